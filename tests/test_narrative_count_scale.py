"""Counts written with a scale word ("1.03亿户", "3231.5万户", "5.04万人次") are weighed in their base unit, so that a
share or a sum of counts written with different scale words compares like with like (corpus 9101: "实有1.03亿户。
其中，企业3231.5万户，占31.4%" had been read as 3231.5 ÷ 1.03 = 313737.86 %).  And a figure cut off ("1.2万人" for
[1.2, 1.3) 万人) never stands for the next figure up."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _errors(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "error"]


@pytest.mark.parametrize("text", [
    "至6月底实有1.03亿户。其中，企业3231.5万户，占31.4%。",
    "至6月底實有1.03億戶。其中，企業3231.5萬戶，占31.4%。",
    "全年接待游客5.04万人次，其中一日游客8080人次，占总数的16.0%。",
])
def test_shares_of_counts_with_different_scale_words_hold(text):
    assert _errors(text, "N-SHARE") == []


def test_a_wrong_share_of_such_counts_is_reported_with_the_right_figure():
    [f] = _errors("至6月底实有1.03亿户。其中，企业3231.5万户，占41.4%。", "N-SHARE")
    assert "31.37%" in f.message and "313737" not in f.message


def test_sums_of_counts_with_different_scale_words():
    assert _errors("全县总人口1.3万人，其中城镇人口5000人，乡村人口8000人。", "N-SUM") == []
    [f] = _errors("全县总人口1.2万人，其中城镇人口5000人，乡村人口8000人。", "N-SUM")
    # printed in the whole's unit, and an error: 1.3万人 is not what "1.2万人" cut off stands for
    assert "1.3万人" in f.message


def test_a_figure_cut_off_stands_for_up_to_the_next_figure_only():
    from fractions import Fraction

    from perfxl.checks import causes
    from perfxl.core.intervals import Interval

    stated = Interval.rounded(1.2, 1)
    assert causes.truncated(stated, Interval(Fraction(5, 4), Fraction(5, 4)))        # 1.25 cut off is 1.2
    assert not causes.truncated(stated, Interval(Fraction(13, 10), Fraction(13, 10)))  # 1.3 is "1.3"
    negative = Interval.rounded(-1.2, 1)
    assert causes.truncated(negative, Interval(Fraction(-5, 4), Fraction(-5, 4)))
    assert not causes.truncated(negative, Interval(Fraction(-13, 10), Fraction(-13, 10)))
