"""Likely causes of a wrong figure, named when the numbers fit them exactly.

A cause is data: a code and its parameters (``Cause``), rendered through one message
template per code (``TEMPLATES``), so no rule reads or rewrites another rule's wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

TEMPLATES: dict[str, str] = {
    "digit_swap": "疑似相邻两位数字颠倒（应为 {expected}，写成 {stated}）",
    "digit_wrong": "疑似个别数字写错（应为 {expected}，写成 {stated}）",
    "unit_times_10000": "疑似单位错误：数值约为应有值的 10000 倍（把“元”当成了“万元”）",
    "unit_over_10000": "疑似单位错误：数值约为应有值的万分之一（把“万元”当成了“元”）",
    "missing_part": "合计少加了“{name}”（差额正好等于该项）",
    "double_counted": "“{name}”被重复计入合计（差额正好等于该项）",
    "other_denominator": "该比例与以“{name}”为分母计算的结果一致{truncation}，疑似用错了分母",
    "initial_budget_denominator": "该比例与以“{name}”为分母计算的结果一致{truncation}，"
                                  "执行率应以全年预算数（调整后预算）为分母，而不是年初预算数",
    "truncated": "仅在截尾（而非四舍五入）时才相符",
    "far_over": "各项合计 {computed} 超出合计数一半以上，更可能是所列各项并非都属于它（列举越过了本句，或合计数读错），请核对",
    "current_denominator": "该幅度等于增减额 ÷ {current}，增减幅度应以{against}数为分母",
    "formula_overwritten": "该单元格原有公式已被手工数字覆盖",
    "partial_wording": "“基本”“部分”等措辞表示未完全达成，不应得满分",
    "initial_budget_parts": "{names}合计等于年初预算数 {amount}，填的是年初预算构成而非实际支出",
    "county_prefix": "名称只差县（区）前缀，应为同一单位，建议统一写法",
    "yuan_for_wan": "疑似把“万元”写成了“元”",
    "wan_for_yuan": "疑似把“元”写成了“万元”",
    "yi_for_wan": "疑似把“万元”写成了“亿元”",
    "other_statement": "各项之和等于文中“{name}”的 {text}，合计数疑似写错",
    "point_for_separator": "“{text}”的小数点疑为千分位逗号（应为千位以上的数）",
    "previous_budget": "与上年工作簿的{year}年预算数 {amount} 一致，疑似把上年预算数当成了上年决算数",
    "sole_clause": "“其中”直接接项目名称（未用冒号或逗号），也可能只管到第一个分号，分号后{name}等是另一种分法的分项，与前项不宜相加",
    "earlier_whole": "“其中”在新的一句开头，也可能是上一句“{name}{text}”的分项（按此读法不超过它）",
    "sentence_whole": "各项之和等于同句前文“{name}{text}”，“其中”也可能是它的分项（按此读法相符）",
    "own_statements": "所列各项各有自己的增减幅度，像是分别列举的重点项目，可能分属不同的分类口径，不一定相加等于总数",
    "restated_whole": "首项“{name}{text}”已等于合计数，其后各项也可能是另外列举的（如另列的离退休人员）或首项的分项，按此读法相符",
    "counted_kinds": "文中写明只有“{said}”",
    "other_year": "合计数写的是 {whole_year} 年的，各项是 {parts_year} 年的；若两处年份有一处写错，则两者不符，请核对",
    "mean_of_years": "所写年均增幅高于按两数复合计算的增幅；若它是各年增幅的算术平均（总不低于复合增幅），则可能成立，请核对计算方法",
    "share_unit_slip": "按两数的数字（不看单位）算，占比为 {pct}，与所写相符，疑为“{num}”或“{den}”的单位写错，请先核对单位",
    "tail_adjusted": "按四舍五入{count}项合计不是 100，所写的值像是把尾差调到了这一项上，使{count}项恰好合计 100（统计上常见的尾差调整）；若不是有意调整，请改正",
    "overlapping_kinds": "各项是按所做的事分的类别（种植、养殖、参保等），同一户（人）可以兼属几类，各项之和可能超过总数，请核对是否有重复计数",
    "overlapping_shares": "各项所写占比分别相符、合计却超过100%，按文中口径各项之间可能互有包含，不一定相加等于总数",
    "same_caliber": "增幅写明是“同口径”的：若同口径的上年数是把 {base} 调整后的另一个数（文中未写出），所写增幅可能成立；否则按所写两数计算不符，请核对",
    "public_funds_scope": "报告中的公用经费口径可能与附件3（一般商品和服务支出）不同，请核对",
}
TRUNCATED_DIGIT = "（末位截尾）"


@dataclass(frozen=True)
class Cause:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self) -> str:
        return TEMPLATES[self.code].format(**self.params)


def cause(code: str, **params: Any) -> Cause:
    return Cause(code, params)


def render(*items: Cause | None) -> str | None:
    """The causes that apply, as one Chinese sentence (joined with "；"); None if none."""
    parts = [c.render() for c in items if c is not None]
    return "；".join(parts) if parts else None

from ..core.intervals import Interval, interval_sum


def _fmt(x: float, decimals: int) -> str:
    return f"{x:.{decimals}f}"


def digit_slip(stated: float, expected: float, decimals: int = 2) -> Cause | None:
    """One digit wrong, or two adjacent digits swapped (1534.65 written for 1534.56)."""
    a, b = _fmt(stated, decimals), _fmt(expected, decimals)
    if a == b or len(a) != len(b):
        return None
    diffs = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]:
        return cause("digit_swap", expected=b, stated=a)
    if len(diffs) == 1:
        return cause("digit_wrong", expected=b, stated=a)
    return None


def unit_slip(stated: float, expected: float) -> Cause | None:
    """A factor of 10,000: 元 written where 万元 is meant, or the reverse."""
    if not stated or not expected:
        return None
    ratio = stated / expected
    if 0.999 * 10000 <= ratio <= 1.001 * 10000:
        return cause("unit_times_10000")
    if 0.999 / 10000 <= ratio <= 1.001 / 10000:
        return cause("unit_over_10000")
    return None


def missing_part(stated: Interval, parts: Mapping[str, Interval]) -> Cause | None:
    """The stated total equals the parts with exactly one left out (or counted twice)."""
    total = interval_sum(parts.values())

    def explaining(sign: int) -> str | None:
        names = [name for name, part in parts.items()
                 if part.hi > 0 and (total - part if sign < 0 else total + part).overlaps(stated)]
        # two or three parts of the same value making the difference as written each explain it ("三湾村3.4公里，
        # 庙沟村1.9公里，…陈家村1.9公里"): all are named; otherwise the first one its rounding lets explain it (of many
        # indicators of one score, naming them all tells no more)
        exact = [name for name in names if stated.lo <= total.mid + sign * parts[name].mid <= stated.hi]
        return "”或“".join(exact) if 1 < len(exact) <= 3 else names[0] if names else None

    if (name := explaining(-1)) is not None:
        return cause("missing_part", name=name)
    if (name := explaining(1)) is not None:
        return cause("double_counted", name=name)
    return None


def other_denominator(stated: Interval, numerator: Interval, candidates: Mapping[str, Interval],
                      code: str = "other_denominator", truncation: str = "") -> Cause | None:
    """The stated rate is the numerator over another figure of the form."""
    for name, den in candidates.items():
        q = numerator / den
        if q is not None and q.overlaps(stated):
            return cause(code, name=name, truncation=truncation)
    return None


def truncated(stated: Interval, computed: Interval) -> bool:
    """Consistent only if the writer cut digits off instead of rounding (39.65% → "39%")."""
    width = stated.hi - stated.lo
    if width == 0:
        return False
    mid = stated.mid
    # "1.2" cut off stands for [1.2, 1.3): the next figure up is no longer it (1.3 cut off is "1.3")
    if mid >= 0:
        return computed.hi >= mid and computed.lo < mid + width
    return computed.lo <= mid and computed.hi > mid - width


def name_cause(stated_value: float | None, stated: Interval, computed: Interval,
               decimals: int = 2, parts: Mapping[str, Interval] | None = None) -> Cause | None:
    """The first cause that fits a mismatch between a stated and a computed figure."""
    if parts:
        found = missing_part(stated, parts)
        if found:
            return found
    if stated_value is not None:
        expected = float(computed.mid)
        for found in (unit_slip(stated_value, expected), digit_slip(stated_value, expected, decimals)):
            if found:
                return found
    return None
