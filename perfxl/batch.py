"""Batch review of a folder of submissions for the county bureau.

Each workbook is checked in a worker process and reduced to a small record (its summary
figures and findings as plain data), so memory stays flat however many files there are:
nothing holds more than one workbook at a time, and findings stream to disk.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from array import array
from typing import Any, Iterable, Iterator

from .core.profile import DEFAULT_PROFILE, RuleProfile

NARRATIVE_SUFFIXES = (".docx", ".txt")
WORKER_TASKS = 100   # files a worker checks before it is replaced by a fresh one
RESULT_SUFFIX = "_检查结果"


@dataclass(frozen=True)
class Submission:
    workbook: Path
    narrative: Path | None


def _is_workbook(name: str) -> bool:
    return (name.lower().endswith((".xlsx", ".xlsm")) and not name.startswith(("~$", ".~", ".perfxl-"))
            and RESULT_SUFFIX not in name)


def iter_submissions(root: Path, exclude: tuple[Path, ...] = ()) -> Iterator[Submission]:
    """Every workbook under ``root``, folder by folder, paired with its report: same stem
    beside it, or the only report in a folder that holds only one workbook.  Nothing is
    listed up front, so a folder of thousands costs no more memory than a folder of ten."""
    excluded = {p.resolve() for p in exclude}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        folder = Path(dirpath)
        books = [folder / n for n in sorted(filenames) if _is_workbook(n)]
        books = [b for b in books if b.resolve() not in excluded]
        reports = [n for n in sorted(filenames) if n.lower().endswith(NARRATIVE_SUFFIXES) and not n.startswith("~$")]
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
            yield Submission(b, narrative)


def count_workbooks(root: Path) -> int:
    return sum(1 for _, _, files in os.walk(root) for n in files if _is_workbook(n))


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def review_one(sub: Submission, profile: RuleProfile = DEFAULT_PROFILE) -> dict[str, Any]:
    """Check one submission and reduce its review to a record; never raises (a broken file
    is a record with its reason).  A report beside the workbook wins over its 报告正文 sheet."""
    from .app.check import check
    from .errors import PerfxlError

    record: dict[str, Any] = {"file": str(sub.workbook), "narrative": str(sub.narrative) if sub.narrative else None,
                              "status": "ok", "reason": None, "findings": []}
    try:
        review = check(sub.workbook, sub.narrative, profile, lenient_narrative=True)
        record.update(reason=review.narrative_problem, narrative=review.narrative)  # what was checked
        record.update(_figures(review))
    except PerfxlError as exc:
        record.update(status="unusable", reason=str(exc))
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


def write_json(out: Path, root: Path, records: Iterable[dict[str, Any]]) -> tuple[int, int, int]:
    """Stream the records into one JSON document at ``out`` (written atomically);
    returns (submissions, unusable, errors)."""
    from . import __version__
    from .files import atomic_path

    done = broken = errors = 0
    with atomic_path(out) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        fh.write('{"perfxl_version": "%s", "folder": %s, "submissions": [\n'
                 % (__version__, json.dumps(str(root), ensure_ascii=False)))
        for i, record in enumerate(records):
            fh.write((",\n" if i else "") + json.dumps(record, ensure_ascii=False, default=str))
            errors += record.get("errors") or 0
            broken += record["status"] == "unusable"
            done += 1
        fh.write("\n]}\n")
    return done, broken, errors


def _review_task(args: tuple[Submission, RuleProfile]) -> dict[str, Any]:
    return review_one(*args)


def review_all(subs: Iterable[Submission], jobs: int, profile: RuleProfile = DEFAULT_PROFILE,
               total: int | None = None) -> Iterator[dict[str, Any]]:
    """Records in submission order, from ``jobs`` worker processes (1: in this process);
    a progress bar when ``total`` is given."""
    tasks = ((s, profile) for s in subs)
    bar = _progress(total) if total else None
    try:
        if jobs <= 1:
            for t in tasks:
                yield _review_task(t)
                if bar:
                    bar.update(1)
            return
        import multiprocessing
        from collections import deque

        # A bounded window of work in flight (Pool.imap would queue every task at once),
        # workers recycled now and then, and workers started from a clean server process
        # (not forked from this one as it grows) keep memory flat however many files.
        if sys.platform == "win32":
            context = multiprocessing.get_context("spawn")
        else:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["perfxl.batch", "perfxl.app.check", "perfxl.checks.runner", "perfxl.xlsx.reader"])
        with context.Pool(jobs, maxtasksperchild=WORKER_TASKS) as pool:
            queue = iter(tasks)
            pending: deque = deque(pool.apply_async(_review_task, (t,)) for t in itertools.islice(queue, jobs * 4))
            while pending:
                record = pending.popleft().get()
                nxt = next(queue, None)
                if nxt is not None:
                    pending.append(pool.apply_async(_review_task, (nxt,)))
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
