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
