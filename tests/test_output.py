"""Every file kg writes is valid RDF, whatever characters the names contain, and is written atomically."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.documents import Document
from kg.extract.model import Evidence, Mention, Money
from kg.graph import KnowledgeGraph, slug, write_graph
from kg.namespace import KG
from kg.resolve import DocumentGraph, Entity, Fact, Investment

GOLDEN = Path(__file__).parent / "golden"
NASTY = ['Zoë "Z" O\'Brien\\', "<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>", "北京 Tech",
         "Line\nBreak Corp", "Tab\tCo", "%41 & #frag ?q", "   "]


def doc_graph(names: list[str]) -> DocumentGraph:
    text = " ".join(names) + "."
    ev = Evidence("d/1 ?x#", text, 0, len(text), "test", 0.5)
    dg = DocumentGraph(Document("d/1 ?x#", text, "src"))
    classes = [KG.Organization, KG.Person]
    for i, n in enumerate(names):
        dg.entities.append(Entity(i, n, str(classes[i % 2]), [n + " alias"], [Mention(i, n, 0, 1, 0)]))
    for i in range(1, len(names)):
        dg.facts.append(Fact(i, str(KG.worksFor), 0, ev))
    dg.investments.append(Investment(0, Money(__import__("decimal").Decimal("12.5"), "USD", "$12.5"), ev, "chips", None, "2025"))
    return dg


@pytest.mark.parametrize("suffix,ox_format", [(".ttl", pyoxigraph.RdfFormat.TURTLE), (".nt", pyoxigraph.RdfFormat.N_TRIPLES),
                                              (".jsonld", pyoxigraph.RdfFormat.JSON_LD), (".trig", pyoxigraph.RdfFormat.TRIG)])
def test_written_files_parse_the_same_in_rdflib_and_oxigraph(tmp_path, suffix, ox_format):
    kg = KnowledgeGraph()
    kg.add_document(doc_graph(NASTY))
    out = tmp_path / f"g{suffix}"
    kg.serialize(out)
    fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig"}[suffix]
    rdflib_count = len(list(Dataset().parse(out, format=fmt).quads())) if fmt == "trig" else len(Graph().parse(out, format=fmt))
    quads = list(pyoxigraph.parse(path=str(out), format=ox_format))
    assert rdflib_count == len(kg) == len(quads)


def test_iris_are_always_valid():
    for name in NASTY + ["", "!!!", "Ünïcödé GmbH", "A/B"]:
        s = slug(name)
        assert s and all(c.isalnum() and c.isascii() or c in "-_%" for c in s), (name, s)
        pyoxigraph.NamedNode(f"https://w3id.org/kg/id/entity/{s}")


def test_graph_matches_golden_file_by_isomorphism():
    kg = KnowledgeGraph()
    kg.add_document(doc_graph(["Acme Corp", "Jane Roe"]))
    expected = Graph().parse(GOLDEN / "minimal.ttl", format="turtle")
    actual = Graph().parse(data=kg.serialize(format="ttl"), format="turtle")
    assert isomorphic(actual, expected)


def test_failed_write_leaves_previous_file_intact(tmp_path, monkeypatch):
    out = tmp_path / "g.ttl"
    out.write_text("previous", encoding="utf-8")
    kg = KnowledgeGraph()
    kg.add_document(doc_graph(["Acme Corp", "Jane Roe"]))

    class Failing:
        def serialize(self, destination, **kw):
            destination.write(b"half a gra")
            raise RuntimeError("disk full")

    monkeypatch.setattr("kg.formats.for_writing", lambda graph, fmt: Failing())
    with pytest.raises(RuntimeError):
        write_graph(kg.graph, out)
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_reading_and_querying_do_not_import_spacy():
    import subprocess
    import sys

    code = "import sys, kg, kg.graph, kg.query, kg.cli; sys.exit('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


@pytest.mark.parametrize("suffix", [".ttl", ".trig"])
def test_streamed_turtle_uses_kg_prefixes(tmp_path, suffix):
    from kg.writer import GraphWriter

    out = tmp_path / f"g{suffix}"
    with GraphWriter(out) as writer:
        writer.add_document(doc_graph(["Acme Corp", "Jane Roe"]))
    text = out.read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/kg/ontology#> ." in text and "kg:worksFor" in text
    assert "ns1:" not in text
