"""The 自评报告 draft written from the tables: content, CLI, and the round trip through
``perfxl check --narrative`` (the draft restates the tables, so no N-* rule may object)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from perfxl.checks.runner import run_checks
from perfxl.cli import main
from perfxl.draft import build_draft, default_name, draft_bytes
from perfxl.draft.content import change, percent, wan
from perfxl.narrative.figures import extract_figures
from perfxl.narrative.read import Narrative, read_narrative
from perfxl.xlsx.reader import read_workbook

from . import county
from .conftest import EXAMPLE_WORKBOOK, ROOT, unchanged
from .helpers import CLEAN, read_values, with_

PLACEHOLDER = re.compile(r"【请补充：[^】]*】")


def narrative_findings(findings):
    return [f for f in findings if f.rule.startswith("N-") and f.severity in ("error", "warning")]


def round_trip(data, tmp_path: Path, name: str = "草稿.docx"):
    """Write the draft for ``data`` as .docx, read it back as a report, check it against ``data``."""
    path = tmp_path / name
    path.write_bytes(draft_bytes(data))
    narrative = read_narrative(path)
    return narrative, run_checks(data, narrative=narrative)


# -- figures as the reports write them ----------------------------------------------

def test_figures_are_written_like_the_reports():
    assert wan(2.345) == "2.35万元" and wan(6) == "6.00万元" and wan(0) == "0.00万元"
    assert percent(2998.29 / 3619.44) == "82.84%" and percent(0.125) == "12.50%"
    assert change(9.73, 9.84) == "比上年减少0.11万元、下降1.12%"
    assert change(71.42, 27.77) == "比上年增加43.65万元、增长157.18%"
    assert change(4.74, 4.74) == "与上年持平"
    assert change(3, 0) == "比上年增加3.00万元"  # no rate against a zero year


def test_default_name_from_unit_and_year():
    assert default_name("北山镇人民政府", 2023) == "北山镇人民政府_2023年部门整体支出绩效自评报告（草稿）.docx"
    assert default_name(None, None) == "本单位_部门整体支出绩效自评报告（草稿）.docx"
    assert "/" not in default_name("A/B 镇", 2023)


# -- what the draft says -------------------------------------------------------------

@pytest.fixture(scope="module")
def example():
    data, _ = read_workbook(EXAMPLE_WORKBOOK)
    return data, build_draft(data)


def test_example_restates_the_tables(example):
    _, draft = example
    text = draft.text()
    for phrase in ("编制数114人", "实际在职人数127人", "在职人员控制率111.40%", "全年预算数3630.41万元",
                   "本年支出合计3619.44万元", "预算执行率99.70%", "基本支出2998.29万元，占本年支出的82.84%",
                   "项目支出621.15万元，占本年支出的17.16%", "“三公”经费上年决算数9.84万元",
                   "本年“三公”经费预算数11.00万元", "“三公”经费决算数9.73万元，比上年减少0.11万元、下降1.12%",
                   "公务接待费预算数5.00万元，决算数4.99万元，比上年减少0.12万元、下降2.35%",
                   "自评得分99.97分，评价等级为优"):
        assert phrase in text, phrase
    headings = [b.text for b in draft.blocks if b.kind == "h1"]
    assert headings == ["一、部门（单位）基本情况", "二、部门整体支出管理及使用情况", "三、绩效目标完成情况",
                        "四、自评得分与等级", "五、存在的问题", "六、改进措施及有关建议"]
    table = next(b for b in draft.blocks if b.kind == "table")
    assert table.rows[0][:5] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]
    assert len(table.rows) == 1 + 39 and table.rows[1][2:5] == ["新增企业", "30家", "34家"]


def test_every_amount_in_the_example_draft_is_a_cell_or_computed_from_cells(example):
    """No made-up numbers: each amount outside the indicator table equals a cell's figure
    or a difference of two cells (the 比上年 changes)."""
    data, draft = example
    cells = set()
    for key, fv in data.values.items():
        n = data.number(key)
        if n is not None and data.form.fields[key].kind.name == "AMOUNT":
            cells.add(round(n, 2))
    for key in ("projects_detail.actual", "projects_detail.prev_actual"):
        for fv in data.blocks.get(key, []):
            if isinstance(fv.value, (int, float)):
                cells.add(round(fv.value, 2))
    prose = "\n".join(b.text for b in draft.blocks if b.kind != "table")
    diffs = {round(abs(a - b), 2) for a in cells for b in cells}
    for f in extract_figures(prose):
        if f.kind == "amount":
            assert round(f.value, 2) in (diffs if f.relation in ("增加", "减少") else cells), f.text


def test_missing_figures_are_left_out_or_said_to_be_missing(tmp_path):
    values = {k: v for k, v in CLEAN.items() if k not in ("全年执行数", "编制数", "公务接待费", "公车运行维护",
                                                            "公车购置", "出国经费")}
    data = read_values(values)
    text = build_draft(data).text()
    assert "编制数未填报" in text and "实际在职人数114人" in text
    assert "全年执行数未填报" in text and "预算执行率" not in text.split("三、")[0]
    assert "占本年支出" not in text  # no total, no share
    assert "“三公”经费未填报" in text


def test_a_nearly_empty_workbook_gives_no_figures(tmp_path):
    data = read_values({"单位名称": "空白镇人民政府"})
    draft = build_draft(data)
    prose = "\n".join(b.text for b in draft.blocks if b.kind != "table")
    # Only the 预算执行分值 the template itself puts in its cell (10) is a figure.
    assert [f.text for f in extract_figures(prose)] == ["10.00分"]
    assert data.number("budget.weight") == 10
    assert "自评得分未填报" in prose


def test_lists_with_qiyu_only_when_the_parts_add_up():
    ok = build_draft(read_values(CLEAN)).text()
    assert "本年支出合计3619.44万元，其中：基本支出3479.72万元" in ok
    assert "其中：公务用车购置和维护经费4.74万元" in ok
    bad = build_draft(read_values(with_(CLEAN, 基本支出=3000))).text()
    assert "按支出性质分，基本支出3000.00万元" in bad and "其中：基本支出" not in bad


def test_shortfalls_are_named_with_the_reason_or_a_placeholder():
    indicators = [list(r) for r in CLEAN["指标"]]
    indicators[1][6] = 12            # 改厕 15 → 12, no reason given
    indicators[0] += [None]
    text = build_draft(read_values(with_(CLEAN, 指标=indicators))).text()
    assert "“改厕”年度指标值90座，实际完成值92座，未得满分。偏差原因：【请补充：偏差原因分析及改进措施】" in text
    assert "部分绩效指标未得满分（“改厕”）" in text


# -- the round trip: check --narrative finds nothing to object to -------------------------

def test_round_trip_on_the_example(tmp_path, capsys):
    work = tmp_path / "北山镇2023.xlsx"
    work.write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    with unchanged(work):
        assert main(["report", str(work)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("注意：表格中有 4 项错误")  # the example's deliberate table errors, said first
    draft = tmp_path / "北山镇人民政府_2023年部门整体支出绩效自评报告（草稿）.docx"
    assert draft.exists()
    data, _ = read_workbook(work)
    narrative = read_narrative(draft)
    findings = run_checks(data, narrative=narrative)
    assert narrative_findings(findings) == []
    placeholders = PLACEHOLDER.findall(narrative.text)
    reported = [f for f in findings if f.rule == "N-PLACEHOLDER"]
    assert len(placeholders) >= 8 and len(reported) == len(placeholders)
    assert all(f.severity == "info" for f in reported)


VARIANTS = {
    "clean": CLEAN,
    "sangong_up_and_over_budget": with_(CLEAN, 公务接待费=[3.2, 4, 6.55]),
    "spending_parts_disagree": with_(CLEAN, 基本支出=3000),
    "projects_differ_between_tables": with_(CLEAN, 项目支出=621.15, 基本支出=2998.29),
    "overstaffed": with_(CLEAN, 编制数=100, 实际在职人数=127),
    "low_execution": with_(CLEAN, 全年执行数=2900.5),
    "scores_short": with_(CLEAN, 指标=[r[:6] + [r[6] * 0.8] + ["天气原因，部分任务推迟"] for r in CLEAN["指标"]]),
    "amounts_with_more_digits": with_(CLEAN, 全年预算数=3630.4149, 全年执行数=3619.4351, 基本支出=3479.7151),
    "zero_last_year": with_(CLEAN, 公务接待费=[0, 5, 4.99], 公用经费=[0, 508.68, 449.49]),
    "grade_cell_wrong": with_(CLEAN, 评价等级="良"),
    # 偏差原因 quoted from the cells, with figures of their own
    "reasons_with_figures": with_(CLEAN, 指标=[
        ["产出指标(50分)", "数量指标", "新增企业", "30家", "28家", 20, 18.67, "受疫情影响完成28家，完成率93.33%"],
        *CLEAN["指标"][1:3],
        ["", "成本指标", "项目支出", "≤150万元", "160万元", 5, 4.69, "实际支出160万元，超出目标10万元，超支率6.67%"],
        *CLEAN["指标"][4:]]),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_round_trip_on_filled_templates(name, tmp_path):
    data = read_values(VARIANTS[name])
    narrative, findings = round_trip(data, tmp_path)
    assert narrative_findings(findings) == [], [f.message for f in narrative_findings(findings)]
    assert any(f.rule == "N-PLACEHOLDER" for f in findings)


COUNTY_LAYOUTS = {
    "two_sheets": {},
    "one_sheet": {"one_sheet": True},
    "title_rows_and_shift": {"title_rows": 2, "col_shift": 1},
    "merged_labels": {"merge_labels": True},
    "other_sheet_names": {"sheet_names": ("基础数据表", "自评表")},
}


@pytest.mark.parametrize("name", sorted(COUNTY_LAYOUTS))
def test_round_trip_on_county_forms(name, tmp_path):
    src = county.build(tmp_path / "县表2023.xlsx", **COUNTY_LAYOUTS[name])
    out = tmp_path / "草稿.docx"
    with unchanged(src):
        assert main(["report", str(src), "-o", str(out)]) == 0
    data, _ = read_workbook(src)
    assert data.source == "labels"
    findings = run_checks(data, narrative=read_narrative(out))
    assert narrative_findings(findings) == [], [f.message for f in narrative_findings(findings)]
    assert "编制数114人" in read_narrative(out).text


from tests.layout_corpus import build_layouts, load_layouts  # noqa: E402

LAYOUT_FORMS = [lay.id for lay in load_layouts() if lay.form in ("attachment3", "attachment4", "combined")]


@pytest.fixture(scope="module")
def layouts(tmp_path_factory):
    return build_layouts(tmp_path_factory.mktemp("layouts"))


@pytest.mark.parametrize("layout_id", LAYOUT_FORMS)
def test_round_trip_on_the_real_layout_corpus(layout_id, layouts, tmp_path):
    """Every clean published layout perfxl reads (department and project forms of eight
    provinces, tests/data/layouts): its draft agrees with it."""
    src = layouts[(layout_id, "clean")]
    out = tmp_path / "草稿.docx"
    with unchanged(src):
        assert main(["report", str(src), "-o", str(out)]) == 0
    data, _ = read_workbook(src)
    findings = run_checks(data, narrative=read_narrative(out))
    assert narrative_findings(findings) == [], [f.message for f in narrative_findings(findings)]


@pytest.mark.parametrize("layout_id", ["nm_title_only", "nm_project_budget", "nm_sangong_table"])
def test_no_draft_from_a_sheet_that_is_not_a_form(layout_id, layouts, tmp_path, capsys):
    out = tmp_path / "草稿.docx"
    assert main(["report", str(layouts[(layout_id, "clean")]), "-o", str(out)]) == 2
    assert "无法生成报告草稿" in capsys.readouterr().err and not out.exists()


# -- the command ---------------------------------------------------------------------------

def test_never_overwrites_without_force(tmp_path, capsys):
    out = tmp_path / "报告.docx"
    out.write_bytes(b"keep")
    assert main(["report", str(EXAMPLE_WORKBOOK), "-o", str(out)]) == 2
    assert "已存在" in capsys.readouterr().err and out.read_bytes() == b"keep"
    assert main(["report", str(EXAMPLE_WORKBOOK), "-o", str(out), "--force"]) == 0
    assert out.read_bytes()[:2] == b"PK"


def test_clean_tables_print_no_error_line(tmp_path, capsys):
    import io

    from perfxl.forms.datafile import read_data
    from perfxl.xlsx.template import build_workbook

    form, cells = read_data({"年度": 2023, **CLEAN})
    src = tmp_path / "clean.xlsx"
    build_workbook(form, cells).save(src)
    assert main(["report", str(src), "-o", str(tmp_path / "r.docx")]) == 0
    out = capsys.readouterr().out
    assert "错误" not in out and "已生成自评报告草稿" in out


def test_unreadable_workbook_is_one_sentence(tmp_path, capsys):
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"not a zip")
    assert main(["report", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("perfxl：") and "Traceback" not in err


def test_the_same_tables_give_the_same_bytes(example):
    data, _ = example
    assert draft_bytes(data) == draft_bytes(data)


# -- N-PLACEHOLDER and the N-TABLE twin fields ------------------------------------------

def test_placeholder_rule_reports_each_and_is_silent_without():
    doc = Narrative("一、基本情况\n【请补充：机构设置】。二、【请补充：问题】", "t.txt", "txt")
    found = [f for f in run_checks(None, narrative=doc) if f.rule == "N-PLACEHOLDER"]
    assert [f.narrative[0].text for f in found] == ["【请补充：机构设置】", "【请补充：问题】"]
    real = read_narrative(ROOT / "workbooks" / "北山镇2023_自评报告.txt")
    assert not [f for f in run_checks(None, narrative=real) if f.rule == "N-PLACEHOLDER"]


def test_a_figure_that_follows_the_other_table_is_not_a_table_mismatch():
    data, _ = read_workbook(EXAMPLE_WORKBOOK)  # 附件3 项目支出 139.72, 附件4 项目支出 621.15
    follows_a3 = Narrative("附件3中项目支出决算数139.72万元。", "t.txt", "txt")
    assert not [f for f in run_checks(data, narrative=follows_a3) if f.rule == "N-TABLE"]
    neither = Narrative("项目支出500.00万元。", "t.txt", "txt")
    assert [f.rule for f in run_checks(data, narrative=neither) if f.rule == "N-TABLE"] == ["N-TABLE"]
    basic = Narrative("基本支出2990.00万元。", "t.txt", "txt")  # neither 2998.29 (附件4) nor 附件3's
    assert [f.rule for f in run_checks(data, narrative=basic) if f.rule == "N-TABLE"] == ["N-TABLE"]


def test_an_indicator_value_named_like_a_table_field_is_not_a_table_figure():
    data = read_values(CLEAN)  # 项目支出 139.72; the cost indicator 项目支出 has target ≤150万元
    target = Narrative("“项目支出”年度指标值≤150万元，实际完成值139.72万元。", "t.txt", "txt")
    assert not [f for f in run_checks(data, narrative=target) if f.rule == "N-TABLE"]
    stated = Narrative("项目支出150.00万元。", "t.txt", "txt")
    assert [f.rule for f in run_checks(data, narrative=stated) if f.rule == "N-TABLE"] == ["N-TABLE"]


# -- the promise on any filled template -----------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

amount = st.integers(0, 500_000).map(lambda cents: cents / 100)
maybe = lambda s: st.one_of(st.none(), s)  # noqa: E731
triple = st.lists(maybe(amount), min_size=3, max_size=3)
INDICATOR_ROWS = [
    ["产出指标", "数量指标", "新增企业", "30家", "34家"], ["产出指标", "质量指标", "工程验收合格率", "100%", "98%"],
    ["产出指标", "成本指标", "项目支出", "≤150万元", "139.72万元"], ["效益指标", "社会效益指标", "栽植景观植物", "800株", "760株"],
    ["效益指标", "生态效益指标", "道路绿化情况", "较好", "较好"], ["满意度指标", "服务对象满意度指标", "群众满意度", "95%", "98%"],
]


REASONS = [None, "因天气原因部分工作推迟", "资金到位率80%，影响工程进度", "受疫情影响完成28家，完成率93.33%",
           "实际支出160万元，超出目标10万元，超支率6.67%", "较上年增加5家", "已完成2项，剩余1项结转下年"]


GOALS = [  # 年度总体目标 as units write them, quoted by the draft
    (None, None),
    ("保障机构正常运转，完成年度各项工作任务。", "完成情况较好。"),
    ("本项目共申请预算资金90万元。其中:30万元用于预算编制;30万元用于审计;30万元用于设计。",
     "本项目共完成预算资金89.97万元。其中:30万元用于预算编制;30万元用于审计;29.99万元用于设计。"),
    ("新增市场主体100家，改厕90座，群众满意度95%以上。", "新增市场主体131家，改厕92座，群众满意度98%。"),
    ("开展招商引资行动3次，带动就业200人。", "开展招商引资行动4次，比上年增加1次、增长33.33%，带动就业260余人。"),
]
# (Texts that state the tables' own figures, e.g. a 三公经费 change, are the unit's words:
# when they contradict the tables the checks say so, rightly, so they are not "clean".)


@st.composite
def filled_values(draw):
    values = {"单位名称": draw(st.sampled_from(["北山镇人民政府", "樟树乡人民政府"])),
              "编制数": draw(maybe(st.integers(1, 300))), "实际在职人数": draw(maybe(st.integers(1, 300)))}
    for line in ("公车购置", "公车运行维护", "出国经费", "公务接待费", "公用经费", "办公经费", "水电差旅费",
                 "会议培训费", "政府采购金额", "基本支出预算调整"):
        values[line] = draw(triple)
    if draw(st.booleans()):
        values["三公经费"] = draw(triple)  # typed over the formula, possibly not the sum of its parts
    names = draw(st.lists(st.sampled_from(["1、业务工作经费", "2、运行维护经费", "乡村振兴专项", "防汛专项"]),
                          max_size=3, unique=True))
    values["项目支出明细"] = [[n, *draw(triple)] for n in names]
    for key in ("年初预算数", "全年预算数", "全年执行数", "一般公共预算", "政府性基金拨款", "纳入专户管理的非税收入拨款",
                "其他资金", "基本支出", "项目支出"):
        values[key] = draw(maybe(amount))
    rows = []
    for row in draw(st.lists(st.sampled_from(INDICATOR_ROWS), min_size=1, max_size=6, unique_by=lambda r: r[2])):
        weight = draw(st.integers(1, 30))
        reason = draw(st.sampled_from(REASONS))
        rows.append([*row, weight, draw(st.sampled_from([weight, weight * 0.8, round(weight / 3, 2)])), reason])
    values["指标"] = rows
    values["预期目标"], values["实际完成情况"] = draw(st.sampled_from(GOALS))
    return values


@given(filled_values())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_round_trip_on_any_filled_template(tmp_path, values):
    data = read_values(values)
    _, findings = round_trip(data, tmp_path)
    assert narrative_findings(findings) == [], [f.message for f in narrative_findings(findings)]
