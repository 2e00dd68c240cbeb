"""The use case "review a folder of submissions", written once for the command line
(``perfxl batch``) and the Python API (``perfxl.review_folder``): records stream from the
worker pool (``batch.review_all``), paired with last year's folder when one is given, and
are spooled to disk for the summary workbook and the data frames."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Iterator

from ..batch import FindingSpool, Spool, Tally, count_workbooks, iter_submissions, review_all, with_previous
from ..core.profile import DEFAULT_PROFILE, RuleProfile
from ..errors import PerfxlError


class FolderReview:
    """One folder (and, with ``previous``, last year's folder) under review.  Use as a
    context manager: the pairing index of last year's folder is a temporary file."""

    def __init__(self, root: str | Path, previous: str | Path | None = None, jobs: int | None = None,
                 profile: RuleProfile = DEFAULT_PROFILE, exclude: tuple[Path, ...] = (),
                 progress: bool = False, skipped: Callable[[Path, str], None] | None = None) -> None:
        self.root = Path(root)
        if not self.root.is_dir():
            raise PerfxlError(f"找不到文件夹“{self.root}”，请检查路径。")
        self.total = count_workbooks(self.root)
        if not self.total:
            raise PerfxlError(f"文件夹“{self.root}”中没有 .xlsx 工作簿（也没有 .xls/.et/.xlsb/.ods）。")
        self.previous = Path(previous) if previous is not None else None
        if self.previous is not None and not self.previous.is_dir():
            raise PerfxlError(f"找不到上年的文件夹“{self.previous}”，请检查 --previous 的路径。")
        if self.previous is not None and self.previous.resolve() == self.root.resolve():
            raise PerfxlError("--previous 指定的是本年的同一个文件夹，请指定上一年度的文件夹。")
        self.jobs = max(1, min(jobs or os.cpu_count() or 1, self.total))
        self.profile = profile
        self.exclude = exclude
        self.progress = progress
        self.skipped = skipped      # told of each file passed over (perfxl's own outputs …)
        self.used: set[str] = set()
        self._index: Any = None
        self._index_file: str | None = None
        self._running: Any = None

    def __enter__(self) -> "FolderReview":
        if self.previous is not None:
            from ..pairing import build_index

            self._index = build_index(self.previous, self.jobs)
            self._index_file = self._index.save()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (a run left half-way) and remove the pairing index."""
        if self._running is not None:
            self._running.close()
            self._running = None
        if self._index_file is not None:
            try:
                os.unlink(self._index_file)
            except OSError:
                pass
            self._index_file = None

    def records(self) -> Iterator[dict[str, Any]]:
        """Each submission's record (summary figures and findings, plain data), in folder order."""
        self._running = self._records()
        return self._running

    def _records(self) -> Iterator[dict[str, Any]]:
        subs: Iterator = iter_submissions(self.root, exclude=self.exclude, skipped=self.skipped)
        if self._index_file is not None:
            subs = with_previous(subs, self._index_file)
        reviews = review_all(subs, self.jobs, self.profile, self.total if self.progress else None)
        try:
            for record in reviews:
                if record.get("previous"):
                    self.used.add(record["previous"])
                yield record
        finally:
            reviews.close()   # workers stopped whatever happens

    def unpaired_previous(self) -> list[dict[str, Any]] | None:
        """Last year's submissions that no workbook of this year was paired with (None
        without ``previous``); complete once ``records`` has been consumed."""
        return self._index.unpaired(self.used) if self._index is not None else None

    def json_tail(self) -> dict[str, Any]:
        if self._index is None:
            return {}
        return {"previous_folder": str(self.previous), "unpaired_previous": self.unpaired_previous()}


def spool_records(records: Iterator[dict[str, Any]]) -> tuple[Spool, FindingSpool, Tally]:
    """Records and their findings kept on disk; returns (records, findings, counts by outcome).
    Each record keeps ``first_finding`` and ``findings_count``, its rows in the findings."""
    spool, findings, tally = Spool(), FindingSpool(), Tally()
    try:
        for record in records:
            items = record.pop("findings")
            record["first_finding"] = findings.add_all(record["file"], record.get("unit"), items)
            record["findings_count"] = len(items)
            spool.add(record)
            tally.add(record)
    except BaseException:
        spool.close()
        findings.close()
        raise
    return spool, findings, tally
