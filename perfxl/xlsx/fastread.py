"""Read an .xlsx package in one pass: values, formulas, number formats, merges and names.

openpyxl gives either formulas or cached results per load; a checker needs both, and the
sheet XML holds both side by side (<c><f>…</f><v>…</v></c>).  This reader parses the
package directly with a C parser under defusedxml's guarantees (``xmlsafe``: no DTD, no
entity expansion, no network), enforces size limits against zip
bombs, and produces the plain grids the locator and checks work on.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..errors import PerfxlError
from ..reading.grid import Grid, GridCell, col_letter, col_number
from . import xmlsafe

MAX_UNCOMPRESSED = 200 * 1024 * 1024    # a real self-evaluation is well under 5 MB unpacked
MAX_RATIO = 200                          # unpacked / packed, per member: beyond this it is a bomb
MAX_CELLS = 2_000_000
MAX_ROWS = 100_000                       # a form has a few hundred rows; more is a pasted dump
# A sheet none of whose first HEAD_ROWS rows holds any of these words is not a form (nor a
# report): its remaining rows are not read (``read_package(skip_fillers=True)``).  The words
# are deliberately broad (every form anchor in reading/locate.py holds one of them), so a
# form is never cut; a long pasted data sheet is.
HEAD_ROWS = 2_000
FORM_WORDS = re.compile("绩效|自评|预算|支出|指标|经费|报告|评价|得分|分值")
MAX_COL = 16_384                         # column XFD, Excel's last
MAX_AREA = 5_000_000                     # rows × columns of a sheet's used range (cost of a pass)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # .xls/.et, and password-protected .xlsx

# Built-in number formats that matter for reading figures (ECMA-376 18.8.30).
BUILTIN_FORMATS = {0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%",
                   11: "0.00E+00", 49: "@"}
_REF = re.compile(r"([A-Z]+)(\d+)")
_CELL_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d{1,7})")   # a cell reference Excel could hold


_LOCAL: dict[str, str] = {}


def _local(tag: str) -> str:
    name = _LOCAL.get(tag)
    if name is None:
        name = tag.rsplit("}", 1)[-1]
        if len(_LOCAL) < 4096:      # a package has a few dozen distinct tags
            _LOCAL[tag] = name
    return name


_COLS: dict[str, int] = {}
_SHEET_TAGS = ("{*}c", "{*}row", "{*}mergeCell")
_NESTING = frozenset({"c", "row", "mergeCell"})


class _Nested(Exception):
    """A cell holds a cell, row or merge: the part is read again by the stream."""

# A part up to this size is parsed whole (its tree costs several times its bytes); a form's
# sheet is tens of KB, a long data sheet is streamed (a filler only as far as its head).
TREE_MAX_BYTES = 1024 * 1024


def _col_of(letters: str) -> int:
    """The column number of a reference's letters (any case), remembered."""
    col = col_number(letters.upper())
    if len(_COLS) < 65536:          # at most 3 letters, either case: bounded anyway
        _COLS[letters] = col
    return col


def _free(row) -> None:
    """Drop a finished row and the rows before it (lxml keeps the tree otherwise)."""
    row.clear()
    if hasattr(row, "getprevious"):
        parent = row.getparent()
        while row.getprevious() is not None:
            del parent[0]


@dataclass
class Package:
    grids: list[Grid]
    defined_names: dict[str, str] = field(default_factory=dict)   # workbook-scoped only


def check_sizes(zf: zipfile.ZipFile, name: str, what: str = "自评表") -> None:
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 10 * 1024 * 1024:
            raise PerfxlError(f"“{name}”解压后异常膨胀（疑似“压缩炸弹”），为安全起见不予读取。")
    if total > MAX_UNCOMPRESSED:
        raise PerfxlError(f"“{name}”解压后超过 {MAX_UNCOMPRESSED // 1024 // 1024}MB，不像是{what}，为安全起见不予读取。")


def _parse(stream: IO[bytes]):
    return xmlsafe.iterparse(stream, events=("start", "end"))


def _shared_strings(zf: zipfile.ZipFile, path: str | None) -> list[str]:
    if not path or path not in zf.namelist():
        return []
    out: list[str] = []
    with zf.open(path) as fh:
        data = fh.read()
    root = xmlsafe.tree(data) if len(data) <= TREE_MAX_BYTES else None
    if root is not None:
        # parsed whole: each <si> a child of the root (anything else is read by the stream,
        # which takes an <si> inside an <si> on its own first)
        items = list(root.iter("{*}si"))
        if all(si.getparent() is root for si in items):
            for si in items:
                if len(si) == 1 and _local(si[0].tag) == "t":
                    out.append(si[0].text or "")      # the usual plain string
                else:
                    out.append("".join(_tree_runs(si)))
            return out
    for _, si in xmlsafe.iterparse(io.BytesIO(data), ("end",), ("si",)):
        parts = []
        _text_runs(si, parts)
        out.append("".join(parts))
        si.clear()
    return out


def _tree_runs(si) -> list[str]:
    """``_text_runs`` of a string item parsed whole: its <t> found in C, each kept unless
    it lies inside a phonetic run or another <t> (which the recursion never enters)."""
    parts = []
    for t in si.iter("{*}t"):
        up = t.getparent()
        while up is not si:
            if _local(up.tag) in ("t", "rPh"):
                break
            up = up.getparent()
        else:
            parts.append(t.text or "")
    return parts


def _text_runs(el, parts: list[str]) -> None:
    """The text of every <t> under ``el`` in document order, phonetic runs (<rPh>) left out."""
    for child in el:
        tag = _local(child.tag)
        if tag == "t":
            parts.append(child.text or "")
        elif tag != "rPh":
            _text_runs(child, parts)


def _styles(zf: zipfile.ZipFile, path: str | None) -> list[str]:
    """Number format of each cell style index."""
    if not path or path not in zf.namelist():
        return []
    custom: dict[int, str] = {}
    xfs: list[str] = []
    in_cell_xfs = False
    with zf.open(path) as fh:
        for event, el in _parse(fh):
            tag = _local(el.tag)
            if event == "start" and tag == "cellXfs":
                in_cell_xfs = True
            elif event == "end" and tag == "cellXfs":
                in_cell_xfs = False
            elif event == "start" and tag == "numFmt":
                custom[int(el.get("numFmtId", "0"))] = el.get("formatCode", "General")
            elif event == "start" and tag == "xf" and in_cell_xfs:
                fid = int(el.get("numFmtId", "0"))
                xfs.append(custom.get(fid) or BUILTIN_FORMATS.get(fid, "General"))
    return xfs


def _rels(zf: zipfile.ZipFile, path: str) -> dict[str, str]:
    if path not in zf.namelist():
        return {}
    base = posixpath.dirname(posixpath.dirname(path))
    out = {}
    with zf.open(path) as fh:
        for event, el in _parse(fh):
            if event == "start" and _local(el.tag) == "Relationship":
                target = el.get("Target", "")
                if target.startswith("/"):
                    resolved = target.lstrip("/")
                else:
                    resolved = posixpath.normpath(posixpath.join(base, target))
                out[el.get("Id", "")] = resolved
    return out


def _number(text: str) -> int | float:
    """A number cell's value; NaN and infinities (no spreadsheet holds them) are refused,
    so the cell is kept as text and reported as not a number, never silently skipped."""
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    if value.is_integer() and "." not in text and "E" not in text.upper() and abs(value) < 1e15:
        return int(value)
    return value


_DEEP_REF = re.compile(rb'\br="[A-Z]{1,3}(\d{6,})"')       # a cell reference past row 99999
_CELL_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")


def _check_skipped(data: bytes, title: str, cell_budget: list[int], counted: int) -> None:
    """The limits a whole read enforces, for a sheet whose rows past HEAD_ROWS are not read:
    the same refusals, from a scan of the bytes (C speed) instead of a parse."""
    for m in _DEEP_REF.finditer(data):
        row = int(m.group(1))
        opening = data[data.rfind(b"<", 0, m.start()) + 1: m.start()]
        name = opening.split()[:1]
        is_cell = bool(name) and name[0].split(b":")[-1] == b"c"    # <c r="…"> or <x:c r="…">
        if is_cell and row > MAX_ROWS:
            raise PerfxlError(f"工作表“{title}”用到了第 {row} 行，超过 {MAX_ROWS} 行，不像是自评表，"
                              "请删除多余的行（或把表格复制到新工作簿）后再试。")
    # the cells charged while reading the head, then every other <c> of the sheet
    total = data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/")
    if total == 0:                    # a prefixed namespace (<x:c …>): the slower count
        total = sum(1 for _ in _CELL_TAG.finditer(data))
    if cell_budget[0] - (total - counted) < 0:
        raise PerfxlError(f"工作表“{title}”的单元格超过 {MAX_CELLS} 个，不像是自评表，请删除多余的行后再试。")


def _read_sheet(zf: zipfile.ZipFile, path: str, title: str, hidden: bool, strings: list[str],
                formats: list[str], cell_budget: list[int], skip_filler: bool = False) -> Grid:
    grid = Grid(title, hidden=hidden)
    merges: list[str] = []
    cells = grid.cells
    max_row = max_col = 0
    counted = 0          # cells of this sheet charged to the budget
    form_like = not skip_filler
    with zf.open(path) as fh:
        data = fh.read()
    cell_ref, local, local_get, cols_get = _CELL_REF.fullmatch, _local, _LOCAL.get, _COLS.get

    def position(ref, row_no, col_no, col):
        """A cell's reference, its match, its column, and the column count of its row; a cell
        without ``r`` follows the previous cell of its row (LibreOffice reads them so)."""
        if ref is None:
            col_no += 1
            ref = f"{col_letter(min(col_no, MAX_COL + 1))}{max(row_no, 1)}"
            m = cell_ref(ref)     # no match past row 9,999,999
            return ref, m, (cols_get(m.group(1)) or _col_of(m.group(1))) if m is not None else 0, col_no
        m = cell_ref(ref)
        if m is not None:
            col = col_no = cols_get(m.group(1)) or _col_of(m.group(1))
        return ref, m, col, col_no

    def next_row(r, row_no):
        return int(r) if r is not None and r.isdigit() and len(r) <= 7 else row_no + 1
    style_formats: dict[str | None, str] = {None: "General"}
    lxml_tree: bool | None = None

    def take(el, ref: str, m: "re.Match[str] | None", col: int, whole: bool) -> bool:
        """Charge and keep one complete cell; False when the rest of the sheet is not read.
        ``whole``: the part was parsed whole (raises ``_Nested`` for a cell holding a cell,
        row or merge, before anything of that cell is counted); ``col``: the column of ``m``."""
        nonlocal counted, form_like, max_row, max_col, lxml_tree
        kind = el.get("t")
        formula: str | None = None
        value: str | None = None
        inline: list[str] | None = None
        if len(el):
            if lxml_tree is None:
                lxml_tree = hasattr(el, "iterdescendants")    # one parser per part: lxml, or defusedxml's
            for child in el.iterdescendants() if lxml_tree else list(el.iter())[1:]:
                ctag = local_get(child.tag) or local(child.tag)
                if ctag == "f":
                    formula = "=" + (child.text or "") if child.text else "=（共享公式）"
                elif ctag == "v":
                    value = child.text
                elif ctag == "t" and kind == "inlineStr":
                    if inline is None:
                        inline = []
                    inline.append(child.text or "")
                elif whole and ctag in _NESTING:
                    raise _Nested
        if m is None:
            if re.fullmatch(r"\$?[A-Za-z]+\$?\d+", ref or ""):   # letters past XFD, digits past any sheet
                raise PerfxlError(f"工作表“{title}”中的单元格地址“{ref[:20]}”超出了 Excel 的范围"
                                  f"（最多 {MAX_ROWS} 行、列到 XFD），文件可能已损坏，请用 Excel/WPS 另存后再试。")
            return True
        cell_budget[0] -= 1
        counted += 1
        if cell_budget[0] < 0:
            raise PerfxlError(f"工作表“{title}”的单元格超过 {MAX_CELLS} 个，不像是自评表，请删除多余的行后再试。")
        row = int(m.group(2))
        if row > HEAD_ROWS and not form_like:
            grid.skipped_from = row
            _check_skipped(data, title, cell_budget, counted)
            return False
        if row > MAX_ROWS:
            raise PerfxlError(f"工作表“{title}”用到了第 {row} 行，超过 {MAX_ROWS} 行，不像是自评表，"
                              "请删除多余的行（或把表格复制到新工作簿）后再试。")
        if col > MAX_COL or row < 1:
            raise PerfxlError(f"工作表“{title}”中的单元格地址“{ref}”超出了 Excel 的范围"
                              f"（最多 {MAX_ROWS} 行、列到 XFD），文件可能已损坏，请用 Excel/WPS 另存后再试。")
        parsed: object = None
        if kind == "s" and value is not None:
            idx = int(value)
            parsed = strings[idx] if 0 <= idx < len(strings) else None
        elif kind == "inlineStr":
            parsed = "".join(inline) if inline else ""
        elif kind in ("str", "e"):
            parsed = value
        elif kind == "b":
            parsed = value == "1"
        elif value is not None:
            try:
                parsed = _number(value)
            except ValueError:
                parsed = value
        if parsed is not None or formula is not None:
            style = el.get("s")
            fmt = style_formats.get(style)
            if fmt is None:
                fmt = style_formats[style] = (formats[int(style)] if style.isdigit() and int(style) < len(formats)
                                              else "General")
            cells[(row, col)] = GridCell(row, col, parsed, formula, fmt)
            if not form_like and isinstance(parsed, str) and FORM_WORDS.search(parsed):
                form_like = True
            if row > max_row:                  # the used range: cells with content
                max_row = row
            if col > max_col:
                max_col = col
        return True

    # ``r`` is optional in OOXML: a row without it follows the previous row, a cell
    # without it follows the previous cell of its row (LibreOffice reads them so).
    row_no, col_no, col = 0, 0, 0
    # A part of ordinary size is parsed whole (C) and walked once; the elements come in
    # document order, as the stream's start events do.  A cell holding a cell, row or
    # merge (no spreadsheet writes that) is read by the stream, whose end events order it.
    root = xmlsafe.tree(data) if len(data) <= TREE_MAX_BYTES else None
    nested = False
    if root is not None:
        try:
            for el in root.iter(*_SHEET_TAGS):
                tag = local_get(el.tag) or local(el.tag)
                if tag == "c":
                    ref, m, col, col_no = position(el.get("r"), row_no, col_no, col)
                    if not take(el, ref, m, col, True):
                        break
                elif tag == "row":
                    row_no, col_no = next_row(el.get("r"), row_no), 0
                elif tag == "mergeCell":
                    merges.append(el.get("ref", ""))
        except _Nested:   # start again from nothing, by the stream
            nested = True
            cells.clear()
            merges.clear()
            cell_budget[0] += counted
            counted, max_row, max_col, form_like = 0, 0, 0, not skip_filler
            row_no, col_no = 0, 0
        streamed = nested
    else:
        streamed = True
    del root
    if streamed:
        # A cell's reference is read on its start (a later cell without ``r`` follows it)
        # and used on its end (a cell nested in a cell: the last one started, as always).
        ref, m, col = "", None, 0
        # Only the elements that matter reach Python: a cell (its <f>, <v> and inline text
        # read from it once complete), a row, a merge; finished rows are freed.
        for event, el in xmlsafe.iterparse(io.BytesIO(data), ("start", "end"), ("c", "row", "mergeCell")):
            tag = local_get(el.tag) or local(el.tag)
            if event == "start":
                if tag == "c":
                    ref, m, col, col_no = position(el.get("r"), row_no, col_no, col)
                elif tag == "row":
                    row_no, col_no = next_row(el.get("r"), row_no), 0
                elif tag == "mergeCell":
                    merges.append(el.get("ref", ""))
                continue
            if tag == "row":
                _free(el)
                continue
            if tag != "c":
                continue
            if not take(el, ref, m, col, False):
                break
    grid.max_row, grid.max_col = max_row, max_col
    if grid.max_row * grid.max_col > MAX_AREA:
        raise PerfxlError(f"工作表“{title}”的内容分布在 {grid.max_row} 行 × {grid.max_col} 列的范围内，"
                          "不像是自评表，请删除远处多余的内容（或把表格复制到新工作簿）后再试。")
    # A merge costs its area: clip each to the used range (content beyond it is none).
    used_row, used_col = grid.max_row, grid.max_col
    origins: dict[tuple[int, int], str] = {}
    for rng in merges:
        parts = rng.split(":")
        if len(parts) != 2:
            continue
        a, b = _CELL_REF.fullmatch(parts[0]), _CELL_REF.fullmatch(parts[1])
        if not a or not b:
            continue
        r1, c1 = int(a.group(2)), col_number(a.group(1).upper())
        r2, c2 = int(b.group(2)), col_number(b.group(1).upper())
        r1, r2, c1, c2 = min(r1, r2), max(r1, r2), min(c1, c2), max(c1, c2)
        if r1 > used_row or c1 > used_col:
            continue
        r2, c2 = min(r2, used_row), min(c2, used_col)
        for r in range(r1, r2 + 1):      # overlapping merges: Excel calls the file damaged
            for c in range(c1, c2 + 1):
                cell = grid.cells.get((r, c))
                other = origins.get(cell.merged_from if cell is not None and cell.merged_from else (r, c))
                if other is not None and other != rng:
                    raise PerfxlError(f"工作表“{title}”中的合并单元格 {other} 与 {rng} 互相重叠（文件可能已损坏），"
                                      "请在 Excel/WPS 中取消这些合并单元格后另存，再试。")
        grid.merge(r1, c1, r2, c2)
        origins[(r1, c1)] = rng
    return grid


def read_package(path: "Path | IO[bytes]", name: str | None = None, *, skip_fillers: bool = False,
                 keep: tuple[str, ...] = ()) -> Package:
    """Grids of every worksheet and the workbook-scoped defined names of ``path``.

    With ``skip_fillers``, a sheet that no defined name points into, not named in ``keep``,
    and holding no form word (``FORM_WORDS``) in its first ``HEAD_ROWS`` rows is read only
    that far (``Grid.skipped_from`` says where it stopped); the size limits still hold."""
    name = name or Path(str(path)).name
    if isinstance(path, (str, Path)):
        from ..files import open_regular

        with open_regular(Path(path), "工作簿") as fh:   # never a FIFO or device
            return read_package(fh, name, skip_fillers=skip_fillers, keep=keep)
    head = path.read(8)
    path.seek(0)
    if head == OLE_MAGIC:
        raise PerfxlError(f"“{name}”是旧版 Excel/WPS 格式（.xls/.et），或设置了打开密码：请取消密码，"
                          "并在 Excel/WPS 中“另存为” .xlsx 后再试。")
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise PerfxlError(f"“{name}”不是有效的 .xlsx 文件（可能已损坏或是其他格式），请用 Excel/WPS 另存为 .xlsx 后再试。") from None
    with zf:
        check_sizes(zf, name)
        names = zf.namelist()
        if "xl/workbook.xml" not in names:
            if "EncryptedPackage" in names or any(n.endswith(".wps") for n in names):
                raise PerfxlError(f"“{name}”已加密，请在 Excel/WPS 中取消密码后另存为 .xlsx 再试。")
            raise PerfxlError(f"“{name}”不是 Excel 工作簿（缺少工作簿内容），请用 Excel/WPS 另存为 .xlsx 后再试。")
        rels = _rels(zf, "xl/_rels/workbook.xml.rels")
        sheets: list[tuple[str, str, bool]] = []
        defined: dict[str, str] = {}
        with zf.open("xl/workbook.xml") as fh:
            pending: dict[str, str] | None = None
            for event, el in _parse(fh):
                tag = _local(el.tag)
                if event == "start" and tag == "sheet":
                    rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), "")
                    sheets.append((el.get("name", ""), rels.get(rid, ""), el.get("state", "visible") != "visible"))
                elif event == "start" and tag == "definedName":
                    pending = dict(el.attrib)
                elif event == "end" and tag == "definedName" and pending is not None:
                    if "localSheetId" not in pending:
                        defined[pending.get("name", "")] = el.text or ""
                    pending = None
        ss_path = next((p for p in rels.values() if p.endswith("sharedStrings.xml")), "xl/sharedStrings.xml")
        st_path = next((p for p in rels.values() if p.endswith("styles.xml")), "xl/styles.xml")
        strings = _shared_strings(zf, ss_path)
        formats = _styles(zf, st_path)
        budget = [MAX_CELLS]
        named = "\n".join(defined.values())

        def filler_candidate(title: str) -> bool:
            quoted = "'" + title.replace("'", "''") + "'!"
            return skip_fillers and title not in keep and quoted not in named and f"{title}!" not in named

        grids = [_read_sheet(zf, p, title, hidden, strings, formats, budget, filler_candidate(title))
                 for title, p, hidden in sheets if p in names and p.endswith(".xml")]
    return Package(grids, defined)
