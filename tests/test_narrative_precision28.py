"""Precision of the readings on text laid out the way other units publish it: page numbers and cut
figures of a text copied from a PDF, numbers in Chinese numerals over a line break."""

from __future__ import annotations

from perfxl.narrative.structure import view_of
from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


# the income of a 决算说明 whose first item's bracket goes on over a page footer
_INCOME = ("本年收入合计7,977.75万元；包括财政拨款收入4,436.33万元（其中，一般公共{br}预算3,999.53万元，"
           "政府性基金预算436.80万元），占收入合计{share}%；事业收入3,541.41万元，占收入合计44.39%。")


def test_a_page_number_inside_a_sentence_is_read_past():
    # "— 2 —", "- 3 -", "2", "第2页 共5页" on a line of their own between the halves of a sentence
    for footer in ("— 2 —", "- 3 -", "2", "第 2 页 共 5 页", "2/5"):
        text = _INCOME.format(br=f"\n{footer}\n", share="55.61")
        assert _rule(text, "N-SHARE") == [], footer
    for footer in ("2", "— 12 —"):
        text = ("2022年，一般公共预算收入实际完成15.39亿元，比\n" + footer +
                "\n上年决算数14.94亿元增长3.0%，加上上级补助收入13.36亿元、债券转贷收入2.05亿元、调入资金0.05亿元、"
                "动用预算稳定调节基金0.87亿元、上年结余0.67亿元，收入合计32.39亿元。")
        assert [f for f in found(text) if f.severity == "error"] == [], footer


def test_the_page_number_goes_blank_with_its_breaks_and_the_offsets_stay():
    text = "税收收入完成66342万元，较上年同期增长18.39%，增\n— 2 —\n收10304万元。"
    view = view_of(text)
    assert len(view) == len(text) and "增收" in view and "2" not in view[view.index("增收"):view.index("10304")]


def test_a_share_beside_a_page_number_is_still_checked():
    # the same text with the share written wrong: the error still fires past the footer
    for footer in ("— 2 —", "2"):
        [f] = _rule(_INCOME.format(br=f"\n{footer}\n", share="50.61"), "N-SHARE")
        assert f.severity == "error" and "55.61%" in f.message, footer


def test_a_page_number_line_after_a_finished_sentence_stays_a_line():
    # a sentence that ends before the footer is not joined to the next over it
    view = view_of("收入合计100万元。\n2\n支出合计90万元。")
    assert view == "收入合计100万元。\n2\n支出合计90万元。"


# an infographic's text: the total, its 其中 list one item a line, the change after the list
_CARS = ("我市公务用车购置及运行维护费3371.9万元\n其中，公务用车购置费 232万{cut}元\n公务用车运行维护费 3139.9万元\n"
         "比2016年减少{change}万元，下降24.6%。")


def test_a_line_holding_the_rest_of_a_cut_figure_is_read_with_the_line_it_completes():
    # "232万⏎元⏎…": the line "元" is no short line of its own; the list goes on as without the cut
    for cut in ("", "\n"):
        assert _rule(_CARS.format(cut=cut, change="1097.7"), "N-CHANGE") == [], repr(cut)
    view = view_of(_CARS.format(cut="\n", change="1097.7"))
    assert "232万 元，公务用车运行维护费" in view


def test_an_item_alone_on_its_lines_with_its_change_is_still_checked():
    [f] = _rule("公务用车运行维护费3139.9万\n元\n比2016年减少1097.7万元，下降30.6%。", "N-CHANGE")
    assert f.severity == "error"


# a Macao-style statement in Chinese numerals with "‧" as the point
_MACAO = "今年一至五月，特區政府公共財政收{br}入六百一十一‧三億元，其中稅收收入五百零七億元，非稅收入{other}億元。"


def test_a_number_in_chinese_numerals_after_a_wrapped_word_stays_whole():
    view = view_of(_MACAO.format(br="\n", other="一百零四‧三"))
    assert "收入 六百一十一‧三亿元" in view
    assert _rule(_MACAO.format(br="\n", other="一百零四‧三"), "N-SUM") == []
    # the sum written wrong is caught over the break as on one line, quoting the figure as written
    for br in ("", "\n"):
        [f] = _rule(_MACAO.format(br=br, other="一百零五‧三"), "N-SUM")
        assert f.severity == "error" and "六百一十一‧三億元" in f.message and "612.3" in f.message, repr(br)


def test_a_wrapped_word_before_other_chinese_numerals_still_moves_whole():
    # "其⏎中一般公共预算…": only a number with a point stops the word; "一般" is a word
    assert view_of("本部门本年度的预算收入情况如下：其\n中一般公共预算100万元") == \
        "本部门本年度的预算收入情况如下：其中一般公共预算 100万元"


# two reports in one text (a 2023 决算说明 followed by a 2022 one): "收支" named in the second report
_TWO_YEARS = ("2023年度收、支总计均为1164.11万元。与2022年度相比，收、支总计各减少1377.02万元，下降54.19%。\n"
              "1.总体情况。2022年度收入总计1651.74万元，支出总计1651.74万元。收支较上年决算数增加66.02万元、"
              "增长{rate}%，主要原因是业务收入增加。")


def test_a_change_is_not_bound_as_written_to_a_figure_of_another_years_paragraph():
    # the figure of the same name is in a paragraph of 2023; the change's paragraph speaks of 2022
    for rate in ("4.1", "9.1"):
        assert [f for f in found(_TWO_YEARS.format(rate=rate)) if f.severity == "error"] == [], rate
    text = ("2020年公务用车购置及运行费决算支出785万元，其中：公务用车购置费274万元，公务用车运行维护费511万元。\n"
            "2019年，市本级“三公”经费预算为3328万元，同口径比2018年减少830万元，下降20%。其中：公务用车购置费"
            "同口径比2018年减少334万元，下降90%。")
    assert [f for f in found(text) if f.severity == "error"] == []


def test_a_change_bound_to_a_figure_of_its_own_years_paragraph_is_still_checked():
    # the same figure in the change's own paragraph, or in one that says no other year
    for text in ("2023年度收、支总计均为1164.11万元。\n2023年度决算情况。收支较上年决算数增加66.02万元，增长9.1%。",
                 "2023年度收、支总计均为1164.11万元。\n收支较上年决算数增加66.02万元，增长9.1%。"):
        [f] = _rule(text, "N-CHANGE")
        assert f.severity == "error" and "6.01%" in f.message, text


# a city's bulletin followed by a province's: "占一般公共预算支出" of the province, not of the city's figure
_PLACES = "截至4月底，全市一般公共预算支出完成372037万元，较上年同期增长9.66%。\n2018年，{place}一般公共预算教育经费为60000万元，占{whole}一般公共预算支出的比例为19.81%。"


def test_a_whole_of_another_place_is_no_written_whole_of_a_share():
    for place, whole in (("全省", ""), ("全省", "全省")):
        assert _rule(_PLACES.format(place=place, whole=whole), "N-SHARE") == [], place + whole


def test_a_whole_of_the_same_place_or_of_no_place_is_still_the_shares_whole():
    for place, whole in (("全市", ""), ("", ""), ("全市", "全市")):
        [f] = _rule(_PLACES.format(place=place, whole=whole), "N-SHARE")
        assert f.severity == "error" and "16.13%" in f.message, place + whole


def test_a_whole_named_with_its_league_or_province_is_the_whole_of_that_name():
    # "全盟一般公共预算收入" is "一般公共预算收入" as "全市…" is: the latest of that name is the whole
    text = ("全年财政总收入955亿元，其中，一般公共预算收入604亿元，增长11.1%。\n全盟一般公共预算收入累计完成310682万元，"
            "同比增加23188万元。税收收入累计完成213251万元，占一般公共预算收入的{rate}%。")
    assert _rule(text.format(rate="68.6"), "N-SHARE") == []
    [f] = _rule(text.format(rate="60.6"), "N-SHARE")
    assert f.severity == "error" and "68.64%" in f.message


def test_one_part_over_a_total_with_words_between_them_is_no_error():
    # "另外，…民生领域也加大了财政投入。其中：" is of the investment that sentence names without an amount
    for text in ("2022年，全区卫生健康支出51989万元，主要用于疫情防控。\n另外，2022年全区在城乡社区、农林水等民生领域也"
                 "加大了财政投入。其中：城乡社区支出59045万元，重点用于城市管理。此外，农林水支出25055万元。",
                 "2022年，全区卫生健康支出51989万元，主要用于疫情防控。另外，全区在民生领域也加大了投入。其中：城乡社区支出59045万元。"):
        assert _rule(text, "N-SUM") == [], text


def test_one_part_over_the_total_right_before_its_list_is_still_an_error():
    for text in ("2022年，全区卫生健康支出51989万元，主要用于疫情防控。其中：城乡社区支出59045万元。",
                 "2022年，全区卫生健康支出51989万元。\n其中：城乡社区支出59045万元。"):
        [f] = _rule(text, "N-SUM")
        assert f.severity == "error" and "59045万元" in f.message, text


# a 其中 list pasted one item a line, the change of the list's total after the last item on its line
_TRANSFERS = ("(2)转移性收入433370万元，其中：\n返还性收入6978万元\n一般性转移支付收入381517万元（其中：疫情减收增支补助收入"
              "40755万元）、专项转移支付收入44875万元{sep}比报告数{base}万元增加8051万元{sep}比2019年决算数增长18.8%。")


def test_a_change_after_the_last_line_of_a_list_may_be_of_the_lists_total():
    for sep in ("，", "\n"):
        assert _rule(_TRANSFERS.format(sep=sep, base="425319"), "N-CHANGE") == [], repr(sep)


def test_a_change_after_the_last_line_of_a_list_fitting_no_figure_is_still_an_error():
    for sep in ("，", "\n"):
        [f] = _rule(_TRANSFERS.format(sep=sep, base="425419"), "N-CHANGE")
        assert f.severity == "error" and "425419万元" in f.message, repr(sep)


# "收入A，剔除上划B，本级收入C" written as rows: C is A less B, the parts are C and the rest
_INCOME_ROWS = ("2021年，全区收入完成总计510,687万元。其中：\n一般公共预算收入完成171,697万元\n剔除上划市级收入71,238万元\n"
                "区本级一般公共预算收入完成{own}万元\n上级补助收入330,173万元\n新增债券收入15,900万元\n再融资债券收入53,550万元\n"
                "政府性基金调入10,000万元\n一般公共预算上年结余{rest}万元")


def test_an_amount_taken_out_of_the_item_before_with_what_is_left_written_after_is_read_so():
    assert _rule(_INCOME_ROWS.format(own="100,459", rest="605"), "N-SUM") == []


def test_a_list_with_an_amount_taken_out_still_has_to_add_up():
    # the rest changed, or what is left not A less B: no reading holds
    for own, rest in (("100,459", "705"), ("110,459", "605")):
        [f] = _rule(_INCOME_ROWS.format(own=own, rest=rest), "N-SUM")
        assert f.severity == "error" and "510,687万元" in f.message, (own, rest)


def test_a_whole_whose_sentence_names_another_place_is_no_written_whole():
    # "全县…财政收入32559万元" is not the whole of "全市税收收入28.1亿元，占财政收入比重为73.5%"
    text = ("全年全县财政总收入222827万元，同比增长9.6%，一般公共预算收入97092万元，财政收入32559万元。\n"
            "全市税收收入28.1亿元，占财政收入比重为73.5%，比去年同期提升4.8个百分点。")
    assert _rule(text, "N-SHARE") == []
    [f] = _rule(text.replace("全市税收", "全县税收").replace("28.1亿元", "2.81亿元"), "N-SHARE")
    assert f.severity == "error" and "86.30%" in f.message


# a share whose whole is named but not written in its paragraph, a figure of that name elsewhere
_ELSEWHERE = "全市一般公共预算收入合计{whole}，增长5.1%。\n税收收入完成90623万元，占一般公共预算收入比重为{rate}%。"


def test_a_whole_of_another_paragraph_ten_times_off_is_no_written_whole():
    # 90623万元 of 1144.4亿元 is 0.79 %: the 87.96 % is of a whole this text does not write
    assert _rule(_ELSEWHERE.format(whole="1144.4亿元", rate="87.96"), "N-SHARE") == []
    # written after the share, in a text that follows, as well
    text = "本年度公益性资金收入41.31万元，占总收入的14.79%。\n2011年全年五项社会保险基金收入合计24043亿元，同比增长27.7%。"
    assert _rule(text, "N-SHARE") == []


def test_a_whole_of_another_paragraph_near_the_share_or_of_its_own_paragraph_is_still_checked():
    # (a share written as a fraction with "%", 0.08% for 8 %, is an error however far it is)
    for whole, rate in (("1144.4亿元", "0.89"), ("114.44亿元", "7.96"), ("114.44亿元", "0.08")):
        [f] = _rule(_ELSEWHERE.format(whole=whole, rate=rate), "N-SHARE")
        assert f.severity == "error", (whole, rate)
    [f] = _rule("全市一般公共预算收入合计1144.4亿元，其中税收收入完成90623万元，占一般公共预算收入比重为87.96%。", "N-SHARE")
    assert f.severity == "error" and "0.79%" in f.message


# another text's figure of the same name before a change: "公务接待费同比减少897万元，下降17.63%" implies about 4191万元
_HOSTING = ("2020年度公务接待费支出决算{current}万元。\n其中：因公出国（境）费用同比增加53万元，增长9.08%；公务接待费同比"
            "减少897万元，下降{rate}%，主要是严格落实中央八项规定。")


def test_a_change_bound_by_name_to_a_figure_far_from_what_it_implies_is_a_reading():
    # 1.5万元 is not what fell by 897万元: the finding names the reading as a warning, no error
    [f] = _rule(_HOSTING.format(current="1.5", rate="17.63"), "N-CHANGE")
    assert f.severity == "warning"


def test_a_change_bound_by_name_to_a_figure_near_what_it_implies_is_still_checked():
    # near it the rate is checked; a rate written as a fraction with "%" (0.1763% for 17.63 %) too
    for current, rate in (("4191", "27.63"), ("4191", "0.1763")):
        [f] = _rule(_HOSTING.format(current=current, rate=rate), "N-CHANGE")
        assert f.severity == "error", (current, rate)
    assert _rule(_HOSTING.format(current="4191", rate="17.63"), "N-CHANGE") == []


def test_a_fall_of_over_a_hundred_percent_stays_an_error_whatever_figure_it_is_bound_to():
    [f] = _rule(_HOSTING.format(current="1.5", rate="116.55"), "N-CHANGE")
    assert f.severity == "error"


# several cities' lines in one bulletin: "全市一般公共预算支出执行128.9亿元" is the city's whole
_CITIES = ("1-4月份，全省一般公共预算支出1649.8亿元，比上年增长16.9%。\n晋城市一般公共预算收入完成93.7亿元，同比增长83.2%。"
           "全市一般公共预算支出执行128.9亿元，同比增长34.9%。其中，民生支出104.6亿元，占一般公共预算支出的{rate}%。\n"
           "长治市一般公共预算收入完成100.1亿元。全市一般公共预算支出144.02亿元，同比增长16.1%。")


def test_an_amount_named_with_its_verb_执行_is_the_whole_of_that_name():
    assert _rule(_CITIES.format(rate="81.2"), "N-SHARE") == []
    [f] = _rule(_CITIES.format(rate="105.6"), "N-SHARE")
    assert f.severity == "error" and "128.9亿元" in f.message and "81.15%" in f.message


def test_a_closing_total_after_an_items_remark_may_close_the_items_around_it():
    # "144名含高考特困生5名，下学期77名，合计221人": 144 and 77, the 含 remark holding one amount
    text = "全市共资助特困生：上学期资助特困生144名含高考特困生5名，下学期资助特困生77名，合计{total}人。"
    assert _rule(text.format(total="221"), "N-SUM") == []
    [f] = _rule(text.format(total="231"), "N-SUM")
    assert f.severity == "error"
    # a 其中 breakdown at the end of the list is still the breakdown only, its parts no siblings
    [f] = _rule("办公费10万元，维修费15万元，其中材料费6万元，人工费9万元，合计35万元。", "N-SUM")
    assert f.severity == "error"


_ADDED = ("在执行过程中增加支出包括：债券支出3.9亿元，预算稳定调节基金调入用于支出增加3亿元，化债支出增加6980万元，"
          "调减年初预算安排的项目支出2.44亿元，合计{total}亿元。")


def test_a_closing_total_of_items_said_as_increases_and_cuts_is_read_with_their_signs():
    assert _rule(_ADDED.format(total="5.16"), "N-SUM") == []


def test_a_closing_total_of_signed_items_that_fits_no_reading_is_still_an_error():
    [f] = _rule(_ADDED.format(total="6.16"), "N-SUM")
    assert f.severity == "error"


# a page ends after a short line: "据悉，市本级⏎第 2 页 共 5 页⏎政府采购规模为10.29亿元…"
_PROCUREMENT = ("2024年，全市政府采购规模为32.72亿元，较采购计划节约资金5.51亿元。\n据悉，市本级\n第 2 页 共 5 页\n"
                "政府采购规模为10.29亿元，较采购计划节约资金1.44亿元。从结构上看，全市货物、工程、服务政府采购规模分别为"
                "14.71亿元、5.65亿元和12.36亿元，占全市政府采购规模比例为{rate}%、17.27%和37.77%。")


def test_the_line_before_a_page_number_runs_on_however_short():
    # the name goes on over the page: the 10.29亿元 is 市本级's, not the 全市 whole of the shares
    assert [f for f in found(_PROCUREMENT.format(rate="44.96")) if f.severity == "error"] == []


def test_a_share_after_a_page_break_is_checked_against_its_whole():
    [f] = _rule(_PROCUREMENT.format(rate="54.96"), "N-SHARE")
    assert f.severity == "error" and "32.72亿元" in f.message
