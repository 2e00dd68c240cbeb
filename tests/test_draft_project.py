"""The 项目支出绩效自评报告 draft: one report per project table, figures from its cells in the
table's own unit, placeholders for what only a person can write, and no narrative finding
when the draft is checked against the table it came from."""

from __future__ import annotations

import hashlib

import pytest

from perfxl.checks.runner import run_checks
from perfxl.cli import main
from perfxl.narrative.read import read_narrative
from perfxl.xlsx.reader import read_workbook

from .conftest import unchanged
from .layout_corpus import build_layouts, load_layouts

PROJECT_LAYOUTS = [lay.id for lay in load_layouts() if lay.form == "project"]


@pytest.fixture(scope="module")
def layouts(tmp_path_factory):
    return build_layouts(tmp_path_factory.mktemp("layouts"))


def _draft(src, tmp_path):
    out = tmp_path / f"{src.stem}_草稿.docx"
    with unchanged(src):
        assert main(["report", str(src), "-o", str(out)]) == 0
    return read_narrative(out)


@pytest.mark.parametrize("layout_id", PROJECT_LAYOUTS)
def test_every_project_gets_its_report(layout_id, layouts, tmp_path):
    src = layouts[(layout_id, "clean")]
    data, _ = read_workbook(src)
    text = _draft(src, tmp_path).text
    assert text.count("一、基本情况") == len(data.projects) >= 1
    for project in data.projects:
        assert f"项目名称：{project.name}" in text
        total = project.number("project.total.score")
        if total is not None:
            assert f"该项目自评得分{total:.2f}分" in text
    assert "【请补充：" in text and "部门整体支出" not in text


@pytest.mark.parametrize("layout_id", PROJECT_LAYOUTS)
def test_draft_and_table_agree(layout_id, layouts, tmp_path):
    """Checked against the table it came from, the draft gives no narrative error; a single
    project's draft gives no narrative warning either."""
    src = layouts[(layout_id, "clean")]
    narrative = _draft(src, tmp_path)
    data, _ = read_workbook(src)
    found = [f for f in run_checks(data, narrative=narrative) if f.rule.startswith("N-") and f.rule != "N-PLACEHOLDER"]
    assert [f.message for f in found if f.severity == "error"] == []
    if len(data.projects) == 1:
        assert [f.message for f in found] == []


def test_amounts_keep_the_tables_unit(layouts, tmp_path):
    """A table in 元 ("项目资金(元)") is restated in 元, never as 万元."""
    text = _draft(layouts[("sh_putuo", "clean")], tmp_path).text
    assert "全年预算数250000.00元" in text and "全年执行数215457.60元" in text and "预算执行率86.18%" in text
    assert "250000.00万元" not in text
    text = _draft(layouts[("yn_lijiang", "clean")], tmp_path).text
    assert "全年预算数7.29万元" in text


def test_several_projects_one_document_page_by_page(layouts, tmp_path, capsys):
    import docx

    src = layouts[("sh_putuo", "clean")]
    copy = tmp_path / "普陀.xlsx"
    copy.write_bytes(src.read_bytes())
    assert main(["report", str(copy)]) == 0
    out = tmp_path / "上海市普陀区体育事业管理中心_2022年项目支出绩效自评报告（草稿，2个项目）.docx"
    assert out.exists(), sorted(p.name for p in tmp_path.iterdir())
    doc = docx.Document(str(out))
    breaks = doc.element.body.xpath('.//w:br[@w:type="page"]')
    assert len(breaks) == 1
    assert doc.core_properties.comments == "perfxl 根据项目支出绩效自评表生成的草稿"
    assert "已生成自评报告草稿" in capsys.readouterr().out


def test_a_single_project_is_named_by_the_project(layouts, tmp_path):
    copy = tmp_path / "丽江.xlsx"
    copy.write_bytes(layouts[("yn_lijiang", "clean")].read_bytes())
    assert main(["report", str(copy)]) == 0
    names = [p.name for p in tmp_path.iterdir() if p.suffix == ".docx"]
    assert names == ["2020年省级自然资源卫片执法补助经费支出绩效自评表_2020年项目支出绩效自评报告（草稿）.docx"]


def test_execution_below_budget_asks_for_the_reason(layouts, tmp_path):
    text = _draft(layouts[("sh_putuo", "clean")], tmp_path).text
    assert "预算未全部执行，【请补充：未执行的原因】" in text
    text = _draft(layouts[("yn_lijiang", "clean")], tmp_path).text   # 100 %: nothing to explain
    assert "未执行的原因" not in text


def test_excel_button_writes_the_project_draft_beside_the_book(layouts, tmp_path):
    from perfxl.excel import actions
    from perfxl.excel.adapter import XlwingsBook

    from .test_excel import FakeBook

    src = tmp_path / "普陀.xlsx"
    src.write_bytes(layouts[("sh_putuo", "clean")].read_bytes())
    before = hashlib.sha256(src.read_bytes()).digest()
    fake = FakeBook.from_file(src)
    first = actions.draft_report(XlwingsBook(fake))
    assert first.name == "上海市普陀区体育事业管理中心_2022年项目支出绩效自评报告（草稿，2个项目）.docx"
    again = actions.draft_report(XlwingsBook(fake))
    assert again.name == "上海市普陀区体育事业管理中心_2022年项目支出绩效自评报告（草稿，2个项目）（2）.docx"
    assert hashlib.sha256(src.read_bytes()).digest() == before
