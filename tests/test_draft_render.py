"""The draft rendered by LibreOffice Writer: A4, 22 lines of at most 28 characters, page
numbers "— n —", highlighted placeholders, and text that reads back as written."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from perfxl.cli import main

from .conftest import EXAMPLE_WORKBOOK

pytestmark = pytest.mark.libreoffice

A4_POINTS = (595, 842)


def _convert(docx: Path, outdir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("LibreOffice 或 poppler-utils 未安装，CI 必须运行真实引擎测试")
        pytest.skip("LibreOffice not installed")
    profile = outdir / "lo-profile"
    proc = subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
                          capture_output=True, text=True, timeout=300)
    pdf = outdir / (docx.stem + ".pdf")
    if not pdf.exists():
        if "could not be loaded" in proc.stderr and not os.environ.get("CI"):
            pytest.skip("LibreOffice Writer (libreoffice-writer-nogui) not installed")
        pytest.fail(f"LibreOffice could not convert the draft: {proc.stderr[-500:]}")
    return pdf


def _page_text(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def _ppm(pdf: Path, page: int, dpi: int = 30) -> tuple[int, int, bytes]:
    raw = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf)],
                         capture_output=True, check=True).stdout
    m = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", raw)
    assert m, "pdftoppm did not write a binary PPM"
    return int(m.group(1)), int(m.group(2)), raw[m.end():]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    d = tmp_path_factory.mktemp("render")
    docx = d / "draft.docx"
    assert main(["report", str(EXAMPLE_WORKBOOK), "-o", str(docx)]) == 0
    return _convert(docx, d)


def test_pages_are_a4(rendered):
    info = subprocess.run(["pdfinfo", str(rendered)], capture_output=True, text=True, check=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert size and (round(float(size.group(1))), round(float(size.group(2)))) == A4_POINTS
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 4


def test_first_page_reads_as_written_with_its_page_number(rendered):
    text = _page_text(rendered, 1)
    flat = re.sub(r"\s+", "", text)
    assert "北山镇人民政府2023年部门整体支出绩效自评报告" in flat
    assert "一、部门（单位）基本情况" in flat and "编制数114人" in flat
    assert re.search(r"—\s*1\s*—", text)
    assert re.search(r"—\s*2\s*—", _page_text(rendered, 2))


def test_a_full_page_has_22_lines_of_28_characters(rendered):
    lines = [ln for ln in _page_text(rendered, 2).splitlines() if ln.strip()]
    body = [ln for ln in lines if not re.fullmatch(r"\s*—\s*\d+\s*—\s*", ln)]
    assert len(body) == 22
    # Lines of Chinese text only (Latin digits are narrower) on the pages before the table:
    # a full one holds exactly 28 characters.
    cjk = [re.sub(r"\s+", "", ln) for page in (1, 2, 3) for ln in _page_text(rendered, page).splitlines()
           if ln.strip() and not re.search(r"[0-9A-Za-z%]", ln)]
    assert max(len(ln) for ln in cjk) == 28


def test_placeholders_are_highlighted(rendered):
    width, height, pixels = _ppm(rendered, 1)
    yellow = sum(1 for i in range(0, len(pixels) - 2, 3)
                 if pixels[i] > 200 and pixels[i + 1] > 200 and pixels[i + 2] < 80)
    assert yellow > 50, "no highlighted 【请补充】 on the first page"
