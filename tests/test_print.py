"""The forms as printed: rows tall enough for their text, a footer with room, labels as
the standard forms write them, signature lines on both sheets."""

import shutil
import subprocess

import openpyxl
import pytest

from perfxl.forms import attachment3, attachment4
from perfxl.forms.workbook import build_forms
from perfxl.xlsx import styles, template
from perfxl.xlsx.reader import read_workbook

from .conftest import EXAMPLE_WORKBOOK

TEMPLATE = EXAMPLE_WORKBOOK.parent.parent / "templates" / "部门整体支出绩效自评表_2025.xlsx"
A3, A4 = attachment3.SHEET_TITLE, attachment4.SHEET_TITLE


def _width_px(ws, cell):
    for rng in ws.merged_cells.ranges:
        if cell.coordinate in rng:
            if rng.max_row > rng.min_row:
                return None, rng       # a label down several rows
            cols = range(rng.min_col, rng.max_col + 1)
            break
    else:
        cols = [cell.column]
    return styles.column_pixels(sum(ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width for c in cols)), None


def _clipped(path):
    """Cells whose text needs more height than their row has."""
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if not isinstance(c.value, str) or c.value.startswith("=") or not c.value:
                    continue
                width, tall = _width_px(ws, c)
                if tall is not None:
                    height = sum(ws.row_dimensions[r].height or 15 for r in range(tall.min_row, tall.max_row + 1))
                    width = styles.column_pixels(ws.column_dimensions[c.column_letter].width)
                else:
                    height = ws.row_dimensions[c.row].height or 15
                need = styles.height_needed(c.value, width, c.font.sz or 11, bool(c.font.b))
                if need > height + 0.01:
                    out.append((ws.title, c.coordinate, c.value, need, height))
    return out


@pytest.mark.parametrize("path", [TEMPLATE, EXAMPLE_WORKBOOK], ids=["template", "example"])
def test_no_text_is_clipped_by_its_row(path):
    assert _clipped(path) == []


def test_long_labels_get_taller_rows():
    wb = template.build_workbook(build_forms(2025))
    ws = wb[A4]
    labels = {c.value: c.row for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert ws.row_dimensions[labels["服务对象满意度指标"]].height > 20
    values = {"indicator.level1": ["效益指标（30分）", "满意度指标（10分）", "产出指标"],
              "indicator.level3": ["农村环境整治目标任务完成率达到省定标准", "群众满意度", "短"]}
    ws = template.build_workbook(build_forms(2025), values)[A4]
    first = build_forms(2025).sheets[1].blocks["指标"].first_row
    assert ws.row_dimensions[first].height > 20 and ws.row_dimensions[first + 1].height > 20
    # silent: a row whose text fits keeps the form's height
    assert ws.row_dimensions[first + 2].height == 20


def test_estimate_counts_lines():
    assert styles.lines_needed("短", styles.column_pixels(11), 10) == 1
    assert styles.lines_needed("服务对象满意度指标", styles.column_pixels(11), 10) == 2
    assert styles.lines_needed("年度预算\n申请\n（万元）", styles.column_pixels(9), 10, True) == 3


def test_budget_heading_keeps_its_bracket_whole():
    ws = template.build_workbook(build_forms(2025))[A4]
    cell = next(c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "年度预算" in c.value)
    width = styles.column_pixels(ws.column_dimensions[cell.column_letter].width)
    lines = cell.value.split("\n")
    assert "（万元）" in lines                       # the bracket is one line of its own
    assert all(styles.lines_needed(line, width, cell.font.sz, cell.font.b) == 1 for line in lines)


@pytest.mark.parametrize("path", [TEMPLATE, EXAMPLE_WORKBOOK], ids=["template", "example"])
def test_footer_has_room(path):
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        m = ws.page_margins
        assert m.bottom >= 0.8 and m.footer <= 0.3
        assert (m.bottom - m.footer) * 72 >= 2 * 10            # two lines of 10 pt between footer and table
        assert ws.oddFooter.center.text == "第 &P 页，共 &N 页"


def test_blank_template_flags_nothing():
    """The 总分值 alert waits for indicator 分值: a blank form holds only 预算执行分值 10."""
    wb = template.build_workbook(build_forms(2025))
    ws = wb[A4]
    form = build_forms(2025)
    sheet = form.sheets[1]
    row, col = sheet.addresses["total.weight"]
    ref = template.cell_ref(row, col)
    rules = [r for cf in ws.conditional_formatting for r in cf.rules if ref in str(cf.sqref)]
    block = sheet.blocks["指标"]
    wcol = openpyxl.utils.get_column_letter(sheet.addresses["indicator.weight"][1])
    assert rules and all(f"COUNT(${wcol}${block.first_row}:${wcol}${block.last_row})>0" in r.formula[0] for r in rules)


@pytest.mark.parametrize("sheet", [A3, A4])
def test_both_forms_have_signature_lines(sheet):
    ws = template.build_workbook(build_forms(2025))[sheet]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    for label in ("填表人：", "联系电话：", "单位负责人签字：", "填报日期："):
        assert label in texts, (sheet, label)


def test_savings_measures_standard_term():
    ws = template.build_workbook(build_forms(2025))[A3]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "厉行节约保障措施" in texts and "例行节约保障措施" not in texts
    wb = template.build_workbook(build_forms(2025))
    assert "厉行节约保障措施" in wb.defined_names


def test_earlier_name_and_label_still_read(tmp_path):
    # a workbook from an earlier template: defined name 例行节约保障措施
    wb = template.build_workbook(build_forms(2023), {"unit.name": "甲镇", "savings.measures": "严控三公经费"})
    dn = wb.defined_names["厉行节约保障措施"]
    del wb.defined_names["厉行节约保障措施"]
    dn.name = "例行节约保障措施"
    wb.defined_names["例行节约保障措施"] = dn
    path = tmp_path / "旧模板.xlsx"
    wb.save(path)
    data = read_workbook(path)[0]
    assert data.values["savings.measures"].value == "严控三公经费"
    assert "savings.measures" not in data.missing


@pytest.mark.parametrize("label", ["厉行节约保障措施", "例行节约保障措施"])
def test_county_forms_read_with_either_term(tmp_path, label):
    from . import county

    a3 = [list(r) for r in county.A3_ROWS]
    i = next(i for i, r in enumerate(a3) if r and r[0] == "例行节约保障措施")
    a3[i] = [label, "严控三公经费"]
    data = read_workbook(county.build(tmp_path / "县表.xlsx", a3=a3))[0]
    assert data.values["savings.measures"].value == "严控三公经费"
    # the project block ends before it either way
    assert all(fv.value != label for fv in data.blocks.get("buildings.name", []))


@pytest.mark.libreoffice
def test_every_page_renders_with_its_footer(libreoffice, tmp_path):
    from .render import render

    if not shutil.which("pdftoppm"):
        pytest.fail("poppler-utils（pdftoppm）未安装")
    pages = render([TEMPLATE, EXAMPLE_WORKBOOK], tmp_path)
    for pdf, pngs in pages.items():
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout.split("\f")
        text = [t for t in text if t.strip()]
        assert len(pngs) == len(text) >= 3
        for i, page in enumerate(text, start=1):
            assert f"第 {i} 页，共 {len(text)} 页" in page
        last = text[-1]
        assert "单位负责人签字" in last and "评价等级" in last


def _result_wraps(path, sheet, first_row, cols):
    ws = openpyxl.load_workbook(path)[sheet]
    rule_col = 3 if sheet == "检查结果" else 4
    last = max(r for r in range(first_row, ws.max_row + 1) if ws.cell(r, rule_col).value)   # the findings, not the summary
    out = {}
    for c in cols:
        rows = [r for r in range(first_row, last + 1) if ws.cell(r, c).value]
        assert rows, c
        out[c] = all(ws.cell(r, c).alignment.wrap_text for r in rows)
    return out


def test_summary_findings_sheet_wraps_the_cells_column(tmp_path):
    from perfxl.cli import main

    folder = tmp_path / "材料"
    folder.mkdir()
    shutil.copy(EXAMPLE_WORKBOOK, folder / "北山镇.xlsx")
    assert main(["batch", str(folder), "-o", str(tmp_path / "汇总.xlsx")]) == 1
    assert _result_wraps(tmp_path / "汇总.xlsx", "问题清单", 2, (6, 5, 9)) == {6: True, 5: True, 9: True}
