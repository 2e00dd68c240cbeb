"""A 部门决算 template: "收入总计A，支出总计B。与上年相比，收入增加…，增长…。支出增加…，增长…" — a change of
a bare flow opening its sentence is of that flow's one total stated earlier in the paragraph."""

from __future__ import annotations

from tests.narrative_helpers import found

_TOTALS = ("本部门2016年度收入总计6955.73万元，支出总计6,954.57万元。{compare}收入增加950.05万元、增长15.82%，"
           "主要原因是项目增加。支出增加841.13万元，增长{rate}，主要原因是增人增资。")


def _changes(text):
    return [f for f in found(text) if f.rule == "N-CHANGE"]


def test_a_flows_change_in_the_next_sentence_is_of_its_total():
    [f] = _changes(_TOTALS.format(compare="与2015年决算数相比，", rate="13.36%"))
    assert f.severity == "error" and "6,954.57万元" in f.message and "13.76%" in f.message
    assert "2016年的数" in f.message   # the total is this year's: it is not read as the base


def test_a_flows_change_that_holds_is_silent():
    assert _changes(_TOTALS.format(compare="与2015年决算数相比，", rate="13.76%")) == []


def test_the_flow_after_the_comparison_is_of_its_own_total():
    # "与2015年决算数相比，收入增加…": of 收入总计, not of the nearer 支出总计
    [f] = _changes(_TOTALS.format(compare="与2015年决算数相比，", rate="13.76%").replace("15.82%", "18.82%"))
    assert f.severity == "error" and "6955.73万元" in f.message and "15.82%" in f.message


def test_without_a_comparison_with_a_year_the_flow_is_not_bound():
    # "支出增加" with no year compared in the paragraph may be against the budget
    assert [f for f in _changes(_TOTALS.format(compare="", rate="13.36%")) if f.severity == "error"] == []


def test_two_totals_of_the_flow_bind_neither():
    text = ("本部门2016年度收入总计6955.73万元，支出总计6,954.57万元，本年支出合计6,900.00万元。与2015年决算数相比，"
            "收入增加950.05万元、增长15.82%。支出增加841.13万元，增长13.36%。")
    assert [f for f in _changes(text) if f.severity == "error"] == []


def test_a_total_of_the_base_year_is_not_this_years():
    text = ("本部门2015年度收入总计6955.73万元，支出总计6,954.57万元。与2015年决算数相比，"
            "收入增加950.05万元。支出增加841.13万元，增长13.36%。")
    assert [f for f in _changes(text) if f.severity == "error"] == []
