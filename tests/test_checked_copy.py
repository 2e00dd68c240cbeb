"""The checked copy (check --format xlsx) is built by adding to the original package: every
part the check does not need to touch stays byte-identical, and nothing of the user's is
lost (images, charts, data validation, conditional formats, notes, customXml)."""

from __future__ import annotations

import base64
import os
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from perfxl.cli import main

from . import county
from .conftest import EXAMPLE_WORKBOOK, ROOT, unchanged

LIMIT = 180


def _png() -> bytes:
    raw = b"".join(b"\0" + b"\xff\x00\x00" * 4 for _ in range(4))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _soffice(lo, src: Path, fmt: str, outdir: Path) -> Path:
    profile = outdir / "lo-profile"
    subprocess.run([lo.soffice_path(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=LIMIT)
    out = outdir / (src.stem + "." + fmt.split(":")[0])
    assert out.exists()
    return out


CUSTOM_XML = {
    "customXml/item1.xml": b'<?xml version="1.0" encoding="UTF-8"?><b:Sources '
                           b'xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>',
    "customXml/itemProps1.xml": b'<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem '
                                b'ds:itemID="{6F5A5E4C-0000-4000-8000-000000000001}" '
                                b'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
                                b"<ds:schemaRefs/></ds:datastoreItem>",
}


@pytest.fixture(scope="module")
def lo_workbook(tmp_path_factory, libreoffice):
    """perfxl's sample workbook with a chart, data validation, a conditional format, notes
    (one on a cell the check flags) and an image, saved by LibreOffice; customXml added."""
    work = tmp_path_factory.mktemp("lo")
    wb = openpyxl.load_workbook(EXAMPLE_WORKBOOK)
    ws = wb.worksheets[0]
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=2, min_row=8, max_row=12))
    ws.add_chart(chart, "J2")
    dv = DataValidation(type="whole", operator="between", formula1="0", formula2="1000")
    ws.add_data_validation(dv)
    dv.add("B6")
    ws.conditional_formatting.add("B8:D12", CellIsRule(operator="greaterThan", formula=["5"],
                                                       fill=PatternFill("solid", fgColor="FFEEAA")))
    ws["A1"].comment = Comment("用户自己的批注", "张会计")
    ws["F14"].comment = Comment("已与财务核对", "张会计")          # a cell the check flags
    wb.save(work / "src.xlsx")
    flat = _soffice(libreoffice, work / "src.xlsx", "fods", work)
    text = flat.read_text(encoding="utf-8")
    frame = ('<draw:frame draw:z-index="5" draw:name="图片1" svg:width="2cm" svg:height="2cm" svg:x="12cm" '
             'svg:y="8cm"><draw:image><office:binary-data>' + base64.b64encode(_png()).decode()
             + "</office:binary-data></draw:image></draw:frame>")
    at = text.index("<draw:frame")
    (work / "img.fods").write_text(text[:at] + frame + text[at:], encoding="utf-8")
    saved = _soffice(libreoffice, work / "img.fods", "xlsx", work)
    members = {i.filename: zipfile.ZipFile(saved).read(i) for i in zipfile.ZipFile(saved).infolist()}
    members.update(CUSTOM_XML)
    out = work / "LibreOffice保存.xlsx"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    names = set(members)
    assert any(n.startswith("xl/media/") for n in names) and any(n.startswith("xl/charts/") for n in names)
    assert any(n.startswith("xl/comments") for n in names)
    return out


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _check_copy(src: Path, out: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "perfxl", "check", str(src), "--format", "xlsx", "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=LIMIT)


def test_untouched_parts_stay_byte_identical(lo_workbook, tmp_path):
    out = tmp_path / "检查.xlsx"
    with unchanged(lo_workbook):
        r = _check_copy(lo_workbook, out)
    assert r.returncode == 1, r.stderr
    assert "Warning" not in r.stderr and "warn" not in r.stderr.lower(), r.stderr   # no English warnings
    before, after = _parts(lo_workbook), _parts(out)
    assert set(before) <= set(after)                                   # nothing dropped
    changed = {n for n in before if before[n] != after[n]}
    sheets = {n for n in before if n.startswith("xl/worksheets/sheet")}
    may_change = ({"[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"}
                  | sheets | {n for n in before if n.startswith(("xl/worksheets/_rels/", "xl/comments"))}
                  | {n for n in before if n.endswith(".vml")})
    assert changed <= may_change, changed - may_change
    for kept in ("xl/media/", "xl/charts/", "xl/drawings/drawing", "customXml/", "docProps/", "xl/sharedStrings.xml"):
        found = [n for n in before if n.startswith(kept)]
        assert found and all(before[n] == after[n] for n in found), kept
    # within the edited sheet: data validation and conditional formats are the user's bytes
    sheet = before["xl/worksheets/sheet1.xml"].decode()
    new_sheet = after["xl/worksheets/sheet1.xml"].decode()
    for block in ("dataValidations", "conditionalFormatting"):
        original = re.search(r"<%s[\s>].*?</%s>" % (block, block), sheet, re.S)
        assert original and original.group(0) in new_sheet, block
    # styles: every existing format kept in place, the highlights appended after them
    old_xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", before["xl/styles.xml"].decode(), re.S).group(1)
    new_xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", after["xl/styles.xml"].decode(), re.S).group(1)
    assert new_xfs.startswith(old_xfs) and len(new_xfs) > len(old_xfs)


def test_notes_results_and_highlights_read_back(lo_workbook, tmp_path):
    out = tmp_path / "检查.xlsx"
    assert _check_copy(lo_workbook, out).returncode == 1
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "检查结果"
    ws = wb["检查结果"]
    assert [c.value for c in ws[1]] == ["序号", "严重程度", "规则", "说明", "单元格", "应为", "实为", "可能原因"]
    assert ws["E2"].hyperlink.location == "'附件3基础数据表'!F14"
    sheet = wb["附件3基础数据表"]
    assert sheet["A1"].comment.text == "用户自己的批注"                      # not flagged: untouched
    note = sheet["F14"].comment.text
    assert note.startswith("已与财务核对") and "621.15" in note              # theirs first, perfxl's appended
    assert sheet["F14"].fill.fgColor.rgb.endswith("FFC7CE")
    flagged_without_note = [c for row in sheet.iter_rows() for c in row
                            if c.comment is not None and c.comment.text.startswith("[")]
    assert flagged_without_note and all(c.fill.fill_type == "solid" for c in flagged_without_note)


def test_libreoffice_opens_the_copy(lo_workbook, tmp_path, libreoffice):
    out = tmp_path / "检查.xlsx"
    assert _check_copy(lo_workbook, out).returncode == 1
    again = _soffice(libreoffice, out, "xlsx:Calc MS Excel 2007 XML", tmp_path / "again")
    wb = openpyxl.load_workbook(again)
    assert wb.sheetnames[0] == "检查结果" and wb["检查结果"].max_row > 10
    sheet = wb["附件3基础数据表"]
    assert sheet["F14"].comment is not None and "621.15" in sheet["F14"].comment.text
    assert sheet["F14"].fill.fgColor.rgb.endswith("FFC7CE")


def test_a_user_sheet_named_like_the_results_is_kept(tmp_path):
    src = tmp_path / "有同名表.xlsx"
    wb = openpyxl.load_workbook(EXAMPLE_WORKBOOK)
    wb.create_sheet("检查结果")["A1"] = "我自己的检查记录"
    wb.save(src)
    out = tmp_path / "o.xlsx"
    with unchanged(src):
        assert main(["check", str(src), "--format", "xlsx", "-o", str(out)]) == 1
    result = openpyxl.load_workbook(out)
    assert result["检查结果"]["A1"].value == "我自己的检查记录"
    assert result.sheetnames[0] == "检查结果（perfxl）" and result["检查结果（perfxl）"]["A1"].value == "序号"
    # perfxl's own result sheet, checked again, is replaced in place, not duplicated
    again = tmp_path / "again.xlsx"
    assert main(["check", str(out), "--format", "xlsx", "-o", str(again)]) == 1
    names = openpyxl.load_workbook(again).sheetnames
    assert names.count("检查结果（perfxl）") == 1 and "检查结果" in names


def test_links_quote_sheet_names_with_apostrophes(tmp_path):
    src = county.build(tmp_path / "撇号.xlsx")
    wb = openpyxl.load_workbook(src)
    wb["附件3"].title = "附件3's表"
    wb.save(src)
    out = tmp_path / "o.xlsx"
    assert main(["check", str(src), "--format", "xlsx", "-o", str(out)]) in (0, 1)
    ws = openpyxl.load_workbook(out)["检查结果"]
    links = [c.hyperlink.location for row in ws.iter_rows() for c in row if c.hyperlink]
    assert links and any(loc.startswith("'附件3''s表'!") for loc in links), links


def test_a_package_the_writer_cannot_edit_falls_back_to_a_rewritten_copy(tmp_path, monkeypatch):
    from perfxl.xlsx import package_book

    def unsupported(self, styles):
        raise package_book.Unsupported("test")

    monkeypatch.setattr(package_book.PackageBook, "_mark_cells", unsupported)
    out = tmp_path / "o.xlsx"
    with unchanged(EXAMPLE_WORKBOOK):
        assert main(["check", str(EXAMPLE_WORKBOOK), "--format", "xlsx", "-o", str(out)]) == 1
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "检查结果" and wb["附件3基础数据表"]["F14"].fill.fgColor.rgb.endswith("FFC7CE")


def _macro_workbook(path: Path) -> Path:
    members = _parts(EXAMPLE_WORKBOOK)
    ct = members["[Content_Types].xml"].decode()
    ct = ct.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    ct = ct.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    members["[Content_Types].xml"] = ct.encode()
    rels = members["xl/_rels/workbook.xml.rels"].decode().replace("</Relationships>", (
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        'Target="vbaProject.bin"/></Relationships>'))
    members["xl/_rels/workbook.xml.rels"] = rels.encode()
    members["xl/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 not a real project, kept byte for byte"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_macro_workbook_keeps_its_macros_under_xlsm(tmp_path, capsys):
    src = _macro_workbook(tmp_path / "宏.xlsm")
    with unchanged(src):
        assert main(["check", str(src), "--format", "xlsx"]) == 1
    out = tmp_path / "宏_检查结果.xlsm"
    assert _parts(out)["xl/vbaProject.bin"] == _parts(src)["xl/vbaProject.bin"]
    assert openpyxl.load_workbook(out).sheetnames[0] == "检查结果"
    # asked for .xlsx: refused before any work, since the macros could not come along
    plain = tmp_path / "无宏.xlsx"
    with unchanged(src):
        assert main(["check", str(src), "--format", "xlsx", "-o", str(plain)]) == 2
    assert "会丢掉其中的宏" in capsys.readouterr().err
    assert not plain.exists()
