"""Scoring extraction against gold data (format and rules: ``shared/eval/README.md``).

Every gold document is built exactly as ``kg build`` builds it (same Builder, same
``KnowledgeGraph.add_document``), and the resulting RDF graph is scored. The semantics of inverse,
sub- and transitive properties come from the loaded ontology, so extensions are scored too.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from .builder import Builder
from .documents import Document
from .errors import InputError
from .graph import KnowledgeGraph
from .namespace import KG
from .ontology import load_ontology_graph


@dataclass
class GoldDoc:
    id: str
    text: str
    entities: list[dict]
    triples: list[tuple[str, str, str]]
    optional: list[tuple[str, str, str]]
    investments: list[dict]
    #: roles and holdings the text says have ended: not facts of the document
    former: list[tuple[str, str, str]] = field(default_factory=list)


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def read_gold(path: str | Path) -> list[GoldDoc]:
    """Read gold JSON Lines; a ``source`` is resolved against the gold file's folder and its parents."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{str(p)!r}: no such gold file")
    docs = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}:{n}: not JSON ({exc.msg})") from exc
        text = rec.get("text")
        if text is None and "source" in rec:
            for base in [p.parent, *p.parent.parents]:
                if (base / rec["source"]).is_file():
                    text = (base / rec["source"]).read_text(encoding="utf-8")
                    break
            else:
                raise InputError(f"{p}:{n}: source {rec['source']!r} not found beside the gold file or above it")
        if text is None:
            raise InputError(f"{p}:{n}: has neither \"text\" nor \"source\"")
        docs.append(GoldDoc(str(rec.get("id", f"{p.name}:{n}")), text, rec.get("entities", []),
                            [tuple(t) for t in rec.get("triples", [])], [tuple(t) for t in rec.get("optional", [])],
                            rec.get("investments", []), [tuple(t) for t in rec.get("former", [])]))
    return docs


_SLICE = re.compile(r"^(?P<path>.*)\[(?P<start>-?\d*):(?P<end>-?\d*)\]$")


def read_gold_spec(spec: str | Path) -> list[GoldDoc]:
    """Gold documents of ``FILE`` or ``FILE[A:B]``."""
    m = _SLICE.match(str(spec))
    if not m:
        return read_gold(spec)
    docs = read_gold(m["path"])
    start = int(m["start"]) if m["start"] else None
    end = int(m["end"]) if m["end"] else None
    return docs[start:end]


class GoldNames:
    """A gold document's entities by name: a canonical name beats an alias, and an alias several gold
    entities share decides nothing (the reference scorer's rule)."""

    def __init__(self, entities: Iterable[dict]):
        self.type: dict[str, str] = {}
        self.canon: dict[str, str] = {}
        self.alias: dict[str, set[str]] = defaultdict(set)
        for e in entities:
            self.type[e["name"]] = e["type"]
            self.canon[_norm(e["name"])] = e["name"]
            for n in e.get("aliases", []):
                self.alias[_norm(n)].add(e["name"])

    def match(self, labels: Iterable[str]) -> str | None:
        """The gold entity one of these names names, or None."""
        keys = {_norm(lab) for lab in labels}
        hits = sorted(self.canon[k] for k in keys if k in self.canon) or \
            sorted(next(iter(self.alias[k])) for k in keys if len(self.alias.get(k, ())) == 1)
        return hits[0] if hits else None


def transitive_closure(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The pairs of a transitive relation with every pair they imply (a->b, b->c: a->c), without self-pairs."""
    pairs = set(pairs)
    while True:
        new = {(a, d) for a, b in pairs for c, d in pairs if b == c and a != d} - pairs
        if not new:
            return pairs
        pairs |= new


class Semantics:
    """Inverse, sub-property and transitive closure as the ontology defines them."""

    def __init__(self, onto: Graph):
        self.inverse: dict[Node, set[Node]] = defaultdict(set)
        for a, b in onto.subject_objects(OWL.inverseOf):
            self.inverse[a].add(b)
            self.inverse[b].add(a)
        for p in onto.subjects(RDF.type, OWL.SymmetricProperty):
            self.inverse[p].add(p)
        self.parents: dict[Node, set[Node]] = defaultdict(set)
        for a, b in onto.subject_objects(RDFS.subPropertyOf):
            self.parents[a].add(b)
        self.transitive = set(onto.subjects(RDF.type, OWL.TransitiveProperty))
        self.properties = set(onto.subjects(RDF.type, OWL.ObjectProperty))
        self.class_parents: dict[Node, set[Node]] = defaultdict(set)
        for a, b in onto.subject_objects(RDFS.subClassOf):
            self.class_parents[a].add(b)
        self.entity_classes = {c for c in onto.subjects(RDF.type, OWL.Class) if KG.Entity in self.class_ancestors(c)}
        self._terms = {_local(t): t for t in self.properties | set(self.class_parents) | self.entity_classes}

    def term(self, local: str) -> Node:
        """The ontology's class or property with this local name (gold data names terms by local name).

        A name the loaded ontology lacks ('killed' without the conflict extension) gets an IRI that
        matches nothing, so its gold facts count as missed.
        """
        return self._terms.get(local, URIRef(f"https://w3id.org/kg/unknown#{local}"))

    def class_ancestors(self, c: Node) -> set[Node]:
        seen, todo = set(), [c]
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo.extend(self.class_parents.get(x, ()))
        return seen

    def implied(self, facts: Iterable[tuple[str, Node, str]]) -> set[tuple[str, Node, str]]:
        """Close facts under inverses and sub-properties, then transitivity."""
        out: set[tuple[str, Node, str]] = set()
        todo = list(facts)
        while todo:
            s, p, o = todo.pop()
            if (s, p, o) in out:
                continue
            out.add((s, p, o))
            todo.extend((o, q, s) for q in self.inverse.get(p, ()))
            todo.extend((s, q, o) for q in self.parents.get(p, ()))
        for p in self.transitive:
            out |= {(s, p, o) for s, o in transitive_closure({(s, o) for s, q, o in out if q == p})}
        return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class DocScore:
    id: str
    entities: Counts = field(default_factory=Counts)
    facts: Counts = field(default_factory=Counts)
    investments: Counts = field(default_factory=Counts)
    entity_types: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    properties: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    #: per property and rule ('livesIn title'), the facts the rule read (in their evidence) that are true (tp)
    #: and false (fp); a fact read by several rules counts for each, an optional one for none
    rules: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    missed: list[dict] = field(default_factory=list)
    wrong: list[dict] = field(default_factory=list)


@dataclass
class Report:
    documents: list[DocScore]
    entities: Counts = field(default_factory=Counts)
    facts: Counts = field(default_factory=Counts)
    investments: Counts = field(default_factory=Counts)
    entity_types: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    properties: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    rules: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))

    def as_dict(self, per_doc: bool = False) -> dict:
        out = {
            "documents": len(self.documents),
            "entities": self.entities.as_dict(),
            "facts": self.facts.as_dict(),
            "investments": self.investments.as_dict(),
            "entity_types": {k: v.as_dict() for k, v in sorted(self.entity_types.items())},
            "properties": {k: v.as_dict() for k, v in sorted(self.properties.items())},
            "rules": {k: {"true": v.tp, "false": v.fp, "precision": round(v.precision, 4)}
                      for k, v in sorted(self.rules.items())},
        }
        if per_doc:
            out["per_document"] = [{"id": d.id, "entities": d.entities.as_dict(), "facts": d.facts.as_dict(),
                                    "missed": d.missed, "wrong": d.wrong} for d in self.documents]
        return out


def _local(iri: Node) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def score_graph(graph: Graph, gold: GoldDoc, sem: Semantics) -> DocScore:
    """Score one document's graph against its gold record (rules: ``shared/eval/README.md``).

    Strict: a fact whose subject or object matches no gold entity is false. Each missed and each false fact
    carries its cause (:data:`MISSED_CAUSES`, :data:`WRONG_CAUSES`) and, for false facts, its evidence.
    """
    sc = DocScore(gold.id)
    names = GoldNames(gold.entities)
    gold_type = names.type
    # predicted entity nodes (an entity class and a label) and the gold entity each names: a canonical name
    # beats an alias, and an alias several gold entities share decides nothing
    labels_of: dict[Node, list[str]] = {}
    types_of: dict[Node, set[Node]] = {}
    node_gold: dict[Node, str] = {}
    for node in set(graph.subjects(RDF.type, None)):
        types = {t for t in graph.objects(node, RDF.type) if t in sem.entity_classes}
        labels = [str(lab) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for lab in graph.objects(node, p)
                  if isinstance(lab, Literal)]
        if not types or not labels:
            continue
        labels_of[node], types_of[node] = labels, types
        match = names.match(labels)
        if match is not None:
            node_gold[node] = match
    found: set[str] = set()
    typed_as: dict[str, set[str]] = defaultdict(set)  # gold name -> classes its nodes have
    for node, types in types_of.items():
        closure = set().union(*(sem.class_ancestors(t) for t in types))
        match = node_gold.get(node)
        if match is None:
            specific = _local(max(types, key=lambda t: len(sem.class_ancestors(t))))
            sc.entities.fp += 1
            sc.entity_types[specific].fp += 1
        elif sem.term(gold_type[match]) in closure:
            found.add(match)
        else:
            typed_as[match] |= {_local(t) for t in types}
    for gold_name, t in gold_type.items():
        if gold_name in found:
            sc.entities.tp += 1
            sc.entity_types[t].tp += 1
        else:
            sc.entities.fn += 1
            sc.entity_types[t].fn += 1

    # facts: every triple with a property of the loaded ontology between two entity nodes, whatever their ends
    def name(node: Node) -> str:
        return node_gold.get(node, str(node))

    def shown(node: Node) -> str:
        return node_gold.get(node) or labels_of[node][0]

    gold_facts = {(s, sem.term(p), o) for s, p, o in gold.triples}
    gold_closure = sem.implied(gold_facts)
    optional_closure = sem.implied({(s, sem.term(p), o) for s, p, o in gold.optional}) | gold_closure
    former = sem.implied({(s, sem.term(p), o) for s, p, o in gold.former})
    asserted: dict[tuple[str, Node, str], tuple[Node, Node]] = {}
    for s, p, o in graph:
        if p in sem.properties and s in types_of and o in types_of and s != o:
            asserted.setdefault((name(s), p, name(o)), (s, o))
    predicted = sem.implied(asserted)
    for f in sorted(gold_facts):
        c = sc.properties[_local(f[1])]
        if f in predicted:
            sc.facts.tp += 1
            c.tp += 1
        else:
            sc.facts.fn += 1
            c.fn += 1
            cause = _missed_cause(f, found, typed_as, gold_type, labels_of, predicted)
            sc.missed.append({"fact": [f[0], _local(f[1]), f[2]], "cause": cause})
    for f in sorted(asserted, key=str):
        implied = sem.implied([f])
        s_node, o_node = asserted[f]
        evidence = _evidence_for(graph, f[1], s_node, o_node)
        rules = {f"{_local(f[1])} {rule}" for rule, _ in evidence}
        if f in gold_closure or implied & optional_closure:
            if f in gold_closure or implied & gold_closure:
                for rule in rules:
                    sc.rules[rule].tp += 1
            continue
        sc.facts.fp += 1
        sc.properties[_local(f[1])].fp += 1
        for rule in rules:
            sc.rules[rule].fp += 1
        cause = _wrong_cause(f, s_node in node_gold, o_node in node_gold, gold_closure, former, sem)
        sc.wrong.append({"fact": [shown(s_node), _local(f[1]), shown(o_node)], "cause": cause,
                         "evidence": [f"{rule}: {sentence}" for rule, sentence in evidence]})

    # investments: investor, amount and currency
    predicted_inv = set()
    for inv in graph.subjects(RDF.type, KG.Investment):
        investor = graph.value(inv, KG.investor)
        amount = graph.value(inv, KG.amount)
        if investor is not None and investor in node_gold and amount is not None:
            value, cur = graph.value(amount, KG.value), graph.value(amount, KG.currency)
            if value is not None and cur is not None:
                predicted_inv.add((node_gold[investor], Decimal(str(value)), str(cur)))
    gold_inv = {(i["investor"], Decimal(str(i["amount"])), i["currency"]) for i in gold.investments}
    sc.investments.tp = len(gold_inv & predicted_inv)
    sc.investments.fn = len(gold_inv - predicted_inv)
    sc.investments.fp = len(predicted_inv - gold_inv) if gold.investments else 0
    return sc


#: Why a gold fact was missed, in the order they are checked.
MISSED_CAUSES = {
    "typing": "an end was found with another class, so no property fits",
    "boundary": "an end was found with other words (a longer or shorter name)",
    "entity not found": "an end was not found at all",
    "direction": "the fact was read the other way round",
    "wrong property": "the two ends were linked by another property",
    "not extracted": "both ends were found, and nothing linked them",
}
#: Why a predicted fact is false.
WRONG_CAUSES = {
    "spurious entity": "an end is no gold entity (or a gold entity's name with other words)",
    "ended": "the text says the fact has ended (a former role or holding)",
    "direction": "the gold has it the other way round",
    "wrong property": "the gold links the two ends by another property",
    "not in gold": "the gold links the two ends by nothing",
}


def _missed_cause(f: tuple[str, Node, str], found: set[str], typed_as: dict[str, set[str]],
                  gold_type: dict[str, str], labels_of: dict[Node, list[str]],
                  predicted: set[tuple[str, Node, str]]) -> str:
    ends = (f[0], f[2])
    if any(e in typed_as and e not in found for e in ends):
        return "typing"
    missing = [e for e in ends if e not in found and e not in typed_as]
    if missing:
        words = [_norm(lab) for labels in labels_of.values() for lab in labels]
        if any(_norm(e) in w or w in _norm(e) for e in missing for w in words if w):
            return "boundary"
        return "entity not found"
    if any(p == f[1] for s, p, o in predicted if (s, o) == (f[2], f[0])):
        return "direction"
    if any({s, o} == {f[0], f[2]} for s, p, o in predicted):
        return "wrong property"
    return "not extracted"


def _wrong_cause(f: tuple[str, Node, str], s_gold: bool, o_gold: bool, gold_closure: set, former: set,
                 sem: Semantics) -> str:
    if not (s_gold and o_gold):
        return "spurious entity"
    if sem.implied([f]) & former:
        return "ended"
    if any(p == f[1] for s, p, o in gold_closure if (s, o) == (f[2], f[0])):
        return "direction"
    if any((s, o) in {(f[0], f[2]), (f[2], f[0])} for s, p, o in gold_closure):
        return "wrong property"
    return "not in gold"


def _evidence_for(graph: Graph, prop: Node, s_node: Node, o_node: Node) -> list[tuple[str, str]]:
    """The rule and the sentence of each piece of evidence the graph has for a fact."""
    out = []
    for ev in graph.subjects(RDF.predicate, prop):
        if graph.value(ev, RDF.subject) == s_node and graph.value(ev, RDF.object) == o_node:
            out.append((str(graph.value(ev, KG.rule)), str(graph.value(ev, KG.sentence))))
    return out


def evaluate(gold_path: str | Path, *, model: str | None = None, ontology: Iterable[str | Path] = (),
             builder: Builder | None = None, limit: int | None = None) -> Report:
    """Build every gold document as ``kg build`` would and score the graphs."""
    ontology = list(ontology)
    gold = read_gold_spec(gold_path)[:limit]
    builder = builder if builder is not None else Builder(model=model, ontology=ontology)
    sem = Semantics(load_ontology_graph(ontology))
    by_id = {g.id: g for g in gold}
    report = Report(documents=[])
    docs = (Document(id=g.id, text=g.text, source=str(gold_path)) for g in gold)
    for dg in builder.document_graphs(docs):
        kg = KnowledgeGraph(schema=builder.schema)
        kg.add_document(dg)
        sc = score_graph(kg.graph, by_id[dg.document.id], sem)
        report.documents.append(sc)
        report.entities.add(sc.entities)
        report.facts.add(sc.facts)
        report.investments.add(sc.investments)
        for k, v in sc.entity_types.items():
            report.entity_types[k].add(v)
        for k, v in sc.properties.items():
            report.properties[k].add(v)
        for k, v in sc.rules.items():
            report.rules[k].add(v)
    return report


def format_report(report: Report, per_doc: bool = False) -> str:
    """A readable table of the scores."""
    lines = []

    def row(name: str, c: Counts) -> str:
        return f"  {name:<18} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   {c.tp:5d} {c.fp:5d} {c.fn:5d}"

    head = f"  {'':<18} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>5} {'fp':>5} {'fn':>5}"
    lines.append(f"{len(report.documents)} documents")
    lines.append("entities" + head[8:])
    lines.append(row("all", report.entities))
    lines += [row(k, v) for k, v in sorted(report.entity_types.items())]
    lines.append("facts" + head[5:])
    lines.append(row("all", report.facts))
    lines += [row(k, v) for k, v in sorted(report.properties.items())]
    if report.investments.tp + report.investments.fn:
        lines.append("investments" + head[11:])
        lines.append(row("all", report.investments))
    if per_doc:
        for d in report.documents:
            if not d.missed and not d.wrong:
                continue
            lines.append(f"\n{d.id}: entities F1 {d.entities.f1:.3f}, facts F1 {d.facts.f1:.3f}")
            for m in d.missed:
                lines.append(f"  missed {m['fact'][0]} {m['fact'][1]} {m['fact'][2]}  ({m['cause']})")
            for w in d.wrong:
                lines.append(f"  wrong  {w['fact'][0]} {w['fact'][1]} {w['fact'][2]}  ({w['cause']})")
                lines += [f"         {e}" for e in w["evidence"][:2]]
    return "\n".join(lines)


def format_errors(report: Report, examples: int = 5) -> str:
    """The missed and the false facts grouped by cause, most frequent first, each with a few examples
    (false facts with the sentence and rule they were read by), so that the next improvement is obvious."""
    lines = []
    for kind, key, causes in (("missed", "missed", MISSED_CAUSES), ("false", "wrong", WRONG_CAUSES)):
        groups: dict[str, list[tuple[str, dict]]] = defaultdict(list)
        for d in report.documents:
            for item in getattr(d, key):
                groups[item["cause"]].append((d.id, item))
        total = sum(len(v) for v in groups.values())
        lines.append(f"{kind} facts: {total}")
        for cause, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            by_prop: defaultdict[str, int] = defaultdict(int)
            for _, item in items:
                by_prop[item["fact"][1]] += 1
            props = ", ".join(f"{p} {n}" for p, n in sorted(by_prop.items(), key=lambda kv: (-kv[1], kv[0])))
            lines.append(f"  {cause}: {len(items)} ({causes[cause]}) - {props}")
            for doc_id, item in items[:examples]:
                s, p, o = item["fact"]
                lines.append(f"    {doc_id}: {s} {p} {o}")
                lines += [f"      {e}" for e in item.get("evidence", [])[:1]]
    if report.rules:
        # which rules (the ontology's cues and the learned parts) read true facts, and which false ones
        lines.append(f"{'facts by property and rule':<34} {'P':>6}   {'true':>5} {'false':>5}")
        for rule, c in sorted(report.rules.items(), key=lambda kv: (-kv[1].fp, -kv[1].tp, kv[0])):
            lines.append(f"  {rule:<32} {c.precision:6.3f}   {c.tp:5d} {c.fp:5d}")
    return "\n".join(lines)
