"""Narrative checks against the published-text corpus: python bench/narrative.py [--holdout] [--json OUT] [--speed]

Runs the narrative checks (no workbook) on every passage of tests/data/narrative and matches each
finding to the hand-verified relation whose claim span overlaps the finding's first narrative span
(the claimed figure).  When several relations share that span, the ones of the rule's own kind are
preferred, and among them the inconsistent one; when none does, a relation of the rule's own kind
written at another figure the finding names (a part over its whole names the part first).  Per rule and in total, for error and warning level
separately:

- error TP: an error on an inconsistent relation; FP: an error anywhere else (consistent, truncated,
  uncheckable relations, or no relation at all);
- warning TP: a warning on an inconsistent or truncated relation; FP: any other warning;
- recall: inconsistent relations with an error-level finding / all inconsistent relations
  (and, for information, with an error or a warning);
- passages whose relations all hold (no inconsistent one) that got at least one error (must be 0).

By default the tuning set (holdout = false) is measured; --holdout measures the held-out passages
instead, --all both.  --speed times the checks on synthetic 2 MB and 20 MB reports made of the seeds
and corpus passages, and on a report of one line without sentence ends (344,000 characters).
Nothing here asserts: the figures go into README's 准确率 section.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.narrative_corpus import load_corpus, match_finding as match  # noqa: E402

def run_passage(text: str):
    from perfxl.checks.runner import run_checks
    from perfxl.narrative.read import Narrative

    return run_checks(None, narrative=Narrative(text, "报告.txt", "txt"))


def right_finding(severity: str, verdict: str | None) -> bool:
    """Whether a finding matched to a relation of this verdict is right: an error or a warning on an inconsistent
    relation, or a warning on one that holds only if truncated."""
    return verdict == "inconsistent" or (severity == "warning" and verdict == "truncated")


def relation_id(passage, rel) -> str:
    return f"{passage.id}@{rel.claim_start}:{rel.claim}"


def measure(passages) -> dict:
    rules: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    caught: set[str] = set()
    warned: set[str] = set()
    inconsistent: list[str] = []
    noisy_passages: list[str] = []
    false_alarms: list[dict] = []
    kinds: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for p in passages:
        kind = kinds[p.kind]
        kind["passages"] += 1
        for r in p.relations:
            if r.verdict == "inconsistent":
                inconsistent.append(relation_id(p, r))
                kind["inconsistent"] += 1
        findings = [f for f in run_passage(p.text) if f.rule.startswith("N-")]
        errors = 0
        for f in findings:
            if f.severity not in ("error", "warning"):
                continue
            rel = match(f, p)
            verdict = rel.verdict if rel else None
            level = f.severity
            row = rules[f.rule]
            tp = right_finding(level, verdict)
            row[f"{level}_tp" if tp else f"{level}_fp"] += 1
            if level == "error":
                errors += 1
                kind["error_tp" if tp else "error_fp"] += 1
            if rel is not None and verdict == "inconsistent":
                (caught if level == "error" else warned).add(relation_id(p, rel))
            if not tp:
                false_alarms.append({"passage": p.id, "rule": f.rule, "severity": level,
                                     "claim": f.narrative[0].text if f.narrative else "",
                                     "start": f.narrative[0].start if f.narrative else None,
                                     "verdict": verdict, "message": f.message})
        if errors and not any(r.verdict == "inconsistent" for r in p.relations):
            noisy_passages.append(p.id)
        kind["caught"] += len({relation_id(p, r) for r in p.relations} & caught)
    total: dict[str, int] = defaultdict(int)
    for row in rules.values():
        for k, v in row.items():
            total[k] += v
    return {
        "passages": len(passages), "relations": sum(len(p.relations) for p in passages),
        "rules": {k: dict(v) for k, v in sorted(rules.items())}, "total": dict(total),
        "inconsistent": len(inconsistent), "caught": sorted(caught),
        "warned_only": sorted(warned - caught), "missed": sorted(set(inconsistent) - caught),
        "all_consistent_passages_with_error": noisy_passages, "false_alarms": false_alarms,
        "kinds": {k: dict(v) for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]["passages"])},
    }


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "—"


def print_table(title: str, m: dict, details: bool = True) -> None:
    print(f"\n== {title}: {m['passages']} passages, {m['relations']} relations, {m['inconsistent']} inconsistent ==")
    print(f"{'rule':<13}{'err TP':>7}{'err FP':>7}{'err prec':>9}{'warn TP':>8}{'warn FP':>8}{'warn prec':>10}")
    for name, row in [*m["rules"].items(), ("total", m["total"])]:
        etp, efp, wtp, wfp = (row.get(k, 0) for k in ("error_tp", "error_fp", "warning_tp", "warning_fp"))
        print(f"{name:<13}{etp:>7}{efp:>7}{_pct(etp, etp + efp):>9}{wtp:>8}{wfp:>8}{_pct(wtp, wtp + wfp):>10}")
    n = m["inconsistent"]
    print(f"error recall: {len(m['caught'])}/{n} = {_pct(len(m['caught']), n)}; "
          f"error or warning: {len(m['caught']) + len(m['warned_only'])}/{n}")
    noisy = m["all_consistent_passages_with_error"]
    print(f"all-consistent passages with an error: {len(noisy)} {noisy if details else ''}")
    print(f"{'kind of text':<10}{'passages':>9}{'inconsistent':>13}{'err recall':>15}{'err prec':>15}")
    for name, row in m["kinds"].items():
        n, c, etp, efp = (row.get(k, 0) for k in ("inconsistent", "caught", "error_tp", "error_fp"))
        print(f"{name:<10}{row['passages']:>9}{n:>13}{f'{c}/{n} {_pct(c, n)}':>15}{f'{etp}/{etp + efp} {_pct(etp, etp + efp)}':>15}")
    if details and m["missed"]:
        print("missed (no error):", ", ".join(m["missed"]))


def _of_size(block: str, size: int) -> str:
    """The block's lines, repeated, up to ``size`` bytes of UTF-8 (the corpus alone is over 1 MB now)."""
    lines, out, total = block.splitlines(keepends=True), [], 0
    while total < size:
        for line in lines:
            n = len(line.encode("utf-8"))
            if total + n > size:
                return "".join(out)
            out.append(line)
            total += n
    return "".join(out)


def speed() -> dict:
    """Seconds for the narrative checks on ~2 MB and ~20 MB reports built from real text, and on one
    line of 344,000 characters without a sentence end."""
    seeds = sorted((ROOT / "tests" / "data").rglob("*自评报告*.txt")) or []
    shared = Path("/work/shared/seeds")
    chunks = [p.read_text(encoding="utf-8") for p in seeds]
    if shared.is_dir():
        chunks += [p.read_text(encoding="utf-8") for p in sorted(shared.glob("*.txt"))]
    chunks += [p.text for p in load_corpus()]
    block = "\n".join(chunks) + "\n"
    import cn2an  # noqa: F401  (imported once, as the command line does on its first Chinese numeral)

    run_passage("预算100万元。")
    out = {}
    # and a report without any sentence end: one line of 344,000 characters (every lookup by sentence
    # covers the whole text, so any scan of a sentence per figure shows as quadratic time)
    one_line = "公务接待费0万元，会议费1.25万元，培训费2.5万元，税收收入完成169975万元，" * 8000
    for label, size in (("2MB", 2 * 1024 * 1024), ("20MB", 19 * 1024 * 1024), ("one-line", 0)):
        text = _of_size(block, size) if size else one_line
        t0, c0 = time.perf_counter(), time.process_time()
        findings = run_passage(text)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        out[label] = {"bytes": len(text.encode("utf-8")), "seconds": round(dt, 2), "cpu_seconds": round(cpu, 2),
                      "findings": len(findings)}
        print(f"{label}: {out[label]['bytes'] / 1e6:.1f} MB, {dt:.2f} s wall, {cpu:.2f} s CPU, {len(findings)} findings")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--holdout", action="store_true", help="measure the held-out passages")
    ap.add_argument("--all", action="store_true", help="measure the tuning and the held-out set")
    ap.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    ap.add_argument("--speed", action="store_true", help="time 2 MB and 20 MB reports and a one-line report")
    ap.add_argument("--alarms", action="store_true", help="list every false alarm")
    args = ap.parse_args(argv)
    results = {}
    sets = [("holdout", True)] if args.holdout else [("tuning", False)]
    if args.all:
        sets = [("tuning", False), ("holdout", True)]
    for name, flag in sets:
        m = measure(load_corpus(holdout=flag))
        results[name] = m
        print_table(name, m, details=not flag or args.alarms)
        if args.alarms:
            for a in m["false_alarms"]:
                print(f"  {a['passage']} {a['rule']} {a['severity']} {a['claim']}@{a['start']} [{a['verdict']}] {a['message']}")
    if args.speed:
        results["speed"] = speed()
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
