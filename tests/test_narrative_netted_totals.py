"""The budget report's two totals netted ("收入总量为107545亿元。…支出…。收支总量相抵，中央财政赤字26500亿元"; "收入总量减去
支出总量后，省级结转资金218.4亿元"), from corpus 4907, 6408 and 006: the deficit is the spending less the income total,
the balance the income total less the spending.  An error when both totals are written as 总量; a warning when the
spending is read from its figure (a 支出总量 may add items the text leaves out)."""

from __future__ import annotations

from tests.narrative_helpers import found


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity in ("error", "warning")]


_BOTH = ("全国一般公共预算收入183351.84亿元,为预算的100.1%。加上调入资金及使用结转结余14772.77亿元,收入总量为198124.61亿元。"
         "全国一般公共预算支出220906.07亿元,完成预算的105.3%,增长8.7%。加上补充中央预算稳定调节基金1018.54亿元,支出总量为"
         "221924.61亿元。收支总量相抵,赤字{}亿元,与预算持平。")
_SPENT = ("中央一般公共预算收入94880亿元,比2021年执行数增长3.8%。加上从中央预算稳定调节基金调入2765亿元,从中央政府性基金预算、"
          "中央国有资本经营预算调入9900亿元,收入总量为107545亿元。中央一般公共预算支出134045亿元,增长14.3%。收支总量相抵,"
          "中央财政赤字{}亿元,比2021年减少1000亿元。")
_LEFT = ("省级一般公共预算收入771亿元,收入总量为4746.7亿元。省级一般公共预算支出842.4亿元,支出总量为4528.3亿元。"
         "收入总量减去支出总量后,省级结转资金{}亿元。省级实现收支平衡。")


def test_a_deficit_is_the_spending_total_less_the_income_total():
    assert _sums(_BOTH.format("23800")) == []
    [f] = _sums(_BOTH.format("20706"))
    assert f.severity == "error" and "23800亿元" in f.message


def test_a_spending_read_from_its_figure_gives_a_warning():
    assert _sums(_SPENT.format("26500")) == []
    [f] = _sums(_SPENT.format("23055"))
    assert f.severity == "warning" and "26500亿元" in f.message


def test_a_balance_is_the_income_total_less_the_spending_total():
    assert _sums(_LEFT.format("218.4")) == []
    [f] = _sums(_LEFT.format("190.0"))
    assert f.severity == "error" and "218.4亿元" in f.message
    # not netted by the text: a balance of a year is read by its own rule, which asks for more
    assert _sums(_LEFT.replace("收入总量减去支出总量后,", "").format("190.0")) == []


def test_a_balance_carried_to_next_year_after_the_totals_netted():
    text = _LEFT.replace("收入总量减去支出总量后,省级结转资金{}亿元。", "收支总量相抵,结转下年支出{}亿元。")
    assert _sums(text.format("218.4")) == []
    [f] = _sums(text.format("190.0"))
    assert f.severity == "error" and "218.4亿元" in f.message
