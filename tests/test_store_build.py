"""Building into stores with the real pipeline: same triples as a file, skips, replaces, removes, CLI."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.builder import build_to_file, build_to_store
from kg.oxgraph import plain as _plain
from kg.store import RemoteStore, open_store
from kgcli import run_main as run
from servers import free_port

pytestmark = [pytest.mark.slow, pytest.mark.model]

DOC_A = "Lumora Systems said on Monday that Dana Whitfield will lead its research lab in Oslo. Lumora is based in Oslo."
DOC_A2 = "Lumora Systems said on Friday that Dana Whitfield will lead its lab in Bergen. Lumora is based in Bergen."
DOC_B = "Shares of Lumora Inc. rose on Monday. Lumora Inc. is based in Oslo."
E = "https://w3id.org/kg/id/entity/"


def triples(store) -> set:
    return {(s, p, _plain(o)) for s, p, o in store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph}


def file_triples(paths, tmp_path) -> set:
    out = tmp_path / "out.nt"
    build_to_file(paths, out)
    return set(Graph().parse(out, format="nt"))


@pytest.fixture
def docs(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text(DOC_A, encoding="utf-8")
    (d / "b.txt").write_text(DOC_B, encoding="utf-8")
    return d


def test_same_triples_skip_replace_remove(docs, tmp_path, monkeypatch):
    a, b = docs / "a.txt", docs / "b.txt"
    loc = tmp_path / "store"
    r = build_to_store([a, b], loc, link=False)
    assert r.documents == 2 and not r.failures
    with open_store(loc) as st:
        first = triples(st)
        n = st.count()
    assert first == file_triples([a, b], tmp_path)
    assert n == len(first)

    # unchanged: skipped before extraction (the pipeline is never loaded)
    import sys

    def no_model(*args, **kwargs):
        raise AssertionError("the pipeline was loaded for unchanged documents")

    monkeypatch.setattr(sys.modules["kg.extractor"], "load_pipeline", no_model)
    r = build_to_store([a, b], loc, link=False)
    assert (r.documents, r.skipped) == (0, 2)
    with open_store(loc) as st:
        assert st.count() == n and triples(st) == first
    monkeypatch.undo()

    # changed: replaces its old facts
    a.write_text(DOC_A2, encoding="utf-8")
    r = build_to_store([a, b], loc, link=False)
    assert (r.documents, r.skipped) == (1, 1)
    with open_store(loc) as st:
        assert triples(st) == file_triples([a, b], tmp_path)
        assert not st.query(f"ASK {{ ?x kg:basedIn <{E}oslo> ; rdfs:label 'Lumora Systems' }}").answer

    # removed: exactly that document's facts; shared entities stay
    with open_store(loc) as st:
        st.remove_document(st.find_document(str(a)))
        assert triples(st) == file_triples([b], tmp_path)
        assert st.query(f"ASK {{ <{E}oslo> a kg:Place }}").answer


def test_cross_document_link_end_to_end(docs, tmp_path):
    loc = tmp_path / "store"
    build_to_store([docs / "a.txt"], loc)
    build_to_store([docs / "b.txt"], loc)
    with open_store(loc) as st:
        rows = st.query("SELECT ?name ?into ?rule WHERE { ?m a kg:Merge ; kg:mergedName ?name ; kg:mergedInto ?into ; "
                        "kg:mergeRule ?rule }").rows
        assert [(str(n), str(i), str(r)) for n, i, r in rows] == [("Lumora Inc.", E + "lumora-systems", "legal-suffix")]
        assert st.query(f"ASK {{ <{E}lumora-systems> skos:altLabel 'Lumora Inc.' ; kg:basedIn <{E}oslo> }}").answer


@pytest.mark.parametrize("server", ["oxigraph_server", "virtuoso_server"])
def test_build_into_a_remote_store(docs, tmp_path, request, server):
    srv = request.getfixturevalue(server)
    srv.clear()
    st = open_store(getattr(srv, "location_url", srv.url))
    r = build_to_store([docs / "a.txt", docs / "b.txt"], st, link=False)
    assert r.documents == 2 and not r.failures
    assert triples(st) == file_triples([docs / "a.txt", docs / "b.txt"], tmp_path)
    r = build_to_store([docs / "a.txt", docs / "b.txt"], st, link=False)
    assert r.skipped == 2
    st.remove_document(st.find_document(str(docs / "a.txt")))
    assert triples(st) == file_triples([docs / "b.txt"], tmp_path)


def test_remote_write_failure_is_reported_not_lost(docs, tmp_path):
    dead = RemoteStore(f"http://127.0.0.1:{free_port()}/query", retries=1, backoff=0.01, timeout=2)
    dead.hashes = lambda: {}  # type: ignore[method-assign]  # reading works, writing fails
    dead.entity_classes = lambda base: iter(())  # type: ignore[method-assign]
    dead.select = lambda sparql: []  # type: ignore[method-assign]
    r = build_to_store([docs / "a.txt"], dead, link=False)
    assert r.documents == 0 and len(r.failures) == 1 and "not stored" in r.failures[0]


def test_a_build_stops_once_documents_fail_in_a_row(tmp_path):
    from kg.errors import StoreError

    feed = tmp_path / "feed"
    feed.mkdir()
    for i in range(8):
        (feed / f"{i}.txt").write_text(f"Report {i}. {DOC_B}", encoding="utf-8")
    dead = RemoteStore(f"http://127.0.0.1:{free_port()}/query", retries=0, timeout=2)
    dead.hashes = lambda: {}  # type: ignore[method-assign]  # reading works, writing fails
    dead.entity_classes = lambda base: iter(())  # type: ignore[method-assign]
    with pytest.raises(StoreError, match=r"^3 documents in a row could not be written to http://127\.0\.0\.1:\d+/query "
                                         r"\(the last: .*\); stopped\. The documents written before are kept; run "
                                         r"the build again to write the rest$"):
        build_to_store([feed], dead, link=False)


def test_cli(docs, tmp_path, capsys):
    loc = str(tmp_path / "store")
    code, _, err = run(capsys, "build", str(docs), "--store", loc)
    assert code == 0 and "2 documents" in err
    code, _, err = run(capsys, "build", str(docs), "--store", loc)
    assert code == 0 and "2 unchanged documents skipped" in err
    code, out, _ = run(capsys, "query", loc, "SELECT ?d WHERE { ?d a kg:Document }", "--format", "csv")
    assert code == 0 and out.count("/doc/") == 2
    code, out2, _ = run(capsys, "query", "--store", loc, "SELECT ?d WHERE { ?d a kg:Document }", "--format", "csv")
    assert out2 == out
    code, out, _ = run(capsys, "query", loc, "ASK { ?m a kg:Merge }")
    assert out.strip() == "true"
    code, _, err = run(capsys, "unmerge", "Lumora Inc.", "--store", loc)
    assert code == 0 and "unmerged" in err
    code, out, _ = run(capsys, "query", loc, f"ASK {{ <{E}lumora-inc> kg:keptApartFrom <{E}lumora-systems> }}")
    assert out.strip() == "true"
    code, _, err = run(capsys, "render", loc, "-o", str(tmp_path / "g.html"))
    assert code == 0 and (tmp_path / "g.html").is_file()
    code, _, err = run(capsys, "remove", str(docs / "b.txt"), "--store", loc)
    assert code == 0, err
    code, out, _ = run(capsys, "query", loc, "SELECT ?d WHERE { ?d a kg:Document }", "--format", "csv")
    assert out.count("/doc/") == 1
    code, _, err = run(capsys, "remove", "nope", "--store", loc)
    assert code == 1 and "not in the store" in err
    code, _, err = run(capsys, "build", str(docs), "--store", loc, "-o", str(tmp_path / "x.ttl"))
    assert code != 0 and "--store" in err
    code, _, err = run(capsys, "query", "--store", str(tmp_path / "nothing"), "ASK {}")
    assert code == 1 and "kg: error:" in err and "Traceback" not in err


def test_serve_a_store(docs, tmp_path):
    from starlette.testclient import TestClient

    from kg.serve import create_app
    from kg.store import as_knowledge_graph

    loc = tmp_path / "store"
    build_to_store([docs], loc)
    st = open_store(loc)
    app = create_app(as_knowledge_graph(st), workers=1, sandbox=False)
    try:
        with TestClient(app) as client:
            r = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                           headers={"Accept": "application/sparql-results+json"})
            assert r.status_code == 200
            assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == st.count()
    finally:
        app.state.close()
        st.close()
