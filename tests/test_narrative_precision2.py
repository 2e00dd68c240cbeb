"""Precision of the narrative checks on sentence families met in the sixth corpus round: each
pattern once where it used to raise a false error, once where the rule must still fire."""

from __future__ import annotations

from perfxl.narrative.structure import marker_of

from .narrative_helpers import errors, found

_CAR = ("公务用车购置及运行维护费支出决算为33.13万元，完成全年预算49.8万元的66.5%，比上年决算数减少2.5万元，下降7%，"
        "其中：公务用车购置支出决算为17.98万元，完成全年预算18万元的99.9%，比上年决算数增加0万元，增长0%，"
        "公务用车运行维护费支出决算为{run}万元，完成全年预算31.8万元的47.6%，比上年决算数减少2.5万元，下降14.2%。")


def test_the_budget_of_a_rate_is_neither_a_total_nor_a_part():
    assert errors(_CAR.format(run="15.15"), {"N-SUM"}) == []


def test_parts_of_the_actual_above_it_are_still_an_error():
    got = errors(_CAR.format(run="25.15"), {"N-SUM"})
    assert [f.actual for f in got] == [33.13]


def test_how_far_the_money_has_got_is_not_a_part():
    text = "统筹整合使用财政涉农资金107.13万元，其中项目管理费1.07万元，目前项目资金已拨付106.36万元。"
    assert errors(text, {"N-SUM"}) == []
    text = "统筹整合使用财政涉农资金107.13万元，其中项目管理费1.07万元，材料费106.36万元。"
    assert [f.actual for f in errors(text, {"N-SUM"})] == [107.13]


_INCOME = ("本年收入合计1,151.41万元；包括财政拨款收入1,077.36万元(其中，一般公共预算1,077.36万元，政府性基金预算0万元，"
           "国有资本经营预算0万元)，占收入合计{pct}；上级补助收入0万元，占收入合计0%。")


def test_a_share_after_a_bracket_is_of_the_figure_before_the_bracket():
    assert errors(_INCOME.format(pct="93.57%"), {"N-SHARE"}) == []
    got = errors(_INCOME.format(pct="83.57%"), {"N-SHARE"})
    assert [f.actual for f in got] == [83.57] and "1,077.36万元" in got[0].message


def test_counts_of_other_things_are_not_parts():
    text = "有河医、东院区、北院区和南院区4个院区，包含河南省口腔医院、河南省眼科医院等共14个院中院，临床医技科室120个，病区279个。"
    assert errors(text, {"N-SUM"}) == []
    text = "全乡共有村民小组12个，其中：东村5个，西村4个，南村6个。"
    assert [f.actual for f in errors(text, {"N-SUM"})] == [12]


def test_a_breakdown_inside_a_list_may_go_on_over_later_semicolon_items():
    text = ("2019年，我区转移性补助收入10.77亿元，其中：一般公共转移支付补助收入10.72亿元，主要为税收返还收入0.75亿元；"
            "一般性转移支付收入6.95亿元；专项转移收入3.02亿元。政府性基金转移收入458万元。")
    assert errors(text, {"N-SUM"}) == []
    text = text.replace("，主要为税收返还收入0.75亿元", "")
    # 10.72 + 6.95 + 3.02 is far over 10.77: that the later items break down the first is the likelier reading
    assert [f for f in found(text) if f.rule == "N-SUM"] == []


def test_a_nested_total_may_end_its_list_at_any_semicolon():
    text = ("纳入统计的企业共77户(一级企业9户，其中区滨投公司、区城投公司、区环建公司3户企业为平台企业；"
            "二级企业19户；三级企业34户；四级企业15户)，主要从事投资与资产管理。")
    assert errors(text, {"N-SUM"}) == []
    text = "一级企业30户，其中平台企业3户；商贸企业19户；工业企业14户。"
    assert [f.actual for f in errors(text, {"N-SUM"})] == [30]


def test_a_number_before_a_year_opens_a_numbered_paragraph():
    assert marker_of("1.2021年第一批统筹整合使用财政涉农资金项目") == "1."
    assert marker_of("1.5万元") is None
    text = ("1.2021年第一批统筹整合使用财政涉农资金养殖基地建设项目，建设防洪挡墙3100立方米。统筹整合使用财政涉农资金303万元。\n"
            "2.2021年第一批统筹整合使用财政涉农资金基础设施建设项目，硬化道路700平方米。统筹整合使用财政涉农资金107.13万元。\n")
    assert found(text, {"N-REPEAT"}) == []
