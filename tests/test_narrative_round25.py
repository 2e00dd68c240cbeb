"""Sentence patterns behind the findings of the twenty-fifth fresh corpus round (project self-evaluations,
township and family-planning final accounts, 三公 and procurement notes, Taiwan township budgets)."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_RECEIVED = "收到省交通事业发展保障支出520万元，其中：超限车辆电子抓拍监控设施建设补助资金{}万元，已支出388.16万元，资金支"


def test_what_was_spent_is_no_part_of_the_list():
    # "，已支出388.16万元": what was done with the part before it or the whole (the page cut off after it)
    assert _rule(_RECEIVED.format("520"), "N-SUM") == []
    # parts past the whole before that clause still fire
    [f] = _rule("收到补助资金520万元，其中：A补助资金300万元，B补助资金300万元，已支出388.16万元，资金支", "N-SUM")
    assert f.severity == "error" and "600万元" in f.message   # the list ends before the spending, even then


_WOMEN = "已婚育龄妇女4299人，无孩妇女315人，其中：新婚{}人，一孩妇女1535人，其中：独生子女领证户131户，二孩妇女2068人，其中：二女结扎户90户。"


def test_an_amount_named_like_the_whole_opening_its_own_list_is_its_sibling():
    assert _rule(_WOMEN.format("25"), "N-SUM") == []
    # named otherwise, an amount opening its own list after the parts is still read as a part
    [f] = _rule("项目资金315万元，其中：设备购置25万元，工程建设300万元，其中：土建200万元。", "N-SUM")
    assert f.severity == "error" and "325万元" in f.message


def test_a_figure_per_unit_is_no_slip_of_wan():
    text = "森林抚育1万亩，拨付资金200万元，其中，直接补助费197万元（每亩197元），间接费用3万元（每亩3元）。"
    assert _rule(text, "N-UNIT-SLIP") == []
    [f] = _rule("公务接待费支出合计12.5万元，其中国内接待12.5元。", "N-UNIT-SLIP")
    assert "12.5万元" in f.message


_PROCUREMENT = "2019年，我局政府采购支出总额{}万元，其中：政府采购货物支出0万元、政府采购工程支出0万元、政府采购服务支出100万元。"


def test_procurement_by_goods_works_and_services_is_complete():
    assert _rule(_PROCUREMENT.format("100"), "N-SUM") == []
    [f] = _rule(_PROCUREMENT.format("121"), "N-SUM")
    assert f.severity == "error" and "全部组成" in f.message and "100万元" in f.message
