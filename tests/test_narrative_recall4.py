"""Recall of the narrative checks on sentence families met in the fifth corpus round and after."""

from __future__ import annotations

from .narrative_helpers import errors, found


def test_same_item_with_the_same_digits_in_yuan_is_a_unit_slip():
    text = ("“三公”经费合计31.23万元，其中：公务接待费1.58万元，公务用车运行维护费28.91万元，因公出国(境)费0.74万元。\n"
            "1、公务接待费\n2015年决算公开公务接待费1.58元，主要用于上级部门检查。")
    got = errors(text, {"N-UNIT-SLIP"})
    assert [(f.actual, f.expected) for f in got] == [("1.58元", "1.58万元")]
    assert "公务接待费" in got[0].message and "1.58万元" in got[0].message


def test_same_digits_of_another_item_are_not_an_error():
    text = ("“三公”经费合计31.23万元，其中：公务接待费1.58万元，公务用车运行维护费28.91万元，因公出国(境)费0.74万元。\n"
            "1、办公用品\n全年购置办公用品1.58元。")
    assert errors(text, {"N-UNIT-SLIP"}) == []


def test_same_item_in_yuan_in_a_text_written_in_yuan_is_silent():
    text = "公务接待费15800元，公务用车运行维护费289100元，会议费5200元。上年公务接待费15800万元的预算未执行。"
    assert found(text, {"N-UNIT-SLIP"}) == []


def test_per_capita_amount_of_the_same_item_is_silent():
    text = ("公用经费1.58万元，公务用车运行维护费28.91万元，其他支出3.2万元。\n"
            "人均公用经费1.58元。")
    assert errors(text, {"N-UNIT-SLIP"}) == []


def test_rate_of_two_written_figures_without_a_change_amount():
    text = "2011年中央财政拨款预算525725.68万元，与2010年执行总额的465850.32万元相比，预算增幅只是11%。"
    got = errors(text, {"N-CHANGE"})
    assert [f.actual for f in got] == [11]
    assert "12.85%" in got[0].message
    got = errors("一般公共预算收入20558万元，比上年18033万元增长12%。", {"N-CHANGE"})
    assert [f.actual for f in got] == [12] and "14.00%" in got[0].message


def test_rate_of_two_written_figures_that_holds_is_silent():
    assert found("一般公共预算收入20558万元，比上年18033万元增长14%。", {"N-CHANGE"}) == []
    assert found("预算525725.68万元，与2010年执行总额的465850.32万元相比，增幅为12.85%。", {"N-CHANGE"}) == []


def test_and_without_a_comparison_is_not_a_base():
    # "A和B，分别增长": two figures, each with its own growth — no comparison of one with the other
    assert found("收入3402万元和10002万元，分别增长17.3%。", {"N-CHANGE"}) == []
    assert found("收入100万元和支出80万元，增长5%。", {"N-CHANGE"}) == []


def test_change_amount_without_its_verb_is_not_a_base():
    text = "三公经费预算数为251.82万元，比上年预算数加23.47万元，与上年预算数相比增长10.27%。"
    assert errors(text, {"N-CHANGE"}) == []


_SECTIONS = ("“三公”经费支出总额为3825万元，比预算数减少{total}万元，下降23.70%。下降的原因主要是厉行勤俭节约。具体情况如下：\n"
             "一、因公出国(境)经费\n2017年因公出国(境)费99万元，比预算数减少31万元。团组13个。\n"
             "二、公务接待费\n2017年公务接待费1014万元，比预算数减少850万元。接待5636批次。\n"
             "三、公务用车购置及运行维护费\n2017年公务用车购置及运行维护费2712万元(其中:购置费0万元，运行维护费2712万元)，比预算数减少107万元。\n"
             "2017年未购置公务用车。\n")


def test_changes_of_the_three_items_under_their_own_headings_add_up_to_the_total_change():
    got = errors(_SECTIONS.format(total=1188), {"N-SUM"})
    assert [f.actual for f in got] == [1188]
    assert "988万元" in got[0].message


def test_changes_under_headings_that_add_up_are_silent():
    assert found(_SECTIONS.format(total=988), {"N-SUM"}) == []


def test_sections_end_at_a_heading_of_another_style():
    # the 三公 sections end before "（一）": the third item is not among the parts, so no complete list
    text = _SECTIONS.format(total=1188).replace("三、公务用车购置及运行维护费", "（一）公务用车购置及运行维护费")
    assert errors(text, {"N-SUM"}) == []


def test_carried_over_items_are_this_years_and_nested_parts_are_not_left_unchanged():
    from perfxl.narrative.structure import change_lists

    from .narrative_helpers import doc

    d = doc("2017年收入总预算501.98万元，同比减少11.66万元。其中：\n1、一般公共财政预算拨款507.37万元，同比减少19.96万元。\n"
            "2、上年结余收入8.3万元，同比增加8.3万元，增长100%；其中：其他结转5.39万元，同比增加5.39万元，增长100%。\n")
    [cl] = change_lists(d)
    assert [(g.text, name) for g, name, _ in cl.parts] == [("19.96万元", "一般公共财政预算拨款"), ("8.3万元", "上年结余收入")]
    assert cl.unknown == [] and cl.unchanged == []


def test_last_years_figure_is_still_last_years():
    from perfxl.narrative.structure import is_earlier

    from .narrative_helpers import doc

    d = doc("上年支出80万元，上年结转收入8万元。")
    assert [is_earlier(f, []) for f in d.figures] == [True, False]


_ZEROS = ("2019年三公经费支出合计585.53万元，同比减少144.92万元。\n"
          "其中：因公出国(境)经费0万元，同比减少0万元。公务用车购置及运行费{car}万元，同比减少{car_down}万元。"
          "各部门单位严把车辆管控关，严禁公车私用。公务接待费0.00万元，同比减少0.11万元。{tail}")


def test_a_zero_is_written_to_the_precision_of_the_amounts_beside_it():
    # 0 + 144.92 + 0.11 = 145.03: with "0" read as ±0.5 the total change would hold
    got = errors(_ZEROS.format(car="585.53", car_down="144.92", tail=""), {"N-SUM"})
    assert [f.actual for f in got] == [144.92]
    assert "145.03万元" in got[0].message


def test_a_zero_among_whole_amounts_keeps_its_half_unit():
    # 585万元 is written without decimals: the zeros may be rounded too, and the list holds
    assert errors(_ZEROS.format(car="585", car_down="144.92", tail=""), {"N-SUM"}) == []


def test_changes_that_add_up_across_a_sentence_of_reasons_are_silent():
    assert found(_ZEROS.format(car="585.53", car_down="144.81", tail=""), {"N-SUM"}) == []


def test_a_sentence_of_another_item_after_the_reasons_ends_the_list():
    # 会议费 is not one of the three items: the list ends before it, its change is not a part
    text = _ZEROS.format(car="585.53", car_down="144.81", tail="全年会议费2.5万元，同比减少1.2万元。")
    assert found(text, {"N-SUM"}) == []


def test_a_correction_quoting_the_slip_is_not_a_unit_slip():
    text = ("“三公”经费合计31.23万元，其中：公务接待费1.58万元，公务用车运行维护费28.91万元，因公出国(境)费0.74万元。\n"
            "更正说明：决算公开表中公务接待费误写为1.58元，应为1.58万元。")
    assert errors(text, {"N-UNIT-SLIP"}) == []


def test_a_figure_of_a_year_after_the_base_year_is_never_the_base():
    text = "2023年度收、支总计均为1,145.52万元。与2022年度相比，收、支总计各增加342万元，增长29.86%。"
    got = errors(text, {"N-CHANGE"})
    assert [f.actual for f in got] == [29.86] and "42.56%" in got[0].message
    text = "2021年度收入总计1,151.41万元，支出总计1,151.41万元，与2020年度相比，各增加29.6万元，增长2.57%。"
    got = errors(text, {"N-CHANGE"})
    assert [f.actual for f in got] == [2.57] and "2.64%" in got[0].message


def test_the_same_changes_with_their_right_rates_are_silent():
    assert found("2023年度收、支总计均为1,145.52万元。与2022年度相比，收、支总计各增加342万元，增长42.56%。", {"N-CHANGE"}) == []
    text = "2021年度收入总计1,151.41万元，支出总计1,151.41万元，与2020年度相比，各增加29.6万元，增长2.64%。"
    assert found(text, {"N-CHANGE"}) == []


def test_a_figure_without_a_later_year_may_still_be_the_base():
    # no year on the figure: "A是上年数" stays a reading, so no error
    text = "收、支总计均为1,145.52万元。与上年相比，收、支总计各增加342万元，增长29.86%。"
    assert errors(text, {"N-CHANGE"}) == []


_TRANSFER = ("上级共计下达我乡转移支付资金{total}万元，其中返还性收入52万元，一般性转移支付收入1937万元，主要是体制补助收入150万元，"
             "结算补助收入1745万元，其他一般转移支付收入42万元；专项转移支付收入110万元。")


def test_a_list_read_on_past_its_first_semicolon_when_that_completes_a_group():
    # 返还性 + 一般性 + 专项 转移支付 are every part of it: the list does not end at the first semicolon
    got = errors(_TRANSFER.format(total="2085"), {"N-SUM"})
    assert [f.actual for f in got] == [2085] and "2099万元" in got[0].message


def test_the_complete_group_that_adds_up_is_silent():
    assert found(_TRANSFER.format(total="2099"), {"N-SUM"}) == []


def test_a_comma_list_still_ends_at_its_semicolon_without_a_group():
    text = "收入合计2085万元，其中税收收入52万元，非税收入1937万元；另有上年结转110万元。"
    assert errors(text, {"N-SUM"}) == []


_ITEMS = "一是布达拉宫管理处，下达预算资金{total}万元。具体是：雪城修缮展示工程项目3005万元；二期结构检测工程项目1235万元；消防提升工程项目1613万元{etc}。"


def test_a_list_the_text_calls_its_itemisation_is_complete():
    got = errors(_ITEMS.format(total="7466", etc=""), {"N-SUM"})
    assert [f.actual for f in got] == [7466] and "5853万元" in got[0].message


def test_an_itemisation_that_adds_up_or_ends_with_etc_is_silent():
    assert found(_ITEMS.format(total="5853", etc=""), {"N-SUM"}) == []
    assert errors(_ITEMS.format(total="7466", etc="等"), {"N-SUM"}) == []


_SOURCES = ("2023年收入预算{total}万元，其中：\n1、财政拨款3362.61万元；\n2、专户管理的事业收入434万元；\n3、单位资金收入0万元；\n"
            "4、政府性基金安排的收入0元。\n")


def test_income_listed_down_to_its_sources_of_zero_is_every_source():
    got = errors(_SOURCES.format(total="3814.61"), {"N-SUM"})
    assert [f.actual for f in got] == [3814.61] and "3796.61万元" in got[0].message


def test_income_sources_that_add_up_or_a_list_without_zeros_are_silent():
    assert found(_SOURCES.format(total="3796.61"), {"N-SUM"}) == []
    text = "2023年收入预算3814.61万元，其中：\n1、财政拨款3362.61万元；\n2、专户管理的事业收入434万元。\n"
    assert errors(text, {"N-SUM"}) == []
    # an item whose amount cannot be read leaves the list open
    text = ("本年收入合计6023.69万元，其中：财政拨款收入5505.38万元；上级补助收入0万元；事业收入514.89万元；"
            "经营收入0万元；其他收入3.")
    assert errors(text, {"N-SUM"}) == []


_LINES = ("一般性转移支付决算数为{total}万元，其中：(一)均衡性转移支付13460万元，主要用于均衡财力差异。\n"
          "(二)基本财力保障补助4022万元，主要用于“保工资、保运转、保民生”。\n(三)其他一般性转移支付18016万元。\n")


def test_numbered_lines_whose_first_item_shares_the_line_of_its_其中():
    got = errors(_LINES.format(total="32976"), {"N-SUM"})
    assert [f.actual for f in got] == [32976] and "35498万元" in got[0].message


def test_those_lines_adding_up_are_silent():
    assert found(_LINES.format(total="35498"), {"N-SUM"}) == []


_WHOLE = ("1-9月，全市财政支出完成267.37亿元，为预算的84.4%。\n医疗卫生与计划生育支出42.76亿元，增长29.4%，占财政支出总量的16%。\n"
          "社会保障和就业支出27.36亿元，增长12.0%，占财政支出总量的{pct}。")


def test_a_whole_named_with_总量_is_the_whole_of_that_name():
    got = errors(_WHOLE.format(pct="16%"), {"N-SHARE"})
    assert [f.actual for f in got] == [16] and "10.23%" in got[0].message


def test_shares_of_that_whole_that_hold_are_silent():
    assert found(_WHOLE.format(pct="10.2%"), {"N-SHARE"}) == []


def test_a_total_written_as_a_figure_plus_others():
    text = "全区一般公共预算本级支出2243万元，加上上解上级支出1万元，结转下年项目支出106万元后，支出总计2243万元。"
    got = errors(text, {"N-SUM"})
    assert [f.actual for f in got] == [2243] and "2350万元" in got[0].message
    text = "全区政府性基金预算支出40万元，主要是抗疫特别国债40万元。结转下年项目支出4万元后，支出总计40万元。"
    got = errors(text, {"N-SUM"})
    assert [f.actual for f in got] == [40] and "44万元" in got[0].message


def test_additions_that_hold_on_some_base_are_silent():
    # the base is 地方一般公共预算收入, not the 总收入 written before it: one reading holds
    text = ("全区一般公共预算总收入410338万元，完成调整后预算的97.3%，其中地方一般公共预算收入271630万元，下降4.7%；"
            "加上级补助收入120846万元，上年结余收入42690万元，债务转贷收入16714万元，调入预算稳定调节基金44421万元，"
            "调入资金18300万元，收入合计514601万元。\n"
            "一般公共预算支出361315万元(含上级补助和上年项目结转等支出，下同)，下降11.8%；加上解上级支出52441万元，"
            "债务还本支出6751万元，安排预算稳定调节基金28478万元(累计稳定调节基金43429万元)，支出合计448985万元。")
    assert found(text, {"N-SUM"}) == []
    text = "全区一般公共预算本级支出2243万元，加上上解上级支出1万元，结转下年项目支出106万元后，支出总计2350万元。"
    assert found(text, {"N-SUM"}) == []


def test_increase_and_decrease_words_are_not_additions():
    text = "本级支出2243万元，比上年增加1万元，减少项目支出106万元，支出合计2243万元。"
    assert errors(text, {"N-SUM"}) == []


_IN = "在支出合计{total}亿元中，基本支出188.89亿元，占90.66%；项目支出19.45亿元，占9.34%。"


def test_parts_listed_in_a_whole_written_as_在x中():
    got = errors(_IN.format(total="218.78"), {"N-SUM", "N-SHARE"})
    # the total is wrong; the shares hold against the parts' sum, as the 100 % they add up to says
    assert [(f.rule, f.actual) for f in got] == [("N-SUM", 218.78)] and "208.34亿元" in got[0].message


def test_parts_in_a_whole_that_add_up_are_silent():
    assert found(_IN.format(total="208.34"), {"N-SUM", "N-SHARE"}) == []
    # "在职人员" is no "在…中"
    assert errors("在职人员工资218.78万元，基本工资188.89万元，津贴19.45万元。", {"N-SUM"}) == []


def test_words_beginning_with_加_or_减_are_not_additions():
    text = "公用经费120万元，加油费5万元，减征所得税3万元，支出合计120万元。"
    assert errors(text, {"N-SUM"}) == []
    text = "本级收入238965万元，加调入资金98065万元，收入合计337030万元。"
    assert found(text, {"N-SUM"}) == []
    got = errors("本级收入238965万元，加调入资金98065万元，收入合计347030万元。", {"N-SUM"})
    assert [f.actual for f in got] == [347030]


def test_a_completion_rate_written_with_a_minus_sign_is_read_and_checked():
    text = "“三公”经费支出预算为23.40万元，支出决算为7.2万元，完成预算的-69.23%。"
    got = errors(text, {"N-RATE"})
    assert [f.actual for f in got] == [-69.23] and "30.77%" in got[0].message


def test_a_right_completion_rate_and_ranges_stay_silent():
    assert found("“三公”经费支出预算为23.40万元，支出决算为7.2万元，完成预算的30.77%。", {"N-RATE"}) == []
    # a range, and a change written with a sign, are not signed completion rates
    assert found("完成5-15户的改造任务，较上年下降-81.75%。", {"N-RATE", "N-CHANGE"}) == []


def test_one_figure_for_two_items_changing_each_may_be_their_sum():
    # "收、支总计2608.66万元" with "各增加55.49万元，增长4.4%": each is 1304.33, 55.49 ÷ 1248.84 = 4.44 %
    text = "2017年度财政拨款收、支总计2608.66万元。与2016年相比，财政拨款收、支总计各增加55.49万元，增长4.4%。"
    assert errors(text, {"N-CHANGE"}) == []
    wrong = text.replace("增长4.4%", "增长6.4%")
    assert [f.actual for f in errors(wrong, {"N-CHANGE"})] == [6.4]
