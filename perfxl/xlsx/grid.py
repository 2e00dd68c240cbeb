"""openpyxl worksheets → plain grids (formulas and cached values side by side)."""

from __future__ import annotations

from openpyxl.workbook.workbook import Workbook

from ..reading.grid import Grid, GridCell


def grids_from(wb: Workbook) -> list[Grid]:
    """One grid per sheet of a workbook held in openpyxl.  openpyxl keeps either formulas
    or cached results; this takes the formulas (their results, None, are evaluated by the
    reader, as for any file a program wrote)."""
    grids = []
    for ws in wb.worksheets:
        grid = Grid(ws.title, max_row=ws.max_row, max_col=ws.max_column,
                    hidden=ws.sheet_state != "visible")
        for row in ws.iter_rows():
            for cell in row:
                raw = cell.value
                if raw is None:
                    continue
                formula = None
                value = raw
                if cell.data_type == "f" or (isinstance(raw, str) and raw.startswith("=")):
                    formula, value = str(raw), None
                grid.cells[(cell.row, cell.column)] = GridCell(
                    cell.row, cell.column, value, formula, cell.number_format or "General")
        for rng in ws.merged_cells.ranges:
            grid.merge(rng.min_row, rng.min_col, rng.max_row, rng.max_col)
        grids.append(grid)
    return grids
