"""Readings added after the published-text rounds 32-36: a unit slip shown by a short list."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_a_two_digit_figure_in_yuan_that_fills_the_gap_exactly_is_a_slip():
    # the total has two significant digits, but the figure in 元 has two as well: the gap of 72万元 written
    # exactly as "72元" is no chance
    [f] = _rule("自治区投入资金85万元（农村部分计划生育家庭奖励扶助资金13万元，计划生育家庭特别扶助72元）。", "N-UNIT-SLIP")
    assert f.severity == "error" and f.expected == "72万元"
    [f] = _rule("专项经费指标总额为84万元，其中：1、档案保护保管经费36万元；2、电费16万元；3、档案装具12万元；"
                "4、系统维护5万元；5、外租库房租赁经费15元。", "N-UNIT-SLIP")
    assert f.severity == "error" and f.actual == "15元"


def test_a_one_digit_figure_in_yuan_filling_the_gap_may_be_chance():
    # "3元" matching the gap of a short total may be a list that goes on: a warning, not an error
    [f] = _rule("工作经费15万元，其中办公费12万元，邮费3元。", "N-UNIT-SLIP")
    assert f.severity == "warning"
    # a list adding up as written has no slip at all
    assert _rule("收入合计85.01万元，其中财政拨款85万元，利息收入72元。", "N-UNIT-SLIP") == []
