"""Review: what checking one submission produced, ready for any renderer (text, JSON, the
检查结果 sheet, a batch record)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import __version__
from ..checks.findings import Finding
from ..core import calc
from ..core.profile import DEFAULT_PROFILE, RuleProfile
from ..reading.data import FormData


@dataclass
class Review:
    findings: list[Finding]
    workbook: str | None = None
    narrative: str | None = None
    data: FormData | None = None
    profile: RuleProfile = DEFAULT_PROFILE
    sheet_order: list[str] = field(default_factory=list)
    total_recomputed: float | None = None   # perfxl's own total (None without tables)
    narrative_problem: str | None = None    # why a report beside the workbook could not be read

    @property
    def unit(self) -> str | None:
        if self.data is None:
            return None
        for key in ("unit.name", "budget_unit.name"):
            v = self.data.raw(key)
            if v:
                return str(v).strip()
        return None

    @property
    def year(self) -> int | None:
        return self.data.form.year if self.data is not None and self.data.year_known else None

    @property
    def total_score(self) -> float | None:
        return self.data.number("total.score") if self.data is not None else None

    @property
    def grade(self) -> str | None:
        if self.data is None:
            return None
        stated = self.data.raw("total.grade")
        if stated:
            return str(stated).strip()
        return calc.grade(self.total_score, self.profile)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def summary_line(self) -> str:
        """"总得分 99.97，评价等级 优；错误 4 项，警告 4 项，提示 4 项。" (no score without tables)."""
        counts = f"错误 {self.count('error')} 项，警告 {self.count('warning')} 项，提示 {self.count('info')} 项。"
        if self.data is None:
            return counts
        score = f"{self.total_score:.2f}" if self.total_score is not None else "（未找到）"
        return f"总得分 {score}，评价等级 {self.grade or '（无）'}；" + counts

    @property
    def has_errors(self) -> bool:
        return self.count("error") > 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "perfxl_version": __version__,
            "inputs": {"workbook": self.workbook, "narrative": self.narrative},
            "unit": self.unit,
            "year": self.year,
            "summary": {
                "total_score": self.total_score,
                "grade": self.grade,
                "errors": self.count("error"),
                "warnings": self.count("warning"),
                "infos": self.count("info"),
            },
            "findings": [f.as_dict() for f in self.findings],
        }
