"""The cached results of formula cells in a BIFF8 (.xls / WPS .et) workbook, read from its
FORMULA and STRING records.

python-calamine returns a formula's *text* result as 0.0, which would make an empty-looking
grade cell read as “0”.  This scanner finds every formula cell and what Excel/WPS stored as its
result, so the calamine reader can put the real text in, or leave the cell unknown (None) when
the record cannot be read with certainty — never a made-up 0."""

from __future__ import annotations

import io
import struct
from pathlib import Path

BOF, EOF, BOUNDSHEET, FORMULA, STRING, CONTINUE = 0x0809, 0x000A, 0x0085, 0x0006, 0x0207, 0x003C
UNKNOWN = object()  # a formula whose result could not be read: the cell counts as not filled


def _records(data: bytes, start: int = 0):
    pos, n = start, len(data)
    while pos + 4 <= n:
        typ, size = struct.unpack_from("<HH", data, pos)
        yield pos, typ, data[pos + 4:pos + 4 + size]
        pos += 4 + size


def _short_string(body: bytes, at: int, cch: int) -> str:
    flags = body[at]
    raw = body[at + 1:]
    return raw[:cch * 2].decode("utf-16-le") if flags & 1 else raw[:cch].decode("latin-1")


def _string_record(body: bytes) -> "str | object":
    """The text of a STRING record, or UNKNOWN when it is not a plain (unsplit) string."""
    if len(body) < 3:
        return UNKNOWN
    cch, flags = struct.unpack_from("<HB", body, 0)
    if flags & 0x0C:  # rich text or phonetic runs: layout not needed, treat as unknown
        return UNKNOWN
    need = cch * (2 if flags & 1 else 1)
    if len(body) - 3 < need:  # continued in a CONTINUE record
        return UNKNOWN
    raw = body[3:3 + need]
    return raw.decode("utf-16-le") if flags & 1 else raw.decode("latin-1")


_SIZES = {0x01: 4, 0x02: 4, 0x1C: 1, 0x1D: 1, 0x1E: 2, 0x1F: 8,
          0x20: 7, 0x21: 2, 0x22: 3, 0x23: 4, 0x24: 4, 0x25: 8, 0x26: 6, 0x27: 6, 0x28: 6, 0x29: 2,
          0x2A: 4, 0x2B: 8, 0x2C: 4, 0x2D: 8, 0x39: 6, 0x3A: 6, 0x3B: 10, 0x3C: 6, 0x3D: 10}


def may_give_text(rpn: bytes) -> bool:
    """Whether a formula's parsed tokens hold a text literal (so a cached 0 may stand for
    text that the writing program did not store); True too when a token is not understood."""
    pos, n = 0, len(rpn)
    while pos < n:
        ptg = rpn[pos]
        pos += 1
        if 0x03 <= ptg <= 0x16:
            continue
        if ptg == 0x17:
            return True
        if ptg == 0x19:  # tAttr
            if pos + 3 > n:
                return True
            grbit, count = rpn[pos], struct.unpack_from("<H", rpn, pos + 1)[0]
            pos += 3 + (2 * (count + 1) if grbit & 0x04 else 0)
            continue
        base = ptg if ptg < 0x20 else (ptg & 0x1F) | 0x20
        size = _SIZES.get(base)
        if size is None:
            return True
        pos += size
    return False


def formula_results(source: "Path | bytes") -> dict[str, dict[tuple[int, int], object]] | None:
    """Per sheet name, ``{(row, col): result}`` (1-based) for every formula cell whose result is
    not a number — the text, a bool, None for an empty text, or UNKNOWN — and UNKNOWN for a
    cached 0 of a formula that holds a text literal.  None when the file is
    not a BIFF8 workbook that can be scanned (the caller then keeps calamine's values)."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(source) if isinstance(source, bytes) else str(source)) as ole:
            stream = next((s for s in ("Workbook", "Book") if ole.exists(s)), None)
            if stream is None:
                return None
            data = ole.openstream(stream).read()
        sheets: list[tuple[str, int]] = []
        for _, typ, body in _records(data):
            if typ == BOUNDSHEET and len(body) >= 8:
                offset, _state, kind, cch = struct.unpack_from("<IBBB", body, 0)
                if kind == 0:
                    sheets.append((_short_string(body, 7, cch), offset))
            elif typ == EOF:
                break
        out: dict[str, dict[tuple[int, int], object]] = {}
        for name, offset in sheets:
            cells: dict[tuple[int, int], object] = {}
            pending: tuple[int, int] | None = None
            for _, typ, body in _records(data, offset):
                if typ == EOF:
                    break
                if typ == FORMULA and len(body) >= 14:
                    row, col = struct.unpack_from("<HH", body, 0)
                    result = body[6:14]
                    pending = None
                    key = (row + 1, col + 1)
                    if result == bytes(8):  # a cached 0: LibreOffice writes this for text it did not recalculate
                        cce = struct.unpack_from("<H", body, 20)[0] if len(body) >= 22 else 0
                        if may_give_text(body[22:22 + cce]):
                            cells[key] = UNKNOWN
                    elif result[6:8] == b"\xff\xff":
                        kind = result[0]
                        if kind == 0:
                            cells[key], pending = UNKNOWN, key  # text follows in a STRING record
                        elif kind == 1:
                            cells[key] = bool(result[2])
                        elif kind == 3:
                            cells[key] = None
                        else:  # an error value: nothing reliable to show
                            cells[key] = UNKNOWN
                elif typ == STRING and pending is not None:
                    cells[pending] = _string_record(body)
                    pending = None
            out[name] = cells
        return out
    except Exception:  # not OLE2 / not BIFF8 / damaged: calamine's own reading stands
        return None


NAME, EXTERNSHEET, SUPBOOK = 0x0018, 0x0017, 0x01AE


def defined_names(source: "Path | bytes") -> dict[str, str]:
    """The workbook-level defined names that point at one cell or one range of this workbook,
    as ``{name: "'Sheet'!$A$1[:$B$2]"}`` (as the .xlsx reader gives them); {} when unreadable."""
    import olefile

    from ..reading.grid import col_letter

    try:
        with olefile.OleFileIO(io.BytesIO(source) if isinstance(source, bytes) else str(source)) as ole:
            stream = next((s for s in ("Workbook", "Book") if ole.exists(s)), None)
            if stream is None:
                return {}
            data = ole.openstream(stream).read()
        sheets: list[str] = []
        supbooks: list[bool] = []  # True for the workbook's own (internal) SUPBOOK
        xti: list[tuple[int, int, int]] = []
        raw_names: list[tuple[str, bytes]] = []
        for _, typ, body in _records(data):
            if typ == BOUNDSHEET and len(body) >= 8:
                sheets.append(_short_string(body, 7, body[6]))
            elif typ == SUPBOOK:
                supbooks.append(body[2:4] == b"\x01\x04")
            elif typ == EXTERNSHEET and len(body) >= 2:
                count = struct.unpack_from("<H", body, 0)[0]
                xti = [struct.unpack_from("<HHH", body, 2 + 6 * i) for i in range(count) if 8 + 6 * i <= len(body)]
            elif typ == NAME and len(body) >= 15:
                grbit, _key, cch, cce, _r, itab = struct.unpack_from("<HBBHHH", body, 0)
                if grbit & 0x0020 or itab:  # built-in or sheet-local name
                    continue
                wide = body[14] & 1
                end = 15 + cch * (2 if wide else 1)
                name = body[15:end].decode("utf-16-le" if wide else "latin-1")
                raw_names.append((name, body[end:end + cce]))
            elif typ == EOF:
                break
        out: dict[str, str] = {}
        for name, rgce in raw_names:
            if len(rgce) == 3 and rgce[0] == 0x1E:  # a whole-number constant (年度)
                out[name] = str(struct.unpack_from("<H", rgce, 1)[0])
                continue
            if len(rgce) == 7 and rgce[0] in (0x3A, 0x5A, 0x7A):
                ixti, r1, c1 = struct.unpack_from("<HHH", rgce, 1)
                r2, c2 = r1, c1
            elif len(rgce) == 11 and rgce[0] in (0x3B, 0x5B, 0x7B):
                ixti, r1, r2, c1, c2 = struct.unpack_from("<HHHHH", rgce, 1)
            else:
                continue
            if ixti >= len(xti):
                continue
            book, first, last = xti[ixti]
            if first != last or first >= len(sheets) or not (book < len(supbooks) and supbooks[book]):
                continue
            c1, c2 = (c1 & 0x3FFF) + 1, (c2 & 0x3FFF) + 1
            ref = f"${col_letter(c1)}${r1 + 1}"
            if (r1, c1) != (r2, c2):
                ref += f":${col_letter(c2)}${r2 + 1}"
            title = sheets[first].replace("'", "''")
            out[name] = f"'{title}'!{ref}"
        return out
    except Exception:  # not BIFF8 or damaged: the forms are then found by their labels
        return {}
