"""Recognition from evidence (reading/recognize.py) and the gate (app/gate.py), on small grids."""

from __future__ import annotations

import copy

import openpyxl
import pytest

from perfxl.app.gate import require_forms
from perfxl.errors import UnrecognisedWorkbook
from perfxl.reading.grid import Grid, GridCell
from perfxl.reading.recognize import ATTACHMENT3, ATTACHMENT4, PROJECT, recognize
from perfxl.xlsx.reader import read_workbook

from . import county
from .conftest import EXAMPLE_WORKBOOK


def grid(title: str, rows: list[list[object]]) -> Grid:
    g = Grid(title)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                g.cells[(r, c)] = GridCell(r, c, value)
                g.max_row, g.max_col = max(g.max_row, r), max(g.max_col, c)
    return g


A4_BUDGET = [None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
A4_INDICATORS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def test_title_alone_is_not_a_form():
    rec = recognize([grid("Sheet1", [["部门整体支出绩效自评表"]])])
    assert not rec.found and rec.closest.groups == {"title"}


def test_key_labels_in_their_arrangement_are():
    rec = recognize([grid("表", [A4_BUDGET, ["年度资金总额", 10, 10, 9, 10, 0.9, 9],
                                 A4_INDICATORS, ["产出指标", "数量指标", "修路", "10公里", "10公里", 90, 90]])])
    assert rec.kinds == {ATTACHMENT4}
    assert rec.forms[0].structure == {"budget", "indicators"}


def test_the_same_labels_scattered_are_not():
    # every word is there, but never in one heading row: a budget column beside an 执行数 column,
    # 三级指标 with its actual value and score
    rows = [["全年预算数"], ["全年执行数"], ["三级指标"], ["实际完成值"], ["得分"], ["总分", 100]]
    assert not recognize([grid("散", rows)]).found


def test_goal_declaration_is_not_a_self_evaluation():
    rows = [["项目支出绩效目标申报表"], ["项目名称", "修路"], ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "修路", "10公里"]]
    rec = recognize([grid("申报", rows)])
    assert not rec.found and rec.closest.labels() == ["三级指标", "指标值"]


def test_project_form_is_told_apart_by_its_title_or_project_name():
    rows = [["项目支出绩效自评表"], ["项目名称", "修路"], A4_BUDGET, ["年度资金总额", 10, 10, 9, 10, 0.9, 9],
            A4_INDICATORS]
    assert recognize([grid("项目", rows)]).kinds == {PROJECT}
    rows[0] = ["部门整体支出绩效自评表"]
    rows[1] = ["部门", "某镇"]
    assert recognize([grid("整体", rows)]).kinds == {ATTACHMENT4}


def test_attachment3_needs_two_groups():
    staff = [["财政供养人员情况", "编制数", "实际在职人数", "控制率"], [None, 80, 72, "90%"]]
    assert not recognize([grid("编制", staff)]).found                      # a staffing list
    funds = [["经费控制情况", "2022年决算数", "2023年预算数", "2023年决算数"], ["三公经费：", 1, 2, 3],
             ["1、公务用车购置和维护经费", 1, 1, 1], ["2、出国经费", 0, 0, 0], ["3、公务接待费", 0, 1, 2]]
    rec = recognize([grid("附件3", staff + funds)])
    assert rec.kinds == {ATTACHMENT3} and {"staff", "sangong"} <= rec.forms[0].structure
    # a 三公经费 execution table: the parts and 预算数/决算数, but no 三公经费 line, no staff
    table = [["项目", "预算数", "决算数"], ["因公出国（境）费", 0, 0], ["公务用车购置费", 0, 0],
             ["公务用车运行维护费", 11, 10.35], ["公务接待费", 5.2, 4.86]]
    assert not recognize([grid("三公", table)]).found


def test_combined_sheet_holds_both_forms(tmp_path):
    data, grids = read_workbook(county.build(tmp_path / "一张表.xlsx", one_sheet=True, title_rows=2, col_shift=2))
    rec = recognize(grids)
    assert rec.kinds == {ATTACHMENT3, ATTACHMENT4} and len({c.sheet for c in rec.forms}) == 1


def test_gate_passes_perfxl_template_by_its_names():
    data, grids = read_workbook(EXAMPLE_WORKBOOK)
    assert require_forms(data, grids, "北山镇2023.xlsx").kinds == {ATTACHMENT3, ATTACHMENT4}


def test_gate_knows_which_template_sheet_is_left(tmp_path):
    wb = openpyxl.load_workbook(EXAMPLE_WORKBOOK)
    del wb[wb.sheetnames[0]]                                      # 附件3 sheet deleted by the user
    path = tmp_path / "只有附件4.xlsx"
    wb.save(path)
    data, grids = read_workbook(path)
    assert require_forms(data, grids, path.name).kinds == {ATTACHMENT4}


def test_gate_refuses_with_the_report_sheet_hint(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "报告正文"
    wb.active["A1"] = "一、部门基本情况"
    path = tmp_path / "只有报告.xlsx"
    wb.save(path)
    data, grids = read_workbook(path)
    with pytest.raises(UnrecognisedWorkbook, match="只核对报告请用 --narrative"):
        require_forms(data, grids, path.name)


def test_gate_refuses_a_form_missing_its_indicator_block(tmp_path):
    a4 = [row for row in county.a4_rows() if "三级指标" not in row]
    data, grids = read_workbook(county.build(tmp_path / "无指标.xlsx", a4=copy.deepcopy(a4)))
    with pytest.raises(UnrecognisedWorkbook) as raised:
        require_forms(data, grids, "无指标.xlsx")
    assert "未能识别" in str(raised.value) and raised.value.missing == ("绩效指标（三级指标及其完成值、得分）",)


def test_huge_merge_is_clipped_to_the_used_range():
    g = grid("大", [["标题", None, None], [1, 2, 3]])
    assert g.merge(1, 1, 1_048_576, 16_384) == (4, 5)            # used range plus a margin
    assert len(g.cells) <= 20
    small = grid("小", [["标题"]])
    assert small.merge(1, 1, 1, 9) == (1, 9) and small.get(1, 9).merged_from == (1, 1)   # a real merge is kept


class _Table:
    """A project table as the project reader gives it: located fields and indicator columns."""

    def __init__(self, name, values, indicator_rows):
        from perfxl.reading.data import FieldValue

        self.name = name
        self.values = {k: FieldValue(k, "项目", "B2", 1) for k in values}
        self.blocks = {k: [FieldValue(k, "项目", f"C{10 + i}", 1) for i in range(indicator_rows)]
                       for k in ("indicator.level3", "indicator.actual", "indicator.score")}

    def fv(self, key):
        return self.values.get(key)

    def rows(self, prefix):
        return max((len(v) for k, v in self.blocks.items() if k.startswith(prefix)), default=0)


def test_gate_checks_each_project_table_for_its_key_fields():
    from types import SimpleNamespace

    rows = [["项目支出绩效自评表"], ["项目名称", "修路"], A4_BUDGET, ["年度资金总额", 10, 10, 9, 10, 0.9, 9],
            A4_INDICATORS, ["产出指标", "数量指标", "修路", "10公里", "10公里", 90, 90], ["总分", 100, 99]]
    keys = ("project.funds.total.adjusted", "project.funds.total.executed", "project.total.score")
    good, bad = _Table("修路", keys, 1), _Table("修桥", keys[:2], 1)
    data = SimpleNamespace(source="labels", projects=[good])
    assert require_forms(data, [grid("项目", rows)], "项目.xlsx").kinds == {PROJECT}
    data.projects = [good, bad]
    with pytest.raises(UnrecognisedWorkbook, match="项目“修桥”：找到了全年预算数、全年执行数、绩效指标.*未找到总得分"):
        require_forms(data, [grid("项目", rows)], "项目.xlsx")
