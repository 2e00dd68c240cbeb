"""Precision and reading: patterns from published text read once as held out (round 47: Hong Kong, Taiwan budget
texts; audit round 16: statistics bulletins) — amounts of three scales, lists naming their side of the account, a
whole said again, rates of some of an amount's parts, items nested by the accounts' definitions, numbers that lost
their integer digits."""

from __future__ import annotations

import pytest

from perfxl.narrative.figures import extract_figures
from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


@pytest.mark.parametrize("written, value", [
    ("34億2,779萬7千元", 342779.7), ("21億8,051萬3千元", 218051.3), ("419億4,478萬元", 4194478.0),
    ("2,779萬7千元", 2779.7), ("1亿零500万元", 10500.0), ("3万5千元", 3.5), ("10万3000元", 10.3)])
def test_amounts_of_three_scales_and_grouped_ten_thousands_are_read_whole(written, value):
    [f] = extract_figures(f"余额{written}，")
    assert (f.text, f.value, f.unit) == (written, value, "万元")


_BALANCE = ("2012至13年度政府收入总额为3502億元,支出总额为3061.4億元。收支相抵,盈余440.6億元。\n"
            "其中,在{}方面,较大支出分别来自教育局、卫生科、社会福利署,三者分别达到505.3億元、532.5億元和444.77億元。")


def test_a_list_naming_its_side_of_the_account_is_not_of_the_last_figure():
    # the surplus is no sum of spending: "在开支方面" names the side the list breaks down
    assert _rule(_BALANCE.format("开支"), "N-SUM") == []


def test_a_list_without_a_named_side_is_of_the_figure_before():
    [f] = _rule(_BALANCE.replace("在{}方面,", ""), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "440.6億元"


_REPEATED = "一、113年度金门医院等6家医院预计业务短绌,且其中{}家医院108至111年度决算连续4年业务短绌 日期:112年10月 目录大纲:一、113年度金门医院等6家医院预计业务短绌"


def test_an_item_saying_the_whole_again_ends_the_list():
    assert _rule(_REPEATED.format(5), "N-SUM") == []


def test_the_list_ends_only_at_the_whole_said_again():
    from tests.narrative_helpers import doc

    def parts(text):
        return [[p.text for p in pl.parts] for pl in doc(text).lists if pl.total.text == "6家"]

    assert parts(_REPEATED.format(5)) == [["5家"]]
    # another figure under the same name is no repeat of the whole: the list is read on as before
    assert parts(_REPEATED.format(5)[:-len("6家医院预计业务短绌")] + "8家医院预计业务短绌") == [["5家", "8家"]]


_RETAINED = ("预算数13億7,800萬元,执行结果,决算数13億7,800萬元(含实现数7億580萬4千元、应付数1,236萬5千元、"
             "保留数6億5,983萬1千元),该计画第1期预算执行率为{}。")


_RETAINED_PLAIN = ("预算数137800万元,执行结果,决算数137800万元(含实现数70580.4万元、应付数1236.5万元、保留数65983.1万元),"
                   "该计画第1期预算执行率为{}。")


@pytest.mark.parametrize("text", [_RETAINED, _RETAINED_PLAIN])
def test_a_rate_of_some_of_an_amounts_bracketed_parts_holds(text):
    # (70580.4 + 1236.5) ÷ 137800 = 52.1168 %: spent and owed, the sum retained left out
    assert _rule(text.format("52.12%"), "N-RATE") == []


@pytest.mark.parametrize("text", [_RETAINED, _RETAINED_PLAIN])
def test_a_rate_no_choice_of_the_parts_makes_is_still_found(text):
    [f] = _rule(text.format("62.12%"), "N-RATE")
    assert f.narrative[0].text == "62.12%"


_NESTED = "全年实现一般公共预算总收入15.02亿元,同比下降4.1%。其中:地方一般公共预算收入{}亿元,增长10.4%;地方税收收入8.79亿元,增长12.6%。"


def test_an_item_nested_in_an_earlier_item_by_definition_is_its_breakdown():
    # 税收收入 is part of 一般公共预算收入: 8.79 of 12.16, and 12.16 of 15.02
    assert _rule(_NESTED.format("12.16"), "N-SUM") == []


@pytest.mark.parametrize("first", ["16.16", "8.16"])
def test_nested_items_still_fail_when_neither_reading_holds(first):
    # 16.16 alone passes 15.02; 8.79 cannot be a part of 8.16
    [f] = _rule(_NESTED.format(first), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "15.02亿元"


def test_items_not_nested_by_definition_still_add_up():
    text = "全年实现一般公共预算总收入15.02亿元。其中:地方一般公共预算收入12.16亿元;上划中央收入8.79亿元。"
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error"


def test_a_number_that_lost_its_integer_digits_is_no_figure():
    text = "全年电影票房为.15亿元,其中国产影片票房为.05亿元,占比为83.77%;城市院线观影人次为12.99亿。"
    assert [f.text for f in extract_figures(text)] == ["83.77%"]
    assert _rule(text, "N-SHARE") == []
    # written whole, the share is checked
    [f] = _rule(text.replace(".15", "549.15").replace(".05", "160.05"), "N-SHARE")
    assert f.narrative[0].text == "83.77%"


def test_a_list_after_a_completion_rate_is_of_the_amount_done_not_of_the_task():
    from tests.narrative_helpers import doc

    text = "全镇财税总收入累计完成419万元,为全年任务740万元的56.6%。其中国税收入70万元,为全年任务的51%;地税收入375万元。"
    [pl] = [pl for pl in doc(text).lists if pl.parts and pl.parts[0].text == "70万元"]
    assert pl.total.text == "419万元"
    # with no rate between, the amount before still governs
    [pl] = [pl for pl in doc("全镇财税总收入累计完成419万元,全年任务740万元。其中国税收入70万元;地税收入375万元。").lists if pl.parts]
    assert pl.total.text == "740万元"


_SPLIT_AGAIN = "现有在岗职工93人,有在职在编70人,临聘人员{}人,其中大学本科学历60人,大专29人,中专3人,高中1人;副高9人。"


def test_a_whole_split_once_and_split_again_after_its_last_part_is_silent():
    # 70 + 23 = 93, and the 其中 items (60 + 29 + 3 + 1 = 93) split the 93 again, by schooling
    assert _rule(_SPLIT_AGAIN.format(23), "N-SUM") == []


def test_a_part_over_its_whole_without_such_a_split_is_still_found():
    # 70 + 20 ≠ 93: the first split does not make the whole, so 93 is no whole split before; a warning names the reading
    [f] = _rule(_SPLIT_AGAIN.format(20), "N-SUM")
    assert f.narrative[0].text == "20人"


_USES = ("2023年全年发行新增政府债券{}亿元(新增一般债券2.54亿元,新增专项债券8.77亿元);其中,县本级新增一般债券2.54亿元,用于公路建设1.42亿元,"
         "保障性住房0.03亿元,医疗卫生0.06亿元,农林水利建设0.08亿元,新型基础设施0.01亿元,其他0.94亿元;县本级新增专项债券8.77亿元,"
         "用于市政基础设施建设6.14亿元,交通基础设施1.17亿元,农林水利建设0.82亿元,社会保障0.64亿元。")


def test_an_items_uses_are_no_parts_of_the_list():
    # 用于… after 2.54亿元 says what the 2.54 is used for: the list is 2.54 + 8.77 = 11.31
    assert _rule(_USES.format("11.31"), "N-SUM") == []


def test_an_item_above_the_whole_is_found_however_its_uses_are_read():
    [f] = _rule(_USES.format("2.00"), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "2.00亿元"


_CONSOLIDATED = ("2023年末,养老基金资产总额22315.52亿元,负债总额{}亿元,权益总额18555.03亿元。其中:地方养老基金资产总额22229.30亿元,"
                 "负债总额3761.90亿元,权益总额18467.40亿元;风险基金资产总额94.17亿元,负债总额6.54亿元,权益总额87.63亿元。")


def test_two_measures_over_their_wholes_by_the_same_sum_are_a_consolidated_account():
    # assets 22229.30 + 94.17 = 22323.47 and liabilities 3761.90 + 6.54 = 3768.44 are both 7.95 over their wholes,
    # equity adds up exactly: the balances the two funds owe each other are taken out of the totals
    assert _rule(_CONSOLIDATED.format("3760.49"), "N-SUM") == []


def test_a_measure_over_its_whole_by_another_sum_is_still_found():
    # liabilities 17.95 over, assets 7.95 over: no one sum taken out of both, each excess is an error
    found = _rule(_CONSOLIDATED.format("3750.49"), "N-SUM")
    assert sorted((f.severity, f.narrative[0].text) for f in found) == [("error", "22315.52亿元"), ("error", "3750.49亿元")]


def test_the_first_measure_named_with_the_sentences_subject_is_read_for_every_item():
    from tests.narrative_helpers import doc

    lists = {pl.total.text: [p.text for p in pl.parts] for pl in doc(_CONSOLIDATED.format("3760.49")).lists}
    assert lists["22315.52亿元"] == ["22229.30亿元", "94.17亿元"]


_PAIRED = ("1-9月,国有企业税后净利润20289.9亿元,同比增长7.8%,归属于母公司所有者的净利润{}亿元。其中,中央企业13446.6亿元,同比增长8.8%,"
           "归属于母公司所有者的净利润8391.7亿元;地方国有企业6843.3亿元,同比增长5.9%,归属于母公司所有者的净利润3888.1亿元。")


def test_items_giving_the_wholes_measure_by_its_name_beside_another_are_its_parts():
    # 8391.7 + 3888.1 = 12279.8: the amounts named 归属于母公司所有者的净利润; 13446.6 and 6843.3 are the 税后净利润
    assert _rule(_PAIRED.format("12279.8"), "N-SUM") == []


def test_amounts_named_as_the_whole_that_do_not_make_it_leave_the_finding():
    found = _rule(_PAIRED.format("11279.8"), "N-SUM")
    assert [f.narrative[0].text for f in found] == ["11279.8亿元"]


_FAR_OFF = "1月为全州73户职工发放个人住房公积金贷款2375.5万元,回收{}万元,贷款余额21.55亿元,全州个人贷款率为81.34%,逾期贷款率为0。"


def test_a_rate_the_two_amounts_before_it_make_dozens_of_times_off_is_of_other_figures():
    # 21.55亿元 ÷ 2446.41万元 = 8808.83 %, the other way 1.14 %: 81.34 % is 贷款余额 ÷ 缴存余额 (written elsewhere)
    assert _rule(_FAR_OFF.format("2446.41"), "N-RATE") == []


def test_a_rate_a_few_times_off_its_two_amounts_is_still_warned():
    # 21.55亿元 ÷ 24.46亿元 = 88.1 %: the same order as 81.34 %, a reading worth a warning
    [f] = _rule(_FAR_OFF.format("244641"), "N-RATE")
    assert f.severity == "warning" and f.narrative[0].text == "81.34%"
