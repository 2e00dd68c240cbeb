"""Growth over several years: "由1978年的A增加到2017年的B，增长了M倍，年平均增长R%" — the multiple read
both ways (B ÷ A − 1, or B ÷ A as it is often written), the average rate compounded over the years
between (one fewer or one more: how the years are counted varies); fiscal money only."""

from __future__ import annotations

from tests.narrative_helpers import found

_REVENUE = "全市财政总收入由1978年的1.55亿元增加到2017年的1187.50亿元，增长了{m}倍，年平均增长{r}。"


def _changes(text):
    return [f for f in found(text) if f.rule == "N-CHANGE"]


def test_a_multiple_and_an_average_rate_the_two_figures_do_not_give_are_errors():
    multiple, average = _changes(_REVENUE.format(m="816.97", r="18.8%"))
    assert multiple.severity == "error" and "816.97倍" in multiple.message and "766.14 倍" in multiple.message
    # above the compounded rate: a mean of the yearly rates (never below it) is a reading
    assert average.severity == "warning" and "18.57%" in average.message and "算术平均" in average.cause
    # below it no reading holds
    multiple, average = _changes(_REVENUE.format(m="816.97", r="16.8%"))
    assert average.severity == "error" and "18.57%" in average.message


def test_a_multiple_and_an_average_rate_that_hold_are_silent():
    assert _changes(_REVENUE.format(m="765.13", r="18.57%")) == []
    # the multiple as B ÷ A ("增长了766倍" for "是原来的766倍"), the years counted one more
    assert _changes(_REVENUE.format(m="766.13", r="18.06%")) == []
    assert _changes("一般公共预算收入从2015年的2007万元上升到2020年的2468万元，年均增长4.22%。") == []
    [f] = _changes("一般公共预算收入从2015年的2007万元上升到2020年的2468万元，年均增长2.22%。")
    assert f.severity == "error" and "4.22%" in f.message


def test_comparable_price_indicators_and_approximate_multiples_are_not_compounded():
    # 生产总值 grows at comparable prices: its average rate is no compounding of the nominal figures
    assert _changes("生产总值从1978年的2.19亿元增加到2017年的388.9亿元，年均增长10.95%。") == []
    assert _changes("全市财政总收入由1978年的1.55亿元增加到2017年的1187.50亿元，增长近800倍。") == []
