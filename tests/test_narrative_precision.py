"""Precision of the narrative checks: figures that are never the total of a list after them, lists
whose items state a budget and an actual, and readings that keep a rule silent.  Each behaviour
fires on a short sentence in the style of published reports, and stays silent where it should."""

from .narrative_helpers import doc, errors, found


def fig(d, literal):
    return next(f for f in d.figures if f.text == literal)


# -- a comparison whose direction word is missing ----------------------------------------

BARE = ("公务用车购置及运行维护费决算支出数为571.04万元，较2022年决算数441.63万元129.41万元，增长29.3%，"
        "其中：公务用车运行维护费决算支出数为507.98万元；公务用车购置费决算支出数为63.06万元。")


def test_bare_comparison_base_and_change():
    d = doc(BARE)
    assert fig(d, "441.63万元").role == "base"
    change = fig(d, "129.41万元")
    assert change.role is None and change.relation == "增加"
    assert [pl.total.text for pl in d.lists] == ["571.04万元"]


def test_bare_comparison_base_is_not_the_total_of_the_list():
    assert errors(BARE, {"N-SUM", "N-CHANGE"}) == []
    f, = errors(BARE.replace("63.06万元", "73.06万元"), {"N-SUM"})
    assert f.narrative[0].text == "571.04万元"


def test_bare_comparison_change_is_checked_as_a_change():
    assert found(BARE, {"N-CHANGE"}) == []
    f, = errors(BARE.replace("增长29.3%", "增长31.3%"), {"N-CHANGE"})
    assert [s.text for s in f.narrative] == ["31.3%", "129.41万元", "571.04万元"]


def test_bare_comparison_needs_a_direction_after_it():
    # two amounts after a comparison with no change word after them: no base, no change
    d = doc("支出571.04万元，较2022年决算数441.63万元129.41万元。")
    assert fig(d, "441.63万元").role is None and fig(d, "129.41万元").relation is None


# -- items that state a budget and an actual ---------------------------------------------

MEASURES = ("“三公”经费决算支出数为820.33万元。其中：公务接待费预算数为310.37万元，决算支出数为249.29万元，"
            "公务用车购置及运行维护费预算数为521.67万元，决算支出数为571.04万元。")


def test_item_stating_budget_and_actual_gives_the_part_of_the_totals_kind():
    pl, = doc(MEASURES).lists
    assert pl.total.text == "820.33万元" and [p.text for p in pl.parts] == ["249.29万元", "571.04万元"]
    assert found(MEASURES, {"N-SUM"}) == []
    f, = errors(MEASURES.replace("571.04万元", "581.04万元"), {"N-SUM"})
    assert f.narrative[0].text == "820.33万元"


def test_budget_total_takes_the_budgets():
    text = MEASURES.replace("决算支出数为820.33万元", "预算数为832.04万元")
    pl, = doc(text).lists
    assert [p.text for p in pl.parts] == ["310.37万元", "521.67万元"]
    assert found(text, {"N-SUM"}) == []


def test_last_years_actual_is_not_the_items_actual():
    text = ("“三公”经费决算数为19万元。其中：公务接待费预算数为10万元，上年决算数为8万元，决算数为9万元，"
            "公务用车运行维护费预算数为12万元，上年决算数为11万元，决算数为10万元。")
    pl, = doc(text).lists
    assert [p.text for p in pl.parts] == ["9万元", "10万元"]
    assert errors(text, {"N-SUM"}) == []


def test_items_without_budget_or_actual_keep_their_first_figure():
    # an item named by itself ("基本支出") is a part even when the total says 决算
    text = "2023年决算支出数为150万元，其中：基本支出100万元，项目支出50万元。"
    pl, = doc(text).lists
    assert [p.text for p in pl.parts] == ["100万元", "50万元"]
    assert len(errors(text.replace("50万元。", "60万元。"), {"N-SUM"})) == 1


# -- a nested 其中 that may run past its semicolon --------------------------------------

NESTED = ("“三公”经费决算支出数为820.33万元，较2022年增加131.49万元。其中：公务接待费决算支出数为249.29万元，"
          "较2022年增加2.08万元，公务用车购置及运行维护费决算支出数为571.04万元，较2022年增加129.41万元，"
          "其中：公务用车运行维护费决算支出数为507.98万元，较2022年增加80.15万元；"
          "公务用车购置费决算支出数为63.06万元，较2022年增加49.26万元。")


def test_part_changes_after_a_nested_list_may_be_its_own():
    assert found(NESTED, {"N-SUM"}) == []


def test_part_changes_that_hold_in_no_reading_still_warn():
    f, = found(NESTED.replace("增加2.08万元", "增加12.08万元"), {"N-SUM"})
    assert f.narrative[0].text == "131.49万元"


# -- carry-overs and balances are not the total of the list after them ----------------------

CARRY = ("收入包括：一般公共预算拨款7,034,418.94元、上年结转结余23,067.24元；支出包括：教育支出5,806,105.16元、"
         "社会保障和就业支出557,718.56元、卫生健康支出275,373.54元、住房保障支出418,288.92元。")


def test_carry_over_is_not_the_total_of_the_next_list():
    assert errors(CARRY, {"N-SUM"}) == []
    assert all(pl.total.text != "23,067.24元" for pl in doc(CARRY).lists)


def test_carry_over_list_that_names_it_is_checked():
    text = "年末结转和结余25万元，其中：基本支出结转10万元，项目支出结转和结余15万元。"
    pl, = doc(text).lists
    assert pl.total.text == "25万元"
    assert errors(text, {"N-SUM"}) == []
    assert len(errors(text.replace("15万元", "18万元"), {"N-SUM"})) == 1


# -- the same words for two quantities ---------------------------------------------------

def repeats(text):
    return found(text, {"N-REPEAT"})


def test_paragraphs_set_in_other_places_state_other_quantities():
    text = ("太原市一般公共预算收入完成148.36亿元，同比增长2.4%。全市一般公共预算支出执行195.42亿元，同比增长14.1%。\n"
            "晋城市一般公共预算收入完成93.7亿元，同比增长83.2%。全市一般公共预算支出执行128.9亿元，同比增长34.9%。\n")
    assert repeats(text) == []
    same = ("全市一般公共预算支出执行195.42亿元，同比增长14.1%。\n"
            "民生支出占比较高。全市一般公共预算支出执行128.9亿元，同比增长34.9%。\n")
    f, = repeats(same)
    assert f.narrative[0].text == "128.9亿元"


def test_a_setting_holds_for_the_paragraphs_after_it():
    text = ("1-3月，全省一般公共预算支出完成634.5亿元。\n"
            "在41个县收支完成情况上，一般公共预算收入完成151亿元。\n一般公共预算支出完成306.5亿元。\n"
            "在59个区收支完成情况上，一般公共预算收入完成352.7亿元。\n一般公共预算支出完成328亿元。\n")
    assert repeats(text) == []
    assert len(repeats(text.replace("在59个区收支完成情况上，", ""))) == 1  # 352.7 and 328 in the 41 县 setting


def test_periods_set_other_quantities():
    text = "1-4月份，全省一般公共预算支出1649.8亿元。其中，民生支出1322.5亿元。\n1-3月份，民生支出1000.2亿元。\n"
    assert repeats(text) == []
    f, = repeats(text.replace("1-3月份，", "此外，"))  # the 1-4月份 setting goes on
    assert f.narrative[0].text == "1000.2亿元"


def test_one_sentence_naming_the_same_words_twice_speaks_of_two_items():
    text = ("本年度共采购项目473个，采购计划金额共计97156.16万元，其中货物类采购项目231个，"
            "采购计划金额共计48962.44万元。")
    assert repeats(text) == []
    two = "本年度采购计划金额共计97156.16万元。\n另据统计，本年度采购计划金额共计48962.44万元。"
    assert len(repeats(two)) == 1


def test_a_bare_budget_or_actual_is_of_the_item_before_it():
    text = "因公出国（境）费支出0万元。年初预算为0万元。公务用车运行维护费支出0万元。年初预算为0.95万元。"
    assert repeats(text) == []
    named = "公务用车运行维护费年初预算为0万元。公务接待费支出2万元。公务用车运行维护费年初预算为0.95万元。"
    assert len(repeats(named)) == 1


def test_carry_over_right_before_a_list_that_does_not_name_it():
    text = ("本年收入7,034,418.94元，上年结转结余23,067.24元，其中：教育支出5,806,105.16元，"
            "社会保障和就业支出557,718.56元，卫生健康支出275,373.54元，住房保障支出418,288.92元。")
    assert errors(text, {"N-SUM"}) == []
    assert doc(text).lists == []


# -- a list whose clause names its own whole -------------------------------------------------

OWN_WHOLE = ("2023年财政拨款收支总预算705.75万元。收入包括：一般公共预算拨款703.44万元、政府性基金拨款2.31万元；"
             "支出包括：教育支出580.61万元、社会保障和就业支出55.77万元、卫生健康支出27.54万元、住房保障支出41.83万元。")


def test_list_naming_its_own_whole_is_not_of_the_figure_before_it():
    assert errors(OWN_WHOLE, {"N-SUM"}) == []
    assert [pl.total.text for pl in doc(OWN_WHOLE).lists] == ["705.75万元"]  # the 收入 list, not direct


def test_list_naming_its_own_whole_keeps_a_total_named_so():
    text = ("本年支出合计705.75万元；支出包括：教育支出580.61万元、社会保障和就业支出55.77万元、"
            "卫生健康支出27.54万元、住房保障支出41.83万元。")
    assert errors(text, {"N-SUM"}) == []
    f, = errors(text.replace("41.83万元", "51.83万元"), {"N-SUM"})
    assert f.narrative[0].text == "705.75万元"


def test_list_words_are_not_a_named_whole():
    text = "本年支出合计705.75万元；主要包括：教育支出580.61万元、社会保障和就业支出55.77万元、卫生健康支出27.54万元、住房保障支出41.83万元。"
    assert [pl.total.text for pl in doc(text).lists] == ["705.75万元"]
    assert len(errors(text.replace("41.83万元", "51.83万元"), {"N-SUM"})) == 1


def test_a_difference_is_not_the_total_of_the_list_after_it():
    text = "“三公”经费支出2.05万元，年初预算为2.95万元，差值为0.9万元，其中：因公出国（境）支出0万元，公务接待费支出2.05万元。"
    assert errors(text, {"N-SUM"}) == []
    assert all(pl.total.text != "0.9万元" for pl in doc(text).lists)


def test_sentences_set_in_other_periods_state_other_quantities():
    text = ("2月份，全县实现大口径财政收入5682万元，完成预算的5.39%。"
            "1-2月，全县实现大口径财政收入17056万元，完成预算的16.18%。\n")
    assert repeats(text) == []
    f, = repeats(text.replace("1-2月，", "此外，"))   # the 2月份 setting goes on to the next sentence
    assert f.narrative[0].text == "17056万元"
