"""Render workbooks page by page, as a clerk prints them: LibreOffice → PDF → PNG.

    PYTHONPATH=. python3 -m tests.render OUT_DIR [WORKBOOK ...]

Without workbooks it renders the committed blank template and the 北山镇 example.  Look at
the PNG files after any change to the layout (row heights, margins, labels); the print
test (tests/test_print.py) renders the same pages and checks what can be checked in text.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = (ROOT / "templates" / "部门整体支出绩效自评表_2025.xlsx", ROOT / "workbooks" / "北山镇2023.xlsx")


def render(workbooks: list[Path], out: Path, dpi: int = 60) -> dict[Path, list[Path]]:
    """PDF of each workbook and one PNG per page: {pdf: [png, ...]}."""
    from . import libreoffice

    out.mkdir(parents=True, exist_ok=True)
    tasks = [libreoffice.Task(w, out / f"{Path(w).stem}.pdf", "pdf") for w in workbooks]
    libreoffice.run(tasks)
    pages = {}
    for t in tasks:
        prefix = out / t.target.stem
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(t.target), str(prefix)], check=True)
        pages[t.target] = sorted(out.glob(f"{t.target.stem}-*.png"))
    return pages


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    out = Path(argv[0])
    books = [Path(a) for a in argv[1:]] or list(DEFAULT)
    for pdf, pngs in render(books, out).items():
        print(pdf, *pngs, sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
