"""The ontology file and the strict namespace agree, and every term is documented."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, Graph

from kg.namespace import KG, KG_IRI
from kg.ontology import core_ontology_path, load_schema

TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def core() -> Graph:
    return Graph().parse(core_ontology_path(), format="turtle")


def test_namespace_lists_exactly_the_ontology_terms():
    g = core()
    declared = {str(s)[len(KG_IRI):] for t in TERM_TYPES for s in g.subjects(RDF.type, t) if str(s).startswith(KG_IRI)}
    assert declared == set(KG.__annotations__)


def test_strict_namespace_rejects_typos():
    import pytest

    with pytest.raises(AttributeError):
        KG.ceOf  # noqa: B018


def test_every_term_has_label_and_comment():
    g = core()
    for t in TERM_TYPES:
        for s in g.subjects(RDF.type, t):
            assert g.value(s, RDFS.label) is not None, s
            assert g.value(s, RDFS.comment) is not None, s


def test_versioned():
    g = core()
    assert list(g.subjects(RDF.type, OWL.Ontology))
    assert g.value(next(g.subjects(RDF.type, OWL.Ontology)), OWL.versionInfo) is not None


def test_contract_names():
    s = load_schema()
    for name in ["Organization", "Person", "Product", "AIModel", "Place", "Event", "MonetaryAmount", "Investment"]:
        s.class_named(name)
    assert s.is_a(str(KG.AIModel), str(KG.Product))
    for name in ["develops", "developedBy", "owns", "ownedBy", "subsidiaryOf", "worksFor", "ceoOf", "hasCEO",
                 "founderOf", "foundedBy", "acquired", "basedIn", "headquarteredIn", "locatedIn", "livesIn", "investsIn"]:
        s.property_named(name)
    assert str(KG.worksFor) in s.super_properties(str(KG.ceoOf))
    assert str(KG.basedIn) in s.super_properties(str(KG.headquarteredIn))
    assert s.property_named("locatedIn").transitive
    assert s.property_named("develops").inverse == str(KG.developedBy)


def test_packaged_copy_is_the_same_file():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    assert core_ontology_path().read_bytes() == (root / "ontology" / "kg.ttl").read_bytes()
