"""A plan and what was done of it, then the share done ("年度计划投资44.62亿元,完成投资6.50亿元,完成年度计划14.54%"): the rate is
the completion over the plan (corpus round 93, passage 8814)."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rates(text):
    return [f for f in found(text) if f.rule == "N-RATE" and f.severity == "error"]


def test_a_completion_of_the_plan_is_checked():
    # 6.50 / 44.62 = 14.57 %
    [f] = _rates("省重点项目14宗,年度计划投资44.62亿元,完成投资6.50亿元,完成年度计划14.54%。")
    assert "14.57%" in f.message


def test_a_completion_that_holds_is_silent():
    assert _rates("省重点项目14宗,年度计划投资44.62亿元,完成投资6.50亿元,完成年度计划14.57%。") == []


def test_a_plan_of_another_item_is_not_its_base():
    # the plan names 投资, the completion 产值: two items, nothing is bound
    assert _rates("年度计划投资44.62亿元,完成产值6.50亿元,完成年度计划14.54%。") == []


def test_a_budget_named_as_its_funds_is_the_base_of_an_execution_rate():
    # red-team 11, M1: "项目预算资金50万元，实际支出45.2万元，预算执行率95.4%" (45.2 / 50 = 90.40 %)
    [f] = _rates("项目预算资金50万元，实际支出45.2万元，预算执行率95.4%。")
    assert "90.40%" in f.message
    assert _rates("项目预算资金50万元，实际支出45.2万元，预算执行率90.4%。") == []


def test_what_was_done_since_the_start_is_not_a_years_completion():
    # red-team 12, A2: "累计完成投资1200万元" since the project began, against a year's plan of 500: not this year's completion
    assert _rates("项目总投资1500万元，年度计划投资500万元，累计完成投资1200万元，完成年度计划的84%，完成总投资的80%。") == []
    assert _rates("重点项目总投资256.3亿元，年度计划投资86.5亿元，累计完成投资158.6亿元，完成年度计划的95.2%。") == []
    # red-team 13, M5: "全年累计" is the year's own total: checked against the year's plan (480 / 500 = 96 %)
    [f] = _rates("年度计划投资500万元，全年累计完成投资480万元，完成年度计划的90%。")
    assert "96.00%" in f.message


def test_the_plans_subject_written_before_it():
    # red-team 14, M4: "全县42个重点项目年度计划投资86.5亿元，全年完成投资82.3亿元" (82.3 / 86.5 = 95.14 %)
    [f] = _rates("全县42个重点项目年度计划投资86.5亿元，全年完成投资82.3亿元，完成年度计划的90.1%。")
    assert "95.14%" in f.message
    assert _rates("全县42个重点项目年度计划投资86.5亿元，全年完成投资82.3亿元，完成年度计划的95.1%。") == []
