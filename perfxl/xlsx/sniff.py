"""What a file really is, from its bytes (never from its name alone), and the one Chinese
sentence for each kind perfxl cannot read as a workbook.

A clerk's folder holds .xlsx, .xls and WPS .et files, .ods from LibreOffice, .xlsb, CSV
exports, password-protected copies, and files renamed by hand.  Each gets read (the
spreadsheet formats) or refused with a sentence that names what the file is.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Kinds perfxl reads: "xlsx" by its own reader, the others through python-calamine (values only).
READABLE = ("xlsx", "xls", "xlsb", "ods")
# The format as users know it, for messages.
FORMAT_NAMES = {"xls": ".xls（旧版 Excel）", "et": ".et（WPS 表格）", "ett": ".ett（WPS 表格模板）",
                "xlsb": ".xlsb（Excel 二进制工作簿）", "ods": ".ods（LibreOffice/WPS 的开放文档表格）"}


@dataclass(frozen=True)
class Sniffed:
    kind: str                 # xlsx | xls | xlsb | ods | a refusal kind (see ``refusal``)
    detail: str = ""          # e.g. the OLE stream or zip member that decided it

    @property
    def readable(self) -> bool:
        return self.kind in READABLE


def _ole_streams(data: bytes) -> set[str] | None:
    """Names in a compound file's directory (None when the directory cannot be followed).
    Enough of the CFB format to list names: header, FAT (first 109 DIFAT entries), directory chain."""
    try:
        shift = struct.unpack_from("<H", data, 0x1E)[0]
        if shift not in (9, 12):
            return None
        size = 1 << shift
        n_fat = struct.unpack_from("<I", data, 0x2C)[0]
        first_dir = struct.unpack_from("<I", data, 0x30)[0]
        difat = struct.unpack_from("<109I", data, 0x4C)[:min(n_fat, 109)]

        def sector(n: int) -> bytes:
            start = (n + 1) * size
            if start + size > len(data):
                raise ValueError("sector out of file")
            return data[start:start + size]

        fat: list[int] = []
        for s in difat:
            fat.extend(struct.unpack(f"<{size // 4}I", sector(s)))
        names: set[str] = set()
        s, seen = first_dir, 0
        while s < 0xFFFFFFFA and seen < 4096:
            block = sector(s)
            for off in range(0, size, 128):
                length = struct.unpack_from("<H", block, off + 64)[0]
                if 2 <= length <= 64 and block[off + 66] in (1, 2, 5):
                    names.add(block[off:off + length - 2].decode("utf-16-le", "replace"))
            s = fat[s] if s < len(fat) else 0xFFFFFFFE
            seen += 1
        return names
    except (struct.error, ValueError, IndexError, OSError):
        return None


def _sniff_ole(data: bytes) -> Sniffed:
    names = _ole_streams(data)
    if names is None:
        return Sniffed("ole_unknown")
    if "EncryptionInfo" in names or "EncryptedPackage" in names:
        return Sniffed("encrypted")
    if "Workbook" in names or "Book" in names:
        return Sniffed("xls")
    if "WordDocument" in names:
        return Sniffed("doc")
    if "PowerPoint Document" in names:
        return Sniffed("ppt")
    return Sniffed("ole_other")


def _sniff_zip(path: "Path | io.BytesIO") -> Sniffed:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100]
                if b"opendocument.spreadsheet" in mime:
                    return Sniffed("ods")
                if b"opendocument.text" in mime:
                    return Sniffed("odt")
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, KeyError):
        return Sniffed("truncated")
    low = [n.lower() for n in names]
    if "xl/workbook.xml" in names:
        return Sniffed("xlsx")
    if "xl/workbook.bin" in names:
        return Sniffed("xlsb")
    if any(n.startswith("xl/") for n in names) or "[Content_Types].xml" in names and any(
            n.endswith("workbook.xml") for n in names):
        return Sniffed("xlsx")  # a package whose parts sit elsewhere; the reader says what is missing
    if "EncryptedPackage" in names:
        return Sniffed("encrypted")
    if any(n.startswith("word/") for n in names):
        return Sniffed("docx")
    if any(n.startswith("ppt/") for n in names):
        return Sniffed("pptx")
    if "content.xml" in names:
        return Sniffed("ods")
    inner = [n for n in low if n.endswith((".xlsx", ".xls", ".et", ".xlsm", ".ods", ".csv"))]
    return Sniffed("zip", "、".join(n.rsplit("/", 1)[-1] for n in inner[:3]))


def _decode(data: bytes) -> str | None:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return None


def _sniff_text(data: bytes, suffix: str) -> Sniffed:
    """A file that is neither zip nor OLE: a picture, a PDF, a web page, XML or plain text."""
    if data.startswith(b"%PDF"):
        return Sniffed("pdf")
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM")):
        return Sniffed("image")
    # A download cut short still starts like a zip.
    if data.startswith(b"PK"):
        return Sniffed("truncated")
    text = _decode(data[:65536])
    if text is None:
        # a single-byte Windows code page (a CSV saved in Windows-1252): text without control bytes
        head = data[:65536].decode("cp1252", "replace")
        if not any(ch < " " and ch not in "\r\n\t" for ch in head) and head.count("\ufffd") <= len(head) // 100:
            text = head
    if text is None or "\x00" in text[:4096]:
        return Sniffed("binary")
    probe = text[:4096].lstrip("\ufeff \r\n\t").lower()
    if probe.startswith("<?xml") or probe.startswith("<"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in text[:8192]:
            return Sniffed("xml2003")
        if "opendocument.spreadsheet" in text[:8192] or "office:document" in text[:8192]:
            return Sniffed("fods")
        if "<html" in probe or "<table" in probe or "<!doctype html" in probe:
            return Sniffed("html")
        return Sniffed("xml")
    if "<table" in probe or "<html" in probe:
        return Sniffed("html")
    if suffix == ".tsv":
        return Sniffed("tsv")
    lines = [ln for ln in text[:8192].splitlines() if ln.strip()][:20]
    if suffix == ".csv" or (len(lines) >= 2 and all("," in ln or "\t" in ln for ln in lines[:5])):
        return Sniffed("tsv" if lines and all("\t" in ln for ln in lines[:5]) and suffix != ".csv" else "csv")
    return Sniffed("text")


MAX_OLE_SCAN = 64 * 1024 * 1024


def sniff(path: Path) -> Sniffed:
    """The kind of file at ``path`` from its first bytes (and, for zip and OLE, its members)."""
    with open(path, "rb") as fh:
        head = fh.read(65536)
        if head[:8] == OLE_MAGIC:
            return _sniff_ole(head + fh.read(MAX_OLE_SCAN))
        if len(head) < 8 and head and OLE_MAGIC.startswith(head):
            return Sniffed("ole_unknown")   # cut short inside the compound-file header
    if not head:
        return Sniffed("empty")
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return _sniff_zip(path)
    return _sniff_text(head, path.suffix.lower())


def sniff_bytes(data: bytes, name: str) -> Sniffed:
    """Like ``sniff`` for a file held in memory (an upload)."""
    if not data:
        return Sniffed("empty")
    if data[:8] == OLE_MAGIC:
        return _sniff_ole(data[:MAX_OLE_SCAN])
    if len(data) < 8 and OLE_MAGIC.startswith(data):
        return Sniffed("ole_unknown")
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return _sniff_zip(io.BytesIO(data))
    return _sniff_text(data[:65536], Path(name).suffix.lower())


def format_name(path: Path, kind: str) -> str:
    """".xls（旧版 Excel）", or WPS's own name when the file is called .et/.ett."""
    suffix = path.suffix.lower().lstrip(".")
    if kind == "xls" and suffix in ("et", "ett"):
        return FORMAT_NAMES[suffix]
    return FORMAT_NAMES.get(kind, f".{kind}")


_SAVE_AS = "请用 Excel/WPS 打开后“另存为” .xlsx 再试。"


def refusal(path: Path, found: Sniffed) -> str:
    """The sentence for a file perfxl does not read as a workbook."""
    name = path.name
    suffix = path.suffix.lower()
    not_xlsx = f"“{name}”不是有效的 .xlsx 文件" if suffix in (".xlsx", ".xlsm", ".xltx", ".xltm") else f"“{name}”"
    kind = found.kind
    if kind == "empty":
        return f"“{name}”是空文件（0 字节），没有任何内容：文件可能没有保存完或复制失败，请找到原文件重新复制。"
    if kind == "encrypted":
        return f"“{name}”设置了打开密码（已加密），perfxl 无法读取：请在 Excel/WPS 中取消密码后另存为 .xlsx 再试。"
    if kind in ("csv", "tsv"):
        what = "制表符分隔的文本表格（.tsv）" if kind == "tsv" else "文本表格（CSV，逗号分隔）"
        lead = f"{not_xlsx}，而是{what}" if not_xlsx != f"“{name}”" else f"“{name}”是{what}"
        return f"{lead}，没有表格格式和合并单元格，无法按绩效表读取：{_SAVE_AS}"
    if kind == "text":
        lead = f"{not_xlsx}，而是纯文本文件" if not_xlsx != f"“{name}”" else f"“{name}”是纯文本文件，不是 Excel 工作簿"
        return f"{lead}：请确认选对了文件；如是从别处导出的表格，{_SAVE_AS}"
    if kind == "html":
        return f"“{name}”其实是网页（HTML）格式的表格（业务系统“导出 Excel”常见），不是真正的 Excel 文件：{_SAVE_AS}"
    if kind == "xml2003":
        return f"“{name}”是 Excel 2003 XML 电子表格，不是 .xlsx 或 .xls：{_SAVE_AS}"
    if kind == "fods":
        return f"“{name}”是扁平 ODF 电子表格（.fods，LibreOffice 的单文件 XML 格式）：请在 LibreOffice/WPS 中“另存为” .xlsx 再试。"
    if kind == "xml":
        return f"{not_xlsx}，而是一个 XML 文本文件，不是 Excel 工作簿：请确认选对了文件。"
    if kind == "truncated":
        return (f"{not_xlsx}：文件不完整或已损坏（可能下载或复制时中断），无法打开。"
                "请重新下载或复制原文件；如原文件能用 Excel/WPS 打开，请“另存为” .xlsx 再试。")
    if kind in ("docx", "doc", "odt"):
        fmt = {"docx": "Word 文档（.docx）", "doc": "旧版 Word 文档（.doc）", "odt": "文字处理文档（.odt）"}[kind]
        return f"“{name}”不是 Excel 工作簿，而是{fmt}：请选择填好的绩效自评表（.xlsx）；自评报告请用 --narrative 指定。"
    if kind in ("pptx", "ppt"):
        return f"“{name}”不是 Excel 工作簿，而是 PowerPoint 演示文稿（.pptx/.ppt）：请选择填好的绩效自评表（.xlsx）。"
    if kind == "pdf":
        return f"“{name}”不是 Excel 工作簿，而是 PDF 文件（可能是扫描件）：请找到表格的 Excel 原件（.xlsx）再试。"
    if kind == "image":
        return f"“{name}”不是 Excel 工作簿，而是图片文件：请找到表格的 Excel 原件（.xlsx）再试。"
    if kind == "zip":
        inside = f"（内有 {found.detail} 等）" if found.detail else ""
        return f"“{name}”不是 Excel 工作簿，而是普通的 zip 压缩包{inside}：请先解压，再检查其中的工作簿。"
    if kind == "ole_other":
        return f"“{name}”是 Office 复合文档，但不是 Excel 工作簿（里面没有工作表）：请确认选对了文件，或用 Excel/WPS 打开后另存为 .xlsx。"
    if kind == "ole_unknown":
        return f"“{name}”是旧版 Excel/WPS 格式（.xls/.et）但文件已损坏，或设置了打开密码：请取消密码，并在 Excel/WPS 中“另存为” .xlsx 后再试。"
    lead = f"{not_xlsx}，也不是其他表格格式" if not_xlsx != f"“{name}”" else f"“{name}”不是能识别的表格文件"
    return f"{lead}（可能已损坏）：请确认选对了文件，或用 Excel/WPS 打开后另存为 .xlsx 再试。"
