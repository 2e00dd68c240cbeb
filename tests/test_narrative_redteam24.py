"""Red-team passes 24 and 25: the shapes that gave wrong errors or an absurd reading, each with the reading that holds,
and the same shapes where no reading holds and the finding stays; and the misses read since."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found, rule_errors as _errors, rule_findings as _findings


# pass 25, A1: a share of two listed items taken together ("事业收入和其他收入合计占8.4%")
@pytest.mark.parametrize("words", ["事业收入和其他收入合计占8.4%", "事业收入和其他收入占8.4%", "事业收入、其他收入合计占8.4%",
                                   "事业收入和其他收入共占8.4%", "合计占8.4%"])
def test_a_share_of_items_together_is_not_of_the_last_one(words):
    text = f"本年收入合计1527.80万元，其中财政拨款收入1400.00万元，事业收入80.00万元，其他收入47.80万元，{words}。"
    assert _errors(text, "N-SHARE") == []


def test_a_share_of_the_last_item_alone_is_still_checked():
    (f,) = _errors("本年收入合计1527.80万元，其中财政拨款收入1400.00万元，事业收入80.00万元，其他收入47.80万元，占5.1%。",
                   "N-SHARE")
    assert "3.13%" in f.message


def test_a_share_named_by_one_item_with_and_in_its_name_is_still_checked():
    # one item's own name holds 与: "医疗卫生与计划生育支出占…" is of that item
    (f,) = _errors("一般公共预算支出100.00万元，其中教育支出40.00万元，医疗卫生与计划生育支出20.00万元，医疗卫生与计划生育支出占25.0%。",
                   "N-SHARE")
    assert "20.00%" in f.message


# pass 25, A2: a figure after 超 / 超过 / 逾 / 不足 is a bound of the quantity, never an operand of an error
@pytest.mark.parametrize("text", [
    "全年接待游客超1100万人次，其中过夜游客325.8万人次，占28.9%。",
    "全年接待游客超过1100万人次，其中过夜游客325.8万人次，占28.9%。",
    "旅游总收入超110亿元，同比增长20.5%，增收19.1亿元。",
])
def test_a_bound_is_no_operand(text):
    assert [f for f in found(text) if f.severity == "error"] == []


def test_the_figure_itself_is_still_an_operand():
    (f,) = _errors("全年接待游客1100万人次，其中过夜游客325.8万人次，占28.9%。", "N-SHARE")
    assert "29.62%" in f.message


# pass 25, A3: an item name said again after each level is that level's own breakdown
@pytest.mark.parametrize("sep", ["；", "，"])
def test_a_name_said_again_after_each_item_is_its_breakdown(sep):
    text = f"全县一般公共预算收入16.52亿元，其中县级完成12.30亿元，税收收入8.65亿元{sep}乡镇完成4.22亿元，税收收入3.21亿元。"
    assert _errors(text, "N-SUM") == []


def test_levels_past_the_whole_are_still_an_error():
    (f,) = _errors("全县一般公共预算收入16.52亿元，其中县级完成12.30亿元，税收收入8.65亿元，乡镇完成5.22亿元，税收收入3.21亿元。",
                   "N-SUM")
    assert "17.52亿元" in f.message


# pass 25, A4: counts of different attribute cuts may overlap
@pytest.mark.parametrize("text", [
    "年末全县规模以上工业企业186家，其中私营企业145家，高新技术企业48家。",
    "在职人员40人，其中女性32人，党员20人。",
    "年末规模以上工业企业186家，其中亏损企业32家，私营企业160家。",
])
def test_counts_of_different_cuts_are_not_summed(text):
    assert _errors(text, "N-SUM") == []


@pytest.mark.parametrize("text", ["在职人员40人，其中男性22人，女性20人。", "在职人员40人，其中行政编制22人，事业编制20人。"])
def test_counts_of_one_cut_are_still_summed(text):
    assert len(_errors(text, "N-SUM")) == 1


def test_a_count_item_past_the_whole_is_still_an_error_across_cuts():
    assert len(_errors("在职人员40人，其中女性42人，党员20人。", "N-SUM")) == 1


# pass 24: the amount named a budget divides the other
def test_a_rate_read_over_the_amount_named_budget():
    (f,) = _findings("公务接待费1.26万元，预算1.50万元，预算执行率94.0%。", "N-RATE")
    assert "1.26万元 ÷ 1.50万元" in f.message and "84.00%" in f.message


def test_a_rate_over_the_budget_that_holds_is_silent():
    assert _findings("公务接待费1.26万元，预算1.50万元，预算执行率84.0%。", "N-RATE") == []


# pass 24, M1: bare shares of items written after a total that they make up
def test_bare_shares_of_items_that_make_up_the_total_before_them():
    (f,) = _errors("本年支出合计2871.45万元，基本支出1682.37万元，占58.59%；项目支出1189.08万元，占42.41%。", "N-SHARE")
    assert "41.41%" in f.message and "本年支出合计" in f.message


@pytest.mark.parametrize("text", [
    "本年支出合计2871.45万元，基本支出1682.37万元，占58.59%；项目支出1189.08万元，占41.41%。",
    # the items do not make up the total: what the shares are of is not known
    "本年支出合计2871.45万元，基本支出1682.37万元，占58.59%；项目支出1100.08万元，占42.41%。",
])
def test_bare_shares_after_a_total_that_hold_or_are_of_no_known_whole(text):
    assert _errors(text, "N-SHARE") == []


# pass 24, M2: an actual naming no item, the one budget of its paragraph in an earlier sentence
def test_a_rate_over_the_paragraphs_one_budget():
    (f,) = _findings("项目预算480.00万元。实际支出468.72万元，预算执行率96.75%。", "N-RATE")
    assert f.severity == "warning" and "前文所写的项目预算480.00万元" in f.message and "97.65%" in f.message


@pytest.mark.parametrize("text", [
    "项目预算480.00万元。实际支出468.72万元，预算执行率97.65%。",
    # two budgets: which one is not said
    "项目年初预算400.00万元，全年预算480.00万元。实际支出468.72万元，预算执行率96.75%。",
    # the rate holds over another amount of the paragraph
    "项目预算480.00万元，到位资金470.00万元。实际支出468.72万元，预算执行率99.73%。",
    # a budget added to
    "项目预算480.00万元，追加预算20.00万元。实际支出468.72万元，预算执行率93.74%。",
])
def test_a_rate_over_the_paragraphs_budget_that_holds_or_is_not_known(text):
    assert _findings(text, "N-RATE") == []


# pass 25, B1: counts listed and closed by 共/合计 ("…，共77所。") are summed as amounts are
def test_counts_closed_by_a_total_are_summed():
    (f,) = _errors("全县有小学45所、初中38所、普通高中4所，共77所。", "N-SUM")
    assert "87所" in f.message


@pytest.mark.parametrize("text", [
    "全县有小学45所、初中38所、普通高中4所，共87所。",
    # 共 before another thing counted: "共107个县级行政区" is no total of the 地级 units before it
    "新疆下辖14个地级行政区(4个地级市5个自治州5个地区),共107个县级行政区。",
    # people of two attribute cuts may be counted in both
    "全县有女性职工32人、党员20人，共45人。",
])
def test_counts_closed_by_a_total_that_add_up_or_are_no_one_sum(text):
    assert _errors(text, "N-SUM") == []


# pass 25, B4: an income's completion of a budget naming no item ("一般公共预算收入…，年度预算…，完成年度预算的…")
@pytest.mark.parametrize("text", ["全县一般公共预算收入15.02亿元，年度预算16.40亿元，完成年度预算的97.6%。",
                                  "税收收入15.02亿元，年度预算16.40亿元，完成年度预算的97.6%。",
                                  "一般公共预算收入15.02亿元，年度预算16.40亿元，预算完成率97.6%。"])
def test_an_incomes_completion_of_its_budget(text):
    (f,) = _errors(text, "N-RATE")
    assert "15.02亿元 ÷ 年度预算16.40亿元" in f.message and "91.59%" in f.message


@pytest.mark.parametrize("text", ["全县一般公共预算收入15.02亿元，年度预算16.40亿元，完成年度预算的91.6%。",
                                  # another amount between: which one the budget is of is not said
                                  "一般公共预算收入15.02亿元，上年收入14.00亿元，年度预算16.40亿元，完成年度预算的97.6%。"])
def test_an_incomes_completion_that_holds_or_is_not_bound(text):
    assert _errors(text, "N-RATE") == []
