"""Which figure a change is of, in sentence shapes of the corpus that a changed figure (bench/perturb.py) showed were not
read.  Each with the corpus sentence as written (silent), the same with its rate changed (an error), and a sentence
where the reading does not apply."""

from __future__ import annotations

from tests.narrative_helpers import found


def _changes(text):
    return [f for f in found(text) if f.rule == "N-CHANGE" and f.severity in ("error", "warning")]


def test_last_year_as_the_time_the_sentence_reports_on():
    # corpus 163, a report published in January: "去年全年…" is the year reported on; the 同比 change is of its figure
    text = ("去年全年全盟一般公共预算收入累计完成310682万元,同比增加23188万元,增长{};"
            "一般公共预算支出累计完成1107315万元,同比减少13724万元。")
    assert _changes(text.format("8.1%")) == []
    [f] = _changes(text.format("7.0%"))
    assert f.severity == "error" and "8.07%" in f.message
    # with this year's figure written too, last year's is the base the change is measured from
    assert _changes("今年收入120万元，去年收入100万元，同比增加20万元，增长20%。") == []
    assert _changes("今年全年收入120万元，去年全年收入100万元，同比增加20万元，增长20%。") == []


def test_the_figures_own_completion_between_it_and_its_comparison():
    # corpus 462: "占调整预算数539267万元的99.6%" is the figure's completion of its budget; the base after it is last year's
    text = "全年一般公共预算支出537347万元,占调整预算数539267万元的99.6%,较上年508794万元增长{}。其中:民生支出463744万元。"
    assert _changes(text.format("5.6%")) == []
    [f] = _changes(text.format("4.9%"))
    assert f.severity == "error" and "5.61%" in f.message
    # a share of another whole between them is no completion of the figure's budget: not read
    assert _changes("全年一般公共预算支出537347万元,占全市支出的20.5%,较上年508794万元增长4.9%。") == []
