"""Sentence patterns behind the false findings of another fresh corpus round, each with a text
where the rule must stay silent and a variant where it fires."""

from __future__ import annotations

from tests.narrative_helpers import errors


def test_an_amount_in_a_reason_is_no_whole_of_the_list_after_it():
    text = ("2.收入情况。2023年度收入合计192.01万元，较上年决算数减少27.31万元，下降12.5%，主要原因是2022年有疫情防控经费"
            "29.01万元。其中：财政拨款收入113.68万元，占59.2%；事业收入78.3万元，占40.8%。")
    assert errors(text) == []
    # the list right after the whole it breaks down is still checked
    over = "2.收入情况。2023年度收入合计192.01万元。其中：财政拨款收入123.68万元；事业收入78.3万元。"
    assert [f.rule for f in errors(over)] == ["N-SUM"]


def test_a_rate_with_its_budget_written_inside():
    [f] = errors("7、农林水事务支出699万元，完成年初预算计划1528万元的48%。")
    assert f.rule == "N-RATE" and "45.75%" in f.message and "完成预算的48%" in f.message
    assert errors("1、一般公共服务支出818万元，完成年初预算计划1338万元的61%。") == []
    # 59 ÷ 1525 is 3.87 %: "3.8%" holds only if cut off, never an error
    assert errors("4、社会保障和就业支出59万元，完成年初预算计划1525万元的3.8%。") == []


def test_points_below_a_base_rate_written_after_the_verb():
    text = "1-2月，县级财政自给率仅为21.4%，虽然高于上年2.1个百分点，但远低于今年同期全区财政自给率(53.2%){}个百分点。"
    [f] = errors(text.format("33.9"))
    assert f.rule == "N-CHANGE" and "31.8个百分点" in f.message
    assert errors(text.format("31.8")) == []
