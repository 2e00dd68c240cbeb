"""Sentence patterns behind the false finding and the misses of a further fresh corpus round."""

from __future__ import annotations

from tests.narrative_helpers import errors, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_an_inline_qizhong_whose_first_item_is_the_whole_may_end_there():
    assert errors("实有人员：53人，其中财政供养在职人员53人，离退休人员13人。") == []
    assert errors("收入100万元，其中财政拨款100万元；事业收入20万元。") == []
    # amounts after a comma named like the first are its siblings: still an error
    assert [f.rule for f in errors("收入100万元，其中财政拨款100万元，事业收入20万元。")] == ["N-SUM"]
    # "其中：" opens a list that goes on: still an error
    assert [f.rule for f in errors("收入100万元，其中：财政拨款100万元，事业收入20万元。")] == ["N-SUM"]


def test_a_rate_after_jiangfu_dadao_is_a_change_rate():
    [f] = _rule("2016年省级“三公”经费支出2.29亿元，比上年减少支出0.88亿元，降幅达到38.7%。", "N-CHANGE")
    assert f.severity == "error" and "27.76%" in f.message
    assert _rule("2016年省级“三公”经费支出2.29亿元，比上年减少支出0.88亿元，降幅达到27.8%。", "N-CHANGE") == []


def test_zhanbi_right_after_a_part_is_a_share_of_the_lists_whole():
    [f] = _rule("本年支出合计195.91万元，其中：基本支出194.44万元，占比9.25%；项目支出1.47万元，占比0.75%。", "N-SHARE")
    assert f.severity == "error" and "99.25%" in f.message
    assert _rule("本年支出合计195.91万元，其中：基本支出194.44万元，占比99.25%；项目支出1.47万元，占比0.75%。", "N-SHARE") == []
    # the item named again before 占比: its whole is not said (it may be another total)
    text = "同口径完成地方财政收入10,066万元，其中：税收收入完成5,537万元，非税收入完成3,015万元，非税占比35.3%。"
    assert _rule(text, "N-SHARE") == []


def test_a_statement_before_a_semicolon_offers_no_other_figure_to_a_change():
    text = ("公务用车运行费1.27亿元，与2015年相比减少0.56亿元；公务接待费0.27亿元，比2015年减少0.14亿元，下降{}。")
    [f] = _rule(text.format("51.7%"), "N-CHANGE")
    assert f.severity == "error" and "34.15%" in f.message
    assert _rule(text.format("34.1%"), "N-CHANGE") == []


def test_changes_listed_pairwise_with_fenbie():
    text = "公务用车购置费0.14亿元和公务用车运行费1.27亿元，与2015年相比，分别减少0.18亿元和0.56亿元，下降{}和{}。"
    found_ = _rule(text.format("133.1%", "43.7%"), "N-CHANGE")
    assert [f.narrative[0].text for f in found_] == ["133.1%", "43.7%"] and all(f.severity == "error" for f in found_)
    assert "报告称公务用车运行费1.27亿元" in found_[1].message
    assert _rule(text.format("56.3%", "30.6%"), "N-CHANGE") == []


def test_a_line_ending_with_a_figure_before_a_line_opening_with_a_year_is_not_wrapped():
    text = ("2017年紫云乡本年收入合计766.4万元，其中：财政拨款收入766.4万元，占100%\n"
            "2017年紫云乡本年支出合计766.4万元，其中：基本支出465.33万元，占60.72%；项目支出311.07万元，占40.59%。")
    assert [f.rule for f in errors(text)] == ["N-SUM"]
    assert errors(text.replace("311.07", "301.07").replace("40.59%", "39.28%")) == []
