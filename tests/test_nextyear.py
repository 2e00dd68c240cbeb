
import openpyxl
import pytest

from perfxl.cli import main
from .names import name_values, read_year

from .conftest import EXAMPLE_WORKBOOK, unchanged


@pytest.fixture(scope="module")
def copy(tmp_path_factory):
    out = tmp_path_factory.mktemp("n") / "北山镇2024.xlsx"
    with unchanged(EXAMPLE_WORKBOOK):
        assert main(["new", "--from", str(EXAMPLE_WORKBOOK), "--year", "2024", "-o", str(out)]) == 0
    return openpyxl.load_workbook(out)


def test_keeps_unit_indicators_targets_weights(copy):
    assert name_values(copy, "单位名称") == ["北山镇人民政府"]
    names = [v for v in name_values(copy, "指标_三级指标") if v]
    assert len(names) == 39 and names[0] == "新增企业"
    assert name_values(copy, "指标_年度指标值")[0] == "30家"
    assert name_values(copy, "指标_分值")[0] == 2
    assert name_values(copy, "指标_一级指标")[0] == "产出指标(50分)"
    assert name_values(copy, "预算执行分值") == [10]


def test_shifts_years(copy):
    assert read_year(copy) == 2024
    texts = {c.value for c in copy["附件3基础数据表"]["B"] if isinstance(c.value, str)}
    assert "2023年决算数" in texts


def test_clears_actuals_scores_and_reasons(copy):
    for name in ("指标_实际完成值", "指标_得分", "指标_偏差原因"):
        assert not any(name_values(copy, name)), name
    for name in ("实际在职人数", "全年预算数", "全年执行数", "公车运行维护_本年决算数", "公车运行维护_本年预算数",
                 "实际完成情况", "项目支出明细_本年决算数", "项目支出明细_本年预算数"):
        assert not any(name_values(copy, name)), name
    # 上年决算数 now holds last year's 本年决算数: the typed-over 9.84 (2022) is gone, and the
    # total stays a formula because the carried parts add up to last year's 9.73.
    assert str(name_values(copy, "三公经费_上年决算数")[0]).startswith("=")


def test_default_year_is_next(tmp_path):
    out = tmp_path / "next.xlsx"
    assert main(["new", "--from", str(EXAMPLE_WORKBOOK), "-o", str(out)]) == 0
    assert read_year(openpyxl.load_workbook(out)) == 2024


def test_refuses_to_write_onto_its_input(tmp_path, capsys):
    src = tmp_path / "上年.xlsx"
    src.write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    with unchanged(src):
        assert main(["new", "--from", str(src), "-o", str(src), "--force"]) == 2
    assert "输入文件" in capsys.readouterr().err


def test_unrelated_workbook_is_refused_clearly(tmp_path, capsys):
    src = tmp_path / "别的表.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "与绩效无关"
    wb.save(src)
    assert main(["new", "--from", str(src), "-o", str(tmp_path / "o.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "未在“别的表.xlsx”中找到部门整体支出绩效表格（附件3/附件4）或项目支出绩效自评表" in err
    assert not (tmp_path / "o.xlsx").exists()


def test_from_a_county_form_read_by_labels(tmp_path):
    from . import county

    src = county.build(tmp_path / "县表2023.xlsx")
    out = tmp_path / "2024.xlsx"
    with unchanged(src):
        assert main(["new", "--from", str(src), "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    assert read_year(wb) == 2024
    assert name_values(wb, "单位名称") == ["北山镇人民政府"]
    assert name_values(wb, "指标_三级指标")[0] == "新增企业"
    assert name_values(wb, "指标_年度指标值")[1] == "2.5万亩"
    assert name_values(wb, "指标_分值")[0] == 2
    assert not any(name_values(wb, "指标_实际完成值"))


# -- figures carried into next year -------------------------------------------------------

from perfxl.forms.attachment3 import FUND_LINES, fund_key, project_key  # noqa: E402
from perfxl.xlsx.reader import read_workbook  # noqa: E402


def assert_carried_cell_by_cell(src, out):
    """Every 附件3 row's new 上年决算数 equals the source's 本年决算数 of the same row (read from
    the source file's own cells), projects matched by name; 编制数 carried."""
    old, _ = read_workbook(src)
    new, _ = read_workbook(out)
    assert new.form.year == old.form.year + 1
    compared = 0
    for line in FUND_LINES:
        source = old.fv(fund_key(line.key, "actual"))
        target = new.fv(fund_key(line.key, "prev_actual"))
        assert source is not None and source.address, line.key
        assert new.number(target.key) == old.number(source.key), (line.key, source.address, target.address)
        assert new.number(fund_key(line.key, "actual")) is None and new.number(fund_key(line.key, "budget")) is None
        compared += 1
    old_projects = {str(n.value).strip(): old.blocks[project_key("actual")][i]
                    for i, n in enumerate(old.blocks[project_key("name")]) if n.value}
    new_names = [fv.value for fv in new.blocks[project_key("name")]]
    for name, source in old_projects.items():
        i = new_names.index(name)
        target = new.blocks[project_key("prev_actual")][i]
        expected = source.value if isinstance(source.value, (int, float)) else None
        assert target.value == expected, (name, source.address, target.address)
        assert new.blocks[project_key("actual")][i].value is None
        compared += 1
    assert new.number("staff.authorized") == old.number("staff.authorized")
    assert new.number("staff.actual") is None
    return compared


def test_carries_last_years_actuals_from_the_example(tmp_path, capsys):
    out = tmp_path / "2024.xlsx"
    with unchanged(EXAMPLE_WORKBOOK):
        assert main(["new", "--from", str(EXAMPLE_WORKBOOK), "--year", "2024", "-o", str(out)]) == 0
    assert assert_carried_cell_by_cell(EXAMPLE_WORKBOOK, out) == 13 + 4
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith("已结转：单位名称、编制数、附件3 经费控制情况 13 行和 2 个项目的上年决算数（取2023年决算数）")
    assert "已清空：实际在职人数" in line and "未能读取" not in line


def test_carries_from_a_county_form(tmp_path, capsys):
    from . import county

    src = county.build(tmp_path / "县表2023.xlsx", title_rows=1, col_shift=1)
    out = tmp_path / "2024.xlsx"
    with unchanged(src):
        assert main(["new", "--from", str(src), "-o", str(out)]) == 0
    assert assert_carried_cell_by_cell(src, out) == 13 + 4
    assert "已结转" in capsys.readouterr().out


def test_unreadable_fields_are_left_empty_and_named(tmp_path, capsys):
    from . import county

    a3 = county.replace_row(county.A3_ROWS, "其中：办公经费", ["其中：办公经费", 198.98, 117.41, "见附表"])
    a3 = [r for r in a3 if not (r and r[0] == "政府采购金额")]
    src = county.build(tmp_path / "县表2023.xlsx", a3=a3)
    out = tmp_path / "2024.xlsx"
    assert main(["new", "--from", str(src), "-o", str(out)]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert "未能读取、已留空：" in line
    assert "办公经费本年决算数（附件3!D20“见附表”不是数字）" in line
    assert "政府采购金额本年决算数（未找到）" in line
    new, _ = read_workbook(out)
    assert new.raw("funds.office.prev_actual") is None and new.raw("funds.procurement.prev_actual") is None
    assert new.number("funds.public.prev_actual") == 449.49


def test_a_typed_over_total_is_carried_as_typed(tmp_path):
    from . import county

    a3 = county.replace_row(county.A3_ROWS, "三公经费", ["三公经费：", 9.84, 11, 9.80])  # parts give 9.73
    src = county.build(tmp_path / "县表2023.xlsx", a3=a3)
    out = tmp_path / "2024.xlsx"
    assert main(["new", "--from", str(src), "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    assert name_values(wb, "三公经费_上年决算数") == [9.8]
    assert str(name_values(wb, "公务用车经费_上年决算数")[0]).startswith("=")


# -- the real layout corpus: carried figures against the manifest's ground truth ----------

from tests.layout_corpus import build_layouts, load_layouts  # noqa: E402

A3_LAYOUTS = [lay for lay in load_layouts() if any(p.form == "attachment3" for p in lay.parts)]


@pytest.fixture(scope="module")
def layouts(tmp_path_factory):
    return build_layouts(tmp_path_factory.mktemp("layouts"))


@pytest.mark.parametrize("layout", A3_LAYOUTS, ids=lambda lay: lay.id)
def test_carried_figures_match_the_published_cells(layout, layouts, tmp_path):
    """Each 附件3 row's new 上年决算数 is the value the manifest records for that row's 本年决算数
    cell in the published form (blank stays blank), and 编制数 likewise."""
    src = layouts[(layout.id, "clean")]
    out = tmp_path / "next.xlsx"
    with unchanged(src):
        assert main(["new", "--from", str(src), "--year", "2030", "-o", str(out)]) == 0
    new, _ = read_workbook(out)
    expected = {k: e for p in layout.parts if p.form == "attachment3" for k, e in p.expected.items()}
    checked = 0
    for line in FUND_LINES:
        truth = expected.get(fund_key(line.key, "actual"))
        if truth is None:
            continue
        carried = new.number(fund_key(line.key, "prev_actual"))
        if truth.blank or truth.value is None:
            if not line.parts:  # a blank total is computed from its carried parts by its formula
                assert carried is None, (line.key, truth.cell)
        else:
            assert carried == pytest.approx(float(truth.value)), (line.key, truth.cell)
        checked += 1
    staff = expected.get("staff.authorized")
    if staff is not None and not staff.blank:
        assert new.number("staff.authorized") == float(staff.value)
    assert checked >= 10


def test_a_form_without_attachment3_says_so_once(layouts, tmp_path, capsys):
    src = layouts[("th_tanghu", "clean")]  # an 附件4-type township form, no 附件3
    assert main(["new", "--from", str(src), "--year", "2022", "-o", str(tmp_path / "n.xlsx")]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert "原表中没有附件3（人员与经费），新表附件3 留空" in line and "未找到" not in line
    assert "个三级指标的名称、年度指标值和分值" in line
