"""Sentence patterns behind false findings of the readings added last (table change rates, rates with
their budget inside, points below a bracketed base, …), each with a text where the rule must stay
silent and a variant where it still fires."""

from __future__ import annotations

from tests.narrative_helpers import errors, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_a_chain_of_comparisons_in_points_all_of_the_subject():
    text = "县级财政自给率为21.4%，低于上年(25.6%)4.2个百分点，低于全市(30%){}个百分点。"
    assert _rule(text.format("8.6"), "N-CHANGE") == []
    [f] = errors(text.format("7.6"))
    assert f.rule == "N-CHANGE" and "21.4%" in f.message and "8.6个百分点" in f.message
    mixed = "一季度增长5.2%，低于全省(6.1%)0.9个百分点，高于全国(4.5%){}个百分点。"
    assert _rule(mixed.format("0.7"), "N-CHANGE") == []
    assert [f.rule for f in errors(mixed.format("1.6"))] == ["N-CHANGE"]
    raised = "预算执行率为92.3%，较上年(90.1%)提高2.2个百分点，但低于目标值(95%){}个百分点。"
    assert _rule(raised.format("2.7"), "N-CHANGE") == []
    assert [f.rule for f in errors(raised.format("4.9"))] == ["N-CHANGE"]


def test_a_template_with_both_directions_split_by_a_slash():
    text = "公务接待费0.5万元，较2016年增加/减少0.11万元，增长/下降{}。"
    # 0.11 on 0.39 (a rise) or on 0.61 (a fall): either holds
    assert _rule(text.format("28.21%"), "N-CHANGE") == []
    assert _rule(text.format("18.03%"), "N-CHANGE") == []
    [f] = _rule(text.format("40%"), "N-CHANGE")
    assert f.severity == "error"


def test_a_rate_with_its_basis_in_brackets_after_it():
    text = "税收收入达到730.48亿元，比上年的691.92亿元增长7.5%{}。"
    assert _rule(text.format("（按可比口径计算）"), "N-CHANGE") == []
    assert _rule(text.format("（剔除一次性因素）"), "N-CHANGE") == []
    # a bracket saying something else leaves the rate of the two figures written
    [f] = errors(text.format("（全省第三）"))
    assert f.rule == "N-CHANGE" and "5.57%" in f.message
    # (output grows at comparable prices, said or not: "GDP达到730.48亿元，比上年的691.92亿元增长7.5%（全省第三）" is silent,
    # see test_narrative_sector_output)
    assert _rule("GDP达到730.48亿元，比上年的691.92亿元增长7.5%（全省第三）。", "N-CHANGE") == []


def test_a_rate_in_a_bracketed_remark_is_no_subject_of_the_points_after():
    text = "执行率为92.3%（上年为90%），低于全省平均(95.6%){}个百分点。"
    assert _rule(text.format("3.3"), "N-CHANGE") == []
    [f] = errors(text.format("5.6"))
    assert f.rule == "N-CHANGE" and "92.3%" in f.message
    # every rate of the chain in brackets: the first is the subject
    chain = "财政自给率（21.4%），比上年（25.6%）下降4.2个百分点，低于全市（30%）{}个百分点。"
    assert _rule(chain.format("8.6"), "N-CHANGE") == []
    [g] = errors(chain.format("4.4"))
    assert "21.4%" in g.message and "8.6个百分点" in g.message


def test_amounts_in_any_clause_of_a_reason_are_no_whole_of_the_list_after():
    text = ("项目支出50万元，较上年减少40万元，主要是上年有一次性项目支出45万元，本年新增项目5万元。"
            "其中：乡村振兴30万元，环境整治{}万元。")
    assert errors(text.format("20")) == []
    # a reason with 原因 spanning two clauses
    cause = ("项目支出50万元，较上年减少40万元，主要原因是上年有一次性项目支出45万元，本年新增项目5万元。"
             "其中：乡村振兴30万元，环境整治{}万元。")
    assert errors(cause.format("20")) == []
    # the list is still of the amount the reason explains: over it, an error
    assert [f.rule for f in errors(cause.format("25"))] == ["N-SUM"]


def test_a_qizhong_over_its_nearest_figure_may_be_of_an_earlier_one_named_like_its_parts():
    text = "共有在职人员{}人，退休人员10人，其中：行政人员15人，事业人员{}人。"
    # 15 + 10 is the 在职人员: the list is of them
    assert errors(text.format(25, 10)) == []
    # within the 在职人员 but not all of them is no reading of its own: over the 退休人员, an error
    assert [f.rule for f in errors(text.format(30, 10))] == ["N-SUM"]
    # over every figure named like the parts: an error
    assert [f.rule for f in errors(text.format(25, 12))] == ["N-SUM"]
    # a figure of another measure is no whole of the parts
    assert [f.rule for f in errors("本年收入合计500万元，本年支出合计480万元，其中：基本支出300万元，项目支出200万元。")] == ["N-SUM"]


def test_a_rate_with_its_budget_inside_may_be_of_an_earlier_amount_of_its_sentence():
    text = "全年一般公共预算收入完成2000万元，其中税收收入699万元，完成年初预算计划1528万元的{}。"
    # of the 收入 (2000 ÷ 1528) or of the 税收 (699 ÷ 1528): either holds
    assert _rule(text.format("130.9%"), "N-RATE") == []
    assert _rule(text.format("45.7%"), "N-RATE") == []
    [f] = errors(text.format("140%"))
    assert f.rule == "N-RATE"


def test_a_qizhong_after_the_reasons_of_a_change_is_of_the_figure_they_explain():
    text = ("2023年度支出合计1,180万元，较上年增加130万元，一是新增项目资金120万元，二是增人增资10万元。"
            "其中：基本支出800万元，项目支出{}万元。")
    assert errors(text.format("380")) == []
    # adding up to no figure of the sentence, far over the 10万元 it is bound to: no reading is sure, silent
    assert _rule(text.format("390"), "N-SUM") == []


def test_a_qizhong_after_an_enumeration_adding_up_to_an_earlier_item():
    text = "2023年度支出合计1,180万元，一是基本支出800万元；二是项目支出380万元。其中：人员经费700万元，公用经费{}万元。"
    # 人员经费 + 公用经费 is the 基本支出
    assert errors(text.format("100")) == []
    assert _rule(text.format("110"), "N-SUM") == []   # far over the 380万元 it is bound to: silent
