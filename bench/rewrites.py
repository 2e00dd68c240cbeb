"""Meaning-preserving rewrites of the corpus: python bench/rewrites.py [--only NAME] [--diff] [--json OUT]

A report reaches its reader in many written forms of the same words: PDF text wrapped in mid-sentence, full-width
digits, traditional script, a space before a unit ("6.12 万元", "2024 年"), thousands separators, ASCII punctuation,
list markers before paragraphs.  A rewrite that keeps the meaning must keep the findings: no new error, no lost error.

Each rewrite below is applied, one at a time and deterministically, to every passage of the corpus
(tests/data/narrative); the checks run on the rewritten text (bench/narrative.py's ``run_passage``) and each finding is
matched to a hand-verified relation as bench/narrative.py does, the relations' claims moved to their place in the
rewritten text through the rewrite's offset map.  A rewrite is a list of edits, each replacing a span of the text
(empty: an insertion) by new text (empty: a deletion); every position of the original text has one position in the
rewritten one, a span replaced whole going to its replacement whole.  Rewrites never change a figure's value; all but
``yuan`` keep its decimals too.

- wrap38, wrap23: a line break every 38 (23) characters of a line, as text copied from a PDF has, never right before or
  after a digit, a point or a percent sign (lines holding a tab or a "|", table rows, are left as they are);
- fullwidth: ASCII digits, '.', '%' and ',' written full-width (０-９．％，);
- traditional: simplified script turned traditional with OpenCC (s2t), units too (万元→萬元, 亿元→億元);
- spaced: one space between a number and its unit, and between a 4-digit year and 年;
- grouped: thousands separators in every number of five or more integer digits not already grouped (never a year, a
  decimal fraction or a code: a number next to a letter, a slash or a dash, or written before 号);
- ascii_punct: ，；：（） written , ; : ( );
- markers, markers_paren: "一、" ("（一）") numbering before each paragraph that has no list marker;
- stop_space: a space after each full stop and semicolon followed by more text on its line ("…万元。 其中：…");
- pdfwidth: a line break where a PDF line of 36 columns is full (ideographs and full-width punctuation one column,
  ASCII digits, letters, '.', '%' and ',' half a column), moved on as wrap38's, on the lines wrap38 wraps;
- oneline: the line break between two lines of running text removed, as a text pasted from a web page as one paragraph
  has them (headings, list items, table rows and blank lines keep theirs; never a break whose joining would glue two
  digits or letters into one number or word);
- yuan: every amount in 万元 written in 元, the value times 10000 with four decimals fewer, never below none
  ("12.3456万元" → "123456元", "1.5万元" → "15000元"; not the second bound of a range "10-20万元", nor the part after
  亿 in "1亿2000万元").  This rewrite CHANGES PRECISION: "15000元" stands for ±0.5元 where "1.5万元" stood for ±500元,
  so a relation that held only by rounding may fail.  The same narrowing is measured in 万元 as well (the amounts
  given four decimals, "1.5000万元"); an error of ``yuan`` on a relation that holds which that text gives too (same
  rule, same place), and an error lost which that text loses too, comes from the precision: listed apart as a
  PRECISION CHANGE (PRECISION LOST), not counted as wrong nor as lost, and counted in the column "precision" (a wrong
  warning so: PRECISION WARNING, not counted as wrong nor in that column);
- cnyear: a year before 年 (1900-2099, not part of a longer number or a code) written in Chinese digits
  ("2023年" → "二〇二三年").

Printed per rewrite, and for the original text as the baseline: passages, errors right / wrong (an error is right on
an inconsistent relation; any other error is wrong), passages whose relations all hold that got an error, recall
(inconsistent relations with an error) and warnings right / wrong (right on an inconsistent or truncated relation).
--diff lists, per rewrite, every wrong error the original text does not have and every inconsistent relation the
original text catches and the rewrite loses (and the warnings that change so, for information).  Nothing here asserts: the figures go into README's 准确率 section.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from narrative import right_finding, run_passage  # noqa: E402
from tests.narrative_corpus import load_corpus, match_finding  # noqa: E402


# -- rewrites: each returns a list of edits (position, length of the span replaced, new text) ---------------------

class Rewritten:
    """A text rewritten by edits that each replace a span of the original text (of length 0: an insertion before a
    position; of any length: a substitution, a deletion when the new text is empty) by new text.  Spans never
    overlap; an insertion and a substitution may start at the same position (the insertion goes first)."""

    def __init__(self, text: str, edits: list[tuple[int, int, str]]):
        self.original = text
        out, last = [], 0
        self._start, self._end, self._new_end, self._delta = [], [], [], []
        length, total = 0, 0
        for pos, old, new in sorted(edits, key=lambda e: (e[0], e[1])):
            assert pos >= last and old >= 0, (pos, old, new)
            out.append(text[last:pos])
            length += pos - last
            out.append(new)
            length += len(new)
            last = pos + old
            total += len(new) - old
            self._start.append(pos)
            self._end.append(pos + old)
            self._new_end.append(length)
            self._delta.append(total)
        out.append(text[last:])
        self.text = "".join(out)
        assert len(self.text) == len(text) + total

    def _inside(self, p: int, edge: bool) -> int | None:
        """The edit whose replaced span holds ``p`` (its first character too if ``edge``), or None."""
        k = bisect_right(self._end, p)
        if k < len(self._end) and (self._start[k] < p or edge and self._start[k] == p) and self._end[k] > p:
            return k
        return None

    def pos(self, p: int) -> int:
        """Where the character at ``p`` of the original text stands in the rewritten one (text inserted at ``p`` goes
        before it; a substituted character: the start of its substitute, or its end if deleted)."""
        k = self._inside(p, True)
        if k is not None:   # the start of its substitute (of an empty one: where the next character stands)
            return self._new_end[k] - (self._end[k] - self._start[k] + self._delta[k] - (self._delta[k - 1] if k else 0))
        k = bisect_right(self._end, p)
        return p + (self._delta[k - 1] if k else 0)

    def _end_of(self, b: int) -> int:
        """Where the boundary before the character at ``b`` stands, as the end of a span: text inserted at ``b`` is
        after it, a substitution that ``b`` falls inside is before it."""
        k = self._inside(b, False)
        if k is not None:
            return self._new_end[k]
        k = bisect_right(self._end, b)
        while k and self._start[k - 1] == b and self._end[k - 1] == b:
            k -= 1
        return b + (self._delta[k - 1] if k else 0)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The rewritten span of the original span [a, b): text inserted inside it is in it, text inserted at its
        start or its end is not; a substitution it overlaps is in it whole."""
        return self.pos(a), (self._end_of(b) if b > a else self.pos(a))

    def back(self, q: int) -> int:
        """The original position of the character at ``q`` of the rewritten text (an inserted one: the next)."""
        lo, hi = 0, len(self.original)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.pos(mid) < q:
                lo = mid + 1
            else:
                hi = mid
        return lo


_BREAK_SHY = set("0123456789.%０１２３４５６７８９．％")


_LINE_END = tuple("。！？!?；;：:，,、）)”")


def _one(ch: str) -> int:
    return 2


def _pdf_columns(ch: str) -> int:
    """Half columns a character takes in a PDF line: ASCII (digits, letters, '.', '%', ',') half a column, any other
    character (ideographs, full-width punctuation) a whole one."""
    return 1 if ord(ch) < 0x80 else 2


def wrap_edits(text: str, width: int, columns=_one) -> list:
    """A line break wherever the next character would not fit in ``width`` columns (``columns``: half columns of a
    character; by default each character one column), moved on while a digit, a point or a percent sign stands right
    before or after it; never at a line's end, never in a table row, and never in a line the source
    already wrapped (text copied from a PDF is wrapped once: a line that is no heading and does not end with
    punctuation, or follows such a line, is a piece of a line wrapped before)."""
    from perfxl.narrative.structure import _heading

    edits, start = [], 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        before, after = lines[k - 1].rstrip() if k else "", lines[k + 1].strip() if k + 1 < len(lines) else ""
        whole = ((not before or before.endswith(_LINE_END) or _heading(before))
                 and (not after or line.rstrip().endswith(_LINE_END) or _heading(line)))
        if whole and "\t" not in line and "|" not in line and line:
            run = columns(line[0])
            for i in range(1, len(line)):
                if (run + columns(line[i]) > 2 * width and line[i - 1] not in _BREAK_SHY
                        and line[i] not in _BREAK_SHY):
                    edits.append((start + i, 0, "\n"))
                    run = 0
                run += columns(line[i])
        start += len(line) + 1
    return edits


def _body_line(line: str) -> bool:
    """A line of running text: an ideograph and sentence punctuation, no heading, no list item, no table row."""
    from perfxl.narrative.structure import _heading, marker_of

    body = line.strip()
    return bool(body and _IDEOGRAPH.search(body) and _SENTENCE_PUNCT.search(body) and not _heading(body)
                and marker_of(body) is None and "\t" not in line and "|" not in line)


_GLUE = re.compile(r"[0-9A-Za-z.%]")


def oneline_edits(text: str) -> list:
    """The line break between two lines of running text removed (the lines of a paragraph, or two paragraphs in a row,
    joined as a text pasted from a web page as one paragraph has them): headings, list items, table rows and blank
    lines keep their breaks, and so does a break that joining would glue into a number or a word (digit, letter,
    point or percent sign on both sides)."""
    edits, start = [], 0
    lines = text.split("\n")
    body = [_body_line(line) for line in lines]
    for k, line in enumerate(lines[:-1]):
        start += len(line)
        nxt = lines[k + 1]
        if (body[k] and body[k + 1] and line and nxt
                and not (_GLUE.match(line[-1]) and _GLUE.match(nxt[0]))):
            edits.append((start, 1, ""))
        start += 1
    return edits


# an amount in 万元: the number (grouped by commas or by spaces, "42 118万元"; not part of a longer number, not the
# second bound of a range "10-20万元", not after 亿 as in "1亿2000万元"), an optional space, 万元
_WAN = re.compile(r"(?<![\d.,０-９])(?<!\d )(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(\.\d+)?( ?)万元")
_WAN_AFTER = re.compile(r"(?:\d\s*[-－~～—–至到、/或和及]|亿)\s*$")


def _wan_amounts(text: str):
    for m in _WAN.finditer(text):
        if not _WAN_AFTER.search(text[max(0, m.start() - 4):m.start()]):
            yield m


def yuan_edits(text: str) -> list:
    """Every amount in 万元 written in 元: the value times 10000, four decimals fewer, never below none
    ("12.3456万元" → "123456元", "1.5万元" → "15000元", "2,084.00万元" → "20840000元")."""
    edits = []
    for m in _wan_amounts(text):
        frac = (m.group(2) or "")[1:]
        value = Decimal(m.group(1).replace(",", "").replace(" ", "") + (m.group(2) or "")).scaleb(4)
        number_end = m.end(2) if m.group(2) else m.end(1)
        edits.append((m.start(), number_end - m.start(), f"{value:.{max(len(frac) - 4, 0)}f}"))
        edits.append((m.end() - 2, 1, ""))   # 万
    return edits


def yuan_precision_edits(text: str) -> list:
    """Not a rewrite of its own: every amount in 万元 that ``yuan`` writes with a narrower interval, given the
    precision it has there, in 万元 ("1.5万元" → "1.5000万元", as 15000元 stands for ±0.5元).  A finding the ``yuan``
    rewrite changes that this text changes too comes from the precision, not from the unit."""
    edits = []
    for m in _wan_amounts(text):
        frac = (m.group(2) or "")[1:]
        if len(frac) < 4:
            edits.append((m.end(2) if m.group(2) else m.end(1), 0, ("" if frac else ".") + "0" * (4 - len(frac))))
    return edits


_CN_DIGIT = dict(zip("0123456789", "〇一二三四五六七八九"))
_YEAR = re.compile(r"(?<![\d.,０-９A-Za-z/\-_〔\[])(?:19|20)\d\d(?=年)")


def cnyear_edits(text: str) -> list:
    """A year before 年 ("2023年", 1900-2099, not part of a longer number or a code) written in Chinese digits
    ("二〇二三年"), one character for one."""
    return [(m.start() + i, 1, _CN_DIGIT[c]) for m in _YEAR.finditer(text) for i, c in enumerate(m.group())]


_FULL = {c: chr(ord(c) + 0xFEE0) for c in "0123456789.%,"}


def fullwidth_edits(text: str) -> list:
    return [(i, 1, _FULL[c]) for i, c in enumerate(text) if c in _FULL]


@lru_cache(maxsize=1)
def _s2t():
    from opencc import OpenCC

    return OpenCC("s2t")


def traditional_edits(text: str) -> list:
    """Simplified characters turned traditional; where a phrase conversion changes the length of a line, the line is
    converted one character at a time (every conversion stays one character for one)."""
    cc, edits, start = _s2t(), [], 0
    for line in text.split("\n"):
        out = cc.convert(line)
        if len(out) != len(line):
            out = "".join(c if len(c := cc.convert(ch)) == 1 else ch for ch in line)
        edits += [(start + i, 1, b) for i, (a, b) in enumerate(zip(line, out)) if a != b]
        start += len(line) + 1
    return edits


_NUMBER = r"(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?"
_SPACED_UNIT = re.compile(r"(?<![万亿])" + _NUMBER + r"(?=(?:万元|亿元|千元|元|万(?!\d)|亿(?!\d)|%|个百分点|百分点|人次|人|户|个|项|家|辆|次|亩|公里|吨))")
_SPACED_YEAR = re.compile(r"(?<![\d.,])\d{4}(?=年)")


def spaced_edits(text: str) -> list:
    """One space between a number and its unit ("6.12 万元", "5 %") and between a 4-digit year and 年 ("2024 年")."""
    ends = {m.end() for m in _SPACED_UNIT.finditer(text)} | {m.end() for m in _SPACED_YEAR.finditer(text)}
    return [(e, 0, " ") for e in sorted(ends)]


# an integer part of five or more digits, not grouped, not a code (next to a letter, a slash, a dash, 〔〕, before 号)
_LONG = re.compile(r"(?<![\d.,A-Za-z/\-〔\[_])\d{5,}(?![\d,A-Za-z/\-〕\]_号])")


def grouped_edits(text: str) -> list:
    edits = []
    for m in _LONG.finditer(text):
        n = len(m.group())
        edits += [(m.start() + k, 0, ",") for k in range(n % 3 or 3, n, 3)]
    return edits


_ASCII = dict(zip("，；：（）", ",;:()"))


def ascii_punct_edits(text: str) -> list:
    return [(i, 1, _ASCII[c]) for i, c in enumerate(text) if c in _ASCII]


_CN = "一二三四五六七八九十"


def _cn_number(n: int) -> str:
    """一 … 九十九 (a longer text counts from 一 again after 九十九)."""
    n = (n - 1) % 99 + 1
    if n <= 10:
        return _CN[n - 1]
    if n < 20:
        return "十" + _CN[n - 11]
    tens, ones = divmod(n, 10)
    return _CN[tens - 1] + "十" + (_CN[ones - 1] if ones else "")


_PARAGRAPH_END = tuple("。！？!?；;：:")
_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")
_SENTENCE_PUNCT = re.compile("[，,。；;]")


def marker_edits(text: str, paren: bool = False) -> list:
    """A "一、" ("（一）") marker, numbered in order, before each paragraph that has none.  A paragraph is a line of
    sentences (one holding an ideograph and sentence punctuation; no table row: no tab, no "|"; no heading, no cell of a
    table flattened one cell a line) that opens the text or follows a blank line, a line
    ending a sentence or a clause, or a heading (a line with a marker and no sentence punctuation); a line that goes on
    with the sentence of the line before (text wrapped in the source) is no paragraph of its own."""
    from perfxl.narrative.structure import marker_of

    edits, start, n, before = [], 0, 0, ""
    for line in text.split("\n"):
        body = line.strip()
        opens = (not before or before.endswith(_PARAGRAPH_END)
                 or marker_of(before) is not None and not _SENTENCE_PUNCT.search(before))
        if (body and opens and marker_of(line) is None and _IDEOGRAPH.search(body) and _SENTENCE_PUNCT.search(body)
                and "\t" not in line and "|" not in line):
            n += 1
            edits.append((start + len(line) - len(line.lstrip()), 0,
                          f"（{_cn_number(n)}）" if paren else f"{_cn_number(n)}、"))
        start += len(line) + 1
        before = body
    return edits


def stop_space_edits(text: str) -> list:
    """A space after every full stop and semicolon that a character of the same line follows ("…万元。 其中：…")."""
    return [(i + 1, 0, " ") for i, c in enumerate(text[:-1]) if c in "。；" and text[i + 1] not in " \t\n"]


REWRITES = {
    "wrap38": lambda t: wrap_edits(t, 38),
    "wrap23": lambda t: wrap_edits(t, 23),
    "fullwidth": fullwidth_edits,
    "traditional": traditional_edits,
    "spaced": spaced_edits,
    "grouped": grouped_edits,
    "ascii_punct": ascii_punct_edits,
    "markers": marker_edits,
    "markers_paren": lambda t: marker_edits(t, True),
    "stop_space": stop_space_edits,
    "pdfwidth": lambda t: wrap_edits(t, 36, _pdf_columns),
    "oneline": oneline_edits,
    "yuan": yuan_edits,
    "cnyear": cnyear_edits,
}


# rewrites that change a figure's precision, and the text with that precision in the original unit
PRECISION = {"yuan": "yuan_precision"}
_HELPERS = {"yuan_precision": yuan_precision_edits}


def rewrite(name: str, text: str) -> Rewritten:
    return Rewritten(text, (REWRITES.get(name) or _HELPERS[name])(text))


def rewritten_passage(passage, name: str):
    """The passage rewritten, its relations' claims moved to their place; and the offset map."""
    rw = rewrite(name, passage.text)
    rels = []
    for r in passage.relations:
        a, b = rw.span(r.claim_start, r.claim_end)
        rels.append(dataclasses.replace(r, claim=rw.text[a:b], claim_start=a))
    return dataclasses.replace(passage, text=rw.text, relations=tuple(rels)), rw


# -- measuring ------------------------------------------------------------------------------------------------

def measure_passage(passage, name: str | None) -> dict:
    """Errors and warnings on one passage (rewritten by ``name``, or as it is), each keyed by the index of the relation
    it is matched to and by its original position."""
    if name is None:
        p, rw = passage, None
    else:
        p, rw = rewritten_passage(passage, name)
    out = {"error_tp": 0, "error_fp": 0, "warning_tp": 0, "warning_fp": 0, "caught": set(), "wrong": [],
           "warned_right": [], "warned_wrong": [], "noisy": False}
    errors = 0
    for f in run_passage(p.text):
        if not f.rule.startswith("N-") or f.severity not in ("error", "warning"):
            continue
        rel = match_finding(f, p)
        verdict = rel.verdict if rel else None
        tp = right_finding(f.severity, verdict)
        out[f"{f.severity}_{'tp' if tp else 'fp'}"] += 1
        start = f.narrative[0].start if f.narrative else -1
        orig = rw.back(start) if rw is not None and start >= 0 else start
        said = (f.rule, orig, f.narrative[0].text if f.narrative else "", verdict, f.message)
        if f.severity == "error":
            errors += 1
            if tp:
                out["caught"].add(p.relations.index(rel))
            else:
                out["wrong"].append(said)
        else:
            out["warned_right" if tp else "warned_wrong"].append(said)
    out["errors"], out["precision"] = errors, []
    out["noisy"] = bool(errors) and not any(r.verdict == "inconsistent" for r in p.relations)
    return out


def measure(passages, name: str | None) -> dict:
    total = {"passages": len(passages), "error_tp": 0, "error_fp": 0, "warning_tp": 0, "warning_fp": 0,
             "noisy": 0, "caught": 0, "per_passage": {}}
    for passage in passages:
        m = measure_passage(passage, name)
        for k in ("error_tp", "error_fp", "warning_tp", "warning_fp"):
            total[k] += m[k]
        total["noisy"] += m["noisy"]
        total["caught"] += len(m["caught"])
        total["per_passage"][passage.id] = m
    return total


def set_precision_apart(now: dict, precision: dict) -> None:
    """The wrong errors of a rewrite that changes precision which the same precision in the original unit gives too
    (same rule, same original place): not wrong, set apart as precision changes."""
    now["precision"] = 0
    for pid, n in now["per_passage"].items():
        same = {(w[0], w[1]) for w in precision["per_passage"][pid]["wrong"]}
        n["precision"] = [w for w in n["wrong"] if (w[0], w[1]) in same]
        n["wrong"] = [w for w in n["wrong"] if (w[0], w[1]) not in same]
        n["lost_by_precision"] = precision["per_passage"][pid]["caught"]
        now["error_fp"] -= len(n["precision"])
        now["precision"] += len(n["precision"])
        warned = {(w[0], w[1]) for w in precision["per_passage"][pid]["warned_wrong"]}
        n["precision_warnings"] = [w for w in n["warned_wrong"] if (w[0], w[1]) in warned]
        n["warned_wrong"] = [w for w in n["warned_wrong"] if (w[0], w[1]) not in warned]
        now["warning_fp"] -= len(n["precision_warnings"])
        if n["noisy"] and n["errors"] == len(n["precision"]):
            n["noisy"] = False
            now["noisy"] -= 1


def differences(base: dict, now: dict, passages, name: str) -> list[str]:
    """The wrong errors the rewrite adds and the inconsistent relations it no longer catches (for a rewrite that
    changes precision, those the precision alone changes apart)."""
    lines = []
    for p in passages:
        b, n = base["per_passage"][p.id], now["per_passage"][p.id]
        old = {(w[0], w[1]) for w in b["wrong"]}
        for w in n["wrong"]:
            if (w[0], w[1]) not in old:
                lines.append(f"  NEW FALSE ERROR {p.id} [{p.kind}] {w[0]} at {w[1]} '{w[2]}' ({w[3]}): {w[4]}")
        for w in n["precision"]:
            if (w[0], w[1]) not in old:
                lines.append(f"  PRECISION CHANGE {p.id} [{p.kind}] {w[0]} at {w[1]} '{w[2]}' ({w[3]}): {w[4]}")
        old_w = {(w[0], w[1]) for w in b["warned_wrong"]}
        for w in n.get("precision_warnings", []):
            if (w[0], w[1]) not in old_w:
                lines.append(f"  PRECISION WARNING {p.id} [{p.kind}] {w[0]} at {w[1]} '{w[2]}' ({w[3]}): {w[4]}")
        for key, word in (("warned_wrong", "NEW WRONG WARNING"), ("warned_right", "LOST RIGHT WARNING")):
            old_w = {(w[0], w[1]) for w in b[key]}
            new_w = {(w[0], w[1]) for w in n[key]}
            a_, b_ = (new_w, old_w) if key == "warned_wrong" else (old_w, new_w)
            for w in (n if key == "warned_wrong" else b)[key]:
                if (w[0], w[1]) in a_ - b_:
                    lines.append(f"  {word} {p.id} [{p.kind}] {w[0]} at {w[1]} '{w[2]}' ({w[3]}): {w[4]}")
        for k in sorted(b["caught"] - n["caught"]):
            r = p.relations[k]
            a = max(0, r.claim_start - 40)
            word = "PRECISION LOST" if k not in n.get("lost_by_precision", {k}) else "LOST ERROR"
            lines.append(f"  {word} {p.id} [{p.kind}] {r.kind} at {r.claim_start} '{r.claim}': "
                         f"{p.text[a:r.claim_start]}【{r.claim}】{p.text[r.claim_end:r.claim_end + 30]}".replace("\n", "⏎"))
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", choices=sorted(REWRITES), help="measure this rewrite only (repeatable)")
    ap.add_argument("--diff", action="store_true", help="list new wrong errors and lost right ones per rewrite")
    ap.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    args = ap.parse_args(argv)
    passages = load_corpus()
    inconsistent = sum(r.verdict == "inconsistent" for p in passages for r in p.relations)
    base = measure(passages, None)
    rows = [("original", base)]
    diffs = {}
    for name in args.only or REWRITES:
        m = measure(passages, name)
        if name in PRECISION:
            set_precision_apart(m, measure(passages, PRECISION[name]))
        rows.append((name, m))
        diffs[name] = differences(base, m, passages, name)
    print(f"{len(passages)} passages, {inconsistent} inconsistent relations")
    print(f"{'rewrite':<14}{'err right':>10}{'err wrong':>10}{'noisy':>6}{'recall':>10}{'warn right':>11}"
          f"{'warn wrong':>11}{'new wrong':>10}{'lost':>6}{'precision':>10}")
    for name, m in rows:
        new = sum(line.startswith("  NEW FALSE ERROR") for line in diffs.get(name, []))
        lost = sum(line.startswith("  LOST ERROR") for line in diffs.get(name, []))
        precision = sum(line.startswith(("  PRECISION CHANGE", "  PRECISION LOST")) for line in diffs.get(name, []))
        print(f"{name:<14}{m['error_tp']:>10}{m['error_fp']:>10}{m['noisy']:>6}{m['caught']:>6}/{inconsistent:<3}"
              f"{m['warning_tp']:>11}{m['warning_fp']:>11}{new:>10}{lost:>6}{precision if name in PRECISION else '':>10}")
    if args.diff:
        for name, lines in diffs.items():
            if lines:
                print(f"\n== {name} ==")
                print("\n".join(lines))
    if args.json:
        Path(args.json).write_text(json.dumps(
            {name: {k: v for k, v in m.items() if k != "per_passage"} for name, m in rows}
            | {"differences": diffs}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
