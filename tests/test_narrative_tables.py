"""Tables written inside a report's text (a web page's "|" cells, a Word table's tab-separated rows):
the 其中 rows of an item and the numbered items of a 合计 row (N-SUM)."""

from __future__ import annotations

from perfxl.narrative.tables import tables

from .narrative_helpers import errors, found

_SANGONG = ("2015年某局“三公”经费情况统计表 | ||\n单位:万元 | |\n项 目 | 本年预算数 | 其中:公共预算财政拨款 |\n"
            "合 计 | {total} | {total} |\n1.因公出国(境)费用 | 0 | 0 |\n2.公务接待费 | 1.70 | 1.70 |\n"
            "3.公务用车费 | {car} | {car} |\n其中:(1)公务用车运行维护费 | 32.65 | 32.65 |\n(2)公务用车购置 | 0 | 0 |\n")


def test_table_rows_are_read_with_their_markers_and_columns():
    [t] = tables(_SANGONG.format(total="34.35", car="32.65"))
    assert [(r.label, r.marker, r.sub, r.total) for r in t.rows][:4] == [
        ("合计", None, False, True), ("因公出国(境)费用", "1.", False, False), ("公务接待费", "1.", False, False),
        ("公务用车费", "1.", False, False)]
    assert t.rows[4].sub and t.rows[4].marker == "(1)" and t.rows[4].label == "公务用车运行维护费"
    assert t.header(0) == "本年预算数" and t.additive(0)


def test_item_row_below_its_own_parts_is_an_error_in_each_column():
    got = errors(_SANGONG.format(total="34.35", car="0"), {"N-SUM"})
    assert [f.actual for f in got] == ["0", "0"]
    assert "“公务用车费”一行“本年预算数”栏为 0" in got[0].message and "32.65" in got[0].message
    # the 合计 holds once the item is read as the sum of its parts: only the root is reported
    assert all("合计”一行" not in f.message for f in got)


def test_table_that_adds_up_is_silent():
    assert found(_SANGONG.format(total="34.35", car="32.65"), {"N-SUM"}) == []


def test_total_row_against_the_three_items_that_make_it_up():
    got = errors(_SANGONG.format(total="36.35", car="32.65"), {"N-SUM"})
    assert [f.actual for f in got] == ["36.35", "36.35"]
    assert "就是它的全部组成" in got[0].message and "34.35" in got[0].message


def test_total_row_above_items_that_are_not_all_its_parts_is_silent():
    text = ("项目 | 本年决算数 |\n合计 | 120.00 |\n1.办公费 | 50.00 |\n2.印刷费 | 30.00 |\n")
    assert errors(text, {"N-SUM"}) == []
    # but items above their total are an error whatever else it holds
    text = ("项目 | 本年决算数 |\n合计 | 60.00 |\n1.办公费 | 50.00 |\n2.印刷费 | 30.00 |\n")
    assert [f.actual for f in errors(text, {"N-SUM"})] == ["60.00"]


def test_rate_and_change_columns():
    # a rate column is not summed; a signed change column is
    text = ("项目 | 上年决算数 | 本年决算数 | 增减金额 | 增减幅度 |\n"
            "合计 | 2911.47 | 2706.86 | -204.61 | -7.03% |\n1.因公出国(境)费 | 13.06 | 10.20 | -2.86 | -21.9% |\n"
            "2.公务接待费 | 1679.69 | 1590.94 | -88.75 | -5.28% |\n3.公务用车购置及运行费 | 1218.72 | 1105.72 | -113 | -9.27% |\n"
            "其中:(1)公务用车购置费 | 14.80 | 0 | -14.8 | -100% |\n(2)公务用车运行费 | 1203.92 | 1105.72 | -98.2 | -8.16% |\n")
    assert found(text, {"N-SUM"}) == []
    wrong = text.replace("-204.61", "-214.61")
    got = errors(wrong, {"N-SUM"})
    assert [f.actual for f in got] == ["-214.61"]


def test_two_breakdowns_of_one_total_are_not_read_as_nested():
    text = ("指 标 | 年末数 (万人) |\n1.全市常住人口 | 310.0 |\n其中:城镇 | 228.5 |\n乡村 | 81.5 |\n"
            "其中:男性 | 157.3 |\n女性 | 152.8 |\n")
    assert found(text, {"N-SUM"}) == []


def test_word_table_rows_with_tabs():
    text = "项目\t本年预算数\n合计\t34.35\n1.因公出国(境)费用\t0\n2.公务接待费\t1.70\n3.公务用车费\t0\n" \
           "其中:(1)公务用车运行维护费\t32.65\n(2)公务用车购置\t0\n"
    assert [f.actual for f in errors(text, {"N-SUM"})] == ["0"]


def test_unnumbered_rows_are_not_checked():
    text = "项目 | 本年决算数 |\n合计 | 60.00 |\n办公费 | 50.00 |\n印刷费 | 30.00 |\n"
    assert found(text, {"N-SUM"}) == []


def test_a_signed_column_proves_nothing_by_parts_above_the_total():
    # changes of two of several items: another item may have fallen by the rest
    text = "项目 | 增减金额 |\n合计 | -10.00 |\n1.办公费 | -2.00 |\n2.印刷费 | -3.00 |\n"
    assert errors(text, {"N-SUM"}) == []


def test_a_column_of_row_numbers_is_not_summed():
    text = ("項目 | 行號 | 本 期 |\n1、總收入 | 1 | 61625022.26 |\n其中:醫療收入 | 2 | 43245334.20 |\n"
            "財政撥款收入 | 3 | 12954900.00 |\n其他收入 | 4 | 848050.98 |\n2、總支出 | 5 | 65142258.61 |\n")
    assert errors(text, {"N-SUM"}) == []
    # the same numbers without their header are still row numbers: 1, 2, 3 … down the rows
    assert errors(text.replace("行號", "甲"), {"N-SUM"}) == []
    # an amount column of the same table is still summed
    wrong = text.replace("43245334.20", "53245334.20")
    assert [f.actual for f in errors(wrong, {"N-SUM"})] == ["61625022.26"]


_TWO_BREAKDOWNS = ("项目 | 年初预算数 | 全年预算数 | 全年执行数 |\n合计 | 500 | 520 | 510 |\n"
                   "其中：1.一般公共预算 | 480 | 500 | 490 |\n2.政府性基金 | {fund} | 20 | 20 |\n"
                   "其中：1.基本支出 | 300 | 300 | 300 |\n2.项目支出 | 200 | 220 | 210 |\n")


def test_a_其中_row_numbered_as_the_items_opens_another_breakdown_of_the_total():
    # by source, then by nature: "其中：1.基本支出" is no part of "2.政府性基金"
    assert errors(_TWO_BREAKDOWNS.format(fund="20"), {"N-SUM"}) == []


def test_a_其中_row_of_its_own_numbering_is_still_a_part_of_the_row_above():
    text = ("项目 | 本年预算 |\n合计 | 34.35 |\n1.因公出国(境)费用 | 0 |\n2.公务接待费 | 1.70 |\n3.公务用车费 | 0 |\n"
            "其中:(1)公务用车运行维护费 | 32.65 |\n(2)公务用车购置 | 0 |\n")
    assert [f.actual for f in errors(text, {"N-SUM"})] == ["0"]


_CHANGES = ("项目 | 2023年 | 2022年 | 增减变化 |\n合计 | 30 | 25 | {total} |\n1.因公出国（境）费 | 0 | 0 | 0 |\n"
            "2.公务接待费 | 5 | 4 | {c2} |\n3.公务用车费 | 25 | 21 | {c3} |\n")


def test_a_change_column_in_percent_without_its_sign_is_not_summed():
    t = tables(_CHANGES.format(total="20", c2="25", c3="19.05"))[0]
    assert not t.additive(2) and t.additive(0)
    assert errors(_CHANGES.format(total="20", c2="25", c3="19.05"), {"N-SUM"}) == []


def test_a_change_column_in_amounts_is_still_summed():
    assert found(_CHANGES.format(total="5", c2="1", c3="4"), {"N-SUM"}) == []
    got = errors(_CHANGES.format(total="15", c2="1", c3="4"), {"N-SUM"})
    assert [f.actual for f in got] == ["15"]


_PROGRESS = "项目 | 预算 | 执行 | {head} |\n合计 | 1000 | {done} | 90 |\n1.基本支出 | 600 | 570 | 95 |\n2.项目支出 | 400 | 330 | 82.5 |\n"


def test_a_column_of_the_ratio_of_two_columns_is_a_rate_column():
    assert errors(_PROGRESS.format(head="执行情况", done="900"), {"N-SUM"}) == []
    assert errors(_PROGRESS.format(head="执行进度", done="900"), {"N-SUM"}) == []


def test_the_amounts_beside_a_rate_column_are_still_summed():
    got = errors(_PROGRESS.format(head="执行进度", done="1000"), {"N-SUM"})
    assert [f.actual for f in got] == ["1000"]


_BY_NATURE = ("项目 | 年初预算 | 执行数 |\n总计 | 1000 | 1000 |\n1.一般公共预算 | 900 | 900 |\n2.政府性基金 | 100 | 100 |\n"
              "其中：基本支出 | {basic} | 600 |\n项目支出 | 400 | 400 |\n")


def test_其中_rows_after_the_last_item_may_be_of_the_total():
    assert errors(_BY_NATURE.format(basic="600"), {"N-SUM"}) == []


def test_其中_rows_after_the_last_item_above_the_total_too_are_an_error():
    got = errors(_BY_NATURE.format(basic="700"), {"N-SUM"})
    assert [f.actual for f in got] == ["100"] and "1100" in got[0].message


def test_a_second_合计_after_items_opens_the_next_table():
    text = ("项目 | 金额 |\n合计 | 30 |\n1.因公出国（境）费 | 0 |\n2.公务接待费 | 5 |\n3.公务用车费 | 25 |\n"
            "合计 | {total} |\n1.财政拨款收入 | 800 |\n2.事业收入 | 150 |\n3.其他收入 | 50 |\n")
    assert [len(t.rows) for t in tables(text.format(total="1000"))] == [4, 4]
    assert errors(text.format(total="1000"), {"N-SUM"}) == []
    # each table is still checked on its own
    assert [f.actual for f in errors(text.format(total="900"), {"N-SUM"})] == ["900"]


def test_columns_of_years_prices_and_weighted_rates_are_not_summed():
    years = "项目 | 金额 | 实施 |\n合计 | 100 | 2023 |\n1.A项目 | 60 | 2023 |\n2.B项目 | 40 | 2023 |\n"
    assert errors(years, {"N-SUM"}) == []
    prices = "项目 | 数量 | 单位价 | 金额 |\n合计 | 10 | 500 | {total} |\n1.办公桌 | 5 | 600 | 3000 |\n2.办公椅 | 5 | 400 | 2000 |\n"
    assert [t.additive(j) for j in range(3) for t in tables(prices.format(total="5000"))] == [True, False, True]
    assert errors(prices.format(total="5000"), {"N-SUM"}) == []
    rates = "项目 | 金额 | 完成情况 |\n合计 | 100 | 95 |\n1.A | 60 | 100 |\n2.B | 40 | 87.5 |\n"
    assert errors(rates, {"N-SUM"}) == []


def test_the_amounts_of_such_tables_are_still_summed():
    prices = "项目 | 数量 | 单位价 | 金额 |\n合计 | 10 | 500 | 4000 |\n1.办公桌 | 5 | 600 | 3000 |\n2.办公椅 | 5 | 400 | 2000 |\n"
    assert [f.actual for f in errors(prices, {"N-SUM"})] == ["4000"]
    rates = "项目 | 金额 | 完成情况 |\n合计 | 90 | 95 |\n1.A | 60 | 100 |\n2.B | 40 | 87.5 |\n"
    assert [f.actual for f in errors(rates, {"N-SUM"})] == ["90"]


def test_rows_with_more_cells_than_the_first_one_are_read_without_failing():
    # a Word table whose last column is text in some rows only ("接待20批次"): the first row has fewer cells
    text = ("项目\t金额\t\n合计\t{total}\t\n1.因公出国（境）费\t0\t\n2.公务接待费\t4.5\t接待20批次\n"
            "3.公务用车购置及运行维护费\t24\t车辆3辆\n")
    assert found(text.format(total="28.5"), {"N-SUM"}) == []
    assert [f.actual for f in errors(text.format(total="38.5"), {"N-SUM"})] == ["38.5"]


_BLANK_ITEM = ("项目 | 年初预算 | 调整预算 | 决算 |\n合计 | 500 | 520 | {total} |\n1.基本支出 | 300 | 300 | 300 |\n"
               "2.项目支出 | 200 | 220 |\n其中：上年结转 | 0 | 20 | {carried} |\n")


def test_an_item_left_blank_is_at_least_its_其中_rows_not_exactly_them():
    # the 项目支出 决算 cell is blank: its 其中 row (上年结转 15) is only part of it
    assert errors(_BLANK_ITEM.format(total="510", carried="15"), {"N-SUM"}) == []


def test_items_above_the_total_even_so_are_an_error():
    got = errors(_BLANK_ITEM.format(total="310", carried="15"), {"N-SUM"})
    assert [f.actual for f in got] == ["310"]
