"""Chinese wording of the command line: placeholders, choice errors, refusals."""

from __future__ import annotations

import re

import pytest

from perfxl.cli import _argparse_zh, build_parser, main
from perfxl.xlsx.sniff import refusal, sniff


def _helps() -> list[str]:
    parser = build_parser()
    subs = next(a for a in parser._actions if a.choices and isinstance(a.choices, dict))
    return [parser.format_help()] + [p.format_help() for p in subs.choices.values()]


def test_placeholders_are_chinese():
    for text in _helps():
        usage = text.split("\n\n")[0]
        assert not re.search(r"\b[A-Z]{2,}\b", usage), usage


def test_choice_error_uses_chinese_quotes():
    said = _argparse_zh("argument --format: invalid choice: 'foo' (choose from 'text', 'json', 'xlsx')")
    assert said == "--format 的值 “foo” 无效，可选：“text”、“json”、“xlsx”"
    # messages without quoted values stay as they were
    assert _argparse_zh("argument --year: expected one argument") == "--year 后面需要一个值"


def test_windows_1252_csv_is_named_a_text_table(tmp_path):
    path = tmp_path / "w.csv"
    path.write_bytes("Name,Value,Café\nA,1,résumé\nB,2,naïve\n".encode("cp1252"))
    assert "文本表格（CSV" in refusal(path, sniff(path))
    # bytes with control characters stay “not a table file”
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x01\x02\x03,\n" * 100 + b"\xe9,")
    assert "文本表格" not in refusal(junk, sniff(junk))


def test_from_project_table_says_not_supported(tmp_path, capsys):
    proj = tmp_path / "项目.xlsx"
    assert main(["new", "--form", "项目", "--unit", "北山镇", "--year", "2023", "-o", str(proj)]) == 0
    assert main(["new", "--from", str(proj), "-o", str(tmp_path / "下年.xlsx")]) == 2
    assert "--from 暂不支持" in capsys.readouterr().err
