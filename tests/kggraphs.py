"""Small kg graphs built in code, for tests that do not need the spaCy model."""

from __future__ import annotations

from decimal import Decimal

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef

from kg.graph import KnowledgeGraph
from kg.namespace import KG

BASE = "https://w3id.org/kg/id/"


def ent(key: str) -> URIRef:
    return URIRef(f"{BASE}entity/{key}")


def make_graph(entities: dict[str, tuple[URIRef, list[str]]], facts: list[tuple[str, URIRef, str, str]],
               investments: list[dict] = (), *, doc_label: str = "test", rule: str = "test",
               confidence: str = "0.9") -> KnowledgeGraph:
    """entities: key -> (class, names); facts: (subject key, property, object key, sentence).

    Fact n's sentence gets the offsets 10 n to 10 n + its length in the one document.
    """
    kg = KnowledgeGraph()
    g = kg.graph
    doc = URIRef(f"{BASE}doc/{doc_label}")
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, RDFS.label, Literal(doc_label)))
    for key, (cls, names) in entities.items():
        e = ent(key)
        g.add((e, RDF.type, cls))
        g.add((e, RDFS.label, Literal(names[0])))
        for alias in names[1:]:
            g.add((e, SKOS.altLabel, Literal(alias)))
        g.add((e, KG.mentionedIn, doc))
    for n, (s, p, o, sentence) in enumerate(facts):
        g.add((ent(s), p, ent(o)))
        ev = URIRef(f"{BASE}evidence/{n}")
        for t in ((RDF.type, KG.Evidence), (RDF.subject, ent(s)), (RDF.predicate, p), (RDF.object, ent(o)),
                  (KG.sentence, Literal(sentence)), (KG.rule, Literal(rule)), (KG.document, doc),
                  (KG.start, Literal(10 * n)), (KG.end, Literal(10 * n + len(sentence))),
                  (KG.confidence, Literal(Decimal(confidence), datatype=XSD.decimal))):
            g.add((ev, *t))
    for n, inv in enumerate(investments):
        node = URIRef(f"{BASE}investment/{n}")
        amount = URIRef(f"{node}/amount")
        g.add((node, RDF.type, KG.Investment))
        g.add((node, RDFS.label, Literal(f"investment {n}")))
        g.add((node, KG.investor, ent(inv["investor"])))
        g.add((node, KG.amount, amount))
        g.add((amount, RDF.type, KG.MonetaryAmount))
        g.add((amount, KG.value, Literal(inv["value"], datatype=XSD.decimal)))
        g.add((amount, KG.currency, Literal(inv["currency"])))
        if inv.get("target"):
            g.add((node, KG.target, ent(inv["target"])))
        if inv.get("target_text"):
            g.add((node, KG.targetText, Literal(inv["target_text"])))
        ev = URIRef(f"{BASE}evidence/inv{n}")
        for t in ((RDF.type, KG.Evidence), (RDF.subject, node), (RDF.predicate, KG.investor),
                  (RDF.object, ent(inv["investor"])), (KG.sentence, Literal(inv["sentence"])), (KG.document, doc)):
            g.add((ev, *t))
        g.add((node, KG.evidence, ev))
    return kg
