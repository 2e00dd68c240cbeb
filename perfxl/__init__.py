"""perfxl：部门整体支出绩效自评的模板、计算与检查工具。

Python 接口（分析人员）/ Python API for analysts::

    import perfxl
    review = perfxl.check("2024.xlsx", previous="2023.xlsx")   # 一份 / one workbook
    review.findings_frame()                                     # pandas 数据表
    reviews = perfxl.review_folder("2024/", previous="2023/")   # 一个文件夹 / a folder
    reviews.summary_frame(); reviews.findings_frame(); reviews.to_excel("汇总.xlsx")

The names are loaded on first use, so ``import perfxl`` (and ``perfxl --help``) stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["check", "review_folder", "Review", "Reviews", "PerfxlError", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import Reviews, check, review_folder
    from .app.review import Review
    from .errors import PerfxlError

_LAZY = {"check": ("api", "check"), "review_folder": ("api", "review_folder"), "Reviews": ("api", "Reviews"),
         "Review": ("app.review", "Review"), "PerfxlError": ("errors", "PerfxlError")}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
