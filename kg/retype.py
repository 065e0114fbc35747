"""Correcting the classes of a document's names by what the rules read of them.

The resolver (:mod:`kg.resolve`) gives each name (a group of mentions) the class its cue words, the NER and the
typer (:mod:`kg.typer`) vote for. Some readings say more than those votes: 'Brentar, maker of Skyrun Racer'
(a made thing, whatever the NER said), 'a 10% stake in Hale Morrison' (a company), 'Kesta Tele, which provides
mobile payments' (no person), a surname never written in full (no person's). :class:`Retyper` makes these
corrections, each a method of its own, in the order :meth:`Retyper.correct` applies them. Plain data; no spaCy.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from .extract.model import MODEL_SIZE, Extraction, Mention, RelationCandidate
from .schema import Schema, local_name

#: The lower-case word right after a name: 'region' of 'Velmora region'.
_WORD_AFTER = re.compile(r" ([a-z][a-z-]*)\b")


#: A word written in camel case, as companies and products are named ('KelvoAI', 'TarvikBank', 'TalkGPT'): a capital
#: after two lower-case letters or more, or lower case after capitals; not the prefixes of place names and surnames
#: (Mc-, De-, La-, ...).
_CAMEL = re.compile(r"(?:[a-z]{2,}[A-Z]|[A-Z]{2,}[a-z]{2,})")
_NAME_PREFIXES = ("Mc", "Mac", "De", "La", "Le", "Di", "Du", "Van", "Von", "Fitz")


def camel_case(word: str) -> bool:
    """Whether a word is written in camel case, as no common word and no person's name is."""
    return bool(_CAMEL.search(word)) and not word.startswith(_NAME_PREFIXES)


@dataclass
class _Wants:
    """What the rules' readings of one document want of its names' classes (names by their group index)."""

    groups: list[list[Mention]]
    classes: list[str | None]
    #: whether the typer is sure of a name's class
    sure: list[bool]
    #: whether the typer finds a place the NER alone said about as likely an organization
    doubted: list[bool]
    text: str
    #: the typer's probabilities for each name, by class local name (none for a name a cue typed)
    learned: list[dict[str, float]]
    #: whether the typer knows a name as of its class by its own words ('China'), not only by its context
    known: list[bool]
    wanted: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: things a specific title is held at, or that raise money: organizations, whatever a head noun said
    titled: set[int] = field(default_factory=set)
    #: names a reading puts where its cue's property wants a place ('based in X', 'the X, Texas-based studio')
    placed: set[int] = field(default_factory=set)

    def want(self, k: int, cls: str, titled: bool = False) -> None:
        self.wanted[k].add(cls)
        if titled:
            self.titled.add(k)


class Retyper:
    """The ontology's classes a correction names, and the corrections."""

    def __init__(self, schema: Schema):
        self.schema = schema
        #: entity class local name -> IRI
        self.class_iri = {c.name: c.iri for c in schema.entity_classes()}
        #: NER label -> the classes it stands for
        self.ner_class: dict[str, list[str]] = defaultdict(list)
        for c in schema.entity_classes():
            for label in c.ner_labels:
                self.ner_class[label].append(c.iri)
        self.org = self.class_iri.get("Organization", "")
        self.person = self.class_iri.get("Person", "")
        self.place = self.class_iri.get("Place", "")
        self.agent = next((c.iri for c in schema.classes.values() if c.name == "Agent"), None)
        #: the properties of holding shares of something (those with kg:stakeCue: investsIn, owns)
        self.holding = frozenset(p.iri for p in schema.properties.values() if p.stake_cues)
        #: the head nouns of every class ('company', 'region'), by their last word
        self.head_nouns = frozenset(n.split()[-1].casefold() for c in schema.classes.values() for n in c.head_nouns)
        #: the NER labels that stand for an organization ('ORG')
        self.org_labels = frozenset(label for label, cs in self.ner_class.items() if self.org in cs)

    def correct(self, groups: list[list[Mention]], classes: list[str | None], learned: list[dict[str, float]],
                sure: list[bool], doubted: list[bool], known: list[bool], ex: Extraction,
                text: str) -> list[str | None]:
        """The classes of the document's names (one per group of mentions) after every correction.

        ``learned``: the typer's probabilities for each name (by class local name); ``sure``: whether the typer is
        sure of each name's class; ``doubted``: whether it finds a place the NER alone said about as likely an
        organization; ``known``: whether it knows the name as of its class by the name's own words."""
        classes = self.by_signature(groups, classes, learned, sure, doubted, known, ex, text)
        classes = self.unnamed_people(groups, classes, learned, ex)
        classes = self.which_not_who(groups, classes, learned)
        classes = self.camel_case_no_place(groups, classes)
        classes = self.list_of_organizations(groups, classes, known, ex, learned)
        return self.model_versions(groups, classes)

    #: Rules whose reading is sure enough to give a class to a name only the NER typed.
    SIGNATURE_RULES = frozenset({"title", "verb", "verb-passive", "title-chain", "as-title", "event-noun",
                                 "relational-noun"})

    #: Rules whose reading types a name nothing else typed as an organization, when the property wants one:
    #: 'Kestrel agreed to be acquired by Hamlin', 'Orvane introduced its Tala model', 'Orvane announced a round of
    #: funding for Y', 'Orvane took a stake in Y', 'Orvane named Ana Ruiz as its chief executive'. (Not title rules:
    #: 'Technical director Ana Ruiz' at the start of a sentence makes a name of a word before a title more often
    #: than not.)
    AGENT_RULES = frozenset({"verb", "verb-passive", "funding-round", "round-backers", "stake", "appointment"})

    #: Rules that read who got a round of funding: always a company (or a fund), whatever the NER took it for.
    ROUND_RULES = frozenset({"funding-round", "round-backers"})

    #: Rules that read a share of a company bought or held ('took a 5% stake in X'): what it is a share of is a
    #: company, whatever the NER took it for.
    STAKE_RULES = frozenset({"stake"})

    #: Rules that read a verb and its subject and object ('Ana Ruiz founded X', 'X was founded by Ana Ruiz').
    VERB_RULES = frozenset({"verb", "verb-passive"})

    #: Rules that read a person's title at an organization ('chief executive of X', 'X co-founder Y').
    TITLE_RULES = frozenset({"title", "title-chain", "as-title", "appointment"})

    def is_thing(self, cls: str) -> bool:
        """A class of made things (Product and its subclasses): what the NER most often mistypes."""
        product = self.class_iri.get("Product")
        return product is not None and self.schema.is_a(cls, product)

    def by_signature(self, groups: list[list[Mention]], classes: list[str | None], learned: list[dict[str, float]],
                     sure: list[bool], doubted: list[bool], known: list[bool], ex: Extraction,
                     text: str) -> list[str | None]:
        """The classes of the document's names (one per group of mentions), with what sure rules read them as.

        'Brentar, maker of Skyrun Racer': a name only the NER typed (no cue word, no gazetteer entry)
        that a sure rule reads at the range of its cue's property ('maker' states develops, whose range is
        Product), where its class does not fit and the other end's does, takes that range as its class,
        when every such reading agrees on it; so does a name nothing typed at all ('Vexa makes Skyfall and
        Tidefall'), which would otherwise be left out. A person or a place read as an organization is as often
        the rule's mistake as the NER's, so an organization is wanted only in the narrower cases each method
        names: a possessive (:meth:`_want_by_possessive`), who got a round or what a stake is in
        (:meth:`_want_as_company`), an agent or where a specific role is held (:meth:`_want_by_range`)."""
        w = _Wants(groups, classes, sure, doubted, text, learned, known)
        group_of = {m.id: k for k, ms in enumerate(groups) for m in ms}
        w.placed = self._placed(ex.relations, group_of, classes)
        for rel in ex.relations:
            s, o = group_of.get(rel.subject), group_of.get(rel.object)
            if s is None or o is None or s == o or not rel.properties:
                continue
            if rel.evidence.rule == "possessive":
                self._want_by_possessive(w, rel, s, o)
            elif self._reads_signature(rel):
                if self._want_as_company(w, rel, o):
                    # (who put money into the company, or holds the stake in it, is an agent still: 'a round from
                    # investors including Orvane Bank, Kelda and Tarvik', the NER taking Kelda for a place)
                    self._want_by_range(w, rel, s, o, object_end=False)
                elif not self._want_unknown_as_organization(w, rel, s, o):
                    self._want_by_range(w, rel, s, o)
        out = list(classes)
        for k, wanted_classes in w.wanted.items():
            cls = next(iter(wanted_classes))
            if len(wanted_classes) == 1 and (k in w.titled or not self._firmly_typed(groups[k], cls)):
                out[k] = cls
        return out

    #: How much likelier than an organization the typer may find no entity at all in a word nothing typed, and
    #: still have a title rule read it as the organization ('Quillon CEO Hana Sato': no entity 41%, organization 40%).
    NONE_MARGIN = 0.1

    def _rather_organization(self, probs: dict[str, float]) -> bool:
        """Whether the typer's likeliest class is Organization, or no entity with Organization next, within
        :data:`NONE_MARGIN`."""
        ranked = sorted(probs, key=lambda c: -probs[c])
        org = local_name(self.org)
        if not ranked:
            return False
        if ranked[0] == org:
            return True
        return ranked[0] == "NONE" and len(ranked) > 1 and ranked[1] == org \
            and probs[org] + self.NONE_MARGIN >= probs["NONE"]

    def _reads_signature(self, rel: RelationCandidate) -> bool:
        """Whether a rule's reading is sure enough to type its ends: a sure rule's, or a preposition's where it
        states one property ('the studio behind Skyfall'; 'of' states many)."""
        rule = rel.evidence.rule
        return rule in self.SIGNATURE_RULES | self.AGENT_RULES or rule == "preposition" and len(rel.properties) == 1

    def _want_by_possessive(self, w: _Wants, rel: RelationCandidate, s: int, o: int) -> None:
        """'Sweden's Orvane' (:meth:`_company_of_country`), 'Vexa's Nova-4' (:meth:`_possessor_of_thing`)."""
        # (either way round: the possessor's cues read it as the owner, the possessed name's as what it is in)
        # ('Kenya's Fennick': a place the typer doubts, or a name it does not know and no dictionary has)
        owned = next((b for a, b in ((s, o), (o, s)) if (w.doubted[b] or self._unknown(w, b))
                      and self._company_of_country(w.groups[a], w.groups[b], w.classes[a], w.classes[b], w.text)),
                     None)
        if owned is not None:
            w.want(owned, self.org)
        elif not w.sure[s] and self._possessor_of_thing(w.groups[s], w.groups[o], w.classes[o]):
            domain = self.schema.properties[rel.properties[0][0]].domain
            if domain is not None and w.classes[s] != domain:
                w.want(s, domain)

    def _want_as_company(self, w: _Wants, rel: RelationCandidate, o: int) -> bool:
        """Whether a reading makes its object a company, whatever the NER took it for: who got a round of funding,
        what a stake is in (and, if so, noted in ``w``)."""
        rule, cls, ms = rel.evidence.rule, w.classes[o], w.groups[o]
        if rule in self.ROUND_RULES and cls in {self.person, self.place} and not w.sure[o] \
                and not any(m.strong or m.canonical or len(m.text.split()) > 1 for m in ms):
            # ('Trevo raised a $3 million seed round led by A', the NER taking Trevo for a person: who gets a
            # round of funding is a company, whatever the property's range allows; the typer not sure of the
            # NER's class, no cue word for it. A name of one word: 'Priya Tessaly raised $2 million in a round led
            # by A for her startup' is a person's)
            w.want(o, self.org)
            return True
        if rule in self.STAKE_RULES and cls in {self.person, self.place} \
                and not any(m.strong or m.canonical for m in ms) and not w.known[o]:
            # ('Orbis holds stakes in Trendova and Hale Morrison', the NER taking a company for a person or a place:
            # no one holds a share of a person or of a city; no cue word for it. However sure the typer is: it is
            # most sure of a place after 'in', which a stake is always written with; unless it knows the name as
            # one by its words: 'Vexa increased its stake in China', its business there)
            w.want(o, self.org)
            return True
        if rule == "verb" and cls == self.place and rel.properties[0][0] in self.holding \
                and not any(m.strong or m.canonical for m in ms) and self._unknown(w, o) and o not in w.placed:
            # ('Kelvo poured $5 million into Graveo', 'invested in Tarvik', the NER taking a company for a place:
            # what a verb of a property of holding shares says money is put into is a company, unless the typer
            # knows the name as a place by its words or the dictionary has it: 'invested $2 billion in Norway', in a
            # country's economy)
            w.want(o, self.org)
            return True
        if rule in self.ROUND_RULES and cls is not None and self.is_thing(cls) and not w.sure[o] \
                and not any(m.canonical or ch.isdigit() for m in ms for ch in m.text):
            # ('Velto, an app for booking buses, raised $42 million in a round led by A': a head noun of made
            # things names what a company does as often as what it makes, and a made thing raises no money;
            # not a version, 'Tala 2', which is a thing's name)
            w.want(o, self.org, titled=True)
            return True
        return False

    def _cue_ends(self, rel: RelationCandidate) -> tuple[str, str | None, str | None] | None:
        """The cue's own property of a reading (the others are fallbacks) and the classes it wants of the subject and
        of the object (the rule's own, else the property's domain and range); None for a property the ontology
        lacks."""
        prop, need_s, need_o = rel.properties[0]
        p = self.schema.properties.get(prop)
        if p is None:
            return None
        return prop, need_s or p.domain, need_o or p.range

    @staticmethod
    def _unknown(w: _Wants, k: int) -> bool:
        """Whether a name is one the typer does not know by its own words and not all of whose words the dictionary
        has (most places' names are in it, few young companies'); never without a dictionary."""
        return not w.known[k] and all(m.lexicon in {"unknown", "mixed"} for m in w.groups[k])

    def _placed(self, relations: list[RelationCandidate], group_of: dict[int, int],
                classes: list[str | None]) -> set[int]:
        """The names (by group index) some reading puts where its cue's own property wants a place, the other end's
        class fitting the property ('Kelvo, based in Tarvik'; not 'Velmora, once China's biggest search engine',
        read as a place in apposition to a company's name)."""
        out: set[int] = set()
        for rel in relations:
            ends = self._cue_ends(rel) if rel.properties else None
            s, o = group_of.get(rel.subject), group_of.get(rel.object)
            if ends is None or not self.place or s is None or o is None:
                continue
            _, domain, range_ = ends
            for end, need, other, other_need in ((s, domain, o, range_), (o, range_, s, domain)):
                other_cls = classes[other]
                if need is not None and self.schema.is_a(need, self.place) and other_cls is not None \
                        and (other_need is None or self.schema.is_a(other_cls, other_need)):
                    out.add(end)
        return out

    def _want_unknown_as_organization(self, w: _Wants, rel: RelationCandidate, s: int, o: int) -> bool:
        """Whether a sure reading wants an organization where only the NER, and the typer by the words around the
        name, said a place, of a name the typer does not know by its own words (and, if so, noted in ``w``): 'named
        CEO of Zentrix', 'Greyfen agreed to buy Tarvo', the NER taking an unknown company for a place. Where the
        cue's own property wants an organization (or an agent) at that end, by the ontology's domain and range; for
        a title, only a specific one (a chief executive's, a founder's: 'governor of X' may be of a place). Not a
        place the typer knows by its name ('Norway'), nor a name of dictionary words ('Israel', 'Bozeman': the
        dictionary has most places, few young companies; nor any name, without a dictionary), nor one another
        reading puts where a place is wanted ('will keep running the Frisco, Texas-based studio'). However sure the
        typer is: its sureness comes from the words around the name ('of', 'in'), which are a place's as often. A
        name the NER labelled none of the times must be of one word ('One of Kelvo's co-founders'): two words it
        left unlabelled are as often a person's name."""
        ends = self._cue_ends(rel)
        if ends is None or rel.evidence.rule in self.TITLE_RULES and not self._specific_role(ends[0]):
            return False
        _, domain, range_ = ends
        wanted = False
        for end, need in ((s, domain), (o, range_)):
            ms = w.groups[end]
            if need in {self.org, self.agent} and w.classes[end] == self.place and self._unknown(w, end) \
                    and end not in w.placed \
                    and not any(m.strong or m.canonical or m.ner_label not in self.COUNTRY_LABELS
                                and (m.ner_label or len(m.text.split()) > 1) for m in ms):
                w.want(end, self.org)
                wanted = True
        return wanted

    def _want_by_range(self, w: _Wants, rel: RelationCandidate, s: int, o: int, object_end: bool = True) -> None:
        """A reading whose ends' classes fit none of its properties: the end whose class does not fit takes the
        class the cue's own property wants of it, where the other end's fits (see :meth:`by_signature`); the subject
        only, without ``object_end``."""
        s_cls, o_cls = w.classes[s], w.classes[o]
        if s_cls is not None and o_cls is not None \
                and self.schema.best_property(rel.properties, s_cls, o_cls) is not None:
            return
        ends = self._cue_ends(rel)
        if ends is None:
            return
        prop, domain, range_ = ends
        rule = rel.evidence.rule
        sides = [(o, s, range_, domain), (s, o, domain, range_)]
        for end, other, need, other_need in sides if object_end else sides[1:]:
            cls, other_cls, ms = w.classes[end], w.classes[other], w.groups[end]
            if need is None or other_cls is None or not self.schema.is_a(other_cls, other_need):
                continue
            if self.is_thing(need) and (cls is None or not self.schema.is_a(cls, need)):
                w.want(end, need)
            elif need in {self.org, self.agent} and rule in self.AGENT_RULES and (
                    (cls is None or not w.sure[end] and (self._untyped_or_unknown(ms) or w.doubted[end]))
                    and all(len(m.text.split()) == 1 for m in ms)
                    or cls == self.person and not w.sure[end] and not any(m.strong or m.canonical for m in ms)
                    and (end == s or self._specific_role(prop))):
                # (an agent of one word nothing typed, not even the NER, or the NER as unsure of as of an unknown
                # company and the typer unsure too, or a place the NER alone said that the typer finds about as
                # likely an organization: an organization; two words unlabelled are as often a person's name the
                # NER missed. And a name only the NER and the typer, unsure, took for a person that a verb reads
                # where only an organization can be, as the verb's agent: 'Kestrel Morgan agreed to buy Tarvo', 'Hale
                # Morrison owns Velto'; a person buying a company is no fact of the ontology's, so the reading says the
                # more; or as what a specific role is held at: 'Paul Hale founded Kestrel Morgan'. Not a general
                # one: 'Ana Ruiz hired Tom Hale' is no company's hiring)
                w.want(end, self.org)
            elif end == o and need == self.org and rule in self.TITLE_RULES and self._specific_role(prop) \
                    and cls is None and not any(m.strong or m.canonical for m in ms) \
                    and all(len(m.text.split()) == 1 for m in ms) \
                    and (self._rather_organization(w.learned[end]) or all(m.lexicon == "unknown" for m in ms)):
                # ('Quillon CEO Hana Sato said', the NER seeing no name: a chief executive or a founder is of an
                # organization, when the typer finds one about as likely as no entity, or the word is in no
                # dictionary: 'Kelvo chief executive Tom Hale said', opening the sentence; not the capitalised word
                # before a title that opens a sentence, 'Technical director Ana Ruiz')
                w.want(end, self.org)
            elif end == o and cls == self.person and not w.sure[end] and need == self.org \
                    and rule in self.TITLE_RULES and self._specific_role(prop) \
                    and any(m.ner_label for m in ms) and not self._firmly_typed(ms, self.org):
                # ('Ana Ruiz, chief executive of Velora', the NER taking the company for a person: a specific
                # title an organization gives (chief executive, founder) is never held at a person; a general
                # one may be: 'Peter Lindqvist's spokeswoman'. Not a place: 'Europe president', 'Norway CEO'
                # name a region's head)
                w.want(end, self.org)
            elif end == o and cls == self.place and not w.sure[end] and not w.known[end] and need == self.org \
                    and rule in self.TITLE_RULES and self._specific_role(prop) \
                    and not self._firmly_typed(ms, self.org) and self._of_title(w.text, rel, ms):
                # ('Ana Ruiz, chief executive of Kelvo', the typer taking Kelvo for a place by the 'of' before it: a
                # chief executive or a founder 'of' a name, or the name's, is an organization's, when the typer does
                # not know the name as a place by its words; not 'Norway CEO', a region's head, nor 'chief executive
                # of Norway')
                w.want(end, self.org, titled=True)
            elif end == o and cls is not None and self.is_thing(cls) and not w.sure[end] and need == self.org \
                    and rule in self.TITLE_RULES | self.VERB_RULES and self._specific_role(prop) \
                    and not any(ch.isdigit() for m in ms for ch in m.text):
                # ('Kelda founder and CEO Ana Ruiz' of 'the delivery platform Kelda', 'Kelda, a payment network,
                # was founded by Ana Ruiz': a head noun of made things names what a company does as often as
                # what it makes, and a made thing has no chief executive or founder; not a version, 'Tala 2',
                # which is a thing's name)
                w.want(end, self.org, titled=True)

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
        by the caller: a city it knows stays one, 'Nigeria's Lagos'). Not a person's name: 'Norway's Ana
        Ruiz'."""
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
    def _of_title(text: str, rel: RelationCandidate, ms: list[Mention]) -> bool:
        """Whether a title's reading has its object after an 'of' or as a possessive: 'Ana Ruiz, chief executive of
        Kelvo', 'Kelvo's chief executive, Ana Ruiz' (not 'Kelvo chief executive Ana Ruiz', a region's head as often:
        'Europe president')."""
        obj = next((m for m in ms if m.id == rel.object), None)
        return obj is not None and (text[max(0, obj.start - 4):obj.start] == " of "
                                    or text[obj.end:obj.end + 2] in {"'s", "’s"})

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

    def unnamed_people(self, groups: list[list[Mention]], classes: list[str | None],
                        learned: list[dict[str, float]], ex: Extraction) -> list[str | None]:
        """A news text names a person in full before it calls them by one name ('Ana Ruiz', then 'Ruiz'); a
        one-word name that only the NER calls a person, never written in full in a text of several sentences, is
        not a person's: it is an organization when the NER calls any of its mentions one ('VexaAI', taken for a
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

    #: How likely, against a place, the typer must find an organization for a name known to be no person to be one
    #: (see :meth:`_no_person`).
    ORGANIZATION_OVER_PLACE = 0.5

    def _no_person(self, ms: list[Mention], learned: dict[str, float]) -> str | None:
        """The class of a name the NER alone called a person, once it is known not to be one: an organization when
        the NER calls any of its mentions one, else the class the typer finds most likely after Person, if that is
        an entity class (an organization rather than a place it finds at least :attr:`ORGANIZATION_OVER_PLACE` as
        likely), else None (left out)."""
        if any(m.ner_label in self.org_labels for m in ms):
            return self.org
        others = {c: p for c, p in learned.items() if self.class_iri.get(c) != self.person}
        best = max(others, key=lambda c: (others[c], c), default=None)
        org = local_name(self.org) if self.org else ""
        if best is not None and self.class_iri.get(best) == self.place \
                and others.get(org, 0.0) >= self.ORGANIZATION_OVER_PLACE * others[best]:
            # (a company the NER took for a person, in a text naming people in full: the typer's next guess after
            # a person leans to a place by the words around the name ('moved to Tarvik', 'backing from Kelvo'),
            # which are a company's as often; an organization about as likely is the likelier one)
            return self.org
        return self.class_iri.get(best) if best is not None else None

    def which_not_who(self, groups: list[list[Mention]], classes: list[str | None],
                       learned: list[dict[str, float]]) -> list[str | None]:
        """A name the text follows with 'which' ('Kesta Tele, which provides mobile payments, ...') and never with
        'who' is no person's, whatever the NER said (no cue word typing it a person): see :meth:`_no_person`."""
        out = list(classes)
        for k, ms in enumerate(groups):
            if classes[k] != self.person or any(m.strong or m.canonical for m in ms):
                continue
            relatives = {w for m in ms for w in m.syntax if w.startswith("relative=")}
            if relatives == {"relative=which"}:
                out[k] = self._no_person(ms, learned[k])
        return out

    def camel_case_no_place(self, groups: list[list[Mention]], classes: list[str | None]) -> list[str | None]:
        """A name written in camel case is a company's or a product's, not a place's ('KelvoAI', 'TarvikBank', which
        the NER often calls places): where only the NER or the typer made it a place (no cue word, no gazetteer
        entry), it is an organization."""
        out = list(classes)
        for k, ms in enumerate(groups):
            if classes[k] != self.place or not self.org or any(m.strong or m.canonical for m in ms):
                continue
            if any(camel_case(w) for m in ms for w in m.text.split()):
                out[k] = self.org
        return out

    #: How many members a list needs, and how many of the others must be organizations, for a place only the NER
    #: saw among them to be one too.
    LIST_MEMBERS = 3
    LIST_ORGANIZATIONS = 2

    def list_of_organizations(self, groups: list[list[Mention]], classes: list[str | None],
                              known: list[bool], ex: Extraction, learned: list[dict[str, float]]) -> list[str | None]:
        """The names of one list are mostly of one kind: a name only the NER (or the typer) made a place, in a list
        whose other members are organizations, at least two and all but one of them ('investors including Orvane
        Bank, Kelvo Capital, Kazumo and Tarvik', the NER taking 'Kazumo' for a place), is an organization; not a
        name the typer knows as a place by its own words ('Tarvik, Kelvo and Norway'), nor one a hyphenated participle
        reads as where a company is ('rivals A, B and C, Milpitas, California-based Vexa', the city parsed into the
        list)."""
        if not self.org or not self.place:
            return classes
        group_of = {m.id: k for k, ms in enumerate(groups) for m in ms}
        placed = {group_of[rel.object] for rel in ex.relations
                  if rel.evidence.rule == "hyphen" and rel.object in group_of}
        lists: dict[tuple[int, int], set[int]] = defaultdict(set)
        for ms in groups:
            for m in ms:
                if m.list_id >= 0:
                    lists[(m.sentence, m.list_id)].add(group_of[m.id])
        out = list(classes)
        for members in lists.values():
            if len(members) < self.LIST_MEMBERS:
                continue
            for k in members:
                # (or a person only the NER saw, whom the typer finds likelier an organization: 'investors including
                # Orvane Bank, Kelvo Capital and Tarvo Horowitz')
                rather_org = classes[k] == self.person \
                    and learned[k].get("Organization", 0.0) > learned[k].get("Person", 0.0)
                if (classes[k] != self.place and not rather_org) or known[k] or k in placed \
                        or any(m.strong or m.canonical for m in groups[k]):
                    continue
                others = [classes[j] for j in members if j != k]
                orgs = sum(c == self.org for c in others)
                if orgs >= self.LIST_ORGANIZATIONS and orgs >= len(others) - 1:
                    out[k] = self.org
        return out

    #: A version after a family's name: '2', '2.0', 'V3', '40B' (what follows the family name, as one word).
    _VERSION = re.compile(r"[Vv]?\d{1,4}(?:\.\d{1,2})?[A-Za-z]{0,2}")

    def model_versions(self, groups: list[list[Mention]], classes: list[str | None]) -> list[str | None]:
        """A made thing that is a version of a model family the document names ('the Tala model ... succeeds Tala
        2.0'), or whose name ends in its size in parameters ('Vexa 40B', 'Nomi-7B'), is an AI model: the more
        specific class of made things the ontology has for it. Only a name typed a made thing of a class above the
        model's is changed (never a company or a person)."""
        model = self.class_iri.get("AIModel")
        if model is None:
            return classes
        families = {m.text.casefold() for ms, cls in zip(groups, classes) if cls == model for m in ms}
        out = list(classes)
        for k, ms in enumerate(groups):
            cls = classes[k]
            if cls is None or cls == model or not self.is_thing(cls) or not self.schema.is_a(model, cls):
                continue
            for m in ms:
                words = m.text.replace("-", " ").split()
                if len(words) < 2:
                    continue
                if MODEL_SIZE.fullmatch(words[-1]) or (
                        self._VERSION.fullmatch(words[-1]) and " ".join(words[:-1]).casefold() in families):
                    out[k] = model
                    break
        return out

    def _possessor_of_thing(self, owner: list[Mention], owned: list[Mention], owned_cls: str | None) -> bool:
        """'Vexa’s Nova-4', the thing typed by a cue (a version, a head noun): its possessor makes it, unless a cue
        or the NER says the possessor is a place or a person ('Norway’s Nova-4'; 'Ana Ruiz’s Nova-4'), or the
        typer is sure of it (checked by the caller)."""
        if owned_cls is None or not self.is_thing(owned_cls) or not any(m.strong for m in owned):
            return False
        if any(m.strong or m.canonical for m in owner):
            return False
        kept = {self.class_iri.get("Place"), self.class_iri.get("Person")}
        return not any(c in kept for m in owner for c in self.ner_class.get(m.ner_label, ()))
