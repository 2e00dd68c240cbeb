"""The 年度资金总额 row of a project self-evaluation form copied into a report, with a cell left empty (corpus 2122: the
年初预算数 blank; 028: the score blank) or the template's 得分计算方法 column after the score (219).  The one percent of the
row stands under the rate's head: the cells line up from the row's start or from its end, whichever puts it there; a row
where neither (or both) does is not read."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rates(text):
    return [f for f in found(text) if f.rule == "N-RATE" and f.severity in ("error", "warning")]


_HEADS = "项目资金 (万元) |\n| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"


def test_a_form_row_with_its_first_cell_empty_lines_up_from_its_end():
    text = _HEADS + "年度资金总额 |\n| 32.4 | 31.69 | 10 | {} | 9 |\n其中:当年财政拨款 |\n"
    assert _rates(text.format("97.80%")) == []
    [f] = _rates(text.format("85.09%"))
    # 31.69 executed of the 32.4 budget (the 年初 cell blank)
    assert f.severity == "error" and "97.81%" in f.message and f.narrative[0].text == "85.09%"


def test_a_form_row_with_its_score_empty_lines_up_from_its_start():
    text = _HEADS + "年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | {} | ||||||||\n"
    assert _rates(text.format("102.59%")) == []
    [f] = _rates(text.format("90.00%"))
    assert f.severity == "error" and "102.59%" in f.message


def test_the_score_method_column_is_a_head_of_its_own():
    text = ("项目预算执行情况(10分) 年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法年度资金总额  45 45 10 {} 10 "
            "执行率*该指标分值,最高不得超过分值上限。 其中:财政拨款 45 45 - - -")
    assert _rates(text.format("100%")) == []
    [f] = _rates(text.format("90%"))
    assert f.severity == "error" and "45 ÷ 年初预算数 45 应为 100.00%" in f.message


def test_a_row_whose_percent_stands_under_no_rate_head_either_way_is_not_read():
    # four cells under six heads, the percent second: from the start it would be under 全年预算数, from the end under 全年执行数
    text = _HEADS + "年度资金总额 | 32.4 | 50.00% | 10 | 9 |\n"
    assert _rates(text) == []


def test_an_empty_cell_between_two_bars_keeps_its_column():
    # "| 132.49 | | 80.28% |": the 分值 cell is empty; lined up from the end the cells would shift one column
    text = _HEADS + "| 年度资金总额 | 148.54 | 165.04 | 132.49 | | {} | 8.03 |\n"
    assert _rates(text.format("80.28%")) == []
    [f] = _rates(text.format("70.28%"))
    assert f.severity == "error" and "132.49 ÷ 全年预算数 165.04" in f.message
