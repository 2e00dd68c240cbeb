"""An economy's output (地区生产总值, GDP) is by definition its three sectors' value added: a 其中 list of the three
that falls short of it is an error, as for every complete group.  Other measures by sector (用电量, 投资) are not
read so.  And the taxes by collector (国税, 地税), the three sectors and the two kinds of local debt are items of
one breakdown: a 其中 run on into the first one's name governs the item after the semicolon too."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _sums(text, severity="error"):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity == severity]


_OUTPUT = ("全年实现地区生产总值97.4亿元，增长1.7%，其中第一产业增加值24.29亿元，增长5.6%；第二产业增加值38.36亿元，"
           "增长3%；第三产业增加值{third}亿元，增长14.1%。")


def test_three_sectors_short_of_the_output_are_an_error():
    [f] = _sums(_OUTPUT.format(third="34.62"))
    assert "97.4亿元" in f.message and "97.27亿元" in f.message and "全部组成" in f.message
    # written short ("一产…二产…三产")
    assert _sums("全师实现生产总值97.4亿元，其中一产实现增加值24.29亿元，二产实现增加值38.36亿元，"
                 "三产实现增加值34.62亿元。")


def test_three_sectors_that_make_the_output_are_silent():
    assert _sums(_OUTPUT.format(third="34.75")) == []
    assert _sums(_OUTPUT.format(third="34.7")) == []       # 97.36..97.40 with the rounding


def test_other_measures_by_sector_may_fall_short():
    # 全社会用电量 also holds 城乡居民生活用电; an investment or a tax by sector is not read as complete either
    assert _sums("全社会用电量61.07亿千瓦时，其中第一产业用电0.5亿千瓦时，第二产业用电40.2亿千瓦时，"
                 "第三产业用电10.3亿千瓦时。") == []
    assert _sums("全社会固定资产投资50.63亿元，其中第一产业投资1.76亿元，第二产业投资2.35亿元，第三产业投资40.52亿元。") == []
    # nor two sectors only
    assert _sums("全年实现地区生产总值97.4亿元，其中第一产业增加值24.29亿元，第二产业增加值38.36亿元。") == []


def test_the_tax_collectors_are_one_breakdown():
    [f] = _sums("截至6月底，全镇财税总收入累计完成419万元，为全年任务740万元的56.6%。其中国税收入70万元，为全年任务的51%；"
                "地税收入375万元，为全年任务的71.4%。")
    assert "445万元" in f.message
    # within the whole: silent
    assert _sums("截至6月底，全镇财税总收入累计完成419万元，为全年任务740万元的56.6%。其中国税收入70万元，为全年任务的51%；"
                 "地税收入305万元，为全年任务的71.4%。") == []


def test_cuts_of_another_kind_after_the_semicolon_stay_a_reading():
    # 民间投资 cuts across 工业投资 (by owner, by industry): still a warning naming the reading, no error
    text = ("全年固定资产投资120.5亿元，增长8%。其中工业投资75.6亿元，增长6%；民间投资58.2亿元，占全部投资的48.3%。")
    assert _sums(text) == []


def _changes(text):
    return [f for f in found(text) if f.rule == "N-CHANGE" and f.severity == "error"]


@pytest.mark.parametrize("text", [
    "地区生产总值120.3亿元，比上年112.5亿元增长5.2%。",
    "全年规模以上工业增加值和农林牧渔业总产值分别为45.2亿元和30.1亿元，分别比上年增加3.1亿元和1.2亿元，分别增长5.5%和3.2%。",
])
def test_output_grows_at_comparable_prices(text):
    # red-team 15, A1: the rate of output is real growth; its two figures in money differ by the price change too
    assert _changes(text) == []


def test_output_at_current_prices_and_other_measures_are_still_checked():
    assert _changes("按现价计算，地区生产总值120.3亿元，比上年112.5亿元增长5.2%。")
    assert _changes("一般公共预算收入120.3亿元，比上年112.5亿元增长5.2%。")


def test_the_sectors_make_the_output_beside_a_cut_by_region():
    # red-team 15, A2: the three sectors alone make the whole; 市区 is of another cut
    assert _sums("全市实现地区生产总值1203.5亿元，其中市区生产总值553.3亿元，第一产业增加值98.1亿元，第二产业增加值460.3亿元，"
                 "第三产业增加值645.1亿元。") == []
    # the sectors alone past the whole: still an error
    assert _sums("全市实现地区生产总值1203.5亿元，其中市区生产总值100.3亿元，第一产业增加值98.1亿元，第二产业增加值460.3亿元，"
                 "第三产业增加值700.1亿元。")
