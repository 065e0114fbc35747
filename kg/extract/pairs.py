"""The spaCy component ``kg_pairs``: relations no rule reads, by a learned classifier over pairs of names.

The rules (:mod:`kg.extract.relations`, :mod:`kg.extract.business`) read the shapes the ontology's cue
tables describe. Much of what a sentence states between two names has no such shape ('Lena Ortiz, a
lawyer from Quito', 'the Lyon plant of Norbak'). For every ordered pair of names in one sentence that no
rule links, a linear model (:mod:`kg.learn`) weighs the words between them, the dependency path joining
them, the words around them and their classes, and gives a probability to each property it was trained on
and to ``NONE``. The pair becomes a relation candidate, with rule ``learned`` and that probability (scaled)
as its confidence, when the most probable property of the loaded ontology reaches the threshold;
the resolver then checks its domain and range like any other candidate's.

The model is trained by ``kg train`` (:mod:`kg.train`) from gold JSON Lines; the one shipped with kg is
``kg/models/pairs.json``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import KGError
from ..learn import LinearModel, packaged
from ..schema import Schema, local_name
from .business import ENDED, ENDED_ADVERBS, LEAVE_VERBS, ended
from .mentions import PEER_WORDS
from .model import Evidence, Mention, RelationCandidate

#: The class a mention's cues give an organization (:func:`mention_class`).
ORGANIZATION = "Organization"
#: The label of a pair the sentence states no relation between.
NONE = "NONE"
#: The model shipped with kg (package data in kg/models).
DEFAULT_MODEL = "pairs.json"
#: Names further apart than this many tokens are not paired.
MAX_DISTANCE = 15
#: Longer dependency paths than this are one feature value, 'long'.
MAX_PATH = 6
#: The confidence a pair classified with probability p gets is p times this: a learned reading is less
#: sure than a rule's reading of the same probability.
CONFIDENCE_SCALE = 0.8

_POSSESSIVE = re.compile(r"^['’]s?$")


class PairModel(LinearModel):
    """The pair classifier's weights: pair feature -> one weight per label (a property local name, or NONE)."""

    kind = "pair classifier model"


@functools.lru_cache(maxsize=1)
def default_pair_model() -> PairModel | None:
    """The model shipped in the package, or None when the package has none."""
    return packaged(PairModel, DEFAULT_MODEL)


def mention_class(m: Mention) -> str:
    """The class the cues and the NER give a mention, as a short feature value."""
    if m.scores:
        return local_name(max(m.scores, key=lambda c: (m.scores[c], c)))
    return f"ner:{m.ner_label}" if m.ner_label else "-"


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def candidate_pairs(mentions: Sequence[Mention], spans: Sequence[Span]) -> Iterator[tuple[int, int]]:
    """Ordered pairs (a, b) of typed names in one sentence, at most :data:`MAX_DISTANCE` tokens apart, with
    different texts."""
    by_sentence: dict[int, list[int]] = {}
    for m in mentions:
        if m.scores:
            by_sentence.setdefault(m.sentence, []).append(m.id)
    for ids in by_sentence.values():
        for a in ids:
            for b in ids:
                if a == b or _key(mentions[a].text) == _key(mentions[b].text):
                    continue
                sa, sb = spans[a], spans[b]
                if sa.start < sb.end and sb.start < sa.end:
                    continue
                gap = sb.start - sa.end if sa.start < sb.start else sa.start - sb.end
                if gap <= MAX_DISTANCE:
                    yield a, b


def _word(tok: Token) -> str:
    return tok.lemma_.lower() if tok.pos_ in {"VERB", "AUX", "NOUN"} else tok.lower_


def path_tokens(a: Span, b: Span) -> tuple[list[Token], list[Token]] | None:
    """The dependency path between two names' heads: the tokens from a's head up to the lowest common
    ancestor (inclusive), and those from b's head up to it (exclusive); None when they share no root."""
    ra, rb = a.root, b.root
    up_a = [ra] + list(ra.ancestors)
    up_b = [rb] + list(rb.ancestors)
    in_b = {t.i: k for k, t in enumerate(up_b)}
    k_a = next((k for k, t in enumerate(up_a) if t.i in in_b), None)
    if k_a is None:
        return None
    return up_a[:k_a + 1], up_b[:in_b[up_a[k_a].i]]


def _path(a: Span, b: Span) -> tuple[str, list[str]]:
    """The dependency path from a's head to b's head ('nsubj^ found v dobj_'), and its inner words."""
    both = path_tokens(a, b)
    if both is None:
        return "none", []
    up_a, up_b = both
    k_a, k_b = len(up_a) - 1, len(up_b)
    if k_a + k_b > MAX_PATH:
        return "long", []
    lca = up_a[k_a]
    steps = [f"{t.dep_}^" for t in up_a[:k_a]]
    words = [_word(t) for t in up_a[1:k_a] if not (a.start <= t.i < a.end or b.start <= t.i < b.end)]
    lca_in_name = a.start <= lca.i < a.end or b.start <= lca.i < b.end
    steps.append("<name>" if lca_in_name else _word(lca))
    if not lca_in_name:
        words.append(_word(lca))
    down = list(reversed(up_b))
    steps += [f"{t.dep_}_" for t in down]
    words += [_word(t) for t in down[:-1] if not (a.start <= t.i < a.end or b.start <= t.i < b.end)]
    return " ".join(steps), words


def pair_features(doc: Doc, mentions: Sequence[Mention], spans: Sequence[Span], a: int, b: int,
                  rules: Mapping[tuple[int, int], set[str]]) -> Counter[str]:
    """Sparse features of the ordered pair (subject a, object b) in their sentence."""
    f: Counter[str] = Counter()
    sa, sb = spans[a], spans[b]
    ta, tb = mention_class(mentions[a]), mention_class(mentions[b])
    types = f"{ta}>{tb}"
    first, second = (sa, sb) if sa.start < sb.start else (sb, sa)
    order = "ab" if first is sa else "ba"
    f["bias"] = 1
    f[f"types={types}"] = 1
    f[f"order={order}"] = 1
    f[f"types|order={types}|{order}"] = 1
    f[f"ners={mentions[a].ner_label or '-'}>{mentions[b].ner_label or '-'}|{order}"] = 1
    between = [t for t in doc[first.end:second.start]]
    gap = len(between)
    bucket = ("0" if gap == 0 else "1" if gap == 1 else "2" if gap == 2 else "3-4" if gap <= 4
              else "5-8" if gap <= 8 else "9+")
    f[f"gap={bucket}"] = 1
    f[f"types|gap={types}|{bucket}"] = 1
    words = [_word(t) for t in between if not t.is_space]
    others = sum(1 for m, s in zip(mentions, spans) if m.scores and first.end <= s.start and s.end <= second.start)
    f[f"names_between={min(others, 2)}"] = 1
    if gap <= 10:
        for w in set(words):
            f[f"btw={w}"] = 1
            f[f"types|btw={types}|{w}"] = 1
        if words:
            f[f"btw_first={words[0]}"] = 1
            f[f"btw_last={words[-1]}"] = 1
            f[f"types|btw_first={types}|{words[0]}"] = 1
            f[f"types|btw_last={types}|{words[-1]}"] = 1
        f[f"btw_seq={order}:{' '.join(words)}"] = 1
    path, inner = _path(sa, sb)
    f[f"path={path}"] = 1
    f[f"types|path={types}|{path}"] = 1
    for w in set(inner):
        f[f"path_word={w}"] = 1
        f[f"types|path_word={types}|{w}"] = 1
    before = doc[first.start - 1] if first.start > first.sent.start else None
    after = doc[second.end] if second.end < second.sent.end else None
    f[f"before={_word(before) if before is not None else '<s>'}"] = 1
    f[f"after={_word(after) if after is not None else '</s>'}"] = 1
    for span, side in ((sa, "a"), (sb, "b")):
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and _POSSESSIVE.match(nxt.text):
            f[f"possessive_{side}"] = 1
        f[f"ner_{side}={mentions[a if side == 'a' else b].ner_label or '-'}"] = 1
    # how each name is attached: its dependency and the word it hangs on ('nsubj:acquire', 'pobj:in')
    for span, side in ((sa, "a"), (sb, "b")):
        root = span.root
        f[f"dep_{side}={root.dep_}:{_word(root.head)}"] = 1
        f[f"types|dep_{side}={types}|{root.dep_}"] = 1
    if gap <= 10:
        for w1, w2 in zip(words, words[1:]):
            f[f"btw2={w1} {w2}"] = 1
    sent = sa.sent
    if any(t.lower_ in ENDED or t.lower_ in ENDED_ADVERBS for t in sent):
        f["ended_word"] = 1
    for prop in rules.get((a, b), ()):
        f[f"rule={prop}"] = 1
    for prop in rules.get((b, a), ()):
        f[f"rule_reversed={prop}"] = 1
    return f


def _hyphen_modifier(x: Span) -> bool:
    """Whether a name is written onto a participle before another noun: 'Oslo' of 'Oslo-based Vexa'."""
    doc = x.doc
    return x.end + 1 < len(doc) and doc[x.end].text in {"-", "–"} and not x[-1].whitespace_ \
        and not doc[x.end].whitespace_ and doc[x.end + 1].is_lower


def _modified_by(y: Span, x: Span) -> bool:
    """Whether name y is what the hyphenated modifier of name x is said of: the noun phrase it stands before
    ('Oslo-based software maker Vexa'; nothing but modifiers between them), the name that noun is in apposition
    to ('Vexa, an Oslo-based start-up'), or the city before a region ('Menlo Park, California-based Vexa')."""
    doc = y.doc
    if y.end + 1 == x.start and doc[y.end].text == ",":
        return True
    if y.start >= x.end + 2 and not any(t.is_punct or t.pos_ in {"VERB", "AUX", "ADP", "CCONJ"}
                                        for t in doc[x.end + 2:y.start]):
        return True
    noun = doc[x.end + 1].head
    return noun.dep_ == "appos" and y.start <= noun.head.i < y.end


def _may_relate(a: Span, b: Span) -> bool:
    """Whether the sentence may state a current relation between two names, as the rules see it: not a
    sentence without a verb (a dateline), not two members of one list ('visits to Oslo, Bergen and Tromso'),
    not across a role the text says ended ('stepped down as chief executive of', 'former chairman of')."""
    if not any(t.pos_ in {"VERB", "AUX"} for t in a.sent):
        return False  # a dateline or a caption ('OSLO (Norvik) -'): no clause, so nothing is stated
    for x, y in ((a, b), (b, a)):
        if _hyphen_modifier(x) and not _modified_by(y, x):
            return False  # ('Orbis will buy Oslo-based Vexa': Oslo is said of Vexa only)
    both = path_tokens(a, b)
    if both is None:
        return True
    up_a, up_b = both
    steps = [t.dep_ for t in up_a[:-1]] + [t.dep_ for t in up_b]
    if steps and all(d in {"conj", "appos"} for d in steps) and "conj" in steps:
        return False
    # (nor through a noun for a peer: 'Tarvik, a rival of Brenta' says nothing of where Tarvik is)
    return not any(ended(t) or t.lemma_.lower() in LEAVE_VERBS or t.pos_ == "NOUN" and t.lemma_.lower() in PEER_WORDS
                   for t in [*up_a, *up_b])


def _said_of_another(mentions: Sequence[Mention], spans: Sequence[Span], rules: Mapping[tuple[int, int], set[str]],
                     a: int, b: int, prop: str) -> bool:
    """Whether the dependency path from a to b passes through another name that a rule already links to b by the
    same property: 'Kelvo acquired Zarvia, a startup based in Oslo' says where Zarvia is, not where Kelvo is; or
    through an organization's name no rule links to b at all: 'Zarvia, the oldest studio in Norway, was acquired by
    Kelvo' says nothing of where Kelvo is (if anything, of Zarvia)."""
    both = path_tokens(spans[a], spans[b])
    if both is None:
        return False
    on_path = {t.i for t in [*both[0], *both[1]]} - set(range(spans[a].start, spans[a].end)) \
        - set(range(spans[b].start, spans[b].end))
    return any(m.id not in (a, b) and _key(m.text) != _key(mentions[a].text)
               and (prop in rules.get((m.id, b), ()) or not rules.get((m.id, b)) and mention_class(m) == ORGANIZATION)
               and any(spans[m.id].start <= i < spans[m.id].end for i in on_path)
               for m in mentions if m.scores and m.sentence == mentions[a].sentence)


def _read_with_another(mentions: Sequence[Mention], rules: Mapping[tuple[int, int], set[str]], a: int, b: int,
                       prop: str) -> bool:
    """Whether a rule already reads a's ``prop`` with another name of the sentence than b: 'named Tom Brandt as the
    new president and CEO of Orbis Labs' (ceoOf Orbis Labs, read) says nothing of the company that named him."""
    return any(m.id != b and _key(m.text) != _key(mentions[b].text) and prop in rules.get((a, m.id), ())
               for m in mentions if m.sentence == mentions[a].sentence)


class RuleLinks(Mapping[tuple[int, int], set[str]]):
    """The properties the rules read between mentions, by pair of mention ids: (a, b) -> properties, for every
    pair of distinct mentions whose two texts a rule linked (a rule reading 'Norbak' and 'Lyon' once covers the
    names' other mentions).

    Looked up through the mentions' texts, not stored pair by pair: two names mentioned a hundred times each in
    a long text are ten thousand pairs, and comparing every mention with every other was most of the time of a
    100,000-character piece."""

    def __init__(self, mentions: Sequence[Mention], relations: Sequence[RelationCandidate]):
        self._keys = [_key(m.text) for m in mentions]
        self._ids = {m.id: k for m, k in zip(mentions, self._keys)}
        self._by_text: dict[tuple[str, str], set[str]] = {}
        for r in relations:
            key = (self._keys[r.subject], self._keys[r.object])
            self._by_text.setdefault(key, set()).update(local_name(p) for p, _, _ in r.properties)

    def __getitem__(self, pair: tuple[int, int]) -> set[str]:
        a, b = pair
        ka, kb = self._ids.get(a), self._ids.get(b)
        props = self._by_text.get((ka, kb)) if a != b and ka is not None and kb is not None else None
        if not props:
            raise KeyError(pair)
        return props

    def __iter__(self) -> Iterator[tuple[int, int]]:
        ids_of: dict[str, list[int]] = {}
        for i, k in self._ids.items():
            ids_of.setdefault(k, []).append(i)
        for (ka, kb), props in self._by_text.items():
            if props:
                yield from ((a, b) for a in ids_of.get(ka, ()) for b in ids_of.get(kb, ()) if a != b)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def rule_links(mentions: Sequence[Mention], relations: Sequence[RelationCandidate]) -> RuleLinks:
    """The properties the rules read between mentions (:class:`RuleLinks`)."""
    return RuleLinks(mentions, relations)


class PairClassifier:
    """Adds the relation candidates the pair model finds between names the rules leave unlinked."""

    def __init__(self, nlp: Language, name: str, threshold: float, exclude: list[str]):
        self.name = name
        self.threshold = threshold
        self.exclude = set(exclude)
        self.model: PairModel | None = None
        self.props: dict[str, tuple[str, str | None, str | None]] = {}
        #: properties that say where something other than a place is (basedIn, livesIn; not locatedIn, whose
        #: chains are true of the places along them)
        self.whereabouts: frozenset[str] = frozenset()
        #: properties that narrow another and whose range is no place: a specific role (ceoOf, of worksFor)
        self.specific: frozenset[str] = frozenset()

    def initialize(self, get_examples=None, *, nlp: Language | None = None, schema: Schema | None = None,
                   model: PairModel | str | Path | None = "default") -> None:
        """``model``: "default" (the one shipped with kg), a file from kg train, a loaded model, or None (off)."""
        if schema is None:
            raise KGError("kg_pairs.initialize needs schema=... (kg.ontology.load_schema())")
        if model == "default":
            self.model = default_pair_model()
        elif isinstance(model, (str, Path)):
            self.model = PairModel.load(model)
        else:
            self.model = model
        self.props = {local_name(p.iri): (p.iri, p.domain, p.range) for p in schema.properties.values()
                      if local_name(p.iri) not in self.exclude}
        place = next((c.iri for c in schema.entity_classes() if c.name == "Place"), None)
        self.whereabouts = frozenset(label for label, (_, domain, range_) in self.props.items()
                                     if place is not None and range_ == place and domain != place)
        self.specific = frozenset(label for label, (iri, _, range_) in self.props.items()
                                  if schema.properties[iri].parents and range_ != place)

    def __call__(self, doc: Doc) -> Doc:
        state = doc._.kg
        if state is None:
            raise KGError("kg_pairs must come after kg_mentions and kg_relations in the pipeline")
        if self.model is None:
            return doc
        mentions, spans, relations = state["mentions"], state["spans"], state["relations"]
        rules = rule_links(mentions, relations)
        read: dict[tuple[int, int], tuple[str, float]] = {}
        for a, b in candidate_pairs(mentions, spans):
            if (a, b) in rules or (b, a) in rules or not _may_relate(spans[a], spans[b]):
                continue
            probs = self.model.probabilities(pair_features(doc, mentions, spans, a, b, rules))
            known = [c for c in probs if c in self.props]
            if not known:
                continue
            # the most probable property, when probable enough even if NONE is more probable still:
            # the threshold, chosen on development data, trades recall for precision
            label = max(known, key=lambda c: (probs[c], c))
            if probs[label] >= self.threshold and not (
                    label in self.whereabouts and _said_of_another(mentions, spans, rules, a, b, label)) \
                    and not (label in self.specific and _read_with_another(mentions, rules, a, b, label)):
                read[(a, b)] = (label, probs[label])
        for (a, b), (label, p) in read.items():
            other = read.get((b, a))
            if other is not None and (other[1], a) > (p, b):
                continue  # one reading of a pair: the more probable direction
            sent = spans[a].sent
            text = sent.text
            lead = len(text) - len(text.lstrip())
            evidence = Evidence(doc_id="", sentence=text.strip(), start=sent.start_char + lead,
                                end=sent.start_char + lead + len(text.strip()), rule="learned",
                                confidence=round(p * CONFIDENCE_SCALE, 3))
            relations.append(RelationCandidate(a, b, (self.props[label],), evidence))
        return doc


#: Properties the pair classifier does not state by default. livesIn: CoNLL04, which most of its training
#: pairs come from, calls a person's whereabouts a residence ('X was in Y on Tuesday'); news does not, and a
#: person and a place in one sentence are most often a visit, a birthplace or where the person spoke.
EXCLUDED = ["livesIn"]


@Language.factory("kg_pairs", default_config={"threshold": 0.4, "exclude": EXCLUDED})
def make_pair_classifier(nlp: Language, name: str, threshold: float, exclude: list[str]) -> PairClassifier:
    return PairClassifier(nlp, name, threshold, exclude)


__all__ = ["NONE", "PairClassifier", "PairModel", "candidate_pairs", "default_pair_model", "pair_features",
           "RuleLinks", "rule_links"]
