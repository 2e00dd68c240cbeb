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
