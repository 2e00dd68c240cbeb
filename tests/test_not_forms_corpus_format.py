"""The "not a performance form" corpus (tests/data/not_forms) is complete, consistent and reproducible.

This checks the material only; what perfxl answers for each file is the business of issue 20's tests.
"""

import collections
import hashlib
import importlib.util
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "data" / "not_forms"
CATEGORIES = {"office_cn", "generic", "format"}


def _load_builder():
    spec = importlib.util.spec_from_file_location("not_forms_build", HERE / "build.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look the module up while the class is built
    spec.loader.exec_module(mod)
    return mod


build = _load_builder()


def _manifest():
    with open(HERE / "manifest.toml", "rb") as f:
        return tomllib.load(f)["file"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("not_forms")
    return out, build.build_all(out)


def test_manifest_is_what_the_builder_describes():
    assert (HERE / "manifest.toml").read_text(encoding="utf-8") == build.manifest_toml(), (
        "manifest.toml is stale: python3 tests/data/not_forms/build.py --manifest > tests/data/not_forms/manifest.toml"
    )


def test_manifest_entries_are_well_formed():
    entries = _manifest()
    names = [e["name"] for e in entries]
    assert len(names) == len(set(names)), [n for n, k in collections.Counter(names).items() if k > 1]
    for e in entries:
        assert e["category"] in CATEGORIES, e
        assert e["expect"] in {"not_a_form", "format"}, e
        assert e["what"].strip(), e
        assert isinstance(e["readable"], bool) and isinstance(e["soffice"], bool), e
        if e["expect"] == "format":
            assert e["message_any"] and all(m.strip() for m in e["message_any"]), e
        if e["soffice"]:
            assert e["source"] in names, e
        if e["category"] in {"office_cn", "generic"}:
            assert e["expect"] == "not_a_form", e


def test_build_all_writes_every_non_soffice_entry_and_nothing_else(corpus):
    out, paths = corpus
    assert len(paths) >= 110
    on_disk = {p.name for p in out.iterdir()}
    assert on_disk == {p.name for p in paths}
    expected = {e["name"] for e in _manifest() if not e["soffice"]}
    assert on_disk == expected, (sorted(on_disk - expected), sorted(expected - on_disk))


def test_category_counts(corpus):
    entries = _manifest()
    counts = collections.Counter(e["category"] for e in entries)
    assert counts["office_cn"] >= 40
    assert counts["generic"] >= 40
    assert counts["format"] >= 20
    built = collections.Counter(e["category"] for e in entries if not e["soffice"])
    assert sum(built.values()) == len(corpus[1])


def test_corpus_is_small(corpus):
    _, paths = corpus
    assert sum(p.stat().st_size for p in paths) < 3 * 1024 * 1024
    assert max(p.stat().st_size for p in paths) < 512 * 1024


def test_zip_members_of_generated_packages_are_sound(corpus):
    """Every generated package that is meant to be whole opens as a zip and passes its CRC check."""
    out, _ = corpus
    for e in _manifest():
        if e["soffice"] or e["format"] in {"truncated", "empty", "encrypted", "csv", "tsv", "text", "png", "pdf", "html", "xml2003", "fods", "ole"}:
            continue
        with zipfile.ZipFile(out / e["name"]) as z:
            assert z.testzip() is None, e["name"]


def test_build_is_deterministic(corpus, tmp_path):
    out, paths = corpus
    again = build.build_all(tmp_path)
    digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()  # noqa: E731
    assert [p.name for p in again] == [p.name for p in paths]
    assert [digest(p) for p in again] == [digest(p) for p in paths]


@pytest.mark.libreoffice
def test_soffice_part_builds(libreoffice, tmp_path):
    paths = build.build_soffice(tmp_path)
    expected = [e["name"] for e in _manifest() if e["soffice"]]
    assert [p.name for p in paths] == expected
    for p in paths:
        head = p.read_bytes()[:8]
        if p.suffix == ".ods":
            assert head[:2] == b"PK", p.name
        else:  # .xls and WPS .et/.ett are BIFF8 in an OLE compound file
            assert head == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", p.name
