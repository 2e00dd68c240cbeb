"""Sentence patterns behind the findings of the nineteenth fresh corpus round (performance
self-evaluations, department budget and final-account notes, town finance, debt reports)."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_DEBT = "全市政府直接债务余额为856440万元(含政府债券832612万元、其它债务23828万元),其中:市级债务{}万元;区级债务122588万元。"


def test_a_qizhong_after_a_bracket_parts_the_amount_the_bracket_follows():
    # the list after the bracket is of 856440, not of the last amount inside the bracket
    assert _rule(_DEBT.format("733852"), "N-SUM") == []
    [f] = _rule(_DEBT.format("833852"), "N-SUM")
    assert f.severity == "error" and "856440万元" in f.message and "956440万元" in f.message
    # the bracket's own list is still checked
    [f] = _rule(_DEBT.format("733852").replace("23828万元)", "33828万元)"), "N-SUM")
    assert "866440万元" in f.message


_BASED = "收入预算1,790.19万元，全部为一般公共预算拨款收入。较2025年一般公共预算拨款收入1,761.29万元增加28.9万元，增长{}。"


def test_a_change_and_its_rate_after_a_written_base_are_of_that_base():
    assert _rule(_BASED.format("1.64%"), "N-CHANGE") == []
    [f] = _rule(_BASED.format("1.61%"), "N-CHANGE")
    assert f.severity == "error" and "1.64%" in f.message and "1790.19万元" in f.cause
    [f] = _rule(_BASED.format("1.74%"), "N-CHANGE")
    assert f.severity == "error" and f.cause is None
    # a template leaving either direction, or a change of each of two items, is not read so
    assert _rule("较上年1,761.29万元增加(减少)28.9万元，增长(下降)1.74%。", "N-CHANGE") == []


def test_a_run_of_zeros_matching_a_zero_total_does_not_end_the_list():
    cars = "截至2022年12月底，单位共有公务用车0辆，其中：轿车0辆、越野车0辆、载客汽车{}辆。"
    assert _rule(cars.format(0), "N-SUM") == []
    [f] = _rule(cars.format(1), "N-SUM")
    assert f.severity == "error" and "1辆" in f.message
    # a list written with commas still ends at its semicolon
    assert _rule("收入合计0万元，其中：财政拨款0万元，事业收入0万元；政府性基金预算收入16万元。", "N-SUM") == []


_COUNTED = "科学技术局主要有部门预算项目支出、专项预算支出{n}支出，项目资金总预算为{total}万元，其中部门预算项目支出87.5万元，专项预算支出2350万元。"


def test_kinds_named_and_counted_make_the_list_complete():
    assert _rule(_COUNTED.format(n="二类", total="2437.5"), "N-SUM") == []
    [f] = _rule(_COUNTED.format(n="二类", total="2455.5"), "N-SUM")
    assert f.severity == "error" and "2437.5万元" in f.message and "二类" in f.cause
    # without the count, or with a kind the list leaves out, the list may name only some parts
    assert _rule(_COUNTED.format(n="等", total="2455.5"), "N-SUM") == []
    assert _rule(_COUNTED.format(n="、基建支出三类", total="2455.5"), "N-SUM") == []
