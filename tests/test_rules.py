"""Every rule: one case where it fires, and the clean submission where it stays silent."""

import pytest

from perfxl.checks.catalog import RULES
from perfxl.checks.runner import run_checks
from perfxl.core.profile import RuleProfile

from .helpers import CLEAN, check, read_values, with_

NARRATIVE_RULES = {r.id for r in RULES.values() if r.scope in ("narrative", "cross_narrative")}


def ids(findings):
    return [f.rule for f in findings]


def only(rule, values, **kw):
    return check(values, only={rule}, **kw)


def indicators_with(row_index, **changes):
    rows = [list(r) + [""] * (8 - len(r)) for r in CLEAN["指标"]]
    cols = {"一级": 0, "二级": 1, "三级": 2, "指标值": 3, "完成值": 4, "分值": 5, "得分": 6, "原因": 7}
    for name, value in changes.items():
        rows[row_index][cols[name]] = value
    return with_(CLEAN, 指标=rows)


@pytest.fixture(scope="module")
def clean_findings():
    return check(CLEAN)


def test_clean_submission_is_silent(clean_findings):
    assert clean_findings == []


@pytest.mark.parametrize("rule_id", sorted(set(RULES) - NARRATIVE_RULES))
def test_every_table_rule_is_silent_on_the_clean_submission(rule_id, clean_findings):
    assert rule_id not in ids(clean_findings)


# -- 附件3 ---------------------------------------------------------------------------

def test_staff_rate():
    f, = only("A3-STAFF-RATE", with_(CLEAN, 在职人员控制率="90%"))
    assert f.severity == "error" and f.cells[0].endswith("!F6")
    assert f.expected == pytest.approx(0.95)
    assert "手工数字覆盖" in f.cause
    assert only("A3-STAFF-RATE", with_(CLEAN, 在职人员控制率="95.0%")) == []


def test_staff_rate_other_denominator_and_truncation():
    # 114/120 = 95%; "94%" is 94.99..% truncated: consistent only if truncated.
    f, = only("A3-STAFF-RATE", with_(CLEAN, 实际在职人数=113.99, 在职人员控制率="94%"))
    assert f.severity == "warning" and "截尾" in f.cause


def test_overstaff():
    f, = only("A3-OVERSTAFF", with_(CLEAN, 编制数=114, 实际在职人数=127))
    assert f.severity == "warning" and "111.4%" in f.message


def test_sangong_sum_rounding_is_not_an_error():
    # DOMAIN.md: 4.74 + 0 + 5.11 against a reported 9.84 is consistent.
    assert only("A3-SANGONG-SUM", with_(CLEAN, 三公经费=[9.84, 11, 9.73])) == []


def test_sangong_sum_mismatch_names_missing_part():
    f, = only("A3-SANGONG-SUM", with_(CLEAN, 三公经费=[4.74, 11, 9.73]))
    assert f.severity == "error" and f.expected == pytest.approx(9.85) and f.actual == 4.74
    assert "公务接待费" in f.cause and f.cells[0].endswith("!B8")


def test_sangong_digit_swap_cause():
    f, = only("A3-SANGONG-SUM", with_(CLEAN, 三公经费=[9.85, 11, 9.37]))
    assert "颠倒" in f.cause


def test_car_sum():
    f, = only("A3-CAR-SUM", with_(CLEAN, 公务用车经费=[4.74, 6, 5.74]))
    assert f.severity == "error" and "2023年决算数" in f.message


def test_project_sum():
    f, = only("A3-PROJECT-SUM", with_(CLEAN, 项目支出=[114.23, 110, 68.3]))
    assert "运行维护经费" in f.cause  # the gap is exactly one project line


def test_subitems_cannot_exceed_parent():
    f, = only("A3-SUBITEM", with_(CLEAN, 办公经费=[198.98, 517.41, 269.13]))
    assert f.severity == "error" and "办公经费" in f.message
    found = only("A3-SUBITEM", with_(CLEAN, 办公经费=[198.98, 300, 269.13], 水电差旅费=[68.56, 200, 49.73]))
    assert [x.message.split("：")[1][:2] for x in found] == ["“其"]


def test_building_rates():
    f, = only("A3-BUILDING-RATE", with_(CLEAN, 楼堂馆所=[["办公楼维修", 1200, 1180, "90%", 300, 295.5, ""]]))
    assert "规模控制率" in f.message and "办公楼维修" in f.message
    assert only("A3-BUILDING-RATE", with_(CLEAN, 楼堂馆所=[["办公楼维修", 1200, 1180, "98.3%", 300, 295.5, "98.5%"]])) == []


def test_sangong_over_budget():
    found = only("A3-SANGONG-OVER-BUDGET", with_(CLEAN, 公务接待费=[5.11, 5, 6.5]))
    assert {f.message.split("：")[0] for f in found} == {"三公经费", "公务接待费"}


def test_sangong_up_on_last_year():
    f, = only("A3-SANGONG-UP", with_(CLEAN, 公务接待费=[3.11, 5, 4.99]))
    assert "高于上年" in f.message


# -- 附件4 ---------------------------------------------------------------------------

def test_exec_rate_names_initial_budget():
    f, = only("A4-EXEC-RATE", with_(CLEAN, 预算执行率="162.7%"))
    assert f.severity == "error" and "年初预算数" in f.cause


def test_exec_rate_plain_mismatch():
    f, = only("A4-EXEC-RATE", with_(CLEAN, 预算执行率="97%"))
    assert "年初" not in (f.cause or "")
    assert only("A4-EXEC-RATE", with_(CLEAN, 预算执行率="99.7%")) == []


def test_exec_score():
    f, = only("A4-EXEC-SCORE", with_(CLEAN, 预算执行得分=10))
    assert f.expected == pytest.approx(9.97, abs=0.01)
    assert only("A4-EXEC-SCORE", with_(CLEAN, 预算执行得分=9.97)) == []


def test_income_parts():
    f, = only("A4-INCOME-PARTS", with_(CLEAN, 全年预算数=3607.41))
    assert "政府性基金拨款" in f.cause and "覆盖" not in f.cause
    f, = only("A4-INCOME-PARTS", with_(CLEAN, 其他资金=0))
    assert f.expected == pytest.approx(2774.84)


def test_spending_parts():
    f, = only("A4-SPENDING-PARTS", with_(CLEAN, 基本支出=3479.72, 项目支出=621.15))
    assert f.severity == "error"


def test_indicator_score_quantitative():
    f, = only("A4-INDICATOR-SCORE", indicators_with(1, 完成值="80座", 得分=15))
    assert f.expected == pytest.approx(13.33) and "未达到" in f.message


def test_indicator_score_qualitative_hedged_wording():
    f, = only("A4-INDICATOR-SCORE", indicators_with(5, 完成值="基本完成"))
    assert "部分达成" in f.message and "不应得满分" in f.cause
    assert only("A4-INDICATOR-SCORE", indicators_with(5, 完成值="基本完成", 得分=10.5)) == []


def test_not_comparable_units():
    f, = only("A4-NOT-COMPARABLE", indicators_with(0, 完成值="34户"))
    assert "单位不一致" in f.message
    assert only("A4-INDICATOR-SCORE", indicators_with(0, 完成值="34户")) == []  # never silently scored


def test_score_over_weight():
    f, = only("A4-SCORE-OVER-WEIGHT", indicators_with(0, 得分=21))
    assert f.severity == "error"


def test_percent_over_100():
    f, = only("A4-PERCENT-OVER-100", indicators_with(6, 完成值="102%"))
    assert "群众满意度" in f.message
    assert only("A4-PERCENT-OVER-100", indicators_with(6, 三级="耕地恢复完成率", 完成值="155%")) == []


def test_over_target():
    f, = only("A4-OVER-TARGET", indicators_with(0, 完成值="45家"))
    assert f.severity == "info" and "150%" in f.message


def test_missing_reason():
    values = indicators_with(1, 完成值="80座", 得分=13.33)
    f, = only("A4-MISSING-REASON", values)
    assert f.cells[0].endswith("!I16")
    rows = values["指标"]
    rows[1][7] = "部分村改厕进度滞后，明年一季度完成"
    assert only("A4-MISSING-REASON", with_(values, 指标=rows)) == []


def test_cost_comparator():
    f, = only("A4-COST-COMPARATOR", indicators_with(3, 指标值="≥150万元"))
    assert "≤" in f.message


def test_section_header():
    f, = only("A4-SECTION-HEADER", indicators_with(0, 分值=18, 得分=18))
    assert "48" in f.message and f.cells[0].endswith("!B15")


def test_section_weight_without_header_points():
    rows = [[r[0].split("(")[0].split("（")[0] if r[0] else "", *r[1:]] for r in CLEAN["指标"]]
    rows[0][5] = rows[0][6] = 18
    f, = only("A4-SECTION-WEIGHT", with_(CLEAN, 指标=rows))
    assert "产出指标" in f.message and f.expected == 50


def test_total_weight():
    found = only("A4-TOTAL-WEIGHT", with_(CLEAN, 总分值=90))
    assert [f.severity for f in found] == ["error"]
    found = only("A4-TOTAL-WEIGHT", indicators_with(0, 分值=25, 得分=20))
    assert [f.severity for f in found] == ["warning"] and "105" in found[0].message


def test_total_score():
    f, = only("A4-TOTAL-SCORE", with_(CLEAN, 总得分=98.97))
    assert f.severity == "error" and f.expected == pytest.approx(99.97)


def test_grade():
    f, = only("A4-GRADE", with_(CLEAN, 评价等级="良"))
    assert f.expected == "优"
    assert only("A4-GRADE", with_(CLEAN, 评价等级="优秀")) == []


def test_grade_follows_profile():
    profile = RuleProfile(grade_bands=((99.98, "优"), (80, "良"), (0, "差")))
    assert ids(check(with_(CLEAN, 评价等级="优"), only={"A4-GRADE"}, profile=profile)) == ["A4-GRADE"]


# -- between the tables --------------------------------------------------------------

def test_project_spending_cross():
    f, = only("X-PROJECT-SPENDING", with_(CLEAN, 项目支出=621.15, 基本支出=2998.29))
    assert f.severity == "error" and f.cells[0].startswith("附件3")


def test_basic_spending_cross():
    f, = only("X-BASIC-SPENDING", with_(CLEAN, 基本支出=3480.72, 项目支出=138.72))
    assert f.severity == "error"


def test_cost_indicator_cross():
    f, = only("X-COST-INDICATOR", indicators_with(3, 完成值="129.72万元"))
    assert "项目支出" in f.message and "个别数字" in f.cause


def test_unit_name_cross():
    f, = only("X-UNIT-NAME", with_(CLEAN, 预算单位名称="南岳镇人民政府"))
    assert f.severity == "warning"
    f, = only("X-UNIT-NAME", with_(CLEAN, 预算单位名称="隆回县北山镇人民政府"))
    assert f.severity == "info"


# -- reading ------------------------------------------------------------------------

def test_not_a_number():
    f, = only("READ-NOT-NUMBER", with_(CLEAN, 编制数="－"))
    assert f.cells[0].endswith("!B6")


def test_missing_fields_are_findings_not_crashes():
    data = read_values(CLEAN)
    data.missing.append("staff.authorized")
    del data.values["staff.authorized"]
    found = run_checks(data, only={"READ-MISSING"})
    assert [(f.severity, f.message) for f in found] == [
        ("info", "附件3 财政供养人员情况：未找到 编制数，因此未做 A3-STAFF-RATE、A3-OVERSTAFF 检查。")]


def test_overwritten_formula():
    f, = only("FORMULA-OVERWRITTEN", with_(CLEAN, 收入性质合计=3000))
    assert "收入性质合计" in f.message and f.expected == pytest.approx(3630.41)
    assert only("FORMULA-OVERWRITTEN", with_(CLEAN, 收入性质合计=3630.41)) == []
