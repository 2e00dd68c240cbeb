"""Sentence patterns behind the misses of the twenty-sixth fresh corpus round (people's congresses and
other bodies' final accounts, forest farms', schools' and clinics' project self-evaluations)."""

from __future__ import annotations

from tests.narrative_helpers import found

_SHARE = "三公经费支出6367.25{whole}，其中公车费用4108.12{part}，占{pct}。"


def _shares(text):
    return [f for f in found(text) if f.rule == "N-SHARE"]


def test_a_share_holding_with_the_digits_names_a_unit_not_the_share():
    # "支出6367.25亿元，其中公车费用4108.12万元，占64.5%": the share is right, one unit is wrong
    for whole, part in (("亿元", "万元"), ("万元", "元")):
        [f] = _shares(_SHARE.format(whole=whole, part=part, pct="64.5%"))
        assert f.severity == "error" and "单位写错" in f.cause and "64.52%" in f.cause


def test_a_share_wrong_with_the_digits_too_names_no_unit():
    [f] = _shares(_SHARE.format(whole="亿元", part="万元", pct="60.5%"))
    assert f.cause is None or "单位写错" not in f.cause
    # the same units: no slip of scale is read
    [f] = _shares(_SHARE.format(whole="万元", part="万元", pct="60.5%"))
    assert f.cause is None or "单位写错" not in f.cause
