"""Precision of the balance and labelled-pair readings: shapes where they name other figures."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_a_budget_and_an_outturn_labelled_by_their_years_are_not_one_item_in_two_years():
    # the rate may be of the budgets or of the outturns, neither written: no reading of the two figures
    for text in ("教育支出上年预算100万元，本年决算120万元，增长10%。",
                 "三公经费本年执行120万元，上年预算100万元，增长10%。",
                 "公用经费2022年安排100万元，2023年实际支出120万元，增长10%。"):
        assert _rule(text, "N-CHANGE") == [], text


def test_two_figures_of_one_stage_labelled_by_their_years_are_still_checked():
    for text in ("教育支出上年预算100万元，本年预算120万元，增长10%。",
                 "教育支出上年决算100万元，本年决算120万元，增长10%。",
                 "教育支出上年100万元，本年决算120万元，增长10%。"):
        [f] = _rule(text, "N-CHANGE")
        assert f.severity == "error" and "20.01%" in f.message, text


def test_a_balance_of_a_year_is_not_read_against_flows_of_another_year():
    assert _rule("2023年收入300万元，2022年支出200万元，2023年结余150万元。", "N-SUM") == []
    assert _rule("2022年基金收入300万元，支出200万元；2023年基金收入400万元，2023年基金支出200万元，"
                 "2023年结余250万元。", "N-SUM") != []


def test_a_balance_of_the_year_its_flows_are_written_for_is_still_checked():
    [f] = _rule("2023年收入300万元，2023年支出200万元，2023年结余150万元。", "N-SUM")
    assert f.severity == "error" and "100万元" in f.message
    [f] = _rule("2023年基金收入300万元，支出200万元，2023年结余150万元。", "N-SUM")
    assert f.severity == "error"


def test_a_balance_up_to_a_year_or_holding_the_years_before_is_not_a_periods():
    for text in ("失业保险基金收入5000万元，支出4200万元，至2023年结余9000万元。",
                 "2023年失业保险基金收入5000万元，支出4200万元，本年结余9000万元（含历年滚存）。",
                 "失业保险基金收入5000万元，支出4200万元，本年度结余9000万元，其中当年收支结余800万元。"):
        assert _rule(text, "N-SUM") == [], text


def test_a_periods_balance_beside_those_shapes_is_still_checked():
    for text in ("失业保险基金收入5000万元，支出4200万元，2023年结余9000万元。",
                 "2023年失业保险基金收入5000万元，支出4200万元，本年结余9000万元（含利息）。",
                 "失业保险基金收入5000万元，支出4200万元，当年收支结余900万元，其中统筹基金当年结余500万元。"):
        [f] = _rule(text, "N-SUM")
        assert f.severity == "error" and "800万元" in f.message, text


def test_a_balance_a_remark_calls_a_deficit_is_read_below_zero():
    assert _rule("养老保险基金收入15000万元，支出16000万元，当年收支结余1000万元（赤字）。", "N-SUM") == []
    [f] = _rule("养老保险基金收入15000万元，支出16000万元，当年收支结余1000万元。", "N-SUM")
    assert f.severity == "error" and "-1000万元" in f.message
    [f] = _rule("养老保险基金收入15000万元，支出16000万元，当年收支结余2000万元（赤字）。", "N-SUM")
    assert f.severity == "error"


def test_a_balance_named_without_its_year_is_read_against_either_years_flows():
    text = "2023年收入1500万元、支出1400万元，2022年收入1300万元、支出1250万元，当年结余{}万元。"
    assert _rule(text.format(100), "N-SUM") == []
    assert _rule(text.format(50), "N-SUM") == []
    [f] = _rule(text.format(200), "N-SUM")
    assert f.severity == "error"


def test_a_balance_is_not_read_as_its_income_and_spending_taken_again():
    # (5000 − 4200) + (5000 − 4200) is no reading: the difference taken twice would fit any balance
    for text in ("养老保险基金收入15000万元，支出16000万元，当年收支结余-2000万元。",
                 "2023年收入1500万元，2023年支出1400万元，2023年结余200万元。",
                 "住房公积金增值收益收入2亿元，增值收益支出0.5亿元，当年收支结余2.5亿元。"):
        [f] = _rule(text, "N-SUM")
        assert f.severity == "error", text


def test_a_budgets_balance_may_take_in_three_other_flows():
    # 收入 + 补助 + 调入 − 支出 − 上解
    assert _rule("一般公共预算收入5000万元，上级补助收入3000万元，调入资金500万元，一般公共预算支出7500万元，"
                 "上解支出200万元，当年收支结余800万元。", "N-SUM") == []
    [f] = _rule("一般公共预算收入5000万元，上级补助收入3000万元，调入资金500万元，一般公共预算支出7500万元，"
                "上解支出200万元，当年收支结余850万元。", "N-SUM")
    assert f.severity == "error"


def test_a_final_accounts_grand_totals_are_not_the_years_flows():
    # "收入总计"/"支出总计" of a 决算 hold the carry-overs: the year's balance is not their difference
    assert _rule("收入总计350万元，支出总计300万元，本年收支结余0万元，年末结转结余50万元。", "N-SUM") == []
    [f] = _rule("本年收入350万元，本年支出300万元，本年收支结余0万元，年末结转结余50万元。", "N-SUM")
    assert f.severity == "error"


def test_stages_named_in_remarks_after_the_figures_are_weighed_too():
    for text in ("一般公共预算支出上年100万元（决算数），本年120万元（预算数），增长10%。",
                 "一般公共预算支出本年120万元（预算数），上年100万元（决算数），增长10%。",
                 "一般公共预算支出上年100万元（年初预算），本年120万元（调整预算），增长10%。"):
        assert _rule(text, "N-CHANGE") == [], text
    for text in ("一般公共预算支出上年100万元（决算数），本年120万元（决算数），增长10%。",
                 "一般公共预算支出上年100万元（年初预算），本年120万元（年初预算），增长10%。"):
        [f] = _rule(text, "N-CHANGE")
        assert f.severity == "error", text


def test_a_treasury_budgets_balance_with_its_transfers_unwritten_is_not_read():
    for text in ("2019年全县实现一般公共预算收入180,869万元，一般公共预算支出379,347万元，当年收支结余1,522万元。",
                 "2023年完成政府性基金预算收入104亿元，政府性基金预算支出140.42亿元，本年结余5.22亿元。"):
        assert _rule(text, "N-SUM") == [], text
    # a fund holding its own flows is still read, and so is a budget whose transfers are written
    for text in ("全县社会保险基金收入1200万元，社会保险基金支出1000万元，当年收支结余250万元。",
                 "一般公共预算收入5000万元，上级补助收入3000万元，一般公共预算支出7500万元，上解支出200万元，"
                 "当年收支结余800万元。"):
        [f] = _rule(text, "N-SUM")
        assert f.severity == "error", text


def test_one_balance_after_several_funds_may_be_of_them_all():
    text = ("养老保险基金收入1000万元，支出900万元；医疗保险基金收入500万元，支出450万元；失业保险基金收入100万元，"
            "支出60万元，当期结余{}万元。")
    assert _rule(text.format(190), "N-SUM") == []
    [f] = _rule(text.format(195), "N-SUM")
    assert f.severity == "error"


def test_an_income_named_for_one_source_is_not_the_funds_whole_income():
    # 征缴收入 is one of the fund's incomes (财政补贴, 利息 unwritten): the balance may hold the others
    assert _rule("基金征缴收入5000万元，基金支出4200万元，当年结余900万元。", "N-SUM") == []
    [f] = _rule("基金收入5000万元，基金支出4200万元，当年结余900万元。", "N-SUM")
    assert f.severity == "error"


def test_a_balance_after_a_list_of_a_flows_parts_is_not_one_more_part():
    for text in ("基金收入5000万元，支出4200万元，其中待遇支出4000万元，当年结余800万元。",
                 "项目支出4200万元，其中设备购置4000万元，项目结余资金800万元。"):
        assert [f for f in _rule(text, "N-SUM") if f.severity == "error"] == [], text
    # a part named for another spending still counts, and so does a balance brought in as an income
    for text in ("基金支出4200万元，其中待遇支出4000万元，其他支出300万元。",
                 "收入总计1200万元，其中本年收入1000万元，上年结余300万元。"):
        [f] = _rule(text, "N-SUM")
        assert f.severity == "error", text


def test_a_parts_figure_labelled_last_year_before_its_bare_this_year_figure_is_not_a_part():
    text = "上年一般公共预算拨款100万元，本年120万元，增长20%；其中上年基本支出60万元，本年70万元，增长16.67%。"
    assert [f for f in _rule(text, "N-SUM") if f.severity == "error"] == []
    # two parts each named for its year's money are still both parts
    [f] = _rule("本年到位资金1000万元，其中上年下达资金300万元，本年下达资金800万元。", "N-SUM")
    assert f.severity == "error"


def test_an_income_of_one_source_is_whole_only_against_spending_of_that_source():
    assert _rule("本年财政拨款收入500万元，本年支出510万元，本年结余20万元。", "N-SUM") == []
    [f] = _rule("单位本年财政拨款收入500万元，财政拨款支出480万元，财政拨款本年结余30万元。", "N-SUM")
    assert f.severity == "error"


def test_a_balance_whose_remark_takes_an_amount_in_or_out_is_on_another_basis():
    assert _rule("2023年住房公积金业务收入38000万元，业务支出20000万元，当年收支结余17000万元（扣除管理费用1000万元）。",
                 "N-SUM") == []
    [f] = _rule("2023年住房公积金业务收入38000万元，业务支出20000万元，当年收支结余17000万元（其中个人账户1000万元）。",
                "N-SUM")
    assert f.severity == "error"


def test_an_income_or_a_spending_left_alone_after_a_pair_is_of_another_statement():
    for text in ("养老保险基金收入1000万元，支出900万元；医疗保险基金收入500万元，当期结余150万元。",
                 "养老保险基金收入1000万元，支出900万元，医疗保险基金支出400万元，当期结余150万元。",
                 "上年基金收入1000万元，支出900万元，本年收入1200万元，当年结余150万元。"):
        assert _rule(text, "N-SUM") == [], text
    # one income and one spending in either order are one statement
    for text in ("基金支出900万元，基金收入1000万元，当年结余150万元。",
                 "上年基金收入1000万元，支出900万元，本年收入1200万元，支出1000万元，当年结余150万元。"):
        [f] = _rule(text, "N-SUM")
        assert f.severity == "error", text


def test_a_remark_after_a_figure_is_read_in_simplified_script_as_the_view_is():
    assert _rule("基金收入1000萬元，支出800萬元，本年結餘900萬元（含歷年滾存）。", "N-SUM") == []
    assert _rule("一般公共預算支出上年100萬元（決算數），本年120萬元（預算數），增長10%。", "N-CHANGE") == []
    [f] = _rule("基金收入1000萬元，支出800萬元，本年結餘900萬元（含利息）。", "N-SUM")
    assert f.severity == "error"
    [f] = _rule("一般公共預算支出上年100萬元（決算數），本年120萬元（決算數），增長10%。", "N-CHANGE")
    assert f.severity == "error"
