"""Formula results in .xls files read through python-calamine: a cached text result (which
calamine gives as 0.0) must not become a filled-in 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from perfxl.xlsx.biff import may_give_text

from .conftest import EXAMPLE_WORKBOOK, ROOT


def _to_xls(lo, source: Path, folder: Path) -> Path:
    """A plain ``soffice --convert-to xls`` (no recalculation), as a user would run it."""
    with tempfile.TemporaryDirectory(prefix="perfxl-lo-") as profile:
        subprocess.run([lo.soffice_path(), f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "xls", "--outdir", str(folder), str(source)],
                       capture_output=True, timeout=300, check=True)
    out = folder / (source.stem + ".xls")
    assert out.exists()
    return out


def _check_json(path: Path) -> dict:
    r = subprocess.run([sys.executable, "-m", "perfxl", "check", str(path), "--format", "json"],
                       capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert "Traceback" not in r.stderr, r.stderr
    return json.loads(r.stdout)


@pytest.mark.libreoffice
def test_example_as_xls_has_no_grade_zero(libreoffice, tmp_path):
    xls = _to_xls(libreoffice, EXAMPLE_WORKBOOK, tmp_path)
    report = _check_json(xls)
    assert not [f for f in report["findings"] if f["rule"] == "A4-GRADE"], report["findings"]
    # numeric formula results are still read: the total is the same as from the .xlsx
    assert report["summary"]["total_score"] == _check_json(EXAMPLE_WORKBOOK)["summary"]["total_score"]


@pytest.mark.libreoffice
def test_blank_template_as_xls_is_not_scored_zero(libreoffice, tmp_path):
    blank = tmp_path / "blank.xlsx"
    r = subprocess.run([sys.executable, "-m", "perfxl", "new", "--unit", "北山镇人民政府", "--year", "2023",
                        "-o", str(blank)], capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert r.returncode == 0, r.stderr
    report = _check_json(_to_xls(libreoffice, blank, tmp_path))
    assert report["summary"]["total_score"] is None
    assert report["summary"]["grade"] != "差"


def test_token_walk():
    # =IF(A1="","",1): tRef, tStr "", tEq, tAttrIf, tStr "", tAttrGoto, tInt 1, tAttrGoto, tFuncVar IF
    text = bytes([0x24, 0, 0, 0, 0, 0x17, 0, 0, 0x0B, 0x19, 0x02, 5, 0, 0x17, 0, 0,
                  0x19, 0x08, 3, 0, 0x1E, 1, 0, 0x19, 0x08, 3, 0, 0x42, 3, 1, 0])
    assert may_give_text(text)
    # =SUM(A1:B2)+1: tArea, tAttrSum, tInt, tAdd — a number only, so a cached 0 stands
    number = bytes([0x25, 0, 0, 1, 0, 0, 0, 1, 0, 0x19, 0x10, 0, 0, 0x1E, 1, 0, 0x03])
    assert not may_give_text(number)
