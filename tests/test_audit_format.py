"""Format checks for the audit set of published pages (tests/data/audit/pages).

Format only: these tests read the files and never run the checks on them.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import tomllib

PAGES_DIR = Path(__file__).resolve().parent / "data" / "audit" / "pages"
PAGE_KEYS = {"id", "source", "title", "unit", "province", "kind", "year", "text"}
OPTIONAL_PAGE_KEYS = {"finding"}
KINDS = {"决算说明", "预算说明", "三公经费说明", "绩效自评报告", "预算执行报告", "决算草案报告", "其他"}
FINDING_KEYS = {"rule", "severity", "start", "claim", "verdict", "message_ok", "note"}
SEVERITIES = {"error", "warning"}
VERDICTS = {"right", "wrong", "unsure"}


def _load(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


PATHS = sorted(PAGES_DIR.glob("*.toml"))
PAGES = [(p, _load(p)) for p in PATHS]


def test_the_set_is_there():
    assert len(PAGES) >= 100


def test_ids_and_sources_unique():
    ids = [page["id"] for _, page in PAGES]
    sources = [page["source"] for _, page in PAGES]
    assert len(ids) == len(set(ids))
    assert len(sources) == len(set(sources))


@pytest.mark.parametrize("path,page", PAGES, ids=[p.name for p in PATHS])
def test_page_schema(path, page):
    assert PAGE_KEYS <= set(page) <= PAGE_KEYS | OPTIONAL_PAGE_KEYS, set(page) ^ PAGE_KEYS
    assert re.fullmatch(r"\d{4}", page["id"])
    assert path.name.startswith(page["id"] + "_"), path.name
    assert page["source"].startswith(("http://", "https://"))
    assert page["kind"] in KINDS
    assert isinstance(page["year"], int) and (page["year"] == 0 or 1950 <= page["year"] <= 2030)
    for key in ("title", "unit", "province", "text"):
        assert isinstance(page[key], str) and page[key].strip(), key


@pytest.mark.parametrize("path,page", PAGES, ids=[p.name for p in PATHS])
def test_findings_point_into_text(path, page):
    seen = set()
    for f in page.get("finding", []):
        assert set(f) == FINDING_KEYS, set(f) ^ FINDING_KEYS
        assert f["rule"].startswith("N-")
        assert f["severity"] in SEVERITIES
        assert f["verdict"] in VERDICTS
        assert isinstance(f["message_ok"], bool)
        assert isinstance(f["start"], int) and f["start"] >= 0
        assert f["claim"] and page["text"][f["start"]:f["start"] + len(f["claim"])] == f["claim"]
        assert f["note"].strip()
        key = (f["rule"], f["severity"], f["start"])
        assert key not in seen, key
        seen.add(key)
