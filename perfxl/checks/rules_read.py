"""What reading found: missing fields, unreadable numbers, overwritten formulas."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from ..core.values import parse_value
from ..reading.data import FieldValue
from ..forms.workbook import evaluate
from ..core.stated import agrees
from .rule import Context, Rule, rule
from .findings import Finding

# Fields without which the main checks cannot run.  A workbook whose form lacks them is not
# checked at all (app.gate refuses it, "未能识别…", exit 2), so READ-MISSING stays a hint;
# READ-EMPTY says when they are found but left blank.
CORE_FIELDS = ("staff.authorized", "staff.actual", "budget.adjusted", "budget.executed",
               "total.score")


# Blocks of each form, by the first part of a field key, as said in messages.
_A3_BLOCKS = {"unit": "单位名称", "staff": "财政供养人员情况", "funds": "经费控制情况",
              "savings": "厉行节约保障措施", "projects_detail": "项目支出明细", "buildings": "楼堂馆所控制情况"}
_A4_BLOCKS = {"budget_unit": "预算单位名称", "budget": "年度预算申请", "income": "年度预算申请",
              "spending": "年度预算申请", "goal": "年度总体目标", "indicator": "绩效指标",
              "section": "一级指标小计", "total": "总分与评价等级"}
# The checks a missing field leaves without input (field key, or "funds.<line>" for a whole line).
_SKIPS = {
    "staff.authorized": ("A3-STAFF-RATE", "A3-OVERSTAFF"), "staff.actual": ("A3-STAFF-RATE", "A3-OVERSTAFF"),
    "funds.sangong": ("A3-SANGONG-SUM", "A3-SANGONG-OVER-BUDGET", "A3-SANGONG-UP"),
    "funds.car": ("A3-SANGONG-SUM", "A3-CAR-SUM"), "funds.abroad": ("A3-SANGONG-SUM",),
    "funds.reception": ("A3-SANGONG-SUM",), "funds.car_purchase": ("A3-CAR-SUM",),
    "funds.car_running": ("A3-CAR-SUM",), "funds.projects": ("A3-PROJECT-SUM", "X-PROJECT-SPENDING"),
    "funds.public": ("A3-SUBITEM",), "funds.basic_adjust": ("X-BASIC-SPENDING",),
    "budget.adjusted": ("A4-EXEC-RATE", "A4-EXEC-SCORE", "A4-INCOME-PARTS"),
    "budget.executed": ("A4-EXEC-RATE", "A4-EXEC-SCORE", "A4-SPENDING-PARTS"),
    "budget.weight": ("A4-EXEC-SCORE", "A4-TOTAL-WEIGHT"),
    "income.general": ("A4-INCOME-PARTS",), "income.fund": ("A4-INCOME-PARTS",),
    "income.special": ("A4-INCOME-PARTS",), "income.other": ("A4-INCOME-PARTS",),
    "spending.basic": ("A4-SPENDING-PARTS", "X-BASIC-SPENDING"),
    "spending.project": ("A4-SPENDING-PARTS", "X-PROJECT-SPENDING"),
    "total.weight": ("A4-TOTAL-WEIGHT",), "total.score": ("A4-TOTAL-SCORE", "A4-GRADE"),
    "total.grade": ("A4-GRADE",),
}
# 附件4 parts the project form does not have (it splits funds by source, not by kind).
_NOT_IN_PROJECT_FORM = ("income", "spending", "section")
_COUNT = "一两三四五六七八九十"


def _count(n: int) -> str:
    return _COUNT[n - 1] if 1 <= n <= len(_COUNT) else str(n)


def _a3_lines() -> dict[str, str]:
    from ..forms import attachment3 as a3

    return {line.key: line.name for line in a3.FUND_LINES}


def _missing_blocks(d) -> list[tuple[str, str, list[str]]]:
    """(form, block, missing keys, core?) in reading order, one entry per form block, for the
    forms the workbook holds (a workbook with only 附件3 hears nothing of 附件4)."""
    a3_keys = set(d.form.sheets[0].fields)
    forms = d.forms
    a4_name = "附件4" if forms is None or "attachment4" in forms or "project" not in forms else "项目支出绩效自评表"
    blocks: dict[tuple[str, str], list[str]] = {}
    for key in d.missing:
        head = key.split(".", 1)[0]
        if key in a3_keys:
            if forms is not None and "attachment3" not in forms:
                continue
            form, block = "附件3", _A3_BLOCKS.get(head, "其他栏目")
        else:
            if forms is not None and not forms & {"attachment4", "project"}:
                continue
            if forms is not None and "attachment4" not in forms and head in _NOT_IN_PROJECT_FORM:
                continue
            form, block = a4_name, _A4_BLOCKS.get(head, "其他栏目")
        blocks.setdefault((form, block), []).append(key)
    return [(f, b, keys) for (f, b), keys in blocks.items()]


def _describe(d, block: str, keys: list[str]) -> str:
    """"公车购置、出国经费 两行" for whole fund lines; field names otherwise."""
    if block == "经费控制情况":
        lines = _a3_lines()
        by_line: dict[str, list[str]] = {}
        for key in keys:
            _, line, column = key.split(".")
            by_line.setdefault(line, []).append(column)
        whole = [lines.get(line, line) for line, cols in by_line.items() if len(cols) >= 3]
        partial = [d.form.fields[f"funds.{line}.{c}"].name for line, cols in by_line.items() if len(cols) < 3
                   for c in cols]
        parts = []
        if whole:
            parts.append(f"{'、'.join(whole)} {_count(len(whole))}行")
        if partial:
            parts.append("、".join(partial))
        return "；".join(parts)
    return "、".join(d.form.fields[k].name for k in keys)


def _skipped(keys: list[str]) -> list[str]:
    out: list[str] = []
    for key in keys:
        line = ".".join(key.split(".")[:2])
        for rule_id in _SKIPS.get(key, ()) + (_SKIPS.get(line, ()) if key.startswith("funds.") else ()):
            if rule_id not in out:
                out.append(rule_id)
    return out


@rule("READ-MISSING", "表中找不到的栏目", "info",
      {"default": "{form} {block}：未找到 {what}。",
       "skipped": "{form} {block}：未找到 {what}，因此未做 {checks} 检查。",
       "ambiguous": "{form} {block}：“{what}”找到 {n} 处（{where}），无法确定取哪一处，按未找到处理，因此未做 {checks} 检查。"})
def missing(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    ambiguous = getattr(d, "ambiguous", {})
    for form, block, keys in _missing_blocks(d):
        for key in [k for k in keys if k in ambiguous]:
            cells = ambiguous[key]
            yield r.finding("ambiguous", cells=cells, form=form, block=block, what=d.form.fields[key].name,
                            n=len(cells), where="、".join(c.split("!")[-1] for c in cells),
                            checks="、".join(_skipped([key])) or "相关")
        keys = [k for k in keys if k not in ambiguous]
        if not keys:
            continue
        skipped = _skipped(keys)
        yield r.finding("skipped" if skipped else "default", form=form, block=block,
                        what=_describe(d, block, keys), checks="、".join(skipped))


@rule("READ-VALUES-ONLY", "只读到单元格的值（.xls/.et/.xlsb/.ods）：公式检查需要 .xlsx", "info",
      "“{book}”是 {format}文件，perfxl 只读到单元格的值、没有读到公式，因此没有检查公式是否被改成固定值；"
      "如需这项检查，请用 Excel/WPS 另存为 .xlsx 后再查。")
def values_only(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    if d.values_only:
        yield r.finding(book=d.values_book or "工作簿", format=d.values_only)


@rule("READ-OTHER-FORM", "工作簿中还有另一份附件3/附件4（如另一单位的表），未检查", "info",
      "工作簿中还有{forms}，未检查（只检查了{checked}）；如需检查，请把它们放到单独的工作簿中再检查。")
def other_forms(r: Rule, ctx: Context) -> Iterable[Finding]:
    from ..reading.pairing import same_unit

    d = ctx.data
    if not d.others:
        return
    checked_unit = next((str(fv.value).strip() for fv in (d.fv("unit.name"), d.fv("budget_unit.name"))
                         if fv is not None and isinstance(fv.value, str) and fv.value.strip()), None)
    forms = "、".join(f"{form}“{sheet}”" + (f"（单位：{unit}）" if unit else "") for form, sheet, unit, _ in d.others)
    other_unit = any(unit and checked_unit and not same_unit(unit, checked_unit) for _, _, unit, _ in d.others)
    yield r.finding(cells=[cell for *_, cell in d.others], severity="warning" if other_unit else None,
                    forms=forms, checked=f"“{checked_unit}”的表" if checked_unit else "第一份")


# What people type for "nothing here": read as an empty cell, said as a hint.
PLACEHOLDERS = {"-", "－", "—", "——", "/", "／", "无", "空", "—/—", "n/a", "N/A", "不适用"}
_DATE_FORMAT = ("yy", "mm-dd", "m/d", "d/m", "年", "月", "日")


@lru_cache(maxsize=1024)
def _date_format(number_format: str) -> bool:
    fmt = number_format.lower()
    return fmt != "general" and any(m in fmt for m in _DATE_FORMAT)


def numeric_cells(d) -> list[tuple[str, FieldValue]]:
    cells: list[tuple[str, FieldValue]] = [(d.form.fields[k].name, fv) for k, fv in d.values.items()]
    for key, column in d.blocks.items():
        cells += [(d.form.fields[key].name, fv) for fv in column]
    return [(n, fv) for n, fv in cells if d.form.fields[fv.key].kind.is_numeric and fv.value is not None]


@rule("READ-NOT-NUMBER", "应填数字的单元格填了文字、错误值或日期", "warning",
      {"text": "“{name}”应为数字，填的是“{text}”。",
       "error": "“{name}”显示错误值“{text}”，多为公式引用出错，请改正公式或填入数字。",
       "date": "“{name}”应为数字，但单元格是日期格式（{text}），请把单元格格式改为“数值”。",
       "placeholder": "“{name}”填的是“{text}”，按未填写处理；如应为 0，请填 0。"})
def not_number(r: Rule, ctx: Context) -> Iterable[Finding]:
    for name, fv in ctx.numeric_cells:
        cells = [fv.address] if fv.address else []
        if isinstance(fv.value, (int, float)) and not isinstance(fv.value, bool):
            if fv.formula is None and _date_format(fv.number_format):
                yield r.finding("date", cells=cells, actual=fv.value, name=name, text=fv.number_format)
            continue
        text = str(fv.value).strip()
        if not text or parse_value(fv.value).is_number:
            continue
        if text in PLACEHOLDERS:
            yield r.finding("placeholder", severity="info", cells=cells, actual=text, name=name, text=text)
        elif text.startswith("#") and text.endswith(("!", "?", "A")):
            yield r.finding("error", cells=cells, actual=text, name=name, text=text)
        else:
            yield r.finding("text", cells=cells, actual=text, name=name, text=text)


@rule("READ-NEGATIVE", "金额、人数、分值不应为负数", "warning", "“{name}”为负数 {value}，请核对。")
def negative(r: Rule, ctx: Context) -> Iterable[Finding]:
    for name, fv in ctx.numeric_cells:
        v = parse_value(fv.value)
        if v.is_number and v.number is not None and v.number < 0 and ctx.data.form.fields[fv.key].kind.name != "RATE":
            yield r.finding(cells=[fv.address] if fv.address else [], actual=v.number, name=name, value=f"{v.number:g}")


@rule("READ-EMPTY", "找到了栏目但未填写", "info", "“{name}”未填写。")
def empty(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    for key in CORE_FIELDS:
        fv = d.fv(key)
        if fv is not None and (fv.value is None or str(fv.value).strip() == ""):
            yield r.finding(cells=[fv.address] if fv.address else [], name=d.form.fields[key].name)


@rule("FORMULA-OVERWRITTEN", "公式单元格被手工数字覆盖且与公式结果不符", "error",
      "“{name}”的公式被改成了固定值 {stated}，按公式应为 {computed}。")
def overwritten(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    if d.source != "names":
        return
    covered = ctx.covered
    values = d.input_values()
    typed = {k: fv.value for k, fv in d.values.items() if d.form.fields[k].computed and fv.typed_over}
    for key, fv in d.values.items():
        fld = d.form.fields[key]
        if not fld.computed or not fv.typed_over or key in covered:
            continue
        fresh = evaluate(d.form, {**values, **{k: v for k, v in typed.items() if k != key}})[key]
        if agrees(fv.value, fresh, fld.kind.decimals):
            continue
        yield r.finding(cells=[fv.address] if fv.address else [], expected=fresh, actual=fv.value,
                        name=fld.name, stated=fv.value, computed="（空）" if fresh is None else fresh)
