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


# -- the label locator: any grid of cells ------------------------------------------------

from perfxl.reading.grid import Grid, GridCell  # noqa: E402
from perfxl.reading.locate import read_by_labels  # noqa: E402

LABELS = ["编制数", "2023年实际在职人数", "控制率", "三公经费：", "1、公务接待费", "项目支出", "三级指标",
          "分值", "得分", "总分", "年度资金总额", "全年预算数", "一般公共预算：12", "部门整体支出绩效自评表",
          "财政供养人员情况", "批复规模（㎡）", "例行节约保障措施", "附件4", "其中：办公经费", "产出指标(50分)"]
cell_values = st.one_of(st.sampled_from(LABELS), typed, st.text(max_size=20))


@given(st.lists(st.tuples(st.integers(1, 30), st.integers(1, 10), cell_values), max_size=120),
       st.lists(st.tuples(st.integers(1, 30), st.integers(1, 10), st.integers(0, 3), st.integers(0, 3)), max_size=6))
@settings(max_examples=200, deadline=None)
def test_locator_never_raises(cells, merges):
    grid = Grid("表")
    for r, c, v in cells:
        if v is not None:
            grid.cells[(r, c)] = GridCell(r, c, v)
    for r, c, dr, dc in merges:
        for rr in range(r, r + dr + 1):
            for cc in range(c, c + dc + 1):
                if (rr, cc) != (r, c):
                    cell = grid.cells.get((rr, cc)) or GridCell(rr, cc)
                    cell.merged_from = (r, c)
                    grid.cells[(rr, cc)] = cell
    grid.max_row = max([r for r, _ in grid.cells] or [0])
    grid.max_col = max([c for _, c in grid.cells] or [0])
    from perfxl.checks.runner import run_checks

    data = read_by_labels([grid])
    run_checks(data)
