"""Precision pass on performance self-evaluations and budget notes: rates after a breakdown of their
budget, 其中 lists after last year's figure of an item."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_ARRIVED = "项目年度预算资金120万元，其中中央资金80万元、省级资金30万元、县级配套10万元，实际到位{got}万元，资金到位率95.83%。"


def test_a_rate_after_a_breakdown_of_its_budget_is_of_the_whole_broken_down():
    assert _rule(_ARRIVED.format(got=115), "N-RATE") == []
    assert _rule("全年预算数500万元，其中基本支出300万元，项目支出200万元，全年执行数480万元，预算执行率96%。", "N-RATE") == []
    assert _rule("政府采购预算80万元，其中货物类50万元、服务类30万元，实际采购76万元，政府采购执行率95%。", "N-RATE") == []
    # neither the whole nor the last part makes it: still a warning
    [f] = _rule(_ARRIVED.format(got=100), "N-RATE")
    assert f.severity == "warning" and "95.83%" in f.message


_CAR = "公务用车运行维护费{now}万元，上年{last}万元，其中燃油费3.00万元、维修费{repair}万元、保险费1.50万元、其他1.50万元。"


def test_a_list_after_last_years_figure_of_an_item_may_be_of_the_items_own_figure():
    assert _rule(_CAR.format(now="9.00", last="8.00", repair="3.00"), "N-SUM") == []  # was an error
    assert _rule(_CAR.format(now="8.00", last="9.00", repair="2.00"), "N-SUM") == []  # was a warning
    assert _rule("2023年基本支出320.00万元，上年为300.00万元，其中：人员经费260.00万元，公用经费60.00万元。", "N-SUM") == []
    # parts adding to neither figure: still an error
    [f] = _rule(_CAR.format(now="8.50", last="8.00", repair="3.00"), "N-SUM")
    assert f.severity == "error"
    [f] = _rule("2023年基本支出330.00万元，上年为300.00万元，其中：人员经费260.00万元，公用经费60.00万元。", "N-SUM")
    assert f.severity == "error"
    # a whole named as this year's is no comparison
    [f] = _rule("2023年基本支出300.00万元，其中：人员经费260.00万元，公用经费60.00万元。", "N-SUM")
    assert f.severity == "error"


_SANGONG = "三公经费预算15.00万元，实际支出12.50万元，其中：公务接待费{a}万元，公务用车运行维护费10.00万元。"


def test_parts_over_their_whole_that_make_an_earlier_amount_of_the_sentence_are_a_reading():
    [f] = _rule(_SANGONG.format(a="5.00"), "N-SUM")  # was an error
    assert f.severity == "warning" and "三公经费预算15.00万元" in f.cause
    # parts making no amount of the sentence: still an error
    [f] = _rule(_SANGONG.format(a="6.00"), "N-SUM")
    assert f.severity == "error"
    # an amount of the next sentence is no reading
    [f] = _rule("实际支出12.50万元，其中：公务接待费5.00万元，公务用车运行维护费10.00万元。三公经费预算15.00万元。", "N-SUM")
    assert f.severity == "error"


_SPENT = "全年预算300万元，全年执行{done}万元，其中基本支出200万元、项目支出{project}万元，预算执行率97%。"


def test_a_rate_after_the_parts_of_its_actual_is_of_the_whole_not_of_two_parts():
    assert _rule(_SPENT.format(done=291, project=91), "N-RATE") == []
    assert _rule("三公经费预算15万元，决算12.5万元，其中公务接待费4.5万元、公务用车运行维护费8万元，三公经费控制率83.33%。",
                 "N-RATE") == []
    assert _rule("批复规模1200平方米，实际规模1180平方米，其中办公用房1000平方米、附属用房180平方米，规模控制率98.33%。",
                 "N-RATE") == []
    # "全年预算300万元，上年结转20万元，其中…，全年执行291万元": an amount of the sentence before the list
    assert _rule("全年预算300万元，上年结转20万元，其中基本支出结转5万元，项目支出结转15万元，全年执行291万元，执行率97%。",
                 "N-RATE") == []
    # no whole makes the rate: still a warning
    [f] = _rule(_SPENT.format(done=250, project=50), "N-RATE")
    assert f.severity == "warning" and "97%" in f.message


_ADJUSTED = "年初经费280万元，调整后经费300万元，其中追加20万元，全年执行291万元，执行率{rate}。"


def test_a_list_read_on_into_the_operand_of_a_rate_of_its_whole_ends_before_it():
    assert _rule(_ADJUSTED.format(rate="97%"), "N-SUM") == []  # was an error
    # the amount makes no rate of the whole: it is read as a part, over the whole
    [f] = _rule(_ADJUSTED.format(rate="90%"), "N-SUM")
    assert f.severity == "error"


def test_a_list_of_a_planned_amount_read_on_into_what_was_done_ends_before_it():
    assert _rule("项目预算180万元，其中中央资金100万元，已支出176.4万元，结余3.6万元。", "N-SUM") == []
    assert _rule("年度预算资金120万元，其中中央资金80万元，实际到位115万元，到位资金已全部拨付。", "N-SUM") == []
    assert _rule("编制数25人，其中行政编制20人，实有人数24人，退休人员10人。", "N-SUM") == []
    # the parts before what was done exceed the whole: still an error
    [f] = _rule("项目预算180万元，其中中央资金100万元、省级资金90万元，已支出176.4万元。", "N-SUM")
    assert f.severity == "error"
    # a whole not named as planned: a clause saying only what was spent ("，已支出…") is no part either
    # (of the funds or of the part before it); parts before it past the whole still fire
    assert _rule("项目资金180万元，其中中央资金100万元，已支出176.4万元。", "N-SUM") == []
    [f] = _rule("项目资金180万元，其中中央资金100万元、省级资金90万元，已支出176.4万元。", "N-SUM")
    assert f.severity == "error"


def test_scores_and_whole_measures_done_end_a_list_of_the_planned_whole():
    assert _rule("总分100分，其中产出指标50分，自评得分95分，自评等级为优。", "N-SUM") == []
    assert _rule("产出指标分值50分，其中数量指标20分，实际得分48分。", "N-SUM") == []
    assert _rule("收入预算500万元，其中财政拨款450万元，收入决算520万元，其中财政拨款470万元，其他收入50万元。", "N-SUM") == []
    # the score written as a part of the points: still an error when the parts exceed them
    [f] = _rule("总分100分，其中产出指标50分、效益指标40分、满意度指标20分，自评得分95分。", "N-SUM")
    assert f.severity == "error"


def test_a_rate_of_what_is_left_of_the_whole_broken_down():
    assert _rule("预算安排资金300万元，其中省级资金200万元，年终结余9万元，执行率97%。", "N-RATE") == []
    [f] = _rule("预算安排资金300万元，其中省级资金200万元，年终结余30万元，执行率97%。", "N-RATE")
    assert f.severity == "warning"


def test_a_list_of_what_was_done_read_on_into_the_plan_ends_before_it():
    assert _rule("实有人数24人，其中行政人员19人，编制数25人，控制率96%。", "N-SUM") == []
    assert _rule("得分95分，其中产出指标48分，满分100分。", "N-SUM") == []
    # the parts before the plan exceed the whole: still an error
    [f] = _rule("实有人数24人，其中行政人员19人、事业人员9人，编制数25人。", "N-SUM")
    assert f.severity == "error"
    # a name that merely begins with a plan word is a part ("计划生育事务")
    [f] = _rule("支出合计100万元，其中：公共卫生60万元，计划生育事务50万元。", "N-SUM")
    assert f.severity == "error"


def test_a_list_of_what_was_done_read_on_into_its_target_ends_before_it():
    assert _rule("共完成培训520人次，其中农民培训320人次，年度目标500人次。", "N-SUM") == []
    assert _rule("全年共发放补贴190户，其中低保户115户，计划发放200户，完成率95%。", "N-SUM") == []
    assert _rule("本年度资金到位290万元，其中中央资金190万元，计划到位300万元，到位率96.67%。", "N-SUM") == []
    [f] = _rule("共完成培训520人次，其中农民培训320人次、干部培训300人次，年度目标500人次。", "N-SUM")
    assert f.severity == "error"


def test_a_list_of_the_serving_staff_read_on_into_the_retired_ends_before_them():
    assert _rule("在职人员24人，其中行政人员19人，退休人员10人，其中退休干部6人。", "N-SUM") == []
    [f] = _rule("在职人员24人，其中行政人员19人、事业人员9人，退休人员10人。", "N-SUM")
    assert f.severity == "error"
    # a whole not named as serving: the retired may be its part ("实有人员…其中在职…退休…")
    [f] = _rule("实有人员30人，其中行政人员19人，退休人员15人。", "N-SUM")
    assert f.severity == "error"
