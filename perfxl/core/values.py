"""Parse values the way finance staff type them into forms.

"30家", "2.5万亩", "≥10万元", "≤200万元", "98.5%", "＞＝１０", "按计划完成", "较好" all
become a :class:`Value`: a number with its unit, comparator and written precision, or a
piece of qualitative text. Nothing here guesses silently: what cannot be read as a number
stays text, and the caller decides whether text is acceptable.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Comparator = Literal[">=", "<=", ">", "<", "="]
Kind = Literal["empty", "number", "text"]

# Words that turn a number into a bound.  Longer phrases first: "大于等于" before "大于".
_PREFIX_COMPARATORS: tuple[tuple[str, Comparator], ...] = (
    (">=", ">="), ("≥", ">="), ("≧", ">="), ("=>", ">="),
    ("<=", "<="), ("≤", "<="), ("≦", "<="), ("=<", "<="),
    ("大于等于", ">="), ("大于或等于", ">="), ("不低于", ">="), ("不少于", ">="),
    ("不小于", ">="), ("至少", ">="), ("达到", ">="), ("达", ">="),
    ("小于等于", "<="), ("小于或等于", "<="), ("不高于", "<="), ("不超过", "<="),
    ("不大于", "<="), ("控制在", "<="), ("最多", "<="),
    ("大于", ">"), ("高于", ">"), ("超过", ">"), (">", ">"),
    ("小于", "<"), ("低于", "<"), ("<", "<"),
    ("=", "="), ("为", "="),
)
_SUFFIX_COMPARATORS: tuple[tuple[str, Comparator], ...] = (
    ("及以上", ">="), ("以上", ">="), ("及以下", "<="), ("以下", "<="), ("以内", "<="),
)
_APPROX_PREFIXES = ("约", "近", "大约", "将近", "接近")
_APPROX_INFIXES = ("余", "多")
_APPROX_SUFFIXES = ("左右",)

_NUMBER = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+")


def _is_unit(rest: str) -> bool:
    r"""A unit: "%", "㎡", "m²", "m2", one to three latin letters or one to five CJK ideographs
    ("万亩", "人次", "公里").  What ``re.fullmatch(r"%|㎡|m²|m2|[A-Za-z]{1,3}|[\u4e00-\u9fff]{1,5}",
    rest)`` tells, without compiling a 21,000-character class (0.5 ms) in every process."""
    if rest in ("%", "㎡", "m²", "m2"):
        return True
    if len(rest) <= 3 and rest.isascii() and rest.isalpha():
        return True
    return 0 < len(rest) <= 5 and all("\u4e00" <= ch <= "\u9fff" for ch in rest)


@dataclass(frozen=True)
class Value:
    """One cell's or one phrase's value as typed.

    ``number`` is in the written unit ("2.5万亩" → 2.5 with unit "万亩"; "98.5%" → 98.5
    with unit "%").  ``decimals`` is the written precision (digits after the point), so
    callers can build the rounding interval the figure stands for.
    """

    text: str
    kind: Kind
    number: float | None = None
    unit: str = ""
    comparator: Comparator | None = None
    decimals: int | None = None
    approximate: bool = False

    @property
    def is_number(self) -> bool:
        return self.kind == "number"

    @property
    def is_percent(self) -> bool:
        return self.kind == "number" and self.unit == "%"

    @property
    def fraction(self) -> float | None:
        """The value as a plain number, percents as fractions (98.5% → 0.985)."""
        if self.number is None:
            return None
        return self.number / 100 if self.is_percent else self.number


def normalize_text(text: str) -> str:
    """Fold full-width characters (＞＝１０, ％, 　) and drop every kind of space."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if not ch.isspace() and ch not in "\u200b\ufeff")


def _strip_prefix(s: str, table: tuple[tuple[str, Comparator], ...]) -> tuple[str, Comparator | None]:
    for word, comp in table:
        if s.startswith(word):
            return s[len(word):], comp
    return s, None


def _strip_suffix(s: str, table: tuple[tuple[str, Comparator], ...]) -> tuple[str, Comparator | None]:
    for word, comp in table:
        if s.endswith(word):
            return s[: -len(word)], comp
    return s, None


def _decimals_of(number_text: str) -> int:
    return len(number_text.split(".", 1)[1]) if "." in number_text else 0


def _from_number(raw: float | int, text: str) -> Value:
    if isinstance(raw, bool) or not math.isfinite(float(raw)):
        return Value(text=text, kind="text")
    decimals = 0 if isinstance(raw, int) or float(raw).is_integer() else _decimals_of(repr(float(raw)))
    return Value(text=text, kind="number", number=float(raw), decimals=decimals)


def parse_value(raw: object) -> Value:
    """Read one typed value.  Never raises: unreadable input becomes ``kind="text"``."""
    if isinstance(raw, (str, int, float)) and not isinstance(raw, bool):
        try:
            return _parse_cached(raw, type(raw))
        except TypeError:
            pass
    return _parse(raw)


@functools.lru_cache(maxsize=8192)
def _parse_cached(raw: object, _type: type) -> Value:
    # keyed on the type too: 1 and 1.0 and True are equal as dict keys
    return _parse(raw)


def _parse(raw: object) -> Value:
    if raw is None:
        return Value(text="", kind="empty")
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return _from_number(raw, str(raw))
    text = str(raw)
    s = normalize_text(text)
    if not s:
        return Value(text=text, kind="empty")
    approximate = False
    for word in _APPROX_PREFIXES:
        if s.startswith(word):
            s, approximate = s[len(word):], True
            break
    s, comparator = _strip_prefix(s, _PREFIX_COMPARATORS)
    s, suffix_comp = _strip_suffix(s, _SUFFIX_COMPARATORS)
    comparator = comparator or suffix_comp
    for word in _APPROX_SUFFIXES:
        if s.endswith(word):
            s, approximate = s[: -len(word)], True
    match = _NUMBER.match(s)
    if not match:
        return Value(text=text, kind="text")
    number_text = match.group(0)
    rest = s[match.end():]
    for word in _APPROX_INFIXES:
        if rest.startswith(word):
            rest, approximate = rest[len(word):], True
            break
    if rest and not _is_unit(rest):
        return Value(text=text, kind="text")
    return Value(
        text=text,
        kind="number",
        number=float(number_text.replace(",", "")),
        unit=rest,
        comparator=comparator,
        decimals=_decimals_of(number_text),
        approximate=approximate,
    )


def parse_number(raw: object) -> float | None:
    """A plain number from a cell or text ("3.20万元" → 3.2, "96%" → 0.96); None if there is none."""
    value = parse_value(raw)
    return value.fraction if value.is_number else None
