"""Reading and checking the real-world layouts (tests/data/layouts): every field where the
manifest says, absent fields not read, planted errors caught at the right cell, clean
copies without error-level findings.  Known misses are listed here, so that both an
improvement (a listed miss that now reads) and a regression fail the test."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from perfxl.app.check import check
from perfxl.checks.runner import run_project_checks
from perfxl.core.values import parse_value
from perfxl.reading.data import FieldValue, interval_of
from perfxl.forms.model import FieldKind
from perfxl.reading.grid import Grid, GridCell
from perfxl.reading.project import read_projects
from tests.layout_corpus import Layout, Part, build_layouts, load_layouts

LAYOUTS = [lay for lay in load_layouts() if lay.is_form]
NOT_FORMS = [lay for lay in load_layouts() if not lay.is_form]

# Fields of the manifest not located today, by layout/part: (reason in the comment).
KNOWN_MISSES = {
    # the goal sits beside "年度目标1:(80分)", a label 附件4 does not know
    ("th_tanghu", "自评表"): {"goal.expected"},
    # 附件4 has no 本年财政拨款 line in its description (a project-form skeleton used for a department)
    ("ah_jinzhai", "部门整体支出绩效自评表"): {"budget.appropriation.initial", "budget.appropriation.adjusted",
                                            "budget.appropriation.executed"},
}
# Fields the manifest says are absent but that are read today.
KNOWN_ABSENT_READ: dict[tuple[str, str], set[str]] = {
    # the 项目支出 lines ("1、业务工作经费") are read as the project names, as the 北山镇 checks
    # always have; the manifest counts that column as absent
    ("hn_beishan", "附件3"): {"projects_detail.name"},
}
KNOWN_PLANTED_MISSES: set[tuple[str, str]] = set()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[tuple[str, str], Path]:
    return build_layouts(tmp_path_factory.mktemp("layouts"))


@pytest.fixture(scope="module")
def clean_reviews(corpus):
    return {lay.id: check(corpus[(lay.id, "clean")]) for lay in LAYOUTS}


def _data_for(review, part: Part):
    if part.form == "project":
        same = [p for p in review.projects if p.sheet == part.sheet]
        named = [p for p in same if p.name == part.name] if part.name else same
        assert len(named) == 1, f"project table {part.name or part.sheet} read {len(named)} times"
        return named[0]
    assert review.data is not None
    return review.data


def _same_value(got, exp) -> bool:
    """What was read is what the cell holds (an inline value: the number in the label)."""
    if exp.blank:
        return got in (None, "")
    if exp.inline:
        v = parse_value(got)
        return (v.is_number and abs(v.number - float(exp.value)) < 1e-9) or str(exp.value) in str(got)
    return got == exp.value or str(got).strip() == str(exp.value).strip()


def _key(lay: Layout, part: Part) -> tuple[str, str]:
    return (lay.id, part.name or part.sheet)


@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.id)
def test_every_field_is_read_from_its_cell(lay, clean_reviews):
    review = clean_reviews[lay.id]
    for part in lay.parts:
        data = _data_for(review, part)
        known = KNOWN_MISSES.get(_key(lay, part), set())
        for key, exp in part.expected.items():
            fv = data.values.get(key)
            got = fv.address if fv is not None else None
            if fv is None and data.blocks.get(key):  # a block column: one of its cells
                addrs = [x.address for x in data.blocks[key] if x.address]
                got = exp.cell if exp.cell in addrs else (addrs[0] if addrs else None)
            if key in known:
                assert got is None, f"{lay.id} {key}: listed as a miss but now read at {got}; update KNOWN_MISSES"
                continue
            assert got == exp.cell, f"{lay.id} {key}: read at {got}, expected {exp.cell}"
            if fv is not None:
                assert _same_value(fv.value, exp), f"{lay.id} {key}: read {fv.value!r}, expected {exp.value!r}"
        known_absent = KNOWN_ABSENT_READ.get(_key(lay, part), set())
        listed = {col for ind in part.indicators for col in ind.cells}
        for key in part.absent:
            if key.startswith("indicator."):
                col = key.split(".", 1)[1]
                if col in listed:
                    continue  # the manifest also places this column
                assert all(fv.address is None for fv in data.blocks.get(key, [])), f"{lay.id}: {key} read"
                continue
            read = data.values.get(key) is not None or any(fv.address for fv in data.blocks.get(key, []))
            assert read == (key in known_absent), f"{lay.id}: absent {key} read={read}"


@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.id)
def test_every_indicator_cell_is_read(lay, clean_reviews):
    review = clean_reviews[lay.id]
    for part in lay.parts:
        data = _data_for(review, part)
        cells = {k.split(".", 1)[1]: {fv.address for fv in col} for k, col in data.blocks.items()
                 if k.startswith("indicator.")}
        rows = {fv.address for fv in data.blocks.get("indicator.level3", [])}
        for ind in part.indicators:
            for col, exp in ind.cells.items():
                if col in ("nature", "unit"):
                    continue  # not fields of the forms
                assert exp.cell in cells.get(col, set()), f"{lay.id} row {ind.row} {col}: {exp.cell} not read"
        expected_rows = {ind.cells["level3"].cell for ind in part.indicators if "level3" in ind.cells}
        if expected_rows:
            # placeholder rows ("指标2：", "……") are not indicators
            assert rows == expected_rows, f"{lay.id}: indicator rows {sorted(rows - expected_rows)} extra"


def _published(lay: Layout, finding) -> bool:
    return any(finding.rule == pe["rule"] and set(finding.cells) & set(pe["cells"]) for pe in lay.published_errors)


@pytest.mark.parametrize("lay", LAYOUTS, ids=lambda lay: lay.id)
def test_clean_copies_have_no_error(lay, clean_reviews):
    errors = [(f.rule, f.cells) for f in clean_reviews[lay.id].findings
              if f.severity == "error" and not _published(lay, f)]
    assert errors == []


PLANTED = [(lay, p) for lay in LAYOUTS for p in lay.planted]


@pytest.mark.parametrize("lay,planted", PLANTED, ids=lambda x: getattr(x, "id", ""))
def test_planted_error_is_caught_at_its_cell(lay, planted, corpus):
    review = check(corpus[(lay.id, planted.id)])
    rules = {planted.rule, *planted.also}
    hit = any(f.rule in rules and set(f.cells) & set(planted.finding) for f in review.findings)
    assert hit == ((lay.id, planted.id) not in KNOWN_PLANTED_MISSES), (
        f"{lay.id}/{planted.id}: {planted.rule} at {planted.finding}; got "
        f"{[(f.rule, f.cells[:2]) for f in review.findings if f.severity != 'info']}")
    assert any(f.rule == planted.rule for f in review.findings) or (lay.id, planted.id) in KNOWN_PLANTED_MISSES \
        or planted.also


@pytest.mark.parametrize("lay", NOT_FORMS, ids=lambda lay: lay.id)
def test_near_miss_sheets_are_not_read_as_project_tables(lay, corpus):
    from perfxl.errors import UnrecognisedWorkbook
    from perfxl.xlsx.reader import read_workbook

    data, _ = read_workbook(corpus[(lay.id, "clean")])
    assert data.projects == []
    with pytest.raises(UnrecognisedWorkbook):   # and the check refuses it: no findings at all (issue 20)
        check(corpus[(lay.id, "clean")])


def test_project_only_workbook_gets_no_department_noise(clean_reviews):
    review = clean_reviews["ah_tangxi"]
    assert review.data is None and len(review.projects) == 2
    assert not any(f.rule.startswith(("A3-", "A4-", "READ-", "X-")) for f in review.findings)
    d = review.as_dict()
    assert [p["name"] for p in d["projects"]] == ["委托业务项目", "村级补助及运转经费"]
    assert d["projects"][0]["total_score"] == 100


def test_stacked_projects_are_each_read_and_named(clean_reviews):
    review = clean_reviews["sh_putuo"]
    assert [(p.name, p.first_row) for p in review.projects] == [
        ("普陀体育中心与委托运营方结算费用", 1), ("援滇对口支援及结对帮扶经费", 23)]


# -- rules on small synthetic tables ----------------------------------------------------

def _grid(rows: dict[int, dict[str, object]], title: str = "项目表") -> Grid:
    g = Grid(title)
    for r, cells in rows.items():
        for ref, value in cells.items():
            col = ord(ref) - 64
            g.cells[(r, col)] = GridCell(r, col, value)
            g.max_row, g.max_col = max(g.max_row, r), max(g.max_col, col)
    return g


def _national(total_score=100, grade=None, funds_total=100, score=90, weight=90, rate=1, exec_score=10):
    rows = {
        1: {"A": "项目支出绩效自评表"},
        2: {"A": "（2023年度）"},
        3: {"A": "项目名称", "B": "测试项目"},
        4: {"A": "主管部门", "B": "某局", "F": "实施单位", "G": "某中心"},
        5: {"A": "项目资金（万元）", "D": "年初预算数", "E": "全年预算数", "F": "全年执行数", "G": "分值", "H": "执行率", "I": "得分"},
        6: {"B": "年度资金总额", "D": funds_total, "E": 100, "F": 100, "G": 10, "H": rate, "I": exec_score},
        7: {"B": "其中：本年财政拨款", "D": 100, "E": 100, "F": 100},
        8: {"B": "上年结转资金"},
        9: {"B": "其他资金"},
        10: {"A": "绩效指标", "B": "一级指标", "C": "二级指标", "D": "三级指标", "E": "年度指标值", "F": "实际完成值",
             "G": "分值", "H": "得分", "I": "偏差原因分析及改进措施"},
        11: {"B": "产出指标", "C": "数量指标", "D": "完成数量", "E": "10个", "F": "10个", "G": weight, "H": score},
        12: {"A": "总分", "G": 100, "H": total_score},
    }
    if grade is not None:
        rows[13] = {"A": "评价等级", "B": grade}
    return _grid(rows)


def test_project_rules_fire_and_stay_silent():
    (clean,) = read_projects([_national()])
    assert [f.rule for f in run_project_checks(clean) if f.severity == "error"] == []
    (bad,) = read_projects([_national(total_score=99, funds_total=90, score=91)])
    rules = {f.rule: f.cells for f in run_project_checks(bad)}
    assert rules["PRJ-FUNDS-SUM"][0] == "项目表!D6"
    assert rules["PRJ-SCORE-OVER-WEIGHT"][0] == "项目表!H11"
    assert rules["PRJ-TOTAL-SCORE"][0] == "项目表!H12"


def test_project_execution_rate_and_score():
    (typed_percent,) = read_projects([_national(rate=100)])  # 100 typed in the rate column: 100 %
    assert not [f for f in run_project_checks(typed_percent) if f.severity == "error"]
    (bad,) = read_projects([_national(rate=0.9, exec_score=9, total_score=99)])
    rules = {f.rule: f.cells for f in run_project_checks(bad)}
    assert rules["PRJ-EXEC-RATE"][0] == "项目表!H6"
    assert rules["PRJ-EXEC-SCORE"][0] == "项目表!I6"  # 100 % × 10 is 10, whatever the stated rate


def test_project_grade_rule():
    (ok,) = read_projects([_national(grade="优")])
    assert "PRJ-GRADE" not in {f.rule for f in run_project_checks(ok)}
    (bad,) = read_projects([_national(grade="良")])  # 100 分 is 优
    found = [f for f in run_project_checks(bad) if f.rule == "PRJ-GRADE"]
    assert found and found[0].cells[0] == "项目表!B13"


def test_a_missing_total_skips_its_checks_with_one_line():
    g = _national()
    del g.cells[(12, 1)], g.cells[(12, 7)], g.cells[(12, 8)]
    (data,) = read_projects([g])
    assert "project.total.score" not in data.values
    found = [f for f in run_project_checks(data) if f.rule == "PRJ-NOT-FOUND"]
    assert len(found) == 1 and "总分" in found[0].message and found[0].severity == "info"
    assert not any(f.rule == "PRJ-TOTAL-SCORE" for f in run_project_checks(data))


def test_a_label_where_an_amount_should_be_is_not_read():
    g = _national()
    g.cells[(6, 5)] = GridCell(6, 5, "合计")
    (data,) = read_projects([g])
    assert "project.funds.total.adjusted" not in data.values
    assert "project.funds.total.executed" in data.values


def test_rate_typed_without_percent_sign_takes_the_column_precision():
    one = interval_of(FieldValue("r", value=1), FieldKind.RATE)
    assert one.contains(1) and one.hi - one.lo == Fraction(1, 100)  # "1" is 100 %, not 1 ± 50 %
    typed = interval_of(FieldValue("r", value=98.5), FieldKind.RATE)
    assert typed.contains(Fraction(985, 1000)) and typed.hi - typed.lo == Fraction(1, 1000)  # 98.5 %
    shown = interval_of(FieldValue("r", value=0.8618, number_format="0.00%"), FieldKind.RATE)
    assert shown.contains(Fraction(8618, 10000)) and shown.hi - shown.lo == Fraction(1, 10000)


def test_findings_are_counted_against_their_own_project(corpus):
    review = check(corpus[("sh_putuo", "funds_sum_second")])
    rows = {r["name"]: r for r in review.project_rows()}
    assert rows["援滇对口支援及结对帮扶经费"]["errors"] == 1
    assert rows["普陀体育中心与委托运营方结算费用"]["errors"] == 0
    assert rows["援滇对口支援及结对帮扶经费"]["first_row"] == 23


def _merge(g: Grid, r1: int, c1: str, r2: int, c2: str) -> None:
    g.merge(r1, ord(c1) - 64, r2, ord(c2) - 64)


def test_published_form_habits_are_read():
    """A heading repeated on a new page, a 一级指标 label merged down over the total row, the
    total label merged across the label columns, a rate typed as 99.92 without its sign."""
    g = _national(rate=100)
    g.cells[(6, 8)] = GridCell(6, 8, 100)  # "100" in the rate column: 100 %
    rows = {
        12: {"A": "", "B": "一级指标", "C": "二级指标", "D": "三级指标", "E": "年度指标值", "F": "实际完成值",
             "G": "分值", "H": "得分", "I": "偏差原因分析及改进措施"},   # the heading again on page 2
        13: {"B": "效益指标", "C": "社会效益指标", "D": "群众受益", "E": "明显", "F": "明显", "G": 0, "H": 0},
        14: {"C": "合　计", "G": 100, "H": 100},
    }
    for r, cells in rows.items():
        for ref, value in cells.items():
            g.cells[(r, ord(ref) - 64)] = GridCell(r, ord(ref) - 64, value)
    g.max_row = 14
    _merge(g, 13, "B", 14, "B")   # the section label runs down over the total row
    _merge(g, 14, "C", 14, "F")   # the total label spans the label columns
    (data,) = read_projects([g])
    assert [fv.ref for fv in data.blocks["indicator.level3"]] == ["D11", "D13"]
    assert data.values["project.total.score"].ref == "H14"
    assert data.values["project.total.weight"].ref == "G14"
    assert not [f for f in run_project_checks(data) if f.severity == "error"]


def test_department_form_amount_cell_holding_a_label_is_a_bad_value():
    """Found by its row label and heading, the cell is the field even when "合计" is typed
    there: a figure that is not a number (READ-NOT-NUMBER), not a missing field."""
    from perfxl.checks.runner import run_checks
    from perfxl.reading.locate import read_by_labels

    rows = {
        1: {"A": "部门整体支出绩效自评表"},
        2: {"A": "预算单位名称", "B": "某镇人民政府"},
        3: {"B": "年初预算数", "C": "全年预算数", "D": "全年执行数", "E": "分值", "F": "执行率", "G": "得分"},
        4: {"A": "年度资金总额", "B": 100, "C": "合计", "D": 95, "E": 10, "F": "95%", "G": 9.5},
        5: {"A": "一级指标", "B": "二级指标", "C": "三级指标", "D": "年度指标值", "E": "实际完成值", "F": "分值", "G": "得分"},
        6: {"A": "产出指标", "B": "数量指标", "C": "完成数", "D": "10个", "E": "10个", "F": 90, "G": 90},
        7: {"A": "总分", "F": 100, "G": 99.5},
    }
    data = read_by_labels([_grid(rows, "自评表")])
    adjusted = data.values["budget.adjusted"]  # "合计" where the amount should be
    assert (adjusted.ref, adjusted.value) == ("C4", "合计") and "budget.adjusted" not in data.missing
    assert data.values["budget.executed"].ref == "D4" and data.values["budget.initial"].ref == "B4"
    assert data.evidence["budget.executed"] == "label"
    findings = run_checks(data)
    assert [f.cells for f in findings if f.rule == "READ-NOT-NUMBER"] == [["自评表!C4"]]
    assert not [f for f in findings if f.rule == "A4-EXEC-RATE"]  # nothing to compare with


def test_department_form_second_heading_row_is_not_the_value():
    """"编制数" over "合计" over the figure: "合计" heads a second row, it is no bad value."""
    from perfxl.reading.locate import read_by_labels

    rows = {
        1: {"A": "部门整体支出绩效评价基础数据表"},
        2: {"A": "财政供养人员情况", "B": "编制数", "C": "2023年实际在职人数"},
        3: {"B": "合计", "C": "合计"},
        4: {"B": 114, "C": 127},
        5: {"A": "经费控制情况（万元）", "B": "2022年决算数", "C": "2023年预算数", "D": "2023年决算数"},
    }
    data = read_by_labels([_grid(rows, "附件3")], year=2023)
    assert "staff.authorized" not in data.values and "staff.authorized" in data.missing
    assert "staff.actual" not in data.values


def _shifted(grid: Grid, dr: int, dc: int) -> Grid:
    out = Grid(grid.title, max_row=grid.max_row + dr, max_col=grid.max_col + dc, hidden=grid.hidden)
    for (r, c), cell in grid.cells.items():
        merged = (cell.merged_from[0] + dr, cell.merged_from[1] + dc) if cell.merged_from else None
        out.cells[(r + dr, c + dc)] = GridCell(r + dr, c + dc, cell.value, cell.formula, cell.number_format, merged)
    return out


def _shift_ref(address: str, dr: int, dc: int) -> str:
    from perfxl.reading.grid import col_letter, parse_ref

    sheet, ref = address.rsplit("!", 1)
    r, c = parse_ref(ref)
    return f"{sheet}!{col_letter(c + dc)}{r + dr}"


PROJECT_LAYOUTS = [lay for lay in LAYOUTS if lay.form == "project"]


@pytest.mark.parametrize("lay", PROJECT_LAYOUTS, ids=lambda lay: lay.id)
def test_project_tables_are_found_wherever_they_sit(lay, corpus):
    """The same tables moved down three rows and right two columns read the same fields."""
    from perfxl.xlsx.reader import read_grids

    grids = [_shifted(g, 3, 2) for g in read_grids(corpus[(lay.id, "clean")])]
    projects = read_projects(grids)
    for part in lay.parts:
        same = [p for p in projects if p.sheet == part.sheet and (not part.name or p.name == part.name)]
        assert len(same) == 1
        data = same[0]
        for key, exp in part.expected.items():
            fv = data.values.get(key)
            assert fv is not None and fv.address == _shift_ref(exp.cell, 3, 2), (lay.id, key)
        assert data.rows("indicator.") == len(part.indicators)
