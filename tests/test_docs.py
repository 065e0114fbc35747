"""The README's commands are true: the example command runs and prints the answers."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def sh_blocks() -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)\n```", README, re.S)]


def test_two_commands_come_first():
    blocks = sh_blocks()
    assert blocks[0] == "pip install . && sh examples/run.sh"
    assert blocks[1] == "pip install -e '.[test]' && python -m pytest"


def test_example_command_prints_the_answers(tmp_path):
    # the part after the install, as a user runs it
    run = sh_blocks()[0].split("&&", 1)[1].strip()
    p = subprocess.run(run, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    out = p.stdout
    for answer in ["Amelie Laurent", "Aster", "Parlo", "Veridian Labs", "2500000000", "EUR", "2700000000",
                   "Auvergne-Rhone-Alpes", "Lyon", "France", "title"]:
        assert answer in out, answer


def test_readme_query_examples_parse():
    import kg

    graph = kg.KnowledgeGraph()
    for q in re.findall(r"```sparql\n(.*?)\n```", README, re.S):
        graph.query(q)  # raises QueryError on a syntax error


def test_readme_shows_the_real_help():
    import os
    import sys

    block = re.search(r"```text\n\$ kg --help\n(.*?)\n```", README, re.S)
    assert block, "README has no 'kg --help' block"
    p = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True,
                       env={**os.environ, "COLUMNS": "80"}, timeout=60)
    assert p.stdout.rstrip("\n").replace("Usage: python -m kg", "Usage: kg") == block.group(1)
