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


def recomputed_total(data: Any, profile: RuleProfile) -> float | None:
    """perfxl's view of the total: the execution score by formula, plus each indicator's
    score by its rule (a qualitative one's stated score kept within its tier)."""
    from .checks.rules_a4 import indicators
    from .core import calc
    from .core.values import parse_value

    total = calc.execution_score(data.number("budget.executed"), data.number("budget.adjusted"),
                                 data.number("budget.weight"), profile)
    parts = [total]
    for ind in indicators(data):
        weight = parse_value(ind.weight.value).number if parse_value(ind.weight.value).is_number else None
        stated = parse_value(ind.score.value).number if parse_value(ind.score.value).is_number else None
        if weight is None:
            continue
        result = calc.score_indicator(ind.target.value, ind.actual.value, weight,
                                      category=str(ind.level2.value or ""), profile=profile)
        if result.status == "scored":
            parts.append(result.score)
        elif result.status == "qualitative" and stated is not None:
            parts.append(min(max(stated, result.low or 0), result.high or weight))
        else:
            parts.append(stated)
    value = calc.total(parts)
    return round(value, profile.score_decimals) if value is not None else None


def review_one(sub: Submission, profile: RuleProfile = DEFAULT_PROFILE) -> dict[str, Any]:
    """Check one submission; never raises (a broken file is a record with its reason)."""
    from .checks.runner import run_checks
    from .errors import PerfxlError
    from .report.summary import CheckResult

    record: dict[str, Any] = {"file": str(sub.workbook), "narrative": str(sub.narrative) if sub.narrative else None,
                              "status": "ok", "reason": None, "findings": []}
    try:
        from .xlsx.reader import read_workbook

        data, grids = read_workbook(sub.workbook)
        from .narrative.read import narrative_in_grids

        narrative = narrative_in_grids(grids, source=str(sub.workbook))
        if sub.narrative is not None:  # a report file beside the workbook wins over the sheet
            from .narrative.read import read_narrative

            try:
                narrative = read_narrative(sub.narrative)
            except PerfxlError as exc:
                record["reason"] = f"报告未能读取：{exc}"
        record["narrative"] = narrative.source if narrative is not None else None  # what was checked
        findings = run_checks(data, profile, narrative)
        result = CheckResult(findings, str(sub.workbook), record["narrative"], data, profile)
        prev, now = data.number("funds.sangong.prev_actual"), data.number("funds.sangong.actual")
        record.update(
            unit=result.unit, year=result.year, total_stated=result.total_score,
            total_recomputed=recomputed_total(data, profile), grade=result.grade,
            errors=result.count("error"), warnings=result.count("warning"), infos=result.count("info"),
            control_rate=_ratio(data.number("staff.actual"), data.number("staff.authorized")),
            exec_rate=_ratio(data.number("budget.executed"), data.number("budget.adjusted")),
            sangong_change=_ratio(now - prev, prev) if now is not None and prev is not None else None,
            findings=[f.as_dict() for f in findings],
        )
    except PerfxlError as exc:
        record.update(status="unusable", reason=str(exc))
    except Exception as exc:  # one broken file is one row, never the end of the run
        record.update(status="unusable", reason=f"处理时出现意外错误（{type(exc).__name__}），请用 Excel/WPS 打开检查该文件")
    return record


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
            context.set_forkserver_preload(["perfxl.batch", "perfxl.checks.runner", "perfxl.xlsx.reader"])
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
