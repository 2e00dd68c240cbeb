"""Sentence patterns of 其中 lists and shares found by writing consistent variants of published
决算 and 预算执行 passages: which whole a list or a share belongs to when lists nest or several
wholes come before one list.  Each with a text where the rule must stay silent and a variant where
it still fires."""

from __future__ import annotations

from tests.narrative_helpers import errors, found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_a_share_after_a_nested_list_may_be_of_the_outer_whole():
    # the 其中 of 基本支出 may end at the semicolon: 项目支出 is then its sibling, its share of the 合计
    text = "本年支出合计100万元，其中：基本支出60万元，其中人员经费50万元；项目支出40万元，占{}。"
    assert _rule(text.format("40%"), "N-SHARE") == []
    [f] = errors(text.format("45%"))
    assert f.rule == "N-SHARE" and "100万元" in f.message and "40.00%" in f.message
    shared = "本年收入合计100万元，其中：财政拨款收入80万元，占80%，其中一般公共预算财政拨款75万元；其他收入20万元，占{}。"
    assert _rule(shared.format("20%"), "N-SHARE") == []
    assert [f.rule for f in errors(shared.format("30%"))] == ["N-SHARE"]
    mainly = "本年支出合计100万元。其中：基本支出60万元，占60%，主要包括人员经费50万元；项目支出40万元，占{}。"
    assert _rule(mainly.format("40%"), "N-SHARE") == []
    assert [f.rule for f in errors(mainly.format("4%"))] == ["N-SHARE"]


def test_a_share_of_a_list_not_nested_keeps_its_whole():
    # no list word before 基本支出: the 其中 list may be of it (项目支出's share of it, 66.67 %), or end at the semicolon,
    # 项目支出 being 基本支出's sibling by definition (its share then of a whole not written): silent either way
    text = "基本支出60万元，其中人员经费50万元；项目支出40万元，占{}。"
    assert _rule(text.format("66.67%"), "N-SHARE") == []
    assert _rule(text.format("40%"), "N-SHARE") == []
    # a part of 基本支出 itself after the semicolon keeps the whole: its share of it only
    [f] = _rule("基本支出60万元，其中人员经费50万元；公用经费10万元，占40%。", "N-SHARE")
    assert f.severity == "error" and "16.67%" in f.message


def test_a_list_after_a_whole_of_each_flow_breaks_down_both():
    # the parts of 收入 and of 支出 in one 其中 list: each flow's parts within its own whole
    pair = "2023年度收入总计1523.26万元，支出总计1523.26万元，其中本年收入1500万元，本年支出{}万元。"
    assert errors(pair.format(1400)) == []
    [f] = errors(pair.format(1600))
    assert f.rule == "N-SUM" and "支出总计1523.26万元" in f.message and "1600万元" in f.message
    both = "收入、支出分别为100万元、90万元，其中财政拨款收入80万元，基本支出{}万元。"
    assert errors(both.format(60)) == []
    assert [f.rule for f in errors(both.format(95))] == ["N-SUM"]
    same = "收入总计和支出总计均为500万元，其中本年收入480万元，本年支出{}万元。"
    assert errors(same.format(450)) == []
    assert [f.rule for f in errors(same.format(550))] == ["N-SUM"]
    # "各是A、B万元": A is no figure of its own, B is the 支出's whole
    shared_unit = "收、支总计各是4125.49、4143.91万元，其中本年收入4125.49万元，本年支出{}万元。"
    assert errors(shared_unit.format("4143.91")) == []
    assert [f.rule for f in errors(shared_unit.format("4243.91"))] == ["N-SUM"]


def test_a_list_of_one_flow_after_wholes_of_both_stays_of_its_own():
    # parts all of 支出: the list is of 支出合计 alone, over it an error
    assert [f.rule for f in errors("本年收入合计500万元，本年支出合计480万元，其中：基本支出300万元，项目支出200万元。")] == ["N-SUM"]
    assert errors("本年收入合计500万元，本年支出合计480万元，其中：基本支出300万元，项目支出180万元。") == []


def test_a_bare_share_may_go_on_with_the_whole_named_by_the_share_before_it():
    text = ("本年度政府采购支出总额120万元，其中：政府采购货物支出80万元、政府采购服务支出40万元。授予中小企业合同金额"
            "100万元，占政府采购支出总额的83.33%，其中授予小微企业合同金额60万元，占{}。")
    assert _rule(text.format("50%"), "N-SHARE") == []   # of the 政府采购支出总额
    assert _rule(text.format("60%"), "N-SHARE") == []   # of the 中小企业 amount
    [f] = errors(text.format("55%"))
    assert f.rule == "N-SHARE" and "60.00%" in f.message
    spent = "本年支出合计200万元。项目支出100万元，占本年支出合计的50%，其中专项业务费60万元，占{}。"
    assert _rule(spent.format("30%"), "N-SHARE") == []
    assert [f.rule for f in errors(spent.format("40%"))] == ["N-SHARE"]
    # with no share naming a whole before it, a bare share is of its list's total alone
    alone = "本年支出合计200万元。项目支出100万元，比上年增加10万元，其中专项业务费60万元，占30%。"
    assert [f.rule for f in errors(alone)] == ["N-SHARE"]


def test_a_comma_list_inside_an_item_ends_before_the_other_item_of_its_group():
    # 非税收入 is the sibling of 税收收入, not one of its parts
    text = "2023年一般公共预算收入752.54万元，包括：税收收入283.47万元，包括增值税{}万元，企业所得税43.44万元，非税收入469.07万元。"
    assert errors(text.format("52.36")) == []
    [f] = errors(text.format("252.36"))   # the two taxes alone are over 税收收入
    assert f.rule == "N-SUM" and "税收收入283.47万元" in f.message
    spent = "2023年本年支出合计4082.00万元，包括：基本支出506.03万元，包括人员经费{}万元，项目支出3575.97万元。"
    assert errors(spent.format("227.29")) == []
    assert [f.rule for f in errors(spent.format("527.29"))] == ["N-SUM"]
    car = ("本年度“三公”经费支出788.96万元，包括：因公出国（境）费444.71万元，公务用车购置及运行维护费42.66万元，"
           "其中：公务用车购置费15.83万元，公务接待费301.59万元。")
    assert errors(car) == []


def test_a_comma_list_not_inside_another_list_runs_to_its_end():
    # no list word before 基本支出: 公用经费 is one of its parts, the list over it
    assert [f.rule for f in errors("基本支出60万元，其中人员经费50万元，公用经费20万元。")] == ["N-SUM"]
    # inside a list, a part of another group than its total's (人员经费/公用经费 for 基本支出) stays a part
    assert [f.rule for f in errors("其中：基本支出60万元，其中人员经费50万元，公用经费20万元。")] == ["N-SUM"]


def test_the_changes_in_an_items_own_breakdown_or_reasons_are_no_siblings_of_it():
    sangong = ("2023年“三公”经费支出3733.53万元，同比减少{}万元，其中：因公出国（境）费466.71万元，同比增加17.61万元；"
               "公务用车购置及运行维护费2500.39万元，较上年减少277.55万元，主要包括公务用车购置费1851.46万元，同比增加781.78万元；"
               "公务接待费766.43万元，较上年减少90.40万元。")
    assert _rule(sangong.format("350.34"), "N-SUM") == []
    [f] = errors(sangong.format("380.34"))
    assert f.rule == "N-SUM" and "减少 350.34万元" in f.message
    commas = sangong.replace("；", "，")
    assert _rule(commas.format("350.34"), "N-SUM") == []
    assert [f.rule for f in errors(commas.format("380.34"))] == ["N-SUM"]
    reasons = ("“三公”经费支出20万元，比上年减少10万元，其中：因公出国（境）费0万元，与上年持平；公务接待费8万元，比上年减少6万元，"
               "主要是接待批次减少；公务用车运行维护费12万元，比上年减少4万元，主要是油费减少1万元、维修费减少3万元。")
    assert _rule(reasons, "N-SUM") == []
    spent = ("本年支出合计1000万元，比上年增加100万元，其中：基本支出600万元，比上年增加80万元，包括人员经费500万元，"
             "比上年增加90万元；项目支出400万元，比上年增加{}万元。")
    assert _rule(spent.format(20), "N-SUM") == []
    [g] = _rule(spent.format(30), "N-SUM")
    assert "增加 110万元" in g.message


def test_a_list_of_parts_named_after_their_total_ends_before_an_item_of_the_totals_kind():
    # 事业收入 and 其他收入 are not 财政拨款: siblings of 财政拨款收入 in the outer list, their shares not of it
    text = ("本年度本年收入合计4393.05万元，包括：财政拨款收入2210.89万元，较上年减少392.00万元，包括一般公共预算财政拨款收入"
            "{}万元，事业收入1270.23万元，其他收入911.93万元。")
    assert errors(text.format("670.98")) == []
    assert [f.rule for f in errors(text.format("2670.98"))] == ["N-SUM"]
    shares = ("2023年本年收入合计3529.44万元。具体如下：\n财政拨款收入1775.50万元，占50.31%，其中：一般公共预算财政拨款收入"
              "388.91万元，政府性基金预算财政拨款收入1386.59万元，事业收入120.21万元，占3.41%，其他收入1633.73万元，占46.29%。")
    assert _rule(shares, "N-SHARE") == []
    # a part named after the total is still its part: its share of it is checked
    named = ("2023年本年收入合计3529.44万元。具体如下：\n财政拨款收入1775.50万元，占50.31%，其中：一般公共预算财政拨款收入"
             "388.91万元，占{}，政府性基金预算财政拨款收入1386.59万元，事业收入120.21万元。")
    assert _rule(named.format("21.90%"), "N-SHARE") == []
    assert [f.rule for f in errors(named.format("25.90%"))] == ["N-SHARE"]


def test_a_list_inside_an_item_on_the_line_after_a_list_word():
    # "其中：" (or "具体如下：") ends the line: the items on the next line are of an outer list
    sangong = ("2023年“三公”经费支出4299.07万元，其中：\n因公出国（境）费2223.24万元，同比减少451.88万元；公务用车购置及运行维护费"
               "1698.61万元，其中：公务用车购置费{}万元；公务接待费377.22万元，比上年增加54.90万元。")
    assert _rule(sangong.format("1326.97"), "N-SUM") == []
    assert [f.rule for f in errors(sangong.format("1826.97"))] == ["N-SUM"]
    spent = ("本年度本年支出合计281.74万元。具体如下：\n基本支出131.57万元，占46.70%，其中：人员经费38.92万元；"
             "项目支出150.17万元，占{}。")
    assert _rule(spent.format("53.30%"), "N-SHARE") == []
    [f] = errors(spent.format("63.30%"))
    assert f.rule == "N-SHARE" and "281.74万元" in f.message and "53.30%" in f.message


def test_a_list_inside_an_item_of_a_list_of_the_main_items():
    text = ("2023年度本年收入合计998.79万元，主要是：财政拨款收入86.05万元，比上年减少22.59万元，其中一般公共预算财政拨款收入"
            "{}万元，事业收入795.02万元。")
    assert errors(text.format("7.03")) == []
    assert [f.rule for f in errors(text.format("97.03"))] == ["N-SUM"]
    share = "本年收入合计100万元，主要是：财政拨款收入80万元，占80%，其中一般公共预算财政拨款75万元；其他收入20万元，占{}。"
    assert _rule(share.format("20%"), "N-SHARE") == []
    assert [f.rule for f in errors(share.format("30%"))] == ["N-SHARE"]


def test_a_list_word_ending_its_line_before_a_comma_list():
    # the line break after "其中：" parts no items: the list is read as written on one line
    text = ("2025年一般公共预算财政拨款收入合计5605.66万元，其中：\n本年收入5478.16万元，上年结转收入{}万元；"
            "一般公共预算财政拨款支出5605.66万元，比2024年增加41.17万元。")
    assert errors(text.format("127.50")) == []
    assert [f.rule for f in errors(text.format("227.50"))] == ["N-SUM"]


def test_list_lines_after_a_list_word_end_at_another_lists_line_or_another_flow():
    other_list = ("2002年全区完成财政收入36878万元，比上年增长20.0%，其中：\n工商税收完成{}。财政支出47320万元，"
                  "增长9.6%，其中：\n教育事业费支出为19135万元，增长30.5%；抚恤和社会福利救济费支出为2350万元。")
    assert _rule(other_list.format("21635万元，增长35.9%"), "N-SUM") == []
    # the list read on its own line still holds its parts to the total
    assert [f.rule for f in errors(other_list.format("21635万元，非税收入25243万元"))] == ["N-SUM"]
    flow = ("截至3月底，新区地方一般预算收入累计完成8736万元，同比增长11.91%，其中：\n税收收入累计完成{}。\n"
            "一般公共预算支出累计完成32664万元，同比增长4.33%。")
    assert errors(flow.format("8039万元")) == []
    assert [f.rule for f in errors(flow.format("8039万元，非税收入1697万元"))] == ["N-SUM"]


def test_an_amount_named_by_a_comparison_governs_no_list():
    text = ("本级2024年“三公”经费预算数为251.82万元，比上年预算数加23.47万元，与上年预算数相比增长10.27%，其中，"
            "因公出国(境)经费14万元；公务接待费94.82万元；公务用车购置经费55万元；公务用车运行经费{}万元。")
    assert errors(text.format(88)) == []
    [f] = errors(text.format(98))
    assert f.rule == "N-SUM" and "251.82万元" in f.message


def test_an_item_written_on_after_a_share_with_no_pause_is_the_next_shares_amount():
    text = "2021年度收入合计5888.49万元，其中：财政拨款收入5872.97万元，占99.74%基金补助收入15.52万元，占{}。"
    assert _rule(text.format("0.26%"), "N-SHARE") == []
    # a share whose whole is written inside it keeps that whole
    assert [f.rule for f in errors("项目支出4348万元，占年初预算10065万元的53.2%。")] == ["N-SHARE"]


def test_an_inline_list_goes_on_over_lines_after_a_semicolon():
    # text from a PDF: the list wraps after "；", its next line opening with a named amount
    text = ("2022年本年收入合计4125.49万元，其中：一般公共预算财政拨款收入3859.16万元，占93.54%；政府性基金预算财政拨款收入"
            "0万元，占0%；上级补助收入0万元，占0%；事业收入0万元，占0%；\n经营收入0万元，占0%；其他收入{}万元，占6.46%。")
    assert errors(text.format("266.33")) == []
    assert sorted(f.rule for f in errors(text.format("166.33"))) == ["N-SHARE", "N-SUM"]
    # a marked line after the semicolon is a new item of another list, not this one's
    marked = ("本年收入合计100万元，其中：财政拨款收入60万元；事业收入40万元；\n（二）本年支出合计90万元，其中：基本支出50万元；"
              "项目支出40万元。")
    assert errors(marked) == []


def test_a_bracketed_list_wrapped_after_its_opening_bracket_ends_at_its_bracket():
    text = ("2010年，卫生部因公出国(境)费财政拨款预算1492.78万元(\n含援外医疗队支出530.00万元，国际会议支出{}万元)，"
            "实际支出1307.13万元\n(含援外医疗队支出412.00万元)。")
    assert errors(text.format("962.78")) == []
    assert [f.rule for f in errors(text.format("1062.78"))] == ["N-SUM"]
    # one part in the bracket: the amount after the bracket is no second part
    one = ("2010年，卫生部因公出国(境)费财政拨款预算1492.78万元(\n含援外医疗队支出530.00万元)，实际支出1307.13万元\n"
           "(含援外医疗队支出412.00万元)。")
    assert errors(one) == []


def test_list_lines_end_before_a_line_opening_with_a_year():
    text = ("（一）201-一般公共服务支出23653万元，较2021年决算数增加2954万元，其中：\n20103-政府办公厅(室)及相关机构事务9185万元。\n"
            "20104-发展与改革事务1182万元。\n2022年度蕉城区本级一般公共预算支出数为459989万元，增长10.3%。主要项目支出情况如下：\n"
            "（一）一般公共服务支出28639万元。")
    assert errors(text) == []
    # lines that are years stay a list of years
    years = "近三年累计投入资金1000万元，其中：\n2021年投入300万元；\n2022年投入{}万元；\n2023年投入400万元。"
    assert errors(years.format(300)) == []
    assert [f.rule for f in errors(years.format(400))] == ["N-SUM"]


def test_each_share_after_a_list_of_named_amounts_is_of_its_own_amount():
    text = ("全年共收到各级资金500万元，其中：中央资金200万元、省级资金150万元、市级资金100万元、县级资金50万元，"
            "分别占{}、30%、20%、10%。")
    assert _rule(text.format("40%"), "N-SHARE") == []
    [f] = errors(text.format("45%"))
    assert f.rule == "N-SHARE" and "中央资金200万元" in f.message and "40.00%" in f.message


def test_a_nested_list_does_not_go_on_over_the_lines_of_its_outer_list():
    text = ("2023年度“三公”经费支出2899.08万元，其中因公出国（境）费1093.20万元；\n公务用车购置及运行维护费1107.87万元，"
            "包括公务用车购置费1004.43万元，公务用车运行维护费{}万元；\n公务接待费698.01万元。")
    assert errors(text.format("103.44")) == []
    assert [f.rule for f in errors(text.format("203.44"))] == ["N-SUM"]


def test_a_nested_list_of_changes_ends_before_the_other_item_of_its_totals_group():
    text = ("本年支出合计1000万元，比上年增加100万元，其中：基本支出600万元，比上年增加80万元，其中人员经费500万元，"
            "比上年增加90万元，项目支出400万元，比上年增加20万元。")
    assert _rule(text, "N-SUM") == []
    # the nested list of the complete group (人员经费, 公用经费) is still held to its total's change
    both = ("本年支出合计1000万元，比上年增加100万元，其中：基本支出600万元，比上年增加80万元，其中人员经费500万元，"
            "比上年增加90万元，公用经费100万元，比上年增加{}万元，项目支出400万元，比上年增加20万元。")
    assert _rule(both.format("减少10").replace("增加减少", "减少"), "N-SUM") == []
    [f] = errors(both.format(20))
    assert f.rule == "N-SUM" and "增加 110万元" in f.message


def test_each_share_after_amounts_with_their_own_bracketed_breakdowns():
    text = ("本年支出合计100万元，其中：基本支出60万元（人员经费50万元、公用经费10万元），项目支出40万元（其中专项业务费30万元），"
            "分别占{}、40%。")
    assert _rule(text.format("60%"), "N-SHARE") == []
    [f] = errors(text.format("50%"))
    assert f.rule == "N-SHARE" and "基本支出60万元" in f.message and "60.00%" in f.message
