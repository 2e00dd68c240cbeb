"""perfxl benchmark: python bench/run.py [--quick]

Generates synthetic submissions (clean and faulty, perfxl templates and county-style
forms, some with narrative reports) under bench/out/, then measures on the same files:

1. perfxl check per workbook, in-process and as a cold process;
2. the floor: a bare openpyxl.load_workbook (and a python-calamine read);
3. LibreOffice headless recalculating the same files;
4. writing the 自评报告 draft for the example (in-process median of 10, and cold);
5. perfxl batch throughput at 1, 2 and all cores, and peak memory at N = 100, 1000, 5000.

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


def batch(folder: Path, jobs: int) -> tuple[float, int]:
    out = OUT / f"summary_{folder.name}_{jobs}.xlsx"
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "perfxl", "batch", str(folder), "--jobs", str(jobs),
                             "--quiet", "--force", "-o", str(out)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watch = PeakRSS(proc.pid)
    watch.start()
    proc.wait()
    watch.running = False
    watch.join()
    return time.perf_counter() - t, watch.peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--part", choices=("all", "check", "draft", "libreoffice", "scaling", "memory"), default="all",
                        help="run one part only (merged into bench/out/results.json)")
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
    if results.get("libreoffice_ms_per_file") and results.get("perfxl_check_ms"):
        results["libreoffice_over_perfxl"] = results["libreoffice_ms_per_file"] / results["perfxl_check_ms"]
    saved.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    for key, value in results.items():
        print(f"{key:<40} {value:.3f}" if isinstance(value, float) else f"{key:<40} {value}")


if __name__ == "__main__":
    main()
