"""Readings added for recall: the ways published texts write an industry structure a:b:c."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_SECTORS = ("2023年全县实现地区生产总值276.29亿元。其中,第一产业增加值33.26亿元,增长4.0%;第二产业增加值96.21亿元,"
            "增长7.9%;第三产业增加值146.82亿元,增长3.5%。")


@pytest.mark.parametrize("structure", [
    "三次产业结构比重由上年的12.3:35.4:52.3调整为{}",
    "三次产业结构比由2022年的12.3:35.4:52.3调整为{}",
    "三次产业结构比例为{}",
    "三次产业结构比{}",
    "产业结构进一步优化,由上年的12.3:35.4:52.3演变为{}",
    "三次产业结构由上年的12.3:35.4:52.3调整到{}",
    "三次产业结构由上年的12.3:35.4:52.3调整为,{}",
    # a transcription's pinyin, which the view blanks
    "三次产(chǎn)业(yè)结(jié)构(gòu)比由上年的12.3:35.4:52.3调(diào)整为{}",
])
def test_a_structure_written_in_other_words_is_checked(structure):
    # 33.26 of 276.29 is 12.04 %: 12.1 is not it; 12.0 is
    [f] = _rule(_SECTORS + structure.format("12.1:34.8:53.1") + "。", "N-SHARE")
    assert f.severity == "error" and f.narrative[0].text == "12.1" and "12.038%" in f.message
    assert _rule(_SECTORS + structure.format("12.0:34.8:53.1") + "。", "N-SHARE") == []


def test_last_years_structure_is_still_not_read_as_this_years():
    # only the structure after 调整为 is this year's; last year's terms are not checked against this year's figures
    assert _rule(_SECTORS + "三次产业结构比重由上年的13.9:30.1:56.0调整为12.0:34.8:53.1。", "N-SHARE") == []



def test_parts_named_alike_are_named_once_as_the_items_own():
    # "其中：甲县到位资金…，实际支付资金…；乙县…": each part is read as "实际支付资金"; the message names them once
    text = ("累计到位资金17.44亿元,实际支付资金16.82亿元。其中:甲县到位资金6.02亿元,实际支付资金5.55亿元;乙县到位资金8.20亿元,"
            "实际支付资金7.46亿元;丙县到位资金1.84亿元,实际支付资金1.59亿元;丁县到位资金1.38亿元,实际支付资金1.22亿元。")
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and "其中所列各项的实际支付资金就是它的全部组成" in f.message
    assert "实际支付资金、实际支付资金" not in f.message
