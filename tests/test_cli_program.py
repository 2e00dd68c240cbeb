"""main() run as the perfxl program may pause the collector and freeze objects before exit;
called from code (with an argument list) it leaves the collector as it found it."""

import gc
import subprocess
import sys
from pathlib import Path

from perfxl.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_main_called_from_code_leaves_the_collector_alone(capsys):
    frozen = gc.get_freeze_count()
    assert gc.isenabled()
    assert main(["rules"]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    assert "N-SHARE" in capsys.readouterr().out


def test_program_pauses_the_collector_for_a_one_shot_command_and_freezes_at_the_end():
    code = ("import gc, sys; import perfxl.cli as c; sys.argv = ['perfxl', 'rules'];"
            "seen = []; orig = c.cmd_rules;"
            "c.cmd_rules = lambda a: (seen.append(gc.isenabled()), orig(a))[1];"
            "c._ONE_SHOT = c._ONE_SHOT + (c.cmd_rules,);"
            "rc = c.main(); print('STATE', seen, gc.get_freeze_count() > 0, rc, file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""}, timeout=120)
    assert "STATE [False] True 0" in out.stderr, out.stderr[-2000:]
