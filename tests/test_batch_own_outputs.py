"""perfxl batch and its own outputs: checked copies and summaries are not submissions, the
default summary goes beside the folder, a file given as the folder is named as a file."""

from __future__ import annotations

import json
import os
import shutil

from perfxl.cli import main

from .conftest import EXAMPLE_WORKBOOK


def _folder(tmp_path):
    folder = tmp_path / "材料"
    folder.mkdir()
    shutil.copy(EXAMPLE_WORKBOOK, folder / "甲镇.xlsx")
    shutil.copy(EXAMPLE_WORKBOOK, folder / "甲镇_检查结果整改后.xlsx")  # a submission, not perfxl's
    return folder


def _files(out):
    return sorted(r["file"] for r in json.loads(out.read_text(encoding="utf-8"))["submissions"])


def test_name_containing_the_suffix_is_checked(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "汇总.json"
    main(["batch", str(folder), "--format", "json", "--jobs", "1", "--quiet", "-o", str(out)])
    assert len(_files(out)) == 2 and any("整改后" in f for f in _files(out))


def test_own_outputs_are_skipped_with_a_line(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["check", str(folder / "甲镇.xlsx"), "--format", "xlsx"]) == 1   # 甲镇_检查结果.xlsx
    first = tmp_path / "first.xlsx"
    main(["batch", str(folder), "--jobs", "1", "--quiet", "-o", str(first)])
    shutil.copy(first, folder / "上次结果.xlsx")         # a renamed summary: known by its content
    capsys.readouterr()
    out = tmp_path / "汇总.json"
    main(["batch", str(folder), "--format", "json", "--jobs", "1", "--quiet", "-o", str(out)])
    err = capsys.readouterr().err
    assert "甲镇_检查结果.xlsx" in err and "上次结果.xlsx" in err and "已跳过" in err
    assert len(_files(out)) == 2


def test_default_summary_beside_the_folder_and_run_twice(tmp_path, capsys):
    folder = _folder(tmp_path)
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        main(["batch", ".", "--format", "json", "--jobs", "1", "--quiet"])
        out = tmp_path / "材料_检查汇总.json"
        assert out.exists() and not (folder / "材料_检查汇总.json").exists()
        assert main(["batch", ".", "--format", "json", "--jobs", "1", "--quiet", "--force"]) in (0, 1)
        assert len(_files(out)) == 2
    finally:
        os.chdir(cwd)


def test_a_file_is_named_as_a_file(tmp_path, capsys):
    book = tmp_path / "甲镇.xlsx"
    shutil.copy(EXAMPLE_WORKBOOK, book)
    assert main(["batch", str(book)]) == 2
    err = capsys.readouterr().err
    assert "是一个文件" in err and "perfxl check" in err
    assert main(["batch", str(tmp_path / "没有")]) == 2
    assert "找不到文件夹" in capsys.readouterr().err


def _records(out):
    return json.loads(out.read_text(encoding="utf-8"))["submissions"]


def test_unpaired_report_is_said(tmp_path):
    folder = tmp_path / "两镇"
    folder.mkdir()
    shutil.copy(EXAMPLE_WORKBOOK, folder / "甲镇.xlsx")
    shutil.copy(EXAMPLE_WORKBOOK, folder / "乙镇.xlsx")
    (folder / "报告.txt").write_text("北山镇2023年部门整体支出绩效自评报告\n", encoding="utf-8")
    out = tmp_path / "汇总.json"
    main(["batch", str(folder), "--format", "json", "--jobs", "1", "--quiet", "-o", str(out)])
    records = _records(out)
    assert len(records) == 2
    assert all("报告.txt" in (r["reason"] or "") and "未与工作簿对应" in r["reason"] for r in records)


def test_paired_report_says_nothing_more(tmp_path):
    folder = tmp_path / "一镇"
    folder.mkdir()
    shutil.copy(EXAMPLE_WORKBOOK, folder / "甲镇.xlsx")
    shutil.copy(EXAMPLE_WORKBOOK, folder / "乙镇.xlsx")
    (folder / "甲镇_自评报告.txt").write_text("北山镇2023年部门整体支出绩效自评报告\n", encoding="utf-8")
    out = tmp_path / "汇总.json"
    main(["batch", str(folder), "--format", "json", "--jobs", "1", "--quiet", "-o", str(out)])
    assert not any("未与工作簿对应" in (r["reason"] or "") for r in _records(out))
