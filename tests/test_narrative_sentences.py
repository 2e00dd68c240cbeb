"""Sentence patterns of published reports that once gave a false error: thresholds that sort
things ("收入过10亿元的县"), a change that names the actual while a budget of the same item was
written before it, last year's figure of another item in the same sentence, a nested 其中 that
goes on for more than one item, and a breakdown ("主要是……") of one part of a list.  Each stays
silent as written and is still reported when a figure is changed so that no reading holds."""

from perfxl.narrative.figures import extract_figures

from .narrative_helpers import errors, found


# -- a threshold is not an amount -------------------------------------------------------------

THRESHOLDS = "全省收入过10亿元的县（市、区）达到124个，其中收入过30亿元的52个，过50亿元的27个，过100亿元的6个。"


def test_thresholds_are_not_amounts():
    flags = {f.text: f.approximate for f in extract_figures(THRESHOLDS)}
    assert flags == {"10亿元": True, "124个": False, "30亿元": True, "52个": False, "50亿元": True,
                     "27个": False, "100亿元": True, "6个": False}
    assert errors(THRESHOLDS, {"N-SUM"}) == []


def test_amounts_before_de_are_still_amounts():
    flags = {f.text: f.approximate for f in extract_figures("支出超过预算10万元。完成预算数60万元的95%。")}
    assert flags == {"10万元": False, "60万元": False, "95%": False}
    assert len(errors("全省收入60亿元，其中税收收入30亿元，非税收入50亿元。", {"N-SUM"})) == 1


# -- a change of the actual is not of the budget ------------------------------------------------

BUDGET_THEN_ACTUAL = ("“三公”经费财政拨款支出年初预算为683.51万元，支出决算为358.18万元，完成预算的52.4%。\n"
                      "2020年度“三公”经费财政拨款支出决算数比2019年度减少233.34万元，下降{rate}。")


def test_change_of_the_actual_binds_the_actual_not_the_budget():
    assert found(BUDGET_THEN_ACTUAL.format(rate="39.45%"), {"N-CHANGE"}) == []     # 233.34 / 591.52


def test_a_wrong_rate_of_the_actual_is_still_reported():
    f, = found(BUDGET_THEN_ACTUAL.format(rate="30.45%"), {"N-CHANGE"})
    assert "358.18万元" in f.message and "683.51" not in f.message


# -- last year's figure of another item is not the base ----------------------------------------

OTHER_ITEM = ("去年全年全盟一般公共预算收入累计完成310682万元，同比增加23188万元，增长8.1%；"
              "一般公共预算支出累计完成1107315万元，同比减少13724万元，下降{rate}。")


def test_last_years_income_is_not_the_base_of_spending():
    assert errors(OTHER_ITEM.format(rate="1.2%"), {"N-CHANGE"}) == []


def test_a_wrong_rate_beside_it_is_still_an_error():
    f, = errors(OTHER_ITEM.format(rate="5.2%"), {"N-CHANGE"})
    assert f.narrative[0].text == "5.2%" and "310682" not in f.message


# -- a nested 其中 of more than one item --------------------------------------------------------

NESTED = ("“三公”经费支出决算比上年增加{total}万元。其中：因公出国（境）费支出决算比上年增加12.02万元；"
          "公务用车购置及运行维护费支出决算比上年增加6.32万元；其中：公务用车购置支出决算比上年增加0万元；"
          "公务用车运行维护费支出决算比上年增加6.32万元；公务接待费支出决算比上年增加20.63万元。")


def test_nested_list_of_two_items_inside_a_change_list():
    assert errors(NESTED.format(total="38.97"), {"N-SUM"}) == []      # 12.02 + 6.32 + 20.63


def test_a_change_list_no_reading_adds_up_is_still_an_error():
    assert len(errors(NESTED.format(total="48.97"), {"N-SUM"})) == 1


# -- the breakdown of one part of a list -------------------------------------------------------

BREAKDOWN = ("收入合计{total}万元，其中：本年收入2046.61万元，主要是一般公共预算拨款2021.56万元，"
             "政府性基金预算拨款25.05万元；上年结转收入{carried}万元。")


def test_breakdown_of_a_part_is_not_more_parts():
    assert errors(BREAKDOWN.format(total="2046.61", carried="0"), {"N-SUM"}) == []
    assert errors(BREAKDOWN.format(total="2146.61", carried="100"), {"N-SUM"}) == []


def test_parts_over_the_total_are_still_an_error():
    f, = errors(BREAKDOWN.format(total="2046.61", carried="100"), {"N-SUM"})   # 2046.61 + 100
    assert "2146.61" in f.message
