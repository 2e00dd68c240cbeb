"""A share written as its item's name and 占比 right after the item's amount in a 其中 list ("其中税收收入17.5亿元，税收占比
80.3%", corpus 1760): of the list's total, or of the parts listed (the reading round 12 kept: "非税占比35.3%" is 3015 of
the 8552 listed, not of the 10,066 total).  An error only when neither holds."""

from __future__ import annotations

from tests.narrative_helpers import found


def _shares(text):
    return [f for f in found(text) if f.rule == "N-SHARE" and f.severity in ("error", "warning")]


def test_a_share_named_by_its_item_after_a_part_is_of_the_lists_total():
    text = "2020年,全县一般公共预算收入实现21.8亿元,增长5.3%,其中税收收入17.5亿元,税收占比{}。加上转移支付资金等,全县当年财力实现55亿元。"
    assert _shares(text.format("80.3%")) == []
    [f] = _shares(text.format("69.9%"))
    assert f.severity == "error" and "80.28%" in f.message


def test_or_of_the_parts_listed_and_an_error_only_when_neither_holds():
    text = "同口径完成地方财政收入10,066万元，其中：税收收入完成5,537万元，非税收入完成3,015万元，非税占比{}。"
    assert _shares(text.format("35.3%")) == []   # of the two parts listed
    assert _shares(text.format("30.0%")) == []   # of the total
    [f] = _shares(text.format("25.3%"))
    assert f.severity == "error"
    # an item named otherwise than the amount before it: its whole is not said
    assert _shares("全市完成地方一般公共预算收入950.23亿元。其中税收收入665.41亿元;全市地方收入中税占比60.93%。") == []


def test_another_amount_before_the_part_may_be_the_whole_the_share_is_of():
    # a sub-total listed before the part (tax is a part of 一般公共预算收入, not of 财政总收入 alone)
    assert _shares("全县财政总收入117.0亿元，其中一般公共预算收入20.4亿元，税收收入12.5亿元，税收占比61.3%。") == []
    # a second total before 其中: the tax is of 一般公共预算收入, not of the nearer 政府性基金收入
    assert _shares("全县完成一般公共预算收入55.5亿元、政府性基金收入82.5亿元，其中税收收入43.4亿元，税收占比78.2%。") == []
    # holding of none of them: still reported
    [f] = _shares("全县财政总收入117.0亿元，其中一般公共预算收入20.4亿元，税收收入12.5亿元，税收占比51.3%。")
    assert f.severity == "error"
