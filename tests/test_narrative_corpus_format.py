"""Format checks for the published-text narrative corpus."""
from __future__ import annotations

import re

import pytest

import tomllib

from tests.narrative_corpus import (
    CORPUS_DIR, OPTIONAL_PASSAGE_KEYS, OPTIONAL_RELATION_KEYS, PASSAGE_KEYS, PASSAGE_KINDS,
    RELATION_KEYS, RELATION_KINDS, VERDICTS, CorpusError, load_corpus, load_passage)

PASSAGES = load_corpus()


TARGET_PASSAGES, TARGET_UNITS, TARGET_PROVINCES, TARGET_HOLDOUT = 70, 35, 12, 15
NOT_A_PROVINCE = {"全国", "未确定"}


def _held_out_ever(p):
    """Held out now, or in an earlier round (then declared used: holdout = false)."""
    return p.holdout or p.holdout_round is not None


def test_corpus_size_and_spread():
    assert len(PASSAGES) >= TARGET_PASSAGES
    assert len({p.unit for p in PASSAGES}) >= TARGET_UNITS
    assert len({p.province for p in PASSAGES} - NOT_A_PROVINCE) >= TARGET_PROVINCES
    assert sum(_held_out_ever(p) for p in PASSAGES) >= TARGET_HOLDOUT
    assert sum(p.holdout is False for p in PASSAGES) >= 15


def test_ids_unique_and_match_file_names():
    ids = [p.id for p in PASSAGES]
    assert len(ids) == len(set(ids))
    for p in PASSAGES:
        assert p.path.name.startswith(p.id + "_"), p.path.name


@pytest.mark.parametrize("passage", PASSAGES, ids=lambda p: p.id)
def test_passage_schema(passage):
    assert re.fullmatch(r"\d{3,5}", passage.id)   # (five digits from round 106 on: 4-digit ids end at 9999)
    assert passage.source.startswith(("http://", "https://"))
    assert passage.kind in PASSAGE_KINDS
    assert 2000 <= passage.year <= 2030
    assert passage.text.strip() and passage.title and passage.unit and passage.province
    assert passage.relations, "every passage holds at least one relation"


@pytest.mark.parametrize("passage", PASSAGES, ids=lambda p: p.id)
def test_relations_point_into_text(passage):
    for r in passage.relations:
        assert r.kind in RELATION_KINDS, r
        assert r.verdict in VERDICTS, r
        assert passage.text[r.claim_start:r.claim_end] == r.claim, (passage.id, r.claim)
        for fig in r.figures:
            assert fig in passage.text, (passage.id, fig)
        assert r.readings and all(x.strip() for x in r.readings)
        assert r.computation.strip()


def test_every_verdict_kind_present():
    verdicts = {r.verdict for p in PASSAGES for r in p.relations}
    assert set(VERDICTS) <= verdicts


def test_real_inconsistencies_in_both_sets():
    def has_error(p):
        return any(r.verdict == "inconsistent" for r in p.relations)
    assert sum(has_error(p) for p in PASSAGES if not p.holdout) >= 5
    assert sum(has_error(p) for p in PASSAGES if _held_out_ever(p)) >= 3


@pytest.mark.parametrize("passage", PASSAGES, ids=lambda p: p.id)
def test_holdout_round_is_optional_and_consistent(passage):
    """holdout_round is optional; a passage held out now names a round, and a positive one."""
    assert passage.holdout_round is None or passage.holdout_round >= 1
    if passage.holdout:
        assert passage.holdout_round is not None, "a held-out passage names its round"


def test_round_one_holdout_declared_used():
    """The round-1 held-out passages were measured once; they are tuning material now."""
    round1 = [p for p in PASSAGES if p.holdout_round == 1]
    assert len(round1) == 20
    assert not any(p.holdout for p in round1)


def test_loader_reads_holdout_round_and_defaults_to_none(tmp_path):
    base = ('id = "998"\nsource = "https://x"\ntitle = "t"\nprovince = "p"\nunit = "u"\n'
            'kind = "其他"\nyear = 2024\nholdout = true\ntext = "x"\n')
    a = tmp_path / "998_a.toml"
    a.write_text(base, encoding="utf-8")
    assert load_passage(a).holdout_round is None
    b = tmp_path / "998_b.toml"
    b.write_text(base + "holdout_round = 2\n", encoding="utf-8")
    assert load_passage(b).holdout_round == 2


@pytest.mark.parametrize("passage", PASSAGES, ids=lambda p: p.id)
def test_only_known_keys(passage):
    with open(passage.path, "rb") as fh:
        data = tomllib.load(fh)
    assert set(data) <= set(PASSAGE_KEYS) | set(OPTIONAL_PASSAGE_KEYS), sorted(data)
    for r in data.get("relations", []):
        assert set(r) <= set(RELATION_KEYS) | set(OPTIONAL_RELATION_KEYS), sorted(r)


@pytest.mark.parametrize("passage", PASSAGES, ids=lambda p: p.id)
def test_holdout_round_names_the_current_or_a_used_round(passage):
    """Rounds 1 to 106 were each measured once and declared used (holdout = false); a passage
    held out now names a later round."""
    if passage.holdout:
        assert passage.holdout_round is not None and passage.holdout_round >= 107
    elif passage.holdout_round is not None:
        assert passage.holdout_round in range(1, 107)


def test_second_held_out_round():
    second = [p for p in PASSAGES if p.holdout_round == 2]
    assert len(second) >= 35
    assert all(int(p.id) >= 101 for p in second)
    assert len({p.province for p in second} - NOT_A_PROVINCE) >= 10
    assert sum(any(r.verdict == "inconsistent" for r in p.relations) for p in second) >= 8


def test_third_held_out_round():
    """Round 3 (ids from 141) was a fresh held-out set: units new to the corpus, many provinces
    and text kinds; measured once, then declared used."""
    third = [p for p in PASSAGES if p.holdout_round == 3]
    assert len(third) >= 44
    assert all(int(p.id) >= 141 for p in third)
    assert [p for p in PASSAGES if 141 <= int(p.id) <= 203 and p.holdout_round != 3] == []
    assert len({p.unit for p in third}) >= 40
    assert len({p.province for p in third} - NOT_A_PROVINCE) >= 16
    assert sum(p.kind == "绩效自评报告" for p in third) >= 7
    assert any(r.verdict == "inconsistent" for p in third for r in p.relations)
    earlier = {p.unit for p in PASSAGES if p.holdout_round != 3}
    assert not {p.unit for p in third} & earlier


def test_fourth_held_out_round():
    """Round 4 (ids 211-259): a fresh held-out set — 211-240 taken as the search results came,
    241-259 chosen because they contain errors — units new to the corpus, many provinces,
    performance self-evaluations well represented; measured once, then declared used."""
    fourth = [p for p in PASSAGES if p.holdout_round == 4]
    assert {int(p.id) for p in fourth} == set(range(211, 260))
    assert sum(r.verdict == "inconsistent" for p in fourth for r in p.relations) >= 10
    part = [p for p in PASSAGES if 211 <= int(p.id) <= 240]
    assert len(part) >= 30
    assert len({p.unit for p in part}) >= 30
    assert len({p.province for p in part} - NOT_A_PROVINCE) >= 10
    assert sum(p.kind == "绩效自评报告" for p in part) >= 8
    assert sum(len(p.relations) for p in part) >= 150
    earlier = {p.unit for p in PASSAGES if p.holdout_round != 4}
    assert not {p.unit for p in part} & earlier
    assert not {p.source for p in part} & {p.source for p in PASSAGES if p.holdout_round != 4}


def test_fifth_held_out_round_first_part():
    """Round 5, ids 261-290: a fresh held-out set taken as the search results came — units and
    sources new to the corpus, several provinces, some performance self-evaluations; measured
    once, then declared used."""
    part = [p for p in PASSAGES if 261 <= int(p.id) <= 290]
    assert len(part) >= 19
    assert all(p.holdout_round == 5 for p in part)
    assert len({p.unit for p in part}) == len(part)
    assert len({p.province for p in part} - NOT_A_PROVINCE) >= 10
    assert sum(p.kind == "绩效自评报告" for p in part) >= 4
    assert sum(len(p.relations) for p in part) >= 150
    assert sum(r.verdict == "inconsistent" for p in part for r in p.relations) >= 5
    earlier = [p for p in PASSAGES if int(p.id) < 261]
    assert not {p.unit for p in part} & {p.unit for p in earlier}
    assert not {p.source for p in part} & {p.source for p in earlier}


def test_loader_rejects_missing_keys(tmp_path):
    bad = tmp_path / "999_bad.toml"
    bad.write_text('id = "999"\ntext = "x"\n', encoding="utf-8")
    with pytest.raises(CorpusError):
        load_passage(bad)


def test_holdout_selection_partitions_corpus():
    tuning = load_corpus(CORPUS_DIR, holdout=False)
    held = load_corpus(CORPUS_DIR, holdout=True)
    assert len(tuning) + len(held) == len(PASSAGES)
    assert all(p.holdout for p in held) and not any(p.holdout for p in tuning)


# (round, first id, last id, passages, units, provinces at least, inconsistent relations)
LATER_ROUNDS = [(6, 311, 392, 62, 62, 20, 22), (7, 401, 480, 57, 57, 20, 8),
                (8, 501, 575, 40, 39, 15, 9),   # round 8: one school with two documents (501, 511)
                (9, 601, 667, 49, 49, 20, 18), (10, 701, 766, 46, 46, 20, 7),
                (11, 801, 863, 39, 39, 15, 10), (12, 901, 938, 25, 25, 10, 11),
                (13, 951, 986, 18, 18, 9, 5), (14, 939, 999, 12, 12, 8, 0),
                (15, 1001, 1062, 25, 25, 14, 14), (16, 1101, 1165, 27, 27, 12, 6),
                (17, 1201, 1274, 36, 36, 19, 6), (18, 1301, 1363, 39, 39, 18, 8),
                (19, 1401, 1462, 39, 39, 17, 9), (20, 1501, 1563, 35, 35, 18, 15),
                (21, 1601, 1663, 37, 37, 11, 3), (22, 1701, 1764, 34, 34, 14, 3),
                (23, 1801, 1860, 24, 24, 11, 1), (24, 1901, 1959, 56, 56, 23, 7),
                (25, 2001, 2060, 49, 49, 19, 8), (26, 2101, 2132, 25, 25, 12, 6),
                (27, 2201, 2234, 24, 24, 16, 2), (28, 2301, 2366, 30, 30, 16, 7),
                (29, 2401, 2462, 30, 30, 16, 9), (30, 2501, 2566, 31, 31, 12, 9),
                (31, 2601, 2665, 27, 27, 16, 7), (32, 2701, 2752, 29, 29, 12, 6),
                (33, 2801, 2849, 31, 31, 15, 12), (34, 2901, 2949, 34, 33, 16, 4),
                (35, 3001, 3049, 42, 42, 11, 11),
                (36, 3101, 3149, 30, 30, 14, 7), (37, 3201, 3270, 28, 28, 8, 4),
                (38, 3301, 3370, 27, 27, 11, 3),
                (39, 3401, 3435, 12, 12, 10, 7), (40, 3501, 3580, 28, 28, 13, 2),
                (41, 3601, 3650, 14, 14, 7, 9), (42, 3701, 3750, 14, 14, 7, 3),
                (43, 3801, 3850, 12, 12, 3, 2), (44, 3901, 3950, 15, 15, 9, 11),
                (45, 4001, 4050, 12, 12, 5, 8),
                (46, 4101, 4150, 8, 8, 4, 0), (47, 4201, 4250, 13, 13, 4, 5),
                (48, 4301, 4350, 14, 14, 7, 1),
                (49, 4401, 4450, 16, 16, 7, 1),
                (50, 4501, 4550, 12, 12, 6, 0),
                (51, 4601, 4650, 11, 11, 4, 4),
                (52, 4701, 4750, 10, 10, 6, 0),
                (53, 4801, 4850, 7, 7, 4, 0),
                (54, 4901, 4950, 7, 7, 2, 0),
                (55, 5001, 5050, 12, 12, 3, 0),
                (56, 5101, 5150, 14, 14, 7, 3),
                (57, 5201, 5250, 16, 16, 5, 0),
                (58, 5301, 5350, 11, 11, 7, 3),
                (59, 5401, 5450, 6, 6, 6, 0),
                (60, 5501, 5550, 9, 9, 6, 0),
                (61, 5601, 5650, 6, 6, 4, 1),
                (62, 5701, 5750, 11, 11, 5, 2),
                (63, 5801, 5850, 8, 8, 7, 1),
                (64, 5901, 5950, 9, 9, 6, 1),
                (65, 6001, 6050, 7, 7, 7, 0),
                (66, 6101, 6150, 12, 12, 7, 0),
                (67, 6201, 6250, 16, 16, 1, 3),
                (68, 6301, 6350, 9, 9, 3, 3),
                (69, 6401, 6450, 15, 15, 2, 1),
                (70, 6501, 6550, 7, 7, 1, 0), (71, 6601, 6650, 8, 8, 5, 6),
                (72, 6701, 6750, 13, 13, 6, 0), (73, 6801, 6850, 12, 12, 5, 3),
                (74, 6901, 6950, 21, 21, 10, 3),
                (75, 7001, 7050, 13, 13, 7, 1),
                (76, 7101, 7150, 14, 14, 6, 2),
                (77, 7201, 7250, 9, 9, 3, 3),
                (78, 7301, 7350, 1, 1, 0, 0),
                (79, 7401, 7450, 3, 3, 2, 1),
                (80, 7501, 7550, 7, 7, 4, 1),
                (81, 7601, 7650, 9, 9, 5, 0),
                (82, 7701, 7750, 10, 10, 5, 3),
                (83, 7801, 7850, 6, 6, 6, 0),
                (84, 7901, 7950, 4, 4, 4, 0),
                (85, 8001, 8050, 4, 4, 2, 3),
                (86, 8101, 8150, 4, 4, 2, 0),
                (87, 8201, 8250, 11, 11, 7, 0),
                (88, 8301, 8350, 11, 11, 7, 0),
                (89, 8401, 8450, 18, 18, 13, 1),
                (90, 8501, 8550, 3, 3, 2, 1),
                (91, 8601, 8650, 12, 12, 7, 1),
                (92, 8701, 8750, 15, 15, 10, 3),
                (93, 8801, 8850, 19, 19, 12, 4),
                (94, 8901, 8950, 7, 7, 3, 3),
                (95, 9001, 9050, 6, 6, 4, 0),
                (96, 9101, 9150, 11, 11, 0, 1),
                (97, 9201, 9250, 12, 12, 7, 1),
                (98, 9301, 9350, 12, 12, 3, 0),
                (99, 9401, 9450, 9, 9, 7, 0),
                (100, 9501, 9550, 7, 7, 5, 1),
                (101, 9601, 9650, 9, 9, 6, 3),
                (102, 9701, 9750, 10, 10, 8, 4),
                (103, 9801, 9850, 14, 14, 11, 5),
                (104, 9901, 9950, 22, 22, 10, 9),
                (105, 9951, 10000, 20, 20, 6, 6),
                (106, 10001, 10050, 12, 12, 5, 2)]


@pytest.mark.parametrize("round_, first, last, passages, units, provinces, inconsistent", LATER_ROUNDS,
                         ids=[f"round{r[0]}" for r in LATER_ROUNDS])
def test_later_held_out_rounds(round_, first, last, passages, units, provinces, inconsistent):
    """Rounds 6 to 106: fresh units, built without running perfxl; each measured once, then declared used."""
    held = [p for p in PASSAGES if p.holdout_round == round_]
    assert len(held) == passages
    assert all(first <= int(p.id) <= last for p in held)
    assert len({p.unit for p in held}) == units
    assert len({p.province for p in held} - NOT_A_PROVINCE) >= provinces
    assert sum(r.verdict == "inconsistent" for p in held for r in p.relations) == inconsistent
    earlier = {p.unit for p in PASSAGES if p.holdout_round != round_}
    assert not {p.unit for p in held} & earlier
