"""Shares stated by two or more parts of a list and adding up to 100 % are of those parts' sum, also when another part
(the carry-over) states none (red-team 10, case D): "支出总计1523.46万元，其中：基本支出1100.16万元，占75.35%；项目支出360万元，
占24.65%；年末结转和结余63.3万元" — 75.35 % and 24.65 % are of 基本 + 项目 = 1460.16, this year's spending."""

from __future__ import annotations

from tests.narrative_helpers import found

_TEXT = "支出总计1523.46万元，其中：基本支出1100.16万元，占{a}；项目支出360万元，占{b}；年末结转和结余63.3万元。"


def _shares(text):
    return [f for f in found(text) if f.rule == "N-SHARE" and f.severity == "error"]


def test_shares_adding_to_100_are_of_the_parts_that_state_them():
    assert _shares(_TEXT.format(a="75.35%", b="24.65%")) == []


def test_shares_of_neither_whole_are_still_errors():
    # 1100.16 / 1460.16 = 75.35 %, / 1523.46 = 72.21 %: 70.35 % is of neither, and 70.35 + 24.65 is not 100
    assert any("1100.16万元" in f.message and "70.35%" in f.message for f in _shares(_TEXT.format(a="70.35%", b="24.65%")))
