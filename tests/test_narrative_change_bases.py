"""A whole's change against a base of another kind than the whole ("三公经费预算…比2016年年终决算…减少") and its parts'
changes against a year alone ("比2016年增加"): the parts may be against last year's budget, as the whole is; changes on two
bases need not add up."""

from __future__ import annotations

from tests.narrative_helpers import errors

_TEXT = ("2017年“三公”经费预算116.2万元,比2016年{whole}127.17万元减少10.97万元。其中:因公出国(境)费用5万元,比2016年{part}增加5万元;"
         "公务接待费41.2万元,比2016年{part}减少2.17万元;公务用车运行维护费70万元,比2016年{part}减少40万元。")


def _sums(text):
    return [e for e in errors(text) if e.rule == "N-SUM"]


def test_a_budgets_change_on_last_years_final_account_and_its_parts_changes_on_a_year_are_not_added():
    # +5 - 2.17 - 40 = -37.17 against -10.97: the parts may be against the 2016 budget (153.37)
    assert _sums(_TEXT.format(whole="年终决算", part="")) == []


def test_changes_on_one_named_base_still_add_up():
    # every change names the same base: their sum must be the whole's
    [e] = _sums(_TEXT.format(whole="年终决算", part="决算"))
    assert "37.17万元" in e.message
    # no kind named for the whole's base: all on one base, last year's
    [e] = _sums(_TEXT.format(whole="", part="").replace("127.17万元", ""))
    assert "37.17万元" in e.message
