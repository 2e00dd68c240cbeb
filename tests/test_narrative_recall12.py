"""Recall: items named 计划生育 (family planning) are spending items, not a plan: a list of them after a whole's
own rate of its budget is the whole's, and exceeding the whole is an error."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found

_HEAD = "全年一般公共预算支出5000万元，完成预算5500万元的90.91%。其中："


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity in ("error", "warning")]


def test_family_planning_items_over_the_whole_after_its_budget_rate_are_an_error():
    [f] = _sums(_HEAD + "医疗卫生与计划生育支出2000万元，教育支出3200万元。")
    assert f.severity == "error"
    assert f.narrative[0].text == "5000万元"
    assert "5200万元" in f.message


def test_items_named_as_a_plan_may_break_down_the_budget_and_stay_silent():
    # "卫生计划支出…" names a plan: the list may be the 5500万元 budget's (5200 ≤ 5500)
    assert _sums(_HEAD + "卫生计划支出2000万元，教育计划支出3200万元。") == []


def test_family_planning_items_within_the_whole_are_silent():
    assert _sums(_HEAD + "医疗卫生与计划生育支出2000万元，教育支出2000万元。") == []


# -- a change on the budget whose base is written by its name only ("比预算数减少") --------------------------------

def _changes(text):
    return [f for f in found(text) if f.rule == "N-CHANGE" and f.severity in ("error", "warning")]


def test_a_change_on_the_budget_named_after_the_actual_and_the_budget_figures_is_checked():
    # 2084 − 1713 = 371, not 381 (after 达川区 2020's "支出总额为1713万元,年初预算数为2084万元,比预算数减少371万元")
    [f] = _changes("“三公”经费支出总额为1713万元,年初预算数为2084万元,比预算数减少381万元。")
    assert f.severity == "error"
    assert [s.text for s in f.narrative] == ["381万元", "1713万元", "2084万元"]
    assert "371万元" in f.message


def test_the_budget_may_come_first_and_the_actual_be_named_before_the_comparison():
    [f] = _changes("“三公”经费财政拨款年初预算15.00万元，支出决算12.00万元，决算数比预算数减少2.00万元。")
    assert f.severity == "error" and "3万元" in f.message


@pytest.mark.parametrize("text", [
    "“三公”经费支出总额为1713万元,年初预算数为2084万元,比预算数减少371万元。",
    "因公出国费支出数363.82万元,预算数378万元,支出数比预算数减少14.18万元,下降率为3.75%。",
    "2011年工商总局“三公经费”预算1103.40万元,决算数为1037.50万元,决算比预算减少65.90万元。",
])
def test_changes_on_the_budget_that_hold_are_silent(text):
    assert _changes(text) == []


def test_a_rate_on_the_budget_named_so_is_checked_against_the_written_budget():
    [f] = _changes("“三公”经费决算12.00万元，年初预算15.00万元，比预算减少3.00万元，下降25%。")
    assert f.severity == "error" and "20.00%" in f.message
    assert "分母" in f.cause   # 3 ÷ 12 = 25 %: the actual taken as the denominator


@pytest.mark.parametrize("text", [
    # two budgets: which one, it does not say
    "年初预算100.00万元，调整预算120.00万元，决算110.00万元，比预算减少5.00万元。",
    # last year's budget
    "本年支出110.00万元，上年预算100.00万元，比预算增加5.00万元。",
    # the budget of another item
    "公务接待费决算4.00万元，公务用车运行费预算8.00万元，比预算减少3.50万元。",
    # a part's change on its own (unwritten) budget
    "“三公”经费预算15.00万元，决算12.00万元，其中公务接待费比预算减少2.00万元。",
    # the income's budget is not the spending's
    "收入预算1000.00万元，支出决算900.00万元，比预算减少80.00万元。",
])
def test_a_budget_change_without_one_plain_reading_is_silent(text):
    assert _changes(text) == []


def test_each_items_budget_comparison_closes_the_figures_before_it():
    [f] = _changes("公务接待费预算5.00万元，决算4.00万元，比预算减少1.00万元，"
                   "公务用车运行费预算8.00万元，决算6.00万元，比预算减少1.00万元。")
    assert [s.text for s in f.narrative] == ["1.00万元", "6.00万元", "8.00万元"]


# -- the whole a share names: a paragraph's lead, the last of a joined name (round 62: 5703, 5711) ---------------

_TOTAL_LINE = ("2022年我区总支出为312497万元，其中：一般公共预算支出277798万元，上解支出394万元，"
               "安排预算稳定调节基金34295万元。\n")


def _shares(text):
    return [f for f in found(text) if f.rule == "N-SHARE" and f.severity in ("error", "warning")]


def test_a_paragraph_lead_names_the_whole_of_its_items_shares():
    # 37153 ÷ 277798 = 13.37 % (of the 一般公共预算支出 the lead names), not of the 总支出 312497 (11.89 %)
    assert _shares(_TOTAL_LINE + "一般公共预算具体支出情况如下：一般性公共服务支出37153万元，占全年总支出的13.37%；"
                                 "国防支出682万元，占全年总支出的0.25%。") == []


def test_a_share_of_neither_the_lead_whole_nor_the_total_is_an_error():
    [f] = _shares(_TOTAL_LINE + "一般公共预算具体支出情况如下：一般性公共服务支出37153万元，占全年总支出的15.37%。")
    assert f.severity == "error" and "277798万元" in f.message


def test_a_whole_named_by_the_last_of_a_joined_name_is_not_that_total():
    # "转移支付" of "对市县税收返还和转移支付": 3030.61 ÷ (3030.61 + 663.82) = 82.03 %, not of 4404.78 (68.80 %)
    assert _shares("省级支出6571.85亿元。其中，对市县税收返还和转移支付4404.78亿元，占总支出的67%（包括一般性转移支付"
                   "3030.61亿元，占转移支付比重达82%；专项转移支付663.82亿元）。") == []


def test_a_whole_named_as_the_total_is_still_bound_to_it():
    [f] = _shares("省级支出6571.85亿元。其中，对市县转移支付4404.78亿元，占总支出的67%（包括一般性转移支付"
                  "3030.61亿元，占转移支付比重达82%；专项转移支付663.82亿元）。")
    assert f.severity == "error" and "68.80%" in f.message


# -- "收支相抵，年终结余…": a year-end balance said to be the income less the spending just written ----------------

def _balances(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity in ("error", "warning")]


def test_a_netted_year_end_balance_is_the_income_less_the_spending():
    [f] = _balances("2022年全区收入合计1000万元，支出合计900万元。上述收支相抵，年终结余120万元。")
    assert f.severity == "error" and "100万元" in f.message


def test_total_resources_are_the_income_of_a_netted_balance():
    [f] = _balances("2022年全区总财力为1000万元，总支出为900万元。收支相抵，年终结转结余120万元。")
    assert "总财力1000万元" in f.message


@pytest.mark.parametrize("text", [
    "2022年全区总财力为1000万元，总支出为900万元。收支相抵，年终结转结余100万元。",
    # not said to be netted: a year-end balance holds the years before, unwritten here
    "2022年全区收入合计1000万元，支出合计900万元。年终结余120万元。",
    # a carry-over written in the block is one of the readings
    "国有资本经营收入1493万元，上级补助收入44万元，上年结余140万元，国有资本经营支出1459万元。上述收支相抵，年终结余218万元。",
])
def test_netted_balances_that_hold_or_are_not_netted_are_silent(text):
    assert _balances(text) == []


# -- a comparison naming which budget, or a year and a measure ----------------------------------------------------

def test_a_comparison_with_the_initial_budget_binds_the_figure_named_so():
    # 1781.86 − 1022.89 = 758.97 (the adjusted budget over the initial one), not 660.30
    [f] = _changes("2024年部门年初预算1022.89万元,年中调整预算为1781.86万元,比年初预算增加660.30万元。")
    assert f.severity == "error" and [s.text for s in f.narrative] == ["660.30万元", "1781.86万元", "1022.89万元"]


@pytest.mark.parametrize("text", [
    "2024年部门年初预算1022.89万元,年中调整预算为1781.86万元,比年初预算增加758.97万元。",
    # the adjusted budget and the actual both beside the initial budget: which one, it does not say
    "年初预算100.00万元，调整预算120.00万元，决算110.00万元，比年初预算增加5.00万元。",
])
def test_a_comparison_with_a_named_budget_that_holds_or_is_ambiguous_is_silent(text):
    assert _changes(text) == []


def test_a_comparison_naming_a_year_and_a_measure_binds_that_years_figure():
    # 2371.01 − 2155.42 = 215.59 (the 2011 budget against the 2010 spending)
    [f] = _changes("公安部2010年公务接待费支出2371.01万元,2011年预算2155.42万元,与2010年支出相比,压减187.56万元。")
    assert f.severity == "error" and "215.59万元" in f.message


def test_a_named_measure_is_not_taken_for_another_figure_of_that_year():
    # "与2022年支出相比": 125 − 100 = 25 holds; the 2022 budget (110) is not the base
    assert _changes("2022年支出100万元，2022年预算110万元，2023年预算125万元，与2022年支出相比，增加25万元。") == []
    [f] = _changes("2022年支出100万元，2022年预算110万元，2023年预算125万元，与2022年预算相比，增加25万元。")
    assert [s.text for s in f.narrative] == ["25万元", "125万元", "110万元"]


# -- an enumeration comma joins items of one list (round 63: 5801) ------------------------------------------------

_LEAD = "现将2018年预算编制情况说明如下:\n\n"


def test_parts_joined_by_enumeration_commas_after_a_lead_line_all_belong_to_the_list():
    # 152,246 + 2,448 + 87,716 + 976 + 130 = 243,516 > 243,438: the outer list (the lines after "如下:") cannot go on
    # at an item joined to the one before by "、"
    [f] = _sums(_LEAD + "2018年各项社会保险基金预算收入为243,438万元,其中:保险费收入152,246万元、投资收益2,448万元、"
                        "财政补贴收入87,716万元、转移收入976万元、其他收入130万元;各项社会保险支出为219,491万元,其中:"
                        "各项社会保险待遇支出212,944万元、转移支出92万元。")
    assert f.severity == "error" and "243516万元" in f.message


def test_after_a_lead_line_the_outer_list_may_go_on_at_a_semicolon_item():
    # "上年结转400万元" may be the next item of the lines after "如下：", not a part of 本年收入
    assert _sums("收入情况如下：\n本年收入1180万元，其中：财政拨款收入500万元；事业收入400万元；上年结转400万元。") == []


# -- the 部门决算 template: "收支较上年决算数增加…" after the two equal totals --------------------------------------

_TOTALS = "本部门2018年度收入总计1,244.19万元,支出总计1,244.19万元。"


@pytest.mark.parametrize("change", ["收支较上年决算数增加146.99万元、增长15.0%",
                                    "收、支与2017年度相比,增加146.99万元,增长15.0%",
                                    "收、支总计较上年增加146.99万元,增长15.0%"])
def test_a_change_of_both_totals_named_before_its_comparison_is_checked(change):
    # 146.99 ÷ (1244.19 − 146.99) = 13.40 %, not 15.0 %
    [f] = _changes(_TOTALS + change + "。")
    assert f.severity == "error" and "13.40%" in f.message


def test_a_change_of_both_totals_that_holds_is_silent():
    assert _changes(_TOTALS + "收支较上年决算数增加146.99万元、增长13.4%。") == []


def test_a_change_of_both_totals_when_they_differ_is_not_bound():
    assert _changes("本部门2018年度收入总计1,244.19万元,支出总计1,144.19万元。收支较上年决算数增加146.99万元、增长15.0%。") == []


# -- "收入合计X,较上年决算减少Y,下降Z%…。其中:A,占p%": the total's own change between it and its list -------------

@pytest.mark.parametrize("change", ["较上年决算减少310.02万元,下降7.31%,主要原因是县财政拨款数大幅减少",
                                    "较上年决算数减少310.02万元、下降7.31%"])
def test_a_list_after_its_totals_own_change_is_bound_to_the_total(change):
    [f] = _shares(f"2018年度本单位收入合计3,930.20万元,{change}。其中:财政拨款收入3,911.98万元,占86.60%;"
                  "其他收入18.22万元,占0.46%。")
    assert f.severity == "error" and "99.54%" in f.message


def test_shares_of_a_list_after_its_totals_own_change_that_hold_are_silent():
    assert _shares("2018年度本单位收入合计3,930.20万元,较上年决算数减少310.02万元、下降7.31%。其中:财政拨款收入"
                   "3,911.98万元,占99.54%;其他收入18.22万元,占0.46%。") == []


# -- a sentence opening with 加上 adds to the figure of the total's name in the sentences before -----------------

_SPENT = "2021年全区一般公共预算支出完成132.9亿元,完成年度预算的99.9%,同比增长2.5%。"


@pytest.mark.parametrize("gap", ["", "\n\n"])
def test_an_addition_opening_its_sentence_adds_to_the_sentence_before(gap):
    [f] = _sums(_SPENT + gap + "加上转移性支出63.4亿元,支出合计186.3亿元。")
    assert f.severity == "error" and "196.3亿元" in f.message and f.narrative[1].text == "132.9亿元"


def test_an_addition_opening_its_sentence_that_holds_is_silent():
    assert _sums(_SPENT + "加上转移性支出63.4亿元,支出合计196.3亿元。") == []


def test_an_addition_holding_with_any_figure_of_that_name_before_is_silent():
    # 税收收入 is the nearest 收入, the 一般公共预算收入 one sentence up makes the sum
    assert _sums("全区一般公共预算收入完成147.1亿元。其中税收收入完成100.0亿元。加上转移性收入49.2亿元,收入合计196.3亿元。") == []


# -- a change naming only a measure ("支出决算总额较2019年减少") binds the figure whose name ends so --------------

def test_a_change_naming_only_a_measure_binds_the_figure_named_with_it():
    # 91.9 ÷ (2061.61 + 91.9) = 4.27 %, not 3.71 %
    [f] = _changes("2020年法院支出决算总额为2061.61万元,支出决算总额较2019年减少91.9万元,减少3.71%。")
    assert f.severity == "error" and "4.27%" in f.message


def test_a_change_naming_only_a_measure_that_holds_is_silent():
    assert _changes("2020年法院支出决算总额为2061.61万元,支出决算总额较2019年减少91.9万元,减少4.27%。") == []


# -- "占…决算总数的p%": the 总数 names the 数 written before ----------------------------------------------------

_SANGONG = "2013年“三公”经费财政拨款决算数为399.48万元。\n(一)因公出国(境)费2013年度财政拨款决算数为93.87万元,占“三公”经费财政拨款决算总数的{}。"


def test_a_share_of_the_total_number_binds_the_number_written_before():
    [f] = _shares(_SANGONG.format("20.4%"))
    assert f.severity == "error" and "23.50%" in f.message


def test_a_share_of_the_total_number_that_holds_is_silent():
    assert _shares(_SANGONG.format("23.5%")) == []


# -- a unit's income sources, the budget template's whole list ("收入预算：年初预算数X万元，其中：…") ----------------

_SOURCES = ("(一)收入预算:2025年年初预算数677.48万元,其中:一般公共预算拨款{}万元,政府性基金预算拨款0.00万元,国有资本经营预算收入"
            "0.00万元,事业收入{}万元,事业单位经营收入0.00万元,其他收入0.00万元,财政专户管理资金  0.00万元。")


def test_income_sources_after_a_first_one_equal_to_the_whole_still_add_up():
    # 677.48 + 3.00 = 680.48 > 677.48: the sources listed after the first are no new statement, nor does the list end at
    # the zero after it
    [f] = _sums(_SOURCES.format("677.48", "3.00"))
    assert f.severity == "error" and "680.48万元" in f.message


def test_income_sources_that_add_up_are_silent():
    assert _sums(_SOURCES.format("674.48", "3.00")) == []


def test_a_first_part_equal_to_the_whole_then_an_amount_named_apart_is_still_a_new_statement():
    # "政府采购支出总额20万元，其中政府采购货物支出20万元，授予中小企业合同金额20万元": not income sources
    assert _sums("政府采购支出总额20万元，其中政府采购货物支出20万元，授予中小企业合同金额20万元。") == []


# -- a part's own share is not its whole's share of a larger whole --------------------------------------------------

def test_the_share_of_the_one_part_equal_to_its_whole_is_checked():
    # 1205.11 of 1205.11 is 100 %: the 87 % after the part is its own share, not the whole's share of a larger one
    [f] = _shares("本部门2019年度本年收入合计1205.11万元,其中:财政拨款收入1205.11万元,占87%。")
    assert f.severity == "error" and "100.00%" in f.message


def test_a_whole_stating_its_own_share_before_its_parts_still_reads_them_of_the_larger_whole():
    assert _shares("本年收入合计521.49万元，占总收入99.90%，包括财政拨款收入494.34万元，占94.70%。") == []


# -- "年末滚存结余": a year-end balance, read with the carry-over written before it --------------------------------

def test_a_rolled_over_year_end_balance_is_the_carry_over_plus_income_less_spending():
    [f] = _balances("全区社会保险基金预算收入0.28亿元,上年结余0.28亿元,支出0.28亿元,年末滚存结余0.24亿元。")
    assert f.severity == "error" and "0.28亿元" in f.message


def test_a_rolled_over_year_end_balance_that_holds_or_has_no_carry_over_is_silent():
    assert _balances("全区社会保险基金预算收入0.28亿元,上年结余0.28亿元,支出0.28亿元,年末滚存结余0.28亿元。") == []
    assert _balances("全区社会保险基金预算收入0.28亿元,支出0.28亿元,年末滚存结余0.24亿元。") == []
