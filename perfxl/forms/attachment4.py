"""附件4 部门整体支出绩效自评表, as in the 北山镇 2023 submission."""

from __future__ import annotations

from ..core.profile import DEFAULT_PROFILE, RuleProfile
from .builder import SheetBuilder, Span
from .formulas import CappedScore, CopyOf, GradeOf, Ratio, SectionSum, Sum
from .model import Field, FieldKind, SheetLayout

SHEET_TITLE = "附件4绩效自评表"
FORM_TITLE = "部门整体支出绩效自评表"
ATTACHMENT = "附件4"

A, S, T = FieldKind.AMOUNT, FieldKind.SCORE, FieldKind.TEXT
_TOTAL_ROW = ("年度资金总额", "资金总额", "合计", "部门整体支出总额")

UNIT_NAME = Field("budget_unit.name", "预算单位名称", T, formula=CopyOf("unit.name"),
                  row_labels=("预算单位名称", "单位名称", "部门"))
BUDGET_INITIAL = Field("budget.initial", "年初预算数", A, row_labels=_TOTAL_ROW, col_labels=("年初预算数",))
BUDGET_ADJUSTED = Field("budget.adjusted", "全年预算数", A, row_labels=_TOTAL_ROW,
                        col_labels=("全年预算数", "调整后预算数", "全年预算", "预算数"))
BUDGET_EXECUTED = Field("budget.executed", "全年执行数", A, row_labels=_TOTAL_ROW,
                        col_labels=("全年执行数", "全年执行", "执行数"))
BUDGET_WEIGHT = Field("budget.weight", "预算执行分值", S, row_labels=_TOTAL_ROW, col_labels=("分值",),
                      default="execution_weight")
BUDGET_RATE = Field("budget.rate", "预算执行率", FieldKind.RATE, formula=Ratio("budget.executed", "budget.adjusted"),
                    row_labels=_TOTAL_ROW, col_labels=("执行率", "预算执行率"))
BUDGET_SCORE = Field("budget.score", "预算执行得分", S, formula=CappedScore("budget.rate", "budget.weight"),
                     row_labels=_TOTAL_ROW, col_labels=("得分",))

INCOME_FIELDS = (
    Field("income.general", "一般公共预算", A, row_labels=("一般公共预算", "一般公共预算拨款", "一般公共预算财政拨款")),
    Field("income.fund", "政府性基金拨款", A, row_labels=("政府性基金拨款", "政府性基金预算拨款", "政府性基金")),
    Field("income.special", "纳入专户管理的非税收入拨款", A,
          row_labels=("纳入专户管理的非税收入拨款", "专户管理的非税收入拨款", "非税收入拨款")),
    Field("income.other", "其他资金", A, row_labels=("其他资金", "其他收入")),
)
INCOME_TOTAL = Field("income.total", "收入性质合计", A, formula=Sum(tuple(f.key for f in INCOME_FIELDS)),
                     row_labels=("按收入性质分合计",))
SPENDING_FIELDS = (
    Field("spending.basic", "基本支出", A, row_labels=("基本支出", "基本支出总额")),
    Field("spending.project", "项目支出", A, row_labels=("项目支出", "项目支出总额")),
)
SPENDING_TOTAL = Field("spending.total", "支出性质合计", A, formula=Sum(tuple(f.key for f in SPENDING_FIELDS)),
                       row_labels=("按支出性质分合计",))

GOAL_EXPECTED = Field("goal.expected", "预期目标", T, row_labels=("年度总体目标",), col_labels=("预期目标",))
GOAL_ACTUAL = Field("goal.actual", "实际完成情况", T, row_labels=("年度总体目标",), col_labels=("实际完成情况",))

INDICATOR_BLOCK = "指标"
INDICATOR_COLUMNS = (
    # key, defined-name suffix, kind, heading and its variants
    ("level1", "一级指标", T, ("一级指标",)),
    ("level2", "二级指标", T, ("二级指标",)),
    ("level3", "三级指标", T, ("三级指标", "指标名称")),
    ("target", "年度指标值", FieldKind.INDICATOR, ("年度指标值", "指标值", "年度目标值", "目标值", "年初目标值")),
    ("actual", "实际完成值", FieldKind.INDICATOR, ("实际完成值", "完成值", "实际值", "全年实际值")),
    ("weight", "分值", S, ("分值", "权重")),
    ("score", "得分", S, ("得分", "自评得分")),
    ("reason", "偏差原因", T, ("偏差原因分析及改进措施", "偏差原因分析", "偏差原因", "未完成原因和改进措施")),
)
INDICATOR_FIELDS = tuple(
    Field(f"indicator.{key}", f"{INDICATOR_BLOCK}_{suffix}", kind, col_labels=labels, block=INDICATOR_BLOCK)
    for key, suffix, kind, labels in INDICATOR_COLUMNS
)
INDICATOR_HEADINGS = tuple(labels[0] for _, _, _, labels in INDICATOR_COLUMNS)

# Skeleton of the indicator block in a blank template: (一级, 二级, rows).  45 rows in all.
SKELETON = (
    ("产出指标", "数量指标", 10), ("产出指标", "质量指标", 6), ("产出指标", "时效指标", 4),
    ("产出指标", "成本指标", 4), ("效益指标", "经济效益指标", 4), ("效益指标", "社会效益指标", 4),
    ("效益指标", "生态效益指标", 4), ("效益指标", "可持续影响指标", 4),
    ("满意度指标", "服务对象满意度指标", 5),
)
MIN_INDICATOR_ROWS = sum(n for _, _, n in SKELETON)

TOTAL_WEIGHT = Field("total.weight", "总分值", S, formula=Sum(("budget.weight", "indicator.weight")),
                     row_labels=("总分",), col_labels=("分值",), right_index=0)
TOTAL_SCORE = Field("total.score", "总得分", S, formula=Sum(("budget.score", "indicator.score")),
                    row_labels=("总分", "总得分", "自评得分"), col_labels=("得分",), right_index=1)
GRADE = Field("total.grade", "评价等级", FieldKind.GRADE, formula=GradeOf("total.score"),
              row_labels=("评价等级", "等级"))

BUDGET_HEADING = "年度预算\n申请\n（万元）"
FOOTER = ("填表人：", "联系电话：", "单位负责人签字：", "填报日期：")
LEGEND = ("填写提示：浅黄色单元格为填写项；浅蓝色单元格由公式自动计算，请勿覆盖。"
          "三级指标行不够时，请在指标行中间插入整行，合计会自动包含新行。")


def section_fields(profile: RuleProfile = DEFAULT_PROFILE) -> list[tuple[str, Field, Field]]:
    """Per 一级指标 section: its 分值 subtotal and 得分 subtotal fields."""
    out = []
    for section in profile.sections:
        out.append((
            section,
            Field(f"section.{section}.weight", f"{section}_分值", S,
                  formula=SectionSum(section, "indicator.level1", "indicator.weight")),
            Field(f"section.{section}.score", f"{section}_得分", S,
                  formula=SectionSum(section, "indicator.level1", "indicator.score")),
        ))
    return out


def skeleton_rows(n: int) -> list[tuple[str, str]]:
    """一级/二级 labels for ``n`` rows of a blank indicator block."""
    rows = [(l1, l2) for l1, l2, count in SKELETON for _ in range(count)]
    return rows[:n] + [("", "")] * max(0, n - len(rows))


def total_rows(b: SheetBuilder, w: int, weight: Field, score: Field, grade: Field, profile: RuleProfile) -> None:
    """The 总分 row (分值 and 得分 of 预算执行 + every indicator) and the 评价等级 row, as 附件4
    and the project form print them."""
    b.next_row(24)
    b.put(Span(1, 6), f"总分（预算执行 + 各项指标，标准分值 {profile.total_weight:g} 分）", "total", "right")
    b.put(Span(7, 7), weight)
    b.put(Span(8, 8), score)
    b.put(Span(9, 9), None, "total")
    b.next_row(24)
    b.put(Span(1, 6), "评价等级", "total", "right")
    b.put(Span(7, w), grade)


def goal_rows(b: SheetBuilder, w: int, expected: Field, actual: Field, heading: str) -> None:
    """The 年度总体目标 rows (预期目标 | 实际完成情况), alike in 附件4 and the project form."""
    b.next_row(20)
    top = b.row
    b.put(Span(2, 5), "预期目标", "header")
    b.put(Span(6, w), "实际完成情况", "header")
    b.next_row(60)
    b.put(Span(2, 5), expected, align="left")
    b.put(Span(6, w), actual, align="left")
    b.put(Span(1, 1), heading, "vheader", row=top, end_row=b.row)


def indicator_rows_block(b: SheetBuilder, fields: tuple[Field, ...], block: str, n: int) -> None:
    """The 绩效指标 heading and ``n`` indicator rows (the skeleton's 一级/二级 labels filled in),
    repeated on every printed page; alike in 附件4 and the project form."""
    b.next_row(30)
    header_row = b.row
    for col, heading in enumerate(INDICATOR_HEADINGS, start=2):
        b.put(Span(col, col), heading, "header")
    top = b.row + 1
    for level1, level2 in skeleton_rows(n):
        b.next_row(20)
        for col, fld in enumerate(fields, start=2):
            cell = b.put(Span(col, col), fld, align="left" if fld.kind == T else None)
            cell.text = {"indicator.level1": level1, "indicator.level2": level2}.get(fld.key) or None
    b.block(block, top, b.row)
    b.put(Span(1, 1), "绩效指标", "vheader", row=header_row, end_row=b.row)
    b.layout.print_title_rows = (header_row, header_row)


def build(year: int, indicator_rows: int = MIN_INDICATOR_ROWS, profile: RuleProfile = DEFAULT_PROFILE) -> SheetLayout:
    b = SheetBuilder(SHEET_TITLE, [9, 11, 13.5, 17, 11, 11, 7, 7, 20])
    w = b.layout.width
    b.full_row(ATTACHMENT, "attachment", 20, "left")
    b.full_row(FORM_TITLE, "title", 32, "center")

    b.next_row(24)
    b.put(Span(1, 3), "预算单位名称")
    b.put(Span(4, w), UNIT_NAME, align="left")

    # 年度预算申请: a header row, the totals, then income and spending by kind.
    b.next_row(30)
    budget_top = b.row
    b.put(Span(2, 3), None, "header")
    for col, heading in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), start=4):
        b.put(Span(col, col), heading, "header")
    b.next_row(22)
    b.put(Span(2, 3), "年度资金总额")
    for col, fld in enumerate((BUDGET_INITIAL, BUDGET_ADJUSTED, BUDGET_EXECUTED, BUDGET_WEIGHT,
                               BUDGET_RATE, BUDGET_SCORE), start=4):
        b.put(Span(col, col), fld)
    b.next_row(20)
    b.put(Span(2, 5), "按收入性质分：", "header")
    b.put(Span(6, w), "按支出性质分：", "header")
    income = [(("其中：" if i == 0 else "") + f.row_labels[0], f) for i, f in enumerate(INCOME_FIELDS)]
    spending = [(("其中：" if i == 0 else "") + f.row_labels[0], f) for i, f in enumerate(SPENDING_FIELDS)]
    for i in range(len(income)):
        b.next_row(20)
        b.put(Span(2, 4), income[i][0])
        b.put(Span(5, 5), income[i][1])
        if i < len(spending):
            b.put(Span(6, 8), spending[i][0])
            b.put(Span(9, 9), spending[i][1])
        else:
            b.put(Span(6, w), None)
    b.next_row(20)
    b.put(Span(2, 4), "合计（自动）")
    b.put(Span(5, 5), INCOME_TOTAL)
    b.put(Span(6, 8), "合计（自动）")
    b.put(Span(9, 9), SPENDING_TOTAL)
    # Line breaks of its own: the narrow column must not split "（万元）".
    b.put(Span(1, 1), BUDGET_HEADING, "vheader", row=budget_top, end_row=b.row)

    goal_rows(b, w, GOAL_EXPECTED, GOAL_ACTUAL, "年度总体\n目标")

    indicator_rows_block(b, INDICATOR_FIELDS, INDICATOR_BLOCK, indicator_rows)

    for section, weight_field, score_field in section_fields(profile):
        b.next_row(20)
        standard = profile.section_weight(section)
        b.put(Span(1, 6), f"{section}小计（标准分值 {standard:g} 分）", "subtotal", "right")
        b.put(Span(7, 7), weight_field)
        b.put(Span(8, 8), score_field)
        b.put(Span(9, 9), None, "subtotal")
    total_rows(b, w, TOTAL_WEIGHT, TOTAL_SCORE, GRADE, profile)
    b.next_row(30)
    for span, text in zip((Span(1, 3), Span(4, 5), Span(6, 8), Span(9, 9)), FOOTER):
        b.put(span, text, "footer", "left")
    b.full_row(LEGEND, "legend", 30, "left")
    return b.layout
