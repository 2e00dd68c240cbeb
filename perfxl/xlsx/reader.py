"""Read a filled workbook into form data: through defined names when perfxl made it,
by labels otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl.workbook.workbook import Workbook

from ..forms.data import FieldValue, FormData
from ..forms.grid import Grid
from ..forms.locate import read_by_labels
from ..forms.workbook import build_forms, evaluate
from .grid import grids_from
from .names import read_year
from .open import open_workbook


def _destinations(wb: Workbook, name: str) -> list[tuple[str, list[tuple[int, int]]]] | None:
    from openpyxl.utils.cell import range_boundaries

    dn = wb.defined_names.get(name)
    if dn is None:
        return None
    out = []
    try:
        for sheet, ref in dn.destinations:
            min_col, min_row, max_col, max_row = range_boundaries(ref.replace("$", ""))
            out.append((sheet, [(r, c) for r in range(min_row, max_row + 1) for c in range(min_col, max_col + 1)]))
    except (ValueError, TypeError):
        return None
    return out


# A block's size is the length of one of its column names (users may insert rows).
_BLOCK_SIZE_NAMES = {"指标": "指标_分值", "项目支出明细": "项目支出明细_名称"}


def read_by_names(wb: Workbook, grids: list[Grid]) -> FormData | None:
    """Form data through perfxl's defined names; None when the workbook has none of them."""
    if "编制数" not in wb.defined_names and "指标_分值" not in wb.defined_names:
        return None
    by_title = {g.title: g for g in grids}
    year = read_year(wb)
    sizes = {}
    for block, name in _BLOCK_SIZE_NAMES.items():
        dest = _destinations(wb, name)
        if dest:
            sizes[block] = len(dest[0][1])
    form = build_forms(year or 2000, indicator_rows=sizes.get("指标"), project_rows=sizes.get("项目支出明细"))
    data = FormData(form, "names", year_known=year is not None)
    for key, fld in form.fields.items():
        dest = _destinations(wb, fld.name)
        if not dest or dest[0][0] not in by_title:
            if not fld.computed:
                data.missing.append(key)
            continue
        grid = by_title[dest[0][0]]
        fvs = []
        for r, c in dest[0][1]:
            cell = grid.get(r, c)
            fvs.append(FieldValue(key, grid.title, cell.ref, cell.value, cell.formula, cell.number_format))
        if fld.is_range:
            data.blocks[key] = fvs
        else:
            data.values[key] = fvs[0]
    _fill_uncached(data)
    return data


def _fill_uncached(data: FormData) -> None:
    """Formula cells never calculated (a file written by a program): compute them as Excel would."""
    form = data.form
    known: dict[str, Any] = {}
    pending = False
    for key, fv in data.values.items():
        if fv.formula is not None and fv.value is None:
            pending = True
        elif not (fv.formula is not None and fv.value is None):
            known[key] = fv.value
    for key, column in data.blocks.items():
        if any(fv.formula is not None and fv.value is None for fv in column):
            pending = True
            if all(fv.formula is not None for fv in column):
                continue
        known[key] = [fv.value for fv in column]
    if not pending:
        return
    # Keys whose cells are uncached formulas are left out so evaluate() computes them.
    for key, fv in data.values.items():
        if fv.formula is not None and fv.value is None:
            known.pop(key, None)
    result = evaluate(form, known)
    for key, fv in data.values.items():
        if fv.formula is not None and fv.value is None:
            fv.value = result.get(key)
            fv.evaluated = True
    for key, column in data.blocks.items():
        values = result.get(key)
        if isinstance(values, list):
            for fv, v in zip(column, values):
                if fv.formula is not None and fv.value is None:
                    fv.value = v
                    fv.evaluated = True


def read_workbook(path: Path) -> tuple[FormData, list[Grid]]:
    formulas = open_workbook(path)
    values = open_workbook(path, data_only=True)
    grids = grids_from(formulas, values)
    data = read_by_names(formulas, grids)
    if data is None:
        data = read_by_labels(grids)
    return data, grids
