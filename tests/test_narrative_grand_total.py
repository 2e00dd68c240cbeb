"""A 部门决算 flow has two wholes: 收入总计/支出总计 (with the carry-overs) and 本年收入合计/本年支出合计 (without them).
A share or a change naming one of them is not checked against the other when only that other is written."""

from __future__ import annotations

from tests.narrative_helpers import found

_TOTALS = "2023年度收入总计1523.46万元，支出总计1523.46万元。"


def _errors(text, rule):
    return [f for f in found(text) if f.rule == rule and f.severity == "error"]


def test_a_share_of_this_years_spending_is_not_of_the_grand_total():
    # 1420.16 / 1523.46 = 93.22 %; the share names 本年支出合计 (1460.16 in the full report: 97.26 %), not written here
    assert _errors(_TOTALS + "一般公共预算财政拨款支出1420.16万元，占本年支出合计的97.26%。", "N-SHARE") == []
    assert _errors("2023年度收入总计1523.46万元，其中财政拨款收入1450.26万元，占总收入的95.2%，占本年收入的97.97%。",
                   "N-SHARE") == []


def test_a_share_of_the_grand_total_named_so_is_still_checked():
    [f] = _errors(_TOTALS + "一般公共预算财政拨款支出1420.16万元，占支出总计的97.26%。", "N-SHARE")
    assert "93.22%" in f.message
    # and a share of 本年支出合计 when that is written
    [f] = _errors("2023年度本年支出合计1523.46万元。一般公共预算财政拨款支出1420.16万元，占本年支出合计的97.26%。", "N-SHARE")
    assert "93.22%" in f.message


def test_a_change_of_this_years_income_is_not_on_last_years_grand_total():
    text = "2023年收入总计1523.46万元，上年收入总计1320万元；本年收入合计1480.26万元，比上年增加182.26万元。"
    assert _errors(text, "N-CHANGE") == []
    # the same measure in both years: still an error (1480.26 − 1320 = 160.26)
    text = "2023年收入总计1523.46万元，上年本年收入合计1320万元；本年收入合计1480.26万元，比上年增加182.26万元。"
    [f] = _errors(text, "N-CHANGE")
    assert "160.26万元" in f.message


def test_a_frame_of_this_years_spending_is_not_the_grand_total():
    # red-team 11, A4: "在本年支出中，…占77.47%" after only 支出总计 (77.47 % is of 基本 + 项目 = 1420.5, not written as a whole)
    text = "2023年度支出总计1523.46万元。在本年支出中，基本支出1100.5万元，占77.47%；项目支出320万元，占22.53%。"
    assert _errors(text, "N-SHARE") == []
    # the frame naming the grand total itself: checked against it
    text = "2023年度支出总计1523.46万元。在支出总计中，基本支出1100.5万元，占77.47%；项目支出320万元，占22.53%。"
    assert _errors(text, "N-SHARE")


def test_a_change_of_this_years_income_named_so_is_not_of_the_grand_total():
    text = "2023年度收入总计1523.46万元，支出总计1523.46万元。与上年相比，本年收入合计增加180.16万元，增长14.1%。"
    assert _errors(text, "N-CHANGE") == []
    [f] = _errors(text.replace("本年收入合计", "收入总计"), "N-CHANGE")
    assert "13.41%" in f.message


def test_a_share_no_value_of_the_other_whole_makes_hold_is_still_an_error():
    # red-team 12, M3: 本年支出合计 is at most 支出总计, so the share of it is at least 1100.16 / 1523.46 = 72.21 %
    [f] = _errors("2023年度支出总计1523.46万元，其中基本支出1100.16万元，占本年支出合计的70.2%。", "N-SHARE")
    assert "72.21%" in f.message
    assert _errors("2023年度支出总计1523.46万元，其中基本支出1100.16万元，占本年支出合计的75.3%。", "N-SHARE") == []
    # 收入总计 is at least 本年收入合计, so the share of it is at most 1450.26 / 1460.16 = 99.32 %
    [f] = _errors("2023年度本年收入合计1460.16万元，其中财政拨款收入1450.26万元，占收入总计的99.9%。", "N-SHARE")
    assert "99.32%" in f.message
    # in a frame too: "在本年支出中，…占70.2%"
    assert _errors("2023年度支出总计1523.46万元。在本年支出中，基本支出1100.16万元，占70.2%；项目支出320万元，占29.8%。",
                   "N-SHARE")


def test_a_change_no_value_of_the_other_whole_makes_hold_is_still_an_error():
    # red-team 12, M3: 本年收入合计 at most 1523.46, so a rise of 180.16 is at least 13.41 % of last year's
    text = "2023年度收入总计1523.46万元，支出总计1523.46万元。与上年相比，本年收入合计增加180.16万元，增长{}。"
    assert _errors(text.format("14.1%"), "N-CHANGE") == []
    assert _errors(text.format("10%"), "N-CHANGE")
    # last year's 本年收入合计 at most its 收入总计 1320: the rise is at least 1480.26 − 1320 = 160.26
    text = "2023年收入总计1523.46万元，上年收入总计1320万元；本年收入合计1480.26万元，比上年增加{}万元。"
    assert _errors(text.format("182.26"), "N-CHANGE") == []
    assert _errors(text.format("150"), "N-CHANGE")


def test_only_the_flows_have_two_wholes():
    # red-team 13, M4: "三公经费总计" and "三公经费合计" are one figure (no carry-over): the share is checked against it
    [f] = _errors("三公经费总计22.35万元，其中公务接待费6.85万元，占三公经费合计的35%。", "N-SHARE")
    assert "30.65%" in f.message


def test_the_change_message_names_the_whole_written_and_the_bound():
    text = "2023年度收入总计1523.46万元，支出总计1523.46万元。与上年相比，本年收入合计增加180.16万元，增长10%。"
    [f] = _errors(text, "N-CHANGE")
    assert "本年收入合计增加180.16万元" in f.message and "至少为" in f.message and "收入总计" in f.message
    # a rate some reading of the figure allows is silent (1523.46 read as last year's: at least 11.83 %)
    assert _errors(text.replace("增长10%", "增长12%"), "N-CHANGE") == []
