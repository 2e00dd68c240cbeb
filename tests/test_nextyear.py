
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
    for name in ("编制数", "实际在职人数", "全年预算数", "全年执行数", "公车运行维护_本年决算数", "实际完成情况"):
        assert name_values(copy, name) == [None], name
    assert str(name_values(copy, "三公经费_上年决算数")[0]).startswith("=")  # typed-over 9.84 is gone


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
