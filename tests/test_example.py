"""The bundled example article: written for the project, never used to write rules from names."""

from __future__ import annotations


def names(result):
    return sorted(str(v) for row in result for v in row)


def test_ceo(example_graph):
    r = example_graph.query('SELECT ?n WHERE { ?p kg:ceoOf/rdfs:label "Lumora Systems" ; rdfs:label ?n }')
    assert names(r) == ["Amelie Laurent"]


def test_model_and_products(example_graph):
    assert names(example_graph.query('SELECT ?n WHERE { [] rdfs:label "Lumora Systems" ; kg:develops [ a kg:AIModel ; rdfs:label ?n ] }')) == ["Aster"]
    assert names(example_graph.query('SELECT ?n WHERE { [] rdfs:label "Lumora Systems" ; kg:owns/rdfs:label ?n }')) == ["Parlo"]
    assert names(example_graph.query('SELECT ?n WHERE { [] rdfs:label "Lumora Systems" ; kg:acquired/rdfs:label ?n }')) == ["Veridian Labs"]


def test_founder_and_places(example_graph):
    assert names(example_graph.query('SELECT ?n WHERE { ?p kg:founderOf/rdfs:label "Lumora Systems" ; rdfs:label ?n }')) == ["Julien Moreau"]
    assert "Lyon" in names(example_graph.query('SELECT ?n WHERE { [] rdfs:label "Lumora Systems" ; kg:basedIn/rdfs:label ?n }'))


def test_every_evidence_points_into_its_document(example_graph):
    from conftest import EXAMPLE

    text = EXAMPLE.read_text(encoding="utf-8")
    rows = example_graph.query("SELECT ?s ?a ?b WHERE { ?ev a kg:Evidence ; kg:sentence ?s ; kg:start ?a ; kg:end ?b }").rows
    assert rows
    for sentence, a, b in rows:
        assert text[int(a):int(b)] == str(sentence)
