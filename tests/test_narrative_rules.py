"""Narrative checks: the seed expectations, and each rule firing and staying silent."""


import pytest

from perfxl.checks.runner import run_checks
from perfxl.narrative.read import Narrative
from perfxl.xlsx.reader import read_workbook

from .conftest import EXAMPLE_WORKBOOK
from .helpers import CLEAN, read_values, with_
from .test_figures import seed


def narrative_findings(text, data=None, only=None):
    return run_checks(data, narrative=Narrative(text, "报告.txt", "txt"), only=set(only) if only else None)


def texts(findings, rule):
    return [f.narrative[0].text for f in findings if f.rule == rule]


@pytest.fixture(scope="module")
def beishan_data():
    data, _ = read_workbook(EXAMPLE_WORKBOOK)
    return data


# -- the seeds (issue expectations) --------------------------------------------------

def test_beishan_shares_with_their_cause(beishan_data):
    found = narrative_findings(seed("001"), beishan_data)
    shares = {f.narrative[0].text: f for f in found if f.rule == "N-SHARE"}
    assert set(shares) == {"82.58%", "63.23%", "19.36%"}       # 82.84% and 17.16% are right
    for f in shares.values():
        assert "全年预算数 3630.41" in f.cause
        assert f.narrative[0].start == seed("001").index(f.narrative[0].text)


def test_beishan_shares_without_workbook_are_still_reported():
    found = narrative_findings(seed("001"))
    assert sorted(texts(found, "N-SHARE")) == ["19.36%", "63.23%", "82.58%"]


def test_nanyue_income_total_names_missing_part():
    found = narrative_findings(seed("000"))
    f, = [f for f in found if f.rule == "N-SUM"]
    assert f.narrative[0].text == "4997.17万元" and "68.2万元" in f.cause and f.severity == "error"
    flagged = {s.text for f in found if f.severity == "error" for s in f.narrative[:1]}
    assert not flagged & {"83%", "1%", "16%", "43%"}


def test_nanyue_39_percent_only_if_truncated():
    f, = [f for f in narrative_findings(seed("000")) if f.rule == "N-CHANGE"]
    assert f.narrative[0].text == "39%" and f.severity == "warning" and "截尾" in f.cause


def test_zhangshu_unit_slips():
    found = narrative_findings(seed("002"))
    assert sorted(texts(found, "N-UNIT-SLIP")) == ["46.27元", "6.33元"]
    # 458.45 = 46.27 + 248.22 + 163.96 exactly with 货物 in 万元: that slip is certain, an error;
    # 6.33元 is seen only through its twin 6.33万元 (a warning); 95.12%, 4.88%, 71.46%, 155% are fine
    assert [(f.rule, f.narrative[0].text) for f in found if f.severity == "error"] == [("N-UNIT-SLIP", "46.27元")]


def test_consistent_report_has_no_error():
    text = ("2023年支出合计3619.44万元，其中：基本支出2998.29万元，占82.84%；项目支出621.15万元，占17.16%。"
            "基本支出2998.29万元，占本年支出82.84%。其中人员经费2295.62万元，占本年支出63.42%；"
            "公用经费702.68万元，占本年支出19.41%。三公经费实际支出12.36万元（公务接待0.12万元，公务用车12.24万元），"
            "比上年减少8.12万元，比上年减少39.65%。固定资产729.03万元，在用资产520.96万元，资产使用率71.46%。")
    found = narrative_findings(text)
    assert [f for f in found if f.severity == "error"] == [] and found == []


# -- each rule ----------------------------------------------------------------------

def test_share_rule():
    bad = "支出合计100万元，其中：基本支出60万元，占50%；项目支出40万元，占40%。"
    assert texts(narrative_findings(bad, only={"N-SHARE"}), "N-SHARE") == ["50%"]


def test_sum_rule_over_and_under():
    over = narrative_findings("收入合计100万元，其中：拨款80万元，其他收入30万元。", only={"N-SUM"})
    assert [f.severity for f in over] == ["error"]
    under = narrative_findings("收入合计100万元，其中：拨款50万元，其他收入30万元。", only={"N-SUM"})
    assert [f.severity for f in under] == ["warning"]
    assert narrative_findings("收入合计100万元，其中：拨款70万元，其他收入30万元。", only={"N-SUM"}) == []


def test_count_lists_use_enumerations_only():
    ok = "共解决各类问题336件，其中矛盾纠纷97件、群众诉求186件、安全隐患15件、其他问题38件，提供微服务264次。"
    assert narrative_findings(ok, only={"N-SUM"}) == []
    bad = "共解决各类问题336件，其中矛盾纠纷97件、群众诉求186件、安全隐患15件、其他问题48件。"
    assert len(narrative_findings(bad, only={"N-SUM"})) == 1


def test_unit_slip_twin_amount():
    f, = narrative_findings("三公经费预算数6.33万元。三公经费决算数6.33元。", only={"N-UNIT-SLIP"})
    assert f.narrative[0].text == "6.33元"
    assert narrative_findings("人均救助1106.5元，共32.09万元。", only={"N-UNIT-SLIP"}) == []


def test_change_rule():
    bad = "项目支出3382.41万元，比上年减少2544.44万元，减幅50%。"
    f, = narrative_findings(bad, only={"N-CHANGE"})
    assert f.severity == "error" and f.expected == pytest.approx(42.93, abs=0.01)
    assert narrative_findings(bad.replace("50%", "43%"), only={"N-CHANGE"}) == []


def test_rate_rule():
    bad = "固定资产账面原值729.03万元，在用资产520.96万元，资产使用率81.46%。"
    assert texts(narrative_findings(bad, only={"N-RATE"}), "N-RATE") == ["81.46%"]
    assert narrative_findings(bad.replace("81.46", "71.46"), only={"N-RATE"}) == []


def test_repeat_rule():
    bad = "政府采购支出总额458.45万元。\n今年政府采购支出总额468.45万元。"
    f, = narrative_findings(bad, only={"N-REPEAT"})
    assert f.narrative[0].text == "468.45万元"
    # a hint, not a warning: in published reports one name is far more often two quantities (of another
    # group, level or year) than one quantity written two ways
    assert f.severity == "info" and "请核对" in f.message
    assert narrative_findings(bad.replace("468.45", "458.45"), only={"N-REPEAT"}) == []


def test_table_rule():
    data = read_values(CLEAN)
    f, = narrative_findings("编制人数121人，实际人数114人。", data, only={"N-TABLE"})
    assert f.cells[0].endswith("!B6") and f.narrative[0].text == "121人"
    assert narrative_findings("编制人数120人，实际人数114人。", data, only={"N-TABLE"}) == []


def test_table_rule_accepts_the_other_tables_figure():
    # 附件3 项目支出 139.72, 附件4 项目支出 621.15: a report that follows 附件3 agrees with one
    # of the tables; the tables' own gap is X-PROJECT-SPENDING's error, not the report's.
    data = read_values(with_(CLEAN, 项目支出=621.15, 基本支出=2998.29))
    assert narrative_findings("项目支出139.72万元。", data, only={"N-TABLE"}) == []
    assert [f.rule for f in run_checks(data, only={"X-PROJECT-SPENDING"})] == ["X-PROJECT-SPENDING"]
    f, = narrative_findings("项目支出150.00万元。", data, only={"N-TABLE"})
    assert f.expected == 621.15


def test_grade_rule():
    data = read_values(CLEAN)
    f, = narrative_findings("自评得分99.97分，评价等级为良。", data, only={"N-GRADE"})
    assert f.expected == "优"
    assert narrative_findings("自评得分99.97分，评价等级为优秀。", data, only={"N-GRADE", "N-TABLE"}) == []


@pytest.mark.parametrize("said", ["评价等级为“良”", "评价等级为\"良\"", "评价等级：【良】", "自评结果为‘良’等",
                                  "评价等级评定为「良好」", "等级为（良）", "自评等级是 “良” 。"])
def test_grade_rule_reads_quoted_and_bracketed_grades(said):
    data = read_values(CLEAN)
    f, = narrative_findings(f"自评得分99.97分，{said}", data, only={"N-GRADE"})
    assert f.expected == "优" and f.actual.startswith("良")


@pytest.mark.parametrize("said", ["评价等级为“优”", "评价等级为\"优秀\"", "评价等级：【优】", "评价结果为优化管理提供依据",
                                  "等级为中央转移支付项目", "等级评定工作良好开展"])
def test_grade_rule_silent_on_the_right_grade_and_on_other_words(said):
    data = read_values(CLEAN)
    assert narrative_findings(f"自评得分99.97分，{said}。", data, only={"N-GRADE"}) == []


def test_indicator_rule():
    data = read_values(CLEAN)
    found = narrative_findings("今年新增企业34家，改厕90座，栽植景观植物800株，工程验收合格率100%，"
                               "群众满意度98%，项目支出139.72万元。", data, only={"N-INDICATOR"})
    assert [(f.severity, f.message.split("”")[0]) for f in found] == [("warning", "指标“改厕")]
    absent = narrative_findings("无关内容。", data, only={"N-INDICATOR"})
    assert {f.severity for f in absent} == {"info"} and len(absent) == 6


def test_indicator_rule_across_units_names_the_first_figure_in_the_text():
    # Figures are compared unit by unit: the one named first in the text is still the one
    # reported, also when a figure in another unit appeared before it ("其他经费5万元").
    data = read_values(CLEAN)
    found = narrative_findings("其他经费5万元，项目支出1397800元，项目支出150万元。", data, only={"N-INDICATOR"})
    f, = [f for f in found if "项目支出" in f.message]
    assert f.severity == "warning" and f.narrative[0].text == "1397800元"
    found = narrative_findings("项目支出150万元，项目支出1397800元。", data, only={"N-INDICATOR"})
    f, = [f for f in found if "项目支出" in f.message]
    assert f.severity == "warning" and f.narrative[0].text == "150万元"
    # 0.08万株 is 800株: another unit of the same kind supports the indicator
    assert not [f for f in narrative_findings("栽植景观植物0.08万株。", data, only={"N-INDICATOR"}) if "景观" in f.message]
    f, = [f for f in narrative_findings("栽植景观植物0.07万株。", data, only={"N-INDICATOR"}) if "景观" in f.message]
    assert f.severity == "warning"


def test_indicator_value_test_in_floats_never_rejects_what_the_exact_test_accepts():
    from fractions import Fraction

    from perfxl.checks.rules_narrative import _float_bounds, _may_overlap
    from perfxl.core.intervals import Interval
    from perfxl.narrative.figures import Figure

    checked = rejected = 0
    for value, decimals in ((92, 0), (0.1, 1), (139.72, 2), (1397800, 0), (2.345, 3), (0.3, 4), (1e-7, 9), (9.99e15, 2)):
        f = Figure(str(value), value, "", decimals, "某项", "count", 0, 1)
        for factor in (1, 1.0, 0.0001, 10000.0, 0.001, 1000.0, 1e-8, 1e8):
            stated = f.interval if factor == 1 else f.interval.scale(factor)
            w = stated.hi - stated.lo
            for mine in (Interval(stated.hi, stated.hi + w), Interval(stated.lo - w, stated.lo),   # touching
                         Interval(stated.mid, stated.mid), stated,
                         Interval(stated.hi + w / 10**12, stated.hi + 1),                         # just apart
                         Interval(stated.lo - 1, stated.lo - Fraction(1, 10**30)),
                         Interval(stated.hi * 2 + 1, stated.hi * 3 + 2)):                         # far apart
                lo, hi = _float_bounds(mine)
                may = _may_overlap({}, 0, f, factor, lo, hi)
                if stated.overlaps(mine):
                    assert may, (value, decimals, factor, mine)
                    checked += 1
                rejected += not may
    assert checked > 200 and rejected > 50      # the float test decides most pairs that are apart


def test_sum_counts_parts_worded_alike():
    # 安徽 project form (tests/data/layouts ah_tangxi): three parts with the same wording.
    text = ("本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;"
            "30万元用于基建工程项目设计、规划、测绘。")
    assert narrative_findings(text, None, only={"N-SUM"}) == []
    f, = narrative_findings(text.replace("30万元用于基建工程项目审计", "40万元用于基建工程项目审计"), None, only={"N-SUM"})
    assert f.expected == 100


def test_rate_of_an_excess_over_its_base_is_not_a_wrong_ratio():
    # 10 ÷ (160 − 10) = 6.67%: the two figures are the excess and the actual, not the ratio's terms.
    assert narrative_findings("实际支出160万元，超出目标10万元，超支率6.67%。", only={"N-RATE"}) == []
    f, = narrative_findings("实际支出160万元，超出目标10万元，超支率8.00%。", only={"N-RATE"})
    assert "应为 6.25%" in f.message


def test_rate_in_a_table_cell_is_not_a_ratio_of_other_cells():
    row = "项目支出\t≤150万元\t139.72万元\t5\t5\t资金到位率80%，影响工程进度"
    assert narrative_findings(row, only={"N-RATE"}) == []
    f, = narrative_findings("预算150万元，支出139.72万元，执行率80%。", only={"N-RATE"})
    assert "93.15%" in f.message


def test_change_named_for_something_else_is_not_bound_to_the_nearest_figure():
    text = "全年支出2980.5万元，三公经费比上年减少0.5万元、下降4.8%。"
    assert narrative_findings(text, only={"N-CHANGE"}) == []
    wrong = "三公经费支出9.73万元，三公经费比上年减少0.11万元、下降5.00%。"
    assert [f.rule for f in narrative_findings(wrong, only={"N-CHANGE"})] == ["N-CHANGE"]
