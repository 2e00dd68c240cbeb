"""A copy of the workbook with a 检查结果 sheet, the involved cells highlighted and commented."""

from __future__ import annotations

from pathlib import Path

from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.workbook.workbook import Workbook

from ..checks.findings import SEVERITY_NAMES, Finding, cell_note, worst
from ..app.review import Review
from ..report.sheet import RESULT_HEADERS, RESULT_SHEET, SEVERITY_COLORS
from .open import open_workbook
from .template import save

MARK_AUTHOR = "perfxl"
FILLS = {severity: PatternFill("solid", fgColor=rgb) for severity, rgb in SEVERITY_COLORS.items()}
WIDTHS = (6, 9, 20, 70, 28, 14, 14, 40)


def set_text(cell, value: object) -> None:
    """Write text that Excel will never take for a formula (=, +, -, @ at the start)."""
    if value is None:
        cell.value = None
        return
    text = str(value)
    cell.value = text
    cell.data_type = "s"


def _split(address: str) -> tuple[str, str]:
    sheet, _, ref = address.rpartition("!")
    return sheet, ref


def annotate(wb: Workbook, result: Review) -> None:
    """Add (or replace) the 检查结果 sheet and mark every involved cell."""
    if RESULT_SHEET in wb.sheetnames:
        del wb[RESULT_SHEET]
    ws = wb.create_sheet(RESULT_SHEET, 0)
    bold = Font(bold=True, name="宋体")
    for col, (header, width) in enumerate(zip(RESULT_HEADERS, WIDTHS), start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font = bold
        ws.column_dimensions[cell.column_letter].width = width
    notes: dict[str, list[Finding]] = {}
    for i, f in enumerate(result.findings, start=1):
        row = i + 1
        ws.cell(row=row, column=1, value=i)
        set_text(ws.cell(row=row, column=2), SEVERITY_NAMES[f.severity])
        ws.cell(row=row, column=2).fill = FILLS[f.severity]
        set_text(ws.cell(row=row, column=3), f.rule)
        set_text(ws.cell(row=row, column=4), f.message)
        cells_text = "、".join(f.cells)
        link = ws.cell(row=row, column=5)
        set_text(link, cells_text)
        if f.cells and _split(f.cells[0])[0] in wb.sheetnames:
            sheet, ref = _split(f.cells[0])
            link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{sheet}'!{ref}")
            link.font = Font(color="0563C1", underline="single")
        set_text(ws.cell(row=row, column=6), f.expected)
        set_text(ws.cell(row=row, column=7), f.actual)
        set_text(ws.cell(row=row, column=8), f.cause)
        for col in (4, 8):
            ws.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
        for address in f.cells:
            notes.setdefault(address, []).append(f)
    footer = ws.cell(row=len(result.findings) + 3, column=4)
    set_text(footer, result.summary_line())
    footer.font = bold
    ws.freeze_panes = "A2"
    # printed: A4 landscape, one page wide, headings on every page
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    for address, items in notes.items():
        sheet, ref = _split(address)
        if sheet not in wb.sheetnames or not ref:
            continue
        target = wb[sheet][ref]
        target.fill = FILLS[worst(items).severity]
        target.comment = Comment(cell_note(items), MARK_AUTHOR, width=320, height=120)


def write_checked_copy(source: Path, target: Path, result: Review, *, force: bool = False) -> Path:
    wb = open_workbook(source)
    annotate(wb, result)
    return save(wb, target, force=force, inputs=(source,))
