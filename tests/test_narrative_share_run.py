"""The percents listed after the first share of a 分别占 run are shares of the same whole (red-team 10, miss M3):
"基本支出、项目支出分别为650.3万元、140.2万元，分别占本年支出合计的80.3%、19.7%" — both shares are checked."""

from __future__ import annotations

from tests.narrative_helpers import found

_TEXT = "本年支出合计790.5万元。基本支出、项目支出分别为650.3万元、140.2万元，分别占本年支出合计的{a}、{b}。"


def _shares(text):
    return [f for f in found(text) if f.rule == "N-SHARE" and f.severity == "error"]


def test_the_second_share_of_the_run_is_checked_too():
    # 650.3 / 790.5 = 82.26 %, 140.2 / 790.5 = 17.74 %
    errors = _shares(_TEXT.format(a="80.3%", b="19.7%"))
    assert len(errors) == 2 and any("17.74%" in f.message for f in errors)
    [f] = _shares(_TEXT.format(a="82.3%", b="19.7%"))
    assert "项目支出140.2万元" in f.message and "17.74%" in f.message


def test_a_run_of_shares_that_hold_is_silent():
    assert _shares(_TEXT.format(a="82.3%", b="17.7%")) == []


def test_percents_with_words_of_their_own_are_not_taken_into_the_run():
    # "增长5%" after the share is a rate of its own, not a share
    text = "本年支出合计790.5万元。基本支出650.3万元，分别占本年支出合计的82.3%、增长5%。"
    assert _shares(text) == []
