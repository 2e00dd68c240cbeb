"""Read a workbook made from perfxl's template through its defined names."""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.workbook.workbook import Workbook

from perfxl.forms.workbook import YEAR_NAME, FormSet


def name_cells(wb: Workbook, name: str) -> list[Cell] | None:
    """The cells a workbook-scoped name points at, top to bottom (None: no such name)."""
    dn = wb.defined_names.get(name)
    if dn is None:
        return None
    out: list[Cell] = []
    for sheet_title, ref in dn.destinations:
        if sheet_title not in wb.sheetnames:
            return None
        cells = wb[sheet_title][ref.replace("$", "")]
        if not isinstance(cells, tuple):
            out.append(cells)
            continue
        for row in cells:
            out.extend(row if isinstance(row, tuple) else (row,))
    return out


def name_values(wb: Workbook, name: str) -> list[Any] | None:
    """Values of the cells a name points at (None if the workbook has no such name)."""
    cells = name_cells(wb, name)
    return None if cells is None else [c.value for c in cells]


def write_by_name(wb: Workbook, name: str, value: Any) -> None:
    """Put ``value`` (a list for a block column) into the cells ``name`` points at."""
    cells = name_cells(wb, name)
    if cells is None:
        raise KeyError(name)
    items = value if isinstance(value, list) else [value]
    for cell, item in zip(cells, items):
        cell.value = item


def read_year(wb: Workbook) -> int | None:
    dn = wb.defined_names.get(YEAR_NAME)
    if dn is None:
        return None
    try:
        return int(str(dn.attr_text).strip())
    except ValueError:
        return None


def read_by_names(wb: Workbook, form: FormSet) -> dict[str, Any]:
    """Field values (lists for block columns) of every field whose name the workbook has."""
    values: dict[str, Any] = {}
    for key, fld in form.fields.items():
        got = name_values(wb, fld.name)
        if got is None:
            continue
        values[key] = got if fld.is_range else (got[0] if got else None)
    return values
