"""A module-level name is defined once: a second pattern or function of the same name silently replaces
the first for every use, even the uses written before it (two ``_SPENT`` patterns once did)."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "perfxl"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(tree: ast.Module):
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name, node.lineno
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    yield target.id, node.lineno
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            yield node.target.id, node.lineno


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_defined_twice(path):
    seen: dict[str, int] = {}
    twice = []
    for name, line in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))):
        if name in seen and name != "__all__":
            twice.append(f"{name}: lines {seen[name]} and {line}")
        seen.setdefault(name, line)
    assert twice == []


def test_the_check_finds_a_name_defined_twice():
    tree = ast.parse("import re\n_X = re.compile('a')\ndef f():\n    return _X\n_X = re.compile('b')\n")
    names = [n for n, _ in _top_level_names(tree)]
    assert names.count("_X") == 2
