"""Checks inside 附件3 部门整体支出绩效评价基础数据表."""

from __future__ import annotations

from typing import Iterable

from ..forms import attachment3 as a3
from ..reading.data import FieldValue
from ..forms.model import FieldKind
from .rule import Context, Rule, rule
from .findings import Finding
from .helpers import check_rate, check_total, fmt, pct

COLUMN_NAMES = {c.key: c.heading for c in a3.FUND_COLUMNS}
LINE_LABELS = {line.key: line.label.split("、")[-1].rstrip("：") for line in a3.FUND_LINES}


def _heading(ctx: Context, column: str) -> str:
    year = ctx.data.form.year
    return COLUMN_NAMES[column].format(year=year, prev=year - 1)


def _fund(ctx: Context, line: str, column: str) -> FieldValue | None:
    return ctx.data.fv(a3.fund_key(line, column))


@rule("A3-STAFF-RATE", "在职人员控制率应等于实际在职人数 ÷ 编制数", "error",
      "在职人员控制率填为 {stated}，按实际在职人数 ÷ 编制数应为 {computed}。",
      covers=("staff.control_rate",))
def staff_rate(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    yield from check_rate(r, d, d.fv("staff.control_rate"), d.fv("staff.actual"), d.fv("staff.authorized"),
                          FieldKind.COUNT, FieldKind.COUNT)


@rule("A3-OVERSTAFF", "实际在职人数超过编制数（超编）", "warning",
      "实际在职人数 {staff} 人超过编制数 {authorized} 人，在职人员控制率 {rate}，属超编，"
      "请在报告中说明原因（按规则每超 1 个百分点扣 {deduction} 分）。")
def overstaff(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    actual, authorized = d.number("staff.actual"), d.number("staff.authorized")
    if actual is None or not authorized or actual <= authorized:
        return
    yield r.finding(cells=d.cells("staff.actual", "staff.authorized", "staff.control_rate"),
                    expected=f"≤{authorized:g}", actual=actual, staff=f"{actual:g}",
                    authorized=f"{authorized:g}", rate=pct(actual / authorized, 1),
                    deduction=f"{ctx.profile.overstaff_deduction_per_point:g}")


def _sum_rule(total_line: str, part_lines: tuple[str, ...]):
    def check(r: Rule, ctx: Context) -> Iterable[Finding]:
        for col in a3.FUND_COLUMNS:
            parts = {LINE_LABELS[p]: fv for p in part_lines if (fv := _fund(ctx, p, col.key)) is not None}
            if len(parts) < len(part_lines):
                continue  # a part not found: no sum to compare with (READ-MISSING says it was skipped)
            yield from check_total(r, ctx.data, _fund(ctx, total_line, col.key), parts,
                                   column=_heading(ctx, col.key))
    return check


sangong_sum = rule("A3-SANGONG-SUM", "三公经费应等于公务用车购置和维护经费、出国经费、公务接待费之和", "error",
     "{column}：三公经费填为 {total}，三项之和为 {computed}。",
     covers=tuple(a3.fund_key("sangong", c.key) for c in a3.FUND_COLUMNS))(
    _sum_rule("sangong", ("car", "abroad", "reception")))

car_sum = rule("A3-CAR-SUM", "公务用车购置和维护经费应等于公车购置与公车运行维护之和", "error",
     "{column}：公务用车购置和维护经费填为 {total}，公车购置与运行维护之和为 {computed}。",
     covers=tuple(a3.fund_key("car", c.key) for c in a3.FUND_COLUMNS))(
    _sum_rule("car", ("car_purchase", "car_running")))


@rule("A3-PROJECT-SUM", "项目支出应等于所列各项目之和", "error",
      "{column}：项目支出填为 {total}，所列各项目之和为 {computed}。",
      covers=tuple(a3.fund_key("projects", c.key) for c in a3.FUND_COLUMNS))
def project_sum(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    names = d.blocks.get(a3.PROJECT_NAME.key, [])
    for fld, col in zip(a3.PROJECT_FIELDS, a3.FUND_COLUMNS):
        column = d.blocks.get(fld.key, [])
        parts = {}
        for i, fv in enumerate(column):
            label = str(names[i].value).strip() if i < len(names) and names[i].value else f"第{i + 1}项"
            parts[label] = fv
        yield from check_total(r, d, _fund(ctx, "projects", col.key), parts, column=_heading(ctx, col.key))


_SUBITEMS = ("office", "utilities", "meetings")


@rule("A3-SUBITEM", "“其中”各项不能超过其所属的公用经费", "error",
      {"item": "{column}：其中“{item}” {value} 超过了公用经费 {parent}。",
       "sum": "{column}：“其中”各项合计 {value} 超过了公用经费 {parent}。"})
def subitems(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    for col in a3.FUND_COLUMNS:
        parent = _fund(ctx, "public", col.key)
        pv = d.interval(parent.key) if parent else None
        if parent is None or pv is None:
            continue
        total_lo = 0
        cells = []
        exceeded = False
        for line in _SUBITEMS:
            fv = _fund(ctx, line, col.key)
            iv = d.interval(fv.key) if fv else None
            if fv is None or iv is None:
                continue
            total_lo += iv.lo
            cells.append(fv.address)
            if iv.lo > pv.hi:
                exceeded = True
                yield r.finding("item", cells=[fv.address, parent.address], expected=f"≤{fmt(float(pv.mid))}",
                                actual=float(iv.mid), column=_heading(ctx, col.key), item=LINE_LABELS[line],
                                value=fmt(float(iv.mid)), parent=fmt(float(pv.mid)))
        if len(cells) > 1 and total_lo > pv.hi and not exceeded:
            yield r.finding("sum", cells=[c for c in [parent.address, *cells] if c],
                            expected=f"≤{fmt(float(pv.mid))}", actual=float(total_lo),
                            column=_heading(ctx, col.key), value=fmt(float(total_lo)), parent=fmt(float(pv.mid)))


@rule("A3-BUILDING-RATE", "楼堂馆所规模控制率、投资概算控制率应等于实际 ÷ 批复（预算）", "error",
      "{project}：{what}填为 {stated}，按实际 ÷ 批复应为 {computed}。",
      covers=("buildings.area_rate", "buildings.invest_rate"))
def building_rates(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    names = d.blocks.get("buildings.name", [])
    for i in range(d.rows("buildings.")):
        project = str(names[i].value).strip() if i < len(names) and names[i].value else f"第{i + 1}个项目"
        for rate, num, den, what, kind in (
            ("area_rate", "actual_area", "approved_area", "规模控制率", FieldKind.AREA),
            ("invest_rate", "actual_invest", "budget_invest", "投资概算控制率", FieldKind.AMOUNT),
        ):
            yield from check_rate(r, d, d.block_value("buildings." + rate, i), d.block_value("buildings." + num, i),
                                  d.block_value("buildings." + den, i), kind, kind, project=project, what=what)


@rule("A3-SANGONG-OVER-BUDGET", "三公经费决算不应超过预算", "warning",
      "{item}：{year}年决算数 {spent} 超过预算数 {budget}，请说明超支原因。")
def sangong_over_budget(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    for line in ("sangong", "car", "abroad", "reception"):
        actual, budget = _fund(ctx, line, "actual"), _fund(ctx, line, "budget")
        a = d.interval(actual.key) if actual else None
        b = d.interval(budget.key) if budget else None
        if a is None or b is None or a.lo <= b.hi:
            continue
        yield r.finding(cells=[actual.address, budget.address], expected=f"≤{fmt(float(b.mid))}",
                        actual=float(a.mid), item=LINE_LABELS[line], year=d.form.year,
                        spent=fmt(float(a.mid)), budget=fmt(float(b.mid)))


@rule("A3-SANGONG-UP", "三公经费决算比上年增加", "warning",
      "{item}：{year}年决算数 {spent} 高于上年决算数 {previous}（增长 {change}），请说明原因。")
def sangong_up(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    for line in ("sangong",):
        actual, prev = _fund(ctx, line, "actual"), _fund(ctx, line, "prev_actual")
        a = d.interval(actual.key) if actual else None
        p = d.interval(prev.key) if prev else None
        if a is None or p is None or a.lo <= p.hi:
            continue
        change = pct(float((a.mid - p.mid) / p.mid), 1) if p.mid else "—"
        yield r.finding(cells=[actual.address, prev.address], expected=f"≤{fmt(float(p.mid))}",
                        actual=float(a.mid), item=LINE_LABELS[line], year=d.form.year,
                        spent=fmt(float(a.mid)), previous=fmt(float(p.mid)), change=change)
