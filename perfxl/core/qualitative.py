"""Qualitative wording: which tier of achievement a phrase like "基本按计划完成" claims."""

from __future__ import annotations

from typing import Literal

from .values import normalize_text

Tier = Literal["achieved", "partial", "failed"]

# Order matters: negations and hedges contain the plain words ("未完成" ⊃ "完成",
# "基本按计划完成" ⊃ "按计划完成"), so they are tested first.
_FAILED = ("未完成", "未达成", "未达到", "未达标", "没有完成", "不合格", "较差", "很差", "效果差",
           "滞后", "未实现", "不满意", "未按计划", "未按时")
_PARTIAL = ("基本按计划完成", "基本完成", "基本达成", "基本达标", "基本实现", "基本满意",
            "部分完成", "部分达成", "部分实现", "部分达标", "一般", "初见成效", "有所",
            "基本", "部分", "尚可")
_ACHIEVED = ("按计划完成", "全部完成", "已完成", "完成", "达成", "实现", "达标", "合格",
             "较好", "良好", "很好", "优秀", "显著", "明显", "满意", "及时", "按时", "有效",
             "提升", "提高", "到位", "稳定")
# One-character answers count only when they are the whole answer ("好", not "好转中").
_SINGLE: dict[str, Tier] = {"好": "achieved", "优": "achieved", "是": "achieved", "有": "achieved",
                            "良": "achieved", "中": "partial", "差": "failed", "否": "failed",
                            "无": "failed"}

TIER_NAMES: dict[Tier, str] = {
    "achieved": "达成年度指标",
    "partial": "部分达成并具有一定效果",
    "failed": "未达成且效果较差",
}


def tier_of(text: str) -> Tier | None:
    """The achievement tier a phrase claims, or None when the wording says nothing clear."""
    s = normalize_text(text)
    if not s:
        return None
    if s in _SINGLE:
        return _SINGLE[s]
    for words, tier in ((_FAILED, "failed"), (_PARTIAL, "partial"), (_ACHIEVED, "achieved")):
        if any(w in s for w in words):
            return tier  # type: ignore[return-value]
    return None
