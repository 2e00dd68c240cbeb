"""Render a draft as a Word document in the look of an official document (GB/T 9704).

A4; 版心 156 mm × 225 mm (margins 37/35/28/26 mm); body 仿宋_GB2312 三号 (16 pt) at a fixed
28.95 pt line pitch, which gives 22 lines of 28 characters; 一、 headings 黑体, （一）
headings 楷体_GB2312; title 方正小标宋简体 二号; page numbers "— 1 —" in the footer.
Each East Asian font is set as w:eastAsia and registered in the font table with an
alternative name (仿宋_GB2312 → 仿宋 / FangSong ...), so Word and WPS fall back to the
font a plain Windows machine has; LibreOffice substitutes its own CJK font.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .content import Block, Draft

BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体_GB2312"
TITLE_FONT = "方正小标宋简体"
LATIN_FONT = "Times New Roman"
# Alternative names a machine without the GB2312 fonts has (Windows, then the Latin names).
FALLBACKS = {
    "仿宋_GB2312": "仿宋",
    "楷体_GB2312": "楷体",
    "方正小标宋简体": "宋体",
    "黑体": "SimHei",
    "仿宋": "FangSong",
    "楷体": "KaiTi",
    "宋体": "SimSun",
}
SIZE_BODY = Pt(16)       # 三号
SIZE_TITLE = Pt(22)      # 二号
SIZE_TABLE = Pt(10.5)    # 五号
SIZE_FOOTER = Pt(14)     # 四号
LINE_PITCH = Pt(28.95)   # 225 mm / 22 lines
CHARS_PER_LINE = 28      # on the 156 mm text width


def _fonts(run_or_style, east_asia: str, latin: str = LATIN_FONT) -> None:
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:hint"), "eastAsia")


def _run(paragraph, text: str, font: str, size, bold: bool = False, highlight: bool = False):
    run = paragraph.add_run(text)
    run.font.size = size
    run.font.bold = bold
    _fonts(run, font)
    if highlight:
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return run


def _spacing(paragraph, indent: bool = True, exact: bool = True) -> None:
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    if exact:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = LINE_PITCH
    if indent:
        fmt.first_line_indent = Pt(32)  # two characters
    fmt.widow_control = False


def _page(doc) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(21)
    sect = section._sectPr
    grid = sect.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect.append(grid)
    # A line grid only: a character grid (linesAndChars) is drawn very differently by Word,
    # WPS and LibreOffice; 28 characters a line come from condensed spacing instead.
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(int(round(LINE_PITCH.pt * 20))))
    _footer(section)


def _footer(section) -> None:
    """"— 1 —": an em dash, the PAGE field, an em dash; 四号 Latin digits."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(paragraph, "— ", "宋体", SIZE_FOOTER)
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        run = _run(paragraph, "", "宋体", SIZE_FOOTER)
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "text":
            run.text = text
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
    _run(paragraph, " —", "宋体", SIZE_FOOTER)


def _font_table(doc) -> None:
    """Register each East Asian font with the alternative name to use where it is missing."""
    part = doc.part
    fonts_part = next((rel.target_part for rel in part.rels.values()
                       if rel.reltype.endswith("/fontTable")), None)
    if fonts_part is None:
        return
    from docx.oxml import parse_xml

    root = parse_xml(fonts_part.blob)
    present = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for name, alt in FALLBACKS.items():
        if name in present:
            continue
        font = OxmlElement("w:font")
        font.set(qn("w:name"), name)
        alt_el = OxmlElement("w:altName")
        alt_el.set(qn("w:val"), alt)
        font.append(alt_el)
        charset = OxmlElement("w:charset")
        charset.set(qn("w:val"), "86")  # GB2312
        font.append(charset)
        family = OxmlElement("w:family")
        family.set(qn("w:val"), "modern" if name in ("仿宋_GB2312", "仿宋", "黑体") else "script")
        font.append(family)
        pitch = OxmlElement("w:pitch")
        pitch.set(qn("w:val"), "fixed" if name in ("仿宋_GB2312", "仿宋", "黑体") else "variable")
        font.append(pitch)
        root.append(font)
    from lxml import etree

    fonts_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _condense(rpr_owner, points: float) -> None:
    """Character spacing (w:spacing, in twentieths of a point; negative condenses)."""
    rpr = rpr_owner.element.get_or_add_rPr()
    spacing = rpr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        # Word wants rPr children in schema order: w:spacing comes before w:sz and the rest.
        rpr.insert_element_before(spacing, *_RPR_AFTER_SPACING)
    spacing.set(qn("w:val"), str(int(round(points * 20))))


_RPR_AFTER_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
                      "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
                      "w:eastAsianLayout", "w:specVanish", "w:oMath")
_PPR_AFTER_SNAP = ("w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                   "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                   "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_PPR_AFTER_OUTLINE = ("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _default_style(doc) -> None:
    style = doc.styles["Normal"]
    style.font.size = SIZE_BODY
    _fonts(style, BODY_FONT)
    # 156 mm holds 27.6 characters of 16 pt: condense each by a quarter point to fit 28.
    _condense(style, Mm(156).pt / CHARS_PER_LINE - SIZE_BODY.pt - 0.05)
    fmt = style.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE_PITCH


def _style(doc, style_id: str, name: str, font: str, size, *, align=None, indent: bool = True, exact=LINE_PITCH,
           condense: bool = True, outline: int | None = None):
    """A paragraph style based on Normal (so users can restyle the whole draft at once)."""
    from docx.enum.style import WD_STYLE_TYPE

    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = style_id  # ASCII ids: the Chinese name is what Word shows
    style.base_style = doc.styles["Normal"]
    style.font.size = size
    _fonts(style, font)
    if not condense:
        _condense(style, 0)
    fmt = style.paragraph_format
    if align is not None:
        fmt.alignment = align
    fmt.first_line_indent = Pt(32) if indent else Pt(0)
    if exact is None:
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        snap = OxmlElement("w:snapToGrid")  # small table text: not on the body's line grid
        snap.set(qn("w:val"), "0")
        style.element.get_or_add_pPr().insert_element_before(snap, *_PPR_AFTER_SNAP)
    else:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = exact
    if outline is not None:
        ppr = style.element.get_or_add_pPr()
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(outline))
        ppr.insert_element_before(level, *_PPR_AFTER_OUTLINE)
    return style


STYLES = {  # block kind -> (style name, font, size, options)
    "title": ("报告标题", TITLE_FONT, SIZE_TITLE, {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "exact": Pt(35)}),
    "subtitle": ("草稿标记", SUBHEADING_FONT, SIZE_BODY, {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False}),
    "h1": ("一级标题", HEADING_FONT, SIZE_BODY, {"outline": 0}),
    "h2": ("二级标题", SUBHEADING_FONT, SIZE_BODY, {"outline": 1}),
    "p": ("正文", BODY_FONT, SIZE_BODY, {}),
    "sign": ("落款", BODY_FONT, SIZE_BODY, {"align": WD_ALIGN_PARAGRAPH.RIGHT, "indent": False}),
    "table_head": ("表格标题行", HEADING_FONT, SIZE_TABLE,
                   {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "exact": None, "condense": False}),
    "table_text": ("表格文字", BODY_FONT, SIZE_TABLE, {"indent": False, "exact": None, "condense": False}),
    "table_figure": ("表格数字", BODY_FONT, SIZE_TABLE,
                     {"align": WD_ALIGN_PARAGRAPH.CENTER, "indent": False, "exact": None, "condense": False}),
}


def _table(doc, block: Block, styles: dict) -> None:
    from docx.table import _Cell

    rows = block.rows
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Mm(16), Mm(18), Mm(32), Mm(20), Mm(20), Mm(10), Mm(10), Mm(30))  # 156 mm
    table.autofit = False
    for col, width in zip(table.columns, widths):
        col.width = width
    for r, (row, tr) in enumerate(zip(rows, table._tbl.tr_lst)):
        # table.cell(r, c) rescans the whole grid each call: walk the row's own cells instead.
        for c, (text, tc) in enumerate(zip(row, tr.tc_lst)):
            cell = _Cell(tc, table)
            if c < len(widths):
                cell.width = widths[c]
            paragraph = cell.paragraphs[0]
            kind = "table_head" if r == 0 else ("table_figure" if c in (3, 4, 5, 6) else "table_text")
            paragraph._p.style = styles[kind].style_id  # by id: the style lookup by object is slow
            if text:
                paragraph.add_run(text)
    # Repeat the header row on every page.
    trpr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def render(draft: Draft) -> bytes:
    """The draft as .docx bytes."""
    doc = Document()
    _page(doc)
    _default_style(doc)
    _font_table(doc)
    styles = {kind: _style(doc, "perfxl" + kind.title().replace("_", ""), name, font, size, **opts)
              for kind, (name, font, size, opts) in STYLES.items()}
    styles["sign"].paragraph_format.right_indent = Pt(64)
    doc.core_properties.title = draft.title
    doc.core_properties.author = draft.unit or ""
    doc.core_properties.comments = f"perfxl 根据{draft.source}生成的草稿"
    for block in draft.blocks:
        if block.kind == "pagebreak":
            doc.add_page_break()
            continue
        if block.kind == "table":
            _table(doc, block, styles)
            continue
        p = doc.add_paragraph()
        p._p.style = styles.get(block.kind, styles["p"]).style_id
        for run in block.runs:
            r = p.add_run(run.text)
            if run.placeholder:
                r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    buf = io.BytesIO()
    doc.save(buf)
    from ..files import normalize_package

    return normalize_package(buf.getvalue())
