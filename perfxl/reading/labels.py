"""Matching printed labels the way people write them: numbering, breaks, full width."""

from __future__ import annotations

import functools
import re
import unicodedata

# "1、", "2.", "（一）", "(3)", "其中：" before the label proper.
_NUMBERING = re.compile(r"^(?:\(?[0-9一二三四五六七八九十]{1,3}\)[、.,]?|[0-9一二三四五六七八九十]{1,3}[、.,]|其中:?)+")
_QUOTES = str.maketrans("", "", "“”\"'‘’「」『』")


def norm_label(text: object) -> str:
    """Fold width, drop spaces and line breaks, quotes, leading numbering and "其中："."""
    if text is None:
        return ""
    return _norm_label(str(text))


@functools.lru_cache(maxsize=16384)
def _norm_label(text: str) -> str:
    # a locator normalizes the same labels and aliases over and over
    s = unicodedata.normalize("NFKC", text)
    s = "".join(ch for ch in s if not ch.isspace()).translate(_QUOTES)
    s = _NUMBERING.sub("", s)
    return s.rstrip(":")


def match_label(text: object, alias: str) -> tuple[bool, str | None]:
    """Does a cell's text carry ``alias``?  Returns (matched, inline value text).

    "三公经费：" matches "三公经费"; "批复规模（㎡）" and "产出指标(50分)" match with their
    parenthesis; "一般公共预算：2751.84" matches and carries "2751.84" inline.
    """
    n, a = norm_label(text), norm_label(alias)
    if not n or not a:
        return False, None
    if n == a:
        return True, None
    if n.startswith(a):
        rest = unicodedata.normalize("NFKC", str(text))
        rest = "".join(ch for ch in rest if not ch.isspace())
        tail = n[len(a):]
        if tail.startswith("("):
            return True, None
        if tail.startswith(":") or _inline_colon(rest, a):
            value = tail.lstrip(":")
            return True, (value or None)
    return False, None


def label_keys(text: object) -> list[tuple[str, str | None]]:
    """Every alias that ``match_label(text, alias)`` accepts, with its inline value.

    Lets a locator index each cell once instead of testing every alias against every cell:
    the whole label, and each prefix that stops before "(" or ":".
    """
    if isinstance(text, str):
        return list(text_label_keys(text))
    return _label_keys(text)


@functools.lru_cache(maxsize=16384)
def text_label_keys(text: str) -> tuple[tuple[str, str | None], ...]:
    """``label_keys`` of a text, remembered: every submission of a form carries the same labels."""
    return tuple(_label_keys(text))


def _label_keys(text: object) -> list[tuple[str, str | None]]:
    n = norm_label(text)
    if not n:
        return []
    keys: list[tuple[str, str | None]] = [(n, None)]
    for i, ch in enumerate(n):
        if ch in "(:" and i > 0:
            inline = None
            if ch == ":":
                inline = n[i:].lstrip(":") or None
            keys.append((n[:i], inline))
    return keys


def _inline_colon(raw: str, alias: str) -> bool:
    idx = norm_label(raw).find(alias)
    return idx == 0 and ":" in raw


_YEAR_HEADING = re.compile(r"^(\d{4})年(?:度)?(.*)$")


def has_year_heading(text: object, suffixes: tuple[str, ...]) -> int | None:
    """The year in a heading like "2023年预算数" (None when there is none)."""
    m = _YEAR_HEADING.match(norm_label(text))
    if m and any(m.group(2).startswith(s) for s in suffixes):
        return int(m.group(1))
    return None
