"""Figures a line break cuts in two (text copied out of a PDF): the number and its unit are one
figure, however the break falls — inside the number, between the number and its unit, or
between 万 and 元 — so a list or a share is checked on the figure written, not on a piece of it."""

from __future__ import annotations

from tests.narrative_helpers import doc, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_CUT_NUMBER = "三公经费支出合计168.53万元，其中公务接待费{}万元，公务用车运行维护费{}万元。"


def test_a_number_cut_by_a_line_break_is_one_number():
    for cut in ("12.\n53", "1\n2.53", "12.5\n3"):
        text = _CUT_NUMBER.format(cut, "156")
        assert [f.value for f in doc(text).figures] == [168.53, 12.53, 156.0], cut
        assert _rule(text, "N-SUM") == [], cut
    # a number on a short line of a narrow column, cut after its point
    assert _rule("三公经费支出合计168.53万元，其中\n公务接待费12.\n53万元，公务用车运行维护费156万元。", "N-SUM") == []


def test_a_list_with_a_cut_number_still_adds_up_its_parts():
    [f] = _rule(_CUT_NUMBER.format("12.\n53", "157"), "N-SUM")
    assert f.severity == "error" and "169.53万元" in f.message
    # a number of a table or a figure ending the line before is no part of the amount after it
    assert [f.value for f in doc("本单位当年的资金安排情况详见表1\n2.53万元用于公务接待。").figures] == [2.53]


_CUT_UNIT = ("公车购置及运行维护费3{}，较2016年的3{}增加(减少)0{}，主要是由于招生宣传工作导致增加(减少)。"
             "其中：购置经费0{}、运行维护费{}{}，主要用于保障招生宣传。")


def test_a_unit_cut_by_a_line_break_leaves_the_figure_whole():
    for unit in ("万\n元", "\n万元"):
        text = _CUT_UNIT.format(unit, unit, unit, unit, "3", unit)
        assert _rule(text, "N-SUM") == [], repr(unit)


def test_a_list_over_a_figure_with_a_cut_unit_still_fires():
    for unit in ("万\n元", "\n万元"):
        text = "三公经费支出合计3.00{0}，其中公务接待费0.50{0}，公务用车运行维护费3.50{0}。".format(unit)
        [f] = _rule(text, "N-SUM")
        assert f.severity == "error" and "各项合计 4万元" in f.message, repr(unit)


_SPACED = "共投入财政扶贫资金10 851.8万{0}元，其中中央财政资金10 444.85万{0}元，省财政资金406.95万{0}元，分别占96.25%和占{1}。"


def test_thousands_set_apart_before_a_scale_set_apart_from_its_yuan():
    for gap in (" ", "\n"):
        figures = [f.value for f in doc(_SPACED.format(gap, "3.75%")).figures if f.kind == "amount"]
        assert figures == [10851.8, 10444.85, 406.95], repr(gap)
        assert _rule(_SPACED.format(gap, "3.75%"), "N-SHARE") == [], repr(gap)


def test_a_wrong_share_of_spaced_thousands_still_fires():
    [f] = _rule(_SPACED.format(" ", "4.75%"), "N-SHARE")
    assert f.severity == "error" and "4.75%" in f.message


_PARALLEL = ("三公经费预算支出共491万元。其中，因公出国(境)费预算135万元{0}包括差旅费、伙食补助费等支出；"
             "公务接待费预算{1}万元{0}包括各类公务接待支出。")


def test_an_amount_opening_a_list_of_the_same_word_is_a_sibling_of_the_list_before():
    # each item of the outer 其中 list opens its own 包括: the next item is no part of the one before
    for sep in ("；", "，", "。"):
        assert _rule(_PARALLEL.format(sep, "356"), "N-SUM") == [], sep


def test_the_outer_list_of_items_each_opening_a_list_still_adds_up():
    [f] = _rule(_PARALLEL.format("；", "366"), "N-SUM")
    assert f.severity == "error" and "491万元" in f.message and "501万元" in f.message


_SHARE_LINES = ("本单位基本支出共计834.54万元，{0}\n{1}人员经费643.96万元，占77.16%{2}\n"
                "{3}公用经费为190.58万元，占{4}%。")
_LINE_SHAPES = (("其中：", "", "", "", ""), ("分别为", "", "（含结转资金）", "", ""),
                ("具体为：", "一是", "", "二是", ""), ("主要包括", "", "，比上年增加33.43万元", "", ""))


def test_items_of_a_share_list_on_lines_without_punctuation_keep_their_own_shares():
    # each line names an amount and its share; the line break, read as a wrap, parts the items
    for head, m1, after, m2, _ in _LINE_SHAPES:
        text = _SHARE_LINES.format(head, m1, after, m2, "22.84")
        assert _rule(text, "N-SHARE") == [], text


def test_a_wrong_share_on_a_line_of_its_own_still_fires():
    for head, m1, after, m2, _ in _LINE_SHAPES:
        text = _SHARE_LINES.format(head, m1, after, m2, "23.84")
        [f] = _rule(text, "N-SHARE")
        assert f.severity == "error" and "190.58万元" in f.message and "23.84%" in f.message, text


_REMARKED = ("本单位支出决算为1025.28万元，具体为：工资福利支出为568.94万元{0}商品和服务支出264.37万元，"
             "主要用于保障机构正常运转{0}对个人和家庭的补助为66.36万元{0}资本性支出为{1}万元。")


def test_an_item_of_words_saying_what_the_item_before_is_for_leaves_the_list_going_on():
    for sep in ("，", "、", "；"):
        assert _rule(_REMARKED.format(sep, "125.61"), "N-SUM") == [], sep


def test_a_list_going_on_after_a_remark_item_still_adds_up():
    for sep in ("，", "；"):
        [f] = _rule(_REMARKED.format(sep, "135.61"), "N-SUM")
        assert f.severity == "error" and "1035.28万元" in f.message, sep
        # every item of the itemisation counted, a shortfall is still an error
        [f] = _rule(_REMARKED.format(sep, "115.61"), "N-SUM")
        assert f.severity == "error" and "1015.28万元" in f.message, sep
    # a breakdown with amounts after an item is still the item's own, not the list's
    text = ("本单位支出决算为1025.28万元，具体为：工资福利支出为568.94万元，商品和服务支出264.37万元，"
            "主要是办公费200.00万元，差旅费64.37万元；对个人和家庭的补助为66.36万元；资本性支出为125.61万元。")
    assert _rule(text, "N-SUM") == []


_WRAPPED = "本年收入合计1,151.41万元；包括财政拨款收入{0}万元，其他收入74.05万元。三公经费支出为163{1}.58万元，其中公务接待费12.53万元，公务用车运行维护费{2}万元。"


def test_a_number_cut_before_its_point_or_inside_a_thousands_group_is_one_number():
    # a PDF line of fixed width cuts a number anywhere
    text = _WRAPPED.format("1,0\n77.36", "\n", "151.05")
    assert [f.value for f in doc(text).figures] == [1151.41, 1077.36, 74.05, 163.58, 12.53, 151.05]
    assert _rule(text, "N-SUM") == []


def test_a_list_whose_whole_was_cut_before_its_point_still_fires():
    [f] = _rule(_WRAPPED.format("1,077.36", "\n", "152.05"), "N-SUM")
    assert f.severity == "error" and "164.58万元" in f.message
    # a point set apart by a space on one line is read so too: published pages write "决算支出8 .69万元",
    # "下降50 .9%" (a space before the point), and no other reading of "163 .58万元" makes sense
    assert 163.58 in [f.value for f in doc(_WRAPPED.format("1,077.36", " ", "151.05")).figures]


def test_a_number_cut_before_its_thousands_comma_or_after_a_name_ending_in_kuan_is_one_number():
    text = ("全县金融机构各项存款475.09亿元，比年初增加45.22亿元，其中住户存款407.08亿元，比年初增加45.29亿元；"
            "非金融企业存款24.\n87亿元，比年初减少2.07亿元；其他存款43.14亿元。本年收入合计4,309.50万元，其中"
            "财政拨款收入4\n,229.50万元，占98.14%；其他收入80.00万元，占1.86%。")
    amounts = [f.value for f in doc(text).figures if f.kind == "amount"]
    assert 24.87 in amounts and 4229.5 in amounts and 87.0 not in amounts and 229.5 not in amounts
    assert [f for f in found(text) if f.severity == "error"] == []
    [f] = _rule(text.replace("43.14亿元", "44.14亿元"), "N-SUM")
    assert f.severity == "error" and "476.09亿元" in f.message


def test_share_lines_whose_names_hold_brackets_part_their_items_too():
    text = ("2017年度，本单位收入为1687.45万元，其中：财政拨款（补助）收入1516.64万元，占89.88%\n"
            "事业(yè)收入170.81万元，占{}%\n经营收入0万元，占0%\n其他收入0万元，占0%。")
    assert _rule(text.format("10.12"), "N-SHARE") == []
    [f] = _rule(text.format("11.12"), "N-SHARE")
    assert f.severity == "error" and "170.81万元" in f.message and "11.12%" in f.message


def test_a_number_cut_at_the_end_of_a_line_that_looks_like_a_heading_is_one_number():
    text = ("1.2023年中央财政下达我市困难群众救助补助资金353\n31.2万元，其中，磴口县5079.16万元；杭锦后旗"
            "4035.12万元；临河区{}万元；五原县5134.25万元；其他旗县区14398.5万元。")
    assert 35331.2 in [f.value for f in doc(text.format("6684.17")).figures]
    assert _rule(text.format("6684.17"), "N-SUM") == []
    [f] = _rule(text.format("6784.17"), "N-SUM")
    assert f.severity == "error" and "35431.2万元" in f.message
    # a short heading ending with a year keeps its line
    assert [f.value for f in doc("一、收入情况2023\n123.45万元用于教育。").figures] == [123.45]
