"""Sentence patterns behind the findings of the twenty-first fresh corpus round (performance
monitoring reports, 三公 notes of central departments, budget execution, audit and state assets)."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_a_count_of_another_thing_is_no_part():
    text = ("涉及我县303个行政村农村综合改革财政资金2823万，其中，“一事一议”财政奖补项目32个，财政奖补资金1303万元；"
            "一事一议“美丽乡村”项目1个，财政奖补资金300万元；303个行政村“基层组织活动和公共运行维护”资金1220万元。")
    assert [f for f in _rule(text, "N-SUM") if f.severity == "error"] == []
    # villages of two kinds are villages: over the whole, an error
    [f] = _rule("全县有303个行政村，其中：贫困村32个，非贫困村281个。", "N-SUM")
    assert f.severity == "error" and "313个" in f.message


def test_the_level_an_amount_was_brought_to_restates_the_whole():
    text = "预算数为9,564.38万元(年初预算数1,984.38万元,由于机构调整追加到9,564.38万元),支出数比预算数减少6989.69万元。"
    assert _rule(text, "N-SUM") == []
    [f] = _rule("预算数为9,564.38万元(年初预算数1,984.38万元,追加8,580万元)。", "N-SUM")
    assert f.severity == "error" and "10564.38万元" in f.message


def test_a_paragraph_opening_with_a_label_states_everything_of_that_label():
    text = ("国有资本经营预算：全市收入实现4.34亿元。其中：市本级收入实现3.32亿元。\n"
            "社会保险基金预算：全市收入实现85.36亿元。其中：市本级收入实现{}亿元。")
    assert _rule(text.format("70.33"), "N-REPEAT") == []
    # within one label the same words with two values are still reported
    same = text.replace("社会保险基金预算", "国有资本经营预算")
    assert any("3.32亿元" in f.message and "70.33亿元" in f.message for f in _rule(same.format("70.33"), "N-REPEAT"))


def test_averages_of_groups_never_add_up():
    text = ("全市中学生均公用经费128.66元，比上年下降2.98%，其中：普通高中生均公用经费240.74元，比上年增长15.32%；"
            "普通初中生均公用经费107.41元，比上年下降11.16%。")
    assert _rule(text, "N-SUM") == []
    [f] = _rule("全市中学公用经费128.66万元，其中：普通高中公用经费40.74万元；普通初中公用经费107.41万元。", "N-SUM")
    assert f.severity == "error"


def test_what_each_of_several_items_has_counts_for_each():
    assert _rule("支援类项目300万元(援藏援疆各50万元、扶贫200万元)。", "N-SUM") == []
    [f] = _rule("支援类项目300万元(援藏援疆各50万元、扶贫260万元)。", "N-SUM")
    assert f.severity == "error"


def test_a_thousands_separator_does_not_split_a_list_item():
    text = "2012年国家邮政局收入总计{}万元,包括:财政拨款收入60,719.31万元,经营收入468.52万元,其他收入9,544.66万元,上年结转和结余12,381.71万元。"
    assert _rule(text.format("83,114.20"), "N-SUM") == []
    [f] = _rule(text.format("71,732.49"), "N-SUM")
    assert f.severity == "error" and "83114.2万元" in f.message


_SPACED_LINES = ("档案馆2022年年初专项经费指标总额为84万元，其中：\n\n  1、档案保护保管专项经费指标为36万元，用于保护保管；\n\n"
                 "  2、档案保护管理专项指标为16万元，用于设施运行；\n\n  3、档案装具专项指标为{}，用于档案整理。\n\n"
                 "公用经费指标总额为112.72万元。")


def test_numbered_lines_spaced_by_blank_lines_are_one_list():
    assert _rule(_SPACED_LINES.format("32万元"), "N-SUM") == []
    [f] = _rule(_SPACED_LINES.format("42万元"), "N-SUM")
    assert f.severity == "error" and "94万元" in f.message
    # the unmarked paragraph after the last blank line is no item (36 + 16 + 32 + 112.72 would be over 84)
