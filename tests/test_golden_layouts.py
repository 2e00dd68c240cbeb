"""Findings on the real layout corpus (tests/data/layouts), with and without a report, against
tests/data/golden/layouts.jsonl: speed work (caches, parsers, skipped regions) must leave every
finding as it was.  Each line holds the counts by severity and a SHA-256 of the whole JSON
result (every finding with its cells, message, cause and report spans), so the file stays
small; to see a difference, print ``_result`` for the named file before and after.  Set
PERFXL_GOLDEN_UPDATE=1 to rewrite the file (only on purpose: any difference is a change of
behaviour users see)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from perfxl.app.check import check
from perfxl.errors import PerfxlError
from perfxl.report.text import render_json

from .layout_corpus import build_layouts

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "data" / "golden" / "layouts.jsonl"
REPORT = ROOT / "workbooks" / "北山镇2023_自评报告.txt"


def _result(path: Path, narrative: Path | None) -> object:
    try:
        review = check(path, narrative)
    except PerfxlError as exc:
        return {"error": str(exc)}
    out = json.loads(render_json(review))
    del out["inputs"], out["perfxl_version"]   # temporary paths, release number
    return out


def test_findings_on_layout_corpus(tmp_path):
    paths = build_layouts(tmp_path)
    assert paths
    lines = []
    for (layout, variant), path in sorted(paths.items()):
        for label, narrative in (("tables", None), ("report", REPORT)):
            result = _result(path, narrative)
            full = json.dumps(result, ensure_ascii=False, sort_keys=True, default=str)
            counts = result.get("summary") or result  # the summary, or the error sentence
            lines.append(json.dumps({"file": f"{layout}__{variant}", "with": label, "summary": counts,
                                     "findings": len(result.get("findings", [])),
                                     "sha256": hashlib.sha256(full.encode("utf-8")).hexdigest()},
                                    ensure_ascii=False, sort_keys=True))
    text = "\n".join(lines) + "\n"
    if os.environ.get("PERFXL_GOLDEN_UPDATE") == "1":
        GOLDEN.write_text(text, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8").splitlines()
    got = text.splitlines()
    assert len(got) == len(expected)
    for a, b in zip(got, expected):
        assert a == b


def test_form_sets_built_once_per_key():
    from dataclasses import replace

    from perfxl.core.profile import DEFAULT_PROFILE
    from perfxl.forms.workbook import build_forms

    assert build_forms(2023) is build_forms(2023, DEFAULT_PROFILE, None, None)
    assert build_forms(2023) is not build_forms(2024)
    assert build_forms(2023, indicator_rows=80) is not build_forms(2023)
    assert build_forms(2023, indicator_rows=80).block_size("指标") == 80
    other = replace(DEFAULT_PROFILE, name="本地")
    assert build_forms(2023, other) is not build_forms(2023) and build_forms(2023, other).profile is other
