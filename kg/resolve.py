"""Entity resolution within a document, typing, and choosing each relation's property.

Input: an :class:`~kg.extract.model.Extraction` (mentions with class evidence, relation candidates).
Output: a :class:`DocumentGraph` of entities (canonical name, one class, aliases) and facts whose
subject and object classes fit the property's domain and range. Plain data; no spaCy, no rdflib.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field

from .documents import Document
from .extract.legal import is_legal_form, without_legal_form
from .extract.model import Evidence, Extraction, Mention, Money, RelationCandidate
from .schema import Schema, local_name
from .typer import EntityTyper, default_typer, entity_features, mention_slots

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: The lower-case word right after a name: 'region' of 'Velmora region'.
_WORD_AFTER = re.compile(r" ([a-z][a-z-]*)\b")


@dataclass(slots=True)
class Entity:
    id: int
    name: str
    cls: str
    aliases: list[str]
    mentions: list[Mention]


@dataclass(frozen=True, slots=True)
class Fact:
    subject: int
    predicate: str
    object: int
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Investment:
    investor: int
    amount: Money
    evidence: Evidence
    target_text: str = ""
    target: int | None = None
    period: str = ""


@dataclass(frozen=True, slots=True)
class Rejected:
    """A relation candidate that no property fits, and why."""

    subject: str
    object: str
    candidates: tuple[str, ...]
    reason: str
    evidence: Evidence


@dataclass
class DocumentGraph:
    document: Document
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    investments: list[Investment] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def normalize(name: str) -> str:
    """Case- and space-insensitive key of a name, without a possessive ending."""
    return " ".join(_POSSESSIVE.sub("", name.strip()).split()).casefold()


class _Groups:
    """Union-find over mention ids."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, keep: int, other: int) -> None:
        a, b = self.find(keep), self.find(other)
        if a != b:
            self.parent[b] = a


def _type_of(scores: dict[str, float], schema: Schema) -> str | None:
    """The class with the most evidence, counting a subclass's evidence for its parents, most specific last.
    On a tie, the class whose name sorts first ('Organization' before 'Person': the NER takes a company's
    unfamiliar name for a person's far more often than the other way round)."""
    if not scores:
        return None
    total: dict[str, float] = defaultdict(float)
    for cls, w in scores.items():
        for anc in schema.ancestors(cls):
            total[anc] += w
    current = schema.entity_root
    while True:
        children = [c for c, cdef in schema.classes.items() if current in cdef.parents and total.get(c, 0) > 0]
        if not children:
            break
        current = min(children, key=lambda c: (-total[c], local_name(c), c))
    return None if current == schema.entity_root else current


def _first_paths(paths: Iterable[tuple[int, int, list[Fact]]]) -> list[tuple[int, int, list[Fact]]]:
    """The first path between each two entities, in order. A later one between the same two ends cannot change
    what a chain adds (its first path's evidence), and a fact a long text repeats (a place in a country, told
    in every article of a digest) would otherwise multiply the paths through it."""
    out: dict[tuple[int, int], tuple[int, int, list[Fact]]] = {}
    for path in paths:
        out.setdefault((path[0], path[1]), path)
    return list(out.values())


def _display_name(name: str) -> str:
    """'BEIJING' reads better as 'Beijing'; short acronyms (IBM, NASA), names with digits ('Tala-4') and an
    acronym with its legal form ('VXA SE') stay as they are."""
    if name.isupper() and len(name.replace(" ", "")) > 4 and not any(c.isdigit() for c in name) \
            and not (len(name.split()) > 1 and is_legal_form(name.split()[-1])):
        return name.title()
    return name


#: A version number at the end of a name ('2', '3.5', 'v4')
_VERSION = re.compile(r"v?\d+(\.\d+)*")


class Resolver:
    """Resolves one document's mentions into entities and facts, using the ontology."""

    #: how sure the typer must be to type a name that has no class or the NER's alone (which then stands if not),
    #: and to overrule the class a rule read off the name's place in a relation ('Booth shot Lincoln') or to make
    #: a person of a name the NER calls an organization ('Veltro Energy teamed up with ...')
    type_threshold = 0.5
    overrule_threshold = 0.7
    #: how much likelier than an organization the typer may find a place the NER alone said, and still be thought to
    #: doubt it (the verb that wants an organization then settles it: 'acquired by Orvane', Place 35%, Organization 33%)
    tie_margin = 0.1

    def __init__(self, schema: Schema, typer: EntityTyper | None | str = "default"):
        """``typer``: the entity typer for names no cue types; "default" is the model shipped with kg, None none."""
        self.schema = schema
        if typer == "default":
            typer = default_typer()
        elif isinstance(typer, str):
            raise TypeError(f"typer: an EntityTyper, None or 'default', not {typer!r}")
        self.typer: EntityTyper | None = typer
        self._class_iri = {c.name: c.iri for c in schema.entity_classes()}
        self._ner_class: dict[str, list[str]] = defaultdict(list)  # NER label -> the classes it stands for
        for c in schema.entity_classes():
            for label in c.ner_labels:
                self._ner_class[label].append(c.iri)
        org = next((c for c in schema.classes.values() if c.name == "Organization"), None)
        person = next((c for c in schema.classes.values() if c.name == "Person"), None)
        place = next((c for c in schema.classes.values() if c.name == "Place"), None)
        self.org = org.iri if org else ""
        self.person = person.iri if person else ""
        self.place = place.iri if place else ""
        self.org_suffixes = {s.casefold() for s in (org.name_suffixes if org else ())}
        self.person_prefixes = {s.casefold() for s in (person.name_prefixes if person else ())}
        #: the head nouns of every class ('company', 'region'), by their last word
        self.head_nouns = frozenset(n.split()[-1].casefold() for c in schema.classes.values() for n in c.head_nouns)
        #: the NER labels that stand for an organization ('ORG')
        self.org_labels = frozenset(label for label, cs in self._ner_class.items() if self.org in cs)

    def groups(self, ex: Extraction) -> list[list[Mention]]:
        """The document's mentions grouped by the entity they name, in text order of first mention."""
        mentions = ex.mentions
        groups = _Groups(len(mentions))
        by_key: dict[str, int] = {}
        for m in mentions:
            key = normalize(m.canonical or m.text)  # gazetteer aliases of one known member are one entity
            if key in by_key:
                groups.union(by_key[key], m.id)
            else:
                by_key[key] = m.id
        # (names a rule relates are two entities: 'Vexa's parent company, Vexa Group plc')
        related = {frozenset((normalize(mentions[r.subject].text), normalize(mentions[r.object].text)))
                   for r in ex.relations}
        self._link_aliases(mentions, groups, related)

        members: dict[int, list[Mention]] = defaultdict(list)
        for m in mentions:
            members[groups.find(m.id)].append(m)
        return [members[root] for root in sorted(members, key=lambda r: members[r][0].start)]

    def _learned_class(self, ms: list[Mention], text: str, slots: dict,
                       cls: str | None) -> tuple[str | None, dict[str, float]]:
        """The typer's class for a name no cue types (the NER's label alone, or nothing), when the model is
        sure enough, or, for a name nothing typed at all, when it is the most likely of all ('Google’s Gemini',
        where the NER saw no name: Organization at 29%, no entity at 27%; not a person, whose names the NER
        rarely misses); and the typer's probabilities (by class local name; none for a name a cue typed). (Where
        it says the name is no entity, the NER's class stands: dropping such names cost more facts than it saved
        on development data.)"""
        if self.typer is None or any(m.strong or m.canonical for m in ms):
            return cls, {}
        probs = self.typer.probabilities(entity_features(ms, text, slots))
        best = max(probs, key=lambda c: probs[c])
        learned = self._class_iri.get(best)
        by_rule = any(m.scores and not m.ner_label for m in ms)  # (the NER's label is a mention's only other vote)
        need = self.type_threshold
        if learned != cls:
            need = self.overrule_threshold if by_rule or (cls == self.org and learned == self.person) else need
        if learned is not None and (probs[best] >= need or cls is None and not by_rule and learned != self.person):
            return learned, probs
        return cls, probs

    def resolve(self, document: Document, ex: Extraction) -> DocumentGraph:
        out = DocumentGraph(document=document)
        entity_of: dict[int, int] = {}
        slots = mention_slots(ex.relations) if self.typer is not None else {}
        groups = self.groups(ex)
        classes: list[str | None] = []
        learned: list[dict[str, float]] = []  # (the typer's probabilities for each name)
        for ms in groups:
            scores: dict[str, float] = defaultdict(float)
            for m in ms:
                for c, w in m.scores.items():
                    scores[c] += w
            cls, probs = self._learned_class(ms, document.text, slots, _type_of(scores, self.schema))
            classes.append(cls)
            learned.append(probs)
        # (whether the typer is sure of a name's class: sure enough to overrule a rule)
        sure = [cls is not None and probs.get(local_name(cls), 0.0) >= self.overrule_threshold
                for cls, probs in zip(classes, learned)]
        # (a place only the NER said that the typer finds about as likely an organization: what it does with a
        # company it does not know)
        org = local_name(self.org) if self.org else ""
        doubted = [cls == self.place and bool(probs)
                   and probs.get(org, 0.0) + self.tie_margin >= probs.get(local_name(cls), 0.0)
                   for cls, probs in zip(classes, learned)]
        classes = self._type_by_signature(groups, classes, sure, ex, document.text, doubted)
        classes = self._unnamed_people(groups, classes, learned, ex)
        classes = self._which_not_who(groups, classes, learned)
        classes = self._type_by_version(groups, classes)
        for ms, cls in zip(groups, classes):
            if cls is None:
                continue
            texts = Counter(_POSSESSIVE.sub("", m.text).strip() for m in ms)
            first_start: dict[str, int] = {}
            for m in ms:
                first_start.setdefault(m.text, m.start)
            name = max(texts, key=lambda t: (len(t.split()), not t.isupper(), texts[t], -first_start.get(t, 0)))
            canonical = next((m.canonical for m in ms if m.canonical), "")
            display = canonical or _display_name(name)
            forms = {f for m in ms for f in m.forms}
            chosen = {name} if name != display else set()
            aliases = sorted(({t for t in texts if t != display} | forms | chosen) - {display})
            entity = Entity(id=len(out.entities), name=display, cls=cls, aliases=aliases, mentions=ms)
            out.entities.append(entity)
            for m in ms:
                entity_of[m.id] = entity.id

        seen: set[tuple[int, str, int, str, int]] = set()
        for rel in ex.relations:
            s, o = entity_of.get(rel.subject), entity_of.get(rel.object)
            if s is None or o is None or s == o:
                continue
            prop = self._choose(rel, out.entities[s].cls, out.entities[o].cls)
            if prop is None:
                out.rejected.append(Rejected(
                    out.entities[s].name, out.entities[o].name, tuple(local_name(p) for p, _, _ in rel.properties),
                    f"{local_name(out.entities[s].cls)} -> {local_name(out.entities[o].cls)} "
                    "fits no candidate's domain and range",
                    rel.evidence))
                continue
            key = (s, prop, o, rel.evidence.rule, rel.evidence.start)
            if key not in seen:
                seen.add(key)
                out.facts.append(Fact(s, prop, o, rel.evidence))

        self._apply_chains(out)

        for inv in ex.investments:
            investor = entity_of.get(inv.investor)
            if investor is None or not self.schema.is_a(out.entities[investor].cls, self._agent()):
                continue
            target = entity_of.get(inv.target) if inv.target is not None else None
            out.investments.append(Investment(investor, inv.amount, inv.evidence, inv.target_text, target, inv.period))
        self._one_target_per_deal(out)
        return out

    #: Rules whose reading is sure enough to give a class to a name only the NER typed.
    SIGNATURE_RULES = frozenset({"title", "verb", "verb-passive", "title-chain", "as-title", "event-noun"})

    #: Rules whose reading types a name nothing else typed as an organization, when the property wants one:
    #: 'Kestrel agreed to be acquired by Hamlin', 'Orvane introduced its Tala model', 'Orvane announced a round of
    #: funding for Y', 'Orvane took a stake in Y'. (Not title rules: 'Technical director Ana Ruiz' at the start of
    #: a sentence makes a name of a word before a title more often than not.)
    AGENT_RULES = frozenset({"verb", "verb-passive", "funding-round", "round-backers", "stake"})

    #: Rules that read who got a round of funding: always a company (or a fund), whatever the NER took it for.
    ROUND_RULES = frozenset({"funding-round", "round-backers"})

    #: Rules that read a share of a company bought or held ('took a 5% stake in X'): what it is a share of is a
    #: company, whatever the NER took it for.
    STAKE_RULES = frozenset({"stake"})

    #: Rules that read a verb and its subject and object ('Ana Ruiz founded X', 'X was founded by Ana Ruiz').
    VERB_RULES = frozenset({"verb", "verb-passive"})

    #: Rules that read a person's title at an organization ('chief executive of X', 'X co-founder Y').
    TITLE_RULES = frozenset({"title", "title-chain", "as-title", "appointment"})

    def _is_thing(self, cls: str) -> bool:
        """A class of made things (Product and its subclasses): what the NER most often mistypes."""
        product = self._class_iri.get("Product")
        return product is not None and self.schema.is_a(cls, product)

    def _type_by_signature(self, groups: list[list[Mention]], classes: list[str | None], sure: list[bool],
                           ex: Extraction, text: str = "", doubted: list[bool] | None = None) -> list[str | None]:
        """The classes of the document's names (one per group of mentions), with what sure rules read them as.

        'Rockstar, maker of Grand Theft Auto': a name only the NER typed (no cue word, no gazetteer entry)
        that a sure rule reads at the range of its cue's property ('maker' states develops, whose range is
        Product), where its class does not fit and the other end's does, takes that range as its class,
        when every such reading agrees on it; so does a name nothing typed at all ('Vexa makes Skyfall and
        Tidefall'), which would otherwise be left out. Only made things (Product and below): a person read
        as an organization, or a place as one, is as often the rule's mistake as the NER's. The one exception is
        a name nothing typed at all, not even the NER, that a verb reads as the agent (or an organization) a
        property wants ('Vexa ploughed $1 billion into Tarvo', 'Kestrel agreed to be acquired by ...'): an
        organization (facts F1 on news-dev's last 15 articles .651 to .656, on a real-news sample .528 to .535,
        elsewhere within .001)."""
        group_of = {m.id: k for k, ms in enumerate(groups) for m in ms}
        wanted: dict[int, set[str]] = defaultdict(set)
        titled: set[int] = set()  # (things a specific title is held at: an organization, whatever the head noun said)
        for rel in ex.relations:
            if rel.evidence.rule == "possessive" and rel.properties:
                s, o = group_of.get(rel.subject), group_of.get(rel.object)
                # (either way round: the possessor's cues read it as the owner, the possessed name's as what it is in)
                owned = next((b for a, b in ((s, o), (o, s)) if a is not None and b is not None and a != b
                              and doubted is not None and doubted[b]
                              and self._company_of_country(groups[a], groups[b], classes[a], classes[b], text)), None)
                if owned is not None:
                    wanted[owned].add(self.org)
                    continue
                if s is not None and o is not None and s != o and not sure[s] \
                        and self._possessor_of_thing(groups[s], groups[o], classes[o]):
                    domain = self.schema.properties[rel.properties[0][0]].domain
                    if domain is not None and classes[s] != domain:
                        wanted[s].add(domain)
                continue
            if not rel.properties or rel.evidence.rule not in self.SIGNATURE_RULES | self.AGENT_RULES and not (
                    rel.evidence.rule == "preposition" and len(rel.properties) == 1):
                continue  # (a preposition only where it states one property: 'the studio behind Skyfall')
            s, o = group_of.get(rel.subject), group_of.get(rel.object)
            if s is None or o is None or s == o:
                continue
            s_cls, o_cls = classes[s], classes[o]
            if rel.evidence.rule in self.ROUND_RULES and o_cls in {self.person, self.place} and not sure[o] \
                    and not any(m.strong or m.canonical or len(m.text.split()) > 1 for m in groups[o]):
                # ('Trevo raised a $3 million seed round led by A', the NER taking Trevo for a person: who gets a
                # round of funding is a company, whatever the property's range allows; the typer not sure of the
                # NER's class, no cue word for it. A name of one word: 'Priya Nair raised $2 million in a round led
                # by A for her startup' is a person's)
                wanted[o].add(self.org)
                continue
            if rel.evidence.rule in self.STAKE_RULES and o_cls in {self.person, self.place} and not sure[o] \
                    and not any(m.strong or m.canonical for m in groups[o]):
                # ('Orbis holds stakes in Capcom and Hale Morrison', the NER taking a company for a person or a place:
                # no one holds a share of a person or of a city; the typer not sure of the NER's class, no cue word
                # for it)
                wanted[o].add(self.org)
                continue
            if rel.evidence.rule in self.ROUND_RULES and o_cls is not None and self._is_thing(o_cls) and not sure[o] \
                    and not any(m.canonical or ch.isdigit() for m in groups[o] for ch in m.text):
                # ('Velto, an app for booking buses, raised $42 million in a round led by A': a head noun of made
                # things names what a company does as often as what it makes, and a made thing raises no money;
                # not a version, 'Tala 2', which is a thing's name)
                wanted[o].add(self.org)
                titled.add(o)
                continue
            if s_cls is not None and o_cls is not None and self._choose(rel, s_cls, o_cls) is not None:
                continue
            prop, need_s, need_o = rel.properties[0]  # the cue's own property (others are fallbacks)
            p = self.schema.properties.get(prop)
            if p is None:
                continue
            domain, range_ = need_s or p.domain, need_o or p.range
            for end, other, need, other_need in ((o, s, range_, domain), (s, o, domain, range_)):
                cls, other_cls = classes[end], classes[other]
                if need is None or other_cls is None or not self.schema.is_a(other_cls, other_need):
                    continue
                if self._is_thing(need) and (cls is None or not self.schema.is_a(cls, need)):
                    wanted[end].add(need)
                elif (cls is None or not sure[end] and (self._untyped_or_unknown(groups[end])
                                                        or doubted is not None and doubted[end])) \
                        and need in {self.org, self._agent()} and rel.evidence.rule in self.AGENT_RULES \
                        and all(len(m.text.split()) == 1 for m in groups[end]):
                    # (an agent of one word nothing typed, not even the NER, or the NER as unsure of as of an unknown
                    # company and the typer unsure too, or a place the NER alone said that the typer finds about as
                    # likely an organization: an organization; two words unlabelled are as often a person's name the
                    # NER missed)
                    wanted[end].add(self.org)
                elif end == o and cls == self.person and not sure[end] and need == self.org \
                        and rel.evidence.rule in self.TITLE_RULES and self._specific_role(prop) \
                        and any(m.ner_label for m in groups[end]) and not self._firmly_typed(groups[end], self.org):
                    # ('Ana Ruiz, chief executive of Velora', the NER taking the company for a person: a specific
                    # title an organization gives (chief executive, founder) is never held at a person; a general
                    # one may be: 'Peter Lindqvist's spokeswoman'. Not a place: 'Europe president', 'Norway CEO'
                    # name a region's head)
                    wanted[end].add(self.org)
                elif end == o and cls is not None and self._is_thing(cls) and not sure[end] and need == self.org \
                        and rel.evidence.rule in self.TITLE_RULES | self.VERB_RULES and self._specific_role(prop) \
                        and not any(ch.isdigit() for m in groups[end] for ch in m.text):
                    # ('Kelda founder and CEO Ana Ruiz' of 'the delivery platform Kelda', 'Kelda, a payment network,
                    # was founded by Ana Ruiz': a head noun of made things names what a company does as often as
                    # what it makes, and a made thing has no chief executive or founder; not a version, 'Tala 2',
                    # which is a thing's name)
                    wanted[end].add(self.org)
                    titled.add(end)
        out = list(classes)
        for k, wanted_classes in wanted.items():
            cls = next(iter(wanted_classes))
            if len(wanted_classes) == 1 and (k in titled or not self._firmly_typed(groups[k], cls)):
                out[k] = cls
        return out

    #: The NER's labels for a country, a state or a city (not a region or a site: 'California's Silicon Valley').
    COUNTRY_LABELS = frozenset({"GPE"})
    #: Prepositions of where things are ('in Brazil's Sao Paulo'), and the words of money put in something
    #: that take 'in' too ('invested in', 'a stake in').
    PLACE_PREPOSITIONS = frozenset({"in", "into", "to", "near", "across", "throughout", "around", "outside", "inside"})
    MONEY_HEADS = frozenset({"invest", "investment", "stake", "holding", "share", "round", "funding", "money"})

    def _company_of_country(self, owner: list[Mention], owned: list[Mention], owner_cls: str | None,
                            owned_cls: str | None, text: str) -> bool:
        """'Sweden's Orvane', 'Italy's Kestrel Ventures': a name a country's possessive introduces is a company
        when the NER alone took it for a country or a city too (what it does with a company it does not know), no
        cue word types it ('Seoul's Magok district'), and the typer finds an organization about as likely (checked
        by the caller: a city it knows stays one, 'Nigeria's Lagos'). Not a person's name: 'Britain's Lewis
        Hamilton'."""
        if owner_cls != self.place or owned_cls != self.place \
                or any(m.strong or m.canonical or m.ner_label not in self.COUNTRY_LABELS for m in owned):
            return False
        if any(w.partition("<")[0] in self.PLACE_PREPOSITIONS and w.partition("<")[2] not in self.MONEY_HEADS
               for m in owned for w in m.syntax):
            return False  # ('protests in Brazil's Sao Paulo'; but 'invested in Sweden's Orvane')
        if any((after := _WORD_AFTER.match(text, m.end)) is not None and after.group(1) in self.head_nouns
               or m.text.split()[-1].casefold() in self.head_nouns for m in owned):
            return False  # ('Spain's Velmora region', 'Canada's Ontario province': the name says which region)
        return any(m.ner_label in self.COUNTRY_LABELS and text[m.end:m.end + 2] in {"'s", "’s"} for m in owner)

    def _specific_role(self, prop: str) -> bool:
        """Whether a property of a person's role is one no other property specialises (the chief executive's, the
        founder's; not the general role a president or a governor holds, of a country too)."""
        return not self.schema.is_specialised(prop)

    @staticmethod
    def _firmly_typed(ms: list[Mention], cls: str) -> bool:
        """Whether a gazetteer entry or a cue word typed a name's mentions other than as ``cls`` (a cue word of
        several classes, one of them ``cls``, does not: 'the AI software leader Kelvex', of people and companies)."""
        return any(m.canonical or m.strong and cls not in m.scores for m in ms)

    @staticmethod
    def _untyped_or_unknown(ms: list[Mention]) -> bool:
        """Whether no strong cue (a head noun, a suffix, a title) typed a name's mentions, and the NER either left
        them all unlabelled or labelled them differently from mention to mention (what it does with a company it
        does not know: a place here, a person there)."""
        if any(m.strong for m in ms):
            return False
        return len({m.ner_label for m in ms if m.ner_label}) != 1

    #: A document with fewer sentences is read as a sentence alone, where a surname alone is a person's name.
    MIN_SENTENCES_FOR_FULL_NAMES = 3

    def _unnamed_people(self, groups: list[list[Mention]], classes: list[str | None],
                        learned: list[dict[str, float]], ex: Extraction) -> list[str | None]:
        """A news text names a person in full before it calls them by one name ('Ana Ruiz', then 'Ruiz'); a
        one-word name that only the NER calls a person, never written in full in a text of several sentences, is
        not a person's: it is an organization when the NER calls any of its mentions one ('OpenAI', taken for a
        person in some sentences and for an organization in others), else of the class the typer finds most
        likely after Person, if that is an entity class, else left out. (Only in a text that names someone in
        full: a transcript may call everyone by one name.)"""
        if ex.sentences < self.MIN_SENTENCES_FOR_FULL_NAMES or not self.person \
                or not any(cls == self.person and any(len(m.text.split()) > 1 for m in ms)
                           for ms, cls in zip(groups, classes)):
            return classes
        out = list(classes)
        for k, ms in enumerate(groups):
            if classes[k] != self.person or any(m.strong or m.canonical or len(m.text.split()) > 1 for m in ms):
                continue
            out[k] = self._no_person(ms, learned[k])
        return out

    def _no_person(self, ms: list[Mention], learned: dict[str, float]) -> str | None:
        """The class of a name the NER alone called a person, once it is known not to be one: an organization when
        the NER calls any of its mentions one, else the class the typer finds most likely after Person, if that is
        an entity class, else None (left out)."""
        if any(m.ner_label in self.org_labels for m in ms):
            return self.org
        others = {c: p for c, p in learned.items() if self._class_iri.get(c) != self.person}
        best = max(others, key=lambda c: (others[c], c), default=None)
        return self._class_iri.get(best) if best is not None else None

    def _which_not_who(self, groups: list[list[Mention]], classes: list[str | None],
                       learned: list[dict[str, float]]) -> list[str | None]:
        """A name the text follows with 'which' ('Weza Tele, which provides mobile payments, ...') and never with
        'who' is no person's, whatever the NER said (no cue word typing it a person): see :meth:`_no_person`."""
        out = list(classes)
        for k, ms in enumerate(groups):
            if classes[k] != self.person or any(m.strong or m.canonical for m in ms):
                continue
            relatives = {w for m in ms for w in m.syntax if w.startswith("relative=")}
            if relatives == {"relative=which"}:
                out[k] = self._no_person(ms, learned[k])
        return out

    def _possessor_of_thing(self, owner: list[Mention], owned: list[Mention], owned_cls: str | None) -> bool:
        """'Vexa’s Nova-4', the thing typed by a cue (a version, a head noun): its possessor makes it, unless a cue
        or the NER says the possessor is a place or a person ('Norway’s Nova-4'; 'Ana Ruiz’s Nova-4'), or the
        typer is sure of it (checked by the caller)."""
        if owned_cls is None or not self._is_thing(owned_cls) or not any(m.strong for m in owned):
            return False
        if any(m.strong or m.canonical for m in owner):
            return False
        kept = {self._class_iri.get("Place"), self._class_iri.get("Person")}
        return not any(c in kept for m in owner for c in self._ner_class.get(m.ner_label, ()))

    def _type_by_version(self, groups: list[list[Mention]], classes: list[str | None]) -> list[str | None]:
        """'Subnautica 2' after the game 'Subnautica', 'Orbix 2.5' after the model 'Orbix': a name that is a made
        thing's name and a number is a version of that thing, of its class, unless a cue typed it. (Not the
        other way round: 'Vexa 737' is a product of the company 'Vexa'.)"""
        things: dict[str, str] = {}
        for ms, cls in zip(groups, classes):
            if cls is not None and self._is_thing(cls):
                for m in ms:
                    things.setdefault(normalize(m.text), cls)
        out = list(classes)
        for k, ms in enumerate(groups):
            if any(m.strong or m.canonical for m in ms):
                continue
            for m in ms:
                base, _, number = normalize(m.text).rpartition(" ")
                if base and _VERSION.fullmatch(number) and base in things and out[k] != things[base]:
                    out[k] = things[base]
                    break
        return out

    @staticmethod
    def _one_target_per_deal(out: DocumentGraph) -> None:
        """An investment told without its target ('Vexa invests $2 billion', a headline) is the deal the
        document tells with one elsewhere, when exactly one target is told for that investor and amount."""
        targets: dict[tuple, set[int]] = defaultdict(set)
        for inv in out.investments:
            if inv.target is not None:
                targets[(inv.investor, inv.amount.value, inv.amount.currency)].add(inv.target)
        for k, inv in enumerate(out.investments):
            known = targets.get((inv.investor, inv.amount.value, inv.amount.currency), set())
            if inv.target is None and len(known) == 1:
                out.investments[k] = dataclasses.replace(inv, target=next(iter(known)))

    def _apply_chains(self, out: DocumentGraph) -> None:
        """Add the facts property chains imply ('X livesIn Y', 'Y locatedIn Z': 'X livesIn Z'), to a fixpoint.

        A chained fact keeps the evidence of its first link, with rule ``chain`` and the product of the
        links' confidences.
        """
        chains = [(prop, links) for prop, p in self.schema.properties.items() for links in p.chains]
        if not chains:
            return
        known = {(f.subject, f.predicate, f.object) for f in out.facts}
        # facts by subject, in the order of out.facts (kept up to date as facts are added), so that a path is
        # extended by the facts that start where it ends, not by a search of all facts (quadratic in a long text)
        by_subject: dict[int, list[Fact]] = defaultdict(list)
        for f in out.facts:
            by_subject[f.subject].append(f)
        changed = True
        while changed:
            changed = False
            for prop, links in chains:
                paths = _first_paths((f.subject, f.object, [f]) for f in out.facts
                                     if links[0] in self.schema.super_properties(f.predicate))
                for link in links[1:]:
                    paths = _first_paths((s, f.object, fs + [f]) for s, o, fs in paths for f in by_subject.get(o, ())
                                         if link in self.schema.super_properties(f.predicate))
                for s, o, fs in paths:
                    if s == o or (s, prop, o) in known:
                        continue
                    if not self.schema.fits(prop, out.entities[s].cls, out.entities[o].cls):
                        continue
                    confidence = 1.0
                    for f in fs:
                        confidence *= f.evidence.confidence
                    evidence = dataclasses.replace(fs[0].evidence, rule="chain", confidence=round(confidence, 3))
                    known.add((s, prop, o))
                    fact = Fact(s, prop, o, evidence)
                    out.facts.append(fact)
                    by_subject[s].append(fact)
                    changed = True

    def _agent(self) -> str | None:
        agent = next((c.iri for c in self.schema.classes.values() if c.name == "Agent"), None)
        return agent

    def _choose(self, rel: RelationCandidate, s_cls: str, o_cls: str) -> str | None:
        best, best_score = None, -1
        for prop, need_s, need_o in rel.properties:
            if prop not in self.schema.properties:
                continue
            if not self.schema.fits(prop, s_cls, o_cls):
                continue
            if not self.schema.is_a(s_cls, need_s) or not self.schema.is_a(o_cls, need_o):
                continue
            p = self.schema.properties[prop]
            score = sum(self.schema.depth(c) for c in (p.domain, p.range, need_s, need_o) if c)
            if score > best_score:
                best, best_score = prop, score
        return best

    # -- aliases ---------------------------------------------------------------------------
    def _link_aliases(self, mentions: list[Mention], groups: _Groups,
                      related: Collection[frozenset[str]] = ()) -> None:
        """Short forms to long forms: 'Lumora' -> 'Lumora Systems', 'Whitfield' -> 'Dana Whitfield',
        'IBM' -> 'International Business Machines'; not two names ``related`` (pairs of normalized names a
        rule relates)."""
        def leading(m: Mention) -> str | None:
            return max(m.scores, key=lambda c: m.scores[c]) if m.scores else None

        first: dict[str, Mention] = {}
        classes: dict[str, set[str | None]] = defaultdict(set)  # (each name's leading classes, mention by mention)
        for m in mentions:
            key = normalize(m.text)
            first.setdefault(key, m)
            classes[key].add(leading(m))

        # each candidate long form with its words and leading class, in text order
        longs = [(long, key.split(), leading(long)) for key, long in sorted(first.items(), key=lambda kv: kv[1].start)]
        # the long forms a name may be short for, found by the words they begin with, their first or last word,
        # their initials: comparing every name with every other was quadratic in the names of a long text
        by_prefix: dict[tuple[str, ...], list[int]] = defaultdict(list)  # proper prefixes only
        by_end_word: dict[str, list[int]] = defaultdict(list)
        by_initials: dict[str, list[int]] = defaultdict(list)
        for k, (_, lwords, _) in enumerate(longs):
            for n in range(len(lwords)):
                by_prefix[tuple(lwords[:n])].append(k)
            if len(lwords) > 1:
                by_end_word[lwords[0]].append(k)
                if lwords[-1] != lwords[0]:
                    by_end_word[lwords[-1]].append(k)
            by_initials["".join(w[0] for w in lwords)].append(k)
            core = without_legal_form(lwords)
            if len(core) != len(lwords):
                by_initials["".join(w[0] for w in core)].append(k)  # 'AMD' for 'Advanced Micro Devices Inc.'

        for key, m in first.items():
            words = key.split()
            if len(words) > 1 and words[0] in self.person_prefixes:
                words = words[1:]  # 'Mrs. Parks' is 'Parks' to link
            prefixed = by_prefix.get(tuple(words), [])
            # longer organization names that begin with these words ('Ford' beside 'Ford Motor')
            org_longs = [longs[k][0] for k in prefixed if longs[k][0] is not m and longs[k][2]
                         and self.schema.is_a(longs[k][2], self.org)]
            # (a short name the NER calls a place wherever it stands joins only a long one with a legal form
            # alone: 'Norway' is no short name of 'Norway Steel'; the NER calls a company it does not know a place
            # here, a person there)
            org_like = not self.place or not all(c is not None and self.schema.is_a(c, self.place)
                                                 for c in classes[key])
            candidates = set(prefixed)
            if len(words) == 1:
                candidates.update(by_end_word.get(words[0], ()))
            if m.text.isupper() and len(m.text) >= 2:
                candidates.update(by_initials.get(m.text.casefold(), ()))
            target = None
            for k in sorted(candidates):  # the first in text order that fits
                long, lwords, ltype = longs[k]
                if len(lwords) <= len(words) or long is m:
                    continue
                rest = lwords[len(words):]
                if ltype and self.schema.is_a(ltype, self.org) and lwords[:len(words)] == words \
                        and (all(is_legal_form(w) for w in rest)
                             or (all(w in self.org_suffixes for w in rest) and long.start < m.start
                                 and len(org_longs) == 1 and org_like)
                             or (is_legal_form(rest[-1]) and len(org_longs) == 1 and org_like)):
                    # 'Vexa' is 'Vexa Corp.' wherever it stands, and 'Vexa Systems' once that was named and no
                    # other 'Vexa ...' was; 'Vexa' named before 'Vexa Pictures' is the parent, a name of its own;
                    # 'Vexa' is 'Vexa Future Inc.', a company's full name with its legal form, when no other
                    # organization's name begins with it (not 'Vexa Deepworks', which may be a unit of Vexa)
                    target = long
                    break
                if ltype and self.schema.is_a(ltype, self.person) and len(words) == 1 \
                        and words[0] in (lwords[0], lwords[-1]) \
                        and (m.ner_label in ("PERSON", "") or (m.ner_label == "ORG" and not org_longs)) \
                        and (not m.strong or leading(m) == self.person):
                    # (a surname the NER took for an organization, where no organization's name begins with it)
                    target = long
                    break
                if m.text.isupper() and len(m.text) >= 2 and any(
                        len(ws) == len(m.text) and "".join(w[0] for w in ws) == m.text.casefold()
                        for ws in (lwords, without_legal_form(lwords))):
                    target = long
                    break
            if target is not None and frozenset((key, normalize(target.text))) not in related:
                groups.union(target.id, m.id)


def confident(graphs: Iterable[DocumentGraph], min_confidence: float | None) -> Iterator[DocumentGraph]:
    """Document graphs without the facts and investments whose evidence has a confidence below ``min_confidence``."""
    for dg in graphs:
        if min_confidence is not None:
            dg = dataclasses.replace(dg, facts=[f for f in dg.facts if f.evidence.confidence >= min_confidence],
                                     investments=[i for i in dg.investments if i.evidence.confidence >= min_confidence])
        yield dg
        del dg  # (not held while the next document is read)
