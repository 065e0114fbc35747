"""``kg ontology check``: find the mistakes a user makes when extending the ontology in Turtle.

Each problem is one readable line naming the file, the term, what is wrong and how to fix it:
a Turtle syntax error (with line and column), a term of the kg namespace that does not exist (a
typo such as ``kg:verbcue``), a cue that names an unknown class or property, a parent class or
property that does not exist, a property without a domain or range.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
from rdflib import OWL, RDF, RDFS, BNode, Graph, URIRef
from rdflib.term import Node

from .errors import OntologyError
from .namespace import KG, KG_IRI
from .ontology import _expand, core_ontology_path

#: Cue annotations whose values must be classes of the loaded ontology.
CLASS_VALUED = {KG.possessiveCue, KG.possessiveObjectCue}
#: Annotations that only make sense on a class / on a property.
ON_CLASSES = {KG.nerLabel, KG.headNoun, KG.nameSuffix, KG.namePrefix, KG.titlePrefix, KG.versionedNames,
              KG.siteNoun, KG.operatorNoun}
ON_PROPERTIES = {KG.verbCue, KG.titleCue, KG.nounCue, KG.possessiveCue, KG.possessiveObjectCue, KG.possessiveNounCue,
                 KG.prepositionCue, KG.adjacentPrepositionCue, KG.appositionCue, KG.versionPossessiveCue,
                 KG.hyphenCue, KG.creditCue, KG.datelineCue, KG.roleCue, KG.titlePrepositionCue}
STANDARD = (str(OWL), str(RDF), str(RDFS))


@dataclass(frozen=True)
class Problem:
    file: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


def _short(iri: Node | str) -> str:
    s = str(iri)
    return "kg:" + s[len(KG_IRI):] if s.startswith(KG_IRI) else f"<{s}>"


def _suggest(name: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, sorted(choices), n=3, cutoff=0.6)
    return f"; did you mean {', '.join(close)}?" if close else ""


def _syntax(path: Path) -> str | None:
    try:
        for _ in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE):
            pass
    except SyntaxError as exc:
        return str(exc).splitlines()[0]
    return None


def check_ontology(paths: Iterable[str | Path]) -> list[Problem]:
    """Check extension files (or folders of them) against the core ontology; returns the problems found."""
    files = _expand(paths)
    if not files:
        raise OntologyError("no ontology file to check; give .ttl files or folders of them")
    problems: list[Problem] = []
    core = Graph().parse(core_ontology_path(), format="turtle")
    graphs: dict[Path, Graph] = {}
    for f in files:
        err = _syntax(f)
        if err:
            problems.append(Problem(str(f), f"not valid Turtle: {err}"))
            continue
        graphs[f] = Graph().parse(f, format="turtle")
    merged = Graph()
    for t in core:
        merged.add(t)
    for g in graphs.values():
        for t in g:
            merged.add(t)
    classes = {c for c in merged.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)} | \
              {c for c in merged.subjects(RDF.type, RDFS.Class) if isinstance(c, URIRef)}
    properties = {p for t in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
                  for p in merged.subjects(RDF.type, t) if isinstance(p, URIRef)}
    kg_terms = {str(t) for t in classes | properties if str(t).startswith(KG_IRI)}
    class_names = [_short(c) for c in classes]
    prop_names = [_short(p) for p in properties]

    for f, g in graphs.items():
        where = str(f)
        # annotations of the kg namespace that do not exist: typos (subjects and objects get the messages below)
        used = {p for _, p, _ in g if str(p).startswith(KG_IRI)}
        for term in sorted(u for u in used - {URIRef(x) for x in kg_terms} if isinstance(u, URIRef)):
            if (term, RDF.type, None) in g:
                continue
            problems.append(Problem(where, f"{_short(term)} is not a term of the kg ontology"
                                           f"{_suggest(_short(term), prop_names)}"))
        for s, p, o in g:
            if p in CLASS_VALUED and isinstance(o, URIRef) and o not in classes:
                problems.append(Problem(where, f"{_short(s)} {_short(p)} names {_short(o)}, which is not a class"
                                               f"{_suggest(_short(o), class_names)}"))
            if p == RDFS.subClassOf and isinstance(o, URIRef) and o not in classes and not str(o).startswith(STANDARD):
                problems.append(Problem(where, f"{_short(s)} is a subclass of {_short(o)}, which is not a class"
                                               f"{_suggest(_short(o), class_names)}"))
            if p in (RDFS.subPropertyOf, OWL.inverseOf) and isinstance(o, URIRef) and o not in properties:
                rel = "a sub-property" if p == RDFS.subPropertyOf else "the inverse"
                problems.append(Problem(where, f"{_short(s)} is {rel} of {_short(o)}, which is not a property"
                                               f"{_suggest(_short(o), prop_names)}"))
            if (p in (RDFS.domain, RDFS.range) and isinstance(o, URIRef) and o not in classes
                    and not str(o).startswith(STANDARD)):
                which = "domain" if p == RDFS.domain else "range"
                problems.append(Problem(where, f"{_short(s)} has {which} {_short(o)}, which is not a class"
                                               f"{_suggest(_short(o), class_names)}"))
            if p in ON_PROPERTIES and s not in properties:
                problems.append(Problem(where, f"{_short(p)} is given on {_short(s)}, "
                                               "which is not a declared property; declare it (a owl:ObjectProperty)"))
            if p in ON_CLASSES and s not in classes:
                problems.append(Problem(where, f"{_short(p)} is given on {_short(s)}, which is not a declared class; "
                                               "declare it (a owl:Class)"))
        for p in sorted(x for x in g.subjects(RDF.type, OWL.ObjectProperty) if isinstance(x, (URIRef, BNode))):
            for what, pred in (("domain", RDFS.domain), ("range", RDFS.range)):
                inherited = any(merged.value(sup, pred) for sup in merged.objects(p, RDFS.subPropertyOf))
                if merged.value(p, pred) is None and not inherited:
                    end = "subject" if what == "domain" else "object"
                    problems.append(Problem(where, f"{_short(p)} has no rdfs:{what}; say which class its {end} is"))
    return problems
