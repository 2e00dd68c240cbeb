"""Checks of this year's submission against last year's (``perfxl check --previous``).

Each 附件3 repeats last year's figures in its 上年决算数 column, and each 附件4 sets targets
that last year's actual values say something about.  Findings name cells of both files:
this year's in ``cells``, last year's in ``previous_cells``.
"""

from __future__ import annotations

from typing import Iterable

from ..core.intervals import Interval
from ..core.lazyre import lazy
from ..core.units import conversion_factor
from ..core.values import Value, parse_value
from ..forms import attachment3 as a3
from ..forms.model import FieldKind
from ..reading.data import FieldValue, FormData, interval_of
from ..reading.labels import norm_label
from .causes import cause
from .findings import Finding
from .helpers import Indicator, fmt, indicators
from .rule import Context, Rule, rule

# Words with which a 偏差原因 promises to do better next year (compiled on first use: only a
# check with last year's workbook reads them).
PROMISE = lazy(r"改进|改善|加强|提高|提升|整改|下一步|下步|今后|明年|力争|确保|加大|完善|争取|加快")


def _consecutive(ctx: Context) -> bool:
    """Last year's form is the year before this one (or a year is not known)."""
    cur, prev = ctx.data, ctx.previous
    assert prev is not None
    return not (cur.year_known and prev.year_known) or prev.form.year == cur.form.year - 1


def _amount(fv: FieldValue | None) -> Interval | None:
    return interval_of(fv, FieldKind.AMOUNT) if fv is not None else None


def _project_rows(data: FormData, column: str) -> dict[str, tuple[str, FieldValue]]:
    """Project rows by normalised name → (name as written, the cell of ``column``); a name
    written twice is left out (which row is meant cannot be told)."""
    names = data.blocks.get(a3.PROJECT_NAME.key, [])
    values = data.blocks.get(a3.project_key(column), [])
    rows: dict[str, tuple[str, FieldValue]] = {}
    seen: set[str] = set()
    for i, name in enumerate(names):
        key = norm_label(name.value)
        if not key or i >= len(values):
            continue
        if key in seen:
            rows.pop(key, None)
            continue
        seen.add(key)
        rows[key] = (str(name.value).strip(), values[i])
    return rows


@rule("Y-PREV-ACTUAL", "附件3 的上年决算数应等于上年工作簿的本年决算数", "warning",
      "“{item}”的上年决算数填为 {stated}，上年工作簿中{year}年决算数为 {last}。", scope="years")
def prev_actual(r: Rule, ctx: Context) -> Iterable[Finding]:
    cur, prev = ctx.data, ctx.previous
    assert prev is not None
    if not _consecutive(ctx):
        return
    # (label, this year's 上年决算数, last year's 决算数, last year's 预算数)
    pairs: list[tuple[str, str, FieldValue | None, FieldValue | None, FieldValue | None]] = []
    for line in a3.FUND_LINES:
        pairs.append((line.key, line.aliases[0], cur.fv(a3.fund_key(line.key, "prev_actual")),
                      prev.fv(a3.fund_key(line.key, "actual")), prev.fv(a3.fund_key(line.key, "budget"))))
    now_rows = _project_rows(cur, "prev_actual")
    last_rows, last_budget = _project_rows(prev, "actual"), _project_rows(prev, "budget")
    for key, (name, fv) in now_rows.items():
        if key in last_rows:
            pairs.append(("project", name, fv, last_rows[key][1], last_budget.get(key, ("", None))[1]))
    found: set[str] = set()
    out: list[tuple[str, Finding]] = []
    totals = {line.key for line in a3.FUND_LINES if line.parts}
    for key, label, stated_fv, last_fv, budget_fv in pairs:
        if key in totals and any(fv is not None and (fv.formula is not None or fv.evaluated)
                                 for fv in (stated_fv, last_fv)):
            continue  # a sum by formula: its parts are compared one by one
        stated, last = _amount(stated_fv), _amount(last_fv)
        if stated is None or last is None or stated.overlaps(last):
            continue
        assert stated_fv is not None and last_fv is not None
        budget = _amount(budget_fv)
        because = None
        if budget is not None and budget.overlaps(stated) and budget_fv is not None:
            because = cause("previous_budget", year=prev.form.year, amount=fmt(float(budget.mid)))
        found.add(key)
        previous_cells = [c for c in (last_fv.address, budget_fv.address if because and budget_fv else None) if c]
        out.append((key, r.finding(cells=[c for c in (stated_fv.address,) if c], previous_cells=previous_cells,
                                   expected=float(last.mid), actual=float(stated.mid), cause=because, item=label,
                                   stated=fmt(float(stated.mid)), year=prev.form.year, last=fmt(float(last.mid)))))
    # A total whose parts already disagree says nothing new.
    parts_of = {line.key: (("project",) if line.parts == (a3.PROJECT_BLOCK,) else line.parts) for line in a3.FUND_LINES}
    for key, finding in out:
        if not any(p in found or any(q in found for q in parts_of.get(p, ())) for p in parts_of.get(key, ())):
            yield finding


@rule("Y-STAFF-CHANGE", "编制数与上年不同（提示说明编制变动）", "info",
      "编制数由上年的 {old} 人变为 {new} 人，请在报告中说明编制变动情况。", scope="years")
def staff_change(r: Rule, ctx: Context) -> Iterable[Finding]:
    cur, prev = ctx.data, ctx.previous
    assert prev is not None
    now, last = cur.number("staff.authorized"), prev.number("staff.authorized")
    if now is None or last is None or now == last:
        return
    yield r.finding(cells=cur.cells("staff.authorized"), previous_cells=prev.cells("staff.authorized"),
                    expected=last, actual=now, old=f"{last:g}", new=f"{now:g}")


def _by_name(data: FormData) -> dict[str, Indicator]:
    """Indicators by normalised 三级指标 name; a name used twice is left out."""
    out: dict[str, Indicator] = {}
    seen: set[str] = set()
    for ind in indicators(data):
        key = norm_label(ind.name.value)
        if not key:
            continue
        if key in seen:
            out.pop(key, None)
        else:
            out[key] = ind
        seen.add(key)
    return out


def _matched(ctx: Context) -> list[tuple[Indicator, Indicator]]:
    assert ctx.previous is not None
    now, last = _by_name(ctx.data), _by_name(ctx.previous)
    return [(now[k], last[k]) for k in now if k in last]


def _reverse(ind: Indicator, target: Value) -> bool:
    """Lower is better: a "≤" target or a 成本指标."""
    return target.comparator in ("<=", "<") or "成本" in str(ind.level2.value or "")


def _comparable(a: Value, b: Value) -> float | None:
    """Factor taking ``b``'s unit into ``a``'s; None when they cannot be compared."""
    if a.is_percent != b.is_percent:
        return None
    if not a.unit or not b.unit:
        return 1.0
    return conversion_factor(b.unit, a.unit)


def _interval(v: Value, factor: float = 1.0) -> Interval:
    assert v.number is not None
    return Interval.rounded(v.number, v.decimals or 0).scale(factor)


@rule("Y-TARGET-LOW", "年度指标值低于同一指标上年的实际完成值（目标偏低）", "warning",
      "指标“{name}”的年度指标值 {target} 低于上年实际完成值 {last}，目标偏低，请说明理由或调高目标。",
      scope="years")
def target_low(r: Rule, ctx: Context) -> Iterable[Finding]:
    for now, last in _matched(ctx):
        target, done = parse_value(now.target.value), parse_value(last.actual.value)
        if not (target.is_number and done.is_number) or done.approximate or _reverse(now, target):
            continue
        if target.comparator in (">",):
            continue  # "above 30" says nothing of how far above
        factor = _comparable(target, done)
        if factor is None:
            continue
        t, a = _interval(target), _interval(done, factor)
        if t.hi >= a.lo:
            continue
        yield r.finding(cells=[c for c in (now.target.address,) if c],
                        previous_cells=[c for c in (last.actual.address,) if c],
                        expected=f"≥{done.text}", actual=target.text, name=now.title,
                        target=target.text, last=done.text)


@rule("Y-INDICATOR-GONE", "上年的绩效指标今年不再出现", "info",
      "上年的指标“{name}”（{category}）今年不再出现，如已调整请在报告中说明。", scope="years")
def indicator_gone(r: Rule, ctx: Context) -> Iterable[Finding]:
    assert ctx.previous is not None
    now = _by_name(ctx.data)
    if not now:
        return  # this year's indicators are not filled in yet: nothing to compare
    for key, last in _by_name(ctx.previous).items():
        if key in now:
            continue
        yield r.finding(previous_cells=[c for c in (last.name.address,) if c], expected=last.title,
                        name=last.title, category=str(last.level2.value or "").strip() or "未注明二级指标")


@rule("Y-WEIGHT-CHANGED", "同一指标的分值与上年不同", "info",
      "指标“{name}”的分值由上年的 {old} 分变为 {new} 分。", scope="years")
def weight_changed(r: Rule, ctx: Context) -> Iterable[Finding]:
    for now, last in _matched(ctx):
        a, b = now.number(now.weight), last.number(last.weight)
        if a is None or b is None or a == b:
            continue
        yield r.finding(cells=[c for c in (now.weight.address,) if c],
                        previous_cells=[c for c in (last.weight.address,) if c],
                        expected=b, actual=a, name=now.title, old=f"{b:g}", new=f"{a:g}")


def _short(ind: Indicator) -> bool:
    """The indicator fell short: its stated 得分 is below its 分值."""
    weight, score = ind.number(ind.weight), ind.number(ind.score)
    return weight is not None and score is not None and score < weight


@rule("Y-REPEAT-SHORTFALL", "上年偏差原因承诺改进、今年同一指标仍未完成", "info",
      "指标“{name}”上年未完成，偏差原因写有“{promise}”，今年仍未完成（得分 {score}，分值 {weight}），"
      "请说明改进措施的落实情况。", scope="years")
def repeat_shortfall(r: Rule, ctx: Context) -> Iterable[Finding]:
    for now, last in _matched(ctx):
        reason = str(last.reason.value or "")
        promise = PROMISE.search(reason)
        if not promise or not _short(last) or not _short(now):
            continue
        yield r.finding(cells=[c for c in (now.actual.address, now.score.address) if c],
                        previous_cells=[c for c in (last.reason.address, last.score.address) if c],
                        expected=now.number(now.weight), actual=now.number(now.score), name=now.title,
                        promise=_excerpt(reason, promise.start()), score=fmt(now.number(now.score)),
                        weight=fmt(now.number(now.weight)))


def _excerpt(text: str, at: int, width: int = 24) -> str:
    """The sentence around a promise word, at most ``width`` characters."""
    text = " ".join(text.split())
    start = max(text.rfind(p, 0, at) for p in "。；;，,") + 1
    end = min([i for i in (text.find(p, at) for p in "。；;") if i >= 0] or [len(text)])
    piece = text[start:end].strip()
    return piece if len(piece) <= width else piece[:width] + "…"
