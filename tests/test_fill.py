
import openpyxl
import pytest

from perfxl.cli import main
from perfxl.errors import PerfxlError
from perfxl.forms.datafile import read_data, resolve_stated
from .names import name_values

from .conftest import EXAMPLE_DATA, EXAMPLE_WORKBOOK, unchanged


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    out = tmp_path_factory.mktemp("f") / "北山镇2023.xlsx"
    with unchanged(EXAMPLE_DATA):
        assert main(["fill", str(EXAMPLE_DATA), "-o", str(out)]) == 0
    return out


def test_committed_example_is_built_from_the_data_file(example):
    assert EXAMPLE_WORKBOOK.read_bytes() == example.read_bytes(), "workbooks/ 已过期：请按 README 重新生成示例"


def test_example_keeps_the_seeds_figures(example):
    wb = openpyxl.load_workbook(example)
    assert name_values(wb, "编制数") == [114] and name_values(wb, "实际在职人数") == [127]
    # 9.84 is what was submitted; the formula would give 9.85, so the figure stays typed.
    assert name_values(wb, "三公经费_上年决算数") == [9.84]
    assert str(name_values(wb, "三公经费_本年决算数")[0]).startswith("=")
    # Stated figures that agree with the formulas leave the formulas in place.
    for name in ("在职人员控制率", "预算执行率", "预算执行得分", "总分值", "总得分"):
        assert str(name_values(wb, name)[0]).startswith("="), name
    assert name_values(wb, "预算单位名称") == ["隆回县北山镇人民政府"]
    levels = name_values(wb, "指标_一级指标")
    assert levels[:2] == ["产出指标(50分)", "产出指标(50分)"]
    assert name_values(wb, "指标_三级指标")[38] == "信访群众满意度"
    assert name_values(wb, "指标_实际完成值")[20] == "基本按计划完成"
    assert sum(v for v in name_values(wb, "指标_分值") if v) == 90


def test_unknown_name_in_data_file():
    with pytest.raises(PerfxlError, match="不是表中的项目名称"):
        read_data({"年度": 2023, "不存在": 1})


def test_year_required():
    with pytest.raises(PerfxlError, match="年度"):
        read_data({"编制数": 1})


def test_bad_block_row():
    with pytest.raises(PerfxlError, match="第 1 行"):
        read_data({"年度": 2023, "指标": ["不是列表"]})


def test_stated_rate_that_disagrees_is_kept_as_typed():
    form, values = read_data({"年度": 2023, "编制数": 114, "实际在职人数": 127, "在职人员控制率": "110%"})
    resolved = resolve_stated(form, values)
    assert resolved["staff.control_rate"] == pytest.approx(1.10)
    form, values = read_data({"年度": 2023, "编制数": 114, "实际在职人数": 127, "在职人员控制率": "111.4%"})
    assert "staff.control_rate" not in resolve_stated(form, values)


def test_indicator_levels_fill_down():
    _, values = read_data({"年度": 2023, "指标": [["产出指标", "数量指标", "a"], ["", "", "b"]]})
    assert values["indicator.level1"][:2] == ["产出指标", "产出指标"]
    assert values["indicator.level2"][1] == "数量指标"
