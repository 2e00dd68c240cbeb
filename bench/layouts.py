"""Reading and checking the real-world layout corpus: python bench/layouts.py

Builds every layout of tests/data/layouts into a temporary directory, reads each clean
copy with ``app.check`` and compares the located fields with the manifest:

- right:   the field was located at the expected cell;
- WRONG:   the field was located at another cell (a wrong read: the worst outcome);
- missed:  the field was not located (未找到);
- absent-read: a field the layout does not have was located somewhere.

Indicator rows are compared cell by cell the same way (reported separately).  Then the
checks: error-level findings on clean copies (less the published form's own errors), and
for every planted variant whether a finding of the expected rule (or an ``also`` rule)
names one of the expected cells.  Prints a table; nothing here asserts anything.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.layout_corpus import Layout, Part, build_layouts, load_layouts  # noqa: E402


@dataclass
class PartScore:
    right: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)      # "key: got X, expected Y"
    missed: list[str] = field(default_factory=list)
    absent_read: list[str] = field(default_factory=list)
    ind_right: int = 0
    ind_wrong: list[str] = field(default_factory=list)
    ind_missed: list[str] = field(default_factory=list)


# Before the project form existed, a project sheet was read as 附件4: its keys there.
_LEGACY = {"project.funds.total." + k: "budget." + v for k, v in
           dict(initial="initial", adjusted="adjusted", executed="executed", weight="weight", rate="rate",
                score="score").items()}
_LEGACY.update({"project.total.weight": "total.weight", "project.total.score": "total.score",
                "project.total.grade": "total.grade", "project.unit": "budget_unit.name",
                "project.goal.expected": "goal.expected", "project.goal.actual": "goal.actual"})


class _Legacy:
    """A 附件4 reading of a project sheet seen through the project keys."""

    def __init__(self, data):
        self.values = {k: data.values[v] for k, v in _LEGACY.items() if v in data.values}
        self.blocks = data.blocks


def _data_for(review, part: Part):
    """The form data a part of the manifest corresponds to (a project table, or the 附件)."""
    if part.form == "project":
        if not hasattr(review, "projects"):
            return _Legacy(review.data) if review.data is not None else None
        projects = review.projects or []
        same_sheet = [p for p in projects if p.sheet == part.sheet]
        if part.name:
            named = [p for p in same_sheet if p.name == part.name]
            if named:
                return named[0]
        return same_sheet[0] if len(same_sheet) == 1 else None
    return review.data


def located(review, part: Part) -> tuple[dict[str, str | None], dict[str, list[str | None]]]:
    """{field key: "Sheet!A1" or None} and {indicator column: [address per row]} as read."""
    data = _data_for(review, part)
    fields: dict[str, str | None] = {}
    blocks: dict[str, list[str | None]] = {}
    if data is None:
        return fields, blocks
    keys = list(part.expected) + list(part.absent)
    for key in keys:
        if key.startswith("indicator."):
            continue
        fv = data.values.get(key)
        fields[key] = fv.address if fv is not None else None
        if fv is None and data.blocks.get(key):  # a block column (楼堂馆所, 项目支出明细): its cells
            want = part.expected[key].cell if key in part.expected else None
            addrs = [x.address for x in data.blocks[key] if x.address]
            fields[key] = want if want in addrs else (addrs[0] if addrs else None)
    for key, column in data.blocks.items():
        if key.startswith("indicator."):
            blocks[key.split(".", 1)[1]] = [fv.address for fv in column]
    return fields, blocks


def score_part(review, part: Part) -> PartScore:
    s = PartScore()
    fields, blocks = located(review, part)
    for key, exp in part.expected.items():
        got = fields.get(key)
        if got is None:
            s.missed.append(key)
        elif got == exp.cell:
            s.right.append(key)
        else:
            s.wrong.append(f"{key}: {got} (应为 {exp.cell})")
    listed = {col for ind in part.indicators for col in ind.cells}
    for key in part.absent:
        if key.startswith("indicator."):
            col = key.split(".", 1)[1]
            if col in listed:
                continue  # the manifest also gives the column's cells: not absent after all
            if any(a is not None for a in blocks.get(col, [])):
                s.absent_read.append(key)
        elif fields.get(key) is not None:
            s.absent_read.append(f"{key}: {fields[key]}")
    all_cells = {col: set(a for a in addrs if a) for col, addrs in blocks.items()}
    for ind in part.indicators:
        for col, exp in ind.cells.items():
            if col not in ("level1", "level2", "level3", "target", "actual", "weight", "score", "reason"):
                continue
            if exp.cell in all_cells.get(col, set()):
                s.ind_right += 1
            elif col in blocks and any(a and a.endswith(str(ind.row)) and a.split("!")[0] == part.sheet
                                       and _row_of(a) == ind.row for a in blocks[col]):
                s.ind_wrong.append(f"{col}@{ind.row}")
            else:
                s.ind_missed.append(f"{col}@{ind.row}")
    return s


def _row_of(address: str) -> int:
    ref = address.rsplit("!", 1)[1]
    return int("".join(ch for ch in ref if ch.isdigit()))


def _published(layout: Layout, finding) -> bool:
    for pe in layout.published_errors:
        if finding.rule == pe["rule"] and set(finding.cells) & set(pe["cells"]):
            return True
    return False


def clean_errors(layout: Layout, review) -> list[str]:
    return [f"{f.rule} {','.join(f.cells[:3])}" for f in review.findings
            if f.severity == "error" and not _published(layout, f)]


def caught(planted, review) -> bool:
    rules = {planted.rule, *planted.also}
    return any(f.rule in rules and set(f.cells) & set(planted.finding) for f in review.findings)


def run(verbose: bool = False) -> dict:
    from perfxl.app.check import check

    layouts = [lay for lay in load_layouts() if lay.is_form]
    totals = dict(fields=0, right=0, wrong=0, missed=0, absent_read=0, ind=0, ind_right=0, ind_wrong=0,
                  planted=0, caught=0, clean_errors=0)
    rows = []
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_layouts(Path(tmp))
        for lay in layouts:
            review = check(paths[(lay.id, "clean")])
            r = dict(id=lay.id, fields=0, right=0, wrong=0, missed=0, absent_read=0, ind=0, ind_right=0,
                     planted=0, caught=0)
            for part in lay.parts:
                s = score_part(review, part)
                r["fields"] += len(part.expected)
                r["right"] += len(s.right)
                r["wrong"] += len(s.wrong)
                r["missed"] += len(s.missed)
                r["absent_read"] += len(s.absent_read)
                r["ind"] += sum(len([c for c in i.cells if c != "nature" and c != "unit"]) for i in part.indicators)
                r["ind_right"] += s.ind_right
                tag = f"{lay.id}/{part.name or part.sheet}"
                misses += [f"{tag} 读错 {w}" for w in s.wrong]
                misses += [f"{tag} 未找到 {m}" for m in s.missed]
                misses += [f"{tag} 不该读到 {a}" for a in s.absent_read]
                if verbose:
                    misses += [f"{tag} 指标未找到 {m}" for m in s.ind_missed]
            errs = clean_errors(lay, review)
            r["clean_errors"] = len(errs)
            misses += [f"{lay.id} 干净副本误报 {e}" for e in errs]
            for planted in lay.planted:
                rv = check(paths[(lay.id, planted.id)])
                r["planted"] += 1
                if caught(planted, rv):
                    r["caught"] += 1
                else:
                    got = [f"{f.rule}@{','.join(f.cells[:2])}" for f in rv.findings if f.severity != "info"][:4]
                    misses.append(f"{lay.id} 埋点未查出 {planted.id}（{planted.rule} @ {planted.finding}）；报出：{got}")
            rows.append(r)
            for k in totals:
                if k == "ind_wrong":
                    continue
                totals[k] += r.get(k, 0)
    head = f"{'表式':<14}{'字段':>5}{'正确':>5}{'读错':>5}{'未找到':>7}{'误读缺项':>9}{'指标格':>7}{'指标对':>7}{'埋点':>5}{'查出':>5}{'干净误报':>9}"
    print(head)
    for r in rows + [dict(totals, id="合计")]:
        print(f"{r['id']:<16}{r['fields']:>5}{r['right']:>7}{r['wrong']:>7}{r['missed']:>8}{r['absent_read']:>9}"
              f"{r['ind']:>9}{r['ind_right']:>9}{r['planted']:>7}{r['caught']:>7}{r['clean_errors']:>9}")
    present = totals["fields"]
    print(f"\n字段找到 {totals['right']}/{present}（{100 * totals['right'] / present:.1f}%），读错 {totals['wrong']}，"
          f"未找到 {totals['missed']}，缺项却读到 {totals['absent_read']}；埋点查出 {totals['caught']}/{totals['planted']}"
          f"（{100 * totals['caught'] / totals['planted']:.1f}%）；干净副本错误级误报 {totals['clean_errors']}。")
    if misses:
        print("\n未达标明细：")
        for m in misses:
            print("  " + m)
    return dict(rows=rows, totals=totals, misses=misses)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="也列出未找到的指标格")
    args = ap.parse_args()
    run(args.verbose)


if __name__ == "__main__":
    main()
