"""The command line as a user meets it: exit codes and exact one-line errors, never a traceback.

The commands run in-process (click's CliRunner through ``kg.cli.main``: :func:`kgcli.run_kg`); one smoke test runs
``python -m kg`` in a subprocess, as a user does."""

from __future__ import annotations

import subprocess
import sys

from rdflib import Graph

from conftest import EXAMPLE
from kgcli import Run, run_kg


def kg(*args: str, stdin: bytes | None = None) -> Run:
    return run_kg(*args, input=stdin)


def err(p: Run) -> str:
    return p.err


def test_typo_in_command_suggests_the_right_one():
    p = kg("biuld", "x.txt")
    assert p.code == 2
    assert "Error: no such command 'biuld'. Did you mean 'build'?" in err(p)


def test_missing_input_is_one_line(tmp_path):
    p = kg("build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "g.ttl"))
    assert p.code == 1
    assert err(p) == f"kg: error: '{tmp_path / 'nope.txt'}': no such file or folder\n"
    assert not (tmp_path / "g.ttl").exists()


def test_unknown_output_suffix(tmp_path):
    p = kg("build", str(EXAMPLE), "-o", str(tmp_path / "g.docx"))
    assert p.code == 1
    assert err(p).startswith(f"kg: error: cannot tell the RDF format of '{tmp_path / 'g.docx'}' from its suffix")
    assert err(p).count("\n") == 1


def test_bad_document_in_batch_is_reported_and_the_rest_built(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\xff\x00")
    (tmp_path / "in" / "good.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "g.nt"
    p = kg("build", str(tmp_path / "in"), "-o", str(out))
    assert p.code == 1
    lines = err(p).splitlines()
    assert lines[0] == f"kg: error: {tmp_path / 'in' / 'bad.txt'}: looks like a binary file (it contains NUL bytes); give plain text"
    assert lines[1].startswith("kg: built 1 document, ") and lines[1].endswith(f"1 document failed -> {out}")
    assert len(Graph().parse(out, format="nt")) > 50


def test_stdin_to_stdout_and_query(tmp_path):
    p = kg("build", "-", "-q", stdin=EXAMPLE.read_bytes())
    assert p.code == 0, err(p)
    (tmp_path / "g.ttl").write_text(p.out, encoding="utf-8")
    q = kg("query", str(tmp_path / "g.ttl"), 'SELECT ?n WHERE { ?p kg:ceoOf ?o ; rdfs:label ?n }', "--format", "csv")
    assert q.code == 0, err(q)
    assert q.out.splitlines() == ["n", "Amelie Laurent"]


def test_sparql_syntax_error_is_one_line(tmp_path):
    g = tmp_path / "g.ttl"
    g.write_text("<http://a> <http://b> <http://c> .\n", encoding="utf-8")
    p = kg("query", str(g), "SELECT ?x WHERE { ?x ?y }")
    assert p.code == 1
    assert err(p) == "kg: error: SPARQL error: error at line 1, column 24: expected one of LATERAL, SERVICE, [_]\n" \
        or (err(p).startswith("kg: error: SPARQL error: ") and err(p).count("\n") == 1)


def test_query_needs_exactly_one_query(tmp_path):
    g = tmp_path / "g.ttl"
    g.write_text("<http://a> <http://b> <http://c> .\n", encoding="utf-8")
    p = kg("query", str(g))
    assert p.code == 2
    assert "Error: give the query as an argument or with -f FILE, not both and not neither" in err(p)


def test_unparsable_graph_file(tmp_path):
    """The smoke test of ``python -m kg`` in a process of its own: exit code and one-line error on stderr."""
    g = tmp_path / "g.ttl"
    g.write_text("this is not turtle", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "kg", "query", str(g), "ASK {}"], capture_output=True, timeout=300)
    stderr = p.stderr.decode("utf-8")
    assert p.returncode == 1
    assert stderr.startswith(f"kg: error: cannot parse '{g}' as turtle: ") and stderr.count("\n") == 1


def test_query_formats(tmp_path):
    g = tmp_path / "g.ttl"
    g.write_text('<http://a> <http://www.w3.org/2000/01/rdf-schema#label> "A, \\"quoted\\"" .\n', encoding="utf-8")
    q = "SELECT ?l WHERE { ?s rdfs:label ?l }"
    assert kg("query", str(g), q, "--format", "csv").out == 'l\n"A, ""quoted"""\n'
    assert kg("query", str(g), q, "--format", "tsv").out == '?l\n"A, \\"quoted\\""\n'
    import json

    data = json.loads(kg("query", str(g), q, "--format", "json").out)
    assert data == {"head": {"vars": ["l"]}, "results": {"bindings": [{"l": {"type": "literal", "value": 'A, "quoted"'}}]}}
    assert kg("query", str(g), "ASK { ?s ?p ?o }").out == "true\n"


def test_rejected_relations_are_written_with_why(tmp_path):
    import json

    log = tmp_path / "rejected.jsonl"
    p = kg("build", str(EXAMPLE), "-q", "-o", str(tmp_path / "g.ttl"), "--rejected", str(log))
    assert p.code == 0, err(p)
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert records
    for r in records:
        assert r["reason"].endswith("fits no candidate's domain and range")
        assert EXAMPLE.read_text(encoding="utf-8")[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["sentence"]
