"""List totals whose parts were read wrongly in fresh published text (county statistics bulletins): a sibling of
the total past a semicolon, a 民生 total among its own classes, counts of other results after a list's first part,
and a list bound to an average instead of the whole written before it.  Each pattern with the published shape,
which holds and stays silent, and one with a real mismatch under every reading, which is still an error."""

from __future__ import annotations

from tests.narrative_helpers import found


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM"]


# -- past a semicolon, an item named as the total is may be its sibling ------------------------------------------

_CROPS = ("全年粮食种植面积214256亩，比上年增加5574亩，其中稻谷面积{}亩，增加6727亩；烟叶种植面积34458亩，减少4181亩；"
          "油料种植面积9277亩，减少377亩；蔬菜种植面积47042亩，减少1400亩。")


def test_an_item_named_as_the_total_past_a_semicolon_may_be_its_sibling():
    # 烟叶, 油料 and 蔬菜 are no grain: 其中 holds 稻谷 only (184865 ≤ 214256)
    assert _sums(_CROPS.format("184865")) == []


def test_the_totals_own_scope_does_not_stop_the_sibling_reading():
    assert _sums(_CROPS.format("184865").replace("全年粮食", "全县粮食")) == []


def test_the_sibling_reading_still_errs_when_the_first_part_alone_exceeds_the_total():
    [f] = _sums(_CROPS.format("224865"))   # 224865 > 214256 under every reading
    assert f.severity == "error"


def test_the_same_name_with_another_ordinal_is_a_sibling():
    text = ("地区生产总值全年完成116.5亿元，分产业看，第一产业完成13.3亿元，比上年同期下降0.5%；第二产业完成43.5亿元，"
            "同比增长1.0%，其中工业完成37.7亿元，增长0.8%；第三产业完成59.7亿元，增长8.5%。")
    assert _sums(text) == []
    assert _sums("第二产业完成43.5亿元，其中工业完成37.7亿元；第三产业完成59.7亿元。") == []
    [g] = _sums("第二产业完成43.5亿元，其中工业完成47.7亿元；第三产业完成59.7亿元。")   # 工业 alone is over its 第二产业
    assert g.severity == "error"


def test_parts_the_totals_name_lists_are_no_siblings():
    # the total's name lists its parts (购置及运行维护, 农林牧渔): both parts are its own, and they exceed it
    [f] = _sums("公务用车购置及运行维护费为0万元，较预算数减少0万元。其中：公务用车购置费0万元，较预算数减少0万元；"
                "公务用车运行维护费5.98万元，较预算数增加0.02万元。")
    assert f.severity == "error"
    [g] = _sums("全县农林牧渔业总产值55.2亿元，比上年增长4.1%。其中，农业总产值30.6亿元，增长4.8%；林业总产值1.56亿元，"
                "增长5.6%；牧业总产值20.1亿元，增长2.4%；渔业总产值10.6亿元，增长5.3%。")
    assert g.severity == "error"


def test_items_with_no_name_of_the_total_past_a_semicolon_are_still_parts():
    [f] = _sums("一般公共预算支出100万元，其中：基本支出60万元；项目支出50万元。")
    assert f.severity == "error"


# -- 民生类支出 is the 民生 total of the classes listed beside it --------------------------------------------------

_LIVELIHOOD = ("全年一般公共预算支出28.7亿元，下降0.4%。其中，教育支出9.26亿元，增长7.2%；社会保障和就业支出5.67亿元，"
               "增长51.6%；卫生健康支出3.16亿元，增长24.9%；{}21.67亿元，占一般公共预算支出75.4%。")


def test_a_livelihood_class_total_holds_the_classes_listed_before_it():
    assert _sums(_LIVELIHOOD.format("民生类支出")) == []
    assert _sums(_LIVELIHOOD.format("民生支出")) == []


def test_an_item_of_no_account_holding_the_others_is_still_a_part():
    [f] = _sums(_LIVELIHOOD.format("城乡社区支出"))   # 39.76 > 28.7: 城乡社区 holds none of them
    assert f.severity == "error"


# -- counts of other results after a list's first part --------------------------------------------------------

_JOBS = "全年城镇新增就业4564人，其中就业困难人员实现再就业493人，{}991人，{}4491人。"


def test_counts_of_other_results_after_the_first_part_are_no_parts():
    # 创业 and 培训 are results told beside 新增就业, not kinds of it (493 ≤ 4564)
    assert _sums(_JOBS.format("促进创业", "劳动力技能提升培训")) == []


def test_counts_named_as_the_first_part_or_with_a_first_part_of_another_name_are_parts():
    # a later part sharing a word with the first (游客): a part as well, 130 > 120
    [f] = _sums("全年接待游客120万人次，其中国内游客100万人次，入境游客30万人次。")
    assert f.severity == "error"
    # a first part that shares no word with the total gives no such reading
    [g] = _sums("在职职工50人，其中行政人员20人，工勤人员35人。")
    assert g.severity == "error"
    [h] = _sums("全年城镇新增就业4564人，其中困难人员493人，返乡人员991人，技能培训4491人。")
    assert h.severity == "error"


# -- a list opening the next sentence is of the whole, not of its average --------------------------------------

def test_a_list_after_an_average_is_of_the_whole_written_before_it():
    text = "粮食总产量5.1万吨，较上年增长18.5%，平均亩产253公斤，增长17.1%。其中，夏粮{}万吨，增长29.3%；秋粮2.3万吨，增长7.6%。"
    assert _sums(text.format("2.8")) == []
    [f] = _sums(text.format("3.8"))   # 3.8 + 2.3 = 6.1 > 5.1: as without the average (a list of the sentence before)
    assert "5.1万吨" in f.message and "253" not in f.message
    assert [(g.severity, g.message) for g in _sums(text.replace("，平均亩产253公斤，增长17.1%", "").format("3.8"))] \
        == [(f.severity, f.message)]


# -- kinds of an account by its definition add up to it, each with its own rate ----------------------------------

_TAXES = ("(1)税收收入70288万元。其中:增值税12252万元,下降33%;企业所得税6761万元,下降25%;个人所得税3308万元,下降10%;"
          "城市维护建设税5558万元,下降20%;房产税24245万元,增长53%;印花税6219万元,下降2%;{}11950万元,增长2%。")


def test_taxes_of_the_tax_income_each_with_its_rate_are_its_kinds():
    # (corpus 6805) seven taxes, each a kind of 税收收入 by definition: 70293 > 70288 is an error, rates or not
    [f] = _sums(_TAXES.format("车船税"))
    assert f.severity == "error" and "70293万元" in f.message


def test_items_with_their_own_rates_not_named_as_kinds_are_still_a_reading():
    # an item of no tax among them: the notable items of a bulletin, which may overlap (a warning, as before)
    [f] = _sums(_TAXES.format("重点税源企业"))
    assert f.severity == "warning"
    assert _sums(_TAXES.format("车船税").replace("70288", "70293")) == []


# -- the refinements the perturbation check asked for: levels are parts, "其他" is the rest --------------------

def test_a_part_named_by_its_level_is_no_sibling():
    # 全国 = 中央本级 + 地方: 地方一般公共预算支出 ends as the total does, but 地方 is a level, a part of 全国
    [f] = _sums("前2个月，全国一般公共预算支出33257亿元，同比增长7%。其中，中央一般公共预算本级支出3896亿元，同比增长4.6%；"
                "地方一般公共预算支出34331亿元，同比增长7.3%。")
    assert f.severity == "error"


def test_the_rest_of_a_count_list_is_a_part_whatever_its_name():
    [f] = _sums("新疆公务用车总数11417辆（其中：一般公务用车9792辆、执法执勤用车1480辆、其他车辆1851辆）。")
    assert f.severity == "error"
    assert _sums("新疆公务用车总数13123辆（其中：一般公务用车9792辆、执法执勤用车1480辆、其他车辆1851辆）。") == []


# -- audit round 53 (5612): the two lotteries are all of it; "相比2020年减少…" is the whole's own change ---------

_LOTTERY = ("2021年国内共销售彩票{}亿元，相比2020年减少906.88亿元，下降16%。其中福利彩票销售额为1747.84亿元，与2020年的2553.98亿元"
            "相比减少了806.14亿元，下降了31.56%；体育彩票销售额为3001.11亿元，与2020年的2834.92亿元相比增加了166.19亿元，增长了5.86%。")


def test_the_two_lotteries_are_all_of_it_and_their_sum_is_checked():
    errors = [f for f in _sums(_LOTTERY.format("4738.45")) if f.severity == "error"]
    assert any("4748.95亿元" in f.message for f in errors)          # the levels: 1747.84 + 3001.11 > 4738.45
    assert any("639.95亿元" in f.message for f in errors)           # the changes: −806.14 + 166.19 ≠ −906.88


def test_lotteries_adding_up_and_changes_adding_up_are_silent():
    text = ("2021年国内共销售彩票4748.95亿元，相比2020年减少639.95亿元，下降11.87%。其中福利彩票销售额为1747.84亿元，与2020年的2553.98亿元"
            "相比减少了806.14亿元，下降了31.56%；体育彩票销售额为3001.11亿元，与2020年的2834.92亿元相比增加了166.19亿元，增长了5.86%。")
    assert _sums(text) == []


def test_a_change_opened_by_xiangbi_is_the_wholes_own_before_its_list():
    # "…4738.45亿元，相比2020年减少906.88亿元，下降16%。其中…": the list after the next sentence's 其中 is of 4738.45
    [f] = _sums("2021年国内共销售彩票4738.45亿元，相比2020年减少906.88亿元，下降16%。其中A类销售额为1747.84亿元；B类销售额为3001.11亿元。")
    assert "4738.45亿元" in f.message
