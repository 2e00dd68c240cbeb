"""A budget named by its kind alone after the actual ("三公经费支出22.35万元；预算30万元，较预算减少7.65万元，下降25.5%") is what
a change on the budget is measured against, not the figure that changed (red-team 11, A3)."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _changes(text):
    return [f for f in found(text) if f.rule == "N-CHANGE"]


@pytest.mark.parametrize("text", [
    "三公经费支出22.35万元；预算30万元，较预算减少7.65万元，下降25.5%。",
    "公务接待费4.85万元；预算数6万元，比预算数减少1.15万元，下降19.17%。",
    "一般公共预算收入完成52360万元；年初预算50000万元，比预算增收2360万元，增长4.72%。",
])
def test_a_bare_budget_is_the_base_of_its_change(text):
    assert [f for f in _changes(text) if f.severity == "error"] == []


def test_a_rate_of_neither_reading_is_still_reported():
    # red-team 12, M4: the bare budget is no other figure the change could be of: an error, not a warning
    [f] = _changes("三公经费支出22.35万元；预算30万元，较预算减少7.65万元，下降35.5%。")
    assert f.severity == "error" and "25.50%" in f.message
    [f] = _changes("一般公共预算收入完成52360万元；年初预算50000万元，比预算增收2360万元，增长10%。")
    assert f.severity == "error" and "4.72%" in f.message


def test_a_budget_named_by_its_own_kind_still_changes():
    # "调整预算…比人代会预算数增加…": an adjusted budget compared with the first one is the figure that changed
    [f] = _changes("2022年调整预算安排共计335000万元，比人代会预算数增加35000万元，增长15.2%。")
    assert f.severity == "error" and "11.67%" in f.message


def test_the_bare_budget_is_the_base_of_the_change_amount_too():
    # red-team 13, M3: 30 − 22.35 = 7.65, not 5 (the rate 5 / 30 holds, the amount does not)
    [f] = [f for f in _changes("三公经费支出22.35万元；预算30万元，较预算减少5万元，下降16.7%。") if f.severity == "error"]
    assert "7.65万元" in f.message
