"""The workbook the button works on, behind one small interface.

``XlwingsBook`` is the thin layer over a live Excel workbook (xlwings' Book/Sheet/Range
API); ``OpenpyxlBook`` does the same over a file, so every action is testable without
Excel.  All logic lives in ``actions`` and the core; adapters only move cells.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Protocol

from ..reading.grid import Grid, GridCell, col_letter

Color = tuple[int, int, int]


class Book(Protocol):
    path: Path | None

    def sheet_names(self) -> list[str]: ...
    def grids(self) -> list[Grid]: ...
    def defined_names(self) -> dict[str, str]: ...
    def calculate(self) -> None: ...
    def write(self, sheet: str, ref: str, value: Any) -> None: ...
    def read_column(self, sheet: str, col: int) -> list[Any]: ...
    def replace_sheet(self, name: str, rows: list[list[Any]]) -> None: ...
    def delete_sheet(self, name: str) -> None: ...
    def link(self, sheet: str, ref: str, target: str, text: str) -> None: ...
    def hide_column(self, sheet: str, col: int) -> None: ...
    def color(self, sheet: str, ref: str) -> Color | None: ...
    def set_color(self, sheet: str, ref: str, color: Color | None) -> None: ...
    def note(self, sheet: str, ref: str) -> str | None: ...
    def set_note(self, sheet: str, ref: str, text: str | None) -> None: ...
    def alert(self, text: str) -> None: ...


def safe_text(value: Any) -> Any:
    """Text that Excel must never evaluate: a leading ' keeps "=…" a string when typed in."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _split(address: str) -> tuple[str, str]:
    sheet, _, ref = address.rpartition("!")
    return sheet.strip("'"), ref


class XlwingsBook:
    """A live workbook through xlwings (or anything with the same Book/Sheet/Range API)."""

    def __init__(self, book: Any):
        self.book = book
        fullname = getattr(book, "fullname", None)
        self.path = Path(fullname) if fullname and ("/" in str(fullname) or "\\" in str(fullname)) else None

    def _sheet(self, name: str):
        return self.book.sheets[name]

    def sheet_names(self) -> list[str]:
        return [s.name for s in self.book.sheets]

    def grids(self) -> list[Grid]:
        grids = []
        for sheet in self.book.sheets:
            used = sheet.used_range
            values = used.options(ndim=2).value if hasattr(used, "options") else used.value
            formulas = used.formula
            first_row, first_col = used.row, used.column
            grid = Grid(sheet.name, hidden=not getattr(sheet, "visible", True))
            for i, row in enumerate(values or []):
                for j, value in enumerate(row):
                    formula = formulas[i][j] if formulas and i < len(formulas) and j < len(formulas[i]) else None
                    formula = formula if isinstance(formula, str) and formula.startswith("=") else None
                    if value is None and formula is None:
                        continue
                    r, c = first_row + i, first_col + j
                    cell = sheet.range((r, c))
                    fmt = cell.number_format if isinstance(value, (int, float)) else "General"
                    grid.cells[(r, c)] = GridCell(r, c, value, formula, fmt or "General")
                    area = cell.merge_area
                    if area.count > 1:
                        self._merge(grid, area)
            grid.max_row = max((r for r, _ in grid.cells), default=0)
            grid.max_col = max((c for _, c in grid.cells), default=0)
            grids.append(grid)
        return grids

    @staticmethod
    def _merge(grid: Grid, area: Any) -> None:
        grid.merge(area.row, area.column, area.row + area.rows.count - 1, area.column + area.columns.count - 1)

    def defined_names(self) -> dict[str, str]:
        out = {}
        for n in self.book.names:
            if "!" in n.name:  # sheet-scoped
                continue
            out[n.name] = str(n.refers_to).lstrip("=")
        return out

    def calculate(self) -> None:
        self.book.app.calculate()

    def write(self, sheet: str, ref: str, value: Any) -> None:
        self._sheet(sheet).range(ref).value = safe_text(value)

    def read_column(self, sheet: str, col: int) -> list[Any]:
        if sheet not in self.sheet_names():
            return []
        s = self._sheet(sheet)
        last = s.used_range.last_cell.row if hasattr(s.used_range, "last_cell") else s.used_range.row + 200
        values = s.range((1, col), (last, col)).options(ndim=1).value
        return list(values or [])

    def replace_sheet(self, name: str, rows: list[list[Any]]) -> None:
        self.delete_sheet(name)
        sheet = self.book.sheets.add(name, before=self.book.sheets[0])
        if rows:
            sheet.range("A1").value = [[safe_text(v) for v in row] for row in rows]

    def delete_sheet(self, name: str) -> None:
        if name in self.sheet_names():
            self._sheet(name).delete()

    def link(self, sheet: str, ref: str, target: str, text: str) -> None:
        s, r = _split(target)
        self._sheet(sheet).range(ref).add_hyperlink(f"#'{s}'!{r}", text)

    def hide_column(self, sheet: str, col: int) -> None:
        self._sheet(sheet).range((1, col)).api.EntireColumn.Hidden = True

    def color(self, sheet: str, ref: str) -> Color | None:
        return self._sheet(sheet).range(ref).color

    def set_color(self, sheet: str, ref: str, color: Color | None) -> None:
        self._sheet(sheet).range(ref).color = color

    def note(self, sheet: str, ref: str) -> str | None:
        note = self._sheet(sheet).range(ref).note
        return note.text if note is not None else None

    def set_note(self, sheet: str, ref: str, text: str | None) -> None:
        rng = self._sheet(sheet).range(ref)
        if rng.note is not None:
            rng.note.delete()
        if text:
            rng.add_note(text)

    def alert(self, text: str) -> None:
        self.book.app.alert(text, title="绩效自评")


class OpenpyxlBook:
    """The same operations on a file through openpyxl (saved with ``save``)."""

    def __init__(self, path: Path):
        from ..xlsx.open import open_workbook

        self.path = Path(path)
        self.wb = open_workbook(self.path)
        self.messages: list[str] = []

    def sheet_names(self) -> list[str]:
        return list(self.wb.sheetnames)

    def grids(self) -> list[Grid]:
        from ..xlsx.grid import grids_from

        return grids_from(self.wb)

    def defined_names(self) -> dict[str, str]:
        return {name: dn.attr_text for name, dn in self.wb.defined_names.items()}

    def calculate(self) -> None:
        """A file has no engine; formulas without results are evaluated by the reader."""

    def write(self, sheet: str, ref: str, value: Any) -> None:
        from ..xlsx.findings_sheet import set_text

        cell = self.wb[sheet][ref]
        if isinstance(value, str):
            set_text(cell, value)
        else:
            cell.value = value

    def read_column(self, sheet: str, col: int) -> list[Any]:
        if sheet not in self.wb.sheetnames:
            return []
        return [row[0] for row in self.wb[sheet].iter_rows(min_col=col, max_col=col, values_only=True)]

    def replace_sheet(self, name: str, rows: list[list[Any]]) -> None:
        from ..xlsx.findings_sheet import set_text

        self.delete_sheet(name)
        ws = self.wb.create_sheet(name, 0)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if isinstance(value, str):
                    set_text(ws.cell(row=r, column=c), value)
                elif value is not None:
                    ws.cell(row=r, column=c).value = value

    def delete_sheet(self, name: str) -> None:
        if name in self.wb.sheetnames:
            del self.wb[name]

    def link(self, sheet: str, ref: str, target: str, text: str) -> None:
        from openpyxl.worksheet.hyperlink import Hyperlink

        s, r = _split(target)
        cell = self.wb[sheet][ref]
        cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{s}'!{r}")

    def hide_column(self, sheet: str, col: int) -> None:
        self.wb[sheet].column_dimensions[col_letter(col)].hidden = True

    def color(self, sheet: str, ref: str) -> Color | None:
        fill = self.wb[sheet][ref].fill
        if fill is None or fill.fill_type != "solid" or not isinstance(fill.fgColor.rgb, str):
            return None
        rgb = fill.fgColor.rgb[-6:]
        return (int(rgb[0:2], 16), int(rgb[2:4], 16), int(rgb[4:6], 16))

    def set_color(self, sheet: str, ref: str, color: Color | None) -> None:
        from openpyxl.styles import PatternFill

        cell = self.wb[sheet][ref]
        cell.fill = PatternFill() if color is None else PatternFill("solid", fgColor="%02X%02X%02X" % color)

    def note(self, sheet: str, ref: str) -> str | None:
        comment = self.wb[sheet][ref].comment
        return comment.text if comment is not None else None

    def set_note(self, sheet: str, ref: str, text: str | None) -> None:
        from openpyxl.comments import Comment

        self.wb[sheet][ref].comment = Comment(text, "perfxl", width=320, height=120) if text else None

    def alert(self, text: str) -> None:
        self.messages.append(text)

    def save(self, path: Path, *, force: bool = False) -> Path:
        from ..xlsx.template import save

        return save(self.wb, path, force=force, inputs=(self.path,))


def addresses(cells: Iterable[str]) -> list[tuple[str, str]]:
    return [_split(c) for c in cells]
