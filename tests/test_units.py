import pytest

from perfxl.core.units import conversion_factor, unit_of


def test_scaled_units_convert():
    assert conversion_factor("万亩", "亩") == 10000
    assert conversion_factor("亩", "万亩") == pytest.approx(1e-4)
    assert conversion_factor("亿元", "万元") == 10000
    assert conversion_factor("公里", "米") == 1000
    assert conversion_factor("千米", "公里") == 1


@pytest.mark.parametrize("a, b", [("家", "户"), ("人", "人次"), ("吨", "亩"), ("%", "家")])
def test_different_kinds_do_not_convert(a, b):
    assert conversion_factor(a, b) is None


def test_percent_unit():
    assert unit_of("%").is_percent and not unit_of("家").is_percent
