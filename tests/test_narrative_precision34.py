"""Sentence patterns behind false findings on rates of change and shares written the ways writers vary their
templates, each with a text where the rule must stay silent and a variant where it still fires."""

from __future__ import annotations

from tests.narrative_helpers import errors, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


# a fall written as a growth below zero after the amount it fell by: "减少310.02万元，增长-7.31%"
_FALL_AS_NEGATIVE_GROWTH = "2018年度本单位收入合计3,930.20万元,较上年决算减少310.02万元,增长-{}%,主要原因是本年度县财政拨款数大幅减少。"
_WITH_BASE = "公务接待费支出0.27万元,较上年决算数0.84万元减少0.57万元,增长-{}%。"


def test_a_fall_written_as_a_growth_below_zero_is_the_size_of_the_fall():
    assert _rule(_FALL_AS_NEGATIVE_GROWTH.format("7.31"), "N-CHANGE") == []
    assert _rule(_WITH_BASE.format("67.86"), "N-CHANGE") == []
    for sign in ("-", "－"):
        text = f"本年支出合计4,062.98万元，较上年决算数减少30.64万元，同比增长{sign}0.75%。"
        assert [f for f in found(text) if f.severity in ("error", "warning")] == [], sign


def test_a_growth_below_zero_of_the_wrong_size_is_still_an_error():
    [f] = errors(_FALL_AS_NEGATIVE_GROWTH.format("9.31"))
    assert f.rule == "N-CHANGE" and "7.31%" in f.message
    [f] = errors(_WITH_BASE.format("60.86"))
    assert f.rule == "N-CHANGE" and "67.86%" in f.message


# a rate's basis named in the sentence outside the words between its figures: before the figures, on the current
# figure, or in a clause of its own closing the sentence
_BASIS_ELSEWHERE = (
    "同口径比较，本年收入合计1200.00万元，比上年1000.00万元增长{}%。",
    "剔除机构改革因素后，本年收入合计1200.00万元，比上年1000.00万元增长{}%。",
    "本年收入合计1200.00万元（同口径），比上年1000.00万元增长{}%。",
    "本年收入合计1200.00万元，比上年1000.00万元增长{}%，按同口径计算。",
    "本年收入合計1200.00萬元，比上年1000.00萬元增長{}%，剔除上年一次性補助後。",
    "剔除机构改革因素后，本年收入合计1200.00万元，比上年增加200.00万元，增长{}%。",
    "本年收入合计1200.00万元，比上年增加200.00万元，增长{}%，按同口径计算。",
)


def test_a_rate_on_a_basis_named_elsewhere_in_its_sentence_is_not_of_the_figures_written():
    for text in _BASIS_ELSEWHERE:
        assert _rule(text.format("18.00"), "N-CHANGE") == [], text


def test_a_rate_with_no_basis_named_or_the_base_on_the_caliber_is_still_an_error():
    for text in ("本年收入合计1200.00万元，比上年1000.00万元增长18.00%，主要原因是人员增加。",
                 "本年收入合计1200.00万元，与上年的1000.00万元同口径相比增18.00%。",
                 "本年收入合计1200.00万元，比上年1000.00万元增长18.00%，其中税收收入剔除留抵退税因素后增长10%。",
                 "全县税收收入剔除留抵退税因素后增长10%，非税收入1200.00万元，比上年1000.00万元增长18.00%。",
                 "本年收入合计1200.00万元，比上年增加200.00万元，增长18.00%。"):
        [f] = errors(text)
        assert f.rule == "N-CHANGE" and "20.00%" in f.message, text


# a change written as an increase below zero: "增加-45.13万元" is a fall of 45.13万元
_FALL_AS_NEGATIVE_INCREASE = "“三公”经费支出857.38万元，较上年902.51万元增加-45.13万元，增长-{}%。"


def test_an_increase_below_zero_is_a_fall_of_its_size():
    assert _rule(_FALL_AS_NEGATIVE_INCREASE.format("5.0"), "N-CHANGE") == []
    assert _rule("较上年决算数902.51万元增加-45.13万元，增长-5.0%。", "N-CHANGE") == []


def test_an_increase_below_zero_with_the_wrong_rate_or_direction_is_still_an_error():
    [f] = errors(_FALL_AS_NEGATIVE_INCREASE.format("7.0"))
    assert f.rule == "N-CHANGE" and "5.00%" in f.message and "增加-45.13万元" in f.message
    [f] = errors("“三公”经费支出857.38万元，较上年902.51万元增加45.13万元，增长5.0%。")
    assert f.rule == "N-CHANGE" and "应为减少" in f.message


# a growth below zero written "增长了-9.31%" or with a full-width sign, "增长－9.31%": a change, read as "增长-9.31%" is
_SIGNED_AFTER = "本单位收入合计3930.20万元，比上年的4240.22万元{}。"


def test_a_growth_below_zero_after_le_or_with_a_full_width_sign_is_a_change():
    for said in ("增长了-9.31%", "增长－9.31%"):
        [f] = errors(_SIGNED_AFTER.format(said))
        assert f.rule == "N-CHANGE" and "7.31%" in f.message, said


def test_a_growth_below_zero_of_the_right_size_after_le_or_with_a_full_width_sign_holds():
    for said in ("增长了-7.31%", "增长－7.31%"):
        assert _rule(_SIGNED_AFTER.format(said), "N-CHANGE") == [], said
    # (its trailing zero read as padding, as "下降12.770%" is, where the paragraph's other rates have two places)
    text = ("本年度收入合计3258909.77元，比上年减少477288.6元，增长－12.770%。"
            "本年度支出合计3000000.00元，比上年减少300000.00元，下降9.09%。")
    assert _rule(text, "N-CHANGE") == []


# the rate of two labelled figures with its verb cut to one character: "由上年的…增加到…，增26.56%", "比上年增40.4%"
def test_a_labelled_pairs_rate_with_a_one_character_verb_is_checked():
    [f] = errors("本年收入合計由上年的77218.12萬元增加到91254.62萬元，增26.56%。")
    assert f.rule == "N-CHANGE" and "18.18%" in f.message
    [f] = errors("基本支出上年64289.75万元，本年86554.46万元，比上年增40.4%。")
    assert f.rule == "N-CHANGE" and "34.63%" in f.message


def test_a_labelled_pairs_rate_with_a_one_character_verb_that_holds_is_silent():
    for text in ("本年收入合計由上年的77218.12萬元增加到91254.62萬元，增18.18%。",
                 "基本支出上年64289.75万元，本年86554.46万元，比上年增34.63%。",
                 "基本支出上年64289.75万元，本年56554.46万元，比上年降12.03%。"):
        assert _rule(text, "N-CHANGE") == [], text
