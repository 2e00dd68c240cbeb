"""Clean copies: next year's form from this year's, keeping only what carries over."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core.profile import RuleProfile
from ..errors import PerfxlError
from ..forms.workbook import FormSet, build_forms
from .names import read_by_names, read_year
from .open import open_workbook

# What a new year keeps: the unit, the indicators' names, targets and 分值.  Every actual
# value, score, reason and amount is cleared.
KEPT_SCALARS = ("unit.name", "budget.weight")
KEPT_INDICATOR_COLUMNS = ("indicator.level1", "indicator.level2", "indicator.level3",
                          "indicator.target", "indicator.weight")
_ROW_CONTENT = ("indicator.level3", "indicator.target", "indicator.weight")


def _meaningful(v: Any) -> bool:
    return v is not None and str(v).strip() != "" and not (isinstance(v, str) and v.startswith("="))


def next_year_values(source: Path, year: int | None, profile: RuleProfile) -> tuple[FormSet, dict[str, Any]]:
    wb = open_workbook(source)
    old_year = read_year(wb)
    probe = build_forms(old_year or 2000, profile)
    values = read_by_names(wb, probe)
    if "indicator.weight" not in values and "unit.name" not in values:
        raise PerfxlError(f"“{Path(source).name}”不是由 perfxl 模板填写的工作簿（找不到模板中的名称），"
                          "请先用 perfxl new 生成模板并填入数据。")
    new_year = year if year is not None else (old_year + 1 if old_year else None)
    if new_year is None:
        raise PerfxlError("无法从原表判断年度，请用 --year 指定新表的年度，例如 --year 2025。")
    rows = [i for i in range(len(values.get("indicator.level3", [])))
            if any(_meaningful(values.get(k, [None] * (i + 1))[i]) for k in _ROW_CONTENT)]
    form = build_forms(new_year, profile, indicator_rows=len(rows))
    kept: dict[str, Any] = {k: values[k] for k in KEPT_SCALARS if _meaningful(values.get(k))}
    if rows:
        for key in KEPT_INDICATOR_COLUMNS:
            column = values.get(key, [])
            kept[key] = [column[i] if i < len(column) and _meaningful(column[i]) else None for i in rows]
    return form, kept
