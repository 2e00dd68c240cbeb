"""附件3 部门整体支出绩效评价基础数据表, as in the 北山镇 2023 submission."""

from __future__ import annotations

from dataclasses import dataclass

from .builder import SheetBuilder, Span
from .formulas import Ratio, Sum
from .model import Field, FieldKind, SheetLayout

SHEET_TITLE = "附件3基础数据表"
FORM_TITLE = "部门整体支出绩效评价基础数据表"
ATTACHMENT = "附件3"

A, K = FieldKind.AMOUNT, FieldKind.COUNT


@dataclass(frozen=True)
class Column:
    key: str
    name: str          # defined-name suffix
    heading: str       # printed heading; {year} and {prev} are filled in
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Line:
    key: str
    name: str          # defined-name stem
    label: str         # printed label
    aliases: tuple[str, ...]
    parts: tuple[str, ...] = ()   # computed as the sum of these lines (or a block)


FUND_COLUMNS = (
    Column("prev_actual", "上年决算数", "{prev}年决算数", ("{prev}年决算数", "上年决算数", "上年决算")),
    Column("budget", "本年预算数", "{year}年预算数", ("{year}年预算数", "本年预算数", "预算数")),
    Column("actual", "本年决算数", "{year}年决算数", ("{year}年决算数", "本年决算数", "决算数")),
)

PROJECT_BLOCK = "项目支出明细"
PROJECT_LINES = (
    "1、业务工作经费", "2、运行维护经费", "3、县级专项资金（每个专项一行）",
    "", "", "", "", "", "4、其他专项",
)

FUND_LINES = (
    Line("sangong", "三公经费", "三公经费：", ("三公经费", "“三公”经费", "三公经费合计"),
         parts=("car", "abroad", "reception")),
    Line("car", "公务用车经费", "1、公务用车购置和维护经费",
         ("公务用车购置和维护经费", "公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车经费"),
         parts=("car_purchase", "car_running")),
    Line("car_purchase", "公车购置", "其中：公车购置", ("公车购置", "公务用车购置", "公务用车购置费")),
    Line("car_running", "公车运行维护", "公车运行维护", ("公车运行维护", "公务用车运行维护", "公务用车运行维护费")),
    Line("abroad", "出国经费", "2、出国经费", ("出国经费", "因公出国（境）费", "因公出国(境)费", "出国（境）经费")),
    Line("reception", "公务接待费", "3、公务接待费", ("公务接待费", "公务接待")),
    Line("projects", "项目支出", "项目支出：", ("项目支出", "项目支出合计"), parts=(PROJECT_BLOCK,)),
    Line("public", "公用经费", "公用经费", ("公用经费", "日常公用经费")),
    Line("office", "办公经费", "其中：办公经费", ("办公经费", "办公费")),
    Line("utilities", "水电差旅费", "水费、电费、差旅费", ("水费、电费、差旅费", "水电费、差旅费", "水费电费差旅费")),
    Line("meetings", "会议培训费", "会议费、培训费", ("会议费、培训费", "会议费培训费", "会议培训费")),
    Line("procurement", "政府采购金额", "政府采购金额", ("政府采购金额", "政府采购", "政府采购支出")),
    Line("basic_adjust", "基本支出预算调整", "部门基本支出预算调整",
         ("部门基本支出预算调整", "部门整体支出预算调整", "基本支出预算调整")),
)
# Lines printed between 项目支出 and 公用经费: the project block.
_BLOCK_AFTER = "projects"

BUILDING_BLOCK = "楼堂馆所"
BUILDING_ROWS = 3

UNIT_NAME = Field("unit.name", "单位名称", FieldKind.TEXT, row_labels=("单位名称", "预算单位名称", "填报单位"))
STAFF_AUTHORIZED = Field("staff.authorized", "编制数", K, row_labels=("财政供养人员情况",),
                         col_labels=("编制数", "编制人数", "核定编制数"))
STAFF_ACTUAL = Field("staff.actual", "实际在职人数", K, row_labels=("财政供养人员情况",),
                     col_labels=("{year}年实际在职人数", "实际在职人数", "{year}年实有人数", "实有人数", "在职人数"))
STAFF_RATE = Field("staff.control_rate", "在职人员控制率", FieldKind.RATE,
                   formula=Ratio("staff.actual", "staff.authorized"),
                   row_labels=("财政供养人员情况",), col_labels=("控制率", "在职人员控制率", "人员控制率"))
# 厉行节约 is the standard term; forms (and perfxl before) also wrote 例行节约, read alike.
SAVINGS_LABEL = "厉行节约保障措施"
SAVINGS = Field("savings.measures", SAVINGS_LABEL, FieldKind.TEXT, row_labels=(SAVINGS_LABEL, "例行节约保障措施"))
OLD_NAMES = {"savings.measures": ("例行节约保障措施",)}  # defined names of earlier templates


def fund_key(line: str, column: str) -> str:
    return f"funds.{line}.{column}"


def project_key(column: str) -> str:
    return f"projects_detail.{column}"


def _fund_field(line: Line, col: Column) -> Field:
    formula = None
    if line.parts == (PROJECT_BLOCK,):
        formula = Sum((project_key(col.key),))
    elif line.parts:
        formula = Sum(tuple(fund_key(p, col.key) for p in line.parts))
    return Field(fund_key(line.key, col.key), f"{line.name}_{col.name}", A, formula=formula,
                 row_labels=(line.label, *line.aliases), col_labels=col.aliases)


PROJECT_NAME = Field(project_key("name"), f"{PROJECT_BLOCK}_名称", FieldKind.TEXT, block=PROJECT_BLOCK)
PROJECT_FIELDS = tuple(
    Field(project_key(c.key), f"{PROJECT_BLOCK}_{c.name}", A, col_labels=c.aliases, block=PROJECT_BLOCK)
    for c in FUND_COLUMNS
)

_B = "buildings."
BUILDING_FIELDS = (
    Field(_B + "name", "楼堂馆所_项目名称", FieldKind.TEXT, block=BUILDING_BLOCK),
    Field(_B + "approved_area", "楼堂馆所_批复规模", FieldKind.AREA, block=BUILDING_BLOCK,
          col_labels=("批复规模（㎡）", "批复规模")),
    Field(_B + "actual_area", "楼堂馆所_实际规模", FieldKind.AREA, block=BUILDING_BLOCK,
          col_labels=("实际规模（㎡）", "实际规模")),
    Field(_B + "area_rate", "楼堂馆所_规模控制率", FieldKind.RATE, block=BUILDING_BLOCK, per_row=True,
          formula=Ratio(_B + "actual_area", _B + "approved_area"), col_labels=("规模控制率",)),
    Field(_B + "budget_invest", "楼堂馆所_预算投资", A, block=BUILDING_BLOCK,
          col_labels=("预算投资（万元）", "预算投资")),
    Field(_B + "actual_invest", "楼堂馆所_实际投资", A, block=BUILDING_BLOCK,
          col_labels=("实际投资（万元）", "实际投资")),
    Field(_B + "invest_rate", "楼堂馆所_投资概算控制率", FieldKind.RATE, block=BUILDING_BLOCK, per_row=True,
          formula=Ratio(_B + "actual_invest", _B + "budget_invest"), col_labels=("投资概算控制率",)),
)
BUILDING_HEADINGS = ("批复规模\n（㎡）", "实际规模\n（㎡）", "规模控制率", "预算投资\n（万元）", "实际投资\n（万元）", "投资概算\n控制率")

NOTE = ("说明：“县级专项资金”需要填报基本支出以外的所有县级专项资金情况，"
        "“公用经费”填报基本支出中的一般商品和服务支出。")
FOOTER = ("填表人：", "填报日期：", "联系电话：", "单位负责人签字：")
LEGEND = "填写提示：浅黄色单元格为填写项；浅蓝色单元格由公式自动计算，请勿覆盖。"

# Three value columns each span two sheet columns: B:C, D:E, F:G.
_PAIRS = (Span(2, 3), Span(4, 5), Span(6, 7))


def build(year: int, project_rows: int = len(PROJECT_LINES)) -> SheetLayout:
    """Place 附件3 for ``year`` (headings say {year-1}年决算数, {year}年预算数 ...)."""
    years = {"year": year, "prev": year - 1}
    b = SheetBuilder(SHEET_TITLE, [30, 11, 11, 11, 11, 11, 11])
    b.full_row(ATTACHMENT, "attachment", 20, "left")
    b.full_row(FORM_TITLE, "title", 32, "center")
    b.next_row(18)
    b.put(Span(5, 7), "单位：万元", "unit", "right")

    b.next_row(24)
    b.put(Span(1, 1), "单位名称")
    b.put(Span(2, 7), UNIT_NAME, align="left")

    b.next_row(30)
    first = b.row
    b.put(Span(1, 1), "财政供养人员情况", end_row=first + 1)
    for span, heading in zip(_PAIRS, ("编制数", "{year}年实际在职人数", "控制率")):
        b.put(span, heading.format(**years), "header")
    b.next_row(22)
    for span, fld in zip(_PAIRS, (STAFF_AUTHORIZED, STAFF_ACTUAL, STAFF_RATE)):
        b.put(span, fld)

    b.next_row(24)
    b.put(Span(1, 1), "经费控制情况（万元）", "header")
    for span, col in zip(_PAIRS, FUND_COLUMNS):
        b.put(span, col.heading.format(**years), "header")
    for line in FUND_LINES:
        b.next_row(20)
        b.put(Span(1, 1), line.label, "label")
        for span, col in zip(_PAIRS, FUND_COLUMNS):
            b.put(span, _fund_field(line, col))
        if line.key == _BLOCK_AFTER:
            top = b.row + 1
            for i in range(project_rows):
                b.next_row(20)
                label = PROJECT_LINES[i] if i < len(PROJECT_LINES) else ""
                cell = b.put(Span(1, 1), PROJECT_NAME, "input_label")
                cell.text = label or None
                for span, fld in zip(_PAIRS, PROJECT_FIELDS):
                    b.put(span, fld)
            b.block(PROJECT_BLOCK, top, b.row)

    b.next_row(36)
    b.put(Span(1, 1), f"楼堂馆所控制情况（{year}年完工项目）", "header")
    for col, heading in enumerate(BUILDING_HEADINGS, start=2):
        b.put(Span(col, col), heading, "header")
    top = b.row + 1
    for _ in range(BUILDING_ROWS):
        b.next_row(20)
        for col, fld in enumerate(BUILDING_FIELDS, start=1):
            b.put(Span(col, col), fld, "input_label" if col == 1 else None)
    b.block(BUILDING_BLOCK, top, b.row)

    b.next_row(48)
    b.put(Span(1, 1), SAVINGS_LABEL)
    b.put(Span(2, 7), SAVINGS, align="left")

    b.full_row(NOTE, "note", 34, "left")
    b.next_row(26)
    for span, text in zip((Span(1, 1), Span(2, 3), Span(4, 5), Span(6, 7)), FOOTER):
        b.put(span, text, "footer", "left")
    b.full_row(LEGEND, "legend", 18, "left")
    return b.layout
