"""The clause-level structure and the bindings of the narrative checks: each behaviour fires on a
short sentence in the style of published reports, and stays silent where it should."""

import subprocess
import sys
from pathlib import Path


from perfxl.narrative.figures import extract_figures

from perfxl.narrative.structure import view_of
from .narrative_helpers import doc, errors, found

ROOT = Path(__file__).resolve().parent.parent


def fig(text, literal):
    return next(f for f in extract_figures(text) if f.text == literal)


# -- 其中 scopes ----------------------------------------------------------------------

def test_comma_list_ends_at_the_semicolon():
    ok = "全县完成政府性基金收入969万元，其中国有土地使用权出让收入866万元，配套费收入35万元，污水处理费收入68万元；完成政府性基金支出4093万元。"
    assert found(ok, {"N-SUM"}) == []
    bad = ok.replace("68万元", "98万元")
    f, = errors(bad, {"N-SUM"})
    assert f.narrative[0].text == "969万元" and len(f.narrative) == 4


def test_semicolon_list_keeps_one_part_per_item():
    ok = "公务用车购置及运行费决算1618万元，其中：公务用车购置费决算414万元，比上年增长7.5%；公务用车运行费决算1204万元，比上年下降3.9%。"
    assert found(ok, {"N-SUM"}) == []
    assert [p.text for p in doc(ok).lists[0].parts] == ["414万元", "1204万元"]
    assert len(errors(ok.replace("1204万元", "1304万元"), {"N-SUM"})) == 1


def test_list_going_on_past_its_parts_is_another_reading():
    ok = ("全区一般公共预算收入累计完成316580万元，其中：税收收入累计完成238998万元，增长9.7%；非税收入累计完成77582万元；"
          "政府性基金预算收入1616万元；国有资本经营收入1868万元。")
    assert found(ok, {"N-SUM"}) == []
    assert len(errors(ok.replace("77582万元", "87582万元"), {"N-SUM"})) == 1


def test_nested_bracket_list_is_not_counted_twice():
    ok = "“三公”经费41万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费21万元（公务用车购置费0万元、公务用车运行维护费21万元），公务接待费20万元。"
    assert found(ok, {"N-SUM"}) == []
    lists = {pl.total.text: [p.text for p in pl.parts] for pl in doc(ok).lists}
    assert lists["41万元"] == ["0万元", "21万元", "20万元"]
    assert len(errors(ok.replace("公务接待费20万元", "公务接待费30万元"), {"N-SUM"})) == 1


def test_qizhong_opening_the_next_sentence_belongs_to_the_total_right_before():
    bad = "完成收入为4997.17万元。其中：一般公共预算财政拨款收入3965.55万元，政府性基金收入68.2万元，其他收入1031.61万元。"
    f, = errors(bad, {"N-SUM"})
    assert "68.2万元" in f.cause
    far = "完成收入为4997.17万元，比上年增长3%，主要是税收增加。其中：一般公共预算财政拨款收入3965.55万元，其他收入1031.61万元，基金68.2万元。"
    assert errors(far, {"N-SUM"}) == []   # not right before it: which total is meant is not certain


def test_list_on_the_lines_after_qizhong():
    text = ("基本支出 911000.39 元,其中:\n人员经费 809961.19 元,主要包括:基本工资。\n公用经费 71339.2 元,主要包括:办公费。\n"
            "六、其他说明\n")
    f, = errors(text, {"N-SUM"})
    assert f.narrative[0].text == "911000.39 元"   # 人员经费 and 公用经费 are all of 基本支出
    ok = text.replace("911000.39", "881300.39")
    assert found(ok, {"N-SUM"}) == []


def test_a_partial_list_is_not_a_missing_part():
    assert found("收入合计100万元，其中：拨款50万元，专项收入30万元。", {"N-SUM"}) == []
    assert [f.severity for f in found("收入合计100万元，其中：拨款50万元，其他收入30万元。", {"N-SUM"})] == ["warning"]


def test_increase_and_decrease_are_changes_not_parts():
    ok = "全年收入500万元，其中：税收收入300万元，增收20万元；非税收入200万元，减收10万元。"
    assert found(ok, {"N-SUM"}) == []
    assert [p.text for p in doc(ok).lists[0].parts] == ["300万元", "200万元"]


# -- comparison frames ---------------------------------------------------------------

def test_change_against_a_written_base():
    ok = "“三公”经费预算总额为1969万元，较2024年的2190万元减少221万元，下降10.1%。"
    assert found(ok, {"N-CHANGE"}) == []
    f, = errors(ok.replace("10.1%", "12.1%"), {"N-CHANGE"})
    assert "2190万元" in f.message and f.narrative[2].text == "1969万元"
    assert fig(ok, "2190万元").role == "base"


def test_change_without_the_current_figure_in_its_sentence_is_not_bound():
    text = ("减少了“三公”经费342.74万元，其中公务用车购置及运行维护费308.87万元。"
            "如果剔除这一因素，“三公”经费仍然减少了933.78万元，下降了16.64%。")
    assert found(text, {"N-CHANGE"}) == []
    bad = "“三公”经费41万元，较上年减少19万元，下降43.78%。"
    f, = errors(bad, {"N-CHANGE"})
    assert 31 < f.expected < 32.5 and f.narrative[2].text == "41万元"


def test_previous_year_printed_in_the_text_unit():
    f, = found("项目支出 116433.12 元，同比增加 16803.36 元，增长 14.43%。", {"N-CHANGE"})
    assert "99629.76元" in f.message and "e+" not in f.message


def test_change_inside_a_bracket_list_is_not_the_current_figure():
    ok = "三公经费实际支出12.36万元（公务接待0.12万元，公务用车12.24万元），比上年减少8.12万元，比上年减少39.65%。"
    assert found(ok, {"N-CHANGE"}) == []
    f, = errors(ok.replace("39.65%", "29.65%"), {"N-CHANGE"})
    assert f.narrative[2].text == "12.36万元"


# -- shares -------------------------------------------------------------------------

def test_paired_lists_bind_element_wise():
    ok = ("全年全国政府采购规模为33067.0亿元。中央预算单位、地方预算单位的政府采购规模分别为2666.3亿元和30400.7亿元，"
          "占全国政府采购规模的8.1%和91.9%。")
    assert found(ok, {"N-SHARE"}) == []
    f, = errors(ok.replace("8.1%", "9.1%"), {"N-SHARE"})
    assert f.narrative[1].text == "2666.3亿元" and f.narrative[2].text == "33067.0亿元"


def test_share_of_a_named_whole_uses_the_document_table():
    bad = "全区一般公共预算支出1091.71亿元，同比增长10.1%；其中民生支出完成868.04亿元，民生支出占一般公共预算支出的比重达79.1%。"
    f, = errors(bad, {"N-SHARE"})
    assert "1091.71亿元" in f.message and "79.51%" in f.message
    assert found(bad.replace("79.1%", "79.5%"), {"N-SHARE"}) == []


def test_share_of_an_unnamed_whole_is_not_an_error():
    text = "项目支出预算 48100 元，占支出总预算的 4.43%。其中：文化支出 850088.3 元，占支出总预算 78.33%。"
    assert errors(text, {"N-SHARE"}) == []


def test_shares_of_one_unwritten_whole_adding_above_100():
    bad = "1. 基本支出 80 万元，占一般公共预算支出的 80%。\n2. 项目支出 20 万元，占一般公共预算支出的 25%。\n"
    f, = errors(bad, {"N-SHARE"})
    assert f.narrative[0].text == "25%" and "超过 100%" in f.message
    assert found(bad.replace("25%", "20%"), {"N-SHARE"}) == []


def test_shares_adding_to_100_with_one_forced():
    bad = ("项目支出 4 万元。其中：\n(一)教育支出 60 万元，占支出总预算 60.00%。\n(二)卫生支出 30 万元，占支出总预算 30.00%。\n"
           "(三)住房支出 9 万元，占支出总预算 10.00%。\n")
    f, = errors(bad, {"N-SHARE"})
    assert f.narrative[0].text == "10.00%"
    ok = bad.replace("住房支出 9 万元", "住房支出 10 万元")
    assert found(ok, {"N-SHARE"}) == []


# -- extraction ----------------------------------------------------------------------

def test_space_before_the_unit():
    f = fig("公务接待费6.12 万元。", "6.12 万元")
    assert f.unit == "万元" and f.value == 6.12


def test_thousands_separators():
    assert fig("收入12,345亿元。", "12,345亿元").value == 12345
    assert fig("支出1, 537.4万元。", "1, 537.4万元").value == 1537.4
    f = fig("支出4.647万元。", "4.647万元")
    assert f.value == 4.647 and f.decimals == 3


def test_traditional_script_keeps_offsets():
    text = "本年支出合計434.16萬元，年末結轉和結餘0.55萬元。"
    f = fig(text, "434.16萬元")
    assert f.unit == "万元" and text[f.start:f.end] == "434.16萬元"
    assert len(view_of(text)) == len(text)


def test_year_with_a_space():
    assert fig("2024 年支出100万元。", "100万元").year == 2024


def test_pdf_line_break_inside_a_sentence():
    text = "资本性支出 31500 元，同比增\n加21500 元，增长 215%。\n"
    assert fig(text, "21500 元").relation == "增加"
    assert "\n" not in view_of(text)[:20]


def test_list_marker_is_not_part_of_the_subject():
    assert fig("(一)文化旅游体育与传媒支出 850088.3 元。", "850088.3 元").subject == "文化旅游体育与传媒支出"


def test_thresholds_ranks_and_points_are_not_amounts():
    text = "收入10亿元以上的有3个县，排第3位，增幅下降11.6个百分点，接待275批次。"
    figs = {f.text: f for f in extract_figures(text)}
    assert figs["10亿元以上"].approximate
    assert "3位" not in figs
    assert figs["11.6个百分点"].kind == "count"
    assert figs["275批次"].kind == "count"


# -- unit slips ----------------------------------------------------------------------

def test_zero_is_never_a_unit_slip():
    text = "机构运行 1100910.5 元，其中：基本支出 1100910.5 元，项目支出0元。"
    assert found(text, {"N-UNIT-SLIP"}) == []


def test_a_text_in_yuan_is_not_a_slip():
    text = "项目支出 29700 元。商品和服务支出 29700 元。人员经费 52000 元。公用经费 29700万元。"
    assert found(text, {"N-UNIT-SLIP"}) == []
    assert len(found("三公经费预算数6.33万元。三公经费决算数6.33元。", {"N-UNIT-SLIP"})) == 1


def test_point_typed_for_a_thousands_separator():
    text = "公务用车购置及运行维护支出4.647万元。其中：公务用车购置支出1,088万元；公务用车运行维护支出3,559万元。"
    f, = found(text, {"N-UNIT-SLIP"})
    assert f.narrative[0].text == "4.647万元" and "千分位" in f.cause
    assert found(text.replace("4.647万元", "4,647万元"), {"N-UNIT-SLIP"}) == []


# -- repeats -------------------------------------------------------------------------

def test_same_name_under_another_heading_is_another_quantity():
    text = ("1. 基本支出预算 881300.39 元。其中：\n商品和服务支出预算 165247.88 元，占基本支出预算 18.75%。\n"
            "2. 项目支出 29700 元。其中：\n商品和服务支出预算 29700 元，占项目支出预算 100%。\n")
    assert found(text, {"N-REPEAT"}) == []
    same = "商品和服务支出预算 165247.88 元，主要用于办公。\n商品和服务支出预算 29700 元，主要用于印刷。\n"
    assert len(found(same, {"N-REPEAT"})) == 1


# -- size ----------------------------------------------------------------------------

def test_a_two_megabyte_report_finishes(tmp_path):
    """Linear time: a 2 MB report is checked (a generous timeout against hangs; the time is in bench/)."""
    seed = (ROOT / "workbooks" / "北山镇2023_自评报告.txt").read_text(encoding="utf-8")
    text = seed * max(1, (2 * 1024 * 1024) // len(seed.encode("utf-8")))
    report = tmp_path / "报告.txt"
    report.write_text(text, encoding="utf-8")
    code = ("import sys; from perfxl.checks.runner import run_checks; from perfxl.narrative.read import Narrative; "
            "t = open(sys.argv[1], encoding='utf-8').read(); "
            "print(len(run_checks(None, narrative=Narrative(t, 'r.txt', 'txt'))))")
    out = subprocess.run([sys.executable, "-c", code, str(report)], capture_output=True, text=True, timeout=600,
                         cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=True)
    assert int(out.stdout.strip()) > 0


def test_change_after_a_list_may_be_the_change_of_its_total():
    ok = ("事业运行经费总预算安排 37337407.64 元，其中：基本支出预算 488180.64 元，项目支出预算 36849227 元，"
          "同比增加 27125219.46 元，增长 265.6%。")
    assert errors(ok, {"N-CHANGE"}) == []
    assert len(errors(ok.replace("265.6%", "200.6%"), {"N-CHANGE"})) == 1


def test_share_of_a_whole_written_inside_it():
    ok = "1-5月，全县完成财政总收入4348万元，占年初预算10065万元的43.2%，同比下降6.5%。"
    assert found(ok, {"N-SHARE"}) == []
    f, = errors(ok.replace("43.2%", "45.2%"), {"N-SHARE"})
    assert f.narrative[1].text == "4348万元" and f.narrative[2].text == "10065万元"


def test_a_change_named_for_another_item_is_not_bound_to_the_nearest_figure():
    text = "税收收入300万元，非税收入减少20万元，下降10%。"
    assert found(text, {"N-CHANGE"}) == []   # 非税收入 this year is not written
    named = "非税收入200万元，主要是罚没收入，与上年相比，非税收入减少20万元，下降20%。"
    f, = errors(named, {"N-CHANGE"})
    assert f.narrative[2].text == "200万元"
    assert found(named.replace("下降20%", "下降9.1%"), {"N-CHANGE"}) == []


def test_a_rate_of_another_comparison_or_item_is_not_this_change():
    assert found("三公经费41万元，比上年减少19万元，比年初预算下降2.2%。", {"N-CHANGE"}) == []
    assert found("一般公共预算收入500万元，比上年增加50万元，其中税收增长5%。", {"N-CHANGE"}) == []
    assert len(errors("一般公共预算收入500万元，比上年增加50万元，增长5%。", {"N-CHANGE"})) == 1


def test_a_figure_of_last_year_in_the_sentence_is_the_base():
    ok = "2023年三公经费100万元，2022年三公经费80万元，增加20万元，增长25%。"
    assert found(ok, {"N-CHANGE"}) == []
    f, = errors(ok.replace("25%", "20%"), {"N-CHANGE"})
    assert f.narrative[2].text == "100万元" and "80万元" in f.message
    ok2 = "本年支出100万元，上年支出80万元，增加20万元，增长25%。"
    assert found(ok2, {"N-CHANGE"}) == []


def test_a_rate_on_another_basis_is_not_checked():
    text = "一般公共预算收入500万元，比上年增加50万元，同口径增长8%。"
    assert found(text, {"N-CHANGE"}) == []
    assert len(errors(text.replace("同口径增长8%", "增长8%"), {"N-CHANGE"})) == 1


def test_an_unnamed_change_far_from_its_figure_is_not_bound():
    far = "公务用车运行费1116.14万元，主要用于公务用车燃油、维修、保险等方面支出，年末公务用车保有量404辆，比上年减少596.98万元，下降39.8%。"
    assert found(far, {"N-CHANGE"}) == []
    named = far.replace("比上年减少", "与上年相比，公务用车运行费减少")
    f, = errors(named, {"N-CHANGE"})
    assert f.narrative[2].text == "1116.14万元"


def test_a_level_reached_is_not_a_change():
    figs = {f.text: f for f in extract_figures("支出从3000万元增加到5000万元，增长66.7%。")}
    assert figs["3000万元"].role == "base" and figs["5000万元"].relation is None
    assert found("一般公共预算支出增加到5000万元，比上年增加200万元，增长4.2%。", {"N-CHANGE"}) == []
    assert len(errors("一般公共预算支出增加到5000万元，比上年增加200万元，增长8.2%。", {"N-CHANGE"})) == 1


def test_duo_and_shao_alone_are_not_changes():
    assert fig("多措并举筹措资金200万元。", "200万元").relation is None
    assert fig("至少需要20万元。", "20万元").relation is None
    assert fig("比上年多支出2万元。", "2万元").relation == "增加"


def test_jiao_and_yu_alone_are_not_comparisons():
    assert fig("增长较快的项目支出3000万元。", "3000万元").relation is None
    assert fig("同时安排工资与津贴500万元，增加了人员经费。", "500万元").role is None
    assert fig("较2024年的2190万元减少221万元。", "2190万元").role == "base"
    assert fig("与上年预算300万元相比，减少20万元。", "300万元").role == "base"


# -- N-CHANGE: which figure changed, and every plausible reading ----------------------

def test_the_budget_a_rate_is_of_is_not_the_figure_that_changed():
    ok = "一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。"
    assert found(ok, {"N-CHANGE"}) == []
    f, = errors(ok.replace("下降4.2%", "下降9.2%"), {"N-CHANGE"})
    assert "24627万元" in f.message and "25697万元" in f.message


def test_a_figure_named_in_an_earlier_sentence_may_be_the_base():
    ok = ("2021年度公务接待12.39万元,公务用车运行费用7.73万元。2022年度预算较2021年度增加1.68万元,"
          "其中公务接待较上年同期减少0.58万元,减少4.68%。公务用车运行费用较上年同期增加2.27万元,增长29.37%。")
    assert found(ok, {"N-CHANGE"}) == []
    bad = ok.replace("减少4.68%", "减少6.68%")
    f, = found(bad, {"N-CHANGE"})
    assert f.severity == "warning" and "若前文" in f.message and "4.68%" in f.message


def test_a_change_with_two_candidate_figures_is_a_warning_at_most():
    ok = "收入24627万元，支出30000万元，比上年减收1070万元，下降4.2%。"
    assert found(ok, {"N-CHANGE"}) == []
    f, = found(ok.replace("下降4.2%", "下降9.2%"), {"N-CHANGE"})
    assert f.severity == "warning" and "句中另有 24627万元" in f.message


def test_a_written_base_holds_by_the_two_figures_or_by_the_change():
    # 30 − 35 = −5, 5/35 = 14.29 %
    ok = "2023年三公经费决算数为30万元，比预算数35万元减少5万元，下降14.3%。"
    assert found(ok, {"N-CHANGE"}) == []
    # the change written rounded (2万元) while the rate is of the figures: (31.6 − 29.4)/29.4 = 7.48 %
    assert found("本年支出31.6万元，比上年29.4万元增加2万元，增长7.48%。", {"N-CHANGE"}) == []
    f, = errors("本年支出31.6万元，比上年29.4万元增加2万元，增长9.5%。", {"N-CHANGE"})
    assert "29.4万元" in f.message


# -- a list closed by its own 合计 ---------------------------------------------------------

def test_a_closing_total_is_the_sum_of_the_list_not_a_part():
    ok = "实际完成的预算收入4087万元,为2020年度的103.4%。其中国税1986万元,非税收入16万元,上级拨款2085万元,合计4087万元。"
    assert found(ok, {"N-SUM"}) == []
    bad = ok.replace("合计4087万元", "合计3988万元").replace("收入4087万元", "收入3988万元")
    f, = errors(bad, {"N-SUM"})
    assert f.narrative[0].text == "3988万元" and f.narrative[0].start == bad.rindex("3988万元")
    assert "4087万元" in f.message and len(f.narrative) == 4
    # under as well as over: the writer added these very parts
    f, = errors(ok.replace("合计4087万元", "合计4187万元"), {"N-SUM"})
    assert "4087万元" in f.message


def test_a_closing_total_needs_two_parts_before_it():
    ok = "全年收入500万元，其中国税300万元，合计300万元。"
    assert errors(ok, {"N-SUM"}) == []


# -- the changes of the parts and the change of their total --------------------------------

SANGONG_CHANGES = ("2017年三公经费支出1360.13万元，比上年减少支出613.80万元。具体情况如下：\n"
                   "（一）因公出国（境）费22.00万元，与2016年相比，因公出国（境）经费支出减少28.23万元。\n"
                   "（二）公务用车购置费34.71万元，与2016年相比，公务用车购置费减少79.4万元。\n"
                   "（三）公务用车运行费1116.14万元，与2016年相比，公务用车运行费减少506.98万元。\n"
                   "（四）公务接待费221.98万元，与2016年相比，公务接待费支出增加1.36万元。\n")


def test_part_changes_of_a_complete_list_add_up_to_the_total_change():
    # −28.23 − 79.4 − 506.98 + 1.36 = −613.25 ≠ −613.80, every 三公 item with its change
    f, = errors(SANGONG_CHANGES, {"N-SUM"})
    assert f.narrative[0].text == "613.80万元" and "减少 613.25万元" in f.message
    assert found(SANGONG_CHANGES.replace("506.98", "507.53"), {"N-SUM"}) == []


def test_part_changes_with_a_part_without_its_change_give_a_warning():
    text = ("三公经费决算支出数为1165.08万元,按同口径同比减少63.96万元,下降5.2%。其中:因公出国(境)费支出0万元。"
            "公务用车购置费支出204.78万元,同比减少54.2万元;公务用车运行维护费支出664.60万元,同比增加53.81万元。"
            "公务接待费支出295.70万元,同比减少60.14万元。")
    f, = found(text, {"N-SUM"})
    assert f.severity == "warning" and "按因公出国(境)费支出未变计" in f.message
    assert "三公经费决算支出数比上年减少63.96万元" in f.message
    assert found(text.replace("63.96", "60.53").replace("5.2%", "4.9%"), {"N-SUM"}) == []


def test_part_changes_of_an_incomplete_list_only_when_they_exceed_the_total():
    text = ("2020年度“三公”经费较上年减少15.29万元,较年初预算数减少0.04万元。其中:公务用车购置及运行维护费较上年减少2.90万元,"
            "较年初预算数减少0.04万元;公务接待费较上年减少12.39万元,较年初预算数减少0.04万元。")
    f, = found(text, {"N-SUM"})
    assert f.severity == "warning" and f.narrative[0].start == text.index("0.04万元") and "减少 0.08万元" in f.message
    # parts that change less than the total: another, unnamed part may explain the rest
    assert found(text.replace("减少15.29万元", "减少16.29万元").replace("减少0.04万元。其中", "减少0.09万元。其中"),
                 {"N-SUM"}) == []


def test_a_part_with_a_rate_but_no_change_amount_is_not_taken_as_unchanged():
    text = ("“三公”经费支出决算数比2021年增加231,448.10元,增长145.87%。其中:因公出国(境)费支出决算增加0元,增长0%;"
            "公务用车购置及运行费支出决算174,732.10元,增长176.55%;公务接待费支出决算增加56,716.00元,增长95.00%。")
    assert found(text, {"N-SUM"}) == []


def test_identical_parts_are_each_counted():
    ok = ("本项目共完成预算资金89.99万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;"
          "29.99万元用于基建工程项目设计、规划、测绘。")
    assert found(ok, {"N-SUM"}) == []
    # collapsed into 30 + 29.99 the parts would be under 79.99 and this would stay silent
    f, = errors(ok.replace("89.99万元", "79.99万元"), {"N-SUM"})
    assert "89.99万元" in f.message


def test_a_rate_written_as_jiangfu_or_fudu_is_the_rate_of_the_change():
    for said in ("降幅为", "下降幅度为", "降幅"):
        ok = f"三公经费支出45万元，比上年减少5万元，{said}10%。"
        assert found(ok, {"N-CHANGE"}) == [], said
        f, = errors(ok.replace("10%", "20%"), {"N-CHANGE"})
        assert "10.00%" in f.message


def test_a_change_amount_right_after_its_rate():
    ok = "一般公共预算收入完成12.5亿元，同比增长8.3%，增收0.96亿元。"
    assert found(ok, {"N-CHANGE"}) == []
    f, = errors(ok.replace("8.3%", "9.3%"), {"N-CHANGE"})
    assert "11.54亿元" in f.message and "8.32%" in f.message
    # a change of another item, or one with its own rate, is not this rate's change
    assert found("一般公共预算收入完成12.5亿元，同比增长9.3%，其中税收增收0.96亿元。", {"N-CHANGE"}) == []
    assert found("收入完成12.5亿元，同比增长9.3%，增收0.96亿元，增长8.3%。", {"N-CHANGE"}) == []


def test_zengshou_alone_is_not_an_item_name():
    f, = errors("一般公共预算收入完成12.5亿元，增收0.96亿元，增长9.3%。", {"N-CHANGE"})
    assert "一般公共预算收入" in f.message


NESTED_CHANGES = ("2023年三公经费支出100.00万元，比上年减少30.00万元。其中：因公出国（境）费0万元，比上年减少5.00万元；"
                  "公务用车购置及运行维护费60.00万元，比上年减少20.00万元，其中公务用车购置费10.00万元，比上年减少8.00万元，"
                  "公务用车运行维护费50.00万元，比上年减少12.00万元；公务接待费40.00万元，比上年减少5.00万元。")


def test_a_nested_list_of_changes_is_not_counted_twice():
    assert found(NESTED_CHANGES, {"N-SUM"}) == []
    # the outer list: 5 + 20 + 6 = 31 ≠ 30, every item with its change: an error on the total's change
    f, = errors(NESTED_CHANGES.replace("减少5.00万元。", "减少6.00万元。"), {"N-SUM"})
    assert f.narrative[0].text == "30.00万元" and "减少 31万元" in f.message
    # the inner list: 8 + 14 ≠ 20, a warning (its list is not known to be complete)
    f, = found(NESTED_CHANGES.replace("减少12.00万元", "减少14.00万元"), {"N-SUM"})
    assert f.severity == "warning" and f.narrative[0].text == "20.00万元"


def test_an_inline_list_of_changes_ends_with_its_sentence_unless_the_next_item_continues_it():
    ok = ("一般公共预算收入完成5.6亿元，增收0.5亿元。其中：税收收入3.2亿元，增收0.3亿元；非税收入2.4亿元，增收0.2亿元。"
          "一般公共预算支出完成12.3亿元，增支1.1亿元。")
    assert found(ok, {"N-SUM"}) == []  # 支出 is a new total, not a third part
    f, = errors(ok.replace("增收0.2亿元", "增收0.4亿元"), {"N-SUM"})
    assert "一般公共预算收入比上年增加0.5亿元" in f.message and "增加 0.7亿元" in f.message
