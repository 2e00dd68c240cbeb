"""Precision: an outer list's next item after a semicolon is no part of the 其中 list inside the item before it."""

from __future__ import annotations

from tests.narrative_helpers import found

# audit page 3909: every field "…领域争取"; the airport project is the only part of 重大基础设施建设领域
_FIELDS = ("社会事业和社会治理领域争取14.7亿元，其中教育项目争取7.78亿元；重大基础设施建设领域争取13.9亿元，"
           "其中西安咸阳国际机场三期工程争取10.2亿元；科技创新和结构调整领域争取2.5亿元；“一带一路”建设等其他领域争取0.7亿元。")


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM"]


def test_the_outer_lists_next_field_is_no_part_of_the_field_before():
    assert _sums(_FIELDS) == []


def test_parts_named_as_the_first_part_after_the_semicolon_are_still_its_parts():
    # 工程 like the airport project, not 领域 like the fields: 10.2 + 2.5 + 0.7 = 13.4 of 13.9 with 其他 closing the list
    [f] = _sums("社会事业和社会治理领域争取14.7亿元，其中教育项目争取7.78亿元；重大基础设施建设领域争取13.9亿元，"
                "其中西安咸阳国际机场三期工程争取10.2亿元；高速公路工程争取2.5亿元；其他工程争取0.7亿元。")
    assert f.severity == "warning" and "13.4亿元" in f.message


def test_without_earlier_fields_in_the_sentence_the_next_field_is_still_a_reading():
    # no outer item before the total names a field so, but the item after the semicolon is named as the total is (领域争取)
    # and not as its first part: the list may end before it (10.2 ≤ 13.9), so 10.2 + 4.5 > 13.9 is no error (see
    # test_narrative_audit48); the first part alone over the total is one under every reading
    assert _sums("重大基础设施建设领域争取13.9亿元，其中西安咸阳国际机场三期工程争取10.2亿元；科技创新和结构调整领域争取4.5亿元。") == []
    [f] = _sums("重大基础设施建设领域争取13.9亿元，其中西安咸阳国际机场三期工程争取14.2亿元；科技创新和结构调整领域争取4.5亿元。")
    assert f.severity == "error"
