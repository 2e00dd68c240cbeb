"""Sentence patterns behind false findings on statistics bulletins, budget execution, audit, asset and
procurement reports (overlapping breakdowns after an inline 其中, a source of the other flow, …),
each with a text where the rule must not give an error and a variant where it still fires."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


# (the items classed one way, by industry: 民间投资, classed by owner, cuts across them and is read so since;
# see tests/test_narrative_cross_cuts.py)
_INVEST = ("全年完成固定资产投资120.5亿元，增长8.5%，其中{}工业投资45.6亿元，增长12.1%，占全部投资的37.8%；"
           "基础设施投资58.2亿元，占全部投资的48.3%；房地产开发投资20.3亿元，下降5.6%。")


def test_an_inline_qizhong_whose_later_semicolon_items_overlap_is_a_warning_naming_the_reading():
    [f] = _rule(_INVEST.format(""), "N-SUM")
    assert f.severity == "warning" and "124.1亿元" in f.message
    assert "只管到第一个分号" in f.cause and "基础设施投资" in f.cause


def test_a_qizhong_list_opened_by_a_colon_or_comma_still_adds_its_semicolon_items():
    for opener in ("：", "，"):
        [f] = _rule(_INVEST.format(opener), "N-SUM")
        assert f.severity == "error" and f.cause is None, opener


def test_an_inline_qizhong_over_within_its_own_semicolon_item_is_still_an_error():
    text = "全年完成固定资产投资120.5亿元，其中工业投资85.6亿元，技改投资40.2亿元；民间投资58.2亿元。"
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error"


def test_siblings_of_a_known_breakdown_after_a_semicolon_stay_an_error():
    for text in ("本年支出合计1000万元，其中基本支出600万元，增长3%；项目支出500万元。",
                 "一般公共预算收入1000万元，其中税收收入600万元，增长3%；非税收入500万元。",
                 "下达转移支付资金2085万元，其中返还性收入52万元，一般性转移支付收入1937万元，主要是体制补助收入"
                 "150万元；专项转移支付收入110万元。"):
        [f] = _rule(text, "N-SUM")
        assert f.severity == "error", text


def test_bare_later_semicolon_items_are_items_of_the_list_and_still_an_error():
    text = "全年完成固定资产投资120.5亿元，其中工业投资45.6亿元，增长12.1%；基础设施投资58.2亿元；房地产开发投资20.3亿元。"
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and f.cause is None


def test_an_inline_qizhong_that_adds_up_says_nothing():
    text = _INVEST.format("").replace("20.3亿元", "10.3亿元").replace("58.2亿元，占全部投资的48.3%", "58.2亿元")
    assert [f for f in _rule(text, "N-SUM")] == []


_FLOWS = "本年收入合计520.36万元，支出合计498.12万元，{}500.00万元，占96.1%。"


def test_a_source_of_the_other_flow_is_no_source_of_the_total_before_it():
    assert _rule(_FLOWS.format("财政拨款收入"), "N-SUM") == []


def test_a_source_of_the_same_flow_above_its_total_is_still_an_error():
    [f] = _rule("本年支出合计498.12万元，财政拨款支出500.00万元，其他资金支出10万元。", "N-SUM")
    assert f.severity == "error" and "500.00万元" in f.message
    [f] = _rule("实际利用共计27652.4万元，政府拨款支出1953.2万元，自筹资金支出29605.6万元。", "N-SUM")
    assert f.severity == "error"


_EACH = ("本年支出合计498.12万元{}其中基本支出380.45万元{}项目支出117.67万元{}分别占支出合计的{}%和23.6%{}")


def test_shares_said_each_after_a_list_in_brackets_or_of_semicolon_items_pair_in_order():
    for shape in (("（", "，", "，", "）。"), ("；", "；", "；", "。")):
        a, b, c, end = shape
        assert _rule(_EACH.format(a, b, c, "76.4", end), "N-SHARE") == [], shape


def test_a_wrong_share_said_each_in_brackets_or_of_semicolon_items_is_still_an_error():
    for shape in (("（", "，", "，", "）。"), ("；", "；", "；", "。")):
        a, b, c, end = shape
        [f] = _rule(_EACH.format(a, b, c, "66.4", end), "N-SHARE")
        assert f.severity == "error" and "基本支出380.45万元" in f.message, shape


def test_a_rate_of_a_qualified_measure_is_not_the_rate_of_the_change_after_it():
    text = "全年一般公共预算支出32.45亿元，剔除上年一次性因素后增长6.5%，按可比口径增长4.2%，比上年增加1.19亿元。"
    assert _rule(text, "N-CHANGE") == []


def test_a_rate_after_the_change_in_plain_words_is_still_its_rate():
    [f] = _rule("全年一般公共预算支出32.45亿元，增长4.2%，比上年增加1.19亿元。", "N-CHANGE")
    assert f.severity == "error" and "4.2%" in f.message
    text = "全年一般公共预算支出32.45亿元，按可比口径增长4.2%，比上年增加1.19亿元，增长4.8%。"
    [f] = _rule(text, "N-CHANGE")
    assert f.severity == "error" and "4.8%" in f.message


def test_a_rate_on_last_year_is_not_the_rate_of_a_change_on_the_budget():
    text = "一般公共预算支出32.45亿元，为调整预算的95.4%，比年初预算增加2.45亿元，比上年增长3.8%。年初预算30.00亿元。"
    assert _rule(text, "N-CHANGE") == []


def test_a_change_and_its_rate_on_one_base_still_fire():
    for against in ("年初预算", "上年"):
        text = f"一般公共预算支出32.45亿元，比{against}增加2.45亿元，增长3.8%。"
        [f] = _rule(text, "N-CHANGE")
        assert f.severity == "error" and "8.17%" in f.message, against


def test_a_change_on_last_years_budget_figure_is_a_change_on_last_year():
    text = "2023年三公经费预算4.97万元，较2022年三公经费预算数增加0.11万元，同比增长6%。"
    [f] = _rule(text, "N-CHANGE")
    assert f.severity == "error" and "6%" in f.message


_YEARS = ("2023年全县民生支出26.12亿元，占一般公共预算支出的{}%；2022年民生支出24.80亿元，占一般公共预算支出的"
          "79.3%。2023年一般公共预算支出32.45亿元，2022年31.26亿元。")


def test_a_share_of_last_years_amount_is_not_bound_to_this_years_whole_of_that_name():
    assert _rule(_YEARS.format("80.5"), "N-SHARE") == []


def test_a_share_whose_amount_and_whole_are_of_one_year_still_fires():
    [f] = _rule(_YEARS.format("70.5"), "N-SHARE")
    assert f.severity == "error" and "26.12亿元" in f.message
    [f] = _rule("2022年民生支出24.80亿元，占一般公共预算支出的76.3%。2022年一般公共预算支出31.26亿元。", "N-SHARE")
    assert f.severity == "error" and "79.33%" in f.message


_ASSETS = "资产总额1250.36万元，负债总额210.50万元，净资产1039.86万元，其中固定资产830.24万元，{}流动资产{}万元。"


def test_a_qizhong_whose_first_part_names_its_share_of_an_earlier_whole_may_be_that_wholes_list():
    assert _rule(_ASSETS.format("占资产总额的66.4%，", "420.12"), "N-SUM") == []


def test_a_qizhong_over_every_whole_of_its_sentence_or_naming_none_is_still_an_error():
    [f] = _rule(_ASSETS.format("占资产总额的66.4%，", "520.12"), "N-SUM")
    assert f.severity == "error" and "1350.36万元" in f.message
    text = ("本年收入合计1250.36万元，本年支出合计1039.86万元，其中基本支出830.24万元，占本年支出合计的79.8%，"
            "项目支出420.12万元。")
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and "1250.36万元" in f.message


_FLOW_CHANGES = ("本年收入合计520.36万元，比上年增加40.36万元，增长8.4%，其中财政拨款收入500.00万元，比上年增加30.00万元，"
                 "增长6.4%；{}比上年增加18.12万元，增长3.8%。")


def test_the_change_of_the_other_flows_total_after_a_semicolon_is_not_a_part_of_the_changes():
    assert _rule(_FLOW_CHANGES.format("本年支出合计498.12万元，"), "N-SUM") == []


def test_the_change_of_a_part_of_the_same_flow_still_adds_up():
    [f] = _rule(_FLOW_CHANGES.format("其他收入20.36万元，"), "N-SUM")
    assert f.severity == "warning" and "48.12万元" in f.message
