"""Claims bound by sentence patterns found on published reports: each pattern with a text where
the claim fails (an error) and texts where it holds or another reading holds (silent)."""

from __future__ import annotations

from tests.narrative_helpers import errors, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


# -- a rate of what is done over what is done and what is not ----------------------------------

def test_payment_rate_of_paid_and_unpaid_is_checked():
    text = "2023年，项目资金支付18501.096万元，未支703万元，支付率95%。"
    [f] = _rule(text, "N-RATE")
    assert f.severity == "error"
    assert "18501.096万元 ÷ 总额 19204.096万元" in f.message and "96.34%" in f.message


def test_payment_rate_holding_on_paid_and_unpaid_is_silent():
    assert _rule("2023年，项目资金支付18501.096万元，未支703万元，支付率96.34%。", "N-RATE") == []
    assert _rule("已拨付80万元，结余20万元，执行率80%。", "N-RATE") == []


def test_payment_rate_of_another_whole_in_the_paragraph_is_silent():
    # 80 ÷ 100 (the budget) holds, not 80 ÷ 90 (what arrived): no error and no stray warning
    assert _rule("项目预算100万元，到位90万元，已支付80万元，未支付10万元，支付率80%。", "N-RATE") == []
    [f] = _rule("项目预算100万元，到位90万元，已支付80万元，未支付10万元，支付率70%。", "N-RATE")
    assert f.severity == "error"


def test_rate_after_two_amounts_that_are_not_done_and_undone_is_not_bound():
    # the second amount is no "未…": the claim is not read as paid over paid + unpaid
    assert errors("项目资金支付80万元，其他支出20万元，支付率90%。") == []


# -- a change in a sentence that opens with its comparison ---------------------------------------

def test_change_rate_of_the_one_amount_of_the_sentence_before():
    text = "2024年度收、支总计均为6315.69万元。收、支与2023年度相比，减少3117.38万元，下降33.1%。"
    [f] = _rule(text, "N-CHANGE")
    assert f.severity == "error" and "9433.07万元" in f.message and "33.047%" in f.message
    [g] = _rule("2024年度收入合计6315.69万元。与2023年度相比，减少3117.38万元，下降34.1%。", "N-CHANGE")
    assert g.severity == "error"


def test_change_rate_of_the_sentence_before_holding_is_silent():
    assert _rule("2024年度收、支总计均为6315.69万元。收、支与2023年度相比，减少3117.38万元，下降33.05%。", "N-CHANGE") == []


def test_change_rate_not_bound_when_the_sentence_before_has_two_amounts_or_another_item():
    two = "2024年度收入合计6315.69万元，其中财政拨款5000万元。与2023年度相比，减少3117.38万元，下降34.1%。"
    other = "2024年度收入合计6315.69万元。支出与2023年度相比，减少3117.38万元，下降34.1%。"
    assert errors(two) == [] and errors(other) == []


def test_a_subject_ending_in_jun_is_the_item_not_the_adverb():
    [f] = _rule("2024年度收、支总计均为6315.69万元。收、支与2023年度相比，减少3117.38万元，下降33.1%。", "N-CHANGE")
    assert "总计均" not in f.message


# -- changes in percentage points ------------------------------------------------------------------

def test_points_of_a_rate_from_one_level_to_another():
    [f] = _rule("非税收入占比由22.5%下降到13.2%，下降了9.5个百分点。", "N-CHANGE")
    assert f.severity == "error" and "9.3个百分点" in f.message
    assert _rule("非税收入占比由22.5%下降到13.2%，下降了9.3个百分点。", "N-CHANGE") == []
    # the rates' own rounding: 22.5 − 13.2 may be anything from 9.2 to 9.4
    assert _rule("非税收入占比由22.5%下降到13.2%，下降了9.35个百分点。", "N-CHANGE") == []


def test_points_against_a_base_rate_in_brackets_and_with_signs():
    [f] = _rule("一般公共预算收入完成503.7亿元，增长20.6%，比全省平均水平(17.9%)高2.9个百分点。", "N-CHANGE")
    assert f.severity == "error" and "2.7个百分点" in f.message
    assert _rule("一般公共预算收入完成503.7亿元，增长20.6%，比全省平均水平(17.9%)高2.7个百分点。", "N-CHANGE") == []
    # "下降4.1%" is −4.1 beside a signed "-5.2%": 1.1 points, not 9.3
    assert _rule("全省一般公共预算收入下降4.1%，比我市增幅(-5.2%)高1.1个百分点。", "N-CHANGE") == []
    [g] = _rule("全省一般公共预算收入下降4.1%，比我市增幅(-5.2%)高1.3个百分点。", "N-CHANGE")
    assert "1.1个百分点" in g.message


def test_points_of_two_years_of_a_listed_span():
    text = ("2013~2017年，非税收入占一般公共预算收入的比重分别为22.5%、15.2%、17.6%、17.3%、13.2%，"
            "2017年比2013年非税占比下降了{}个百分点。")
    [f] = _rule(text.format("9.5"), "N-CHANGE")
    assert "13.2% 与 22.5% 相差9.5个百分点" in f.message
    assert _rule(text.format("9.3"), "N-CHANGE") == []
    # a span whose years do not match the rates listed binds nothing
    assert _rule(text.replace("2013~2017年", "2013~2016年").format("9.5"), "N-CHANGE") == []


def test_points_without_both_rates_written_are_not_checked():
    assert _rule("一般公共预算支出完成3692.7亿元，完成预算的52.5%，超时间进度2.5个百分点。", "N-CHANGE") == []
    assert _rule("增速最高为甲县(同比增长55.5%)，增速最低为乙县(同比下降13.2%)，高低相差60.7个百分点。", "N-CHANGE") == []


def test_a_growth_rate_in_brackets_may_be_negative():
    from tests.narrative_helpers import doc

    [g] = [f for f in doc("比我市增幅(-5.2%)高1.1个百分点。").figures if f.kind == "percent"]
    assert g.value == -5.2


# -- a completion rate against the one budget of its item named earlier ---------------------------

_BUDGET_BEFORE = ("一、“三公”经费预算。二是公务接待费预算288万元（其中一般公共预算拨款271万元），与上年持平。\n"
                  "二、“三公”经费决算。二是公务接待费{}，完成预算的97.92%，其中财政拨款支出266万元。")


def test_unit_slip_shown_by_a_rate_against_a_budget_named_earlier():
    [f] = _rule(_BUDGET_BEFORE.format("282元"), "N-UNIT-SLIP")
    assert f.severity == "error" and "“公务接待费282元”" in f.message and "282万元" in f.message


def test_rate_against_a_budget_named_earlier_silent_when_it_holds_or_is_not_unique():
    assert [f for f in found(_BUDGET_BEFORE.format("282万元")) if f.rule.startswith("N-")] == []
    two = _BUDGET_BEFORE.replace("与上年持平。", "与上年持平；调整后公务接待费预算300万元。")
    assert _rule(two.format("282元"), "N-UNIT-SLIP") == []


def test_rate_against_a_budget_named_earlier_failing_otherwise_is_no_error():
    # 250 ÷ 288 is not 97.92 %, in either unit: the rate may be of another budget
    assert errors(_BUDGET_BEFORE.format("250万元")) == []


# -- lists of ordinal items (一是…二是…) ---------------------------------------------------------

def test_ordinal_items_over_their_whole_across_sentences():
    text = ("区直文博系统12774.00万元。区直文博系统项目有：一是布达拉宫管理处，下达预算资金9378万元。"
            "具体是：A项目3005万元；B项目1235万元。二是西藏博物馆，下达预算资金5009万元，项目是新馆展陈项目。")
    sums = _rule(text, "N-SUM")
    assert any(f.severity == "error" and "12774.00万元" in f.message and "14387万元" in f.message for f in sums)


def test_ordinal_items_after_the_whole_of_their_sentence_or_the_one_before():
    [f] = _rule("项目支出100万元，主要用于：一是修缮50万元；二是设备60万元。", "N-SUM")
    assert f.severity == "error" and "110万元" in f.message
    [g] = _rule("项目支出100万元。主要用于：一是修缮50万元。二是设备60万元。", "N-SUM")
    assert g.severity == "error"


def test_ordinal_items_silent_when_within_their_whole_or_not_plain_parts():
    assert _rule("项目支出100万元，主要用于：一是修缮50万元；二是设备40万元。", "N-SUM") == []
    # an item with two amounts of its own: which is the part is not known
    assert _rule("项目支出100万元，主要用于：一是修缮，总投资500万元，本年支出50万元；二是设备60万元。", "N-SUM") == []
    # the sentence before states two figures: no whole is bound
    assert _rule("项目支出100万元，基本支出20万元。主要用于：一是修缮50万元。二是设备60万元。", "N-SUM") == []
    # the opening names something else than the list's whole
    assert _rule("项目预算100万元，实际支出如下：一是修缮50万元；二是设备60万元。", "N-SUM") == []


# -- shares of a whole named but never written as such --------------------------------------------

_FITTED = ("全镇公共财政预算支出完成5472.90万元，经济分类支出如下：\n"
           "1、工资奖金津补贴支出362.61万元，占总支出的6.63%。\n2、社会保障缴费支出163.55万元，占总支出的2.99%。\n"
           "3、办公经费支出350.43万元，占总支出的6.4%。\n4、维护费支出1105.73万元，占总支出的{}。\n"
           "5、基础设施建设支出3014.58万元，占总支出的55.08%。\n6、其他资本性支出72.80万元，占总支出的1.33%。\n")


def test_share_of_the_whole_the_other_shares_hold_with():
    [f] = _rule(_FITTED.format("20.21%"), "N-SHARE")
    assert f.severity == "error" and "5472.90万元" in f.message and "20.20%" in f.message


def test_shares_of_a_fitted_whole_silent_when_they_hold_or_when_few():
    assert _rule(_FITTED.format("20.20%"), "N-SHARE") == []
    # four shares are too few to fix a whole by
    few = "\n".join(_FITTED.format("20.21%").splitlines()[:5]) + "\n"
    assert _rule(few, "N-SHARE") == []


def test_share_of_a_fitted_whole_holding_with_another_written_amount_is_silent():
    # 1105.73 ÷ 5471.2 is 20.21 %: that amount, written before, may be the share's whole
    text = "上年支出5471.2万元。" + _FITTED.format("20.21%")
    assert errors(text) == []


# -- a change with its base written -----------------------------------------------------------

def test_change_against_a_written_base_is_their_difference():
    [f] = _rule("基本支出252.5万元，较上年231.5万元，增加22万元。", "N-CHANGE")
    assert f.severity == "error" and "21万元" in f.message
    [g] = _rule("基本支出252.5万元，比上年的231.5万元增加22万元。", "N-CHANGE")
    assert g.severity == "error"


def test_change_against_a_written_base_silent_when_it_holds_or_is_of_each():
    assert _rule("基本支出252.5万元，较上年231.5万元，增加21万元。", "N-CHANGE") == []
    assert _rule("基本支出252.5万元，比上年231.5万元增加21万元，增长9.07%。", "N-CHANGE") == []
    # 252.5 − 231.5 to the figures' rounding: 20.9 lies within
    assert _rule("基本支出252.5万元，较上年231.5万元，增加20.95万元。", "N-CHANGE") == []


def test_unit_slip_shown_by_a_change_against_a_written_base():
    text = "本年支出合计252.5万元，其中：基本支出252.5\n元，较上年231.5万元，增加21万元；"
    [f] = [x for x in errors(text) if x.rule == "N-UNIT-SLIP"]
    assert "252.5万元" in f.message and "\n" not in f.message
    assert _rule("基本支出252.5万元，较上年231.5万元，增加21万元。", "N-UNIT-SLIP") == []
