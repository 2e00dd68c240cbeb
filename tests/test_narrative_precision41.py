"""Precision on text shaped a little differently from the corpus: each false error fixed by its general
pattern, with the error kept where no reading holds."""

from __future__ import annotations

from tests.narrative_helpers import found


def _errors_and_warnings(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


# a bracket after a change in points names last year's item, its amount and its share
_LAST_YEAR_BRACKET = ("2022年民生支出1490.45万元，占一般公共预算支出5701.57万元的26.14%，比上年降低1.19个百分点"
                      "（上年民生支出2347.14万元，占8589.42万元的{}%）。")


def test_a_bracket_naming_its_own_item_after_a_change_is_no_part_of_the_change():
    # 2347.14 ÷ 8589.42 = 27.33 %: the bracket's share is of its own amount, not of 民生支出1490.45万元
    assert _errors_and_warnings(_LAST_YEAR_BRACKET.format("27.33"), "N-SHARE") == []


def test_a_wrong_share_in_a_bracket_naming_its_own_item_is_an_error():
    [f] = _errors_and_warnings(_LAST_YEAR_BRACKET.format("37.33"), "N-SHARE")
    assert f.severity == "error" and [s.text for s in f.narrative][:2] == ["37.33%", "2347.14万元"]


def test_a_bare_rate_in_a_bracket_after_a_change_still_takes_the_change_s_verb():
    # "减少1.5万元(42.86%)": 1.5 ÷ (2.30 + 1.5) = 39.47 %, the bracket holds the change's rate
    fs = _errors_and_warnings("公务接待费2.30万元,较上年减少1.5万元(42.86%),减少的主要原因是压缩接待费开支。", "N-CHANGE")
    assert fs and fs[0].severity == "error"
    assert _errors_and_warnings("公务接待费2.30万元,较上年减少1.5万元(39.47%),减少的主要原因是压缩接待费开支。",
                                "N-CHANGE") == []


# a percent in words closing a paragraph, the next line a numbered heading
_WORDS_THEN_HEADING = "收入合计200万元，其中财政拨款收入{}万元，占百分之{}\n二、支出情况"


def test_a_percent_in_words_does_not_run_into_the_next_heading_s_numeral():
    # 20 ÷ 200 = 10 %: "百分之十", the 二 of "二、支出情况" is the heading's
    assert _errors_and_warnings(_WORDS_THEN_HEADING.format("20", "十"), "N-SHARE") == []


def test_a_wrong_percent_in_words_before_a_heading_is_an_error():
    [f] = _errors_and_warnings(_WORDS_THEN_HEADING.format("20", "三十"), "N-SHARE")
    assert f.severity == "error" and f.narrative[0].text == "百分之三十"


def test_a_percent_in_words_broken_over_a_line_is_still_read_whole():
    # "百分之十\n二。": a line break inside the numeral, no heading after it (24 ÷ 200 = 12 %)
    assert _errors_and_warnings("收入合计200万元，其中财政拨款收入24万元，占百分之十\n二。", "N-SHARE") == []
    fs = _errors_and_warnings("收入合计200万元，其中财政拨款收入30万元，占百分之十\n二。", "N-SHARE")
    assert fs and fs[0].severity == "error"


# a whole written as the budget beside its actual, its items each with its actual and its difference from the budget
_BUDGET_AS_WHOLE = ("2015年“三公”经费决算数为9663万元,预算数为13874万元,比年初预算数减少4211万元,主要是严格控制“三公”经费支出。\n"
                    "其中\n因公出国(境)经费326万元,比年初预算数减少84万元。\n公务用车购置及运行维护费8645万元,比年初预算数减少2039万元。\n"
                    "公务接待费692万元,比年初预算数减少{}万元。")


def test_a_whole_that_is_the_budget_has_no_budget_beside_it():
    # 326 + 84 + 8645 + 2039 + 692 + 2088 = 13874, the budget written; 4211 is the actual's difference from it
    assert _errors_and_warnings(_BUDGET_AS_WHOLE.format("2088"), "N-SUM") == []


def test_the_items_budgets_over_the_actual_s_budget_are_an_error():
    text = _BUDGET_AS_WHOLE.format("3088").replace("预算数为13874万元,", "")
    [f] = _errors_and_warnings(text, "N-SUM")      # 14874 against 9663 + 4211 = 13874
    assert f.severity == "error" and f.narrative[1].text == "9663万元"


# averages listed after an average, in a sentence that wrote the aggregate before it
_AVERAGES = ("该部今年“三公”预算为23802.67万元,预算总人数为179548人；按在职人员数计算,年人均财政拨款“三公”经费为2500元,"
             "其中,因公出国(境)费年人均500元,公务用车购置及运行费年人均1600元,公务接待费年人均400元。")


def test_averages_listed_after_an_average_are_its_parts_not_the_aggregate_s():
    assert _errors_and_warnings(_AVERAGES, "N-SUM") == []


def test_parts_after_an_average_that_are_no_averages_are_still_the_aggregate_s():
    fs = _errors_and_warnings("全年支出2.6亿元,日均支出71.2万元,其中:人员经费1.2亿元,公用经费1.9亿元。", "N-SUM")
    assert fs and fs[0].severity == "error" and fs[0].narrative[0].text == "2.6亿元"


# a percent of 0, 1 or 100 in words is a figure too
_ZERO_IN_WORDS = ("本年收入合计14,283.45万元;包括财政拨款收入1,302.04万元,占收入合计9.12%;上级补助收入0万元,占收入合计百分之零;"
                  "事业收入12,632.15万元,占收入合计88.44%;经营收入0万元,占收入合计0%;")


def test_a_share_of_zero_in_words_is_read_so_the_listed_shares_show_a_part_left_out():
    # 9.12 + 0 + 88.44 + 0 = 97.56 %: the excerpt's list leaves an item out; its amounts may fall short
    assert _errors_and_warnings(_ZERO_IN_WORDS, "N-SUM") == []


def test_a_wrong_share_of_zero_or_one_in_words_is_an_error():
    [f] = _errors_and_warnings("收入合计100万元，其中财政拨款收入95万元，占百分之九十五，其他收入5万元，占百分之零。", "N-SHARE")
    assert f.severity == "error" and f.narrative[0].text == "百分之零"
    [f] = _errors_and_warnings("收入合计100万元，其中财政拨款收入5万元，占百分之一。", "N-SHARE")
    assert f.severity == "error" and f.narrative[0].text == "百分之一"


# a part followed by its own breakdown in one list, written without a 其中 of its own
_NESTED = ("全年完成财政总收入10.30亿元,同比增长9.74%,其中地方一般预算收入6.6亿元,同比增长5.06%，累计入库税收收入4.69亿元,"
           "同比增长4.04%,非税收入{}亿元,同比上升7.68%。")


def test_parts_right_after_a_part_that_add_up_to_it_are_its_breakdown():
    assert _errors_and_warnings(_NESTED.format("1.9"), "N-SUM") == []      # 4.69 + 1.9 = 6.59, the 6.6 broken down


def test_parts_after_a_part_that_do_not_add_up_to_it_are_still_siblings():
    [f] = _errors_and_warnings(_NESTED.format("2.9"), "N-SUM")            # 6.6 + 4.69 + 2.9 = 14.19 > 10.30
    assert f.severity == "error" and f.narrative[0].text == "10.30亿元"


# a number a line break cut in two, a blank beside the break
_CUT = "政府性基金预算支出79 077万元,为年初预算数的710.5%,同比增支41{}129万元,增长{}%。"


def test_a_number_cut_by_a_line_break_with_a_blank_beside_it_is_one_number():
    # 79 077 − 41 129 = 37 948; 41 129 ÷ 37 948 = 108.38 %
    assert _errors_and_warnings(_CUT.format(" \n", "108.4"), "N-CHANGE") == []
    assert _errors_and_warnings(_CUT.format("\n ", "108.4"), "N-CHANGE") == []


def test_a_wrong_rate_of_a_number_cut_with_a_blank_is_an_error():
    [f] = _errors_and_warnings(_CUT.format(" \n", "118.4"), "N-CHANGE")
    assert f.severity == "error" and "41 \n129万元" in [s.text for s in f.narrative]
