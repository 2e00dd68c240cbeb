"""Precision pass on rewritten texts: consistent variants of published sentences with the list words,
separators, remarks and comparison phrasing a writer may choose instead, each with the shape on which
the rule still fires."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_OWN_ITEM = "2025年收入合计8305.33万元，其中：本年收入6128.16万元；主要是一般公共预算拨款5478.16万元；" \
            "财政专户管理资金收入650.00万元；上年结转收入{}万元。"


def test_a_breakdown_written_as_a_semicolon_item_of_its_own_belongs_to_the_item_before():
    # 6128.16 = 5478.16 + 650.00, 6128.16 + 2177.17 = 8305.33
    assert _rule(_OWN_ITEM.format("2177.17"), "N-SUM") == []
    assert _rule("2019年，我区转移性补助收入10.77亿元，其中：一般公共转移支付补助收入10.72亿元；主要为税收返还收入"
                 "0.75亿元；一般性转移支付收入6.95亿元；专项转移收入3.02亿元。", "N-SUM") == []


def test_a_breakdown_as_its_own_item_with_a_wrong_sum_still_fires():
    [f] = _rule(_OWN_ITEM.format("2277.17"), "N-SUM")
    assert f.severity == "error"
    # the breakdown does not fit in its item, and the items read as parts of the whole are far over it
    # (10.72 + 7.95 + 3.02 against 10.77): that they are not all its parts is the likelier reading, silent
    assert _rule("2019年，我区转移性补助收入10.77亿元，其中：一般公共转移支付补助收入10.72亿元；主要为税收返还收入"
                 "0.75亿元；一般性转移支付收入7.95亿元；专项转移收入3.02亿元。", "N-SUM") == []


_TWO = "本年度支出预算284.45万元。其中：1、基本支出173.89万元；包括：人员经费支出161.66万元；公用经费支出12.23万元；" \
       "2、项目支出{}万元；包括：商品服务支出72.74万元；其他支出37.82万元。"


def test_two_items_each_with_its_breakdown_are_read_with_both_breakdowns_at_once():
    # 173.89 + 110.56 = 284.45; 161.66 + 12.23 = 173.89; 72.74 + 37.82 = 110.56
    assert _rule(_TWO.format("110.56"), "N-SUM") == []


def test_two_items_each_with_its_breakdown_and_a_wrong_sum_still_fire():
    # 173.89 + 120.56 = 294.45 > 284.45 read with both breakdowns
    [f] = [f for f in _rule(_TWO.format("120.56"), "N-SUM") if f.severity == "error"]
    assert "284.45万元" in f.message


_SECOND = "2012年“三公经费”财政拨款预算数4036.72万元，具体为：因公出国（境）费预算2065.52万元，较上年增加18万元；" \
          "公务用车购置及运行费预算304.35万元，公务接待费预算{}万元，均较2011年预算零增长。"


def test_a_second_amount_after_a_comma_in_a_semicolon_item_of_a_complete_list_is_a_part_too():
    # 2065.52 + 304.35 + 1666.85 = 4036.72
    assert [f for f in _rule(_SECOND.format("1666.85"), "N-SUM") if f.severity == "error"] == []


def test_a_complete_list_short_of_its_whole_with_every_amount_read_still_fires():
    [f] = _rule(_SECOND.format("1566.85"), "N-SUM")
    assert f.severity == "error"
    [f] = _rule("2012年“三公经费”财政拨款预算数4036.72万元，具体为：因公出国（境）费预算2065.52万元，较上年增加18万元；"
                "公务用车购置及运行费预算304.35万元，均较2011年预算零增长。", "N-SUM")
    assert f.severity == "error"


_REMARK = "本年支出合计61658.08万元，预算执行率为97.10%。年末结转结余1843.7万元。其中，基本支出13645.88万元（含结转资金）、" \
          "占比22.13%，项目支出47881.27万元（含结转资金）、占比77.66%，经营支出130.93万元、占比0.21%。"


def test_a_carry_over_named_in_a_remark_after_an_item_makes_no_balance_the_lists_whole():
    assert [f for f in found(_REMARK) if f.severity == "error"] == []


def test_a_list_that_names_the_carry_over_outside_brackets_is_still_the_balances():
    # "其中：基本支出结转…" names the balance's own parts: their sum over the balance is an error
    [f] = _rule("年末结转结余1843.7万元。其中，基本支出结转结余1645.88万元，项目支出结转结余281.27万元。", "N-SUM")
    assert f.severity == "error" and "1843.7万元" in f.message


_COMPARED_YEAR = "2023年度本年收入合计6473.32万元，{}减少526.70万元，减少7.52%，其中：上级补助收入1278.30万元，比上年下降443.19万元，" \
                 "下降{}；财政拨款收入406.80万元。"


def test_the_year_a_total_is_compared_with_is_no_year_of_the_items_after_it():
    # 443.19 / (1278.30 + 443.19) = 25.74 %: the item is this year's, not 2022's
    for compared in ("比2022年", "较2022年", "与2022年相比，"):
        assert _rule(_COMPARED_YEAR.format(compared, "25.74%"), "N-CHANGE") == []


def test_an_items_change_with_a_wrong_rate_after_a_compared_year_still_fires():
    [f] = _rule(_COMPARED_YEAR.format("比2022年", "35.74%"), "N-CHANGE")
    assert f.severity == "error" and "25.74%" in f.message


_WEIGHTS = "资金共4194.80万元，其中1002.16万元{}，剩余部分3192.64万元按原比例分配到县市区。"


def test_weights_of_an_allocations_basis_written_one_by_one_are_no_share_of_the_amount():
    for basis in ("按财力占40%、贫困人口数占60%的比例分配", "按人口占20%、财力占30%、贫困人口数占50%的权重分配",
                  "按库容占30%和贫困人口数占70%进行测算分配"):
        assert _rule(_WEIGHTS.format(basis), "N-SHARE") == []


def test_a_share_of_the_amount_beside_an_allocations_weights_still_fires():
    [f] = _rule(_WEIGHTS.format("，占40%，按财力占40%、贫困人口数占60%的比例分配"), "N-SHARE")
    assert f.severity == "error" and "23.89%" in f.message
    # weights with no allocation word after them are read as shares
    [f] = _rule("资金共4194.80万元，其中1002.16万元按财力占40%。", "N-SHARE")
    assert f.severity == "error"


_FIRMS = "纳入统计的企业共77户（一级企业9户，其中区滨投公司、区城投公司、区环建公司3户企业为平台企业，企业资产合计639.72亿元，" \
         "二级企业19户，三级企业34户，四级企业{}户），主要从事投资与资产管理等行业。"


def test_a_breakdown_inside_a_bracket_list_is_no_item_of_that_list():
    # 9 + 19 + 34 + 15 = 77; the 3户 are of the 9 一级企业
    assert _rule(_FIRMS.format(15), "N-SUM") == []


def test_a_bracket_list_with_a_breakdown_inside_and_a_wrong_sum_still_fires():
    [f] = _rule(_FIRMS.format(25), "N-SUM")
    assert f.severity == "error" and "87户" in f.message


_REPORTED = "转移性收入433370万元，其中：返还性收入6978万元、一般性转移支付收入381517万元{}专项转移支付收入44875万元，" \
            "比报告数425319万元增加8051万元，比2019年决算数增长18.8%。"


def test_the_reported_figure_a_final_account_is_compared_with_is_no_part_of_its_list():
    # "比报告数X万元增加Y万元": X is the base of the change, not a fourth part (6978 + 381517 + 44875 = 433370)
    assert [f for f in found(_REPORTED.format("和")) if f.severity == "error"] == []
    assert [f for f in found(_REPORTED.format("、")) if f.severity == "error"] == []


def test_a_change_on_the_reported_figure_is_checked_and_a_wrong_list_still_fires():
    [f] = _rule("转移性收入433370万元，比报告数425319万元增加8151万元。", "N-CHANGE")
    assert f.severity == "error" and "8051万元" in f.message
    [f] = _rule(_REPORTED.format("、").replace("381517", "391517"), "N-SUM")
    assert f.severity == "error" and "443370万元" in f.message


_LIMIT = "2023年省财政厅下达我县债务限额6.1358亿元，包括一般债务限额1.71亿元，其中，外债转贷{}亿元，专项债务限额4.4258亿元。"


def test_a_list_word_alone_before_a_comma_opens_the_breakdown_of_the_item_before():
    # "其中，" like "其中：": 外债转贷 is of the 一般债务限额, 1.71 + 4.4258 ≤ 6.1358
    assert _rule(_LIMIT.format("0.5884"), "N-SUM") == []


def test_a_breakdown_opened_by_a_bare_list_word_too_large_for_its_item_still_fires():
    [f] = _rule(_LIMIT.format("2.3884"), "N-SUM")
    assert f.severity == "error" and "1.71亿元" in f.message
    [f] = _rule("2023年省财政厅下达我县债务限额6.1358亿元，包括一般债务限额1.71亿元，专项债务限额5.4258亿元。", "N-SUM")
    assert f.severity == "error" and "7.1358亿元" in f.message


_STAFF = "单位人员编制57人，实有人员53人，包括财政供养在职人员{}人，离退休人员13人。"


def test_a_first_item_of_an_inline_baokuo_list_that_is_already_the_whole_may_end_the_list():
    # as with "其中": 实有人员 may be meant as the serving staff only
    assert _rule(_STAFF.format(53), "N-SUM") == []


def test_an_inline_baokuo_list_of_staff_over_its_whole_still_fires():
    [f] = _rule(_STAFF.format(43), "N-SUM")
    assert f.severity == "error" and "56人" in f.message


_TWICE = "项目总投资157万元。其中：县级财政衔接资金39.3万元，其他资金117.7万元。其中吴冲路项目总投资87万元，新田镇枫树路项目总投资{}万元。"


def test_a_second_breakdown_in_the_next_sentence_may_be_of_the_whole_the_first_list_breaks_down():
    # by source (39.3 + 117.7) and by project (87 + 70): both of the 157万元
    assert _rule(_TWICE.format(70), "N-SUM") == []


def test_a_second_breakdown_over_both_wholes_still_fires():
    [f] = _rule(_TWICE.format(80), "N-SUM")
    assert f.severity == "error" and "167万元" in f.message


_USES = "共投入财政扶贫资金10851.8万元，其中中央财政资金10444.85万元，主要用于产业发展，省财政资金406.95万元，主要用于基础设施，" \
        "分别占{}和3.75%。"


def test_a_remark_on_an_items_use_keeps_the_pairing_of_shares_written_after_the_items():
    assert _rule(_USES.format("96.25%"), "N-SHARE") == []


def test_a_wrong_share_paired_across_a_remark_on_use_still_fires():
    [f] = _rule(_USES.format("95.25%"), "N-SHARE")
    assert f.severity == "error" and "中央财政资金" in f.message and "96.25%" in f.message


_OVER = "全年收入3531.46万元。其中：经营收入1288.63万元，完成预算1235.67万元的104.3%，超收52.96万元，比上年增加102.18万元，" \
        "增长{}；其他收入2242.83万元，完成预算2123.84万元的105.6%，超收118.99万元，比上年增长265.28万元，增长13.41%。"


def test_revenue_over_its_budget_is_a_change_neither_a_part_nor_the_subject_of_the_change_after_it():
    # 102.18 / (1288.63 − 102.18) = 8.61 %; 1288.63 + 2242.83 = 3531.46
    assert [f for f in found(_OVER.format("8.61%")) if f.severity == "error"] == []
    # the items parted by commas only: 超收 is still no subject of the change after it
    assert [f for f in found(_OVER.format("8.61%").replace("；", "，")) if f.severity == "error"] == []
    assert _rule("政府性基金收入34519万元，完成预算20000万元的172.6%，超收14519万元，同比减收11469万元，下降24.9%。", "N-CHANGE") == []


def test_an_items_wrong_rate_after_its_revenue_over_budget_still_fires():
    [f] = _rule(_OVER.format("18.61%"), "N-CHANGE")
    assert f.severity == "error" and "1288.63万元" in f.message and "8.61%" in f.message
    [f] = _rule("政府性基金收入34519万元，完成预算20000万元的172.6%，超收14519万元，同比减收11469万元，下降34.9%。", "N-CHANGE")
    assert f.severity == "error" and "34519万元" in f.message and "24.94%" in f.message


_LAST_YEAR = "2023年本年收入合计4930.49万元，上年为6091.76万元，较上年下降1161.27万元，下降19.06%。" \
             "其中经营收入{}万元，其他收入1133.35万元，事业收入203.91万元。"


def test_a_list_opening_the_next_sentence_breaks_down_this_years_amount_not_last_years_after_it():
    # the parts (3161.80) are not all of 4930.49, but they are no shortfall of 上年 6091.76 either
    assert [f for f in _rule(_LAST_YEAR.format("1824.54"), "N-SUM") if "6091.76" in f.message] == []


def test_a_list_over_both_this_years_and_last_years_amount_still_fires():
    [f] = _rule(_LAST_YEAR.format("5824.54"), "N-SUM")
    assert f.severity == "error" and "4930.49万元" in f.message


_AFTER_LIST = "转移性收入433370万元。其中：返还性收入6978万元、一般性转移支付收入381517万元、专项转移支付收入44875万元，" \
              "{}425319万元增加{}万元。"


def test_a_change_on_a_written_base_after_a_list_may_be_of_the_lists_total():
    # 433370 − 425319 = 8051: the change of the whole the list (in the sentence before) breaks down
    assert _rule(_AFTER_LIST.format("比上年", "8051"), "N-CHANGE") == []
    assert _rule(_AFTER_LIST.format("比报告数", "8051"), "N-CHANGE") == []


def test_a_change_on_a_written_base_after_a_list_that_fits_no_figure_still_fires():
    [f] = _rule(_AFTER_LIST.format("比上年", "8151"), "N-CHANGE")
    assert f.severity == "error"
