"""Python API for analysts: the same checks as the command line, as pandas data frames.

分析人员使用的 Python 接口：与命令行相同的检查流程，结果可转为 pandas 数据表。

    >>> import perfxl
    >>> review = perfxl.check("2024.xlsx", previous="2023.xlsx")      # doctest: +SKIP
    >>> review.findings_frame()                                        # doctest: +SKIP
    >>> reviews = perfxl.review_folder("2024/", previous="2023/")      # doctest: +SKIP
    >>> reviews.summary_frame(); reviews.to_excel("汇总.xlsx")          # doctest: +SKIP

pandas is imported only when a frame is asked for.  Frame columns and dtypes
(数据表的列与类型):

``findings_frame()`` — one row per finding (每条问题一行):
    file (string), unit (string), year (Int64), rule (string),
    severity (category: error < warning < info), message (string),
    cells (object: list of "工作表!单元格"), previous_cells (object: list, last year's cells),
    expected (object), actual (object), cause (string)

``Reviews.summary_frame()`` — one row per submission (每份工作簿一行):
    file, unit (string), year (Int64), status (category: ok / unrecognised / unusable), reason (string),
    total_stated, total_recomputed (float64), grade (string),
    errors, warnings, infos, findings_count (Int64),
    control_rate, exec_rate, sangong_change (float64, fractions: 0.9866 = 98.66%),
    narrative (string); with ``previous`` also previous, previous_problem (string), previous_total_stated,
    previous_exec_rate, sangong, previous_sangong, total_change (float64).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from .app.review import Review
    from .core.profile import RuleProfile

FINDING_COLUMNS = ("file", "unit", "year", "rule", "severity", "message", "cells", "previous_cells",
                   "expected", "actual", "cause")
SUMMARY_COLUMNS = ("file", "unit", "year", "status", "reason", "total_stated", "total_recomputed", "grade",
                   "errors", "warnings", "infos", "findings_count", "control_rate", "exec_rate",
                   "sangong_change", "narrative")
PREVIOUS_COLUMNS = ("previous", "previous_problem", "previous_total_stated", "previous_exec_rate", "sangong",
                    "previous_sangong", "total_change")
_STRING = ("file", "unit", "rule", "message", "cause", "reason", "grade", "narrative", "previous",
           "previous_problem")
_INT = ("year", "errors", "warnings", "infos", "findings_count")
_FLOAT = ("total_stated", "total_recomputed", "control_rate", "exec_rate", "sangong_change",
          "previous_total_stated", "previous_exec_rate", "sangong", "previous_sangong", "total_change")


def _profile(profile: "RuleProfile | str | Path | None") -> "RuleProfile":
    from .core.profile import DEFAULT_PROFILE, RuleProfile

    if profile is None:
        return DEFAULT_PROFILE
    if isinstance(profile, RuleProfile):
        return profile
    from .app.profiles import load_profile

    return load_profile(str(profile))


def check(workbook: str | Path, narrative: str | Path | None = None, previous: str | Path | None = None,
          profile: "RuleProfile | str | Path | None" = None) -> "Review":
    """检查一份自评工作簿，返回 Review（与 ``perfxl check`` 相同的检查）。
    Check one self-evaluation workbook; returns a ``Review`` (the same checks as ``perfxl check``).

    参数 / Parameters:
        workbook:  本年的工作簿（.xlsx）/ this year's workbook.
        narrative: 自评报告（.docx 或 .txt），可省略：省略时使用工作簿中的“报告正文”工作表 /
                   the narrative report; without it, the workbook's 报告正文 sheet is used if present.
        previous:  上年的工作簿，给出时加做跨年对比（Y- 开头的规则）/ last year's workbook: adds the
                   cross-year rules (ids starting with ``Y-``).
        profile:   本地评分规则文件（.toml）路径或 RuleProfile，默认通用规则 / a rule file or profile.

    返回 / Returns:
        ``Review``：``findings``（问题列表）、``unit``、``year``、``total_score``、``grade``、
        ``summary_line()``、``as_dict()``（与 ``--format json`` 相同）、``findings_frame()``
        （pandas 数据表，列见 ``perfxl.api`` 模块说明）。

    出错 / Raises:
        ``perfxl.errors.PerfxlError``：文件无法读取等，消息为一句中文说明 / a file that cannot be used.
    """
    from .app.check import check as check_submission

    return check_submission(workbook, narrative, _profile(profile), previous=previous)


def review_folder(folder: str | Path, previous: str | Path | None = None, jobs: int | None = None,
                  profile: "RuleProfile | str | Path | None" = None) -> "Reviews":
    """批量检查一个文件夹（含子文件夹）中的全部工作簿，返回 Reviews（与 ``perfxl batch`` 相同）。
    Review every workbook under ``folder``; returns ``Reviews`` (the same run as ``perfxl batch``).

    参数 / Parameters:
        folder:   本年的文件夹 / this year's folder.
        previous: 上年的文件夹：按单位名称配对（忽略县名前缀、“人民政府”、全角字符和空格），
                  加做跨年对比 / last year's folder, paired by unit name.
        jobs:     同时使用的进程数（默认全部处理器核）/ worker processes (default: every core).
        profile:  本地评分规则文件或 RuleProfile / a rule file or profile.

    每份工作簿在子进程中检查后只留下一条记录，记录和问题写入磁盘上的临时文件，内存不随文件数增长。
    Each workbook is reduced to a small record in a worker; records and findings are spooled
    to disk, so memory stays flat however many files there are.
    """
    from .app.folder import FolderReview, spool_records

    with FolderReview(folder, previous, jobs, _profile(profile)) as run:
        records, findings, _ = spool_records(run.records())
        unpaired = run.unpaired_previous()
    return Reviews(Path(folder), records, findings, unpaired)


def _frame(rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> "pandas.DataFrame":
    import pandas as pd

    frame = pd.DataFrame.from_records(list(rows), columns=list(columns))
    for col in columns:
        if col in _STRING:
            frame[col] = frame[col].astype("string")
        elif col in _INT:
            frame[col] = pd.array(frame[col].tolist(), dtype="Int64")
        elif col in _FLOAT:
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
        elif col == "severity":
            frame[col] = pd.Categorical(frame[col], categories=["error", "warning", "info"], ordered=True)
        elif col == "status":
            frame[col] = pd.Categorical(frame[col], categories=["ok", "unrecognised", "unusable"])
    return frame


def _finding_row(f: dict[str, Any], file: str | None, unit: str | None, year: int | None) -> dict[str, Any]:
    return {"file": file, "unit": unit, "year": year, "rule": f["rule"], "severity": f["severity"],
            "message": f["message"], "cells": list(f.get("cells") or []),
            "previous_cells": list(f.get("previous_cells") or []), "expected": f.get("expected"),
            "actual": f.get("actual"), "cause": f.get("cause")}


def review_findings_frame(review: "Review") -> "pandas.DataFrame":
    """A review's findings as a data frame (columns: ``FINDING_COLUMNS``)."""
    rows = [_finding_row(f.as_dict(), review.workbook, review.unit, review.year) for f in review.findings]
    return _frame(rows, FINDING_COLUMNS)


class Reviews:
    """批量检查的结果：逐份的简要记录（不含工作簿本身），可转为数据表或写成汇总工作簿。
    The result of ``review_folder``: one small record per submission (never the workbooks),
    kept on disk.  Iterating yields the records (dicts: file, unit, year, status, reason,
    total_stated, total_recomputed, grade, errors, warnings, infos, control_rate, exec_rate,
    sangong_change, findings_count, and with ``previous`` the previous-year figures)."""

    def __init__(self, folder: Path, records: Any, findings: Any,
                 unpaired_previous: list[dict[str, Any]] | None) -> None:
        self.folder = folder
        self._records = records
        self._findings = findings
        self.unpaired_previous = unpaired_previous   # last year's files no workbook was paired with

    def __len__(self) -> int:
        return self._records.count

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self._records)

    def __enter__(self) -> "Reviews":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Remove the temporary files behind the records (also done when garbage-collected)."""
        self._records.close()
        self._findings.close()

    @property
    def with_previous(self) -> bool:
        return self.unpaired_previous is not None

    def summary_frame(self) -> "pandas.DataFrame":
        """每份工作簿一行：得分、等级、错误/警告/提示数等（列见模块说明）。
        One row per submission: scores, grade and counts (columns: ``SUMMARY_COLUMNS``, plus
        ``PREVIOUS_COLUMNS`` when last year's folder was given)."""
        columns = SUMMARY_COLUMNS + (PREVIOUS_COLUMNS if self.with_previous else ())

        def rows() -> Iterator[dict[str, Any]]:
            for r in self._records:
                row = {c: r.get(c) for c in columns}
                if self.with_previous:
                    now, last = r.get("total_stated"), r.get("previous_total_stated")
                    row["total_change"] = round(now - last, 6) if now is not None and last is not None else None
                yield row
        return _frame(rows(), columns)

    def findings_frame(self) -> "pandas.DataFrame":
        """每条问题一行（与 ``perfxl batch --format json`` 中的问题相同）。
        One row per finding of every submission, as in ``perfxl batch --format json``."""
        years = {r["file"]: r.get("year") for r in self._records}   # file → year: one small entry per file
        rows = (_finding_row(f, f["file"], f.get("unit"), years.get(f["file"])) for f in self._findings)
        return _frame(rows, FINDING_COLUMNS)

    def to_excel(self, path: str | Path, *, force: bool = False) -> Path:
        """写出与 ``perfxl batch`` 相同的汇总工作簿（汇总、问题清单、统计图，配对上年时含跨年对比）。
        Write the same summary workbook as ``perfxl batch``; an existing file is replaced only
        with ``force=True``."""
        from .files import check_output_path
        from .xlsx.summary_book import write_summary

        target = check_output_path(Path(path), force=force)
        from .batch import Tally

        tally = Tally()
        for record in self._records:
            tally.add(record)
        return write_summary(target, self._records, self._findings, tally.as_dict(), previous=self.unpaired_previous,
                             force=force)

    def __repr__(self) -> str:
        return f"<Reviews {self.folder}: {len(self)} 份>"
