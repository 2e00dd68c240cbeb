"""Open a user's workbook read-only, turning every failure into one Chinese sentence."""

from __future__ import annotations

import sys
import warnings
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from ..errors import PerfxlError
from ..files import check_input


def open_workbook(path: Path, *, data_only: bool = False) -> Workbook:
    """Load ``path`` with openpyxl; the file is only read, never written."""
    from .sniff import format_name, refusal, sniff

    p = check_input(path)
    found = sniff(p)
    if not found.readable:
        raise PerfxlError(refusal(p, found))
    if found.kind != "xlsx":
        raise PerfxlError(f"“{p.name}”是 {format_name(p, found.kind)}文件：带“检查结果”的副本只能由 .xlsx 生成，"
                          "请用 Excel/WPS 另存为 .xlsx 后再试（文字或 JSON 格式的检查结果可以直接输出）。")
    if not zipfile.is_zipfile(p):
        raise PerfxlError(f"“{p.name}”不是有效的 .xlsx 文件（可能已损坏或是其他格式），请用 Excel/WPS 另存为 .xlsx 后再试。")
    try:
        # openpyxl warns in English about parts it cannot keep (data bars, sparklines…):
        # one Chinese note instead, so the user knows the copy may lack them.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            wb = load_workbook(p, data_only=data_only)
        if caught:
            sys.stderr.write(f"perfxl：注意：“{p.name}”中有本工具无法保留的内容（如数据条、迷你图、图片或扩展格式），"
                             "生成的副本中可能缺少这些内容；原文件不受影响。\n")
        return wb
    except PermissionError:
        raise PerfxlError(f"没有读取“{p.name}”的权限，请关闭占用它的程序或检查文件权限。") from None
    except Exception as exc:  # openpyxl raises many kinds on damaged packages
        raise PerfxlError(f"无法读取“{p.name}”（{type(exc).__name__}），文件可能已损坏，请用 Excel/WPS 打开后另存为 .xlsx 再试。") from None
