"""Recall: a completion rate whose budget is the actual and its written difference from that budget."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


_SHORT = "本部门2019年度财政拨款本年收入1205.11万元,完成年初预算的{},比年初预算减少537.35万元,决算数小于预算数主要原因是项目未开工。"
_OVER = "本年支出合计1741.75万元,完成全年预算的{},比全年预算增加55.93万元。"


@pytest.mark.parametrize("text, wrong", [(_SHORT, "70%"), (_OVER, "105%")])
def test_a_rate_against_the_budget_its_difference_implies_is_checked(text, wrong):
    # 1205.11 ÷ (1205.11 + 537.35) = 69.16 %; 1741.75 ÷ (1741.75 − 55.93) = 103.32 %
    [f] = _rule(text.format(wrong), "N-RATE")
    assert f.severity == "error" and f.narrative[0].text == wrong


@pytest.mark.parametrize("text, right", [(_SHORT, "69.16%"), (_SHORT, "69%"), (_OVER, "103.32%"), (_OVER, "103%")])
def test_a_rate_the_implied_budget_makes_is_silent(text, right):
    assert _rule(text.format(right), "N-RATE") == []


def test_a_difference_from_last_year_implies_no_budget():
    text = "本年收入1205.11万元,完成年初预算的70%,比上年减少537.35万元。"
    assert _rule(text, "N-RATE") == []


_NAMED = "全年共向省发改委和国家发改委争取资金{}万元。其中,国家发改委安排资金25439万元,省发改委安排资金47072万元。农业项目,共争取资金10486万元。"


def test_a_whole_naming_its_parts_is_short_of_their_sum():
    # the whole is named as the two sources' (向省发改委和国家发改委): 25439 + 47072 = 72511, not 72561
    [f] = _rule(_NAMED.format(72561), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "72561万元" and "72511万元" in f.message


def test_a_whole_naming_its_parts_that_they_make_is_silent():
    assert _rule(_NAMED.format(72511), "N-SUM") == []


@pytest.mark.parametrize("whole", ["向国家发改委争取资金", "向上级争取资金", "向省发改委、国家发改委和财政部争取资金"])
def test_a_whole_not_named_as_exactly_its_parts_may_have_others(whole):
    # a name listing only some parts, none of them, or a third source: the list may be open
    text = _NAMED.format(72561).replace("向省发改委和国家发改委争取资金", whole)
    assert _rule(text, "N-SUM") == []


@pytest.mark.parametrize("whole, expected", [
    ("向省发改委和国家发改委争取资金", True), ("向省发改委与国家发改委争取资金", True),
    ("向省发改委、国家发改委和财政部争取资金", False), ("向财政部、省发改委和国家发改委争取资金", False),
    ("向国家发改委争取资金", False), ("争取资金", False)])
def test_the_whole_names_exactly_its_parts(whole, expected):
    from types import SimpleNamespace

    from perfxl.narrative.structure import _whole_names_its_parts

    parts = [SimpleNamespace(subject="国家发改委安排资金"), SimpleNamespace(subject="省发改委安排资金")]
    assert _whole_names_its_parts(SimpleNamespace(subject=whole), parts) is expected


_APART = ("本部门2019年度财政拨款本年收入1205.11万元,比2018年度增加{d}万元,增长27%。具体情况如下:\n"
          "一般公共预算财政拨款本年收入979.53万元,比上年增加28.13万元;本年支出869.0万元,比上年增加240.09万元。\n"
          "政府性基金预算财政拨款本年收入{g}万元,比上年增加161.78万元。\n"
          "(二)财政拨款收支与年初预算数对比情况\n本部门2019年度财政拨款本年收入1205.11万元。")


def test_a_whole_rising_more_than_its_parts_written_apart_is_found():
    # the two accounts make the whole now (979.53 + 225.58 = 1205.11); they rose 28.13 + 161.78 = 189.91, not 253.71
    [f] = _rule(_APART.format(d="253.71", g="225.58"), "N-SUM")
    assert f.severity == "error" and [s.text for s in f.narrative] == ["253.71万元", "28.13万元", "161.78万元"]
    assert "189.91万元" in f.message


def test_parts_written_apart_that_make_the_change_are_silent():
    assert _rule(_APART.format(d="189.91", g="225.58"), "N-SUM") == []


def test_parts_written_apart_whose_levels_do_not_make_the_whole_may_not_be_all_of_it():
    # 979.53 + 200.00 ≠ 1205.11: another account may hold the rest, and its change
    assert _rule(_APART.format(d="253.71", g="200.00"), "N-SUM") == []


def test_a_part_written_apart_without_its_change_says_nothing():
    text = _APART.format(d="253.71", g="225.58").replace(",比上年增加161.78万元", "")
    assert _rule(text, "N-SUM") == []


_SOURCES = ("农村居民人均可支配收入达到7158元,比上年同期增加{d}元,同比增长8.6%。\n"
            "一、农村居民人均工资性收入为3124元,比上年同期增加152元。\n二、农村居民人均经营净收入为2856元,比上年同期增加211元。\n"
            "三、农村居民人均财产净收入为338元,比上年同期增加4元。\n四、农村居民人均转移净收入为840元,比上年同期增加20元。")


def test_an_average_split_by_all_its_sources_changes_as_they_do():
    [f] = _rule(_SOURCES.format(d=567), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "567元" and "387元" in f.message
    assert _rule(_SOURCES.format(d=387), "N-SUM") == []


def test_an_average_with_only_some_of_its_sources_says_nothing():
    text = _SOURCES.format(d=567).replace("四、农村居民人均转移净收入为840元,比上年同期增加20元。", "")
    assert _rule(text, "N-SUM") == []


@pytest.mark.parametrize("text, wrong", [
    ("业务成本与费用则由8.26亿元,减少至8.11亿元,减幅{}。", "0.02%"),     # (8.26 − 8.11) ÷ 8.26 = 1.82 %
    ("业务成本由8.26亿元增加至8.51亿元,增长{}。", "5%"),                 # 3.03 %
    ("管理费用由826万元减少到811万元，下降{}。", "0.2%")])                 # 1.82 %
def test_a_cost_from_one_level_to_another_is_checked_as_money(text, wrong):
    [f] = _rule(text.format(wrong), "N-CHANGE")
    assert f.severity == "error" and f.narrative[0].text == wrong and "由" not in f.message.split("，")[0][-6:]


@pytest.mark.parametrize("text, right", [
    ("业务成本与费用则由8.26亿元,减少至8.11亿元,减幅{}。", "1.8%"),
    ("业务成本由8.26亿元增加至8.51亿元,增长{}。", "3.03%")])
def test_a_cost_from_one_level_to_another_that_holds_is_silent(text, right):
    assert _rule(text.format(right), "N-CHANGE") == []


def test_output_from_one_level_to_another_is_still_not_read_as_money():
    # growth of output is said at comparable prices, not of the two figures written
    assert _rule("地区生产总值由826亿元增加至851亿元,增长5%。", "N-CHANGE") == []


_APPOSED = "公共开支方面,和2015年相比,2016年录得的开支(826亿元)增加了1.9亿元,即同比增{}。"


def test_an_amount_alone_in_brackets_after_its_name_is_the_figure_that_changed():
    # 1.9 ÷ (826 − 1.9) = 0.23 %, not 2.3 %
    [f] = _rule(_APPOSED.format("2.3%"), "N-CHANGE")
    assert f.severity == "error" and [s.text for s in f.narrative] == ["2.3%", "1.9亿元", "826亿元"]
    assert "开支826亿元" in f.message   # the bracket is no part of the name


def test_an_amount_alone_in_brackets_that_holds_is_silent():
    assert _rule(_APPOSED.format("0.23%"), "N-CHANGE") == []


def test_an_amount_in_brackets_among_others_is_still_a_remark():
    # a bracketed breakdown, not the figure that changed
    text = "支出总额1000万元(其中基本支出826万元)增加了1.9万元,即同比增2.3%。"
    assert all("826万元" != s.text for f in _rule(text, "N-CHANGE") for s in f.narrative)


_BUDGETS = ("2021年全州“三公经费”财政拨款支出4,855万元,比上年减支433万元,降低8.19%,为年初预算数{}万元的78.56%。其中:公车购置支出470万元,"
            "比上年减支1122万元,降低70.48%,为年初预算数476万元的98.74%公务用车运行维护费支出3758万元,比上年增支816万元,增长27.74%,"
            "为年初预算数4668万元的80.51%;公务接待费支出627万元,比上年减支125万元,降低16.62%,为年初预算数1035万元的60.58%;"
            "因公出国费支出0万元,比上年减支2万元,为年初预算数{}万元的0%。")


def test_the_items_budgets_beside_their_completion_rates_pass_the_wholes_budget():
    # 476 + 4668 + 1035 + 21 = 6200 against 6180 (the items' amounts make the whole: 470 + 3758 + 627 + 0 = 4855)
    found = [f for f in _rule(_BUDGETS.format(6180, 21), "N-SUM")]
    assert [(f.severity, f.narrative[0].text) for f in found] == [("error", "6180万元")] and "6200万元" in found[0].message


def test_the_items_budgets_making_the_wholes_budget_are_silent():
    assert _rule(_BUDGETS.format(6180, 1), "N-SUM") == []


def test_items_budgets_under_the_wholes_budget_may_leave_an_item_out():
    # 476 + 4668 + 1035 + 1 = 6180 under 6280: an item not listed may hold the rest
    assert _rule(_BUDGETS.format(6280, 1), "N-SUM") == []


def test_a_budget_said_as_an_amount_and_its_difference_from_it():
    from perfxl.checks.rules_narrative_recall import budget_said
    from tests.narrative_helpers import doc

    d = doc("公务用车运行维护费支出决算为57.36万元,比预算数减少17.54万元,主要原因是压减开支。")
    [f] = [g for g in d.figures if g.text == "57.36万元"]
    _, budget, how = budget_said(d, f)
    assert (float(budget.lo), float(budget.hi), how) == (74.89, 74.91, "本数与比预算的增减")
