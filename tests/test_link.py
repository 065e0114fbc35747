"""Cross-document entity resolution (kg.link) on hand-made resolved documents: no spaCy needed."""

from __future__ import annotations

import importlib.util

import pytest

from kg.builder import BuildReport
from kg.documents import Document
from kg.extract.model import Evidence
from kg.ingest import write_documents
from kg.link import initials, merges, strip_legal, unmerge
from kg.namespace import KG
from kg.ontology import load_schema
from kg.resolve import DocumentGraph, Entity, Fact
from kg.store import OxigraphStore, open_store

pytestmark = pytest.mark.model

SCHEMA = load_schema()
ORG, PERSON, PLACE, PRODUCT = (str(KG.Organization), str(KG.Person), str(KG.Place), str(KG.Product))
E = "https://w3id.org/kg/id/entity/"


class FakeBuilder:
    """Stands in for kg.builder.Builder: 'extraction' returns the graphs given."""

    schema = SCHEMA

    def __init__(self, graphs: dict[str, DocumentGraph]):
        self.graphs = graphs

    def document_graphs(self, documents):
        for d in documents:
            yield self.graphs[d.id]


def dg(doc_id: str, entities: list[tuple[str, str, list[str]]], facts=()) -> DocumentGraph:
    document = Document(id=doc_id, text=f"text of {doc_id} {entities}")
    out = DocumentGraph(document=document)
    for n, (name, cls, aliases) in enumerate(entities):
        out.entities.append(Entity(id=n, name=name, cls=cls, aliases=aliases, mentions=[]))
    for s, p, o in facts:
        out.facts.append(Fact(s, p, o, Evidence(doc_id=doc_id, sentence="s", start=0, end=1, rule="test", confidence=0.9)))
    return out


def build(store, *graphs: DocumentGraph, link: bool = True) -> BuildReport:
    report = BuildReport()
    write_documents(FakeBuilder({g.document.id: g for g in graphs}), [g.document for g in graphs], store,
                    base="https://w3id.org/kg/id/", report=report, link=link)
    return report


@pytest.fixture(params=["memory", "virtuoso"])
def store(request):
    """An in-memory Oxigraph store, and Virtuoso, whose de-duplicated union is a named graph of its own."""
    if request.param == "memory":
        s = OxigraphStore(None)
    else:
        server = request.getfixturevalue("virtuoso_server")
        server.clear()
        s = open_store(server.location_url)
    yield s
    s.close()


def entities(store) -> set[str]:
    return {str(r[0]) for r in store.query("SELECT DISTINCT ?e WHERE { ?e kg:mentionedIn ?d }").rows}


def test_helpers():
    assert strip_legal("Acme Holdings, Inc.") == "acme"
    assert strip_legal("Group") == "group"
    assert initials("International Business Machines Corp.") == "IBM"
    assert initials("Apple") == ""


def test_same_name_is_one_node_without_a_merge(store):
    build(store, dg("a", [("Norvale Group", ORG, [])]), dg("b", [("Norvale Group", ORG, [])]))
    assert entities(store) == {E + "norvale-group"}
    assert merges(store) == []


def test_alias_from_an_earlier_document(store):
    build(store, dg("a", [("Norvale Group", ORG, ["Norvale"]), ("Tarnby", PLACE, [])], [(0, str(KG.basedIn), 1)]))
    build(store, dg("b", [("Norvale", ORG, []), ("Vessen", PLACE, [])], [(0, str(KG.basedIn), 1)]))
    assert entities(store) == {E + "norvale-group", E + "tarnby", E + "vessen"}
    (m,) = merges(store)
    assert str(m["name"]) == "Norvale" and str(m["into"]) == E + "norvale-group" and str(m["rule"]) == "alias"
    assert str(m["from"]) == E + "norvale" and str(m["document"]).endswith("/doc/b")
    # the fact of document b is about the merged entity, and the name is an alias, not a second label
    assert store.query(f"ASK {{ <{E}norvale-group> kg:basedIn <{E}vessen> }}").answer
    labels = store.query(f"SELECT ?l WHERE {{ <{E}norvale-group> rdfs:label ?l }}").rows
    assert [str(r[0]) for r in labels] == ["Norvale Group"]


def test_merge_within_one_build_in_document_order(store):
    build(store, dg("a", [("Norvale Group", ORG, ["Norvale"])]), dg("b", [("Norvale", ORG, [])]))
    assert entities(store) == {E + "norvale-group"}


def test_legal_suffix_and_acronym(store):
    build(store, dg("a", [("Acme Corp.", ORG, []), ("International Business Machines", ORG, [])]))
    build(store, dg("b", [("Acme", ORG, []), ("IBM", ORG, [])]))
    assert {(str(m["name"]), str(m["rule"])) for m in merges(store)} == {("Acme", "legal-suffix"), ("IBM", "acronym")}
    assert entities(store) == {E + "acme-corp", E + "international-business-machines"}


def test_acronym_either_way_round(store):
    build(store, dg("a", [("ICMP", ORG, [])]))
    build(store, dg("b", [("International Cable Makers Partnership", ORG, [])]))
    assert [(str(m["name"]), str(m["into"]), str(m["rule"])) for m in merges(store)] == [
        ("International Cable Makers Partnership", E + "icmp", "acronym")]
    assert entities(store) == {E + "icmp"}


def test_fuzzy_spelling(store):
    pytest.importorskip("rapidfuzz")
    build(store, dg("a", [("Mistral Artificial Intelligence", ORG, [])]))
    build(store, dg("b", [("Mistral Artifical Intelligence", ORG, [])]))
    assert [str(m["rule"]) for m in merges(store)] == ["fuzzy"]


def test_incompatible_types_are_not_merged(store):
    build(store, dg("a", [("Apple Inc.", ORG, ["Apple"])]))
    build(store, dg("b", [("Apple", PRODUCT, [])]))
    assert merges(store) == []
    assert E + "apple" in entities(store)


def test_single_word_person_names_are_not_merged(store):
    build(store, dg("a", [("Mara Quist", PERSON, ["Quist"])]))
    build(store, dg("b", [("Quist", PERSON, [])]))
    assert merges(store) == []


def test_ambiguous_names_are_not_merged(store):
    build(store, dg("a", [("Norvale Group", ORG, ["Norvale"])]), dg("c", [("Norvale Pictures", ORG, ["Norvale"])]))
    build(store, dg("b", [("Norvale", ORG, [])]))
    assert merges(store) == []


def test_no_link_option(store):
    build(store, dg("a", [("Norvale Group", ORG, ["Norvale"])]))
    build(store, dg("b", [("Norvale", ORG, [])]), link=False)
    assert merges(store) == [] and E + "norvale" in entities(store)


def test_unmerge_restores_and_sticks(store):
    a = dg("a", [("Norvale Group", ORG, ["Norvale"])])
    b = dg("b", [("Norvale", ORG, []), ("Vessen", PLACE, [])], [(0, str(KG.basedIn), 1)])
    build(store, a, b)
    assert len(merges(store)) == 1  # once: the union graph holding its triples too is no document
    assert len(unmerge(store, "Norvale")) == 1
    assert merges(store) == []
    assert store.query(f"ASK {{ <{E}norvale> kg:basedIn <{E}vessen> ; rdfs:label 'Norvale' ; a kg:Organization }}").answer
    assert not store.query(f"ASK {{ <{E}norvale-group> kg:basedIn ?x }}").answer
    assert store.query(f"ASK {{ <{E}norvale> kg:keptApartFrom <{E}norvale-group> }}").answer
    # a changed document b is built again: the merge is not made again
    b2 = dg("b", [("Norvale", ORG, []), ("Shanghai", PLACE, [])], [(0, str(KG.basedIn), 1)])
    build(store, b2)
    assert merges(store) == []
    assert store.query(f"ASK {{ <{E}norvale> kg:basedIn <{E}shanghai> }}").answer


def test_removing_the_document_removes_its_merge(store):
    build(store, dg("a", [("Norvale Group", ORG, ["Norvale"])]), dg("b", [("Norvale", ORG, [])]))
    store.remove_document(store.find_document("b"))
    assert merges(store) == []
    assert entities(store) == {E + "norvale-group"}
    assert store.query(f"ASK {{ <{E}norvale-group> rdfs:label 'Norvale Group' }}").answer


def quads(store) -> set[tuple[str, ...]]:
    rows = store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    return {tuple(str(t) for t in r) for r in rows}


ORDER_CASES = {
    "legal-suffix": [dg("a", [("Tarsk Holdings Inc.", ORG, []), ("Vessen", PLACE, [])], [(0, str(KG.basedIn), 1)]),
                     dg("b", [("Tarsk", ORG, []), ("Brisk Rail", ORG, [])], [(1, str(KG.owns), 0)])],
    "acronym": [dg("a", [("Orvale Micro Devices Inc.", ORG, []), ("Vessen", PLACE, [])], [(0, str(KG.basedIn), 1)]),
                dg("b", [("OMD", ORG, []), ("Brisk Rail", ORG, [])], [(1, str(KG.owns), 0)])],
    "three names": [dg("a", [("Tarsk", ORG, [])]), dg("b", [("Tarsk Inc.", ORG, [])]),
                    dg("c", [("Tarsk Corp.", ORG, [])])],
    "alias": [dg("a", [("Norvale Group", ORG, ["Norvale"])]), dg("b", [("Norvale", ORG, []), ("Vessen", PLACE, [])],
                                                                  [(0, str(KG.basedIn), 1)])],
    "shared alias": [dg("a", [("Norvale Group", ORG, ["Norvale"])]), dg("b", [("Norvale", ORG, [])]),
                     dg("c", [("Norvale Pictures", ORG, ["Norvale"])])],
    "fuzzy": [dg("a", [("Mistral Artificial Intelligence", ORG, [])]),
              dg("b", [("Mistral Artifical Intelligence", ORG, [])])],
}
#: the merges each case makes (name, into), in any order
ORDER_MERGES = {
    "legal-suffix": [("Tarsk Holdings Inc.", E + "tarsk")],  # the name without its legal form is kept
    "acronym": [("OMD", E + "orvale-micro-devices-inc")],  # the longer name
    "three names": [("Tarsk Corp.", E + "tarsk"), ("Tarsk Inc.", E + "tarsk")],
    "alias": [("Norvale", E + "norvale-group")],
    "shared alias": [],
    "fuzzy": [("Mistral Artifical Intelligence", E + "mistral-artificial-intelligence")],
}


@pytest.mark.parametrize("case", sorted(ORDER_CASES))
def test_one_store_build_makes_the_same_merges_in_any_order(case):
    """Which names of one store build merge, and into which entity, does not depend on the order of its documents:
    the same store content (entities, labels, merge nodes, evidence) whatever the order."""
    import itertools
    graphs = ORDER_CASES[case]
    results = []
    for order in itertools.permutations(graphs):
        with OxigraphStore(None) as s:
            build(s, *order)
            results.append((quads(s), sorted((str(m["name"]), str(m["into"])) for m in merges(s))))
    assert all(r == results[0] for r in results[1:]), [r[1] for r in results]
    if case != "fuzzy" or importlib.util.find_spec("rapidfuzz"):
        assert results[0][1] == ORDER_MERGES[case]


def test_a_later_build_merges_into_what_the_store_has(store):
    # the order rule is for one build: across builds the stored entity keeps its IRI and takes the new name
    build(store, dg("a", [("Tarsk", ORG, [])]))
    build(store, dg("b", [("Tarsk Holdings Inc.", ORG, [])]), dg("c", [("OMD", ORG, [])]))
    build(store, dg("d", [("Orvale Micro Devices Inc.", ORG, [])]))
    assert entities(store) == {E + "tarsk", E + "omd"}
    assert sorted((str(m["name"]), str(m["into"])) for m in merges(store)) == [
        ("Orvale Micro Devices Inc.", E + "omd"), ("Tarsk Holdings Inc.", E + "tarsk")]
