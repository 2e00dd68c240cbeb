"""Precision: readings of this stop tried on the variants real texts write (a budget's parts written as revised,
an industry structure written as proportions, a part named as a budget's new level)."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


_REVISED = ("政府性基金预算由年初的80000万元调整为{}万元，其中：土地出让收入年初预算65000万元，调整为35000万元；"
            "城市建设配套费10000万元；专项债务对应项目专项收入5000万元。")


def test_a_part_revised_after_a_comma_is_one_part_by_its_new_amount():
    # "A年初预算65000万元，调整为35000万元": one part, 35000 after the revision (35000 + 10000 + 5000 = 50000);
    # the revision's piece is no part of its own (65000 + 35000 would pass the whole)
    assert _rule(_REVISED.format(50000), "N-SUM") == []


def test_a_part_revised_after_a_comma_still_fails_a_smaller_whole():
    [f] = _rule(_REVISED.format(49000), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "49000万元" and "50000万元" in f.message


@pytest.mark.parametrize("verb", ["调整后为", "调增后为"])
def test_a_part_changed_to_after_后_reads_as_its_new_amount(verb):
    text = ("全年一般公共预算支出调整为{}万元，其中：基本支出由年初的36000万元" + verb + "40500万元；"
            "项目支出由40138万元" + verb + "48638万元。")
    assert _rule(text.format(89138), "N-SUM") == []
    [f] = _rule(text.format(88638), "N-SUM")
    assert f.severity == "error" and "89138万元" in f.message


_SECTORS = ("2023年全县实现地区生产总值276.29亿元。其中,第一产业增加值33.26亿元,增长4.0%;第二产业增加值96.21亿元,"
            "增长7.9%;第三产业增加值146.82亿元,增长3.5%。")


@pytest.mark.parametrize("ratio", ["1:2.89:4.41", "1∶2.9∶4.4"])
def test_an_industry_structure_written_as_proportions_to_the_first_is_not_read_as_percentages(ratio):
    # 33.26 : 96.21 : 146.82 = 1 : 2.89 : 4.41; its terms add to 8.3, not about 100
    assert _rule(_SECTORS + "三次产业结构比为" + ratio + "。", "N-SHARE") == []


def test_an_industry_structure_in_percentages_is_still_checked():
    # 12.04 % is not 12.5
    [f] = _rule(_SECTORS + "三次产业结构比为12.5:34.8:53.1。", "N-SHARE")
    assert f.severity == "error" and f.narrative[0].text == "12.5"


@pytest.mark.parametrize("verb", ["调增为", "调减为", "核减为"])
def test_a_part_revised_to_an_amount_is_no_change(verb):
    # "税收收入调增为40500万元" is the level reached, not an increase of 40500万元 to add up to the 调增13000万元
    text = ("一般公共预算收入由年初的76138万元调整为89138万元，调增13000万元，其中：税收收入" + verb + "40500万元，"
            "非税收入" + verb + "48638万元。")
    assert [f for f in _rule(text, "N-SUM") if f.severity == "error"] == []


def test_a_part_increased_by_an_amount_still_adds_up_to_the_increase():
    [f] = _rule("一般公共预算收入由年初的76138万元调整为89138万元，调增13000万元，其中：税收收入调增4500万元，"
                "非税收入调增9500万元。", "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "13000万元"
