"""LibreOffice as an independent engine: recalculated templates must agree with Python."""

import math
import shutil
import subprocess

import openpyxl
import pytest

from perfxl.forms.workbook import build_forms, evaluate
from perfxl.xlsx import template
from .names import read_by_names, write_by_name

from .conftest import EXAMPLE_WORKBOOK

pytestmark = pytest.mark.libreoffice

A3, A4 = "附件3基础数据表", "附件4绩效自评表"
YEAR = 2024

INPUTS = {
    "单位名称": "测试镇人民政府",
    "编制数": 114, "实际在职人数": 127,
    "公车购置_上年决算数": 0, "公车运行维护_上年决算数": 4.74, "出国经费_上年决算数": 0, "公务接待费_上年决算数": 5.11,
    "公车购置_本年预算数": 0, "公车运行维护_本年预算数": 6, "公务接待费_本年预算数": 5,
    "公车运行维护_本年决算数": 4.74, "公务接待费_本年决算数": 4.99,
    "项目支出明细_上年决算数": [86.46, 27.77, 3.1],
    "项目支出明细_本年决算数": [68.3, 71.42, None, 12.5],
    "楼堂馆所_批复规模": [1200, 800], "楼堂馆所_实际规模": [1180, 850],
    "楼堂馆所_预算投资": [300, None], "楼堂馆所_实际投资": [295.5, 10],
    "年初预算数": 2224.35, "全年预算数": 3630.41, "全年执行数": 3619.44,
    "一般公共预算": 2751.84, "政府性基金拨款": 23, "纳入专户管理的非税收入拨款": 0, "其他资金": 855.57,
    "基本支出": 2998.29, "项目支出": 621.15,
    "指标_一级指标": ["产出指标（50分）", "产出指标（50分）", "效益指标（30分）", "满意度指标（10分）", "满意度指标"],
    "指标_三级指标": ["新增企业", "改厕", "旅游增收", "群众满意度", "信访满意度"],
    "指标_分值": [20, 28.5, 30, 6, 4],
    "指标_得分": [20, 27.25, 29.5, 6, 3.8],
}


def fill(path, inputs, year=YEAR, **rows):
    wb = template.build_workbook(build_forms(year, **rows))
    for name, value in inputs.items():
        write_by_name(wb, name, value)
    wb.save(path)
    return path


def formula_cells(path):
    wb = openpyxl.load_workbook(path)
    return sum(1 for ws in wb.worksheets for row in ws.iter_rows() for c in row
               if isinstance(c.value, str) and c.value.startswith("="))


def norm(v):
    return None if v == "" else v


def assert_engine_agrees(lo_path, indicator_rows=None, project_rows=None):
    """Every computed field LibreOffice produced equals Python's evaluation of the inputs."""
    wb = openpyxl.load_workbook(lo_path, data_only=True)
    form = build_forms(YEAR, indicator_rows=indicator_rows, project_rows=project_rows)
    got = read_by_names(wb, form)
    assert set(got) == set(form.fields), "every field's defined name survives the round trip"
    inputs = {k: v for k, v in got.items() if not form.fields[k].computed}
    expected = evaluate(form, inputs)
    checked = 0
    for key, fld in form.fields.items():
        if not fld.computed:
            continue
        lo_vals = got[key] if fld.is_range else [got[key]]
        py_vals = expected[key] if fld.is_range else [expected[key]]
        assert len(lo_vals) == len(py_vals), key
        for lo_v, py_v in zip(lo_vals, py_vals):
            lo_v = norm(lo_v)
            if isinstance(py_v, float):
                assert isinstance(lo_v, (int, float)) and math.isclose(lo_v, py_v, rel_tol=1e-12, abs_tol=1e-12), \
                    (key, lo_v, py_v)
            else:
                assert lo_v == py_v, (key, lo_v, py_v)
            checked += 1
    return got, checked


@pytest.fixture(scope="module")
def engine(libreoffice, tmp_path_factory):
    d = tmp_path_factory.mktemp("lo")
    lo = libreoffice
    blank = d / "blank.xlsx"
    template.build_workbook(build_forms(YEAR)).save(blank)
    filled = fill(d / "filled.xlsx", INPUTS)
    inserted = fill(d / "inserted.xlsx", INPUTS)
    form = build_forms(YEAR)
    ind_first = form.sheets[1].blocks["指标"].first_row
    proj_first = form.sheets[0].blocks["项目支出明细"].first_row
    # Rows inserted by the engine inside each block, then filled as a person would.
    task = lo.Task(inserted, d / "inserted_lo.xlsx")
    task.insert_rows(A4, ind_first + 2, 2)
    task.set(A4, f"B{ind_first + 2}", "产出指标（50分）").set(A4, f"G{ind_first + 2}", 1.5)
    task.set(A4, f"H{ind_first + 2}", 1.25)
    task.set(A4, f"B{ind_first + 3}", "效益指标").set(A4, f"G{ind_first + 3}", 2).set(A4, f"H{ind_first + 3}", 2)
    task.insert_rows(A3, proj_first + 1, 1)
    task.set(A3, f"A{proj_first + 1}", "新增专项").set(A3, f"B{proj_first + 1}", 10.01)
    task.set(A3, f"F{proj_first + 1}", 20.02)
    tasks = [
        lo.Task(blank, d / "blank_lo.xlsx"),
        lo.Task(filled, d / "filled_lo.xlsx"),
        task,
        lo.Task(EXAMPLE_WORKBOOK, d / "example_lo.xlsx"),
        lo.Task(blank, d / "blank.pdf", "pdf"),
    ]
    lo.run(tasks)
    return d


def test_blank_template_shows_empty_results_not_errors(engine):
    got, checked = assert_engine_agrees(engine / "blank_lo.xlsx")
    assert checked == formula_cells(engine / "blank.xlsx")
    wb = openpyxl.load_workbook(engine / "blank_lo.xlsx", data_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert not (isinstance(c.value, str) and (c.value.startswith("#") or c.value.startswith("Err:"))), \
                    (ws.title, c.coordinate, c.value)
    assert got["staff.control_rate"] in (None, "") and got["total.grade"] in (None, "")
    assert got["total.weight"] == 10  # 预算执行分值 is pre-filled


def test_filled_template_agrees_with_python(engine):
    got, checked = assert_engine_agrees(engine / "filled_lo.xlsx")
    assert checked == formula_cells(engine / "filled.xlsx")
    assert round(got["staff.control_rate"], 3) == 1.114
    assert got["budget.score"] == 9.97
    assert got["funds.sangong.prev_actual"] == pytest.approx(9.85)
    assert got["funds.projects.actual"] == pytest.approx(68.3 + 71.42 + 12.5)
    assert got["section.产出指标.weight"] == 48.5
    assert got["total.score"] == pytest.approx(9.97 + 20 + 27.25 + 29.5 + 6 + 3.8)
    assert got["total.grade"] == "优"  # 96.52
    assert got["buildings.area_rate"][:3] == [pytest.approx(1180 / 1200), pytest.approx(850 / 800), None]


def test_rows_inserted_inside_blocks_are_counted(engine):
    got, _ = assert_engine_agrees(engine / "inserted_lo.xlsx", indicator_rows=47, project_rows=10)
    assert len(got["indicator.weight"]) == 47
    assert got["section.产出指标.weight"] == 48.5 + 1.5
    assert got["section.效益指标.score"] == 29.5 + 2
    assert got["total.weight"] == pytest.approx(10 + 88.5 + 1.5 + 2)
    assert got["funds.projects.prev_actual"] == pytest.approx(86.46 + 27.77 + 3.1 + 10.01)
    assert got["funds.projects.actual"] == pytest.approx(68.3 + 71.42 + 12.5 + 20.02)


def test_example_workbook_recalculates_to_the_seeds_figures(engine):
    wb = openpyxl.load_workbook(engine / "example_lo.xlsx", data_only=True)
    form = build_forms(2023, indicator_rows=45)
    got = read_by_names(wb, form)
    assert round(got["staff.control_rate"] * 100, 1) == 111.4
    assert round(got["budget.rate"] * 100, 1) == 99.7
    assert got["budget.score"] == 9.97
    assert got["total.score"] == pytest.approx(99.97)
    assert got["total.weight"] == 100
    assert got["total.grade"] == "优"
    assert got["funds.sangong.prev_actual"] == 9.84  # as submitted
    assert got["section.产出指标.weight"] == 48  # the header says 50
    assert got["section.效益指标.weight"] == 40  # the header says 30
    assert got["section.满意度指标.weight"] == 2  # the header says 10


def _pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    sizes = [line for line in info.splitlines() if line.startswith("Page size")]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return sizes, text.split("\f")


def test_pdf_fits_a4_width(engine):
    if not shutil.which("pdftotext"):
        pytest.fail("poppler-utils（pdftotext/pdfinfo）未安装")
    sizes, pages = _pdf_pages(engine / "blank.pdf")
    assert sizes and all("(A4)" in s for s in sizes)
    pages = [p for p in pages if p.strip()]
    # No column spills onto a page of its own: each table's first and last column share a page.
    assert any("财政供养人员情况" in p and "投资概算" in p and "单位负责人签字" in p for p in pages)
    header_pages = [p for p in pages if "三级指标" in p]
    assert header_pages and all("偏差原因分析及改进措施" in p and "一级指标" in p for p in header_pages)
    assert any("评价等级" in p for p in pages)
    assert len(pages) <= 4
