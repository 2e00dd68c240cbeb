"""The same report written in another form keeps its findings (bench/rewrites.py, second set): a year in Chinese digits,
amounts in 元 instead of 万元, paragraphs joined as one, PDF lines of 36 columns."""

from __future__ import annotations

from tests.narrative_helpers import errors, found


def _alarms(text):
    return [f for f in found(text) if f.severity in ("error", "warning")]


# -- a year in Chinese digits ("较二〇二四年的2190万元") is a year, not a name of the amount --

_CN_YEAR = ("二〇二五年全市“三公”经费预算总额为1969万元，较二〇二四年的2190万元减少221万元，下降{}%；其中：因公出国(境)"
            "经费40万元，较上年持平；公务接待费242万元，较上年减少12万元，下降4.7%；公务用车购置及运行维护费1687万元，"
            "较上年减少209万元，下降11%。")


def test_a_year_in_chinese_digits_names_the_year_of_the_amount_after_it():
    # 2190万元 is last year's total, not a whole whose parts are this year's 40 + 242 + 1687 = 1969
    assert _alarms(_CN_YEAR.format("10.1")) == []


def test_a_wrong_change_after_a_year_in_chinese_digits_is_still_an_error():
    # 221 / 2190 = 10.09 %
    [e] = errors(_CN_YEAR.format("12.1"))
    assert e.rule == "N-CHANGE" and "10.09%" in e.message


def test_a_year_in_chinese_digits_gives_the_change_its_base():
    # "与二〇二〇年度相比…增长2.57%": the base is the year before's total, 1151.41 - 29.6 = 1121.81 (2.64 %)
    text = "二〇二一年度收入总计1,151.41万元，支出总计1,151.41万元，与二〇二〇年度相比，各增加29.6万元，增长{}%。"
    assert _alarms(text.format("2.64")) == []
    [e] = errors(text.format("2.57"))
    assert e.rule == "N-CHANGE"


# -- paragraphs joined as one (a text pasted from a web page): a nested 其中 after a semicolon ends at its full stop,
# and a list under an item of the 三公 never takes in another item of the 三公 --

_JOINED_SANGONG = ("2015年市级“三公”经费决算数为9663万元，预算数为13874万元，比年初预算数减少4211万元，主要是各部门严格控制支出。"
                   "  其中，因公出国(境)经费326万元，比年初预算数减少84万元，共组织因公出国(境)团组17个。  "
                   "公务用车购置及运行维护费8645万元，比年初预算数减少2039万元。其中公务用车购置费131万元，购置用车6辆，"
                   "比年初预算数减少469万元；公务用车运行维护费8514万元，比年初预算数减少1570万元，公务用车保有量为1453辆。"
                   "公务用车购置费减少的主要原因是各部门严格控制公务用车购置。  "
                   "公务接待费692万元，比年初预算数减少{}万元。其中国内接待费603万元，共计接待3837批次。")


def test_a_nested_list_after_a_semicolon_ends_at_its_full_stop_in_a_joined_paragraph():
    # 84 + 2039 + 2088 = 4211: the car running's 1570 is the car item's part (its nested 其中 may run to its full stop,
    # not on to the end of the paragraph, over 公务接待费)
    assert errors(_JOINED_SANGONG.format("2088")) == []


def test_a_list_under_an_item_of_the_sangong_never_takes_in_another_item_of_the_sangong():
    # 469 + 1570 = 2039: 公务接待费 after the car item's list (its next sentence) is the car item's sibling, not its part
    assert _alarms(_JOINED_SANGONG.format("2088")) == []


def test_changes_of_the_sangong_that_do_not_add_up_in_a_joined_paragraph_are_still_an_error():
    # 84 + 2039 + 2188 = 4311, not 4211; 84 + 2039 + 1570 + 2188 neither
    [e] = errors(_JOINED_SANGONG.format("2188"))
    assert e.rule == "N-SUM" and "4211万元" in e.message


# -- a lead "…具体支出情况如下：" opening a sentence inside a paragraph names the whole of the shares after it --

_JOINED_LEAD = ("2022年我区总支出为312497万元，其中：一般公共预算支出277798万元，上解支出394万元，安排预算稳定调节基金34295万元。"
                "收支相抵，年终结转结余19570万元，下年度继续安排支出。一般公共预算具体支出情况如下：一般性公共服务支出37153万元，"
                "占全年总支出的{}%；国防支出682万元，占全年总支出的0.25%。")


def test_a_lead_opening_a_sentence_names_the_whole_of_the_shares_after_it():
    # 37153 / 277798 = 13.37 % (of the 一般公共预算支出 the lead names; of the 总支出 312497 it would be 11.89 %)
    assert _alarms(_JOINED_LEAD.format("13.37")) == []


def test_a_share_that_fits_neither_whole_after_a_lead_is_still_an_error():
    [e] = errors(_JOINED_LEAD.format("15.37"))
    assert e.rule == "N-SHARE"


# -- amounts in 元 ("371530000元") beside an amount in 万 without its 元 ("国防支出682万"): the bare 万 is money too --

_YUAN_AND_WAN = ("2022年一般公共预算支出2777980000元。一般公共预算具体支出情况如下：一般性公共服务支出371530000元，"
                 "占全年总支出的13.37%；国防支出682万，占全年总支出的{}%。")


def test_a_bare_wan_after_a_name_of_money_is_an_amount_in_a_paragraph_of_yuan():
    # 6820000 / 2777980000 = 0.2455 %: the 0.25 % is 国防支出's, not a second share of 一般性公共服务支出
    assert _alarms(_YUAN_AND_WAN.format("0.25")) == []


def test_a_wrong_share_of_a_bare_wan_in_a_paragraph_of_yuan_is_an_error():
    [e] = errors(_YUAN_AND_WAN.format("0.35"))
    assert e.rule == "N-SHARE" and "682万" in e.message


# -- an inline list written one item a sentence (lines joined as one): it goes on while its items complete a group --

_ONE_A_SENTENCE = ("2023年一般公共预算财政拨款基本支出{}万元，其中：人员经费489.18万元，主要包括：基本工资、津贴补贴、奖金等。"
                   "公用经费46.89万元，主要包括：办公费、印刷费、咨询费等。（注：数据来源于财决07表。）")


def test_a_list_of_one_item_a_sentence_that_does_not_add_up_is_an_error():
    # 489.18 + 46.89 = 536.07, not 911.7: 人员经费 and 公用经费 are all of 基本支出
    [e] = errors(_ONE_A_SENTENCE.format("911.7"))
    assert e.rule == "N-SUM" and "536.07" in e.message


def test_a_list_of_one_item_a_sentence_that_adds_up_is_silent():
    assert _alarms(_ONE_A_SENTENCE.format("536.07")) == []


_CAR_ONE_LINE = ("2.公务用车购置及运行维护费支出{}万元。其中：\n公务用车购置支出0万元，购置车辆0辆。本单位2023年度无此项支出。"
                 "公务用车运行维护支出{}万元，开支一般公共预算财政拨款的公务用车保有量为7辆。\n3.公务接待费0万元。")


def test_the_car_items_purchase_and_running_joined_on_one_line_are_all_of_it():
    [e] = errors(_CAR_ONE_LINE.format("4.02", "0"))
    assert e.rule == "N-SUM"
    assert _alarms(_CAR_ONE_LINE.format("4.02", "4.02")) == []


# -- a PDF line broken inside a bracket ("同比下降(增加⏎)6%") --

_CUT_BRACKET = ("普洱市民族中学2017年“三公”经费财政拨款预算安排4.97万元,其中:安排因公出国(境)费0万元,公务用车购置及运行费3万元,"
                "公务接待费1.97万元。 2017年“三公”经费预算数较2016年“三公”经费预算数减少(增加)0.11万元,同比下降(增加\n){}%。"
                " 一、因公出国(境)经费 2017年拟安排出国(境)经费预算0万元。")


def test_a_change_rate_after_a_bracket_cut_by_a_line_break_is_still_checked():
    # 0.11 / 4.86 = 2.26 % (or 0.11 / 5.08 = 2.17 %), not 6 %
    [e] = errors(_CUT_BRACKET.format("6"))
    assert e.rule == "N-CHANGE"


def test_a_right_change_rate_after_a_bracket_cut_by_a_line_break_is_silent():
    assert _alarms(_CUT_BRACKET.format("2.2")) == []


# -- a unit slip shown by a rate against a budget written before, in a paragraph that joins several --

_JOINED_SLIP = ("一、2018年“三公”经费预算\n2018年,全县“三公”经费预算919万元,与上年预算安排持平。其中:一是因公出国(境)费用不安排;"
                "二是公务接待费预算288万元,与上年持平。\n二、2018年“三公”经费决算\n2018年全县“三公”经费支出1283万元,"
                "其中公共财政拨款的“三公”经费支出1208元,增长27.16%。一是因公出国(境)费用为零,与上年持平。"
                "二是公务接待费{},完成预算的97.92%,下降0.35%,其中公共财政拨款支出266万元,同比下降0.37%。")


def test_an_amount_in_yuan_whose_rate_holds_only_in_wan_is_a_slip_in_a_joined_paragraph():
    # 282 ÷ 288 = 97.92 %; 282元 ÷ 288万元 = 0.0098 %: its sentence writes its other amount in 万元
    slips = [e for e in errors(_JOINED_SLIP.format("282元")) if e.rule == "N-UNIT-SLIP"]
    assert any("282元" in e.message for e in slips)


def test_an_amount_in_wan_whose_rate_holds_is_no_slip():
    assert not any("282" in f.message for f in _alarms(_JOINED_SLIP.format("282万元")))


# -- a list all in 元 whose smallest figures add up only read as 万元 (amounts in 元 where the original wrote 万元) --

_ALL_YUAN = ("全县保险保费收入达{},比上年增长28%。其中,财产险保险保费收入7810000元,增长91.9%;寿险保险保费收入{},增长23.5%;"
             "中华险保费收入4530000元,增长17.1%。")


def test_the_smallest_figures_of_a_list_in_yuan_that_add_up_only_as_wan_are_unit_slips():
    # 7237 = 781 + 6003 + 453 in 万元: 7237元 and 6003元 are each missing their 万
    slips = [e for e in errors(_ALL_YUAN.format("7237元", "6003元")) if e.rule == "N-UNIT-SLIP"]
    assert slips and not [e for e in errors(_ALL_YUAN.format("7237元", "6003元")) if e.rule == "N-SUM"]


def test_a_list_in_yuan_that_adds_up_is_silent():
    assert _alarms(_ALL_YUAN.format("72370000元", "60030000元")) == []


# -- a rate against a budget in 元 that holds only with the amount read in 万元 (its 万 left out) --

_RATE_ALL_YUAN = ("2018年,全县“三公”经费预算9190000元。其中:一是因公出国(境)费用不安排;二是公务接待费预算2880000元,与上年持平。\n"
                  "二、2018年“三公”经费决算\n一是因公出国(境)费用为零,与上年持平。二是公务接待费{},完成预算的97.92%,下降0.35%。")


def test_an_amount_ten_thousand_times_too_small_for_its_rate_is_a_slip_in_a_text_all_in_yuan():
    # 282 ÷ 288 = 97.92 % to the digit; 282元 ÷ 2880000元 = 0.0098 %
    [e] = [e for e in errors(_RATE_ALL_YUAN.format("282元")) if e.rule == "N-UNIT-SLIP"]
    assert "282万元" in e.message


def test_an_amount_in_yuan_whose_rate_holds_is_silent():
    assert _alarms(_RATE_ALL_YUAN.format("2820000元")) == []


# -- an item's change after "其中" is its own, not the whole's written before the 其中 (amounts all in 元) --

_ITEM_CHANGE = "本年支出合计2525000元,较上年2315000元,增加210000元,其中:基本支出{},较上年2315000元,增加210000元。"


def test_a_wrong_change_of_an_item_after_qizhong_is_not_read_as_the_wholes():
    # 2400000 − 2315000 = 85000, not 210000: the whole's 2525000 before the 其中 is no reading of the item's change
    [e] = errors(_ITEM_CHANGE.format("2400000元"))
    assert e.rule == "N-CHANGE" and "85000元" in e.message


def test_a_right_change_of_an_item_after_qizhong_is_silent():
    assert _alarms(_ITEM_CHANGE.format("2525000元")) == []


def test_an_item_ten_thousand_times_too_small_for_its_written_change_is_a_slip_in_a_text_all_in_yuan():
    # 252.5万元 − 231.5万元 = 21万元: 252.5元 is missing its 万
    [e] = errors(_ITEM_CHANGE.format("252.5元"))
    assert e.rule == "N-UNIT-SLIP" and "252.5万元" in e.message


# -- a PDF line broken inside a reading written after a word ("決算數(s⏎hù)55.93萬元") --

_CUT_READING = ("2017年度,本單位一般公共預(yù)算財政撥款支出總計1741.75萬元,與上年相比減少53.7萬元,降低2.99%;"
                "完成年初預(yù)算{}%,決算數(s\nhù)大于預(yù)算數(shù)55.93萬元,主要原因是工資調標。")


def test_a_rate_after_a_reading_cut_by_a_line_break_is_still_checked():
    # 1741.75 / (1741.75 − 55.93) = 103.32 %, not 100 %
    [e] = errors(_CUT_READING.format("100"))
    assert e.rule == "N-RATE"


def test_a_right_rate_after_a_reading_cut_by_a_line_break_is_silent():
    assert _alarms(_CUT_READING.format("103.32")) == []


# -- a figure inside brackets, 300 characters after a bracket pair the look back cuts in two ("…因公出国(境⏎)…") --

def test_a_figure_in_brackets_stays_in_brackets_when_the_look_back_cuts_an_earlier_pair():
    from tests.narrative_helpers import doc
    from perfxl.narrative.structure import in_brackets

    head = "三公经费比上年减少268900元，其中：因公出国(境)费为0元"
    body = "，公务接待费增加151800元；公务用车购置及运行维护费减少420800元，下降9.9%（其中：公务用车运行维护费3637300元，较上年增加"
    # the look back (300 characters) starts right after "因公出国(": it sees the ")" of "(境)" but not its "("
    filler = "，" + "说明" * ((300 - (len(head) - head.index("(境") - 1) - len(body) - 1) // 2)
    filler += "，" * (300 - (len(head) - head.index("(境") - 1) - len(body) - len(filler))
    text = head + filler + body + "66200元，增长1.85%）。"
    d = doc(text)
    [g] = [g for g in d.figures if g.text == "66200元"]
    assert g.start - 300 == text.index("(境") + 1
    assert in_brackets(d, g)
    # a figure after a closed pair is in none
    assert not any(in_brackets(d, h) for h in d.figures if h.text in ("0元", "420800元"))
