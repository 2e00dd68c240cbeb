"""Recall: a change bound to its figure across the figure's own completion of its budget; a written base kept across
its comparison's own rate (and a rate on the budget not paired with a change on last year)."""

from __future__ import annotations

from tests.narrative_helpers import found


def _errors(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "error"]


# -- the figure's own completion of its budget between it and its change ---------------------------------------------

_COMPLETED = "国有资产经营收入完成220万元,完成年初预算150万元的146.67%,完成调整预算的100%,比上年120万元增加{}万元。"


def test_a_change_after_the_figures_completion_of_its_budgets_is_checked():
    [f] = _errors(_COMPLETED.format(87), "N-CHANGE")
    assert "220万元 − 120万元 应为 100万元" in f.message


def test_a_change_after_the_figures_completion_of_its_budgets_that_holds_is_silent():
    assert _errors(_COMPLETED.format(100), "N-CHANGE") == []


def test_another_statement_between_still_keeps_the_change_unbound():
    # a long clause of another kind between the figure and the change: what it is of is not said closely
    text = ("国有资产经营收入完成220万元,主要是国有企业上缴利润增加、资产处置收入增加和其他收入增加所致,"
            "比上年120万元增加87万元。")
    assert _errors(text, "N-CHANGE") == []


# -- a written base, its comparison's rate, then the change -------------------------------------------------------------

_RATE_BETWEEN = "全县大口径财政收入累计完成99895万元,占预算92390万元的108.1%,较上年同期110374万元下降9.5%,减收{}万元。"


def test_a_change_after_its_comparisons_own_rate_keeps_the_written_base():
    # 110374 − 99895 = 10479: the change is wrong, the rate (9.49 %) is right, and the finding says so
    [f] = _errors(_RATE_BETWEEN.format(9117), "N-CHANGE")
    assert "99895万元 − 110374万元 应为 10479万元" in f.message


def test_a_change_after_its_comparisons_own_rate_that_holds_is_silent():
    assert _errors(_RATE_BETWEEN.format(10479), "N-CHANGE") == []


def test_a_rate_on_the_budget_is_not_paired_with_a_change_on_last_year():
    # "较年初预算…增长…%，较上年增加…": each names its own base (1523.26 ÷ 1400 = 8.8 % holds; the change on last
    # year has no base written): once read as one change, a false error on the rate
    text = "收入合计1523.26万元,较年初预算1400万元增长8.8%,较上年增加23.26万元。"
    assert _errors(text, "N-CHANGE") == []
