"""A rate of change written with its sign ("增长-30%") is the size of a fall, as "下降30%" is: its digits cut rather
than rounded (30.90 % written 30 %) are the truncation warning, not an error, however the change is stated."""

from __future__ import annotations

from tests.narrative_helpers import found


def _change_findings(text):
    return [(f.severity, f.rule) for f in found(text) if f.rule == "N-CHANGE"]


def test_a_signed_rate_cut_from_the_change_and_its_base_is_a_warning():
    # 749.01 / 2423.96 = 30.90 %: "-30%" is the size cut, not rounded
    text = "2023年收入预算1674.95万元,比2022年2423.96万元减少749.01万元,增长{}。"
    assert _change_findings(text.format("-30%")) == [("warning", "N-CHANGE")]
    assert _change_findings(text.format("-28%")) == [("error", "N-CHANGE")]


def test_a_signed_rate_cut_from_the_two_levels_is_a_warning():
    # (1674.95 - 2423.96) / 2423.96 = -30.90 %
    text = "2023年收入预算1674.95万元,比2022年的2423.96万元增长{}。"
    assert _change_findings(text.format("-30%")) == [("warning", "N-CHANGE")]
    assert _change_findings(text.format("-28%")) == [("error", "N-CHANGE")]


def test_a_signed_rate_that_rounds_to_the_change_is_silent():
    assert _change_findings("2023年收入预算1674.95万元,比2022年2423.96万元减少749.01万元,增长-30.9%。") == []
    assert _change_findings("2023年收入预算1674.95万元,比2022年的2423.96万元增长-31%。") == []
