"""Find the fields of 附件3/附件4 in any sheet by their labels, never by fixed cells.

County forms differ: one or two sheets, extra title rows, shifted columns, numbering
("1、"), line breaks, full-width spaces, wording variants, values typed inline
("一般公共预算：2751.84").  Each field is located from its row label and column heading
variants (see the form descriptions); what cannot be found is reported, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..core.values import parse_value
from ..forms import attachment3, attachment4
from .data import FieldValue, FormData, fallback_year
from .grid import Grid, GridCell
from .labels import has_year_heading, match_label, norm_label, text_label_keys
from ..forms.model import Field, FieldKind
from ..forms.workbook import build_forms

A3_ANCHORS = ("部门整体支出绩效评价基础数据表", "财政供养人员情况", "经费控制情况")
A4_ANCHORS = ("部门整体支出绩效自评表", "预算单位名称", "年度预算申请", "三级指标")
_STOP_INDICATORS = ("总分", "合计", "评价等级", "总得分")
_STOP_BUILDINGS = ("厉行节约保障措施", "例行节约保障措施", "说明", "填表人")


def _labelled_cells(grid: Grid) -> list[tuple[int, int, str, list[tuple[str, str | None]]]]:
    """(row, column, text, label keys) of every cell showing a text, in reading order: a
    vertical continuation of a merged label shows its label too, a horizontal one does not."""
    def build() -> list[tuple[int, int, str, list[tuple[str, str | None]]]]:
        out = []
        for cell in grid.sorted_cells():
            r, c = cell.row, cell.col
            if cell.merged_from is not None and cell.merged_from[1] != c:
                continue  # horizontal continuation of a merged label
            text = grid.value(r, c)
            if isinstance(text, str):
                out.append((r, c, text, text_label_keys(text)))
        return out
    return grid.derived("labelled", build)


@dataclass
class Region:
    grid: Grid
    first_row: int
    last_row: int

    def rows(self) -> range:
        return range(self.first_row, self.last_row + 1)


@dataclass
class Hit:
    cell: GridCell
    last_col: int          # right edge of the label's merge
    inline: str | None     # value typed into the label cell itself


def _anchor_of(text: object, anchors: tuple[str, ...]) -> str | None:
    """The anchor a short label starts with (a long sentence that mentions it is no anchor)."""
    if isinstance(text, str):
        return _text_anchor(text, anchors)
    return _anchor_in(norm_label(text), anchors)


@lru_cache(maxsize=16384)
def _text_anchor(text: str, anchors: tuple[str, ...]) -> str | None:
    # every sheet is scanned for both forms' anchors, the same labels in every submission
    return _anchor_in(norm_label(text), anchors)


def _anchor_in(n: str, anchors: tuple[str, ...]) -> str | None:
    return next((a for a in anchors if n.startswith(a) and len(n) <= len(a) + 12), None)


def _anchor_hits(grid: Grid, anchors: tuple[str, ...]) -> set[tuple[int, str]]:
    def build() -> frozenset[tuple[int, str]]:
        hits = set()
        for cell in grid.text_cells():
            if anchor := _anchor_of(cell.value, anchors):
                hits.add((cell.row, anchor))
        return frozenset(hits)
    return set(grid.derived(("anchors", anchors), build))   # a sheet is searched for forms more than once


def find_regions(grids: list[Grid], project_sheets: frozenset[str] = frozenset()) -> dict[str, Region]:
    """Where 附件3 ("a3") and 附件4 ("a4") sit: separate sheets or one sheet split in two.

    A sheet holding 项目支出绩效自评表 tables (``project_sheets``) has 三级指标 headings
    too; it is 附件4 only when it also carries a heading of the department form."""
    return {name: items[0] for name, items in region_candidates(grids, project_sheets).items()}


def region_candidates(grids: list[Grid], project_sheets: frozenset[str] = frozenset()) -> dict[str, list[Region]]:
    """Every region that looks like 附件3/附件4, most form-like first (a visible sheet
    before a hidden one, then workbook order)."""
    candidates: dict[str, list[tuple[int, int, int, Region]]] = {}
    for order, grid in enumerate(grids):
        hits = {"a3": _anchor_hits(grid, A3_ANCHORS), "a4": _anchor_hits(grid, A4_ANCHORS)}
        if grid.title in project_sheets and all(a == "三级指标" for _, a in hits["a4"]):
            hits["a4"] = set()
        a3, a4 = (sorted(r for r, _ in hits[name]) for name in ("a3", "a4"))
        if a3 and a4:
            if a3[0] < a4[0]:
                split = _title_row(grid, a4[0])
                found = {"a3": Region(grid, 1, split - 1), "a4": Region(grid, split, grid.max_row)}
            else:
                split = _title_row(grid, a3[0])
                found = {"a4": Region(grid, 1, split - 1), "a3": Region(grid, split, grid.max_row)}
        elif a3:
            found = {"a3": Region(grid, 1, grid.max_row)}
        elif a4:
            found = {"a4": Region(grid, 1, grid.max_row)}
        else:
            continue
        for name, region in found.items():
            score = len({a for r, a in hits[name] if region.first_row <= r <= region.last_row})
            candidates.setdefault(name, []).append((-score, int(grid.hidden), order, region))
    # The sheet that looks most like the form wins; a visible one before a hidden one.
    # A region with a single anchor beside a fuller one is a stray heading, not another form.
    return {name: [t[3] for t in sorted(items, key=lambda t: t[:3]) if -t[0] >= min(2, -min(items)[0])]
            for name, items in candidates.items()}


def _title_row(grid: Grid, anchor_row: int) -> int:
    """Start a form at its "附件N" line or title when one sits just above the anchor."""
    row = anchor_row
    for r in range(anchor_row - 1, max(0, anchor_row - 4), -1):
        texts = [norm_label(c.value) for c in _stored(grid, r) if not c.is_blank]
        if texts and all(t.startswith("附件") or t.startswith("部门整体支出") for t in texts):
            row = r
    return row


def detect_year(regions: dict[str, Region]) -> int | None:
    years: list[int] = []
    region = regions.get("a3")
    if region:
        # only a text can name a year ("2023年预算数"); a cell not stored is blank
        max_col = region.grid.max_col
        for cell in region.grid.text_cells():
            if not (region.first_row <= cell.row <= region.last_row and 1 <= cell.col <= max_col):
                continue
            y = has_year_heading(cell.value, ("实际在职人数", "实有人数", "预算数", "完工项目"))
            if y:
                years.append(y)
            y = has_year_heading(cell.value, ("决算数",))
            if y:
                years.append(y)
    return max(years) if years else None


class Locator:
    def __init__(self, region: Region, exclude: set[int] | None = None, year: int | None = None):
        self.region = region
        self.grid = region.grid
        self.exclude = exclude or set()
        self.years = {"year": year or 0, "prev": (year or 1) - 1}
        self._label_index: dict[str, list[tuple[int, int, str, str | None]]] | None = None
        # labels (a tuple) → the index entries of its aliases, in alias order
        self._entries: dict[tuple[str, ...], list[tuple[int, int, str, str | None]]] = {}
        self._merge_ends: dict[tuple[int, int], int] = {}
        self._hits: dict[tuple[str, ...], tuple[set[int], int, list[Hit]]] = {}
        self._via_right = False
        # The indicator block's heading row and its columns by field key (set by _read_indicators).
        self.block_header: int | None = None
        self.block_cols: dict[str, int] = {}

    def _aliases(self, labels: Iterable[str]) -> list[str]:
        out = []
        for label in labels:
            if "{" in label:
                if not self.years["year"]:
                    continue
                label = label.format(**self.years)
            out.append(label)
        return out

    def _index(self) -> dict[str, list[tuple[int, int, str, str | None]]]:
        """Label key → cells carrying it, built once per region (see ``label_keys``)."""
        index: dict[str, list[tuple[int, int, str, str | None]]] = {}
        first, last = self.region.first_row, self.region.last_row
        for r, c, text, keys in _labelled_cells(self.grid):
            if first <= r <= last:
                for key, inline in keys:
                    index.setdefault(key, []).append((r, c, text, inline))
        return index

    def hits(self, labels: Iterable[str]) -> list[Hit]:
        labels = tuple(labels)
        # a field's row labels are asked for again (its label cell, the total's rows):
        # the same answer while the rows excluded are the same
        known = self._hits.get(labels)
        if known is not None and known[0] is self.exclude and known[1] == len(self.exclude):
            return list(known[2])
        found = self._find(labels)
        self._hits[labels] = (self.exclude, len(self.exclude), found)
        return list(found)

    def _find(self, labels: tuple[str, ...]) -> list[Hit]:
        entries = self._entries.get(labels)
        if entries is None:
            if self._label_index is None:
                self._label_index = self._index()
            entries = [e for alias in self._aliases(labels) for e in self._label_index.get(norm_label(alias), ())]
            self._entries[labels] = entries
        found: dict[int, tuple[int, int, str, str | None]] = {}
        exclude = self.exclude
        for entry in entries:
            r = entry[0]
            if r in exclude:
                continue
            # Keep the row the label is seen on: a label merged down over two rows
            # labels both (the value may sit on either).  One label per row is enough.
            if r not in found or entry[1] < found[r][1]:
                found[r] = entry
        return [Hit(GridCell(r, c, text), self._merge_end(r, c), inline)
                for r, c, text, inline in (found[r] for r in sorted(found))]

    def _merge_end(self, row: int, col: int) -> int:
        end = self._merge_ends.get((row, col))
        if end is None:
            end = self._merge_ends[(row, col)] = self._merge_end_of(row, col)
        return end

    def _merge_end_of(self, row: int, col: int) -> int:
        end = col
        origin = self.grid.get(row, col).merged_from or (row, col)
        while end + 1 <= self.grid.max_col and self.grid.get(row, end + 1).merged_from == origin:
            end += 1
        return end

    def _field_value(self, key: str, row: int, col: int) -> FieldValue:
        cell = self.grid.origin(row, col)
        return FieldValue(key, self.grid.title, cell.ref, cell.value, cell.formula, cell.number_format)

    # -- strategies -------------------------------------------------------------------
    def locate(self, fld: Field, heading_alone: bool = True) -> FieldValue | None:
        """The field's cell, or None when the evidence is too weak: a number field whose
        cell holds a label, or a dash found only by scanning right of its row label.
        ``heading_alone``: the field's column heading names it alone (编制数), so the cell
        right under it is the field even without a row label; 2023年决算数 heads every 附件3
        row and locates none of them without its row label."""
        found = self._locate_cell(fld, heading_alone)
        via_right = self._via_right
        if found is None or found.ref is None or not fld.kind.is_numeric:
            return found
        value = found.value
        if isinstance(value, str) and value.strip() and not parse_value(value).is_number:
            if found.ref == self._label_ref(fld) and fld.kind is FieldKind.AMOUNT:
                return found  # the amount written inside its own label's cell is inline text
            if via_right:
                return None
            if _is_label_text(value) and self._sub_heading(found):
                return None  # "编制数" over "合计 | 行政 | 事业": a heading of a second row, not the value
        # Found by its heading (and row label): the field's cell, even when it holds text
        # ("合计" typed where the figure belongs) — a bad value (READ-NOT-NUMBER), not a missing field.
        return found

    def _sub_heading(self, found: FieldValue) -> bool:
        """A label in the field's cell with a figure right under it: a second heading row."""
        from .grid import parse_ref

        pos = parse_ref(found.ref) if found.ref else None
        if pos is None:
            return True
        row, col = pos
        below = self.grid.origin(row + 1, col).value if row + 1 <= self.grid.max_row else None
        if isinstance(below, bool) or below is None:
            return False
        if isinstance(below, (int, float)):
            return True
        parsed = parse_value(below)  # "12人" is a figure; "2022年决算数" is the next heading
        return parsed.is_number and len(parsed.unit) <= 2

    def _label_ref(self, fld: Field) -> str | None:
        rows = self.hits(fld.row_labels) if fld.row_labels else []
        return rows[0].cell.ref if rows and rows[0].inline is not None else None

    def _locate_cell(self, fld: Field, heading_alone: bool = True) -> FieldValue | None:
        """The cell by heading and row label; ``_via_right`` says whether it was found only
        by scanning right of the row label (weaker evidence)."""
        self._via_right = False
        rows = self.hits(fld.row_labels) if fld.row_labels else []
        heads = self.hits(fld.col_labels) if fld.col_labels else []
        if rows and heads:
            for label in rows:
                above = [h for h in heads if h.cell.row < label.cell.row and h.cell.col > label.cell.col]
                if above:
                    head = max(above, key=lambda h: (h.cell.row, -h.cell.col))
                    found = self._field_value(fld.key, label.cell.row, head.cell.col)
                    if found.value is None and fld.right_index is not None:
                        right = self._right(fld, label)
                        if right is not None and right.value is not None:
                            return right
                    return found
        if heads and heading_alone and not (rows and fld.right_index is not None):
            head = heads[0]  # the value sits in the row right under its heading
            return self._field_value(fld.key, head.cell.row + 1, head.cell.col)
        if rows and (not fld.col_labels or fld.right_index is not None):
            # No heading to line up with: the value right of the label.  A label that
            # stands alone with its value beside it is stronger evidence than the same
            # words inside a longer heading line ("单位名称:××" above the table).
            self._via_right = True
            for hit in rows:
                if hit.inline is None:
                    right = self._right(fld, hit)
                    if right is not None and right.value is not None and right.ref != hit.cell.ref:
                        return right
            return self._right(fld, rows[0])
        return None

    def _right(self, fld: Field, hit: Hit, skip: frozenset[int] = frozenset()) -> FieldValue | None:
        """The value right of a row label (``skip``: columns that belong to something else)."""
        if hit.inline is not None:
            return FieldValue(fld.key, self.grid.title, hit.cell.ref, hit.inline)
        filled = []
        c = hit.last_col + 1
        while c <= self.grid.max_col:
            cell = self.grid.get(hit.cell.row, c)
            if c in skip:
                pass
            elif cell.merged_from is None or cell.merged_from[1] == c:
                if not self.grid.origin(hit.cell.row, c).is_blank:
                    filled.append(c)
            c += 1
        index = fld.right_index or 0
        if filled and index == 0 and filled[0] > hit.last_col + 1 and _is_label_text(self.grid.value(hit.cell.row, filled[0])):
            filled = []  # "填报单位： | (blank) | 单位：万元": the field is the blank cell
        if index < len(filled):
            return self._field_value(fld.key, hit.cell.row, filled[index])
        free = next((c for c in range(hit.last_col + 1, self.grid.max_col + 1) if c not in skip), None)
        if free is not None:
            return self._field_value(fld.key, hit.cell.row, free)
        return FieldValue(fld.key, self.grid.title, None, None)


_UNIT_NOTE = re.compile(r"^(?:金额)?单位:")


def _is_label_text(value: object) -> bool:
    """Text that labels something ("合计", "单位：万元", "项目名称：") rather than a value."""
    n = norm_label(value)
    if not n:
        return False
    raw = str(value).strip()
    return bool(_UNIT_NOTE.match(n)) or raw.endswith((":", "：")) or n in _label_words()


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """Every label the form descriptions know (附件3, 附件4, 项目表), normalised, and the
    generic total words: a cell holding one of these is a label, not a value."""
    from ..forms import project

    words = {"合计", "总计", "小计"}
    for fld in build_forms(2000).fields.values():
        words.update(norm_label(a) for a in (*fld.row_labels, *fld.col_labels) if "{" not in a)
    groups = (*project.HEAD_LABELS.values(), project.TOTAL_ROW_LABELS, *project.INDICATOR_LABELS.values())
    words.update(norm_label(a) for group in groups for a in group)
    words.update(norm_label(a) for _, _, aliases in (*project.FUND_LINES, *project.FUND_COLUMNS) for a in aliases)
    return frozenset(words)


def _stored(grid: Grid, row: int) -> list[GridCell]:
    """The row's stored cells within the used columns, left to right: every other cell of
    ``grid.row_cells(row)`` is blank (no value, no merge)."""
    cells = grid.rows_of_cells().get(row, ())
    max_col = grid.max_col
    return [c for c in cells if 1 <= c.col <= max_col]


def _first_text(loc: "Locator", r: int) -> str:
    """The row's first non-empty normalised text, a merged cell showing its label."""
    for cell in _stored(loc.grid, r):
        text = norm_label(loc.grid.value(r, cell.col))
        if text:
            return text
    return ""


def _header_row(loc: Locator, required: tuple[str, ...]) -> tuple[int, dict[str, int]] | None:
    for r in loc.region.rows():
        cols: dict[str, int] = {}
        for cell in _stored(loc.grid, r):
            if cell.merged_from is not None:
                continue
            for label in required:
                if match_label(cell.value, label)[0]:
                    cols.setdefault(label, cell.col)
        if len(cols) == len(required):
            return r, cols
    return None


def _block_columns(loc: Locator, header: int, fields: tuple[Field, ...]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for fld in fields:
        for cell in _stored(loc.grid, header):
            if cell.merged_from is not None or cell.col in cols.values():
                continue
            if any(match_label(cell.value, a)[0] for a in loc._aliases(fld.col_labels)):
                cols[fld.key] = cell.col
                break
    return cols


def _read_indicators(loc: Locator, data: FormData) -> set[int]:
    found = _header_row(loc, ("三级指标",))
    if not found:
        return set()
    header, _ = found
    cols = _block_columns(loc, header, attachment4.INDICATOR_FIELDS)
    loc.block_header, loc.block_cols = header, cols
    rows: list[int] = []
    for r in range(header + 1, loc.region.last_row + 1):
        first = _first_text(loc, r)
        if any(first.startswith(s) for s in _STOP_INDICATORS) or "小计" in first:
            if first.startswith(_TOTAL_WORDS) and _total_again(loc, r, cols):
                continue  # one of two total rows, indicators below it: not the block's end (the total is ambiguous)
            break
        level3 = norm_label(loc.grid.value(r, cols["indicator.level3"])) if "indicator.level3" in cols else ""
        if level3 == "三级指标":
            continue  # a repeated header on a new page
        keys = ("indicator.level3", "indicator.target", "indicator.actual", "indicator.weight", "indicator.score")
        if any(k in cols and not loc.grid.origin(r, cols[k]).is_blank for k in keys):
            rows.append(r)
    previous: dict[str, object] = {}
    for fld in attachment4.INDICATOR_FIELDS:
        column = []
        for r in rows:
            if fld.key in cols:
                fv = loc._field_value(fld.key, r, cols[fld.key])
                if fld.key in ("indicator.level1", "indicator.level2"):
                    if fv.value is None or (isinstance(fv.value, str) and not fv.value.strip()):
                        fv.value = previous.get(fld.key)
                    previous[fld.key] = fv.value
            else:
                fv = FieldValue(fld.key)
            column.append(fv)
        data.blocks[fld.key] = column
    return set(range(header, (rows[-1] if rows else header) + 1))


_TOTAL_WORDS = ("总分", "总得分")


def _total_again(loc: Locator, row: int, cols: dict[str, int]) -> bool:
    """Another total row further down with indicator rows (三级指标 and 分值 or 得分) between."""
    between = False
    for r in range(row + 1, loc.region.last_row + 1):
        first = _first_text(loc, r)
        if first.startswith(_TOTAL_WORDS):
            return between
        if any(first.startswith(s) for s in _STOP_INDICATORS) or "小计" in first:
            return False
        if "indicator.level3" in cols and not loc.grid.origin(r, cols["indicator.level3"]).is_blank and any(
                k in cols and not loc.grid.origin(r, cols[k]).is_blank for k in ("indicator.weight", "indicator.score")):
            between = True
    return False


def _read_projects(loc: Locator, data: FormData) -> None:
    lines = {line.key: line for line in attachment3.FUND_LINES}
    start = loc.hits((lines["projects"].label, *lines["projects"].aliases))
    if not start:
        return
    after = [line for line in attachment3.FUND_LINES if line.key not in ("projects",)]
    later = [h.cell.row for line in after for h in loc.hits((line.label, *line.aliases))
             if h.cell.row > start[0].cell.row]
    end = min(later) - 1 if later else start[0].cell.row
    label_col = start[0].cell.col
    heads = {c.key: loc.hits(c.aliases) for c in attachment3.FUND_COLUMNS}
    rows = []
    for r in range(start[0].cell.row + 1, end + 1):
        label = norm_label(loc.grid.value(r, label_col)).strip(".。…")
        values = [h[0].cell.col for h in heads.values() if h]
        if not label and all(loc.grid.origin(r, c).is_blank for c in values):
            continue
        rows.append(r)
    data.blocks[attachment3.PROJECT_NAME.key] = [loc._field_value(attachment3.PROJECT_NAME.key, r, label_col) for r in rows]
    for fld, col in zip(attachment3.PROJECT_FIELDS, attachment3.FUND_COLUMNS):
        hits = heads[col.key]
        data.blocks[fld.key] = [loc._field_value(fld.key, r, hits[0].cell.col) if hits else FieldValue(fld.key)
                                for r in rows]


def _read_buildings(loc: Locator, data: FormData) -> None:
    found = _header_row(loc, ("批复规模",))
    if not found:
        return
    header, first = found
    fields = attachment3.BUILDING_FIELDS
    cols = _block_columns(loc, header, fields[1:])
    name_col = min(cols.values()) - 1 if cols else 1
    rows = []
    empty = False
    blank_run = 0
    for r in range(header + 1, loc.region.last_row + 1):
        if _ends_block(loc, r, name_col):
            break
        if any(not loc.grid.origin(r, c).is_blank for c in [name_col, *cols.values()]):
            rows.append(r)
            blank_run = 0
        elif _row_is_blank(loc, r):
            blank_run += 1
            if blank_run >= _BLANK_RUN_ENDS_BLOCK and rows:
                break
    if not rows and header + 1 <= loc.region.last_row and cols:
        # Nothing built this year: the row under the headings is where the figures would
        # be; its blank cells are located (and read as blank), not left 未找到.
        if not _ends_block(loc, header + 1, name_col):
            rows.append(header + 1)
            empty = True
    # Without a 项目名称 heading the column left of the figures holds the block's title, not names.
    named = empty is False or any(match_label(loc.grid.value(header, name_col), a)[0] for a in ("项目名称", "名称"))
    data.blocks[fields[0].key] = [loc._field_value(fields[0].key, r, name_col) if named else FieldValue(fields[0].key)
                                  for r in rows]
    for fld in fields[1:]:
        data.blocks[fld.key] = [loc._field_value(fld.key, r, cols[fld.key]) if fld.key in cols else FieldValue(fld.key)
                                for r in rows]


_SIGNATURE_WORDS = ("填表人", "填报人", "填报日期", "联系电话", "负责人", "签字", "签章", "审核人", "制表人")
_BLANK_RUN_ENDS_BLOCK = 3


def _row_texts(loc: Locator, r: int) -> list[tuple[int, str]]:
    """The row's texts (column, normalised), each merged cell once, left to right."""
    out = []
    for cell in _stored(loc.grid, r):
        c = cell.col
        if cell.merged_from is not None and cell.merged_from != (r, c):
            continue
        text = norm_label(loc.grid.value(r, c))
        if text:
            out.append((c, text))
    return out


def _row_is_blank(loc: Locator, r: int) -> bool:
    return all(loc.grid.origin(r, cell.col).is_blank for cell in _stored(loc.grid, r))


def _ends_block(loc: Locator, r: int, name_col: int) -> bool:
    """A row that ends a block by its structure, wherever its columns are: a 说明/措施/
    填表人 row, a signature row (填报日期：, 联系电话：, 单位负责人签字：), or a new
    section whose known label stands left of the block's name column."""
    texts = _row_texts(loc, r)
    if not texts:
        return False
    col, first = texts[0]
    if any(first.startswith(s) for s in _STOP_BUILDINGS) or col < name_col and _is_label_text(loc.grid.value(r, col)):
        return True
    return any(any(w in t for w in _SIGNATURE_WORDS) and str(loc.grid.value(r, c)).strip().endswith((":", "："))
               for c, t in texts)


def read_by_labels(grids: list[Grid], year: int | None = None,
                   project_sheets: frozenset[str] = frozenset()) -> FormData:
    """Locate every field of both forms in ``grids`` (sheets of ``project_sheets`` hold
    project tables and are 附件4 only when they say so)."""
    from .pairing import pair_regions

    regions, others = pair_regions(region_candidates(grids, project_sheets))
    detected = year or detect_year(regions)
    form = build_forms(detected or fallback_year())
    data = FormData(form, "labels", year_known=detected is not None, others=others)
    a3_keys = set(form.sheets[0].fields)
    if "a4" in regions:
        loc4 = Locator(regions["a4"], year=detected)
        block_rows = _read_indicators(loc4, data)
        loc4.exclude = block_rows
        head4 = loc4
        if loc4.block_header is not None:
            region = regions["a4"]
            head4 = Locator(Region(region.grid, region.first_row, max(region.first_row, loc4.block_header - 1)),
                            year=detected)
    if "a3" in regions:
        loc3 = Locator(regions["a3"], year=detected)
        _read_projects(loc3, data)
        _read_buildings(loc3, data)
    heading_users: dict[tuple[str, ...], int] = {}
    for fld in form.fields.values():
        if not fld.is_range and fld.col_labels:
            heading_users[fld.col_labels] = heading_users.get(fld.col_labels, 0) + 1
    for key, fld in form.fields.items():
        if fld.is_range:
            continue
        region_name = "a3" if key in a3_keys else "a4"
        if region_name not in regions or (not fld.row_labels and not fld.col_labels):
            if not fld.computed or key in ("total.weight", "total.score", "total.grade"):
                data.missing.append(key)
            continue
        loc = loc3 if region_name == "a3" else loc4
        if region_name == "a4" and key.startswith(_A4_HEAD_FIELDS) and loc4.block_header is not None:
            loc = head4  # the form's head sits above the indicator block, never in or below it
        if key in _TOTAL_ROLES and loc is loc4 and loc4.block_header is not None:
            fv = _locate_total(loc4, fld, data)
        else:
            fv = loc.locate(fld, heading_alone=heading_users.get(fld.col_labels, 0) <= 1)
        if fv is None:
            if not fld.computed or key.startswith(("total.", "budget.", "staff.", "funds.")):
                data.missing.append(key)
            continue
        data.values[key] = fv
        data.evidence[key] = "inline" if fv.ref is not None and loc._label_ref(fld) == fv.ref else "label"
    _one_figure_is_one_field(data)
    _section_weights_in_labels(data)
    if "a4" in regions:
        _weight_in_heading(loc4, data)
    return data


# 附件4 fields of the form's head (unit, 年度预算申请, 按收入/支出性质分, 年度总体目标).
_A4_HEAD_FIELDS = ("budget_unit.", "budget.", "income.", "spending.", "goal.")
# The total row's figures and the indicator column whose role they share.
_TOTAL_ROLES = {"total.weight": "indicator.weight", "total.score": "indicator.score"}
_OTHER_ROLES = ("indicator.level3", "indicator.target", "indicator.actual", "indicator.weight", "indicator.score")


def _locate_total(loc: Locator, fld: Field, data: FormData) -> FieldValue | None:
    """总分值/总得分 on the total row below the indicator block, in the column of its role
    (分值, 得分).  Only when that cell is blank is the figure right of the label taken, and
    never from a column that holds another role (年度指标值, 实际完成值 …).  Two total rows
    are a conflict: the field is not located and the candidates are recorded."""
    assert loc.block_header is not None
    excluded, loc.exclude = loc.exclude, set()  # a total row skipped inside the block counts too
    try:
        rows = [h for h in loc.hits(fld.row_labels) if h.cell.row > loc.block_header]
    finally:
        loc.exclude = excluded
    if not rows:
        return None
    if len(rows) > 1:
        data.ambiguous[fld.key] = [f"{loc.grid.title}!{h.cell.ref}" for h in rows]
        return None
    hit = rows[0]
    role = loc.block_cols.get(_TOTAL_ROLES[fld.key])
    if role is not None and role > hit.last_col:
        found = loc._field_value(fld.key, hit.cell.row, role)
        if found.value is not None and not (isinstance(found.value, str) and not found.value.strip()):
            return found
    skip = frozenset(c for k in _OTHER_ROLES if k != _TOTAL_ROLES[fld.key] and (c := loc.block_cols.get(k)))
    right = loc._right(fld, hit, skip)
    if right is not None and right.value is None and role is not None and role > hit.last_col:
        return loc._field_value(fld.key, hit.cell.row, role)  # blank where its column says
    return right


def _section_weights_in_labels(data: FormData) -> None:
    """A section's 分值 stated only in its 一级指标 label ("产出指标\n(50分)"): read from
    there (inline) when no subtotal row gives it."""
    for fv in data.blocks.get("indicator.level1", []):
        if not isinstance(fv.value, str) or fv.ref is None:
            continue
        m = _WEIGHT_IN_LABEL.search(fv.value)
        if not m:
            continue
        name = norm_label(fv.value.split("(")[0].split("（")[0])
        key = f"section.{name}.weight"
        if key in data.form.fields and key not in data.values:
            data.values[key] = FieldValue(key, fv.sheet, fv.ref, float(m.group(1)))
            data.evidence[key] = "inline"


def _one_figure_is_one_field(data: FormData) -> None:
    """"总分 | 100分" with no 分值 column: the one figure is the score, not the weight too."""
    weight, score = data.values.get("total.weight"), data.values.get("total.score")
    if weight is not None and score is not None and weight.address == score.address:
        del data.values["total.weight"]
        data.evidence.pop("total.weight", None)
        data.missing.append("total.weight")


_WEIGHT_IN_LABEL = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")


def _weight_in_heading(loc: Locator, data: FormData) -> None:
    """预算执行分值 written only in the budget block's heading: "预算执行情况（万元）(20分)"."""
    adjusted = data.values.get("budget.adjusted")
    if "budget.weight" in data.values or adjusted is None or adjusted.ref is None:
        return
    from .grid import parse_ref

    pos = parse_ref(adjusted.ref)
    if pos is None:
        return
    row, col = pos
    for r in (row - 1, row):
        for c in range(1, col):
            cell = loc.grid.origin(r, c)
            m = _WEIGHT_IN_LABEL.search(str(cell.value or "")) if isinstance(cell.value, str) else None
            if m and not norm_label(cell.value).startswith("得分"):
                data.values["budget.weight"] = FieldValue("budget.weight", loc.grid.title, cell.ref, float(m.group(1)))
                data.evidence["budget.weight"] = "inline"
                if "budget.weight" in data.missing:
                    data.missing.remove("budget.weight")
                return
