"""The calculations of the two attachment tables, as pure functions.

Amounts come in as numbers (or None when a cell is empty); results are exact numbers and
empty inputs give None, never a division error.  Scores are rounded the way Excel's ROUND
does (half away from zero) to ``profile.score_decimals``, so that Python and the
template's native formulas agree to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Literal, Sequence

from . import qualitative
from .profile import DEFAULT_PROFILE, RuleProfile
from .units import conversion_factor
from .values import Value, parse_value

Direction = Literal["positive", "reverse", "qualitative"]
Status = Literal["scored", "qualitative", "not_comparable", "unreadable", "no_weight"]

DIRECTION_NAMES: dict[str, str] = {"positive": "正向", "reverse": "反向", "qualitative": "定性"}
_DIRECTION_WORDS: dict[str, Direction] = {
    "正向": "positive", "正向指标": "positive", "positive": "positive", "≥": "positive",
    "反向": "reverse", "反向指标": "reverse", "reverse": "reverse", "≤": "reverse",
    "成本": "reverse", "成本指标": "reverse",
    "定性": "qualitative", "定性指标": "qualitative", "qualitative": "qualitative",
}


def round_half_up(x: float, decimals: int) -> float:
    """Round like Excel's ROUND: halves go away from zero (2.345 → 2.35)."""
    q = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """numerator / denominator, or None when either is missing or the denominator is 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


def control_rate(actual_staff: float | None, authorized: float | None) -> float | None:
    """在职人员控制率 = 实际在职人数 / 编制数."""
    return ratio(actual_staff, authorized)


def execution_rate(executed: float | None, budget: float | None) -> float | None:
    """预算执行率 = 全年执行数 / 全年预算数 (the adjusted budget, not 年初预算数)."""
    return ratio(executed, budget)


def execution_score(
    executed: float | None,
    budget: float | None,
    weight: float | None,
    profile: RuleProfile = DEFAULT_PROFILE,
) -> float | None:
    """预算执行得分 = 执行率 × 分值, capped at 分值 by default, rounded like the template."""
    return score_from_rate(execution_rate(executed, budget), weight, profile)


def score_from_rate(rate: float | None, weight: float | None, profile: RuleProfile = DEFAULT_PROFILE) -> float | None:
    """rate × weight (rate capped at 100% by default), rounded to the score precision."""
    if rate is None or weight is None:
        return None
    if profile.execution_score_cap:
        rate = min(rate, 1.0)
    return round_half_up(rate * weight, profile.score_decimals)


def staffing_score(rate: float | None, weight: float, profile: RuleProfile = DEFAULT_PROFILE) -> float | None:
    """Full marks at ≤100%; each percentage point over deducts ``overstaff_deduction_per_point``."""
    if rate is None:
        return None
    over_points = max(0.0, (rate - 1.0) * 100)
    score = max(0.0, weight - over_points * profile.overstaff_deduction_per_point)
    return round_half_up(score, profile.score_decimals)


def subtotal(parts: Iterable[float | None]) -> float | None:
    """Sum of the parts that are filled; None when none is (an empty row stays empty)."""
    filled = [p for p in parts if p is not None]
    return sum(filled) if filled else None


def grade(total: float | None, profile: RuleProfile = DEFAULT_PROFILE) -> str | None:
    """评价等级 for a total score: 优/良/中/差 by the profile's cut-offs."""
    if total is None:
        return None
    for bound, name in profile.grade_bands:
        if total >= bound:
            return name
    return profile.grade_bands[-1][1]


# -- indicator scoring ------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorScore:
    """What an indicator should score.

    ``low``/``high`` bound the admissible score: equal for quantitative indicators,
    a tier's range for qualitative ones.  ``reason`` explains the result in Chinese.
    """

    status: Status
    direction: Direction | None
    low: float | None
    high: float | None
    reason: str
    target: Value | None = None
    actual: Value | None = None
    achievement: float | None = None  # actual / target in a common unit
    tier: str | None = None           # a qualitative indicator's tier ("achieved", ...)

    @property
    def score(self) -> float | None:
        """The single expected score when there is one (quantitative indicators)."""
        return self.low if self.status == "scored" else None


def _direction_of(target: Value, kind: str | None, category: str | None) -> Direction:
    if kind:
        word = kind.strip()
        if word in _DIRECTION_WORDS:
            return _DIRECTION_WORDS[word]
    if target.comparator in ("<=", "<"):
        return "reverse"
    if category and "成本" in category:
        return "reverse"
    return "positive"


def parse_direction(kind: str | None) -> Direction | None:
    """"正向"/"反向"/"定性" (or English) as a direction; None when not recognised."""
    return _DIRECTION_WORDS.get(kind.strip()) if kind else None


def score_indicator(
    target_raw: object,
    actual_raw: object,
    weight: float | None,
    kind: str | None = None,
    category: str | None = None,
    profile: RuleProfile = DEFAULT_PROFILE,
) -> IndicatorScore:
    """Score one 三级指标 from its 年度指标值, 实际完成值 and 分值.

    ``kind`` forces a direction ("正向", "反向", "定性"); ``category`` is the 二级指标,
    so that 成本指标 without a "≤" is still scored as a reverse indicator.
    """
    # Several rules and the total score the same indicator: remembered, keyed on every
    # input with its type and, for a float, its exact digits (1, 1.0 and True are equal
    # keys, and so are 0.0 and -0.0); the result is immutable, so sharing it is safe.
    try:
        return _score_cached(_key(target_raw), _key(actual_raw), _key(weight), kind, category, profile)
    except TypeError:   # an unhashable input
        return _score_indicator(target_raw, actual_raw, weight, kind, category, profile)


def _key(x: object) -> tuple[type, object]:
    return (type(x), repr(x) if type(x) is float else x)


@lru_cache(maxsize=4096)
def _score_cached(target: tuple[type, object], actual: tuple[type, object], weight: tuple[type, object],
                  kind: str | None, category: str | None, profile: RuleProfile) -> IndicatorScore:
    return _score_indicator(_value(target), _value(actual), _value(weight), kind, category, profile)


def _value(key: tuple[type, object]) -> object:
    kind, x = key
    return float(x) if kind is float else x     # repr of a float reads back to the same float


def _score_indicator(target_raw: object, actual_raw: object, weight: float | None, kind: str | None,
                     category: str | None, profile: RuleProfile) -> IndicatorScore:
    target, actual = parse_value(target_raw), parse_value(actual_raw)
    if weight is None:
        return IndicatorScore("no_weight", None, None, None, "未填写分值，无法计算得分", target, actual)
    forced = parse_direction(kind)
    qualitative_case = forced == "qualitative" or (
        forced is None and (target.kind == "text" or actual.kind == "text")
    )
    if qualitative_case:
        return _score_qualitative(target, actual, weight, profile)
    if not (target.is_number and actual.is_number):
        missing = "年度指标值" if not target.is_number else "实际完成值"
        return IndicatorScore("unreadable", None, None, None, f"{missing}为空或无法识别为数值", target, actual)
    direction = forced or _direction_of(target, kind, category)
    t_unit, a_unit = target.unit, actual.unit
    # A bare number takes the unit written on the other side ("30家" against "34").
    if not a_unit or not t_unit:
        factor = 1.0
    else:
        factor = conversion_factor(a_unit, t_unit)
    if factor is None:
        return IndicatorScore(
            "not_comparable", direction, None, None,
            f"单位不一致（指标值为“{t_unit}”，完成值为“{a_unit}”），不能比较，请统一单位",
            target, actual,
        )
    t = target.number or 0.0
    a = (actual.number or 0.0) * factor
    return _score_quantitative(t, a, weight, direction, profile, target, actual)


def _score_quantitative(
    t: float, a: float, weight: float, direction: Direction, profile: RuleProfile,
    target: Value, actual: Value,
) -> IndicatorScore:
    def done(score: float, reason: str, achievement: float | None) -> IndicatorScore:
        # Rounding must not lift a score above its 分值 (a 分值 of 1.625 stays 1.625).
        s = min(round_half_up(score, profile.score_decimals), weight)
        return IndicatorScore("scored", direction, s, s, reason, target, actual, achievement)

    achievement = a / t if t else None
    if direction == "positive":
        if a >= t:
            return done(weight, "达到或超过年度指标值，得满分", achievement)
        if t <= 0:
            return done(0.0, "年度指标值为0或负数，无法按比例计分", achievement)
        return done(max(0.0, a / t) * weight, f"未达到年度指标值，按完成比例 {a / t:.2%} 计分", achievement)
    # reverse: lower is better
    if a <= t:
        return done(weight, "达到年度指标值（不超过上限），得满分", achievement)
    if t <= 0:
        return done(0.0, "超过上限且上限为0，得0分", achievement)
    if profile.reverse_rule == "ratio":
        return done(t / a * weight, f"超过上限，按 指标值/完成值 = {t / a:.2%} 计分", achievement)
    share = max(0.0, 1 - (a - t) / t)
    return done(share * weight, f"超过上限 {(a - t) / t:.2%}，按线性扣分计分", achievement)


def _score_qualitative(target: Value, actual: Value, weight: float, profile: RuleProfile) -> IndicatorScore:
    if actual.kind == "empty":
        return IndicatorScore("unreadable", "qualitative", None, None, "实际完成值为空", target, actual)
    tier: qualitative.Tier | None
    if actual.kind == "text":
        same_as_target = target.kind == "text" and actual.text.strip() == target.text.strip()
        tier = qualitative.tier_of(actual.text)
        if same_as_target and tier is None:
            tier = "achieved"
    else:
        tier = None
    if tier is None:
        return IndicatorScore(
            "not_comparable", "qualitative", None, None,
            f"完成值“{actual.text.strip()}”无法判断达成程度，需人工评定", target, actual,
        )
    index = ("achieved", "partial", "failed").index(tier)
    lo_share, hi_share = profile.qualitative_tiers[index]
    return IndicatorScore(
        "qualitative", "qualitative",
        min(round_half_up(lo_share * weight, profile.score_decimals), weight),
        min(round_half_up(hi_share * weight, profile.score_decimals), weight),
        f"定性指标：“{actual.text.strip()}”属于“{qualitative.TIER_NAMES[tier]}”，"
        f"得分应为分值的 {lo_share:.0%}–{hi_share:.0%}",
        target, actual, tier=tier,
    )


# -- totals -----------------------------------------------------------------------


def section_of(level1: str | None, profile: RuleProfile = DEFAULT_PROFILE) -> str | None:
    """The profile section a 一级指标 label belongs to ("产出指标（50分）" → "产出指标")."""
    if not level1:
        return None
    text = "".join(level1.split())
    for name in profile.sections:
        if text.startswith(name) or name in text:
            return name
    return None


def section_sums(
    rows: Sequence[tuple[str | None, float | None]], profile: RuleProfile = DEFAULT_PROFILE
) -> dict[str, float]:
    """Sum a column (分值 or 得分) of the indicator rows per 一级指标 section.

    ``rows`` are (一级指标, value) pairs with 一级指标 already forward-filled.
    """
    sums = {name: 0.0 for name in profile.sections}
    for level1, value in rows:
        section = section_of(level1, profile)
        if section is not None and value is not None:
            sums[section] += value
    return sums


def total(parts: Iterable[float | None]) -> float | None:
    """总分值 / 总得分: the filled parts added up; None when nothing is filled."""
    return subtotal(parts)
