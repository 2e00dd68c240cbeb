"""A change named by a flow alone ("支出减少75.99万元") after a sentence giving both flows' totals ("收入总计267.07万元,
支出总计213万元"): it is of the 支出总计, as "收入减少" is of the 收入总计 (audit page 6418, the change left unreported in
round 61)."""

from __future__ import annotations

from tests.narrative_helpers import found

_TOTALS = "本部门2018年度收入总计267.07万元,支出总计213万元。"


def _errors(text, rule="N-CHANGE"):
    return [f for f in found(text) if f.rule == rule and f.severity == "error"]


def test_a_spending_change_is_of_the_spending_total_written_before():
    text = _TOTALS + "与2017年决算数相比,收入减少15.65万元,增长-5.54%,支出减少75.99万元,增长-35.68%,主要原因是项目支出减少。"
    [f] = _errors(text)
    assert "支出总计213万元" in f.message and "288.99万元" in f.message and "26.30%" in f.message


def test_silent_when_the_spending_change_holds():
    # 75.99 / (213 + 75.99) = 26.29 %
    text = _TOTALS + "与2017年决算数相比,收入减少15.65万元,增长-5.54%,支出减少75.99万元,增长-26.29%。"
    assert _errors(text) == []


def test_the_spending_total_is_not_read_as_the_income_named_before_it():
    # the same sentence with the income change wrong and the spending change right: one error, the income's
    text = _TOTALS + "与2017年决算数相比,收入减少15.65万元,增长-5.86%,支出减少75.99万元,增长-26.29%。"
    [f] = _errors(text)
    assert "收入总计267.07万元" in f.message


def test_a_change_of_one_item_of_spending_is_not_bound_to_the_spending_total():
    # "基本支出减少" names an item: the 支出总计 is no reading of it (nothing to check, no error)
    text = _TOTALS + "与2017年相比,基本支出减少75.99万元,增长-35.68%。"
    assert _errors(text) == []


def test_without_a_year_compared_the_second_flow_is_not_bound():
    # compared with the budget, not with a year before: 213 may be the budget's base or not; nothing is bound
    text = _TOTALS + "与年初预算相比,收入减少15.65万元,增长-5.54%,支出减少75.99万元,增长-35.68%。"
    assert _errors(text) == []
