"""Precision on the newest readings (headings with their totals, lists after 包括, paired flows, uses
lists, framed shares, signed amounts, page marks, based rates): consistent texts in the shapes real
reports use raise no error — and the same shapes made wrong, where the rule still fires."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_HEADING_MEASURES = ("一、老年人福利类(488万元)\n1. 养老服务业预算400万元，实际支出{}万元。\n"
                     "2. 敬老院预算120万元，实际支出100万元。")


def test_heading_lines_stating_a_budget_and_what_was_spent_are_of_the_total_by_either():
    # the heading's total is what was spent (388 + 100); the budgets (400 + 120) are no other list
    assert _rule(_HEADING_MEASURES.format(388), "N-SUM") == []
    # even the least amount of each line is over the total: an error
    [f] = _rule(_HEADING_MEASURES.format(398), "N-SUM")
    assert f.severity == "error" and "老年人福利类488万元" in f.message
    # a line of one amount each is read as before
    [f] = _rule("一、老年人福利类(488万元)\n1. 养老服务业400万元。\n2. 敬老院120万元。", "N-SUM")
    assert f.severity == "error" and "520万元" in f.message
