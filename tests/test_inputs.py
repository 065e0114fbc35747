"""Inputs as news arrives: web pages, RDF files given by mistake, folders with files kg does not read."""

from __future__ import annotations

import shutil
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kgcli import run_kg

PAGE = Path(__file__).parent / "data" / "page.html"  # a saved news page written for this test: nav, ads, comments
BOILERPLATE = ["Subscribe to the Ledger", "ADVERTISEMENT", "Brightwave", "SPONSORED", "Zentrox", "Related stories",
               "Ten gadgets", "quietreader42", "Pelle Vintner", "Gorund", "All rights reserved", "Privacy"]


def test_web_page_gives_the_article_and_its_metadata():
    from kg.html import read_html_file

    doc = read_html_file(PAGE)
    assert doc.text.startswith("Corvo Ltd opens a lab in Tarn\n\nCorvo Ltd, the Tarn-based robotics company, said")
    assert "Analysts said the lab would put Corvo Ltd in direct competition with larger rivals." in doc.text
    for junk in BOILERPLATE:
        assert junk not in doc.text, junk
    assert (doc.title, doc.date, doc.site, doc.url) == (
        "Corvo Ltd opens a lab in Tarn", "2025-04-17", "The Harbour Ledger",
        "https://ledger.example.com/business/corvo-lab-tarn")


def test_build_reads_web_pages_in_a_folder_and_names_what_it_skips(tmp_path):
    feed = tmp_path / "feed"
    (feed / "sub").mkdir(parents=True)
    shutil.copy(PAGE, feed / "sub" / "story.htm")
    (feed / "brief.txt").write_text("Nadia Orr is the CEO of Pellam Foods.\n", encoding="utf-8")
    (feed / "scan.pdf").write_bytes(b"%PDF-1.4")
    (feed / "old.ttl").write_text("", encoding="utf-8")
    out = tmp_path / "g.ttl"
    r = run_kg("build", str(feed), "-o", str(out))
    assert r.code == 0, r.err
    assert r.err.startswith("kg: built 2 documents, ")
    assert r.err.endswith(f"; 2 files skipped (not .txt, .md, .html, .htm or .jsonl): {feed / 'old.ttl'}, "
                          f"{feed / 'scan.pdf'} -> {out}\n")
    g = Graph().parse(out, format="turtle")
    schema = "https://schema.org/"
    page_docs = list(g.subjects(URIRef(schema + "publisher"), Literal("The Harbour Ledger")))
    assert len(page_docs) == 1
    doc = page_docs[0]
    assert g.value(doc, URIRef(schema + "headline")) == Literal("Corvo Ltd opens a lab in Tarn")
    assert g.value(doc, URIRef(schema + "datePublished")) == Literal("2025-04-17", datatype=XSD.date)
    assert g.value(doc, URIRef(schema + "url")) == URIRef("https://ledger.example.com/business/corvo-lab-tarn")
    answer = g.query("""PREFIX kg: <https://w3id.org/kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?n WHERE { ?p kg:ceoOf ?o ; rdfs:label ?n . ?o rdfs:label "Corvo Ltd" }""")
    assert [str(row[0]) for row in answer] == ["Ada Brook"]
    text = out.read_text(encoding="utf-8")
    for junk in BOILERPLATE:
        assert junk not in text, junk


def test_rdf_file_as_input_says_what_to_do_instead(tmp_path):
    graph = tmp_path / "graph.ttl"
    graph.write_text("<http://x/a> <http://x/b> <http://x/c> .\n", encoding="utf-8")
    r = run_kg("build", str(graph), "-o", str(tmp_path / "out.ttl"))
    assert r.code == 1
    assert r.err == (f"kg: error: '{graph}' is an RDF graph, not text to build from; ask it questions with "
                     f"kg query {graph} 'SELECT ...', draw it with kg render {graph} -o graph.html, "
                     "or build from the articles themselves (.txt, .md, .html, .htm or .jsonl)\n")
    assert not (tmp_path / "out.ttl").exists()


def test_folder_with_nothing_to_read_names_what_it_holds(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.pdf").write_bytes(b"%PDF-1.4")
    r = run_kg("build", str(tmp_path / "in"))
    assert r.code == 1
    assert r.err == (f"kg: error: '{tmp_path / 'in'}': folder holds no .txt, .md, .html, .htm or .jsonl files "
                     f"(1 other file, e.g. {tmp_path / 'in' / 'scan.pdf'})\n")


def test_page_without_an_article_is_reported_and_the_rest_built(tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><title>Menu</title></head><body><nav><ul><li><a href='/'>Home</a>"
                                         "</li><li><a href='/w'>World news</a></li></ul></nav><footer>(c) 2025 Site"
                                         "</footer></body></html>", encoding="utf-8")
    (tmp_path / "brief.txt").write_text("Nadia Orr is the CEO of Pellam Foods.\n", encoding="utf-8")
    r = run_kg("build", str(tmp_path / "empty.html"), str(tmp_path / "brief.txt"), "-o", str(tmp_path / "g.ttl"))
    assert r.code == 1
    assert r.err.splitlines()[0] == (f"kg: error: {tmp_path / 'empty.html'}: no article text found in the page; give "
                                     "the page of a news article, or its text as a .txt file")
    assert "kg: built 1 document, " in r.err
