"""Write a form set as an .xlsx workbook with native formulas, names and validation."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, Mapping

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..celltext import put_value
from ..files import atomic_write, check_output_path, normalize_package
from ..core.profile import RuleProfile
from ..forms.model import Cell, Field, FieldKind, SheetLayout
from ..forms.workbook import FormSet
from . import styles
from ..forms.workbook import YEAR_NAME

# Data validation per input kind: (type, operator, formula1, formula2, message).
_VALIDATION: dict[FieldKind, tuple[str, str, str, str | None, str]] = {
    FieldKind.AMOUNT: ("decimal", "greaterThanOrEqual", "0", None,
                       "请输入不小于 0 的金额（单位：万元），只填数字，不要带“万元”等文字。"),
    FieldKind.AREA: ("decimal", "greaterThanOrEqual", "0", None,
                     "请输入不小于 0 的面积（单位：平方米），只填数字。"),
    FieldKind.COUNT: ("whole", "greaterThanOrEqual", "0", None, "请输入不小于 0 的整数人数。"),
    FieldKind.SCORE: ("decimal", "between", "0", "100", "请输入 0 到 100 之间的分数。"),
}


def cell_ref(row: int, col: int, absolute: bool = False) -> str:
    d = "$" if absolute else ""
    return f"{d}{get_column_letter(col)}{d}{row}"


def name_target(sheet: SheetLayout, fld: Field, row: int, col: int) -> str:
    """Target of a field's defined name: its cell, or its whole block column."""
    if fld.block:
        block = sheet.blocks[fld.block]
        area = f"{cell_ref(block.first_row, col, True)}:{cell_ref(block.last_row, col, True)}"
    else:
        area = cell_ref(row, col, True)
    return f"{quote_sheetname(sheet.title)}!{area}"


def build_workbook(form: FormSet, values: Mapping[str, Any] | None = None) -> Workbook:
    """A workbook for ``form``; ``values`` fills input cells (lists for block columns).

    A computed field given in ``values`` is written as that constant instead of its
    formula (used to reproduce submitted forms that typed over a formula).
    """
    values = values or {}
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in form.sheets:
        ws = wb.create_sheet(sheet.title)
        _write_sheet(ws, sheet, form, values)
        for key, (row, col) in sheet.addresses.items():
            fld = sheet.fields[key]
            wb.defined_names[fld.name] = DefinedName(fld.name, attr_text=name_target(sheet, fld, row, col))
    wb.defined_names[YEAR_NAME] = DefinedName(YEAR_NAME, attr_text=str(form.year))
    setattr(wb, CACHED_VALUES, formula_results(wb, form))
    wb.properties.creator = "perfxl"
    wb.properties.title = "部门整体支出绩效自评表"
    return wb


CACHED_VALUES = "_perfxl_formula_results"
"""Attribute of a built workbook: {sheet index: {cell: value}} for every formula cell."""


def formula_results(wb: Workbook, form: FormSet) -> dict[int, dict[str, Any]]:
    """What each formula cell of a built workbook evaluates to (None for Excel's ""),
    computed by the form's own formulas — the values saved as the cells' cached results,
    so viewers that do not calculate (Protected View, phone previews) show them."""
    from ..forms.workbook import evaluate

    # What the workbook holds, per field: constants (inputs, defaults, figures typed over a
    # formula) as values, formula cells as None; block columns as lists.
    held: dict[str, Any] = {}
    formula_at: set[tuple[str, int]] = set()
    for sheet in form.sheets:
        ws = wb[sheet.title]
        for cell in sheet.cells:
            fld = cell.field
            if fld is None:
                continue
            value = ws.cell(row=cell.row, column=cell.col).value
            is_formula = isinstance(value, str) and value.startswith("=")
            if fld.block:
                i = cell.row - sheet.blocks[fld.block].first_row
                column = held.setdefault(fld.key, [None] * form.block_size(fld.block))
                column[i] = None if is_formula else value
                if is_formula:
                    formula_at.add((fld.key, i))
            else:
                held[fld.key] = None if is_formula else value
                if is_formula:
                    formula_at.add((fld.key, -1))
    inputs = {k: v for k, v in held.items() if form.fields[k].formula is None}
    given = dict(inputs)
    pure: dict[str, Any] | None = None
    for key, v in held.items():
        if form.fields[key].formula is None:
            continue
        if isinstance(v, list):
            if all((key, i) in formula_at for i in range(len(v))):
                continue
            pure = pure if pure is not None else evaluate(form, inputs)
            column = pure.get(key) or []
            given[key] = [column[i] if (key, i) in formula_at and i < len(column) else x for i, x in enumerate(v)]
        elif (key, -1) not in formula_at:
            given[key] = v
    result = evaluate(form, given)
    out: dict[int, dict[str, Any]] = {}
    for index, sheet in enumerate(form.sheets):
        ws = wb[sheet.title]
        cells = out.setdefault(index, {})
        for cell in sheet.cells:
            fld = cell.field
            if fld is None or fld.formula is None:
                continue
            current = ws.cell(row=cell.row, column=cell.col).value
            if not (isinstance(current, str) and current.startswith("=")):
                continue
            value = result.get(fld.key)
            if fld.block:
                i = cell.row - sheet.blocks[fld.block].first_row
                value = value[i] if isinstance(value, list) and i < len(value) else None
            cells[cell_ref(cell.row, cell.col)] = value
    return out


def _cached(value: Any) -> tuple[str, str]:
    """(type attribute, <v> text) of a formula's cached result."""
    from xml.sax.saxutils import escape

    if isinstance(value, bool):
        return ' t="b"', "1" if value else "0"
    if isinstance(value, (int, float)):
        return "", repr(float(value)) if isinstance(value, float) and not value.is_integer() else str(int(value))
    return ' t="str"', escape("" if value is None else str(value))


def with_formula_results(package: bytes, results: Mapping[int, Mapping[str, Any]]) -> bytes:
    """The saved package with each formula cell's result written after its formula
    (openpyxl writes formulas with an empty cached value)."""
    import re
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    pattern = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>(.*?)</f><v\s*/>(?:</v>)?</c>|'
                         r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>(.*?)</f><v></v></c>', re.S)

    def fill(cells: Mapping[str, Any]):
        def sub(m: re.Match) -> str:
            ref, attrs, formula = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
            if ref not in cells:
                return m.group(0)
            attrs = re.sub(r'\s+t="[^"]*"', "", attrs)
            t, v = _cached(cells[ref])
            return f'<c r="{ref}"{attrs}{t}><f>{formula}</f><v>{v}</v></c>'
        return sub

    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
            if m and (int(m.group(1)) - 1) in results:
                data = pattern.sub(fill(results[int(m.group(1)) - 1]), data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data)
    return out.getvalue()


def _write_sheet(ws: Worksheet, sheet: SheetLayout, form: FormSet, values: Mapping[str, Any]) -> None:
    profile = form.profile
    for i, width in enumerate(sheet.column_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for row, height in sheet.row_heights.items():
        ws.row_dimensions[row].height = height
    validations: dict[FieldKind, list[str]] = {}
    for cell in sheet.cells:
        _style(ws, cell, profile)
        target = ws.cell(row=cell.row, column=cell.col)
        fld = cell.field
        if fld is None:
            put_value(target, cell.text)
            continue
        value = _initial_value(cell, fld, sheet, form, values)
        if isinstance(value, _Formula):
            target.value = str(value)          # perfxl's own formula: the only live one
        else:
            put_value(target, value)           # data, unit names, profile text: never a formula
        if fld.formula is None and fld.kind in _VALIDATION:
            validations.setdefault(fld.kind, []).append(cell_ref(cell.row, cell.col))
    _add_validations(ws, validations)
    _add_alerts(ws, sheet, form)
    _fit_rows(ws, sheet)
    _page_setup(ws, sheet)


def _fit_rows(ws: Worksheet, sheet: SheetLayout) -> None:
    """Raise each row to what its wrapped text needs (never below the form's own height)."""
    widths = [ws.column_dimensions[get_column_letter(i)].width or 8.43 for i in range(1, sheet.width + 1)]
    for cell in sheet.cells:
        if cell.end_row and cell.end_row > cell.row:
            continue  # a label down several rows has their combined height
        value = ws.cell(row=cell.row, column=cell.col).value
        if not isinstance(value, str) or not value or value.startswith("="):
            continue
        f = styles.font(cell.role)
        span = sum(widths[cell.col - 1:(cell.end_col or cell.col)])
        need = styles.height_needed(value, styles.column_pixels(span), f.sz or 10, bool(f.b))
        current = ws.row_dimensions[cell.row].height or 15
        if need > current:
            ws.row_dimensions[cell.row].height = round(need, 1)


class _Formula(str):
    """A formula perfxl wrote itself (everything else written to a cell is data)."""


def _initial_value(cell: Cell, fld: Field, sheet: SheetLayout, form: FormSet, values: Mapping[str, Any]) -> Any:
    """What a field's cell holds: the given value, else its formula, default or printed text."""
    given = values.get(fld.key)
    if fld.block:
        index = cell.row - sheet.blocks[fld.block].first_row
        given = given[index] if isinstance(given, list) and index < len(given) else None
    if given is not None and given != "":
        return given
    if fld.formula is not None:
        def ref(key: str) -> str:
            # Inside a block a per-row formula points at its own row; otherwise use names.
            if fld.per_row and key in sheet.addresses:
                return cell_ref(cell.row, sheet.addresses[key][1])
            return form.fields[key].name
        return _Formula(fld.formula.excel(ref, form.profile))
    if fld.key in values:
        return None  # the caller supplied this column: skeleton text is not wanted
    if isinstance(fld.default, str):
        return getattr(form.profile, fld.default)
    return cell.text


def _style(ws: Worksheet, cell: Cell, profile: RuleProfile) -> None:
    role = cell.role
    kind = cell.field.kind if cell.field is not None else None
    last_row = cell.end_row or cell.row
    last_col = cell.end_col or cell.col
    if last_row > cell.row or last_col > cell.col:
        ws.merge_cells(start_row=cell.row, start_column=cell.col, end_row=last_row, end_column=last_col)
    for r in range(cell.row, last_row + 1):
        for c in range(cell.col, last_col + 1):
            target = ws.cell(row=r, column=c)
            target.font = styles.font(role)
            target.alignment = styles.alignment(role, cell.align, kind)
            fill = styles.fill(role)
            if fill is not None:
                target.fill = fill
            if role in styles.TABLE_ROLES:
                target.border = styles.BORDER
    if kind is not None:
        ws.cell(row=cell.row, column=cell.col).number_format = styles.number_format(kind, profile)


def _add_validations(ws: Worksheet, validations: dict[FieldKind, list[str]]) -> None:
    for kind, refs in validations.items():
        vtype, operator, f1, f2, message = _VALIDATION[kind]
        dv = DataValidation(type=vtype, operator=operator, formula1=f1, formula2=f2, allow_blank=True,
                            showErrorMessage=True, errorStyle="stop", errorTitle="输入有误", error=message,
                            showInputMessage=False)
        for ref in refs:
            dv.add(ref)
        ws.add_data_validation(dv)


def _add_alerts(ws: Worksheet, sheet: SheetLayout, form: FormSet) -> None:
    """Native highlights that work without Python: 得分 above 分值, subtotals off standard."""
    if "indicator.score" in sheet.addresses:
        block = sheet.blocks[form.fields["indicator.score"].block or ""]
        wcol = get_column_letter(sheet.addresses["indicator.weight"][1])
        scol = get_column_letter(sheet.addresses["indicator.score"][1])
        top = block.first_row
        rng = f"{scol}{top}:{scol}{block.last_row}"
        ws.conditional_formatting.add(rng, FormulaRule(
            formula=[f"AND(ISNUMBER({scol}{top}),ISNUMBER({wcol}{top}),{scol}{top}>{wcol}{top})"],
            fill=styles.ALERT_FILL))
    for section in form.profile.sections:
        key = f"section.{section}.weight"
        if key in sheet.addresses:
            row, col = sheet.addresses[key]
            ref = cell_ref(row, col)
            standard = form.profile.section_weight(section)
            ws.conditional_formatting.add(ref, FormulaRule(
                formula=[f"AND(ISNUMBER({ref}),ROUND({ref},2)<>{standard:g})"], fill=styles.ALERT_FILL))
    if "total.weight" in sheet.addresses:
        row, col = sheet.addresses["total.weight"]
        ref = cell_ref(row, col)
        # Only once indicator 分值 are typed: a blank form holds just the pre-filled 预算执行分值.
        weights = ""
        if "indicator.weight" in sheet.addresses:
            block = sheet.blocks[form.fields["indicator.weight"].block or ""]
            wcol = sheet.addresses["indicator.weight"][1]
            weights = f"COUNT({cell_ref(block.first_row, wcol, True)}:{cell_ref(block.last_row, wcol, True)})>0,"
        ws.conditional_formatting.add(ref, FormulaRule(
            formula=[f"AND({weights}ISNUMBER({ref}),ROUND({ref},2)<>{form.profile.total_weight:g})"],
            fill=styles.ALERT_FILL))


def _page_setup(ws: Worksheet, sheet: SheetLayout) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.header = 0.3
    ws.page_margins.bottom = 0.8   # room for the footer below the table
    ws.page_margins.footer = 0.3
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    last_row = max(c.end_row or c.row for c in sheet.cells)
    ws.print_area = f"A1:{get_column_letter(sheet.width)}{last_row}"
    if sheet.print_title_rows:
        first, last = sheet.print_title_rows
        ws.print_title_rows = f"{first}:{last}"
    ws.sheet_view.showGridLines = False


def workbook_bytes(wb: Workbook) -> bytes:
    """The workbook as a reproducible .xlsx package."""
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    results = getattr(wb, CACHED_VALUES, None)
    if results:
        data = with_formula_results(data, results)
    return normalize_package(data)


def save(wb: Workbook, path: Path, *, force: bool = False, inputs: tuple[Path, ...] = ()) -> Path:
    target = check_output_path(Path(path), force=force, inputs=inputs)
    atomic_write(target, workbook_bytes(wb), force=force)
    return target
