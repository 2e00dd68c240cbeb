import zipfile

import openpyxl
import pytest

from perfxl.cli import main
from perfxl.forms.workbook import build_forms
from perfxl.xlsx import template
from .names import name_values, read_year
from perfxl.xlsx.styles import COMPUTED_FILL, INPUT_FILL

from .conftest import ROOT


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("t") / "模板.xlsx"
    assert main(["new", "--unit", "北山镇人民政府", "--year", "2024", "-o", str(path)]) == 0
    return openpyxl.load_workbook(path)


def cell_of(wb, name):
    (sheet, ref), = wb.defined_names[name].destinations
    return wb[sheet][ref.replace("$", "").split(":")[0]]


def test_two_sheets_with_chinese_names(book):
    assert book.sheetnames == ["附件3基础数据表", "附件4绩效自评表"]


def test_unit_and_year(book):
    assert name_values(book, "单位名称") == ["北山镇人民政府"]
    assert read_year(book) == 2024
    a3 = book["附件3基础数据表"]
    texts = {c.value for row in a3.iter_rows() for c in row if isinstance(c.value, str)}
    assert {"2023年决算数", "2024年预算数", "2024年决算数", "单位：万元", "部门整体支出绩效评价基础数据表"} <= texts
    assert any(t.startswith("说明：“县级专项资金”") for t in texts)
    assert {"填表人：", "填报日期：", "联系电话：", "单位负责人签字："} <= texts


def test_every_form_field_has_its_defined_name(book):
    form = build_forms(2024)
    for fld in form.fields.values():
        assert fld.name in book.defined_names, fld.name


def test_block_names_cover_whole_columns(book):
    (sheet, ref), = book.defined_names["指标_分值"].destinations
    assert sheet == "附件4绩效自评表"
    first, last = ref.replace("$", "").split(":")
    assert int(last[1:]) - int(first[1:]) + 1 >= 40


def test_input_and_computed_cells_look_different(book):
    for name in ("编制数", "全年预算数", "公车购置_本年决算数"):
        assert cell_of(book, name).fill.fgColor.rgb.endswith(INPUT_FILL.fgColor.rgb[-6:])
        assert cell_of(book, name).data_type != "f"
    for name in ("在职人员控制率", "三公经费_本年决算数", "预算执行率", "预算执行得分", "总得分", "评价等级"):
        cell = cell_of(book, name)
        assert cell.fill.fgColor.rgb.endswith(COMPUTED_FILL.fgColor.rgb[-6:])
        assert str(cell.value).startswith("="), name


def test_computed_cells_hold_native_formulas(book):
    assert cell_of(book, "在职人员控制率").value == '=IF(OR(N(编制数)=0,实际在职人数=""),"",实际在职人数/编制数)'
    assert "SUM(项目支出明细_本年决算数)" in cell_of(book, "项目支出_本年决算数").value
    assert "SUMIF(指标_一级指标" in cell_of(book, "产出指标_分值").value
    assert cell_of(book, "预算执行分值").value == 10


def test_per_row_rates_use_their_own_row(book):
    ws = book["附件3基础数据表"]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "/" in c.value and c.column == 4]
    assert cells, "规模控制率 formulas"
    for c in cells:
        assert f"C{c.row}/B{c.row}" in c.value


def test_validation_rejects_negative_and_text(book):
    ws = book["附件3基础数据表"]
    amount = [dv for dv in ws.data_validations.dataValidation if dv.type == "decimal"]
    assert amount and amount[0].operator == "greaterThanOrEqual" and amount[0].formula1 == "0"
    assert amount[0].showErrorMessage and "万元" in amount[0].error
    refs = " ".join(str(dv.sqref) for dv in amount)
    addr = cell_of(book, "公车购置_本年决算数").coordinate
    assert addr in refs
    assert cell_of(book, "三公经费_本年决算数").coordinate not in refs  # computed: no input validation
    counts = [dv for dv in ws.data_validations.dataValidation if dv.type == "whole"]
    assert cell_of(book, "编制数").coordinate in " ".join(str(dv.sqref) for dv in counts)


def test_a4_print_setup(book):
    for ws in book.worksheets:
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert book["附件4绩效自评表"].print_title_rows


def test_chinese_fonts(book):
    fonts = {c.font.name for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value}
    assert fonts <= {"宋体", "黑体"}


def test_no_macros_in_template(tmp_path):
    path = tmp_path / "x.xlsx"
    template.save(template.build_workbook(build_forms(2025)), path)
    names = zipfile.ZipFile(path).namelist()
    assert not [n for n in names if "vba" in n.lower()]


def test_output_is_reproducible(tmp_path):
    a = template.workbook_bytes(template.build_workbook(build_forms(2025)))
    b = template.workbook_bytes(template.build_workbook(build_forms(2025)))
    assert a == b


def test_committed_template_is_what_new_produces(tmp_path):
    committed = ROOT / "templates" / "部门整体支出绩效自评表_2025.xlsx"
    fresh = tmp_path / "fresh.xlsx"
    assert main(["new", "--year", "2025", "-o", str(fresh)]) == 0
    assert committed.read_bytes() == fresh.read_bytes(), "templates/ 已过期：请运行 README 中的模板生成命令"
