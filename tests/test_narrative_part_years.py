"""A 其中 part naming an earlier part's item again in another year is that item's figure to compare with, not one
more part (red-team 10, case C): "其中2023年基本支出1100.16万元，2022年基本支出1000万元"."""

from __future__ import annotations

from tests.narrative_helpers import found


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity == "error"]


def test_last_years_figure_of_a_part_is_not_a_part():
    assert _sums("2023年度支出总计1523.46万元。其中2023年基本支出1100.16万元，2022年基本支出1000万元。") == []
    assert _sums("2023年度支出总计1523.46万元。其中2023年基本支出1100.16万元，2022年基本支出1000万元，"
                 "2023年项目支出423.3万元，2022年项目支出400万元。") == []


def test_this_years_parts_over_the_total_are_still_an_error():
    # 1100.16 + 523.3 = 1623.46 > 1523.46
    assert _sums("2023年度支出总计1523.46万元。其中2023年基本支出1100.16万元，2022年基本支出1000万元，"
                 "2023年项目支出523.3万元，2022年项目支出400万元。")
    # two items of one year each: both parts
    assert _sums("2023年度支出总计1523.46万元。其中2023年基本支出1100.16万元，2023年项目支出523.3万元。")
