"""Acceptance on the seed article: gold scores and the SPARQL questions users ask."""

from __future__ import annotations

from decimal import Decimal

from conftest import SEED_GOLD, needs_shared


def test_seed_gold_scores(builder):
    needs_shared()
    from kg.evaluate import evaluate

    report = evaluate(SEED_GOLD, builder=builder)
    assert report.facts.tp == 7 and report.facts.fn == 0, report.documents[0].missed
    assert report.facts.fp == 0, report.documents[0].wrong
    assert report.entities.f1 >= 0.9
    assert report.investments.tp == 1


def labels(result):
    return sorted(str(v) for row in result for v in row)


def test_who_is_ceo(seed_graph):
    r = seed_graph.query('SELECT ?name WHERE { ?p kg:ceoOf ?o . ?o rdfs:label "Alibaba Group" . ?p rdfs:label ?name }')
    assert labels(r) == ["Eddie Wu"]


def test_which_ai_model(seed_graph):
    r = seed_graph.query('SELECT ?name WHERE { ?o rdfs:label "Alibaba Group" ; kg:develops ?m . ?m a kg:AIModel ; rdfs:label ?name }')
    assert labels(r) == ["Qwen"]


def test_what_it_owns(seed_graph):
    r = seed_graph.query('SELECT ?name WHERE { ?o rdfs:label "Alibaba Group" ; kg:owns ?x . ?x rdfs:label ?name }')
    assert {"Taobao", "Amap"} <= set(labels(r))


def test_xixi_park_up_to_china(seed_graph):
    r = seed_graph.query('SELECT ?name WHERE { ?x rdfs:label "Xixi Park" ; kg:locatedIn+ ?p . ?p rdfs:label ?name }')
    assert labels(r) == ["China", "Hangzhou", "Zhejiang Province"]


def test_investment_number_and_currency(seed_graph):
    r = seed_graph.query("""
        SELECT ?value ?currency ?usd WHERE {
          ?i a kg:Investment ; kg:investor/rdfs:label "Alibaba Group" ; kg:amount ?a .
          ?a kg:value ?value ; kg:currency ?currency .
          OPTIONAL { ?a kg:equivalentAmount [ kg:currency "USD" ; kg:value ?usd ] }
        }""")
    [(value, currency, usd)] = r.rows
    assert value.toPython() == Decimal("380000000000")
    assert str(currency) == "CNY"
    assert usd.toPython() == Decimal("53000000000")


def test_sentence_behind_ceo_fact(seed_graph):
    r = seed_graph.query("""
        SELECT ?sentence ?rule ?start ?end WHERE {
          ?ev rdf:subject ?p ; rdf:predicate kg:ceoOf ; rdf:object ?o ;
              kg:sentence ?sentence ; kg:rule ?rule ; kg:start ?start ; kg:end ?end .
          ?p rdfs:label "Eddie Wu" . ?o rdfs:label "Alibaba Group" .
        }""")
    [(sentence, rule, start, end)] = r.rows
    assert "Eddie Wu, Alibaba Group's CEO" in str(sentence)
    from conftest import SEED

    assert SEED.read_text(encoding="utf-8")[int(start):int(end)] == str(sentence)
