"""Tables numbered 1, 2, 3 … in a column of their own: how their total rows line up with the columns,
their sections, and the readings under which a total is no error."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rows(text):
    return [f for f in found(text) if f.rule == "N-SUM"]


_NOTE = ("序号 | 乡镇 | 人数 | 金额 | 备注 |\n1 | 花石 | 276 | 112375 | 已发放 |\n2 | 槐树湾 | 592 | 234250 | 已发放 |\n"
         "3 | 南溪 | 821 | 288812.5 | 按进度 |\n")


def _tabs(text):
    return text.replace(" | ", "\t").replace(" |", "")


def test_a_total_row_with_blank_cells_at_its_end_lines_up_from_the_left():
    # "合计 | | 1689 | 635437.5 | |": the 备注 cell blank; the row has as many cells as the items
    assert _rows(_NOTE + "合计 | | 1689 | 635437.5 | |") == []
    # a Word table: the 合计 cell merged over 序号 and 乡镇 is written twice, the blank 备注 cell after a tab
    assert _rows(_tabs(_NOTE) + "合计\t合计\t1689\t635437.5\t") == []
    # a table written without a closing "|": a "|" at the row's end opens its blank last cell
    text = ("序号 | 乡镇 | 个数 | 金额 | 标准\n1 | 花石 | 371 | 824.20 | 1000\n2 | 槐树湾 | 694 | 31.23 | 250\n"
            "3 | 南溪 | 394 | 694.58 | 1000\n")
    assert _rows(text + "合计 | 合计 | 1459 | 1550.01 | ") == []
    # each still fires when the total is wrong
    [f] = _rows(_NOTE + "合计 | | 1689 | 645437.5 | |")
    assert f.severity == "error" and "“金额”栏为 645437.5" in f.message and "合计 635437.5" in f.message
    [f] = _rows(_tabs(_NOTE) + "合计\t合计\t1689\t645437.5\t")
    assert f.severity == "error" and "“金额”栏为 645437.5" in f.message
    [f] = _rows(text + "合计 | 合计 | 1459 | 1560.01 | ")
    assert f.severity == "error" and "“金额”栏为 1560.01" in f.message


def test_a_total_row_with_its_blank_cells_dropped_is_read_the_way_its_cells_hold():
    # copied from a PDF: the blank cells gone, "合计 600 540" under 预算数 | 决算数 | 备注
    text = ("序号\t项目\t预算数\t决算数\t备注\n1\t甲\t100\t90\t\n2\t乙\t200\t180\t\n3\t丙\t300\t270\t\n")
    assert _rows(text + "合计\t600\t540") == []
    assert _rows(text + "小计\t小计\t600\t540") == []   # the word written twice, the 备注 cell dropped
    [f] = _rows(text + "合计\t610\t540")
    assert f.severity == "error" and "“预算数”栏为 610" in f.message
    # one number and no way of placing it that holds: not known which column it is in
    assert _rows(text.replace("\t\n", "\t说明\n") + "合计\t550") == []


_SECTIONS = ("序号\t项目\t预算数\t拨付金额\n一、人员经费\n1\t工资\t964.62\t770.22\n小计\t小计\t964.62\t770.22\n"
             "二、项目经费\n1\t甲\t705.98\t181.45\n2\t乙\t120.64\t326.81\n3\t丙\t708.42\t48.16\n"
             "小计\t小计\t1535.04\t556.42\n")


def test_a_table_goes_on_under_the_heads_of_its_sections():
    # numbered from 1 again in each section, the 合计 of both: the sections are one table
    assert _rows(_SECTIONS + "合计\t合计\t2499.66\t1326.64") == []
    # a column blank in the first section: the 合计's cell of it is the second section's alone, and holds
    text = ("序号 | 项目 | 人数 | 金额\n一、人员经费 |\n1 | a | — | 100\n2 | b | — | 100\n小计 | | — | 200\n二、公用经费 |\n"
            "1 | d | 1 | 10\n2 | e | 1 | 20\n3 | f | 2 | 5\n小计 | | 4 | 35\n")
    assert _rows(text + "合计 | | 4 | 235") == []
    [f] = _rows(text + "合计 | | 4 | 245")
    assert f.severity == "error" and "“金额”栏为 245" in f.message
    [f] = _rows(_SECTIONS + "合计\t合计\t2499.66\t1336.64")
    assert f.severity == "error" and "“拨付金额”栏为 1336.64" in f.message and "各组按序号编排的 4 行" in f.message
    # the header above a section's head names the columns of the rows under it
    text = "序号 | 项目 | 金额\n一、公用经费 |\n1 | 办公费 | 12.5\n2 | 印刷费 | 3.2\n3 | 差旅费 | 8.1\n"
    [f] = _rows(text + "合计 | | 25.8")
    assert f.severity == "error" and "“金额”栏为 25.8" in f.message and "按序号第 1 至 3 行" in f.message
    assert _rows(text + "合计 | | 23.8") == []


def test_a_table_below_a_section_head_with_amounts_has_no_known_total_of_the_whole():
    # "二、公用经费 | | 5 | 45": the section above is in the 合计, not in this run of rows (its 人数 blank, so the
    # 合计's 人数 is this section's alone and holds)
    text = ("序号 | 项目 | 人数 | 金额\n一、人员经费 | | — | 300\n1 | a | — | 100\n2 | b | — | 100\n3 | c | — | 100\n"
            "二、公用经费 | | 5 | 45\n1 | d | 1 | 10\n2 | e | 1 | 20\n小计 | | 2 | 30\n3 | f | 2 | 5\n4 | g | 1 | 10\n"
            "小计 | | 3 | 15\n")
    assert _rows(text + "合计 | | 5 | 345") == []
    # its 小计 rows are checked: the rows since the last 小计
    [f] = _rows(text.replace("| 3 | 15", "| 3 | 25") + "合计 | | 5 | 345")
    assert f.severity == "error" and "“小计”一行左起第 4 栏为 25" in f.message and "按序号第 3 至 4 行" in f.message


def test_a_total_of_one_row_is_no_evidence_of_a_column_of_sums():
    # no header; the 小计 of one row equals it in every column, standards (500, 2000) included
    text = ("1 | a | 100.25 | 500\n小计 | 100.25 | 500\n2 | b | 200.50 | 2000\n3 | c | 300.75 | 1500\n4 | d | 50.00 | 500\n"
            "小计 | 551.25 | 1333\n")
    assert _rows(text) == []
    # a total of two rows holding in the column is: the other then fails
    text = ("1 | a | 100.25 | 500\n2 | b | 200.50 | 2000\n小计 | 300.75 | 2500\n3 | c | 300.75 | 1500\n4 | d | 50.00 | 500\n"
            "小计 | 350.75 | 1000\n")
    [f] = _rows(text)
    assert f.severity == "error" and "为 1000" in f.message and "合计 2000" in f.message


def test_a_total_written_in_a_unit_ten_thousand_times_larger_is_no_error_of_the_figures():
    text = "单位：万元\n序号 | 项目 | 金额（元）\n1 | 甲 | 12000\n2 | 乙 | 13000\n3 | 丙 | 5000\n"
    assert _rows(text + "合计 | | 3") == []
    assert _rows(text + "合计 | | 30000") == []
    [f] = _rows(text + "合计 | | 4")
    assert f.severity == "error" and "合计 30000" in f.message
    # a total of 0 is no sum in a larger unit: anything small enough rounds to it
    [f] = _rows("序号 | 项目 | 金额\n1 | 甲 | 12\n2 | 乙 | 13\n3 | 丙 | 5\n合计 | | 0")
    assert f.severity == "error" and "合计 30" in f.message


def test_a_second_whole_right_below_the_first_may_be_of_more_than_the_rows():
    text = "序号 | 项目 | 金额\n1 | a | 10\n2 | b | 20\n3 | c | 30\n"
    assert _rows(text + "合计 | | 60\n总计 | | 100") == []
    [f] = _rows(text + "合计 | | 70\n总计 | | 100")
    assert f.severity == "error" and "“合计”一行“金额”栏为 70" in f.message


def test_rows_numbered_from_1_again_right_below_a_total_are_the_next_table():
    text = ("序号 | 项目 | 人数 | 金额\n1 | a | 1 | 100\n2 | b | 2 | 100\n3 | c | 3 | 100\n合计 | | 6 | 300\n"
            "1 | d | 1 | 10\n2 | e | 1 | 20\n小计 | | 2 | 30\n3 | f | 1 | 20\n")
    assert _rows(text + "合计 | | 3 | 50") == []
    [f] = _rows(text + "合计 | | 3 | 60")
    assert f.severity == "error" and "一行左起第 4 栏为 60" in f.message and "按序号第 1 至 3 行（d、e、f）" in f.message


def test_a_merged_total_row_with_a_blank_cell_beyond_the_columns():
    # "小计 | 1689 | 635437.5 | |": the number and the name merged, then a blank cell past the last column
    text = ("序号 | 乡镇 | 人数 | 金额 |\n1 | 花石 | 276 | 112375 |\n2 | 槐树湾 | 592 | 234250 |\n3 | 南溪 | 821 | 288812.5 |\n"
            "小计 | 1689 | {} | |\n4 | 外县 | 11 | 100 |\n合计 | 1700 | 635537.5 |")
    assert _rows(text.format("635437.5")) == []
    [f] = _rows(text.format("535437.5"))
    assert f.severity == "error" and "“小计”一行“金额”栏为 535437.5" in f.message


def test_a_total_row_with_its_first_column_blank_and_a_blank_cell_past_the_last():
    # "合计\t\t1426.09\t20\t": the name merged with the number cell, the 拨付日期 cell blank, one blank cell past the
    # 人数 column — or the name cell blank: the reading under which its cells hold
    text = ("序号\t项目\t拨付日期\t金额\t人数\n1\t甲\t2023-03-01\t128.61\t5\n2\t乙\t2023-05-12\t409.11\t7\n"
            "3\t丙\t2023-06-30\t888.37\t8\n")
    assert _rows(text + "合计\t\t1426.09\t20\t") == []
    [f] = _rows(text + "合计\t\t1436.09\t20\t")
    assert f.severity == "error" and "“金额”栏为 1436.09" in f.message


def test_totals_written_above_their_groups():
    # "小计 | | 2 | 30" right above the first item: each group's 小计 stands above its rows
    text = ("序号 | 项目 | 人数 | 金额\n小计 | | 2 | 30\n1 | a | 1 | 10\n2 | b | 1 | 20\n小计 | | 2 | 70\n3 | c | 1 | 30\n"
            "4 | d | 1 | 40\n小计 | | 2 | 50\n5 | e | 1 | 25\n6 | f | 1 | 25\n")
    assert _rows(text + "合计 | | 6 | 150") == []
    # the 合计 at the bottom is still every row's
    [f] = _rows(text + "合计 | | 6 | 160")
    assert f.severity == "error" and "“合计”一行“金额”栏为 160" in f.message and "其上按序号第 1 至 6 行" in f.message
    assert "小计行" not in f.message   # no reading of the 小计 rows plus the rows after the last of them
    # a 合计 written first: a 合计 under the items may be the first row of the next table
    text = "序号 | 项目 | 金额\n合计 | | 300\n1 | a | 100\n2 | b | 100\n3 | c | 100\n合计 | | 50\n1 | d | 10\n2 | e | 20\n3 | f | 20"
    assert _rows(text) == []


def test_section_heads_written_in_the_number_or_the_name_column():
    # "二 | 公用经费 | 5 | 45" (the numeral in the 序号 column), " | 二、公用经费 | 5 | 45" (the 序号 cell blank)
    base = ("序号 | 项目 | 人数 | 金额\n{0}人员经费 | — | 300\n1 | a | — | 100\n2 | b | — | 100\n3 | c | — | 100\n"
            "{1}公用经费 | 5 | 45\n1 | d | 1 | 10\n2 | e | 1 | 20\n小计 | | 2 | 30\n3 | f | 2 | 5\n4 | g | 1 | 10\n"
            "小计 | | 3 | {2}\n合计 | | 5 | 345")
    for heads in (("一 | ", "二 | "), (" | 一、", " | 二、"), ("（一） | ", "（二） | ")):
        assert _rows(base.format(*heads, 15)) == [], heads
        [f] = _rows(base.format(*heads, 25))
        assert f.severity == "error" and "“小计”一行左起第 4 栏为 25" in f.message, heads
    # without amounts: the table goes on under it, the header above it kept
    text = "序号 | 项目 | 金额\n | 一、公用经费 | \n1 | 办公费 | 12.5\n2 | 印刷费 | 3.2\n3 | 差旅费 | 8.1\n合计 | | {}"
    assert _rows(text.format("23.8")) == []
    [f] = _rows(text.format("25.8"))
    assert f.severity == "error" and "“金额”栏为 25.8" in f.message


def test_a_header_over_two_rows_says_a_column_is_no_column_of_sums():
    # "补助标准" above "元/人": the 合计's 250 is the standard, not a sum
    text = ("序号 | 乡镇 | 人数 | 补助标准 | 金额\n | | 人 | 元/人 | 元\n1 | 花石 | 276 | 250 | 69000\n"
            "2 | 槐树湾 | 592 | 250 | 148000\n3 | 南溪 | 821 | 250 | 205250\n合计 | | 1689 | 250 | {}")
    assert _rows(text.format("422250")) == []
    [f] = _rows(text.format("432250"))
    assert f.severity == "error" and "栏为 432250" in f.message and "合计 422250" in f.message


def test_a_column_of_ratios_of_two_others_is_no_column_of_sums():
    # "增幅" = (2023年 − 2022年) / 2022年 in percent in every row; "达成度" = 完成值 / 目标值
    text = "序号 | 项目 | 2022年 | 2023年 | {}\n1 | a | 100 | 110 | {}\n2 | b | 200 | 210 | {}\n3 | c | 300 | 360 | {}\n合计 | | 600 | {} | {}"
    assert _rows(text.format("增幅", "10.0", "5.0", "20.0", 680, "13.3")) == []
    assert _rows(text.format("达成度", "1.1", "1.05", "1.2", 680, "1.13")) == []
    # the other columns are still checked
    [f] = _rows(text.format("增幅", "10.0", "5.0", "20.0", 690, "13.3"))
    assert f.severity == "error" and "“2023年”栏为 690" in f.message
    # a column that is no ratio of two others in some row is checked
    [f] = _rows(text.format("金额", "10.0", "5.0", "7.0", 680, "13.3"))
    assert f.severity == "error" and "“金额”栏为 13.3" in f.message


def test_a_subtotal_may_be_of_its_own_section_only():
    # "二、公用经费" / "3 | c" / "4 | d" / "小计": the section above it has no 小计 of its own
    text = ("序号 | 项目 | 人数 | 金额\n一、人员经费 |\n1 | a | 1 | 100\n2 | b | 1 | 100\n二、公用经费 |\n3 | c | 1 | 10\n"
            "4 | d | 2 | 20\n小计 | | 3 | {}\n合计 | | 5 | 230")
    assert _rows(text.format(30)) == []
    assert _rows(text.format(230)) == []   # or of every row since the last 小计
    [f] = _rows(text.format(40))
    assert f.severity == "error" and "“小计”一行“金额”栏为 40" in f.message and "只计其所在一段（段首标题以下）各行为 30" in f.message


def test_a_column_of_unsigned_differences_going_both_ways_is_no_column_of_sums():
    # "增减额" = |2023年 − 2022年|, 10 up and 20 down: its 合计 50 is the change of the totals
    text = "序号 | 项目 | 2022年 | 2023年 | 增减额\n1 | a | 100 | 110 | 10\n2 | b | 200 | {} | 20\n3 | c | 300 | 360 | 60\n合计 | | 600 | {} | {}"
    assert _rows(text.format(180, 650, 50)) == []
    # all going up, the column adds up: a wrong total is still an error
    [f] = _rows(text.format(220, 690, 80))
    assert f.severity == "error" and "“增减额”栏为 80" in f.message
    # written with its sign ("-20"), the column adds up too
    [f] = _rows(text.format(180, 650, 50).replace("| 20\n", "| -20\n").replace("| 50", "| 40"))
    assert f.severity == "error" and "“增减额”栏为 40" in f.message


def test_a_base_column_is_no_ratio_of_a_column_of_rates():
    # 上年决算数 = 增减额 / 增减率 × 100 in every row, but 增减率 is a column of rates: 上年决算数 is still summed
    text = ("序号 | 项目 | 上年决算数 | 本年决算数 | 增减额 | 增减率\n1 | a | 2613.32 | 745.53 | -1867.79 | -71.47\n"
            "2 | b | 4109.78 | 1737.13 | -2372.65 | -57.73\n3 | c | 1315.85 | 2204.09 | 888.24 | 67.50\n合计 | {} | 4686.75 | -3352.20 | -41.70")
    assert _rows(text.format("8038.95")) == []
    [f] = _rows(text.format("8048.95"))
    assert f.severity == "error" and "“上年决算数”栏为 8048.95" in f.message
    # the column of rates named by no word of rates ("比上年"): the base before it is no ratio of the columns after it
    text = text.replace("增减率", "比上年")
    assert _rows(text.format("8038.95")) == []
    [f] = _rows(text.format("8048.95"))
    assert f.severity == "error" and "“上年决算数”栏为 8048.95" in f.message


def test_a_total_under_another_with_items_between_may_be_of_the_rows_since():
    # "合计 | | 300" after items 1–3, items 4–6, "合计 | | 50": the second of its own rows, numbered on
    text = ("序号 | 项目 | 人数 | 金额\n1 | a | 1 | 100\n2 | b | 1 | 100\n3 | c | 1 | 100\n合计 | | 3 | 300\n"
            "4 | d | 1 | 10\n5 | e | 2 | 20\n6 | f | 1 | 20\n合计 | | {}")
    assert _rows(text.format("4 | 50")) == []
    assert _rows(text.format("7 | 350")) == []
    [f] = _rows(text.format("4 | 60"))
    assert f.severity == "error" and "“金额”栏为 60" in f.message


def test_an_item_that_is_the_sum_of_the_items_right_below_it_is_their_head():
    # "1 | 基本支出" = "2 | 人员经费" + "3 | 公用经费" in every column: numbered in one run, not added again
    text = ("序号 | 项目 | 预算数 | 决算数\n1 | 基本支出 | 320 | 300\n2 | 人员经费 | 220 | 200\n3 | 公用经费 | 100 | 100\n"
            "4 | 项目支出 | 60 | 50\n合计 | | 380 | {}")
    assert _rows(text.format(350)) == []
    assert _rows(text.format(650)) == []
    [f] = _rows(text.format(360))
    assert f.severity == "error" and "“决算数”栏为 360" in f.message
    # a column where the row is no sum of those below it is checked as it is written
    [f] = _rows(text.replace("| 100 | 100", "| 100 | 90").format(340))
    assert f.severity == "error" and "“决算数”栏为 340" in f.message and "合计 640" in f.message


def test_a_column_of_running_totals_is_no_column_of_sums():
    # "累计拨付" = the row above's plus this row's "本月拨付": its 合计 is the last row's
    text = ("序号 | 月份 | 本月拨付 | 累计拨付\n1 | 1月 | 100 | 100\n2 | 2月 | 50 | 150\n3 | 3月 | 80 | 230\n"
            "4 | 4月 | 20 | 250\n合计 | | {} | 250")
    assert _rows(text.format(250)) == []
    [f] = _rows(text.format(260))
    assert f.severity == "error" and "“本月拨付”栏为 260" in f.message
    # rising down the rows, its total the last row's: a running total with a slip in a row, still no sum
    assert _rows(text.replace("| 3月 | 80 | 230", "| 3月 | 80 | 200").format(250)) == []
    # not rising: checked as a sum
    [f] = _rows(text.replace("| 3月 | 80 | 230", "| 3月 | 80 | 120").format(250))
    assert f.severity == "error" and "“累计拨付”栏为 250" in f.message
    # a total that is its column's last row is no evidence that the column is one of sums (a standard, unchanged
    # down a group, is its last row too)
    text = ("1 | a | 2000 | 898.71\n2 | b | 2000 | -406.52\n3 | c | 250 | 296.45\n4 | d | 250 | 27.78\n小计 | 1125 | 816.42\n"
            "5 | e | 250 | 397.41\n6 | f | 250 | 980.33\n7 | g | 250 | 521.96\n小计 | 250 | 1899.69\n合计 | 750 | 2716.11")
    assert _rows(text) == []


def test_a_head_reading_is_no_evidence_of_a_column_of_sums():
    # no header; standards 500, 250, 250: the first is the sum of the two below it, and the 小计 500 holds only so
    text = ("1\t办公费\t782.83\t500\n2\t印刷费\t7.47\t250\n3\t水电费\t33.27\t250\n小计\t823.57\t500\n"
            "4\t差旅费\t76.17\t250\n5\t会议费\t253.13\t1000\n6\t培训费\t293.58\t1500\n小计\t622.88\t250\n")
    assert _rows(text) == []


def test_a_cell_of_more_digits_than_any_figure_has_is_no_number():
    # "1999…9" (400 digits) was read as infinity and raised: the cell is no number, its column is not checked, the
    # other columns are
    huge = "1" + "9" * 400
    text = ("序号 | 乡镇 | 人数 | 金额 |\n1 | 花石 | 276 | {} |\n2 | 槐树湾 | 592 | 234250 |\n3 | 南溪 | 821 | 288812.5 |\n"
            "合计 | {} | 645437.5 |")
    assert _rows(text.format(huge, 1689)) == []
    [f] = _rows(text.format(huge, 1690))
    assert f.severity == "error" and "“人数”栏为 1690" in f.message
