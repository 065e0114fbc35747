"""kg evaluate: the strict scoring of shared/eval/README.md, the same counts as the reference scorer, and
errors grouped by cause."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from conftest import SHARED, needs_shared
from kg.evaluate import GoldDoc, Report, Semantics, format_errors, score_graph
from kg.namespace import KG
from kg.ontology import load_ontology_graph

NEWS = SHARED / "eval" / "news-dev.jsonl"
EX = "https://example.org/"


@pytest.fixture(scope="module")
def sem() -> Semantics:
    return Semantics(load_ontology_graph([]))


def graph(entities: dict[str, str], facts: list[tuple[str, str, str]]) -> Graph:
    g = Graph()
    for name, cls in entities.items():
        node = URIRef(EX + name.replace(" ", "_"))
        g.add((node, RDF.type, KG[cls]))
        g.add((node, RDFS.label, Literal(name)))
    for s, p, o in facts:
        g.add((URIRef(EX + s.replace(" ", "_")), KG[p], URIRef(EX + o.replace(" ", "_"))))
    return g


GOLD = GoldDoc(
    id="d", text="",
    entities=[{"name": "Vexa Corp", "type": "Organization", "aliases": ["Vexa"]},
              {"name": "Ana Ruiz", "type": "Person"}, {"name": "Lio Tan", "type": "Person"},
              {"name": "Oslo", "type": "Place"}, {"name": "Korra Labs", "type": "Organization"},
              {"name": "Nova", "type": "Product"}],
    triples=[("Ana Ruiz", "ceoOf", "Vexa Corp"), ("Vexa Corp", "basedIn", "Oslo"),
             ("Vexa Corp", "acquired", "Korra Labs"), ("Vexa Corp", "develops", "Nova"),
             ("Lio Tan", "founderOf", "Korra Labs")],
    optional=[], investments=[], former=[("Lio Tan", "ceoOf", "Korra Labs")])


def test_strict_facts_and_causes(sem):
    g = graph({"Vexa": "Organization", "Ana Ruiz": "Person", "Oslo": "Place", "Korra Labs": "Organization",
               "Nova": "Person", "Lio Tan": "Person", "Ruiz Holdings": "Organization"},
              [("Ana Ruiz", "worksFor", "Vexa"),       # entailed by gold ceoOf: not false, but ceoOf is missed
               ("Korra Labs", "acquired", "Vexa"),     # the wrong way round
               ("Lio Tan", "ceoOf", "Korra Labs"),     # an ended role
               ("Ruiz Holdings", "owns", "Vexa"),      # an end that is no gold entity: false (strict)
               ("Ana Ruiz", "livesIn", "Oslo")])       # nothing in the gold
    sc = score_graph(g, GOLD, sem)
    assert (sc.facts.tp, sc.facts.fp, sc.facts.fn) == (0, 4, 5)
    missed = {tuple(m["fact"]): m["cause"] for m in sc.missed}
    assert missed == {("Ana Ruiz", "ceoOf", "Vexa Corp"): "wrong property",
                      ("Vexa Corp", "basedIn", "Oslo"): "not extracted",
                      ("Vexa Corp", "acquired", "Korra Labs"): "direction",
                      ("Vexa Corp", "develops", "Nova"): "typing",
                      ("Lio Tan", "founderOf", "Korra Labs"): "wrong property"}
    wrong = {tuple(w["fact"]): w["cause"] for w in sc.wrong}
    assert wrong == {("Korra Labs", "acquired", "Vexa Corp"): "direction",
                     ("Lio Tan", "ceoOf", "Korra Labs"): "ended",
                     ("Ruiz Holdings", "owns", "Vexa Corp"): "spurious entity",
                     ("Ana Ruiz", "livesIn", "Oslo"): "not in gold"}
    # entities: 'Nova' typed Person is no found Product and no false entity; 'Ruiz Holdings' is false
    assert (sc.entities.tp, sc.entities.fp, sc.entities.fn) == (5, 1, 1)
    report = Report(documents=[sc])
    text = format_errors(report)
    assert "missed facts: 5" in text and "false facts: 4" in text
    assert "typing: 1" in text and "spurious entity: 1" in text


@pytest.mark.slow
def test_agrees_with_the_reference_scorer(tmp_path):
    needs_shared()
    sample = tmp_path / "sample.jsonl"
    sample.write_text("".join(NEWS.read_text(encoding="utf-8").splitlines(keepends=True)[:6]), encoding="utf-8")
    p = subprocess.run([sys.executable, "score_docs.py", str(sample), "--json"], cwd=SHARED / "eval",
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    ref = json.loads(p.stdout.strip().splitlines()[-1])

    from kg.cli import cli

    result = CliRunner().invoke(cli, ["evaluate", str(sample), "--json"])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.output)
    assert (ours["facts"]["tp"], ours["facts"]["fp"], ours["facts"]["tp"] + ours["facts"]["fn"]) == \
        (ref["tp"], ref["fp"], ref["gold"])


@pytest.mark.slow
def test_errors_flag_groups_by_cause(tmp_path):
    needs_shared()
    sample = tmp_path / "sample.jsonl"
    sample.write_text(NEWS.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
    from kg.cli import cli

    result = CliRunner().invoke(cli, ["evaluate", str(sample), "--errors"])
    assert result.exit_code == 0, result.output
    assert "missed facts:" in result.output and "false facts:" in result.output
    assert any(cause in result.output for cause in ("not extracted:", "typing:", "entity not found:"))


def test_facts_are_counted_by_the_rule_that_read_them(sem):
    g = graph({"Vexa": "Organization", "Ana Ruiz": "Person", "Oslo": "Place"},
              [("Ana Ruiz", "ceoOf", "Vexa"), ("Ana Ruiz", "livesIn", "Oslo"), ("Vexa", "basedIn", "Oslo")])

    def read_by(s: str, p: str, o: str, rule: str) -> None:
        ev = URIRef(EX + f"ev/{s}/{p}/{o}/{rule}".replace(" ", "_"))
        g.add((ev, RDF.subject, URIRef(EX + s.replace(" ", "_"))))
        g.add((ev, RDF.predicate, KG[p]))
        g.add((ev, RDF.object, URIRef(EX + o.replace(" ", "_"))))
        g.add((ev, KG.rule, Literal(rule)))
        g.add((ev, KG.sentence, Literal("...")))

    read_by("Ana Ruiz", "ceoOf", "Vexa", "title")       # true
    read_by("Ana Ruiz", "ceoOf", "Vexa", "possessive")  # the same fact, read twice: counts for each rule
    read_by("Ana Ruiz", "livesIn", "Oslo", "title")     # false (the gold links them by nothing)
    read_by("Vexa", "basedIn", "Oslo", "hyphen")        # true
    sc = score_graph(g, GOLD, sem)
    assert {k: (c.tp, c.fp) for k, c in sc.rules.items()} == {
        "ceoOf title": (1, 0), "ceoOf possessive": (1, 0), "livesIn title": (0, 1), "basedIn hyphen": (1, 0)}
    report = Report(documents=[sc])
    report.rules.update(sc.rules)
    text = format_errors(report)
    table = text[text.index("facts by property and rule"):].splitlines()
    assert table[1].split() == ["livesIn", "title", "0.000", "0", "1"], table  # (the false ones first)
    assert report.as_dict()["rules"]["basedIn hyphen"] == {"true": 1, "false": 0, "precision": 1.0}
