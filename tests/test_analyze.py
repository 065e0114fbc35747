"""kg analyze: centrality, components, communities, shortest paths and GraphML/GEXF export.

Graphs are built in code (no spaCy model); the CLI runs in-process (click's CliRunner) on a graph file.
"""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from kg.analyze import (
    Analysis, analyze, communities, export, exportable, format_analysis, network, shortest_path,
)
from kg.errors import AnalysisError, KGError
from kg.graph import KnowledgeGraph
from kg.namespace import KG
from kg.network import to_networkx

from kgcli import run_kg
from kggraphs import BASE, ent
from kggraphs import make_graph as _make_graph


def make_graph(entities: dict[str, tuple[URIRef, list[str]]], facts: list[tuple[str, URIRef, str, str]]) -> KnowledgeGraph:
    """This module's graphs: one document 'news.txt', facts read by the 'verb' rule at confidence 0.85."""
    return _make_graph(entities, facts, doc_label="news.txt", rule="verb", confidence="0.85")


ENTITIES = {
    "acme": (KG.Organization, ["Acme Corp", "Acme"]),
    "jane": (KG.Person, ["Jane Roe", "Roe"]),
    "widget": (KG.Product, ["Widget"]),
    "berlin": (KG.Place, ["Berlin"]),
    "germany": (KG.Place, ["Germany"]),
    "beta": (KG.Organization, ["Beta Labs"]),
    "bob": (KG.Person, ["Bob Stone"]),
    "gamma": (KG.Organization, ["Gamma Bank"]),
    "lonely": (KG.Place, ["Nowhere Town"]),
}
FACTS = [
    ("jane", KG.ceoOf, "acme", "Jane Roe, Acme's CEO, spoke."),
    ("acme", KG.develops, "widget", "Acme makes the Widget."),
    ("acme", KG.locatedIn, "berlin", "Acme is based in Berlin."),
    ("berlin", KG.locatedIn, "germany", "Berlin, Germany."),
    ("acme", KG.acquired, "beta", "Acme acquired Beta Labs."),
    ("beta", KG.locatedIn, "berlin", "Beta Labs, a Berlin startup."),
    ("bob", KG.worksFor, "gamma", "Bob Stone of Gamma Bank said."),
]


@pytest.fixture(scope="module")
def kgraph() -> KnowledgeGraph:
    return make_graph(ENTITIES, FACTS)


@pytest.fixture(scope="module")
def result(kgraph) -> Analysis:
    return analyze(kgraph, path=("jane roe", "GERMANY"))


def test_provenance_is_opt_in_and_render_conversion_is_unchanged(kgraph):
    plain = to_networkx(kgraph)
    [ev] = plain.edges[str(ent("jane")), str(ent("acme")), str(KG.ceoOf)]["evidence"]
    assert set(ev) == {"sentence", "document", "rule", "confidence"}
    full = to_networkx(kgraph, provenance=True)
    [ev] = full.edges[str(ent("jane")), str(ent("acme")), str(KG.ceoOf)]["evidence"]
    assert (ev["start"], ev["end"], ev["iri"]) == (0, len(FACTS[0][3]), f"{BASE}evidence/0")
    assert sorted(plain.nodes) == sorted(full.nodes) and plain.number_of_edges() == full.number_of_edges()


def test_summary_and_centrality(result):
    s = result.summary
    assert (s.nodes, s.entities, s.investments, s.facts) == (9, 9, 0, 7)
    assert (s.components, s.largest_component, s.isolated) == (3, 6, 1)
    top = result.centrality[0]
    assert top.label == "Acme Corp" and top.cls == "organization" and top.facts == 4
    assert top.degree_centrality == pytest.approx(4 / 8)
    assert [n.pagerank for n in result.centrality] == sorted((n.pagerank for n in result.centrality), reverse=True)
    assert sum(n.pagerank for n in result.centrality) == pytest.approx(1.0, abs=1e-4)
    lonely = next(n for n in result.centrality if n.label == "Nowhere Town")
    assert (lonely.facts, lonely.degree_centrality) == (0, 0.0)


def test_components_largest_first_members_by_rank(result):
    sizes = [g.size for g in result.components]
    assert sizes == [6, 2, 1]
    assert result.components[0].labels[0] == "Acme Corp"
    assert set(result.components[1].labels) == {"Bob Stone", "Gamma Bank"}
    by_id = {n.id: n for n in result.centrality}
    assert all(by_id[i].component == g.index for g in result.components for i in g.ids)


def test_communities_are_repeatable_and_partition_the_nodes(kgraph, result):
    G = result.network
    again = communities(G, seed=result.seed)
    assert [g.ids for g in again] == [g.ids for g in result.communities]
    members = [i for g in result.communities for i in g.ids]
    assert sorted(members) == sorted(G.nodes)
    # disconnected parts never share a community
    comp = {n.id: n.component for n in result.centrality}
    assert all(len({comp[i] for i in g.ids}) == 1 for g in result.communities)
    lp = communities(G, method="label-propagation")
    assert sorted(i for g in lp for i in g.ids) == sorted(G.nodes)
    with pytest.raises(AnalysisError, match="unknown community method 'girvan'"):
        communities(G, method="girvan")
    assert result.summary.modularity is not None and -0.5 <= result.summary.modularity <= 1


def test_shortest_path_with_facts_and_evidence(result):
    p = result.path
    assert p.labels == ["Jane Roe", "Acme Corp", "Berlin", "Germany"] and p.length == 3
    first = p.steps[0].facts[0]
    assert (first.subject_label, first.label, first.object_label) == ("Jane Roe", "CEO of", "Acme Corp")
    assert first.sentence == "Jane Roe, Acme's CEO, spoke."
    ev = first.evidence[0]
    assert (ev.rule, ev.confidence, ev.document, ev.start) == ("verb", 0.85, "news.txt", 0)
    text = format_analysis(result)
    assert "Shortest path: Jane Roe -> Germany (3 steps)" in text
    assert "Jane Roe --CEO of--> Acme Corp" in text and "> Berlin, Germany." in text


def test_path_against_edge_direction_and_by_alias(kgraph):
    G = network(kgraph)
    p = shortest_path(G, "widget", "roe")  # Widget <-develops- Acme <-ceoOf- Jane
    assert p.labels == ["Widget", "Acme Corp", "Jane Roe"]
    fact = p.steps[0].facts[0]
    assert (fact.subject_label, fact.label, fact.object_label) == ("Acme Corp", "develops", "Widget")
    assert shortest_path(G, "Acme", "acme corp").length == 0


def test_unknown_name_lists_close_names_and_no_path_is_clear(kgraph):
    G = network(kgraph)
    with pytest.raises(AnalysisError, match=r"no entity named 'Jane Doe' in the graph; close names: .*'Jane Roe'"):
        shortest_path(G, "Jane Doe", "Berlin")
    with pytest.raises(AnalysisError, match="no path between 'Jane Roe' and 'Gamma Bank': they are in different"):
        shortest_path(G, "Jane Roe", "Gamma Bank")
    assert issubclass(AnalysisError, KGError)
    with pytest.raises(AnalysisError, match="two names"):
        analyze(kgraph, path=("Jane Roe",))


def test_empty_graph():
    result = analyze(KnowledgeGraph())
    assert result.summary.nodes == 0 and result.centrality == [] and result.communities == []
    assert result.summary.modularity is None
    assert format_analysis(result).startswith("0 nodes")
    assert json.loads(json.dumps(result.as_dict()))["summary"]["facts"] == 0


def test_json_is_plain_and_top_limits_lists(result):
    data = json.loads(json.dumps(result.as_dict(top=2)))
    assert len(data["centrality"]) == 2 and len(data["components"]) == 2
    assert data["communities"]["method"] == "louvain" and data["communities"]["seed"] == result.seed
    assert data["path"]["length"] == 3 and data["path"]["steps"][0]["facts"][0]["evidence"][0]["start"] == 0
    assert len(result.as_dict()["centrality"]) == 9


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_reads_back_with_scores_and_flat_attributes(tmp_path, result, fmt):
    out = tmp_path / f"g.{fmt}"
    assert export(result, out) == fmt
    H = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(out)
    assert H.number_of_nodes() == 9 and H.number_of_edges() == 7
    acme = H.nodes[str(ent("acme"))]
    assert acme["label"] == "Acme Corp"
    assert acme["names"] == "Acme Corp | Acme"
    assert int(acme["facts"]) == 4 and float(acme["pagerank"]) > 0 and int(acme["community"]) >= 1
    [edge] = (H.get_edge_data(str(ent("jane")), str(ent("acme"))) or {}).values() if H.is_multigraph() else \
        [H.get_edge_data(str(ent("jane")), str(ent("acme")))]
    assert edge["sentences"] == "Jane Roe, Acme's CEO, spoke."
    assert float(edge["confidence"]) == 0.85 and edge["rules"] == "verb"
    assert edge["offsets"] == f"news.txt:0-{len(FACTS[0][3])}"


def test_exportable_has_no_none_lists_or_dicts_and_strips_control_characters():
    kg = make_graph({"a": (KG.Organization, ["Bad\x0bName Inc"]), "b": (KG.Place, ["Here"])},
                    [("a", KG.locatedIn, "b", "Bad\x01Name Inc is here.")])
    H = exportable(network(kg))
    for _, d in list(H.nodes(data=True)) + [(None, d) for *_, d in H.edges(data=True)]:
        assert all(isinstance(v, (str, int, float, bool)) for v in d.values()), d
    assert all(not isinstance(v, (dict, list)) for v in H.graph.values())
    assert "Bad Name Inc" in {d["label"] for _, d in H.nodes(data=True)}
    for fmt in ("graphml", "gexf"):
        text = "\n".join(nx.generate_graphml(H) if fmt == "graphml" else nx.generate_gexf(H))
        assert "\x0b" not in text and "\x01" not in text


def test_export_errors(tmp_path, result):
    with pytest.raises(AnalysisError, match="cannot tell the export format"):
        export(result, tmp_path / "g.csv")
    with pytest.raises(AnalysisError, match="unknown export format 'dot'"):
        export(result, tmp_path / "g.dot", "dot")
    with pytest.raises(AnalysisError, match="does not exist"):
        export(result, tmp_path / "missing" / "g.graphml")
    assert export(result, tmp_path / "any.xml", "gexf") == "gexf"


def kg_cli(*args: str):
    """``kg`` in-process (click's CliRunner): ``returncode``, ``stdout`` and ``stderr`` as a subprocess gives them."""
    r = run_kg(*args)
    return subprocess.CompletedProcess(["kg", *args], r.code, r.out, r.err)


def test_cli_table_json_path_and_export(tmp_path, kgraph):
    graph = tmp_path / "g.ttl"
    kgraph.serialize(graph)
    p = kg_cli("analyze", str(graph), "--path", "Jane Roe", "germany")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("Shortest path: Jane Roe -> Germany (3 steps)\n")  # just the path, with its facts
    assert "Most central nodes (PageRank)" not in p.stdout
    p = kg_cli("analyze", str(graph))
    assert "Most central nodes (PageRank)" in p.stdout and "Acme Corp" in p.stdout
    p = kg_cli("analyze", str(graph), "--json", "--top", "3", "--export", "gexf", "-o", str(tmp_path / "out.xml"))
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert len(data["centrality"]) == 3 and data["summary"]["components"] == 3
    assert p.stderr == f"kg: exported 9 nodes, 7 facts as gexf -> {tmp_path / 'out.xml'}\n"
    assert nx.read_gexf(tmp_path / "out.xml").number_of_nodes() == 9


def test_cli_errors_are_one_line(tmp_path, kgraph):
    graph = tmp_path / "g.ttl"
    kgraph.serialize(graph)
    p = kg_cli("analyze", str(graph), "--path", "Jane Doe", "Berlin")
    assert p.returncode == 1 and p.stderr.count("\n") == 1
    assert p.stderr.startswith("kg: error: no entity named 'Jane Doe' in the graph; close names: ")
    p = kg_cli("analyze", str(graph), "--export", "graphml")
    assert p.returncode == 2 and "--export needs -o FILE" in p.stderr
    p = kg_cli("analyze", str(tmp_path / "nope.ttl"))
    assert p.returncode == 1 and p.stderr.startswith("kg: error: ") and p.stderr.count("\n") == 1


def test_analyze_does_not_import_spacy(tmp_path, kgraph):
    graph = tmp_path / "g.ttl"
    kgraph.serialize(graph)
    code = ("import sys, kg.analyze, kg.cli\n"
            f"kg.analyze.analyze({str(graph)!r}, path=('Jane Roe', 'Berlin'))\n"
            "sys.exit('spacy' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], timeout=120).returncode == 0


def test_analyze_reads_a_store(tmp_path):
    """kg analyze takes a store directory like a graph file (as query, render and serve do)."""
    from kg.store import open_store

    src = tmp_path / "g.ttl"
    kg = KnowledgeGraph()
    a, b = URIRef("https://w3id.org/kg/id/entity/ann"), URIRef("https://w3id.org/kg/id/entity/acme")
    for s, p, o in [(a, RDF.type, KG.Person), (a, RDFS.label, Literal("Ann Lee")), (b, RDF.type, KG.Organization),
                    (b, RDFS.label, Literal("Acme")), (a, KG.worksFor, b)]:
        kg.graph.add((s, p, o))
    kg.serialize(src)
    store = tmp_path / "store"
    with open_store(str(store), create=True) as st:
        st.put_document("https://w3id.org/kg/id/doc/g", list(kg.graph))
    for args in ([str(store)], ["--store", str(store)]):
        p = kg_cli("analyze", *args, "--json")
        assert p.returncode == 0, p.stderr
        assert '"Ann Lee"' in p.stdout and '"Acme"' in p.stdout
