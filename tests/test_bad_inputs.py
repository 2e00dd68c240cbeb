"""Whatever finance staff feed perfxl: a finding, a clear refusal (exit 2), or a documented
acceptance — never a traceback, never a changed input."""

import io
import os
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from perfxl.cli import main
from perfxl.checks.runner import run_checks
from perfxl.xlsx.reader import read_workbook

from . import county
from .conftest import EXAMPLE_WORKBOOK, ROOT, unchanged


def run_cli(*args, cwd=None, env_extra=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT), **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "perfxl", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd)


def refused(path, words):
    with unchanged(path):
        r = run_cli("check", path)
    assert r.returncode == 2, r.stderr
    assert words in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and r.stderr.count("\n") == 1


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


# -- files that are not usable workbooks: clear refusal ---------------------------------

def test_not_a_zip(tmp_path):
    p = tmp_path / "数据.xlsx"
    p.write_text("单位,编制数\n北山镇,114\n", encoding="utf-8")   # a .csv renamed .xlsx
    refused(p, "不是有效的 .xlsx 文件")


def test_truncated_xlsx(tmp_path):
    p = tmp_path / "截断.xlsx"
    p.write_bytes(EXAMPLE_WORKBOOK.read_bytes()[:3000])
    refused(p, "不是有效的 .xlsx 文件")


def test_corrupt_member(tmp_path):
    data = bytearray(EXAMPLE_WORKBOOK.read_bytes())
    i = data.find(b"xl/worksheets/sheet1.xml") + 200
    data[i:i + 400] = b"\0" * 400
    p = tmp_path / "损坏.xlsx"
    p.write_bytes(bytes(data))
    r = run_cli("check", p)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "perfxl：" in r.stderr


def test_old_binary_and_encrypted(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    for name in ("旧表.xls", "加密.xlsx", "表.et"):
        p = tmp_path / name
        p.write_bytes(ole)
        refused(p, "另存为” .xlsx")


def test_zip_without_workbook(tmp_path):
    refused(_zip(tmp_path / "文档.xlsx", {"word/document.xml": b"<w/>"}), "不是 Excel 工作簿")


def test_zip_bomb(tmp_path):
    bomb = b"<a>" + b"0" * (300 * 1024 * 1024) + b"</a>"
    p = _zip(tmp_path / "炸弹.xlsx", {"xl/workbook.xml": b"<workbook/>", "xl/worksheets/sheet1.xml": bomb})
    assert p.stat().st_size < 2 * 1024 * 1024
    refused(p, "为安全起见不予读取")


def test_xml_entity_bomb(tmp_path):
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
           b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>&lol2;</sheets></workbook>')
    p = _zip(tmp_path / "实体.xlsx", {"xl/workbook.xml": lol})
    refused(p, "不安全")


def test_defusedxml_is_effective_for_openpyxl():
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML


def test_million_rows(tmp_path):
    rows = "".join(f'<row r="{i}"><c r="A{i}"><v>1</v></c></row>' for i in range(1, 1_000_001))
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + rows + "</sheetData></worksheet>").encode()
    wb = openpyxl.Workbook()
    buf = io.BytesIO()
    wb.save(buf)
    members = {n: zipfile.ZipFile(buf).read(n) for n in zipfile.ZipFile(buf).namelist()}
    members["xl/worksheets/sheet1.xml"] = sheet
    refused(_zip(tmp_path / "百万行.xlsx", members), "超过 100000 行")


# -- workbooks with odd content: findings, never a crash -------------------------------

def test_empty_workbook(tmp_path):
    p = tmp_path / "空.xlsx"
    openpyxl.Workbook().save(p)
    data, _ = read_workbook(p)
    found = run_checks(data)
    assert found and {f.rule for f in found} == {"READ-MISSING"}


def test_hidden_and_very_hidden_sheets(tmp_path):
    p = county.build(tmp_path / "隐藏.xlsx")
    wb = openpyxl.load_workbook(p)
    wb.create_sheet("草稿", 0)["A1"] = "部门整体支出绩效自评表"
    wb["草稿"].sheet_state = "veryHidden"
    wb["附件4"].sheet_state = "hidden"
    wb.save(p)
    data, _ = read_workbook(p)
    assert data.number("budget.adjusted") == 3630.41     # found in the hidden 附件4
    assert data.fv("budget.adjusted").sheet == "附件4"


def test_broken_merges(tmp_path):
    p = county.build(tmp_path / "合并.xlsx")
    raw = zipfile.ZipFile(p)
    members = {n: raw.read(n) for n in raw.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>", b'</sheetData><mergeCells count="2"><mergeCell ref="A1:ZZ"/><mergeCell ref="B2"/></mergeCells>')
    members["xl/worksheets/sheet1.xml"] = sheet
    data, _ = read_workbook(_zip(tmp_path / "坏合并.xlsx", members))
    assert data.number("staff.authorized") == 114


def test_labels_present_values_missing(tmp_path):
    a3 = [row[:1] if i == 4 else row for i, row in enumerate(county.A3_ROWS)]
    data, _ = read_workbook(county.build(tmp_path / "空值.xlsx", a3=a3))
    found = run_checks(data)
    assert {"“编制数”未填写。", "“实际在职人数”未填写。"} <= {f.message for f in found if f.rule == "READ-EMPTY"}


@pytest.mark.parametrize("typed, variant", [("－", "placeholder"), ("/", "placeholder"), ("无", "placeholder"),
                                            ("——", "placeholder"), ("#DIV/0!", "error"), ("#REF!", "error"),
                                            ("约一百人", "text")])
def test_text_and_error_values_in_number_cells(tmp_path, typed, variant):
    a3 = [list(r) for r in county.A3_ROWS]
    a3[4][1] = typed
    data, _ = read_workbook(county.build(tmp_path / "文字.xlsx", a3=a3))
    f, = [f for f in run_checks(data) if f.rule == "READ-NOT-NUMBER"]
    assert f.cells == ["附件3!B5"]
    assert {"placeholder": "按未填写处理", "error": "错误值", "text": "应为数字"}[variant] in f.message


def test_error_value_cell_type(tmp_path):
    p = county.build(tmp_path / "错误值.xlsx")
    raw = zipfile.ZipFile(p)
    members = {n: raw.read(n) for n in raw.namelist()}
    members["xl/worksheets/sheet1.xml"] = members["xl/worksheets/sheet1.xml"].replace(
        b'<c r="B5" t="n"><v>114</v></c>', b'<c r="B5" t="e"><v>#DIV/0!</v></c>')
    data, _ = read_workbook(_zip(tmp_path / "e.xlsx", members))
    assert data.raw("staff.authorized") == "#DIV/0!"
    assert any(f.rule == "READ-NOT-NUMBER" and "错误值" in f.message for f in run_checks(data))


def test_negative_amounts_and_huge_numbers(tmp_path):
    a3 = county.replace_row(county.A3_ROWS, "政府采购金额", ["政府采购金额", -253, 1e300, 379.61])
    data, _ = read_workbook(county.build(tmp_path / "负数.xlsx", a3=a3))
    found = run_checks(data)
    assert [f.cells for f in found if f.rule == "READ-NEGATIVE"] == [["附件3!B23"]]


def test_dates_where_numbers_belong(tmp_path):
    import datetime

    p = county.build(tmp_path / "日期.xlsx")
    wb = openpyxl.load_workbook(p)
    wb["附件3"]["B5"] = datetime.date(2023, 1, 14)
    wb.save(p)
    data, _ = read_workbook(p)
    assert any(f.rule == "READ-NOT-NUMBER" and "日期" in f.message for f in run_checks(data))


def test_very_long_strings(tmp_path):
    a3 = [list(r) for r in county.A3_ROWS]
    a3[2][1] = "北山镇" * 10000
    data, _ = read_workbook(county.build(tmp_path / "长.xlsx", a3=a3))
    run_checks(data)
    assert len(data.raw("unit.name")) == 30000


def test_chinese_paths_with_spaces(tmp_path):
    folder = tmp_path / "县 财政局" / "2023 年 材料"
    folder.mkdir(parents=True)
    p = folder / "北山 镇 自评表.xlsx"
    p.write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    out = folder / "检查 结果.json"
    r = run_cli("check", p, "--format", "json", "-o", out)
    assert r.returncode == 1 and out.exists() and "Traceback" not in r.stderr


# -- outputs: atomic, never onto an input ---------------------------------------------

def test_output_equal_to_input_is_refused(tmp_path):
    p = tmp_path / "表.xlsx"
    p.write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    with unchanged(p):
        for fmt in ("text", "xlsx"):
            r = run_cli("check", p, "--format", fmt, "-o", p, "--force")
            assert r.returncode == 2 and "输入文件" in r.stderr


def test_missing_output_folder(tmp_path):
    r = run_cli("check", EXAMPLE_WORKBOOK, "-o", tmp_path / "无此文件夹" / "r.txt")
    assert r.returncode == 2 and "不存在" in r.stderr


def test_read_only_folder(tmp_path, monkeypatch, capsys):
    import tempfile

    def deny(*a, **k):
        raise PermissionError("read-only")

    monkeypatch.setattr(tempfile, "mkstemp", deny)
    assert main(["check", str(EXAMPLE_WORKBOOK), "--format", "xlsx", "-o", str(tmp_path / "o.xlsx")]) == 2
    assert "没有在" in capsys.readouterr().err


def test_interrupted_write_keeps_previous_output(tmp_path, monkeypatch):
    from perfxl import files

    out = tmp_path / "模板.xlsx"
    assert main(["new", "-o", str(out)]) == 0

    def interrupted(data):
        raise KeyboardInterrupt

    monkeypatch.setattr(files, "normalize_package", interrupted)
    from perfxl.xlsx import template
    monkeypatch.setattr(template, "normalize_package", interrupted)
    with unchanged(out):  # the previous output survives the interrupted run
        assert main(["new", "--unit", "新单位", "-o", str(out), "--force"]) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".perfxl-")]


def test_existing_output_needs_force(tmp_path):
    out = tmp_path / "r.json"
    out.write_text("旧内容", encoding="utf-8")
    r = run_cli("check", EXAMPLE_WORKBOOK, "--format", "json", "-o", out)
    assert r.returncode == 2 and "--force" in r.stderr and out.read_text(encoding="utf-8") == "旧内容"


# -- narratives ---------------------------------------------------------------------

def test_mixed_encodings_are_refused_clearly(tmp_path):
    p = tmp_path / "混合.txt"
    p.write_bytes("基本支出2998.29万元，".encode("gbk") + "项目支出621.15万元。".encode("utf-8"))
    r = run_cli("check", "--narrative", p)
    assert r.returncode == 2 and "另存为”UTF-8" in r.stderr and "Traceback" not in r.stderr


def test_gbk_console(tmp_path):
    r = subprocess.run([sys.executable, "-m", "perfxl", "check", str(EXAMPLE_WORKBOOK), "--narrative",
                        str(ROOT / "workbooks" / "北山镇2023_自评报告.txt")], capture_output=True,
                       env=dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="gbk"))
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    r.stdout.decode("gbk")  # what a Chinese Windows console receives is valid GBK


# -- batch: one broken file is one row -------------------------------------------------

def test_batch_mixed_folder(tmp_path):
    folder = tmp_path / "材料"
    (folder / "甲").mkdir(parents=True)
    (folder / "乙").mkdir()
    (folder / "甲" / "北山镇.xlsx").write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    (folder / "甲" / "北山镇.txt").write_text((ROOT / "workbooks" / "北山镇2023_自评报告.txt").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    county.build(folder / "乙" / "县表.xlsx")
    (folder / "乙" / "坏.xlsx").write_text("not a workbook", encoding="utf-8")
    (folder / "乙" / "~$锁文件.xlsx").write_text("lock", encoding="utf-8")
    out = tmp_path / "汇总.xlsx"
    with unchanged(*(p for p in folder.rglob("*") if p.is_file())):
        r = run_cli("batch", folder, "-o", out, "--jobs", "2")
    assert r.returncode == 1 and "共检查 3 份，其中 1 份无法读取" in r.stdout
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["汇总", "问题清单", "统计图"]
    rows = list(wb["汇总"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 3 and rows[0][13].startswith("无法读取")
    beishan = [r for r in rows if r[14].endswith("北山镇.xlsx")][0]
    assert beishan[1] == "北山镇人民政府" and beishan[3] == 99.97 and beishan[6] > 4   # report checked too
    assert wb["汇总"].cell(row=2 + rows.index(beishan), column=13).hyperlink is not None
    texts = [c for row in wb["问题清单"].iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert all(c.data_type == "s" for c in texts)
    assert wb["统计图"]._charts
    for sheet in wb.worksheets:
        assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9


def test_batch_json_and_empty_folder(tmp_path):
    import json

    folder = tmp_path / "材料"
    folder.mkdir()
    r = run_cli("batch", folder, "-o", tmp_path / "a.json", "--format", "json")
    assert r.returncode == 2 and "没有 .xlsx" in r.stderr
    (folder / "a.xlsx").write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    r = run_cli("batch", folder, "-o", tmp_path / "a.json", "--format", "json", "--jobs", "1")
    doc = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert doc["submissions"][0]["unit"] == "北山镇人民政府" and doc["submissions"][0]["findings"]
