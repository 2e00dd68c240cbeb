"""Recall of the narrative checks on sentence families met in the fourth corpus round."""

from __future__ import annotations

from .narrative_helpers import errors, found

_TYPES = "按类别看，货物类13.97亿元，占采购总量的19.6%；工程类39.65亿元，占采购总量的55.7%；服务类17.6亿元，占采购总量的24.7%。\n"


def test_second_breakdown_of_a_confirmed_whole_with_wrong_shares_is_an_error():
    text = _TYPES + "按层级看，市级29.81亿元，占采购总量的16.26%；区县级41.41亿元，占采购总量的83.74%。"
    got = errors(text, {"N-SHARE"})
    assert sorted(f.actual for f in got) == [16.26, 83.74]
    assert all("41.86%" in f.message or "58.14%" in f.message for f in got)


def test_second_breakdown_whose_shares_hold_is_silent():
    text = _TYPES + "按层级看，市级29.81亿元，占采购总量的41.86%；区县级41.41亿元，占采购总量的58.14%。"
    assert [f for f in found(text, {"N-SHARE"})] == []


def test_breakdown_without_a_confirming_breakdown_is_not_an_error():
    # two shares adding to 100 % alone: the whole is not fixed by another breakdown
    text = "按层级看，市级29.81亿元，占采购总量的16.26%；区县级41.41亿元，占采购总量的83.74%。"
    assert errors(text, {"N-SHARE"}) == []


def test_breakdown_adding_to_another_whole_is_not_an_error():
    # the wrong pair adds to 60, not to the 71.22 the first breakdown fixes: a different whole
    text = _TYPES + "按层级看，市级20亿元，占采购总量的16.26%；区县级40亿元，占采购总量的83.74%。"
    assert errors(text, {"N-SHARE"}) == []


def test_part_in_yi_over_its_total_in_wan_is_a_unit_slip():
    text = "全年财政收入93492万元，比上年增长16.1%。一般公共预算收入45376万元，增长38.7%。税收收入83518亿元，增长12.2%。"
    got = errors(text, {"N-UNIT-SLIP"})
    assert [(f.actual, f.expected) for f in got] == [("83518亿元", "83518万元")]


def test_part_in_yi_that_would_not_fit_as_wan_is_silent():
    # 12亿元 is just above the total (not orders of magnitude): no unit slip to name; 120000 does not fit as 万元
    text = "全年财政收入93492万元，比上年增长16.1%。一般公共预算收入45376万元。税收收入12亿元。"
    assert errors(text, {"N-UNIT-SLIP"}) == []
    text = "全年财政收入93492万元，一般公共预算收入45376万元，税收收入120000亿元。"
    assert errors(text, {"N-UNIT-SLIP"}) == []


def test_amount_in_yi_of_another_scope_is_silent():
    text = "全年财政收入93492万元，一般公共预算收入45376万元。全国税收收入83518亿元。"
    assert errors(text, {"N-UNIT-SLIP"}) == []


def test_paragraph_mixing_yi_and_wan_is_silent():
    text = "全年财政收入93492万元，一般公共预算收入4.5亿元，税收收入83518亿元。"
    assert errors(text, {"N-UNIT-SLIP"}) == []


def test_numbered_lines_after_the_totals_own_changes_are_its_parts():
    text = ("2017年收入总预算501.98万元,同比减少17.05万元,同比下降3.28%。其中:\n"
            "1、一般公共财政预算拨款507.37万元。\n2、上年结余收入8.3万元。\n3、纳入财政专户管理的资金0万元。\n")
    got = errors(text, {"N-SUM"})
    assert [(f.actual, f.expected) for f in got] == [(501.98, 515.67)]


def test_numbered_lines_after_the_totals_own_changes_that_add_up_are_silent():
    text = ("2017年收入总预算515.67万元,同比减少17.05万元,同比下降3.20%。其中:\n"
            "1、一般公共财政预算拨款507.37万元。\n2、上年结余收入8.3万元。\n3、纳入财政专户管理的资金0万元。\n")
    assert found(text, {"N-SUM"}) == []


def test_numbered_lines_after_another_clause_are_not_bound_as_parts():
    # the words between the figure and 其中 are not its own change: the list is not bound to it
    text = ("2017年收入总预算501.98万元,主要用于人员支出。其中:\n"
            "1、一般公共财政预算拨款507.37万元。\n2、上年结余收入8.3万元。\n3、纳入财政专户管理的资金0万元。\n")
    assert errors(text, {"N-SUM"}) == []


def test_total_composed_of_parts_that_exceed_it_is_an_error():
    text = "支出总计,867.48万元,由一般公共预算支出1,867.48万元,加上解支出、结转下年等0万元等构成,当年收支平衡。"
    got = errors(text, {"N-SUM"})
    assert [(f.actual, f.expected) for f in got] == [(867.48, 1867.48)]


def test_total_composed_of_parts_that_add_up_is_silent():
    text = "支出总计1,867.48万元,由一般公共预算支出1,867.48万元,加上解支出、结转下年等0万元等构成,当年收支平衡。"
    assert found(text, {"N-SUM"}) == []


def test_composed_parts_under_the_total_or_with_a_nested_breakdown_are_not_errors():
    # "等构成" may name parts without amounts: a shortfall is no error
    text = "收入总计1,867.48万元,由一般公共预算收入111.11万元及上级补助等构成。"
    assert errors(text, {"N-SUM"}) == []
    # a part's own breakdown inside the clause would be counted twice
    text = "收入总计200万元,由财政拨款150万元(其中基本支出120万元)、其他收入50万元构成。"
    assert errors(text, {"N-SUM"}) == []
    # "由于" gives a reason, not parts
    text = "支出总计100万元,由于项目增加,比年初预算150万元多出的部分构成了主要差异。"
    assert errors(text, {"N-SUM"}) == []


def test_total_with_its_own_place_binds_a_part_without_one():
    text = "全县财政收入93492万元，一般公共预算收入45376万元。税收收入83518亿元。"
    assert [f.actual for f in errors(text, {"N-UNIT-SLIP"})] == ["83518亿元"]
    text = "全县财政收入93492万元，一般公共预算收入45376万元。省税收收入83518亿元。"
    assert errors(text, {"N-UNIT-SLIP"}) == []
