"""Messages a newcomer meets: each says what failed, why and how to fix it, in one line."""

from __future__ import annotations

import socket

import pytest

from kgcli import run_kg

TTL = """@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<http://x/ada> a kg:Person ; rdfs:label "Ada Brook" ; kg:ceoOf <http://x/corvo> .
<http://x/corvo> a kg:Organization ; rdfs:label "Corvo Ltd" .
"""


@pytest.fixture
def graph(tmp_path):
    g = tmp_path / "g.ttl"
    g.write_text(TTL, encoding="utf-8")
    return str(g)


def test_unknown_prefix_is_named_with_the_known_ones(graph):
    r = run_kg("query", graph, "SELECT ?s WHERE { ?s zz:knows ?o }")
    assert r.code == 1
    assert r.err == ("kg: error: unknown prefix 'zz:'; known: kg, rdf, rdfs, owl, xsd, skos, schema, prov; "
                     "declare others with a PREFIX line, e.g. PREFIX zz: <http://example.org/>\n")


def test_declared_prefix_is_not_unknown(graph):
    r = run_kg("query", graph, "PREFIX zz: <https://w3id.org/kg/ontology#> SELECT ?s WHERE { ?s zz:ceoOf ?o }")
    assert r.code == 0, r.err
    assert "http://x/ada" in r.out


@pytest.mark.parametrize("term,suggestion", [("ceoof", "ceoOf"), ("Persn", "Person")])
def test_misspelled_ontology_term_is_warned_about(graph, term, suggestion):
    r = run_kg("query", graph, f"SELECT ?s WHERE {{ ?s kg:{term} ?o }}" if term[0].islower()
               else f"SELECT ?s WHERE {{ ?s a kg:{term} }}")
    assert r.code == 0
    assert r.out.endswith("(0 rows)\n")
    assert r.err == f"kg: warning: kg:{term} is not in the ontology; did you mean kg:{suggestion}?\n"


def test_ontology_terms_give_no_warning(graph):
    r = run_kg("query", graph, "SELECT ?s WHERE { ?s a kg:Person ; kg:ceoOf ?o }")
    assert (r.code, r.err) == (0, "")


def test_extension_terms_are_in_the_ontology(graph, tmp_path):
    ext = tmp_path / "ext.ttl"
    ext.write_text("@prefix kg: <https://w3id.org/kg/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                   "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                   "kg:Startup a owl:Class ; rdfs:subClassOf kg:Organization .\n", encoding="utf-8")
    assert run_kg("query", graph, "SELECT ?s WHERE { ?s a kg:Startup }").err.startswith("kg: warning: kg:Startup")
    assert run_kg("query", graph, "SELECT ?s WHERE { ?s a kg:Startup }", "--ontology", str(ext)).err == ""


@pytest.mark.parametrize("update", ['INSERT DATA { <http://x/a> <http://x/b> "c" }', "DELETE WHERE { ?s ?p ?o }",
                                    "PREFIX ex: <http://x/> CLEAR ALL"])
def test_updates_are_refused_as_read_only(graph, update):
    r = run_kg("query", graph, update)
    assert r.code == 1
    assert r.err.startswith("kg: error: kg query is read-only (")
    assert "to change a graph, re-build it ('kg build ... -o graph.ttl')" in r.err
    assert r.err.count("\n") == 1


def test_query_on_a_text_file_gives_a_hint_that_works(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Dana Lee is the CEO of Corvo Ltd.\n", encoding="utf-8")
    r = run_kg("query", str(article), "ASK {}")
    assert r.code == 1
    assert r.err == (f"kg: error: '{article}' is text, not a graph; build a graph from it first: "
                     f"kg build {article} -o graph.ttl, then use graph.ttl\n")
    assert "--format" not in r.err


def test_graph_with_unknown_suffix_names_the_suffixes(tmp_path):
    g = tmp_path / "g.data"
    g.write_text(TTL, encoding="utf-8")
    r = run_kg("render", str(g), "-o", str(tmp_path / "g.html"))
    assert r.code == 1
    assert r.err.startswith(f"kg: error: cannot tell the RDF format of '{g}' from its suffix; give a graph file "
                            "ending in one of .json, .jsonld,")
    assert "--format" not in r.err


def test_serve_on_a_busy_port_is_one_line(graph):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = run_kg("serve", graph, "--port", str(port))
    assert r.code == 1
    assert r.err == f"kg: error: port {port} is in use; choose another with --port\n"


def test_one_document_one_fact_in_the_singular(tmp_path):
    from kg.builder import BuildReport

    assert BuildReport(documents=1, entities=1, facts=1).summary() == "1 document, 1 entity, 1 fact in 0.0 s"
    assert BuildReport(documents=2, entities=0, facts=2).summary() == "2 documents, 0 entities, 2 facts in 0.0 s"
    r = run_kg("render", str(_one_fact(tmp_path)), "-o", str(tmp_path / "g.html"))
    assert r.code == 0, r.err
    assert r.err == f"kg: drew 2 nodes, 1 edge -> {tmp_path / 'g.html'}\n"


def _one_fact(tmp_path):
    g = tmp_path / "one.ttl"
    g.write_text(TTL, encoding="utf-8")
    return g
