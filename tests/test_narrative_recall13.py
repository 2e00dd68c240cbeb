"""Recall: a long marked heading is no wrapped line; execution rates whose budget or actual is named in more ways."""

from __future__ import annotations

from perfxl.narrative.structure import unwrap
from tests.narrative_helpers import found

_HEAD = "(一)一般公共预算及政府性基金财政拨款“三公”经费支出决算总体情况"


def _errors(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "error"]


# -- a marked heading longer than a short line, ending with 情况/说明 --------------------------------------------------

def test_a_long_marked_heading_ending_with_qingkuang_keeps_its_break():
    assert unwrap(_HEAD + "\n2020年度支出决算4.5万元。") == _HEAD + "\n2020年度支出决算4.5万元。"


def test_a_long_marked_line_ending_inside_a_word_is_still_joined():
    assert "\n" not in unwrap("(一)本单位2020年度一般公共预算及政府性基金财政拨款“三公”经费支出年初预\n算8.5万元，支出决算4.5万元。")


def test_the_rate_under_a_long_heading_is_checked():
    # 4.5 ÷ 8.5 = 52.94 %; the heading's 决算 made the budget's name a 决算 while the two lines were joined
    [f] = _errors(_HEAD + "\n2020年度一般公共预算及政府性基金财政拨款“三公”经费支出年初预算8.5万元,支出决算4.5万元,"
                  "完成年初预算的46.0%。", "N-RATE")
    assert "52.94%" in f.message


def test_the_rate_under_a_long_heading_that_holds_is_silent():
    assert _errors(_HEAD + "\n2020年度一般公共预算及政府性基金财政拨款“三公”经费支出年初预算8.5万元,支出决算4.5万元,"
                   "完成年初预算的52.9%。", "N-RATE") == []
