"""A total that is itself an item of a semicolon list may have its 其中 end at the next semicolon (audit page 6508):
"牲畜出栏39.70万头,下降16.3%;奶类产量4.62万吨,增长8.7%,其中,牛奶产量4.41万吨,增长6.3%;猪牛羊肉产量1.31万吨,…" — the
meat is the dairy's sibling, not its part."""

from __future__ import annotations

from tests.narrative_helpers import found

_OUTER = ("全区牲畜存栏1756.99万头(只),同比下降2.1%;牲畜出栏39.70万头(只),下降16.3%;奶类产量4.62万吨,增长8.7%,其中,"
          "牛奶产量{milk}万吨,增长6.3%;猪牛羊肉产量1.31万吨,下降30.5%;蔬菜产量3.78万吨,增长13.1%。")


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM" and f.severity == "error"]


def test_past_the_semicolon_an_item_of_the_outer_list_is_a_sibling():
    assert _sums(_OUTER.format(milk="4.41")) == []


def test_the_part_before_the_semicolon_over_its_total_is_still_an_error():
    [f] = _sums(_OUTER.format(milk="4.71"))
    assert "4.62万吨" in f.message


def test_without_an_outer_list_before_the_total_the_list_reads_on():
    # no item with an amount before the total in its sentence: the semicolon items are its parts (60 + 50 > 100)
    [f] = _sums("全县一般公共预算支出100万元,增长3%,其中,教育支出60万元,增长2%;卫生健康支出50万元,增长1%。")
    assert "110万元" in f.message


def test_parts_named_as_kinds_of_the_total_are_not_siblings():
    # corpus 001 with its total lowered: 公务用车购置费 and 公务用车运行费 are kinds of 公务用车购置及运行费 (414 + 1204 > 1408)
    text = ("公务接待费决算1033万元,与上年下降7.6%;公务用车购置及运行费决算1408万元,比上年下降1.2%,其中:公务用车购置费决算414万元,"
            "比上年增长7.5%;公务用车运行费决算1204万元,与上年下降3.9%。")
    [f] = _sums(text)
    assert "1618万元" in f.message
    # nor are parts inside the total's own bracket (corpus 108, lowered; a warning there, the 安排 being a plan)
    text = ("因公出国(境)费4174.52万元,比去年减少0.23%;公务用车购置及运行总费用安排9786.86万元(其中购置费1450万元,较去年减少6.45%;"
            "公务用车运行维护费9799.26万元,同比减少43.91%);公务接待费2939.71万元。")
    [f] = [f for f in found(text) if f.rule == "N-SUM"]
    assert "11249.26万元" in f.message


def test_kinds_of_the_totals_money_are_parts_not_siblings():
    # red-team 12, M1: the total an item of an outer semicolon list, its parts named as kinds of its money (…支出)
    assert _sums("2023年收入合计123万元；支出合计100万元，其中：基本支出63万元；项目支出47.5万元。")
    assert _sums("全市财政收入320万元；一般公共预算支出185620万元，其中：教育支出60000万元；社会保障和就业支出50000万元；"
                 "卫生健康支出45000万元；农林水支出40000万元。")
    # and a group complete by definition (the three 三公 items)
    assert _sums("三公经费预算30万元；三公经费支出22.35万元，其中：因公出国（境）费0万元；公务接待费12.35万元；"
                 "公务用车购置及运行维护费12万元。")


def test_a_sibling_by_definition_past_the_semicolon_ends_the_inner_list():
    # red-team 13, A2: 项目支出 is 基本支出's sibling (the two make a group complete by definition), not its part
    assert _sums("基本支出1100.5万元，其中人员经费980.5万元；项目支出320万元。") == []
    assert _sums("本年支出合计1420.5万元，其中：基本支出1100.5万元，其中人员经费980.5万元；项目支出320万元。") == []
    # 人员经费 and 公用经费 are 基本支出's own parts: past it, still an error
    [f] = _sums("基本支出1100.5万元，其中人员经费980.5万元；公用经费150万元。")
    assert "1130.5万元" in f.message
