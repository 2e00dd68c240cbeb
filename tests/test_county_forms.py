"""Forms perfxl did not make: read by their labels, checked with exact findings."""

import copy
import json
from collections import Counter

import openpyxl
import pytest

from perfxl.cli import main
from perfxl.checks.runner import run_checks
from perfxl.xlsx.reader import read_workbook

from . import county

# What a careful reviewer finds in the 北山镇 2023 tables.
SEED_FINDINGS = Counter({
    ("error", "X-PROJECT-SPENDING"): 1,
    ("error", "A4-SECTION-HEADER"): 3,
    ("warning", "A3-OVERSTAFF"): 1,
    ("warning", "A4-INDICATOR-SCORE"): 1,
    ("warning", "X-COST-INDICATOR"): 2,
    ("info", "A4-OVER-TARGET"): 3,
    ("info", "X-UNIT-NAME"): 1,
    ("info", "READ-MISSING"): 1,     # the county form has no 评价等级 line
})


def findings_of(path):
    data, _ = read_workbook(path)
    return data, run_checks(data)


def summary(findings):
    return Counter((f.severity, f.rule) for f in findings)


def test_seed_layout_two_sheets(tmp_path):
    data, found = findings_of(county.build(tmp_path / "北山镇.xlsx"))
    assert data.source == "labels" and data.form.year == 2023
    assert summary(found) == SEED_FINDINGS
    x, = [f for f in found if f.rule == "X-PROJECT-SPENDING"]
    assert x.cells == ["附件3!D13", "附件4!C8"] and (x.actual, x.expected) == (139.72, 621.15)
    headers = [f.cells[0] for f in found if f.rule == "A4-SECTION-HEADER"]
    assert headers == ["附件4!B14", "附件4!B38", "附件4!B51"]
    assert not [f for f in found if f.rule == "A3-SANGONG-SUM"]  # 9.84 vs 4.74 + 0 + 5.11 is consistent


def test_values_read_from_the_seed_layout(tmp_path):
    data, _ = findings_of(county.build(tmp_path / "北山镇.xlsx"))
    assert data.number("staff.authorized") == 114 and data.number("staff.control_rate") == pytest.approx(1.114)
    assert data.number("income.general") == 2751.84  # typed inline: "其中：一般公共预算：2751.84"
    assert data.number("spending.project") == 621.15  # "项目支出：：621.15"
    assert data.number("total.score") == 99.97 and data.number("total.weight") == 100
    assert len(data.blocks["indicator.level3"]) == 39
    assert data.blocks["indicator.level1"][38].value == "满意度指标（10分）"
    assert data.blocks["indicator.level2"][3].value == "数量指标"  # forward-filled merged cell
    assert [fv.value for fv in data.blocks["projects_detail.name"]][:2] == ["1、业务工作经费", "2、运行维护经费"]


def test_one_sheet_with_title_rows_and_shifted_columns(tmp_path):
    path = county.build(tmp_path / "一张表.xlsx", one_sheet=True, title_rows=2, col_shift=2,
                        sheet_names=("Sheet1", ""))
    data, found = findings_of(path)
    assert summary(found) == SEED_FINDINGS
    x, = [f for f in found if f.rule == "X-PROJECT-SPENDING"]
    assert x.cells[0] == "Sheet1!F15" and x.cells[1].startswith("Sheet1!E")
    assert data.fv("staff.authorized").address == "Sheet1!D7"


def test_wording_variants(tmp_path):
    a3 = copy.deepcopy(county.A3_ROWS)
    a3[3][2] = "2023年实有人数"
    a3 = county.replace_row(a3, "3、公务接待费", ["3、公务接待", 5.11, 5, 4.99])
    a3 = county.replace_row(a3, "部门基本支出预算调整", ["部门整体支出预算调整", 3138.91, 2224.35, 2998.29])
    a3 = county.replace_row(a3, "1、业务工作经费", ["1、业务工作专项", 86.46, None, 68.3])
    data, found = findings_of(county.build(tmp_path / "变体.xlsx", a3=a3, merge_labels=True))
    assert data.number("staff.actual") == 127
    assert data.number("funds.reception.actual") == 4.99
    assert data.number("funds.basic_adjust.actual") == 2998.29
    assert summary(found) == SEED_FINDINGS


def test_percent_as_fraction_with_format_and_text_amounts(tmp_path):
    path = county.build(tmp_path / "格式.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["附件4"]
    ws["G5"] = 0.997
    ws["G5"].number_format = "0.0%"
    ws["B7"] = "  其中：  一般公共预算：2751.84万元"
    wb["附件3"]["D5"] = 1.114
    wb["附件3"]["D5"].number_format = "0.0%"
    wb.save(path)
    data, found = findings_of(path)
    assert data.number("income.general") == 2751.84
    assert summary(found) == SEED_FINDINGS


def test_planted_errors_are_found_with_causes(tmp_path):
    a3 = county.replace_row(county.A3_ROWS, "三公经费", ["三公经费：", 9.84, 11, 9.37])
    a3 = copy.deepcopy(a3)
    a3[4][3] = "101.4%"
    a4 = county.a4_rows()
    a4[4][6] = "162.7%"          # 执行率 on 年初预算数
    path = county.build(tmp_path / "错.xlsx", a3=a3, a4=a4)
    _, found = findings_of(path)
    by_rule = {f.rule: f for f in found}
    assert "颠倒" in by_rule["A3-SANGONG-SUM"].cause and by_rule["A3-SANGONG-SUM"].cells[0] == "附件3!D7"
    assert by_rule["A3-STAFF-RATE"].severity == "error"
    assert "年初预算数" in by_rule["A4-EXEC-RATE"].cause


def _clean_indicators():
    rows = copy.deepcopy(county.INDICATORS)
    rows[20][4] = "按计划完成"                      # no hedged wording
    rows[22][4] = "2998.29万元"                     # cost indicators state actual spending
    rows[22][3] = "≤3000万元"
    rows[23][4] = "139.72万元"
    rows[23][3] = "≤700万元"
    rows[0][0] = "产出指标\n(48分)"
    rows[24][0] = "效益指标（40分）"
    rows[37][0] = "满意度指标（2分）"
    return rows


def test_clean_county_form_has_no_error(tmp_path):
    a3 = copy.deepcopy(county.A3_ROWS)
    a4 = county.a4_rows(_clean_indicators())
    a4[7][2] = "项目支出：139.72"
    a4[6][2] = "其中：基本支出：3479.72"
    a3 = county.replace_row(a3, "部门基本支出预算调整", ["部门基本支出预算调整", 3138.91, 2224.35, 3479.72])
    _, found = findings_of(county.build(tmp_path / "好.xlsx", a3=a3, a4=a4))
    assert [f for f in found if f.severity == "error"] == []


def test_one_form_missing(tmp_path, capsys):
    """A workbook with only 附件3 is checked and hears nothing of 附件4 (issue 12, rule 2)."""
    wb = openpyxl.Workbook()
    county.write_rows(wb.active, county.A3_ROWS)
    path = tmp_path / "只有附件3.xlsx"
    wb.save(path)
    assert main(["check", str(path), "--format", "json"]) == 0   # no cross-form error without 附件4
    found = json.loads(capsys.readouterr().out)["findings"]
    missing = [f["message"] for f in found if f["rule"] == "READ-MISSING"]
    assert missing == []                                          # nothing said of 附件4
    assert {f["rule"] for f in found} == {"A3-OVERSTAFF"}         # 附件3 itself was checked
    # without knowing which forms the workbook holds, both forms' gaps are said, one line per block
    data, found = findings_of(path)
    blocks = [f.message for f in found if f.rule == "READ-MISSING"]
    assert "附件4 总分与评价等级：未找到 总分值、总得分、评价等级，因此未做 A4-TOTAL-WEIGHT、A4-TOTAL-SCORE、A4-GRADE 检查。" in blocks
    assert len(blocks) == len({b.split("：")[0] for b in blocks})   # one finding per block
    assert {f.severity for f in found if f.rule == "READ-MISSING"} == {"info"}   # as documented


def test_no_form_at_all(tmp_path, capsys):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "与绩效无关的表"
    path = tmp_path / "无关.xlsx"
    wb.save(path)
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith("perfxl：未在“无关.xlsx”中找到部门整体支出绩效表格（附件3/附件4）或项目支出绩效自评表：")


def _insert_blank_column(ws, idx):
    """Insert a blank column as Excel does: every merge right of it shifts too."""
    from openpyxl.worksheet.cell_range import CellRange

    merges = [CellRange(str(m)) for m in ws.merged_cells.ranges]
    for m in merges:
        ws.unmerge_cells(str(m))
    ws.insert_cols(idx)
    for m in merges:
        lo, hi = m.min_col + (m.min_col >= idx), m.max_col + (m.max_col >= idx)
        ws.merge_cells(start_row=m.min_row, start_column=lo, end_row=m.max_row, end_column=hi)


def _building_rows(a3_rows, buildings):
    rows = copy.deepcopy(a3_rows)
    i = next(i for i, row in enumerate(rows) if row and str(row[0]).startswith("楼堂馆所"))
    return rows[:i + 1] + buildings + rows[i + 2:]


def _building_texts(data):
    return [fv.value for key, col in data.blocks.items() if key.startswith("buildings.") and key != "buildings.name"
            for fv in col if isinstance(fv.value, str) and fv.value.strip()]


def test_a_blank_column_in_a3_does_not_read_the_signature_rows_as_buildings(tmp_path):
    path = county.build(tmp_path / "插列.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["附件3"]
    _insert_blank_column(ws, 2)
    wb.save(path)
    data, found = findings_of(path)
    assert _building_texts(data) == []
    assert not [f for f in found if f.rule == "READ-NOT-NUMBER" and "楼堂馆所" in f.message]


def test_buildings_end_at_a_signature_row_or_a_blank_run(tmp_path):
    building = ["办公楼维修", 1200, 1180, None, 300, 295.5, None]
    rows = _building_rows(county.A3_ROWS, [building, [None], [None], [None], ["附注", "见说明", "另附", None]])
    rows = [r for r in rows if not (r and str(r[0]).startswith(("例行节约", "说明")))]   # no stop word
    data, found = findings_of(county.build(tmp_path / "楼.xlsx", a3=rows))
    assert [fv.value for fv in data.blocks["buildings.name"]] == ["办公楼维修"]
    assert _building_texts(data) == []
    # silent: buildings listed one under another are all read, figures as numbers
    two = _building_rows(county.A3_ROWS, [building, ["食堂改造", 300, 310, None, 80, 82, None]])
    data, _ = findings_of(county.build(tmp_path / "两栋.xlsx", a3=two))
    assert [fv.value for fv in data.blocks["buildings.name"]] == ["办公楼维修", "食堂改造"]
    assert [fv.value for fv in data.blocks["buildings.approved_area"]] == [1200, 300]


def _with_second_a4(path, *, first=False, names=True):
    """北山镇 with a copy of its 附件4 for another unit, figures changed."""
    from .conftest import EXAMPLE_WORKBOOK

    wb = openpyxl.load_workbook(EXAMPLE_WORKBOOK)
    ws = wb.copy_worksheet(wb["附件4绩效自评表"])
    ws.title = "附件4(乙单位)"
    ws["D3"] = "乙镇人民政府"
    for ref, value in (("D5", 1000), ("E5", 1200), ("F5", 1100), ("E7", 900), ("I7", 800), ("I8", 300)):
        ws[ref] = value
    if first:
        wb.move_sheet(ws, offset=-(len(wb.sheetnames) - 1))
    if not names:
        for name in list(wb.defined_names):
            del wb.defined_names[name]
    wb.save(path)
    return path


@pytest.mark.parametrize("first", [False, True])
@pytest.mark.parametrize("names", [True, False])
def test_a_second_a4_for_another_unit_is_named_and_not_checked(tmp_path, first, names):
    from .conftest import EXAMPLE_WORKBOOK

    data, found = findings_of(_with_second_a4(tmp_path / "两单位.xlsx", first=first, names=names))
    assert data.fv("budget_unit.name").value == "隆回县北山镇人民政府"
    assert data.fv("spending.project").sheet == "附件4绩效自评表"
    other, = [f for f in found if f.rule == "READ-OTHER-FORM"]
    assert other.severity == "warning" and "“附件4(乙单位)”" in other.message and "乙镇人民政府" in other.message
    cell, = other.cells          # the other unit's name cell, not A1 of its sheet
    sheet, ref = cell.split("!")
    assert sheet == "附件4(乙单位)" and ref != "A1"
    assert openpyxl.load_workbook(tmp_path / "两单位.xlsx")[sheet][ref].value == "乙镇人民政府"
    assert not [f for f in found if f.severity == "error" and any(c.startswith("附件4(乙单位)") for c in f.cells)]
    assert not [f for f in found if "乙镇" in f.message and f.rule != "READ-OTHER-FORM"]
    # every other finding is the one-unit workbook's
    if names:
        _, alone = findings_of(EXAMPLE_WORKBOOK)
        assert sorted((f.rule, tuple(f.cells)) for f in found if f.rule != "READ-OTHER-FORM") == \
            sorted((f.rule, tuple(f.cells)) for f in alone)


def test_one_workbook_one_unit_has_no_other_form_finding(tmp_path):
    from .conftest import EXAMPLE_WORKBOOK

    for path in (EXAMPLE_WORKBOOK, county.build(tmp_path / "北山镇.xlsx")):
        _, found = findings_of(path)
        assert not [f for f in found if f.rule == "READ-OTHER-FORM"]


def test_attachments_of_different_units_are_not_cross_checked_as_errors(tmp_path):
    rows = county.a4_rows()
    for row in rows:
        if row and row[0] == "预算单位名称":
            row[1:] = ["乙镇人民政府"] + [None] * (len(row) - 2)
    data, found = findings_of(county.build(tmp_path / "两单位.xlsx", a4=rows))
    assert data.fv("budget_unit.name").value == "乙镇人民政府"
    assert not [f for f in found if f.rule in ("X-PROJECT-SPENDING", "X-BASIC-SPENDING")]
    unit, = [f for f in found if f.rule == "X-UNIT-NAME"]
    assert unit.severity == "warning" and "核对已跳过" in unit.message


@pytest.mark.parametrize("names", [True, False])
def test_a_second_a3_for_another_unit_sheet_first_is_not_read(tmp_path, names):
    from .conftest import EXAMPLE_WORKBOOK

    wb = openpyxl.load_workbook(EXAMPLE_WORKBOOK)
    ws = wb.copy_worksheet(wb["附件3基础数据表"])
    ws.title = "附件3(乙单位)"
    ws["B4"] = "乙镇人民政府"
    wb.move_sheet(ws, offset=-(len(wb.sheetnames) - 1))
    if not names:
        for name in list(wb.defined_names):
            del wb.defined_names[name]
    wb.save(tmp_path / "两单位.xlsx")
    data, found = findings_of(tmp_path / "两单位.xlsx")
    assert data.fv("unit.name").sheet == "附件3基础数据表"
    other, = [f for f in found if f.rule == "READ-OTHER-FORM"]
    assert "附件3“附件3(乙单位)”" in other.message and other.severity != "error"
    assert other.cells == ["附件3(乙单位)!B4"]   # the unit cell that says whose form it is


def test_a_missing_row_is_not_read_from_under_a_shared_heading(tmp_path):
    """Without its 政府采购金额 row, the form has no procurement figure: the cell right under
    the 2023年决算数 heading (the 三公经费 row) is not it.  A heading that names one field
    alone (编制数) still locates it."""
    a3 = [r for r in county.A3_ROWS if not (r and r[0] == "政府采购金额")]
    data, _ = read_workbook(county.build(tmp_path / "无采购行.xlsx", a3=a3))
    assert data.fv("funds.procurement.actual") is None and "funds.procurement.actual" in data.missing
    assert data.fv("funds.sangong.actual").value == 9.73
    assert data.number("staff.authorized") == 114
    full, _ = read_workbook(county.build(tmp_path / "完整.xlsx"))
    assert full.number("funds.procurement.actual") == 379.61
