"""Worksheet functions for Excel (xlwings UDFs): perfxl's calculations in formulas.

Each function is a thin wrapper over ``perfxl.core`` — the same code the command line and
the button use — and returns a number, "" for empty input, or a short Chinese message;
it never raises into Excel.  On machines without Excel the xlwings decorators are plain
markers, so these are ordinary functions (that is how the tests call them).
"""

from __future__ import annotations

from typing import Any

from ..core import calc
from ..core.profile import DEFAULT_PROFILE
from ..core.values import parse_value

try:  # xlwings is optional for the core package: without it these stay plain functions
    import xlwings as xw

    func, arg = xw.func, xw.arg
except ImportError:  # pragma: no cover - exercised only where xlwings is absent
    def func(f=None, **_kw):
        return f if f is not None else (lambda g: g)

    def arg(*_a, **_kw):
        return lambda g: g


def _number(value: Any) -> float | None | str:
    """A cell's value as a number; None when empty; a message when it is not a number."""
    v = parse_value(value)
    if v.kind == "empty":
        return None
    if not v.is_number:
        return f"“{str(value).strip()}”不是数字"
    return v.fraction


def _numbers(*values: Any) -> list[float | None] | str:
    """The arguments as numbers, or the message about the first one that is not."""
    out = []
    for value in values:
        n = _number(value)
        if isinstance(n, str):
            return n
        out.append(n)
    return out


def _guarded(compute):
    """Run a calculation; an unexpected failure becomes a message, never an Excel #VALUE!."""
    try:
        result = compute()
    except Exception:  # noqa: BLE001 - a worksheet function must not raise
        return "perfxl：无法计算，请检查参数"
    return "" if result is None else result


@func
@arg("actual", doc="实际在职人数（单元格或数字）")
@arg("authorized", doc="编制数（单元格或数字）")
def PERFXL_CONTROL_RATE(actual, authorized):
    """在职人员控制率 = 实际在职人数 ÷ 编制数。编制数为空或 0 时返回空。"""
    args = _numbers(actual, authorized)
    return args if isinstance(args, str) else _guarded(lambda: calc.control_rate(*args))


@func
@arg("executed", doc="全年执行数（万元）")
@arg("budget", doc="全年预算数（调整后预算，万元），不是年初预算数")
def PERFXL_EXEC_RATE(executed, budget):
    """预算执行率 = 全年执行数 ÷ 全年预算数（调整后预算）。"""
    args = _numbers(executed, budget)
    return args if isinstance(args, str) else _guarded(lambda: calc.execution_rate(*args))


@func
@arg("executed", doc="全年执行数（万元）")
@arg("budget", doc="全年预算数（万元）")
@arg("weight", doc="分值，一般为 10")
def PERFXL_EXEC_SCORE(executed, budget, weight):
    """预算执行得分 = 执行率 × 分值，最高不超过分值，保留两位小数。"""
    args = _numbers(executed, budget, weight)
    return args if isinstance(args, str) else _guarded(lambda: calc.execution_score(*args, DEFAULT_PROFILE))


@func
@arg("target", doc="年度指标值，如 30家、≥10万元、≤200万元、95%、按计划完成")
@arg("actual", doc="实际完成值，如 34家、15万元、98%、较好")
@arg("weight", doc="分值")
@arg("kind", doc="可选：正向、反向、定性；不填时按“≤”和文字自动判断")
def PERFXL_INDICATOR_SCORE(target, actual, weight, kind=None):
    """按评分规则计算三级指标得分。定性指标返回得分区间（如“2.40–3.00”）；
    单位不一致等无法计分时返回原因。"""
    w = _number(weight)
    if isinstance(w, str):
        return w
    if w is None:
        return ""

    def compute():
        result = calc.score_indicator(target, actual, w, kind=kind or None, profile=DEFAULT_PROFILE)
        if result.status == "scored":
            return result.score
        if result.status == "qualitative":
            return f"{result.low:.2f}–{result.high:.2f}"
        return result.reason
    return _guarded(compute)


@func
@arg("total", doc="总得分")
def PERFXL_GRADE(total):
    """评价等级：90 分及以上“优”，80 分及以上“良”，60 分及以上“中”，其余“差”。"""
    t = _number(total)
    if isinstance(t, str):
        return t
    return _guarded(lambda: calc.grade(t, DEFAULT_PROFILE))


@func
@arg("stated", doc="表中填写的数（如 9.84 或 111.4%）")
@arg("expected", doc="按公式应得的数，或一个公式")
@arg("decimals", doc="可选：填写数保留的小数位（金额默认 2）")
def PERFXL_CHECK_CELL(stated, expected, decimals=2):
    """核对一个填写数：按四舍五入的区间判断是否与应得数相符。
    相符返回空；不符返回一句说明和可能原因。"""
    from ..checks import causes
    from ..core.intervals import Interval
    from ..core.stated import stated_interval

    e = _number(expected)
    if isinstance(e, str):
        return e
    if e is None or parse_value(stated).kind == "empty":
        return ""

    def compute():
        d = int(decimals) if decimals not in (None, "") else 2
        interval = stated_interval(stated, d)
        if interval is None:
            return f"“{stated}”不是数字"
        if interval.contains(e):
            return None
        computed = Interval.float_value(e)
        found = causes.cause("truncated") if causes.truncated(interval, computed) else \
            causes.name_cause(float(interval.mid), interval, computed, d)
        cause = causes.render(found)
        message = f"填写 {stated}，应为 {e:.{d}f}"
        return message + (f"：{cause}" if cause else "")
    return _guarded(compute)


UDF_NAMES = ("PERFXL_CONTROL_RATE", "PERFXL_EXEC_RATE", "PERFXL_EXEC_SCORE", "PERFXL_INDICATOR_SCORE",
             "PERFXL_GRADE", "PERFXL_CHECK_CELL")
