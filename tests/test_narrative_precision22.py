"""N-SUM and N-RATE: readings around this morning's far-over, run-together and saving-rate changes."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_an_amount_run_on_from_the_unit_before_may_be_a_remark_of_that_item():
    # its carry-over, its amount per head, its new money: the list holds without it
    assert _rule("下达资金共计4234万元，其中：县级资金2777万元上年结转资金766万元，市级资金1457万元。", "N-SUM") == []
    assert _rule("补助资金共计2365.68万元，其中：中央资金2058.92万元人均补助资金500元，省级资金306.76万元。", "N-SUM") == []
    assert _rule("下达资金共计3274万元，其中：自筹资金1300万元（含结转资金845万元新增资金455万元），省级资金752万元，"
                 "地方配套资金606万元，县级资金616万元。", "N-SUM") == []


def test_a_run_on_amount_read_as_a_remark_must_make_the_list_hold_exactly():
    # read either way the list is over: an error still
    [f] = _rule("下达资金共计4234万元，其中：县级资金2877万元上年结转资金766万元，市级资金1457万元。", "N-SUM")
    assert f.severity == "error"
    # siblings run together that fall short once read as remarks (100 + 6421.07 < 9874.07): the split stands
    [f] = _rule("下达资金共计9874.07万元(其中中央资金100万元,省级资金6421.07万元市级资金1153万元县级资金2300万元)。", "N-SUM")
    assert f.severity == "error" and "9974.07万元" in f.message


def test_a_table_pasted_as_text_has_its_recurring_column_left_out():
    # "A预算资金…执行资金…B预算资金…执行资金…": 执行资金 recurs, a column of each row; the budgets add up
    text = ("项目资金4234万元，其中：人居环境整治预算资金827万元执行资金719万元安全生产专项预算资金3407万元"
            "执行资金3032万元。")
    assert _rule(text, "N-SUM") == []
    # the budgets not adding up either: an error
    [f] = _rule(text.replace("3407", "3507"), "N-SUM")
    assert f.severity == "error"


def test_an_item_opening_with_a_comparison_names_what_the_list_is_compared_with():
    # "较采购预算…节约…": the budget the purchases are compared with, no part of them
    assert _rule("政府采购支出总额4264万元，其中：货物采购2008万元；较采购预算4307万元节约43万元，节资率1.00%。",
                 "N-SUM") == []
    assert _rule("政府采购支出总额4264万元，其中：货物采购2008万元，比采购预算4307万元节约43万元。", "N-SUM") == []


def test_the_parts_around_a_comparison_still_add_up_to_their_whole():
    [f] = _rule("政府采购支出总额4264万元，其中：货物采购2008万元，服务采购2356万元；较采购预算4307万元节约43万元。", "N-SUM")
    assert f.severity == "error" and "4364万元" in f.message
    [f] = _rule("支出合计100万元，其中：基本支出80万元，较年初预算90万元减少10万元，项目支出45万元。", "N-SUM")
    assert f.severity == "error" and "125万元" in f.message


_SETTLED = ("体制结算收入6582.47万元。具体为：保障基数3688万元，税收分成741.47万元，公共服务奖补资金948万元{}"
            "财政管理绩效奖励资金205万元。")


def test_an_amount_run_on_under_a_name_of_its_own_counts_before_a_complete_list_falls_short():
    # the separator after "948万元" lost: 共同富裕专项基金 is an item of its own, the list holds with it
    assert _rule(_SETTLED.format("共同富裕专项基金1000万元，"), "N-SUM") == []


def test_a_complete_list_short_even_with_its_run_on_amounts_stays_an_error():
    [f] = _rule(_SETTLED.format("共同富裕专项基金900万元，"), "N-SUM")
    assert f.severity == "error"
    [f] = _rule(_SETTLED.format("，"), "N-SUM")
    assert f.severity == "error" and "5582.47万元" in f.message


_TWO_PURCHASES = ("货物类采购预算2103.29万元，成交1766.76万元；服务类采购预算3101.49万元，成交2636.27万元；"
                  "共节约资金{}万元，综合资金节约率{}%。")


def test_a_saving_told_after_several_pairs_of_a_sentence_may_be_of_all_of_them():
    # (2103.29 + 3101.49) − (1766.76 + 2636.27) = 801.75, 801.75 ÷ 5204.78 = 15.40 %
    assert [f for f in found(_TWO_PURCHASES.format("801.75", "15.40")) if f.rule in ("N-CHANGE", "N-RATE")] == []


def test_a_saving_or_rate_holding_for_neither_the_last_pair_nor_all_stays_an_error():
    [f] = [f for f in found(_TWO_PURCHASES.format("801.75", "18.40")) if f.rule in ("N-CHANGE", "N-RATE")]
    assert f.rule == "N-RATE" and f.severity == "error"
    [f] = [f for f in found(_TWO_PURCHASES.format("901.75", "15.40")) if f.rule in ("N-CHANGE", "N-RATE")]
    assert f.rule == "N-CHANGE" and f.severity == "error"
    # one pair alone: read as before
    [f] = _rule("采购预算3101.49万元，成交金额2636.27万元，节约资金455.22万元。", "N-CHANGE")
    assert f.severity == "error"


_FAR = "超出合计数一半以上"


def test_a_round_figure_is_not_explained_by_any_one_digit_from_it():
    # 300 → 4300 (a 4 put before it), 600 → 000: round figures are one digit from a grid of others
    [f] = _rule("主要原因是有疫情防控经费300万元，其中：水电费2700万元，会议费500万元，物资采购1100万元。", "N-SUM")
    assert f.severity == "warning" and _FAR in f.cause
    [f] = _rule("主要原因是有疫情防控经费700万元，其中：水电费600万元，印刷费700万元，会议费400万元。", "N-SUM")
    assert f.severity == "warning" and _FAR in f.cause


def test_a_round_figure_a_zero_short_or_a_figure_of_three_digits_one_off_stays_an_error():
    # "680万元" for 6800: a zero dropped keeps the digits, a slip
    [f] = _rule("2023年项目支出680万元，其中：培训费2130万元，会议费4160万元，专用材料费510万元。", "N-SUM")
    assert f.severity == "error" and f.cause is None
    # three significant digits: any one digit still explains ("1250" for 3250)
    [f] = _rule("2023年项目支出1250万元，其中：培训费2130万元，会议费610万元，专用材料费510万元。", "N-SUM")
    assert f.severity == "error" and f.cause is None


def test_the_digit_slip_search_makes_only_the_values_near_what_is_needed():
    from fractions import Fraction

    from perfxl.checks.rules_narrative import _digit_slips
    from perfxl.core.intervals import Interval
    from tests.narrative_helpers import doc

    [f] = [g for g in doc("经费4558万元。").figures if g.kind == "amount"]
    near = Interval(Fraction(45157), Fraction(45159))
    wanted = [v for v in _digit_slips(f, near) if v.overlaps(near)]
    assert wanted and all(v.overlaps(Interval(Fraction(45100), Fraction(45600))) for v in _digit_slips(f, near))
    assert list(_digit_slips(f, Interval(Fraction(10 ** 9), Fraction(10 ** 9 + 1)))) == []


_NON_TAX = ("全年实现财政非税收入9265.21万元。具体为：国有土地使用权出让金收入1375.05万元，国有资源资产有偿使用收入"
            "20.95万元 其他上级部门补助收入7586.30万元{}。")


def test_a_space_after_a_unit_is_a_separator_lost_too():
    # a PDF's text layer or a table's cells: "20.95万元 其他上级部门补助收入7586.30万元 其他收入282.91万元"
    assert _rule(_NON_TAX.format(" 其他收入282.91万元"), "N-SUM") == []


def test_a_complete_list_short_with_its_amounts_after_a_space_stays_an_error():
    [f] = _rule(_NON_TAX.format(""), "N-SUM")
    assert f.severity == "error"


def test_a_table_pasted_as_text_is_read_by_its_rows_first_amounts_so_a_short_slip_stays_an_error():
    # the budgets add to 4106.93, ten over: read with the 执行资金 column the parts would be far over (a warning)
    text = ("项目资金4096.93万元，其中：乡村振兴项目预算资金3301.11万元执行资金3037.02万元安全生产专项预算资金645.46万元"
            "执行资金645.46万元基础设施维护预算资金159.73万元执行资金145.35万元防汛抗旱专项预算资金0.63万元执行资金0.55万元。")
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and "4106.93万元" in f.message
    assert _rule(text.replace("4096.93", "4106.93"), "N-SUM") == []


def test_a_yuan_inside_a_name_parts_no_items():
    # "一单元楼改造资金": the 元 of 单元 is no amount's unit; read so, the two 楼改造资金 would be a table's column
    [f] = _rule("老旧小区改造资金共计300万元，其中：一单元楼改造资金100万元，二单元楼改造资金250万元。", "N-SUM")
    assert f.severity == "error" and "350万元" in f.message
    assert _rule("老旧小区改造资金共计300万元，其中：一单元楼改造资金100万元，二单元楼改造资金200万元。", "N-SUM") == []


def test_a_part_whose_name_opens_with_a_comparison_word_is_a_part_still():
    # no change told after the amount: 比赛经费, 较大型活动经费 are names, not comparisons
    [f] = _rule("活动经费合计50万元，其中：奖金20万元，比赛经费40万元。", "N-SUM")
    assert f.severity == "error" and "60万元" in f.message
    [f] = _rule("活动经费合计50万元，其中：奖金20万元，较大型活动经费40万元。", "N-SUM")
    assert f.severity == "error"



def test_a_name_run_on_twice_without_rows_between_is_no_table_column():
    # the carry-overs of both flows (收 and 支), each run on after its flow: no row, cell, row, cell … pattern
    text = ("1.总体情况。2020年度收入总计6,775.50万元支出总计6,775.50万元,其中:收入6383.01万元、年初财政拨款结转和结余301万元非财政拨款结转结余91.48万元支出6074.2万元、年末财政拨款结转和结余0.03万元非财政拨款结转结余701.27万元"
            "收支较上年决算数增加1,718.67万元增长 34%,主要原因是2020年增加了数字景区建设项目以及园区运动场改造专项资金1161.4万元绿化管护费316万元彰化园专项资金结转301万元,其对应支出相应增加。")
    assert [f for f in _rule(text, "N-SUM") if f.severity == "error"] == []
