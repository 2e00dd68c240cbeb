"""What a rule is: an id, a Chinese title, message templates, a scope and a check function.
The list of rules is ``catalog.py``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from enum import Enum
from typing import Any, Callable, Iterable

from ..core.profile import DEFAULT_PROFILE, RuleProfile
from ..reading.data import FormData
from .causes import Cause, render
from .findings import Finding, Severity


class Scope(str, Enum):
    """What a rule reads: the tables, the report, or both."""

    TABLES = "tables"                    # one form's tables
    CROSS = "cross"                      # 附件3 against 附件4
    NARRATIVE = "narrative"              # the report alone
    CROSS_NARRATIVE = "cross_narrative"  # the report against the tables
    PROJECT = "project"                  # one 项目支出绩效自评表 table
    YEARS = "years"                      # this year's tables against last year's

    @property
    def needs_project(self) -> bool:
        return self is Scope.PROJECT

    @property
    def needs_tables(self) -> bool:
        return self in (Scope.TABLES, Scope.CROSS, Scope.CROSS_NARRATIVE, Scope.YEARS)

    @property
    def needs_narrative(self) -> bool:
        return self in (Scope.NARRATIVE, Scope.CROSS_NARRATIVE)

    @property
    def needs_previous(self) -> bool:
        return self is Scope.YEARS


@dataclass
class Context:
    data: FormData
    profile: RuleProfile = DEFAULT_PROFILE
    narrative: Any = None        # a read narrative report, when one was given
    covered: frozenset[str] = field(default_factory=frozenset)  # fields some rule's ``covers`` checks
    previous: FormData | None = None  # last year's form, when one was given (--previous)

    @cached_property
    def indicators(self) -> list:
        """The indicator rows as read, built once per check (the data does not change while
        rules run); a tuple, so no rule can alter what the next one sees."""
        from .helpers import indicators

        return tuple(indicators(self.data))

    @cached_property
    def numeric_cells(self) -> tuple:
        """(field name, cell) of every filled cell of a numeric field, once per check."""
        from .rules_read import numeric_cells

        return tuple(numeric_cells(self.data))


@dataclass(frozen=True)
class Rule:
    id: str
    title: str                   # what the rule checks, in one Chinese line
    severity: Severity           # default severity of its findings
    messages: dict[str, str]     # message templates, by variant ("default", ...)
    func: Callable[["Rule", Context], Iterable[Finding]]
    covers: tuple[str, ...] = () # computed fields whose value this rule checks
    scope: Scope = Scope.TABLES

    def finding(self, variant: str = "default", *, cells: list[str] | None = None,
                severity: Severity | None = None, expected: Any = None, actual: Any = None,
                cause: Cause | tuple[Cause | None, ...] | None = None, narrative: list | None = None,
                previous_cells: list[str] | None = None, **params: Any) -> Finding:
        text = render(*cause) if isinstance(cause, tuple) else render(cause)
        return Finding(self.id, severity or self.severity, self.messages[variant].format(**params),
                       list(cells or []), list(narrative or []), expected, actual, text,
                       list(previous_cells or []))

    def run(self, ctx: Context) -> list[Finding]:
        return list(self.func(self, ctx))


def rule(id: str, title: str, severity: Severity, messages: dict[str, str] | str,
         covers: tuple[str, ...] = (), scope: Scope | str = Scope.TABLES):
    """Make a check function into a ``Rule`` (listed in ``catalog.RULE_LIST``)."""
    def make(func: Callable[[Rule, Context], Iterable[Finding]]) -> Rule:
        msgs = {"default": messages} if isinstance(messages, str) else dict(messages)
        return Rule(id, title, severity, msgs, func, covers, Scope(scope))
    return make
