"""A rate a change turned from ("同比增加20万头，由上年同期下降2.2%转为增长0.1%") is the earlier period's, not this
change's: audit 6903 had weighed 2.2 % against 20 ÷ 19456.  The rate it turned to is the change's own."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _changes(text):
    return [f for f in found(text) if f.rule == "N-CHANGE" and f.severity == "error"]


@pytest.mark.parametrize("text", [
    "全国生猪出栏19476万头，同比增加20万头，由上年同期下降2.2%转为增长0.1%。",
    "國家統計局：全國生豬出欄19476萬頭,同比增加20萬頭,由上年同期下降2.2%轉為增長0.1%。",
    "全县财政收入5050万元，比上年增加50万元，由上年的下降3.5%转为增长1.0%。",
])
def test_the_rate_turned_from_is_not_the_changes(text):
    assert _changes(text) == []


def test_the_rate_turned_to_is_still_checked():
    [f] = _changes("全国生猪出栏19476万头，同比增加20万头，由上年同期下降2.2%转为增长1.1%。")
    assert "1.1%" in f.message and "0.10%" in f.message


def test_a_rate_that_is_the_changes_own_is_still_checked():
    # no "转为" after it: the only rate of the change
    assert _changes("全国生猪出栏19476万头，同比增加20万头，增长2.2%。")
