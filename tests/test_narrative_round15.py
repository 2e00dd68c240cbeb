"""Sentence patterns behind the findings of the fifteenth fresh corpus round."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_TAX = ("2023年，全县地方一般公共预算收入完成109489万元，增长3%，其中税收收入77864万元，占预算的101.6%，"
        "非税收入31625万元，占预算的96.3%，{}占地方一般公共预算收入的比重为{}。")


def test_a_name_with_fei_before_it_is_the_other_item():
    # "税收占…71.1%" after "非税收入31625万元": 非税收入 is not 税收, the share is of 税收收入
    assert _rule(_TAX.format("税收", "71.1%"), "N-SHARE") == []
    assert _rule(_TAX.format("非税", "28.9%"), "N-SHARE") == []


def test_a_share_naming_its_item_binds_the_amount_of_that_name_earlier_in_the_sentence():
    [f] = _rule(_TAX.format("税收", "72.1%"), "N-SHARE")
    assert f.severity == "error" and "77864万元" in f.message and "71.12%" in f.message
    [f] = _rule(_TAX.format("非税", "29.9%"), "N-SHARE")
    assert f.severity == "error" and "31625万元" in f.message


def test_a_share_naming_an_item_written_twice_before_binds_nothing():
    twice = _TAX.replace("非税收入31625万元", "税收收入调整预算76000万元，非税收入31625万元")
    assert [f for f in _rule(twice.format("税收", "72.1%"), "N-SHARE") if f.severity == "error"] == []


_LAST_YEAR = "全县地方一般公共预算收入完成109489万元，其中税收收入77864万元，{}75000万元，非税收入{}万元。"


def test_last_years_figure_after_a_part_is_no_part_of_this_years_total():
    for remark in ("上年为", "上年同期", "上年税收收入", "去年为"):
        assert _rule(_LAST_YEAR.format(remark, "31625"), "N-SUM") == [], remark


def test_a_list_with_last_years_remark_still_adds_up_its_own_parts():
    [f] = _rule(_LAST_YEAR.format("上年为", "33625"), "N-SUM")
    assert f.severity == "error" and "111489万元" in f.message


_TWO = "支出预算842.79万元。其中，基本支出781.93万元，占总支出{}；项目支出60.86万元，占总支出{}。"


def test_two_shares_adding_to_100_of_a_list_adding_up_to_its_total():
    # 92 % holds truncated (92.78 %), 8 % = 100 − 92 holds with no reading (7.22 %); 基本支出 is no whole of 项目支出
    [f] = _rule(_TWO.format("92%", "8%"), "N-SHARE")
    assert f.severity == "error" and "7.22%" in f.message and "项目支出" in f.message


def test_two_shares_adding_to_100_stay_silent_when_they_hold():
    assert _rule(_TWO.format("92.78%", "7.22%"), "N-SHARE") == []
    assert _rule(_TWO.format("93%", "7%"), "N-SHARE") == []
    # two shares whose amounts are no list of a total they add up to: no whole to divide by
    loose = "基本支出781.93万元，占总支出92%；项目支出60.86万元，占总支出8%。"
    assert [f for f in _rule(loose, "N-SHARE") if f.severity == "error"] == []


_MADE_OF = ("本部门2020年度收入总计231.24万元，较2019年增加5.24万元；本年收入合计231.24万元，较2019年增加5.24万元，"
            "主要原因是：正常支出。\n本年收入的具体构成为：财政拨款收入{}万元，占{}；事业收入{}万元，占{}；经营收入0万元，占0%；"
            "其他收入0万元，占0%。")


def test_a_composition_naming_its_whole_is_of_that_amount_before_it():
    [f] = _rule(_MADE_OF.format("213.24", "100%", "0", "0%"), "N-SUM")
    assert f.severity == "error" and "本年收入合计231.24万元" in f.message and "213.24万元" in f.message
    assert f.cause is None  # the sum is one of the parts itself: no "said elsewhere" cause


def test_a_composition_adding_up_to_its_whole_is_silent():
    assert _rule(_MADE_OF.format("213.24", "92.22%", "18", "7.78%"), "N-SUM") == []


def test_a_composition_whose_whole_is_not_written_binds_nothing():
    other = _MADE_OF.replace("本年收入的具体构成为", "事业单位经营收入的具体构成为")
    assert _rule(other.format("213.24", "100%", "0", "0%"), "N-SUM") == []


_SECTOR_SHARES = ("初步核算，全年地区生产总值(GDP)2132.64亿元，比上年增长1.1%。其中，第一产业增加值180.16亿元，增长6.2%；"
                  "第二产业增加值804.67亿元，增长5.6%；第三产业增加值1147.81亿元，下降2.4%。\n\n图1 2015-2022年全区生产总值"
                  "\n\n在全区生产总值中，第一、二、三产业增加值所占比重分别为{}、37.7%、53.8%。")


def test_the_three_sectors_shares_written_as_a_list_after_their_figures():
    [f] = _rule(_SECTOR_SHARES.format("8.6%"), "N-SHARE")   # (8.5% would make 100 with the rest on it: a warning)
    assert f.severity == "error" and "8.448%" in f.message and "应写 8.4" in f.message
    assert _rule(_SECTOR_SHARES.format("8.4%"), "N-SHARE") == []


def test_sector_shares_with_a_sector_written_twice_bind_nothing():
    twice = _SECTOR_SHARES.replace("增长5.6%；", "增长5.6%，上年第二产业增加值760.00亿元；")
    assert _rule(twice.format("8.5%"), "N-SHARE") == []


def _cells(*cells):
    return "".join(f"{c} |\n" for c in cells)


_GROWTH = _cells("某县人民医院财务信息公开指标", "", "", "一级指标", "二级指标", "单位", "上年度", "本年度", "增长",
                 "(2022年)", "(2023年)", "经济指标", "总收入", "万元", "2949.95", "2915.14", "{}",
                 "总支出", "万元", "3164.66", "3158.76", "-0.19%", "资源配置", "门诊人次", "人次", "86610", "71122", "{}",
                 "收入结构", "药品收入占比", "%", "21.40", "22.49", "{}")


def test_a_growth_table_copied_one_cell_per_line():
    # −34.81 ÷ 2915.14 = −1.19 %: the change over this year's level, the wrong denominator
    [f] = _rule(_GROWTH.format("-1.19%", "-17.88%", "5.09%"), "N-CHANGE")
    assert f.severity == "error" and "总收入" in f.message and "-1.18%" in f.message and "÷ 2915.14" in f.cause
    [f] = _rule(_GROWTH.format("-1.18%", "17.88%", "5.09%"), "N-CHANGE")
    assert f.severity == "error" and "门诊人次" in f.message and "-17.88%" in f.message


def test_a_growth_table_whose_rows_hold_is_silent():
    assert _rule(_GROWTH.format("-1.18%", "-17.88%", "5.09%"), "N-CHANGE") == []
    # a share's growth may be in percentage points (22.49 − 21.40)
    assert _rule(_GROWTH.format("-1.18%", "-17.88%", "1.09%"), "N-CHANGE") == []


def test_a_growth_column_padded_with_a_zero_is_read_at_one_decimal_less():
    # every two-decimal cell ends in 0: "-1.20%" may be −1.2 written as "-1.20" (−1.18 rounds to −1.2)
    padded = _GROWTH.replace("-0.19%", "-0.20%")
    assert _rule(padded.format("-1.20%", "-17.90%", "5.10%"), "N-CHANGE") == []
    # not every such cell ends in 0: each is read as written
    [f] = _rule(_GROWTH.format("-1.20%", "-17.88%", "5.09%"), "N-CHANGE")
    assert "总收入" in f.message


def test_a_cell_per_line_run_that_is_no_growth_table_is_not_read():
    no_head = _GROWTH.replace("上年度", "预算数").replace("本年度", "执行数")
    assert _rule(no_head.format("-1.19%", "-17.88%", "5.09%"), "N-CHANGE") == []
    # a text cell where a number is due: the cells are not understood
    broken = _GROWTH.replace("3158.76 |\n", "见附表 |\n")
    assert _rule(broken.format("-1.19%", "-17.88%", "5.09%"), "N-CHANGE") == []


def test_a_change_rate_over_this_years_figure_names_that_cause():
    [f] = _rule("三公经费支出9.07万元，比上年减少0.71万元，下降7.83%。", "N-CHANGE")
    assert f.severity == "error" and "7.26%" in f.message and "÷ 9.07万元" in f.cause and "上年数为分母" in f.cause
    [f] = _rule("三公经费支出9.07万元，比上年减少0.71万元，下降7.5%。", "N-CHANGE")
    assert f.cause is None


def test_a_share_naming_its_item_takes_no_figure_of_last_year():
    text = "全县一般公共预算收入完成109489万元，上年税收收入75000万元，非税收入31625万元，税收占一般公共预算收入的比重为72.1%。"
    assert [f for f in _rule(text, "N-SHARE") if f.severity == "error"] == []


_FLOWS = "当年全县财政总收入5.24亿元，比上年增长24.6%，其中完成县级一般预算收入2.63亿元，增长19.5%；{}全县财政支出5.30亿元，增长17.6%。"


def test_a_list_of_an_income_ends_before_an_amount_of_spending():
    # (the text of round 16, measured once: a 其中 list of 收入 went on over the 支出 after the semicolon)
    assert _rule(_FLOWS.format(""), "N-SUM") == []


def test_a_list_of_an_income_still_adds_up_its_incomes():
    [f] = _rule(_FLOWS.format("上划中央收入3.61亿元；"), "N-SUM")
    assert f.severity == "error" and "6.24亿元" in f.message


_CARS = "公务用车购置及运行维护费支出4.02万元。其中：\n公务用车购置支出{}万元，购置车辆0辆。本单位本年度无此项支出。\n公务用车运行维护支出{}万元，公务用车保有量为7辆。"


def test_the_cars_purchase_and_running_are_all_of_their_whole():
    [f] = _rule(_CARS.format("0", "0"), "N-SUM")
    assert f.severity == "error" and "全部组成" in f.message
    [f] = _rule(_CARS.format("1", "2"), "N-SUM")
    assert f.severity == "error"


def test_the_cars_purchase_and_running_adding_up_are_silent():
    assert _rule(_CARS.format("0", "4.02"), "N-SUM") == []
    # a whole that is not the cars' (三公 holds 出国 and 接待 too): a shortfall is no error
    other = _CARS.replace("公务用车购置及运行维护费支出", "“三公”经费支出")
    assert [f for f in _rule(other.format("1", "2"), "N-SUM") if f.severity == "error"] == []
