"""Narrative findings on the audit set of published pages: python bench/audit.py [--json OUT]

Runs the narrative checks (no workbook) on every page of tests/data/audit/pages, prints every
error and warning (page id, rule, severity, the claimed figure with 60 characters of context on
each side, and the message), and compares them with the judgments recorded in the pages'
[[finding]] tables.  A finding is matched to a judgment by rule, severity and the start offset of
its first narrative span.  Per rule and severity it counts right / wrong / unsure / not yet judged,
and it lists judgments that no current finding matches (stale).  Hints (severity "info") are
neither printed nor judged.  Nothing here asserts: the figures go into tests/data/audit/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = ROOT / "tests" / "data" / "audit" / "pages"
CONTEXT = 60


def run_page(text: str):
    from perfxl.checks.runner import run_checks
    from perfxl.narrative.read import Narrative

    findings = run_checks(None, narrative=Narrative(text, "报告.txt", "txt"))
    return [f for f in findings if f.rule.startswith("N-")]


def load_pages():
    for path in sorted(PAGES.glob("*.toml")):
        with path.open("rb") as fh:
            yield path, tomllib.load(fh)


def collect():
    rows = []
    stale = []
    for path, page in load_pages():
        text = page["text"]
        judged = {}
        for j in page.get("finding", []):
            judged[(j["rule"], j["severity"], j["start"])] = j
        seen = set()
        for f in run_page(text):
            if f.severity not in ("error", "warning"):
                continue
            span = f.narrative[0] if f.narrative else None
            start = span.start if span is not None else -1
            end = span.end if span is not None else -1
            key = (f.rule, f.severity, start)
            seen.add(key)
            j = judged.get(key)
            rows.append({
                "id": page["id"],
                "file": path.name,
                "rule": f.rule,
                "severity": f.severity,
                "start": start,
                "claim": text[start:end] if span is not None else "",
                "before": text[max(0, start - CONTEXT):start] if span is not None else "",
                "after": text[end:end + CONTEXT] if span is not None else "",
                "message": f.message,
                "verdict": j["verdict"] if j else None,
                "message_ok": j.get("message_ok") if j else None,
                "note": j.get("note", "") if j else "",
            })
        for key, j in judged.items():
            if key not in seen:
                stale.append({"id": page["id"], "rule": key[0], "severity": key[1], "start": key[2]})
    return rows, stale


def tally(rows):
    table = defaultdict(lambda: {"right": 0, "wrong": 0, "unsure": 0, "not judged": 0})
    for r in rows:
        verdict = r["verdict"] or "not judged"
        table[(r["severity"], r["rule"])][verdict] += 1
        table[(r["severity"], "(all)")][verdict] += 1
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", metavar="OUT", help="also write the findings and counts as JSON")
    args = ap.parse_args()

    rows, stale = collect()
    pages = sum(1 for _ in PAGES.glob("*.toml"))
    for r in rows:
        ctx = (r["before"] + "【" + r["claim"] + "】" + r["after"]).replace("\n", "⏎")
        verdict = r["verdict"] or "not judged"
        print(f"{r['id']} {r['rule']} {r['severity']} @{r['start']} [{verdict}]")
        print(f"    {ctx}")
        print(f"    {r['message']}")
    table = tally(rows)
    print()
    print(f"pages {pages}; findings (error/warning) {len(rows)}; "
          f"pages with an error {len({r['id'] for r in rows if r['severity'] == 'error'})}")
    print(f"{'severity':8} {'rule':12} {'right':>5} {'wrong':>5} {'unsure':>6} {'not judged':>10}")
    for (severity, rule), c in sorted(table.items()):
        print(f"{severity:8} {rule:12} {c['right']:5} {c['wrong']:5} {c['unsure']:6} {c['not judged']:10}")
    if stale:
        print(f"judgments no current finding matches: {len(stale)}")
        for s in stale:
            print(f"    {s['id']} {s['rule']} {s['severity']} @{s['start']}")
    if args.json:
        out = {
            "pages": pages,
            "findings": rows,
            "counts": [{"severity": s, "rule": r, **c} for (s, r), c in sorted(table.items())],
            "stale": stale,
        }
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
