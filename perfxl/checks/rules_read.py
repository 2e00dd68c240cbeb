"""What reading found: missing fields, unreadable numbers, overwritten formulas."""

from __future__ import annotations

from typing import Iterable

from ..core.values import parse_value
from ..forms.data import FieldValue
from ..forms.workbook import evaluate
from ..core.stated import agrees
from .catalog import RULES, Context, Rule, rule
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


@rule("READ-NOT-NUMBER", "应填数字的单元格填了文字", "warning",
      "“{name}”应为数字，填的是“{text}”。")
def not_number(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    cells: list[tuple[str, FieldValue]] = [(d.form.fields[k].name, fv) for k, fv in d.values.items()]
    for key, column in d.blocks.items():
        cells += [(d.form.fields[key].name, fv) for fv in column]
    for name, fv in cells:
        kind = d.form.fields[fv.key].kind
        if not kind.is_numeric or fv.value is None or not isinstance(fv.value, str) or not fv.value.strip():
            continue
        if parse_value(fv.value).is_number:
            continue
        yield r.finding(cells=[fv.address] if fv.address else [], actual=fv.value, name=name,
                        text=fv.value.strip())


@rule("FORMULA-OVERWRITTEN", "公式单元格被手工数字覆盖且与公式结果不符", "error",
      "“{name}”的公式被改成了固定值 {stated}，按公式应为 {computed}。")
def overwritten(r: Rule, ctx: Context) -> Iterable[Finding]:
    d = ctx.data
    if d.source != "names":
        return
    covered = {key for rule_ in RULES.values() for key in rule_.covers}
    values = {k: fv.value for k, fv in d.values.items() if not d.form.fields[k].computed}
    values.update({k: [fv.value for fv in col] for k, col in d.blocks.items() if not d.form.fields[k].computed})
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
