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
