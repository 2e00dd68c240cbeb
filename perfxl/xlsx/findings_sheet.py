"""A copy of the workbook with a 检查结果 sheet, the involved cells highlighted and noted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..report.sheet import write_findings
from .book import OpenpyxlBook
from .package_book import PackageBook, Unsupported


def write_checked_copy(source: Path, target: Path, review: Any, *, force: bool = False,
                       inputs: tuple[Path, ...] = ()) -> Path:
    """``inputs``: every other file the run read (report, profile), never to be overwritten."""
    from ..files import check_output_path

    check_output_path(target, force=force, inputs=(source, *inputs))
    try:   # by adding to the original package: what perfxl does not touch stays as it was
        package = PackageBook(source)
        write_findings(package, review)
        return package.save(target, force=force, inputs=inputs)
    except Unsupported:
        pass
    book = OpenpyxlBook(source)     # a layout the package writer does not edit
    write_findings(book, review)
    return book.save(target, force=force, inputs=inputs)
