"""The use case "write the 自评报告 draft from the tables": read the workbook, check its
tables (the draft restates them, errors included, so the user is told how many there are),
build the draft from the review's form data, and write it as .docx."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.profile import DEFAULT_PROFILE, RuleProfile
from .review import Review


@dataclass
class DraftJob:
    review: Review          # the tables' check (no report): its form data is what the draft says
    draft: object           # perfxl.draft.Draft
    target: Path            # where the .docx goes (already cleared for writing)
    force: bool = False     # the user allowed replacing an existing file

    @property
    def table_errors(self) -> int:
        return self.review.count("error")

    @property
    def placeholders(self) -> int:
        return sum(1 for b in self.draft.blocks for r in b.runs if r.placeholder)  # type: ignore[attr-defined]

    def write(self) -> Path:
        from ..draft.docx import render
        from ..files import atomic_write

        atomic_write(self.target, render(self.draft), force=self.force)  # type: ignore[arg-type]
        return self.target


def draft_from_review(review: Review):
    """The draft for a checked form (the Excel button and the command line share this)."""
    from ..draft import build_draft

    from ..errors import PerfxlError

    data = review.data
    name = Path(review.workbook).name if review.workbook else "工作簿"
    if (data is None or not _has_content(data)) and review.projects:
        from ..draft.project import build_project_draft

        return build_project_draft(review.projects, review.profile)
    if data is None or not _has_content(data):
        raise PerfxlError(f"“{name}”中找不到单位名称、人员、经费、预算、总得分或绩效指标，不像填好的附件3/附件4，"
                          "无法生成报告草稿，请确认文件。")
    return build_draft(data, review.profile)


def _has_content(data) -> bool:
    """Whether the form data says anything a report could restate."""
    if any(data.raw(k) not in (None, "") for k in ("unit.name", "budget_unit.name")):
        return True
    keys = ("budget.adjusted", "budget.executed", "total.score", "staff.authorized", "staff.actual")
    if any(data.number(k) is not None for k in keys):
        return True
    if sum(1 for k in data.values if k.startswith("funds.") and data.number(k) is not None) >= 3:
        return True  # an 附件3 on its own
    return any(fv.value not in (None, "") for fv in data.blocks.get("indicator.level3", []))


def draft_of(workbook: str | Path, profile: RuleProfile = DEFAULT_PROFILE, *,
             shown: str | None = None) -> tuple[Review, object]:
    """Read and check a workbook file and build its draft: (the review, the Draft).  ``shown``
    is the name findings give the workbook (the web page's upload name); its path otherwise."""
    from ..xlsx.reader import read_workbook
    from .check import check_form

    data, grids = read_workbook(Path(workbook))
    review = check_form(data, None, profile, workbook=shown or str(workbook), sheet_order=[g.title for g in grids])
    return review, draft_from_review(review)


def prepare_draft(workbook: str | Path, output: str | Path | None = None, *, force: bool = False,
                  profile: RuleProfile = DEFAULT_PROFILE) -> DraftJob:
    """Read and check ``workbook``, build its draft and clear the output path (default:
    单位_年度年部门整体支出绩效自评报告（草稿）.docx beside the workbook); nothing is written yet."""
    from ..files import check_output_path

    source = Path(workbook)
    review, draft = draft_of(source, profile)
    out = Path(output) if output else source.with_name(draft.default_name)  # type: ignore[attr-defined]
    return DraftJob(review, draft, check_output_path(out, force=force, inputs=(source,)), force)
