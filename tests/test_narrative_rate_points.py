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


@pytest.mark.parametrize("text, said, right", [
    ("全县一般公共预算收入12.3亿元，增长3.2%，增幅较上年的6.5%提高3.3个百分点。", "相比提高3.3个百分点", "低 3.3个百分点"),
    ("全县城镇化率由52.5%下降到54.7%，下降了2.2个百分点。", "相比下降2.2个百分点", "高 2.2个百分点"),
    ("全县财政自给率为21.4%，高于全区财政自给率(53.2%)31.8个百分点。", "高于 53.2% 31.8个百分点", "低 31.8个百分点"),
])
def test_a_difference_of_the_right_size_said_the_wrong_way(text, said, right):
    [f] = [f for f in found(text) if f.rule == "N-CHANGE" and f.severity == "error"]
    assert said in f.message and right in f.message and "方向写反了" in f.message


@pytest.mark.parametrize("text", [
    "全县一般公共预算收入12.3亿元，增长3.2%，增幅较上年的6.5%回落3.3个百分点。",
    "全县城镇化率由52.5%提高到54.7%，提高了2.2个百分点。",
    "全县财政自给率为21.4%，低于全区财政自给率(53.2%)31.8个百分点。",
    # 扩大/收窄 go either way (a fall's rate widens downwards), and a fall's rate may be written as its size
    "全县财政收入下降2.1%，降幅比上年的3.5%收窄1.4个百分点。",
    "全县财政收入下降2.1%，增速比上年的3.5%回落5.6个百分点。",
    "全县财政收入增长2.1%，增幅比上年的3.5%收窄1.4个百分点。",
    # no direction word
    "全县城镇化率由52.5%变为54.7%，相差2.2个百分点。",
])
def test_silent_when_the_direction_holds_or_is_not_said(text):
    assert [f for f in found(text) if f.rule == "N-CHANGE" and f.severity == "error"] == []
