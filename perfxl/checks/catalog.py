"""The rule catalog: every check registered once with its id, title and messages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

from ..core.profile import DEFAULT_PROFILE, RuleProfile
from ..forms.data import FormData
from .findings import Finding, Severity


@dataclass
class Context:
    data: FormData
    profile: RuleProfile = DEFAULT_PROFILE
    narrative: Any = None        # a read narrative report, when one was given


@dataclass(frozen=True)
class Rule:
    id: str
    title: str                   # what the rule checks, in one Chinese line
    severity: Severity           # default severity of its findings
    messages: dict[str, str]     # message templates, by variant ("default", ...)
    func: Callable[["Rule", Context], Iterable[Finding]]
    covers: tuple[str, ...] = () # computed fields whose value this rule checks
    scope: str = "tables"        # "tables", "narrative" or "cross"

    def finding(self, variant: str = "default", *, cells: list[str] | None = None,
                severity: Severity | None = None, expected: Any = None, actual: Any = None,
                cause: str | None = None, narrative: list | None = None, **params: Any) -> Finding:
        return Finding(self.id, severity or self.severity, self.messages[variant].format(**params),
                       list(cells or []), list(narrative or []), expected, actual, cause)

    def run(self, ctx: Context) -> list[Finding]:
        return list(self.func(self, ctx))


RULES: dict[str, Rule] = {}


def rule(id: str, title: str, severity: Severity, messages: dict[str, str] | str,
         covers: tuple[str, ...] = (), scope: str = "tables"):
    """Register a check function under a stable id."""
    def register(func: Callable[[Rule, Context], Iterable[Finding]]) -> Callable:
        if id in RULES:
            raise ValueError(f"duplicate rule id {id}")
        msgs = {"default": messages} if isinstance(messages, str) else dict(messages)
        RULES[id] = Rule(id, title, severity, msgs, func, covers, scope)
        return func
    return register
