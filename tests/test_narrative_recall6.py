"""Readings added for recall on published statistics: shares of one unwritten whole measured in a unit
other than money."""

from __future__ import annotations

from tests.narrative_helpers import doc, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_shares_of_an_unwritten_whole_of_measured_quantities_are_checked():
    # the three sources' shares add to 100 %: the whole is their sum, 6015.5, and 86.4 of it is 1.44 %
    [f] = _rule("地表水源供水量4952.7亿立方米,占供水总量的82.3%;地下水源供水量976.4亿立方米,占供水总量的16.2%;"
                "其他水源供水量86.4亿立方米,占供水总量的1.6%。", "N-SHARE")
    assert f.severity == "error" and f.actual == 1.6 and "6015.5亿立方米" in f.message and "“供水总量”未写出" in f.message
    # (1.5 % for 1.44 %, the 0.1 the rounded three lack of 100 put on it, is a warning naming the 尾差调整)
    [f] = _rule("地表水源供水量4952.7亿立方米,占供水总量的82.3%;地下水源供水量976.4亿立方米,占供水总量的16.2%;"
                "其他水源供水量86.4亿立方米,占供水总量的1.5%。", "N-SHARE")
    assert f.severity == "warning" and "6015.5亿立方米" in f.message and "尾差" in f.cause
    # people as well
    [f] = _rule("城镇人口12.6万人，占总人口的60.3%；乡村人口8.4万人，占总人口的41.7%。", "N-SHARE")
    assert f.severity == "error"


def test_shares_of_measured_quantities_stay_silent_when_they_hold_or_mix_units():
    assert _rule("地表水源供水量4952.7亿立方米,占供水总量的82.3%;地下水源供水量976.4亿立方米,占供水总量的16.2%;"
                 "其他水源供水量86.4亿立方米,占供水总量的1.4%。", "N-SHARE") == []
    # a household and a head count are not parts of one whole
    assert _rule("低保户1200户，占救助对象的40%；低保对象3000人，占救助对象的60%。特困人员500人，占救助对象的10%。",
                 "N-SHARE") == []
    # the whole written before: the shares may be of it
    assert _rule("全年用水总量6100亿立方米。地表水源供水量4952.7亿立方米,占供水总量的81.2%;地下水源供水量976.4亿立方米,"
                 "占供水总量的16.0%;其他水源供水量86.4亿立方米,占供水总量的2.8%。", "N-SHARE") == []


def test_a_rate_restating_its_change_after_ji_is_checked():
    # "即同比增2.3%": 即 and the one-character verb still make the rate the change's own
    [f] = _rule("2016年公共开支826亿元,增加了1.9亿元,即同比增2.3%。", "N-CHANGE")
    assert f.severity == "error" and "0.23%" in f.message
    assert _rule("2016年公共开支826亿元,增加了19亿元,即同比增2.4%。", "N-CHANGE") == []
    # a rate of another base after 即 is still not the change's
    assert _rule("2016年公共开支826亿元,比预算增加了1.9亿元,即比上年增长2.3%。", "N-CHANGE") == []


def test_a_list_whose_item_writes_its_amount_without_a_unit_is_not_summed():
    # "人均工资性收入1965，…": the first item's amount has no unit, so the parts read are only some of them
    text = ("上半年，农村居民人均现金收入5375元，比去年同期增加583元。其中人均生产性现金收入4847元，同比增长16.0%；"
            "非生产经营性现金收入528元，同比下降13.7%。其中人均工资性收入1965，比去年同期增加273元，人均家庭经营现金收入"
            "2882元，人均财产性收入106元，人均转移性收入422元。")
    assert _rule(text, "N-SUM") == []
    # every amount with its unit: the excess is still an error
    [f] = _rule("其他收入528元，其中利息收入300元，租金收入106元，捐赠收入222元。", "N-SUM")
    assert f.severity == "error"


def test_a_bracketed_list_after_a_number_without_its_unit_is_of_that_number():
    text = ("全年预算数1080245.79万元，全区执行数1032849.44(含中央资金689139.31万元，地方资金332524.99万元，"
            "其他资金11185.14万元)，总预算执行率95.61%。")
    assert _rule(text, "N-SUM") == []
    [f] = _rule("全区执行数1032749.44万元(含中央资金689139.31万元，地方资金332524.99万元，其他资金11185.14万元)。", "N-SUM")
    assert f.severity == "error"


def test_a_list_of_one_side_of_a_split_ends_at_the_other_side():
    text = ("按消费地域分，城镇实现社会消费品零售额8.17亿元，同比增长8.6%，其中城区实现社会消费品零售额5.8亿元，"
            "同比增长9.5%；乡村实现消费品零售额1.21亿元，同比增长6.5%。")
    assert _rule(text, "N-SUM") == []
    # the parts before the other side already over the whole: still an error
    [f] = _rule("城镇实现社会消费品零售额8.17亿元，其中城区实现零售额8.8亿元；乡村实现零售额1.21亿元。", "N-SUM")
    assert f.severity == "error"
    # a whole that is not one side: its split into 中央 and 地方 is its parts
    [f] = _rule("补助资金和中央专项彩票公益金共投入资金1987.08万元。其中中央资金投入776.84万元，省级资金投入290.36万元，"
                "地方资金投入992.88万元。", "N-SUM")
    assert f.severity == "error"


def test_a_figure_after_its_label_and_a_colon_is_named_by_the_label():
    # "医疗救助基金收入：2355万元(其中…)，比上年同期减少303万元，下降14.8%": the change is of the labelled figure
    text = ("1、医疗救助基金收入:2355万元(其中:利息收入12万元;其他收入182万元;上级补助收入2162万元),"
            "比上年同期减少303万元,下降14.8%。")
    [f] = _rule(text, "N-CHANGE")
    assert f.severity == "error" and "11.40%" in f.message and "医疗救助基金收入2355万元" in f.message
    assert _rule(text.replace("14.8%", "11.4%"), "N-CHANGE") == []
    # words opening a list name no figure: "其中：2355万元" keeps no label
    for text in ("收入合计3000万元，其中：2355万元为财政拨款。", "收入合计3000万元。具体如下：2355万元。"):
        [g] = [g for g in doc(text).figures if g.text == "2355万元"]
        assert "其中" not in g.subject and "如下" not in g.subject and "收入合计" not in g.subject, text
    [g] = [g for g in doc("医疗救助基金收入：2355万元。").figures if g.text == "2355万元"]
    assert g.subject == "医疗救助基金收入"


def test_a_base_written_after_biqi_is_the_base_and_is_quoted_without_the_comparing_word():
    [f] = _rule("2014年收入62491.979万元,比起2013年的63301.931万元,减少7809.952万元。", "N-CHANGE")
    assert f.severity == "error" and "809.952万元" in f.message
    assert "2013年63301.931万元" in f.message and "比起" not in f.message
    [f] = _rule("2014年收入62491.979万元,与2013年的63301.931万元相比,减少7809.952万元。", "N-CHANGE")
    assert "2013年63301.931万元" in f.message and "与63301" not in f.message
    assert _rule("2014年收入62491.979万元,比起2013年的63301.931万元,减少809.952万元。", "N-CHANGE") == []


_TOWNS = "序号 | 乡镇 | 人数 | 金额 |\n1 | 花石 | 276 | 112375 |\n2 | 槐树湾 | 592 | 234250 |\n3 | 南溪 | 821 | 288812.5 |\n"


def test_a_total_row_under_rows_numbered_in_their_own_column_is_their_sum():
    [f] = _rule(_TOWNS + "合计 | 1689 | 645437.5 |", "N-SUM")
    assert f.severity == "error" and "“金额”栏为 645437.5" in f.message and "合计 635437.5" in f.message
    # a Word table (tabs), the name cell of the total row left blank
    [f] = _rule(_TOWNS.replace(" | ", "\t").replace(" |", "") + "合计\t\t1689\t645437.5", "N-SUM")
    assert f.severity == "error"
    # a 小计 written with the number and the name merged into one cell, a 合计 of it and the rows after it
    text = (_TOWNS + "小计 | 1689 | 535437.5 |\n4 | 外县 | 11 | 100 |\n合计 | 1700 | 535537.5 |")
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and "“小计”一行“金额”栏为 535437.5" in f.message


def test_a_total_row_stays_silent_where_it_holds_or_is_no_sum():
    assert _rule(_TOWNS + "合计 | 1689 | 635437.5 |", "N-SUM") == []
    assert _rule(_TOWNS + "小计 | 1689 | 635437.5 |\n4 | 外县 | 11 | 100 |\n合计 | 1700 | 635537.5 |", "N-SUM") == []
    # a column of rates or averages, by its header, or by no total of it holding while its row's others do
    assert _rule(_TOWNS.replace("金额", "执行率") + "合计 | 1689 | 97.8 |", "N-SUM") == []
    assert _rule("1 | 花石 | 276 | 95.2 |\n2 | 槐树湾 | 592 | 98.1 |\n3 | 南溪 | 821 | 100 |\n合计 | 1689 | 97.8 |", "N-SUM") == []
    # numbers with a gap, or items that are parts of the row above: not the whole list
    assert _rule(_TOWNS.replace("3 | 南溪", "4 | 南溪") + "合计 | 1889 | 635437.5 |", "N-SUM") == []
    assert _rule(_TOWNS.replace("2 | 槐树湾", "2 | 其中：槐树湾") + "合计 | 1889 | 635437.5 |", "N-SUM") == []
    # neither the header nor another cell says the row is a sum
    assert _rule("1 | 办公费 | 12.5 |\n2 | 印刷费 | 3.2 |\n3 | 差旅费 | 8.1 |\n合计 | 24.3 |", "N-SUM") == []


def test_averages_of_groups_and_their_changes_are_not_summed():
    # a month's average income of all and of each group: the whole average lies between, never the sum
    text = ("报告显示，农民工月均收入4432元，比上年增加360元，增长8.8%。其中，外出农民工月均收入5013元，比上年增加464元，"
            "增长10.2%；本地农民工月均收入3878元，比上年增加238元，增长6.5%。")
    assert _rule(text, "N-SUM") == []
    # totals still add up
    [f] = _rule("农民工收入4432亿元，其中外出农民工收入5013亿元，本地农民工收入3878亿元。", "N-SUM")
    assert f.severity == "error"


def test_the_gap_between_two_periods_changes_is_no_change_of_a_part():
    # "同比多增": this year's increase less last year's increase
    assert _rule("当月全市人民币储蓄存款增加108.1亿元，同比多增207.1亿元，其中定期储蓄存款增加89.9亿元，"
                 "同比多增148.4亿元。", "N-SUM") == []
    [f] = _rule("当月全市人民币储蓄存款比上年增加108.1亿元，其中定期储蓄存款增加89.9亿元，活期储蓄存款增加28.2亿元。", "N-SUM")
    assert "118.1亿元" in f.message
    [g] = [g for g in doc("储蓄存款增加108.1亿元，同比多增207.1亿元。").figures if g.text == "207.1亿元"]
    assert g.role == "gap" and g.relation is None


def test_a_mark_passed_is_no_figure_of_its_own():
    # "突破2000亿元大关，达2059.68多亿元": the change is of the amount reached, not of the mark
    assert _rule("2014年全国福利彩票总销量突破2000亿元大关,达2059.68多亿元,同比增加294亿多元,增长16.67%。", "N-CHANGE") == []
    assert _rule("2014年全国福利彩票总销量突破2000亿元,达2059.68亿元,同比增加294.3亿元,增长16.67%。", "N-CHANGE") == []
    [g] = [g for g in doc("总销量突破2000亿元大关，达2059.68亿元。").figures if g.text == "2000亿元"]
    assert g.approximate
    # the amount reached is still checked
    [f] = _rule("2014年全国福利彩票总销量突破2000亿元,达2059.68亿元,同比增加294.3亿元,增长18.67%。", "N-CHANGE")
    assert f.severity == "error" and "16.67%" in f.message


def test_a_split_by_place_ending_the_sentence_does_not_run_on():
    # four villages set apart by commas to the sentence's end: the first three making the total is no reading
    [f] = _rule("一年来,硬化道路7.8公里,其中三湾村3.4公里,庙沟村1.9公里,大义村2.5公里,陈家村1.9公里。", "N-SUM")
    assert f.severity == "error" and "9.7公里" in f.message
    # two parts of the value that makes the difference: the cause names both, not the first one alone
    assert "“庙沟村1.9公里”或“陈家村1.9公里”" in f.cause
    # kinds of a thing may not all be its parts: the first ones making the total is still a reading
    assert _rule("计划生育家庭特别扶助对象404人:其中计划生育伤残家庭特别扶助对象198人,死亡家庭特别扶助对象206人,"
                 "计划生育手术并发症对象3人。", "N-SUM") == []
    # a split by place running on into something else
    assert _rule("硬化道路7.8公里,其中三湾村3.4公里,庙沟村1.9公里,大义村2.5公里,新建桥梁1.9公里。", "N-SUM") == []


def test_an_average_yearly_growth_of_savings_is_checked():
    [f] = _rule("个人储蓄从2010年的3245亿元增长到2015年的7350亿元,年均增长17.9%。", "N-CHANGE")
    assert "17.76%" in f.message
    assert _rule("个人储蓄从2010年的3245亿元增长到2015年的7350亿元,年均增长17.8%。", "N-CHANGE") == []


def test_a_column_without_a_header_is_named_by_its_place():
    text = ("1 | 花石 | 276 | 112375 |\n2 | 槐树湾 | 592 | 234250 |\n3 | 南溪 | 821 | 288812.5 |\n"
            "小计 | 1689 | 535437.5 |\n4 | 外县 | 11 | 100 |\n合计 | 1700 | 535537.5 |")
    [f] = _rule(text, "N-SUM")
    assert "“小计”一行左起第 4 栏为 535437.5" in f.message
    assert "“金额”栏" in _rule(_TOWNS + "合计 | 1689 | 645437.5 |", "N-SUM")[0].message


def test_a_flow_of_the_year_is_no_part_of_a_stock():
    text = ("畜牧业:年末,全县大牲畜存栏4.36万头,增长1.45%。其中,牛存栏4.11万头,增长2.58%;牛出栏1.9万头,增长5.32%。"
            "羊存栏28.57万只,增长7.91%。")
    assert _rule(text, "N-SUM") == []
    [f] = _rule("全县大牲畜存栏4.36万头。其中,牛存栏4.11万头,马存栏1.9万头。", "N-SUM")
    assert f.severity == "error"


def test_a_change_named_as_such_after_its_rate_is_the_rates_change():
    # "增长17%，增加额达98.8亿元": 98.8 ÷ 555.9 is 17.77 %, which only a cut-off 17 % fits: a warning
    [f] = _rule("截至今年9月中旬,财政部补助内蒙古各项资金已经达到654.7亿元,比上年同期增长17%,增加额达98.8亿元。", "N-CHANGE")
    assert f.severity == "warning" and "17.77%" in f.message and "各项资金654.7亿元" in f.message
    [f] = _rule("截至今年9月中旬,财政部补助内蒙古各项资金已经达到654.7亿元,比上年同期增长16%,增加额达98.8亿元。", "N-CHANGE")
    assert f.severity == "error"
    assert _rule("各项资金已经达到654.7亿元,比上年同期增长17.8%,增加额达98.8亿元。", "N-CHANGE") == []


def test_a_column_of_head_counts_in_a_numbered_table_is_exact():
    # 276 + 592 + 821 people are 1689 exactly, not 1689 ± 1.5: a 合计 of 1690 is wrong
    [f] = _rule(_TOWNS + "合计 | 1690 | 635437.5 |", "N-SUM")
    assert f.severity == "error" and "“人数”栏为 1690" in f.message
    # a column of measured quantities keeps its rounding
    assert _rule(_TOWNS.replace("人数", "工程量") + "合计 | 1690 | 635437.5 |", "N-SUM") == []
    # a count column written with decimals (万人) is rounded too
    towns = _TOWNS.replace("276", "2.76").replace("592", "5.92").replace("821", "8.21")
    assert _rule(towns + "合计 | 16.90 | 635437.5 |", "N-SUM") == []
