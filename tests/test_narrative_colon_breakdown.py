"""A 其中 part whose amount a colon follows opens its own breakdown (corpus round 93, passage 8815):
"资金9379.5万元,其中,贫困县纳入统筹整合资金7560万元:A 2739万元,B 156万元,C 4192万元,D 473万元" — the four are 7560's parts."""

from __future__ import annotations

from tests.narrative_helpers import found

_TEXT = ("下达项目切块省补助资金9379.5万元,其中,贫困县纳入统筹整合资金7560万元:2017年第一批县乡道安防工程项目资金2739万元,"
         "2017年第一批村道安防项目资金156万元,2017年第二批县乡道安防工程项目资金{c}万元,2017年第二批村道安防项目资金473万元。")


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity == "error"]


def test_the_amounts_after_the_colon_are_the_parts_part():
    assert _sums(_TEXT.format(c="4192")) == []


def test_a_breakdown_over_both_is_still_an_error():
    # 7560 + 2739 + 156 + 9192 + 473: no reading fits in 9379.5 (the four alone are 12560 > 9379.5)
    assert _sums(_TEXT.format(c="9192"))


def test_a_colon_opening_words_is_no_breakdown():
    # red-team 12, M2: the colon opens what the money is used for, then the next part
    assert _sums("本年支出合计1420.5万元，其中：基本支出1100.5万元：主要用于人员经费和公用经费；项目支出350万元：主要用于专项业务工作。")
    assert _sums("项目资金500万元，其中：中央资金300万元：用于设备购置，省级资金150万元，县级资金80万元。")
    # red-team 13, M1: words after the colon (主要为…, 包括…) are no breakdown of amounts
    assert _sums("本年支出合计1420.5万元，其中：基本支出1100.5万元：主要为人员经费和公用经费，项目支出350万元：主要为专项业务。")
    assert _sums("本年支出合计1420.5万元，其中：基本支出1100.5万元：包括人员经费和公用经费，项目支出350万元。")
