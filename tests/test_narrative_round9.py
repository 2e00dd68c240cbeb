"""Sentence patterns behind the false findings of a fresh corpus round, each with a text where
the rule must stay silent and a variant where it still fires."""

from __future__ import annotations

from tests.narrative_helpers import errors, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_rate_of_two_written_figures_with_one_unit_slip_is_the_slip():
    text = ("2021年，教育经费总投入为115111万元，比上年的157278.3万元减少26.81%。其中，国家财政性教育经费为"
            "89410万元，比上年的131870.68元减少32.20%。")
    found_ = errors(text)
    assert [f.rule for f in found_] == ["N-UNIT-SLIP"]
    assert "131870.68万元" in found_[0].message
    # the same rate wrong in either unit stays an N-CHANGE error
    [g] = errors("2021年，国家财政性教育经费为89410万元，比上年的131870.68万元减少33.20%。")
    assert g.rule == "N-CHANGE"


def test_one_item_qizhong_ended_by_a_semicolon_may_be_the_whole():
    assert errors("编制人数4人，其中事业编制4人；实有在职人员3人，离退休0人。") == []
    assert errors("收入100万元，其中财政拨款100万元；事业收入20万元。") == []
    # "其中：" opens a list that goes on past its semicolons: 100 + 20 is over the total
    assert [f.rule for f in errors("收入100万元，其中：财政拨款100万元；事业收入20万元。")] == ["N-SUM"]
    # read either way the list is over its total: still an error
    assert [f.rule for f in errors("收入100万元，其中财政拨款90万元，事业收入20万元；其他。")] == ["N-SUM"]


def test_a_scoped_amount_is_not_the_whole_shares_of_all_are_of():
    text = ("项目21个，项目支出总额656.93万元。其中，本级项目8个，本级项目支出385.58万元。"
            "21个项目评为一等，涉及资金656.93万元，占项目支出总额比例100%；0个项目评为二等，涉及资金0万元，"
            "占项目支出总额比例0%；0个项目评为三等，涉及资金0万元，占项目支出总额比例0%。")
    assert errors(text) == []
    # without the total written, the unscoped whole is the one amount named like it
    over = ("项目支出385.58万元。21个项目评为一等，涉及资金656.93万元，占项目支出总额比例100%；0个项目评为二等，"
            "涉及资金0万元，占项目支出总额比例0%；0个项目评为三等，涉及资金0万元，占项目支出总额比例0%。")
    assert "N-SUM" in [f.rule for f in errors(over)]


def test_a_change_verb_before_its_item_is_a_change_of_the_list():
    text = ("一般公共预算收入由年初预算12981.26万元调整为13250.10万元，调增268.84万元。其中：税收分成收入年初预算"
            "9407.22万元不变；非税收入由年初预算3574.04万元调整为3842.88万元，主要由于：(1)镇属企业利润上缴调增"
            "49.16万元；(2)收费收入调增228.96万元；(3)调减国有资源有偿使用收入9.29万元。")
    assert _rule(text, "N-SUM") == []
    # the parts all rising and adding to more than the total's rise: the warning stays
    rising = text.replace("(3)调减国有资源有偿使用收入9.29万元", "(3)租金收入调增9.29万元")
    assert [f.severity for f in _rule(rising, "N-SUM")] == ["warning"]


def test_income_sources_under_shouru_zongji_never_all_of_it():
    text = "学校收入总计40,672,288.65元，其中：财政拨款收入40,661,515.80元；其他收入3,689.60元。"
    assert _rule(text, "N-SUM") == []
    # this year's income alone: its sources with 其他收入 are all of it
    [f] = _rule(text.replace("收入总计", "本年收入合计"), "N-SUM")
    assert f.severity == "warning"


_TABLE = ("项 目 | 2014年决算数 | 2015年决算数 | 增、减额 | 增、减幅度 |\n"
          "合 计 | 1953.72 | 1957.23 | 3.51 | 0.2% |\n"
          "1、因公出国(境)费 | 12.23 | 65.98 | 53.75 | {} |\n"
          "2、公务接待费 | 977.3 | 918.5 | -58.8 | -6.0% |\n"
          "3、公务用车费 | 964.19 | 972.75 | 8.56 | 0.9% |\n")


def test_change_rate_cells_of_a_table_against_their_rows():
    [f] = _rule(_TABLE.format("437.7%"), "N-CHANGE")
    assert f.severity == "error" and "439.49%" in f.message and "因公出国(境)费" in f.message
    assert _rule(_TABLE.format("439.5%"), "N-CHANGE") == []
    # the change over the current level (53.75 ÷ 65.98) is the wrong denominator, and named so
    [f] = _rule(_TABLE.format("81.5%"), "N-CHANGE")
    assert f.severity == "error" and "439.49%" in f.message and "÷ 65.98" in (f.cause or "")


def test_change_rate_cells_with_the_wrong_sign():
    table = _TABLE.format("439.5%").replace("| 3.51 | 0.2% |", "| 3.51 | -0.2% |")
    [f] = _rule(table, "N-CHANGE")
    assert "0.18%" in f.message


def test_a_percent_column_that_is_no_change_rate_binds_nothing():
    # a column of shares of the total, not of (current − base) ÷ base
    table = ("项 目 | 2014年决算数 | 2015年决算数 | 增、减额 | 占比 |\n合 计 | 1953.72 | 1957.23 | 3.51 | 100% |\n"
             "1、因公出国(境)费 | 12.23 | 65.98 | 53.75 | 3.37% |\n2、公务接待费 | 977.3 | 918.5 | -58.8 | 46.93% |\n"
             "3、公务用车费 | 964.19 | 972.75 | 8.56 | 49.70% |\n")
    assert _rule(table, "N-CHANGE") == []


def test_a_rate_after_a_one_character_verb_is_a_change_rate():
    [f] = _rule("因公出国(境)费65.98万元，增加53.75万元，增437.7%，主要是学习。", "N-CHANGE")
    assert "439.49%" in f.message
    assert _rule("因公出国(境)费65.98万元，增加53.75万元，增439.5%，主要是学习。", "N-CHANGE") == []


def test_a_change_whose_direction_the_written_levels_contradict():
    [f] = _rule("2015年三公经费决算支出数为1957.23万元，较2014年决算数1953.72万元减少3.51万元，下降0.2%。", "N-CHANGE")
    assert f.severity == "error" and "应为增加" in f.message and f.narrative[0].text == "0.2%"
    [g] = _rule("2015年公务接待费为57.23万元，较2014年的63.72万元增加6.49万元。", "N-CHANGE")
    assert "应为减少" in g.message and g.narrative[0].text == "6.49万元"
    assert _rule("2015年三公经费决算支出数为1957.23万元，较2014年决算数1953.72万元增加3.51万元，增长0.2%。", "N-CHANGE") == []


_FORM = ("部门整体支出绩效自评表\n\n年度预算申请（万元）\n\n年初\n\n预算数\n\n全年预算数\n\n全年\n\n执行数\n\n分值\n\n执行率\n\n"
         "得分\n\n年度资金总额\n\n{a}\n\n{b}\n\n{c}\n\n10\n\n{rate}\n\n10\n\n按收入性质分:\n\n")


def test_execution_rate_of_a_form_copied_one_cell_per_line():
    [f] = _rule(_FORM.format(a="4753.66万元", b="4753.66万元", c="3824.26万元", rate="100%"), "N-RATE")
    assert f.severity == "error" and "80.45%" in f.message and f.narrative[0].text == "100%"
    assert _rule(_FORM.format(a="4753.66万元", b="4753.66万元", c="3824.26万元", rate="80.45%"), "N-RATE") == []
    # against the 年初 budget: a reading of its own
    assert _rule(_FORM.format(a="3824.26万元", b="4753.66万元", c="3824.26万元", rate="100%"), "N-RATE") == []


def test_execution_rate_of_a_form_row_with_bars():
    text = ("资金投入情况 (万元) |\n全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n"
            "年度资金总额: | 808.1 | 692.98 | {} | ||||\n其中:中央财政资金 | 808.1 | 692.98 | 86% | ||||\n")
    assert _rule(text.format("86%"), "N-RATE") == []
    [f] = _rule(text.format("96%"), "N-RATE")
    assert f.severity == "error" and "85.75%" in f.message
    # 85.75 cut off, not rounded, is 85: only a warning
    [g] = _rule(text.format("85%"), "N-RATE")
    assert g.severity == "warning"


def test_a_form_row_whose_cells_do_not_match_its_heads_is_not_read():
    # the cells ran together ("202010100.00%10"): nothing is bound
    text = "全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10其中:本年财政拨款2020"
    assert _rule(text, "N-RATE") == []
    # one head missing: five values under four heads
    lost = _FORM.replace("分值\n\n", "").format(a="4753.66万元", b="4753.66万元", c="3824.26万元", rate="100%")
    assert _rule(lost, "N-RATE") == []


_ZERO_PART = ("2019年三公经费决算支出数为1165.08万元，同比减少{}万元。其中：因公出国(境)费支出{}万元。公务用车购置费支出"
              "204.78万元，同比减少54.2万元；公务用车运行维护费支出664.60万元，同比增加53.81万元。公务接待费支出295.70万元，"
              "同比减少60.14万元。")


def test_a_part_at_zero_with_no_change_may_have_fallen_to_zero():
    # the listed changes add to −60.53; 因公出国 at 0 may have fallen by the other 3.43: a warning naming it
    [w] = _rule(_ZERO_PART.format("63.96", "0"), "N-SUM")
    assert w.severity == "warning" and "若上年为 3.43万元" in w.message
    # a smaller decrease would need the part at 0 to have risen to 0: impossible, an error
    [f] = _rule(_ZERO_PART.format("56.96", "0"), "N-SUM")
    assert f.severity == "error" and "为 0" in f.message
    # a part not at 0 taken as unchanged: a warning only
    [g] = _rule(_ZERO_PART.format("63.96", "3"), "N-SUM")
    assert g.severity == "warning"


def test_a_base_written_without_its_unit_is_read_in_the_figures_unit():
    [f] = _rule("2020年全省一般公共预算教育经费为730.48亿元，比上年的691.92增长5.58%。", "N-CHANGE")
    assert f.severity == "error" and "5.57%" in f.message
    assert _rule("2020年全省一般公共预算教育经费为730.48亿元，比上年的691.92增长5.57%。", "N-CHANGE") == []
    # a number with other words between is no base ("比上年的691.92万人次")
    assert _rule("2020年全省教育经费为730.48亿元，比上年的691.92万人次增长5.58%。", "N-CHANGE") == []
