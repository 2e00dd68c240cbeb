"""What the narrative rule tests share: checking a short text as a report on its own."""

from __future__ import annotations

from perfxl.checks.runner import run_checks
from perfxl.narrative.read import Narrative
from perfxl.narrative.structure import NarrativeDoc


def found(text, only=None):
    """Every finding on ``text`` read as a report (only the rules in ``only``, when given)."""
    return run_checks(None, narrative=Narrative(text, "报告.txt", "txt"), only=set(only) if only else None)


def errors(text, only=None):
    return [f for f in found(text, only) if f.severity == "error"]


def rule_findings(text, rule):
    """The findings of one rule on ``text`` (every severity)."""
    return [f for f in found(text) if f.rule == rule]


def rule_errors(text, rule):
    """The error-level findings of one rule on ``text``."""
    return [f for f in rule_findings(text, rule) if f.severity == "error"]


def doc(text):
    return NarrativeDoc.of(Narrative(text, "报告.txt", "txt"))
