"""Recall: a change bound to its figure across the figure's own completion of its budget; a written base kept across
its comparison's own rate (and a rate on the budget not paired with a change on last year)."""

from __future__ import annotations

from tests.narrative_helpers import found


def _errors(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "error"]


# -- the figure's own completion of its budget between it and its change ---------------------------------------------

_COMPLETED = "国有资产经营收入完成220万元,完成年初预算150万元的146.67%,完成调整预算的100%,比上年120万元增加{}万元。"


def test_a_change_after_the_figures_completion_of_its_budgets_is_checked():
    [f] = _errors(_COMPLETED.format(87), "N-CHANGE")
    assert "220万元 − 120万元 应为 100万元" in f.message


def test_a_change_after_the_figures_completion_of_its_budgets_that_holds_is_silent():
    assert _errors(_COMPLETED.format(100), "N-CHANGE") == []


def test_another_statement_between_still_keeps_the_change_unbound():
    # a long clause of another kind between the figure and the change: what it is of is not said closely
    text = ("国有资产经营收入完成220万元,主要是国有企业上缴利润增加、资产处置收入增加和其他收入增加所致,"
            "比上年120万元增加87万元。")
    assert _errors(text, "N-CHANGE") == []


# -- a written base, its comparison's rate, then the change -------------------------------------------------------------

_RATE_BETWEEN = "全县大口径财政收入累计完成99895万元,占预算92390万元的108.1%,较上年同期110374万元下降9.5%,减收{}万元。"


def test_a_change_after_its_comparisons_own_rate_keeps_the_written_base():
    # 110374 − 99895 = 10479: the change is wrong, the rate (9.49 %) is right, and the finding says so
    [f] = _errors(_RATE_BETWEEN.format(9117), "N-CHANGE")
    assert "99895万元 − 110374万元 应为 10479万元" in f.message


def test_a_change_after_its_comparisons_own_rate_that_holds_is_silent():
    assert _errors(_RATE_BETWEEN.format(10479), "N-CHANGE") == []


def test_a_rate_on_the_budget_is_not_paired_with_a_change_on_last_year():
    # "较年初预算…增长…%，较上年增加…": each names its own base (1523.26 ÷ 1400 = 8.8 % holds; the change on last
    # year has no base written): once read as one change, a false error on the rate
    text = "收入合计1523.26万元,较年初预算1400万元增长8.8%,较上年增加23.26万元。"
    assert _errors(text, "N-CHANGE") == []


# -- a move from one level to another, and the change written after it -------------------------------------------------

def test_a_move_from_a_level_to_another_checks_the_change_after_it():
    [f] = _errors("2024年贺兰县本级财政一般公共预算总收入由397959万元调整为409959万元,调增10440万元。", "N-CHANGE")
    assert "由397959万元调整为409959万元，调增10440万元" in f.message and "应为 12000万元" in f.message


def test_a_move_whose_change_holds_is_silent():
    assert _errors("一般公共预算总收入由397959万元调整为409959万元,调增12000万元。", "N-CHANGE") == []
    assert _errors("支出由上年的3000万元下降到2800万元，减少200万元，下降6.7%。", "N-CHANGE") == []


def test_a_fall_from_last_years_level_blames_the_change_not_the_rate():
    # 3000 − 2800 = 200; the rate 200 ÷ 3000 = 6.67 % holds: the change is the wrong figure
    [f] = _errors("支出由上年的3000万元下降到2800万元，减少300万元，下降6.7%。", "N-CHANGE")
    assert "2800万元 − 3000万元 应为 200万元" in f.message


def test_an_adjusted_budget_after_the_initial_one_checks_the_change():
    [f] = _errors("2024年,一般公共预算总收入年初预算安排23784万元,预算调整为44305万元,增加17853万元。", "N-CHANGE")
    assert "应为 20521万元" in f.message


def test_a_change_with_a_comparison_of_its_own_after_a_move_is_not_read_as_the_move():
    assert _errors("一般公共预算收入由397959万元调整为409959万元,比上年增加10440万元。", "N-CHANGE") == []


def test_a_budgets_adjustment_is_not_paired_with_a_rate_on_last_year():
    # "调减16000万元" is against the mid-year budget, "下降9.7%" against last year (not written)
    text = "本级财政收入拟调整为134000万元,下降5.3%。其中:税收收入拟调整为85000万元,调减16000万元,下降9.7%。"
    assert _errors(text, "N-CHANGE") == []


# -- a rate's budget named with the body that set it, or with its flow ---------------------------------------------------

def _warnings(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "warning"]


def test_a_budget_named_with_the_body_that_set_it_is_the_rates_base():
    [f] = _errors("2023年全县财政总收入完成545876万元,完成年初上报县人民代表大会预算收入计划552200万元的86.0%。", "N-RATE")
    assert "应为 98.85%" in f.message
    [f] = _errors("区级一般公共预算收入预计完成39.1亿元,完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的90.7%。",
                  "N-RATE")
    assert "应为 104.27%" in f.message


def test_a_budget_named_with_its_flow_is_the_rates_base():
    [f] = _errors("2023年全县财政总收入完成545876万元,完成预算收入计划552200万元的86.0%。", "N-RATE")
    assert "应为 98.85%" in f.message


def test_such_a_rate_that_holds_is_silent():
    assert _errors("2023年全县财政总收入完成545876万元,完成年初上报县人民代表大会预算收入计划552200万元的98.9%。", "N-RATE") == []
    assert _errors("区级一般公共预算收入预计完成39.1亿元,完成区第十八届人大常委会第十九次会议批准收入调整预算37.5亿元的104.3%。",
                   "N-RATE") == []


# -- the actual's own change rate is no rate before the completion rate ---------------------------------------------------

def test_a_completion_rate_after_the_actuals_change_rate_reads_the_items_budget_named_before():
    [f] = _warnings("公务接待费预算288万元。公务接待费支出282万元，比上年增长3.5%，完成预算的90.00%。", "N-RATE")
    assert "应为 97.92%" in f.message


def test_a_completion_rate_after_the_actuals_change_rate_that_holds_is_silent():
    assert _warnings("公务接待费预算288万元。公务接待费支出282万元，比上年增长3.5%，完成预算的97.92%。", "N-RATE") == []


# -- a list opening the sentence after its whole's change on the budget ----------------------------------------------------

def test_a_list_after_the_wholes_change_on_its_budget_is_the_wholes():
    [f] = _errors("公务接待费602万元,比年初预算数减少2088万元。其中国内接待费503万元;国(境)外接待费189万元。", "N-SUM")
    assert "692万元" in f.message


def test_such_a_list_that_holds_is_silent():
    assert _errors("公务接待费692万元,比年初预算数减少2088万元。其中国内接待费503万元;国(境)外接待费189万元。", "N-SUM") == []


def test_a_list_after_a_change_that_adds_up_to_the_change_is_read_as_the_changes_parts():
    # 10 + 10 + 0 = 20: "其中" may break down the decrease, not the 602 (a false error before, after 比上年 too)
    for against in ("上年", "年初预算数"):
        text = (f"三公经费支出602万元,比{against}减少20万元。其中：公务接待费10万元，公务用车购置及运行维护费10万元，"
                "因公出国（境）费0万元。")
        assert _errors(text, "N-SUM") == []


# -- a complete group of parts far over its whole -----------------------------------------------------------------------

_SANGONG = ("徐圩乡人民政府2020年“三公”经费支出预算为{}万元,增长0%,与2019年持平。其中:因公出国(境)费支出预算为0万元,"
            "公务接待费支出预算为11.52万元,公务用车购置及运行费支出预算为35万元。具体情况如下:")


def test_the_three_items_of_the_sangong_far_over_their_total_are_an_error():
    # 0 + 11.52 + 35 = 46.52: the first two items making the total is no reading (the third is of the group), nor is
    # a list read past its end
    [f] = _errors(_SANGONG.format("11.52"), "N-SUM")
    assert "46.52万元" in f.message


def test_the_three_items_of_the_sangong_making_their_total_are_silent():
    assert _errors(_SANGONG.format("46.52"), "N-SUM") == []


def test_parts_of_no_complete_group_far_over_their_whole_stay_silent():
    # a list far over its whole and not a group by definition: more often read past its end than a slip
    text = "收入合计11.52万元,增长0%。其中:财政拨款收入11.52万元,事业收入35万元,其他收入20万元。"
    assert _errors(text, "N-SUM") == []


# -- a reason's words before a list name no flow it is of ----------------------------------------------------------------

_INCOME = ("2.收入情况。2023年度收入合计536.30万元,较上年决算数增加72.29万元,增长15.58%,主要原因是增人增资及保教费的支出。"
           "其中:财政拨款收入399.94万元,占74.57%;事业收入106.64万元,占{};经营收入0.00万元,占0.00%;其他收入29.72万元,占5.54%。")


def test_a_list_after_a_reason_naming_the_other_flow_reads_on():
    # 106.64 ÷ 536.30 = 19.88 %: the reason's "支出" made the list end before 事业收入
    [f] = _errors(_INCOME.format("17.30%"), "N-SHARE")
    assert "应为 19.88%" in f.message


def test_a_list_after_a_reason_naming_the_other_flow_that_holds_is_silent():
    assert _errors(_INCOME.format("19.88%"), "N-SHARE") == []


def test_the_other_flow_named_before_the_list_still_ends_it():
    text = ("财政总收入5.24亿元,其中一般预算收入2.63亿元,基金收入2.61亿元;全县财政支出5.30亿元,其中民生支出4.2亿元。")
    assert _errors(text, "N-SUM") == []


# -- the whole's own change on a year written by its number, or with a one-character verb -------------------------------

_YEAR_CHANGE = ("1.收入情况。2024年度收入合计6149.38万元,与2023年度相比,减少1755.32万元,下降22.2%,主要原因是学生人数减少。"
                "其中:财政拨款收入5561.35万元,占{};事业收入534.85万元,占8.7%;其他收入53.18万元,占0.9%。")


def test_shares_after_the_wholes_change_on_a_year_by_number_are_of_the_whole():
    [f] = _errors(_YEAR_CHANGE.format("78.6%"), "N-SHARE")
    assert "5561.35万元 ÷ 6149.38万元" in f.message and "应为 90.44%" in f.message


def test_such_shares_that_hold_are_silent():
    assert _errors(_YEAR_CHANGE.format("90.4%"), "N-SHARE") == []


def test_the_wholes_change_with_a_one_character_verb_is_its_own():
    text = ("2.收入情况。2020年度收入合计435.82万元,较上年决算数减65.62万元,下降13.1%,主要原因是运行经费减少。"
            "其中:财政拨款收入435.82万元,占87%;")
    [f] = _errors(text, "N-SHARE")
    assert "应为 100.00%" in f.message
    assert _errors(text.replace("占87%", "占100%"), "N-SHARE") == []


def test_the_wholes_change_with_its_base_and_its_rate_named_and_a_reason_are_its_own():
    # "比2023年的…万元，增加…，增长5.4%" and "增幅1.79%，主要是…": the list in the next sentence is still the whole's
    text = ("教育部2024年度本年收入合计42828112.97万元,比2023年的40616051.67万元,增加2212061.3万元,增长5.4%。"
            "其中:财政拨款17229526.68万元,占35.0%;事业收入18512156.91万元,占43.2%;其他收入7066717.02万元,占16.5%。")
    [f] = _errors(text, "N-SHARE")
    assert "应为 40.23%" in f.message
    assert _errors(text.replace("占35.0%", "占40.2%"), "N-SHARE") == []
    text = ("2.收入情况2020年度收入合计7785.37万元,较上年决算数增加136.84万元,增幅1.79%,主要是怡情阁适老化改造项目款增加。"
            "其中:财政拨款收入2833.90万元,占31.67%;")
    [f] = _errors(text, "N-SHARE")
    assert "应为 36.40%" in f.message
    assert _errors(text.replace("占31.67%", "占36.40%"), "N-SHARE") == []



# -- the three 三公 items under a broader whole -----------------------------------------------------------------------

def test_the_three_sangong_items_under_a_broader_whole_are_only_some_of_it():
    # 公用经费 holds more than the three items: their 9万元 falling short of its 10万元 is no error (a false one before)
    for whole in ("公用经费支出决算", "商品和服务支出"):
        text = f"本单位{whole}10.00万元，其中：因公出国(境)费0.00万元，公务接待费3.00万元，公务用车购置及运行费6.00万元。"
        assert _errors(text, "N-SUM") == []


def test_the_three_sangong_items_under_the_sangong_whole_are_all_of_it():
    text = "本单位“三公”经费支出决算10.00万元，其中：因公出国(境)费0.00万元，公务接待费3.00万元，公务用车购置及运行费6.00万元。"
    [f] = _errors(text, "N-SUM")
    assert "9万元" in f.message


def test_a_list_of_budgets_under_an_actual_across_a_reason_is_not_its_breakdown():
    text = ("本单位“三公”经费支出决算10.00万元，比上年减少2.00万元，主要是压减开支。其中：因公出国(境)费支出预算0.00万元，"
            "公务接待费支出预算3.00万元，公务用车购置及运行费支出预算6.00万元。")
    assert _errors(text, "N-SUM") == []


# -- an item's income and spending ("事业收入收支") is one kind of 收入 --------------------------------------------------

def test_an_items_income_and_spending_is_not_the_units_total():
    # "事业收入收支较上年决算数增加5.89万元，增长11.0%": of 事业收入 (59.46 − 5.89 = 53.57; 5.89 ÷ 53.57 = 11.0 %), not of
    # the 收入总计/支出总计 2519.13 written before (a false error before)
    text = ("1、总体情况。2022年度收入总计2,519.13万元,支出总计2,519.13万元。收支较上年决算数减少106.71万元,下降4.1%,"
            "主要原因是(1)本年度财政拨款收支较上年决算数减少112.6万元,下降4.4%,(2)事业收入收支较上年决算数增加5.89万元,增长11.0%。")
    assert _errors(text, "N-CHANGE") == []



# -- past a semicolon, an amount with its own share of another whole is no part -----------------------------------------

def _warnings_and_errors(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("warning", "error")]


def test_an_amount_with_its_share_of_another_whole_past_a_semicolon_ends_the_list():
    # 40.6 is value added (27.3 % of GDP), not a part of the 103.8 gross output (a wrong warning before)
    text = "全县工业总产值103.8亿元，其中规模以上工业总产值95.4亿元；实现工业增加值40.6亿元，占GDP的27.3%。"
    assert _warnings_and_errors(text, "N-SUM") == []


def test_an_amount_with_its_share_of_the_lists_own_total_stays_a_part():
    # "占总支出…" is of the list's total by its flow: 80 + 40 = 120 over 100 is still an error
    [f] = _errors("支出预算100万元。其中，基本支出80万元，占总支出80%；项目支出40万元，占总支出40%。", "N-SUM")
    assert "120万元" in f.message


# -- the 部门决算 template's paired totals, "各增加A、B，增长p、q" -----------------------------------------------------

_PAIRED = ("2024年度收入总计7562.45万元,支出总计6632.48万元,与2023年度相比,收入、支出总计各增加1412.7万元、2062.79万元,"
           "增长{}、{}。")


def test_the_paired_totals_changes_and_rates_are_read_in_order():
    # 1412.7 ÷ 6149.75 = 22.97 %, 2062.79 ÷ 4569.69 = 45.14 % (the written 15.74 %, 23.72 % divide by this year + the rise)
    fs = sorted(_errors(_PAIRED.format("15.74%", "23.72%"), "N-CHANGE"), key=lambda f: f.narrative[0].start)
    assert [f.narrative[0].text for f in fs] == ["15.74%", "23.72%"]
    assert "应为 22.97%" in fs[0].message and "应为 45.14%" in fs[1].message


def test_the_paired_totals_rates_that_hold_are_silent():
    assert _errors(_PAIRED.format("22.97%", "45.14%"), "N-CHANGE") == []


# -- the items of a reason are not the outer list's next parts -----------------------------------------------------------

_REASON_ITEMS = ("2022年一般公共预算财政拨款支出622万元,比2021年增加26.46万元。其中:基本支出622万元,比2021年增加26.46万元,"
                 "主要原因是社会保障和就业支出增加27.41万元,主要用于保障退休人员补助支出;教育支出增加3.84万元,主要用于保障教师工资福利支出;"
                 "卫生健康支出、住房保障支出共减少4.79,主要原因是教职工人员减少导致支出减少;项目支出0万元,比2021年增加{}万元。")


def _any_sum(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity in ("warning", "error")]


def test_a_change_named_outside_the_lists_group_after_a_reason_is_the_reasons():
    # 教育支出 (a function class) after 基本支出's "主要原因是…": one more of the reason's items (a wrong warning before)
    assert _any_sum(_REASON_ITEMS.format("0")) == []


def test_the_lists_own_group_after_a_reason_is_still_a_part():
    # 项目支出 is 基本支出's sibling: 26.46 + 5 = 31.46 against the whole's 26.46
    fs = _any_sum(_REASON_ITEMS.format("5"))
    assert fs and "31.46万元" in fs[0].message
