"""The 检查结果 sheet printed: every 说明 shows in full (rows raised for wrapped text)."""

from __future__ import annotations

import re
import shutil
import subprocess

import openpyxl
import pytest

from perfxl.cli import main

from .conftest import EXAMPLE_WORKBOOK


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.libreoffice
def test_printed_results_show_every_explanation(libreoffice, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.fail("poppler-utils（pdftotext）未安装")
    out = tmp_path / "checked.xlsx"
    assert main(["check", str(EXAMPLE_WORKBOOK), "--format", "xlsx", "-o", str(out)]) == 1
    # only the result sheet is printed
    only = tmp_path / "only.xlsx"
    wb = openpyxl.load_workbook(out)
    for name in wb.sheetnames[1:]:
        del wb[name]
    wb.save(only)
    ws = wb["检查结果"]
    explanations = [ws.cell(row=r, column=4).value for r in range(2, ws.max_row + 1)
                    if ws.cell(row=r, column=2).value in ("错误", "警告", "提示")]
    assert any(len(t) > 40 for t in explanations)   # long enough to wrap in the 说明 column
    pdf = tmp_path / "only.pdf"
    libreoffice.run([libreoffice.Task(only, pdf, format="pdf")])
    text = _flat(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    missing = [t for t in explanations if _flat(t) not in text]
    assert not missing, missing


def test_short_rows_keep_the_default_height():
    from perfxl.xlsx.book import WIDTHS
    from perfxl.xlsx.styles import result_row_height

    assert result_row_height([1, "提示", "附件4", "短说明", "G64", None, None, None], WIDTHS) is None
    assert result_row_height([1, "错误", "附件4", "很长的说明" * 60, "G64", None, None, None], WIDTHS) > 60
