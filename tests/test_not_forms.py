"""Issue 20: a spreadsheet that is not a performance form is never "clean".

Every file of the not-a-form corpus (tests/data/not_forms) exits 2 with one Chinese line —
the 未在…中找到… sentence, or a sentence naming its format — through the command line; every
real form layout (tests/data/layouts) is still recognised and every near miss exits 2; the
batch counts 未识别 apart; the Excel button says it in a message box.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import openpyxl
import pytest

from perfxl.cli import main

from . import county
from .conftest import EXAMPLE_WORKBOOK, ROOT, unchanged
from .layout_corpus import build_layouts, load_layouts

HERE = Path(__file__).resolve().parent / "data" / "not_forms"
NOT_FOUND = "中找到部门整体支出绩效表格（附件3/附件4）或项目支出绩效自评表："
# A file too large to be a form (a cell on row 1048576) is refused by the size limits first.
LIMIT_REFUSAL = "不像是自评表"


def _builder():
    spec = importlib.util.spec_from_file_location("not_forms_build_for_cli", HERE / "build.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


MANIFEST = tomllib.loads((HERE / "manifest.toml").read_text(encoding="utf-8"))["file"]
PURE = [e for e in MANIFEST if not e["soffice"]]
SOFFICE = [e for e in MANIFEST if e["soffice"]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("not_forms")
    _builder().build_all(out)
    return out


@pytest.fixture(scope="session")
def soffice_corpus(libreoffice, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("not_forms_soffice")
    _builder().build_soffice(out)
    return out


def check_line(capsys, path: Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["check", str(path)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_answer(entry: dict, code: int, out: str, err: str) -> None:
    name = entry["name"]
    assert code == 2, (name, out[-300:], err)
    assert out == "", (name, out[-300:])                      # never a report of "0 errors"
    assert err.startswith("perfxl：") and err.count("\n") == 1, (name, err)
    assert "Traceback" not in err
    line = err.strip()
    if entry["expect"] == "not_a_form":
        assert (f"未在“{name}”" + NOT_FOUND in line) or LIMIT_REFUSAL in line, (name, line)
        assert "未找到“" not in line                          # no READ-MISSING flood
    else:
        said_format = any(word in line for word in entry["message_any"])
        read_and_refused = entry["readable"] and f"未在“{name}”" + NOT_FOUND in line
        assert said_format or read_and_refused, (name, line)
    assert "不是 Excel 工作簿" not in line or not entry["readable"], (name, line)


@pytest.mark.parametrize("entry", PURE, ids=[e["name"] for e in PURE])
def test_every_non_form_exits_2_with_one_sentence(corpus, capsys, entry):
    path = corpus / entry["name"]
    with unchanged(path):
        code, out, err = check_line(capsys, path)
    assert_answer(entry, code, out, err)


@pytest.mark.libreoffice
@pytest.mark.parametrize("entry", SOFFICE, ids=[e["name"] for e in SOFFICE])
def test_converted_non_forms_exit_2(soffice_corpus, capsys, entry):
    code, out, err = check_line(capsys, soffice_corpus / entry["name"])
    assert_answer(entry, code, out, err)
    if entry["readable"]:   # .xls/.et/.ett/.ods are read now, and found not to be forms
        assert f"未在“{entry['name']}”" + NOT_FOUND in err


@pytest.mark.parametrize("name", ["工资表_在编人员2023年12月.xlsx", "三公经费预算执行情况.xlsx", "加密_花名册.xlsx",
                                  "工资表.xlsb", "CSV改名.xlsx", "空文件.xlsx", "巨大合并区域.xlsx"])
def test_sample_through_a_real_process(corpus, name):
    entry = next(e for e in MANIFEST if e["name"] == name)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-m", "perfxl", "check", str(corpus / name)], capture_output=True,
                       text=True, env=env, timeout=120)
    assert_answer(entry, r.returncode, r.stdout, r.stderr)


def test_hard_cases_say_what_came_closest(corpus, capsys):
    _, _, err = check_line(capsys, corpus / "项目支出绩效目标申报表.xlsx")
    assert "最接近的是工作表“绩效目标”" in err and "没有实际完成值和得分" in err
    _, _, err = check_line(capsys, corpus / "人员编制情况表.xlsx")
    assert "有“编制数”“实有人数”" in err
    _, _, err = check_line(capsys, corpus / "空工作簿.xlsx")
    assert "没有任何内容" in err
    _, _, err = check_line(capsys, corpus / "绩效自评_其实是工资表.xlsx")
    assert "只有表题" in err


def test_formats_are_named(corpus, capsys):
    said = {name: check_line(capsys, corpus / name)[2] for name in
            ("补贴名单_gbk.csv", "加密_工资表.xlsx", "Word文档改名.xlsx", "截断的工作簿.xlsx", "空文件.xls",
             "网页导出.xls", "压缩包改名.xlsx", "二进制工作簿.xlsb", "扁平ODS.fods")}
    assert "文本表格（CSV" in said["补贴名单_gbk.csv"] and "另存为” .xlsx" in said["补贴名单_gbk.csv"]
    assert "设置了打开密码" in said["加密_工资表.xlsx"]
    assert "Word 文档（.docx）" in said["Word文档改名.xlsx"]
    assert "不完整或已损坏" in said["截断的工作簿.xlsx"]
    assert "空文件（0 字节）" in said["空文件.xls"]
    assert "网页（HTML）" in said["网页导出.xls"]
    assert "zip 压缩包" in said["压缩包改名.xlsx"]
    assert ".xlsb（Excel 二进制工作簿）" in said["二进制工作簿.xlsb"] and "已损坏" in said["二进制工作簿.xlsb"]
    assert ".fods" in said["扁平ODS.fods"]


def test_xlsb_and_ods_are_read(corpus):
    from perfxl.xlsx.reader import read_grids

    grids = read_grids(corpus / "工资表.xlsb")
    assert len(grids) == 2 and any(isinstance(c.value, str) for c in grids[0].cells.values())
    ods = read_grids(corpus / "ODS改名.xlsx")                       # read by content, not by its name
    assert ods and any(c.value is not None for g in ods for c in g.cells.values())


# -- the real layouts and their near misses ----------------------------------------------

@pytest.fixture(scope="module")
def layouts(tmp_path_factory):
    return build_layouts(tmp_path_factory.mktemp("layouts"))


FORMS = [lay for lay in load_layouts() if lay.is_form]
NEAR_MISSES = [lay for lay in load_layouts() if not lay.is_form]


@pytest.mark.parametrize("layout", FORMS, ids=[lay.id for lay in FORMS])
def test_every_real_layout_is_recognised(layouts, capsys, layout):
    from perfxl.reading.recognize import recognize
    from perfxl.xlsx.reader import read_grids

    path = layouts[(layout.id, "clean")]
    rec = recognize(read_grids(path))
    kinds = {p.form for p in layout.parts}
    assert kinds <= rec.kinds, (layout.id, rec.kinds)
    code, out, err = check_line(capsys, path)
    assert NOT_FOUND not in err
    # a form is checked (0/1), or its key fields were not found: 未能识别, said so (issue 12)
    assert code in (0, 1) or (code == 2 and err.startswith(f"perfxl：未能识别“{path.name}”")), err


@pytest.mark.parametrize("layout", NEAR_MISSES, ids=[lay.id for lay in NEAR_MISSES])
def test_every_near_miss_exits_2(layouts, capsys, layout):
    path = layouts[(layout.id, "clean")]
    code, out, err = check_line(capsys, path)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"未在“{path.name}”" + NOT_FOUND in err


def test_project_form_alone_hears_nothing_of_the_other_forms(layouts, capsys):
    path = layouts[("ah_tangxi", "clean")]
    assert main(["check", str(path), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["findings"]
    said = " ".join(f["message"] for f in found)
    assert "附件3" not in said and "编制数" not in said and "一般公共预算" not in said


# -- key fields of a recognised form (issue 12, rule 2) --------------------------------

def test_form_without_its_key_fields_is_not_understood(tmp_path, capsys):
    a4 = county.a4_rows()
    header = next(i for i, row in enumerate(a4) if "实际完成值" in row)
    a4[header] = ["完成情况说明" if c == "实际完成值" else c for c in a4[header]]
    path = county.build(tmp_path / "缺栏目.xlsx", a4=a4)
    with unchanged(path):
        code, out, err = check_line(capsys, path)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith("perfxl：未能识别“缺栏目.xlsx”中的表格：附件4 部门整体支出绩效自评表（工作表“附件4”）"
                          "找到了全年预算数、全年执行数、总得分，未找到绩效指标")
    assert "附件3" not in err                                      # 附件3 was understood


def test_compact_missing_lines_and_skipped_sums():
    from perfxl.checks.runner import run_checks
    from perfxl.xlsx.reader import read_workbook

    data, _ = read_workbook(EXAMPLE_WORKBOOK)
    for line in ("car_purchase", "abroad"):
        for col in ("prev_actual", "budget", "actual"):
            del data.values[f"funds.{line}.{col}"]
            data.missing.append(f"funds.{line}.{col}")
    data.values["funds.sangong.actual"].value = 20          # would disagree with the lines that are there
    data.values["funds.car.budget"].value = 50
    found = run_checks(data)
    blocks = [f.message for f in found if f.rule == "READ-MISSING"]
    assert blocks == ["附件3 经费控制情况：未找到 公车购置、出国经费 两行，"
                      "因此未做 A3-CAR-SUM、A3-SANGONG-SUM 检查。"]
    assert not [f for f in found if f.rule in ("A3-SANGONG-SUM", "A3-CAR-SUM")]   # skipped, not guessed
    del data.values["funds.reception.actual"]
    data.missing.append("funds.reception.actual")
    blocks = [f.message for f in run_checks(data) if f.rule == "READ-MISSING"]
    assert blocks == ["附件3 经费控制情况：未找到 公车购置、出国经费 两行；公务接待费_本年决算数，"
                      "因此未做 A3-CAR-SUM、A3-SANGONG-SUM 检查。"]


def test_compact_missing_is_silent_when_every_line_is_there(tmp_path, capsys):
    path = county.build(tmp_path / "齐全.xlsx")
    assert main(["check", str(path), "--format", "json"]) == 1
    found = json.loads(capsys.readouterr().out)["findings"]
    assert not [f for f in found if f["rule"] == "READ-MISSING" and "经费控制情况" in f["message"]]


# -- values-only formats -------------------------------------------------------------------

def test_values_only_is_said_once():
    from perfxl.checks.runner import run_checks
    from perfxl.xlsx.reader import read_workbook

    data, _ = read_workbook(EXAMPLE_WORKBOOK)
    assert not [f for f in run_checks(data) if f.rule == "READ-VALUES-ONLY"]       # silent for .xlsx
    data.values_only, data.values_book = ".xls（旧版 Excel）", "北山镇2023.xls"
    said = [f for f in run_checks(data) if f.rule == "READ-VALUES-ONLY"]
    assert len(said) == 1 and said[0].severity == "info"
    assert "北山镇2023.xls" in said[0].message and ".xlsx" in said[0].message


@pytest.mark.libreoffice
def test_xls_and_ods_copies_of_a_real_form_read_like_the_xlsx(libreoffice, tmp_path, capsys):
    src = tmp_path / "县表.xlsx"
    county.build(src)
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    for flt in ("xls", "ods"):
        subprocess.run([exe, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                        "--norestore", "--convert-to", flt, "--outdir", str(tmp_path / flt), str(src)],
                       check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def findings(path):
        assert main(["check", str(path), "--format", "json"]) == 1
        return [(f["rule"], f["message"], f["cells"]) for f in json.loads(capsys.readouterr().out)["findings"]]

    base = findings(src)
    for flt in ("xls", "ods"):
        got = findings(tmp_path / flt / f"县表.{flt}")
        assert [f for f in got if f[0] != "READ-VALUES-ONLY"] == base
        assert [f[0] for f in got].count("READ-VALUES-ONLY") == 1
    # the checked copy is written by openpyxl, from an .xlsx only: said in one sentence
    assert main(["check", str(tmp_path / "xls" / "县表.xls"), "--format", "xlsx", "-o", str(tmp_path / "o.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "是 .xls（旧版 Excel）文件：带“检查结果”的副本只能由 .xlsx 生成" in err and err.count("\n") == 1


# -- batch and the button ----------------------------------------------------------------

def test_batch_counts_unrecognised_apart(corpus, tmp_path, capsys):
    folder = tmp_path / "材料"
    folder.mkdir()
    shutil.copy(EXAMPLE_WORKBOOK, folder / "北山镇.xlsx")
    county.build(folder / "县表.xlsx")
    for name in ("工资表_在编人员2023年12月.xlsx", "三公经费预算表.xlsx", "工资表.xlsb"):
        shutil.copy(corpus / name, folder / name)
    (folder / "坏.xlsx").write_bytes(b"PK\x03\x04" + b"\0" * 40)
    out = tmp_path / "汇总.json"
    assert main(["batch", str(folder), "--format", "json", "--jobs", "1", "--quiet", "-o", str(out)]) == 1
    line = capsys.readouterr().out
    assert "共检查 6 份，其中 1 份无法读取，3 份未识别" in line and "0 份无错误，2 份有错误" in line
    doc = json.loads(out.read_text(encoding="utf-8"))
    status = {Path(s["file"]).name: s["status"] for s in doc["submissions"]}
    assert status == {"北山镇.xlsx": "ok", "县表.xlsx": "ok", "坏.xlsx": "unusable", "工资表.xlsb": "unrecognised",
                      "工资表_在编人员2023年12月.xlsx": "unrecognised", "三公经费预算表.xlsx": "unrecognised"}
    assert doc["counts"] == {"submissions": 6, "clean": 0, "with_errors": 2, "unrecognised": 3, "unusable": 1,
                             "errors": doc["counts"]["errors"]} and doc["counts"]["errors"] > 0
    unrec = [s for s in doc["submissions"] if s["status"] == "unrecognised"]
    assert all(NOT_FOUND in s["reason"] and not s["findings"] for s in unrec)

    xlsx = tmp_path / "汇总.xlsx"
    assert main(["batch", str(folder), "--jobs", "1", "--quiet", "-o", str(xlsx)]) == 1
    wb = openpyxl.load_workbook(xlsx)
    rows = list(wb["汇总"].iter_rows(min_row=2, values_only=True))
    states = [r[13] for r in rows]
    assert states[0].startswith("无法读取") and all(s.startswith("未识别：") for s in states[1:4])
    assert not any(s.startswith("未识别") for s in states[4:])
    counts = {r[0]: r[1] for r in wb["统计图"].iter_rows(values_only=True) if r[0] and isinstance(r[1], int)}
    assert counts["未识别（不是绩效表格或缺少关键栏目）"] == 3 and counts["无法读取"] == 1
    assert counts["已检查，有错误"] == 2 and counts["已检查，无错误"] == 0 and counts["合计"] == 6


def test_button_says_it_in_a_message_box(corpus, tmp_path, monkeypatch):
    from perfxl.errors import UnrecognisedWorkbook
    from perfxl.excel import actions
    from perfxl.excel.adapter import XlwingsBook

    from .fake_xlwings import FakeBook

    src = tmp_path / "考勤表.xlsx"
    shutil.copy(corpus / "考勤表_2023年11月.xlsx", src)
    fake = FakeBook.from_file(src)
    with pytest.raises(UnrecognisedWorkbook) as raised:
        actions.recalculate_and_check(XlwingsBook(fake))
    assert str(raised.value).startswith("未在“考勤表.xlsx”" + NOT_FOUND)
    assert "检查结果" not in [s.name for s in fake.sheets]          # nothing written into the book
    assert not fake.writes

    # through the ribbon entry point the sentence becomes the message box
    import types

    import perfxl.excel as entry

    monkeypatch.setitem(sys.modules, "xlwings", types.SimpleNamespace(Book=types.SimpleNamespace(caller=lambda: fake)))
    entry.recalculate()
    assert fake.app.alerts[-1].startswith("未在“考勤表.xlsx”" + NOT_FOUND)


def test_figures_on_a_workbook_without_report_or_form(corpus, capsys):
    assert main(["figures", str(corpus / "课程表_中心小学.xlsx")]) == 2
    err = capsys.readouterr().err
    assert NOT_FOUND in err and "也没有“报告正文”工作表" in err and err.count("\n") == 1


def test_new_from_refuses_a_non_form(corpus, tmp_path, capsys):
    out = tmp_path / "下年.xlsx"
    for name in ("花名册_手写.ods", "干部职工花名册.xlsx"):
        assert main(["new", "--from", str(corpus / name), "-o", str(out)]) == 2
        assert f"未在“{name}”" + NOT_FOUND in capsys.readouterr().err and not out.exists()


def test_uploads_held_in_memory_are_named_and_read_alike(corpus):
    from perfxl.errors import PerfxlError
    from perfxl.xlsx.reader import read_stream, read_workbook

    for name in ("加密_花名册.xlsx", "CSV改名.xlsx", "空文件.xlsx", "Word文档改名.xlsx"):
        with pytest.raises(PerfxlError) as on_disk:
            read_workbook(corpus / name)
        with pytest.raises(PerfxlError) as in_memory:
            read_stream(io.BytesIO((corpus / name).read_bytes()), name)
        assert str(in_memory.value) == str(on_disk.value)
    data, grids = read_stream(io.BytesIO((corpus / "工资表.xlsb").read_bytes()), "工资表.xlsb")
    assert [g.title for g in grids] == [g.title for g in read_workbook(corpus / "工资表.xlsb")[1]]
    assert data.values_only == ".xlsb（Excel 二进制工作簿）"


def test_web_service_refuses_a_non_form_with_the_users_file_name(corpus, tmp_path):
    from perfxl.errors import UnrecognisedWorkbook
    from perfxl.web import service

    local = tmp_path / "upload-1.xlsx"                      # the server's own name for the upload
    shutil.copy(corpus / "考勤表_2023年11月.xlsx", local)
    with pytest.raises(UnrecognisedWorkbook) as raised:
        service.check(local, None, workbook_name="考勤表.xlsx")
    assert str(raised.value).startswith("未在“考勤表.xlsx”" + NOT_FOUND) and "upload-1" not in str(raised.value)
