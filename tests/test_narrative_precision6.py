"""Consistent texts written the way 决算说明, 预算执行情况报告 and 绩效自评报告 are written, on which
the newest claims fired falsely: each sentence pattern with a text where the claim must stay silent
and an inconsistent variant where it still fires."""

from __future__ import annotations

from tests.narrative_helpers import errors, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


# -- N-RATE: what is not done leaves the whole, or the rate names its own basis ------------------

def test_rate_after_the_undone_amount_was_returned_is_not_of_done_and_undone():
    # 20 returned to the treasury is no longer part of what could be spent: 80 ÷ 80
    assert _rule("项目资金已支出80万元，未支出20万元已收回财政，资金执行率100%。", "N-RATE") == []
    assert _rule("已拨付80万元，结余20万元已上缴国库，执行率100%。", "N-RATE") == []
    assert _rule("項目資金已支出80萬元，未支出20萬元已結轉下年，資金執行率100%。", "N-RATE") == []


def test_rate_naming_its_own_basis_is_not_of_done_and_undone():
    assert _rule("已支付80万元，未支付20万元，支付率88.89%（按扣除结转资金后的可支付数计算）。", "N-RATE") == []
    assert _rule("已支付80万元，未支付20万元，按扣除质保金后的合同额计算，支付率88.89%。", "N-RATE") == []


def test_rate_of_done_and_undone_still_checked_without_such_words():
    [f] = _rule("项目资金已支出80万元，未支出20万元，资金执行率100%。", "N-RATE")
    assert f.severity == "error" and "80.00%" in f.message
    [g] = _rule("已支付80万元，未支付20万元，支付率88.89%（资金来源为省级补助）。", "N-RATE")
    assert g.severity == "error"


# -- N-CHANGE: a change naming one kind of the item the sentence before states ---------------------

def test_change_of_a_narrower_item_is_not_of_the_total_before():
    text = "2024年度收入合计6315.69万元。与2023年度相比，财政拨款收入减少3117.38万元，下降40%。"
    assert _rule(text, "N-CHANGE") == []
    assert errors("2024年一般公共预算收入12.35亿元。比上年，税收收入增加0.55亿元，增长8%。") == []


def test_change_naming_the_same_item_as_the_sentence_before_still_checked():
    [f] = _rule("2024年度收入合计6315.69万元。与2023年度相比，收入合计减少3117.38万元，下降40%。", "N-CHANGE")
    assert f.severity == "error" and "33.05%" in f.message
    assert _rule("2024年度收入合计6315.69万元。与2023年度相比，收入合计减少3117.38万元，下降33.05%。", "N-CHANGE") == []


# -- N-SUM: a 其中 inside an ordinal item ends at the next ordinal ---------------------------------

def test_qizhong_inside_an_ordinal_item_ends_at_the_next_ordinal():
    text = "全年资金投入500万元：一是上级补助资金300万元，其中中央资金200万元；二是县级配套150万元；三是自筹资金50万元。"
    assert errors(text) == []


def test_outer_ordinal_list_and_qizhong_of_ordinals_still_checked():
    over = "全年资金投入500万元：一是上级补助资金300万元，其中中央资金200万元；二是县级配套150万元；三是自筹资金60万元。"
    [f] = errors(over)
    assert f.rule == "N-SUM" and "510万元" in f.message
    # a 其中 list whose items are the ordinals themselves goes on past "二是"
    listed = "项目支出300万元，其中：一是基础设施建设200万元；二是产业发展80万元；三是其他40万元。"
    [g] = errors(listed)
    assert g.rule == "N-SUM" and "320万元" in g.message


# -- N-CHANGE with a written base: a second comparison, another basis ------------------------------

def test_change_after_a_second_comparison_is_not_of_the_first_base():
    assert errors("2024年支出6315.69万元，较2022年的5000万元增加1315.69万元，较上年增加200万元。") == []
    assert errors("2024年“三公”经费决算数12.4万元，比预算数15.6万元减少3.2万元，比上年决算数增加1.1万元。") == []
    assert errors("2024年支出6315.69万元，与2022年的5000万元相比增加1315.69万元，与上年相比增加200万元。") == []


def test_change_on_a_comparable_basis_is_not_the_difference_of_the_figures_written():
    assert errors("2024年支出6315.69万元，按可比口径比上年6000万元增加200万元。") == []
    assert errors("2024年支出6315.69万元，剔除一次性因素后比上年6000万元增加200万元。") == []


def test_change_against_its_own_written_base_still_checked():
    [f] = _rule("2024年支出6315.69万元，较2022年的5000万元增加1215.69万元，较上年增加200万元。", "N-CHANGE")
    assert f.severity == "error" and "1315.69万元" in f.message
    [g] = _rule("2024年支出6315.69万元，比上年6000万元增加200万元。", "N-CHANGE")
    assert g.severity == "error" and "315.69万元" in g.message


# -- N-SUM: a list word followed by "X中" is the list of X ------------------------------------------

def test_qizhong_naming_another_item_is_not_the_list_of_the_figure_before():
    text = ("基本支出3600万元，占90%；项目支出400万元，占10%。其中，基本支出中人员经费3000万元，占83.33%，"
            "公用经费600万元，占16.67%。")
    assert errors(text) == []
    assert errors("基本支出3600万元；项目支出400万元。其中在基本支出中，人员经费3000万元，公用经费600万元。") == []


def test_qizhong_of_the_figure_before_still_checked():
    [f] = errors("基本支出3600万元；项目支出400万元。其中，人员经费300万元，公用经费200万元。")
    assert f.rule == "N-SUM" and "500万元" in f.message
    # "中" opening a word ("中央", "中小企业") names no item
    [g] = errors("项目支出400万元。其中中央资金300万元，省级资金200万元。")
    assert g.rule == "N-SUM"


# -- N-CHANGE with a written base: another amount of the sentence is what changed -------------------

def test_change_against_a_written_base_holding_for_another_amount_of_the_sentence():
    text = "2024年收入合计1523.26万元，年初预算1400万元，完成年初预算的108.8%，比上年1400万元增加123.26万元。"
    assert errors(text) == []


def test_change_against_a_written_base_holding_for_no_amount_still_checked():
    text = "2024年收入合计1523.26万元，年初预算1400万元，完成年初预算的108.8%，比上年1400万元增加150万元。"
    [f] = errors(text)
    assert f.rule == "N-CHANGE"


# -- N-SUM: a 其中 list after several amounts of one item breaks down all of them --------------------

def test_qizhong_after_done_and_undone_breaks_down_both():
    text = "项目资金已支付80万元，未支付20万元，支付率80%，其中中央资金已支付60万元，未支付15万元，支付率80%。"
    assert errors(text) == []
    assert errors("财政拨款收入60万元，事业收入40万元，其中中央财政拨款30万元，省级财政拨款20万元。") == []


def test_qizhong_of_the_last_amount_still_checked():
    assert [f.rule for f in errors("收入100万元，支出80万元，其中基本支出50万元，项目支出40万元。")] == ["N-SUM"]
    assert [f.rule for f in errors("财政拨款收入60万元，事业收入40万元，其中事业单位经营收入30万元，其他事业收入20万元。")] \
        == ["N-SUM"]


# -- N-CHANGE table rates: a row written without signs -----------------------------------------------

_ROWS = ("项目 | 2023年决算数 | 2024年决算数 | 增减额 | 增减幅度\n合计 | 4800 | 5000 | 200 | 4.17%\n"
         "一般公共服务支出 | 1000 | 1200 | 200 | 20%\n教育支出 | 800 | 760 | {} | {}\n农林水支出 | 3000 | 3040 | 40 | 1.33%\n")


def test_a_falling_row_whose_change_and_rate_both_lack_the_sign_is_silent():
    # negatives shown in red by the number format lose their sign as text; the row agrees with itself
    assert _rule(_ROWS.format("40", "5%"), "N-CHANGE") == []


def test_a_falling_row_whose_rate_alone_lacks_the_sign_or_is_wrong_still_fires():
    [f] = _rule(_ROWS.format("-40", "5%"), "N-CHANGE")
    assert f.severity == "error" and "-5.00%" in f.message
    [g] = _rule(_ROWS.format("40", "6%"), "N-CHANGE")
    assert g.severity == "error"


# -- a completion rate against a budget named before: amounts per head are no actual ----------------

def test_rate_against_a_budget_named_before_with_a_per_head_amount_in_its_sentence():
    # 4.8 ÷ 5 = 96 %: the rate holds; "人均接待费96元" is no second actual to bind 96元 ÷ 4.8万元 with
    assert found("公务接待费预算5万元。\n全年公务接待费支出4.8万元，人均接待费96元，完成预算的96%。") == []


def test_unit_slip_against_a_budget_named_before_still_found_beside_a_per_head_amount():
    [f] = found("公务接待费预算5万元。全年公务接待费支出4.8元，人均接待费96元，完成预算的96%。")
    assert f.rule == "N-UNIT-SLIP" and f.severity == "error" and "4.8万元" in f.message


# -- N-SUM ordinal lists: an item's sum over years is no part of one year's total -------------------

def test_an_ordinal_item_stating_a_cumulative_amount_is_no_part():
    text = "2024年项目支出300万元，主要用于：一是道路建设项目，累计完成投资800万元，其中本年200万元；二是饮水工程100万元。"
    assert errors(text) == []


def test_an_ordinal_item_stating_its_amount_of_the_year_still_checked():
    text = "2024年项目支出300万元，主要用于：一是道路建设项目，完成投资250万元，其中本年200万元；二是饮水工程100万元。"
    [f] = errors(text)
    assert f.rule == "N-SUM" and "350万元" in f.message


# -- N-SHARE: shares of last year's or a wider area's whole of the same name -----------------------

_TOWN = ("2024年全镇一般公共预算支出完成5000万元。一般公共服务支出1000万元，占总支出的20%；公共安全支出500万元，"
         "占总支出的10%；教育支出250万元，占总支出的5%；社会保障和就业支出1500万元，占总支出的30%；卫生健康支出"
         "750万元，占总支出的15%。")


def test_a_share_of_last_years_or_the_countys_whole_is_not_fitted_to_this_years():
    assert _rule(_TOWN + "上年同期，一般公共服务支出937万元，占总支出的21.3%。", "N-SHARE") == []
    assert _rule(_TOWN + "全县一般公共服务支出8137万元，占总支出的21.3%。", "N-SHARE") == []


def test_shares_near_100_percent_one_holding_with_the_whole_written_before():
    # 937 ÷ 5000 = 18.74 %: the shares add to about 100 % only within their rounding, and the whole is written
    text = _TOWN.replace("15%。", "15%；农林水支出937万元，占总支出的18.74%，比上年提高2个百分点，上年占总支出的16.7%。")
    assert _rule(text, "N-SHARE") == []


def test_a_share_of_this_years_whole_failing_still_fires():
    [f] = _rule(_TOWN + "农林水支出937万元，占总支出的21.3%。", "N-SHARE")
    assert f.severity == "error" and "21.3%" in f.message
    [g] = _rule(_TOWN.replace("占总支出的10%", "占总支出的12%"), "N-SHARE")
    assert g.severity == "error" and "10.00%" in g.message


# -- N-RATE: done and undone of two items, or the undone of another year ----------------------------

def test_done_and_undone_of_two_items_or_years_are_no_one_whole():
    assert found("中央资金已支付80万元，省级资金未支付20万元，中央资金支付率100%。") == []
    assert found("本年已支付80万元，上年结转未支付20万元，本年支付率100%。") == []
    assert found("已发放补贴资金80万元，未发放资金20万元为下年预拨资金，本年发放率100%。") == []


def test_done_and_undone_of_one_item_still_checked():
    for text in ("中央资金已支付80万元，中央资金未支付20万元，支付率100%。", "本年已支付80万元，未支付20万元，本年支付率100%。",
                 "项目资金已支付80万元，资金未支付20万元，支付率90%。"):
        [f] = found(text)
        assert f.rule == "N-RATE" and f.severity == "error"


# -- N-CHANGE: a change naming its item after the comparison binds the amount of that very name -----

_ASSETS = "2024年度本单位资产总额2000万元，负债总额500万元，净资产1500万元。与上年相比，资产总额增加200万元，增长{}。"


def test_change_naming_its_item_binds_the_amount_so_named_not_a_narrower_one_nearer():
    assert _rule(_ASSETS.format("11.11%"), "N-CHANGE") == []


def test_change_naming_its_item_failing_against_that_amount_still_fires():
    [f] = _rule(_ASSETS.format("12%"), "N-CHANGE")
    assert f.severity == "error" and "本单位资产总额2000万元" in f.message


# -- N-SUM: a 其中 whose one part is the whole, then an amount named apart --------------------------

def test_qizhong_whose_first_part_is_the_whole_ends_before_an_amount_named_apart():
    text = "政府采购支出总额20万元，其中政府采购货物支出20万元，授予中小企业合同金额20万元，占政府采购支出总额的100%。"
    assert errors(text) == []


def test_qizhong_whose_first_part_is_the_whole_with_a_sibling_still_fires():
    assert [f.rule for f in errors("收入100万元，其中财政拨款100万元，事业收入20万元。")] == ["N-SUM"]
    assert [f.rule for f in errors("政府采购支出总额20万元，其中政府采购货物支出20万元，政府采购服务支出5万元。")] == ["N-SUM"]
