"""The 检查结果 sheet, written once for every workbook: the checked copy of the command line
(a file through ``xlsx.book.OpenpyxlBook``) and the Excel button (a live workbook).

``result_sheet`` lays a review out as data (the sheet's rows, the highlight and the note of
each flagged cell); ``write_findings`` puts it into any ``Book``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from ..checks.findings import SEVERITY_NAMES, Finding, cell_note, cells_text, worst
from .book import Book, Color, addresses

RESULT_SHEET = "检查结果"
SETTINGS_SHEET = "perfxl.conf"
OWN_SHEETS = (RESULT_SHEET, SETTINGS_SHEET)
# Columns of the 检查结果 sheet, and how each severity is highlighted (RGB hex).
RESULT_HEADERS = ("序号", "严重程度", "规则", "说明", "单元格", "应为", "实为", "可能原因")
SEVERITY_COLORS = {"error": "FFC7CE", "warning": "FFEB9C", "info": "DDEBF7"}
COLORS: dict[str, Color] = {s: (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)) for s, h in SEVERITY_COLORS.items()}
MARK_COL = 20            # column T: what perfxl highlighted in a live book, to undo next time
MARK_HEADER = "perfxl标记"


def cell_value(value: Any) -> Any:
    """应为/实为 as the sheet shows them: a number stays a number (50, not the text "50.0";
    binary noise such as 0.30000000000000004 trimmed to 12 significant digits, so the
    General format shows it as the text report would), anything else is text."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            return str(value)
        number = float(f"{value:.12g}")
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    return str(value)


@dataclass
class ResultSheet:
    """What the 检查结果 sheet says and marks, whatever writes it."""

    rows: list[list[Any]]                                   # heading, one row per finding, summary
    links: dict[int, str] = field(default_factory=dict)     # finding row → first flagged cell
    highlights: dict[str, Color] = field(default_factory=dict)   # flagged cell → colour
    notes: dict[str, str] = field(default_factory=dict)          # flagged cell → note
    findings: int = 0


def result_sheet(review: Any) -> ResultSheet:
    rows: list[list[Any]] = [list(RESULT_HEADERS)]
    links: dict[int, str] = {}
    marks: dict[str, list[Finding]] = {}
    for i, f in enumerate(review.findings, start=1):
        rows.append([i, SEVERITY_NAMES[f.severity], f.rule, f.message, cells_text(f.cells, f.previous_cells),
                     cell_value(f.expected), cell_value(f.actual), f.cause])
        if f.cells:
            links[i + 1] = f.cells[0]
        for address in f.cells:
            marks.setdefault(address, []).append(f)
    rows += [[], [None, None, None, review.summary_line()]]
    return ResultSheet(rows, links, {a: COLORS[worst(items).severity] for a, items in marks.items()},
                       {a: cell_note(items) for a, items in marks.items()}, len(review.findings))


def clear_marks(book: Book) -> int:
    """Undo the highlights and notes the previous run placed (listed in column T)."""
    restored = 0
    for entry in book.read_column(RESULT_SHEET, MARK_COL)[1:]:
        if not isinstance(entry, str) or "\t" not in entry:
            continue
        address, color, added_note = (entry.split("\t") + ["", ""])[:3]
        sheet, ref = addresses([address])[0]
        if sheet not in book.sheet_names():
            continue
        original = tuple(int(x) for x in color.split(",")) if color else None
        book.set_color(sheet, ref, original)  # type: ignore[arg-type]
        if added_note == "1":
            book.set_note(sheet, ref, None)
        restored += 1
    return restored


_OWN_LINE = re.compile(r"\[(错误|警告|提示)\] ")


def is_own_note_text(text: str) -> bool:
    """Whether a note paragraph is perfxl's findings text (every line “[错误] …”)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    return bool(lines) and all(_OWN_LINE.match(ln) for ln in lines)


def user_note(text: str | None) -> str | None:
    """The user's own part of a cell's note: perfxl's findings text of an earlier check
    (the whole note, or the paragraphs appended after the user's text) taken off; None when
    nothing of the user's is left."""
    if text is None:
        return None
    parts = text.split("\n\n")
    while parts and is_own_note_text(parts[-1]):
        parts.pop()
    kept = "\n\n".join(parts)
    return kept if kept.strip() else None


def write_findings(book: Book, review: Any, *, track_marks: bool = False) -> None:
    """Replace the 检查结果 sheet and mark every flagged cell: its highlight, and its note
    unless the user wrote one there (theirs is never overwritten).  With ``track_marks``
    (a book checked again and again, the Excel button) the previous run's marks are undone
    first and this run's are listed in hidden column T."""
    if track_marks:
        clear_marks(book)
    sheet = result_sheet(review)
    names = book.sheet_names()
    entries = []
    for address, color in sheet.highlights.items():
        name, ref = addresses([address])[0]
        if name not in names or name in OWN_SHEETS or not ref:
            continue
        original = book.color(name, ref)
        mine = user_note(book.note(name, ref))   # perfxl's text of an earlier check is replaced
        had_note = mine is not None
        book.set_color(name, ref, color)
        if not had_note:
            book.set_note(name, ref, sheet.notes[address])
        elif not track_marks:   # a fresh copy: the user's note stays, perfxl's text follows it
            book.set_note(name, ref, f"{mine}\n\n{sheet.notes[address]}")
        entries.append(f"{address}\t{','.join(map(str, original)) if original else ''}\t{'0' if had_note else '1'}")
    rows = sheet.rows
    if track_marks:
        body, footer = rows[:-2], rows[-2:]
        body = [(row + [None] * MARK_COL)[:MARK_COL - 1] for row in body]
        body[0].append(MARK_HEADER)
        for i, entry in enumerate(entries, start=1):
            while len(body) <= i:
                body.append([None] * (MARK_COL - 1))
            body[i].append(entry)
        rows = body + footer
    book.replace_sheet(RESULT_SHEET, rows)
    if track_marks:
        book.hide_column(RESULT_SHEET, MARK_COL)
    book.style_results(RESULT_SHEET, sheet.findings, len(rows))
    for row, f in enumerate(review.findings, start=2):
        book.set_color(RESULT_SHEET, f"B{row}", COLORS[f.severity])
        first = sheet.links.get(row)
        if first and addresses([first])[0][0] in names:
            book.link(RESULT_SHEET, f"E{row}", first, rows[row - 1][4])
