"""The two forms together: one description of the whole workbook for a year and profile."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Mapping

from ..core.profile import DEFAULT_PROFILE, RuleProfile
from . import attachment3, attachment4, project
from .model import Field, SheetLayout


# Workbook-scoped name holding the evaluation year as a constant (users may type =年度).
YEAR_NAME = "年度"


@dataclass
class FormSet:
    year: int
    profile: RuleProfile
    sheets: list[SheetLayout]
    fields: dict[str, Field] = field(default_factory=dict)
    sheet_of: dict[str, SheetLayout] = field(default_factory=dict)
    by_name: dict[str, Field] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for sheet in self.sheets:
            for key, fld in sheet.fields.items():
                self.fields[key] = fld
                self.sheet_of[key] = sheet
                self.by_name[fld.name] = fld

    def block_size(self, block: str) -> int:
        for sheet in self.sheets:
            if block in sheet.blocks:
                b = sheet.blocks[block]
                return b.last_row - b.first_row + 1
        raise KeyError(block)


def build_forms(
    year: int,
    profile: RuleProfile = DEFAULT_PROFILE,
    indicator_rows: int | None = None,
    project_rows: int | None = None,
) -> FormSet:
    """Both forms for ``year``; blocks grow beyond their defaults when the data needs it.

    Built once per (year, profile, block sizes) and shared: every file of a batch reads
    against the same form set.  A form set is a description: nothing changes one after
    it is built (the key holds everything it is built from, so a shared one is the same
    as a fresh one)."""
    a3_rows = max(project_rows or 0, len(attachment3.PROJECT_LINES))
    a4_rows = max(indicator_rows or 0, attachment4.MIN_INDICATOR_ROWS)
    try:
        return _built(year, profile, a3_rows, a4_rows)
    except TypeError:       # a profile that cannot be a key: built for this call alone
        return _build(year, profile, a3_rows, a4_rows)


def _build(year: int, profile: RuleProfile, a3_rows: int, a4_rows: int) -> FormSet:
    return FormSet(year, profile, [attachment3.build(year, a3_rows), attachment4.build(year, a4_rows, profile)])


_built = lru_cache(maxsize=64)(_build)


def build_project_form(year: int, profile: RuleProfile = DEFAULT_PROFILE,
                       indicator_rows: int | None = None) -> FormSet:
    """The 项目支出绩效自评表 for ``year``; every fund line a county may print is a field,
    though the template prints only the national ones."""
    layout = project.build(year, max(indicator_rows or 0, project.MIN_INDICATOR_ROWS), profile)
    for fld in project.FUND_FIELDS.values():
        layout.fields.setdefault(fld.key, fld)
    return FormSet(year, profile, [layout])


def evaluate(form: FormSet, values: Mapping[str, Any]) -> dict[str, Any]:
    """Every computed field's value from the given cell values (inputs and any constants).

    ``values`` maps field keys to cell values; block columns map to lists, one per row.
    A computed key present in ``values`` is taken as typed (a formula overwritten by a
    constant), exactly as a spreadsheet would.  Returns inputs and computed values together.
    """
    result: dict[str, Any] = dict(values)
    profile = form.profile

    def block_len(fld: Field) -> int:
        return form.block_size(fld.block) if fld.block else 1

    def get(key: str) -> Any:
        if key in result:
            return result[key]
        fld = form.fields[key]
        if fld.formula is None:
            return [None] * block_len(fld) if fld.is_range else None
        if fld.per_row:
            rows = []
            for i in range(block_len(fld)):
                rows.append(fld.formula.evaluate(lambda k, i=i: _row_value(get(k), i), profile))
            result[key] = rows
        else:
            result[key] = fld.formula.evaluate(get, profile)
        return result[key]

    for key in form.fields:
        get(key)
    return result


def _row_value(column: Any, i: int) -> Any:
    if isinstance(column, list):
        return column[i] if i < len(column) else None
    return column
