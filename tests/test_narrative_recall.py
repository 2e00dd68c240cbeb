"""Narrative claims bound explicitly enough for an error: each detection fires on a short sentence
in the style of published reports, and stays silent (or at warning level) where a reading holds or
the binding is not explicit."""

from .narrative_helpers import errors, found


# -- execution rates with budget and actual in their sentence ---------------------------------

def test_rate_of_a_named_budget_and_actual_is_an_error():
    text = "2023年度“三公”经费支出预算为3万元，支出决算为1.71万元，完成预算的43%。"
    f, = errors(text, {"N-RATE"})
    assert f.narrative[0].text == "43%" and "57.00%" in f.message


def test_rate_of_a_named_budget_and_actual_that_holds_is_silent():
    assert found("2023年度“三公”经费支出预算为3万元，支出决算为1.71万元，完成预算的57%。", {"N-RATE"}) == []
    # only if truncated: a warning, as before
    f, = found("“三公”经费支出预算为30000.00元，支出决算为20000.00元，完成预算的66.66%。", {"N-RATE"})
    assert f.severity == "warning"


def test_rate_without_a_named_budget_stays_a_warning():
    f, = found("“三公”经费支出3万元，公务接待费1.71万元，完成预算的43%。", {"N-RATE"})
    assert f.severity == "warning"


def test_rate_against_a_budget_implied_by_the_excess():
    text = "本单位支出总计1741.75万元，与上年相比减少53.7万元，降低2.99%；完成年初预算100%，决算数大于预算数55.93万元。"
    f, = errors(text, {"N-RATE"})
    assert f.narrative[0].text == "100%" and "103.32%" in f.message
    ok = text.replace("完成年初预算100%", "完成年初预算103.32%")
    assert found(ok, {"N-RATE"}) == []


def test_rate_that_holds_only_with_the_unit_corrected_names_the_slip():
    text = ("“三公”经费支出预算为494,400.00万元，支出决算为115,749.56元，完成预算的23.41%。"
            "其中：公务接待费支出决算为16,629.00元。")
    assert [(f.rule, f.severity, f.narrative[0].text) for f in found(text, {"N-RATE", "N-UNIT-SLIP"})] == \
        [("N-UNIT-SLIP", "error", "494,400.00万元")]
    # wrong under both units: the rate is an error too, and the unit still named
    wrong = text.replace("23.41%", "23.42%")
    assert sorted((f.rule, f.narrative[0].text) for f in errors(wrong, {"N-RATE", "N-UNIT-SLIP"})) == \
        [("N-RATE", "23.42%"), ("N-UNIT-SLIP", "494,400.00万元")]
    # the same units throughout: no slip to name
    same = "“三公”经费支出预算为494,400.00元，支出决算为115,749.56元，完成预算的23.41%。"
    assert found(same, {"N-RATE", "N-UNIT-SLIP"}) == []


# -- unit slips that make a list add up ------------------------------------------------------

def test_unit_slip_that_makes_a_list_add_up_is_an_error():
    text = ("全县民生支出累计完成131385万元，占一般公共预算支出63%。其中：教育支出29104元；社会保障和就业支出42366万元；"
            "卫生健康支出12988万元；农林水事务支出46927万元。")
    f, = found(text, {"N-UNIT-SLIP"})
    assert f.severity == "error" and f.narrative[0].text == "29104元"
    # a list that falls short as written and does not add up with the unit corrected: no slip
    assert found(text.replace("46927万元", "40000万元"), {"N-UNIT-SLIP"}) == []


def test_separator_slip_of_a_total_is_an_error():
    text = "公务用车购置及运行维护支出4.647万元，比上年增长58.65%。\n\n其中：公务用车购置支出1,088万元；公务用车运行维护支出3,559万元。"
    f, = found(text, {"N-UNIT-SLIP"})
    assert f.severity == "error" and "千分位" in f.cause


# -- shares of parts that are the whole ---------------------------------------------------------

def test_swapped_shares_of_parts_adding_to_100_are_errors():
    text = ("“三公”经费支出决算1.71万元，完成预算的57%。“三公”经费支出决算中，公务接待费支出决算0.53万元，占69%；"
            "公务用车购置及运行维护费支出决算1.18万元，占31%。")
    assert sorted(f.narrative[0].text for f in errors(text, {"N-SHARE"})) == ["31%", "69%"]
    right = text.replace("占69%", "占@").replace("占31%", "占69%").replace("占@", "占31%")
    assert found(right, {"N-SHARE"}) == []


def test_shares_of_the_three_items_are_of_their_sum():
    text = ("2023年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算1.4万元，"
            "占0.02%；公务接待费支出决算0.28万元，占0.95%。")
    assert sorted(f.narrative[0].text for f in errors(text, {"N-SHARE"})) == ["0.02%", "0.95%"]


def test_shares_of_some_parts_only_are_silent():
    # two shares adding to 40 %: the parts are not the whole, and the whole is not written
    text = "支出决算中，培训费0.53万元，占10%；会议费1.18万元，占30%。"
    assert found(text, {"N-SHARE"}) == []
    # a share that holds against an amount written before: that amount may be the whole meant
    text = ("“三公”经费支出决算3.46万元。其中因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算1.4万元，"
            "占40.46%；公务接待费支出决算0.28万元，占8.09%。")
    assert found(text, {"N-SHARE"}) == []


# -- changes of parts: a part that is zero now can only have fallen ---------------------------------

_ZERO = ("2020年度“三公”经费15.37万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费14.03万元，公务接待费1.34万元。\n"
         "2020年度“三公”经费较年初预算数减少0.04万元。其中：公务用车购置及运行维护费较年初预算数减少0.04万元；"
         "公务接待费较年初预算数减少0.04万元。")


def test_parts_decreasing_more_than_the_total_with_the_rest_zero_is_an_error():
    f, = found(_ZERO, {"N-SUM"})
    assert f.severity == "error" and f.narrative[0].text == "0.04万元" and "只可能是减少" in f.message


def test_parts_decreasing_more_than_the_total_stays_a_warning_when_the_rest_may_have_grown():
    # 因公出国 not stated as 0: it may have grown against its budget
    # (its 1万元 makes the three 三公 items 16.37万元 against 15.37万元: that sum is an error of its own)
    total, f = sorted(found(_ZERO.replace("因公出国（境）费0万元", "因公出国（境）费1万元"), {"N-SUM"}),
                      key=lambda x: x.narrative[0].start)
    assert total.severity == "error" and total.narrative[0].text == "15.37万元" and "16.37万元" in total.message
    assert f.severity == "warning" and f.narrative[0].text == "0.04万元"
    # the total decreasing more than the parts: a zero part may have fallen by the difference
    assert errors(_ZERO.replace("预算数减少0.04万元。其中", "预算数减少0.12万元。其中"), {"N-SUM"}) == []


# -- a change bound by name to a figure of an earlier sentence -----------------------------------

_NAMED = ("2018年财政拨款“三公”经费预算总额为2.7万元，其中，公务用车购置及运行费支出1.5万元，公务接待费支出1.2万元。\n"
          "2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%。")


def test_change_of_a_uniquely_named_earlier_figure_is_an_error():
    f, = found(_NAMED, {"N-CHANGE"})
    assert f.severity == "error" and f.narrative[0].text == "0.02%"
    assert found(_NAMED.replace("减幅0.02%", "减幅2.17%"), {"N-CHANGE"}) == []


def test_change_of_an_earlier_figure_named_twice_stays_a_warning():
    twice = "2017年“三公”经费预算总额为3.1万元。\n" + _NAMED
    f, = found(twice, {"N-CHANGE"})
    assert f.severity == "warning"
    # the earlier figure dated before the change's year: it may be the base
    older = _NAMED.replace("2018年财政拨款", "2016年财政拨款")
    assert errors(older, {"N-CHANGE"}) == []


# -- industry structure a:b:c ---------------------------------------------------------------

_GDP = ("2023年，全县实现生产总值320.39亿元，同比增长2.6%。其中，第一产业实现增加值47.51亿元，同比下降0.2%；"
        "第二产业实现增加值96.27亿元，同比增长3.5%；第三产业实现增加值176.62亿元，同比增长3.2%。"
        "三次产业结构调整为14.8:30.2:55.1。")   # (30.1 would make 100, the rest put on it: a warning)


def test_industry_structure_term_fitting_no_whole_is_an_error():
    f, = found(_GDP, {"N-SHARE"})
    assert f.severity == "error" and f.narrative[0].text == "30.2" and "30.048%" in f.message
    g, = found(_GDP.replace("调整为14.8", "由上年的1.7:43.8:54.5调整为14.8"), {"N-SHARE"})
    assert g.narrative[0].text == "30.2" and g.narrative[0].start == f.narrative[0].start + len("由上年的1.7:43.8:54.5")


def test_industry_structure_that_holds_is_silent():
    assert found(_GDP.replace("14.8:30.2:55.1", "14.8:30.0:55.1"), {"N-SHARE"}) == []
    # last year's ratio is not checked (its figures are not written); this year's holds
    assert found(_GDP.replace("调整为14.8:30.2:55.1", "由上年的1.7:43.8:54.5调整为14.8:30.0:55.1"), {"N-SHARE"}) == []
    # a sector's figure missing: nothing to check against
    assert found(_GDP.replace("第二产业实现增加值96.27亿元，同比增长3.5%；", ""), {"N-SHARE"}) == []


# -- parts exceeding the whole their shares are of ----------------------------------------------

_PROCUREMENT = ("2014年全国政府采购规模为17305.34亿元，比上年增加924.24亿元。\n"
                "工程类采购金额10141.11亿元，占采购总规模的58.6%。\n货物类采购金额5230.04亿元，占采购总规模的30.2%。\n"
                "服务类采购金额1934.25亿元，占采购总规模的11.2%。")


def test_parts_of_shares_adding_to_100_exceeding_the_whole_is_an_error():
    f, = found(_PROCUREMENT, {"N-SUM"})
    assert f.severity == "error" and f.narrative[0].text == "17305.34亿元" and "17305.4亿元" in f.message


def test_parts_of_shares_within_the_whole_are_silent():
    assert found(_PROCUREMENT.replace("1934.25亿元", "1934.19亿元"), {"N-SUM"}) == []
    # shares adding to less than 100 %: some part is not written, the parts may overlap the rest
    assert found(_PROCUREMENT.replace("占采购总规模的11.2%", "占采购总规模的1.2%"), {"N-SUM"}) == []
    # two amounts named like the whole: which one is meant is not clear
    assert found(_PROCUREMENT.replace("比上年增加924.24亿元", "上年政府采购规模16381.10亿元"), {"N-SUM"}) == []


def test_rate_of_a_part_against_the_whole_budget_is_not_bound():
    # the actual is of a part (其中): its own budget is not written
    text = "“三公”经费支出预算为10万元，其中公务接待费支出决算为5万元，完成预算的80%。"
    assert errors(text, {"N-RATE"}) == []
    # a rate against the adjusted budget, the budget written being the initial one
    text = "年初预算为10.00万元，支出决算为5.00万元，完成调整预算的80%。"
    assert errors(text, {"N-RATE"}) == []
    assert len(errors(text.replace("完成调整预算", "完成年初预算"), {"N-RATE"})) == 1


def test_shares_of_the_two_parts_of_a_whole_need_the_whole_named_in_their_sentence():
    # 人员经费 and 公用经费 make up 基本支出, but these shares may be of the year's spending (not written here)
    text = "人员经费2295.62万元，占63.42%；公用经费702.68万元，占19.41%。"
    assert errors(text, {"N-SHARE"}) == []
    assert len(errors("基本支出中，" + text, {"N-SHARE"})) == 2
