"""Precision: a list opening the sentence after its whole's own rate of a budget or task may break down that budget
or what is left of it, not the whole ("…支出2.11万元，完成预算5.5万元的38.36%。其中：公务用车3.5万元，…")."""

from __future__ import annotations

from tests.narrative_helpers import found


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity in ("error", "warning")]


_BUDGET = "全年实际支出2.11万元，完成预算5.5万元的38.36%。其中：公务用车{}万元，公务接待2.00万元。"


def test_a_list_that_makes_the_written_budget_is_the_budgets():
    # 3.5 + 2 = 5.5 (the parts written to fewer places than the budget)
    assert _sums(_BUDGET.format("3.5").replace("2.00", "2")) == []


def test_a_list_that_makes_neither_the_whole_nor_its_budget_keeps_the_error():
    [f] = _sums(_BUDGET.format("0.50"))   # 2.50: over 2.11, and neither 5.5 nor 3.39
    assert f.severity == "error" and f.narrative[0].text == "2.11万元"


def test_a_list_of_what_is_left_of_the_budget_is_silent():
    assert _sums("全年支出2.11万元，完成目标的38.36%。其中：结余资金3万元、结转资金0.39万元。") == []


def test_a_list_of_the_budget_the_rate_implies_is_silent():
    # 419 ÷ 56.6% ≈ 740 = 600 + 140: the budget, unwritten, and its sources
    assert _sums("全年支出419万元，为年度预算的56.6%。其中：年初预算600万元，年中追加140万元。") == []
    assert _sums("全年支出419万元，完成全年预算740万元的56.6%。其中：全年预算中基本支出500万元，项目支出240万元。") == []


def test_a_list_named_as_spent_or_of_neither_stays_the_wholes():
    [f] = _sums("支出419万元，为全年任务的56.6%。其中：人员支出300万元、公用支出200万元。")
    assert f.severity == "error" and "500万元" in f.message
    [f] = _sums("收入419万元，占年度预算的56.6%。其中：税收收入300万元，非税收入200万元。")
    assert f.severity == "error"
