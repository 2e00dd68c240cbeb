"""Recall: items named 计划生育 (family planning) are spending items, not a plan: a list of them after a whole's
own rate of its budget is the whole's, and exceeding the whole is an error."""

from __future__ import annotations

from tests.narrative_helpers import found

_HEAD = "全年一般公共预算支出5000万元，完成预算5500万元的90.91%。其中："


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity in ("error", "warning")]


def test_family_planning_items_over_the_whole_after_its_budget_rate_are_an_error():
    [f] = _sums(_HEAD + "医疗卫生与计划生育支出2000万元，教育支出3200万元。")
    assert f.severity == "error"
    assert f.narrative[0].text == "5000万元"
    assert "5200万元" in f.message


def test_items_named_as_a_plan_may_break_down_the_budget_and_stay_silent():
    # "卫生计划支出…" names a plan: the list may be the 5500万元 budget's (5200 ≤ 5500)
    assert _sums(_HEAD + "卫生计划支出2000万元，教育计划支出3200万元。") == []


def test_family_planning_items_within_the_whole_are_silent():
    assert _sums(_HEAD + "医疗卫生与计划生育支出2000万元，教育支出2000万元。") == []
