"""The checked copy built by adding to the original package, not by rewriting it.

openpyxl loads a workbook into its own model and writes that model back: whatever it does
not model (images, data bars, sparklines, rich text, the "always show" flag of a note,
customXml parts…) is lost.  ``PackageBook`` instead copies every part of the original
package byte for byte and changes only what the check adds:

- the 检查结果 sheet, a new worksheet part (first tab; a user's own sheet of that name is
  kept and the results get another name; a previous perfxl result sheet is replaced in
  place);
- the workbook part, its relationships and the content types, to list that sheet;
- the styles part, with appended fills, fonts and cell formats (nothing existing changes);
- each flagged sheet: the style index of each flagged cell (pointing at an appended format
  that is the cell's own format with the highlight fill), and its notes: a user's note keeps
  its text and formatting, perfxl's text appended as a new run; new notes in a comments
  part and VML drawing of their own when the sheet has none.

It implements the part of the ``Book`` interface that ``report.sheet.write_findings``
uses for a fresh copy.  A package it cannot edit safely (a prefixed or unusual layout)
raises ``Unsupported``; the caller then falls back to the openpyxl writer.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from html import escape
from pathlib import Path
from typing import Any, Callable

from ..celltext import _ILLEGAL
from ..reading.grid import col_letter, col_number
from ..report.book import Color, split_address

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
WS_TYPE = REL_NS + "/worksheet"
COMMENTS_TYPE = REL_NS + "/comments"
VML_TYPE = REL_NS + "/vmlDrawing"
CT_WS = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing"
WIDTHS = (6, 9, 20, 70, 28, 14, 14, 40)
NOTE_AUTHOR = "perfxl"
# Worksheet children that come after <legacyDrawing> (ECMA-376 CT_Worksheet order).
_AFTER_LEGACY = ("legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems",
                 "tableParts", "extLst")


class Unsupported(Exception):
    """A package layout this writer does not edit; the openpyxl writer is used instead."""


def _x(text: Any) -> str:
    """Text for XML content or an attribute: escaped, without characters XML cannot hold."""
    return escape(_ILLEGAL.sub("", str(text)), quote=True)


def _quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _root_prefix(xml: str, tag: str) -> str:
    m = re.search(r"<(?:(\w+):)?%s[\s>]" % tag, xml)
    if m is None:
        raise Unsupported(tag)
    return m.group(1) + ":" if m.group(1) else ""


def _ns_prefix(xml: str, uri: str) -> str | None:
    """The prefix bound to ``uri`` on the root element, if any."""
    root = re.search(r"<(?![?!])[^>]*>", xml)
    m = re.search(r'xmlns:(\w+)="%s"' % re.escape(uri), root.group(0)) if root else None
    return m.group(1) if m else None


def _attr(tag: str, name: str) -> str | None:
    m = re.search(r'\s%s="([^"]*)"' % name, tag)
    return m.group(1) if m else None


def _set_attr(tag: str, name: str, value: str) -> str:
    if re.search(r'\s%s="[^"]*"' % name, tag):
        return re.sub(r'(\s%s=)"[^"]*"' % name, lambda m: f'{m.group(1)}"{value}"', tag, count=1)
    end = -2 if tag.endswith("/>") else -1
    return tag[:end] + f' {name}="{value}"' + tag[end:]


def _children(block: str, p: str, tag: str) -> list[str]:
    """The ``tag`` elements directly inside ``block`` (no nesting of the same tag)."""
    return re.findall(r"<%s%s(?:\s[^>]*?)?(?:/>|>.*?</%s%s>)" % (p, tag, p, tag), block, re.S)


def _append_to(xml: str, p: str, container: str, tag: str, items: list[str]) -> tuple[str, int]:
    """Append ``items`` to <container> (updating its count); returns the new XML and the
    index of the first appended item."""
    m = re.search(r"<%s%s(\s[^>]*)?>(.*?)</%s%s>" % (p, container, p, container), xml, re.S)
    if m is None:
        raise Unsupported(container)
    first = len(_children(m.group(2), p, tag))
    head = f"<{p}{container}{m.group(1) or ''}>"
    if "count=" in head:
        head = _set_attr(head, "count", str(first + len(items)))
    new = head + m.group(2) + "".join(items) + f"</{p}{container}>"
    return xml[:m.start()] + new + xml[m.end():], first


def _rels_of(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _resolve(base_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base_part), target))


class PackageBook:
    """A workbook file edited by adding parts (see the module docstring)."""

    def __init__(self, path: Path):
        from ..files import read_limited
        from .fastread import MAX_UNCOMPRESSED, check_sizes

        self.path = Path(path)
        data = read_limited(self.path, MAX_UNCOMPRESSED,
                            f"“{self.path.name}”超过 {MAX_UNCOMPRESSED // 1024 // 1024}MB，不像是自评表。", "工作簿")
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise Unsupported("zip") from None
        with zf:
            check_sizes(zf, self.path.name)
            self.infos = zf.infolist()
            self.parts: dict[str, bytes] = {i.filename: zf.read(i) for i in self.infos}
        self.edits: dict[str, str] = {}     # part → new text (only parts that change)
        self._load_workbook()
        self.result_rows: list[list[Any]] = []
        self.result_fills: dict[str, Color] = {}
        self.result_links: dict[str, str] = {}
        self.result_findings = 0
        self.fills: dict[tuple[str, str], Color] = {}
        self.notes: dict[tuple[str, str], str] = {}
        self.messages: list[str] = []

    # -- reading the package ---------------------------------------------------------------

    def text(self, part: str) -> str:
        if part in self.edits:
            return self.edits[part]
        if part not in self.parts:
            raise Unsupported(part)
        return self.parts[part].decode("utf-8")

    def _rels(self, part: str) -> list[tuple[str, str, str]]:
        """(Id, Type, resolved target) of ``part``'s relationships."""
        rels = _rels_of(part)
        if rels not in self.parts and rels not in self.edits:
            return []
        xml = self.text(rels)
        base = part if not part.startswith("[") else ""
        out = []
        for tag in re.findall(r"<(?:\w+:)?Relationship\s[^>]*>", xml):
            if _attr(tag, "TargetMode") == "External":
                continue
            out.append((_attr(tag, "Id") or "", _attr(tag, "Type") or "", _resolve(base, _attr(tag, "Target") or "")))
        return out

    def _load_workbook(self) -> None:
        ct = self.text("[Content_Types].xml")
        m = re.search(r'PartName="/([^"]+)"\s+ContentType="application/vnd\.(?:ms-excel\.sheet\.macroEnabled|'
                      r'openxmlformats-officedocument\.spreadsheetml\.sheet)\.main\+xml"', ct)
        self.workbook_part = m.group(1) if m else "xl/workbook.xml"
        self.macros = bool(m and "macroEnabled" in m.group(0))
        xml = self.text(self.workbook_part)
        self.wp = _root_prefix(xml, "workbook")
        rels = {rid: target for rid, _type, target in self._rels(self.workbook_part)}
        self.sheets: list[dict[str, str]] = []
        for tag in re.findall(r"<%ssheet\s[^>]*>" % self.wp, xml):
            rid = next((v for k, v in re.findall(r'\s([\w:]+)="([^"]*)"', tag) if k.endswith(":id")), "")
            name = _attr(tag, "name") or ""
            self.sheets.append({"name": _unescape(name), "id": _attr(tag, "sheetId") or "0",
                                "part": rels.get(rid, "")})

    def _sheet_part(self, name: str) -> str:
        for s in self.sheets:
            if s["name"] == name:
                return s["part"]
        raise Unsupported(name)

    # -- the Book interface (the part write_findings uses for a fresh copy) -------------------

    def sheet_names(self) -> list[str]:
        return [s["name"] for s in self.sheets]

    def color(self, sheet: str, ref: str) -> Color | None:
        try:
            xml = self.text(self._sheet_part(sheet))
            m = _cell_tag(xml, ref)
            s = int(_attr(m.group(0), "s") or 0) if m else 0
            styles = self.text(self._styles_part())
            p = _root_prefix(styles, "styleSheet")
            xfs = _children(_block(styles, p, "cellXfs"), p, "xf")
            fill_id = int(_attr(xfs[s], "fillId") or 0) if s < len(xfs) else 0
            fill = _children(_block(styles, p, "fills"), p, "fill")[fill_id]
        except (Unsupported, IndexError, ValueError):
            return None
        if 'patternType="solid"' not in fill:
            return None
        rgb = re.search(r'<%sfgColor\s[^>]*rgb="([0-9A-Fa-f]{6,8})"' % p, fill)
        if rgb is None:
            return None
        h = rgb.group(1)[-6:]
        return (int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))

    def note(self, sheet: str, ref: str) -> str | None:
        found = self._comment(sheet, ref)
        if found is None:
            return None
        p, body = found
        return "".join(_unescape(t) for t in re.findall(r"<%st(?:\s[^>]*)?>(.*?)</%st>" % (p, p), body, re.S)) or ""

    def set_color(self, sheet: str, ref: str, color: Color | None) -> None:
        if sheet == RESULT_PLACEHOLDER:
            if color is not None:
                self.result_fills[ref] = color
        elif color is not None:
            self.fills[(sheet, ref)] = color

    def set_note(self, sheet: str, ref: str, text: str | None) -> None:
        if text:
            self.notes[(sheet, ref)] = text

    def replace_sheet(self, name: str, rows: list[list[Any]]) -> None:
        self.result_rows = rows

    def link(self, sheet: str, ref: str, target: str, text: str) -> None:
        self.result_links[ref] = target

    def style_results(self, name: str, findings: int, summary_row: int) -> None:
        self.result_findings = findings
        self.summary_row = summary_row

    def alert(self, text: str) -> None:
        self.messages.append(text)

    # -- building the copy -------------------------------------------------------------------

    def _styles_part(self) -> str:
        for _rid, rtype, target in self._rels(self.workbook_part):
            if rtype.endswith("/styles"):
                return target
        raise Unsupported("styles")

    def package(self) -> bytes:
        """The new package: the original parts (edited ones replaced) plus the new ones."""
        styles = _Styles(self.text(self._styles_part()))
        self._mark_cells(styles)
        self._write_notes()
        self._add_result_sheet(styles)
        self.edits[self._styles_part()] = styles.xml
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            written = set()
            for info in self.infos:
                if info.filename in self.edits:
                    data = self.edits[info.filename].encode("utf-8")
                    dst.writestr(_info_like(info), data)
                else:
                    dst.writestr(info, self.parts[info.filename])   # byte for byte, same entry
                written.add(info.filename)
            for name, text in self.edits.items():
                if name not in written:
                    dst.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), text.encode("utf-8"),
                                 zipfile.ZIP_DEFLATED)
        return out.getvalue()

    def save(self, path: Path, *, force: bool = False, inputs: tuple[Path, ...] = ()) -> Path:
        from ..files import atomic_write, check_output_path

        if self.macros and Path(path).suffix.lower() != ".xlsm":
            raise Unsupported("macros in a file not named .xlsm")   # Excel would refuse to open it
        target = check_output_path(Path(path), force=force, inputs=(self.path, *inputs))
        atomic_write(target, self.package(), force=force)
        return target

    # highlights: each flagged cell points at an appended copy of its format with the fill
    def _mark_cells(self, styles: "_Styles") -> None:
        by_sheet: dict[str, list[tuple[str, Color]]] = {}
        for (sheet, ref), color in self.fills.items():
            by_sheet.setdefault(sheet, []).append((ref, color))
        for sheet, marks in by_sheet.items():
            part = self._sheet_part(sheet)
            xml = self.text(part)
            p = _root_prefix(xml, "worksheet")
            for ref, color in marks:
                xml = _restyle_cell(xml, p, ref, lambda s, c=color: styles.highlighted(s, c))
            self.edits[part] = xml

    # notes: a user's note keeps its runs, perfxl's text appended; new notes get new parts
    def _comment(self, sheet: str, ref: str) -> tuple[str, str] | None:
        part = self._comments_part(self._sheet_part(sheet))
        if part is None:
            return None
        xml = self.text(part)
        p = _root_prefix(xml, "comments")
        m = re.search(r'<%scomment\s[^>]*ref="%s"[^>]*>(.*?)</%scomment>' % (p, re.escape(ref), p), xml, re.S)
        return (p, m.group(1)) if m else None

    def _comments_part(self, sheet_part: str) -> str | None:
        for _rid, rtype, target in self._rels(sheet_part):
            if rtype == COMMENTS_TYPE:
                return target
        return None

    def _write_notes(self) -> None:
        by_sheet: dict[str, list[tuple[str, str]]] = {}
        for (sheet, ref), text in self.notes.items():
            by_sheet.setdefault(sheet, []).append((ref, text))
        for sheet, notes in by_sheet.items():
            sheet_part = self._sheet_part(sheet)
            comments = self._comments_part(sheet_part) or self._new_comments(sheet_part)
            xml = self.text(comments)
            p = _root_prefix(xml, "comments")
            new_refs = []
            for ref, text in notes:
                existing = self.note(sheet, ref) if comments in self.parts else None
                if existing is not None and not text.startswith(existing):
                    # perfxl's text of an earlier check: its runs go, the user's stay
                    xml = _drop_own_runs(xml, p, ref)
                    existing = _comment_text(xml, p, ref)
                    if not text.startswith(existing):
                        xml = _replace_text(xml, p, ref, text)
                        continue
                if existing is not None:
                    xml = _append_run(xml, p, ref, text[len(existing):])
                else:
                    xml = _add_comment(xml, p, ref, text)
                    new_refs.append(ref)
            self.edits[comments] = xml
            if new_refs:
                self._add_shapes(sheet_part, new_refs)

    def _unused(self, pattern: str) -> str:
        taken = set(self.parts) | set(self.edits)
        n = 1
        while pattern.format(n) in taken:
            n += 1
        return pattern.format(n)

    def _add_rel(self, part: str, rtype: str, target_part: str) -> str:
        rels = _rels_of(part)
        xml = self.text(rels) if (rels in self.parts or rels in self.edits) else (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL_NS}"></Relationships>')
        p = _root_prefix(xml, "Relationships")
        ids = set(re.findall(r'\sId="([^"]*)"', xml))
        n = 1
        while f"rIdPx{n}" in ids:
            n += 1
        rid = f"rIdPx{n}"
        target = posixpath.relpath(target_part, posixpath.dirname(part) or ".")
        xml = xml.replace(f"</{p}Relationships>",
                          f'<{p}Relationship Id="{rid}" Type="{rtype}" Target="{_x(target)}"/></{p}Relationships>')
        if f"</{p}Relationships>" not in xml:   # <Relationships/>
            xml = re.sub(r"<%sRelationships([^>]*)/>" % p,
                         lambda m: f'<{p}Relationships{m.group(1)}><{p}Relationship Id="{rid}" Type="{rtype}" '
                                   f'Target="{_x(target)}"/></{p}Relationships>', xml)
        self.edits[rels] = xml
        return rid

    def _add_content_type(self, part: str, content_type: str) -> None:
        xml = self.text("[Content_Types].xml")
        p = _root_prefix(xml, "Types")
        xml = xml.replace(f"</{p}Types>", f'<{p}Override PartName="/{part}" ContentType="{content_type}"/></{p}Types>')
        self.edits["[Content_Types].xml"] = xml

    def _ensure_vml_default(self) -> None:
        xml = self.text("[Content_Types].xml")
        if re.search(r'Extension="vml"', xml, re.I):
            return
        p = _root_prefix(xml, "Types")
        xml = xml.replace(f"</{p}Types>", f'<{p}Default Extension="vml" ContentType="{CT_VML}"/></{p}Types>')
        self.edits["[Content_Types].xml"] = xml

    def _new_comments(self, sheet_part: str) -> str:
        part = self._unused("xl/comments_perfxl{}.xml")
        self.edits[part] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="{MAIN_NS}">'
                            f"<authors><author>{NOTE_AUTHOR}</author></authors><commentList></commentList></comments>")
        self._add_rel(sheet_part, COMMENTS_TYPE, part)
        self._add_content_type(part, CT_COMMENTS)
        return part

    def _vml_part(self, sheet_part: str) -> str:
        xml = self.text(sheet_part)
        p = _root_prefix(xml, "worksheet")
        m = re.search(r"<%slegacyDrawing\s[^>]*>" % p, xml)
        if m is not None:
            rid = next((v for k, v in re.findall(r'\s([\w:]+)="([^"]*)"', m.group(0)) if k.endswith(":id")), "")
            for r, _t, target in self._rels(sheet_part):
                if r == rid:
                    return target
            raise Unsupported("legacyDrawing")
        part = self._unused("xl/drawings/vmlDrawing_perfxl{}.vml")
        block = 1 + max(_idmaps(self.parts) or [0])
        self.edits[part] = (
            '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel">'
            f'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{block}"/></o:shapelayout>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>')
        self._ensure_vml_default()
        rid = self._add_rel(sheet_part, VML_TYPE, part)
        rp = _ns_prefix(xml, REL_NS)
        tag = f'<{p}legacyDrawing {rp}:id="{rid}"/>' if rp else f'<{p}legacyDrawing xmlns:pxr="{REL_NS}" pxr:id="{rid}"/>'
        self.edits[sheet_part] = _insert_before(xml, p, _AFTER_LEGACY, tag)
        return part

    def _add_shapes(self, sheet_part: str, refs: list[str]) -> None:
        part = self._vml_part(sheet_part)
        xml = self.text(part)
        ids = [int(x) for x in re.findall(r'_x0000_s(\d+)', xml)]
        block = re.search(r'data="(\d+)', xml)
        next_id = max(ids + [int(block.group(1).split(",")[0]) * 1024 if block else 1024]) + 1
        if "_x0000_t202" not in xml:
            raise Unsupported("vml shapetype")
        shapes = []
        for ref in refs:
            m = re.fullmatch(r"([A-Z]{1,3})(\d+)", ref)
            if m is None:
                continue
            row, col = int(m.group(2)) - 1, col_number(m.group(1)) - 1
            shapes.append(
                f'<v:shape id="_x0000_s{next_id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;'
                'margin-top:2pt;width:240pt;height:90pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" '
                'o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>'
                '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto">'
                '<div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/>'
                f'<x:SizeWithCells/><x:Anchor>{col + 1}, 15, {row}, 2, {col + 4}, 15, {row + 5}, 4</x:Anchor>'
                f'<x:AutoFill>False</x:AutoFill><x:Row>{row}</x:Row><x:Column>{col}</x:Column></x:ClientData>'
                '</v:shape>')
            next_id += 1
        end = xml.rfind("</xml>")
        if end < 0:
            raise Unsupported("vml")
        self.edits[part] = xml[:end] + "".join(shapes) + xml[end:]

    # the 检查结果 sheet: a new part, or perfxl's previous one replaced in place
    def _add_result_sheet(self, styles: "_Styles") -> None:
        from ..report.sheet import RESULT_SHEET

        names = self.sheet_names()
        # perfxl's own earlier result sheet (“检查结果”, or “检查结果（perfxl…）” beside a user's
        # own 检查结果) is replaced in place; a user's sheet of that name is kept
        candidates = [s for s in self.sheets
                      if s["name"] == RESULT_SHEET or re.fullmatch(re.escape(RESULT_SHEET) + r"（perfxl\d*）", s["name"])]
        previous = next((s for s in candidates if self._is_own_result(s["part"])), None)
        if previous is None and RESULT_SHEET in names:
            name, n = RESULT_SHEET + "（perfxl）", 2
            while name in names:
                name, n = f"{RESULT_SHEET}（perfxl{n}）", n + 1
        else:
            name = previous["name"] if previous is not None else RESULT_SHEET
        sheet_xml = self._result_xml(styles, name)
        if previous is not None:
            self.edits[previous["part"]] = sheet_xml
            rels = _rels_of(previous["part"])
            if rels in self.parts:       # its old relationships (none perfxl needs) go with it
                self.edits[rels] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                    f'<Relationships xmlns="{PKG_REL_NS}"></Relationships>')
            return
        part = self._unused("xl/worksheets/perfxl_result{}.xml")
        self.edits[part] = sheet_xml
        self._add_content_type(part, CT_WS)
        rid = self._add_rel(self.workbook_part, WS_TYPE, part)
        xml = self.text(self.workbook_part)
        p = self.wp
        rp = _ns_prefix(xml, REL_NS)
        sheet_id = 1 + max([int(s["id"]) for s in self.sheets if s["id"].isdigit()] or [0])
        rattr = f'{rp}:id="{rid}"' if rp else f'xmlns:pxr="{REL_NS}" pxr:id="{rid}"'
        entry = f'<{p}sheet name="{_x(name)}" sheetId="{sheet_id}" {rattr}/>'
        m = re.search(r"<%ssheets(\s[^>]*)?>" % p, xml)
        if m is None:
            raise Unsupported("sheets")
        xml = xml[:m.end()] + entry + xml[m.end():]
        # sheet-scoped names and the active tab count sheets by position: one more in front
        xml = re.sub(r'(\slocalSheetId=")(\d+)"', lambda k: f'{k.group(1)}{int(k.group(2)) + 1}"', xml)
        xml = re.sub(r'(<%sworkbookView\s[^>]*\sactiveTab=")(\d+)"' % p,
                     lambda k: f'{k.group(1)}{int(k.group(2)) + 1}"', xml)
        titles = f'<{p}definedName name="_xlnm.Print_Titles" localSheetId="0">{_x(_quote_sheet(name))}!$1:$1</{p}definedName>'
        empty = re.search(r"<%sdefinedNames\s*/>" % p, xml)
        if empty is not None:
            xml = xml[:empty.start()] + f"<{p}definedNames>{titles}</{p}definedNames>" + xml[empty.end():]
        elif re.search(r"<%sdefinedNames[\s>]" % p, xml):
            xml = re.sub(r"(<%sdefinedNames(?:\s[^>]*)?>)" % p, lambda k: k.group(1) + titles, xml, count=1)
        else:
            xml = xml.replace(f"</{p}sheets>", f"</{p}sheets><{p}definedNames>{titles}</{p}definedNames>", 1)
        self.edits[self.workbook_part] = xml

    def _is_own_result(self, part: str) -> bool:
        """Is this 检查结果 sheet perfxl's own (its heading row is perfxl's)?"""
        from ..report.sheet import RESULT_HEADERS
        from .fastread import read_package

        try:
            grids = read_package(io.BytesIO(self._original_bytes()), self.path.name).grids
        except Exception:
            return False
        for s, grid in zip(self.sheets, grids):
            if s["part"] == part:
                return [grid.value(1, c) for c in range(1, len(RESULT_HEADERS) + 1)] == list(RESULT_HEADERS)
        return False

    def _original_bytes(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as z:
            for info in self.infos:
                z.writestr(info, self.parts[info.filename])
        return out.getvalue()

    def _result_xml(self, styles: "_Styles", name: str) -> str:
        from .styles import RESULT_WRAPPED_COLS, result_row_height

        head, wrap, link, bold = styles.result_styles()
        rows_xml = []
        for r, row in enumerate(self.result_rows, start=1):
            cells = []
            for c, value in enumerate(row, start=1):
                ref = f"{col_letter(c)}{r}"
                if r == 1 or r == getattr(self, "summary_row", -1):
                    s = head
                elif ref in self.result_fills:
                    s = styles.plain_fill(self.result_fills[ref])
                elif ref in self.result_links:
                    s = link
                elif c in RESULT_WRAPPED_COLS and r <= self.result_findings + 1:
                    s = wrap
                else:
                    s = None
                sattr = f' s="{s}"' if s is not None else ""
                if value is None or value == "":
                    if s is not None:
                        cells.append(f'<c r="{ref}"{sattr}/>')
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    cells.append(f'<c r="{ref}"{sattr}><v>{value!r}</v></c>')
                else:   # text is always a string, whatever it starts with
                    cells.append(f'<c r="{ref}"{sattr} t="inlineStr"><is><t xml:space="preserve">{_x(value)}</t></is></c>')
            ht = result_row_height(row, WIDTHS) if 1 < r <= self.result_findings + 1 else None
            hattr = f' ht="{ht}" customHeight="1"' if ht else ""
            rows_xml.append(f'<row r="{r}"{hattr}>{"".join(cells)}</row>' if cells else "")
        links = "".join(
            f'<hyperlink ref="{ref}" location="{_x(_quote_sheet(split_address(target)[0]) + "!" + split_address(target)[1])}" '
            f'display="{_x(self.result_rows[int(ref[1:]) - 1][4])}"/>'
            for ref, target in sorted(self.result_links.items(), key=lambda kv: int(kv[0][1:])))
        cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(WIDTHS, start=1))
        last = max(len(self.result_rows), 1)
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
                '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
                f'<dimension ref="A1:H{last}"/>'
                '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
                'state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
                f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols>'
                f'<sheetData>{"".join(rows_xml)}</sheetData>'
                + (f"<hyperlinks>{links}</hyperlinks>" if links else "")
                + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>')


RESULT_PLACEHOLDER = "检查结果"   # the name write_findings uses; the part may get another


class _Styles:
    """The styles part with formats appended (nothing existing is changed)."""

    def __init__(self, xml: str):
        self.xml = xml
        self.p = _root_prefix(xml, "styleSheet")
        for block in ("fonts", "fills", "cellXfs"):
            if not re.search(r"<%s%s[\s>]" % (self.p, block), xml):
                raise Unsupported(block)
        self._fills: dict[Color, int] = {}
        self._highlighted: dict[tuple[int, Color], int] = {}
        self._plain: dict[Color, int] = {}
        self._result: tuple[int, int, int, int] | None = None

    def _fill(self, color: Color) -> int:
        if color not in self._fills:
            rgb = "00%02X%02X%02X" % color
            self.xml, i = _append_to(self.xml, self.p, "fills", "fill", [
                f'<{self.p}fill><{self.p}patternFill patternType="solid"><{self.p}fgColor rgb="{rgb}"/>'
                f'<{self.p}bgColor indexed="64"/></{self.p}patternFill></{self.p}fill>'])
            self._fills[color] = i
        return self._fills[color]

    def _xfs(self) -> list[str]:
        return _children(_block(self.xml, self.p, "cellXfs"), self.p, "xf")

    def highlighted(self, s: int, color: Color) -> int:
        """An appended cell format: format ``s`` with the highlight fill."""
        key = (s, color)
        if key not in self._highlighted:
            fill = self._fill(color)
            xfs = self._xfs()
            base = xfs[s] if 0 <= s < len(xfs) else xfs[0]
            tag_end = base.index(">") + 1
            opening = base[:tag_end]
            opening = _set_attr(_set_attr(opening, "fillId", str(fill)), "applyFill", "1")
            self.xml, i = _append_to(self.xml, self.p, "cellXfs", "xf", [opening + base[tag_end:]])
            self._highlighted[key] = i
        return self._highlighted[key]

    def plain_fill(self, color: Color) -> int:
        if color not in self._plain:
            fill = self._fill(color)
            self.xml, i = _append_to(self.xml, self.p, "cellXfs", "xf", [
                f'<{self.p}xf numFmtId="0" fontId="0" fillId="{fill}" borderId="0" applyFill="1"/>'])
            self._plain[color] = i
        return self._plain[color]

    def result_styles(self) -> tuple[int, int, int, int]:
        """(heading, wrapped text, link, bold) formats of the 检查结果 sheet."""
        if self._result is None:
            p = self.p
            self.xml, bold_font = _append_to(self.xml, p, "fonts", "font", [
                f'<{p}font><{p}b/><{p}sz val="11"/><{p}name val="宋体"/></{p}font>',
                f'<{p}font><{p}u/><{p}sz val="11"/><{p}color rgb="FF0563C1"/><{p}name val="宋体"/></{p}font>'])
            self.xml, first = _append_to(self.xml, p, "cellXfs", "xf", [
                f'<{p}xf numFmtId="0" fontId="{bold_font}" fillId="0" borderId="0" applyFont="1"/>',
                f'<{p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyAlignment="1">'
                f'<{p}alignment vertical="top" wrapText="1"/></{p}xf>',
                f'<{p}xf numFmtId="0" fontId="{bold_font + 1}" fillId="0" borderId="0" applyFont="1"/>'])
            self._result = (first, first + 1, first + 2, first)
        return self._result


def _block(xml: str, p: str, container: str) -> str:
    m = re.search(r"<%s%s(?:\s[^>]*)?>(.*?)</%s%s>" % (p, container, p, container), xml, re.S)
    if m is None:
        raise Unsupported(container)
    return m.group(1)


def _unescape(text: str) -> str:
    from html import unescape

    return unescape(text)


def _cell_tag(xml: str, ref: str) -> "re.Match[str] | None":
    return re.search(r'<(?:\w+:)?c\s(?=[^>]*\br="%s")[^>]*?/?>' % re.escape(ref), xml)


def _restyle_cell(xml: str, p: str, ref: str, style_of: Callable[[int], int]) -> str:
    """``xml`` with cell ``ref`` given style ``style_of(its current style)``; the cell is
    added (empty) to its row, and the row to the sheet, when the file has no element for it."""
    m = _cell_tag(xml, ref)
    if m is not None:
        tag = m.group(0)
        new = _set_attr(tag, "s", str(style_of(int(_attr(tag, "s") or 0))))
        return xml[:m.start()] + new + xml[m.end():]
    rc = re.fullmatch(r"([A-Z]{1,3})(\d+)", ref)
    if rc is None:
        raise Unsupported(ref)
    col, row = col_number(rc.group(1)), int(rc.group(2))
    cell = f'<{p}c r="{ref}" s="{style_of(0)}"/>'
    rm = re.search(r'<%srow\s(?=[^>]*\br="%d")[^>]*?(/?)>' % (p, row), xml)
    if rm is not None:
        if rm.group(1):     # <row …/>: it gets content
            return xml[:rm.start()] + rm.group(0)[:-2] + ">" + cell + f"</{p}row>" + xml[rm.end():]
        end = xml.index(f"</{p}row>", rm.end())
        body = xml[rm.end():end]
        for cm in re.finditer(r"<%sc(\s[^>]*)?/?>" % p, body):
            r_attr = _attr(cm.group(0), "r")
            if r_attr is None:
                raise Unsupported("cell without r")
            if col_number(re.match(r"[A-Z]+", r_attr).group(0)) > col:   # type: ignore[union-attr]
                at = rm.end() + cm.start()
                return xml[:at] + cell + xml[at:]
        return xml[:end] + cell + xml[end:]
    for other in re.finditer(r"<%srow(\s[^>]*)?/?>" % p, xml):
        r_attr = _attr(other.group(0), "r")
        if r_attr is None:
            raise Unsupported("row without r")
        if int(r_attr) > row:
            return xml[:other.start()] + f'<{p}row r="{row}">{cell}</{p}row>' + xml[other.start():]
    new_row = f'<{p}row r="{row}">{cell}</{p}row>'
    if f"</{p}sheetData>" in xml:
        return xml.replace(f"</{p}sheetData>", new_row + f"</{p}sheetData>", 1)
    sd = re.search(r"<%ssheetData\s*/>" % p, xml)
    if sd is None:
        raise Unsupported("sheetData")
    return xml[:sd.start()] + f"<{p}sheetData>{new_row}</{p}sheetData>" + xml[sd.end():]


def _append_run(xml: str, p: str, ref: str, text: str) -> str:
    m = re.search(r'(<%scomment\s[^>]*ref="%s"[^>]*>.*?)(</%stext>)' % (p, re.escape(ref), p), xml, re.S)
    if m is None:
        raise Unsupported("comment text")
    run = f'<{p}r><{p}t xml:space="preserve">{_x(text)}</{p}t></{p}r>'
    return xml[:m.end(1)] + run + xml[m.end(1):]


def _comment_span(xml: str, p: str, ref: str) -> "re.Match[str]":
    m = re.search(r'(<%scomment\s[^>]*ref="%s"[^>]*>\s*<%stext(?:\s[^>]*)?>)(.*?)(</%stext>)'
                  % (p, re.escape(ref), p, p), xml, re.S)
    if m is None:
        raise Unsupported("comment text")
    return m


def _comment_text(xml: str, p: str, ref: str) -> str:
    body = _comment_span(xml, p, ref).group(2)
    return "".join(_unescape(t) for t in re.findall(r"<%st(?:\s[^>]*)?>(.*?)</%st>" % (p, p), body, re.S))


def _drop_own_runs(xml: str, p: str, ref: str) -> str:
    """A note's trailing runs that are perfxl's own findings text (as appended by an earlier
    check: each begins “[错误]”/“[警告]”/“[提示]”, after the user's text) removed."""
    from ..report.sheet import is_own_note_text

    m = _comment_span(xml, p, ref)
    runs = re.findall(r"<%sr(?:\s[^>]*)?>.*?</%sr>" % (p, p), m.group(2), re.S)
    if not runs or "".join(runs) != m.group(2).strip():
        return xml
    while runs:
        texts = re.findall(r"<%st(?:\s[^>]*)?>(.*?)</%st>" % (p, p), runs[-1], re.S)
        if not is_own_note_text(_unescape("".join(texts)).lstrip("\n")):
            break
        runs.pop()
    return xml[:m.start(2)] + "".join(runs) + xml[m.end(2):]


def _replace_text(xml: str, p: str, ref: str, text: str) -> str:
    m = _comment_span(xml, p, ref)
    run = f'<{p}r><{p}t xml:space="preserve">{_x(text)}</{p}t></{p}r>'
    return xml[:m.start(2)] + run + xml[m.end(2):]


def _add_comment(xml: str, p: str, ref: str, text: str) -> str:
    authors = re.findall(r"<%sauthor>(.*?)</%sauthor>|<%sauthor/>" % (p, p, p), xml, re.S)
    if NOTE_AUTHOR in authors:
        author = authors.index(NOTE_AUTHOR)
    else:
        author = len(authors)
        if f"</{p}authors>" in xml:
            xml = xml.replace(f"</{p}authors>", f"<{p}author>{NOTE_AUTHOR}</{p}author></{p}authors>", 1)
        else:
            raise Unsupported("authors")
    comment = (f'<{p}comment ref="{ref}" authorId="{author}"><{p}text><{p}r><{p}t xml:space="preserve">{_x(text)}'
               f"</{p}t></{p}r></{p}text></{p}comment>")
    if f"</{p}commentList>" in xml:
        return xml.replace(f"</{p}commentList>", comment + f"</{p}commentList>", 1)
    raise Unsupported("commentList")


def _insert_before(xml: str, p: str, later: tuple[str, ...], tag: str) -> str:
    positions = [m.start() for t in later for m in [re.search(r"<%s%s[\s>/]" % (p, t), xml)] if m]
    at = min(positions) if positions else xml.rindex(f"</{p}worksheet>")
    return xml[:at] + tag + xml[at:]


def _idmaps(parts: dict[str, bytes]) -> list[int]:
    out = []
    for name, data in parts.items():
        if name.endswith(".vml"):
            for found in re.findall(rb'idmap[^>]*data="([\d,]+)"', data):
                out += [int(x) for x in found.split(b",") if x]
    return out


def _info_like(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    new = zipfile.ZipInfo(info.filename, date_time=info.date_time)
    new.compress_type = zipfile.ZIP_DEFLATED
    new.external_attr = info.external_attr
    return new
