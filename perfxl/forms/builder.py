"""A small helper that places a form description on a grid, row by row."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Block, Cell, Field, SheetLayout


@dataclass(frozen=True)
class Span:
    """Columns ``first``..``last`` (1-based, inclusive) of one row."""

    first: int
    last: int


class SheetBuilder:
    def __init__(self, title: str, column_widths: list[float]):
        self.layout = SheetLayout(title=title, width=len(column_widths), column_widths=column_widths)
        self.row = 0

    def next_row(self, height: float | None = None) -> int:
        self.row += 1
        if height is not None:
            self.layout.row_heights[self.row] = height
        return self.row

    def put(self, span: Span, content: "str | Field | None", role: str | None = None,
            align: str | None = None, row: int | None = None, end_row: int | None = None) -> Cell:
        """Place text or a field over ``span`` of the current row (merged when wider than one)."""
        r = self.row if row is None else row
        if isinstance(content, Field):
            cell = Cell(r, span.first, field=content,
                        role=role or ("computed" if content.computed else "input"))
        else:
            cell = Cell(r, span.first, text=content, role=role or "label")
        if span.last > span.first:
            cell.end_col = span.last
        if end_row is not None and end_row > r:
            cell.end_row = end_row
        cell.align = align
        return self.layout.place(cell)

    def full_row(self, text: str, role: str, height: float | None = None, align: str | None = None) -> Cell:
        self.next_row(height)
        return self.put(Span(1, self.layout.width), text, role, align)

    def block(self, name: str, first_row: int, last_row: int) -> None:
        self.layout.blocks[name] = Block(name, first_row, last_row)
