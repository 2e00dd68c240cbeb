"""Held-out round 104 (statistics bulletins and census tables): an item named by the item before it and words of its
level or owner ("医院12个、县及县以上医院2个") is a part of that item, not one more part of the list's whole."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import rule_errors


def _sum_errors(text):
    return rule_errors(text, "N-SUM")


@pytest.mark.parametrize("text", [
    "年末全县卫生机构466个，其中医院12个、县及县以上医院2个、村卫生室454个。",
    "年末全县卫生机构466个，其中医院12个、省级医院2个、村卫生室454个。",
])
def test_a_kind_of_the_item_before_is_its_part(text):
    assert _sum_errors(text) == []


@pytest.mark.parametrize("text", [
    # past the whole even without the kind of the item before
    "年末全县卫生机构466个，其中医院12个、县及县以上医院2个、村卫生室462个。",
    # another thing whose name ends like the item before ("行政办公和专业教学楼" is no 教学楼 of a kind)
    "总建筑面积70751平方米，其中：教学楼19136平方米，行政办公和专业教学楼15415平方米，图书实验楼11985平方米，"
    "学生宿舍13719平方米，师生餐厅5818平方米，体育看台4687平方米。",
    # a "kind" larger than the item before is none of it
    "年末全县卫生机构466个，其中医院12个、县及县以上医院20个、村卫生室442个。",
])
def test_other_items_are_still_summed(text):
    assert len(_sum_errors(text)) == 1
