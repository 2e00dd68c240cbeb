"""Read a filled workbook into form data: through defined names when perfxl made it,
by labels otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any, Mapping

from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException

from ..errors import PerfxlError
from ..files import check_input
from ..forms.data import FieldValue, FormData
from ..forms.grid import Grid
from ..forms.locate import read_by_labels
from ..forms.workbook import YEAR_NAME, build_forms, evaluate
from .fastread import name_destinations, range_cells, read_package
# A block's size is the length of one of its column names (users may insert rows).
_BLOCK_SIZE_NAMES = {"指标": "指标_分值", "项目支出明细": "项目支出明细_名称"}


def _cells(names: Mapping[str, str], name: str) -> tuple[str, list[tuple[int, int]]] | None:
    text = names.get(name)
    if text is None:
        return None
    dest = name_destinations(text)
    if not dest:
        return None
    sheet, ref = dest[0]
    area = range_cells(ref)
    return (sheet, area) if area else None


def _year(names: Mapping[str, str]) -> int | None:
    try:
        return int(str(names.get(YEAR_NAME, "")).strip())
    except ValueError:
        return None


def form_data_by_names(names: Mapping[str, str], grids: list[Grid]) -> FormData | None:
    """Form data through perfxl's defined names; None when the workbook has none of them."""
    if "编制数" not in names and "指标_分值" not in names:
        return None
    by_title = {g.title: g for g in grids}
    year = _year(names)
    sizes = {}
    for block, name in _BLOCK_SIZE_NAMES.items():
        dest = _cells(names, name)
        if dest:
            sizes[block] = len(dest[1])
    form = build_forms(year or 2000, indicator_rows=sizes.get("指标"), project_rows=sizes.get("项目支出明细"))
    data = FormData(form, "names", year_known=year is not None)
    for key, fld in form.fields.items():
        dest = _cells(names, fld.name)
        if not dest or dest[0] not in by_title:
            if not fld.computed:
                data.missing.append(key)
            continue
        grid = by_title[dest[0]]
        fvs = []
        for r, c in dest[1]:
            cell = grid.get(r, c)
            fvs.append(FieldValue(key, grid.title, cell.ref, cell.value, cell.formula, cell.number_format))
        if fld.is_range:
            data.blocks[key] = fvs
        else:
            data.values[key] = fvs[0]
    _fill_uncached(data)
    return data
def _uncached(fv: FieldValue) -> bool:
    return fv.formula is not None and fv.value is None


def _fill_uncached(data: FormData) -> None:
    """Formula cells never calculated (a file written by a program): compute them as Excel would."""
    blocks_pending = {k for k, col in data.blocks.items() if any(_uncached(fv) for fv in col)}
    if not blocks_pending and not any(_uncached(fv) for fv in data.values.values()):
        return
    # What the cells hold, less the uncached formulas, which evaluate() then computes.  A
    # block column that is all formulas is computed whole; a mixed one keeps its constants.
    known: dict[str, Any] = {k: fv.value for k, fv in data.values.items() if not _uncached(fv)}
    known.update({k: [fv.value for fv in col] for k, col in data.blocks.items()
                  if not (k in blocks_pending and all(fv.formula is not None for fv in col))})
    result = evaluate(data.form, known)
    for key, fv in data.values.items():
        if _uncached(fv):
            fv.value, fv.evaluated = result.get(key), True
    for key, column in data.blocks.items():
        values = result.get(key)
        if isinstance(values, list):
            for fv, v in zip(column, values):
                if _uncached(fv):
                    fv.value, fv.evaluated = v, True


def form_data(names: Mapping[str, str], grids: list[Grid]) -> FormData:
    """A workbook's forms: through perfxl's defined names when it has them, else by labels."""
    data = form_data_by_names(names, grids)
    return data if data is not None else read_by_labels(grids)


def read_stream(stream: IO[bytes], name: str = "工作簿") -> tuple[FormData, list[Grid]]:
    """Like ``read_workbook`` for a package held in memory."""
    package = read_package(stream, name)
    return form_data(package.defined_names, package.grids), package.grids


def read_workbook(path: Path) -> tuple[FormData, list[Grid]]:
    """Read ``path`` (never writing to it) into form data and its sheets as grids."""
    p = check_input(path)
    try:
        package = read_package(p)
    except PermissionError:
        raise PerfxlError(f"没有读取“{p.name}”的权限，请关闭占用它的程序或检查文件权限。") from None
    except PerfxlError:
        raise
    except (DefusedXmlException, ParseError):
        raise PerfxlError(f"“{p.name}”内部的 XML 内容已损坏或不安全（如实体展开），为安全起见不予读取，"
                          "请用 Excel/WPS 打开后另存为 .xlsx 再试。") from None
    except Exception as exc:  # a damaged package: one sentence, no traceback
        raise PerfxlError(f"无法读取“{p.name}”（{type(exc).__name__}），文件可能已损坏，请用 Excel/WPS 打开后另存为 .xlsx 再试。") from None
    return form_data(package.defined_names, package.grids), package.grids
