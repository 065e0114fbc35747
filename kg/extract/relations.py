"""The spaCy component ``kg_relations``: relation candidates between mentions, and investments.

Reads the dependency parse (verbs, titles, possessives, prepositions, appositions, hyphenated participles,
relational and event nouns, photo credits) with the ontology's cue tables, given at
``initialize(schema=...)``, and appends plain records (:mod:`kg.extract.model`) to ``doc._.kg``, after
``kg_mentions`` has found the mentions.

The component builds a :class:`~kg.extract.reader.DocReader` for each document and runs the rules over it
in a fixed order (:func:`run`); the rules live by family:

- :mod:`kg.extract.verbs`: verbs and event nouns;
- :mod:`kg.extract.roles`: titles, relational and head nouns;
- :mod:`kg.extract.links`: possessives, prepositions, hyphenated participles, appositions;
- :mod:`kg.extract.names`: ages, titles of address, photo credits;
- :mod:`kg.extract.investments`: investments;
- :mod:`kg.extract.business`: the shapes of business news (title chains, stakes, rounds, sales).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..errors import KGError
from ..schema import Schema
from .business import business_rules
from .cues import CueTables, co_title, compile_cues, match_phrase
from .deals import deal_rules, recent_round_recipient
from .investments import investment_rule
from .links import (
    agent_hyphen_rule,
    apposition_rule,
    demonym_rule,
    hyphen_rule,
    place_before_kind_rule,
    place_of_kind_rule,
    possessed_list_rule,
    possessive_rule,
    preposition_rule,
)
from .mentions import POSSESSIVE_ENDINGS, cue_words, tables_of
from .names import age_rule, credit_rule, dateline_places, dateline_rule, source_line_rule, titled_names
from .reader import CONFIDENCE, DocReader
from .roles import role_rule
from .verbs import event_rule, verb_lemma, verb_rule

__all__ = ["CONFIDENCE", "DocReader", "RelationFinder", "make_relation_finder", "run", "verb_lemma"]

#: Dependencies by which a gerund the tagger took for a verb stands as a noun ('in the Hale slaying').
NOMINAL_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass"}


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
        run(DocReader(doc, tables_of(self), self.antecedent_window))
        return doc


@Language.factory("kg_relations", default_config={"antecedent_window": 3})
def make_relation_finder(nlp: Language, name: str, antecedent_window: int) -> RelationFinder:
    return RelationFinder(nlp, name, antecedent_window)


def _marked_possessor(r: DocReader, tok: Token) -> bool:
    """Whether a token the parser made a possessor is written as one: a possessive pronoun or determiner ('its',
    'whose'), or a word or name an ending ('s, ’) follows. Not a name the parser joined to a marked one ('Kelvo's
    Zenbot and Orvane's Tarla', where it hangs the second possessive's thing on the first thing, 'Zenbot', as on a
    possessor)."""
    if tok.pos_ == "PRON" or tok.tag_ in {"PRP$", "WP$"} \
            or any(c.dep_ == "case" and c.text in POSSESSIVE_ENDINGS for c in tok.children):
        return True
    m = r.by_token.get(tok.i)
    end = r.spans[m].end if m is not None else tok.i + 1
    return end < len(r.doc) and r.doc[end].text in POSSESSIVE_ENDINGS or tok.text.endswith(("'", "’"))


def run(r: DocReader) -> None:
    """Every rule, in order, over one document."""
    age_rule(r)
    dateline_places(r)
    for tok in r.doc:
        if tok.pos_ in {"VERB", "AUX"} and verb_lemma(tok) in r.t.verbs:
            verb_rule(r, tok)
        if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ in NOMINAL_DEPS \
                and any(c.dep_ in {"det", "poss", "compound"} for c in tok.children):
            # 'in the Hale slaying', tagged as a verb: a noun all the same
            n, props = match_phrase(r.t.events, [tok.lower_])
            if n:
                event_rule(r, tok, props)
        if tok.pos_ in {"NOUN", "PROPN"} or tok.pos_ == "ADJ" and tok.dep_ in {"appos", "compound", "attr", "nsubj"}:
            # ('a Fargo native' is often tagged as an adjective)
            words = cue_words(tok) if tok.pos_ == "NOUN" else [tok.lower_]
            n, props = match_phrase(r.t.titles, words)
            if n and tok.pos_ == "PROPN" and tok.i not in r.in_names:
                # ('Ana Ruiz, the Chief Executive Officer': a title written in capitals, its words proper nouns)
                longer = match_phrase(r.t.titles, cue_words(tok))
                if longer[0] > n:
                    n, props = longer
            if not n and tok.pos_ == "PROPN" and tok.text in {"CEO", "CFO", "CTO", "COO"}:
                n, props = match_phrase(r.t.titles, [tok.text.lower()])
            if not n and tok.pos_ == "PROPN" and "-" in tok.text and tok.i not in r.in_names:
                n, props = co_title(r.t.titles, [tok.lower_])  # ('Co-CEO': a title the tokenizer keeps whole)
            if n:
                role_rule(r, tok, props + [c.prop for c in r.t.role], holder_is_subject=True, rule="title")
            elif r.t.role and match_phrase(r.t.head_nouns, words)[0]:
                # 'X, a Hong Kong construction firm': where X is
                # (where an organization is: a person's kind and a place, 'Hamburg businessman Tom Hale', 'a Bergen
                # architect', says where they work or come from as often as where they live)
                role_rule(r, tok, [c.prop for c in r.t.role if r.t.signature.get(c.prop, (None, None))[0]
                                   != r.t.person_class], holder_is_subject=True, rule="head-noun")
            n, props = match_phrase(r.t.nouns, words)
            if n:
                role_rule(r, tok, props, holder_is_subject=False, rule="relational-noun")
            n, props = match_phrase(r.t.events, words)
            if n:
                event_rule(r, tok, props)
        if tok.dep_ == "poss" and _marked_possessor(r, tok) \
                or any(c.dep_ == "case" and c.i == tok.i + 1 and c.text in POSSESSIVE_ENDINGS for c in tok.children):
            # (the parser makes some possessors something else with their ending: 'like Vexa’s Nova-4')
            possessive_rule(r, tok)
        if tok.dep_ == "prep" and (tok.lower_ in r.t.prepositions or tok.lower_ in r.t.adjacent):
            preposition_rule(r, tok)
        if tok.lower_ in r.t.hyphen:
            hyphen_rule(r, tok)
        elif tok.tag_ == "VBN" and tok.lemma_.lower() in r.t.verbs:
            agent_hyphen_rule(r, tok)
        if tok.lemma_.lower() == "invest" or (tok.lemma_.lower() == "investment" and tok.pos_ == "NOUN"):
            investment_rule(r, tok)
    apposition_rule(r)
    place_before_kind_rule(r)
    demonym_rule(r)
    place_of_kind_rule(r)
    possessed_list_rule(r)
    credit_rule(r)
    dateline_rule(r)
    source_line_rule(r)
    titled_names(r)
    business_rules(r, recent_round_recipient)
    deal_rules(r)
