import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfxl.core.values import normalize_text, parse_number, parse_value


@pytest.mark.parametrize(
    "text, number, unit, comparator, decimals",
    [
        ("30家", 30, "家", None, 0),
        ("2.5万亩", 2.5, "万亩", None, 1),
        ("≥10万元", 10, "万元", ">=", 0),
        ("≤200万元", 200, "万元", "<=", 0),
        ("100%", 100, "%", None, 0),
        ("98.5%", 98.5, "%", None, 1),
        ("0.6万亩", 0.6, "万亩", None, 1),
        ("＞＝１０", 10, "", ">=", 0),
        ("　34家 ", 34, "家", None, 0),
        ("789.67亩", 789.67, "亩", None, 2),
        ("1525.35万元　", 1525.35, "万元", None, 2),
        ("10,000户", 10000, "户", None, 0),
        ("95%以上", 95, "%", ">=", 0),
        ("不超过 5 万元", 5, "万元", "<=", 0),
        ("＜３次", 3, "次", "<", 0),
        ("９８．５％", 98.5, "%", None, 1),
        ("2.50", 2.5, "", None, 2),
    ],
)
def test_typed_numbers(text, number, unit, comparator, decimals):
    v = parse_value(text)
    assert v.kind == "number"
    assert v.number == pytest.approx(number)
    assert (v.unit, v.comparator, v.decimals) == (unit, comparator, decimals)
    assert not v.approximate


@pytest.mark.parametrize("text", ["按计划完成", "较好", "显著", "基本按计划完成", "5-15户", "完成34家", "#DIV/0!"])
def test_text_stays_text(text):
    v = parse_value(text)
    assert v.kind == "text" and v.number is None and v.text == text


@pytest.mark.parametrize("text", ["90余吨", "约400人", "近300次", "200人左右"])
def test_approximate_figures_are_marked(text):
    v = parse_value(text)
    assert v.kind == "number" and v.approximate


@pytest.mark.parametrize("raw", [None, "", "   ", "　　"])
def test_empty(raw):
    assert parse_value(raw).kind == "empty"


def test_cell_numbers_keep_their_precision():
    assert parse_value(127).decimals == 0
    assert parse_value(4.74).decimals == 2
    assert parse_value(float("nan")).kind == "text"
    assert parse_value(True).kind == "text"


def test_percent_fraction():
    assert parse_value("96%").fraction == pytest.approx(0.96)
    assert parse_number("3.20万元") == pytest.approx(3.2)
    assert parse_number("较好") is None


def test_normalize_folds_full_width_and_spaces():
    assert normalize_text("＞＝１０　万元 ") == ">=10万元"


_UNIT_PATTERN = r"%|㎡|m²|m2|[A-Za-z]{1,3}|[\u4e00-\u9fff]{1,5}"


@pytest.mark.parametrize("rest", ["%", "㎡", "m²", "m2", "m", "km", "KWH", "kwhs", "万亩", "人次", "平方公里", "五个字单位",
                                  "六个字的单位", "万元%", "m2m", "m²2", "", "个 ", " 个", "１个", "é", "Ｍ", "亿", "〇",
                                  "\u4dff", "\u9fff", "\ua000", "万\n"])
def test_unit_test_is_the_unit_pattern(rest):
    import re

    from perfxl.core.values import _is_unit

    assert _is_unit(rest) == bool(re.fullmatch(_UNIT_PATTERN, rest))


@given(st.text(alphabet="%㎡m²2kAZaz万亩人次元\u4dff\u4e00\u9fff\ua000 é1", max_size=7))
@settings(max_examples=500)
def test_unit_test_is_the_unit_pattern_on_any_text(rest):
    import re

    from perfxl.core.values import _is_unit

    assert _is_unit(rest) == bool(re.fullmatch(_UNIT_PATTERN, rest))
