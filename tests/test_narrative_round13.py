"""Sentence patterns behind the misses of the last fresh corpus round (no false finding there)."""

from __future__ import annotations

from tests.narrative_helpers import errors, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_INCOME = ("本年收入合计597.52万元，与2016年相比增加39.42万元，增加7.06%；其中：财政拨款收入177.28万元，占29.67%，"
           "与2016年相比21.79万元，增加14.01%；事业收入375.81万元，占{}与2016年相比减少26.73万元，减少6.64%。")


def test_a_change_whose_verb_is_left_to_its_rate_is_no_part_of_the_list():
    # "与2016年相比21.79万元，增加14.01%": a change, so the list goes on to 事业收入 and its share is bound
    [f] = _rule(_INCOME.format("70.33%"), "N-SHARE")
    assert f.severity == "error" and "62.89%" in f.message
    assert _rule(_INCOME.format("62.89%"), "N-SHARE") == []


def test_the_same_figure_said_twice_is_no_rival_for_a_change_in_the_next_sentence():
    text = ("马家镇卫生院本年收入合计597.52万元，其中：财政拨款收入177.28万元，占29.67%。\n"
            "四、财政拨款收入支出决算总体情况说明\n2017年度财政拨款收入决算总计177.28万元。与2016年相比增加22.13万元，增加{}。")
    [f] = _rule(text.format("12.28%"), "N-CHANGE")
    assert f.severity == "error" and "14.26%" in f.message
    assert _rule(text.format("14.26%"), "N-CHANGE") == []
    # another figure of the item earlier makes the binding uncertain: at most a warning
    other = text.replace("占29.67%。", "占29.67%；上年财政拨款收入160万元。")
    assert all(f.severity != "error" for f in _rule(other.format("12.28%"), "N-CHANGE"))
