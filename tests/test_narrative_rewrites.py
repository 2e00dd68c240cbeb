"""The same report written in another form keeps its findings (bench/rewrites.py): full-width figures, PDF wraps,
traditional script, spaced units, thousands separators, ASCII punctuation, paragraph markers."""

from __future__ import annotations

from tests.narrative_helpers import errors, found

# -- full-width figures grouped by the full-width comma ("１，６６８．２８万元", typed in full-width mode) --

_WIDE = ("本年支出合计２，２６１．９０万元，其中：基本支出１，６６８．２８万元，占{}％；"
         "项目支出５９３．６２万元，占２６．２４％。")


def test_a_full_width_comma_grouping_full_width_digits_is_part_of_the_number():
    # 1668.28 / 2261.90 = 73.756 %: read as "６６８．２８" over "２６１．９０" it was 255 %
    assert [f for f in found(_WIDE.format("７３．７６")) if f.severity in ("error", "warning")] == []


def test_a_wrong_share_of_full_width_grouped_amounts_is_still_an_error():
    [e] = errors(_WIDE.format("６３．７６"))
    assert e.rule == "N-SHARE" and "73.76%" in e.message


def test_a_full_width_comma_between_ascii_digits_or_before_a_short_group_stays_a_comma():
    # "1，234" and "１２，３４" are two numbers each (a list), never one
    assert [f.text for f in doc_figures("分别为1，234万元和12万元。")] == ["234万元", "12万元"]
    assert [f.text for f in doc_figures("分别为１２，３４万元和５万元。")] == ["３４万元", "５万元"]


def doc_figures(text):
    from tests.narrative_helpers import doc

    return [f for f in doc(text).figures]


# -- a PDF wrap inside the brackets of a marked line ("2、…17070万元(其中:待遇支⏎出9183万元;…)") --

_CUT_IN_BRACKETS = ("2、医保基金支出:17070万元(其中:待遇支\n出9183万元;上解支出7825万元;其他支出63万元);"
                    "比上年同期减少6364万元,下降{}%(主要原因为实行统收统支政策)。")


def test_a_marked_line_cut_inside_its_brackets_is_no_heading():
    # the change is the whole's (17070 + 6364 = 23434, 6364 / 23434 = 27.16 %), not the last part's in the brackets
    assert [f for f in found(_CUT_IN_BRACKETS.format("27.2")) if f.severity in ("error", "warning")] == []


def test_a_wrong_rate_after_brackets_cut_by_a_wrap_is_still_an_error():
    [e] = errors(_CUT_IN_BRACKETS.format("37.2"))
    assert e.rule == "N-CHANGE" and "27.16%" in e.message


# -- a PDF wrap right after a semicolon ("…增长168.7%;⏎比2019年(疫情前)决算数减少24.87万元…。其中:…") --

_SEMICOLON_WRAP = ("广东省财政厅2023年度“三公”经费财政拨款支出决算为62.07万元,完成全年预算84.82万元的73.2%,"
                   "比上年决算数增加38.97万元,增长168.7%;\n比2019年(疫情前)决算数减少24.87万元,降低28.6%。"
                   "其中:因公出国(境)费支出决算为12.02万元,比上年决算数增加12.02万元;公务接待费支出决算为{}万元,"
                   "比上年决算数增加20.00万元;公务用车购置及运行维护费支出决算为30万元,比上年决算数增加6.95万元。")


def test_a_long_line_ending_with_a_semicolon_goes_on_in_the_next():
    # the parts' changes over 上年 (12.02 + 20.00 + 6.95 = 38.97) are the whole's over 上年, not its change over 2019
    assert [f for f in found(_SEMICOLON_WRAP.format("20.05")) if f.severity in ("error", "warning")] == []


def test_parts_over_a_whole_written_before_a_semicolon_wrap_are_still_summed():
    # 12.02 + 30.05 + 30 = 72.07 over a whole of 62.07
    assert any(e.rule == "N-SUM" and "72.07万元" in e.message for e in errors(_SEMICOLON_WRAP.format("30.05")))


def test_a_line_ending_with_a_semicolon_after_the_total_of_a_count_goes_on():
    text = ("截止9月末,固定电话用户105.3万户,同比下降8.2%;\n移动电话用户数1170.6万户,同比下降7.7%,其中5G终端用户341.6万户,"
            "比年初增加283.7万户,4G用户845.0万户,比年初减少126.9万户;固定互联网宽带接入用户规模增长明显。")
    # 5G terminals and 4G users may overlap: the line alone made 移动电话用户数 the only whole of the two
    assert errors(text) == []


_USES = ("2017年,全市新增地方政府债券25.80亿元,包括一般债券11.00亿元,专项债券14.80亿\n元。其中:用于土地储备8.30亿元,占比{}%;\n"
         "用于公路建设7.30亿元,占比28.3%;用于农林水利建设3.75亿元,占比14.5%;\n用于文化建设0.70亿元,占比2.7%;用于生态建\n"
         "设和环境保护0.65亿元,占比2.5%;用于市政建设0.45亿元,占比1.7%;用于医疗卫\n生、教育及其他4.65亿元,占比18.1%。")


def test_a_wrapped_line_that_ends_with_a_semicolon_goes_on_though_it_opens_a_list():
    # the shares add up to 100 % over the whole paragraph: each is of the 25.80亿元 (8.30 / 25.80 = 32.17 %)
    assert [f for f in found(_USES.format("32.2")) if f.severity in ("error", "warning")] == []


def test_a_list_wrapped_after_its_semicolons_is_read_as_the_same_list_on_one_line():
    def seen(text):
        return sorted((f.rule, f.severity, f.narrative[0].start) for f in found(text) if f.severity in ("error", "warning"))

    wrong = _USES.format("42.2")
    assert seen(wrong) == seen(wrong.replace("\n", " "))
    assert any(e.rule == "N-SHARE" and "土地储备8.30亿元" in e.message for e in errors(wrong))


# -- a form's lines read as written, in traditional script or with full-width digits --

_FORM = "計劃生育家庭特別扶助制度補助資金(萬元)\n年度預算資金總額: 321.25 \n其中:中央補助 166.00 \n市級資金 136.00 \n本級資金(包括結轉結餘) {} \n"


def _wide(text):
    return text.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))


def test_the_lines_of_a_form_in_traditional_script_or_full_width_digits_are_summed():
    # 166.00 + 136.00 + 20.25 = 322.25 over a whole of 321.25, as in simplified script and ASCII digits
    for text in (_FORM.format("20.25"), _wide(_FORM.format("20.25"))):
        [e] = errors(text)
        assert e.rule == "N-SUM" and "322.25" in e.message and "年度预算资金总额" in e.message


def test_the_lines_of_a_form_that_add_up_stay_silent_in_any_script():
    for text in (_FORM.format("19.25"), _wide(_FORM.format("19.25"))):
        assert [f for f in found(text) if f.severity in ("error", "warning")] == []


# -- a paragraph marker before the clause that names a composition's whole ("七、本年收入的具体构成为：…") --

_COMPOSED = ("本部门2020年度收入总计231.24万元，本年收入合计231.24万元，较2019年增加5.24万元，增长2.3%。\n"
             "{}本年收入的具体构成为：财政拨款收入{}万元，占100%；事业收入0万元，占0%；经营收入0万元，占0%；其他收入0万元，占0%。")


def test_a_composition_named_after_a_paragraph_marker_is_of_its_named_whole():
    for mark in ("", "七、", "（七）"):
        [e] = errors(_COMPOSED.format(mark, "213.24"))
        assert e.rule == "N-SUM" and "231.24万元" in e.message and "213.24万元" in e.message


def test_a_composition_after_a_paragraph_marker_that_adds_up_stays_silent():
    for mark in ("", "七、", "（七）"):
        assert errors(_COMPOSED.format(mark, "231.24")) == []


# -- a PDF wrap right after a full stop, before the comparison that opens the next sentence --

_FLOWS = ("本部门2016年度收入总计6955.73万元,支出总计6,954.57万元。{}与2015年决算数相比,收入增加950.05万元、增长15.82%,"
          "主要原因是上年结转、项目增加及增人增资。支出增加841.13万元,增长{}%,主要原因是购置中心办案工作区及增人增资。")
_BOTH = "2024年度收、支总计均为6315.69万元。{}收、支与2023年度相比,减少3117.38万元,下降{}%,主要原因是教师人数减少。"


def test_a_flow_total_written_before_a_wrapped_full_stop_is_the_changes_whole():
    # 841.13 / (6954.57 − 841.13) = 13.76 %; 3117.38 / (6315.69 + 3117.38) = 33.05 %
    for sep in ("", "\n"):
        [e] = errors(_FLOWS.format(sep, "13.36"))
        assert e.rule == "N-CHANGE" and "13.76%" in e.message
        [e] = errors(_BOTH.format(sep, "33.1"))
        assert e.rule == "N-CHANGE" and "33.047%" in e.message


def test_changes_of_flow_totals_written_before_a_wrapped_full_stop_that_hold_stay_silent():
    for sep in ("", "\n"):
        assert errors(_FLOWS.format(sep, "13.76")) == []
        assert errors(_BOTH.format(sep, "33.05")) == []


# -- a PDF wrap inside the word right before a number ("…。支出增⏎加841.13万元") --

def test_a_word_wrapped_right_before_its_number_stays_next_to_it():
    for rate, expected in (("13.36", 1), ("13.76", 0)):
        text = _FLOWS.format("", rate).replace("支出增加841", "支出增\n加841")
        assert len(errors(text)) == expected
    from tests.narrative_helpers import doc

    view = doc("主要原因是上年结转。支出增\n加841.13万元,增长13.36%。").view
    assert "。 支出增加841.13万元" in view


def test_a_word_wrapped_before_its_number_after_an_enumeration_comma_keeps_its_words():
    from tests.narrative_helpers import doc

    # the ideographs after "、" stay where they are ("第一、二、三产业" is one name), the blank goes before the number
    view = doc("在全区生产总值中,第一、二、三产业增加值所占比\n重分别为8.5%、37.7%、53.8%。").view
    assert "第一、二、三产业增加值所占比重分别为 8.5%" in view


_INLINE_ITEMS = ("本年收入合计194.44万元,其中:财政拨款收入194.43万元,占比{}%;\n上级补助收入0万元,占比0%;事业收入0万元,占比0%;"
                 "经营收入0万元,占比0%;\n附属单位上缴收入0万元,占比0%;其他收入0.011559万元,占比0.006%。")


def test_lines_of_several_items_each_ending_with_a_semicolon_are_one_wrapped_list():
    # 194.43 / 194.44 = 99.99 %, as on one line
    [e] = errors(_INLINE_ITEMS.format("99.95"))
    assert e.rule == "N-SHARE" and "99.99%" in e.message
    assert errors(_INLINE_ITEMS.format("99.99")) == []


# -- the same item's figure in 万元, wrapped between 万 and 元 ("公务接待费1.58万⏎元") --

_TWIN = ("2015年部门决算公开“三公”经费合计30.49万元,其中:公务接待费1.58万{}元,车辆运行费28.91万元,因公出国(境)费0万元。\n"
         "1、公务接待费\n2015年部门决算公开公务接待费1.58{}元,经核查,支出公务接待费为1.58万元。")


def test_a_figure_in_yuan_beside_its_twin_in_wan_yuan_cut_by_a_wrap_is_a_unit_slip():
    for sep in ("", "\n"):
        [e] = errors(_TWIN.format(sep, ""))
        assert e.rule == "N-UNIT-SLIP" and "1.58万元" in e.message


def test_the_same_figure_in_wan_yuan_on_both_sides_of_a_wrap_is_no_slip():
    for sep in ("", "\n"):
        assert errors(_TWIN.format(sep, "万")) == []


# -- items run together ("…6421.07万元市级资金1153万元县级资金…") with a wrap between 万 and 元 --

_RUN_TOGETHER = ("2023年上级下达我县直达资金共计62539.49万元(其中中央资金{}万元,省级资金6421.07万元市级资金1153万\n元"
                 "县级资金2300万元),分配进度100%。")


def test_items_run_together_across_a_wrap_between_wan_and_yuan_are_apart():
    # 522665.42 + 6421.07 + 1153 + 2300 = 532539.49 over 62539.49 (the 中央资金 has a digit too many)
    [e] = errors(_RUN_TOGETHER.format("522665.42"))
    assert e.rule == "N-SUM" and "532539.49万元" in e.message
    assert errors(_RUN_TOGETHER.format("52665.42")) == []


# -- a line that opens with a comma goes on with the marked line before it --

_OPENS_WITH_A_COMMA = "1.本部门2017年度收入总计520.52万元\n,与 2016 年决算数相比,减少 {} 元,减少 11.02 %,主要原因是预算减少。"


def test_a_line_opening_with_a_comma_goes_on_with_a_marked_line_before_it():
    # 51.48 元 of 520.52万元 is no 11.02 % (read as 51.48万元 it would be 9.00 %): as on one line
    one_line = _OPENS_WITH_A_COMMA.replace("\n", "")
    for text in (one_line, _OPENS_WITH_A_COMMA):
        assert [e.rule for e in errors(text.format("51.48"))] == ["N-CHANGE"]
    from tests.narrative_helpers import doc

    assert "\n" not in doc(_OPENS_WITH_A_COMMA.format("51.48")).view


_HALF_YEAR = ("2020年上半年全镇财政公共预算收入4669万元,完成年初预算计划14246万元的32.8%,比去年上半年增收{}万元,增幅{}%。\n"
              "其中,上半年我镇完成工商税收208万元,比去年上半年减收87万元,减幅29%;\n上半年上级转移补助和专项补助收入4461万元,"
              "完成年初预算计划14246万元\n的31.3%,比去年上半年增收714万元,增幅19%。")


def test_a_semicolon_line_before_a_line_cut_by_a_wrap_goes_on():
    # the parts' changes, −87 + 714 = 627, for the whole's 681 (both parts are the whole: 208 + 4461 = 4669)
    [e] = errors(_HALF_YEAR.format("681", "17"))
    assert e.rule == "N-SUM" and "627万元" in e.message
    assert errors(_HALF_YEAR.format("627", "15.5")) == []   # 627 / 4042 = 15.51 %


# -- "两项⏎合计占0.1%": the share of two items summed, its words cut by a wrap --

_TWO_ITEMS = ("教育部2024年度本年收入合计42,828,112.97万元,比2023年的40,616,051.67万元,增加2,212,061.3万元,增长5.4%。\n"
              "其中:财政拨款17,229,526.68万元,占40.2%;事业收入18,512,156.91万元,占43.2%;经营收入16,348.77万元,"
              "附属单位上缴收入3,363.59万元,两项\n合计占{}%;其他收入7,066,717.02万元,占16.5%。")


def test_the_share_of_two_items_summed_is_read_across_a_wrap_in_its_words():
    # (16348.77 + 3363.59) / 42828112.97 = 0.046 %
    [e] = errors(_TWO_ITEMS.format("0.1"))
    assert e.rule == "N-SHARE" and "0.046%" in e.message
    assert errors(_TWO_ITEMS.format("0.05")) == []


_MARKED_ITEMS = ("(三)资金使用情况。累计到位资金{}亿元,核拨资金15.99亿元、核拨率91.72%,实际支付资金15.82亿元,资金支付率90.77%。"
                 "其中:阿图什市到位资金6.02亿元,核拨资金5.59亿元、核拨率92.78%,实际支付资金5.55亿元,资金支付率92.20%;"
                 "阿克陶县到位资金8.20亿元,核拨资金7.46亿元、核拨率91.01%,实际支付资金7.46亿元,资金支付率91.01%;\n"
                 "乌恰县到位资金1.84亿元,核拨资金1.67亿元、核拨率91.03%,实际支付资金1.59亿元,资金支付率86.49%;"
                 "阿合奇县到位资金1.38亿元,核拨资金1.27亿元、核拨率92.24%,实际支付资金1.22亿元,资金支付率88.41%。")


def test_a_marked_line_of_several_semicolon_items_goes_on_over_a_wrap_after_its_last():
    # 6.02 + 8.20 + 1.84 + 1.38 = 17.44, not 17.87; the rates hold only on 17.44
    for text in (_MARKED_ITEMS, _MARKED_ITEMS.replace("\n", "")):
        assert any(e.rule == "N-SUM" and "17.44" in e.message for e in errors(text.format("17.87")))
        assert not any(e.rule == "N-SUM" for e in errors(text.format("17.44")))


# -- a PDF line wrapped right after a full stop ("…资金支付率90.77%。⏎其中:…"): the paragraph goes on --------------

_STOP_WRAPPED = ("(三)资金使用情况。累计到位资金17.87亿元,核拨资金15.99亿\n"
                 "元、核拨率91.72%,实际支付资金15.82亿元,资金支付率90.77%。\n"
                 "其中:阿图什市到位资金6.02亿元,核拨资金5.59亿元;阿克陶县到位资金8.20亿元,核拨资金7.46亿元;乌\n"
                 "恰县到位资金1.84亿元,核拨资金1.67亿元;阿合奇县到位资金1.38亿元,核拨资金1.27亿元。")


def test_a_line_as_long_as_the_wrapped_line_before_goes_on_past_its_full_stop():
    # 6.02 + 8.20 + 1.84 + 1.38 = 17.44, not 17.87: the 其中 line is of the sentence before, one paragraph
    assert any(e.rule == "N-SUM" and "17.87亿元" in e.message for e in errors(_STOP_WRAPPED))


def test_the_first_line_of_a_paragraph_goes_on_when_the_next_line_is_cut_by_a_wrap():
    from perfxl.narrative.structure import unwrap

    text = ("2023年1-12月城乡居民基本医疗保险基金收入209053002.15元。\n"
            "其中:上级补助收入207574041.31元,利息收入378153.6元,其他\n收入1100807.24元。")
    assert unwrap(text).count("\n") == 0


def test_a_paragraph_before_the_texts_last_line_keeps_its_end():
    from perfxl.narrative.structure import unwrap

    # each item a paragraph, the excerpt cut off inside the last one: no wrap to join over
    text = ("2024年度一般公共财政拨款基本支出1076.17万元。其中:\n"
            "人员经费896.34万元,主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费。\n"
            "公用经费179.83万元,主要包括办公费、印刷费、手续费、水费、电费、邮电费、取暖费、物业管理费、差旅费、维修费")
    assert unwrap(text).count("\n") == 2
    assert [e for e in errors(text.replace("1076.17", "936.27")) if e.rule == "N-SUM"] != []


def test_a_short_last_line_or_a_numbered_line_after_a_full_stop_keeps_its_paragraph():
    from perfxl.narrative.structure import unwrap

    # the paragraph's last line is short: the next paragraph is another statement
    short = ("累计到位资金17.87亿元,核拨资金15.99亿元、核拨率91.72%,实际支付\n资金15.82亿元。\n"
             "其中:阿图什市到位资金6.02亿元,核拨资金5.59亿元;阿克陶县到位资金8.20亿元,核拨资金7.46亿元;乌\n恰县…。")
    assert unwrap(short).split("\n")[1].startswith("其中")
    assert [e for e in errors(short) if "17.87" in e.message] == []
    # an item numbered before a code opens a line of its own however long the line before
    numbered = ("7、20110-人力资源事务50万元,较2021年决算数增加50万元,增长100%,主要是新\n"
                "增人员经费及培训费用支出,较上年度增加较多,用于干部教育培训和日常办公运转。\n"
                "8、20111-纪检监察事务259万元,较2021年决算数减少12万元,下降4.4%,主\n要是…。")
    assert unwrap(numbered).split("\n")[1].startswith("8、")


def test_blanks_after_a_full_stop_leave_the_sentence_before_in_reach_of_its_list():
    from tests.narrative_helpers import doc

    text = ("累计到位资金17.87亿元,核拨资金15.99亿元。 其中:阿图什市到位资金6.02亿元,核拨资金5.59亿元;"
            "阿克陶县到位资金8.20亿元,核拨资金7.46亿元。")
    assert sorted((pl.total.text, len(pl.parts)) for pl in doc(text).lists) == [("15.99亿元", 2), ("17.87亿元", 2)]


# -- a scale written twice over a PDF wrap ("12002.41万⏎万元") or with a blank between ("0.82亿 万元") ----------------

def test_a_scale_written_twice_over_a_wrap_or_a_blank_is_the_doubled_scale_slip():
    for written in ("12002.41万\n万元", "12002.41万 万元", "12002.41万万元"):
        text = f"2024年基金收入38683.1万元,其中个人缴费收入{written},医疗救助资助收入605.35万元。"
        [e] = [e for e in errors(text) if e.rule == "N-UNIT-SLIP"]
        assert "万万元" in e.message


def test_a_scale_and_its_unit_over_a_wrap_are_one_amount():
    text = "2024年基金收入38683.1万元,其中个人缴费收入12002.41万\n元,医疗救助资助收入605.35万元。"
    assert [e for e in errors(text) if e.rule == "N-UNIT-SLIP"] == []
    assert [f.text for f in doc_figures(text)][1] == "12002.41万\n元"


# -- a list's whole across its own change whose unit a PDF wrap cut ("同比减少17.05万⏎元，…。其中:") --------------------

def test_a_change_whose_unit_is_wrapped_leaves_the_whole_to_the_list():
    text = ("2017年收入总预算501.98万元,同比减少17.05万\n元,同比下降3.28%。其中:\n"
            "1、一般公共财政预算拨款507.37万元,同比减少19.96万元。\n2、上年结余收入8.3万元,同比增加8.3万元。\n"
            "3、纳入财政专户管理的收入安排的资金0万元,与上年持平。")
    # 507.37 + 8.3 + 0 = 515.67, above the whole 501.98
    assert any(e.rule == "N-SUM" and "515.67万元" in e.message for e in errors(text))
    assert [e for e in errors(text.replace("507.37", "493.68")) if e.rule == "N-SUM"] == []


# -- a balance whose statement's lines go on after a colon a PDF wrap left at a line's end ("其中:⏎…当期结余…") ---------

def test_a_balance_reaches_the_flows_before_a_colon_ending_a_line():
    text = ("2023年基本医疗保险基金收入209053002.15元。1-12月支出184818440.33元。其中:\n"
            "统筹基金支出178092235.72元,个人账户支出5001208.22元,其他支出1724996.39元。当期结余{}元。")
    # 209053002.15 - 184818440.33 = 24234561.82
    assert any(e.rule == "N-SUM" and "24234561.82" in e.message for e in errors(text.format("24244690.37")))
    assert [e for e in errors(text.format("24234561.82")) if e.rule == "N-SUM"] == []
