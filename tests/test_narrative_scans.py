"""The whole-text scans written for speed find what the plain patterns find.

A pattern that opens with an optional word or a look-behind is tried by the engine at every character of a text;
the scans below start from a character class or a fixed word instead.  Each is checked here against the pattern it
replaces, on every passage of the corpus and the audit set and on made-up strings with the edge cases."""

import random
import re

import pytest

from perfxl.core.lazyre import find_each, lazy

from .narrative_corpus import load_corpus


def _texts():
    import tomllib
    from pathlib import Path

    texts = [p.text for p in load_corpus()]
    for path in sorted((Path(__file__).parent / "data" / "audit" / "pages").glob("*.toml")):
        texts.append(tomllib.loads(path.read_text(encoding="utf-8"))["text"])
    return texts


@pytest.fixture(scope="module")
def texts():
    from perfxl.narrative.structure import view_of

    return [view_of(t) for t in _texts()]


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_find_each_finds_what_finditer_finds():
    pattern, first = lazy(r"(?:约|大约)?\d+(?:万元|元)?"), lazy(r"[约大\d]")
    rng = random.Random(5)
    for _ in range(3000):
        s = "".join(rng.choice("约大12万元，x") for _ in range(rng.randrange(0, 16)))
        assert _spans(find_each(pattern, first, s)) == _spans(pattern.finditer(s)), s
    assert list(find_each(pattern, first, "")) == []


def test_find_each_is_refused_nothing_by_a_class_that_misses_a_start():
    # the class must hold every character a match can start with: one left out loses its matches (the test above
    # would fail with such a class)
    pattern = lazy(r"(?:约)?\d+元")
    assert [m.group() for m in find_each(pattern, lazy(r"\d"), "约5元")] == ["5元"]
    assert [m.group() for m in pattern.finditer("约5元")] == ["约5元"]


def test_figure_scans_match_the_plain_scans(texts):
    from perfxl.narrative import figures as F

    for view in texts:
        s, _ = F._normalize_with_map(view)
        assert _spans(find_each(F._FIGURE, F._FIGURE_FIRST, s)) == _spans(F._FIGURE.finditer(s))
        assert _spans(find_each(F._CN_FIGURE, F._CN_FIGURE_FIRST, s)) == _spans(F._CN_FIGURE.finditer(s))


# each rewritten pattern and the one it replaces (the look-behind before a match is now a character of the match)
_BEFORE = {
    "_LIST_WORDS": r"其中|包(?<![不未]包)括|含(?<![不未]含)(?<!不包含)(?<!未包含)(?!义|量)|分别为|分别是|具体是|具体为|"
                   r"(?:构成|组成)(?:情况)?(?:为|是|如下)(?=\s*[:：])|"
                   # (since red-team 21 and 22: lists opened by "按功能分类：", "从支出功能分类看，")
                   r"(?<=[，,])\s*(?:按|从|分)(?:支出)?(?:功能|经济)(?:分类)?(?:科目)?(?:看|来看|划分)?(?=\s*[:：，,])",
    # (since red-team 17: "主要用于：" and "具体用于：" with a colon alone, not before "一是" items)
    "_USES_LIST": r"(?:主要|具体)?用于(?:以下|如下)(?:几个)?方面(?=\s*[:：])|(?:主要|具体)用于(?=\s*[:：](?!\s*一是))",
    "_RUBY": r"(?<=[\u4e00-\u9fff])[(（][a-zü\u00e0-\u01dc]{1,7}[)）]",
}
_SAMPLES = ["构成情况为：A", "1527.80万元，按功能分类：A", "。\n分功能科目看：", "从支出经济分类看，", "组成如下：", "主要用于以下方面：", "具体用于如下几个方面 ：", "用于以下方面:", "財(cái)政",
            "（ab）", "增長(zhǎng)", "其中包括", "不包含", "含义"]


@pytest.mark.parametrize("name", sorted(_BEFORE))
def test_rewritten_patterns_match_as_before(name, texts):
    from perfxl.narrative import structure

    now, before = getattr(structure, name), re.compile(_BEFORE[name])
    for s in texts + _SAMPLES:
        assert _spans(now.finditer(s)) == _spans(before.finditer(s)), s


def test_remarks_and_footnotes_blanked_as_before(texts):
    from perfxl.narrative import structure

    remark = re.compile(r"(?<=\d)(\s*(?:万元|亿元|千元|元|%))[（(]([^（）()\n]{1,24})[）)]")
    footnote = re.compile(r"(?<=\d)(\s*(?:万元|亿元|千元|元|%))(?:[*※①-⑳]|\[\d{1,2}\])+")
    for s in texts + ["12万元（详见附表1）3元(已审计)", "8.1%（已审计）和91.9%", "5元①②6 亿元[12]", "1元（a）2元（b）"]:
        assert [(m.end(1), m.end(), m.groups()) for m in structure._REMARK.finditer(s)] == \
               [(m.end(1), m.end(), m.groups()) for m in remark.finditer(s)], s
        assert [(m.end(1), m.end(), m.groups()) for m in structure._FOOTNOTE.finditer(s)] == \
               [(m.end(1), m.end(), m.groups()) for m in footnote.finditer(s)], s


def test_cut_points_found_as_before(texts):
    from perfxl.narrative import figures

    before = re.compile(r"(?<=\d) [.,](?=\d)")
    for s in texts + ["163 .58万元", " .5", "4 ,229.50", "a .5"]:
        assert [m.span() for m in figures._CUT_BEFORE_POINT.finditer(s)] == [m.span() for m in before.finditer(s)], s


def test_doubled_scales_and_structures_found_from_their_words(texts):
    from perfxl.checks import rules_narrative as N
    from perfxl.checks import rules_narrative_recall as R

    samples = ["投资3万万元", "12002.41万万元", "1,200 亿亿元和5亿万元", "万万元", "三次产业结构为8.4:40.9:50.7",
               "三次 \n产业结构调整为 1:2:3", "产业结构由10:20:70调整为8:30:62", "三次三次产业结构为1:2:3"]
    for s in texts + samples:
        assert _spans(N._doubled_scales(s)) == _spans(N._DOUBLED_SCALE.finditer(s)), s
        assert _spans(R._structures(s)) == _spans(R._STRUCTURE.finditer(s)), s


def test_region_counts_outside_a_stretch_are_a_count_of_the_text_without_it():
    from perfxl.narrative.read import Narrative
    from perfxl.narrative.structure import NarrativeDoc

    rng = random.Random(11)
    text = "".join(rng.choice(["全市", "全区", "全", "市", "。", "x", "\n"]) for _ in range(300))
    doc = NarrativeDoc.of(Narrative(text, "r.txt", "txt"))
    region = lazy(r"全(?:国|省|市|州|盟|县|旗|区)")
    for _ in range(500):
        a = rng.randrange(0, len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        counts: dict[str, int] = {}
        for r in region.findall(doc.text[:a] + "\n" + doc.text[b:]):
            counts[r] = counts.get(r, 0) + 1
        assert doc.count_outside(region, a, b) == counts
