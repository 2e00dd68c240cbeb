"""The narrative checks on the published-text corpus (tuning passages only, which include the
round-1 held-out passages, declared used; the passages held out now are measured by
bench/narrative.py --holdout, never tuned against).

An error is a promise: no error may land anywhere but on a relation verified inconsistent,
and no passage whose relations all hold may get one.  Which inconsistent relations are caught
is asserted exactly, so that an improvement and a regression both show here."""

import pytest

from perfxl.checks.runner import run_checks
from perfxl.narrative.read import Narrative

from .narrative_corpus import load_corpus, match_finding, relation_id

PASSAGES = load_corpus(holdout=False)

# Inconsistent relations no error-level finding catches today ("<passage>@<claim_start>"), and why.
MISSED = {
    "007@37",   # a budget written in 万元 that is in 元: only visible through the execution rate
    "007@72",   # the same rate, computed from that unit slip
    "014@56",   # the part changes add up to 60.53, not 63.96: a warning, 因公出国 0万元 is stated without its change
    "031@39",   # three categories that exhaust a total but are not listed as its parts
    "037@19",   # the list only adds up with 29104元 read as 万元: reported once, as N-UNIT-SLIP (a warning)
    "037@48",   # that unit slip: a warning by design
    "054@54",   # the total's parts are four paragraphs after it, one of them a separator slip
    "054@273",  # "4.647万元" read as 4,647: N-UNIT-SLIP warning
    "063@152",  # 995 vs 38 + 958: holds within the written precision; the table says 996
    "072@234",  # two parts 0.04万元 less than budget each, the total 0.04万元 less: a warning, 因公出国 is not named
    "101@90",   # "完成预算的43%" for 1.71 of 3: N-RATE warns (a rate is a warning by design)
    "101@242",  # two shares swapped (69% / 31%): "占69%" names no whole and the total is not written
    "101@270",  # the other share of that swap
    "115@475",  # the total (dated 2022) and its parts (2023) are in different paragraphs, with no 其中
    "115@678",  # "占0.02%" names no whole; the total 3.46 is in another paragraph
    "115@701",  # the second of those shares
    "116@427",  # "完成年初预算100%" is not read as a rate (N-RATE knows 完成预算 and …率)
    "126@307",  # a structure ratio 14.8:30.1:55.1 written without %: not read as a figure
    "127@438",  # the breakdown that fails (by economic class) is written elsewhere, not as this total's list
    "128@414",  # "减幅 0.02%": N-CHANGE warns, the figure changed is in another sentence
    "138@522",  # N-CHANGE warns: the figure changed is found by its name paragraphs earlier
}


def _findings(p):
    return [f for f in run_checks(None, narrative=Narrative(p.text, "报告.txt", "txt")) if f.rule.startswith("N-")]


@pytest.fixture(scope="module")
def results():
    return {p.id: (p, _findings(p)) for p in PASSAGES}


@pytest.mark.parametrize("pid", [p.id for p in PASSAGES])
def test_errors_land_only_on_inconsistent_relations(results, pid):
    p, found = results[pid]
    for f in found:
        if f.severity != "error":
            continue
        rel = match_finding(f, p)
        assert rel is not None and rel.verdict == "inconsistent", (f.rule, f.narrative[0], f.message)


def test_no_error_in_passages_whose_relations_all_hold(results):
    noisy = [pid for pid, (p, found) in results.items()
             if not any(r.verdict == "inconsistent" for r in p.relations) and any(f.severity == "error" for f in found)]
    assert noisy == []


def test_caught_inconsistent_relations_exactly_as_measured(results):
    inconsistent = {relation_id(p, r) for p in PASSAGES for r in p.relations if r.verdict == "inconsistent"}
    caught = set()
    for p, found in results.values():
        for f in found:
            rel = match_finding(f, p)
            if f.severity == "error" and rel is not None and rel.verdict == "inconsistent":
                caught.add(relation_id(p, rel))
    assert MISSED <= inconsistent
    assert inconsistent - caught == MISSED


def test_warnings_are_mostly_right(results):
    """Warnings name a real or truncation-only mismatch at least 70 % of the time."""
    verdicts = [(match_finding(f, p) or None) for p, found in results.values() for f in found if f.severity == "warning"]
    right = sum(1 for r in verdicts if r is not None and r.verdict in ("inconsistent", "truncated"))
    assert verdicts and right >= 0.7 * len(verdicts)
