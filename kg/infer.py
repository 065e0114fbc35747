"""Inference: materialise what the ontology entails, with SPARQL Update evaluated by Oxigraph.

The entailments are the RDFS and OWL RL rules the kg ontology uses, read from the ontology (core
plus extensions), so an extension's terms are covered with no code change:

- ``rdfs:subClassOf``: an AIModel is a Product (and an Entity);
- ``rdfs:subPropertyOf``: ceoOf implies worksFor, headquarteredIn implies basedIn;
- ``owl:inverseOf``: develops / developedBy, owns / ownedBy, ...;
- ``owl:SymmetricProperty`` and ``owl:TransitiveProperty``: partnersWith (an extension), locatedIn;
- ``owl:propertyChainAxiom``: livesIn then locatedIn implies livesIn;
- ``rdfs:domain`` / ``rdfs:range`` of object properties: the arguments' classes.

Rules are applied as a few bulk ``INSERT ... WHERE`` updates, repeated to a fixpoint, which is much
faster than a generic forward chainer (owlrl) on large graphs: see ``benchmarks/infer.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TypeGuard

from rdflib import OWL, RDF, RDFS, BNode, Graph, URIRef
from rdflib.collection import Collection

from .ontology import load_ontology_graph
from .oxgraph import new_graph, ox_store


def _closure(pairs: set[tuple[URIRef, URIRef]]) -> set[tuple[URIRef, URIRef]]:
    out = set(pairs)
    while True:
        new = {(a, d) for a, b in out for c, d in out if b == c and a != d} - out
        if not new:
            return out
        out |= new


def _is_iri(term: object) -> TypeGuard[URIRef]:
    return isinstance(term, URIRef)


def _values(pairs: Iterable[tuple[URIRef, URIRef]]) -> str:
    return " ".join(f"(<{a}> <{b}>)" for a, b in sorted(pairs))


def entailment_updates(onto: Graph) -> list[str]:
    """The SPARQL updates that materialise the ontology's entailments (one application each)."""
    iri = _is_iri
    subclass = _closure({(a, b) for a, b in onto.subject_objects(RDFS.subClassOf) if iri(a) and iri(b)})
    subprop = _closure({(a, b) for a, b in onto.subject_objects(RDFS.subPropertyOf) if iri(a) and iri(b)})
    inverse = {(a, b) for a, b in onto.subject_objects(OWL.inverseOf) if iri(a) and iri(b)}
    inverse |= {(b, a) for a, b in inverse}
    object_props = {p for p in onto.subjects(RDF.type, OWL.ObjectProperty) if iri(p)}
    domains = {(p, c) for p, c in onto.subject_objects(RDFS.domain) if iri(p) and p in object_props and iri(c)}
    ranges = {(p, c) for p, c in onto.subject_objects(RDFS.range) if iri(p) and p in object_props and iri(c)}
    updates = []
    if subclass:
        updates.append(f"INSERT {{ ?x a ?d }} WHERE {{ VALUES (?c ?d) {{ {_values(subclass)} }} ?x a ?c }}")
    if subprop:
        updates.append(f"INSERT {{ ?s ?q ?o }} WHERE {{ VALUES (?p ?q) {{ {_values(subprop)} }} ?s ?p ?o }}")
    if inverse:
        updates.append(f"INSERT {{ ?o ?q ?s }} WHERE {{ VALUES (?p ?q) {{ {_values(inverse)} }} ?s ?p ?o }}")
    if domains:
        updates.append(f"INSERT {{ ?s a ?c }} WHERE {{ VALUES (?p ?c) {{ {_values(domains)} }} ?s ?p ?o }}")
    if ranges:
        updates.append(f"INSERT {{ ?o a ?c }} WHERE {{ VALUES (?p ?c) {{ {_values(ranges)} }} ?s ?p ?o }}")
    for p in sorted(x for x in onto.subjects(RDF.type, OWL.SymmetricProperty) if iri(x)):
        updates.append(f"INSERT {{ ?o <{p}> ?s }} WHERE {{ ?s <{p}> ?o }}")
    for p in sorted(x for x in onto.subjects(RDF.type, OWL.TransitiveProperty) if iri(x)):
        updates.append(f"INSERT {{ ?a <{p}> ?b }} WHERE {{ ?a <{p}>+ ?b FILTER(?a != ?b) }}")
    for chained, head in sorted(onto.subject_objects(OWL.propertyChainAxiom)):
        if not iri(chained) or not isinstance(head, (BNode, URIRef)):
            continue
        links = [x for x in Collection(onto, head) if iri(x)]
        if len(links) < 2:
            continue
        path = " ".join(f"?v{i} <{link}> ?v{i + 1} ." for i, link in enumerate(links))
        updates.append(f"INSERT {{ ?v0 <{chained}> ?v{len(links)} }} WHERE {{ {path} FILTER(?v0 != ?v{len(links)}) }}")
    return updates


def materialize(graph: Graph, ontology: Iterable[str | Path] = (), max_rounds: int = 10) -> int:
    """Add the entailed triples to ``graph`` in place (an Oxigraph-backed rdflib Graph); returns how many."""
    updates = entailment_updates(load_ontology_graph(ontology))
    store = ox_store(graph)
    run = store.update if store is not None else graph.update
    start = len(graph)
    for _ in range(max_rounds):
        before = len(graph)
        for u in updates:
            run(u)
        if len(graph) == before:
            break
    return len(graph) - start


def inferred_copy(graph: Graph, ontology: Iterable[str | Path] = ()) -> Graph:
    """A new Oxigraph-backed graph holding ``graph`` plus everything the ontology entails."""
    out = new_graph()
    for t in graph:
        out.add(t)
    materialize(out, ontology)
    return out
