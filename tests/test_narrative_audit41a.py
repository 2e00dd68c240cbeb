"""Audit round 41: a list's breakdown in lenticular brackets 【】, a change naming its own counted subject, and a
change clause with no subject of its own after a broken line."""

from __future__ import annotations

from tests.narrative_helpers import found


def _of(rule, text, severity=None):
    return [f for f in found(text) if f.rule == rule and (severity is None or f.severity == severity)]


# -- 【】 hold an item's breakdown as （） do ---------------------------------------------------------------------------

# 500 + 300 + 20 + 5 = 825 ≤ 830; the breakdown 180 + 120 = 300 of the second item is no sibling of it
_LENTICULAR = "收入合计830万元，其中经营收入500万元，补助收入300万元【基本补助180万元，项目补助{}万元】；利息收入20万元；其他收入5万元。"


def test_a_breakdown_in_lenticular_brackets_is_no_item_of_the_outer_list():
    assert _of("N-SUM", _LENTICULAR.format("120"), "error") == []


def test_a_breakdown_in_lenticular_brackets_over_its_item_is_still_an_error():
    # 180 + 150 = 330 > 300 under any reading
    [f] = _of("N-SUM", _LENTICULAR.format("150"), "error")
    assert "330" in f.message


def test_the_outer_list_over_its_total_with_lenticular_brackets_is_still_an_error():
    # 500 + 300 = 800 > 790 however far the list is read (the semicolon items after it only add)
    [f] = _of("N-SUM", _LENTICULAR.format("120").replace("830万元", "790万元"), "error")
    assert "800" in f.message and "180" not in f.message
