"""Formula cells carry their results: a reader that does not calculate (Protected View,
phone previews, viewers; here python-calamine and openpyxl's data_only) sees what a
spreadsheet engine (LibreOffice) computes."""

import math
import shutil

import openpyxl
import pytest

from perfxl.cli import main

from .conftest import EXAMPLE_WORKBOOK

ROOT = EXAMPLE_WORKBOOK.parent.parent
TEMPLATE = ROOT / "templates" / "部门整体支出绩效自评表_2025.xlsx"
DATA = EXAMPLE_WORKBOOK.with_suffix(".toml")


def formula_cells(path):
    wb = openpyxl.load_workbook(path)
    return [(ws.title, c.coordinate) for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if isinstance(c.value, str) and c.value.startswith("=")]


def stored_values(path):
    """What a values-only reader sees, by (sheet, cell)."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    out = {}
    for name in book.sheet_names:
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                out[(name, openpyxl.utils.get_column_letter(c) + str(r))] = value
    return out


def same(a, b):
    a = None if a == "" else a
    b = None if b == "" else b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cached")
    out = {"template": TEMPLATE, "example": EXAMPLE_WORKBOOK}
    assert main(["new", "--year", "2025", "-o", str(tmp / "new.xlsx")]) == 0
    out["new"] = tmp / "new.xlsx"
    assert main(["fill", str(DATA), "-o", str(tmp / "fill.xlsx")]) == 0
    out["fill"] = tmp / "fill.xlsx"
    assert main(["new", "--from", str(EXAMPLE_WORKBOOK), "--year", "2024", "-o", str(tmp / "next.xlsx")]) == 0
    out["new --from"] = tmp / "next.xlsx"
    return out


def test_every_formula_cell_has_a_stored_result(generated):
    for what, path in generated.items():
        cells = formula_cells(path)
        assert cells, what
        data_only = openpyxl.load_workbook(path, data_only=True)
        typed = [(s, c) for s, c in cells if data_only[s][c].value is not None]
        assert typed or what in ("template", "new"), what   # a blank form's results are mostly ""


def test_example_shows_its_results_without_calculation():
    values = stored_values(EXAMPLE_WORKBOOK)
    wb = openpyxl.load_workbook(EXAMPLE_WORKBOOK)
    from perfxl.forms.workbook import evaluate
    from perfxl.xlsx.reader import read_workbook

    data = read_workbook(EXAMPLE_WORKBOOK)[0]
    expected = evaluate(data.form, data.input_values())
    for key in ("total.score", "total.grade"):
        fld = data.form.fields[key]
        (sheet, ref), = wb.defined_names[fld.name].destinations
        assert values[(sheet, ref.replace("$", ""))] == expected[key] not in (None, "")


@pytest.mark.libreoffice
def test_stored_results_equal_what_libreoffice_computes(generated, libreoffice, tmp_path):
    tasks = []
    for i, path in enumerate(generated.values()):
        tasks.append(libreoffice.Task(path, tmp_path / f"lo{i}.xlsx"))
    libreoffice.run(tasks)
    for (what, path), task in zip(generated.items(), tasks):
        ours, theirs = stored_values(path), stored_values(task.target)
        cells = formula_cells(path)
        differing = [(s, c, ours.get((s, c)), theirs.get((s, c))) for s, c in cells
                     if not same(ours.get((s, c)), theirs.get((s, c)))]
        assert not differing, (what, differing[:5])
        assert any(theirs.get(cell) not in (None, "") for cell in cells) or what in ("template", "new"), what
