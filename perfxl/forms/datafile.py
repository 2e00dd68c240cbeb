"""A readable data file (TOML) describing a filled form, keyed by the forms' own names.

    "单位名称" = "北山镇人民政府"
    "年度" = 2023
    "编制数" = 114
    "三公经费" = [9.84, 11, 9.73]          # 上年决算数, 本年预算数, 本年决算数
    "项目支出明细" = [["1、业务工作经费", 86.46, "", 68.3]]
    "指标" = [["产出指标(50分)", "数量指标", "新增企业", "30家", "34家", 2, 2, ""]]

Keys (quoted: TOML bare keys are ASCII only) are the workbook's defined names (or the stem of a line, with one value per
column, or a block name, with one list per row).  Tables such as ``[附件3]`` only group
keys for the reader.  Empty strings are empty cells.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..core.stated import agrees
from ..errors import PerfxlError
from . import attachment3, attachment4
from .workbook import FormSet, build_forms, evaluate

BLOCK_COLUMNS: dict[str, tuple[str, ...]] = {
    attachment3.PROJECT_BLOCK: ("name", "prev_actual", "budget", "actual"),
    attachment3.BUILDING_BLOCK: ("name", "approved_area", "actual_area", "area_rate",
                                 "budget_invest", "actual_invest", "invest_rate"),
    attachment4.INDICATOR_BLOCK: tuple(key for key, *_ in attachment4.INDICATOR_COLUMNS),
}
_BLOCK_PREFIX = {
    attachment3.PROJECT_BLOCK: "projects_detail.",
    attachment3.BUILDING_BLOCK: "buildings.",
    attachment4.INDICATOR_BLOCK: "indicator.",
}
# Columns forward-filled inside a block: merged cells in the original form.
YEARS = range(1990, 2101)     # evaluation years perfxl accepts; 0 or 20230 is a typing slip
MAX_BLOCK_ROWS = 2000         # rows of one table (indicators, projects) a data file may give

_FILL_DOWN = {"indicator.level1", "indicator.level2"}
_META = {"单位名称": "unit.name", "年度": None}


def _flatten(data: Mapping[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, Mapping):
            flat.update(_flatten(value))
        else:
            flat[key] = value
    return flat


def _blank(v: Any) -> Any:
    return None if v == "" else v


def read_data(data: Mapping[str, Any], profile=None) -> tuple[FormSet, dict[str, Any]]:
    """Turn a parsed data file into a form set and cell values (stated values kept as given)."""
    from ..core.profile import DEFAULT_PROFILE

    flat = _flatten(data)
    year = flat.pop("年度", None)
    if not isinstance(year, int) or isinstance(year, bool):
        raise PerfxlError("数据文件中缺少“年度”（例如 年度 = 2023），请补上后重试。")
    if year not in YEARS:
        raise PerfxlError(f"数据文件中的年度 {year} 不合理（应在 {YEARS.start}–{YEARS.stop - 1} 之间），请修改后重试。")
    blocks = {name: flat.pop(name) for name in list(flat) if name in BLOCK_COLUMNS}
    for name, rows in blocks.items():
        if isinstance(rows, list) and len(rows) > MAX_BLOCK_ROWS:
            raise PerfxlError(f"数据文件中“{name}”有 {len(rows)} 行，超过 {MAX_BLOCK_ROWS} 行的上限，"
                              "不像是一个单位的自评表，请检查数据文件。")
    form = build_forms(
        year, profile or DEFAULT_PROFILE,
        indicator_rows=len(blocks.get(attachment4.INDICATOR_BLOCK, [])),
        project_rows=len(blocks.get(attachment3.PROJECT_BLOCK, [])),
    )
    values: dict[str, Any] = {}
    columns = {c.name: c.key for c in attachment3.FUND_COLUMNS}
    for name, value in flat.items():
        # A list under a line stem fills that 附件3 line, even where a 附件4 field shares the
        # stem ("项目支出" is both a 附件3 line and 附件4's 按支出性质分 field).
        line_fields = [form.by_name.get(f"{name}_{col}") for col in columns]
        if isinstance(value, list) and all(line_fields) and len(value) == len(line_fields):
            for fld, v in zip(line_fields, value):
                values[fld.key] = _blank(v)  # type: ignore[union-attr]
            continue
        if name in form.by_name and not isinstance(value, list):
            values[form.by_name[name].key] = _blank(value)
            continue
        raise PerfxlError(f"数据文件中的“{name}”不是表中的项目名称，请对照模板中的名称修改。")
    for block, rows in blocks.items():
        keys = [_BLOCK_PREFIX[block] + c for c in BLOCK_COLUMNS[block]]
        size = form.block_size(block)
        columns_out: dict[str, list[Any]] = {k: [None] * size for k in keys}
        previous: dict[str, Any] = {}
        for i, row in enumerate(rows):
            if not isinstance(row, list) or len(row) > len(keys):
                raise PerfxlError(f"数据文件中“{block}”第 {i + 1} 行的格式不对，应为最多 {len(keys)} 项的列表。")
            for key, v in zip(keys, row + [""] * (len(keys) - len(row))):
                v = _blank(v)
                if v is None and key in _FILL_DOWN:
                    v = previous.get(key)
                columns_out[key][i] = v
                previous[key] = v
        values.update(columns_out)
    return form, values


def resolve_stated(form: FormSet, values: dict[str, Any]) -> dict[str, Any]:
    """Keep a computed field's formula when its stated value agrees with it.

    A submitted form may state a figure its formula would not give (a typed-over
    subtotal).  Such figures stay as constants so the workbook shows exactly what was
    submitted; agreeing ones are dropped so the native formula stays in the cell.
    """
    resolved = {k: v for k, v in values.items() if not form.fields[k].computed}
    for key, fld in form.fields.items():
        if not fld.computed or key not in values:
            continue
        computed = evaluate(form, resolved)[key]
        stated = values[key]
        if fld.is_range:
            rows = [s if s is not None and not agrees(s, c, fld.kind.decimals) else None
                    for s, c in zip(stated, computed)]
            if any(r is not None for r in rows):
                resolved[key] = rows
        elif not agrees(stated, computed, fld.kind.decimals):
            resolved[key] = _as_cell_value(stated)
    return resolved


def _as_cell_value(stated: Any) -> Any:
    """Stated rates like "111.4%" are stored as the fraction a percent cell holds."""
    from ..core.values import parse_value

    v = parse_value(stated)
    if isinstance(stated, str) and v.is_percent:
        return v.fraction
    return stated
