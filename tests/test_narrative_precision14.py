"""Precision pass on changes, rates and unit slips: consistent variants of the change and rate
sentences of published reports (a count's change written in a smaller unit, ...), each with the
shape on which the rule still fires."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_AREA = "全县粮食播种面积12.51万亩，比上年减少17500亩，下降{}。"
_PEOPLE = "全县常住人口52.3万人，比上年减少3000人，下降{}。"


def test_a_counts_change_written_in_a_smaller_unit_is_read_in_the_counts_unit():
    # 12.51万亩 + 1.75万亩 = 14.26万亩 last year, 1.75 / 14.26 = 12.27 %
    assert _rule(_AREA.format("12.27%"), "N-CHANGE") == []
    assert _rule(_PEOPLE.format("0.57%"), "N-CHANGE") == []
    assert _rule("全县粮食播种面积12.51万亩，比上年的142600亩减少17500亩，下降12.27%。", "N-CHANGE") == []


def test_a_counts_change_in_a_smaller_unit_with_a_wrong_rate_still_fires():
    [f] = _rule(_AREA.format("1.27%"), "N-CHANGE")
    assert f.severity == "error" and "14.26万亩" in f.message and "12.27%" in f.message
    [f] = _rule(_PEOPLE.format("5.7%"), "N-CHANGE")
    assert f.severity == "error" and "52.6万人" in f.message
    [f] = _rule("全县粮食播种面积12.51万亩，比上年的142600亩减少17500亩，下降2.27%。", "N-CHANGE")
    assert f.severity == "error" and "12.27%" in f.message
