"""Review: what checking one submission produced, ready for any renderer (text, JSON, the
检查结果 sheet, a batch record)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import __version__
from ..checks.findings import Finding
from ..core import calc
from ..core.profile import DEFAULT_PROFILE, RuleProfile
from ..reading.data import FormData, ProjectData


def _belongs(finding: Finding, project: ProjectData) -> bool:
    """A finding is a project's when it points into the project's rows (or, pointing
    nowhere, names it)."""
    for cell in finding.cells:
        sheet, _, ref = cell.rpartition("!")
        digits = "".join(ch for ch in ref if ch.isdigit())
        if sheet == project.sheet and digits and project.first_row <= int(digits) <= project.last_row:
            return True
    return not finding.cells and finding.rule.startswith("PRJ-") and finding.message.startswith(f"项目“{project.label}”")


def unit_of(data: FormData | None) -> str | None:
    """The unit name a form gives (附件3, else 附件4), stripped; None without one."""
    if data is None:
        return None
    for key in ("unit.name", "budget_unit.name"):
        v = data.raw(key)
        if v:
            return str(v).strip()
    return None


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
    projects: list[ProjectData] = field(default_factory=list)  # 项目支出绩效自评表 tables, in order
    previous: str | None = None             # last year's workbook (--previous), when one was used
    previous_data: FormData | None = None   # last year's form as read
    previous_problem: str | None = None     # why last year's paired workbook could not be used (batch)

    @property
    def unit(self) -> str | None:
        if self.data is not None:
            return unit_of(self.data)
        for project in self.projects:
            v = project.raw("project.unit")
            if v:
                return str(v).strip()
        return None

    @property
    def year(self) -> int | None:
        if self.data is not None:
            return self.data.form.year if self.data.year_known else None
        known = [p.form.year for p in self.projects if p.year_known]
        return known[0] if known else None

    def project_rows(self) -> list[dict[str, Any]]:
        """One record per project table: its name, where it is, its figures and findings."""
        rows = []
        for p in self.projects:
            mine = [f for f in self.findings if _belongs(f, p)]
            rows.append({
                "name": p.name,
                "label": p.label,          # the name, with its place when another project shares it
                "sheet": p.sheet,
                "first_row": p.first_row,
                "unit": (str(p.raw("project.unit")).strip() if p.raw("project.unit") else None),
                "budget": p.number("project.funds.total.adjusted"),
                "executed": p.number("project.funds.total.executed"),
                "rate": p.number("project.funds.total.rate"),
                "total_score": p.number("project.total.score"),
                "grade": (str(p.raw("project.total.grade")).strip() if p.raw("project.total.grade")
                          else calc.grade(p.number("project.total.score"), self.profile)),
                "errors": sum(1 for f in mine if f.severity == "error"),
                "warnings": sum(1 for f in mine if f.severity == "warning"),
                "missing": [p.form.fields[k].name for k in p.missing if not p.form.fields[k].computed],
            })
        return rows

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
            if self.projects:
                sheets = len({p.sheet for p in self.projects})
                return f"项目支出绩效自评表 {len(self.projects)} 个项目（在 {sheets} 张工作表中）；" + counts
            return counts
        score = f"{self.total_score:.2f}" if self.total_score is not None else "（未找到）"
        return f"总得分 {score}，评价等级 {self.grade or '（无）'}；" + counts

    @property
    def has_errors(self) -> bool:
        return self.count("error") > 0

    def findings_frame(self) -> Any:
        """问题列表转为 pandas 数据表，每条问题一行（列与类型见 ``perfxl.api``）。
        The findings as a pandas DataFrame, one row per finding (columns and dtypes: ``perfxl.api``)."""
        from ..api import review_findings_frame

        return review_findings_frame(self)

    def as_dict(self) -> dict[str, Any]:
        inputs: dict[str, Any] = {"workbook": self.workbook, "narrative": self.narrative}
        if self.previous is not None:  # only with --previous: other runs keep their JSON
            inputs["previous"] = self.previous
        out = {
            "perfxl_version": __version__,
            "inputs": inputs,
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
        if self.projects:  # only then: workbooks without project tables keep their keys
            out["projects"] = self.project_rows()
        return out
