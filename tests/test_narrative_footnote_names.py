"""A footnote mark after a name ("全县生产总值[2]61.9亿元", statistics bulletins number their notes so) is no phrase
break: the figure keeps its name, and the checks that need the name read it; and a computed percent in a message is
shown with as many digits as it takes not to seem to round to the percent written."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import doc, rule_findings

MARKED = ("2013年末,全市共有从事第二产业[1]和第三产业活动的法人单位[2]18033个,比2008年末增加6543个,增长{rate};"
          "产业活动单位22528个,增加8580个,增长61.5%。")


def _change_findings(text):
    return rule_findings(text, "N-CHANGE")


def test_a_figure_after_a_marked_name_keeps_the_name():
    figures = doc("2023年全县生产总值[2]61.9亿元,比上年增长5.2%。").figures
    assert figures[0].subject == "全县生产总值"
    (first,) = [f for f in doc(MARKED.format(rate="57.0%")).figures if f.text == "18033个"]
    assert first.subject.endswith("法人单位") and "[" not in first.subject


def test_a_wrong_rate_after_a_marked_name_is_found():
    # 6543 ÷ (18033 − 6543) = 56.945 %: neither rounded (56.9) nor cut (56.9) is 57.0
    (f,) = _change_findings(MARKED.format(rate="57.0%"))
    assert f.severity == "error" and "56.945%" in f.message


@pytest.mark.parametrize("rate", ["56.9%", "56.95%"])
def test_a_right_rate_after_a_marked_name_stays_silent(rate):
    assert _change_findings(MARKED.format(rate=rate)) == []


def test_a_mark_before_other_words_is_read_through():
    # "第二产业[1]和第三产业…": the mark is blanked in place, the name is whole
    (f,) = [g for g in doc("从事第二产业[1]和第三产业活动的单位[2]916个。").figures]
    assert f.subject.replace(" ", "") == "从事第二产业和第三产业活动的单位"


def test_a_mark_after_a_figure_is_still_read_as_before():
    figures = doc("一般公共预算收入253977万元[1],增长5.0%。").figures
    assert [g.text for g in figures][:1] == ["253977万元"]


@pytest.mark.parametrize("text, shown", [
    # 56.9452 %: "56.95%" would seem to round to the 57.0 written
    ("全市共有法人单位18033个,比上年增加6543个,增长57.0%。", "56.945%"),
    # 571.6 ÷ 36970.6 = 1.5461 %: "1.55%" would seem to round to 1.6
    ("全国政府采购规模36,399亿元,比上年减少571.6亿元,下降1.6%。", "1.546%"),
])
def test_a_computed_percent_does_not_seem_to_round_to_the_one_written(text, shown):
    (f,) = _change_findings(text)
    assert shown in f.message


def test_a_computed_percent_far_from_the_one_written_keeps_two_decimals():
    (f,) = _change_findings("全市共有法人单位18033个,比上年增加6543个,增长52.0%。")
    assert "56.95%" in f.message


def test_a_tiny_percent_is_written_out():
    from perfxl.checks.rules_narrative import _pct

    assert _pct(0.00000026) == "0.000026%" and "e" not in _pct(0.0000000123)
