"""Formulas of computed fields, written once and used twice.

Each formula renders itself as native Excel text (so templates work without Python) and
evaluates itself in Python with the core calculations (so perfxl can say what a cell
should hold).  References are field keys; the caller decides how a key is written in
Excel (a defined name, or a cell of the same row inside a block).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Callable

from ..core import calc
from ..core.profile import DEFAULT_PROFILE, RuleProfile

Ref = Callable[[str], str]
Get = Callable[[str], Any]


def _numbers(value: Any) -> list[float]:
    """Numeric values of a cell or range, ignoring text and blanks like Excel's SUM."""
    items = value if isinstance(value, (list, tuple)) else [value]
    return [float(v) for v in items if isinstance(v, (int, float)) and not isinstance(v, bool)]


def _number(value: Any) -> float | None:
    nums = _numbers(value)
    return nums[0] if nums and not isinstance(value, (list, tuple)) else None


class Formula(ABC):
    refs: tuple[str, ...]

    @abstractmethod
    def excel(self, ref: Ref, profile: RuleProfile = DEFAULT_PROFILE) -> str:
        """Excel formula text, with the leading "="."""

    @abstractmethod
    def evaluate(self, get: Get, profile: RuleProfile = DEFAULT_PROFILE) -> Any:
        """The value the formula gives; None where Excel would show an empty string."""


@dataclass(frozen=True)
class Sum(Formula):
    """A subtotal: the sum of its parts, empty while every part is empty."""

    parts: tuple[str, ...]

    @property
    def refs(self) -> tuple[str, ...]:  # type: ignore[override]
        return self.parts

    def excel(self, ref: Ref, profile: RuleProfile = DEFAULT_PROFILE) -> str:
        args = ",".join(ref(p) for p in self.parts)
        return f'=IF(COUNT({args})=0,"",SUM({args}))'

    def evaluate(self, get: Get, profile: RuleProfile = DEFAULT_PROFILE) -> float | None:
        nums = [n for p in self.parts for n in _numbers(get(p))]
        return calc.subtotal(nums)


@dataclass(frozen=True)
class Ratio(Formula):
    """numerator / denominator as a rate; empty when either side is empty or 0 below."""

    numerator: str
    denominator: str

    @property
    def refs(self) -> tuple[str, ...]:  # type: ignore[override]
        return (self.numerator, self.denominator)

    def excel(self, ref: Ref, profile: RuleProfile = DEFAULT_PROFILE) -> str:
        n, d = ref(self.numerator), ref(self.denominator)
        return f'=IF(OR(N({d})=0,{n}=""),"",{n}/{d})'

    def evaluate(self, get: Get, profile: RuleProfile = DEFAULT_PROFILE) -> float | None:
        return calc.ratio(_number(get(self.numerator)), _number(get(self.denominator)))


@dataclass(frozen=True)
class CappedScore(Formula):
    """Score from a rate: ROUND(MIN(rate, 100%) × 分值, 2); the cap follows the profile."""

    rate: str
    weight: str

    @property
    def refs(self) -> tuple[str, ...]:  # type: ignore[override]
        return (self.rate, self.weight)

    def excel(self, ref: Ref, profile: RuleProfile = DEFAULT_PROFILE) -> str:
        r, w = ref(self.rate), ref(self.weight)
        rate = f"MIN({r},1)" if profile.execution_score_cap else r
        return f'=IF(OR(COUNT({r})=0,COUNT({w})=0),"",ROUND({rate}*{w},{profile.score_decimals}))'

    def evaluate(self, get: Get, profile: RuleProfile = DEFAULT_PROFILE) -> float | None:
        return calc.score_from_rate(_number(get(self.rate)), _number(get(self.weight)), profile)


@dataclass(frozen=True)
class GradeOf(Formula):
    """评价等级 from a total score by the profile's cut-offs."""

    total: str

    @property
    def refs(self) -> tuple[str, ...]:  # type: ignore[override]
        return (self.total,)

    def excel(self, ref: Ref, profile: RuleProfile = DEFAULT_PROFILE) -> str:
        t = ref(self.total)
        bands = list(profile.grade_bands)
        expr = f'"{bands[-1][1]}"'
        for bound, name in reversed(bands[:-1]):
            expr = f'IF({t}>={bound:g},"{name}",{expr})'
        return f'=IF(COUNT({t})=0,"",{expr})'

    def evaluate(self, get: Get, profile: RuleProfile = DEFAULT_PROFILE) -> str | None:
        return calc.grade(_number(get(self.total)), profile)


@dataclass(frozen=True)
class SectionSum(Formula):
    """Sum of a block column over the rows whose 一级指标 names ``section``."""

    section: str
    labels: str
    values: str

    @property
    def refs(self) -> tuple[str, ...]:  # type: ignore[override]
        return (self.labels, self.values)

    def excel(self, ref: Ref, profile: RuleProfile = DEFAULT_PROFILE) -> str:
        labels, values = ref(self.labels), ref(self.values)
        return f'=IF(COUNT({values})=0,"",SUMIF({labels},"*{self.section}*",{values}))'

    def evaluate(self, get: Get, profile: RuleProfile = DEFAULT_PROFILE) -> float | None:
        labels, values = get(self.labels), get(self.values)
        if not _numbers(values):
            return None
        return sum(
            float(v)
            for label, v in zip(labels, values)
            if isinstance(label, str) and self.section in label and _numbers(v)
        )


@dataclass(frozen=True)
class CopyOf(Formula):
    """Shows another field (the unit name typed once, shown on both sheets)."""

    source: str

    @property
    def refs(self) -> tuple[str, ...]:  # type: ignore[override]
        return (self.source,)

    def excel(self, ref: Ref, profile: RuleProfile = DEFAULT_PROFILE) -> str:
        s = ref(self.source)
        return f'=IF({s}="","",{s})'

    def evaluate(self, get: Get, profile: RuleProfile = DEFAULT_PROFILE) -> Any:
        v = get(self.source)
        return None if v in (None, "") else v
