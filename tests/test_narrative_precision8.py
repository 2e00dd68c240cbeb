"""Sentence patterns of 其中 lists and shares found by writing consistent variants of published
决算 and 预算执行 passages: which whole a list or a share belongs to when lists nest or several
wholes come before one list.  Each with a text where the rule must stay silent and a variant where
it still fires."""

from __future__ import annotations

from tests.narrative_helpers import errors, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_a_share_after_a_nested_list_may_be_of_the_outer_whole():
    # the 其中 of 基本支出 may end at the semicolon: 项目支出 is then its sibling, its share of the 合计
    text = "本年支出合计100万元，其中：基本支出60万元，其中人员经费50万元；项目支出40万元，占{}。"
    assert _rule(text.format("40%"), "N-SHARE") == []
    [f] = errors(text.format("45%"))
    assert f.rule == "N-SHARE" and "100万元" in f.message and "40.00%" in f.message
    shared = "本年收入合计100万元，其中：财政拨款收入80万元，占80%，其中一般公共预算财政拨款75万元；其他收入20万元，占{}。"
    assert _rule(shared.format("20%"), "N-SHARE") == []
    assert [f.rule for f in errors(shared.format("30%"))] == ["N-SHARE"]
    mainly = "本年支出合计100万元。其中：基本支出60万元，占60%，主要包括人员经费50万元；项目支出40万元，占{}。"
    assert _rule(mainly.format("40%"), "N-SHARE") == []
    assert [f.rule for f in errors(mainly.format("4%"))] == ["N-SHARE"]


def test_a_share_of_a_list_not_nested_keeps_its_whole():
    # no list word before 基本支出: the 其中 list is of it, and 项目支出's share of it only
    text = "基本支出60万元，其中人员经费50万元；项目支出40万元，占{}。"
    [f] = _rule(text.format("40%"), "N-SHARE")
    assert f.severity == "error" and "66.6" in f.message
    assert _rule(text.format("66.67%"), "N-SHARE") == []
