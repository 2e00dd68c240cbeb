"""The web front end's only door into perfxl: check, batch review, templates, rules.

Everything here goes through the same use cases as the command line (``perfxl.app``,
``perfxl.batch``); the server adds no check logic of its own.  Files arrive under safe
local names chosen by the server; the names the user gave are display names only, used
wherever perfxl would print a path, so the answers equal the command line's for the same
files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import PerfxlError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _rename(text: str, local: Path | None, shown: str | None) -> str:
    """``text`` with the local path (or its file name) replaced by the name the user gave."""
    if local is None or shown is None:
        return text
    return text.replace(str(local), shown).replace(local.name, shown)


@dataclass
class Checked:
    """One checked submission: the review, the sheets read (for showing rows) and the report text."""

    review: Any                 # perfxl.app.review.Review: JSON, text and the checked copy come from it
    grids: list
    narrative_text: str | None
    workbook: Path | None       # local file, for the checked copy

    @property
    def exit_code(self) -> int:
        return EXIT_FINDINGS if self.review.has_errors else EXIT_OK

    def json(self) -> str:
        from ..report.text import render_json

        return render_json(self.review)

    def checked_copy(self, target: Path) -> Path:
        from ..xlsx.findings_sheet import write_checked_copy

        if self.workbook is None:
            raise PerfxlError("输出 xlsx 格式需要指定工作簿。")
        return write_checked_copy(self.workbook, target, self.review, force=True)

    def computed_values(self) -> dict[str, Any]:
        """Values perfxl computed for formula cells that had no cached result (a file written
        by a program), by address, so the page shows what Excel would."""
        data = self.review.data
        if data is None:
            return {}
        items = list(data.values.values()) + [fv for col in data.blocks.values() for fv in col]
        return {fv.address: fv.value for fv in items if fv.evaluated and fv.address}


def check(workbook: Path | None, narrative: Path | None, *, workbook_name: str | None = None,
          narrative_name: str | None = None, sheet: str | None = None,
          previous: Path | None = None, previous_name: str | None = None) -> Checked:
    """What ``perfxl check WORKBOOK --narrative REPORT [--previous LAST]`` does, for files
    saved under local names; the review names the user's own files."""
    if workbook is None and narrative is None:
        raise PerfxlError("请指定要检查的工作簿（.xlsx），或用 --narrative 指定自评报告。")
    if previous is not None and workbook is None:
        raise PerfxlError("使用上年工作簿做跨年对比时，需要同时选择本年的工作簿。")
    try:
        return _check(workbook, narrative, workbook_name, narrative_name, sheet, previous, previous_name)
    except PerfxlError as exc:
        message = _rename(_rename(_rename(str(exc), workbook, workbook_name), narrative, narrative_name),
                          previous, previous_name)
        raise type(exc)(message) from None   # an UnrecognisedWorkbook stays one


def _check(workbook, narrative, workbook_name, narrative_name, sheet, previous=None, previous_name=None) -> Checked:
    # The files are read here (the page also shows their sheets and report text), then the
    # use case for already-read data checks them, as app.check.check does for the CLI.
    from ..app.check import check_form

    shown_book = workbook_name if workbook is not None else None
    data, grids, report, source = None, [], None, None
    if workbook is not None:
        from ..app.gate import require_forms
        from ..xlsx.reader import read_workbook

        data, grids = read_workbook(workbook, sheet)
        data.forms = frozenset(require_forms(data, grids, shown_book or Path(workbook).name).kinds)
    if narrative is not None:
        from ..narrative.read import read_narrative

        report, source = read_narrative(narrative, sheet=sheet), narrative_name
    elif workbook is not None:
        from ..narrative.read import narrative_in_grids

        report = narrative_in_grids(grids, sheet, shown_book)
    last = None
    if previous is not None:
        from ..app.check import read_previous

        last = read_previous(previous, data)
    review = check_form(data, report, workbook=shown_book, source=source, sheet_order=[g.title for g in grids],
                        previous=last, previous_workbook=previous_name if previous is not None else None)
    return Checked(review, grids, report.text if report else None, workbook)


def rules() -> list[dict[str, str]]:
    """Every rule as ``perfxl rules`` lists it."""
    from ..app.catalog import rule_rows

    return [{"id": r.id, "severity": r.severity, "severity_name": severity, "scope": str(r.scope.value),
             "scope_name": scope, "title": r.title} for r, severity, scope in rule_rows()]


def col_letter(col: int) -> str:
    from ..reading.grid import col_letter as letter

    return letter(col)


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
    for record in review_all(iter_submissions(root), jobs):
        for key in ("file", "narrative", "reason"):
            if isinstance(record.get(key), str):
                record[key] = record[key].replace(local, shown_root)
        yield record


def batch_json(records: Iterable[dict[str, Any]], shown_root: str, target: Path) -> int:
    """Write what ``perfxl batch FOLDER --format json`` writes; returns the exit code."""
    from ..batch import write_json

    tally = write_json(target, Path(shown_root), records)
    return EXIT_FINDINGS if tally.errors else EXIT_OK


def summary_workbook(records: list[dict[str, Any]], target: Path) -> Path:
    """The county summary workbook (as ``perfxl batch``'s .xlsx) from batch records."""
    from ..batch import FindingSpool, Spool, Tally
    from ..xlsx.summary_book import write_summary

    spool, findings, tally = Spool(), FindingSpool(), Tally()
    try:
        for record in records:
            record = dict(record)
            items = record.pop("findings")
            record["first_finding"] = findings.add_all(record["file"], record.get("unit"), items)
            record["findings_count"] = len(items)
            spool.add(record)
            tally.add(record)
        return write_summary(target, spool, findings, tally.as_dict())
    finally:
        spool.close()
        findings.close()


# -- templates ---------------------------------------------------------------------------

def blank_template(unit: str | None, year: int) -> tuple[str, bytes]:
    """``perfxl new --unit UNIT --year YEAR``: the file name and the workbook's bytes."""
    from ..app.make import new_package

    name, _, package = new_package(unit=unit, year=year)
    return name, package


def report_draft(workbook: Path, *, workbook_name: str = "工作簿") -> tuple[str, bytes]:
    """``perfxl report WORKBOOK``: the 自评报告 draft's file name and .docx bytes."""
    from ..app.draft import draft_of
    from ..draft.docx import render

    try:
        _, draft = draft_of(workbook, shown=workbook_name)
    except PerfxlError as exc:
        raise PerfxlError(_rename(str(exc), workbook, workbook_name)) from None
    return draft.default_name, render(draft)


def next_year(source: Path, year: int | None, unit: str | None = None, *, source_name: str = "工作簿") -> tuple[str, bytes]:
    """``perfxl new --from SOURCE``: next year's copy of a filled workbook."""
    from ..app.make import new_package

    try:
        name, _, package = new_package(unit=unit, year=year, source=source)
    except PerfxlError as exc:
        raise PerfxlError(_rename(str(exc), source, source_name)) from None
    return name, package
