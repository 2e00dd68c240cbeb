"""Loader for the real-world layout corpus (tests/data/layouts): what each layout holds and where.

Used by the corpus format test and by readers' tests and benchmarks::

    from tests.layout_corpus import load_layouts, build_layouts
    paths = build_layouts(tmp_path)                # {(layout_id, variant): Path}
    for layout in load_layouts():
        for part in layout.parts:
            part.expected["budget.adjusted"].sheet, .ref, .value

A field listed in ``Part.absent`` is not in the layout: a reader must report it as not found.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

LAYOUT_DIR = Path(__file__).resolve().parent / "data" / "layouts"
MANIFEST = LAYOUT_DIR / "manifest.toml"


@dataclass(frozen=True)
class Expected:
    """One field: where it is and what it holds."""
    key: str
    cell: str                      # "Sheet!B5"
    value: Any = None              # None when the cell is blank
    blank: bool = False            # the field's cell exists (labelled) but is empty
    inline: bool = False           # the value is written inside a text cell ("一般公共预算：2751.84")
    number_format: str | None = None

    @property
    def sheet(self) -> str:
        return self.cell.rsplit("!", 1)[0]

    @property
    def ref(self) -> str:
        return self.cell.rsplit("!", 1)[1]


@dataclass(frozen=True)
class IndicatorRow:
    row: int
    cells: dict[str, Expected]     # level1, level2, level3, target, actual, weight, score, reason, …


@dataclass(frozen=True)
class Part:
    """One form instance (one project, one 附件) on one sheet."""
    form: str
    sheet: str
    name: str
    expected: dict[str, Expected]
    indicators: list[IndicatorRow]
    absent: list[str]
    placeholder_rows: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Planted:
    id: str
    cell: str
    value: Any
    was: Any
    rule: str
    finding: list[str]             # the finding should be reported at one of these cells
    also: list[str] = field(default_factory=list)   # rules that may fire too (consequences)
    note: str = ""


@dataclass(frozen=True)
class Layout:
    id: str
    source: str
    province: str
    form: str                      # attachment3 | attachment4 | project | combined | not_a_form
    description: str
    values_from: str               # published | constructed
    sheets: list[str]
    variants: list[str]
    parts: list[Part]
    planted: list[Planted]
    values_note: str = ""
    # errors of the published form kept in the clean copy: [{"rule": id, "cells": [...]}]
    published_errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def is_form(self) -> bool:
        return self.form != "not_a_form"

    def file_name(self, variant: str = "clean") -> str:
        return f"{self.id}__{variant}.xlsx"


def _expected(key: str, d: dict[str, Any]) -> Expected:
    return Expected(key, d["cell"], d.get("value"), d.get("blank", False), d.get("inline", False),
                    d.get("number_format"))


@lru_cache(maxsize=1)
def _load(path: str) -> tuple[Layout, ...]:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for lay in data["layout"]:
        parts = []
        for p in lay.get("part", []):
            inds = [IndicatorRow(i["row"], {k: _expected(f"indicator.{k}", v) for k, v in i.items() if k != "row"})
                    for i in p.get("indicator", [])]
            parts.append(Part(p["form"], p["sheet"], p.get("name", ""),
                              {k: _expected(k, v) for k, v in p.get("expected", {}).items()},
                              inds, list(p.get("absent", [])), list(p.get("placeholder_rows", []))))
        planted = [Planted(x["id"], x["cell"], x["value"], x.get("was"), x["rule"], list(x["finding"]),
                           list(x.get("also", [])), x.get("note", "")) for x in lay.get("planted", [])]
        out.append(Layout(lay["id"], lay["source"], lay["province"], lay["form"], lay["description"],
                          lay["values_from"], list(lay["sheets"]), list(lay["variants"]), parts, planted,
                          lay.get("values_note", ""), list(lay.get("published_errors", []))))
    return tuple(out)


def load_layouts(path: Path = MANIFEST) -> list[Layout]:
    return list(_load(str(path)))


def builder():
    """The corpus generator module (tests/data/layouts/build.py)."""
    spec = importlib.util.spec_from_file_location("perfxl_layout_corpus_build", LAYOUT_DIR / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def build_layouts(out_dir: Path) -> dict[tuple[str, str], Path]:
    """Write every layout and variant into ``out_dir``; {(layout id, variant): path}."""
    paths = builder().build_all(out_dir)
    result = {}
    for p in paths:
        layout_id, variant = p.stem.split("__", 1)
        result[(layout_id, variant)] = p
    return result


_NUM = re.compile(r"-?\d+(?:\.\d+)?")


def inline_numbers(text: Any) -> list[float]:
    """The numbers written in a text cell ("一般公共预算：2751.84" → [2751.84])."""
    return [float(m) for m in _NUM.findall(str(text))]
