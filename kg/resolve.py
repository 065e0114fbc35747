"""Entity resolution within a document, typing, and choosing each relation's property.

Input: an :class:`~kg.extract.model.Extraction` (mentions with class evidence, relation candidates).
Output: a :class:`DocumentGraph` of entities (canonical name, one class, aliases) and facts whose
subject and object classes fit the property's domain and range. Plain data; no spaCy, no rdflib.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field

from .documents import Document
from .extract.legal import initials, is_acronym_of, is_legal_form
from .extract.model import TIER_WORDS, Evidence, Extraction, Mention, Money, leading_class
from .retype import Retyper, camel_case
from .schema import Schema, local_name
from .typer import EntityTyper, default_typer, entity_features, mention_slots, without_name_words, without_ner

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


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


def _group_scores(ms: list[Mention]) -> dict[str, float]:
    """The class evidence of a name's mentions together: each cue's every time (a cue word is evidence each time it
    is written), but the NER's alone once for each way the name is written, as the mean of its mentions so written
    (the NER that takes 'Zelvo' for a person takes it so every time: one piece of evidence, which a cue word
    written once, 'Zelvo Energy', outweighs)."""
    scores: dict[str, float] = defaultdict(float)
    weak: dict[str, list[Mention]] = defaultdict(list)
    for m in ms:
        if m.strong:
            for c, w in m.scores.items():
                scores[c] += w
        else:
            weak[m.text].append(m)
    for same in weak.values():
        for m in same:
            for c, w in m.scores.items():
                scores[c] += w / len(same)
    return scores


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


def _acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` is written in capitals and is the initials of the words of ``long``
    (:func:`kg.extract.legal.is_acronym_of`)."""
    return is_acronym_of(short, normalize(long).split())


def _display_name(name: str) -> str:
    """'BEIJING' reads better as 'Beijing'; short acronyms (KVT, ORVA), names with digits ('Tala-4') and an
    acronym with its legal form ('VXA SE') stay as they are."""
    if name.isupper() and len(name.replace(" ", "")) > 4 and not any(c.isdigit() for c in name) \
            and not (len(name.split()) > 1 and is_legal_form(name.split()[-1])):
        return name.title()
    return name


#: A version number at the end of a name ('2', '3.5', 'v4')
_VERSION = re.compile(r"v?\d+(\.\d+)*")


def _log_odds(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


class Resolver:
    """Resolves one document's mentions into entities and facts, using the ontology."""

    #: how sure the typer must be to type a name that has no class or the NER's alone (which then stands if not),
    #: and to overrule the class a rule read off the name's place in a relation ('Booth shot Lincoln') or to make
    #: a person of a name the NER calls an organization ('Veltro Energy teamed up with ...')
    type_threshold = 0.5
    overrule_threshold = 0.7
    #: how sure to make a person of a name the NER calls an organization, a few times at most: an unknown person's
    #: name is what the small NER most often takes for a company's ('Tom Hale', an organization once)
    person_over_org_threshold = 0.6
    #: how much likelier than an organization the typer may find a place the NER alone said, and still be thought to
    #: doubt it (the verb that wants an organization then settles it: 'acquired by Orvane', Place 35%, Organization 33%)
    tie_margin = 0.1
    #: how much the typer's reading of a name without the NER's labels counts, where the NER labelled its mentions
    #: differently (what it does with a company it does not know: a place here, an organization there): as much as
    #: its reading with them
    unlabelled_weight = 0.5

    def __init__(self, schema: Schema, typer: EntityTyper | None | str = "default"):
        """``typer``: the entity typer for names no cue types; "default" is the model shipped with kg, None none."""
        self.schema = schema
        if typer == "default":
            typer = default_typer()
        elif isinstance(typer, str):
            raise TypeError(f"typer: an EntityTyper, None or 'default', not {typer!r}")
        self.typer: EntityTyper | None = typer
        self.retype = Retyper(schema)
        self._class_iri = self.retype.class_iri
        self.org, self.person, self.place = self.retype.org, self.retype.person, self.retype.place
        org = next((c for c in schema.classes.values() if c.name == "Organization"), None)
        person = next((c for c in schema.classes.values() if c.name == "Person"), None)
        self.org_suffixes = {s.casefold() for s in (org.name_suffixes if org else ())}
        self.person_prefixes = {s.casefold() for s in (person.name_prefixes if person else ())}

    def groups(self, ex: Extraction) -> list[list[Mention]]:
        """The document's mentions grouped by the entity they name, in text order of first mention."""
        mentions = ex.mentions
        groups = _Groups(len(mentions))
        by_key: dict[str, int] = {}
        for m in mentions:
            key = normalize(m.canonical or m.text)  # gazetteer aliases of one known member are one entity
            if not m.canonical:
                key = self._without_honorific(key)  # ('Mr Tom Hale' and 'Tom Hale': one person)
            if key in by_key:
                groups.union(by_key[key], m.id)
            else:
                by_key[key] = m.id
        # (names a rule relates are two entities: 'Vexa's parent company, Vexa Group plc')
        # (not a name and its acronym that the head-noun rule read as what is in a place and the place: 'Kelvo
        # Institute (KI)'; but a company named by its founder's initials stays apart: 'JBV', founded by Jonas Brenta
        # Velho)
        related = {frozenset((normalize(mentions[r.subject].text), normalize(mentions[r.object].text)))
                   for r in ex.relations
                   if not (r.evidence.rule == "head-noun"
                           and (_acronym_of(mentions[r.subject].text, mentions[r.object].text)
                                or _acronym_of(mentions[r.object].text, mentions[r.subject].text)))}
        self._link_aliases(mentions, groups, related)

        members: dict[int, list[Mention]] = defaultdict(list)
        for m in mentions:
            members[groups.find(m.id)].append(m)
        return [members[root] for root in sorted(members, key=lambda r: members[r][0].start)]

    def _learned_class(self, ms: list[Mention], features: Counter[str] | None, cls: str | None,
                       unlabelled: dict[str, float]) -> tuple[str | None, dict[str, float]]:
        """The typer's class for a name no cue types (the NER's label alone, or nothing), when the model is
        sure enough, or, for a name nothing typed at all, when it is the most likely of all ('Kelvo’s Tarla',
        where the NER saw no name: Organization at 29%, no entity at 27%; not a person, whose names the NER
        rarely misses); and the typer's probabilities (by class local name; none for a name a cue typed). (Where
        it says the name is no entity, the NER's class stands: dropping such names cost more facts than it saved
        on development data.) ``unlabelled``: the typer's probabilities without the NER's labels."""
        if self.typer is None or features is None:
            return cls, {}
        probs = self.typer.probabilities(features)
        if len({m.ner_label for m in ms}) > 1:
            # (a name the NER labels now so, now otherwise: the words around it weigh as much as its labels)
            w = self.unlabelled_weight
            probs = {c: (1 - w) * p + w * unlabelled[c] for c, p in probs.items()}
        best = max(probs, key=lambda c: probs[c])
        if cls is None and self._class_iri.get(best) is None \
                and any(camel_case(w) for m in ms for w in m.text.split()):
            # (a word written in camel case is no common word, whatever the typer thinks of the words around it:
            # 'TalkGPT', 'KelvoSeek', which the NER misses: the likeliest class it can be of)
            best = max((c for c in probs if self._class_iri.get(c) is not None), key=lambda c: probs[c], default=best)
        learned = self._class_iri.get(best)
        by_rule = any(m.scores and not m.ner_label for m in ms)  # (the NER's label is a mention's only other vote)
        need = self.type_threshold
        if learned != cls:
            need = self.overrule_threshold if by_rule or self._labelled_alike(ms) \
                else self.person_over_org_threshold if cls == self.org and learned == self.person else need
        if learned is not None and (probs[best] >= need or cls is None and not by_rule and learned != self.person):
            return learned, probs
        return cls, probs

    #: How many mentions the NER must label alike for its label to take a surer typer to overrule.
    alike_mentions = 3

    def _labelled_alike(self, ms: list[Mention]) -> bool:
        """Whether the NER gave a name's mentions one label, at least :attr:`alike_mentions` times (an 'Intel' it
        calls an organization seven times over is one, whatever 'in Intel's lab' makes the typer think)."""
        labels = [m.ner_label for m in ms]
        return len(labels) >= self.alike_mentions and bool(labels[0]) and len(set(labels)) == 1

    #: How much the name's own words must raise the typer's log-odds of its class to know it by them (see
    #: :meth:`_knows_name`): log-odds, so that a class already likely by the words around the name ('Israel'
    #: after 'in') can still be known by the name.
    known_margin = 0.5

    def _knows_name(self, features: Counter[str] | None, cls: str | None, probs: dict[str, float]) -> bool:
        """Whether the typer knows a name as of its class by the name's own words, seen in training: they make the
        class likelier than the words around the name, its shape and the NER's label alone do ('China' after 'a
        stake in' is a place by its name; 'Tarvik' there only by the 'in' before it)."""
        if self.typer is None or features is None or cls is None:
            return False
        c = local_name(cls)
        alone = self.typer.probabilities(without_name_words(features))
        return _log_odds(probs.get(c, 0.0)) > _log_odds(alone.get(c, 0.0)) + self.known_margin

    def resolve(self, document: Document, ex: Extraction) -> DocumentGraph:
        out = DocumentGraph(document=document)
        entity_of: dict[int, int] = {}
        slots = mention_slots(ex.relations) if self.typer is not None else {}
        groups = self.groups(ex)
        classes: list[str | None] = []
        learned: list[dict[str, float]] = []  # (the typer's probabilities for each name)
        unlabelled: list[dict[str, float]] = []  # (and without the NER's labels)
        known: list[bool] = []  # (whether the typer knows each name as of its class by the name's own words)
        for ms in groups:
            scores = _group_scores(ms)
            # (the typer weighs names no cue word or gazetteer entry typed)
            features = None if self.typer is None or any(m.strong or m.canonical for m in ms) \
                else entity_features(ms, document.text, slots)
            unl = self.typer.probabilities(without_ner(features)) if self.typer is not None and features is not None \
                else {}
            cls, probs = self._learned_class(ms, features, _type_of(scores, self.schema), unl)
            classes.append(cls)
            learned.append(probs)
            unlabelled.append(unl)
            # (asked of places and people only: the corrections that weigh it are of names so typed)
            known.append(cls in {self.place, self.person} and self._knows_name(features, cls, probs))
        # (whether the typer is sure of a name's class: sure enough to overrule a rule; of a place or a person, sure
        # without the NER's labels too, which are what the NER gives a company it does not know)
        sure = [cls is not None and probs.get(local_name(cls), 0.0) >= self.overrule_threshold
                and (cls not in {self.place, self.person} or not unl
                     or unl.get(local_name(cls), 0.0) >= self.overrule_threshold)
                for cls, probs, unl in zip(classes, learned, unlabelled)]
        # (a place only the NER said that the typer finds about as likely an organization: what it does with a
        # company it does not know)
        org = local_name(self.org) if self.org else ""
        doubted = [cls == self.place and bool(probs)
                   and probs.get(org, 0.0) + self.tie_margin >= probs.get(local_name(cls), 0.0)
                   for cls, probs in zip(classes, learned)]
        classes = self.retype.correct(groups, classes, learned, sure, doubted, known, ex, document.text)
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
            if not canonical and cls is not None and self.person and self.schema.is_a(cls, self.person):
                display = self._without_honorific(display)  # ('Mr Tom Hale' is Tom Hale; the form stays an alias)
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
            prop = self.schema.best_property(rel.properties, out.entities[s].cls, out.entities[o].cls)
            if prop is None or prop in rel.void:
                if prop is None:
                    reason = (f"{local_name(out.entities[s].cls)} -> {local_name(out.entities[o].cls)} "
                              "fits no candidate's domain and range")
                else:
                    reason = (f"{local_name(prop)} fits best, and the pattern then states nothing ('the mayor of "
                              "Oslo': where an office is held)")
                out.rejected.append(Rejected(out.entities[s].name, out.entities[o].name,
                                             tuple(local_name(p) for p, _, _ in rel.properties), reason, rel.evidence))
                continue
            key = (s, prop, o, rel.evidence.rule, rel.evidence.start)
            if key not in seen:
                seen.add(key)
                out.facts.append(Fact(s, prop, o, rel.evidence))

        self._apply_chains(out)

        for inv in ex.investments:
            investor = entity_of.get(inv.investor)
            if investor is None or not self.schema.is_a(out.entities[investor].cls, self.retype.agent):
                continue
            target = entity_of.get(inv.target) if inv.target is not None else None
            out.investments.append(Investment(investor, inv.amount, inv.evidence, inv.target_text, target, inv.period))
        self._one_target_per_deal(out)
        return out

    def _type_by_version(self, groups: list[list[Mention]], classes: list[str | None]) -> list[str | None]:
        """'Drovania 2' after the game 'Drovania', 'Orbix 2.5' or 'Orbix Pro' after the model 'Orbix': a name that is
        a made thing's name and a number or a tier (:data:`TIER_WORDS`) is a version of that thing, of its class,
        unless a cue typed it. (Not the other way round: 'Vexa 737' is a product of the company 'Vexa'.)"""
        things: dict[str, str] = {}
        for ms, cls in zip(groups, classes):
            if cls is not None and self.retype.is_thing(cls):
                for m in ms:
                    things.setdefault(normalize(m.text), cls)
        out = list(classes)
        for k, ms in enumerate(groups):
            if any(m.strong or m.canonical for m in ms):
                continue
            for m in ms:
                base, _, number = normalize(m.text).rpartition(" ")
                if base and (_VERSION.fullmatch(number) or number in TIER_WORDS) and base in things \
                        and out[k] != things[base]:
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

    def _without_honorific(self, name: str) -> str:
        """A person's name without the honorific the text wrote before it ('Mrs. Ana Ruiz': 'Ana Ruiz'); a name of
        one word after the honorific keeps it ('Mrs. Parks': a surname alone is no name to show)."""
        words = name.split()
        if len(words) > 2 and words[0].casefold() in self.person_prefixes:
            return " ".join(words[1:])
        return name

    # -- aliases ---------------------------------------------------------------------------
    def _link_aliases(self, mentions: list[Mention], groups: _Groups,
                      related: Collection[frozenset[str]] = ()) -> None:
        """Short forms to long forms: 'Lumora' -> 'Lumora Systems', 'Whitfield' -> 'Dana Whitfield',
        'IBM' -> 'International Business Machines'; not two names ``related`` (pairs of normalized names a
        rule relates)."""
        def leading(m: Mention) -> str | None:
            return leading_class(m.scores)

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
            # ('KMD' for 'Kelvo Micro Devices Inc.', 'VOGC' for 'Velmora Oil and Gas Corp.')
            for letters in initials(lwords):
                by_initials[letters].append(k)

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
                if _acronym_of(m.text, long.text):
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
