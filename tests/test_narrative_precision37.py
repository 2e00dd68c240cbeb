"""Precision: readings of N-UNIT-SLIP's list items and N-SUM's rates of the parts that a plausible reading undoes."""

from __future__ import annotations

from tests.narrative_helpers import found


def _slips(text):
    return [f for f in found(text) if f.rule == "N-UNIT-SLIP" and f.severity == "error"]


def _list(*amounts: str, words: str = "安排使用市本级公益金", head: str = "", tail: str = "，资助{}。") -> str:
    what = ("儿童福利院改造", "孤儿助学", "康复中心设备", "流浪儿童救助", "社区儿童之家")
    return head + "".join(f"{k}. {words}{a}{tail.format(w)}\n" for k, (a, w) in enumerate(zip(amounts, what), 1))


# -- a total written in the text that the items make as written ----------------------------------------

def test_a_total_the_items_make_as_written_keeps_the_small_item():
    # 120 + 40 + 0.008 = 160.008 → 160.01 holds; with 80万元 it would be 240
    text = _list("120万元", "40万元", "80元", head="本年共安排公益金160.01万元，具体如下：\n")
    assert _slips(text) == []


def test_a_total_heading_the_list_under_a_marker_of_the_same_style():
    text = ("一、基本情况\n本年安排如下。\n二、项目安排（合计263.0120万元）\n" +
            "".join(f"{m}、支付邮寄费{a}，资助困难群众。\n" for m, a in zip("三四五六七", ("15万元", "130万元", "120元", "110万元", "8万元"))))
    assert _slips(text) == []


def test_a_total_that_holds_only_with_the_wan_put_back_keeps_the_error():
    text = _list("120万元", "40万元", "80元", head="本年共安排公益金240万元，具体如下：\n")
    [f] = _slips(text)
    assert f.narrative[0].text == "80元"


def test_a_sibling_worded_alike_is_no_total():
    # 40 = 10 + 10 + 20 (with 58 元): an item equal to other items' sum is not a total of the list
    text = _list("10万元", "10万元", "58元", "40万元", "20万元", head="本年共安排资金138万元，主要用于以下项目。\n",
                 words="下拨省级专项资金")
    [f] = _slips(text)
    assert f.narrative[0].text == "58元"


# -- a rate per head written in brackets after the amount -----------------------------------------------

def test_a_rate_per_head_in_brackets_is_silent():
    assert _slips(_list("45万元", "12万元", "48元（每人每月）", words="支出培训费", tail="。")) == []


def test_a_remark_in_brackets_that_is_not_per_head_keeps_the_error():
    [f] = _slips(_list("45万元", "12万元", "48元（已拨付）", words="安排使用市本级公益金", tail="。"))
    assert f.narrative[0].text == "48元"


# -- fines and prizes are fixed case by case ------------------------------------------------------------

def test_fines_of_every_size_in_one_list_are_silent():
    text = _list("50万元", "20万元", "100万元", "200元", words="给予警告并处罚款", tail="，当事人：{}。")
    assert _slips(text) == []


def test_prizes_of_every_size_in_one_list_are_silent():
    assert _slips(_list("80万元", "20万元", "200万元", "500元", words="颁发奖金")) == []


def test_grants_out_of_one_fund_keep_the_error():
    [f] = _slips(_list("80万元", "20万元", "200万元", "500元", words="拨付奖励资金"))
    assert f.narrative[0].text == "500元"
