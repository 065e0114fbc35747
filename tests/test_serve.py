"""kg serve: the SPARQL 1.1 Protocol endpoint, checked with clients nobody on the project wrote (SPARQLWrapper,
Rasqal's roqet, httpx) against a real uvicorn server on 127.0.0.1, plus security, time limits, load, pages.

No spaCy: the graphs are the bundled example graph file and small graphs made in code.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytestmark = [pytest.mark.server, pytest.mark.slow]

pytest.importorskip("starlette")
uvicorn = pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

from rdflib import RDF, RDFS, Graph, Literal, URIRef  # noqa: E402

from kg.graph import KnowledgeGraph  # noqa: E402
from kg.namespace import DEFAULT_BASE, KG  # noqa: E402
from kg.serve import check_query, create_app, negotiate  # noqa: E402
from servers import Listener, free_socket, wait_until  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "example.ttl"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
CEO = """SELECT ?ceo ?org WHERE { ?p kg:ceoOf ?o . ?p rdfs:label ?ceo . ?o rdfs:label ?org }"""
LABELS = "SELECT ?s ?label WHERE { ?s rdfs:label ?label }"
CONSTRUCT = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a kg:Organization ; rdfs:label ?l }"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
PATH = ("SELECT (COUNT(*) AS ?n) WHERE { ?s (<urn:p>|!<urn:p>)* ?o . ?x (<urn:p>|!<urn:p>)* ?y . "
        "?a (<urn:p>|!<urn:p>)* ?b }")


@pytest.fixture(scope="module")
def expected() -> KnowledgeGraph:
    return KnowledgeGraph.load(EXAMPLE)


@pytest.fixture(scope="module")
def app():
    app = create_app(EXAMPLE, timeout=2, max_rows=10000, workers=3)
    yield app
    app.state.close()


@pytest.fixture(scope="module")
def server(app):
    """A real uvicorn server on a free 127.0.0.1 port, in a thread; yields the endpoint URL."""
    sock = free_socket()
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    wait_until(lambda: srv.started, 20, "uvicorn did not start")
    yield f"http://127.0.0.1:{port}/sparql"
    srv.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(timeout=30) as c:
        yield c


def _values(rows) -> set[tuple[str, ...]]:
    return {tuple("" if t is None else str(t) for t in row) for row in rows}


def _json_values(doc: dict) -> set[tuple[str, ...]]:
    names = doc["head"]["vars"]
    return {tuple(b.get(v, {}).get("value", "") for v in names) for b in doc["results"]["bindings"]}


# -- SPARQLWrapper ----------------------------------------------------------------------------------------
def _wrapper(server: str, query: str, fmt: str):
    sw = pytest.importorskip("SPARQLWrapper")
    w = sw.SPARQLWrapper(server)
    w.setQuery("PREFIX kg: <https://w3id.org/kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query)
    w.setReturnFormat(getattr(sw, fmt))
    return w.query()


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_json_xml_csv_tsv(server, expected, method):
    sw = pytest.importorskip("SPARQLWrapper")
    want = _values(expected.query(CEO).rows)
    assert ("Amelie Laurent", "Lumora Systems") in want

    def run(fmt):
        w = sw.SPARQLWrapper(server)
        w.setMethod(getattr(sw, method))
        w.setQuery(CEO)
        w.setReturnFormat(getattr(sw, fmt))
        return w.query()

    res = run("JSON")
    assert res.response.headers["Content-Type"].startswith("application/sparql-results+json")
    assert _json_values(res.convert()) == want

    doc = run("XML").convert()  # an xml.dom.minidom Document
    rows = set()
    for result in doc.getElementsByTagName("result"):
        row = {b.getAttribute("name"): b.getElementsByTagName("literal")[0].firstChild.data
               for b in result.getElementsByTagName("binding")}
        rows.add((row["ceo"], row["org"]))
    assert rows == want

    text = run("CSV").convert().decode("utf-8")
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[0] == ["ceo", "org"] and set(map(tuple, parsed[1:])) == want

    text = run("TSV").convert().decode("utf-8")
    lines = text.strip("\n").split("\n")
    assert lines[0].split("\t") == ["?ceo", "?org"]
    assert {tuple(c.strip('"') for c in line.split("\t")) for line in lines[1:]} == want


def test_sparqlwrapper_ask(server):
    assert _wrapper(server, "ASK { ?p kg:ceoOf ?o }", "JSON").convert()["boolean"] is True
    assert _wrapper(server, "ASK { ?p kg:ceoOf <urn:nothing> }", "JSON").convert()["boolean"] is False


@pytest.mark.parametrize("fmt,media", [("TURTLE", "text/turtle"), ("N3", "text/turtle"), ("RDFXML", "application/rdf+xml"),
                                       ("JSONLD", "application/ld+json")])
def test_sparqlwrapper_construct(server, expected, fmt, media):
    want = expected.query(CONSTRUCT).graph
    assert len(want) > 3
    res = _wrapper(server, CONSTRUCT, fmt)
    assert res.response.headers["Content-Type"].startswith(media)
    data = res.convert()
    got = data if isinstance(data, Graph) else Graph().parse(data=data, format="turtle")
    assert {(s, p, str(o)) for s, p, o in got} == {(s, p, str(o)) for s, p, o in want}


# -- roqet (Rasqal) ---------------------------------------------------------------------------------------
ROQET = shutil.which("roqet")


@pytest.mark.skipif(ROQET is None, reason="roqet missing: apt-get install rasqal-utils")
@pytest.mark.parametrize("fmt", ["simple", "xml", "csv", "tsv"])
def test_roqet(server, expected, fmt):
    query = ("PREFIX kg: <https://w3id.org/kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             "SELECT ?ceo WHERE { ?p kg:ceoOf ?o . ?p rdfs:label ?ceo }")
    out = subprocess.run([ROQET, "-q", "-p", server, "-e", query, "-r", fmt], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    want = {row[0] for row in _values(expected.query(query).rows)}
    for name in want:
        assert name in out.stdout
    rows = {"simple": lambda t: len(re.findall(r"^row: ", t, re.M)),
            "xml": lambda t: t.count("<result>"),
            "csv": lambda t: len(t.strip().splitlines()) - 1,
            "tsv": lambda t: len(t.strip().splitlines()) - 1}[fmt](out.stdout)
    assert rows == len(expected.query(query).rows)


# (Not tested: roqet 0.9.33 cannot read boolean (ASK) or graph (CONSTRUCT) results over the protocol at all;
# it reads every answer as SPARQL XML variable bindings.)


# -- protocol details ---------------------------------------------------------------------------------------
def test_post_forms_and_negotiation(client, server, expected):
    want = _values(expected.query(CEO).rows)
    r = client.post(server, data={"query": CEO}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and _json_values(r.json()) == want
    r = client.post(server, content=CEO, headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    r = client.get(server, params={"query": CEO}, headers={"Accept": "text/html"})
    assert r.status_code == 406
    r = client.get(server, params={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert r.status_code == 406
    for media, rdf_format in (("application/n-triples", "nt"), ("text/turtle", "turtle"), ("application/ld+json", "json-ld")):
        r = client.get(server, params={"query": CONSTRUCT}, headers={"Accept": media})
        assert r.status_code == 200 and r.headers["content-type"].startswith(media)
        got = Graph().parse(data=r.text, format=rdf_format)
        assert {(s, p, str(o)) for s, p, o in got} == {(s, p, str(o)) for s, p, o in expected.query(CONSTRUCT).graph}
    r = client.post(server, content="x", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


def test_negotiate():
    offers = [("application/sparql-results+json", "json"), ("text/csv", "csv")]
    assert negotiate(None, offers) == "json"
    assert negotiate("*/*", offers) == "json"
    assert negotiate("text/*", offers) == "csv"
    assert negotiate("text/csv;q=0.5, application/sparql-results+json;q=0.4", offers) == "csv"
    assert negotiate("application/sparql-results+json;q=0, */*;q=0.1", offers) == "csv"
    assert negotiate("image/png", offers) is None


def test_service_description(client, server, expected):
    r = client.get(server)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    service = next(g.subjects(RDF.type, URIRef(sd + "Service")))
    assert (service, URIRef(sd + "endpoint"), URIRef(server)) in g
    assert (service, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in g
    triples = next(g.objects(None, URIRef("http://rdfs.org/ns/void#triples")))
    assert int(triples) == len(expected)


def test_bad_query_is_400_with_the_parser_message(client, server):
    r = client.get(server, params={"query": "SELECT ?x WHERE { ?x ?p }"})
    assert r.status_code == 400
    assert "error at" in r.text and "Traceback" not in r.text and str(ROOT) not in r.text and "/tmp" not in r.text
    assert client.get(server, params={"query": " "}).status_code == 400


# -- read-only -------------------------------------------------------------------------------------------------
UPDATES = ["INSERT DATA { <urn:a> <urn:b> <urn:c> }", "DELETE WHERE { ?s ?p ?o }", "CLEAR ALL", "CLEAR DEFAULT",
           f"LOAD <{EXAMPLE.as_uri()}>", "DROP ALL", "CREATE GRAPH <urn:g>",
           "PREFIX ex: <urn:x#> # comment\nDELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
           "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "ADD DEFAULT TO <urn:g>"]


def test_updates_are_refused_and_change_nothing(client, server, expected):
    def count():
        return int(client.get(server, params={"query": COUNT}).json()["results"]["bindings"][0]["n"]["value"])

    before = count()
    assert before == len(expected)
    for update in UPDATES:
        for r in (client.get(server, params={"query": update}),
                  client.get(server, params={"update": update}),
                  client.post(server, data={"query": update}),
                  client.post(server, data={"update": update}),
                  client.post(server, content=update, headers={"Content-Type": "application/sparql-update"}),
                  client.post(server, content=update, headers={"Content-Type": "application/sparql-query"})):
            assert 400 <= r.status_code < 500, (update, r.status_code, r.text)
    for method in ("PUT", "DELETE", "PATCH"):
        assert client.request(method, server, content=b"<urn:a> <urn:b> <urn:c> .").status_code == 405
    assert count() == before
    assert client.get(server, params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"}).json()["boolean"] is False


# -- nothing leaves the machine ------------------------------------------------------------------------------------
def test_service_and_remote_datasets_make_no_connection(client, server):
    listener = Listener()
    try:
        remote = f"http://127.0.0.1:{listener.port}/sparql"
        refused = [f"SELECT * WHERE {{ SERVICE <{remote}> {{ ?s ?p ?o }} }}",
                   f"select * where {{ service silent <{remote}> {{ ?s ?p ?o }} }}",
                   f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE<{remote}>{{ ?s ?q ?r }} }} }}",
                   f"SELECT * WHERE {{ BIND(<{remote}> AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}",
                   f"PREFIX x: <urn:x#>\nSELECT * WHERE {{ ?s ?p x:a\\# . SERVICE <{remote}> {{ ?s ?p ?o }} }}",
                   f"SELECT * WHERE {{ FILTER(1<2) SeRvIcE <{remote}> {{ ?s ?p ?o }} FILTER(2>1) }}"]
        for query in refused:
            r = client.get(server, params={"query": query})
            assert r.status_code == 400, (query, r.status_code, r.text)
            assert "SERVICE" in r.text
        local_only = [f"SELECT * FROM <{remote}> WHERE {{ ?s ?p ?o }}",
                      f"SELECT * FROM NAMED <{remote}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
                      "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"]
        for query in local_only:
            r = client.get(server, params={"query": query})
            assert r.status_code in (200, 400) and "root:" not in r.text
            if r.status_code == 200:
                assert r.json()["results"]["bindings"] == []
        r = client.get(server, params={"query": "SELECT * WHERE { ?s ?p ?o }", "default-graph-uri": remote,
                                       "named-graph-uri": remote})
        assert r.status_code in (200, 400)
        if r.status_code == 200:
            assert r.json()["results"]["bindings"] == []
        # a string or IRI that merely contains the word is no SERVICE call
        check_query('SELECT * WHERE { ?s ?p "customer service" . ?s <urn:service> ?x . ?service ?p ex:service }')
        time.sleep(0.3)
        assert listener.connections == 0
    finally:
        listener.close()


def test_workers_cannot_open_network_sockets():
    """Defence in depth: even a SERVICE call that got past the check could not connect from a worker."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the socket filter is Linux-only")
    listener = Listener()
    try:
        code = f"""
import pyoxigraph, socket
from kg.serve import deny_network
if not deny_network():
    print("unsupported"); raise SystemExit(0)
try:
    socket.create_connection(("127.0.0.1", {listener.port}), timeout=2)
    print("connected")
except OSError:
    print("refused")
try:
    list(pyoxigraph.Store().query("SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/> {{ ?s ?p ?o }} }}"))
except Exception as exc:
    print("service failed")
"""
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
        if "unsupported" in out.stdout:
            pytest.skip("no seccomp on this machine")
        assert "refused" in out.stdout and "service failed" in out.stdout, out.stdout + out.stderr
        time.sleep(0.3)
        assert listener.connections == 0
    finally:
        listener.close()


# -- time limit --------------------------------------------------------------------------------------------------
def _ask_ms(client, server) -> float:
    t = time.perf_counter()
    r = client.get(server, params={"query": "ASK { ?s a kg:Organization }"})
    assert r.status_code == 200 and r.json()["boolean"] is True
    return (time.perf_counter() - t) * 1000


@pytest.mark.parametrize("query", [PRODUCT, PATH], ids=["cartesian", "path"])
def test_pathological_query_stops_at_the_timeout(app, client, server, query):
    meanwhile: list[float] = []
    done = threading.Event()

    def ask_meanwhile():
        with httpx.Client(timeout=30) as other:
            while not done.is_set():
                meanwhile.append(_ask_ms(other, server))
                time.sleep(0.1)

    thread = threading.Thread(target=ask_meanwhile)
    thread.start()
    try:
        t = time.perf_counter()
        r = client.get(server, params={"query": query})
        elapsed = time.perf_counter() - t
    finally:
        done.set()
        thread.join()
    assert r.status_code in (503, 504), (r.status_code, r.text)
    assert "stopped after 2 s" in r.text
    assert 1.9 <= elapsed < 4
    assert _ask_ms(client, server) < 200  # right after
    assert meanwhile and max(meanwhile) < 200  # and all along
    pool = app.state.kg.source  # the stopped worker is replaced: every worker idle and ready again
    wait_until(lambda: pool._idle.qsize() == pool.size, 30, "the stopped worker was not replaced")
    assert _ask_ms(client, server) < 200


# -- load -------------------------------------------------------------------------------------------------------------
LOAD_QUERIES = [CEO, LABELS, "ASK { ?p kg:ceoOf ?o }", COUNT,
                "SELECT ?c (COUNT(?e) AS ?n) WHERE { ?e a ?c } GROUP BY ?c"]


def test_16_concurrent_clients(server):
    with httpx.Client(timeout=30) as c:
        single = {q: c.get(server, params={"query": q}).json() for q in LOAD_QUERIES}

    def norm(doc):
        return doc["boolean"] if "boolean" in doc else sorted(json.dumps(b, sort_keys=True) for b in doc["results"]["bindings"])

    single = {q: norm(d) for q, d in single.items()}
    end = time.monotonic() + 5

    def client_loop(i: int) -> tuple[int, list[str]]:
        done, failures = 0, []
        with httpx.Client(timeout=30) as c:
            k = i
            while time.monotonic() < end:
                q = LOAD_QUERIES[k % len(LOAD_QUERIES)]
                k += 1
                r = c.get(server, params={"query": q})
                if r.status_code != 200:
                    failures.append(f"{r.status_code}: {r.text[:100]}")
                elif norm(r.json()) != single[q]:
                    failures.append(f"different answer to {q}")
                done += 1
        return done, failures

    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(client_loop, range(16)))
    total = sum(n for n, _ in results)
    failures = [f for _, fs in results for f in fs]
    assert not failures, failures[:5]
    assert total >= 16 * 5


# -- pages, linked data, limits, CORS --------------------------------------------------------------------------------
EVIL = '<script>alert("x")</script>&'


@pytest.fixture(scope="module")
def small_app():
    """A graph made in code: 12 organizations (one with a hostile name), a fact with evidence; max 5 rows; CORS on."""
    kg = KnowledgeGraph()
    g = kg.graph
    base = DEFAULT_BASE
    orgs = [URIRef(f"{base}entity/org-{i}") for i in range(12)]
    for i, o in enumerate(orgs):
        g.add((o, RDF.type, KG.Organization))
        g.add((o, RDFS.label, Literal(EVIL if i == 0 else f"Org {i}")))
    person = URIRef(f"{base}entity/ada")
    g.add((person, RDF.type, KG.Person))
    g.add((person, RDFS.label, Literal("Ada")))
    g.add((person, KG.ceoOf, orgs[0]))
    ev = URIRef(f"{base}evidence/1")
    for p, o in ((RDF.type, KG.Evidence), (RDF.subject, person), (RDF.predicate, KG.ceoOf), (RDF.object, orgs[0]),
                 (KG.sentence, Literal(f"Ada runs {EVIL}.")), (KG.rule, Literal("title")), (KG.document, URIRef(f"{base}doc/d1"))):
        g.add((ev, p, o))
    from starlette.testclient import TestClient

    app = create_app(kg, timeout=5, max_rows=5, workers=1, cors="http://allowed.example")
    with TestClient(app) as c:
        yield c


def test_max_rows_cut_and_marked(small_app):
    r = small_app.get("/sparql", params={"query": LABELS})
    doc = r.json()
    assert r.headers["x-kg-truncated"] == "true" and doc["truncated"] is True and len(doc["results"]["bindings"]) == 5
    r = small_app.get("/sparql", params={"query": LABELS}, headers={"Accept": "text/csv"})
    assert r.headers["x-kg-truncated"] == "true" and len(r.text.strip().splitlines()) == 6
    r = small_app.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": "text/turtle"})
    assert r.headers["x-kg-truncated"] == "true" and len(Graph().parse(data=r.text, format="turtle")) == 5
    r = small_app.get("/sparql", params={"query": "SELECT * WHERE { ?s a kg:Person }"})
    assert "x-kg-truncated" not in r.headers and "truncated" not in r.json()


def test_answers_are_written_by_oxigraph_also_when_cut():
    """A SELECT answer is Oxigraph's own serialization of the rows kept (they pass through its TSV and back): every
    kind of term, in every result format, as Oxigraph writes the whole answer; a cut one is its first rows, and a
    strict parser (Oxigraph's) reads the cut JSON too."""
    import pyoxigraph as ox

    from kg.serve import answer_query

    store = ox.Store()
    s, xsd = ox.NamedNode("http://e.org/s"), "http://www.w3.org/2001/XMLSchema#"
    objects = [ox.NamedNode("http://e.org/o?a=b#c"), ox.BlankNode("b0"), ox.Literal('tab\tline\n"quote" \\ é 😀'),
               ox.Literal("hi", language="en-GB"), ox.Literal("7", datatype=ox.NamedNode(xsd + "integer")),
               ox.Literal(" 3.0 ", datatype=ox.NamedNode(xsd + "decimal")), ox.Literal("")]
    for i, o in enumerate(objects):
        store.add(ox.Quad(s, ox.NamedNode(f"http://e.org/p{i}"), o))
    query = "SELECT ?p ?o ?none ?t WHERE { ?s ?p ?o BIND(TRIPLE(?s, ?p, ?o) AS ?t) } ORDER BY ?p"
    for name, fmt in (("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                      ("csv", ox.QueryResultsFormat.CSV), ("tsv", ox.QueryResultsFormat.TSV)):
        answer = answer_query(store, query, name, None)
        assert answer.body == store.query(query).serialize(format=fmt) and not answer.truncated, name
    cut = answer_query(store, query, "json", None, max_rows=3)
    assert cut.truncated and json.loads(cut.body)["truncated"] is True
    rows = list(ox.parse_query_results(cut.body, format=ox.QueryResultsFormat.JSON))
    assert [r["o"] for r in rows] == objects[:3]
    assert answer_query(store, "SELECT * WHERE {}", "json", None).body == b'{"head":{"vars":[]},"results":{"bindings":[{}]}}'


def test_cors_only_when_asked(small_app, client, server):
    r = small_app.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "http://allowed.example"})
    assert r.headers.get("access-control-allow-origin") == "http://allowed.example"
    r = small_app.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "http://other.example"})
    assert "access-control-allow-origin" not in r.headers
    r = client.get(server, params={"query": "ASK {}"}, headers={"Origin": "http://allowed.example"})
    assert "access-control-allow-origin" not in r.headers  # the default: off


def _no_external(page: str) -> None:
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?(?:https?:)?//""", page, re.I)


def test_home_page_escapes_results(small_app):
    r = small_app.get("/")
    assert r.status_code == 200 and "<form" in r.text and "<iframe" in r.text and 'src="/graph"' in r.text
    _no_external(r.text)
    assert "default-src 'none'" in r.headers["content-security-policy"]
    r = small_app.get("/", params={"query": "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label"})
    assert r.status_code == 200 and "<table>" in r.text
    assert EVIL not in r.text and "&lt;script&gt;" in r.text
    assert 'href="/entity/org-0"' in r.text
    r = small_app.get("/", params={"query": "SELECT ?x WHERE { ?x }"})
    assert r.status_code == 400 and "error at" in r.text
    r = small_app.get("/", params={"query": "ASK { ?s a kg:Person }"})
    assert "<strong>yes</strong>" in r.text


def test_graph_view_is_the_render_page(small_app):
    r = small_app.get("/graph")
    assert r.status_code == 200 and "vis.Network" in r.text and "Content-Security-Policy" in r.text
    _no_external(r.text)
    assert EVIL not in r.text.split('id="kg-data">', 1)[1].split("</script>", 1)[0]


def test_entity_page_html(small_app):
    r = small_app.get("/entity/ada", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    assert "<h1>Ada</h1>" in page and "Person" in page
    assert 'href="/entity/org-0"' in page and 'href="/doc/d1"' in page
    assert "Ada runs &lt;script&gt;" in page and EVIL not in page
    _no_external(page)
    r = small_app.get("/entity/org-0")
    assert r.status_code == 200 and 'href="/entity/ada"' in r.text and EVIL not in r.text  # facts both ways


def test_entity_rdf(small_app):
    r = small_app.get("/entity/ada", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    ada, ev = URIRef(DEFAULT_BASE + "entity/ada"), URIRef(DEFAULT_BASE + "evidence/1")
    assert (ada, KG.ceoOf, URIRef(DEFAULT_BASE + "entity/org-0")) in g
    assert (ev, RDF.subject, ada) in g and (ev, KG.sentence, None) in g
    r = small_app.get("/entity/org-1", headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and f"<{DEFAULT_BASE}entity/org-1>" in r.text
    assert small_app.get("/entity/ada", headers={"Accept": "image/png"}).status_code == 406


def test_unknown_entity_is_404(small_app):
    assert small_app.get("/entity/nobody").status_code == 404
    assert small_app.get("/entity/nobody", headers={"Accept": "text/turtle"}).status_code == 404
    assert small_app.get("/entity/a%3E%20%7B%7D").status_code == 404


# -- the command -----------------------------------------------------------------------------------------------------
def test_cli_serve_options():
    from kg.cli import cli

    cmd = cli.get_command(None, "serve")
    defaults = {p.name: p.default for p in cmd.params}
    assert defaults["host"] == "127.0.0.1" and defaults["port"] == 8000 and defaults["cors"] is None
    assert defaults["timeout"] == 10.0 and defaults["max_rows"] == 10000


def test_serving_does_not_import_spacy(tmp_path):
    code = (f"import sys\nfrom kg.serve import create_app\napp = create_app({str(EXAMPLE)!r}, workers=1)\n"
            "app.state.close()\nprint(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
