"""SHACL validation of kg graphs (pySHACL): structural shapes from ``ontology/shapes.ttl`` plus
domain and range shapes derived from the ontology, so an extension's properties are checked too."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef

from .errors import ValidationError
from .formats import read_graph
from .ontology import load_ontology_graph, ontology_file

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str
    focus_label: str
    path: str
    message: str
    value: str

    def __str__(self) -> str:
        who = f"{self.focus_label!r} <{self.focus}>" if self.focus_label else f"<{self.focus}>"
        where = f" {self.path}:" if self.path else ""
        value = f" (found {self.value})" if self.value and self.value != _local(self.focus) else ""
        return f"{who}{where} {self.message}{value}"


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def shapes_graph(onto: Graph) -> Graph:
    """The shapes file plus a subject and an object shape for every object property with a domain or range."""
    g = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    for p in onto.subjects(RDF.type, OWL.ObjectProperty):
        if not isinstance(p, URIRef):
            continue
        for target, constraint in ((SH.targetSubjectsOf, RDFS.domain), (SH.targetObjectsOf, RDFS.range)):
            cls = onto.value(p, constraint)
            if not isinstance(cls, URIRef):
                continue
            shape = BNode()
            role = "subject" if constraint == RDFS.domain else "object"
            g.add((shape, RDF.type, SH.NodeShape))
            g.add((shape, target, p))
            g.add((shape, SH["class"], cls))
            name = _local(str(cls))
            article = "an" if name[:1].lower() in "aeiou" else "a"
            g.add((shape, SH.message, Literal(f"the {role} of {_local(str(p))} must be {article} {name}")))
    return g


def validate_graph(graph: Graph, ontology: Iterable[str | Path] = ()) -> list[Violation]:
    """Check a graph against the shapes; returns the violations (empty when the graph conforms)."""
    from pyshacl import validate

    onto = load_ontology_graph(ontology)
    data = Graph()
    for t in graph:
        data.add(t)
    _, results, _ = validate(data, shacl_graph=shapes_graph(onto), ont_graph=onto, inference="none",
                             allow_warnings=True)
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        label = data.value(focus, RDFS.label) if focus is not None else None
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        shown = "" if value is None else (_local(str(value)) if isinstance(value, URIRef) else str(value))
        out.append(Violation(str(focus), str(label or ""), _local(str(path)) if isinstance(path, URIRef) else "",
                             str(results.value(r, SH.resultMessage) or "violates a shape"), shown))
    return sorted(out, key=lambda v: (v.focus_label, v.focus, v.path, v.message))


def check_file(path: str | Path, format: str | None = None, ontology: Iterable[str | Path] = ()) -> None:
    """Raise ValidationError if the graph file at ``path`` violates the shapes."""
    violations = validate_graph(read_graph(path, format), ontology)
    if violations:
        raise ValidationError(violations)
