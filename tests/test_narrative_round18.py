"""Sentence patterns behind the findings of the eighteenth fresh corpus round (performance
self-evaluations, budget notes of townships, schools and health centres, budget execution)."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_INCOME = "部门预算总收入1335.34万元，比上年增加6.53万元。其中：财政拨款448.87万元{a}；非税收入拨款0万元{b}；其他收入0万元{c}。"


def test_shares_adding_to_less_than_the_whole_say_the_list_leaves_parts_out():
    shares = _INCOME.format(a="，占总收入的33.61%", b="，占总收入的0.00%", c="，占总收入0.00%")
    assert _rule(shares, "N-SUM") == []
    # without the shares the list ending with 其他收入 is every part: short of the whole, an error
    [f] = _rule(_INCOME.format(a="", b="", c=""), "N-SUM")
    assert f.severity == "error" and "448.87万元" in f.message
    # shares adding to 100 % say nothing is left out
    [f] = _rule(_INCOME.format(a="，占总收入的100.00%", b="，占总收入的0.00%", c="，占总收入0.00%"), "N-SUM")
    assert f.severity == "error"


def test_a_rate_after_a_part_and_its_whole_is_no_ratio_of_them():
    assert _rule("项目资金落实到位，经费369万元，其中幼师国培资金97.875万元，资金到位率和及时率达100%。", "N-RATE") == []
    # two measures of one thing (issued, arrived) are its operands
    [f] = _rule("项目下达资金369万元，实际到位资金97.875万元，资金到位率达100%。", "N-RATE")
    assert "26.52%" in f.message


def test_a_rate_followed_by_a_second_percent_is_an_indicator_row():
    row = "年度总体目标业务收入达到55万元，全年完成情况业务收入77.57万元，预算编审管理完整、准确率100%{}"
    assert _rule(row.format("100%44"), "N-RATE") == []
    [f] = _rule(row.format("。"), "N-RATE")
    assert "141.05%" in f.message


_NESTED = ("年度完成基本药物制度补助2300.67万元，中央补助442.43万元，地方财政补助1858.24万元；"
           "其中完成村卫生室基本药物制度补助{}，其中中央补助189.63万元，地方财政补助281.6万元。")


def test_amounts_before_the_totals_own_qizhong_are_of_its_whole_not_its_siblings():
    assert _rule(_NESTED.format("471.23万元"), "N-SUM") == []
    # the inner list is read: its whole written in 元 is the slip
    [f] = _rule(_NESTED.format("471.23元"), "N-UNIT-SLIP")
    assert f.severity == "error" and "471.23万元" in f.message
    [f] = _rule(_NESTED.format("461.23万元"), "N-SUM")
    assert f.severity == "error" and "合计 471.23万元" in f.message
    # amounts of one item before its 其中, named like the parts: the list is of them all, not the last
    assert found("项目资金已支付80万元，未支付20万元，其中中央资金已支付60万元，未支付15万元。") == []


_FORM_LINES = ("计划生育家庭特别扶助制度补助资金(万元)\n年度预算资金总额: {total} \n其中:中央补助 166.00 \n市级资金 136.00 \n"
               "本级资金(包括结转结余) 20.25 \n资金下达 资金发放及时性 按时下达。")


def test_a_forms_money_rows_one_per_line_under_a_unit_heading_are_summed():
    assert _rule(_FORM_LINES.format(total="322.25"), "N-SUM") == []
    [f] = _rule(_FORM_LINES.format(total="321.25"), "N-SUM")
    assert f.severity == "error" and "322.25" in f.message and "年度预算资金总额" in f.message
    assert f.narrative[0].text == "321.25"
    # without the unit heading the bare numbers are no amounts
    assert _rule(_FORM_LINES.format(total="321.25").replace("(万元)", ""), "N-SUM") == []
    # a whole not written as a total may have parts the rows leave out or add: not reported
    assert _rule(_FORM_LINES.format(total="321.25").replace("年度预算资金总额", "中央和地方补助"), "N-SUM") == []
