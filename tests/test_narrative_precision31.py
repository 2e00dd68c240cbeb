"""Precision: the round-47 readings written the other ways published text writes them — a point in a run of points
or closing a sentence before a number, an amount that lost its integer digits standing as a list's whole, a space
or a line break after 亿 (and 余 before its 元) in an amount of three scales, items nested by definition written
before their whole, a run of dashes before a number (a leader, not a range), a list's side of the account named
with spaces, a page's pinyin or "就…而言"."""

from __future__ import annotations

import pytest

from perfxl.narrative.figures import extract_figures
from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


_LEADERS = "2023年收入总额80万元,支出总额{}150万元,其中:基本支出120万元,项目支出{}万元。"


@pytest.mark.parametrize("dots", ["......", "…", "．．．", "..."])
def test_a_number_after_a_run_of_points_is_read(dots):
    # the points are a flattened table's leaders (or an ellipsis): 150 is the whole of its list, not 80
    assert [f.text for f in extract_figures(_LEADERS.format(dots, 30))][1] == "150万元"
    assert _rule(_LEADERS.format(dots, 30), "N-SUM") == []


def test_a_list_after_leaders_is_still_checked_against_its_whole():
    [f] = _rule(_LEADERS.format("......", 40), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "150万元"


def test_a_number_after_a_point_closing_a_figure_is_read():
    text = "2023年收入总额80万元.150万元用于基本支出,其中:人员经费120万元,公用经费30万元."
    assert [f.text for f in extract_figures(text)][:2] == ["80万元", "150万元"]
    assert _rule(text, "N-SUM") == []


def test_a_number_with_two_points_or_opening_with_its_point_is_still_no_figure():
    assert extract_figures("余额34.568.64万元，") == []
    text = "全年电影票房为.15亿元,其中国产影片票房为.05亿元,占比为83.77%;城市院线观影人次为12.99亿。"
    assert [f.text for f in extract_figures(text)] == ["83.77%"]


def test_a_list_after_an_amount_that_lost_its_digits_is_not_of_a_figure_before():
    # ".150万元" is the list's whole (unread), not 收入总额80万元
    assert _rule(_LEADERS.format(".", 30), "N-SUM") == []
    assert _rule("2023年收入总额80万元。支出总额.150万元。其中:基本支出120万元,项目支出30万元。", "N-SUM") == []


def test_a_list_right_after_its_figure_is_still_checked():
    [f] = _rule("2023年支出总额.15万元,收入总额80万元,其中:财政拨款收入120万元,其他收入30万元。", "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "80万元"


@pytest.mark.parametrize("written, value", [
    ("34億 2,779萬7千元", 342779.7), ("34億\n2,779萬7千元", 342779.7), ("2億 1,000萬元", 21000.0),
    ("302 億 1,292萬9千元", 3021292.9), ("5亿 零300万元", 50300.0)])
def test_an_amount_of_three_scales_with_a_space_after_its_yi_is_read_whole(written, value):
    [f] = extract_figures(f"余额{written}，")
    assert (f.value, f.unit) == (value, "万元")


def test_an_amount_of_yi_and_wan_with_more_is_read_whole_and_approximate():
    [f] = extract_figures("審定總額49億7753萬餘元，")
    assert (f.value, f.unit, f.approximate) == (497753.0, "万元", True)


_CHANGE = "115年度歲入34億2,779萬7千元，較上年度增加2億 1,000萬元，增加{}%。"


def test_a_change_of_three_scales_with_a_space_after_its_yi_holds():
    # 21000 ÷ (342779.7 − 21000) = 6.526 %
    assert _rule(_CHANGE.format("6.5"), "N-CHANGE") == []


def test_a_change_of_three_scales_with_a_space_after_its_yi_is_still_checked():
    [f] = _rule(_CHANGE.format("9.5"), "N-CHANGE")
    assert f.severity == "error" and f.narrative[0].text == "9.5%"


_INNER_FIRST = "全县一般公共预算收入{}万元,其中:增值税280.96万元,企业所得税24.77万元,税收收入855.89万元,非税收入180.10万元。"


def test_items_nested_by_definition_written_before_their_whole_are_its_breakdown():
    # 280.96 + 24.77 of 税收收入 855.89; 855.89 + 180.10 = 1035.99
    assert _rule(_INNER_FIRST.format("1035.99"), "N-SUM") == []


def test_items_nested_by_definition_written_before_their_whole_still_fail_when_no_reading_holds():
    [f] = _rule(_INNER_FIRST.format("1015.99"), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "1015.99万元"


@pytest.mark.parametrize("dashes", ["------", "——", "~~~"])
def test_a_number_after_a_run_of_dashes_is_read(dashes):
    # the dashes are a table's leader, not a range's: 150 is the whole of its list, not 80
    assert _rule(_LEADERS.format(dashes, 30), "N-SUM") == []
    [f] = _rule(_LEADERS.format(dashes, 40), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "150万元"


@pytest.mark.parametrize("ranged", ["5-15户", "5--15户", "5~~15户", "3万元——5万元", "增长5%--8%"])
def test_the_end_of_a_range_is_still_no_figure(ranged):
    assert len(extract_figures(f"标准为{ranged}。")) <= 1
    assert not any(f.text.startswith(("15", "5万", "8")) for f in extract_figures(f"标准为{ranged}。"))


_SIDE = ("2012至13年度政府收入總額為3502億元,支出總額為3061.4億元。收支相抵,盈余440.6億元。其中,{}較大支出分別來自"
         "教育局、衛(wèi)生科、社會福利署,三者分別達到505.3億元、532.5億元和{}億元。")


@pytest.mark.parametrize("side", ["在開(kāi)支方面,", "在開支(zhī)方面,", " 在 开支 方面, ", "就開支而言,"])
def test_a_list_naming_its_side_with_spaces_pinyin_or_in_other_words_is_not_of_the_last_figure(side):
    assert _rule(_SIDE.format(side, "444.77"), "N-SUM") == []


def test_a_list_whose_side_is_not_named_is_still_of_the_figure_before():
    [f] = _rule(_SIDE.format("", "444.77"), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "440.6億元"
