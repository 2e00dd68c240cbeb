"""Precision and recall: sentence shapes found wrong or missed on constructed variants of this stop's readings."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


# (3590.33 − 3728.77) ÷ 3728.77 = −3.71 %
@pytest.mark.parametrize("verb", ["骤降", "锐减", "骤减"])
@pytest.mark.parametrize("pct, errors", [("10.71", 1), ("3.71", 0)])
def test_a_plunge_between_two_labelled_figures_keeps_its_rate_checked(verb, pct, errors):
    text = f"本年专项收入3590.33万元，上年为3728.77万元，{verb}{pct}%。"
    assert len([f for f in _rule(text, "N-CHANGE") if f.severity == "error"]) == errors


@pytest.mark.parametrize("pct, errors", [("10.71", 1), ("3.71", 0)])
def test_a_plunge_after_its_base_keeps_its_rate_checked(pct, errors):
    text = f"专项收入3590.33万元，比上年的3728.77万元骤降{pct}%。"
    assert len([f for f in _rule(text, "N-CHANGE") if f.severity == "error"]) == errors


# (140.86 − 2369.85) ÷ 2369.85 = −94.06 %; (2369.85 − 140.86) ÷ 140.86 = 1582.42 %
@pytest.mark.parametrize("text, errors", [
    ("专项支出由上年的2369.85万元锐减至140.86万元，降幅101.1%。", 1),
    ("专项支出由上年的2369.85万元锐减至140.86万元，降幅94.1%。", 0),
    ("专项支出由上年的140.86万元激增至2369.85万元，增长1682.4%。", 1),
    ("专项支出由上年的140.86万元激增至2369.85万元，增长1582.4%。", 0),
])
def test_a_surge_from_one_level_to_another_gives_its_rate(text, errors):
    assert len([f for f in _rule(text, "N-CHANGE") if f.severity == "error"]) == errors


_APART = "税收收入{tx}万元，较上年同期减收2118万元；非税收入12142万元，较上年同期减收1304万元。"


def test_parts_of_one_month_are_not_of_the_months_total():
    # 1-5月 whole, 5月当月 parts whose changes add up to the whole's by chance
    text = "1-5月累计完成一般公共预算收入6717万元，较上年同期减收3422万元。\n5月当月：" + _APART.format(tx=4575)
    assert [f for f in _rule(text, "N-SUM") if f.severity == "error"] == []


def test_parts_whose_levels_make_up_another_figure_are_not_of_the_whole():
    text = ("上划中央收入6717万元，较上年同期减收3422万元。\n地方一般公共预算收入16717万元。\n"
            + _APART.format(tx=4575))
    assert [f for f in _rule(text, "N-SUM") if f.severity == "error"] == []


@pytest.mark.parametrize("head", ["", "1-5月", "5月"])
def test_parts_written_apart_of_the_same_period_keep_the_error(head):
    text = f"{head}地方财政收入6717万元，较上年减收3422万元。\n{head}" + _APART.format(tx=4575)
    [f] = [f for f in _rule(text, "N-SUM") if f.severity == "error"]
    assert "6717" in f.message


_CUT = ("“三公”经费支出1134万元，较上年减少40万元。其中：因公出国(境)费为0万元，较上年减少6万元；公务接待费为122万元，"
        "较上年减少22万元；公务用车购置及运行维护费为1012万元")


@pytest.mark.parametrize("tail", ["、", "，主要用于"])
def test_a_part_whose_change_the_text_stops_before_is_not_taken_as_unchanged(tail):
    assert _rule(_CUT + tail, "N-SUM") == []


def test_a_part_said_without_its_change_in_a_whole_sentence_keeps_the_warning():
    [f] = _rule(_CUT + "。", "N-SUM")
    assert f.severity == "warning"


# 183.73 ÷ 340.24 = 54.00 %
@pytest.mark.parametrize("pct, errors", [("63.0", 1), ("54.0", 0)])
def test_a_share_of_a_fund_names_the_funds_spending(pct, errors):
    text = f"“三公”经费支出340.24万元，其中公务接待费183.73万元，占“三公”经费的{pct}%。"
    assert len([f for f in _rule(text, "N-SHARE") if f.severity == "error"]) == errors


# (200 − 250) ÷ 250 = −20 %; (125 − 100) ÷ 100 = 25 %
@pytest.mark.parametrize("text, errors", [
    ("新北市债务由250.0亿元减至200.0亿元，减幅30.0%。", 1),
    ("新北市债务由250.0亿元减至200.0亿元，减幅20.0%。", 0),
    ("收入由100万元增至125万元，增长20%。", 1),
    ("收入由100万元增至125万元，增长25%。", 0),
])
def test_a_change_from_one_level_to_another_said_with_one_character(text, errors):
    assert len([f for f in _rule(text, "N-CHANGE") if f.severity == "error"]) == errors


@pytest.mark.parametrize("between", ["\n市本级：", "\n二、市本级收入情况\n"])
def test_parts_of_another_scope_are_not_of_the_whole(between):
    text = "全市一般公共预算收入6717万元，较上年减收3422万元。" + between + _APART.format(tx=4575)
    assert [f for f in _rule(text, "N-SUM") if f.severity == "error"] == []


@pytest.mark.parametrize("between", ["\n全市", "\n县区完成500万元。\n"])
def test_parts_of_the_same_scope_keep_the_error(between):
    text = "全市一般公共预算收入6717万元，较上年减收3422万元。" + between + _APART.format(tx=4575)
    [f] = [f for f in _rule(text, "N-SUM") if f.severity == "error"]
    assert "6717" in f.message
