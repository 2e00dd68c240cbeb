"""Precision on the newest readings (headings with their totals, lists after 包括, paired flows, uses
lists, framed shares, signed amounts, page marks, based rates): consistent texts in the shapes real
reports use raise no error — and the same shapes made wrong, where the rule still fires."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_HEADING_MEASURES = ("一、老年人福利类(488万元)\n1. 养老服务业预算400万元，实际支出{}万元。\n"
                     "2. 敬老院预算120万元，实际支出100万元。")


def test_heading_lines_stating_a_budget_and_what_was_spent_are_of_the_total_by_either():
    # the heading's total is what was spent (388 + 100); the budgets (400 + 120) are no other list
    assert _rule(_HEADING_MEASURES.format(388), "N-SUM") == []
    # even the least amount of each line is over the total: an error
    [f] = _rule(_HEADING_MEASURES.format(398), "N-SUM")
    assert f.severity == "error" and "老年人福利类488万元" in f.message
    # a line of one amount each is read as before
    [f] = _rule("一、老年人福利类(488万元)\n1. 养老服务业400万元。\n2. 敬老院120万元。", "N-SUM")
    assert f.severity == "error" and "520万元" in f.message


_NESTED_SHARES = ("（一）收入决算总计1250.00万元。包括：\n1.本年收入决算合计1200.00万元，占96.00%，其中：财政拨款收入"
                  "1100.00万元，占{}%；事业收入60.00万元，占4.80%；其他收入40.00万元，占3.20%。\n2.上年结转结余收入50.00万元，占4.00%。")


def test_bare_shares_of_a_part_of_a_part_may_be_of_the_whole_above():
    # 1100 ÷ 1250 = 88.00 %: the item's own share (96 %) is of the 总计, so may its parts' be
    assert _rule(_NESTED_SHARES.format("88.00"), "N-SHARE") == []
    assert _rule(_NESTED_SHARES.format("91.67"), "N-SHARE") == []   # of its own list's total, as ever
    [f] = _rule(_NESTED_SHARES.format("90.00"), "N-SHARE")        # of neither
    assert f.severity == "error" and "91.67%" in f.message


_ITEM_MEASURES = ("2023年度一般公共预算财政拨款支出1100.00万元，{}一般公共服务支出年初预算650.00万元，决算{}万元；"
                  "社会保障和就业支出年初预算250.00万元，决算200.00万元；卫生健康支出100.00万元；农林水支出150.00万元；"
                  "住房保障支出50.00万元。")


def test_items_stating_a_budget_and_an_actual_are_parts_by_either():
    # the total names neither measure: each item's budget (650) or actual (600) may be its part
    for word in ("其中：", "主要用于以下方面："):
        assert _rule(_ITEM_MEASURES.format(word, "600.00"), "N-SUM") == [], word
        # over the total even with the least of each item: an error
        [f] = _rule(_ITEM_MEASURES.format(word, "700.00").replace("年初预算650.00", "年初预算700.00"), "N-SUM")
        assert f.severity == "error" and "1250万元" in f.message, word


def test_a_share_naming_a_narrower_whole_than_its_lists_total_is_no_promise():
    # 一般公共预算支出 may be only part of the 全年支出: the share may be of a whole the text does not state
    text = "全年支出1100万元，主要用于以下方面：教育支出600万元；卫生支出200万元，占{}的20%。"
    assert _rule(text.format("一般公共预算支出"), "N-SHARE") == []
    # named as the total is named, with scope words only: of it
    for whole in ("全年支出", "总支出", "支出"):
        [f] = _rule(text.format(whole), "N-SHARE")
        assert f.severity == "error" and "18.18%" in f.message, whole


def test_a_framed_share_is_of_the_last_frame_and_of_any_figure_of_its_name():
    # "在A中，…；在B中，…": the shares after the second frame are of B, not of A
    text = ("个体经营户从业人员26594人。在个体经营户从业人员中，女性从业人员14480人，占54.4%；在女性从业人员中，"
            "批发和零售业6000人，占{}%。")
    assert _rule(text.format("41.4"), "N-SHARE") == []
    [f] = _rule(text.format("45.4"), "N-SHARE")
    assert f.severity == "error" and "÷ 14480人" in f.message and "41.44%" in f.message
    # two figures of the frame's name (two years): the share may be of either
    text = ("2023年一般公共预算支出1100万元。2022年一般公共预算支出1000万元。在一般公共预算支出中，"
            "教育支出600万元，占{}%。")
    assert _rule(text.format("54.55"), "N-SHARE") == []
    assert _rule(text.format("60.00"), "N-SHARE") == []
    [f] = _rule(text.format("50.00"), "N-SHARE")
    assert f.severity == "error"


_ITS_WHOLE = "2023年度项目支出320.00万元，{}道路硬化项目200.00万元，{}800万元；水利设施项目{}万元。"


def test_an_items_own_whole_said_by_pointing_back_is_no_part():
    for word in ("其中：", "主要用于以下方面："):
        for remark in ("该项目总投资", "此工程概算", "其累计投入"):
            assert _rule(_ITS_WHOLE.format(word, remark, "120.00"), "N-SUM") == [], (word, remark)
            # the items left still over the total: an error
            [f] = _rule(_ITS_WHOLE.replace("；", "，").format(word, remark, "150.00"), "N-SUM")
            assert f.severity == "error" and "350万元" in f.message, (word, remark)
    # an amount named without pointing back is read as before: a part (200 + 800 far over the total, so
    # that they are not all its parts is the likelier reading: silent)
    assert _rule(_ITS_WHOLE.format("其中：", "水毁修复项目", "120.00"), "N-SUM") == []


def test_wan_wan_of_a_whole_number_may_be_yi():
    # "万万" is 亿 in the counting idiom ("四万万"): a whole number so written holds as 亿元, a warning
    [f] = _rule("该项目总投资约3万万元，已开工建设。", "N-UNIT-SLIP")
    assert f.severity == "warning" and "3亿元" in f.message
    # a figure with decimals is written in no such idiom: an error, as is 亿万元 of any figure
    for text in ("个人缴费收入12002.41万万元。", "进出口值0.82亿万元。", "投资3亿万元。"):
        [f] = _rule(text, "N-UNIT-SLIP")
        assert f.severity == "error", text


def test_a_line_of_last_years_figure_under_a_heading_is_no_item():
    text = "一、老年人福利类(488万元)\n1. 上年安排400万元。\n2. 本年安排养老服务业{}万元。\n3. 本年安排敬老院100万元。"
    assert _rule(text.format(388), "N-SUM") == []
    # this year's lines over the total: an error
    [f] = _rule(text.format(398), "N-SUM")
    assert f.severity == "error" and "498万元" in f.message
    # last year's figure after this year's in a line is no reading of the line either
    [f] = _rule("一、老年人福利类(488万元)\n1. 养老服务业398万元，上年350万元。\n2. 敬老院100万元，上年90万元。", "N-SUM")
    assert f.severity == "error" and "498万元" in f.message
