"""Issue 18: nothing lost, nothing fetched, nothing crashes (see the README's "Reliability" section)."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph

from kg.cli import main
from kg.namespace import KG

ONE = "Mara Olsen is the chief executive of Brightwave Ltd."
TWO = "Tomas Brandt is the chief executive of Kelvin Works."


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def jsonl(path, *records: dict) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


# -- 1. no document lost to a repeated id -------------------------------------------------------------------------
def test_repeated_id_in_one_file_keeps_both_documents_in_a_store(tmp_path, capsys):
    dup = jsonl(tmp_path / "dup.jsonl", {"id": "a", "text": ONE}, {"id": "a", "text": TWO})
    store = str(tmp_path / "st")
    code, _, err = run(capsys, "build", dup, "--store", store, "-q")
    assert code == 0 and "kept as 'dup.jsonl#a~2'" in err
    code, out, _ = run(capsys, "query", store, "SELECT ?id WHERE { ?d a kg:Document ; rdfs:label ?id } ORDER BY ?id",
                       "--format", "csv")
    assert out.splitlines() == ["id", "dup.jsonl#a", "dup.jsonl#a~2"]


def test_repeated_id_in_one_file_is_two_document_nodes_in_a_file(tmp_path, capsys):
    dup = jsonl(tmp_path / "dup.jsonl", {"id": "a", "text": ONE}, {"id": "a", "text": TWO})
    code, _, err = run(capsys, "build", dup, "-o", str(tmp_path / "g.nt"))
    assert code == 0 and "1 repeated document id" in err
    g = Graph().parse(tmp_path / "g.nt", format="nt")
    docs = set(g.subjects(predicate=KG.contentHash))
    assert len(docs) == 2 and all(len(set(g.objects(d, KG.contentHash))) == 1 for d in docs)


def test_same_id_in_two_files_and_two_stdin_builds_are_kept(tmp_path, capsys, monkeypatch):
    store = str(tmp_path / "st")
    run(capsys, "build", jsonl(tmp_path / "day1.jsonl", {"id": "1", "text": ONE}), "--store", store, "-q")
    run(capsys, "build", jsonl(tmp_path / "day2.jsonl", {"id": "1", "text": TWO}), "--store", store, "-q")
    import io
    import sys

    for text in ("Ines Varga is the chief executive of Solmark AG.", "Piet Claes is the chief executive of Dunlow Inc."):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
        assert run(capsys, "build", "-", "--store", store, "-q")[0] == 0
    code, out, _ = run(capsys, "query", store, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Document }", "--format", "csv")
    assert out.split() == ["n", "4"]


def test_replacing_a_stored_document_is_said_in_the_summary(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ONE, encoding="utf-8")
    store = str(tmp_path / "st")
    assert run(capsys, "build", str(f), "--store", store)[0] == 0
    f.write_text(TWO, encoding="utf-8")
    code, _, err = run(capsys, "build", str(f), "--store", store)
    assert code == 0 and "1 stored document replaced by a changed version" in err
