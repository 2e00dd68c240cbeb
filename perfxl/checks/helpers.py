"""Helpers shared by rules: the indicator rows as read, a total against its parts, a rate
against its ratio."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from ..core.intervals import interval_sum
from ..core.values import parse_value
from ..forms import attachment4 as a4
from ..reading.data import FieldValue, FormData, interval_of
from ..forms.model import FieldKind
from . import causes
from .rule import Rule
from .findings import Finding


def fmt(x: object, decimals: int = 2) -> str:
    if x is None:
        return "（空）"
    if isinstance(x, (int, float)):
        return f"{float(x):.{decimals}f}"
    return str(x)


def pct(x: float | None, decimals: int = 2) -> str:
    return "（空）" if x is None else f"{x * 100:.{decimals}f}%"


def overwritten_note(fv: FieldValue | None, data: FormData) -> causes.Cause | None:
    if (fv is not None and data.source == "names" and data.form.fields[fv.key].computed
            and fv.formula is None and fv.value is not None):
        return causes.cause("formula_overwritten")
    return None


def check_total(rule: Rule, data: FormData, total: FieldValue | None, parts: Mapping[str, FieldValue],
                kind: FieldKind = FieldKind.AMOUNT, variant: str = "default", **params: object) -> Iterable[Finding]:
    """A stated total against the sum of its stated parts, by interval arithmetic."""
    if total is None:
        return
    stated = interval_of(total, kind)
    part_intervals = {name: interval_of(fv, kind) for name, fv in parts.items()}
    filled = {name: iv for name, iv in part_intervals.items() if iv is not None}
    if stated is None or not filled:
        return
    computed = interval_sum(filled.values())
    if stated.overlaps(computed):
        return
    stated_value = float(stated.mid)
    expected = float(computed.mid)
    truncated = causes.truncated(stated, computed)
    cause = (causes.cause("truncated") if truncated else causes.name_cause(stated_value, stated, computed, parts=filled),
             overwritten_note(total, data))
    cells = [total.address] + [fv.address for fv in parts.values() if fv.address]
    yield rule.finding(
        variant, cells=[c for c in cells if c], severity="warning" if truncated else None,
        expected=round(expected, 6), actual=stated_value, cause=cause,
        total=fmt(stated_value), computed=fmt(expected), **params,
    )


def check_grade(rule: Rule, data: FormData, grade_key: str, total_key: str, profile, *,
                with_cause: bool = True, **params: object) -> Iterable[Finding]:
    """The stated 评价等级 against the grade the total score earns ("优秀" reads as "优")."""
    from ..core import calc

    fv = data.fv(grade_key)
    total = data.number(total_key)
    if fv is None or fv.value in (None, "") or total is None:
        return
    stated = str(fv.value).strip().rstrip("秀好等")  # "优秀" → "优", "良好" → "良"
    expected = calc.grade(total, profile)
    if expected and stated and not (stated == expected or stated.startswith(expected)):
        yield rule.finding(cells=data.cells(grade_key, total_key), expected=expected, actual=str(fv.value),
                           cause=overwritten_note(fv, data) if with_cause else None,
                           stated=str(fv.value).strip(), total=fmt(total), expected_grade=expected, **params)


def check_rate(rule: Rule, data: FormData, rate: FieldValue | None, numerator: FieldValue | None,
               denominator: FieldValue | None, num_kind: FieldKind, den_kind: FieldKind,
               alternatives: Mapping[str, FieldValue] | None = None, denominator_cause: str = "other_denominator",
               **params: object) -> Iterable[Finding]:
    """A stated rate against numerator / denominator (``denominator_cause``: the cause code
    when the rate is the numerator over one of the ``alternatives``)."""
    if rate is None or numerator is None or denominator is None:
        return
    stated = interval_of(rate, FieldKind.RATE)
    num, den = interval_of(numerator, num_kind), interval_of(denominator, den_kind)
    if stated is None or num is None or den is None:
        return
    computed = num / den
    if computed is None or stated.overlaps(computed):
        return
    alt = {name: interval_of(fv, den_kind) for name, fv in (alternatives or {}).items()}
    alt = {k: v for k, v in alt.items() if v is not None}
    truncated = causes.truncated(stated.scale(100), computed.scale(100))
    cause = (causes.other_denominator(stated, num, alt, denominator_cause) or (causes.cause("truncated") if truncated else None),
             overwritten_note(rate, data))
    cells = [c for c in (rate.address, numerator.address, denominator.address) if c]
    expected = float(computed.mid)
    yield rule.finding(
        cells=cells, severity="warning" if truncated and not alt else None,
        expected=round(expected, 6), actual=float(stated.mid), cause=cause,
        stated=pct(float(stated.mid)), computed=pct(expected), **params,
    )


@dataclass
class Indicator:
    """One 三级指标 row as read."""

    index: int
    level1: FieldValue
    level2: FieldValue
    name: FieldValue
    target: FieldValue
    actual: FieldValue
    weight: FieldValue
    score: FieldValue
    reason: FieldValue

    @property
    def title(self) -> str:
        return str(self.name.value).strip() if self.name.value else f"第{self.index + 1}个指标"

    def number(self, fv: FieldValue) -> float | None:
        v = parse_value(fv.value)
        return v.number if v.is_number and not v.is_percent else None


def indicators(data: FormData) -> list[Indicator]:
    out = []
    for i in range(data.rows("indicator.")):
        cols = [data.block_value(f"indicator.{k}", i) for k, *_ in a4.INDICATOR_COLUMNS]
        out.append(Indicator(i, *cols))
    return out
