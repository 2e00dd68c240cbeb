"""The Python API for analysts: perfxl.check / perfxl.review_folder and their data frames."""

import json
import os
import re
import subprocess
import sys

import openpyxl
import pytest

import perfxl
from perfxl.api import FINDING_COLUMNS, PREVIOUS_COLUMNS, SUMMARY_COLUMNS
from perfxl.cli import main

from .conftest import EXAMPLE_WORKBOOK, ROOT
from .years import build_pair

_COMPARED = ("rule", "severity", "message", "cells", "expected", "actual", "cause")


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    return build_pair(tmp_path_factory.mktemp("pair"), from_budget=True)


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    base = tmp_path_factory.mktemp("folders")
    (base / "2024").mkdir()
    (base / "2023").mkdir()
    for stem, from_budget in (("北山镇", True), ("南岳镇", False)):
        now, last = build_pair(base / "build" / stem, from_budget=from_budget, stem=stem,
                               this_year={"单位名称": f"{stem}人民政府"},
                               last_year={"单位名称": f"隆回县{stem}人民政府"})
        now.rename(base / "2024" / f"{stem}.xlsx")
        last.rename(base / "2023" / f"{stem}.xlsx")
    (base / "2024" / "坏文件.xlsx").write_bytes(b"broken")
    return base


def test_import_is_lazy_and_pandas_only_for_frames():
    code = ("import sys, perfxl\n"
            "assert not {'pandas', 'openpyxl', 'perfxl.api', 'perfxl.checks'} & set(sys.modules)\n"
            "r = perfxl.check(%r)\n"
            "assert 'pandas' not in sys.modules and r.findings\n"
            "r.findings_frame()\n"
            "assert 'pandas' in sys.modules\n" % str(EXAMPLE_WORKBOOK))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr


def test_help_explains_check_in_both_languages():
    doc = perfxl.check.__doc__
    assert "检查一份自评工作簿" in doc and "Check one self-evaluation workbook" in doc and "previous" in doc
    assert "review_folder" in dir(perfxl) and perfxl.Review.__name__ == "Review"
    with pytest.raises(AttributeError):
        perfxl.no_such_name


def test_review_findings_frame_columns_dtypes_and_the_cli_json(pair, capsys):
    now, last = pair
    review = perfxl.check(now, previous=last)
    frame = review.findings_frame()
    assert tuple(frame.columns) == FINDING_COLUMNS
    dtypes = {c: str(t) for c, t in frame.dtypes.items()}
    assert dtypes == {"file": "string", "unit": "string", "year": "Int64", "rule": "string", "severity": "category",
                      "message": "string", "cells": "object", "previous_cells": "object", "expected": "object",
                      "actual": "object", "cause": "string"}
    assert list(frame["severity"].cat.categories) == ["error", "warning", "info"]
    assert set(frame["unit"]) == {"北山镇人民政府"} and set(frame["year"]) == {2024}
    capsys.readouterr()
    main(["check", str(now), "--previous", str(last), "--format", "json"])
    cli = json.loads(capsys.readouterr().out)["findings"]
    rows = [{k: r[k] for k in _COMPARED} for r in frame.astype(object).where(frame.notna(), None).to_dict("records")]
    assert rows == [{k: f[k] for k in _COMPARED} for f in cli]
    assert [r for r in frame["previous_cells"] if r] == [f["previous_cells"] for f in cli if "previous_cells" in f]


def perfxl_na():
    import pandas as pd

    return pd.NA


def test_review_frame_of_a_clean_review_is_empty_but_typed(tmp_path):
    from perfxl.app.check import check_form

    frame = check_form(None).findings_frame()
    assert len(frame) == 0 and tuple(frame.columns) == FINDING_COLUMNS and str(frame["year"].dtype) == "Int64"


def test_review_folder_frames_and_the_batch_json(folders, tmp_path, capsys):
    out = tmp_path / "batch.json"
    main(["batch", str(folders / "2024"), "--previous", str(folders / "2023"), "--format", "json",
          "-o", str(out), "--jobs", "1"])
    doc = json.loads(out.read_text(encoding="utf-8"))
    with perfxl.review_folder(folders / "2024", previous=folders / "2023", jobs=2) as reviews:
        assert len(reviews) == 3
        records = list(reviews)
        assert all("findings" not in r for r in records)   # lightweight records, findings on disk
        summary = reviews.summary_frame()
        assert tuple(summary.columns) == SUMMARY_COLUMNS + PREVIOUS_COLUMNS
        dtypes = {c: str(t) for c, t in summary.dtypes.items()}
        assert dtypes["status"] == "category" and dtypes["errors"] == "Int64" and dtypes["year"] == "Int64"
        assert dtypes["total_stated"] == dtypes["exec_rate"] == dtypes["total_change"] == "float64"
        assert dtypes["unit"] == dtypes["file"] == "string"
        by_file = {os.path.basename(f): i for i, f in enumerate(summary["file"])}
        broken = summary.iloc[by_file["坏文件.xlsx"]]
        assert broken["status"] == "unusable" and perfxl_na() is broken["errors"]
        bs = summary.iloc[by_file["北山镇.xlsx"]]
        assert bs["previous_total_stated"] == 99.97 and bs["total_change"] == pytest.approx(bs["total_stated"] - 99.97)
        for r in doc["submissions"]:
            row = summary.iloc[by_file[os.path.basename(r["file"])]]
            assert (None if row["errors"] is perfxl_na() else row["errors"]) == r.get("errors")
        findings = reviews.findings_frame()
        assert tuple(findings.columns) == FINDING_COLUMNS
        cli = [(os.path.basename(r["file"]), f["rule"], f["message"], f["cells"], f.get("cause"))
               for r in doc["submissions"] for f in r["findings"]]
        api = [(os.path.basename(f), rule, m, c, None if cause is perfxl_na() else cause)
               for f, rule, m, c, cause in zip(findings["file"], findings["rule"], findings["message"],
                                              findings["cells"], findings["cause"])]
        assert sorted(api) == sorted(cli) and any(r.startswith("Y-") for _, r, *_ in api)
        assert reviews.unpaired_previous == []


def test_to_excel_writes_the_batch_summary(folders, tmp_path):
    cli_out = tmp_path / "cli.xlsx"
    main(["batch", str(folders / "2024"), "--previous", str(folders / "2023"), "-o", str(cli_out), "--jobs", "1"])
    api_out = tmp_path / "api.xlsx"
    with perfxl.review_folder(folders / "2024", previous=folders / "2023", jobs=1) as reviews:
        assert reviews.to_excel(api_out) == api_out
        with pytest.raises(perfxl.PerfxlError):
            reviews.to_excel(api_out)   # an existing file is replaced only with force=True
    a, b = openpyxl.load_workbook(cli_out), openpyxl.load_workbook(api_out)
    assert a.sheetnames == b.sheetnames and "跨年对比" in a.sheetnames
    for name in a.sheetnames:
        assert list(a[name].values) == list(b[name].values), name


def test_review_folder_without_previous_has_no_previous_columns(folders):
    with perfxl.review_folder(folders / "2024", jobs=1) as reviews:
        assert tuple(reviews.summary_frame().columns) == SUMMARY_COLUMNS
        assert reviews.unpaired_previous is None


def test_review_folder_errors_are_one_sentence(tmp_path):
    with pytest.raises(perfxl.PerfxlError, match="找不到文件夹"):
        perfxl.review_folder(tmp_path / "无")


def _readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## 在 Python 中使用（分析人员）", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_readme_example_runs(folders, tmp_path, monkeypatch, capsys):
    import shutil

    shutil.copytree(folders / "2024", tmp_path / "2024")
    shutil.copytree(folders / "2023", tmp_path / "2023")
    monkeypatch.chdir(tmp_path)
    exec(compile(_readme_example(), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "总得分" in out and "Y-PREV-ACTUAL" in out
    assert (tmp_path / "2024_检查汇总.xlsx").exists()
