"""Parts whose other measure also goes past the whole's (audit round 64, page 6709): "完成州外到位资金120.44亿元，…，完成州政府
下达任务数132.63亿元的90.8%。其中，省外到位资金60.4亿元，…任务数65.85亿元…；产业项目到位资金87.88亿元，…任务数69.75亿元" — 省外 and
产业项目 are cuts of different kinds; by the text's own figures (60.4 + 87.88 > 120.44) they overlap, and their tasks need
not add up to the whole's."""

from __future__ import annotations

from tests.narrative_helpers import found

_TEXT = ("今年1到10月,开发区完成州外到位资金120.44亿元,同比增长29%,完成州政府下达任务数132.63亿元的90.8%。其中,省外到位资金"
         "{a}亿元,同比增长36.7%,完成州政府下达任务数65.85亿元的91.7%;产业项目到位资金{b}亿元,同比增长78.2%,完成州政府下达任务数"
         "69.75亿元的126%。")


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity == "error"]


def test_parts_overlapping_by_their_other_measure_are_not_summed():
    assert _sums(_TEXT.format(a="60.4", b="87.88")) == []


def test_parts_whose_other_measure_fits_are_still_summed():
    # 40.4 + 57.88 = 98.28 ≤ 120.44: a partition by the actuals, so the tasks 65.85 + 69.75 = 135.6 > 132.63 is an error
    [f] = _sums(_TEXT.format(a="40.4", b="57.88"))
    assert "135.6亿元" in f.message


def test_kinds_that_cannot_overlap_are_still_summed():
    # red-team 13, M2: 基本支出 and 项目支出 never overlap: both their budgets and their actuals past the whole's are an error
    assert _sums("本年支出预算1500万元，实际支出1420.5万元，其中：基本支出预算1150万元，实际支出1100.5万元；"
                 "项目支出预算400万元，实际支出350万元。")
