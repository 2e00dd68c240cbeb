"""Precision on the newest readings: shapes around them that real reports use, each consistent under
some plausible reading, that must raise no error — and the shape where the rule still fires."""

from __future__ import annotations

from tests.narrative_helpers import found

_GROWTH = "一般公共预算收入由2015年的2007万元增加到2020年的2468万元{}，年均增长{}{}。"


def _changes(text):
    return [f for f in found(text) if f.rule == "N-CHANGE"]


def test_a_growth_said_on_a_comparable_basis_is_not_compounded_from_the_figures():
    # "（同口径）", "按可比口径计算，", "（剔除政策性减收因素）": the rate is of other figures than the two written
    assert _changes(_GROWTH.format("（按可比口径计算）", "5.1%", "")) == []
    assert _changes(_GROWTH.format("", "6.5%", "（剔除政策性减收因素）")) == []
    assert _changes("按同口径计算，" + _GROWTH.format("", "6.5%", "")) == []
    assert _changes("全市财政总收入由1978年的1.55亿元增加到2017年的1187.50亿元（可比口径），增长了816.97倍。") == []


def test_a_growth_with_no_other_basis_still_fires():
    # (a rate below the compounded one: above it, a mean of the yearly rates would be a reading)
    [f] = _changes(_GROWTH.format("", "2.5%", ""))
    assert f.severity == "error" and "4.22%" in f.message
    # a basis named in another sentence does not reach it
    [f] = _changes(_GROWTH.format("", "2.5%", "") + "可比口径下税收收入增长8%。")
    assert f.severity == "error"
    [f] = _changes("全市财政总收入由1978年的1.55亿元增加到2017年的1187.50亿元，增长了816.97倍。")
    assert f.severity == "error" and "816.97倍" in f.message


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM"]


def test_a_first_part_that_is_the_whole_again_makes_an_excess_a_reading():
    # "实有人数30人，其中：在职人员30人，离休…，退休…": 实有人数 meant as the serving staff, the retired beside them
    [f] = _sums("实有人数30人，其中：在职人员30人，离休人员1人，退休人员5人。")
    assert f.severity == "warning" and "在职人员30人" in f.cause
    [f] = _sums("实有人数30人，其中：在职人员30人，离休人员1人，退休人员6人，其他人员3人。")
    assert f.severity == "warning"
    # "其中：在职人员30人，行政人员20人，事业人员10人": the parts after the first break it down, and make it exactly:
    # a subtotal and its parts, nothing to report (audit round 30 judged such a warning wrong, 3318)
    assert _sums("实有人数30人，其中：在职人员30人，行政人员20人，事业人员10人。") == []
    # parts after the first that over-fill it (32 of 30): no reading holds
    [f] = _sums("实有人数30人，其中：在职人员30人，行政人员20人，事业人员12人。")
    assert f.severity == "error"


def test_an_excess_with_no_part_restating_the_whole_stays_an_error():
    [f] = _sums("实有人数30人，其中：行政人员30人，离休人员1人，退休人员5人。")
    assert f.severity == "error"
    [f] = _sums("实有人数30人，其中：在职人员30人，行政人员20人，事业人员20人。")
    assert f.severity == "error"
    [f] = _sums("支出100万元，其中：基本支出100万元，项目支出20万元。")
    assert f.severity == "error"


_SHARES = ("三公经费财政拨款支出{total}万元。其中:公车购置支出470万元,比上年减支1122万元,占年初预算数476万元的98.74%"
           "公务用车运行维护费支出3758万元,比上年增支816万元,增长27.74%,占年初预算数4688万元的80.16%;公务接待费支出627万元,"
           "比上年减支125万元,降低16.62%,占年初预算数1035万元的60.58%;因公出国费支出0万元,比上年减支2万元,占年初预算数1万元的0%。")


def test_an_item_written_on_after_a_share_with_no_separator_is_a_part():
    # "占年初预算数476万元的98.74%公务用车运行维护费支出3758万元": the 占 ended with its percent; the
    # amount named after it is the next part, and the budget a share is of leads no item
    assert _sums(_SHARES.format(total="4855")) == []


def test_such_a_list_that_exceeds_its_whole_still_fires():
    [f] = _sums(_SHARES.format(total="4000"))
    assert f.severity == "error" and "4000万元" in f.message and "超过" in f.message
