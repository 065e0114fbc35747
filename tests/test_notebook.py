"""notebooks/quickstart.ipynb: saved without outputs, and runs top to bottom offline.

Execution needs the ``notebook`` extra, which the ``test`` extra includes.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow

NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"


def test_notebook_is_saved_without_outputs():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code, "the notebook has no code cells"
    dirty = [i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"
             and (c.get("outputs") or c.get("execution_count") is not None)]
    assert not dirty, f"cells {dirty} have outputs; clear them before saving (jupyter nbconvert --clear-output)"


@pytest.fixture()
def kernel(tmp_path, monkeypatch) -> str:
    """A kernel spec running this interpreter with this checkout first on the path, whatever other
    "python3" kernels the machine has registered."""
    spec = tmp_path / "jupyter" / "kernels" / "kg-tests"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kg tests", "language": "python"}), encoding="utf-8")
    for var, first in (("JUPYTER_PATH", tmp_path / "jupyter"), ("PYTHONPATH", ROOT)):
        monkeypatch.setenv(var, os.pathsep.join(p for p in (str(first), os.environ.get(var, "")) if p))
    return "kg-tests"


@pytest.mark.parametrize("cwd", [ROOT / "notebooks", ROOT], ids=["from-notebooks", "from-root"])
def test_notebook_runs_top_to_bottom(cwd: Path, kernel: str):
    import nbclient
    import nbformat

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name=kernel, resources={"metadata": {"path": str(cwd)}})
    client.execute()  # raises CellExecutionError, with the cell and its traceback, when a cell fails
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "Amelie Laurent" in str(outputs)  # the example questions were answered
    assert "with sues.ttl: 1 fact(s)" in text and "core ontology only: 0 facts" in text
    assert "Shortest path: Amelie Laurent -> Berlin" in text
    assert any("<iframe srcdoc=" in o.get("data", {}).get("text/html", "") for o in outputs)
    assert "Traceback" not in text


def test_readme_notebook_command_runs(tmp_path):
    # the README's way to run the notebook, as a reader types it (the output goes to a temporary folder)
    import re
    import subprocess

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```sh\n(.*?)\n```", readme, re.S) if "nbconvert" in b)
    install, run = block.splitlines()
    assert install == "pip install '.[notebook]'"
    assert run.startswith("jupyter nbconvert ") and run.endswith(" --output-dir /tmp")
    run = run.replace("/tmp", str(tmp_path))
    bindir = Path(sys.executable).parent  # the environment the extra was installed into
    env = {**os.environ, "PATH": os.pathsep.join([str(bindir), os.environ.get("PATH", "")])}
    p = subprocess.run(run, shell=True, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert p.returncode == 0, p.stderr[-3000:]
    out = json.loads((tmp_path / "quickstart.ipynb").read_text(encoding="utf-8"))
    assert not [o for c in out["cells"] for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert "Amelie Laurent" in json.dumps(out)


def test_kg_build_stays_the_function_after_the_builder_module_is_imported():
    # the notebook calls kg.build(...) more than once; importing the module behind it must not shadow it
    import subprocess

    code = ("import kg, inspect\n"
            "first = kg.build\n"
            "from kg.builder import Builder\n"
            "import kg.cli, kg.builder\n"
            "assert inspect.isfunction(first) and kg.build is first, kg.build\n"
            "assert inspect.isfunction(kg.build_files)\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    code = "from kg.builder import Builder\nimport kg, inspect\nassert inspect.isfunction(kg.build), kg.build\n"
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
