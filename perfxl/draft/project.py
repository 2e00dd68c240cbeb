"""The 项目支出绩效自评报告 draft, written from 项目支出绩效自评表 tables.

One report per project, in the order of the 财政部 project self-evaluation report outline
(基本情况, 绩效目标完成情况分析, 自评结论, 问题与建议); a workbook with several project
tables gives one document with one report per project, each starting on a new page.
As in the department draft, every figure comes from a cell of the table (or is computed
from cells with the rules the checks use); what only a person can write is a placeholder.
"""

from __future__ import annotations

import re

from ..core import calc
from ..core.profile import DEFAULT_PROFILE, RuleProfile
from ..reading.data import ProjectData
from .content import (NOT_FILLED, Block, Draft, Run, _adds_up, _Facts, _p, indicator_groups,
                      indicator_table, percent, placeholder, problem_blocks, score, score_blocks, section_blocks, wan)

REPORT_NAME = "项目支出绩效自评报告"
# The fund lines as the national form prints them; "本年财政拨款" etc. are parts of the total.
_FUND_PARTS = (("appropriation", "本年财政拨款"), ("carryover", "上年结转资金"), ("special", "财政专户管理资金"),
               ("unit_own", "单位资金"), ("other", "其他资金"))


def project_title(name: str | None, year: int | None) -> str:
    return f"{name or ''}{f'{year}年' if year else ''}{REPORT_NAME}"


def project_file_name(projects: list[ProjectData]) -> str:
    """王家村道路硬化项目_2023年项目支出绩效自评报告（草稿）.docx; several projects are named
    by their implementing unit (or the first project) and their count."""
    from ..files import safe_filename

    year = _year(projects)
    year_part = f"{year}年" if year else ""
    if len(projects) == 1:
        stem = safe_filename(re.sub(r"\s+", "", projects[0].name), "项目")
        return f"{stem}_{year_part}{REPORT_NAME}（草稿）.docx"
    unit = _text(_Facts(projects[0], DEFAULT_PROFILE), "project.unit") or projects[0].name
    stem = safe_filename(re.sub(r"\s+", "", unit), "本单位")
    return f"{stem}_{year_part}{REPORT_NAME}（草稿，{len(projects)}个项目）.docx"


def _year(projects: list[ProjectData]) -> int | None:
    years = {p.form.year for p in projects if p.year_known}
    return years.pop() if len(years) == 1 else None


def _text(f: _Facts, key: str) -> str | None:
    return f.text(key) if key in f.data.form.fields else None


def build_project_draft(projects: list[ProjectData], profile: RuleProfile = DEFAULT_PROFILE) -> Draft:
    blocks: list[Block] = []
    for i, project in enumerate(projects):
        if i:
            blocks.append(Block("pagebreak"))
        blocks += _one(project, profile)
    year = _year(projects)
    first = _Facts(projects[0], profile)
    unit = _text(first, "project.unit") or _text(first, "project.department")
    title = project_title(projects[0].name, year) if len(projects) == 1 else \
        f"{unit or ''}{f'{year}年' if year else ''}{REPORT_NAME}（{len(projects)}个项目）"
    return Draft(unit, year, blocks, heading=title, file_name=project_file_name(projects),
                 source="项目支出绩效自评表")


def _one(project: ProjectData, profile: RuleProfile) -> list[Block]:
    f = _Facts(project, profile)
    year = project.form.year if project.year_known else None
    name = project.name
    unit, department = _text(f, "project.unit"), _text(f, "project.department")
    out = [Block("title", [Run(name)]), Block("title", [Run(project_title(None, year))]),
           Block("subtitle", [Run("（草稿）")]),
           _p(f"根据预算绩效管理的有关要求，{unit or '本单位'}对{f'{year}年度' if year else '本年度'}"
              f"“{name}”项目开展了绩效自评，现将有关情况报告如下：")]
    out += _basic(f, name, unit, department)
    out += _funds(f, name)
    out += _goals(f)
    out += _conclusion(f)
    out += _problems(f)
    out += [Block("h1", [Run("六、有关建议")]), _p(placeholder("针对存在的问题拟采取的改进措施和有关建议")),
            Block("h1", [Run("七、其他需要说明的问题")]), _p(placeholder("其他需要说明的问题，没有请写“无”")),
            Block("sign", [Run(unit or "")]), Block("sign", [placeholder("报告日期")])]
    return out


def _basic(f: _Facts, name: str, unit: str | None, department: str | None) -> list[Block]:
    out = [Block("h1", [Run("一、基本情况")]), Block("h2", [Run("（一）项目概况")])]
    out.append(_p(f"项目名称：{name}。主管部门：{department or NOT_FILLED}。实施单位：{unit or NOT_FILLED}。"))
    out.append(_p(placeholder("项目立项依据、主要内容、实施范围和实施情况")))
    out.append(Block("h2", [Run("（二）项目绩效目标")]))
    expected = _text(f, "project.goal.expected")
    out.append(_p("年度绩效目标：", expected if expected else NOT_FILLED,
                  "" if not expected or expected.endswith("。") else "。"))
    return out


def _money(project: ProjectData):
    """Amounts in the table's own unit: 万元 unless the table says 元 ("项目资金（元）")."""
    if project.amount_unit == "元":
        return lambda x: f"{calc.round_half_up(x, 2) + 0.0:.2f}元"
    return wan


def _funds(f: _Facts, name: str) -> list[Block]:
    out = [Block("h1", [Run("二、项目资金投入和使用情况")])]
    wan = _money(f.data)  # type: ignore[arg-type]
    initial, adjusted, executed = (f.num(f"project.funds.total.{c}") for c in ("initial", "adjusted", "executed"))
    if initial is None and adjusted is None and executed is None:
        return out + [_p(f"项目资金{NOT_FILLED}。")]
    bits = []
    if initial is not None:
        bits.append(f"年初预算数{wan(initial)}")
    bits.append(f"全年预算数{wan(adjusted)}" if adjusted is not None else f"全年预算数{NOT_FILLED}")
    bits.append(f"全年执行数{wan(executed)}" if executed is not None else f"全年执行数{NOT_FILLED}")
    rate = calc.execution_rate(executed, adjusted)
    if rate is not None:
        bits.append(f"预算执行率{percent(rate)}")
    # Named by the project: in a document of several projects each sentence says whose figures these are.
    out.append(_p(f"“{name}”项目资金" + "，".join(bits) + "。"))
    # The sources of the full-year budget: a "其中" list only when it adds up (as in the department draft).
    parts = [(label, f.num(f"project.funds.{key}.adjusted"), f.iv(f"project.funds.{key}.adjusted"))
             for key, label in _FUND_PARTS if f"project.funds.{key}.adjusted" in f.data.form.fields]
    parts = [(label, v, iv) for label, v, iv in parts if v is not None]
    if parts and adjusted is not None:
        if _adds_up(f.iv("project.funds.total.adjusted"), [iv for _, _, iv in parts]):
            out.append(_p(f"全年预算数{wan(adjusted)}，其中：" + "，".join(f"{label}{wan(v)}" for label, v, _ in parts) + "。"))
        else:
            out.append(_p("按资金来源分，全年预算数中" + "，".join(f"{label}{wan(v)}" for label, v, _ in parts) + "。"))
    weight, fscore = f.num("project.funds.total.weight"), f.num("project.funds.total.score")
    if weight is not None:
        out.append(_p(f"预算执行分值{score(weight)}，得分"
                      + (f"{score(fscore)}。" if fscore is not None else f"{NOT_FILLED}。")))
    if rate is not None and rate < 1 - 1e-9:
        out.append(_p("预算未全部执行，", placeholder("未执行的原因"), "。"))
    out.append(_p(placeholder("资金管理和使用情况（资金到位、拨付、支出的合规性）")))
    return out


def _goals(f: _Facts) -> list[Block]:
    out = [Block("h1", [Run("三、绩效目标完成情况分析")])]
    achieved = _text(f, "project.goal.actual")
    out.append(_p("实际完成情况：", achieved if achieved else NOT_FILLED,
                  "" if not achieved or achieved.endswith("。") else "。"))
    groups = indicator_groups(f)
    if not groups:
        return out + [_p(f"绩效指标{NOT_FILLED}。")]
    numbers = "一二三四五六七八九"
    for i, (section, rows) in enumerate(groups.items()):
        out.append(Block("h2", [Run(f"（{numbers[i] if i < len(numbers) else i + 1}）{section}完成情况")]))
        out += section_blocks(section, rows)
    return out + indicator_table([ind for rows in groups.values() for ind in rows])


def _conclusion(f: _Facts) -> list[Block]:
    return [Block("h1", [Run("四、自评结论")])] + score_blocks(
        f.num("project.total.score"), _text(f, "project.total.grade"), f.profile, "该项目", "自评表")


def _problems(f: _Facts) -> list[Block]:
    out = [Block("h1", [Run("五、存在的问题及原因分析")])]
    notes = []
    rate = calc.execution_rate(f.num("project.funds.total.executed"), f.num("project.funds.total.adjusted"))
    if rate is not None and rate < 1 - 1e-9:
        notes.append(f"预算执行率{percent(rate)}，未全部执行")
    return out + problem_blocks(f, notes, "项目支出绩效自评表", "项目实施和资金管理中存在的主要问题及原因")
