"""Precision: execution rates read against a budget of another year, or against a part where the rate names the total."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rates(text, severity=None):
    return [f for f in found(text) if f.rule == "N-RATE" and (severity is None or f.severity == severity)]


# -- the item's one budget written in another sentence is of the rate's year -------------------------------------------

def test_the_next_years_budget_written_after_the_rate_is_not_its_budget():
    # 90.89 ÷ 153.15 = 59.35 %: 2024's budget, not 2023's (not written)
    assert _rates("2023年公务接待费支出90.89万元，完成预算的47.58%。\n2024年公务接待费预算153.15万元，比上年预算增加。") == []


def test_last_years_budget_written_before_the_rate_is_not_its_budget():
    assert _rates("2022年公务接待费预算153.15万元。\n2023年公务接待费支出90.89万元，完成预算的47.58%。") == []
    assert _rates("上年公务接待费预算153.15万元。\n本年公务接待费支出90.89万元，完成预算的47.58%。") == []


def test_a_years_budget_after_a_rate_naming_no_year_is_not_its_budget():
    assert _rates("本年公务接待费支出190.54万元，完成预算的71.82%。\n2024年预算安排情况：公务接待费预算1453.54万元。") == []


def test_the_same_years_budget_written_before_still_warns():
    [f] = _rates("2023年公务接待费预算153.15万元。\n2023年公务接待费支出90.89万元，完成预算的47.58%。", "warning")
    assert "59.35%" in f.message


def test_the_same_years_budget_written_after_still_warns():
    [f] = _rates("2023年公务接待费支出90.89万元，完成预算的47.58%。\n2023年公务接待费预算153.15万元。", "warning")
    assert "后文所写的" in f.message and "59.35%" in f.message


# -- a share of the total budget is not of a part of it ----------------------------------------------------------------

_TOTAL = "2021年项目总预算816.55万元，其中省级资金预算371.28万元，实际支出289.28万元，占总预算的{}。"


def test_a_share_of_the_total_budget_is_not_read_against_a_part():
    # 289.28 ÷ 816.55 = 35.43 % holds; 289.28 ÷ 371.28 = 77.91 % is the part's
    assert _rates(_TOTAL.format("35.43%")) == []


def test_a_share_of_the_budget_named_alone_is_still_read():
    [f] = _rates("2021年部门预算数890.89万元，实际支出48.41万元，占年初预算的12.74%。", "error")
    assert "5.43%" in f.message


# -- a unit's whole budget is no budget of one item of its spending -----------------------------------------------------

def test_the_departments_whole_budget_is_not_a_projects_budget():
    # 72.18 ÷ 805.80 = 8.96 %: the department's whole, not the 专项资金's
    assert _rates("2023年本部门预算805.80万元。\n本部门专项资金支出72.18万元，完成预算的43.54%。") == []


def test_the_departments_whole_budget_still_binds_its_whole_spending():
    [f] = _rates("2023年本部门预算805.80万元。\n2023年本部门支出72.18万元，完成预算的43.54%。", "warning")
    assert "8.96%" in f.message


# -- an addition to a budget is not the budget a rate completes ---------------------------------------------------------

def test_an_addition_to_the_budget_is_not_the_budget():
    assert _rates("2023年公务接待费追加预算3.30万元。\n2023年公务接待费支出72.18万元，完成预算的42.52%。") == []


def test_the_items_budget_beside_no_addition_still_warns():
    [f] = _rates("2023年公务接待费预算83.30万元。\n2023年公务接待费支出72.18万元，完成预算的42.52%。", "warning")
    assert "86.65%" in f.message


# -- the years of the sections a rate and a budget are written under ----------------------------------------------------

def test_next_years_budget_under_its_sections_heading_is_not_the_rates():
    assert _rates("一、2023年“三公”经费支出情况\n“三公”经费支出12.0万元，完成预算的19.70%。\n二、2024年“三公”经费预算情况\n"
                  "“三公”经费预算463.8万元，比上年增加。") == []
    assert _rates("一、2022年“三公”经费预算情况\n“三公”经费预算463.8万元。\n二、2023年“三公”经费支出情况\n"
                  "“三公”经费支出12.0万元，完成预算的19.70%。") == []


def test_the_same_years_budget_under_its_sections_heading_still_warns():
    [f] = _rates("一、2023年“三公”经费预算情况\n“三公”经费预算60.9万元。\n二、2023年“三公”经费支出情况\n"
                 "“三公”经费支出12.0万元，完成预算的29.70%。", "warning")
    assert "19.70%" in f.message


# -- a budget of the whole item or of another level is not a part's ----------------------------------------------------

def test_the_whole_items_budget_is_not_a_parts():
    # 12.0 ÷ 463.8 = 2.59 %: 公务接待费's whole budget, not 国内公务接待费's
    assert _rates("2023年公务接待费预算463.8万元。\n2023年国内公务接待费支出12.0万元，完成预算的19.70%。") == []
    assert _rates("2023年项目预算463.8万元。\n2023年子项目支出12.0万元，完成预算的19.70%。") == []


def test_another_levels_budget_is_not_the_items():
    assert _rates("2023年市本级公务接待费预算60.9万元。\n2023年公务接待费支出112.5万元，完成预算的24.26%。") == []
    assert _rates("2023年公务接待费预算463.8万元。\n2023年本级公务接待费支出12.0万元，完成预算的19.70%。") == []


def test_a_budget_named_with_its_unit_still_warns():
    [f] = _rates("2016年,市人大“三公”经费预算为168.53万元。\n“三公”经费支出为163.58万元,完成预算的90.06%。", "warning")
    assert "97.06%" in f.message


# -- a 年初 budget said to be adjusted before the rate ------------------------------------------------------------------

def test_a_yearly_budget_adjusted_before_the_rate_is_not_its_budget():
    # 47881.27 ÷ 37070.2 = 129.16 %: the 年初 budget, adjusted by 34.14 % before the rate
    assert _rates("2023年度项目支出年初预算安排37070.2万元,预算调剂比例34.14%,决算数47881.27万元,项目预算执行率96.29%。") == []


def test_a_yearly_budget_not_said_adjusted_still_warns():
    [f] = _rates("2023年度项目支出年初预算安排37070.2万元。\n2023年度项目支出决算数47881.27万元,项目预算执行率96.29%。", "warning")
    assert "129.16%" in f.message


# -- a share of the budget is of the whole written beside it -------------------------------------------------------------

def test_a_share_of_the_budget_is_not_read_against_the_items_budget_elsewhere():
    assert _rates("2024年部门预算738.98万元。\n基本支出187.66万元，占总预算的25.39%。\n基本支出预算641.64万元。") == []
    assert _rates("2024年收入预算738.98万元。其中财政拨款收入187.66万元，占预算的25.39%。\n财政拨款收入预算641.64万元。") == []


def test_a_share_of_the_budget_beside_it_is_still_read():
    [f] = _rates("2021年县本级“三公”经费预算数为1,684万元,实际支出为1115.07万元,占总预算比为57.61%。", "error")
    assert "66.22%" in f.message


# -- a budget of two items joined is not the budget of one of them -------------------------------------------------------

def test_a_budget_of_two_items_joined_is_not_one_items():
    # 12 ÷ 30 = 40 %: the budget of 购置 and 运行维护 together
    assert _rates("2023年公务用车购置及运行维护费预算30.00万元。\n2023年运行维护费支出12.00万元，完成预算的80.00%。") == []
    assert _rates("2023年因公出国(境)费和公务接待费预算30.00万元。\n2023年公务接待费支出12.00万元，完成预算的80.00%。") == []


def test_a_budget_of_the_joined_items_still_binds_their_joined_spending():
    [f] = _rates("2023年公务用车购置及运行维护费预算30.00万元。\n2023年公务用车购置及运行维护费支出12.00万元，完成预算的80.00%。",
                 "warning")
    assert "40.00%" in f.message
