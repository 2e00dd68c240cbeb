"""Recall: an item of a numbered list worded like the others up to its amount, the others in 万元, this one in 元
with digits of their size (the 万 dropped in the later items of a list of grants)."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _slips(text):
    return [f for f in found(text) if f.rule == "N-UNIT-SLIP" and f.severity in ("error", "warning")]


def _grants(*items: str, head: str = "二、儿童福利类(300万元)\n", words: str = "安排使用市本级公益金") -> str:
    lines = [f"{k}. {words}{amount},资助{what}。" for k, (amount, what) in
             enumerate(zip(items, ("儿童福利院改造", "孤儿助学", "康复中心设备", "流浪儿童救助", "社区儿童之家")), 1)]
    return "2021年本级公益金收入900万元,主要用于四个方面。\n" + head + "\n".join(lines) + "\n"


def test_an_item_in_yuan_among_items_worded_alike_in_wan_is_a_slip():
    [f] = _slips(_grants("120万元", "40万元", "80元", "20万元"))
    assert f.severity == "error"
    assert f.narrative[0].text == "80元"
    assert "80万元" in f.message and "安排使用市本级公益金" in f.message


def test_every_item_in_yuan_after_the_first_ones_is_reported():
    fs = _slips(_grants("120万元", "40万元", "80元", "20元", "5元"))
    assert [f.narrative[0].text for f in fs] == ["80元", "20元", "5元"]
    assert {f.severity for f in fs} == {"error"}


def test_items_all_in_wan_are_silent():
    assert _slips(_grants("120万元", "40万元", "80万元", "20万元")) == []


@pytest.mark.parametrize("amount", ["8000元", "0.5元"])
def test_an_amount_not_of_the_others_size_is_silent(amount):
    # 8000 元 is not under 1000; 0.5 is under a tenth of the smallest (20): no sign that a 万 was dropped
    assert _slips(_grants("120万元", "40万元", amount, "20万元")) == []


def test_an_item_worded_otherwise_is_silent():
    text = _grants("120万元", "40万元", "80万元", "20万元").replace("3. 安排使用市本级公益金80万元", "3. 为每名孤儿发放生活补助80元")
    assert _slips(text) == []


def test_a_single_other_item_in_wan_is_not_enough():
    assert _slips(_grants("120万元", "80元", "20元")) == []


def test_words_of_a_rate_per_head_are_silent():
    # "补助标准" names a rate per head: 80元 of one item and 20万元 of another may both be as written
    assert _slips(_grants("120万元", "40万元", "80元", "20万元", words="提高孤儿基本生活补助标准")) == []


def test_items_of_another_list_are_not_its_siblings():
    text = ("一、项目安排\n1. 安排使用市本级公益金120万元,资助儿童福利院改造。\n2. 安排使用市本级公益金40万元,资助孤儿助学。\n"
            "二、其他\n(1) 安排使用市本级公益金80元,资助社区儿童之家。\n")
    assert _slips(text) == []


def test_a_price_per_unit_is_silent():
    assert _slips(_grants("120万元", "40万元", "80元/人", "20万元")) == []


def _sums(text):
    return [f for f in found(text) if f.rule in ("N-SUM", "N-RATE") and f.severity in ("error", "warning")]


_FUNDS = ("(三)资金使用情况。累计到位资金{whole}亿元,核拨资金15.99亿元、核拨率{rate}%,实际支付资金15.82亿元,资金支付率{paid}%。"
          "其中:甲市到位资金6.02亿元,核拨资金5.59亿元;乙县到位资金8.20亿元,核拨资金7.46亿元;"
          "丙县到位资金1.84亿元,核拨资金1.67亿元;丁县到位资金1.38亿元,核拨资金1.27亿元。")


def test_a_whole_whose_own_rates_hold_only_over_its_parts_sum_is_off():
    # parts 17.44; 15.99 ÷ 17.44 = 91.69 %, 15.82 ÷ 17.44 = 90.71 %; over 17.87: 89.48 %, 88.53 %
    [f] = _sums(_FUNDS.format(whole="17.87", rate="91.69", paid="90.71"))
    assert (f.rule, f.severity) == ("N-SUM", "error")
    assert f.narrative[0].text == "17.87亿元"
    assert "17.44亿元" in f.message and "核拨率91.69%" in f.message and "89.48%" in f.message


def test_rates_that_hold_over_the_whole_as_written_leave_a_short_list_alone():
    # the rates are of 17.87: the list of four may leave a part out
    assert _sums(_FUNDS.format(whole="17.87", rate="89.48", paid="88.53")) == []


def test_one_rate_of_the_whole_as_written_is_no_evidence_against_it():
    # 核拨率 holds over the sum, 支付率 over the whole as written: the rates disagree, nothing is certain
    fs = _sums(_FUNDS.format(whole="17.87", rate="91.69", paid="88.53"))
    assert all(f.severity != "error" or f.rule != "N-SUM" for f in fs)


def test_a_whole_that_its_parts_make_is_silent():
    assert _sums(_FUNDS.format(whole="17.44", rate="91.69", paid="90.71")) == []


def _over(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity in ("error", "warning")]


_TASK = "截至6月底,全镇财税总收入累计完成419万元,为全年任务740万元的56.6%。其中:国税收入70万元,地税收入{}万元。"


def test_a_list_after_the_wholes_own_rate_of_its_task_is_the_wholes():
    # the rate of the task (740) ends the sentence; 其中 in the next one still breaks down the 419
    [f] = _over(_TASK.format(375))
    assert f.severity == "error" and f.narrative[0].text == "419万元" and "445万元" in f.message


def test_a_list_after_the_wholes_own_rate_that_falls_short_is_silent():
    assert _over(_TASK.format(300)) == []   # 370 of 419: the list may name only some


_SUBLIST = ("2015年度“三公”经费财政拨款年度预算为5.5万元,支出决算为2.11万元,完成预算的38.36%。其中:\n"
            "1.因公出国(境)费用支出决算为0万元。\n"
            "2.公务用车购置及运行维护费支出决算为1.33万元,完成预算的38%。\n"
            "(1)公务用车购置费0万元,年末公务用车保有量1辆。\n"
            "(2)公务用车运行维护费1.33万元,完成预算的38%。\n"
            "3.公务接待费支出决算为{}万元,完成预算的39%。\n")


def test_a_numbered_list_goes_on_after_the_sub_items_of_one_item():
    [f] = _over(_SUBLIST.format("1.98"))   # 0 + 1.33 + 1.98 = 3.31 against 2.11
    assert f.severity == "error" and [s.text for s in f.narrative] == ["2.11万元", "0万元", "1.33万元", "1.98万元"]


def test_a_numbered_list_read_past_its_sub_items_that_adds_up_is_silent():
    # read only to item 2, the list would fall short (1.33 of 2.11) and be said to leave a part out
    assert _over(_SUBLIST.format("0.78")) == []


def test_a_list_of_another_numbering_after_the_sub_items_is_not_resumed():
    text = _SUBLIST.format("1.98").replace("3.公务接待费", "1.公务接待费")   # numbering starts again: another list
    assert not any(s.text == "1.98万元" for f in _over(text) for s in f.narrative)


_RELIEF = ("本年共安排救助资金{}万元,具体如下:\n(1)拨付救助资金20万元,用于甲镇。\n(2)拨付救助资金48万元,用于乙镇。\n"
           "(3)拨付救助资金80元,用于丙村。\n(4)拨付慰问资金0万元。\n(5)拨付救助资金80万元,用于丁镇。\n")


def test_an_item_in_yuan_that_a_written_total_counts_as_written_is_no_slip_of_its_twin_either():
    # 20 + 48 + 0.008 + 0 + 80 = 148.008: the total counts the 80 元 as 元, though "拨付救助资金80万元" is written too
    assert _slips(_RELIEF.format("148.0080")) == []


def test_an_item_in_yuan_that_the_total_counts_in_wan_is_a_slip():
    [f] = _slips(_RELIEF.format("228"))
    assert f.severity == "error" and f.narrative[0].text == "80元"


_LAST_YEARS_OWN = "2024年全市直达资金预算数8.86亿元,比上年增加0.41亿元。上年预算数8.45亿元。其中:甲市预算数4.65亿元;乙县预算数{}亿元。"


def test_parts_after_last_years_figure_told_apart_that_make_this_years_are_only_a_reading():
    fs = _over(_LAST_YEARS_OWN.format("4.21"))   # 4.65 + 4.21 = 8.86, this year's
    assert [f.severity for f in fs] == ["warning"] and "8.86亿元" in (fs[0].cause or "")


def test_parts_after_last_years_figure_that_make_neither_year_are_an_error():
    [f] = _over(_LAST_YEARS_OWN.format("4.91"))
    assert f.severity == "error"


_BASIS = "全年可用资金2326.00万元（含上年结转177.00万元），支出2048.98万元，预算执行率95.35%（按年度预算{}万元计算）。"


def _rates(text):
    return [f for f in found(text) if f.rule == "N-RATE" and f.severity in ("error", "warning")]


def test_a_rate_over_the_base_it_names_in_brackets_is_silent():
    assert _rates(_BASIS.format("2149.00")) == []   # 2048.98 ÷ 2149.00 = 95.35 %


def test_a_rate_over_neither_the_named_base_nor_the_amounts_before_is_still_warned():
    [f] = _rates(_BASIS.format("2249.00"))
    assert f.severity == "warning"


_FAMILY_PLANNING = ("全年财政总支出{}亿元,同比增长6.51%。其中:教育支出2.86亿元,同比增长6.51%;"
                    "医疗卫生与计划生育支出1.66亿元,同比增长17.74%;科学技术支出0.75亿元,同比增长24.44%。")


def test_family_planning_names_an_item_not_a_plan_compared_with():
    from perfxl.narrative.figures import extract_figures
    [f] = [f for f in extract_figures(_FAMILY_PLANNING.format("5.27")) if f.text == "1.66亿元"]
    assert f.role is None and f.subject == "医疗卫生与计划生育支出"


def test_an_item_named_for_family_planning_is_a_part():
    assert _over(_FAMILY_PLANNING.format("5.27")) == []          # 2.86 + 1.66 + 0.75 = 5.27
    [f] = _over(_FAMILY_PLANNING.format("4.27"))
    assert f.severity == "error" and "1.66亿元" in [s.text for s in f.narrative]
