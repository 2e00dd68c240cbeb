"""An industry structure written as percentages ("三次产业结构为15.1:37.9:49.0", "第一、二、三产业增加值所占比重分别为
8.5%、37.7%、53.8%") is each sector's share of the output, and the three sectors are the whole of it: the terms,
each with its rounding, must be able to make 100 (red-team 16, M5).  Proportions to the first term ("1:2.89:4.41")
are no percentages; a structure whose terms make 100 is silent whatever the sectors' figures (N-SHARE reads those)."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _structure_sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and "三次产业结构" in f.message]


@pytest.mark.parametrize("text, ratio, total", [
    ("全县实现地区生产总值120.3亿元，三次产业结构为15.1:37.9:49.0。", "15.1:37.9:49.0", "102.0"),
    # last year's structure is checked as well: its terms are written
    ("三次产业结构由上年的12.3:35.4:51.3调整为12.1:34.8:53.1。", "12.3:35.4:51.3", "99.0"),
    ("在全区生产总值中，第一、二、三产业增加值所占比重分别为8.5%、37.7%、54.8%。", "8.5%、37.7%、54.8%", "101.0"),
    ("三次產業結構調整為14.8:31.1:55.1。", "14.8:31.1:55.1", "101.0"),
])
def test_terms_that_cannot_make_100(text, ratio, total):
    [f] = _structure_sums(text)
    assert f.severity == "error"
    assert ratio in f.message and f"相加却是 {total}" in f.message


@pytest.mark.parametrize("text", [
    "全县实现地区生产总值120.3亿元，三次产业结构为15.1:35.9:49.0。",
    "三次产业结构由上年的12.3:35.4:52.3调整为12.1:34.8:53.1。",
    "在全区生产总值中，第一、二、三产业增加值所占比重分别为8.5%、37.7%、53.8%。",
    # each term rounded: 14.83 + 30.04 + 55.13 = 100 is written 14.8:30.0:55.1 (99.9)
    "三次产业结构为14.8:30.0:55.1。",
    "三次产业结构为15:38:48。",
    # proportions to the first term, not percentages
    "三次产业结构为1:2.89:4.41。",
])
def test_silent_when_the_terms_can_make_100_or_are_no_percentages(text):
    assert _structure_sums(text) == []
