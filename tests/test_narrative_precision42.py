"""Precision: the readings of a change on the budget, of a change on a named year, of a paragraph's lead and of a
balance netted from its flows bind only figures the sentence can mean."""

from __future__ import annotations

from tests.narrative_helpers import found


def _errors(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "error"]


# -- a change on the budget named only: the unit's whole and a part's budget ------------------------------------------

def test_the_units_whole_and_a_parts_budget_are_no_actual_and_budget():
    # the project's own spending is not written: 136.03 − 24.87 = 111.16 of it, nothing to check
    assert _errors("部门支出3238.14万元，项目支出预算数为136.03万元，比预算数减少24.87万元，主要是项目未完成。", "N-CHANGE") == []


def test_the_units_actual_and_the_units_budget_are_still_checked():
    [f] = _errors("部门支出3238.14万元，部门预算数为3300.00万元，比预算数减少71.86万元。", "N-CHANGE")
    assert "61.86万元" in f.message


# -- a change on a named year's budget -----------------------------------------------------------------------

def test_a_change_on_a_named_years_budget_is_not_read_on_another_years_budget():
    # 2022's budget is not written: 4274.73 − 3445.25 = 829.48 of it, nothing to check
    assert _errors("2022年公务接待费支出244.69万元，2023年预算4274.73万元，比2022年预算增加3445.25万元。", "N-CHANGE") == []


def test_a_change_on_the_budget_of_the_year_written_is_still_checked():
    [f] = _errors("2022年公务接待费预算300.00万元，2023年预算4274.73万元，比2022年预算增加3984.73万元。", "N-CHANGE")
    assert "3974.73万元" in f.message


# -- a change on a named year: a cumulative figure is not that year's ----------------------------------------------

def test_a_cumulative_figure_up_to_the_named_year_is_not_its_base():
    assert _errors("截至2022年底累计投入8411.50万元，2023年计划投入4274.73万元，比2022年增加4030.04万元。", "N-CHANGE") == []
    assert _errors("2022年累计支出8411.50万元，2023年预算4274.73万元，与2022年相比，增加4030.04万元。", "N-CHANGE") == []


def test_the_named_years_own_figure_beside_a_cumulative_one_is_still_checked():
    [f] = _errors("2022年支出244.69万元，累计支出8411.50万元，2023年预算274.73万元，与2022年支出相比，增加20.04万元。",
                  "N-CHANGE")
    assert "30.04万元" in f.message


# -- a paragraph's lead naming a whole written twice ---------------------------------------------------------------

_ITEMS = "一般公共服务支出2705.61万元，占17.93%；教育支出428.25万元，占2.84%；农林水支出8498.73万元，占56.33%。"


def test_a_lead_naming_a_whole_written_twice_with_two_values_binds_neither():
    # the shares are of the adjusted 15088.23 (2705.61 ÷ 15088.23 = 17.93%), not of the budget written before it
    text = "一般公共预算支出15153.07万元（年初预算），调整后一般公共预算支出15088.23万元。\n一般公共预算具体支出情况如下：" + _ITEMS
    assert _errors(text, "N-SHARE") == []


def test_a_lead_naming_a_whole_written_once_is_still_checked():
    text = "一般公共预算支出15153.07万元。\n一般公共预算具体支出情况如下：" + _ITEMS
    assert len(_errors(text, "N-SHARE")) == 3


# -- a balance netted from its flows with what the year began with written after it --------------------------------

def test_a_netted_balance_with_the_carry_over_written_after_it_is_silent():
    # 32223.31 − 5063.38 + 1621.79 = 28781.72: the balance holds the carry-over the sentence names after it
    text = "本年收入32223.31万元，本年支出5063.38万元，收支相抵，年终结转结余28781.72万元，上年结余1621.79万元。"
    assert _errors(text, "N-SUM") == []


def test_a_netted_balance_alone_is_still_checked():
    text = "本年收入32223.31万元，本年支出5063.38万元，收支相抵，年终结转结余28781.72万元。"
    [f] = _errors(text, "N-SUM")
    assert "27159.93万元" in f.message


def test_a_lead_after_an_earlier_years_whole_binds_the_later_years():
    # 885.56 ÷ 3814.42 = 23.22%, not 25.22%: last year's 11678.97 written before is no other reading of the lead
    text = ("2022年一般公共预算支出11678.97万元，2023年一般公共预算支出3814.42万元。\n一般公共预算具体支出情况如下："
            "教育支出885.56万元，占25.22%；卫生健康支出1771.87万元，占46.45%；农林水支出978.23万元，占25.65%。")
    [f] = _errors(text, "N-SHARE")
    assert "23.22%" in f.message
