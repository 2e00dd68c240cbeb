"""Held-out round 103 (census bulletins): bare shares of one sentence that add above 100 % cannot all be of one whole;
a part's bare share after a total that states a bare share of its own may be of that same unwritten whole; a 〔2〕 note
mark after a name is read through."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import doc, rule_findings

AGES = ("全县常住人口〔2〕中,0-14岁〔3〕人口为60699人,占30.28%;15-59岁人口为117216人,占58.47%;"
        "60岁及以上人口为22559人,占{old}%,其中65岁及以上人口为16536人,占8.25%。")


def _share_findings(text):
    return rule_findings(text, "N-SHARE")


def test_bare_shares_above_100_name_the_one_that_fails():
    # 22559 of 60699 + 117216 + 22559 = 200474 is 11.25 %; the whole is at least that sum, so 14.18 % is impossible
    errors = [f for f in _share_findings(AGES.format(old="14.18")) if f.severity == "error"]
    assert [f.narrative[0].text for f in errors] == ["14.18%"] and "11.25%" in errors[0].message


def test_bare_shares_that_fit_one_whole_are_silent():
    assert [f for f in _share_findings(AGES.format(old="11.25")) if f.severity == "error"] == []


@pytest.mark.parametrize("text", [
    # an income and a spending: two wholes
    "财政拨款收入100万元,占90%;基本支出80万元,占80%。",
    # people of two attribute cuts may be counted in both
    "在职人员40人,女性32人,占80%;党员20人,占50%。",
])
def test_bare_shares_of_things_of_different_wholes_are_not_summed(text):
    assert [f for f in _share_findings(text) if f.severity == "error"] == []


def test_a_parts_bare_share_after_its_totals_own_bare_share_is_a_reading():
    # 16536 ÷ 22559 is 73.30 %, and over the whole 14.18 % (itself wrong) implies, 10.39 %: of the whole the sentence
    # names but does not write (8.25 % of 200474), which is no error however the total's share is read
    (f,) = [f for f in _share_findings(AGES.format(old="14.18")) if "8.25%" in f.message]
    assert f.severity == "warning" and "文中没有写出的总数" in f.message


def test_a_parts_bare_share_of_the_whole_its_totals_right_share_implies_is_silent():
    assert [f for f in _share_findings(AGES.format(old="11.25")) if "8.25%" in f.message] == []


def test_a_parts_bare_share_of_a_total_without_one_is_still_an_error():
    (f,) = _share_findings("60岁及以上人口为22559人,其中65岁及以上人口为16536人,占8.25%。")
    assert f.severity == "error" and "73.30%" in f.message


def test_a_note_mark_in_angle_brackets_is_read_through():
    (f,) = doc("全县常住人口〔2〕中,0-14岁〔3〕人口为60699人。").figures
    assert f.subject.replace(" ", "").endswith("0-14岁人口")
