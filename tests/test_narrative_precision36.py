"""Precision and recall: sentence shapes found wrong or missed on constructed variants of this stop's readings."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


# (3590.33 − 3728.77) ÷ 3728.77 = −3.71 %
@pytest.mark.parametrize("verb", ["骤降", "锐减", "骤减"])
@pytest.mark.parametrize("pct, errors", [("10.71", 1), ("3.71", 0)])
def test_a_plunge_between_two_labelled_figures_keeps_its_rate_checked(verb, pct, errors):
    text = f"本年专项收入3590.33万元，上年为3728.77万元，{verb}{pct}%。"
    assert len([f for f in _rule(text, "N-CHANGE") if f.severity == "error"]) == errors


@pytest.mark.parametrize("pct, errors", [("10.71", 1), ("3.71", 0)])
def test_a_plunge_after_its_base_keeps_its_rate_checked(pct, errors):
    text = f"专项收入3590.33万元，比上年的3728.77万元骤降{pct}%。"
    assert len([f for f in _rule(text, "N-CHANGE") if f.severity == "error"]) == errors


# (140.86 − 2369.85) ÷ 2369.85 = −94.06 %; (2369.85 − 140.86) ÷ 140.86 = 1582.42 %
@pytest.mark.parametrize("text, errors", [
    ("专项支出由上年的2369.85万元锐减至140.86万元，降幅101.1%。", 1),
    ("专项支出由上年的2369.85万元锐减至140.86万元，降幅94.1%。", 0),
    ("专项支出由上年的140.86万元激增至2369.85万元，增长1682.4%。", 1),
    ("专项支出由上年的140.86万元激增至2369.85万元，增长1582.4%。", 0),
])
def test_a_surge_from_one_level_to_another_gives_its_rate(text, errors):
    assert len([f for f in _rule(text, "N-CHANGE") if f.severity == "error"]) == errors
