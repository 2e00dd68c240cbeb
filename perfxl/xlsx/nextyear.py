"""Clean copies: next year's form from this year's, keeping only what carries over."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core.profile import RuleProfile
from ..errors import PerfxlError
from ..forms.attachment3 import FUND_LINES, PROJECT_BLOCK, fund_key, project_key
from ..forms.datafile import resolve_stated
from ..forms.model import FieldKind
from ..forms.workbook import FormSet, build_forms
from ..reading.data import FormData, number_of

# What a new year keeps: the unit, the indicators' names, targets and 分值; and (carry_figures)
# 编制数, project names, and each 附件3 row's 本年决算数 as the new 上年决算数.  Every actual
# value, score, reason, budget and this year's amount is cleared.
KEPT_SCALARS = ("unit.name", "budget.weight")
KEPT_INDICATOR_COLUMNS = ("indicator.level1", "indicator.level2", "indicator.level3",
                          "indicator.target", "indicator.weight")
_ROW_CONTENT = ("indicator.level3", "indicator.target", "indicator.weight")


def _meaningful(v: Any) -> bool:
    return v is not None and str(v).strip() != "" and not (isinstance(v, str) and v.startswith("="))


def _column(data: FormData, key: str) -> list[Any]:
    return [fv.value for fv in data.blocks.get(key, [])]


def next_year_from_form_data(data: FormData, year: int | None, profile: RuleProfile, name: str) -> "NextYear":
    carry = carry_figures(data)
    form, kept = _kept(data, year, profile, name, carried=bool(carry.lines) or "staff.authorized" in carry.values)
    projects = carry.values.get(project_key("name"))
    if projects:
        form = build_forms(form.year, profile, indicator_rows=len(kept.get("indicator.level3") or []),
                           project_rows=len(projects) + EXTRA_PROJECT_ROWS)
    values = dict(kept)
    values.update(carry.values)
    values = resolve_stated(form, values)
    return NextYear(form, values, carry.summary(kept, data))


def _kept(data: FormData, year: int | None, profile: RuleProfile,
          name: str, carried: bool = False) -> tuple[FormSet, dict[str, Any]]:
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
    if not rows and "unit.name" not in kept and not carried:
        if data.projects:
            raise PerfxlError(f"“{name}”是项目支出绩效自评表，--from 暂不支持由项目表生成下年空表："
                              "请用 perfxl new --form 项目 生成空白项目表后填写。")
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


# -- figures carried into next year ---------------------------------------------------

EXTRA_PROJECT_ROWS = 3   # blank 项目支出 rows below last year's projects, for new ones


@dataclass
class Carry:
    values: dict[str, Any] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)          # 附件3 rows whose 上年决算数 was filled
    project_names: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)     # fields that could not be read: left empty

    def summary(self, kept: dict[str, Any], data: FormData) -> str:
        carried = []
        if "unit.name" in kept:
            carried.append("单位名称")
        if "staff.authorized" in self.values:
            carried.append("编制数")
        lines = [x for x in self.lines if x != PROJECT_BLOCK]
        figures = sum(1 for v in self.values.get(project_key("prev_actual")) or [] if v is not None)
        if lines or figures:
            year = f"{data.form.year}年" if data.year_known else "上年表的本年"
            what = f"附件3 经费控制情况 {len(lines)} 行" + (f"和 {figures} 个项目" if figures else "")
            carried.append(f"{what}的上年决算数（取{year}决算数）")
        if self.project_names:
            carried.append(f"项目支出 {len(self.project_names)} 行的名称")
        indicators = sum(1 for v in kept.get("indicator.level3") or [] if v)
        if indicators:
            carried.append(f"{indicators} 个三级指标的名称、年度指标值和分值")
        if "budget.weight" in kept:
            carried.append("预算执行分值")
        text = ("已结转：" + "、".join(carried) if carried else "没有可结转的内容")
        text += "；已清空：实际在职人数、各项预算数和本年决算数、年度预算申请、年度总体目标、实际完成值、得分和偏差原因"
        missing = [u for u in self.unreadable if u.endswith("（未找到）")]
        if missing and len(missing) == len(FUND_LINES) + 1:  # no 附件3 at all: say it once
            others = [u for u in self.unreadable if u not in missing]
            text += "；原表中没有附件3（人员与经费），新表附件3 留空"
            if others:
                text += "；未能读取、已留空：" + "、".join(others)
        elif self.unreadable:
            text += "；未能读取、已留空：" + "、".join(self.unreadable)
        return text + "。"


@dataclass
class NextYear:
    form: FormSet
    values: dict[str, Any]
    summary: str


def _label(data: FormData, key: str) -> str:
    fld = data.form.fields[key]
    return fld.name.replace("_本年决算数", "本年决算数").replace("_", "")


def _amount(data: FormData, fv) -> tuple[bool, float | None]:
    """(readable, number) of an amount cell: empty is readable and None."""
    if fv is None:
        return False, None
    value = fv.value
    if value is None or (isinstance(value, str) and value.strip().strip("\u3000") in ("", "－", "-", "/", "无", "——", "—")):
        return True, None
    number = number_of(value, FieldKind.AMOUNT)
    return (number is not None), number


def carry_figures(data: FormData) -> Carry:
    """Next year's 上年决算数 from this year's 本年决算数, row by row, and 编制数.

    Only what was read is carried: a row perfxl did not find, or a cell that is not a
    number, is left empty and named — never guessed.
    """
    carry = Carry()
    staff = data.fv("staff.authorized")
    if staff is None:
        carry.unreadable.append("编制数（未找到）")
    else:
        number = data.number("staff.authorized")
        if number is not None:
            carry.values["staff.authorized"] = int(number) if float(number).is_integer() else number
        elif staff.value not in (None, ""):
            carry.unreadable.append(f"编制数（{staff.address or ''}“{staff.value}”不是数字）")
    for line in FUND_LINES:
        source = fund_key(line.key, "actual")
        fv = data.fv(source)
        readable, number = _amount(data, fv)
        if not readable:
            where = "未找到" if fv is None else f"{fv.address or ''}“{fv.value}”不是数字"
            carry.unreadable.append(f"{line.name}本年决算数（{where}）")
            continue
        if number is None:
            continue
        carry.values[fund_key(line.key, "prev_actual")] = number
        carry.lines.append(line.name)
    names = data.blocks.get(project_key("name"), [])
    actuals = data.blocks.get(project_key("actual"), [])
    rows_names, rows_prev = [], []
    for i, name_fv in enumerate(names):
        name = str(name_fv.value).strip() if name_fv.value is not None else ""
        actual_fv = actuals[i] if i < len(actuals) else None
        readable, number = _amount(data, actual_fv)
        if not name and number is None:
            continue
        if actual_fv is not None and not readable:
            carry.unreadable.append(f"项目“{name or i + 1}”本年决算数（{actual_fv.address or ''}“{actual_fv.value}”不是数字）")
        rows_names.append(name or None)
        rows_prev.append(number)
    if rows_names:
        carry.project_names = [n for n in rows_names if n]
        carry.values[project_key("name")] = rows_names
        carry.values[project_key("prev_actual")] = rows_prev
        carry.lines.append(PROJECT_BLOCK)
    return carry
