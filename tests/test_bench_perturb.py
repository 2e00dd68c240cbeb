"""bench/perturb.py: a claimed figure is scaled and written to its own decimals."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("perturb", Path(__file__).resolve().parent.parent / "bench" / "perturb.py")
perturb = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(perturb)


def test_a_figure_is_scaled_to_its_own_decimals():
    assert perturb.perturbed("1713万元", Decimal("0.87")) == "1490万元"
    assert perturb.perturbed("2,084.00万元", Decimal("0.87")) == "1813.08万元"
    assert perturb.perturbed("13.37%", Decimal("0.87")) == "11.63%"


def test_a_figure_the_scaling_would_not_change_moves_by_three_of_its_last_place():
    assert perturb.perturbed("1万元", Decimal("0.87")) == "4万元"


def test_zero_and_no_number_are_not_perturbed():
    assert perturb.perturbed("0万元", Decimal("0.87")) is None
    assert perturb.perturbed("全部", Decimal("0.87")) is None
