"""Precision on the newest readings, by shapes real reports use around them: consistent texts that
must raise no error — and the same shapes made wrong, where the rule still fires."""

from __future__ import annotations

from perfxl.narrative.figures import extract_figures
from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


# -- "1亿零500万元": 零 between the 亿 and a 万 part under 1000 ------------------------------------

def test_an_amount_of_yi_zero_and_wan_is_one_amount():
    [f] = [f for f in extract_figures("项目总投资1亿零500万元。") if f.kind == "amount"]
    assert (f.text, f.value, f.unit, f.decimals) == ("1亿零500万元", 10500, "万元", 0)
    text = "项目总投资1亿零500万元，其中中央资金1.00亿元，县级资金{}万元。"
    assert _rule(text.format(500), "N-SUM") == []
    [f] = _rule(text.format(800), "N-SUM")
    assert f.severity == "error" and "10800万元" in f.message


# -- a closing total after the last item's breakdown: of the outer list, or of the breakdown -----

def test_a_closing_after_an_items_breakdown_may_close_the_list_the_item_is_in():
    for text in ("1.办公费10.00万元；\n2.印刷费20.00万元；\n3.维修费15.00万元，其中材料费6.00万元，人工费9.00万元，"
                 "以上合计45.00万元。",
                 "（1）办公费10.00万元。\n（2）维修费15.00万元，其中材料费6.00万元，人工费9.00万元，合计25.00万元。",
                 "办公费10.00万元。\n维修费15.00万元，其中材料费6.00万元，人工费9.00万元，以上合计25.00万元。",
                 "办公费10.00万元，维修费15.00万元，其中材料费6.00万元，人工费9.00万元，合计25.00万元。",
                 "维修费15.00万元，其中材料费6.00万元，人工费9.00万元，合计15.00万元。"):
        assert _rule(text, "N-SUM") == [], text


def test_a_closing_that_neither_list_makes_is_still_wrong():
    for text, computed in (
            ("1.办公费10.00万元；\n2.印刷费20.00万元；\n3.维修费15.00万元，其中材料费6.00万元，人工费9.00万元，"
             "以上合计55.00万元。", "15万元"),
            ("办公费10.00万元，维修费15.00万元，其中材料费6.00万元，人工费9.00万元，合计26.00万元。", "15万元"),
            ("维修费15.00万元，其中材料费6.00万元，人工费9.00万元，合计16.00万元。", "15万元")):
        [f] = _rule(text, "N-SUM")
        assert f.severity == "error" and f"这几项相加却是 {computed}" in f.message, text
    # lines of another list before it are not its items
    [f] = _rule("一、收入情况\n1.办公费10.00万元；\n（1）维修费15.00万元，其中材料费6.00万元，人工费9.00万元，合计25.00万元。",
                "N-SUM")
    assert f.severity == "error"


# -- last year's whole is no base of this year's part ---------------------------------------------

def test_the_whole_a_part_is_listed_in_is_not_the_base_of_its_change():
    for text in ("2023年支出310.36万元，上年支出686.03万元，其中项目支出11.81万元，比上年减少24.09万元，"
                 "上年项目支出35.90万元。",
                 "上年支出686.03万元，其中项目支出11.81万元，比上年减少24.09万元。"):
        assert _rule(text, "N-CHANGE") == [], text
    # a base written after the part, and last year's figure named as such, still is
    [f] = _rule("2023年支出125.00万元，其中项目支出30.00万元，上年项目支出20.00万元，增加35.00万元。", "N-CHANGE")
    assert f.severity == "error" and "应为 10万元" in f.message


# -- a change naming a bare flow is not of the other flow ------------------------------------------

def test_a_change_of_a_bare_flow_is_not_of_the_other_flow():
    # "收入增加25万元" after 本年支出 and 上年支出: of 收入, whose figures are further back
    text = "本年收入125.00万元，上年收入100.00万元，本年支出120.00万元，上年支出110.00万元，收入增加{}万元。"
    assert _rule(text.format("25.00"), "N-CHANGE") == []
    # the same flow named still binds
    [f] = _rule("本年收入125.00万元，本年支出120.00万元，上年支出110.00万元，支出增加20.00万元。", "N-CHANGE")
    assert f.severity == "error" and "应为 10万元" in f.message


# -- "10851万8千元": 万 over four digits and 千; the tail of an amount not read whole is none --------

def test_an_amount_of_wan_over_four_digits_and_qian_is_one_amount():
    [f] = [f for f in extract_figures("共投入资金10851万8千元。") if f.kind == "amount"]
    assert (f.text, f.value, f.unit, f.decimals) == ("10851万8千元", 10851.8, "万元", 1)
    # "12万8千5百元": no reading of three scales; its tail "8千" or "5百" is no amount of its own
    assert [f.text for f in extract_figures("共投入资金12万8千5百元。") if f.kind == "amount"] == []
    assert [f.text for f in extract_figures("补助3万零500元。") if f.kind == "amount"] == []
    assert [f.text for f in extract_figures("补助3万元，零星支出500元。") if f.kind == "amount"] == ["3万元", "500元"]
    text = "共投入资金10851万8千元，其中中央资金10444.85万元，省级资金{}万元。"
    assert _rule(text.format("406.95"), "N-SUM") == []
    [f] = _rule(text.format("416.95"), "N-SUM")
    assert f.severity == "error" and "10861.8万元" in f.message


# -- a closing after an amount no figure was read from ---------------------------------------------

def test_a_closing_after_an_amount_not_read_is_silent():
    for text in ("2023年共支付省级福利彩票公益金：支付养老机构运营补贴48万、社会工作服务站建设15万元、"
                 "村级互助幸福院50万元，合计113万元。",                      # "48万": 万元 or 万人?
                 "基金收入：个人缴费收入12002.41万万元,医疗救助资助收入605.35万元,其他收入105.71万元，合计12713.47万元。",
                 "下达资金：生态效益补偿资金调减 点击查看>> 万元,造林补助2.42万元,公益林补助2.88万元，合计7.53万元。"):
        assert _rule(text, "N-SUM") == [], text
    [f] = _rule("2023年共支付：养老机构运营补贴48万元、社会工作服务站建设15万元、村级互助幸福院50万元，合计123万元。", "N-SUM")
    assert f.severity == "error" and "这几项相加却是 113万元" in f.message


# -- a closing after an item whose amount is not exact, or is per unit --------------------------------

def test_a_closing_after_an_approximate_or_per_unit_item_is_silent():
    for text in ("办公费约10.00万元，印刷费20.00万元，维修费5.00万元，合计35.00万元。",
                 "办公费10.00万元左右，印刷费20.00万元，维修费5.00万元，合计35.00万元。",
                 "办公费12.00万元/年，印刷费20.00万元，维修费5.00万元，合计37.00万元。"):
        assert _rule(text, "N-SUM") == [], text
    for text in ("办公费10.00万元，印刷费20.00万元，维修费5.00万元，合计38.00万元。",
                 "办公费10.00万元，比上年增加2.00万元，印刷费20.00万元，维修费5.00万元，合计38.00万元。"):
        [f] = _rule(text, "N-SUM")
        assert f.severity == "error" and "这几项相加却是 35万元" in f.message, text


# -- the older and shorter names of the budgets are no comparison with a budget either -------------

def test_the_older_names_of_the_budgets_are_no_comparison_with_the_budget():
    for name in ("公共财政预算财政拨款支出", "一般预算支出", "社保基金预算支出", "基金预算支出"):
        [f] = _rule(f"2023年度{name}1100.00万元，与2022年度相比，{name}增加100.00万元，增长12.00%。", "N-CHANGE")
        assert "比上年增加100.00万元" in f.message and "上年数为 1000万元" in f.message, name
    [f] = _rule("2023年度一般预算支出1100.00万元，比年初预算增加100.00万元，增长12.00%。", "N-CHANGE")
    assert "比预算增加100.00万元" in f.message


# -- a change opened by the closing word is of the items' sum --------------------------------------

def test_a_change_closing_the_items_before_it_is_not_the_last_items():
    for text in ("2023年公务接待费8.00万元，上年10.00万元；公务用车运行费6.00万元，上年5.00万元，合计减少1.00万元。",
                 "2023年公务接待费8.00万元，上年10.00万元；公务用车运行费6.00万元，上年5.00万元，两项合计比上年减少1.00万元。"):
        assert _rule(text, "N-CHANGE") == [], text
    # the last item's own change, written without the closing word, is still its own
    [f] = _rule("2023年公务接待费8.00万元，上年10.00万元；公务用车运行费6.00万元，上年5.00万元，减少1.00万元。", "N-CHANGE")
    assert f.severity == "error" and "应为增加" in f.message


def test_a_closing_change_after_the_parts_changes_is_no_part_of_them():
    text = ("2023年度“三公”经费支出决算12.00万元，比上年减少3.00万元，其中公务接待费4.00万元，比上年减少1.00万元；"
            "公务用车运行费8.00万元，比上年减少{}万元，{}减少{}万元。")
    assert [f for f in found(text.format("2.00", "合计", "3.00")) if f.severity != "info"] == []
    assert [f for f in found(text.format("2.00", "两项合计", "3.00")) if f.severity != "info"] == []
    [f] = [f for f in found(text.format("3.00", "合计", "4.00")) if f.rule == "N-SUM"]
    assert f.severity == "warning" and "公务接待费、公务用车运行费的增减额相加为减少 4万元" in f.message


# -- a 其中 list closed by 合计: items that take away, are per unit, or were not read ----------------

def test_a_closing_of_a_qizhong_list_reads_its_items_as_the_list_does():
    for text in ("项目支出100.00万元，其中：年初预算20.00万元，追加10.00万元，调减5.00万元，合计25.00万元。",
                 "项目支出100.00万元，其中：补助资金0.50万元/户，共20户，设备购置20.00万元，合计30.00万元。",
                 "项目支出100.00万元，其中：设备购置20.00万元，单价0.20万元，培训费10.00万元，合计30.00万元。",
                 "项目支出100.00万元，其中：设备购置20.00万元，培训费10.00万元，维修费48万，合计78.00万元。"):
        assert _rule(text, "N-SUM") == [], text
    for text, computed in (
            ("项目支出100.00万元，其中：年初预算20.00万元，追加10.00万元，调减5.00万元，合计28.00万元。", "30万元"),
            ("项目支出100.00万元，其中：设备购置20.00万元，培训费10.00万元，维修费48.00万元，合计88.00万元。", "78万元")):
        [f] = _rule(text, "N-SUM")
        assert f.severity == "error" and f"这几项相加却是 {computed}" in f.message, text


def test_a_closing_of_a_qizhong_list_may_close_some_of_its_items():
    # a subtotal first, then its parts, then their closing: any two or more of the items may be what it closes
    text = "项目资金300.00万元，其中：财政资金200.00万元，中央资金120.00万元，地方配套80.00万元，合计{}万元。"
    assert _rule(text.format("200.00"), "N-SUM") == []
    [f] = _rule(text.format("210.00"), "N-SUM")
    assert f.severity == "error" and "这几项相加却是 400万元，前面所列各数任取几项相加也都不等于 210.00万元" in f.message


# -- a change after two written bases of the item, last year's budget and actual -------------------

def test_a_change_after_two_bases_may_be_on_either():
    for text in ("本年支出125.00万元，上年预算100.00万元，上年决算90.00万元，增加25.00万元。",
                 "本年支出125.00万元，上年决算90.00万元，上年预算100.00万元，增加25.00万元。"):
        assert _rule(text, "N-CHANGE") == [], text
    [f] = _rule("本年支出125.00万元，上年决算90.00万元，上年预算100.00万元，增加30.00万元。", "N-CHANGE")
    assert f.severity == "error" and "应为 35万元" in f.message


# -- a rate after its figure and base that is no change of the figures as written ------------------

def test_a_rate_on_another_basis_an_average_or_a_level_is_not_the_change():
    for text in ("2023年支出125.00万元，较2020年的100.00万元年均增长7.72%。",       # a yearly average
                 "2023年支出125.00万元，比2020年100.00万元平均每年增长7.72%。",
                 "2023年支出125.00万元，较上年100.00万元（剔除一次性因素）增长30%。",  # a basis in a remark
                 "2023年支出80.00万元，较上年100.00万元下降为80%。",               # the level it fell to
                 "2023年支出80.00万元，比上年减少20.00万元，下降为80%。"):
        assert _rule(text, "N-CHANGE") == [], text
    for text in ("2023年支出80.00万元，较上年100.00万元下降为30%。",
                 "2023年支出80.00万元，比上年减少20.00万元，下降为30%。",
                 "2023年支出125.00万元，较上年100.00万元（已审计）增长30%。"):
        [f] = _rule(text, "N-CHANGE")
        assert f.severity == "error", text


def test_an_amount_of_wan_and_yuan_written_together_is_one_amount():
    # "10万3000元": 10.3万元 to the 元
    [f] = [f for f in extract_figures("补助资金10万3000元。") if f.kind == "amount"]
    assert (f.text, f.value, f.unit, f.decimals) == ("10万3000元", 10.3, "万元", 4)
    [f] = [f for f in extract_figures("补助资金10万300元。") if f.kind == "amount"]
    assert (f.value, f.decimals) == (10.03, 4)
    text = "补助资金10万3000元，其中：省级5万3000元，县级{}元。"
    assert _rule(text.format("5万"), "N-SUM") == []
    [f] = _rule(text.format("5万5000"), "N-SUM")
    assert f.severity == "error" and "10.8万元" in f.message
