"""Run the catalog over a read form."""

from __future__ import annotations

from ..core.nogc import paused_gc
from ..core.profile import DEFAULT_PROFILE, RuleProfile
from ..reading.data import FormData
from .catalog import COVERED, RULES
from .rule import Context
from .findings import Finding, sort_findings


def run_checks(data: FormData | None, profile: RuleProfile = DEFAULT_PROFILE, narrative=None,
               only: set[str] | None = None, previous: FormData | None = None) -> list[Finding]:
    """Every finding of every rule (or of the ``only`` rule ids), most severe first; the
    cross-year rules run only when last year's form data (``previous``) is given."""
    if narrative is not None:
        # a report's figures, intervals and lists make no reference cycles: no collection passes
        # rescanning them while they are built and checked (at 20 MB those took a quarter of the time)
        with paused_gc():
            return _run_checks(data, profile, narrative, only, previous)
    return _run_checks(data, profile, narrative, only, previous)


def _run_checks(data: FormData | None, profile: RuleProfile, narrative, only: set[str] | None,
                previous: FormData | None) -> list[Finding]:
    if narrative is not None:
        from ..narrative.structure import NarrativeDoc   # loaded only when there is a report

        if not isinstance(narrative, NarrativeDoc):
            narrative = NarrativeDoc.of(narrative)
    ctx = Context(data, profile, narrative, COVERED, previous)  # type: ignore[arg-type]
    findings: list[Finding] = []
    for rule in RULES.values():
        if only is not None and rule.id not in only:
            continue
        if rule.scope.needs_project:
            continue
        if ((rule.scope.needs_tables and data is None) or (rule.scope.needs_narrative and narrative is None)
                or (rule.scope.needs_previous and previous is None)):
            continue
        findings.extend(rule.run(ctx))
    return sort_findings(findings)


def run_project_checks(project: FormData, profile: RuleProfile = DEFAULT_PROFILE,
                       only: set[str] | None = None) -> list[Finding]:
    """Every finding of the project-form rules on one 项目支出绩效自评表 table."""
    ctx = Context(project, profile, None, COVERED)
    findings: list[Finding] = []
    for rule in RULES.values():
        if rule.scope.needs_project and (only is None or rule.id in only):
            findings.extend(rule.run(ctx))
    return sort_findings(findings)
