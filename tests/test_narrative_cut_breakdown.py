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


@pytest.mark.parametrize("text", [
    # red-team 16, A1: a subtotal sentence between the whole and its breakdown
    "社会消费品零售总额81.38亿元。限额以上单位消费品零售额60.12亿元。按经营地分，城镇消费品零售额72.91亿元，乡村消费品零售额8.47亿元。",
    "全县实现地区生产总值120.3亿元。非公有制经济增加值90.2亿元，占75.0%。分产业看，第一产业增加值18.2亿元，第二产业增加值45.6亿元，"
    "第三产业增加值56.5亿元。",
    "各项存款余额312.5亿元。住户存款余额245.6亿元。按期限分，活期存款余额120.3亿元，定期存款余额190.2亿元。",
    # red-team 16, A3: an aggregate (民生支出) listed beside its own classes
    "全年全县一般公共预算支出25.6亿元，增长4.1%。从支出结构看，一般公共服务支出3.1亿元，教育支出5.6亿元，农林水支出6.1亿元，"
    "民生支出18.2亿元，占71.1%。",
])
def test_silent_where_the_items_may_be_of_a_larger_whole_or_hold_an_aggregate(text):
    assert _sums(text) == []


def test_past_the_larger_whole_too_is_still_an_error():
    assert _sums("社会消费品零售总额81.38亿元。限额以上单位消费品零售额60.12亿元。按经营地分，城镇消费品零售额75.91亿元，"
                 "乡村消费品零售额8.47亿元。")
