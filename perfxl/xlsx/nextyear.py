"""Clean copies: next year's form from this year's, keeping only what carries over."""

from __future__ import annotations

from typing import Any

from ..core.profile import RuleProfile
from ..errors import PerfxlError
from ..reading.data import FormData
from ..forms.workbook import FormSet, build_forms

# What a new year keeps: the unit, the indicators' names, targets and 分值.  Every actual
# value, score, reason and amount is cleared.
KEPT_SCALARS = ("unit.name", "budget.weight")
KEPT_INDICATOR_COLUMNS = ("indicator.level1", "indicator.level2", "indicator.level3",
                          "indicator.target", "indicator.weight")
_ROW_CONTENT = ("indicator.level3", "indicator.target", "indicator.weight")


def _meaningful(v: Any) -> bool:
    return v is not None and str(v).strip() != "" and not (isinstance(v, str) and v.startswith("="))


def _column(data: FormData, key: str) -> list[Any]:
    return [fv.value for fv in data.blocks.get(key, [])]


def next_year_from_data(data: FormData, year: int | None, profile: RuleProfile,
                        name: str) -> tuple[FormSet, dict[str, Any]]:
    kept: dict[str, Any] = {}
    for key in KEPT_SCALARS:
        value = data.raw(key)
        if isinstance(value, str):
            value = value.strip()
        if _meaningful(value):
            kept[key] = value
    columns = {k: _column(data, k) for k in KEPT_INDICATOR_COLUMNS}
    rows = [i for i in range(len(columns["indicator.level3"]))
            if any(_meaningful(columns[k][i]) for k in _ROW_CONTENT if i < len(columns[k]))]
    if not rows and "unit.name" not in kept:
        raise PerfxlError(f"“{name}”中找不到单位名称和绩效指标，无法据此生成下年空表，"
                          "请确认它是填好的附件3/附件4。")
    old_year = data.form.year if data.year_known else None
    new_year = year if year is not None else (old_year + 1 if old_year else None)
    if new_year is None:
        raise PerfxlError("无法从原表判断年度，请用 --year 指定新表的年度，例如 --year 2025。")
    form = build_forms(new_year, profile, indicator_rows=len(rows))
    if rows:
        for key, column in columns.items():
            kept[key] = [_clean(column[i]) if i < len(column) and _meaningful(column[i]) else None for i in rows]
    return form, kept


def _clean(value: Any) -> Any:
    """Text as typed in a county form carries stray spaces ("2　", "30家　")."""
    if isinstance(value, str):
        from ..core.values import parse_value

        stripped = value.strip().strip("\u3000")
        parsed = parse_value(stripped)
        if parsed.is_number and not parsed.unit and parsed.comparator is None and parsed.number is not None:
            return int(parsed.number) if parsed.number.is_integer() else parsed.number
        return stripped
    return value
