"""A small stand-in for xlwings' Book/Sheet/Range API, backed by a dict.

It lets the xlwings adapter (perfxl.excel.adapter.XlwingsBook) run in tests exactly as it
would over a live workbook.  Loaded from an .xlsx file through openpyxl.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import openpyxl
from openpyxl.utils import column_index_from_string


def _parse(ref):
    m = re.fullmatch(r"\$?([A-Z]+)\$?(\d+)", ref)
    return int(m.group(2)), column_index_from_string(m.group(1))


class FakeNote:
    def __init__(self, cells, key):
        self.cells, self.key = cells, key

    @property
    def text(self):
        return self.cells[self.key]["note"]

    def delete(self):
        self.cells[self.key]["note"] = None


class Count(SimpleNamespace):
    pass


class FakeRange:
    def __init__(self, sheet, r1, c1, r2=None, c2=None, ndim=None):
        self.sheet, self.r1, self.c1 = sheet, r1, c1
        self.r2, self.c2 = (r2 or r1), (c2 or c1)
        self.ndim = ndim

    def _cell(self, r, c):
        return self.sheet.cells.setdefault((r, c), {"value": None, "formula": None, "number_format": "General",
                                                    "color": None, "note": None, "link": None})

    def options(self, ndim=None):
        return FakeRange(self.sheet, self.r1, self.c1, self.r2, self.c2, ndim)

    @property
    def row(self):
        return self.r1

    @property
    def column(self):
        return self.c1

    @property
    def count(self):
        return (self.r2 - self.r1 + 1) * (self.c2 - self.c1 + 1)

    @property
    def rows(self):
        return Count(count=self.r2 - self.r1 + 1)

    @property
    def columns(self):
        return Count(count=self.c2 - self.c1 + 1)

    @property
    def last_cell(self):
        return FakeRange(self.sheet, self.r2, self.c2)

    def _grid(self, key):
        return [[self._cell(r, c)[key] for c in range(self.c1, self.c2 + 1)] for r in range(self.r1, self.r2 + 1)]

    @property
    def value(self):
        grid = self._grid("value")
        if self.ndim == 2:
            return grid
        if self.ndim == 1:
            return [v for row in grid for v in row]
        return grid[0][0] if self.count == 1 else grid

    @value.setter
    def value(self, v):
        rows = v if isinstance(v, list) and v and isinstance(v[0], list) else [[v]]
        for i, row in enumerate(rows):
            for j, item in enumerate(row):
                cell = self._cell(self.r1 + i, self.c1 + j)
                if isinstance(item, str) and item.startswith("="):
                    cell["formula"], cell["value"] = item, None   # Excel would evaluate it
                else:
                    cell["value"] = item[1:] if isinstance(item, str) and item.startswith("'") else item
                    cell["formula"] = None
        self.sheet.book.writes.append((self.sheet.name, self.r1, self.c1, v))

    @property
    def formula(self):
        grid = [[self._cell(r, c)["formula"] or (self._cell(r, c)["value"] if self._cell(r, c)["value"] is not None else "")
                 for c in range(self.c1, self.c2 + 1)] for r in range(self.r1, self.r2 + 1)]
        return grid[0][0] if self.count == 1 else grid

    @property
    def number_format(self):
        return self._cell(self.r1, self.c1)["number_format"]

    @property
    def merge_area(self):
        for (r1, c1, r2, c2) in self.sheet.merges:
            if r1 <= self.r1 <= r2 and c1 <= self.c1 <= c2:
                return FakeRange(self.sheet, r1, c1, r2, c2)
        return FakeRange(self.sheet, self.r1, self.c1)

    @property
    def color(self):
        return self._cell(self.r1, self.c1)["color"]

    @color.setter
    def color(self, v):
        self._cell(self.r1, self.c1)["color"] = v

    @property
    def note(self):
        cell = self._cell(self.r1, self.c1)
        return FakeNote(self.sheet.cells, (self.r1, self.c1)) if cell["note"] is not None else None

    def add_note(self, text):
        self._cell(self.r1, self.c1)["note"] = text

    def add_hyperlink(self, address, text_to_display=None, screen_tip=None):
        cell = self._cell(self.r1, self.c1)
        cell["link"], cell["value"] = address, text_to_display

    @property
    def api(self):
        return _ColumnApi(self.sheet, self.c1)


class _ColumnApi:
    def __init__(self, sheet, col):
        self.EntireColumn = _Hidden(sheet, col)


class _Hidden:
    def __init__(self, sheet, col):
        object.__setattr__(self, "_sheet", sheet)
        object.__setattr__(self, "_col", col)

    def __setattr__(self, name, value):
        if name == "Hidden" and value:
            self._sheet.hidden_columns.add(self._col)


class FakeSheet:
    def __init__(self, book, name):
        self.book, self.name, self.visible = book, name, True
        self.cells, self.merges, self.hidden_columns = {}, [], set()

    def range(self, a, b=None):
        if isinstance(a, tuple):
            (r1, c1), (r2, c2) = a, (b or a)
            return FakeRange(self, r1, c1, r2, c2)
        parts = a.split(":")
        r1, c1 = _parse(parts[0])
        r2, c2 = _parse(parts[-1])
        return FakeRange(self, r1, c1, r2, c2)

    @property
    def used_range(self):
        filled = [k for k, v in self.cells.items() if v["value"] is not None or v["formula"]]
        if not filled:
            return FakeRange(self, 1, 1)
        return FakeRange(self, min(r for r, _ in filled), min(c for _, c in filled),
                         max(r for r, _ in filled), max(c for _, c in filled))

    def delete(self):
        self.book.sheets.items.remove(self)


class FakeSheets:
    def __init__(self, book):
        self.book, self.items = book, []

    def __iter__(self):
        return iter(list(self.items))

    def __getitem__(self, key):
        if isinstance(key, int):
            return self.items[key]
        return next(s for s in self.items if s.name == key)

    def add(self, name, before=None):
        sheet = FakeSheet(self.book, name)
        self.items.insert(self.items.index(before) if before is not None else len(self.items), sheet)
        return sheet


class FakeBooks:
    def __init__(self):
        self.opened = []

    def open(self, fullname):
        self.opened.append(fullname)


class FakeApp:
    def __init__(self):
        self.alerts, self.calculations = [], 0
        self.books = FakeBooks()
        self.status_history = []   # every text set on the status bar; False when given back
        self._status_bar = False

    @property
    def status_bar(self):
        return self._status_bar

    @status_bar.setter
    def status_bar(self, value):
        self._status_bar = value
        self.status_history.append(value)

    def calculate(self):
        self.calculations += 1

    def alert(self, prompt, title=None, buttons="ok", mode=None, callback=None):
        self.alerts.append(prompt)


class FakeBook:
    def __init__(self, fullname):
        self.fullname, self.app, self.writes = str(fullname), FakeApp(), []
        self.sheets = FakeSheets(self)
        self.names = []

    @classmethod
    def from_file(cls, path):
        wb = openpyxl.load_workbook(path)
        book = cls(path)
        for ws in wb.worksheets:
            sheet = book.sheets.add(ws.title)
            sheet.visible = ws.sheet_state == "visible"
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None:
                        continue
                    cell = FakeRange(sheet, c.row, c.column)._cell(c.row, c.column)
                    if isinstance(c.value, str) and c.value.startswith("="):
                        cell["formula"] = c.value
                    else:
                        cell["value"] = c.value
                    cell["number_format"] = c.number_format
            sheet.merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        book.names = [SimpleNamespace(name=n, refers_to="=" + dn.attr_text) for n, dn in wb.defined_names.items()]
        book.writes.clear()
        return book
