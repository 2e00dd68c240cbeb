"""Units people write after numbers, and which of them convert into each other."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Prefixes that scale a base unit: 万亩 = 10000 亩, 亿元 = 1e8 元, 千米 = 1000 米.
SCALE_PREFIXES: dict[str, int] = {"万": 10_000, "亿": 100_000_000, "千": 1_000, "百": 100}

# Units that are another unit times a factor; anything not listed is its own base.
ALIASES: dict[str, tuple[str, float]] = {
    "公里": ("米", 1000),
    "km": ("米", 1000),
    "平方米": ("㎡", 1),
    "m2": ("㎡", 1),
    "m²": ("㎡", 1),
    "平方公里": ("㎡", 1_000_000),
    "公顷": ("亩", 15),
    "名": ("人", 1),
    # incidents and cases are counted alike: 32起 supports 32件
    "起": ("件", 1),
    "宗": ("件", 1),
    "位": ("人", 1),
    "公斤": ("克", 1000),
    "斤": ("克", 500),
    "吨": ("克", 1_000_000),
    "元": ("元", 1),
    "％": ("%", 1),
}


@dataclass(frozen=True)
class Unit:
    """A unit as written, reduced to a base unit and a factor."""

    text: str
    base: str
    factor: float

    @property
    def is_percent(self) -> bool:
        return self.base == "%"


@lru_cache(maxsize=1024)
def unit_of(text: str) -> Unit:
    """Reduce ``text`` ("万亩", "公里", "家", "%") to its base unit and factor."""
    text = text.strip()
    if text in ALIASES:
        base, factor = ALIASES[text]
        return Unit(text, base, factor)
    if len(text) > 1 and text[0] in SCALE_PREFIXES:
        inner = unit_of(text[1:])
        return Unit(text, inner.base, inner.factor * SCALE_PREFIXES[text[0]])
    return Unit(text, text, 1)


def wan_yuan_factor(unit: str) -> float | None:
    """Factor taking an amount written in ``unit`` (元, 千元, 亿元 ...) to 万元, the tables'
    unit; a bare number is already in 万元.  None when ``unit`` is not money."""
    return 1.0 if not unit else conversion_factor(unit, "万元")


@lru_cache(maxsize=4096)
def conversion_factor(from_unit: str, to_unit: str) -> float | None:
    """Factor turning an amount in ``from_unit`` into ``to_unit``; None when they differ in kind."""
    a, b = unit_of(from_unit), unit_of(to_unit)
    if a.base != b.base:
        return None
    return a.factor / b.factor
