"""Sentence patterns behind the findings of the twenty-fourth fresh corpus round (fund allocations and
performance evaluations, lottery-fund notices, news on 三公 spending, forty-year retrospectives)."""

from __future__ import annotations

from tests.narrative_helpers import doc, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_ALLOCATION = "移民困难扶助金为6778万元，其中1000万元{}，剩余部分5778万元按照原分配比例分配到市州。"


def test_weights_of_an_allocations_basis_are_no_share_of_the_amount():
    # "按照A和B各占50%的比例分配": the weights of the basis the 1000万元 is allocated by
    assert _rule(_ALLOCATION.format("按照各市州小型水库的数量和库容各占50%的比例分配到市州、县市区"), "N-SHARE") == []
    assert _rule("资金共500万元，按人口和面积各占50%的比例分配到各乡镇。", "N-SHARE") == []
    # a share of the amount itself still fires
    [f] = _rule(_ALLOCATION.format("，占50%"), "N-SHARE")
    assert f.severity == "error" and "14.75%" in f.message


def test_a_space_typed_before_a_point_keeps_the_number_whole():
    text = "“三公”总数下降最明显的是区国资局，决算支出8 .69万元，比上年减少18 .44万元，下降{}。"
    assert [f.value for f in doc(text.format("68%")).figures] == [8.69, 18.44, 68.0]
    assert _rule(text.format("68%"), "N-CHANGE") == []
    [f] = _rule(text.format("58%"), "N-CHANGE")
    assert f.severity == "error" and "67.97%" in f.message
    assert [f.value for f in doc("公务接待费554万元，同比减少574万元，下降50 .9%。").figures] == [554.0, 574.0, 50.9]


_PAID = "2023年共支付省级福利彩票公益金113万元，其中支付养老机构运营补贴{}、社会工作服务站建设15万元、村级互助幸福院50万元。"


def test_an_item_with_an_amount_in_wan_without_yuan_leaves_the_list_unread():
    # "48万": 万元 or ten-thousands of something else; the parts are not known, nothing is said of their sum
    assert _rule(_PAID.format("48万"), "N-SUM") == []
    # written in full, the list is read and its excess still said
    [f] = _rule(_PAID.format("58万元"), "N-SUM")
    assert f.severity == "error" and "123万元" in f.message


_GROWTH = "全区农牧业总产值从1978年的3.37亿元，增长到2017年的122.8亿元，增长了36倍，{}。"


def test_an_average_growth_rate_is_no_ratio_of_the_two_figures():
    assert _rule(_GROWTH.format("年均增长率9.7%"), "N-RATE") == []
    assert _rule(_GROWTH.format("平均增长率9.7%"), "N-RATE") == []
    # a rate of the two figures still fires
    [f] = _rule("固定资产原值729.03万元，在用资产520.96万元，资产使用率81.46%。", "N-RATE")
    assert "71.46%" in f.message


_COMPOSED = ("2017年我县体育彩票公益金共计{}万元，其组成情况如下：一是体育彩票销售地方分成37.22万元，二是省级体彩公益金"
             "(定向转移支付)85万元，三是中央彩票公益金支持地方体育事业经费共计4.5万元。现将使用情况公告如下：")


def test_a_composition_set_out_item_by_item_adds_up_to_its_whole():
    assert _rule(_COMPOSED.format("126.72"), "N-SUM") == []
    [f] = _rule(_COMPOSED.format("123.22"), "N-SUM")
    assert f.severity == "error" and "126.72万元" in f.message
    # "组成情况如下" names every part: a shortfall is an error too
    [f] = _rule(_COMPOSED.format("130.72"), "N-SUM")
    assert f.severity == "error" and "全部组成" in f.message
