"""Money carried over (年初结转和结余, 年末结转和结余) is by definition the sibling of 本年收入合计/本年支出合计 within the 总计,
never its part (red-team 14, A2): "本年收入合计1460.16万元，其中财政拨款收入1420.16万元；年初结转和结余63.30万元"."""

from __future__ import annotations

from tests.narrative_helpers import found


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity == "error"]


def test_a_carry_over_is_no_part_of_this_years_income_or_spending():
    assert _sums("本年收入合计1460.16万元，其中财政拨款收入1420.16万元；年初结转和结余63.30万元。") == []
    assert _sums("本年支出合计1420.5万元，其中基本支出1100.5万元，项目支出320万元；年末结转和结余102.96万元。") == []


def test_this_years_own_parts_past_it_are_still_an_error():
    [f] = _sums("本年收入合计1460.16万元，其中财政拨款收入1480.16万元；年初结转和结余63.30万元。")
    assert "1460.16万元" in f.message
    # and a 总计 takes the carry-over as a part
    assert _sums("收入总计1460.16万元，其中本年收入合计1420.16万元，年初结转和结余63.30万元。")
