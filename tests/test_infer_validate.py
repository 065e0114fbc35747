"""Inference (kg query --infer) and SHACL validation (kg validate, kg build --validate)."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from kg.graph import KnowledgeGraph, new_graph
from kg.infer import materialize
from kg.namespace import KG
from kg.validate import validate_graph

from kgcli import run_kg

E = "https://w3id.org/kg/id/entity/"


def small_graph():
    g = new_graph()
    ent = lambda n: URIRef(E + n)  # noqa: E731
    for name, cls in [("acme", KG.Organization), ("jane", KG.Person), ("bolt", KG.AIModel), ("park", KG.Place),
                      ("city", KG.Place), ("land", KG.Place)]:
        g.add((ent(name), RDF.type, cls))
    g.add((ent("jane"), KG.ceoOf, ent("acme")))
    g.add((ent("acme"), KG.develops, ent("bolt")))
    g.add((ent("park"), KG.locatedIn, ent("city")))
    g.add((ent("city"), KG.locatedIn, ent("land")))
    g.add((ent("acme"), KG.headquarteredIn, ent("city")))
    return g


def rows(g, q):
    return sorted(str(r[0]).rsplit("/", 1)[1] for r in KnowledgeGraph(g).query(q))


def test_materialize_entailments():
    g = small_graph()
    assert rows(g, "SELECT ?p WHERE { ?p kg:worksFor ?o }") == []
    added = materialize(g)
    assert added > 0
    assert rows(g, "SELECT ?p WHERE { ?p kg:worksFor ?o }") == ["jane"]               # sub-property
    assert rows(g, "SELECT ?x WHERE { ?x a kg:Product }") == ["bolt"]                  # sub-class
    assert rows(g, "SELECT ?x WHERE { ?x kg:developedBy ?o }") == ["bolt"]             # inverse
    assert rows(g, f"SELECT ?x WHERE {{ <{E}park> kg:locatedIn ?x }}") == ["city", "land"]  # transitive
    assert rows(g, f"SELECT ?x WHERE {{ <{E}acme> kg:basedIn ?x }}") == ["city", "land"]    # sub-property + chain
    assert materialize(g) == 0  # a fixpoint


def test_query_infer_flag(tmp_path):
    path = tmp_path / "g.ttl"
    KnowledgeGraph(small_graph()).serialize(path)
    q = "SELECT ?p WHERE { ?p kg:worksFor ?o }"
    plain = run_kg("query", str(path), q, "--format", "csv")
    inferred = run_kg("query", str(path), q, "--format", "csv", "--infer")
    assert plain.out.splitlines() == ["p"]
    assert inferred.out.splitlines() == ["p", E + "jane"]


def test_validation_reports_domain_and_range_readably():
    g = new_graph()
    g.add((URIRef(E + "aster"), RDF.type, KG.AIModel))
    g.add((URIRef(E + "aster"), RDFS.label, Literal("Aster")))
    g.add((URIRef(E + "china"), RDF.type, KG.Place))
    g.add((URIRef(E + "aster"), KG.ceoOf, URIRef(E + "china")))
    messages = [str(v) for v in validate_graph(g)]
    assert f"'Aster' <{E}aster> the subject of ceoOf must be a Person" in messages
    assert f"<{E}china> the object of ceoOf must be an Organization" in messages
    assert any("kg:mentionedIn" in m for m in messages)


def test_built_graphs_conform(seed_graph, example_graph):
    assert validate_graph(seed_graph.graph) == []
    assert validate_graph(example_graph.graph) == []


def test_build_validate_writes_nothing_on_violation(tmp_path, monkeypatch, builder):
    from kg.documents import Document
    from kg.errors import ValidationError
    import kg.validate

    out = tmp_path / "g.ttl"
    out.write_text("previous", encoding="utf-8")
    monkeypatch.setattr(kg.validate, "validate_graph", lambda graph, ontology=(): ["a violation"])
    with pytest.raises(ValidationError):
        builder.write([Document("d", "Jane Roe, the CEO of Acme Corp, said so.")], out, validate=True)
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_serve_with_infer_answers_entailments():
    from starlette.testclient import TestClient

    from kg.serve import create_app

    app = create_app(KnowledgeGraph(small_graph()), timeout=10, workers=1, infer=True)
    try:
        with TestClient(app) as client:
            r = client.get("/sparql", params={"query": "SELECT ?p WHERE { ?p kg:worksFor ?o }"},
                           headers={"Accept": "text/csv"})
            assert r.status_code == 200
            assert r.text.split() == ["p", E + "jane"]
    finally:
        app.state.close()
