"""Checking a checked copy again: perfxl's own earlier notes and result sheet are replaced,
never piled up; the user's own note text and 检查结果 sheet are kept."""

from __future__ import annotations

import openpyxl
from openpyxl.comments import Comment

from perfxl.cli import main

from .conftest import EXAMPLE_WORKBOOK

FLAGGED = ("附件4绩效自评表", "H35")     # A4-INDICATOR-SCORE in the example


def _notes(path):
    wb = openpyxl.load_workbook(path)
    return {(ws.title, c.coordinate): c.comment.text for ws in wb for row in ws.iter_rows() for c in row if c.comment}


def _chain(src, tmp_path, times=3):
    outs, current = [], src
    for i in range(1, times + 1):
        out = tmp_path / f"out{i}.xlsx"
        assert main(["check", str(current), "--format", "xlsx", "-o", str(out)]) == 1
        outs.append(out)
        current = out
    return outs


def test_plain_copy_checked_again_is_the_same(tmp_path):
    outs = _chain(EXAMPLE_WORKBOOK, tmp_path)
    first = _notes(outs[0])
    assert first and all(_notes(o) == first for o in outs[1:])
    assert all(openpyxl.load_workbook(o).sheetnames == openpyxl.load_workbook(outs[0]).sheetnames for o in outs)


def test_user_note_and_sheet_kept_once(tmp_path):
    src = tmp_path / "有批注.xlsx"
    wb = openpyxl.load_workbook(EXAMPLE_WORKBOOK)
    wb[FLAGGED[0]][FLAGGED[1]].comment = Comment("自评组：完成时间以验收单为准。", "张三")
    own = wb.create_sheet("检查结果")
    own["A1"] = "我们自己的检查记录"
    wb.save(src)
    outs = _chain(src, tmp_path)
    first = _notes(outs[0])[FLAGGED]
    # the first check: the user's text, then perfxl's
    assert first.startswith("自评组：完成时间以验收单为准。\n\n[")
    for o in outs[1:]:
        assert _notes(o) == _notes(outs[0])
        names = openpyxl.load_workbook(o).sheetnames
        assert names == openpyxl.load_workbook(outs[0]).sheetnames
        assert "检查结果（perfxl）" in names and "检查结果" in names and "检查结果（perfxl2）" not in names
        assert openpyxl.load_workbook(o)["检查结果"]["A1"].value == "我们自己的检查记录"
