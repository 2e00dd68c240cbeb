import contextlib
import hashlib
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_DATA = ROOT / "workbooks" / "北山镇2023.toml"
EXAMPLE_WORKBOOK = ROOT / "workbooks" / "北山镇2023.xlsx"


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@contextlib.contextmanager
def unchanged(*paths):
    """The files perfxl is given are never written: every path is byte-identical after the block."""
    before = {Path(p): sha(p) for p in paths}
    yield
    changed = [str(p) for p, h in before.items() if sha(p) != h]
    assert not changed, f"input files were modified: {changed}"


@pytest.fixture(scope="session")
def libreoffice():
    """LibreOffice as an independent engine; required (not skipped) when running under CI."""
    from . import libreoffice as lo

    if lo.soffice_path() and lo.uno_python():
        return lo
    if os.environ.get("CI"):
        pytest.fail("LibreOffice（soffice 与 python3-uno）未安装，CI 必须运行真实引擎测试")
    pytest.skip("LibreOffice not installed")


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by playwright; required (not skipped) when running under CI."""
    missing = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing = "playwright"
    if missing is None and not os.path.exists(CHROMIUM):
        missing = CHROMIUM
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"浏览器测试需要 {missing}，CI 必须运行真实浏览器测试")
        pytest.skip(f"{missing} not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()
