"""Read a narrative report as one text: .docx, .pdf, old .doc/.wps (through LibreOffice),
.txt (UTF-8, BOM, UTF-16, GBK/GB18030, Big5) or a sheet.

Offsets of figures refer to this text: for .docx, paragraph texts joined with "\\n",
then the tables (cells joined with "\\t", rows with "\\n"); for a .pdf, its text layer
with wrapped lines joined; for a sheet, one line per row.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import PerfxlError
from . import REPORT_SHEET

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # old .doc/.wps, and encrypted OOXML
MAX_TEXT_BYTES = 20 * 1024 * 1024


@dataclass
class Narrative:
    text: str
    source: str
    kind: str          # "docx", "doc", "pdf", "txt" or "sheet"
    encoding: str | None = None


def _check_docx_package(path: Path, data: bytes) -> None:
    """A .docx is a zip: the unpacked-size limit of workbooks applies to reports too."""
    import io

    from ..xlsx.fastread import check_sizes

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            check_sizes(zf, path.name, "自评报告")
    except zipfile.BadZipFile:
        raise PerfxlError(f"“{path.name}”不是有效的 .docx 文件，请用 Word/WPS 打开后另存为 .docx 再试。") from None


def text_from_grid(grid) -> str:
    """A sheet's text: one line per row, the filled cells of a row joined with tabs."""
    lines = []
    for r in range(1, grid.max_row + 1):
        texts = [str(c.value) for c in grid.row_cells(r) if c.merged_from is None and not c.is_blank]
        lines.append("\t".join(texts))
    return "\n".join(lines).strip("\n")


def narrative_in_grids(grids, sheet: str | None = None, source: str = "") -> Narrative | None:
    """The report pasted into a workbook's 报告正文 sheet (or ``sheet``), if there is one."""
    name = sheet or REPORT_SHEET
    for grid in grids:
        if grid.title == name:
            text = text_from_grid(grid)
            return Narrative(text, f"{source}#{name}" if source else name, "sheet") if text.strip() else None
    return None


def missing_sheet_message(book: str, name: str, titles: list[str]) -> str:
    """The one refusal for a report sheet that is not there, naming the sheets there are."""
    there = "、".join(f"“{t}”" for t in titles) or "（无）"
    return (f"工作簿“{book}”中没有名为“{name}”的工作表（现有工作表：{there}），"
            f"请用 --sheet 指定报告正文所在的工作表。")


def _sheet_text(path: Path, sheet: str | None) -> str:
    from ..xlsx.reader import read_grids

    name = sheet or REPORT_SHEET
    grids = read_grids(path)
    for grid in grids:
        if grid.title == name:
            return text_from_grid(grid)
    raise PerfxlError(missing_sheet_message(path.name, name, [g.title for g in grids]))


def _ole_streams(data: bytes) -> set[str] | None:
    """The stream names of an OLE file, or None when it cannot be read as one."""
    import io

    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return {"/".join(e) for e in ole.listdir(streams=True, storages=False)}
    except Exception:   # olefile raises many kinds on a damaged box
        return None


def _unreadable_ole(data: bytes, suffix: str) -> bool:
    """An OLE file no converter opens: one holding an encrypted package (a .docx saved with a password), or one
    named .docx that is no Word document (an old .doc saved under a .docx name is still one)."""
    names = _ole_streams(data)
    if names is not None and {"EncryptionInfo", "EncryptedPackage"} & names:
        return True
    return suffix in (".docx", ".docm") and (names is None or "WordDocument" not in names)


def read_narrative(path: Path, sheet: str | None = None) -> Narrative:
    """Read the report at ``path``; every failure is one Chinese sentence saying what to do."""
    from ..files import read_limited
    from .formats import converted_docx_text, decode_text, docx_text, pdf_text  # only when a report is read

    p = Path(path)
    # one bounded read of a regular file: never a FIFO, never /dev/zero (or a link to it)
    data = read_limited(p, MAX_TEXT_BYTES, f"报告“{p.name}”超过 20MB，不像是自评报告，请检查文件。", "报告文件")
    suffix = p.suffix.lower()
    head = data[:8]
    if suffix in (".xlsx", ".xlsm", ".xls", ".et", ".ett", ".xlsb", ".ods"):
        return Narrative(_sheet_text(p, sheet), str(p), "sheet")
    if head == OLE_MAGIC:
        if _unreadable_ole(data, suffix):
            # a password-protected .docx is an OLE box holding the encrypted package; no converter opens it
            raise PerfxlError(f"“{p.name}”设置了打开密码（已加密）或已损坏，perfxl 无法读取："
                              "请在 Word/WPS 中取消密码后“另存为” .docx 再试。")
        return Narrative(converted_docx_text(p), str(p), "doc")
    if suffix in (".doc", ".wps"):
        raise PerfxlError(f"“{p.name}”是旧版 Word/WPS 格式，请“另存为” .docx 后再试。")
    if head.startswith(b"%PDF") or suffix == ".pdf":
        if not head.startswith(b"%PDF"):
            raise PerfxlError(f"“{p.name}”不是有效的 PDF 文件，请提供 Word 版本（.docx）后再试。")
        return Narrative(pdf_text(p), str(p), "pdf")
    if suffix == ".docx" or data[:4] == b"PK\x03\x04":
        _check_docx_package(p, data)
        return Narrative(docx_text(p), str(p), "docx")
    text, encoding = decode_text(data, p.name)
    return Narrative(text, str(p), "txt", encoding)
