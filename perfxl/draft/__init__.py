"""The 自评报告 draft written from the tables: ``content`` builds it from form data,
``docx`` renders it as an official-looking Word document."""

from __future__ import annotations

from .content import PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN, Draft, build_draft, default_name

__all__ = ["Draft", "build_draft", "default_name", "draft_bytes", "PLACEHOLDER_OPEN", "PLACEHOLDER_CLOSE"]


def draft_bytes(data, profile=None) -> bytes:
    """The .docx bytes of the draft for ``data`` (form data of a read workbook)."""
    from ..core.profile import DEFAULT_PROFILE
    from .docx import render

    return render(build_draft(data, profile or DEFAULT_PROFILE))
