"""What a command loads: ``perfxl --help`` no checking code, a check without a report
neither the report's modules (nor so their patterns) nor the modules only a conversion or an
output needs."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "workbooks" / "北山镇2023.xlsx"

_PROBE = """
import sys
base = set(sys.modules)
sys.argv = ["perfxl", *ARGS]
import perfxl.cli
try:
    perfxl.cli.main()
except SystemExit:
    pass
fig = sys.modules.get("perfxl.narrative.figures")
names = vars(fig) if fig is not None else {}
lazy = sorted(n for n, v in names.items() if type(v).__name__ == "LazyPattern")
compiled = [n for n in lazy if "search" in vars(names[n])]
print("PROBE" + repr({"new": sorted(set(sys.modules) - base), "lazy": lazy, "compiled": compiled}))
"""


def _probe(*args: str) -> dict:
    code = "ARGS = %r\n" % (list(args),) + _PROBE
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""}, timeout=300)
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("PROBE")]
    assert line, out.stderr[-2000:]
    return ast.literal_eval(line[-1][5:])


def test_help_loads_no_checking_code():
    new = _probe("--help")["new"]
    assert not [m for m in new if m.startswith(("perfxl.checks", "perfxl.reading", "perfxl.xlsx", "lxml"))]


def test_check_without_report_loads_no_report_module():
    seen = _probe("check", str(EXAMPLE))
    assert "perfxl.checks.rules_narrative_decl" in seen["new"]  # the rules are listed ...
    for module in ("perfxl.checks.rules_narrative", "perfxl.checks.rules_narrative_recall",
                   "perfxl.narrative.structure", "perfxl.narrative.figures", "perfxl.narrative.read"):
        assert module not in seen["new"], module                # ... their work never loaded
    assert seen["lazy"] == seen["compiled"] == []              # so none of its patterns compiled
    for module in ("subprocess", "tempfile", "json"):
        assert module not in seen["new"], module


def test_check_with_report_compiles_what_it_uses():
    seen = _probe("check", str(EXAMPLE), "--narrative", str(EXAMPLE.with_name("北山镇2023_自评报告.txt")))
    assert "_FIGURE" in seen["compiled"] and "_YEAR" in seen["compiled"]
