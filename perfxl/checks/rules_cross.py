"""Checks between 附件3 and 附件4."""

from __future__ import annotations

from typing import Iterable

from ..core.intervals import Interval
from ..core.units import wan_yuan_factor
from ..core.values import parse_value
from ..forms import attachment3 as a3
from ..reading.data import FieldValue, interval_of
from ..reading.labels import norm_label
from ..forms.model import FieldKind
from .rule import Context, Rule, rule
from .causes import Cause, cause, name_cause
from .findings import Finding
from .helpers import fmt

A = FieldKind.AMOUNT


def units_differ(d) -> bool:
    """附件3 and 附件4 name different units: their figures are not compared as errors."""
    from ..reading.pairing import same_unit

    left, right = d.fv("unit.name"), d.fv("budget_unit.name")
    a = str(left.value).strip() if left is not None and isinstance(left.value, str) else ""
    b = str(right.value).strip() if right is not None and isinstance(right.value, str) else ""
    return bool(a and b) and not same_unit(a, b)


def _compare(r: Rule, ctx: Context, left: FieldValue | None, right: FieldValue | None, **params) -> Iterable[Finding]:
    if left is None or right is None or units_differ(ctx.data):
        return
    a, b = interval_of(left, A), interval_of(right, A)
    if a is None or b is None or a.overlaps(b):
        return
    cause = name_cause(float(a.mid), a, b)
    yield r.finding(cells=[c for c in (left.address, right.address) if c], expected=float(b.mid),
                    actual=float(a.mid), cause=cause, left=fmt(float(a.mid)), right=fmt(float(b.mid)), **params)


@rule("X-PROJECT-SPENDING", "附件3 项目支出（本年决算数）应与附件4 按支出性质分的项目支出一致", "error",
      "附件3 项目支出 {year}年决算数为 {left}，附件4 项目支出为 {right}，两表不一致。", scope="cross")
def project_spending(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    yield from _compare(r, ctx, d.fv(a3.fund_key("projects", "actual")), d.fv("spending.project"), year=d.form.year)


@rule("X-BASIC-SPENDING", "附件3 部门基本支出预算调整（本年决算数）应与附件4 基本支出一致", "error",
      "附件3 部门基本支出预算调整 {year}年决算数为 {left}，附件4 基本支出为 {right}，两表不一致。", scope="cross")
def basic_spending(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    yield from _compare(r, ctx, d.fv(a3.fund_key("basic_adjust", "actual")), d.fv("spending.basic"), year=d.form.year)


# 成本指标 names and the table field whose amount they state.
_COST_TARGETS = (
    ("基本支出", "spending.basic"),
    ("项目支出", "spending.project"),
    ("三公经费", a3.fund_key("sangong", "actual")),
    ("公用经费", a3.fund_key("public", "actual")),
    ("公务接待", a3.fund_key("reception", "actual")),
    ("政府采购", a3.fund_key("procurement", "actual")),
)


def _cost_amounts(ctx: Context) -> list[tuple[object, float, Interval]]:
    """成本指标 rows whose 实际完成值 is an amount: (indicator, 万元, interval in 万元)."""
    out = []
    for ind in ctx.indicators:
        if "成本" not in str(ind.level2.value or ""):
            continue
        v = parse_value(ind.actual.value)
        factor = wan_yuan_factor(v.unit)
        if not v.is_number or v.number is None or v.approximate or factor is None:
            continue
        out.append((ind, v.number * factor, Interval.rounded(v.number, v.decimals or 0).scale(factor)))
    return out


def _initial_budget_cause(ctx: Context) -> Cause | None:
    """Cost indicators that add up to 年初预算数 state the initial budget, not spending."""
    rows = [(ind, iv) for ind, _, iv in _cost_amounts(ctx)
            if any(w in ind.title for w in ("基本支出", "项目支出"))]
    initial = ctx.data.fv("budget.initial")
    ref = interval_of(initial, A) if initial else None
    if len(rows) < 2 or ref is None:
        return None
    total = Interval.point(0)
    for _, iv in rows:
        total = total + iv
    if total.overlaps(ref):
        return cause("initial_budget_parts", names="、".join(ind.title for ind, _ in rows), amount=fmt(float(ref.mid)))
    return None


@rule("X-COST-INDICATOR", "成本指标的实际完成值应与表中对应金额一致", "warning",
      "成本指标“{name}”的实际完成值为 {value}，而{source}为 {amount} 万元。", scope="cross")
def cost_indicator(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    budget_cause = _initial_budget_cause(ctx)
    for ind, amount, stated in _cost_amounts(ctx):
        for word, key in _COST_TARGETS:
            if word not in ind.title:
                continue
            fv = d.fv(key)
            ref = interval_of(fv, A) if fv else None
            if fv is None or ref is None or stated.overlaps(ref):
                break
            source = ("附件4 " if key.startswith("spending") else "附件3 ") + word
            yield r.finding(cells=[c for c in (ind.actual.address, fv.address) if c], expected=float(ref.mid),
                            actual=amount, cause=budget_cause or name_cause(amount, stated, ref), name=ind.title,
                            value=str(ind.actual.value).strip(), source=source, amount=fmt(float(ref.mid)))
            break


@rule("X-UNIT-NAME", "两张表的单位名称应一致", "warning",
      {"default": "附件3 单位名称为“{left}”，附件4 预算单位名称为“{right}”，两表不一致。",
       "other": "附件3 单位名称为“{left}”，附件4 预算单位名称为“{right}”，两表可能不是同一单位的；"
                "两表之间的金额核对已跳过，请确认是否放错了表。"},
      covers=("budget_unit.name",), scope="cross")
def unit_name(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    left, right = d.fv("unit.name"), d.fv("budget_unit.name")
    if left is None or right is None or not left.value or not right.value:
        return
    a, b = norm_label(left.value), norm_label(right.value)
    if a == b:
        return
    # "隆回县北山镇人民政府" against "北山镇人民政府": the same unit with its county prefix.
    same_unit = a.endswith(b) or b.endswith(a)
    yield r.finding("default" if same_unit else "other", cells=[c for c in (right.address, left.address) if c], severity="info" if same_unit else None,
                    expected=str(left.value).strip(), actual=str(right.value).strip(),
                    left=str(left.value).strip(), right=str(right.value).strip(),
                    cause=cause("county_prefix") if same_unit else None)
