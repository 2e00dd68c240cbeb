"""A share's whole named by a name two amounts carry ("总投资达3592.8亿元…。…项目58个,总投资662.2亿元…。…占总投资的15.6%"):
the earlier amount is a reading as well as the nearest; an error only when neither holds, and the message names both."""

from __future__ import annotations

from tests.narrative_helpers import found

_TEXT = ("成都市计划实施第一批重大项目554个,总投资达3592.8亿元。\n\n已申报2018年市重点项目58个,总投资662.2亿元。\n\n"
         "“西控”区域重大项目208个,投资额1913.4亿元,占总投资的{}%;“北改”区域重大项目108个,投资额384.3亿元,占总投资的{}%。")


def _shares(text):
    return [(f.severity, f.message) for f in found(text) if f.rule == "N-SHARE"]


def test_a_share_of_the_earlier_amount_of_the_wholes_name_holds():
    # 1913.4 / 3592.8 = 53.26 %, 384.3 / 3592.8 = 10.70 %
    assert _shares(_TEXT.format("53.3", "10.7")) == []


def test_a_share_holding_with_neither_amount_is_an_error_naming_both():
    [(severity, message)] = _shares(_TEXT.format("53.3", "10.8"))
    assert severity == "error" and "662.2亿元" in message and "另按总投资3592.8亿元为 10.70%" in message


def test_a_share_cut_from_the_earlier_amounts_reading_names_that_whole():
    # 384.3 / 3592.8 = 10.696 %: "10.6%" is its digits cut
    [(severity, message)] = _shares(_TEXT.format("53.3", "10.6"))
    assert severity == "warning" and "分母取总投资3592.8亿元" in message
