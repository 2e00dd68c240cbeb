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


# -- a product's 其中 list ends at the next product that opens its own 其中 after its own change ("精煤产量…,同比下降25.1%;其中,…")

_PRODUCTS = ("原煤产量1657.8万吨,同比下降14.3%;其中,县属企业完成{}万吨,同比下降17.1%;\n"
             "精煤产量947.5万吨,同比下降25.1%;其中,县属企业完成711.1万吨,同比下降25.2%;\n水泥产量76.4万吨,同比下降8.2%。")


def test_a_sibling_opening_its_own_list_after_its_change_ends_the_list_before():
    from tests.narrative_helpers import found

    from tests.narrative_helpers import doc

    assert [f for f in found(_PRODUCTS.format("1094.2")) if f.rule == "N-SUM"] == []
    lists = {pl.total.text: [p.text for p in pl.parts] for pl in doc(_PRODUCTS.format("1094.2")).lists}
    assert lists["1657.8万吨"] == ["1094.2万吨"]
    # a part's own change with no list word after it leaves the list going on: parts above the whole are still reported
    over = "原煤产量1657.8万吨,同比下降14.3%;其中,县属企业完成1094.2万吨,同比下降17.1%,乡镇企业完成663.6万吨,同比下降9.2%。"
    assert any(f.rule == "N-SUM" and "1757.8万吨" in f.message for f in found(over))


# -- a rate after three or more amounts: the first over the sum of the others is a reading -----------------------------

_USED = ("实际使用资金{}万元,落实中央拨付资金186.9万元,省级配套拨付资金112.14万元,县(区)级配套拨付资金74.76万元,"
         "农家书屋专项资金使用率达100%。")


def test_a_rate_of_the_first_amount_over_the_sum_of_the_listed_ones_holds():
    from tests.narrative_helpers import found

    assert [f for f in found(_USED.format("373.8")) if f.rule == "N-RATE"] == []
    assert [f.severity for f in found(_USED.format("300.8")) if f.rule == "N-RATE"] == ["warning"]


# -- a collection quota in an income list is no money of the unit's own ("非税收入征收计划72.7万元") -----------------------

def test_a_collection_quota_in_an_income_list_leaves_its_sum_unknown():
    text = "2016年年初预算数508.36万元,其中,经费拨款455.51万元,非税收入{}72.7万元。"
    assert [e for e in errors(text.format("征收计划")) if e.rule == "N-SUM"] == []
    assert [e.rule for e in errors(text.format("收入"))] == ["N-SUM"]
