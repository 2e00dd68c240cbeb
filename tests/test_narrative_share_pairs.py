"""Shares listed after 分别占 with a long whole between (red-team 11, A1 and A2): each share is paired with its own amount
("基本支出1100.5万元、项目支出320万元，分别占本年支出合计的77.47%、22.53%"), and one amount's shares of two wholes each take
their own whole ("分别占财政总收入和一般公共预算收入的41.6%、68.0%", "分别占本年支出合计的77.47%和财政拨款支出的79.72%")."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _shares(text):
    return [f for f in found(text) if f.rule == "N-SHARE" and f.severity == "error"]


_PAIRS = "本年支出合计1420.5万元，基本支出1100.5万元、项目支出320万元，{said}{a}、{b}。"


@pytest.mark.parametrize("said", ["分别占本年支出合计的", "各占本年支出合计的", "占本年支出合计的比重分别为"])
def test_each_share_is_paired_with_its_own_amount(said):
    # 1100.5 / 1420.5 = 77.47 %, 320 / 1420.5 = 22.53 %
    assert _shares(_PAIRS.format(said=said, a="77.47%", b="22.53%")) == []
    [f] = _shares(_PAIRS.format(said=said, a="77.47%", b="24.53%"))
    assert "项目支出320万元" in f.message and "22.53%" in f.message


_TWO_WHOLES = "全县财政总收入85600万元，一般公共预算收入52360万元。税收收入35620万元，分别占财政总收入和一般公共预算收入的{a}、{b}。"


def test_one_amounts_shares_of_two_wholes():
    # 35620 / 85600 = 41.61 %, 35620 / 52360 = 68.03 %
    assert _shares(_TWO_WHOLES.format(a="41.6%", b="68.0%")) == []
    [f] = _shares(_TWO_WHOLES.format(a="41.6%", b="64.0%"))
    assert "一般公共预算收入" in f.message and "68.03%" in f.message


def test_a_second_whole_named_after_the_first_share():
    text = "本年支出合计1420.5万元，财政拨款支出1380.5万元。基本支出1100.5万元，分别占本年支出合计的77.47%和财政拨款支出的{b}。"
    assert _shares(text.format(b="79.72%")) == []
    [f] = _shares(text.format(b="75.72%"))
    assert "财政拨款支出1380.5万元" in f.message and "79.72%" in f.message


def test_shares_after_each_items_change_pair_with_the_items():
    # red-team 13, A1: "分别比上年增加100.5万元、20万元，分别占…的77.47%、22.53%": the second change is a change too, not an item
    text = "本年支出合计1420.5万元，基本支出1100.5万元、项目支出320万元，分别比上年增加100.5万元、20万元，分别占本年支出合计的{a}、{b}。"
    assert _shares(text.format(a="77.47%", b="22.53%")) == []
    [f] = _shares(text.format(a="77.47%", b="24.53%"))
    assert "项目支出320万元" in f.message and "22.53%" in f.message


def test_a_run_of_shares_with_the_whole_written_inside():
    # red-team 13, A3: "分别占一般公共预算收入52360万元的68.0%和32.0%" — 35620 / 52360 = 68.03 %, 16740 / 52360 = 31.97 %
    text = "税收收入35620万元、非税收入16740万元，分别占一般公共预算收入52360万元的68.0%和{b}。"
    assert _shares(text.format(b="32.0%")) == []
    [f] = _shares(text.format(b="35.0%"))
    assert "非税收入16740万元" in f.message and "31.97%" in f.message and "分母取一般公共预算收入52360万元" in f.message


def test_one_wrong_rate_of_a_run_is_reported_once():
    # red-team 14: "分别比上年增加100.5万元、50万元，分别增长10.05%、6.67%" — 50 / 270 = 18.52 %, one finding
    text = "本年支出合计1420.5万元，基本支出1100.5万元、项目支出320万元，分别比上年增加100.5万元、50万元，分别增长10.05%、6.67%。"
    [f] = [f for f in found(text) if f.rule == "N-CHANGE"]
    assert f.severity == "error" and "18.52%" in f.message
