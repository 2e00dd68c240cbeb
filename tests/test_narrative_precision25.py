"""N-SUM: each measure of the sentence before broken down by the items, where the measures are not all alike."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_a_rate_per_unit_is_no_measure_the_items_add_up_to():
    # a standard, a price, an amount per head: the same for every item, never their sum
    text = ("全县下达资金1030万元，发放资金{}万元，补助标准0.3万元。其中：甲镇下达资金620万元，发放资金600万元，"
            "补助标准0.3万元；乙镇下达资金410万元，发放资金400万元，补助标准0.3万元。")
    assert _rule(text.format("1000"), "N-SUM") == []
    # the measures that are sums stay read: 下达 adds up, so 发放 falling short is an error
    [f] = _rule(text.format("1100"), "N-SUM")
    assert f.severity == "error" and "1000万元" in f.message


_SUBSET = "全市到位资金100万元，{m}{w}万元。其中：甲县到位资金40万元，{m}{a}万元；乙县到位资金30万元，{m}{b}万元。"


def test_a_small_or_zero_measure_adding_up_shows_nothing_of_the_items_left_out():
    # the counties left out may have no 退回 or 结余 at all: the two listed may be some of them only
    for m, w, a, b in (("结余资金", "0", "0", "0"), ("退回资金", "2", "1", "1"), ("结余资金", "5", "5", "0")):
        [f] = _rule(_SUBSET.format(m=m, w=w, a=a, b=b), "N-SUM")
        assert f.severity == "warning", (m, w)
    # a measure of the order of the one weighed, every item having some, adding up: the items are all, an error
    [f] = _rule("全市到位资金70万元，支出资金80万元。其中：甲县到位资金40万元，支出资金35万元；乙县到位资金30万元，"
                "支出资金25万元。", "N-SUM")
    assert f.severity == "error" and "60万元" in f.message
    # a later stage of the money adding up proves nothing of the earlier: a county left out may have received
    # money and spent none yet
    assert all(f.severity == "warning" for f in _rule(_SUBSET.format(m="支出资金", w="60", a="35", b="25"), "N-SUM"))
    # half of the weighed whole is enough
    spent = "全市到位资金{w}万元，支出资金100万元。其中：甲县到位资金{a}万元，支出资金40万元；乙县到位资金{b}万元，支出资金30万元。"
    [f] = _rule(spent.format(w="52", a="30", b="22"), "N-SUM")
    assert f.severity == "error"
    # less: most of the money is in items not listed, which may have it all
    [f] = _rule(spent.format(w="45", a="25", b="20"), "N-SUM")
    assert f.severity == "warning"


def test_a_whole_of_an_earlier_year_told_after_the_years_own_leaves_the_list_to_it():
    # "2023年预算300万元，2022年预算400万元，其中：…": the parts make the 2023 figure, told first, as "上年" would be
    text = "2023年预算300万元，2022年预算400万元，其中：基本支出200万元，项目支出{}万元。"
    assert _rule(text.format("100"), "N-SUM") == []
    # adding up to neither: an error still
    [f] = _rule(text.format("150"), "N-SUM")
    assert f.severity == "error"
    # the later year after the earlier: the list is of the year named last, an error
    [f] = _rule("2022年预算300万元，2023年预算400万元，其中：基本支出200万元，项目支出100万元。", "N-SUM")
    assert f.severity == "error"


def test_a_gap_written_without_its_direction_is_no_measure_the_items_add_up_to():
    # 乙 spends 0.5 over its budget, 甲 3 under: the gaps, both written as such, make 2.5 only with their signs
    text = ("部门支出9.5万元，年初预算12万元，{w}2.5万元。其中：甲科室支出5万元，年初预算8万元，{w}3万元；"
            "乙科室支出4.5万元，年初预算4万元，{w}0.5万元。")
    assert _rule(text.format(w="差值为"), "N-SUM") == []
    assert _rule(text.format(w="差额"), "N-SUM") == []
    # a gap with its direction (节余: what is left) adds up: over its whole is an error
    [f] = _rule(text.format(w="节余"), "N-SUM")
    assert f.severity == "error" and "3.5万元" in f.message


_COUNTED = ("全市共实施项目30个，到位资金{w}万元，拨付资金900万元，支出资金800万元。其中：甲县项目10个，到位资金500万元，"
            "拨付资金450万元，支出资金400万元；乙县项目20个，到位资金{b}万元，拨付资金450万元，支出资金400万元。")


def test_the_amounts_beside_counted_items_are_each_measure_broken_down_too():
    assert _rule(_COUNTED.format(w="1000", b="500"), "N-SUM") == []
    # over its whole: an error (read before as the amounts beside the counts, not governed by their whole: silent)
    [f] = _rule(_COUNTED.format(w="1000", b="600"), "N-SUM")
    assert f.severity == "error" and "1100万元" in f.message
    # short of it while 拨付 and 支出 add up: the two are all the counties, an error
    [f] = _rule(_COUNTED.format(w="1100", b="500"), "N-SUM")
    assert f.severity == "error" and "1000万元" in f.message
    # neither other measure adds up: the projects counted still do, each county has some: the two are all, an error
    text = _COUNTED.format(w="1100", b="500").replace("拨付资金900万元", "拨付资金950万元").replace("支出资金800万元", "支出资金850万元")
    found_ = _rule(text, "N-SUM")
    assert [f.severity for f in found_] == ["error"] * 3 and "1000万元" in found_[0].message
    # nor the counts: the counties may be some only, a warning at most
    text = text.replace("项目30个", "项目35个")
    assert [f for f in _rule(text, "N-SUM") if f.severity == "error"] == []


_TRADES = ("全市公共资源交易中心共完成交易项目{n}项，完成交易金额{w}万元，节约资金2784.26万元。其中：市级中心完成交易项目49项，"
           "完成交易金额55327.81万元，节约资金528.43万元；县级中心完成交易项目65项，完成交易金额45805.11万元，节约资金2255.83万元。")


def test_the_things_counted_adding_up_show_the_items_are_all():
    assert _rule(_TRADES.format(n="114", w="101132.92"), "N-SUM") == []
    # 节约资金 adds up but is small beside the amount traded: no proof; the 114 projects are
    [f] = _rule(_TRADES.format(n="114", w="101312.92"), "N-SUM")
    assert f.severity == "error" and "101132.92万元" in f.message
    # 115 counted against 49 + 65: the two centres may be some only
    assert [f for f in _rule(_TRADES.format(n="115", w="101312.92"), "N-SUM") if f.severity == "error"] == []


def test_a_list_read_as_of_the_last_amount_before_it_keeps_that_reading():
    # the 完成投资 of the two, read as a 其中 of "完成投资900万元", is not taken as proof that they are all the
    # projects: others may be planned and not started
    text = ("计划投资1000万元，完成投资900万元。其中：甲项目计划投资600万元，完成投资500万元；"
            "乙项目计划投资300万元，完成投资400万元。")
    assert [f for f in _rule(text, "N-SUM") if f.severity == "error"] == []
    # over its whole stays an error
    [f] = _rule(text.replace("乙项目计划投资300万元", "乙项目计划投资500万元"), "N-SUM")
    assert f.severity == "error" and "1100万元" in f.message


def test_people_counted_do_not_show_the_items_are_all():
    # money may be held where no household is helped (the city's own share, a fee): 100 of 到位 may be there
    text = ("全市受益农户5000户，到位资金1000万元，拨付资金800万元。其中：甲县受益农户3000户，到位资金600万元，"
            "拨付资金500万元；乙县受益农户2000户，到位资金300万元，拨付资金250万元。")
    assert [f for f in _rule(text, "N-SUM") if f.severity == "error"] == []
    # projects counted do
    [f, _] = _rule(text.replace("受益农户5000户", "实施项目50个").replace("受益农户3000户", "实施项目30个")
                   .replace("受益农户2000户", "实施项目20个"), "N-SUM")
    assert f.severity == "error" and "900万元" in f.message


def test_an_amount_per_visit_or_pupil_is_no_measure_the_items_add_up_to():
    text = "全县医院门诊收入5000万元，次均费用200元。其中：人民医院门诊收入3000万元，次均费用220元；中医院门诊收入2000万元，次均费用170元。"
    assert _rule(text, "N-SUM") == []
    text = "全县教育经费5000万元，生均经费0.5万元。其中：一中教育经费3000万元，生均经费0.6万元；二中教育经费2000万元，生均经费0.4万元。"
    assert _rule(text, "N-SUM") == []
    # "均等化" is no average: its amounts add up
    [f] = _rule("全县均等化补助资金1000万元，拨付资金900万元。其中：甲县均等化补助资金600万元，拨付资金500万元；"
                "乙县均等化补助资金500万元，拨付资金400万元。", "N-SUM")
    assert f.severity == "error" and "1100万元" in f.message


_OWN_SHARE = ("全县到位资金1000万元，{own}下达资金900万元。其中：甲镇到位资金{a}万元，下达资金500万元；"
              "乙镇到位资金400万元，下达资金400万元。")


def test_items_leaving_of_the_whole_an_amount_the_sentence_before_states_are_the_rest():
    # the towns are what the county's own 100 leaves: no shortfall shown
    for own in ("其中县本级到位资金100万元，", "县本级100万元，"):
        assert _rule(_OWN_SHARE.format(own=own, a="500"), "N-SUM") == [], own
    # a shortfall of another size stays an error
    [f] = _rule(_OWN_SHARE.format(own="其中县本级到位资金100万元，", a="450"), "N-SUM")
    assert f.severity == "error" and "850万元" in f.message
    # or told in the sentence after the items
    text = _OWN_SHARE.format(own="", a="500")
    for sep in ("", "\n"):
        assert _rule(text + sep + "县本级到位资金100万元，尚未支出。", "N-SUM") == [], sep
    [f] = _rule(text + "县本级到位资金200万元，尚未支出。", "N-SUM")
    assert f.severity == "error"


def test_items_of_another_time_or_share_than_the_whole_are_no_breakdown_of_it():
    # the counties' cumulative figures beside the year's: nothing to add up
    text = ("2023年到位资金1000万元，支出资金900万元。其中：甲县累计到位资金800万元，累计支出资金700万元；"
            "乙县累计到位资金600万元，累计支出资金500万元。")
    assert _rule(text, "N-SUM") == []
    # the same time on both sides: over its whole, an error
    [f] = _rule(text.replace("2023年到位资金", "累计到位资金").replace("，支出资金900", "，累计支出资金1200"), "N-SUM")
    assert f.severity == "error" and "1400万元" in f.message
