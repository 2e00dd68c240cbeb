"""Reading reports: .docx, .txt in every encoding Chinese Windows writes, a sheet; refusals."""


import openpyxl
import pytest
from docx import Document

from perfxl.cli import main
from perfxl.errors import PerfxlError
from perfxl.narrative.read import OLE_MAGIC, read_narrative

TEXT = "2023年支出合计3619.44万元，其中：基本支出2998.29万元，占82.84%。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_txt_encodings(tmp_path, encoding):
    p = tmp_path / "报告.txt"
    p.write_bytes(TEXT.encode(encoding))
    assert read_narrative(p).text == TEXT


def test_docx_paragraphs_then_tables(tmp_path):
    doc = Document()
    doc.add_paragraph("第一段")
    doc.add_paragraph(TEXT)
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "编制数"
    table.cell(0, 1).text = "114人"
    p = tmp_path / "报告.docx"
    doc.save(p)
    assert read_narrative(p).text == "第一段\n" + TEXT + "\n编制数\t114人"


def test_docx_with_only_tables(tmp_path):
    doc = Document()
    table = doc.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "项目支出621.15万元"
    p = tmp_path / "表.docx"
    doc.save(p)
    assert read_narrative(p).text.endswith("项目支出621.15万元")


def test_report_sheet_in_workbook(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "附件3"
    ws = wb.create_sheet("报告正文")
    ws["A1"] = "部门整体支出绩效自评报告"
    ws["A2"] = TEXT
    p = tmp_path / "带报告.xlsx"
    wb.save(p)
    assert read_narrative(p).text == "部门整体支出绩效自评报告\n" + TEXT
    with pytest.raises(PerfxlError, match="--sheet"):
        read_narrative(p, sheet="不存在")


@pytest.mark.parametrize("name, content, words", [
    ("旧.doc", OLE_MAGIC + b"\0" * 100, "另存为” .docx"),
    ("加密.docx", OLE_MAGIC + b"\0" * 100, "取消密码"),
    ("报告.wps", b"WPS binary", "旧版 Word/WPS"),
    ("乱码.txt", bytes(range(256)) * 4, "不是文本文件"),
    ("坏.docx", b"PK\x03\x04broken", "不是有效的 .docx"),
])
def test_refusals_are_clear(tmp_path, name, content, words):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(PerfxlError, match=words.replace("(", r"\(").replace(".", r"\.")):
        read_narrative(p)


def test_report_sheet_is_used_by_check_without_options(tmp_path, capsys):
    from .conftest import EXAMPLE_WORKBOOK, ROOT

    wb = openpyxl.load_workbook(EXAMPLE_WORKBOOK)
    ws = wb.create_sheet("报告正文")
    for i, line in enumerate((ROOT / "workbooks" / "北山镇2023_自评报告.txt").read_text(encoding="utf-8").split("\n"), 1):
        ws.cell(row=i, column=1, value=line or None)
    p = tmp_path / "带报告.xlsx"
    wb.save(p)
    assert main(["check", str(p), "--format", "json"]) == 1
    import json

    result = json.loads(capsys.readouterr().out)
    assert result["inputs"]["narrative"].endswith("#报告正文")
    assert any(f["rule"] == "N-SHARE" for f in result["findings"])


def test_empty_file_is_an_empty_report(tmp_path):
    p = tmp_path / "空.txt"
    p.write_bytes(b"")
    assert read_narrative(p).text == ""
    assert main(["check", "--narrative", str(p)]) == 0


def test_figures_command_json(tmp_path, capsys):
    from .conftest import unchanged

    import json

    p = tmp_path / "报告.txt"
    p.write_text(TEXT, encoding="gbk")
    with unchanged(p):
        assert main(["figures", str(p), "--format", "json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert [f["text"] for f in figures] == ["3619.44万元", "2998.29万元", "82.84%"]
    assert set(figures[0]) == {"text", "value", "unit", "decimals", "subject", "kind", "start", "end",
                               "approximate", "relation", "year"}
    assert figures[1]["subject"] == "基本支出" and figures[0]["year"] == 2023


def test_figures_command_text(tmp_path, capsys):
    p = tmp_path / "报告.txt"
    p.write_text(TEXT, encoding="utf-8")
    assert main(["figures", str(p)]) == 0
    assert "共找到 3 个数字" in capsys.readouterr().out


def _book_with_report_sheet(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "附件3"
    ws = wb.create_sheet("报告正文")
    ws["A1"] = TEXT
    p = tmp_path / "withrep.xlsx"
    wb.save(p)
    return p


def test_check_with_a_missing_report_sheet_refuses_and_lists_the_sheets(tmp_path, capsys):
    p = _book_with_report_sheet(tmp_path)
    assert main(["check", str(p), "--sheet", "不存在"]) == 2
    err = capsys.readouterr().err
    assert "“不存在”" in err and "“附件3”" in err and "“报告正文”" in err and "Traceback" not in err
    # the same sentence as --narrative FILE --sheet 不存在
    assert main(["check", "--narrative", str(p), "--sheet", "不存在"]) == 2
    assert "“报告正文”" in capsys.readouterr().err


def test_check_with_an_existing_report_sheet_reads_it(tmp_path, capsys):
    from .conftest import EXAMPLE_WORKBOOK

    wb = openpyxl.load_workbook(EXAMPLE_WORKBOOK)   # a real form: a workbook without one is refused
    wb.create_sheet("报告正文")["A1"] = TEXT
    p = tmp_path / "withrep.xlsx"
    wb.save(p)
    import json

    assert main(["check", str(p), "--sheet", "报告正文", "--format", "json"]) in (0, 1)
    assert json.loads(capsys.readouterr().out)["inputs"]["narrative"].endswith("#报告正文")


@pytest.mark.parametrize("name", ["加密报告.docx", "加密报告.doc"])
def test_a_password_protected_report_is_named_so_with_or_without_libreoffice(tmp_path, monkeypatch, name):
    """A .docx saved with a password is an OLE box holding the encrypted package: said so, under any name,
    before any conversion is tried (LibreOffice could not open it either)."""
    import io

    import msoffcrypto

    plain = io.BytesIO()
    doc = Document()
    doc.add_paragraph(TEXT)
    doc.save(plain)
    out = io.BytesIO()
    msoffcrypto.OfficeFile(io.BytesIO(plain.getvalue())).encrypt("1234", out)
    p = tmp_path / name
    p.write_bytes(out.getvalue())
    monkeypatch.setattr("perfxl.narrative.formats.soffice", lambda: "/nonexistent/soffice")
    with pytest.raises(PerfxlError, match="设置了打开密码"):
        read_narrative(p)
    assert p.read_bytes() == out.getvalue()
