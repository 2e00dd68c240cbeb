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


def test_a_comparison_whose_verb_is_cut_to_one_character_before_the_amount():
    # corpus 831: "比上年预算减15600元" is the change (减少), not a base named "上年预算减"
    text = "安排公务接待费64000元,比上年预算减15600元,同比下降{}。主要是2018年严格执行厉行节约。"
    assert _changes(text.format("19.60%")) == []
    [f] = _changes(text.format("17.05%"))
    assert f.severity == "error" and "19.60%" in f.message
    # a base the verb follows after it stays a base: 15600 the budget, 48400 the change (of 64000: 75.6 %)
    assert _changes("安排公务接待费64000元,比上年预算15600元增加48400元,增长310.26%。") == []


def test_output_grows_at_comparable_prices_and_its_money_change_at_current_ones():
    # corpus 1201: per-capita GDP's 12.7 % is at comparable prices; 3637 元 is the change at current prices (14.73 %)
    text = "全年人均地区生产总值达28322元,比去年新增3637元,增长12.7%。"
    assert _changes(text) == []
    assert _changes(text.replace("新增", "增加")) == []
    # said at current prices, the rate is of the two figures
    [f] = _changes("按现价计算," + text)
    assert f.severity == "error" and "14.73%" in f.message


def test_a_written_difference_is_said_with_the_comparisons_own_words():
    # the change's name lost its year to the figure ("与2022年度相比增加"): the message quotes the words as written
    [f] = _changes("2023年度收入总计453.13万元,2022年度收入总计400.22万元,与2022年度相比增加46.03万元。")
    assert f.severity == "error" and "与2022年度相比增加46.03万元" in f.message and "52.91万元" in f.message


def test_changes_and_rates_listed_in_order_pair_in_order():
    # the levels written apart by a comma, then "分别增加a和b，增长x%和y%": x is a's, y is b's (not x of b)
    text = "一般公共预算收入1623万元，政府性基金收入5133万元，较上年分别增加136万元和1022万元，增长9.1%和{}。"
    assert _changes(text.format("24.9%")) == []
    [f] = _changes(text.format("20.9%"))
    assert f.severity == "error" and f.narrative[0].text == "20.9%" and "24.86%" in f.message


def test_a_base_written_as_a_budget_is_said_as_one():
    # audit page 6306: "与2016年公共财政预算收入1631.06万元,相比增加…": the message says 预算, not 上年
    [f] = _changes("2016年度收入总计9,937.38万元,与2016年公共财政预算收入1631.06万元,相比增加8306.32万元,增长509.25%。")
    assert "比预算增加8306.32万元" in f.message and "按所写预算数 1631.06万元" in f.message and "上年" not in f.message
