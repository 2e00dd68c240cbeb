"""Recall: figures listed after "分别为" are named one by one by the names listed before them."""

from __future__ import annotations

import pytest

from perfxl.narrative.figures import extract_figures
from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


_GDP = "2023年某地区生产总值为{}亿元,位列全省倒数第一,其第一、二、三产业增加值分别为51.20亿元、15.70亿元、85.00亿元。"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_run_after_each_names_its_parts_and_their_sum_is_checked(script):
    text = _GDP.format("151.80")   # 51.20 + 15.70 + 85.00 = 151.90
    if script == "traditional":
        text = text.replace("产业", "產業").replace("分别为", "分別為").replace("亿元", "億元")
    [f] = _rule(text, "N-SUM")
    unit = "億元" if script == "traditional" else "亿元"
    assert f.severity == "error" and [s.text for s in f.narrative] == [v + unit for v in ("151.80", "51.20", "15.70", "85.00")]


def test_a_run_after_each_that_adds_up_is_silent():
    assert _rule(_GDP.format("151.90"), "N-SUM") == []


@pytest.mark.parametrize("head, names", [
    ("其第一、二、三产业增加值分别为", ["第一产业增加值", "二产业增加值", "三产业增加值"]),
    ("收入、支出分别为", ["收入", "支出"]),
    ("中央、省级资金分别为", ["中央资金", "省级资金", None]),
    ("货物、工程和服务采购规模分别为", ["货物采购规模", "工程采购规模", "服务采购规模"]),
])
def test_each_figure_of_the_run_takes_its_name(head, names):
    text = "总额151.90万元," + head + "、".join(("51.20万元", "15.70万元", "85.00万元")[:len([n for n in names])]) + "。"
    figs = extract_figures(text)[1:]
    if None in names:
        # three figures but two names: no name is given out (the run is not read as the names)
        assert figs[1].subject == ""
    else:
        assert [f.subject for f in figs] == names


def test_a_run_without_each_keeps_its_names():
    # "…合计为A、B": no "分别/各" before the run, nothing is named
    figs = extract_figures("收入、支出合计为51.20万元、15.70万元。")
    assert figs[1].subject == ""


# -- amounts in 万 or 亿 written without 元 -------------------------------------------------------------

_TOURISM = "2019年全州实现旅游总收入69.27亿,同比增长30%。其中国内旅游总收入{}亿元,增长31%。"


def test_an_amount_in_yi_without_yuan_after_a_name_of_money_is_read():
    # 69.527 > 69.27: the whole written "69.27亿" (no 元) beside amounts in 亿元
    [f] = _rule(_TOURISM.format("69.527"), "N-SUM")
    assert f.severity == "error" and [s.text for s in f.narrative] == ["69.527亿元", "69.27亿"]


def test_an_amount_in_yi_without_yuan_that_holds_is_silent():
    assert _rule(_TOURISM.format("68.527"), "N-SUM") == []


@pytest.mark.parametrize("text", [
    "城乡医疗资助救助收入77万元,上级补助收入700万。",
    "学前教育资金1293.5万元,其中学生资助资金86.5万,目前已全部到位。",
])
def test_each_wan_without_yuan_after_money_is_an_amount(text):
    assert [f.unit for f in extract_figures(text) if not f.text.endswith("元")] == ["万元"]


@pytest.mark.parametrize("text", [
    "来凤政府采购上半年节约资金480万",            # no amount in 万元 in its paragraph: 万 of what, the text does not say
    "收入100万美元,支出20万元。",                  # 美元: another currency
    "接待游客700万,支出20万元。",                   # 游客: no name of money
    "资金20万元。\n上级补助收入700万。",            # 万元 only in another paragraph
])
def test_a_bare_wan_is_no_amount_without_its_evidence(text):
    assert all(f.text.endswith("元") for f in extract_figures(text))


def test_a_rate_after_two_parts_of_one_whole_is_no_ratio_of_them():
    # 86.5 ÷ 1207 = 7.17 %: the two are parts of 1293.5, the rate says all of it arrived
    text = ("今年我县支持学前教育项目发展资金1293.5万元,其中基建设备项目规划资金1207万元,学前教育阶段学生资助资金86.5万元,"
            "目前资金已全部落实到位,资金到位率100%。")
    assert _rule(text, "N-RATE") == []


# -- a bracket opening the next sentence with its list ------------------------------------------------

_CADRE = "1、干部教育支出287.41万元。(包含教职工工资福利等支出191.41万元、项目支出74万元、不可预见费{}万元)"


def test_a_bracket_after_the_full_stop_lists_the_parts_of_the_amount_before():
    # 191.41 + 74 + 27 = 292.41 > 287.41
    [f] = _rule(_CADRE.format(27), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "287.41万元"


def test_a_bracket_after_the_full_stop_that_adds_up_is_silent():
    assert _rule(_CADRE.format(22), "N-SUM") == []


# -- the 部门决算 template: "…“三公”经费支出决算中，A…；B…；C…" after the whole -----------------------------------

_FRAMED = ("（一）总体情况说明\n{y1}年度一般公共预算财政拨款“三公”经费支出决算为{total}万元，完成预算的80%。\n"
           "（二）具体情况说明\n{y2}年度一般公共预算财政拨款“三公”经费支出决算中，因公出国（境）费支出决算0万元；"
           "公务用车购置及运行维护费支出决算4.02万元；公务接待费支出决算7.94万元。")


def test_the_items_of_the_template_add_up_to_the_whole_written_before():
    # 0 + 4.02 + 7.94 = 11.96, not 12.96
    [f] = _rule(_FRAMED.format(y1=2023, y2=2023, total="12.96"), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "12.96万元" and "11.96万元" in f.message


def test_the_items_of_the_template_that_add_up_are_silent():
    assert _rule(_FRAMED.format(y1=2023, y2=2023, total="11.96"), "N-SUM") == []


def test_a_whole_of_another_year_than_the_template_s_items_is_a_warning():
    [f] = _rule(_FRAMED.format(y1=2022, y2=2023, total="12.96"), "N-SUM")
    assert f.severity == "warning" and f.cause.startswith("合计数写的是 2022 年的，各项是 2023 年的")


def test_items_that_are_no_complete_group_are_not_summed():
    # two of the three “三公” items: they need not make the whole
    text = _FRAMED.format(y1=2023, y2=2023, total="12.96").replace("因公出国（境）费支出决算0万元；", "")
    assert _rule(text, "N-SUM") == []


def test_an_amount_named_with_the_whole_s_name_and_more_is_a_reading_of_the_whole():
    # 17.44 + 30.87 + 5.42 = 53.73: the 合计 of the sentence before, not the 三公经费 of another report further up
    text = ("可查询的15个省份中，“三公经费”共114.72亿元。\n"
            "报告显示，2015年中央行政事业单位财政拨款的“三公”经费支出合计53.73亿元，比预算数减少9.43亿元。“三公”经费中，"
            "因公出国(境)经费17.44亿元，比预算数减少1.94亿元；公务用车购置及运行费30.87亿元，减少3.72亿元；公务接待费5.42亿元，减少3.77亿元。")
    assert _rule(text, "N-SUM") == []


def test_a_whole_of_another_section_is_not_the_template_s():
    text = _FRAMED.format(y1=2023, y2=2023, total="12.96").replace("（二）具体情况说明", "八、其他重要事项说明\n（二）具体情况说明")
    assert _rule(text, "N-SUM") == []


# -- "净增" is a change ---------------------------------------------------------------------------------------

_NET = "项目总投资228.8万元,其中:村自筹资金67.3万元,申请财政奖补资金161.5万元,比上年财政奖补资金净增31.69万元,增长{}%。"


def test_a_net_increase_is_a_change_with_its_rate():
    # 31.69 ÷ (161.5 − 31.69) = 24.41 %
    [f] = _rule(_NET.format("25.77"), "N-CHANGE")
    assert f.severity == "error" and f.narrative[0].text == "25.77%"


def test_a_net_increase_with_its_right_rate_is_silent():
    assert _rule(_NET.format("24.41"), "N-CHANGE") == []


def test_a_reading_given_twice_is_no_part_of_a_name():
    # "生(sheng)(sheng)產總值": a page giving one character its pinyin twice
    [f] = extract_figures("2023年大(da)興(xing)安(an)嶺(ling)地區生(sheng)(sheng)產總值(zhi)為151.80億元。")
    assert f.subject == "大兴安岭地区生产总值"


# -- a self-evaluation's score by its first-level indicators ------------------------------------------

_SCORE = "该项目自评总分{}分，其中产出指标得分41.98分，效益指标得分28.59分，满意度指标得分9分，预算执行率得分9分。"


def test_a_score_short_of_its_four_indicators_is_an_error():
    # 预算执行率 + 产出 + 效益 + 满意度 make the total (DOMAIN.md): 41.98 + 28.59 + 9 + 9 = 88.57, not 98.57
    [f] = _rule(_SCORE.format("98.57"), "N-SUM")
    assert f.severity == "error" and f.narrative[0].text == "98.57分"


def test_a_score_its_four_indicators_make_is_silent():
    assert _rule(_SCORE.format("88.57"), "N-SUM") == []


def test_a_score_with_an_indicator_left_out_may_be_short():
    text = _SCORE.format("98.57").replace("，预算执行率得分9分", "")
    assert _rule(text, "N-SUM") == []
