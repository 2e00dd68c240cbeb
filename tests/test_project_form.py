"""The 项目支出绩效自评表 template: written with native formulas and defined names, read back
on its labels at exactly the cells its names point at, checked, and recalculated by
LibreOffice to the figures Python computes."""

from __future__ import annotations

import math

import openpyxl
import pytest

from perfxl.app.check import check
from perfxl.cli import main
from perfxl.forms import project as P
from perfxl.forms.workbook import build_project_form, evaluate
from perfxl.xlsx import template
from .names import name_cells, read_by_names, write_by_name

YEAR = 2024
INPUTS = {
    "项目_项目名称": "农村人居环境整治",
    "项目_主管部门": "某县农业农村局",
    "项目_实施单位": "某镇人民政府",
    "项目_本年财政拨款_年初预算数": 80, "项目_本年财政拨款_全年预算数": 90, "项目_本年财政拨款_全年执行数": 85.5,
    "项目_上年结转资金_年初预算数": 10, "项目_上年结转资金_全年预算数": 10, "项目_上年结转资金_全年执行数": 9.2,
    "项目_其他资金_全年预算数": 0,
    "项目_预期目标": "完成 20 个村的改厕与垃圾治理。",
    "项目_实际完成情况": "完成 21 个村。",
    "项目_指标_一级指标": ["产出指标", "产出指标", "效益指标", "满意度指标"],
    "项目_指标_二级指标": ["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"],
    "项目_指标_三级指标": ["改厕村数", "验收合格率", "人居环境改善", "群众满意度"],
    "项目_指标_年度指标值": ["≥20个", "≥95%", "明显改善", "≥90%"],
    "项目_指标_实际完成值": ["21个", "98%", "明显改善", "95%"],
    "项目_指标_分值": [30, 20, 30, 10],
    "项目_指标_得分": [30, 20, 28, 10],
}


def _filled(path, inputs=INPUTS):
    wb = template.build_workbook(build_project_form(YEAR))
    for name, value in inputs.items():
        write_by_name(wb, name, value)
    wb.save(path)
    return path


def test_new_writes_the_project_form(tmp_path, capsys):
    out = tmp_path / "项目.xlsx"
    assert main(["new", "--form", "项目", "--year", str(YEAR), "--unit", "某镇人民政府", "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [P.SHEET_TITLE]
    assert wb.properties.title == "项目支出绩效自评表"
    ws = wb[P.SHEET_TITLE]
    assert ws.print_title_rows  # the indicator heading repeats on every printed page
    total = name_cells(wb, "项目_年度资金总额_全年预算数")[0]
    assert total.value.startswith("=") and "SUM(" in total.value
    assert name_cells(wb, "项目_总得分")[0].value.startswith("=")
    assert name_cells(wb, "项目_实施单位")[0].value == "某镇人民政府"


def test_department_form_stays_the_default(tmp_path):
    out = tmp_path / "部门.xlsx"
    assert main(["new", "--year", str(YEAR), "-o", str(out)]) == 0
    assert openpyxl.load_workbook(out).sheetnames == ["附件3基础数据表", "附件4绩效自评表"]


def test_template_reads_on_its_labels_where_its_names_point(tmp_path):
    path = _filled(tmp_path / "filled.xlsx")
    review = check(path)
    assert review.data is None and len(review.projects) == 1
    project = review.projects[0]
    assert project.name == "农村人居环境整治"
    wb = openpyxl.load_workbook(path)
    form = build_project_form(YEAR)
    compared = 0
    for key, fld in form.fields.items():
        cells = name_cells(wb, fld.name)
        if cells is None:
            continue  # fund lines the national template does not print
        if fld.is_range:
            got = [fv.ref for fv in project.blocks.get(key, [])]
            assert got == [c.coordinate for c in cells[:len(got)]] and len(got) == 4, key
        elif key == "project.total.grade":
            continue  # 评价等级 is a formula result, empty until calculated
        else:
            assert project.values[key].ref == cells[0].coordinate, key
        compared += 1
    assert compared >= 25
    assert [f.rule for f in review.findings if f.severity == "error"] == []


def test_errors_typed_into_the_template_are_caught(tmp_path):
    inputs = dict(INPUTS)
    inputs["项目_指标_得分"] = [31, 20, 28, 10]          # over its 分值
    inputs["项目_年度资金总额_全年执行数"] = 90          # typed over the formula: 85.5 + 9.2 = 94.7
    review = check(_filled(tmp_path / "bad.xlsx", inputs))
    rules = {f.rule for f in review.findings if f.severity == "error"}
    assert {"PRJ-SCORE-OVER-WEIGHT", "PRJ-FUNDS-SUM"} <= rules


# -- LibreOffice as the independent engine ---------------------------------------------

@pytest.mark.libreoffice
def test_libreoffice_recalculates_the_project_form_like_python(libreoffice, tmp_path):
    lo = libreoffice
    blank = tmp_path / "blank.xlsx"
    template.build_workbook(build_project_form(YEAR)).save(blank)
    filled = _filled(tmp_path / "filled.xlsx")
    lo.run([lo.Task(blank, tmp_path / "blank_lo.xlsx"), lo.Task(filled, tmp_path / "filled_lo.xlsx"),
            lo.Task(blank, tmp_path / "blank.pdf", "pdf")])
    form = build_project_form(YEAR)
    for name in ("blank_lo.xlsx", "filled_lo.xlsx"):
        wb = openpyxl.load_workbook(tmp_path / name, data_only=True)
        got = read_by_names(wb, form)
        inputs = {k: v for k, v in got.items() if not form.fields[k].computed}
        expected = evaluate(form, inputs)
        checked = 0
        for key, fld in form.fields.items():
            if not fld.computed or key not in got:
                continue
            lo_v, py_v = got[key], expected[key]
            lo_v = None if lo_v == "" else lo_v
            if isinstance(py_v, float):
                assert isinstance(lo_v, (int, float)) and math.isclose(lo_v, py_v, rel_tol=1e-12, abs_tol=1e-12), \
                    (name, key, lo_v, py_v)
            else:
                assert lo_v == py_v, (name, key, lo_v, py_v)
            checked += 1
        assert checked >= 6
    wb = openpyxl.load_workbook(tmp_path / "filled_lo.xlsx", data_only=True)
    got = read_by_names(wb, form)
    assert got["project.funds.total.adjusted"] == pytest.approx(100)
    assert got["project.funds.total.executed"] == pytest.approx(94.7)
    assert got["project.funds.total.rate"] == pytest.approx(0.947)
    assert got["project.funds.total.score"] == pytest.approx(9.47)
    assert got["project.total.score"] == pytest.approx(9.47 + 88)
    assert got["project.total.grade"] == "优"
    # Printed like 附件4: A4 pages one table wide, the indicator heading on every page.
    from .test_libreoffice import _pdf_pages

    sizes, pages = _pdf_pages(tmp_path / "blank.pdf")
    assert sizes and all("(A4)" in s for s in sizes)
    pages = [p for p in pages if p.strip()]
    assert any("项目名称" in p and "全年执行数" in p and "得分" in p for p in pages)
    header_pages = [p for p in pages if "三级指标" in p]
    assert header_pages and all("偏差原因分析及改进措施" in p and "一级指标" in p for p in header_pages)
    assert any("评价等级" in p for p in pages) and len(pages) <= 3


def test_batch_summary_lists_every_project(tmp_path):
    folder = tmp_path / "交来的表"
    folder.mkdir()
    _filled(folder / "某镇项目.xlsx")
    bad = dict(INPUTS, **{"项目_项目名称": "村道维修", "项目_指标_得分": [31, 20, 28, 10]})
    _filled(folder / "另一镇项目.xlsx", bad)
    out = tmp_path / "汇总.xlsx"
    assert main(["batch", str(folder), "-o", str(out)]) == 1
    wb = openpyxl.load_workbook(out)
    rows = list(wb["项目"].iter_rows(min_row=2, values_only=True))
    by_name = {r[2]: r for r in rows}
    assert set(by_name) == {"农村人居环境整治", "村道维修"}
    assert by_name["村道维修"][9] >= 1 and by_name["农村人居环境整治"][9] == 0
    assert by_name["农村人居环境整治"][4] == pytest.approx(100)



def test_department_forms_and_project_sheets_in_one_workbook(tmp_path):
    from .conftest import EXAMPLE_WORKBOOK

    department = check(EXAMPLE_WORKBOOK)
    wb = openpyxl.load_workbook(EXAMPLE_WORKBOOK)
    project = template.build_workbook(build_project_form(YEAR))
    for name, value in INPUTS.items():
        write_by_name(project, name, value)
    ws = wb.create_sheet(P.SHEET_TITLE)
    for row in project[P.SHEET_TITLE].iter_rows():
        for c in row:
            if c.value is not None:
                ws.cell(c.row, c.column, c.value)
    for rng in project[P.SHEET_TITLE].merged_cells.ranges:
        ws.merge_cells(str(rng))
    path = tmp_path / "合并.xlsx"
    wb.save(path)
    review = check(path)
    assert review.data is not None and review.data.source == "names"
    assert [p.name for p in review.projects] == ["农村人居环境整治"]
    # the department findings are unchanged; the project adds none (its figures agree)
    assert sorted((f.rule, tuple(f.cells)) for f in review.findings) == \
        sorted((f.rule, tuple(f.cells)) for f in department.findings)
    assert "projects" in review.as_dict() and "projects" not in department.as_dict()


def _stacked(path, twice_named: bool):
    """Two project tables on one sheet, the second below the first (its 得分 31 > 分值 30)."""
    wb = openpyxl.load_workbook(_filled(path))
    ws = wb[P.SHEET_TITLE]
    second = dict(INPUTS, **{"项目_指标_得分": [31, 20, 28, 10]})
    if not twice_named:
        second["项目_项目名称"] = "村道维修"
    other = template.build_workbook(build_project_form(YEAR))
    for name, value in second.items():
        write_by_name(other, name, value)
    src = other[P.SHEET_TITLE]
    shift = ws.max_row + 3
    for row in src.iter_rows():
        for c in row:
            if c.value is not None:
                ws.cell(c.row + shift, c.column, c.value if not str(c.value).startswith("=") else None)
    for rng in src.merged_cells.ranges:
        ws.merge_cells(start_row=rng.min_row + shift, start_column=rng.min_col,
                       end_row=rng.max_row + shift, end_column=rng.max_col)
    wb.save(path)
    return path


def test_projects_stacked_on_one_sheet_are_counted_as_projects_and_namesakes_told_apart(tmp_path, capsys):
    review = check(_stacked(tmp_path / "两个项目.xlsx", twice_named=True))
    assert len(review.projects) == 2
    line = review.summary_line()
    assert "2 个项目" in line and "1 张工作表" in line and "2 张" not in line
    labels = [p.label for p in review.projects]
    assert labels[0] != labels[1] and all(label.startswith("农村人居环境整治（") for label in labels)
    assert main(["check", str(tmp_path / "两个项目.xlsx")]) == 1
    out = capsys.readouterr().out
    assert all(f"项目“{label}”" in out for label in labels)
    # a finding of the second project names it with its place, and is counted as its own
    rows = review.project_rows()
    assert rows[1]["errors"] >= 1 and rows[0]["errors"] == 0


def test_projects_with_different_names_keep_their_plain_names(tmp_path):
    review = check(_stacked(tmp_path / "两个项目.xlsx", twice_named=False))
    assert [p.label for p in review.projects] == ["农村人居环境整治", "村道维修"]


def test_a_blank_total_is_unfilled_not_missing(tmp_path, capsys):
    from .names import name_cells

    wb = openpyxl.load_workbook(_filled(tmp_path / "项目.xlsx"))
    name_cells(wb, "项目_总得分")[0].value = None
    wb.save(tmp_path / "空总分.xlsx")
    review = check(tmp_path / "空总分.xlsx")
    messages = [f.message for f in review.findings if f.rule == "PRJ-NOT-FOUND"]
    assert messages == ["项目“农村人居环境整治”：“总分”未填写，用到它们的检查已跳过。"]
    # silent: a filled total says nothing
    assert not [f for f in check(tmp_path / "项目.xlsx").findings if f.rule == "PRJ-NOT-FOUND"]


def test_the_blank_project_template_only_says_unfilled(tmp_path):
    out = tmp_path / "空.xlsx"
    assert main(["new", "--form", "项目", "--year", str(YEAR), "-o", str(out)]) == 0
    review = check(out)
    assert review.findings and all(f.severity == "info" and "未填写" in f.message and "未找到" not in f.message
                                   for f in review.findings)


def test_a_table_without_indicator_heading_still_says_not_found(tmp_path):
    wb = openpyxl.load_workbook(_filled(tmp_path / "项目.xlsx"))
    ws = wb[P.SHEET_TITLE]
    for row in ws.iter_rows():
        for c in row:
            if c.value == "三级指标" or (isinstance(c.value, str) and c.value.startswith("三级指标")):
                c.value = None
    wb.save(tmp_path / "无指标.xlsx")
    # a project table without its indicator block is not understood: refused, never checked as clean
    from perfxl.errors import UnrecognisedWorkbook

    with pytest.raises(UnrecognisedWorkbook, match="未找到.*三级指标"):
        check(tmp_path / "无指标.xlsx")


def test_an_uncached_grade_formula_counts_as_present(tmp_path):
    # saved by openpyxl: formulas without cached values; perfxl computes the grade as Excel would
    review = check(_filled(tmp_path / "项目.xlsx"))
    project = review.projects[0]
    assert "project.total.grade" not in project.missing
    assert project.fv("project.total.grade").value == "优"
    assert not [f for f in review.findings if f.rule == "PRJ-GRADE"]
    # and a grade typed over the formula is still checked
    from .names import name_cells

    wb = openpyxl.load_workbook(tmp_path / "项目.xlsx")
    name_cells(wb, "项目_评价等级")[0].value = "良"
    wb.save(tmp_path / "改等级.xlsx")
    assert [f for f in check(tmp_path / "改等级.xlsx").findings if f.rule == "PRJ-GRADE"]


def test_batch_summary_tells_namesakes_apart(tmp_path):
    folder = tmp_path / "交来的表"
    folder.mkdir()
    _stacked(folder / "两个项目.xlsx", twice_named=True)
    out = tmp_path / "汇总.xlsx"
    assert main(["batch", str(folder), "-o", str(out)]) in (0, 1)
    names = [r[2] for r in openpyxl.load_workbook(out)["项目"].iter_rows(min_row=2, values_only=True) if r[2]]
    assert len(names) == 2 and len(set(names)) == 2 and all(n.startswith("农村人居环境整治") for n in names)
