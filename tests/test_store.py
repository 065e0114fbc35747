"""Stores (kg.store): one contract suite run against every back-end, then builds into stores.

Back-ends: in-memory Oxigraph, on-disk Oxigraph, and two real servers over SPARQL 1.1: ``oxigraph serve``
and Virtuoso Open Source (each skipped when its program is missing; see tests/servers.py).
"""

from __future__ import annotations

import time

import pytest
from rdflib import Literal, URIRef

from kg.errors import StoreError
from kg.ntriples import nt_term
from kg.store import OxigraphStore, RemoteStore, open_store
from servers import free_port

EX = "urn:ex:"
A, B, C = URIRef(EX + "a"), URIRef(EX + "b"), URIRef(EX + "c")
P = URIRef(EX + "p")
KG_DOC = URIRef("https://w3id.org/kg/ontology#Document")
HASH = URIRef("https://w3id.org/kg/ontology#contentHash")
RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@pytest.fixture(params=["memory", "disk", "oxigraph-server", "virtuoso"])
def store(request, tmp_path):
    if request.param == "memory":
        s = OxigraphStore(None)
    elif request.param == "disk":
        s = open_store(tmp_path / "store", create=True)
    else:
        server = request.getfixturevalue({"oxigraph-server": "oxigraph_server", "virtuoso": "virtuoso_server"}[request.param])
        server.clear()
        s = open_store(getattr(server, "location_url", server.url))
        s.retries, s.backoff = 1, 0.05
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


ODD_TEXTS = ['x\ny\\"', "ends with a backslash \\", 'quote " and tab \t', "line\r\nbreak", "\u2028 sep",
             "naïve 東京 🙂", '"""', "'''", "<urn:not-an-iri>", "} ; DROP ALL ; INSERT DATA {"]


@pytest.mark.parametrize("terms", ["rdflib", "ntriples"])
def test_odd_literals_round_trip(store, terms):
    d, triples = doc("odd", *[(A, P, Literal(t)) for t in ODD_TEXTS])
    put = store.put_document if terms == "rdflib" else (lambda d, t: store.put_ntriples(d, as_ntriples(t)))
    put(d, triples)
    put(d, triples)  # replaced: the same literals in a DELETE/INSERT request
    got = {str(r[0]) for r in store.query("SELECT ?o WHERE { <urn:ex:a> <urn:ex:p> ?o }").rows}
    assert got == set(ODD_TEXTS)
    store.remove_document(d)
    assert store.count() == 0


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


def named_graphs(store) -> dict[str, set]:
    """The documents' named graphs, as sets of triples."""
    out: dict[str, set] = {}
    sparql = 'SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "urn:ex:doc/")) }'
    for g, *triple in store.query(sparql).rows:
        out.setdefault(str(g), set()).add(tuple(plain(t) for t in triple))
    return out


def plain(t):
    """A term as the same term from every back-end (a remote result gives xsd:string literals their datatype)."""
    return Literal(str(t)) if isinstance(t, Literal) and str(t.datatype) == XSD_STRING else t


def test_put_many_writes_each_document_whole_and_a_bad_one_keeps_out_only_itself(store, monkeypatch):
    ingestions = []
    if isinstance(store, OxigraphStore) and store.location != ":memory:":
        monkeypatch.setattr(store, "bulk_min_triples", 1)  # small test documents: by ingestion all the same
        real = store.bulk
        monkeypatch.setattr(store, "bulk", lambda nquads: (ingestions.append(nquads), real(nquads))[1])
    one, t1 = doc("one", (A, P, B), (A, P, C))
    store.put_document(one, doc("one", (B, P, C), content_hash="h0")[1])  # stored before: replaced
    group = [(one, t1), doc("two", (A, P, B)), doc("three", (A, P, Literal(ODD_TEXTS[0])))]
    assert store.put_many([(d, as_ntriples(t)) for d, t in group]) == [None, None, None]
    reference = OxigraphStore(None)
    for d, t in group:
        reference.put_ntriples(d, as_ntriples(t))
    assert named_graphs(store) == named_graphs(reference)
    rows = [tuple(map(plain, r)) for r in all_rows(store)]
    assert len(rows) == len(set(rows)) and set(rows) == {tuple(map(plain, r)) for r in all_rows(reference)}
    if isinstance(store, OxigraphStore) and store.location != ":memory:":
        assert len(ingestions) == 1 and "doc/one" not in ingestions[0]  # the two new ones, together

    bad = doc("five", (A, P, B))[1] + [(URIRef(EX + "s"), P, "<not an iri>")]
    group = [doc("four", (A, P, C)), (EX + "doc/five", bad), doc("six", (B, P, A))]
    errors = store.put_many([(d, [tuple(t if type(t) is str else nt_term(t) for t in triple) for triple in ts])
                             for d, ts in group])
    assert errors[0] is None and isinstance(errors[1], StoreError) and errors[2] is None
    assert set(store.hashes()) == {EX + f"doc/{n}" for n in ("one", "two", "three", "four", "six")}
    reference.close()


def test_rename_swaps_iris_in_every_graph_and_the_union(store):
    group = [doc("one", (A, P, B), (C, P, A)), doc("two", (B, P, C), (A, LABEL, Literal("a")), (A, P, A))]
    for d, triples in group:
        store.put_document(d, triples)
    store.rename({str(A): str(B), str(B): str(A)})  # (as a build settles its entity IRIs: kg.ingest)
    swap = {A: B, B: A}
    reference = OxigraphStore(None)
    for d, triples in group:
        reference.put_document(d, [tuple(swap.get(t, t) for t in triple) for triple in triples])
    assert named_graphs(store) == named_graphs(reference)
    rows = [tuple(map(plain, r)) for r in all_rows(store)]
    assert len(rows) == len(set(rows)) and set(rows) == {tuple(map(plain, r)) for r in all_rows(reference)}
    reference.close()


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
    url = f"http://127.0.0.1:{port}/query"
    with pytest.raises(StoreError) as err:
        s.put_document(*doc("one", (A, P, B)))
    assert time.monotonic() - start < 10
    assert str(err.value).startswith(f"SPARQL update to {url.replace('/query', '/update')} failed after 3 attempts: ")
    assert str(err.value).endswith("; is the server running, and is the URL right?")


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


# -- remote servers: the Graph Store Protocol, batched writes, cut results ---------------------------------------
@pytest.fixture(params=["oxigraph_server", "virtuoso_server"])
def server(request):
    srv = request.getfixturevalue(request.param)
    srv.clear()
    return srv


def remote(server, **options) -> RemoteStore:
    s = open_store(getattr(server, "location_url", server.url))
    s.retries, s.backoff = 1, 0.05
    for k, v in options.items():
        setattr(s, k, v)
    return s


def big_doc(name: str, n: int, content_hash: str = "h1"):
    return doc(name, *[(URIRef(f"{EX}s{i}"), P, Literal(f"line {i}\nwith a newline")) for i in range(n)],
               content_hash=content_hash)


def test_gsp_endpoint_is_derived():
    assert RemoteStore("http://h:7878/query").gsp_url == "http://h:7878/store"
    assert RemoteStore("http://h:3030/news/query").gsp_url == "http://h:3030/news/data"
    assert RemoteStore("http://h:3030/news/sparql").gsp_url == "http://h:3030/news/data"
    assert RemoteStore("http://h:8890/sparql").gsp_url == "http://h:8890/sparql-graph-crud"
    assert RemoteStore("http://h/endpoint").gsp_url is None
    assert open_store("http://h:8890/sparql#gsp=").gsp_url is None
    assert open_store("http://h:8890/sparql#gsp=http://h:8890/crud").gsp_url == "http://h:8890/crud"


def as_ntriples(triples):
    """Triples as N-Triples term strings, the form kg.graph.document_triples gives the build."""
    return [tuple(nt_term(t) for t in triple) for triple in triples]


@pytest.mark.parametrize("terms", ["rdflib", "ntriples"])
@pytest.mark.parametrize("gsp", [True, False], ids=["gsp", "sparql-only"])
def test_large_documents_go_in_batches(server, gsp, terms):
    s = remote(server, batch_triples=7)
    if not gsp:
        s.gsp_url = None
    uses_gsp = s.gsp_url is not None
    put = s.put_document if terms == "rdflib" else (lambda d, t: s.put_ntriples(d, as_ntriples(t)))
    d1, t1 = big_doc("one", 30)
    put(d1, t1)
    assert s.count() == 33 and s.hashes() == {d1: "h1"}
    assert s.query("ASK { <urn:ex:s29> <urn:ex:p> 'line 29\\nwith a newline' }").answer is True
    d2, t2 = doc("two", (URIRef(EX + "s0"), P, Literal("line 0\nwith a newline")))
    put(d2, t2)
    _, t1b = big_doc("one", 20, content_hash="h2")  # replaced by a smaller version
    put(d1, t1b)
    assert s.hashes() == {d1: "h2", d2: "h1"}
    assert s.count() == 23 + 3  # s0..s19 and the document node of one; two's node (s0 is shared)
    assert s.query("ASK { <urn:ex:s29> ?p ?o }").answer is False
    rows = all_rows(s)
    assert len(rows) == len(set(rows))
    assert (s.gsp_url is not None) == uses_gsp  # the server took the GSP requests when they were used
    assert len(s.graph()) == s.count()


@pytest.mark.parametrize("terms", ["rdflib", "ntriples"])
def test_a_write_stopped_between_batches_leaves_the_old_version_and_rerun_completes(server, terms):
    s = remote(server, batch_triples=5)
    put = s.put_document if terms == "rdflib" else (lambda d, t: s.put_ntriples(d, as_ntriples(t)))
    d1, t1 = big_doc("one", 20)
    _, t1b = big_doc("one", 12, content_hash="h2")
    d2, t2 = doc("two", (URIRef(EX + "s3"), P, Literal("line 3\nwith a newline")))
    put(d2, t2)  # shares a triple with both versions of one
    staged = []
    real_stage = s._stage

    def failing_stage(graph, triples):
        if len(staged) == 2:
            raise StoreError("connection lost")
        staged.append(len(triples))
        real_stage(graph, triples)

    s._stage = failing_stage
    with pytest.raises(StoreError):
        put(d1, t1)
    assert s.hashes() == {d2: "h1"} and s.count() == 4  # not stored, nothing of it visible
    s._stage = real_stage
    put(d1, t1)
    assert s.hashes() == {d1: "h1", d2: "h1"} and s.count() == 23 + 3
    before = set(all_rows(s))

    staged.clear()
    s._stage = failing_stage
    with pytest.raises(StoreError):
        put(d1, t1b)  # a replacement stopped midway: the old version stays, whole
    assert s.hashes() == {d1: "h1", d2: "h1"} and set(all_rows(s)) == before
    s._stage = real_stage
    put(d1, t1b)
    assert s.hashes() == {d1: "h2", d2: "h1"} and s.count() == 15 + 3
    assert s.query("ASK { <urn:ex:s3> <urn:ex:p> 'line 3\\nwith a newline' }").answer is True  # two's, kept
    assert s.query("ASK { <urn:ex:s19> ?p ?o }").answer is False
    rows = all_rows(s)
    assert len(rows) == len(set(rows))
    assert s.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'urn:kg:staging:')) }") == []


def test_a_result_the_server_cut_short_is_an_error(virtuoso_server):
    virtuoso_server.clear()
    s = remote(virtuoso_server, batch_triples=5000)
    d1, t1 = big_doc("one", 10_050)  # Virtuoso answers at most ResultSetMaxRows (10,000 by default) rows
    s.put_document(d1, t1)
    assert s.count() == 10_053
    with pytest.raises(StoreError, match="cut the result at 10000 rows; raise its limit"):
        s.select("SELECT ?s ?o WHERE { ?s <urn:ex:p> ?o }")
    with pytest.raises(StoreError, match=r"the server sent [\d,]+ of 10,053 triples"):
        s.graph()
    virtuoso_server.clear()
