"""Two years of one unit's submission, built from the example: last year is 北山镇2023.xlsx
(or a copy edited with openpyxl), this year is ``perfxl new --from`` it for 2024, filled in
with openpyxl the way a township would."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl

from perfxl.cli import main

from .conftest import EXAMPLE_WORKBOOK
from .names import write_by_name

# Last year's (2023) figures of the example, 附件3: line → (上年决算数, 预算数, 决算数).
LAST_A3 = {
    "公车购置": (0, 0, 0), "公车运行维护": (4.74, 6, 4.74), "出国经费": (0, 0, 0), "公务接待费": (5.11, 5, 4.99),
    "公用经费": (528.28, 508.68, 449.49), "办公经费": (198.98, 117.41, 269.13), "水电差旅费": (68.56, 31.5, 49.73),
    "会议培训费": (16.4, 20.33, 14.47), "政府采购金额": (253, 225, 379.61), "基本支出预算调整": (3138.91, 2224.35, 2998.29),
}
LAST_PROJECTS = {"1、业务工作经费": (86.46, None, 68.3), "2、运行维护经费": (27.77, None, 71.42)}


def this_year_values(from_budget: bool = False) -> dict[str, Any]:
    """Defined name → value for the 2024 workbook: 上年决算数 carried from last year's 决算数
    (or, ``from_budget``, typed from last year's 预算数 by mistake)."""
    pick = 1 if from_budget else 2
    values: dict[str, Any] = {"编制数": 114, "实际在职人数": 112}
    for line, figures in LAST_A3.items():
        values[f"{line}_上年决算数"] = figures[pick]
        values[f"{line}_本年预算数"] = round(figures[2] * 1.05, 2)
        values[f"{line}_本年决算数"] = round(figures[2] * 1.02, 2)
    values["项目支出明细_名称"] = list(LAST_PROJECTS)
    values["项目支出明细_上年决算数"] = [f[2] for f in LAST_PROJECTS.values()]
    values["项目支出明细_本年预算数"] = [70, 75]
    values["项目支出明细_本年决算数"] = [69.5, 74.1]
    values.update({"年初预算数": 2300, "全年预算数": 3700, "全年执行数": 3650.5, "预算执行分值": 10,
                   "一般公共预算": 2800, "政府性基金拨款": 40, "纳入专户管理的非税收入拨款": 0, "其他资金": 810.5,
                   "基本支出": 3507.06, "项目支出": 143.44, "实际完成情况": "完成情况较好"})
    return values


def actuals(wb) -> None:
    """Every indicator of this year met (actual value = target, full score)."""
    from .names import name_values

    targets = name_values(wb, "指标_年度指标值")
    weights = name_values(wb, "指标_分值")
    write_by_name(wb, "指标_实际完成值", list(targets))
    write_by_name(wb, "指标_得分", list(weights))


def build_pair(folder: Path, *, from_budget: bool = False, this_year: dict[str, Any] | None = None,
               last_year: dict[str, Any] | None = None, indicator_edits=None, last_indicator_edits=None,
               unit: str | None = None, stem: str = "北山镇") -> tuple[Path, Path]:
    """(this year's, last year's) workbook paths under ``folder``.  ``this_year`` and
    ``last_year`` overwrite defined names; ``indicator_edits`` / ``last_indicator_edits``
    are functions (row index by 三级指标 name → list of edits (name, row, value))."""
    folder.mkdir(parents=True, exist_ok=True)
    last = folder / f"{stem}2023.xlsx"
    shutil.copyfile(EXAMPLE_WORKBOOK, last)
    if last_year or last_indicator_edits:
        wb = openpyxl.load_workbook(last)
        _apply(wb, last_year or {}, last_indicator_edits)
        wb.save(last)
    now = folder / f"{stem}2024.xlsx"
    assert main(["new", "--from", str(last), "--year", "2024", "-o", str(now), "--force"]) == 0
    wb = openpyxl.load_workbook(now)
    actuals(wb)
    values = this_year_values(from_budget)
    if unit:
        values["单位名称"] = unit
    values.update(this_year or {})
    _apply(wb, values, indicator_edits)
    wb.save(now)
    return now, last


def _apply(wb, values: dict[str, Any], indicator_edits) -> None:
    from .names import name_cells, name_values

    for name, value in values.items():
        write_by_name(wb, name, value)
    if indicator_edits:
        rows = {v: i for i, v in enumerate(name_values(wb, "指标_三级指标")) if v}
        for name, row_name, value in indicator_edits:
            name_cells(wb, name)[rows[row_name]].value = value
