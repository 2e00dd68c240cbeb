"""The urbanisation rate is the urban residents' share of the residents, by definition: "年末全县常住人口77.60万人，其中
城镇人口29.20万人，城镇化率39.63%" is an error (29.20 ÷ 77.60 = 37.63 %).  Read within one sentence, one figure of each
kind, one population: a 户籍 rate only of 户籍 figures, a 常住 one of no 户籍 figure.  On the corpus and the audit pages
the nine such sentences all hold."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _urban(text):
    return [f for f in found(text) if f.rule == "N-SHARE" and "城镇化率是城镇人口占" in f.message]


@pytest.mark.parametrize("text, expected", [
    ("年末全县常住人口77.60万人，其中城镇人口29.20万人，城镇化率39.63%，比上年末提高1.22个百分点。", "37.6289%"),
    ("2019年常住人口212559人，其中城镇常住人口118186人，城镇化率为57.6%。", "55.602%"),
    ("年末全區常住人口32.78萬人，其中：城鎮常住人口30.41萬人，鄉村常住人口2.37萬人；常住人口城鎮化率為90.76%。", "92.7700%"),
    ("年末户籍人口52.3万人，其中城镇户籍人口20.1万人，户籍人口城镇化率40.2%。", "38.432%"),
])
def test_a_rate_that_is_not_the_urban_share(text, expected):
    [f] = _urban(text)
    assert f.severity == "error" and expected in f.message


@pytest.mark.parametrize("text", [
    "年末全县常住人口77.60万人，其中城镇人口29.20万人，城镇化率37.63%，比上年末提高1.22个百分点。",
    "年末全区常住人口107365人，其中城镇常住人口84528人，乡村常住人口22837人；常住人口城镇化率为78.73%。",
    # a 户籍 rate after 常住 figures, 户籍 and 常住 figures mixed: not of one population
    "年末常住人口77.60万人，其中城镇人口29.20万人，户籍人口城镇化率40.2%。",
    "年末户籍人口80.5万人，城镇常住人口29.20万人，城镇化率40.2%。",
    # the population in a sentence before: not bound
    "年末全县常住人口77.60万人。其中城镇人口29.20万人，城镇化率39.63%。",
    # units differ
    "年末全县常住人口77.60万人，其中城镇人口292000人，城镇化率39.63%。",
])
def test_silent_when_it_holds_or_is_not_of_one_population(text):
    assert _urban(text) == []
