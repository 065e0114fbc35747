"""Cross-document entity resolution for stores: a name in a new document that denotes an entity already stored.

One name is one node already (entity IRIs are slugs of names, :class:`~kg.graph.IriMinter`), and different
kinds of things with one name stay apart (the minter appends the class). This module adds, offline and
conservatively, the merges names alone do not give, when exactly one stored entity of a compatible class
(the same class, a sub- or a super-class) qualifies:

``alias``     the name is a label or alias (``skos:altLabel``) of a stored entity ("Norvale", an alias of
              Norvale Group in an earlier article);
``legal-suffix``  the name is a stored organization's name without its legal suffix ("Acme" -> "Acme Corp."),
              or without it a stored name or alias ("Lumora Inc." -> Lumora Systems, alias "Lumora");
``acronym``   an upper-case name is the initials of a stored organization's name ("IBM"), or a name's
              initials are a stored upper-case organization name (either document may come first);
``fuzzy``     (with rapidfuzz installed) the name differs from a stored name of the same class only by a
              little spelling (similarity >= 95, names of 8 characters or more).

Single-word person names ("Quist") are never linked across documents: too many people share them.

A store build links each document's names to the entities stored before it, as the document is written, and the
entities it added among themselves at its end (:func:`build_merges`, by a fixed rule), so that which names merge,
and into which entity, does not depend on the order of its documents.

Every merge is recorded in the document's own named graph, so removing the document removes it::

    <merge> a kg:Merge ; kg:mergedName "Norvale" ; kg:mergedFrom <.../entity/norvale> ;
            kg:mergedInto <.../entity/norvale-group> ; kg:mergeRule "alias" ; kg:mergedIn <doc> .

and in that graph the name becomes an alias of the entity (``skos:altLabel``). :func:`unmerge` undoes a merge:
the document's triples go back to the entity it would have had, and ``<from> kg:keptApartFrom <into>`` (in the
graph ``BASE graph/decisions``) stops later builds from making the same merge again. List merges with::

    SELECT ?name ?into ?rule ?doc WHERE { ?m a kg:Merge ; kg:mergedName ?name ; kg:mergedInto ?into ;
                                          kg:mergeRule ?rule ; kg:mergedIn ?doc }
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Any

from rdflib import RDFS, SKOS, Literal, URIRef

from .extract.legal import without_legal_form
from .iris import IriMinter, slug
from .namespace import DEFAULT_BASE, KG
from .ntriples import NT_ALT_LABEL, NT_LABEL, NT_TYPE, NTriple, nt_literal, nt_literal_text
from .resolve import DocumentGraph, normalize
from .schema import Schema, local_name
from .store import Store, replace_update, triple_lines

FUZZY_THRESHOLD = 95.0

_MERGE = {name: f"<{getattr(KG, name)}>" for name in ("Merge", "mergedName", "mergedFrom", "mergedInto", "mergeRule",
                                                      "mergedIn")}


def _words(name: str) -> list[str]:
    return [w.strip(",") for w in normalize(name).split()]


def strip_legal(name: str) -> str:
    """A name without trailing legal-form words and commas ('Acme Holdings, Inc.' -> 'acme')."""
    return " ".join(without_legal_form(_words(name)))


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", strip_legal(name)) if w and w not in ("of", "and", "&", "the", "for")]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _is_acronym(name: str) -> bool:
    return name.isupper() and 2 <= len(name) <= 6 and " " not in name


class _Ambiguous(Exception):
    """More than one stored entity fits a name: merge nothing."""


class _DocumentMinter:
    """The build's minter, with some names of one document sent to stored entities."""

    def __init__(self, minter: IriMinter, overrides: dict[tuple[str, str], URIRef]):
        self._minter = minter
        #: the stored entity each linked (name, class) is sent to
        self.overrides = overrides

    def entity(self, name: str, cls: str) -> URIRef:
        target = self.overrides.get((name, cls))
        return target if target is not None else self._minter.entity(name, cls)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._minter, attr)


class Linker:
    """Finds, for each entity of a new document, a stored entity it denotes; records each merge."""

    def __init__(self, store: Store, minter: IriMinter, schema: Schema, learn: bool = True):
        """``learn``: index each document's names for the documents after it (first come, first target); without
        it, names link only to the entities stored when the linker was made (:func:`build_merges` links the rest
        at the end of a build, whatever the order)."""
        self.store = store
        self.learn = learn
        self.minter = minter
        self.schema = schema
        self.prefix = f"{minter.base}entity/"
        self.person = next((c.iri for c in schema.classes.values() if c.name == "Person"), "")
        self.org = next((c.iri for c in schema.classes.values() if c.name == "Organization"), "")
        self.names: dict[str, set[tuple[str, str]]] = defaultdict(set)     # normalized label/alias -> {(iri, cls)}
        self.canonical: dict[str, tuple[str, str]] = {}                     # iri -> (rdfs:label, cls)
        self.stripped: dict[str, set[tuple[str, str]]] = defaultdict(set)   # org name without legal suffix
        self.acronyms: dict[str, set[tuple[str, str]]] = defaultdict(set)   # initials of an org name
        self.upper: dict[str, set[tuple[str, str]]] = defaultdict(set)      # upper-case org names ('IBM')
        # for the fuzzy rule, kept up to date as canonical grows (not rebuilt for every name): by class, canonical
        # name -> its entity (the last one of that name), in canonical's order; and the canonical names by class
        # and length of the normalized name, as (names, normalized names, position in that order), so that a
        # name is compared only with names of a length that can reach the threshold
        self._same: dict[str, dict[str, str]] = defaultdict(dict)
        self._fuzzy: dict[str, dict[int, tuple[list[str], list[str], list[int]]]] = defaultdict(dict)
        rows = store.rows(
            # each (entity, class, name) once, not once per document that mentions the entity
            # (?kind a string: Virtuoso gives a bound boolean back as the integer 1)
            "SELECT DISTINCT ?e ?c ?name ?kind WHERE { ?e a ?c . "
            "{ ?e rdfs:label ?name BIND('label' AS ?kind) } UNION { ?e skos:altLabel ?name BIND('alias' AS ?kind) } "
            f"FILTER(STRSTARTS(STR(?e), {Literal(self.prefix).n3()})) FILTER EXISTS {{ ?e kg:mentionedIn ?d }} }} "
            "ORDER BY ?e ?c DESC(?kind) ?name",  # the same index whatever the store's own order; labels first
            "e", "c", "name", "kind")
        for e, c, name, kind in rows:
            if e is not None and c is not None and name is not None:  # (always bound)
                self._index(e, c, name, kind == "label")
        self.kept_apart = set(store.rows("SELECT ?a ?b WHERE { ?a kg:keptApartFrom ?b }", "a", "b"))
        self.stored = set(minter.classes)  # the entity keys known when made
        self._merges: list[tuple[str, URIRef, URIRef, str]] = []

    def _index(self, iri: str, cls: str, name: str, main: bool) -> None:
        if cls not in self.schema.classes:
            return
        if main and self.canonical.get(iri) == (name, cls):
            return  # indexed with this very name and class before (only that sets canonical so): nothing new
        key = normalize(name)
        self.names[key].add((iri, cls))
        if main:
            if iri not in self.canonical:
                self.canonical[iri] = (name, cls)
                same = self._same[cls]
                if name not in same:
                    names, keys, order = self._fuzzy[cls].setdefault(len(key), ([], [], []))
                    names.append(name)
                    keys.append(key)
                    order.append(len(same))
                same[name] = iri
            if self.org and self.schema.is_a(cls, self.org):
                self.stripped[strip_legal(name)].add((iri, cls))
                acronym = initials(name)
                if acronym:
                    self.acronyms[acronym].add((iri, cls))
                if _is_acronym(name):
                    self.upper[name].add((iri, cls))

    def _compatible(self, a: str, b: str) -> bool:
        return self.schema.is_a(a, b) or self.schema.is_a(b, a)

    def _unique(self, found: set[tuple[str, str]], cls: str, own: str, rival: bool = False) -> str | None:
        """The one compatible entity found; several is ambiguous: stop looking (raise _Ambiguous). With ``rival``,
        ``own`` found too (by an alias of its own) is one of them."""
        iris = {iri for iri, c in found if self._compatible(cls, c) and (rival or iri != own)}
        if rival and own in iris:
            iris = iris if len(iris) > 1 else set()
        if len(iris) > 1:
            raise _Ambiguous
        if not iris:
            return None
        iri = iris.pop()
        return None if (own, iri) in self.kept_apart else iri

    def _target(self, name: str, cls: str, own: str) -> tuple[str, str] | None:
        try:
            return self._find(name, cls, own)
        except _Ambiguous:
            return None

    def _find(self, name: str, cls: str, own: str) -> tuple[str, str] | None:
        key = normalize(name)
        if self.person and self.schema.is_a(cls, self.person) and len(key.split()) < 2:
            return None
        target = self._unique(self.names.get(key, set()), cls, own)
        if target:
            return target, "alias"
        is_org = bool(self.org) and self.schema.is_a(cls, self.org)
        if is_org and strip_legal(name) == key:  # the name has no legal suffix of its own
            target = self._unique(self.stripped.get(key, set()), cls, own)
            if target:
                return target, "legal-suffix"
        elif is_org:  # 'Acme Inc.' when 'Acme' names (or is an alias of) a stored organization
            # ('Norvale Group', alias 'Norvale', and 'Norvale Pictures', alias 'Norvale': 'Norvale' is both's)
            target = self._unique(self.names.get(strip_legal(name), set()), cls, own, rival=True)
            if target:
                return target, "legal-suffix"
        if is_org and _is_acronym(name):  # 'IBM' when 'International Business Machines' is stored
            target = self._unique(self.acronyms.get(name, set()), cls, own)
            if target:
                return target, "acronym"
        elif is_org and initials(name):  # and the other way round, whichever document came first
            target = self._unique(self.upper.get(initials(name), set()), cls, own)
            if target:
                return target, "acronym"
        if len(key) >= 8:
            same = self._same.get(cls, {})
            hits = {same[n] for n in self._closest(key, cls)} - {own}
            if len(hits) > 1:
                raise _Ambiguous
            if len(hits) == 1:
                target = hits.pop()
                if (own, target) not in self.kept_apart:
                    return target, "fuzzy"
        return None

    def _closest(self, key: str, cls: str, limit: int = 2) -> list[str]:
        """The ``limit`` canonical names of class ``cls`` most similar to ``key`` (fuzz.ratio >= FUZZY_THRESHOLD;
        ties in the order the names were first seen): rapidfuzz's ``process.extract`` over all of them, run only on
        the names whose length lets them reach the threshold (the ratio is at most 1 - |a - b| / (a + b)).
        None found without rapidfuzz installed (no fuzzy rule then)."""
        try:
            from rapidfuzz import fuzz, process
        except ImportError:
            return []

        found = []
        n = len(key)
        slack = 1 - FUZZY_THRESHOLD / 100
        for length, (names, keys, order) in self._fuzzy.get(cls, {}).items():
            if abs(n - length) > slack * (n + length) + 1:  # (+1: a margin for rounding)
                continue
            for _, score, i in process.extract(key, keys, scorer=fuzz.ratio, limit=None, score_cutoff=FUZZY_THRESHOLD):
                found.append((-score, order[i], names[i]))
        found.sort()
        return [name for _, _, name in found[:limit]]

    def minter_for(self, dg: DocumentGraph, doc: URIRef) -> Any:
        """The minter to build ``dg`` with: names that denote stored entities get those entities' IRIs."""
        self._merges = []
        overrides: dict[tuple[str, str], URIRef] = {}
        owns = [str(self._own(e.name, e.cls)) for e in dg.entities]
        own_iris = set(owns)
        for e, own in zip(dg.entities, owns):
            if own in self.canonical or slug(e.name) in (self.minter.classes if self.learn else self.stored):
                continue  # the name is an entity already: same IRI by name
            found = self._target(e.name, e.cls, own)
            if found is None or found[0] in own_iris or any(t == found[0] for t in overrides.values()):
                continue  # no (unique) target, or the document has that entity by name already
            overrides[(e.name, e.cls)] = URIRef(found[0])
            self._merges.append((e.name, URIRef(own), URIRef(found[0]), found[1]))
        return _DocumentMinter(self.minter, overrides)

    def _own(self, name: str, cls: str) -> URIRef:
        """The IRI the minter would give, without recording anything."""
        return self.minter.peek(name, cls)

    def record(self, triples: list[NTriple], dg: DocumentGraph, doc: URIRef) -> None:
        """After the document's triples are made (:func:`kg.graph.document_triples`, changed in place): merged
        names become aliases, each merge a kg:Merge node; the document's names join the index for the documents
        after it."""
        present = set(triples) if self._merges else set()
        removed: set[NTriple] = set()

        def add(t: NTriple) -> None:
            if t not in present:
                present.add(t)
                triples.append(t)

        for name, own, into, rule in self._merges:
            label = nt_literal(name)
            stored = self.canonical.get(str(into))
            i = f"<{into}>"
            if stored is not None and (i, NT_LABEL, label) in present:
                present.discard((i, NT_LABEL, label))
                removed.add((i, NT_LABEL, label))
                add((i, NT_ALT_LABEL, label))
            node = f"<{merge_node(self.minter.base, str(doc), str(own), str(into))}>"
            add((node, NT_TYPE, _MERGE["Merge"]))
            add((node, _MERGE["mergedName"], label))
            add((node, _MERGE["mergedFrom"], f"<{own}>"))
            add((node, _MERGE["mergedInto"], i))
            add((node, _MERGE["mergeRule"], nt_literal(rule)))
            add((node, _MERGE["mergedIn"], f"<{doc}>"))
        # index the names in the order an rdflib graph of these triples lists them (by label, in the order each
        # label was first added, then by subject): the order canonical names are first seen in decides ties of
        # the fuzzy rule
        types: dict[str, list[str]] = defaultdict(list)
        labels: dict[str, list[str]] = {}
        aliases: dict[str, list[str]] = {}
        prefix = f"<{self.prefix}"
        for t in triples:
            s, p, o = t
            if p == NT_TYPE:
                types[s].append(o[1:-1])
            elif p == NT_LABEL:
                labels.setdefault(o, []).append("" if t in removed else s)
            elif p == NT_ALT_LABEL:
                aliases.setdefault(o, []).append(s)
        if removed:
            triples[:] = [t for t in triples if t not in removed]
        if not self.learn:
            return
        for found, main in ((labels, True), (aliases, False)):
            for o, subjects in found.items():
                for s in subjects:
                    if s.startswith(prefix):
                        for c in types.get(s, ()):
                            self._index(s[1:-1], c, nt_literal_text(o), main)


def merge_node(base: str, doc: str, own: str, into: str) -> str:
    """The IRI of the kg:Merge node of a name of document ``doc`` (the entity it would have had, ``own``) merged
    into ``into``."""
    return f"{base}merge/{hashlib.sha1(f'{doc} {own} {into}'.encode()).hexdigest()[:16]}"


def build_merges(store: Store, minter: IriMinter, schema: Schema,
                 kept: set[str]) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    """The merges a store build makes among the entities it added, decided on the store as it is at the end of the
    build, so whatever the order of its documents: ``(from, into, rule, [(document, name), ...])``.

    Each entity the build added (its key not in ``kept``) is looked up by its name, as :class:`Linker` looks up a
    new document's names, among all stored entities; a link found counts only towards an entity that ranks first:
    one stored before the build, else one whose bare slug another class's IRI is made from ('lincoln' of
    'lincoln-person', so that both keep their meaning), else the longer name without its legal form ('Orvale Micro
    Devices Inc.' over 'OMD'), else the one with more names ('Norvale Group', alias 'Norvale', over 'Norvale'), else
    the shorter name ('Tarsk' over 'Tarsk Holdings Inc.'), else the first IRI; such a holder of a bare slug is not
    merged into another.
    Links are followed to the end. An entity is not merged when a document that mentions it mentions another of
    the entities merged with it (one document's names stay its own)."""
    linker = Linker(store, minter, schema, learn=False)
    prefix = linker.prefix

    holders = {key[:-len(slug(local_name(cls))) - 1] for key, cls in minter.classes.items()
               if key.endswith(f"-{slug(local_name(cls))}")}

    known: dict[str, int] = defaultdict(int)  # entity -> how many names (labels and aliases) it has
    for entries in linker.names.values():
        for iri in {iri for iri, _ in entries}:
            known[iri] += 1

    def rank(iri: str) -> tuple[bool, bool, int, int, int, str]:
        key, name = iri[len(prefix):], linker.canonical[iri][0]
        return (key not in kept, key not in holders, -len(strip_legal(name)), -known[iri], len(normalize(name)), iri)

    links: dict[str, tuple[str, str]] = {}
    for iri in sorted(linker.canonical, key=rank):
        if iri[len(prefix):] in kept or iri[len(prefix):] in holders:
            continue
        name, cls = linker.canonical[iri]
        found = linker._target(name, cls, iri)
        if found is not None and found[0] in linker.canonical and rank(found[0]) < rank(iri):
            links[iri] = found
    if not links:
        return []
    roots: dict[str, str] = {}
    for iri in links:
        into = iri
        while into in links:
            into = links[into][0]
        roots[iri] = into
    values = " ".join(f"<{iri}>" for iri in sorted(set(roots) | set(roots.values())))
    mentions: dict[str, set[str]] = defaultdict(set)  # document -> the entities of any merge it mentions
    names: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for e, d, label in store.rows(
            "SELECT DISTINCT ?e ?d ?name WHERE { VALUES ?e { " + values + " } GRAPH ?d { ?e kg:mentionedIn ?d "
            "OPTIONAL { ?e rdfs:label ?name } } } ORDER BY ?e ?d ?name", "e", "d", "name"):
        if e is not None and d is not None:
            mentions[d].add(e)
            if label is not None and e in roots and not any(n[0] == d for n in names[e]):
                names[e].append((d, label))
    group = {iri: roots.get(iri, iri) for found in mentions.values() for iri in found}
    apart = {iri for found in mentions.values() for iri in found if iri in roots
             and any(other != iri and group[other] == roots[iri] for other in found)}
    return [(iri, roots[iri], links[iri][1], names[iri]) for iri in sorted(roots) if iri not in apart]


def merge_update(store: Store, base: str, merges: list[tuple[str, str, str, list[tuple[str, str]]]]) -> str:
    """The SPARQL Update requests that record merges made by renaming (after the rename): in each document of a
    merged entity, its name becomes an alias of the entity merged into, and a kg:Merge node records it."""
    parts = []
    union = store.union
    for own, into, rule, found in merges:
        for doc, name in found:
            label = nt_literal(name)
            node = f"<{merge_node(base, doc, own, into)}>"
            body = (f"<{into}> {NT_ALT_LABEL} {label} .\n{node} {NT_TYPE} {_MERGE['Merge']} ; "
                    f"{_MERGE['mergedName']} {label} ; {_MERGE['mergedFrom']} <{own}> ; {_MERGE['mergedInto']} "
                    f"<{into}> ; {_MERGE['mergeRule']} {nt_literal(rule)} ; {_MERGE['mergedIn']} <{doc}> .")
            parts.append(f"DELETE DATA {{ GRAPH <{doc}> {{ <{into}> {NT_LABEL} {label} }} }}")
            # (the union of the documents: the graph ``union``, else the default graph)
            parts.append(f"INSERT DATA {{ GRAPH <{doc}> {{ {body} }} "
                         + (f"GRAPH <{union}> {{ {body} }}" if union else body) + " }")
            held = f"<{into}> {NT_LABEL} {label}"
            others = f" FILTER(?g != <{union}>)" if union else ""
            parts.append(f"DELETE {{ {f'GRAPH <{union}> {{ {held} }}' if union else held} }} WHERE {{ "
                         f"FILTER NOT EXISTS {{ GRAPH ?g {{ {held} }}{others} }} }}")
    return " ;\n".join(parts)


def merges(store: Store) -> list[dict[str, Any]]:
    """Every recorded merge: merge, name, from, into, rule, document (as rdflib terms)."""
    # (kg:mergedIn ?document: a merge's own document graph, not a union graph that holds its triples too)
    return store.select("SELECT ?merge ?name ?from ?into ?rule ?document WHERE { GRAPH ?document { "
                        "?merge a kg:Merge ; kg:mergedName ?name ; kg:mergedFrom ?from ; kg:mergedInto ?into ; "
                        "kg:mergeRule ?rule ; kg:mergedIn ?document } } ORDER BY ?name ?document")


def unmerge(store: Store, what: str, base: str | None = None) -> list[dict[str, Any]]:
    """Undo the merges named by ``what`` (a kg:Merge IRI, a merged name, or the entity merged into).

    Each merge's document graph is rewritten (in one transaction per document) so that the name is its own
    entity again, and ``<from> kg:keptApartFrom <into>`` keeps later builds from merging them again.
    Returns the merges undone.
    """
    found = [m for m in merges(store) if what in (str(m["merge"]), str(m["name"]), str(m["into"]))]
    decisions = URIRef(f"{IriMinter(base or DEFAULT_BASE).base}graph/decisions")
    for m in found:
        doc, node, own, into = str(m["document"]), m["merge"], m["from"], m["into"]
        rows = store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{doc}> {{ ?s ?p ?o }} }}")
        triples = []
        for r in rows:
            s, p, o = r["s"], r["p"], r["o"]
            if s == node:
                continue
            s = own if s == into else s
            o = own if o == into else o
            if s == own and p == SKOS.altLabel and o == m["name"]:
                p = RDFS.label
            triples.append((s, p, o))
        apart = (own, KG.keptApartFrom, into)
        extra = triple_lines([apart])
        union = f"GRAPH <{store.union}> {{ {extra} }}" if store.union else extra
        store.update(replace_update(doc, triples, store.union)
                     + f" ;\nINSERT DATA {{ GRAPH <{decisions}> {{ {extra} }} {union} }}")
    return found


__all__ = ["Linker", "build_merges", "initials", "merge_node", "merge_update", "merges", "strip_legal", "unmerge"]
