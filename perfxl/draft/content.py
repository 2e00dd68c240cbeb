"""The 自评报告 draft as plain data, written from the form data of the two tables.

Every figure in the text comes from a cell (or is computed from cells with the rules the
checks use); a figure the tables lack is left out or said to be 未填报.  Text only a
person can write is a placeholder 【请补充：……】.  Nothing here imports openpyxl or
python-docx: the input is ``FormData``, the output a list of blocks a writer renders.

The wording keeps to what the narrative checks read unambiguously: a share is always
"占本年支出的X%" after the year's total spending has been named; a "其中" list is
written only when its parts add up to the total (otherwise the figures are stated one by
one, and the tables' own checks report the gap); a change names its figure first
("决算数9.73万元，比上年减少0.11万元、下降1.12%").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..core import calc
from ..core.intervals import Interval, interval_sum
from ..core.profile import DEFAULT_PROFILE, RuleProfile
from ..core.values import parse_value
from ..reading.data import FormData

PLACEHOLDER_OPEN, PLACEHOLDER_CLOSE = "【请补充：", "】"
NOT_FILLED = "未填报"


# -- the document model ----------------------------------------------------------

@dataclass
class Run:
    text: str
    placeholder: bool = False


@dataclass
class Block:
    kind: str                                   # title, h1, h2, p, table, sign
    runs: list[Run] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)   # tables: header row first

    @property
    def text(self) -> str:
        if self.kind == "table":
            return "\n".join("\t".join(r) for r in self.rows)
        return "".join(r.text for r in self.runs)


def placeholder(what: str) -> Run:
    return Run(f"{PLACEHOLDER_OPEN}{what}{PLACEHOLDER_CLOSE}", placeholder=True)


def _p(*parts: str | Run) -> Block:
    return Block("p", [p if isinstance(p, Run) else Run(p) for p in parts if p])


@dataclass
class Draft:
    unit: str | None
    year: int | None
    blocks: list[Block]
    heading: str | None = None      # the document's title when it is not the department report's
    file_name: str | None = None    # the default file name when it is not the department report's
    source: str = "附件3、附件4"     # the tables the figures come from

    @property
    def title(self) -> str:
        return self.heading or _title(self.unit, self.year)

    @property
    def default_name(self) -> str:
        return self.file_name or default_name(self.unit, self.year)

    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


def _title(unit: str | None, year: int | None) -> str:
    return f"{unit or ''}{f'{year}年' if year else ''}部门整体支出绩效自评报告"


def default_name(unit: str | None, year: int | None) -> str:
    """北山镇人民政府_2023年部门整体支出绩效自评报告（草稿）.docx"""
    from ..files import safe_filename

    unit_part = safe_filename(re.sub(r"\s+", "", unit or ""), "本单位")
    year_part = f"{year}年" if year else ""
    return f"{unit_part}_{year_part}部门整体支出绩效自评报告（草稿）.docx"


# -- figures as these reports write them -------------------------------------------

def wan(x: float) -> str:
    """An amount in 万元, two decimals, rounded half up like the tables' ROUND."""
    return f"{calc.round_half_up(x, 2) + 0.0:.2f}万元"


def percent(fraction: float) -> str:
    return f"{calc.round_half_up(fraction * 100, 2) + 0.0:.2f}%"


def score(x: float) -> str:
    return f"{calc.round_half_up(x, 2) + 0.0:.2f}分"


def count(x: float) -> str:
    return f"{int(x)}" if float(x).is_integer() else f"{x:g}"


def change(current: float, previous: float) -> str:
    """"比上年增加X万元、增长Y%" / "减少 … 下降" / "与上年持平"."""
    delta = calc.round_half_up(current, 2) - calc.round_half_up(previous, 2)
    if abs(delta) < 0.005:
        return "与上年持平"
    word, rate_word = ("增加", "增长") if delta > 0 else ("减少", "下降")
    text = f"比上年{word}{wan(abs(delta))}"
    if previous:
        text += f"、{rate_word}{percent(abs(current - previous) / previous)}"
    return text


def _adds_up(total: Interval | None, parts: Iterable[Interval | None]) -> bool:
    """Whether stated parts agree with their stated total, as the checks judge it."""
    parts = list(parts)
    if total is None or any(p is None for p in parts):
        return False
    return interval_sum(parts).overlaps(total)  # type: ignore[arg-type]


# -- reading the form data -----------------------------------------------------------

class _Facts:
    """Numbers and texts of one form, with the precision the checks give them."""

    def __init__(self, data: FormData, profile: RuleProfile):
        self.data, self.profile = data, profile

    def num(self, key: str) -> float | None:
        if key not in self.data.form.fields:
            return None
        return self.data.number(key)

    def iv(self, key: str) -> Interval | None:
        if key not in self.data.form.fields:
            return None
        return self.data.interval(key)

    def text(self, key: str) -> str | None:
        v = self.data.raw(key)
        if v is None:
            return None
        s = str(v).strip().strip("\u3000").strip()
        return s or None

    def column(self, key: str) -> list[Any]:
        return [fv.value for fv in self.data.blocks.get(key, [])]


def _clean_label(label: Any) -> str:
    text = re.sub(r"\s+", "", str(label or ""))
    return re.sub(r"^[（(]?[0-9一二三四五六七八九十]+[、.．)）]", "", text).strip("：:")


def _project_name(label: Any) -> str:
    """"1、业务工作经费" → 业务工作经费; a template's hint in brackets is dropped."""
    return re.sub(r"（每个专项一行）|\(每个专项一行\)", "", _clean_label(label))


# -- the sections ----------------------------------------------------------------------

def build_draft(data: FormData, profile: RuleProfile = DEFAULT_PROFILE) -> Draft:
    f = _Facts(data, profile)
    unit = f.text("unit.name") or f.text("budget_unit.name")
    year = data.form.year if data.year_known else None
    # The title on two lines, as the seeds print it: the unit, then the year's report.
    blocks: list[Block] = [Block("title", [Run(unit)]) if unit else None,
                           Block("title", [Run(_title(None, year))]), Block("subtitle", [Run("（草稿）")])]
    blocks = [b for b in blocks if b is not None]
    blocks.append(_p(f"根据预算绩效管理的有关要求，{unit or '本单位'}对{f'{year}年度' if year else '本年度'}"
                     "部门整体支出情况开展了绩效自评，现将有关情况报告如下："))
    blocks += _basic(f, unit)
    blocks += _spending(f, year)
    blocks += _goals(f)
    blocks += _score(f)
    blocks += _problems(f)
    blocks += [Block("h1", [Run("六、改进措施及有关建议")]),
               _p(placeholder("针对上述问题拟采取的改进措施和有关建议"))]
    blocks.append(Block("sign", [Run(unit or "")]))
    blocks.append(Block("sign", [placeholder("报告日期")]))
    return Draft(unit, year, blocks)


def _basic(f: _Facts, unit: str | None) -> list[Block]:
    out = [Block("h1", [Run("一、部门（单位）基本情况")]),
           Block("h2", [Run("（一）机构设置及主要职能")]),
           _p(placeholder("机构设置、内设机构和主要职能职责")),
           Block("h2", [Run("（二）人员编制情况")])]
    authorized, actual = f.num("staff.authorized"), f.num("staff.actual")
    parts = [f"编制数{count(authorized)}人" if authorized is not None else f"编制数{NOT_FILLED}",
             f"实际在职人数{count(actual)}人" if actual is not None else f"实际在职人数{NOT_FILLED}"]
    rate = calc.control_rate(actual, authorized)
    if rate is None:
        rate = f.num("staff.control_rate")
    if rate is not None:
        parts.append(f"在职人员控制率{percent(rate)}")
    sentence = f"{unit or '本单位'}" + "，".join(parts) + "。"
    if authorized is not None and actual is not None:
        if actual > authorized:
            out.append(_p(sentence, "实际在职人数超过编制数，", placeholder("超编原因及整改措施"), "。"))
            return out
        if actual < authorized:
            sentence += "实际在职人数未超过编制数。"
    out.append(_p(sentence))
    return out


def _spending(f: _Facts, year: int | None) -> list[Block]:
    out = [Block("h1", [Run("二、部门整体支出管理及使用情况")])]
    initial, adjusted, executed = f.num("budget.initial"), f.num("budget.adjusted"), f.num("budget.executed")
    lead = []
    if initial is not None:
        lead.append(f"年初预算数{wan(initial)}。")
    budget_sentence = [f"全年预算数{wan(adjusted)}" if adjusted is not None else f"全年预算数{NOT_FILLED}"]
    if executed is not None:
        budget_sentence.append(f"本年支出合计{wan(executed)}")
    else:
        budget_sentence.append(f"全年执行数{NOT_FILLED}")
    rate = calc.execution_rate(executed, adjusted)
    if rate is not None:
        budget_sentence.append(f"预算执行率{percent(rate)}")
    out.append(_p(f"{f'{year}年' if year else '本年'}" + "".join(lead) + "，".join(budget_sentence) + "。"))

    income = [(label, f.num(key)) for label, key in (
        ("一般公共预算", "income.general"), ("政府性基金拨款", "income.fund"),
        ("纳入专户管理的非税收入拨款", "income.special"), ("其他资金", "income.other"))]
    filled = [(label, v) for label, v in income if v is not None]
    if filled:
        out.append(_p("按收入性质分，" + "，".join(f"{label}{wan(v)}" for label, v in filled) + "。"))

    basic, project = f.num("spending.basic"), f.num("spending.project")
    shares = []
    for label, v in (("基本支出", basic), ("项目支出", project)):
        if v is None:
            continue
        share = calc.ratio(v, executed)
        shares.append(f"{label}{wan(v)}" + (f"，占本年支出的{percent(share)}" if share is not None and executed else ""))
    if shares:
        agree = executed is not None and _adds_up(f.iv("budget.executed"),
                                                    [f.iv("spending.basic"), f.iv("spending.project")])
        lead = f"本年支出合计{wan(executed)}，其中：" if agree else "按支出性质分，"  # type: ignore[arg-type]
        out.append(_p(lead + "；".join(shares) + "。"))

    # (一) 基本支出
    out.append(Block("h2", [Run("（一）基本支出情况")]))
    if basic is not None:
        out.append(_p(f"基本支出{wan(basic)}", "，主要用于保障机构正常运转和完成日常工作任务。"))
    else:
        out.append(_p(f"基本支出{NOT_FILLED}。"))
    public = _fund_sentence(f, "public", "公用经费")
    if public:
        out.append(_p(public))
    items = [(label, f.num(f"funds.{key}.actual")) for key, label in
             (("office", "办公经费"), ("utilities", "水费、电费、差旅费"), ("meetings", "会议费、培训费"))]
    items = [(label, v) for label, v in items if v is not None]
    if items:
        out.append(_p("公用经费中，" + "，".join(f"{label}{wan(v)}" for label, v in items) + "。"))
    procurement, procurement_budget = f.num("funds.procurement.actual"), f.num("funds.procurement.budget")
    if procurement is not None:
        out.append(_p(f"政府采购金额{wan(procurement)}"
                      + (f"（预算数{wan(procurement_budget)}）" if procurement_budget is not None else "") + "。"))
    out.append(_p(placeholder("基本支出管理和使用情况")))

    # (二) 项目支出
    out.append(Block("h2", [Run("（二）项目支出情况")]))
    if project is not None:
        out.append(_p(f"项目支出{wan(project)}。"))
    projects = _projects(f)
    total3 = f.num("funds.projects.actual")
    if projects:
        line = "附件3中所列项目：" + "；".join(projects) + "。"
        out.append(_p(line))
    if total3 is not None and (project is None or not _agree(f.iv("funds.projects.actual"), f.iv("spending.project"))):
        year_text = f"{year}年" if year else ""
        out.append(_p(f"附件3中项目支出{year_text}决算数{wan(total3)}"
                      + ("，与附件4中项目支出不一致，请核对。" if project is not None else "。")))
    out.append(_p(placeholder("项目支出的管理和使用情况、主要项目的实施成效")))

    # (三) 三公经费
    out.append(Block("h2", [Run("（三）“三公”经费情况")]))
    out += _sangong(f)
    return out


def _agree(a: Interval | None, b: Interval | None) -> bool:
    return a is not None and b is not None and a.overlaps(b)


def _fund_sentence(f: _Facts, key: str, label: str) -> str | None:
    """"公用经费决算数449.49万元，比上年减少78.79万元、下降14.91%；预算数508.68万元。"""
    actual, prev, budget = (f.num(f"funds.{key}.{c}") for c in ("actual", "prev_actual", "budget"))
    if actual is None and budget is None:
        return None
    parts = []
    if actual is not None:
        parts.append(f"{label}决算数{wan(actual)}" + (f"，{change(actual, prev)}" if prev is not None else ""))
    else:
        parts.append(f"{label}决算数{NOT_FILLED}")
    if budget is not None:
        parts.append(f"预算数{wan(budget)}")
    return "；".join(parts) + "。"


def _projects(f: _Facts) -> list[str]:
    out = []
    for i, name in enumerate(f.column("projects_detail.name")):
        label = _project_name(name)
        actual = _block_number(f, "projects_detail.actual", i)
        prev = _block_number(f, "projects_detail.prev_actual", i)
        if not label or actual is None:
            continue
        text = f"{label}决算数{wan(actual)}"
        if prev is not None:
            text += f"，{change(actual, prev)}"
        out.append(text)
    return out


def _block_number(f: _Facts, key: str, i: int) -> float | None:
    from ..reading.data import number_of

    column = f.data.blocks.get(key, [])
    if i >= len(column):
        return None
    return number_of(column[i].value, f.data.form.fields[key].kind)


_SANGONG_PARTS = (("car", "公务用车购置和维护经费"), ("abroad", "因公出国（境）经费"), ("reception", "公务接待费"))


def _sangong(f: _Facts) -> list[Block]:
    out = []
    prev, budget, actual = (f.num(f"funds.sangong.{c}") for c in ("prev_actual", "budget", "actual"))
    if prev is None and budget is None and actual is None:
        return [_p(f"“三公”经费{NOT_FILLED}。")]
    if prev is not None:
        out.append(_p(f"“三公”经费上年决算数{wan(prev)}。"))
    # Budget and actual in separate sentences: a "其中" list that follows binds to the
    # sentence before it, and it lists parts of the actual figure only.
    out.append(_p(f"本年“三公”经费预算数{wan(budget) if budget is not None else NOT_FILLED}。"))
    if actual is not None:
        out.append(_p(f"“三公”经费决算数{wan(actual)}" + (f"，{change(actual, prev)}" if prev is not None else "") + "。"))
    else:
        out.append(_p(f"“三公”经费决算数{NOT_FILLED}。"))
    items = [(label, f.num(f"funds.{key}.actual"), f.iv(f"funds.{key}.actual")) for key, label in _SANGONG_PARTS]
    if actual is not None and _adds_up(f.iv("funds.sangong.actual"), [iv for _, _, iv in items]):
        out.append(_p("其中：" + "，".join(f"{label}{wan(v)}" for label, v, _ in items) + "。"))  # type: ignore[arg-type]
    for key, label in _SANGONG_PARTS:
        p, b, a = (f.num(f"funds.{key}.{c}") for c in ("prev_actual", "budget", "actual"))
        if b is None and a is None:
            continue
        bits = [f"{label}预算数{wan(b)}" if b is not None else f"{label}预算数{NOT_FILLED}"]
        if a is not None:
            bits.append(f"决算数{wan(a)}" + (f"，{change(a, p)}" if p is not None else ""))
        out.append(_p("，".join(bits) + "。"))
    if budget is not None and actual is not None and actual > budget:
        out.append(_p("“三公”经费决算数超过预算数，", placeholder("超预算的原因"), "。"))
    return out


# -- 三、绩效目标完成情况 -------------------------------------------------------------

@dataclass
class _Indicator:
    level1: str
    level2: str
    name: str
    target: str
    actual: str
    weight: float | None
    score: float | None
    reason: str


def _indicators(f: _Facts) -> list[_Indicator]:
    cols = {k: f.column(f"indicator.{k}") for k in
            ("level1", "level2", "level3", "target", "actual", "weight", "score", "reason")}
    n = max((len(c) for c in cols.values()), default=0)
    out: list[_Indicator] = []
    level1 = level2 = ""

    def cell(k: str, i: int) -> Any:
        return cols[k][i] if i < len(cols[k]) else None

    def txt(v: Any) -> str:
        return re.sub(r"[\s\u3000]+", "", str(v)) if v is not None else ""

    for i in range(n):
        level1 = _clean_label(cell("level1", i)) or level1
        level2 = txt(cell("level2", i)) or level2
        name = txt(cell("level3", i))
        weight, sc = (_number(cell(k, i)) for k in ("weight", "score"))
        if not name and weight is None and sc is None:
            continue
        out.append(_Indicator(level1, level2, name, _as_text(cell("target", i)), _as_text(cell("actual", i)),
                              weight, sc, str(cell("reason", i) or "").strip()))
    return out


def _number(v: Any) -> float | None:
    p = parse_value(v)
    return p.number if p.is_number and p.number is not None and not p.is_percent else None


def _as_text(v: Any) -> str:
    """A cell as the table shows it: a fraction in a percent cell is not at hand here, so
    numbers are written as typed."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return re.sub(r"[\s\u3000]+", "", str(v))


def _fmt_weight(x: float | None) -> str:
    return "" if x is None else (f"{x:g}" if float(x).is_integer() else f"{x:.2f}")


def _goals(f: _Facts) -> list[Block]:
    out = [Block("h1", [Run("三、绩效目标完成情况")])]
    expected, achieved = f.text("goal.expected"), f.text("goal.actual")
    out.append(_p("年度总体目标：", expected if expected else NOT_FILLED, "" if not expected or expected.endswith("。") else "。"))
    out.append(_p("实际完成情况：", achieved if achieved else NOT_FILLED, "" if not achieved or achieved.endswith("。") else "。",
                  placeholder("年度总体目标的完成情况和主要工作成效")))

    out.append(Block("h2", [Run("（一）预算执行情况")]))
    adjusted, executed = f.num("budget.adjusted"), f.num("budget.executed")
    weight, bscore = f.num("budget.weight"), f.num("budget.score")
    rate = calc.execution_rate(executed, adjusted)
    if rate is not None:
        text = f"全年预算数{wan(adjusted)}，本年支出合计{wan(executed)}，预算执行率{percent(rate)}"  # type: ignore[arg-type]
    else:
        text = f"预算执行率{NOT_FILLED}"
    if weight is not None:
        text += f"。预算执行分值{score(weight)}"
        text += f"，得分{score(bscore)}" if bscore is not None else f"，得分{NOT_FILLED}"
    out.append(_p(text + "。"))

    indicators = _indicators(f)
    groups = indicator_groups(f)
    titles = {"产出指标": "产出", "效益指标": "效益", "满意度指标": "满意度"}
    numbers = "二三四五六七八九"
    for i, section in enumerate(list(f.profile.sections) + [s for s in groups if s not in f.profile.sections]):
        rows = groups.get(section, [])
        heading = f"（{numbers[i] if i < len(numbers) else i + 2}）{titles.get(section, section)}目标完成情况"
        out.append(Block("h2", [Run(heading)]))
        if not rows:
            out.append(_p(f"{section}{NOT_FILLED}。"))
            continue
        out += section_blocks(section, rows)
        out.append(_p(placeholder(f"{titles.get(section, section)}目标的主要完成情况和成效")))
    out += indicator_table(indicators)
    return out


def indicator_groups(f: _Facts) -> dict[str, list[_Indicator]]:
    """The three-level indicators by first-level section (产出指标, 效益指标, …), in order."""
    groups: dict[str, list[_Indicator]] = {}
    for ind in _indicators(f):
        groups.setdefault(calc.section_of(ind.level1, f.profile) or ind.level1 or "其他指标", []).append(ind)
    return groups


def short_of_full(rows: Iterable[_Indicator]) -> list[_Indicator]:
    """Indicators scored below their weight."""
    return [r for r in rows if r.weight is not None and r.score is not None and r.score < r.weight - 0.005]


def section_blocks(section: str, rows: list[_Indicator]) -> list[Block]:
    """"产出指标共N项，分值合计…，得分合计…", then each indicator short of full marks with its reason."""
    weights = [r.weight for r in rows if r.weight is not None]
    scores = [r.score for r in rows if r.score is not None]
    text = f"{section}共{len(rows)}项"
    if weights:
        text += f"，分值合计{score(sum(weights))}"
    if scores:
        text += f"，得分合计{score(sum(scores))}"
    out = [_p(text + "。")]
    for r in short_of_full(rows):
        out.append(_p(f"“{r.name}”年度指标值{r.target or NOT_FILLED}，实际完成值{r.actual or NOT_FILLED}，"
                      "未得满分。偏差原因：", r.reason if r.reason else "",
                      placeholder("偏差原因分析及改进措施") if not r.reason else ""))
    return out


def indicator_table(indicators: list[_Indicator]) -> list[Block]:
    """The table of every indicator's target, result, weight and score (nothing when there are none)."""
    if not indicators:
        return []
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows_out = [header]
    last1 = last2 = None
    for r in indicators:
        rows_out.append([r.level1 if r.level1 != last1 else "", r.level2 if (r.level2, r.level1) != (last2, last1) else "",
                         r.name, r.target, r.actual, _fmt_weight(r.weight), _fmt_weight(r.score), r.reason])
        last1, last2 = r.level1, r.level2
    return [_p("各项绩效指标完成情况见下表。"), Block("table", rows=rows_out)]


def _score(f: _Facts) -> list[Block]:
    return [Block("h1", [Run("四、自评得分与等级")])] + score_blocks(
        f.num("total.score"), f.text("total.grade"), f.profile, "部门整体支出绩效", "附件4")


def score_blocks(total: float | None, stated: str | None, profile: RuleProfile, subject: str, table: str) -> list[Block]:
    """"经自评，<subject>自评得分…，评价等级为…", and a note when the table's grade disagrees."""
    if total is None:
        return [_p(f"自评得分{NOT_FILLED}。")]
    grade = calc.grade(total, profile)
    out = [_p(f"经自评，{subject}自评得分{score(total)}，评价等级为{grade}。")]
    if stated and grade and not stated.startswith(grade):
        out.append(_p(f"（{table}中评价等级填为“{stated}”，与总得分不符，请核对。）"))
    return out


def _problems(f: _Facts) -> list[Block]:
    out = [Block("h1", [Run("五、存在的问题")])]
    notes = []
    authorized, actual = f.num("staff.authorized"), f.num("staff.actual")
    if authorized is not None and actual is not None and actual > authorized:
        notes.append("实际在职人数超过编制数")
    budget, spent = f.num("funds.sangong.budget"), f.num("funds.sangong.actual")
    if budget is not None and spent is not None and spent > budget:
        notes.append("“三公”经费决算数超过预算数")
    return out + problem_blocks(f, notes, "附件3、附件4", "预算编制、执行和绩效管理中存在的主要问题")


def problem_blocks(f: _Facts, notes: list[str], tables: str, ask: str) -> list[Block]:
    """The problems the tables show ("根据<tables>，…；部分绩效指标未得满分（…）。"), then a placeholder."""
    short = [ind.name for ind in short_of_full(_indicators(f))]
    if short:
        notes = notes + ["部分绩效指标未得满分（" + "、".join(f"“{n}”" for n in short[:8]) + ("等" if len(short) > 8 else "") + "）"]
    out = [_p(f"根据{tables}，" + "；".join(notes) + "。")] if notes else []
    return out + [_p(placeholder(ask))]
