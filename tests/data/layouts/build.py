"""Real-world form layouts, reproduced with openpyxl, as ground truth for reading and checking.

Each ``layout_<id>(variant)`` returns an ``openpyxl.Workbook``: ``variant`` is ``"clean"`` or
the id of one planted error (see ``manifest.toml``).  ``build_all(out_dir)`` writes every
layout and variant as ``<id>__<variant>.xlsx``.  Pure openpyxl, deterministic, no network.

Where the layouts come from, what is peculiar about each and which values were published or
constructed is recorded in ``manifest.toml`` and ``README.md`` next to this file.
Run ``python3 tests/data/layouts/build.py --manifest`` to regenerate the manifest's cell
values from the layouts after editing a layout (then review the diff by hand).
"""

from __future__ import annotations

import copy
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import column_index_from_string

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class F:
    """A cell value with a number format."""
    value: Any
    fmt: str


AMT = "0.00"
PCT0 = "0%"
PCT2 = "0.00%"


@dataclass
class SheetSpec:
    title: str
    rows: list[list[Any]]
    merges: list[str] = field(default_factory=list)
    widths: dict[str, float] = field(default_factory=dict)
    row0: int = 1


@dataclass
class Part:
    """One form instance on one sheet: its fields, indicator rows and what it lacks."""
    form: str                      # attachment3 | attachment4 | project | not_a_form
    sheet: str
    fields: dict[str, Any] = field(default_factory=dict)   # key -> "B5" or ("B5", inline value)
    indicator_cols: dict[str, str] = field(default_factory=dict)  # level1.. -> column letter
    indicator_rows: list[int] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    name: str = ""                 # project name, for workbooks with several projects
    indicator_inline: dict[tuple[int, str], Any] = field(default_factory=dict)  # (row, key) -> value in text


@dataclass
class Planted:
    id: str
    cell: str                      # "Sheet!B5"
    value: Any
    rule: str
    finding: list[str]             # cells where the finding should be reported (any of them)
    also: list[str] = field(default_factory=list)   # rule ids that may legitimately fire too
    note: str = ""


@dataclass
class Spec:
    id: str
    source: str
    province: str
    form: str
    description: str
    values_from: str
    sheets: list[SheetSpec]
    parts: list[Part]
    planted: list[Planted] = field(default_factory=list)
    values_note: str = ""
    # errors the published form itself contains, kept in the clean copy on purpose: {rule, cells}
    published_errors: list[dict[str, Any]] = field(default_factory=list)


# ----------------------------------------------------------------------------- helpers

def _write(ws, spec: SheetSpec) -> None:
    for r, row in enumerate(spec.rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            cell = ws.cell(row=spec.row0 + r, column=1 + c)
            if isinstance(value, F):
                cell.value = value.value
                cell.number_format = value.fmt
            else:
                cell.value = value
    for rng in spec.merges:
        ws.merge_cells(rng)
    for col, w in spec.widths.items():
        ws.column_dimensions[col].width = w


def merge_down(col: str, rows: list[list[Any]], first: int, last: int, row0: int = 1) -> list[str]:
    """Vertical merges for a label column: each label spans down to the row before the next."""
    c = column_index_from_string(col) - 1
    out = []
    starts = [r for r in range(first, last + 1) if rows[r - row0][c] not in (None, "")]
    for i, s in enumerate(starts):
        end = (starts[i + 1] - 1) if i + 1 < len(starts) else last
        if end > s:
            out.append(f"{col}{s}:{col}{end}")
    return out


def _apply(wb: openpyxl.Workbook, planted: Planted) -> None:
    sheet, ref = planted.cell.split("!")
    cell = wb[sheet][ref]
    cell.value = planted.value.value if isinstance(planted.value, F) else planted.value


def _workbook(spec: Spec, variant: str) -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in spec.sheets:
        _write(wb.create_sheet(s.title), s)
    if variant != "clean":
        matches = [p for p in spec.planted if p.id == variant]
        if not matches:
            raise KeyError(f"{spec.id}: no variant {variant!r}")
        _apply(wb, matches[0])
    return wb


def _pad(rows: list[list[Any]], width: int) -> list[list[Any]]:
    return [list(r) + [None] * (width - len(r)) for r in rows]

# ----------------------------------------------------------------------------- 1. 湖南 北山镇 附件3 + 附件4
# Frozen copy of the seed's tables as they come out of Word (seeds/001): read perfectly today.

BEISHAN_A3 = [
    ["附件3"],
    ["部门整体支出绩效评价基础数据表"],
    ["单位名称", "北山镇人民政府"],
    ["财政供养人员情况", "编制数", "2023年实际在职人数", "控制率"],
    [None, 114, 127, "111.4%"],
    ["经费控制情况（万元）", "2022年决算数", "2023年预算数", "2023年决算数"],
    ["三公经费：", 9.84, 11, 9.73],
    ["1、 公务用车购置和维护\n经费", 4.74, 6, 4.74],
    ["其中：公车购置", 0, 0, 0],
    ["公车运行维护", 4.74, 6, 4.74],
    ["2、出国经费", 0, 0, 0],
    ["3、公务接待费", 5.11, 5, 4.99],
    ["项目支出：", 114.23, None, 139.72],
    ["1、业务工作经费", 86.46, None, 68.3],
    ["2、运行维护经费", 27.77, None, 71.42],
    ["......", None, None, None],
    ["3、县级专项资金（每个专项一行）", None, None, None],
    ["4、其他专项", None, None, None],
    ["公用经费", 528.28, 508.68, 449.49],
    ["其中：办公经费", 198.98, 117.41, 269.13],
    ["水费、电费、差旅费", 68.56, 31.5, 49.73],
    ["会议费、培训费", 16.4, 20.33, 14.47],
    ["政府采购金额", 253, 225, 379.61],
    ["部门基本支出预算调整", 3138.91, 2224.35, 2998.29],
    ["楼堂馆所控制情况 （2023年完工项目）", "批复规模（㎡）", "实际规模（㎡）", "规模控制率", "预算投资（万元）",
     "实际投资（万元）", "投资概算控制率"],
    [None, None, None, None, None, None, None],
    ["例行节约保障措施", None],
    ["说明：“县级专项资金”需要填报基本支出以外的所有县级专项资金情况，“公用经费”填报基本支出中的一般商品和服务支出。"],
    ["填表人：", "填报日期：", "联系电话：", "单位负责人签字："],
]

BEISHAN_A4_HEAD = [
    ["附件4"],
    ["部门整体支出绩效自评表"],
    ["预算单位名称", "隆回县北山镇人民政府\u3000"],
    ["年度预\n算申请\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [None, "年度资金总额", 2224.35, 3630.41, 3619.44, 10, "99.7%", 9.97],
    [None, "按收入性质分：", "按支出性质分："],
    [None, "  其中：  一般公共预算：2751.84", "其中：基本支出：2998.29"],
    [None, "政府性基金拨款：23", "项目支出：：621.15"],
    [None, "纳入专户管理的非税收入拨款：0", None],
    [None, "其他资金：855.57", None],
    ["年度总体目标", "预期目标", "实际完成情况"],
    [None, "领导本地区经济、政治、文化、社会、生态文明建设等各项工作。", "完成情况较好"],
    ["绩\n效\n指\n标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
     "偏差原因分析及改进措施"],
]

# [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分]; blanks are merged cells in Word.
BEISHAN_INDICATORS = [
    ["产出指标\n(50分)", "数量指标", "新增企业", "30家", "\u300034家", "2\u3000", "2\u3000"],
    ["", "", "农业保险承保面积", "2.5万亩\u3000", "2.5万亩\u3000", "2\u3000", "2\u3000"],
    ["", "", "群众诉求", "160件", "186件", 2, 2],
    ["", "", "消除风险监测户", "100户", "123户", 3, 3],
    ["", "", "改厕", "90座", "92座", 2, 2],
    ["", "", "耕地恢复任务", "700亩", "789.67亩", 4, 4],
    ["", "", "早稻集中育秧面积", "0.5万亩", "0.6万亩", 4, 4],
    ["", "", "中稻完成面积", "2.2万亩", "2.25万亩", 4, 4],
    ["", "", "制止焚烧秸秆", "30件", "32件", 2, 2],
    ["", "", "公路养护", "140公里", "140公里", 2, 2],
    ["", "", "清理水浮萍生物", "90吨", "90吨", 2, 2],
    ["", "", "退化林修复", "1200亩", "1200亩", 2, 2],
    ["", "", "敲门行动", "10000户", "10000户", 2, 2],
    ["", "", "处理矛盾纠纷", "90件", "97件\u3000", "2\u3000", "2\u3000"],
    ["", "质量指标", "工程验收合格率", "100%", "100%\u3000", "1\u3000", "1\u3000"],
    ["", "", "畜禽免疫率", "90%\u3000", "90%\u3000", "1\u3000", "1\u3000"],
    ["", "", "林业病虫害防治率", "100%", "100%", 1, 1],
    ["", "", "养殖业成活率", "80%", "85%", 1, 1],
    ["", "", "安全生产隐患排查整改率", "100%", "100%", 1, 1],
    ["", "", "各项工作合格率", "100%\u3000", "100%\u3000", "2\u3000", "2\u3000"],
    ["", "时效指标", "各个项目完成时间", "按计划完成\u3000", "基本按计划完成\u3000", "2\u3000", "2\u3000"],
    ["", "", "预算执行率", "98%\u3000", "98.5%\u3000", "2\u3000", "2\u3000"],
    ["", "成本指标", "基本支出", "1525.35万元\u3000", "1525.35万元\u3000", "1\u3000", "1\u3000"],
    ["", "", "项目支出", "699万元\u3000", "699万元", "1\u3000", 1],
    ["效益指标\n（30分）", "经济效益指标", "旅游增收", "≥10万元\u3000", "15万元\u3000", "3\u3000", "3\u3000"],
    ["", "", "村集体经济增收", "≥200万元\u3000", "249.33万元\u3000", "3\u3000", "3\u3000"],
    ["", "", "特色养殖业增收", "800万元", "800万元", 3, 3],
    ["", "社会\n效益\n指标", "清理建筑生活垃圾", "75吨", "79吨\u3000", "3\u3000", "3\u3000"],
    ["", "", "栽植景观植物", "800株", "800株\u3000", "3\u3000", "3\u3000"],
    ["", "", "法制宣传进校园活动", "100%", "100%\u3000", "3\u3000", "3\u3000"],
    ["", "生态效益指标", "农村环境整治目标任务完成率", "95%\u3000", "95%\u3000", "3\u3000", "\u30003"],
    ["", "", "道路绿化情况", "较好\u3000", "较好\u3000", "3\u3000", "3\u3000"],
    ["", "", "河道绿化情况", "较好", "较好", 3, 3],
    ["", "", "节能减排效果", "显著\u3000", "显著", "3\u3000", 3],
    ["", "可持续\n影响指标", "开展招商引资行动", "3次\u3000", "4次\u3000", "4\u3000", "4\u3000"],
    ["", "", "升级改造蔬菜基地面积", "450亩\u3000", "467亩\u3000", "4\u3000", "4\u3000"],
    ["", "", "新增低保户", "20户\u3000", "28户\u3000", "2\u3000", "2\u3000"],
    ["满意度指标（10分）", "服务\n对象\n满意度\n指标", "群众满意度", "95%\u3000", "98%\u3000", "1\u3000", "1\u3000"],
    ["", "", "信访群众满意度", "95%\u3000", "98%\u3000", "1\u3000", "1\u3000"],
]
BEISHAN_A4_TAIL = [["总分", 100, "99.97\u3000"]]


def _beishan() -> Spec:
    a4 = copy.deepcopy(BEISHAN_A4_HEAD)
    a4 += [[None, *ind] for ind in BEISHAN_INDICATORS]
    a4 += copy.deepcopy(BEISHAN_A4_TAIL)
    first, last = 14, 14 + len(BEISHAN_INDICATORS) - 1
    a3_fields: dict[str, Any] = {"unit.name": "B3", "staff.authorized": "B5", "staff.actual": "C5",
                                 "staff.control_rate": "D5", "savings.measures": ("B27", None)}
    for key, row in [("sangong", 7), ("car", 8), ("car_purchase", 9), ("car_running", 10),
                     ("abroad", 11), ("reception", 12), ("projects", 13), ("public", 19),
                     ("office", 20), ("utilities", 21), ("meetings", 22), ("procurement", 23),
                     ("basic_adjust", 24)]:
        for col, what in zip("BCD", ("prev_actual", "budget", "actual")):
            a3_fields[f"funds.{key}.{what}"] = f"{col}{row}"
    for key, col in zip(("approved_area", "actual_area", "area_rate", "budget_invest", "actual_invest",
                         "invest_rate"), "BCDEFG"):
        a3_fields[f"buildings.{key}"] = (f"{col}26", None)
    a3_fields["funds.projects.budget"] = ("C13", None)
    a4_fields = {
        "budget_unit.name": "B3", "budget.initial": "C5", "budget.adjusted": "D5", "budget.executed": "E5",
        "budget.weight": "F5", "budget.rate": "G5", "budget.score": "H5",
        "income.general": ("B7", 2751.84), "spending.basic": ("C7", 2998.29), "income.fund": ("B8", 23),
        "spending.project": ("C8", 621.15), "income.special": ("B9", 0), "income.other": ("B10", 855.57),
        "goal.expected": "B12", "goal.actual": "C12",
        "section.产出指标.weight": ("B14", 50), "section.效益指标.weight": ("B38", 30),
        "section.满意度指标.weight": ("B51", 10),
        "total.weight": f"B{last + 1}", "total.score": (f"C{last + 1}", 99.97),
    }
    return Spec(
        id="hn_beishan", source="seeds/001_3ecd34c07709391b.txt", province="湖南", form="combined",
        description=("隆回县北山镇 2023 年附件3/附件4，Word 表格转成的工作表：标签带编号和换行，数字是带全角空格的文字，"
                     "按收入/支出性质分的金额写在标签里（“一般公共预算：2751.84”），总分行的分值、得分在 B、C 列。"
                     "现有读取完全正确，作为回归样本保留。"),
        values_from="published",
        sheets=[SheetSpec("附件3", BEISHAN_A3), SheetSpec("附件4", a4)],
        parts=[
            Part("attachment3", "附件3", a3_fields,
                 absent=["buildings.name", "projects_detail.name"]),
            Part("attachment4", "附件4", a4_fields,
                 indicator_cols=dict(zip(("level1", "level2", "level3", "target", "actual", "weight", "score",
                                          "reason"), "BCDEFGHI")),
                 indicator_rows=list(range(first, last + 1)),
                 absent=["income.total", "spending.total", "section.产出指标.score", "section.效益指标.score",
                         "section.满意度指标.score", "total.grade"]),
        ],
        planted=[
            Planted("a3_sangong_sum", "附件3!D7", 9.83, "A3-SANGONG-SUM", ["附件3!D7"]),
            Planted("a4_exec_rate", "附件4!G5", "97.9%", "A4-EXEC-RATE", ["附件4!G5"], also=["A4-EXEC-SCORE"]),
            Planted("a4_total_score", f"附件4!C{last + 1}", "98.97\u3000", "A4-TOTAL-SCORE", [f"附件4!C{last + 1}"]),
        ],
        values_note=("全部取自种子报告附件（已逐项核对：三公 4.74+0+5.11=9.84、执行率 3619.44÷3630.41=99.70%、总分 9.97+90=99.97）。"
                     "公开表本身有四处真实错误，干净副本原样保留（见 published_errors）：附件3 项目支出决算 139.72 与附件4 "
                     "项目支出 621.15 不一致；三个一级指标标注的分值 50/30/10 与其下分值合计 48/40/2 不符（总和仍为 90）。"),
        published_errors=[
            {"rule": "X-PROJECT-SPENDING", "cells": ["附件3!D13", "附件4!C8"]},
            {"rule": "A4-SECTION-HEADER", "cells": ["附件4!B14"]},
            {"rule": "A4-SECTION-HEADER", "cells": ["附件4!B38"]},
            {"rule": "A4-SECTION-HEADER", "cells": ["附件4!B51"]},
        ],
    )


# ----------------------------------------------------------------------------- national project block

PRJ_IND_KEYS = ("level1", "level2", "level3", "target", "actual", "weight", "score", "reason")


def national_block(r0: int, *, heading: list[str], name: str, dept: str, unit: str, money: str,
                   funds: list[list[Any]], goal: tuple[str, str], indicators: list[list[Any]],
                   total: tuple[Any, Any], unit_label: str = "实施单位", total_label: str = "年度资金总额",
                   appr_label: str = "其中：当年财政拨款",
                   money_head: tuple[str, ...] = ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
                   goal_label: str = "年度总体目标", ind_label: str = "绩效指标", level1_head: str = "一级指标"):
    """Rows of the 财政部 national 项目支出绩效自评表 (9 columns A–I) starting at row ``r0``.

    ``funds``: three amount rows [total, appropriation, carryover, other] of
    [初, 全年预算, 执行, 分值, 执行率, 得分]; ``indicators``: [一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 原因].
    Returns (rows, merges, fields, indicator_rows).
    """
    rows: list[list[Any]] = []
    merges: list[str] = []

    def add(row, *spans):
        r = r0 + len(rows)
        rows.append(row)
        for a, b in spans:
            merges.append(f"{a}{r}:{b}{r}")
        return r

    for text in heading:
        add([text], ("A", "I"))
    r_name = add(["项目名称", name], ("B", "I"))
    r_dept = add(["主管部门", dept, None, None, None, unit_label, unit], ("B", "E"), ("G", "I"))
    r_head = add([money, None, None, *money_head], ("B", "C"))
    labels = [total_label, appr_label, "上年结转资金", "其他资金"]
    r_funds = []
    for label, vals in zip(labels, funds):
        r_funds.append(add([None, label, None, *vals], ("B", "C")))
    merges.append(f"A{r_head}:A{r_funds[-1]}")
    r_goal_h = add([goal_label, "预期目标", None, None, None, "实际完成情况"], ("B", "E"), ("F", "I"))
    r_goal = add([None, goal[0], None, None, None, goal[1]], ("B", "E"), ("F", "I"))
    merges.append(f"A{r_goal_h}:A{r_goal}")
    r_ind_h = add([ind_label, level1_head, "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                   "偏差原因分析及改进措施"])
    ind_rows = [add([None, *ind]) for ind in indicators]
    r_total = add(["总分", None, None, None, None, None, total[0], total[1]], ("A", "F"))
    merges.append(f"A{r_ind_h}:A{ind_rows[-1]}")
    rows = _pad(rows, 9)
    off = r0
    merges += merge_down("B", rows, ind_rows[0], ind_rows[-1], row0=off)
    merges += merge_down("C", rows, ind_rows[0], ind_rows[-1], row0=off)
    fields: dict[str, Any] = {"project.name": f"B{r_name}", "project.department": f"B{r_dept}",
                              "project.unit": f"G{r_dept}",
                              "project.goal.expected": f"B{r_goal}", "project.goal.actual": f"F{r_goal}",
                              "project.total.weight": f"G{r_total}", "project.total.score": f"H{r_total}"}
    for part, r in zip(("total", "appropriation", "carryover", "other"), r_funds):
        cols = "DEFGHI" if part == "total" else "DEF"
        names = ("initial", "adjusted", "executed", "weight", "rate", "score")
        for col, what in zip(cols, names):
            v = rows[r - off][column_index_from_string(col) - 1] if len(rows[r - off]) >= column_index_from_string(col) else None
            fields[f"project.funds.{part}.{what}"] = f"{col}{r}" if v is not None else (f"{col}{r}", None)
    return rows, merges, fields, ind_rows


def _single_project_sheet(title: str, r0_heading: list[str], **kw):
    rows, merges, fields, ind_rows = national_block(1, heading=r0_heading, **kw)
    return SheetSpec(title, _pad(rows, 9), merges, widths={"D": 28, "E": 16, "F": 16, "I": 24}), fields, ind_rows


# ----------------------------------------------------------------------------- 2. 安徽 池州 棠溪镇 项目（国家样式）

TANGXI_SRC = "http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2"
TANGXI_SRC2 = "http://www.anthempetcare.com/upload_cz/download?id=502367&siteId=2"
TANGXI_DEPT = "219-池州市贵池区棠溪镇人民政府"
TANGXI_UNIT = "219001-池州市贵池区棠溪镇人民政府"
REACHED = "达成预期指标"


def _tangxi() -> Spec:
    ind1 = [
        ["产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", "50", 8, 8, None],
        [None, "质量指标", "委托业务报告合格率", "≥100百分比", "100", 8, 8, None],
        [None, None, "经费支出合规性", "严格执行相关制度规定", REACHED, 8, 8, None],
        [None, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", REACHED, 8, 8, None],
        [None, "成本指标", "项目总成本", "≤90万元", "90", 8, 8, None],
        [None, None, "单项业务成本", "符合相关规定", REACHED, 10, 10, None],
        ["效益指标(30分)", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", REACHED, 10, 10, None],
        [None, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", REACHED, 10, 10, None],
        [None, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", REACHED, 10, 10, None],
        [None, "经济效益指标", None, None, None, None, None, None],
        ["满意度指标(10分)", "满意度指标", "公众满意度", "≥90%", "95%", 10, 10, None],
    ]
    s1, f1, r1 = _single_project_sheet(
        "委托业务项目", ["附件:", "项目支出绩效自评表", "(2022年度)"], name="委托业务项目", dept=TANGXI_DEPT,
        unit=TANGXI_UNIT, money="项目资金\n(万元)", total_label="年度资金总额:", appr_label="其中:本年财政拨款",
        funds=[[90, 89.974, 89.974, 10, F(1, PCT0), 10], [90, 89.974, 89.974], [], []],
        goal=("本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;"
              "30万元用于基建工程项目设计、规划、测绘。",
              "本项目共完成预算资金89.97万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;"
              "29.99万元用于基建工程项目设计、规划、测绘。"),
        indicators=ind1, total=(100, 100))
    ind2 = [
        ["产出指标(50分)", "数量指标", "补助村(社区)数量", "=8个", "8", 8, 8, None],
        [None, None, "保障村干部人数", "=42个", "42", 8, 8, None],
        [None, "质量指标", "补助资格合规性", "合规", REACHED, 8, 8, None],
        [None, None, "经费审批流程规范性", "严格执行相关制度规定", REACHED, 8, 8, None],
        [None, "时效指标", "补助经费到位及时性", "及时", REACHED, 8, 8, None],
        [None, "成本指标", "项目总成本", "≤202.6万元", "132.9", 10, 10, None],
        ["效益指标(30分)", "经济效益指标", "对保障村(社区)两委机构正常运行的影响程度", "效果明显", REACHED, 10, 10, None],
        [None, "社会效益指标", "提高村(社区)干部工作积极性的影响程度", "效果明显", REACHED, 10, 10, None],
        [None, "可持续影响指标", "对村级组织长效运转的持续影响", "效果明显", REACHED, 10, 10, None],
        ["满意度指标(10分)", "满意度指标", "村(社区)干部满意度", "≥90%", "95%", 10, 10, None],
    ]
    s2, f2, r2 = _single_project_sheet(
        "村级补助及运转经费", ["附件:", "项目支出绩效自评表", "(2022年度)"], name="村级补助及运转经费", dept=TANGXI_DEPT,
        unit=TANGXI_UNIT, money="项目资金\n(万元)", total_label="年度资金总额:", appr_label="其中:本年财政拨款",
        funds=[[202.64, 132.912, 132.912, 10, F(1, PCT0), 10], [202.64, 132.912, 132.912], [], []],
        goal=("本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长,党小组长基本报酬252000元,"
              "村民监督委员会 工资28000元,村级事务补助960000元,村级工作目标奖励100000元。",
              "本项目共完成预算资金1329120.67元,其中村级组织运转439120.67元,村民组长,党小组长基本报酬152000元,"
              "村民监督委员会 工资28000元,村级事务补助660000元,村级工作目标奖励50000元。"),
        indicators=ind2, total=(100, 100))
    cols = dict(zip(PRJ_IND_KEYS, "BCDEFGHI"))
    t1, t2 = r1[-1] + 1, r2[-1] + 1
    return Spec(
        id="ah_tangxi", source=TANGXI_SRC, province="安徽", form="project",
        description=("财预〔2020〕10号国家样式项目支出绩效自评表，一个工作簿两个项目各占一张表。"
                     "“年度资金总额:”带冒号、“其中:本年财政拨款”，主管部门/实施单位带预算编码前缀，"
                     "金额三位小数（89.974），执行率格式 0%，一级指标分值写在标签里“产出指标(50分)”，"
                     "“经济效益指标”一行三级指标为空（占位行），总分行标签跨 A–F 合并。"
                     f"第二张表来自同一单位的另一份公开表：{TANGXI_SRC2}"),
        values_from="published",
        values_note=("金额、指标、分值、得分取自公开表。公开表的“年度资金总额”一行三栏填的是 0（与本年财政拨款不相加），"
                     "干净副本把它改为各部分之和（90/89.974/89.974 与 202.64/132.912/132.912），原样的错误作为 "
                     "tangxi_total_zero 埋点保留。满意度行及第二张表“可持续影响”一行的文字在公开页面被截断，为构造值；"
                     "总分 100 为按分值合计的构造值。"),
        sheets=[s1, s2],
        parts=[Part("project", "委托业务项目", f1, cols, r1, absent=["project.total.grade"], name="委托业务项目"),
               Part("project", "村级补助及运转经费", f2, cols, r2, absent=["project.total.grade"],
                    name="村级补助及运转经费")],
        planted=[
            Planted("tangxi_total_zero", "委托业务项目!D7", 0, "PRJ-FUNDS-SUM", ["委托业务项目!D7"],
                    note="公开表的真实错误：年度资金总额填 0"),
            Planted("score_over_weight", f"委托业务项目!H{r1[0]}", 9, "PRJ-SCORE-OVER-WEIGHT",
                    [f"委托业务项目!H{r1[0]}"], also=["PRJ-TOTAL-SCORE"]),
            Planted("total_score", f"委托业务项目!H{t1}", 99, "PRJ-TOTAL-SCORE", [f"委托业务项目!H{t1}"]),
            Planted("exec_rate", "村级补助及运转经费!H7", F(0.9, PCT0), "PRJ-EXEC-RATE", ["村级补助及运转经费!H7"],
                    also=["PRJ-EXEC-SCORE"]),
        ],
    )


# ----------------------------------------------------------------------------- 3. 上海 普陀 两个项目叠在一张表（元）

PUTUO_SRC = "https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html"
YUAN = "#,##0.00"


def _putuo() -> Spec:
    dept, unit = "上海市普陀区体育局", "上海市普陀区体育事业管理中心"
    ind1 = [
        ["产出指标", "数量指标", "与委托运营方结算完成率", "=100%", "100%", 10, 10, None],
        [None, "质量指标", "合同结算条款完成率", "=100%", "100%", 20, 20, None],
        [None, "时效指标", "费用结算及时性", "及时", "及时", 20, 20, None],
        ["效益指标", "社会效益指标", "与委托运营方合同完成率", "=100%", "100%", 30, 30, None],
        ["满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", 10, 10, None],
    ]
    rows1, m1, f1, r1 = national_block(
        1, heading=["财政项目支出绩效自评表", "(2022 年度)"], name="普陀体育中心与委托运营方结算费用", dept=dept,
        unit=unit, money="项目资金\n(元)",
        funds=[[F(250000, YUAN), F(250000, YUAN), F(215457.6, YUAN), 10, F(0.8618, PCT2), 8.62],
               [F(250000, YUAN), F(250000, YUAN), F(215457.6, YUAN), "—", None, "—"],
               [0, 0, None, "—", None, "—"], [0, 0, None, "—", None, "—"]],
        goal=("完成普陀体育中心与委托运营方费用结算。", "已完成普陀体育中心与委托运营方费用结算。"),
        indicators=ind1, total=(100, 98.62))
    r0 = len(rows1) + 3
    ind2 = [
        ["产出指标", "数量指标", "经费使用率", "=100%", "45.17%", 10, 4.52, "援滇人员经费按实际发生支付，结余收回"],
        [None, "质量指标", "经费完成情况", "完成", "部分完成", 20, 16, "援滇人员经费按实际发生支付，结余收回"],
        [None, "时效指标", "经费完成进度", "按时", "按时", 20, 20, None],
        ["效益指标", "社会效益指标", "经费使用完成情况", "=100%", "45.17%", 30, 13.55, "援滇人员经费按实际发生支付，结余收回"],
        ["满意度指标", "服务对象满意度指标", "满意度", ">=90%", "95%", 10, 10, None],
    ]
    rows2, m2, f2, r2 = national_block(
        r0, heading=["财政项目支出绩效自评表", "(2022 年度)"], name="援滇对口支援及结对帮扶经费", dept=dept,
        unit=unit, money="项目资金\n(元)",
        funds=[[F(20000, YUAN), F(20000, YUAN), F(9034, YUAN), 10, F(0.4517, PCT2), 4.52],
               [F(20000, YUAN), F(20000, YUAN), F(9034, YUAN), "—", None, "—"],
               [0, 0, None, "—", None, "—"], [0, 0, None, "—", None, "—"]],
        goal=("完成援滇对口支援及结对帮扶人员相关经费支付。", "已完成援滇人员相关经费支付。"),
        indicators=ind2, total=(100, 68.59))
    rows = rows1 + [[None] * 9] * 2 + rows2
    sheet = SheetSpec("项目自评表", rows, m1 + m2, widths={"D": 28, "E": 16, "F": 16, "I": 24})
    cols = dict(zip(PRJ_IND_KEYS, "BCDEFGHI"))
    absent = ["project.total.grade"]
    for f in (f1, f2):  # carryover/other rows: 0 in the first two columns, nothing executed
        for part in ("carryover", "other"):
            ref = f[f"project.funds.{part}.executed"]
            f[f"project.funds.{part}.executed"] = ref if isinstance(ref, tuple) else (ref, None)
    t1 = r1[-1] + 1
    return Spec(
        id="sh_putuo", source=PUTUO_SRC, province="上海", form="project",
        description=("上海“财政项目支出绩效自评表”，国家样式，但金额单位是元（“项目资金(元)”，250,000.00 千分位格式），"
                     "同一张表上下叠放两个项目，各有项目名称与总分；子行的分值、得分栏填“—”；"
                     "一级指标标签不带分值。"),
        values_from="published",
        values_note=("第一个项目的金额、执行率、得分、指标与总分 98.62 取自公开 PDF 文本（逐项核对：10+20+20+30+10=90，"
                     "90+8.62=98.62）。公开表执行率印作 86.19%，但 215457.6÷250000=86.183%，语料用 86.18%（已在 README 说明）。"
                     "第二个项目金额 20000/20000/9034、执行率 45.17%、得分 4.52 取自公开表（9034÷20000=45.17%）；"
                     "其“当年财政拨款”一行和各指标的完成值、得分在公开文本中顺序错乱，为构造值（总分 68.59=4.52+4.52+16+20+13.55+10）。"),
        sheets=[sheet],
        parts=[Part("project", "项目自评表", f1, cols, r1, absent=list(absent), name="普陀体育中心与委托运营方结算费用"),
               Part("project", "项目自评表", f2, cols, r2, absent=list(absent), name="援滇对口支援及结对帮扶经费")],
        planted=[
            Planted("exec_score", "项目自评表!I6", 9.62, "PRJ-EXEC-SCORE", ["项目自评表!I6"], also=["PRJ-TOTAL-SCORE"]),
            Planted("funds_sum_second", f"项目自评表!F{r0 + 6}", F(9304, YUAN), "PRJ-FUNDS-SUM",
                    [f"项目自评表!F{r0 + 5}", f"项目自评表!F{r0 + 6}"]),
            Planted("total_score_first", f"项目自评表!H{t1}", 98.26, "PRJ-TOTAL-SCORE", [f"项目自评表!H{t1}"],
                    note="两位数字对调"),
        ],
    )


# ----------------------------------------------------------------------------- 4. 四川 青神县 部门预算项目支出绩效自评表

QINGSHEN_SRC = "https://www.scqs.gov.cn/info/13206/211004.htm"


def _qingshen() -> Spec:
    note = ("1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);"
            "2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.")
    pct = lambda v: F(v, PCT2)  # noqa: E731
    rows = [
        ["报表编号:510000_0013zp"],
        ["部门预算项目支出绩效自评表(2023年度)"],
        ["项目名称", "51000021R000000019951-工资性支出"],
        ["主管部门", "青神县发展和改革局本级", None, None, None, "实施单位\n(盖章)", "青神县发展和改革局"],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", None, None, None, "年度目标完成情况"],
        [None, None, "严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。",
         None, None, None, "对照年度目标,说明相关任务目标的完成情况(100字以内)"],
        [None, "2.项目实施内容及过程概述", None],
        ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
        [None, "总额", F(238.93, AMT), F(251.89, AMT), F(251.89, AMT), pct(1), 10, 10, note],
        [None, "其中:财政资金", F(238.93, AMT), F(251.89, AMT), F(251.89, AMT), pct(1), "/", "/"],
        [None, "财政专户管理资金", F(0, AMT), F(0, AMT), F(0, AMT), pct(0), "/", "/"],
        [None, "单位资金", F(0, AMT), F(0, AMT), F(0, AMT), pct(0), "/", "/"],
        [None, "其他资金", None, None, None, None, "/", "/"],
        ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
         "未完成原因分析"],
        [None, "产出指标", "数量指标", "发放(缴纳)覆盖率", "=", 100, "%", 100, 60, 60],
        [None, "效益指标", "社会效益指标", "足额保障率(参保率)", "=", 100, "%", 100, 30, 30],
        ["合计", None, None, None, None, None, None, None, 100, 100],
        ["评价结论", "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)"],
        ["存在问题", "结合自评情况,分析存在的问题及原因。(200字以内)"],
        ["改进措施", "针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)"],
        ["项目负责人:", None, None, None, None, "财务负责人:"],
    ]
    merges = ["A1:K1", "A2:K2", "B3:K3", "B4:E4", "G4:K4", "A5:A7", "B5:B6", "C5:F5", "G5:K5", "C6:F6", "G6:K6",
              "C7:K7", "A8:A13", "I9:K13", "I8:K8", "A14:A16", "A17:H17", "B18:K18", "B19:K19", "B20:K20",
              "A21:E21", "F21:K21"]
    fields: dict[str, Any] = {
        "project.name": "B3", "project.department": "B4", "project.unit": "G4",
        "project.goal.expected": "C6", "project.goal.actual": "G6",
        "project.total.weight": "I17", "project.total.score": "J17",
        "project.funds.total.weight": "G9", "project.funds.total.rate": "F9", "project.funds.total.score": "H9",
    }
    for part, r in (("total", 9), ("appropriation", 10), ("special", 11), ("unit_own", 12), ("other", 13)):
        for col, what in zip("CDE", ("initial", "adjusted", "executed")):
            fields[f"project.funds.{part}.{what}"] = f"{col}{r}" if part != "other" else (f"{col}{r}", None)
    cols = {"level1": "B", "level2": "C", "level3": "D", "nature": "E", "target": "F", "unit": "G",
            "actual": "H", "weight": "I", "score": "J", "reason": "K"}
    return Spec(
        id="sc_qingshen", source=QINGSHEN_SRC, province="四川", form="project",
        description=("四川“部门预算项目支出绩效自评表”（报表编号 510000_0013zp）：执行率在权重之前"
                     "（年初预算/调整后预算数/预算执行数/预算执行率/权重/得分/原因），资金行是“总额、其中:财政资金、"
                     "财政专户管理资金、单位资金、其他资金”（没有上年结转），子行分值栏填“/”；指标块多出"
                     "指标性质（=、≥、≤）和度量单位两栏，指标值是纯数字；“权重”代替分值，“完成值”代替实际完成值；"
                     "“预算执行情况(10分)”“绩效指标(90分)”把权重写在标签里；合计行标签跨 A–H 合并。"),
        values_from="published",
        values_note=("项目名称、金额、执行率、权重、指标值取自公开页面。公开表的完成值和得分栏是空的，"
                     "语料填入构造值（完成值 100，得分 10/60/30，合计 100），以便检验得分关系。"
                     "财政专户管理资金、单位资金两行用扩展键 project.funds.special.* / project.funds.unit_own.*。"),
        sheets=[SheetSpec("项目支出绩效自评表", _pad(rows, 11), merges, widths={"D": 24, "I": 10, "K": 30})],
        parts=[Part("project", "项目支出绩效自评表", fields, cols, [15, 16],
                    absent=["project.funds.carryover.initial", "project.funds.carryover.adjusted",
                            "project.funds.carryover.executed", "project.total.grade", "indicator.reason"])],
        planted=[
            Planted("funds_sum_initial", "项目支出绩效自评表!C10", F(283.93, AMT), "PRJ-FUNDS-SUM",
                    ["项目支出绩效自评表!C9", "项目支出绩效自评表!C10"], note="两位数字对调 238.93→283.93"),
            Planted("exec_rate", "项目支出绩效自评表!F9", F(0.9, PCT2), "PRJ-EXEC-RATE", ["项目支出绩效自评表!F9"],
                    also=["PRJ-EXEC-SCORE"]),
            Planted("score_over_weight", "项目支出绩效自评表!J15", 65, "PRJ-SCORE-OVER-WEIGHT", ["项目支出绩效自评表!J15"],
                    also=["PRJ-TOTAL-SCORE"]),
        ],
    )


# ----------------------------------------------------------------------------- 5. 云南 丽江 古城区 项目（两行表头）

LIJIANG_SRC = "http://m.jjiadianqingjie.com.cn/changyong/13241.html"


def _lijiang() -> Spec:
    rows = [
        ["2020年度项目支出绩效自评表"],
        ["项目名称", "2020年省级自然资源卫片执法补助经费支出绩效自评表"],
        ["主管部门", "丽江市自然资源和规划局", None, None, None, "实施单位", "丽江市古城区自然资源局"],
        ["项目资金\n(万元)", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 7.29, 7.29, 7.29, F(10, AMT), F(1, PCT0), F(10, AMT)],
        [None, "其中:当年财政拨款", 7.29, 7.29, 7.29, None, F(1, PCT0)],
        [None, "上年结转资金"],
        [None, "其他资金"],
        ["年度\n总体\n目标", "预期目标", None, None, None, "实际完成情况"],
        [None, "自然资源卫片执法补助经费", None, None, None, "自然资源卫片执法补助经费"],
        ["绩效指标", None, None, "年度指标值", None, None, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["一级\n指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
        ["产出指标", "数量指标", "卫片执法补助经费", "﹦", 72890, "元", 72890, F(10, AMT), F(9, AMT)],
        [None, "质量指标", "项目验收合格率", "﹦", 100, "%", 100, 20, 19],
        [None, "时效指标", "项目完成及时率", "﹦", 100, "%", 100, F(20, AMT), F(19, AMT)],
        ["效益指标", "社会效益指标", "违法行为责停率", "≥", 95, "%", 95, F(30, AMT), F(27, AMT)],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥", 95, "%", 95, F(10, AMT), F(9, AMT)],
        ["总分", None, None, None, None, None, None, F(100, AMT), F(93, AMT)],
    ]
    merges = ["A1:J1", "B2:J2", "B3:E3", "G3:J3", "A4:A8", "H4:J4", "H5:J5", "H6:J6", "A9:A10", "B9:E9", "F9:J9",
              "B10:E10", "F10:J10", "A11:C11", "D11:F11", "G11:G12", "H11:H12", "I11:I12", "J11:J12", "A13:A15",
              "A18:G18"]
    # 执行率 sits in G, 得分 in H (the header puts 得分 over H:J)
    fields: dict[str, Any] = {
        "project.name": "B2", "project.department": "B3", "project.unit": "G3",
        "project.goal.expected": "B10", "project.goal.actual": "F10",
        "project.total.weight": "H18", "project.total.score": "I18",
        "project.funds.total.weight": "F5", "project.funds.total.rate": "G5", "project.funds.total.score": "H5",
    }
    for part, r in (("total", 5), ("appropriation", 6), ("carryover", 7), ("other", 8)):
        for col, what in zip("CDE", ("initial", "adjusted", "executed")):
            fields[f"project.funds.{part}.{what}"] = f"{col}{r}" if r < 7 else (f"{col}{r}", None)
    cols = {"level1": "A", "level2": "B", "level3": "C", "nature": "D", "target": "E", "unit": "F",
            "actual": "G", "weight": "H", "score": "I", "reason": "J"}
    return Spec(
        id="yn_lijiang", source=LIJIANG_SRC, province="云南", form="project",
        description=("云南项目支出绩效自评表：资金块是国家样式，指标块是两行表头——第一行“绩效指标 | 年度指标值(跨三栏) | "
                     "实际完成值 | 分值 | 得分 | 偏差…”，第二行“一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位”；"
                     "指标性质用全角“﹦”，指标值是数字、单位另列（72890 元，而资金块是万元）；一级指标在 A 列，"
                     "没有单独的“绩效指标”竖排列；分值、得分有的格式为 0.00，有的是整数。"),
        values_from="published",
        values_note=("公开页面为繁体转写，语料用简体原文。金额、执行率、前四项指标的分值与得分取自公开表；"
                     "满意度一行的得分与总分在页面上被截断，为构造值（满意度得分 9，总分 10+9+19+19+27+9=93）。"),
        sheets=[SheetSpec("项目支出绩效自评表", _pad(rows, 10), merges, widths={"C": 22, "J": 24})],
        parts=[Part("project", "项目支出绩效自评表", fields, cols, [13, 14, 15, 16, 17],
                    absent=["project.total.grade"])],
        planted=[
            Planted("score_over_weight", "项目支出绩效自评表!I14", 21, "PRJ-SCORE-OVER-WEIGHT", ["项目支出绩效自评表!I14"],
                    also=["PRJ-TOTAL-SCORE"]),
            Planted("total_score", "项目支出绩效自评表!I18", F(95, AMT), "PRJ-TOTAL-SCORE", ["项目支出绩效自评表!I18"]),
            Planted("funds_sum", "项目支出绩效自评表!D6", 7.92, "PRJ-FUNDS-SUM",
                    ["项目支出绩效自评表!D5", "项目支出绩效自评表!D6"], also=["PRJ-EXEC-RATE"]),
        ],
    )


# ----------------------------------------------------------------------------- 6. 宁夏 银川 项目（自评得分在表头，分值在指标值之前）

YINCHUAN_SRC = "https://m.yzwku.com/doc/476505.html"


def _yinchuan() -> Spec:
    rows = [
        ["银川市本级部门项目支出绩效自评表"],
        ["(2021年)"],
        ["项目名称", "初中公用经费", None, None, "主管部门", "银川市教育局"],
        ["实施单位", "银川市第六中学", None, None, "自评得分", 98, "财政审核评分", None],
        ["项目资金\n(万元)", None, "年初预算数", "调整预算数(A)", "全年执行数(B)", "执行率(B/A)"],
        [None, "年度资金总额", 64.8, 64.8, 64.8, "100%"],
        ["年度总体目标", "年初设定目标", "保障学校正常工作运行"],
        [None, "年度总体目标完成情况综述", "保障了学校正常工作运行"],
        ["一级指标", "二级指标", "三级指标", "分值", "指标值(A)", "全年实际值(B)", "得分", "未完成原因分析及改进措施"],
        ["项目决策(10分)", "项目目标", "完整性", 4, "—", "目标明确、内容细化、目标量化", 4],
        [None, "项目立项", "相关性", 2, "—", "按照学校管理标准对学校进行管理", 2],
        [None, None, "可行性", 2, "—", "实际工作需求", 2],
        [None, None, "适当性", 2, "—", "有资金测算标准", 2],
        ["项目管理(25分)", "投入管理", "预算执行率", 10, "—", "100%", 9],
        [None, "财务管理", "财务管理制度有效性", 7, "—", "财务制度健全,严格执行制度,会计核算规范", 7],
        [None, "项目实施", "绩效监控有效性", 2, "—", "持续有效", 2],
        [None, None, "管理制度有效性", 6, "—", "严格执行相关管理制度", 6],
        ["项目产出(30分)", "数量指标\n(10分)", "保障人数", 10, "2370人", "2370人", 10],
        [None, None, "指标2:"],
        [None, "质量指标\n(5分)", "公用经费标准", 5, "符合相关文件要求", "符合相关文件要求", 5],
        [None, None, "指标2:"],
        [None, "时效指标\n(5分)", "公用经费完成时间", 5, "2021年12月完成", "2021年12月完成", 4, "个别支出在次年1月入账"],
        [None, None, "指标2:"],
        [None, "成本指标\n(10分)", "办公所需成本", 4, "15万元", "15万元", 4],
        [None, None, "维修(维护)所需成本", 3, "35万元", "35万元", 3],
        [None, None, "绿化、水电费等成本", 3, "14.8万元", "14.8万元", 3],
        ["项目效益(35分)", "经济效益指标", "指标1:"],
        [None, None, "指标2:"],
        [None, "社会效益指标", "改善学校的办学条件", 15, "效果显著", "改善学校的办学条件", 15],
        [None, "生态效益指标", "指标1:"],
        [None, "可持续影响指标", "使学生和老师有个更好的学习和工作环境", 10, "社会认可的办学环境", "社会认可的办学环境", 10],
        [None, "服务对象满意度指标", "学生和老师满意度", 10, "≥90%", "95%", 10],
    ]
    merges = ["A1:H1", "A2:H2", "B3:D3", "F3:H3", "B4:D4", "A5:B5", "A6:A6", "C7:H7", "C8:H8", "A7:A8"]
    merges += merge_down("A", _pad(rows, 8), 10, 32) + merge_down("B", _pad(rows, 8), 10, 32)
    ind_rows = list(range(10, 33))  # the manifest lists the "指标1:" placeholders apart
    fields: dict[str, Any] = {
        "project.name": "B3", "project.department": "F3", "project.unit": "B4", "project.total.score": "F4",
        "project.funds.total.initial": "C6", "project.funds.total.adjusted": "D6",
        "project.funds.total.executed": "E6", "project.funds.total.rate": "F6",
        "project.goal.expected": "C7", "project.goal.actual": "C8",
    }
    cols = {"level1": "A", "level2": "B", "level3": "C", "weight": "D", "target": "E", "actual": "F",
            "score": "G", "reason": "H"}
    return Spec(
        id="nx_yinchuan", source=YINCHUAN_SRC, province="宁夏", form="project",
        description=("银川市本级部门项目支出绩效自评表：总得分只在表头（“自评得分 98”，旁边还有空的“财政审核评分”），"
                     "没有总分行；资金块只有年度资金总额一行，(A)(B) 标记、执行率(B/A) 为文字“100%”，资金行没有分值和得分"
                     "（预算执行率作为“项目管理”下的一个三级指标计分）；指标块的“分值”在“指标值(A)”之前；"
                     "一级指标是项目决策/项目管理/项目产出/项目效益（不是产出/效益/满意度），二级标签带分值“数量指标(10分)”；"
                     "有“指标1:”“指标2:”占位行。"),
        values_from="constructed",
        values_note=("表式、标签、项目名称、金额 64.8、分值和大部分指标值取自公开文档（OCR 文本，多处乱码）。"
                     "公开得分经 OCR 后相加与表头 98 不符，语料按分值构造得分使总分为 98："
                     "10 + (9+7+2+6) + (10+5+4+4+3+3) + (15+10+10) = 98；时效指标得 4 分并填写偏差原因。"),
        sheets=[SheetSpec("项目支出绩效自评表", _pad(rows, 8), merges, widths={"C": 30, "E": 18, "F": 28, "H": 24})],
        parts=[Part("project", "项目支出绩效自评表", fields, cols, ind_rows,
                    absent=["project.funds.total.weight", "project.funds.total.score", "project.funds.appropriation.initial",
                            "project.funds.appropriation.adjusted", "project.funds.appropriation.executed",
                            "project.funds.carryover.initial", "project.funds.carryover.adjusted",
                            "project.funds.carryover.executed", "project.funds.other.initial",
                            "project.funds.other.adjusted", "project.funds.other.executed", "project.total.weight",
                            "project.total.grade"])],
        planted=[
            Planted("header_total", "项目支出绩效自评表!F4", 96, "PRJ-TOTAL-SCORE", ["项目支出绩效自评表!F4"]),
            Planted("exec_rate", "项目支出绩效自评表!F6", "90%", "PRJ-EXEC-RATE", ["项目支出绩效自评表!F6"]),
            Planted("score_over_weight", "项目支出绩效自评表!G24", 5, "PRJ-SCORE-OVER-WEIGHT", ["项目支出绩效自评表!G24"],
                    also=["PRJ-TOTAL-SCORE"]),
        ],
    )


# ----------------------------------------------------------------------------- 7. 湖北 湖北工程学院 学生资助项目（总分在表头，权重在标签里）

HUBEI_SRC = "https://m.777doc.com/doc-4336759.html"


def _hubei() -> Spec:
    rows = [
        ["2021年学生资助项目绩效目标自评表"],
        ["填报日期:", None, None, "总分:", 99.37, "分"],
        ["项目名称", "湖北工程学院2021年学生资助项目", None, "主管部门", "湖北省教育厅"],
        ["项目实施单位", "湖北工程学院", None, "项目类别", "1、部门预算项目☑  2、省直专项□  3、省对下转移支付项目□"],
        ["项目属性", "1、持续性项目□  2、新增性项目☑", None, "项目类型", "1、常年性项目☑  2、延续性项目□  3、一次性项目□"],
        ["预算执行情况(万元)\n(10分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(10分*执行率)"],
        ["年度财政资金总额", 2356.78, 2321.45, 98.5, 9.85],
        ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        ["产出指标\n(50分)", "数量", "国家奖学金人数(5分)", "12人", "11人",
         "4.58分(因全校总人数减少,总指标数减少,但奖励、资助比例没减少)"],
        [None, None, "国家励志奖学金人数(10分)", "350人", "350人", 10],
        [None, None, "国家助学金人数(10分)", "4200人", "4200人", 10],
        [None, None, "应征入伍人数(5分)", "60人", "62人", 5],
        [None, "成本指标", "国家奖学金人均资助(5分)", "0.8万元", "0.8万元", 5],
        [None, None, "国家励志奖学金人均资助(5分)", "0.5万元", "0.5万元", 5],
        [None, None, "国家助学金人均资助(10分)", "0.33万元", "0.33万元", 10],
        ["效益指标\n(30分)", "社会效益指标", "资金发放率(15分)", "100%", "100%", 15],
        [None, None, "困难生完成学业率(15分)", "98%", "97.6%", 14.94],
        ["满意度指标\n(10分)", "服务对象满意度指标", "受助学生满意度(5分)", "≥90%", "96%", 5],
        [None, "过程指标", "评审程序是否公正(5分)", "是", "是", 5],
    ]
    merges = ["A1:F1", "B3:C3", "B4:C4", "B5:C5"]
    merges += merge_down("A", _pad(rows, 6), 9, 19) + merge_down("B", _pad(rows, 6), 9, 19)
    fields: dict[str, Any] = {
        "project.name": "B3", "project.department": "E3", "project.unit": "B4", "project.total.score": "E2",
        "project.funds.total.adjusted": "B7", "project.funds.total.executed": "C7", "project.funds.total.rate": "D7",
        "project.funds.total.score": "E7", "project.funds.total.weight": ("A6", 10),
    }
    ind_rows = list(range(9, 20))
    weights = {9: 5, 10: 10, 11: 10, 12: 5, 13: 5, 14: 5, 15: 10, 16: 15, 17: 15, 18: 5, 19: 5}
    return Spec(
        id="hb_gongcheng", source=HUBEI_SRC, province="湖北", form="project",
        description=("湖北高校“学生资助项目绩效目标自评表”：总分写在表头（“总分: 99.29 分”），没有总分行；"
                     "资金块只有“年度财政资金总额”一行，只有预算数(A)/执行数(B)（没有年初预算数），执行率键入 98.5（常规格式、"
                     "不带 %），得分列头是“得分(10分*执行率)”、分值只写在“预算执行情况(万元)(10分)”标签里；"
                     "指标块没有分值列，每个三级指标的分值写在标签括号里“国家奖学金人数(5分)”；"
                     "一项得分格里是文字“4.58分(因…)”；没有年度总体目标、没有偏差原因列。"),
        values_from="constructed",
        values_note=("表式、标签、项目名称与指标名称取自公开文档（空白表），全部数值为构造值，逐项核对："
                     "2321.45÷2356.78=98.50%，得分 9.85；11÷12×5=4.58；97.6÷98×15=14.94；"
                     "总分 9.85+49.58+29.94+10=99.37。"),
        sheets=[SheetSpec("学生资助", _pad(rows, 6), merges, widths={"C": 30, "F": 30})],
        parts=[Part("project", "学生资助", fields,
                    {"level1": "A", "level2": "B", "level3": "C", "target": "D", "actual": "E", "weight": "C", "score": "F"},
                    ind_rows,
                    indicator_inline={**{(r, "weight"): w for r, w in weights.items()}, (9, "score"): 4.58},
                    absent=["project.funds.total.initial", "project.funds.appropriation.initial",
                            "project.funds.appropriation.adjusted", "project.funds.appropriation.executed",
                            "project.funds.carryover.initial", "project.funds.carryover.adjusted",
                            "project.funds.carryover.executed", "project.funds.other.initial",
                            "project.funds.other.adjusted", "project.funds.other.executed",
                            "project.goal.expected", "project.goal.actual", "project.total.weight",
                            "project.total.grade", "indicator.reason"])],
        planted=[
            Planted("exec_rate", "学生资助!D7", 95.8, "PRJ-EXEC-RATE", ["学生资助!D7"], also=["PRJ-EXEC-SCORE"],
                    note="执行率键入数字（无 %），两位数字对调"),
            Planted("header_total", "学生资助!E2", 98.37, "PRJ-TOTAL-SCORE", ["学生资助!E2"]),
            Planted("score_over_label_weight", "学生资助!F12", 6, "PRJ-SCORE-OVER-WEIGHT", ["学生资助!F12"],
                    also=["PRJ-TOTAL-SCORE"], note="分值只写在标签“应征入伍人数(5分)”里"),
        ],
    )


# ----------------------------------------------------------------------------- 8. 湖南 附件3 2018 年样式（填报单位、公务接待、业务工作专项）

A3_2018_SRC = "https://wanglu.net/thread/t4-462766-0.html"


def _a3_2018() -> Spec:
    rows = [
        ["附件3:"],
        ["部门整体支出绩效评价基础数据表"],
        ["填报单位:", None, None, "单位:万元"],
        ["财政供养人员情况", "编制数", "2018年实际在职人数", "控制率"],
        [None, 143, 136, F(0.951, PCT2)],
        ["经费控制情况", "2017年决算数", "2018年预算数", "2018年决算数"],
        ["三公经费", F(29.08, AMT), F(63.46, AMT), F(44.29, AMT)],
        ["1、公务用车购置和维护经费", F(11.86, AMT), F(41.46, AMT), F(39.30, AMT)],
        ["其中:公车购置", None, F(29.46, AMT), F(29.46, AMT)],
        ["公车运行维护", F(11.86, AMT), F(12, AMT), F(9.84, AMT)],
        ["2、出国经费"],
        ["3、公务接待", F(17.22, AMT), F(22, AMT), F(4.99, AMT)],
        ["项目支出:"],
        ["1、业务工作专项", F(938.8, AMT), F(320, AMT), F(689.16, AMT)],
        ["2、运行维护专项"],
        ["公用经费"],
        ["其中:办公经费", F(14.44, AMT), F(10, AMT), F(0.68, AMT)],
        ["水费、电费、差旅费", F(17.92, AMT), F(7.50, AMT), F(25.36, AMT)],
        ["会议费、培训费", F(0, AMT), F(0.8, AMT), F(0, AMT)],
        ["政府采购金额", F(16.14, AMT), F(30.66, AMT), F(30.66, AMT)],
        ["部门整体支出预算调整", None, F(1922.76, AMT), F(2690.62, AMT)],
    ]
    fields: dict[str, Any] = {"unit.name": ("B3", None), "staff.authorized": "B5", "staff.actual": "C5",
                              "staff.control_rate": "D5"}
    for key, row in [("sangong", 7), ("car", 8), ("car_purchase", 9), ("car_running", 10), ("abroad", 11),
                     ("reception", 12), ("projects", 13), ("public", 16), ("office", 17), ("utilities", 18),
                     ("meetings", 19), ("procurement", 20), ("basic_adjust", 21)]:
        for i, (col, what) in enumerate(zip("BCD", ("prev_actual", "budget", "actual"))):
            v = rows[row - 1][i + 1] if len(rows[row - 1]) > i + 1 else None
            fields[f"funds.{key}.{what}"] = f"{col}{row}" if v is not None else (f"{col}{row}", None)
    return Spec(
        id="hn_a3_2018", source=A3_2018_SRC, province="湖南", form="attachment3",
        description=("附件3 的 2018 年样式：“填报单位:”留空，单位“单位:万元”写在表头右侧而不在栏目名里；"
                     "“经费控制情况”不带（万元）；“3、公务接待”（不是公务接待费）、“1、业务工作专项/2、运行维护专项”；"
                     "最后一行是“部门整体支出预算调整”（不是部门基本支出预算调整）；没有楼堂馆所和例行节约两块；"
                     "项目支出、公用经费两个合计行是空的而其明细有数，公车购置上年数空着；控制率是数字 0.951（0.00%）。"),
        values_from="published",
        values_note=("全部数值取自公开页面（页面为 PDF 转写，省份未写明，表式为湖南省附件3 系列），逐项核对："
                     "11.86+0+17.22=29.08，41.46+22=63.46，39.30+4.99=44.29；29.46+12=41.46，29.46+9.84=39.30；"
                     "136÷143=95.10%；1922.76+767.86（文中追加数）=2690.62。"),
        sheets=[SheetSpec("附件3", _pad(rows, 4), ["A1:D1", "A2:D2", "B3:C3"], widths={"A": 30, "C": 18})],
        parts=[Part("attachment3", "附件3", fields,
                    absent=["buildings.name", "buildings.approved_area", "buildings.actual_area", "buildings.area_rate",
                            "buildings.budget_invest", "buildings.actual_invest", "buildings.invest_rate",
                            "savings.measures"])],
        planted=[
            Planted("sangong_budget", "附件3!C7", F(64.46, AMT), "A3-SANGONG-SUM", ["附件3!C7"]),
            Planted("car_running", "附件3!D10", F(9.48, AMT), "A3-CAR-SUM", ["附件3!D8", "附件3!D10"],
                    note="两位数字对调 9.84→9.48"),
            Planted("staff_rate", "附件3!D5", F(0.961, PCT2), "A3-STAFF-RATE", ["附件3!D5"]),
        ],
    )



# ----------------------------------------------------------------------------- 9. 河北 廊坊 项目（国家样式，“指标1”前缀，得分格式为整数）

LANGFANG_SRC = "http://www.lfsp.cn/newsinfo/1158053.html"
INT = "0"


def _langfang() -> Spec:
    dots = [None, None, "……", None, None, None, None, None]

    def more(n=2):
        return [[None, None, f"指标{n}", None, None, None, None, None], list(dots)]

    reason = "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。"
    ind = [["产出指标", "数量指标", "指标1工程资金金额", 43.2, 37.24, 10, F(8.62, INT), reason], *more(),
           [None, "质量指标", "指标1工程完工率", 100, 100, 10, 10, None],
           [None, None, "指标2工程验收合格率", 100, 100, 10, 10, None], list(dots),
           [None, "时效指标", "指标1项目完成及时率", 100, 100, 10, 10, None], *more(),
           [None, "成本指标", "指标1成本控制率", 100, 100, 10, 10, None], *more(),
           ["效益指标", "经济效益\n指标", "指标1安全率", 100, 100, 10, 10, 0], *more(),
           [None, "社会效益\n指标", "指标1学校发展能力", 100, 100, 10, 10, 0], *more(),
           [None, "生态效益\n指标", "指标1", None, None, None, None, None], *more(),
           ["效益指标", "可持续影响\n指标", "指标1长期使用性", 100, 100, 10, 10, None], *more(),
           ["满意度\n指标", "服务对象满意度指标", "指标1学生满意度", 100, 100, 10, 10, 0], *more()]
    sheet, fields, rows = _single_project_sheet(
        "项目支出绩效自评表", ["附件1", "项目支出绩效自评表", "2019年度)"], name="办公宿舍楼、食堂及餐厅暖通改造经费",
        dept="廊坊市发改委", unit="廊坊市食品工程学校", money="项目资金\n(万元)",
        funds=[[43.2, 43.2, 37.24, 10, F(0.862037, PCT0), F(8.62, INT)], [43.2, 43.2, 37.24], [], []],
        goal=(43.2, 37.24), indicators=ind, total=(100, F(97.24, INT)))
    t = rows[-1] + 1
    return Spec(
        id="hb_langfang", source=LANGFANG_SRC, province="河北", form="project",
        description=("河北廊坊的国家样式项目支出绩效自评表（附件1）：三级指标名带“指标1”“指标2”前缀且保留了空白模板的"
                     "“指标2”“……”占位行和没填的“指标1”行；“效益指标”一级标签出现两次（可持续影响单独一段）；"
                     "预算执行得分和一项指标得分存的是 8.62，但单元格格式为 0，显示为 9（公开表印的就是 9），总分 97.24 显示为 97；"
                     "执行率 86.2037% 格式 0% 显示 86%；年度总体目标两格填的是数字 43.2 / 37.24；偏差原因栏有填 0 的。"),
        values_from="published",
        values_note=("金额、执行率、指标、分值取自公开页面；公开表的得分“9”按执行率 37.24÷43.2=86.2% 计算为 8.62，语料存 8.62、"
                     "以整数格式显示 9（DOMAIN：以小数存、以整数显示）。总分行在页面上缺失，为构造值 8.62+8.62+80=97.24。"),
        sheets=[sheet],
        parts=[Part("project", "项目支出绩效自评表", fields, dict(zip(PRJ_IND_KEYS, "BCDEFGHI")), rows,
                    absent=["project.total.grade"])],
        planted=[
            Planted("exec_score", "项目支出绩效自评表!I7", F(9.62, INT), "PRJ-EXEC-SCORE", ["项目支出绩效自评表!I7"],
                    also=["PRJ-TOTAL-SCORE"], note="显示仍为整数 10"),
            Planted("funds_sum", "项目支出绩效自评表!E8", 42.3, "PRJ-FUNDS-SUM",
                    ["项目支出绩效自评表!E7", "项目支出绩效自评表!E8"]),
            Planted("total_score", f"项目支出绩效自评表!H{t}", F(98.24, INT), "PRJ-TOTAL-SCORE",
                    [f"项目支出绩效自评表!H{t}"]),
        ],
    )


# ----------------------------------------------------------------------------- 10. 安徽 天长市 项目（(A)(B) 标记、执行率空着）

TIANCHANG_SRC = "(检索结果未给出网址) 天长市水利局水旱灾害防御股项目支出绩效自评，发布时间 2023-12-05"


def _tianchang() -> Spec:
    dots = [None, None, "……", None, None, None, None, None]

    def more():
        return [[None, None, "指标2:", None, None, None, None, None], list(dots)]

    ind = [["产出指标\n(50分)", "数量指标", "指标1:完成中型灌区节水改造项目数量", 1, 1, 10, 10, None],
           [None, None, "指标2:完成农业综合水价改革项目", 1, 1, 10, 10, None], list(dots),
           [None, "质量指标", "指标1:工程质量合格", None, None, 10, 10, None], *more(),
           [None, "时效指标", "指标1:年度资金支付完成率100%", None, None, 10, 10, None], *more(),
           [None, "成本指标", "指标1:资金执行在预算范围内", None, None, 10, 10, None], *more(),
           ["效益指标\n(30分)", "经济效益\n指标", "指标1:全市安全度汛", None, None, 10, 10, None], *more(),
           [None, "社会效益\n指标", "指标1:保护全市人口财产不受损失", None, None, 10, 10, None], *more(),
           [None, "生态效益\n指标", "指标1:/", "/", "/", None, None, None], *more(),
           [None, "可持续影\n响指标", "指标1:已建工程良性运行", None, None, 10, 10, None], *more(),
           ["满意度指标\n(10分)", "服务对象\n满意度指标", "指标1:服务对象满意度", "90%", "100%", 10, 10, None], *more()]
    sheet, fields, rows = _single_project_sheet(
        "项目支出绩效自评表", ["项目支出绩效自评表", "(2022年度)"], name="水旱灾害防御经费", dept=None,
        unit="天长市水利局", money="项目资金\n(万元)", total_label="年度资金总额:", appr_label=" 其中:本年财政拨款",
        money_head=("年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"),
        goal_label="年度总体目标完成情况", ind_label="年度绩效指标完成情况", level1_head="一级\n指标",
        funds=[[880, 880, 880, 10, None, 10], [880, 880, 880, "-", None, "-"], [None, None, None, "-", None, "-"],
               [None, None, None, "-", None, "-"]],
        goal=("完成年度防汛工作,完成中型灌区节水改造项目和农业综合水价改革项目。", "完成年度目标。"),
        indicators=ind, total=(100, 100))
    fields["project.department"] = (fields["project.department"], None)
    t = rows[-1] + 1
    return Spec(
        id="ah_tianchang", source=TIANCHANG_SRC, province="安徽", form="project",
        description=("安徽天长市的国家样式项目支出绩效自评表：列头带 (A)(B) 标记“全年预算数(A)/全年执行数(B)/执行率(B/A)”，"
                     "年度资金总额一行的执行率是空的（只有分值 10、得分 10），子行分值/得分填“-”；主管部门空着；"
                     "“年度总体目标完成情况”“年度绩效指标完成情况”代替常见标签；三级指标名带“指标1:”前缀，"
                     "有的把指标值写进名称（“年度资金支付完成率100%”）而年度指标值/实际完成值两栏空着；"
                     "“指标1:/ / /”表示不适用；保留“指标2:”“……”占位行。"),
        values_from="published",
        values_note=("全部取自公开页面文本（逐项核对：分值 10+50+30+10=100，得分同）。页面文本丢失了竖排的一级指标名，"
                     "只剩“(50分)”，语料按国家样式补为“产出指标(50分)”。检索工具没有给出该页面的网址。"),
        sheets=[sheet],
        parts=[Part("project", "项目支出绩效自评表", fields, dict(zip(PRJ_IND_KEYS, "BCDEFGHI")), rows,
                    absent=["project.total.grade"])],
        planted=[
            Planted("exec_score", "项目支出绩效自评表!I6", 9, "PRJ-EXEC-SCORE", ["项目支出绩效自评表!I6"],
                    also=["PRJ-TOTAL-SCORE"]),
            Planted("funds_sum", "项目支出绩效自评表!F7", 808, "PRJ-FUNDS-SUM",
                    ["项目支出绩效自评表!F6", "项目支出绩效自评表!F7"]),
            Planted("total_score", f"项目支出绩效自评表!H{t}", 90, "PRJ-TOTAL-SCORE", [f"项目支出绩效自评表!H{t}"]),
        ],
    )


# ----------------------------------------------------------------------------- 11. 塘湖镇 部门整体（只有得分、没有分值列）

TANGHU_SRC = "http://www.zgtc.gov.cn/xxgk/dfbmptlj/xzxxgkpt/thz/fdzdgknr_22529/czzj_22533/202108/t20210825_2381407.shtml"


def _tanghu() -> Spec:
    rows = [
        ["部门整体支出绩效自评表"],
        ["单位名称:塘湖镇政府", None, None, None, None, "填报日期:2021.5.18"],
        ["单位名称", "塘湖镇人民政府"],
        ["基本支出总额", "864.2万", None, "项目支出总额", 0],
        ["预算执行情况(万元)\n(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
        ["部门整体支出总额", 864.2, 864.2, "100%", 20],
        ["年度目标1:(80分)", "增强政府工作效率、改善乡镇居住环境"],
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        [None, "产出指标", "数量指标", "办结信访案件", "168起", "168起", 10],
        [None, None, "数量指标", "拆除活人墓、豪华墓", "32座", "32座", 20],
        [None, None, "日效性指标", "解决群众问题时间", "2天以内", "2天以内", 10],
        [None, "效益指标", "社会效益指标", "改善人居环境", "有效改善", "有效改善", 10],
        [None, None, "社会效益指标", "提升出行效率", "有效提升", "有效提升", 10],
        [None, "满意度指标", "群众满意度\n指标", "群众对政府工作满意度", "≧90%", "95%", 20],
        ["总分", "100分"],
        ["偏差大或\n目标未完成\n原因分析", "无"],
        ["改进措施及\n结果应用方案", "无"],
    ]
    merges = ["A1:G1", "A2:E2", "F2:G2", "B3:G3", "B4:C4", "E4:G4", "E5:G5", "E6:G6", "B7:G7", "A8:A14",
              "B9:B11", "B12:B13", "B15:G15", "B16:G16", "B17:G17"]
    fields: dict[str, Any] = {
        "budget_unit.name": "B3", "budget.adjusted": "B6", "budget.executed": "C6", "budget.rate": "D6",
        "budget.score": "E6", "budget.weight": ("A5", 20), "spending.basic": ("B4", 864.2),
        "spending.project": "E4", "goal.expected": "B7", "total.score": ("B15", 100),
    }
    cols = {"level1": "B", "level2": "C", "level3": "D", "target": "E", "actual": "F", "score": "G"}
    return Spec(
        id="th_tanghu", source=TANGHU_SRC, province="安徽（推定）", form="attachment4",
        description=("乡镇部门整体支出绩效自评表（较早的样式）：没有分值列，只有“得分”；预算执行 20 分写在标签里"
                     "“预算执行情况(万元)(20分)”“得分(20分*执行率)”，指标合计 80 分写在“年度目标1:(80分)”里；"
                     "只有预算数(A)/执行数(B)（没有年初预算数），执行率是文字“100%”；基本支出总额写成“864.2万”文字；"
                     "二级指标每行重复（不合并），有错字“日效性指标”；总分写成文字“100分”；没有实际完成情况栏、没有偏差原因列"
                     "（偏差原因和改进措施在表尾各占一行）。"),
        values_from="published",
        values_note=("取自公开页面（网站为 zgtc.gov.cn，页面未写省份）。执行数一格在页面文本中缺失，按执行率 100% 填 864.2；"
                     "其余为公开值：20+10+20+10+10+10+20=100。"),
        sheets=[SheetSpec("自评表", _pad(rows, 7), merges, widths={"A": 16, "D": 22})],
        parts=[Part("attachment4", "自评表", fields, cols, list(range(9, 15)),
                    absent=["budget.initial", "income.general", "income.fund", "income.special", "income.other",
                            "income.total", "spending.total", "goal.actual", "indicator.weight", "indicator.reason",
                            "total.weight", "total.grade"])],
        planted=[
            Planted("exec_score", "自评表!E6", 18, "A4-EXEC-SCORE", ["自评表!E6"], also=["A4-TOTAL-SCORE"]),
            Planted("total_score", "自评表!B15", "98分", "A4-TOTAL-SCORE", ["自评表!B15"]),
            Planted("exec_rate", "自评表!D6", "95%", "A4-EXEC-RATE", ["自评表!D6"], also=["A4-EXEC-SCORE"]),
        ],
    )


# ----------------------------------------------------------------------------- 12. 安徽 金寨县 部门整体（国家项目表样式，执行率 >100%）

JINZHAI_SRC = "https://www.ahjinzhai.gov.cn/public/6624963/37545031.html"


def _jinzhai() -> Spec:
    ind = [
        ["产出指标", "数量指标", "指标1:开展精品示范村建设数量", "≤4", 4, 10, 10, None],
        [None, None, "指标2:建设美丽宜居自然村庄数量", "≥200", 202, 10, 10, None],
        [None, None, "指标3:完成农村户用卫生厕所改造数量", "≥2000", 3061, 10, 10, None],
        [None, None, "指标4:新建省级中心村数量", "≥10", 10, 10, 10, None],
        [None, "质量指标", "指标1:美丽宜居自然村庄验收通过率", "≥95%", "100%", 5, 5, None],
        [None, None, "指标2:户用卫生厕所改造验收通过率", "≥95%", "100%", 5, 5, None],
        [None, "时效指标", "指标1:完成美丽宜居自然村庄验收时间", "9月前", "7月", 5, 5, None],
        [None, None, "指标2:完成户用卫生厕所改造验收时间", "11月前", "10月", 5, 5, None],
        [None, "成本指标", "指标1:村庄整治项目成本控制", "≤预算", "未超预算", 5, 5, None],
        ["效益指标", "社会效益指标", "指标1:农村人居环境改善", "明显改善", "明显改善", 10, 10, None],
        [None, "可持续影响指标", "指标1:长效管护机制建立", "建立", "已建立", 5, 5, None],
        ["满意度指标", "服务对象满意度指标", "指标1:群众满意度", "≥90%", "96%", 10, 10, None],
    ]
    rows, merges, fields, ind_rows = national_block(
        1, heading=["部门整体支出绩效自评表", "(2023年度)"], name="金寨县茶谷和美丽乡村建设服务中心", dept=None,
        unit=None, money="预算资金\n(万元)", appr_label="其中:当年财政拨款",
        funds=[[329.77, 329.77, 338.31, 10, F(1.0259, PCT2), 10], [329.77, 329.77, 338.31, "—", F(1.0259, PCT2), "—"],
               [None, None, None, "—", None, "—"], [None, None, None, "—", None, "—"]],
        goal=("1.建设徽风皖韵美丽乡村;2.整治美丽宜居自然村庄;3.推进农村改厕提质增效;4.深入开展村庄清洁行动;"
              "5.促进茶谷果岭融合发展。",
              "1.启动燕子河镇龙马村、花石乡大湾村等4个精品示范村建设;2.整治美丽宜居自然村庄202个;"
              "3.完成农村户用卫生厕所改造3061户;4.全面完成2022年度10个省级中心村各项建设任务,并顺利通过省级验收;"
              "加快2023年度10个省级中心村任务,确保2024年通过各级验收。"),
        indicators=ind, total=(100, 100), ind_label="绩\n效\n指\n标")
    # this is a 部门整体 form: the header says 部门, not 项目名称/主管部门/实施单位
    rows[2][0] = "部门"
    rows[3] = [None] * 9
    r_total = ind_rows[-1] + 1
    f = {"budget_unit.name": "B3", "budget.initial": "D6", "budget.adjusted": "E6", "budget.executed": "F6",
         "budget.weight": "G6", "budget.rate": "H6", "budget.score": "I6", "goal.expected": "B11",
         "goal.actual": "F11", "total.weight": f"G{r_total}", "total.score": f"H{r_total}",
         "budget.appropriation.initial": "D7", "budget.appropriation.adjusted": "E7",
         "budget.appropriation.executed": "F7"}
    merges = [m for m in merges if not m.startswith(("B4:", "G4:"))]
    return Spec(
        id="ah_jinzhai", source=JINZHAI_SRC, province="安徽", form="attachment4",
        description=("安徽金寨县的部门整体支出绩效自评表，用的是国家项目支出自评表的骨架：“部门”一行代替预算单位名称，"
                     "“预算资金(万元)”块有年度资金总额与“其中:当年财政拨款/上年结转资金/其他资金”（不是按收入/支出性质分），"
                     "执行数大于预算数（执行率 102.59%）；三级指标名带“指标1:”前缀；数量指标的指标值写成“≤4”；"
                     "“绩效指标”竖排标签。"),
        values_from="published",
        values_note=("金额、执行率、年度目标与前八项指标取自公开页面（338.31÷329.77=102.59%）。公开表年度资金总额一行的得分为空、"
                     "成本指标之后被截断：语料按封顶规则填得分 10，成本/效益/满意度指标与总分（100）为构造值。"
                     "“当年财政拨款”一行用扩展键 budget.appropriation.*。"),
        sheets=[SheetSpec("部门整体支出绩效自评表", _pad(rows, 9), merges, widths={"D": 34, "E": 14, "F": 40})],
        parts=[Part("attachment4", "部门整体支出绩效自评表", f, dict(zip(PRJ_IND_KEYS, "BCDEFGHI")), ind_rows,
                    absent=["income.general", "income.fund", "income.special", "income.other", "income.total",
                            "spending.basic", "spending.project", "spending.total", "total.grade"])],
        planted=[
            Planted("exec_rate", "部门整体支出绩效自评表!H6", F(1.0529, PCT2), "A4-EXEC-RATE", ["部门整体支出绩效自评表!H6"],
                    note="两位数字对调 102.59%→105.29%"),
            Planted("score_over_weight", f"部门整体支出绩效自评表!H{ind_rows[4]}", 6, "A4-SCORE-OVER-WEIGHT",
                    [f"部门整体支出绩效自评表!H{ind_rows[4]}"], also=["A4-TOTAL-SCORE"]),
            Planted("total_score", f"部门整体支出绩效自评表!H{r_total}", 95, "A4-TOTAL-SCORE",
                    [f"部门整体支出绩效自评表!H{r_total}"]),
        ],
    )

# ----------------------------------------------------------------------------- near misses: look like forms, are not

NEAR_SRC = "constructed"


def _near(id_: str, description: str, title: str, rows: list[list[Any]], merges=None, width=8) -> Spec:
    return Spec(id=id_, source=NEAR_SRC, province="—", form="not_a_form", description=description,
                values_from="constructed", sheets=[SheetSpec(title, _pad(rows, width), merges or [])],
                parts=[Part("not_a_form", title)])


def _near_goal_declaration() -> Spec:
    return _near("nm_goal_declaration", "项目支出绩效目标申报表：有资金、年度目标和三级指标与指标值，但没有实际完成值、分值、得分。",
                 "绩效目标申报表", [
                     ["项目支出绩效目标申报表"], ["(2024年度)"],
                     ["项目名称", "乡村道路养护经费"], ["主管部门", "某县交通运输局", None, None, "实施单位", "某县公路养护中心"],
                     ["项目资金\n(万元)", "年度资金总额", 120], [None, "其中:财政拨款", 120], [None, "其他资金", 0],
                     ["年度目标", "完成农村公路日常养护 350 公里"],
                     ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
                     [None, "产出指标", "数量指标", "养护里程", "≥350公里"],
                     [None, None, "质量指标", "路况优良率", "≥85%"],
                     [None, "效益指标", "社会效益指标", "群众出行条件改善", "明显改善"],
                     [None, "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
                 ])


def _near_title_only() -> Spec:
    return _near("nm_title_only", "只有标题“部门整体支出绩效自评表”的空白工作表。", "Sheet1",
                 [["部门整体支出绩效自评表"]], ["A1:H1"])


def _near_project_budget() -> Spec:
    return _near("nm_project_budget", "项目支出预算表（部门预算公开表）：项目名称、金额，没有执行数、分值、指标。",
                 "项目支出预算表", [
                     ["项目支出预算表"], [None, None, None, None, "单位:万元"],
                     ["单位名称", "项目名称", "合计", "一般公共预算", "政府性基金", "其他资金"],
                     ["某镇人民政府", "村级组织运转经费", 202.64, 202.64, 0, 0],
                     ["某镇人民政府", "委托业务经费", 90, 90, 0, 0],
                     ["某镇人民政府", "农村环境整治", 45, 30, 15, 0],
                     ["合计", None, 337.64, 322.64, 15, 0],
                 ])


def _near_sangong() -> Spec:
    return _near("nm_sangong_table", "部门决算公开的“三公”经费支出决算表：三公经费各项的预算数和决算数，但不是附件3。",
                 "三公经费", [
                     ["财政拨款“三公”经费支出决算表"], [None, None, None, None, None, "单位:万元"],
                     ["预算数", None, None, None, None, "决算数"],
                     ["合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费", None, "合计", "因公出国(境)费",
                      "公务用车购置及运行费", "公务接待费"],
                     [11, 0, 6, 5, None, 9.73, 0, 4.74, 4.99],
                 ], width=9)


def _near_monitor() -> Spec:
    return _near("nm_monitor", "项目绩效运行监控表：1-7月执行数和全年预计完成值，没有分值和得分。",
                 "绩效监控", [
                     ["项目支出绩效目标执行监控表"], ["(2024年1-7月)"],
                     ["项目名称", "农村环境整治"],
                     ["项目资金\n(万元)", "年初预算数", "全年预算数", "1-7月执行数", "执行率", "全年预计执行数"],
                     ["年度资金总额", 45, 45, 20.3, F(0.4511, PCT2), 45],
                     ["绩效指标", "一级指标", "三级指标", "年度指标值", "1-7月执行情况", "全年预计完成情况", "偏差原因"],
                     [None, "产出指标", "整治村庄数", "10个", "4个", "10个"],
                     [None, "效益指标", "人居环境改善", "明显改善", "逐步改善", "明显改善"],
                 ])


def _near_library() -> Spec:
    return _near("nm_indicator_library", "绩效指标库：一级/二级/三级指标、指标解释和评分标准，没有任何单位的数值。",
                 "指标库", [
                     ["部门整体支出绩效评价共性指标体系"],
                     ["一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准"],
                     ["投入", "预算配置", "在职人员控制率", 8, "在职人员控制率=在职人员数/编制数×100%", "≤100%得满分，每超一个百分点扣0.5分"],
                     [None, None, "三公经费变动率", 8, "(本年三公经费-上年三公经费)/上年三公经费", "≤0得满分"],
                     ["过程", "预算执行", "预算完成率", 8, "预算完成数/预算数×100%", "100%得满分，每低5%扣2分"],
                 ])


# ----------------------------------------------------------------------------- registry

SPECS = {
    "hn_beishan": _beishan,
    "hn_a3_2018": _a3_2018,
    "ah_tangxi": _tangxi,
    "sh_putuo": _putuo,
    "sc_qingshen": _qingshen,
    "yn_lijiang": _lijiang,
    "nx_yinchuan": _yinchuan,
    "hb_gongcheng": _hubei,
    "hb_langfang": _langfang,
    "ah_tianchang": _tianchang,
    "th_tanghu": _tanghu,
    "ah_jinzhai": _jinzhai,
    "nm_goal_declaration": _near_goal_declaration,
    "nm_title_only": _near_title_only,
    "nm_project_budget": _near_project_budget,
    "nm_sangong_table": _near_sangong,
    "nm_monitor": _near_monitor,
    "nm_indicator_library": _near_library,
}


def spec(layout_id: str) -> Spec:
    return SPECS[layout_id]()


def variants(layout_id: str) -> list[str]:
    return ["clean"] + [p.id for p in spec(layout_id).planted]


def _layout_fn(layout_id: str):
    def build(variant: str = "clean") -> openpyxl.Workbook:
        return _workbook(spec(layout_id), variant)
    build.__name__ = f"layout_{layout_id}"
    build.__doc__ = f"Workbook of layout {layout_id!r}: variant 'clean' or a planted-error id."
    return build


layout_hn_beishan = _layout_fn("hn_beishan")
layout_hn_a3_2018 = _layout_fn("hn_a3_2018")
layout_ah_tangxi = _layout_fn("ah_tangxi")
layout_sh_putuo = _layout_fn("sh_putuo")
layout_sc_qingshen = _layout_fn("sc_qingshen")
layout_yn_lijiang = _layout_fn("yn_lijiang")
layout_nx_yinchuan = _layout_fn("nx_yinchuan")
layout_hb_gongcheng = _layout_fn("hb_gongcheng")
layout_hb_langfang = _layout_fn("hb_langfang")
layout_ah_tianchang = _layout_fn("ah_tianchang")
layout_th_tanghu = _layout_fn("th_tanghu")
layout_ah_jinzhai = _layout_fn("ah_jinzhai")
layout_nm_goal_declaration = _layout_fn("nm_goal_declaration")
layout_nm_title_only = _layout_fn("nm_title_only")
layout_nm_project_budget = _layout_fn("nm_project_budget")
layout_nm_sangong_table = _layout_fn("nm_sangong_table")
layout_nm_monitor = _layout_fn("nm_monitor")
layout_nm_indicator_library = _layout_fn("nm_indicator_library")


def build_all(out_dir: Path) -> list[Path]:
    """Write every layout and variant as ``<id>__<variant>.xlsx`` into ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for layout_id, make in SPECS.items():
        sp = make()
        for variant in ["clean"] + [p.id for p in sp.planted]:
            path = out_dir / f"{layout_id}__{variant}.xlsx"
            _workbook(sp, variant).save(path)
            paths.append(path)
    return paths


# ----------------------------------------------------------------------------- manifest

def _toml_value(v: Any) -> str:
    import json
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


def _toml_key(k: str) -> str:
    return k if re.fullmatch(r"[A-Za-z0-9_-]+", k) else _toml_value(k)


def _cell_entry(ws, sheet: str, ref: str, inline: Any = "_none_") -> dict[str, Any]:
    value = ws[ref].value
    entry: dict[str, Any] = {"cell": f"{sheet}!{ref}"}
    if inline != "_none_":
        if inline is None:
            entry["blank"] = True
        else:
            entry["value"] = inline
            entry["inline"] = True
    elif value is None or value == "":
        entry["blank"] = True
    else:
        entry["value"] = value
        fmt = ws[ref].number_format
        if fmt and fmt != "General":
            entry["number_format"] = fmt
    return entry


_PLACEHOLDER = re.compile(r"^\s*(指标\s*\d*\s*[:：]?\s*/?|…+|\.{3,})\s*$")


def _placeholder(level3: Any) -> bool:
    """Rows of a blank template left in the form: "指标2：", "……", "指标1:/" (not applicable)."""
    return level3 in (None, "") or bool(_PLACEHOLDER.match(str(level3)))


def _label_origin(ws, col: str, row: int, first: int) -> int:
    r = row
    while r > first and ws[f"{col}{r}"].value in (None, ""):
        r -= 1
    return r


def manifest_text() -> str:
    out = ["# Real-world form layouts: ground truth for reading and checking (generated by build.py --manifest,",
           "# cell references and values reviewed by hand). See README.md next to this file.", ""]
    for layout_id, make in SPECS.items():
        sp = make()
        wb = _workbook(sp, "clean")
        out.append("[[layout]]")
        for k in ("id", "source", "province", "form", "description", "values_from", "values_note"):
            if getattr(sp, k):
                out.append(f"{k} = {_toml_value(getattr(sp, k))}")
        out.append(f"sheets = {_toml_value([s.title for s in sp.sheets])}")
        out.append(f"variants = {_toml_value(['clean'] + [p.id for p in sp.planted])}")
        if sp.published_errors:
            out.append(f"published_errors = {_toml_value(sp.published_errors)}")
        out.append("")
        for part in sp.parts:
            ws = wb[part.sheet]
            out.append("[[layout.part]]")
            out.append(f"form = {_toml_value(part.form)}")
            out.append(f"sheet = {_toml_value(part.sheet)}")
            if part.name:
                out.append(f"name = {_toml_value(part.name)}")
            out.append(f"absent = {_toml_value(part.absent)}")
            rows = [r for r in part.indicator_rows
                    if not _placeholder(ws[f"{part.indicator_cols['level3']}{r}"].value)]
            placeholders = [r for r in part.indicator_rows if r not in rows]
            if placeholders:
                out.append(f"placeholder_rows = {_toml_value(placeholders)}")
            out.append("")
            if part.fields:
                out.append("[layout.part.expected]")
                for key, ref in part.fields.items():
                    entry = _cell_entry(ws, part.sheet, *ref) if isinstance(ref, tuple) else _cell_entry(ws, part.sheet, ref)
                    out.append(f"{_toml_value(key)} = {_toml_value(entry)}")
                out.append("")
            for r in rows:
                out.append("[[layout.part.indicator]]")
                out.append(f"row = {r}")
                for key, col in part.indicator_cols.items():
                    if (r, key) in part.indicator_inline:
                        entry = _cell_entry(ws, part.sheet, f"{col}{r}", part.indicator_inline[(r, key)])
                    elif key in ("level1", "level2"):
                        entry = _cell_entry(ws, part.sheet, f"{col}{_label_origin(ws, col, r, rows[0])}")
                    else:
                        entry = _cell_entry(ws, part.sheet, f"{col}{r}")
                    out.append(f"{key} = {_toml_value(entry)}")
                out.append("")
        for p in sp.planted:
            out.append("[[layout.planted]]")
            value = p.value.value if isinstance(p.value, F) else p.value
            out.append(f"id = {_toml_value(p.id)}")
            out.append(f"cell = {_toml_value(p.cell)}")
            out.append(f"value = {_toml_value(value)}")
            sheet, ref = p.cell.split("!")
            out.append(f"was = {_toml_value(wb[sheet][ref].value)}")
            out.append(f"rule = {_toml_value(p.rule)}")
            out.append(f"finding = {_toml_value(p.finding)}")
            if p.also:
                out.append(f"also = {_toml_value(p.also)}")
            if p.note:
                out.append(f"note = {_toml_value(p.note)}")
            out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    if "--manifest" in sys.argv:
        (HERE / "manifest.toml").write_text(manifest_text(), encoding="utf-8")
        print("manifest.toml written")
    else:
        target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("layouts_out")
        for p in build_all(target):
            print(p)
