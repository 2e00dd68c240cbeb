"""openpyxl worksheets → plain grids (formulas and cached values side by side)."""

from __future__ import annotations

from openpyxl.workbook.workbook import Workbook

from ..forms.grid import Grid, GridCell


def grids_from(formulas: Workbook, values: Workbook | None = None) -> list[Grid]:
    """One grid per sheet; ``values`` is the same file loaded with cached results."""
    grids = []
    for ws in formulas.worksheets:
        vws = values[ws.title] if values is not None and ws.title in values.sheetnames else None
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
                    formula = str(raw)
                    value = vws[cell.coordinate].value if vws is not None else None
                grid.cells[(cell.row, cell.column)] = GridCell(
                    cell.row, cell.column, value, formula, cell.number_format or "General")
        for rng in ws.merged_cells.ranges:
            origin = (rng.min_row, rng.min_col)
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    if (r, c) != origin:
                        existing = grid.cells.get((r, c))
                        cell = existing or GridCell(r, c)
                        cell.merged_from = origin
                        grid.cells[(r, c)] = cell
        grids.append(grid)
    return grids
