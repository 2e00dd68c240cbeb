"""Precision of the narrative checks on further sentence families of real reports: each pattern
once where it used to raise a false error, once where the rule must still fire."""

from __future__ import annotations

from .narrative_helpers import errors, found

_ENUMERATED = ("2023年项目支出主要用于以下方面：一是业务工作经费150.00万元，其中培训费20.00万元{more}；"
               "二是运行维护经费80.00万元；三是专项资金170.00万元。")


def test_a_breakdown_ends_at_the_next_item_of_its_totals_enumeration():
    assert errors(_ENUMERATED.format(more=""), {"N-SUM"}) == []
    for text in ("项目支出情况：（一）业务工作经费150.00万元，其中培训费20.00万元；（二）运行维护经费80.00万元；（三）专项资金170.00万元。",
                 "项目支出情况：1.业务工作经费150.00万元，其中培训费20.00万元；2.运行维护经费80.00万元；3.专项资金170.00万元。",
                 "其一，业务工作经费150.00万元，其中培训费20.00万元；其二，运行维护经费80.00万元；其三，专项资金170.00万元。"):
        assert errors(text, {"N-SUM"}) == [], text
    # the breakdown itself is still checked
    got = errors(_ENUMERATED.format(more="、差旅费140.00万元"), {"N-SUM"})
    assert [f.actual for f in got] == [150.0]
    # an enumeration inside the list is the list's own items
    text = "项目支出400.00万元，其中：一是业务工作经费150.00万元；二是运行维护经费80.00万元；三是专项资金190.00万元。"
    assert [f.actual for f in errors(text, {"N-SUM"})] == [400.0]


def test_an_item_taking_an_amount_away_is_subtracted_from_the_others():
    for text in ("调整后预算1200万元，其中：年初预算1000万元，年中追加250万元，年中调减50万元。",
                 "全年预算1200万元，其中：年初预算1000万元，追加预算300万元，核减预算100万元。"):
        assert errors(text, {"N-SUM"}) == [], text
    for text in ("调整后预算1200万元，其中：年初预算1000万元，年中追加350万元，年中调减50万元。",
                 "全年预算1200万元，其中：年初预算1000万元，追加预算400万元，核减预算100万元。"):
        assert [f.actual for f in errors(text, {"N-SUM"})] == [1200.0], text
    # a decrease against last year is a change of an item, never a term taken away
    text = "调整后预算1200万元，其中：年初预算1000万元，年中追加250万元，比上年减少50万元。"
    assert [f.actual for f in errors(text, {"N-SUM"})] == [1200.0]


def test_shares_of_amounts_that_are_all_zero_stop_nothing():
    # used to stop the checks with an AttributeError (a whole of 0 to divide by)
    for text in ("因公出国（境）费0万元，占“三公”经费的0%；公务接待费0万元，占“三公”经费的0%；"
                 "公务用车购置及运行维护费0万元，占“三公”经费的100%。",
                 "1. 基本支出 0 万元，占一般公共预算支出的 0%。\n2. 项目支出 0 万元，占一般公共预算支出的 100%。\n"
                 "3. 其他支出 0 万元，占一般公共预算支出的 0%。\n"):
        assert errors(text, {"N-SHARE"}) == [], text
    # amounts that are not all 0: the shares are still checked against their sum
    text = ("1. 基本支出 80 万元，占一般公共预算支出的 80%。\n2. 项目支出 20 万元，占一般公共预算支出的 25%。\n"
            "3. 其他支出 0 万元，占一般公共预算支出的 0%。\n")
    assert [f.actual for f in errors(text, {"N-SHARE"})] == [25.0]


_FULL_WIDTH = ("公务用车购置及运行维护费支出决算为３３．１３万元，完成全年预算４９．８万元的６６．５％，比上年决算数减少２．５万元，"
               "下降７％，其中：公务用车购置支出决算为１７．９８万元，完成全年预算１８万元的９９．９％，比上年决算数增加０万元，增长０％，"
               "公务用车运行维护费支出决算为１５．１５万元，完成全年预算３１．８万元的４７．６％，比上年决算数减少２．５万元，下降{pct}。")


def test_figures_typed_in_full_width_are_read_like_ascii_ones():
    # "完成全年预算３１．８万元的４７．６％": the budget of a rate, neither a total nor the base of the change after it
    assert errors(_FULL_WIDTH.format(pct="１４．２％"), {"N-SUM", "N-CHANGE"}) == []
    got = errors(_FULL_WIDTH.format(pct="２４．２％"), {"N-SUM", "N-CHANGE"})
    assert [(f.rule, f.actual) for f in got] == [("N-CHANGE", 24.2)]


_WRAPPED = ("2024年度“三公”经费财政拨款支出决算为34.08万元，比上年决算数减少1.55万元，下降4.4%。其中：因公出国（境）费支出决算为"
            "0.94万元，比上年决算数增加0.94万元；公务用车购置及运行维护费支出决算为33.13万元，比上年决算数减少2.5万元，下降7%，其\n"
            "中：公务用车购置支出决算为17.98万元，比上年决算数增加0万元，增长0%，公务用车运行维护费支出决算为15.15万元，比上年决算数"
            "减少2.5万元，下降14.2%；公务接待费支出决算为0万元，比上年决算数增加0万元。")


def test_a_word_wrapped_over_two_lines_is_one_word():
    # "其\n中：" (a PDF line break inside the word) still opens the nested breakdown
    assert errors(_WRAPPED, {"N-SUM"}) == []
    text = "2023年度本单位本年支出合计1180万元，比上年增加180万元，增长18%，其\n中：基本支出800万元，项目支出{p}万元。"
    assert errors(text.format(p="380"), {"N-SUM"}) == []
    assert [f.actual for f in errors(text.format(p="480"), {"N-SUM"})] == [1180.0]
    # an amount whose unit is wrapped ("100万\n元") is still that amount
    text = "2023年度本单位本年支出合计1180万元，其中：基本支出800万元，项目支出为四百八十万元即480万\n元，已全部支付。"
    assert [f.actual for f in errors(text, {"N-SUM"})] == [1180.0]


_NEGATED = ("上半年，全市一般公共预算支出完成217.99亿元，同比增长2.9%。其中，公共安全支出{a}亿元，同比增长5.9%（不含政法转移支付）；"
            "教育支出{b}亿元，同比增长4.2%；社会保障和就业支出{c}亿元，同比增长16.1%。")


def test_a_negated_inclusion_lists_no_parts():
    # "（不含…）", "（未包括…）", "（不包含…）": what a figure leaves out, never the start of its breakdown
    assert errors(_NEGATED.format(a="10.1", b="45.7", c="32.2"), {"N-SUM"}) == []
    for text in ("全市一般公共预算支出完成217.99亿元。其中，公共安全支出10.1亿元（未包括政法转移支付）；教育支出45.7亿元；社会保障和就业支出32.2亿元。",
                 "“三公”经费及会议费、培训费决算数合计为1000.86万元，其中：因公出国（境）费0万元、公务用车购置费399.25万元、"
                 "公务用车运行维护费472.38万元、公务接待费43.77万元（不包含外事接待）、会议费34.10万元、培训费51.37万元。"):
        assert errors(text, {"N-SUM"}) == [], text
    # the list the figure is a part of is still checked
    got = errors(_NEGATED.format(a="100.1", b="85.7", c="52.2"), {"N-SUM"})
    assert [f.actual for f in got] == [217.99]
    # and "含" / "包括" still open one
    text = "本年支出合计1180万元，含基本支出800万元、项目支出480万元。"
    assert [f.actual for f in errors(text, {"N-SUM"})] == [1180.0]


_REMARKED = "本年收入合计252.5万元（已审计），较上年231.5万元（详见附表1），增加21万元，其中：财政拨款收入{a}万元，经营收入0万元；其他收入0万元。"


def test_a_bracketed_remark_after_a_figure_is_read_through():
    # "231.5万元（详见附表1），增加21万元": still the base of the change, not the total of the list after it
    assert errors(_REMARKED.format(a="252.5"), {"N-SUM", "N-CHANGE"}) == []
    text = ("中央预算单位、地方预算单位的政府采购规模分别为2666.3亿元（已审计）和30400.7亿元，占全国政府采购规模的8.1%（已审计）"
            "和91.9%。全年全国政府采购规模为33067.0亿元。")
    assert errors(text, {"N-SHARE"}) == []
    got = errors(_REMARKED.format(a="262.5"), {"N-SUM", "N-CHANGE"})
    assert [(f.rule, f.actual) for f in got] == [("N-SUM", 252.5)]
    # a remark that says something is read as before: "（含上年结转）" is no remark to skip
    from .narrative_helpers import doc
    view = doc("本年收入合计252.5万元（含上年结转），较上年231.5万元（已审计），增加21万元。").view
    assert "（含上年结转）" in view and "（已审计）" not in view


_PLAN_DONE = ("项目计划投资800万元，实际完成投资760万元，投资完成率95%，其中中央资金计划500万元，完成475万元；"
              "省级资金计划300万元，完成{b}万元。")


def test_a_plan_and_what_was_done_are_two_measures_of_one_item():
    # "中央资金计划500万元，完成475万元": one part (the one of the total's measure), not two
    assert errors(_PLAN_DONE.format(b="285"), {"N-SUM"}) == []
    for text in ("项目计划投资800万元，实际完成投资760万元，投资完成率95%；其中中央资金计划500万元，完成475万元，完成率95%。",
                 "全年计划培训1800人次，实际完成2000人次，其中：农民培训计划1000人次，完成1100人次；干部培训计划800人次，完成900人次。"):
        assert errors(text, {"N-SUM"}) == [], text
    got = errors(_PLAN_DONE.format(b="385"), {"N-SUM"})
    assert [f.actual for f in got] == [760.0] and "860" in got[0].message


def _rate_warnings(text):
    return [f.actual for f in found(text, {"N-RATE"})]


def test_a_rate_is_of_figures_outside_the_brackets_before_it():
    for text in ("全年预算1200万元（年初预算1000万元，追加200万元），实际支出1140万元，执行率{r}。",
                 "项目总投资1800万元，完成投资1710万元（其中：中央资金1000万元，省级资金450万元，县级配套260万元），完成率{r}。"):
        assert _rate_warnings(text.format(r="95%")) == [], text
        assert _rate_warnings(text.format(r="85%")) == [85.0], text


def test_a_rate_may_be_of_the_figure_before_the_two_it_follows():
    text = "全年执行1140万元，年初预算1000万元，调整后预算1200万元，执行率{r}。"
    assert _rate_warnings(text.format(r="95%")) == []
    assert _rate_warnings(text.format(r="85%")) == [85.0]


def test_a_rate_named_as_a_change_is_the_change_over_the_first_figure():
    text = "预算调整情况：年初预算1000万元，调整预算1200万元，预算调整率{r}。"
    assert _rate_warnings(text.format(r="20%")) == []
    assert _rate_warnings(text.format(r="25%")) == [25.0]


def test_a_remark_naming_a_measure_or_a_year_only_qualifies_its_figure():
    text = "本年收入合计252.5万元（按决算口径），较上年231.5万元（2022年度），增加21万元，其中：财政拨款收入{a}万元，经营收入0万元；其他收入0万元。"
    assert errors(text.format(a="252.5"), {"N-SUM", "N-CHANGE"}) == []
    got = errors(text.format(a="262.5"), {"N-SUM", "N-CHANGE"})
    assert [(f.rule, f.actual) for f in got] == [("N-SUM", 252.5)]


def test_a_footnote_mark_after_a_figure_is_read_through():
    text = ("2024年，全市政府采购规模为32.72亿元，较采购计划节约资金5.51亿元，资金节约率达14.41%。市本级政府采购规模为10.29亿元，"
            "较采购计划节约资金1.44亿元，资金节约率达12.28%。从结构上看，全市货物、工程、服务政府采购规模分别为14.71亿元、"
            "5.65亿元*和12.36亿元，占全市政府采购规模比例为44.96%、17.27%和37.77%。")
    assert errors(text, {"N-SHARE"}) == []
    text = "本年支出1180万元①，其中基本支出800万元*，占本年支出的{pct}②。"
    assert errors(text.format(pct="67.8%"), {"N-SHARE"}) == []
    assert [f.actual for f in errors(text.format(pct="77.8%"), {"N-SHARE"})] == [77.8]
