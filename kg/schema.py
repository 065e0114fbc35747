"""The ontology as plain data, for code that must not depend on rdflib (the extractor).

``kg.ontology.load_schema`` reads the Turtle files and returns a :class:`Schema`; everything the
extractor knows about classes, relations and their lexical cues comes from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


def local_name(iri: str) -> str:
    """The part of an IRI after the last ``#`` or ``/``."""
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1]
    return iri


@dataclass(frozen=True)
class ClassDef:
    iri: str
    label: str
    parents: tuple[str, ...] = ()
    ner_labels: tuple[str, ...] = ()
    head_nouns: tuple[str, ...] = ()
    name_suffixes: tuple[str, ...] = ()
    name_prefixes: tuple[str, ...] = ()
    #: titles of address written before a name ('President', 'Sen.'): the name with one is another name
    title_prefixes: tuple[str, ...] = ()
    #: names of members are often written with a version ('Nova 2', 'Tala-4', 'q3'): such a name is one
    versioned_names: bool = False
    #: head nouns of a site an organization occupies ('headquarters', 'campus'): an organization's name before
    #: one is the occupant's, not the site's ('move Vexa headquarters to Oslo')
    site_nouns: tuple[str, ...] = ()
    #: nouns of what a member offers ('app', 'platform'): written bare before a name ('food delivery app Tarvo'),
    #: news' way of naming the member that runs it, whatever class the noun is a head noun of
    operator_nouns: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return local_name(self.iri)


@dataclass(frozen=True)
class PropertyDef:
    iri: str
    label: str
    domain: str | None = None
    range: str | None = None
    inverse: str | None = None
    parents: tuple[str, ...] = ()
    transitive: bool = False
    #: owl:propertyChainAxiom: each chain (p1, p2, ...) whose facts end to end imply this property
    chains: tuple[tuple[str, ...], ...] = ()
    verb_cues: tuple[str, ...] = ()
    title_cues: tuple[str, ...] = ()
    noun_cues: tuple[str, ...] = ()
    possessive: tuple[str, ...] = ()
    possessive_object: tuple[str, ...] = ()
    #: nouns for the possessed thing that state the property ('its Nova chatbot': develops)
    possessive_nouns: tuple[str, ...] = ()
    #: "X's Y", Y a name written with a version ('Vexa's Nova-4'), states property(X, Y)
    version_possessive: bool = False
    prepositions: tuple[str, ...] = ()
    adjacent_prepositions: tuple[str, ...] = ()
    apposition: bool = False
    credit: bool = False
    #: a news dateline alone, 'DAYTON, Ohio (AP)', states property(agency, each place)
    dateline: bool = False
    role: bool = False
    hyphen_cues: tuple[str, ...] = ()
    event_nouns: tuple[str, ...] = ()
    stake_cues: tuple[str, ...] = ()
    #: prepositions after a title of the property that name its object ('a shareholder in Y')
    title_prepositions: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return local_name(self.iri)


@dataclass(frozen=True)
class GazetteerEntry:
    """A known member of a class, from an extension: its canonical name and other names."""

    name: str
    cls: str
    aliases: tuple[str, ...] = ()


@dataclass
class Schema:
    """Classes and relations of the loaded ontology (core plus extensions), keyed by IRI."""

    classes: dict[str, ClassDef] = field(default_factory=dict)
    properties: dict[str, PropertyDef] = field(default_factory=dict)
    non_entity_names: frozenset[str] = frozenset()
    entity_root: str = ""
    gazetteer: tuple[GazetteerEntry, ...] = ()
    # closures, computed once per class or property: a Schema is not changed after it is built
    _ancestors: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _super_properties: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _specialised: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    # ---- classes -------------------------------------------------------------------------
    def ancestors(self, cls: str) -> frozenset[str]:
        """``cls`` and every class above it (rdfs:subClassOf closure)."""
        cached = self._ancestors.get(cls)
        if cached is not None:
            return cached
        seen: set[str] = set()
        todo = [cls]
        while todo:
            c = todo.pop()
            if c in seen:
                continue
            seen.add(c)
            if c in self.classes:
                todo.extend(self.classes[c].parents)
        self._ancestors[cls] = result = frozenset(seen)
        return result

    def is_a(self, cls: str | None, parent: str | None) -> bool:
        if parent is None:
            return True
        if cls is None:
            return False
        return parent in self.ancestors(cls)

    def depth(self, cls: str) -> int:
        return len(self.ancestors(cls))

    def entity_classes(self) -> list[ClassDef]:
        """Classes under the entity root (the classes a name can be typed with)."""
        return [c for c in self.classes.values() if self.entity_root in self.ancestors(c.iri)]

    def class_named(self, name: str) -> ClassDef:
        for c in self.classes.values():
            if c.name == name or c.iri == name:
                return c
        raise KeyError(name)

    # ---- properties ----------------------------------------------------------------------
    def property_named(self, name: str) -> PropertyDef:
        for p in self.properties.values():
            if p.name == name or p.iri == name:
                return p
        raise KeyError(name)

    def super_properties(self, prop: str) -> frozenset[str]:
        """``prop`` and every property above it (rdfs:subPropertyOf closure)."""
        cached = self._super_properties.get(prop)
        if cached is not None:
            return cached
        seen: set[str] = set()
        todo = [prop]
        while todo:
            p = todo.pop()
            if p in seen:
                continue
            seen.add(p)
            if p in self.properties:
                todo.extend(self.properties[p].parents)
        self._super_properties[prop] = result = frozenset(seen)
        return result

    def is_specialised(self, prop: str) -> bool:
        """Whether another property is declared a sub-property of ``prop`` (worksFor, which ceoOf specialises)."""
        if self._specialised is None:
            self._specialised = frozenset(q for p in self.properties.values() for q in p.parents)
        return prop in self._specialised

    def fits(self, prop: str, subject_cls: str | None, object_cls: str | None) -> bool:
        """Do the argument classes fit the property's domain and range?"""
        p = self.properties[prop]
        return self.is_a(subject_cls, p.domain) and self.is_a(object_cls, p.range)

    def best_property(self, candidates: Iterable[tuple[str, str | None, str | None]], subject_cls: str,
                      object_cls: str) -> str | None:
        """Of candidate readings (property, the class its cue wants of the subject, of the object: None for the
        property's own), the property whose domain and range and the cue's wants the classes fit, the most specific
        (deepest classes) first; None when none fits."""
        best, best_score = None, -1
        for prop, need_s, need_o in candidates:
            if prop not in self.properties or not self.fits(prop, subject_cls, object_cls):
                continue
            if not self.is_a(subject_cls, need_s) or not self.is_a(object_cls, need_o):
                continue
            p = self.properties[prop]
            score = sum(self.depth(c) for c in (p.domain, p.range, need_s, need_o) if c)
            if score > best_score:
                best, best_score = prop, score
        return best
