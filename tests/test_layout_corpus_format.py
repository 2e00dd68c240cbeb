"""The real-world layout corpus is consistent: the manifest matches the generated workbooks.

This checks the corpus itself (cells, values, planted variants, and the arithmetic of every clean
copy), not perfxl's reading of it.
"""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest

from tests.layout_corpus import build_layouts, inline_numbers, load_layouts

LAYOUTS = load_layouts()
FORMS = [lay for lay in LAYOUTS if lay.is_form]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_layouts(tmp_path_factory.mktemp("layouts"))


@pytest.fixture(scope="module")
def books(built):
    return {k: openpyxl.load_workbook(p) for k, p in built.items()}


def _value(books, layout_id, variant, cell):
    sheet, ref = cell.rsplit("!", 1)
    return books[(layout_id, variant)][sheet][ref].value


def test_corpus_size_and_spread():
    provinces = {lay.province for lay in FORMS}
    assert len(FORMS) >= 8
    assert len(provinces) >= 7, provinces
    assert len([lay for lay in LAYOUTS if not lay.is_form]) >= 6
    for lay in FORMS:
        assert lay.source and lay.values_from in ("published", "constructed")
        assert 2 <= len(lay.planted) <= 4, lay.id
    assert len({lay.id for lay in LAYOUTS}) == len(LAYOUTS)


def test_every_variant_is_built(built):
    expected = {(lay.id, v) for lay in LAYOUTS for v in lay.variants}
    assert set(built) == expected
    for lay in LAYOUTS:
        assert lay.variants == ["clean"] + [p.id for p in lay.planted]


@pytest.mark.parametrize("layout", FORMS, ids=lambda lay: lay.id)
def test_expected_cells_hold_expected_values(layout, books):
    wb = books[(layout.id, "clean")]
    assert wb.sheetnames == layout.sheets
    checked = 0
    for part in layout.parts:
        entries = list(part.expected.values()) + [e for row in part.indicators for e in row.cells.values()]
        for e in entries:
            assert e.sheet in wb.sheetnames, e
            got = wb[e.sheet][e.ref].value
            if e.blank:
                assert got in (None, ""), (e, got)
            elif e.inline:
                assert float(e.value) in inline_numbers(got), (e, got)
            else:
                assert got == e.value, (e, got)
                if e.number_format:
                    assert wb[e.sheet][e.ref].number_format == e.number_format
            checked += 1
        for key in part.absent:
            assert key not in part.expected, key
        for row in part.indicators:
            assert row.cells["level3"].value not in (None, ""), row
    assert checked > 0


@pytest.mark.parametrize("layout", [lay for lay in LAYOUTS if lay.planted], ids=lambda lay: lay.id)
def test_planted_variant_differs_in_exactly_one_cell(layout, books):
    clean = books[(layout.id, "clean")]
    for p in layout.planted:
        wb = books[(layout.id, p.id)]
        diffs = []
        for ws in clean.worksheets:
            other = wb[ws.title]
            rows = max(ws.max_row, other.max_row)
            cols = max(ws.max_column, other.max_column)
            for r in range(1, rows + 1):
                for c in range(1, cols + 1):
                    if ws.cell(r, c).value != other.cell(r, c).value:
                        diffs.append(f"{ws.title}!{ws.cell(r, c).coordinate}")
        assert diffs == [p.cell], (p.id, diffs)
        assert _value(books, layout.id, p.id, p.cell) == p.value
        assert _value(books, layout.id, "clean", p.cell) == p.was != p.value
        for cell in p.finding:
            assert cell.rsplit("!", 1)[0] in layout.sheets


# -- the clean copies are arithmetically consistent (hand-chosen values, checked here) -----------

def _num(e):
    if e is None or e.blank:
        return None
    v = e.value
    if isinstance(v, (int, float)):
        return Decimal(str(v))
    nums = inline_numbers(v)
    return Decimal(str(nums[0])) if nums else None


def _decimals(d: Decimal) -> int:
    return max(0, -d.as_tuple().exponent)


def _close(total: Decimal, parts: list[Decimal]) -> bool:
    """Rounded figures: the total's interval overlaps the parts' summed interval."""
    half = lambda d: Decimal(5) / Decimal(10) ** (_decimals(d) + 1) if _decimals(d) else Decimal(0)  # noqa: E731
    lo = sum(p - half(p) for p in parts)
    hi = sum(p + half(p) for p in parts)
    return total + half(total) >= lo and total - half(total) <= hi


@pytest.mark.parametrize("layout", [lay for lay in FORMS if any(p.form == "project" for p in lay.parts)],
                         ids=lambda lay: lay.id)
def test_clean_project_relations_hold(layout):
    for part in layout.parts:
        ex = part.expected
        for col in ("initial", "adjusted", "executed"):
            total = _num(ex.get(f"project.funds.total.{col}"))
            parts = [_num(ex.get(f"project.funds.{p}.{col}"))
                     for p in ("appropriation", "carryover", "other", "special", "unit_own")]
            parts = [p for p in parts if p is not None]
            if total is not None and parts:
                assert _close(total, parts), (part.name, col)
        scores, weights = [], []
        for row in part.indicators:
            w, s = _num(row.cells.get("weight")), _num(row.cells.get("score"))
            if w is not None and s is not None:
                assert s <= w, row
                weights.append(w)
                scores.append(s)
        fs = _num(ex.get("project.funds.total.score"))
        total_score = _num(ex.get("project.total.score"))
        if total_score is not None:
            assert _close(total_score, scores + ([fs] if fs is not None else [])), part.name
        total_weight = _num(ex.get("project.total.weight"))
        if total_weight is not None:
            fw = _num(ex.get("project.funds.total.weight"))
            assert total_weight == sum(weights) + (fw or 0), part.name


def test_clean_beishan_relations_hold():
    lay = next(lay for lay in LAYOUTS if lay.id == "hn_beishan")
    a4 = next(p for p in lay.parts if p.form == "attachment4")
    scores = [_num(r.cells["score"]) for r in a4.indicators]
    assert _close(_num(a4.expected["total.score"]), scores + [_num(a4.expected["budget.score"])])
    assert _close(_num(a4.expected["budget.adjusted"]),
                  [_num(a4.expected[k]) for k in ("income.general", "income.fund", "income.special", "income.other")])


@pytest.mark.parametrize("layout", [lay for lay in FORMS if any(p.form == "attachment4" for p in lay.parts)],
                         ids=lambda lay: lay.id)
def test_clean_attachment4_scores_add_up(layout):
    for part in (p for p in layout.parts if p.form == "attachment4"):
        scores = []
        for row in part.indicators:
            w, s = _num(row.cells.get("weight")), _num(row.cells.get("score"))
            if s is not None:
                scores.append(s)
            if w is not None and s is not None:
                assert s <= w, row
        budget = _num(part.expected.get("budget.score"))
        assert _close(_num(part.expected["total.score"]), scores + [budget])
        adjusted, executed = _num(part.expected.get("budget.adjusted")), _num(part.expected.get("budget.executed"))
        rate = part.expected.get("budget.rate")
        if adjusted and executed is not None and rate is not None and not rate.blank:
            r = rate.value if isinstance(rate.value, (int, float)) else inline_numbers(rate.value)[0] / 100
            decimals = 4 if (rate.number_format or "").endswith(".00%") else 3
            assert abs(Decimal(str(r)) - executed / adjusted) <= Decimal(5) / Decimal(10) ** (decimals + 1) + Decimal("1e-9")
