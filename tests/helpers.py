"""Check a set of values through the real path: template writer → reader → checks."""

from __future__ import annotations

from perfxl.checks.runner import run_checks
from perfxl.core.profile import DEFAULT_PROFILE
from perfxl.forms.datafile import read_data
import io

from perfxl.xlsx.reader import read_stream
from perfxl.xlsx.template import build_workbook

# A consistent 北山镇-like submission: every rule stays silent on it.
CLEAN = {
    "单位名称": "北山镇人民政府", "预算单位名称": "北山镇人民政府",
    "编制数": 120, "实际在职人数": 114,
    "公车购置": [0, 0, 0], "公车运行维护": [4.74, 6, 4.74], "出国经费": [0, 0, 0],
    "公务接待费": [5.11, 5, 4.99],
    "项目支出明细": [["1、业务工作经费", 86.46, 80, 68.3], ["2、运行维护经费", 27.77, 30, 71.42]],
    "公用经费": [528.28, 508.68, 449.49], "办公经费": [198.98, 117.41, 269.13],
    "水电差旅费": [68.56, 31.5, 49.73], "会议培训费": [16.4, 20.33, 14.47],
    "政府采购金额": [253, 225, 379.61], "基本支出预算调整": [3138.91, 2224.35, 3479.72],
    "楼堂馆所": [["办公楼维修", 1200, 1180, "", 300, 295.5, ""]],
    "年初预算数": 2224.35, "全年预算数": 3630.41, "全年执行数": 3619.44, "预算执行分值": 10,
    "一般公共预算": 2751.84, "政府性基金拨款": 23, "纳入专户管理的非税收入拨款": 0, "其他资金": 855.57,
    "基本支出": 3479.72, "项目支出": 139.72,
    "指标": [
        ["产出指标(50分)", "数量指标", "新增企业", "30家", "34家", 20, 20],
        ["", "", "改厕", "90座", "92座", 15, 15],
        ["", "质量指标", "工程验收合格率", "100%", "100%", 10, 10],
        ["", "成本指标", "项目支出", "≤150万元", "139.72万元", 5, 5],
        ["效益指标（30分）", "社会效益指标", "栽植景观植物", "800株", "800株", 15, 15],
        ["", "生态效益指标", "道路绿化情况", "较好", "较好", 15, 15],
        ["满意度指标（10分）", "服务对象满意度指标", "群众满意度", "95%", "98%", 10, 10],
    ],
}


def read_values(values: dict, year: int = 2023):
    """Form data as perfxl reads a template workbook filled with ``values`` (typed as given)."""
    form, cells = read_data({"年度": year, **values})
    buf = io.BytesIO()
    build_workbook(form, cells).save(buf)
    buf.seek(0)
    data, _ = read_stream(buf)
    assert data.source == "names"
    return data


def check(values: dict, only=None, profile=DEFAULT_PROFILE, year: int = 2023):
    return run_checks(read_values(values, year), profile, only=set(only) if only else None)


def with_(base: dict, **changes) -> dict:
    out = dict(base)
    out.update(changes)
    return out
