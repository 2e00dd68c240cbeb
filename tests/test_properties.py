"""Property-based tests: no typed text crashes the parser or the scorer."""

from hypothesis import given, settings
from hypothesis import strategies as st

from perfxl.core.calc import score_indicator
from perfxl.core.values import parse_value

typed = st.one_of(
    st.text(),
    st.text(alphabet="0123456789.,%％≥≤＞＜＝><=万亿千百元亩家户人吨次以上以下余约　 -"),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(),
    st.none(),
)


@given(typed)
@settings(max_examples=400)
def test_parse_value_never_raises(raw):
    v = parse_value(raw)
    assert v.kind in ("empty", "number", "text")
    assert (v.number is not None) == (v.kind == "number")


@given(typed, typed, st.one_of(st.none(), st.floats(min_value=0, max_value=100)))
@settings(max_examples=300)
def test_score_never_raises_and_stays_within_weight(target, actual, weight):
    s = score_indicator(target, actual, weight)
    if s.low is not None and weight is not None:
        assert 0 <= s.low <= s.high <= weight + 1e-9
