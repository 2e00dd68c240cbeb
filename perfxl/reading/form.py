"""Which cell holds each field, decided in one place: through perfxl's defined names when
the workbook has them, by labels otherwise (``form_data``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Mapping

from ..forms.attachment3 import OLD_NAMES
from ..forms.workbook import YEAR_NAME, build_forms, evaluate
from .data import FieldValue, FormData, fallback_year
from .grid import Grid, parse_ref
from .locate import read_by_labels

# A block's size is the length of one of its column names (users may insert rows).
_BLOCK_SIZE_NAMES = {"指标": "指标_分值", "项目支出明细": "项目支出明细_名称"}


def _cells(names: Mapping[str, str], name: str,
           grids: Mapping[str, Grid] | None = None) -> tuple[str, list[tuple[int, int]]] | None:
    text = names.get(name)
    if text is None:
        return None
    dest = name_destinations(text)
    if not dest:
        return None
    sheet, ref = dest[0]
    grid = (grids or {}).get(sheet)
    area = range_cells(ref, within=(grid.max_row, grid.max_col) if grid is not None else None)
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
        dest = _cells(names, name, by_title)
        if dest:
            sizes[block] = len(dest[1])
    form = build_forms(year or fallback_year(), indicator_rows=sizes.get("指标"), project_rows=sizes.get("项目支出明细"))
    data = FormData(form, "names", year_known=year is not None)
    for key, fld in form.fields.items():
        dest = _cells(names, fld.name, by_title)
        for old in OLD_NAMES.get(key, ()):
            dest = dest or _cells(names, old, by_title)
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
        data.evidence[key] = "names"
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
    from .project import read_projects

    projects = read_projects(grids)
    data = form_data_by_names(names, grids)
    project_sheets = frozenset(p.sheet for p in projects)
    if data is None:
        data = read_by_labels(grids, project_sheets=project_sheets)
    else:
        from .pairing import unread_forms

        read_sheets = {fv.sheet for fv in data.values.values() if fv.sheet}
        read_sheets |= {fv.sheet for col in data.blocks.values() for fv in col if fv.sheet}
        data.others = unread_forms(grids, read_sheets, project_sheets) if read_sheets else []
    for project in projects:
        _fill_uncached(project)
    data.projects = projects
    return data


MAX_RANGE_CELLS = 100_000    # a defined name's cells beyond which it is clipped


def range_cells(ref: str, within: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """"G15:G59" → every (row, col) it covers; [] when it is not a cell range.  A range of
    more than MAX_RANGE_CELLS cells (a name over A1:XFD99999) is clipped to ``within``, the
    sheet's used range (rows, columns); it is no range at all when that is not known or
    the range is still too large, so the cost stays bounded by the file's content."""
    small = _small_range(ref)
    if small is not None:
        return list(small)
    return _range_cells(ref, within)


_SMALL_RANGE = 4096


@lru_cache(maxsize=4096)
def _small_range(ref: str) -> tuple[tuple[int, int], ...] | None:
    """The cells of a range of at most _SMALL_RANGE cells (whatever the sheet's used range),
    else None: every workbook made from the template names the same ranges."""
    area = _range_cells(ref, None)
    return tuple(area) if area and len(area) <= _SMALL_RANGE else None


def _range_cells(ref: str, within: tuple[int, int] | None) -> list[tuple[int, int]]:
    parts = [p.strip() for p in ref.split(":")]
    if len(parts) > 2 or any(len(p) > 10 for p in parts):   # "XFD1048576" is the longest
        return []
    corners = [parse_ref(p, whole=True) for p in parts]
    if not corners or not all(corners):
        return []
    (r1, c1), (r2, c2) = corners[0], corners[-1]  # type: ignore[misc]
    r1, r2, c1, c2 = min(r1, r2), max(r1, r2), min(c1, c2), max(c1, c2)
    if (r2 - r1 + 1) * (c2 - c1 + 1) > MAX_RANGE_CELLS:
        if within is None:
            return []
        r2, c2 = min(r2, max(within[0], r1)), min(c2, max(within[1], c1))
        if (r2 - r1 + 1) * (c2 - c1 + 1) > MAX_RANGE_CELLS:
            return []
    return [(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]


def name_destinations(text: str) -> list[tuple[str, str]]:
    """"'附件4绩效自评表'!$G$15:$G$59" → [("附件4绩效自评表", "G15:G59")]; [] for constants."""
    return list(_destinations(text))


@lru_cache(maxsize=4096)
def _destinations(text: str) -> tuple[tuple[str, str], ...]:
    # the template's names point to the same places in every workbook made from it
    out = []
    for part in text.split(","):
        if "!" not in part:
            continue
        sheet, ref = part.rsplit("!", 1)
        sheet = sheet.strip()
        if sheet.startswith("'") and sheet.endswith("'"):
            sheet = sheet[1:-1].replace("''", "'")
        out.append((sheet, ref.replace("$", "").strip()))
    return tuple(out)
