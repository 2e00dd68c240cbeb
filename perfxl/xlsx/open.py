"""Open a user's workbook read-only, turning every failure into one Chinese sentence."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from ..errors import PerfxlError


def open_workbook(path: Path, *, data_only: bool = False) -> Workbook:
    """Load ``path`` with openpyxl; the file is only read, never written."""
    p = Path(path)
    if not p.exists():
        raise PerfxlError(f"找不到文件“{p}”，请检查文件名和路径。")
    if p.is_dir():
        raise PerfxlError(f"“{p}”是一个文件夹，请指定其中的 .xlsx 文件。")
    suffix = p.suffix.lower()
    if suffix in (".xls", ".et"):
        raise PerfxlError(f"“{p.name}”是旧版 Excel/WPS 格式，请在 Excel 或 WPS 中“另存为” .xlsx 后再试。")
    if not zipfile.is_zipfile(p):
        raise PerfxlError(f"“{p.name}”不是有效的 .xlsx 文件（可能已损坏或是其他格式），请用 Excel/WPS 另存为 .xlsx 后再试。")
    try:
        return load_workbook(p, data_only=data_only)
    except PermissionError:
        raise PerfxlError(f"没有读取“{p.name}”的权限，请关闭占用它的程序或检查文件权限。") from None
    except Exception as exc:  # openpyxl raises many kinds on damaged packages
        raise PerfxlError(f"无法读取“{p.name}”（{type(exc).__name__}），文件可能已损坏，请用 Excel/WPS 打开后另存为 .xlsx 再试。") from None
