"""Lookup tables compiled from the ontology's cues (``kg:headNoun``, ``kg:verbCue``, ...).

Built once per pipeline at ``initialize`` time from a :class:`~kg.schema.Schema`, then used by the
spaCy components for every document. Multi-word cues are keyed by their last word and checked
against the words before it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..schema import Schema

#: Words that end a verb cue and introduce its object ("invest in", "work for").
PREPOSITIONS = frozenset(
    "in into at for to with from of on by as about over under within across near inside".split()
)


@dataclass(frozen=True)
class Cue:
    """One way a pattern may be read: ``prop(subject, object)``, optionally only when an argument is of a class."""

    prop: str
    subject_class: str | None = None
    object_class: str | None = None


@dataclass(frozen=True)
class VerbCue:
    prop: str
    particles: tuple[str, ...]
    preposition: str | None


@dataclass
class CueTables:
    ner: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: last word -> [(words, class)]
    head_nouns: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=lambda: defaultdict(list))
    suffixes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: the name suffixes that mark an organization ('Inc.', 'Group'): a name with one has a short name
    org_suffixes: frozenset[str] = frozenset()
    #: one-word head nouns of people ('teacher', 'farmer'): their plural's possessive is part of a name ('the Norvik
    #: Teachers' Pension Fund')
    people_nouns: frozenset[str] = frozenset()
    prefixes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: titles of address, by last word -> [(words, class)] ('President', 'Sen.', 'Attorney General')
    title_prefixes: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=lambda: defaultdict(list))
    #: last word -> [(words, prop)]
    titles: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=lambda: defaultdict(list))
    #: the properties of a person's titles: the roles a person holds at what the title names (worksFor, ceoOf)
    person_roles: frozenset[str] = frozenset()
    #: the posts among them: a role that specialises another, as a chief executive's does working for (not a
    #: founder's, which is no post one holds or is replaced in)
    posts: frozenset[str] = frozenset()
    nouns: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=lambda: defaultdict(list))
    events: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=lambda: defaultdict(list))
    #: nouns for a share of a company, by last word -> [(words, prop)] ('stake', 'majority stake')
    stakes: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=lambda: defaultdict(list))
    verbs: dict[str, list[VerbCue]] = field(default_factory=lambda: defaultdict(list))
    possessive: list[Cue] = field(default_factory=list)
    #: what "X's Y" states when Y is written with a version ('Vexa's Nova-4')
    version_possessive: list[Cue] = field(default_factory=list)
    possessive_object: list[Cue] = field(default_factory=list)
    #: nouns for a possessed thing, by last word -> [(words, prop)] ('chatbot': develops)
    possessive_nouns: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=lambda: defaultdict(list))
    prepositions: dict[str, list[Cue]] = field(default_factory=lambda: defaultdict(list))
    #: prepositions that state a property right between two names, wherever the parser attaches them
    adjacent: dict[str, list[Cue]] = field(default_factory=lambda: defaultdict(list))
    apposition: list[Cue] = field(default_factory=list)
    credit: list[Cue] = field(default_factory=list)
    dateline: list[Cue] = field(default_factory=list)
    #: properties any title or head noun may state, when the classes fit ('Vestland Gov. Tom Hale': livesIn)
    role: list[Cue] = field(default_factory=list)
    hyphen: dict[str, list[Cue]] = field(default_factory=lambda: defaultdict(list))
    #: prepositions after a title that name the organization, beyond 'of' and 'at': preposition -> properties
    #: whose titles take it ('a shareholder in Y': investsIn)
    title_prepositions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: property -> (domain, range), the classes its arguments must have
    signature: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    non_entities: frozenset[str] = frozenset()
    person_class: str = ""
    organization_class: str = ""
    place_class: str = ""
    #: the classes of made things (Product and its subclasses)
    thing_classes: frozenset[str] = frozenset()
    #: properties another property specialises (worksFor, of which ceoOf is one): the general ones
    specialised: frozenset[str] = frozenset()
    #: property -> it and every property above it ('ceoOf' -> ceoOf, worksFor)
    generalisations: dict[str, frozenset[str]] = field(default_factory=dict)
    #: classes whose members' names are often written with a version ('Nova 2')
    versioned: list[str] = field(default_factory=list)
    #: the classes below a versioned class, with their one-word head nouns ('AI model': 'model', 'llm'): a versioned
    #: name in a text that uses those nouns is of that kind
    versioned_kinds: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    #: head nouns of a site an organization occupies (kg:siteNoun): last word -> [(words, class)]
    site_nouns: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=lambda: defaultdict(list))
    #: nouns of what a class's members offer, naming the member when written bare before a name
    #: (kg:operatorNoun): last word -> [(words, class)]
    operator_nouns: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=lambda: defaultdict(list))


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


def hyphen_parts(words: Iterable[str]) -> list[str]:
    """Words with each hyphenated one split at its hyphens, as the tokenizer splits most and the title cues are
    written: 'co-founder' is 'co', '-', 'founder'."""
    return [part for w in words for part in w.replace("-", " - ").split()]


def compile_cues(schema: Schema) -> CueTables:
    """Compile a schema's lexical cues into lookup tables."""
    t = CueTables(non_entities=schema.non_entity_names)
    for cls in schema.entity_classes():
        for label in cls.ner_labels:
            t.ner[label].append(cls.iri)
        for noun in cls.head_nouns:
            words = _words(noun)
            t.head_nouns[words[-1]].append((words, cls.iri))
        for noun in cls.site_nouns:
            words = _words(noun)
            t.site_nouns[words[-1]].append((words, cls.iri))
        for noun in cls.operator_nouns:
            words = _words(noun)
            t.operator_nouns[words[-1]].append((words, cls.iri))
        for suffix in cls.name_suffixes:
            t.suffixes[suffix].append(cls.iri)
        for prefix in cls.name_prefixes:
            t.prefixes[prefix].append(cls.iri)
        for title in cls.title_prefixes:
            words = _words(title)
            t.title_prefixes[words[-1]].append((words, cls.iri))
        if cls.versioned_names:
            t.versioned.append(cls.iri)
        if cls.name == "Person":
            t.person_class = cls.iri
        if cls.name == "Organization":
            t.organization_class = cls.iri
        if cls.name == "Place":
            t.place_class = cls.iri
    for cls in schema.entity_classes():
        nouns = frozenset(n.lower() for n in cls.head_nouns if len(n.split()) == 1)
        if nouns and cls.iri not in t.versioned and any(schema.is_a(cls.iri, v) for v in t.versioned):
            t.versioned_kinds.append((cls.iri, nouns))
    product = next((c.iri for c in schema.entity_classes() if c.name == "Product"), None)
    t.thing_classes = frozenset(c.iri for c in schema.entity_classes()
                                if product is not None and schema.is_a(c.iri, product))
    t.org_suffixes = frozenset(w for w, classes in t.suffixes.items() if t.organization_class in classes)
    t.people_nouns = frozenset(words[0] for entries in t.head_nouns.values() for words, cls in entries
                               if len(words) == 1 and t.person_class and schema.is_a(cls, t.person_class))
    t.specialised = frozenset(p for p in schema.properties if schema.is_specialised(p))
    t.generalisations = {p: schema.super_properties(p) for p in schema.properties}
    for prop in schema.properties.values():
        t.signature[prop.iri] = (prop.domain, prop.range)
        for title in prop.title_cues:
            words = tuple(hyphen_parts(_words(title)))  # ('co-owner' as the tokenizer splits it)
            t.titles[words[-1]].append((words, prop.iri))
        for noun in prop.noun_cues:
            words = _words(noun)
            t.nouns[words[-1]].append((words, prop.iri))
        for noun in prop.event_nouns:
            words = _words(noun)
            t.events[words[-1]].append((words, prop.iri))
        for word in prop.title_prepositions:
            t.title_prepositions[word].add(prop.iri)
        for noun in prop.stake_cues:
            words = _words(noun)
            t.stakes[words[-1]].append((words, prop.iri))
        for verb in prop.verb_cues:
            words = _words(verb)
            prep = words[-1] if len(words) > 1 and words[-1] in PREPOSITIONS else None
            particles = words[1:-1] if prep else words[1:]
            t.verbs[words[0]].append(VerbCue(prop.iri, tuple(particles), prep))
        if prop.version_possessive:
            t.version_possessive.append(Cue(prop.iri))
        for object_class in prop.possessive:
            t.possessive.append(Cue(prop.iri, object_class=object_class))
        for noun in prop.possessive_nouns:
            words = _words(noun)
            t.possessive_nouns[words[-1]].append((words, prop.iri))
        for subject_class in prop.possessive_object:
            t.possessive_object.append(Cue(prop.iri, subject_class=subject_class))
        for prep in prop.prepositions:
            t.prepositions[prep.lower()].append(Cue(prop.iri))
        for prep in prop.adjacent_prepositions:
            t.adjacent[prep.lower()].append(Cue(prop.iri))
        if prop.apposition:
            t.apposition.append(Cue(prop.iri, prop.domain, prop.range))
        if prop.credit:
            t.credit.append(Cue(prop.iri))
        if prop.dateline:
            t.dateline.append(Cue(prop.iri))
        if prop.role:
            t.role.append(Cue(prop.iri))
        for word in prop.hyphen_cues:
            t.hyphen[word.lower()].append(Cue(prop.iri))
    t.person_roles = frozenset(prop.iri for prop in schema.properties.values()
                               if prop.title_cues and prop.domain == t.person_class)
    t.posts = frozenset(p for p in t.person_roles if t.generalisations.get(p, frozenset()) - {p} & t.person_roles)
    return t


#: The share of a company, in percent, above which a holding is a majority (ownership), at or below it a stake.
MAJORITY_SHARE = 50.0


def share_properties(t: CueTables, share: float) -> list[str]:
    """What holding ``share`` percent of a company states: the properties of the ontology's 'majority stake' above
    :data:`MAJORITY_SHARE`, those of its 'stake' at or below it; none for a share that is no percentage of a
    whole."""
    if not 0 < share <= 100:
        return []
    return match_phrase(t.stakes, ["majority", "stake"] if share > MAJORITY_SHARE else ["stake"])[1]


def match_phrase(table: dict[str, list[tuple[tuple[str, ...], str]]], words: list[str]) -> tuple[int, list[str]]:
    """Longest entry of ``table`` that ends the word list: (number of words, values)."""
    if not words:
        return 0, []
    best_len, best = 0, []
    for entry, value in table.get(words[-1], ()):
        n = len(entry)
        if n <= len(words) and tuple(words[-n:]) == entry:
            if n > best_len:
                best_len, best = n, [value]
            elif n == best_len:
                best.append(value)
    return best_len, best


#: The parts a title may have written before it and still be that title: 'co-CEO' ('co', '-', 'ceo').
CO_PREFIX = frozenset({"co", "-"})


def co_title(titles: dict[str, list[tuple[tuple[str, ...], str]]], words: list[str]) -> tuple[int, list[str]]:
    """Words that are a title alone, or one with 'co-' written onto it ('co-ceo', 'co-chief executive'): its match in
    ``titles`` (see :func:`match_phrase`) over the words' hyphenated parts, or (0, []) when other words come before
    the title."""
    parts = hyphen_parts(words)
    n, props = match_phrase(titles, parts)
    return (n, props) if n and all(w in CO_PREFIX for w in parts[:len(parts) - n]) else (0, [])
