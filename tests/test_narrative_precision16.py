"""Precision pass on tables and forms copied into a report's text: consistent tables written the
way Word, WPS, PDF and web pages copy them (tab-separated rows with blank cells, ...), each with
the shape on which the rule still fires."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


# a Word table as text: cells joined by tabs, a blank cell is nothing between two tabs
_TABBED = ("单位：万元\n"
           "项目\t2022年决算数\t2023年预算数\t2023年决算数\n"
           "合计\t63.8\t39.2\t{}\n"
           "1.因公出国(境)费\t2.0\t\t3.2\n"
           "2.公务接待费\t21.9\t8.6\t7.7\n"
           "3.公务用车购置及运行费\t39.9\t30.7\t18.1\n"
           "其中：(1)公务用车购置费\t\t\t0.0\n"
           "(2)公务用车运行费\t39.9\t30.7\t18.1\n")


def test_a_blank_cell_between_two_tabs_keeps_its_column():
    # 3.2 + 7.7 + 18.1 = 29.0 in the 2023 决算 column; the blank budget cell of 出国 is no shift of 3.2
    assert _rule(_TABBED.format("29.0"), "N-SUM") == []


def test_a_tabbed_total_wrong_in_its_own_column_still_fires():
    [f] = _rule(_TABBED.format("25.0"), "N-SUM")
    assert f.severity == "error" and "29" in f.message and "2023年决算数" in f.message
