"""Precision pass on changes, rates and unit slips: consistent variants of the change and rate
sentences of published reports (a count's change written in a smaller unit, ...), each with the
shape on which the rule still fires."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_AREA = "全县粮食播种面积12.51万亩，比上年减少17500亩，下降{}。"
_PEOPLE = "全县常住人口52.3万人，比上年减少3000人，下降{}。"


def test_a_counts_change_written_in_a_smaller_unit_is_read_in_the_counts_unit():
    # 12.51万亩 + 1.75万亩 = 14.26万亩 last year, 1.75 / 14.26 = 12.27 %
    assert _rule(_AREA.format("12.27%"), "N-CHANGE") == []
    assert _rule(_PEOPLE.format("0.57%"), "N-CHANGE") == []
    assert _rule("全县粮食播种面积12.51万亩，比上年的142600亩减少17500亩，下降12.27%。", "N-CHANGE") == []


def test_a_counts_change_in_a_smaller_unit_with_a_wrong_rate_still_fires():
    [f] = _rule(_AREA.format("1.27%"), "N-CHANGE")
    assert f.severity == "error" and "14.26万亩" in f.message and "12.27%" in f.message
    [f] = _rule(_PEOPLE.format("5.7%"), "N-CHANGE")
    assert f.severity == "error" and "52.6万人" in f.message
    [f] = _rule("全县粮食播种面积12.51万亩，比上年的142600亩减少17500亩，下降2.27%。", "N-CHANGE")
    assert f.severity == "error" and "12.27%" in f.message


_YEARS = "2023年基本支出71.40万元。2022年{}91.45万元，{}20.05万元，{}{}。"


def test_a_figure_of_an_earlier_year_after_this_years_is_the_base_of_the_change_after_it():
    # 91.45 − 71.40 = 20.05, 20.05 / 91.45 = 21.92 %: the change is of 2023's figure on 2022's
    assert _rule(_YEARS.format("为", "减少", "下降", "21.92%"), "N-CHANGE") == []
    assert _rule(_YEARS.format("基本支出", "减少", "下降", "21.92%"), "N-CHANGE") == []


def test_an_earlier_years_figure_with_a_rate_holding_no_way_or_the_other_direction_still_fires():
    [f] = _rule(_YEARS.format("为", "减少", "下降", "11.92%"), "N-CHANGE")
    assert f.severity == "error" and "21.92%" in f.message and "17.98%" in f.message
    # 2023 is below 2022: an increase is no reading of the two years
    [f] = _rule(_YEARS.format("为", "增加", "增长", "21.92%"), "N-CHANGE")
    assert f.severity == "error" and "28.08%" in f.message
    # the figure before is of the earlier year: the later one is this year's
    [f] = _rule("2022年基本支出71.40万元。2023年为91.45万元，增加20.05万元，增长21.92%。", "N-CHANGE")
    assert f.severity == "error" and "28.08%" in f.message


_CLOSED = "1. 因公出国(境)费0万元,与上年持平\n\n2. 公务接待费720.03万元,同比增加113.1万元,上升{}。"


def test_a_comparison_closed_before_a_new_item_names_no_base_of_its_figure():
    # 720.03 is this year's figure: 113.1 / (720.03 − 113.1) = 18.63 %
    assert _rule(_CLOSED.format("18.63%"), "N-CHANGE") == []
    assert _rule("因公出国(境)费0万元,与上年持平\n公务接待费720.03万元,同比增加113.1万元,上升18.63%。", "N-CHANGE") == []


def test_a_comparison_still_open_before_its_base_or_a_wrong_rate_still_fires():
    [f] = _rule(_CLOSED.format("15.63%"), "N-CHANGE")
    assert f.severity == "error" and "606.93万元" in f.message
    # a base wrapped onto the next line of its comparison is still its base: 113.1 / 720.03 = 15.71 %
    [f] = _rule("公务接待费较上年\n720.03万元增加113.1万元,上升18.63%。", "N-CHANGE")
    assert f.severity == "error" and "15.71%" in f.message


_GROWTH = ("一级指标 |\n二级指标 |\n单位 |\n上年度 |\n本年度 |\n增长 |\n(2020年) |\n(2021年) |\n经济指标 |\n"
           "总收入 |\n万元 |\n315.8 |\n294.3 |\n-6.80 % |\n总支出 |\n万元 |\n551.8 |\n280.1 |\n{} |\n"
           "出院人次 |\n人次 |\n604 |\n632 |\n4.60 % |\n")


def test_a_growth_columns_padding_zero_is_read_with_a_space_before_the_percent_sign():
    # -6.8, -49.2 and 4.6 typed at one decimal, shown at two: (280.1 − 551.8) ÷ 551.8 = -49.24 %
    assert [f for f in _rule(_GROWTH.format("-49.20 %"), "N-CHANGE") if f.severity == "error"] == []


def test_a_growth_cell_wrong_at_either_precision_with_a_space_still_fires():
    [f] = _rule(_GROWTH.format("-49.50 %"), "N-CHANGE")
    assert f.severity == "error" and "-49.24%" in f.message


_PADDED_TEXT = ("本年度收入合计3258909.77元,上年度收入合计3736198.37元,收入减少477288.6元,同比下降{};"
                "本年度支出合计3258909.77元,上年度支出合计3785198.37元,支出减少526288.6元,同比下降13.90%。")
_FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def test_a_rate_padded_with_a_zero_is_read_so_in_full_width_figures():
    # 477288.6 / 3736198.37 = 12.77 %, written "12.770%" beside "13.90%"
    assert [f for f in _rule(_PADDED_TEXT.format("12.770%").translate(_FULL), "N-CHANGE") if f.severity == "error"] == []


def test_a_full_width_rate_wrong_at_every_precision_still_fires():
    [f] = _rule(_PADDED_TEXT.format("12.870%").translate(_FULL), "N-CHANGE")
    assert f.severity == "error" and "12.77%" in f.message


_BASED = "国家财政性教育经费为89410万元,比上年的131870.68{}减少{}。"


def test_a_based_rate_holding_only_with_one_unit_corrected_names_the_unit_and_the_rate_in_units():
    # no other amount tells which unit is the text's: the rate holds with the two figures in one unit
    [f] = _rule(_BASED.format("元", "32.20%"), "N-CHANGE")
    assert f.cause == "疑似把“万元”写成了“元”" and "32.20%" not in f.message.split("应为")[1]
    assert _rule(_BASED.format("万元", "32.20%"), "N-CHANGE") == []


def test_a_based_rate_wrong_in_every_unit_names_no_unit():
    [f] = _rule(_BASED.format("元", "12.20%"), "N-CHANGE")
    assert f.severity == "error" and f.cause is None
    [f] = _rule(_BASED.format("万元", "12.20%"), "N-CHANGE")
    assert f.severity == "error" and f.cause is None and "32.20%" in f.message


def test_a_rate_padded_with_a_zero_among_the_rates_of_its_lists_other_lines():
    # the items of one list written a line each, each line ending with a semicolon
    assert _rule(_PADDED_TEXT.format("12.770%").replace(";", ";\n"), "N-CHANGE") == []
    reverse = ("支出减少526288.6元,同比下降13.90%;\n本年度收入合计3258909.77元,上年度收入合计3736198.37元,"
               "收入减少477288.6元,同比下降12.770%。")
    assert _rule(reverse, "N-CHANGE") == []


def test_a_padded_rate_on_a_line_of_its_own_sentence_or_wrong_still_fires():
    [f] = _rule(_PADDED_TEXT.format("12.870%").replace(";", ";\n"), "N-CHANGE")
    assert f.severity == "error" and "12.77%" in f.message
    # a line ending its sentence is a paragraph of its own
    [f] = _rule(_PADDED_TEXT.format("12.770%").replace(";", "。\n"), "N-CHANGE")
    assert f.severity == "error" and "12.775%" in f.message


_TWO_BASES = "2023年三公经费支出决算23.45万元，{}比预算减少6.55万元，下降21.83%，比上年减少2.10万元，下降{}。"


def test_a_change_on_the_budget_does_not_close_the_figures_change_on_last_year():
    # 23.45 + 2.10 = 25.55 last year, 2.10 / 25.55 = 8.22 %: of 决算, not of the budget written between
    assert _rule(_TWO_BASES.format("预算30.00万元，", "8.22%"), "N-CHANGE") == []
    [f] = _rule(_TWO_BASES.format("预算30.00万元，", "9.22%"), "N-CHANGE")
    assert f.severity == "warning" and "23.45万元" in f.message


def test_a_change_on_last_year_after_one_on_the_same_base_or_with_no_budget_figure_still_fires():
    [f] = _rule(_TWO_BASES.format("", "9.22%"), "N-CHANGE")
    assert f.severity == "error" and "8.22%" in f.message
    # the figures before a change on the same base have their change said
    [f] = _rule("收入310682万元，同比增加23188万元，支出1107315万元，同比减少12000万元，下降3.07%。", "N-CHANGE")
    assert f.severity == "error" and "1.07%" in f.message


_NAMED = "2023年度收入合计1,234.56万元，支出合计1,200.00万元。与2022年度相比，收入合计增加123.45万元，增长{}；支出合计增加100.00万元，增长9.09%。"


def test_a_change_naming_its_item_binds_the_amount_written_with_that_name_not_one_taking_it():
    # 123.45 / (1,234.56 − 123.45) = 11.11 %: of 收入合计, not of 支出合计 after it
    assert _rule(_NAMED.format("11.11%"), "N-CHANGE") == []
    assert _rule("资产总额2000万元，负债总额500万元，净资产1500万元。与上年相比，资产总额增加200万元，增长11.11%。", "N-CHANGE") == []


def test_a_change_naming_its_item_failing_on_the_amount_of_that_name_still_fires():
    [f] = _rule(_NAMED.format("12.11%"), "N-CHANGE")
    assert "1,234.56万元" in f.message and "11.11%" in f.message
