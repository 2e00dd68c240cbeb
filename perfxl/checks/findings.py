"""Findings: what a check says, as data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
SEVERITY_NAMES: dict[str, str] = {"error": "错误", "warning": "警告", "info": "提示"}


@dataclass
class Span:
    """A piece of the narrative report: 0-based code-point offsets into its text."""

    text: str
    start: int
    end: int


@dataclass
class Finding:
    rule: str
    severity: Severity
    message: str
    cells: list[str] = field(default_factory=list)   # "<sheet>!<A1>", most suspect first
    narrative: list[Span] = field(default_factory=list)
    expected: Any = None
    actual: Any = None
    cause: str | None = None
    # cells of last year's workbook (``perfxl check --previous``), "<sheet>!<A1>" there
    previous_cells: list[str] = field(default_factory=list)

    @property
    def sheet(self) -> str | None:
        return self.cells[0].split("!", 1)[0] if self.cells else None

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["narrative"] = [asdict(s) for s in self.narrative]
        if not self.previous_cells:  # a check without --previous keeps its JSON as before
            del d["previous_cells"]
        return d


def cells_text(cells: list[str], previous_cells: list[str] | None = None) -> str:
    """The cells of a finding in one line: this year's, then last year's after "上年工作簿："."""
    text = "、".join(cells)
    if previous_cells:
        text += ("；" if text else "") + "上年工作簿：" + "、".join(previous_cells)
    return text


def worst(findings: list[Finding]) -> Finding:
    """The most severe of several findings on one cell."""
    return min(findings, key=lambda f: SEVERITY_ORDER[f.severity])


def cell_note(findings: list[Finding]) -> str:
    """The note put on a cell that findings point at."""
    return "\n".join(f"[{SEVERITY_NAMES[f.severity]}] {f.message}" for f in findings)[:2000]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.sheet or "", f.rule))
