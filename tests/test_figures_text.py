"""The text helpers of figure extraction and of the report's structure give exactly what their plain
definitions give."""

import random
import re
import unicodedata

from perfxl.narrative.figures import _normalize_with_map
from perfxl.narrative.structure import join_cjk

_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_ALPHABET = ("基本支出万元占比较一二" "\u4dff\u4e00\u9fff\ua000" " \u3000\t\n\xa0\u2003" "ab12.%"
             "，。（）％：；ｱ①²ﬁ㎡　\u0301é")


def _reference_normalize(text):
    """NFKC per character, ㎡ and ， kept, 　 to a space; the map when lengths change."""
    out, where = [], []
    for i, ch in enumerate(text):
        folded = ch if ch in "㎡，" else (" " if ch == "　" else unicodedata.normalize("NFKC", ch))
        out.extend(folded)
        where.extend([i] * len(folded))
    same = len(out) == len(text)
    return "".join(out), (None if same else where)


def _samples(n=3000, seed=5):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 14)))


def test_join_cjk_is_the_lookaround_substitution():
    for s in _samples():
        assert join_cjk(s) == _GAP.sub("", s), repr(s)
    assert join_cjk("基本 \u3000支出 ab 万元") == "基本支出 ab 万元"
    assert join_cjk(" 基 本 ") == " 基本 "


def test_normalize_with_map_is_nfkc_per_character():
    for s in _samples(seed=9):
        folded, where = _normalize_with_map(s)
        ref, ref_where = _reference_normalize(s)
        assert folded == ref, repr(s)
        if where is None:
            assert ref_where is None and len(folded) == len(s)
        else:
            assert where == ref_where, repr(s)
    assert _normalize_with_map("占比３０％，㎡")[0] == "占比30%，㎡"


def test_every_skipped_character_is_nfkc_stable():
    for code in list(range(0xA0)) + list(range(0x4E00, 0xA000)):
        assert unicodedata.normalize("NFKC", chr(code)) == chr(code)


_SCOPE_PATTERN = re.compile(r"\d+\s*[-—~至到]\s*\d+\s*月|\d+\s*月份|[上下]半年|[一二三四1-4]季度|前三季度|"
                            r"(?<![全本各该我])[\u4e00-\u9fff](?:省|市|县|区|州|盟|旗|镇|乡)(?![场级直属委政民域])|"
                            r"\d+个(?:县|区|市|乡|镇)|[省市县乡]级|本级|^\s*(?:在|从|就)[^，,]{2,20}(?:上|看|中)")
_PLACE_ALPHABET = "省市县区州盟旗镇乡全本各该我场级直属委政民域太原一二个在上月份季度半年" "\u4dff\u4e00\u9fff\ua000" "41 a，,-"


def test_paragraph_scope_test_is_the_one_pattern():
    from perfxl.narrative.structure import _SCOPE, _names_place

    def split(s):
        return bool(_SCOPE.search(s) or _names_place(s))

    rng = random.Random(11)
    for _ in range(6000):
        s = "".join(rng.choice(_PLACE_ALPHABET) for _ in range(rng.randint(0, 10)))
        assert split(s) == bool(_SCOPE_PATTERN.search(s)), repr(s)
    for s, named in (("太原市一般公共预算收入", True), ("晋城市", True), ("市场监管", False), ("太原市场", False),
                     ("太原市直属", False), ("本全市", False), ("A市", False), ("市", False)):
        assert _names_place(s) == named == bool(_SCOPE_PATTERN.search(s)), s
