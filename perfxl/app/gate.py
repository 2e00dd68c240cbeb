"""The one gate every entry point passes a workbook through before checking it: does it hold
a form perfxl knows (``reading.recognize``), and, for each form found, were its key fields
found?  When not, one Chinese sentence and exit 2 — never "0 errors" on a file that was not
understood.  Used by ``app.check`` (command line, batch, web page), the Excel button and
``perfxl new --from``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import UnrecognisedWorkbook
from ..reading.grid import Grid
from ..reading.recognize import (ATTACHMENT3, ATTACHMENT4, FORM_NAMES, GROUP_NAMES, KIND_GROUPS, PROJECT,
                                 Recognition, recognize)

LOOKED_FOR = "部门整体支出绩效表格（附件3/附件4）或项目支出绩效自评表"
WHAT_WE_LOOK_FOR = ("这些表的表题和栏目（编制数与实际在职人数、三公经费及其明细、全年预算数与全年执行数、"
                    "含实际完成值和得分的三级指标、总分）")
REPORT_SHEET = "报告正文"

# Key fields of each form: without them the form is not understood (issue: never "0 errors").
# (field key or "indicator block", name in messages)
KEY_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    ATTACHMENT3: (("staff.authorized", "编制数"), ("staff.actual", "实际在职人数"),
                  ("funds.sangong.actual", "三公经费决算数")),
    ATTACHMENT4: (("budget.adjusted", "全年预算数"), ("budget.executed", "全年执行数"),
                  ("total.score", "总得分"), ("indicators", "绩效指标（三级指标及其完成值、得分）")),
}
# Each project table read on its own (``FormData.projects``, when the reader provides them);
# without them the project form is read by the same locator as 附件4.
PROJECT_KEY_FIELDS = (("project.funds.total.adjusted", "全年预算数"), ("project.funds.total.executed", "全年执行数"),
                      ("project.total.score", "总得分"), ("indicators", "绩效指标（三级指标及其完成值、得分）"))
KEY_FIELDS[PROJECT] = KEY_FIELDS[ATTACHMENT4]


# The labels a refusal names as examples, for the forms it concerns only.
_EXAMPLE_LABELS = {
    ATTACHMENT3: ("“编制数”", "“实际在职人数”", "“三公经费”", "“决算数”"),
    ATTACHMENT4: ("“全年预算数”", "“全年执行数”", "“总分”", "“三级指标”", "“实际完成值”", "“得分”"),
    PROJECT: ("“全年预算数”", "“全年执行数”", "“总分”", "“三级指标”", "“实际完成值”", "“得分”"),
}


def _located(data: Any, key: str) -> bool:
    if key == "indicators":
        cols = ("indicator.level3", "indicator.actual", "indicator.score")
        if not data.rows("indicator."):
            # a blank form: the block's heading was found (its columns read), no row filled yet
            return all(k in data.blocks for k in cols)
        return all(any(fv.ref for fv in data.blocks.get(k, [])) for k in cols)
    if key in getattr(data, "ambiguous", {}):
        return True  # its label was found, on more than one row (READ-MISSING says which)
    fv = data.fv(key)
    return fv is not None and fv.ref is not None


def _quoted(labels: list[str]) -> str:
    return "".join(f"“{x}”" for x in labels)


def _closest(rec: Recognition) -> str:
    """What came nearest, in words: "最接近的是工作表“X”，有“a”“b”，但没有 …"."""
    near = rec.closest
    if rec.empty:
        return "工作簿中没有任何内容（所有工作表都是空的）"
    if near is None:
        sheets = "".join(f"“{s}”" for s in rec.sheets[:5]) + ("等" if len(rec.sheets) > 5 else "")
        return f"工作表{sheets}中没有这些表格的表题或栏目" if sheets else "工作簿中没有工作表"
    labels = near.labels(4)
    missing = "、".join(GROUP_NAMES[g] for g in KIND_GROUPS[near.kind] if g not in near.groups)
    if near.groups == {"title"}:
        return f"工作表“{near.sheet}”只有表题{_quoted(labels)}，没有{missing}等栏目"
    if "partial" in near.groups and not near.structure:
        return (f"最接近的是工作表“{near.sheet}”，有{_quoted(labels)}，但没有实际完成值和得分，也没有预算执行数"
                "（像是绩效目标申报表、监控表或指标库，不是自评表）")
    return f"最接近的是工作表“{near.sheet}”，有{_quoted(labels)}，但没有{missing}"


def not_found_message(name: str, rec: Recognition) -> str:
    report = "；工作簿中有“报告正文”工作表，只核对报告请用 --narrative 指定该工作簿" if REPORT_SHEET in rec.sheets else ""
    return (f"未在“{name}”中找到{LOOKED_FOR}：没有找到{WHAT_WE_LOOK_FOR}；{_closest(rec)}{report}。"
            "请确认选对了文件。")


def missing_key_fields(rec: Recognition, data: Any) -> list[tuple[str, str, list[str], list[str]]]:
    """For each form (each project table) found: (kind, project name or "", key fields found,
    key fields not found), when some are not found."""
    out = []
    for kind in sorted(rec.kinds, key=list(FORM_NAMES).index):
        projects = getattr(data, "projects", None) if kind == PROJECT else None
        if projects:
            tables = [(p, PROJECT_KEY_FIELDS, str(getattr(p, "name", "") or "")) for p in projects]
        else:
            tables = [(data, KEY_FIELDS[kind], "")]
        for table, keys, title in tables:
            found, missing = [], []
            for key, label in keys:
                (found if table is not None and _located(table, key) else missing).append(label)
            if missing:
                out.append((kind, title, found, missing))
    return out


def _named_forms(data: Any) -> set[str]:
    """The forms of perfxl's template whose defined names point at cells of this workbook
    (a user may have deleted one of the two sheets)."""
    if data is None or data.source != "names":
        return set()
    a3_keys = set(data.form.sheets[0].fields)
    located = set(data.values) | {k for k, col in data.blocks.items() if any(fv.ref for fv in col)}
    kinds = set()
    if located & a3_keys:
        kinds.add(ATTACHMENT3)
    if located - a3_keys:
        kinds.add(ATTACHMENT4)
    return kinds


def require_forms(data: Any, grids: list[Grid], name: str) -> Recognition:
    """The workbook's forms, or ``UnrecognisedWorkbook`` with the sentence that says why not."""
    rec = recognize(grids, named=_named_forms(data))
    if not rec.found:
        raise UnrecognisedWorkbook(not_found_message(name, rec), rec)
    gaps = missing_key_fields(rec, data)
    if gaps:
        parts = []
        for kind, title, found, missing in gaps:
            sheet = rec.sheet_of(kind)
            where = f"（工作表“{sheet}”）" if sheet else ""
            project = f"项目“{title}”：" if title else ""
            have = f"找到了{'、'.join(found)}，" if found else ""
            parts.append(f"{FORM_NAMES[kind]}{where}{project}{have}未找到{'、'.join(missing)}")
        kinds = list(dict.fromkeys(kind for kind, *_ in gaps))
        examples = "".join(dict.fromkeys(label for kind in kinds for label in _EXAMPLE_LABELS[kind]))
        message = (f"未能识别“{name}”中的表格：{'；'.join(parts)}。请核对这些栏目的标签是否与标准表式一致"
                   f"（如{examples}），或把数据填入 perfxl 模板（perfxl new）后再检查。")
        raise UnrecognisedWorkbook(message, rec, tuple(m for *_, ms in gaps for m in ms))
    return rec


def workbook_name(path: str | Path | None) -> str:
    return Path(str(path)).name if path else "当前工作簿"


def require_report_sheet(path: Path, sheet: str | None = None) -> None:
    """``perfxl figures`` on a workbook: it needs the report sheet; a workbook with neither the
    report sheet nor any form gets the not-a-form sentence (it is probably the wrong file)."""
    from ..xlsx.reader import read_grids

    grids = read_grids(path)
    name = sheet or REPORT_SHEET
    if any(g.title == name for g in grids):
        return
    rec = recognize(grids)
    if not rec.found:
        message = not_found_message(path.name, rec).replace("。请确认选对了文件。", f"，也没有“{name}”工作表。请确认选对了文件。")
        raise UnrecognisedWorkbook(message, rec)
