"""A live Excel workbook behind the ``Book`` interface (``report.book``).

``XlwingsBook`` is the thin layer over xlwings' Book/Sheet/Range API; ``xlsx.book.OpenpyxlBook``
does the same over a file, so every action is testable without Excel.  All logic lives in
``actions``, ``report.sheet`` and below; adapters only move cells.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..reading.grid import Grid, GridCell
from ..report.book import Book, Color, split_address as _split  # noqa: F401  (Book: the interface)

def safe_text(value: Any) -> Any:
    """Text that Excel must never evaluate: a leading ' keeps "=…" a string when typed in."""
    from ..celltext import typed_text

    return typed_text(value)


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

    def style_results(self, name: str, findings: int, summary_row: int) -> None:
        """Excel keeps the look the user gives the live sheet: nothing imposed here."""

    def alert(self, text: str) -> None:
        self.book.app.alert(text, title="绩效自评")

    def status(self, text: str | None) -> None:
        """Progress on Excel's status bar; None gives the status bar back to Excel."""
        self.book.app.status_bar = text if text else False

    def open_workbook(self, path: Path) -> None:
        self.book.app.books.open(str(path))
