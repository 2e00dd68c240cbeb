"""perfxl web benchmark: python bench/web.py [--runs 20] [--cold-runs 5]

Starts ``perfxl serve --no-browser`` on a free loopback port, then measures a check of the
北山镇 example with its report through ``POST /api/check`` (median of ``--runs`` round trips
after one warm-up request), against a cold ``perfxl check --format json`` of the same files
(median of ``--cold-runs`` processes).  Both answers must be the same bytes.  Prints the
figures and writes bench/out/web.json; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
EXAMPLE = ROOT / "workbooks" / "北山镇2023.xlsx"
REPORT = ROOT / "workbooks" / "北山镇2023_自评报告.txt"


def _multipart(fields: dict[str, Path]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = b""
    for name, path in fields.items():
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; "
                 f"filename=\"{path.name}\"\r\n"
                 "Content-Type: application/octet-stream\r\n\r\n").encode() + path.read_bytes() + b"\r\n"
    return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env() -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def web_round_trips(runs: int) -> dict:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "perfxl", "serve", "--no-browser", "--port", str(port)],
                            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        started = time.perf_counter()
        while True:
            try:
                urllib.request.urlopen(url + "/api/rules", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None or time.perf_counter() - started > 60:
                    raise SystemExit("perfxl serve did not start: " + proc.stderr.read().decode())
                time.sleep(0.05)
        startup = time.perf_counter() - started
        # what a browser sends: UTF-8 file names in the part headers
        body, ctype = _multipart({"workbook": EXAMPLE, "narrative": REPORT})

        def once() -> tuple[float, bytes]:
            req = urllib.request.Request(url + "/api/check", data=body, headers={"Content-Type": ctype})
            t = time.perf_counter()
            with urllib.request.urlopen(req, timeout=120) as r:
                answer = r.read()
            return time.perf_counter() - t, answer

        first, answer = once()
        times = [once()[0] for _ in range(runs)]
        return {"startup_s": startup, "first_s": first, "median_s": statistics.median(times),
                "min_s": min(times), "max_s": max(times), "runs": runs, "answer": answer}
    finally:
        proc.terminate()
        proc.wait(30)


def cold_cli(runs: int) -> dict:
    times, out = [], b""
    for _ in range(runs):
        t = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "perfxl", "check", EXAMPLE.name, "--narrative", REPORT.name,
                            "--format", "json"], cwd=EXAMPLE.parent, env=_env(), capture_output=True)
        times.append(time.perf_counter() - t)
        out = r.stdout
    return {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times), "runs": runs, "answer": out}


def in_process(runs: int) -> dict:
    """The same check called directly (no HTTP), to show what the server adds."""
    import shutil
    import tempfile

    sys.path.insert(0, str(ROOT))
    from perfxl.web import service

    folder = Path(tempfile.mkdtemp())
    try:
        book, report = shutil.copy(EXAMPLE, folder / "workbook.xlsx"), shutil.copy(REPORT, folder / "narrative.txt")
        times = []
        for _ in range(runs + 1):
            t = time.perf_counter()
            service.check(Path(book), Path(report), workbook_name=EXAMPLE.name, narrative_name=REPORT.name).json()
            times.append(time.perf_counter() - t)
        return {"median_s": statistics.median(times[1:]), "runs": runs}
    finally:
        shutil.rmtree(folder)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--cold-runs", type=int, default=5)
    args = ap.parse_args()
    web = web_round_trips(args.runs)
    cli = cold_cli(args.cold_runs)
    direct = in_process(args.runs)
    same = web.pop("answer") == cli.pop("answer")
    result = {"web": web, "cli_cold": cli, "in_process": direct, "same_json": same,
              "speedup": cli["median_s"] / web["median_s"], "cpus": os.cpu_count()}
    print(f"perfxl serve 启动：{web['startup_s']:.2f} s；首次检查 {web['first_s'] * 1000:.0f} ms")
    print(f"网页接口 POST /api/check（北山镇，含报告），{web['runs']} 次中位数：{web['median_s'] * 1000:.0f} ms"
          f"（{web['min_s'] * 1000:.0f}–{web['max_s'] * 1000:.0f} ms）")
    print(f"命令行冷启动 perfxl check --format json，{cli['runs']} 次中位数：{cli['median_s'] * 1000:.0f} ms"
          f"（{cli['min_s'] * 1000:.0f}–{cli['max_s'] * 1000:.0f} ms）")
    print(f"同一检查在进程内直接调用（无 HTTP），中位数：{direct['median_s'] * 1000:.0f} ms")
    print(f"快 {result['speedup']:.1f} 倍；两者输出{'完全相同' if same else '不同（有问题！）'}")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "web.json").write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
