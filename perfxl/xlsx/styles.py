"""How each cell role looks: fonts that render in Chinese Excel/WPS, fills, borders."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from ..core.profile import RuleProfile
from ..forms.model import FieldKind

BODY_FONT = "宋体"
TITLE_FONT = "黑体"
GB2312 = 134  # font charset: makes Excel and WPS pick a Chinese face

INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")      # light yellow: type here
COMPUTED_FILL = PatternFill("solid", fgColor="DDEBF7")   # light blue: formula, do not type
HEADER_FILL = PatternFill("solid", fgColor="F2F2F2")
TOTAL_FILL = PatternFill("solid", fgColor="E2EFDA")
ALERT_FILL = PatternFill("solid", fgColor="F8CBAD")

_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

# Roles drawn inside the table grid (with borders); the others are free text around it.
TABLE_ROLES = {"label", "header", "vheader", "input", "computed", "input_label", "subtotal", "total"}


def font(role: str) -> Font:
    if role == "title":
        return Font(name=TITLE_FONT, size=16, bold=True, charset=GB2312)
    if role == "attachment":
        return Font(name=TITLE_FONT, size=12, charset=GB2312)
    bold = role in ("header", "vheader", "total", "subtotal")
    size = 9 if role in ("note", "legend") else 10
    color = "7F7F7F" if role == "legend" else None
    return Font(name=BODY_FONT, size=size, bold=bold, color=color, charset=GB2312)


def fill(role: str) -> PatternFill | None:
    return {
        "input": INPUT_FILL, "input_label": INPUT_FILL, "computed": COMPUTED_FILL,
        "header": HEADER_FILL, "vheader": HEADER_FILL, "total": TOTAL_FILL, "subtotal": TOTAL_FILL,
    }.get(role)


def alignment(role: str, align: str | None, kind: FieldKind | None) -> Alignment:
    if align is None:
        if kind is not None and kind.is_numeric:
            align = "right"
        elif role in ("label", "input_label"):
            align = "left"
        else:
            align = "center"
    vertical = "top" if role in ("note",) else "center"
    return Alignment(horizontal=align, vertical=vertical, wrap_text=True)


def number_format(kind: FieldKind, profile: RuleProfile) -> str:
    return {
        FieldKind.AMOUNT: "0.00",
        FieldKind.AREA: "0.00",
        FieldKind.SCORE: "0.00",
        FieldKind.COUNT: "0",
        FieldKind.RATE: profile.rate_format,
    }.get(kind, "@" if kind in (FieldKind.TEXT, FieldKind.INDICATOR) else "General")


# -- row heights that fit their text ---------------------------------------------------
# Wrapped text needs rows tall enough for every line, in Excel, WPS and LibreOffice alike;
# a fixed height clips the second line ("服务对象满意度指标" in a narrow column).  The
# estimate errs on the generous side: a wide (CJK) character is one em, other characters
# about half; a line takes 1.45 em (the CJK fonts' line spacing), plus cell padding.

LINE_SPACING = 1.45
CELL_PADDING_PT = 4.0
PADDING_PX = 8


def column_pixels(width: float) -> float:
    """Pixels of a column of the given width (Excel's character units, at 96 dpi)."""
    return width * 7 + 5


def text_pixels(text: str, size: float, bold: bool = False) -> float:
    import unicodedata

    em = size * 96 / 72 * (1.05 if bold else 1.0)
    return sum(em if unicodedata.east_asian_width(ch) in "WF" else em * 0.55 for ch in text)


def lines_needed(text: str, width_px: float, size: float, bold: bool = False) -> int:
    """Lines ``text`` wraps into in a cell ``width_px`` wide (explicit line breaks kept)."""
    import math

    usable = max(width_px - PADDING_PX, 1)
    return sum(max(1, math.ceil(text_pixels(part, size, bold) / usable)) for part in str(text).split("\n"))


def height_needed(text: str, width_px: float, size: float, bold: bool = False) -> float:
    """Row height (points) that shows all of ``text``."""
    return lines_needed(text, width_px, size, bold) * size * LINE_SPACING + CELL_PADDING_PT


# 说明 and 可能原因 of the 检查结果 sheet wrap.  Not 单元格: it carries the link to the first cell,
# and LibreOffice prints a linked cell on one line, so rows raised for it would stand empty.
RESULT_WRAPPED_COLS = (4, 8)
RESULT_FONT_PT = 12.0          # the workbook's own default font is used there: sized generously


def result_row_height(row: list, widths: "tuple[float, ...]", default: float = 15.0) -> float | None:
    """Height (points) a 检查结果 row needs so its wrapped text prints in full, or None when
    the default height is enough."""
    need, lines = 0.0, 1
    for col in RESULT_WRAPPED_COLS:
        value = row[col - 1] if len(row) >= col else None
        if isinstance(value, str) and value:
            width = column_pixels(widths[col - 1])
            lines = max(lines, lines_needed(value, width, RESULT_FONT_PT))
            need = max(need, height_needed(value, width, RESULT_FONT_PT))
    return round(min(need, 409.0), 1) if lines > 1 and need > default else None
