"""Precision of the narrative checks: figures that are never the total of a list after them, lists
whose items state a budget and an actual, and readings that keep a rule silent.  Each behaviour
fires on a short sentence in the style of published reports, and stays silent where it should."""

from perfxl.checks.runner import run_checks
from perfxl.narrative.read import Narrative
from perfxl.narrative.structure import NarrativeDoc


def found(text, only=None):
    return run_checks(None, narrative=Narrative(text, "报告.txt", "txt"), only=set(only) if only else None)


def errors(text, only=None):
    return [f for f in found(text, only) if f.severity == "error"]


def doc(text):
    return NarrativeDoc.of(Narrative(text, "报告.txt", "txt"))


def fig(d, literal):
    return next(f for f in d.figures if f.text == literal)


# -- a comparison whose direction word is missing ----------------------------------------

BARE = ("公务用车购置及运行维护费决算支出数为571.04万元，较2022年决算数441.63万元129.41万元，增长29.3%，"
        "其中：公务用车运行维护费决算支出数为507.98万元；公务用车购置费决算支出数为63.06万元。")


def test_bare_comparison_base_and_change():
    d = doc(BARE)
    assert fig(d, "441.63万元").role == "base"
    change = fig(d, "129.41万元")
    assert change.role is None and change.relation == "增加"
    assert [pl.total.text for pl in d.lists] == ["571.04万元"]


def test_bare_comparison_base_is_not_the_total_of_the_list():
    assert errors(BARE, {"N-SUM", "N-CHANGE"}) == []
    f, = errors(BARE.replace("63.06万元", "73.06万元"), {"N-SUM"})
    assert f.narrative[0].text == "571.04万元"


def test_bare_comparison_change_is_checked_as_a_change():
    assert found(BARE, {"N-CHANGE"}) == []
    f, = errors(BARE.replace("增长29.3%", "增长31.3%"), {"N-CHANGE"})
    assert [s.text for s in f.narrative] == ["31.3%", "129.41万元", "571.04万元"]


def test_bare_comparison_needs_a_direction_after_it():
    # two amounts after a comparison with no change word after them: no base, no change
    d = doc("支出571.04万元，较2022年决算数441.63万元129.41万元。")
    assert fig(d, "441.63万元").role is None and fig(d, "129.41万元").relation is None


# -- items that state a budget and an actual ---------------------------------------------

MEASURES = ("“三公”经费决算支出数为820.33万元。其中：公务接待费预算数为310.37万元，决算支出数为249.29万元，"
            "公务用车购置及运行维护费预算数为521.67万元，决算支出数为571.04万元。")


def test_item_stating_budget_and_actual_gives_the_part_of_the_totals_kind():
    pl, = doc(MEASURES).lists
    assert pl.total.text == "820.33万元" and [p.text for p in pl.parts] == ["249.29万元", "571.04万元"]
    assert found(MEASURES, {"N-SUM"}) == []
    f, = errors(MEASURES.replace("571.04万元", "581.04万元"), {"N-SUM"})
    assert f.narrative[0].text == "820.33万元"


def test_budget_total_takes_the_budgets():
    text = MEASURES.replace("决算支出数为820.33万元", "预算数为832.04万元")
    pl, = doc(text).lists
    assert [p.text for p in pl.parts] == ["310.37万元", "521.67万元"]
    assert found(text, {"N-SUM"}) == []


def test_items_without_budget_or_actual_keep_their_first_figure():
    # an item named by itself ("基本支出") is a part even when the total says 决算
    text = "2023年决算支出数为150万元，其中：基本支出100万元，项目支出50万元。"
    pl, = doc(text).lists
    assert [p.text for p in pl.parts] == ["100万元", "50万元"]
    assert len(errors(text.replace("50万元。", "60万元。"), {"N-SUM"})) == 1


# -- a nested 其中 that may run past its semicolon --------------------------------------

NESTED = ("“三公”经费决算支出数为820.33万元，较2022年增加131.49万元。其中：公务接待费决算支出数为249.29万元，"
          "较2022年增加2.08万元，公务用车购置及运行维护费决算支出数为571.04万元，较2022年增加129.41万元，"
          "其中：公务用车运行维护费决算支出数为507.98万元，较2022年增加80.15万元；"
          "公务用车购置费决算支出数为63.06万元，较2022年增加49.26万元。")


def test_part_changes_after_a_nested_list_may_be_its_own():
    assert found(NESTED, {"N-SUM"}) == []


def test_part_changes_that_hold_in_no_reading_still_warn():
    f, = found(NESTED.replace("增加2.08万元", "增加12.08万元"), {"N-SUM"})
    assert f.narrative[0].text == "131.49万元"


# -- carry-overs and balances are not the total of the list after them ----------------------

CARRY = ("收入包括：一般公共预算拨款7,034,418.94元、上年结转结余23,067.24元；支出包括：教育支出5,806,105.16元、"
         "社会保障和就业支出557,718.56元、卫生健康支出275,373.54元、住房保障支出418,288.92元。")


def test_carry_over_is_not_the_total_of_the_next_list():
    assert errors(CARRY, {"N-SUM"}) == []
    assert all(pl.total.text != "23,067.24元" for pl in doc(CARRY).lists)


def test_carry_over_list_that_names_it_is_checked():
    text = "年末结转和结余25万元，其中：基本支出结转10万元，项目支出结转和结余15万元。"
    pl, = doc(text).lists
    assert pl.total.text == "25万元"
    assert errors(text, {"N-SUM"}) == []
    assert len(errors(text.replace("15万元", "18万元"), {"N-SUM"})) == 1
