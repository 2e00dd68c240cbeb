"""A 其中 part whose own share is of an earlier part of its list is that part's part (red-team 10, case B):
"一般公共预算收入完成8.56亿元，其中地方级收入5.2亿元，税收收入3.5亿元，占地方级收入的67.3%" — 3.5 is within 5.2, not beside it."""

from __future__ import annotations

from tests.narrative_helpers import found

_TEXT = "一般公共预算收入完成8.56亿元，其中地方级收入5.2亿元，税收收入3.5亿元，{share}。"


def _errors(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "error"]


def test_a_part_whose_share_names_an_earlier_part_is_nested_in_it():
    assert _errors(_TEXT.format(share="占地方级收入的67.3%"), "N-SUM") == []


def test_a_bare_share_holding_of_the_earlier_part_only_is_a_nested_reading():
    # 3.5 / 5.2 = 67.3 %, 3.5 / 8.56 = 40.9 %
    text = _TEXT.format(share="占比67.3%")
    assert _errors(text, "N-SUM") == [] and _errors(text, "N-SHARE") == []


def test_a_share_holding_of_no_part_leaves_the_flat_list():
    text = _TEXT.format(share="占比50%")
    [f] = _errors(text, "N-SHARE")
    assert "40.89%" in f.message
    # (地方级收入 and 税收收入 are revenue by level and by kind, which overlap: their sum past the whole is a reading,
    # see test_narrative_redteam19; parts of one way show the flat reading)
    assert _errors(text, "N-SUM") == []
    one_way = "一般公共预算收入完成8.56亿元，其中地方级收入5.2亿元，上划收入3.5亿元，{share}。"
    [s] = _errors(one_way.format(share="占比50%"), "N-SUM")
    assert "8.7亿元" in s.message
    # a share naming another whole than the earlier part: the flat reading stands
    [s] = _errors(one_way.format(share="占全县收入的67.3%"), "N-SUM")
    assert "8.7亿元" in s.message
