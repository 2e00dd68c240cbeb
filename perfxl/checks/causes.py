"""Likely causes of a wrong figure, named when the numbers fit them exactly."""

from __future__ import annotations

from typing import Mapping

from ..core.intervals import Interval, interval_sum


def _fmt(x: float, decimals: int) -> str:
    return f"{x:.{decimals}f}"


def digit_slip(stated: float, expected: float, decimals: int = 2) -> str | None:
    """One digit wrong, or two adjacent digits swapped (1534.65 written for 1534.56)."""
    a, b = _fmt(stated, decimals), _fmt(expected, decimals)
    if a == b or len(a) != len(b):
        return None
    diffs = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]:
        return f"疑似相邻两位数字颠倒（应为 {b}，写成 {a}）"
    if len(diffs) == 1:
        return f"疑似个别数字写错（应为 {b}，写成 {a}）"
    return None


def unit_slip(stated: float, expected: float) -> str | None:
    """A factor of 10,000: 元 written where 万元 is meant, or the reverse."""
    if not stated or not expected:
        return None
    ratio = stated / expected
    if 0.999 * 10000 <= ratio <= 1.001 * 10000:
        return "疑似单位错误：数值约为应有值的 10000 倍（把“元”当成了“万元”）"
    if 0.999 / 10000 <= ratio <= 1.001 / 10000:
        return "疑似单位错误：数值约为应有值的万分之一（把“万元”当成了“元”）"
    return None


def missing_part(stated: Interval, parts: Mapping[str, Interval]) -> str | None:
    """The stated total equals the parts with exactly one left out (or counted twice)."""
    total = interval_sum(parts.values())
    for name, part in parts.items():
        if part.hi <= 0:
            continue
        if (total - part).overlaps(stated):
            return f"合计少加了“{name}”（差额正好等于该项）"
        if (total + part).overlaps(stated):
            return f"“{name}”被重复计入合计（差额正好等于该项）"
    return None


def other_denominator(stated: Interval, numerator: Interval, candidates: Mapping[str, Interval]) -> str | None:
    """The stated rate is the numerator over another figure of the form."""
    for name, den in candidates.items():
        q = numerator / den
        if q is not None and q.overlaps(stated):
            return f"该比例与以“{name}”为分母计算的结果一致，疑似用错了分母"
    return None


def truncated(stated: Interval, computed: Interval) -> bool:
    """Consistent only if the writer cut digits off instead of rounding (39.65% → "39%")."""
    width = stated.hi - stated.lo
    if width == 0:
        return False
    mid = stated.mid
    cut = Interval(mid, mid + width) if mid >= 0 else Interval(mid - width, mid)
    return cut.overlaps(computed)


def name_cause(stated_value: float | None, stated: Interval, computed: Interval,
               decimals: int = 2, parts: Mapping[str, Interval] | None = None) -> str | None:
    """The first cause that fits a mismatch between a stated and a computed figure."""
    if parts:
        cause = missing_part(stated, parts)
        if cause:
            return cause
    if stated_value is not None:
        expected = float(computed.mid)
        for cause in (unit_slip(stated_value, expected), digit_slip(stated_value, expected, decimals)):
            if cause:
                return cause
    return None
