"""A multi-document build shows a progress bar when stderr is a terminal, and a one-line summary always."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = {"a.txt": "Nadia Orr, Pellam Foods' CEO, said the Dunmore-based company would open two bakeries.\n",
            "b.txt": "Felix Marr founded Corvo Ltd in 2019. Corvo Ltd is based in Tarn.\n",
            "c.txt": "Veltro Energy acquired Marwick Holdings last month.\n"}


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
            "COLUMNS": "100"}


def test_progress_bar_on_a_terminal(folder, tmp_path):
    master, slave = pty.openpty()
    p = subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "-o", str(tmp_path / "g.ttl")],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, env=_env())
    os.close(slave)
    chunks = []
    while True:  # read what the terminal shows until the process closes it
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO: the other end is closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert p.wait(timeout=300) == 0
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert re.search(r"\d+%\|[^|]*\| [0-3]/3 \[", shown), shown  # tqdm's bar, with the total known
    assert "doc/s" in shown or "s/doc" in shown
    assert re.search(r"kg: built 3 documents, \d+ entities, \d+ facts in [\d.]+ s -> ", shown), shown


def test_no_bar_but_a_summary_when_not_a_terminal(folder, tmp_path):
    p = subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "-o", str(tmp_path / "g.ttl")],
                       capture_output=True, text=True, env=_env(), timeout=300)
    assert p.returncode == 0, p.stderr
    assert "%|" not in p.stderr
    lines = p.stderr.splitlines()
    assert len(lines) == 1 and re.fullmatch(r"kg: built 3 documents, \d+ entities, \d+ facts in [\d.]+ s -> .*g\.ttl",
                                            lines[0]), p.stderr
