"""The use case "check a submission", written once: the command line, the batch review and
the 重新计算并检查 button all come here and get a ``Review``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Union

from ..core.profile import DEFAULT_PROFILE, RuleProfile
from ..errors import PerfxlError
from .review import Review


def recomputed_total(data: Any, profile: RuleProfile) -> float | None:
    """perfxl's view of the total: the execution score by formula, plus each indicator's
    score by its rule (a qualitative one's stated score kept within its tier)."""
    from ..checks.helpers import indicators
    from ..core import calc
    from ..core.values import parse_value

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


def check_form(data: Any, narrative: Any = None, profile: RuleProfile = DEFAULT_PROFILE, *,
               workbook: str | None = None, source: str | None = None,
               sheet_order: list[str] | None = None, narrative_problem: str | None = None,
               previous: Any = None, previous_workbook: str | None = None) -> Review:
    """Check read form data (or None) and a read report (or None): the Excel button reads
    the live book into form data itself (it fills empty computed cells first) and comes here.
    ``previous`` is last year's read form data (the cross-year rules run only with it)."""
    from ..checks.findings import sort_findings
    from ..checks.runner import run_checks, run_project_checks

    projects = list(data.projects) if data is not None else []
    if data is not None and projects and not data.found_any:
        data = None  # only project tables: no noise about 附件3/附件4
    findings = run_checks(data, profile, narrative, previous=previous)
    for project in projects:
        findings += run_project_checks(project, profile)
    findings = sort_findings(findings)
    if source is None and narrative is not None:
        source = narrative.source
    total = recomputed_total(data, profile) if data is not None else None
    review = Review(findings, workbook, source, data, profile, list(sheet_order or []), total, narrative_problem,
                    projects)
    if previous is not None:
        review.previous, review.previous_data = previous_workbook, previous
    return review


# Last year's workbook: a path, or (the batch review) a function from this year's unit name
# to the path of last year's submission of the same unit (None when there is none).
Previous = Union[str, Path, Callable[[Any], Union[str, Path, None]], None]


def read_previous(path: str | Path, data: Any) -> Any:
    """Last year's workbook read into form data; refused when it is not an earlier year."""
    from ..xlsx.reader import read_workbook

    previous, _ = read_workbook(Path(path))
    if (data is not None and data.year_known and previous.year_known
            and previous.form.year >= data.form.year):
        raise PerfxlError(f"上年工作簿“{Path(path).name}”的年度（{previous.form.year}）不早于本年工作簿的年度"
                          f"（{data.form.year}），请改选上一年度的工作簿作为上年工作簿。")
    return previous


def check(workbook: str | Path | None = None, narrative: str | Path | None = None,
          profile: RuleProfile = DEFAULT_PROFILE, sheet: str | None = None, *,
          lenient_narrative: bool = False, previous: Previous = None) -> Review:
    """Check a workbook and/or a report file.  Without ``narrative``, the report is the
    workbook's 报告正文 sheet (or ``sheet``) when it has one.  With ``lenient_narrative`` a
    report that cannot be read leaves the sheet's report in place and says why in
    ``Review.narrative_problem`` (the batch review); otherwise it raises.  With ``previous``
    (last year's workbook, or a function giving it from this year's unit name) the
    cross-year rules run too."""
    from ..narrative import REPORT_SHEET

    if workbook is None and narrative is None:
        raise PerfxlError("请指定要检查的工作簿（.xlsx），或用 --narrative 指定自评报告。")
    data, grids = None, []
    if workbook is not None:
        from ..xlsx.reader import read_workbook

        from .gate import require_forms

        data, grids = read_workbook(Path(workbook), sheet)
    report, source, problem = None, None, None
    if workbook is not None and narrative is None and sheet is not None and sheet not in [g.title for g in grids]:
        # an explicit --sheet that is not there is never ignored, and is said before anything else
        from ..narrative.read import missing_sheet_message

        message = missing_sheet_message(Path(workbook).name, sheet, [g.title for g in grids])
        if not lenient_narrative:
            raise PerfxlError(message)
        problem = f"报告未能读取：{message}"
    if workbook is not None:
        data.forms = frozenset(require_forms(data, grids, Path(workbook).name).kinds)
    if workbook is not None and (narrative is None or lenient_narrative) and any(
            g.title == (sheet or REPORT_SHEET) for g in grids):   # the readers loaded only for a report
        from ..narrative.read import narrative_in_grids

        report = narrative_in_grids(grids, sheet, str(workbook))
    if narrative is not None:
        from ..narrative.read import read_narrative

        try:
            report = read_narrative(Path(narrative), sheet=sheet)
            source = str(narrative)
        except PerfxlError as exc:
            if not lenient_narrative:
                raise
            problem = f"报告未能读取：{exc}"
    last, last_path, last_problem = None, None, None
    if previous is not None and data is not None:
        if callable(previous):  # the batch review: a pairing that fails leaves this year's check whole
            from .review import unit_of

            found = previous(unit_of(data))
            if found is not None:
                try:
                    last, last_path = read_previous(found, data), str(found)
                except PerfxlError as exc:
                    last_problem = f"上年工作簿“{Path(found).name}”未能使用：{exc}"
        else:
            last_path = str(previous)
            last = read_previous(last_path, data)
    review = check_form(data, report, profile, workbook=str(workbook) if workbook is not None else None,
                        source=source, sheet_order=[g.title for g in grids], narrative_problem=problem,
                        previous=last, previous_workbook=last_path)
    if last_problem is not None:  # named, so that the pairing is not reported as missing
        review.previous, review.previous_problem = str(found), last_problem
    return review
