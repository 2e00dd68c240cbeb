"""Building blocks of a form description: field kinds, fields, and placed sheets."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .formulas import Formula


class FieldKind(Enum):
    """What a cell holds.  The kind fixes its number format, validation and precision."""

    AMOUNT = "amount"        # 万元, kept to 0.01
    COUNT = "count"          # head counts: exact whole numbers
    AREA = "area"            # ㎡, kept to 0.01
    RATE = "rate"            # a fraction shown as a percent
    SCORE = "score"          # 分值 / 得分, kept to 0.01
    TEXT = "text"            # names, reasons, goals
    INDICATOR = "indicator"  # 年度指标值 / 实际完成值: number or text with units
    GRADE = "grade"          # 优/良/中/差

    @property
    def is_numeric(self) -> bool:
        return self._value_ in _NUMERIC_KINDS

    @property
    def decimals(self) -> int | None:
        """Precision a typed value stands for (None: as displayed, or not a number)."""
        return {FieldKind.AMOUNT: 2, FieldKind.AREA: 2, FieldKind.SCORE: 2, FieldKind.COUNT: 0}.get(self)


_NUMERIC_KINDS = frozenset({"amount", "count", "area", "rate", "score"})


@dataclass(frozen=True)
class Field:
    """One semantic field of a form.

    ``key`` is the stable English name code uses; ``name`` is the workbook-scoped defined
    name users type in formulas.  ``row_labels``/``col_labels`` are the label variants that
    locate the field in forms perfxl did not make.  A field with a ``formula`` is computed;
    a field with ``rows`` > 1 is a column of a block (its defined name covers the block).
    """

    key: str
    name: str
    kind: FieldKind
    formula: "Formula | None" = None
    row_labels: tuple[str, ...] = ()
    col_labels: tuple[str, ...] = ()
    default: object = None
    block: str | None = None   # name of the row block this field is a column of
    per_row: bool = False      # computed row by row inside its block (relative references)
    # In forms read by labels: when no column heading lines up, the value is the n-th
    # filled cell right of the row label ("总分 | 100 | 99.97": 总分值 0, 总得分 1).
    right_index: int | None = None

    @property
    def computed(self) -> bool:
        return self.formula is not None

    @property
    def is_range(self) -> bool:
        return self.block is not None


@dataclass
class Cell:
    """A cell of the printed form: static text or a field, with its merge and style role."""

    row: int
    col: int
    text: str | None = None
    field: Field | None = None
    role: str = "label"        # title, subtitle, label, header, note, input, computed
    end_row: int | None = None  # merge down to this row
    end_col: int | None = None  # merge right to this column
    align: str | None = None


@dataclass
class Block:
    """Consecutive rows that form a list (indicator rows, project lines)."""

    name: str
    first_row: int
    last_row: int


@dataclass
class SheetLayout:
    """A form placed on a sheet: every cell, merge, block and field address."""

    title: str                # sheet name
    width: int                # number of columns
    column_widths: list[float]
    cells: list[Cell] = field(default_factory=list)
    row_heights: dict[int, float] = field(default_factory=dict)
    blocks: dict[str, Block] = field(default_factory=dict)
    print_title_rows: tuple[int, int] | None = None
    # field key -> (row, col) of its value cell (first row for block columns)
    addresses: dict[str, tuple[int, int]] = field(default_factory=dict)
    fields: dict[str, Field] = field(default_factory=dict)

    def place(self, cell: Cell) -> Cell:
        self.cells.append(cell)
        if cell.field is not None:
            self.fields[cell.field.key] = cell.field
            self.addresses.setdefault(cell.field.key, (cell.row, cell.col))
        return cell
