import os
import subprocess
import sys

import pytest

from perfxl.cli import main

from .conftest import ROOT


def run(*args, **kw):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "perfxl", *args], capture_output=True, text=True, env=env, **kw)


def test_help_is_chinese_and_light():
    code = ("import sys, runpy; sys.argv=['perfxl','--help']\n"
            "try:\n    runpy.run_module('perfxl', run_name='__main__')\nexcept SystemExit: pass\n"
            "heavy=[m for m in ('pandas','xlwings','docx','openpyxl') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert "生成空白模板" in out.stdout and "选项" in out.stdout
    assert "HEAVY []" in out.stdout


def test_check_path_reads_without_openpyxl():
    """Reading and checking use perfxl's own reader; openpyxl is only for writing."""
    code = ("import sys, runpy; sys.argv=['perfxl','check',%r]\n"
            "try:\n    runpy.run_module('perfxl', run_name='__main__')\nexcept SystemExit: pass\n"
            "print('HEAVY', [m for m in ('openpyxl','pandas','xlwings','docx') if m in sys.modules])"
            % str(ROOT / "workbooks" / "北山镇2023.xlsx"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert "HEAVY []" in out.stdout


def test_existing_output_needs_force(tmp_path, capsys):
    out = tmp_path / "a.xlsx"
    assert main(["new", "-o", str(out)]) == 0
    before = out.read_bytes()
    assert main(["new", "--unit", "另一个", "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == before
    assert main(["new", "--unit", "另一个", "-o", str(out), "--force"]) == 0


def test_missing_output_folder(tmp_path, capsys):
    assert main(["new", "-o", str(tmp_path / "没有" / "a.xlsx")]) == 2
    assert "不存在" in capsys.readouterr().err


@pytest.mark.parametrize("args, words", [
    (["new", "--from", "不存在.xlsx"], "找不到文件"),
    (["new", "--year", "明年"], "命令参数有误"),
    (["fill", "不存在.toml"], "找不到数据文件"),
    (["bogus"], "命令参数有误"),
])
def test_errors_are_one_chinese_sentence_without_traceback(args, words, tmp_path):
    r = run(*args, cwd=tmp_path)
    assert r.returncode == 2
    assert words in r.stderr
    assert "Traceback" not in r.stderr


def test_not_a_workbook(tmp_path):
    fake = tmp_path / "假的.xlsx"
    fake.write_text("not a zip", encoding="utf-8")
    r = run("new", "--from", str(fake), cwd=tmp_path)
    assert r.returncode == 2 and "不是有效的 .xlsx 文件" in r.stderr and "Traceback" not in r.stderr


def test_output_permissions_follow_umask(tmp_path):
    out = tmp_path / "p.xlsx"
    assert main(["new", "-o", str(out)]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
