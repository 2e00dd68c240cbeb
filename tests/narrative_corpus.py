"""Loader for the published-text narrative corpus (tests/data/narrative).

Each passage is one TOML file holding a verbatim excerpt of a published
Chinese government finance text and a hand verification of every
checkable relation in it.  Rule builders and the bench reuse this loader.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CORPUS_DIR = Path(__file__).parent / "data" / "narrative" / "passages"

PASSAGE_KINDS = ("决算说明", "三公经费说明", "绩效自评报告", "预算执行报告", "其他")
RELATION_KINDS = ("share", "sum", "change_amount", "change_rate", "rate", "repeat", "unit_slip")
VERDICTS = ("consistent", "truncated", "inconsistent", "uncheckable")

PASSAGE_KEYS = ("id", "source", "title", "province", "unit", "kind", "year", "holdout", "text")
RELATION_KEYS = ("claim", "claim_start", "kind", "figures", "computation", "verdict", "readings")
# Keys a file may hold besides the required ones.
OPTIONAL_PASSAGE_KEYS = ("holdout_round", "relations")
OPTIONAL_RELATION_KEYS = ("note",)


@dataclass(frozen=True)
class Relation:
    claim: str
    claim_start: int
    kind: str
    figures: tuple[str, ...]
    computation: str
    verdict: str
    readings: tuple[str, ...]
    note: str = ""

    @property
    def claim_end(self) -> int:
        return self.claim_start + len(self.claim)


@dataclass(frozen=True)
class Passage:
    id: str
    source: str
    title: str
    province: str
    unit: str
    kind: str
    year: int
    holdout: bool
    text: str
    relations: tuple[Relation, ...] = field(default_factory=tuple)
    path: Path | None = None
    # The hold-out round a passage was (or is) held out in: a passage measured once as held-out
    # is declared used afterwards (holdout = false) and keeps its round number; None if never held out.
    holdout_round: int | None = None


class CorpusError(ValueError):
    """A corpus file does not follow the format."""


def load_passage(path: Path) -> Passage:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    missing = [k for k in PASSAGE_KEYS if k not in data]
    if missing:
        raise CorpusError(f"{path.name}: missing keys {missing}")
    rels = []
    for i, r in enumerate(data.get("relations", [])):
        miss = [k for k in RELATION_KEYS if k not in r]
        if miss:
            raise CorpusError(f"{path.name}: relation {i} missing keys {miss}")
        rels.append(Relation(
            claim=r["claim"], claim_start=int(r["claim_start"]), kind=r["kind"],
            figures=tuple(r["figures"]), computation=r["computation"], verdict=r["verdict"],
            readings=tuple(r["readings"]), note=r.get("note", "")))
    return Passage(
        id=str(data["id"]), source=data["source"], title=data["title"], province=data["province"],
        unit=data["unit"], kind=data["kind"], year=int(data["year"]), holdout=bool(data["holdout"]),
        text=data["text"], relations=tuple(rels), path=path,
        holdout_round=int(data["holdout_round"]) if "holdout_round" in data else None)


def _id_order(path):
    """Passage files in the order of their numeric ids (3 or 4 digits), then by name."""
    head = path.name.split("_", 1)[0]
    return (int(head) if head.isdigit() else 10**9, path.name)


def load_corpus(directory: Path = CORPUS_DIR, holdout: bool | None = None) -> list[Passage]:
    """All passages sorted by id; holdout=False/True selects the tuning or the held-out set."""
    passages = [load_passage(p) for p in sorted(directory.glob("*.toml"), key=_id_order)]
    if holdout is not None:
        passages = [p for p in passages if p.holdout == holdout]
    return passages


# -- matching findings to relations (shared by the corpus tests and bench/narrative.py) --

RULE_KINDS = {
    "N-SHARE": ("share",), "N-SUM": ("sum",), "N-CHANGE": ("change_rate", "change_amount"),
    "N-RATE": ("rate",), "N-REPEAT": ("repeat",), "N-UNIT-SLIP": ("unit_slip",),
}
_VERDICT_ORDER = {"inconsistent": 0, "truncated": 1, "consistent": 2, "uncheckable": 3}


def match_finding(finding, passage: Passage) -> Relation | None:
    """The relation a finding is about: the one whose claim overlaps the finding's first
    narrative span (the claimed figure); of several, those of the rule's own kind first,
    and among them the inconsistent one.  When no claim overlaps the first span, a relation
    of the rule's own kind whose claim is another figure the finding names ("其中A一项就有
    69.527亿元，超过了合计数" names the part first, the relation may be written at the whole)."""
    if not finding.narrative:
        return None
    s = finding.narrative[0]
    hits = [r for r in passage.relations if r.claim_start < s.end and s.start < r.claim_end]
    if not hits:
        kinds = RULE_KINDS.get(finding.rule, ())
        hits = [r for t in finding.narrative[1:] for r in passage.relations
                if r.kind in kinds and r.claim_start < t.end and t.start < r.claim_end]
        if not hits:
            return None
    own = [r for r in hits if r.kind in RULE_KINDS.get(finding.rule, ())]
    return min(own or hits, key=lambda r: _VERDICT_ORDER[r.verdict])


def relation_id(passage: Passage, rel: Relation) -> str:
    return f"{passage.id}@{rel.claim_start}"
