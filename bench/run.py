"""perfxl benchmark: python bench/run.py [--quick]

Generates synthetic submissions (clean and faulty, perfxl templates and county-style
forms, some with narrative reports) under bench/out/, then measures on the same files:

1. perfxl check per workbook, in-process and as a cold process;
2. the floor: a bare openpyxl.load_workbook (and a python-calamine read);
3. LibreOffice headless recalculating the same files;
4. writing the 自评报告 draft for the example (in-process median of 10, and cold);
5. perfxl batch throughput at 1, 2 and all cores, and peak memory at N = 100, 1000, 5000;
6. per input family (--part families: perfxl's own templates, county-style forms, the same
   forms saved by LibreOffice, the real layout corpus), check with and without a report
   against openpyxl's read-only load, interleaved run by run; the corpus's near-misses
   (not_a_form in its manifest) apart, timed to their refusal;
7. the example against its parse floor (--part floor), a workbook with an extra
   100,000-row sheet and reading from 10k to 100k rows (--part big), cold starts of
   ``perfxl check``/``--help`` against a bare interpreter (--part cold);
8. the peak memory of ``batch --previous`` (--part previous, --sizes): two corpora of N files
   whose units are all different, this year's and last year's, paired one to one.

Prints the figures and ratios and writes bench/out/results.json.  Nothing here asserts
a time: the figures go into README's performance section.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "bench" / "out"
EXAMPLE = ROOT / "workbooks" / "北山镇2023.xlsx"
EXAMPLE_REPORT = ROOT / "workbooks" / "北山镇2023_自评报告.txt"
UNITS = ["北山镇", "南岳镇", "樟树乡", "金石桥镇", "荷香桥镇", "六都寨镇", "桃洪镇", "滩头镇", "山界乡", "司门前镇"]


# -- corpus ---------------------------------------------------------------------------

def _perfxl_submission(path: Path, rng: random.Random, faulty: bool) -> None:
    import tomllib

    from perfxl.forms.datafile import read_data, resolve_stated
    from perfxl.xlsx import template

    data = tomllib.loads((ROOT / "workbooks" / "北山镇2023.toml").read_text(encoding="utf-8"))
    flat = {**{k: v for k, v in data.items() if not isinstance(v, dict)}, **data["附件3"], **data["附件4"]}
    unit = rng.choice(UNITS) + "人民政府"
    flat["单位名称"] = flat["预算单位名称"] = unit
    scale = rng.uniform(0.6, 1.6)
    for key in ("全年预算数", "全年执行数", "年初预算数"):
        flat[key] = round(flat[key] * scale, 2)
    flat["全年执行数"] = round(flat["全年预算数"] * rng.uniform(0.9, 1.0), 2)
    for key in ("预算执行率", "预算执行得分", "总得分"):
        flat.pop(key, None)
    if faulty:
        fault = rng.choice(["三公经费", "总得分", "控制率", "指标"])
        if fault == "三公经费":
            flat["三公经费"] = [flat["三公经费"][0], flat["三公经费"][1], round(flat["三公经费"][2] + 1.11, 2)]
        elif fault == "总得分":
            flat["总得分"] = 88.5
        elif fault == "控制率":
            flat["在职人员控制率"] = "101.3%"
        else:
            rows = [list(r) for r in flat["指标"]]
            rows[2][6] = rows[2][5] + 1
            flat["指标"] = rows
    form, values = read_data(flat)
    template.save(template.build_workbook(form, resolve_stated(form, values)), path, force=True)


def _county_submission(path: Path, rng: random.Random, faulty: bool) -> None:
    import copy

    from tests import county

    a3 = copy.deepcopy(county.A3_ROWS)
    a3[2][1] = rng.choice(UNITS) + "人民政府"
    if faulty:
        a3 = county.replace_row(a3, "三公经费", ["三公经费：", 9.84, 11, 9.37])
    county.build(path, a3=a3, title_rows=rng.choice([0, 0, 1, 2]), col_shift=rng.choice([0, 0, 1]),
                 one_sheet=rng.random() < 0.3)


def make_corpus(n: int, seed: int = 7) -> Path:
    base = OUT / f"corpus_{n}"
    if base.exists() and len(list(base.rglob("*.xlsx"))) == n:
        return base
    shutil.rmtree(base, ignore_errors=True)
    rng = random.Random(seed)
    report = EXAMPLE_REPORT.read_text(encoding="utf-8")
    for i in range(n):
        folder = base / f"{i // 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"submission_{i:05d}.xlsx"
        faulty = rng.random() < 0.5
        (_perfxl_submission if rng.random() < 0.6 else _county_submission)(path, rng, faulty)
        if rng.random() < 0.4:
            path.with_suffix(".txt").write_text(report, encoding="utf-8")
    return base


def replicate(base: Path, n: int) -> Path:
    """A corpus of ``n`` files made of hard links to the base files (disk stays small)."""
    target = OUT / f"replica_{n}"
    if target.exists() and len(list(target.rglob("*.xlsx"))) == n:
        return target
    shutil.rmtree(target, ignore_errors=True)
    files = sorted(base.rglob("*.xlsx"))
    for i in range(n):
        src = files[i % len(files)]
        folder = target / f"{i // 100:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        dst = folder / f"s{i:05d}.xlsx"
        os.link(src, dst)
        if src.with_suffix(".txt").exists():
            os.link(src.with_suffix(".txt"), dst.with_suffix(".txt"))
    return target


def _rename_units(data: bytes, i: int, years: dict[str, str]) -> bytes:
    """A workbook package with every unit name made unique (…人民政府 → …第i号人民政府)
    and the years in its texts and defined names shifted (``years``: old → new).  Texts
    may be shared or inline strings, written as characters or as character references."""
    import io
    import re
    import zipfile

    year = re.compile("(?<![#\\d])(?:" + "|".join(map(re.escape, years)) + ")(?!\\d)")  # not inside "&#20225;"
    text_node = re.compile(r"(<t(?: [^>]*)?>)(.*?)(</t>)", re.S)
    suffix = "人民政府"
    encoded = "".join(f"&#{ord(c)};" for c in suffix)
    unique = f"第{i}号"

    def fix_text(m: "re.Match[str]") -> str:
        body = year.sub(lambda y: years[y.group(0)], m.group(2))   # years first: "第2022号" is a name
        body = body.replace(suffix, unique + suffix).replace(encoded, unique + encoded)
        return m.group(1) + body + m.group(3)

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item)
            name = item.filename
            if name == "xl/workbook.xml":
                body = year.sub(lambda y: years[y.group(0)], body.decode("utf-8")).encode("utf-8")
            elif name == "xl/sharedStrings.xml" or name.startswith("xl/worksheets/sheet"):
                body = text_node.sub(fix_text, body.decode("utf-8")).encode("utf-8")
            dst.writestr(item, body)
    return out.getvalue()


def year_corpora(base: Path, n: int) -> tuple[Path, Path]:
    """This year's and last year's folders of ``n`` submissions each, every unit once in
    each (so all pair up): the base files with unique unit names, last year's a year earlier."""
    now_dir, last_dir = OUT / f"years_{n}" / "now", OUT / f"years_{n}" / "last"
    if all(d.exists() and len(list(d.rglob("*.xlsx"))) == n for d in (now_dir, last_dir)):
        return now_dir, last_dir
    shutil.rmtree(OUT / f"years_{n}", ignore_errors=True)
    files = sorted(base.rglob("*.xlsx"))
    contents = [f.read_bytes() for f in files]
    for i in range(n):
        data = contents[i % len(files)]
        for folder, years in ((now_dir, {"2023": "2023"}), (last_dir, {"2023": "2022", "2022": "2021"})):
            target = folder / f"{i // 100:04d}" / f"s{i:05d}.xlsx"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(_rename_units(data, i, years))
    return now_dir, last_dir


# -- measurements ---------------------------------------------------------------------

def _time_each(files, fn, repeat: int = 3) -> float:
    """Median over files of the best of ``repeat`` runs, in milliseconds."""
    per_file = []
    for f in files:
        best = min(_once(fn, f) for _ in range(repeat))
        per_file.append(best)
    return statistics.median(per_file) * 1000


def _once(fn, f) -> float:
    t = time.perf_counter()
    fn(f)
    return time.perf_counter() - t


def in_process(files) -> dict:
    import openpyxl

    from perfxl.checks.runner import run_checks
    from perfxl.narrative.read import read_narrative
    from perfxl.xlsx.reader import read_workbook

    def check(f):
        data, _ = read_workbook(f)
        narrative = read_narrative(f.with_suffix(".txt")) if f.with_suffix(".txt").exists() else None
        run_checks(data, narrative=narrative)

    def check_tables(f):
        run_checks(read_workbook(f)[0])

    result = {
        "perfxl_check_ms": _time_each(files, check),
        "perfxl_check_tables_only_ms": _time_each(files, check_tables),
        "openpyxl_load_ms": _time_each(files, lambda f: openpyxl.load_workbook(f)),
    }
    try:
        from python_calamine import CalamineWorkbook

        def calamine(f):
            wb = CalamineWorkbook.from_path(str(f))
            for name in wb.sheet_names:
                wb.get_sheet_by_name(name).to_python()

        result["calamine_read_ms"] = _time_each(files, calamine)
    except ImportError:
        result["calamine_read_ms"] = None
    result["check_over_openpyxl"] = result["perfxl_check_tables_only_ms"] / result["openpyxl_load_ms"]
    result["check_with_report_over_openpyxl"] = result["perfxl_check_ms"] / result["openpyxl_load_ms"]
    return result


def draft(runs: int = 10) -> dict:
    """Writing the 自评报告 draft for the example, in-process: from the workbook file to the
    .docx bytes (read, build, render), median of ``runs``; plus a cold `perfxl report`."""
    import tempfile

    from perfxl.draft import build_draft
    from perfxl.draft.docx import render
    from perfxl.xlsx.reader import read_workbook

    def once() -> float:
        t = time.perf_counter()
        data, _ = read_workbook(EXAMPLE)
        render(build_draft(data))
        return time.perf_counter() - t

    once()  # imports (python-docx, lxml) are start-up, not drafting
    times = [once() for _ in range(runs)]
    with tempfile.TemporaryDirectory() as tmp:
        cold_runs = []
        for i in range(5):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "perfxl", "report", str(EXAMPLE), "-o", f"{tmp}/d{i}.docx"],
                           capture_output=True, cwd=ROOT, check=True)
            cold_runs.append(time.perf_counter() - t)
    return {"draft_example_ms": statistics.median(times) * 1000, "draft_example_best_ms": min(times) * 1000,
            "cold_report_example_s": statistics.median(cold_runs)}


def cold(files, runs: int = 5) -> dict:
    import compileall

    compileall.compile_dir(ROOT / "perfxl", quiet=1)   # as installed (see ``cold_starts``)

    def run(args):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "perfxl", *args], capture_output=True, cwd=ROOT)
        return time.perf_counter() - t

    example = [run(["check", str(EXAMPLE), "--narrative", str(EXAMPLE_REPORT)]) for _ in range(runs)]
    some = [run(["check", str(f)]) for f in files[:runs]]
    helps = [run(["--help"]) for _ in range(runs)]
    return {"cold_check_example_with_report_s": statistics.median(example),
            "cold_check_example_best_s": min(example),
            "cold_check_s": statistics.median(some), "cold_help_s": statistics.median(helps)}


def libreoffice(files) -> dict:
    from tests import libreoffice as lo

    if not (lo.soffice_path() and lo.uno_python()):
        return {"libreoffice_ms_per_file": None}
    tmp = OUT / "lo"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    t = time.perf_counter()
    lo.run([lo.Task(files[0], tmp / "start.xlsx")])
    startup = time.perf_counter() - t
    t = time.perf_counter()
    lo.run([lo.Task(f, tmp / f"{i}.xlsx") for i, f in enumerate(files)])
    total = time.perf_counter() - t
    return {"libreoffice_startup_s": startup,
            "libreoffice_ms_per_file": max(0.0, total - startup) / len(files) * 1000,
            "libreoffice_files": len(files)}


class PeakRSS(threading.Thread):
    """Peak resident memory of a process and all its children, sampled from /proc."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0, True

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as fh:
                        ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                    children.setdefault(ppid, []).append(int(entry))
                except (OSError, ValueError, IndexError):
                    pass
        out, todo = [], [self.pid]
        while todo:
            p = todo.pop()
            out.append(p)
            todo.extend(children.get(p, []))
        return out

    def run(self):
        while self.running:
            total = 0
            for p in self._tree():
                try:
                    with open(f"/proc/{p}/status") as fh:
                        for line in fh:
                            if line.startswith("VmRSS:"):
                                total += int(line.split()[1]) * 1024
                except OSError:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(0.02)


def batch(folder: Path, jobs: int, previous: Path | None = None) -> tuple[float, int]:
    out = OUT / f"summary_{folder.name}_{jobs}{'_previous' if previous else ''}.xlsx"
    extra = ["--previous", str(previous)] if previous else []
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "perfxl", "batch", str(folder), "--jobs", str(jobs),
                             "--quiet", "--force", "-o", str(out), *extra], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watch = PeakRSS(proc.pid)
    watch.start()
    proc.wait()
    watch.running = False
    watch.join()
    return time.perf_counter() - t, watch.peak


# -- per input family (issue: near the floor on any workbook) ---------------------------

FAMILIES = ("own", "county", "libreoffice", "layouts", "near_misses")


def family_corpora(n: int = 12, seed: int = 11) -> dict[str, list[Path]]:
    """Files per input family: perfxl's own templates, county-style forms (openpyxl-written),
    the same forms saved by LibreOffice, and the real layout corpus (tests/data/layouts)."""
    base = OUT / f"families_{n}"
    out: dict[str, list[Path]] = {}
    rng = random.Random(seed)
    for fam, make in (("own", _perfxl_submission), ("county", _county_submission)):
        folder = base / fam
        files = [folder / f"{fam}_{i:03d}.xlsx" for i in range(n)]
        if not all(f.exists() for f in files):
            folder.mkdir(parents=True, exist_ok=True)
            for f in files:
                make(f, rng, rng.random() < 0.5)
        out[fam] = files
    folder = base / "libreoffice"
    sources = out["own"][: n // 2] + out["county"][: n - n // 2]
    files = [folder / f"lo_{s.name}" for s in sources]
    if not all(f.exists() for f in files):
        from tests import libreoffice as lo

        if lo.soffice_path() and lo.uno_python():
            folder.mkdir(parents=True, exist_ok=True)
            lo.run([lo.Task(s, f) for s, f in zip(sources, files)])
    out["libreoffice"] = [f for f in files if f.exists()]
    folder = base / "layouts"
    from tests.layout_corpus import build_layouts, load_layouts

    if not folder.exists() or not any(folder.glob("*.xlsx")):
        folder.mkdir(parents=True, exist_ok=True)
        build_layouts(folder)
    # The manifest says which layouts are forms; the near-misses (not_a_form) are refused
    # (exit 2) and measured apart: their time to refusal.
    forms = {lay.id for lay in load_layouts() if lay.is_form}
    built = sorted(folder.glob("*.xlsx"))
    out["layouts"] = [f for f in built if f.stem.split("__", 1)[0] in forms]
    out["near_misses"] = [f for f in built if f.stem.split("__", 1)[0] not in forms]
    return out


def _per_file_best(files, fn, repeat: int) -> list[float]:
    return [min(_once(fn, f) for _ in range(repeat)) * 1000 for f in files]


def _openpyxl_read_only(f: Path) -> None:
    """openpyxl's read-only load, reading every cell (a read-only load reads cells lazily)."""
    import openpyxl

    wb = openpyxl.load_workbook(f, read_only=True)
    for ws in wb.worksheets:
        for _ in ws.iter_rows(values_only=True):
            pass
    wb.close()


def families(n: int, repeat: int) -> dict:
    """check (as ``perfxl check`` runs it, app.check) with and without a report, and
    openpyxl's read-only load, interleaved file by file and run by run (so that a busy
    machine slows all three alike); per family: min and median over files of each file's
    best of ``repeat`` runs, and the per-file ratios (median and max), never mixing families."""
    from perfxl.app.check import check as check_form
    from perfxl.errors import UnrecognisedWorkbook

    corpora = family_corpora(n)
    result: dict = {}
    for fam in FAMILIES:
        files = list(corpora.get(fam) or [])
        if not files:
            result[fam] = None
            continue
        if fam == "near_misses":
            def check(path, narrative=None):
                """A near-miss must be refused (exit 2): the time measured is the time to refusal."""
                try:
                    check_form(path, narrative)
                except UnrecognisedWorkbook:
                    return
                raise AssertionError(f"{path.name} was read as a form")
        else:
            check = check_form
        tables, report, ro = [], [], []
        for f in files:
            runs = {"t": [], "r": [], "o": []}
            for _ in range(repeat):
                runs["t"].append(_once(lambda x: check(x), f))
                runs["r"].append(_once(lambda x: check(x, EXAMPLE_REPORT), f))
                runs["o"].append(_once(_openpyxl_read_only, f))
            tables.append(min(runs["t"]) * 1000)
            report.append(min(runs["r"]) * 1000)
            ro.append(min(runs["o"]) * 1000)
        r_tab = [a / b for a, b in zip(tables, ro)]
        r_rep = [a / b for a, b in zip(report, ro)]
        result[fam] = {
            "files": len(files),
            "check_ms_min": min(tables), "check_ms_median": statistics.median(tables),
            "check_report_ms_min": min(report), "check_report_ms_median": statistics.median(report),
            "openpyxl_ro_ms_min": min(ro), "openpyxl_ro_ms_median": statistics.median(ro),
            "ratio_median": statistics.median(r_tab), "ratio_max": max(r_tab),
            "ratio_report_median": statistics.median(r_rep), "ratio_report_max": max(r_rep),
        }
    return {"families": result}


def parse_floor(repeat: int = 20) -> dict:
    """The example against its physical floor: unzip the parts perfxl reads and parse each
    with lxml (C), and python-calamine reading every sheet."""
    from lxml import etree

    from perfxl.app.check import check

    def floor(f):
        import zipfile

        with zipfile.ZipFile(f) as zf:
            for name in zf.namelist():
                if name.endswith((".xml", ".rels")) and (name.startswith("xl/worksheets/") or name in (
                        "xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels")):
                    etree.fromstring(zf.read(name))

    fns = {"floor": floor, "check": lambda f: check(f), "check_report": lambda f: check(f, EXAMPLE_REPORT)}
    try:
        from python_calamine import CalamineWorkbook

        def calamine(f):
            wb = CalamineWorkbook.from_path(str(f))
            for name in wb.sheet_names:
                wb.get_sheet_by_name(name).to_python()

        fns["calamine"] = calamine
    except ImportError:
        pass
    runs: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(repeat):                      # interleaved, as in ``families``
        for key, fn in fns.items():
            runs[key].append(_once(fn, EXAMPLE) * 1000)
    out = {f"example_{k}_ms_min": min(v) for k, v in runs.items()}
    out.update({f"example_{k}_ms_median": statistics.median(v) for k, v in runs.items()})
    out["example_check_over_floor"] = min(runs["check"]) / min(runs["floor"])
    out["example_check_report_over_floor"] = min(runs["check_report"]) / min(runs["floor"])
    return out


def with_big_sheet(rows: int, cols: int = 6) -> Path:
    """The example with an extra sheet of ``rows`` × ``cols`` cells (numbers and inline text),
    added to the package directly so that every other part stays byte-identical."""
    import zipfile

    target = OUT / f"example_plus_{rows}.xlsx"
    if target.exists():
        return target
    with zipfile.ZipFile(EXAMPLE) as src:
        parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    n = 1
    while f"xl/worksheets/sheet{n}.xml" in parts:
        n += 1
    sheet = f"xl/worksheets/sheet{n}.xml"
    letters = "ABCDEFGHIJ"[:cols]
    body = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r in range(1, rows + 1):
        cells = "".join(f'<c r="{c}{r}"><v>{r * 7 + i}.25</v></c>' if i % 2 else
                        f'<c r="{c}{r}" t="inlineStr"><is><t>明细{r}</t></is></c>' for i, c in enumerate(letters))
        body.append(f'<row r="{r}">{cells}</row>')
    body.append("</sheetData></worksheet>")
    parts[sheet] = "".join(body).encode("utf-8")
    rels = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>", f'<Relationship Id="rIdBench" Type="http://schemas.openxmlformats.org/'
                        f'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/></Relationships>')
    parts["xl/_rels/workbook.xml.rels"] = rels.encode("utf-8")
    wb = parts["xl/workbook.xml"].decode("utf-8")
    wb = wb.replace("</sheets>", f'<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                    f'relationships" name="明细数据" sheetId="{900 + n}" r:id="rIdBench"/></sheets>')
    parts["xl/workbook.xml"] = wb.encode("utf-8")
    ct = parts["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace("</Types>", f'<Override PartName="/{sheet}" ContentType="application/vnd.openxmlformats-'
                    f'officedocument.spreadsheetml.worksheet+xml"/></Types>')
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    tmp = target.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    tmp.replace(target)
    return target


def big_sheets(repeat: int = 3) -> dict:
    """A check of the example with an extra 100,000-row sheet, and how reading grows with
    rows (every sheet read whole, ``reader.read_grids``, 10k → 100k rows: 1.0 is linear)."""
    import math

    from perfxl.app.check import check
    from perfxl.xlsx.reader import read_grids

    out: dict = {}
    small, large = with_big_sheet(10_000), with_big_sheet(100_000)
    runs = [_once(lambda f: check(f), large) for _ in range(repeat)]
    out["big_sheet_check_s_min"], out["big_sheet_check_s_median"] = min(runs), statistics.median(runs)
    read_small = [_once(read_grids, small) for _ in range(repeat)]
    read_large = [_once(read_grids, large) for _ in range(repeat)]
    out["read_10k_rows_s_min"], out["read_100k_rows_s_min"] = min(read_small), min(read_large)
    out["read_exponent_10k_to_100k"] = math.log(min(read_large) / min(read_small)) / math.log(10)
    try:
        from python_calamine import CalamineWorkbook

        def calamine(f):
            wb = CalamineWorkbook.from_path(str(f))
            for name in wb.sheet_names:
                wb.get_sheet_by_name(name).to_python()

        out["big_sheet_calamine_s_min"] = min(_once(calamine, large) for _ in range(repeat))
    except ImportError:
        pass
    return out


def cold_starts(runs: int = 7) -> dict:
    """Cold processes: ``perfxl check`` of the example (with and without report), ``perfxl
    --help``, as ``python -m perfxl`` and through the installed ``perfxl`` console script
    (when there is one next to the interpreter), and a bare interpreter with and without
    ``site``; min and median of ``runs``.

    The package's bytecode is compiled first, as ``pip install`` does: with
    PYTHONDONTWRITEBYTECODE set (or a read-only tree) every run would otherwise compile
    every module from source again, which no installed copy does."""
    import compileall

    compileall.compile_dir(ROOT / "perfxl", quiet=1)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}   # the console script too runs this tree's code

    def run(args):
        t = time.perf_counter()
        subprocess.run(args, capture_output=True, cwd=ROOT, env=env)
        return time.perf_counter() - t

    py = sys.executable
    cases = {"check": [py, "-m", "perfxl", "check", str(EXAMPLE)],
             "check_report": [py, "-m", "perfxl", "check", str(EXAMPLE), "--narrative", str(EXAMPLE_REPORT)],
             "help": [py, "-m", "perfxl", "--help"],
             "python": [py, "-c", "pass"],
             "python_no_site": [py, "-S", "-c", "pass"]}
    script = Path(py).with_name("perfxl.exe" if os.name == "nt" else "perfxl")
    if script.is_file():
        cases["script_check"] = [str(script), "check", str(EXAMPLE)]
        cases["script_check_report"] = [str(script), "check", str(EXAMPLE), "--narrative", str(EXAMPLE_REPORT)]
        cases["script_help"] = [str(script), "--help"]
    times: dict[str, list[float]] = {k: [] for k in cases}
    for _ in range(runs):                        # interleaved, as in ``families``
        for key, args in cases.items():
            times[key].append(run(args))
    out = {}
    for key, t in times.items():
        out[f"cold_{key}_ms_min"], out[f"cold_{key}_ms_median"] = min(t) * 1000, statistics.median(t) * 1000
    return out


def _paired(summary: Path) -> int:
    """Units on the 跨年对比 sheet with both years (to show the run paired what it should)."""
    import openpyxl

    ws = openpyxl.load_workbook(summary, read_only=True)["跨年对比"]
    count = 0
    for row in ws.iter_rows(min_row=2, max_col=1, values_only=True):
        if not isinstance(row[0], (int, float)):
            break
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--part", choices=("all", "check", "draft", "families", "floor", "big", "cold", "libreoffice",
                                           "scaling", "memory", "previous"), default="all",
                        help="run one part only (merged into bench/out/results.json)")
    parser.add_argument("--sizes", help="batch --previous sizes, comma-separated (default 100,1000,5000)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    base = make_corpus(100)
    files = sorted(base.rglob("*.xlsx"))
    sample = files[:20] if args.quick else files
    saved = OUT / "results.json"
    results: dict = json.loads(saved.read_text(encoding="utf-8")) if args.part != "all" and saved.exists() else {}
    results["machine"] = {"cores": os.cpu_count(), "python": sys.version.split()[0]}
    print(f"语料：{len(files)} 份（{base}），计时样本 {len(sample)} 份")
    part = args.part
    if part in ("all", "check"):
        results.update(in_process(sample))
        results.update(cold(files))
    if part in ("all", "draft"):
        results.update(draft())
    if part in ("all", "families"):
        results.update(families(6 if args.quick else 12, 3 if args.quick else 5))
    if part in ("all", "floor"):
        results.update(parse_floor(10 if args.quick else 30))
    if part in ("all", "big"):
        results.update(big_sheets(2 if args.quick else 3))
    if part in ("all", "cold"):
        results.update(cold_starts(5 if args.quick else 9))
    if part in ("all", "libreoffice"):
        results.update(libreoffice(files[: (5 if args.quick else 20)]))
    if part in ("all", "scaling"):
        scaling_n = 50 if args.quick else 400
        scaling = replicate(base, scaling_n)
        cores = os.cpu_count() or 1
        for jobs in sorted({1, 2, cores}):
            seconds, _ = batch(scaling, jobs)
            results[f"batch_{jobs}_files_per_s"] = scaling_n / seconds
        results["batch_scaling_efficiency_1_to_2"] = results["batch_2_files_per_s"] / (2 * results["batch_1_files_per_s"])
    if part in ("all", "memory"):
        for key in [k for k in results if k.startswith(("batch_peak_mb_", "batch_seconds_"))]:
            del results[key]
        for n in ((100, 300) if args.quick else (100, 1000, 5000)):
            folder = base if n == 100 else replicate(base, n)
            seconds, peak = batch(folder, 2)
            results[f"batch_peak_mb_{n}"] = peak / 1024 / 1024
            results[f"batch_seconds_{n}"] = seconds
        sizes = sorted(int(k.rsplit("_", 1)[1]) for k in results if k.startswith("batch_peak_mb_"))
        results["peak_memory_growth"] = results[f"batch_peak_mb_{sizes[-1]}"] / results[f"batch_peak_mb_{sizes[0]}"] - 1
    if part in ("all", "previous"):
        sizes = [int(x) for x in args.sizes.split(",")] if args.sizes else ([100, 300] if args.quick else [100, 1000, 5000])
        for key in [k for k in results if k.startswith(("previous_peak_mb_", "previous_seconds_", "previous_paired_"))]:
            del results[key]
        for n in sizes:
            now_dir, last_dir = year_corpora(base, n)
            seconds, peak = batch(now_dir, 2, previous=last_dir)
            results[f"previous_peak_mb_{n}"] = peak / 1024 / 1024
            results[f"previous_seconds_{n}"] = seconds
            results[f"previous_paired_{n}"] = _paired(OUT / f"summary_{now_dir.name}_2_previous.xlsx")
        done = sorted(int(k.rsplit("_", 1)[1]) for k in results if k.startswith("previous_peak_mb_"))
        results["previous_peak_memory_growth"] = (results[f"previous_peak_mb_{done[-1]}"]
                                                  / results[f"previous_peak_mb_{done[0]}"] - 1)
    if results.get("libreoffice_ms_per_file") and results.get("perfxl_check_ms"):
        results["libreoffice_over_perfxl"] = results["libreoffice_ms_per_file"] / results["perfxl_check_ms"]
    saved.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    for key, value in results.items():
        if isinstance(value, dict) and key == "families":
            for fam, figures in value.items():
                print(f"{key}.{fam}")
                for k, v in (figures or {}).items():
                    print(f"    {k:<36} {v:.3f}" if isinstance(v, float) else f"    {k:<36} {v}")
        else:
            print(f"{key:<40} {value:.3f}" if isinstance(value, float) else f"{key:<40} {value}")


if __name__ == "__main__":
    main()
