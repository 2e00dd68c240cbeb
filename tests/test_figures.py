"""Figure extraction on the three seed reports, and on anything at all."""

import os
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from perfxl.narrative.figures import extract_figures

SEEDS = Path(os.environ.get("PERFXL_SEEDS") or Path(__file__).resolve().parents[2] / "shared" / "seeds")
if not SEEDS.exists():
    SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def seed(name):
    path = next(SEEDS.glob(f"{name}_*.txt"), None)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("shared/seeds 不在仓库旁边：CI 必须运行基于真实报告的测试")
        pytest.skip("seed reports not present")
    text = path.read_text(encoding="utf-8")
    return text.split("附件3\n部门整体支出绩效评价基础数据表")[0]


# (text as written, value, unit, kind, a word the subject must contain, relation)
BEISHAN = [
    ("114人", 114, "人", "count", "编制人数", None),
    ("127人", 127, "人", "count", "实际人数", None),
    ("3619.44万元", 3619.44, "万元", "amount", "支出合计", "合计"),
    ("2998.29万元", 2998.29, "万元", "amount", "基本支出", None),
    ("82.84%", 82.84, "%", "percent", "", "占"),
    ("621.15万元", 621.15, "万元", "amount", "项目支出", None),
    ("17.16%", 17.16, "%", "percent", "", "占"),
    ("82.58%", 82.58, "%", "percent", "", "占"),
    ("2295.62万元", 2295.62, "万元", "amount", "人员经费", "其中"),
    ("63.23%", 63.23, "%", "percent", "", "占"),
    ("702.68万元", 702.68, "万元", "amount", "公用经费", None),
    ("19.36%", 19.36, "%", "percent", "", "占"),
    ("5万元", 5, "万元", "amount", "公务接待费", None),
    ("4.99万元", 4.99, "万元", "amount", "决算", None),
    ("99.8%", 99.8, "%", "percent", "完成预算", None),
    ("23万元", 23, "万元", "amount", "政府基金预算", None),
    ("336件", 336, "件", "count", "问题", None),
    ("0.6万亩", 0.6, "万亩", "count", "早稻集中育秧面积", None),
    ("2.25万亩", 2.25, "万亩", "count", "中稻", None),
    ("789.67亩", 789.67, "亩", "count", "任务", None),
    ("123户", 123, "户", "count", "消除风险监测户", None),
    ("32起", 32, "起", "count", "秸秆", None),
    ("79吨", 79, "吨", "count", "垃圾", None),
    ("1200亩", 1200, "亩", "count", "退化林修复", None),
    ("131家", 131, "家", "count", "新增市场主体", None),
    ("34家", 34, "家", "count", "企业", None),
    ("3亿元", 3, "亿元", "amount", "投资", None),
    ("467亩", 467, "亩", "count", "蔬菜基地", None),
    ("28户", 28, "户", "count", "低保", None),
    ("32.09万元", 32.09, "万元", "amount", "", None),
    ("1106.5元", 1106.5, "元", "amount", "人均救助", None),
    ("68.3万元", 68.3, "万元", "amount", "金额", None),
]
NANYUE = [
    ("38名", 38, "名", "count", "行政编制", None),
    ("583.14万元", 583.14, "万元", "amount", "基本支出", None),
    ("370.57万元", 370.57, "万元", "amount", "", "减少"),
    ("484.45万元", 484.45, "万元", "amount", "人员经费", None),
    ("83%", 83, "%", "percent", "", "占"),
    ("4.57万元", 4.57, "万元", "amount", "补助", None),
    ("1%", 1, "%", "percent", "", "占"),
    ("94.12万元", 94.12, "万元", "amount", "公用经费", None),
    ("16%", 16, "%", "percent", "", "占"),
    ("3382.41万元", 3382.41, "万元", "amount", "项目支出", None),
    ("2544.44万元", 2544.44, "万元", "amount", "", "减少"),
    ("43%", 43, "%", "percent", "减幅", None),
    ("12.36万元", 12.36, "万元", "amount", "三公经费", None),
    ("0.12万元", 0.12, "万元", "amount", "公务接待", None),
    ("12.24万元", 12.24, "万元", "amount", "公务用车", None),
    ("8.12万元", 8.12, "万元", "amount", "", "减少"),
    ("39%", 39, "%", "percent", "", "减少"),
    ("4997.17万元", 4997.17, "万元", "amount", "收入", None),
    ("3965.55万元", 3965.55, "万元", "amount", "一般公共预算", None),
    ("68.2万元", 68.2, "万元", "amount", "政府性基金", None),
    ("1031.61万元", 1031.61, "万元", "amount", "其他收入", None),
    ("5122.34万元", 5122.34, "万元", "amount", "支出", None),
    ("206户", 206, "户", "count", "改厕", None),
    ("9509亩", 9509, "亩", "count", "早晚稻", None),
    ("237.59万元", 237.59, "万元", "amount", "低保", None),
    ("85.73%", 85.73, "%", "percent", "接种率", None),
]
ZHANGSHU = [
    ("43个", 43, "个", "count", "编制数", None),
    ("40人", 40, "人", "count", "实有人数", None),
    ("520.6万元", 520.6, "万元", "amount", "年初预算安排收入", None),
    ("2582.39万元", 2582.39, "万元", "amount", "决算总收入", "合计"),
    ("2061.79万元", 2061.79, "万元", "amount", "", "增加"),
    ("2456.49万元", 2456.49, "万元", "amount", "基本支出", None),
    ("95.12％", 95.12, "%", "percent", "", "占"),
    ("125.9万元", 125.9, "万元", "amount", "项目支出", None),
    ("4.88％", 4.88, "%", "percent", "", "占"),
    ("6.33万元", 6.33, "万元", "amount", "预算数", None),
    ("6.33元", 6.33, "元", "amount", "决算数", None),
    ("458.45万元", 458.45, "万元", "amount", "政府采购", None),
    ("46.27元", 46.27, "元", "amount", "货物", None),
    ("248.22万元", 248.22, "万元", "amount", "工程", None),
    ("1343.06万元", 1343.06, "万元", "amount", "资产总额", None),
    ("729.03万元", 729.03, "万元", "amount", "固定资产账面原值", None),
    ("520.96万元", 520.96, "万元", "amount", "在用资产", None),
    ("71.46 %", 71.46, "%", "percent", "资产使用率", None),
    ("98分", 98, "分", "count", "自评得分", None),
    ("12.80亿元", 12.8, "亿元", "amount", "地区生产总值", None),
    ("35650元", 35650, "元", "amount", "人均可支配收入", None),
    ("155%", 155, "%", "percent", "完成率", None),
    ("123.99亩", 123.99, "亩", "count", "举证", None),
]


@pytest.mark.parametrize("name, expected", [("001", BEISHAN), ("000", NANYUE), ("002", ZHANGSHU)])
def test_seed_figures_a_careful_reader_finds(name, expected):
    text = seed(name)
    figures = extract_figures(text)
    for written, value, unit, kind, subject_word, relation in expected:
        matches = [f for f in figures if f.text == written and f.subject and subject_word in f.subject
                   or f.text == written and not subject_word]
        assert matches, f"{written} ({subject_word}) not found"
        f = matches[0]
        assert (f.value, f.unit, f.kind) == (pytest.approx(value), unit, kind), written
        if relation:
            assert any(m.relation == relation for m in matches), (written, [m.relation for m in matches])
        assert text[f.start:f.end] == f.text


def test_approximate_figures():
    text = seed("001")
    approx = {f.text for f in extract_figures(text) if f.approximate}
    assert {"90余吨", "近300次", "10000余户", "8.5万余株", "200余名"} <= approx
    assert "近400人" in {f.text for f in extract_figures(seed("000")) if f.approximate}


def test_names_are_not_numbers():
    figures = extract_figures("“三公”经费支出下降，推行一站式服务、一件事一次办，三长制全覆盖，第二次会议召开。")
    assert figures == []


def test_chinese_numerals():
    f, g = extract_figures("困难户十二户，降幅百分之三十九。")
    assert (f.value, f.unit) == (12, "户") and (g.value, g.unit, g.kind) == (39, "%", "percent")


def test_decimals_and_scale_kept():
    f, = extract_figures("基本支出2998.29万元")
    assert (f.value, f.unit, f.decimals, f.kind) == (2998.29, "万元", 2, "amount")
    assert float(f.wan_yuan.lo) == pytest.approx(2998.285)
    f, = extract_figures("共3.5亿元")
    assert float(f.wan_yuan.mid) == pytest.approx(35000)


def test_year_is_recorded():
    f, = extract_figures("2022年“三公”经费实际支出12.36万元")
    assert f.year == 2022 and f.subject == "三公经费实际支出"


def test_ranges_and_codes_are_skipped():
    assert [f.text for f in extract_figures("每位邻长联系5-15户，G207国道")] == []


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_never_crashes_and_offsets_are_true(text):
    for f in extract_figures(text):
        assert text[f.start:f.end] == f.text


@given(st.text(alphabet="0123456789.万亿元%％余约近其中占比上年增加减少，。；、人户家亩（）“”三公经费 　\n", max_size=200))
@example("0\n万0元")   # a line break between a number and its 万 of an amount of two scales
@example("收入12\n亿0500万元")
@settings(max_examples=300, deadline=None)
def test_never_crashes_on_figure_like_text(text):
    for f in extract_figures(text):
        assert text[f.start:f.end] == f.text


def test_a_space_typed_after_a_point_does_not_cut_the_number():
    # "575. 48萬元": one number; a list's number at a line's start followed by an amount stays apart
    [f] = extract_figures("预算总额为575. 48万元。")
    assert f.value == 575.48 and f.text == "575. 48万元"
    [g] = extract_figures("说明如下：\n1. 48万元用于购置设备。")
    assert g.value == 48


def test_chinese_numerals_of_two_scales_points_and_pinyin():
    got = {f.text: f for f in extract_figures(
        "首四月累計為一百二十一億二千二百六十萬元，比去年同期八十億八千四百五十萬元，增長了百分之四十九點(diǎn)九。"
        "公共財政收入六百一十一‧三億元，財產收益十五‧四億元。總預算三百○八億元。")}
    # an amount of 亿 and 万 is one amount, to the 万 it is written to
    f = got["一百二十一億二千二百六十萬元"]
    assert (f.value, f.unit, f.decimals) == (1212260, "万元", 0)
    # a point written as a middle dot, and its places
    f = got["六百一十一‧三億元"]
    assert (f.value, f.unit, f.decimals) == (611.3, "亿元", 1)
    # the pinyin a page prints after a character does not cut the numeral
    f = got["百分之四十九點(diǎn)九"]
    assert (f.value, f.decimals) == (49.9, 1)
    assert got["三百○八億元"].value == 308


def test_digits_grouped_by_four_are_one_number():
    # "1089,0827,000元" (groups of 万 and 亿, as some budgets write them) is 10,890,827,000元, not "0827,000元"
    got = {f.text: f.value for f in extract_figures("岁入预算数1089,0827,000元，减少83,1128,000元。收入12,34,5元。")}
    assert got == {"1089,0827,000元": 10890827000, "83,1128,000元": 831128000}
