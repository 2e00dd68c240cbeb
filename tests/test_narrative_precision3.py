"""Precision of the narrative checks on consistent sentences of the kinds finance offices write:
written additions, rates of two written figures, lists and tables in the text."""

from __future__ import annotations

from .narrative_helpers import errors, found

_TWO_SUMS = ("本年收入1000万元，加上年初结转和结余200万元，收入总计1200万元；"
             "本年支出950万元，加上年末结转和结余250万元，支出总计{total}万元。")


def test_two_additions_in_one_sentence_each_start_after_the_total_before():
    assert found(_TWO_SUMS.format(total="1200"), {"N-SUM"}) == []
    text = ("全镇一般公共预算收入1520万元，加上级补助收入2300万元、上年结转结余150万元、调入资金30万元，收入总计4000万元；"
            "全镇一般公共预算支出3800万元，加上解上级支出50万元、结转下年支出150万元，支出总计4000万元。")
    assert found(text, {"N-SUM"}) == []


def test_the_second_addition_that_does_not_hold_is_still_an_error():
    got = errors(_TWO_SUMS.format(total="1300"), {"N-SUM"})
    assert [f.actual for f in got] == [1300] and "1200万元" in got[0].message


_BREAKDOWN = ("全县一般公共预算收入50000万元，加上级补助收入30000万元，其中返还性收入2000万元、一般性转移支付收入20000万元、"
              "专项转移支付收入8000万元，上年结余收入5000万元，收入合计{total}万元。")


def test_a_term_with_its_own_breakdown_adds_only_once():
    assert found(_BREAKDOWN.format(total="85000"), {"N-SUM"}) == []


def test_a_term_with_its_breakdown_that_adds_up_in_no_reading_is_an_error():
    got = errors(_BREAKDOWN.format(total="95000"), {"N-SUM"})
    assert [f.actual for f in got] == [95000]


def test_the_base_may_be_the_sum_of_the_list_before_the_addition():
    text = ("本年收入1000万元，其中：财政拨款收入800万元，事业收入150万元，其他收入50万元；"
            "加上年初结转和结余200万元，收入总计{total}万元。")
    assert found(text.format(total="1200"), {"N-SUM"}) == []
    got = errors(text.format(total="1300"), {"N-SUM"})
    assert [f.actual for f in got] == [1300] and "本年收入1000万元" in got[0].message and "1200万元" in got[0].message


def test_用事业基金弥补收支差额_is_added_too():
    text = "本年收入合计1000万元，加用事业基金弥补收支差额20万元，加上年初结转和结余200万元，收入总计{total}万元。"
    assert found(text.format(total="1220"), {"N-SUM"}) == []
    got = errors(text.format(total="1320"), {"N-SUM"})
    assert [f.actual for f in got] == [1320] and "1220万元" in got[0].message


def test_rates_of_one_figure_against_several_bases_are_not_read_against_the_last():
    text = "2023年收入1200万元，与上年的1000万元和2021年的900万元相比，分别增长20%和33.33%。"
    assert found(text, {"N-CHANGE"}) == []


def test_a_rate_against_one_written_base_is_still_checked():
    got = errors("2023年收入1200万元，与2021年的900万元相比，增长20%。", {"N-CHANGE"})
    assert [f.actual for f in got] == [20] and "33.33%" in got[0].message


def test_a_bracket_adding_to_the_figure_before_it_is_no_breakdown_of_it():
    assert errors("本年收入1000万元（加上年初结转和结余200万元，收入总计1200万元）。", {"N-SUM"}) == []


def test_a_bracket_that_breaks_the_figure_down_is_still_checked():
    got = errors("本年收入1000万元（财政拨款收入1000万元，事业收入200万元）。", {"N-SUM"})
    assert [f.actual for f in got] == [1000] and "1200万元" in got[0].message
    got = errors("三公经费支出12.36万元（加油费0.12万元，公务用车运行维护费13.24万元）。", {"N-SUM"})
    assert [f.actual for f in got] == [12.36]


_MAIN_USES = "全年项目支出{total}万元，{lead}具体是：雪城修缮工程3005万元；结构检测工程1235万元；消防提升工程1613万元。"


def test_an_itemisation_of_the_main_uses_only_is_not_every_part():
    got = found(_MAIN_USES.format(total="7466", lead="主要用于以下几个方面，"), {"N-SUM"})
    assert [f.severity for f in got] == ["warning"]


def test_an_itemisation_without_such_words_is_still_complete():
    got = errors(_MAIN_USES.format(total="7466", lead=""), {"N-SUM"})
    assert [f.actual for f in got] == [7466] and "5853万元" in got[0].message
    got = errors(_MAIN_USES.format(total="5000", lead="主要用于以下几个方面，"), {"N-SUM"})
    assert [f.actual for f in got] == [5000]


_TWO_WHOLES = "在收入总计1000万元中，本年收入900万元，年初结转100万元；在支出总计{total}万元中，本年支出950万元，年末结转50万元。"


def test_a_list_of_在x中_ends_where_another_在y中_opens():
    assert found(_TWO_WHOLES.format(total="1000"), {"N-SUM"}) == []


def test_the_second_在y中_list_is_still_checked():
    got = errors(_TWO_WHOLES.format(total="900"), {"N-SUM"})
    assert [f.actual for f in got] == [900] and "1000万元" in got[0].message


def test_a_whole_holding_more_than_the_complete_group_is_no_complete_list():
    # 支出总计 = 本年支出 (基本支出 + 项目支出) + 结余分配 + 年末结转和结余
    assert errors("2023年度支出总计1200万元，其中基本支出600万元，项目支出350万元。", {"N-SUM"}) == []
    # 转移性收入 = the transfers + 上年结余 + 调入资金 + 债务转贷 …
    text = "转移性收入5000万元，其中返还性收入52万元，一般性转移支付收入1937万元，专项转移支付收入110万元。"
    assert errors(text, {"N-SUM"}) == []
    # another item joined to the whole's name
    text = "“三公”经费及会议费合计30万元，其中因公出国（境）费0万元，公务接待费5万元，公务用车运行维护费20万元。"
    assert errors(text, {"N-SUM"}) == []


def test_the_complete_group_of_its_own_whole_is_still_an_error():
    got = errors("2023年度财政拨款支出合计1200万元，其中基本支出600万元，项目支出350万元。", {"N-SUM"})
    assert [f.actual for f in got] == [1200] and "950万元" in got[0].message
    # a unit's whole spending may also hold 上缴上级、经营、对附属单位补助支出 (not written): a reading, no error; the two
    # shares written and making 100 % say the two are all (tests/test_narrative_unit_spending.py)
    assert errors("2023年度支出合计1200万元，其中基本支出600万元，项目支出350万元。", {"N-SUM"}) == []
    got = errors("上级补助收入5000万元，其中返还性收入52万元，一般性转移支付收入1937万元，专项转移支付收入110万元。", {"N-SUM"})
    assert [f.actual for f in got] == [5000] and "2099万元" in got[0].message
    text = "“三公”经费支出总计30万元，其中因公出国（境）费0万元，公务接待费5万元，公务用车运行维护费20万元。"
    assert [f.actual for f in errors(text, {"N-SUM"})] == [30]
    text = "人员经费和公用经费合计600万元，其中人员经费500万元，公用经费90万元。"
    assert [f.actual for f in errors(text, {"N-SUM"})] == [600]


_PAST = "本年支出合计{total}万元，其中基本支出600万元，项目支出300万元；上缴上级支出100万元。"


def test_a_comma_list_may_go_on_past_its_first_semicolon():
    assert errors(_PAST.format(total="1000"), {"N-SUM"}) == []
    text = ("全年上级补助收入2599万元，其中返还性收入52万元，一般性转移支付收入1937万元，专项转移支付收入110万元；"
            "另外上级下达政府性基金补助500万元。")
    assert errors(text, {"N-SUM"}) == []


def test_a_list_that_holds_in_no_such_reading_is_still_an_error():
    # (of a fund's spending, whose 基本支出 and 项目支出 are all of it by definition; a unit's 本年支出合计 falling short
    # may be its other kinds, 经营支出 or 对附属单位补助支出, not written: no error, tests/test_narrative_unit_spending.py)
    got = errors(_PAST.replace("本年支出合计", "财政拨款支出合计").format(total="1100"), {"N-SUM"})
    assert [f.actual for f in got] == [1100] and "900万元" in got[0].message
    assert errors(_PAST.format(total="1100"), {"N-SUM"}) == []


_PRICE = ("“三公”经费合计31.23万元，其中：公务接待费1.58万元，公务用车运行维护费28.91万元，因公出国(境)费0.74万元。\n"
          "{tail}")


def test_a_price_per_unit_with_the_same_digits_is_no_unit_slip():
    assert errors(_PRICE.format(tail="公务接待费1.58元/人次为全年人均标准。"), {"N-UNIT-SLIP"}) == []
    assert found(_PRICE.format(tail="会议费1.2万元，会议费中会议室租金1.2元每平方米。"), {"N-UNIT-SLIP"}) == []
    text = "因公出国（境）费预算0.5万元，实际支出0万元。因公出国（境）费0.5元的预算系录入错误，已改为0.5万元。"
    assert found(text, {"N-UNIT-SLIP"}) == []


def test_the_same_item_in_yuan_without_a_unit_after_it_is_still_a_slip():
    got = errors(_PRICE.format(tail="全年公务接待费1.58元，接待20批次。"), {"N-UNIT-SLIP"})
    assert [f.actual for f in got] == ["1.58元"]


_SHARE_FIRST = "在1000万元的收入中，财政拨款占{a}%，为800万元；其他收入占{b}%，为200万元。"


def test_a_share_written_before_its_own_amount_is_of_that_amount():
    assert errors(_SHARE_FIRST.format(a=80, b=20), {"N-SHARE"}) == []


def test_a_share_written_before_its_amount_that_does_not_hold_is_still_an_error():
    got = errors(_SHARE_FIRST.format(a=70, b=30), {"N-SHARE"})
    assert sorted(f.actual for f in got) == [30, 70] and "80.00%" in " ".join(f.message for f in got)


_BUDGET_AND_SPENT = "{whole}万元，具体为：A项目预算200万元，实际支出180万元；B项目预算300万元，实际支出290万元。"


def test_an_item_stating_its_budget_and_its_actual_spending_is_one_part():
    assert errors(_BUDGET_AND_SPENT.format(whole="下达项目资金500"), {"N-SUM"}) == []
    assert errors(_BUDGET_AND_SPENT.format(whole="项目实际支出合计470"), {"N-SUM"}) == []


def test_such_items_that_add_up_in_no_reading_are_still_an_error():
    got = errors(_BUDGET_AND_SPENT.format(whole="下达项目资金600"), {"N-SUM"})
    assert [f.actual for f in got] == [600] and "500万元" in got[0].message


def test_an_addition_naming_a_term_without_its_amount_is_not_the_whole_sum():
    assert errors("争取项目资金200万元，加上自筹资金100万元及银行贷款，项目总投资合计500万元。", {"N-SUM"}) == []
    assert errors("争取项目资金200万元，加上自筹资金100万元、银行贷款等，项目总投资合计500万元。", {"N-SUM"}) == []
    text = "本年收入1000万元，加上年初结转和结余200万元以及用事业基金弥补收支差额，收入总计1250万元。"
    assert errors(text, {"N-SUM"}) == []


def test_an_addition_with_every_amount_written_is_still_checked():
    got = errors("争取项目资金200万元，加上自筹资金100万元、银行贷款150万元，项目总投资合计500万元。", {"N-SUM"})
    assert [f.actual for f in got] == [500] and "450万元" in got[0].message


def test_a_rate_on_a_comparable_basis_is_not_of_the_figures_written():
    for word in ("可比", "同口径", "自然", "按可比口径"):
        text = f"全县一般公共预算收入完成12.5亿元，比上年11.2亿元{word}增长8%。"
        assert errors(text, {"N-CHANGE"}) == [], word
    for word in ("可比", "自然"):
        text = f"全县一般公共预算收入完成12.5亿元，比上年增加1.3亿元，{word}增长8%。"
        assert errors(text, {"N-CHANGE"}) == [], word


def test_a_plain_rate_of_those_figures_is_still_checked():
    got = errors("全县一般公共预算收入完成12.5亿元，比上年11.2亿元增长8%。", {"N-CHANGE"})
    assert [f.actual for f in got] == [8] and "11.61%" in got[0].message
    got = errors("全县一般公共预算收入完成12.5亿元，比上年增加1.3亿元，增长8%。", {"N-CHANGE"})
    assert [f.actual for f in got] == [8]


def test_sources_of_this_years_income_are_not_all_of_a_收入总计():
    # 收入总计 = 本年收入 + 年初结转和结余: the sources listed down to zeros are the 本年收入's
    text = "2023年收入总计1200万元，其中：财政拨款收入800万元，事业收入150万元，经营收入0万元，其他收入50万元。"
    assert errors(text, {"N-SUM"}) == []
    text = ("财政拨款收入总计900万元，其中：一般公共预算财政拨款收入800万元，政府性基金预算财政拨款收入0万元，"
            "国有资本经营预算财政拨款收入0万元。")
    assert errors(text, {"N-SUM"}) == []


def test_a_收入总计_listed_down_to_its_carry_over_is_still_complete():
    text = ("2023年收入总计1300万元，其中：财政拨款收入800万元，事业收入150万元，经营收入0万元，其他收入50万元，"
            "年初结转和结余200万元。")
    got = errors(text, {"N-SUM"})
    assert [f.actual for f in got] == [1300] and "1200万元" in got[0].message


def test_a_term_taken_away_before_后_is_subtracted():
    assert errors("年初预算1000万元。年中调减预算200万元后，全年预算合计800万元。", {"N-SUM"}) == []
    assert errors("年初预算1000万元。年中追加预算300万元、调减预算100万元后，全年预算合计1200万元。", {"N-SUM"}) == []
    assert errors("本年支出1000万元。收回结余资金50万元后，支出合计950万元。", {"N-SUM"}) == []


def test_a_term_taken_away_that_does_not_hold_is_still_an_error():
    got = errors("年初预算1000万元。年中调减预算200万元后，全年预算合计900万元。", {"N-SUM"})
    assert [f.actual for f in got] == [900] and "800万元" in got[0].message and "减去" in got[0].message


_RETURNED = "一般公共预算收入1000万元，加上级补助收入500万元，减去上解支出100万元，收回存量资金30万元，可用财力合计{total}万元。"


def test_a_term_of_its_own_taken_away_after_加上_is_subtracted_and_money_returned_either_way():
    assert errors("本年收入1000万元，加上年初结转200万元，调减预算50万元，收入总计1150万元。", {"N-SUM"}) == []
    assert errors(_RETURNED.format(total="1430"), {"N-SUM"}) == []
    assert errors(_RETURNED.format(total="1370"), {"N-SUM"}) == []


def test_such_additions_holding_in_no_reading_are_still_errors():
    got = errors("本年收入1000万元，加上年初结转200万元，调减预算50万元，收入总计1250万元。", {"N-SUM"})
    assert [f.actual for f in got] == [1250] and "1150万元" in got[0].message
    assert [f.actual for f in errors(_RETURNED.format(total="1500"), {"N-SUM"})] == [1500]


def test_a_price_or_a_quoted_slip_is_no_second_statement_of_the_item():
    text = "公务接待费1.58万元。附表中公务接待费单位为万元，公务接待费1.58元/人次为人均标准。"
    assert found(text, {"N-REPEAT"}) == []
    text = "一般公共预算财政拨款支出1.25亿元。一般公共预算财政拨款支出1.25万元为误录。"
    assert found(text, {"N-REPEAT"}) == []


def test_the_same_item_stated_twice_differently_is_still_a_repeat():
    text = "一般公共预算财政拨款支出1.25亿元。一般公共预算财政拨款支出1.35亿元。"
    assert len(found(text, {"N-REPEAT"})) == 1
