"""bench/rewrites.py: every rewrite keeps each figure, and the offset map finds it in the rewritten text."""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from tests.narrative_corpus import load_corpus

_BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(_BENCH))
_SPEC = importlib.util.spec_from_file_location("rewrites", _BENCH / "rewrites.py")
rewrites = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(rewrites)

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_UNITS = {"萬": "万", "億": "亿"}


def _figure(claim: str) -> tuple[Decimal, int, str] | None:
    """The claim's first number (value and decimals) and its unit, read the same way whatever the form."""
    plain = "".join(_UNITS.get(c, c) for c in unicodedata.normalize("NFKC", claim)).replace(" ", "").replace("\n", "")
    m = _NUMBER.search(plain)
    if m is None:
        return None
    digits = m.group().replace(",", "")
    return Decimal(digits), len(digits.split(".")[1]) if "." in digits else 0, plain[m.end():]


@pytest.fixture(scope="module")
def passages():
    wanted = {"001", "007", "191"}
    return [p for p in load_corpus() if p.id in wanted]


@pytest.mark.parametrize("name", sorted(rewrites.REWRITES))
def test_every_rewrite_keeps_the_claims_figures_at_their_mapped_place(passages, name):
    assert len(passages) == 3
    for p in passages:
        moved, rw = rewrites.rewritten_passage(p, name)
        assert rw.text == moved.text
        for old, new in zip(p.relations, moved.relations):
            assert moved.text[new.claim_start:new.claim_start + len(new.claim)] == new.claim
            assert _figure(new.claim) == _figure(old.claim), (name, p.id, old.claim, new.claim)
            assert rw.back(new.claim_start) == old.claim_start


def test_the_rewrites_write_the_forms_they_name():
    text = "2023年预算数12345.6万元，比上年增长5.2%（其中：基本支出2,084.00万元）。"
    assert rewrites.rewrite("fullwidth", text).text.startswith("２０２３年预算数１２３４５．６万元，")
    assert "預算數12345.6萬元" in rewrites.rewrite("traditional", text).text
    assert rewrites.rewrite("spaced", text).text.startswith("2023 年预算数12345.6 万元，比上年增长5.2 %")
    assert "12,345.6万元" in rewrites.rewrite("grouped", text).text
    assert rewrites.rewrite("grouped", "2023年收入12345678元").text == "2023年收入12,345,678元"
    assert rewrites.rewrite("ascii_punct", text).text.endswith("(其中:基本支出2,084.00万元)。")
    assert rewrites.rewrite("markers", text).text.startswith("一、2023年")
    assert rewrites.rewrite("markers_paren", text).text.startswith("（一）2023年")
    assert rewrites.rewrite("stop_space", "收入100万元。其中：A 60万元；B 40万元。\n").text == "收入100万元。 其中：A 60万元； B 40万元。\n"


def test_a_wrap_never_stands_beside_a_digit_a_point_or_a_percent_sign():
    text = "本年支出合计12345.67万元，比上年增长12.5%，其中基本支出8000万元，项目支出4345.67万元。" * 3
    for width in (23, 38):
        out = rewrites.rewrite(f"wrap{width}", text).text
        assert out.replace("\n", "") == text and "\n" in out
        for m in re.finditer("\n", out):
            assert out[m.start() - 1] not in "0123456789.%" and out[m.end()] not in "0123456789.%"
