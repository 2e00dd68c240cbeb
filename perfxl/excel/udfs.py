"""Worksheet functions for Excel (xlwings UDFs): perfxl's calculations in formulas.

Each function is a thin wrapper over ``perfxl.core`` — the same code the command line and
the button use — and returns a number, "" for empty input, or a short Chinese message;
it never raises into Excel.  On machines without Excel the xlwings decorators are plain
markers, so these are ordinary functions (that is how the tests call them).

Every function is registered under the Excel function category ``CATEGORY`` and listed
in ``REGISTRY`` with its argument descriptions; ``perfxl.excel.addin`` generates the VBA
wrappers shipped inside perfxl.xlam from that registry, so the add-in and this module
cannot disagree about names or arguments.

How Excel hands values over (xlwings):

* an error cell (#N/A, #VALUE! …) arrives as its text with ``err_to_str`` (set on every
  argument below), or as the COM error code; both become a Chinese message naming the
  argument.  An empty cell arrives as None and gives an empty result.
* a range of several cells arrives as a list; where one value is expected that is a
  message, not a silent first cell.
"""

from __future__ import annotations

import math
from typing import Any, Callable

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

CATEGORY = "绩效自评"
MODULE = __name__
REGISTRY: dict[str, Callable] = {}

# Excel's cell errors as COM hands them over (xlwings' _xlwindows.cell_errors) and as text.
CELL_ERRORS = {-2146826281: "#DIV/0!", -2146826246: "#N/A", -2146826259: "#NAME?",
               -2146826288: "#NULL!", -2146826252: "#NUM!", -2146826265: "#REF!",
               -2146826273: "#VALUE!"}
ERROR_TEXTS = frozenset(CELL_ERRORS.values()) | {"#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!",
                                                 "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!"}


def udf(**params: str):
    """Register a worksheet function: category 绩效自评, each argument's 中文说明 (shown in
    Excel's function dialog) and error cells handed over as text."""
    def decorate(f):
        for name in reversed(list(params)):
            f = arg(name, doc=params[name], err_to_str=True)(f)
        f = func(category=CATEGORY)(f)
        f.perfxl_params = dict(params)
        REGISTRY[f.__name__] = f
        return f
    return decorate


class _Bad(Exception):
    """An argument that cannot be used; the message is what the cell shows."""


def _label(doc: str) -> str:
    return doc.split("（")[0].split("，")[0].split("：")[0]


def _single(value: Any, doc: str) -> Any:
    """One cell's value: a range or an error cell becomes a message."""
    if isinstance(value, (list, tuple)):
        flat = [v for row in value for v in (row if isinstance(row, (list, tuple)) else [row])]
        if len(flat) == 1:
            return _single(flat[0], doc)
        raise _Bad(f"“{_label(doc)}”应为一个单元格，不能是区域（收到 {len(flat)} 个单元格）")
    if isinstance(value, int) and not isinstance(value, bool) and value in CELL_ERRORS:
        value = CELL_ERRORS[value]
    if isinstance(value, str) and value.strip().upper() in ERROR_TEXTS:
        raise _Bad(f"“{_label(doc)}”引用的单元格是错误值 {value.strip().upper()}，请先修正该单元格")
    if isinstance(value, Exception):
        raise _Bad(f"“{_label(doc)}”引用的单元格是错误值，请先修正该单元格")
    return value


def _number(value: Any, doc: str = "参数", *, low: float | None = None, high: float | None = None) -> float | None:
    """A cell's value as a number (None when empty); a message when it is not a number or
    lies outside [low, high]."""
    value = _single(value, doc)
    v = parse_value(value)
    if v.kind == "empty":
        return None
    if not v.is_number:
        raise _Bad(f"“{str(value).strip()}”不是数字")
    n = v.fraction
    if low is not None and n < low:
        raise _Bad(f"“{_label(doc)}”为 {value}，不能为负数" if low == 0 else f"“{_label(doc)}”为 {value}，小于 {low:g}")
    if high is not None and n > high:
        raise _Bad(f"“{_label(doc)}”为 {value}，超出 0–{high:g} 的范围")
    return n


def _answer(compute: Callable[[], Any]) -> Any:
    """Run a calculation: a bad argument shows its message; an unexpected failure becomes
    a message, never an Excel #VALUE!; nothing to compute is an empty cell."""
    try:
        result = compute()
    except _Bad as bad:
        return str(bad)
    except Exception:  # noqa: BLE001 - a worksheet function must not raise
        return "perfxl：无法计算，请检查参数"
    if isinstance(result, float) and not math.isfinite(result):
        return "perfxl：结果超出可计算的范围（数值过大或过小），请检查参数"
    return "" if result is None else result


@udf(actual="实际在职人数（单元格或数字）", authorized="编制数（单元格或数字）")
def PERFXL_CONTROL_RATE(actual, authorized):
    """在职人员控制率 = 实际在职人数 ÷ 编制数。编制数为空或 0 时返回空；人数为负数时返回说明。"""
    def compute():
        a = _number(actual, "实际在职人数", low=0)
        b = _number(authorized, "编制数", low=0)
        return calc.control_rate(a, b)
    return _answer(compute)


@udf(executed="全年执行数（万元）", budget="全年预算数（调整后预算，万元），不是年初预算数")
def PERFXL_EXEC_RATE(executed, budget):
    """预算执行率 = 全年执行数 ÷ 全年预算数（调整后预算）。金额为负数时返回说明。"""
    def compute():
        return calc.execution_rate(_number(executed, "全年执行数", low=0), _number(budget, "全年预算数", low=0))
    return _answer(compute)


@udf(executed="全年执行数（万元）", budget="全年预算数（万元）", weight="分值，一般为 10")
def PERFXL_EXEC_SCORE(executed, budget, weight):
    """预算执行得分 = 执行率 × 分值，最高不超过分值，保留两位小数。金额为负数、分值超出 0–100 时返回说明。"""
    def compute():
        return calc.execution_score(_number(executed, "全年执行数", low=0), _number(budget, "全年预算数", low=0),
                                    _number(weight, "分值", low=0, high=100), DEFAULT_PROFILE)
    return _answer(compute)


PERCENT_FRACTION_LIMIT = 1.5
"""A number handed over by Excel against a percent target is read as Excel stores a
percent cell: as a fraction (a cell showing 98% holds 0.98).  Up to 150 % that reading is
unambiguous in practice; a larger bare number (98 typed into an unformatted cell) could
be either 98 % or 9800 %, so the function asks for the % sign instead of guessing."""


_COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", None: ""}


def _fraction_as_percent(raw: Any, other: Any, what: str) -> Any:
    """``raw`` as "98%" text when it is a bare number compared with a percent value.  A
    number from Excel and a number typed as text ("0.98", "95") follow the same rule: up to
    ``PERCENT_FRACTION_LIMIT`` it is a fraction, above it the % sign is asked for."""
    if not parse_value(other).is_percent or isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)):
        number, sign, shown = float(raw), "", f"{raw:g}"
    else:
        v = parse_value(raw)
        if not (isinstance(raw, str) and v.kind == "number" and not v.unit and v.comparator in _COMPARATOR_SIGNS):
            return raw
        number, sign, shown = v.number, _COMPARATOR_SIGNS[v.comparator], f"“{raw.strip()}”"
    if abs(number) <= PERCENT_FRACTION_LIMIT:
        return f"{sign}{number * 100:.10g}%"
    raise _Bad(f"{what} {shown} 与百分比“{str(other).strip()}”比较时不明确：Excel 的百分比单元格保存为小数"
               f"（98% 即 0.98）；若是 {number:g}%，请输入“{sign}{number:g}%”")


def _amount_in_yuan(target: Any, actual: Any) -> str | None:
    """A bare number against a 万元 (亿元 …) target that is at least 万 times the target is
    almost surely written in 元: say so instead of scoring it as that many 万元."""
    from ..core.units import unit_of

    t, a = parse_value(target), parse_value(actual)
    if not (t.is_number and a.is_number and t.unit and not a.unit and t.number):
        return None
    unit = unit_of(t.unit)
    if unit.base != "元" or unit.factor < 10_000 or abs(a.number) < unit.factor * abs(t.number):
        return None
    shown = f"{actual:g}" if isinstance(actual, (int, float)) else f"“{actual}”"
    yuan = f"{a.number / unit.factor:g}{t.unit}"
    return (f"完成值 {shown} 没有写单位，按“{t.unit}”读是 {a.number:g}{t.unit}，可能是以元填写的"
            f"（即 {yuan}）；请写明单位，如“{yuan}”")


KIND_WORDS = "正向、反向、定性（也可写“正向指标”“反向指标”“成本指标”“定性指标”）"


@udf(target="年度指标值，如 30家、≥10万元、≤200万元、95%、按计划完成",
     actual="实际完成值，如 34家、15万元、98%、较好",
     weight="分值（0–100）",
     kind="可选：正向、反向、定性；不填时按“≤”和文字自动判断")
def PERFXL_INDICATOR_SCORE(target, actual, weight, kind=None):
    """按评分规则计算三级指标得分。定性指标返回得分区间（如“2.40–3.00”）；单位不一致等无法计分时返回原因。
    指标值或完成值为空时返回空；类型填了无法识别的文字时返回说明。
    没有单位的数字（单元格中的数字或以文字写的“0.98”“95”）与百分比指标比较时按 Excel 的存法读作小数：
    单元格显示 98% 即 0.98，对“≥95%”得满分；大于 1.5 的数字不能确定是否为百分数，返回说明。没有单位的数字对“万元”指标时，若不小于指标值的一万倍，
    多半是以元填写的，返回说明而不是按万元计 0 分。"""
    def compute():
        w = _number(weight, "分值", low=0, high=100)
        t = _single(target, "年度指标值")
        a = _single(actual, "实际完成值")
        k = _single(kind, "类型")
        k = "" if parse_value(k).kind == "empty" else str(k).strip()
        if k and calc.parse_direction(k) is None:
            return f"类型“{k}”无法识别，可填：{KIND_WORDS}，或不填（按“≤”和文字自动判断）"
        if w is None or parse_value(t).kind == "empty" or parse_value(a).kind == "empty":
            return None
        t2 = _fraction_as_percent(t, a, "指标值")
        a2 = _fraction_as_percent(a, t, "完成值")
        in_yuan = _amount_in_yuan(t2, a2)
        if in_yuan:
            return in_yuan
        result = calc.score_indicator(t2, a2, w, kind=k or None, profile=DEFAULT_PROFILE)
        if result.status == "scored":
            return result.score
        if result.status == "qualitative":
            return f"{result.low:.2f}–{result.high:.2f}"
        return result.reason
    return _answer(compute)


@udf(total="总得分（0–100）")
def PERFXL_GRADE(total):
    """评价等级：90 分及以上“优”，80 分及以上“良”，60 分及以上“中”，其余“差”。总分超出 0–100 时返回说明。"""
    return _answer(lambda: calc.grade(_number(total, "总得分", low=0, high=100), DEFAULT_PROFILE))


@udf(stated="表中填写的数（如 9.84 或 111.4%）", expected="按公式应得的数，或一个公式",
     decimals="可选：填写数保留的小数位（金额默认 2）")
def PERFXL_CHECK_CELL(stated, expected, decimals=2):
    """核对一个填写数：按四舍五入的区间判断是否与应得数相符。
    相符返回空；不符返回一句说明和可能原因。"""
    from ..checks import causes
    from ..core.intervals import Interval
    from ..core.stated import stated_interval

    def compute():
        e = _number(expected, "应得数")
        s = _single(stated, "填写数")
        dec = _number(decimals, "小数位", low=0, high=10)
        if e is None or parse_value(s).kind == "empty":
            return None
        d = int(dec) if dec is not None else 2
        interval = stated_interval(s, d)
        if interval is None:
            return f"“{s}”不是数字"
        if interval.contains(e):
            return None
        computed = Interval.float_value(e)
        found = causes.cause("truncated") if causes.truncated(interval, computed) else \
            causes.name_cause(float(interval.mid), interval, computed, d)
        cause = causes.render(found)
        message = f"填写 {s}，应为 {e:.{d}f}"
        return message + (f"：{cause}" if cause else "")
    return _answer(compute)


UDF_NAMES = tuple(REGISTRY)
