"""Precision: sentence shapes that gave wrong findings on fresh text (corpus round 56, audit round 25)."""

from __future__ import annotations

import pytest

from perfxl.narrative.figures import extract_figures
from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


@pytest.mark.parametrize("verb, relation", [("激增", "增加"), ("猛增", "增加"), ("锐减", "减少"), ("骤降", "减少")])
def test_a_surge_or_a_plunge_is_a_change(verb, relation):
    [f] = extract_figures(f"近5年来某市政府债务{verb}250亿元。")
    assert f.relation == relation


def test_a_surge_is_no_level_another_change_is_of():
    # round 56, 5108: the 250亿 is 桃园's increase, the 382亿 台北's fall
    text = "近5年来桃园市政府激增250億元,增加最多;減債最多則是台北市,減少達382 億3,759 萬餘元(減幅18.69%)為最多。"
    assert _rule(text, "N-CHANGE") == []


def test_a_surge_keeps_its_own_rate_checked():
    assert len(_rule("收入100万元，比上年激增20万元，增长20%。", "N-CHANGE")) == 1   # 20 ÷ 80 = 25 %
    assert _rule("收入100万元，比上年激增20万元，增长25%。", "N-CHANGE") == []


def test_a_semicolon_item_naming_its_own_subject_before_a_comma_has_the_change():
    text = "近5年来桃园市政府债务余额1000億元,增加最多;減債最多則是台北市,減少達382億元(減幅18.69%)為最多。"
    assert _rule(text, "N-CHANGE") == []


def test_a_comparison_after_the_semicolon_is_still_of_the_figure_before():
    [f] = _rule("收入100万元；较之上年同期水平，增加10万元，增长20%。", "N-CHANGE")   # 10 ÷ 90 = 11.11 %
    assert f.severity == "error"


_CUT = ("农委会主管编列为268亿元，包括农业水资源蓄存及农田水利建设等142亿元、强化农路韧性基础建设等29亿元、"
        "韧性渔港建设20亿元、提升养殖供水效能等19亿元、农村送暖方案13亿元、辅导农民导入净零生产机具等12亿元、"
        "辅导家禽业者改善禽舍等11亿元、强化森林防减灾预警机制等10")


def test_a_list_the_text_stops_in_mid_item_is_not_said_to_leave_parts_out():
    # audit round 25, 2803: the excerpt ends inside the eighth item
    assert _rule(_CUT, "N-SUM") == []


def test_a_list_that_ends_its_sentence_is_still_checked():
    [f] = _rule(_CUT + "亿元。", "N-SUM")   # 142 + 29 + 20 + 19 + 13 + 12 + 11 + 10 = 256 < 268: a warning
    assert f.severity == "warning"


def test_a_list_over_its_whole_is_an_error_even_where_the_text_stops():
    text = "编列为200亿元，包括甲项目142亿元、乙项目129亿元、丙项目等10"
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error"


def test_a_change_in_yuan_beside_a_figure_in_wan_is_also_read_in_wan_in_the_message():
    # audit round 26, 2926: the rate fails either way (5.7 % is the change over this year), and the message
    # gives the reading a clerk would try first
    [f] = _rule("总支出1135.8万元，比上年增加64.23元，增长5.7%。", "N-CHANGE")
    assert "0.00057%" in f.message and "若增减额是 64.23万元，应为 5.99%" in f.message
    [g] = _rule("总支出1135.8万元，比上年增加64.23万元，增长5.7%。", "N-CHANGE")
    assert "若增减额是" not in g.message


@pytest.mark.parametrize("name", ["公共财政预算收入", "一般公共预算收入"])
def test_tax_and_other_revenue_after_the_budget_revenue_are_its_breakdown(name):
    # audit round 27, 3005: 公共财政预算收入 is 一般公共预算收入's name before 2014; 6.20 + 7.48 = 13.68
    text = (f"全年全县地方财政总收入15.17亿元,下降17.8%。其中{name}完成13.68亿元,下降15.7%;税收收入完成6.20亿元,"
            "下降26.0%;非税收入完成7.48亿元,下降4.6%。")
    assert _rule(text, "N-SUM") == []
