"""The C parser path of the package reader keeps defusedxml's guarantees, and reads what
defusedxml read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError

import pytest
from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml import ElementTree as SafeET

from perfxl.xlsx import xmlsafe
from perfxl.xlsx.fastread import read_package

ROOT = Path(__file__).resolve().parent.parent
NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _events(data: bytes, **kw) -> list[tuple[str, str, str | None, dict]]:
    return [(ev, xmlsafe.local(el.tag), el.text if ev == "end" else None, dict(el.attrib))
            for ev, el in xmlsafe.iterparse(io.BytesIO(data), **kw)]


def _defused_events(data: bytes) -> list[tuple[str, str, str | None, dict]]:
    return [(ev, xmlsafe.local(el.tag), el.text if ev == "end" else None, dict(el.attrib))
            for ev, el in SafeET.iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True)]


def test_same_events_as_defusedxml_on_every_part_of_the_example():
    with zipfile.ZipFile(ROOT / "workbooks" / "北山镇2023.xlsx") as zf:
        parts = [n for n in zf.namelist() if n.endswith((".xml", ".rels"))]
        assert any(n.startswith("xl/worksheets/") for n in parts)
        for name in parts:
            data = zf.read(name)
            assert not xmlsafe.refuses_dtd(data) and xmlsafe._utf8(data)   # the C path
            assert _events(data) == _defused_events(data), name


def test_doctype_refused_in_any_part(tmp_path):
    sheet = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "1">]><worksheet ' + NS +
             b'><sheetData><row r="1"><c r="A1"><v>&a;</v></c></row></sheetData></worksheet>')
    with pytest.raises(DefusedXmlException):
        list(xmlsafe.iterparse(io.BytesIO(sheet)))
    external = b'<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.invalid/x.dtd"><x/>'
    with pytest.raises(DefusedXmlException):
        list(xmlsafe.iterparse(io.BytesIO(external)))


def test_dtd_that_reaches_libxml2_is_refused_before_content(monkeypatch):
    # the byte check hands every DOCTYPE to defusedxml; behind it, the C path refuses one too
    monkeypatch.setattr(xmlsafe, "refuses_dtd", lambda data: False)
    data = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "secret">]><x><y>&a;</y></x>'
    with pytest.raises(DTDForbidden):
        list(xmlsafe.iterparse(io.BytesIO(data)))


def test_entities_never_expanded_and_undefined_ones_are_errors():
    with pytest.raises(ParseError):
        list(xmlsafe.iterparse(io.BytesIO(b"<x>&undefined;</x>")))
    assert _events(b"<x>a&amp;b&#x4e2d;</x>")[-1][2] == "a&b中"


def test_doctype_words_in_a_comment_read_as_before():
    data = b"<!-- no <!DOCTYPE here --><x><y>1</y></x>"
    assert _events(data) == _defused_events(data)


def test_other_encodings_read_as_before():
    data = '<?xml version="1.0" encoding="UTF-16"?><x><y>中文</y></x>'.encode("utf-16")
    assert not xmlsafe._utf8(data)
    assert _events(data) == _defused_events(data)
    gbk = '<?xml version="1.0" encoding="GBK"?><x/>'.encode("gbk")
    assert not xmlsafe._utf8(gbk)


def test_malformed_part_is_a_parse_error():
    with pytest.raises(ParseError):
        list(xmlsafe.iterparse(io.BytesIO(b"<x><y></x>")))


def test_tag_filter_any_namespace_and_none():
    data = b'<a xmlns="urn:1"><b/><p:b xmlns:p="urn:2"/><b xmlns=""/><c/></a>'
    assert [e[1] for e in _events(data, events=("end",), tags=("b",))] == ["b", "b", "b"]


def test_deep_nesting_limit_kept():
    deep = b"<a>" * 300 + b"</a>" * 300      # libxml2's depth limit (256) without huge_tree
    with pytest.raises(ParseError):
        list(xmlsafe.iterparse(io.BytesIO(deep)))


def test_package_with_doctype_in_a_sheet_is_refused(tmp_path):
    import openpyxl

    p = tmp_path / "表.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = 1
    wb.save(p)
    members = {n: zipfile.ZipFile(p).read(n) for n in zipfile.ZipFile(p).namelist()}
    members["xl/worksheets/sheet1.xml"] = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "9">]><worksheet ' + NS
                                           + b'><sheetData><row r="1"><c r="A1"><v>&e;</v></c></row></sheetData></worksheet>')
    q = tmp_path / "实体.xlsx"
    with zipfile.ZipFile(q, "w") as zf:
        for n, d in members.items():
            zf.writestr(n, d)
    with pytest.raises(DefusedXmlException):
        read_package(q)
