"""Red-team pass 18, on the readings added after red-team 16 and 17: the shapes that gave wrong errors, each with the
reading that holds, the misses now read, and the same shapes where no reading holds and the error stays."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found, rule_errors as _errors


# A1: several "<part>中" breakdowns in one 其中 list, nested two deep too
@pytest.mark.parametrize("text", [
    "本年支出合计1200.78万元，其中基本支出856.32万元，基本支出中人员经费765.21万元，项目支出344.46万元，项目支出中专项业务费200.00万元。",
    "本年支出合计1200.78万元，其中基本支出856.32万元，基本支出中人员经费765.21万元、公用经费91.11万元，公用经费中办公费30.00万元，"
    "项目支出344.46万元。",
])
def test_several_breakdowns_inside_earlier_parts(text):
    assert _errors(text, "N-SUM") == []


def test_several_breakdowns_and_the_outer_items_still_exceed():
    text = "本年支出合计1200.78万元，其中基本支出856.32万元，基本支出中人员经费765.21万元，项目支出444.46万元，项目支出中专项业务费200.00万元。"
    assert len(_errors(text, "N-SUM")) == 1


# A2: a (常住) urbanisation rate is not of 户籍 figures, nor of a 总人口 that may be the registered one
@pytest.mark.parametrize("text", [
    "年末全县户籍人口85.3万人，其中城镇户籍人口30.1万人，常住人口城镇化率为40.2%。",
    "年末全县户籍总人口85.3万人，其中城镇人口30.1万人，城镇化率为40.2%。",
    "年末全县总人口85.3万人，其中城镇人口30.1万人，城镇化率为40.2%。",
])
def test_an_urbanisation_rate_of_another_population(text):
    assert _errors(text, "N-SHARE") == []


# A3: a bare 预算 with both 年初 and 调整 budgets written may be either
@pytest.mark.parametrize("text", [
    "公务接待费年初预算数5.00万元，调整预算数4.00万元，决算数3.85万元，决算数为预算数的77.0%。",
    "公务接待费年初预算数5.00万元，调整预算数4.00万元，决算数3.85万元，完成预算的77.0%。",
])
def test_a_bare_budget_may_be_either_written(text):
    assert _errors(text, "N-RATE") == []


@pytest.mark.parametrize("text", [
    "公务接待费年初预算数5.00万元，调整预算数4.00万元，决算数3.85万元，完成预算的87.0%。",
    # the rate names its budget: the other one is not a reading
    "公务接待费年初预算数5.00万元，调整预算数4.00万元，决算数3.85万元，完成调整预算的77.0%。",
])
def test_a_rate_failing_every_written_budget_or_naming_its_own(text):
    assert len(_errors(text, "N-RATE")) == 1


# A4, A5: four terms are not the three sectors; shares each of another whole's own sector need not make 100
@pytest.mark.parametrize("text", [
    "全县农林牧渔业总产值56.3亿元，农林牧渔业产业结构为52.3:10.1:30.5:7.1。",
    "全县第一、二、三产业增加值占全市的比重分别为25.3%、18.6%、21.4%。",
    "全县第一产业增加值10.2亿元，第二产业增加值30.5亿元，第三产业增加值40.1亿元。全县第一、二、三产业增加值占全市的比重分别为25.3%、18.6%、21.4%。",
    "农业内部产业结构由50.1:20.3:31.6调整为50.4:20.1:29.5。",
])
def test_structures_that_are_not_the_three_sectors_shares_of_one_output(text):
    assert [f for f in found(text) if f.severity == "error" and "三次产业结构" in f.message] == []


# M1: "三次产业比例为…", "三次产业比重由…调整为…" are the structure too
@pytest.mark.parametrize("text, total", [
    ("全县实现地区生产总值120.3亿元，三次产业比例为15.1:37.9:49.0。", "102.0"),
    ("三次产业比重由上年的12.3:35.4:52.3调整为12.1:34.8:54.1。", "101.0"),
])
def test_the_structure_named_by_its_proportions(text, total):
    [f] = _errors(text, "N-SUM")
    assert f"相加却是 {total}" in f.message


# M2: "人口自然减少529人" is an increase of −529
@pytest.mark.parametrize("text, expected", [
    ("全年出生人口5123人，死亡人口5552人，人口自然减少529人。", "减少 429人"),
    ("全年人口出生率7.28‰，死亡率7.89‰，自然减少率0.71‰。", "减少 0.61‰"),
])
def test_a_natural_decrease(text, expected):
    [f] = _errors(text, "N-SUM")
    assert expected in f.message


@pytest.mark.parametrize("text", [
    "全年出生人口5123人，死亡人口5552人，人口自然减少429人。",
    "全年人口出生率7.28‰，死亡率7.89‰，自然减少率0.61‰。",
])
def test_a_natural_decrease_that_holds(text):
    assert _errors(text, "N-SUM") == []
