"""Precision of the narrative checks on sentence families met in the seventh corpus round: each
pattern once where it used to raise a false error, once where the rule must still fire."""

from __future__ import annotations

from .narrative_helpers import errors, found


def test_an_item_whose_amount_cannot_be_read_leaves_its_list_unchecked():
    text = ("下达给我单位资金1.53万元，其中：退耕还林抚育 点击查看>> 万元，国家级森林生态效益补偿资金调减2.66万元，"
            "造林补助2.42万元，上一轮集体和个人国家级公益林2.88万元，上一轮退耕还林生态林补助1.12万元。")
    assert errors(text, {"N-SUM"}) == []
    text = "下达给我单位资金6.00万元，其中：造林补助2.42万元，公益林补助2.88万元，生态林补助1.12万元。"
    assert [f.actual for f in errors(text, {"N-SUM"})] == [6.0]


def test_an_adjustment_down_is_a_change_not_a_part():
    text = "下达资金6.42万元，其中：生态效益补偿资金调减2.66万元，造林补助2.42万元，公益林2.88万元，生态林补助1.12万元。"
    assert errors(text, {"N-SUM"}) == []


def test_a_share_that_holds_only_if_truncated_is_a_warning():
    text = "本年收入合计4680.58万元，财政拨款收入2982.61万元，占本年收入63%。"
    got = found(text, {"N-SHARE"})
    assert [f.severity for f in got] == ["warning"] and "截尾" in (got[0].cause or "")
    text = "本年收入合计4680.58万元，财政拨款收入2982.61万元，占本年收入61%。"
    assert [f.severity for f in found(text, {"N-SHARE"})] == ["error"]


_QUALIFIED = ("2017年总支出7778.55万元，其中财政项目补助支出683.20万元。\n2017年度一般公共预算财政拨款支出2339.68万元，"
              "占本年支出合计的30.08%。\n1.基本支出1656.48万元，占一般公共预算财政拨款总支出的{pct}。")


def test_a_whole_qualified_by_words_the_total_lacks_is_not_that_total():
    assert errors(_QUALIFIED.format(pct="70.80%"), {"N-SHARE"}) == []
    got = errors(_QUALIFIED.format(pct="60.80%"), {"N-SHARE"})
    assert [f.actual for f in got] == [60.8] and "70.80%" in got[0].message


_SUBTOTAL = ("全县公共财政预算收入46900万元，加上级补助收入403127万元、地方政府一般债券转贷收入18195万元、"
             "全县一般预算总收入468222万元、上年结余11080万元、调入资金335万元、再加动用预算稳定调节基金1705万元后收入总计{total}万元。")


def test_a_subtotal_among_the_terms_of_an_addition_is_the_sum_so_far():
    assert errors(_SUBTOTAL.format(total="481342"), {"N-SUM"}) == []
    got = errors(_SUBTOTAL.format(total="491342"), {"N-SUM"})
    assert [f.actual for f in got] == [491342]


_TAX = "全年县级一般公共预算收入31751万元，完成预算数31220万元的101.7%，税收收入占县级一般公共预算收入的{pct}。税收收入18319万元。"


def test_a_share_naming_its_own_item_takes_no_earlier_figure_of_another_name():
    assert errors(_TAX.format(pct="57.7%"), {"N-SHARE"}) == []
    # named the same, the figure before is still its numerator
    text = "全年税收收入18319万元，增长17.6%，税收收入占县级一般公共预算收入31751万元的47.7%。"
    assert [f.actual for f in errors(text, {"N-SHARE"})] == [47.7]


_BASE = "一般公共预算收入89818万元，与2022年82956万元同比增长8.3%，其中：税收收入69581万元（占比77.5%），非税收入{nontax}万元（占比22.5%）。"


def test_the_base_of_a_comparison_with_同比_governs_no_list():
    assert errors(_BASE.format(nontax="20237"), {"N-SUM"}) == []
    got = errors(_BASE.format(nontax="30237"), {"N-SUM"})
    assert [f.actual for f in got] == [89818]


def test_the_same_name_under_two_wholes_is_two_quantities():
    text = ("2023年全县财政总收入完成545876万元，同比增长4%。税收收入完成441240万元，同比下降5.2%。\n"
            "一般公共预算收入完成数274609万元，同比增长26%。主要收入项目完成情况是：\n"
            "税收收入完成169975万元，完成预算98%，同比增长6%。\n")
    assert found(text, {"N-REPEAT"}) == []
    # under the same whole, the same name with two figures is still worth a look
    text = ("一般公共预算收入完成274609万元，同比增长26%。税收收入完成169975万元，同比增长6%。非税收入完成104634万元。\n"
            "一般公共预算收入完成274609万元。税收收入完成179975万元，主要是增值税增长。")
    assert [f.rule for f in found(text, {"N-REPEAT"})] == ["N-REPEAT"]
