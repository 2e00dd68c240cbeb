"""Red-team pass 20, on the readings red-team 19 and audit round 70 brought: the shapes they still got wrong, each with
the reading that holds, and the same shapes where no reading holds and the error stays."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found, rule_errors as _errors


def _warnings(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "warning"]


# A1: an item of 0 written without a share has no share to adjust: the list's shares are still all of it
_ZERO = "本年支出合计985.10万元，其中：基本支出663.21万元，占{}%；项目支出312.65万元，占31.7%；经营支出9.24万元，占0.9%；对附属单位补助支出0.00万元。"


def test_a_list_with_a_zero_item_adjusted_to_100():
    assert _errors(_ZERO.format("67.4"), "N-SHARE") == []
    (w,) = _warnings(_ZERO.format("67.4"), "N-SHARE")
    assert "尾差" in (w.cause or "")


def test_a_list_with_a_zero_item_off_by_more():
    assert len(_errors(_ZERO.format("68.4"), "N-SHARE")) == 1


# A2: words of the item or the measure between the earlier year and its share
@pytest.mark.parametrize("bracket", ["（上年决算占69.2%）", "（上年基本支出占69.2%）", "（前一年占69.2%）", "（上年实际占69.2%）"])
def test_an_earlier_years_share_with_words_between(bracket):
    assert _errors(f"本年支出合计1200.78万元，其中基本支出856.32万元，占71.3%{bracket}。", "N-SHARE") == []


def test_an_earlier_years_share_beside_a_wrong_one():
    assert len(_errors("本年支出合计1200.78万元，其中基本支出856.32万元，占75.3%（上年决算占69.2%）。", "N-SHARE")) == 1


# B1: classes of two ways cut across, but the classes of one way still add up within the whole
@pytest.mark.parametrize("text, computed", [
    ("全年实现财政总收入32.8亿元，其中税收收入23.3亿元，非税收入10.5亿元，一般公共预算收入18.6亿元。", "33.8亿元"),
    ("全年实现财政总收入32.8亿元，其中上划中央收入13.2亿元，上划省级收入2.1亿元，地方一般公共预算收入18.6亿元，税收收入25.1亿元。",
     "33.9亿元"),
])
def test_the_classes_of_one_way_past_the_whole(text, computed):
    (f,) = _errors(text, "N-SUM")
    assert f"合计 {computed}" in f.message


@pytest.mark.parametrize("text", [
    "全年实现财政总收入32.8亿元，其中税收收入23.3亿元，非税收入9.5亿元，一般公共预算收入18.6亿元。",
    "营业收入236.8亿元，其中国有控股企业85.2亿元，股份制企业160.3亿元，外商及港澳台商投资企业12.5亿元。",
])
def test_the_classes_of_one_way_within_the_whole(text):
    assert _errors(text, "N-SUM") == []


# B2: the bare shares of one list are of one whole: not one of the total and another of a larger whole
def test_bare_shares_of_one_list_taking_two_wholes():
    text = "本年支出合计1200.78万元，其中：基本支出856.32万元，占71.3%，其中：人员经费765.21万元，占比63.7%；公用经费91.11万元，占比10.6%。"
    (f,) = _errors(text, "N-SHARE")
    assert "63.7%" in f.message


def test_bare_shares_of_one_list_all_of_the_larger_whole():
    text = "本年支出合计1200.78万元，其中：基本支出856.32万元，占71.3%，其中：人员经费765.21万元，占比63.7%；公用经费91.11万元，占比7.6%。"
    assert _errors(text, "N-SHARE") == []


# audit 7412: a name whose phrase begins at a comma inside a bracket closed before the figure is the name before the
# bracket, without the bracket's remark
@pytest.mark.parametrize("text, name", [
    ("2020年全省一般公共预算教育经费(包括教育事业费,基本建设经费和教育费附加)为730.48亿元,比上年的691.92增长5.58%。",
     "全省一般公共预算教育经费730.48亿元"),
    ("2022年玉州辖区((含玉东,下同))一般公共预算收入完成503.7亿元，比上年增加85.8亿元，增长20.6%。", "一般公共预算收入完成503.7亿元"),
])
def test_a_name_before_a_bracketed_remark(text, name):
    (f,) = _errors(text, "N-CHANGE")
    assert name in f.message and ")" not in f.message.split("报告称")[1].split("，")[0]


def test_a_name_inside_a_bracket_is_its_own():
    # (a figure inside the bracket keeps the name written beside it)
    text = "“三公”经费支出12.36万元（公务接待0.12万元，公务用车12.24万元）。"
    assert _errors(text, "N-SUM") == []


# audit 7414: "三次產業比為19.2:45.9:34.9" — a structure named 产业比 (no 例 or 重), in traditional script
_TAIBAI = ("初步核算,全年實現地區生產總值506956萬元,同比增長4.3%。其中,第一產業97144萬元,同比增長4.4%;第二產業232566萬元,"
           "同比增長6.5%;第三產業177246萬元,同比增長2.1%;三次產業比為19.2:45.9:{}。")


def test_a_structure_named_by_its_ratio_in_traditional_script():
    # (34.96 % written 34.9: its digits cut, and the 0.1 the rounded three have over 100 taken off it; a warning)
    (w,) = _warnings(_TAIBAI.format("34.9"), "N-SHARE")
    assert "35.0" in w.message and _errors(_TAIBAI.format("34.9"), "N-SHARE") == []
    assert len(_errors(_TAIBAI.format("33.9").replace("45.9", "46.9"), "N-SHARE")) >= 1


def test_a_structure_named_by_its_ratio_that_holds():
    assert [f for f in found(_TAIBAI.format("35.0")) if f.rule == "N-SHARE"] == []


# B4: a part's own breakdown ("基本支出中，人员经费…，公用经费…", ended by its sibling 项目支出) is summed against the part
@pytest.mark.parametrize("text, part, computed", [
    ("本年支出合计1200.78万元，其中基本支出856.32万元，基本支出中，人员经费765.21万元，公用经费95.11万元，项目支出344.46万元。",
     "基本支出856.32万元", "860.32万元"),
    ("“三公”经费支出12.35万元，其中公务接待费3.85万元，公务接待费中，国内接待3.00万元、外事接待1.00万元，公务用车运行维护费8.50万元。",
     "公务接待费3.85万元", "4万元"),
])
def test_a_breakdown_inside_a_part_past_the_part(text, part, computed):
    (f,) = _errors(text, "N-SUM")   # (the outer list, its breakdown read as such, holds)
    assert part in f.message and f"合计 {computed}" in f.message


@pytest.mark.parametrize("text", [
    "本年支出合计1200.78万元，其中基本支出856.32万元，基本支出中，人员经费765.21万元，公用经费91.11万元，项目支出344.46万元。",
    "“三公”经费支出12.35万元，其中公务接待费3.85万元，公务接待费中，国内接待3.00万元、外事接待0.85万元，公务用车运行维护费8.50万元。",
])
def test_a_breakdown_inside_a_part_that_fits(text):
    assert _errors(text, "N-SUM") == []


def test_the_nearest_reading_leaves_every_breakdown_out():
    text = "本年支出合计1200.78万元，其中基本支出856.32万元，基本支出中人员经费765.21万元，项目支出444.46万元，项目支出中专项业务费200.00万元。"
    (f,) = _errors(text, "N-SUM")
    assert "合计 1300.78万元" in f.message
