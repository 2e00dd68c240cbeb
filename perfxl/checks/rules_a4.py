"""Checks inside 附件4 部门整体支出绩效自评表."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Iterable

from ..core import calc
from ..core.intervals import Interval, interval_sum
from ..core.values import parse_value
from ..forms import attachment4 as a4
from ..reading.data import FieldValue, interval_of
from ..forms.model import FieldKind
from .rule import Context, Rule, rule
from .findings import Finding
from ..core.qualitative import TIER_NAMES
from . import causes
from .helpers import Indicator, check_grade, check_rate, check_total, fmt, overwritten_note, pct

S = FieldKind.SCORE


def _score_interval(fv: FieldValue) -> Interval | None:
    return interval_of(fv, S)


# -- 预算执行 ----------------------------------------------------------------------

@rule("A4-EXEC-RATE", "执行率应等于全年执行数 ÷ 全年预算数（调整后预算）", "error",
      "执行率填为 {stated}，按全年执行数 ÷ 全年预算数应为 {computed}。", covers=("budget.rate",))
def exec_rate(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    alternatives = {"年初预算数": d.fv("budget.initial")} if d.fv("budget.initial") else {}
    for f in check_rate(r, d, d.fv("budget.rate"), d.fv("budget.executed"), d.fv("budget.adjusted"),
                        FieldKind.AMOUNT, FieldKind.AMOUNT, alternatives=alternatives,
                        denominator_cause="initial_budget_denominator"):
        yield f


@rule("A4-EXEC-SCORE", "预算执行得分应等于执行率 × 分值（不超过分值）", "error",
      "预算执行得分填为 {stated}，按执行率 {rate} × 分值 {weight} 应为 {computed}。", covers=("budget.score",))
def exec_score(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    score, weight = d.fv("budget.score"), d.number("budget.weight")
    rate_iv = d.interval("budget.rate")
    executed, adjusted = d.interval("budget.executed"), d.interval("budget.adjusted")
    if score is None or weight is None:
        return
    stated = _score_interval(score)
    if stated is None:
        return
    # The score follows the true rate; a stated rate only narrows it by its rounding.
    rate = (executed / adjusted) if executed and adjusted else rate_iv
    if rate is None:
        return
    if ctx.profile.execution_score_cap:
        rate = Interval(min(rate.lo, 1), min(rate.hi, 1))
    computed = rate.scale(weight)
    # The form rounds the score to 0.01: allow that rounding on the computed side too.
    computed = Interval(computed.lo - Interval.rounded(0, 2).hi, computed.hi + Interval.rounded(0, 2).hi)
    if stated.overlaps(computed):
        return
    yield r.finding(cells=d.cells("budget.score", "budget.rate", "budget.weight"),
                    expected=round(float(computed.mid), 2), actual=float(stated.mid),
                    cause=overwritten_note(score, d), stated=fmt(float(stated.mid)),
                    rate=pct(float(rate.mid)), weight=f"{weight:g}", computed=fmt(float(computed.mid)))


def _parts_rule(total_key: str, fields):
    def check(r: Rule, ctx: Context) -> Iterable[Finding]:
        d = ctx.data
        parts = {f.row_labels[0]: d.fv(f.key) for f in fields if d.fv(f.key) is not None}
        yield from check_total(r, d, d.fv(total_key), parts)  # type: ignore[arg-type]
    return check


income_parts = rule("A4-INCOME-PARTS", "按收入性质分的各项之和应等于全年预算数", "error",
     "按收入性质分各项合计 {computed}，与全年预算数 {total} 不符。")(_parts_rule("budget.adjusted", a4.INCOME_FIELDS))
spending_parts = rule("A4-SPENDING-PARTS", "按支出性质分的基本支出与项目支出之和应等于全年执行数", "error",
     "基本支出与项目支出合计 {computed}，与全年执行数 {total} 不符。")(_parts_rule("budget.executed", a4.SPENDING_FIELDS))


# -- indicators ----------------------------------------------------------------------

@rule("A4-INDICATOR-SCORE", "三级指标得分应符合评分规则", "warning",
      {"quantitative": "“{name}”：{reason}，得分应为 {expected_score}，填为 {stated}。",
       "qualitative": "“{name}”：完成值“{actual_text}”{reason_short}，得分应在 {low}–{high} 之间，填为 {stated}。"})
def indicator_score(r: Rule, ctx: Context) -> Iterable[Finding]:
    for ind in ctx.indicators:
        weight = ind.number(ind.weight)
        stated = _score_interval(ind.score)
        if weight is None or stated is None:
            continue
        result = calc.score_indicator(ind.target.value, ind.actual.value, weight,
                                      category=str(ind.level2.value or ""), profile=ctx.profile)
        if result.status == "scored" and result.score is not None:
            expected = Interval.rounded(result.score, 2)
            if not stated.overlaps(expected):
                cells = [c for c in (ind.score.address, ind.actual.address, ind.target.address) if c]
                yield r.finding("quantitative", cells=cells, expected=result.score, actual=float(stated.mid),
                                name=ind.title, reason=result.reason, expected_score=fmt(result.score),
                                stated=fmt(float(stated.mid)))
        elif result.status == "qualitative" and result.low is not None and result.high is not None:
            allowed = Interval(Interval.rounded(result.low, 2).lo, Interval.rounded(result.high, 2).hi)
            if not stated.overlaps(allowed):
                cells = [c for c in (ind.score.address, ind.actual.address, ind.target.address) if c]
                tier = f"“{TIER_NAMES[result.tier]}”" if result.tier else ""
                yield r.finding("qualitative", cells=cells, expected=f"{result.low:g}–{result.high:g}",
                                actual=float(stated.mid), name=ind.title, actual_text=str(ind.actual.value).strip(),
                                reason_short=f"属于{tier}" if tier else "", low=fmt(result.low), high=fmt(result.high),
                                stated=fmt(float(stated.mid)),
                                cause=causes.cause("partial_wording") if stated.hi >= weight else None)


@rule("A4-NOT-COMPARABLE", "年度指标值与实际完成值应能比较（单位一致或可换算）", "warning",
      "“{name}”：{reason}。")
def not_comparable(r: Rule, ctx: Context) -> Iterable[Finding]:
    for ind in ctx.indicators:
        weight = ind.number(ind.weight)
        result = calc.score_indicator(ind.target.value, ind.actual.value, weight if weight is not None else 1,
                                      category=str(ind.level2.value or ""), profile=ctx.profile)
        if result.status == "not_comparable" and result.direction != "qualitative":
            yield r.finding(cells=[c for c in (ind.actual.address, ind.target.address) if c],
                            expected=ind.target.value, actual=ind.actual.value, name=ind.title, reason=result.reason)


@rule("A4-SCORE-OVER-WEIGHT", "得分不能超过分值", "error", "“{name}”：得分 {stated} 超过了分值 {weight}。")
def score_over_weight(r: Rule, ctx: Context) -> Iterable[Finding]:
    for ind in ctx.indicators:
        weight, stated = _score_interval(ind.weight), _score_interval(ind.score)
        if weight is None or stated is None or stated.lo <= weight.hi:
            continue
        yield r.finding(cells=[c for c in (ind.score.address, ind.weight.address) if c],
                        expected=f"≤{fmt(float(weight.mid))}", actual=float(stated.mid), name=ind.title,
                        stated=fmt(float(stated.mid)), weight=fmt(float(weight.mid)))


_BOUNDED = re.compile(r"满意度|满意率|合格率|覆盖率|达标率|成活率|免疫率|防治率|整改率|入学率|参保率|知晓率|办结率|"
                      r"受理率|到位率|准确率|及时率|发放率|回复率")


@rule("A4-PERCENT-OVER-100", "满意度、合格率等比率不可能超过 100%", "warning",
      "“{name}”的实际完成值为 {value}，此类比率不可能超过 100%。")
def percent_over_100(r: Rule, ctx: Context) -> Iterable[Finding]:
    for ind in ctx.indicators:
        v = parse_value(ind.actual.value)
        if v.is_percent and v.number is not None and v.number > 100 and _BOUNDED.search(ind.title):
            yield r.finding(cells=[ind.actual.address] if ind.actual.address else [], expected="≤100%",
                            actual=v.text.strip(), name=ind.title, value=v.text.strip())


@rule("A4-OVER-TARGET", "完成值远超年度指标值，需说明目标是否偏低", "info",
      "“{name}”：完成值 {actual_text} 为指标值 {target_text} 的 {ratio}，超过 {limit}，请说明目标设定是否合理。")
def over_target(r: Rule, ctx: Context) -> Iterable[Finding]:
    limit = ctx.profile.over_target_ratio
    for ind in ctx.indicators:
        weight = ind.number(ind.weight) or 1
        result = calc.score_indicator(ind.target.value, ind.actual.value, weight,
                                      category=str(ind.level2.value or ""), profile=ctx.profile)
        if result.direction == "positive" and result.achievement is not None and result.achievement > limit:
            yield r.finding(cells=[c for c in (ind.actual.address, ind.target.address) if c],
                            expected=f"≤{limit:.0%}", actual=round(result.achievement, 4), name=ind.title,
                            actual_text=str(ind.actual.value).strip(), target_text=str(ind.target.value).strip(),
                            ratio=pct(result.achievement, 0), limit=f"{limit:.0%}")


@rule("A4-MISSING-REASON", "得分低于分值时应填写偏差原因分析及改进措施", "warning",
      "“{name}”：得分 {stated} 低于分值 {weight}，但未填写偏差原因分析及改进措施。")
def missing_reason(r: Rule, ctx: Context) -> Iterable[Finding]:
    for ind in ctx.indicators:
        weight, stated = _score_interval(ind.weight), _score_interval(ind.score)
        if weight is None or stated is None or stated.hi >= weight.lo:
            continue
        if ind.reason.value is not None and str(ind.reason.value).strip():
            continue
        cell = ind.reason.address or ind.score.address
        yield r.finding(cells=[c for c in (cell, ind.score.address) if c], expected="填写偏差原因",
                        actual=None, name=ind.title, stated=fmt(float(stated.mid)), weight=fmt(float(weight.mid)))


@rule("A4-COST-COMPARATOR", "成本指标应写成“≤”（不超过），不应写成“≥”", "warning",
      "成本指标“{name}”的年度指标值写作“{target_text}”，成本指标应控制上限，请改为“≤”。")
def cost_comparator(r: Rule, ctx: Context) -> Iterable[Finding]:
    for ind in ctx.indicators:
        if "成本" not in str(ind.level2.value or ""):
            continue
        v = parse_value(ind.target.value)
        if v.comparator in (">=", ">"):
            yield r.finding(cells=[ind.target.address] if ind.target.address else [], expected="≤…",
                            actual=v.text.strip(), name=ind.title, target_text=v.text.strip())


# -- sections and totals -------------------------------------------------------------

_POINTS = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")


def _sections(ctx: Context) -> dict[str, tuple[list[Indicator], float | None, FieldValue | None]]:
    """Per section: its rows, the points its header states ("产出指标(50分)"), the header cell."""
    out: dict[str, tuple[list[Indicator], float | None, FieldValue | None]] = {}
    for ind in ctx.indicators:
        section = calc.section_of(str(ind.level1.value or ""), ctx.profile)
        if section is None:
            continue
        rows, points, header = out.get(section, ([], None, None))
        if points is None:
            m = _POINTS.search(str(ind.level1.value or ""))
            if m:
                points, header = float(m.group(1)), ind.level1
        rows.append(ind)
        out[section] = (rows, points, header)
    return out


@rule("A4-SECTION-HEADER", "一级指标标注的分值应等于其下各三级指标分值之和", "error",
      "“{header}”标注 {points} 分，其下各三级指标分值合计为 {total} 分。",
      covers=tuple(f"section.{s}.weight" for s in ("产出指标", "效益指标", "满意度指标")))
def section_header(r: Rule, ctx: Context) -> Iterable[Finding]:
    for _section, (rows, points, header) in _sections(ctx).items():
        if points is None or header is None:
            continue
        weights = [iv for ind in rows if (iv := _score_interval(ind.weight)) is not None]
        if not weights:
            continue
        total = interval_sum(weights)
        if total.overlaps(Interval.rounded(points, 2)):
            continue
        cells = [header.address] + [ind.weight.address for ind in rows if ind.weight.address]
        yield r.finding(cells=[c for c in cells if c], expected=points, actual=float(total.mid),
                        header=str(header.value).replace("\n", "").strip(), points=f"{points:g}",
                        total=f"{float(total.mid):g}")


@rule("A4-SECTION-WEIGHT", "一级指标分值合计应符合规定的权重", "warning",
      "{section}各三级指标分值合计 {total} 分，规定为 {standard} 分。")
def section_weight(r: Rule, ctx: Context) -> Iterable[Finding]:
    for section, (rows, points, _header) in _sections(ctx).items():
        standard = ctx.profile.section_weight(section)
        if standard is None or points is not None:
            continue  # a header that states its points is compared by A4-SECTION-HEADER
        weights = [iv for ind in rows if (iv := _score_interval(ind.weight)) is not None]
        if not weights:
            continue
        total = interval_sum(weights)
        if not total.overlaps(Interval.rounded(standard, 2)):
            yield r.finding(cells=[ind.weight.address for ind in rows if ind.weight.address],
                            expected=standard, actual=float(total.mid), section=section,
                            total=f"{float(total.mid):g}", standard=f"{standard:g}")


def _all_weights(ctx: Context) -> tuple[dict[str, FieldValue], dict[str, FieldValue]]:
    d = ctx.data
    weights, scores = {}, {}
    if d.fv("budget.weight"):
        weights["预算执行分值"] = d.fv("budget.weight")
    if d.fv("budget.score"):
        scores["预算执行得分"] = d.fv("budget.score")
    for ind in ctx.indicators:
        label = ind.title if ind.title not in weights and ind.title not in scores else f"{ind.title}（第{ind.index + 1}行）"
        if ind.weight.value is not None:
            weights[label] = ind.weight
        if ind.score.value is not None:
            scores[label] = ind.score
    return weights, scores


@rule("A4-TOTAL-WEIGHT", "总分应为 100 分（预算执行分值加各三级指标分值）", "error",
      {"sum": "总分填为 {total}，预算执行分值与各三级指标分值合计为 {computed}。",
       "standard": "预算执行与各三级指标分值合计为 {computed} 分，规定总分为 {standard} 分。"},
      covers=("total.weight",))
def total_weight(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    weights, _ = _all_weights(ctx)
    if not weights:
        return
    yield from check_total(r, d, d.fv("total.weight"), weights, S, variant="sum")
    total = interval_sum(iv for fv in weights.values() if (iv := _score_interval(fv)) is not None)
    standard = ctx.profile.total_weight
    has_indicators = any(ind.weight.value is not None for ind in ctx.indicators)
    if has_indicators and not total.overlaps(Interval.rounded(standard, 2)):  # a blank form says nothing
        yield r.finding("standard", cells=d.cells("total.weight", "budget.weight"), severity="warning",
                        expected=standard, actual=float(total.mid), computed=f"{float(total.mid):g}",
                        standard=f"{standard:g}")


@rule("A4-TOTAL-SCORE", "总得分应等于预算执行得分加各三级指标得分", "error",
      "总得分填为 {total}，预算执行得分与各三级指标得分合计为 {computed}。", covers=("total.score",))
def total_score(r: Rule, ctx: Context) -> Iterable[Finding]:
    _, scores = _all_weights(ctx)
    if not scores:
        return
    unknown = _unknown_score_room(ctx)
    if unknown == Fraction(0):
        yield from check_total(r, ctx.data, ctx.data.fv("total.score"), scores, S)
        return
    # Some parts are not stated (no 预算执行得分 on the form, a blank indicator score): each
    # lies between 0 and its 分值, so the total is only bounded; an error only outside the bound.
    total = ctx.data.fv("total.score")
    stated = interval_of(total, S) if total is not None else None
    known = [iv for iv in (interval_of(fv, S) for fv in scores.values()) if iv is not None]
    if stated is None or not known:
        return
    low = interval_sum(known)
    room = Interval(low.lo, low.hi + unknown) if unknown is not None else None
    if room is not None and stated.overlaps(room) or room is None and stated.hi >= low.lo:
        return
    yield from check_total(r, ctx.data, total, scores, S)


def _unknown_score_room(ctx: Context) -> Fraction | None:
    """How much the parts of the total that are not stated could add: 0 when every part is
    stated, None when a missing part has no 分值 to bound it."""
    d = ctx.data
    room = Fraction(0)
    if d.fv("budget.score") is None or d.fv("budget.score").value in (None, ""):
        weight = d.number("budget.weight")
        if weight is None:
            weight = ctx.profile.execution_weight
        room += Fraction(str(weight))
    for ind in ctx.indicators:
        if ind.score.value is None and ind.weight.value is not None:
            w = interval_of(ind.weight, S)
            if w is None:
                return None
            room += w.hi
    return room


@rule("A4-GRADE", "评价等级应与总得分相符", "error",
      "评价等级填为“{stated}”，总得分 {total} 按规则应为“{expected_grade}”。", covers=("total.grade",))
def grade(r: Rule, ctx: Context) -> Iterable[Finding]:
    yield from check_grade(r, ctx.data, "total.grade", "total.score", ctx.profile)
