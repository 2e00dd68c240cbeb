"""Precision: sentence shapes that gave wrong errors on fresh published text (audit round 20)."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _errors(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "error"]


# -- a bracket restating a figure in another unit is no figure of its own ------------------------

_GRAIN = "全国粮食总产量66384万吨(13277亿公斤),比2018年增长594万吨(119亿公斤),增长{}。"
_AREA = "粮食播种面积9784.7万公顷(1467.71万亩),比2018年减少182.4万公顷(273.6万亩),降幅{}。"


@pytest.mark.parametrize("text, right", [(_GRAIN, "0.9%"), (_AREA, "1.8%")])
def test_a_change_restated_in_brackets_in_another_unit_is_read_by_its_figure(text, right):
    # 594 ÷ (66384 − 594) = 0.903 %; 182.4 ÷ (9784.7 + 182.4) = 1.830 %: the conversions in brackets
    # (wrong ones here, 亿斤 labelled 亿公斤 and 万亩 short of a digit) are not the changes
    assert _errors(text.format(right), "N-CHANGE") == []


@pytest.mark.parametrize("text, wrong", [(_GRAIN, "1.9%"), (_AREA, "2.8%")])
def test_a_rate_wrong_for_the_figure_before_the_bracket_is_still_an_error(text, wrong):
    [f] = _errors(text.format(wrong), "N-CHANGE")
    assert f.narrative[0].text == wrong and f.narrative[1].text in ("594万吨", "182.4万公顷")


# -- a rate on another base than its change ---------------------------------------------------------

_PORK = "全国猪肉批发价格为20.75元/公斤,较1月16日下降0.20元/公斤,{}较去年同期下降11.26%。"


@pytest.mark.parametrize("between", ["比1月16日下降1.0%,比前一周均价下降3.69%,", ""])
def test_a_rate_on_last_year_after_a_change_on_a_day_is_not_that_change_s(between):
    # 0.20 ÷ 20.95 = 0.95 % (the change on 1月16日); 11.26 % is on last year's price, not written
    assert _errors(_PORK.format(between), "N-CHANGE") == []


@pytest.mark.parametrize("against", ["较2023年末", "较上年末", "比年初", "比上月"])
def test_a_balance_s_change_on_a_year_end_is_not_its_year_on_year_rate_s(against):
    # "存款余额…，较2023年末增加10亿元，同比增长25%": the change is on the year's end, the rate on last year's same day
    assert _errors(f"存款余额100亿元,{against}增加10亿元,同比增长25%。", "N-CHANGE") == []


@pytest.mark.parametrize("against", ["较2023年", "较上年同期"])
def test_a_change_on_last_year_and_a_year_on_year_rate_are_one_change(against):
    [f] = _errors(f"存款余额100亿元,{against}增加10亿元,同比增长25%。", "N-CHANGE")
    assert f.narrative[0].text == "25%"


def test_a_rate_of_the_same_base_as_its_change_is_still_checked():
    [f] = _errors("全国猪肉批发价格为20.75元/公斤,较去年同期下降0.20元/公斤,下降11.26%。", "N-CHANGE")
    assert f.narrative[0].text == "11.26%"


# -- a 其中 sentence after an item of an outer list ----------------------------------------------------

_SOFTWARE = ("1-2 月份,我国软件业务收入 14461 亿元,同比增长 11%。\n其中,1-2 月份,软件产品收入 3379 亿元,同比增长 9.5%。"
             "其中,工业软件产品收入 390 亿元,同比增长 13.6%。\n其中,1-2 月份,信息技术服务收入 {} 亿元,同比增长 11.6%。")


def test_a_new_sentence_s_one_part_may_go_on_with_the_outer_list():
    # 9434 is above 390 (工业软件, itself an item) but within 14461 (the whole the first 其中 parts)
    assert _errors(_SOFTWARE.format(9434), "N-SUM") == []


def test_a_new_sentence_s_one_part_above_every_whole_up_the_lists_is_an_error():
    [f] = _errors(_SOFTWARE.format(19434), "N-SUM")
    assert f.narrative[0].text == "19434 亿元"


def test_a_part_above_its_whole_in_its_own_sentence_is_still_an_error():
    [f] = _errors("三级累计安排资金0.085666775亿元，其中，用于地方试点的资金0.1784693735亿元。", "N-SUM")
    assert f.narrative[0].text == "0.1784693735亿元"


# -- a staffing quota's 其中 with the retired and the staff outside it (audit round 22) --------------------------

_QUOTA = "市编办审批全额事业编制财政人数 24 人,其中,财政供养人员{}人,经费自理人员4人,退休14人,其他人员7名(劳务派遣人员5人、门卫1人、备案人员1人)。"


def test_the_retired_and_staff_outside_a_quota_are_told_beside_it():
    # 15 + 4 = 19 within the quota of 24; the 14 retired and 7 others are beside it
    assert _errors(_QUOTA.format(15), "N-SUM") == []


def test_staff_within_a_quota_above_it_are_still_an_error():
    # 22 + 4 = 26 > 24 whatever is told beside
    [f] = _errors(_QUOTA.format(22), "N-SUM")
    assert f.narrative[0].text == "24 人"
