"""Inside Excel: what the add-in's ribbon buttons call through xlwings' RunPython.

    RunPython "import perfxl.excel; perfxl.excel.recalculate()"

Every failure ends in a message box with one Chinese sentence, never a traceback.
"""

from __future__ import annotations

from typing import Callable


def _run(action: Callable) -> None:
    import xlwings as xw

    from ..errors import PerfxlError
    from .adapter import XlwingsBook

    # xlwings' add-in module passes ActiveWorkbook as the caller (--wb=...), so this is the
    # user's workbook, not the add-in itself.
    book = XlwingsBook(xw.Book.caller())
    try:
        action(book)
    except PerfxlError as exc:
        book.alert(str(exc))
    except Exception as exc:  # noqa: BLE001 - the user sees one sentence, not a traceback
        book.alert(f"perfxl 出现意外错误（{type(exc).__name__}），请把工作簿发给维护人员。")


def recalculate() -> None:
    """重新计算并检查."""
    from .actions import recalculate_and_check

    _run(recalculate_and_check)


def new_copy() -> None:
    """新建空白模板."""
    from .actions import new_copy as action

    _run(action)


def import_functions() -> None:
    """导入函数."""
    from .actions import import_functions as action

    _run(action)


ENTRY_POINTS = ("recalculate", "new_copy", "import_functions")
