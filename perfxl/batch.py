"""Batch review of a folder of submissions for the county bureau.

Each workbook is checked in a worker process and reduced to a small record (its summary
figures and findings as plain data), so memory stays flat however many files there are:
nothing holds more than one workbook at a time, and findings stream to disk.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from array import array
from typing import Any, Callable, Iterable, Iterator

from .core.profile import DEFAULT_PROFILE, RuleProfile

NARRATIVE_SUFFIXES = (".docx", ".txt")
WORKER_TASKS = 100   # files a worker checks before it is replaced by a fresh one
WORKER_SECONDS = 300                 # one file: a real submission takes about a second
WORKER_MEMORY = 3 * 1024 ** 3        # address space of one worker (RLIMIT_AS, where supported)
RESULT_SUFFIX = "_检查结果"
SUMMARY_SUFFIX = "_检查汇总"
SUMMARY_TITLE = "绩效自评批量检查汇总"  # the document title perfxl gives its summary workbook
# .xls and WPS .et/.ett, .xlsb and .ods are read too (values only, see xlsx/calamine.py).
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".et", ".ett", ".xlsb", ".ods")


@dataclass(frozen=True)
class Submission:
    workbook: Path
    narrative: Path | None
    problem: str | None = None     # why the file cannot be opened at all (FIFO, device, loop…)
    previous_index: str | None = None   # index file of last year's folder (--previous)
    note: str | None = None        # said in the record: e.g. a report beside it left unpaired


def _file_problem(path: Path) -> str | None:
    """Why ``path`` is not a regular file perfxl can open, or None: such a file becomes one
    row and is never opened (a FIFO would block, a device would never end)."""
    import errno
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "该文件是循环指向自身的快捷方式（符号链接），已跳过"
        if os.path.islink(path):
            return "该文件是失效的快捷方式（符号链接），已跳过"
        from .files import os_error_message

        return os_error_message(exc, path.name)
    if not stat.S_ISREG(mode):
        return "该文件不是普通文件（可能是设备、管道或指向它们的快捷方式），已跳过"
    return None


def _is_workbook(name: str) -> bool:
    return name.lower().endswith(WORKBOOK_SUFFIXES) and not name.startswith(("~$", ".~", ".perfxl-"))


def _own_output_name(name: str) -> bool:
    """perfxl's own checked copy or summary by name: the stem ends with the suffix (a numbered
    copy “…_检查汇总 (2)” too); “甲镇_检查结果整改后.xlsx” is a submission."""
    import re

    stem = name.rsplit(".", 1)[0]
    return re.search(f"({RESULT_SUFFIX}|{SUMMARY_SUFFIX})(\\s*[（(]\\d+[)）])?$", stem) is not None


def _is_summary_book(path: Path) -> bool:
    """Whether ``path`` is a summary perfxl wrote (its document title says so), whatever its name."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("docProps/core.xml")
            if info.file_size > 65536:
                return False
            return f">{SUMMARY_TITLE}<" in z.read(info).decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, RuntimeError):
        return False


def own_output(path: Path) -> str | None:
    """Why ``path`` is perfxl's own output and not a submission, or None."""
    if _own_output_name(path.name):
        return "perfxl 生成的检查结果副本或汇总表（按文件名）"
    if path.suffix.lower() in (".xlsx", ".xlsm") and _is_summary_book(path):
        return "perfxl 生成的批量检查汇总表（按文件内容）"
    return None


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):   # a symlink loop: itself (it becomes one row)
        return path.absolute()


def with_previous(subs: Iterable[Submission], index_file: str) -> Iterator[Submission]:
    """The submissions, each to be paired with last year's through ``index_file``."""
    from dataclasses import replace

    for sub in subs:
        yield replace(sub, previous_index=index_file)


def iter_submissions(root: Path, exclude: tuple[Path, ...] = (),
                     skipped: "Callable[[Path, str], None] | None" = None) -> Iterator[Submission]:
    """Every workbook under ``root``, folder by folder, paired with its report: same stem
    beside it, or the only report in a folder that holds only one workbook.  Nothing is
    listed up front, so a folder of thousands costs no more memory than a folder of ten."""
    excluded = {_resolved(p) for p in exclude}
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append):
        while unreadable:   # a subfolder that cannot be listed is one row, not a silent gap
            exc = unreadable.pop(0)
            if exc.filename is not None and Path(exc.filename) != Path(root):
                from .files import os_error_message

                yield Submission(Path(exc.filename), None, "无法打开该文件夹：" + os_error_message(exc))
        dirnames.sort()
        folder = Path(dirpath)
        books = [folder / n for n in sorted(filenames) if _is_workbook(n)]
        books = [b for b in books if _resolved(b) not in excluded]
        kept = []
        for b in books:
            why = own_output(b) if _file_problem(b) is None else None
            if why is None:
                kept.append(b)
            elif skipped is not None:
                skipped(b, why)
        books = kept
        reports = [n for n in sorted(filenames) if n.lower().endswith(NARRATIVE_SUFFIXES) and not n.startswith("~$")]
        paired: list[tuple[Path, Path | None]] = []
        for b in books:
            narrative = None
            for suffix in NARRATIVE_SUFFIXES:
                for name in (b.stem + suffix, b.stem + "_自评报告" + suffix):
                    if name in reports:
                        narrative = folder / name
                        break
                if narrative:
                    break
            if narrative is None and len(books) == 1 and len(reports) == 1:
                narrative = folder / reports[0]
            paired.append((b, narrative))
        used = {n.name for _, n in paired if n is not None}
        unused = [n for n in reports if n not in used]
        note = None
        if unused:   # never silently: each workbook without a report says which were left over
            why = "文件夹中有多个工作簿" if len(books) > 1 else "文件夹中有多份报告"
            note = (f"同一文件夹中的报告“{'”“'.join(unused[:3])}”{'等' if len(unused) > 3 else ''}未与工作簿对应"
                    f"（{why}，无法判断属于哪一份），本表未核对报告：请把报告改成与工作簿同名"
                    "（或“工作簿名_自评报告”）后再查")
        for b, narrative in paired:
            yield Submission(b, narrative, _file_problem(b), note=note if narrative is None else None)


def count_workbooks(root: Path) -> int:
    """Workbooks under ``root`` that are submissions (perfxl's own outputs not counted)."""
    return sum(1 for folder, _, files in os.walk(root) for n in files
               if _is_workbook(n) and not _own_output_name(n)
               and not (os.path.isfile(Path(folder) / n) and _is_summary_book(Path(folder) / n)))


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def review_one(sub: Submission, profile: RuleProfile = DEFAULT_PROFILE) -> dict[str, Any]:
    """Check one submission and reduce its review to a record; never raises (a broken file
    is a record with its reason).  A report beside the workbook wins over its 报告正文 sheet."""
    from .app.check import check
    from .errors import PerfxlError, UnrecognisedWorkbook

    record: dict[str, Any] = {"file": str(sub.workbook), "narrative": str(sub.narrative) if sub.narrative else None,
                              "status": "ok", "reason": None, "findings": []}
    previous = None
    if sub.previous_index is not None:
        from .pairing import find_in_index

        index_file = sub.previous_index
        record["previous"] = None
        previous = lambda unit: find_in_index(index_file, unit)  # noqa: E731
    try:
        review = check(sub.workbook, sub.narrative, profile, lenient_narrative=True, previous=previous)
        record.update(reason=review.narrative_problem, narrative=review.narrative)  # what was checked
        if sub.note:
            record["reason"] = "；".join(x for x in (record["reason"], sub.note) if x)
        record.update(_figures(review))
        if previous is not None:
            record.update(_previous_figures(review))
    except UnrecognisedWorkbook as exc:  # read, but no form perfxl knows: counted apart
        record.update(status="unrecognised", reason=str(exc))
    except PerfxlError as exc:
        record.update(status="unusable", reason=str(exc))
    except MemoryError:
        record.update(status="unusable", reason="处理时占用内存超过上限，文件可能异常庞大，请用 Excel/WPS 打开检查该文件")
    except Exception as exc:  # one broken file is one row, never the end of the run
        record.update(status="unusable", reason=f"处理时出现意外错误（{type(exc).__name__}），请用 Excel/WPS 打开检查该文件")
    return record


def _figures(review: Any) -> dict[str, Any]:
    """A review's summary figures and findings, as plain data."""
    data = review.data

    def number(key: str) -> float | None:
        return data.number(key) if data is not None else None

    prev, now = number("funds.sangong.prev_actual"), number("funds.sangong.actual")
    out = dict(
        unit=review.unit, year=review.year, total_stated=review.total_score,
        total_recomputed=review.total_recomputed, grade=review.grade,
        errors=review.count("error"), warnings=review.count("warning"), infos=review.count("info"),
        control_rate=_ratio(number("staff.actual"), number("staff.authorized")),
        exec_rate=_ratio(number("budget.executed"), number("budget.adjusted")),
        sangong_change=_ratio(now - prev, prev) if now is not None and prev is not None else None,
        findings=[f.as_dict() for f in review.findings],
    )
    if review.projects:  # only then, so records of department forms keep their keys
        out["projects"] = review.project_rows()
    return out


STATUSES = ("ok", "unrecognised", "unusable")


class Tally:
    """Submissions by outcome: checked without errors, checked with errors, not recognised as a
    performance form (未识别), unusable (无法读取); and the errors found."""

    def __init__(self) -> None:
        self.submissions = self.clean = self.failing = self.unrecognised = self.unusable = self.errors = 0

    def add(self, record: dict[str, Any]) -> None:
        self.submissions += 1
        status = record["status"]
        if status == "unrecognised":
            self.unrecognised += 1
        elif status == "unusable":
            self.unusable += 1
        elif record.get("errors"):
            self.failing += 1
        else:
            self.clean += 1
        self.errors += record.get("errors") or 0

    def as_dict(self) -> dict[str, int]:
        return {"submissions": self.submissions, "clean": self.clean, "with_errors": self.failing,
                "unrecognised": self.unrecognised, "unusable": self.unusable, "errors": self.errors}

    def line(self) -> str:
        return (f"共检查 {self.submissions} 份，其中 {self.unusable} 份无法读取，{self.unrecognised} 份未识别"
                f"（不是绩效表格或缺少关键栏目），{self.clean} 份无错误，{self.failing} 份有错误；"
                f"错误共 {self.errors} 项。")


def _previous_figures(review: Any) -> dict[str, Any]:
    """This year's and last year's figures the 跨年对比 sheet compares (--previous only)."""
    data, last = review.data, review.previous_data
    out: dict[str, Any] = {"previous": review.previous, "previous_problem": review.previous_problem,
                           "sangong": data.number("funds.sangong.actual") if data is not None else None}
    if last is not None:
        from .app.review import unit_of

        out.update(previous_unit=unit_of(last), previous_year=last.form.year if last.year_known else None,
                   previous_total_stated=last.number("total.score"),
                   previous_exec_rate=_ratio(last.number("budget.executed"), last.number("budget.adjusted")),
                   previous_sangong=last.number("funds.sangong.actual"))
    return out


def write_json(out: Path, root: Path, records: Iterable[dict[str, Any]], tail: Any = None, *,
               force: bool = False) -> Tally:
    """Stream the records into one JSON document at ``out`` (written atomically), the counts
    by outcome at its end; returns the tally.  ``tail``, when given, is called after the
    records and gives more top-level keys (last year's unpaired submissions)."""
    from . import __version__
    from .files import atomic_path

    tally = Tally()
    with atomic_path(out, force=force) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        fh.write('{"perfxl_version": "%s", "folder": %s, "submissions": [\n'
                 % (__version__, json.dumps(str(root), ensure_ascii=False)))
        for i, record in enumerate(records):
            fh.write((",\n" if i else "") + json.dumps(record, ensure_ascii=False, default=str))
            tally.add(record)
        fh.write('\n], "counts": %s' % json.dumps(tally.as_dict()))
        for key, value in (tail() if tail else {}).items():
            fh.write(",\n%s: %s" % (json.dumps(key), json.dumps(value, ensure_ascii=False, default=str)))
        fh.write("}\n")
    return tally


def _review_task(args: tuple[Submission, RuleProfile]) -> dict[str, Any]:
    return review_one(*args)


def unusable(sub: Submission, reason: str) -> dict[str, Any]:
    """The record of a submission that could not be checked at all."""
    return {"file": str(sub.workbook), "narrative": str(sub.narrative) if sub.narrative else None,
            "status": "unusable", "reason": reason, "findings": []}


def _worker_main(conn: Any, task: Any, memory: int | None) -> None:
    """A worker: check what the parent sends until told to stop (None) or the pipe closes.
    Ctrl-C and SIGTERM are the parent's business: it stops workers itself (they end when their
    pipe closes should the parent be killed outright), without their tracebacks."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if memory:
        try:
            import resource

            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard == resource.RLIM_INFINITY or hard > memory:
                resource.setrlimit(resource.RLIMIT_AS, (memory, hard))
        except (ImportError, ValueError, OSError):   # Windows, or a stricter limit already set
            pass
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        try:
            record = task(item)
        except MemoryError:
            record = unusable(item[0], "处理时占用内存超过上限，文件可能异常庞大，请用 Excel/WPS 打开检查该文件")
        except Exception as exc:   # review_one never raises; a replacement task might
            record = unusable(item[0], f"处理时出现意外错误（{type(exc).__name__}），请用 Excel/WPS 打开检查该文件")
        try:
            conn.send(record)
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, context: Any, task: Any, memory: int | None) -> None:
        self.conn, child = context.Pipe()
        self.proc = context.Process(target=_worker_main, args=(child, task, memory), daemon=True)
        self.proc.start()
        child.close()
        self.index: int | None = None
        self.sub: Submission | None = None
        self.deadline = 0.0
        self.done = 0

    def assign(self, index: int, item: tuple[Submission, RuleProfile], seconds: float) -> None:
        import time

        self.index, self.sub = index, item[0]
        self.deadline = time.monotonic() + seconds
        self.conn.send(item)

    def release(self) -> None:
        self.index, self.sub = None, None
        self.done += 1

    def stop(self, kill: bool = False) -> None:
        try:
            if not kill and self.proc.is_alive():
                self.conn.send(None)
                self.proc.join(2)
        except (BrokenPipeError, OSError):
            pass
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(5)
        self.conn.close()


def _context() -> Any:
    import multiprocessing

    # Workers start from a clean server process (not forked from this one as it grows).
    if sys.platform == "win32":
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["perfxl.batch", "perfxl.app.check", "perfxl.checks.runner", "perfxl.xlsx.reader"])
    # Started with Ctrl-C ignored, the server and every worker forked from it ignore it from
    # their first instruction: a Ctrl-C at the terminal stops the batch (this process stops
    # the workers) without a KeyboardInterrupt traceback from a worker just starting.
    import signal
    import threading
    from multiprocessing import forkserver

    if threading.current_thread() is threading.main_thread():
        # SIGTERM alike (a terminal's kill, a system shutdown reaches the whole process group):
        # this process stops the workers; a worker killed half-way through creating a file
        # would leave it behind, and a dead worker would be replaced by a new one.
        stops = [sig for sig in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if sig is not None]
        previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in stops}
        try:
            with _workers_temp_dir(), _quiet_stderr():
                forkserver.ensure_running()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    return context


@contextlib.contextmanager
def _quiet_stderr():
    """The server starts with its error output on the null device, and so do the workers it
    forks: they report through their pipes, and a worker being forked just as the user stops
    the batch (its parent gone before it got its task) must not print Python's traceback."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 2)
        finally:
            os.close(null)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


_WORKERS_TMP: list[str] = []


@contextlib.contextmanager
def _workers_temp_dir():
    """The server and the workers forked from it get a temporary folder of their own, which
    this process removes when it ends: a worker stopped by a signal in the middle of creating a
    temporary file (Python's first use of tempfile writes a probe file) leaves nothing behind in
    the user's temporary folder."""
    import atexit
    import shutil

    if _WORKERS_TMP:   # the server is already running (with its folder)
        yield
        return
    folder = tempfile.mkdtemp(prefix="perfxl-workers-")
    _WORKERS_TMP.append(folder)
    atexit.register(shutil.rmtree, folder, True)
    before = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = folder
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = before


def _pooled(subs: Iterable[Submission], jobs: int, profile: RuleProfile, task: Any,
            seconds: float, memory: int | None) -> Iterator[dict[str, Any]]:
    """Records in submission order from ``jobs`` worker processes.  A worker that dies
    (killed for memory, by a signal) or overruns ``seconds`` on a file is replaced, and
    that file becomes one row; a bounded window of work in flight keeps memory flat."""
    import time
    from multiprocessing.connection import wait

    context = _context()
    queue = enumerate(subs)
    window = max(jobs * 4, 1)
    workers: list[_Worker] = []
    done: dict[int, dict[str, Any]] = {}
    next_out = next_in = 0
    exhausted = False
    try:
        while True:
            # hand out work: unusable files need no worker
            while not exhausted and next_in < next_out + window:
                idle = next((w for w in workers if w.index is None), None)
                if idle is None and len(workers) < jobs:
                    idle = _Worker(context, task, memory)
                    workers.append(idle)
                item = next(queue, None) if idle is not None else None
                if item is None:
                    exhausted = exhausted or idle is not None
                    break
                index, sub = item
                next_in = index + 1
                if sub.problem:
                    done[index] = unusable(sub, sub.problem)
                else:
                    idle.assign(index, (sub, profile), seconds)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            busy = [w for w in workers if w.index is not None]
            if not busy:
                if exhausted and not done:
                    return
                continue
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout)
            for w in busy:
                index, sub = w.index, w.sub
                assert index is not None and sub is not None
                record = None
                if w.conn.poll():
                    try:
                        record = w.conn.recv()
                    except (EOFError, OSError):
                        record = None
                if record is not None:
                    done[index] = record
                    w.release()
                    if w.done >= WORKER_TASKS:
                        w.stop()
                        workers.remove(w)
                elif not w.proc.is_alive():
                    done[index] = unusable(sub, "处理时进程异常退出（可能内存不足或被系统终止），"
                                                "请用 Excel/WPS 打开检查该文件")
                    w.stop(kill=True)
                    workers.remove(w)
                elif time.monotonic() >= w.deadline:
                    done[index] = unusable(sub, f"处理超时（超过 {seconds:g} 秒），文件可能异常庞大，"
                                                "请用 Excel/WPS 打开检查该文件")
                    w.stop(kill=True)
                    workers.remove(w)
    finally:
        for w in workers:
            w.stop(kill=True)


def review_all(subs: Iterable[Submission], jobs: int, profile: RuleProfile = DEFAULT_PROFILE,
               total: int | None = None, *, task: Any = _review_task, seconds: float = WORKER_SECONDS,
               memory: int | None = WORKER_MEMORY) -> Iterator[dict[str, Any]]:
    """Records in submission order, from ``jobs`` worker processes (never in this process:
    a file that crashes or hangs its worker must not take the batch with it); a progress
    bar when ``total`` is given.  ``task`` checks one (submission, profile) pair."""
    bar = _progress(total) if total else None
    try:
        for record in _pooled(subs, max(jobs, 1), profile, task, seconds, memory):
            yield record
            if bar:
                bar.update(1)
    finally:
        if bar:
            bar.close()


def _progress(total: int):
    try:
        from tqdm import tqdm
    except ImportError:  # progress is a nicety, never a requirement
        return None
    return tqdm(total=total, unit="份", desc="检查中", file=sys.stderr)


class Spool:
    """Records kept on disk, one JSON line each, rather than in memory."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile("w+b")
        self.count = 0
        self._offsets = array("q")  # 8 bytes per item, not a Python int each

    def add(self, item: dict[str, Any]) -> int:
        """Store ``item``; returns its index."""
        self._file.seek(0, os.SEEK_END)
        self._offsets.append(self._file.tell())
        self._file.write(json.dumps(item, ensure_ascii=False, default=str).encode("utf-8") + b"\n")
        self.count += 1
        return self.count - 1

    def get(self, index: int) -> dict[str, Any]:
        self._file.seek(self._offsets[index])
        return json.loads(self._file.readline())

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for i in range(self.count):
            yield self.get(i)

    def close(self) -> None:
        self._file.close()


class FindingSpool(Spool):
    """Findings of every submission, in arrival order."""

    def add_all(self, file: str, unit: str | None, findings: list[dict[str, Any]]) -> int:
        first = self.count
        for f in findings:
            self.add({"file": file, "unit": unit, **f})
        return first
