"""Red-team pass 21, on whole documents: the shapes that gave wrong errors across sentences, each with the reading that
holds, and the same shapes where no reading holds and the error stays."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _errors(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "error"]


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
