"""Red-team pass 22, on the readings added since red-team 18, and red-team 21's mixed separators: the shapes that gave
wrong errors, each with the reading that holds, and the same shapes where no reading holds and the error stays."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import rule_errors as _errors, rule_findings as _findings


# A1: an execution rate over the 年初 budget plus what was added (追加) or less what was taken off (调减)
@pytest.mark.parametrize("text", [
    "项目年初预算50.00万元，追加预算10.00万元，全年执行数58.80万元，预算执行率98.0%。",
    "公务接待费年初预算5.00万元，追加预算1.00万元，支出决算5.85万元，完成预算的97.5%。",
    "项目年初预算50.00万元，调减预算20.00万元，全年执行数29.40万元，预算执行率98.0%。",
])
def test_a_rate_over_a_budget_added_to(text):
    assert _findings(text, "N-RATE") == []


def test_a_rate_over_a_budget_added_to_that_fails_names_the_sum():
    (f,) = _findings("项目年初预算50.00万元，追加预算10.00万元，全年执行数58.80万元，预算执行率88.0%。", "N-RATE")
    assert "50.00万元 + 10.00万元" in f.message and "98.00%" in f.message


# A2: a budget naming no item is the budget of the sentence's item only when the item's actual is the one amount before
@pytest.mark.parametrize("text", [
    "教育支出（类）支出决算为523.00万元，上年决算为480.00万元，年初预算为490.00万元，完成年初预算的106.7%。",
    "本年支出决算为523.00万元，其中基本支出300.00万元，年初预算为490.00万元，完成年初预算的106.7%。",
])
def test_a_completion_with_another_amount_between(text):
    assert _errors(text, "N-RATE") == []


# A3: bare shares after "基本支出中，" may be of the whole 基本支出 is a part of, when all of them hold so
@pytest.mark.parametrize("second", ["10.8", "15.3"])
def test_bare_shares_of_the_whole_above(second):
    first = "60.0" if second == "10.8" else "84.7"
    text = (f"2023年度支出总计1,200.00万元，其中基本支出850.00万元，项目支出350.00万元。基本支出中，人员经费720.00万元，"
            f"占{first}%；公用经费130.00万元，占{second}%。")
    assert _errors(text, "N-SHARE") == []


def test_bare_shares_of_two_wholes_at_once():
    text = ("2023年度支出总计1,200.00万元，其中基本支出850.00万元，项目支出350.00万元。基本支出中，人员经费720.00万元，占60.0%；"
            "公用经费130.00万元，占15.3%。")
    assert len(_errors(text, "N-SHARE")) == 1


# M1, not read (red-team 23 A1): a list by functional class opening its own sentence is of the sentence before's whole,
# which may be the sum of its last items ("基本支出1200.00万元，项目支出327.80万元。按功能分类，…"), not the amount before it
@pytest.mark.parametrize("opener", ["。按功能分类：", "。\n分功能科目看：", "。从支出经济分类看，"])
def test_a_list_by_functional_class_in_its_own_sentence_is_not_of_the_amount_before(opener):
    text = (f"2023年度一般公共预算财政拨款基本支出1200.00万元，项目支出327.80万元{opener}教育支出1362.50万元，占89.2%；"
            "社会保障和就业支出98.30万元，占6.4%。")
    assert _errors(text, "N-SHARE") == [] and _errors(text, "N-SUM") == []


def test_a_rate_over_two_additions_is_not_read_without_the_first_budget():
    text = "年初预算50.00万元，追加预算10.00万元，调减预算5.00万元，全年执行数53.90万元，预算执行率98.0%。"
    assert not any("1078" in f.message for f in _findings(text, "N-RATE"))


# red-team 21 M7: siblings by definition, each with its amount, are items whatever separates them
@pytest.mark.parametrize("text, computed", [
    ("“三公”经费支出7.10万元，其中：因公出国（境）费0万元；公务用车运行维护费5.86万元，公务接待费2.14万元。", "8万元"),
    ("本年支出合计2598.20万元，其中：上缴上级支出0万元；基本支出1150.64万元，项目支出1547.56万元。", "2698.2万元"),
])
def test_siblings_after_a_semicolon_and_a_comma(text, computed):
    (f,) = _errors(text, "N-SUM")
    assert f"合计 {computed}" in f.message


@pytest.mark.parametrize("text", [
    "“三公”经费支出8.00万元，其中：因公出国（境）费0万元；公务用车运行维护费5.86万元，公务接待费2.14万元。",
    "本年支出合计2698.20万元，其中：上缴上级支出0万元；基本支出1150.64万元，项目支出1547.56万元。",
])
def test_siblings_after_a_semicolon_and_a_comma_that_add_up(text):
    assert _errors(text, "N-SUM") == []


def test_an_audits_cut_of_a_cost_is_no_budget_addition():
    # (核减 of a cost in an audit, not a budget cut: the rate is still read, and fails both ways)
    text = "共完成工程项目竣工决算和结算审计项目68个,审计总金额18.18亿元,核减工程造价3.15亿元,核减率14.66%。"
    assert _findings(text, "N-RATE")


# red-team 23 A2: an item's completion of its budget, and the budget after it, are the item's, not another part
@pytest.mark.parametrize("text", [
    "“三公”经费支出8.00万元，其中：公务用车运行维护费5.86万元，完成预算的97.7%，预算6.00万元；公务接待费2.14万元。",
    "一般公共预算收入8.50亿元，其中：税收收入6.00亿元，完成预算的102.0%，预算为5.88亿元；非税收入2.50亿元。",
])
def test_an_items_budget_after_its_completion(text):
    assert _errors(text, "N-SUM") == []


def test_an_items_budget_after_its_completion_and_the_items_past_the_whole():
    text = "“三公”经费支出7.00万元，其中：公务用车运行维护费5.86万元，完成预算的97.7%，预算6.00万元；公务接待费2.14万元。"
    (f,) = _errors(text, "N-SUM")
    assert "合计 8万元" in f.message
