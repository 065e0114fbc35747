"""A newcomer's install works: every import declared, the environment consistent, the wheel complete.

The wheel test builds kg's wheel, installs it into a new virtual environment that sees none of the
machine's packages (its dependencies come from the package index, as for a user), and runs the main job
from a folder outside the checkout, so nothing is read from the source tree.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def test_every_import_is_declared_and_every_dependency_used():
    # deptry, configured in pyproject.toml: an undeclared import (DEP001), a declared package nothing uses
    # (DEP002), a transitive one imported directly (DEP003), a test-only one imported by kg/ (DEP004)
    p = run([sys.executable, "-m", "deptry", "."], cwd=ROOT, timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr


def test_installed_packages_are_consistent():
    p = run([sys.executable, "-m", "pip", "check"], timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr


def test_pagerank_is_pagerank():
    # networkx computes PageRank with scipy; a missing scipy must not turn the column into degrees
    import networkx as nx

    from kg.network import pagerank

    star = nx.MultiDiGraph([("hub", leaf) for leaf in "abcd"])
    rank = pagerank(star)
    assert sum(rank.values()) == pytest.approx(1.0)
    assert rank["hub"] == pytest.approx(nx.pagerank(nx.Graph(star.to_undirected()))["hub"])
    assert rank["hub"] < 0.5  # by degree the hub would hold half of the total


@pytest.mark.slow
def test_wheel_installs_into_an_empty_environment_and_runs(tmp_path: Path):
    wheels = tmp_path / "wheels"
    p = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], timeout=600)
    assert p.returncode == 0, p.stderr[-3000:]
    wheel = next(wheels.glob("kg-*.whl"))

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True, system_site_packages=False)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    p = run([str(python), "-m", "pip", "install", "-q", str(wheel)], timeout=1800,
            env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"})
    assert p.returncode == 0, p.stderr[-3000:]
    p = run([str(python), "-m", "pip", "check"], timeout=300)
    assert p.returncode == 0, p.stdout

    # the main job, from outside the checkout, with nothing but the installed wheel
    work = tmp_path / "work"
    work.mkdir()
    (work / "article.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    clean["PATH"] = os.pathsep.join([str(bindir), clean.get("PATH", "")])
    p = run([str(bindir / "kg"), "build", "article.txt", "-o", "graph.ttl"], cwd=work, env=clean, timeout=600)
    assert p.returncode == 0, p.stderr
    p = run([str(bindir / "kg"), "query", "graph.ttl", "--format", "csv",
             "SELECT ?name WHERE { ?p kg:ceoOf ?o ; rdfs:label ?name }"], cwd=work, env=clean, timeout=600)
    assert p.returncode == 0, p.stderr
    assert "Amelie Laurent" in p.stdout
    # the templates ship in the wheel (package data): the graph view is drawn from them
    p = run([str(bindir / "kg"), "render", "graph.ttl", "-o", "graph.html"], cwd=work, env=clean, timeout=600)
    assert p.returncode == 0, p.stderr
    assert "vis.Network" in (work / "graph.html").read_text(encoding="utf-8")
    # the installed package, not the checkout, answered
    p = run([str(python), "-c", "import kg, sys; print(kg.__file__)"], cwd=work, env=clean, timeout=60)
    assert str(env_dir) in p.stdout, p.stdout
