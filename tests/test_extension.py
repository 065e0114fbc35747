"""Ontology extension without code: new relations are found once their Turtle is loaded; mistakes are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.builder import Builder
from kg.documents import Document
from kg.ontology_check import check_ontology

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "ontology" / "examples"
# written for this test
TEXT = ("Veltro Energy teamed up with Marwick Holdings to build battery plants in Portugal. "
        "Veltro Energy will also partner with Sunbay Corp on storage.")


def facts(builder: Builder) -> set[tuple[str, str, str]]:
    [dg] = list(builder.document_graphs([Document("t", TEXT)]))
    return {(dg.entities[f.subject].name, f.predicate.rsplit("#", 1)[1], dg.entities[f.object].name) for f in dg.facts}


@pytest.fixture(scope="module")
def with_partnership():
    return Builder(ontology=[EXAMPLES / "partnership.ttl"])


def test_relation_found_only_with_the_extension(builder, with_partnership):
    assert not any(p == "partnersWith" for _, p, _ in facts(builder))
    found = facts(with_partnership)
    assert ("Veltro Energy", "partnersWith", "Marwick Holdings") in found
    assert ("Veltro Energy", "partnersWith", "Sunbay Corp") in found


def test_example_extensions_have_no_problems():
    assert check_ontology([EXAMPLES]) == []


def test_check_reports_mistakes_readably(tmp_path):
    (tmp_path / "bad.ttl").write_text("""
@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kg:Startup a owl:Class ; rdfs:subClassOf kg:Organisation .
kg:mentors a owl:ObjectProperty ; rdfs:domain kg:Person ; kg:verbcue "mentor" ; kg:possessiveCue kg:Produkt .
""", encoding="utf-8")
    (tmp_path / "broken.ttl").write_text("@prefix kg: <https://w3id.org/kg/ontology#> .\nkg:a kg:b\n", encoding="utf-8")
    problems = sorted(str(p) for p in check_ontology([tmp_path]))
    bad, broken = tmp_path / "bad.ttl", tmp_path / "broken.ttl"
    assert problems == sorted([
        f"{bad}: kg:verbcue is not a term of the kg ontology; did you mean kg:verbCue, kg:rule, kg:value?",
        f"{bad}: kg:Startup is a subclass of kg:Organisation, which is not a class; did you mean kg:Organization?",
        f"{bad}: kg:mentors kg:possessiveCue names kg:Produkt, which is not a class; did you mean kg:Product, kg:Person?",
        f"{bad}: kg:mentors has no rdfs:range; say which class its object is",
        next(p for p in problems if p.startswith(f"{broken}: not valid Turtle: ") and "line 3" in p),
    ])


def test_gazetteer_entries_type_and_name_known_members(builder, tmp_path):
    """A user lists known members in Turtle; the extractor matches them by any of their names."""
    ext = tmp_path / "known.ttl"
    ext.write_text("""
@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<urn:x:zephyr> a kg:AIModel ; rdfs:label "Zephyr-7" ; skos:altLabel "Zephyr" .
<urn:x:nordbank> a kg:Organization ; rdfs:label "Nordbank Group" ; skos:altLabel "Nordbank" .
""", encoding="utf-8")
    text = "Nordbank said Zephyr would run its chat service. Zephyr-7 was trained by Nordbank last year."
    [plain] = list(builder.document_graphs([Document("t", text)]))
    [known] = list(Builder(ontology=[ext]).document_graphs([Document("t", text)]))
    by_name = {e.name: e for e in known.entities}
    assert by_name["Zephyr-7"].cls.endswith("#AIModel") and "Zephyr" in by_name["Zephyr-7"].aliases
    assert by_name["Nordbank Group"].cls.endswith("#Organization")
    facts = {(known.entities[f.subject].name, f.predicate.rsplit("#", 1)[1], known.entities[f.object].name) for f in known.facts}
    assert ("Nordbank Group", "develops", "Zephyr-7") in facts
    # without the entries, the two names are two entities (or none), neither known as an AI model
    assert not any(e.name == "Zephyr-7" and "Zephyr" in e.aliases for e in plain.entities)
    assert not any(e.cls.endswith("#AIModel") for e in plain.entities)
