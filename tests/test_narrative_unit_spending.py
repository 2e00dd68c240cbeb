"""基本支出 and 项目支出 are every part of a fund's spending (财政拨款支出), but a unit's whole spending (本年支出合计) in a
部门决算 may also hold 上缴上级支出, 经营支出 and 对附属单位补助支出, which a text need not write: the two falling short of it
is an error only when their shares are written and make 100 % (corpus 627, 951, 355), or for a fund's spending."""

from __future__ import annotations

from tests.narrative_helpers import found


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity in ("error", "warning")]


def test_a_units_whole_spending_may_hold_other_kinds():
    assert _sums("本年支出合计100.00万元，其中基本支出60.00万元、项目支出38.00万元。") == []


def test_shares_making_100_percent_say_the_two_are_all():
    # corpus 627: the two shares make 100 %, so the two are all of it, and 780.21 falls short of 880.20
    [f] = _sums("2021年本年支出合计880.20万元,其中:基本支出768.88万元,占87.35%;项目支出11.33万元,占12.65%。")
    assert f.severity == "error" and "780.21万元" in f.message


def test_a_funds_spending_is_the_two_by_definition():
    [f] = _sums("财政拨款支出100.00万元，其中基本支出60.00万元、项目支出38.00万元。")
    assert f.severity == "error" and "98万元" in f.message
