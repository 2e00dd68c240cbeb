"""Run the catalog over a read form."""

from __future__ import annotations

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
