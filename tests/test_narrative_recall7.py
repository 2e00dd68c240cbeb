"""Readings added for recall: the ways published texts write an industry structure a:b:c."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_SECTORS = ("2023年全县实现地区生产总值276.29亿元。其中,第一产业增加值33.26亿元,增长4.0%;第二产业增加值96.21亿元,"
            "增长7.9%;第三产业增加值146.82亿元,增长3.5%。")


@pytest.mark.parametrize("structure", [
    "三次产业结构比重由上年的12.3:35.4:52.3调整为{}",
    "三次产业结构比由2022年的12.3:35.4:52.3调整为{}",
    "三次产业结构比例为{}",
    "三次产业结构比{}",
    "产业结构进一步优化,由上年的12.3:35.4:52.3演变为{}",
    "三次产业结构由上年的12.3:35.4:52.3调整到{}",
    "三次产业结构由上年的12.3:35.4:52.3调整为,{}",
    # a transcription's pinyin, which the view blanks
    "三次产(chǎn)业(yè)结(jié)构(gòu)比由上年的12.3:35.4:52.3调(diào)整为{}",
])
def test_a_structure_written_in_other_words_is_checked(structure):
    # 33.26 of 276.29 is 12.04 %: 12.3 is not it; 12.0 is
    [f] = _rule(_SECTORS + structure.format("12.3:34.8:53.1") + "。", "N-SHARE")
    assert f.severity == "error" and f.narrative[0].text == "12.3" and "12.038%" in f.message
    assert _rule(_SECTORS + structure.format("12.0:34.8:53.1") + "。", "N-SHARE") == []


def test_a_structure_made_to_add_to_100_is_a_warning_naming_that():
    # rounded, the terms are 12.0:34.8:53.1 = 99.9; "12.1:34.8:53.1" puts the missing 0.1 on the first (尾差调整)
    [f] = _rule(_SECTORS + "三次产业结构为12.1:34.8:53.1。", "N-SHARE")
    assert f.severity == "warning" and "尾差调整" in f.cause
    # one unit off the other way (making 99.8) is no such adjustment: an error
    [f] = _rule(_SECTORS + "三次产业结构为11.9:34.8:53.1。", "N-SHARE")
    assert f.severity == "error"
    # nor two terms moved
    found_ = _rule(_SECTORS + "三次产业结构为12.2:34.7:53.1。", "N-SHARE")
    assert [f.narrative[0].text for f in found_] == ["12.2", "34.7"] and all(f.severity == "error" for f in found_)


def test_last_years_structure_is_still_not_read_as_this_years():
    # only the structure after 调整为 is this year's; last year's terms are not checked against this year's figures
    assert _rule(_SECTORS + "三次产业结构比重由上年的13.9:30.1:56.0调整为12.0:34.8:53.1。", "N-SHARE") == []



def test_parts_named_alike_are_named_once_as_the_items_own():
    # "其中：甲县到位资金…，实际支付资金…；乙县…": each part is read as "实际支付资金"; the message names them once
    text = ("累计到位资金17.44亿元,实际支付资金16.82亿元。其中:甲县到位资金6.02亿元,实际支付资金5.55亿元;乙县到位资金8.20亿元,"
            "实际支付资金7.46亿元;丙县到位资金1.84亿元,实际支付资金1.59亿元;丁县到位资金1.38亿元,实际支付资金1.22亿元。")
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and "其中所列各项的实际支付资金就是它的全部组成" in f.message
    assert "实际支付资金、实际支付资金" not in f.message


_ADJUSTED = ("政府性基金预算由年初的80000万元调整为50000万元,其中:土地出让收入由年初预算的65000万元调整为{land}万元,"
             "城市建设配套费10000万元、专项债务对应项目专项收入5000万元不作调整。")


def test_parts_written_as_changed_are_read_as_changed_when_their_whole_is():
    # the whole is the adjusted 50000; the land income's part is what it was adjusted to (35000), not 65000
    assert _rule(_ADJUSTED.format(land="35000"), "N-SUM") == []
    # adjusted to 45000 the parts make 60000: over the whole in either reading
    [f] = _rule(_ADJUSTED.format(land="45000"), "N-SUM")
    assert f.severity == "error" and "60000万元" in f.message and f.narrative[1].text == "45000万元"


def test_a_whole_as_it_was_keeps_its_parts_as_they_were():
    # the whole before the change (年初80000) is made of the parts before it
    text = ("政府性基金预算年初预算80000万元,其中:土地出让收入由年初预算的65000万元调整为35000万元,"
            "城市建设配套费10000万元、专项债务对应项目专项收入5000万元不作调整。")
    assert _rule(text, "N-SUM") == []


_RUN_ON = ("一般公共预算收入88435元,完成调整预算的99.2 %,较上年增长19.7%,其中:税收收入39029元,下降12%;非税收入49406万元,"
           "增长67.1%{sep}上级补助405490万元,其中:返还性收入2275万元、一般性转移支付收入336747万元、专项转移支付收入66468万元。")


@pytest.mark.parametrize("sep", ["", "，"])
def test_an_item_run_on_after_a_rate_ends_where_the_next_statement_opens(sep):
    # "增长67.1%上级补助405490万元,其中:…": the separator lost after the rate; 上级补助 opens a statement of its own,
    # and the list before it adds up once 88435元 and 39029元 are read as 万元
    slips = _rule(_RUN_ON.format(sep=sep), "N-UNIT-SLIP")
    assert {f.narrative[0].text for f in slips} == {"88435元", "39029元"} and all(f.severity == "error" for f in slips)
    # named without the dash opening its line
    assert any("报告写“一般公共预算收入88435元”" in f.message for f in _rule("——" + _RUN_ON.format(sep=sep), "N-UNIT-SLIP"))


def test_a_rates_own_words_are_no_item_of_their_own():
    # "按1%提取项目管理费46.3万元" is one item; so is "增长5%以上…" (a rate's own words go on)
    text = "安排资金100万元,其中:(一)支持乡村治理项目53.7万元;(二)按1%提取项目管理费46.3万元。"
    assert _rule(text, "N-SUM") == []


def test_kinds_by_what_one_does_may_overlap_so_their_excess_is_a_warning():
    text = "本次种粮补贴惠及18个镇街的1630户农户,其中水稻种植户1586户,玉米种植户57户。"
    [f] = _rule(text, "N-SUM")
    assert f.severity == "warning" and "兼属几类" in f.cause and "报告称农户1630户" in f.message
    # a split by what one is (not by what one does) must add up: an error
    [f] = _rule("本次补贴惠及1630户农户,其中城镇户1586户,农村户57户。", "N-SUM")
    assert f.severity == "error"
    # and kinds by what one does that add up are silent
    assert _rule("本次种粮补贴惠及1643户农户,其中水稻种植户1586户,玉米种植户57户。", "N-SUM") == []


_TEMPLATE = ("本单位2019年度一般公共预算财政拨款“三公”经费支出预算为18万元，支出决算为6.28万元，完成预算的34.89%。\n"
             "（二）一般公共预算财政拨款“三公”经费支出决算具体情况说明。\n"
             "本单位2019年度一般公共预算财政拨款“三公”经费支出决算中，因公出国（境）费支出决算0万元；公务接待费支出决算6.28万元，"
             "占{share}。")


def test_a_sentence_opening_with_its_whole_without_zai_binds_its_shares():
    # the 部门决算 template "…“三公”经费支出决算中，…占…" names the whole written before ("支出决算为6.28万元"
    # in a sentence opening with the rest of the name): 6.28 of 6.28 is 100 %, not 34.88 % (that is of the budget)
    [f] = _rule(_TEMPLATE.format(share="34.88%"), "N-SHARE")
    assert f.severity == "error" and f.narrative[2].text == "6.28万元" and f.narrative[2].start < 60
    assert "应为 100.00%" in f.message
    assert _rule(_TEMPLATE.format(share="100%"), "N-SHARE") == []


def test_a_sentence_opening_with_other_words_than_a_whole_binds_nothing():
    # "工作中，…": no whole named; a bare share with no whole stays unread
    text = "本单位支出决算为6.28万元。在实际工作中，公务接待费支出决算6.28万元，占34.88%。"
    assert _rule(text, "N-SHARE") == []


def test_a_share_is_computed_as_written_in_the_message():
    # 6万元 of 10万元 is 60 %: not the middle of the rounding interval (60.40 %)
    [f] = _rule("2019年度“三公”经费支出决算10万元，其中公务接待费支出决算6万元，占50%；公务用车购置及运行费支出决算4万元，占40%。",
                "N-SHARE")
    assert "应为 60.00%" in f.message


def test_a_share_bound_elsewhere_is_still_a_part_of_its_group():
    # the whole written a paragraph before ("3.46万元") makes 0.02 % ten times off: no whole the writer took, so
    # 0.02 % is weighed against the group's sum (1.68) — with 0.28万元's share, bound to 3.46, still one of its parts
    text = ("“三公”经费财政拨款支出决算为3.46万元，完成预算100%。\n（二）具体情况说明\n"
            "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%；公务用车购置及运行维护费支出决算1.4万元，"
            "占0.02%；公务接待费支出决算0.28万元，占8.09%。")
    found_ = {f.narrative[0].text: f for f in _rule(text, "N-SHARE")}
    assert set(found_) == {"0.02%"} and found_["0.02%"].severity == "error"


_STAFF = "编制人数{whole}人,其中行政编制27人、全部补助事业编制36人;在职人数61人,包括行政人员26人、全部补助事业人员33人、自收自支事业人员21人;退休人员15人。"


def test_a_total_after_a_closed_list_of_another_whole_is_no_item_of_it():
    # 27 + 36 make the 63 exactly: that list is closed, 在职人数 is no item of it, and its own list must fit in 61
    [f] = _rule(_STAFF.format(whole="63"), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "61人" and "80人" in f.message


def test_a_total_after_a_list_still_open_may_be_one_of_its_items():
    # 27 + 36 fall short of 70: 在职人数 may be read on as an item of that list, its own list ending early
    assert [f for f in _rule(_STAFF.format(whole="70"), "N-SUM") if f.severity == "error"] == []


def test_an_item_with_another_noun_after_its_name_is_another_item():
    # "增值税减收10亿元" is not of "增值税留抵退税累计完成11亿元" (a refund, not the tax)
    text = "全市增值税留抵退税累计完成11亿元(地方级),拉低全市税收收入增幅13.4个百分点。全市增值税减收10亿元,下降34.8%。"
    assert [f for f in _rule(text, "N-CHANGE") if f.severity == "error"] == []
    # the item itself, with only words that still name it after ("完成", "收入"), is bound as before
    [f] = _rule("全市增值税收入完成11亿元。全市增值税减收10亿元,下降34.8%。", "N-CHANGE")
    assert f.severity == "error" and f.narrative[2].text == "11亿元"


def test_a_gap_in_points_is_of_the_subjects_rate_not_of_a_compared_one():
    base = "全市财政收入增长4.7%,较二季度平均8.8%的收入增幅有所回落,仍高于全省平均增幅(-8.9%){gap}个百分点。"
    assert _rule(base.format(gap="13.6"), "N-CHANGE") == []      # 4.7 − (−8.9)
    [f] = _rule(base.format(gap="17.7"), "N-CHANGE")              # 8.8 − (−8.9): of the compared rate, not the subject's
    assert f.severity == "error" and "4.7% 与 -8.9%" in f.message


def test_a_rate_run_into_the_next_statement_makes_no_change_of_it():
    # "增长28.8%其中税收收入完成251767万元": 251767 is a level, not an increase; the parts' changes add up
    text = ("全区完成财政收入272807万元,同比增加61041万元增长28.8%其中税收收入完成251767万元,同比增加46106万元增长22.4%"
            "非税收入完成21040万元,同比增加14936万元增长244.7%。")
    assert _rule(text, "N-SUM") == []
    [f] = _rule(text.replace("14936", "15936"), "N-SUM")
    assert "62042万元" in f.message


def test_a_structure_opening_the_paragraph_after_its_sectors_is_checked():
    text = _SECTORS + "\n三次产业结构为12.3:34.8:53.1，对经济增长贡献率分别为4.8%、28.4%和66.8%。"
    [f] = _rule(text, "N-SHARE")
    assert f.severity == "error" and f.narrative[0].text == "12.3"
    assert _rule(text.replace("12.3:", "12.0:"), "N-SHARE") == []


def test_a_groups_average_above_the_whole_average_is_no_part_over_it():
    # "全体居民人均…17252元。其中城镇常住居民人均…20901元": averages of groups, not parts of a sum
    text = "上半年,全体居民人均可支配收入17252元,同比增长6.9%。其中城镇常住居民人均可支配收入20901元,同比增长6.2%。"
    assert _rule(text, "N-SUM") == []
    # a part of a sum above its whole is still an error
    [f] = _rule("上半年,全县居民可支配收入17252万元,同比增长6.9%。其中城镇居民可支配收入20901万元,同比增长6.2%。", "N-SUM")
    assert f.severity == "error"


def test_an_average_growth_with_its_years_as_a_span_before_is_checked():
    # "2009—2013年…由A增加至B，年均增长率R": the two years written as a span before the first figure
    text = "市级疾控中心2009—2013年平均年收入由2 676.74万元增加至3 372.87万元,年均增长率{}。"
    [f] = _rule(text.format("1.52%"), "N-CHANGE")
    assert f.severity == "error" and "5.95%" in f.message
    assert _rule(text.format("5.95%"), "N-CHANGE") == []


def test_a_change_and_its_rate_in_opposite_words_are_read_either_way():
    # "增加175.9万元，下降19.22%": 175.9 of 915.31 is 19.22 % as a fall; one of the two words is the slip
    assert _rule("本年支出合计739.41万元,较上年决算数增加175.9万元,下降19.22%。", "N-CHANGE") == []
    # no direction gives 25.22 %: still an error
    [f] = _rule("本年支出合计739.41万元,较上年决算数增加175.9万元,下降25.22%。", "N-CHANGE")
    assert f.severity == "error"


def test_a_mark_passed_is_no_total_of_the_parts_after_it():
    # "销量提前突破500亿元，其中…": 500 is a bound the sales passed, its parts may add up past it
    text = ("截至6月17日,电脑福利彩票销量较去年提前突破500亿元,其中,双色球销售了262.96亿元,3D销售了100.64亿元,"
            "七乐彩销售了7.41亿元,地方游戏销售了133.75亿元。")
    assert _rule(text, "N-SUM") == []
    # written as the amount itself, the parts must fit
    [f] = _rule(text.replace("提前突破500亿元", "共计500亿元"), "N-SUM")
    assert f.severity == "error"
