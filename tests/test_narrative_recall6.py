"""Readings added for recall on published statistics: shares of one unwritten whole measured in a unit
other than money."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_shares_of_an_unwritten_whole_of_measured_quantities_are_checked():
    # the three sources' shares add to 100 %: the whole is their sum, 6015.5, and 86.4 of it is 1.44 %
    [f] = _rule("地表水源供水量4952.7亿立方米,占供水总量的82.3%;地下水源供水量976.4亿立方米,占供水总量的16.2%;"
                "其他水源供水量86.4亿立方米,占供水总量的1.5%。", "N-SHARE")
    assert f.severity == "error" and f.actual == 1.5 and "6015.5亿立方米" in f.message and "“供水总量”未写出" in f.message
    # people as well
    [f] = _rule("城镇人口12.6万人，占总人口的60.3%；乡村人口8.4万人，占总人口的41.7%。", "N-SHARE")
    assert f.severity == "error"


def test_shares_of_measured_quantities_stay_silent_when_they_hold_or_mix_units():
    assert _rule("地表水源供水量4952.7亿立方米,占供水总量的82.3%;地下水源供水量976.4亿立方米,占供水总量的16.2%;"
                 "其他水源供水量86.4亿立方米,占供水总量的1.4%。", "N-SHARE") == []
    # a household and a head count are not parts of one whole
    assert _rule("低保户1200户，占救助对象的40%；低保对象3000人，占救助对象的60%。特困人员500人，占救助对象的10%。",
                 "N-SHARE") == []
    # the whole written before: the shares may be of it
    assert _rule("全年用水总量6100亿立方米。地表水源供水量4952.7亿立方米,占供水总量的81.2%;地下水源供水量976.4亿立方米,"
                 "占供水总量的16.0%;其他水源供水量86.4亿立方米,占供水总量的2.8%。", "N-SHARE") == []


def test_a_rate_restating_its_change_after_ji_is_checked():
    # "即同比增2.3%": 即 and the one-character verb still make the rate the change's own
    [f] = _rule("2016年公共开支826亿元,增加了1.9亿元,即同比增2.3%。", "N-CHANGE")
    assert f.severity == "error" and "0.23%" in f.message
    assert _rule("2016年公共开支826亿元,增加了19亿元,即同比增2.4%。", "N-CHANGE") == []
    # a rate of another base after 即 is still not the change's
    assert _rule("2016年公共开支826亿元,比预算增加了1.9亿元,即比上年增长2.3%。", "N-CHANGE") == []
