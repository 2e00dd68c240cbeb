"""项目支出绩效自评表 (national layout of 财预〔2020〕10号), the third form.

One description drives the blank template, the reading of county forms (the label
synonyms below are the dictionary the locator matches against, after normalising width,
spaces, numbering and line breaks) and the checks (``checks.rules_project``).
"""

from __future__ import annotations

from ..core.profile import DEFAULT_PROFILE, RuleProfile
from .attachment4 import INDICATOR_COLUMNS, SKELETON, goal_rows, indicator_rows_block, total_rows
from .builder import SheetBuilder, Span
from .formulas import CappedScore, GradeOf, Ratio, Sum
from .model import Field, FieldKind, SheetLayout

FORM_ID = "project"
SHEET_TITLE = "项目支出绩效自评表"
FORM_TITLE = "项目支出绩效自评表"
NAME_PREFIX = "项目_"

A, S, T, R = FieldKind.AMOUNT, FieldKind.SCORE, FieldKind.TEXT, FieldKind.RATE

# -- synonyms: what counties write for each part of the form ---------------------------
HEAD_LABELS = {
    "project.name": ("项目名称",),
    "project.department": ("主管部门", "主管单位"),
    "project.unit": ("实施单位", "项目实施单位", "预算单位", "填报单位"),
}
# Fund lines: the total first, then its parts (其中 …).
FUND_LINES = (
    ("total", "年度资金总额", ("年度资金总额", "资金总额", "年度财政资金总额", "总额", "合计")),
    ("appropriation", "本年财政拨款", ("本年财政拨款", "当年财政拨款", "财政拨款", "财政资金", "财政拨款资金")),
    ("carryover", "上年结转资金", ("上年结转资金", "上年结转", "上年结余结转资金")),
    ("special", "财政专户管理资金", ("财政专户管理资金", "财政专户资金")),
    ("unit_own", "单位资金", ("单位资金", "单位自有资金")),
    ("other", "其他资金", ("其他资金",)),
)
FUND_PARTS = tuple(key for key, _, _ in FUND_LINES if key != "total")
# Fund columns: key, heading in the template, variants.
FUND_COLUMNS = (
    ("initial", "年初预算数", ("年初预算数", "年初预算")),
    ("adjusted", "全年预算数", ("全年预算数", "调整后预算数", "调整预算数", "调整后预算", "预算数")),
    ("executed", "全年执行数", ("全年执行数", "预算执行数", "执行数", "实际执行数")),
    ("weight", "分值", ("分值", "权重")),
    ("rate", "执行率", ("执行率", "预算执行率")),
    ("score", "得分", ("得分", "执行得分")),
)
GOAL_EXPECTED_LABELS = ("预期目标", "项目年度目标", "年初设定目标", "年度目标")
GOAL_ACTUAL_LABELS = ("实际完成情况", "年度目标完成情况", "年度总体目标完成情况综述", "目标完成情况")
# Indicator block: the 附件4 columns, with the wording project forms add.
INDICATOR_LABELS = {
    key: labels + extra for key, _, _, labels in INDICATOR_COLUMNS for extra in [{
        "target": ("年初目标值", "指标值(A)"),
        "actual": ("实际完成值(B)",),
        "reason": ("未完成原因分析及改进措施", "未完成原因分析", "原因分析", "偏差原因分析及改进措施"),
    }.get(key, ())]
}
INDICATOR_LABELS["nature"] = ("指标性质",)
INDICATOR_LABELS["unit"] = ("度量单位", "计量单位")
TOTAL_ROW_LABELS = ("总分", "合计", "总得分", "综合得分", "自评总分", "总计")
HEADER_TOTAL_LABELS = ("自评得分", "总分", "总得分", "自评总分", "项目自评得分")
GRADE_LABELS = ("评价等级", "自评等级", "等级")

# -- fields --------------------------------------------------------------------------
NAME = Field("project.name", NAME_PREFIX + "项目名称", T, row_labels=HEAD_LABELS["project.name"])
DEPARTMENT = Field("project.department", NAME_PREFIX + "主管部门", T, row_labels=HEAD_LABELS["project.department"])
UNIT = Field("project.unit", NAME_PREFIX + "实施单位", T, row_labels=HEAD_LABELS["project.unit"])


def _fund_field(line: str, label: str, column: str, heading: str) -> Field:
    key = f"project.funds.{line}.{column}"
    name = f"{NAME_PREFIX}{label}_{heading}"
    return Field(key, name, A)


FUND_FIELDS = {(line, col): _fund_field(line, label, col, heading)
               for line, label, _ in FUND_LINES for col, heading, _ in FUND_COLUMNS[:3]}
# Only the lines the national template prints are summed into its total.
TEMPLATE_PARTS = ("appropriation", "carryover", "other")
for _col, _heading, _ in FUND_COLUMNS[:3]:
    _total = FUND_FIELDS[("total", _col)]
    FUND_FIELDS[("total", _col)] = Field(
        _total.key, _total.name, A,
        formula=Sum(tuple(FUND_FIELDS[(p, _col)].key for p in TEMPLATE_PARTS)))
FUNDS_WEIGHT = Field("project.funds.total.weight", NAME_PREFIX + "预算执行分值", S, default="execution_weight")
FUNDS_RATE = Field("project.funds.total.rate", NAME_PREFIX + "预算执行率", R,
                   formula=Ratio("project.funds.total.executed", "project.funds.total.adjusted"))
FUNDS_SCORE = Field("project.funds.total.score", NAME_PREFIX + "预算执行得分", S,
                    formula=CappedScore("project.funds.total.rate", "project.funds.total.weight"))
GOAL_EXPECTED = Field("project.goal.expected", NAME_PREFIX + "预期目标", T)
GOAL_ACTUAL = Field("project.goal.actual", NAME_PREFIX + "实际完成情况", T)

INDICATOR_BLOCK = NAME_PREFIX + "指标"
INDICATOR_FIELDS = tuple(
    Field(f"indicator.{key}", f"{INDICATOR_BLOCK}_{suffix}", kind, col_labels=INDICATOR_LABELS[key],
          block=INDICATOR_BLOCK)
    for key, suffix, kind, _ in INDICATOR_COLUMNS
)
TOTAL_WEIGHT = Field("project.total.weight", NAME_PREFIX + "总分值", S,
                     formula=Sum(("project.funds.total.weight", "indicator.weight")))
TOTAL_SCORE = Field("project.total.score", NAME_PREFIX + "总得分", S,
                    formula=Sum(("project.funds.total.score", "indicator.score")))
GRADE = Field("project.total.grade", NAME_PREFIX + "评价等级", FieldKind.GRADE, formula=GradeOf("project.total.score"))

# Template: as many indicator rows as 附件4 has.
MIN_INDICATOR_ROWS = sum(n for _, _, n in SKELETON)


def build(year: int, indicator_rows: int = MIN_INDICATOR_ROWS, profile: RuleProfile = DEFAULT_PROFILE) -> SheetLayout:
    """The national 项目支出绩效自评表 on one sheet (same look as 附件4)."""
    b = SheetBuilder(SHEET_TITLE, [7, 11, 11, 17, 11, 11, 7, 7, 20])
    w = b.layout.width
    b.full_row(FORM_TITLE, "title", 32, "center")
    b.full_row(f"（{year}年度）", "subtitle", 20, "center")
    b.next_row(24)
    b.put(Span(1, 1), "项目名称")
    b.put(Span(2, w), NAME, align="left")
    b.next_row(24)
    b.put(Span(1, 1), "主管部门")
    b.put(Span(2, 5), DEPARTMENT, align="left")
    b.put(Span(6, 6), "实施单位")
    b.put(Span(7, w), UNIT, align="left")

    b.next_row(30)
    funds_top = b.row
    b.put(Span(2, 3), None, "header")
    for col, (_, heading, _) in enumerate(FUND_COLUMNS, start=4):
        b.put(Span(col, col), heading, "header")
    for line, label, _ in FUND_LINES:
        if line not in ("total", *TEMPLATE_PARTS):
            continue
        b.next_row(22)
        b.put(Span(2, 3), label if line == "total" else ("其中：" + label if line == "appropriation" else label))
        for col, (column, _, _) in enumerate(FUND_COLUMNS[:3], start=4):
            b.put(Span(col, col), FUND_FIELDS[(line, column)])
        if line == "total":
            b.put(Span(7, 7), FUNDS_WEIGHT)
            b.put(Span(8, 8), FUNDS_RATE)
            b.put(Span(9, 9), FUNDS_SCORE)
        else:
            for col in (7, 8, 9):
                b.put(Span(col, col), "—", "note", "center")
    b.put(Span(1, 1), "项目资金（万元）", "vheader", row=funds_top, end_row=b.row)

    goal_rows(b, w, GOAL_EXPECTED, GOAL_ACTUAL, "年度总体目标")

    indicator_rows_block(b, INDICATOR_FIELDS, INDICATOR_BLOCK, indicator_rows)

    total_rows(b, w, TOTAL_WEIGHT, TOTAL_SCORE, GRADE, profile)
    return b.layout
