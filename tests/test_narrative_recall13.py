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


# -- a page's pinyin after each character: the word closes up, the blanks go after it -----------------------------------

def test_words_with_pinyin_after_their_characters_are_read_whole():
    text = "公務(wù)接待費(fèi)支出決算為1.76萬元,完成預(yù)算5萬元的{}。"
    [f] = _errors(text.format("30.6%"), "N-RATE")
    assert "35.20%" in f.message
    assert _errors(text.format("35.2%"), "N-RATE") == []


def test_the_view_keeps_every_figure_where_it_is():
    from perfxl.narrative.structure import view_of

    text = "完成預(yù)算5萬元的35.2%，事業(yè)收入12萬元"
    view = view_of(text)
    assert len(view) == len(text) and view.index("5万元") == text.index("5萬元") and "完成预算" in view
    assert view.index("12万元") == text.index("12萬元") and "事业收入" in view


# -- a year-end balance of a unit with an income of its own -------------------------------------------------------------

_HOSPITAL = "2021年收入合计218.78亿元,合计支出为208.34亿元;年初结转和结余为9.27亿元,年末结转和结余10.56亿元。{}"


def test_a_year_end_balance_of_a_unit_with_its_own_income_may_have_shared_its_surplus():
    # 9.27 + 218.78 − 208.34 = 19.71: a hospital's 结余分配 (funds, tax) is taken out before its year-end balance
    assert [f for f in found(_HOSPITAL.format("其中事业收入186.06亿元。")) if f.rule == "N-SUM"] == []


def test_the_same_balance_without_an_income_of_its_own_is_checked():
    [f] = [f for f in found(_HOSPITAL.format("")) if f.rule == "N-SUM"]
    assert f.severity == "error" and "19.71" in f.message


def test_a_balance_that_writes_its_shares_is_checked_whatever_the_income():
    text = ("上年结转和结余资金为98.45万元,本年收入1095.76万元,支出1193.35万元,用事业基金弥补收支差额0万元,"
            "结余分配0万元,年末结转和结余资金为5862.89万元。本年收入中事业收入10.00万元。")
    [f] = [f for f in found(text) if f.rule == "N-SUM"]
    assert f.severity == "error"


# -- a sentence opening with "较2020年度决算数减少…": of the one amount of the sentence before -----------------------------

_NEXT = "1.一般公共预算财政拨款收入382.17万元,为市本级财政当年拨付的资金。较2020年度决算数减少157.86万元,下降{}。"


def test_a_sentence_opening_with_a_comparison_on_the_years_juesuan_is_of_the_amount_before():
    [f] = _errors(_NEXT.format("25.4%"), "N-CHANGE")
    assert "29.23%" in f.message


def test_that_change_holding_is_silent():
    assert [f for f in found(_NEXT.format("29.2%")) if f.rule == "N-CHANGE"] == []


# -- the 部门决算 template's "X中，…占p%" whose X is written before with the unit's name in front --------------------------

_UNIT_NAMED = ("深圳市罗湖区审计局2024年度“三公”经费财政拨款支出决算为2.02万元,完成全年预算5.3万元的38.1%。\n"
               "2024年度“三公”经费财政拨款支出决算中,因公出国(境)费0万元,占0%;公务用车购置及运行维护费支出2.02万元,占{};"
               "公务接待费支出0万元,占0%。")


def test_a_share_in_the_template_is_of_the_whole_named_with_the_units_name():
    [f] = _errors(_UNIT_NAMED.format("87%"), "N-SHARE")
    assert "100.00%" in f.message


def test_that_share_holding_is_silent():
    assert _errors(_UNIT_NAMED.format("100%"), "N-SHARE") == []


def test_a_whole_named_with_a_qualifier_in_front_is_no_such_whole():
    # "一般公共预算" is no unit: the 3.00 of that narrower name is not the template's whole (the three items make 2.32)
    text = ("一般公共预算“三公”经费财政拨款支出决算为3.00万元。\n2024年度“三公”经费财政拨款支出决算中,因公出国(境)费0.30万元,占13%;"
            "公务用车购置及运行维护费支出2.02万元,占87%;公务接待费支出0万元,占0%。")
    assert _errors(text, "N-SHARE") == []


# -- a ratio of the budget's own between the budget and the actual -------------------------------------------------------

_ADJUSTED = "2023年度项目支出年初预算安排37070.2万元,全年预算数49724.97万元,预算调剂比例34.14%,决算数47881.27万元,项目预算执行率{}。"


def test_a_ratio_of_the_budget_between_it_and_the_actual_leaves_the_rate_bound():
    [f] = _errors(_ADJUSTED.format("83.77%"), "N-RATE")
    assert "96.29%" in f.message


def test_that_rate_of_the_adjusted_budget_holding_is_silent():
    assert [f for f in found(_ADJUSTED.format("96.29%")) if f.rule == "N-RATE"] == []


# -- a revenue's budget named 预期 ------------------------------------------------------------------------------------

_EXPECTED = ("2020年全区一般公共预算收入预期为2013900万元，经人大常委会通过，调整一般公共预算收入预期为1933200万元，"
             "全区一般公共预算收入决算为1871215万元，完成调整预期的{}，下降0.9%。")


def test_a_revenue_against_its_adjusted_expectation_is_a_rate():
    [f] = _errors(_EXPECTED.format("84.2%"), "N-RATE")
    assert "96.79%" in f.message


def test_that_rate_of_the_expectation_holding_is_silent():
    assert [f for f in found(_EXPECTED.format("96.8%")) if f.rule == "N-RATE"] == []
