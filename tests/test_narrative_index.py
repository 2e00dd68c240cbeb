"""The indexed lookups of the report's structure give what a scan of the text gives: the last
colon before a figure, the first figure of a stretch.  (They replace scans that made the checks
quadratic in the length of a sentence: a report with no sentence end at all.)"""

import random

from perfxl.narrative.read import Narrative
from perfxl.narrative.structure import Boundaries, NarrativeDoc

from .narrative_helpers import found


def test_last_mark_is_the_last_rfind():
    rng = random.Random(7)
    text = "".join(rng.choice("ab:：，c") for _ in range(400))
    marks = Boundaries(text, ":：")
    for _ in range(2000):
        a = rng.randrange(0, 401)
        b = rng.randrange(a, 401)
        assert marks.last(a, b) == max(text.rfind(":", a, b), text.rfind("：", a, b))


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
