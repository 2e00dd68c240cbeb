"""N-CHANGE parts_rate: the whole's and the parts' rates must be plain rates of the figures written, of one base."""

from __future__ import annotations

from tests.narrative_helpers import found


def _rule(text, rule):
    return [f for f in found(text) if f.rule == rule]


# last year: 58949/1.043 + 42416/1.139 + 10508/0.957 = 104738.6, so the whole's rate is at most 6.86 %
_PARTS = "其中:铁路58949万人次,{}4.3%;公路42416万人次,增长13.9%;水路10508万人次,下降4.3%。"


def test_a_wholes_rate_of_another_measure_named_between_is_not_weighed():
    # "旅客周转量" named between the count and the rate: the rate is of the turnover, not of the count
    assert _rule("全年发送旅客111873万人次,旅客周转量比上年增长11.8%。" + _PARTS.format("增长"), "N-CHANGE") == []
    # a part's rate of another measure ("当月" within a year-to-date list) leaves the reading out too
    assert _rule("全年发送旅客111873万人次,比上年增长11.8%。" + _PARTS.format("当月增长"), "N-CHANGE") == []
    # only a base and the verb between: the rate is the count's own, and 11.8% is above 6.86%
    [f] = _rule("全年发送旅客111873万人次,比上年增长11.8%。" + _PARTS.format("增长"), "N-CHANGE")
    assert f.severity == "error" and "6.86%" in f.message


_DEPOSITS = ("年末各项存款余额111873万元,{}增长11.8%。其中:住户存款58949万元,{}增长4.3%;企业存款42416万元,{}增长13.9%;"
             "机关存款10508万元,{}下降4.3%。")


def test_rates_of_different_bases_are_not_weighed_together():
    # the whole year on year, the parts against the start of the year: no common last year
    assert _rule(_DEPOSITS.format("同比", "比年初", "比年初", "比年初"), "N-CHANGE") == []
    assert _rule(_DEPOSITS.format("比年初", "同比", "", ""), "N-CHANGE") == []
    # one base named, or the same base named on every rate: weighed as before
    [f] = _rule(_DEPOSITS.format("同比", "比去年同期", "", ""), "N-CHANGE")
    assert f.severity == "error" and "6.86%" in f.message
    [f] = _rule(_DEPOSITS.format("比年初", "", "", ""), "N-CHANGE")
    assert f.severity == "error"
    [f] = _rule(_DEPOSITS.format("比年初", "比年初", "比年初", "比年初"), "N-CHANGE")
    assert f.severity == "error"


_POWER = ("全社会用电量228390万千瓦时,{}增长8.9%{}。其中:工业用电63359万千瓦时,{}增长1.5%;居民用电83559万千瓦时,下降3.2%;"
          "商业用电81472万千瓦时,增长14.8%。")


def test_a_named_year_is_a_base_of_its_own():
    # last year: 63359/1.015 + 83559/0.968 + 81472/1.148 = 219712.6, so at most 4.00 % over last year
    assert _rule(_POWER.format("比2020年", "", "比上年"), "N-CHANGE") == []
    assert _rule(_POWER.format("同比", "", "比2022年"), "N-CHANGE") == []
    # the same year named on both: weighed
    [f] = _rule(_POWER.format("比2022年", "", "比2022年"), "N-CHANGE")
    assert f.severity == "error" and "4.00%" in f.message
    [f] = _rule(_POWER.format("比上年", "", ""), "N-CHANGE")
    assert f.severity == "error" and "4.00%" in f.message


def test_a_rate_on_a_named_caliber_or_net_of_a_factor_is_not_weighed():
    # the whole's rate on its natural caliber, or another rate net of a factor next to it: the parts' rates may be
    # on the other footing
    assert _rule(_POWER.format("", "(自然口径)", ""), "N-CHANGE") == []
    assert _rule(_POWER.format("", ",剔除留抵退税因素后增长3.9%", ""), "N-CHANGE") == []
    assert _rule(_POWER.format("", ",扣除价格因素后增长3.9%", ""), "N-CHANGE") == []
    # nothing of the kind named: weighed
    [f] = _rule(_POWER.format("", "", ""), "N-CHANGE")
    assert f.severity == "error" and "8.9%" in f.message


def test_an_amount_paid_to_heads_that_changed_is_a_change_too():
    # "较上年决算数增加312人次,172.21万元": the amount is the change of the money, never a whole a share is of
    text = ("2022年度收入总计944.21万元,支出总计944.21万元。2022年度收入合计941.33万元,较上年决算数增加312人次,172.21万元,"
            "增长22.4%,主要原因是人员工资调标。其中:财政拨款收入941.33万元,占100%;年初结转和结余2.88万元。")
    assert [f for f in found(text) if f.severity == "error"] == []
    # read as the change, it is weighed with its rate: 172.21 over 941.33 − 172.21 is 22.39 %, not 12.4 %
    [f] = _rule("发放资金941.33万元,较上年增加312人次,172.21万元,增长12.4%。", "N-CHANGE")
    assert f.severity == "error" and "22.39%" in f.message
    assert _rule("发放资金941.33万元,较上年增加312人次,172.21万元,增长22.4%。", "N-CHANGE") == []


def test_shares_each_of_amounts_led_by_heads_pair_with_the_amounts():
    # "初中47人,18800元,小学163人,65200元,分别占…": the heads lead each item; the shares are of the amounts in order
    text = "发放资金共计84000元,其中初中47人,18800元,小学163人,65200元,分别占{}%和{}%。"
    assert _rule(text.format("22.38", "77.62"), "N-SHARE") == []
    assert _rule(text.format("22.4", "77.6"), "N-SHARE") == []
    # (both shares are wrong, and the second, listed after 分别占 with no words of its own, is checked too)
    f, g = _rule(text.format("32.4", "67.6"), "N-SHARE")
    assert f.severity == "error" and "18800元" in f.message and "22.38%" in f.message
    assert g.severity == "error" and "65200元" in g.message and "77.62%" in g.message


def test_digits_grouped_by_spaces_before_energy_and_volume_units_are_one_figure():
    # "1 570万千瓦时" (a thousands space, as PDFs print it) is 1570, not 570
    assert _rule("全年用电10 851.8万千瓦时,同比增加1 570万千瓦时,增长16.9%。", "N-CHANGE") == []
    assert _rule("全年供水10 851.8万立方米,同比增加1 570万立方米,增长16.9%。", "N-CHANGE") == []
    [f] = _rule("全年用电10 851.8万千瓦时,同比增加1 570万千瓦时,增长26.9%。", "N-CHANGE")
    assert f.severity == "error" and "16.91%" in f.message


def test_a_fall_written_as_a_negative_rise_holds():
    # "比上年增加-46000元" (a table's signed difference): 16000 − 62000 is −46000, as written
    assert _rule("2022年资助资金62000元;2023年资助资金16000元,比上年增加-46000元。", "N-CHANGE") == []
    assert _rule("2022年资助资金62000元;2023年资助资金96000元,比上年减少-34000元。", "N-CHANGE") == []
    # a signed difference that does not hold is still an error
    [f] = _rule("2022年资助资金62000元;2023年资助资金16000元,比上年增加-45000元。", "N-CHANGE")
    assert f.severity == "error"
    [f] = _rule("2022年资助资金62000元;2023年资助资金96000元,比上年减少-24000元。", "N-CHANGE")
    assert f.severity == "error"


def test_a_rate_against_last_years_final_accounts_is_the_figures_own():
    # "较上年决算数增长": last year's final figure is the base, no other measure named
    text = ("支出合计111873万元,较上年决算数增长{}%。其中:基本支出58949万元,较上年决算数增长4.3%;项目支出42416万元,"
            "较上年决算数增长13.9%;上缴上级支出10508万元,较上年决算数下降4.3%。")
    [f] = _rule(text.format("11.8"), "N-CHANGE")
    assert f.severity == "error" and "6.86%" in f.message
    assert _rule(text.format("6.8"), "N-CHANGE") == []
    # real growth ("实际增长") is another measure than the figures written: not weighed
    assert _rule(text.format("11.8").replace("较上年决算数增长11.8", "实际增长11.8"), "N-CHANGE") == []


def test_a_list_after_an_average_breaks_down_the_whole_written_before_it():
    # "全年供水量2.6亿立方米,日均供水71.2万立方米,其中…": the day's average is no whole of the year's parts
    text = "全年供水量2.6亿立方米,日均供水71.2万立方米,其中居民生活用水1.5亿立方米,占{}%。"
    assert [f for f in found(text.format("57.7")) if f.severity == "error"] == []
    [f] = _rule(text.format("67.7"), "N-SHARE")
    assert f.severity == "error" and "2.6亿立方米" in f.message and "57.69%" in f.message  # 1.5 ÷ 2.6 as written
    assert _rule("全县年用水总量1.2亿立方米,人均用水量450立方米,其中农业用水8000万立方米,工业用水2500万立方米,"
                 "生活用水1500万立方米。", "N-SUM") == []
    [f] = _rule("全年发放资金84000元,人均400元,其中初中28800元,小学65200元。", "N-SUM")
    assert f.severity == "error" and "84000元" in f.message
    # an average alone in its sentence is the whole of its own list (per-capita income by source)
    [f] = _rule("全县居民人均可支配收入32000元,其中工资性收入18000元,经营净收入9000元,财产净收入2000元,转移净收入4000元。",
                "N-SUM")
    assert f.severity == "error"


def test_a_large_sum_of_counts_is_never_printed_in_scientific_notation():
    [f] = _rule("全年用水10000万立方米,其中农业用水8000万立方米,工业用水2500万立方米。", "N-SUM")
    assert "10500万立方米" in f.message and "e+" not in f.message + (f.cause or "")
    # smaller sums print as before
    [f] = _rule("全县人口500万人,其中农业人口300万人,城镇人口250万人。", "N-SUM")
    assert "550万人" in f.message
