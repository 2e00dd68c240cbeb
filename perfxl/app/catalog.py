"""The rule catalog as the front ends show it (``perfxl rules``)."""

from __future__ import annotations

from ..checks.catalog import RULE_LIST
from ..checks.findings import SEVERITY_NAMES
from ..checks.rule import Rule, Scope

SCOPE_NAMES = {Scope.TABLES: "表内", Scope.CROSS: "表间", Scope.NARRATIVE: "报告", Scope.CROSS_NARRATIVE: "报告与表",
               Scope.PROJECT: "项目表", Scope.YEARS: "跨年"}


def rule_rows() -> list[tuple[Rule, str, str]]:
    """(rule, severity in Chinese, scope in Chinese) for every rule, in catalog order."""
    return [(r, SEVERITY_NAMES[r.severity], SCOPE_NAMES[r.scope]) for r in RULE_LIST]
