"""Stores (kg.store): one contract suite run against every back-end, then builds into stores.

Back-ends: in-memory Oxigraph, on-disk Oxigraph, and a real Oxigraph server over SPARQL 1.1 (skipped when
the ``oxigraph`` binary, from ``pip install oxigraph``, is missing).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.errors import StoreError
from kg.store import OxigraphStore, RemoteStore, open_store

EX = "urn:ex:"
A, B, C = URIRef(EX + "a"), URIRef(EX + "b"), URIRef(EX + "c")
P = URIRef(EX + "p")
KG_DOC = URIRef("https://w3id.org/kg/ontology#Document")
HASH = URIRef("https://w3id.org/kg/ontology#contentHash")
RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """``oxigraph serve`` on a free local port, in a temporary directory."""

    def __init__(self, location: Path):
        binary = shutil.which("oxigraph")
        if binary is None:
            pytest.skip("the oxigraph server binary is missing (pip install oxigraph)")
        self.port = free_port()
        self.process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                if self.process.poll() is not None:
                    pytest.fail("oxigraph serve exited at start")
                time.sleep(0.05)
        else:
            self.stop()
            pytest.fail("oxigraph serve did not start")
        self.url = f"http://127.0.0.1:{self.port}/query"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph-server"))
    yield server
    server.stop()


@pytest.fixture(params=["memory", "disk", "remote"])
def store(request, tmp_path):
    if request.param == "memory":
        s = OxigraphStore(None)
    elif request.param == "disk":
        s = open_store(tmp_path / "store", create=True)
    else:
        server = request.getfixturevalue("oxigraph_server")
        s = RemoteStore(server.url, retries=1, backoff=0.05)
        s.update("CLEAR ALL")
    yield s
    s.close()


def doc(name: str, *triples, content_hash: str = "h1"):
    d = URIRef(EX + "doc/" + name)
    return str(d), [(d, RDF_TYPE, KG_DOC), (d, LABEL, Literal(name)), (d, HASH, Literal(content_hash)), *triples]


def all_rows(store) -> list:
    return store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows


# -- the contract ----------------------------------------------------------------------------------------------
def test_empty(store):
    assert store.count() == 0
    assert store.hashes() == {}
    assert store.find_document("nothing") is None


def test_put_is_idempotent(store):
    d, triples = doc("one", (A, P, B), (A, P, Literal("x")))
    store.put_document(d, triples)
    n = store.count()
    assert n == 5
    store.put_document(d, triples)
    assert store.count() == n
    rows = all_rows(store)
    assert len(rows) == len(set(rows)) == n


def test_shared_triples_are_seen_once(store):
    d1, t1 = doc("one", (A, P, B), (A, P, C))
    d2, t2 = doc("two", (A, P, B))
    store.put_document(d1, t1)
    store.put_document(d2, t2)
    assert store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:ex:p> ?o }").rows[0][0].toPython() == 2
    rows = all_rows(store)
    assert len(rows) == len(set(rows))


def test_remove_keeps_what_other_documents_hold(store):
    d1, t1 = doc("one", (A, P, B), (A, P, C))
    d2, t2 = doc("two", (A, P, B))
    store.put_document(d1, t1)
    store.put_document(d2, t2)
    store.remove_document(d1)
    assert store.query("ASK { <urn:ex:a> <urn:ex:p> <urn:ex:b> }").answer is True
    assert store.query("ASK { <urn:ex:a> <urn:ex:p> <urn:ex:c> }").answer is False
    assert store.query("ASK { <urn:ex:doc/one> ?p ?o }").answer is False
    assert set(store.hashes()) == {d2}
    store.remove_document(d2)
    assert store.count() == 0


def test_replace_drops_old_facts(store):
    d1, t1 = doc("one", (A, P, B), content_hash="h1")
    store.put_document(d1, t1)
    _, t1b = doc("one", (A, P, C), content_hash="h2")
    store.put_document(d1, t1b)
    assert store.hashes() == {d1: "h2"}
    assert store.query("ASK { <urn:ex:a> <urn:ex:p> <urn:ex:b> }").answer is False
    assert store.query("ASK { <urn:ex:a> <urn:ex:p> <urn:ex:c> }").answer is True
    assert store.count() == 4


def test_find_document_by_id_and_iri(store):
    d1, t1 = doc("one", (A, P, B))
    store.put_document(d1, t1)
    assert store.find_document("one") == d1
    assert store.find_document(d1) == d1
    assert store.documents() == {d1: "one"}


def test_failed_update_changes_nothing(store):
    d1, t1 = doc("one", (A, P, B))
    store.put_document(d1, t1)
    before = set(all_rows(store))
    with pytest.raises(StoreError):
        store.update("DROP GRAPH <urn:ex:doc/one> ; INSERT DATA { <urn:ex:a> <urn:ex:p> }")  # malformed
    assert set(all_rows(store)) == before


def test_query_kinds(store):
    d1, t1 = doc("one", (A, P, B))
    store.put_document(d1, t1)
    r = store.query("SELECT ?o WHERE { <urn:ex:a> <urn:ex:p> ?o }")
    assert r.kind == "SELECT" and r.vars == ["o"] and r.rows == [(B,)]
    assert store.query("ASK { ?d a kg:Document }").answer is True
    g = store.query("CONSTRUCT { ?s <urn:ex:p> ?o } WHERE { ?s <urn:ex:p> ?o }").graph
    assert set(g) == {(A, P, B)}


# -- on disk -----------------------------------------------------------------------------------------------
def test_disk_store_persists_and_reopens(tmp_path):
    d1, t1 = doc("one", (A, P, B))
    with open_store(tmp_path / "s", create=True) as s:
        s.put_document(d1, t1)
    with open_store(tmp_path / "s") as s:
        assert s.count() == 4 and s.hashes() == {d1: "h1"}


def test_open_store_errors(tmp_path):
    with pytest.raises(StoreError, match="no kg store"):
        open_store(tmp_path / "missing")
    (tmp_path / "f.ttl").write_text("")
    with pytest.raises(StoreError, match="is a file"):
        open_store(tmp_path / "f.ttl", create=True)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x")
    with pytest.raises(StoreError, match="non-empty directory"):
        open_store(tmp_path / "full", create=True)


def test_remote_failure_is_reported_after_bounded_retries():
    port = free_port()  # nothing listens there
    s = RemoteStore(f"http://127.0.0.1:{port}/query", retries=2, backoff=0.01, timeout=2)
    start = time.monotonic()
    with pytest.raises(StoreError, match="failed"):
        s.put_document(*doc("one", (A, P, B)))
    assert time.monotonic() - start < 10


def test_endpoint_options_in_the_url(monkeypatch):
    s = open_store("http://localhost:3030/ds/query")
    assert (s.query_url, s.update_url, s.union) == ("http://localhost:3030/ds/query", "http://localhost:3030/ds/update", None)
    monkeypatch.setenv("KG_STORE_USER", "dba")
    monkeypatch.setenv("KG_STORE_PASSWORD", "secret")
    s = open_store("http://localhost:8890/sparql#union=urn:kg:union")
    assert (s.update_url, s.union) == ("http://localhost:8890/sparql", "urn:kg:union")
    assert s._headers["Authorization"].startswith("Basic ")
    with pytest.raises(StoreError, match="unknown store option"):
        open_store("http://localhost:8890/sparql#graph=x")


def test_union_graph_mode(oxigraph_server):
    """For servers without a real default graph (Virtuoso): the union is kept in a named graph and queried."""
    s = RemoteStore(oxigraph_server.url, union="urn:kg:union")
    s.update("CLEAR ALL")
    d1, t1 = doc("one", (A, P, B), (A, P, C))
    d2, t2 = doc("two", (A, P, B))
    s.put_document(d1, t1)
    s.put_document(d2, t2)
    s.put_document(d2, t2)
    assert s.count() == 8
    assert set(s.hashes()) == {d1, d2}
    s.remove_document(d1)
    assert s.count() == 4 and set(s.hashes()) == {d2}
    assert s.query("ASK { <urn:ex:a> <urn:ex:p> <urn:ex:b> }").answer is True
    assert s.query("ASK { <urn:ex:a> <urn:ex:p> <urn:ex:c> }").answer is False
