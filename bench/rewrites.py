"""Meaning-preserving rewrites of the corpus: python bench/rewrites.py [--only NAME] [--diff] [--json OUT]

A report reaches its reader in many written forms of the same words: PDF text wrapped in mid-sentence, full-width
digits, traditional script, a space before a unit ("6.12 万元", "2024 年"), thousands separators, ASCII punctuation,
list markers before paragraphs.  A rewrite that keeps the meaning must keep the findings: no new error, no lost error.

Each rewrite below is applied, one at a time and deterministically, to every passage of the corpus
(tests/data/narrative); the checks run on the rewritten text (bench/narrative.py's ``run_passage``) and each finding is
matched to a hand-verified relation as bench/narrative.py does, the relations' claims moved to their place in the
rewritten text through the rewrite's offset map.  Rewrites never change a figure's value or its decimals; they only
substitute one character for another (one for one) or insert characters, so every position of the original text has
one position in the rewritten one.

- wrap38, wrap23: a line break every 38 (23) characters of a line, as text copied from a PDF has, never right before or
  after a digit, a point or a percent sign (lines holding a tab or a "|", table rows, are left as they are);
- fullwidth: ASCII digits, '.', '%' and ',' written full-width (０-９．％，);
- traditional: simplified script turned traditional with OpenCC (s2t), units too (万元→萬元, 亿元→億元);
- spaced: one space between a number and its unit, and between a 4-digit year and 年;
- grouped: thousands separators in every number of five or more integer digits not already grouped (never a year, a
  decimal fraction or a code: a number next to a letter, a slash or a dash, or written before 号);
- ascii_punct: ，；：（） written , ; : ( );
- markers, markers_paren: "一、" ("（一）") numbering before each paragraph that has no list marker;
- stop_space: a space after each full stop and semicolon followed by more text on its line ("…万元。 其中：…").

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
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from narrative import right_finding, run_passage  # noqa: E402
from tests.narrative_corpus import load_corpus, match_finding  # noqa: E402


# -- rewrites: each returns a list of edits (position, old length 0 or 1, new text) ------------------------------

class Rewritten:
    """A text rewritten by edits that each either replace one character by one or insert text before a position."""

    def __init__(self, text: str, edits: list[tuple[int, int, str]]):
        self.original = text
        out, last, inserts = [], 0, []   # inserts: (position, characters inserted before it), in order
        for pos, old, new in sorted(edits, key=lambda e: (e[0], e[1])):
            out.append(text[last:pos])
            if old:
                assert old == 1 and len(new) == 1, (pos, old, new)
            else:
                inserts.append((pos, len(new)))
            out.append(new)
            last = pos + old
        out.append(text[last:])
        self.text = "".join(out)
        self._at, self._shift, total = [], [], 0
        for pos, n in inserts:
            total += n
            self._at.append(pos)
            self._shift.append(total)
        assert len(self.text) == len(text) + total

    def pos(self, p: int) -> int:
        """Where the character at ``p`` of the original text stands in the rewritten one (text inserted at ``p`` goes
        before it)."""
        k = bisect_right(self._at, p)
        return p + (self._shift[k - 1] if k else 0)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """The rewritten span of the original span [a, b): text inserted inside it is in it, text inserted at its
        start or its end is not."""
        return self.pos(a), (self.pos(b - 1) + 1 if b > a else self.pos(a))

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


def wrap_edits(text: str, width: int) -> list:
    """A line break after every ``width`` characters of a line, moved on while a digit, a point or a percent sign
    stands right before or after it; never at a line's end, never in a table row, and never in a line the source
    already wrapped (text copied from a PDF is wrapped once: a line that is no heading and does not end with
    punctuation, or follows such a line, is a piece of a line wrapped before)."""
    from perfxl.narrative.structure import _heading

    edits, start = [], 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        before, after = lines[k - 1].rstrip() if k else "", lines[k + 1].strip() if k + 1 < len(lines) else ""
        whole = ((not before or before.endswith(_LINE_END) or _heading(before))
                 and (not after or line.rstrip().endswith(_LINE_END) or _heading(line)))
        if whole and "\t" not in line and "|" not in line:
            run = 0
            for i in range(1, len(line)):
                run += 1
                if run >= width and line[i - 1] not in _BREAK_SHY and line[i] not in _BREAK_SHY:
                    edits.append((start + i, 0, "\n"))
                    run = 0
        start += len(line) + 1
    return edits


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
}


def rewrite(name: str, text: str) -> Rewritten:
    return Rewritten(text, REWRITES[name](text))


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


def differences(base: dict, now: dict, passages, name: str) -> list[str]:
    """The wrong errors the rewrite adds and the inconsistent relations it no longer catches."""
    lines = []
    for p in passages:
        b, n = base["per_passage"][p.id], now["per_passage"][p.id]
        old = {(w[0], w[1]) for w in b["wrong"]}
        for w in n["wrong"]:
            if (w[0], w[1]) not in old:
                lines.append(f"  NEW FALSE ERROR {p.id} [{p.kind}] {w[0]} at {w[1]} '{w[2]}' ({w[3]}): {w[4]}")
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
            lines.append(f"  LOST ERROR {p.id} [{p.kind}] {r.kind} at {r.claim_start} '{r.claim}': "
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
        rows.append((name, m))
        diffs[name] = differences(base, m, passages, name)
    print(f"{len(passages)} passages, {inconsistent} inconsistent relations")
    print(f"{'rewrite':<14}{'err right':>10}{'err wrong':>10}{'noisy':>6}{'recall':>10}{'warn right':>11}"
          f"{'warn wrong':>11}{'new wrong':>10}{'lost':>6}")
    for name, m in rows:
        new = sum(line.startswith("  NEW FALSE ERROR") for line in diffs.get(name, []))
        lost = sum(line.startswith("  LOST ERROR") for line in diffs.get(name, []))
        print(f"{name:<14}{m['error_tp']:>10}{m['error_fp']:>10}{m['noisy']:>6}{m['caught']:>6}/{inconsistent:<3}"
              f"{m['warning_tp']:>11}{m['warning_fp']:>11}{new:>10}{lost:>6}")
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
