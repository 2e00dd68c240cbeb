"""Shares whose whole was bound to the wrong figure in fresh published text (a hospital's 财务决算 report, a
school's 经费 analysis, a province's 农村公路 funds): each pattern with a text where the share holds under the right
binding and stays silent, and one with a real mismatch under every reading, which is still an error."""

from __future__ import annotations

from tests.narrative_helpers import found


def _shares(text):
    return [f for f in found(text) if f.rule == "N-SHARE"]


# -- the whole of a share is of the share's year ----------------------------------------------------

_TWO_YEARS = ("（1）总收入5000万元，其中医疗收入为4000万元，财政拨款收入1000万元。\n"
              "（2）2022年总收入5500万元，其中医疗收入4400万元，财政拨款收入1100万元。\n"
              "2023年门诊收入1000万元，占医疗收入的比重为25%；住院收入3000万元，占医疗收入的比重为{}%。\n"
              "检查收入为1200万元，占医疗收入的比重为{}%。")


def test_share_of_this_year_is_not_of_last_years_whole_of_the_same_name_written_later():
    # 3000 ÷ 4000 = 75 %, 1200 ÷ 4000 = 30 %: of this year's 医疗收入, not of 2022's 4400 written after it
    assert _shares(_TWO_YEARS.format("75", "30")) == []


def test_share_of_a_part_with_no_year_in_a_later_years_text_takes_no_earlier_years_whole_alone():
    text = ("（1）总收入5000万元，其中医疗收入4000万元。\n（2）2022年总收入5500万元，其中住院收入3200万元。\n"
            "2023年门诊医疗收入1000万元，全年住院累计完成医疗收入3000万元。\n住院药品收入480万元，占住院收入的比重为16%。")
    # 480 ÷ 3000 = 16 %; 480 ÷ 3200 = 15 %: 3200 is 2022's 住院收入, the text being of 2023, and this year's is
    # not written by that name
    assert _shares(text) == []


def test_share_of_this_year_off_under_either_years_whole_is_still_an_error():
    [f] = _shares(_TWO_YEARS.format("75", "32"))   # 1200 ÷ 4000 = 30 %, ÷ 4400 = 27.27 %
    assert f.severity == "error" and "4000万元" in f.message and "30.00%" in f.message
    [g] = _shares(_TWO_YEARS.format("70", "30"))   # 3000 ÷ 4000 = 75 %, ÷ 4400 = 68.18 %
    assert g.severity == "error" and "75.00%" in g.message


def test_share_after_the_only_whole_of_its_name_keeps_that_whole():
    [f] = _shares("2022年一般公共预算支出1000万元。民生支出800万元，占一般公共预算支出的70%。")
    assert f.severity == "error" and "80.00%" in f.message
    # the later year written right before last year's whole: an amount of no year written is of the later year
    [g] = _shares("2023年一般公共预算支出1100万元。2022年一般公共预算支出1000万元。民生支出800万元，占一般公共预算支出的70%。")
    assert g.severity == "error" and "1100万元" in g.message and "72.73%" in g.message


def test_share_of_a_year_written_is_checked_against_the_whole_of_that_year_written_before_the_other():
    text = "2023年一般公共预算支出1100万元，2022年一般公共预算支出1000万元。2023年民生支出800万元，占一般公共预算支出的{}%。"
    assert _shares(text.format("72.73")) == []
    [f] = _shares(text.format("70"))   # 800 ÷ 1100 = 72.73 %; 2022's 1000 is no whole of 2023's amount
    assert f.severity == "error" and "1100万元" in f.message and "72.73%" in f.message


# -- a whole named by a name the total and its parts both carry is the total ----------------------

_CARRIED = ("省交通运输厅下达农村公路建设补助资金计划10亿元，其中，县乡道改造800公里补助资金8亿元；"
            "建制村通硬化路300公里补助资金2亿元。贫困地区下达建设补助计划5.5亿元，占补助资金的{}%。")


def test_share_of_a_name_the_total_and_its_parts_carry_is_of_the_total():
    # 5.5 ÷ 10 = 55 %; of the last part named 补助资金 (2亿元) it would be 275 %
    assert _shares(_CARRIED.format("55")) == []


def test_share_of_such_a_name_off_under_the_total_is_still_an_error():
    [f] = _shares(_CARRIED.format("60"))
    assert f.severity == "error" and "10亿元" in f.message and "55.00%" in f.message


# -- an amount written without its unit keeps its own share ------------------------------------------

_BARE = "其中公用经费支出10000元(办公费2000元,占20%;培训费100元,占{};劳务费300{},占{})。"


def test_share_after_an_amount_without_its_unit_is_not_of_the_item_before():
    # "劳务费300,占3%": 300 ÷ 10000 = 3 %; the 3 % is not 培训费's (100 ÷ 10000 = 1 %)
    assert _shares(_BARE.format("1%", "", "3%")) == []
    text = "财政拨款收入1000万元,其中基本支出700万元,占70%,其中人员经费600万元,公用经费100万元;项目支出300,占财政拨款收入30%。"
    assert _shares(text) == []   # 300 ÷ 1000 = 30 %, not 公用经费's 100


def test_shares_beside_an_amount_without_its_unit_are_still_checked():
    [f] = _shares(_BARE.format("1%", "元", "5%"))   # 300 ÷ 10000 = 3 %
    assert f.severity == "error" and "3.00%" in f.message
    [g] = _shares(_BARE.format("2%", "", "3%"))     # 培训费 100 ÷ 10000 = 1 %
    assert g.severity == "error" and "培训费" in g.message and "1.00%" in g.message
