"""A sheet as plain data: what the locator and checks read, whatever the file library.

openpyxl files and the live Excel workbook (xlwings) are both turned into grids at the
edge, so reading by labels and every check stay pure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator


def col_letter(col: int) -> str:
    letters = ""
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
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

    def row_cells(self, row: int) -> Iterator[GridCell]:
        for col in range(1, self.max_col + 1):
            yield self.get(row, col)

    def address(self, row: int, col: int) -> str:
        return f"{self.title}!{col_letter(col)}{row}"
