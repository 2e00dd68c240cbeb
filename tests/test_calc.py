import pytest

from perfxl.core import calc
from perfxl.core.profile import DEFAULT_PROFILE, RuleProfile


# -- the 北山镇 2023 figures -------------------------------------------------------

def test_seed_control_rate_111_4_percent():
    rate = calc.control_rate(127, 114)
    assert round(rate * 100, 1) == 111.4


def test_seed_execution_rate_99_7_percent():
    rate = calc.execution_rate(3619.44, 3630.41)
    assert round(rate * 100, 1) == 99.7


def test_seed_execution_score_9_97():
    assert calc.execution_score(3619.44, 3630.41, 10) == 9.97


def test_seed_total_99_97():
    weights = [2, 2, 2, 3, 2, 4, 4, 4, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1,
               3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 1, 1]
    total = calc.total([calc.execution_score(3619.44, 3630.41, 10), *weights])
    assert round(total, 2) == 99.97
    assert calc.grade(total) == "优"


def test_execution_rate_uses_adjusted_budget_not_initial():
    # 年初预算数 2224.35 would give 162.7%; the rule divides by 全年预算数.
    assert calc.execution_rate(3619.44, 3630.41) < 1


# -- empties and caps ----------------------------------------------------------

@pytest.mark.parametrize("num, den", [(None, 10), (10, None), (10, 0), (None, None)])
def test_ratio_empty_instead_of_division_error(num, den):
    assert calc.ratio(num, den) is None


def test_execution_score_capped_by_default():
    assert calc.execution_score(120, 100, 10) == 10
    assert calc.execution_score(120, 100, 10, RuleProfile(execution_score_cap=False)) == 12


def test_round_half_up_like_excel():
    assert calc.round_half_up(2.345, 2) == 2.35
    assert calc.round_half_up(-2.345, 2) == -2.35
    assert calc.round_half_up(0.125, 2) == 0.13


def test_staffing_score_deducts_per_point_over():
    assert calc.staffing_score(1.0, 5) == 5
    assert calc.staffing_score(0.9, 5) == 5
    assert calc.staffing_score(1.04, 5) == 3  # 4 points × 0.5
    assert calc.staffing_score(1.20, 5) == 0  # never below zero
    assert calc.staffing_score(1.04, 5, RuleProfile(overstaff_deduction_per_point=1)) == 1


@pytest.mark.parametrize("total, grade", [(100, "优"), (90, "优"), (89.99, "良"), (80, "良"),
                                          (79.5, "中"), (60, "中"), (59.99, "差"), (0, "差")])
def test_grade_default_bands(total, grade):
    assert calc.grade(total) == grade


def test_grade_profile_variant_and_empty():
    profile = RuleProfile(grade_bands=((85, "优秀"), (70, "良好"), (0, "一般")))
    assert calc.grade(86, profile) == "优秀" and calc.grade(84, profile) == "良好"
    assert calc.grade(None) is None


def test_subtotal_keeps_empty_rows_empty():
    assert calc.subtotal([None, None]) is None
    assert calc.subtotal([4.74, None, 5.11]) == pytest.approx(9.85)


# -- indicator scoring ---------------------------------------------------------

def score(*args, **kw):
    return calc.score_indicator(*args, **kw)


def test_positive_met_gets_full_marks():
    s = score("30家", "34家", 2)
    assert (s.status, s.direction, s.score) == ("scored", "positive", 2)


def test_positive_missed_is_proportional():
    s = score("100户", "80户", 5)
    assert s.score == 4 and s.achievement == pytest.approx(0.8)


def test_units_convert_before_scoring():
    assert score("2.5万亩", "25000亩", 2).score == 2
    assert score("2.5万亩", "20000亩", 2).score == 1.6


def test_incompatible_units_are_not_scored():
    s = score("30家", "34户", 2)
    assert s.status == "not_comparable" and s.score is None
    assert "单位不一致" in s.reason


def test_bare_number_takes_other_side_unit():
    assert score("30家", 34, 2).score == 2


def test_greater_equal_target():
    assert score("≥10万元", "15万元", 3).score == 3
    assert score("≥10万元", "5万元", 3).score == 1.5


def test_reverse_indicator_ratio_rule():
    assert score("≤200万元", "180万元", 2).score == 2
    assert score("≤200万元", "250万元", 2).score == 1.6  # 200/250 × 2


def test_reverse_indicator_linear_rule():
    linear = RuleProfile(reverse_rule="linear")
    assert score("≤200万元", "250万元", 2, profile=linear).score == 1.5  # (1 - 50/200) × 2
    assert score("≤200万元", "400万元", 2, profile=linear).score == 0
    assert score("≤200万元", "500万元", 2, profile=linear).score == 0


def test_cost_category_is_reverse_without_comparator():
    s = score("699万元", "750万元", 1, category="成本指标")
    assert s.direction == "reverse" and s.score == pytest.approx(0.93)


def test_forced_direction():
    assert score("100", "120", 2, kind="反向").direction == "reverse"
    assert score("100", "120", 2, kind="正向").score == 2


def test_percent_targets():
    assert score("98%", "98.5%", 2).score == 2
    assert score("95%", "90%", 2).score == pytest.approx(1.89)


@pytest.mark.parametrize("actual, lo, hi", [
    ("按计划完成", 1.6, 2.0),
    ("基本按计划完成", 1.2, 1.6),
    ("部分完成", 1.2, 1.6),
    ("未完成", 0.0, 1.2),
    ("较好", 1.6, 2.0),
])
def test_qualitative_tiers(actual, lo, hi):
    s = score("按计划完成", actual, 2)
    assert s.status == "qualitative"
    assert (s.low, s.high) == (lo, hi)
    assert s.score is None


def test_qualitative_same_wording_counts_as_achieved():
    s = score("有序推进", "有序推进", 3)
    assert (s.low, s.high) == (2.4, 3.0)


def test_qualitative_unknown_wording_needs_a_person():
    s = score("较好", "见附件", 3)
    assert s.status == "not_comparable"


def test_missing_weight_or_value():
    assert score("30家", "34家", None).status == "no_weight"
    assert score("30家", None, 2).status == "unreadable"
    assert score(None, "34家", 2).status == "unreadable"


def test_section_sums_from_seed_headers():
    rows = [("产出指标(50分)", 2), ("产出指标(50分)", 3), ("效益指标（30分）", 3), ("满意度指标（10分）", 1),
            ("其他", 9), (None, 4)]
    sums = calc.section_sums(rows)
    assert sums == {"产出指标": 5, "效益指标": 3, "满意度指标": 1}
    assert calc.section_of("产出指标\n(50分)") == "产出指标"
    assert DEFAULT_PROFILE.section_weight("产出指标") == 50


def test_rounding_never_lifts_a_score_above_its_weight():
    assert score("0", "0", 1.625).score == 1.625
    assert score("较好", "较好", 1.625).high == 1.625
