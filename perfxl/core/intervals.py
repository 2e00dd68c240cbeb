"""Interval arithmetic for rounded figures (the XBRL Calculations 1.1 rule).

A figure shown with ``d`` decimals stands for every number that rounds to it:
``[v - ½·10⁻ᵈ, v + ½·10⁻ᵈ]``.  Combine the intervals of the parts; a reported result is
consistent when its own interval overlaps the computed one.  Bounds are exact fractions so
that a boundary case (9.845 against 9.835..9.865) is decided by arithmetic, not by float
noise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Iterable, Union

Number = Union[int, float, Fraction]


def exact(x: Number) -> Fraction:
    """A number as an exact fraction, floats by their shortest decimal form (0.1 → 1/10)."""
    if isinstance(x, Fraction):
        return x
    if isinstance(x, int):
        return Fraction(x)
    return _exact_float(float(x))


@lru_cache(maxsize=16384)
def _exact_float(x: float) -> Fraction:
    # Fractions are immutable, so one per float value can be shared; -0.0 and 0.0 share a
    # key and both are Fraction(0).
    # (the shortest decimal form read by the decimal module: the same fraction, twice as fast as Fraction's own parsing)
    return Fraction(*Decimal(repr(x)).as_integer_ratio()) if math.isfinite(x) else Fraction(repr(x))


@lru_cache(maxsize=64)
def _half_unit(decimals: int) -> Fraction:
    return Fraction(1, 2 * 10**decimals) if decimals >= 0 else Fraction(10 ** (-decimals), 2)


@dataclass(frozen=True)
class Interval:
    lo: Fraction
    hi: Fraction

    # -- construction -------------------------------------------------------------
    @classmethod
    def point(cls, x: Number) -> "Interval":
        v = exact(x)
        return cls(v, v)

    @classmethod
    def float_value(cls, x: float) -> "Interval":
        """A binary float computed by a spreadsheet: the real it stands for lies within a few
        units in the last place (127/114 as a double is not exactly 127/114)."""
        v = exact(x)
        spread = exact(8 * math.ulp(float(x)))
        return cls(v - spread, v + spread)

    @classmethod
    def rounded(cls, x: Number, decimals: int | None) -> "Interval":
        """The numbers that round to ``x`` at ``decimals`` places (None: exact)."""
        if cls is Interval and isinstance(x, (int, float)):
            return _rounded(x, type(x), decimals)
        return cls._rounded(x, decimals)

    @classmethod
    def _rounded(cls, x: Number, decimals: int | None) -> "Interval":
        v = exact(x)
        if decimals is None:
            return cls(v, v)
        half = _half_unit(decimals)
        return cls(v - half, v + half)

    @classmethod
    def truncated(cls, x: Number, decimals: int) -> "Interval":
        """The numbers that truncate (cut off, not round) to ``x`` at ``decimals`` places."""
        v = exact(x)
        step = Fraction(1, 10**decimals)
        return cls(v, v + step) if v >= 0 else cls(v - step, v)

    # -- arithmetic ---------------------------------------------------------------
    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __abs__(self) -> "Interval":
        """The sizes the numbers of the interval have (a change of −3.51 ± 0.005 is 3.51 ± 0.005;
        an interval about 0 runs from 0)."""
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return Interval(-self.hi, -self.lo)
        return Interval(self.lo - self.lo, max(-self.lo, self.hi))

    def __mul__(self, other: "Interval") -> "Interval":
        if other.lo == other.hi:
            return self._times(other.lo)
        if self.lo == self.hi:
            return other._times(self.lo)
        corners = [a * b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(corners), max(corners))

    def _times(self, k: Fraction) -> "Interval":
        """Times an exact number: the same bounds as the four corners give, two products."""
        a, b = self.lo * k, self.hi * k
        return Interval(a, b) if k >= 0 else Interval(b, a)

    def scale(self, k: Number) -> "Interval":
        return self._times(exact(k))

    def __truediv__(self, other: "Interval") -> "Interval | None":
        """Quotient interval; None when the divisor may be zero (nothing can be said)."""
        if other.lo <= 0 <= other.hi:
            return None
        a, b, c, d = self.lo, self.hi, other.lo, other.hi
        if type(a) is Fraction and type(b) is Fraction and type(c) is Fraction and type(d) is Fraction \
                and a != b and c != d:
            return Interval(*_quotient_bounds(a, b, c, d))
        inverse = Interval(1 / other.hi, 1 / other.lo)
        return self * inverse

    # -- relations ----------------------------------------------------------------
    def overlaps(self, other: "Interval") -> bool:
        a, b, c, d = self.lo, other.hi, other.lo, self.hi
        if type(a) is Fraction and type(b) is Fraction and type(c) is Fraction and type(d) is Fraction:
            # the same comparisons on the integers (denominators are positive)
            return (a.numerator * b.denominator <= b.numerator * a.denominator
                    and c.numerator * d.denominator <= d.numerator * c.denominator)
        return self.lo <= other.hi and other.lo <= self.hi

    def meet(self, other: "Interval") -> "Interval | None":
        """The numbers in both (None when they do not overlap): a quantity known two ways, say a total
        as written and as the sum of its written parts, lies in both intervals."""
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        return Interval(lo, hi) if lo <= hi else None

    def contains(self, x: Number) -> bool:
        v = exact(x)
        return self.lo <= v <= self.hi

    def distance(self, other: "Interval") -> Fraction:
        """How far apart two intervals are (0 when they overlap)."""
        if self.overlaps(other):
            return Fraction(0)
        return other.lo - self.hi if self.hi < other.lo else self.lo - other.hi

    @property
    def mid(self) -> Fraction:
        return (self.lo + self.hi) / 2

    def __repr__(self) -> str:
        return f"Interval[{float(self.lo):g}, {float(self.hi):g}]"


def _quotient_bounds(a: Fraction, b: Fraction, c: Fraction, d: Fraction) -> tuple[Fraction, Fraction]:
    """min and max of a/d, a/c, b/d, b/c: the four corners ``[a, b] * [1/d, 1/c]`` gives, compared
    as integer pairs over positive denominators, and only the two bounds made into fractions."""
    corners = []
    for x in (a, b):
        for y in (d, c):
            n, m = x.numerator * y.denominator, x.denominator * y.numerator
            corners.append((n, m) if m > 0 else (-n, -m))
    lo = hi = corners[0]
    for n, m in corners[1:]:
        if n * lo[1] < lo[0] * m:
            lo = (n, m)
        if n * hi[1] > hi[0] * m:
            hi = (n, m)
    return Fraction(*lo), Fraction(*hi)


@lru_cache(maxsize=16384)
def _rounded(x: Number, _type: type, decimals: int | None) -> Interval:
    # the same figures are rounded again and again across rules; keyed on the type too
    # (1, 1.0 and True are equal keys), and intervals are immutable, so one can be shared
    return Interval._rounded(x, decimals)


def interval_sum(parts: Iterable[Interval]) -> Interval:
    parts = list(parts)
    if all(type(p.lo) is Fraction and type(p.hi) is Fraction for p in parts):
        # the same exact sums, each bound over the parts' common denominator at once
        # (a Fraction is kept in lowest terms, so the result is the very same number)
        return Interval(_exact_sum([p.lo for p in parts]), _exact_sum([p.hi for p in parts]))
    total = Interval.point(0)
    for p in parts:
        total = total + p
    return total


def _exact_sum(xs: list[Fraction]) -> Fraction:
    if not xs:
        return Fraction(0)
    d = math.lcm(*(x.denominator for x in xs))
    return Fraction(sum(x.numerator * (d // x.denominator) for x in xs), d)
