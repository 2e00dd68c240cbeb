"""Text in a key value cell found by its label is a bad value (READ-NOT-NUMBER, checks that
need it skipped), not a missing field: the workbook is still checked.  A refusal names the
labels of the form it concerns only."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from perfxl.app.check import check
from perfxl.errors import UnrecognisedWorkbook
from tests.layout_corpus import build_layouts


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[tuple[str, str], Path]:
    return build_layouts(tmp_path_factory.mktemp("layouts"))


def _edited(corpus, tmp_path: Path, sheet: str, cells: dict[str, object]) -> Path:
    wb = openpyxl.load_workbook(corpus[("hn_beishan", "clean")])
    for ref, value in cells.items():
        wb[sheet][ref] = value
    path = tmp_path / "beishan_edited.xlsx"
    wb.save(path)
    return path


def _not_number(review) -> list[list[str]]:
    return [f.cells for f in review.findings if f.rule == "READ-NOT-NUMBER"]


def test_clean_beishan_has_no_bad_value(corpus):
    review = check(corpus[("hn_beishan", "clean")])
    assert _not_number(review) == []
    assert review.data.fv("budget.adjusted").value == 3630.41


def test_text_in_the_budget_cell_is_a_bad_value(corpus, tmp_path):
    review = check(_edited(corpus, tmp_path, "附件4", {"D5": "合计"}))
    assert (review.data.fv("budget.adjusted").ref, review.data.fv("budget.adjusted").value) == ("D5", "合计")
    assert _not_number(review) == [["附件4!D5"]]
    rules = {f.rule for f in review.findings}
    assert "A4-EXEC-RATE" not in rules
    assert "A3-OVERSTAFF" in rules  # 附件3 is still checked


def test_text_in_the_staff_cell_is_a_bad_value(corpus, tmp_path):
    review = check(_edited(corpus, tmp_path, "附件3", {"B5": "合计"}))
    assert _not_number(review) == [["附件3!B5"]]
    assert "A3-OVERSTAFF" not in {f.rule for f in review.findings}


def test_refusal_names_the_labels_of_its_form_only(corpus, tmp_path):
    with pytest.raises(UnrecognisedWorkbook) as refused:
        check(_edited(corpus, tmp_path, "附件3", {"B4": "人数"}))
    message = str(refused.value)
    assert "未找到编制数" in message and "“编制数”" in message
    assert "全年预算数" not in message and "三级指标" not in message
