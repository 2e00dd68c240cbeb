"""The rule catalog: stable ids, documented once, each rule exercised by a test."""

import re
from pathlib import Path

from perfxl.checks.runner import RULES
from perfxl.cli import main

TESTS = Path(__file__).parent
ROOT = TESTS.parent


def test_ids_are_stable_and_well_formed():
    for rule_id, rule in RULES.items():
        assert re.fullmatch(r"(A3|A4|PRJ|X|N|READ|FORMULA|Y)-[A-Z0-9-]+", rule_id)
        assert rule.id == rule_id and rule.title and rule.messages
        assert rule.severity in ("error", "warning", "info")


def test_every_rule_has_a_firing_test():
    sources = "".join(p.read_text(encoding="utf-8") for p in TESTS.glob("test_*.py") if p.name != "test_catalog.py")
    missing = [r for r in RULES if f'"{r}"' not in sources]
    assert not missing, f"rules without a test naming them: {missing}"


def test_readme_rule_table_is_the_catalog(capsys):
    assert main(["rules", "--markdown"]) == 0
    table = capsys.readouterr().out
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert table in readme, "README 的规则表已过期：运行 perfxl rules --markdown 并替换"


def test_rules_command(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert all(r in out for r in RULES)


def test_every_cause_code_has_a_template_and_every_template_is_used():
    from perfxl.checks.causes import TEMPLATES
    from perfxl.checks.rule import Scope

    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "perfxl").rglob("*.py"))
    used = set(re.findall(r'cause\("([a-z0-9_]+)"', sources)) | set(re.findall(r'cause="([a-z0-9_]+)"', sources))
    used |= set(re.findall(r'code: str = "([a-z0-9_]+)"', sources))
    assert used and used <= set(TEMPLATES)
    assert set(TEMPLATES) <= used, sorted(set(TEMPLATES) - used)
    assert all(isinstance(r.scope, Scope) for r in RULES.values())
