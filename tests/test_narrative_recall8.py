"""Recall: a completion rate whose budget is the actual and its written difference from that budget."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


_SHORT = "本部门2019年度财政拨款本年收入1205.11万元,完成年初预算的{},比年初预算减少537.35万元,决算数小于预算数主要原因是项目未开工。"
_OVER = "本年支出合计1741.75万元,完成全年预算的{},比全年预算增加55.93万元。"


@pytest.mark.parametrize("text, wrong", [(_SHORT, "70%"), (_OVER, "105%")])
def test_a_rate_against_the_budget_its_difference_implies_is_checked(text, wrong):
    # 1205.11 ÷ (1205.11 + 537.35) = 69.16 %; 1741.75 ÷ (1741.75 − 55.93) = 103.32 %
    [f] = _rule(text.format(wrong), "N-RATE")
    assert f.severity == "error" and f.narrative[0].text == wrong


@pytest.mark.parametrize("text, right", [(_SHORT, "69.16%"), (_SHORT, "69%"), (_OVER, "103.32%"), (_OVER, "103%")])
def test_a_rate_the_implied_budget_makes_is_silent(text, right):
    assert _rule(text.format(right), "N-RATE") == []


def test_a_difference_from_last_year_implies_no_budget():
    text = "本年收入1205.11万元,完成年初预算的70%,比上年减少537.35万元。"
    assert _rule(text, "N-RATE") == []
