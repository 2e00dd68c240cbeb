"""Recall: rates of change of two written figures said "on the same caliber" (同口径), items of a numbered
list named by the sentence that introduces it, and rates written with their sign after the verb."""

from __future__ import annotations

import pytest

from perfxl.narrative.figures import extract_figures
from tests.narrative_helpers import found


def _change(text):
    return [f for f in found(text) if f.rule == "N-CHANGE" and f.severity in ("error", "warning")]


_BASE_ON_THE_CALIBER = "2021年全县一般公共预算教育经费为64469万元,与上年的{}万元同口径相比增{}%。"


def test_a_base_said_to_be_on_the_same_caliber_is_the_one_compared():
    [f] = _change(_BASE_ON_THE_CALIBER.format("73991", "12.05"))   # 64469 / 73991 − 1 = −12.87 %
    assert f.severity == "error"
    assert [s.text for s in f.narrative] == ["12.05%", "64469万元", "73991万元"]
    assert "下降12.87%" in f.message


@pytest.mark.parametrize("base, pct", [("57535", "12.05"), ("73991", "-12.87")])
def test_a_base_on_the_same_caliber_that_holds_is_silent(base, pct):
    assert _change(_BASE_ON_THE_CALIBER.format(base, pct)) == []


def test_a_caliber_named_without_its_base_is_still_not_of_the_written_figures():
    # the 同口径 base is not written: the rate may be of a restated one
    assert _change("2021年全县一般公共预算教育经费为64469万元,上年为73991万元,剔除划转因素后同口径增长12.05%。") == []


_LIST = ("2021年,全县普通小学、普通初中学生均一般公共预算教育经费增长情况是:\n\n"
         "(1) 普通小学上年10321.31元,本年{}元,{}比上年增长{}%。\n\n"
         "(2) 普通初中上年14383.56元,本年14900.00元,{}比上年增长3.59%。\n")


def test_list_items_take_their_measure_from_the_sentence_that_opens_the_list():
    [f] = _change(_LIST.format("10359.52", "", "20.97", ""))   # 10359.52 / 10321.31 − 1 = 0.37 %
    assert f.severity == "error"
    assert f.message.startswith("报告称普通小学10359.52元")


def test_same_caliber_of_two_labelled_figures_is_a_warning_naming_that_reading():
    [f] = _change(_LIST.format("10359.52", "同口径", "20.97", "同口径"))
    assert f.severity == "warning"
    assert "同口径" in f.cause and "10321.31元" in f.cause


@pytest.mark.parametrize("caliber", ["", "同口径"])
def test_list_items_that_hold_are_silent(caliber):
    assert _change(_LIST.format("12485.80", caliber, "20.97", caliber)) == []


def test_items_of_a_list_opened_by_no_measure_of_money_are_not_read():
    text = _LIST.format("10359.52", "", "20.97", "").replace("学生均一般公共预算教育经费增长情况是", "在校生人数情况是")
    assert _change(text) == []


def test_a_rate_written_with_its_sign_after_the_verb_is_a_change():
    [f] = extract_figures("收入64469万元,增长-12.9%。")[1:]
    assert f.relation == "增加" and f.value == -12.9
    [g] = _change("一般公共预算收入上年120万元,本年100万元,增长-10%。")   # −16.67 %
    assert g.severity == "error"
    assert _change("一般公共预算收入上年120万元,本年100万元,增长-16.67%。") == []


def _slip(text):
    return [f for f in found(text) if f.rule == "N-UNIT-SLIP" and f.severity in ("error", "warning")]


_SHARE = "国家地震局去年“三公经费”支出{}，公车费用{}，占64.5%。其6000多万元的支出涵盖本级和30个省局。"


def test_a_share_that_holds_only_with_the_digits_shows_a_unit_slip():
    [f] = _slip(_SHARE.format("6367.25亿元", "4108.12万元"))   # 4108.12 ÷ 6367.25 = 64.52 %, as 万 over 亿 0.0065 %
    assert f.severity == "error"
    assert [s.text for s in f.narrative] == ["6367.25亿元", "4108.12万元", "64.5%"]
    assert "“6367.25亿元”的单位疑似写错" in f.message and "64.52%" in f.message


def test_when_the_paragraph_does_not_tell_which_unit_both_are_named():
    [f] = _slip("“三公经费”支出6367.25亿元，公车费用4108.12万元，占64.5%。")
    assert "“4108.12万元”或“6367.25亿元”的单位疑似写错" in f.message


@pytest.mark.parametrize("whole, part", [
    ("6367.25万元", "4108.12万元"),     # holds as written
    ("6367.25亿元", "4108.12亿元"),
    ("6367.25亿元", "4208.12万元"),     # digits do not give the share either: no unit slip shown
])
def test_shares_that_hold_or_whose_digits_do_not_give_them_are_no_slip(whole, part):
    assert _slip(_SHARE.format(whole, part)) == []


def test_units_close_together_are_no_slip_the_digits_show():
    assert _slip("支出6367.25千元，其中公车费用4108.12万元，占64.5%。") == []


def test_another_amount_giving_the_share_as_written_is_its_whole():
    text = "支出6367.25亿元，其中公用经费6367.25万元，公车费用4108.12万元，占64.5%。"
    assert _slip(text) == []


_CARS = ("2014年公务用车购置及运行维护费17.9万元，较2013年决算数下降15.6%。\n"
         "截止2014年底，本局车辆保有量为3辆，全年车均运行维护费支出{}；主要用于燃料费、维修费等支出。")


def test_an_average_in_yuan_that_is_its_total_in_wan_over_the_count_is_a_slip():
    [f] = _slip(_CARS.format("5.97元"))   # 17.9万元 ÷ 3 = 5.97万元
    assert f.severity == "error"
    assert [s.text for s in f.narrative] == ["5.97元", "17.9万元", "3辆"]
    assert "5.97万元" in f.message


@pytest.mark.parametrize("average", ["5.97万元", "59667元", "4.12元"])
def test_averages_that_hold_or_whose_digits_do_not_give_them_are_no_slip(average):
    assert _slip(_CARS.format(average)) == []


def test_a_total_of_another_measure_is_not_what_the_average_is_of():
    text = _CARS.format("5.97元").replace("公务用车购置及运行维护费", "公务接待费")
    assert _slip(text) == []


def test_a_count_in_ten_thousands_is_not_the_count_the_digits_are_over():
    # 43138万元 ÷ 35.7万户 = 1208元: right as written
    assert _slip("全省发放惠农补贴资金43138万元，惠及35.7万户，户均受益补贴资金1208元。") == []


def _sum(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity in ("error", "warning")]


_APART = ("(一)一般公共预算收入情况\n2024年5月份累计完成地方财政收入{whole}万元，较上年减收3422万元，下降33.75%。\n"
          "(二)一般公共预算支出情况\n2024年5月份，累计完成一般公共预算支出135742万元，较上年同期增长11.95%。\n"
          "二、财政收入增减变化情况\n2024年5月份，税收收入4575万元，较上年同期减收{tax}万元，下降31.6%；"
          "非税收入累计完成{other}万元，较上年同期减收1304万元，下降37.8%。")


def test_a_complete_group_written_apart_whose_changes_make_the_whole_s_must_make_its_level():
    fs = _sum(_APART.format(whole="6717", tax="2118", other="12142"))   # changes −2118 − 1304 = −3422; 4575 + 12142 ≠ 6717
    [f] = [f for f in fs if f.narrative[0].text == "6717万元"]
    assert f.severity == "error"
    assert [s.text for s in f.narrative] == ["6717万元", "4575万元", "12142万元", "3422万元"]
    assert "16717万元" in f.message


@pytest.mark.parametrize("whole, tax, other", [
    ("6717", "2118", "2142"),     # the levels add up
    ("6717", "2000", "12142"),    # the changes do not add up: nothing binds the parts to that whole
])
def test_parts_written_apart_that_hold_or_are_not_bound_are_silent(whole, tax, other):
    assert [f for f in _sum(_APART.format(whole=whole, tax=tax, other=other)) if f.narrative[0].text == whole + "万元"] == []


def test_siblings_named_with_a_qualifier_are_no_complete_group():
    text = ("沿海产业基地一般公共预算收入7.9亿元，增长3.4亿元。\n自贸区一般公共预算收入7.3亿元，增长1.2亿元。\n"
            "经济技术开发区一般公共预算收入30.6亿元，增长2.2亿元。")
    assert _sum(text) == []


def test_a_whole_below_every_part_is_none_of_theirs():
    text = ("上划中央收入完成1213万元，减收3422万元。\n税收收入完成36552万元，减收2118万元；非税收入完成31397万元，减收1304万元。")
    assert _sum(text) == []


def test_parts_that_make_up_another_whole_are_that_one_s():
    text = ("全区一般公共预算收入117.7亿元，增长8.0亿元。地市收入94.3亿元，增长8.0亿元。\n"
            "税收收入68.9亿元，增长5.0亿元；非税收入48.8亿元，增长3.0亿元。")
    assert _sum(text) == []


def test_a_share_of_a_whole_it_names_is_not_of_another_amount_before_it():
    assert _slip("全省一般公共预算支出6367.25亿元。“三公”经费公车费用4108.12万元，占“三公”经费的64.5%。") == []
    [f] = _slip("“三公”经费支出6367.25亿元，公车费用4108.12万元，占“三公”经费的64.5%。")
    assert f.severity == "error"


@pytest.mark.parametrize("word", ["生均", "户均", "人均", "车均"])
def test_an_average_per_head_keeps_its_name(word):
    [f] = extract_figures(f"在校生1000人，{word}6367.25元。")[1:]
    assert f.subject == word


def test_an_average_per_head_equal_in_digits_to_a_total_is_no_twin_of_it():
    assert _slip("全县教育支出6367.25万元，在校生1000人，生均6367.25元。") == []


@pytest.mark.parametrize("pct, errors", [("34.96", 1), ("31.44", 0)])
def test_a_fee_is_money_whose_two_labelled_figures_give_its_rate(pct, errors):
    # (1302.46 − 1899.65) ÷ 1899.65 = −31.44 %
    assert len(_change(f"公务用车购置及运行维护费1302.46万元，上年为1899.65万元，下降{pct}%。")) == errors


@pytest.mark.parametrize("change, errors", [("1.53", 1), ("20", 0)])
def test_a_base_of_a_fiscal_year_written_across_two_years_is_compared(change, errors):
    # "2014/15年度": a Hong Kong fiscal year, as "2014年度" is a calendar one
    text = f"预算案计划向医管局提供经常性拨款490亿元以提高医院服务，较2014/15年度的470亿元，增加{change}亿元。"
    assert len(_change(text)) == errors
