"""Perturbation check of the narrative rules: python bench/perturb.py [--factor 0.87] [--misses OUT]

Takes every relation of the corpus (tests/data/narrative) that holds (verdict consistent) in a passage of the four
report kinds the project is about (决算说明, 三公经费说明, 绩效自评报告, 预算执行报告) and of a checkable kind (sum,
change_amount, change_rate, rate, share), writes its claimed figure scaled by --factor (its decimals kept), and runs
the narrative checks on the changed passage.  A perturbation is caught when an error or a warning names the claim's
position.  Printed per kind of relation: caught / perturbed.

What it measures: how much of the text the rules actually check.  A relation the rules never bind is never caught,
however wrong its figure; a relation that cannot be checked at all (its base unwritten, an integer whose rounding
takes in the change, a 其中 list that may name only some parts) is not caught either, so 100 % is not the aim.
--misses writes the uncaught ones (passage, relation kind, the changed text around the claim) as JSON, to look for
sentence patterns the rules do not read.  Nothing here asserts: the figures go into README's 准确率 section.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.narrative_corpus import load_corpus  # noqa: E402

KINDS = ("决算说明", "三公经费说明", "绩效自评报告", "预算执行报告")
RELATIONS = ("sum", "change_amount", "change_rate", "rate", "share")
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def perturbed(claim: str, factor: Decimal) -> str | None:
    """The claim with its first number scaled by ``factor``, written to as many decimals; None when it has no
    number, is zero, or would not change."""
    m = _NUMBER.search(claim)
    if m is None:
        return None
    digits = m.group().replace(",", "")
    value = Decimal(digits)
    if not value:
        return None
    places = Decimal(1).scaleb(-(len(digits.split(".")[1]) if "." in digits else 0))
    new = (value * factor).quantize(places)
    if new == value:
        new = value + places * 3
    return claim[:m.start()] + format(new, "f") + claim[m.end():]


def measure(factor: Decimal) -> tuple[dict[str, list[int]], list[dict]]:
    from perfxl.checks.runner import run_checks
    from perfxl.narrative.read import Narrative

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for p in load_corpus():
        if p.kind not in KINDS:
            continue
        for r in p.relations:
            if r.verdict != "consistent" or r.kind not in RELATIONS:
                continue
            new = perturbed(r.claim, factor)
            if new is None:
                continue
            text = p.text[:r.claim_start] + new + p.text[r.claim_start + len(r.claim):]
            findings = [f for f in run_checks(None, narrative=Narrative(text, "报告.txt", "txt"))
                        if f.rule.startswith("N-") and f.severity in ("error", "warning")]
            caught = any(s.start == r.claim_start for f in findings for s in f.narrative)
            counts[r.kind][0] += 1
            counts[r.kind][1] += caught
            if not caught:
                a = max(0, r.claim_start - 90)
                misses.append({"passage": p.id, "kind": p.kind, "relation": r.kind, "claim": r.claim, "as_changed": new,
                               "context": text[a:r.claim_start] + "【" + new + "】" + text[r.claim_start + len(new):][:40]})
    return counts, misses


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--factor", default="0.87", help="what each claimed figure is multiplied by (default 0.87)")
    ap.add_argument("--misses", metavar="OUT", help="write the perturbations not caught as JSON")
    args = ap.parse_args(argv)
    counts, misses = measure(Decimal(args.factor))
    total = [sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())]
    for kind in RELATIONS:
        n, caught = counts.get(kind, [0, 0])
        print(f"{kind:<14}{caught:>6}/{n:<6}{100 * caught / n if n else 0:>6.1f}%")
    print(f"{'total':<14}{total[1]:>6}/{total[0]:<6}{100 * total[1] / total[0] if total[0] else 0:>6.1f}%")
    if args.misses:
        Path(args.misses).write_text(json.dumps(misses, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
