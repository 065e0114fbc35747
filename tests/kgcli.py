"""Run the ``kg`` command in-process with click's CliRunner, through ``kg.cli.main`` (which turns kg's errors
into one-line messages and exit codes), and get its exit code, stdout and stderr."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

from click.testing import CliRunner


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_kg(*args: str, input: str | bytes | None = None) -> Run:
    from kg.cli import main

    shown = warnings.showwarning
    with CliRunner().isolation(input=input) as (stdout, stderr, _):
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            warnings.showwarning = shown
        return Run(code, stdout.getvalue().decode("utf-8"), stderr.getvalue().decode("utf-8"))


def run_main(capsys, *args: str) -> tuple[int, str, str]:
    """``kg.cli.main`` with pytest's capsys capturing: (exit code, stdout, stderr)."""
    from kg.cli import main

    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err
