"""Precision on how amounts are written in real reports: shapes that are consistent as written and
must raise no error — and the same shapes made wrong, where the rule still fires."""

from __future__ import annotations

from perfxl.narrative.figures import extract_figures
from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_an_amount_of_yi_and_wan_written_together_is_one_amount():
    # "1亿2000万元", "1553億8900萬元": 亿 and 万 of one amount, not an amount of 2000万元 after a bare "1亿"
    [f] = [f for f in extract_figures("项目总投资1亿2000万元。") if f.kind == "amount"]
    assert (f.text, f.value, f.unit, f.decimals) == ("1亿2000万元", 12000, "万元", 0)
    [f] = [f for f in extract_figures("歲入1553億8900萬元。") if f.kind == "amount"]
    assert (f.text, f.value, f.unit) == ("1553億8900萬元", 15538900, "万元")
    [f] = [f for f in extract_figures("总额2亿350.5万元。") if f.kind == "amount"]
    assert (f.value, f.decimals) == (20350.5, 1)
    text = "2023年项目总投资1亿2000万元，其中：中央资金8000万元，省级资金3000万元，县级资金{}万元。"
    assert _rule(text.format(1000), "N-SUM") == []
    [f] = _rule(text.format(1500), "N-SUM")
    assert f.severity == "error" and "12500" in f.message


def test_a_bare_yi_before_other_words_is_not_joined():
    # "增长1亿，2000万元…": a separator between them, two things
    figures = [f for f in extract_figures("收入1亿，其中2000万元为税收。") if f.kind == "amount"]
    assert [(f.text, f.value) for f in figures] == [("2000万元", 2000)]
    figures = [f for f in extract_figures("投入1亿元2000万元") if f.kind == "amount"]
    assert [f.value for f in figures] == [1, 2000]


def test_an_amount_of_wan_and_qian_written_together_is_one_amount():
    # "3万5千元": 3.5万元, exact to 千元 (one decimal in 万元)
    [f] = [f for f in extract_figures("本年支出合计3万5千元。") if f.kind == "amount"]
    assert (f.text, f.value, f.unit, f.decimals) == ("3万5千元", 3.5, "万元", 1)
    text = "本年支出合计3万5千元，其中：办公费2万元，印刷费{}。"
    assert _rule(text.format("1万5千元"), "N-SUM") == []
    [f] = _rule(text.format("2万8千元"), "N-SUM")
    assert f.severity == "error" and "4.8万元" in f.message
    # a count is not joined: "3万5千人" has no 元
    assert [f.text for f in extract_figures("共3万5千人") if f.kind == "amount"] == []
