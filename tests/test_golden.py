"""Byte-identical outputs of ``perfxl check`` (text, json, checked copy) and ``perfxl batch
--format json`` on the sample workbook and the county-form fixtures, against files stored
under tests/data/golden.  Set PERFXL_GOLDEN_UPDATE=1 to rewrite them (only on purpose:
any difference is a change of behaviour users and corpora see)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import openpyxl

from perfxl.cli import main

from . import county

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
UPDATE = os.environ.get("PERFXL_GOLDEN_UPDATE") == "1"


def _county_cases(folder: Path) -> list[str]:
    a3 = county.replace_row(county.A3_ROWS, "公用经费", ["公用经费", 528.28, 508.68, 459.49])
    county.build(folder / "县表.xlsx")
    county.build(folder / "一张表.xlsx", one_sheet=True, title_rows=2, col_shift=2)
    county.build(folder / "合并.xlsx", a3=a3, merge_labels=True)
    return ["县表.xlsx", "一张表.xlsx", "合并.xlsx"]


def _compare(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, name


def _run(capsys, argv: list[str]) -> str:
    capsys.readouterr()
    code = main(argv)
    out = capsys.readouterr().out
    return f"exit {code}\n{out}"


def _sheet_dump(path: Path) -> str:
    """The 检查结果 sheet as plain data: values, links, fills, notes, widths, print setup."""
    ws = openpyxl.load_workbook(path)["检查结果"]
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is None and not c.hyperlink and not c.comment:
                continue
            cells.append([c.coordinate, c.value, c.hyperlink.location if c.hyperlink else None,
                          c.font.bold, c.fill.fgColor.rgb if c.fill.fill_type else None])
    dump = {"cells": cells,
            "widths": {k: d.width for k, d in sorted(ws.column_dimensions.items())},
            "freeze": ws.freeze_panes, "print_title_rows": ws.print_title_rows,
            "orientation": ws.page_setup.orientation, "fit": ws.page_setup.fitToWidth,
            "sheets": openpyxl.load_workbook(path).sheetnames}
    marks = []
    wb = openpyxl.load_workbook(path)
    for s in wb.worksheets:
        if s.title == "检查结果":
            continue
        for row in s.iter_rows():
            for c in row:
                if c.comment or (c.fill.fill_type and c.fill.fgColor.rgb not in (None, "00000000")):
                    marks.append([s.title, c.coordinate, c.comment.text if c.comment else None,
                                  c.fill.fgColor.rgb if c.fill.fill_type else None])
    dump["marks"] = marks
    # one line per cell or mark: small files, readable diffs
    lines = [json.dumps({k: v for k, v in dump.items() if k not in ("cells", "marks")}, ensure_ascii=False)]
    lines += [json.dumps(c, ensure_ascii=False, default=str) for c in cells]
    lines += ["marks:"] + [json.dumps(m, ensure_ascii=False, default=str) for m in marks]
    return "\n".join(lines) + "\n"


def test_check_outputs_on_sample_workbook(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    book, report = "workbooks/北山镇2023.xlsx", "workbooks/北山镇2023_自评报告.txt"
    for fmt in ("text", "json"):
        _compare(f"sample.{fmt}", _run(capsys, ["check", book, "--format", fmt]))
        _compare(f"sample_narrative.{fmt}", _run(capsys, ["check", book, "--narrative", report, "--format", fmt]))


def test_check_outputs_on_county_forms(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "报告.txt"
    shutil.copy(ROOT / "workbooks/北山镇2023_自评报告.txt", report)
    for name in _county_cases(tmp_path):
        stem = Path(name).stem
        for fmt in ("text", "json"):
            _compare(f"county_{stem}.{fmt}", _run(capsys, ["check", name, "--format", fmt]))
            _compare(f"county_{stem}_narrative.{fmt}",
                     _run(capsys, ["check", name, "--narrative", report.name, "--format", fmt]))


def test_checked_copies(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "workbooks/北山镇2023.xlsx", tmp_path / "样例.xlsx")
    shutil.copy(ROOT / "workbooks/北山镇2023_自评报告.txt", tmp_path / "报告.txt")
    for name in ["样例.xlsx", *_county_cases(tmp_path)]:
        out = tmp_path / f"{Path(name).stem}_out.xlsx"
        code = main(["check", name, "--narrative", "报告.txt", "--format", "xlsx", "-o", str(out)])
        _compare(f"copy_{Path(name).stem}.json", f"exit {code}\n" + _sheet_dump(out))


def test_batch_json(capsys, monkeypatch, tmp_path):
    folder = tmp_path / "报送"
    (folder / "甲").mkdir(parents=True)
    _county_cases(folder)
    shutil.copy(ROOT / "workbooks/北山镇2023.xlsx", folder / "甲" / "北山镇2023.xlsx")
    shutil.copy(ROOT / "workbooks/北山镇2023_自评报告.txt", folder / "甲" / "北山镇2023_自评报告.txt")
    (folder / "坏.xlsx").write_bytes(b"not a workbook")
    monkeypatch.chdir(tmp_path)
    code = main(["batch", "报送", "--format", "json", "--jobs", "1", "--quiet", "-o", "汇总.json"])
    text = (tmp_path / "汇总.json").read_text(encoding="utf-8")
    _compare("batch.json", f"exit {code}\n{text}")
