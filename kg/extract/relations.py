"""The spaCy component ``kg_relations``: relation candidates between mentions, and investments.

Reads the dependency parse (verbs, titles, possessives, prepositions, appositions, hyphenated participles,
relational and event nouns, photo credits) with the ontology's cue tables, given at
``initialize(schema=...)``, and appends plain records (:mod:`kg.extract.model`) to ``doc._.kg``, after
``kg_mentions`` has found the mentions.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import KGError
from ..schema import Schema
from .business import ENDED, business_rules, ended, topic_if_alone, topic_organization
from .cues import Cue, CueTables, compile_cues, match_phrase
from .mentions import COPULAS, DEFINITE, SUBJECT_DEPS, cue_words, tables_of
from .model import Evidence, InvestmentCandidate, Mention, Money, RelationCandidate
from .money import parse_money

ORG_PRONOUNS = {"it", "its", "they", "their", "them", "itself"}
PERSON_PRONOUNS = {"he", "his", "him", "she", "her", "himself", "herself"}
RELATIVE_TAGS = {"WP", "WDT"}  # who, which, that
#: Nouns of an agreement whose infinitive's doer is who has it: 'Vexa struck a deal to buy Kessler' (not an
#: offer, a bid or a plan, which may come to nothing).
INTENT_NOUNS = {"deal", "agreement", "pact", "contract"}
#: Verbs whose subject has the intention: 'struck a deal', 'made an offer' (not 'rejected', 'blocked').
INTENT_VERBS = {"strike", "make", "sign", "reach", "announce", "have", "launch", "submit", "secure", "seal",
                "clinch", "finalize", "finalise", "enter", "unveil", "win", "get", "receive", "obtain"}
# Prepositions by which a verb takes the act its subject did: 'convicted of', 'sentenced for', 'pleaded
# guilty to', 'charged with', 'arrested in the killing of'
ACT_PREPOSITIONS = {"of", "for", "to", "in", "with"}
NOMINAL_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass"}

# Class evidence a name gets from an apposition to a member of the apposition property's range
# (more than an NER label, less than a cue word).
APPOSITION_WEIGHT = 2.0
# Class evidence a name with no other gets from the domain or range of the relation it is read in.
SIGNATURE_WEIGHT = 0.5
# The rules whose reading is sure enough to type a name by it.
TYPING_RULES = {"verb", "verb-passive", "event-noun", "title"}
# Class evidence an age in apposition ('Vasquez, 44,') gives a name the NER took for a person or left
# unlabelled: a person, unless a cue word says otherwise.
AGE_WEIGHT = 3.0

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
    "title-chain": 0.85,
    "title-topic": 0.6,
    "title-list": 0.75,
    "as-title": 0.8,
    "appointment": 0.8,
    "stake": 0.8,
    "funding-round": 0.75,
    "sale": 0.8,
    "completed-deal": 0.8,
}


#: Base forms the lemmatizer takes for the past of another verb: 'to found a company' is not 'to find' one.
BASE_FORMS = {"found"}


def verb_lemma(tok: Token) -> str:
    """A verb's lemma, but a base form that is also another verb's past tense stays itself ('went on to
    found Vexa', 'they found companies')."""
    if tok.lower_ in BASE_FORMS and (tok.tag_ in {"VB", "VBP"} or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        return tok.lower_
    return tok.lemma_.lower()


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
        _DocReader(doc, tables_of(self), self.antecedent_window).run()
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
        self.sents: list[Span] = state["sentences"]
        self.sent_of_token: list[int] = state["sent_of_token"]
        self._seen: set[tuple[int, int, tuple[Cue, ...], int]] = set()
        #: the organization the document is about (business.topic_organization); False until asked
        self.topic: int | None | bool = False
        self._sentence_text: dict[int, tuple[str, int]] = {}  # sentence index -> (stripped text, start char)
        self._list_ends: dict[int, bool] = {}  # comma token -> whether the list it continues ends in 'and'/'or'

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
        if subj is None or obj is None or subj == obj or not cues or ended(tok) \
                or (tok.dep_ == "prep" and tok.head.pos_ == "NOUN" and ended(tok.head)):
            return  # (a preposition's noun says it ended: 'was chief executive of Vexa until 2019')
        key = (subj, obj, cues, self.sentence_index(tok))
        if key in self._seen:
            return
        self._seen.add(key)
        if rule in TYPING_RULES:
            self.type_from_signature(subj, obj, cues)
        self.relations.append(RelationCandidate(subj, obj, tuple((c.prop, c.subject_class, c.object_class) for c in cues), self.evidence(tok, rule)))

    def is_title(self, tok: Token) -> bool:
        return bool(match_phrase(self.t.titles, [tok.lower_])[0])

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

    def leading(self, m_id: int) -> str | None:
        scores = self.mentions[m_id].scores
        return max(scores, key=scores.get) if scores else None

    def is_person(self, m_id: int) -> bool:
        scores = self.mentions[m_id].scores
        return bool(scores) and max(scores, key=scores.get) == self.t.person_class

    def is_orgish(self, m_id: int) -> bool:
        scores = self.mentions[m_id].scores
        return not scores or max(scores, key=scores.get) != self.t.person_class

    def antecedent(self, tok: Token, person: bool, exclude: int | None = None) -> int | None:
        """The mention a pronoun or definite description most likely refers to: the nearest subject before it
        (other than ``exclude``: the subject of the pronoun's own clause, which 'him' cannot be)."""
        s_idx = self.sentence_index(tok)
        accept = self.is_person if person else self.is_orgish
        fallback: list[tuple[bool, bool, int, int]] = []
        for n in range(s_idx, max(-1, s_idx - self.window - 1), -1):
            sent = self.sents[n]
            candidates = []
            for m_id in sorted({self.by_token[i] for i in range(sent.start, sent.end) if i in self.by_token}):
                span = self.spans[m_id]
                if n == s_idx and span.start >= tok.i:
                    continue
                if not accept(m_id) or m_id == exclude:
                    continue
                if self.in_credit(span):
                    continue  # '(Reuters)', a dateline's credit, is nobody's antecedent
                subjectish = span.root.dep_ in SUBJECT_DEPS or span.root.head.dep_ in SUBJECT_DEPS and span.root.dep_ in {"compound", "poss"}
                # the subject of a sentence's main clause before that of a clause inside it
                main = subjectish and (span.root.head if span.root.dep_ in SUBJECT_DEPS else span.root.head.head).dep_ == "ROOT"
                candidates.append((subjectish, main, span.start, m_id))
            subjects = [c for c in candidates if c[0]]
            if subjects:
                mains = [c for c in subjects if c[1]] if n != s_idx else []
                return max(mains or subjects, key=lambda c: c[2])[3]
            fallback = fallback or candidates
        # no subject in reach: the nearest name before the pronoun ('Its investors include A and B. Its ...')
        return max(fallback, key=lambda c: c[2])[3] if fallback else None

    def in_credit(self, span: Span) -> bool:
        """Whether a name stands alone in parentheses: a dateline's or a photo's credit ('(Reuters)')."""
        doc = self.doc
        return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text in {")", "/"}

    def mention_of(self, tok: Token | None, exclude: int | None = None) -> int | None:
        """The mention a token stands for: inside a name, a cue noun of one, a pronoun or 'the company'."""
        if tok is None:
            return None
        if tok.i in self.by_token:
            return self.by_token[tok.i]
        low = tok.lower_
        if tok.dep_ == "appos" and tok.head.i in self.by_token and not tok.is_punct:
            # 'Vexa, the London-based start-up': the noun stands for the name (whatever the parser
            # made of a hyphenated noun's last piece)
            return self.by_token[tok.head.i]
        if tok.pos_ == "PRON":
            if tok.tag_ in RELATIVE_TAGS and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"} \
                    and tok.head.dep_ == "relcl" and tok.head.head.i in self.by_token:
                # 'Kessler Group, which Vexa bought in 2008', 'Tom Brandt, who remains chief executive': the
                # relative pronoun stands for the name
                return self.by_token[tok.head.head.i]
            if low in ORG_PRONOUNS:
                if all(t.is_punct for t in self.doc[self.sents[self.sentence_index(tok)].start:tok.i]):
                    # 'It also owns ...', 'Its investors include ...' opening a sentence: as 'the company'
                    return self.definite_antecedent(tok)
                return self.antecedent(tok, person=False, exclude=exclude)
            if low in PERSON_PRONOUNS:
                return self.antecedent(tok, person=True, exclude=exclude)
            return None
        if tok.pos_ in {"NOUN", "PROPN"}:
            # 'David Cicippio , an electronics technician from North Wales': the noun stands for the name
            # (a capitalised title outside a name, too: 'the 18th President of the United States, Ulysses S. Grant,')
            if tok.dep_ == "appos" and tok.head.i in self.by_token:
                return self.by_token[tok.head.i]
            named = [c.i for c in self.appositions(tok) if c.i in self.by_token]
            if named:
                return self.by_token[named[0]]
            # 'Booth was an actor who killed Lincoln': the predicate noun stands for the subject's name
            if tok.dep_ == "attr" and tok.head.lemma_ in COPULAS:
                named = [c.i for c in tok.head.children if c.dep_ in SUBJECT_DEPS and c.i in self.by_token]
                if named:
                    return self.by_token[named[0]]
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
            _, classes = match_phrase(self.t.head_nouns, [tok.lemma_.lower()])
            if self.t.place_class in classes and (named_of := self.place_of(tok)) is not None:
                return named_of
            if self.t.organization_class in classes:
                return self.definite_antecedent(tok)
        return None

    def definite_antecedent(self, noun: Token) -> int | None:
        """'the company', 'the group' (and 'it', 'its' opening a sentence): the organization the article is
        about, when it has one named in the last few sentences (news calls it so all along, whatever other
        company came between), else the nearest subject."""
        topic = topic_organization(self)
        if topic is not None:
            n = self.sentence_index(noun)
            name = self.mentions[topic].text
            if any(m.text == name and n - self.window <= m.sentence <= n and self.spans[m.id].start < noun.i
                   for m in self.mentions):
                return topic
        return self.antecedent(noun, person=False)

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
        """A noun's appositions; for 'the president of the United States, Calvin Coolidge,' also the person
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
        return [x for a in noun.children if a.dep_ == "appos" and a.i in self.by_token for x in self.with_conjuncts(a)]

    def listed(self, noun: Token) -> list[Token]:
        """The names a common noun is said to include: 'brands including A, B and C', 'units such as A'."""
        if noun.pos_ != "NOUN" or noun.i in self.in_names:
            return []
        out = []
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            if prep.lower_ == "including" or (prep.lower_ == "as" and prep.i > 0 and self.doc[prep.i - 1].lower_ == "such"):
                out += [x for p in prep.children if p.dep_ == "pobj" for x in self.with_conjuncts(p)]
        return out

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
            if not subs:  # (the parser sometimes hangs the subject on the auxiliary: 'X was co-founded')
                subs = [c for a in v.children if a.dep_ in {"aux", "auxpass"} for c in a.children if c.dep_ in SUBJECT_DEPS]
            if subs and v.dep_ == "relcl" and all(c.tag_ in RELATIVE_TAGS for c in subs):
                # 'Mary, who lives in Rock Hill': the relative pronoun stands for the noun; 'X fired the
                # shots that killed Y': a thing that did it was the object of what its user did
                if v.head.dep_ == "dobj" and v.head.pos_ == "NOUN" and self.is_instrument(v.head):
                    return self.subjects_of(v.head.head)
                return [v.head]
            if subs:
                return [s for sub in subs for s in self.with_conjuncts(sub)]
            if v.dep_ in {"acl", "relcl"} and v.tag_ == "VB" and v.head.lemma_ in INTENT_NOUNS \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                # 'Vexa struck a deal to buy Kessler', 'its deal to buy Kessler': who buys is whose the deal
                # is, or who struck it; not 'a deal by Morrow to buy Kessler'
                noun = v.head
                owners = [c for c in noun.children if c.dep_ == "poss"] + [
                    o for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                    for o in c.children if o.dep_ == "pobj"]
                if owners:
                    return owners
                if noun.head.pos_ != "VERB" or noun.dep_ != "dobj" or noun.head.lemma_ not in INTENT_VERBS:
                    return []  # (not 'Vexa rejected the deal to buy Kessler')
                v = noun.head
                continue
            if v.dep_ in {"acl", "relcl"} or (v.dep_ == "amod" and v.tag_ == "VBN"):
                return [v.head]
            if (v.dep_ in {"xcomp", "conj", "advcl", "ccomp"} or (v.dep_ == "acomp" and v.tag_ == "VBN")) \
                    and v.head.pos_ in {"VERB", "AUX"}:  # (acomp: 'which is majority-owned by')
                v = v.head
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
        """The verb a preposition belongs to: its head, or the verb of the adjective it follows ('pleaded guilty to')."""
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
        return verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod", "relcl"} and not any(c.dep_ == "dobj" for c in verb.children)

    # -- rules -------------------------------------------------------------------------------
    def run(self) -> None:
        self.age_rule()
        for tok in self.doc:
            if tok.pos_ in {"VERB", "AUX"} and verb_lemma(tok) in self.t.verbs:
                self.verb_rule(tok)
            if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in NOMINAL_DEPS \
                    and any(c.dep_ in {"det", "poss", "compound"} for c in tok.children):
                # 'in the Kennedy slaying', tagged as a verb: a noun all the same
                n, props = match_phrase(self.t.events, [tok.lower_])
                if n:
                    self.event_rule(tok, props)
            if tok.pos_ in {"NOUN", "PROPN"} or tok.pos_ == "ADJ" and tok.dep_ in {"appos", "compound", "attr", "nsubj"}:
                # ('a Fargo native' is often tagged as an adjective)
                words = cue_words(tok) if tok.pos_ == "NOUN" else [tok.lower_]
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
        self.titled_names()
        business_rules(self)

    def verb_rule(self, verb: Token) -> None:
        passive = self.is_passive(verb)
        child_texts = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "prep"}}
        for cue in self.t.verbs[verb_lemma(verb)]:
            if any(p not in child_texts for p in cue.particles):
                continue
            subjects = self.subjects_of(verb)
            if cue.preposition:
                preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == cue.preposition]
                # 'hired engineers from Brightline': the preposition after an object that names nothing
                preps += [c for d in verb.children if d.dep_ == "dobj" and d.i not in self.by_token
                          for c in d.children if c.dep_ == "prep" and c.lower_ == cue.preposition]
                objects = [o for p in preps for c in p.children if c.dep_ == "pobj" for o in self.with_conjuncts(c)]
                for s in subjects:
                    for o in objects:
                        self.add(self.mention_of(s), self.mention_of(o), [Cue(cue.prop)], verb, "verb-passive" if passive else "verb")
                continue
            if passive:
                agents = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
                agents = [x for a in agents for x in self.with_conjuncts(a) + self.named_list(a)]
                for a in agents:
                    for o in subjects:
                        self.add(self.mention_of(a), self.mention_of(o), [Cue(cue.prop)], verb, "verb-passive")
            else:
                objects = [x for c in verb.children if c.dep_ in {"dobj", "attr"} for x in self.with_conjuncts(c)]
                objects += [x for o in objects for x in self.listed(o)]
                if not objects:
                    objects = self.shared_objects(verb)
                for s in subjects + self.partners(verb, subjects):
                    sm = self.mention_of(s)
                    for o in objects:
                        # 'Sirhan shot him': the object pronoun is not the clause's own subject
                        self.add(sm, self.mention_of(o, exclude=sm), [Cue(cue.prop)], verb, "verb")

    def partners(self, verb: Token, subjects: list[Token]) -> list[Token]:
        """Names the subject did it with: 'X founded Vexa with Y' (and 'together with', 'alongside'), when they
        are names of the subject's kind (people with a person, organizations with an organization)."""
        kinds = {self.leading(m) for s in subjects if (m := self.mention_of(s)) is not None}
        if len(kinds) != 1 or None in kinds:
            return []
        out = []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "alongside"}):
            for p in (c for c in prep.children if c.dep_ == "pobj"):
                for x in self.with_conjuncts(p):
                    if x.i in self.by_token and x.i in self.in_names and self.leading(self.by_token[x.i]) in kinds:
                        out.append(x)
        return out

    def shared_objects(self, verb: Token) -> list[Token]:
        """'X shot and killed Y': a bare verb right before 'and' shares the object of the verb after it. Not 'X
        started in a garage and later bought Y': a verb with a preposition, particle, adverb or clause of its
        own is complete; and only 'and' (with the second verb's own adverbs: 'shot and fatally wounded') may
        stand between the two."""
        if any(c.dep_ in {"prep", "prt", "advmod", "npadvmod", "agent", "dative", "ccomp", "xcomp"} for c in verb.children):
            return []
        nxt = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if nxt is None or nxt.lower_ != "and" or nxt.dep_ != "cc":
            return []
        second = next((c for c in verb.conjuncts if c.i > verb.i), None)
        if second is None or second.pos_ != "VERB" or any(d.dep_ in SUBJECT_DEPS for d in second.children):
            return []
        # ('shot and fatally wounded': only the second verb's own adverbs may come between)
        if any(self.doc[j].head.i != second.i or self.doc[j].dep_ != "advmod" for j in range(verb.i + 2, second.i)):
            return []
        return [x for o in second.children if o.dep_ == "dobj" for x in self.with_conjuncts(o)][:1]

    def role_rule(self, noun: Token, props: list[str], holder_is_subject: bool, rule: str) -> None:
        """'X, Y's CEO' / 'Y CEO X' / 'X is CEO of Y' / 'X, a subsidiary of Y'."""
        holders: list[Token] = []
        if noun.dep_ in {"appos", "compound"}:
            holders.append(noun.head)
        holders.extend(self.appositions(noun))
        holders.extend(self.predicate_holders(noun))
        if not holders:
            # 'Reyes , the Veltro Corp. attorney , said': an apposition the parser missed, read from the commas
            start = noun.left_edge.i
            end = noun.right_edge.i + 1
            if start >= 2 and self.doc[start - 1].text == "," and start - 2 in self.by_token \
                    and (end >= len(self.doc) or self.doc[end].is_punct):
                holders.append(self.doc[start - 2])
        others: list[Token] = []
        preps = [c for c in noun.children if c.dep_ == "prep"]
        if noun.dep_ in {"attr", "oprd"}:
            # 'X was acting comptroller at Y', the preposition attached to the verb
            preps.extend(c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i)
        for c in preps:
            if c.lower_ in {"of", "at", "for", "with"}:
                others.extend(x for p in c.children if p.dep_ == "pobj" for x in self.with_conjuncts(p))
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in {"compound", "nmod"} and c.i in self.by_token):
                others.append(c)
            elif c.dep_ in {"compound", "nmod"}:
                # 'a Burlington operations manager'
                others.extend(cc for cc in c.children if cc.dep_ in {"compound", "nmod"} and cc.i in self.by_token)
        if noun.dep_ == "compound":
            others.extend(c for c in noun.head.children if c.dep_ in {"compound", "poss"} and c.i < noun.i and c.i in self.by_token)
        cues = [Cue(p) for p in props]
        if holders and not others and rule == "title" and noun.dep_ in {"attr", "oprd", "appos"} and not ended(noun) \
                and all(self.is_person(m) for h in holders if (m := self.mention_of(h)) is not None):
            # 'Ana Ruiz is chief executive', 'Ana Ruiz, chairman, said': the company the article is about
            topic = topic_if_alone(self, noun)
            if topic is None:
                topic = self.organization_of_antecedent(holders)
            if topic is not None:
                for h in holders:
                    self.add(self.mention_of(h), topic, cues, noun, "title-topic")
            return
        role_props = {c.prop for c in self.t.role}
        own_cues = [c for c in cues if c.prop not in role_props]
        of_objects = {x.i for c in preps for p in c.children if p.dep_ == "pobj" for x in self.with_conjuncts(p)}
        holder_ids = [self.mention_of(h) for h in holders]
        if not holders and rule == "title" and noun.dep_ in SUBJECT_DEPS \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and own_cues \
                and all(self.t.signature.get(c.prop, (None, None))[0] == self.t.organization_class for c in own_cues):
            # 'The Denver-based maker of Tarvix and Omvela cut its forecast': the company the article is about
            holder_ids = [self.definite_antecedent(noun)]
        for hm in holder_ids:
            for o in others:
                om = self.mention_of(o)
                if om is None:
                    om = self.named_or_owner(o)
                if holder_is_subject and rule == "title" and o.i in of_objects and own_cues and hm is not None \
                        and not self.is_person(hm):
                    # 'Rockpine, maker of Grand Slam Racer': what an organization is the maker of is no place it
                    # is in, whatever the NER took the name for
                    self.add(hm, om, own_cues, noun, rule)
                elif holder_is_subject:
                    self.add(hm, om, cues, noun, rule)
                else:
                    self.add(om, hm, cues, noun, rule)

    def organization_of_antecedent(self, holders: list[Token]) -> int | None:
        """'Vexa was founded by Tom Brandt, who remains chairman': the organization that is the subject of the
        passive verb whose agent the relative clause is about."""
        for h in holders:
            if h.tag_ in RELATIVE_TAGS and h.head.dep_ == "relcl":
                person = h.head.head
            elif any(c.dep_ == "relcl" for c in h.children):
                person = h  # (the parser's subject of the clause is already the name)
            else:
                continue
            verb = person.head
            if person.dep_ != "pobj" or verb.dep_ != "agent":
                continue  # (not 'Vexa sued Ana Ruiz, who is chief executive': of what, the sentence does not say)
            others = self.subjects_of(verb.head)
            orgs = [m for o in others if (m := self.mention_of(o)) is not None and self.is_orgish(m)
                    and not self.is_person(m)]
            if len(orgs) == 1:
                return orgs[0]
        return None

    def predicate_holders(self, noun: Token) -> list[Token]:
        """Who a predicate noun is said of: 'X is CEO', 'X, who became chairman', 'X was named publisher',
        'they named X publisher', 'they elected X to be chairman'."""
        verb = noun.head
        if noun.dep_ == "oprd" and verb.lemma_ not in COPULAS:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if objects:
                return objects
            if self.is_passive(verb):
                subjects = [c for c in self.subjects_of(verb) if self.mention_of(c) is not None]
                if subjects:
                    return subjects  # 'X was named publisher'
            # 'Vexa named Dana Whitfield chairman of Korva', the name parsed as a compound of the noun: the
            # name, never the subject, who did the naming
            return [c for c in noun.children if c.dep_ in {"compound", "appos"} and c.i in self.by_token
                    and self.leading(self.by_token[c.i]) in {None, self.t.person_class}]
        if noun.dep_ not in {"attr", "oprd"} or verb.lemma_ not in COPULAS:
            return []
        if verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            objects = [c for c in verb.head.children if c.dep_ == "dobj"]
            if objects:
                return objects
        return self.subjects_of(verb)

    def event_rule(self, noun: Token, props: list[str]) -> None:
        """'X's acquisition of Y', 'the acquisition of Y by X', 'Y's assassination by X': property(X, Y)."""
        def objects(*preps: str) -> list[Token]:
            return [o for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ in preps
                    for p in c.children if p.dep_ == "pobj" for o in self.with_conjuncts(p)]
        of, by = objects("of"), objects("by")
        owners = [c for c in noun.children if c.dep_ == "poss"]
        # 'the Kennedy assassination': a name compounded with the act is who it was done to
        named = [c for c in noun.children if c.dep_ in {"compound", "nmod"} and c.i in self.by_token]
        doers, done = (by or owners, of) if of else (by, owners or named)
        if not doers and done:
            # 'X was convicted of Y's killing', 'X pleaded guilty to the assassination of Y'
            doers = self.doers_of_act(noun)
        cues = [Cue(p) for p in props]
        for d in doers:
            for o in done:
                self.add(self.mention_of(d), self.mention_of(o), cues, noun, "event-noun")

    def possessive_rule(self, poss: Token) -> None:
        if poss.head.pos_ == "NOUN" and match_phrase(self.t.titles, cue_words(poss.head))[0]:
            return  # 'X's parent company, Y', 'X's chief executive, Y': the title says how (role_rule)
        owner = self.mention_of(poss)
        owned = self.mention_of(poss.head) if poss.head.i > poss.i else None
        scanned = owned is None
        j = poss.i + 1
        while owned is None and j < min(poss.i + 7, len(self.doc)):
            tok = self.doc[j]
            if tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON"} or (tok.is_punct and tok.text not in {"-", "–"}):
                break
            owned = self.by_token.get(j)
            j += 1
        if owner is None or owned is None:
            return
        head, root = poss.head, self.spans[owned].root
        if scanned and head.pos_ == "NOUN" and root.dep_ == "compound" and root.head == head \
                and not any(match_phrase(table, cue_words(head))[0]
                            for table in (self.t.head_nouns, self.t.possessive_nouns, self.t.nouns)):
            return  # 'its New York Stock Exchange debut', 'Vexa's Oslo sales': the name only says of what
        if any(t.lower_ in ENDED for t in self.doc[poss.i + 1:self.spans[owned].start]):
            return  # 'Vexa's former chief executive Ana Ruiz'
        if poss.head.pos_ == "NOUN" and (found := match_phrase(self.t.possessive_nouns, cue_words(poss.head)))[0]:
            # 'its Nova chatbot', 'Vexa's Orion phone': the noun says how the thing is the owner's
            self.add(owner, owned, [Cue(p) for p in found[1]], poss, "possessive")
            return
        self.add(owner, owned, self.t.possessive, poss, "possessive")
        self.add(owned, owner, self.t.possessive_object, poss, "possessive")

    def preposition_rule(self, prep: Token) -> None:
        """'X Park in Y', 'Z of Y'; and, for adjacency cues, 'Bedford in southern Indiana' however it is parsed."""
        left = self.mention_of(prep.head) if prep.head.pos_ in {"NOUN", "PROPN"} else None
        cues = self.t.prepositions.get(prep.lower_, [])
        predicate = False
        if prep.head.lemma_ in COPULAS and prep.head.pos_ == "AUX" \
                and all(t.pos_ in {"ADV", "PART"} for t in self.doc[prep.head.i + 1:prep.i]):
            # 'Rome is in Lazio', 'Mara Olsen is from Springfield': what the copula's subject is. Only where
            # a place lies or where a person comes from: 'the president was in Paris', 'Vexa is in Las
            # Vegas this week' tell where someone was, not where they live or are based.
            subjects = self.subjects_of(prep.head)
            left = self.mention_of(subjects[0]) if len(subjects) == 1 else None
            predicate = True
            domain = self.t.person_class if prep.lower_ == "from" else self.t.place_class
            cues = [c for c in cues if self.t.signature.get(c.prop, (None, None))[0] == domain]
            if left is not None and self.leading(left) in {self.t.organization_class, self.t.person_class} - {domain}:
                left = None
        if left is None and prep.lower_ in self.t.adjacent:
            left, cues = self.by_token.get(prep.i - 1), self.t.adjacent[prep.lower_]
        # (people listed before the phrase do not share it: 'Ann Reyes and Tom Gill of Vexa Corp.' may name a
        # guest beside a Vexa employee)
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for o in [pobj] if predicate else self.with_conjuncts(pobj):
                self.add(left, self.named_or_owner(o), cues, prep, "preposition")

    def named_or_owner(self, tok: Token) -> int | None:
        """The name a noun is part of, or else the name owning it ('with the USDA 's research service')."""
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

    def hyphen_rule(self, tok: Token) -> None:
        """'Lyon-based Lumora': property(Lumora, Lyon)."""
        if tok.i < 2 or self.doc[tok.i - 1].text not in {"-", "–"}:
            return
        place = self.mention_of(self.doc[tok.i - 2])
        subject = self.mention_of(tok.head)
        self.add(subject, place, self.t.hyphen[tok.lower_], tok, "hyphen")
        if place is not None and self.leading(place) == self.t.place_class:
            # 'Waltham, Massachusetts-based Vexa': the city before the region is where, too
            start = self.spans[place].start
            city = self.by_token.get(start - 2) if start >= 2 and self.doc[start - 1].text == "," else None
            if city is not None and city != subject and self.leading(city) == self.t.place_class:
                self.add(subject, city, self.t.hyphen[tok.lower_], tok, "hyphen")

    def apposition_rule(self) -> None:
        """'Bergen, western Norway's Vestland County': two names side by side, not in a list."""
        for m, span in zip(self.mentions, self.spans):
            nxt = span.end
            if nxt + 1 >= len(self.doc) or self.doc[nxt].text != ",":
                continue
            after = self.doc[nxt + 1]
            # the name whose noun phrase starts right after the comma ('western Norway's Vestland County')
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
            if any(t.dep_ == "cc" or t.lower_ in {"and", "or"} for t in tail) or self.ends_list(other) \
                    or (tail and tail[0].text == "," and self.doc[span.start - 1:span.start].text == ","):
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

    def age_rule(self) -> None:
        """'Vasquez , 44 , and Dale Ortiz , 31 , were charged': a name with an age set off by commas is a person.

        Only a name the NER took for a person or left unlabelled: in 'price targets for Vexa Corp. , 29 , and
        Korva Inc. , 25' the numbers are scores after names of other things. The items of such a list are of
        one kind, so one labelled as something else makes the numbers counts for all: in 'stores in Paris , 3 ,
        and Lyon , 1' the number makes no person of Lyon either. Only a name alone with its age and then words
        said only of a person ('Ortiz , 70 , who owned ...', 'Brandt , 52 , of Springfield') is a person
        whatever the NER's label. A number in a run of numbers ('Smith , 3 , 4 and 5') is no age."""
        if not self.t.person_class:
            return
        doc, n = self.doc, len(self.doc)
        lists: list[list[tuple[Mention, int]]] = []  # the names with an age, in lists: (mention, token after the age)
        for m, span in sorted(zip(self.mentions, self.spans), key=lambda pair: pair[1].start):  # (in text order)
            end = span.end
            if end + 2 > n or doc[end].text != "," or doc[end + 1].tag_ != "CD":
                continue
            age = doc[end + 1].text
            if not age.isdecimal() or not 0 < int(age) < 120:  # (isdigit() is true for '²', which int() refuses)
                continue
            if end + 2 < n and doc[end + 2].text not in {",", ";", "."}:
                continue
            nxt = end + 3
            if nxt < n and doc[nxt].lower_ in {"and", "or", "to"}:
                nxt += 1
            if end + 2 < n and doc[end + 2].text == "," and nxt < n and doc[nxt].tag_ == "CD":
                continue  # 'Smith , 3 , 4 and 5': a list of numbers
            if lists:
                j = lists[-1][-1][1]  # the previous item's comma after its age, perhaps 'and', then this name
                j += j < n and doc[j].text == ","
                j += j < n and doc[j].lower_ in {"and", "or"}
                if j == span.start:
                    lists[-1].append((m, end + 2))
                    continue
            lists.append([(m, end + 2)])
        for items in lists:
            other = [m for m, _ in items if m.ner_label and self.t.person_class not in self.t.ner.get(m.ner_label, ())]
            if other and not (len(items) == 1 and self.said_of_a_person(items[0][1])):
                continue
            for m, _ in items:
                m.add(self.t.person_class, AGE_WEIGHT)

    def said_of_a_person(self, i: int) -> bool:
        """Whether the words from token ``i`` on, after a name and an age, go on as they do only about a person:
        ', who ...' or a hometown, ', of Springfield'."""
        doc = self.doc
        if i + 2 >= len(doc) or doc[i].text != ",":
            return False
        nxt = doc[i + 1]
        if nxt.lower_ == "who":
            return True
        return nxt.lower_ == "of" and doc[i + 2].text[:1].isupper() and doc[i + 2].text[:1].isalpha()

    def titled_names(self) -> None:
        """'President Kennedy', 'Sen. Robert Dole': a name with a capitalised title of address before it (the
        class's ``kg:titlePrefix``; the NER leaves the title out) is also a name of the member. A job title is
        none: 'CEO Dana Whitfield' is no name of her."""
        if not self.t.title_prefixes:
            return
        named = {i for span in self.spans for i in range(span.start, span.end)}
        for m, span in zip(self.mentions, self.spans):
            cls = self.leading(m.id)
            if span.start == 0 or cls is None:
                continue
            words, best = [], 0
            for j in range(span.start - 1, max(-1, span.start - 4), -1):
                tok = self.doc[j]
                if not tok.text[:1].isupper() or tok.pos_ not in {"PROPN", "NOUN"} or j in named:
                    break
                words.insert(0, tok.lower_)
                n, classes = match_phrase(self.t.title_prefixes, words)
                if n == len(words) and cls in classes:
                    best = len(words)
            if best:
                m.forms.append(self.doc[span.start - best:span.end].text)

    def ends_list(self, m_id: int) -> bool:
        """Whether a name is followed by ', C, D and E': then it is an item of a list, not an apposition.

        Walks the list once: every comma passed on the way gets the same answer (kept in ``_list_ends``),
        so the items of a long list do not each walk to its end; the walk stops at the sentence's end."""
        doc, j = self.doc, self.spans[m_id].end
        if j + 1 >= len(doc) or doc[j].text != ",":
            return False
        stop = self.sents[self.sent_of_token[j]].end
        passed: list[int] = []
        found = False
        while j + 1 < stop and doc[j].text == ",":
            if j in self._list_ends:
                found = self._list_ends[j]
                break
            passed.append(j)
            k = j + 1
            if doc[k].lower_ in {"and", "or"}:
                found = True
                break
            k += doc[k].lower_ in DEFINITE
            if k >= stop or not doc[k].text[:1].isupper():
                break
            while k < stop and (doc[k].text[:1].isupper() or k in self.by_token):
                k += 1  # the next item: a name, or capitalised words
            if k < stop and doc[k].lower_ in {"and", "or"}:
                found = True
                break
            j = k
        for c in passed:
            self._list_ends[c] = found
        return found

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
