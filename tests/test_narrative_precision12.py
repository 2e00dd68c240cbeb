"""Precision pass on budget and final-account notes and performance self-evaluations: comparisons
with the budget and with last year written one after the other in one sentence."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_TWO = "本年收入1523.26万元，较年初预算1500万元增加23.26万元，增长1.55%，较上年决算数增加123.26万元，增长{}。"


def test_a_written_base_is_of_the_comparison_it_opens_not_of_the_next_one():
    assert _rule(_TWO.format("8.80%"), "N-CHANGE") == []  # was an error (123.26 ÷ 1500)
    assert _rule("公务用车运行维护费8.00万元，比预算9.00万元减少1.00万元，下降11.11%，比上年减少2.00万元，下降20%。",
                 "N-CHANGE") == []
    assert _rule("公务用车运行维护费8.00万元，比上年10.00万元减少2.00万元，下降20%，比预算减少1.00万元，下降11.11%。",
                 "N-CHANGE") == []
    # the second comparison is still checked, on the amount of the year
    [f] = _rule(_TWO.format("9.80%"), "N-CHANGE")
    assert f.severity == "error" and "8.80%" in f.message and "1500万元" not in f.message
    # a base written for its own comparison still is its base
    [f] = _rule("本年收入1523.26万元，较上年1400万元增加123.26万元，增长9.80%。", "N-CHANGE")
    assert f.severity == "error" and "按所写上年数 1400万元" in f.message


def test_last_years_figure_is_no_base_of_a_comparison_with_the_budget():
    text = "本年收入1523.26万元，上年1400万元，比年初预算增加23.26万元，增长{}，比上年增加123.26万元，增长8.80%。"
    assert _rule(text.format("1.55%"), "N-CHANGE") == []  # was an error (23.26 ÷ 1400)
    # was a "wrong direction" error against last year's 9.00
    assert _rule("“三公”经费预算12.50万元，上年支出9.00万元，本年支出10.00万元，比预算减少2.50万元，下降20%。",
                 "N-CHANGE") == []
    [f] = _rule(text.format("1.65%"), "N-CHANGE")
    assert "1.55%" in f.message
    # against last year, last year's figure is the base
    [f] = _rule("本年收入1523.26万元，上年收入1400万元，比上年增加123.26万元，增长9.80%。", "N-CHANGE")
    assert f.severity == "error" and "按所写上年数 1400万元" in f.message


_EACH = "公务接待费支出1.50万元，较上年减少0.30万元，较预算减少0.50万元，分别下降{}、{}。"


def test_rates_after_each_follow_the_changes_of_their_clause_run_in_order():
    assert _rule(_EACH.format("16.67%", "25%"), "N-CHANGE") == []  # was an error (16.67% read as 0.50's rate)
    text = "收入1523.26万元，比上年增加123.26万元{}支出1500.00万元，比上年增加100.00万元，分别增长8.80%、{}。"
    assert _rule(text.format("；", "7.14%"), "N-CHANGE") == []  # across the semicolon: was an error
    assert _rule(text.format("，", "7.14%"), "N-CHANGE") == []
    assert _rule("收入1523.26万元，比上年增加123.26万元，支出1500.00万元，比上年减少100.00万元，分别增长8.80%、下降6.25%。",
                 "N-CHANGE") == []  # each rate with its own direction: was an error
    # each rate is still checked against its own change
    [f] = _rule(_EACH.format("26.67%", "25%"), "N-CHANGE")
    assert f.severity == "error" and "0.30万元" in f.message and "16.67%" in f.message
    [f] = _rule(_EACH.format("16.67%", "35%"), "N-CHANGE")
    assert f.severity == "error" and "0.50万元" in f.message and "25.00%" in f.message
    [f] = _rule(text.format("，", "9.14%"), "N-CHANGE")
    assert f.severity == "error" and "100.00万元" in f.message and "7.14%" in f.message


_PROCURED = "政府采购支出300万元，其中授予中小企业合同金额240万元，占80%，授予小微企业合同金额200万元，占{}。"


def test_parts_whose_own_shares_hold_and_add_past_the_whole_may_overlap():
    [f] = _rule(_PROCURED.format("66.67%"), "N-SUM")  # was an error
    assert f.severity == "warning" and "互有包含" in f.cause
    # a share that does not hold: no such reading, the excess stays an error
    assert [f.severity for f in _rule(_PROCURED.format("60%"), "N-SUM")] == ["error"]
    # parts complete by their names cannot overlap
    [f] = _rule("支出300万元，其中基本支出240万元，占80%，项目支出200万元，占66.67%。", "N-SUM")
    assert f.severity == "error"


def test_a_level_after_a_verb_and_zhi_is_read_not_taken_for_a_range():
    text = "年度预算200万元，{}180万元，执行171万元，执行率{}。"
    for verb in ("调减至", "减少至", "调整至"):
        assert _rule(text.format(verb, "95%"), "N-RATE") == []  # was a warning (171 ÷ 200)
    # a rate of neither budget still says so
    [f] = _rule(text.format("调减至", "80%"), "N-RATE")
    assert "80%" in f.message and "180万元" in f.message
    # "5至15" is still a range: no figure 15 of its own
    from tests.narrative_helpers import doc
    assert [g.text for g in doc("补助标准为每人5至15万元，共发放100万元。").figures] == ["100万元"]


_ARRIVED = "项目资金200万元，其中中央资金{}万元，到位{}万元，到位率100%；地方配套80万元，到位60万元，到位率75%。"


def test_an_amount_with_a_rate_over_the_part_before_it_is_a_measure_of_that_part():
    assert _rule(_ARRIVED.format(120, 120), "N-SUM") == []  # was an error (120 + 120 over 200)
    assert _rule("项目预算200万元，其中基本支出150万元，支出120万元，执行率80%；项目支出50万元，支出45万元，执行率90%。",
                 "N-SUM") == []
    # the part itself over the whole is still an error
    [f] = _rule(_ARRIVED.format(220, 220), "N-SUM")
    assert f.severity == "error" and "200万元" in f.message
