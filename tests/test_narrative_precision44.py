"""Precision: execution rates read against a budget written in another sentence."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rates(text, severity=None):
    return [f for f in found(text) if f.rule == "N-RATE" and (severity is None or f.severity == severity)]


# -- the item's one budget written in another sentence is of the rate's year -------------------------------------------

def test_the_next_years_budget_written_after_the_rate_is_not_its_budget():
    # 90.89 ÷ 153.15 = 59.35 %: 2024's budget, not 2023's (not written)
    assert _rates("2023年公务接待费支出90.89万元，完成预算的47.58%。\n2024年公务接待费预算153.15万元，比上年预算增加。") == []


def test_last_years_budget_written_before_the_rate_is_not_its_budget():
    assert _rates("2022年公务接待费预算153.15万元。\n2023年公务接待费支出90.89万元，完成预算的47.58%。") == []
    assert _rates("上年公务接待费预算153.15万元。\n本年公务接待费支出90.89万元，完成预算的47.58%。") == []


def test_a_years_budget_after_a_rate_naming_no_year_is_not_its_budget():
    assert _rates("本年公务接待费支出190.54万元，完成预算的71.82%。\n2024年预算安排情况：公务接待费预算1453.54万元。") == []


def test_the_same_years_budget_written_before_still_warns():
    [f] = _rates("2023年公务接待费预算153.15万元。\n2023年公务接待费支出90.89万元，完成预算的47.58%。", "warning")
    assert "59.35%" in f.message


def test_the_same_years_budget_written_after_still_warns():
    [f] = _rates("2023年公务接待费支出90.89万元，完成预算的47.58%。\n2023年公务接待费预算153.15万元。", "warning")
    assert "后文所写的" in f.message and "59.35%" in f.message
