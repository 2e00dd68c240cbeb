"""A sheet part is parsed whole when it is of ordinary size and streamed otherwise
(``fastread.TREE_MAX_BYTES``): both ways must give the very same grids, the same limits and
the same refusals, whatever the sheet holds."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from perfxl.errors import PerfxlError
from perfxl.xlsx import fastread, xmlsafe

from . import county
from .conftest import EXAMPLE_WORKBOOK

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _package(sheet: str, strings: str | None = None) -> bytes:
    """A minimal workbook (openpyxl's parts) whose first sheet is ``sheet`` (and shared
    strings ``strings``)."""
    buf = io.BytesIO()
    openpyxl.Workbook().save(buf)
    src = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            dst.writestr(name, sheet.encode("utf-8") if name == "xl/worksheets/sheet1.xml" else src.read(name))
        if strings is not None:
            dst.writestr("xl/sharedStrings.xml", strings.encode("utf-8"))
    return out.getvalue()


def _strings(*items: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}">{"".join(items)}</sst>'



def _sheet(body: str, after: str = "", prefix: str = "") -> str:
    p = f"{prefix}:" if prefix else ""
    xmlns = f'xmlns:{prefix}="{NS}"' if prefix else f'xmlns="{NS}"'
    return f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet {xmlns}><{p}sheetData>{body}</{p}sheetData>{after}</{p}worksheet>'


SHARED = _sheet("".join(f'<row r="{i}"><c r="A{i}" t="s"><v>{i - 1}</v></c></row>' for i in range(1, 8)))
RICH = _strings("<si><t>三公经费</t></si>",
                '<si><r><rPr><sz val="11"/><rFont val="宋体"/></rPr><t xml:space="preserve">附件</t></r>'
                "<r><rPr><b/></rPr><t>3</t></r></si>",
                '<si><t>预算</t><rPh sb="0" eb="2"><t>よさん</t></rPh><phoneticPr fontId="1"/></si>',
                "<si><t>外<t>内</t></t><r><t>b</t><rPh><r><t>c</t></r></rPh></r><x><y><t>d</t></y></x></si>",
                "<si/>", "<si><t/></si>", "<si><t>  留空格 </t></si>")
NESTED_SI = _strings("<si><t>一</t></si>", "<si><t>二</t><si><t>三</t></si></si>", "<si><t>四</t></si>")
WRAPPED_SI = _strings("<si><t>一</t></si>", "<group><si><t>二</t></si></group>", "<si><t>三</t></si>")


ODD_CELLS = _sheet(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>部门整体支出绩效自评表</t></is></c><c r="B1" t="b"/>'
    '<c r="C1" t="inlineStr"/><c r="D1" t="e"><v>#DIV/0!</v></c><c r="E1" t="str"><f>A1</f><v>x</v></c></row>'
    '<row><c><v>1</v></c><c><v>2.50</v></c><c r="F2"><f t="shared" si="0"/></c><c><v>3E2</v></c></row>'
    '<row r="5"><c r="A5" t="inlineStr"><is><r><t>预算</t></r><rPh><t>よさん</t></rPh><r><t>数</t></r></is></c>'
    '<c r="b5" s="0"><v>12</v></c><c r="C5" t="b"><v>1</v></c><c r="D5"><v>abc</v></c></row>',
    '<mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="A5:A6"/><mergeCell ref="Q9"/></mergeCells>')

NESTED = _sheet(
    '<row r="1"><c r="A1"><v>1</v><c r="B1"><v>2</v></c></c><c><v>3</v></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>指标</t></is><row r="7"><c><v>4</v></c></row></c><c><v>5</v></c></row>')

PREFIXED = _sheet('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>经费</x:t></x:is></x:c>'
                  '<x:c r="B1"><x:v>7</x:v></x:c></x:row>', prefix="x")

FILLER = _sheet("".join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>明细{i}</t></is></c><c r="B{i}"><v>{i}.5</v></c></row>'
                        for i in range(1, 2600)))

TOO_MANY_ROWS = _sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="100001"><c r="A100001"><v>1</v></c></row>')
PAST_XFD = _sheet('<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>')
NUMBERED_PAST = _sheet('<row r="9999999"/><row><c><v>1</v></c></row>')   # the next row's number has 8 digits
BAD_REF = _sheet('<row r="1"><c r="A1"><v>1</v></c><c r="ABCD1"><v>2</v></c><c r="?"><v>3</v></c></row>')
OVERLAP = _sheet('<row r="1"><c r="A1"><v>1</v></c><c r="C3"><v>1</v></c></row>',
                 '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>')
BROKEN = _sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></row>')


def _read(data: bytes, stream: bool, monkeypatch, **kw):
    """(grids as plain tuples, defined names) or the refusal, read whole or streamed."""
    with monkeypatch.context() as m:
        if stream:
            m.setattr(fastread, "TREE_MAX_BYTES", -1)
        try:
            pkg = fastread.read_package(io.BytesIO(data), "表.xlsx", **kw)
        except PerfxlError as exc:
            return ("refused", str(exc))
        except Exception as exc:    # a damaged part: the reader's caller words it
            return ("error", type(exc).__name__)
    return [(g.title, g.hidden, g.max_row, g.max_col, g.skipped_from,
             [(k, c.row, c.col, type(c.value).__name__, c.value, c.formula, c.number_format, c.merged_from)
              for k, c in g.cells.items()])
            for g in pkg.grids], pkg.defined_names


CASES = {"odd cells": ODD_CELLS, "nested": NESTED, "prefixed": PREFIXED, "filler": FILLER,
         "too many rows": TOO_MANY_ROWS, "numbered past": NUMBERED_PAST, "past XFD": PAST_XFD, "bad refs": BAD_REF, "overlap": OVERLAP,
         "malformed": BROKEN}


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("skip", [False, True])
def test_whole_and_streamed_agree(name, skip, monkeypatch):
    data = _package(CASES[name])
    whole = _read(data, False, monkeypatch, skip_fillers=skip)
    assert whole == _read(data, True, monkeypatch, skip_fillers=skip)


def test_the_cases_say_what_they_should(monkeypatch):
    """The comparison above is not vacuous: each case reads (or is refused) as intended."""
    grids, _ = _read(_package(ODD_CELLS), False, monkeypatch)
    cells = {c[0]: c for c in grids[0][5]}
    assert cells[(1, 2)][4] is False and cells[(1, 3)][4] == "" and cells[(5, 1)][4] == "预算よさん数"
    assert cells[(2, 1)][4] == 1 and cells[(2, 2)][4] == 2.5 and cells[(2, 6)][5] == "=（共享公式）"
    assert (2, 4) not in cells and cells[(2, 7)][4] == 300.0 and cells[(5, 2)][4] == 12
    assert cells[(1, 2)][7] == (1, 1) and (6, 1) not in cells   # a merge is clipped to the used range
    grids, _ = _read(_package(NESTED), False, monkeypatch)
    # a cell inside a cell (no spreadsheet writes one): read as the stream always read it,
    # each end taken at the reference last started
    assert {c[0]: c[4] for c in grids[0][5]} == {(1, 2): 2, (1, 3): 3, (7, 1): "", (7, 2): 5}
    grids, _ = _read(_package(FILLER), False, monkeypatch, skip_fillers=True)
    assert grids[0][4] == 2001 and grids[0][2] == 2000
    assert _read(_package(TOO_MANY_ROWS), False, monkeypatch)[0] == "refused"
    assert _read(_package(PAST_XFD), False, monkeypatch)[0] == "refused"
    assert _read(_package(NUMBERED_PAST), False, monkeypatch)[0] == "refused"
    assert _read(_package(OVERLAP), False, monkeypatch)[0] == "refused"
    assert _read(_package(BROKEN), False, monkeypatch) == ("error", "ParseError")


@pytest.mark.parametrize("strings", [RICH, NESTED_SI, WRAPPED_SI])
def test_shared_strings_whole_and_streamed_agree(strings, monkeypatch):
    data = _package(SHARED, strings)
    assert _read(data, False, monkeypatch) == _read(data, True, monkeypatch)


def test_shared_strings_say_what_they_should(monkeypatch):
    grids, _ = _read(_package(SHARED, RICH), False, monkeypatch)
    assert [c[4] for c in grids[0][5]] == ["三公经费", "附件3", "预算", "外bd", "", "", "  留空格 "]
    grids, _ = _read(_package(SHARED, NESTED_SI), False, monkeypatch)
    assert [c[4] for c in grids[0][5]] == ["一", "三", "二", "四"]     # the stream takes the inner <si> first


def test_ordinary_sheets_are_read_whole(monkeypatch):
    """The real forms take the whole-part way (else the comparison tests only the stream)."""
    parsed = []
    original = xmlsafe.tree

    def spy(data):
        root = original(data)
        parsed.append(root is not None)
        return root

    monkeypatch.setattr(xmlsafe, "tree", spy)
    fastread.read_package(EXAMPLE_WORKBOOK)
    assert parsed and all(parsed)


@pytest.mark.parametrize("skip", [False, True])
def test_real_forms_agree(tmp_path, skip, monkeypatch):
    for path in (EXAMPLE_WORKBOOK, county.build(tmp_path / "县表.xlsx", title_rows=2, col_shift=1, one_sheet=True)):
        data = path.read_bytes()
        assert _read(data, False, monkeypatch, skip_fillers=skip) == _read(data, True, monkeypatch, skip_fillers=skip)
