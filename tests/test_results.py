"""Results as a user reads them: SELECT * columns, kg analyze --path, amounts' qualifiers, --min-confidence."""

from __future__ import annotations

import pytest

from kgcli import run_kg

TTL = """@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<http://x/ada> a kg:Person ; rdfs:label "Ada Brook" ; kg:ceoOf <http://x/corvo> .
<http://x/corvo> a kg:Organization ; rdfs:label "Corvo Ltd" ; kg:basedIn <http://x/tarn> .
<http://x/tarn> a kg:Place ; rdfs:label "Tarn" .
"""


def _graph(tmp_path):
    g = tmp_path / "g.ttl"
    g.write_text(TTL, encoding="utf-8")
    return str(g)


def test_select_star_keeps_the_query_s_variable_order(tmp_path):
    r = run_kg("query", _graph(tmp_path), "SELECT * WHERE { ?who kg:ceoOf ?org . ?org kg:basedIn ?city }", "--format", "csv")
    assert r.code == 0, r.err
    assert r.out.splitlines()[0] == "who,org,city"
    r = run_kg("query", _graph(tmp_path), "SELECT DISTINCT * WHERE { ?s ?p ?o } LIMIT 1", "--format", "csv")
    assert r.out.splitlines()[0] == "s,p,o"


def test_select_star_order_in_the_library():
    import kg

    graph = kg.KnowledgeGraph()
    result = graph.query("SELECT * WHERE { ?zeta ?alpha ?mid }")
    assert result.vars == ["zeta", "alpha", "mid"]
    assert graph.query("SELECT ?mid ?zeta WHERE { ?zeta ?alpha ?mid }").vars == ["mid", "zeta"]


def test_analyze_path_prints_just_the_path(tmp_path):
    r = run_kg("analyze", _graph(tmp_path), "--path", "Ada Brook", "Tarn")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0] == "Shortest path: Ada Brook -> Tarn (2 steps)"
    assert lines[1:] == ["  Ada Brook  ->  Corvo Ltd", "    Ada Brook --CEO of--> Corvo Ltd",
                         "  Corvo Ltd  ->  Tarn", "    Corvo Ltd --based in--> Tarn"]
    assert "PageRank" not in r.out


def test_amount_without_a_qualifier_has_none(example_graph):
    rows = example_graph.query("""SELECT ?v ?q WHERE { ?a a kg:MonetaryAmount ; kg:value ?v OPTIONAL { ?a kg:qualifier ?q } }
                                  ORDER BY ?v""").rows
    # "2.5 billion euros (about 2.7 billion U.S. dollars)": the text bounds only the second
    assert [(str(v), None if q is None else str(q)) for v, q in rows] == [("2500000000", None), ("2700000000", "about")]


def _facts(path, *extra):
    r = run_kg("query", str(path), *extra, "--format", "tsv",
               "SELECT ?s ?p ?o ?c WHERE { ?ev a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; "
               "kg:confidence ?c . ?s ?p ?o }")
    assert r.code == 0, r.err
    return {tuple(line.split("\t")) for line in r.out.splitlines()[1:]}


@pytest.mark.slow
def test_min_confidence_drops_facts_below_it(tmp_path):
    from conftest import EXAMPLE

    full, sure = tmp_path / "full.ttl", tmp_path / "sure.ttl"
    assert run_kg("build", str(EXAMPLE), "-q", "-o", str(full)).code == 0
    r = run_kg("build", str(EXAMPLE), "-o", str(sure), "--min-confidence", "0.8")
    assert r.code == 0, r.err
    everything, kept = _facts(full), _facts(sure)
    assert kept and len(kept) < len(everything)
    assert kept == {f for f in everything if float(f[3].split('"')[1]) >= 0.8}
    # the same cut at query time, over the full graph
    assert _facts(full, "--min-confidence", "0.8") == kept
    n_full = run_kg("render", str(full), "-o", str(tmp_path / "a.html")).err
    n_sure = run_kg("render", str(full), "-o", str(tmp_path / "b.html"), "--min-confidence", "0.8").err
    edges = lambda line: int(line.split(", ")[1].split()[0])  # noqa: E731  "kg: drew 17 nodes, 12 edges -> ..."
    assert edges(n_sure) < edges(n_full)
    assert run_kg("query", str(full), "ASK {}", "--min-confidence", "1.5").code == 2


@pytest.mark.slow
def test_min_confidence_into_a_store(tmp_path):
    from conftest import EXAMPLE

    store = tmp_path / "store"
    r = run_kg("build", str(EXAMPLE), "--store", str(store), "--min-confidence", "0.8")
    assert r.code == 0, r.err
    r = run_kg("query", str(store), "SELECT (MIN(?c) AS ?least) WHERE { ?e kg:confidence ?c }", "--format", "csv")
    assert r.code == 0 and float(r.out.splitlines()[1]) >= 0.8, r.out


@pytest.mark.server
def test_min_confidence_on_serve(tmp_path):
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    import httpx
    from servers import free_port

    root = Path(__file__).resolve().parent.parent
    g = tmp_path / "g.ttl"
    g.write_text(("@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n" + TTL) + """<http://x/ev1> a kg:Evidence ; rdf:subject <http://x/ada> ; rdf:predicate kg:ceoOf ;
        rdf:object <http://x/corvo> ; kg:confidence 0.9 .
    <http://x/ev2> a kg:Evidence ; rdf:subject <http://x/corvo> ; rdf:predicate kg:basedIn ;
        rdf:object <http://x/tarn> ; kg:confidence 0.4 .
    """, encoding="utf-8")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    p = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(g), "--port", str(port), "--min-confidence", "0.5"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert p.poll() is None, p.communicate()[1]
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/sparql", params={"query": "SELECT ?p WHERE { ?s ?p ?o } "
                              "VALUES ?p { <https://w3id.org/kg/ontology#ceoOf> <https://w3id.org/kg/ontology#basedIn> }"},
                              headers={"Accept": "text/csv"}, timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
        assert r.text.split() == ["p", "https://w3id.org/kg/ontology#ceoOf"]  # basedIn (0.4) is left out
    finally:
        p.terminate()
        p.wait(timeout=30)
