"""粮食 by kind as the statistics define it — 谷物、豆类、薯类 — is a complete group: the three parts under their whole is an
error; parts that are only some kinds of grain (稻谷、薯类、豆类) under it are a list that may leave others out."""

from __future__ import annotations

from tests.narrative_helpers import errors

_TEXT = "粮食总产量{}吨,比上年增长0.1%,其中{}57071吨,下降23.7%,薯类2899吨,增长59.2%,豆类134吨,下降29.4%。"


def _sums(text):
    return [e.message for e in errors(text) if e.rule == "N-SUM"]


def test_grain_under_its_three_kinds_is_an_error():
    [message] = _sums(_TEXT.format("82853", "谷物"))
    assert "60104吨" in message


def test_grain_that_its_three_kinds_make_up_or_a_list_of_some_kinds_is_silent():
    assert _sums(_TEXT.format("60104", "谷物")) == []
    assert _sums(_TEXT.format("82853", "稻谷")) == []
