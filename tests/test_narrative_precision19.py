"""Precision on the newest readings, by shapes real reports use around them: consistent texts that
must raise no error — and the same shapes made wrong, where the rule still fires."""

from __future__ import annotations

from perfxl.narrative.figures import extract_figures
from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


# -- "1亿零500万元": 零 between the 亿 and a 万 part under 1000 ------------------------------------

def test_an_amount_of_yi_zero_and_wan_is_one_amount():
    [f] = [f for f in extract_figures("项目总投资1亿零500万元。") if f.kind == "amount"]
    assert (f.text, f.value, f.unit, f.decimals) == ("1亿零500万元", 10500, "万元", 0)
    text = "项目总投资1亿零500万元，其中中央资金1.00亿元，县级资金{}万元。"
    assert _rule(text.format(500), "N-SUM") == []
    [f] = _rule(text.format(800), "N-SUM")
    assert f.severity == "error" and "10800万元" in f.message

