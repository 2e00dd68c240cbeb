"""Comparisons written "和X比" and a second comparison of one figure after a reason, from a final-accounts text of
corpus round 80 (7507): "决算收入合计373.21万元，较上年612.33万元减少了239.12万元，减少比例39%，主要原因是…，和2018年预算
310.88万元比，增加62.22万元，增加20%" — the base is the budget, the figure compared the 决算 total (373.21 − 310.88 =
62.33, not 62.22; the 20 % holds on either).  Each reading with a text where it holds and stays silent, and one
where the written change is off, which is an error."""

from __future__ import annotations

from perfxl.narrative.figures import extract_figures
from tests.narrative_helpers import found


def _changes(text):
    return [f for f in found(text) if f.rule == "N-CHANGE"]


_AND = "决算收入合计373.21万元，和2018年预算310.88万元比，增加{}万元，增加20%。"
_AGAIN = ("决算收入合计373.21万元，较上年612.33万元减少了239.12万元，减少比例39%，主要原因是减少基本建设资金，"
          "{}2018年预算310.88万元{}，增加{}万元，增加20%。")


def test_a_comparison_opened_by_he_and_closed_by_bi_names_its_base():
    # 310.88 is the budget compared with, not a figure of its own changed by 62.33 (a rate of 25 % then)
    assert _changes(_AND.format("62.33")) == []
    [f] = _changes(_AND.format("62.22"))
    assert f.severity == "error" and "62.33万元" in f.message and "373.21万元" in f.message


def test_a_second_comparison_after_a_reason_is_of_the_same_figure():
    for opens, closes in (("和", "比"), ("与", "相比")):
        assert _changes(_AGAIN.format(opens, closes, "62.33")) == []
        [f] = _changes(_AGAIN.format(opens, closes, "62.22"))
        assert f.severity == "error" and "62.33万元" in f.message


def test_he_opens_a_comparison_only_when_bi_closes_it_after_the_base():
    roles = {f.text: f.role for f in extract_figures(_AND.format("62.22"))}
    assert roles["310.88万元"] == "base"
    # "和" joining two amounts, a comparison of its own after them: no base
    roles = {f.text: f.role for f in extract_figures("本年收入120万元和上年结转30万元，比上年增加20万元。")}
    assert roles["30万元"] is None


def test_a_figure_that_is_itself_a_base_is_no_figure_compared_again():
    # (audit page 0516) 279.61 is the base of the first comparison; the change after the second base is of an amount
    # written without its unit ("196.47亿", not read)
    text = ("岁入预算编列304.42亿元，较114年度法定预算数279.61亿元，增加24.81亿元，增幅8.87%，其中包括统筹分配税196.47亿，"
            "较上年度法定预算数128.94亿元，增加115.34亿元。")
    assert [f for f in _changes(text) if "115.34" in f.message] == []


# -- round 81 (7609): a comparison right after a 其中 part may be of the whole the part breaks down -------------

_WHOLE = "本部门2021年度总收入190.58万元，其中本年收入181.10万元，较2020年度决算数200.75万元相比，减少{}万元，下降{}%。"


def test_a_comparison_after_a_part_may_be_of_the_whole_before_it():
    # 200.75 − 190.58 = 10.17 and 10.17 ÷ 200.75 = 5.07 %: of the 总收入 (200.75 − 181.10 = 19.65 of the part)
    assert _changes(_WHOLE.format("10.17", "5.07")) == []


def test_a_change_that_holds_of_neither_the_whole_nor_the_part_is_an_error():
    errors = [f for f in _changes(_WHOLE.format("12.17", "6.06")) if f.severity == "error"]
    assert errors and all("12.17万元" in f.message for f in errors)
    # a whole with a change of its own before the 其中: the change after the part is the part's
    [f] = _changes("总收入190.58万元，比上年减少9万元，其中本年收入181.10万元，较2020年度决算数200.75万元相比，减少10.17万元。")
    assert f.severity == "error" and "19.65万元" in f.message


# -- round 85 (8004): "收入、支出总计各减少…" after the two totals in their own sentence ------------------------------

_PAIR = "2024年度收入总计918.16万元,支出总计918.16万元,与2023年度相比,收入、支出总计各减少15.2万元,下降{}%。"


def test_the_pairs_change_after_its_totals_in_one_sentence_is_of_those_totals():
    # 15.2 ÷ (918.16 + 15.2) = 1.63 %: "0.16%" is off by a decimal point
    [f] = _changes(_PAIR.format("0.16"))
    assert f.severity == "error" and "1.63%" in f.message
    assert _changes(_PAIR.format("1.63")) == []
