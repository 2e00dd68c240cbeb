"""Readings of a list or a rate held only where the text's own words allow them: parts named as last year's are
last year's; a bracket names a rate's base only when it names a budget; a complete list after its whole's own rate
of a budget may break down that budget."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


# -- parts after last year's figure told in a sentence of its own ----------------------------------------------------

_LAST = "2023年转移支付预算数11.70亿元，比上年增加0.74亿元。上年度预算10.96亿元。其中：{}甲市3.32亿元；{}乙县5.61亿元；{}丙区{}亿元。"


def test_parts_named_as_last_years_that_exceed_it_are_an_error():
    # 3.32 + 5.61 + 2.77 = 11.70: this year's figure, but the parts say they are last year's
    [f] = _rule(_LAST.format("上年", "上年", "上年", "2.77"), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "10.96亿元"


def test_parts_not_named_by_year_that_make_this_years_figure_stay_a_reading():
    [f] = _rule(_LAST.format("", "", "", "2.77"), "N-SUM")
    assert f.severity == "warning"


def test_parts_named_as_last_years_that_make_it_are_silent():
    assert _rule(_LAST.format("上年", "上年", "上年", "2.03"), "N-SUM") == []


# -- a rate's base named in brackets ----------------------------------------------------------------------------------

_BASIS = "全年预算117.72万元，实际支出105.95万元，预算执行率{}%（按{}124.65万元计算）。"


def test_a_bracket_naming_no_budget_is_no_base_of_the_rate():
    # 105.95 ÷ 124.65 = 85.00%, but a per-head standard is no base of an execution rate; 105.95 ÷ 117.72 = 90.00%
    [f] = _rule(_BASIS.format("85.00", "人均标准"), "N-RATE")
    assert "90.00%" in f.message


def test_a_bracket_naming_a_budget_is_the_rates_base():
    assert _rule(_BASIS.format("85.00", "调整后预算"), "N-RATE") == []


def test_a_rate_that_holds_over_the_written_budget_is_silent_whatever_the_bracket():
    assert _rule(_BASIS.format("90.00", "人均标准"), "N-RATE") == []


# -- a complete list after its whole's own rate of a budget -----------------------------------------------------------

_RATE = "全年经费支出37.79万元，完成预算70.67万元的53.47%。其中：{}"


def test_a_complete_list_that_makes_the_budget_is_the_budgets():
    # 42.40 + 28.27 = 70.67: the budget, split into 基本支出 and 项目支出
    assert _rule(_RATE.format("基本支出42.40万元，项目支出28.27万元。"), "N-SUM") == []


def test_a_complete_list_that_makes_neither_stays_an_error():
    [f] = _rule(_RATE.format("基本支出42.40万元，项目支出18.27万元。"), "N-SUM")   # 60.67: neither 37.79 nor 70.67
    assert f.severity == "error"


def test_a_complete_list_named_as_spent_stays_the_wholes():
    [f] = _rule(_RATE.format("基本支出决算22.40万元，项目支出决算18.27万元。"), "N-SUM")   # 40.67 over 37.79
    assert f.severity == "error"


# -- a bracket telling what the rate after it is computed on ----------------------------------------------------------

_ON = "全年实际支出2048.98万元（{}年初预算2000.00万元和追加预算149.00万元{}），预算执行率95.35%。"


def test_a_bracket_naming_the_base_of_the_rate_after_it_is_no_breakdown():
    # 2048.98 ÷ (2000 + 149) = 95.35%: the bracket is the rate's base, not parts of what was spent
    assert _rule(_ON.format("按", "计算"), "N-SUM") == []
    assert _rule(_ON.format("以", "为基数"), "N-SUM") == []


def test_a_bracket_of_parts_before_a_rate_stays_a_breakdown():
    [f] = _rule("全年实际支出2048.98万元（基本支出2000.00万元、项目支出149.00万元），预算执行率95.35%。", "N-SUM")
    # 2000 + 149 = 2149 over 2048.98
    assert f.severity == "error"


# -- the changes of an item's sub-items in a list of marked lines -----------------------------------------------------

_SUBS = ("2023年度“三公”经费支出12.00万元，比上年减少13.00万元。其中：\n一、因公出国（境）费0万元，与上年持平。\n"
         "二、公务用车购置及运行维护费4.00万元{own}。\n（一）公务用车购置费0万元。\n（二）公务用车运行维护费4.00万元，比上年减少{sub}万元。\n"
         "三、公务接待费8.00万元，比上年减少12.00万元。\n")


def test_a_sub_items_change_is_in_its_items_own_and_not_counted_twice():
    # 0 − 1 − 12 = −13: the sub-item's −1 is item 二's own −1
    assert _rule(_SUBS.format(own="，比上年减少1.00万元", sub="1.00"), "N-SUM") == []


def test_a_sub_items_change_stands_for_its_item_when_the_item_says_none():
    assert _rule(_SUBS.format(own="", sub="1.00"), "N-SUM") == []


def test_items_changes_that_do_not_make_the_wholes_stay_an_error():
    [f] = _rule(_SUBS.format(own="，比上年减少3.00万元", sub="3.00"), "N-SUM")   # −3 − 12 = −15, not −13
    assert f.severity == "error"


def test_a_rate_off_its_base_told_in_a_bracket_before_it_is_still_reported():
    # 3659.92 ÷ (3967.39 + 991.85) = 73.80%, not 69.19%: the bracket is no breakdown, but the rate is still checked on it
    text = "本年度项目资金实际支出3659.92万元（按年初预算3967.39万元和追加预算991.85万元计算），预算执行率{}%。"
    [f] = _rule(text.format("69.19"), "N-RATE")
    assert "73.80%" in f.message
    assert _rule(text.format("73.80"), "N-RATE") == []


def test_a_bracket_before_a_rate_naming_no_budget_is_not_read_as_its_base():
    assert _rule("全年部门预算支出752.59万元（按上年数755.87万元计算），预算执行率91.80%。", "N-RATE") == []
