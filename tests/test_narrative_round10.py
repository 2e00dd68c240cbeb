"""Sentence patterns behind the false findings and misses of a later fresh corpus round, each
with a text where the rule must stay silent and a variant where it fires."""

from __future__ import annotations

from tests.narrative_helpers import errors, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_a_figure_named_as_a_whole_of_its_own_ends_a_list():
    text = "全区实现农林牧渔业总产值74493万元，比上年增长7.2%，其中：农业产值28690万元，比上年增长5.5%，农业总收入70053万元，比上年增长9.4%。"
    assert errors(text) == []
    # a part that is no whole of its own still counts: 28690 + 70053 is over the total
    over = text.replace("农业总收入70053万元", "林业产值70053万元")
    assert [f.rule for f in errors(over)] == ["N-SUM"]


def test_a_list_cut_off_by_the_end_of_the_text_is_not_short():
    text = ("2021年部门预算项目支出87.5万元，分别是科技活动交流经费5万元，科技项目评审及系统维护费18万元，"
            "外国专家工作经费2.5万元，省级科技计划项目验收工作经费16万元，双创办工作经费18万元，科技项目监管经费9万元，")
    assert _rule(text, "N-SUM") == []
    # the same list ended by a full stop falls short of its total: the warning stays
    [f] = _rule(text[:-1] + "。", "N-SUM")
    assert f.severity == "warning"


def test_one_part_above_its_whole_and_above_every_amount_before_it():
    text = ("晋宁县累计支出营养改善计划食堂建设中央专项资金0.08902696亿元；省、市、县三级累计安排营养改善计划食堂建设资金"
            "0.085666775亿元，其中，用于地方试点的资金{}亿元。")
    [f] = errors(text.format("0.1784693735"))
    assert f.rule == "N-SUM" and f.narrative[0].text == "0.1784693735亿元"
    assert errors(text.format("0.0784693735")) == []


def test_one_part_of_another_measure_or_within_an_earlier_whole_is_no_error():
    # 收入 and 支出 are two measures: the 支出 is no part of the 收入
    assert errors("去年全区公共财政预算收入519531万元，其中用于民生和各项公共事业的支出556979万元。") == []
    # the part fits within the first amount of the sentence, which the 其中 may be of
    assert errors("全年安排资金100万元，已拨付资金50万元，其中，用于试点的资金80万元。") == []


def test_a_template_leaving_both_directions_is_checked_both_ways():
    text = "2017年“三公”经费预算安排4.97万元，较2016年减少(增加)0.11万元，同比下降(增加){}。"
    # 0.11 on 5.08 (a fall) or on 4.86 (a rise): either holds
    assert _rule(text.format("2.17%"), "N-CHANGE") == []
    assert _rule(text.format("2.26%"), "N-CHANGE") == []
    [f] = _rule(text.format("6%"), "N-CHANGE")
    assert f.severity == "error"


def test_a_first_part_of_zero_is_never_the_whole_list():
    from tests.narrative_helpers import doc

    text = "“三公”经费决算数6.33元，其中：因公出国（境）费0万元，公务用车运行维护费1.97万元，公务接待费4.36万元。"
    [pl] = [pl for pl in doc(text).lists if pl.total.text == "6.33元"]
    assert [p.text for p in pl.parts] == ["0万元", "1.97万元", "4.36万元"]
