"""The web front end's only door into perfxl: check, batch review, templates, rules.

Everything here is the same pipeline the command line runs; the server adds no check
logic of its own.  Files arrive under safe local names chosen by the server; the names the
user gave are display names only, put back wherever perfxl would print a path, so the
answers equal the command line's for the same files.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from .. import __version__
from ..errors import PerfxlError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _profile():
    from ..core.profile import DEFAULT_PROFILE

    return DEFAULT_PROFILE


def _rename(text: str | None, local: Path | None, shown: str | None) -> str | None:
    """``text`` with the local path (or its file name) replaced by the name the user gave."""
    if text is None or local is None or shown is None:
        return text
    return text.replace(str(local), shown).replace(local.name, shown)


@dataclass
class Checked:
    """One checked submission: the result, the sheets read (for showing rows) and the report text."""

    result: Any                 # the CheckResult (JSON, text and the checked copy come from it)
    grids: list
    narrative_text: str | None
    workbook: Path | None       # local file, for the checked copy

    @property
    def exit_code(self) -> int:
        return EXIT_FINDINGS if self.result.has_errors else EXIT_OK

    def json(self) -> str:
        from ..report.text import render_json

        return render_json(self.result)

    def checked_copy(self, target: Path) -> Path:
        from ..xlsx.findings_sheet import write_checked_copy

        if self.workbook is None:
            raise PerfxlError("输出 xlsx 格式需要指定工作簿。")
        return write_checked_copy(self.workbook, target, self.result, force=True)


def check(workbook: Path | None, narrative: Path | None, *, workbook_name: str | None = None,
          narrative_name: str | None = None, sheet: str | None = None) -> Checked:
    """What ``perfxl check WORKBOOK --narrative REPORT`` does, for files saved under local
    names; paths in the result read as the user's own file names."""
    if workbook is None and narrative is None:
        raise PerfxlError("请指定要检查的工作簿（.xlsx），或用 --narrative 指定自评报告。")
    try:
        return _check(workbook, narrative, workbook_name, narrative_name, sheet)
    except PerfxlError as exc:
        message = _rename(_rename(str(exc), workbook, workbook_name), narrative, narrative_name)
        raise PerfxlError(message) from None


def _check(workbook, narrative, workbook_name, narrative_name, sheet) -> Checked:
    from ..checks.runner import run_checks
    from ..report.summary import CheckResult

    shown_book = workbook_name if workbook is not None else None
    data, grids, report = None, [], None
    if workbook is not None:
        from ..xlsx.reader import read_workbook

        data, grids = read_workbook(workbook)
    if narrative is not None:
        from ..narrative.read import read_narrative

        report = read_narrative(narrative, sheet=sheet)
        source = narrative_name
    elif workbook is not None:
        from ..narrative.read import narrative_in_grids

        report = narrative_in_grids(grids, sheet, shown_book)
        source = report.source if report else None
    else:
        source = None
    findings = run_checks(data, _profile(), report)
    result = CheckResult(findings, shown_book, source, data, _profile(), [g.title for g in grids])
    return Checked(result, grids, report.text if report else None, workbook)


def rules() -> list[dict[str, str]]:
    """Every rule as ``perfxl rules`` lists it."""
    from ..checks.findings import SEVERITY_NAMES
    from ..checks.runner import RULES

    scopes = {"tables": "表内", "cross": "表间", "narrative": "报告", "cross_narrative": "报告与表"}
    return [{"id": r.id, "severity": r.severity, "severity_name": SEVERITY_NAMES[r.severity],
             "scope": r.scope, "scope_name": scopes[r.scope], "title": r.title} for r in RULES.values()]


# -- batch -------------------------------------------------------------------------------

def count_workbooks(root: Path) -> int:
    from ..batch import count_workbooks as count

    return count(root)


def batch_records(root: Path, shown_root: str, jobs: int | None = None) -> Iterator[dict[str, Any]]:
    """The batch review of an unpacked folder, record by record (as ``perfxl batch``), with
    the folder's local path replaced by ``shown_root``."""
    from ..batch import iter_submissions, review_all

    total = count_workbooks(root)
    if not total:
        raise PerfxlError(f"文件夹“{shown_root}”中没有 .xlsx 工作簿。")
    jobs = min(jobs or os.cpu_count() or 1, total)
    local = str(root)
    for record in review_all(iter_submissions(root), jobs, _profile(), None):
        for key in ("file", "narrative", "reason"):
            if isinstance(record.get(key), str):
                record[key] = record[key].replace(local, shown_root)
        yield record


def batch_json_head(shown_root: str) -> str:
    return ('{"perfxl_version": "%s", "folder": %s, "submissions": [\n'
            % (__version__, json.dumps(shown_root, ensure_ascii=False)))


def batch_json_record(i: int, record: dict[str, Any]) -> str:
    return (",\n" if i else "") + json.dumps(record, ensure_ascii=False, default=str)


BATCH_JSON_TAIL = "\n]}\n"


def batch_json(root: Path, shown_root: str, progress: Callable[[dict], None] | None = None) -> tuple[str, int]:
    """What ``perfxl batch FOLDER --format json`` writes, and its exit code."""
    parts, errors = [batch_json_head(shown_root)], 0
    for i, record in enumerate(batch_records(root, shown_root)):
        parts.append(batch_json_record(i, record))
        errors += record.get("errors") or 0
        if progress:
            progress(record)
    parts.append(BATCH_JSON_TAIL)
    return "".join(parts), EXIT_FINDINGS if errors else EXIT_OK


def summary_workbook(records: list[dict[str, Any]], target: Path) -> Path:
    """The county summary workbook (as ``perfxl batch``'s .xlsx) from batch records."""
    from ..batch import FindingSpool, Spool
    from ..xlsx.summary_book import write_summary

    spool, findings = Spool(), FindingSpool()
    try:
        for record in records:
            record = dict(record)
            items = record.pop("findings")
            record["first_finding"] = findings.add_all(record["file"], record.get("unit"), items)
            record["findings_count"] = len(items)
            spool.add(record)
        return write_summary(target, spool, findings)
    finally:
        spool.close()
        findings.close()


# -- templates ---------------------------------------------------------------------------

def blank_template(unit: str | None, year: int) -> tuple[str, bytes]:
    """``perfxl new --unit UNIT --year YEAR``: the file name and the workbook's bytes."""
    from ..forms.workbook import build_forms

    form = build_forms(year, _profile())
    values = {"unit.name": unit} if unit else {}
    return _template_file(form, values)


def next_year(source: Path, year: int | None, unit: str | None = None, *, source_name: str = "工作簿") -> tuple[str, bytes]:
    """``perfxl new --from SOURCE``: next year's copy of a filled workbook."""
    from ..xlsx.nextyear import next_year_values

    try:
        form, values = next_year_values(source, year, _profile())
    except PerfxlError as exc:
        raise PerfxlError(_rename(str(exc), source, source_name)) from None
    if unit:
        values["unit.name"] = unit
    return _template_file(form, values)


def _template_file(form, values) -> tuple[str, bytes]:
    from ..xlsx import template

    unit = values.get("unit.name") or "空白"
    return f"{unit}_{form.year}年绩效自评表.xlsx", template.workbook_bytes(template.build_workbook(form, values))
