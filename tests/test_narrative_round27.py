"""Sentence patterns behind the findings of the twenty-seventh fresh corpus round (county bureaus' final
accounts, programme self-evaluations and progress tables)."""

from __future__ import annotations

from tests.narrative_helpers import found

_ITEM = "公务用车运行维护费支出3758万元，比上年增支816万元，增长27.74%，为年初预算数4688万元的{}。"


def _rates(text):
    return [f for f in found(text) if f.rule == "N-RATE"]


def test_a_completion_rate_written_as_wei_with_the_items_change_between():
    # "X万元，比上年增支…，增长…%，为年初预算数B万元的R%": X ÷ B, the item's own change said between them
    [f] = _rates(_ITEM.format("80.51%"))
    assert f.severity == "error" and "80.16%" in f.message and "4688万元" in f.message
    assert _rates(_ITEM.format("80.16%")) == []
    assert _rates("公务接待费支出627万元，比上年减支125万元，降低16.62%，为年初预算数1035万元的60.58%。") == []


def test_a_ratio_to_last_year_is_no_completion_rate():
    # "为上年的X%" names no budget: not read here
    assert _rates("公务接待费支出627万元，比上年减支125万元，为上年752万元的93.38%。") == []
