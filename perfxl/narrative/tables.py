"""Tables inside a report's text: rows written one per line with their cells separated by "|" (a
table copied from a web page) or by tabs (a Word table, as ``formats.docx_text`` writes it).

"合计 | 34.35 | 34.35" / "1.因公出国(境)费用 | 0 | 0" / "3.公务用车费 | 0 | 0" /
"其中:(1)公务用车运行维护费 | 32.65 | 32.65" / "(2)公务用车购置 | 0 | 0": a table of rows, each a
label and numbers in columns.  The structure only: which row is a total, which rows are numbered
items of one style, which rows are the 其中 parts of an item.  What a relation between them means
is decided by the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations

from ..core.intervals import Interval, interval_sum
from ..core.lazyre import lazy
from .figures import MAX_DIGITS
from .structure import join_cjk, marker_of

# one separator per cell boundary: "2.0\t\t3.2" (a Word table's blank cell between tabs) holds an empty cell
_CELL_SPLIT = lazy(r"[^\S\t\n]*(?:\||\t)[^\S\t\n]*")
_NUMBER = lazy(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d+(?:\.\d+)?")
_EMPTY = {"", "-", "—", "/", "－", "——", "\\"}
_TOTAL_LABEL = lazy(r"^(?:合\s*计|总\s*计|小\s*计)$")
_SUB_OPEN = lazy(r"^其中\s*[:：]?\s*")
# a column of rates, shares or scores: its total row is no sum of the rows
_NOT_ADDITIVE = lazy(r"率|%|％|比重|比例|进度|单价|价格|标准|平均|均价|年份|日期|幅度|占|分值|得分|权重|人数|人次|批次|辆|个|行号|行次|栏次|序号|编号|代码|编码")


@dataclass
class Cell:
    text: str
    start: int
    end: int

    @property
    def empty(self) -> bool:
        return self.text.strip() in _EMPTY

    def number(self) -> Interval | None:
        if "_number" not in self.__dict__:
            self.__dict__["_number"] = self._read_number()
        return self.__dict__["_number"]

    def number_with_percent(self) -> Interval | None:
        """A cell's number written with a percent sign ("-6.1%" → −6.1)."""
        return read_number(self.text.strip().rstrip("%％"))

    def _read_number(self) -> Interval | None:
        return read_number(self.text)


def read_number(text: str, cut: bool = False) -> Interval | None:
    """A number as written ("12,345.6", "-6.1"), as the interval of what rounds to it (``cut``: of
    what is cut off to it); None for anything else."""
    t = text.strip()
    if not _NUMBER.fullmatch(t):
        return None
    digits = t.replace(",", "")
    if len(digits.lstrip("+-").split(".")[0].lstrip("0")) > MAX_DIGITS:
        return None  # no amount, count or rate has so many digits (and float() would make it infinite)
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return Interval.truncated(float(digits), decimals) if cut else Interval.rounded(float(digits), decimals)


@dataclass
class Row:
    label: str          # the first cell, without its marker and 其中
    marker: str | None  # the style of its list marker ("1.", "(1)") or None
    sub: bool           # opens with 其中 ("其中:(1)公务用车运行维护费")
    total: bool         # 合计 / 总计 / 小计
    cells: list[Cell]   # the cells after the label, by column
    start: int


@dataclass
class Table:
    rows: list[Row]
    # the header text of each column, when the header row has as many cells as the rows
    headers: list[str] = field(default_factory=list)

    def header(self, column: int) -> str:
        ok = len(self.headers) == len(self.rows[0].cells) and column < len(self.headers)
        return self.headers[column] if ok else ""  # rows may have more cells than the first one

    def additive(self, column: int) -> bool:
        """Whether a column's total row may be the sum of its rows (not rates, shares, scores, counts)."""
        head = self.header(column)
        if _NOT_ADDITIVE.search(head):
            return False
        if any(column < len(r.cells) and re.search(r"[%％]", r.cells[column].text) for r in self.rows):
            return False
        # a column counting 1, 2, 3 … down the rows numbers them
        texts = [r.cells[column].text.strip() for r in self.rows if column < len(r.cells)]
        numbers = [int(t) for t in texts if t.isdigit()]
        if numbers and len(numbers) == len(texts) and all(1949 <= n <= 2100 for n in numbers):
            return False  # a column of years ("年度": 2023)
        if (len(numbers) >= 3 and len(numbers) == len(texts) and numbers == sorted(numbers)
                and len(set(numbers)) == len(numbers) and numbers[-1] - numbers[0] < 2 * len(numbers)):
            return False
        return not self._relative_change(column) and not self._average(column) and not self._unsigned_change(column)

    def _unsigned_change(self, column: int) -> bool:
        """A column holding, in every row, the difference of two other columns without its sign ("2022年 |
        2023年 | 增减额" with "531.48 | 379.49 | 151.99" among increases: a number format showing a decrease
        in red, or a writer giving sizes), rows going up and rows going down alike: its total row is the change of
        the totals, not the sum of the sizes."""
        width = max(len(r.cells) for r in self.rows)
        for p in range(width):
            for q in range(width):
                if len({p, q, column}) < 3:
                    continue
                checked, up, lost = 0, False, False
                for r in self.rows:
                    if r.total:
                        continue  # the row checked: its own sign is no evidence of the column's
                    v, a, b = self.value(r, column), self.value(r, p), self.value(r, q)
                    if v is None or a is None or b is None:
                        continue
                    diff = b - a
                    if diff.overlaps(v):
                        checked, up = checked + 1, up or diff.lo > 0
                    elif diff.scale(-1).overlaps(v):
                        checked, lost = checked + 1, True
                    else:
                        break
                else:
                    # rows going both ways, written alike (a column of sizes all one way adds up either way)
                    if checked >= 3 and up and lost:
                        return True
        return False

    def _average(self, column: int) -> bool:
        """A column whose total row is the average of the rows weighted by another column, and not
        their sum ("数量 | 单价 | 金额" with "合计 | 10 | 500 | 5000", "金额 | 完成情况" with
        "合计 | 100 | 95" over "60 | 100" and "40 | 87.5"): a price or a rate, never summed."""
        total = next((r for r in self.rows if r.total), None)
        items = [r for r in self.rows if not r.total and not r.sub]
        if total is None or len(items) < 2 or self.value(total, column) is None:
            return False
        stated = self.value(total, column)
        values = [self.value(r, column) for r in items]
        if any(v is None for v in values) or interval_sum(values).overlaps(stated):
            return False
        width = max(len(r.cells) for r in self.rows)
        fv, ft = [_float(r, column) for r in items], _float(total, column)
        for w in range(width):
            if w == column:
                continue
            fw = [_float(r, w) for r in items]
            rough = sum(x * v for x, v in zip(fw, fv)) / (sum(fw) or 1)
            if abs(rough - ft) > 0.05 * abs(ft) + 1:
                continue  # far from it: no need for the exact intervals
            weights = [self.value(r, w) for r in items]
            if any(x is None or x.lo < 0 for x in weights):
                continue
            whole = interval_sum(weights)  # the rows' own sum: their total may be the wrong figure
            if whole.lo <= 0:
                continue
            average = interval_sum([x * v for x, v in zip(weights, values)]) / whole
            if average is not None and average.overlaps(stated):
                return True
        return False

    def _relative_change(self, column: int) -> bool:
        """A column that holds, in every row, the change of two other columns in percent without its
        "%" ("项目 | 2023年 | 2022年 | 增减变化" with "合计 | 30 | 25 | 20"), or their ratio ("预算 | 执行 |
        执行进度" with "1000 | 900 | 90"), and not their difference in some row: a rate column."""
        width = max(len(r.cells) for r in self.rows)
        for p in range(width):
            for q in range(width):
                if len({p, q, column}) < 3:
                    continue
                checked, rate_only = 0, False
                for r in self.rows:
                    v, a, b = self.value(r, column), self.value(r, p), self.value(r, q)
                    if v is None or a is None or b is None or a.lo <= 0:
                        continue
                    fv, fa, fb = _float(r, column), _float(r, p), _float(r, q)
                    ea, eb, ev = _half(r, p), _half(r, q), _half(r, column)
                    if fa > 2 * ea:
                        # how far rounding can move the rate or the ratio, generously
                        slack = 200 * (eb + abs(fb) * ea / fa) / (fa - ea) + ev + 1e-6
                        if min(abs(abs(fb - fa) / fa * 100 - abs(fv)), abs(fb / fa * 100 - fv)) > slack:
                            break  # far from a rate or a ratio of the two: no need for the exact intervals
                    q_ = (b - a) / a
                    if q_ is None:
                        continue
                    rate = q_.scale(100)
                    ratio = (b / a).scale(100)
                    if not (rate.overlaps(v) or rate.scale(-1).overlaps(v) or ratio.overlaps(v)):
                        break
                    checked += 1
                    diff = b - a
                    rate_only = rate_only or not (diff.overlaps(v) or diff.scale(-1).overlaps(v))
                else:
                    if checked >= 2 and rate_only:
                        return True
        return False

    def value(self, row: Row, column: int) -> Interval | None:
        return row.cells[column].number() if column < len(row.cells) else None


def _float(row: "Row", column: int) -> float:
    """A cell's number as a float, for a rough first look (0 when it holds none)."""
    try:
        return float(row.cells[column].text.strip().replace(",", ""))
    except (IndexError, ValueError):
        return 0.0


def _half(row: "Row", column: int) -> float:
    """Half the last written digit of a cell's number ("4.5" → 0.05)."""
    t = row.cells[column].text.strip() if column < len(row.cells) else ""
    return 0.5 * 10 ** -(len(t.split(".")[1]) if "." in t else 0)


def _cells(view: str, a: int, b: int) -> list[Cell]:
    out, pos = [], a
    for m in _CELL_SPLIT.finditer(view, a, b):
        out.append(Cell(view[pos:m.start()], pos, m.start()))
        pos = m.end()
    out.append(Cell(view[pos:b], pos, b))
    while out and out[-1].empty and not out[-1].text.strip():
        out.pop()  # the "|" closing a row
    return out


def _row(view: str, a: int, b: int) -> Row | None:
    line = view[a:b]
    if "|" not in line and "\t" not in line:
        return None
    cells = _cells(view, a, b)
    label = cells[0].text.strip() if cells else ""
    if not label or _NUMBER.fullmatch(label):
        return None
    if len(cells) < 2 and (_SUB_OPEN.match(label) or marker_of(label) is None):
        return None
    sub = bool(_SUB_OPEN.match(label))
    rest = _SUB_OPEN.sub("", label)
    marker = marker_of(rest)
    if marker is not None:
        rest = re.sub(r"^\s*[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*", "", rest)
    clean = re.sub(r"\s+", "", rest)
    return Row(clean, marker, sub, bool(_TOTAL_LABEL.match(clean)), cells[1:], a)


_UNIT_NOTE = lazy(r"单位|万元|元")   # "单位：万元" above a table: the headers stay


def tables(view: str) -> list[Table]:
    """Every run of consecutive table rows whose cells hold numbers, with the header row(s) of text
    just above it."""
    out: list[Table] = []
    rows: list[Row] = []
    headers: list[str] = []
    # numbered rows with every cell blank ("一、人员经费 |", "二、公用经费\t\t"): a section's head whose
    # amount stands in a 小计 row under it, inside the table (kept with the rows after them)
    heads: list[Row] = []
    pos = 0
    n = len(view)
    while pos <= n:
        end = view.find("\n", pos)
        end = n if end < 0 else end
        row = _row(view, pos, end)
        numeric = row is not None and any(c.number() is not None for c in row.cells)
        if row is not None and not numeric and row.marker is not None and all(c.empty for c in row.cells):
            heads.append(row)
        elif numeric:
            if row.total and rows and not rows[-1].total and any(r.total and r.label == row.label for r in rows):
                # a second "合计" after items: the next table, written right below without a title; when the
                # run opened with items, its totals close their groups ("1.… 2.… 小计 | 582.63 ⏎ 二、… 1.… 小计 |
                # 599.09"): the row is the last of its group, not the first of the next
                closing = not rows[0].total and not heads
                if closing:
                    rows.append(row)
                out.append(Table(rows, headers))
                rows = []
                if closing:
                    pos = end + 1
                    continue
            rows.extend(heads)
            heads = []
            rows.append(row)
        else:
            heads = []
            if rows:
                out.append(Table(rows, headers))
                rows, headers = [], []
            if row is not None:
                # a row of text: the column headers of the rows below it (the latest such row wins)
                headers = [c.text.strip() for c in row.cells]
            elif view[pos:end].strip():
                headers = headers if _UNIT_NOTE.search(view, pos, end) and end - pos < 30 else []
        pos = end + 1
    if rows:
        out.append(Table(rows, headers))
    return out


# -- the 年度资金总额 row of a self-evaluation form, copied as text ------------------------------

# the column heads of a self-evaluation form's fund rows, longest first where one holds another
_FORM_LABEL = lazy(r"年初预算数|全年预算数|预算执行率|全年执行数|执行率|预算数|执行数|分值|自评得分|得分计算方法|得分")
_FORM_ROW = lazy(r"年度资金总额\s*[:：]?")
_FORM_VALUE = lazy(r"[-+]?\d[\d,]*(?:\.\d+)?\s*(?:万元|万|元)?\s*[%％]?")
_FORM_GAP = lazy(r"[\s|｜\t]*")
_BRACKETED_HEAD = lazy(r"[（(][^（()）]{0,20}[)）]")


@dataclass
class FormValue:
    text: str
    start: int
    end: int
    label: str


def form_rows(view: str) -> list[list[FormValue]]:
    """The "年度资金总额" rows of self-evaluation forms written into a report, one cell per line, per
    "|" or per tab ("年初预算数⏎全年预算数⏎全年执行数⏎分值⏎执行率⏎得分⏎年度资金总额⏎861.10⏎2030.12⏎…"):
    each value with the column head it stands under.  The heads are the run of form heads right
    before the row (words broken over lines joined, bracketed notes such as "(B/A)" dropped); a row
    whose number of values differs from the number of heads is not read (its cells may have run
    together or be out of order)."""
    out = []
    for m in _FORM_ROW.finditer(view):
        values = []
        blanks = 0   # cells left empty between two bars on one line ("| 132.49 | | 80.28% |"): each keeps its place
        pos = m.end()
        while True:
            gap = _FORM_GAP.match(view, pos)
            v = _FORM_VALUE.match(view, gap.end())
            if v is None or not v.group().strip():
                break
            end = v.start() + len(v.group().rstrip())
            after = view[end:end + 1]
            if after and not (after.isspace() or after in "|｜\t"):
                break  # "10分", "100%以上": not a cell of its own
            bars = gap.group().count("|") + gap.group().count("｜")
            if bars >= 2 and "\n" not in gap.group():
                values.extend([None] * (bars - 1))
                blanks += bars - 1
            values.append((view[v.start():end], v.start(), end))
            pos = end
        if len(values) - blanks < 3:
            continue
        back = view[max(0, m.start() - 400):m.start()]
        back = back[back.rfind("年度资金总额") + 1:] if "年度资金总额" in back else back
        heads = _BRACKETED_HEAD.sub("", re.sub(r"[\s|｜\t]+", "", back))
        run = []
        for x in reversed(list(_FORM_LABEL.finditer(heads))):
            if run and heads[x.end():run[0][1]].strip():
                break  # other words between two heads: an earlier table's
            run.insert(0, (x.group(), x.start()))
        labels = [label for label, _ in run]
        if not run or heads[run[-1][1] + len(run[-1][0]):].strip():
            continue
        if blanks:
            # the empty cells written keep the others in their columns: read only when that fills every head
            if len(labels) != len(values):
                continue
            values, labels = zip(*[(v, label) for v, label in zip(values, labels) if v is not None])
        elif len(labels) != len(values):
            values, labels = _aligned_by_the_rate(values, labels)
        if values:
            out.append([FormValue(t, a, b, label) for (t, a, b), label in zip(values, labels)])
    return out


_RATE_HEADS = ("执行率", "预算执行率")


def _aligned_by_the_rate(values: list, labels: list[str]) -> tuple[list, list[str]]:
    """A row with fewer values than heads (a cell left empty: "| | 32.4 | 31.69 | 10 | 97.80% | 9 |" under 年初预算数,
    全年预算数, 全年执行数, 分值, 执行率, 得分; or the score left blank, "| 329.77 | 329.77 | 338.31 | 10 | 102.59% | |"):
    the one percent in it stands under the rate's head, so the cells line up from the row's start or from its end
    (the empty ones all after the rate, or all before it).  When exactly one of the two places the percent under its
    head, the row is read so ([] and [] otherwise: not read)."""
    rates = [i for i, (t, _, _) in enumerate(values) if t.rstrip().endswith(("%", "％"))]
    heads = [i for i, label in enumerate(labels) if label in _RATE_HEADS]
    if len(values) > len(labels) or len(values) < 3 or len(rates) != 1 or len(heads) != 1:
        return [], []
    at, head = rates[0], heads[0]
    from_start = at == head
    from_end = len(values) - at == len(labels) - head
    if from_start == from_end:
        return [], []
    return values, labels[:len(values)] if from_start else labels[len(labels) - len(values):]


# -- a form's money rows copied one row per line, their unit in a heading -------------------------

# "(万元)" closing a line, or before the first row on its line ("…资金合计(万元) 年度预算资金总额): 1084.25")
_LINE_UNIT = lazy(r"[（(](?:万元|萬元|亿元|億元|元)[)）]")
# "年度预算资金总额: 763.00", "其中:中央补助 502.00", "本级资金(包括结转结余) 53.00": a name without digits, a number
_NAMED_LINE = lazy(r"[ \t]*(其中\s*[:：]\s*)?([^\n\d:：|\t%％]{2,30}?[)）]?)\s*[:：]?\s*([-+]?\d[\d,]*(?:\.\d+)?)[ \t]*$")


# a form's row after its money rows that is no amount of the whole: a year, a rate, a score
_NOT_MONEY_LINE = lazy(r"年度|年份|率|分$|得分|分值")


@dataclass
class LineList:
    """A whole and its 其中 parts written one row per line under a unit heading."""

    whole: Cell
    whole_label: str
    parts: list[Cell]
    names: list[str]


def line_lists(view: str) -> list[LineList]:
    """Money rows of a form copied one row per line ("计划生育家庭特别扶助制度补助资金(万元)⏎年度预算资金总额:
    321.25⏎其中:中央补助 166.00⏎市级资金 136.00⏎本级资金(包括结转结余) 20.25"): the unit is the heading's on the
    whole's line or the line before it; the parts are the line opening with "其中" and the named lines right
    after it. A line that is not a name and a number ends the parts."""
    lines = []
    pos = 0
    for line in view.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out = []
    for i, (at, line) in enumerate(lines):
        if i + 2 >= len(lines):
            break
        units = list(_LINE_UNIT.finditer(line))
        head = units[-1] if units else None
        rest = at + head.end() if head is not None else at
        if head is None and i and (prev := list(_LINE_UNIT.finditer(lines[i - 1][1]))) \
                and not lines[i - 1][1][prev[-1].end():].strip():
            head, rest = prev[-1], at
        if head is None:
            continue
        whole = _NAMED_LINE.fullmatch(view, rest, at + len(line))
        if whole is None or whole.group(1):
            continue
        parts, names = [], []
        for k in range(i + 1, len(lines)):   # (no copy of the lines after each heading)
            b, text = lines[k]
            m = _NAMED_LINE.fullmatch(view, b, b + len(text))
            if m is None or bool(m.group(1)) != (k == i + 1):
                break  # the first part opens with 其中, the others do not
            if _FORM_LABEL.search(m.group(2)) or _NOT_MONEY_LINE.search(m.group(2)):
                break  # "全年执行数 700.00", "分值 10", "实施年度 2023": the form's other fields, no part
            parts.append(Cell(m.group(3), m.start(3), m.end(3)))
            names.append(m.group(2).strip())
        if len(parts) >= 2:
            label = re.sub(r"^[\s)）]+|[)）]$", "", whole.group(2)).strip()
            out.append(LineList(Cell(whole.group(3), whole.start(3), whole.end(3)), label, parts, names))
    return out


# -- a table of last year, this year and the growth, copied one cell per line -------------------

_LINE_CELL = lazy(r"[ \t]*([^|\n]*?)[ \t]*\|[ \t]*(?:\n|$)")
_BASE_HEAD = lazy(r"^(?:上年度?|上年数|上期|去年)(?:同期)?(?:数|值|实际|完成)?$")
_CURRENT_HEAD = lazy(r"^(?:本年度?|本年数|本期|今年)(?:数|值|实际|完成)?$")
_GROWTH_HEAD = lazy(r"^(?:增长|增長|增长率|增長率|增减率|增減率|增幅|同比增长|同比增減|同比增减|同比|变动率|變動率)(?:[(（]%[)）])?$")
_BASE_CELL = lazy(r"(?:上年|上期|去年)[^|\n]{0,6}\|[ \t]*\n")
_UNIT_CELL = lazy(r"^(?:%|％|‰|万元|萬元|元|亿元|億元|人次|人|天|次|个|個|床|张|張|万人次|萬人次)$")


@dataclass
class GrowthRow:
    label: str
    base: Cell
    current: Cell
    rate: Cell


def growth_line_tables(view: str) -> list[list[GrowthRow]]:
    """Tables of last year, this year and the growth copied from a web page one cell per line, each
    line a cell closed by "|" ("一级指标 |⏎二级指标 |⏎单位 |⏎上年度 |⏎本年度 |⏎增长 |⏎经济指标 |⏎总收入 |⏎
    万元 |⏎2949.95 |⏎2915.14 |⏎-1.19% |⏎总支出 |⏎…"): the header names the three columns in that order;
    each row is its label (a group cell over several rows and a unit cell may stand around it) and
    the three cells.  A run holding a text cell where a number is due is not read (its cells are
    not understood)."""
    out: list[list[GrowthRow]] = []
    if not _BASE_CELL.search(view):
        return out
    run: list[Cell] = []
    run_end = -1   # where the last cell line of the run ends: the next line's start
    bar = view.find("|")
    while True:
        # only the lines holding a "|" can be cells: each is tried once, from its start
        line = view.rfind("\n", 0, bar) + 1 if bar >= 0 else -1
        m = _LINE_CELL.match(view, line) if bar >= 0 else None
        if m is None or line != run_end:
            if len(run) >= 12 and (rows := _growth_rows(run)):
                out.append(rows)
            run = []
        if bar < 0:
            return out
        if m is None:
            end = view.find("\n", bar)   # (the line's other bars are in the same line)
            bar = view.find("|", end + 1) if end >= 0 else -1
            continue
        run.append(Cell(m.group(1), m.start(1), m.end(1)))
        run_end = m.end()
        bar = view.find("|", run_end)


def _growth_rows(cells: list[Cell]) -> list[GrowthRow]:
    # (the blanks the view leaves where a web page prints pinyin after a character, "增长(zhǎng)", joined)
    texts = [join_cjk(c.text).strip() for c in cells]
    heads = [i for i, t in enumerate(texts) if t and not t.startswith(("(", "（"))]
    base = next((i for i in heads if _BASE_HEAD.match(texts[i])), None)
    if base is None or not (base + 2 < len(texts) and _CURRENT_HEAD.match(texts[base + 1])
                            and _GROWTH_HEAD.match(texts[base + 2])):
        return []
    k = base + 3
    while k < len(texts) and re.fullmatch(r"[(（]\s*\d{4}\s*年?度?\s*[)）]", texts[k]):
        k += 1  # "(2018年) |⏎(2019年) |": the years under the two heads
    rows, pending = [], []
    while k < len(cells):
        t = texts[k]
        value = t == "" or read_number(t.rstrip("%％")) is not None
        if not value:
            pending.append(t)
            k += 1
            continue
        if not pending or k + 3 > len(cells):
            return []  # a number where a label is due: not understood
        three = cells[k:k + 3]
        if not all(c.text.strip() == "" or read_number(c.text.strip().rstrip("%％")) is not None for c in three):
            return []
        names = [p for p in pending if not _UNIT_CELL.match(p)]
        if names and all(c.text.strip() for c in three):
            rows.append(GrowthRow(names[-1], *three))
        pending = []
        k += 3
    return rows


# -- tables numbered in a column of their own, totals at the bottom ---------------------------------

_INDEX = lazy(r"\d{1,3}")
# a section's head in a table ("一、人员经费", "（二）公用经费"): its items numbered under it, from 1 again or on
_SECTION = lazy(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[)）])")
_SECTION_NUMBER = lazy(r"[一二三四五六七八九十]+\s*[、.．]?|[（(]\s*[一二三四五六七八九十]+\s*[)）]")
# a column whose total row is no sum of its rows (rates, averages, prices, standards, codes, dates)
_NOT_SUMMED = lazy(r"率|%|％|比重|比例|进度|单价|价格|标准|平均|人均|均价|年份|年度|日期|时间|幅度|占|分值|得分|权重|"
                   r"行号|行次|栏次|序号|编号|代码|编码|排名|名次")


# a column of things counted one by one: its whole numbers are exact (DOMAIN.md)
_COUNTED_HEAD = lazy(r"人数|户数|个数|人次|家数|所数|辆数|[（(]\s*(?:人|户|个|家|所|辆|人次)\s*[)）]")


def _ratios(a: Interval, b: Interval) -> list[Interval]:
    """What a column computed from two others holds as a ratio: b / a and the change (b − a) / a, as
    fractions or in percent."""
    out = []
    r = b / a
    if r is not None:
        out += [r, r.scale(100)]
    c = (b - a) / a
    if c is not None:
        out += [c, c.scale(100)]
    return out


def _bounds(cell) -> tuple[float, float] | None:
    """A cell's number as float bounds, for a rough first look before the exact intervals."""
    if "_bounds" not in cell.__dict__:
        v = cell.number()
        cell.__dict__["_bounds"] = (float(v.lo), float(v.hi)) if v is not None else None
    return cell.__dict__["_bounds"]


def _near(x: tuple[float, float], y: tuple[float, float]) -> bool:
    eps = 1e-9 * (1 + abs(x[0]) + abs(x[1]) + abs(y[0]) + abs(y[1]))
    return x[0] - eps <= y[1] and y[0] - eps <= x[1]


def _rough_ratios(a: tuple[float, float], b: tuple[float, float]) -> list[tuple[float, float]] | None:
    if a[0] <= 0 <= a[1]:
        return None
    qs = [n / d for n in b for d in a]
    r = (min(qs), max(qs))
    cs = [(n - d) / d for n in b for d in a]   # (b − a) / a = b / a − 1
    c = (min(cs), max(cs))
    return [r, (r[0] * 100, r[1] * 100), c, (c[0] * 100, c[1] * 100)]


# an item named as a part of the row above ("2 | 其中：人大事务 | 50"): the rows are not one flat list
_PART_OF_ABOVE = lazy(r"^(?:其中|含|包括|[（(])")


@dataclass
class IndexedRow:
    index: int | None   # the row's number in the table's first column; None for a total row
    label: str          # the item's name, or the total word ("小计", "合计")
    cells: list[Cell]   # the cells after the number and the name (after the total word for a total row)
    start: int


@dataclass
class IndexedTable:
    headers: list[str]  # the header of each column after the number and the name ("" where not known)
    rows: list[IndexedRow]
    # right below a section's head row that has amounts of its own ("二、公用经费 | 50"): the rows of earlier
    # sections, above it, may be in its 合计
    partial: bool = False
    # the word of a total row right above the first item ("小计 | | 2 | 30" / "1 | a | 1 | 10"), "" when none: the
    # table writes each group's total above its rows, so a 小计 is not the sum of the rows above it; after a 合计
    # written first, a 合计 under the items is the first row of the next table as much as this table's
    above: str = ""
    # each column's cells in every header row, joined ("补助标准元/人"), where there are several
    head_texts: list[str] = field(default_factory=list)
    # the rows a section's head without amounts stands right above ("二、公用经费" / "3 | c | …")
    sections: set[int] = field(default_factory=set)

    @property
    def width(self) -> int:
        return len(self.rows[0].cells)

    def placements(self, row: IndexedRow) -> list[list[Cell | None]]:
        """The readings of a total row's cells by column (an item's cells are its columns).  Every cell of the
        row is counted, blank ones at its end included: a row with as many cells as the items has its name cell
        blank or repeated ("合计 | | 1689 | 645437.5 | |", a Word cell merged over two columns written twice), or,
        its first column blank, a blank cell past the last column (both are readings); one cell fewer, the
        number and the name merged into one ("小计 | 11055 | …").  A row shorter still (after
        its word written twice, if it is) has its word merged over more columns, or its blank cells dropped
        (a table copied from a PDF): each way of placing its cells, in their order, under the columns is a
        reading."""
        if row.index is not None:
            return [list(row.cells)]
        width = self.width

        def fit(cs: list[Cell]) -> list[Cell]:
            # blank cells at the end beyond the columns are no columns ("小计 | 11055 | … | 4332375 | |")
            while len(cs) > width and not cs[-1].text.strip():
                cs = cs[:-1]
            return cs

        cells = row.cells
        if cells and _TOTAL_LABEL.match(re.sub(r"\s+", "", cells[0].text)):
            cells = fit(cells[1:])   # the name cell holding the word again ("小计 | 小计 | …", a merged cell)
        elif cells and cells[0].number() is not None:
            cells = fit(cells)       # the number and the name merged
        elif len(cells) > width:
            # the name cell (blank or a word), or the first column blank and blank cells past the last: either way
            ways = [w for w in (fit(cells[1:]), fit(cells)) if len(w) == width]
            if ways:
                return [list(w) for w in ways]
            cells = cells[1:]
        if len(cells) == width:
            return [list(cells)]
        if not cells or len(cells) > width:
            return []
        out = []
        for columns in combinations(range(width), len(cells)):
            placed: list[Cell | None] = [None] * width
            for c, j in zip(cells, columns):
                placed[j] = c
            out.append(placed)
        return out[:64]

    def summed(self, column: int) -> bool:
        texts = [self.headers[column]] + self.head_texts[column:column + 1]
        return not any(_NOT_SUMMED.search(t) for t in texts)

    def counted(self, column: int) -> bool:
        """A column of things counted one by one (人数, 户数, "（人）"…) written in whole numbers."""
        head = self.headers[column] + "".join(self.head_texts[column:column + 1])
        return bool(_COUNTED_HEAD.search(head)) and all(
            re.fullmatch(r"\s*\d+\s*", r.cells[column].text) or r.cells[column].empty
            for r in self.rows if r.index is not None)

    def ratio_column(self, j: int) -> bool:
        """A column holding, in every item with a value in it (two at least), one ratio of two columns of the row
        before it ("2022年 | 2023年 | 增幅" with "100 | 110 | 10.0", "目标值 | 完成值 | 达成度" with "100 | 110 | 1.1"):
        a rate, whose total is no sum of the rows."""
        items = [r for r in self.rows if r.index is not None and r.cells[j].number() is not None]
        if len(items) < 2:
            return False
        # of two columns of amounts written before it: a base is a ratio too ("上年 = 增减额 / 比上年 × 100"), of a
        # column of rates, and of columns after it
        amounts = [c for c in range(j) if self.summed(c) and not any("%" in r.cells[c].text or "％" in r.cells[c].text
                                                                  for r in self.rows if r.index is not None)]
        for p in amounts:
            for q in amounts:
                if len({p, q, j}) < 3:
                    continue
                for form in range(4):
                    ok = True
                    for r in items:
                        a, b = _bounds(r.cells[p]), _bounds(r.cells[q])
                        rough = _rough_ratios(a, b) if a is not None and b is not None else None
                        if rough is None or not _near(rough[form], _bounds(r.cells[j])):
                            ok = False
                            break
                    if ok and all(len(got := _ratios(r.cells[p].number(), r.cells[q].number())) == 4
                                  and got[form].overlaps(r.cells[j].number()) for r in items):
                        return True
        return False

    def unsigned_change_column(self, j: int) -> bool:
        """A column holding, in every item with a value, the difference of two other columns without its sign, in
        rows going up and rows going down alike ("2022年 | 2023年 | 增减额" with "100 | 110 | 10" and "200 | 180 |
        20"): its total is the change of the totals, not the sum of the sizes."""
        items = [r for r in self.rows if r.index is not None and r.cells[j].number() is not None]
        if len(items) < 2:
            return False
        for p in range(self.width):
            for q in range(self.width):
                if len({p, q, j}) < 3:
                    continue
                first = items[0]
                a, b, v = _bounds(first.cells[p]), _bounds(first.cells[q]), _bounds(first.cells[j])
                if a is None or b is None or not (_near((b[0] - a[1], b[1] - a[0]), v) or _near((a[0] - b[1], a[1] - b[0]), v)):
                    continue  # far from a difference of the two in the first row: no need for the exact intervals
                up = down = False
                for r in items:
                    a, b, v = r.cells[p].number(), r.cells[q].number(), r.cells[j].number()
                    if a is None or b is None:
                        break
                    if (b - a).overlaps(v) and (b - a).lo > 0:
                        up = True
                    elif (a - b).overlaps(v) and (a - b).lo > 0:
                        down = True
                    elif not (b - a).overlaps(v):
                        break
                else:
                    if up and down:
                        return True
        return False

    def parent_rows(self, j: int) -> set[int]:
        """The items that are, in a column, the sum of the two or more items right below them ("1 | 基本支出 | 300" over
        "2 | 人员经费 | 200" and "3 | 公用经费 | 100"): a head and its parts numbered in one run, a reading in which the
        head is not added to them again."""
        out: set[int] = set()
        rows = self.rows
        # each cell as a float and half its last digit, for a rough first look
        bounds = [_bounds(r.cells[j]) if r.index is not None else None for r in rows]
        rough = [((x[0] + x[1]) / 2, (x[1] - x[0]) / 2) if x is not None else (0.0, 0.0) for x in bounds]
        signed = any(x is not None and x[0] < 0 for x in bounds)
        for a, r in enumerate(rows):
            v = r.cells[j].number() if r.index is not None else None
            if v is None or v.overlaps(Interval(0, 0)):
                continue
            total = slack = 0.0
            for b in range(a + 1, len(rows)):
                if rows[b].index is None:
                    break
                total, slack = total + rough[b][0], slack + rough[b][1]
                if not signed and total - slack > rough[a][0] + rough[a][1] + 1e-9:
                    break  # no part below can bring the sum down again
                if b - a >= 2 and abs(total - rough[a][0]) <= slack + rough[a][1] + 1e-9 and interval_sum(
                        x.cells[j].number() or Interval(0, 0) for x in rows[a + 1:b + 1]).overlaps(v):
                    out.add(id(r))
                    break
        return out

    def running_column(self, j: int) -> bool:
        """A column of running totals: in every item after the first, the row above's value plus another column's in
        the row, the first the other column's own ("本月拨付 | 累计拨付" with "100 | 100", "50 | 150", "80 | 230"): its
        total is the last row's, not the sum of the rows."""
        items = [r for r in self.rows if r.index is not None]
        if len(items) < 3 or any(r.cells[j].number() is None for r in items):
            return False
        for p in range(self.width):
            if p == j or any(r.cells[p].number() is None for r in items):
                continue
            if items[0].cells[p].number().overlaps(items[0].cells[j].number()) and all(
                    (prev.cells[j].number() + r.cells[p].number()).overlaps(r.cells[j].number())
                    for prev, r in zip(items, items[1:])):
                return True
        return False


def _all_cells(view: str, a: int, b: int) -> list[Cell]:
    """A row's cells, blank ones at its end kept (a Word row writes every cell, a web page's row its blank
    last cell before a "|"); whether a "|" at the end closes the row is for its table to say."""
    out, pos = [], a
    for m in _CELL_SPLIT.finditer(view, a, b):
        out.append(Cell(view[pos:m.start()], pos, m.start()))
        pos = m.end()
    out.append(Cell(view[pos:b], pos, b))
    return out


def _unclosed(cells: list[Cell], line: str) -> list[Cell]:
    """A row's cells without the "|" closing it."""
    return cells[:-1] if len(cells) > 1 and not cells[-1].text.strip() and line.rstrip().endswith("|") else cells


def indexed_tables(view: str) -> list[IndexedTable]:
    """Tables whose item rows are numbered 1, 2, 3 … in a column of their own, the name in the next
    ("1 | 花石 | 276 | 112375"), with 小计/合计 rows among or after them: consecutive rows, the numbers
    running on without a gap from 1, every item with as many cells."""
    out: list[IndexedTable] = []
    rows: list[IndexedRow] = []
    lines: list[str] = []    # the text of each row
    # the header rows of the table, and the run of rows of text just above the current line (several for a
    # header written over two rows: "序号 | 乡镇 | 人数 | 补助标准 | 金额" / " | | 人 | 元/人 | 元")
    header: list[tuple[list[Cell], str]] = []
    head_above: list[tuple[list[Cell], str]] = []

    def close(partial: bool, above: str):
        nonlocal header
        # rows closed by a "|" when every item is (a row of a table written without it may end with a blank cell)
        if all(lines[k].rstrip().endswith("|") for k, r in enumerate(rows) if r.index is not None):
            for k, r in enumerate(rows):
                r.cells = _unclosed([Cell("", 0, 0)] + r.cells, lines[k])[1:]
            header = [(_unclosed(cs, ln), ln) for cs, ln in header]
        items = [r for r in rows if r.index is not None]
        # numbered on from 1 down the table, or from 1 again in each section or after each 小计
        groups: list[list[int]] = [[]]
        for k, r in enumerate(rows):
            if k in breaks or r.index is None and r.label == "小计":
                groups.append([])
            if r.index is not None:
                groups[-1].append(r.index)
        numbered = [r.index for r in items] == list(range(1, len(items) + 1)) or all(
            g == list(range(1, len(g) + 1)) for g in groups)
        if len(items) >= 3 and numbered \
                and len({len(r.cells) for r in items}) == 1 and items[0].cells \
                and not any(_PART_OF_ABOVE.match(r.label) for r in items):
            width = len(items[0].cells)
            # a column's header: its cell in the last header row; every header row with as many cells as the
            # items may say it is no column of sums ("补助标准" over "元/人")
            last = header[-1][0] if header else []
            heads = [c.text.strip() for c in last[2:]] if len(last) == width + 2 else [""] * width
            fitting = [cs for cs, _ in header if len(cs) == width + 2]
            above_heads = ["".join(cs[j + 2].text.strip() for cs in fitting) for j in range(width)]
            out.append(IndexedTable(heads, list(rows), partial, above, above_heads, set(breaks)))

    breaks: set[int] = set()   # the rows a section's head row stands right above
    partial, above = False, ""
    pos, n = 0, len(view)
    while pos <= n:
        end = view.find("\n", pos)
        end = n if end < 0 else end
        line = view[pos:end]
        cells = _all_cells(view, pos, end) if ("|" in line or "\t" in line) else []
        first = cells[0].text.strip() if cells else ""
        name = cells[1].text.strip() if len(cells) > 1 else ""
        section = _SECTION.match(first if cells else line) is not None and len(first if cells else line.strip()) <= 30
        rest = cells[1:]
        if cells and (_SECTION_NUMBER.fullmatch(first) or not first and _SECTION.match(name) and len(name) <= 30):
            # the numeral in the 序号 column ("一 | 人员经费 | 300"), or the head in the name column (" | 一、人员经费")
            section, rest = True, cells[2:]
        if len(cells) >= 3 and _INDEX.fullmatch(first) and name and not _NUMBER.fullmatch(name):
            if rows and rows[-1].index is None and rows[-1].label != "小计" and int(first) == 1:
                # numbered from 1 again right below a 合计: the next table, written without a header of its own
                close(partial, above)
                rows, lines, breaks, partial, above = [], [], set(), False, ""
                head_above = []
            if not rows:
                header = head_above
            rows.append(IndexedRow(int(first), re.sub(r"\s+", "", name), cells[2:], pos))
            lines.append(line)
        elif rows and cells and _TOTAL_LABEL.match(re.sub(r"\s+", "", first)):
            rows.append(IndexedRow(None, re.sub(r"\s+", "", first), cells[1:], pos))
            lines.append(line)
        elif section and all(c.empty for c in rest):
            # a section's head without amounts ("一、人员经费 |"): the table goes on under it
            breaks.add(len(rows))
        else:
            if rows:
                close(partial, above)
                rows, lines = [], []
            breaks = set()
            partial = section and any(c.number() is not None for c in rest)
            above = re.sub(r"\s+", "", first) if cells and _TOTAL_LABEL.match(re.sub(r"\s+", "", first)) else ""
            if not above:  # the header stays over a total row written above the items
                head_above = head_above + [(cells, line)] if cells and all(c.number() is None for c in cells) else []
        pos = end + 1
    if rows:
        close(partial, above)
    return out
