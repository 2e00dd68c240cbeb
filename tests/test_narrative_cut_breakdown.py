"""A sentence opened by the one way its items are classed ("按经营地分，…", "分产业看，…", "从来源看，…") or by the name of
the whole it breaks down ("第三产业中，…") lists classes of one cut, none holding another: items adding up past the
whole of the sentence before are an error (red-team 15, M1).  The whole must be unambiguous (one figure there,
named with three characters of some item's name, or by the opener itself), the items plain classes (no averages,
no subtotals, no nested 其中), and a shortfall is never reported (some classes may go unwritten)."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity == "error"]


_RETAIL = ("全年社会消费品零售总额320.5亿元，比上年增长6.1%。按经营地分，城镇消费品零售额{town}亿元，增长6.0%；"
           "乡村消费品零售额80.2亿元，增长6.5%。按消费形态分，商品零售额290.1亿元，增长5.8%；餐饮收入{food}亿元，增长8.9%。")


def test_classes_of_one_cut_past_their_whole_are_an_error():
    [f] = _sums(_RETAIL.format(town="250.3", food="30.4"))
    assert "按经营地分" in f.message and "330.5亿元" in f.message and "320.5亿元" in f.message
    # the second cut of the same whole, past it too
    fs = _sums(_RETAIL.format(town="240.3", food="40.4"))
    assert len(fs) == 1 and "按消费形态分" in fs[0].message


def test_a_breakdown_opened_by_its_wholes_name():
    [f] = _sums("第三产业增加值93.7亿元，同比增长5.6%。第三产业中，批发零售业增加值46.3亿元，同比下降1.1%；"
                "金融业增加值52.9亿元，同比增长7.7%。")
    assert "第三产业中" in f.message


@pytest.mark.parametrize("text", [
    _RETAIL.format(town="240.3", food="30.4"),                       # both cuts make the whole
    _RETAIL.format(town="200.3", food="20.4"),                       # short: classes may go unwritten
    # averages of groups never add up
    "全体居民人均可支配收入20733元。按常住地分，城镇居民人均可支配收入27561元；农村居民人均可支配收入11272元。",
    # two figures in the sentence before: which one is broken down is not said
    "全县入库财政收入113232万元，县本级财政收入97164万元。按征收部门划分，国税部门组织收入51222万元，地税部门组织收入25378万元，"
    "财政部门组织收入36632万元。",
    # a whole named unlike the items
    "县本级财政收入97164万元，比上年同期增收2288万元。按征收部门划分，国税部门组织收入51222万元，地税部门组织收入25378万元，"
    "财政部门组织收入36632万元。",
    # a nested list inside the items: where it ends is not said
    "全市一般公共预算支出完成1268606万元。分级次看，市本级支出完成340687万元；县区级支出完成927919万元，其中，区级支出完成"
    "177596万元；县级支出完成750323万元。",
    # far past the whole: a whole misread
    "全年社会消费品零售总额320.5亿元。按经营地分，城镇消费品零售额450.3亿元；乡村消费品零售额80.2亿元。",
])
def test_silent_where_the_cut_or_its_whole_is_not_certain(text):
    assert _sums(text) == []
