"""Sentence patterns of budget, final-accounts and “三公” texts read since the third corpus round:
each detection fires on a short sentence in the corpus' style and stays silent (or at warning
level) where a reading holds or the binding is not explicit."""

from .narrative_helpers import errors, found


# -- a change's rate in brackets right after it ------------------------------------------------

def test_bracketed_rate_after_its_change_is_checked():
    f, = errors("公务接待费2.30万元，较上年减少1.5万元(42.86%)，主要原因是压缩接待开支。", {"N-CHANGE"})
    assert f.narrative[0].text == "42.86%" and "39.47%" in f.message
    f, = errors("会议费12.0万元，比上年增加2.0万元（增长25%），主要是会议次数增加。", {"N-CHANGE"})
    assert f.narrative[0].text == "25%" and "20.00%" in f.message


def test_bracketed_rate_that_holds_is_silent():
    assert found("公务接待费2.00万元，较上年减少1.5万元(42.86%)，主要原因是压缩接待开支。", {"N-CHANGE"}) == []
    assert found("会议费12万元，比上年增加2万元（增长20%），主要是会议次数增加。", {"N-CHANGE"}) == []
    assert found("因公出国(境)经费0万元，较上年增加(减少)0万元(0%)。", {"N-CHANGE"}) == []


def test_bracketed_share_after_a_change_is_not_a_rate():
    # the bracket names another item or a share: not the change's rate
    assert errors("会议费12万元，比上年增加2万元（占增加总额的25%）。", {"N-CHANGE"}) == []
    assert errors("会议费12万元，比上年增加2万元（其中培训费增长25%）。", {"N-CHANGE"}) == []


# -- a subtotal's change against the changes its bracketed parts state ---------------------------

def test_bracketed_parts_changes_against_the_subtotals_change():
    text = ("公务用车购置及运行费585.53万元，同比减少144.92万元（公务用车购置费0万元，同比减少0万元；"
            "公务用车运行维护费585.53万元，同比减少0万元）。")
    f, = errors(text, {"N-SUM"})
    assert f.narrative[0].text == "144.92万元" and "增减额相加" in f.message


def test_bracketed_parts_changes_that_add_up_are_silent():
    text = ("公务用车购置及运行费585.53万元，同比减少144.92万元（公务用车购置费0万元，同比减少100万元；"
            "公务用车运行维护费585.53万元，同比减少44.92万元）。")
    assert found(text, {"N-SUM"}) == []
    # an increase of one part and a decrease of the other
    text = "公用经费30万元，较上年减少5万元（办公费20万元，同比增加5万元；差旅费10万元，同比减少10万元）。"
    assert found(text, {"N-SUM"}) == []


def test_bracketed_parts_not_a_complete_group_only_warn():
    # 办公费 and 印刷费 need not be all of 公用经费: another item may be 0 now and have changed
    text = "公用经费10万元，较上年减少5万元（办公费6万元，同比减少1万元；印刷费4万元，同比减少1万元）。"
    f, = found(text, {"N-SUM"})
    assert f.severity == "warning"


def test_bracketed_parts_whose_levels_do_not_make_the_subtotal_are_not_its_breakdown():
    text = ("公务用车购置及运行费585.53万元，同比减少144.92万元（公务用车购置费0万元，同比减少0万元；"
            "公务用车运行维护费500.00万元，同比减少0万元）。")
    assert errors(text, {"N-SUM"}) == []


# -- a share of several items together; shares adding to 100 % only with a padded one ---------

def test_share_of_two_items_together_is_their_sum_over_the_whole():
    text = ("本年收入合计100.00万元，其中：财政拨款60.00万元，占60.0%；事业收入30.00万元，占30.0%；"
            "经营收入6.00万元，附属单位上缴收入2.00万元，两项合计占10.0%；其他收入2.00万元，占2.0%。")
    f, = errors(text, {"N-SHARE"})
    assert f.narrative[0].text == "10.0%" and "8.00%" in f.message
    ok = text.replace("两项合计占10.0%", "两项合计占8.0%")
    assert found(ok, {"N-SHARE"}) == []


def test_shares_adding_to_100_only_with_a_padded_one():
    # 40.2 + 43.2 + 0.1 + 16.5 = 100.0, but 经营收入 and 附属单位上缴收入 are 0.046 % of the whole
    text = ("本年收入合计42,828.12万元，比上年增加2,212.06万元，增长5.4%。其中：财政拨款17,229.53万元，占40.2%；"
            "事业收入18,512.16万元，占43.2%；经营收入16.35万元，附属单位上缴收入3.36万元，两项合计占0.1%；"
            "其他收入7,066.72万元，占16.5%。")
    f, = errors(text, {"N-SHARE"})
    assert f.narrative[0].text == "0.1%"
    # the same shares when the two items are 0.1 % of the whole: silent
    ok = text.replace("经营收入16.35万元，附属单位上缴收入3.36万元", "经营收入30.35万元，附属单位上缴收入12.36万元") \
             .replace("事业收入18,512.16万元", "事业收入18,489.16万元")
    assert found(ok, {"N-SHARE"}) == []


def test_share_of_items_together_with_more_amounts_than_it_counts_is_not_bound():
    # three amounts before "两项合计": which two is not said
    text = ("本年收入合计100.00万元，其中：财政拨款60.00万元，占60.0%；"
            "事业收入30.00万元，经营收入6.00万元，附属单位上缴收入2.00万元，两项合计占20.0%。")
    assert errors(text, {"N-SHARE"}) == []


# -- shares of a complete group, one item of it written without a share ------------------------

def test_shares_of_a_complete_group_with_an_item_without_share():
    text = ("本单位2021年度一般公共预算财政拨款三公经费支出决算中，因公出国(境)费支出决算0.00万元，"
            "公务接待费支出决算30.00万元，占59.40%；公务用车购置及运行维护费支出决算12.00万元，占93.75%。")
    found_ = errors(text, {"N-SHARE"})
    assert sorted(f.narrative[0].text for f in found_) == ["59.40%", "93.75%"]
    assert all("42" in f.message for f in found_)   # the whole is the three items' sum


def test_shares_of_a_complete_group_that_hold_are_silent():
    text = ("本单位2021年度一般公共预算财政拨款三公经费支出决算中，因公出国(境)费支出决算0.00万元，"
            "公务接待费支出决算30.00万元，占71.43%；公务用车购置及运行维护费支出决算12.00万元，占28.57%。")
    assert found(text, {"N-SHARE"}) == []
    # without the third item the two are not the whole group: 30 ÷ 42 is not the only reading
    text = ("本单位2021年度一般公共预算财政拨款三公经费支出决算中，"
            "公务接待费支出决算30.00万元，占59.40%；公务用车购置及运行维护费支出决算12.00万元，占93.75%。")
    assert errors(text, {"N-SHARE"}) == []


# -- the 三公 car item under its other names ---------------------------------------------------

def test_three_public_items_with_the_car_item_named_otherwise_are_complete():
    text = "2015年“三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国(境)费0万元。"
    f, = errors(text, {"N-SUM"})
    assert f.narrative[0].text == "31.23万元"
    f, = errors(text.replace("车辆运行费", "公车运行维护费"), {"N-SUM"})


def test_three_public_items_that_add_up_or_an_unknown_item_stay_quiet():
    ok = "2015年“三公”经费合计30.49万元，其中：公务接待费1.58万元，车辆运行费28.91万元，因公出国(境)费0万元。"
    assert found(ok, {"N-SUM"}) == []
    # 车辆保险费 is not the car item of the 三公: the list may be incomplete, a warning at most
    text = "2015年“三公”经费合计31.23万元，其中：公务接待费1.58万元，车辆保险费28.91万元，因公出国(境)费0万元。"
    assert errors(text, {"N-SUM"}) == []


# -- a total smaller than one of its funding sources -------------------------------------------

def test_total_smaller_than_one_of_its_sources():
    text = "实际利用共计27652.4万元，超出计划安排资金9%，政府拨款支出1953.2万元，自筹资金支出29605.6万元，详见下表。"
    f, = errors(text, {"N-SUM"})
    assert f.narrative[0].text == "27652.4万元" and "29605.6万元" in f.message


def test_total_with_sources_within_it_or_other_amounts_is_silent():
    ok = "实际利用共计31558.8万元，超出计划安排资金9%，政府拨款支出1953.2万元，自筹资金支出29605.6万元。"
    assert found(ok, {"N-SUM"}) == []
    # an amount of another kind between: the sentence has moved on (支出 is not a source of 收入)
    text = "本年收入共计100万元，本年支出120万元，自筹资金150万元。"
    assert errors(text, {"N-SUM"}) == []
    text = "本年收入共计100万元，支出自筹资金120万元。"
    assert errors(text, {"N-SUM"}) == []


# -- a 其中 list giving each item for both years of the totals before it ------------------------

YEARS = ("2016年三公经费预算拨入33万元，2015年三公经费预算拨入{total}万元，与上年对比减少24.55万元。"
         "主要原因是厉行节约。其中：1、公务接待费2016年预算8万元，2015年预算12.5万元；对比减少4.5万元。"
         "2、公务车辆运行2016年预算25万元，2015年预算45.2万元；对比减少20.20万元。")


def test_year_paired_parts_above_their_years_total():
    f, = errors(YEARS.format(total="57.55"), {"N-SUM"})
    assert f.narrative[0].text == "57.55万元" and "57.7" in f.message


def test_year_paired_parts_within_or_below_their_years_total_are_silent():
    assert errors(YEARS.format(total="57.7"), {"N-SUM"}) == []
    # below the total: 因公出国 may be left out of the list
    assert errors(YEARS.format(total="60.0"), {"N-SUM"}) == []
    # the totals of one year only: not the pattern
    one = YEARS.format(total="57.55").replace("2016年三公经费预算拨入33万元，", "")
    assert errors(one, {"N-SUM"}) == []


# -- a difference named by its own words: 送审 − 审定 = 审减, 采购预算 − 实际采购 = 节约 -------------

def test_audit_reduction_and_its_rate():
    text = "全县共完成财政投资项目评审162个，送审金额115991万元，审定金额97219万元，审减金额18906万元，审减率16.39%。"
    f, = errors(text, {"N-CHANGE"})
    assert f.narrative[0].text == "18906万元" and "18772万元" in f.message
    f, = errors(text, {"N-RATE"})
    assert f.narrative[0].text == "16.39%" and "16.30%" in f.message


def test_audit_reduction_that_holds_is_silent():
    text = "全县共完成财政投资项目评审162个，送审金额115991万元，审定金额97219万元，审减金额18772万元，审减率16.18%。"
    assert found(text, {"N-CHANGE", "N-RATE"}) == []
    # 审增 said in the sentence: 审减 may be gross, netted by it
    text = "送审金额115991万元，审定金额97219万元，审减金额18906万元，审增134万元。"
    assert errors(text, {"N-CHANGE"}) == []


def test_procurement_saving_and_its_rate():
    text = "2018年全县采购预算金额为42875.34万元，实际采购金额为42642.41万元，节约金额332.93万元，资金节约率为0.54%。"
    f, = errors(text, {"N-CHANGE"})
    assert f.narrative[0].text == "332.93万元"
    ok = "2018年全县采购预算金额为42875.34万元，实际采购金额为42642.41万元，节约金额232.93万元，资金节约率为0.54%。"
    assert found(ok, {"N-CHANGE", "N-RATE"}) == []


def test_bracketed_parts_changes_against_another_base_are_not_the_subtotals_change():
    text = ("公务用车购置及运行费585.53万元，同比减少144.92万元（公务用车购置费0万元，比预算减少0万元；"
            "公务用车运行维护费585.53万元，比预算减少0万元）。")
    assert errors(text, {"N-SUM"}) == []


# -- a 其中 list in the next sentence, its parts all of the group its total is named for ---------

THREE = ("本单位“三公”经费支出决算{total}万元，比上年减少2.00万元，主要是压减开支。"
         "其中：因公出国(境)费{m}0.00万元，公务接待费{m}3.00万元，公务用车购置及运行费{m}6.00万元。")


def test_list_after_a_comparison_whose_parts_are_the_named_group():
    f, = errors(THREE.format(total="10.00", m=""), {"N-SUM"})
    assert f.narrative[0].text == "10.00万元" and "9" in f.message


def test_list_after_a_comparison_that_adds_up_or_is_of_another_measure_is_silent():
    assert found(THREE.format(total="9.00", m=""), {"N-SUM"}) == []
    # the parts are budgets, the total an actual: not its breakdown
    assert errors(THREE.format(total="10.00", m="支出预算"), {"N-SUM"}) == []
    # a total not named for the group (公用经费): the list may be of something else
    text = THREE.format(total="10.00", m="").replace("“三公”经费支出决算", "公用经费支出决算")
    assert errors(text, {"N-SUM"}) == []
