"""Parts of a statistics bulletin classed two ways at once cut across one another (red-team 12, A1): "营业收入236.8亿元，其中国有
控股企业85.2亿元，股份制企业160.3亿元，外商及港澳台商投资企业12.5亿元" — a 国有控股 firm is mostly a 股份制 one; "固定资产投资
80.2亿元，其中民间投资45.1亿元，工业投资40.8亿元" — by owner and by industry. They need not add up to the whole."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity == "error"]


@pytest.mark.parametrize("text", [
    "全年规模以上工业企业实现营业收入236.8亿元，其中国有控股企业85.2亿元，股份制企业160.3亿元，外商及港澳台商投资企业12.5亿元。",
    "全县固定资产投资80.2亿元，其中民间投资45.1亿元，工业投资40.8亿元。",
    "规模以上工业增加值100亿元，其中高技术制造业40亿元，装备制造业70亿元。",
])
def test_classes_that_cut_across_are_not_summed(text):
    assert _sums(text) == []


@pytest.mark.parametrize("text", [
    "规模以上工业增加值100亿元，其中国有企业40亿元，民营企业50亿元，外商投资企业20亿元。",   # one way: by owner
    "固定资产投资100亿元，其中工业投资40亿元，基础设施投资50亿元，房地产开发投资20亿元。",   # one way: by industry
    "全县一般公共预算支出100亿元，其中教育支出60亿元，卫生健康支出50亿元。",
])
def test_classes_of_one_way_are_still_summed(text):
    assert _sums(text)


def test_one_class_alone_past_the_whole_is_still_an_error():
    # red-team 14, M3: overlap never lets one part exceed the whole
    assert _sums("全年固定资产投资80.2亿元，其中民间投资85.2亿元，工业投资35.5亿元。")


def test_trade_product_classes_overlap():
    # red-team 14, A1: 机电产品 and 高新技术产品 share most of their goods (customs tables say so)
    assert _sums("全年出口52.3亿元，其中机电产品出口35.2亿元，高新技术产品出口20.3亿元。") == []
