"""An excess of a "其中" list over its whole is an error only when the text says which figures are
the parts; readings the text leaves open are named in a warning."""

from __future__ import annotations

from tests.narrative_helpers import found


def _sums(text):
    return [f for f in found(text) if f.rule == "N-SUM"]


# a bulletin's notable items, each with a growth rate of its own
_BULLETIN = "地方财政收入完成10859万元，增长31.5%。其中：国税{a}万元，增长31.7%；地税{b}万元，增长25.3%。"


def test_items_with_growth_rates_of_their_own_may_be_of_overlapping_breakdowns():
    assert _sums(_BULLETIN.format(a="686", b="8617")) == []
    [f] = _sums(_BULLETIN.format(a="6860", b="8617"))
    assert f.severity == "warning" and "15477万元" in f.message and "各有自己的增减幅度" in f.cause
    # without rates of their own the items are parts of the whole: over it, an error
    [f] = _sums("地方财政收入完成10859万元，增长31.5%。其中：国税6860万元；地税8617万元。")
    assert f.severity == "error" and f.cause is None


def test_items_named_as_kinds_of_the_whole_are_its_parts_even_with_rates():
    text = "全区实现农林牧渔业总产值74493万元，比上年增长7.2%，其中：农业产值28690万元，比上年增长5.5%，林业产值{}万元，比上年增长9.4%。"
    assert _sums(text.format("40053")) == []
    [f] = _sums(text.format("70053"))
    assert f.severity == "error"
    deposits = "年末各项存款余额254986万元，比上年增长23.5%。其中，城乡居民储蓄存款211470万元，增长19.7%；单位存款{}万元，增长17.4%。"
    assert _sums(deposits.format("35455")) == []
    [f] = _sums(deposits.format("75455"))
    assert f.severity == "error"


def test_items_named_as_members_of_a_complete_breakdown_are_parts_even_with_rates():
    text = "2023年“三公”经费支出{}万元，比上年下降10%。其中：公务接待费20万元，下降5%；公务用车运行维护费30万元，下降12%。"
    assert _sums(text.format("55")) == []
    [f] = _sums(text.format("45"))
    assert f.severity == "error" and "50万元" in f.message


def test_numbered_or_closed_items_are_parts_even_with_rates():
    numbered = "地方财政收入10859万元。其中：\n1、国税6860万元，增长31.7%；\n2、地税8617万元，增长25.3%。"
    [f] = _sums(numbered)
    assert f.severity == "error"
    stated = "收入合计10859万元，增长31.5%，其中：财政拨款6860万元，增长31.7%；事业单位经营8617万元，增长25.3%。"
    [f] = _sums(stated)
    assert f.severity == "error"


# "其中" opening a new sentence after a sentence of several amounts
_YEARS = "2023年收入{a}万元，2022年收入200.12万元。其中：财政拨款收入113.68万元；事业收入98.3万元。"


def test_a_new_sentences_qizhong_may_part_another_amount_of_the_sentence_before():
    # within 2023's amount (an open list may name only some parts): a reading, named
    [f] = _sums(_YEARS.format(a="252.36"))
    assert f.severity == "warning" and "收入252.36万元" in f.cause and "211.98万元" in f.message
    # the parts add up to 2023's amount: of it
    assert _sums(_YEARS.format(a="211.98")) == []
    # over every amount of the sentence before: no reading holds
    [f] = _sums(_YEARS.format(a="205.36"))
    assert f.severity == "error" and f.cause is None


def test_parts_named_as_kinds_of_their_whole_alone_are_its_parts():
    [f] = _sums("年末资产总额252.36万元，负债总额200.12万元。其中：流动负债113.68万元，非流动负债98.3万元。")
    assert f.severity == "error" and "负债总额200.12万元" in f.message


def test_a_new_sentences_qizhong_after_a_sentence_of_one_amount_parts_it():
    [f] = _sums("项目支出400万元。其中中央资金300万元，省级资金200万元。")
    assert f.severity == "error" and f.cause is None
