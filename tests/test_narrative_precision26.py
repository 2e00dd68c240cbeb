"""Readings added after the published-text rounds 32-36: a unit slip shown by a short list."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_a_two_digit_figure_in_yuan_that_fills_the_gap_exactly_is_a_slip():
    # the total has two significant digits, but the figure in 元 has two as well: the gap of 72万元 written
    # exactly as "72元" is no chance
    [f] = _rule("自治区投入资金85万元（农村部分计划生育家庭奖励扶助资金13万元，计划生育家庭特别扶助72元）。", "N-UNIT-SLIP")
    assert f.severity == "error" and f.expected == "72万元"
    [f] = _rule("专项经费指标总额为84万元，其中：1、档案保护保管经费36万元；2、电费16万元；3、档案装具12万元；"
                "4、系统维护5万元；5、外租库房租赁经费15元。", "N-UNIT-SLIP")
    assert f.severity == "error" and f.actual == "15元"


def test_a_one_digit_figure_in_yuan_filling_the_gap_may_be_chance():
    # "3元" matching the gap of a short total may be a list that goes on: a warning, not an error
    [f] = _rule("工作经费15万元，其中办公费12万元，邮费3元。", "N-UNIT-SLIP")
    assert f.severity == "warning"
    # a list adding up as written has no slip at all
    assert _rule("收入合计85.01万元，其中财政拨款85万元，利息收入72元。", "N-UNIT-SLIP") == []


def test_a_rate_after_two_figures_named_by_their_years_is_checked():
    for text in ("教育经费由上年的100万元增加到120万元，增长25%。",
                 "2022年教育经费100万元，2023年教育经费120万元，增长25%。",
                 "教育经费上年100万元，本年120万元，比上年增长25%。",
                 "教育经费本年120万元，上年100万元，增长25%。",
                 "一般公共预算支出120万元，上年为100万元，增长25%。"):
        [f] = _rule(text, "N-CHANGE")
        assert f.severity == "error" and "20.01%" in f.message and "120万元" in f.message, text


def test_a_rate_after_two_figures_stays_silent_where_it_holds_or_is_of_something_else():
    for text in ("教育经费由上年的100万元增加到120万元，增长20%。",
                 "教育经费上年100万元，本年120万元，增长20%。",
                 # output and incomes grow at comparable prices, not as the two nominal figures
                 "地区生产总值由上年的100亿元增加到120亿元，增长5%。",
                 "城镇居民人均可支配收入由上年的100元增加到120元，增长5%。",
                 # two items, not one in two years
                 "2022年支出100万元，2023年收入120万元，增长25%。",
                 # a comparison, not a label: the 56400元 is the change
                 "经费预算安排389000元，比上年预算增56400元，同比增长16.96%。",
                 # on another basis than the figures written
                 "教育经费上年100万元，本年120万元，按可比口径增长25%。",
                 # five years apart: the rate may be a year's or an average one, said without 年均
                 "财政收入由2018年的100万元增加到2023年的120万元，增长25%。"):
        assert _rule(text, "N-CHANGE") == [], text


def test_a_period_balance_is_its_income_less_its_spending():
    text = ("2023年医疗保险基金收入5000.00万元。其中：保费收入4000.00万元，利息收入20.00万元。1-12月基金支出"
            "4200.00万元。当期结余900.00万元，累计结余8000.00万元。")
    [f] = _rule(text, "N-SUM")
    assert f.severity == "error" and "800万元" in f.message and "900.00万元" in f.message
    [f] = _rule("全县社会保险基金收入1200万元，社会保险基金支出1000万元，当年收支结余250万元。", "N-SUM")
    assert f.severity == "error"


def test_a_balance_stays_silent_where_a_reading_holds_or_it_is_not_of_one_period():
    for text in ("2023年医疗保险基金收入5000.00万元，支出4200.00万元，当期结余800.00万元，累计结余8000.00万元。",
                 # a year-end or accumulated balance holds the years before
                 "基金收入5000万元，支出4200万元，年终结余9000万元。",
                 "基金收入5000万元，支出4200万元，累计结余9000万元。",
                 # a balance of a part of the fund
                 "基金收入5000万元，支出4200万元，统筹基金当年结余900万元。",
                 # the income written is a part, the fund's whole income unread
                 "基金收入5020.50。其中：保费收入5000万元，利息收入20.50万元。基金支出4200万元。当期结余820.50万元。",
                 # a transfer taken in the balance
                 "政府性基金收入5000万元，上级补助收入300万元，调出资金200万元，支出4200万元，当年结余900万元。",
                 # flows of any name taken in: carried over from last year, taken back by the treasury
                 "本级体育彩票公益金总收入1233.62万元，上年结转65.34万元，总支出1270.6万元，财政收回统筹6.86万元，"
                 "本年结余21.5万元。",
                 # a balance below zero, its sign read
                 "基金收入1846.09万元，支出2091.16万元，当年收支结余-245.07万元。"):
        assert _rule(text, "N-SUM") == [], text


def test_a_balance_whose_parts_already_say_it_is_reported_once():
    text = ("职工医疗保险基金总收入4799.27万元，基金总支出3861.57万元，当年结余937.30万元，其中：统筹基金结余234.23万元，"
            "个人账户结余703.47万元。")
    [f] = [f for f in _rule(text, "N-SUM") if f.severity == "error"]
    assert f.narrative[0].text == "937.30万元"


def test_a_page_printing_pinyin_after_its_characters_is_read_as_without_it():
    ruby = ("首四月累計(jì)為一百二十一億二千二百六十萬元，比去年同期八十億八千四百五十萬元，增長(zhǎng)了"
            "百分之{}點(diǎn)九。")
    assert _rule(ruby.format("四十九"), "N-CHANGE") == []
    [f] = _rule(ruby.format("四十五"), "N-CHANGE")
    assert f.severity == "error" and "49.95%" in f.message and "(jì)" not in f.message


def test_a_budget_compared_with_this_years_figure_names_its_base():
    # next year's budget against this year's: "比今年704.9亿元增加3.7亿元" names the base as "比上年…" does
    [f] = _rule("明年度岁出预算707.9亿元，比今年704.9亿元增加3.7亿元。", "N-CHANGE")
    assert f.severity == "error" and "704.9亿元" in f.message
    assert _rule("明年度岁出预算707.9亿元，比今年704.9亿元增加3.0亿元。", "N-CHANGE") == []
    assert _rule("明年度岁出预算707.9亿元，比本年度704.9亿元增加3亿元。", "N-CHANGE") == []


def test_parts_whose_levels_make_the_whole_bound_its_rise():
    text = "全镇财政收入4669万元，比去年增收{}万元。其中，工商税收208万元，比去年减收87万元；上级补助收入4461万元，完成年初预算计划14246万元的31.3%，比去年增收714万元。"
    # 208 + 4461 = 4669: nothing else is left now, so the whole rose by at most 714 − 87 = 627
    [f] = _rule(text.format(681), "N-SUM")
    assert f.severity == "error" and "627万元" in f.message
    # the rise the parts make, or less (an item gone since last year may have fallen): silent
    assert _rule(text.format(627), "N-SUM") == []
    assert _rule(text.format(600), "N-SUM") == []
    # the levels not making the whole: a part may be left out, silent
    assert _rule(text.format(681).replace("4669万元", "4800万元"), "N-SUM") == []


def test_a_share_of_a_whole_written_before_it_with_its_measure():
    text = ("市交通委公布的三公经费预算共计2588.98万元，因公出国(境)预算数为242万元，"
            "公务用车运行维护费2013年预算数2156.22万元，占三公经费的{}%。")
    [f] = _rule(text.format(84), "N-SHARE")
    assert f.severity == "error" and "83.28%" in f.message
    assert _rule(text.format(83), "N-SHARE") == []
    # the part of another measure than the whole written (决算 against a 预算 whole): not that whole
    assert _rule("三公经费预算共计2588.98万元，公务用车运行维护费决算数2156.22万元，占三公经费的84%。", "N-SHARE") == []
    # two wholes of the measure before it: which one is not said
    assert _rule("三公经费预算共计2588.98万元，上年三公经费预算2400万元，公务用车运行维护费预算数2156.22万元，"
                 "占三公经费的84%。", "N-SHARE") == []


def test_a_change_after_a_list_whose_whole_is_written_without_its_unit_is_not_bound_to_the_last_item():
    # the whole "50.48亿" is no figure (its 元 left out): the change may be of it, 141.68 − 50.48 = 91.2
    text = ("补助及协助收入编列50.48亿，包括中央一般性补助款17.56亿元、中央计划型补助款32.91亿元，占岁入总额16.58%，"
            "较上年度法定预算数141.68亿元，减少91.2亿元。")
    assert _rule(text, "N-CHANGE") == []
    # the last item alone, compared, is bound
    [f] = _rule("中央计划型补助款32.91亿元，较上年度法定预算数141.68亿元，减少91.2亿元。", "N-CHANGE")
    assert f.severity == "error"


def test_a_rate_of_numbers_grouped_by_four_holds():
    assert [f for f in found("岁入预算数1089,0827,000元，较上年度预算数1172,1955,000元，减少83,1128,000元，减少比率为7.09%。")
            if f.severity in ("error", "warning")] == []


def test_a_year_end_balance_is_what_the_year_began_with_plus_income_less_spending():
    text = ("2023年度上年结转和结余资金为98.45万元，本年收入1095.76万元，支出1193.35万元，用事业基金弥补收支差额0万元，"
            "结余分配0万元，年末结转和结余资金为{}万元。")
    [f] = _rule(text.format("5862.89"), "N-SUM")
    assert f.severity == "error" and "0.86万元" in f.message and "98.45万元" in f.message
    assert _rule(text.format("0.86"), "N-SUM") == []
    # what the year began with not written: the year-end balance holds it, not read
    assert _rule("本年收入1095.76万元，支出1193.35万元，年末结转和结余资金为5862.89万元。", "N-SUM") == []


def test_a_comparison_in_brackets_after_an_amount_is_no_breakdown():
    assert _rule("以移用以前年度岁计剩余69.84亿元（较原预算案拟移用数92.58亿元，减少移用22.74亿元）。", "N-SUM") == []
    [f] = _rule("三公经费12.36万元（公务接待0.12万元，公务用车12.34万元）。", "N-SUM")
    assert f.severity == "error"


def test_the_groups_averages_under_an_average_are_no_parts():
    text = ("2022年全国按在校学生人数平均的一般公共预算教育经费为15731.97元，比上年增长2.44%。其中，全国幼儿园为10198.39元，"
            "全国普通小学为12791.64元，全国普通初中为18151.98元。")
    assert [f for f in _rule(text, "N-SUM") if f.severity in ("error", "warning")] == []
    # an average made of the average's own components (income per head by source) still adds up
    [f] = _rule("农村常住居民人均可支配收入6838.86元。其中：工资性收入626.64元，经营净收入3781元，财产净收入129.58元，"
                "转移净收入2101.46元。", "N-SUM")
    assert f.severity == "error"


def test_an_excess_over_the_budget_is_no_change_on_last_year():
    text = ("全县财政收入累计完成95808万元，较上年同期80641万元增长18.8%，增收15167万元。其中：公共财政预算收入43101万元，"
            "完成预算40023万元的107.7%，超收3078万元，同比增长14.2%，增收5345万元；政府性基金收入26785万元，完成预算16634万元的"
            "161.0%，超收10151万元，同比增收6411万元，增长31.5%。")
    assert [f for f in _rule(text, "N-SUM") if "超收" in f.message] == []
