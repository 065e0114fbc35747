"""The fast write paths: triples made as N-Triples terms (kg.graph.document_triples) for streamed .nt files and
stores, stores written without SPARQL for new documents, and the linker's incremental index. Each is checked
against the plain rdflib way of doing the same thing."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
import time
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import Graph, Literal, URIRef

from kg.documents import Document
from kg.extract.model import Evidence, Mention, Money
from kg.graph import KnowledgeGraph
from kg.iris import IriMinter, slug
from kg.mapping import document_triples
from kg.ntriples import nt_literal, nt_literal_text, nt_term, ntriples_text
from kg.writer import GraphWriter
from kg.namespace import KG
from kg.ontology import load_schema
from kg.resolve import DocumentGraph, Entity, Fact, Investment
from kg.store import OxigraphStore, Store
from kg.store.updates import sparql_term as _term

pytestmark = pytest.mark.model

SCHEMA = load_schema()
ORG, PERSON, PLACE, PRODUCT = (str(KG.Organization), str(KG.Person), str(KG.Place), str(KG.Product))
NASTY = ['Zoë "Z" O\'Brien\\', "<img src=x onerror=alert(1)>", "北京 Tech", "Line\nBreak Corp", "Tab\tCo",
         "Carriage\rReturn", "%41 & #frag ?q", "back\\slash \\n not a newline", "   "]


def evidence(doc_id: str, start: int = 0, confidence: float = 0.9, rule: str = "test") -> Evidence:
    return Evidence(doc_id, f'A "sentence"\nwith a line break \\ and {rule}', start, start + 40, rule, confidence)


def document(doc_id: str = "d/1 ?x#", source: str = "src") -> DocumentGraph:
    dg = DocumentGraph(Document(doc_id, f"text of {doc_id}", source))
    entities = [
        ("Acme Corp", ORG, ["Acme", "Acme Corp"]),          # an alias equal to the label is not an altLabel
        ("Acme Corp.", ORG, ["ACME"]),                     # same IRI as 'Acme Corp': a second name is an altLabel
        ("Jane Roe", PERSON, ["Roe"]),
        ("Apple", ORG, []), ("Apple", PRODUCT, []),        # one name, incompatible classes: two IRIs
        ("Oslo", PLACE, []),
    ] + [(n, [ORG, PERSON][i % 2], [n + " alias"]) for i, n in enumerate(NASTY)]
    for i, (name, cls, aliases) in enumerate(entities):
        dg.entities.append(Entity(i, name, cls, aliases, [Mention(i, name, 0, 1, 0)]))
    dg.facts += [Fact(2, str(KG.ceoOf), 0, evidence(doc_id, 10)),
                 Fact(2, str(KG.ceoOf), 1, evidence(doc_id, 10)),           # the same fact again: one triple
                 Fact(2, str(KG.worksFor), 0, evidence(doc_id, 99, 1.0, "verb")),
                 Fact(0, str(KG.basedIn), 5, evidence(doc_id, 120, 0.3, "prep")),
                 Fact(3, str(KG.basedIn), 5, evidence(doc_id, 7, 1, "int-confidence"))]
    usd = Money(Decimal("53000000000"), "USD", "53 billion U.S. dollars", "about")
    dg.investments += [
        Investment(0, Money(Decimal("380000000000"), "CNY", "380 billion yuan", "more than", usd), evidence(doc_id, 200),
                   "AI infrastructure", 4, "over the next three years"),
        Investment(1, Money(Decimal("12.50"), "EUR", "12.5 million euros"), evidence(doc_id, 300), "", None, ""),
    ]
    return dg


def rdflib_triples(dg: DocumentGraph, minter: IriMinter) -> set[tuple[str, str, str]]:
    kg = KnowledgeGraph(Graph(), schema=SCHEMA, minter=minter)
    kg.add_document(dg)
    return {(nt_term(s), nt_term(p), nt_term(o)) for s, p, o in kg.graph}


@pytest.mark.parametrize("source", ["src", ""])
def test_document_triples_are_what_add_document_adds(source):
    dg = document(source=source)
    fast, slow = IriMinter(schema=SCHEMA), IriMinter(schema=SCHEMA)
    triples = document_triples(dg, fast)
    assert len(triples) == len(set(triples))
    assert set(triples) == rdflib_triples(dg, slow)
    assert fast.classes == slow.classes
    # and a second document with the same minter: IRIs and class suffixes carry over the same way
    dg2 = document("d2")
    assert set(document_triples(dg2, fast)) == rdflib_triples(dg2, slow)


def test_a_fact_between_two_names_of_one_entity_is_no_triple():
    # 'Acme Corp' and 'Acme Corp.' are one IRI: 'Acme Corp. owns Acme Corp' is nothing the text says
    minter = IriMinter(schema=SCHEMA)
    dg = document("self")
    dg.facts.append(Fact(1, str(KG.owns), 0, evidence("self", 400)))
    acme = nt_term(minter.entity("Acme Corp", ORG))
    triples = document_triples(dg, minter)
    assert not any(s == o == acme for s, _, o in triples), triples
    assert (acme, nt_term(URIRef(KG.owns)), acme) not in rdflib_triples(dg, IriMinter(schema=SCHEMA))


def test_nt_terms_are_rdflib_terms():
    for text in NASTY + ["", "plain", '"', "\\", "\n\r"]:
        # rdflib reads it as the literal (kg's N-Triples are pyoxigraph's: a tab is written \t, where rdflib's
        # serializer writes it as it is)
        assert Graph().parse(data=f"<urn:s> <urn:p> {nt_literal(text)} .", format="nt").value(URIRef("urn:s"), URIRef("urn:p")) \
            == Literal(text)
        assert _term(nt_literal(text)) == nt_literal(text)  # a plain str is a term in N-Triples syntax already
        assert nt_literal_text(nt_literal(text)) == text
    assert nt_term(URIRef("urn:x")) == "<urn:x>"
    with pytest.raises(TypeError):
        _term(3)


def test_streamed_ntriples_file_is_the_rdflib_graph(tmp_path):
    out = tmp_path / "g.nt"
    with GraphWriter(out, schema=SCHEMA) as writer:
        writer.add_document(document("a"))
        writer.add_document(document("b"))
    expected = KnowledgeGraph(Graph(), schema=SCHEMA)
    for doc_id in ("a", "b"):  # each document's triples are made as in a graph of their own
        one = KnowledgeGraph(Graph(), schema=SCHEMA, minter=expected.iris)
        one.add_document(document(doc_id))
        for t in one.graph:
            expected.graph.add(t)
    got = Graph().parse(out, format="nt")
    assert set(got) == set(expected.graph)
    assert writer.triples == sum(1 for line in out.read_text(encoding="utf-8").splitlines() if line)


def quads(store: Store) -> set:
    return {(str(r["g"]), r["s"], r["p"], r["o"]) for r in store.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")} | \
        {("", r["s"], r["p"], r["o"]) for r in store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")}


def test_new_documents_are_loaded_changed_ones_updated(monkeypatch):
    minter = IriMinter(schema=SCHEMA)
    a, b = document_triples(document("a"), minter), document_triples(document("b"), minter)
    b2 = document_triples(DocumentGraph(Document("b", "changed", "src")), minter)
    doc_a, doc_b = str(minter.document("a")), str(minter.document("b"))
    fast, slow = OxigraphStore(None), OxigraphStore(None)
    calls = []
    monkeypatch.setattr(OxigraphStore, "update", lambda self, sparql, f=OxigraphStore.update: (calls.append("update"), f(self, sparql)))
    monkeypatch.setattr(OxigraphStore, "load", lambda self, data, f=OxigraphStore.load: (calls.append("load"), f(self, data)))
    fast.put_ntriples(doc_a, a)
    fast.put_ntriples(doc_b, b)
    assert calls == ["load", "load"]  # new documents: no SPARQL
    for doc, triples in ((doc_a, a), (doc_b, b)):
        slow.put_document(doc, Graph().parse(data=ntriples_text(triples), format="nt"))
    assert quads(fast) == quads(slow) and len(quads(fast)) > 2 * len(a)
    fast.put_ntriples(doc_b, b2)  # a stored document: replaced by one SPARQL update
    assert calls[-1] == "update"
    slow.put_document(doc_b, Graph().parse(data=ntriples_text(b2), format="nt"))
    assert quads(fast) == quads(slow)
    Store.put_ntriples(fast, doc_a, a)  # the generic way (rdflib terms, put_document) gives the same
    assert quads(fast) == quads(slow)
    fast.remove_document(doc_a)
    slow.remove_document(doc_a)
    fast.put_ntriples(doc_a, a)  # removed, then new again: loaded
    assert calls[-1] == "load"
    slow.put_document(doc_a, Graph().parse(data=ntriples_text(a), format="nt"))
    assert quads(fast) == quads(slow)


def test_linker_index_is_kept_as_documents_come():
    from test_link import build, dg

    fuzz = pytest.importorskip("rapidfuzz.fuzz")
    process = pytest.importorskip("rapidfuzz.process")
    from kg.link import FUZZY_THRESHOLD, Linker
    from kg.resolve import normalize
    from kg.ingest import seeded_minter

    store = OxigraphStore(None)
    build(store, dg("a", [("Norvale Group", ORG, ["Norvale"]), ("Mistral Artificial Intelligence", ORG, []),
                          ("Apple", ORG, []), ("Apple", PRODUCT, [])]))
    minter = seeded_minter(store, "https://w3id.org/kg/id/", SCHEMA)
    linker = Linker(store, minter, SCHEMA)
    for doc_id, entities in (("b", [("Norvale", ORG, []), ("Mistral Artifical Intelligence", ORG, [])]),
                             ("c", [("Vessen Labs", ORG, ["Vessen"]), ("Tarnby", PLACE, ["Tarnby Town"])])):
        g = dg(doc_id, entities)
        doc = minter.document(doc_id)
        triples = document_triples(g, linker.minter_for(g, doc))
        linker.record(triples, g, doc)
        store.put_ntriples(str(doc), triples)
    classes = {c for _, c in linker.canonical.values()}
    assert {ORG, PRODUCT, PLACE} <= classes
    for cls in classes:  # what the fuzzy rule used to build for every name, from canonical
        same = {n: iri for iri, (n, c) in linker.canonical.items() if c == cls}
        assert list(linker._same[cls].items()) == list(same.items())
        fuzzy = sorted((order, name, key) for names, keys, orders in linker._fuzzy[cls].values()
                       for name, key, order in zip(names, keys, orders))
        assert fuzzy == [(k, n, normalize(n)) for k, n in enumerate(same)]
        for n in same:  # the bucketed search finds what rapidfuzz finds over all the names
            choices = {m: normalize(m) for m in same}
            expected = [m for _, _, m in process.extract(normalize(n), choices, scorer=fuzz.ratio, limit=2,
                                                          score_cutoff=FUZZY_THRESHOLD)]
            assert linker._closest(normalize(n), cls) == expected
    # and a linker reading the finished store has the same index
    again = Linker(store, seeded_minter(store, "https://w3id.org/kg/id/", SCHEMA), SCHEMA)
    assert again.canonical.keys() == linker.canonical.keys() and again.names.keys() == linker.names.keys()
    store.close()


def test_slug_fast_path_and_cache():
    def reference(name: str) -> str:  # slug without the ASCII shortcut and the cache
        import hashlib
        import re

        folded = unicodedata.normalize("NFKD", name)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
        folded = re.sub(r"['’]s\b", "", folded.casefold())
        text = "-".join(w for w in re.split(r"[^\w]+", folded) if w)
        text = quote(text, safe="-_")
        return text or "x" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]

    for name in NASTY + ["Zoë", "Ünïcödé GmbH", "Acme's", "A/B", "", "!!!", "ﬁnance", "Ⅻ Corp", "Eddie Wu"] * 2:
        assert slug(name) == reference(name), name


def test_parent_processes_do_not_import_spacy():
    code = ("import sys, kg.builder, kg.parallel, kg.store, kg.ingest, kg.link, kg.cli; "
            "sys.exit(1 if 'spacy' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parent.parent).returncode == 0


def test_native_rows_are_the_select_rows():
    from test_link import build, dg

    from kg.ingest import seeded_minter

    store = OxigraphStore(None)
    build(store, dg("a", [("Norvale Group", ORG, ["Norvale"]), ("Apple", ORG, []), ("Apple", PRODUCT, [])]),
          dg("b", [("Norvale", ORG, []), ("Tarnby", PLACE, ['Tarnby "Town"\n'])]))
    queries = [
        ("SELECT ?e ?c ?name ?main WHERE { ?e kg:mentionedIn ?d ; a ?c . { ?e rdfs:label ?name BIND(true AS ?main) } "
         "UNION { ?e skos:altLabel ?name BIND(false AS ?main) } }", ("e", "c", "name", "main")),
        ("SELECT ?d ?h WHERE { GRAPH ?d { ?d a kg:Document ; kg:contentHash ?h } }", ("d", "h")),
        ("SELECT ?s ?o WHERE { ?s kg:mergedInto ?x OPTIONAL { ?s kg:nothing ?o } }", ("s", "o")),
    ]
    for sparql, names in queries:
        rows = store.rows(sparql, *names)
        assert rows and rows == Store.rows(store, sparql, *names)  # same rows, same order, as through rdflib
    # the pairs that seed the minter: the first class of each entity as with one row per mentioning document
    old = store.rows("SELECT ?e ?c WHERE { ?e a ?c ; kg:mentionedIn ?d . } ORDER BY ?e ?c", "e", "c")
    first: dict[str, str] = {}
    for e, c in old:
        first.setdefault(e, c)
    assert list(dict.fromkeys(old)) == list(store.entity_classes("https://w3id.org/kg/id/"))
    minter = seeded_minter(store, "https://w3id.org/kg/id/", SCHEMA)
    assert {f"https://w3id.org/kg/id/entity/{k}": c for k, c in minter.classes.items()} == first
    store.close()


def test_store_writes_from_a_thread_keep_the_serial_outcome(monkeypatch):
    from test_link import FakeBuilder, dg

    from kg.builder import BuildReport
    from kg.ingest import write_documents

    def run(store, graphs, documents, builder=None):
        report = BuildReport()
        write_documents(builder or FakeBuilder({g.document.id: g for g in graphs}), documents, store,
                        base="https://w3id.org/kg/id/", report=report)
        return report

    a, b = dg("a", [("Norvale Group", ORG, [])]), dg("b", [("Vessen", PLACE, [])])
    store = OxigraphStore(None)
    # the same document twice in one build: the second copy is unchanged by then, so skipped
    report = run(store, [a, b], [a.document, b.document, a.document])
    assert (report.documents, report.skipped, report.failures) == (2, 1, [])

    class Failing(FakeBuilder):  # extraction fails after two documents: those two are stored, whole
        def document_graphs(self, documents):
            for n, g in enumerate(super().document_graphs(documents)):
                if n == 2:
                    raise RuntimeError("worker died")
                yield g

    c, d, e = (dg(x, [(f"Entity {x.upper()}", ORG, [])]) for x in "cde")
    other = OxigraphStore(None)
    with pytest.raises(RuntimeError, match="worker died"):
        run(other, [], [c.document, d.document, e.document], Failing({g.document.id: g for g in (c, d, e)}))
    assert set(other.hashes()) == {"https://w3id.org/kg/id/doc/c", "https://w3id.org/kg/id/doc/d"}

    # a write that fails is reported and the build goes on; an unexpected error in the writer is raised
    real = OxigraphStore.put_ntriples

    def flaky(self, doc, triples):
        if doc.endswith("/d"):
            from kg.errors import StoreError

            raise StoreError("disk full")
        return real(self, doc, triples)

    monkeypatch.setattr(OxigraphStore, "put_ntriples", flaky)
    third = OxigraphStore(None)
    report = run(third, [c, d, e], [c.document, d.document, e.document])
    assert report.documents == 2 and report.failures == ["d: not stored: disk full"]
    monkeypatch.setattr(OxigraphStore, "put_ntriples", lambda self, doc, triples: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        run(OxigraphStore(None), [c, d, e], [c.document, d.document, e.document])
    for s in (store, other, third):
        s.close()


@pytest.mark.slow
def test_groups_of_documents_on_disk_give_the_serial_store(tmp_path, monkeypatch):
    """An on-disk store takes a build's new documents in groups, each one ingestion; the store is the serial one,
    a changed document seen twice in a run ends as its second version, and a group waits at most max_wait."""
    from test_link import FakeBuilder, dg

    from kg.builder import BuildReport
    from kg.ingest import StoreWriter
    from kg.ingest import write_documents
    from kg.store import open_store

    class ByContent(FakeBuilder):  # the same document id twice, with other text
        def document_graphs(self, documents):
            for d in documents:
                yield self.graphs[(d.id, d.content_hash)]

    a, b, c = dg("a", [("Norvale Group", ORG, [])]), dg("b", [("Vessen", PLACE, [])]), dg("c", [("Tarnby", PLACE, [])])
    a2 = dg("a", [("Norvale Group", ORG, []), ("Lisk Labs", ORG, [])])
    order = [a, b, a2, c]

    def run(store):
        report = BuildReport()
        write_documents(ByContent({(g.document.id, g.document.content_hash): g for g in order}),
                        [g.document for g in order], store, base="https://w3id.org/kg/id/", report=report)
        return report

    ingested = []
    real_bulk = OxigraphStore.bulk
    monkeypatch.setattr(OxigraphStore, "bulk", lambda self, nquads: (ingested.append(nquads), real_bulk(self, nquads))[1])
    monkeypatch.setattr(OxigraphStore, "bulk_min_triples", 1)  # small test documents: by ingestion all the same
    disk, serial = open_store(tmp_path / "store", create=True), OxigraphStore(None)
    assert run(disk).documents == run(serial).documents == 4
    quads = "SELECT ?g ?s ?p ?o WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }"
    assert sorted(disk.rows(quads, "g", "s", "p", "o"), key=str) == sorted(serial.rows(quads, "g", "s", "p", "o"), key=str)
    assert disk.query("ASK { ?e rdfs:label 'Lisk Labs' }").answer is True
    # [a, b] went in together; then a's second version replaced the first (an update), and c was ingested
    assert len(ingested) == 2 and "/doc/b>" in ingested[0] and "/doc/c>" in ingested[1]

    monkeypatch.setattr(StoreWriter, "max_wait", 0.2)  # a slow feed: the group is written without waiting for more
    report = BuildReport()
    writer = StoreWriter(disk, report)
    writer.put("urn:ex:doc/d", [("<urn:ex:doc/d>", "<urn:ex:p>", '"x"')], "d", 0)
    deadline = time.monotonic() + 10
    while report.documents == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert report.documents == 1 and "urn:ex:doc/d" in {g for (g,) in disk.rows("SELECT ?g WHERE { GRAPH ?g {} }", "g")}
    writer.close()
    disk.close()
