"""Precision: readings of N-UNIT-SLIP's list items and N-SUM's rates of the parts that a plausible reading undoes."""

from __future__ import annotations

from tests.narrative_helpers import found


def _slips(text):
    return [f for f in found(text) if f.rule == "N-UNIT-SLIP" and f.severity == "error"]


def _list(*amounts: str, words: str = "安排使用市本级公益金", head: str = "", tail: str = "，资助{}。") -> str:
    what = ("儿童福利院改造", "孤儿助学", "康复中心设备", "流浪儿童救助", "社区儿童之家")
    return head + "".join(f"{k}. {words}{a}{tail.format(w)}\n" for k, (a, w) in enumerate(zip(amounts, what), 1))


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
