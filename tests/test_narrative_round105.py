"""Held-out round 105 and audit round 76: a figure describing the thing named after it ("总投资20亿元的华能光伏项目,
已完成5.44亿元") is not the item's part; a figure right after a character lost in the text's encoding ("常住總?cè)丝?87.8萬人")
is not known."""

from __future__ import annotations

from perfxl.narrative.figures import extract_figures
from tests.narrative_helpers import rule_errors

PROJECTS = ("1-9月固定资产投资已完成8.14亿元,其中,总投资20亿元的华能光伏项目,已完成{a}亿元;"
            "总投资5.05亿元的农业科技有限公司,已完成2.7亿元。")


def _sum_errors(text):
    return rule_errors(text, "N-SUM")


def test_a_figure_describing_the_thing_named_is_not_its_part():
    assert _sum_errors(PROJECTS.format(a="5.44")) == []


def test_the_items_own_amounts_past_the_whole_are_still_an_error():
    (f,) = _sum_errors(PROJECTS.format(a="6.44"))
    assert "9.14亿元" in f.message


def test_a_figure_after_a_lost_character_is_not_known():
    (f,) = [g for g in extract_figures("常住總?cè)丝?87.8萬人,其中城鎮人口239.7萬人") if "87.8" in g.text]
    assert f.approximate
    assert _sum_errors("常住總?cè)丝?87.8萬人,其中城鎮人口239.7萬人,鄉村人口48.1萬人。") == []


def test_a_figure_after_a_full_width_question_is_read_as_ever():
    (f,) = [g for g in extract_figures("常住人口是多少？87.8万人。") if "87.8" in g.text]
    assert not f.approximate
