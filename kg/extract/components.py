"""spaCy pipeline components of kg.

- ``kg_paragraphs`` (before the parser): a blank line or a Markdown heading always ends a sentence,
  so headlines and photo captions do not run into the first paragraph.
- ``kg_mentions``: candidate names from the NER and from proper-noun runs and cue nouns, with class
  evidence from the ontology's cues (NER label, head noun, name suffix).
- ``kg_relations``: relation candidates between mentions from the dependency parse (verbs, titles,
  possessives, prepositions, appositions, hyphenated participles, relational nouns) and investments.

Both ontology-driven components get their cue tables at ``initialize(schema=...)``, as spaCy's
``span_ruler`` gets its patterns. They write plain records (:mod:`kg.extract.model`) to ``doc._.kg``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..errors import KGError
from ..schema import GazetteerEntry, Schema
from .cues import Cue, CueTables, compile_cues, match_phrase
from .model import Evidence, InvestmentCandidate, Mention, Money, RelationCandidate
from .money import parse_money

if not Doc.has_extension("kg"):
    Doc.set_extension("kg", default=None)

ENTITY_NER_SKIP = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "NORP", "LANGUAGE", "LAW"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
COPULAS = {"be", "become", "remain"}
ORG_PRONOUNS = {"it", "its", "they", "their", "them", "itself"}
PERSON_PRONOUNS = {"he", "his", "him", "she", "her", "himself", "herself"}
DEFINITE = {"the", "this", "that"}
QUOTES = {'"', "'", "“", "”", "‘", "’", "``", "''"}
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
RELATIVE_TAGS = {"WP", "WDT"}  # who, which, that
MODIFIER_DEPS = {"compound", "nmod", "amod", "nummod"}

# Class evidence a name gets from an apposition to a member of the apposition property's range
# (more than an NER label, less than a cue word).
APPOSITION_WEIGHT = 2.0

# Confidence of each rule: how often, on development data, what the rule asserts is right.
CONFIDENCE = {
    "title": 0.9,
    "verb": 0.85,
    "verb-passive": 0.85,
    "hyphen": 0.85,
    "relational-noun": 0.8,
    "event-noun": 0.75,
    "possessive": 0.7,
    "apposition": 0.65,
    "head-noun": 0.6,
    "preposition": 0.6,
    "photo-credit": 0.6,
    "investment": 0.8,
}


def _tables(component: object) -> CueTables:
    tables = getattr(component, "tables", None)
    if tables is None:
        raise KGError(
            "the kg components have no ontology yet: call kg.extract.load_pipeline(), or "
            "nlp.get_pipe(name).initialize(schema=...) after adding them"
        )
    return tables


# ---------------------------------------------------------------------------------------------
# kg_paragraphs
# ---------------------------------------------------------------------------------------------

@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and at every line that is a Markdown heading."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        ws = tok.whitespace_ + (tok.text if tok.is_space else "")
        if "\n\n" in ws.replace("\r", "") or (tok.is_space and "\n" in tok.text and nxt.text.startswith("#")):
            nxt.is_sent_start = True
        elif tok.is_space and "\n" in tok.text:
            continue
        elif not tok.is_space and "\n" in tok.whitespace_ and nxt.text.startswith("#"):
            nxt.is_sent_start = True
    return doc


# ---------------------------------------------------------------------------------------------
# kg_mentions
# ---------------------------------------------------------------------------------------------

def _is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def _trim(span: Span) -> Span | None:
    """Drop leading determiners, quotes and punctuation, and a trailing possessive or hyphen."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in DEFINITE or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE_ENDINGS or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _split(span: Span, titles: dict) -> list[Span]:
    """Split a span at slashes and line breaks ('Xinhua/Huang Zongzhi' is two names) and take out a
    title between names ('Coast Guard Lt. Steve Hardy', 'Edison spokesman Kevin Kelly')."""
    parts, start = [], span.start
    doc = span.doc
    for tok in span:
        if tok.text in {"/", "|"} or tok.is_space or "\n" in tok.whitespace_ and tok.i + 1 < span.end:
            cut_end = tok.i if tok.text in {"/", "|"} or tok.is_space else tok.i + 1
            if cut_end > start:
                parts.append(doc[start:cut_end])
            start = tok.i + 1
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if not tok.text[:1].isupper() or nxt is None or nxt.pos_ != "PROPN" or not nxt.text[:1].isupper():
            continue
        n, _ = match_phrase(titles, [t.lower_ for t in doc[start:tok.i + 1]])
        if n:
            if tok.i + 1 - n > start:
                parts.append(doc[start:tok.i + 1 - n])
            start = tok.i + 1
    if start < span.end:
        parts.append(doc[start:span.end])
    return [t for p in parts if (t := _trim(p)) is not None]


def _sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    """The document's sentences, and the index of each token's sentence (Token.sent scans for every call)."""
    sents = list(doc.sents)
    index = [0] * len(doc)
    for n, sent in enumerate(sents):
        index[sent.start:sent.end] = [n] * (sent.end - sent.start)
    return sents, index


def _cue_words(tok: Token) -> list[str]:
    """The lower-cased lemmas of a noun and the compound/amod words right before it."""
    words = [tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_]
    doc, i = tok.doc, tok.i - 1
    while i >= 0 and len(words) < 4:
        prev = doc[i]
        if prev.head.i != tok.i or prev.dep_ not in {"compound", "amod", "nmod"}:
            break
        words.insert(0, prev.lower_)
        i -= 1
    return words


class MentionFinder:
    """Finds candidate names and scores them against the ontology's classes."""

    def __init__(self, nlp: Language, name: str, ner_weight: float, suffix_weight: float, head_noun_weight: float,
                 title_weight: float, gazetteer_weight: float):
        self.name = name
        self.ner_weight = ner_weight
        self.suffix_weight = suffix_weight
        self.head_noun_weight = head_noun_weight
        self.title_weight = title_weight
        self.gazetteer_weight = gazetteer_weight
        self.tables: CueTables | None = None
        self.known: dict[str, GazetteerEntry] = {}
        self.matcher: PhraseMatcher | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, schema: Schema | None = None) -> None:
        if schema is None:
            raise KGError("kg_mentions.initialize needs schema=... (kg.ontology.load_schema())")
        self.tables = compile_cues(schema)
        # the gazetteer (known members listed in an extension) as a spaCy PhraseMatcher, exact on spelling
        self.known, self.matcher = {}, None
        if schema.gazetteer:
            if nlp is None:
                raise KGError("kg_mentions.initialize needs nlp=... to compile the ontology's gazetteer")
            self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
            for entry in schema.gazetteer:
                for surface in (entry.name, *entry.aliases):
                    self.known.setdefault(surface, entry)
                    self.matcher.add(surface, [nlp.make_doc(surface)])

    def _known_spans(self, doc: Doc) -> list[Span]:
        if self.matcher is None:
            return []
        spans = [doc[start:end] for _, start, end in self.matcher(doc)]
        return sorted(filter_spans(spans), key=lambda s: s.start)

    # -- candidates --------------------------------------------------------------------------
    def _with_prefix(self, span: Span) -> Span:
        """The name with the honorific before it ('Mrs. Parks'): the form the text uses for the person."""
        if span.start > 0 and span.doc[span.start - 1].text in _tables(self).prefixes:
            return span.doc[span.start - 1:span.end]
        return span

    def _candidate_spans(self, doc: Doc) -> Iterator[tuple[Span, str]]:
        t = _tables(self)
        taken: set[int] = {i for ent in doc.ents if ent.label_ in ENTITY_NER_SKIP for i in range(ent.start, ent.end)}
        for span in self._known_spans(doc):
            if not taken.intersection(range(span.start, span.end)):
                taken.update(range(span.start, span.end))
                yield span, ""
        for ent in doc.ents:
            if ent.label_ in ENTITY_NER_SKIP or ent.label_ not in t.ner and ent.label_ not in {"ORG", "PERSON", "WORK_OF_ART"}:
                continue
            if taken.intersection(range(ent.start, ent.end)):
                continue
            pieces = _split(ent, t.titles)
            label = ent.label_ if len(pieces) == 1 else ""
            for piece in map(self._with_prefix, pieces):
                taken.update(range(piece.start, piece.end))
                yield piece, label
        # names before a cue noun the NER missed: the "Double 11" shopping festival, the Qwen model
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.i in taken:
                continue
            n, _ = match_phrase(t.head_nouns, _cue_words(tok))
            if not n:
                continue
            left = [c for c in tok.subtree if c.i < tok.i]
            left = [c for c in left if c.dep_ not in {"det", "poss", "case", "prep", "pobj", "cc", "punct"} or c.text in QUOTES]
            left.sort(key=lambda c: c.i)
            run: list[Token] = []
            for c in left:
                if run and c.i != run[-1].i + 1:
                    break
                if c.i in taken or not (_is_capitalised(c) or c.text in QUOTES):
                    break
                run.append(c)
            names = [c for c in run if c.text not in QUOTES]
            quoted = len(names) < len(run)
            if names and names[0].text[:1].isupper() and (quoted or names[0].pos_ == "PROPN"):
                span = _trim(doc[names[0].i:names[-1].i + 1])
                if span is not None:
                    taken.update(range(span.start, span.end))
                    yield span, ""
        # proper-noun runs the NER missed
        i = 0
        while i < len(doc):
            if doc[i].pos_ == "PROPN" and i not in taken and doc[i].text[:1].isupper():
                j = i
                while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and j + 1 not in taken and not doc[j + 1].is_sent_start:
                    j += 1
                for piece in _split(doc[i:j + 1], t.titles):
                    yield self._with_prefix(piece), ""
                i = j + 1
            else:
                i += 1

    # -- evidence ----------------------------------------------------------------------------
    def _cue_nouns(self, span: Span) -> Iterator[Token]:
        """Common nouns standing for the name: its head noun, apposition or predicate noun."""
        root = span.root
        head = root.head
        if root.dep_ in MODIFIER_DEPS and head.pos_ in {"NOUN", "PROPN"} and head.i >= span.end:
            while head.dep_ == "compound" and head.head.pos_ in {"NOUN", "PROPN"} and head.head.i > head.i:
                head = head.head  # 'the Aster language model': climb to the noun phrase's head
            yield head
        if root.dep_ == "appos" and head.pos_ == "NOUN":
            yield head
        for child in root.children:
            if child.dep_ not in {"appos", "compound"} or child.pos_ not in {"NOUN", "PROPN"} or span.start <= child.i < span.end:
                continue
            # 'Lyon, the region's capital' stands for Lyon; 'Campus, the Alpes region' names another place
            if child.dep_ == "appos" and any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in child.children):
                continue
            yield child
        if root.dep_ in SUBJECT_DEPS and head.lemma_ in COPULAS:
            for child in head.children:
                if child.dep_ in {"attr", "acomp", "oprd"} and child.pos_ == "NOUN":
                    yield child
                    yield from (c for c in child.children if c.dep_ == "conj" and c.pos_ == "NOUN")

    def _score(self, mention: Mention, span: Span, label: str) -> list[int]:
        t = _tables(self)
        if label:
            classes = t.ner.get(label, [])
            for cls in classes:
                mention.add(cls, self.ner_weight / len(classes), strong=False)
        last = span[-1].text
        for cls in t.suffixes.get(last, []) if len(span) > 1 else []:
            mention.add(cls, self.suffix_weight)
        for cls in t.prefixes.get(span[0].text, []) if len(span) > 1 else []:
            mention.add(cls, self.suffix_weight)
        handles = []
        for noun in self._cue_nouns(span):
            words = _cue_words(noun)
            n, classes = match_phrase(t.head_nouns, words)
            # a name before a person noun, before an indefinite noun, or a place name before a noun, is
            # where the thing is or comes from, not the thing: 'the Arizona senator', 'Edison spokesman',
            # 'a Hong Kong construction firm', 'the Moscow newspaper' (but 'the Qwen model' is the model)
            if noun.i >= span.end and span.root.dep_ in MODIFIER_DEPS and noun in span.root.ancestors:
                indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
                place = t.place_class in t.ner.get(label, ())
                if indefinite or place or t.person_class in classes or match_phrase(t.titles, words)[0]:
                    continue
            for cls in classes:
                mention.add(cls, self.head_noun_weight / len(classes))
            if n:
                handles.append(noun.i)
            if match_phrase(t.titles, words)[0] and t.person_class:
                mention.add(t.person_class, self.title_weight)
        return handles

    def __call__(self, doc: Doc) -> Doc:
        t = _tables(self)
        mentions: list[Mention] = []
        spans: list[Span] = []
        handles: dict[int, int] = {}
        sents, sent_of_token = _sentences(doc)
        seen: set[tuple[int, int]] = set()
        for span, label in self._candidate_spans(doc):
            key = (span.start, span.end)
            text = span.text.strip()
            if key in seen or text.casefold() in t.non_entities or not any(ch.isalpha() for ch in text):
                continue
            if span[0].is_lower and span.root.pos_ != "PROPN":
                continue
            seen.add(key)
            m = Mention(id=len(mentions), text=text, start=span.start_char, end=span.end_char,
                        sentence=sent_of_token[span.start], ner_label=label)
            known = self.known.get(text)
            if known is not None:
                m.canonical = known.name
                m.add(known.cls, self.gazetteer_weight)
            for h in self._score(m, span, label):
                handles.setdefault(h, m.id)
            mentions.append(m)
            spans.append(span)
        doc._.kg = {"mentions": mentions, "spans": spans, "handles": handles, "relations": [], "investments": [],
                    "sentences": sents, "sent_of_token": sent_of_token}
        return doc


@Language.factory(
    "kg_mentions",
    default_config={"ner_weight": 1.0, "suffix_weight": 5.0, "head_noun_weight": 10.0, "title_weight": 10.0,
                    "gazetteer_weight": 100.0},
)
def make_mention_finder(nlp: Language, name: str, ner_weight: float, suffix_weight: float, head_noun_weight: float,
                        title_weight: float, gazetteer_weight: float) -> MentionFinder:
    return MentionFinder(nlp, name, ner_weight, suffix_weight, head_noun_weight, title_weight, gazetteer_weight)


# ---------------------------------------------------------------------------------------------
# kg_relations
# ---------------------------------------------------------------------------------------------

class RelationFinder:
    """Reads relation candidates and investments off the dependency parse."""

    def __init__(self, nlp: Language, name: str, antecedent_window: int):
        self.name = name
        self.antecedent_window = antecedent_window
        self.tables: CueTables | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, schema: Schema | None = None) -> None:
        if schema is None:
            raise KGError("kg_relations.initialize needs schema=... (kg.ontology.load_schema())")
        self.tables = compile_cues(schema)

    def __call__(self, doc: Doc) -> Doc:
        state = doc._.kg
        if state is None:
            raise KGError("kg_relations must come after kg_mentions in the pipeline")
        _DocReader(doc, _tables(self), self.antecedent_window).run()
        return doc


@Language.factory("kg_relations", default_config={"antecedent_window": 3})
def make_relation_finder(nlp: Language, name: str, antecedent_window: int) -> RelationFinder:
    return RelationFinder(nlp, name, antecedent_window)


class _DocReader:
    """The relation rules, applied to one parsed document."""

    def __init__(self, doc: Doc, tables: CueTables, window: int):
        self.doc = doc
        self.t = tables
        self.window = window
        state = doc._.kg
        self.mentions: list[Mention] = state["mentions"]
        self.spans: list[Span] = state["spans"]
        self.relations: list[RelationCandidate] = state["relations"]
        self.investments: list[InvestmentCandidate] = state["investments"]
        self.by_token: dict[int, int] = {}
        for m, span in zip(self.mentions, self.spans):
            for i in range(span.start, span.end):
                self.by_token[i] = m.id
        for tok_i, m_id in state["handles"].items():
            self.by_token.setdefault(tok_i, m_id)
        self.sents: list[Span] = state["sentences"]
        self.sent_of_token: list[int] = state["sent_of_token"]
        self._seen: set[tuple[int, int, tuple[Cue, ...], int]] = set()
        self._sentence_text: dict[int, tuple[str, int]] = {}  # sentence index -> (stripped text, start char)

    # -- helpers -----------------------------------------------------------------------------
    def sentence_index(self, tok: Token) -> int:
        return self.sent_of_token[tok.i]

    def sentence(self, tok: Token) -> Span:
        return self.sents[self.sent_of_token[tok.i]]

    def evidence(self, tok: Token, rule: str) -> Evidence:
        n = self.sent_of_token[tok.i]
        if n not in self._sentence_text:
            sent = self.sents[n]
            text = sent.text
            lead = len(text) - len(text.lstrip())
            self._sentence_text[n] = (text.strip(), sent.start_char + lead)
        text, start = self._sentence_text[n]
        return Evidence(doc_id="", sentence=text, start=start, end=start + len(text), rule=rule, confidence=CONFIDENCE[rule])

    def add(self, subj: int | None, obj: int | None, cues: Iterable[Cue], tok: Token, rule: str) -> None:
        cues = tuple(cues)
        if subj is None or obj is None or subj == obj or not cues:
            return
        key = (subj, obj, cues, self.sentence_index(tok))
        if key in self._seen:
            return
        self._seen.add(key)
        self.relations.append(RelationCandidate(subj, obj, tuple((c.prop, c.subject_class, c.object_class) for c in cues), self.evidence(tok, rule)))

    def leading(self, m_id: int) -> str | None:
        scores = self.mentions[m_id].scores
        return max(scores, key=scores.get) if scores else None

    def is_person(self, m_id: int) -> bool:
        scores = self.mentions[m_id].scores
        return bool(scores) and max(scores, key=scores.get) == self.t.person_class

    def is_orgish(self, m_id: int) -> bool:
        scores = self.mentions[m_id].scores
        return not scores or max(scores, key=scores.get) != self.t.person_class

    def antecedent(self, tok: Token, person: bool) -> int | None:
        """The mention a pronoun or definite description most likely refers to: the nearest subject before it."""
        s_idx = self.sentence_index(tok)
        accept = self.is_person if person else self.is_orgish
        for n in range(s_idx, max(-1, s_idx - self.window - 1), -1):
            sent = self.sents[n]
            candidates = []
            for m_id in sorted({self.by_token[i] for i in range(sent.start, sent.end) if i in self.by_token}):
                span = self.spans[m_id]
                if n == s_idx and span.start >= tok.i:
                    continue
                if not accept(m_id):
                    continue
                subjectish = span.root.dep_ in SUBJECT_DEPS or span.root.head.dep_ in SUBJECT_DEPS and span.root.dep_ in {"compound", "poss"}
                candidates.append((subjectish, span.start, m_id))
            if candidates:
                subjects = [c for c in candidates if c[0]]
                return max(subjects or candidates, key=lambda c: c[1])[2]
        return None

    def mention_of(self, tok: Token | None) -> int | None:
        """The mention a token stands for: inside a name, a cue noun of one, a pronoun or 'the company'."""
        if tok is None:
            return None
        if tok.i in self.by_token:
            return self.by_token[tok.i]
        low = tok.lower_
        if tok.pos_ == "PRON":
            if low in ORG_PRONOUNS:
                return self.antecedent(tok, person=False)
            if low in PERSON_PRONOUNS:
                return self.antecedent(tok, person=True)
            return None
        if tok.pos_ == "NOUN":
            # 'David Cicippio , an electronics technician from North Wales': the noun stands for the name
            if tok.dep_ == "appos" and tok.head.i in self.by_token:
                return self.by_token[tok.head.i]
            named = [c.i for c in tok.children if c.dep_ == "appos" and c.i in self.by_token]
            if named:
                return self.by_token[named[0]]
            # 'Booth was an actor who killed Lincoln': the predicate noun stands for the subject's name
            if tok.dep_ == "attr" and tok.head.lemma_ in COPULAS:
                named = [c.i for c in tok.head.children if c.dep_ in SUBJECT_DEPS and c.i in self.by_token]
                if named:
                    return self.by_token[named[0]]
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
            _, classes = match_phrase(self.t.head_nouns, [tok.lemma_.lower()])
            if self.t.organization_class in classes:
                return self.antecedent(tok, person=False)
        return None

    @staticmethod
    def with_conjuncts(tok: Token) -> list[Token]:
        out = [tok]
        out.extend(c for c in tok.conjuncts if c.i > tok.i)
        return out

    def subjects_of(self, verb: Token) -> list[Token]:
        """Grammatical subjects, inherited through xcomp/conj/advcl chains; for a participle, the noun it modifies."""
        v = verb
        for _ in range(4):
            subs = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
            if subs and v.dep_ == "relcl" and all(c.tag_ in RELATIVE_TAGS for c in subs):
                return [v.head]  # 'Mary, who lives in Rock Hill': the relative pronoun stands for the noun
            if subs:
                return [s for sub in subs for s in self.with_conjuncts(sub)]
            if v.dep_ in {"acl", "relcl"} or (v.dep_ == "amod" and v.tag_ == "VBN"):
                return [v.head]
            if v.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and v.head.pos_ in {"VERB", "AUX"}:
                v = v.head
                continue
            # 'X was charged with killing Y', 'X hoped to save the South by killing Y'; but in 'they
            # accused X of killing Y' the doer is the object
            if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in {"VERB", "AUX"}:
                by = v.head.lower_ == "by"
                v = v.head.head
                objects = [] if by else [c for c in v.children if c.dep_ == "dobj"]
                if objects:
                    return [s for o in objects for s in self.with_conjuncts(o)]
                continue
            break
        return []

    @staticmethod
    def is_passive(verb: Token) -> bool:
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            return True
        return verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod", "relcl"} and not any(c.dep_ == "dobj" for c in verb.children)

    # -- rules -------------------------------------------------------------------------------
    def run(self) -> None:
        for tok in self.doc:
            if tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in self.t.verbs:
                self.verb_rule(tok)
            if tok.pos_ in {"NOUN", "PROPN"}:
                words = _cue_words(tok) if tok.pos_ == "NOUN" else [tok.lower_]
                n, props = match_phrase(self.t.titles, words)
                if not n and tok.pos_ == "PROPN" and tok.text in {"CEO", "CFO", "CTO", "COO"}:
                    n, props = match_phrase(self.t.titles, [tok.text.lower()])
                if n:
                    self.role_rule(tok, props + [c.prop for c in self.t.role], holder_is_subject=True, rule="title")
                elif self.t.role and match_phrase(self.t.head_nouns, words)[0]:
                    # 'X, a Hong Kong construction firm': where X is
                    self.role_rule(tok, [c.prop for c in self.t.role], holder_is_subject=True, rule="head-noun")
                n, props = match_phrase(self.t.nouns, words)
                if n:
                    self.role_rule(tok, props, holder_is_subject=False, rule="relational-noun")
                n, props = match_phrase(self.t.events, words)
                if n:
                    self.event_rule(tok, props)
            if tok.dep_ == "poss":
                self.possessive_rule(tok)
            if tok.dep_ == "prep" and (tok.lower_ in self.t.prepositions or tok.lower_ in self.t.adjacent):
                self.preposition_rule(tok)
            if tok.lower_ in self.t.hyphen:
                self.hyphen_rule(tok)
            if tok.lemma_.lower() == "invest" or (tok.lemma_.lower() == "investment" and tok.pos_ == "NOUN"):
                self.investment_rule(tok)
        self.apposition_rule()
        self.credit_rule()

    def verb_rule(self, verb: Token) -> None:
        passive = self.is_passive(verb)
        child_texts = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "prep"}}
        for cue in self.t.verbs[verb.lemma_.lower()]:
            if any(p not in child_texts for p in cue.particles):
                continue
            subjects = self.subjects_of(verb)
            if cue.preposition:
                preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == cue.preposition]
                objects = [o for p in preps for c in p.children if c.dep_ == "pobj" for o in self.with_conjuncts(c)]
                for s in subjects:
                    for o in objects:
                        self.add(self.mention_of(s), self.mention_of(o), [Cue(cue.prop)], verb, "verb-passive" if passive else "verb")
                continue
            if passive:
                agents = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
                agents = [x for a in agents for x in self.with_conjuncts(a)]
                for a in agents:
                    for o in subjects:
                        self.add(self.mention_of(a), self.mention_of(o), [Cue(cue.prop)], verb, "verb-passive")
            else:
                objects = [x for c in verb.children if c.dep_ in {"dobj", "attr"} for x in self.with_conjuncts(c)]
                for s in subjects:
                    for o in objects:
                        self.add(self.mention_of(s), self.mention_of(o), [Cue(cue.prop)], verb, "verb")

    def role_rule(self, noun: Token, props: list[str], holder_is_subject: bool, rule: str) -> None:
        """'X, Y's CEO' / 'Y CEO X' / 'X is CEO of Y' / 'X, a subsidiary of Y'."""
        holders: list[Token] = []
        if noun.dep_ in {"appos", "compound"}:
            holders.append(noun.head)
        holders.extend(c for c in noun.children if c.dep_ == "appos")
        if noun.dep_ in {"attr", "oprd"} and noun.head.lemma_ in COPULAS:
            holders.extend(c for c in noun.head.children if c.dep_ in SUBJECT_DEPS)
        others: list[Token] = []
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in {"compound", "nmod"} and c.i in self.by_token):
                others.append(c)
            elif c.dep_ in {"compound", "nmod"}:
                # 'a Burlington operations manager'
                others.extend(cc for cc in c.children if cc.dep_ in {"compound", "nmod"} and cc.i in self.by_token)
            if c.dep_ == "prep" and c.lower_ in {"of", "at", "for", "with"}:
                others.extend(p for p in c.children if p.dep_ == "pobj")
        if noun.dep_ == "compound":
            others.extend(c for c in noun.head.children if c.dep_ in {"compound", "poss"} and c.i < noun.i and c.i in self.by_token)
        cues = [Cue(p) for p in props]
        for h in holders:
            for o in others:
                hm, om = self.mention_of(h), self.mention_of(o)
                if om is None:
                    om = self.named_or_owner(o)
                if holder_is_subject:
                    self.add(hm, om, cues, noun, rule)
                else:
                    self.add(om, hm, cues, noun, rule)

    def event_rule(self, noun: Token, props: list[str]) -> None:
        """'X's acquisition of Y', 'the acquisition of Y by X', 'Y's assassination by X': property(X, Y)."""
        def objects(*preps: str) -> list[Token]:
            return [o for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ in preps
                    for p in c.children if p.dep_ == "pobj" for o in self.with_conjuncts(p)]
        of, by = objects("of"), objects("by")
        owners = [c for c in noun.children if c.dep_ == "poss"]
        doers, done = (by or owners, of) if of else (by, owners)
        cues = [Cue(p) for p in props]
        for d in doers:
            for o in done:
                self.add(self.mention_of(d), self.mention_of(o), cues, noun, "event-noun")

    def possessive_rule(self, poss: Token) -> None:
        owner = self.mention_of(poss)
        owned = self.mention_of(poss.head) if poss.head.i > poss.i else None
        j = poss.i + 1
        while owned is None and j < min(poss.i + 7, len(self.doc)):
            tok = self.doc[j]
            if tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON"} or (tok.is_punct and tok.text not in {"-", "–"}):
                break
            owned = self.by_token.get(j)
            j += 1
        if owner is None or owned is None:
            return
        self.add(owner, owned, self.t.possessive, poss, "possessive")
        self.add(owned, owner, self.t.possessive_object, poss, "possessive")

    def preposition_rule(self, prep: Token) -> None:
        """'X Park in Y', 'Z of Y'; and, for adjacency cues, 'Bedford in southern Indiana' however it is parsed."""
        left = self.mention_of(prep.head) if prep.head.pos_ in {"NOUN", "PROPN"} else None
        cues = self.t.prepositions.get(prep.lower_, [])
        if left is None and prep.lower_ in self.t.adjacent:
            left, cues = self.by_token.get(prep.i - 1), self.t.adjacent[prep.lower_]
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for o in self.with_conjuncts(pobj):
                self.add(left, self.named_or_owner(o), cues, prep, "preposition")

    def named_or_owner(self, tok: Token) -> int | None:
        """The name a noun is part of, or else the name owning it ('with the USDA 's research service')."""
        if tok.i in self.by_token:
            return self.by_token[tok.i]
        owners = [c.i for c in tok.children if c.dep_ == "poss" and c.i in self.by_token]
        return self.by_token[owners[0]] if owners else None

    def hyphen_rule(self, tok: Token) -> None:
        """'Hangzhou-based Alibaba': property(Alibaba, Hangzhou)."""
        if tok.i < 2 or self.doc[tok.i - 1].text not in {"-", "–"}:
            return
        place = self.mention_of(self.doc[tok.i - 2])
        self.add(self.mention_of(tok.head), place, self.t.hyphen[tok.lower_], tok, "hyphen")

    def apposition_rule(self) -> None:
        """'Hangzhou, east China's Zhejiang Province': two names side by side, not in a list."""
        for m, span in zip(self.mentions, self.spans):
            nxt = span.end
            if nxt + 1 >= len(self.doc) or self.doc[nxt].text != ",":
                continue
            after = self.doc[nxt + 1]
            # the name whose noun phrase starts right after the comma ('east China's Zhejiang Province')
            other, best = None, -1
            for j in range(nxt + 1, min(nxt + 14, len(self.doc))):
                cand = self.by_token.get(j)
                if cand is None:
                    continue
                tok = self.doc[j]
                if tok.left_edge.i <= after.i <= tok.right_edge.i or j == after.i:
                    size = tok.right_edge.i - tok.left_edge.i
                    if size > best:
                        other, best = cand, size
            if other is None or other == m.id:
                continue
            # a list ("A, B and C") is not an apposition
            tail = self.doc[self.spans[other].end:self.spans[other].end + 2]
            if any(t.dep_ == "cc" or t.lower_ in {"and", "or"} for t in tail) or (tail and tail[0].text == "," and self.doc[span.start - 1:span.start].text == ","):
                continue
            self.add(m.id, other, self.t.apposition, span.root, "apposition")
            # 'MILLINOCKET , Maine ( AP )': a name with no cue of its own, beside a bare member of the
            # range, is of the domain
            other_span = self.spans[other]
            after_other = self.doc[other_span.end] if other_span.end < len(self.doc) else None
            if other_span.start != after.i or not (after_other is None or after_other.is_punct or after_other.is_sent_start):
                continue
            for cue in self.t.apposition:
                if cue.subject_class and self.leading(other) == cue.object_class:
                    if not m.strong:
                        m.add(cue.subject_class, APPOSITION_WEIGHT, strong=False)
                    if self.leading(m.id) == cue.subject_class:
                        # 'Kinderhook , N.Y.' is also a name of Kinderhook
                        m.forms.append(self.doc[span.start:other_span.end].text)

    def credit_rule(self) -> None:
        """A photo credit '(Agency/Photographer)': the photographer works for the agency."""
        for tok in self.doc:
            if tok.text != "/" or tok.i == 0 or tok.i + 1 >= len(self.doc):
                continue
            a, b = self.by_token.get(tok.i - 1), self.by_token.get(tok.i + 1)
            if a is None or b is None:
                continue
            sa, sb = self.spans[a], self.spans[b]
            if sa.start == 0 or sb.end >= len(self.doc):
                continue
            if self.doc[sa.start - 1].text != "(" or self.doc[sb.end].text != ")":
                continue
            if self.t.organization_class:
                self.mentions[a].add(self.t.organization_class, 5.0)
            if self.t.person_class and 2 <= len(sb) <= 3:
                self.mentions[b].add(self.t.person_class, 5.0)
                self.add(b, a, self.t.credit, tok, "photo-credit")

    def money_text(self, ent: Span) -> str:
        """A MONEY entity's text, with the currency noun the NER left out ('2.5 billion' + 'euros')."""
        head = ent.root.head
        if head.i == ent.end and head.pos_ == "NOUN":
            return self.doc[ent.start:head.i + 1].text
        return ent.text

    def investment_rule(self, tok: Token) -> None:
        money_ents = [e for e in self.sentence(tok).ents if e.label_ == "MONEY"]
        if not money_ents:
            return
        if tok.pos_ in {"VERB", "AUX"}:
            investors = [self.mention_of(s) for s in self.subjects_of(tok)]
            scope = set(c.i for c in tok.subtree)
        else:
            investors = [self.mention_of(c) for c in tok.children if c.dep_ == "poss"]
            investors += [self.mention_of(p) for c in tok.children if c.dep_ == "agent" or c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
            scope = set(c.i for c in tok.subtree) | {c.i for c in tok.head.subtree if tok.dep_ in {"dobj", "nsubj", "attr"}}
        investors = [i for i in investors if i is not None]
        amounts = [e for e in money_ents if e.root.i in scope or e.root.head.i == tok.i]
        if not investors or not amounts:
            return
        main = parse_money(self.money_text(amounts[0]))
        if main is None:
            return
        equivalent = None
        first_end = amounts[0].end + (1 if self.money_text(amounts[0]) != amounts[0].text else 0)
        for e in amounts[1:]:
            if e.start >= first_end and self.doc[first_end:e.start].text.strip() in {"(", ",", "or", ", or"}:
                equivalent = parse_money(self.money_text(e))
        if equivalent is not None:
            main = Money(main.value, main.currency, main.text, main.qualifier, equivalent)
        target_text, target = "", None
        dates = [e for e in self.sentence(tok).ents if e.label_ == "DATE"]
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"in", "into"}):
            objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if not objs:
                continue
            words = [w for w in objs[0].subtree if not any(d.start <= w.i < d.end for d in dates)]
            while words and (words[-1].dep_ == "prep" or words[-1].is_punct):
                words.pop()
            if words and words[0].tag_ == "VBG":
                words = words[1:]
            target_text = self.doc[words[0].i:words[-1].i + 1].text if words else ""
            target = self.mention_of(objs[0]) if objs[0].i in self.by_token else None
            break
        period = ""
        for d in dates:
            if d.root.i in scope or any(d.start <= w.i < d.end for w in tok.subtree):
                period = d.text
                break
        for inv in dict.fromkeys(investors):
            self.investments.append(InvestmentCandidate(inv, main, self.evidence(tok, "investment"), target_text, target, period))
