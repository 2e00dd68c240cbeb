"""A workbook file behind the ``Book`` interface, through openpyxl (saved with ``save``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.hyperlink import Hyperlink

from ..reading.grid import Grid, col_letter
from ..report.book import Color, split_address

WIDTHS = (6, 9, 20, 70, 28, 14, 14, 40)    # columns of the 检查结果 sheet
NOTE_AUTHOR = "perfxl"


from ..celltext import set_text  # noqa: E402  (the one safe-text writer for openpyxl cells)


class OpenpyxlBook:
    """The same operations on a file through openpyxl (saved with ``save``)."""

    def __init__(self, path: Path):
        from .open import open_workbook

        self.path = Path(path)
        self.wb = open_workbook(self.path)
        self.messages: list[str] = []
        self.statuses: list[str | None] = []
        self.opened: list[Path] = []

    def sheet_names(self) -> list[str]:
        return list(self.wb.sheetnames)

    def grids(self) -> list[Grid]:
        from .grid import grids_from

        return grids_from(self.wb)

    def defined_names(self) -> dict[str, str]:
        return {name: dn.attr_text for name, dn in self.wb.defined_names.items()}

    def calculate(self) -> None:
        """A file has no engine; formulas without results are evaluated by the reader."""

    def write(self, sheet: str, ref: str, value: Any) -> None:
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
        s, r = split_address(target)
        cell = self.wb[sheet][ref]
        cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{s}'!{r}")
        cell.font = Font(color="0563C1", underline="single")

    def hide_column(self, sheet: str, col: int) -> None:
        self.wb[sheet].column_dimensions[col_letter(col)].hidden = True

    def color(self, sheet: str, ref: str) -> Color | None:
        fill = self.wb[sheet][ref].fill
        if fill is None or fill.fill_type != "solid" or not isinstance(fill.fgColor.rgb, str):
            return None
        rgb = fill.fgColor.rgb[-6:]
        return (int(rgb[0:2], 16), int(rgb[2:4], 16), int(rgb[4:6], 16))

    def set_color(self, sheet: str, ref: str, color: Color | None) -> None:
        cell = self.wb[sheet][ref]
        cell.fill = PatternFill() if color is None else PatternFill("solid", fgColor="%02X%02X%02X" % color)

    def note(self, sheet: str, ref: str) -> str | None:
        comment = self.wb[sheet][ref].comment
        return comment.text if comment is not None else None

    def set_note(self, sheet: str, ref: str, text: str | None) -> None:
        self.wb[sheet][ref].comment = Comment(text, NOTE_AUTHOR, width=320, height=120) if text else None

    def style_results(self, name: str, findings: int, summary_row: int) -> None:
        """Headings, widths and print setup of the 检查结果 sheet (``findings`` rows below
        the heading, the summary in row ``summary_row``)."""
        ws = self.wb[name]
        bold = Font(bold=True, name="宋体")
        for col, width in enumerate(WIDTHS, start=1):
            ws.cell(row=1, column=col).font = bold
            ws.column_dimensions[col_letter(col)].width = width
        from .styles import RESULT_WRAPPED_COLS, result_row_height

        for row in range(2, findings + 2):
            for col in RESULT_WRAPPED_COLS:
                ws.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
            # raised for its wrapped text, or the printout cuts it off
            ht = result_row_height([c.value for c in ws[row]], WIDTHS)
            if ht:
                ws.row_dimensions[row].height = ht
        ws.cell(row=summary_row, column=4).font = bold
        ws.freeze_panes = "A2"
        # printed: A4 landscape, one page wide, headings on every page
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"

    def alert(self, text: str) -> None:
        self.messages.append(text)

    def status(self, text: str | None) -> None:
        self.statuses.append(text)

    def open_workbook(self, path: Path) -> None:
        self.opened.append(Path(path))

    def save(self, path: Path, *, force: bool = False, inputs: tuple[Path, ...] = ()) -> Path:
        """``inputs``: other files the run read (report, profile), never overwritten."""
        from .template import save

        return save(self.wb, path, force=force, inputs=(self.path, *inputs))


