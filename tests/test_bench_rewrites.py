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


_CN_YEAR = re.compile("[〇一二三四五六七八九]{4}(?=年)")


def _figure(claim: str) -> tuple[Decimal, int, str] | None:
    """The claim's first number (value and decimals) and its unit, read the same way whatever the form (a year in
    Chinese digits read as the year)."""
    plain = "".join(_UNITS.get(c, c) for c in unicodedata.normalize("NFKC", claim)).replace(" ", "").replace("\n", "")
    plain = _CN_YEAR.sub(lambda m: "".join(str("〇一二三四五六七八九".index(c)) for c in m.group()), plain)
    m = _NUMBER.search(plain)
    if m is None:
        return None
    digits = m.group().replace(",", "")
    return Decimal(digits), len(digits.split(".")[1]) if "." in digits else 0, plain[m.end():]


def _value(claim: str) -> tuple[Decimal, int, str] | None:
    """The claim's first figure as a value in 元 where it is written in 万元 (its decimals as written in 元, four
    fewer, never below none): what the ``yuan`` rewrite keeps."""
    f = _figure(claim)
    if f is None or not f[2].startswith("万元"):
        return f
    return f[0].scaleb(4), max(f[1] - 4, 0), f[2][1:]


@pytest.fixture(scope="module")
def passages():
    wanted = {"001", "007", "191", "116", "2313"}
    return [p for p in load_corpus() if p.id in wanted]


@pytest.mark.parametrize("name", sorted(rewrites.REWRITES))
def test_every_rewrite_keeps_the_claims_figures_at_their_mapped_place(passages, name):
    assert len(passages) == 5
    same = _value if name == "yuan" else _figure
    for p in passages:
        moved, rw = rewrites.rewritten_passage(p, name)
        assert rw.text == moved.text
        for old, new in zip(p.relations, moved.relations):
            assert moved.text[new.claim_start:new.claim_start + len(new.claim)] == new.claim
            assert same(new.claim) == same(old.claim), (name, p.id, old.claim, new.claim)
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
    assert rewrites.rewrite("yuan", text).text == "2023年预算数123456000元，比上年增长5.2%（其中：基本支出20840000元）。"
    assert rewrites.rewrite("yuan", "A 12.3456万元，B 1.5万元，C 0.123456 万元").text == "A 123456元，B 15000元，C 1234.56 元"
    # the second bound of a range and a part after 亿 keep their unit: rewriting them alone would change the figure
    assert rewrites.rewrite("yuan", "补助10-20万元，合计1亿2000万元").text == "补助10-20万元，合计1亿2000万元"
    # a number grouped by spaces is one number ("42 118万元" is 42118万元)
    assert rewrites.rewrite("yuan", "收入42 118万元，投入10 851.8万元").text == "收入421180000元，投入108518000元"
    assert rewrites.rewrite("cnyear", text).text.startswith("二〇二三年预算数12345.6万元")
    # never a part of a longer number or of a code
    assert rewrites.rewrite("cnyear", "12023年，编号A2023年，No-2023年").text == "12023年，编号A2023年，No-2023年"
    paragraph = "一、收支情况\n本年收入100万元，支出90万元。\n其中基本支出50万元，\n项目支出40万元。\n\n（一）收入\n收入12\n3万元，下降5%。\n"
    assert rewrites.rewrite("oneline", paragraph).text == (
        "一、收支情况\n本年收入100万元，支出90万元。其中基本支出50万元，项目支出40万元。\n\n（一）收入\n收入12\n3万元，下降5%。\n")


def test_a_wrap_never_stands_beside_a_digit_a_point_or_a_percent_sign():
    text = "本年支出合计12345.67万元，比上年增长12.5%，其中基本支出8000万元，项目支出4345.67万元。" * 3
    for name in ("wrap23", "wrap38", "pdfwidth"):
        out = rewrites.rewrite(name, text).text
        assert out.replace("\n", "") == text and "\n" in out
        for m in re.finditer("\n", out):
            assert out[m.start() - 1] not in "0123456789.%" and out[m.end()] not in "0123456789.%"


def test_pdfwidth_breaks_where_36_columns_are_full_with_ascii_half_a_column():
    text = "本年支出合计12345.67万元，其中基本支出8000万元，项目支出4345.67万元，比上年增长12.5%，主要是人员增加。" * 2
    out = rewrites.rewrite("pdfwidth", text).text
    assert out.replace("\n", "") == text
    lines = out.split("\n")
    width = [sum(1 if ord(c) < 0x80 else 2 for c in line) for line in lines]
    # a line ends where its next character would not fit in 36 columns (72 half columns), or later while a digit, a
    # point or a percent sign stands beside the break
    assert lines[0] == "本年支出合计12345.67万元，其中基本支出8000万元，项目支出4345.67万元，比" and width[0] == 71
    assert lines[1].endswith("其中基本支出8000万") and width[1] == 75   # moved on past "8000万"
    assert all(w + 1 >= 72 for w in width[:-1]) and all(w <= 80 for w in width)


def test_the_yuan_precision_text_keeps_the_unit_and_narrows_as_yuan_does():
    out = rewrites.Rewritten("A 1.5万元，B 12.3456万元，C 12万元", rewrites.yuan_precision_edits("A 1.5万元，B 12.3456万元，C 12万元"))
    assert out.text == "A 1.5000万元，B 12.3456万元，C 12.0000万元"
