"""Graph analytics over a kg graph: centrality, components, communities, paths, and export for Gephi.

Everything works on the networkx graph made by :func:`kg.network.to_networkx` (the same conversion
``kg render`` draws), so a node here is an entity or an investment and an edge is a fact with its
evidence. Plain functions returning dataclasses; errors are :class:`kg.errors.AnalysisError`.

    >>> from kg.analyze import analyze, format_analysis          # doctest: +SKIP
    >>> result = analyze("graph.ttl", path=("Amelie Laurent", "Berlin"))
    >>> print(format_analysis(result))
    >>> export(result, "graph.graphml")

Does not import spaCy.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph

from .errors import AnalysisError, RenderError
from .files import atomic_write
from .network import find_nodes, pagerank, to_networkx
from .ontology import load_ontology_graph
from .sources import open_graph
from .words import counted

#: Community detection methods: ``louvain`` (seeded, so repeatable) and ``label-propagation``.
COMMUNITY_METHODS = ("louvain", "label-propagation")
#: Export formats, by file suffix.
EXPORT_FORMATS = {"graphml": ".graphml", "gexf": ".gexf"}
DEFAULT_SEED = 42


# -- results ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NodeScore:
    """How central one node is. ``facts`` counts its edges (in and out, parallel facts each)."""

    id: str
    label: str
    cls: str
    facts: int
    degree_centrality: float
    pagerank: float
    component: int
    community: int


@dataclass(frozen=True)
class Group:
    """A connected component or a community: ``index`` from 1 (largest first), members by PageRank."""

    index: int
    size: int
    ids: list[str]
    labels: list[str]


@dataclass(frozen=True)
class EvidenceItem:
    sentence: str
    document: str
    rule: str
    confidence: float | None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Edge:
    """One edge of the graph: subject, property, object, and the evidence that states it (a fact of the graph;
    not :class:`kg.resolve.Fact`, a fact of one document before it is a triple)."""

    subject: str
    subject_label: str
    predicate: str
    label: str
    object: str
    object_label: str
    evidence: list[EvidenceItem]

    @property
    def sentence(self) -> str:
        """The first evidence sentence (the most confident one), or ''."""
        return self.evidence[0].sentence if self.evidence else ""


@dataclass(frozen=True)
class Step:
    """One hop of a path: the facts (either direction) that link ``source`` to ``target``."""

    source: str
    source_label: str
    target: str
    target_label: str
    facts: list[Edge]


@dataclass(frozen=True)
class GraphPath:
    """A shortest path, ignoring edge direction; ``length`` is the number of steps."""

    source: str
    target: str
    nodes: list[str]
    labels: list[str]
    steps: list[Step]

    @property
    def length(self) -> int:
        return len(self.steps)


@dataclass(frozen=True)
class Summary:
    nodes: int
    entities: int
    investments: int
    facts: int
    density: float
    components: int
    largest_component: int
    isolated: int
    communities: int
    modularity: float | None


@dataclass
class Analysis:
    """What :func:`analyze` found. ``centrality`` has every node, most central (PageRank) first."""

    summary: Summary
    centrality: list[NodeScore]
    components: list[Group]
    communities: list[Group]
    community_method: str
    seed: int
    path: GraphPath | None = None
    network: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph, repr=False, compare=False)

    def as_dict(self, top: int | None = None) -> dict[str, Any]:
        """Plain JSON-ready data; ``top`` limits the node, component and community lists (None or 0: all)."""
        cut = (lambda xs: xs[:top]) if top else (lambda xs: xs)
        out: dict[str, Any] = {
            "summary": asdict(self.summary),
            "centrality": [asdict(s) for s in cut(self.centrality)],
            "components": [asdict(g) for g in cut(self.components)],
            "communities": {"method": self.community_method, "seed": self.seed,
                            "groups": [asdict(g) for g in cut(self.communities)]},
        }
        if self.path is not None:
            out["path"] = {**asdict(self.path), "length": self.path.length}
        return out


# -- the graph ----------------------------------------------------------------------------------
def network(graph: Any, ontology: Graph | Iterable[str | Path] = ()) -> nx.MultiDiGraph:
    """The networkx graph of a kg graph: a KnowledgeGraph, an rdflib Graph, a graph file's path or a store's
    location (opened by :func:`kg.sources.open_graph`), or a graph already made by :func:`kg.network.to_networkx`
    (returned as it is). Evidence carries offsets."""
    if isinstance(graph, nx.Graph):
        return graph
    if not isinstance(ontology, Graph):
        ontology = load_ontology_graph(ontology)
    if isinstance(graph, (str, Path)):  # opened here: its errors are its own, not an AnalysisError
        with open_graph(graph) as opened:
            return network(opened, ontology)
    try:
        return to_networkx(graph, ontology, provenance=True)
    except RenderError as exc:
        raise AnalysisError(str(exc)) from None


def _simple(G: nx.MultiDiGraph) -> nx.Graph:
    """Undirected, one edge per linked pair, ``weight`` = how many facts link the pair."""
    W = nx.Graph()
    W.add_nodes_from(G)
    for u, v in G.edges():
        if W.has_edge(u, v):
            W[u][v]["weight"] += 1
        else:
            W.add_edge(u, v, weight=1)
    return W


def _order(G: nx.MultiDiGraph, nodes: Iterable[str], rank: dict[str, float]) -> list[str]:
    return sorted(nodes, key=lambda n: (-rank.get(n, 0.0), G.nodes[n].get("label", ""), n))


def _groups(G: nx.MultiDiGraph, sets: Iterable[Iterable[str]], rank: dict[str, float]) -> list[Group]:
    ordered = [_order(G, s, rank) for s in sets]
    ordered.sort(key=lambda m: (-len(m), G.nodes[m[0]].get("label", ""), m[0]))
    return [Group(index=i, size=len(m), ids=m, labels=[G.nodes[n].get("label", n) for n in m])
            for i, m in enumerate(ordered, 1) if m]


def connected_components(G: nx.MultiDiGraph, rank: dict[str, float] | None = None) -> list[Group]:
    """Weakly connected components (edge direction ignored), largest first."""
    rank = pagerank(G) if rank is None else rank
    return _groups(G, nx.weakly_connected_components(G), rank)


def communities(G: nx.MultiDiGraph, method: str = "louvain", seed: int = DEFAULT_SEED,
                rank: dict[str, float] | None = None) -> list[Group]:
    """Communities of the undirected graph weighted by fact counts, largest first.

    ``louvain`` (networkx's Louvain with a fixed ``seed``: the same graph gives the same communities)
    or ``label-propagation`` (deterministic semi-synchronous label propagation).
    """
    if method not in COMMUNITY_METHODS:
        raise AnalysisError(f"unknown community method {method!r}; choose one of {', '.join(COMMUNITY_METHODS)}")
    rank = pagerank(G) if rank is None else rank
    if len(G) == 0:
        return []
    W = _simple(G)
    if method == "louvain":
        found = nx.community.louvain_communities(W, weight="weight", seed=seed)
    else:
        found = nx.community.label_propagation_communities(W)
    return _groups(G, found, rank)


def modularity(G: nx.MultiDiGraph, groups: Sequence[Group]) -> float | None:
    """Modularity of a partition (None when the graph has no edges)."""
    W = _simple(G)
    if W.number_of_edges() == 0:
        return None
    return float(nx.community.modularity(W, [set(g.ids) for g in groups], weight="weight"))


def centrality(G: nx.MultiDiGraph, components: Sequence[Group] | None = None,
               groups: Sequence[Group] | None = None, rank: dict[str, float] | None = None) -> list[NodeScore]:
    """Every node's fact count, degree centrality and PageRank (undirected, as ``kg render --max-nodes``
    ranks), most central first. ``components`` and ``groups`` (communities) fill in the group numbers."""
    rank = pagerank(G) if rank is None else rank
    simple = nx.Graph(G.to_undirected(as_view=True))
    degree = nx.degree_centrality(simple) if len(simple) > 1 else {n: 0.0 for n in simple}
    comp = {n: g.index for g in components or () for n in g.ids}
    comm = {n: g.index for g in groups or () for n in g.ids}
    return [NodeScore(id=n, label=G.nodes[n].get("label", n), cls=G.nodes[n].get("cls_label", ""),
                      facts=int(G.degree(n)), degree_centrality=round(float(degree.get(n, 0.0)), 6),
                      pagerank=round(float(rank.get(n, 0.0)), 6), component=comp.get(n, 0), community=comm.get(n, 0))
            for n in _order(G, G, rank)]


# -- paths --------------------------------------------------------------------------------------
def find_entity(G: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes with ``name`` among their names (case-insensitive; an IRI matches too); an
    :class:`AnalysisError` listing close names when there is none."""
    try:
        return find_nodes(G, name)
    except RenderError as exc:
        raise AnalysisError(str(exc)) from None


def facts_between(G: nx.MultiDiGraph, a: str, b: str) -> list[Edge]:
    """The facts linking two nodes, in either direction, most confident first."""
    out: list[Edge] = []
    for s, o in ((a, b), (b, a)) if a != b else ((a, b),):
        for key, data in (G.get_edge_data(s, o) or {}).items():
            items = sorted(data.get("evidence") or (),
                           key=lambda e: -(e.get("confidence") if e.get("confidence") is not None else -1.0))
            evidence = [EvidenceItem(sentence=e.get("sentence", ""), document=e.get("document", ""),
                                     rule=e.get("rule", ""), confidence=e.get("confidence"),
                                     start=e.get("start"), end=e.get("end")) for e in items]
            out.append(Edge(subject=s, subject_label=G.nodes[s].get("label", s), predicate=data.get("predicate", key),
                            label=data.get("label", key), object=o, object_label=G.nodes[o].get("label", o),
                            evidence=evidence))
    out.sort(key=lambda f: (-max((e.confidence or 0.0 for e in f.evidence), default=0.0), f.label, f.subject))
    return out


def shortest_path(G: nx.MultiDiGraph, source: str, target: str) -> GraphPath:
    """The shortest path between two entities named by any of their names, ignoring edge direction,
    with the facts along it. When a name fits several nodes the shortest of their paths is taken."""
    sources, targets = find_entity(G, source), find_entity(G, target)
    undirected = G.to_undirected(as_view=True)
    best: list[str] | None = None
    for s in sources:
        paths = nx.single_source_shortest_path(undirected, s)
        for t in targets:
            if t in paths and (best is None or len(paths[t]) < len(best)):
                best = paths[t]
    if best is None:
        raise AnalysisError(f"no path between {source!r} and {target!r}: they are in different connected components")
    steps = [Step(source=u, source_label=G.nodes[u].get("label", u), target=v, target_label=G.nodes[v].get("label", v),
                  facts=facts_between(G, u, v)) for u, v in zip(best, best[1:])]
    return GraphPath(source=best[0], target=best[-1], nodes=best, labels=[G.nodes[n].get("label", n) for n in best],
                     steps=steps)


# -- everything at once -------------------------------------------------------------------------
def analyze(graph: Any, *, ontology: Graph | Iterable[str | Path] = (), path: Sequence[str] | None = None,
            method: str = "louvain", seed: int = DEFAULT_SEED) -> Analysis:
    """Centrality, components, communities and (with ``path=(A, B)``) a shortest path of a graph.

    ``graph`` is anything :func:`network` takes. The result's ``network`` is the networkx graph used.
    """
    if path is not None and len(path) != 2:
        raise AnalysisError(f"a path needs two names, got {len(path)}")
    G = network(graph, ontology)
    rank = pagerank(G)
    comps = connected_components(G, rank)
    comms = communities(G, method=method, seed=seed, rank=rank)
    kinds = Counter(d.get("kind") for _, d in G.nodes(data=True))
    summary = Summary(
        nodes=G.number_of_nodes(), entities=kinds.get("entity", 0), investments=kinds.get("investment", 0),
        facts=G.number_of_edges(), density=round(float(nx.density(_simple(G))), 6) if len(G) > 1 else 0.0,
        components=len(comps), largest_component=comps[0].size if comps else 0,
        isolated=sum(1 for n in G if G.degree(n) == 0), communities=len(comms),
        modularity=None if (m := modularity(G, comms)) is None else round(m, 6))
    return Analysis(summary=summary, centrality=centrality(G, comps, comms, rank), components=comps,
                    communities=comms, community_method=method, seed=seed,
                    path=shortest_path(G, *path) if path is not None else None, network=G)


# -- text -----------------------------------------------------------------------------------------
def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = (),
           width: int = 48) -> list[str]:
    cells = [[_clip(c, width) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(r: Sequence[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip()

    return [line(header), "  ".join("-" * w for w in widths), *(line(r) for r in cells)]


_n = counted


def _members(g: Group, n: int = 6) -> str:
    shown = ", ".join(g.labels[:n])
    return shown + (f" (+{g.size - n} more)" if g.size > n else "")


def format_path(p: GraphPath) -> list[str]:
    lines = [f"Shortest path: {p.labels[0]} -> {p.labels[-1]} ({p.length} step{'s' if p.length != 1 else ''})"]
    if not p.steps:
        lines.append("  (the same entity)")
    for step in p.steps:
        lines.append(f"  {step.source_label}  ->  {step.target_label}")
        for f in step.facts:
            lines.append(f"    {f.subject_label} --{f.label}--> {f.object_label}")
            for e in f.evidence[:1]:
                where = [x for x in (e.rule, f"confidence {e.confidence:g}" if e.confidence is not None else "",
                                     f"{e.document} {e.start}-{e.end}" if e.start is not None else e.document) if x]
                lines.append(f"      > {_clip(e.sentence, 160)}" + (f"  [{'; '.join(where)}]" if where else ""))
            if len(f.evidence) > 1:
                lines.append(f"      (+{len(f.evidence) - 1} more sentence{'s' if len(f.evidence) > 2 else ''})")
    return lines


def format_analysis(a: Analysis, top: int | None = 10) -> str:
    """A readable report for the terminal; ``top`` limits each list (None or 0: all)."""
    s = a.summary
    cut = (lambda xs: xs[:top]) if top else (lambda xs: xs)
    method = "Louvain, seed %d" % a.seed if a.community_method == "louvain" else a.community_method
    lines = [
        f"{_n(s.nodes, 'node')} ({_n(s.entities, 'entity', 'entities')}, {_n(s.investments, 'investment')}), "
        f"{_n(s.facts, 'fact')}, density {s.density:.3f}",
        f"{_n(s.components, 'connected component')} (largest {_n(s.largest_component, 'node')}, "
        f"{s.isolated} isolated); {s.communities} communit{'ies' if s.communities != 1 else 'y'} ({method}"
        + (f", modularity {s.modularity:.3f})" if s.modularity is not None else ")"),
    ]
    if a.centrality:
        lines += ["", "Most central nodes (PageRank)"]
        lines += _table(["#", "name", "class", "facts", "degree", "pagerank", "comp", "comm"],
                        [[str(i), n.label, n.cls, str(n.facts), f"{n.degree_centrality:.3f}", f"{n.pagerank:.4f}",
                          str(n.component), str(n.community)] for i, n in enumerate(cut(a.centrality), 1)],
                        right=(0, 3, 4, 5, 6, 7))
    if a.components:
        lines += ["", "Connected components"]
        lines += _table(["#", "size", "members (most central first)"],
                        [[str(g.index), str(g.size), _members(g)] for g in cut(a.components)], right=(0, 1), width=100)
    if a.communities:
        lines += ["", f"Communities ({method})"]
        lines += _table(["#", "size", "members (most central first)"],
                        [[str(g.index), str(g.size), _members(g)] for g in cut(a.communities)], right=(0, 1), width=100)
    if top and (len(a.centrality) > top or len(a.components) > top or len(a.communities) > top):
        lines.append(f"(first {top} of each list; --top 0 shows all)")
    if a.path is not None:
        lines += ["", *format_path(a.path)]
    return "\n".join(lines)


# -- export ---------------------------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _text(value: Any) -> str:
    return _CONTROL.sub(" ", str(value))


def _flat(value: Any) -> str | int | float | bool | None:
    """A value GraphML and GEXF can hold: lists joined with ' | ', dicts as JSON, None dropped."""
    if value is None:
        return None
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return _text(" | ".join(json.dumps(x, sort_keys=True) if isinstance(x, dict) else str(x) for x in items))
    if isinstance(value, dict):
        return _text(json.dumps(value, sort_keys=True, default=str))
    return _text(value)


#: GEXF reads these edge or node attribute names as its own (time, ids, weights, positions).
_GEXF_RESERVED = frozenset({"id", "start", "end", "spells", "pid", "viz", "weight", "type"})


def exportable(G: nx.MultiDiGraph, analysis: Analysis | None = None) -> nx.MultiDiGraph:
    """A copy of the graph whose attributes GraphML and GEXF can write (strings, numbers, booleans;
    no None, lists or dicts), with the analysis's scores as node attributes when given."""
    scores = {s.id: s for s in analysis.centrality} if analysis is not None else {}
    H = nx.MultiDiGraph()
    H.graph.update({k: v for k, v in ((k, _flat(v)) for k, v in G.graph.items() if not isinstance(v, dict))
                    if v is not None and k not in _GEXF_RESERVED})
    if analysis is not None:
        H.graph["community_method"] = analysis.community_method
    for n, d in G.nodes(data=True):
        attrs = {k: f for k, v in d.items() if k not in _GEXF_RESERVED and (f := _flat(v)) is not None}
        attrs.setdefault("label", _text(n))
        if n in scores:
            sc = scores[n]
            attrs.update(facts=sc.facts, degree_centrality=sc.degree_centrality, pagerank=sc.pagerank,
                         component=sc.component, community=sc.community)
        H.add_node(_text(n), **attrs)
    for u, v, key, d in G.edges(keys=True, data=True):
        items = d.get("evidence") or []
        attrs = {k: f for k, v in d.items()
                 if k not in _GEXF_RESERVED and k not in ("evidence", "confidence") and (f := _flat(v)) is not None}
        if d.get("confidence") is not None:
            attrs["confidence"] = float(d["confidence"])
        attrs["evidence_count"] = len(items)
        for name, field_ in (("rules", "rule"), ("documents", "document")):
            values = list(dict.fromkeys(e.get(field_) for e in items if e.get(field_)))
            if values:
                attrs[name] = _text(" | ".join(values))
        offsets = [f"{e['document']}:{e['start']}-{e['end']}" for e in items if e.get("start") is not None]
        if offsets:
            attrs["offsets"] = _text(" | ".join(offsets))
        H.add_edge(_text(u), _text(v), key=_text(key), **attrs)
    return H


def export_format(path: str | Path, format: str | None = None) -> str:
    """The export format asked for, or the one the file's suffix names."""
    if format is not None:
        fmt = format.lower().lstrip(".")
        if fmt not in EXPORT_FORMATS:
            raise AnalysisError(f"unknown export format {format!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower()
    for fmt, ext in EXPORT_FORMATS.items():
        if suffix == ext:
            return fmt
    raise AnalysisError(f"cannot tell the export format from {str(path)!r}; name it .graphml or .gexf, "
                        "or give the format (--export graphml|gexf)")


def export(graph: Analysis | nx.MultiDiGraph, path: str | Path, format: str | None = None) -> str:
    """Write the graph (with the scores, given an :class:`Analysis`) as GraphML or GEXF for Gephi or
    Cytoscape; the format from ``format`` or the suffix. Written atomically. Returns the format."""
    fmt = export_format(path, format)
    H = exportable(graph.network, graph) if isinstance(graph, Analysis) else exportable(graph)
    text = "\n".join(nx.generate_graphml(H) if fmt == "graphml" else nx.generate_gexf(H)) + "\n"
    with atomic_write(path, error=AnalysisError) as fh:
        fh.write(text)
    return fmt


__all__ = ["Analysis", "COMMUNITY_METHODS", "EXPORT_FORMATS", "Edge", "EvidenceItem", "GraphPath", "Group",
           "NodeScore", "Step", "Summary", "analyze", "centrality", "communities", "connected_components", "export",
           "export_format", "exportable", "facts_between", "find_entity", "format_analysis", "format_path",
           "modularity", "network", "shortest_path"]
