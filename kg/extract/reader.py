"""The reader of one parsed document that the relation rules share.

It holds the document's mentions, the map from tokens to the names they stand for, and the relation and
investment lists being filled; it answers what the rules ask of the parse: which mention a token stands for
(a name, a cue noun, a pronoun's or a definite description's antecedent), the subjects of a verb, the doers
of an act; and it adds a candidate once, with its evidence and the rule's confidence. The rules themselves
are functions taking the reader (:mod:`kg.extract.verbs`, :mod:`kg.extract.roles`, :mod:`kg.extract.links`,
:mod:`kg.extract.names`, :mod:`kg.extract.investments`, :mod:`kg.extract.business`), run in order by
:mod:`kg.extract.relations`.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable

from spacy.tokens import Doc, Span, Token

from .business import REPORT_VERBS, SAY_VERBS, ended, topic_organization
from .cues import Cue, CueTables, match_phrase
from .mentions import (
    COPULAS,
    MODIFIER_DEPS,
    POSSESSIVE_ENDINGS,
    SUBJECT_DEPS,
    cue_words,
    fronted_apposition,
    is_definite,
    is_list_prep,
    is_title_phrase,
    misplaced_apposition,
    named_noun,
    noun_before_apposition,
    noun_set_off_before,
)
from .model import Evidence, InvestmentCandidate, Mention, RelationCandidate, leading_class, votes_by_name

ORG_PRONOUNS = {"it", "its", "they", "their", "them", "itself"}
PERSON_PRONOUNS = {"he", "his", "him", "she", "her", "himself", "herself"}
RELATIVE_TAGS = {"WP", "WDT"}  # who, which, that
#: Nouns news calls any organization by: 'the company' is the article's, whatever other company it called one.
GENERIC_ORGANIZATION_NOUNS = {"company", "group", "firm", "business", "organization", "organisation", "entity"}
#: Nouns of public and other bodies that are no business: 'the government', 'the regulator', 'the university' refer
#: back to a body the text so described or so named, never to whichever company came last.
PUBLIC_BODY_NOUNS = {"government", "ministry", "regulator", "council", "committee", "party", "union", "university",
                     "school", "college", "hospital", "club", "team", "association", "parliament", "court", "agency"}
#: Nouns of an agreement whose infinitive's doer is who has it: 'Vexa struck a deal to buy Kessler' (not an
#: offer, a bid or a plan, which may come to nothing); so of a permission got: 'Vexa won approval to buy Kessler',
#: and of a decision taken: "Vexa's decision to pour $20 million into Kessler", "Vexa's move to buy a stake in".
INTENT_NOUNS = {"deal", "agreement", "pact", "contract", "approval", "clearance", "permission", "go-ahead", "decision",
                "move"}
#: Verbs whose subject has the intention: 'struck a deal', 'made an offer', 'agreed a deal' (not 'rejected',
#: 'blocked'); 'entered into an agreement' with its preposition.
INTENT_VERBS = {"agree", "strike", "make", "sign", "reach", "announce", "have", "launch", "submit", "secure", "seal",
                "clinch", "finalize", "finalise", "enter", "unveil", "win", "get", "receive", "obtain"}
# Prepositions by which a verb takes the act its subject did: 'convicted of', 'sentenced for', 'pleaded
# guilty to', 'charged with', 'arrested in the killing of'
ACT_PREPOSITIONS = {"of", "for", "to", "in", "with"}

# Class evidence a name with no other gets from the domain or range of the relation it is read in.
SIGNATURE_WEIGHT = 0.5
# The rules whose reading is sure enough to type a name by it.
TYPING_RULES = {"verb", "verb-passive", "event-noun", "title", "succession", "appointment"}

#: Rules that read a person's title at an organization ('Tom Hale, chief executive of Kelvo').
PERSON_TITLE_RULES = frozenset({"title", "title-chain", "as-title"})

# Confidence of each rule: how often, on development data, what the rule asserts is right.
CONFIDENCE = {
    "title": 0.9,
    "verb": 0.85,
    "verb-passive": 0.85,
    "hyphen": 0.85,
    "agent-hyphen": 0.85,
    "relational-noun": 0.8,
    "event-noun": 0.75,
    "possessive": 0.7,
    "apposition": 0.65,
    "head-noun": 0.6,
    "demonym": 0.6,
    "place-kind": 0.8,
    "preposition": 0.6,
    "photo-credit": 0.6,
    "dateline": 0.6,
    "source-line": 0.6,
    "investment": 0.8,
    "title-chain": 0.85,
    "title-topic": 0.6,
    "relational-topic": 0.6,
    "title-list": 0.75,
    "as-title": 0.8,
    "appointment": 0.8,
    "headquarters": 0.8,
    "home": 0.8,
    "stake": 0.8,
    "funding-round": 0.75,
    "round-backers": 0.7,
    "sale": 0.8,
    "completed-deal": 0.8,
    "succession": 0.8,
    "board": 0.8,
}


#: Words for a part of several: 'some of the biggest names, including A and B'.
PARTITIVES = {"some", "many", "several", "most", "all", "two", "three", "four", "five", "both", "each", "few"}
#: Nouns of a body of several members: 'a consortium led by A' says A is one of them.
GROUP_NOUNS = {"group", "consortium", "syndicate", "coalition", "club", "alliance"}
#: Nouns of a company's money put in others, which stand for the company: 'from Orvane's growth fund', 'from the
#: venture arm of Orvane'.
FUND_NOUNS = {"fund", "arm", "vehicle"}

#: Prepositions before a gerund whose doer is the subject of the verb they hang on, and which says the gerund's act
#: was done: 'before co-founding Vexa', 'after buying Kelda', 'by buying Kelda' (not 'instead of', 'rather than').
GERUND_TIME_PREPOSITIONS = frozenset({"before", "after", "since", "by", "upon", "on", "while"})

#: Prepositions before a gerund that say its act was not done, or not yet: 'talked about buying Kelda', 'grew
#: without buying', 'voted against buying'.
UNDONE_PREPOSITIONS = frozenset({"about", "without", "against"})


def _after_closed_list(tok: Token) -> bool:
    """Whether a conjunct comes after a list its 'and' already closed: 'Vexa' of 'by A and B, Vexa ...', which the
    parser took for a third name of the list."""
    if tok.dep_ != "conj" or tok.head.dep_ != "conj":
        return False
    first = tok.head
    while first.dep_ == "conj":
        first = first.head
    return any(c.dep_ == "cc" and c.i < tok.i for h in [first, *first.conjuncts] if h.i < tok.i for c in h.children)


def trade_words(noun: Token) -> list[str]:
    """The nouns of a description that say what trade it is in: the lower-case nouns compounded before its head
    ('delivery' of 'the on-demand delivery startup', 'vehicle' of 'an electric vehicle maker')."""
    return [c.lemma_.lower() for c in noun.children
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.i < noun.i]


def _same_name(a: str, b: str) -> bool:
    """Whether two names are one written shorter: the words of one begin the other's ('Tarvik', 'Tarvik Grains
    SA')."""
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb))
    return n > 0 and wa[:n] == wb[:n]


def _subject_of_next_clause(tok: Token) -> bool:
    """Whether a name the parser joined to the one before it is the lost subject of the clause that follows it:
    'Tarvik' of 'Kelvo has backed Orvane and Tarvik has partnered with Zentrix' (the verb after it has no
    subject of its own)."""
    if tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    if not nxt.is_alpha or nxt.pos_ not in {"AUX", "VERB"}:
        return False
    verb = nxt.head if nxt.dep_ in {"aux", "auxpass"} else nxt if nxt.tag_ in {"VBD", "VBZ", "VBP"} else None
    return verb is not None and verb.pos_ in {"VERB", "AUX"} and verb.i > tok.i \
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _plural_clause(verb: Token) -> bool:
    """Whether a clause's verb, or its auxiliary, is in the plural ('who have invested', 'which were founded', 'who
    each own'), or the clause says 'each' or 'both'."""
    words = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(w.tag_ == "VBP" or w.lower_ == "were" for w in words) \
        or any(c.lower_ in {"each", "both"} for c in verb.children)


class DocReader:
    """What the relation rules read of one parsed document, and the candidates they add."""

    def __init__(self, doc: Doc, tables: CueTables, window: int):
        self.doc = doc
        self.t = tables
        self.window = window
        state = doc._.kg
        self.mentions: list[Mention] = state["mentions"]
        self.spans: list[Span] = state["spans"]
        self.relations: list[RelationCandidate] = state["relations"]
        self.investments: list[InvestmentCandidate] = state["investments"]
        self.by_token: dict[int, int] = {}  # a token of a name, or a cue noun standing for one -> mention id
        self.in_names = {i for span in self.spans for i in range(span.start, span.end)}
        for m, span in zip(self.mentions, self.spans):
            for i in range(span.start, span.end):
                self.by_token[i] = m.id
        # 'President' alone, found as a proper noun: a title, not a name; it stands for the name it is a title of
        for m, span in zip(self.mentions, self.spans):
            if not m.scores and all(self.is_title(t) for t in span):
                for i in range(span.start, span.end):
                    if self.by_token.get(i) == m.id:
                        del self.by_token[i]
        for tok_i, m_id in state["handles"].items():
            self.by_token.setdefault(tok_i, m_id)
        #: the nouns the text described each name with ('electric vehicle startup Rivo', 'Tarvo, a startup'), by the
        #: noun's lemma: the names a later 'the startup' may stand for, in text order
        self.described: dict[str, list[int]] = defaultdict(list)
        #: the nouns of the trade the text described each name with ('delivery' of 'Tarvo, an online delivery
        #: platform'), by the noun: what a later 'the delivery startup' may be said of
        self.trade_described: dict[str, list[int]] = defaultdict(list)
        for tok_i, m_id in sorted(state["handles"].items()):
            self.described[self.doc[tok_i].lemma_.lower()].append(m_id)
            for word in trade_words(self.doc[tok_i]):
                self.trade_described[word].append(m_id)
        # ('Kelvo Bank', which a later 'the bank' may stand for: the last word of a name, an organization's suffix
        # that is a noun of one too)
        for m, span in zip(self.mentions, self.spans):
            last = span[-1].lower_
            if len(span) > 1 and span[-1].text in self.t.org_suffixes \
                    and ((last,), self.t.organization_class) in self.t.head_nouns.get(last, ()) \
                    and m.id not in self.described[last]:
                self.described[last].append(m.id)
        for ids in self.described.values():
            ids.sort(key=lambda m_id: self.spans[m_id].start)
        self.sents: list[Span] = state["sentences"]
        self.sent_of_token: list[int] = state["sent_of_token"]
        #: the document's monitoring source lines: place, source, end (mentions.source_line)
        self.source_lines: list[tuple[Span, Span, int]] = state.get("source_lines", [])
        self._seen: set[tuple[int, int, tuple[Cue, ...], int]] = set()
        #: the organization the document is about (business.topic_organization); False until asked
        self.topic: int | None | bool = False
        self._sentence_text: dict[int, tuple[str, int]] = {}  # sentence index -> (stripped text, start char)
        self.list_ends: dict[int, bool] = {}  # comma token -> whether the list it continues ends in 'and'/'or'

    # -- the document and the candidates ----------------------------------------------------
    def sentence_index(self, tok: Token) -> int:
        return self.sent_of_token[tok.i]

    def sentences_before(self, n: int) -> range:
        """The indices of the sentences before sentence n within the reader's window, nearest first."""
        return range(n - 1, max(-1, n - self.window - 1), -1)

    def sentence(self, tok: Token) -> Span:
        return self.sents[self.sent_of_token[tok.i]]

    def names_after(self, tok: Token, until: Callable[[Token], bool] | None = None) -> list[Token]:
        """The first tokens of the names written after ``tok`` to the end of its clause, read word by word: the
        parser often hangs a long list wrongly ('... included an unnamed insurer, the Norwegian fund A, and the
        existing funders B and C'). The reading stops at a verb or a relative pronoun (', which backed Y'), and
        leaves out a name a preposition governs ('A of Oslo'), a name that modifies a noun ('A subsidiary B': B
        only) and a word of nationality. It stops too at a word ``until`` says ends the list."""
        names: list[Token] = []
        for t in self.doc[tok.i + 1:self.sentence(tok).end]:
            if t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" or t.tag_ in RELATIVE_TAGS \
                    or until is not None and until(t):
                break
            m = self.name_starting_at(t.i)
            span = self.spans[m] if m is not None else None
            if span is not None and not (t.i > 0 and self.doc[t.i - 1].pos_ == "ADP") \
                    and span.root.dep_ not in {*MODIFIER_DEPS, "poss"} and span.root.ent_type_ != "NORP":
                names.append(t)
        return names

    def name_starting_at(self, i: int) -> int | None:
        """The mention whose name's first word is token i, or None (not a cue noun standing for a name after it)."""
        m = self.by_token.get(i)
        return m if m is not None and self.spans[m].start == i else None

    def name_after_kind(self, prep: Token) -> Token | None:
        """The name a preposition is about, read word by word where the parser lost it: after the preposition, an
        article, the lower-case words of an organization's kind ending in one of its head nouns, and words the
        ontology says name nothing ('CEO of AI startup Tarvik', 'founder of food delivery group Kelvo', which the
        small parser hangs with 'startup' as a verb). None where no such name follows."""
        doc = self.doc
        j = prep.i + 1
        if j < len(doc) and doc[j].lower_ in {"a", "an", "the"}:
            j += 1
        start = j
        while j < min(len(doc), start + 6) and self.name_starting_at(j) is None and doc[j].pos_ not in {"VERB", "AUX"} \
                and (doc[j].is_lower and doc[j].is_alpha or doc[j].text.casefold() in self.t.non_entities):
            j += 1
        if j == start or self.name_starting_at(j) is None:
            return None
        # (one organization's kind, in the singular: not a plural that lists names, 'backers in the round include
        # repeat investors A, B and C')
        kind = doc[j - 1]
        if not kind.is_lower or kind.tag_ != "NN" \
                or self.t.organization_class not in match_phrase(self.t.head_nouns, [kind.lemma_.lower()])[1]:
            return None
        return doc[j]

    def evidence(self, tok: Token, rule: str) -> Evidence:
        n = self.sent_of_token[tok.i]
        if n not in self._sentence_text:
            sent = self.sents[n]
            text = sent.text
            lead = len(text) - len(text.lstrip())
            self._sentence_text[n] = (text.strip(), sent.start_char + lead)
        text, start = self._sentence_text[n]
        return Evidence(doc_id="", sentence=text, start=start, end=start + len(text), rule=rule,
                        confidence=CONFIDENCE[rule])

    def add(self, subj: int | None, obj: int | None, cues: Iterable[Cue], tok: Token, rule: str,
            void: frozenset[str] = frozenset()) -> None:
        """A relation candidate: ``subj`` and ``obj`` (mention ids) linked by one of the cues' properties, read at
        ``tok`` by ``rule``; those in ``void`` state nothing (:attr:`RelationCandidate.void`)."""
        cues = tuple(cues)
        if subj is None or obj is None or subj == obj or not cues or ended(tok) \
                or (tok.dep_ == "prep" and tok.head.pos_ in {"NOUN", "PROPN"} and ended(tok.head)):
            return  # (a preposition's noun says it ended: 'was chief executive of Vexa until 2019')
        key = (subj, obj, cues, self.sentence_index(tok))
        if key in self._seen:
            return
        self._seen.add(key)
        if rule in TYPING_RULES:
            self.type_from_signature(subj, obj, cues)
        properties = tuple((c.prop, c.subject_class, c.object_class) for c in cues)
        self.relations.append(RelationCandidate(subj, obj, properties, self.evidence(tok, rule), void))

    def verb_props(self, lemma: str) -> list[str]:
        """The properties the ontology's verb cue states with no preposition, in order, each once: 'fund'
        (investsIn), 'buy' (acquired, ...)."""
        return list(dict.fromkeys(c.prop for c in self.t.verbs.get(lemma, ()) if not c.preposition))

    def held_by_organizations(self, props: Collection[str]) -> bool:
        """Whether there are properties and only an organization holds each (their domain): a title such as
        'maker' or 'operator' (develops) says what a company is, not a person's role."""
        return bool(props) and all(self.t.signature.get(p, (None, None))[0] == self.t.organization_class
                                   for p in props)

    def office_void(self, cues: Iterable[Cue], titled: Collection[str]) -> frozenset[str]:
        """Of the cues of a title (whose own properties are ``titled``) with the name after its 'of', those that
        state nothing (:attr:`RelationCandidate.void`): 'the mayor of Oslo' is an office held in Oslo, which says
        nothing of where its holder lives (livesIn: a person and a place); a title that says where one lives does
        ('a native of Oslo', kg:titleCue)."""
        return frozenset(c.prop for c in cues if c.prop not in titled
                         and self.t.signature.get(c.prop, (None, None)) == (self.t.person_class, self.t.place_class))

    def is_title(self, tok: Token) -> bool:
        return is_title_phrase([tok], self.t.titles)  # ('Co-founder', one token: the cue's 'co', '-', 'founder')

    def is_relational_noun(self, noun: Token) -> bool:
        """Whether a noun, with the words before it, is one of the ontology's relational nouns ('a unit of Brenta',
        kg:nounCue): what it says between its name and its 'of' is the relational-noun rule's reading."""
        return bool(match_phrase(self.t.nouns, cue_words(noun))[0])

    def type_from_signature(self, subj: int, obj: int, cues: tuple[Cue, ...]) -> None:
        """'Booth shot Lincoln': a name nothing else types (not even the NER) is a person when every property
        the pattern may state needs a person there. (Only people: the NER most often misses bare surnames,
        while a capitalised word it leaves out where a thing is expected is as often no name at all.)"""
        for m_id, side in ((subj, 0), (obj, 1)):
            mention = self.mentions[m_id]
            if mention.scores or not self.t.person_class:
                continue
            classes = {self.t.signature.get(c.prop, (None, None))[side] for c in cues}
            if classes == {self.t.person_class}:
                mention.add(self.t.person_class, SIGNATURE_WEIGHT, strong=False)

    @functools.cached_property
    def person_words(self) -> frozenset[str]:
        """The words of people's names, as typed when first asked (by the first pronoun resolved): of full names
        ('Jonas Brevik'), and one-word names whose mentions vote for a person together (not a company the
        NER once took for one)."""
        votes = votes_by_name(self.mentions)
        words = set()
        lone = {self.mentions[m_id].text for m_id in self.lone_names}
        person = self.t.person_class
        for text, v in votes.items():
            # (a person's by more votes than any other class: not 'Kelvo Apps', the NER's person once and its
            # organization once)
            if v.get(person, 0) > max((w for c, w in v.items() if c != person), default=0) and text not in lone:
                words.update(text.split())
        return frozenset(words)

    #: A text with fewer sentences is read as a sentence alone, where a surname alone is a person's name.
    MIN_SENTENCES_FOR_FULL_NAMES = 3

    @functools.cached_property
    def lone_names(self) -> frozenset[int]:
        """The mentions of one-word names that only the NER calls a person and that are never written as part of
        a longer person's name, in a text of several sentences that names someone in full: news names a person
        in full before it calls them by one name, so these are as likely companies the NER does not know
        ('Sennvik said ...'), or things ('its Orbix console'). They may be what an article is about
        (:func:`business.topic_organization`), and are no words of a person's name for 'its'; the resolver gives
        them their class. (Not a title the NER took for a name: 'Chairwoman and chief executive Ana Ruiz'.)"""
        person = self.t.person_class
        if len(self.sents) < self.MIN_SENTENCES_FOR_FULL_NAMES or not person:
            return frozenset()
        full = [m for m in self.mentions if len(m.text.split()) > 1 and (m.ner_label == "PERSON"
                                                                         or leading_class(m.scores) == person)]
        words = {w for m in full for w in m.text.split()}
        by_text: dict[str, list[Mention]] = defaultdict(list)
        for m in self.mentions:
            by_text[m.text].append(m)
        return frozenset(m.id for text, ms in by_text.items() if full and len(text.split()) == 1 and text not in words
                         and not match_phrase(self.t.titles, [text.lower()])[0]
                         and all(set(m.scores) <= {person} and not m.strong and not m.canonical for m in ms)
                         for m in ms)

    def leading(self, m_id: int) -> str | None:
        return leading_class(self.mentions[m_id].scores)

    def is_person(self, m_id: int) -> bool:
        return leading_class(self.mentions[m_id].scores) == self.t.person_class

    @functools.cached_property
    def _name_votes(self) -> dict[str, Counter[str]]:
        return votes_by_name(self.mentions)

    @functools.cached_property
    def _untold_words(self) -> frozenset[str]:
        """One-word names (not acronyms) no cue types anywhere: the NER alone says what they are, and of a
        company it does not know it often says a place ('Zarvia, which was founded in 2022, ...'), so such a place
        may still be what 'the startup' or 'its' stands for (the resolver's typing then decides)."""
        cued = {m.text for m in self.mentions if m.strong}
        return frozenset(m.text for m in self.mentions if m.text not in cued and len(m.text.split()) == 1
                         and not m.text.isupper())

    def name_class(self, m_id: int) -> str | None:
        """The class all the mentions of a mention's name vote for together (None when none votes)."""
        return leading_class(self._name_votes[self.mentions[m_id].text])

    def named_as_organization(self, m_id: int) -> bool:
        """Whether the NER calls another mention of the name an organization and no cue makes it a person's
        ('Kalvex', taken for a person in two sentences and for a company in a third)."""
        return self.mentions[m_id].text in self._names_as_organization

    @functools.cached_property
    def _names_as_organization(self) -> frozenset[str]:
        org = {m.text for m in self.mentions if m.ner_label == "ORG"}
        cued_people = {m.text for m in self.mentions if m.strong and self.leading(m.id) == self.t.person_class}
        return frozenset(org - cued_people)

    def may_be_organization(self, m_id: int) -> bool:
        """Whether a mention may be an organization's: no person's by its own votes; or a one-word name never
        written in full (:attr:`lone_names`); or a name its mentions together call an organization ('start-up Finix'
        before 'Finix announced ...', the NER taking the second for a person)."""
        return self.is_orgish(m_id) or m_id in self.lone_names or self.name_class(m_id) == self.t.organization_class

    def is_neither_person_nor_place(self, m_id: int) -> bool:
        """Whether a name is read as neither a person's nor a place's: a company's, a thing's, or untyped."""
        return leading_class(self.mentions[m_id].scores) not in {self.t.person_class, self.t.place_class}

    def is_orgish(self, m_id: int) -> bool:
        return leading_class(self.mentions[m_id].scores) != self.t.person_class

    def antecedent(self, tok: Token, person: bool, exclude: int | Collection[int] | None = None,
                   description: bool = False, organization: bool = False,
                   own: frozenset[str] | None = None) -> int | None:
        """The mention a pronoun or definite description most likely refers to: the nearest subject before it
        (other than ``exclude``: the subject of the pronoun's own clause, which 'him' cannot be; or the
        subjects of 'A and B are among its investors'); for an organization's pronoun, a sentence before whose
        subject is 'it' passes on what that 'it' stands for.

        A ``description`` ('the Kyoto-based company') refers to an organization that was a subject: not to a
        name of its own words, nor to a place, nor to a name merely mentioned, nor to the subject of its own
        clause ('Zentrix becomes a unit of the Santa Clara-based company': another company; ``own``, the names of
        that clause, when the caller has them already: :meth:`clause_names`)."""
        s_idx = self.sentence_index(tok)
        excluded = set() if exclude is None else {exclude} if isinstance(exclude, int) else set(exclude)
        accept = self.is_person if person else self.is_orgish
        if person:
            # ('he' is a person's, not a company's the NER took for a person in one sentence: the class the name's
            # mentions vote for together)
            def accept(m_id: int) -> bool:
                return self.is_person(m_id) and self.name_class(m_id) == self.t.person_class \
                    and m_id not in self.lone_names and not self.named_as_organization(m_id)
        else:
            # ('its' is no person's, even where the NER took one mention of the name for a place: 'Brevik'; but it
            # may be a company's the NER took for a person, a one-word name never written in full: 'Mistral, which
            # has 22 employees', or one the name's mentions together call an organization: 'start-up Finix' before
            # 'Finix announced that it raised ...', the NER taking the second for a person)
            def accept(m_id: int) -> bool:
                return self.may_be_organization(m_id) \
                    and self.mentions[m_id].text not in self.person_words \
                    and not (organization and self.name_class(m_id) == self.t.place_class
                             and self.mentions[m_id].text not in self._untold_words)  # (see _untold_words)
        if description:
            # (the subjects of its own clause, and the names its pronoun subjects stand for: 'Orbis said it had sold
            # its stake in the Lima-based company' is about another company)
            own = self.clause_names(tok) if own is None else own  # (given by a caller that has them already)

            # (the class a name's mentions vote for together; never a word of a person's name: 'DeMarlo' after
            # 'Jim DeMarlo')
            votes = self._name_votes
            people = {w for m in self.mentions if self.is_person(m.id) for w in m.text.split()}

            def accept(m_id: int) -> bool:
                text = self.mentions[m_id].text
                lead = leading_class(votes[text])
                return (lead in {self.t.organization_class, None} or text in self._untold_words) \
                    and text not in people and text not in own \
                    and not tok.left_edge.i <= self.spans[m_id].start <= tok.i
        if not description and tok.dep_ in SUBJECT_DEPS:
            # a subject pronoun in a clause inside a relative clause about a name, whose subject the relative pronoun
            # is: that name ('Kelvo, which had held shares since it bought Zentrix', 'Ana Ruiz, who said she ...')
            for a in tok.ancestors:
                if a.dep_ == "relcl":
                    head = self.by_token.get(a.head.i)
                    if head is not None and a.head.i in self.in_names and accept(head) and head not in excluded \
                            and any(c.dep_ in SUBJECT_DEPS and c.tag_ in RELATIVE_TAGS for c in a.children) \
                            and not any(c.i == tok.i for c in a.children):
                        return head
                    break
        if not description and not person and tok.dep_ == "poss" \
                and (subject := self._described_subject(tok)) is not None:
            # a company's possessive in a clause whose subject is 'the company' (or 'the startup'): what that
            # description stands for, not the subject of a sentence before ('Orvane raised $5 million. Founded by
            # Ana Ruiz, the startup raised $9 million in its Series A round')
            described = self.mention_of(subject)
            if described is not None and accept(described) and described not in excluded:
                return described
        fallback: list[tuple[bool, bool, int, int]] = []
        for n in range(s_idx, max(-1, s_idx - self.window - 1), -1):
            sent = self.sents[n]
            candidates = []
            for named in sorted({self.by_token[i] for i in range(sent.start, sent.end) if i in self.by_token}):
                span = self.spans[named]
                if n == s_idx and span.start >= tok.i:
                    continue
                # ('Norvik, Tessaly-based Zentrix had raised ...': the phrase the parser headed by the city stands
                # for the company)
                m_id = self.located_name(named)
                if not accept(m_id) or m_id in excluded:
                    continue
                if self.in_credit(span) or self.is_source(span):
                    continue  # '(Norvik)', a dateline's credit, is nobody's antecedent; nor is a source quoted
                    # ('..., according to Norvik Daily. It raised $30 million ...': the company told of raised it)
                # (a subject's name, its possessor, or a name in apposition to it: 'Ana Ruiz's startup, Kelvex, has')
                subjectish = span.root.dep_ in SUBJECT_DEPS \
                    or span.root.head.dep_ in SUBJECT_DEPS and span.root.dep_ in {"compound", "poss", "appos"}
                # the subject of a sentence's main clause before that of a clause inside it
                clause = span.root.head if span.root.dep_ in SUBJECT_DEPS else span.root.head.head
                main = subjectish and clause.dep_ == "ROOT"
                candidates.append((subjectish, main, span.start, m_id))
            subjects = [c for c in candidates if c[0]]
            if subjects:
                mains = [c for c in subjects if c[1]] if n != s_idx else []
                return max(mains or subjects, key=lambda c: c[2])[3]
            if n < s_idx and not description and not person and (chained := self._pronoun_subject(sent)) is not None:
                # a sentence before whose main subject is an 'it', no name: what that one stands for ('In May, it raised
                # $2 million in a round led by A. Seven months later, it raised $6 million ...': not A)
                return self.mention_of(chained, exclude=exclude)
            if n == s_idx and candidates and not description and tok.dep_ in {"dobj", "pobj"}:
                # an object pronoun whose own sentence names no other subject it may stand for: the nearest name
                # before it there ('Hale left Zentrix in 2020, seven years after setting it up')
                return max(candidates, key=lambda c: c[2])[3]
            if n == s_idx and not description and not person and tok.dep_ == "poss":
                # a company's possessive after a person's subject: the object of that subject's verb ('Tom Hale has
                # been attacking Zentrix after its unit Kelvo removed his post')
                objects = [c for c in candidates if self._object_of_person_subject(self.spans[c[3]].root)]
                if objects:
                    return max(objects, key=lambda c: c[2])[3]
            fallback = fallback or candidates
        # no subject in reach: the nearest name before the pronoun ('Its investors include A and B. Its ...')
        return max(fallback, key=lambda c: c[2])[3] if fallback and not description else None

    def _described_subject(self, tok: Token) -> Token | None:
        """The subject before a possessive pronoun of the clause the pronoun is in, when it is a definite common
        noun and no name: 'the startup' of 'the startup raised $9 million in its Series A round'."""
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            return None
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        return subject if subject.i < tok.i and subject.pos_ == "NOUN" and subject.i not in self.by_token \
            and is_definite(subject) else None

    def _organization_of_speaker(self, tok: Token) -> int | None:
        """'Tom Hale, chief executive of Kelvo, said its sales rose', 'Ana Ruiz, Kelvo's founder, unveiled its new
        app': a company's possessive in a sentence whose subject before it is a person the rules read as holding a
        title at one organization there is that organization's (not the subject of a sentence before)."""
        sent = self.sents[self.sentence_index(tok)]
        people = {m for i in range(sent.start, tok.i) if (m := self.by_token.get(i)) is not None
                  and self.spans[m].root.dep_ in SUBJECT_DEPS and self.is_person(m)}
        if not people:
            return None
        # (a title at an organization, whatever the NER took its name for: not 'a native of Bergen')
        held = {rel.object for rel in self.relations if rel.subject in people
                and rel.evidence.rule in PERSON_TITLE_RULES
                and any(self.t.signature.get(p, (None, None))[1] == self.t.organization_class
                        for p, _, _ in rel.properties)
                and sent.start_char <= self.mentions[rel.object].start < tok.idx}
        return next(iter(held)) if len(held) == 1 else None

    @staticmethod
    def _pronoun_subject(sent: Span) -> Token | None:
        """The 'it' that is the subject of a sentence's main verb. (One that stands for nothing, 'It appears that ...',
        finds the same name before it as the pronoun after it would. A person's 'he' is not chained so: in a
        biography the rules then read the subject's every sentence, and those readings were more often false.)"""
        return next((tok for tok in sent if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ROOT"
                     and tok.lower_ == "it"), None)

    def _object_of_person_subject(self, root: Token) -> bool:
        """Whether a name is the direct object of a verb whose subject is a person's name."""
        return root.dep_ == "dobj" and any(c.dep_ in SUBJECT_DEPS and c.i in self.by_token
                                           and self.is_person(self.by_token[c.i]) for c in root.head.children)

    def _after_region_participle(self, m_id: int) -> int | None:
        """The token right after 'City, Region-based' when a name is the city of such a phrase ('McLean,
        Virginia-based ...'; the participle one of the ontology's hyphen cues), else None."""
        doc, j = self.doc, self.spans[m_id].end
        region = self.by_token.get(j + 1) if j + 1 < len(doc) and doc[j].text == "," else None
        if region is None:
            return None
        k = self.spans[region].end
        return k + 2 if k + 2 < len(doc) and doc[k].text in {"-", "–"} and doc[k + 1].lower_ in self.t.hyphen \
            else None

    def in_one_list(self, a: int, b: int) -> bool:
        """Whether two names are members of one list the parser found, joined by 'and' or 'or' ('including Tarvik,
        Oslo-based Brenta and Zentrix'): not a city and its region, 'Norvik, Tessaly-based Zentrix', which the
        parser may join as a list of two."""
        ma, mb = self.mentions[a], self.mentions[b]
        if ma.list_id < 0 or ma.list_id != mb.list_id or ma.sentence != mb.sentence:
            return False
        root = self.spans[a].root
        return any(c.dep_ == "cc" for t in [root, *root.conjuncts] for c in t.children)

    def located_name(self, m_id: int) -> int:
        """'McLean, Virginia-based Vexa is owned by ...': the parser may make the city the noun phrase's head; the
        phrase stands for the name after the hyphenated participle ('based', 'headquartered': the ontology's
        hyphen cues), not for the city. Not a name a country's possessive introduces, which is no city before its
        region: 'Sweden's Orvane, Dubai-based Kestrel and Tarvo' is a list."""
        m = self.mentions[m_id]
        if self.country_possessed(m_id) or m.strong and self.leading(m_id) != self.t.place_class:
            return m_id  # (nor a name a cue made a company's: 'bought Tarvik Labs, Oslo-based Brenta and Zentrix')
        after = self._after_region_participle(m_id)
        named = self.by_token.get(after) if after is not None else None
        if named is not None and self.in_one_list(m_id, named):
            return m_id  # (nor a member of a list: 'including Tarvik, Oslo-based Brenta and Zentrix')
        return named if named is not None else m_id

    def located_description(self, m_id: int) -> Token | None:
        """'the Boise, Idaho-based company bought Tarvik': the parser may make the city the head of a definite
        description of an organization; the phrase stands for the organization the description refers to, not for
        the city. The description's head noun (of an organization's kind, after the hyphenated participle), or
        None where the name heads no such phrase."""
        doc, span = self.doc, self.spans[m_id]
        if span.start == 0 or doc[span.start - 1].lower_ != "the" or self.leading(m_id) != self.t.place_class:
            return None
        start = self._after_region_participle(m_id)
        if start is None:
            return None
        end = start
        while end < len(doc) and end not in self.by_token and doc[end].is_lower and doc[end].is_alpha \
                and doc[end].pos_ in {"NOUN", "ADJ"}:
            end += 1
        if end == start or end in self.by_token:
            return None  # (a name after the participle: :meth:`located_name`)
        noun = doc[end - 1]
        _, classes = match_phrase(self.t.head_nouns, [noun.lemma_.lower()])
        return noun if noun.pos_ == "NOUN" and self.t.organization_class in classes else None

    def country_possessed(self, m_id: int) -> bool:
        """Whether a name is possessed by one the NER takes for a country or a city: 'Sweden's Orvane'."""
        start = self.spans[m_id].start
        owner = self.by_token.get(start - 2) if start >= 2 and self.doc[start - 1].text in POSSESSIVE_ENDINGS else None
        return owner is not None and self.mentions[owner].ner_label == "GPE"

    def clause_names(self, tok: Token) -> frozenset[str]:
        """The names that are subjects of the clause a word is an argument in (of the nearest verb above it), a
        pronoun subject standing for the name it refers to ('Orbis said it had sold its stake in ...'); none for a
        possessor, or a word in an apposition: 'Orvane unveiled Tarla, the tech giant's model' is Orvane's."""
        head, own_clause = tok, True
        for _ in range(8):
            if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
                break
            if head.dep_ in {"poss", "appos"}:
                own_clause = False
                break
            head = head.head
        if not own_clause or head.pos_ not in {"VERB", "AUX"}:
            return frozenset()
        return frozenset(self.mentions[m].text for s in self.subjects_of(head)
                         if (m := self.mention_of(s) if s.pos_ == "PRON" else self.by_token.get(s.i)) is not None)

    @staticmethod
    def is_source(span: Span) -> bool:
        """Whether a name is the source 'according to' which something is told ('..., according to Norvik Daily')."""
        root = span.root
        return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"

    def in_credit(self, span: Span) -> bool:
        """Whether a name stands alone in parentheses: a dateline's or a photo's credit ('(Norvik)')."""
        doc = self.doc
        return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" \
            and doc[span.end].text in {")", "/"}

    def mention_of(self, tok: Token | None, exclude: int | Collection[int] | None = None) -> int | None:
        """The mention a token stands for: inside a name, a cue noun of one, a pronoun or 'the company'."""
        if tok is None:
            return None
        if tok.i in self.by_token:
            described = self.located_description(self.by_token[tok.i])
            if described is not None:
                return self.definite_antecedent(described)
            return self.located_name(self.by_token[tok.i])
        low = tok.lower_
        if tok.dep_ == "appos" and tok.head.i in self.by_token and not tok.is_punct:
            # 'Vexa, the London-based start-up': the noun stands for the name (whatever the parser
            # made of a hyphenated noun's last piece)
            return self.by_token[tok.head.i]
        if low == "whose" and tok.dep_ == "poss":
            # 'Vexa, whose Orbix software ...': the name the relative clause is about
            head = tok.head
            while head.dep_ != "relcl" and head.head.i != head.i and head.i - tok.i < 12:
                head = head.head
            if head.dep_ != "relcl":
                return None
            if head.head.i in self.by_token:
                return self.by_token[head.head.i]
            # ('The company, whose chief executive is Tom Hale, ...': what the noun stands for)
            # (one thing, made definite: not 'one of the 30 companies whose shares make up the index')
            noun = head.head
            return self.mention_of(noun) if noun.pos_ == "NOUN" and noun.tag_ == "NN" and is_definite(noun) else None
        if tok.pos_ == "PRON":
            if tok.tag_ in RELATIVE_TAGS and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"} \
                    and tok.head.dep_ == "relcl" and tok.head.head.i in self.by_token:
                # 'Kessler Group, which Vexa bought in 2008', 'Tom Brandt, who remains chief executive': the
                # relative pronoun stands for the name
                return self.by_token[tok.head.head.i]
            if tok.tag_ in RELATIVE_TAGS and tok.dep_ == "pobj":
                # 'Kelda, in which Orbis took a stake': the name the clause of the preposition is about
                clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
                if clause is not None and clause.i > tok.i and clause.head.i < tok.i:
                    return self.mention_of(clause.head) if clause.head.pos_ == "NOUN" else \
                        self.by_token.get(clause.head.i)
            if low in {"who", "whom"} and tok.head.dep_ == "relcl" \
                    and (person := self.person_described(tok.head.head)) is not None:
                return self.by_token[person.i]
            if low in ORG_PRONOUNS:
                held = self._organization_of_speaker(tok) if tok.tag_ == "PRP$" else None
                if held is not None and held != exclude:
                    return held  # ('Tom Hale, chief executive of Kelvo, said its sales rose': Kelvo's)
                said_of = self._reported_subject(tok)
                if said_of is not None:
                    return said_of  # ('the startup behind Tala announced it had raised ...': the startup)
                if all(t.is_punct for t in self.doc[self.sents[self.sentence_index(tok)].start:tok.i]) \
                        or self._before_definite_subject(tok):
                    # 'It also owns ...', 'Its investors include ...' opening a sentence: as 'the company'; so
                    # in a phrase before such a subject ('Since its founding, the company has grown')
                    return self.definite_antecedent(tok)
                return self.antecedent(tok, person=False, exclude=exclude)
            if low in PERSON_PRONOUNS:
                return self.antecedent(tok, person=True, exclude=exclude)
            return None
        if tok.pos_ in {"NOUN", "PROPN", "NUM"}:  # (NUM: 'One of the largest, Vexa, is based in Oslo')
            # 'David Cicippio , an electronics technician from North Wales': the noun stands for the name
            # (a capitalised title outside a name, too: 'the 18th President of Norvia, Tom Hale,')
            if tok.dep_ == "appos" and tok.head.i in self.by_token:
                return self.by_token[tok.head.i]
            before = tok.left_edge.i - 2  # ('a rival to Vexa, the company behind Tala', hung on a word before Vexa)
            if tok.dep_ == "appos" and tok.pos_ == "NOUN" and before >= 0 and before in self.by_token \
                    and misplaced_apposition(self.spans[self.by_token[before]]) == tok:
                # (after 'Dunmarrow, Kelvania,' the phrase is about the city the region is written with)
                return self._city_before_region(self.by_token[before])
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ == "NOUN" and before >= 0 and before in self.by_token \
                    and fronted_apposition(self.spans[self.by_token[before]]) == tok:
                return self.by_token[before]  # ('Zapline, the chatbot made by Vexa, is ...', the chatbot the subject)
            named = [c.i for c in self.appositions(tok) if c.i in self.by_token]
            # ('released its AI model, Tala 2.', the name hung on the verb)
            set_off = self.by_token.get(tok.i + 2)
            if set_off is not None and self.spans[set_off].start == tok.i + 2 and not self.is_person(set_off) \
                    and noun_set_off_before(self.spans[set_off]) == tok:
                named.append(tok.i + 2)
            elif set_off is not None and self._set_off_modifier(tok, self.spans[set_off]):
                named.append(tok.i + 2)  # ('the largest fintech hub, Kelvo Africa, will acquire', hung as a modifier)
            if tok.lower_ == "one":  # 'bought one of Norway's biggest lenders, Vexa': the name the 'of' noun stands for
                named += [c.i for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                          for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                          for c in [p, *self.appositions(p), *self.set_off_name(p)] if c.i in self.by_token]
            # 'released a new model called Tala': the noun stands for the name it is given
            named += [c.i for v in tok.children if v.dep_ == "acl" for c in v.subtree
                      if c.i in self.by_token and (called := named_noun(c)) is not None and called.i == tok.i]
            if not named and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "one" \
                    and tok.head.head.dep_ == "appos" and tok.head.head.head.i in self.by_token:
                named = [tok.head.head.head.i]  # 'Kelda, one of Africa's biggest groups, which owns ...': Kelda
            after = tok.i + 1
            while after < len(self.doc) and after not in self.by_token and self.doc[after].is_lower \
                    and self.doc[after].dep_ in {"compound", "amod"} and after - tok.i < 4:
                after += 1  # ('founder of payments company Orvane')
            if not named and after in self.by_token \
                    and noun_before_apposition(self.spans[self.by_token[after]]) == tok:
                named = [after]  # 'founder of music company Solvik', Solvik hung elsewhere as an apposition
            if not named and (fronted := self._fronted_description(tok)) is not None:
                named = [fronted]  # 'Oslo-based payments company, Kelvo has agreed to buy ...'
            if named:
                return self.by_token[named[0]]
            # 'Booth was an actor who killed Lincoln': the predicate noun stands for the subject's name
            if tok.dep_ == "attr" and tok.head.lemma_ in COPULAS:
                named = [c.i for c in tok.head.children if c.dep_ in SUBJECT_DEPS and c.i in self.by_token]
                if named:
                    return self.by_token[named[0]]
        if tok.pos_ == "NOUN" and is_definite(tok):
            _, classes = match_phrase(self.t.head_nouns, [tok.lemma_.lower()])
            if self.t.place_class in classes and (named_of := self.place_of(tok)) is not None:
                return named_of
            if self.t.organization_class in classes:
                return self.definite_antecedent(tok)
        return None

    def _city_before_region(self, m_id: int) -> int:
        """The city of 'Dunmarrow, Kelvania' for its region, when a place is written after another place and a comma;
        else the name itself."""
        start = self.spans[m_id].start
        city = self.by_token.get(start - 2) if start >= 2 and self.doc[start - 1].text == "," else None
        place = self.t.place_class
        if city is not None and self.leading(city) == place and self.leading(m_id) == place:
            return city
        return m_id

    def _fronted_description(self, noun: Token) -> int | None:
        """'Oslo-based payments company, Kelvo has agreed to buy Tarvik': a singular noun opening its sentence with no
        determiner, set off by a comma right before a name that is a subject, stands for that name (the parser leaves
        the noun hanging, or makes a sentence of it); the token of the name, or None."""
        doc = self.doc
        if noun.tag_ != "NN" or noun.dep_ not in {"dep", "ROOT"} or noun.ent_type_ \
                or any(c.dep_ == "det" for c in noun.children) \
                or noun.left_edge.i != self.sents[self.sentence_index(noun)].start:
            return None
        k = noun.right_edge.i + 1
        if k + 1 >= len(doc) or doc[k].text != "," or k + 1 not in self.by_token:
            return None
        root = self.spans[self.by_token[k + 1]].root
        return root.i if root.dep_ in SUBJECT_DEPS else None

    def _reported_subject(self, tok: Token) -> int | None:
        """'The startup behind Tala announced it had raised $6 billion': 'it' as the subject of what a company
        says of itself is the company the sayer's noun stands for, when that is a common noun ('the startup', which
        the name search would skip); None otherwise."""
        clause = tok.head
        if tok.dep_ != "nsubj" or tok.lower_ != "it" or clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
            return None
        sayers = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < tok.i]
        return self.mention_of(sayers[0]) if sayers else None

    def _before_definite_subject(self, tok: Token) -> bool:
        """Whether a pronoun stands in a phrase fronted before its sentence's subject, when that subject is
        'the company' (or another definite organization noun) or 'it': 'Since its founding, the company has ...'."""
        root = self.sents[self.sentence_index(tok)].root
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i > tok.i]
        if not subjects or tok.i > root.i or any(a.i == subjects[0].i for a in tok.ancestors):
            return False
        # (not in a fronted clause with a subject of its own: 'After Orbis sold its unit, the company grew')
        if any(a.i != root.i and any(c.dep_ in SUBJECT_DEPS and c.i < tok.i for c in a.children)
               for a in tok.ancestors):
            return False
        subject = subjects[0]
        if subject.lower_ == "it":
            return True
        return subject.pos_ == "NOUN" and is_definite(subject) \
            and self.t.organization_class in match_phrase(self.t.head_nouns, [subject.lemma_.lower()])[1]

    def main_subject(self, n: int) -> int | None:
        """The name that is the subject of sentence n's main verb, if one is."""
        if n < 0:
            return None
        root = self.sents[n].root
        for c in root.children:
            if c.dep_ in SUBJECT_DEPS and c.i in self.by_token and c.i in self.in_names:
                return self.located_name(self.by_token[c.i])
        return None

    def definite_antecedent(self, noun: Token) -> int | None:
        """'the company', 'the group' (and 'it', 'its' opening a sentence): the organization the article is
        about, when it has one named in the last few sentences (news calls it so all along, whatever other
        company came between), else the nearest subject."""
        topic = topic_organization(self)
        # (not the subject of the description's own clause: 'Vexa agreed to invest $750m in Tarvo as part of an
        # offering for the Lima-based retailer' is about Tarvo)
        own = self.clause_names(noun) if noun.pos_ == "NOUN" else frozenset()
        # (nor what its own verb acts on, by any of its names: 'the Chinese firm bought a stake in Tarvik' after
        # 'Tarvik Grains SA sold a stake to ...' is not Tarvik)
        acted = self._acted_on(noun)
        if acted:
            own = own | {m.text for m in self.mentions if any(_same_name(m.text, a) for a in acted)}
        if noun.pos_ == "NOUN" and noun.lemma_.lower() not in GENERIC_ORGANIZATION_NOUNS:
            # ('investing $500 million in electric vehicle startup Rivo ... a round in the startup': the name the
            # text described with the same noun before, the last one, when that is not the article's company; not
            # 'the company', which news calls every company)
            n = self.sentence_index(noun)
            same = [m for m in self.described.get(noun.lemma_.lower(), ()) if self.mentions[m].text not in own
                    and n - self.window <= self.mentions[m].sentence <= n
                    and self.spans[m].start < noun.i and self.is_orgish(m)]
            if same and (topic is None or self.mentions[same[-1]].text != self.mentions[topic].text):
                return same[-1]
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in PUBLIC_BODY_NOUNS:
            # ('For Tarvik, a third owned by the Italian government, ...': no company; 'Kelvo University ... the
            # university': the nearest name before it with the noun in it, or none)
            n = self.sentence_index(noun)
            bodies = [m.id for m in self.mentions if n - self.window <= m.sentence <= n
                      and self.spans[m.id].start < noun.i and noun.lemma_.lower() in m.text.lower().split()
                      and m.text not in own]
            return bodies[-1] if bodies else None
        if noun.pos_ == "NOUN" and (trade := trade_words(noun)):
            # ('Tarvo, an online delivery platform ... the delivery startup': the one name the text described with a
            # noun of the same trade before, whatever its head noun)
            n = self.sentence_index(noun)
            traded = {self.mentions[m].text: m for word in trade for m in self.trade_described.get(word, ())
                      if self.mentions[m].text not in own and n - self.window <= self.mentions[m].sentence <= n
                      and self.spans[m].start < noun.i and self.is_orgish(m)}
            if len(traded) == 1:
                return next(iter(traded.values()))
        if topic is not None and noun.dep_ in SUBJECT_DEPS and noun.head.dep_ == "ROOT":
            # (a sentence's subject goes on with the last sentence's, when that was another company: 'Kelvo
            # agreed to buy Tarvik. Tarvik makes turbines. The company employs 300 people.')
            k = self.sentence_index(noun) - 1
            last = self.main_subject(k)
            # (not who told the last sentence's news: 'Tarvik reported that Kelvo was raising money. The company,
            # whose ...' is about the article's company)
            if last is not None and self.mentions[last].text not in own \
                    and self.sents[k].root.lemma_.lower() not in REPORT_VERBS | SAY_VERBS \
                    and self.name_class(last) == self.t.organization_class:
                return last
        if topic is not None and self.mentions[topic].text not in own:
            n = self.sentence_index(noun)
            name = self.mentions[topic].text
            if any(m.text == name and n - self.window <= m.sentence <= n and self.spans[m.id].start < noun.i
                   for m in self.mentions):
                return topic
        # (a company, not a place: 'US media cited it as a rival to Vexa. Its founders ...')
        return self.antecedent(noun, person=False, description=noun.pos_ == "NOUN", organization=True, own=own)

    def _acted_on(self, noun: Token) -> frozenset[str]:
        """The names in the objects of the verb a description is the subject of, and in its verb's prepositions:
        what it acts on ('The Chinese firm bought a stake in Tarvik': Tarvik), which it is not."""
        if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.head.pos_ not in {"VERB", "AUX"}:
            return frozenset()
        verb = noun.head
        # (an organization's names: not 'spreading production beyond Tessaly' of the Tessaly-named company, nor its own
        # 'Kelvo Large 3')
        return frozenset(self.mentions[m].text for c in verb.children if c.dep_ in {"dobj", "dative", "prep"}
                         for t in c.subtree if (m := self.by_token.get(t.i)) is not None
                         and self.leading(m) in {self.t.organization_class, None})

    def place_of(self, noun: Token) -> int | None:
        """'the city of Gondar', 'the administrative district of Gmina Wielbark': a place noun with 'of' and a
        place's name stands for that place."""
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                m = self.by_token.get(pobj.i)
                if m is not None and pobj.i in self.in_names and self.leading(m) in {self.t.place_class, None}:
                    return m
        return None

    def appositions(self, noun: Token) -> list[Token]:
        """A noun's appositions; for 'the president of Norvia, Tom Hale,' also the person
        name the parser attached to the noun's 'of' object instead."""
        out = [c for c in noun.children if c.dep_ == "appos"]
        if out or not self.is_role_noun(noun):
            return out
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if pobj.i in self.by_token and self.is_person(self.by_token[pobj.i]):
                    continue
                out.extend(a for a in pobj.children if a.dep_ == "appos" and a.i in self.by_token
                           and self.is_person(self.by_token[a.i]) and a.left_edge.i > 0
                           and self.doc[a.left_edge.i - 1].text == ",")
        return out

    def set_off_name(self, noun: Token) -> list[Token]:
        """A name set off by commas right after a noun, which the parser hung elsewhere ('one of Norway's biggest
        lenders, Vexa, in a deal ...', Vexa taken for a modifier of the verb): the noun's apposition."""
        doc, k = self.doc, noun.i + 2
        if k >= len(doc) or doc[noun.i + 1].text != "," or k not in self.by_token:
            return []
        span = self.spans[self.by_token[k]]
        if span.start != k or span.root.dep_ not in {"npadvmod", "dep", "appos"} or span.root.head == noun \
                or not (span.end >= len(doc) or doc[span.end].is_punct):
            return []
        return [span.root]

    def name_set_off_before(self, noun: Token) -> Token | None:
        """The name right before the comma that opens a noun's phrase, when the parser hung the phrase on the verb
        rather than making it the name's apposition ('agreed to take over Orvane, the Oslo-based maker of Tarla', the
        noun taken for a modifier of the verb)."""
        start = noun.left_edge.i
        if noun.dep_ not in {"npadvmod", "dep"} or start < 2 or self.doc[start - 1].text != "," \
                or not any(c.dep_ == "det" for c in noun.children):
            return None
        m_id = self.by_token.get(start - 2)
        return self.spans[m_id].root if m_id is not None and self.spans[m_id].end == start - 1 else None

    def is_role_noun(self, noun: Token) -> bool:
        """A title ('president') or a noun for a person ('man')."""
        words = cue_words(noun)
        if match_phrase(self.t.titles, words)[0]:
            return True
        return self.t.person_class in match_phrase(self.t.head_nouns, words)[1]

    def named_list(self, noun: Token) -> list[Token]:
        """The names in apposition to a common noun, with their conjuncts: 'three entrepreneurs, A, B and C'."""
        if noun.pos_ != "NOUN" or noun.i in self.in_names:
            return []
        out = [x for a in noun.children if a.dep_ == "appos" and a.i in self.by_token for x in self.with_listed(a)]
        return out or self.juxtaposed_list(noun)

    def juxtaposed_list(self, noun: Token) -> list[Token]:
        """The names written right after a plural common noun, with no comma, and their conjuncts: 'stakes in video
        game companies A, B and C', 'rivals A and B', however the parser hung them (often on a word before the
        noun). Not a clause's subject: 'the companies A bought' names what A bought."""
        k = noun.i + 1
        if noun.tag_ != "NNS" or not noun.is_lower or k not in self.by_token or self.spans[self.by_token[k]].start != k:
            return []
        root = self.spans[self.by_token[k]].root
        if root.dep_ in SUBJECT_DEPS or root.dep_ in {"dobj", "attr", "poss"} or root.head.i > root.i:
            return []
        return [x for x in self.with_conjuncts(root) if x.i in self.by_token]

    def listed(self, noun: Token) -> list[Token]:
        """The names a common noun is said to include: 'brands including A, B and C', 'units such as A'."""
        if noun.pos_ != "NOUN" or noun.i in self.in_names:
            return []
        out = []
        preps = [c for c in noun.children if c.dep_ == "prep" and is_list_prep(c)]
        if not preps and noun.dep_ == "dobj" and noun.tag_ == "NNS":
            # ('bought three startups since 2017, including A and B': the parser hangs the list on the verb, after
            # the words between)
            preps = [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i and is_list_prep(c)
                     and any(p.dep_ == "pobj" and p.i in self.by_token for p in c.children)]
        for prep in preps:
            out += [x for p in prep.children if p.dep_ == "pobj" for x in self.with_listed(p)]
        return out

    @staticmethod
    def with_conjuncts(tok: Token) -> list[Token]:
        # ('A Capital and B Group', which the parser may read as A Capital modifying B Group, the 'and' on A; on
        # the first name or on one further down the list: 'A, Norway's B and C Fund')
        out = []
        subject = tok.dep_ in SUBJECT_DEPS
        for t in [tok, *(c for c in tok.conjuncts if c.i > tok.i and (subject or not _subject_of_next_clause(c)))]:
            out += [c for c in t.children if c.dep_ in {"nmod", "compound"} and c.i < t.i and c.pos_ == "PROPN"
                    and any(g.dep_ == "cc" and g.i > c.i for g in c.children)]
            out.append(t)
        return out

    def with_listed(self, tok: Token) -> list[Token]:
        """A name and the names listed after it: its conjuncts, and a list the parser hung on it as an
        apposition ('A, B and C': B in apposition to A, C joined to B)."""
        out = self.with_conjuncts(tok)
        for c in tok.children:
            if c.dep_ == "appos" and c.i in self.by_token and any(x.dep_ == "conj" for x in c.children):
                out.extend(self.with_conjuncts(c))
            elif c.dep_ == "appos" and c.i in self.by_token and c.i not in out \
                    and any(x.dep_ == "conj" and x.i > c.i for x in tok.children):
                out.append(c)  # ('A, B, and C': B in apposition to A, C joined to A)
            elif c.dep_ == "appos" and c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text == "(":
                # 'A (the investment arm of Z), B and C': the list goes on past the parenthesis, whose noun the
                # parser took for the head of the names after it
                close = next((w.i for w in self.doc[c.i:] if w.text == ")"), len(self.doc))
                out.extend(x for x in c.conjuncts if x.i > close and x.i in self.by_token)
        # ('A, B Group, C and D Capital': the parser may take 'C and D' for modifiers of 'Capital', which it sets in
        # apposition to a member before; the list goes on)
        out.extend(x for t in list(out) if t.i in self.in_names for c in t.children
                   if c.dep_ == "appos" and c.i > t.i and c.i in self.by_token and c not in out
                   and len(run := self.with_conjuncts(c)) > 1 for x in run)
        return out

    def names_of(self, tok: Token) -> list[Token]:
        """The names a word stands for: a name and the names listed after it, or the names a common noun lists
        ('from A, B and C', 'from investors including A and B', 'from two funds, A and B') or says leads it ('from
        a group of investors led by A')."""
        if tok.i in self.by_token:
            return self.with_listed(tok)
        if tok.lower_ in PARTITIVES:  # 'by some of the biggest names in tech, including A and B'
            return [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" for x in self.names_of(o)]
        out = self.listed(tok) + self.named_list(tok) + self.leaders(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in FUND_NOUNS and not out:
            # ('from Orvane's Latin American fund', 'from the venture arm of Orvane': the company whose fund it is)
            out = [o for o in [c for c in tok.children if c.dep_ == "poss"] or [
                p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj"] if o.i in self.by_token][:1]
        # ('from its growth fund and Brenta': the names joined to the noun)
        return out + [x for c in tok.conjuncts if c.i > tok.i for x in self.names_of(c)]

    def leaders(self, noun: Token) -> list[Token]:
        """The names a common noun of several says lead it: 'a group of investors led by A', 'a consortium led by the
        fund A' (not a name's own: 'Vexa, led by Ana Ruiz', nor 'a unit led by A', which says nothing of who
        is in it: only a noun of several, or one 'of' several)."""
        if noun.pos_ != "NOUN" or noun.i in self.in_names:
            return []
        nouns = [noun] + [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        if not any(n.tag_ == "NNS" or n.lemma_.lower() in GROUP_NOUNS for n in nouns):
            return []
        return [x for n in nouns for acl in n.children if acl.dep_ == "acl" and acl.lemma_.lower() == "lead"
                for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                for x in self.names_of(p)]

    def _titled_of(self, name: Token) -> Token | None:
        """A name (or a conjunct of one) that is the 'of' of a title: 'the CEO of Kelvo and Zentrix' (the name, or
        the title the parser joined the second name to); None for any other name."""
        while name.dep_ == "conj" and name.head.i in self.by_token:
            name = name.head
        if name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.pos_ in {"NOUN", "PROPN"} \
                and name.head.head.i not in self.in_names and self.is_title(name.head.head):
            return name
        if name.dep_ == "conj" and name.head.pos_ in {"NOUN", "PROPN"} and name.head.i not in self.in_names \
                and self.is_title(name.head) and any(c.dep_ == "prep" and c.lower_ == "of" for c in name.head.children):
            return name.head  # (the parser joining the second name to the title: 'the CEO of Kelvo and Zentrix who')
        return None

    def person_described(self, noun: Token) -> Token | None:
        """'Tom Hale, an icon of the revolution who co-founded Vexa': the person a noun phrase in apposition is
        about, for a 'who' clause the parser hung on a noun inside it; None if there is none."""
        for _ in range(4):
            if noun.dep_ not in {"pobj", "prep", "appos"} or noun.head.i == noun.i:
                return None
            noun = noun.head
            if noun.i in self.by_token and self.is_person(self.by_token[noun.i]):
                return noun
        return None

    def _name_before_parenthesis(self, participle: Token) -> Token | None:
        """The name right before the parenthesis a participle opens: 'Kelvo Games (later acquired by Orvane)'."""
        k = participle.left_edge.i
        if self.doc[k].text != "(":
            k -= 1  # (the parser hangs the parenthesis on the participle or on the name before it)
        return self.doc[k - 1] if k >= 1 and self.doc[k].text == "(" and k - 1 in self.in_names else None

    @staticmethod
    def _set_off_modifier(noun: Token, span: Span) -> bool:
        """Whether a name set off by commas right after a noun is one the parser hung on the noun as a modifier rather
        than as its apposition: 'the largest fintech hub, Kelvo Africa, will ...'."""
        doc = noun.doc
        return span.start == noun.i + 2 and doc[noun.i + 1].text == "," and span.end < len(doc) \
            and doc[span.end].text == "," and span.root.head == noun and span.root.dep_ in {"npadvmod", "dep"}

    def _name_before_comma(self, participle: Token) -> Token | None:
        """The name right before the comma a participle's phrase follows, the parser having hung the phrase on a
        noun before the name: 'became a payment partner for Starlane, operated by Orvane'."""
        k = participle.left_edge.i
        if k < 2 or self.doc[k - 1].text != "," or k - 2 not in self.in_names \
                or self.doc[k - 2].head.i < participle.head.i:
            return None
        name = self.doc[k - 2]
        # (not the maker of the noun: 'the first album by the band Kelvo, released in 1982 by Orvane Records')
        return None if any(a.dep_ in {"prep", "agent"} and a.lower_ == "by" and a.i > participle.head.i
                           for a in name.ancestors) else name

    def _subject_in_fronted_participle(self, participle: Token) -> Token | None:
        """The clause's subject the parser hung inside a fronted participle's phrase, as an apposition after its
        comma, leaving the clause with none (or the participle for one): 'Founded in 2015 by A and B, Vexa (formerly
        Kelda) grew'."""
        clause = participle.head
        if any(c.dep_ in SUBJECT_DEPS and c != participle for c in clause.children):
            return None
        named = [t for t in participle.subtree if (t.dep_ == "appos" or _after_closed_list(t)) and t.i in self.in_names
                 and t.i > participle.i and self.doc[t.left_edge.i - 1].text == "," and t.right_edge.i < clause.i]
        return named[-1] if named else None

    def subjects_of(self, verb: Token) -> list[Token]:
        """Grammatical subjects, inherited through xcomp/conj/advcl chains; for a participle, the noun it modifies."""
        v = verb
        for _ in range(4):
            subs = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
            if not subs:  # (the parser sometimes hangs the subject on the auxiliary: 'X was co-founded')
                subs = [c for a in v.children if a.dep_ in {"aux", "auxpass"}
                        for c in a.children if c.dep_ in SUBJECT_DEPS]
            if not subs:
                # (a name the tagger took for an adverb by its '-ly', the clause's only candidate: 'Dovely will invest
                # $5 million in Tarvik')
                subs = [c for c in v.children if c.dep_ == "advmod" and c.i < v.i and c.i in self.in_names
                        and c.text[:1].isupper() and c.lower_.endswith("ly")]
            if subs and v.dep_ == "relcl" and all(c.tag_ in RELATIVE_TAGS for c in subs):
                # 'Mary, who lives in Rock Hill': the relative pronoun stands for the noun; 'X fired the
                # shots that killed Y': a thing that did it was the object of what its user did
                if v.head.dep_ == "dobj" and v.head.pos_ == "NOUN" and self.is_instrument(v.head):
                    return self.subjects_of(v.head.head)
                if v.head.i not in self.by_token and any(c.lower_ in {"who", "whom"} for c in subs) \
                        and (person := self.person_described(v.head)) is not None:
                    return [person]
                if any(c.lower_ in {"who", "whom"} for c in subs) and v.head.i in self.by_token \
                        and (titled := self._titled_of(v.head)) is not None:
                    # ('the CEO of Kelvo and Zentrix who also owns Tarvik': 'who' is the one the title is of, not
                    # the company the parser hung it on: the person the phrase is about, if any)
                    person = self.person_described(titled)
                    return [person] if person is not None else []
                if v.head.conjuncts and v.i > max(c.i for c in v.head.conjuncts) and _plural_clause(v):
                    # ('rivals A, B and C, who have each invested in Y': the clause after a list, its verb plural, is
                    # of each name in it)
                    return self.with_conjuncts(v.head)
                return [v.head]
            if subs:
                return [s for sub in subs for s in self.with_conjuncts(sub)]
            passive_infinitive = v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in v.children)
            if v.dep_ in {"acl", "relcl"} and (v.tag_ == "VB" or passive_infinitive) \
                    and v.head.lemma_ in INTENT_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                # 'Vexa struck a deal to buy Kessler', 'its deal to buy Kessler': who buys is whose the deal
                # is, or who struck it; not 'a deal by Orvane to buy Kessler'; 'Kessler announced an agreement to be
                # bought by Vexa': who is bought
                noun = v.head
                owners = [c for c in noun.children if c.dep_ == "poss"] + [
                    o for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                    for o in c.children if o.dep_ == "pobj"]
                if owners:
                    return owners
                if noun.dep_ == "pobj" and noun.head.lower_ == "into":
                    noun = noun.head  # ('entered into an agreement to buy Kessler')
                if noun.head.pos_ != "VERB" or noun.dep_ not in {"dobj", "prep"} \
                        or noun.head.lemma_ not in INTENT_VERBS:
                    return []  # (not 'Vexa rejected the deal to buy Kessler')
                v = noun.head
                continue
            if v.tag_ == "VBN" and (named := self._name_before_parenthesis(v)) is not None:
                return [named]  # 'startups like Kelvo Games (later acquired by Orvane)', however it was parsed
            if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.i not in self.in_names \
                    and (named := self._name_before_comma(v)) is not None:
                return [named]  # 'a partner for Starlane, operated by Orvane': the name, not the noun
            if v.dep_ in {"acl", "relcl"} or (v.dep_ == "amod" and v.tag_ == "VBN"):
                return [v.head]
            if v.dep_ in {"advcl", "nsubj"} and v.tag_ == "VBN" and v.i < v.head.i \
                    and (named := self._subject_in_fronted_participle(v)) is not None:
                return [named]
            if (v.dep_ in {"xcomp", "conj", "advcl", "ccomp"} or (v.dep_ == "acomp" and v.tag_ == "VBN")
                    or (v.dep_ == "prep" and v.tag_ == "VBN" and v.i < v.head.i)) \
                    and v.head.pos_ in {"VERB", "AUX"}:
                # (acomp: 'which is majority-owned by'; prep: 'Based in Oslo, Vexa grew', a fronted participle the
                # parser took for a preposition)
                v = v.head
                continue
            if v.dep_ == "pcomp" and (v.head.lower_ in UNDONE_PREPOSITIONS
                                      or v.head.lower_ == "of" and (v.head.head.lower_ in {"instead", "rather"} or any(
                                          c.lower_ in {"instead", "rather"} for c in v.head.children))):
                return []  # ('Vexa talked about buying Kelda', 'grew without buying', 'instead of buying': not done)
            if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ in GERUND_TIME_PREPOSITIONS \
                    and v.head.head.pos_ in {"VERB", "AUX"}:
                # 'Tom Hale ran ads at Orvane before co-founding Vexa', 'Orvane grew by buying Kelda': who did the
                # clause's verb (not 'instead of buying Kelda')
                v = v.head.head
                continue
            if v.i >= 2 and v.head.i == v.i - 2 and self.doc[v.i - 1].text == "-":
                v = v.head  # 'was co-founded by', the parser's verb being the prefix before the hyphen
                continue
            # 'X was charged with killing Y', 'X hoped to save the South by killing Y', 'X pleaded guilty
            # to killing Y'; but in 'they accused X of killing Y' the doer is the object
            if v.dep_ == "pcomp" and v.head.dep_ == "prep":
                governor = self.clause_verb(v.head)
                if governor is None:
                    break
                objects = [] if v.head.lower_ == "by" else [c for c in governor.children if c.dep_ == "dobj"]
                if objects:
                    return [s for o in objects for s in self.with_conjuncts(o)]
                v = governor
                continue
            break
        return []

    def is_instrument(self, noun: Token) -> bool:
        """A common noun that names no member of any class, nor a role, and stands for no name ('shots', 'bomb')."""
        if noun.i in self.by_token or self.mention_of(noun) is not None:
            return False
        words = cue_words(noun)
        return not (match_phrase(self.t.head_nouns, words)[0] or match_phrase(self.t.titles, words)[0])

    @staticmethod
    def clause_verb(prep: Token) -> Token | None:
        """The verb a preposition belongs to: its head, or the verb of the adjective it follows ('pleaded guilty
        to')."""
        head = prep.head
        if head.pos_ == "ADJ":
            if any(c.dep_ in SUBJECT_DEPS for c in head.children):
                return head  # 'found X guilty of killing Y': the adjective's own subject
            if head.dep_ in {"acomp", "oprd"}:
                head = head.head
        return head if head.pos_ in {"VERB", "AUX"} else None

    def doers_of_act(self, act: Token) -> list[Token]:
        """Who did an act named by a gerund or noun that completes a verb: 'X was convicted of the murder of Y',
        'X pleaded guilty to the assassination of Y', 'they accused X of the killing' (the object)."""
        prep = act.head
        if act.dep_ not in {"pobj", "pcomp"} or prep.dep_ != "prep" or prep.lower_ not in ACT_PREPOSITIONS:
            return []
        if prep.head.dep_ == "dobj" and prep.head.i in self.by_token:
            return [prep.head]  # 'they accused X of the murder of Y', the preposition attached to X
        verb = self.clause_verb(prep)
        if verb is None:
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:
            return [s for o in objects for s in self.with_conjuncts(o)]
        return self.subjects_of(verb)

    @staticmethod
    def is_passive(verb: Token) -> bool:
        if any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in verb.children) and verb.tag_ == "VBN":
            return True  # (a by-agent too: 'was co-founded by X', which the parser splits at the hyphen)
        return verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod", "relcl"} \
            and not any(c.dep_ == "dobj" for c in verb.children)

    def named_or_owner(self, tok: Token) -> int | None:
        """The name a noun is part of, or else the name owning it ('with the KVTA 's research service')."""
        if tok.i in self.by_token:
            return self.by_token[tok.i]
        owners = [c.i for c in tok.children if c.dep_ == "poss" and c.i in self.by_token]
        if not owners and tok.pos_ == "NOUN" and self.names_a_place_or_body(tok):
            # 'in Umbria province', 'in this central California city': the name the noun is compounded with
            owners = [c.i for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i in self.by_token]
            owners += [cc.i for c in tok.children if c.dep_ in {"compound", "nmod"} and c.i not in self.by_token
                       for cc in c.children if cc.dep_ in {"compound", "nmod"} and cc.i in self.by_token]
        return self.by_token[owners[0]] if owners else None

    def names_a_place_or_body(self, noun: Token) -> bool:
        """A head noun of places or organizations ('province', 'city', 'agency')."""
        classes = match_phrase(self.t.head_nouns, cue_words(noun))[1]
        return self.t.place_class in classes or self.t.organization_class in classes
