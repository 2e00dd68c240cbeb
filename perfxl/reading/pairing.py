"""Which 附件3 and 附件4 belong together when a workbook holds more than one (several units
in one file, a copy for another unit): chosen by unit name, the others named, never read."""

from __future__ import annotations

from ..forms import attachment3, attachment4
from .grid import Grid
from .labels import norm_label
from .locate import Locator, Region, region_candidates

FORM_NAMES = {"a3": "附件3", "a4": "附件4"}
_UNIT_FIELDS = {"a3": attachment3.UNIT_NAME, "a4": attachment4.UNIT_NAME}

Other = tuple[str, str, "str | None", str]   # (附件3/附件4, sheet, unit, the cell to point at)


def _unit_cell(region: Region, name: str):
    fv = Locator(region).locate(_UNIT_FIELDS[name])
    value = fv.value if fv is not None else None
    return fv if isinstance(value, str) and value.strip() else None


def unit_of(region: Region, name: str) -> str | None:
    """The unit name a region states (单位名称 / 预算单位名称), if any."""
    fv = _unit_cell(region, name)
    return str(fv.value).strip() if fv is not None else None


def _other(region: Region, name: str) -> Other:
    """An unread form as findings name it: its unit cell, or else the first filled cell of its first row."""
    fv = _unit_cell(region, name)
    if fv is not None and fv.address:
        cell = fv.address
    else:
        row = region.first_row
        col = next((c for c in range(1, region.grid.max_col + 1) if not region.grid.get(row, c).is_blank), 1)
        cell = f"{region.grid.title}!{region.grid.get(row, col).ref}"
    return FORM_NAMES[name], region.grid.title, str(fv.value).strip() if fv is not None else None, cell


def same_unit(a: str | None, b: str | None) -> bool:
    """The same unit, allowing its county prefix ("隆回县北山镇人民政府" / "北山镇人民政府")."""
    if not a or not b:
        return False
    na, nb = norm_label(a), norm_label(b)
    return bool(na and nb) and (na == nb or na.endswith(nb) or nb.endswith(na))


def pair_regions(candidates: dict[str, list[Region]]) -> tuple[dict[str, Region], list[Other]]:
    """The 附件3/附件4 to read and the further ones left unread.  With several, the pair
    whose unit names agree is read (the best-ranked such pair); without one, the first
    of each in rank (workbook) order."""
    chosen = {name: items[0] for name, items in candidates.items()}
    if all(len(items) <= 1 for items in candidates.values()):
        return chosen, []
    units = {name: [unit_of(r, name) for r in items] for name, items in candidates.items()}
    if "a3" in candidates and "a4" in candidates:
        pair = next(((i, j) for i, u3 in enumerate(units["a3"]) for j, u4 in enumerate(units["a4"])
                     if same_unit(u3, u4)), None)
        if pair is not None:
            chosen = {"a3": candidates["a3"][pair[0]], "a4": candidates["a4"][pair[1]]}
    others = [_other(region, name) for name, items in candidates.items() for region in items
              if region is not chosen[name]]
    return chosen, others


def unread_forms(grids: list[Grid], read_sheets: set[str], project_sheets: frozenset[str]) -> list[Other]:
    """附件3/附件4 on sheets the defined names do not point at: found, not read."""
    out = []
    for name, items in region_candidates(grids, project_sheets).items():
        for region in items:
            if region.grid.title not in read_sheets:
                out.append(_other(region, name))
    return out
