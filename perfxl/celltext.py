"""The one way user and data text goes into a cell: always as text, never as a formula.

A unit name, an indicator name from a data file, a finding's message: any of them may start
with = + - @ (typed by mistake, or crafted: ``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``,
``=WEBSERVICE(...)``).  Every writer of such text into a workbook goes through here.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@")
# Characters an .xlsx cannot hold (XML 1.0): control characters other than tab and line breaks.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def formula_like(value: Any) -> bool:
    """Would a spreadsheet take this text for a formula if it were typed in?"""
    return isinstance(value, str) and value.lstrip()[:1] in FORMULA_STARTS


def set_text(cell: Any, value: Any) -> None:
    """An openpyxl cell holding ``value`` as text (None empties it); control characters,
    which no workbook can store, are dropped rather than failing the whole file."""
    if value is None:
        cell.value = None
        return
    cell.value = _ILLEGAL.sub("", str(value))
    cell.data_type = "s"      # stored as a string whatever it starts with


def put_value(cell: Any, value: Any) -> None:
    """An openpyxl cell holding a data value: numbers and dates as they are, text as text."""
    if isinstance(value, str):
        set_text(cell, value)
    else:
        cell.value = value


def typed_text(value: Any) -> Any:
    """A value to type into a live workbook (Excel through xlwings): a leading ' keeps
    text that looks like a formula a string."""
    if formula_like(value):
        return "'" + value
    return value
