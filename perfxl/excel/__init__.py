"""Inside Excel: what the add-in's ribbon buttons call through xlwings' RunPython.

    RunPython "import perfxl.excel; perfxl.excel.recalculate()"

Every failure ends in a message box with one Chinese sentence, never a traceback.  While
a button works the status bar says so; Excel gets it back afterwards.
"""

from __future__ import annotations

from typing import Callable


def _run(action: Callable, status: str) -> None:
    import xlwings as xw

    from .adapter import XlwingsBook

    # xlwings' add-in module passes ActiveWorkbook as the caller (--wb=...), so this is the
    # user's workbook, not the add-in itself.
    book = XlwingsBook(xw.Book.caller())
    run_action(book, action, status)


def run_action(book, action: Callable, status: str) -> None:
    """Run one button's action on ``book``: status bar while it works, one Chinese
    sentence for any failure."""
    from ..errors import PerfxlError

    book.status(f"perfxl：{status}……")
    try:
        action(book)
    except PerfxlError as exc:
        book.alert(str(exc))
    except Exception as exc:  # noqa: BLE001 - the user sees one sentence, not a traceback
        book.alert(f"perfxl 出现意外错误（{type(exc).__name__}），请把工作簿发给维护人员。")
    finally:
        book.status(None)


def recalculate() -> None:
    """重新计算并检查."""
    from .actions import recalculate_and_check

    _run(recalculate_and_check, "正在重新计算并检查")


def clear_marks() -> None:
    """清除检查标记."""
    from .actions import clear_check_marks

    _run(clear_check_marks, "正在清除检查标记")


def batch_check(folder_hex: str) -> None:
    """批量检查: the folder comes from the add-in's folder dialog as UTF-16 hex (any
    characters survive the command line)."""
    from .actions import batch_check as action

    folder = bytes.fromhex(folder_hex).decode("utf-16-be")
    _run(lambda book: action(book, folder), "正在批量检查")


def new_copy() -> None:
    """新建空白模板."""
    from .actions import new_copy as action

    _run(action, "正在生成空白模板")


def draft_report() -> None:
    """生成报告草稿."""
    from .actions import draft_report as action

    _run(action, "正在生成报告草稿")


ENTRY_POINTS = ("recalculate", "clear_marks", "batch_check", "new_copy", "draft_report")
