"""The report's structure, defined once: sentences, clauses, phrases and paragraphs; a read
report with its figures (``NarrativeDoc``); and what the checks ask of it: the "其中/含/包括"
lists and the total that governs each, comparison frames ("比上年X万元减少Y万元，下降Z%"),
shares and what they are shares of.  Rules consume this structure and never parse the text.

Positions are code points of the text as read.  The structure works on a *view* of the
text of the same length: traditional characters folded to simplified ones and line breaks
that only wrap a sentence (text copied from a PDF) turned into spaces, so every offset
found in the view points at the same place in the text shown to the user.

Every lookup is indexed (sorted boundary positions, figures by position): the whole
analysis is linear in the size of the report, up to a log factor.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..core.intervals import Interval, interval_sum
from ..core.lazyre import lazy
from ..core.units import conversion_factor as _conversion_factor, wan_yuan_factor as _wan_yuan_factor
from .formats import PAGE_NUMBER

if TYPE_CHECKING:
    from .figures import Figure
    from .read import Narrative

# A sentence ends at a full stop, question or exclamation mark, or a line break; a clause
# also at a semicolon; a phrase at any punctuation.
SENTENCE_END = "。！？!?\n"
CLAUSE_END = SENTENCE_END + "；;"
PHRASE_DELIMS = "，。；：、,;:!?！？\n\t【】[]"
# the brackets a list's items may hold a breakdown or a remark in: round ones and the lenticular 【】
# ("财政拨款收入2285.47万元【财政基本拨款1432.81万元，财政项目拨款852.66万元】；利息收入…")
OPENING = "（(【"
CLOSING = "）)】"


def bracket_depth(seg: str) -> int:
    """How many brackets ``seg`` leaves open (below 0: it closes brackets opened before it)."""
    return sum(seg.count(c) for c in OPENING) - sum(seg.count(c) for c in CLOSING)


class Boundaries:
    """Sorted positions of the characters of one class, for O(log n) start/end lookups."""

    def __init__(self, text: str, chars: str, within: "Boundaries | None" = None):
        """``within``: the boundaries of a class holding ``chars``, whose positions are filtered
        instead of searching the text again."""
        if within is None:
            self.pos = [m.start() for m in re.finditer("[" + re.escape(chars) + "]", text)]
        else:
            self.pos = [p for p in within.pos if text[p] in chars]
        self.n = len(text)

    def start(self, pos: int) -> int:
        k = bisect_left(self.pos, pos)
        return self.pos[k - 1] + 1 if k else 0

    def end(self, pos: int) -> int:
        k = bisect_left(self.pos, pos)
        return self.pos[k] if k < len(self.pos) else self.n

    def last(self, a: int, b: int) -> int:
        """The last position in [a, b), else -1 (``max(text.rfind(c, a, b) for c in chars)``
        without scanning the text back from b)."""
        k = bisect_left(self.pos, b)
        return self.pos[k - 1] if k and self.pos[k - 1] >= a else -1


# a comma before a group of three digits ("6,200", "1,326.80"), after a digit
_GROUPED_DIGITS = lazy(r",\d{3}(?!\d)")


class TextIndex:
    """Sentence, clause, phrase and paragraph boundaries of one text."""

    def __init__(self, text: str):
        self.text = text
        # each class holds the next: a line break ends a sentence, a sentence end a clause, a clause end a phrase
        self.phrases = Boundaries(text, PHRASE_DELIMS)
        if "," in text:
            # (a comma grouping a number's digits, "6,200万元", ends no phrase: "占年度预算6,200万元的55.2%" is one)
            self.phrases.pos = [p for p in self.phrases.pos
                                if not (text[p] == "," and p > 0 and text[p - 1].isdigit() and _GROUPED_DIGITS.match(text, p))]
        self.clauses = Boundaries(text, CLAUSE_END, self.phrases)
        self.sentences = Boundaries(text, SENTENCE_END, self.clauses)
        self.lines = Boundaries(text, "\n", self.sentences)
        self._marks: dict[str, Boundaries] = {}

    def marks(self, chars: str) -> Boundaries:
        """The positions of other characters (":："), indexed on first use."""
        if chars not in self._marks:
            self._marks[chars] = Boundaries(self.text, chars)
        return self._marks[chars]


_INDEXES: list[TextIndex] = []


def text_index(text: str) -> TextIndex:
    """The index of ``text``, kept for the last few texts and found by identity: an lru_cache on the
    text compared a new copy of an already checked report with the old one (2 MB) at every lookup."""
    for idx in _INDEXES:
        if idx.text is text:
            return idx
    idx = TextIndex(text)
    _INDEXES.insert(0, idx)
    del _INDEXES[4:]
    return idx


def sentence_start(text: str, pos: int) -> int:
    return text_index(text).sentences.start(pos)


def sentence_end(text: str, pos: int) -> int:
    return text_index(text).sentences.end(pos)


def clause_start(text: str, pos: int) -> int:
    return text_index(text).clauses.start(pos)


def phrase_start(text: str, pos: int) -> int:
    return text_index(text).phrases.start(pos)


def paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


wan_yuan_factor = lru_cache(maxsize=256)(_wan_yuan_factor)
conversion_factor = lru_cache(maxsize=1024)(_conversion_factor)


# -- the view: simplified script, unwrapped lines ------------------------------------

_TRADITIONAL_HINTS = set("萬億為與無會國數據額費實際開發歲財務際資產總計預決們這說過還進門個區應屬較於")


@lru_cache(maxsize=1)
def _t2s():
    try:
        from opencc import OpenCC
    except ImportError:  # pragma: no cover - declared in setup.cfg
        return None
    return OpenCC("t2s")


def folds_traditional(text: str) -> bool:
    """Whether ``simplified`` folds the text at all (it holds a character that marks it traditional)."""
    return any(ch in text for ch in _TRADITIONAL_HINTS)   # a substring search each: no per-character loop


def simplified(text: str) -> str:
    """Traditional characters folded to simplified ones, one character for one (offsets kept).

    OpenCC converts each distinct character once; phrase-level conversions that would change
    the length are not used, so the view stays aligned with the text."""
    if not folds_traditional(text):
        return text
    cc = _t2s()
    if cc is None:
        return text
    table = {}
    for ch in set(text):
        if "\u4e00" <= ch <= "\u9fff":
            out = cc.convert(ch)
            if len(out) == 1 and out != ch:
                table[ord(ch)] = out
    if not table:
        return text
    # a search for the few characters to fold: ``translate`` looks every character of a text that
    # is not ASCII up in the table (60 ms for 2 MB), the characters folded are rare
    folding = re.compile("[" + "".join(re.escape(chr(code)) for code in table) + "]")
    return folding.sub(lambda m: table[ord(m.group())], text)


@lru_cache(maxsize=4096)
def _folded_char(ch: str) -> str:
    cc = _t2s()
    out = cc.convert(ch) if cc is not None and "\u4e00" <= ch <= "\u9fff" else ch
    return out if len(out) == 1 else ch


def simplified_piece(piece: str) -> str:
    """A short piece of a text folded as ``simplified`` folds the whole text (each character on its own)."""
    return "".join(_folded_char(ch) for ch in piece)


# "1.2021年第一批…项目": a number and a point before a year is a marker, not a decimal
_MARKER = lazy(r"\s*(?:[（(]?[一二三四五六七八九十]+[)）、.．]|[（(]\d+[)）]|\d+[、.．)）](?!\d)|\d{1,2}[.．](?=\s*(?:19|20)\d\d\s*年)|"
               r"[①-⑳]|第[一二三四五六七八九十\d]+[章节条部分])")
_HARD_END = set("。！？!?；;：:")


def marker_of(line: str) -> str | None:
    """The style of a list marker a line starts with ("一、" → "一、", "(1)" → "(1)"), or None."""
    m = _MARKER.match(line)
    if not m:
        return None
    mark = m.group(0).strip()
    style = re.sub(r"[一二三四五六七八九十]+", "一", re.sub(r"\d+", "1", mark))
    return style.replace("（", "(").replace("）", ")").replace("．", ".")


def without_marker(line: str) -> str:
    """A line without the list marker it starts with ("(1) 普通小学" → "普通小学")."""
    m = _MARKER.match(line)
    return line[m.end():].lstrip() if m else line


def _heading(line: str) -> bool:
    s = line.strip()
    return bool(s) and (marker_of(s) is not None and not _SENTENCE_PUNCT.search(s)
                        and (len(s) <= 30 or len(s) <= 60 and _HEADING_END.search(s) is not None)) \
        or (len(s) <= 20 and not _DIGIT.search(s) and not _CLAUSE_PUNCT.search(s))


# the words a section's heading ends with ("(一)一般公共预算及政府性基金财政拨款“三公”经费支出决算总体情况"): a marked
# line so ended is a heading however long, not a line a PDF wrapped
_HEADING_END = lazy(r"(?:情况|说明|概况|如下|分析)\s*[:：]?$")


_SENTENCE_PUNCT = lazy(r"[，,。；;]")
_CLAUSE_PUNCT = lazy(r"[，,。；;：:]")
_DIGIT = lazy(r"\d")


def unwrap(text: str) -> str:
    """Line breaks inside a sentence (text from a PDF: "同比增\\n加21500 元") become spaces.

    A break is kept when the line before ends a sentence or a clause, is a heading, or the
    next line starts a list item or is blank.  A page number on a line of its own between
    the two halves of a wrapped sentence ("…，比⏎— 2 —⏎上年决算数…", text copied from a PDF
    with its page footers) is blanked with the breaks around it."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = []
    i = 0
    lead = ""   # the lines before line i that end with the head of a figure line i goes on with
    ran_on = False   # the line before line i ran on into it (its break was a wrap)
    while True:
        line = lines[i]
        out.append(line)
        if i == len(lines) - 1:
            break
        j = i + 1
        if (j + 1 < len(lines) and PAGE_NUMBER.match(lines[j]) and lines[j + 1].strip()
                and (sep := _wrap(lines, i, j + 1, lead, True, ran_on)) is not None):
            # the page number and the break after it go blank; the sentence goes on as if wrapped
            pad = " " * (len(lines[j]) + 1)
            if sep:
                out.append(sep + pad)
            else:
                out.append(lines[j + 1][:lines[j + 1].index(" ")] + " " + pad)
                lines[j + 1] = lines[j + 1][lines[j + 1].index(" ") + 1:]
            j += 1
        else:
            sep = _wrap(lines, i, j, lead, ran_on=ran_on)
            out[-1] = lines[i]   # (as ``_wrap`` may have rewritten it)
            out.append("\n" if sep is None else sep)
        # "…购置费 232万⏎元⏎公务用车运行维护费…": the line holding the rest of a cut figure is judged
        # (its length, whether it is a heading) with the line it completes, not as a short line of its own
        tail = line.rstrip()
        lead = lead + line if sep is not None and (_AMOUNT_END.search(tail) or _POINT_END.search(tail)) else ""
        ran_on = sep is not None
        i = j
    return "".join(out)


def _wrap(lines: list[str], i: int, j: int, lead: str = "", page_end: bool = False, ran_on: bool = False) -> str | None:
    """How line ``i`` runs on into line ``j``: None for a kept break, else what stands for the break
    (" ", or "，" between two named amounts), or "" when the ideographs opening line ``j`` moved up
    to close the word line ``i`` ends with (``lines[j]`` is rewritten as that word, a space, its rest).
    ``lead``: the lines before line ``i`` it completes a figure of, read as one line with it.  ``page_end``: line
    ``i`` is the last of a page (a page number follows it), so it is no short line of its own however short.
    ``ran_on``: the line before line ``i`` ran on into it (line ``i`` goes on with a wrapped sentence)."""
    line, nxt = lead + lines[i], lines[j]
    tail = line.rstrip()
    # (a line opening with a comma or a stop goes on with the line before, heading-like or short: "1.本部门2017年度收入
    # 总计520.52万元⏎,与 2016 年决算数相比,…")
    goes_on = nxt.lstrip()[:1] in _OPENS_NOTHING
    at_stop = bool(tail) and tail[-1] in _HARD_END and _wrapped_at_stop(lines, i, nxt, ran_on)
    soft = (tail and nxt.strip() and (tail[-1] not in _HARD_END or _wrapped_at_semicolon(lines, i, line, tail, ran_on)
                                      or at_stop)
            and (not _heading(line) or _left_open(tail) or goes_on)
            and marker_of(nxt) is None and "|" not in tail and "\t" not in line and (len(tail) >= 12 or page_end or goes_on)
            # (a line opening with 其中 starts a list of the line before, unless a full stop ended it)
            and (not nxt.lstrip().startswith("其中") or at_stop)
            and not nxt.lstrip().startswith("|")
            and not (_FIGURE_END.search(tail) and _YEAR_START.match(nxt)))
    if not soft and "|" not in tail and "\t" not in line and tail[-1:] in _CUT_ENDS:
        # "…增加(减少)0万\n元，主要是…", "…129.\n41万元": a figure whose unit or decimals go on over
        # the break is one figure however short its line (a PDF line of a narrow column)
        if _AMOUNT_END.search(tail):
            soft = bool((_UNIT_START if tail[-1].isdigit() else _YUAN_START).match(nxt)) \
                or tail[-1].isdigit() and _POINT_START.match(nxt) is not None   # "…163\n.58万元", "4\n,229.50万元"
            # "1.2023年中央财政下达…补助资金353⏎31.2万元，其中…": a line of a narrow column that looks
            # like a heading, ending with the head of a number whose rest and unit open the next line
            soft = soft or (len(tail) >= 12 and _NAMED_DIGITS_END.search(tail, len(tail) - 24) is not None
                            and _REST_OF_AMOUNT.match(nxt) is not None and marker_of(nxt) is None)
        elif _POINT_END.search(tail):
            soft = nxt[:1].isdigit()
    if not soft:
        return None
    if _FIGURE_OR_REMARK_END.search(tail, max(0, len(tail) - 40)) and _NAMED_AMOUNT_START.match(nxt):
        # "…占84.37%，比上年增加33.43万元⏎公用经费145.06万元，占15.63%", "…占39.95%（含结转资金）⏎二是…":
        # a line ending with a figure (and a remark on it) and the next opening with another named
        # amount part two items, as a comma would
        return "，"
    if _CJK_END.search(line) and not _AMOUNT_END.search(line) and (run := _CJK_RUN.match(nxt)):
        # "其\n中：" wraps a word: the space goes after the word's end ("其中 ："), so the words the
        # structure looks for are whole; only the ideographs before the next other character move
        rest = nxt[run.end():]
        k = len(lines[i]) - len(_CJK_TAIL.search(lines[i]).group())
        if rest[:1].isdigit() and not page_end and not lead and k and lines[i][k - 1] in _SENTENCE_MARKS:
            # "…。支出增⏎加841.13万元": the words opening a sentence and going on into its number stay next to it
            # ("…。 支出增加841.13万元"): the space goes before them (after the full stop), they move on by one
            lines[i] = lines[i][:k] + " " + lines[i][k:]
            lines[j] = run.group() + rest
            return ""
        lines[j] = run.group() + " " + rest
        return ""
    if _OPEN_BRACKET_END.search(tail) and (close := _BRACKET_REST.match(nxt)) is not None:
        # "…同比下降(增加⏎)6%", "…決算數(s⏎hù)…": the bracket a line break cut is closed before the space, as a word is
        # ("(增加) 6%"; a reading stays whole: "數(shù) 55.93萬元")
        lines[j] = close.group() + " " + nxt[close.end():]
        return ""
    return " "


# a bracket opened a few characters before a line's end and not closed there; the rest of it opening the next line
_OPEN_BRACKET_END = lazy(r"[(（][^()（）\s]{0,7}$")
_BRACKET_REST = lazy(r"[^()（）\s]{0,7}[)）]")


_CJK_TAIL = lazy("[\u4e00-\u9fff]*$")
_SENTENCE_MARKS = frozenset("。！？!?")
_NUMBERED = lazy(r"\d{1,3}、")
_OPENS_NOTHING = frozenset("，,、；;。")


def _wrapped_at_semicolon(lines: list[str], i: int, line: str, tail: str, ran_on: bool) -> bool:
    """A line ending with a semicolon is a PDF line wrapped right after it ("…比上年决算数增加38.97万元,增长168.7%;⏎比2019年
    (疫情前)决算数减少24.87万元…"), not an item of a list written one a line, when it is a long line (20 characters or
    more), and either goes on with a wrapped sentence itself, or holds another semicolon or the next line does (several
    items a line are prose, not a list one item a line), or, no list item (no marker), the next line is itself cut by
    a wrap (long, no heading, ending with no punctuation), or opens no list (no 其中, 包括) and follows no line that
    ends with a colon or a semicolon (the lines of a list after "其中：⏎")."""
    if tail[-1] not in "；;" or len(tail) < 20:
        return False
    if ran_on:
        return True
    nxt = lines[i + 1].rstrip() if i + 1 < len(lines) else ""
    if _INNER_SEMICOLON.search(tail, 0, len(tail) - 1) or _INNER_SEMICOLON.search(nxt, 0, len(nxt) - 1):
        return True   # items run on in the line, or in the next ("…占比99.95%;⏎上级补助收入0万元,占比0%;事业收入…"): prose
        # (a marked line too, "(三)资金使用情况。…资金支付率92.20%;阿克陶县…91.01%;⏎乌恰县…": its items run on)
    if marker_of(line) is not None:
        return False
    if _cut_by_a_wrap(nxt):
        return True   # the next line is itself cut by a wrap ("…减幅29%;⏎上半年上级转移补助和专项补助收入4461万元,完成年初预⏎算…"):
        # the text is wrapped prose
    if _LIST_OPENS.search(line):
        return False
    before = lines[i - 1].rstrip() if i and len(line) == len(lines[i]) else ""
    return before[-1:] not in ("：", ":", "；", ";")


def _wrapped_at_stop(lines: list[str], i: int, nxt: str, ran_on: bool) -> bool:
    """A line ending with a full stop is a PDF line wrapped right after it ("…资金支付率90.77%。⏎其中:阿图什市…"), not a
    paragraph's last line, when the line before ran on into it (it goes on with a wrapped sentence), or, the first line
    of its paragraph, the next line is itself cut by a wrap (long, ending with no punctuation, a line going on after it),
    and it is as long as that
    line: as many characters, or as wide (digits and Latin letters half as wide as ideographs), so it too reaches the
    margin.  The next line opens no list item and is no heading.  (A line ending with a colon is left as it is: the lines
    after "其中：⏎" may each be an item, "人员经费…，主要包括：…⏎公用经费…", and its break tells where the list starts.)"""
    tail = lines[i].rstrip()   # (the line alone, not with the lines before whose figure it completes)
    if tail[-1:] not in _SENTENCE_MARKS or len(tail) < 20:
        return False
    after = nxt.strip()
    if marker_of(after) is not None or _NUMBERED.match(after) or _heading(after):
        return False   # (an item numbered before a code, "8、20111-纪检监察事务…", opens a line of its own)
    if ran_on and i:
        like = lines[i - 1].rstrip()
    elif _cut_by_a_wrap(after) and i + 2 < len(lines) and lines[i + 2].strip():
        like = after   # (the text's last line, an excerpt cut off, is no line cut by a wrap)
    else:
        return False
    return len(tail) >= len(like) - 1 or _width(tail) >= _width(like) - 2


def _cut_by_a_wrap(line: str) -> bool:
    """A line a PDF cut at its margin: long, ending with no punctuation, no list item and no heading."""
    return len(line) >= 20 and line[-1] not in _WRAP_STOPS and marker_of(line) is None and not _heading(line)


def _width(line: str) -> int:
    """How wide a line is printed: an ideograph (or another full-width character) two columns, others one."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in line)


_LIST_OPENS = lazy("其中|包括|包含")
_INNER_SEMICOLON = lazy("[；;]")
_WRAP_STOPS = frozenset("。！？!?；;：:，,、）)”\"")


def _left_open(line: str) -> bool:
    """A bracket of the line is left open ("2、医保基金支出:17070万元(其中:待遇支⏎出9183万元;…)"): the line goes
    on in the next, however much it looks like a heading (a heading is never cut inside its brackets)."""
    return line.count("(") + line.count("（") > line.count(")") + line.count("）")


_CJK_END = lazy("[\u4e00-\u9fff]$")
# "…，占100%⏎2017年紫云乡本年支出合计…": a line ending with a figure and the next opening with a year
# is a new statement, not a wrapped one
_FIGURE_END = lazy("\\d\\s*(?:[%％]|[万亿千]?元)$")
_YEAR_START = lazy("\\s*\\d{4}\\s*年")
_FIGURE_OR_REMARK_END = lazy("\\d\\s*(?:[%％]|[万亿千]?元)(?:[（(][^（）()\\d]{1,24}[）)])?$")
# (a name may hold brackets, "一般公共预算财政拨款（补助）收入", or a reading in them, "事業(yè)收入")
_NAMED_AMOUNT_START = lazy("\\s*[\u4e00-\u9fff“”\"][\u4e00-\u9fff“”\"()（）a-z\u00e0-\u01dc]{1,29}?(?:为|是|达)?\\s*\\d[\\d,.]*\\s*[万亿千]?元")
# (…but not into a number in Chinese numerals with a point, "收⏎入六百一十一‧三億元", "增⏎长二十‧七%":
# the space goes before the number, which stays whole and where it is)
_CJK_RUN = lazy("[\u4e00-\u9fff]+?(?=[零〇一二两三四五六七八九十百千]+[‧·．.][零〇一二两三四五六七八九]|[^\u4e00-\u9fff]|$)")
# "…100万\n元": the figure's unit stays where it is (the figure is quoted from the text)
_AMOUNT_END = lazy("\\d\\s*[万亿千百]?$")
# the rest of the unit of a figure whose line ends with its number ("0\n万元", "12.5\n%") or its scale ("0万\n元")
_UNIT_START = lazy("\\s*(?:[万亿千]?元|[%％])")
_YUAN_START = lazy("\\s*[万亿]?元")   # (a scale written twice over the break, "12002.41万⏎万元", is a slip read whole)
_POINT_END = lazy("\\d\\.$")
_NAMED_DIGITS_END = lazy("[\u4e00-\u9fff]\\d{1,20}$")
_REST_OF_AMOUNT = lazy("\\d[\\d,]*(?:\\.\\d+)?\\s*(?:[万亿千]?元|[%％])")
# the last characters of a line that may cut a figure (a digit, its scale or its point)
_CUT_ENDS = frozenset("0123456789万亿千百.")
_POINT_START = lazy("\\.\\d|,\\d{3}")


# full-width digits, point and percent ("３１．８万元的４７．６％", typed in full-width mode) read as
# the ASCII ones the patterns of the structure look for (the figures themselves are NFKC-folded)
_FULL_WIDTH = lazy("[０-９．％]")
_TO_ASCII = tuple(zip("０１２３４５６７８９．％", "0123456789.%"))


# a full-width comma grouping full-width digits by thousands ("１，５２６．６８萬元", typed in full-width mode):
# the number's head of one to three digits, groups of three, then its point or its unit; a comma between
# ASCII digits ("分别为1，234") or before a group that is not three digits long stays a comma
_WIDE_GROUPED = lazy("(?<![０-９0-9，])[０-９]{1,3}(?:，[０-９]{3})+(?=．[０-９]|[ 　]?[万亿千百元萬億%％人户戶亩畝吨噸个個])")


def _full_width_to_ascii(text: str) -> str:
    """``text.translate`` of the twelve characters, one replace each: translating a text that is not
    ASCII looks every character up in the table (30 ms a megabyte); a replace finds only them.  A
    full-width comma grouping full-width digits becomes the ASCII one of a grouped number."""
    if "，" in text and _WIDE_GROUPED.search(text):
        text = _WIDE_GROUPED.sub(lambda m: m.group().replace("，", ","), text)
    for wide, ascii_ in _TO_ASCII:
        if wide in text:
            text = text.replace(wide, ascii_)
    return text


_SPACE_RUN = lazy(r"\s+")
# whitespace between two CJK ideographs (the two 21,000-character classes take 2 ms to compile, once)
_CJK_GAP = lazy(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def join_cjk(text: str) -> str:
    r"""``text`` without the whitespace between two CJK ideographs ("基本 支出" → "基本支出")."""
    if not _SPACE_RUN.search(text):
        return text  # nothing to join (most phrases)
    return _CJK_GAP.sub("", text)


def written_of(text: str) -> str:
    """The text as written, its line breaks kept, with the view's folding of script and figures: traditional
    characters simplified, full-width digits read as ASCII ones (one character for one: offsets kept).  Kept for
    the last text, found by identity: the view begins with it, and the structure asks for it again."""
    for t, w in _WRITTEN:
        if t is text:
            return w
    w = simplified(_full_width_to_ascii(text) if _FULL_WIDTH.search(text) else text)
    if ("〇" in w or "○" in w or "一九" in w or "二零" in w) and _CN_YEAR.search(w):
        w = _CN_YEAR.sub(lambda m: m.group().translate(_CN_YEAR_DIGITS), w)
    _WRITTEN[:] = [(text, w)]
    return w


_WRITTEN: list[tuple[str, str]] = []
# a year written in Chinese digits ("二〇二三年", "一九七八年"): read as the ASCII digits, one for one
_CN_YEAR = lazy("(?<![〇○零一二三四五六七八九十百千万])(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}(?=\\s?年)")
_CN_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


# an ASCII full stop after a word or a percent, ending its line ("…,占100%.⏎本部门2018年度支出合计…"): a sentence's end
# (not a decimal point or a list marker, "1.收入情况", which follow a digit)
_ASCII_STOP = lazy(r"\.(?=[ \t]*(?:\n|$))")


def _ascii_stops(v: str) -> str:
    """``v`` with each such full stop after a word or a percent made "。" (found from the point: no lookbehind)."""
    def stop(m) -> str:
        before = v[m.start() - 1] if m.start() else " "
        return "." if before.isdigit() or before.isspace() or before == "." else "。"
    return _ASCII_STOP.sub(stop, v)


def view_of(text: str) -> str:
    v = written_of(text)
    if "." in v:
        v = _ascii_stops(v)   # (before the lines are joined: a line ending so is no wrapped one)
    v = unwrap(v)
    if "（" in v or "(" in v:
        if _RUBY.search(v):
            # the characters of a word close up, the blanks left where its readings were go before it ("完成預(yù)算5萬元" →
            # "    完成预算5万元"): words stay whole for the patterns, every figure keeps its place
            v = _close_up_readings(v)
        v = _REMARK.sub(lambda m: m.group()[0] + m.group(1) + " " * (m.end() - m.end(1)) if _keeps_nothing(m.group(1), m.group(2))
                        else m.group(0), v)
    if _FOOTNOTE_MARK.search(v):
        v = _FOOTNOTE.sub(lambda m: m.group()[0] + m.group(1) + " " * (m.end() - m.end(1)), v)
        if "[" in v or "〔" in v:
            v = _NAME_NOTE.sub(_without_name_note, v)
    assert len(v) == len(text)
    return v


# a footnote mark after a name ("全县生产总值[2]61.9亿元", "从事第二产业[1]和第三产业活动的法人单位[2]18033个"): no
# phrase ends at its brackets, it is blanked (blanks between a name and its figure or between ideographs are read through)
_NAME_NOTE = lazy(r"(?<=[\u4e00-\u9fff])(?:\[\d{1,2}\]|〔\d{1,2}〕)(?=[\u4e00-\u9fff\d(（])")


def _without_name_note(m) -> str:
    return " " * (m.end() - m.start())


# the pinyin a web page prints after each character ("財(cái)政", "增長(zhǎng)"): read as if it were not there
# (a page may give one character its reading twice, "國(guo)(guo)家": the readings after it go too)
_RUBY = lazy(r"[(（](?<=[\u4e00-\u9fff][(（])[a-zü\u00e0-\u01dc]{1,7}[)）](?:[(（][a-zü\u00e0-\u01dc]{1,7}[)）])*")


def _close_up_readings(v: str) -> str:
    """``v`` with every run of ideographs that holds a reading closed up (``_closed_up``); only the runs around the
    readings are looked at (a run's first reading: the ideographs before it in the run carry none)."""
    out, last = [], 0
    for r in _RUBY.finditer(v):
        if r.start() < last:
            continue   # a later reading of a run already closed up
        start = r.start() - 1
        while start > last and "\u4e00" <= v[start - 1] <= "\u9fff":
            start -= 1
        m = _RUBY_RUN.match(v, start)
        out.append(v[last:start])
        out.append(_closed_up(m))
        last = m.end()
    out.append(v[last:])
    return "".join(out)


def _closed_up(m) -> str:
    """A run of ideographs with their readings (``_RUBY_RUN``) closed up, each stretch of it between two numeral
    characters with its blanks before it, so that its last word stays next to the figure after it ("價(jià)值約4.61萬元"
    → "      价值约4.61万元"), or, when the run goes on from a figure ("5萬(wàn)元的30.6%"), after it, so that the unit
    stays next to its number.  A numeral character (and its reading, blanked) stays where it is, so a numeral written
    in characters keeps its place and span ("百分之四十九點(diǎn)九")."""
    run = m.group()
    if "(" not in run and "（" not in run:
        return run
    after = m.start() > 0 and (m.string[m.start() - 1].isdigit() or m.string[m.start() - 1] in " .")
    out, words, blanks = [], [], 0
    pairs = _CHAR_AND_READING.findall(run)
    # (a numeral's characters come two or more together; one alone is a word's: 一般, 三公, 万元, 百姓)
    numeral = [ch in _NUMERAL_CHARS and (i and pairs[i - 1][0] in _NUMERAL_CHARS
                                         or i + 1 < len(pairs) and pairs[i + 1][0] in _NUMERAL_CHARS)
               for i, (ch, _) in enumerate(pairs)]
    for (ch, reading), fixed in zip(pairs, numeral):
        if fixed:
            out.append(_stretch(words, blanks, after) + ch + " " * len(reading))
            words, blanks, after = [], 0, False
        else:
            words.append(ch)
            blanks += len(reading)
    out.append(_stretch(words, blanks, after))
    return "".join(out)


def _stretch(words: list[str], blanks: int, after: bool) -> str:
    return "".join(words) + " " * blanks if after else " " * blanks + "".join(words)


_NUMERAL_CHARS = frozenset("零〇○一二两兩三四五六七八九十百千万萬亿億点點")
_CHAR_AND_READING = lazy(r"([\u4e00-\u9fff])((?:[(（][a-zü\u00e0-\u01dc]{1,7}[)）])*)")
# a run of ideographs with a reading after one or more of them
_RUBY_RUN = lazy(r"(?:[\u4e00-\u9fff](?:[(（][a-zü\u00e0-\u01dc]{1,7}[)）])*)+")


# a bracketed remark right after an amount or a percent ("33067.0亿元（已审计）", "…万元（详见附表1）",
# "8.1%（已审计）和91.9%"): the text goes on after it as if it were not there, so it is blanked
# (the digit before is part of the match, not looked back at: the engine skips to digits, it would try the
# pattern at every character of the text)
_REMARK = lazy(r"\d(\s*(?:万元|亿元|千元|元|%))[（(]([^（）()\n]{1,24})[）)]")
# …unless it says something the checks read: an amount or a rate, what the figure includes or
# leaves out, a change, a share or a total (a measure or a year in it, "（按决算口径）", "（2023年度）",
# only qualifies the figure before it, whose name and year the text before gives)
_MEANINGFUL = lazy(r"\d\s*(?:万|亿|千|元|%|个百分点)|含|包括|其中|即|为|占|合计|总计|共计|小计|增|减|降|升|长|持平|比|较")


# a footnote mark right after a figure ("5.65亿元*和12.36亿元", "…12.28%②。", "…万元[1]")
_FOOTNOTE_MARK = lazy(r"[*※①-⑳]|\[\d{1,2}\]|〔\d{1,2}〕")
_FOOTNOTE = lazy(r"\d(\s*(?:万元|亿元|千元|元|%))(?:[*※①-⑳]|\[\d{1,2}\])+")   # (the digit so too)


# what a rate is computed on: "支付率88.89%（按扣除结转资金后的可支付数计算）" is read by the rate checks
_BASIS = lazy(r"按|扣除|剔除|口径")


def _keeps_nothing(unit: str, remark: str) -> bool:
    if unit.strip() == "%" and _BASIS.search(remark):
        return False
    return _MEANINGFUL.search(remark) is None


# -- the document ---------------------------------------------------------------------

@dataclass
class NarrativeDoc:
    narrative: Narrative
    figures: list[Figure] = field(default_factory=list)
    view: str = ""

    @classmethod
    def of(cls, narrative: Narrative) -> "NarrativeDoc":
        from .figures import extract_figures

        view = view_of(narrative.text)
        return cls(narrative, extract_figures(narrative.text, view=view), view)

    @property
    def written(self) -> str:
        """``written_of`` the text, made once: the lines as the report has them, in the view's script and digits."""
        text = self.__dict__.get("_written")
        if text is None:
            text = self.__dict__["_written"] = written_of(self.narrative.text)
        return text

    def __post_init__(self):
        if not self.view:
            self.view = view_of(self.narrative.text)
        self.index = text_index(self.view)   # the one extract_figures read the view with
        # where the sentence, clause or paragraph (line) holding a position starts and ends: the index's lookups,
        # bound once (each is asked for millions of times in a long report; a method would add a call to each)
        ix = self.index
        self.sentence_start, self.sentence_end = ix.sentences.start, ix.sentences.end
        self.clause_start, self.clause_end = ix.clauses.start, ix.clauses.end
        self.paragraph_start, self.paragraph_end = ix.lines.start, ix.lines.end
        self.starts = [f.start for f in self.figures]
        self._lists: list[PartList] | None = None
        self._frames: dict[int, Frame] | None = None
        self._by_subject: dict[tuple[str, str], list[Figure]] | None = None
        self._matches: dict[object, tuple[list[int], list[tuple[int, int, str]], dict[str, int]]] = {}

    @property
    def text(self) -> str:
        """The view of the text (same length and offsets as the text shown)."""
        return self.view

    def sentence(self, f: Figure) -> str:
        return self.view[self.sentence_start(f.start):self.sentence_end(f.end)]

    def between(self, a: int, b: int) -> list[Figure]:
        """Figures starting in [a, b), in order."""
        return self.figures[bisect_left(self.starts, a):bisect_left(self.starts, b)]

    def first_between(self, a: int, b: int) -> Figure | None:
        """The first figure starting in [a, b), else None (``between`` without building the list)."""
        k = bisect_left(self.starts, a)
        return self.figures[k] if k < len(self.starts) and self.starts[k] < b else None

    def before(self, f: Figure, same_paragraph: bool = True, limit: int = 200) -> list[Figure]:
        """Figures before ``f``, nearest first (within its paragraph by default; at most ``limit``)."""
        floor = self.paragraph_start(f.start) if same_paragraph else 0
        k = bisect_left(self.starts, f.start)
        out = []
        while k > 0 and len(out) < limit:
            k -= 1
            g = self.figures[k]
            if g.start < floor:
                break
            if g.end <= f.start:
                out.append(g)
        return out

    def position(self, f: Figure) -> int:
        return bisect_left(self.starts, f.start)

    def matches(self, pattern) -> tuple[list[int], list[tuple[int, int, str]], dict[str, int]]:
        """Every match of ``pattern`` in the text, found once: their starts, their (start, end, text) and how
        often each text occurs."""
        found = self._matches.get(pattern)
        if found is None:
            spans = [(m.start(), m.end(), m.group()) for m in pattern.finditer(self.view)]
            counts: dict[str, int] = {}
            for _, _, t in spans:
                counts[t] = counts.get(t, 0) + 1
            found = self._matches[pattern] = ([a for a, _, _ in spans], spans, counts)
        return found

    def count_outside(self, pattern, a: int, b: int) -> dict[str, int]:
        """How often each text of ``pattern`` occurs wholly before ``a`` or wholly from ``b`` on (as if the text
        between were cut out)."""
        starts, spans, counts = self.matches(pattern)
        out = dict(counts)
        for k in range(bisect_left(starts, a - 64), bisect_left(starts, b)):
            start, end, t = spans[k]
            if end > a:
                out[t] -= 1
        return {t: n for t, n in out.items() if n}

    # -- derived structure (built once, on first use) --

    @property
    def lists(self) -> list["PartList"]:
        if self._lists is None:
            self._lists = _part_lists(self)
        return self._lists

    @property
    def frames(self) -> dict[int, "Frame"]:
        if self._frames is None:
            self._frames = _frames(self)
        return self._frames

    def named(self, subject: str, kind: str = "amount") -> list[Figure]:
        """The document table of named figures: every figure of ``kind`` (an amount unless said) whose
        subject is ``subject``, no comparison base among them, in order."""
        if self._by_subject is None:
            table: dict[tuple[str, str], list[Figure]] = {}
            for g in self.figures:
                if g.subject and g.role is None:
                    table.setdefault((g.kind, norm_name(g.subject)), []).append(g)
            self._by_subject = table
        return self._by_subject.get((kind, norm_name(subject)), [])


# -- what the checks ask of the structure ------------------------------------------

# Phrases that all mean the year's total spending or income.
TOTAL_WORDS = {
    "spending": ("本年支出", "总支出", "支出合计", "全年支出", "本年支出合计", "完成支出", "支出总额", "年度支出"),
    "income": ("本年收入", "总收入", "收入合计", "全年收入", "完成收入", "收入总额"),
}
CHANGE = ("增加", "减少")
# a whole written as the total of its parts ("收入合计", "支出总额", "年度预算资金总额")
STATED_TOTAL = lazy(r"合计|总计|总额|总数|共计|总收入|总支出")


_NAME_MARKS = lazy(r"[“”\"《》‘’（）()\s]")
_NAME_HEAD = lazy(r"^(其中|全年|本年度|本年|年度|全省|全州|全盟|全旗|全区|全市|全县|全镇|全乡)")
_NAME_TAIL = lazy(r"(的|为|是|达到|达|总额|总量|总计|合计|金额|共计|累计|完成|执行|数|支出数|各|均|分别|都)+$")


@lru_cache(maxsize=8192)   # a few hundred names a report, asked for again by every rule
@lru_cache(maxsize=16384)
def norm_name(s: str) -> str:
    s = _NAME_MARKS.sub("", s or "")
    s = _NAME_HEAD.sub("", s)
    s = _NAME_TAIL.sub("", s)
    return s


def value_of(f: Figure) -> Interval:
    """A figure's interval in a common scale: amounts in 万元, percents as fractions."""
    cached = f.__dict__.get("_value")
    if cached is not None:
        return cached
    if f.kind == "amount":
        v = f.wan_yuan or f.interval
    elif f.kind == "percent":
        v = f.interval.scale(0.01)
    else:
        # a count in its base unit ("1.03亿户" and "3231.5万户" as 户), so that any two of one kind compare and divide
        scale = count_scale(f.unit)
        v = f.interval.scale(scale) if scale != 1 else f.interval
    f.__dict__["_value"] = v
    return v


def count_scale(unit: str) -> float:
    """The factor taking a count in ``unit`` ("万户", "亿人次", "千米") to its base unit (1 for a unit not scaled)."""
    factor = _conversion_factor(unit, unit[1:]) if len(unit) > 1 and unit[0] in "万亿千百" else None
    return factor or 1


def comparable(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "amount":
        return wan_yuan_factor(a.unit) is not None and wan_yuan_factor(b.unit) is not None
    return conversion_factor(a.unit, b.unit) is not None


def count_value(f: Figure, like: Figure) -> Interval:
    """A part's value on the scale of the whole it is weighed against (a count of another unit of the same kind,
    "1200米" against "3.5公里", converted)."""
    factor = conversion_factor(f.unit, like.unit) if f.kind == "count" else None
    return f.interval.scale(factor * count_scale(like.unit)) if factor and factor != 1 else value_of(f)


def total_group(phrase: str | None) -> str | None:
    if not phrase:
        return None
    for group, words in TOTAL_WORDS.items():
        if any(w in phrase or phrase in w for w in words if len(phrase) >= 2):
            return group
    return None


def find_total(doc: NarrativeDoc, group: str, like: Figure) -> Figure | None:
    """The first figure named as the year's total spending or income (indexed once per document)."""
    key = (group, like.kind)
    totals = doc.__dict__.setdefault("_totals", {})
    if key not in totals:
        totals[key] = next((g for g in doc.figures
                            if g.kind == like.kind and g.relation not in CHANGE and g.role is None and g.subject
                            and total_group(g.subject) == group and any(w in g.subject for w in TOTAL_WORDS[group])),
                           None)
    return totals[key]


def plain(f: Figure) -> bool:
    """A figure that states a quantity of its own: not a change, a comparison base or a share."""
    return f.kind != "percent" and f.relation not in CHANGE and f.role is None and f.relation != "占"


def in_brackets(doc: NarrativeDoc, f: Figure) -> bool:
    """A figure listed inside brackets ("（公务接待0.12万元，公务用车12.24万元）")."""
    cached = f.__dict__.get("_in_brackets")  # a figure belongs to the one text it was read from
    if cached is None:
        before = doc.view[max(doc.paragraph_start(f.start), f.start - 300):f.start]
        # (from the first opening bracket on: a closing one before it closes a bracket opened before the 300
        # characters looked at, "…因公出国(境" cut off, and says nothing of the figure)
        first = min((k for k in (before.find(c) for c in OPENING) if k >= 0), default=-1)
        before = before[first:] if first >= 0 else ""
        cached = f.__dict__["_in_brackets"] = bracket_depth(before) > 0
    return cached


_PAIR_JOIN = lazy(r"^\s*(和|与|及|、|,|，)\s*占?\s*$")   # (the verb may be said again: "分别占96.25%和占3.75%")


def run_of(doc: NarrativeDoc, f: Figure) -> list[Figure]:
    """The figures of f's kind listed with it ("分别为2666.3亿元和30400.7亿元"; "各是A、B万元")."""
    k = doc.position(f)
    figs = doc.figures
    lo = hi = k
    while lo > 0 and figs[lo - 1].kind == f.kind and _PAIR_JOIN.match(doc.view[figs[lo - 1].end:figs[lo].start]):
        lo -= 1
    while hi + 1 < len(figs) and figs[hi + 1].kind == f.kind and _PAIR_JOIN.match(doc.view[figs[hi].end:figs[hi + 1].start]):
        hi += 1
    return figs[lo:hi + 1]


def paired(doc: NarrativeDoc, f: Figure) -> Figure | None:
    """In "A、B的规模分别为a和b，占总规模的p和q", the amount a share is paired with."""
    run = run_of(doc, f)
    if len(run) < 2:
        return None
    start = doc.sentence_start(f.start)
    if EACH_SHARE.search(doc.view, max(start, run[0].start - 40), run[0].start):
        # "中央资金200万元、省级资金150万元、市级资金100万元，分别占40%、30%、20%": the named amounts
        # listed before, in order, one per share
        # (inside brackets, "（其中A…，B…，分别占…）", the amounts of that bracket; outside, none in brackets)
        # (amounts; where not enough are listed, counts: "其中男性18.97万人，女性17.56万人，分别占总人口的51.9%和48.1%")
        before = [g for g in doc.between(start, run[0].start) if plain(g) and in_brackets(doc, g) == in_brackets(doc, f)]
        named = [g for g in before if g.kind == "amount"]
        if len(named) < len(run):
            named = [g for g in before if g.kind == "count"]
        if len(named) >= len(run):
            listed = named[-len(run):]
            # (a bracket after an amount, "基本支出60万元（人员经费50万元…），项目支出…", is its own breakdown)
            # (nor is a remark on its use: "中央资金10444.85万元，主要用于产业发展，省级资金406.95万元，分别占…")
            # (nor are the heads an item's amount was paid to: "初中47人,18800元,小学163人,65200元,分别占…")
            if all(_ITEM_JOIN.fullmatch(_HEADS_PAID.sub("", _USE_REMARK.sub("", BRACKETED.sub("", doc.view[a.end:b.start]))))
                   for a, b in zip(listed, listed[1:])):
                return listed[[x.start for x in run].index(f.start)]
    k = doc.position(run[0])
    while k > 0:
        k -= 1
        g = doc.figures[k]
        if g.start < start:
            return None
        if g.kind != "percent":
            amounts = run_of(doc, g)
            if len(amounts) == len(run) and all(plain(a) for a in amounts):
                return amounts[[x.start for x in run].index(f.start)]
            return None
    return None


# "分别占40%、30%", "分别占本年支出合计的77.47%、22.53%", "各占…", "占…的比重分别为…"
# (the whole's amount may be written inside: "分别占一般公共预算收入52360万元的68.0%和32.0%")
EACH_SHARE = lazy(r"(?:分别|各)占[^，,；;。\d]{0,24}(?:\d[\d,]*(?:\.\d+)?\s*[万亿]?元的?)?$"
                  r"|占[^，,；;。\d]{0,24}?(?:分别|各)(?:为|是|达)?\s*$")
_USE_REMARK = lazy(r"^\s*[，,]\s*(?:主要)?用于[^，,；;。\d]{1,30}(?=[，,；;])")
# the basis an amount is allocated or computed by, and a weight of it ("按…各占50%的比例分配")
_ALLOCATION_BASIS = lazy(r"按照|依照|根据|依据|按[^时期月季年期]")
# (after the other weights of the basis: "按财力占40%、贫困人口数占60%的比例分配")
_WEIGHT_AFTER = lazy(r"(?:\s*[、，,和及]\s*[^，,；;。\d%％]{1,12}?占\s*\d+(?:\.\d+)?\s*[%％])*"
                     r"(?:\s*(?:的)?(?:比例|权重|比重)?\s*(?:进行)?(?:分配|测算|计算|切块|安排|下达|确定|因素)|\s*的(?:比例|权重))")
# what may stand between two named amounts of one list: the separator and the next item's name
_ITEM_JOIN = lazy(r"\s*[、，,和及；;]\s*(?!其中)[\u4e00-\u9fff“”\"（）()]{1,20}?(?:为|是|达)?\s*")
BRACKETED = lazy(r"[（(【][^（）()【】]*[）)】]")
# counts of people or households an amount may be paid to
HEADS = frozenset(("人", "人次", "户", "户次", "名"))
_HEADS_PAID = lazy(r"\d+\s*(?:" + "|".join(sorted(HEADS, key=lambda u: (-len(u), u))) + r")\s*[，,]\s*$")
# an item's amount written without its unit, right before a pause ("劳务费2625,占2%"): a number after the item's
# name (not "第3," "表1,"), the pause no thousands separator ("一般公共预算1,077.36万元")
_AMOUNT_WITHOUT_UNIT = lazy(r"(?<=[\u4e00-\u9fff])(?<![第表图])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=\s*[，,；;、](?!\d))")
_AMOUNT_AFTER_SHARE = lazy(r"\s*[，,]?\s*(?:为|计|共计?|金额为?|达到?)\s*")


def numerator(doc: NarrativeDoc, f: Figure) -> Figure | None:
    """The amount a share is of: its pair in a paired list, else the nearest plain figure
    before it in its sentence (found once per share: see ``_memo``)."""
    cache = _memo(doc, "_numerators")
    if f.start not in cache:
        cache[f.start] = _numerator(doc, f)
    return cache[f.start]


def _memo(doc: NarrativeDoc, name: str) -> dict:
    """A cache of one lookup for one text, by the figure's start.  The lookups read the figures' names, which the
    part lists change once (a heading's total loses its bracket): that clears the caches (``_forget_lookups``)."""
    cache = doc.__dict__.get(name)
    if cache is None:
        cache = doc.__dict__[name] = {}
    return cache


def _forget_lookups(doc: NarrativeDoc) -> None:
    for name in ("_numerators", "_currents"):
        doc.__dict__.pop(name, None)


def _numerator(doc: NarrativeDoc, f: Figure) -> Figure | None:
    pair = paired(doc, f)
    if pair is not None:
        return pair
    if (earlier := _LAST_YEARS_SHARE.search(doc.view, max(0, f.start - 16), f.start)) is not None and in_brackets(doc, f):
        # "基本支出856.32万元，占71.3%（上年占69.2%）", "占比较上年提高2.1个百分点（上年69.2%）": a bracket giving the
        # share an earlier year had, whose amount is not written (a year as numbers: the amount's own year is checked)
        year = earlier.group("year")
        if year is None or (g := _numerator_outside(doc, f)) is None or g.year != int(year):
            return None
    after = _AMOUNT_AFTER_SHARE.match(doc.view, f.end)
    if after is not None:
        pause = _pause_before(doc.view, max(0, f.start - 200), f.start)
    if after is not None and not doc.between(pause, f.start):
        # "财政拨款占80%，为800万元": the share comes before its own amount
        g = next(iter(doc.between(after.end(), doc.clause_end(after.end()))), None)
        if g is not None and g.start == after.end() and plain(g):
            return g
    start = doc.sentence_start(f.start)
    if _WEIGHT_AFTER.match(doc.view, f.end) and _ALLOCATION_BASIS.search(doc.view, max(start, doc.clause_start(f.start)), f.start):
        # "其中1000万元按照各市州小型水库的数量和库容各占50%的比例分配": the weights of an allocation's
        # basis, not a share of the amount before them
        return None
    outside = not in_brackets(doc, f)
    # "……31220万元的101.7%，税收收入占县级一般公共预算收入的57.7%": a share whose own phrase names
    # what it is of takes no figure of another name from before that phrase
    phrase = doc.index.phrases.start(f.start)
    at = doc.view.find("占", phrase, f.start)
    own = _OWN_NAME_NOISE.sub("", doc.view[phrase:at]) if at > phrase else ""
    if at > phrase and _of_items_together(doc, start, _pause_before(doc.view, max(start, at - 60), at), at):
        return None   # "…事业收入80.00万元，其他收入47.80万元，事业收入和其他收入合计占8.4%": of two items together
    for g in doc.before(f, limit=20):
        if g.start < start:
            return None
        if outside and in_brackets(doc, g):
            continue  # "财政拨款收入1,077.36万元(其中,…0万元),占收入合计93.57%": the bracket's details are not it
        if g.relation == "占" and g.kind == "amount" and _AFTER_A_SHARE.fullmatch(doc.view, doc.figures[doc.position(g) - 1].end, g.start) \
                and doc.figures[doc.position(g) - 1].kind == "percent":
            return g  # "占99.74%基金补助收入15.52万元，占0.26%": an item written on after a share, no pause between
        if plain(g):
            if g.unit.endswith("百分点"):
                return None  # "…上拉增速10.6个百分点；…同比增长6.4%，占比为4.6%": a gap of two rates is no share's amount
            if _AMOUNT_WITHOUT_UNIT.search(doc.view, g.end, f.start):
                return None  # "培训费1306元,占1%;劳务费2625,占2%": the share is of the amount written without its unit
            if rate_base(doc, g):
                continue  # "完成预算数31220万元的101.7%": the budget of a rate
            if len(own) >= 2 and g.end <= phrase and not same_item(item_subject(doc, g), own):
                return _named_earlier(doc, start, g, own)
            if g.end <= phrase and _of_another_year(own, g):
                return None  # "税收收入77864万元，2022年税收占…的比重为70.5%": last year's share
            if len(own) >= 2 and g.end <= phrase and not _EARLIER.search(own) and _an_earlier_years(doc, start, g):
                return None  # "税收收入22576万元，上年税收收入25824万元，税收占…的比重为58.02%": which year's is not said
            return g
    return None


# words that make a share's own phrase name items taken together ("合计占", "二者共占", "两项之和占")
_TOGETHER = lazy(r"合计|共计|总计|之和|共占|二者|两者|两项|三项|几项|以上|上述")


def _pause_before(v: str, floor: int, at: int) -> int:
    """Where the words before ``at`` begin: after the last comma, semicolon, stop or colon from ``floor`` (a 、 joins
    names, no pause)."""
    return max(floor, max(v.rfind(c, floor, at) for c in "，,；;。：:\n") + 1)


def _of_items_together(doc: NarrativeDoc, start: int, lead: int, at: int) -> bool:
    """Whether a share's own words (from ``lead`` to its 占 at ``at``) name items taken together: a word of summing, or
    the names of two amounts written before them in its sentence (from ``start``: "事业收入和其他收入合计占",
    "增值税、企业所得税占")."""
    words = doc.view[lead:at]
    if _TOGETHER.search(words):
        return True
    if not re.search(r"[和、及与]", words):
        return False
    names = {norm_name(item_subject(doc, h)) for h in doc.between(start, lead)
             if plain(h) and h.kind != "percent" and not in_brackets(doc, h)}
    return sum(1 for n in names if len(n) >= 2 and n in words) >= 2


# a bracket opening on an earlier year, right before a share ("（上年占69.2%）", "（2022年所占比重为…）")
# ("（上年决算占…）", "（上年基本支出占…）", "（前一年全年占…）": words of the item or the measure between)
_LAST_YEARS_SHARE = lazy(r"[（(]\s*(?:上年|去年|上一年|前一年|(?P<year>\d{4})\s*年)度?(?:同期)?(?:数|末)?"
                         r"[\u4e00-\u9fff“”]{0,8}?\s*[：:]?\s*"
                         r"(?:所?占(?:比重|比例|比)?|比重|占比)?\s*(?:为|是|达)?\s*$")


def _numerator_outside(doc: NarrativeDoc, f: Figure) -> Figure | None:
    """The nearest plain figure before a bracketed share, outside the bracket, in its sentence."""
    start = doc.sentence_start(f.start)
    return next((g for g in doc.before(f, limit=20) if g.start >= start and plain(g) and g.kind != "percent"
                 and not in_brackets(doc, g)), None)


def _named_earlier(doc: NarrativeDoc, start: int, g: Figure, own: str) -> Figure | None:
    """"其中税收收入77864万元，非税收入31625万元，税收占…的比重为71.1%": a share whose phrase names
    an item other than the figure right before it is of the one plain amount of that name earlier in
    its sentence (none when there are none or several)."""
    found = [h for h in doc.between(start, g.start) if plain(h) and not in_brackets(doc, h)
             and not rate_base(doc, h) and h.kind == g.kind and same_item(item_subject(doc, h), own)
             and not _EARLIER.search(h.subject or "")]
    return found[0] if len(found) == 1 and not _of_another_year(own, found[0]) else None


def _an_earlier_years(doc: NarrativeDoc, start: int, g: Figure) -> bool:
    """A figure named as last year's, or of an earlier year than one before it in its sentence."""
    if _EARLIER.search(g.subject or ""):
        return True
    return g.year is not None and any(h.year is not None and h.year > g.year for h in doc.between(start, g.start))


def _of_another_year(own: str, g: Figure) -> bool:
    """A share's own phrase writes a year other than the amount's ("2022年税收占…" after 2023's
    税收收入): it is that year's share, not of this amount."""
    years = {int(y) for y in _YEAR_IN_ITEM.findall(own)}
    return bool(years) and years != {g.year}


# the name of an item right after a share with no punctuation between ("占99.74%基金补助收入")
_AFTER_A_SHARE = lazy(r"[\u4e00-\u9fff“”\"（）()]{2,20}")
_OWN_NAME_NOISE = lazy(r"[\s“”\"‘’]|其中|分别|各自|均|合计|共计|两项|三项|以上|上述")


# -- the setting a paragraph opens with ----------------------------------------------

# A place, a level or a period: "太原市…", "1-4月份，…", "在41个县收支完成情况上，…", "市本级…";
# a place name ("太原市") is found by ``_names_place``: in a pattern, a class of all CJK
# ideographs takes 0.8 ms to compile.
_SCOPE = lazy(r"\d+\s*[-—~至到]\s*\d+\s*月|\d+\s*月份|[上下]半年|[一二三四1-4]季度|前三季度|"
              r"\d+个(?:县|区|市|乡|镇)|[省市县乡]级|本级|^\s*(?:在|从|就)[^，,]{2,20}(?:上|看|中)")
_PLACE_SUFFIXES = "省市县区州盟旗镇乡"


def _names_place(text: str) -> bool:
    r"""``re.search(r"(?<![全本各该我])[\u4e00-\u9fff](?:省|市|县|区|州|盟|旗|镇|乡)(?![场级直属委政民域])",
    text)``: an ideograph and a place suffix ("太原市", "全县" not), the suffix not opening another
    word ("市场", "县级")."""
    if not any(suffix in text for suffix in _PLACE_SUFFIXES):
        return False
    for i in range(1, len(text)):
        if (text[i] in _PLACE_SUFFIXES and "\u4e00" <= text[i - 1] <= "\u9fff"
                and (i < 2 or text[i - 2] not in "全本各该我")
                and (i + 1 == len(text) or text[i + 1] not in "场级直属委政民域")):
            return True
    return False


def paragraph_scope(doc: NarrativeDoc, pos: int) -> str:
    """The setting the figures of a paragraph are stated in: the opening phrase of the paragraph,
    or of the nearest paragraph before it in its section, that names a place, a level or a period
    ("太原市一般公共预算收入完成…。全市一般公共预算支出执行…"; "在41个县收支完成情况上，…"),
    else ""."""
    cache = doc.__dict__.setdefault("_scopes", {})
    start = doc.paragraph_start(pos)
    if start in cache:
        return cache[start]
    p, scope = start, ""
    for _ in range(50):
        line = doc.view[p:doc.paragraph_end(p)]
        lead = re.split(r"[，,。；;：:]", line.strip(), maxsplit=1)[0][:40]
        if _SCOPE.search(lead) or _names_place(lead):
            scope = re.sub(r"[\d.,]+\s*(万|亿)?元", "", lead)
            break
        if p == 0 or (p != start and marker_of(line) is not None):
            break
        p = doc.paragraph_start(p - 1)
    cache[start] = scope
    return scope


def sentence_setting(doc: NarrativeDoc, pos: int) -> str:
    """The setting a sentence of a paragraph opens with, holding for the sentences after it in
    that paragraph: "2月份，全县实现大口径财政收入5682万元……。1-2月，全县实现大口径财政收入
    17056万元……" states two quantities; the paragraph's setting (``paragraph_scope``) when no
    sentence of the paragraph up to ``pos`` opens with a place, a level or a period."""
    cache = doc.__dict__.setdefault("_settings", {})
    s = doc.sentence_start(pos)
    if s not in cache:
        cache[s] = _sentence_setting(doc, s)
    return cache[s]


def _sentence_setting(doc: NarrativeDoc, s: int) -> str:
    first = doc.paragraph_start(s)
    pos = s
    for _ in range(50):
        lead = re.split(r"[，,。；;：:]", doc.view[s:doc.sentence_end(s)].strip(), maxsplit=1)[0][:40]
        if _SCOPE.search(lead) or _names_place(lead):
            return re.sub(r"[\d.,]+\s*(万|亿)?元", "", lead)
        if s <= first:
            break
        s = doc.sentence_start(s - 1)
    return paragraph_scope(doc, pos)


# -- "其中" lists -------------------------------------------------------------------

# a negated inclusion ("（不含离退休人员经费）", "未包括…", "不包含…") lists no parts
# (each word's lookbehind written after its first character: a pattern whose every branch opens with a
# character is scanned for those characters, ten times faster over a whole report than one that
# opens with a lookbehind; "包(?<![不未]包)括" is "(?<![不未])包括")
# (every branch opens with its own character, so that the engine skips to them: a scan of the whole text)
_LIST_WORDS = lazy(r"其中|包(?<![不未]包)括|含(?<![不未]含)(?<!不包含)(?<!未包含)(?!义|量)|分别为|分别是|具体是|具体为|"
                   r"构成(?:情况)?(?:为|是|如下)(?=\s*[:：])|组成(?:情况)?(?:为|是|如下)(?=\s*[:：])|"
                   # "…支出1527.80万元，按功能分类：教育支出…", "从支出功能分类看，…"
                   # (after a comma only: opening a sentence, its whole is the sentence before's, not the amount before it)
                   r"(?<=[，,])\s*(?:按|从|分)(?:支出)?(?:功能|经济)(?:分类)?(?:科目)?(?:看|来看|划分)?(?=\s*[:：，,])")
# "…1100万元，主要用于以下方面：A…，占…；B…": the uses listed right after an amount (the main ones: an open
# list); read as a list of that amount only, nowhere else a list word
# ("…1186.44万元，主要用于：A…，占38.5%；B…": the colon alone opens them too, unless "一是…" items follow, an ordinal
# list read as such)
_USES_LIST = lazy(r"(?:主要|具体)用于(?:(?:以下|如下)(?:几个)?方面(?=\s*[:：])|(?=\s*[:：](?!\s*一是)))"
                  r"|用于(?:以下|如下)(?:几个)?方面(?=\s*[:：])")
# a list the text itself calls its whole's itemisation: "…9378万元。具体是：A…；B…", "本年收入的具体构成为：…"
_ITEMISED = ("具体是", "具体为", "构成为", "构成是", "构成如下", "构成情况为", "构成情况是", "构成情况如下",
             "组成为", "组成是", "组成如下", "组成情况为", "组成情况是", "组成情况如下")


@dataclass
class PartList:
    total: Figure
    parts: list[Figure]
    marker: int              # where "其中" (or the bracket) is
    kind: str                # "其中", "bracket", "lines", "closing"
    direct: bool             # the total governs the list in the same sentence, right before it
    prefix_ok: bool = False  # filled by the rule
    # other readings of which figures are the parts, when a breakdown inside the list may go on
    # over later semicolon items ("A 10.72亿元，主要为B 0.75亿元；C 6.95亿元；D 3.02亿元"), or the
    # total is itself an item of an outer list, whose own list may end at any semicolon
    # ("77户(一级企业9户，其中…3户…；二级企业19户；…)")
    readings: list[list[Figure]] = field(default_factory=list)
    # the parts are every part of the total by the text's own words: "具体是：" without "等", or
    # sources of an income listed down to those that are 0 ("3、单位资金收入0万元；4、…0元")
    exhaustive: bool = False
    # an item states an amount that cannot be read ("森林抚育补助调减 点击查看>> 万元", a figure
    # masked by a reposting site): the parts are not known, nothing can be said of their sum
    unreadable: bool = False
    # the list read on past the semicolon it was taken to end at, over one, two … of the semicolon
    # items after it ("其中基本支出600万元，项目支出300万元；上缴上级支出100万元")
    longer: list[list[Figure]] = field(default_factory=list)
    # items that take an amount away from the others ("其中：年初预算1000万元，年中追加250万元，
    # 年中调减50万元"): the parts may add up to the total less these
    taken: list[Figure] = field(default_factory=list)
    # the parts read with an amount whose item runs straight on from the unit before it (no separator:
    # "中央资金94.86万元上年结转资金93.29万元") as a remark of that item, not a part of its own
    joined: list[list[Figure]] = field(default_factory=list)
    # the lists of the other measures the same items break down ("资产总额…，负债总额…。其中：A资产总额…，负债总额…；
    # B…"), this one among them
    measures: list["PartList"] = field(default_factory=list)


def _table_column(parts: list[Figure], owners: list[int], run_on: set[int]) -> list[Figure]:
    """The parts run straight on from the unit before under a name that recurs in the list: a table's
    column pasted as text ("A预算资金827万元执行资金719万元B预算资金3407万元执行资金3032万元"), of each row."""
    rows = set(owners)
    names = Counter(p.subject or "" for p, o in zip(parts, owners) if o in run_on and o - 1 in rows)
    column = [p for p, o in zip(parts, owners) if o in run_on and o - 1 in rows and p.subject and names[p.subject] >= 2]
    # every row with its cell of the column after it: row, cell, row, cell … ("收入…结转结余…支出…结转结余…" is no table)
    cells = {p.start for p in column}
    alternate = len(parts) == 2 * len(column) and all((p.start in cells) == (i % 2 == 1) for i, p in enumerate(parts))
    return column if alternate else []


def _joined_readings(parts: list[Figure], owners: list[int], run_on: set[int]) -> list[list[Figure]]:
    ran = [p for p, o in zip(parts, owners) if o in run_on]
    return [[p for p in parts if all(p is not r for r in ran)]] if ran else []


def _heads_paid(g: Figure, total: Figure, figs: list[Figure]) -> bool:
    """A count of people or households named like the amount right after it ("初中47人次,18800元"): the
    amount is what was paid to them; the count leads the item, it is no part of an amount."""
    if g.kind != "count" or g.unit not in HEADS or total.kind != "amount":
        return False
    after = next((h for h in figs if h.start > g.start), None)
    return after is not None and after.kind == "amount" and after.subject == g.subject


def _first_plain(figs: list[Figure], total: Figure, skip: set[int]) -> Figure | None:
    for g in figs:
        if g.start in skip:
            continue
        if plain(g) and comparable(g, total):
            return g
        if g.relation == "占":
            continue  # "占年初预算数476万元的98.74%": what a share is of, like a rate's budget
        if _heads_paid(g, total, figs):
            continue  # "其中:初中47人次,18800元": whom the item's amount went to, then the amount
        if g.kind != "percent" and g.relation not in CHANGE and g.role is None:
            return None  # an item led by another kind of figure
    return None


# a figure per day, per head or on average: the whole it is the average of, written before it, is what a list breaks down
_AVERAGE_WORDS = r"日均|人均|户均|月均|年均|平均|每(?:人|户|日|天|月|年)"
_AVERAGE = lazy(_AVERAGE_WORDS)


def _average(doc: NarrativeDoc, g: Figure) -> bool:
    return bool(_AVERAGE.search(doc.view, doc.clause_start(g.start), g.start))


# the actual, named without 决算: "实际支出180万元", "实际执行…", "执行数…"
_SPENT = lazy(r"实际(?:支出|执行|使用|发生)|执行数")
_BUDGET_NAMES = lazy(r"一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算")


def measure_of(subject: str | None) -> str | None:
    """Whether a figure is a budget or an actual ("预算数" / "决算支出数"), when its name says so;
    the names of the budgets themselves ("一般公共预算收入") say neither."""
    s = _BUDGET_NAMES.sub("", subject or "")
    return "决算" if "决算" in s or _SPENT.search(s) else "预算" if "预算" in s else None


_BARE_MEASURE = lazy(r"^(年初|全年|调整后|调整|本年|上年|年度|实际)?(预算|决算|支出|执行|使用|发生)?数?$")
# in a list, a plan and what was done are measures too: "其中中央资金计划500万元，完成475万元"
_PLANNED = lazy(r"计划(?!生育)")   # (计划生育, family planning, names no plan)
_DONE = lazy(r"完成(?!率)")
_BARE_PLAN = lazy(r"^(?:实际)?(?:计划|完成)(?:投资|资金|金额|数|额)?$")


_YEAR_IN_ITEM = lazy(r"(\d{4})\s*年")


# what last year left and this year received ("上年财政拨款结转", "去年结余"): a part of this year's
_CARRIED = lazy(r"结转|结余")
# an item opening with last year's label (not what last year carried over), and one of this year's
# figure alone (no name of its own: the same item's)
_LAST_YEAR_OPENS = lazy(r"[\s，,；;：:、]*(?:上年|去年|上一年|上年度)(?!结[转余])")
_THIS_YEAR_OPENS = lazy(r"[\s，,；;：:、]*(?:本年度|本年|今年|当年)(?:为|是|达到?)?\s*[\d一二两三四五六七八九十]")


def _a_remark(view: str, total: Figure, part: Figure, before: Figure, before_at: int, at: int) -> bool:
    """A figure of another year than its list's, said of the part before it, not a part itself:
    named as last year's ("其中税收收入77864万元，上年为75000万元，…"), or with a year written in its
    own item, bare or of the part's own name, after a part whose item writes no year ("其中税收收入
    77864万元，2022年为75000万元，…", "财政拨款收入213.24万元，2019年为200万元；…"), or bare with an
    earlier year than a part that writes its own year and name ("其中2023年税收收入77864万元，2022年为
    75000万元"); a list whose parts are years ("其中2021年投入100万元，2022年为100万元") keeps them all."""
    if _EARLIER.search(part.subject or "") and not _CARRIED.search(part.subject or ""):
        # a total itself last year's ("完成109489万元，上年为105000万元，其中A 77864万元，上年为75000万元，…")
        # whose first part is this year's: the list is this year's, each part with last year's after it
        return not _EARLIER.search(total.subject or "") or not _EARLIER.search(before.subject or "")
    if part.year is None or not _YEAR_IN_ITEM.search(view, at, part.start):
        return False
    name = re.sub(r"^(?:为|是|达到|达|实现|完成)+|(?:为|是)$", "", item_core(part.subject or ""))
    if _YEAR_IN_ITEM.search(view, before_at, before.start):
        # "其中2023年税收收入77864万元，2022年为75000万元": an earlier year than the part's, after a
        # part of a name of its own, is its remark; "其中2021年投入100万元，2022年为100万元" lists years
        own = re.sub(r"^(?:投入|完成|实现|支出|安排|拨付|收入|为|是|达到|达)+$", "", item_core(before.subject or ""))
        return not name and len(own) >= 2 and before.year is not None and part.year < before.year
    return not name or same_item(name, before.subject or "")


def _list_measure(subject: str | None) -> str | None:
    """measure_of, with a plan as a budget and what was done ("实际完成投资") as an actual."""
    m = measure_of(subject)
    if m is not None or not subject:
        return m
    return "决算" if _DONE.search(subject) else "预算" if _PLANNED.search(subject) else None


def bare_measure(subject: str | None) -> bool:
    """A name that is only a budget or an actual ("年初预算", "决算支出数", "上年决算数"): it is of
    the item named before it."""
    return not _BARE_MEASURE.sub("", item_core(subject or ""))


def _own_part(figs: list[Figure], total: Figure, skip: set[int], view: str = "") -> Figure | None:
    """The part an item states for its total: its first plain figure; when the item states a
    budget and an actual ("A预算数为478.19万元，决算支出数为507.98万元"), the one of the total's kind; when the first
    describes what the item names ("总投资20亿元的华能光伏项目,已完成5.44亿元"), the next one."""
    first = _first_plain(figs, total, skip)
    if first is not None and _DESCRIBES_A_NAME.match(view, first.end):
        later = next((g for g in figs if g.start > first.start and g.start not in skip and plain(g)
                      and comparable(g, total)), None)
        if later is not None:
            return later
    want = _list_measure(total.subject)
    if first is None or want is None or _list_measure(first.subject) in (want, None):
        return first
    for g in figs:
        if g.start > first.start and g.start not in skip and plain(g) and comparable(g, total) \
                and _list_measure(g.subject) == want and not _EARLIER.search(g.subject or ""):
            return g  # not last year's ("上年决算数8万元")
    return first


# a figure describing the thing named after it ("总投资20亿元的华能光伏项目"), not a quantity of it (not a share: "的80%")
_DESCRIBES_A_NAME = lazy(r"的(?=[\u4e00-\u9fff“\"*＊])(?!比重|比例|占比|增长|下降|基础上|水平)")


# Lists that name every part of their total by definition (部门预算支出经济分类, “三公”经费,
# 上级补助收入 = 返还性收入 + 一般性转移支付收入 + 专项转移支付收入).
COMPLETE_LISTS = (("人员经费", "公用经费"), ("基本支出", "项目支出"), ("因公出国", "公务接待", "公务用车"),
                  ("返还", "一般性转移", "专项转移"),
                  # 人均可支配收入 by source, as the statistics define it
                  ("工资性", "经营净", "财产净", "转移净"),
                  # the “三保” spending: 保基本民生、保工资、保运转
                  ("保工资", "保运转", "保基本民生"),
                  # the staff a 部门决算 counts as 实有人数 (基本数字表: 在职、离休、退休; 其他人员 apart)
                  ("在职", "离休", "退休"), ("在职", "离退休"),
                  # the two lotteries the law allows (彩票: 福利彩票 and 体育彩票, by definition all of it)
                  ("福利彩票", "体育彩票"),
                  # government procurement by what is bought (政府采购品目: 货物、工程、服务)
                  ("货物", "工程", "服务"),
                  # a self-evaluation's score by its first-level indicators: a project's (预算执行率 10 + 产出 50 +
                  # 效益 30 + 满意度 10) and a department's overall (决策、过程、产出、效益)
                  ("预算执行", "产出", "效益", "满意度"), ("决策", "过程", "产出", "效益"),
                  # grain output by kind, as the statistics define 粮食 (谷物、豆类、薯类)
                  ("谷物", "豆类", "薯类"))


def names_a_complete_group(names: list[str]) -> bool:
    """Whether the names are those of one group of COMPLETE_LISTS, each word in exactly one name (the car
    item's purchase alone is only part of it: "因公出国…，公务接待…，公务用车购置费…" leaves its running out)."""
    names = ["" if car_purchase_only(n) else n for n in names]
    return any(len(names) == len(words) and all(sum(w in n for n in names) == 1 for w in words) for words in COMPLETE_LISTS)


def car_purchase_only(name: str | None) -> bool:
    """A name of the purchase part of the 三公 car item ("公务用车购置费"), not of the item ("公务用车购置及运行
    维护费", "公务用车费"). (Its running alone, "公务用车运行维护费", stands for the item: a unit with cars always
    runs them, and a purchase of 0 goes unwritten.)"""
    return bool(name) and "公务用车" in name and "购置" in name \
        and not any(w in name for w in ("运行", "运维", "维护"))


def _completes_a_group(doc: NarrativeDoc, items: list[tuple[int, int]], total: Figure) -> bool:
    """Whether the items, read to the end of the list, name each item of a complete group once
    ("其中返还性收入52万元，一般性转移支付收入1937万元，…；专项转移支付收入110万元")."""
    return names_a_complete_group(
        [p.subject or "" for a, b in items if (p := _first_plain(doc.between(a, b), total, set())) is not None])


def _merge_measures(doc: NarrativeDoc, items: list[tuple[int, int]], total: Figure) -> list[tuple[int, int]]:
    """"其中：A预算数为310.37万元，决算支出数为249.29万元，B预算数…": a comma item that names only
    a budget or an actual ("决算支出数为…") states the item before it once more, not a new part."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        lead = _first_plain(doc.between(a, b), total, set())
        if out and lead is not None and (measure_of(lead.subject) and bare_measure(lead.subject)
                                         or _BARE_PLAN.match(lead.subject or "")):
            out[-1] = (out[-1][0], b)
        elif out and _REVISED_OPENS.match(doc.view, a, b):
            out[-1] = (out[-1][0], b)   # "A年初预算65000万元，调整为35000万元": A as revised, not a new part
        elif out and lead is None and _ITS_OWN_COMPLETION.fullmatch(doc.view, a, b):
            out[-1] = (out[-1][0], b)   # "A 5.86万元，完成预算的97.7%，预算6.00万元；B…": A's completion of its budget, and
            # the budget after it, are A's (the bare 预算 merges into this piece as it would into A's)
        else:
            out.append((a, b))
    return out


# a piece saying only what its item did of a budget ("完成预算的97.7%", "预算执行率97.7%", "为预算的97.7%")
_ITS_OWN_COMPLETION = lazy(r"\s*(?:完成|为|达到?|占)?(?:年初|全年|调整后?)?(?:预算|计划)(?:的|数的)?(?:执行率|完成率)?(?:为|达到?)?\s*\d+(?:\.\d+)?\s*[%％]\s*")


# an item opening with a budget's revision and no name of its own ("调整为35000万元", "调整后为…")
_REVISED_OPENS = lazy(r"\s*(?:调整|调增|调减|变更|压减|核减|核增|追加)后?(?:为|到|至)\s*\d")
_ITEM_MARKS = lazy(r"[（(【）)】；;\n，,、]")


_THOUSANDS_AFTER = lazy(r"\d{3}(?!\d)")


def _split_items(view: str, a: int, b: int) -> list[tuple[int, int]]:
    """Items of a list between a and b: split at ；/; if there is one outside brackets, else at ，,、."""
    while a < b and view[a] in " \t：:\n":
        a += 1   # "其中：\n A…，B…": a line break right after the list word parts no items
    while b > a and view[b - 1] in " \t；;\n":
        b -= 1   # "…包括A 1004.43万元，B 103.44万元；\n": a semicolon ending the list parts no items either
    depth = 0
    semis, commas = [], []
    for m in _ITEM_MARKS.finditer(view, a, b):   # only the brackets and separators, not every character
        ch = m.group()
        if ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0:
            c = m.start()
            if ch == "," and c and view[c - 1].isdigit() and _THOUSANDS_AFTER.match(view, c + 1):
                continue  # "60,719.31万元": a thousands separator, not a separator of items
            (semis if ch in "；;\n" else commas).append(c)
    cuts = semis or commas
    bounds, prev = [], a
    for c in cuts:
        bounds.append((prev, c))
        prev = c + 1
    bounds.append((prev, b))
    if semis:
        bounds = _without_remarks_on_the_first(view, bounds)
    if semis and commas:
        bounds = _parallel_pieces(view, bounds, commas)
    return [piece for x, y in bounds if view[x:y].strip() for run in _run_together(view, x, y)
            for piece in _run_on_after_a_rate(view, *run)]


split_items = _split_items   # (the checks read the items of a sentence naming its whole the same way)


# the first character of a rate's own words after it ("10%以上", "5%左右", "占15%的", "3%为…", "96.71%加上…"); other
# words straight after a rate open a statement of their own, its separator lost (read so by lists here and by
# figures' relations)
RATE_OWN_WORDS = "左以的为為达達计即是和及与或占比加减"
# a rate followed straight by the name of a next amount, its separator lost ("非税收入49406万元,增长67.1%上级补助
# 405490万元"); not a rate's own words nor a rate a basis names ("按1%提取…")
_ITEM_AFTER_A_RATE = lazy(rf"(?<![按以])\d(?:\.\d+)?\s*[%％](?![{RATE_OWN_WORDS}])(?=[\u4e00-\u9fff]{{2,10}}?\s*\d[\d.,]*\s*[万亿]?元)")


def _run_on_after_a_rate(view: str, x: int, y: int) -> list[tuple[int, int]]:
    out, prev = [], x
    for m in _ITEM_AFTER_A_RATE.finditer(view, x, y):
        if view[prev:m.end()].strip():
            out.append((prev, m.end()))
            prev = m.end()
    out.append((prev, y))
    return out


# an amount's unit followed straight by the name of a next amount ("省级资金6421.07万元市级资金1153万元")
_RUN_TOGETHER = lazy(r"(?<=元)(?=([\u4e00-\u9fff]{2,10}?)\s*\d)")
_ITEM_NAME = lazy(r"([\u4e00-\u9fff]{2,10}?)\s*\d")
# the 元 an amount ends with ("…6421.07万元", "…1153万⏎元" wrapped), not one of a name ("单元", "美元结算")
_AMOUNT_UNIT_END = lazy(r"\d\s*[万亿千百]?\s?元$")


def _run_together(view: str, x: int, y: int) -> list[tuple[int, int]]:
    """"中央资金52665.42万元,省级资金6421.07万元市级资金1153万元县级资金2300万元": items whose separator was lost
    (a table's cells, a PDF's text layer) are apart where an amount's unit runs into a name ending as the
    item's own name does (资金…资金); a name of anything else ("100万元用于设备50万元") keeps the item whole."""
    first = _ITEM_NAME.search(view, x, y)
    if first is None:
        return [(x, y)]
    head = first.group(1)[-2:]
    out, prev = [], x
    for m in _RUN_TOGETHER.finditer(view, x, y):
        if m.group(1)[-2:] == head and m.start() > prev and _AMOUNT_UNIT_END.search(view, max(x, m.start() - 5), m.start()):
            out.append((prev, m.start()))
            prev = m.start()
    out.append((prev, y))
    return out


# the name an item opens with, up to its figure ("财政拨款收入131.73万元": 财政拨款收入)
_FIRST_NAME = lazy(r"[\s：:，,]*([\u4e00-\u9fff“”\"]{2,12}?)\s*(?:为|是|达)?\s*\d")


# after the first item's name, more words of it: its breakdown ("…中", "…人员经费"), what became of it
# ("…到位", "…已拨付"), its own parts by source or year ("…上年结转", "…本年下达")
_OF_THE_FIRST = lazy(r"[\u4e00-\u9fff]")


def _without_remarks_on_the_first(view: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Semicolon items without those opening with the first item's whole name and more words ("基本支出700万元；
    基本支出中人员经费500万元…", "中央资金600万元；中央资金到位600万元…", "中央资金上年结转100万元…"): they name that
    item's parts or what became of it; a sibling has a name of its own."""
    name = _FIRST_NAME.match(view, bounds[0][0], bounds[0][1])
    if name is None:
        return bounds
    out = [bounds[0]]
    for x, y in bounds[1:]:
        item = view[x:y].strip()
        if not (item.startswith(name.group(1)) and _OF_THE_FIRST.match(item, len(name.group(1)))):
            out.append((x, y))
    return out


def _parallel_pieces(view: str, bounds: list[tuple[int, int]], commas: list[int]) -> list[tuple[int, int]]:
    """"其中“优”的项目79个…；“良”的项目11个…，“中”的项目3个…，“差”的项目20个…": a semicolon item opening with the
    same words as the list's first item (three characters or more) whose comma pieces open so again is those items,
    the writer's separators mixed, each piece that does not (its own amount, a change, a remark) with the item
    before it; an item not opening so, or with no other piece opening so, stays whole."""
    first = view[bounds[0][0]:bounds[0][1]].strip()
    out = [bounds[0]]
    for x, y in bounds[1:]:
        cuts = [c for c in commas if x < c < y]
        pieces: list[tuple[int, int]] = []
        for p, q in zip([x] + [c + 1 for c in cuts], cuts + [y]):
            if pieces and not any(ch.isdigit() for ch in view[p:q]):
                pieces[-1] = (pieces[-1][0], q)   # "…218.07万元(…),分别是：": words without a figure end the piece before
            else:
                pieces.append((p, q))
        opens, head = [], pieces[0]
        for p, q in pieces:
            opens.append(_opens_like(first, view[p:q].strip()) and (not opens or not _of_the_piece_before(view, head, p, q)))
            head = (p, q) if opens[-1] else head
        if len(pieces) >= 2 and all(_siblings(view[pieces[0][0]:pieces[0][1]], view[p:q]) for p, q in pieces[1:]) \
                and all(any(ch.isdigit() for ch in view[p:q]) for p, q in pieces):
            # "其中：因公出国（境）费0万元；公务用车运行维护费5.86万元，公务接待费2.14万元": siblings by definition, each with its
            # amount, are items whatever separates them
            out.extend(pieces)
        elif len(pieces) >= 2 and opens[0] and sum(opens) >= 2:
            # "…；“良”的项目11个，财政资金201.9万元，“中”的项目3个，财政资金7万元；…": a piece that does not open
            # so (the item's own amount, its change, a remark on it under its name) stays with the piece before
            groups: list[tuple[int, int]] = []
            for (p, q), like in zip(pieces, opens):
                if like or not groups:
                    groups.append((p, q))
                else:
                    groups[-1] = (groups[-1][0], q)
            out.extend(groups)
        else:
            out.append((x, y))
    return out


def _of_the_piece_before(view: str, before: tuple[int, int], p: int, q: int) -> bool:
    """A piece opening with the whole name of the item piece before it and more words ("公务用车运行维护费8514万元，
    公务用车运行维护费中燃油费300万元") is about that piece: its part or a remark on it."""
    name = _FIRST_NAME.match(view, before[0], before[1])
    piece = view[p:q].strip()
    return name is not None and piece.startswith(name.group(1)) and _OF_THE_FIRST.match(piece, len(name.group(1))) is not None


def _opens_like(first: str, piece: str) -> bool:
    """A piece opens with the same words as the first item: three characters or more, no figure among them."""
    shared = len(os.path.commonprefix([first, piece]))
    return shared >= 3 and not any(ch.isdigit() for ch in first[:shared])


def _bracket_span(view: str, open_at: int, limit: int) -> int:
    depth = 0
    for i in range(open_at, min(limit, len(view))):
        if view[i] in OPENING:
            depth += 1
        elif view[i] in CLOSING:
            depth -= 1
            if depth == 0:
                return i
    return -1


_CARRY_OVER = lazy(r"结转|结余|差额|差值")


_LAST_YEARS = lazy(r"(?:上年|去年|上年度|上年同期|上一年)(?:为|是|数为?)?")
# its own last year's amount between the total and "。其中" ("…4930.49万元，上年为6091.76万元，较上年下降…。其中")
# (a blank between the scale and 元 is a PDF line wrapped inside the unit: "同比减少17.05万⏎元")
_AN_AMOUNT = r"\d[\d,]*(?:\.\d+)?\s*(?:万\s?元|元|亿\s?元)"
_LAST_YEARS_AMOUNT = lazy(r"[,，]\s*(?:上年|去年|上年度|上年同期|上一年)(?:为|是|数为?)?\s*" + _AN_AMOUNT)


def _never_total(doc: NarrativeDoc, g: Figure, k: int) -> bool:
    """A carry-over or balance ("上年结转结余", "年末结转和结余") or a difference ("收支差额",
    "差值为0.9万元，其中：…") is not the total of a list after it ("…、上年结转结余23,067.24元；
    支出包括：教育支出…") unless the list names it ("其中：基本支出结转…")."""
    # (a remark in brackets names no part: "其中，基本支出13645.88万元（含结转资金）、占比22.13%")
    return bool(_CARRY_OVER.search(g.subject or "")) and not _CARRY_OVER.search(BRACKETED.sub("", doc.view[k:doc.sentence_end(k)]))


# the total's own change clauses between it and "。其中" ("收入总预算501.98万元,同比减少17.05万元,同比下降3.28%。其中:")
# the total's own change after it: "…10859万元，比上年增长31.5%。其中：", also without the comparison
# ("…10859万元，增长31.5%。其中："): a rate or an amount right after the verb
# (the 部门决算 template's too: "收入合计3,930.20万元,较上年决算减少310.02万元、下降7.31%。其中：")
# (on its budget too: "公务接待费692万元，比年初预算数减少2088万元。其中国内接待费603万元，…")
# (against a year by its number, "与2023年度相比，减少1755.32万元"; the verb cut to one character, "较上年决算数减65.62万元")
# (with its base written, "比2023年的40616051.67万元，增加…", by its name too, "较2022年部门预算支出总数144.39万元减少…"; its
# rate named as such, "增幅1.79%")
# what a change's own comparison names as its base: last year, a year, a budget
_OWN_BASE = r"(?:上年|去年|上年度|上一年|\d{4}\s*年度?|(?:年初|全年|调整后的?)?预算)"
_OWN_CHANGES = lazy(r"[,，、]\s*(?:同比|(?:相?比|较|与)" + _OWN_BASE + r"(?:同期)?(?:决算数?|数)?"
                    r"(?:[\u4e00-\u9fff]{0,14}?的?\s*" + _AN_AMOUNT + r")?(?:相比)?)?\s*[,，]?\s*"
                    r"(?:增加|减少|增长|下降|降低|上升|增幅为?|降幅为?|增|减)了?\s*\d[\d,]*(?:\.\d+)?\s*(?:万\s?元|元|亿\s?元|%)")
# the whole's own average after it ("粮食总产量5.1万吨，…，平均亩产253公斤，…。其中…")
_ITS_AVERAGE = lazy(r"[,，]\s*(?:" + _AVERAGE_WORDS + r")[\u4e00-\u9fff]{0,8}?(?:为|是|达到?)?\s*"
                    r"\d[\d,]*(?:\.\d+)?\s*[\u4e00-\u9fff%]{1,3}")
# the whole's own rate of its task or budget ("…累计完成419万元，为全年任务740万元的56.6%。其中…")
_OWN_TASK_RATE = lazy(r"[,，]\s*(?:为|占|完成|达到?)?\s*(?:全年|年度|年初)?(?:任务|预算|计划|目标)数?\s*"
                      r"(?:" + _AN_AMOUNT + r")?\s*的\s*\d[\d,]*(?:\.\d+)?\s*%")


# a reason given for a change: its amounts are no whole of the list after it
_REASON = lazy(r"原因|由于|因为")
# ("，主要是怡情阁适老化改造项目款增加": 主要是 gives a reason too, unless a colon opens a list after it)
# (the change may name itself before its reason: "下降原因主要为…", "增加的原因是…")
_REASON_WORDS = r"(?:(?:增加|减少|增长|下降|增减|变动|变化)的?)?(?:主要)?(?:原因是|原因为|原因主要[是为]|是由于|由于|是因为"
_REASON_CLAUSE = lazy(r"[，,；;]\s*(?:" + _REASON_WORDS + r")|主要(?:是|系)(?![：:]))[^。]*")
# a reason's lead after a clause: any amount after it in the sentence is part of the reason
_REASON_LEAD = lazy(r"[，,；;]\s*" + _REASON_WORDS + r"|因为)"
                    r"|[，,；;]\s*主要(?:是|系)(?![：:])")


_TOTAL_WORD_END = lazy(r"(?:合计|总计|总额|共计|总数|数)+$")


def _named_composition(doc: NarrativeDoc, k: int, own: str) -> tuple[Figure | None, bool]:
    """"本年收入合计231.24万元，……。本年收入的具体构成为：A…；B…": a composition whose clause names
    its whole is of the last plain amount of exactly that name before it in its paragraph or the one
    before (within 400 characters), a budget when the clause names one and an actual when not; none
    when the whole is not named or not found."""
    want = _TOTAL_WORD_END.sub("", item_core(own))
    if len(want) < 2:
        return None, False
    floor = max(0, doc.paragraph_start(max(0, doc.paragraph_start(k) - 1)), k - 400)
    planned = _list_measure(own) == "预算"
    for g in reversed(doc.between(floor, k)):
        if g.kind == "amount" and plain(g) and not g.approximate and not in_brackets(doc, g) \
                and _TOTAL_WORD_END.sub("", item_core(g.subject or "")) == want \
                and (_list_measure(g.subject) == "预算") == planned:  # "本年收入预算250万元" is no 本年收入
            return g, True
    return None, False
# an amount named by a comparison ("比上年预算数加", "较年初预算多"): the difference of two figures
_A_DIFFERENCE = lazy(r"(?:比|较|同比|环比)(?:上年|去年|上一年|年初|预算|\d{4}年)")


# "…收支相抵，盈余440.6亿元。\n其中，在开支方面，较大支出分别来自…": the list names the side of the account it
# breaks down; its whole is a figure of that name, not whichever figure comes last
# (spaces may stand between its characters, a PDF's or a page's pinyin blanked by the view: "在開(kāi)支方面",
# "在 开支 方面"; the side may be named "就开支而言")
_ASPECT = lazy(r"其中\s*[，,：:]?\s*(?:在|就)?\s*((?:[\u4e00-\u9fff]\s*){2,6}?)(?:方\s*面|而\s*言)")
_ASPECT_NAMES = {"开支": ("开支", "支出"), "支出": ("开支", "支出")}


def _of_aspect(g: Figure, aspect) -> bool:
    """Whether ``g`` is named as the side of the account a list says it breaks down ("其中，在收入方面")."""
    word = re.sub(r"\s", "", aspect.group(1))
    return any(w in (g.subject or "") for w in _ASPECT_NAMES.get(word, (word,)))


# an amount whose integer digits were lost ("全年电影票房为.15亿元"): read as no figure, it is still the whole a list
# right after it breaks down, not a figure before it
_LOST_DIGITS = lazy(r"(?<![\d.])\.\d+\s?(?:万|亿|千)?\s?(?:元|%)")


def _governing(doc: NarrativeDoc, k: int) -> tuple[Figure | None, bool]:
    """The total a list marker at k belongs to: the last plain figure before it in its
    sentence (direct), or of the sentence right before when 其中 opens the next sentence
    ("完成收入4997.17万元。其中：…", direct); else the nearest plain figure before (not direct)."""
    start = doc.sentence_start(k)
    after = doc.between(k, doc.sentence_end(k))
    first = next((g for g in after if plain(g)), None)
    if first is None:
        after = doc.between(k, k + 200)
        first = next((g for g in after if plain(g)), None)
    kind = first.kind if first is not None else None
    if first is not None and (paid := next((h for h in after if h.start > first.start), None)) is not None \
            and _heads_paid(first, paid, after):
        kind = "amount"   # "…资金共计8400元,其中:初中47人次,18800元;…": the items' amounts are the parts
    # "收入包括：A、B；支出包括：…": a list whose clause names its own whole before the list word
    # belongs to a figure of an earlier clause only if that figure is named so
    own_from = doc.clause_start(k)
    # (without the list marker opening its line: "七、本年收入的具体构成为：" names 本年收入)
    own = re.sub(r"[\s:：，,、]|主要|具体|分别|还|也|均|依次", "", without_marker(doc.view[own_from:k])) \
        if not doc.between(own_from, k) else ""
    if doc.view.startswith("构成", k):
        return _named_composition(doc, k, re.sub(r"的$", "", own))
    aspect = _ASPECT.match(doc.view, k)
    for g in reversed(doc.between(start, k)):
        if g.end > k or not plain(g) or kind and g.kind != kind or rate_base(doc, g):
            continue  # "…33.13万元，完成全年预算49.8万元的66.5%，…，其中：": 33.13 governs, not the budget
        if _A_DIFFERENCE.match(g.subject or ""):
            continue  # "…251.82万元，比上年预算数加23.47万元，…，其中，": a difference, however its verb is written
        if _closes_before(doc.view, g.end, k):
            continue  # "余额856440万元(含政府债券832612万元、其它债务23828万元),其中:": the bracket's are a remark
        if _average(doc, g) and any(plain(h) and h.kind == g.kind and comparable(h, g) and not _average(doc, h)
                                    for h in doc.between(start, g.start)) \
                and not (first is not None and _AVERAGE.search(doc.view, k, first.start)):
            # "全年供水量2.6亿立方米,日均供水71.2万立方米,其中:": the whole written before its average (averages listed
            # after it, "人均经费2500元,其中,出国费年人均500元,…", are the average's own parts)
            continue
        if len(own) >= 2 and g.end <= own_from and own not in (g.subject or "") or aspect and not _of_aspect(g, aspect) \
                or _LOST_DIGITS.search(doc.view, g.end, k):
            return None, False
        return (None, False) if g.approximate or _never_total(doc, g, k) else (g, True)
    floor = max(0, start - 400)
    line = doc.paragraph_start(k)
    if floor < line and marker_of(doc.view[line:k]) is not None and any(plain(g) for g in doc.between(start, k)):
        # "2.基础设施项目29个，其中财政资金220.69万元。": a numbered line's 其中 after the line's own figure (of
        # another kind) is of that figure's things; an amount of a line before it is a sibling item's
        floor = line
    for g in reversed(doc.between(floor, start)):
        if not plain(g) or kind and g.kind != kind or rate_base(doc, g):
            continue  # "…累计完成419万元，为全年任务740万元的56.6%。其中…": the task a rate is of is not broken down
        if _LAST_YEARS.fullmatch(g.subject or "") and any(
                plain(h) and h.kind == g.kind for h in doc.between(doc.sentence_start(g.start), g.start)):
            continue  # "本年收入合计4930.49万元，上年为6091.76万元，…。其中：": this year's is broken down
        if _average(doc, g) and any(plain(h) and h.kind == g.kind and comparable(h, g) and not _average(doc, h)
                                    for h in doc.between(doc.sentence_start(g.start), g.start)):
            continue  # "粮食总产量5.1万吨，…，平均亩产253公斤，增长17.1%。其中，夏粮2.8万吨…": the whole, not its average
        if _REASON.search(doc.view, doc.clause_start(g.start), g.start) \
                or _REASON_LEAD.search(doc.view, doc.sentence_start(g.start), g.start):
            # "…减少27.31万元，主要原因是2022年有疫情防控经费29.01万元。其中：", "…减少40万元，主要是上年有
            # 一次性项目45万元，本年新增项目5万元。其中：": an amount in the reason, any clause of it, is not the whole
            continue
        if aspect and not _of_aspect(g, aspect) or _LOST_DIGITS.search(doc.view, g.end, k):
            return None, False
        # ("干部教育支出287.41万元。(包含工资福利支出191.41万元、…)": a bracket opening the next sentence with its list,
        # 包含 read as its 含)
        word = k - 1 if doc.view.startswith("包含", k - 1) else k
        gap = re.sub(r"[\s。.:：，,]", "", _ITS_AVERAGE.sub("", _REASON_CLAUSE.sub("", _OWN_TASK_RATE.sub("", _OWN_CHANGES.sub(
            "", _LAST_YEARS_AMOUNT.sub("", doc.view[g.end:word]))))).replace("其中", ""))
        gap = "" if gap in ("(", "（") else gap
        if _names_a_budget(g.subject or "") and _ON_THE_BUDGET.search(doc.view, g.end, word):
            gap = "budget"   # "决算数为9663万元，预算数为13874万元，比年初预算数减少4211万元。其中…": that change is the actual's
        return (None, False) if g.approximate or _never_total(doc, g, k) else (g, gap == "")
    return None, False


_ON_THE_BUDGET = lazy(r"(?:比|较|与)(?:年初|全年|调整后的?)?预算")


def _next_line_marked(doc: NarrativeDoc, pos: int, style) -> bool:
    """The next line with text from pos on opens with a marker of this style."""
    view = doc.view
    while pos < len(view):
        end = doc.paragraph_end(pos)
        if view[pos:end].strip():
            return marker_of(view[pos:end]) == style
        pos = end + 1
    return False


_BUDGET_WORDS = lazy(r"预算|计划(?!生育)|任务|目标|追加|调整|结转|结余")
_DONE_WORDS = lazy(r"决算|实际|执行|完成|已支付|已拨付")


def of_the_rates_base(doc: NarrativeDoc, total: Figure, k: int, parts: list[Figure]) -> bool:
    """A list opening the sentence after its whole's own rate of a task or budget ("…支出2.11万元，完成预算5.5万元
    的38.36%。其中：…") may break down that budget (written, or the whole over the rate) or what is left of it, not
    the whole: its items are named as budget, or they make the budget or the budget less the whole."""
    view = doc.view
    if doc.sentence_start(k) <= total.end or not _OWN_TASK_RATE.search(view, total.end, k):
        return False
    between = doc.between(total.end, k)
    rate = next((g for g in reversed(between) if g.kind == "percent"), None)
    if rate is None:
        return False
    if any(p.kind != total.kind for p in parts):
        return False
    whole = value_of(total)
    base = next((value_of(g) for g in between if plain(g) and g.kind == total.kind and rate_base(doc, g)), None)
    share = value_of(rate)
    bases = [base] if base is not None else []
    if share.lo > 0 and (implied := whole / share) is not None:
        bases.append(implied)
    got = interval_sum(value_of(p) for p in parts)
    if any(_BUDGET_WORDS.search((p.subject or "").replace("一般公共预算", "")) for p in parts):
        # "其中：公务用车预算3.5万元…", "其中：年初预算600万元，追加预算140万元": some or all of the budget, not over it
        return not bases or any(got.lo <= b.hi for b in bases)
    if any(_DONE_WORDS.search(p.subject or "") for p in parts):
        return False   # "其中：1、因公出国（境）费用支出决算为6.13万元…": items named as spent are the whole's
    return any(got.overlaps(b) or got.overlaps(b - whole) for b in bases)


_CIRCLED = lazy(r"\s*[①-⑳]")
_CN_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九", 0)}


def _marker_number(line: str) -> int | None:
    """The number a list marker gives ("3." → 3, "(十二)" → 12), or None."""
    m = _MARKER.match(line)
    if not m:
        return None
    mark = m.group(0)
    if (circled := re.search(r"[①-⑳]", mark)) is not None:
        return ord(circled.group(0)) - ord("①") + 1   # "①" → 1
    if (d := re.search(r"\d+", mark)) is not None:
        return int(d.group(0))
    cn = re.search(r"[一二三四五六七八九十]+", mark)
    if cn is None:
        return None
    t = cn.group(0)
    if "十" not in t:
        return _CN_DIGITS[t] if len(t) == 1 else None
    tens, _, ones = t.partition("十")
    return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def _after_a_sublist(doc: NarrativeDoc, pos: int, style: str, sub: str, last: int) -> int | None:
    """Where a list goes on after the sub-items of its last item: lines marked in one other style (or unmarked)
    up to a line marked in the list's own style with the next number ("2.…\n(1)…\n(2)…\n3.…"); None when the
    list's style does not come back so (another list, or the end of this one)."""
    view = doc.view
    number = _marker_number(view[last:doc.paragraph_end(last)])
    if number is None or _marker_number(view[pos:doc.paragraph_end(pos)]) != 1:
        return None   # sub-items count from 1
    at = pos
    for _ in range(30):
        end = doc.paragraph_end(at)
        line = view[at:end]
        if not line.strip():
            return None
        mark = marker_of(line)
        if mark == style:
            return at if _marker_number(line) == number + 1 else None
        if mark is not None and mark != sub and not (_CIRCLED.fullmatch(mark) and _CIRCLED.fullmatch(sub)):
            return None   # (①, ② … are one style)
        at = end + 1
        if at >= len(view):
            return None
    return None


def _beyond_the_whole(doc: NarrativeDoc, pos: int, whole: Figure | None, last: int) -> bool:
    """The line at pos opens with an amount that alone exceeds the whole and is named unlike the item at last ("三公经费…
    2.11万元…\\n2.公务用车…1.33万元\\n(1)…(2)…\\n3.机关运行经费支出50万元"): numbered on after sub-items, it is another
    list's or section's, not the next item (one named alike, "…费支出决算为42.51万元", still is, and may be a slip)."""
    if whole is None:
        return False

    def lead(at: int) -> Figure | None:
        return next((g for g in doc.between(at, doc.paragraph_end(at)) if plain(g)), None)

    g, before = lead(pos), lead(last)
    return g is not None and g.kind == whole.kind and comparable(g, whole) and value_of(g).lo > value_of(whole).hi \
        and (before is None or common_ending(g.subject or "", before.subject or "") < 2)


def _line_items(doc: NarrativeDoc, k: int, whole: Figure | None = None) -> tuple[list[tuple[int, int]], int] | None:
    """A 其中 that ends its line followed by list lines ("其中:\\n1、…\\n2、…"): the item lines,
    and where the list ends (a line of another marker style, a heading or a blank line)."""
    view = doc.view
    line_end = doc.paragraph_end(k)
    rest = view[k:line_end].lstrip(" ：:\t其中包括")
    items, style, pos = [], None, line_end + 1
    if rest and marker_of(rest) is not None and line_end < len(view):
        # "其中:(一)均衡性转移支付13460万元，…\n(二)基本财力保障补助4022万元…": the first item shares the 其中 line
        first = line_end - len(rest)
        if marker_of(view[pos:doc.paragraph_end(pos)]) != marker_of(rest):
            return None
        items, style = [(first, line_end)], marker_of(rest)
    elif rest.strip() or line_end >= len(view):
        return None
    while pos < len(view):
        end = doc.paragraph_end(pos)
        line = view[pos:end]
        if not line.strip():
            if items and not (style is not None and _next_line_marked(doc, end + 1, style)):
                break  # (blank lines between items numbered alike, as web pages space them, go on with the list)
            pos = end + 1
            continue
        mark = marker_of(line)
        if not items:
            style = mark
        if mark is not None and mark != style and items and style is not None \
                and (resumed := _after_a_sublist(doc, pos, style, mark, items[-1][0])) is not None \
                and not _beyond_the_whole(doc, resumed, whole, items[-1][0]):
            pos = resumed   # "2.公务用车…1.33万元\n(1)购置费…\n(2)运行维护费…\n3.公务接待费…": item 2's own list
            continue
        if mark is not None and mark != style or (mark is None and style is not None and not items):
            break
        if mark is None and style is not None:
            pos = end + 1  # a continuation paragraph of the item before
            continue
        if style is None:
            # unmarked lines: each must open with a named amount ("人员经费 809961.19 元，…")
            lead = doc.between(pos, min(end, pos + 30))
            if not lead or not plain(lead[0]) or _heading(line):
                break
            if items and _YEAR_START.match(line) and not _YEAR_START.match(view, items[0][0]):
                break  # "…\n2022年度蕉城区…支出数为459989万元，…": a new statement, unless the lines are years
            if items and _LIST_LINE_BEFORE.search(view, max(items[-1][0], items[-1][1] - 40), items[-1][1]):
                break  # "工商税收…。财政支出47320万元，…，其中：\n教育事业费…": the line after is the other list's
            if items and _other_flow(lead[0].subject, view[max(0, k - 60):k]):
                break  # "…收入累计完成8736万元，…，其中：\n税收收入…。\n一般公共预算支出…": a new statement
        items.append((pos, end))
        pos = end + 1
    return (items, items[-1][1]) if items else None


_BREAKDOWN = lazy(r"[\s,，、]*(?:主要是|主要为|主要有|主要包括|主要用于|包括|其中|含)")


def _semicolon_lines_on(doc: NarrativeDoc, total: Figure, end: int) -> int:
    """An inline list whose line ends with a semicolon goes on over the next lines while each opens
    with a named amount (text from a PDF: "…事业收入0万元，占0%；\n经营收入0万元，占0%；…"), unless its
    total is itself an item of a list begun before it in its sentence, lines included ("…，其中A…；\nB…，
    包括C…；\nD…": D is B's sibling)."""
    view = doc.view
    floor = max(0, total.start - 300)
    if _LIST_WORDS.search(view, max(floor, view.rfind("。", floor, total.start) + 1), total.start):
        return end
    while end < len(view) and view[end] == "\n" and view[max(0, end - 8):end].rstrip(" \t").endswith(("；", ";")):
        nxt = doc.sentence_end(end + 1)
        line = view[end + 1:doc.paragraph_end(end + 1)]
        lead = next(iter(doc.between(end + 1, min(nxt, end + 31))), None)
        if lead is None or not plain(lead) or marker_of(line) is not None or _heading(line) \
                or _LIST_WORDS.search(view, end + 1, lead.start):
            break
        end = nxt
    return end


def _group_sentences_on(doc: NarrativeDoc, total: Figure, a: int, end: int) -> int:
    """An inline list written one item a sentence goes on over the next sentences when, with them, its items name a
    complete group ("其中:人员经费489.18万元,主要包括:…等。公用经费46.89万元,主要包括:…等。", "其中:公务用车购置支出0万元,
    购置车辆0辆。本单位无此项支出。公务用车运行维护支出0万元,…": lines joined as one, as a text pasted from a web page
    has them); a sentence or two of remarks with no amount may stand between two items."""
    view = doc.view
    if view[end:end + 1] not in ("。", "."):
        return end
    firsts = [g for g in doc.between(a, end) if plain(g) and comparable(g, total)]
    if len(firsts) != 1:
        return end
    names, probe, remarks = [firsts[0].subject or ""], end, 0
    while probe + 1 < len(view) and view[probe] in ("。", ".") and len(names) < 4:
        nxt = doc.sentence_end(probe + 1)
        if "\n" in view[probe:nxt]:
            break
        amounts = [g for g in doc.between(probe + 1, nxt) if g.kind == total.kind]
        if not amounts:
            if remarks == 2:
                break
            probe, remarks = nxt, remarks + 1
            continue
        lead = amounts[0]
        if not plain(lead) or not comparable(lead, total) or _LIST_WORDS.search(view, probe + 1, lead.start):
            break
        names.append(lead.subject or "")
        probe = nxt
        if names_a_complete_group(names) or _car_purchase_and_running(total.subject or "", names):
            return probe
    return end


# a sentence's piece of an item: to its full stop (a point between digits is a decimal point)
_SENTENCE_PIECE = lazy(r"(?:[^。.]|(?<=\d)\.(?=\d))+")


def _car_purchase_and_running(whole: str, names: list[str]) -> bool:
    """The 三公 car item ("公务用车购置及运行维护费") broken into its purchase and its running, one each."""
    if len(names) != 2 or not all(w in whole for w in ("公务用车", "购置", "运行")):
        return False
    return sorted(("购置" in n and "运行" not in n) * 1 + ("运行" in n and "购置" not in n) * 2 for n in names) == [1, 2]


_BARE_BREAKDOWN = lazy(r"[\s,，、]*(?:其中|包括|主要包括)\s*")


def _without_breakdowns(view: str, items: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The items of a list without the breakdown of one of them: "其中：本年收入2046.61万元，主要是
    A 2021.56万元，B 25.05万元；上年结转0万元" — from 主要是 to the end of that semicolon item."""
    out: list[tuple[int, int]] = []
    stop = -1
    for a, b in items:
        if a < stop:
            continue
        if out and _BREAKDOWN.match(view, a, b):
            # ("…1.71亿元，其中，外债转贷0.5884亿元，…": the list word alone before a comma opens the breakdown too)
            if not _DIGIT.search(view, a, b) and not _BARE_BREAKDOWN.fullmatch(view, a, b):
                # an item of words alone ("…264.37万元，主要用于保障机构正常运转，C…") says what the item
                # before is or is for: the items after it are the list's
                continue
            semi = re.search(r"[；;]", view[a:end])
            stop = a + semi.start() if semi else end
            continue
        out.append((a, b))
    return out


_CELL_BREAK = lazy(r"[|｜\t\u3000]| {2,}")   # between the cells of a row: a bar, a tab, a run of spaces


def _across_columns(doc: NarrativeDoc, total: Figure, k: int) -> bool:
    """Whether the 其中 at k opens a table row ("其中：(1)公务用车购置费 | 5.30万元 | 17.63万元 | 20.06万元",
    the cells apart by "|", tabs or runs of spaces)
    under the row of its total, which holds amounts in several columns ("3.公务用车购置及运行费 | 45.04万元 |
    30.30万元 | 28.86万元"): the parts are the row's cells by column, each of the whole above it in its
    own column, not a list of the total's.  Read in the text as written: the view blanks bracketed remarks
    ("252.5万元（已审计）") into runs of spaces and joins wrapped lines."""
    view = doc.narrative.text
    a = view.rfind("\n", 0, total.start) + 1
    b = view.find("\n", total.start)
    if b < 0 or k < b:
        # on the total's own line: a 其中 opening a cell after a row of several amount cells ("其中：一般公共预算  1144.24万元
        # 757.16万元  1036.90万元  其中：基本支出  790.03万元 …", two breakdowns side by side) is of another column's whole
        figs = [g for g in doc.between(a, k) if g.kind == "amount"]
        return len(figs) >= 2 and bool(_CELL_BREAK.search(view, figs[0].end, figs[-1].start)) \
            and bool(_CELL_BREAK.search(view, total.end, k))
    line = view.rfind("\n", 0, k) + 1
    row = view.find("\n", k)
    row = len(view) if row < 0 else row
    if not _CELL_BREAK.search(view, line, row) and row - k <= 12 and row < len(view):
        # "其中：⏎财政拨款 | 2839.58万元 | …", "其中：财政⏎拨款 | …": the row's label broken over two lines
        nxt = view.find("\n", row + 1)
        row = len(view) if nxt < 0 else nxt
    if not _CELL_BREAK.search(view, line, row):
        return False
    figs = [g for g in doc.between(a, b) if g.kind == "amount"]
    return len(figs) >= 2 and bool(_CELL_BREAK.search(view, figs[0].end, figs[-1].start))


# a list item that says what the item before it is used for ("…2.54亿元，用于公路建设1.42亿元，…")
_USES_OF_THE_ITEM = lazy(r"[\s，,]*(?:主要|分别|全部|具体)?用于")


def _part_lists(doc: NarrativeDoc) -> list[PartList]:
    view = doc.view
    out: list[PartList] = []
    seen_totals: set[int] = set()
    words = list(_LIST_WORDS.finditer(view))
    if "用于" in view:
        words = sorted(words + list(_USES_LIST.finditer(view)), key=lambda x: x.start())
    for m in words:
        k = m.start()
        total, direct = _governing(doc, k)
        if total is None or total.start in seen_totals and not _BRACKET_THEN.fullmatch(view, total.end, k):
            continue  # (a bracket's list closed before it leaves the total a list of its own: "…(含A、B),其中:C;D")
        if _BARE_BEFORE_BRACKET.search(view, total.end, k):
            continue  # "预算数1080245.79万元，全区执行数1032849.44(含中央资金…)": the parts of the number without its unit
        if "用于" in m.group(0) and not re.fullmatch(r"\s*[，,]?\s*", view[total.end:k]):
            continue  # "2023年项目支出主要用于以下方面：…": the uses of no amount written right before them
        if _scoped_to_another(doc, m.end(), total):
            continue  # "项目支出400万元。其中，基本支出中人员经费3000万元…": the parts of 基本支出
        if _across_columns(doc, total, k):
            continue  # a table's 其中 row under a row of several amount columns: each column has its own whole
        lines = _line_items(doc, k, total) if m.group(0) in ("其中", "包括") else None
        if lines is not None:
            # "其中：\n基本支出 150384 元，项目支出 0元。" is one list wrapped after its colon
            first_line = lines[0][0]
            stop = doc.sentence_end(first_line[0])
            if m.group(0) != "其中" and (own := _LIST_WORDS.search(view, first_line[0], stop)) is not None:
                stop = own.start()   # "包括：\n1.本年收入1200万元，其中：A…；B…": the first line's own list is its item's
            inline = _split_items(view, first_line[0], stop)
            if sum(1 for a, b in inline if _first_plain(doc.between(a, b), total, set())) >= 2:
                lines = None
            elif len(lines[0]) == 1 and _group_sentences_on(doc, total, first_line[0], stop) > stop:
                lines = None   # "其中:\n公务用车购置支出0万元,…。公务用车运行维护支出0万元,…": one line, an item a sentence
        past: list[tuple[int, int]] = []  # the semicolon items after a comma list ended at its first semicolon
        if lines is not None:
            items, end = lines
            kind = "lines"
        else:
            end = doc.sentence_end(k)
            if not view[m.end():end].strip(" ：:\t") and end < len(view):
                end = doc.sentence_end(end + 1)  # "其中：" ends its line, the list is on the next
            end = _semicolon_lines_on(doc, total, end)
            one_sentence_end = end
            end = _group_sentences_on(doc, total, m.end(), end)
            close = -1
            opening = k - 1
            while opening > 0 and view[opening] in " \t":
                opening -= 1   # "…万元( 含…)": a line wrapped after the bracket
            if view[opening:opening + 1] in OPENING:
                close = _bracket_span(view, opening, end + 1)
                if close >= 0:
                    end = close
            split = _split_items(view, m.end(), end)
            if end > one_sentence_end:
                # an item a sentence: each sentence ends its item
                split = [(x.start(), x.end()) for a, b in split for x in _SENTENCE_PIECE.finditer(view, a, b)]
            items = _without_breakdowns(view, _merge_measures(doc, split, total), end)
            first = re.search(r"[；;]", view[m.end():end])
            if first and len(items) > 1:
                # "其中A 866万元，B 35万元，C 68万元；完成支出4093万元…": a list written with
                # commas ends at the first semicolon; one part per semicolon item otherwise
                head = _without_breakdowns(view, _merge_measures(
                    doc, _split_items(view, m.end(), m.end() + first.start()), total), end)
                if sum(1 for a, b in head if _first_plain(doc.between(a, b), total, set())) >= 2:
                    # …unless the list read on past that semicolon names a complete group
                    if _completes_a_group(doc, head + items[1:], total):
                        items = head + items[1:]
                    else:
                        items, past = head, items[1:]
                elif m.group(0) != "其中" and not doc.between(m.end(), m.end() + first.start()):
                    # "人员经费700万元，主要包括基本工资、津贴补贴；公用经费150万元": what 包括 lists are words,
                    # up to its semicolon; the amount after it is the item's sibling, not its part
                    continue
            kind = "其中"
        nested: set[int] = set()
        parts = []
        taken: list[Figure] = []
        owners: list[int] = []  # the item of each part
        closing = None
        unreadable = False
        remarks = 0
        own_mark = _sequence_mark(view, _clause_head(view, total.start)) if kind != "lines" else None
        for n_item, (a, b) in enumerate(items):
            if (_UNREAD_AMOUNT.search(view, a, b) or BARE_SCALE.search(view, a, b) or _BARE_DECIMAL.search(view, a, b)) \
                    and not doc.between(a, b):
                # "…元" with no figure, "补贴48万、…" (万 without 元: 万元 or 万人?), "上级补助收入207574041.31，…"
                # (an amount written without its unit)
                unreadable = True
            if _BARE_MONEY.search(view, a, b) and not any(plain(g) for g in doc.between(a, b)):
                unreadable = True  # "其中人均工资性收入1965，比去年同期增加273元，…": its level has no unit, its change has
            last_item = False
            if kind != "lines" and _opens_list(view, a, b, doc):
                cut = _statement_opening_inside(doc, a, b)
                if cut is None:
                    break  # "…；2023年预算安排支出520.6万元，其中：…" is a new statement, not a part
                # "…；非税收入49406万元，增长67.1%，上级补助405490万元，其中：…": the item's own part first, then,
                # after a comma, another amount opening a list of its own: the new statement starts at that comma
                b, last_item = cut, True
            if own_mark is not None and _sequence_mark(view, a) == own_mark:
                break  # "一是A 150万元，其中B 20万元；二是C 80万元": C is the total's sibling, not its part
            if kind != "lines" and n_item and _NEXT_ORDINAL.match(view, a) and not _NEXT_ORDINAL.match(view, items[0][0], items[0][1]) \
                    and not re.match(r"[\s：:]*一是", view[items[0][0]:items[0][1]]):
                break  # "一是上级补助300万元，其中中央资金200万元；二是县级配套150万元": the outer list goes on
            if n_item and _CONCLUSION.match(view, a, b):
                break  # "…，所以2021年我县可用补贴资金为81.527万元": what the items come to, not one more item
            if _PROGRESS.match(view, a, b) or n_item and _SPENT_CLAUSE.match(view, a, b):
                break  # "…，目前项目资金已拨付106.36万元", "…，已支出388.16万元": how far it has got, not a part
            if n_item and _BESIDES.match(view, a, b):
                break  # "其中在职在编人员77人，…，另外退休教师81人": what follows 另外 is beside the total
            figs = doc.between(a, b)
            for g in figs:
                if in_brackets_between(view, a, g.start) or rate_base(doc, g):
                    nested.add(g.start)  # "完成全年预算18万元的99.9%": the budget a rate is of
            part = _own_part(figs, total, nested, view)
            if part is not None and _COLLECTION_TARGET.search(part.subject or ""):
                # "收入预算508.36万元,其中,经费拨款455.51万元,非税收入征收计划72.7万元": a quota the unit collects for the
                # treasury, not money of its own; what the list comes to is not known
                unreadable = True
            if part is not None and _TAKE_WORD.search(view, a, part.start) and not _COMPARISON.search(view, a, part.start):
                taken.append(part)  # "其中：年初预算1000万元，追加预算300万元，核减预算100万元"
            elif part is not None:
                if _CLOSING.fullmatch(view, a, part.start):
                    # "其中A 1986万元，B 16万元，C 2085万元，合计3988万元": the sum, never a part
                    closing = part if len(parts) >= 2 else None
                    break
                if _ALL_TOGETHER.fullmatch(view, a, part.start):
                    # "…村卫生室436个，其中新建40个，共454个。": 共 says what all come to, never a part
                    # (the list ends there and is checked as it stands, "…，其中新建40个、改扩建420个，共478个。": what 共
                    # comes to is read by the closed runs, of the items before it however they are listed)
                    closing = None
                    break
                if parts and (own := _A_WHOLE_OF_ITS_OWN.search(part.subject or "")) \
                        and not (own.group(0).startswith("总") and (total.subject or "").endswith(own.group(0))):
                    # "其中：农业产值28690万元，…，农业总收入70053万元": another whole, not a part (but
                    # "农林牧渔业总产值…其中，农业总产值…；林业总产值…": kinds of the whole, by the same measure)
                    break
                if parts and _BALANCE_OF_FLOWS.search(part.subject or "") and not _BALANCE_USED.search(part.subject or "") \
                        and _FLOW_WORDS.search(total.subject or "") and not _BALANCE_OF_FLOWS.search(total.subject or ""):
                    # "基金支出4200万元，其中待遇支出4000万元，当年结余800万元": what the flows leave, not a part of
                    # them (but "收入总计…，其中本年收入…，上年结余…": a balance brought in is an income)
                    break
                if parts and kind != "lines" and _other_flow(part.subject, _REASON_CLAUSE.sub("", view[max(0, k - 60):k])):
                    # (the words of a reason before the list name nothing it is of: "收入合计536.30万元，…，主要原因是增人增资及
                    # 保教费的支出。其中：财政拨款收入…；事业收入…")
                    break  # "财政总收入5.24亿元，…，其中…一般预算收入2.63亿元，…；全县财政支出5.30亿元": a new statement
                if kind != "lines" and _another_level(total.subject, part.subject):
                    break  # "中央财政补贴资金120万元，其中58.473万元用于…，下达省级财政补贴资金15万元": 省级 money is no part of 中央
                if kind != "lines" and (same := _OPENS_THE_SAME.match(view, part.end)) and same.group(1) == m.group(0) and \
                        (_an_item_itself(doc, total) or common_ending(norm_name(part.subject or ""), norm_name(total.subject or "")) >= 2):
                    # "其中，A预算135万元；包括差旅费…等支出；B预算247万元；包括…": an amount opening a list
                    # of the same word as the total's own is the total's sibling in the outer list; so is one
                    # named like the total ("无孩妇女315人，其中：新婚25人，一孩妇女1535人，其中：…")
                    break
                if parts and kind == "其中" and re.search(r"[；;]", view[parts[-1].end:part.start]) \
                        and _named_like_the_outer_items(doc, total, parts[0], part):
                    break  # "…领域争取13.9亿元，其中机场工程争取10.2亿元；科技创新领域争取2.5亿元": the outer list goes on
                if parts and _OF_THE_ITEM_BEFORE.match(view, a, part.start):
                    remarks += 1  # "道路硬化项目200万元，该项目总投资800万元；…": the whole of the item before
                    continue
                if parts and _COMPARED_WITH.match(view, a, part.start) and _CHANGE_AFTER.match(view, part.end, b):
                    remarks += 1  # "其中：货物采购2008万元；较采购预算4307万元节约43万元": what the list is compared with
                    continue
                if parts and _a_remark(view, total, part, parts[-1], items[owners[-1]][0], a):
                    remarks += 1  # "其中税收收入77864万元，上年为75000万元，…": last year's, of the part before
                    continue
                if kind == "其中" and _LAST_YEAR_OPENS.match(view, a) and n_item + 1 < len(items) \
                        and _THIS_YEAR_OPENS.match(view, items[n_item + 1][0]) and not _EARLIER.search(total.subject or ""):
                    # "本年120万元，其中上年基本支出60万元，本年70万元": last year's figure of the part after it
                    # (but "其中上年下达资金300万元，本年下达资金800万元" are two parts)
                    remarks += 1
                    continue
                if parts and kind == "其中" and re.search(r"[；;]", view[parts[-1].end:part.start]) \
                        and _share_of_another_whole(doc, part, total):
                    break  # "工业总产值103.8亿元，其中规模以上…95.4亿元；实现工业增加值40.6亿元，占GDP的27.3%": a statement of its own
                parts.append(part)
                owners.append(n_item)
            elif (down := _taken_away(doc, figs, total, a)) is not None:
                taken.append(down)
            if last_item:
                break
        if closing is not None:
            seen_totals.add(total.start)
            out.append(PartList(closing, parts, k, "closing", True, unreadable=unreadable, taken=taken))
            continue
        if kind == "其中" and _parts_of_the_siblings(doc, total, parts):
            continue  # "已支付80万元，未支付20万元，…，其中中央资金已支付60万元，未支付15万元": of both
        if kind == "其中" and len(parts) >= 2 and parts[0].value and value_of(parts[0]).overlaps(value_of(total)):
            # "政府采购支出总额20万元，其中政府采购货物支出20万元，授予中小企业合同金额20万元": the one
            # part is the whole; an amount named in other words than both is a new statement
            # (not two of a unit's income sources: "年初预算数677.48万元，其中：一般公共预算拨款677.48万元，…，事业收入
            # 3.00万元" lists them all, and they exceed it)
            cut = next((i for i, p in enumerate(parts[1:], 1) if _named_apart(p, total, parts[0])
                        and not (INCOME_SOURCE.search(p.subject or "") and INCOME_SOURCE.search(parts[0].subject or ""))),
                       None)
            if cut is not None:
                parts, owners = parts[:cut], owners[:cut]
        uses = next((i for i, o in enumerate(owners) if i and _USES_OF_THE_ITEM.match(view, *items[o])
                     and owners[i - 1] == o - 1 and not re.search(r"[；;]", view[items[owners[0]][0]:items[o][0]])), None) \
            if kind == "其中" else None
        if uses is not None and value_of(parts[uses - 1]).lo <= value_of(total).hi:
            # (an item above the whole is an error however its uses are read: kept as read)
            # "其中，县本级新增一般债券2.54亿元，用于公路建设1.42亿元，保障性住房0.03亿元，…；县本级新增专项债券8.77亿元，…":
            # a comma piece opening with 用于 after an item's amount, and the pieces after it, are that item's uses
            parts, owners = parts[:uses], owners[:uses]
        again = next((i for i, p in enumerate(parts) if i and p.text == total.text and p.unit == total.unit
                      and norm_name(p.subject) == norm_name(total.subject) != ""), None) if kind == "其中" else None
        if again is not None:
            # "一、…金门医院等6家医院预计业务短绌,且其中5家医院…连续4年业务短绌 日期:… 目录大纲:一、…金门医院等6家医院…": an
            # item that says the whole again (its name and its figure) is the whole repeated; the list ends before it
            parts, owners = parts[:again], owners[:again]
        run_on = {i for i in range(1, len(items)) if items[i][0] == items[i - 1][1]}
        if column := _table_column(parts, owners, run_on):
            # "其中：A预算资金827万元执行资金719万元B预算资金…执行资金…": the rows' first amounts are the parts
            kept = [(p, o) for p, o in zip(parts, owners) if all(p is not c for c in column)]
            parts, owners = [p for p, _ in kept], [o for _, o in kept]
            remarks += len(column)
        if len(parts) >= 1:
            seen_totals.add(total.start)
            readings = _nested_readings(doc, total, items, parts, owners, m.end(), end) + _named_nested(parts) + _named_again_under_each(doc, parts) + _a_kind_of_the_item_before(doc, parts) \
                + _inside_an_earlier_part(doc, parts) \
                + _nested_by_their_shares(doc, total, parts) + _the_same_item_another_year(doc, total, parts) + _broken_down_after_a_colon(doc, parts) \
                + _siblings_by_name(doc, total, parts) + _siblings_of_an_outer_list(doc, total, parts) \
                + _carry_overs_beside_this_year(total, parts) \
                + _other_counts_after_the_first(total, parts) if kind == "其中" else []
            # an item whose amount could not be read ("…；其他收入3.") leaves the list open
            every_item = len(set(owners)) + remarks == len(items)
            joined = _joined_readings(parts, owners, run_on)
            if direct and of_the_rates_base(doc, total, k, parts):
                direct = False   # "…支出2.11万元，完成预算5.5万元的38.36%。其中：公务用车3.5万元，公务接待2万元": the budget's
            out.append(PartList(total, parts, k, kind, direct, readings=readings,
                                exhaustive=every_item and _exhaustive(doc, m.group(0), total, parts, end),
                                longer=_read_on(doc, total, parts, past), unreadable=unreadable, taken=taken,
                                joined=joined))
    # a heading with its total in brackets, its items the numbered lines under it ("一、老年人福利类(488万元)\n
    # 1. 安排使用…173万元，资助…\n2. …"): the lines up to the next heading
    for f in doc.figures:
        if f.kind != "amount" or f.start in seen_totals or f.approximate or view[f.end:f.end + 1] not in ("）", ")"):
            continue
        line_start = view.rfind("\n", 0, f.start) + 1
        line_end = doc.paragraph_end(f.start)
        if not _HEADING_TOTAL.fullmatch(view, line_start, line_end) or line_end >= len(view):
            continue
        lines = _line_items(doc, line_end)
        if lines is None or len(lines[0]) < 2:
            continue
        parts, least, unreadable, earlier = [], [], False, 0
        for a, b in lines[0]:
            part = _first_plain(doc.between(a, b), f, set())
            if part is None:
                break
            if _EARLIER.search(part.subject or "") and not _EARLIER.search(f.subject or ""):
                # "1. 上年安排400万元。\n2. 今年安排488万元": last year's figure, not one of this year's items
                part = _first_plain(doc.between(part.end, b), f, set())
                if part is None or _EARLIER.search(part.subject or ""):
                    earlier += 1
                    continue
            unreadable = unreadable or bool(BARE_SCALE.search(view, a, b))
            parts.append(part)
            # "1. 养老服务业预算400万元，实际支出388万元。": a line stating more than one amount (a budget and
            # what was spent) is of the heading's total by any of them; the least of each line is a reading
            least.append(min((g for g in doc.between(a, b) if plain(g) and comparable(g, f) and not g.approximate
                              and not in_brackets(doc, g) and not _EARLIER.search(g.subject or "")),
                             key=lambda g: value_of(g).lo, default=part))
        if len(parts) + earlier == len(lines[0]) and len(parts) >= 2:
            seen_totals.add(f.start)
            f.subject = (f.subject or "").rstrip("（(").strip()   # the heading's name, not its bracket
            _forget_lookups(doc)
            readings = [least] if any(x is not p for x, p in zip(least, parts)) else []
            out.append(PartList(f, parts, line_end, "lines", True, unreadable=unreadable, readings=readings))
    # bracket lists right after a figure: "12.36万元（公务接待0.12万元，公务用车12.24万元）"
    for f in doc.figures:
        if f.start in seen_totals or not plain(f) or f.approximate:
            continue
        after = view[f.end:f.end + 1]
        if not after or after not in OPENING:
            continue
        close = _bracket_span(view, f.end, f.end + 400)
        if close < 0 or _LIST_WORDS.match(view, f.end + 1) or _NOT_A_BREAKDOWN.match(view, f.end + 1) \
                or _COMPARED_IN_BRACKET.match(view, f.end + 1):
            continue  # "69.84亿元（较原预算案拟移用数92.58亿元，减少移用22.74亿元）": a comparison, not its parts
        if _A_RATES_BASIS.match(view, f.end + 1, close + 1) and _A_RATE_NEXT.match(view, close + 1):
            continue  # "支出2048.98万元（按年初预算2000万元和追加预算149万元计算），预算执行率95.35%": the rate's base
        parts = []
        inner = False
        for a, b in _split_items(view, f.end + 1, close):
            # "77户(一级企业9户，其中A、B、C 3户企业为平台企业，二级企业19户，…)": the breakdown of the item
            # before, with the names it joins by 、, is no item of the bracket's list
            inner = bool(parts) and (_BREAKDOWN.match(view, a, b) is not None or inner and view[a - 1] == "、")
            if inner:
                continue
            p = _first_plain(doc.between(a, b), f, set())
            if p is not None and not ((m := _BASE_NAME.fullmatch(p.subject or "")) and (m.group(1) or not _A_PLAN.search(f.subject or ""))):
                # "支出85.65万元（上年110.03万元，预算92.69万元）": the figure's own last year and budget, no parts of
                # it (a budget's own is: "预算数为9564.38万元（年初预算数1984.38万元，追加…）")
                parts.append(p)
        if len(parts) >= 2:
            seen_totals.add(f.start)
            out.append(PartList(f, parts, f.end, "bracket", True))
    # "在支出合计218.78亿元中，基本支出188.89亿元，占90.66%；项目支出19.45亿元，占9.34%": the parts of X
    for f in doc.figures:
        m = _IN_WHOLE.match(view, f.end)
        if m is None or f.start in seen_totals or not plain(f) or f.approximate:
            continue
        if "在" not in view[max(doc.sentence_start(f.start), f.start - 30):f.start]:
            continue
        end = doc.sentence_end(m.end())
        parts = []
        for x, y in _split_items(view, m.end(), end):
            if _ANOTHER_WHOLE.match(view, x, y):
                break  # "…；在支出总计1000万元中，…": the parts of another whole
            if (p := _first_plain(doc.between(x, y), f, set())) is not None:
                parts.append(p)
        if len(parts) >= 2:
            seen_totals.add(f.start)
            out.append(PartList(f, parts, f.end, "其中", True))
    out.extend(pl for pl in _ordinal_lists(doc) if pl.total.start not in seen_totals)
    beside_counts = _second_measures(doc, out)
    out.extend(beside_counts)
    out.extend(_named_measures(doc, out, beside_counts))
    out.sort(key=lambda pl: pl.total.start)
    return out


def _named_measures(doc: NarrativeDoc, lists: list[PartList], beside_counts: list[PartList]) -> list[PartList]:
    """"累计到位资金17.87亿元，核拨资金15.99亿元，…，实际支付资金15.82亿元。其中：阿图什市到位资金6.02亿元，核拨资金
    5.59亿元，…；阿克陶县到位资金8.20亿元，…": a sentence opening with 其中 whose semicolon items each state the
    measures the sentence before names (each once, named the same, after the item's own name) breaks each of them down:
    one list per measure, its whole the amount of that name."""
    view = doc.view
    taken = {pl.total.start: pl for pl in lists if len(pl.parts) >= 2}
    by_start = sorted(lists, key=lambda pl: pl.total.start)   # the count lists of a sentence, found by bisection
    list_starts = [pl.total.start for pl in by_start]
    out = []
    for m in _LIST_WORDS.finditer(view):
        k = m.start()
        if m.group(0) != "其中" or view[doc.sentence_start(k):k].strip() or not k:
            continue
        before = doc.sentence_start(doc.sentence_start(k) - 1)   # (blanks after the full stop are no sentence: "…。 其中")
        wholes = [g for g in doc.between(before, k) if g.kind == "amount" and plain(g) and not g.approximate
                  and not in_brackets(doc, g)]
        # a rate per unit ("补助标准0.3万元", "单价", "人均工资") is no sum of the items' own; nor a gap between two
        # amounts written without its direction ("差值为0.9万元"): the items' gaps add up only where all go one way
        wholes = [g for g in wholes if not _PER_UNIT.search(g.subject or "") and not _UNSIGNED_GAP.search(g.subject or "")]
        names = [item_core(g.subject or "") for g in wholes]
        if len(wholes) < 2 or any(len(n) < 2 for n in names) or len(set(names)) != len(names):
            continue
        end = doc.sentence_end(k)
        items = _split_items(view, m.end(), end)
        if len(items) < 2:
            continue
        group, had = [], []
        for whole, name in zip(wholes, names):
            known = taken.get(whole.start)
            if known is not None and not any(known is pl for pl in beside_counts):
                continue  # read otherwise already (a 其中 of the last amount before it): that reading stands
            parts = _measure_parts(doc, items, whole, name)
            if len(parts) == len(items) and known is None:
                group.append(PartList(whole, parts, k, "其中", True))
            elif len(parts) == len(items) and [p.start for p in parts] == [p.start for p in known.parts]:
                # "全市共实施项目30个，到位资金1000万元，…。其中：甲县项目10个，到位资金500万元，…": the amounts
                # beside a list of counts, read already, are this breakdown too: governed by their whole
                known.direct = True
                group.append(known)
                had.append(known)
        first, name = wholes[0], names[0]
        if len(group) == len(wholes) - 1 and len(group) >= 2 and not any(pl.total is first for pl in group) \
                and first.start not in taken:
            # "养老基金资产总额…，负债总额…，权益总额…。其中：地方养老基金资产总额…；风险基金资产总额…": every other measure
            # read, the first may carry the name of what the sentence is about, which each item replaces by its own
            for j in range(1, len(name) - 2):
                if any(name[j:] in n for n in names[1:]):
                    break
                parts = _measure_parts(doc, items, first, name[j:])
                if len(parts) == len(items):
                    group.insert(0, PartList(first, parts, k, "其中", True))
                    break
        # the same items add up exactly to another measure's whole: they are every part, for each measure; but only
        # where that measure is one every item has (none of its parts zero) and of the order of the measure weighed
        # (its whole at least half of that one's whole): "退回资金2万元" adding up from 1 + 1, "结余资金0万元" from
        # zeros, show nothing of the items left out, who may have none; nor "到位资金5953.94万元，拨付资金1279.96万元"
        # whose items all but pay out what they got: most of the money is then in items that paid out none (yet),
        # the items listed may be those that did
        adds_up = [interval_sum(value_of(p) for p in pl.parts).overlaps(value_of(pl.total))
                   and all(value_of(p).lo > 0 for p in pl.parts) for pl in group]
        # so too where the things counted in each item add up exactly to their whole, each item counting some
        # ("共完成交易项目114项，…。其中：市级中心完成交易项目49项，…；县级中心完成交易项目65项，…"): an item left out
        # with money of its own would have some of them too
        counted = any(_counts_the_items(cl, before, k, items)
                      for cl in by_start[bisect_left(list_starts, before):bisect_left(list_starts, k)])
        # "全县到位资金1000万元，其中县本级到位资金100万元，…。其中：甲镇…": what the items leave of the whole is
        # another amount the sentence before states (in brackets too), or the sentence after the items, in a line of
        # its own too ("…。县本级到位资金100万元，尚未支出。"): the items are the rest of it
        nxt = end
        while nxt < len(view) and view[nxt] in "。.；;\n\r \t\u3000":
            nxt += 1
        after = doc.sentence_end(nxt) if nxt < len(view) else end
        said = [g for g in doc.between(before, k) + doc.between(end, after)
                if g.kind == "amount" and not g.approximate and g.value]
        for pl in group:
            rest = value_of(pl.total) - interval_sum(value_of(p) for p in pl.parts)
            if any(g is not pl.total and rest.overlaps(value_of(g)) for g in said):
                continue
            pl.exhaustive = counted or any(holds and other is not pl and value_of(other.total).lo * 2 >= value_of(pl.total).hi
                                           and not _later_stage(other.total, pl.total)
                                           for other, holds in zip(group, adds_up))
        for pl in group:
            pl.measures = group
        out.extend(pl for pl in group if not any(pl is h for h in had))
    return out


def _measure_parts(doc: NarrativeDoc, items: list[tuple[int, int]], whole: Figure, name: str) -> list[Figure]:
    """The one amount of each item named as the measure ``name``, up to the first item without one."""
    parts = []
    for a, b in items:
        own = [g for g in doc.between(a, b) if g.kind == "amount" and plain(g)
               and item_core(g.subject or "").endswith(name) and not in_brackets(doc, g)]
        if any((q := _time_or_share(doc, g, name)) and q != _time_or_share(doc, whole, name) for g in own):
            # "2023年到位资金1000万元，…。其中：甲县累计到位资金800万元，…": the items' measure is of
            # another time or share (累计, 上年, 计划, 中央 …) than the whole's (the items may leave out the
            # whole's own: "累计到位资金17.87亿元…。其中：甲市到位资金6.02亿元")
            break
        if len(own) != 1 or own[0].approximate:
            break
        parts.append(own[0])
    return parts


# the stages money passes through: what is planned or received, what is passed on, what is spent
_STAGES = (lazy(r"预算|计划(?!生育)|安排|下达|分配|到位|筹集|争取|投入"), lazy(r"核拨|拨付|下拨|拨款"),
           lazy(r"执行|支出|支付|使用|发放|兑付|完成|结余"))


def _later_stage(a: Figure, b: Figure) -> bool:
    """Whether measure ``a`` is of a later stage of the money than ``b`` ("支付资金" after "到位资金"): items adding up
    in it prove nothing of items left out of ``b``, which may have received money and paid none out yet."""
    def stage(f: Figure) -> int | None:
        name = item_core(f.subject or "")
        return next((n for n, words in enumerate(_STAGES) if words.search(name)), None)

    sa, sb = stage(a), stage(b)
    return sa is not None and sb is not None and sa > sb


_OF_ANOTHER_TIME_OR_SHARE = lazy(r"(?:累计|上年|去年|同期|本年|当年|今年|年初|年末|计划|预计|调整后|中央|省级|市级|县级|本级)$")


def _time_or_share(doc: NarrativeDoc, g: Figure, name: str) -> str | None:
    """The word of time or share written right before a measure's name in the figure's clause ("累计" of
    "甲县累计支出资金700万元"), if any."""
    words = doc.view[doc.clause_start(g.start):g.start]
    at = words.rfind(name)
    m = _OF_ANOTHER_TIME_OR_SHARE.search(words[:at] if at >= 0 else "")
    return m.group(0) if m else None
_PER_UNIT = lazy(r"人均|平均|每|[户亩次生床日年月件]均|均价|单价|标准|定额|单位成本")
_UNSIGNED_GAP = lazy(r"差值|差额|相差|差异|差距")


_OF_PEOPLE = lazy(r"人|户|名|位")


def _counts_the_items(pl: PartList, start: int, k: int, items: list[tuple[int, int]]) -> bool:
    """A list of counts whose whole is in the sentence before ``k`` and whose parts are the first figures of the
    items, one each, none zero, adding up exactly."""
    if pl.total.kind != "count" or not start <= pl.total.start < k or len(pl.parts) != len(items):
        return False
    if _OF_PEOPLE.search(pl.total.unit or ""):
        return False  # people or households helped: money may be held where none are (市本级, a fee), never a project
    if any(not a <= p.start < b for p, (a, b) in zip(pl.parts, items)) or any(p.value <= 0 for p in pl.parts):
        return False
    return interval_sum(value_of(p) for p in pl.parts).overlaps(value_of(pl.total))


# between a count and the amount of the same thing: a separator, a name of money ("项目113个，财政资金3267.28万元",
# "接待游客1616.87万人次，同比增长31.18%，实现旅游收入130.98亿元": the count's own rate of change set aside)
_THEN_ITS_AMOUNT = lazy(r"\s*[,，、]?\s*(?:涉及|安排|共计|合计|共|计|总计|实现|完成)?\s*(?P<name>[\u4e00-\u9fff]{0,4}?"
                        r"(?:资金|金额|经费|收入|支出|投资))(?:总额|合计|共计)?(?:为|是|达|共)?\s*$")
# a name's words that say no more than "all of it" ("总投资" is the 投资 of the items too)
_ALL_OF_IT = lazy(r"^[总共]")
_ITS_RATE = lazy(r"[,，]\s*(?:同比|比上年|较上年|比去年同期)?\s*(?:增长|下降|增加|减少)了?\s*-?\d+(?:\.\d+)?\s*[%％]")
_PER_HEAD = lazy(r"人均|平均|每|户均|均")


def _amount_after(doc: NarrativeDoc, g: Figure, end: int) -> tuple[Figure, str] | None:
    """The amount of money said right after a count (its own rate of change between set aside), named as such,
    with its name ("财政资金", "旅游收入"; the verb before it left out)."""
    for h in doc.between(g.end, end):
        if h.kind == "percent" and h.relation in ("增加", "减少"):
            continue
        if h.kind != "amount" or not plain(h) or h.approximate:
            return None
        words = _ITS_RATE.sub("", doc.view[g.end:h.start])
        m = _THEN_ITS_AMOUNT.fullmatch(words)
        return (h, _ALL_OF_IT.sub("", m.group("name"))) if m and not _PER_HEAD.search(words) else None
    return None


def _second_measures(doc: NarrativeDoc, lists: list[PartList]) -> list[PartList]:
    """"项目共计113个，财政资金3267.28万元。其中“优”的项目79个财政资金3038.38万元；“良”的项目11个财政资金201.9万元；
    …": a list of counts whose whole and every item each state, right after the count, an amount of money
    named alike is also the list of those amounts (the projects counted and the money they have)."""
    out = []
    for pl in lists:
        total = pl.total
        if total.kind != "count" or pl.kind not in ("其中", "lines") or len(pl.parts) < 2 or pl.unreadable:
            continue
        said = _amount_after(doc, total, pl.marker)
        if said is None:
            continue
        whole, name = said
        ends = [p.start for p in pl.parts[1:]] + [doc.sentence_end(pl.parts[-1].end)]
        amounts = []
        for p, end in zip(pl.parts, ends):
            said = _amount_after(doc, p, end)
            if said is None or said[1] != name:
                # "全州接待游客546.19万人次，上年旅游收入104.40亿元。其中，兴义市…实现旅游收入7.19亿元": an amount
                # named otherwise (last year's, a plan against what was done) is of another measure
                break
            amounts.append(said[0])
        if len(amounts) == len(pl.parts):
            direct = pl.direct or not re.sub(r"[\s。.:：，,]", "", _ITS_RATE.sub("", doc.view[whole.end:pl.marker]))
            out.append(PartList(whole, amounts, pl.marker, pl.kind, direct))
    return out


_COLLECTION_TARGET = lazy(r"征收(?:计划|任务)")
# a list word right after an amount ("…247万元；包括…"), the amount's own list (after its own change: "精煤产量947.5万吨,同比下降
# 25.1%;其中,…")
_OPENS_THE_SAME = lazy(r"[\s，,；;：:。]*(?:(?:同比|比上年|较上年|比去年)?(?:增长|下降|增加|减少|上升|降低)了?\s*\d[\d.]*\s*%[\s，,；;]*)?"
                       r"(?:主要)?(包括|其中|含)")
# a figure named as a whole of its own ("农业总收入", "…总产值", "…合计") is never a part of another
# (and "加上…": what follows adds other money to the whole, "加上转移支付资金…，当年政府性基金财力实现51.6亿元")
_BESIDES = lazy(r"[\s，,；;、]*(?:另外|另有|此外|除此之外|除此以外|再?加上)")
# an amount said of the item before by pointing back to it ("该项目总投资800万元", "此工程概算1200万元",
# "其累计投入500万元"): that item's whole over its life, not one more part
_OF_THE_ITEM_BEFORE = lazy(r"[\s，,；;、]*(?:该|此|其)(?:项目|工程|资金|笔资金|项资金)?(?:计划|批复|估算)?"
                           r"(?:总投资|总投入|总预算|总概算|概算|累计投资|累计投入|累计安排)")
_BALANCE_OF_FLOWS = lazy(r"结余|结存")
_BALANCE_USED = lazy(r"上年|以前年度|年初|历年|动用|使用|结转")
_FLOW_WORDS = lazy(r"收入|支出")
_A_WHOLE_OF_ITS_OWN = lazy(r"总(?:收入|支出|产值|金额|额|量)|合计$|总计$")
_ORDINALS = "一二三四五六七八九十"
_ORDINAL_OPEN = lazy(r"[：:]\s*一是")
# what the words before the colon say of the list: "区直文博系统项目有：", "主要用于："
_HEAD_WORDS = lazy(r"(?:的)?(?:项目|资金|支出|经费)?(?:主要)?(?:有|包括|用于|如下|情况如下|分别是|具体是|具体为)?\s*$")


def _ordinal_items(view: str, k: int, end: int) -> list[tuple[int, int]]:
    """"：一是…。二是…；三是…": one item per ordinal, each opening a clause, in order."""
    starts = [k]
    for n in range(1, len(_ORDINALS)):
        at = view.find(_ORDINALS[n] + "是", starts[-1] + 2, end)
        while at >= 0 and view[at - 1:at] not in ("。", "；", ";", "，", ",", "\n", " ", "\t"):
            at = view.find(_ORDINALS[n] + "是", at + 2, end)
        if at < 0:
            break
        starts.append(at)
    return list(zip(starts, starts[1:] + [-1]))


def _ordinal_whole(doc: NarrativeDoc, colon: int) -> Figure | None:
    """The whole of an ordinal list: the last amount before its colon in that sentence, with only
    the words of a list's opening between; or, when the sentence states none ("区直文博系统项目有："),
    the one amount of the sentence before (same paragraph) whose name the opening repeats."""
    start = doc.sentence_start(colon)
    own = [g for g in doc.between(start, colon) if g.kind == "amount"]
    if own:
        g = own[-1]
        gap = doc.view[g.end:colon]
        if plain(g) and not g.approximate and not in_brackets(doc, g) and len(gap) <= 12 \
                and _HEAD_WORDS.fullmatch(gap.strip(" ，,")):
            return g
        return None
    name = _HEAD_WORDS.sub("", doc.view[start:colon]).strip()
    if 0 < len(name) < 2 or start == 0 or doc.paragraph_start(start - 1) != doc.paragraph_start(colon):
        return None
    before = doc.sentence_start(start - 1)
    named = [g for g in doc.between(before, start) if g.kind == "amount" and plain(g) and not g.approximate
             and not in_brackets(doc, g) and name in (g.subject or "")]
    if not name and len(doc.between(before, start)) != 1:
        return None  # "项目支出100万元。主要用于：": only the one figure of the sentence before
    return named[0] if len(named) == 1 else None


def _ordinal_lists(doc: NarrativeDoc) -> list[PartList]:
    """"区直文博系统12774.00万元。区直文博系统项目有：一是A，下达预算资金9378万元。具体是：…。二是B，
    下达预算资金5009万元…": the parts of the whole before the colon, one per ordinal item (its first
    amount), items running across sentences.  An item stating a second amount of its own (not a
    breakdown after 具体是/其中/包括, not in brackets) makes the list unreadable as parts."""
    view = doc.view
    out = []
    for m in _ORDINAL_OPEN.finditer(view):
        total = _ordinal_whole(doc, m.start())
        if total is None:
            continue
        k = m.end() - 2
        items = _ordinal_items(view, k, doc.paragraph_end(k))
        if len(items) < 2:
            continue
        items[-1] = (items[-1][0], doc.sentence_end(items[-1][0]))
        parts: list[Figure] = []
        for a, b in items:
            own = [g for g in doc.between(a, b) if g.kind == total.kind and plain(g) and comparable(g, total)
                   and not in_brackets_between(view, a, g.start) and not rate_base(doc, g)]
            if not own:
                continue
            more = [g for g in own[1:] if not _LIST_WORDS.search(view, own[0].end, g.start)]
            if more or own[0].approximate or _ACROSS_YEARS.search(view, a, own[0].start) \
                    and not _ACROSS_YEARS.search(view, doc.sentence_start(total.start), total.start):
                # "一是道路建设项目，累计完成投资800万元，其中本年200万元": a sum over years is no part of one year's
                parts = []
                break
            parts.append(own[0])
        if len(parts) >= 2:
            out.append(PartList(total, parts, k, "ordinal", True))
    return out


_ACROSS_YEARS = lazy(r"累计|总投资|投资总额|概算|合同(?:金)?额")


# a bracket that adds to or takes from the figure before it is no breakdown of it:
# "本年收入1000万元（加上年初结转和结余200万元，收入总计1200万元）"
# an item named only as the figure's comparison base: last year's, the same period's, the budget's (a year alone
# may name a part, "三年累计300万元（2021年100万元，…）")
_BASE_NAME = lazy(r"\s*(?:(上年|去年|上一年|上年度|上年同期|同期)|年初预算|调整预算|调整后预算|全年预算|预算|计划)数?\s*(?:为|是|[:：])?\s*")
_A_PLAN = lazy(r"预算|计划(?!生育)")
_COMPARED_IN_BRACKET = lazy(r"\s*(?:较|比|与|同比|环比|相比|相较|对比)")
_NOT_A_BREAKDOWN = lazy(r"\s*(?:加上|减去|扣除|不含|不包括|另有|另外)")
# a bracket telling what a rate after it is computed on ("（按年初预算2000万元和追加预算149万元计算），预算执行率95.35%"):
# the bracket's words after its opening, and the words between it and the rate (N-RATE reads the same two)
RATE_BASIS = r"(?:按照?|以|依)[^（）()]{0,40}?(?:计算|为基数|为准)\s*[）)]"
TO_A_RATE = r"\s*[，,]?\s*[^，,。；;：:（）()\d]{0,12}?(?:为|是|达|达到)?\s*"
_A_RATES_BASIS = lazy(r"\s*" + RATE_BASIS + "$")
_A_RATE_NEXT = lazy(TO_A_RATE + r"\d[\d,]*(?:\.\d+)?\s*%")


_IN_WHOLE = lazy(r"\s*中\s*[,，:：]+")
_ANOTHER_WHOLE = lazy(r"\s*在[^，,；;。]*中\s*[,，:：]")


# a number with decimals and no unit: an amount whose unit was left out ("上级补助收入207574041.31,利息收入378153.6元")
_BARE_DECIMAL = lazy(r"(?<![\d.])\d+\.\d{1,4}(?![\d.%％])(?!\s*(?:万|亿|千|萬|億)?\s*(?:元|倍|个|人|户|亩|吨|公里|平方))")
_UNREAD_AMOUNT = lazy(r"(?:万|亿|千)?元")
# a number written without its unit right before the bracket a list opens in
_BARE_BEFORE_BRACKET = lazy(r"(?<![\d.])\d{3,}(?:\.\d+)?\s*[（(]\s*$")
# a whole number right after a name of money, its unit left out ("人均工资性收入1965，比去年同期增加273元")
_BARE_MONEY = lazy(r"(?:收入|支出|资金|经费|拨款)\s*\d{2,}(?=\s*(?:[，,；;。]|$))")
# a number with a scale and no 元 ("补贴48万、"): 万元, or 万人?
BARE_SCALE = lazy(r"\d\s*(?:万|亿)(?=\s*(?:[、，,；;。）)]|$))")
_ETC = lazy(r"\s*(?:等|等等|以及其他)")
_INCOME = lazy(r"收入")
_MAINLY = lazy(r"主要|重点|部分|其中")


def beyond_its_sources(total: Figure, parts: list[Figure]) -> bool:
    """"收入总计" also holds the 年初结转和结余 (and "支出总计" the 年末结转和结余): the sources of this
    year's income, 其他收入 included, are not all of it unless the list names the carry-over."""
    return "总计" in (total.subject or "") and not any(_CARRY_OVER.search(p.subject or "") for p in parts)


def _exhaustive(doc: NarrativeDoc, word: str, total: Figure, parts: list[Figure], end: int) -> bool:
    if len(parts) < 2 or _ETC.match(doc.view, parts[-1].end) or "等" in doc.view[parts[-1].end:end]:
        return False
    if word in _ITEMISED:
        # "…7466万元，主要用于以下几个方面，具体是：" itemises the main uses only
        at = doc.view.find(word, total.end)
        return not _MAINLY.search(doc.view, max(total.end, doc.sentence_start(at)), at)
    if beyond_its_sources(total, parts):
        return False
    if _whole_names_its_parts(total, parts):
        return True
    return bool(_INCOME.search(total.subject or "")) and len(parts) >= 3 and any(p.value == 0 for p in parts)


_JOINED_NAMES = lazy(r"\s*(?:和|与|及|以及|、)\s*")


def _whole_names_its_parts(total: Figure, parts: list[Figure]) -> bool:
    """"全年共向省发改委和国家发改委争取资金72561万元。其中，国家发改委安排资金25439万元，省发改委安排资金47072万元":
    the whole's own name lists the parts' names (each part opens with one of them, of two characters or more),
    nothing but 和/与/及/、 between them: the parts are all of it."""
    name = total.subject or ""
    heads = []
    for p in parts:
        s = p.subject or ""
        k = 0
        while k < len(s) and s[:k + 1] in name:
            k += 1
        if k < 2:
            return False
        heads.append(s[:k])
    if len(set(heads)) != len(heads):
        return False
    spans = sorted((name.find(h), name.find(h) + len(h)) for h in heads)
    if _JOINED_NAMES.match(name, spans[-1][1]) or spans[0][0] and name[spans[0][0] - 1] in "和与及、":
        return False   # "向省发改委、国家发改委和财政部争取": the whole names one more
    return all(a2 >= b1 and _JOINED_NAMES.fullmatch(name, b1, a2) for (_, b1), (a2, _) in zip(spans, spans[1:]))


def _read_on(doc: NarrativeDoc, total: Figure, parts: list[Figure], past: list[tuple[int, int]]) -> list[list[Figure]]:
    out, running = [], list(parts)
    for a, b in past:
        if _opens_list(doc.view, a, b) or _PROGRESS.match(doc.view, a, b):
            break
        figs = doc.between(a, b)
        part = _own_part(figs, total, {g.start for g in figs if in_brackets_between(doc.view, a, g.start) or rate_base(doc, g)}, doc.view)
        if part is None:
            break
        running = running + [part]
        out.append(running)
    return out


_INNER_BREAKDOWN = lazy(r"[,，]\s*(?:主要是|主要为|主要有|主要包括|包括|其中)")
_BREAKDOWN_ITEM = lazy(r"[；;]\s*(?:主要是|主要为|主要有|主要包括|包括|其中)")


# items of a budget's accounts that are parts of another item by definition (the whole's word, its parts' words)
NESTED_ITEMS = (("一般公共预算收入", ("税收收入", "非税收入")),
                ("公共财政预算收入", ("税收收入", "非税收入")),   # (its name before 2014)
                ("税收收入", ("增值税", "所得税", "契税", "房产税", "土地使用税", "土地增值税", "耕地占用税", "印花税",
                           "资源税", "城市维护建设税", "车船税", "环境保护税")),
                ("基本支出", ("人员经费", "公用经费")), ("公务用车", ("购置费", "运行维护费", "运行费")),
                # 民生支出 is a total of the people's-livelihood function classes ("其中：民生支出24.15亿元，…，卫生健康支出
                # 2.52亿元，…，教育支出6.73亿元")
                ("民生支出", ("教育支出", "卫生健康支出", "医疗卫生", "社会保障和就业支出", "文化旅游体育与传媒支出",
                          "文化体育与传媒支出", "住房保障支出", "农林水支出", "农林水事务支出", "城乡社区支出",
                          "节能环保支出", "交通运输支出")))


def kinds_of_an_account(total: str, names: list[str]) -> bool:
    """Each name a different kind of the account ``total`` names, by the accounts' definitions (增值税, 企业所得税,
    房产税… of 税收收入; 人员经费 and 公用经费 of 基本支出): kinds that do not overlap, none named within another."""
    for word, inner_words in NESTED_ITEMS:
        if not _names_the_account(word, total):
            continue
        if all(any(w in n for w in inner_words) and not _names_the_account(word, n) for n in names) \
                and len(set(names)) == len(names) and not any(a != b and a in b for a in names for b in names):
            return True
    return False


def _names_the_account(word: str, name: str) -> bool:
    """``name`` holds the account's name, also with 类 before its kind ("民生类支出" names 民生支出)."""
    return word in name or word[:-2] + "类" + word[-2:] in name


def _a_kind_of_the_item_before(doc: NarrativeDoc, parts: list[Figure]) -> list[list[Figure]]:
    """"其中,医院12个、县及县以上医院2个,妇幼保健院…": an item named by the item before it and words of its level or
    owner (县及县以上医院 of 医院) is a part of that item, not of the list's whole: the reading without such items (each within
    the item before it)."""
    # (the names as written: "本年收入" is not "收入", whose kind "上年结转收入" would seem)
    names = [_NAME_MARKS.sub("", item_subject(doc, p)) for p in parts]
    inner = {i for i in range(1, len(parts)) if len(names[i - 1]) >= 2 and len(names[i]) > len(names[i - 1])
             and names[i].endswith(names[i - 1]) and _a_kind_qualifier(names[i][:-len(names[i - 1])])
             and value_of(parts[i]).lo <= value_of(parts[i - 1]).hi}
    return [[p for i, p in enumerate(parts) if i not in inner]] if inner else []


# words that make a kind of a thing by its level or owner ("县及县以上医院", "省级医院", "公立医院"), or a few words that are
# no other thing joined to it ("乡镇小学", "民办幼儿园", "中医医院"; "行政办公和专业教学楼" is no 教学楼 of a kind)
_KIND_QUALIFIER = lazy(r".{0,3}(?:以上|以下|级|属)|中央|地方|公立|民营|国有|私营|集体|规模以上|规上")


def _a_kind_qualifier(words: str) -> bool:
    if _THE_OTHER_SIDE.match(words):
        return False   # "流动负债…，非流动负债…": the rest of the whole, no kind of the item before
    return bool(_KIND_QUALIFIER.fullmatch(words)) or len(words) <= 4 and not re.search(r"[和与及、,，]", words)


_THE_OTHER_SIDE = lazy(r"非|其他|其它|另|无|未|不|剩余|其余")


def _named_again_under_each(doc: NarrativeDoc, parts: list[Figure]) -> list[list[Figure]]:
    """"其中县级完成12.30亿元，税收收入8.65亿元；乡镇完成4.22亿元，税收收入3.21亿元": an item name said again after each
    of several items of its sentence (two parts of one whole never share a name) names each of those items' own
    breakdown: the reading without the items so named, when each follows an item of another name it fits in."""
    if len(parts) < 2:
        return []
    run = [g for g in doc.between(parts[0].start, doc.sentence_end(parts[-1].end))
           if g.kind == parts[0].kind and plain(g) and not in_brackets(doc, g)]
    written = [g.subject for g in run if g.subject]
    if len(set(written)) == len(written):
        return []   # (no name written twice: the names read below are the ones written, found cheaply first)
    names = [norm_name(item_subject(doc, g)) for g in run]
    again = {n for n in names if len(n) >= 2 and names.count(n) >= 2}
    inner = [i for i, n in enumerate(names) if n in again]
    if not again or any(i == 0 or names[i - 1] in again or value_of(run[i]).lo > value_of(run[i - 1]).hi for i in inner):
        return []   # (a breakdown above its item is none: "县级完成12.30亿元，税收收入13.65亿元" is read as written)
    named = {run[i].start for i in inner}
    kept = [p for p in parts if p.start not in named]
    return [kept] if kept and len(kept) < len(parts) else []


def _named_nested(parts: list[Figure]) -> list[list[Figure]]:
    """"其中：地方一般公共预算收入12.16亿元，增长10.4%；地方税收收入8.79亿元，增长12.6%": an item named as a part of an
    earlier item by the accounts' own definitions (税收收入 of 一般公共预算收入) may be that item's breakdown, not a
    part of the list's whole: the reading without such items, when they fit in the item they are parts of (written
    after it or before it: "其中：增值税30万元，企业所得税20万元，税收收入80万元，非税收入20万元")."""
    out = []
    for i, whole in enumerate(parts):
        for word, inner_words in NESTED_ITEMS:
            if not _names_the_account(word, whole.subject or ""):
                continue
            inner = [j for j in range(len(parts)) if j != i and not _names_the_account(word, parts[j].subject or "")
                     and any(w in (parts[j].subject or "") for w in inner_words)]
            if inner and interval_sum(value_of(parts[j]) for j in inner).lo <= value_of(whole).hi:
                out.append([p for j, p in enumerate(parts) if j not in inner])
    return out


# "基本支出中人员经费765.21万元": an item named as inside another ("<name>中"); not 中央, 中国, 中学 …
# ("公务接待费中国内接待…": 中 then 国内; not 中国, 中央, 中学…)
_INSIDE_NAMED = lazy(r"\s*在?([\u4e00-\u9fff“”\"]{2,12}?)中(?![央学小职医药型等期心]|国(?!内))")
# the same name closing the phrase before the item ("公务接待费3.85万元，公务接待费中，国内接待3.00万元")
_INSIDE_NAMED_BEFORE = lazy(r"[，,；;]\s*在?([\u4e00-\u9fff“”\"]{2,12}?)中\s*[，,：:]\s*[^，,；;。：:]*$")


# items that are siblings by definition, never one inside the other (each a pattern matching one item's name)
_SIBLING_GROUPS = tuple(tuple(lazy(re.escape(w)) for w in words) for words in COMPLETE_LISTS) + (
    (lazy(r"(?<!非)税收"), lazy(r"非税")),
    (lazy(r"财政拨款"), lazy(r"事业收入"), lazy(r"经营收入"), lazy(r"其他收入"), lazy(r"上级补助"), lazy(r"附属单位")))


def _siblings(a: str, b: str) -> bool:
    """Whether two items' names are two different members of one group of siblings (基本支出 and 项目支出, 税收收入 and
    非税收入, 财政拨款收入 and 事业收入)."""
    for group in _SIBLING_GROUPS:
        x = [k for k, w in enumerate(group) if w.search(a)]
        y = [k for k, w in enumerate(group) if w.search(b)]
        if len(x) == 1 and len(y) == 1 and x != y:
            return True
    return False


def _part_it_is_inside(doc: NarrativeDoc, parts: list[Figure], j: int) -> Figure | None:
    """The earlier part item j names itself as inside ("基本支出中人员经费…", "基本支出中，人员经费…"), if any."""
    p = parts[j]
    m = _INSIDE_NAMED.match(norm_name(p.subject or "")) or _INSIDE_NAMED_BEFORE.search(doc.view, parts[j - 1].end, p.start)
    if m is None or not (core := item_core(m.group(1))):
        return None
    return next((q for q in parts[:j] if item_core(q.subject or "") == core), None)


def breakdowns_inside_parts(doc: NarrativeDoc, pl: PartList) -> list[tuple[Figure, list[Figure]]]:
    """"其中基本支出856.32万元，基本支出中，人员经费765.21万元，公用经费95.11万元，项目支出344.46万元": an item named as inside an
    earlier part opens that part's breakdown, which ends at the part's sibling by definition (项目支出); each such part with
    its breakdown, when the breakdown has two items or more and such a sibling ends it."""
    parts, out = pl.parts, []
    for j, p in enumerate(parts[1:], 1):
        owner = _part_it_is_inside(doc, parts, j)
        end = next((n for n in range(j + 1, len(parts)) if owner is not None and _siblings(owner.subject or "", parts[n].subject or "")), None)
        if owner is None or end is None or end - j < 2 or not comparable(owner, p) \
                or any(_INSIDE_NAMED.match(norm_name(q.subject or "")) for q in parts[j + 1:end]):
            continue
        out.append((owner, parts[j:end]))
    return out


def _inside_an_earlier_part(doc: NarrativeDoc, parts: list[Figure]) -> list[list[Figure]]:
    """"其中基本支出856.32万元，基本支出中人员经费765.21万元、公用经费91.11万元，项目支出344.46万元": an item whose name says
    it is inside an earlier part ("<that part's name>中…") opens that part's own breakdown.  For each such item, the
    breakdown is it and the items right after it, one more at a time, while they fit in that part; the readings leave
    out one choice of breakdown for every such item (several: "…，项目支出344.46万元，项目支出中专项业务费200万元")."""
    choices: list[list[set[int]]] = []
    for j in range(1, len(parts)):
        owner = _part_it_is_inside(doc, parts, j)
        if owner is None:
            continue
        runs, inner = [], Interval.point(0)
        for n in range(j, len(parts)):
            if n > j and _siblings(owner.subject or "", parts[n].subject or ""):
                # "税收收入2856万元，税收收入中增值税1200万元，非税收入804万元": 非税收入 is 税收收入's sibling, not inside it; the
                # items up to it are the breakdown whether or not they fit in the part (breakdowns_inside_parts checks them)
                if set(range(j, n)) not in runs:
                    runs.append(set(range(j, n)))
                break
            inner = inner + value_of(parts[n])
            if inner.lo > value_of(owner).hi:
                continue   # (past the part: only a sibling ending the run makes it a reading)
            runs.append(set(range(j, n + 1)))
        if runs:
            choices.append(runs)
    out: list[set[int]] = [set()]
    for runs in choices:
        out = [left | run for left in out for run in runs][:32]
    return [[p for k, p in enumerate(parts) if k not in left] for left in out if left]


def _whole_a_share_names(share: Figure) -> str:
    """The whole a share's words name ("占地方级收入的比重" → 地方级收入), normalised; "" or one character when none."""
    return norm_name(re.sub(r"^(?:占|的)|的?(?:比重|比例)?$", "", share.of or ""))


def _nested_by_their_shares(doc: NarrativeDoc, total: Figure, parts: list[Figure]) -> list[list[Figure]]:
    """"其中地方级收入5.2亿元，税收收入3.5亿元，占地方级收入的67.3%": a part whose own share names an earlier part of its
    list as its whole is that part's part: the reading without it; so too a share naming no whole ("占比67.3%") that
    holds of an earlier part and not of the total."""
    out = []
    for i, p in enumerate(parts[1:], 1):
        k = doc.position(p) + 1
        if k >= len(doc.figures) or (share := doc.figures[k]).kind != "percent" or share.relation != "占" \
                or share.approximate or re.search(r"[；;。]", doc.view[p.end:share.start]):
            continue
        said = (share.of or "").strip()
        of = _whole_a_share_names(share)
        if len(of) >= 2:
            nested = any(of == norm_name(q.subject or "") or of == item_core(q.subject or "") for q in parts[:i])
        else:
            stated = value_of(share)
            nested = _BARE_SHARE.fullmatch(said) is not None and value_of(total).lo > 0 \
                and not stated.overlaps(value_of(p) / value_of(total)) \
                and any(comparable(q, p) and value_of(q).lo > 0 and stated.overlaps(value_of(p) / value_of(q)) for q in parts[:i])
        if nested:
            out.append([q for q in parts if q is not p])
    return out


def _broken_down_after_a_colon(doc: NarrativeDoc, parts: list[Figure]) -> list[list[Figure]]:
    """"资金9379.5万元,其中,贫困县纳入统筹整合资金7560万元:A 2739万元,B 156万元,C 4192万元,D 473万元": a part whose amount
    a colon follows opens its own breakdown; the amounts after it, if they fit in it, are its parts: the reading without them."""
    for i, p in enumerate(parts[:-1]):
        if (colon := _COLON_AFTER.match(doc.view, p.end)) is None:
            continue
        first = next((g for g in doc.between(colon.end(), parts[i + 1].end) if g.kind == p.kind), parts[i + 1])
        if _WORDS_AFTER_THE_COLON.search(doc.view, colon.end(), first.start):
            continue   # ("基本支出1100.5万元：主要用于人员经费和公用经费；项目支出…": words on its use, then the next part)
        inner = parts[i + 1:]
        if all(comparable(g, p) for g in inner) and interval_sum(value_of(g) for g in inner).lo <= value_of(p).hi:
            return [parts[:i + 1]]
    return []


_COLON_AFTER = lazy(r"[ \t]*[：:]")
_WORDS_AFTER_THE_COLON = lazy(r"[；;。，,]|用于|主要|包括|包含|含")


def _the_same_item_another_year(doc: NarrativeDoc, total: Figure, parts: list[Figure]) -> list[list[Figure]]:
    """"其中2023年基本支出1100.16万元，2022年基本支出1000万元": a part naming the item of an earlier part again, in another
    year, is that item's figure to compare with, not one more part: the reading without it."""
    if total.year is None or len(set(_YEAR_IN_A_NAME.findall(doc.view, doc.sentence_start(total.start), total.start))) > 1:
        return []   # "2021年、2022年…资金共计1838247万元，其中2021年省级资金…，2022年省级资金…": a total of both years
    again = [p for i, p in enumerate(parts) if p.year is not None and p.year < total.year and (name := item_core(p.subject or ""))
             and any(q.year == total.year and item_core(q.subject or "") == name for q in parts[:i])]
    return [[q for q in parts if all(q is not p for p in again)]] if again else []


_YEAR_IN_A_NAME = lazy(r"(\d{4})\s*年")


_BARE_SHARE = lazy(r"(?:比|比重|比例)?(?:为|达到|达|是)?")


def _nested_readings(doc: NarrativeDoc, total: Figure, items: list[tuple[int, int]], parts: list[Figure],
                     owners: list[int], a: int, end: int) -> list[list[Figure]]:
    view = doc.view
    if len(parts) < 2:
        return []
    if not re.search(r"[；;]", view[a:end]):
        return _ends_before_a_sibling(doc, total, parts)
    out: list[list[Figure]] = []
    n = len(items)
    widest: dict[int, int] = {}  # an item with a breakdown → the last later item that breakdown can take
    for i, (x, y) in enumerate(items):
        part = next((p for p, o in zip(parts, owners) if o == i), None)
        opener = _INNER_BREAKDOWN.search(view, part.end, y) if part is not None else None
        stop = y
        if opener is None and part is not None:
            # the breakdown as a semicolon item of its own ("A 10.72亿元；主要为B 0.75亿元；C 6.95亿元；
            # D 3.02亿元", "1、基本支出173.89万元；包括：人员经费161.57万元；公用经费12.23万元；2、…"):
            # it runs up to the next item of the list
            opener = _BREAKDOWN_ITEM.match(view, y)
            stop = items[i + 1][0] if i + 1 < n else end
        if opener is None:
            continue
        inner = [g for g in doc.between(opener.end(), stop) if plain(g) and comparable(g, part) and not in_brackets(doc, g)]
        if stop == y and not doc.between(opener.end(), y) and _WORDS.search(view, opener.end(), y):
            continue  # "人员经费700万元，主要包括基本工资、津贴补贴；": words up to its semicolon say what it is made of
        for k in range(i + 1, n):
            # read so, the breakdown must itself fit in its part ("本年收入2046.61万元，主要是A 2021.56万元，
            # B 25.05万元；上年结转收入100万元": 上年结转 cannot be in it)
            extra = [p for p, o in zip(parts, owners) if i < o <= k]
            if interval_sum(value_of(g) for g in inner + extra).lo <= value_of(part).hi:
                out.append([p for p, o in zip(parts, owners) if o <= i or o > k])
                widest[i] = k
    # several items each with its breakdown ("1、基本支出…；包括：A…；B…；2、项目支出…；包括：C…；D…"):
    # every breakdown read so at once
    spans, last = [], -1
    for i in sorted(widest):
        if i > last:
            spans.append((i, widest[i]))
            last = widest[i]
    if len(spans) >= 2:
        out.append([p for p, o in zip(parts, owners) if not any(i < o <= k for i, k in spans)])
    if _an_item_itself(doc, total) and not _after_a_closed_list(doc, total):
        # the list may end where the outer list goes on; an outer list numbered like the total's own item
        # ("包括：\n1.本年收入1180万元，其中：A…；B…；C…。\n2.上年结转…") goes on only at an item so numbered
        mark = _sequence_mark(view, _clause_head(view, total.start))
        # an outer list of lines (its total's sentence opening a line after "…如下:") goes on at a line or a clause, not
        # at an item joined to the one before by an enumeration comma ("如下:\n…收入为243,438万元,其中:保险费收入
        # 152,246万元、投资收益2,448万元、…"); an outer list written with such commas itself may ("编制人数70人,其中行政
        # 编制27人、…36人;在职人数61人,包括…26人、…33人、…21人")
        start = doc.sentence_start(total.start)
        by_lines = bool(_LIST_LINE_BEFORE.search(view, max(0, start - 40), start)) and not in_brackets(doc, total) \
            and not _LIST_WORDS.search(view, start, total.start)
        for j in range(1, n):
            if by_lines and view[max(0, items[j][0] - 8):items[j][0]].rstrip()[-1:] == "、":
                continue
            if mark is None or _sequence_mark(view, items[j][0]) == mark:
                out.append([p for p, o in zip(parts, owners) if o < j])
    return [r for r in out if r and len(r) < len(parts)]


_WORDS = lazy(r"[\u4e00-\u9fff]")
_OWN_SHARE = lazy(r"\s*[，,]\s*占[^，,；;。\d]{0,20}\d")
# "主要是：A…，其中…，B…" opens a list of the main items
_MAINLY_LIST = lazy(r"主要(?:是|有|为)\s*[：:]")
# a list word closing the line before ("其中：\n A…；B…，其中：…")
_LIST_LINE_BEFORE = lazy(r"(?:其中|包括|如下|具体是|具体为|分别为|分别是)\s*[：:]\s*$")


# a 部门决算 flow's two wholes: 收入总计 (with the carry-overs) and 本年收入(合计) (without them)
_THIS_YEARS_FLOW = lazy(r"本年|当年|合计")


def grand_and_this_years(a: str, b: str) -> bool:
    """Two names of a flow's two different wholes: "本年支出合计" and "支出总计" (总计 = 本年支出合计 + 结余分配 + 年末
    结转和结余), "本年收入" and "上年收入总计": one says 总计, the other does not and says 本年, 当年 or 合计."""
    if not all(_A_FLOW.search(n) for n in (a, b)):
        return False   # ("三公经费总计" and "三公经费合计": one figure; only the flows carry over money from year to year)
    if "总计" in b and "总计" not in a:
        return bool(_THIS_YEARS_FLOW.search(a))
    return "总计" in a and "总计" not in b and bool(_THIS_YEARS_FLOW.search(b))


_A_FLOW = lazy(r"收入|支出")


def flows_apart(name: str | None, whole: str | None) -> bool:
    """Two names of one flow each, not the same (收入 and 支出)."""
    a = [w for w in ("收入", "支出") if w in (name or "")]
    b = [w for w in ("收入", "支出") if w in (whole or "")]
    return len(a) == 1 and len(b) == 1 and a != b


# quantities that come in pairs, one never a part of the other
_COUNTERPARTS = (("收入", "支出"), ("存款", "贷款"), ("资产", "负债"), ("出口", "进口"))


def _share_of_another_whole(doc: NarrativeDoc, part: Figure, total: Figure) -> bool:
    """The amount is followed, in its clause, by its own share of a whole named otherwise than the list's total
    ("实现工业增加值40.6亿元，占GDP的27.3%" after "工业总产值103.8亿元，其中…"): measured against another whole, it is
    no part of this one."""
    k = doc.position(part)
    if k + 1 >= len(doc.figures):
        return False
    share = doc.figures[k + 1]
    if share.kind != "percent" or share.relation != "占" or re.search(r"[；;。]", doc.view[part.end:share.start]):
        return False
    of = _whole_a_share_names(share)
    name = norm_name(total.subject or "")
    if len(of) < 2 or of in name or _GENERIC_WHOLE.fullmatch(of):
        return False
    # ("占总支出92%" of "支出预算842.79万元": the total by its flow; "占GDP的27.3%" of "工业总产值": another whole)
    return not any(w in name for w in _WHOLE_WORDS.findall(of))


_WHOLE_WORDS = lazy(r"支出|收入|产值|资金|经费|预算|投资|费用|债务|余额|总额|总计|合计")
_GENERIC_WHOLE = lazy(r"(?:总|全部|合计|总计|总额|总数|全年|本年)+")


def _other_flow(name: str | None, whole_text: str) -> bool:
    """A name of the counterpart (支出 for 收入, 贷款 for 存款, 负债 for 资产, 进口 for 出口) of what
    the words before a list marker name last: "财政总收入…，其中…；全县财政支出…", "各项存款余额…。
    其中，城乡居民储蓄存款…；金融机构各项贷款余额…"."""
    for pair in _COUNTERPARTS:
        mine = [w for w in pair if w in (name or "")]
        if len(mine) != 1:
            continue
        other = pair[1] if mine[0] == pair[0] else pair[0]
        if whole_text.rfind(other) > whole_text.rfind(mine[0]):
            return True
    return False


def _an_item_itself(doc: NarrativeDoc, total: Figure) -> bool:
    """Whether a list's total is itself an item of an outer list: after a list word in its sentence or
    in brackets, in a sentence right after a line ending in a list word and its colon, or stating a
    share of its own ("财政拨款收入1775.50万元，占50.31%，其中…")."""
    view = doc.view
    start = doc.sentence_start(total.start)
    return (in_brackets(doc, total) or bool(_LIST_WORDS.search(view, start, total.start))
            or bool(_MAINLY_LIST.search(view, start, total.start))
            or bool(_LIST_LINE_BEFORE.search(view, max(0, start - 40), start))
            or bool(_OWN_SHARE.match(view, total.end)))


def _after_a_closed_list(doc: NarrativeDoc, total: Figure) -> bool:
    """"编制人数63人，其中行政编制27人、全部补助事业编制36人；在职人数61人，包括…": the list word before the total
    in its sentence opens a list of another whole whose amounts before the total's clause add up to it exactly: that
    list is closed, and the total is no item of it."""
    view = doc.view
    start = doc.sentence_start(total.start)
    words = list(_LIST_WORDS.finditer(view, start, total.start))
    if not words or in_brackets(doc, total):
        return False
    m = words[-1]
    whole = next((g for g in reversed(doc.between(start, m.start())) if plain(g) and comparable(g, total)), None)
    items = [g for g in doc.between(m.end(), doc.clause_start(total.start)) if plain(g) and comparable(g, total)]
    return whole is not None and len(items) >= 2 and interval_sum(count_value(g, whole) for g in items).overlaps(value_of(whole))


def _ends_before_a_sibling(doc: NarrativeDoc, total: Figure, parts: list[Figure]) -> list[list[Figure]]:
    """A list written with commas inside an item of an outer list ("包括：税收收入283.47万元，包括增值税52.36万元，
    企业所得税43.44万元，非税收入469.07万元") may end before a part that is the other item of its total's group
    (非税收入 for 税收收入, 项目支出 for 基本支出, 公务接待费 for 公务用车…费): that part is the total's sibling."""
    if not _an_item_itself(doc, total):
        return []
    group = _group_of(total.subject or "")
    if group is not None:
        mine = {w for w in group if w in (total.subject or "")}
        for i, p in enumerate(parts[1:], 1):
            theirs = {w for w in group if w in (p.subject or "")}
            if theirs and not theirs & mine:
                return [parts[:i]]
    # "财政拨款收入2210.89万元，包括一般公共预算财政拨款收入…，政府性基金预算财政拨款收入…，事业收入…": parts
    # named after their total, then one of the total's kind (收入) that is not
    name = norm_name(total.subject or "")
    kind = _KIND_WORD.search(name)
    core = name[:kind.start()] if kind else ""
    if len(core) < 2:
        return []
    for i, p in enumerate(parts[1:], 1):
        own = norm_name(p.subject or "")
        if core not in own and own.endswith(kind.group()) and all(core in norm_name(q.subject or "") for q in parts[:i]):
            return [parts[:i]]
    return []


_CLOSING = lazy(r"\s*(以上|上述)?(各项)?(合计|共计|总计|小计)\s*[:：为是]?\s*")
_ALL_TOGETHER = lazy(r"\s*(?:共有?|总共|合共)\s*[:：为是达]?\s*")
# an item telling how far the money has got: "目前项目资金已拨付…", "截至6月底已支付…"
_PROGRESS = lazy(r"\s*(?:目前|截至|截止|至今|现已|已经?(?:拨付|支付|下达|完成|到位|使用))")
# after the first item, a clause saying only what was spent ("其中：A补助资金520万元，已支出388.16万元，…"): what
# was done with the part before it or the whole, never one more part ("其中已支出80万元，结余20万元" may open a list)
_SPENT_CLAUSE = lazy(r"\s*(?:已经?|实际|累计)(?:支出|拨付|使用|支付|发放)")
# a heading line whose total is in brackets at its end: "一、老年人福利类(488万元)", "（二）残疾人福利类（150万元）"
_HEADING_TOTAL = lazy(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])[^\d\n，,。；;]{1,30}"
                      r"[（(]\s*(?:共计?|合计|小计|计)?\s*\d[\d,.]*\s*(?:万|亿)?元\s*[)）]\s*[:：]?\s*")
# a clause drawing a conclusion from the ones before it
_CONCLUSION = lazy(r"\s*(?:所以|因此|因而|故而|从而|综上)")
# the level of government money is of: a whole of one level has no part of another
_LEVEL = lazy(r"中央|省级|市级|州级|县级|区级|乡级|镇级")
_JOINED = lazy(r"和|及|与|、|以及|加")


def _another_level(whole: str | None, part: str | None) -> bool:
    """A part named by another level of government than its whole ("中央…资金" / "省级…资金"), the whole
    naming one level only and one item (not "A资金和中央专项彩票公益金…共投入": 中央 is one of its items)."""
    if _JOINED.search(whole or ""):
        return False
    mine = set(_LEVEL.findall(whole or ""))
    theirs = set(_LEVEL.findall(part or ""))
    return len(mine) == 1 and bool(theirs) and not theirs & mine


# an enumeration mark opening a clause: "一是", "其二", "第三，", "（四）", "(5)", "6、", "⑦"
_SEQUENCE = lazy(r"\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]+(?![是为])|第[一二三四五六七八九十]+(?=[，,、：:是])|"
                 r"[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|[（(]\d+[)）]|\d+[、.．)）](?!\d)|[①-⑳])")


def _sequence_mark(view: str, pos: int) -> str | None:
    """The style of the enumeration mark at pos ("二是" → "一是", "（3）" → "(1)"), or None."""
    m = _SEQUENCE.match(view, pos)
    if m is None:
        return None
    mark = re.sub(r"[一二三四五六七八九十]+", "一", re.sub(r"\d+", "1", m.group(0).strip()))
    return mark.replace("（", "(").replace("）", ")").replace("．", ".")


def _clause_head(view: str, pos: int) -> int:
    """Where the clause holding pos starts: after the last 。；;：:! or line break before it."""
    floor = max(0, pos - 200)
    cut = max(view.rfind(ch, floor, pos) for ch in "。；;：:！!？?\n")
    return cut + 1 if cut >= 0 else floor


# a decrease compared with something ("比上年减少…", "同比下降…") is a change, not a term taken away
_COMPARISON = lazy(r"比|较|同比|环比|相比|对比")
# an item opening with the word of a comparison, its amount followed by the change ("较采购预算4307万元节约43万元"):
# the amount is what is compared with, not a part ("比赛经费40万元" is a part)
_COMPARED_WITH = lazy(r"[\s：:]*(?:较|同比|环比|对比|比)")
_CHANGE_AFTER = lazy(r"[\s，,]*(?:相比|相较)?[\s，,]*(?:节约|节支|节资|节省|增加|减少|增长|下降|提高|降低|上升|多|少|超|持平)")
_TAKE_WORD = lazy(r"调减|核减|压减|扣减|缩减|减去|扣除")


def _taken_away(doc: NarrativeDoc, figs: list[Figure], total: Figure, a: int) -> Figure | None:
    """The amount an item without a part of its own takes away from the total's other parts
    ("年中调减50万元", "核减预算20万元"), or None."""
    first = next((g for g in figs if g.kind == total.kind), None)
    if first is None or first.relation != "减少" or first.approximate or not comparable(first, total):
        return None
    return None if _COMPARISON.search(doc.view, a, first.start) else first

# the income sources a unit's budget and 决算 list (收入预算/收入决算 of the 部门预算/决算 templates)
INCOME_SOURCE = lazy(r"^(?:一般公共预算|政府性基金预算|国有资本经营预算)(?:财政)?拨款|^国有资本经营预算收入|^事业收入|^事业单位经营收入"
                      r"|^财政专户管理资金|^上级补助收入|^附属单位上缴收入|^其他收入")


def _named_apart(p: Figure, *others: Figure) -> bool:
    """A name sharing no two characters in a row with the names of ``others``."""
    mine = {p.subject[i:i + 2] for i in range(len(p.subject or "") - 1)} if p.subject else set()
    theirs = {g.subject[i:i + 2] for g in others if g.subject for i in range(len(g.subject) - 1)}
    return bool(mine) and bool(theirs) and not mine & theirs


def common_ending(a: str, b: str) -> int:
    """How many characters two names end with in common."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _named_like_the_outer_items(doc: NarrativeDoc, total: Figure, first: Figure, part: Figure) -> bool:
    """"…；社会事业领域争取14.7亿元，其中教育项目争取7.78亿元；重大基础设施建设领域争取13.9亿元，其中机场工程争取
    10.2亿元；科技创新领域争取2.5亿元": past a semicolon, an item whose name ends as the total's does, and as an
    amount's before the total in its sentence does (the outer list's earlier items), further than the list's first
    part's does, is the next item of that outer list.  Two characters in common are a kind of money, not a head ("本年
    支出合计…，其中：基本支出…，其中人员经费…；项目支出…": the 合计 is the whole of both; the readings of a total that is
    an item of a list end it there)."""
    mine = norm_name(total.subject or "")
    n = common_ending(norm_name(part.subject or ""), mine)
    if n < 3 or n <= common_ending(norm_name(first.subject or ""), mine):
        return False
    return any(common_ending(norm_name(g.subject or ""), mine) >= n
               for g in doc.between(doc.sentence_start(total.start), total.start) if g.kind == total.kind)


_ORDINAL = lazy(r"第[一二三四五六七八九十]+")
# the levels of government and the scopes a name may say: a part of a total is often named by its level
_LEVEL_OR_SCOPE = lazy(r"中央|地方|全国|全省|全市|全县|全区|全州|全盟|全旗|本级|省级|市级|县级|区级|乡级|镇级|乡镇|省直|市直|县直")


def _words_of(name: str) -> set[str]:
    """The two-character runs of ideographs in a name ("新增就业" → 新增, 增就, 就业)."""
    name = norm_name(name)
    return {name[i:i + 2] for i in range(len(name) - 1) if all("\u4e00" <= c <= "\u9fff" for c in name[i:i + 2])}


def _other_counts_after_the_first(total: Figure, parts: list[Figure]) -> list[list[Figure]]:
    """"全年城镇新增就业4564人，其中就业困难人员实现再就业493人，促进创业991人，劳动力技能提升培训4491人": after a first
    part that names the total's measure (就业), counts named by words neither the total nor that part has (创业, 培训)
    may be other results told beside it, not its parts: the list read as ending before them."""
    if total.kind != "count" or len(parts) < 2:
        return []
    mine = _words_of(total.subject or "")
    first = _words_of(parts[0].subject or "")
    if not mine & first:
        return []
    for i, p in enumerate(parts[1:], 1):
        theirs = _words_of(p.subject or "")
        if theirs and not theirs & (mine | first) and not _THE_REST.match(norm_name(p.subject or "")):
            return [parts[:i]]
    return []


# the rest of a list: "其他车辆1851辆" is a part whatever it is called
_THE_REST = lazy(r"其他|其它|另有|剩余|余下")


def _siblings_by_name(doc: NarrativeDoc, total: Figure, parts: list[Figure]) -> list[list[Figure]]:
    """"粮食种植面积214256亩，…，其中稻谷面积184865亩，…；烟叶种植面积34458亩，…；油料种植面积9277亩…", "第二产业完成
    43.5亿元，…，其中工业完成37.7亿元，…；第三产业完成59.7亿元": past a semicolon, an item named as the total is
    (ending as its name does in three characters or more, further than the first part's name does, with words of
    its own before that ending; or the same name with another ordinal) may be the total's sibling, the list ending
    before it.  A reading only: without
    the outer list's other items written (``_named_like_the_outer_items``) the item may be a part all the same
    ("粮食种植面积…其中稻谷面积…；玉米种植面积…")."""
    mine = norm_name(total.subject or "")
    if len(parts) < 2 or not mine:
        return []
    for i, p in enumerate(parts[1:], 1):
        if re.search(r"[；;]", doc.view[parts[i - 1].end:p.start]) \
                and names_a_complete_group([total.subject or "", p.subject or ""]):
            # "基本支出1100.5万元，其中人员经费980.5万元；项目支出320万元": with the total, a group complete by definition
            # (基本支出 and 项目支出): the total's sibling
            return [parts[:i]]
    first = common_ending(norm_name(parts[0].subject or ""), mine)
    numbered = _ORDINAL.sub("第", mine) if _ORDINAL.search(mine) else None
    for i, p in enumerate(parts[1:], 1):
        if not re.search(r"[；;]", doc.view[parts[i - 1].end:p.start]):
            continue
        theirs = norm_name(p.subject or "")
        n = common_ending(theirs, mine)
        # (its own words before the common ending must be other than the total's: a part the total's name lists
        # is no sibling, "公务用车购置及运行维护费…其中：公务用车购置费…；公务用车运行维护费…", "农林牧渔业总产值…其中，
        # 农业总产值…；渔业总产值…"; nor a level or a scope, "全国一般公共预算支出…其中，中央一般公共预算本级支出…；
        # 地方一般公共预算支出…": 地方 is a part of 全国)
        own = theirs[:len(theirs) - n]
        if n >= 3 and n > first and own and not set(own) & set(mine[:len(mine) - n]) \
                and not _LEVEL_OR_SCOPE.search(own) \
                or numbered is not None and theirs != mine and _ORDINAL.sub("第", theirs) == numbered:
            return [parts[:i]]
    return []


# the money a name ends with: parts ending so are kinds of it ("教育支出" of "一般公共预算支出")
_MONEY_HEAD = lazy(r"(?:支出|收入|投资|资金|经费|费用|收益)$")


# money carried over from year to year, beside a year's own income or spending in the 总计 (never a part of it)
_CARRIED_OVER_MONEY = lazy(r"结转|结余|弥补收支差额")
_THIS_YEARS_OWN = lazy(r"^(?:\d{4}\s*年度?)?(?:本部门|本单位)?本年(?:度)?(?:财政拨款)?(?:收入|支出)")


def _carry_overs_beside_this_year(total: Figure, parts: list[Figure]) -> list[list[Figure]]:
    """"本年收入合计1460.16万元，其中财政拨款收入1420.16万元；年初结转和结余63.30万元": 年初结转和结余 is by definition the
    sibling of 本年收入合计 within 收入总计, never its part: the reading without it."""
    if "总计" in (total.subject or "") or not _THIS_YEARS_OWN.search(total.subject or ""):
        return []
    kept = [p for p in parts if not _CARRIED_OVER_MONEY.search(p.subject or "")]
    return [kept] if kept and len(kept) < len(parts) else []


def _siblings_of_an_outer_list(doc: NarrativeDoc, total: Figure, parts: list[Figure]) -> list[list[Figure]]:
    """"牲畜出栏39.70万头,下降16.3%;奶类产量4.62万吨,增长8.7%,其中,牛奶产量4.41万吨,增长6.3%;猪牛羊肉产量1.31万吨": a
    total that is itself an item of a semicolon list (the item before it, in its sentence, has an amount of its own) may
    have its 其中 end at the next semicolon, the items past it the total's siblings.  A reading only."""
    view = doc.view
    start = doc.sentence_start(total.start)
    semi = max(view.rfind("；", start, total.start), view.rfind(";", start, total.start))
    if semi < 0:
        return []
    before = max(start, view.rfind("；", start, semi) + 1, view.rfind(";", start, semi) + 1)
    if not any(plain(g) and not g.approximate for g in doc.between(before, semi)):
        return []
    mine = norm_name(total.subject or "")
    head = _MONEY_HEAD.search(mine)
    for i in range(1, len(parts)):
        if re.search(r"[；;]", view[parts[i - 1].end:parts[i].start]):
            # (not a part inside the total's bracket, "安排11249.26萬元(其中購置費1450萬元…;公務用車運行維護費…)", nor one
            # named as a kind of the total, "公务用车购置及运行费…其中：公务用车购置费…；公务用车运行费…")
            # (nor one whose name holds the total's whole name, "支出合计…，其中：基本支出…；项目支出…": a kind of 支出; nor
            # the parts of a group complete by definition)
            theirs = norm_name(parts[i].subject or "")
            if in_brackets(doc, parts[i]) or len(mine) >= 2 and (theirs[:2] == mine[:2] or mine in theirs) \
                    or head is not None and theirs.endswith(head.group()) \
                    or names_a_complete_group([p.subject or "" for p in parts]):
                return []
            return [parts[:i]]
    return []


def _parts_of_the_siblings(doc: NarrativeDoc, total: Figure, parts: list[Figure]) -> bool:
    """A 其中 list after several amounts of one item in its sentence ("项目资金已支付80万元，未支付
    20万元，其中中央资金已支付60万元，未支付15万元") whose part names end like another of those
    amounts more than like the last one: it breaks the item down by all of them, not the last alone."""
    # amounts before a 其中 that opens the total's own clause are of its whole, not its siblings
    # ("补助2300.67万元，中央补助442.43万元，地方财政补助1858.24万元；其中村卫生室补助471.23万元，其中中央补助…")
    start = doc.sentence_start(total.start)
    start = max(start, doc.view.rfind("其中", start, total.start) + 2)
    # (not those listed with the total after "分别为": "收入、支出分别为100万元、90万元，其中…" parts both, each
    # by its own flow, a reading of the list as a whole)
    together = run_of(doc, total)
    siblings = [g for g in doc.between(start, total.start)
                if g.kind == total.kind and plain(g) and g.subject and all(g is not t for t in together)]
    if not siblings or not total.subject:
        return False
    mine = _KIND_WORD.sub("", item_core(total.subject))
    for p in parts:
        if not p.subject:
            continue
        own = common_ending(p.subject, total.subject)
        for g in siblings:
            if common_ending(p.subject, g.subject) >= max(own + 1, 2) and \
                    common_ending(g.subject, total.subject) < common_ending(p.subject, g.subject):
                return True
            theirs = _KIND_WORD.sub("", item_core(g.subject))
            # "财政拨款收入60万元，事业收入40万元，其中中央财政拨款30万元": named after the first
            if len(theirs) >= 2 and theirs in p.subject and not (mine and mine in p.subject) and theirs not in mine:
                return True
    return False


_KIND_WORD = lazy(r"(收入|支出|资金|经费|费用|费)$")


# "其中，基本支出中…", "其中在项目支出中，…": the list word followed by the item whose parts follow
_IN_ITEM = lazy(r"[\s:：，,]*在?([\u4e00-\u9fff“”\"]{2,12}?)中[，,：:]?")


def _scoped_to_another(doc: NarrativeDoc, k: int, total: Figure) -> bool:
    """A list opening with "X中" where X is the item of another figure before it in the paragraph,
    not of the total the list word would otherwise belong to."""
    m = _IN_ITEM.match(doc.view, k)
    if m is None:
        return False
    name = item_core(m.group(1))
    if not name or same_item(total.subject or "", m.group(1)):
        return False
    return any(g is not total and g.subject and item_core(g.subject) == name
               for g in doc.between(doc.paragraph_start(k), k))


# an item opening with the next ordinal of a list around it ("；二是…", "；（二）…")
_NEXT_ORDINAL = lazy(r"[\s，,；;]*(?:[二三四五六七八九十]是|（[二三四五六七八九十]）|\([二三四五六七八九十]\))")


def _statement_opening_inside(doc: NarrativeDoc, a: int, b: int) -> int | None:
    """Where, inside an item that opens a list, the statement opening it begins: the comma before the amount the
    list word follows, when the item has an amount of its own before that comma; else None."""
    view = doc.view
    m = next((m for m in _LIST_WORDS.finditer(view, a, b) if not in_brackets_between(view, a, m.start())), None)
    if m is None:
        return None
    figs = [g for g in doc.between(a, m.start()) if g.kind == "amount"]
    if len(figs) < 2:
        return None
    comma = max(view.rfind("，", figs[-2].end, figs[-1].start), view.rfind(",", figs[-2].end, figs[-1].start))
    return comma if comma > a else None


def _opens_list(view: str, a: int, b: int, doc: NarrativeDoc | None = None) -> bool:
    """An item that opens a list of its own (a new statement, not a part). With ``doc``: not an item
    whose 包括/含 lists only words after its amount ("人员经费700万元，主要包括基本工资、津贴补贴"), which
    says what the item is made of."""
    for m in _LIST_WORDS.finditer(view, a, b):
        if bracket_depth(view[a:m.start()]) <= 0:
            return doc is None or m.group(0) == "其中" or bool(doc.between(m.end(), b)) or not doc.between(a, m.start())
    return False


# a bracket right after a total, then only a pause before a list word: "…万元(含A、B),其中"
_BRACKET_THEN = lazy(r"\s*[（(【][^（()）【】]*[)）】][\s，,、：:]*")


def _closes_before(view: str, a: int, pos: int) -> bool:
    """A bracket open at ``a`` closes before ``pos``."""
    return bracket_depth(view[a:pos]) < 0


def in_brackets_between(view: str, a: int, pos: int) -> bool:
    return bracket_depth(view[a:pos]) > 0


def parts_after(doc: NarrativeDoc, total: Figure) -> list[Figure]:
    index = doc.__dict__.get("_total_index")
    if index is None:
        index = {pl.total.start: pl for pl in doc.lists}
        doc.__dict__["_total_index"] = index
    pl = index.get(total.start)
    return pl.parts if pl is not None and pl.total is total else []


def list_of(doc: NarrativeDoc, part: Figure) -> PartList | None:
    """The list a figure is a part of."""
    index = doc.__dict__.get("_part_index")
    if index is None:
        index = {p.start: pl for pl in doc.lists for p in pl.parts}
        doc.__dict__["_part_index"] = index
    pl = index.get(part.start)
    return pl if pl is not None and any(p is part for p in pl.parts) else None


def outer_whole(doc: NarrativeDoc, pl: PartList, part: Figure) -> tuple[Figure, bool] | None:
    """The whole of an outer list when ``part`` may be a sibling of its list's total rather than a
    part of it: the total is itself an item after a list word ("本年支出100万元，其中：基本支出60万元，
    其中人员经费50万元；项目支出40万元") and a reading of its list ends before ``part``; with whether
    that whole governs the outer list directly."""
    if not any(all(p is not part for p in r) for r in pl.readings):
        return None
    view, total = doc.view, pl.total
    start = doc.sentence_start(total.start)
    marks = sorted((m for rx in (_LIST_WORDS, _MAINLY_LIST) for m in rx.finditer(view, start, total.start)
                    if not in_brackets_between(view, m.end(), total.start)), key=lambda m: m.start())
    itemised = False
    if not marks:
        # "本年支出合计281.74万元。具体如下：\n基本支出131.57万元，…，其中：…；项目支出…": the list word ends the line before
        line = _LIST_LINE_BEFORE.search(view, max(0, start - 40), start)
        if line is None:
            return None
        marks, itemised = [line], "如下" in line.group()
    whole, direct = _governing(doc, marks[-1].start())
    if whole is None or whole is total or whole.start >= total.start or not comparable(whole, part):
        return None
    return whole, direct or itemised


def list_total(doc: NarrativeDoc, f: Figure) -> Figure | None:
    """The total a listed part belongs to."""
    pl = list_of(doc, f)
    return pl.total if pl else None


# -- comparison frames --------------------------------------------------------------

@dataclass
class Frame:
    """"A 1969万元，较2024年的2190万元减少221万元，下降10.1%": current 1969, base 2190,
    delta 221, rate 10.1%, direction -1."""

    rate: Figure | None
    delta: Figure | None
    current: Figure | None
    base: Figure | None
    direction: int
    against: str          # "上年", "预算" or ""
    same_sentence: bool   # current found in the sentence of the change (or by its own name)
    # the current figure was found by its name in another sentence: it may be of another year
    # (even the base itself: "2021年公务接待12.39万元。……公务接待较上年减少0.58万元，减少4.68%")
    elsewhere: bool = False
    # other figures of the change's sentence the change may be of ("收入24627万元，支出……，比上年减收")
    alternatives: tuple[Figure, ...] = ()


_UP = lazy(r"增加|增长|增幅|提高|上升|增收|增支|多|超")
# a template leaving both directions: "减少(增加)0.11万元，同比下降(增加)6%", "增加/减少0.11万元"
EITHER_WAY = lazy(r"(减少|下降|降低|增加|增长|上升)\s*(?:[（(](?:增加|增长|上升|减少|下降|降低)[)）]"
                  r"|[/／](?:增加|增长|上升|减少|下降|降低)(?![)）]))")
# "减少1.5万元(42.86%)", "增加2万元（增长10%）": a change's rate in brackets right after it
BRACKETED_RATE = lazy(r"\s*[（(]\s*(?:同比|比上年|较上年)?\s*(?:增长|增加|上升|提高|增幅|下降|减少|降低|降幅|减幅)?(?:了|为)?\s*")
# (not the names of the four budgets, nor their older and shorter names 公共财政预算, 一般预算, 基金预算, 社保基金预算:
# "与2022年度相比，一般公共预算财政拨款支出增加…" is a comparison with a year)
_AGAINST_BUDGET = lazy(r"(?<!一般公共)(?<!公共财政)(?<!一般)(?<!基金)(?<!国有资本经营)预算|年初|计划(?!生育)")


def _direction(doc: NarrativeDoc, f: Figure) -> int:
    phrase = doc.view[max(doc.index.phrases.start(f.start), f.start - 20):f.start]
    if f.relation == "增加":
        return 1
    if f.relation == "减少":
        return -1
    return 1 if _UP.search(phrase) else -1


_COMPARISON_WORDS = lazy(r"同比|比上年|较上年|与上年|比去年|较去年|上年同期|同期|比|较|与|相比|增长|下降|增加|减少|增幅|降幅|减幅|"
                               r"幅度|上升|提高|降低|分别|为|了|达到|达|约|即|支出|收入|的|,|，|\s")


@lru_cache(maxsize=16384)
def item_core(name: str) -> str:
    """The item a subject names, without its year, scope words or 预算/决算 ("公务用车运行费")."""
    core = re.sub(r"\d{4}年度?", "", norm_name(name))
    core = re.sub(r"^实际(?=支出|决算|执行)", "", core)   # "实际支出" names no item, as "支出决算" does not
    return re.sub(r"(支出决算数|支出决算|决算数|决算|预算数|预算|支出数|支出|数)+$", "", core)


def same_item(a: str, b: str) -> bool:
    x, y = item_core(a), item_core(b)
    return bool(x) and bool(y) and (_inside(x, y) or _inside(y, x))


def _same_bare_measure(a: str | None, b: str | None) -> bool:
    """Two names of no item, written alike but for their years ("2023年度支出决算…，2022年度支出决算…")."""
    if item_core(a or "") or item_core(b or ""):
        return False
    x, y = (_YEAR_WORDS.sub("", n or "") for n in (a, b))
    return bool(x) and x == y


def _inside(short: str, long: str) -> bool:
    """``short`` names ``long`` or a part of its name, not its negation: "税收" is in "税收收入" but
    not in "非税收入" (非 before a name makes the other item)."""
    at = long.find(short)
    while at >= 0:
        if at == 0 or long[at - 1] != "非":
            return True
        at = long.find(short, at + 1)
    return False




def item_subject(doc: NarrativeDoc, g: Figure) -> str:
    """The name of the item a figure is of: its own, or, for a bare budget or actual ("“三公”经费
    支出年初预算为683.51万元，支出决算为358.18万元"), the name of the figure before it in its sentence."""
    cache = doc.__dict__.setdefault("_item_subjects", {})
    found = cache.get(g.start)
    if found is None:
        found = cache[g.start] = _item_subject(doc, g)
    return found


def _item_subject(doc: NarrativeDoc, g: Figure) -> str:
    if g.subject and bare_measure(g.subject):
        for h in reversed(doc.between(doc.sentence_start(g.start), g.start)):
            if h.kind == g.kind and h.subject and not bare_measure(h.subject):
                return h.subject
    return g.subject or ""


_BARE_MEASURE_NAME = lazy(r"(?:支出|收入|决算|预算|执行|总额|总计|合计|数)+")


def _names(doc: NarrativeDoc, g: Figure, named: str) -> bool:
    """Whether ``g`` is of the item a change names: the same item, and not a budget where the
    change names an actual or the other way round ("…支出决算数比上年减少" is not of "年初预算"),
    nor a whole of which the change names one kind ("收入合计…。与上年相比，财政拨款收入减少…")."""
    subject = item_subject(doc, g)
    if _BARE_MEASURE_NAME.fullmatch(named) and len(named) >= 4 and norm_name(g.subject or "").endswith(norm_name(named)):
        pass   # "法院支出决算总额为2061.61万元，支出决算总额较2019年减少…": a measure named alone, the figure's name ends so
    elif not same_item(subject, named) or _narrower(named, subject) or _another_head(named, subject):
        return False
    mine, theirs = measure_of(g.subject), measure_of(named)
    return not (mine and theirs and mine != theirs)


def _exactly_named(doc: NarrativeDoc, g: Figure, named: str, floor: int) -> Figure:
    """``g`` names the item only in part ("净资产" for "资产总额"): an amount before it, from ``floor``
    on, whose name is the item itself ("资产总额2000万元，负债总额500万元，净资产1500万元") is the one."""
    def core(name: str) -> str:
        name = _OWN_SCOPE.sub("", item_core(name))
        # a count's name may say what it counts in ("体检人次增加了1908人次" of "体检8.07万人次"): the item is the same
        return _COUNTED_IN.sub("", name) if g.kind == "count" else name

    want = core(named)
    if core(item_subject(doc, g)) == want:
        if core(g.subject) == want or not g.subject:
            return g
        # g takes the name from the figure before it ("收入合计1,234.56万元，支出合计1,200.00万元。
        # 与2022年度相比，收入合计增加…"): an amount written with the name itself is the one — not a budget where the
        # change names an actual ("公务接待费支出预算为5.00万元，支出决算为3.85万元。公务接待费支出决算比上年减少…")
        said = measure_of(named)
        for h in reversed(doc.between(floor, g.start)):
            if h.kind == g.kind and plain(h) and h.subject and not h.approximate and not in_brackets(doc, h) \
                    and core(h.subject) == want and comparable(h, g) and (said is None or measure_of(h.subject) in (None, said)):
                return h
        return g
    for h in reversed(doc.between(floor, g.start)):
        if h.kind == g.kind and plain(h) and h.subject and not h.approximate and not in_brackets(doc, h) \
                and core(item_subject(doc, h)) == want and comparable(h, g):
            return h
    return g


_OWN_SCOPE = lazy(r"^(?:本单位|本部门|单位|部门|本级|全年|本年|当年|今年)+")
# the measure word a count's name ends with, what its unit already says ("体检人次", "在职人数", "帮扶户数")
_COUNTED_IN = lazy(r"(?<=[\u4e00-\u9fff]{2})(?:人次|人数|户数|户次|次数|个数|家数)$")


# words after an item's name that still name the item ("税收" of "税收收入完成", "公务接待费" of "公务接待费支出")
_SAME_HEAD_TAIL = lazy(r"(?:收入|支出|资金|经费|费用|费|总额|总计|合计|金额|额|数|收|累计|完成|实际|实现|共|为|达|合计数|决算|预算|执行|本年|全年|年度)*")


def _another_head(named: str, subject: str) -> bool:
    """A subject that is the named item with another noun after it: the thing that noun names, not the item
    ("增值税留抵退税累计完成" is a refund, not "增值税"; a Chinese name's last noun says what it is)."""
    x, y = (re.sub(r"\d{4}年度?", "", norm_name(n)) for n in (named, subject))
    return len(x) >= 2 and y.startswith(x) and len(y) > len(x) and not _SAME_HEAD_TAIL.fullmatch(y[len(x):])


def _narrower(named: str, subject: str) -> bool:
    """A name that is the subject's item with a qualifier before it: one kind of the item
    ("财政拨款收入", "税收收入" of "收入合计"), not the item itself."""
    x, y = item_core(named), item_core(subject)
    x = _ITS_FLOWS.sub("", x)   # "事业收入收支较上年增加5.89万元": the 事业收入 item's income and spending, one kind of 收入
    return bool(y) and len(x) >= len(y) + 2 and x.endswith(y) and not re.fullmatch(r"(全年|本年|当年|今年|全部|总)+", x[:-len(y)])


_ITS_FLOWS = lazy(r"(?<=收入|支出)收支$")


_YEAR_WORDS = lazy(r"\d{4}年度?|本年度?|今年|当年|全年")
# what last year's figure is named by when it names no item: "上年决算数为100万元" (not 上年预算数: a budget)
_ACTUAL_MEASURE = lazy(r"(?:决算数|决算|实际数|数)$")


def _other_items(a: str | None, b: str | None) -> bool:
    """Two names that say which item they are of, and name different ones (收入 / 支出)."""
    x, y = (_EARLIER.sub("", _YEAR_WORDS.sub("", norm_name(n or ""))) for n in (a, b))
    if any(_EARLIER.search(n or "") and not _ACTUAL_MEASURE.sub("", z) for n, z in ((a, x), (b, y))):
        return False   # "本年支出125万元，上年决算数为100万元": last year's actual of the item
    return bool(x) and bool(y) and x not in y and y not in x


# a clause opening with the closing word of the items before it: "…，合计减少1万元", "…，两项共计比上年增加…"
_SUM_CHANGE = lazy(r"\s*(?:以上|上述)?(?:各项|[两二三四五六七八九十]项|\d{1,2}项)?(?:合计|共计|总计|合共|总共)")


# the verb a change's name ends with ("公务接待费减少", "收入调增了"): the item is the name before it
_CHANGE_VERB_END = lazy(r"(支出|决算|预算)?(减少|增加|增长|下降|提高|降低|节约|增收|减收|增支|减支|调增|调减|核增|核减|多|少)(了)?$")


# a budget named by its kind alone, no item ("预算30万元", "年初预算数为25万元")
_BARE_BUDGET = lazy(r"(?:本年|全年|年初|年度)?(?:的)?预算(?:数|金额|总额)?(?:为|是)?")


def _current_for(doc: NarrativeDoc, delta: Figure) -> tuple[Figure | None, bool]:
    """The figure a change is of: the item named before the change ("公务用车运行费减少596.98万元")
    must be the item of that figure; without a name, the nearest plain figure of the sentence (found once per
    change: see ``_memo``)."""
    cache = _memo(doc, "_currents")
    if delta.start not in cache:
        cache[delta.start] = _current_for_uncached(doc, delta)
    return cache[delta.start]


def _current_for_uncached(doc: NarrativeDoc, delta: Figure) -> tuple[Figure | None, bool]:
    if _SUM_CHANGE.match(doc.view, doc.index.phrases.start(delta.start), delta.start):
        # "公务接待费8万元，上年10万元；公务用车运行费6万元，上年5万元，合计减少1万元": the change of
        # the items' sum, not of the last item
        return None, False
    named = re.split(r"比|较|同比|与", delta.subject or "")[0]
    named = _CHANGE_VERB_END.sub("", named)
    named = re.sub(r"[按以]?(同|可比)口径(计算|测算|看)?", "", named)  # "按同口径同比减少": not an item
    # "本年收入125万元，…，本年支出120万元，上年支出110万元，收入增加25万元": a bare flow named is no
    # name of an item, but the change is not of the other flow
    flow = re.sub(r"^(?:本年|全年|当年|今年)", "", named) if named in ("收入", "支出", "本年收入", "本年支出") else ""
    named = named if len(_COMPARISON_WORDS.sub("", named)) >= 2 else ""
    start = doc.sentence_start(delta.start)
    nameless = -1 if named else _nameless_line(doc, delta.start)
    if nameless > start:
        start = nameless   # ",,较去年同期增加1234.72万元": of no figure on the lines before
    years = [g.year for g in doc.between(start, delta.start) if g.year and plain(g)]
    budget_only = None
    for g in doc.before(delta, limit=30):
        if g.start < start:
            break
        if budget_only is None:
            budget_only = _against_budget_only(doc, delta)
        if budget_only and _BARE_BUDGET.fullmatch(g.subject or "") and plain(g):
            continue  # "三公经费支出22.35万元；预算30万元，较预算减少7.65万元": the budget is what the change is measured against
        if rate_base(doc, g) or _BUDGET_COMPLETED.search(g.subject or ""):
            # "完成年初预算数60999万元的40.4%，比上年减收1070万元": the budget is not what changed; nor a budget the figure
            # before completes, its rate run on or left out ("完成调整预算252500万元99.7%,同比增加46106万元")
            continue
        if plain(g) and comparable(g, delta) and not g.approximate and (not in_brackets(doc, g) or _apposed(doc, g, delta)):
            if is_earlier(g, years) and not _the_time_of_the_report(doc, g, start, delta):
                continue  # "2023年A 100万元，2022年A 80万元，增加20万元": 80 is the base
            if named and _names(doc, g, named):
                return _exactly_named(doc, g, named, start), True
            if not named:
                if flow and (other := "支出" if flow == "收入" else "收入") in (g.subject or "") and flow not in (g.subject or ""):
                    continue  # 本年支出 is not what "收入增加" changed
                if _another_item_opens(doc, g, delta):
                    return None, False  # "A税798万元，…；B税收入同比增收531万元，同比减收24万元": of B, not A
                # unnamed: the change must follow its figure closely ("41万元，较上年减少19万元"), not
                # after other statements ("……，主要用于……，年末保有量404辆，增加……")
                # a bracketed breakdown of g between them is g's own ("2712万元(其中:A…,B…),比预算数减少")
                gap = BRACKETED.sub("", doc.view[g.end:delta.start])
                close = len(gap) <= 40 and not re.search(r"其中|主要|包括|用于|原因", gap) and bool(g.subject)
                rest = _USE_CLAUSE.sub("", gap)
                if not close and bool(g.subject) and rest != gap and len(rest) <= 40 \
                        and not re.search(r"其中|主要|包括|原因", rest) and _base_of_its_own(doc, g, delta):
                    # "支出247.95万元，完成预算的100%，用于附设幼儿园的教师工资，较2016年决算227.42万元，增加17.86万元": what
                    # the money was used for, and a comparison writing its own base, the one amount between them
                    close = True
                if not close and bool(g.subject) and _compared_again(doc, g, delta):
                    close = True
                if not close and bool(g.subject):
                    bare = ITS_COMPLETION.sub("", gap)
                    # "收入完成220万元，完成年初预算150万元的146.67%，完成调整预算的100%，比上年120万元增加87万元": how much of
                    # its budget the figure is, said of the figure itself, is no other statement between it and its change
                    close = bare != gap and len(bare) <= 40 and not re.search(r"其中|主要|包括|用于|原因", bare)
                return g, close
            break
    if named:
        for g in doc.before(delta, same_paragraph=False, limit=60):
            if plain(g) and comparable(g, delta) and g.subject and not in_brackets(doc, g) and _names(doc, g, named):
                return _exactly_named(doc, g, named, doc.paragraph_start(g.start)), True
        total = flow_total_before(doc, delta)   # "收入、支出总计各增加…": named as both flows' one total
        return (total, True) if total is not None else (None, False)
    if nameless >= 0:
        return None, False
    total = flow_total_before(doc, delta)
    if total is not None:
        return total, True
    for g in doc.before(delta, same_paragraph=False, limit=30):
        if plain(g) and comparable(g, delta) and not in_brackets(doc, g):
            return g, _topic_of_the_sentence_before(doc, delta, start, g)
    return None, False


# a line opening with a separator: its first clause is empty when the line before ended with one (or a full stop), or
# two open it
_SEPARATOR_OPENS = lazy(r"[ \t\u3000]*[，,；;]")
_TWO_SEPARATORS_OPEN = lazy(r"[ \t\u3000]*[，,；;][ \t\u3000]*[，,；;]")


def _nameless_line(doc: NarrativeDoc, pos: int) -> int:
    """Where the written line holding ``pos`` starts, when that line opens with an empty clause ("…增长4.06%;⏎,,较去年同期
    增加1234.72万元,增长4.30%;", a page whose names were lost): what the line's first clause named is not there, and
    no figure of the lines before is what it compares; -1 otherwise (a line wrapped before its comma, "…3.25亿元⏎,较…",
    goes on from the line before)."""
    text = doc.narrative.text
    at = text.rfind("\n", 0, pos) + 1
    if at == 0 or not _SEPARATOR_OPENS.match(text, at):
        return -1
    if _TWO_SEPARATORS_OPEN.match(text, at) or text[max(0, at - 8):at].rstrip()[-1:] in ("，", ",", "；", ";", "。"):
        return at
    return -1


# a clause saying what an amount was used for, no statement of its own
_USE_CLAUSE = lazy(r"(?:主要)?用于[^，,；;。\d]*")
# the figure's own completion of its budget, right after it: "，完成年初预算150万元的146.67%", "，为调整预算的100%"
ITS_COMPLETION = lazy(r"[，,]\s*(?:完成|达到|为|占)(?:全年|年初|调整后?)?(?:预算|计划)数?(?:\d[\d.,]*\s*[万亿]?元)?的\s*\d+(?:\.\d+)?\s*%")
_BASE_OPENS = lazy(r"(?:较|比|与)[^，,；;。]{0,12}$")


def _base_of_its_own(doc: NarrativeDoc, g: Figure, delta: Figure) -> bool:
    """The one amount between ``g`` and a change is the change's own base, written in its comparison ("…，较2016年决算
    227.42万元，增加17.86万元")."""
    between = [h for h in doc.between(g.end, delta.start) if h.kind == g.kind]
    return len(between) == 1 and comparable(between[0], delta) and not between[0].approximate \
        and _BASE_OPENS.search(doc.view, max(0, between[0].start - 16), between[0].start) is not None \
        and not re.search(r"[；;。]", doc.view[between[0].end:delta.start])


def _compared_again(doc: NarrativeDoc, g: Figure, delta: Figure) -> bool:
    """"决算收入合计373.21万元，较上年612.33万元减少了239.12万元，减少比例39%，主要原因是…，和2018年预算310.88万元比，增加
    62.22万元": a second comparison of the same figure in its sentence, writing its own base: every amount between the
    figure and the change is a base or a change of a comparison, the last the change's own base."""
    between = [h for h in doc.between(g.end, delta.start) if h.kind == g.kind]
    # (not a figure itself the base of a comparison, "较114年度法定预算数279.61亿元，增加24.81亿元", nor with an amount
    # between that could not be read, "其中包括统筹分配税196.47亿，较上年度…128.94亿元，增加115.34亿元")
    return len(between) >= 2 and between[-1].role == "base" and comparable(between[-1], delta) \
        and all(h.role == "base" or h.role is None and h.relation in CHANGE for h in between) \
        and any(h.relation in CHANGE for h in between) \
        and not re.search(r"[；;。\n]", doc.view[g.end:delta.start]) \
        and not _BASE_OPENS.search(doc.view, max(0, g.start - 16), g.start) \
        and not BARE_SCALE.search(doc.view, g.end, delta.start)


def _apposed(doc: NarrativeDoc, g: Figure, delta: Figure) -> bool:
    """"2016年录得的开支(826亿元)增加了1.9亿元": an amount alone in brackets right after its name, the change straight
    after the bracket, is the figure of that name (not a remark on another)."""
    view = doc.view
    return g.start >= 2 and view[g.start - 1] in "（(" and "\u4e00" <= view[g.start - 2] <= "\u9fff" \
        and view[g.end:g.end + 1] in ("）", ")") and not doc.between(g.end + 1, delta.start) \
        and _CHANGE_VERB_NEXT.match(view, g.end + 1) is not None


_CHANGE_VERB_NEXT = lazy(r"\s*(?:同比|比上年|较上年)?\s*(?:增加|减少|增长|下降|上升|降低)")


# a sentence opening with a bare flow and its change ("支出增加841.13万元"), or with its comparison first
# ("与2015年决算数相比，收入增加…"), the comparison with a year before opened in its paragraph
_COMPARED_FIRST = r"\s*(?:(?:与|比|较)(?:上年|去年|上年度|\d{4}\s*年度?)[^，,。；;]{0,8}?(?:相比|比较)?\s*[，,]?\s*)?"
_BARE_FLOW_CHANGE = lazy(_COMPARED_FIRST + r"(收入|支出)(?:减少|增加|增长|下降|增收|减收|增支|减支)了?$")
# the two flows' totals changing alike: "与2022年度相比，收入、支出总计各增加250万元" (the 部门决算 template)
# ("…，与2019年度相比，收、支总计减少23201.73万元": the template's 各 left out; "财政拨款收、支总计各增45.16万元")
_PAIRED_FLOWS_CHANGE = lazy(_COMPARED_FIRST + r"([\u4e00-\u9fff]{0,8}?)(?:收入|收)、(?:支出|支)(?:决算)?(?:总计|合计)各?"
                            r"(?:减少|增加|增长|下降|上升|增|减)了?$")
# the pair named before its comparison, with or without 各 ("收支较上年决算数增加146.99万元", "收、支与2023年度相比，减少…",
# "收、支总计较上年增加…"): the 部门决算 template's other wordings
# ("收入支出总体与上年相比，增加58.21万元", "收、支与 2023年度相比，减少…": the whole of both, a space after 与)
_PAIRED_FLOWS_FIRST = lazy(r"\s*([\u4e00-\u9fff]{0,8}?)(?:收入|收)、?(?:支出|支)(?:决算)?(?:总计|合计|总体|总额)?(?:各|均)?\s*"
                           r"(?:与|比|较)\s*(?:上年|去年|上年度|\d{4}\s*年度?)(?:同期)?(?:决算数?)?(?:相比|比较)?\s*[，,]?\s*"
                           r"(?:各|均)?(?:减少|增加|增长|下降)了?\s*$")
_PAIRED_FLOWS = lazy(r"(?:(?:收入|收)、(?:支出|支)(?:决算)?(?:总计|合计)|收支总决算)(?:均|都)?(?:为|是)?\s*$")
_YEAR_COMPARISON = lazy(r"(?:与|比|较)\s*(?:上年|去年|上年度|(\d{4})\s*年)")
_TOTAL_WORD = lazy(r"(?:总计|合计)$")
# a total's flow at the end of its name, and words naming a kind of money (a total of its own, not the unit's whole)
_FLOW_AT_END = lazy(r"(?:收入|支出)(?:决算)?$")
_KIND_OF_MONEY = lazy(r"财政|拨款|预算|基金|资本|经营|基本|项目|事业|上级|附属|其他|一般|公共|专户|税|费|资金|结转|结余|本年|年初|年末|使用")


def flow_total_before(doc: NarrativeDoc, delta: Figure) -> Figure | None:
    """"本部门2016年度收入总计6955.73万元，支出总计6954.57万元。与2015年决算数相比，收入增加950.05万元…。
    支出增加841.13万元，增长13.36%": a change of a bare flow opening its sentence is of that flow's one
    total (总计 or 合计) stated earlier in the paragraph (or in the one before, when the paragraph opens with its
    comparison), when the paragraph compares with a year before (and that total is not of that year or an earlier one)."""
    start = doc.sentence_start(delta.start)
    m = _BARE_FLOW_CHANGE.fullmatch(doc.view, start, delta.start)
    pair = (_PAIRED_FLOWS_CHANGE.fullmatch(doc.view, start, delta.start)
            or _PAIRED_FLOWS_FIRST.fullmatch(doc.view, start, delta.start)) if m is None else None
    if m is None and pair is None and (m := _second_flow_change(doc, start, delta)) is None:
        # "2024年度收入总计918.16万元，支出总计918.16万元，与2023年度相比，收入、支出总计各减少15.2万元": the pair's change
        # after the totals in their own sentence, from its comparison on
        at = doc.view.rfind("与", start, delta.start)
        if at > start and doc.view[at - 1] in "，,":
            pair = _PAIRED_FLOWS_CHANGE.fullmatch(doc.view, at, delta.start)
            start = at if pair is not None else start
    paired = pair is not None
    floor = doc.paragraph_start(start)
    years = list(_YEAR_COMPARISON.finditer(doc.view, floor, delta.start))
    if m is None and not paired or not years:
        return None
    base_year = years[-1].group(1)   # the year compared with, when the comparison writes one

    def named_total(g: Figure) -> str:
        """A total's name without its year and scope ("本部门2016年度收入总计" → "收入"), "" if no total.  Words before
        the flow that name no kind of money are the unit or a heading run into the sentence ("教育部2024年度收入总计",
        "1.总体情况2023年度收入总计"): the total is the unit's own; a kind of money ("财政拨款收入总计") is kept."""
        if not _TOTAL_WORD.search(g.subject or ""):
            return ""
        name = _OWN_SCOPE.sub("", re.sub(r"\d{4}\s*年度?", "", norm_name(g.subject or "")))
        flow = _FLOW_AT_END.search(name)
        if flow is not None and flow.start() and not _KIND_OF_MONEY.search(name, 0, flow.start()):
            name = name[flow.start():]
        return name

    def totals_from(floor: int) -> list[Figure]:
        amounts = [g for g in doc.between(floor, start) if g.kind == "amount" and plain(g) and not g.approximate
                   and not in_brackets(doc, g)]
        if not paired:
            return [g for g in amounts if named_total(g) == m.group(1)]
        # "2023年度收入、支出决算总计1250万元。与2022年度相比，收入、支出总计各增加…": the one figure of both totals
        totals = [g for g in amounts if _PAIRED_FLOWS.search(doc.view, max(floor, g.start - 16), g.start)]
        if not totals:
            # "财政拨款收入决算总计1130万元，…。财政拨款支出决算总计1130万元，…。与2022年度相比，财政拨款收入、支出
            # 决算总计各增加…": the two totals written apart, equal, each of them the one figure the change is of
            named = {flow: [g for g in amounts if named_total(g) and re.sub(r"决算$", "", named_total(g)) == pair.group(1) + flow]
                     for flow in ("收入", "支出")}
            # the pair's 总计 before a 合计 of one flow ("收入总计434.72万元，其中：本年收入合计434.16万元，…")
            named = {flow: [g for g in gs if g.subject.endswith("总计")] if len(gs) > 1 else gs for flow, gs in named.items()}
            # not the totals of the year compared with ("2023年度收入总计453.13万元,…,2022年度收入总计400.22万元,…,与2022年度相比")
            named = {flow: [g for g in gs if g.year is None or base_year is None or g.year > int(base_year)] if len(gs) > 1
                     else gs for flow, gs in named.items()}
            if len(named["收入"]) == 1 and len(named["支出"]) == 1 \
                    and value_of(named["收入"][0]).overlaps(value_of(named["支出"][0])):
                totals = named["收入"]
        return totals

    totals = totals_from(floor)
    if not totals and floor and not doc.between(floor, years[0].start()) and marker_of(doc.view[floor:start]) is None \
            and not _heading(doc.view[doc.paragraph_start(floor - 1):floor - 1]):
        # "…支出总计6,954.57万元。⏎与2015年决算数相比，收入增加…": a paragraph that opens with its comparison goes on
        # from the paragraph before (a line a PDF wrapped right after its full stop): the total may be written there
        totals = totals_from(doc.paragraph_start(floor - 1))
        if not totals and paired and (before := doc.paragraph_start(floor - 1)) \
                and not _heading(doc.view[doc.paragraph_start(before - 1):before - 1]):
            # "收入总计434.72万元，其中：…。⏎支出总计434.72万元，其中：…。⏎收入支出总体与上年相比，增加…": the two totals on
            # lines of their own, the one before the other
            totals = totals_from(doc.paragraph_start(before - 1))
    if len(totals) != 1 or not comparable(totals[0], delta):
        return None
    if totals[0].year is not None and base_year is not None and totals[0].year <= int(base_year):
        return None
    return totals[0]


# a sentence opening with one flow's change ("与2017年决算数相比,收入减少15.65万元,增长-5.86%,"): the other flow's change
# may follow in a clause of its own
_FIRST_FLOW_CHANGE = lazy(_COMPARED_FIRST + r"(收入|支出)(?:减少|增加|增长|下降|增收|减收|增支|减支)了?\s*\d")


def _second_flow_change(doc: NarrativeDoc, start: int, delta: Figure):
    """"与2017年决算数相比,收入减少15.65万元,增长-5.86%,支出减少75.99万元": the other flow's change opening a clause of
    a sentence that opens with the first flow's change is a bare flow's change as well (the match of its clause), else None."""
    first = _FIRST_FLOW_CHANGE.match(doc.view, start, delta.start)
    if first is None:
        return None
    at = max(doc.view.rfind("，", start, delta.start), doc.view.rfind(",", start, delta.start)) + 1
    second = _BARE_FLOW_CHANGE.fullmatch(doc.view, at, delta.start) if at > first.end() else None
    return second if second is not None and second.group(1) != first.group(1) else None


_ITEM_HEAD = lazy(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．])?\s*([\u4e00-\u9fff“”\"（）()]{2,20}?)(?:同比|比上年|较上年|与上年|比|较)")


def _another_item_opens(doc: NarrativeDoc, g: Figure, delta: Figure) -> bool:
    """A semicolon item between g and an unnamed change that opens with the name of another item
    ("城市维护建设税798万元，…；房产税收入同比增收531万元，同比减收24万元"): the change is of that item."""
    view = doc.view
    semi = max(view.rfind("；", g.end, delta.start), view.rfind(";", g.end, delta.start))
    if semi < 0:
        return False
    m = _ITEM_HEAD.match(view, semi + 1, delta.start)
    if m is None:
        m = _HEAD_BEFORE_A_COMMA.fullmatch(view, semi + 1, delta.start)
        if m is None or _COMPARES.search(m.group(1)):
            return False   # ("；较之上年同期水平，增加…": the comparison, not an item)
    return not same_item(item_subject(doc, g), m.group(1))


# a semicolon item opening with a name and a comma before its change ("；减债最多则是台北市，减少达382亿元")
_HEAD_BEFORE_A_COMMA = lazy(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．])?\s*([\u4e00-\u9fff“”\"]{2,20})[，,]\s*[^\d，,；;。]{0,6}")
_COMPARES = lazy(r"比|较|相比|同期|上年|去年")


# a sentence opening with its comparison: "与2023年度相比，减少3117.38万元", "收、支与上年相比，…"
_OPENS_WITH_COMPARISON = lazy(r"\s*([\u4e00-\u9fff、“”\"]{0,8}?)(?:与|比|较|同比)(?:上年|去年|上年度|\d{4}\s*年度?)(?:同期)?(?:决算数?)?(?:相比|比较)?"
                              r"[，,]?\s*(?:减少|增加|增长|下降|增收|减收|增支|减支)(?:了)?\s*$")


def _topic_of_the_sentence_before(doc: NarrativeDoc, delta: Figure, start: int, g: Figure) -> bool:
    """"2024年度收、支总计均为6315.69万元。收、支与2023年度相比，减少3117.38万元": a change in a
    sentence that opens with its comparison (and at most the name of the item) is of the one amount
    the sentence right before it states, in the same paragraph (or ending the paragraph before, when the sentence
    opens its paragraph: "…均为6315.69万元。⏎收、支与2023年度相比，…", a line a PDF wrapped right after its full stop)."""
    m = _OPENS_WITH_COMPARISON.fullmatch(doc.view, start, delta.start)
    if m is None or g.approximate or g.relation in CHANGE:
        return False
    if doc.paragraph_start(g.start) != doc.paragraph_start(start) and not (
            start and doc.paragraph_start(start) == start and doc.paragraph_start(g.start) == doc.paragraph_start(start - 1)):
        return False
    before = doc.sentence_start(g.start)
    if doc.sentence_end(g.end) > start or before == start:
        return False
    own = [h for h in doc.between(before, start) if h.kind == g.kind and not in_brackets(doc, h)]
    name = m.group(1).strip("“”\"")
    return own == [g] and (not name or all(c in doc.view[before:g.start] for c in name.replace("、", "")))


def comparison_of(doc: NarrativeDoc, delta: Figure) -> tuple[Figure | None, Figure | None, bool]:
    """The figure a change is of, the base it is measured against when written, and whether the
    figure is bound by name or closeness (see ``_current_for``)."""
    cache = doc.__dict__.setdefault("_comparisons", {})
    found = cache.get(delta.start)
    if found is None:
        current, same = _current_for(doc, delta)
        base = _base_between(doc, current, delta)
        if base is None and current is not None and same and _against_budget_only(doc, delta):
            # "三公经费支出22.35万元；预算30万元，较预算减少5万元": the budget named by its kind alone between the figure and
            # its change is the base
            bare = [g for g in doc.between(current.end, delta.start) if plain(g) and comparable(g, delta) and not g.approximate
                    and _BARE_BUDGET.fullmatch(g.subject or "")]
            base = bare[0] if len(bare) == 1 else None
        if base is None and (pair := _actual_and_budget(doc, delta) if _against_budget_only(doc, delta)
                             else _this_and_the_named_year(doc, delta)) is not None:
            (current, base), same = pair, True
        found = cache[delta.start] = (current, base, same)
    return found


# what a change on the budget may be said of before its comparison: nothing, or the actual figure's bare name
# ("决算数比预算数减少", "支出数比年初预算增加", "，比预算减少")
_ACTUAL_SAID = lazy(r"(?:其)?(?:本年|全年|年度)?(?:实际)?(?:支出|决算|执行|完成)?(?:决算|执行|支出)?(?:数|额|总额)?\s*(?:为|是)?")
_NOT_A_BUDGET = lazy(r"决算|执行|实际|完成")


def _names_a_budget(subject: str) -> bool:
    """A figure's name saying it is a budget (预算, 年初, 计划) and not what was done with one (决算, 执行…)."""
    return bool(_AGAINST_BUDGET.search(subject)) and not _NOT_A_BUDGET.search(subject)

_BUDGET_NAME_WORDS = lazy(r"^(?:本)?(?:部门|单位)|年初|年中|调整后?|全年|年度|预算|计划|安排|数")
# a figure named as the whole unit's ("部门支出", "本单位年初预算"), not one item's
_OF_THE_UNIT = lazy(r"(?:\d{4}\s*年度?)?(?:本)?(?:部门|单位)")


def clause_run_start(doc: NarrativeDoc, pos: int) -> int:
    """Where the statement holding ``pos`` starts: its sentence, or its last semicolon before ``pos``."""
    start = doc.sentence_start(pos)
    return max(start, doc.view.rfind("；", start, pos) + 1, doc.view.rfind(";", start, pos) + 1)


def _actual_and_budget(doc: NarrativeDoc, delta: Figure) -> tuple[Figure, Figure] | None:
    """"“三公”经费支出总额为1713万元，年初预算数为2084万元，比预算数减少371万元": a change on the budget whose
    base is written only by its name (比预算数), after the actual figure and the budget of one item in its clause
    run: (actual, budget); a comparison naming which budget ("比年初预算") is with the figure named so, the other
    figure may be another budget ("调整预算").  None unless exactly one of each is written there (back from the change to the
    sentence start, a semicolon, or a change of its own on the budget), and the change's phrase names no other
    item before its comparison ("其中公务接待费比预算减少…" is a part's)."""
    view = doc.view
    phrase = view[doc.index.phrases.start(delta.start):delta.start]
    at = max(phrase.rfind("比"), phrase.rfind("较"), phrase.rfind("与"))
    head = phrase[:at].strip() if at >= 0 else None
    if head is None or not _ACTUAL_SAID.fullmatch(head):
        return None
    # "年中调整预算为1781.86万元，比年初预算增加758.97万元": a comparison naming which budget (年初, 调整) is with the one
    # figure named so; the other figure may be another budget
    which = next((w for w in ("年初", "调整") if w in phrase[at:]), None)
    start = clause_run_start(doc, delta.start)
    actuals: list[Figure] = []
    budgets: list[Figure] = []
    k = doc.position(delta)
    while k > 0 and doc.figures[k - 1].start >= start:
        k -= 1
        g = doc.figures[k]
        if g.relation in CHANGE and g.kind == "amount" and comparable(g, delta) and _against(doc, g) == "预算":
            break   # "…比预算减少1万元，公务用车运行费预算8万元，决算6万元，比预算减少2万元": that comparison is closed
        if not plain(g) or g.kind != "amount" or not comparable(g, delta) or g.approximate or in_brackets(doc, g):
            continue
        subject = g.subject or ""
        if _EARLIER.search(subject):
            return None   # last year's figure in the run: which one the change is of, it does not say
        if which is not None:
            (budgets if which in subject else actuals).append(g)
        else:
            (budgets if _names_a_budget(subject) else actuals).append(g)
    if len(actuals) != 1 or len(budgets) != 1:
        return None
    actual, budget = actuals[0], budgets[0]
    if re.search(r"其中|包括|含", view[min(actual.end, budget.end):delta.start]):
        return None
    if flows_apart(actual.subject, budget.subject):
        return None   # "收入预算1000万元，支出决算900万元，比预算减少…": the spending's own budget is not written
    a, b = (item_core(_BUDGET_NAME_WORDS.sub("", g.subject or "")) for g in (actual, budget))
    if a and b and not (_inside(a, b) or _inside(b, a)):
        return None   # "公务接待费决算4万元，公务用车运行费预算8万元，比预算…": two items
    if a and not b and _OF_THE_UNIT.match(budget.subject or "") or b and not a and _OF_THE_UNIT.match(actual.subject or ""):
        return None   # "部门支出3238万元，项目支出预算数为136万元，比预算数减少…": the unit's whole and a part's budget
    return actual, budget


# a comparison naming its base by a year and maybe a measure ("与2010年支出相比，压减", "比2022年决算数减少")
_WITH_A_YEAR = lazy(r"(?:与|和|同|比|较)\s*(\d{4})\s*年度?([\u4e00-\u9fff“”]{0,12}?)(?:相比|相较)?\s*[，,]?\s*"
                    r"(?:共|合计)?\s*[\u4e00-\u9fff]{1,3}\s*(?:了|为)?\s*$")
_BUDGET_MEASURE = lazy(r"预算|计划")
_CUMULATIVE = lazy(r"累计|滚存|历年|以来")
_ACTUAL_MEASURE_WORDS = lazy(r"决算|支出|执行|实际|完成")


def _not_the_named_measure(doc: NarrativeDoc, delta: Figure, g: Figure) -> bool:
    """Whether a change's comparison names its base by a year and a measure ("与2022年支出相比") that ``g`` is not:
    a budget for 支出/决算, an actual figure for 预算."""
    prev = doc.figures[doc.position(delta) - 1] if doc.position(delta) else None
    m = _WITH_A_YEAR.search(doc.view, prev.end if prev is not None else 0, delta.start)
    if m is None:
        return False
    measure, subject = doc.view[m.start(2):m.end()], g.subject or ""
    budget = _names_a_budget(subject)
    return bool(_BUDGET_MEASURE.search(measure)) and not budget or bool(_ACTUAL_MEASURE_WORDS.search(measure)) and budget


def _this_and_the_named_year(doc: NarrativeDoc, delta: Figure) -> tuple[Figure, Figure] | None:
    """"2010年公务接待费支出2371.01万元，2011年预算2155.42万元，与2010年支出相比，压减215.59万元": a change whose
    comparison names its base by a year (and maybe a measure: 支出, 预算) after the figures of its clause run: (the one
    figure of a later year, the one figure of that year and measure).  None unless exactly one of each is there."""
    view = doc.view
    start = clause_run_start(doc, delta.start)
    k = doc.position(delta)
    run = []
    while k > 0 and doc.figures[k - 1].start >= start:
        k -= 1
        run.append(doc.figures[k])
    if not run:
        return None
    m = _WITH_A_YEAR.search(view, run[0].end, delta.start)
    if m is None or re.search(r"其中|包括|含|分别|各", view[run[0].end:delta.start]):
        return None
    # the words from the year to the change name the measure: the shortest cut leaves "预" of "比2022年预算增加"
    year, measure = int(m.group(1)), view[m.start(2):m.end()]
    bases: list[Figure] = []
    currents: list[Figure] = []
    for g in run:
        if g.relation in CHANGE or not plain(g) or g.kind != "amount" or not comparable(g, delta) or g.approximate \
                or in_brackets(doc, g) or g.year is None:
            continue
        if _CUMULATIVE.search(view, doc.index.phrases.start(g.start), g.start):
            continue   # "截至2022年底累计投入8411.50万元": the years up to it, not that year's figure
        if g.year == year:
            subject = g.subject or ""
            if _BUDGET_MEASURE.search(measure) and not _BUDGET_MEASURE.search(subject) \
                    or _ACTUAL_MEASURE_WORDS.search(measure) and _names_a_budget(subject):
                continue   # "与2010年支出相比": not 2010's budget
            bases.append(g)
        elif g.year > year:
            currents.append(g)
    if len(bases) != 1 or len(currents) != 1:
        return None
    current, base = currents[0], bases[0]
    if flows_apart(current.subject, base.subject):
        return None
    a, b = (item_core(_BUDGET_NAME_WORDS.sub("", g.subject or "")) for g in (current, base))
    if a and b and not (_inside(a, b) or _inside(b, a)):
        return None
    return current, base


_RATE_OF = lazy(r"\s*的\s*[-+]?\d[\d.,]*\s*[%％]")
# the budget a figure before it completes: "…完成21040万元，完成调整预算20000万元105.2"
_BUDGET_COMPLETED = lazy(r"完成(?:年初|调整后?|全年|年度)?(?:预算|计划)数?$")


def rate_base(doc: NarrativeDoc, g: Figure) -> bool:
    """A figure that is the base of a rate right after it ("完成预算数60999万元的40.4%")."""
    return bool(_RATE_OF.match(doc.view, g.end))


def _alternatives(doc: NarrativeDoc, delta: Figure, current: Figure | None, base: Figure | None) -> tuple[Figure, ...]:
    """Other figures of the change's sentence, before it, the change could be of.  The total of
    the current figure's 其中 list and its other parts are not: that list has its own reading."""
    out = []
    own = list_of(doc, current) if current is not None else None
    # a statement before a semicolon is complete: "…，分别减少0.18亿元和0.56亿元，下降133.1%和43.7%；
    # 公务接待费0.27亿元，比2015年减少0.14亿元" — 0.56 is no figure the 0.14 may be the change of
    start = clause_run_start(doc, delta.start)
    # back from the change: the figures before a change of the same kind have their change said
    # ("收入310682万元，同比增加23188万元；支出1107315万元，同比减少…": 收入's change is said), so the walk
    # stops there (a text without full stops is not read back whole for every change)
    k = doc.position(delta)
    while k > 0 and doc.figures[k - 1].start >= start:
        k -= 1
        g = doc.figures[k]
        if g.relation in CHANGE and g.kind == "amount" and comparable(g, delta):
            if _against(doc, g) == _against(doc, delta):
                break
            # "决算23.45万元，预算30.00万元，比预算减少6.55万元，…，比上年减少2.10万元": a change on the
            # budget says nothing of the figures' change on last year
            continue
        if g is current or g is base or not plain(g) or not comparable(g, delta) or g.approximate \
                or in_brackets(doc, g) or rate_base(doc, g):
            continue
        if own is not None and (g is own.total or any(g is p for p in own.parts)):
            continue
        if current is not None and g.start > current.end and _BARE_BUDGET.fullmatch(g.subject or "") \
                and _against_budget_only(doc, delta):
            continue   # "三公经费支出22.35万元；预算30万元，较预算减少7.65万元": the budget compared with, not another figure
        out.append(g)
    return tuple(reversed(out))


def _frames(doc: NarrativeDoc) -> dict[int, Frame]:
    """Frames keyed by the start of their change figure (the rate, or the delta if no rate)."""
    out: dict[int, Frame] = {}
    figs = doc.figures
    used_deltas: set[int] = set()
    each = _each_rate_deltas(doc)
    for i, f in enumerate(figs):
        if f.relation not in CHANGE and f.start not in each or f.approximate:
            continue
        if f.kind == "percent" and _former_rate(doc, f):
            continue  # "同比增加20万头，由上年同期下降2.2%转为增长0.1%": last year's rate, not this change's
        if f.kind == "percent":
            # the change amount right before the rate, in the same sentence, nothing plain between
            start = doc.sentence_start(f.start)
            delta = each.get(f.start)
            for g in reversed(figs[max(0, i - 6):i] if delta is None else []):
                if g.start < start or plain(g) and g.kind != "percent":
                    break
                if g.relation in CHANGE and g.kind != "percent":
                    gap = doc.view[g.end:f.start]
                    # the rate is of this change: no other comparison ("比预算下降5%") and no other
                    # item ("其中税收增长5%") between them
                    # (the rate's own words start after the change: "增加116.29万元增长2.01%", no comma between)
                    phrase = doc.view[max(doc.index.phrases.start(f.start), g.end):f.start]
                    between = figs[doc.position(g) + 1:i]
                    former = [h for h in between if h.kind == "percent" and _former_rate(doc, h)]
                    if former:
                        phrase = _TURNED_TO.sub("", doc.view[former[-1].end:f.start], count=1)  # "…转为增长0.1%"
                    if BRACKETED_RATE.fullmatch(gap):
                        phrase = ""  # "减少1.5万元(42.86%)": the rate in brackets right after its change
                    phrase = EITHER_WAY.sub(r"\1", phrase)  # "下降(增加)6%": a template's two directions
                    own = _COMPARISON_WORDS.sub("", phrase) + ("环比" if re.search(r"环比|口径|剔除|可比|扣除|自然增", phrase) else "")
                    # (nor another rate: "较1月16日下降0.20元，比1月16日下降1.0%，较去年同期下降11.26%" — a
                    # rate after another rate of its change is on another base)
                    # (nor a rate listed after the change by a conjunction alone, "较上年分别下降2.09万人和10.45%": the
                    # second of a 分别 pair, another quantity's change)
                    # (nor the first of a run of rates after the last of a run of changes as long: "分别增加136万元和1022万元，
                    # 增长9.1%和24.9%" pairs them in order, the first rate with the first change)
                    if not re.search(r"[。；;]", gap) and g.start not in used_deltas and not _LISTED_AFTER.fullmatch(gap) \
                            and not any(h.kind == "percent" and h.relation in CHANGE and not _former_rate(doc, h)
                                        for h in between) \
                            and not re.search(r"(比|较|与)[^，,。；;]{0,8}(预算|年初|计划)", gap) and len(own) < 2 \
                            and not _other_base(doc, f, g) and _adjusting(doc, g) == _adjusting(doc, f) \
                            and not _listed_in_order(doc, f, g):
                        delta = g
                    break
            if delta is None:
                delta = _delta_after(doc, figs, i, used_deltas)
            if delta is None:
                continue
            used_deltas.add(delta.start)
            current, base, same = comparison_of(doc, delta)
            elsewhere = current is not None and current.end <= doc.sentence_start(delta.start)
            out[f.start] = Frame(f, delta, current, base, _direction(doc, delta), _against(doc, delta), same,
                                 elsewhere, _alternatives(doc, delta, current, base))
    return out


_LISTED_AFTER = lazy(r"\s*(?:和|及|与|、|以及)\s*")
# a rate the change turned from ("由上年同期下降2.2%转为增长0.1%", "由负转正"): the earlier period's, not the change's
_FROM_RATE = lazy(r"由(?:上年同期|去年同期|上年|去年|上月|上季度|一季度|上半年|前三季度|1-\d+月)?(?:的)?"
                  r"(?:增长|下降|增加|减少|上升|回落|负增长)?\s*-?$")
_TURNED_TO = lazy(r"\s*(?:转为|转成|转而|变为)")


def _former_rate(doc: NarrativeDoc, f: Figure) -> bool:
    """A rate written as where a change turned from ("由上年同期下降2.2%转为增长0.1%")."""
    return _TURNED_TO.match(doc.view, f.end) is not None \
        and _FROM_RATE.search(doc.view, max(0, f.start - 14), f.start) is not None


def _listed_in_order(doc: NarrativeDoc, rate: Figure, delta: Figure) -> bool:
    """The first of a run of rates right after the last of a run of changes as long ("分别增加136万元和1022万元，增长9.1%和
    24.9%"): they pair in order, not the first rate with the last change."""
    rates = run_of(doc, rate)
    if len(rates) < 2 or rates[0] is not rate:
        return False
    deltas = run_of(doc, delta)
    return len(deltas) == len(rates) and deltas[-1] is delta
# a budget adjusted ("调减16000万元"), not a change on last year ("下降9.7%")
_ADJUSTING = lazy(r"(?:调增|调减|核增|核减|追加|追减)了?\s*$")


def _adjusting(doc: NarrativeDoc, f: Figure) -> bool:
    """The figure is a budget's adjustment ("税收收入拟调整为85000万元，调减16000万元，下降9.7%": the rate is on last
    year, the 16000 is on the budget): a rate and a change pair only when both are, or neither is."""
    return _ADJUSTING.search(doc.view, max(0, f.start - 6), f.start) is not None


_EACH_RATE = lazy(r"分别|各自")
_EACH_RATE_JOIN = lazy(r"\s*(?:、|和|及|与|[,，])\s*(?:增长|增加|上升|提高|下降|减少|降低)?\s*")


def _each_rate_deltas(doc: NarrativeDoc) -> dict[int, Figure]:
    """"较上年减少0.30万元，较预算减少0.50万元，分别下降16.67%、25%": a run of rates after "分别" whose
    clause run (from the sentence or its last semicolon) holds as many change amounts, none with a rate
    of its own, pairs them in order; the first rate is not the nearest change's alone."""
    out: dict[int, Figure] = {}
    view = doc.view
    for f in doc.figures:
        if f.kind != "percent" or f.relation not in CHANGE or f.start in out:
            continue
        if not _EACH_RATE.search(view, doc.index.phrases.start(f.start), f.start):
            continue
        k = doc.position(f)
        rates = [f]
        while k + len(rates) < len(doc.figures):
            g = doc.figures[k + len(rates)]
            if g.kind != "percent" or not _EACH_RATE_JOIN.fullmatch(view, rates[-1].end, g.start):
                break
            rates.append(g)
        if len(rates) < 2 or any(r.approximate or r.relation not in CHANGE and r.relation is not None for r in rates):
            continue
        # the changes of the clause run (from the last semicolon), else of the whole sentence
        start = doc.sentence_start(f.start)
        deltas = None
        for lo in (clause_run_start(doc, f.start), start):
            between = doc.between(lo, f.start)
            found = [g for g in between if g.relation in CHANGE and g.kind == "amount"]
            if len(found) == len(rates) and not any(g.kind == "percent" for g in between):
                deltas = found
                break
        if deltas is None or any(d.approximate for d in deltas):
            continue
        # each rate in the direction of its change ("分别增长8.80%、下降6.25%"; a bare rate goes on the run's)
        first = _direction(doc, f)
        if any(_direction(doc, d) != (first if r.relation is None else _direction(doc, r)) for r, d in zip(rates, deltas)):
            continue
        for r, d in zip(rates, deltas):
            out[r.start] = d
    return out


# a rate of another measure than the written figures: "同口径增长", "剔除…因素后增长", "按可比价格计算增长"
_QUALIFIED = lazy(r"口径|剔除|可比|扣除")
_NAMES_LAST_YEAR = lazy(r"同比|(?:比|较|与)(?:上年|去年|上一年)|上年同期")


def _other_base(doc: NarrativeDoc, rate: Figure, delta: Figure) -> bool:
    """A rate and a change each naming what they compare with, and not the same: "比年初预算增加2.45亿元，
    比上年增长3.8%" (the change is on the budget, the rate on last year)."""
    said = doc.view[doc.index.phrases.start(rate.start):rate.start]
    if not _NAMES_LAST_YEAR.search(said):
        return False
    # (not "较2016年“三公”经费预算数减少…": last year's budget figure, a comparison with last year)
    return _against_budget_only(doc, delta) or _against_another_time(doc, delta)


# a comparison with a day, a week, a month, the start or the end of a year, not with last year ("较1月16日", "比前一周",
# "比上月", "比年初", "较2023年末")
_ANOTHER_TIME = lazy(r"\d{1,2}\s?月(?:\d{1,2}\s?日|份|末|底)?|上月|上周|前一周|上一周|上季度?|上旬|月初|年初(?!预算|计划|安排|数)|年末|年底")


def _against_another_time(doc: NarrativeDoc, delta: Figure) -> bool:
    """A change whose own comparison names another time than last year ("较1月16日下降0.20元/公斤，较去年同期
    下降11.26%": the rate is on last year, the change on a day)."""
    against = own_comparison(doc, delta)
    # (a year alone, "较2023年", or last year's same period is last year; "较2023年末" is a day)
    return bool(_ANOTHER_TIME.search(against)) and not re.search(r"同期|(?:上年|去年|上一年)(?![末底初])", against)


def _delta_after(doc: NarrativeDoc, figs: list[Figure], i: int, used: set[int]) -> Figure | None:
    """"收入12.5亿元，同比增长8.3%，增收0.96亿元": the change amount written right after its rate,
    with nothing but a comma between, no item of its own, and no rate of its own after it."""
    f = figs[i]
    if i + 1 >= len(figs):
        return None
    g = figs[i + 1]
    if g.kind != "amount" or g.relation not in CHANGE or g.approximate or g.start in used:
        return None
    gap = doc.view[f.end:g.start]
    # ("增长17%，增加额达98.8亿元": the change named as such)
    if not re.fullmatch(r"\s*[,，、]?\s*(?:(?:同比|比上年|较上年)?\s*(?:增加|增长|增收|增支|减少|下降|减收|减支|多|少)"
                        r"(?:了|额(?:为|达到?|是)?)?)?\s*",
                        gap):
        return None
    if _direction(doc, g) != _direction(doc, f) or _adjusting(doc, g) != _adjusting(doc, f):
        return None
    if _QUALIFIED.search(doc.view, doc.index.phrases.start(f.start), f.start) or _other_base(doc, f, g):
        return None  # "按可比口径增长4.2%，比上年增加1.19亿元": the rate is of another measure than the change
    if re.search(r"[比较]", gap) and _AGAINST_BUDGET.search(own_comparison(doc, f)):
        return None  # "较年初预算1400万元增长8.8%，较上年增加123.26万元": each names its own base
    h = figs[i + 2] if i + 2 < len(figs) else None
    if h is not None and h.kind == "percent" and h.relation in CHANGE \
            and not re.search(r"[。；;]", doc.view[g.end:h.start]) and len(doc.view[g.end:h.start]) <= 12:
        return None  # "增长8.3%，增收0.96亿元，增长…": that change has its own rate
    return g


# "上年结转""上年结余收入" name this year's items (what was carried over into it), not last year's
_EARLIER = lazy(r"上年(?!结[转余])|去年|上一年|上年度|同期")


# a sentence opening with last year as the time it reports on ("去年全年全盟…收入累计完成310682万元，同比增加23188万元")
_REPORTED_YEAR_OPENS = lazy(r"^(?:去年|上年)(?:全年|上半年|下半年|前?[一二三四1-4]季度|1\s*[-—~至]\s*\d{1,2}月|\d{1,2}月份?|[，,])")


def _the_time_of_the_report(doc: NarrativeDoc, g: Figure, start: int, delta: Figure) -> bool:
    """A figure named last year's only by the sentence opening with last year as its time (a report in January on the
    year before), the one amount of its kind before the change in the sentence: the figure the change is of."""
    return bool(_REPORTED_YEAR_OPENS.search(g.subject or "")) and not any(
        h is not g and plain(h) and comparable(h, delta) and not h.approximate for h in doc.between(start, delta.start))


def is_earlier(g: Figure, years: list[int]) -> bool:
    """A figure of an earlier year than others in its sentence, or named as last year's."""
    return bool(_EARLIER.search(g.subject or "")) or (g.year is not None and any(y > g.year for y in years))


def _base_between(doc: NarrativeDoc, current: Figure | None, delta: Figure) -> Figure | None:
    start = doc.sentence_start(delta.start)
    lo = current.end if current is not None else start

    def compared_already(g: Figure) -> bool:
        # "较年初预算1500万元增加23.26万元，增长1.55%，较上年增加123.26万元": a written base is of the
        # change that follows it; a change of its own written between them closes that comparison
        return closes_the_comparison(doc, g, delta)

    for g in reversed(doc.between(lo, delta.start)):
        if g.role == "base" and comparable(g, delta):
            return None if compared_already(g) else g
    if current is not None and (level := level_it_moved_from(doc, current, delta)) is not None:
        return level
    if current is not None:
        years = [g.year for g in doc.between(start, delta.start) if g.year and plain(g)]
        own = list_of(doc, current)
        for g in reversed(doc.between(start, delta.start)):
            if g is current or not plain(g) or not comparable(g, delta) or _other_items(g.subject, current.subject):
                continue  # 上年收入 is not the base of this year's 支出
            if own is not None and g is own.total:
                continue  # "上年支出686.03万元，其中项目支出11.81万元，比上年减少24.09万元": the whole of the part, not its base
            if compared_already(g):
                break
            if _against_budget_only(doc, delta) and not _AGAINST_BUDGET.search(g.subject or ""):
                continue  # "上年1400万元，比年初预算增加23.26万元": last year's figure is no budget
            if _not_the_named_measure(doc, delta, g):
                continue  # "2022年支出100万元，2022年预算110万元，…，与2022年支出相比，增加25万元": not the budget
            if is_earlier(g, years) and (same_item(g.subject, current.subject) or _same_bare_measure(g.subject, current.subject)) \
                    or _EARLIER.search(g.subject or ""):
                return g
    return None


_COMPARING = lazy(r"(?<![相对])[比较]|与")


def closes_the_comparison(doc: NarrativeDoc, base: Figure, delta: Figure) -> bool:
    """A change of its own written between a comparison's written base and a change: the base is that change's, not this
    one's ("较年初预算1500万元增加23.26万元，较上年增加123.26万元") — but the comparison's own rate, no other comparison
    opened after it, leaves the base to the change after it ("较上年同期110374万元下降9.5%，减收10479万元")."""
    between = [h for h in doc.between(base.end, delta.start) if h.relation in CHANGE]
    if not between:
        return False
    return any(h.kind != "percent" for h in between) or _COMPARING.search(doc.view, base.end, delta.start) is not None


# the level a figure was moved to, right after the level it was moved from: "由397959万元调整为409959万元",
# "由8.5亿元增加到9.2亿元"; and an adjusted budget after the budget set at the start of the year ("年初预算安排23784万元，
# 预算调整为44305万元")
_MOVED_TO = lazy(r"\s*(?:调整|调增|调减|增加|增长|提高|上升|下降|减少|降低|压减|缩减|核增|核减|追加)(?:后)?(?:到|至|为)\s*$")
_FROM_BEFORE = lazy(r"(?:由|从)(?:上年|去年|上年度|\d{4}\s*年度?)?的?\s*$")
_INITIAL_BUDGET = lazy(r"年初预算(?:安排|数)?(?:为|是)?\s*$")
_ADJUSTED_TO = lazy(r"^\s*[，,]?\s*(?:预算)?(?:调整|调增|调减)(?:后)?(?:到|至|为)\s*$")


def level_it_moved_from(doc: NarrativeDoc, current: Figure, delta: Figure) -> Figure | None:
    """"一般公共预算总收入由397959万元调整为409959万元，调增12000万元", "年初预算安排23784万元，预算调整为44305万元，
    增加20521万元": a bare change (no comparison of its own) right after a level reached is the move from the level
    written right before it."""
    k = doc.position(current)
    if k == 0 or own_comparison(doc, delta) or re.search(r"同比|环比", doc.view[current.end:delta.start]):
        return None
    g = doc.figures[k - 1]
    if g.kind != current.kind or not comparable(g, delta) or g.approximate or not (plain(g) or g.role == "base"):
        return None
    if doc.between(current.end, delta.start) or re.search(r"[。；;]", doc.view[g.end:delta.start]):
        return None   # another figure, or another statement, between the level and the change
    between = doc.view[g.end:current.start]
    if _MOVED_TO.match(between) and _FROM_BEFORE.search(doc.view, max(0, g.start - 12), g.start):
        return g
    if _ADJUSTED_TO.match(between) and _INITIAL_BUDGET.search(doc.view, max(0, g.start - 12), g.start):
        return g
    return None


def _against_budget_only(doc: NarrativeDoc, delta: Figure) -> bool:
    """A change whose own comparison names the budget and no year ("比年初预算增加23.26万元")."""
    against = own_comparison(doc, delta)
    return bool(_AGAINST_BUDGET.search(against)) and not re.search(r"\d{4}\s?年|上年|去年|上一年|同期", against)


# "和2018年预算310.88万元比，增加…": a comparison opened by 和 and closed by 比
_AND_OPENS = lazy(r"和(?=\s*" + _OWN_BASE + r")[^，,；;。和]{0,24}$")


def comparison_at(words: str) -> int:
    """Where the last comparison in ``words`` opens: its last 比/较/与, or the 和 opening a "和…比" before that 比."""
    at = max(words.rfind("比"), words.rfind("较"), words.rfind("与"))
    if at > 0 and words[at] == "比" and (m := _AND_OPENS.search(words, 0, at)) is not None:
        return m.start()
    return at


_CLOSING_BI = lazy(r"\s*(?:相比|比较|比)")


def and_comparison_close(doc: NarrativeDoc, base: Figure) -> int:
    """Where the 比 closing a "和…比" comparison around ``base`` ends ("和2018年预算310.88万元比，增加…"), else -1."""
    m = _CLOSING_BI.match(doc.view, base.end)
    if m is None or not _AND_OPENS.search(doc.view, max(0, base.start - 26), base.start):
        return -1
    return m.end()


def own_comparison(doc: NarrativeDoc, delta: Figure) -> str:
    """The words of a change's own comparison, from its last 比/较/与 in its clause to the change ("比年初预算增加"),
    or "" (none, or only 同比)."""
    clause = doc.view[doc.clause_start(delta.start):delta.start]
    at = comparison_at(clause)
    return clause[at:] if at >= 0 and clause[at - 1:at + 1] != "同比" else ""


_AGAINST_THE_BUDGET_BY_NAME = lazy(r"(?:超收|短收|超支)(?:了|为|额为?)?\s*$")


def _against(doc: NarrativeDoc, delta: Figure) -> str:
    phrase = doc.view[doc.clause_start(delta.start):delta.start]
    if _AGAINST_THE_BUDGET_BY_NAME.search(phrase):
        return "预算"  # "完成预算的107.7%，超收3078万元": above or below the budget, by its name
    at = comparison_at(phrase)
    if at < 0 or phrase[at - 1:at + 1] == "同比":
        return "上年"
    if _AGAINST_BUDGET.search(phrase[at:]):
        return "预算"
    return "上年"


def changed_figure(doc: NarrativeDoc, delta: Figure) -> Figure | None:
    return _current_for(doc, delta)[0]


def context_before(doc: NarrativeDoc, f: Figure) -> str:
    start = max(doc.sentence_start(f.start), f.start - 40)
    return doc.view[start:f.start]


# -- the changes of a total and of its parts ------------------------------------------------

@dataclass
class ChangeList:
    """"三公经费1165.08万元，同比减少63.96万元。其中：A 204.78万元，同比减少54.2万元；B …增加53.81万元…":
    the total's change and the changes of the parts written after it, against the same base."""

    total: Figure                        # the total's change
    sign: int
    parts: list[tuple[Figure, str, int]]  # (change, item name, sign)
    unchanged: list[Figure]              # parts stated as a level with no change of their own
    against: str
    # parts stated as a figure with a rate of change but no change amount ("B 174,732.10元，增长176.55%"):
    # that figure may itself be the change, and the part cannot be taken as unchanged
    unknown: list[Figure] = field(default_factory=list)
    # parts that may belong to a nested 其中 instead ("…，其中：A…；B…；C…" read as going on past its
    # first item): one group per semicolon item after that first item, in order; the list without
    # the first j groups, for every j, is another reading of it
    nested: list[list[Figure]] = field(default_factory=list)


_CHANGE_LIST_OPEN = lazy(r"其中|具体情况如下|具体如下|分项看")
# a breakdown or the reasons of one item of a list of changes, after a comma
_ITEM_BREAKDOWN = lazy(r"[，,]\s*(?:主要包括|主要是|主要为|主要有|主要原因是|原因是|包括|含)")


# a change verb before the item it changes, then the amount: "调减国有资源有偿使用收入9.29万元"
_VERB_FIRST = lazy(r"(?:^|[，,；;：:)）\s])\s*(调增|调减|追加|追减|核增|核减|压减)([^，,；;。：:\d%％]{2,16}?)\s*$")
_DOWN_FIRST = ("调减", "追减", "核减", "压减")


def _item_of_change(doc: NarrativeDoc, g: Figure, last: str) -> tuple[str, Figure | None]:
    """The item a part's change is of: the figure it is bound to in its sentence, else the name
    written before 比/较 ("公务接待费较上年减少12.39万元"), else the item of the change before it."""
    cur, same = _current_for(doc, g)
    if cur is not None and same and cur.end > doc.sentence_start(g.start) and cur.subject:
        return cur.subject, cur
    named = re.split(r"比|较|同比|与|相比", g.subject or "")[0]
    named = _CHANGE_VERB_END.sub("", named)
    if len(_COMPARISON_WORDS.sub("", named)) >= 2:
        return named, None
    return last, None


def _rate_follows(doc: NarrativeDoc, g: Figure) -> bool:
    nxt = doc.between(g.end, doc.clause_end(doc.clause_end(g.end) + 1))
    return any(h.kind == "percent" and h.relation in CHANGE for h in nxt[:2])


# Items that make up their total by definition, in lists of changes.
CHANGE_GROUPS = COMPLETE_LISTS + (("税收收入", "非税收入"),)


_REASON_OPENS = lazy(r"原因是|原因为|原因主要[是为]|主要是由于|是由于|主要是")


def _goes_on_with_a_reason(doc: NarrativeDoc, listed: list, g: Figure, name: str) -> bool:
    """The parts are of a complete group (基本支出、项目支出) and the part before gave a reason ("主要原因是…"): a change
    named outside that group, after the reason in the same sentence, is one more of the reason's items, not a part."""
    group = _group_of(listed[0][1])
    if group is None or any(w in (name or "") for w in group):
        return False
    last = listed[-1][0]
    return doc.sentence_start(last.start) == doc.sentence_start(g.start) \
        and _REASON_OPENS.search(doc.view, last.end, g.start) is not None


def _group_of(name: str) -> tuple[str, ...] | None:
    return next((ws for ws in CHANGE_GROUPS if any(w in (name or "") for w in ws)), None)


def _inline_list_end(doc: NarrativeDoc, a: int, end: int) -> int:
    """An inline 其中 list ends with its sentence; it goes on into the next sentence only when that one
    opens with an item of the same group ("其中：A…。B…。": 因公出国…。公务接待…), not a new total."""
    stop = doc.sentence_end(a)
    groups = {_group_of(g.subject) for g in doc.between(a, min(stop, end)) if g.kind == "amount"} - {None}
    probe, reasons = stop, 0
    while probe < end:
        nxt = doc.sentence_end(probe + 1)
        lead = next((g for g in doc.between(probe + 1, min(nxt, end)) if g.kind == "amount"), None)
        if lead is None and nxt > probe and reasons < 2:
            probe, reasons = nxt, reasons + 1  # a sentence of reasons between two items ("各部门单位严把…。")
            continue
        if lead is None or _group_of(lead.subject) not in groups:
            break
        stop = probe = nxt
        reasons = 0
    return min(stop, end)


def _marked_lines_end(doc: NarrativeDoc, pos: int, end: int) -> int:
    """Where the parts after "具体情况如下：" end: the run of marked lines ("1、A…"), or, when the
    first marked line is a heading ("一、因公出国(境)经费"), the sections under the headings of that
    style, each heading with the lines of text below it, up to a heading of another style."""
    view = doc.view
    first = view[pos:doc.paragraph_end(pos)] if pos < len(view) else ""
    style = marker_of(first)
    sections = style is not None and _heading(first)
    while pos < len(view):
        line_end = doc.paragraph_end(pos)
        line = view[pos:line_end]
        if sections:
            if line.strip() and _heading(line) and marker_of(line.strip()) != style:
                break
        elif not line.strip() or marker_of(line) is None:
            break
        end, pos = line_end, line_end + 1
    return end


def _sub_lines_of_changed_items(doc: NarrativeDoc, pos: int, end: int) -> list[tuple[int, int]]:
    """Lines marked in another style under an item of a list of marked lines whose own change is said ("二、公务用车…
    4.00万元，比上年减少1.00万元。\n（一）购置费0万元。\n（二）运行维护费4.00万元，比上年减少1.00万元。\n三、…"): the
    item's own parts, whose changes are in the item's."""
    view = doc.view
    out: list[tuple[int, int]] = []
    style = None
    changed = False
    while pos < end:
        line_end = min(doc.paragraph_end(pos), end)
        mark = marker_of(view[pos:line_end])
        if mark is not None and style is None:
            style = mark
        if mark is not None and mark == style:
            changed = any(g.relation in CHANGE and g.kind == "amount" for g in doc.between(pos, line_end))
        elif mark is not None and changed:
            out.append((pos, line_end))
        pos = line_end + 1
    return out


def change_lists(doc: NarrativeDoc) -> list[ChangeList]:
    cached = doc.__dict__.get("_change_lists")
    if cached is not None:
        return cached
    out: list[ChangeList] = []
    view = doc.view
    for m in _CHANGE_LIST_OPEN.finditer(view):
        k = m.start()
        # the total's change: the nearest change before the marker, nothing but changes and rates between
        before = doc.between(max(0, k - 200), k)
        d = None
        for g in reversed(before):
            if g.kind != "amount":
                continue  # rates, counts ("十条举措") between the change and the marker
            if g.relation in CHANGE and g.kind == "amount" and not g.approximate and not in_brackets(doc, g):
                d = g
            break
        if d is None:
            continue
        # every total change of d's sentence, one per base ("较上年减少15.29万元，较年初预算数减少0.04万元"),
        # after any earlier list marker of the sentence (a nested 其中 is the list of d's own item)
        lo = doc.sentence_start(d.start)
        outer = [x.end() for x in _CHANGE_LIST_OPEN.finditer(view, lo, d.start)]
        if outer:
            lo = max(outer[-1], view.rfind("；", lo, d.start) + 1, view.rfind(";", lo, d.start) + 1)
        totals: dict[str, Figure] = {}
        for g in doc.between(lo, d.end):
            if g.relation in CHANGE and g.kind == "amount" and comparable(g, d) and not g.approximate:
                totals.setdefault(_against(doc, g), g)
        # the parts: to the end of the paragraph, or the marked lines after "具体情况如下："
        end = doc.paragraph_end(m.end())
        if outer:
            # a nested 其中 inside an item of an outer list ends with that item
            semi = re.search(r"[；;]", view[m.end():end])
            if semi:
                end = m.end() + semi.start()
        lined = not view[m.end():end].strip(" ：:\t")
        if not lined:
            end = _inline_list_end(doc, m.end(), end)
        else:
            end = _marked_lines_end(doc, end + 1, end)
        parts: dict[str, list[tuple[Figure, str, int]]] = {a: [] for a in totals}
        bound: set[int] = set()
        last = ""
        figs = doc.between(m.end(), end)
        # the parts of a nested inline 其中 belong to their own item, whose change is listed itself
        inner = [] if not lined else _sub_lines_of_changed_items(doc, doc.paragraph_end(m.end()) + 1, end)
        ambiguous = []  # a nested list ended at its first semicolon may go on to the end of the list
        for x in _CHANGE_LIST_OPEN.finditer(view, m.end(), end):
            stop = doc.paragraph_end(x.end())
            semi = re.search(r"[；;]", view[x.end():stop])
            if view[x.end():stop].strip(" ：:\t"):
                if x.start() and view[x.start() - 1] in "（(":
                    close = _bracket_span(view, x.start() - 1, stop)  # "(其中:A…,B…)": to its bracket
                    stop = close if close > 0 else stop
                    semi = re.search(r"[；;]", view[x.end():stop])
                inner.append((x.start(), x.end() + semi.start() if semi else stop))
                if semi:
                    # each later semicolon item may still be the nested list's, each to its semicolon or its sentence's
                    # end (a full stop may end the nested list as well as the item: "其中A…；B…，…。C…")
                    cut = x.end() + semi.start()
                    for later in re.finditer(r"[^；;。]+", view[cut:min(stop, end)]):
                        ambiguous.append((cut + later.start(), cut + later.end()))
        for x in _ITEM_BREAKDOWN.finditer(view, m.end(), end):
            # "B 2500万元，较上年减少277万元，主要包括C 1851万元，同比增加781万元；D…", "…减少4万元，主要是油费
            # 减少1万元、维修费减少3万元": the changes of the item's own parts or reasons, to its semicolon
            if any(a <= x.start() < b for a, b in inner):
                continue
            stop = min(end, doc.sentence_end(x.end()))
            semi = re.search(r"[；;（(]", view[x.end():stop])
            if semi:
                inner.append((x.start(), x.end() + semi.start()))
                continue
            # written with commas only: the breakdown's first item is its own, each later comma item may be
            chunks = list(re.finditer(r"[^，,]+", view[x.end():stop]))
            if not chunks:
                continue
            first = x.end() + chunks[0].end()
            inner.append((x.start(), first))
            if doc.between(x.end(), first):
                ambiguous.extend((x.end() + c.start(), x.end() + c.end()) for c in chunks[1:])
        whole_name = _item_of_change(doc, d, "")[0]
        for g in figs:
            if any(a <= g.start < b for a, b in inner):
                continue
            verb_first = _VERB_FIRST.search(view, doc.clause_start(g.start), g.start) \
                if g.relation is None and g.kind == "amount" and plain(g) else None
            if verb_first is not None and not g.approximate and not in_brackets(doc, g):
                # "(3)调减国有资源有偿使用收入9.29万元": the verb before the item it changes
                a = _against(doc, d)
                if a in parts and comparable(g, d):
                    sign = -1 if verb_first.group(1) in _DOWN_FIRST else 1
                    parts[a].append((g, verb_first.group(2), sign))
                    bound.add(g.start)
                continue
            if g.relation not in CHANGE or g.kind != "amount" or g.approximate or in_brackets(doc, g):
                continue
            if _SUM_CHANGE.match(view, doc.index.phrases.start(g.start), g.start):
                break  # "…；公务用车运行费…减少2万元，合计减少3万元": the parts' sum restated, no part
            name, cur = _item_of_change(doc, g, last)
            if any(parts.values()) and (_A_WHOLE_OF_ITS_OWN.search(norm_name(name or "")) or flows_apart(name, whole_name)):
                break  # "…，其中财政拨款收入…增加30万元；本年支出合计…增加18.12万元": a new statement, not a part
            a = _against(doc, g)
            if a in parts and parts[a] and _goes_on_with_a_reason(doc, parts[a], g, name):
                continue  # "其中：基本支出…增加26.46万元，主要原因是社会保障和就业支出增加27.41万元…；教育支出增加3.84万元…": the reason's
            last = name
            if cur is not None:
                bound.add(cur.start)
            if a in parts and comparable(g, d) and name:
                parts[a].append((g, name, _direction(doc, g)))
        # a part of a nested 其中 is a part of a part, never a part left unchanged
        unchanged = [g for g in figs if plain(g) and g.kind == "amount" and comparable(g, d) and g.start not in bound
                     and not parts_after(doc, g) and not in_brackets(doc, g) and not g.approximate
                     and not any(a <= g.start < b for a, b in inner) and not rate_base(doc, g)]
        # (nor the base of a completion rate: "完成年初预算计划14246万元的31.3%")
        # a list of an item's own parts ends before another item of its total's group: nested written with commas
        # ("其中：基本支出…增加80万元，其中人员经费…增加90万元，项目支出…增加20万元": 项目支出 is 基本支出's sibling), or
        # read on over a full stop ("公务用车购置及运行维护费…减少2039万元。其中购置费…；运行维护费…。公务接待费…":
        # 公务接待费 is the car item's sibling, never its part)
        own, _ = _item_of_change(doc, d, "")
        group = _group_of(own)
        mine = {w for w in group if w in own} if group else set()
        for a in parts:
            cut = next((i for i, (_, name, _) in enumerate(parts[a])
                        if group and mine and (theirs := {w for w in group if w in name}) and not theirs & mine), None)
            if cut is not None:
                parts[a] = parts[a][:cut]
        for a, total in totals.items():
            if len(parts[a]) >= 2:
                names = [n for _, n, _ in parts[a]]
                rest = [g for g in unchanged if not any(same_item(g.subject, n) for n in names)]
                unknown = [g for g in rest if _rate_follows(doc, g)]
                nested = [group for x, y in ambiguous if (group := [g for g, _, _ in parts[a] if x <= g.start < y])]
                out.append(ChangeList(total, _direction(doc, total), parts[a],
                                      [g for g in rest if g not in unknown], a, unknown, nested))
    out.extend(_changes_written_apart(doc, {cl.total.start for cl in out}))
    doc.__dict__["_change_lists"] = out
    return out


_APART_PARAGRAPHS = 12     # paragraphs after the whole's own in which its parts may be written
_APART_REACH = 4000       # and at most so many characters on
_NOT_THIS_YEARS = lazy(r"上年|去年|上一年|同期|(?<!一般公共)(?<!政府性基金)(?<!国有资本经营)预算|计划(?!生育)")


def _changes_written_apart(doc: NarrativeDoc, taken: set[int]) -> list[ChangeList]:
    """"本部门财政拨款本年收入1205.11万元，比2018年度增加253.71万元。具体情况如下：\n一般公共预算财政拨款本年收入979.53万元，
    比上年增加28.13万元；…\n政府性基金预算财政拨款本年收入225.58万元，比上年增加161.78万元": a whole's change and the
    changes of its parts written in the paragraphs after it, no list word between (see ``_groups_written_apart``), whose
    levels add up to the whole's — so they are all of it now."""
    groups = list(_groups_written_apart(doc, taken))
    doc.__dict__["_apart_groups"] = groups   # (levels_written_apart reads them)
    return [ChangeList(d, _direction(doc, d), parts, [], against) for d, whole, parts, levels, against in groups
            if interval_sum(value_of(g) for g in levels).overlaps(value_of(whole))]


@dataclass
class LevelsApart:
    """"地方财政收入6717万元，较上年减收3422万元。……税收收入4575万元，较上年同期减收2118万元；非税收入累计完成
    12142万元，较上年同期减收1304万元": parts written apart, named as all the words of one complete group, whose changes
    add up to the whole's change — which binds them to it — and whose levels do not add up to its level."""

    whole: Figure
    change: Figure
    levels: list[Figure]
    computed: Interval


def levels_written_apart(doc: NarrativeDoc) -> list[LevelsApart]:
    cached = doc.__dict__.get("_levels_apart")
    if cached is not None:
        return cached
    out = []
    change_lists(doc)
    groups = doc.__dict__.get("_apart_groups", ())
    # parts whose levels add up to some whole are that whole's, not another's
    whole_of = {tuple(g.start for g in levels) for _, whole, _, levels, _ in groups
                if interval_sum(value_of(g) for g in levels).overlaps(value_of(whole))}
    for d, whole, parts, levels, _ in groups:
        total = interval_sum(value_of(g) for g in levels)
        if total.overlaps(value_of(whole)) or not _all_of_a_group([norm_name(g.subject) for g in levels]):
            continue   # (parts named as the whole with a qualifier may be its siblings: "A区一般公共预算收入", "B区…")
        if tuple(g.start for g in levels) in whole_of or value_of(whole).hi < min(value_of(g).lo for g in levels):
            continue   # (a whole below every part is none of theirs: "上划中央收入12133万元" before 税收、非税)
        if any(f is not whole and f.kind == "amount" and comparable(f, whole) and total.overlaps(value_of(f))
               for f in doc.between(doc.paragraph_start(whole.start), levels[0].start)):
            continue   # (another figure written between is their sum: "上划中央收入…。地方一般公共预算收入3935亿元。税收…")
        if _another_period(doc, whole, levels):
            continue   # ("1-5月累计完成…较上年同期减收5158万元。5月当月：税收收入…；非税收入…")
        said = value_of(d) if _direction(doc, d) > 0 else value_of(d).scale(-1)
        summed = interval_sum(value_of(c) if sign > 0 else value_of(c).scale(-1) for c, _, sign in parts)
        if summed.overlaps(said):
            out.append(LevelsApart(whole, d, levels, total))
    doc.__dict__["_levels_apart"] = out
    return out


# the period a figure is of, said before it in its paragraph ("1-5月", "5月当月", "上半年", "一季度")
_PERIOD = lazy(r"\d{1,2}\s*[-—–~～至到]\s*\d{1,2}\s*月|\d{1,2}\s*月(?:份)?|当月|本月|[上下]半年|[一二三四1-4]\s*季度")


def _periods(doc: NarrativeDoc, g: Figure) -> set[str]:
    return {re.sub(r"\s|份", "", m.group()) for m in _PERIOD.finditer(doc.view, doc.paragraph_start(g.start), g.start)}


def _another_period(doc: NarrativeDoc, whole: Figure, levels: list[Figure]) -> bool:
    """The parts are said of another period than the whole: their paragraph names a period the whole's does not
    ("5月当月" after "1-5月累计"); or of another scope ("市本级" after "全市")."""
    own = _periods(doc, whole)
    if any(_periods(doc, g) - own for g in levels):
        return True
    # or of another scope, named before a part in its paragraph or in a heading between ("全市…。\n二、市本级收入情况\n
    # 税收收入…")
    own = set(_APART_SCOPE.findall(doc.view, doc.paragraph_start(whole.start), whole.start))
    at = doc.paragraph_end(whole.end) + 1
    while at < levels[-1].start:
        end = doc.paragraph_end(at)
        mine = [g for g in levels if at <= g.start <= end]
        if mine or not doc.between(at, end):
            if set(_APART_SCOPE.findall(doc.view, at, mine[-1].start if mine else end)) - own:
                return True
        at = end + 1
    return False


_APART_SCOPE = lazy(r"全省|全市|全州|全县|全区|全镇|[省市州县区]本级|县区|县市区|各县|乡镇|地方级")


def _all_of_a_group(names: list[str]) -> bool:
    """Names that are the words of one complete group, each once (税收收入、非税收入)."""
    return any(len(ws) == len(names) and all(sum(w in n for w in ws) == 1 for n in names)
               and all(any(w in n for n in names) for w in ws) for ws in CHANGE_GROUPS)


def _groups_written_apart(doc: NarrativeDoc, taken: set[int]):
    """A whole's change, then its parts each with its change in the paragraphs after it, no list word between: the
    parts are named as the whole with a qualifier before its name ("一般公共预算" + "财政拨款本年收入"), or as the words
    of one complete group (税收收入、非税收入; 工资性、经营净、财产净、转移净 of 人均可支配收入); each states its change
    against the same base.  The parts are read up to the whole's name said again (a new section).
    Yields (the whole's change, the whole, [(change, name, sign)], the parts' levels, the base)."""
    # the figures that may be parts (plain amounts) and the change after each, found once
    levels_at = [g for g in doc.figures if g.kind == "amount" and plain(g) and not g.approximate]
    starts = [g.start for g in levels_at]
    changes: dict[int, tuple[Figure | None, str]] = {}

    def change_of(g: Figure) -> tuple[Figure | None, str]:
        if g.start not in changes:
            c = next((c for c in doc.between(g.end, doc.sentence_end(g.end)) if c.kind == "amount"), None)
            ok = c is not None and c.relation in CHANGE and not c.approximate and _current_for(doc, c)[0] is g
            changes[g.start] = (c, _against(doc, c)) if ok else (None, "")
        return changes[g.start]

    for d in doc.figures:
        if d.relation not in CHANGE or d.kind != "amount" or d.approximate or d.start in taken or in_brackets(doc, d):
            continue
        whole, same = _current_for(doc, d)
        if whole is None or not same or not plain(whole) or whole.approximate or not whole.value or in_brackets(doc, whole):
            continue
        core = norm_name(whole.subject)
        if len(core) < 4 or _NOT_THIS_YEARS.search(core):
            continue
        end, lines = d.end, 0
        while lines <= _APART_PARAGRAPHS and end < min(len(doc.view), d.end + _APART_REACH):
            nxt = doc.paragraph_end(end) + 1
            lines += bool(doc.view[end:nxt].strip())   # (blank lines not counted)
            end = nxt
        end = min(end, d.end + _APART_REACH)
        against = _against(doc, d)
        if _other_base_year(doc, d, whole.year):
            continue   # "…比上年决算数增加38.97万元；比2019年(疫情前)决算数减少24.87万元": not against the parts' 上年
        parts: list[tuple[Figure, str, int]] = []
        levels: list[Figure] = []
        names: set[str] = set()
        for k in range(bisect_left(starts, d.end), bisect_left(starts, end)):
            g = levels_at[k]
            if not comparable(g, whole) or in_brackets(doc, g):
                continue
            name = norm_name(g.subject)
            if name == core:
                break   # the whole said again: a new section
            if name in names or _NOT_THIS_YEARS.search(name) or not _named_as_a_part(name, core):
                continue
            change, its_base = change_of(g)
            if change is None or not comparable(change, d) or its_base != against:
                parts = []
                break   # a part without its change: nothing can be said
            names.add(name)
            levels.append(g)
            parts.append((change, g.subject, _direction(doc, change)))
        if len(parts) >= 2:
            yield d, whole, parts, levels, against


def _other_base_year(doc: NarrativeDoc, change: Figure, year: int | None) -> bool:
    """The change's own comparison names a year other than the one before ``year`` ("比2019年(疫情前)决算数减少…" in a
    report of 2023): against that year, not against last year."""
    m = _YEAR_IN_ITEM.search(own_comparison(doc, change))
    return m is not None and year is not None and int(m.group(1)) != year - 1



@lru_cache(maxsize=4096)
def _named_as_a_part(name: str, core: str) -> bool:
    """A part's name is the whole's name with a qualifier before it ("一般公共预算财政拨款本年收入" of "本部门财政拨款本年
    收入": at least four characters in common at the end, and the part's own words before them), or a word of a complete
    group whose measure the whole names ("人均工资性收入" of "人均可支配收入")."""
    k = 0
    while k < min(len(name), len(core)) and name[-1 - k] == core[-1 - k]:
        k += 1
    if k >= 4 and k < len(name):
        return True
    return k >= 2 and any(sum(w in name for w in ws) == 1 and not any(w in core for w in ws) for ws in CHANGE_GROUPS)
