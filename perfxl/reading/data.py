"""A filled form as read: every located field with its cell, value and formula."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Literal

from ..core.intervals import Interval
from ..core.units import wan_yuan_factor
from ..core.values import parse_value
from ..forms.model import FieldKind
from ..forms.workbook import FormSet

Source = Literal["names", "labels"]


def fallback_year() -> int:
    """The year assumed when a workbook does not say which year it evaluates (no 年度 name,
    no year in its headings): last year, the one self-evaluations are written about.  Such
    form data has ``year_known`` False, so no output states this year as the workbook's."""
    import datetime

    return datetime.date.today().year - 1


@dataclass
class FieldValue:
    key: str
    sheet: str | None = None
    ref: str | None = None             # A1 address of the cell
    value: Any = None                  # typed value, cached result, or inline text
    formula: str | None = None
    number_format: str = "General"
    evaluated: bool = False            # value computed by perfxl (formula had no cached result)

    @property
    def address(self) -> str | None:
        return f"{self.sheet}!{self.ref}" if self.sheet and self.ref else None

    @property
    def typed_over(self) -> bool:
        """A computed field holding a constant (its formula was overwritten)."""
        return self.formula is None and self.value is not None


@dataclass
class FormData:
    form: FormSet
    source: Source
    values: dict[str, FieldValue] = field(default_factory=dict)
    blocks: dict[str, list[FieldValue]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    year_known: bool = True
    # How each located field was found: "names" (a defined name), "label" (its row label
    # and column heading), "inline" (a value written inside a label), "header" (a heading
    # above the table).  Fields not located are in ``missing`` (or simply absent).
    evidence: dict[str, str] = field(default_factory=dict)
    # 项目支出绩效自评表 tables found in the same workbook, each read on its own.
    projects: list["ProjectData"] = field(default_factory=list)
    values_only: str | None = None     # the file's format when it was read without formulas (.xls, .ods …)
    values_book: str | None = None      # that file's name
    forms: frozenset[str] | None = None  # the forms recognised in the workbook (None: not decided)
    # Fields not located because their label was found on more than one row: key → cells.
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    # Further 附件3/附件4 found in the workbook and not read: (form, sheet, unit or None).
    others: list[tuple[str, str, str | None, str]] = field(default_factory=list)   # pairing.Other

    def found(self) -> dict[str, str]:
        """Every located field (block columns with at least one cell) and its evidence."""
        out = {k: self.evidence.get(k, self.source) for k in self.values}
        out.update({k: self.evidence.get(k, self.source) for k, col in self.blocks.items()
                    if any(fv.ref for fv in col)})
        return out

    @property
    def found_any(self) -> bool:
        """Was any field of the department forms located at all?"""
        return bool(self.values) or any(self.blocks.values())

    # -- access --------------------------------------------------------------------
    def fv(self, key: str) -> FieldValue | None:
        return self.values.get(key)

    def raw(self, key: str) -> Any:
        fv = self.values.get(key)
        return fv.value if fv else None

    def number(self, key: str) -> float | None:
        """The field as a number (rates as fractions), None when empty or not a number."""
        return number_of(self.raw(key), self.form.fields[key].kind)

    def interval(self, key: str) -> Interval | None:
        fv = self.values.get(key)
        if fv is None:
            return None
        return interval_of(fv, self.form.fields[key].kind)

    def cells(self, *keys: str) -> list[str]:
        out = []
        for key in keys:
            fv = self.values.get(key)
            if fv and fv.address:
                out.append(fv.address)
        return out

    def input_values(self) -> dict[str, Any]:
        """Cell values of every input field (lists for block columns), as ``evaluate`` takes them."""
        fields = self.form.fields
        values: dict[str, Any] = {k: fv.value for k, fv in self.values.items() if not fields[k].computed}
        values.update({k: [fv.value for fv in col] for k, col in self.blocks.items() if not fields[k].computed})
        return values

    def rows(self, block_prefix: str) -> int:
        lengths = [len(v) for k, v in self.blocks.items() if k.startswith(block_prefix)]
        return max(lengths) if lengths else 0

    def block_value(self, key: str, i: int) -> FieldValue:
        column = self.blocks.get(key, [])
        return column[i] if i < len(column) else FieldValue(key)


@dataclass
class ProjectData(FormData):
    """One 项目支出绩效自评表 table: where it sits and what was read from it."""

    sheet: str = ""
    first_row: int = 0
    last_row: int = 0
    place: str = ""     # "（sheet第N行起）" when another project of the workbook has the same name
    amount_unit: str | None = None   # "元" or "万元" when the table says so ("项目资金（元）", "单位：万元")

    @property
    def name(self) -> str:
        v = self.raw("project.name")
        if v is not None and str(v).strip():
            return str(v).strip()
        return f"{self.sheet}第{self.first_row}行起的项目"

    @property
    def label(self) -> str:
        """The name as messages show it: told apart from a namesake by where it sits."""
        return self.name + self.place


def tell_apart(projects: list[ProjectData]) -> None:
    """Give projects that share a name their place (sheet and first row) in every message."""
    counts: dict[str, int] = {}
    for p in projects:
        counts[p.name] = counts.get(p.name, 0) + 1
    for p in projects:
        p.place = f"（{p.sheet}第{p.first_row}行起）" if counts[p.name] > 1 else ""


# A rate column holds fractions (1 = 100 %); a bare number above this is a percent typed
# without its sign ("98.5", "100").
RATE_AS_PERCENT = 2


def number_of(raw: Any, kind: FieldKind | None = None) -> float | None:
    v = parse_value(raw)
    if not v.is_number or v.number is None:
        return None
    if v.is_percent:
        return v.number / 100
    if kind is FieldKind.RATE and abs(v.number) > RATE_AS_PERCENT:
        return v.number / 100  # "98.5" typed in a rate column: a percent without its sign
    if kind is FieldKind.AMOUNT and (factor := wan_yuan_factor(v.unit)) is not None:
        return v.number * factor  # "3.20万元", or 元 written inside a 万元 table
    return v.number


def _display_decimals(number_format: str) -> int | None:
    """Decimals a number format shows ("0.00%" → 2 percent decimals), None for General."""
    fmt = number_format.split(";")[0]
    if fmt in ("General", "@", ""):
        return None
    if "." in fmt:
        return len([c for c in fmt.split(".", 1)[1] if c in "0#"])
    return 0


def interval_of(fv: FieldValue, kind: FieldKind) -> Interval | None:
    """The interval a cell's figure stands for (DOMAIN.md: precision follows the field).

    Amounts and scores: 0.01; counts: exact; a rate: as displayed (its number format or
    the digits of its text); a value perfxl computed itself: exact.
    """
    computed = bool(fv.evaluated or fv.formula is not None)
    try:
        # keyed on everything the interval depends on, the value's type included (1, 1.0
        # and True are equal keys); intervals are immutable, so sharing one is safe
        return _interval_cached(fv.value, type(fv.value), kind, computed, fv.number_format)
    except TypeError:  # an unhashable value
        return _interval(fv.value, kind, computed, fv.number_format)


@functools.lru_cache(maxsize=8192)
def _interval_cached(value: Any, _type: type, kind: FieldKind, computed: bool, number_format: str) -> Interval | None:
    return _interval(value, kind, computed, number_format)


def _interval(value: Any, kind: FieldKind, computed: bool, number_format: str) -> Interval | None:
    v = parse_value(value)
    if not v.is_number or v.number is None:
        return None
    number = number_of(value, kind)
    assert number is not None
    if computed:
        return Interval.float_value(number)  # a value a formula computed is exact (to float precision)
    if kind is FieldKind.RATE:
        if v.is_percent:
            return Interval.rounded(v.number, v.decimals or 0).scale(0.01)
        shown = _display_decimals(number_format)
        if shown is not None and "%" in number_format:
            return Interval.rounded(v.number * 100, shown).scale(0.01)
        if abs(v.number) > RATE_AS_PERCENT:  # "98.5": a percent with the digits it shows
            return Interval.rounded(v.number, v.decimals or 0).scale(0.01)
        # A fraction in General format ("1", "0.9"): shown as a percent, it stands for at
        # least a whole percent, never for "1 ± 0.5".
        return Interval.rounded(v.number, max(v.decimals or 0, shown or 0, 2))
    decimals = kind.decimals
    if kind is FieldKind.COUNT:
        return Interval.point(number)
    if decimals is None:
        return Interval.rounded(number, v.decimals or 0)
    factor = wan_yuan_factor(v.unit) if kind is FieldKind.AMOUNT else None
    if factor is not None and factor != 1:  # written in another money unit: its own digits
        return Interval.rounded(v.number, v.decimals or 0).scale(factor)
    return Interval.rounded(number, decimals)
