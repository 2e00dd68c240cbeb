"""Precision: the templates of the four kinds of report written the ways writers vary them — last year's or the
budget's amount in brackets beside this year's, before a list of its sources; a space and a PDF line break between
a number and its unit."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


@pytest.mark.parametrize("beside", ["上年1962.69万元", "预算数1962.69万元", "2022年：1962.69万元"])
@pytest.mark.parametrize("qizhong", ["其中", "其中\n", "其中："])
def test_an_amount_in_brackets_beside_the_total_is_no_whole_of_the_sources(beside, qizhong):
    # 1962.69 is last year's (or the budget's) income, a remark of 3171.06: the sources are this year's
    text = (f"2020年度本年收入合计3171.06万元（{beside}），{qizhong}财政拨款收入2917.38万元、事业收入172.94万元、"
            "其他收入80.74万元。")
    assert _rule(text, "N-SUM") == []


def test_a_source_over_the_total_is_still_an_error_past_a_bracketed_amount():
    # the bracketed last year's amount is passed over: the source is over the total before it
    text = "实际利用共计27652.4万元（上年25000万元），政府拨款支出1953.2万元，自筹资金支出29605.6万元。"
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and [s.text for s in f.narrative] == ["27652.4万元", "29605.6万元"]
