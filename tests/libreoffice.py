"""Use LibreOffice (headless) as an independent spreadsheet engine.

Tests use it to recalculate generated workbooks and render them to PDF; nothing in the
daily path needs it.  LibreOffice's own Python runs ``lo_driver.py`` through UNO.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from perfxl.errors import PerfxlError

DRIVER = Path(__file__).with_name("lo_driver.py")
UNO_PYTHONS = ("/usr/bin/python3", "/usr/lib/libreoffice/program/python", "python3")


@dataclass
class Task:
    source: Path
    target: Path
    format: str = "xlsx"                 # "xlsx", "pdf", or "basic" (JSON of the Basic modules)
    ops: list[dict[str, Any]] = field(default_factory=list)
    filter: str | None = None            # import filter, when the extension does not say

    def insert_rows(self, sheet: str, row: int, count: int = 1) -> "Task":
        self.ops.append({"op": "insert_rows", "sheet": sheet, "row": row, "count": count})
        return self

    def set(self, sheet: str, cell: str, value: Any) -> "Task":
        self.ops.append({"op": "set", "sheet": sheet, "cell": cell, "value": value})
        return self


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def uno_python() -> str | None:
    for candidate in UNO_PYTHONS:
        exe = shutil.which(candidate) or (candidate if Path(candidate).exists() else None)
        if exe and subprocess.run([exe, "-c", "import uno"], capture_output=True).returncode == 0:
            return exe
    return None


_RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def run(tasks: list[Task], timeout: float = 600) -> None:
    """Run ``tasks`` in one LibreOffice session (recalculating every file on load)."""
    soffice, python = soffice_path(), uno_python()
    if not soffice or not python:
        raise PerfxlError("未找到 LibreOffice（需要 soffice 与 python3-uno），请先安装 libreoffice-calc-nogui。")
    with tempfile.TemporaryDirectory(prefix="perfxl-lo-") as tmp:
        profile = Path(tmp) / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_RECALC_ALWAYS, encoding="utf-8")
        job = {
            "soffice": soffice,
            "profile_dir": str(profile),
            "pipe": "perfxl" + uuid.uuid4().hex[:12],
            "files": [{"in": str(Path(t.source).resolve()), "out": str(Path(t.target).resolve()),
                       "format": t.format, "ops": t.ops, "filter": t.filter} for t in tasks],
        }
        job_file = Path(tmp) / "job.json"
        job_file.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
        proc = subprocess.run([python, str(DRIVER), str(job_file)], capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0:
            raise RuntimeError(f"LibreOffice driver failed: {proc.stderr.strip()[-2000:]}")
