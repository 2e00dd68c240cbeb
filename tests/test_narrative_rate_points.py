"""A change in points between a growth rate and last year's written after the rate's own name ("增长5.2%，增速比上年的
3.6%提高1.1个百分点"; "上涨2.1%，涨幅比上年的1.5%扩大0.9个百分点"): the two rates are bound, and a difference that does
not hold is an error (red-team 15, M3).  A share compared with last year's is not the growth rate before it."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _points(text):
    return [f for f in found(text) if f.rule == "N-CHANGE" and f.severity == "error" and "百分点" in f.message]


@pytest.mark.parametrize("text, expected", [
    ("全县地区生产总值120.3亿元，增长5.2%，增速比上年的3.6%提高1.1个百分点。", "1.6个百分点"),
    ("全年居民消费价格上涨2.1%，涨幅比上年的1.5%扩大0.9个百分点。", "0.6个百分点"),
    ("全县一般公共预算收入12.3亿元，增长3.2%，增幅较上年的6.5%回落2.1个百分点。", "3.3个百分点"),
])
def test_a_wrong_difference_of_two_growth_rates(text, expected):
    [f] = _points(text)
    assert expected in f.message


@pytest.mark.parametrize("text", [
    "全县地区生产总值120.3亿元，增长5.2%，增速比上年的3.6%提高1.6个百分点。",
    "全年居民消费价格上涨2.1%，涨幅比上年的1.5%扩大0.6个百分点。",
    # a share compared with last year's: not the growth rate written before it
    "财政收入增长5.2%，占比比上年的3.6%提高1.1个百分点。",
])
def test_silent_when_it_holds_or_the_rates_are_of_two_things(text):
    assert _points(text) == []


@pytest.mark.parametrize("text", [
    # red-team 16, A2: after a 其中 part, the rate named may be the headline's (1.8 − 2.3 = −0.5)
    "全县居民消费价格上涨1.8%，其中食品价格上涨3.2%，涨幅比上年的2.3%回落0.5个百分点。",
    "全县地区生产总值增长5.2%，其中第三产业增加值增长6.1%，增速比上年的3.6%提高1.6个百分点。",
])
def test_a_point_comparison_after_a_part_is_not_bound_to_the_part(text):
    assert _points(text) == []
