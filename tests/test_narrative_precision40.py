"""Precision: the wrong findings of audit round 30 (3305, 3307, 3318), each fixed by its general pattern, with the
error kept where no reading holds."""

from __future__ import annotations

from tests.narrative_helpers import found


def _errors_and_warnings(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity in ("error", "warning")]


_SEXES = "年末全县户籍总人口36.53万人,其中男性18.97万人,女性17.56万人,分别占总人口的{}%和{}%。"


def test_counts_listed_before_shares_each_are_paired_in_order():
    # 18.97 ÷ 36.53 = 51.93 %, 17.56 ÷ 36.53 = 48.07 %: "分别占" pairs them in order, counts as amounts are
    assert _errors_and_warnings(_SEXES.format("51.9", "48.1"), "N-SHARE") == []


def test_counts_paired_in_the_wrong_order_are_an_error():
    fs = _errors_and_warnings(_SEXES.format("48.1", "51.9"), "N-SHARE")
    assert fs and all(f.severity == "error" for f in fs) and "18.97万人" in [s.text for s in fs[0].narrative]


_LIVELIHOOD = ("一般公共预算支出29.92亿元,同比增长11.2%。其中:民生支出24.15亿元,占一般公共预算支出的80.7%,"
               "卫生健康支出{}亿元,同比增长5.2%,教育支出{}亿元,同比增长0.5%。")


def test_function_classes_after_the_livelihood_total_may_be_within_it():
    assert _errors_and_warnings(_LIVELIHOOD.format("2.52", "6.73"), "N-SUM") == []   # 2.52 + 6.73 within 24.15


def test_function_classes_over_the_livelihood_total_are_no_part_of_it():
    [f] = _errors_and_warnings(_LIVELIHOOD.format("12.52", "16.73"), "N-SUM")      # 29.25 > 24.15: no reading
    assert f.severity == "error"


_STAFF = "实有人数8人,其中:在职人数小计8人,行政在职人数3人,参照公务员法管理的事业单位在职人数0人,事业单位在职人数{}人。"


def test_a_subtotal_restating_the_whole_then_its_parts_that_make_it_is_silent():
    assert _errors_and_warnings(_STAFF.format(5), "N-SUM") == []


def test_a_subtotal_whose_parts_do_not_make_it_is_still_reported():
    [f] = _errors_and_warnings(_STAFF.format(7), "N-SUM")
    assert f.severity == "error"


def test_a_whole_restated_under_a_name_a_part_has_too_is_still_warned():
    text = ("2026年年初预算数1402.08万元,其中:一般公共服务支出1402.08万元,一般公共服务支出760.16万元,"
            "社会保障和就业支出179.3万元,卫生健康支出54.35万元,城乡社区支出343.46万元,农林水支出64.81万元。")
    [f] = _errors_and_warnings(text, "N-SUM")
    assert f.severity == "warning"
