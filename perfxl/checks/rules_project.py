"""Checks inside one 项目支出绩效自评表 table (each project is checked on its own)."""

from __future__ import annotations

from typing import Iterable

from ..core.intervals import Interval
from ..core.values import parse_value
from ..forms import project as P
from ..forms.model import FieldKind
from ..reading.data import FieldValue, interval_of
from .findings import Finding
from .helpers import check_grade, check_rate, check_total, fmt, indicators, pct
from .rule import Context, Rule, Scope, rule

S, A = FieldKind.SCORE, FieldKind.AMOUNT
_COLUMN_NAMES = {key: heading for key, heading, _ in P.FUND_COLUMNS}
_LINE_NAMES = {key: label for key, label, _ in P.FUND_LINES}


def _name(ctx: Context) -> str:
    return getattr(ctx.data, "label", None) or getattr(ctx.data, "name", None) or "项目"


@rule("PRJ-FUNDS-SUM", "项目资金：年度资金总额应等于本年财政拨款、上年结转资金与其他资金之和（每一列）", "error",
      "项目“{project}”：{column}的年度资金总额为 {total}，各资金来源合计为 {computed}，两者不符。",
      scope=Scope.PROJECT)
def funds_sum(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    for column in ("initial", "adjusted", "executed"):
        total = d.fv(f"project.funds.total.{column}")
        parts = {_LINE_NAMES[line]: d.fv(f"project.funds.{line}.{column}") for line in P.FUND_PARTS}
        parts = {k: fv for k, fv in parts.items() if fv is not None and fv.value not in (None, "")}
        yield from check_total(r, d, total, parts, A, project=_name(ctx), column=_COLUMN_NAMES[column])  # type: ignore[arg-type]


@rule("PRJ-EXEC-RATE", "项目执行率应等于全年执行数 ÷ 全年预算数", "error",
      "项目“{project}”：执行率填为 {stated}，按全年执行数 ÷ 全年预算数应为 {computed}。",
      covers=("project.funds.total.rate",), scope=Scope.PROJECT)
def exec_rate(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    initial = d.fv("project.funds.total.initial")
    alternatives = {"年初预算数": initial} if initial is not None else {}
    yield from check_rate(r, d, d.fv("project.funds.total.rate"), d.fv("project.funds.total.executed"),
                          d.fv("project.funds.total.adjusted"), A, A, alternatives=alternatives,
                          denominator_cause="initial_budget_denominator", project=_name(ctx))


@rule("PRJ-EXEC-SCORE", "项目预算执行得分应等于执行率 × 分值（不超过分值）", "error",
      "项目“{project}”：预算执行得分填为 {stated}，按执行率 {rate} × 分值 {weight} 应为 {computed}。",
      covers=("project.funds.total.score",), scope=Scope.PROJECT)
def exec_score(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    score, weight = d.fv("project.funds.total.score"), d.number("project.funds.total.weight")
    if score is None or weight is None:
        return
    stated = interval_of(score, S)
    executed, adjusted = d.interval("project.funds.total.executed"), d.interval("project.funds.total.adjusted")
    rate = (executed / adjusted) if executed and adjusted else d.interval("project.funds.total.rate")
    if stated is None or rate is None:
        return
    if ctx.profile.execution_score_cap:
        rate = Interval(min(rate.lo, 1), min(rate.hi, 1))
    computed = rate.scale(weight)
    half = Interval.rounded(0, 2).hi
    computed = Interval(computed.lo - half, computed.hi + half)
    if stated.overlaps(computed):
        return
    yield r.finding(cells=d.cells("project.funds.total.score", "project.funds.total.rate", "project.funds.total.weight"),
                    expected=round(float(computed.mid), 2), actual=float(stated.mid), project=_name(ctx),
                    stated=fmt(float(stated.mid)), rate=pct(float(rate.mid)), weight=f"{weight:g}",
                    computed=fmt(float(computed.mid)))


@rule("PRJ-SCORE-OVER-WEIGHT", "项目三级指标得分不能超过分值", "error",
      "项目“{project}”：“{name}”得分 {stated} 超过了分值 {weight}。", scope=Scope.PROJECT)
def score_over_weight(r: Rule, ctx: Context) -> Iterable[Finding]:
    for ind in indicators(ctx.data):
        weight, stated = interval_of(ind.weight, S), interval_of(ind.score, S)
        if weight is None or stated is None or stated.lo <= weight.hi:
            continue
        yield r.finding(cells=[c for c in (ind.score.address, ind.weight.address) if c],
                        expected=f"≤{fmt(float(weight.mid))}", actual=float(stated.mid), project=_name(ctx),
                        name=ind.title, stated=fmt(float(stated.mid)), weight=fmt(float(weight.mid)))


def _unreadable(fv: FieldValue) -> bool:
    """A filled score cell that is not a number (so a sum over the column cannot be trusted)."""
    if fv.value is None or (isinstance(fv.value, str) and not fv.value.strip()):
        return False
    if isinstance(fv.value, str) and fv.value.strip() in ("—", "-", "/", "／", "－", "——"):
        return False
    return not parse_value(fv.value).is_number


@rule("PRJ-TOTAL-SCORE", "项目总分应等于预算执行得分加各三级指标得分", "error",
      "项目“{project}”：总分填为 {total}，预算执行得分与各三级指标得分合计为 {computed}。",
      covers=("project.total.score",), scope=Scope.PROJECT)
def total_score(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    total = d.fv("project.total.score")
    inds = indicators(d)
    if total is None or not inds or any(_unreadable(i.score) for i in inds):
        return
    parts: dict[str, FieldValue] = {}
    execution = d.fv("project.funds.total.score")
    if execution is not None:
        if _unreadable(execution):
            return
        parts["预算执行得分"] = execution
    for ind in inds:
        parts[f"{ind.index}:{ind.title}"] = ind.score
    yield from check_total(r, d, total, parts, S, project=_name(ctx))


@rule("PRJ-GRADE", "项目评价等级应与总分相符", "error",
      "项目“{project}”：评价等级填为“{stated}”，总分 {total} 按规则应为“{expected_grade}”。",
      covers=("project.total.grade",), scope=Scope.PROJECT)
def grade(r: Rule, ctx: Context) -> Iterable[Finding]:
    yield from check_grade(r, ctx.data, "project.total.grade", "project.total.score", ctx.profile,
                           with_cause=False, project=_name(ctx))


# What the checks above need; when one is not found they are skipped, and this says so once.
_NEEDED = (("project.funds.total.adjusted", "全年预算数"), ("project.funds.total.executed", "全年执行数"),
           ("project.total.score", "总分"))


@rule("PRJ-NOT-FOUND", "项目表中未找到或未填写的栏目（相关检查跳过）", "info",
      {"default": "项目“{project}”：未找到{names}，用到它们的检查已跳过。",
       "empty": "项目“{project}”：{names}未填写，用到它们的检查已跳过。",
       "ambiguous": "项目“{project}”：“{name}”找到 {n} 处（{where}），无法确定取哪一处，按未找到处理，用到它的检查已跳过。"},
      scope=Scope.PROJECT)
def not_found(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    missing, empty = [], []
    ambiguous = getattr(d, "ambiguous", {})
    for key, label in _NEEDED:
        fv = d.values.get(key)
        if fv is None and key in ambiguous:
            cells = ambiguous[key]
            yield r.finding("ambiguous", cells=cells, project=_name(ctx), name=label, n=len(cells),
                            where="、".join(c.split("!")[-1] for c in cells))
        elif fv is None:
            missing.append(label)
        elif fv.value is None or str(fv.value).strip() == "":
            empty.append(label)   # the label is there, its cell is blank
    if not d.rows("indicator."):
        # the indicator heading was found (its columns read, no row filled): a blank form
        (empty if "indicator.level3" in d.blocks else missing).append("三级指标")
    cells = d.cells("project.name")
    if missing:
        yield r.finding(cells=cells, project=_name(ctx), names="、".join(f"“{n}”" for n in missing))
    if empty:
        yield r.finding("empty", cells=cells, project=_name(ctx), names="、".join(f"“{n}”" for n in empty))
