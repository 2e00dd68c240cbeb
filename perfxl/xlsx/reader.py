"""Read a workbook file into form data and grids: what the file is decided by ``sniff``;
the .xlsx package parsed by ``fastread``, .xls/.et/.xlsb/.ods through python-calamine
(values only); then ``reading.form.form_data`` decides which cell holds each field."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from ..core.nogc import paused_gc as _no_gc   # reading allocates many small objects and no cycles
from ..errors import PerfxlError
from ..files import check_input
from ..reading.data import FormData
from ..reading.form import form_data
from ..reading.grid import Grid
from .fastread import read_package
from .sniff import format_name, refusal, sniff


def read_stream(stream: IO[bytes], name: str = "工作簿") -> tuple[FormData, list[Grid]]:
    """Like ``read_workbook`` for a file held in memory (an upload); ``name`` is its file name."""
    import io

    from .sniff import sniff_bytes

    data = stream.read()
    found = sniff_bytes(data, name)
    if not found.readable:
        raise PerfxlError(refusal(Path(name), found))
    if found.kind != "xlsx":
        from .calamine import read_calamine

        label = format_name(Path(name), found.kind)
        from .biff import defined_names

        grids = read_calamine(data, label, name)
        form = form_data(defined_names(data), grids)
        form.values_only, form.values_book = label, name
        return form, grids
    with _no_gc():
        package = read_package(io.BytesIO(data), name)
    return form_data(package.defined_names, package.grids), package.grids


def _unsafe_xml() -> tuple[type[Exception], ...]:
    """The errors of a malformed or unsafe part, imported only when something was raised."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException

    return DefusedXmlException, ParseError


def _read(p: Path, skip_fillers: bool = False, keep: tuple[str, ...] = ()
          ) -> tuple[list[Grid], dict[str, str], str | None]:
    """Grids, defined names and, for a values-only format, its name (``skip_fillers`` and
    ``keep``: see ``fastread.read_package``)."""
    found = sniff(p)
    if not found.readable:
        raise PerfxlError(refusal(p, found))
    if found.kind != "xlsx":
        from .calamine import read_calamine

        label = format_name(p, found.kind)
        from .biff import defined_names

        return read_calamine(p, label), defined_names(p), label
    try:
        with _no_gc():
            package = read_package(p, skip_fillers=skip_fillers, keep=keep)
    except PerfxlError:
        raise
    except _unsafe_xml():
        raise PerfxlError(f"“{p.name}”内部的 XML 内容已损坏或不安全（如实体展开），为安全起见不予读取，"
                          "请用 Excel/WPS 打开后另存为 .xlsx 再试。") from None
    except Exception as exc:  # a damaged package: one sentence, no traceback
        raise PerfxlError(f"无法读取“{p.name}”（{type(exc).__name__}），文件可能已损坏，请用 Excel/WPS 打开后另存为 .xlsx 再试。") from None
    return package.grids, package.defined_names, None


def read_workbook(path: Path, report_sheet: str | None = None) -> tuple[FormData, list[Grid]]:
    """Read ``path`` (never writing to it) into form data and its sheets as grids.  A long
    .xlsx sheet with no form in its first rows (a pasted data dump) is read only that far;
    the report sheet (``report_sheet``, by default 报告正文) is always read whole."""
    from ..narrative import REPORT_SHEET

    p = check_input(path)
    try:
        grids, names, values_only = _read(p, skip_fillers=True, keep=(report_sheet or REPORT_SHEET,))
    except PermissionError:
        raise PerfxlError(f"没有读取“{p.name}”的权限，请关闭占用它的程序或检查文件权限。") from None
    data = form_data(names, grids)
    data.values_only, data.values_book = values_only, p.name if values_only else None
    return data, grids


def read_grids(path: Path) -> list[Grid]:
    """Every sheet of the workbook at ``path`` as a grid (no form reading)."""
    p = check_input(path)
    try:
        return _read(p)[0]
    except PermissionError:
        raise PerfxlError(f"没有读取“{p.name}”的权限，请关闭占用它的程序或检查文件权限。") from None
