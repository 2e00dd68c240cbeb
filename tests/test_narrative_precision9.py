"""Sentence patterns behind false findings of the readings added last (remarks of another year in a
list, compositions bound by name, the three sectors' shares, growth tables copied one cell per line),
each with a text where the rule must stay silent and a variant where it still fires."""

from __future__ import annotations

from tests.narrative_helpers import errors, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_YEAR_REMARK = "2023年全县地方一般公共预算收入完成109489万元，其中税收收入77864万元，{}75000万元，非税收入{}万元。"


def test_a_figure_of_another_year_written_after_a_part_is_no_part():
    for remark in ("2022年为", "2022年税收收入", "2022年同期为"):
        assert _rule(_YEAR_REMARK.format(remark, "31625"), "N-SUM") == [], remark
    comp = ("本年收入合计231.24万元。\n本年收入的具体构成为：财政拨款收入213.24万元，2019年为200万元；"
            "事业收入18万元。")
    assert _rule(comp, "N-SUM") == []


def test_a_list_with_another_years_remark_still_adds_up_its_own_parts():
    [f] = _rule(_YEAR_REMARK.format("2022年为", "33625"), "N-SUM")
    assert f.severity == "error" and "111489万元" in f.message


def test_a_list_whose_parts_are_years_keeps_every_year():
    text = "近三年累计投入{}万元，其中2021年投入100万元，2022年为100万元，2023年为150万元。"
    assert _rule(text.format("350"), "N-SUM") == []
    [f] = errors(text.format("300"))
    assert f.rule == "N-SUM" and "350万元" in f.message


_BUDGET_AFTER = "本年收入合计231.24万元，本年收入预算250万元。\n本年收入{}的具体构成为：财政拨款收入213.24万元；事业收入{}万元。"


def test_a_composition_of_the_actual_is_not_of_a_budget_of_that_name():
    assert _rule(_BUDGET_AFTER.format("", "18"), "N-SUM") == []
    [f] = _rule(_BUDGET_AFTER.format("", "28"), "N-SUM")
    assert f.severity == "error" and "本年收入合计231.24万元" in f.message and "241.24万元" in f.message


def test_a_composition_naming_a_budget_is_of_the_budget():
    assert _rule(_BUDGET_AFTER.format("预算", "36.76"), "N-SUM") == []
    [f] = _rule(_BUDGET_AFTER.format("预算", "18"), "N-SUM")
    assert f.severity == "error" and "本年收入预算250万元" in f.message


_SECTORS = ("初步核算，全年全县地区生产总值(GDP)2132.64亿元，比上年增长1.1%。其中，第一产业增加值180.16亿元，增长6.2%；"
            "第二产业增加值804.67亿元，增长5.6%；第三产业增加值1147.81亿元，下降2.4%。")


def test_sector_shares_of_another_year_or_region_are_not_of_the_sectors_written():
    assert _rule(_SECTORS + "上年第一、二、三产业增加值所占比重分别为9.1%、36.0%、54.9%。", "N-SHARE") == []
    assert _rule(_SECTORS + "全县第一、二、三产业增加值所占比重分别为8.4%、37.7%、53.8%，"
                            "全省第一、二、三产业增加值所占比重分别为9.1%、36.0%、54.9%。", "N-SHARE") == []
    assert _rule(_SECTORS + "全县三次产业结构为8.4:37.7:53.8，全省三次产业结构为9.1:36.0:54.9。", "N-SHARE") == []
    other = ("全市地区生产总值5000亿元，第一产业增加值500亿元，第二产业增加值2000亿元，第三产业增加值2500亿元。\n\n"
             "全区第一、二、三产业增加值所占比重分别为8.4%、37.7%、53.8%。")
    assert _rule(other, "N-SHARE") == []
    dated = _SECTORS.replace("全年", "2022年")
    assert _rule(dated + "2021年三次产业结构为9.1:36.0:54.9。", "N-SHARE") == []
    [f] = _rule(dated + "2022年三次产业结构为8.6:37.7:53.8。", "N-SHARE")   # (8.5 would make 100: a warning)
    assert f.severity == "error" and "8.448%" in f.message
    # a region named only in the shares' sentence is not the text's own
    assert _rule(_SECTORS.replace("全县", "") + "全州三次产业结构为11.6:34.2:54.2。", "N-SHARE") == []
    assert _rule(_SECTORS.replace("全县", "") + "第一、二、三产业增加值所占比重分别为8.4%、37.7%、53.8%，"
                                             "全市第一、二、三产业增加值所占比重分别为8.0%、38.1%、53.9%。", "N-SHARE") == []


def test_sector_shares_of_the_sectors_own_region_still_fire():
    [f] = _rule(_SECTORS + "全县第一、二、三产业增加值所占比重分别为8.6%、37.7%、53.8%，"
                           "全省第一、二、三产业增加值所占比重分别为9.1%、36.0%、54.9%。", "N-SHARE")
    assert f.severity == "error" and "8.448%" in f.message
    # compared with last year, the shares are still this year's
    [g] = _rule(_SECTORS + "与上年相比，第一、二、三产业增加值所占比重分别为8.6%、37.7%、53.8%。", "N-SHARE")
    assert g.severity == "error" and "8.448%" in g.message
    # the region the text speaks of elsewhere is its own
    [h] = _rule(_SECTORS.replace("全县", "全省") + "全省第一、二、三产业增加值所占比重分别为8.6%、37.7%、53.8%。", "N-SHARE")
    assert h.severity == "error"
    [i] = _rule(_SECTORS.replace("全县", "") + "全省第一、二、三产业增加值所占比重分别为8.6%、37.7%、53.8%，全省经济稳中向好。",
                "N-SHARE")
    assert i.severity == "error"


def _cells(*cells):
    return "".join(f"{c} |\n" for c in cells)


_TABLE = ("某县人民医院财务信息公开指标", "", "", "一级指标", "二级指标", "单位", "上年度", "本年度", "增长", "(2022年)", "(2023年)",
          "经济指标", "总收入", "万元", "2949.95", "2915.14", "-1.18%", "总支出", "万元", "3164.66", "3158.76", "-0.19%",
          "资源配置", "门诊人次", "人次", "86610", "71122", "-17.88%")


def test_a_growth_cell_without_its_percent_sign_may_be_the_change_in_the_rows_unit():
    days = _cells(*_TABLE, "效率指标", "平均住院日", "天", "8.5", "8.2", "{}")
    assert _rule(days.format("-0.3"), "N-CHANGE") == []
    assert _rule(days.format("-3.53%"), "N-CHANGE") == []
    [f] = _rule(days.format("-0.6"), "N-CHANGE")
    assert f.severity == "error" and "平均住院日" in f.message and "-3.54%" in f.message
    # with its "%" the cell is a rate: the change in days is no reading of it
    [g] = _rule(days.format("-0.3%"), "N-CHANGE")
    assert g.severity == "error" and "平均住院日" in g.message


def test_a_per_mille_rate_row_is_read_with_its_label():
    rate = _cells(*_TABLE, "质量指标", "院内感染率", "‰", "1.20", "1.10", "{}")
    assert _rule(rate.format("-0.10"), "N-CHANGE") == []  # the change in points (per mille)
    [f] = _rule(rate.format("-0.20"), "N-CHANGE")
    assert f.severity == "error" and "院内感染率" in f.message


_TAX = ("2023年，全县地方一般公共预算收入完成109489万元，增长3%，其中税收收入77864万元，占预算的101.6%，"
        "非税收入31625万元，占预算的96.3%，{}税收占地方一般公共预算收入的比重为{}。")


def test_a_share_whose_phrase_writes_another_year_is_not_of_this_years_amount():
    assert _rule(_TAX.format("2022年", "70.5%"), "N-SHARE") == []
    near = ("2023年全县地方一般公共预算收入完成109489万元，其中非税收入31625万元，税收收入77864万元，"
            "{}税收占地方一般公共预算收入的比重为{}。")
    assert _rule(near.format("2022年", "70.5%"), "N-SHARE") == []
    [f] = _rule(near.format("2023年", "72.5%"), "N-SHARE")
    assert f.severity == "error" and "71.12%" in f.message


def test_a_share_whose_phrase_writes_the_amounts_year_still_binds_it():
    [f] = _rule(_TAX.format("2023年", "72.1%"), "N-SHARE")
    assert f.severity == "error" and "77864万元" in f.message and "71.12%" in f.message
    assert _rule(_TAX.format("2023年", "71.1%"), "N-SHARE") == []


_RATES = ("指标 | 上年数 | 本年数 | 增减额 | 增长率\n总收入 | 2949.95 | 2915.14 | -34.81 | -1.18%\n"
          "总支出 | 3164.66 | 3158.76 | -5.90 | -0.19%\n门诊人次 | 86610 | 71122 | -15488 | -17.88%\n")


def test_a_rates_row_of_a_growth_table_may_change_in_points():
    assert _rule(_RATES + "病床使用率 | 80.5 | 85.2 | 4.7 | 4.7%\n", "N-CHANGE") == []
    assert _rule(_RATES + "药品收入占比 | 21.40 | 22.49 | 1.09 | 1.09%\n", "N-CHANGE") == []
    assert _rule(_RATES + "病床使用率 | 80.5 | 85.2 | 4.7 | 5.84%\n", "N-CHANGE") == []


def test_a_rates_row_holding_neither_way_and_an_amounts_row_in_points_still_fire():
    [f] = _rule(_RATES + "病床使用率 | 80.5 | 85.2 | 4.7 | 3.7%\n", "N-CHANGE")
    assert f.severity == "error" and "病床使用率" in f.message
    [g] = _rule(_RATES + "出院人数 | 80.5 | 85.2 | 4.7 | 4.7%\n", "N-CHANGE")
    assert g.severity == "error" and "出院人数" in g.message and "5.84%" in g.message


_PADDED = _cells("某县人民医院财务信息公开指标", "", "", "一级指标", "二级指标", "单位", "上年度", "本年度", "增长",
                 "(2022年)", "(2023年)", "经济指标", "总收入", "万元", "2949.95", "2915.14", "{}",
                 "总支出", "万元", "3164.66", "3158.76", "-0.20%", "资源配置", "门诊人次", "人次", "86610", "71122", "-17.90%",
                 "收入结构", "药品收入占比", "%", "21.40", "22.49", "1.09")


def test_a_shares_change_in_points_says_nothing_of_how_the_rates_were_typed():
    # the rates typed at one decimal and shown with a padding 0; the share's points at its two decimals
    assert _rule(_PADDED.format("-1.20%"), "N-CHANGE") == []
    [f] = _rule(_PADDED.format("-1.30%"), "N-CHANGE")
    assert f.severity == "error" and "总收入" in f.message


_PADDED_ROWS = ("指标 | 上年同期 | 本期 | 增减额 | 同比\n总收入 | 88055 | 151493 | 63438 | {}\n"
                "人员经费支出占比 | 44.50 | 41.16 | -3.34 | -3.34%\n门诊人次 | 22775 | 15140 | -7635 | -33.50%\n"
                "总支出 | 455.15 | 618.65 | 163.50 | {}\n出院人次 | 1000 | 1100 | 100 | 10.00%\n"
                "实际开放床位 | 200 | 250 | 50 | 25.00%\n")


def test_a_table_of_rows_whose_rates_are_padded_with_a_zero_is_read_at_one_decimal_less():
    # 72.04 % and 35.92 %: typed as 72.0 and 35.9, shown as "72.00%", "35.90%"
    assert _rule(_PADDED_ROWS.format("72.00%", "35.90%"), "N-CHANGE") == []
    [f] = _rule(_PADDED_ROWS.format("73.00%", "35.90%"), "N-CHANGE")
    assert f.severity == "error" and "总收入" in f.message and "72.04%" in f.message
    # a two-decimal rate not ending in 0: each cell is read as written
    [g] = _rule(_PADDED_ROWS.replace("-33.50%", "-33.52%").format("72.00%", "35.92%"), "N-CHANGE")
    assert g.severity == "error" and "总收入" in g.message


_REGION_AFTER = ("初步核算，2022年地区生产总值3045.93亿元。其中，第一产业增加值705.23亿元；第二产业增加值1086.19亿元；"
                 "第三产业增加值1254.51亿元。\n\n全州地区生产总值30459.30亿元，第一产业增加值4936.61亿元，第二产业增加值"
                 "13034.28亿元，第三产业增加值13799.61亿元。\n\n第一、二、三产业增加值所占比重分别为{}。")


def test_sector_shares_naming_no_region_after_a_regions_sectors_and_the_texts_own():
    # 23.2 %, 35.7 %, 41.2 % are the text's own sectors' shares; the 全州 paragraph is nearer
    assert _rule(_REGION_AFTER.format("23.2%、35.7%、41.2%"), "N-SHARE") == []
    # the region's sectors alone: the shares are theirs
    alone = _REGION_AFTER[_REGION_AFTER.index("全州"):]
    assert _rule(alone.format("16.2%、42.8%、45.3%"), "N-SHARE") == []
    [f] = _rule(alone.format("23.2%、42.8%、45.3%"), "N-SHARE")
    assert f.severity == "error" and "16.207%" in f.message


def test_a_list_whose_total_and_parts_each_have_last_years_figure_after_them():
    text = ("全县地方一般公共预算收入完成109489万元，上年为105000万元，其中税收收入77864万元，上年为75000万元，"
            "非税收入{}万元，上年为30000万元。")
    assert _rule(text.format("31625"), "N-SUM") == []
    [f] = _rule(text.format("33625"), "N-SUM")
    assert f.severity == "error" and "111489万元" in f.message
    # a list of last year's own figures still adds them all up
    [g] = _rule("上年收入合计105000万元，其中上年税收收入75000万元，上年非税收入32000万元。", "N-SUM")
    assert g.severity == "error" and "107000万元" in g.message


def test_an_earlier_years_bare_figure_after_a_part_writing_its_year_and_name():
    text = "全县地方一般公共预算收入完成109489万元，其中2023年税收收入77864万元，2022年为75000万元，非税收入{}万元。"
    assert _rule(text.format("31625"), "N-SUM") == []
    [f] = _rule(text.format("33625"), "N-SUM")
    assert f.severity == "error" and "111489万元" in f.message
    # years listed from the latest back, each bare: every year is a part
    years = "近三年累计投入300万元，其中2023年投入150万元，2022年为100万元，2021年为100万元。"
    [g] = errors(years)
    assert g.rule == "N-SUM" and "350万元" in g.message


def test_last_years_carry_over_is_a_part_of_this_years_income():
    for name in ("上年财政拨款结转", "去年结转", "上年度专项结余"):
        text = f"收入总计300万元，其中财政拨款收入200万元，事业收入50万元，{name}{{}}万元。"
        assert _rule(text.format("50"), "N-SUM") == [], name
        [f] = _rule(text.format("60"), "N-SUM")
        assert f.severity == "error" and "310万元" in f.message, name


def test_a_share_naming_its_item_right_after_last_years_figure_of_it_binds_nothing():
    text = "2022年，全县收入合计完成38914万元，其中非税收入16338万元，税收收入22576万元，{}25824万元，税收占收入合计的比重为{}。"
    for remark in ("上年税收收入", "2021年税收收入", "上年为"):
        assert [f for f in _rule(text.format(remark, "58.02%"), "N-SHARE") if f.severity == "error"] == [], remark
    # this year's figure right before the share: it is bound
    after = "2022年，全县收入合计完成38914万元，其中上年税收收入25824万元，非税收入16338万元，税收收入22576万元，税收占收入合计的比重为{}。"
    assert _rule(after.format("58.02%"), "N-SHARE") == []
    [f] = _rule(after.format("66.36%"), "N-SHARE")
    assert f.severity == "error" and "22576万元" in f.message and "58.02%" in f.message
