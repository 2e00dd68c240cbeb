"""What reading found: missing fields, unreadable numbers, overwritten formulas."""

from __future__ import annotations

from typing import Iterable

from ..core.values import parse_value
from ..reading.data import FieldValue
from ..forms.workbook import evaluate
from ..core.stated import agrees
from .rule import Context, Rule, rule
from .findings import Finding

# Fields without which the main checks cannot run: missing ones are warnings.
CORE_FIELDS = ("staff.authorized", "staff.actual", "budget.adjusted", "budget.executed",
               "total.score")


@rule("READ-MISSING", "表中找不到的栏目", "info", "未找到“{name}”。")
def missing(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    for key in d.missing:
        fld = d.form.fields[key]
        label = fld.name
        yield r.finding(severity="warning" if key in CORE_FIELDS else None, name=label)


@rule("READ-OTHER-FORM", "工作簿中还有另一份附件3/附件4（如另一单位的表），未检查", "info",
      "工作簿中还有{forms}，未检查（只检查了{checked}）；如需检查，请把它们放到单独的工作簿中再检查。")
def other_forms(r: Rule, ctx: Context) -> Iterable[Finding]:
    from ..reading.pairing import same_unit

    d = ctx.data
    if not d.others:
        return
    checked_unit = next((str(fv.value).strip() for fv in (d.fv("unit.name"), d.fv("budget_unit.name"))
                         if fv is not None and isinstance(fv.value, str) and fv.value.strip()), None)
    forms = "、".join(f"{form}“{sheet}”" + (f"（单位：{unit}）" if unit else "") for form, sheet, unit in d.others)
    other_unit = any(unit and checked_unit and not same_unit(unit, checked_unit) for _, _, unit in d.others)
    yield r.finding(cells=[f"{sheet}!A1" for _, sheet, _ in d.others], severity="warning" if other_unit else None,
                    forms=forms, checked=f"“{checked_unit}”的表" if checked_unit else "第一份")


# What people type for "nothing here": read as an empty cell, said as a hint.
PLACEHOLDERS = {"-", "－", "—", "——", "/", "／", "无", "空", "—/—", "n/a", "N/A", "不适用"}
_DATE_FORMAT = ("yy", "mm-dd", "m/d", "d/m", "年", "月", "日")


def _numeric_cells(d) -> list[tuple[str, FieldValue]]:
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
    for name, fv in _numeric_cells(ctx.data):
        cells = [fv.address] if fv.address else []
        if isinstance(fv.value, (int, float)) and not isinstance(fv.value, bool):
            fmt = fv.number_format.lower()
            if fv.formula is None and fmt != "general" and any(m in fmt for m in _DATE_FORMAT):
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
    for name, fv in _numeric_cells(ctx.data):
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
