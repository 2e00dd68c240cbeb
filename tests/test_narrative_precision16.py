"""Precision pass on tables and forms copied into a report's text: consistent tables written the
way Word, WPS, PDF and web pages copy them (tab-separated rows with blank cells, ...), each with
the shape on which the rule still fires."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


# a Word table as text: cells joined by tabs, a blank cell is nothing between two tabs
_TABBED = ("单位：万元\n"
           "项目\t2022年决算数\t2023年预算数\t2023年决算数\n"
           "合计\t63.8\t39.2\t{}\n"
           "1.因公出国(境)费\t2.0\t\t3.2\n"
           "2.公务接待费\t21.9\t8.6\t7.7\n"
           "3.公务用车购置及运行费\t39.9\t30.7\t18.1\n"
           "其中：(1)公务用车购置费\t\t\t0.0\n"
           "(2)公务用车运行费\t39.9\t30.7\t18.1\n")


def test_a_blank_cell_between_two_tabs_keeps_its_column():
    # 3.2 + 7.7 + 18.1 = 29.0 in the 2023 决算 column; the blank budget cell of 出国 is no shift of 3.2
    assert _rule(_TABBED.format("29.0"), "N-SUM") == []


def test_a_tabbed_total_wrong_in_its_own_column_still_fires():
    [f] = _rule(_TABBED.format("25.0"), "N-SUM")
    assert f.severity == "error" and "29" in f.message and "2023年决算数" in f.message


# a section's head left blank, its amount in the 小计 row under it, its items numbered in a lower style
_SECTIONS = ("单位：万元\n"
             "科目 | 金额\n"
             "合  计 | 1173.41\n"
             "一、人员经费 | \n"
             "小计 | 534.11\n"
             "1.基本工资 | 163.37\n"
             "2.津贴补贴 | 237.82\n"
             "3.奖金 | 27.69\n"
             "4.绩效工资 | 105.23\n"
             "二、公用经费 | 259.64\n"
             "{}"
             "1.办公费 | 120.53\n"
             "2.印刷费 | 45.58\n"
             "3.水电费 | 29.35\n"
             "4.差旅费 | 64.18\n"
             "三、对个人和家庭的补助 | 379.66\n"
             "1.退休费 | 130.50\n"
             "2.抚恤金 | 249.16\n")


def test_a_subtotal_under_a_blank_section_head_is_of_its_section_not_of_every_item_below():
    # 534.11 = 163.37 + 237.82 + 27.69 + 105.23; the 1. rows of the later sections are theirs
    assert _rule(_SECTIONS.format(""), "N-SUM") == []
    assert _rule(_SECTIONS.format("").replace(" | ", "\t"), "N-SUM") == []
    # the blank head last before the 合计 at the bottom, and first in the table
    moved = _SECTIONS.format("").replace("合  计 | 1173.41\n", "") + "合计 | 1173.41\n"
    assert _rule(moved, "N-SUM") == []


def test_a_table_with_a_blank_section_head_still_checks_a_breakdown_above_its_row():
    [f] = _rule(_SECTIONS.format("其中：办公费 | 300.00\n"), "N-SUM")
    assert f.severity == "error" and "259.64" in f.message


# 人员经费 and 公用经费 make up 基本支出; a third section written without its number
_UNNUMBERED = ("科目\t金额\n"
               "合  计\t{}\n"
               "一、人员经费\t431.55\n"
               "1.基本工资\t51.89\n"
               "2.津贴补贴\t379.66\n"
               "二、公用经费\t755.86\n"
               "1.办公费\t520.20\n"
               "2.差旅费\t235.66\n"
               "{}")


def test_an_unnumbered_section_row_among_numbered_ones_is_an_item_without_its_number():
    # 431.55 + 755.86 + 325.28 = 1512.69
    assert _rule(_UNNUMBERED.format("1512.69", "对个人和家庭的补助小计\t325.28\n1.退休费\t61.72\n2.抚恤金\t263.56\n"), "N-SUM") == []


def test_numbered_sections_that_are_the_whole_or_exceed_the_total_still_fire():
    [f] = _rule(_UNNUMBERED.format("1512.69", ""), "N-SUM")
    assert f.severity == "error" and "1187.41" in f.message
    [f] = _rule(_UNNUMBERED.format("1100.00", "对个人和家庭的补助小计\t325.28\n1.退休费\t61.72\n2.抚恤金\t263.56\n"), "N-SUM")
    assert f.severity == "error" and "1187.41" in f.message


# a table whose cells carry their unit, its 其中 rows under a row of several amount columns
_UNIT_CELLS = ("项目 | 2022年决算数 | 2023年预算数 | 2023年决算数\n"
               "1.因公出国(境)费 | 0.00万元 | - | 0.00万元\n"
               "2.公务接待费 | 19.62万元 | 23.54万元 | 8.31万元\n"
               "3.公务用车购置及运行费 | 45.04万元 | 30.30万元 | 28.86万元\n"
               "其中：(1)公务用车购置费 | 5.30万元 | 17.63万元 | {}\n"
               "(2)公务用车运行费 | 39.74万元 | 12.67万元 | 8.80万元\n")


def test_a_qizhong_row_under_a_row_of_several_amount_columns_is_no_list_of_its_last_cell():
    # 5.30 + 39.74 = 45.04 (2022), 17.63 + 12.67 = 30.30, 20.06 + 8.80 = 28.86: by column
    assert _rule(_UNIT_CELLS.format("20.06万元"), "N-SUM") == []
    assert _rule(_UNIT_CELLS.format("20.06万元").replace(" | ", "\t"), "N-SUM") == []


def test_a_qizhong_row_with_one_amount_or_inline_still_reads_its_parts():
    [f] = _rule("3.公务用车购置及运行费 | 28.86万元\n其中：(1)公务用车购置费 | 30.06万元\n(2)公务用车运行费 | 8.80万元\n", "N-SUM")
    assert f.severity == "error" and "38.86" in f.message
    [f] = _rule("公务用车购置及运行费28.86万元，其中：公务用车购置费30.06万元，公务用车运行费8.80万元。", "N-SUM")
    assert f.severity == "error" and "38.86" in f.message


def test_a_qizhong_row_of_cells_apart_by_runs_of_spaces_is_read_by_column_too():
    spaced = _UNIT_CELLS.format("20.06万元").replace(" | ", "   ")
    assert _rule(spaced, "N-SUM") == []
    # one amount on the row above: a list of its parts, the spaces notwithstanding
    [f] = _rule("3.公务用车购置及运行费   28.86万元\n其中：(1)公务用车购置费   30.06万元\n(2)公务用车运行费   8.80万元\n", "N-SUM")
    assert f.severity == "error" and "38.86" in f.message


# a self-evaluation form's fund rows: the breakdown by income and the one by spending side by side
_SIDE_BY_SIDE = ("年度预算申请（万元）  年初预算数  全年预算数  全年执行数  分值  执行率  得分\n"
                 "年度资金总额：  1848.29万元  1145.29万元  1358.85万元  10  118.65%  10.00\n"
                 "按收入性质分：  —  —  —  按支出性质分：  —  —\n"
                 "其中：一般公共预算  1765.99万元  1145.29万元  1358.85万元  其中：基本支出  1474.06万元  862.73万元\n"
                 "政府性基金拨款  82.30万元  —  —  项目支出  374.23万元  496.12万元\n")


def test_a_qizhong_cell_after_a_row_of_several_amount_cells_is_of_another_columns_whole():
    # 1474.06 + 374.23 = 1848.29 (年初), 862.73 + 496.12 = 1358.85 (执行): not parts of 一般公共预算's 1358.85
    assert _rule(_SIDE_BY_SIDE, "N-SUM") == []
    assert _rule(_SIDE_BY_SIDE.replace("  ", " | "), "N-SUM") == []


def test_a_qizhong_cell_after_one_amount_cell_still_reads_its_parts():
    [f] = _rule("公务用车购置及运行费  28.86万元  其中：公务用车购置费30.06万元，公务用车运行费8.80万元\n", "N-SUM")
    assert f.severity == "error" and "38.86" in f.message


# each section closed by its 小计 row, the 合计 last
_CLOSED_GROUPS = ("项目 | 预算数 | 决算数\n"
                  "一、人员经费 | 582.63 | 169.60\n"
                  "1.基本工资 | 291.18 | 125.21\n"
                  "2.津贴补贴 | 11.31 | 11.20\n"
                  "3.奖金 | 280.14 | 33.19\n"
                  "小计 | 582.63 | 169.60\n"
                  "二、公用经费 | 599.09 | 384.95\n"
                  "1.办公费 | 52.45 | 86.49\n"
                  "2.印刷费 | 158.28 | 222.15\n"
                  "3.差旅费 | 388.36 | 76.31\n"
                  "小计 | 599.09 | 384.95\n"
                  "三、对个人和家庭的补助 | 443.43 | 520.61\n"
                  "1.退休费 | 196.10 | 247.93\n"
                  "2.生活补助 | 247.33 | 272.68\n"
                  "小计 | 443.43 | 520.61\n"
                  "合计 | 1625.15 | 1075.16\n")


def test_a_subtotal_closing_its_section_is_no_total_of_the_next_section():
    assert _rule(_CLOSED_GROUPS, "N-SUM") == []
    assert _rule(_CLOSED_GROUPS.replace(" | ", "\t"), "N-SUM") == []


def test_subtotals_opening_their_sections_still_fire_on_items_over_them():
    opened = ("项目 | 决算数\n小计 | 100.00\n1.基本工资 | 60.00\n2.津贴补贴 | 70.00\n"
              "小计 | 50.00\n1.办公费 | 20.00\n2.差旅费 | 30.00\n")
    [f] = _rule(opened, "N-SUM")
    assert f.severity == "error" and "130" in f.message and "100" in f.message


_WRAPPED_QIZHONG = ("项目 | 2022年决算数 | 2023年预算数 | 2023年决算数\n"
                    "3.公务用车购置及运行费 | 45.04万元 | 30.30万元 | 28.86万元\n"
                    "其中：\n"
                    "(1)公务用车购置费 | 5.30万元 | 17.63万元 | 20.06万元\n"
                    "(2)公务用车运行费 | 39.74万元 | 12.67万元 | 8.80万元\n")


def test_a_qizhong_label_alone_on_its_line_over_a_row_of_cells_is_read_by_column():
    assert _rule(_WRAPPED_QIZHONG, "N-SUM") == []


def test_a_qizhong_label_alone_on_its_line_under_one_amount_still_reads_its_parts():
    [f] = _rule("3.公务用车购置及运行费 | 28.86万元\n其中：\n(1)公务用车购置费 | 30.06万元\n(2)公务用车运行费 | 8.80万元\n", "N-SUM")
    assert f.severity == "error" and "38.86" in f.message


_SHORT_OF_THE_LAST = ("注：2023年“三公”经费预算36.04万元，决算{}万元，决算数小于预算数19.93万元。\n"
                      "其中：因公出国（境）费0.00万元，公务接待费9.48万元，公务用车购置及运行费6.63万元。")


def test_complete_parts_short_of_the_last_amount_but_making_an_earlier_one_of_its_sentence_warn():
    # 0 + 9.48 + 6.63 = 16.11, the 决算 of the sentence the 其中 follows; 19.93 is the gap to the budget
    [f] = _rule(_SHORT_OF_THE_LAST.format("16.11"), "N-SUM")
    assert f.severity == "warning" and "16.11" in f.message


def test_complete_parts_short_of_the_amount_and_making_no_other_still_fire():
    [f] = _rule(_SHORT_OF_THE_LAST.format("16.21"), "N-SUM")
    assert f.severity == "error" and "16.11" in f.message


# changes written as sizes (a number format showing decreases in red), rows going both ways
_SIZES = ("项目 | 2022年决算数 | 2023年决算数 | 增减额\n"
          "合计 | 2572.36 | 2763.85 | {}\n"
          "1.一般公共服务支出 | 205.27 | 200.91 | 4.36\n"
          "2.公共安全支出 | 69.20 | 93.57 | 24.37\n"
          "3.教育支出 | 485.07 | 627.92 | 142.85\n"
          "4.社会保障和就业支出 | 224.19 | 317.63 | 93.44\n"
          "5.城乡社区支出 | 1588.63 | 1523.82 | 64.81\n")


def test_a_column_of_unsigned_changes_going_both_ways_is_no_sum_of_its_rows():
    # 2763.85 − 2572.36 = 191.49 = 24.37 + 142.85 + 93.44 − 4.36 − 64.81; the sizes add to 329.83
    assert _rule(_SIZES.format("191.49"), "N-SUM") == []
    assert _rule(_SIZES.format("191.49").replace(" | ", "\t"), "N-SUM") == []


def test_sizes_all_one_way_still_add_up_and_a_total_over_them_fires():
    # every row going down, written as sizes: their sum is the total's size (60, not 50)
    down = ("项目 | 2022年决算数 | 2023年决算数 | 减少额\n合计 | 300.00 | 240.00 | 50.00\n"
            "1.教育支出 | 100.00 | 70.00 | 30.00\n2.卫生健康支出 | 120.00 | 100.00 | 20.00\n3.农林水支出 | 80.00 | 70.00 | 10.00\n")
    [f] = _rule(down, "N-SUM")
    assert f.severity == "error" and "“减少额”栏" in f.message and "60" in f.message
    # both ways, a size column whose rows are no difference of the two levels: an amount column like any other
    other = _SIZES.replace("| 4.36", "| 14.36").format("100.00")
    assert [f.severity for f in _rule(other, "N-SUM")] == ["error"]


# the total broken down twice, by source and by nature, the numbering starting again
_TWICE = "项目 | 预算数 | 决算数\n合计 | 1000.00 | {}\n1.财政拨款 | 900.00 | 860.00\n2.其他资金 | 100.00 | 90.00\n" \
         "1.基本支出 | 600.00 | 580.00\n2.项目支出 | 400.00 | 370.00\n"


def test_items_numbered_from_one_again_are_another_breakdown_of_the_total():
    # 900 + 100 = 600 + 400 = 1000; 860 + 90 = 580 + 370 = 950
    assert _rule(_TWICE.format("950.00"), "N-SUM") == []


def test_a_breakdown_exceeding_the_total_among_restarted_numbers_still_fires():
    # 860 + 90 = 950 and 580 + 370 = 950 both exceed 900
    [f] = _rule(_TWICE.format("900.00"), "N-SUM")
    assert f.severity == "error" and "“决算数”栏" in f.message and "950" in f.message and "财政拨款" in f.message
    # one run of numbers: the four items are one list, over the total
    one = _TWICE.replace("1.基本支出", "3.基本支出").replace("2.项目支出", "4.项目支出").format("950.00")
    assert [f.severity for f in _rule(one, "N-SUM")] == ["error", "error"]


# a form's money rows one a line under "(万元)", the form's other fields after them
_FUND_LINES = "项目资金(万元)\n年度预算资金总额: 763.00\n其中:中央补助 {}\n市级资金 136.00\n本级资金(包括结转结余) 125.00\n{}"


def test_a_forms_other_fields_after_its_money_rows_are_no_parts():
    # 502 + 136 + 125 = 763
    for after in ("全年执行数 700.00\n执行率 91.74%\n", "分值 10\n得分 9\n", "实施年度 2023\n", "上年结转 50.00\n"):
        assert _rule(_FUND_LINES.format("502.00", after), "N-SUM") == [], after


def test_money_rows_over_their_total_before_other_fields_still_fire():
    [f] = _rule(_FUND_LINES.format("602.00", "全年执行数 700.00\n"), "N-SUM")
    assert f.severity == "error" and "863" in f.message and "全年执行数" not in f.message
    [f] = _rule(_FUND_LINES.format("602.00", "上年结转 50.00\n"), "N-SUM")
    assert f.severity == "error" and "913" in f.message
