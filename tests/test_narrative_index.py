"""The indexed lookups of the report's structure give what a scan of the text gives: the last
colon before a figure, the first figure of a stretch.  (They replace scans that made the checks
quadratic in the length of a sentence: a report with no sentence end at all.)"""

import random

from perfxl.narrative.read import Narrative
from perfxl.narrative.structure import (CLAUSE_END, PHRASE_DELIMS, SENTENCE_END, Boundaries, NarrativeDoc, TextIndex,
                                        _t2s, simplified)

from .narrative_helpers import found


def test_last_mark_is_the_last_rfind():
    rng = random.Random(7)
    text = "".join(rng.choice("ab:：，c") for _ in range(400))
    marks = Boundaries(text, ":：")
    for _ in range(2000):
        a = rng.randrange(0, 401)
        b = rng.randrange(a, 401)
        assert marks.last(a, b) == max(text.rfind(":", a, b), text.rfind("：", a, b))


def test_text_index_classes_filtered_from_the_phrases_as_a_scan_of_each_finds_them():
    # the sentence, clause and line boundaries are read off the phrase boundaries: each class holds the next
    assert set("\n") <= set(SENTENCE_END) <= set(CLAUSE_END) <= set(PHRASE_DELIMS)
    rng = random.Random(11)
    text = "".join(rng.choice("ab，。；;：\n\t!？【]c") for _ in range(3000))
    index = TextIndex(text)
    for got, chars in ((index.phrases, PHRASE_DELIMS), (index.clauses, CLAUSE_END),
                       (index.sentences, SENTENCE_END), (index.lines, "\n")):
        assert got.pos == [i for i, c in enumerate(text) if c in chars]
        assert got.pos  # every class occurs in the text
        assert got.n == len(text)


def test_simplified_folds_as_a_translation_of_every_character_would():
    text = "財政撥款收入1,234萬元，較上年增長5.2%；（一）基本支出【說明】[經費]^-\\，項目支出。\n" * 3
    cc = _t2s()
    table = {}
    for ch in set(text):
        if "\u4e00" <= ch <= "\u9fff" and len(cc.convert(ch)) == 1 and cc.convert(ch) != ch:
            table[ord(ch)] = cc.convert(ch)
    assert len(table) >= 8
    assert simplified(text) == text.translate(table) != text
    assert simplified("财政拨款收入100万元。") == "财政拨款收入100万元。"


def test_subject_drops_quotes_and_list_marks_as_the_translation_and_anchored_sub_did():
    from perfxl.narrative import figures as F

    quotes = str.maketrans("", "", "“”\"《》‘’")

    def old_subject(s, start):   # the stripping as it was written with translate and sub
        phrase = s[max(F.phrase_start(s, start), start - 60):start]
        phrase = F.join_cjk(phrase.translate(quotes)).strip()
        phrase = F._LIST_MARK.sub("", phrase).lstrip("（(").strip()
        changed = True
        while changed and phrase:
            changed = False
            for w in F._TRAILING:
                if phrase.endswith(w) and len(phrase) > len(w):
                    phrase, changed = phrase[: -len(w)], True
            for w in F._LEADING:
                if phrase.startswith(w) and len(phrase) > len(w):
                    phrase, changed = phrase[len(w):], True
        return phrase.strip()

    rng = random.Random(5)
    pieces = ["（一）", "1.", "二是", "一是：", "“", "”", "《", "》", "‘", "’", '"', "三公", "经费", " ", "支出", "(", "其中", "为"]
    stripped = 0
    for _ in range(3000):
        phrase = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 7)))
        text = phrase + "100万元"
        got = F._subject(text, len(phrase))[0]
        assert got == old_subject(text, len(phrase)), phrase
        stripped += got != phrase.strip()
    assert stripped > 1000
    assert F._subject("（一）“三公”经费100万元", len("（一）“三公”经费"))[0] == "三公经费"


def test_characters_that_may_fold_are_those_the_per_character_test_left():
    from perfxl.narrative.figures import _MAY_FOLD

    text = "".join(chr(c) for c in range(0, 0x3100)) + "".join(chr(c) for c in range(0x4d00, 0xa100)) + "０％㎡，　⑴"
    others = {ch for ch in set(text) if not (ch < "\xa0" or "\u4e00" <= ch <= "\u9fff")}
    assert set(_MAY_FOLD.findall(text)) == others
    assert {"\x9f", "\u4e00", "\u9fff", "a"}.isdisjoint(others) and {"\xa0", "\u4dff", "\ua000", "０"} <= others


def test_first_between_is_the_first_of_between():
    doc = NarrativeDoc.of(Narrative("基本支出100万元，项目支出20万元，占16.7%；公用经费3万元。", "r.txt", "txt"))
    n = len(doc.view)
    for a in range(n + 1):
        for b in range(a, n + 2):
            listed = doc.between(a, b)
            assert doc.first_between(a, b) is (listed[0] if listed else None)


def test_repeated_words_in_one_long_line():
    # no sentence end anywhere: the words said again in one "sentence" name two items (silent)
    line = "政府采购支出总额458.45万元，会议费1.25万元，政府采购支出总额468.45万元，" * 50
    assert found(line, {"N-REPEAT"}) == []
    # a qualifier before a colon tells the settings of two sentences apart …
    two = "{a}政府采购支出总额458.45万元，会议费1.25万元。\n{b}政府采购支出总额468.45万元。"
    assert found(two.format(a="货物类：", b="服务类："), {"N-REPEAT"}) == []
    # … and without it the two amounts are one quantity said two ways
    f, = found(two.format(a="", b=""), {"N-REPEAT"})
    assert f.narrative[0].text == "468.45万元"


def test_repeated_words_checked_only_where_their_values_disagree():
    # values that all overlap (458.4 ≈ 458.45 ≈ 458 as rounded) can say one quantity: silent …
    said = "政府采购支出总额{}万元，会议费1.25万元。\n"
    assert found("".join(said.format(v) for v in ("458.4", "458.45", "458")), {"N-REPEAT"}) == []
    # … one value out of three that overlaps neither of the others is found, wherever it stands
    for values, odd in ((("458.45", "458.45", "468.45"), "468.45万元"), (("458.45", "468.45", "458.4"), "468.45万元")):
        f, = found("".join(said.format(v) for v in values), {"N-REPEAT"})
        assert f.narrative[0].text == odd
    # two values that overlap a third but not each other (457.6 and 458.4 with 458) are still compared
    f, = found("".join(said.format(v) for v in ("457.6", "458", "458.4")), {"N-REPEAT"})
    assert f.narrative[0].text == "458.4万元"


# -- the collector is paused while a report is checked -------------------------------------------

def test_a_report_check_pauses_the_collector_and_restores_it():
    import gc

    from perfxl.checks import catalog

    seen = []
    rule = catalog.RULES["N-SUM"]
    orig = rule.func
    object.__setattr__(rule, "func", lambda r, ctx: (seen.append(gc.isenabled()), orig(r, ctx))[1])
    try:
        assert gc.isenabled()
        found("支出合计100万元，其中基本支出60万元，项目支出50万元。")
        assert seen == [False] and gc.isenabled()
        gc.disable()
        found("支出合计100万元。")
        assert not gc.isenabled()   # a caller that had paused it keeps it paused
    finally:
        gc.enable()
        object.__setattr__(rule, "func", orig)
    seen.clear()
    from perfxl.checks.runner import run_checks
    run_checks(None)   # no report: the tables' checks run as before
    assert gc.isenabled()


def test_a_report_check_leaves_no_cycles_for_the_collector():
    # the premise of the pause: checking a report makes no reference cycles, so nothing
    # is left for a later collection (the seed report and every kind of list in it)
    import gc
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "workbooks" / "北山镇2023_自评报告.txt").read_text(encoding="utf-8")
    found(text)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        found(text + "\n" + REPORT_WITH_LISTS)
        gc.collect()
        assert gc.garbage == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


REPORT_WITH_LISTS = ("本年支出合计1000万元，其中：基本支出600万元，项目支出400万元，占40%。\n"
                     "三公经费12.36万元（公务接待0.12万元，公务用车12.24万元），比上年减少1.2万元，下降8.8%。\n"
                     "在收入合计218.78亿元中，税收收入188.89亿元，占86.34%；非税收入29.89亿元。")


def test_full_width_digits_read_as_ascii_as_a_translation_would():
    from perfxl.narrative.structure import _full_width_to_ascii, view_of

    wide = "０１２３４５６７８９．％"
    text = "支出３１．８万元的４７．６％，" + wide + "，年" + wide[::-1]
    assert _full_width_to_ascii(text) == text.translate(str.maketrans(wide, "0123456789.%"))
    assert view_of("支出３１．８万元的４７．６％。") == "支出31.8万元的47.6%。"


def test_a_list_runs_off_the_text_as_the_strip_of_the_rest_says():
    from types import SimpleNamespace

    from perfxl.checks.rules_narrative import _runs_off_the_text

    rng = random.Random(5)
    for _ in range(2000):
        view = "".join(rng.choice(" \t\r\n，,、；;。a万") for _ in range(rng.randrange(0, 12)))
        end = rng.randrange(0, len(view) + 1)
        # (only separators after it, or no end of sentence before the text stops: cut off mid-item)
        expected = not view[end:].strip(" \t\r\n，,、；;") or not any(c in "。！？!?；;" for c in view[end:])
        assert _runs_off_the_text(SimpleNamespace(view=view), SimpleNamespace(end=end)) == expected
    # the words of the report: cut off after a comma (silent) or ended (a finding); a fund's spending, whose two
    # parts are all of it (a unit's 本年支出 may hold other kinds too, tests/test_narrative_unit_spending.py)
    cut = "财政拨款支出100万元，其中：基本支出60万元，项目支出30万元，"
    assert found(cut, {"N-SUM"}) == []
    assert [f.severity for f in found(cut.rstrip("，") + "。", {"N-SUM"})] == ["error"]


def test_list_words_found_where_the_lookbehind_pattern_finds_them():
    import re

    from perfxl.narrative.structure import _LIST_WORDS

    before = re.compile(r"其中|(?<![不未])包括|(?<![不未])(?<!不包)(?<!未包)含(?!义|量)|分别为|分别是|具体是|具体为")
    rng = random.Random(3)
    for _ in range(5000):
        s = "".join(rng.choice("不未包含括义量其中分别为是具体，x") for _ in range(14))
        assert [m.span() for m in _LIST_WORDS.finditer(s)] == [m.span() for m in before.finditer(s)], s
        k = rng.randrange(0, 14)
        assert bool(_LIST_WORDS.match(s, k)) == bool(before.match(s, k))
    assert [m.group() for m in _LIST_WORDS.finditer("不包括A，未含B，不包含C，含义，其中D，包括E，含F")] == ["其中", "包括", "含"]


def test_list_items_split_as_a_walk_over_every_character_splits_them():
    from perfxl.narrative.structure import _split_items

    def walk(view, a, b):
        while a < b and view[a] in " \t：:\n":
            a += 1   # a line break (or colon) right after the list word parts no items
        while b > a and view[b - 1] in " \t；;\n":
            b -= 1   # nor does a semicolon ending the list
        depth, semis, commas = 0, [], []
        for i in range(a, b):
            ch = view[i]
            if ch in "（(":
                depth += 1
            elif ch in "）)":
                depth = max(0, depth - 1)
            elif depth == 0 and ch in "；;\n":
                semis.append(i)
            elif depth == 0 and ch in "，,、":
                commas.append(i)
        bounds, prev = [], a
        for c in semis or commas:
            bounds.append((prev, c))
            prev = c + 1
        bounds.append((prev, b))
        return [(x, y) for x, y in bounds if view[x:y].strip()]

    rng = random.Random(9)
    for _ in range(3000):
        view = "".join(rng.choice("（()）；;\n，,、 ab1") for _ in range(rng.randrange(0, 16)))
        a = rng.randrange(0, len(view) + 1)
        b = rng.randrange(a, len(view) + 1)
        assert _split_items(view, a, b) == walk(view, a, b)


def test_threshold_found_where_the_bound_pattern_alone_finds_it():
    from perfxl.narrative import figures as F

    def old(s, m):
        # the bound word found by its pattern alone; a word of more or less right before the figure (超, 突破, 不足…) is
        # a bound whatever follows it, 高于 and 低于 only as the bound of something ("高于10亿元的县")
        bound = m.group("unit") and m.group("unit") != "%" and F._BOUND_BEFORE.search(s, max(0, m.start() - 3), m.start())
        return bool(bound and (not bound.group().startswith(("高于", "低于")) or F._BOUND_AFTER.match(s, m.end())))

    rng = random.Random(7)
    pieces = ["超过", "过", "過", "逾", "突破", "不足", "不到", "低于", "高于", "超", "的", "县", " ", "，", "收入", "亿元", "万元", "%", "5", "10"]
    hits = 0
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        s += rng.choice(pieces[:10] + ["", " "]) + rng.choice(["", " "]) + rng.choice(["5", "10.5"]) + rng.choice(["亿元", "万元", "%", "户"])
        s += "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        for m in F._FIGURE.finditer(s):
            assert F._threshold(s, m) == old(s, m), s
            hits += F._threshold(s, m)
    assert hits > 50   # the bound is found in many of the strings, not only ruled out


def test_based_rates_read_once_per_document_and_found_by_either_rule_order():
    from perfxl.checks import rules_narrative_recall as recall

    text = "全年财政收入730.48亿元，比上年的691.92亿元增长15.58%。"
    doc = NarrativeDoc.of(Narrative(text, "报告.txt", "txt"))
    first = recall.based_rates(doc)
    assert len(first) == 1 and first[0].rate.text == "15.58%"
    assert recall.based_rates(doc) is first   # the second rule to ask gets the same reading
    # the change's rate is found whether or not N-UNIT-SLIP asked first
    alone = [f.message for f in found(text, {"N-CHANGE"})]
    both = [f.message for f in found(text, {"N-CHANGE", "N-UNIT-SLIP"}) if f.rule == "N-CHANGE"]
    assert alone and alone == both


def test_diff_columns_as_trying_every_row_for_every_column_triple():
    from perfxl.checks.rules_narrative_recall import _diff_columns
    from perfxl.narrative.tables import tables
    from .narrative_corpus import load_corpus

    def old(t, width):
        best = None
        for p in range(width):
            for q in range(width):
                for d in range(width):
                    if len({p, q, d}) < 3:
                        continue
                    held = tried = 0
                    for r in t.rows:
                        a, b, c = t.value(r, p), t.value(r, q), t.value(r, d)
                        if a is None or b is None or c is None:
                            continue
                        tried += 1
                        held += (b - a).overlaps(c)
                    if held >= 3 and 3 * held >= 2 * tried and (best is None or held > best[0]):
                        best = (held, (p, q, d))
        return best[1] if best else None

    compared = found_columns = 0
    for passage in load_corpus(holdout=False):
        for t in tables(passage.text):
            width = max(len(r.cells) for r in t.rows)
            if len(t.rows) < 3 or width < 4:
                continue
            cols = _diff_columns(t, width)
            assert cols == old(t, width), passage.id
            compared += 1
            found_columns += cols is not None
    assert compared >= 10 and found_columns >= 1
