"""`perfxl check`: the text report, the JSON contract, the xlsx copy and exit codes."""

import json
import os
import subprocess
import sys

import openpyxl
import pytest

from perfxl.cli import main

from . import county
from .conftest import EXAMPLE_WORKBOOK, ROOT, unchanged


@pytest.fixture(scope="module")
def example_json(tmp_path_factory):
    out = tmp_path_factory.mktemp("j") / "r.json"
    with unchanged(EXAMPLE_WORKBOOK):
        assert main(["check", str(EXAMPLE_WORKBOOK), "--format", "json", "-o", str(out)]) == 1
    return json.loads(out.read_text(encoding="utf-8"))


def test_json_contract(example_json):
    r = example_json
    assert set(r) == {"perfxl_version", "inputs", "unit", "year", "summary", "findings"}
    assert r["inputs"] == {"workbook": str(EXAMPLE_WORKBOOK), "narrative": None}
    assert (r["unit"], r["year"]) == ("北山镇人民政府", 2023)
    assert r["summary"] == {"total_score": 99.97, "grade": "优", "errors": 4, "warnings": 4, "infos": 4}
    for f in r["findings"]:
        assert set(f) == {"rule", "severity", "message", "cells", "narrative", "expected", "actual", "cause"}
        assert f["severity"] in ("error", "warning", "info")
        assert all("!" in c for c in f["cells"])
    severities = [f["severity"] for f in r["findings"]]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)


def test_example_reviewer_findings(example_json):
    found = {(f["rule"], f["cells"][0]) for f in example_json["findings"]}
    assert ("A4-SECTION-HEADER", "附件4绩效自评表!B15") in found     # 产出指标(50分) vs 48
    assert ("X-PROJECT-SPENDING", "附件3基础数据表!F14") in found   # 139.72 vs 621.15
    assert ("A4-INDICATOR-SCORE", "附件4绩效自评表!H35") in found   # 基本按计划完成 with full marks
    assert not [f for f in example_json["findings"] if f["rule"] == "A3-SANGONG-SUM"]  # 9.84 is fine


def test_text_report_groups_by_sheet(capsys):
    assert main(["check", str(EXAMPLE_WORKBOOK)]) == 1
    out = capsys.readouterr().out
    assert out.index("【附件3基础数据表】") < out.index("【附件4绩效自评表】")
    assert "总得分 99.97，评价等级 优；错误 4 项" in out
    assert "可能原因：“基本”“部分”等措辞表示未完全达成，不应得满分" in out


def test_xlsx_copy_with_result_sheet(tmp_path):
    out = tmp_path / "检查.xlsx"
    with unchanged(EXAMPLE_WORKBOOK):
        assert main(["check", str(EXAMPLE_WORKBOOK), "--format", "xlsx", "-o", str(out)]) == 1
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "检查结果"
    ws = wb["检查结果"]
    assert [c.value for c in ws[1]] == ["序号", "严重程度", "规则", "说明", "单元格", "应为", "实为", "可能原因"]
    rows = list(ws.iter_rows(min_row=2, max_row=13, values_only=True))
    assert len([r for r in rows if r[0]]) == 12
    assert ws["E2"].hyperlink.location == "'附件3基础数据表'!F14"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    flagged = wb["附件3基础数据表"]["F14"]
    assert flagged.comment is not None and "621.15" in flagged.comment.text
    assert flagged.fill.fgColor.rgb.endswith("FFC7CE")
    # checking the checked copy again replaces the sheet instead of adding another
    again = tmp_path / "再检查.xlsx"
    assert main(["check", str(out), "--format", "xlsx", "-o", str(again)]) == 1
    assert openpyxl.load_workbook(again).sheetnames.count("检查结果") == 1


def test_text_from_workbook_cannot_become_a_formula(tmp_path):
    path = county.build(tmp_path / "公式.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["附件3"]["B5"] = "=1+1 注入"
    wb["附件3"]["B5"].data_type = "s"
    wb.save(path)
    out = tmp_path / "o.xlsx"
    main(["check", str(path), "--format", "xlsx", "-o", str(out)])
    ws = openpyxl.load_workbook(out)["检查结果"]
    texts = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert texts and all(c.data_type == "s" for c in texts)


def test_clean_exit_zero(tmp_path):
    from perfxl.xlsx import template

    from .helpers import CLEAN
    from perfxl.forms.datafile import read_data, resolve_stated

    form, values = read_data({"年度": 2023, **CLEAN})
    path = tmp_path / "好.xlsx"
    template.save(template.build_workbook(form, resolve_stated(form, values)), path)
    assert main(["check", str(path)]) == 0


def test_blank_template_has_no_warning_or_error(capsys):
    from .conftest import ROOT

    template = ROOT / "templates" / "部门整体支出绩效自评表_2025.xlsx"
    assert main(["check", str(template), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["findings"]
    assert found and {f["severity"] for f in found} == {"info"}   # only "未填写" hints


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["check"]) == 2
    assert "请指定要检查的工作簿" in capsys.readouterr().err
    assert main(["check", str(tmp_path / "无.xlsx")]) == 2
    assert "找不到文件" in capsys.readouterr().err


def test_gbk_console_does_not_crash(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="gbk")
    r = subprocess.run([sys.executable, "-m", "perfxl", "check", str(EXAMPLE_WORKBOOK)],
                       capture_output=True, env=env)
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    assert "北山镇".encode("gbk") in r.stdout


def test_xlsx_copy_keeps_a_note_the_user_wrote(tmp_path):
    src = tmp_path / "有批注.xlsx"
    wb = openpyxl.load_workbook(EXAMPLE_WORKBOOK)
    wb["附件3基础数据表"]["F14"].comment = openpyxl.comments.Comment("已与财务核对", "张会计")
    wb.save(src)
    out = tmp_path / "检查.xlsx"
    with unchanged(src):
        assert main(["check", str(src), "--format", "xlsx", "-o", str(out)]) == 1
    flagged = openpyxl.load_workbook(out)["附件3基础数据表"]["F14"]
    # theirs kept word for word and first; the finding follows it (issue 13: append, never replace)
    assert flagged.comment.text.startswith("已与财务核对\n\n[错误]") and "621.15" in flagged.comment.text
    assert flagged.fill.fgColor.rgb.endswith("FFC7CE")      # the cell is still highlighted


def test_result_sheet_writes_expected_and_actual_as_numbers(tmp_path):
    from types import SimpleNamespace

    from perfxl.checks.findings import Finding
    from perfxl.report.sheet import result_sheet

    findings = [Finding("R1", "error", "m", expected=50.0, actual=48.0),
                Finding("R2", "warning", "m", expected=0.1 + 0.2, actual=621.15),
                Finding("R3", "info", "m", expected="≤100%", actual="较好")]
    review = SimpleNamespace(findings=findings, summary_line=lambda: "")
    rows = result_sheet(review).rows
    assert rows[1][5:7] == [50, 48] and all(type(v) is int for v in rows[1][5:7])
    assert rows[2][5:7] == [0.3, 621.15]
    # silent: text stays text
    assert rows[3][5:7] == ["≤100%", "较好"]
    # and in the checked copy the numbers are stored as numbers
    out = tmp_path / "out.xlsx"
    assert main(["check", str(EXAMPLE_WORKBOOK), "--format", "xlsx", "-o", str(out)]) in (0, 1)
    ws = openpyxl.load_workbook(out)["检查结果"]
    values = [ws.cell(row=r, column=c).value for r in range(2, ws.max_row + 1) for c in (6, 7)]
    assert not any(isinstance(v, str) and v.replace(".", "", 1).isdigit() for v in values)
    assert any(isinstance(v, (int, float)) for v in values)
