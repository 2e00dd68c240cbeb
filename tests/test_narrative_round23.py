"""Sentence patterns behind the findings of the twenty-third fresh corpus round (debt and bond
disclosures, poverty-fund reports, court and department notes)."""

from __future__ import annotations

from tests.narrative_helpers import doc, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_POVERTY = ("共投入财政扶贫资金10 851.8万元，其中中央财政资金10 444.85万元，省财政资金406.95万元，分别占96.25%和占{}。")


def test_thousands_set_apart_by_spaces_keep_their_decimals():
    figures = {f.text: f for f in doc(_POVERTY.format("3.75%")).figures}
    assert figures["10 851.8万元"].value == 10851.8 and figures["10 444.85万元"].value == 10444.85
    # a year before an amount is no thousands group
    assert [f.text for f in doc("2020 年 123.5万元").figures if f.kind == "amount"] == ["123.5万元"]


def test_shares_paired_with_the_verb_said_again_are_paired_in_order():
    assert _rule(_POVERTY.format("3.75%"), "N-SHARE") == []
    [f] = _rule(_POVERTY.format("4.75%"), "N-SHARE")
    assert f.severity == "error" and "406.95万元" in f.message and "3.75%" in f.message


_LIMIT = "2023年省财政厅下达我县债务限额6.1358亿元，包括一般债务限额1.71亿元，其中：外债转贷0.5884亿元，{}。"


def test_a_nested_list_ends_before_a_sibling_of_its_whole():
    assert _rule(_LIMIT.format("专项债务限额4.4258亿元"), "N-SUM") == []
    # a part of another name over the whole is still an error
    [f] = _rule(_LIMIT.format("国债转贷1.5亿元"), "N-SUM")
    assert f.severity == "error" and "2.09亿元" in f.message
