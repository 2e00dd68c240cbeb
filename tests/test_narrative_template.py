"""The 部门决算说明 template every department writes (财政部's outline: 收入支出总体情况, 财政拨款, 一般公共预算
财政拨款支出 总体/结构/具体情况, 基本支出, “三公”经费, 机关运行经费, 政府采购, 国有资产, 绩效管理), filled in
consistently (tests/data/template/bumen_juesuan_shuoming.txt, every relation verified by hand): it draws no error
and no warning; one figure changed so that a relation fails draws an error of the rule concerned. The same for
a 部门整体支出绩效自评报告 (tests/data/template/zhengti_zhichu_ziping.txt), the report this tool is for."""

from pathlib import Path

import pytest

from tests.narrative_helpers import found

TEXT = (Path(__file__).resolve().parent / "data" / "template" / "bumen_juesuan_shuoming.txt").read_text(encoding="utf-8")

# (as written, changed to, the rules whose error the change must draw)
BROKEN = [
    ("各增加130.00万元，增长13.00%", "各增加130.00万元，增长15.00%", ["N-CHANGE"]),
    ("2.上年结转结余收入50.00万元", "2.上年结转结余收入60.00万元", ["N-SUM"]),
    ("2.年末结转和结余30.00万元", "2.年末结转和结余40.00万元", ["N-SUM"]),
    ("1.本年收入决算合计1200.00万元", "1.本年收入决算合计1180.00万元", ["N-SUM"]),
    ("各增加250.00万元，增长25.00%", "各增加250.00万元，增长20.00%", ["N-CHANGE"]),
    ("各增加250.00万元，增长25.00%", "各增加200.00万元，增长25.00%", ["N-CHANGE"]),
    ("2023年度收入、支出决算总计1250.00万元", "2023年度收入、支出决算总计1260.00万元", ["N-CHANGE"]),
    ('财政拨款收入1100.00万元，占91.67%',
     '财政拨款收入1100.00万元，占93.67%', ['N-SHARE']),
    ('其他收入40.00万元，占3.33%',
     '其他收入60.00万元，占3.33%', ['N-SHARE', 'N-SUM']),   # the parts now exceed their total too
    ('基本支出900.00万元，占73.77%',
     '基本支出900.00万元，占75.77%', ['N-SHARE']),
    ('项目支出320.00万元，占26.23%',
     '项目支出340.00万元，占26.23%', ['N-SHARE', 'N-SUM']),   # the parts now exceed their total too
    ('其中：本年财政拨款收入1100.00万元，上年结转结余30.00万元',
     '其中：本年财政拨款收入1100.00万元，上年结转结余40.00万元', ['N-SUM']),
    ('占本年支出合计的90.16%',
     '占本年支出合计的92.16%', ['N-SHARE']),
    ('一般公共服务支出600.00万元，占54.55%',
     '一般公共服务支出600.00万元，占56.55%', ['N-SHARE']),
    ('住房保障支出50.00万元，占4.55%',
     '住房保障支出70.00万元，占4.55%', ['N-SHARE', 'N-SUM']),
    ('支出决算为1100.00万元，完成年初预算的110.00%',
     '支出决算为1100.00万元，完成年初预算的112.00%', ['N-RATE']),
    ('支出决算为600.00万元，完成年初预算的120.00%',
     '支出决算为600.00万元，完成年初预算的125.00%', ['N-RATE']),
    ('基本支出880.00万元，其中：人员经费800.00万元',
     '基本支出860.00万元，其中：人员经费800.00万元', ['N-SUM']),
    ('支出决算为16.00万元，完成预算的80.00%',
     '支出决算为16.00万元，完成预算的85.00%', ['N-RATE']),
    ('支出决算为10.00万元，完成预算的83.33%',
     '支出决算为10.00万元，完成预算的85.33%', ['N-RATE']),
    ('公务接待费支出预算为8.00万元，支出决算为6.00万元',
     '公务接待费支出预算为8.00万元，支出决算为7.00万元', ['N-RATE', 'N-SUM']),
    ('公务用车购置及运行维护费支出决算10.00万元，占62.50%',
     '公务用车购置及运行维护费支出决算10.00万元，占65.50%', ['N-SHARE']),
    ('2.公务用车购置及运行维护费支出10.00万元。其中：公务用车购置支出0.00万元',
     '2.公务用车购置及运行维护费支出10.00万元。其中：公务用车购置支出2.00万元', ['N-SUM']),
    ('3.公务接待费支出6.00万元。其中：国内公务接待支出6.00万元',
     '3.公务接待费支出6.00万元。其中：国内公务接待支出7.00万元', ['N-SUM']),
    ('比2022年度增加10.00万元，增长14.29%',
     '比2022年度增加10.00万元，增长12.50%', ['N-CHANGE']),
    ('政府采购服务支出50.00万元',
     '政府采购服务支出60.00万元', ['N-SUM']),
    ('占政府采购支出总额的90.00%',
     '占政府采购支出总额的85.00%', ['N-SHARE']),
    ('占授予中小企业合同金额的50.00%',
     '占授予中小企业合同金额的45.00%', ['N-SHARE']),
    ('其他用车1辆',
     '其他用车2辆', ['N-SUM']),
]


def test_the_template_filled_in_consistently_draws_no_error_and_no_warning():
    assert [(f.rule, f.severity, f.message) for f in found(TEXT) if f.severity != "info"] == []


@pytest.mark.parametrize("written, changed, rules", BROKEN, ids=[b[:16] for _, b, _ in BROKEN])
def test_a_relation_broken_in_the_template_draws_an_error(written, changed, rules):
    assert TEXT.count(written) == 1
    got = {f.rule for f in found(TEXT.replace(written, changed)) if f.severity == "error"}
    assert got == set(rules)


# -- the 部门整体支出绩效自评报告 (the report this tool is for), filled in consistently ---------------------

REPORT = (Path(__file__).resolve().parent / "data" / "template" / "zhengti_zhichu_ziping.txt").read_text(encoding="utf-8")

REPORT_BROKEN = [
    ("自评得分95.50分", "自评得分94.50分", ["N-SUM"]),   # the dimensions' scores add up to more than the total
    ('事业编制54人',
     '事业编制64人', ['N-SUM']),
    ('退休人员42人',
     '退休人员52人', ['N-SUM']),
    ('财政拨款收入3600.00万元，占97.30%',
     '财政拨款收入3600.00万元，占96.30%', ['N-SHARE']),
    ('其他收入100.00万元，占2.70%',
     '其他收入200.00万元，占2.70%', ['N-SHARE', 'N-SUM']),
    ('基本支出3000.00万元，占82.87%；',
     '基本支出3000.00万元，占84.87%；', ['N-SHARE']),
    ('项目支出620.00万元，占17.13%',
     '项目支出720.00万元，占17.13%', ['N-SHARE', 'N-SUM']),
    ('其中人员经费2300.00万元',
     '其中人员经费2400.00万元', ['N-SHARE']),
    ('占本年支出的63.54%',
     '占本年支出的65.54%', ['N-SHARE']),
    ('公用经费700.00万元，占本年支出的19.34%',
     '公用经费700.00万元，占本年支出的20.34%', ['N-SHARE']),
    ('基础设施维护200.00万元，占32.26%',
     '基础设施维护200.00万元，占30.26%', ['N-SHARE']),
    ('安全生产专项120.00万元',
     '安全生产专项160.00万元', ['N-SHARE', 'N-SUM']),
    ('决算数为16.00万元，完成预算的80.00%',
     '决算数为16.00万元，完成预算的85.00%', ['N-RATE']),
    ('减少2.00万元，下降11.11%',
     '减少2.00万元，下降12.50%', ['N-CHANGE']),
    ('较上年决算数18.00万元减少2.00万元',
     '较上年决算数18.00万元减少3.00万元', ['N-CHANGE']),
    ('决算数为6.00万元，完成预算的75.00%',
     '决算数为6.00万元，完成预算的70.00%', ['N-RATE']),
    # (11.00 breaks the item's rate and the 三公 决算 sum too: 0.00 + 6.00 + 11.00 = 17 against 16.00)
    ('公务用车购置及运行维护费预算数为12.00万元，决算数为10.00万元',
     '公务用车购置及运行维护费预算数为12.00万元，决算数为11.00万元', ['N-RATE', 'N-SUM']),
    ('城乡社区支出5.00万元',
     '城乡社区支出8.00万元', ['N-SUM']),
    ('2023年支出合计3620.00万元',
     '2023年支出合计3720.00万元', ['N-SHARE', 'N-SUM']),
]


def test_the_self_evaluation_report_filled_in_consistently_draws_no_error_and_no_warning():
    assert [(f.rule, f.severity, f.message) for f in found(REPORT) if f.severity != "info"] == []


@pytest.mark.parametrize("written, changed, rules", REPORT_BROKEN, ids=[b[:16] for _, b, _ in REPORT_BROKEN])
def test_a_relation_broken_in_the_self_evaluation_report_draws_an_error(written, changed, rules):
    assert REPORT.count(written) == 1
    got = {f.rule for f in found(REPORT.replace(written, changed)) if f.severity == "error"}
    assert got == set(rules)
