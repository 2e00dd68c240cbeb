"""A long sheet with no form in its first rows (a pasted data dump) is read only that far
when checking; everything a form, a report or a defined name can be in is read whole, and
the size limits still hold."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from perfxl.app.check import check
from perfxl.errors import PerfxlError
from perfxl.report.text import render_json
from perfxl.xlsx import fastread
from perfxl.xlsx.reader import read_grids, read_workbook

from . import county

ROOT = Path(__file__).resolve().parent.parent
ROWS = fastread.HEAD_ROWS + 500


def _with_sheet(src: Path, dst: Path, title: str, first: str | None = None, rows: int = ROWS,
                deep_row: int | None = None) -> Path:
    wb = openpyxl.load_workbook(src)
    ws = wb.create_sheet(title)
    if first is not None:
        ws.append([first])
    for r in range(rows):
        ws.append([f"明细{r}", r * 1.5, r])
    if deep_row is not None:
        ws.cell(row=deep_row, column=1, value=1)
    wb.save(dst)
    return dst


def _findings(review) -> list:
    return json.loads(render_json(review))["findings"]


def test_filler_sheet_read_only_to_its_head_and_findings_unchanged(tmp_path):
    base = county.build(tmp_path / "县表.xlsx")
    big = _with_sheet(base, tmp_path / "县表_明细.xlsx", "明细")
    grid = {g.title: g for g in read_workbook(big)[1]}["明细"]
    assert grid.skipped_from == fastread.HEAD_ROWS + 1
    assert grid.max_row == fastread.HEAD_ROWS
    assert _findings(check(big)) == _findings(check(base))
    # reading the grids alone (no form reading) still reads everything
    whole = {g.title: g for g in read_grids(big)}["明细"]
    assert whole.skipped_from is None and whole.max_row == ROWS


def test_sheet_with_a_form_word_in_its_head_read_whole(tmp_path):
    base = county.build(tmp_path / "县表.xlsx")
    big = _with_sheet(base, tmp_path / "县表_项目.xlsx", "项目", first="项目支出明细")
    grid = {g.title: g for g in read_workbook(big)[1]}["项目"]
    assert grid.skipped_from is None and grid.max_row == ROWS + 1


def test_report_sheet_and_named_sheets_read_whole(tmp_path):
    base = county.build(tmp_path / "县表.xlsx")
    report = _with_sheet(base, tmp_path / "报告.xlsx", "报告正文")
    assert {g.title: g for g in read_workbook(report)[1]}["报告正文"].skipped_from is None
    chosen = _with_sheet(base, tmp_path / "自选.xlsx", "说明")
    assert {g.title: g for g in read_workbook(chosen, "说明")[1]}["说明"].skipped_from is None
    named = _with_sheet(ROOT / "workbooks" / "北山镇2023.xlsx", tmp_path / "名称.xlsx", "数据")
    wb = openpyxl.load_workbook(named)
    wb.defined_names["数据区"] = openpyxl.workbook.defined_name.DefinedName("数据区", attr_text="数据!$B$1:$B$9")
    wb.save(named)
    assert {g.title: g for g in read_workbook(named)[1]}["数据"].skipped_from is None


def test_limits_hold_past_the_head(tmp_path, monkeypatch):
    base = county.build(tmp_path / "县表.xlsx")
    deep = _with_sheet(base, tmp_path / "深.xlsx", "明细", deep_row=fastread.MAX_ROWS + 7)
    with pytest.raises(PerfxlError, match=f"第 {fastread.MAX_ROWS + 7} 行"):
        read_workbook(deep)
    wide = _with_sheet(base, tmp_path / "多.xlsx", "明细")
    monkeypatch.setattr(fastread, "MAX_CELLS", 3 * ROWS)       # the county sheets and the head fit
    with pytest.raises(PerfxlError, match="单元格超过"):
        read_workbook(wide)
    monkeypatch.setattr(fastread, "MAX_CELLS", 3 * ROWS + 2000)
    read_workbook(wide)
