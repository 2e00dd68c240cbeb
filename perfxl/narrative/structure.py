"""The report's structure, defined once: sentences, clauses, phrases and paragraphs; a read
report with its figures (``NarrativeDoc``); and what the checks ask of it (the total a
listed part belongs to, the parts listed after "其中", the figure a change refers to, ...).
Rules consume this structure and never parse the text themselves."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..core.intervals import Interval
from ..core.units import conversion_factor

if TYPE_CHECKING:
    from .figures import Figure
    from .read import Narrative

# A sentence ends at a full stop, question or exclamation mark, or a line break; a clause
# also at a semicolon; a phrase at any punctuation.
SENTENCE_END = "。！？!?\n"
CLAUSE_END = SENTENCE_END + "；;"
PHRASE_DELIMS = "，。；：、,;:!?！？\n\t【】[]"


def sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in SENTENCE_END) + 1


def sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(ch, pos) for ch in SENTENCE_END) if i >= 0]
    return min(ends) if ends else len(text)


_CLAUSE_END, _PHRASE_DELIMS = set(CLAUSE_END), set(PHRASE_DELIMS)


def _back_to(text: str, pos: int, stops: set[str]) -> int:
    i = pos
    while i > 0 and text[i - 1] not in stops:
        i -= 1
    return i


def clause_start(text: str, pos: int) -> int:
    return _back_to(text, pos, _CLAUSE_END)


def phrase_start(text: str, pos: int) -> int:
    return _back_to(text, pos, _PHRASE_DELIMS)


def paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


@dataclass
class NarrativeDoc:
    narrative: Narrative
    figures: list[Figure] = field(default_factory=list)

    @classmethod
    def of(cls, narrative: Narrative) -> "NarrativeDoc":
        from .figures import extract_figures

        return cls(narrative, extract_figures(narrative.text))

    @property
    def text(self) -> str:
        return self.narrative.text

    def sentence_end(self, pos: int) -> int:
        return sentence_end(self.text, pos)

    def sentence_start(self, pos: int) -> int:
        return sentence_start(self.text, pos)

    def paragraph_start(self, pos: int) -> int:
        return paragraph_start(self.text, pos)

    def sentence(self, f: Figure) -> str:
        return self.text[self.sentence_start(f.start):self.sentence_end(f.end)]

    def before(self, f: Figure, same_paragraph: bool = True) -> list[Figure]:
        """Figures before ``f``, nearest first (within its paragraph by default)."""
        floor = self.paragraph_start(f.start) if same_paragraph else 0
        return [g for g in reversed(self.figures) if floor <= g.start and g.end <= f.start]


# -- what the checks ask of the structure ------------------------------------------

# Phrases that all mean the year's total spending or income.
TOTAL_WORDS = {
    "spending": ("本年支出", "总支出", "支出合计", "全年支出", "本年支出合计", "完成支出", "支出总额", "年度支出"),
    "income": ("本年收入", "总收入", "收入合计", "全年收入", "完成收入", "收入总额"),
}
CHANGE = ("增加", "减少")


def value_of(f: Figure) -> Interval:
    """A figure's interval in a common scale: amounts in 万元, percents as fractions."""
    if f.kind == "amount":
        return f.wan_yuan or f.interval
    if f.kind == "percent":
        return f.interval.scale(0.01)
    return f.interval


def comparable(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "amount":
        return a.wan_yuan is not None and b.wan_yuan is not None
    return conversion_factor(a.unit, b.unit) is not None


def count_value(f: Figure, like: Figure) -> Interval:
    factor = conversion_factor(f.unit, like.unit) if f.kind == "count" else None
    return f.interval.scale(factor) if factor and factor != 1 else value_of(f)


def total_group(phrase: str | None) -> str | None:
    if not phrase:
        return None
    for group, words in TOTAL_WORDS.items():
        if any(w in phrase or phrase in w for w in words if len(phrase) >= 2):
            return group
    return None


def find_total(doc: NarrativeDoc, group: str, like: Figure) -> Figure | None:
    for g in doc.figures:
        if g.kind == like.kind and g.relation not in CHANGE and g.subject and total_group(g.subject) == group:
            if any(w in g.subject for w in TOTAL_WORDS[group]):
                return g
    return None


def list_total(doc: NarrativeDoc, f: Figure) -> Figure | None:
    """The total a listed part belongs to: the figure before the nearest preceding 其中."""
    para = doc.paragraph_start(f.start)
    k = doc.text.rfind("其中", para, f.start)
    if k < 0:
        for g in doc.before(f):
            if g.relation == "合计" and comparable(g, f):
                return g
        return None
    for g in doc.before(f):
        if g.end <= k and comparable(g, f) and g.relation not in CHANGE and g.kind != "percent":
            return g
    return None


def numerator(doc: NarrativeDoc, f: Figure) -> Figure | None:
    start = doc.sentence_start(f.start)
    for g in doc.before(f):
        if g.start < start:
            return None
        if g.kind != "percent":
            return g
    return None


def parts_after(doc: NarrativeDoc, total: Figure) -> list[Figure]:
    """Listed parts of a total: after its 其中 (to the end of that sentence, or to the next
    total), or in brackets right after it ("12.36万元（公务接待0.12万元，公务用车12.24万元）")."""
    text = doc.text
    after = text[total.end:total.end + 2]
    following = [g for g in doc.figures if g.start >= total.end]
    if after.startswith(("（", "(")):
        close = min([i for i in (text.find("）", total.end), text.find(")", total.end)) if i >= 0] or [total.end])
        return [g for g in following if g.end <= close and comparable(g, total) and g.kind != "percent"]
    k = text.find("其中", total.end)
    if k < 0 or k > doc.sentence_end(total.end) + 3 and text[doc.sentence_end(total.end) + 1:k].strip("：: \n"):
        return []
    end = doc.sentence_end(k)
    nxt = text.find("其中", k + 2)
    parts = [g for g in following if k < g.start and g.end <= end and g.kind != "percent"
             and g.relation not in CHANGE and comparable(g, total) and not g.approximate]
    if 0 <= nxt < end:
        # a second 其中 in the sentence starts another list: its total is not our part
        cut = [g for g in parts if g.end <= nxt]
        parts = cut[:-1] if len(cut) > 1 else cut
    if total.kind == "count":
        chain = []
        for g in parts:
            if chain and any(ch in text[chain[-1].end:g.start] for ch in "，,；;。"):
                break
            chain.append(g)
        parts = chain
    return parts


def in_brackets(doc: NarrativeDoc, f: Figure) -> bool:
    """A figure listed inside brackets ("（公务接待0.12万元，公务用车12.24万元）")."""
    before = doc.text[doc.paragraph_start(f.start):f.start]
    return sum(before.count(c) for c in "（(") > sum(before.count(c) for c in "）)")


def changed_figure(doc: NarrativeDoc, delta: Figure) -> Figure | None:
    """The figure a change refers to: the one named before "比上年" (三公经费实际支出), else
    the nearest comparable figure in the same sentence."""
    named = re.split(r"比|较|同比", delta.subject)[0]
    candidates = [g for g in doc.before(delta, same_paragraph=False)
                  if g.relation not in CHANGE and comparable(g, delta) and g.kind != "percent"
                  and not in_brackets(doc, g)]
    if len(named) >= 2:
        for g in candidates:
            if g.subject and (g.subject == named or g.subject.endswith(named) or named.endswith(g.subject)):
                return g
    start = doc.sentence_start(delta.start)
    return next((g for g in candidates if g.start >= start), None)


def context_before(doc: NarrativeDoc, f: Figure) -> str:
    clause_start = max(doc.sentence_start(f.start), f.start - 40)
    return doc.text[clause_start:f.start]
