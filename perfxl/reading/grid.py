"""A sheet as plain data: what the locator and checks read, whatever the file library.

openpyxl files and the live Excel workbook (xlwings) are both turned into grids at the
edge, so reading by labels and every check stay pure.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Iterator


_REF = re.compile(r"([A-Z]+)(\d+)")
MERGE_CLIP_AREA = 20_000     # a form's widest real merge (a title over a row) is far smaller
MERGE_MARGIN = 2


def col_number(letters: str) -> int:
    """"A" → 1, "AB" → 28."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def parse_ref(ref: str, whole: bool = False) -> tuple[int, int] | None:
    """"G15" → (15, 7); None when it is not a cell reference (``whole``: nothing after it)."""
    m = _REF.fullmatch(ref) if whole else _REF.match(ref)
    return (int(m.group(2)), col_number(m.group(1))) if m else None


@functools.lru_cache(maxsize=4096)
def col_letter(col: int) -> str:
    letters = ""
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass(slots=True)
class GridCell:
    row: int
    col: int
    value: Any = None              # typed constant or the cached result of a formula
    formula: str | None = None     # "=..." when the cell holds a formula
    number_format: str = "General"
    merged_from: tuple[int, int] | None = None  # top-left of the merge this cell continues

    @property
    def ref(self) -> str:
        return f"{col_letter(self.col)}{self.row}"

    @property
    def is_blank(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


@dataclass
class Grid:
    title: str
    cells: dict[tuple[int, int], GridCell] = field(default_factory=dict)
    max_row: int = 0
    max_col: int = 0
    hidden: bool = False
    skipped_from: int | None = None   # a long sheet with no form in its head: rows from here not read

    def get(self, row: int, col: int) -> GridCell:
        cell = self.cells.get((row, col))
        return cell if cell is not None else GridCell(row, col)

    def value(self, row: int, col: int) -> Any:
        """The cell's value; a merged continuation shows its merge's top-left value."""
        cell = self.get(row, col)
        if cell.merged_from is not None:
            return self.get(*cell.merged_from).value
        return cell.value

    def origin(self, row: int, col: int) -> GridCell:
        """The cell that holds the value shown at (row, col)."""
        cell = self.get(row, col)
        return self.get(*cell.merged_from) if cell.merged_from is not None else cell

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> tuple[int, int]:
        """Mark every cell of the merge (r1, c1)-(r2, c2) but its top-left as continuing it.

        A merge far larger than the cells the sheet holds (A1:XFD1048576 on a near-empty
        sheet) is clipped to the used range plus a margin, so memory stays bounded; the
        clipped bottom-right corner is returned."""
        if (r2 - r1 + 1) * (c2 - c1 + 1) > MERGE_CLIP_AREA:
            r2 = max(r1, min(r2, self.max_row + MERGE_MARGIN))
            c2 = max(c1, min(c2, self.max_col + MERGE_MARGIN))
            if (r2 - r1 + 1) * (c2 - c1 + 1) > MERGE_CLIP_AREA:
                return r1, c1   # still huge: the top-left alone holds the value
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    cell = self.cells.get((r, c)) or GridCell(r, c)
                    cell.merged_from = (r1, c1)
                    self.cells[(r, c)] = cell
        return r2, c2

    def row_cells(self, row: int) -> Iterator[GridCell]:
        for col in range(1, self.max_col + 1):
            yield self.get(row, col)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_views", None)     # derived views are rebuilt on demand, never shipped
        return state

    def derived(self, name: str, build):
        """A derived view of the cells, built once while the grid stays as read."""
        views = self.__dict__.setdefault("_views", {})
        key = (len(self.cells), self.max_row, self.max_col)
        found = views.get(name)
        if found is None or found[0] != key:
            found = views[name] = (key, build())
        return found[1]

    def sorted_cells(self) -> list[GridCell]:
        """Every stored cell in reading order (row, then column)."""
        return self.derived("sorted", lambda: [cell for _, cell in sorted(self.cells.items())])

    def text_cells(self) -> list[GridCell]:
        """The stored cells whose own value is text, in reading order."""
        return self.derived("texts", lambda: [c for c in self.sorted_cells() if isinstance(c.value, str)])

    def rows_of_cells(self) -> dict[int, list[GridCell]]:
        """Row → its stored cells in column order (a cell not stored is blank)."""
        def build() -> dict[int, list[GridCell]]:
            rows: dict[int, list[GridCell]] = {}
            for cell in self.sorted_cells():
                rows.setdefault(cell.row, []).append(cell)
            return rows
        return self.derived("rows", build)

    def address(self, row: int, col: int) -> str:
        return f"{self.title}!{col_letter(col)}{row}"
