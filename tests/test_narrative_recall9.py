"""Recall: figures listed after "分别为" are named one by one by the names listed before them."""

from __future__ import annotations

import pytest

from perfxl.narrative.figures import extract_figures
from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


_GDP = "2023年某地区生产总值为{}亿元,位列全省倒数第一,其第一、二、三产业增加值分别为51.20亿元、15.70亿元、85.00亿元。"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_run_after_each_names_its_parts_and_their_sum_is_checked(script):
    text = _GDP.format("151.80")   # 51.20 + 15.70 + 85.00 = 151.90
    if script == "traditional":
        text = text.replace("产业", "產業").replace("分别为", "分別為").replace("亿元", "億元")
    [f] = _rule(text, "N-SUM")
    unit = "億元" if script == "traditional" else "亿元"
    assert f.severity == "error" and [s.text for s in f.narrative] == [v + unit for v in ("151.80", "51.20", "15.70", "85.00")]


def test_a_run_after_each_that_adds_up_is_silent():
    assert _rule(_GDP.format("151.90"), "N-SUM") == []


@pytest.mark.parametrize("head, names", [
    ("其第一、二、三产业增加值分别为", ["第一产业增加值", "二产业增加值", "三产业增加值"]),
    ("收入、支出分别为", ["收入", "支出"]),
    ("中央、省级资金分别为", ["中央资金", "省级资金", None]),
    ("货物、工程和服务采购规模分别为", ["货物采购规模", "工程采购规模", "服务采购规模"]),
])
def test_each_figure_of_the_run_takes_its_name(head, names):
    text = "总额151.90万元," + head + "、".join(("51.20万元", "15.70万元", "85.00万元")[:len([n for n in names])]) + "。"
    figs = extract_figures(text)[1:]
    if None in names:
        # three figures but two names: no name is given out (the run is not read as the names)
        assert figs[1].subject == ""
    else:
        assert [f.subject for f in figs] == names


def test_a_run_without_each_keeps_its_names():
    # "…合计为A、B": no "分别/各" before the run, nothing is named
    figs = extract_figures("收入、支出合计为51.20万元、15.70万元。")
    assert figs[1].subject == ""
