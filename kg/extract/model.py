"""Plain records produced by extraction. No spaCy or rdflib objects leave the extractor.

The records have slots (no per-object dict): a long document has hundreds of thousands of them, held until it is
resolved."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

#: A model's size in parameters, written after its name or its version: '11B', '70b', '8x7B', '1.5B' ('Tala 2 9B',
#: 'Vexa 40B').
MODEL_SIZE = re.compile(r"(?:\d+x)?\d{1,4}(?:\.\d)?[Bb]")
#: Words that name a tier of a made thing after its name or its number ('Orbix Pro', 'Orbix 60 Pro', 'Orbix Nano').
TIER_WORDS = frozenset({"pro", "max", "mini", "nano", "ultra", "plus", "lite", "turbo", "flash"})


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the document, the sentence (text and character offsets), rule, confidence."""

    doc_id: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(slots=True)
class Mention:
    """One occurrence of a name, with the class evidence found around it.

    ``scores`` maps class IRIs to accumulated weight; ``strong`` marks evidence from cues (head
    nouns, suffixes, titles) as opposed to the statistical NER label alone.
    """

    id: int
    text: str
    start: int
    end: int
    sentence: int
    ner_label: str = ""
    scores: dict[str, float] = field(default_factory=dict)
    strong: bool = False
    #: longer ways the text writes the same name, kept as aliases ('Kinderhook, N.Y.')
    forms: list[str] = field(default_factory=list)
    #: the canonical name from the gazetteer, when the mention matched a known member
    canonical: str = ""
    #: where the name stands in its sentence, as words a model can weigh: for the object of a preposition, what the
    #: preposition hangs on ('in<invest' of 'invested in X', 'in<base' of 'based in X'); and the classes cues gave
    #: the other names of a list it is in ('list=Organization')
    syntax: tuple[str, ...] = ()
    #: whether the words of the name are words of the pipeline's dictionary: "known" (all: 'Lagos', 'Apple'),
    #: "unknown" (none: 'Orvane', 'Velmora'), "mixed", or "" (no dictionary): the dictionary has most countries and
    #: cities, and few young companies
    lexicon: str = ""
    #: the list of names the mention is a member of ('A, B and C'), as an index unique within its sentence (the
    #: first member's token); -1 for a name in no list
    list_id: int = -1

    def add(self, cls: str, weight: float, strong: bool = True) -> None:
        self.scores[cls] = self.scores.get(cls, 0.0) + weight
        self.strong = self.strong or strong


def leading_class(scores: Mapping[str, float]) -> str | None:
    """The class with the most weight among ``scores`` (the first of equals, as written), or None for no scores."""
    return max(scores, key=scores.__getitem__) if scores else None


def votes_by_name(mentions: Iterable[Mention]) -> dict[str, Counter[str]]:
    """The class evidence of each name's mentions summed, by the name as written ('Kelvo', a startup's in one
    sentence, the NER's person in another): what the name's mentions vote for together, as they stand now."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        votes[m.text].update(m.scores)
    return votes


@dataclass(frozen=True, slots=True)
class RelationCandidate:
    """A pattern linking two mentions, with the properties its cue may state.

    ``properties`` are IRIs, each read as property(subject, object); the resolver keeps the one whose
    domain and range fit the resolved entity classes best. When that one is in ``void``, the pattern states
    nothing: 'Tom Hale, the mayor of Oslo' is no role at a company Oslo were it one, and, Oslo a place, says
    nothing of where he lives (livesIn, read only so that Oslo may be a place).
    """

    subject: int
    object: int
    properties: tuple[tuple[str, str | None, str | None], ...]
    evidence: Evidence
    void: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Money:
    value: Decimal
    currency: str
    text: str
    qualifier: str | None = None  # "more than", "about", ...: how the text bounds the amount; None when it does not
    equivalent: Money | None = None


@dataclass(frozen=True, slots=True)
class InvestmentCandidate:
    investor: int
    amount: Money
    evidence: Evidence
    target_text: str = ""
    target: int | None = None
    period: str = ""


@dataclass
class Extraction:
    """Everything read from one document, before entity resolution."""

    doc_id: str
    mentions: list[Mention] = field(default_factory=list)
    relations: list[RelationCandidate] = field(default_factory=list)
    investments: list[InvestmentCandidate] = field(default_factory=list)
    #: how many sentences the document has (a mention's ``sentence`` is an index below it)
    sentences: int = 0
