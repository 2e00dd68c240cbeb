"""Last year's submissions paired with this year's by unit name (``perfxl batch --previous``).

A first pass reads only the unit name of every workbook in last year's folder into a small
index (normalised name → path), kept in a file; each worker then looks its own unit up and
reads just that one workbook.  Nothing holds last year's workbooks, so memory stays flat.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .core.unitnames import unit_key


@dataclass
class PreviousIndex:
    """Last year's folder as unit key → workbook path, and what could not be paired."""

    folder: str
    paths: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)          # key → unit name as written
    ambiguous: dict[str, list[str]] = field(default_factory=dict) # key → several paths: never guessed
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, why)

    def find(self, unit: object) -> str | None:
        """Last year's workbook of ``unit`` (None: none, or more than one)."""
        return self.paths.get(unit_key(unit)) if unit_key(unit) else None

    def save(self) -> str:
        """Write the index to a temporary file (for the workers); returns its path."""
        fd, name = tempfile.mkstemp(prefix="perfxl-previous-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"folder": self.folder, "paths": self.paths}, fh, ensure_ascii=False)
        return name

    def unpaired(self, used: set[str]) -> list[dict[str, Any]]:
        """Last year's submissions no workbook of this year was paired with, with the reason."""
        out = [{"file": p, "unit": self.names.get(k), "reason": "今年没有同名单位的工作簿"}
               for k, p in sorted(self.paths.items(), key=lambda kv: kv[1]) if p not in used]
        for k, paths in sorted(self.ambiguous.items()):
            out += [{"file": p, "unit": self.names.get(k), "reason": "上年有多份同一单位的工作簿，无法确定用哪一份"}
                    for p in paths]
        out += [{"file": p, "unit": None, "reason": why} for p, why in self.unreadable]
        return out


_LOADED: dict[str, dict[str, str]] = {}


def find_in_index(index_file: str, unit: object) -> str | None:
    """Look ``unit`` up in an index file written by ``PreviousIndex.save`` (loaded once per process)."""
    paths = _LOADED.get(index_file)
    if paths is None:
        with open(index_file, encoding="utf-8") as fh:
            paths = _LOADED[index_file] = json.load(fh)["paths"]
    key = unit_key(unit)
    return paths.get(key) if key else None


def unit_name_of(item: tuple[Any, Any]) -> dict[str, Any]:
    """A batch task: the record of one workbook's unit name (no checks run)."""
    from .app.review import unit_of
    from .errors import PerfxlError
    from .xlsx.reader import read_workbook

    sub = item[0]
    record: dict[str, Any] = {"file": str(sub.workbook), "status": "ok", "reason": None, "unit": None}
    try:
        data, _ = read_workbook(Path(sub.workbook))
        record["unit"] = unit_of(data)
        if not record["unit"]:
            record.update(status="unusable", reason="找不到单位名称")
    except PerfxlError as exc:
        record.update(status="unusable", reason=str(exc))
    except Exception as exc:  # a broken file is one unpaired entry, never the end of the run
        record.update(status="unusable", reason=f"无法读取（{type(exc).__name__}）")
    return record


def build_index(root: Path, jobs: int = 1) -> PreviousIndex:
    """Read the unit name of every workbook under ``root`` in ``jobs`` worker processes
    (the batch pool: a file that hangs or crashes its worker is one unpaired entry)."""
    from .batch import iter_submissions, review_all

    index = PreviousIndex(str(root))
    for record in review_all(iter_submissions(root), jobs, task=unit_name_of):
        path, name = record["file"], record.get("unit")
        if record["status"] != "ok" or not name:
            index.unreadable.append((path, record.get("reason") or "找不到单位名称"))
            continue
        key = unit_key(name)
        if key in index.ambiguous:
            index.ambiguous[key].append(path)
        elif key in index.paths:
            index.ambiguous[key] = [index.paths.pop(key), path]
        else:
            index.paths[key] = path
            index.names[key] = name
    return index
