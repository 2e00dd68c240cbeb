"""Red-team pass 19 and audit round 70: the shapes that gave wrong errors, each with the reading that holds, and the
same shapes where no reading holds and the error stays; and shares put one unit off so that a list's shares make 100
(尾差调整), reported as warnings that say so."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found, rule_errors as _errors


def _warnings(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "warning"]


# A1, A2: a bracket giving the share an earlier year had ("（上年占69.2%）"): that year's amounts are not written
@pytest.mark.parametrize("text", [
    "本年支出合计1200.78万元，其中基本支出856.32万元，占71.3%（上年占69.2%）。",
    "一般公共预算收入3560万元，其中税收收入2856万元，占80.2%（上年同期占78.7%）。",
    "2023年本年支出合计1200.78万元，其中基本支出856.32万元，占71.3%（2022年占69.2%）。",
    "本年支出合计1200.78万元，其中基本支出856.32万元，占比71.3%，占比较上年提高2.1个百分点（上年69.2%）。",
])
def test_a_bracketed_share_of_an_earlier_year(text):
    assert _errors(text, "N-SHARE") == []


@pytest.mark.parametrize("text", [
    "本年支出合计1200.78万元，其中基本支出856.32万元，占75.3%（上年占69.2%）。",            # this year's share itself fails
    "2023年本年支出合计1200.78万元，其中基本支出856.32万元，占71.3%（2023年占69.2%）。",     # the same year said two ways
])
def test_a_bracketed_share_that_still_fails(text):
    assert len(_errors(text, "N-SHARE")) == 1


# A3: "<part>中，<item>…" and "<part>中国内…": the item is inside the part, not a sibling of it
@pytest.mark.parametrize("text", [
    "“三公”经费支出12.35万元，其中公务接待费3.85万元，公务接待费中，国内接待3.00万元，公务用车运行维护费8.50万元。",
    "“三公”经费支出12.35万元，其中公务接待费3.85万元，公务接待费中国内接待3.00万元，公务用车运行维护费8.50万元。",
    "“三公”经费支出12.35万元，其中公务用车运行维护费8.50万元，公务用车运行维护费中，燃料费3.00万元，公务接待费3.85万元。",
])
def test_a_breakdown_named_inside_an_earlier_part(text):
    assert _errors(text, "N-SUM") == []


def test_a_breakdown_inside_a_part_and_the_outer_items_still_exceed():
    text = "“三公”经费支出12.35万元，其中公务接待费3.85万元，公务接待费中，国内接待3.00万元，公务用车运行维护费9.50万元。"
    assert len(_errors(text, "N-SUM")) == 1


# audit 7305: a government's revenue by the level keeping it and by its kind are two cuts of one whole
def test_revenue_by_level_and_by_kind_cut_across():
    text = ("全年实现财政总收入32.8亿元,比上年增长1.2%,其中:一般公共财政预算收入18.6亿元,增长2.2%;财政收入占GDP的比重15.3%;"
            "税收收入23.3亿元,占财政收入比重70.8%,比上年下降10.5个百分点。")
    assert _errors(text, "N-SUM") == []


@pytest.mark.parametrize("text", [
    "全年实现财政总收入32.8亿元,比上年增长1.2%,其中:地方一般公共预算收入18.6亿元,上划中央收入16.3亿元。",
    "一般公共预算收入32.8亿元,其中:税收收入18.6亿元,非税收入16.3亿元。",
])
def test_revenue_cut_one_way_still_adds_up(text):
    assert len(_errors(text, "N-SUM")) == 1


# audit 7315: a bare 占比 in a 其中 item may be of the whole its list's total states its own share of
_AGES = ("2021年末,全省常住人口为6540万人。2021年末全省常住人口中,0-15岁的人口为919万人,占总人口的14.1%;16-59岁的人口为4369万人,"
         "占总人口的66.8%;60岁及以上的人口为1252万人,占总人口的19.1%,比上年上升0.4个百分点,其中65岁及以上人口为926万人,占比为{}%,"
         "比上年上升0.9个百分点。")


def test_a_bare_share_of_the_whole_its_total_is_a_share_of():
    assert _errors(_AGES.format("14.2"), "N-SHARE") == []


def test_a_bare_share_failing_both_wholes():
    assert len(_errors(_AGES.format("15.2"), "N-SHARE")) == 1


# a total known two ways: as written and as the sum of its written parts; the whole lies in both
_BONDS = ("2017年,全市新增地方政府债券25.80亿元。其中:用于土地储备8.30亿元,占比32.2%;用于公路建设7.30亿元,占比28.3%;"
          "用于农林水利建设3.75亿元,占比14.5%;用于文化建设0.70亿元,占比2.7%;用于生态建设和环境保护0.65亿元,占比2.5%;"
          "用于市政建设0.45亿元,占比1.7%;用于医疗卫生、教育及其他4.65亿元,占比{}%。")


def test_a_share_one_unit_off_to_make_100_is_a_warning_that_says_so():
    # 4.65 ÷ 25.80 = 18.02 %: with the total as written (25.80 ± 0.005) it is not 18.1; rounded, the seven make 99.9
    assert _errors(_BONDS.format("18.1"), "N-SHARE") == []
    (w,) = _warnings(_BONDS.format("18.1"), "N-SHARE")
    assert "尾差" in (w.cause or "") and "七项" in (w.cause or "")


def test_a_share_that_holds_stays_silent():
    # (the shares then make 99.9 and none is off)
    assert [f for f in found(_BONDS.format("18.0")) if f.rule == "N-SHARE"] == []


def test_a_share_further_off_is_an_error():
    assert len(_errors(_BONDS.format("17.1"), "N-SHARE")) == 1


@pytest.mark.parametrize("text, warned", [
    # every item said on its own line, the whole named by each share
    ("2016年我院支出合计26,994.72万元。\n①基本支出:本年度我院基本支出12,270.36万元,占总支出的45.46%。\n"
     "②项目支出:本年度我院项目支出14,629.33万元,占总支出的54.19%。\n③本年度我院经营支出为95.03万元,占总支出0.35%。", "45.46%"),
    # the whole not written at all: the sum of the parts
    ("该计划包括项目4个。\n1.产业发展项目1个1250万元,占资金总额的6.1%;\n2.饮水巩固提升项目2个5263万元,占资金总额的25.8%;\n"
     "3.道路基础设施建设项目1个13500万元,占资金总额的66.2%;\n4.农田水利设施建设项目1个375万元,占资金总额的1.9%。", "1.9%"),
])
def test_shares_of_one_named_whole_adjusted_to_100(text, warned):
    assert _errors(text, "N-SHARE") == []
    ws = _warnings(text, "N-SHARE")
    assert ws and all("尾差" in (w.cause or "") for w in ws) and any(w.narrative[0].text == warned for w in ws)


def test_shares_of_one_named_whole_off_by_more_stay_errors():
    text = ("该计划包括项目4个。\n1.产业发展项目1个1250万元,占资金总额的6.1%;\n2.饮水巩固提升项目2个5263万元,占资金总额的25.8%;\n"
            "3.道路基础设施建设项目1个13500万元,占资金总额的66.2%;\n4.农田水利设施建设项目1个375万元,占资金总额的2.9%。")
    assert _errors(text, "N-SHARE")


# M1: "分别占71.3%、27.7%" with no whole named: each percent of the run is a share, bound as the first is
@pytest.mark.parametrize("text, wrong", [
    ("本年支出合计1200.78万元，其中：基本支出856.32万元，项目支出344.46万元，分别占71.3%、27.7%。", "项目支出344.46万元"),
    ("本年收入合计1133.33万元，其中：财政拨款收入1020.00万元，事业收入80.00万元，其他收入33.33万元，分别占90.0%、7.1%、3.9%。",
     "其他收入33.33万元"),
])
def test_a_run_of_shares_joined_by_a_list_comma(text, wrong):
    (f,) = _errors(text, "N-SHARE")
    assert wrong in f.message


@pytest.mark.parametrize("text", [
    "本年支出合计1200.78万元，其中：基本支出856.32万元，项目支出344.46万元，分别占71.3%、28.7%。",
    "本年收入合计1133.33万元，其中：财政拨款收入1020.00万元，事业收入80.00万元，其他收入33.33万元，分别占90.0%、7.1%、2.9%。",
])
def test_a_run_of_shares_joined_by_a_list_comma_that_holds(text):
    assert [f for f in found(text) if f.rule == "N-SHARE"] == []


# M2: a change against last year's figure written in brackets ("比上年（86.00万元）增加5.21万元")
@pytest.mark.parametrize("text, expected", [
    ("2023年度机关运行经费支出91.11万元，比上年（86.00万元）增加5.21万元。", "5.11万元"),
    ("“三公”经费支出12.35万元，比上年（13.55万元）减少1.30万元。", "1.2万元"),
    ("机关运行经费支出91.11万元，比2022年（86.00万元）增加5.21万元，增长6.1%。", "5.11万元"),
])
def test_a_change_against_a_bracketed_base(text, expected):
    (f,) = _errors(text, "N-CHANGE")
    assert expected in f.message and ")" not in f.message


@pytest.mark.parametrize("text", [
    "2023年度机关运行经费支出91.11万元，比上年（86.00万元）增加5.11万元。",
    "机关运行经费支出91.11万元，比2022年（86.00万元）增加5.11万元，增长5.9%。",
])
def test_a_change_against_a_bracketed_base_that_holds(text):
    assert _errors(text, "N-CHANGE") == []


# M4: an item inside an earlier part does not swallow that part's sibling; the message gives the nearest reading
@pytest.mark.parametrize("text, computed", [
    ("一般公共预算收入3560万元，其中税收收入2856万元，税收收入中增值税1200万元，非税收入804万元。", "3660万元"),
    ("本年支出合计1200.78万元，其中基本支出856.32万元，基本支出中人员经费500.00万元，项目支出354.46万元。", "1210.78万元"),
    ("本年收入合计1133.33万元，其中财政拨款收入1020.00万元，财政拨款收入中一般公共预算财政拨款600.00万元，事业收入180.00万元。",
     "1200万元"),
])
def test_a_sibling_after_a_breakdown_inside_a_part(text, computed):
    (f,) = _errors(text, "N-SUM")
    assert f"合计 {computed}" in f.message


@pytest.mark.parametrize("text", [
    "一般公共预算收入3560万元，其中税收收入2856万元，税收收入中增值税1200万元，非税收入704万元。",
    "本年支出合计1200.78万元，其中基本支出856.32万元，基本支出中人员经费500.00万元，项目支出344.46万元。",
])
def test_a_sibling_after_a_breakdown_inside_a_part_that_holds(text):
    assert _errors(text, "N-SUM") == []
