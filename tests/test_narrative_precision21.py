"""N-SUM: parts far over their whole are a warning unless one digit explains them; items run together."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


_FAR = "超出合计数一半以上"


def test_parts_far_over_their_whole_are_a_reading_not_an_error():
    # the list read past the sentence's own amount: the parts are of another whole, or the whole is misread;
    # on published text such lists were all misread, so with no digit of any figure explaining them: silent
    assert _rule("主要原因是有疫情防控经费29.01万元，其中：办公设备购置120.50万元，物资采购71.48万元。", "N-SUM") == []
    assert _rule("无孩妇女315人，其中：城镇妇女860人，农村妇女700人。", "N-SUM") == []
    # one digit of a round figure would make it add up ("400" for 1400): a slip possible, not shown: a warning
    [f] = _rule("项目资金400万元，其中：设备购置900万元，工程建设500万元。", "N-SUM")
    assert f.severity == "warning" and _FAR in f.cause


def test_parts_moderately_over_their_whole_stay_an_error():
    [f] = _rule("支出合计100万元，其中：基本支出80万元，项目支出45万元。", "N-SUM")
    assert f.severity == "error" and f.cause is None
    # exactly one and a half times is not "more than"
    [f] = _rule("支出合计100万元，其中：基本支出80万元，项目支出70万元。", "N-SUM")
    assert f.severity == "error"


def test_one_digit_wrong_explains_a_far_excess():
    # a digit added in a part ("522665.42" for 52665.42): a slip of the pen, an error however large
    [f] = _rule("下达资金共计62539.49万元，其中：中央资金522665.42万元，省级资金6421.07万元，市级资金1153万元，"
                "县级资金2300万元。", "N-SUM")
    assert f.severity == "error" and f.cause is None
    # a digit dropped in the whole ("4558" for 45158)
    [f] = _rule("一般债务转贷收入4558万元，其中：新增债券20000万元，再融资债券25158万元。", "N-SUM")
    assert f.severity == "error"
    # two digits apart is no slip of one digit: silent
    assert _rule("一般债务转贷收入4558万元，其中：新增债券20000万元，再融资债券26258万元。", "N-SUM") == []


def test_small_figures_are_never_explained_by_one_digit():
    # any one-digit count is one digit from any other: "4人" against 7 is not a slip shown
    [f] = _rule("编制人数4人，其中：行政编制4人，事业编制3人。", "N-SUM")
    assert f.severity == "warning" and _FAR in f.cause


def test_a_zero_whole_with_parts_stays_an_error():
    [f] = _rule("公务用车购置及运行维护费0万元，其中：公务用车购置费3.20万元，公务用车运行维护费2.78万元。", "N-SUM")
    assert f.severity == "error"


def test_a_first_part_restating_the_whole_is_left_out_before_the_excess_is_weighed():
    # 20 + 20 against 30 once the restated 在职人员30人 is set aside: not far over, an error
    [f] = _rule("实有人数30人，其中：在职人员30人，行政人员20人，事业人员20人。", "N-SUM")
    assert f.severity == "error"
    # early end: the first part alone over the whole by little is an error however long the list runs on
    [f] = _rule("基本支出100万元，其中：人员经费110万元，办公费80万元，印刷费70万元。", "N-SUM")
    assert f.severity == "error"


def test_items_whose_separators_were_lost_are_apart_where_a_unit_runs_into_a_like_name():
    text = "下达资金共计9874.07万元(其中中央资金{}万元,省级资金6421.07万元市级资金1153万元县级资金2300万元)。"
    assert _rule(text.format("0"), "N-SUM") == []           # 0 + 6421.07 + 1153 + 2300 = 9874.07
    [f] = _rule(text.format("100"), "N-SUM")
    assert f.severity == "error" and "9974.07万元" in f.message
    # a name of anything else after the unit keeps the item whole ("100万元用于…"): not a part
    assert _rule("项目资金共计300万元，其中：省级资金200万元用于设备购置150万元，市级资金100万元。", "N-SUM") == []


def test_a_saving_rate_is_never_read_over_the_amount_dealt():
    # 节资率 is the saving over the budget, which a market's deals (sales too) need not be all of
    text = "4月份完成项目159个，成交金额8.64亿元，节约金额0.72亿元，节资率16.24%，增值金额为3385.64万元。"
    assert _rule(text, "N-RATE") == []
    # the budget named in the sentence: the rate is read against it
    [f] = _rule("4月份采购预算金额8.64亿元，节约金额0.72亿元，节资率16.24%。", "N-RATE")
    assert f.severity == "warning" and "8.33%" in f.message
    # a saving rate holding as the change from the budget to what was bought is no finding
    assert _rule("全年政府采购预算金额8.64亿元，实际采购金额7.92亿元，节资率8.33%。", "N-RATE") == []
    # other rates of the two amounts are read as before
    [f] = _rule("成交金额8.64亿元，节约金额0.72亿元，节约资金比率16.24%。", "N-RATE")
    assert "8.33%" in f.message


def test_items_led_by_the_heads_paid_are_read_by_their_amounts():
    text = "发放营养餐改善资金共计{}元,其中:初中47人次,18800元;小学163人次,65200元。"
    assert _rule(text.format("84000"), "N-SUM") == []
    [f] = _rule(text.format("8400"), "N-SUM")        # a zero left out: one digit, an error however far over
    assert f.severity == "error" and "84000元" in f.message
    [f] = _rule(text.format("80000"), "N-SUM")
    assert f.severity == "error" and "84000元" in f.message
    # a count of people as the item itself (no amount of its own after it) still leaves the list unread
    assert _rule("发放补助资金共计80000元,其中:初中47人次;小学163人次。", "N-SUM") == []
    # a count of other things is no head count: the item is led by another kind of figure
    assert _rule("下达资金共计80000元,其中:新建校舍3栋,18800元;维修校舍5栋,65200元。", "N-SUM") == []


def test_energy_and_volume_figures_are_read_like_weights():
    # 千瓦时 and 立方米 are measured (rounded), with 万/亿 scales converted inside a list
    assert _rule("全市用电量61.07亿千瓦时，其中工业用电45000万千瓦时，居民用电56.57亿千瓦时。", "N-SUM") == []
    [f] = _rule("全市用电量61.07亿千瓦时，其中工业用电46000万千瓦时，居民用电56.57亿千瓦时。", "N-SUM")
    assert f.severity == "error" and "61.17亿千瓦时" in f.message
    [f] = _rule("6月份，城乡居民生活用电量为1.34亿千瓦时，同比下降5.0%。其中，城镇居民用电量为0.63亿千瓦时，增长11.7%；"
                "乡村居民用电量为0.82亿千瓦时，增长6.4%。", "N-SUM")
    assert f.severity == "error"
    assert _rule("全市供水量1.3亿立方米，其中生活用水6000万立方米，工业用水7000万立方米。", "N-SUM") == []


_PASSENGERS = ("全国铁路、道路、水路、民航共发送旅客8201.9万人次，比去年同期增长{}。其中铁路发送旅客1069万人次，增长9.2%；"
               "道路发送旅客6786万人次，增长1.67%；水路发送旅客168.19万人次，下降1.34%；民航发送旅客178.69万人次，增长16.28%。")


def test_a_wholes_rate_above_what_its_parts_rates_make_is_an_error():
    # last year: 1069/1.092 + 6786/1.0167 + 168.19/0.9866 + 178.69/1.1628 = 7977.6, so at most 2.83 %
    [f] = _rule(_PASSENGERS.format("2.87%"), "N-CHANGE")
    assert f.severity == "error" and "2.83%" in f.message
    assert _rule(_PASSENGERS.format("2.81%"), "N-CHANGE") == []
    # below it: a part that was there last year and is 0 now would lower the rate so; not reported
    assert _rule(_PASSENGERS.format("2.5%"), "N-CHANGE") == []


def test_a_wholes_rate_is_not_weighed_where_the_parts_are_not_all_of_it_or_grow_otherwise():
    # the parts not adding up to the whole: no such reading
    assert _rule(_PASSENGERS.replace("6786万人次", "6686万人次").format("2.87%"), "N-CHANGE") == []
    # real growth at comparable prices (value added): the nominal parts do not weigh it
    gdp = ("全县地区生产总值1514976万元，增长2.7%。其中第一产业增加值300000万元，增长4.5%；第二产业增加值600000万元，"
           "增长1.2%；第三产业增加值614976万元，增长8.5%。")
    assert _rule(gdp, "N-CHANGE") == []
    # month on month is another base
    assert _rule(_PASSENGERS.replace("比去年同期增长", "环比增长").format("2.87%"), "N-CHANGE") == []


_GRADED = ("项目共计113个，财政资金{whole}万元。其中自评“优”的项目79个财政资金3038.38万元；自评“良”的项目11个财政资金201.9万元{sep}"
           "自评“中”的项目3个财政资金7万元{sep}自评“差”的项目20个财政资金{last}万元。")


def test_the_amounts_beside_a_list_of_counts_are_a_list_of_their_own():
    text = _GRADED.format(whole="3267.28", sep="；", last="20.00")
    assert _rule(text, "N-SUM") == []
    [f] = _rule(_GRADED.format(whole="3267.28", sep="；", last="218.07"), "N-SUM")
    assert f.severity == "error" and "3465.35万元" in f.message
    [f] = _rule("全县共实施项目40个，涉及资金1200万元，其中：产业项目25个，资金800万元；基础设施项目15个，资金500万元。", "N-SUM")
    assert f.severity == "error" and "1300万元" in f.message
    # an amount after the whole's count that is of something else (a rate's base, an average) is no such whole
    assert _rule("全县共实施项目40个，平均每个30万元，其中：产业项目25个，资金800万元；基础设施项目15个，资金500万元。",
                 "N-SUM") == []


def test_comma_pieces_opening_like_the_first_item_are_items_of_their_own():
    # separators mixed (；then，): the three pieces after the first semicolon open as the first item does
    [f] = _rule(_GRADED.format(whole="3267.28", sep="，", last="218.07"), "N-SUM")
    assert f.severity == "error" and "3465.35万元" in f.message
    assert _rule(_GRADED.format(whole="3267.28", sep="，", last="20.00"), "N-SUM") == []
    # a comma piece that does not open like the first item (a change, a remark) keeps its item whole
    text = "支出合计300万元，其中：基本支出200万元；项目支出100万元，比上年增加20万元，主要是新增项目。"
    assert _rule(text, "N-SUM") == []


def test_a_counts_own_rate_may_stand_between_it_and_its_amount():
    text = ("全州接待游客1616.87万人次，同比增长31.18%，实现旅游收入{}亿元，同比增长40.38%。其中，兴义市接待游客860.28万人次，"
            "同比增长31.12%，实现旅游收入87.70亿元，同比增长41.89%；兴仁市接待游客756.59万人次，同比增长32.49%，"
            "实现旅游收入43.28亿元，同比增长33.64%。")
    assert _rule(text.format("130.98"), "N-SUM") == []
    [f] = _rule(text.format("120.98"), "N-SUM")
    assert f.severity == "error" and "130.98亿元" in f.message
    # an average after the count is not the amount of the things counted
    avg = ("全州接待游客1616.87万人次，人均消费810元，其中，兴义市接待游客860.28万人次，人均消费1020元；"
           "兴仁市接待游客756.59万人次，人均消费570元。")
    assert _rule(avg, "N-SUM") == []


_INDUSTRY = ("一季度，全市规模以上工业增加值同比增长9.6%，比全国高3.1个百分点。其中采矿业增加值同比增长14.4%，"
             "对全市工业增长的贡献率109.7%，上拉全市工业增加值增速10.6个百分点；电力、热力、燃气及水生产和供应业增加值"
             "同比增长6.4%，占比为4.6%，上拉全市工业增加值增速0.3个百分点。")


def test_percentage_points_are_no_share_and_no_whole():
    # a gap of two rates is neither the amount of a share written after it nor a whole of the items after it
    assert [f for f in found(_INDUSTRY) if f.rule in ("N-SHARE", "N-SUM")] == []
    # amounts keep their shares
    [f] = _rule("全市工业增加值120亿元，其中采矿业增加值60亿元，占比为40%。", "N-SHARE")
    assert f.severity == "error" and "50.00%" in f.message


_COUNTIES = ("累计到位资金{a}亿元，核拨资金{h}亿元、核拨率{r}，实际支付资金{p}亿元。其中：甲市到位资金6.02亿元，核拨资金5.59亿元，"
             "实际支付资金5.55亿元；乙县到位资金8.20亿元，核拨资金7.46亿元，实际支付资金7.46亿元；丙县到位资金1.84亿元，"
             "核拨资金1.67亿元，实际支付资金1.59亿元；丁县到位资金1.38亿元，核拨资金1.27亿元，实际支付资金1.22亿元。")


def test_each_measure_the_sentence_before_names_is_broken_down_by_the_items():
    assert _rule(_COUNTIES.format(a="17.44", h="15.99", r="91.68%", p="15.82"), "N-SUM") == []
    # the 到位 of the same four adds up exactly: they are every county, so 支付 falling short is an error
    [f] = _rule(_COUNTIES.format(a="17.44", h="15.99", r="91.68%", p="16.82"), "N-SUM")
    assert f.severity == "error" and "15.82亿元" in f.message
    # 核拨 and 支付 adding up prove nothing of 到位: a county left out may have received money and passed on none
    assert all(f.severity == "warning" for f in _rule(_COUNTIES.format(a="17.87", h="15.99", r="89.48%", p="15.82"), "N-SUM"))
    # no other measure adds up either: the four may be some of the counties only
    assert _rule(_COUNTIES.format(a="17.87", h="16.99", r="95.08%", p="16.82"), "N-SUM") == []
    # over its whole is an error whatever the others do
    [f] = _rule(_COUNTIES.format(a="17.04", h="16.99", r="99.71%", p="16.82"), "N-SUM")
    assert f.severity == "error" and "17.44亿元" in f.message


def test_items_not_stating_every_measure_leave_it_unread():
    text = ("累计到位资金17.87亿元，核拨资金15.99亿元。其中：甲市到位资金6.02亿元，核拨资金5.59亿元；乙县到位资金8.20亿元；"
            "丙县核拨资金1.67亿元。")
    assert _rule(text, "N-SUM") == []


_INCOMES = ("本年收入合计521.49万元，占总收入99.90%，包括财政拨款收入494.34万元，占{};其他收入27.14万元，占5.20%。")


def test_bare_shares_of_parts_may_be_of_the_whole_their_whole_is_a_share_of():
    # 494.34 ÷ (521.49 ÷ 99.90%) = 94.70 %: the writer took every share of 总收入
    assert _rule(_INCOMES.format("94.70%"), "N-SHARE") == []
    assert _rule(_INCOMES.format("94.79%"), "N-SHARE") == []     # of 本年收入合计 itself
    [f] = _rule(_INCOMES.format("93.70%"), "N-SHARE")              # of neither
    assert f.severity == "error"


def test_a_part_with_its_rate_of_the_whole_closes_the_list_before_a_statement_of_its_own():
    text = ("本年度河流水质总体情况较好。共对16个（对有二级区的一级区只计二级区个数）河流水功能区进行了评价，其中，"
            "水质达标的功能区有12个，达标率为75.0%；对11个水库水功能区进行了评价，9个水库达标，达标率为81.8%。")
    assert _rule(text, "N-SUM") == []
    # the next item's rate made of nothing of its own (a wrong part's share): the list goes on, and is over
    [f] = _rule("本年支出合计766.4万元，其中：基本支出465.33万元，占60.71%；项目支出311.07万元，占39.29%。", "N-SUM")
    assert f.severity == "error" and "776.4万元" in f.message
