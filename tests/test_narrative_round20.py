"""Sentence patterns behind the findings of the twentieth fresh corpus round (self-evaluations and
budget notes from provinces the corpus had few of, statistical texts with finance figures)."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_INCOMES = ("城镇常住居民人均可支配收入30512.16元，增长9.06%。其中：工资性收入14928.07元，增长10.92%；经营净收入7712.18元，"
            "增长11.8%；财产净收入1927.18元，增长14.67%；转移净收入5944.73元，增长0.06%。"
            "农村常住居民人均可支配收入{total}元，增长10.71%。其中：工资性收入626.64元，增长40.43%；经营净收入3781元，"
            "增长6.77%；财产净收入129.58元，增长311.17%；转移净收入2101.46元，增长6.64%。")


def test_parts_of_two_wholes_named_alike_are_no_figure_said_twice():
    assert _rule(_INCOMES.format(total="6638.68"), "N-REPEAT") == []
    # a part of one whole said twice with two values is still reported
    once = "城镇常住居民人均可支配收入30512.16元，增长9.06%。其中：工资性收入{}元，增长10.92%；经营净收入7712.18元，增长11.8%。"
    twice = once.format("14928.07") + "\n" + once.format("15928.07")
    [f] = _rule(twice, "N-REPEAT")
    assert "14928.07元" in f.message and "15928.07元" in f.message


def test_disposable_income_by_its_four_sources_is_complete():
    assert _rule(_INCOMES.format(total="6638.68"), "N-SUM") == []
    [f] = _rule(_INCOMES.format(total="6838.86"), "N-SUM")
    assert f.severity == "error" and "6638.68元" in f.message.replace(",", "")
    # three of the four sources are no complete list: short of the whole, nothing to say
    three = _INCOMES.format(total="6838.86").replace("；转移净收入2101.46元，增长6.64%", "")
    assert _rule(three, "N-SUM") == []


_BUDGET = ("2018年年初预算数1776.31万元，其中教育支出1604.34万元，社会保障和就业支出171.97万元。"
           "包括工资福利支出1123.10万元、商品和服务支出78.10万元、资本性支出430万元、其他支出142.5万元。")


def test_a_new_sentences_list_after_a_list_may_break_down_that_lists_whole():
    [f] = _rule(_BUDGET, "N-SUM")
    assert f.severity == "warning" and "1776.31万元" in f.cause
    # over that whole as well, and far over the 171.97万元 it is bound to: that the list is not of that
    # figure is the likelier reading, silent
    assert _rule(_BUDGET.replace("资本性支出430万元", "资本性支出530万元"), "N-SUM") == []
