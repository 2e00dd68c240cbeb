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
        text=data["text"], relations=tuple(rels), path=path)


def load_corpus(directory: Path = CORPUS_DIR, holdout: bool | None = None) -> list[Passage]:
    """All passages sorted by id; holdout=False/True selects the tuning or the held-out set."""
    passages = [load_passage(p) for p in sorted(directory.glob("*.toml"))]
    if holdout is not None:
        passages = [p for p in passages if p.holdout == holdout]
    return passages
