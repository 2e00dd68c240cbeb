"""Patterns compiled on first use behave as the compiled pattern."""

import copy
import re

from perfxl.core.lazyre import lazy


def test_not_compiled_until_used():
    p = lazy(r"(\d+)万元")
    assert "search" not in vars(p)
    assert p.search("共计12万元").group(1) == "12"
    assert "search" in vars(p) and "finditer" in vars(p)


def test_same_results_as_compiled():
    source, flags = r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>万元|%)", re.I
    lazy_p, compiled = lazy(source, flags), re.compile(source, flags)
    text = "支出12.5万元，占 30%，另 7 户"
    assert [m.span() for m in lazy_p.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy_p.sub("#", text) == compiled.sub("#", text)
    assert lazy_p.findall(text) == compiled.findall(text)
    assert lazy_p.match(text) is None and compiled.match(text) is None
    assert lazy_p.fullmatch("30%").group("unit") == "%"
    assert lazy_p.split(text) == compiled.split(text)
    assert (lazy_p.pattern, lazy_p.flags, lazy_p.groups, dict(lazy_p.groupindex)) == \
        (compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex))
    assert lazy_p.compiled.pattern == source


def test_bad_attribute_and_copy():
    p = lazy(r"\d")
    try:
        p.no_such_method
    except AttributeError:
        pass
    else:
        raise AssertionError("an unknown attribute must raise AttributeError")
    q = copy.copy(lazy(r"a+"))
    assert q.sub("b", "caat") == "cbt"
