"""Sentence patterns behind the findings of the twenty-second fresh corpus round (court budget notes,
performance monitoring, county budget execution and audit texts)."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_FUND = ("2020年，全县政府性基金收入完成32.8亿元，同比增长58.6%，其中：土地出让金收入{}亿元，增长67.5%；{}"
         "加上转移支付资金、抗疫特别国债和专项债务资金，当年政府性基金财力实现51.6亿元。")


def test_what_is_added_to_the_whole_is_no_part_of_it():
    assert _rule(_FUND.format("31.7", ""), "N-SUM") == []
    # the parts before it over the whole are still an error
    [f] = _rule(_FUND.format("32.7", "城市基础设施配套费收入1.1亿元，增长5%；"), "N-SUM")
    assert f.severity == "error" and "33.8亿元" in f.message


_PADDED = ("本年度收入合计3258909.77元，上年度收入合计3736198.37元，收入减少477288.6元，同比下降{}；"
           "本年度支出合计3258909.77元，上年度支出合计3785198.37元，支出减少526288.6元，同比下降13.90%。")


def test_a_rate_written_with_more_decimals_than_its_paragraphs_others_may_be_padded():
    assert _rule(_PADDED.format("12.770%"), "N-CHANGE") == []
    # a padded reading that does not hold either is still an error
    [f] = _rule(_PADDED.format("12.790%"), "N-CHANGE")
    assert f.severity == "error" and "12.77%" in f.message
    # with nothing to show the writer's usual precision, the written decimals stand
    [f] = _rule("收入合计3258909.77元，上年度收入合计3736198.37元，收入减少477288.6元，同比下降12.80%。", "N-CHANGE")
    assert f.severity == "error"


_SANBAO = "2021年我县“三保”支出预算安排{}万元，包括保工资37013万元、保运转2498万元、保基本民生20140万元。"


def test_the_three_guarantees_are_every_part_of_their_spending():
    assert _rule(_SANBAO.format("59651"), "N-SUM") == []
    [f] = _rule(_SANBAO.format("60825"), "N-SUM")
    assert f.severity == "error" and "59651万元" in f.message
