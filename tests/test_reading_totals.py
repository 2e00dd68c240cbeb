"""The 附件4 total row and the form's head are read from where their labels and columns
say: never from inside or below the indicator block, never from a neighbouring column, and
two total rows are a conflict (not located, both candidates said), not a choice."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from perfxl.app.check import check
from tests.layout_corpus import build_layouts


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[tuple[str, str], Path]:
    return build_layouts(tmp_path_factory.mktemp("layouts"))


def _edited(corpus, tmp_path: Path, layout: str, sheet: str, cells: dict[str, object]) -> Path:
    wb = openpyxl.load_workbook(corpus[(layout, "clean")])
    for ref, value in cells.items():
        wb[sheet][ref] = value
    path = tmp_path / f"{layout}_edited.xlsx"
    wb.save(path)
    return path


def _rules(review, severity: str | None = None) -> set[str]:
    return {f.rule for f in review.findings if severity is None or f.severity == severity}


def test_clean_beishan_reads_head_and_total_where_they_are(corpus):
    d = check(corpus[("hn_beishan", "clean")]).data
    assert (d.fv("spending.basic").ref, d.fv("spending.project").ref) == ("C7", "C8")
    assert (d.fv("total.weight").ref, d.fv("total.score").ref) == ("B53", "C53")
    assert d.ambiguous == {}


def test_total_row_inside_indicator_block_is_a_conflict_not_a_choice(corpus, tmp_path):
    path = _edited(corpus, tmp_path, "hn_beishan", "附件4", {"D20": "总分", "G20": 100, "H20": 50})
    review = check(path)
    d = review.data
    # the head's fields come from the head, not from the cost indicators 基本支出/项目支出 below
    assert (d.fv("spending.basic").ref, d.fv("spending.project").ref) == ("C7", "C8")
    # two total rows: neither is chosen, both are said
    assert d.fv("total.weight") is None and d.fv("total.score") is None
    assert d.ambiguous["total.weight"] == ["附件4!D20", "附件4!A53"]
    assert d.ambiguous["total.score"] == ["附件4!D20", "附件4!A53"]
    said = [f for f in review.findings if f.rule == "READ-MISSING" and "找到 2 处" in f.message]
    assert len(said) == 2 and all(f.cells == ["附件4!D20", "附件4!A53"] for f in said)
    assert not {"X-BASIC-SPENDING", "A4-SPENDING-PARTS", "A4-TOTAL-WEIGHT", "A4-TOTAL-SCORE"} & _rules(review, "error")
    # the indicators below the stray total row are still read
    names = [fv.value for fv in d.blocks["indicator.level3"]]
    assert "中稻完成面积" in names and "信访群众满意度" in names and "总分" not in names


def test_total_is_read_from_its_role_columns_not_a_neighbour(corpus, tmp_path):
    path = _edited(corpus, tmp_path, "hn_beishan", "附件4",
                   {"B53": None, "C53": None, "F53": "0.6万亩", "G53": 100, "H53": 99.97})
    d = check(path).data
    assert (d.fv("total.weight").ref, d.fv("total.weight").value) == ("G53", 100)
    assert (d.fv("total.score").ref, d.fv("total.score").value) == ("H53", 99.97)


def test_project_table_with_two_total_rows_chooses_neither(corpus, tmp_path):
    path = _edited(corpus, tmp_path, "ah_tianchang", "项目支出绩效自评表", {"D15": "总分", "H15": 50})
    review = check(path)
    (p,) = review.projects
    assert p.fv("project.total.score") is None
    assert p.ambiguous["project.total.score"] == ["项目支出绩效自评表!D15", "项目支出绩效自评表!A40"]
    assert "PRJ-TOTAL-SCORE" not in _rules(review)
    assert any(f.rule == "PRJ-NOT-FOUND" and "找到 2 处" in f.message for f in review.findings)
    # indicators below the stray total row are still read
    assert "指标1:服务对象满意度" in [fv.value for fv in p.blocks["indicator.level3"]]


def test_project_table_with_one_total_row_reads_it(corpus):
    (p,) = check(corpus[("ah_tianchang", "clean")]).projects
    assert (p.fv("project.total.score").ref, p.fv("project.total.score").value) == ("H40", 100)
    assert p.ambiguous == {}


def _six_rows(path: Path, total_row: list) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    rows = [[None], ["资金来源", "全年预算数", "全年执行数"], ["财政拨款", 10, 9],
            ["三级指标", "实际完成值", "得分"], ["道路", 5, 3], total_row]
    for i, row in enumerate(rows, 1):
        for j, value in enumerate(row, 1):
            ws.cell(i, j, value)
    wb.save(path)
    return path


def test_total_score_sits_under_its_score_heading(tmp_path):
    d = check(_six_rows(tmp_path / "six.xlsx", ["总分", None, 90])).data
    assert (d.fv("total.score").ref, d.fv("total.score").value) == ("C6", 90)


def test_total_score_is_not_taken_from_the_actual_column(tmp_path):
    # 90 under 实际完成值 is not the score: the 得分 cell is blank (未填写), nothing is guessed
    review = check(_six_rows(tmp_path / "six.xlsx", ["总分", 90, None]))
    assert (review.data.fv("total.score").ref, review.data.fv("total.score").value) == ("C6", None)
    assert any(f.rule == "READ-EMPTY" and f.cells == ["Sheet!C6"] for f in review.findings)


def test_total_score_without_a_stated_execution_score_is_only_bounded(tmp_path):
    # No 预算执行得分 on this form: the total 3 (indicators) + up to 10 (execution, by the
    # profile's weight) may be anything from 3 to 13 — 9 is a plausible reading, not an error.
    review = check(_six_rows(tmp_path / "six.xlsx", ["总分", None, 9]))
    assert "A4-TOTAL-SCORE" not in {f.rule for f in review.findings}
    # outside every reading it still is one
    review = check(_six_rows(tmp_path / "six2.xlsx", ["总分", None, 90]))
    assert [f.severity for f in review.findings if f.rule == "A4-TOTAL-SCORE"] == ["error"]
