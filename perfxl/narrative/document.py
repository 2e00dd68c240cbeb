"""A read report with its figures and the sentence structure the checks need."""

from __future__ import annotations

from dataclasses import dataclass, field

from .figures import Figure, extract_figures
from .read import Narrative

SENTENCE_END = "。！？!?\n"


@dataclass
class NarrativeDoc:
    narrative: Narrative
    figures: list[Figure] = field(default_factory=list)

    @classmethod
    def of(cls, narrative: Narrative) -> "NarrativeDoc":
        return cls(narrative, extract_figures(narrative.text))

    @property
    def text(self) -> str:
        return self.narrative.text

    def sentence_end(self, pos: int) -> int:
        ends = [i for i in (self.text.find(ch, pos) for ch in SENTENCE_END) if i >= 0]
        return min(ends) if ends else len(self.text)

    def sentence_start(self, pos: int) -> int:
        starts = [self.text.rfind(ch, 0, pos) for ch in SENTENCE_END]
        return max(starts) + 1

    def paragraph_start(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1

    def sentence(self, f: Figure) -> str:
        return self.text[self.sentence_start(f.start):self.sentence_end(f.end)]

    def before(self, f: Figure, same_paragraph: bool = True) -> list[Figure]:
        """Figures before ``f``, nearest first (within its paragraph by default)."""
        floor = self.paragraph_start(f.start) if same_paragraph else 0
        return [g for g in reversed(self.figures) if floor <= g.start and g.end <= f.start]
