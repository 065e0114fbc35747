"""The one conversion from a kg RDF graph to a networkx ``MultiDiGraph``, and ways to cut it down.

Nodes are the graph's entities (anything typed by a subclass of ``kg:Entity`` or mentioned in a
document) and its ``kg:Investment`` nodes; edges are the RDF triples between two such nodes, keyed
by the property IRI. Literals, documents, evidence and monetary-amount nodes are not nodes: what they
say is carried as node and edge attributes.

Node attributes:
    ``kind``         "entity" or "investment"
    ``label``        the display name (rdfs:label; for an investment, the amount text)
    ``cls``          the most specific class IRI; ``cls_label`` its label; ``types`` every class IRI
    ``names``        every name (rdfs:label first, then skos:altLabel)
    ``sentences``    evidence sentences of the facts it takes part in (unique, in order)
    ``documents``    labels of the documents it is mentioned in or has evidence from
    investments also: ``amount``, ``period``, ``target_text``, ``description``

Edge attributes (key = property IRI):
    ``predicate``    the property IRI; ``label`` its rdfs:label
    ``evidence``     list of dicts: sentence, document, rule, confidence
    ``sentences``    the unique evidence sentences; ``confidence`` the highest confidence (or None)

With ``provenance=True`` each evidence dict also has ``start`` and ``end`` (character offsets of the
sentence in its document, or None) and ``iri`` (the kg:Evidence node); the default leaves them out.

Does not import spaCy. Used by ``kg render`` and meant for graph analysis too.
"""

from __future__ import annotations

import difflib
import warnings
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from .errors import RenderError
from .namespace import KG
from .ontology import load_ontology_graph
from .query import run_query
from .sources import open_graph

#: Properties that link an entity to provenance or to literals, never drawn as edges.
_NOT_EDGES = frozenset(str(p) for p in (RDF.type, KG.mentionedIn, KG.evidence, KG.document, KG.amount))
_ENTITY = str(KG.Entity)
_INVESTMENT = str(KG.Investment)


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _rdf_graph(graph: Any) -> Graph:
    inner = getattr(graph, "graph", graph)  # a KnowledgeGraph or an rdflib Graph
    if not isinstance(inner, Graph):
        raise RenderError(f"expected an rdflib Graph or a KnowledgeGraph, got {type(graph).__name__}")
    return inner


def term_labels(ontology: Graph) -> dict[str, str]:
    """The rdfs:label of every term of the ontology, by IRI (the English one where there are several)."""
    out: dict[str, str] = {}
    for s, o in ontology.subject_objects(RDFS.label):
        if isinstance(s, URIRef) and isinstance(o, Literal) and (o.language in (None, "en") or str(s) not in out):
            out[str(s)] = str(o)
    return out


def class_ancestors(ontology: Graph) -> dict[str, set[str]]:
    """Every class of the ontology mapped to all its ancestors (rdfs:subClassOf, transitively)."""
    parents: dict[str, set[str]] = defaultdict(set)
    for c in set(ontology.subjects(RDF.type, OWL.Class)) | set(ontology.subjects(RDF.type, RDFS.Class)):
        if isinstance(c, URIRef):
            parents[str(c)]
    for c, p in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(c, URIRef) and isinstance(p, URIRef):
            parents[str(c)].add(str(p))
    out: dict[str, set[str]] = {}
    for cls in list(parents):
        seen: set[str] = set()
        stack = list(parents[cls])
        while stack:
            parent = stack.pop()
            if parent not in seen:
                seen.add(parent)
                stack.extend(parents.get(parent, ()))
        out[cls] = seen
    return out


def _number(value: Any) -> str:
    try:
        v = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    for scale, word in ((Decimal(10) ** 12, " trillion"), (Decimal(10) ** 9, " billion"),
                        (Decimal(10) ** 6, " million")):
        if abs(v) >= scale:
            v, suffix = v / scale, word
            break
    else:
        suffix = ""
    s = format(v.quantize(Decimal("0.01")) if v != v.to_integral_value() else v.to_integral_value(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s + suffix


def money_text(value: Any, currency: str | None, qualifier: str | None = None) -> str:
    """A monetary amount for people: ``more than 380 billion CNY``."""
    parts = [qualifier or "", _number(value), currency or ""]
    return " ".join(p for p in parts if p)


def to_networkx(graph: Any, ontology: Graph | None = None, *, provenance: bool = False) -> nx.MultiDiGraph:
    """Convert a kg graph (a KnowledgeGraph, an rdflib Graph, or a graph file's path or a store's location, opened
    by :func:`kg.sources.open_graph`) to a networkx MultiDiGraph.

    ``ontology`` gives class and property labels and the class hierarchy; by default the core
    ontology (``kg.ontology.load_ontology_graph()``). ``provenance`` adds the sentence offsets and the
    evidence IRI to each evidence dict. See the module docstring for the attributes.
    """
    if isinstance(graph, (str, Path)):
        with open_graph(graph) as opened:
            return to_networkx(opened, ontology, provenance=provenance)
    g = _rdf_graph(graph)
    if ontology is None:
        ontology = load_ontology_graph()
    labels = term_labels(ontology)
    ancestors = class_ancestors(ontology)
    entity_classes = {c for c, anc in ancestors.items() if _ENTITY in anc or c == _ENTITY}

    # -- nodes: entities and investments --------------------------------------------------
    types: dict[str, set[str]] = defaultdict(set)
    for s, c in run_query(g, "SELECT ?s ?c WHERE { ?s a ?c }").rows:
        if isinstance(s, URIRef):
            types[str(s)].add(str(c))
    mentioned: dict[str, set[str]] = defaultdict(set)
    for s, d, dl in run_query(g, "SELECT ?s ?d ?dl WHERE { ?s kg:mentionedIn ?d OPTIONAL { ?d rdfs:label ?dl } }").rows:
        mentioned[str(s)].add(str(dl) if dl is not None else local_name(str(d)))

    G = nx.MultiDiGraph()
    for iri in sorted(set(types) | set(mentioned)):
        ts = types.get(iri, set())
        if _INVESTMENT in ts:
            G.add_node(iri, kind="investment", cls=_INVESTMENT, types=sorted(ts))
            continue
        known = ts & entity_classes
        if not known and iri not in mentioned:
            continue
        candidates = known or (ts - {str(KG.Document), str(KG.Evidence), str(KG.MonetaryAmount)}) or {_ENTITY}
        # the most specific class: one that is no ancestor of another candidate; deepest first
        specific = [c for c in candidates if not any(c in ancestors.get(o, ()) for o in candidates if o != c)]
        cls = sorted(specific, key=lambda c: (-len(ancestors.get(c, ())), c))[0]
        G.add_node(iri, kind="entity", cls=cls, types=sorted(ts) or [_ENTITY])

    names: dict[str, list[str]] = defaultdict(list)
    alt: dict[str, list[str]] = defaultdict(list)
    for s, p, n in run_query(g, "SELECT ?s ?p ?n WHERE { VALUES ?p { rdfs:label skos:altLabel } ?s ?p ?n }").rows:
        s = str(s)
        if s in G:
            (names if p == RDFS.label else alt)[s].append(str(n))
    for iri, data in G.nodes(data=True):
        all_names = sorted(set(names.get(iri, ()))) + sorted(set(alt.get(iri, ())) - set(names.get(iri, ())))
        data["names"] = all_names or [local_name(iri)]
        data["label"] = data["names"][0]
        data["cls_label"] = labels.get(data["cls"], local_name(data["cls"]))
        data["sentences"] = []
        data["documents"] = sorted(mentioned.get(iri, ()))

    # -- investments: amount, period, target text ------------------------------------------
    for row in run_query(g, """
            SELECT ?i ?v ?c ?q ?ev ?ec ?eq ?period ?tt WHERE {
              ?i a kg:Investment .
              OPTIONAL { ?i kg:amount ?a . ?a kg:value ?v .
                         OPTIONAL { ?a kg:currency ?c } OPTIONAL { ?a kg:qualifier ?q }
                         OPTIONAL { ?a kg:equivalentAmount ?e . ?e kg:value ?ev .
                                    OPTIONAL { ?e kg:currency ?ec } OPTIONAL { ?e kg:qualifier ?eq } } }
              OPTIONAL { ?i kg:period ?period }
              OPTIONAL { ?i kg:targetText ?tt } }""").rows:
        i, v, c, q, ev, ec, eq, period, tt = (None if t is None else str(t) for t in row)
        if i not in G:
            continue
        data = G.nodes[i]
        if v is not None:
            amount = money_text(v, c, q)
            if ev is not None:
                amount += f" ({money_text(ev, ec, eq)})"
            data["amount"] = amount
            data["description"] = data["label"]
            data["label"] = amount
        if period:
            data["period"] = period
        if tt:
            data["target_text"] = tt

    # -- evidence ---------------------------------------------------------------------------
    evidence: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    offsets = "OPTIONAL { ?ev kg:start ?start } OPTIONAL { ?ev kg:end ?end }" if provenance else ""
    for s, p, o, sent, rule, conf, doc, docl, ev, start, end in run_query(g, f"""
            SELECT ?s ?p ?o ?sent ?rule ?conf ?doc ?docl ?ev ?start ?end WHERE {{
              ?ev a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
              OPTIONAL {{ ?ev kg:sentence ?sent }} OPTIONAL {{ ?ev kg:rule ?rule }}
              OPTIONAL {{ ?ev kg:confidence ?conf }} {offsets}
              OPTIONAL {{ ?ev kg:document ?doc OPTIONAL {{ ?doc rdfs:label ?docl }} }} }}""").rows:
        item = {
            "sentence": str(sent) if sent is not None else "",
            "document": str(docl) if docl is not None else (local_name(str(doc)) if doc is not None else ""),
            "rule": str(rule) if rule is not None else "",
            "confidence": float(conf.toPython()) if isinstance(conf, Literal) else None,
        }
        if provenance:
            item["start"] = _int(start)
            item["end"] = _int(end)
            item["iri"] = str(ev) if isinstance(ev, URIRef) else ""
        evidence[(str(s), str(p), str(o))].append(item)

    # -- edges: triples between two nodes ----------------------------------------------------
    for s, p, o in run_query(g, "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?o)) }").rows:
        s, p, o = str(s), str(p), str(o)
        if p in _NOT_EDGES or s not in G or o not in G or s == o and p == str(OWL.sameAs):
            continue
        items = evidence.get((s, p, o), [])
        if not items and G.nodes[s]["kind"] == "investment":  # investment -> target: the investment's evidence
            items = [e for (es, _, _), ev in evidence.items() if es == s for e in ev]
        G.add_edge(s, o, key=p, predicate=p, label=labels.get(p, local_name(p)), evidence=items,
                   sentences=_unique(e["sentence"] for e in items),
                   confidence=max((e["confidence"] for e in items if e["confidence"] is not None), default=None))

    # every node's sentences: those of the facts it takes part in
    for (s, _p, o), items in evidence.items():
        for node in (s, o):
            if node in G:
                G.nodes[node]["sentences"].extend(e["sentence"] for e in items if e["sentence"])
                G.nodes[node]["documents"].extend(e["document"] for e in items if e["document"])
    for _, data in G.nodes(data=True):
        data["sentences"] = _unique(data["sentences"])
        data["documents"] = sorted(set(data["documents"]))

    G.graph["class_labels"] = {c: labels.get(c, local_name(c)) for c in {d["cls"] for _, d in G.nodes(data=True)}}
    G.graph["class_ancestors"] = {c: sorted(ancestors.get(c, ())) for c in G.graph["class_labels"]}
    return G


def _int(term: Any) -> int | None:
    try:
        return int(term.toPython()) if isinstance(term, Literal) else None
    except (TypeError, ValueError):
        return None


def _unique(items: Iterable[str]) -> list[str]:
    return [s for s in dict.fromkeys(items) if s]


# -- cutting a graph down ------------------------------------------------------------------------
def find_nodes(G: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes one of whose names equals ``name`` (case-insensitive; an IRI also matches).

    Raises :class:`RenderError` listing close names when there is none.
    """
    key = name.strip().casefold()
    found = [n for n, d in G.nodes(data=True) if n == name or any(x.casefold() == key for x in d.get("names", ()))]
    if found:
        return found
    all_names = sorted({x for _, d in G.nodes(data=True) for x in d.get("names", ())})
    by_fold = {x.casefold(): x for x in all_names}
    close = [by_fold[c] for c in difflib.get_close_matches(key, list(by_fold), n=5, cutoff=0.6)]
    words: dict[str, set[str]] = defaultdict(set)  # a word of a name -> the names: 'dana' finds 'Dana Whitfield'
    for x in all_names:
        for w in x.casefold().split():
            words[w].add(x)
    for w in difflib.get_close_matches(key, list(words), n=5, cutoff=0.6):
        close += sorted(words[w] - set(close))
    close += [x for x in all_names if key and key in x.casefold() and x not in close]
    close = close[:8]
    hint = f"; close names: {', '.join(repr(c) for c in close)}" if close else \
        ("; the graph has no entities" if not all_names else "")
    raise RenderError(f"no entity named {name!r} in the graph{hint}")


def match_classes(G: nx.MultiDiGraph, classes: Iterable[str]) -> set[str]:
    """Class IRIs named by local name, label or IRI (case-insensitive); a class matches its subclasses too."""
    present = G.graph.get("class_labels") or {d["cls"]: local_name(d["cls"]) for _, d in G.nodes(data=True)}
    ancestors = G.graph.get("class_ancestors", {})
    chosen: set[str] = set()
    for name in classes:
        key = name.strip().casefold()
        if not key:
            continue
        hits = {c for c in present if key in (c.casefold(), local_name(c).casefold(), present[c].casefold())}
        hits |= {c for c in present for a in ancestors.get(c, ()) if key in (a.casefold(), local_name(a).casefold())}
        if not hits:
            choices = ", ".join(sorted(local_name(c) for c in present)) or "none"
            raise RenderError(f"no class {name!r} among the graph's nodes; classes present: {choices}")
        chosen |= hits
    return chosen


def select(G: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 2, max_nodes: int | None = None,
           classes: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """A subgraph: only ``classes``; then the neighbourhood of ``focus`` up to ``depth`` edges away
    (either direction); then the ``max_nodes`` most central nodes by PageRank. Returns a copy."""
    if depth < 0:
        raise RenderError(f"--depth must be 0 or more, not {depth}")
    if max_nodes is not None and max_nodes < 1:
        raise RenderError(f"--max-nodes must be 1 or more, not {max_nodes}")
    H = G
    if classes:
        keep = match_classes(G, classes)
        H = H.subgraph([n for n, d in H.nodes(data=True) if d["cls"] in keep])
    if focus:
        roots = find_nodes(H, focus) if len(H) else find_nodes(G, focus)
        roots = [r for r in roots if r in H]
        if not roots:
            raise RenderError(f"{focus!r} is not of the classes asked for")
        undirected = H.to_undirected(as_view=True)
        near: set[str] = set()
        for r in roots:
            near |= set(nx.single_source_shortest_path_length(undirected, r, cutoff=depth))
        H = H.subgraph(near)
    if max_nodes is not None and len(H) > max_nodes:
        rank = pagerank(H)
        top = sorted(H, key=lambda n: (-rank.get(n, 0.0), H.nodes[n].get("label", ""), n))[:max_nodes]
        H = H.subgraph(top)
    out = H.copy()
    out.graph.update(G.graph)
    return out


def pagerank(G: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank over a simple undirected view (direction in a news graph says little about importance)."""
    if len(G) == 0:
        return {}
    simple = nx.Graph(G.to_undirected(as_view=True))
    try:
        return nx.pagerank(simple, max_iter=1000)
    except nx.PowerIterationFailedConvergence:
        warnings.warn("PageRank did not converge in 1,000 iterations; ranking by degree instead", stacklevel=2)
        total = 2 * simple.number_of_edges() or 1
        return {n: d / total for n, d in simple.degree()}


__all__ = ["class_ancestors", "find_nodes", "local_name", "match_classes", "money_text", "pagerank", "select",
           "term_labels", "to_networkx"]
