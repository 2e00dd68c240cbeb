"""Recall: a long marked heading is no wrapped line; execution rates whose budget or actual is named in more ways."""

from __future__ import annotations

from perfxl.narrative.structure import unwrap
from tests.narrative_helpers import found

_HEAD = "(一)一般公共预算及政府性基金财政拨款“三公”经费支出决算总体情况"


def _errors(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "error"]


# -- a marked heading longer than a short line, ending with 情况/说明 --------------------------------------------------

def test_a_long_marked_heading_ending_with_qingkuang_keeps_its_break():
    assert unwrap(_HEAD + "\n2020年度支出决算4.5万元。") == _HEAD + "\n2020年度支出决算4.5万元。"


def test_a_long_marked_line_ending_inside_a_word_is_still_joined():
    assert "\n" not in unwrap("(一)本单位2020年度一般公共预算及政府性基金财政拨款“三公”经费支出年初预\n算8.5万元，支出决算4.5万元。")


def test_the_rate_under_a_long_heading_is_checked():
    # 4.5 ÷ 8.5 = 52.94 %; the heading's 决算 made the budget's name a 决算 while the two lines were joined
    [f] = _errors(_HEAD + "\n2020年度一般公共预算及政府性基金财政拨款“三公”经费支出年初预算8.5万元,支出决算4.5万元,"
                  "完成年初预算的46.0%。", "N-RATE")
    assert "52.94%" in f.message


def test_the_rate_under_a_long_heading_that_holds_is_silent():
    assert _errors(_HEAD + "\n2020年度一般公共预算及政府性基金财政拨款“三公”经费支出年初预算8.5万元,支出决算4.5万元,"
                   "完成年初预算的52.9%。", "N-RATE") == []


def _warnings(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "warning"]


# -- the actual named 决算支出数, 实际支出; an item's own name with its shortfall from the budget -------------------------

def test_an_actual_named_juesuan_zhichu_shu_is_read():
    text = "云县2023“三公”经费预算数为832.05万元,决算支出数为820.33万元,完成年初预算数的{}。"
    [f] = _errors(text.format("85.77%"), "N-RATE")
    assert "98.59%" in f.message
    assert _errors(text.format("98.59%"), "N-RATE") == []


def test_an_items_rate_with_its_shortfall_from_the_budget_is_read():
    # 1.33 ÷ (1.33 + 2.17) = 38 %: the item named as a 费, not as 支出 or 决算
    text = "(2)公务用车运行维护费1.33万元,完成预算的{},比预算减少2.17万元,主要原因是减少车辆使用和维修费用。"
    [f] = _errors(text.format("33%"), "N-RATE")
    assert "38.00%" in f.message
    assert _errors(text.format("38%"), "N-RATE") == []


def test_a_share_of_the_budget_named_by_the_measure_alone_is_a_rate():
    text = "2021年县本级“三公”经费预算数为1,684万元,实际支出为1115.07万元,占总预算比为{}。"
    [f] = _errors(text.format("57.61%"), "N-RATE")
    assert "66.22%" in f.message
    assert [x for x in found(text.format("66.22%")) if x.rule in ("N-RATE", "N-SHARE")] == []


# -- the item's one budget written in another sentence: a warning naming it --------------------------------------------

_AFTER = ("2014年“三公”经费支出10044.01万元,预算执行比例为{}。\n其中:因公出国(境)费8657.78万元,预算执行比例为{}。\n"
          "2014年“三公”经费预算11324.44万元,其中:因公出国(境)费9605.80万元,公务用车购置及运行费1410.94万元,公务接待费307.70万元。")


def test_a_rate_against_the_items_budget_written_after_it_is_a_warning():
    [whole, part] = _warnings(_AFTER.format("77.16%", "78.41%"), "N-RATE")
    assert "后文所写的" in whole.message and "88.69%" in whole.message
    assert "因公出国(境)费预算9605.80万元" in part.message and "90.13%" in part.message
    assert [f for f in found(_AFTER.format("88.69%", "90.13%")) if f.rule == "N-RATE"] == []


def test_a_rate_against_the_items_budget_in_the_list_before_it():
    text = ("2016年,市人大“三公”经费预算为168.53万元,其中:因公出国(境)费39万元、公务用车运行维护费119.5万元、国内公务接待费10万元。"
            "“三公”经费支出为163.58万元,完成预算的97.06%,其中:因公出国(境)费支出52.15万元,完成预算的133.72%,因公出国(境)费"
            "支出较2015年减少30.31万元;公务用车运行维护费支出104.46万元,完成预算的{}。")
    [f] = _warnings(text.format("76.03%"), "N-RATE")
    assert "前文所写的公务用车运行维护费预算119.5万元" in f.message and "87.41%" in f.message
    assert [x for x in found(text.format("87.39%")) if x.rule == "N-RATE"] == []


def test_an_accounts_other_flow_is_no_budget_of_it():
    # 一般预算支出 / 一般公共预算收入 name accounts, not budgets: no rate is read against them
    text = ("一般预算收入367,986万元,其中:一般公共预算收入150,123万元。一般预算支出367,986万元,其中:一般公共预算支出351,134万元。\n"
            "一般公共预算实际支出为360,178万元,完成预算的102.58%。")
    assert [f for f in found(text) if f.rule == "N-RATE"] == []


# -- a base written to the unit, pinned by the change's rate -------------------------------------------------------------

_PINNED = "2021年一般公共预算财政拨款“三公”经费预算合计5.55万元,较上年8万元减少{},下降{}。"


def test_the_rate_pins_a_base_written_to_the_unit_and_the_change_fails_there():
    # 8 stands for 7.5–8.5, so 5.55 − 8 may be 2.13; but 30.63 % of it pins it to 8.00 (5.55 ÷ 0.6937), and 2.13 is 27.73 %
    [f] = _errors(_PINNED.format("2.13万元", "30.63%"), "N-CHANGE")
    assert "8.00万元" in f.message and "2.45万元" in f.message and "27.73%" in f.message


def test_a_change_and_rate_that_hold_together_are_silent():
    assert _errors(_PINNED.format("2.45万元", "30.63%"), "N-CHANGE") == []


def test_a_rate_that_is_the_change_over_the_written_base_is_no_pinned_base():
    # 2.13 ÷ 8 = 26.63 %: the rate is of the change and the base as written; the current figure's rounding does the rest
    assert _errors(_PINNED.format("2.13万元", "26.63%"), "N-CHANGE") == []


# -- a clause saying what the money was used for, between an amount and its change on a written base -------------------

_USED = "教育支出(类)普通教育(款)学期教育(项)支出247.95万元,完成预算的100%,用于附设幼儿园的教师工资,较2016年决算227.42万元,增加{},增长了9.02%。"


def test_a_change_after_a_use_clause_with_its_own_base_is_checked():
    [f] = _errors(_USED.format("17.86万元"), "N-CHANGE")
    assert "20.53万元" in f.message


def test_a_change_after_a_use_clause_that_holds_is_silent():
    assert _errors(_USED.format("20.53万元"), "N-CHANGE") == []


# -- the gap between an actual and its budget (差值), either way ----------------------------------------------------------

_GAP = "公务用车运行维护费支出0.12万元,年初预算为0.95万元,差值为{},原因为厉行节约;公务接待费支出2.15万元,年初预算为2.00万元,差值为{}。"


def test_a_gap_under_the_budget_is_checked():
    [f] = _errors(_GAP.format("0.72万元", "0.15万元"), "N-CHANGE")
    assert "0.83万元" in f.message


def test_a_gap_over_the_budget_is_checked():
    [f] = _errors(_GAP.format("0.83万元", "0.25万元"), "N-CHANGE")
    assert "0.15万元" in f.message


def test_gaps_that_hold_either_way_are_silent():
    assert _errors(_GAP.format("0.83万元", "0.15万元"), "N-CHANGE") == []
