"""The 部门决算 template's sentence on both totals' change ("收入总计A万元，支出总计A万元。收支较上年决算数增加d万元，
增长r%") in the wordings the corpus holds.  Each text below is a corpus passage's own sentence (its id first); as written
every relation holds and nothing is said, and with the rate changed (as bench/perturb.py changes it) the change's rate
is an error.  Before these readings the changed rates went unsaid: the total's name ran on from the unit or a heading
("教育部2024年度收入总计", "1.总体情况2023年度收入总计"), the pair was named "收、支总计" without 各, "收入支出总体" or
"收、支与 2023年度", one figure was both totals ("收、支总计均为…"), the totals stood on lines of their own, or the rate
followed its change with no comma ("增加116.29万元增长2.01%").  Two guards keep other sentences as they were."""

from __future__ import annotations

import pytest

from tests.narrative_helpers import found

# (corpus passage, text, the rate as written, the rate changed)
CASES = [
    ("1161", "(一)收入支出决算总体情况说明。\n\n1.总体情况2023年度收入总计2046.23万元,支出总计2046.23万元。"
             "收支较上年决算数减少19.36万元,下降0.94%,主要原因是本年较上年因学生人数减少,生均公用经费资金的收支减少。",
     "0.94%", "0.82%"),
    ("802", "(一)收入支出决算总体情况说明  1.总体情况2021年度收入总计5888.49万元,支出总计5888.49万元。"
            "收支较上年决算数增加116.29万元增长2.01%,主要原因是体制补助增加。", "2.01%", "1.75%"),
    ("1726", "(一)收入支出决算总体情况说明。  1.总体情况2019年度收入总计4,320.52万元,支出总计4,320.52万元。"
             "收支较上年决算数增加680.23万元、增长18.69%,主要原因是政策性调资。", "18.69%", "16.26%"),
    ("191", "教育部2024年度收入總計64,999,264.21萬元,支出總計64,999,264.21萬元。與2023年相比,收、支總計各增加"
            "2,963,406.12萬元,增長4.8%。主要原因是事業收入和財政撥款收入等有所增加,相應支出增加。", "4.8%", "4.2%"),
    ("2126", "(一)收入支出决算总体情况说明\n2020年度收入总计14,698.18万元,支出总计14,698.18万元,与2019年度相比,"
             "收、支总计减少23201.73万元,下降61.22%。主要原因为受疫情影响当年门票收入大幅下降。", "61.22%", "53.26%"),
    ("2130", "2024 年度收、支总计均为 6436.03 万元。收、支与 2023年度相比,减少 223.57 万元,下降 3.4%,"
             "主要原因是医疗业务收支减少。\n", "3.4%", "3.0%"),
    ("027", "2023年度收入總計434.72萬元,其中:本年收入合計434.16萬元,使用非財政撥款結余0.00萬元,年初結轉和結余0.55萬元。\n"
            "2023年度支出總計434.72萬元,其中:本年支出合計434.16萬元,結余分配0.00萬元,年末結轉和結余0.55萬元。\n"
            "收入支出總體與上年相比,增加58.21萬元,增長15.46%,主要原因是人员增加。", "15.46%", "13.45%"),
]


def _change_findings(text):
    return [f for f in found(text) if f.rule == "N-CHANGE" and f.severity in ("error", "warning")]


@pytest.mark.parametrize("passage, text, rate, changed", CASES, ids=[c[0] for c in CASES])
def test_both_totals_change_as_written_is_silent(passage, text, rate, changed):
    assert _change_findings(text) == []


@pytest.mark.parametrize("passage, text, rate, changed", CASES, ids=[c[0] for c in CASES])
def test_both_totals_change_with_its_rate_changed_is_an_error(passage, text, rate, changed):
    [f] = _change_findings(text.replace(rate, changed))
    assert f.severity == "error" and f.narrative[0].text.strip() == changed.strip()


def test_a_rate_listed_after_a_change_by_a_conjunction_is_another_quantitys():
    # 1856: "较上年分别下降2.09万人和10.45%" — the people fell by 2.09万, the rate of poverty by 10.45 (points); the
    # 10.45 % is no rate of the 2.09万人 (which would be 21.95 %)
    text = "2012年末,全县户籍人口24.92万人,其中农村贫困人口7.43万人,贫困发生率为35.36%,较上年分别下降2.09万人和10.45%。"
    assert _change_findings(text) == []
    [f] = _change_findings("2012年末,全县农村贫困人口7.43万人,较上年下降2.09万人,下降10.45%。")
    assert f.severity == "error" and "21.95%" in f.message


def test_a_budget_the_figure_completes_is_not_what_changed():
    # 3902: "完成调整预算252500万元99.7%" (its 的 left out), then "同比增加46106万元增长22.4%": the change is of the
    # 251767 completed (22.42 %), not of the budget (which would give 22.34 %)
    text = ("2023年度全区完成财政收入272807万元完成年初预算256200万元的106.48%,完成调整预算272500万元的100.1%,"
            "同比增加61041万元增长28.8%其中税收收入完成251767万元完成年初预算251200万元的100.2%,"
            "完成调整预算252500万元99.7%,同比增加46106万元增长22.4%非税收入完成21040万元。")
    assert _change_findings(text) == []
    [f] = _change_findings("其中税收收入完成251767万元,同比增加46106万元增长25.0%。")
    assert f.severity == "error" and "22.42%" in f.message


def test_both_years_totals_written_give_the_change_its_base():
    # corpus 5101: "2023年度收入总计…,2022年度收入总计…,与2022年度相比,收入、支出总计各增加…": the 2022 totals are the base
    text = ("2023年度收入总计453.13万元,支出总计453.13万元,2022年度收入总计400.22万元,支出总计400.22万元,与2022年度相比,"
            "收入、支出总计各增加{}万元,增长{}。主要原因是人员工资福利基数增加。")
    assert _change_findings(text.format("52.91", "13.22%")) == []
    [f] = _change_findings(text.format("46.03", "13.22%"))   # the amount is off, the rate of the two totals holds
    assert f.severity == "error" and f.narrative[0].text == "46.03万元" and "52.91万元" in f.message
    assert "收入、支出总计各增加46.03万元" in f.message
    [g] = _change_findings(text.format("52.91", "11.22%"))
    assert g.severity == "error" and g.narrative[0].text == "11.22%" and "13.22%" in g.message
