"""The architecture holds: no import cycle inside kg/ (imports in functions count; ``if TYPE_CHECKING`` ones do not),
and docs/architecture.md names every module of kg/ in its table (and no module that is not there)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

KG = Path(__file__).resolve().parent.parent / "kg"


def modules() -> dict[str, Path]:
    out = {}
    for path in KG.rglob("*.py"):
        parts = path.relative_to(KG.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The kg modules ``name`` imports (``from .x import y`` is kg.x, or kg.x.y if that is a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = {id(n) for node in ast.walk(tree)
                 if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                 for stmt in node.body for n in ast.walk(stmt)}
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([node.module] if node.module else []))
            targets = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in known] or [base]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycle_in_kg():
    known = modules()
    graph = {name: imports(name, path, known) for name, path in known.items()}
    assert cycles(graph) == []


def test_the_cycle_finder_finds_one():
    graph = {"kg.a": {"kg.b"}, "kg.b": {"kg.c"}, "kg.c": {"kg.a"}, "kg.d": {"kg.a"}}
    assert cycles(graph) == [["kg.a", "kg.b", "kg.c"]]


ARCHITECTURE = KG.parent / "docs" / "architecture.md"


def documented_modules() -> set[str]:
    """The modules named in the first column of docs/architecture.md's table (``| `kg.x` | ... |``)."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    return set(re.findall(r"^\|\s*`(kg(?:\.[\w]+)*)`\s*\|", text, re.M))


def test_architecture_doc_lists_every_module():
    known, documented = set(modules()), documented_modules()
    assert sorted(known - documented) == [], "modules of kg/ missing from docs/architecture.md's table"
    assert sorted(documented - known) == [], "docs/architecture.md's table names modules kg/ no longer has"
