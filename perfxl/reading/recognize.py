"""Which known forms a workbook holds, decided from evidence before any field is read.

perfxl knows three forms: 附件3 部门整体支出绩效评价基础数据表, 附件4 部门整体支出绩效自评表
and the 项目支出绩效自评表.  A sheet holds one when its labels are arranged the way that form
arranges them — groups of evidence, each a small structure rather than a word:

- 附件3: the staff row (编制数 beside 实际在职人数/实有人数), the 三公经费 line with its parts
  under 决算数/预算数 headings, the other 经费控制 lines (公用经费, 政府采购金额, …);
- 附件4 and the project form: the budget execution row (a 预算数 heading with an 执行数
  heading beside it), the indicator block (三级指标 with a target, an actual value and a
  score heading in one row), the total score row;
- every form: its title.

A form is found with two groups, or its title and one group: a title alone (an empty
sheet named like the form) is not enough, nor is one structure that other tables share
(a 三公经费 budget table, a staffing list, a goal declaration without actual values).
Pure over grids: the same answer for a file, the live Excel workbook and the web page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from .grid import Grid
from .labels import norm_label

ATTACHMENT3, ATTACHMENT4, PROJECT = "attachment3", "attachment4", "project"
FORM_NAMES = {ATTACHMENT3: "附件3 部门整体支出绩效评价基础数据表", ATTACHMENT4: "附件4 部门整体支出绩效自评表",
              PROJECT: "项目支出绩效自评表"}

# What each group is, in the words of a message ("没有 …").
GROUP_NAMES = {
    "title": "表题",
    "staff": "财政供养人员（编制数、实际在职人数）",
    "sangong": "三公经费及其明细（预算数、决算数）",
    "funds": "经费控制各项（公用经费、政府采购金额等）",
    "budget": "预算执行（全年预算数、全年执行数）",
    "indicators": "绩效指标（三级指标、指标值、实际完成值、得分）",
    "total": "总分",
}
KIND_GROUPS = {ATTACHMENT3: ("staff", "sangong", "funds"), ATTACHMENT4: ("budget", "indicators", "total"),
               PROJECT: ("budget", "indicators", "total")}


def _rx(*alternatives: str) -> re.Pattern[str]:
    """Whole normalised label, allowing a trailing "(…)" note such as "(A)" or "(万元)"."""
    return re.compile(r"^(?:%s)(?:\([^)]*\))*$" % "|".join(alternatives))


_TITLE_A3 = re.compile(r"部门整体支出绩效评价基础数据表|绩效评价基础数据表")
_TITLE_A4 = re.compile(r"部门(整体)?支出(绩效)?自评表|部门整体支出绩效自评")
_TITLE_PROJECT = re.compile(r"项目(支出)?绩效(目标)?自评表|项目支出绩效自评")

_AUTHORIZED = _rx(r"(核定)?编制(数|人数)")
_ACTUAL_STAFF = _rx(r"(\d{4}年)?(实际在职|实有|在职)人数")
_SANGONG = _rx(r"三公经费(合计)?")
_SANGONG_PARTS = _rx(r"公务用车购置(和|及)(运行)?维护(经费|费)?", r"公务用车购置及运行费", r"公车购置",
                     r"公务用车购置费?", r"公车运行维护", r"公务用车运行(维护)?费?", r"出国经费",
                     r"因公出国\(境\)(费|经费)", r"出国\(境\)经费", r"公务接待(费)?")
_OTHER_FUNDS = _rx(r"公用经费", r"日常公用经费", r"办公(经)?费", r"水费、?电费、?差旅费", r"水电费、?差旅费",
                   r"会议费、?培训费", r"会议培训费", r"政府采购(金额|支出)?", r"部门(基本|整体)支出预算调整",
                   r"基本支出预算调整", r"项目支出(合计)?", r"楼堂馆所控制情况.*")
_FINAL_HEAD = _rx(r"(\d{4}年|本年|上年)?决算数?")
_BUDGET_HEAD = _rx(r"(\d{4}年|本年|年初|全年|调整后?|年度)?预算(数|金额|资金)?")
_EXEC_HEAD = _rx(r"(全年|实际|本年|预算)?执行(数|金额)")
_RATE_HEAD = _rx(r"(预算)?执行率(\(b/a\)|\(B/A\))?")
_SCORE_HEAD = _rx(r"(自评)?得分(\(.*)?", r"分值", r"权重")
_LEVEL3 = _rx(r"三级指标", r"指标名称", r"绩效指标")
_TARGET = _rx(r"(年度|年初)?(指标|目标)值", r"预期(指标)?值", r"(年度)?目标")
_ACTUAL = _rx(r"(实际|全年实际)?完成(值|情况)", r"(全年)?实际(值|完成值)", r"完成值")
_SCORE_ONLY = _rx(r"(自评)?得分(\(.*)?")
_TOTAL = _rx(r"总分", r"总得分", r"合计得分", r"自评得分", r"总分值?")


@dataclass(frozen=True)
class Evidence:
    group: str          # a key of GROUP_NAMES, or "partial" (an indicator heading without actuals: messages only)
    labels: tuple[str, ...]  # the labels as written
    cell: str           # where: "Sheet!A1" of the first label


@dataclass
class Candidate:
    """What one sheet shows of one form."""
    kind: str
    sheet: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def groups(self) -> set[str]:
        return {e.group for e in self.evidence}

    @property
    def structure(self) -> set[str]:
        return self.groups & set(KIND_GROUPS[self.kind])

    @property
    def found(self) -> bool:
        return len(self.structure) >= 2 or ("title" in self.groups and len(self.structure) >= 1)

    @property
    def weight(self) -> float:
        return len(self.structure) * 2 + ("title" in self.groups) + sum(len(e.labels) for e in self.evidence) / 100

    def labels(self, limit: int = 6) -> list[str]:
        out: list[str] = []
        for e in self.evidence:
            for label in e.labels:
                if label not in out:
                    out.append(label)
        return out[:limit]


@dataclass
class Recognition:
    """The forms found (with their evidence), and the closest candidate when none is."""
    forms: list[Candidate]
    closest: Candidate | None = None
    named: frozenset[str] = frozenset()  # forms of perfxl's own template, known by its defined names
    sheets: list[str] = field(default_factory=list)
    empty: bool = False              # the workbook holds no cell with content at all

    @property
    def found(self) -> bool:
        return bool(self.forms) or bool(self.named)

    @property
    def kinds(self) -> set[str]:
        return {c.kind for c in self.forms} | set(self.named)

    def sheet_of(self, kind: str) -> str | None:
        return next((c.sheet for c in self.forms if c.kind == kind), None)


class _Sheet:
    """The labels of one grid, normalised once."""

    def __init__(self, grid: Grid):
        self.grid = grid
        self.rows: dict[int, list[tuple[int, str, str]]] = {}   # row -> [(col, norm, raw)]
        for cell in grid.text_cells():
            r, c = cell.row, cell.col
            if cell.merged_from is not None:
                continue
            n = norm_label(cell.value)
            if n:
                self.rows.setdefault(r, []).append((c, n, str(cell.value).strip()))

    def matches(self, pattern: re.Pattern[str]) -> list[tuple[int, int, str]]:
        return [(r, c, raw) for r, cells in self.rows.items() for c, n, raw in cells if pattern.match(n)]

    def search(self, pattern: re.Pattern[str], max_len: int = 40, max_row: int | None = None
               ) -> list[tuple[int, int, str]]:
        """Labels of at most ``max_len`` characters ``pattern`` finds (in rows up to ``max_row``)."""
        rows = self.rows.items() if max_row is None else ((r, cells) for r, cells in self.rows.items() if r <= max_row)
        return [(r, c, raw) for r, cells in rows for c, n, raw in cells
                if len(n) <= max_len and pattern.search(n)]

    def in_row(self, row: int, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
        return [(c, raw) for c, n, raw in self.rows.get(row, []) if pattern.match(n)]

    def cell(self, r: int, c: int) -> str:
        return self.grid.address(r, c)


def _title(sheet: _Sheet, pattern: re.Pattern[str], out: list[Evidence]) -> None:
    """A title in the first rows (a cell of at most 40 characters carrying the form's name)."""
    hits = sheet.search(pattern, max_row=6)
    if hits:
        r, c, raw = min(hits)
        out.append(Evidence("title", (raw,), sheet.cell(r, c)))


def _staff(sheet: _Sheet, out: list[Evidence]) -> None:
    for r, c, raw in sorted(sheet.matches(_AUTHORIZED)):
        beside = [x for x in sheet.in_row(r, _ACTUAL_STAFF) if x[0] > c]
        if beside:
            out.append(Evidence("staff", (raw, beside[0][1]), sheet.cell(r, c)))
            return


def _fund_headings(sheet: _Sheet, above: int) -> list[str]:
    """决算数 and 预算数 headings in one row above ``above``."""
    for r in sorted((r for r in sheet.rows if r < above), reverse=True)[:12]:
        finals, budgets = sheet.in_row(r, _FINAL_HEAD), sheet.in_row(r, _BUDGET_HEAD)
        if finals and budgets:
            return [finals[0][1], budgets[0][1]]
    return []


def _sangong(sheet: _Sheet, out: list[Evidence]) -> None:
    for r, c, raw in sorted(sheet.matches(_SANGONG)):
        parts = sorted({p for pr, pc, p in sheet.matches(_SANGONG_PARTS) if r < pr <= r + 8 and abs(pc - c) <= 1})
        heads = _fund_headings(sheet, r)
        if len(parts) >= 2 and heads:
            out.append(Evidence("sangong", (raw, *parts[:3], *heads), sheet.cell(r, c)))
            return


def _funds(sheet: _Sheet, out: list[Evidence]) -> None:
    hits = sorted(sheet.matches(_OTHER_FUNDS))
    columns = {c for _, c, _ in hits}
    for col in sorted(columns):
        in_col = [h for h in hits if h[1] == col]
        labels = sorted({raw for _, _, raw in in_col})
        if len(labels) >= 3 and _fund_headings(sheet, in_col[0][0]):
            r, c, _ = in_col[0]
            out.append(Evidence("funds", tuple(labels[:4]), sheet.cell(r, c)))
            return


def _budget(sheet: _Sheet, out: list[Evidence]) -> None:
    for r in sorted(sheet.rows):
        budgets, execs = sheet.in_row(r, _BUDGET_HEAD), sheet.in_row(r, _EXEC_HEAD)
        if budgets and execs and any(bc < ec for bc, _ in budgets for ec, _ in execs):
            rate = sheet.in_row(r, _RATE_HEAD) + sheet.in_row(r, _SCORE_HEAD)
            labels = (budgets[-1][1], execs[0][1], *(x[1] for x in rate[:2]))
            out.append(Evidence("budget", labels, sheet.cell(r, budgets[-1][0])))
            return


def _indicators(sheet: _Sheet, out: list[Evidence]) -> list[str]:
    """The indicator heading row; returns the labels seen of the best partial row otherwise."""
    best: list[str] = []
    for r in sorted(sheet.rows):
        level3, target = sheet.in_row(r, _LEVEL3), sheet.in_row(r, _TARGET)
        actual, score = sheet.in_row(r, _ACTUAL), sheet.in_row(r, _SCORE_ONLY)
        seen = [x[0][1] for x in (level3, target, actual, score) if x]
        if level3 and actual and score:
            out.append(Evidence("indicators", tuple(seen), sheet.cell(r, level3[0][0])))
            return seen
        if len(seen) > len(best):
            best = seen
    return best


def _total(sheet: _Sheet, out: list[Evidence], after: int) -> None:
    hits = [h for h in sheet.matches(_TOTAL) if h[0] > after]
    for r, c, raw in sorted(hits):
        if any(isinstance(sheet.grid.value(r, cc), (int, float)) or
               (isinstance(sheet.grid.value(r, cc), str) and re.search(r"\d", str(sheet.grid.value(r, cc))))
               for cc in range(c + 1, min(sheet.grid.max_col, c + 10) + 1)):
            out.append(Evidence("total", (raw,), sheet.cell(r, c)))
            return


def _candidates(grid: Grid) -> list[Candidate]:
    sheet = _Sheet(grid)
    a3 = Candidate(ATTACHMENT3, grid.title)
    _title(sheet, _TITLE_A3, a3.evidence)
    _staff(sheet, a3.evidence)
    _sangong(sheet, a3.evidence)
    _funds(sheet, a3.evidence)

    shared: list[Evidence] = []
    _budget(sheet, shared)
    partial = _indicators(sheet, shared)
    block = next((int(re.sub(r"\D", "", e.cell.rsplit("!", 1)[1])) for e in shared if e.group == "indicators"), 0)
    if shared:
        _total(sheet, shared, block)
    a4 = Candidate(ATTACHMENT4, grid.title, list(shared))
    project = Candidate(PROJECT, grid.title, list(shared))
    _title(sheet, _TITLE_A4, a4.evidence)
    _title(sheet, _TITLE_PROJECT, project.evidence)
    is_project = "title" in project.groups or bool(sheet.matches(_rx(r"项目名称")))
    if not shared and partial:
        # for the message only: a goal declaration shows 三级指标 and 指标值 without actuals
        for cand in (a4, project):
            cand.evidence.append(Evidence("partial", tuple(partial), grid.title))
    # A sheet with the shared structure is a project form when it says so (title or 项目名称)
    # and does not carry the 附件4 title; 附件4 otherwise.
    return [a3, project if is_project and "title" not in a4.groups else a4]


def recognize(grids: Iterable[Grid], *, named: Iterable[str] = ()) -> Recognition:
    """The forms ``grids`` hold, each with its evidence; the closest candidate when none.
    ``named``: the forms perfxl's own defined names locate (its template needs no label scan)."""
    grids = list(grids)
    if named:
        return Recognition([], None, frozenset(named), [g.title for g in grids])
    found: list[Candidate] = []
    near: list[tuple[float, int, Candidate]] = []
    for order, grid in enumerate(grids):
        for cand in _candidates(grid):
            if cand.found:
                found.append(cand)
            elif cand.evidence:
                near.append((cand.weight, -order, cand))
    # one sheet may hold 附件3 and 附件4 (a combined sheet); a sheet is never both 附件4 and a project form
    closest = max(near, key=lambda t: t[:2])[2] if near else None
    empty = all(not any(not c.is_blank for c in g.cells.values()) for g in grids)
    return Recognition(found, closest, frozenset(), [g.title for g in grids], empty)
