"""Precision of the balance and labelled-pair readings: shapes where they name other figures."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_a_budget_and_an_outturn_labelled_by_their_years_are_not_one_item_in_two_years():
    # the rate may be of the budgets or of the outturns, neither written: no reading of the two figures
    for text in ("教育支出上年预算100万元，本年决算120万元，增长10%。",
                 "三公经费本年执行120万元，上年预算100万元，增长10%。",
                 "公用经费2022年安排100万元，2023年实际支出120万元，增长10%。"):
        assert _rule(text, "N-CHANGE") == [], text


def test_two_figures_of_one_stage_labelled_by_their_years_are_still_checked():
    for text in ("教育支出上年预算100万元，本年预算120万元，增长10%。",
                 "教育支出上年决算100万元，本年决算120万元，增长10%。",
                 "教育支出上年100万元，本年决算120万元，增长10%。"):
        [f] = _rule(text, "N-CHANGE")
        assert f.severity == "error" and "20.01%" in f.message, text


def test_a_balance_of_a_year_is_not_read_against_flows_of_another_year():
    assert _rule("2023年收入300万元，2022年支出200万元，2023年结余150万元。", "N-SUM") == []
    assert _rule("2022年基金收入300万元，支出200万元；2023年基金收入400万元，2023年基金支出200万元，"
                 "2023年结余250万元。", "N-SUM") != []


def test_a_balance_of_the_year_its_flows_are_written_for_is_still_checked():
    [f] = _rule("2023年收入300万元，2023年支出200万元，2023年结余150万元。", "N-SUM")
    assert f.severity == "error" and "100万元" in f.message
    [f] = _rule("2023年基金收入300万元，支出200万元，2023年结余150万元。", "N-SUM")
    assert f.severity == "error"
