"""Is a stated figure what a computation gives, once rounding is allowed for?"""

from __future__ import annotations

from typing import Any

from .intervals import Interval
from .values import parse_value


def stated_interval(stated: Any, decimals: int | None) -> Interval | None:
    """The interval a stated figure stands for.

    Text like "111.4%" carries its own precision (111.35%..111.45%); a bare number takes
    ``decimals`` from the kind of field it sits in (amounts and scores: 2; counts: 0).
    """
    value = parse_value(stated)
    if not value.is_number or value.number is None:
        return None
    if isinstance(stated, str):
        places = value.decimals if value.decimals is not None else 0
        if value.is_percent:
            return Interval.rounded(value.number, places).scale(0.01)
        return Interval.rounded(value.number, places)
    return Interval.rounded(value.number, decimals)


def agrees(stated: Any, computed: Any, decimals: int | None) -> bool:
    """True when ``stated`` is ``computed`` as it would be shown (text compared as text)."""
    if stated is None or stated == "":
        return computed is None or computed == ""
    if computed is None or isinstance(computed, str):
        return str(stated).strip() == str(computed or "").strip()
    interval = stated_interval(stated, decimals)
    return interval is not None and interval.contains(computed)
