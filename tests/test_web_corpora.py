"""`POST /api/check` answers exactly as `perfxl check --format json` on every test corpus:
the published layouts (clean and planted), the not-a-form files (the same Chinese refusal)
and the published report passages."""

import warnings
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("multipart")

with warnings.catch_warnings():      # starlette prefers httpx2 but still uses httpx
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

from perfxl.cli import main  # noqa: E402
from perfxl.web import server  # noqa: E402

from .layout_corpus import build_layouts  # noqa: E402
from .narrative_corpus import load_corpus  # noqa: E402
from .test_not_forms_corpus_format import build as not_forms_build  # noqa: E402


@pytest.fixture(scope="module")
def client():
    app = server.create_app()
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        yield c


def _cli(capsys, monkeypatch, folder: Path, args: list[str]) -> tuple[int, bytes]:
    """Exit code, and the JSON printed or the one-sentence error."""
    monkeypatch.chdir(folder)
    capsys.readouterr()
    code = main(["check", *args, "--format", "json"])
    out, err = capsys.readouterr()
    if code == 2:
        assert err.startswith("perfxl：") and err.count("\n") == 1, err
        return code, err[len("perfxl："):-1].encode("utf-8")
    return code, out.encode("utf-8")


def _api(client, files: dict[str, Path]) -> tuple[int, bytes]:
    r = client.post("/api/check", files={k: (p.name, p.read_bytes()) for k, p in files.items()})
    code = int(r.headers["x-perfxl-exit-code"])
    if code == 2:
        assert r.status_code == 400, r.text
        return code, r.json()["error"].encode("utf-8")
    assert r.status_code == 200
    return code, r.content


def _compare(client, capsys, monkeypatch, folder: Path, cases: dict[str, tuple[list[str], dict[str, Path]]]) -> None:
    differ = []
    for name, (args, files) in cases.items():
        cli = _cli(capsys, monkeypatch, folder, args)
        api = _api(client, files)
        if cli != api:
            differ.append(f"{name}: CLI {cli[0]} {cli[1][:200]!r} / API {api[0]} {api[1][:200]!r}")
    assert not differ, "\n".join(differ)


def test_layout_corpus(client, capsys, monkeypatch, tmp_path):
    paths = build_layouts(tmp_path)
    assert len(paths) > 20
    cases = {p.name: ([p.name], {"workbook": p}) for p in paths.values()}
    _compare(client, capsys, monkeypatch, tmp_path, cases)


def test_not_forms_corpus(client, capsys, monkeypatch, tmp_path):
    paths = not_forms_build.build_all(tmp_path)
    assert len(paths) > 100
    cases = {p.name: ([p.name], {"workbook": p}) for p in paths}
    _compare(client, capsys, monkeypatch, tmp_path, cases)


def test_narrative_corpus(client, capsys, monkeypatch, tmp_path):
    cases = {}
    for passage in load_corpus():
        p = tmp_path / f"{passage.id}.txt"
        p.write_text(passage.text, encoding="utf-8")
        cases[p.name] = (["--narrative", p.name], {"narrative": p})
    assert len(cases) > 50
    _compare(client, capsys, monkeypatch, tmp_path, cases)
