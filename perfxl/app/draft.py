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

    @property
    def table_errors(self) -> int:
        return self.review.count("error")

    @property
    def placeholders(self) -> int:
        return sum(1 for b in self.draft.blocks for r in b.runs if r.placeholder)  # type: ignore[attr-defined]

    def write(self) -> Path:
        from ..draft.docx import render
        from ..files import atomic_write

        atomic_write(self.target, render(self.draft))  # type: ignore[arg-type]
        return self.target


def draft_from_review(review: Review):
    """The draft for a checked form (the Excel button and the command line share this)."""
    from ..draft import build_draft

    if review.data is None:
        from ..errors import PerfxlError

        raise PerfxlError("生成报告草稿需要填好的附件3/附件4工作簿。")
    return build_draft(review.data, review.profile)


def prepare_draft(workbook: str | Path, output: str | Path | None = None, *, force: bool = False,
                  profile: RuleProfile = DEFAULT_PROFILE) -> DraftJob:
    """Read and check ``workbook``, build its draft and clear the output path (default:
    单位_年度年部门整体支出绩效自评报告（草稿）.docx beside the workbook); nothing is written yet."""
    from ..draft import default_name
    from ..files import check_output_path
    from ..xlsx.reader import read_workbook
    from .check import check_form

    source = Path(workbook)
    data, grids = read_workbook(source)
    review = check_form(data, None, profile, workbook=str(source), sheet_order=[g.title for g in grids])
    draft = draft_from_review(review)
    out = Path(output) if output else source.with_name(default_name(draft.unit, draft.year))
    return DraftJob(review, draft, check_output_path(out, force=force, inputs=(source,)))
