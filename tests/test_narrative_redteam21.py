"""Red-team pass 21, on whole documents: the shapes that gave wrong errors across sentences, each with the reading that
holds, and the same shapes where no reading holds and the error stays."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import rule_errors as _errors


# A1: a sentence opening with 加上 adds to its paragraph's figure of the total's name, also past a 其中 and a breakdown
_ADDED = {
    "收入": "全县一般公共预算收入完成18652万元，增长6.8%。其中，税收收入12836万元，占68.8%。分税种看，增值税5200万元，企业所得税2100万元。"
           "加上上级补助收入16890万元、上年结转1238万元，收入总计{}万元。",
    "本年": "本年收入合计2610.35万元。其中财政拨款收入2480.35万元。其他收入130.00万元。加上年初结转和结余246.12万元，收入总计{}万元。",
    "支出": "全县一般公共预算支出完成42563万元。其中民生支出35540万元。农林水支出9875万元。"
           "加上上解支出320万元、债务还本支出280万元、结转下年200万元，支出总计{}万元。",
}


@pytest.mark.parametrize("key, total", [("收入", "36780"), ("本年", "2856.47"), ("支出", "43363")])
def test_an_addition_to_the_paragraphs_figure(key, total):
    assert _errors(_ADDED[key].format(total), "N-SUM") == []


@pytest.mark.parametrize("key, total, computed", [("收入", "36880", "36780万元"), ("本年", "2866.47", "2856.47万元")])
def test_an_addition_that_fails_every_base(key, total, computed):
    (f,) = _errors(_ADDED[key].format(total), "N-SUM")
    assert computed in f.message


# A2: the figure a comparison names as its base ("较年初预算") is not the current one
@pytest.mark.parametrize("text", [
    "项目年初预算数200.00万元，全年预算数236.50万元，较年初预算增加36.50万元。",
    "单位年初预算数200.00万元，全年预算数236.50万元，比年初预算增加36.50万元。",
])
def test_the_base_a_comparison_names(text):
    assert _errors(text, "N-CHANGE") == []


def test_the_base_a_comparison_names_and_a_wrong_change():
    (f,) = _errors("项目年初预算数200.00万元，全年预算数236.50万元，较年初预算增加26.50万元。", "N-CHANGE")
    assert "36.5万元" in f.message


# M1: 完成年初预算% with the item's actual named before a budget naming no item of its own
@pytest.mark.parametrize("text, computed", [
    ("一般公共服务支出（类）支出决算为523.00万元，年初预算为490.00万元，完成年初预算的116.7%。", "106.73%"),
    ("2023年度财政拨款支出4268.45万元，年初预算3800.00万元，完成年初预算的121.3%。", "112.33%"),
])
def test_a_completion_of_an_items_budget(text, computed):
    (f,) = _errors(text, "N-RATE")
    assert computed in f.message


@pytest.mark.parametrize("text", [
    "一般公共服务支出（类）支出决算为523.00万元，年初预算为490.00万元，完成年初预算的106.7%。",
    "2023年度财政拨款支出4268.45万元，年初预算3800.00万元，完成年初预算的112.3%。",
    # (a budget of another item is not this item's)
    "教育支出决算为523.00万元，卫生健康支出年初预算为490.00万元，完成年初预算的116.7%。",
])
def test_a_completion_of_an_items_budget_that_holds_or_is_not_bound(text):
    assert _errors(text, "N-RATE") == []


# M2: a list opened by "按功能分类：" or "从支出功能分类看，"
@pytest.mark.parametrize("opener", ["按功能分类：", "从支出功能分类看，", "按支出功能分类："])
def test_a_list_by_functional_class(opener):
    text = (f"2023年度一般公共预算财政拨款支出1527.80万元，{opener}教育支出1362.50万元，占89.2%；社会保障和就业支出98.30万元，"
            "占6.4%；卫生健康支出32.00万元，占2.1%；住房保障支出35.00万元，占{}%。")
    assert len(_errors(text.format("3.3"), "N-SHARE")) == 1
    assert _errors(text.format("2.3"), "N-SHARE") == []


# M3: last year's figure in brackets after this year's, the rate after both ("6.20万元（上年7.05万元），下降11.1%")
def test_a_rate_against_a_bracketed_last_years_figure():
    (f,) = _errors("公务用车购置及运行维护费6.20万元（上年7.05万元），下降11.1%。", "N-CHANGE")
    assert "12.06%" in f.message
    assert _errors("公务用车购置及运行维护费6.20万元（上年7.05万元），下降12.1%。", "N-CHANGE") == []


# M4: a comma grouping a number's digits ends no phrase ("占年度预算6,200万元的55.2%")
def test_a_share_of_a_whole_written_with_a_thousands_comma():
    (f,) = _errors("全镇一般公共预算收入完成3,256万元，占年度预算6,200万元的55.2%。", "N-SHARE")
    assert "52.52%" in f.message
    assert _errors("全镇一般公共预算收入完成3,256万元，占年度预算6,200万元的52.5%。", "N-SHARE") == []
