"""Precision on text shaped a little differently from the corpus: each false error fixed by its general
pattern, with the error kept where no reading holds."""

from __future__ import annotations

from tests.narrative_helpers import found


def _errors_and_warnings(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


# a bracket after a change in points names last year's item, its amount and its share
_LAST_YEAR_BRACKET = ("2022年民生支出1490.45万元，占一般公共预算支出5701.57万元的26.14%，比上年降低1.19个百分点"
                      "（上年民生支出2347.14万元，占8589.42万元的{}%）。")


def test_a_bracket_naming_its_own_item_after_a_change_is_no_part_of_the_change():
    # 2347.14 ÷ 8589.42 = 27.33 %: the bracket's share is of its own amount, not of 民生支出1490.45万元
    assert _errors_and_warnings(_LAST_YEAR_BRACKET.format("27.33"), "N-SHARE") == []


def test_a_wrong_share_in_a_bracket_naming_its_own_item_is_an_error():
    [f] = _errors_and_warnings(_LAST_YEAR_BRACKET.format("37.33"), "N-SHARE")
    assert f.severity == "error" and [s.text for s in f.narrative][:2] == ["37.33%", "2347.14万元"]


def test_a_bare_rate_in_a_bracket_after_a_change_still_takes_the_change_s_verb():
    # "减少1.5万元(42.86%)": 1.5 ÷ (2.30 + 1.5) = 39.47 %, the bracket holds the change's rate
    fs = _errors_and_warnings("公务接待费2.30万元,较上年减少1.5万元(42.86%),减少的主要原因是压缩接待费开支。", "N-CHANGE")
    assert fs and fs[0].severity == "error"
    assert _errors_and_warnings("公务接待费2.30万元,较上年减少1.5万元(39.47%),减少的主要原因是压缩接待费开支。",
                                "N-CHANGE") == []
