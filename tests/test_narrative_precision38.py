"""Precision: a list opening the sentence after its whole's own rate of a budget or task may break down that budget
or what is left of it, not the whole ("…支出2.11万元，完成预算5.5万元的38.36%。其中：公务用车3.5万元，…")."""

from __future__ import annotations

from tests.narrative_helpers import found


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity in ("error", "warning")]


_BUDGET = "全年实际支出2.11万元，完成预算5.5万元的38.36%。其中：公务用车{}万元，公务接待2.00万元。"


def test_a_list_that_makes_the_written_budget_is_the_budgets():
    # 3.5 + 2 = 5.5 (the parts written to fewer places than the budget)
    assert _sums(_BUDGET.format("3.5").replace("2.00", "2")) == []


def test_a_list_that_makes_neither_the_whole_nor_its_budget_keeps_the_error():
    [f] = _sums(_BUDGET.format("0.50"))   # 2.50: over 2.11, and neither 5.5 nor 3.39
    assert f.severity == "error" and f.narrative[0].text == "2.11万元"


def test_a_list_of_what_is_left_of_the_budget_is_silent():
    assert _sums("全年支出2.11万元，完成目标的38.36%。其中：结余资金3万元、结转资金0.39万元。") == []


def test_a_list_of_the_budget_the_rate_implies_is_silent():
    # 419 ÷ 56.6% ≈ 740 = 600 + 140: the budget, unwritten, and its sources
    assert _sums("全年支出419万元，为年度预算的56.6%。其中：年初预算600万元，年中追加140万元。") == []
    assert _sums("全年支出419万元，完成全年预算740万元的56.6%。其中：全年预算中基本支出500万元，项目支出240万元。") == []


def test_a_list_named_as_spent_or_of_neither_stays_the_wholes():
    [f] = _sums("支出419万元，为全年任务的56.6%。其中：人员支出300万元、公用支出200万元。")
    assert f.severity == "error" and "500万元" in f.message
    [f] = _sums("收入419万元，占年度预算的56.6%。其中：税收收入300万元，非税收入200万元。")
    assert f.severity == "error"


# a numbered list read on past the sub-items of one item only to a line that can be its next item
_ON = ("2023年度“三公”经费支出{whole}万元。其中：\n一、因公出国（境）费0万元。\n二、公务用车购置及运行维护费1.33万元。\n"
       "（一）公务用车购置费0万元。\n（二）公务用车运行维护费1.33万元。\n三、{third}\n")


def test_a_line_numbered_on_whose_amount_alone_exceeds_the_whole_is_no_item_of_it():
    # 三、 after the sub-items is the next section (50 alone is far over 2.11), not the list's third item
    fs = _sums(_ON.format(whole="2.11", third="机关运行经费支出50万元，比上年减少2万元。"))
    assert not any(f.severity == "error" for f in fs)
    assert not any(s.text == "50万元" for f in fs for s in f.narrative)


def test_a_line_numbered_on_within_the_whole_is_still_its_next_item():
    [f] = _sums(_ON.format(whole="2.11", third="公务接待费支出1.98万元。"))   # 0 + 1.33 + 1.98 = 3.31
    assert f.severity == "error" and [s.text for s in f.narrative] == ["2.11万元", "0万元", "1.33万元", "1.98万元"]


def test_a_line_numbered_on_and_named_like_its_siblings_is_still_an_item_however_large():
    text = ("2023年度“三公”经费支出决算为38.54万元。其中：\n（一）因公出国（境）费用支出决算为2.94万元。\n"
            "（二）公务用车购置及运行维护费支出决算为0.26万元。\n（1）公务用车购置费0.14万元。\n（2）公务用车运行维护费0.12万元。\n"
            "（三）公务接待费支出决算为42.51万元。\n")
    [f] = _sums(text)
    assert f.severity == "error" and "42.51万元" in [s.text for s in f.narrative]


def test_a_list_named_as_budget_over_the_budget_too_keeps_the_error():
    # 4.5 + 2.6 = 7.1: over the 2.11 spent and over the 5.5 budget, so no reading holds
    [f] = _sums("全年实际支出2.11万元，为预算5.5万元的38.36%。其中：公务用车预算4.5万元，公务接待预算2.6万元。")
    assert f.severity == "error"
    assert _sums("全年实际支出2.11万元，为预算5.5万元的38.36%。其中：公务用车预算1.5万元，公务接待预算1.6万元。") == []


def test_a_numbered_list_goes_on_after_circled_sub_items():
    text = ("2023年度“三公”经费支出决算为2.11万元。其中：\n1.因公出国（境）费0万元。\n2.公务用车购置及运行维护费1.33万元。\n"
            "①公务用车购置费0万元。\n②公务用车运行维护费1.33万元。\n3.公务接待费支出{}万元。\n")
    [f] = _sums(text.format("1.98"))   # 0 + 1.33 + 1.98 = 3.31 against 2.11
    assert f.severity == "error" and "1.98万元" in [s.text for s in f.narrative]
    assert _sums(text.format("0.78")) == []
