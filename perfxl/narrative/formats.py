"""Text of a report in the forms people have: .docx (the accepted view), .pdf (its text
layer, wrapped lines joined), old .doc/.wps (converted by LibreOffice when it is there),
and plain text in the encodings Chinese Windows, Hong Kong and Taiwan write.

Every function returns the text a reader sees; offsets of figures refer to that text.
Every failure is one Chinese sentence saying what to do.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..core.lazyre import lazy
from ..errors import PerfxlError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Subtrees that are not part of the accepted text: deletions, moved-away text, field
# codes, and the fallback copy of drawings (its text box duplicates the mc:Choice one).
_SKIP = {W + "del", W + "moveFrom", W + "delText", W + "instrText", W + "delInstrText", MC + "Fallback",
         W + "txbxContent", W + "rPr", W + "pPr"}

PDF_MAX_PAGES = 1000
CONVERT_TIMEOUT = 120   # seconds LibreOffice may take to turn a .doc into .docx


# ---------------------------------------------------------------- .docx

def _run_text(el, out: list[str]) -> None:
    """Accepted-view text of a paragraph's content, in document order."""
    for child in el:
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag == W + "t":
            out.append(child.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        else:
            _run_text(child, out)


def _paragraph(p) -> list[str]:
    """The paragraph's text, then the paragraphs of any text box anchored in it."""
    out: list[str] = []
    _run_text(p, out)
    lines = ["".join(out)]
    for box in p.iter(W + "txbxContent"):
        if any(a.tag == MC + "Fallback" for a in box.iterancestors()):
            continue
        for inner in box.iter(W + "p"):
            lines.extend(_paragraph_plain(inner))
    return lines


def _paragraph_plain(p) -> list[str]:
    out: list[str] = []
    _run_text(p, out)
    return ["".join(out)]


def _blocks(container, paragraphs: list[str], tables: list) -> None:
    """Body-level paragraphs (also inside content controls and custom XML), and tables."""
    for child in container:
        tag = child.tag
        if tag == W + "p":
            paragraphs.extend(_paragraph(child))
        elif tag == W + "tbl":
            tables.append(child)
        elif tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"):
            _blocks(child, paragraphs, tables)


def _cell_text(tc) -> str:
    paragraphs: list[str] = []
    nested: list = []
    _blocks(tc, paragraphs, nested)
    for t in nested:
        paragraphs.extend(_table_lines(t))
    return "\n".join(paragraphs)


_WRAPPERS = (W + "sdt", W + "sdtContent", W + "customXml", W + "ins")


def _children(el, tag: str):
    """The ``tag`` children of ``el``, also inside content controls, custom XML and insertions."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _table_lines(tbl) -> list[str]:
    lines = []
    for row in _children(tbl, W + "tr"):
        cells = []
        for tc in _children(row, W + "tc"):
            span = tc.find(f"{W}tcPr/{W}gridSpan")
            n = int(span.get(W + "val", "1")) if span is not None and (span.get(W + "val") or "").isdigit() else 1
            cells.extend([_cell_text(tc)] * max(1, min(n, 64)))
        lines.append("\t".join(cells))
    return lines


def docx_text(path: Path) -> str:
    """Paragraph texts joined with "\\n", then the tables (cells joined with "\\t", rows
    with "\\n"); tracked insertions count and deletions do not (what Word shows after
    "accept all"); content controls and text boxes are read."""
    from docx import Document

    try:
        doc = Document(str(path))
    except Exception:
        raise PerfxlError(f"无法读取报告“{path.name}”：它不是有效的 Word 文档（.docx），请用 Word/WPS 打开后另存为 .docx 再试。") from None
    paragraphs: list[str] = []
    tables: list = []
    _blocks(doc.element.body, paragraphs, tables)
    for t in tables:
        paragraphs.extend(_table_lines(t))
    return "\n".join(paragraphs)


# ---------------------------------------------------------------- .pdf

_SENTENCE_END = tuple("。！？；：!?;:」』”）)")
_HEADING = lazy(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]\D|第[一二三四五六七八九十]+[章节部分])")
# a page number on a line of its own ("- 3 -", "— 2 —", "第2页 共5页", "2/5", "12")
PAGE_NUMBER = lazy(r"^\s*(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,4})\s*$")


def unwrap_lines(raw: str) -> str:
    """Join the lines a PDF wrapped in mid-sentence; keep paragraph ends, drop page numbers.

    A line ends its paragraph when it ends a sentence and is shorter than the page's full
    lines, when a blank line follows, when the next line starts a heading, and after a short
    heading line ("一、部门基本情况"); a table row (cells separated by tabs) stays a line."""
    lines = [ln.rstrip() for ln in raw.replace("\x0c", "\n").split("\n")]
    lines = [ln for ln in lines if not PAGE_NUMBER.match(ln)]
    widths = sorted(len(ln.strip()) for ln in lines if ln.strip())
    full = widths[int(len(widths) * 0.9)] if widths else 0
    out: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            if current:
                out.append(current)
                current = ""
            continue
        if current and (_HEADING.match(text) or "\t" in text or "\t" in current):
            out.append(current)   # a heading or a table row starts a line of its own
            current = ""
        if current and current[-1].isascii() and current[-1].isalnum() and text[0].isascii() and text[0].isalpha():
            current += " " + text
        else:
            current += text
        short = len(text) < full * 0.8
        heading = _HEADING.match(text) is not None and current == text
        if (heading and short) or (text.endswith(_SENTENCE_END) and (short or heading)):
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return "\n".join(out)


def _page_lines(layout) -> list[str]:
    """The characters of one page as lines of text, in reading order.

    pdfminer's own text boxes split a line wherever the font changes (full-width quotes
    and digits often come from a fallback font with other metrics), which scrambles the
    order; so characters are grouped into lines here by their vertical position, then
    read left to right.  A wide gap becomes a tab (table cells), a gap between two Latin
    letters or digits a space; Chinese text gets no spaces."""
    from pdfminer.layout import LTChar

    chars = []

    def walk(obj):
        for child in obj:
            if isinstance(child, LTChar):
                text = child.get_text()
                if text.strip():
                    chars.append(((child.y0 + child.y1) / 2, child.x0, child.x1, max(child.height, 1.0), text))
            elif hasattr(child, "__iter__"):
                walk(child)

    walk(layout)
    if not chars:
        return []
    heights = sorted(c[3] for c in chars)
    tolerance = heights[len(heights) // 2] * 0.45
    chars.sort(key=lambda c: -c[0])
    lines: list[list] = []
    for c in chars:
        if lines and abs(lines[-1][0] - c[0]) <= tolerance:
            lines[-1][1].append(c)
        else:
            lines.append([c[0], [c]])
    out = []
    for _, items in lines:
        items.sort(key=lambda c: c[1])
        text = items[0][4]
        for prev, cur in zip(items, items[1:]):
            gap = cur[1] - prev[2]
            size = min(prev[3], cur[3])
            if gap > size * 2:
                text += "\t"
            elif gap > size * 0.25 and prev[4][-1].isascii() and prev[4][-1].isalnum() and cur[4][0].isascii() \
                    and cur[4][0].isalnum():
                text += " "
            text += cur[4]
        out.append(text)
    return out


def pdf_text(path: Path) -> str:
    """The PDF's text layer, wrapped lines joined; a scan without text is refused."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFPasswordIncorrect
    except ImportError:  # pragma: no cover - install_requires has it
        raise PerfxlError("读取 PDF 报告需要 pdfminer.six，请运行 pip install pdfminer.six 后再试。") from None
    pages: list[str] = []
    try:
        for layout in extract_pages(str(path), maxpages=PDF_MAX_PAGES, laparams=LAParams()):
            pages.append("\n".join(_page_lines(layout)))
    except PDFPasswordIncorrect:
        raise PerfxlError(f"PDF 报告“{path.name}”设置了密码，请取消密码或提供 Word 版本后再试。") from None
    except Exception:
        raise PerfxlError(f"无法读取 PDF 报告“{path.name}”，文件可能已损坏，请提供 Word 版本（.docx）后再试。") from None
    text = unwrap_lines("\n\x0c".join(pages))
    if not re.search(r"[\u4e00-\u9fff\d]", text):
        raise PerfxlError(f"PDF 报告“{path.name}”没有文字层（可能是扫描件），无法读取其中的数字，"
                          "请提供 Word 版本（.docx）或可以复制文字的 PDF。")
    return text


# ---------------------------------------------------------------- .doc / .wps

def soffice() -> str | None:
    import shutil

    return shutil.which("soffice") or shutil.which("libreoffice")


def converted_docx_text(path: Path) -> str:
    """An old .doc/.wps (OLE) report, converted to .docx by LibreOffice in a private folder;
    the input is copied there first and never touched."""
    import shutil
    import subprocess
    import tempfile

    exe = soffice()
    if exe is None:
        raise PerfxlError(f"“{path.name}”是旧版 Word/WPS 格式，请“另存为” .docx 后再试"
                          "（安装 LibreOffice 后 perfxl 也可以直接读取）。")
    with tempfile.TemporaryDirectory(prefix="perfxl-doc-") as tmp:
        work = Path(tmp)
        src = work / ("report" + (path.suffix.lower() if path.suffix.lower() in (".doc", ".wps") else ".doc"))
        shutil.copyfile(path, src)
        profile = work / "profile"
        cmd = [exe, "--headless", "--norestore", "--nolockcheck", f"-env:UserInstallation=file://{profile}",
               "--convert-to", "docx", "--outdir", str(work / "out"), str(src)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=CONVERT_TIMEOUT, check=False,
                           env={**os.environ, "HOME": str(work)})
        except (OSError, subprocess.TimeoutExpired):
            pass
        out = work / "out" / (src.stem + ".docx")
        if not out.exists() or out.stat().st_size == 0:
            raise PerfxlError(f"“{path.name}”是旧版 Word/WPS 格式或已加密，无法自动转换，"
                              "请取消密码并“另存为” .docx 后再试。")
        return docx_text(out)


# ---------------------------------------------------------------- plain text

# Frequent characters of finance reports, in simplified and traditional forms: the
# decoding that turns more of the text into these is the right one.
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把"
    "性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气"
    "第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题程展五果料象员革位入常文总次品式活设及管"
    "特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处"
    "府研预算支收万元亿费项目单门财执绩效评价计划完成增减率占比上年度其中合计基本人员公用经务购置运维护接待"
    "們這來個為國時會說對發經動過實學當產種現與關進數還財務預算項萬億總計單門費額執績評價資劃完增減佔維護購"
    "車輛辦設備專業務規劃標準區縣鎮鄉村")


def _score(text: str) -> float:
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.0
    return sum(c in _COMMON for c in han) / len(han)


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode a plain-text report: UTF-8 (with or without BOM), UTF-16 with BOM, GBK/GB18030
    or Big5, chosen by which decoding yields ordinary Chinese; otherwise refuse."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PerfxlError(f"“{name}”不是文本文件，请把报告另存为 .docx 或 .txt 后再试。")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_score(text), encoding, text))
    if not candidates:
        raise PerfxlError(f"无法识别“{name}”的文字编码，请在记事本中“另存为”UTF-8 编码后再试。")
    candidates.sort(key=lambda c: (-c[0], c[1] != "gb18030"))
    best_score, encoding, text = candidates[0]
    han = sum("\u4e00" <= c <= "\u9fff" for c in text)
    if han >= 20 and best_score < 0.2:
        raise PerfxlError(f"无法可靠识别“{name}”的文字编码，请在记事本中“另存为”UTF-8 编码后再试。")
    return text, encoding
