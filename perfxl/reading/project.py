"""Find every 项目支出绩效自评表 table in a workbook and read it on evidence only.

A project table starts at a "项目名称" label; several may sit on one sheet, one under the
other.  Inside it each part is found by structure, never by fixed cells:

- the fund block by its heading row (the row whose cells carry most fund-column headings:
  年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 and their variants), its
  lines by their labels (年度资金总额, 其中：本年财政拨款, …) until a line that is none;
- the indicator block by its heading row (三级指标 with other indicator headings; a
  heading row above it supplies what a two-row heading puts there), its rows until a
  total row, a new table or a run of blank rows; placeholder rows ("指标2："/"……") skipped;
- the total on the row that ends the block, or a 自评得分/总分 label above the tables.

Every value must suit its field: an amount, rate or score cell holding a label is a
mis-location and the field stays 未找到.  Weights written only inside labels
("国家奖学金人数(5分)", "预算执行情况(10分)") are read from there (evidence "inline").
The label dictionary lives in ``forms.project``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..core.values import parse_value
from ..forms import project as P
from ..forms.workbook import build_project_form
from .data import FieldValue, ProjectData, fallback_year, tell_apart
from .grid import Grid, GridCell
from .labels import match_label, norm_label

_WEIGHT_IN_LABEL = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_LEADING_SCORE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*分")
_PLACEHOLDER = re.compile(r"^(?:指标\d*:?[/／-]?|…+|\.{3,}|[/／-])$")
_DASHES = {"—", "-", "/", "／", "--", "——", "－", "无"}
_STOP_TABLE = P.TOTAL_ROW_LABELS + ("评价等级", "评价结论", "项目名称", "存在问题", "改进措施")

_ALL_LABELS: tuple[str, ...] = tuple(
    a for group in (*P.HEAD_LABELS.values(), P.GOAL_EXPECTED_LABELS, P.GOAL_ACTUAL_LABELS, P.HEADER_TOTAL_LABELS,
                    P.GRADE_LABELS, ("年度总体目标", "绩效指标"))
    for a in group) + tuple(a for _, _, aliases in P.FUND_LINES for a in aliases) + tuple(
    a for _, _, aliases in P.FUND_COLUMNS for a in aliases) + tuple(
    a for aliases in P.INDICATOR_LABELS.values() for a in aliases)


def _matches(value: Any, aliases: tuple[str, ...]) -> bool:
    return isinstance(value, str) and _text_matches(value, aliases)


@lru_cache(maxsize=16384)
def _text_matches(text: str, aliases: tuple[str, ...]) -> bool:
    # the same labels are tried against the same aliases in every submission
    return any(match_label(text, a)[0] for a in aliases)


def _is_label(value: Any) -> bool:
    return _matches(value, _ALL_LABELS)


def _is_dash(value: Any) -> bool:
    return isinstance(value, str) and value.strip() in _DASHES


def _numeric(value: Any) -> bool:
    if value is None or (isinstance(value, str) and not value.strip()):
        return True  # an empty cell is a plausible value of any kind
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return parse_value(value).is_number or _is_dash(value)


class _Table:
    """One project table on a grid: rows ``first``..``last`` starting at its 项目名称 row."""

    def __init__(self, grid: Grid, first: int, last: int, anchor: int):
        self.grid, self.first, self.last, self.anchor = grid, first, last, anchor

    # -- cells ---------------------------------------------------------------------
    def text_cells(self, r: int) -> list[GridCell]:
        """Cells of row ``r`` that start a value here (not continuations of a merge)."""
        max_col = self.grid.max_col   # a cell not stored is blank
        return [cell for cell in self.grid.rows_of_cells().get(r, ())
                if 1 <= cell.col <= max_col and cell.merged_from is None and not cell.is_blank]

    def merge_end(self, r: int, c: int) -> int:
        origin = self.grid.get(r, c).merged_from or (r, c)
        end = c
        while end + 1 <= self.grid.max_col and self.grid.get(r, end + 1).merged_from == origin:
            end += 1
        return end

    def merge_bottom(self, r: int, c: int) -> int:
        origin = self.grid.get(r, c).merged_from or (r, c)
        end = r
        while end + 1 <= self.grid.max_row and self.grid.get(end + 1, c).merged_from == origin:
            end += 1
        return end

    def fv(self, key: str, r: int, c: int) -> FieldValue:
        cell = self.grid.origin(r, c)
        return FieldValue(key, self.grid.title, cell.ref, cell.value, cell.formula, cell.number_format)

    def find(self, aliases: tuple[str, ...], rows: range) -> GridCell | None:
        for r in rows:
            for cell in self.text_cells(r):
                if _matches(cell.value, aliases):
                    return cell
        return None


def _anchor_rows(grid: Grid) -> list[int]:
    rows = []
    for cell in grid.text_cells():
        r = cell.row
        if cell.merged_from is None and _matches(cell.value, P.HEAD_LABELS["project.name"]):
            if len(norm_label(cell.value)) <= 8 and (not rows or rows[-1] != r):
                rows.append(r)
    return rows


def _fund_header(t: _Table) -> tuple[int, dict[str, int]] | None:
    """The fund block's heading row and the column of each fund role found in it."""
    best: tuple[int, dict[str, int]] | None = None
    for r in range(t.anchor, t.last + 1):
        cols: dict[str, int] = {}
        for cell in t.text_cells(r):
            for role, _, aliases in P.FUND_COLUMNS:
                if role not in cols and _matches(cell.value, aliases):
                    cols[role] = cell.col
                    break
        if ("executed" in cols or "adjusted" in cols) and len(cols) >= 3:
            if best is None or len(cols) > len(best[1]):
                best = (r, cols)
            if len(cols) >= 4:
                break
    return best


def _line_of(text: Any) -> str | None:
    for line, _, aliases in P.FUND_LINES:
        if _matches(text, aliases):
            return line
    return None


def _read_funds(t: _Table, data: ProjectData, found: tuple[int, dict[str, int]] | None) -> int:
    """Fund lines under their heading (``_fund_header``); returns the last row of the fund
    block (or 0)."""
    if found is None:
        return 0
    header, cols = found
    first_value_col = min(cols.values())
    last_row = header
    seen: set[str] = set()
    for r in range(header + 1, min(t.last, header + 10) + 1):
        labels = [c for c in t.text_cells(r) if c.col < first_value_col]
        values_blank = all(t.grid.origin(r, c).is_blank for c in cols.values())
        if not labels:
            if values_blank:
                continue
            break
        line = _line_of(labels[-1].value) or _line_of(labels[0].value)
        if line is None or line in seen:
            break
        seen.add(line)
        last_row = r
        roles = ("initial", "adjusted", "executed") + (("weight", "rate", "score") if line == "total" else ())
        for role in roles:
            if role not in cols:
                continue
            key = f"project.funds.{line}.{role}"
            fv = t.fv(key, r, cols[role])
            if not _numeric(fv.value):
                continue  # a label where an amount should be: not this field
            data.values[key] = fv
            data.evidence[key] = "label"
    if "project.funds.total.weight" not in data.values and "project.funds.total.adjusted" in data.values:
        # 分值 written only inside the block's heading: "预算执行情况（万元）(10分)".
        for c in range(1, first_value_col):
            cell = t.grid.origin(header, c)
            m = _WEIGHT_IN_LABEL.search(str(cell.value or ""))
            if m:
                data.values["project.funds.total.weight"] = FieldValue(
                    "project.funds.total.weight", t.grid.title, cell.ref, float(m.group(1)))
                data.evidence["project.funds.total.weight"] = "inline"
                break
    return last_row


def _read_head(t: _Table, data: ProjectData, until: int) -> None:
    for key, aliases in P.HEAD_LABELS.items():
        cell = t.find(aliases, range(t.anchor if key == "project.name" else t.first, until))
        if cell is None:
            continue
        c = t.merge_end(cell.row, cell.col) + 1
        if c > t.grid.max_col:
            continue
        fv = t.fv(key, cell.row, c)
        if _is_label(fv.value):
            continue  # the next cell is another label: no value cell to point at
        data.values[key] = fv
        data.evidence[key] = "label"


def _read_goals(t: _Table, data: ProjectData, start: int, end: int) -> None:
    rows = range(start, end)
    for key, aliases in (("project.goal.expected", P.GOAL_EXPECTED_LABELS), ("project.goal.actual", P.GOAL_ACTUAL_LABELS)):
        cell = t.find(aliases, rows)
        if cell is None:
            continue
        right_col = t.merge_end(cell.row, cell.col) + 1
        right = t.grid.origin(cell.row, right_col) if right_col <= t.grid.max_col else None
        if right is not None and not right.is_blank and not _is_label(right.value):
            fv = t.fv(key, cell.row, right_col)
        else:
            below = t.merge_bottom(cell.row, cell.col) + 1
            if below > t.last:
                continue
            fv = t.fv(key, below, cell.col)
            if _is_label(fv.value):
                continue
        data.values[key] = fv
        data.evidence[key] = "label"


_IND_ROLES = ("level1", "level2", "level3", "target", "actual", "weight", "score", "reason", "nature", "unit")


def _roles_in_row(t: _Table, r: int, taken: dict[str, int]) -> dict[str, int]:
    cols: dict[str, int] = {}
    used = set(taken.values())
    for cell in t.text_cells(r):
        if cell.col in used:
            continue
        for role in _IND_ROLES:
            if role in taken or role in cols:
                continue
            if _matches(cell.value, P.INDICATOR_LABELS[role]):
                cols[role] = cell.col
                break
    return cols


def _indicator_header(t: _Table, start: int) -> tuple[int, dict[str, int]] | None:
    for r in range(start, t.last + 1):
        cols = _roles_in_row(t, r, {})
        if "level3" not in cols or len(cols) < 3:
            continue
        if r - 1 >= start:  # a two-row heading: the row above names the other columns
            above = _roles_in_row(t, r - 1, cols)
            if any(role in above for role in ("actual", "weight", "score", "target")):
                cols.update(above)
        return r, cols
    return None


def _score_value(fv: FieldValue) -> FieldValue:
    """"4.58分（因……）": the score is the number the text starts with."""
    if isinstance(fv.value, str):
        m = _LEADING_SCORE.match(fv.value)
        if m and not parse_value(fv.value).is_number:
            fv.value = float(m.group(1))
    return fv


def _read_indicators(t: _Table, data: ProjectData, start: int) -> int | None:
    """The indicator rows; returns the row that ended the block when it is a total row."""
    found = _indicator_header(t, start)
    if found is None:
        return None
    header, cols = found
    rows: list[int] = []
    total_row = None
    skipped_totals: list[int] = []
    blank_run = 0
    for r in range(header + 1, t.last + 1):
        texts = t.text_cells(r)
        if not texts:
            blank_run += 1
            if blank_run >= 3:
                break
            continue
        blank_run = 0
        first = texts[0]
        if _matches(first.value, _STOP_TABLE) or norm_label(first.value).startswith(("总分", "合计")):
            if _matches(first.value, P.TOTAL_ROW_LABELS) or norm_label(first.value).startswith(("总分", "合计")):
                if _total_again(t, r, cols):
                    skipped_totals.append(r)  # one of two total rows, indicators below it: not the end
                    continue
                total_row = r
            break
        if _roles_in_row(t, r, {}).get("level3"):
            continue  # the heading repeated on a new page
        level3 = norm_label(t.grid.value(r, cols["level3"])) if "level3" in cols else ""
        numbers = [t.grid.origin(r, cols[k]) for k in ("weight", "score") if k in cols]
        no_numbers = all(c.is_blank or _is_dash(c.value) for c in numbers)
        if no_numbers and (not level3 or _PLACEHOLDER.match(level3)):
            continue  # "指标2：", "……", an empty sub-heading row
        if not level3 and all(t.grid.origin(r, cols[k]).is_blank for k in ("target", "actual", "weight", "score") if k in cols):
            continue
        rows.append(r)
    previous: dict[str, FieldValue] = {}
    for fld in P.INDICATOR_FIELDS:
        role = fld.key.split(".", 1)[1]
        column = []
        for r in rows:
            if role in cols:
                fv = t.fv(fld.key, r, cols[role])
                if role in ("level1", "level2"):
                    if fv.value is None and role in previous and t.grid.get(r, cols[role]).merged_from is None:
                        fv = FieldValue(fld.key, previous[role].sheet, previous[role].ref, previous[role].value)
                    previous[role] = fv
                if role in ("weight", "score"):
                    fv = _score_value(fv)
            elif role == "weight" and "level3" in cols:
                cell = t.grid.origin(r, cols["level3"])
                m = _WEIGHT_IN_LABEL.search(str(cell.value or ""))
                fv = FieldValue(fld.key, t.grid.title, cell.ref, float(m.group(1))) if m else FieldValue(fld.key)
            else:
                fv = FieldValue(fld.key)
            column.append(fv)
        data.blocks[fld.key] = column
    if total_row is not None and skipped_totals:
        # two total rows: neither is chosen; both are said (READ-MISSING)
        cells = [f"{t.grid.title}!{t.text_cells(r)[0].ref}" for r in (*skipped_totals, total_row)]
        for key, role in (("project.total.weight", "weight"), ("project.total.score", "score")):
            if role in cols:
                data.ambiguous[key] = cells
    elif total_row is not None:
        for key, role in (("project.total.weight", "weight"), ("project.total.score", "score")):
            if role not in cols:
                continue
            fv = t.fv(key, total_row, cols[role])
            if fv.value is None or fv.formula is not None and fv.value == "":
                data.values[key] = fv   # the total row is there, its cell is blank: 未填写
                data.evidence[key] = "label"
                continue
            if not _numeric(fv.value) or _is_dash(fv.value):
                continue
            data.values[key] = fv
            data.evidence[key] = "label"
    return total_row


def _total_again(t: _Table, row: int, cols: dict[str, int]) -> bool:
    """Another total row further down the table with indicator rows (三级指标 and 分值 or
    得分) between: the first is a stray total inside the block."""
    between = False
    for r in range(row + 1, t.last + 1):
        texts = t.text_cells(r)
        if not texts:
            continue
        first = norm_label(texts[0].value)
        if first.startswith(("总分", "总得分")):
            return between
        if _matches(texts[0].value, _STOP_TABLE) or first.startswith("合计"):
            return False
        level3 = norm_label(t.grid.value(r, cols["level3"])) if "level3" in cols else ""
        if level3 and not _PLACEHOLDER.match(level3) and any(
                k in cols and not t.grid.origin(r, cols[k]).is_blank for k in ("weight", "score")):
            between = True
    return False


def _header_total(t: _Table, data: ProjectData, until: int) -> None:
    """A total score written above the tables: "自评得分 | 98", "总分: | 99.37 | 分"."""
    for r in range(t.first, until):
        for cell in t.text_cells(r):
            if not _matches(cell.value, P.HEADER_TOTAL_LABELS):
                continue
            c = t.merge_end(r, cell.col) + 1
            if c > t.grid.max_col:
                continue
            fv = t.fv("project.total.score", r, c)
            v = parse_value(fv.value)
            if v.is_number and v.number is not None and 0 <= v.number <= 200 and not v.is_percent:
                data.values["project.total.score"] = fv
                data.evidence["project.total.score"] = "header"
                return


def _read_grade(t: _Table, data: ProjectData, start: int) -> None:
    """评价等级 beside its label, below the indicator block: a short word, not a label."""
    cell = t.find(P.GRADE_LABELS, range(start, t.last + 1))
    if cell is None:
        return
    c = t.merge_end(cell.row, cell.col) + 1
    if c > t.grid.max_col:
        return
    fv = t.fv("project.total.grade", cell.row, c)
    uncached = fv.value is None and fv.formula is not None   # computed later, as Excel would
    if uncached or isinstance(fv.value, str) and 0 < len(fv.value.strip()) <= 4 and not _is_label(fv.value):
        data.values["project.total.grade"] = fv
        data.evidence["project.total.grade"] = "label"


def _read_table(t: _Table, year: int | None) -> ProjectData | None:
    form = build_project_form(year or fallback_year())
    data = ProjectData(form, "labels", year_known=year is not None, sheet=t.grid.title, first_row=t.first,
                       last_row=t.last)
    funds_header = _fund_header(t)
    funds_end = _read_funds(t, data, funds_header)
    if funds_header is not None:
        data.amount_unit = _amount_unit(t, funds_header[0])
    ind_start = (funds_end or t.anchor) + 1
    head_until = funds_header[0] if funds_header else ind_start
    _read_head(t, data, head_until)
    ind_header = _indicator_header(t, ind_start)
    _read_goals(t, data, t.anchor, ind_header[0] if ind_header else t.last + 1)
    total_row = _read_indicators(t, data, ind_start)
    if total_row is None and "project.total.score" not in data.values and not data.ambiguous:
        _header_total(t, data, head_until)
    _read_grade(t, data, total_row or ind_start)
    if not any(k.startswith("project.funds.") for k in data.values) and not data.rows("indicator."):
        return None  # a 项目名称 label without a self-evaluation table under it
    if "score" not in _indicator_columns(t, ind_start) and not any(k.endswith(".executed") for k in data.values):
        return None  # no 执行数 and no 得分: a declaration or a budget table, not a self-evaluation
    for key, fld in form.fields.items():
        if not fld.is_range and key not in data.values:
            data.missing.append(key)
    return data


_UNIT_MARK = re.compile(r"[（(]\s*(万元|元)\s*[)）]|单位[：:]\s*(万元|元)")


def _amount_unit(t: _Table, header: int) -> str | None:
    """The amounts' unit the table states above or in its fund heading; None when it says
    none, or says two different ones."""
    units = set()
    for r in range(t.first, header + 1):
        for cell in t.text_cells(r):
            if isinstance(cell.value, str):
                units.update(a or b for a, b in _UNIT_MARK.findall(cell.value))
    return units.pop() if len(units) == 1 else None


def _indicator_columns(t: _Table, start: int) -> dict[str, int]:
    found = _indicator_header(t, start)
    return found[1] if found else {}


def read_projects(grids: list[Grid], year: int | None = None) -> list[ProjectData]:
    """Every project table in ``grids``, in sheet and row order."""
    out: list[ProjectData] = []
    for grid in grids:
        anchors = _anchor_rows(grid)
        for i, anchor in enumerate(anchors):
            first = 1 if i == 0 else anchor
            last = anchors[i + 1] - 1 if i + 1 < len(anchors) else grid.max_row
            data = _read_table(_Table(grid, first, last, anchor), year or _year_above(grid, first, anchor))
            if data is not None:
                out.append(data)
    tell_apart(out)
    return out


_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _year_above(grid: Grid, first: int, anchor: int) -> int | None:
    """The year in the title lines of a table ("(2022年度)")."""
    for r in range(max(1, anchor - 4), anchor):
        for c in range(1, grid.max_col + 1):
            m = _YEAR.search(str(grid.get(r, c).value or ""))
            if m:
                return int(m.group(1))
    return None


def project_sheets(projects: list[ProjectData]) -> set[str]:
    return {p.sheet for p in projects}
