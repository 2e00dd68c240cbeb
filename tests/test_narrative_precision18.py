"""Precision on how amounts are written in real reports: shapes that are consistent as written and
must raise no error — and the same shapes made wrong, where the rule still fires."""

from __future__ import annotations

from perfxl.narrative.figures import extract_figures
from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


def test_an_amount_of_yi_and_wan_written_together_is_one_amount():
    # "1亿2000万元", "1553億8900萬元": 亿 and 万 of one amount, not an amount of 2000万元 after a bare "1亿"
    [f] = [f for f in extract_figures("项目总投资1亿2000万元。") if f.kind == "amount"]
    assert (f.text, f.value, f.unit, f.decimals) == ("1亿2000万元", 12000, "万元", 0)
    [f] = [f for f in extract_figures("歲入1553億8900萬元。") if f.kind == "amount"]
    assert (f.text, f.value, f.unit) == ("1553億8900萬元", 15538900, "万元")
    [f] = [f for f in extract_figures("总额2亿350.5万元。") if f.kind == "amount"]
    assert (f.value, f.decimals) == (20350.5, 1)
    text = "2023年项目总投资1亿2000万元，其中：中央资金8000万元，省级资金3000万元，县级资金{}万元。"
    assert _rule(text.format(1000), "N-SUM") == []
    [f] = _rule(text.format(1500), "N-SUM")
    assert f.severity == "error" and "12500" in f.message


def test_a_bare_yi_before_other_words_is_not_joined():
    # "增长1亿，2000万元…": a separator between them, two things
    figures = [f for f in extract_figures("收入1亿，其中2000万元为税收。") if f.kind == "amount"]
    assert [(f.text, f.value) for f in figures] == [("2000万元", 2000)]
    figures = [f for f in extract_figures("投入1亿元2000万元") if f.kind == "amount"]
    assert [f.value for f in figures] == [1, 2000]


def test_an_amount_of_wan_and_qian_written_together_is_one_amount():
    # "3万5千元": 3.5万元, exact to 千元 (one decimal in 万元)
    [f] = [f for f in extract_figures("本年支出合计3万5千元。") if f.kind == "amount"]
    assert (f.text, f.value, f.unit, f.decimals) == ("3万5千元", 3.5, "万元", 1)
    text = "本年支出合计3万5千元，其中：办公费2万元，印刷费{}。"
    assert _rule(text.format("1万5千元"), "N-SUM") == []
    [f] = _rule(text.format("2万8千元"), "N-SUM")
    assert f.severity == "error" and "4.8万元" in f.message
    # a count is not joined: "3万5千人" has no 元
    assert [f.text for f in extract_figures("共3万5千人") if f.kind == "amount"] == []


# -- amounts listed and closed by 合计/共计 without a 其中 ---------------------------------------

def test_a_total_closing_the_amounts_listed_before_it_must_be_their_sum():
    for text, computed in (("2023年基本支出100万元，项目支出35万元，合计125万元。", "135万元"),
                           ("省级拨付补贴资金62万元，中央拨付16万元，上年度结余的资金6.47万元，共计88.47万元。", "84.47万元"),
                           ("一是发放补贴20万元；二是购置设备30万元；三是维修10万元，以上合计70万元。", "60万元"),
                           ("2023年基本支出100万元、项目支出35万元，两项合计125万元，较上年增加10万元。", "135万元")):
        [f] = _rule(text, "N-SUM")
        assert f.severity == "error" and f"这几项相加却是 {computed}" in f.message, text


def test_the_reading_named_is_the_list_level_not_an_items_breakdown():
    [f] = _rule("A村50万元（其中中央资金30万元，省级资金20万元），B村30万元，合计90万元。", "N-SUM")
    assert "列出A村、B村后" in f.message and "80万元" in f.message
    [f] = _rule("基本支出100万元，其中人员经费80万元，公用经费20万元；项目支出25万元，合计135万元。", "N-SUM")
    assert "列出基本支出、项目支出后" in f.message and "125万元" in f.message


def test_a_closing_total_that_some_choice_of_the_amounts_before_it_makes_is_silent():
    # any two or more of the amounts before it in its paragraph may be what it closes: a nested
    # breakdown, a subtotal, an earlier sentence's item, the flows of a balance
    for text in ("基本支出100万元，其中人员经费80万元，公用经费20万元；项目支出25万元，合计125万元。",
                 "A村50万元（其中中央资金30万元，省级资金20万元），B村30万元，合计80万元。",
                 "2022年拨付60万元，2023年拨付40万元，合计100万元，2024年计划拨付50万元。",
                 "基本支出100万元，增长5%，较上年增加5万元，项目支出25万元，减少2万元，合计125万元。",
                 "本年收入100万元，上年结转25万元，合计125万元；本年支出110万元，年末结余15万元，合计125万元。",
                 "基本支出100万元。项目支出25万元，三公经费5万元，合计130万元。",
                 "分配无为市93万元,南陵县52万元,繁昌区25万元,共计170万元,另安排省级资金30万元。"):
        assert _rule(text, "N-SUM") == [], text


def test_what_is_no_closing_of_a_list_is_silent():
    for text in (
            "办公费10万元、印刷费5万元、水电费3万元等，共计30万元。",            # 等: only some are named
            "发放补贴20万元，惠及农户200户，每户0.1万元，共计20万元。",          # an amount per household
            "出访2批次，预算费用3.5万元/人，其他费用1万元，共计8万元。",         # per head
            "基本支出100万元，项目支出35万元，累计支出125万元。",                 # cumulative, no closing
            "基本支出100万元，项目支出35万元，收入合计125万元。",                 # a name, not the closing word
            "基本支出100万元，项目支出3500元，合计125万元。",                    # 元 among 万元: N-UNIT-SLIP's
            "上年结转35万元。本年收入100万元，合计125万元。",                    # one amount in its sentence
            # the total of what the clause before it counts, not of the amounts before that clause
            "全年完成工业产值39.5亿元，商品销售额639.1亿元，新增入库项目8个，共计23.1亿元。",
            # an amount each: the total is of all of them
            "全市下达补助资金8.5亿元，其中甲、乙、丙3县分别获得补助资金3000万元，共计0.9亿元。",
            "下达补助资金8.5亿元，甲、乙、丙3县各1000万元，共计3000万元。"):
        assert _rule(text, "N-SUM") == [], text


# -- a change after this year's figure and last year's written as its own clause ---------------

def test_a_change_after_last_years_figure_is_their_difference():
    for text, first, second in (
            ("2023年支出125万元，上年支出100万元，同比增加35万元，增长25%。", "支出125万元", "上年支出100万元"),
            ("2023年支出125万元，上年支出100万元，比上年增加35万元。", "支出125万元", "上年支出100万元"),
            ("2023年度支出决算125万元，2022年度支出决算100万元，增加35万元，增长35%。",
             "2023年支出决算125万元", "2022年支出决算100万元"),
            ("本年支出125万元，上年决算数为100万元，增加35万元，增长35%。", "本年支出125万元", "上年决算数100万元")):
        [f] = _rule(text, "N-CHANGE")
        assert f.severity == "error" and f"{first}，{second}" in f.message and "应为 25万元" in f.message, text


def test_a_change_after_a_budget_or_another_comparison_is_not_their_difference():
    for text in ("2023年支出125万元，上年支出100万元，同比增加25万元，增长25%。",
                 "本年支出125万元，上年决算数为100万元，增加25万元，增长25%。",
                 "2023年度支出决算125万元，2022年度支出决算100万元，增加25万元。",
                 "本年支出125万元，上年预算数为100万元，增加35万元。",       # last year's budget: the base is not said
                 "本年支出125万元，年初预算数为100万元，增加35万元。",       # against the budget or last year?
                 "2023年支出125万元，上年支出100万元，较年初预算增加35万元。"):   # another comparison
        assert _rule(text, "N-CHANGE") == [], text


# -- what an item is made of, in words after its amount ------------------------------------------

_BASIC = "基本支出800万元，其中：人员经费{}万元，主要包括基本工资、津贴补贴等；公用经费{}万元，主要包括办公费、印刷费等。"


def test_words_after_an_items_amount_say_what_it_is_made_of_and_the_list_goes_on():
    # the 部门决算 template: 包括 lists words up to its semicolon, the next amount is the item's sibling
    [f] = _rule(_BASIC.format(700, 150), "N-SUM")
    assert f.severity == "error" and "850万元" in f.message
    [f] = _rule(_BASIC.format(600, 100), "N-SUM")
    assert f.severity == "error" and "就是它的全部组成" in f.message and "700万元" in f.message
    [f] = _rule("基本支出800万元，其中：人员经费700万元，主要包括基本工资、津贴补贴；公用经费150万元。", "N-SUM")
    assert "850万元" in f.message


def test_a_breakdown_with_amounts_may_still_take_the_items_after_it():
    assert _rule(_BASIC.format(600, 200), "N-SUM") == []
    # its own amounts: "本年收入2046.61万元，主要是A…，B…；上年结转…" may be read as a nested breakdown
    # (2046.61 + 10 is over 2050; 上年结转 read within 本年收入's breakdown, 2000 + 25.05 + 10, fits)
    assert _rule("收入合计2050万元，其中：本年收入2046.61万元，主要是财政拨款2000万元，其他收入25.05万元；"
                 "上年结转收入10万元。", "N-SUM") == []


def test_a_bare_measure_is_one_item_only_with_its_own_years_figure():
    # "本年支出决算合计" and a change of "财政拨款收入、支出决算总计" in another paragraph are not one item
    text = ("1.本年支出决算合计1220.00万元，其中：基本支出900.00万元，占73.77%；项目支出320.00万元，占26.23%。\n"
            "二、财政拨款收入支出决算总体情况说明\n"
            "2023年度财政拨款收入决算总计1130.00万元，其中：本年财政拨款收入1100.00万元，上年结转结余30.00万元。"
            "财政拨款支出决算总计1130.00万元，其中：本年财政拨款支出1110.00万元，年末结转和结余20.00万元。"
            "与2022年度相比，财政拨款收入、支出决算总计各增加130.00万元，增长13.00%。")
    assert [f for f in found(text) if f.severity != "info"] == []


def test_the_name_of_a_budget_is_no_comparison_with_the_budget():
    # "一般公共预算财政拨款支出" names the spending of the general public budget; the change is on last year
    [f] = _rule("2023年度一般公共预算财政拨款支出1100.00万元，与2022年度相比，一般公共预算财政拨款支出增加100.00万元，"
                "增长12.00%。", "N-CHANGE")
    assert "比上年增加100.00万元" in f.message and "上年数为 1000万元" in f.message
    [f] = _rule("2023年度一般公共预算财政拨款支出1100.00万元，比年初预算增加100.00万元，增长12.00%。", "N-CHANGE")
    assert "比预算增加100.00万元" in f.message


def test_a_rate_beyond_any_change_the_rounded_figures_allow_is_wrong_either_way():
    # 2 may be 1.5 to 2.5: the change is −0.33 % to 67.22 %, never 75 % (nor −75 %)
    [f] = _rule("培训费2023年预算2万元，较2022年预算1.50万元增长75%。", "N-CHANGE")
    assert f.severity == "error" and "与1.50万元相比增长75%" in f.message
    assert _rule("培训费2023年预算2万元，较2022年预算1.50万元增长50%。", "N-CHANGE") == []
    assert _rule("培训费2023年预算2万元，较2022年预算1.50万元减少0.2%。", "N-CHANGE") == []


# -- shapes from the audit set of published pages (tests/data/audit) -------------------------------

def test_a_number_with_two_points_is_not_read():
    # "34.568.64万元": thousands typed as points; its tail "64万元" is no amount
    text = "我区收到直达资金34,509万元，我区分配资金34.568.64万元，分配率100.7%。"
    assert [f.text for f in extract_figures(text) if f.kind == "amount"] == ["34,509万元"]
    assert [f for f in found(text) if f.severity != "info"] == []
    # a point typed once is a decimal point as ever: the rate is checked
    [f] = _rule("我区收到直达资金34,509万元，我区分配资金34,568.64万元，分配率100.7%。", "N-RATE")
    assert "100.17%" in f.message


def test_a_share_of_the_figure_whose_unit_slipped_in_its_list_is_reported_once_at_the_root():
    text = ("公共预算收入18,535.28万元，其中上年结转1,037万元，占5.59%；财政拨款收入12,311.27万元，占66.42%；"
            "事业收入1,745.45万元，占9.42%；其他收入3,441.56元，占18.57%。")
    found_ = [f for f in found(text) if f.severity != "info"]
    assert [(f.rule, f.severity) for f in found_] == [("N-UNIT-SLIP", "error")]
    # without a list adding up with it, the share names the unit as the cause
    [f] = _rule("支出6367.25亿元，其中公车费用4108.12万元，占64.5%。", "N-SHARE")
    assert f.severity == "error" and "单位写错" in str(f.cause)


def test_parts_over_a_whole_that_holds_if_its_digits_were_cut_off_are_a_warning():
    # 1.45亿 + 1360万 + 4050万 = 1.991亿元, written 1.9亿元: consistent only if truncated
    text = "2015年，我省落实少数民族发展资金1.9亿元，其中扶持人口较少民族发展资金1.45亿元，特色村寨保护与发展资金{}万元，特殊困难发展补助资金4050万元。"
    [f] = _rule(text.format(1360), "N-SUM")
    assert f.severity == "warning" and "截尾" in (f.cause or "")
    [f] = _rule(text.format(2360), "N-SUM")   # 2.091亿元: cut off or rounded, never 1.9
    assert f.severity == "error"


def test_an_actual_named_without_jue_suan_is_a_measure_in_every_wording():
    # "执行数", "实际执行", "实际发生" name the item's actual, like "实际支出" (one part per item, not two)
    for word in ("实际支出", "执行数", "实际执行", "实际发生"):
        text = f"下达项目资金500万元，具体为：A项目预算200万元，{word}180万元；B项目预算300万元，{word}290万元。"
        assert _rule(text, "N-SUM") == [], word
        [f] = _rule(text.replace("500万元", "600万元"), "N-SUM")
        assert f.severity == "error" and "500万元" in f.message, word


def test_a_conclusion_ends_a_list():
    # "所以/因此…为…": what the items come to, not one more item
    text = "2021年下达补贴资金120万元，其中兑付上年超录资金58.473万元，购机补贴30万元，因此2021年可用补贴资金为{}万元。"
    assert _rule(text.format("81.527"), "N-SUM") == []
    [f] = _rule("2021年下达补贴资金120万元，其中兑付上年超录资金58.473万元，购机补贴70万元，因此2021年可用补贴资金为81.527万元。",
                "N-SUM")
    assert f.severity == "error" and "128.47万元" in f.message


def test_money_of_another_level_of_government_is_no_part():
    # a whole of 中央 money has no 省级 part: the 省级 amounts are beside it
    text = "省上下达我县中央财政补贴资金120万元，其中58.473万元用于兑付超录资金，下达省级财政补贴资金75万元，结转省级资金5万元。"
    assert _rule(text, "N-SUM") == []
    [f] = _rule("省上下达我县中央财政补贴资金120万元，其中58.473万元用于兑付超录资金，中央购机补贴资金75万元。", "N-SUM")
    assert f.severity == "error"
    # a whole joining several items may have parts of any level
    [f] = _rule("A补助资金和中央专项彩票公益金共投入资金1987.08万元，其中中央资金776.84万元，省级资金290.36万元，"
                "地方资金992.88万元。", "N-SUM")
    assert f.severity == "error" and "2060.08万元" in f.message


def test_a_share_names_its_whole_as_the_unit_names_it_with_its_scope():
    text = ("本部门2023年度政府采购支出总额200.00万元，其中：政府采购货物支出50.00万元、政府采购工程支出100.00万元、"
            "政府采购服务支出50.00万元。授予中小企业合同金额180.00万元，占政府采购支出总额的{}%。")
    [f] = _rule(text.format("85.00"), "N-SHARE")
    assert f.severity == "error" and "90.00%" in f.message
    assert _rule(text.format("90.00"), "N-SHARE") == []


_USES = ("2023年度一般公共预算财政拨款支出1100.00万元，主要用于以下方面：一般公共服务支出600.00万元，占{}%；"
         "社会保障和就业支出200.00万元，占18.18%；卫生健康支出100.00万元，占9.09%；农林水支出{}万元，占13.64%。")


def test_the_uses_listed_after_an_amount_are_its_parts_and_their_shares_are_of_it():
    [f] = _rule(_USES.format("56.55", "150.00"), "N-SHARE")
    assert f.severity == "error" and "÷ 1100.00万元" in f.message and "54.55%" in f.message
    [f] = _rule(_USES.format("54.55", "250.00"), "N-SUM")   # 1150: the main uses cannot exceed the whole
    assert f.severity == "error" and "1150万元" in f.message


def test_the_main_uses_may_leave_some_out():
    assert [f for f in found(_USES.format("54.55", "150.00")) if f.severity != "info"] == []


def test_both_flows_changing_alike_are_of_their_one_total():
    # the 部门决算 template: "收入、支出决算总计X。与上年相比，收入、支出总计各增加d，增长r%"
    text = "2023年度收入、支出决算总计1250.00万元。与2022年度相比，收入、支出总计各增加250.00万元，增长{}%。"
    [f] = _rule(text.format("20.00"), "N-CHANGE")
    assert f.severity == "error" and "25.00%" in f.message
    assert _rule(text.format("25.00"), "N-CHANGE") == []


def test_a_figure_after_a_page_mark_between_its_digits_is_not_known():
    # "从业人员2\n2、393人": 2393 over a page break, the page's number "2、" set between its digits
    text = "开滦分中心隶属开滦集团。从业人员2\n2、393人，其中，在编1546人，非在编847人。"
    assert _rule(text, "N-SUM") == []
    # the same list on one line is read as ever
    [f] = _rule("开滦分中心隶属开滦集团。从业人员2393人，其中，在编1546人，非在编947人。", "N-SUM")
    assert f.severity == "error"
    # a numbered line after a line ending in words is no page mark
    assert [f.approximate for f in extract_figures("项目如下：\n1、393人") if f.text == "393人"] == [False]


def test_a_scale_word_written_twice_is_no_unit():
    for text, written in (("基金收入38683.1万元，其中个人缴费收入12002.41万万元，医疗救助资助收入605.35万元。", "12002.41万万元"),
                          ("进出口值分别为2.1亿元、0.88亿元、0.82亿万元。", "0.82亿万元")):
        [f] = _rule(text, "N-UNIT-SLIP")
        assert f.severity == "error" and f.narrative[0].text == written
    # 万亿元 is one unit; "上亿万元" has no figure
    assert _rule("全国一般公共预算收入21.7万亿元，投资上亿万元。", "N-UNIT-SLIP") == []


_GROSS = "2023年，全县农林牧渔业总产值55.2亿元，比上年增长4.1%。其中，农业总产值30.6亿元，增长4.8%；林业总产值1.56亿元；牧业总产值{}亿元；渔业总产值10.6亿元。"


def test_kinds_of_a_gross_value_by_the_same_measure_are_its_parts():
    [f] = _rule(_GROSS.format("20.1"), "N-SUM")
    assert f.severity == "error" and "62.86亿元" in f.message
    assert _rule(_GROSS.format("12.4"), "N-SUM") == []
    # another measure named as a whole of its own is still beside the list
    assert _rule("全县农业产值5.2亿元，其中：种植业产值3.1亿元，林业产值1.5亿元，农业总收入7.0亿元。", "N-SUM") == []


_FRAMED = ("个体经营户从业人员26594人，其中女性从业人员14480人。\n\n在个体经营户从业人员中，位居前三位的行业是：批发和零售业"
           "10296人，占{}%；住宿和餐饮业8513人，占32.0%。")


def test_bare_shares_are_of_what_their_sentence_opens_with():
    [f] = _rule(_FRAMED.format("38.8"), "N-SHARE")
    assert f.severity == "error" and "÷ 26594人" in f.message and "38.72%" in f.message
    assert _rule(_FRAMED.format("38.7"), "N-SHARE") == []
    # a frame naming nothing written before binds nothing
    assert _rule("在从业人员中，批发和零售业10296人，占38.8%。", "N-SHARE") == []


def test_a_numbered_items_own_list_goes_on_to_the_next_number():
    # "包括：\n1.…合计1180万元，其中：A…；B…；C…。\n2.…": the outer list goes on only at "2."
    text = ("（一）收入决算总计1250.00万元。包括：\n1.本年收入决算合计{}万元，其中：财政拨款收入1100.00万元；事业收入60.00万元；"
            "其他收入40.00万元。\n2.上年结转结余收入50.00万元。")
    [f] = _rule(text.format("1180.00"), "N-SUM")
    assert f.severity == "error" and "1200万元" in f.message
    assert _rule(text.format("1200.00"), "N-SUM") == []


def test_numbered_lines_after_a_bao_kuo_that_ends_its_line_are_its_items():
    text = ("（一）收入决算总计1250.00万元。包括：\n1.本年收入决算合计1200.00万元，其中：财政拨款收入1100.00万元；事业收入60.00万元；"
            "其他收入40.00万元。\n2.上年结转结余收入{}万元。\n（二）支出决算总计1250.00万元。")
    [f] = _rule(text.format("60.00"), "N-SUM")
    assert f.severity == "error" and "收入决算总计1250.00万元" in f.message and "1260万元" in f.message
    assert _rule(text.format("50.00"), "N-SUM") == []
    assert _rule(text.format("40.00"), "N-SUM") == []   # the carry-over need not be all that is left


def test_a_rate_after_a_base_opened_by_xiang_bi_is_of_the_two_figures():
    text = "截至2013年12月31日，市慈善总会共募集善款5130万元，相比2012年的3256.8万元，同比增长{}%。"
    [f] = _rule(text.format("56.7"), "N-CHANGE")
    assert f.severity == "error" and "57.52%" in f.message
    assert _rule(text.format("57.5"), "N-CHANGE") == []


def test_a_rate_that_holds_only_with_an_amount_read_as_cut_off_is_a_warning():
    # 5.4亿元 may be 5.46亿元 cut off: 5.46 ÷ 4.43 − 1 = 23.25 %
    [f] = _rule("全市两级慈善总会共募集善款5.4亿元，相比去年的4.43亿元，同比增长23.3%。", "N-CHANGE")
    assert f.severity == "warning" and "截尾" in (f.cause or "")
    [f] = _rule("全市两级慈善总会共募集善款5.4亿元，相比去年的4.43亿元，同比增长25.3%。", "N-CHANGE")
    assert f.severity == "error"
    # a whole number is written whole: "2万元" is never 2.6万元 cut off
    [f] = _rule("培训费2023年预算2万元，较2022年预算1.50万元增长75%。", "N-CHANGE")
    assert f.severity == "error"


_HEADINGS = ("资金主要用于四个方面。\n一、老年人福利类(488万元)\n1. 安排使用省级下达福彩公益金173万元，资助发展养老服务业。\n"
             "2. 安排使用市本级福彩公益金215万元，资助老年活动中心。\n3. 安排使用市本级福彩公益金100万元，资助敬老院。\n"
             "二、残疾人福利类（100万元）\n1. 安排使用福彩公益金60万元，资助残联。\n2. 安排使用福彩公益金{}万元，资助康复中心。\n三、其他")


def test_the_numbered_lines_under_a_heading_with_its_total_in_brackets_are_its_items():
    [f] = _rule(_HEADINGS.format(50), "N-SUM")
    assert f.severity == "error" and f.message.startswith("报告称残疾人福利类100万元") and "110万元" in f.message
    assert _rule(_HEADINGS.format(40), "N-SUM") == []
    assert _rule(_HEADINGS.format(30), "N-SUM") == []   # the uses listed need not be all


def test_an_amount_written_with_a_sign_after_its_name_is_negative():
    # "返还性收入-783万元": a net figure below 0, a part of the list like the others
    text = "上级补助收入68877万元(返还性收入-783万元,一般性转移支付收入64938万元,专项转移支付收入{}万元)。"
    assert [f.value for f in extract_figures(text.format(4722)) if f.kind == "amount"] == [68877, -783, 64938, 4722]
    assert _rule(text.format(4722), "N-SUM") == []
    [f] = _rule(text.format(5722), "N-SUM")
    assert f.severity == "error" and "69877万元" in f.message
    # a range is no signed amount: "5亿-10亿元", "3万元-5万元"
    assert [f.value for f in extract_figures("预算总额多为5亿-10亿元，补助3万元-5万元。") if f.kind == "amount"] == []


def test_counts_of_ge_name_their_kind_by_their_names():
    # 个 names no kind: a part whose name shares nothing with the total's counts another thing
    text = "本单位部门预算单位共1个，包含附设幼儿园1个，为：某小学附属幼儿园；单位内上级同意设置内设机构2个：总务处、教务处。"
    assert _rule(text, "N-SUM") == []
    [f] = _rule("全镇项目共5个，其中：产业项目3个，基础设施项目3个。", "N-SUM")
    assert f.severity == "error"


def test_an_item_whose_amount_lacks_its_unit_leaves_the_list_unread():
    text = ("1-12月城乡居民基本医疗保险基金收入209053002.15元。其中:上级补助收入207574041.31,利息收入378153.6元,"
            "其他收入1100807.24元。")
    assert _rule(text, "N-SUM") == []
    # with its unit the list is read, and an excess is an error
    [f] = _rule(text.replace("207574041.31,", "208574041.31元,"), "N-SUM")
    assert f.severity == "error"


def test_both_flows_changing_alike_with_their_totals_written_apart():
    text = ("2023年度财政拨款收入决算总计1130.00万元，其中：本年财政拨款收入1100.00万元，上年结转结余30.00万元。"
            "财政拨款支出决算总计{}万元，其中：本年财政拨款支出1110.00万元，年末结转和结余20.00万元。"
            "与2022年度相比，财政拨款收入、支出决算总计各增加130.00万元，增长{}%。")
    [f] = _rule(text.format("1130.00", "15.00"), "N-CHANGE")
    assert f.severity == "error" and "13.00%" in f.message
    assert _rule(text.format("1130.00", "13.00"), "N-CHANGE") == []
    # two totals that differ: which one "各增加" is of is not said, nothing is checked against one of them
    assert _rule(text.format("1150.00", "15.00"), "N-CHANGE") == []


def test_the_levels_of_an_indicator_tree_are_no_parts():
    text = "2023年该项目共编制15个绩效目标指标，其中一级指标3个，二级指标8个，三级指标15个。"
    assert _rule(text, "N-SUM") == []
    [f] = _rule("全镇项目共20个，其中一级项目3个，二级项目8个，三级项目15个。", "N-SUM")   # not indicators
    assert f.severity == "error"


def test_a_change_in_another_unit_than_its_figure_whose_rate_holds_in_that_unit_is_a_unit_slip():
    text = "因公出国（境）费支出3.3万元，与2018年度预算相比，减少2.7元，下降{}%。"
    [f] = [f for f in found(text.format(45)) if f.severity != "info"]
    assert (f.rule, f.severity) == ("N-UNIT-SLIP", "error") and "2.7万元" in f.message
    # the rate fails in either unit: the change's rate is the error
    [f] = [f for f in found(text.format(30)) if f.severity != "info"]
    assert (f.rule, f.severity) == ("N-CHANGE", "error")


def test_a_base_written_in_the_comparison_leaves_the_sentences_other_figures_no_reading():
    text = "2023年“三公”经费预算数为20.00万元，决算数为16.00万元，完成预算的80.00%，较上年决算数18.00万元减少2.00万元，下降{}%。"
    [f] = _rule(text.format("12.50"), "N-CHANGE")   # 2 ÷ 16: the current year as the denominator
    assert f.severity == "error" and "11.11%" in f.message and "分母" in (f.cause or "")
    assert _rule(text.format("11.11"), "N-CHANGE") == []
    # without a written base the budget before it is a reading: a warning
    [f] = _rule("2023年“三公”经费预算数为20.00万元，决算数为16.00万元，完成预算的80.00%，比上年减少2.00万元，下降12.50%。",
                "N-CHANGE")
    assert f.severity == "warning"
