""".xls (and WPS .et/.ett), .xlsb and .ods through python-calamine, into the same grids the
.xlsx reader makes.  Values only: these formats' formulas and number formats are not read,
so the checks that compare a formula with its cell are not run (said once, by READ-VALUES-ONLY)."""

from __future__ import annotations

import datetime
import math
from pathlib import Path

from ..errors import PerfxlError
from ..reading.grid import Grid, GridCell
from .fastread import MAX_CELLS, MAX_ROWS, MAX_UNCOMPRESSED


def _value(v: object) -> object:
    if v is None or (isinstance(v, str) and v == ""):
        return None
    if isinstance(v, float):
        if not math.isfinite(v):
            return str(v)
        if v.is_integer() and abs(v) < 1e15:
            return int(v)
    if isinstance(v, datetime.datetime) and v.time() == datetime.time(0):
        return v.date()
    return v


def read_calamine(path: "Path | bytes", format_label: str, name: str | None = None) -> list[Grid]:
    """Every sheet of the workbook at ``path`` (or held in memory) as a grid; errors are one
    Chinese sentence."""
    import io

    import python_calamine as pc

    name = name or Path(str(path)).name
    size = len(path) if isinstance(path, bytes) else path.stat().st_size
    if size > MAX_UNCOMPRESSED:
        raise PerfxlError(f"“{name}”超过 {MAX_UNCOMPRESSED // 1024 // 1024}MB，不像是自评表，为安全起见不予读取。")
    try:
        # by content: a renamed file is read for what it is
        with (io.BytesIO(path) if isinstance(path, bytes) else open(path, "rb")) as fh:
            wb = pc.CalamineWorkbook.from_filelike(fh)
    except Exception as exc:  # calamine raises its own kinds on damaged files
        if isinstance(exc, pc.PasswordError) or "password" in str(exc).lower():  # .xls with FILEPASS
            raise PerfxlError(f"“{name}”设置了打开密码（已加密），perfxl 无法读取：请在 Excel/WPS 中取消密码后另存为 .xlsx 再试。") from None
        raise PerfxlError(f"“{name}”是 {format_label}文件，但文件已损坏或不完整，无法读取（{type(exc).__name__}）："
                          "请用 Excel/WPS 打开后“另存为” .xlsx 再试。") from None
    from .biff import UNKNOWN, formula_results

    formulas = formula_results(path) or {}
    grids: list[Grid] = []
    budget = MAX_CELLS
    try:
        for meta in wb.sheets_metadata:
            if str(meta.typ).rsplit(".", 1)[-1] not in ("WorkSheet", "Worksheet"):
                continue
            sheet = wb.get_sheet_by_name(meta.name)
            hidden = "Visible" not in str(meta.visible)
            grid = Grid(meta.name, hidden=hidden)
            top = (sheet.start or (0, 0))[0]
            if sheet.height + top > MAX_ROWS:
                raise PerfxlError(f"工作表“{meta.name}”用到了第 {sheet.height + top} 行，超过 {MAX_ROWS} 行，不像是自评表，"
                                  "请删除多余的行（或把表格复制到新工作簿）后再试。")
            budget -= sheet.height * sheet.width
            if budget < 0:
                raise PerfxlError(f"工作表“{meta.name}”的单元格超过 {MAX_CELLS} 个，不像是自评表，请删除多余的行后再试。")
            results = formulas.get(meta.name, {})
            for i, row in enumerate(sheet.to_python(skip_empty_area=False)):
                for j, raw in enumerate(row):
                    value = _value(raw)
                    if (i + 1, j + 1) in results:
                        # a formula's text result: calamine gives it as 0.0; unknown stays not filled
                        result = results[(i + 1, j + 1)]
                        if result is UNKNOWN:
                            value = None if isinstance(value, (int, float)) else value
                        else:
                            value = _value(result)
                    r, c = i + 1, j + 1
                    if value is None:
                        if (r, c) in results:  # a formula cell without a known result: present, not filled
                            grid.cells[(r, c)] = GridCell(r, c, None)
                            grid.max_row, grid.max_col = max(grid.max_row, r), max(grid.max_col, c)
                        continue
                    grid.cells[(r, c)] = GridCell(r, c, value)
                    grid.max_row, grid.max_col = max(grid.max_row, r), max(grid.max_col, c)
            for (r1, c1), (r2, c2) in (getattr(sheet, "merged_cell_ranges", None) or []):
                r2, c2 = grid.merge(r1 + 1, c1 + 1, r2 + 1, c2 + 1)
                grid.max_row, grid.max_col = max(grid.max_row, r2), max(grid.max_col, c2)
            grids.append(grid)
    except PerfxlError:
        raise
    except Exception as exc:
        if isinstance(exc, pc.PasswordError) or "password" in str(exc).lower():
            raise PerfxlError(f"“{name}”设置了打开密码（已加密），perfxl 无法读取：请在 Excel/WPS 中取消密码后另存为 .xlsx 再试。") from None
        raise PerfxlError(f"“{name}”是 {format_label}文件，但其中的工作表已损坏，无法读取（{type(exc).__name__}）："
                          "请用 Excel/WPS 打开后“另存为” .xlsx 再试。") from None
    return grids
