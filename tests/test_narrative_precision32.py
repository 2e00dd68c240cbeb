"""Precision: the templates of the four kinds of report written the ways writers vary them — last year's or the
budget's amount in brackets beside this year's, before a list of its sources; a space and a PDF line break between
a number and its unit."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


@pytest.mark.parametrize("beside", ["上年1962.69万元", "预算数1962.69万元", "2022年：1962.69万元"])
@pytest.mark.parametrize("qizhong", ["其中", "其中\n", "其中："])
def test_an_amount_in_brackets_beside_the_total_is_no_whole_of_the_sources(beside, qizhong):
    # 1962.69 is last year's (or the budget's) income, a remark of 3171.06: the sources are this year's
    text = (f"2020年度本年收入合计3171.06万元（{beside}），{qizhong}财政拨款收入2917.38万元、事业收入172.94万元、"
            "其他收入80.74万元。")
    assert _rule(text, "N-SUM") == []


def test_a_source_over_the_total_is_still_an_error_past_a_bracketed_amount():
    # the bracketed last year's amount is passed over: the source is over the total before it
    text = "实际利用共计27652.4万元（上年25000万元），政府拨款支出1953.2万元，自筹资金支出29605.6万元。"
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and [s.text for s in f.narrative] == ["27652.4万元", "29605.6万元"]


_BROKEN_UNIT = ("本年支出488.80万元。教育支出374.89万元,占本年支出的77 %;社会保障和就业支出60.44 万元,占本年支出的12 %;"
                "医疗卫生与计划生育支出18.51{}万元,占本年支出的 {} %;住房保障支出 34.96万元,占本年支出的 7%。")


@pytest.mark.parametrize("gap", [" \n", "\n", " "])
def test_a_number_parted_from_its_unit_by_a_space_and_a_line_break_is_read(gap):
    # "18.51 ⏎万元" (a PDF line): the 4 % is 18.51's share, not 60.44's
    assert _rule(_BROKEN_UNIT.format(gap, 4), "N-SHARE") == []


def test_the_share_of_a_number_parted_from_its_unit_is_still_checked():
    [f] = _rule(_BROKEN_UNIT.format(" \n", 9), "N-SHARE")
    assert f.severity == "error" and [s.text for s in f.narrative][:2] == ["9 %", "18.51 \n万元"]


@pytest.mark.parametrize("bracket", ["上年110.03万元，预算92.69万元", "上年：110.03万元；预算数为92.69万元",
                                     "年初预算92.69万元，上年同期110.03万元"])
def test_last_years_and_the_budgets_amounts_in_brackets_are_no_parts(bracket):
    text = f"“三公”经费支出85.65万元（{bracket}），主要是因公出国（境）费18.49万元；公务接待费27.04万元；公务用车购置及运行费40.12万元。"
    assert _rule(text, "N-SUM") == []


def test_parts_in_brackets_beside_last_years_amount_are_still_checked():
    text = "“三公”经费支出85.65万元（上年80.00万元，公务接待费50.03万元，公务用车购置及运行费40.69万元）。"
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and [s.text for s in f.narrative] == ["85.65万元", "50.03万元", "40.69万元"]


def test_a_budgets_own_bracket_of_its_first_budget_and_addition_is_still_its_breakdown():
    # the whole is a budget: its 年初预算 and 追加 are its parts
    [f] = _rule("预算数为9,564.38万元(年初预算数1,984.38万元,追加8,580万元)。", "N-SUM")
    assert f.severity == "error" and "10564.38万元" in f.message


_STOP_IN_BRACKET = ("“三公”经费502.4万元,具体为：因公出国(境)费0万元;公务用车购置及运行费{}万元(公务用车购置费100.00万元;"
                    "公务用车运行维护费{}万元{})比上年增加0万元;公务接待费2.4万元。")


def test_a_full_stop_inside_a_bracket_ends_no_complete_list():
    # the list goes on after the bracket: 0 + 500 + 2.4 = 502.4
    assert _rule(_STOP_IN_BRACKET.format("500.00", "400.00", "。"), "N-SUM") == []


def test_a_complete_list_is_still_checked_where_no_stop_is_in_a_bracket():
    text = "“三公”经费502.4万元,具体为：因公出国(境)费0万元;公务用车购置及运行费400.00万元;公务接待费2.4万元。"
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and "402.4万元" in f.message
    [f] = _rule(_STOP_IN_BRACKET.format("600.00", "500.00", "。"), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "502.4万元"


_FUND = ("一般公共预算收入总量572,196万元(其中一般公共预算本级收入142,849万元、上级补助收入342,440万元、上年结余13,857万元、"
         "债务转贷收入73,050万元),完成调整后预算的93.91%,一般公共预算支出474,555万元、上解上级支出8918万元、债务还本支出53129万元,"
         "年终结转结余22,389万元;政府性基金预算收入总量213,167万元({}政府性基金预算收入49,055万元、上级补助收入28,171万元、"
         "上年结余7136万元、债务转贷收入115,600万元)、政府性基金预算支出145,436万元、上解上级支出223万元、债务还本支出44,300万元,"
         "年终结余23,208万元;")


@pytest.mark.parametrize("word", ["其中:", "包括：", "包含"])
def test_an_income_after_a_list_word_in_brackets_is_a_part_not_the_balances_income(word):
    # 213167 − 145436 − 223 − 44300 = 23208: the bracket's 49,055 is a part of the income, no income of its own
    assert _rule(_FUND.format(word), "N-SUM") == []


def test_a_balance_is_still_checked_against_the_whole_before_a_bracket_of_its_parts():
    text = ("政府性基金预算收入213,167万元（包括：上级补助收入28,171万元、上年结余7136万元），政府性基金预算支出145,436万元，"
            "当年收支结余77,731万元。")
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and "67731万元" in f.message


@pytest.mark.parametrize("car", ["公务用车购置费", "公务用车购置费支出"])
def test_the_car_purchase_alone_does_not_make_the_sangong_list_complete(car):
    # the car's purchase alone leaves its running out: the list may be short of its whole
    text = f"“三公”经费30万元，其中：因公出国（境）费5万元，公务接待费10万元，{car}10万元。"
    assert [f.severity for f in _rule(text, "N-SUM")] == ["warning"]
    change = ("“三公”经费同口径比2018年减少830万元，下降20%。其中因公出国（境）费同口径比2018年减少9万元，下降15.3%。"
              f"公务接待费同口径比2018年减少38万元；{car}同口径比2018年减少334万元，下降90%。\n另一项同口径比2018年减少449万元。")
    assert [f for f in _rule(change, "N-SUM") if f.severity == "error"] == []


def test_the_whole_car_item_still_makes_the_sangong_list_complete():
    text = "“三公”经费30万元，其中：因公出国（境）费5万元，公务接待费10万元，公务用车购置及运行维护费10万元。"
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and "25万元" in f.message
    change = ("“三公”经费同口径比2018年减少830万元，下降20%。其中因公出国（境）费同口径比2018年减少9万元，"
              "公务接待费同口径比2018年减少38万元，公务用车购置及运行费同口径比2018年减少334万元。")
    [f] = _rule(change, "N-SUM")
    assert f.severity == "error" and "381万元" in f.message


_TWO_LEVELS = ("专项资金总计{}万元,具体为：九山河一期治理工程监理费22万元,建设用地测绘费4.98万元,青苗补偿费16.11万元;"
               "耒水河治理工程监理费12.66万元,建设用地测绘费2.68万元,青苗补偿费27.55万元。")


def test_a_complete_list_goes_on_past_a_semicolon_with_several_amounts_an_item():
    # two projects, three costs each: 22 + 4.98 + 16.11 + 12.66 + 2.68 + 27.55 = 85.98
    assert _rule(_TWO_LEVELS.format("85.98"), "N-SUM") == []


def test_a_complete_list_short_of_its_whole_however_read_is_still_an_error():
    [f] = _rule(_TWO_LEVELS.format("95.98"), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "95.98万元"


_ARRIVED = ("2023年度项目全年预算数602.27万元，全年执行数508.61万元，执行率84.45%，得分8.44分。{}资金到位577.97万元，其中，"
            "中央资金0.00万元，省级资金0.00万元，市级资金459.88万元，县级资金118.09万元，资金到位率{}%。")


@pytest.mark.parametrize("heading", ["", "\n1、"])
def test_a_rate_after_a_list_may_be_of_its_whole_and_an_amount_of_the_sentence_before(heading):
    # 577.97 ÷ 602.27 = 95.97 %: not a rate of the last two parts
    assert _rule(_ARRIVED.format(heading, "95.97"), "N-RATE") == []


def test_a_rate_after_a_list_that_no_pair_makes_is_still_reported():
    [f] = _rule(_ARRIVED.format("", "90.97"), "N-RATE")
    assert f.narrative[0].text == "90.97%"


@pytest.mark.parametrize("text", ["截至年底，全市政府债务余额315.96亿元，其中一般债务250.38亿元、专项债务65.58亿元，债务率121%，风险总体可控。",
                                  "截至年底，全市政府債務餘額315.96億元，其中一般債務250.38億元、專項債務65.58億元，債務率121%。"])
def test_a_debt_ratio_after_the_kinds_of_debt_is_of_the_whole_debt(text):
    assert _rule(text, "N-RATE") == []


def test_a_rate_of_two_parts_not_named_for_it_is_still_read():
    [f] = _rule("项目资金100万元，其中预算资金80万元，执行资金60万元，执行率70%。", "N-RATE")
    assert f.narrative[0].text == "70%"
