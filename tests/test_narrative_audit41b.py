"""Audit round 41: a list's breakdown in lenticular brackets 【】, a change naming its own counted subject, and a
change clause with no subject of its own after a broken line."""

from __future__ import annotations

from tests.narrative_helpers import found


def _of(rule, text, severity=None):
    return [f for f in found(text) if f.rule == rule and (severity is None or f.severity == severity)]


# -- 【】 hold an item's breakdown as （） do ---------------------------------------------------------------------------

# 500 + 300 + 20 + 5 = 825 ≤ 830; the breakdown 180 + 120 = 300 of the second item is no sibling of it
_LENTICULAR = "收入合计830万元，其中经营收入500万元，补助收入300万元【基本补助180万元，项目补助{}万元】；利息收入20万元；其他收入5万元。"


def test_a_breakdown_in_lenticular_brackets_is_no_item_of_the_outer_list():
    assert _of("N-SUM", _LENTICULAR.format("120"), "error") == []


def test_a_breakdown_in_lenticular_brackets_over_its_item_is_still_an_error():
    # 180 + 150 = 330 > 300 under any reading
    [f] = _of("N-SUM", _LENTICULAR.format("150"), "error")
    assert "330" in f.message


def test_the_outer_list_over_its_total_with_lenticular_brackets_is_still_an_error():
    # 500 + 300 = 800 > 790 however far the list is read (the semicolon items after it only add)
    [f] = _of("N-SUM", _LENTICULAR.format("120").replace("830万元", "790万元"), "error")
    assert "800" in f.message and "180" not in f.message


# -- a change naming its own counted item is of the figure of that name, not of the total after it ------------------------

# 2022: 门诊 12.50万, 住院 1.20万, 总计 13.70万 (人次); 300 ÷ 12000 = 2.50 % (11950–12050: 2.490 %–2.510 %)
_COUNTED = "2022年门诊12.50万人次,住院1.20万人次,总计13.70万人次。\n住院人次增加了300人次,增长{}。\n"


def test_a_change_naming_its_counted_item_is_not_of_the_total_after_it():
    # (of 总计 13.70万: 300 ÷ 137000 = 0.22 %)
    assert _of("N-CHANGE", _COUNTED.format("2.5%")) == []


def test_a_change_naming_its_counted_item_off_under_every_reading_is_still_an_error():
    # 300 ÷ 12000 = 2.50 % as the base, 300 ÷ 11700 = 2.56 % as this year's: 3.5 % under neither
    [f] = _of("N-CHANGE", _COUNTED.format("3.5%"), "error")
    assert "1.20万人次" in f.message and "13.70万人次" not in f.message


# -- a change on a line opening with an empty clause (its name lost) is of no figure on the lines before ---------------

# 业务支出 3.25亿元 (3.245–3.255), 增加 1269.64万元: 1269.64 ÷ (31180.36–31280.36) = 4.059 %–4.072 % (4.06 % holds)
_NAMELESS = "业务支出3.25亿元,较去年同期增加1269.64万元,增长4.06%;\n{}较去年同期增加1234.72万元,增长4.30%;\n"


def test_a_change_on_a_line_opening_with_an_empty_clause_is_not_of_the_line_before():
    # (of 3.25亿元: 1234.72 ÷ 31265.28 = 3.95 %)
    assert _of("N-CHANGE", _NAMELESS.format(",,")) == []
    assert _of("N-CHANGE", _NAMELESS.format(",")) == []


def test_a_line_wrapped_before_its_comma_still_binds_the_figure_before():
    # no separator ends the line before: the comparison goes on from 3.25亿元 (1234.72 ÷ 31265.28 = 3.95 %, not 4.30 %)
    [f] = _of("N-CHANGE", "业务支出3.25亿元\n,较去年同期增加1234.72万元,增长4.30%;\n", "error")
    assert "3.25亿元" in f.message


def test_a_nameless_line_with_its_own_figure_is_still_read():
    # the line's own figure before the change: 1234.72 ÷ (28800 − 1234.72) = 4.48 %, ÷ 28800 = 4.29 %: 5.30 % under neither
    [f] = _of("N-CHANGE", _NAMELESS.format(",,其他支出2.88亿元,").replace("4.30%", "5.30%"), "error")
    assert "2.88亿元" in f.message
