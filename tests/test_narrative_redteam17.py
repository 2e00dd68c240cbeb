"""Red-team pass 17 (部门决算说明, 预算执行报告, “三公”经费): shapes that gave wrong errors, each with the reading that
holds, and the same shapes where the relation fails under every reading and the error stays."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found, rule_errors as _errors


# A1: one item's share of two wholes, "分别占W1和W2的p%和q%": each percent is of its whole, in order
@pytest.mark.parametrize("text", [
    "全镇财政总收入8560万元，一般公共预算收入3560万元，其中税收收入2856万元，分别占一般公共预算收入和财政总收入的80.2%和33.4%。",
    "全镇财政总收入8560万元，同比增长6.3%。一般公共预算收入3560万元，同比增长6.3%，其中税收收入2856万元，同比增长7.1%，"
    "占一般公共预算收入和财政总收入的比重分别为80.2%和33.4%。",
    "本年支出合计1200.78万元，基本支出856.32万元，其中人员经费765.21万元，分别占基本支出和本年支出合计的89.4%和63.7%。",
    "本年支出合计1200.78万元，基本支出856.32万元，其中人员经费765.21万元，分别占基本支出及本年支出合计的89.4%及63.7%。",
    # without 其中: the amounts before may be the wholes themselves, not a list of items
    "全镇财政总收入8560万元，一般公共预算收入3560万元，税收收入2856万元，分别占财政总收入和一般公共预算收入的33.4%、80.2%。",
    "本年收入合计1255.78万元，本年支出合计1200.78万元，财政拨款支出1131.44万元，分别占本年收入合计和本年支出合计的90.1%、94.2%。",
])
def test_one_items_shares_of_two_wholes_in_order(text):
    assert _errors(text, "N-SHARE") == []


@pytest.mark.parametrize("text", [
    "全镇财政总收入8560万元，一般公共预算收入3560万元，其中税收收入2856万元，分别占一般公共预算收入和财政总收入的80.2%和36.4%。",
    "全镇财政总收入8560万元，一般公共预算收入3560万元，税收收入2856万元，分别占财政总收入和一般公共预算收入的36.4%、80.2%。",
])
def test_a_share_that_fails_of_its_own_whole_is_still_an_error(text):
    assert len(_errors(text, "N-SHARE")) == 1


# A2: "其中A a，A中B b": an item named as inside an earlier part ("基本支出中…") opens that part's own breakdown
@pytest.mark.parametrize("text", [
    "本年支出合计1200.78万元，其中基本支出856.32万元，基本支出中人员经费765.21万元。",
    "本年支出合计1200.78万元，其中基本支出856.32万元，基本支出中人员经费765.21万元、公用经费91.11万元，项目支出344.46万元。",
    "一般公共预算收入3560万元，其中税收收入2856万元，税收收入中增值税1200万元。",
    "全年完成固定资产投资5.6亿元，其中项目投资4.2亿元，项目投资中工业投资2.5亿元。",
])
def test_an_item_inside_an_earlier_part_is_not_summed_with_it(text):
    assert _errors(text, "N-SUM") == []


@pytest.mark.parametrize("text", [
    # with the breakdown set apart, the outer items still exceed the total (856.32 + 444.46)
    "本年支出合计1200.78万元，其中基本支出856.32万元，基本支出中人员经费765.21万元、公用经费91.11万元，项目支出444.46万元。",
    # the item after the breakdown does not fit in the part: it is the list's again (856.32 + 444.46)
    "本年支出合计1200.78万元，其中基本支出856.32万元，基本支出中人员经费765.21万元，项目支出444.46万元。",
])
def test_still_an_error_when_no_reading_holds(text):
    assert len(_errors(text, "N-SUM")) == 1


# W1: "X支出预算为a，支出决算为b。X支出决算比上年减少d": the change named as the actual's is not the budget's
def test_a_change_named_as_the_actuals_is_not_bound_to_the_budget():
    text = "公务接待费支出预算为5.00万元，支出决算为3.85万元，完成预算的77.0%。公务接待费支出决算比上年减少0.35万元，下降8.3%，上年为4.20万元。"
    assert [f for f in found(text) if f.rule == "N-CHANGE"] == []
    wrong = text.replace("下降8.3%", "下降7.0%")
    [f] = [f for f in found(wrong) if f.rule == "N-CHANGE"]
    assert "支出决算3.85万元" in f.message and "预算5.00" not in f.message


# M2: the uses listed after "主要用于：" (a colon alone, as after "主要用于以下方面：") are shares of the amount before
def test_shares_of_uses_listed_after_a_colon():
    text = ("一般公共预算财政拨款支出1186.44万元，主要用于：一般公共服务支出456.78万元，占38.5%；教育支出300.00万元，占28.3%；"
            "社会保障和就业支出429.66万元，占36.2%。")
    [f] = _errors(text, "N-SHARE")
    assert "300.00万元 ÷ 1186.44万元" in f.message and "25.29%" in f.message
    assert _errors(text.replace("占28.3%", "占25.3%"), "N-SHARE") == []


# M3: a base rate written "与上年92.3%相比" is the base of the change in points, as "较上年的92.3%" is
def test_points_against_a_base_written_with_yu_xiangbi():
    text = "部门整体预算执行率96.5%，与上年92.3%相比提高5.2个百分点。"
    [f] = [f for f in found(text) if f.rule == "N-CHANGE" and f.severity == "error"]
    assert "4.2个百分点" in f.message
    assert [f for f in found(text.replace("5.2个", "4.2个")) if f.rule == "N-CHANGE"] == []


# M4: "决算数为预算数的87.0%" is a completion rate of the two named figures, as "完成预算的87.0%" is
def test_the_actual_said_as_a_share_of_its_budget():
    text = "公务接待费预算数5.00万元，决算数3.85万元，决算数为预算数的87.0%。"
    [f] = [f for f in found(text) if f.rule == "N-RATE" and f.severity == "error"]
    assert "77.00%" in f.message
    assert [f for f in found(text.replace("87.0%", "77.0%")) if f.rule == "N-RATE"] == []
