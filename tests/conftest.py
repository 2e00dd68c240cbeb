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
