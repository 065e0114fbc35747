"""spaCy components for words written with the prefix 'co-' ('co-founded', 'co-founders', 'Co-founder'), and for
nouns written with a particle after a hyphen ('start-up', 'spin-offs', 'buy-out').

spaCy's English tokenizer splits such a word at its hyphen ('co', '-', 'founded'); the tagger and the parser then
read the pieces as three words and the sentence's parse goes wrong ('Vexa was co-founded by Lena Ortiz' has no
agent, 'to co-found Orbis' no object). Two components set this right:

- ``kg_prefixed_words`` (first in the pipeline): joins the pieces into one token and gives it the normal form of
  the word after the prefix ('founded'), the form the tagger, the parser and the NER read words by, so that they
  read the word as they would read the word without its prefix.
- ``kg_prefixed_lemmas`` (after the lemmatizer): the lemma of the joined token is the prefix and the lemma of the
  word after it ('co-found' of 'co-founded', 'co-founder' of 'Co-founders'), as the ontology's cues write them;
  the lemmatizer, seeing a word it does not know, makes one up ('co-founde').

A noun written with a particle after a hyphen is joined the same way, its normal form the word written solid
('startup' of 'start-up', which the parser otherwise reads as a verb 'start' and a noun 'up'), its lemma the
singular ('start-up' of 'start-ups').
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

#: Prefixes joined to the word after them, lower-case.
PREFIXES = frozenset({"co"})
#: The word after the prefix has at least this many letters ('co-op' is a word of its own).
MIN_WORD = 3
#: Particles that make a noun of the word before them and a hyphen: 'start-up', 'spin-off', 'buy-out' (plurals
#: with 's').
PARTICLES = frozenset({"up", "off", "out"})
#: Tags of a form that is its own lemma (base verb, singular noun): 'co-found' is not the past of 'find'.
BASE_TAGS = frozenset({"VB", "VBP", "NN", "NNP"})


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether tokens i, i+1, i+2 are a word, a hyphen and a word, written without spaces and not written onto a
    word before them."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
        and (i == 0 or doc[i - 1].whitespace_ != "" or not doc[i - 1].is_alpha)


def _prefixed_at(doc: Doc, i: int) -> bool:
    """Whether tokens i, i+1, i+2 are a prefix, a hyphen and a word, written without spaces."""
    return _hyphen_joined(doc, i) and doc[i].lower_ in PREFIXES and doc[i + 2].is_alpha and len(doc[i + 2]) >= MIN_WORD


def _particle_noun_at(doc: Doc, i: int) -> bool:
    """Whether tokens i, i+1, i+2 are a lower-case word, a hyphen and a particle, written without spaces."""
    if not _hyphen_joined(doc, i):
        return False
    word, particle = doc[i], doc[i + 2]
    return (word.is_alpha and word.is_lower and len(word) >= MIN_WORD and particle.lower_.removesuffix("s") in PARTICLES
            and (i + 3 >= len(doc) or not doc[i + 3].is_alpha or particle.whitespace_ != ""))


def particle_noun(tok: Token) -> tuple[str, str] | None:
    """(word, particle) of a token joined by ``kg_prefixed_words`` ('start', 'ups'), else None."""
    head, sep, rest = tok.text.partition("-")
    if sep and head.isalpha() and head.islower() and rest.lower().removesuffix("s") in PARTICLES:
        return head, rest.lower()
    return None


def _parts(text: str) -> tuple[str, str] | None:
    head, sep, rest = text.partition("-")
    if sep and head.lower() in PREFIXES and rest.isalpha() and len(rest) >= MIN_WORD:
        return head.lower(), rest
    return None


def prefixed_word(tok: Token) -> tuple[str, str] | None:
    """(prefix, word) of a token joined by ``kg_prefixed_words`` ('co', 'founded'), else None."""
    return _parts(tok.text)


def split_prefixed(words: list[str]) -> list[str]:
    """Words as the cue tables write them, a joined word as its pieces: ['co-owner'] -> ['co', '-', 'owner']."""
    out: list[str] = []
    for w in words:
        parts = _parts(w)
        out += [parts[0], "-", parts[1]] if parts else [w]
    return out


@Language.component("kg_prefixed_words")
def join_prefixed_words(doc: Doc) -> Doc:
    """Join 'co', '-', 'founded' into one token 'co-founded' whose normal form is 'founded'; and 'start', '-', 'up'
    into 'start-up', whose normal form is 'startup'."""
    starts = [i for i in range(len(doc) - 2) if _prefixed_at(doc, i) or _particle_noun_at(doc, i)]
    if not starts:
        return doc
    with doc.retokenize() as retokenizer:
        last = -1
        for i in starts:
            if i <= last:
                continue
            prefixed = doc[i].lower_ in PREFIXES
            norm = doc[i + 2].norm_ if prefixed else doc[i].lower_ + doc[i + 2].lower_
            retokenizer.merge(doc[i:i + 3], attrs={"NORM": norm})
            last = i + 2
    return doc


class PrefixedLemmas:
    """Sets the lemma of each joined token to the prefix and the lemma of its word."""

    def __init__(self, nlp: Language, name: str):
        self.nlp = nlp
        self.name = name
        self._cache: dict[tuple[str, str, str], str] = {}

    def _lemma(self, word: str, tag: str, pos: str) -> str:
        key = (word.lower(), tag, pos)
        if key not in self._cache:
            lemma = word.lower()
            lemmatizer: Any = self.nlp.get_pipe("lemmatizer") if "lemmatizer" in self.nlp.pipe_names else None
            if tag not in BASE_TAGS and getattr(lemmatizer, "mode", None) == "rule" and pos:
                found = lemmatizer.rule_lemmatize(Doc(self.nlp.vocab, words=[word.lower()], pos=[pos])[0])
                lemma = found[0] if found else lemma
            self._cache[key] = lemma
        return self._cache[key]

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            if (noun := particle_noun(tok)) is not None:
                tok.lemma_ = f"{noun[0]}-{noun[1].removesuffix('s')}"  # ('start-ups': 'start-up')
                continue
            parts = prefixed_word(tok)
            if parts is not None:
                prefix, word = parts
                # ('to co-found', which the tagger, reading 'found', takes for the past of 'find')
                tag = "VB" if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "to" and tok.pos_ == "VERB" else tok.tag_
                tok.lemma_ = f"{prefix}-{self._lemma(word, tag, tok.pos_)}"
        return doc


@Language.factory("kg_prefixed_lemmas")
def make_prefixed_lemmas(nlp: Language, name: str) -> PrefixedLemmas:
    return PrefixedLemmas(nlp, name)


def add_prefixed_words(nlp: Language) -> None:
    """Add both components to a pipeline: the joiner first, the lemmas after the lemmatizer (or after the last
    of spaCy's own components when the pipeline has no lemmatizer)."""
    nlp.add_pipe("kg_prefixed_words", first=True)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("kg_prefixed_lemmas", after="lemmatizer")
    else:
        nlp.add_pipe("kg_prefixed_lemmas", last=True)
