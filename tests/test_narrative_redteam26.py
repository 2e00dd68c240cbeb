"""Red-team pass 26, on the readings of red-team 24/25 and round 103: the wrong errors and absurd readings they gave,
and the real errors they silenced, each with the reading that now holds."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import rule_errors as _errors, rule_findings as _findings


# A1: items making up a subtotal whose shares do not hold over it are shares of another whole
@pytest.mark.parametrize("text", [
    "一般公共预算支出45.36亿元。民生支出合计15.50亿元，教育支出8.52亿元，占18.8%；社会保障和就业支出6.98亿元，占15.4%。",
    "一般公共预算支出增长6.3%。民生支出合计15.50亿元，教育支出8.52亿元，占18.8%；社会保障和就业支出6.98亿元，占15.4%。",
])
def test_shares_of_items_that_make_up_a_subtotal_but_do_not_hold_over_it(text):
    assert _errors(text, "N-SHARE") == []


def test_shares_of_items_one_failing_over_the_total_they_make_up():
    (f,) = _errors("本年支出合计2871.45万元，基本支出1682.37万元，占58.59%；项目支出1189.08万元，占42.41%。", "N-SHARE")
    assert "41.41%" in f.message


AGES = ("全县常住人口中,0-14岁人口为60699人,占30.28%;15-59岁人口为117216人,占58.47%;"
        "60岁及以上人口为22559人,占{old}%,其中65岁及以上人口为16536人,占{part}%。")


# M2: a part's bare share failing every reading, its total's own share holding over the sentence's items, is an error
def test_a_parts_share_failing_every_reading_is_an_error():
    (f,) = _errors(AGES.format(old="11.25", part="9.25"), "N-SHARE")
    assert "9.25%" in f.message


def test_a_parts_share_of_the_whole_its_totals_share_implies_holds():
    assert _findings(AGES.format(old="11.25", part="8.25"), "N-SHARE") == []


# M3: the items of one attribute cut are still parts of the whole
@pytest.mark.parametrize("text", ["在职人员40人，其中男性22人，女性20人，党员15人。",
                                  "年末规模以上工业企业186家，其中国有企业50家，私营企业145家，高新技术企业48家。"])
def test_items_of_one_cut_past_the_whole_beside_another_cut(text):
    assert len(_errors(text, "N-SUM")) == 1


def test_items_of_one_cut_within_the_whole_beside_another_cut():
    assert _errors("在职人员40人，其中男性20人，女性20人，党员15人。", "N-SUM") == []


# M4: a breakdown above the item it follows is no breakdown of it
@pytest.mark.parametrize("sep", ["；", "，"])
def test_a_name_said_again_above_its_item_is_read_as_written(sep):
    text = f"全县一般公共预算收入16.52亿元，其中县级完成12.30亿元，税收收入8.65亿元{sep}乡镇完成4.22亿元，税收收入8.21亿元。"
    assert len(_errors(text, "N-SUM")) == 1


# absurd readings of a rate: a carry-over, a balance, last year's or a cumulative amount is no operand
@pytest.mark.parametrize("text", [
    "预算500.00万元，上年结转资金50.00万元，实际支出528.00万元，预算执行率96.0%。",
    "预算1.50万元，结余0.24万元，预算执行率84.0%。",
    "公务接待费支出1.26万元，上年支出1.60万元，预算执行率84.0%。",
    "项目当年支出1.26万元，累计支出3.20万元，项目总预算3.50万元，当年预算执行率84.0%。",
])
def test_no_rate_over_a_carry_over_a_balance_or_last_years(text):
    assert _findings(text, "N-RATE") == []


def test_a_rate_over_its_actual_and_budget_still_read():
    assert len(_findings("公务接待费1.26万元，预算1.50万元，预算执行率94.0%。", "N-RATE")) == 1


# a balance beside a budget: the rate is of what is not left ("预算1.50万元，结余0.24万元，预算执行率…")
def test_a_rate_beside_a_balance_is_read_as_what_is_not_left():
    (f,) = _findings("预算1.50万元，结余0.24万元，预算执行率74.0%。", "N-RATE")
    assert "（1.50万元 − 0.24万元） ÷ 1.50万元" in f.message and "84.00%" in f.message
    (g,) = _findings("预算安排资金300万元，其中省级资金200万元，年终结余30万元，执行率97%。", "N-RATE")
    assert "（300万元 − 30万元） ÷ 300万元" in g.message


def test_a_rate_beside_a_balance_that_holds():
    assert _findings("预算1.50万元，结余0.24万元，预算执行率84.0%。", "N-RATE") == []


# what those readings must leave alone (perturbation check, bench/perturb.py)
def test_last_years_amount_is_an_operand_of_a_change_rate():
    (f,) = _findings("单位收入本年28521.28万元,上年24634.58万元,同比增减额3381.44万元,同比增减率15.78%。", "N-RATE")
    assert "3381.44万元 ÷ 24634.58万元" in f.message


def test_a_cumulative_amount_is_an_operand_of_a_rate_not_said_to_be_the_years():
    (f,) = _findings("累计到位资金17.87亿元,核拨资金15.99亿元、核拨率79.80%。", "N-RATE")
    assert "89.48%" in f.message


def test_kinds_of_one_count_are_summed_though_one_is_named_like_an_owner():
    (f,) = _errors("参保职工人数预计达到58781人,较上年增长3.06%,其中:用人单位35227人,个体工商户及自由职业者等以个人身份参保32337人。",
                   "N-SUM")
    assert "67564人" in f.message
