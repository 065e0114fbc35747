"""spaCy components that find what a text names: ``kg_paragraphs`` and ``kg_mentions``.

- ``kg_paragraphs`` (before the parser): a blank line or a Markdown heading always ends a sentence,
  so headlines and photo captions do not run into the first paragraph.
- ``kg_mentions``: candidate names from the NER and from proper-noun runs and cue nouns, with class
  evidence from the ontology's cues (NER label, head noun, name suffix).

The ontology-driven component gets its cue tables at ``initialize(schema=...)``, as spaCy's ``span_ruler``
gets its patterns. It writes plain records (:mod:`kg.extract.model`) to ``doc._.kg``; the shared helpers
and rule confidences here are also used by :mod:`kg.extract.relations`.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..errors import KGError
from ..schema import GazetteerEntry, Schema
from .cues import CO_PREFIX, CueTables, co_title, compile_cues, hyphen_parts, match_phrase
from .legal import JOINING_WORDS, is_acronym_of, is_legal_form
from .model import MODEL_SIZE, TIER_WORDS, Mention
from .money import CURRENCY_WORDS, SCALES
from .occurrences import completed, with_other_occurrences
from .prefixed import split_prefixed

if not Doc.has_extension("kg"):
    Doc.set_extension("kg", default=None)

ENTITY_NER_SKIP = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "NORP", "LANGUAGE", "LAW"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
COPULAS = {"be", "become", "remain"}
DEFINITE = {"the", "this", "that"}
#: The indefinite articles, which open a description, no name ('a Kenyan Bank with 28 branches').
INDEFINITE = {"a", "an"}


def is_definite(noun: Token) -> bool:
    """Whether a noun has a definite determiner: 'the round', 'that round', 'this capital'."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


#: A model number after a name: '2', '3.0', '180B', 'V3', 'ES8' (not a year: _YEAR).
_MODEL_NUMBER = re.compile(r"^(?:\d{1,4}(?:\.\d{1,2})?[A-Za-z]{0,2}|[A-Z]{1,3}\d{1,4}[A-Za-z]?)$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
#: A Roman numeral ('II', 'IV', 'XII').
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}")
#: NER labels of numbers that are no part of a name.
NOT_MODEL_NUMBER_ENTS = {"MONEY", "PERCENT", "DATE", "TIME", "QUANTITY", "ORDINAL"}
#: Words after a number that make it a count ('3 million units').
COUNT_WORDS = {"million", "billion", "trillion", "thousand", "hundred", "percent", "per", "units", "times",
               "years", "months", "weeks", "days", "hours", "people", "employees", "staff", "stores", "shares"}
QUOTES = {'"', "'", "“", "”", "‘", "’", "``", "''"}
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
MODIFIER_DEPS = {"compound", "nmod", "amod", "nummod"}

#: Words for another party a company deals with: a possessive with one of them before the name states no
#: holding ('its rival Kestrel', 'Vexa's largest customer, Orrin').
PEER_WORDS = {"rival", "competitor", "peer", "partner", "customer", "client", "supplier", "vendor", "counterpart",
              "ally", "neighbour", "neighbor", "lender", "creditor", "landlord", "tenant", "distributor", "licensee",
              "challenger", "adversary", "opponent", "counterparty", "contractor", "sister", "sibling"}


#: Participles that give a thing its name: 'a new model called Tala', 'a chatbot named Nomi'.
NAMING_VERBS = {"call", "name", "dub", "brand", "christen"}


#: Verbs whose plural subject names a class and whose object (by dependency) lists its members: 'its brands include
#: A, B and C', 'its main brands are A and B'.
LISTING_VERBS = {"dobj": "include", "attr": "be"}


def listed_by_verb(noun: Token) -> list[Token]:
    """The first names a verb lists as members of its plural subject ('its brands include A, B and C', 'its brands
    are A and B': A); none for a noun that is no such subject, or a verb denied ('its brands are not ...')."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.tag_ != "NNS" or verb.lemma_ not in LISTING_VERBS.values() \
            or any(c.dep_ == "neg" for c in verb.children):
        return []
    return [c for c in verb.children if LISTING_VERBS.get(c.dep_) == verb.lemma_]


def list_noun(name_root: Token) -> Token | None:
    """The plural noun of a list a name is in: 'brands' of 'its brands include A, B and C', 'brands such as A
    and B', 'brands including A'; None for a name in no such list."""
    first = name_root
    while first.dep_ in {"conj", "appos"} and first.head.i < first.i \
            and (first.head.text[:1].isupper() or first.dep_ == "conj" and first.head.dep_ == "appos"):
        first = first.head  # (the list's first name; 'q4-mini and q3-mini', read by the parser as 'mini and mini')
    head = first.head
    if first is not name_root and first.dep_ == "appos" and head.pos_ == "NOUN" and head.tag_ == "NNS" \
            and head.i < first.i:
        return head  # 'two new models, A and B': B is one of the models too (A is the noun's apposition)
    if (first.dep_, head.lemma_) in LISTING_VERBS.items():
        nouns = [c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.tag_ == "NNS"]
        return nouns[0] if nouns else None
    if first.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN" and head.head.tag_ == "NNS" \
            and is_list_prep(head):
        return head.head
    return None


def is_list_prep(prep: Token) -> bool:
    """Whether a preposition introduces the members of what its noun names: 'brands including A', 'brands such
    as A'."""
    return prep.lower_ == "including" or prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such" \
        or prep.lower_ == "of" and prep.head.lower_ == "likes" \
        or prep.lower_ == "like" and prep.head.tag_ == "NNS" and prep.i == prep.head.i + 1
    # ('backing from the likes of A and B'; 'its affiliates like A and B', a plural right before 'like': not 'a
    # company like Vexa', nor 'said it would like')


def named_noun(name_root: Token) -> Token | None:
    """The noun a name is given by a participle: 'model' of 'a new model called Tala' (the parser makes the name
    the participle's object predicate) or 'a model known as Tala'; None for any other name."""
    verb = name_root.head
    if name_root.dep_ in {"oprd", "attr", "dobj"} and verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} \
            and verb.lemma_.lower() in NAMING_VERBS and verb.head.pos_ == "NOUN" and verb.head.i < verb.i:
        return verb.head
    # 'a model known as Tala'
    if name_root.dep_ == "pobj" and verb.lower_ == "as" and (known := verb.head).dep_ == "acl" \
            and known.tag_ == "VBN" and known.lemma_.lower() == "know" and known.head.pos_ == "NOUN" \
            and known.head.i < known.i:
        return known.head
    return None


#: Relative pronouns that tell a person ('who') from a thing or a body ('which').
RELATIVE_PRONOUNS = {"who", "which"}


def _relative_pronoun(span: Span) -> str | None:
    """The relative pronoun of a clause set off by a comma right after a name: 'Kesta Tele, which provides ...'
    ('which'), 'Ana Ruiz, who founded ...' ('who'); None without one."""
    doc, k = span.doc, span.end
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in RELATIVE_PRONOUNS \
            and doc[k + 1].head.dep_ == "relcl" and span.start <= doc[k + 1].head.head.i < span.end:
        verb = doc[k + 1].head
        if verb.lemma_ == "mean" or verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children):
            return None  # ('Tom Hale, which is odd, ...', 'which means ...': said of the clause, not the name)
        root = span.root
        if doc[k + 1].lower_ == "which" and root.dep_ == "pobj" and root.head.lower_ == "by" \
                and root.head.head.dep_ == "acl":
            return None  # ('Kelvo, the startup founded by Tom Hale, which shut down': said of the startup)
        return doc[k + 1].lower_
    return None


def syntax_of(span: Span) -> tuple[str, ...]:
    """Where a name stands in its sentence, as words a model can weigh: for the object of a preposition, the
    preposition and the lemma of what it hangs on ('in<invest' of 'invested in X', 'in<base' of 'based in X',
    'in<stake'), which tell an organization from a place where the preposition alone does not. A name in a list
    stands where the list's first name does ('stakes in A and B'). A name a relative clause follows: its pronoun
    ('relative=which' of 'Kesta Tele, which provides ...'). (Not a subject's verb: companies 'say' as often as
    people do in news, though not in the texts the typer learns from.)"""
    relative = _relative_pronoun(span)
    if relative is not None:
        return (f"relative={relative}",)
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.head.i != head.i:
        governor = head.head
        # ('invested not only in A but in B': the second 'in' hung on the first, or joined to it)
        while governor.pos_ == "ADP" and governor.dep_ in {"prep", "conj"} and governor.head.i != governor.i:
            governor = governor.head
        return (f"{head.lower_}<{governor.lemma_.lower()}",)
    return ()


def _note_list_mates(mentions: list[Mention], spans: list[Span]) -> None:
    """Add to each name's syntax the classes that cues gave the other names of a list it is in ('Tiger Lane,
    Orrin Capital and Vexa Partners': 'list=Organization' on each, from the suffixes of the last two): the names
    of one list are mostly of one kind, which a model can weigh against what the NER guessed."""
    by_root = {span.root.i: m for m, span in zip(mentions, spans)}
    for m, span in zip(mentions, spans):
        first = span.root
        while first.dep_ == "conj" and first.head.i < first.i and first.head.i in by_root:
            first = first.head  # (not an apposition: 'the Oslo, Norway-based Vexa' is no list)
        mates = {first.i, *(c.i for c in first.conjuncts)} - {span.root.i}
        if any(i in by_root for i in mates):
            m.list_id = first.i
        classes = sorted({max(mate.scores, key=lambda c: mate.scores[c]) for i in mates
                          if (mate := by_root.get(i)) is not None and mate.strong and mate.scores})
        m.syntax += tuple(f"list={cls.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}" for cls in classes)


def tables_of(component: object) -> CueTables:
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

DASHES = {"-", "--", "—", "–", "―"}
#: Tokens a dateline may run to before its dash: 'SAN FRANCISCO/RIYADH, March 12 (Norvik) -'.
DATELINE_MAX = 16


#: Words in capitals that open a story before a colon and are no place: 'EXCLUSIVE: Vexa ...'.
KICKERS = {"UPDATE", "UPDATED", "UPDATES", "EXCLUSIVE", "BREAKING", "ANALYSIS", "OPINION", "EDITORIAL", "COMMENT",
           "CORRECTED", "CORRECTION", "FACTBOX", "EXPLAINER", "INTERVIEW", "REVIEW", "WATCH", "VIDEO", "PHOTOS",
           "LIVE", "NEWS", "BRIEF", "FEATURE", "SPECIAL", "REPORT", "NOTE", "TRENDING", "WATCHLIST", "PODCAST",
           "POLL", "QUIZ", "SPONSORED", "PREMIUM", "MARKETS", "EARNINGS"}


#: A monitoring service's source line: a report number (two letters, ten digits), the place, the source, then the
#: language and the time of the broadcast or issue: 'PA1203045694 Oslo Norvik Radio in Spanish 0930 GMT 12 Mar 94'.
_REPORT_NUMBER = re.compile(r"[A-Z]{2}\d{10}")
_BROADCAST_TAIL = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
#: Words that end a place's name in a source line: 'Panama City'.
_PLACE_END_WORDS = {"City", "Town"}
_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}


def source_line(doc: Doc, sent: Span) -> tuple[Span, Span, int] | None:
    """The place, the source and the end of a monitoring service's source line in a sentence ('... PA1203045694 Oslo
    Norvik Radio in Spanish 0930 GMT 12 Mar 94': Oslo, Norvik Radio), or None. The place is the NER's place
    opening the words between the report number and 'in', else their first word (with 'City' after it); the source
    is the rest."""
    toks = [t for t in sent if not t.is_space]
    for k, tok in enumerate(toks):
        if not _REPORT_NUMBER.fullmatch(tok.text):
            continue
        # ('in Spanish 0930 GMT 12 Mar 94' of a broadcast, 'in Arabic 3 Mar 94 p 2' of a paper)
        tail = next((j for j in range(k + 2, len(toks) - 3) if toks[j].lower_ == "in"
                     and _BROADCAST_TAIL.fullmatch(toks[j + 1].text) and toks[j + 2].like_num
                     and (len(toks[j + 2].text) == 4 and toks[j + 3].text == "GMT"
                          or len(toks[j + 2].text) <= 2 and toks[j + 3].text[:3] in _MONTHS)), None)
        if tail is None:
            return None
        start, end = toks[k + 1].i, toks[tail].i
        place_end = next((e.end for e in doc.ents if e.start == start and e.label_ in {"GPE", "LOC"} and e.end < end),
                         None)
        if place_end is None:
            place_end = start + 1
            if place_end < end - 1 and doc[place_end].text in _PLACE_END_WORDS:
                place_end += 1
        if place_end >= end or not all(t.text[:1].isupper() or t.text[:1].isdigit() or t.text in {"-", "&", "'"}
                                       for t in doc[start:end]):
            return None
        # (the date after the time, which the parser may have cut off as a sentence of its own: up to the line's end,
        # within a few words)
        gmt = toks[tail + 2].i
        line_end = next((t.i for t in doc[gmt:min(gmt + 7, len(doc))] if "\n" in t.text or t.text == "."),
                        min(gmt + 7, len(doc)))
        return doc[start:place_end], doc[place_end:end], line_end
    return None


def dateline_end(doc: Doc, start: int) -> int | None:
    """The index of the first token after a news dateline that opens a paragraph at ``start`` ('OSLO
    (Norvik) -', 'SEOUL --', 'PARIS, July 30 (AP) —', '(Velder News) --', 'NEW DELHI:'), or None where there is
    none."""
    stop = min(len(doc), start + DATELINE_MAX)
    for j in range(start + 1, stop):
        tok = doc[j]
        if tok.is_space or tok.text in {".", "!", "?"} or "\n" in doc[j - 1].whitespace_ or tok.is_lower:
            return None  # (a dateline is names, a date and a credit: 'break-even' in a sentence is no dash of one)
        if tok.text in {":", "):"}:  # (the tokenizer leaves '):' one word)
            # 'NEW DELHI:', the dateline of much of the Indian press: places in capitals alone, to a colon (not a
            # kicker: 'EXCLUSIVE:')
            words = [t for t in doc[start:j] if t.text not in {",", "/"}]
            places = all(t.is_alpha and t.is_upper for t in words) and len(doc[start].text) >= 3 \
                and not all(t.text in KICKERS for t in words)
            # ('JAKARTA (Norvik):', a place in capitals and a credit in brackets, to a colon; or a kicker so written:
            # 'EXCLUSIVE (Norvik):')
            credited = (doc[j - 1].text == ")" or tok.text == "):") and doc[start].is_alpha and doc[start].is_upper \
                and len(doc[start].text) >= 3 and any(t.text == "(" for t in doc[start + 1:j])
            return j + 1 if (places or credited) and j + 1 < len(doc) else None
        if tok.text not in DASHES:
            continue
        # a place in capitals ('OSLO', 'SAN FRANCISCO/RIYADH, March 12 (Norvik)'), or a credit alone
        # ('(Velder News)'); not a name with its acronym ('Vexa Corp (VX) - ...')
        credit = doc[start].text == "(" and doc[j - 1].text == ")"
        place = doc[start].is_alpha and doc[start].is_upper and len(doc[start].text) >= 3
        if not (credit or place):
            return None
        end = j + 1
        while end < len(doc) and doc[end].text in DASHES:
            end += 1
        return end if end < len(doc) else None
    return None


#: Nouns the small English model's tagger and parser often read as verbs before a name ('electric vehicle
#: startup Tarvo' parsed with 'startup' a past tense), with a noun of the same use to read them as: the parser sees
#: a word through its norm, so the norm set before it runs makes it parse the phrase as a noun phrase.
PARSE_AS = {"startup": "company", "startups": "companies", "start-up": "company", "start-ups": "companies",
            "buyout": "takeover", "buyouts": "takeovers", "round": "deal", "rounds": "deals"}
#: Particles after which a word of :data:`PARSE_AS` is the verb it also is: 'round out', 'round up'.
_VERB_PARTICLES = {"out", "up", "off", "down"}


def _parse_as_noun(tok: Token) -> str | None:
    """The noun norm :data:`PARSE_AS` gives a word, unless a particle after it makes it a verb."""
    norm = PARSE_AS.get(tok.lower_)
    if norm is None:
        return None
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return None if nxt is not None and nxt.lower_ in _VERB_PARTICLES else norm


@Language.component("kg_norms")
def parse_as_nouns(doc: Doc) -> Doc:
    """Give the nouns the parser takes for verbs (or adjectives: 'The round featured ...') the norm of a noun of the
    same use (:data:`PARSE_AS`)."""
    for tok in doc:
        norm = _parse_as_noun(tok)
        if norm is not None:
            tok.norm_ = norm
    return doc


@Language.component("kg_noun_tags")
def tag_as_nouns(doc: Doc) -> Doc:
    """Tag the nouns of :data:`PARSE_AS` as nouns, whatever the tagger took them for (after the tagger)."""
    for tok in doc:
        if _parse_as_noun(tok) is not None:
            tok.tag_ = "NNS" if tok.lower_.endswith("s") else "NN"
            tok.pos_ = "NOUN"
    return doc


#: Quotation marks a nickname is written between ('Marten "Marty" Velmora').
NICKNAME_QUOTES = {'"', "“", "”", "``", "''"}


def _name_word(tok: Token) -> bool:
    """A word that may be part of a person's name: capitalised letters, not all capitals ('Velmora', 'McKay')."""
    return tok.is_alpha and tok.text[0].isupper() and not tok.is_upper


def nickname_span(doc: Doc, quote: int) -> Span | None:
    """The person's name a nickname in quotation marks stands in, when the token at ``quote`` opens one: given
    names before it, one or two capitalised words between the marks, and a surname after ('Marten "Marty"
    Velmora', 'Ana Maria "Nina" Ruiz'), with nothing but a space between the parts; else None."""
    n = len(doc)
    if doc[quote].text not in NICKNAME_QUOTES or quote == 0 or not doc[quote - 1].whitespace_ \
            or doc[quote].whitespace_:
        return None
    end = quote + 1
    while end < n and end - quote <= 2 and _name_word(doc[end]):
        end += 1
    if end == quote + 1 or end >= n or doc[end].text not in NICKNAME_QUOTES or doc[end - 1].whitespace_ \
            or not doc[end].whitespace_ or end + 1 >= n or not _name_word(doc[end + 1]):
        return None  # (no word between the marks, a space inside them, or no capitalised word after them)
    start = quote
    while start > 0 and quote - start < 3 and _name_word(doc[start - 1]) and not doc[start - 1].is_sent_start \
            and doc[start - 1].whitespace_:
        start -= 1
    if doc[start - 1].is_sent_start and _name_word(doc[start - 1]) and quote - start < 3 \
            and doc[start - 1].whitespace_ and not doc[start - 1].is_stop:
        start -= 1  # (a sentence may begin with the name: 'Marten "Marty" Velmora founded ...')
    if start == quote:
        return None
    last = end + 1
    if last + 1 < n and _name_word(doc[last + 1]) and doc[last].whitespace_ and doc[last + 1].ent_type_ == "PERSON":
        last += 1  # (a second surname the NER takes for part of the name)
    return Span(doc, start, last + 1, label="PERSON")


#: A company named by its web address, one word: 'Kelvo.ai', '07.AI', 'Tarvik.com', or with a colon before the ending,
#: 'Tarv:ai' (not an address with a host before the name, 'www.kelvo.com'; nor a word and the next run together after
#: a colon, 'Note:prices').
WEB_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*(?:[.:](?:ai|io)|\.com)", re.IGNORECASE)


def web_name_span(doc: Doc, i: int) -> Span | None:
    """An organization's name written as its web address, when token i is one and the NER took it for something
    else (a number: '07.AI'); else None."""
    tok = doc[i]
    if not WEB_NAME.fullmatch(tok.text) or tok.ent_type_ in {"ORG", "PRODUCT"}:
        return None  # (nor a part of a longer name the NER saw: 'Kelvo Home Tarvik.com')
    return Span(doc, i, i + 1, label="ORG")


@Language.component("kg_name_shapes")
def names_by_shape(doc: Doc) -> Doc:
    """Names the NER cuts apart or mislabels, told by how they are written: a person's name with a nickname in
    quotation marks ('Marten "Marty" Velmora', which the NER cuts into pieces it labels apart: the given name an
    organization, the surname nothing), and a company named by its web address ('07.AI', which it takes for a
    number). After the NER."""
    web = [tok for tok in doc if WEB_NAME.fullmatch(tok.text)]
    for tok in web:  # (a web address the tagger took for a number or a pronoun: '12.io', '88.ai')
        tok.tag_, tok.pos_ = "NNP", "PROPN"
    found = [span for i in range(len(doc)) if (span := nickname_span(doc, i)) is not None]
    found += [span for tok in web if (span := web_name_span(doc, tok.i)) is not None]
    if found:
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = filter_spans([*kept, *found])
    return doc


def _line_before(text: str, at: int) -> str:
    """The last line of text that ends before offset ``at`` (which begins a line)."""
    end = text.rfind("\n", 0, at)
    return text[text.rfind("\n", 0, max(end, 0)) + 1:max(end, 0)]


#: A line at least this long, broken by a single newline, is a paragraph hard-wrapped in a text file: the newline is
#: a space. A shorter line ends where it ends (a headline, a dateline, an item of a list).
WRAPPED_LINE = 40
#: Marks a sentence or a paragraph ends with.
LINE_ENDS = (".", "!", "?", ":", '"', "”", "’", "'", ")")


def hard_wrapped(text: str) -> bool:
    """Whether a text is hard-wrapped, its paragraphs broken into lines mid-sentence (a text file at 72 columns):
    most of its long lines end with no mark that ends a sentence. A text that writes a paragraph per line is not,
    and there a line without such a mark is a headline or a caption (however long)."""
    lines = [line.rstrip() for line in text.split("\n")]
    long = [line for line in lines if len(line) >= WRAPPED_LINE]
    return bool(long) and sum(not line.endswith(LINE_ENDS) for line in long) > len(long) / 2


def ends_headline(line: str, after: str) -> bool:
    """Whether a line of a text written a paragraph per line (not :func:`hard_wrapped`) is a headline however long:
    it ends with no mark that ends a sentence, and a capital starts what comes after it ('Vexa backs Tarvo's AI
    expansion with $240m' before the story's first sentence; not 'it has raised' before '$3 million in a round')."""
    text = line.rstrip()
    if len(text) > 2 and text[0] in OPENING_QUOTES and text[-1] in CLOSING_QUOTES:
        # (a line that is all a quotation whose words end no sentence: a subheading quoting the story, '“A hub for
        # game talent”'; not '“We will grow.”')
        text = text[1:-1].rstrip()
    return not text.endswith(LINE_ENDS) and after[:1].isupper()


#: Quotation marks that open and close a quotation ('"' both).
OPENING_QUOTES = ('"', "“", "‘")
CLOSING_QUOTES = ('"', "”", "’")


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and at every line that is a Markdown heading; and after a news
    dateline, so that 'PARIS (Norvik) - Vexa said ...' is parsed with Vexa as the subject, not Paris."""
    starts = [0]
    wrapped = hard_wrapped(doc.text)
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        ws = tok.whitespace_ + (tok.text if tok.is_space else "")
        if "\n\n" in ws.replace("\r", "") or (tok.is_space and "\n" in tok.text and nxt.text.startswith("#")):
            nxt.is_sent_start = True
            starts.append(nxt.i)
        elif "\n" in ws and not nxt.is_space and (title_case(line := _line_before(doc.text, nxt.idx))
                                                   or not wrapped and ends_headline(line, nxt.text)):
            # (after a headline on a line of its own: 'Vexa Buys Swedish Rival Tarvik'; in a text written a paragraph
            # per line, after any line that ends no sentence: 'Vexa backs Tarvo's AI expansion with $240m')
            nxt.is_sent_start = True
            starts.append(nxt.i)
        elif tok.is_space and "\n" in tok.text:
            continue
        elif not tok.is_space and "\n" in tok.whitespace_ and nxt.text.startswith("#"):
            nxt.is_sent_start = True
    for start in starts:
        while start < len(doc) and doc[start].is_space:
            start += 1
        end = dateline_end(doc, start) if start < len(doc) else None
        if end is not None:
            doc[end].is_sent_start = True
        elif start + 1 < len(doc) and not doc[start + 1].is_space and "\n" not in doc[start].whitespace_ \
                and doc[start + 1].is_sent_start is None:
            # (the second word of a paragraph goes on its first sentence: the parser, told that a paragraph starts
            # with 'EXO', made 'Technologies' a sentence of its own)
            doc[start + 1].is_sent_start = False
    return doc


# ---------------------------------------------------------------------------------------------
# kg_mentions
# ---------------------------------------------------------------------------------------------

#: Parts of speech a name does not end with when lower-case ('of', 'and', 'the', 'that').
TRAILING_FUNCTION_POS = {"ADP", "CCONJ", "SCONJ", "DET", "PRON", "PART"}


def _is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def noun_before_apposition(span: Span) -> Token | None:
    """The common noun written right before a name the parser hung as an apposition on an earlier word ('Tom Hale,
    founder of music company Solvik', with Solvik in apposition to 'founder' or to Tom Hale): that noun is the
    name's own head noun; None where the word before the name is no such noun."""
    root = span.root
    # (or a name the tagger took for a verb by its ending, which the parser then hung as a clause: 'a stake in
    # wind developer Vorsted')
    misread = root.pos_ == "VERB" and root.dep_ in {"advcl", "dep", "xcomp", "ccomp"}
    if span.start == 0 or root.dep_ != "appos" and not misread:
        return None
    k = span.start - 1
    while k > 0 and span.doc[k].is_lower and span.doc[k].dep_ in {"compound", "amod"} and span.doc[k].head.i == root.i:
        k -= 1  # ('founder of payments company Orvane', 'company' hung on Orvane, 'payments' the 'of' object)
    prev = span.doc[k]
    # (a plural only before the name's own kind word: not 'head of global payments Tom Hale')
    if prev.pos_ == "NOUN" and prev.is_lower and (prev.tag_ == "NN" or prev.tag_ == "NNS" and k < span.start - 1) \
            and root.head.i < prev.i and prev.dep_ == "pobj":
        return prev
    return None


def misplaced_apposition(span: Span) -> Token | None:
    """The noun of a phrase written in apposition right after a name ('rival to Vexa, the company behind Tala')
    that the parser hung on a word before the name (on 'media' of 'US media has cited it as a rival to Vexa, ...'):
    that phrase is about the name. None where there is none."""
    doc, k = span.doc, span.end + 1
    if k >= len(doc) or doc[span.end].text != ",":
        return None
    for tok in doc[k:min(len(doc), k + 6)]:
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.left_edge.i == k and tok.head.i < span.start:
            return tok
        # (or made the predicate of the clause's copula, the comma its own: 'Ana Ruiz was formerly of Vexa, the
        # Oslo-based group')
        if tok.dep_ == "attr" and tok.pos_ == "NOUN" and _phrase_start(tok) == k and tok.head.i < span.start \
                and span.root.dep_ == "pobj":
            return tok
    return None


def _phrase_start(tok: Token) -> int:
    """The first word of a token's phrase, past punctuation the parser hung on it (a comma before it)."""
    k = tok.left_edge.i
    while k < tok.i and tok.doc[k].is_punct:
        k += 1
    return k


def noun_set_off_before(span: Span) -> Token | None:
    """The noun of a phrase right before a name and its comma ('released its AI model, Tala 2.') when the parser hung
    the name on the verb instead of making it the noun's apposition: the noun, with a determiner or a possessive,
    ends the verb's object, and the name ends the clause. None where there is none."""
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].text != "," or span.root.dep_ not in {"npadvmod", "dep", "appos"}:
        return None
    noun = doc[start - 2]
    if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "pobj", "attr"} or span.root.head == noun \
            or not any(c.dep_ in {"det", "poss"} for c in noun.children) or noun.right_edge.i != noun.i:
        return None
    return noun if span.end >= len(doc) or doc[span.end].is_punct else None


#: Words that make a title of a title, as in 'Executive Vice President', 'Managing Director', 'Associate Professor'.
TITLE_RANKS = frozenset({"executive", "senior", "deputy", "associate", "assistant", "managing", "general", "vice",
                             "acting", "interim", "chief", "principal", "joint", "lead", "independent",
                             "non-executive", "group", "global", "regional", "national", "founding"})


#: The words of :data:`TITLE_RANKS` that end no name before a title ('Kelvo Senior Analyst': the analyst's rank, not
#: the company's name; but 'Kelvo Global CEO', 'Kelvo National Director' may name a unit).
NAME_LESS_RANKS = TITLE_RANKS - {"general", "global", "regional", "national", "group", "independent", "founding"}


def is_title_run(words: list[str], titles: dict) -> bool:
    """Whether lower-case words are titles (the ontology's title cues) and words that modify them only, a title
    last: 'executive vice president', 'managing director', 'associate professor' (no name, whatever their
    capitals); not 'general electric', nor 'associate' alone. (A hyphenated word is its parts, as the title cues are
    written: 'co-founder' is 'co', '-', 'founder'.)"""
    words = hyphen_parts(words)
    end, seen = len(words), False
    while end > 0:
        n, _ = match_phrase(titles, words[:end])
        if n:
            end, seen = end - n, True
        elif seen and (words[end - 1] in TITLE_RANKS or words[end - 1] in CO_PREFIX):  # ('Co-CEO')
            end -= 1
        else:
            return False
    return seen


def _ranks_title(span: Span, titles: dict) -> bool:
    """Whether a span is words that rank the title right after it only: 'Associate' of 'Associate Professor'."""
    words = [tok.lower_ for tok in span]
    return span.end < len(span.doc) and all(w in TITLE_RANKS for w in words) \
        and is_title_run([*words, span.doc[span.end].lower_], titles)


def _department(span: Span, titles: dict, words: Container[str]) -> bool:
    """Whether a span is the department a capitalised title heads, written in dictionary words: 'Design' of 'Head of
    Design', 'Engineering' of 'Director of Engineering' (no name; never without a dictionary)."""
    doc, k = span.doc, span.start
    return bool(words) and k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].text[:1].isupper() \
        and bool(match_phrase(titles, [doc[k - 2].lower_])[0]) \
        and all(tok.lower_ in words for tok in span if tok.is_alpha)


def _after_department_title(span: Span, titles: dict, words: Container[str]) -> Span | None:
    """The NER's name without a capitalised title of a department that opens it: 'Head of Design for Kelvo' is
    Kelvo, 'Head of Design' alone no name (None); the span itself where it opens with no such title."""
    if len(span) < 3 or span[1].lower_ != "of" or not match_phrase(titles, [span[0].lower_])[0]:
        return span
    j = next((j for j in range(2, len(span) - 1) if span[j].lower_ in {"for", "at"}), len(span))
    if not _department(span.doc[span.start + 2:span.start + j], titles, words):
        return span
    return span.doc[span.start + j + 1:span.end] if j < len(span) else None


#: Words that give a name a thing had before: 'Tarv (formerly Brentio)', 'Kelvo (previously known as Zentrix)'.
FORMER_NAME_WORDS = {"formerly", "previously", "once"}


def _former_name(span: Span, before: Span) -> bool:
    """Whether a name is, in brackets right after another, the name the other had before: 'Tarv (formerly Brentio)',
    'Kelvo (previously known as Zentrix)'."""
    doc = span.doc
    k = span.start - 1
    while k > before.end and doc[k].lower_ in {"known", "as", "called", "named"}:
        k -= 1
    return doc[k].lower_ in FORMER_NAME_WORDS and k - 1 == before.end and doc[k - 1].text == "(" \
        and span.end < len(doc) and doc[span.end].text == ")"


#: Small words a short form may skip or keep: 'point of sale' is 'POS', 'buy now pay later' 'BNPL'.
_SMALL_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on", "a", "&"})


def _spelled_out_before(span: Span) -> bool:
    """Whether a word in brackets is the short form of the lower-case words right before the bracket, their first
    letters ('mobile point of sale (mPOS)', 'large language models (LLMs)'): a common noun's, no name."""
    doc = span.doc
    if len(span) != 1 or span.start < 2 or doc[span.start - 1].text != "(" or span.end >= len(doc) \
            or doc[span.end].text != ")":
        return False
    short = span.text.lower()
    # (with its plural's 's' or without: 'LLMs', 'mPOS')
    forms = {short, short[:-1]} if span.text.endswith("s") and len(short) > 2 else {short}
    if not short.isalpha() or len(short) < 2:
        return False
    words: list[str] = []
    k = span.start - 2
    while k >= 0 and doc[k].is_lower and doc[k].is_alpha and len(words) < 2 * len(short) + 2:
        words.insert(0, doc[k].lower_)
        k -= 1
    for n in range(1, len(words) + 1):
        tail = words[-n:]
        if tail[0] in _SMALL_WORDS:
            continue
        if forms & {"".join(w[0] for w in tail), "".join(w[0] for w in tail if w not in _SMALL_WORDS)}:
            return True
    return False


def _title_in_place(ent: Span, titles: dict, person_ends: Container[int]) -> bool:
    """Whether a span the NER labelled is wholly a title ('MD', 'CEO') where a title stands: joined by 'and' or '&'
    to another title ('MD and CEO'), set off by a comma after a person's name ('Tom Hale, MD, said') or in brackets
    after a title ('Managing Director (MD)'); not 'Bethesda, MD', a place's region."""
    doc = ent.doc
    # (a title alone, or one with 'co-' written onto it: 'Co-CEO')
    if not co_title(titles, [tok.lower_ for tok in ent])[0]:
        return False

    def title_at(i: int) -> bool:
        return 0 <= i < len(doc) and bool(co_title(titles, [doc[i].lower_])[0])

    joined = ent.end + 1 < len(doc) and doc[ent.end].lower_ in {"and", "&"} and title_at(ent.end + 1) \
        or ent.start >= 2 and doc[ent.start - 1].lower_ in {"and", "&"} and title_at(ent.start - 2)
    after_person = ent.start >= 2 and doc[ent.start - 1].text == "," and ent.start - 1 in person_ends
    # ('Managing Director (MD)': a title's short form in brackets after it)
    bracketed = ent.start >= 2 and doc[ent.start - 1].text == "(" and title_at(ent.start - 2) \
        and ent.end < len(doc) and doc[ent.end].text == ")"
    return joined or after_person or bracketed


def fronted_apposition(span: Span) -> Token | None:
    """The noun of a phrase set off by commas between a name that opens the sentence and its verb ('Zapline, the
    chatbot developed by Kelvo, is popular') that the parser made the subject, the name (a word the tagger did not
    know, taken for a common noun) hung elsewhere, or made a second subject of its verb: that phrase is about the
    name. None where there is none (not 'Kelvo, the company said, will grow': no comma closes the phrase)."""
    doc, k = span.doc, span.end + 1
    if span.start != span.sent.start or k + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    det, noun = doc[k], doc[k].head
    if det.dep_ != "det" or det.lower_ not in {"the", "a", "an"} or noun.pos_ != "NOUN" \
            or noun.dep_ not in {"nsubj", "nsubjpass"} or noun.left_edge.i != k:
        return None
    if span.root.dep_ in {"nsubj", "nsubjpass"} and noun.head != span.root.head:
        return None  # (a name that is a subject itself: only with the phrase a second subject of its verb, 'Kelvo,
        # the company founded by Ana Ruiz, said ...', both parsed as the subjects of 'said')
    end = noun.right_edge.i  # (the closing comma, or the phrase's last word before it)
    return noun if doc[end].text == "," or end + 1 < len(doc) and doc[end + 1].text == "," else None


def twin_apposition(span: Span) -> Token | None:
    """The noun of a phrase set off by a comma after a name that the parser made a second object or subject of the
    name's own verb rather than the name's apposition ('Kelvo released Tala-3, its latest language model, on
    Tuesday': 'model' a second object of 'released'): that phrase is about the name. It opens with a determiner or
    a possessive and ends the sentence or meets a comma. None where there is none (not 'Kelvo sold Tala, and Vexa
    its model': no determiner after the comma)."""
    doc, k = span.doc, span.end + 1
    root = span.root
    if k >= len(doc) or doc[span.end].text != "," or root.dep_ not in {"dobj", "nsubj", "pobj", "attr"}:
        return None
    det, noun = doc[k], doc[k].head
    if not (det.dep_ == "det" and det.lower_ in {"the", "a", "an"} or det.dep_ == "poss" and det.tag_ == "PRP$") \
            or noun.pos_ != "NOUN" or noun.left_edge.i != k:
        return None
    # (a second object or subject of the name's own verb; or an object hung on a word before the name: 'raise capital
    # for Orvo, their startup in Oslo', parsed with 'startup' the object of the sentence's verb)
    if not (noun.dep_ == root.dep_ and noun.head == root.head
            or noun.dep_ in {"dobj", "npadvmod", "dep"} and noun.head.i < span.start):
        return None
    end = noun.right_edge.i + 1
    return noun if end >= len(doc) or doc[end].text in {",", ".", ";"} or doc[end].is_sent_start else None


#: A plural of letters in capitals ('SMEs', 'VCs'): a common noun's abbreviation, whatever a dictionary says.
_CAPITALS_PLURAL = re.compile(r"^[A-Z]{2,}s$")
#: The parts of speech the tagger gives a name it does not know ('Orvane named ...': a noun).
_GUESSED_POS = {"NOUN", "ADJ", "VERB", "ADV"}


#: The endings of words of nationality and origin: 'Brazilian', 'Ugandan', 'Vietnamese', 'Swedish', 'Israeli'.
DEMONYM_ENDINGS = ("an", "ese", "ish", "i")


def ranks(words: Iterable[Token]) -> bool:
    """Whether words rank what follows them by a superlative: 'largest', 'most successful', 'second-biggest'."""
    return any(t.tag_ == "JJS" or t.lower_ in {"most", "least"} or t.lower_.endswith(("largest", "biggest"))
               for t in words)


def demonym_of(place: str, word: str) -> bool:
    """Whether a word of nationality is the one of a place, by their shapes: the place's name with the ending of a
    demonym (:data:`DEMONYM_ENDINGS`) in place of its last vowel, if it ends in one ('Kenya' 'Kenyan', 'China'
    'Chinese', 'Israel' 'Israeli', 'Germany' 'German', 'South Africa' 'South African'), or the first word of a
    place's name of two ('Saudi' of 'Saudi Arabia'). Not the place's name itself ('US startup Tarvik' is the
    place-before-kind rule's), nor a short one."""
    p, w = place.casefold().split(), word.casefold().split()
    if len(p) == 2 and len(w) == 1:
        return w[0] == p[0] and len(w[0]) >= 4 and w[0].isalpha() and w[0].endswith(DEMONYM_ENDINGS)
    if not p or len(p) != len(w) or p[:-1] != w[:-1] or len(p[-1]) < 4 or p[-1] == w[-1]:
        return False
    stem = p[-1][:-1] if p[-1][-1] in "aeiouy" else p[-1]
    return w[-1].startswith(stem) and len(w[-1]) - len(stem) <= 4 and w[-1].endswith(DEMONYM_ENDINGS)


def _without_demonym(span: Span, places: Sequence[str]) -> Span:
    """A person's name without the word of nationality the NER ran into it ('founded by Ugandan Tom Hale'), when the
    text names the place the word is of ('Uganda', :func:`demonym_of`): a name of three words or more whose first is
    such a word (some given names have a demonym's shape: 'Christian Vale' stays whole)."""
    if len(span) >= 3 and span[0].is_title and any(demonym_of(p, span[0].text) for p in places):
        return span[1:]
    return span


def demonym_words(nlp: Language) -> frozenset[str]:
    """The adjectives of the pipeline's rule lemmatizer (WordNet's, in spaCy's English pipelines) with an ending of a
    word of nationality (:data:`DEMONYM_ENDINGS`): 'brazilian', 'japanese', 'british', 'israeli'; not the places
    themselves, which it has as nouns only ('Uganda', 'Oman', 'Mali'). Empty without such a lemmatizer."""
    lookups = _lemma_lookups(nlp)
    if lookups is None:
        return frozenset()
    adjectives = lookups.get_table("lemma_index").get("adj", [])
    return frozenset(w for w in adjectives if w.isalpha() and w.endswith(DEMONYM_ENDINGS))


def _lemma_lookups(nlp: Language) -> Lookups | None:
    """The lookup tables of the pipeline's rule lemmatizer, when it has WordNet's index of words (spaCy's English
    pipelines do); None otherwise."""
    try:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    except KeyError:
        return None
    return lookups if lookups is not None and lookups.has_table("lemma_index") else None


def _next_to_name(span: Span) -> bool:
    """Whether a span may be a word of a longer name: a capitalised word after it, or a proper noun or a version
    before it."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    return after is not None and after.is_alpha and after.text[:1].isupper() \
        or before is not None and (before.pos_ == "PROPN" or any(ch.isdigit() for ch in before.text))


def dictionary_words(nlp: Language) -> frozenset[str]:
    """The English words the pipeline's rule lemmatizer knows: its index of nouns, verbs, adjectives and adverbs
    (WordNet's, in spaCy's English pipelines) and their irregular forms. Empty when the pipeline has no such
    lemmatizer (then no word is taken for a name by not being in it)."""
    lookups = _lemma_lookups(nlp)
    if lookups is None:
        return frozenset()
    words: set[str] = set()
    for table in ("lemma_index", "lemma_exc"):
        if lookups.has_table(table):
            for by_pos in lookups.get_table(table).values():
                words.update(by_pos)  # (the index: words of a part of speech; the exceptions: form -> lemmas)
    return frozenset(words)


def _camel_case(tok: Token) -> bool:
    """A word with a capital after a small letter ('TalkBot', 'VexaNet', 'iTarvo'): a name's spelling."""
    text = tok.text
    return tok.is_alpha and any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))


#: Words written onto a versioned name with a hyphen that say of what kind something is, no part of its name:
#: 'Tala-4-class', 'v2-series'.
KIND_WORDS = {"level", "class", "series", "style", "like", "size", "sized", "type", "grade", "scale", "era"}


def _no_name_part(tok: Token) -> bool:
    """A participle or a kind word written onto a name with a hyphen ('Oslo-based', 'Tala-4-powered',
    'Tala-4-class'), no part of the name."""
    return tok.tag_ in {"VBN", "VBG", "VBD"} or tok.lower_.endswith(("ed", "ing")) or tok.lower_ in KIND_WORDS


def _hyphened_at(toks: list[Token], j: int) -> bool:
    """Whether a hyphen written without spaces joins token j to a capitalised word after it ('Krunch-It')."""
    return j + 2 < len(toks) and toks[j + 1].text == "-" and not toks[j].whitespace_ \
        and not toks[j + 1].whitespace_ and toks[j + 2].text[:1].isupper() and toks[j + 2].is_alpha


def _trim(span: Span) -> Span | None:
    """Drop leading articles (definite, or an indefinite one in lower case), quotes and punctuation, the words before
    a lower-case noun the name comes after (the NER's 'French start-up Mistral'), and a trailing possessive, hyphen or
    lower-case function word (the NER's 'Sven Holt of' in 'Sven Holt of Brightwater said')."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and ((tok := doc[start]).lower_ in DEFINITE or tok.is_punct or tok.is_space
                           or tok.text in INDEFINITE and tok.pos_ == "DET"):  # ('a United Arab Emirates (UAE)-based')
        start += 1
    if start < end and (tok := doc[start]).pos_ == "ADP" and tok.dep_ == "prep" \
            and any(c.dep_ == "pobj" and not start <= c.i < end for c in tok.children):
        start += 1  # a preposition opening the sentence, its object after the name: 'Among Vexa's backers are ...'
    common = [k for k in range(start, end - 1) if doc[k].is_lower and doc[k].pos_ in {"NOUN", "VERB", "ADJ"}
              and not any(ch.isdigit() for ch in doc[k].text)]  # (not '6th Fleet')
    if common and all(_is_capitalised(doc[k]) for k in range(common[-1] + 1, end)):
        start = common[-1] + 1
    while end > start and ((tok := doc[end - 1]).text in POSSESSIVE_ENDINGS or tok.is_punct or tok.is_space
                           or (tok.is_lower and tok.pos_ in TRAILING_FUNCTION_POS)):
        if tok.text == "&" and end - 1 > start and not doc[end - 2].whitespace_:
            break  # a name ending in an ampersand written onto it ('e&')
        end -= 1
    for k in range(start, end):
        if doc[k].text == "(" and not any(doc[j].text == ")" for j in range(k + 1, end)):
            end = k  # an unclosed parenthesis: 'Kroger (KR' of 'Kroger (KR.N)'
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            break
    if start >= end:
        return None
    return doc[start:end]


#: A funding round's stage letter after 'Series': the 'B' of 'a Series B', 'J', 'B2', 'A+'.
STAGE_LETTER = re.compile(r"[A-Z][0-9+]?")
#: A stock ticker with its exchange suffix: 'VX.N', 'RELI.NS', '0700.HK'.
_TICKER = re.compile(r"^[A-Z0-9]{1,6}\.[A-Z]{1,3}$")
#: An exchange and a ticker written as one word: 'TYO:6594', 'NASDAQ:VX'.
_EXCHANGE_TICKER = re.compile(r"^[A-Z]{2,8}:[A-Z0-9.]{1,8}$")


def _proper_noun_norp(ent: Span) -> bool:
    """Whether a NORP entity is a proper noun standing as a noun (a subject, object or apposition's head),
    not a nationality adjective: the NER's guess for a name it does not know."""
    return ent.label_ == "NORP" and ent.root.pos_ == "PROPN" and ent.root.tag_ == "NNP" \
        and ent.root.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"} \
        and not any(c.dep_ == "det" for c in ent.root.children)  # ('a Republican', 'hired a Norwegian')


def _in_ticker(span: Span) -> bool:
    """Whether a span is a stock ticker or its exchange, in parentheses or angle brackets: 'NYSE' of
    '(NYSE: VX)', '(VX.N)', '<RELI.NS>'."""
    doc = span.doc
    opened = span.start > 0 and doc[span.start - 1].text in {"(", "<"}
    if opened and span.end + 1 < len(doc) and doc[span.end].text == ":" and doc[span.end + 1].text.isupper():
        return True
    if span.start >= 3 and doc[span.start - 1].text == ":" and doc[span.start - 3].text == "(" \
            and span.text.isupper():
        return True  # the ticker itself: 'VXC' of '(Nasdaq: VXC)'
    if opened and len(span) == 1 and _EXCHANGE_TICKER.match(span.text):
        return True  # the exchange and the ticker written as one word: '(TYO:6594)'
    return opened and span.end < len(doc) and doc[span.end].text in {")", ">"} and bool(_TICKER.match(span.text))


def _with_name_before(ent: Span, taken: set[int], prefixes: Container[str]) -> Span:
    """The NER's name with the capitalised proper nouns right before it that the parser joins to it and the NER
    left out: 'BlueKite' of 'BlueKite Capital Partners', and a person's first name before a surname alone ('Ana'
    of 'Ana Ruiz', opening the sentence too; not 'Rev.' or 'Navy' before a full name). Job titles are split off
    later (:func:`_split`)."""
    doc, start = ent.doc, ent.start
    most = 1 if ent.label_ == "PERSON" and len(ent) == 1 else 0 if ent.label_ == "PERSON" else 3
    while start > ent.start - most and start > 0 and (tok := doc[start - 1]).pos_ == "PROPN" \
            and (tok.dep_ == "compound" or tok.dep_ == "nmod" and most == 1) \
            and start <= tok.head.i < ent.end and tok.text[:1].isupper() \
            and not tok.ent_type_ and tok.i not in taken and (not tok.is_sent_start or most == 1) \
            and tok.text not in prefixes and tok.lower_ not in prefixes \
            and not tok.text.endswith("."):
        start -= 1
    # a given name written with a hyphen: 'Marie-Anne Tolvik', of which the NER saw 'Anne Tolvik'
    if ent.label_ == "PERSON" and start >= 2 and doc[start - 1].text in {"-", "‐"} and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha \
            and start - 2 not in taken:
        start -= 2
    return ent if start == ent.start else doc[start:ent.end]


#: Particles of a family name written onto it with a hyphen ('Al-Rashid', 'el-Sayed') or before it ('bin Salem').
_HYPHEN_PARTICLES = {"al", "el", "ul", "ud"}
_SPACED_PARTICLES = {"bin", "bint", "ibn"}


def _with_particle_name(ent: Span, taken: set[int]) -> Span:
    """A person's name with the family name after it that begins with a particle, which the NER cut off: 'Talal
    Al-Maiman', of which it saw 'Talal' (and took 'Al-' for a company), 'Faisal bin Salem'."""
    doc, end = ent.doc, ent.end
    while end + 2 < len(doc) and not {end, end + 1, end + 2} & taken:
        word, mark, name = doc[end], doc[end + 1], doc[end + 2]
        hyphened = word.lower_ in _HYPHEN_PARTICLES and mark.text in {"-", "‐"} and not word.whitespace_ \
            and not mark.whitespace_ and name.text[:1].isupper() and name.is_alpha
        spaced = word.lower_ in _SPACED_PARTICLES and mark.text[:1].isupper() and mark.is_alpha
        if hyphened:
            end += 3
        elif spaced:
            end += 2
        else:
            break
    return ent if end == ent.end else doc[ent.start:end]


#: One word written with a version: 'Tala-4', 'Nova-2.5', 'Orbix-4o'; a letter and digits: 'q3', 'q3-mini'.
_VERSIONED_WORD = re.compile(r"[A-Z][A-Za-z]*-\d+(?:\.\d+)*[a-z]{0,2}|[a-z]\d+[a-z]*(?:-[a-z]+)?")


def _nouns_used(doc: Doc, nouns: frozenset[str]) -> int:
    """How many common nouns of a text are one of ``nouns`` ('models', 'model'; not the proper noun of 'Kelvo Model
    2')."""
    return sum(1 for tok in doc if tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns)


def is_versioned_name(words: list[str]) -> bool:
    """Whether a name is written with a version: 'Nova 2', 'Tala-4', 'q3-mini', 'Tarvo 15' (not 'Expo 2030',
    'Vexa')."""
    last = words[-1]
    if len(words) > 1 and any(ch.isupper() for ch in words[0]) and _MODEL_NUMBER.match(last) \
            and not _YEAR.match(last):
        return True
    return any(_VERSIONED_WORD.fullmatch(w) for w in words)


def with_variants(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Names written with a version and a variant word after it are one name: 'Phi-3' and 'Mini' of 'the
    Tala-3 Mini model' (the NER often takes the variant alone for a person), 'Nova 2 Pro'. The variant is a
    capitalised word right after the version, in the same noun phrase."""
    out: list[tuple[Span, str]] = []
    for span, label in sorted(found, key=lambda x: x[0].start):
        if out:
            prev, prev_label = out[-1]
            a, b = prev.root, span.root
            # (the variant is what the version modifies, or it modifies a noun after it: 'the Tala-3 Mini model')
            same_phrase = a.head.i == b.i or b.dep_ in {"compound", "nmod"} and b.head.i > b.i
            if prev.end == span.start and len(span) == 1 and span[0].text[:1].isupper() and same_phrase \
                    and is_versioned_name([tok.text for tok in prev]):
                out[-1] = (prev.doc[prev.start:span.end], prev_label)
                continue
        out.append((span, label))
    return out


#: Possessive endings written with a typographic apostrophe.
CURLY_POSSESSIVES = {"’s", "’"}
#: The key of a Doc's user data that holds the indexes of the tokens that the text writes with a typographic
#: apostrophe, which the pipeline reads as straight ones (:func:`kg.extract.pipeline.straight_possessives`).
CURLY_KEY = "kg_curly"


def is_curly_possessive(tok: Token) -> bool:
    """Whether a token is a possessive ending the text writes with a typographic apostrophe ('Vexa’s')."""
    return tok.text in CURLY_POSSESSIVES or tok.i in tok.doc.user_data.get(CURLY_KEY, ())


def _named_alone(word: Token, before: str) -> bool:
    """Whether the document has the word elsewhere, not after ``before``."""
    doc = word.doc
    return any(t.text == word.text and t.i != word.i and (t.i == 0 or doc[t.i - 1].text != before) for t in doc)


def _city_before_region(span: Span, noun: Token, t: CueTables) -> bool:
    """Whether a name the NER calls a place is followed by a comma and a place on a hyphen participle of ``noun``
    ('Waltham, Massachusetts-based company'), or is that place itself, with its acronym in brackets ('United Arab
    Emirates (UAE)-based company')."""
    doc = span.doc
    places = {t.place_class}
    if span.end + 4 < len(doc) and bracketed_at(doc, span.end) is not None \
            and doc[span.end + 3].text in DASHES and doc[span.end + 4].lower_ in t.hyphen \
            and places & set(t.ner.get(span.root.ent_type_, ())):
        return True  # ('a United Arab Emirates (UAE)-based firm': the place itself, its acronym, the participle)
    if span.end + 3 >= len(doc) or doc[span.end].text != "," or not places & set(t.ner.get(span.root.ent_type_, ())):
        return False
    return any(c.dep_ == "amod" and c.lower_ in t.hyphen and doc[c.i - 1].text in DASHES
               and places & set(t.ner.get(doc[span.end + 1].ent_type_, ())) and doc[span.end + 1].i < c.i - 1
               for c in noun.children)


def _possessed(noun: Token) -> bool:
    """Whether a possessive begins a noun's phrase ('its e-commerce platform', 'Vexa's food app'), however the parser
    hung it."""
    for tok in reversed(noun.doc[max(0, noun.i - 6):noun.i]):
        if tok.tag_ in {"PRP$", "POS"} or tok.dep_ == "poss":
            return True
        if tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "DET"} or tok.is_punct and tok.text not in {"-", "–"}:
            return False
    return False


def _without_kind_abbreviation(span: Span, head_nouns: dict) -> Span:
    """A name without the abbreviation of a kind of organization the NER ran into its start: 'Kelvo' of 'MNC Kelvo'
    (a head noun of the ontology written in capitals)."""
    if len(span) > 1 and span[0].is_upper and span[0].is_alpha and span[1].text[:1].isupper() \
            and match_phrase(head_nouns, [span[0].lower_])[0] == 1:
        return span[1:]
    return span


def _without_cue_words(span: Span, head_nouns: dict) -> Span:
    """A name with a version without the capitalised words that begin the head noun after it: 'its R1 AI model'
    names R1, an AI model ('AI model' a head noun of the ontology). Only a name with a digit left: 'the Vexa AI
    model' may be Vexa AI's."""
    doc = span.doc
    if span.end >= len(doc) or not doc[span.end].is_lower:
        return span
    for k in (2, 1):
        if len(span) > k and any(ch.isdigit() for ch in doc[span.start:span.end - k].text):
            words = [w.lower_ for w in span[-k:]] + [doc[span.end].lower_]
            if match_phrase(head_nouns, words)[0] == len(words):
                return doc[span.start:span.end - k]
    return span


#: NER labels of places and peoples: a body of a country ('Nigeria's National Board for Technology Incubation') is
#: an organization of its own.
PLACE_NER = {"GPE", "LOC", "NORP"}
#: The NER's labels of a country or a region, which a national unit's name may end with ('Vodara Tanzania').
COUNTRY_NER = {"GPE", "LOC"}

#: Nouns of a body within an organization: 'Vexa's National Board', 'its Executive Committee'.
ORGAN_NOUNS = {"board", "committee", "council", "directors", "trustees"}


def _without_organ(span: Span, non_entities: Container[str]) -> Span:
    """A name without the body within it that the NER ran into it: 'Tarvik' of 'the Tarvik board' (a lower-case noun
    of a body) and of 'Tarvik's Board of Directors' (a possessor before words the ontology says name nothing), where
    one who joins the board joins Tarvik's ('Tarvik Board of Directors', without the possessive, stays a name)."""
    if len(span) > 1 and span[-1].is_lower and span[-1].lower_ in ORGAN_NOUNS:
        return span[:-1]
    for k in range(1, len(span) - 1):
        if span[k].text in POSSESSIVE_ENDINGS and span[k + 1:].text.casefold() in non_entities:
            return span[:k]
    return span


def _organ_of_possessor(span: Span) -> bool:
    """Whether a name is that of a body of the organization before it, which is the name that matters: 'chair of
    Vexa's National Board (of Directors)' is Vexa's chair; the board is no entity of its own. Not a country's
    ('India's Central Board of Direct Taxes'), nor one of a name the NER took for a place."""
    root = span.root
    return root.lower_ in ORGAN_NOUNS and any(c.dep_ == "poss" and c.i < span.start and c.ent_type_ not in PLACE_NER
                                              for c in root.children)


def _is_amount(span: Span) -> bool:
    """Whether a span is a currency's word and numbers, which the NER may take for a name: 'Rs 500'; or the
    currency's word alone before a number ('Rs' of 'Rs 37 crore', the number taken for something else)."""
    if span[0].lower_ not in CURRENCY_WORDS:
        return False
    if len(span) == 1:
        return span.end < len(span.doc) and span.doc[span.end].like_num
    return all(t.like_num for t in span[1:])


def _scale_of_number(tok: Token) -> bool:
    """Whether a word is the scale of the number before it ('Mn' of '$125 Mn', 'Bn' of 'Rs 2 Bn')."""
    return tok.lower_ in SCALES and tok.i > 0 and tok.doc[tok.i - 1].like_num


def _portfolio(span: Span) -> bool:
    """Whether a span is the field a minister is of: 'Economy and Finance' of 'Tom Hale, Minister of Economy and
    Finance' (no organization; the parser may join the second field to the title itself). Not a place: 'the Prime
    Minister of Norway'."""
    if span.root.ent_type_ in {"GPE", "LOC", "NORP", "PERSON"}:
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.lemma_.lower() != "minister":
        tok = tok.head
    if tok.dep_ == "conj":
        return tok.head.lemma_.lower() == "minister"
    return tok.dep_ == "pobj" and tok.head.lower_ in {"of", "for"} and tok.head.head.lemma_.lower() == "minister"


def _is_compound_title(word: str, titles: dict) -> bool:
    """A word written onto a one-word title of five letters or more: 'chipmaker', 'carmaker' ('maker')."""
    return any(word.endswith(key) and len(word) > len(key) >= 5
               and any(len(phrase) == 1 for phrase, _ in titles[key]) for key in titles)


def _conjunct_at(tok: Token, end: int) -> Token | None:
    """The conjunct a list member begins with: the word itself, or the head of a name it begins ('Brenta' of 'Kelvo,
    Brenta Bank', the bank the conjunct), within a span ending at ``end``; None if the word begins no conjunct."""
    if tok.dep_ == "conj":
        return tok
    head = tok.head
    return head if tok.dep_ == "compound" and head.dep_ == "conj" and tok.i < head.i < end else None


def is_title_phrase(words: Iterable[Token], titles: dict) -> bool:
    """Whether tokens are one of the ontology's titles, and all of it ('Chief Executive', 'Co-founder', one token the
    title cue's words split at the hyphen)."""
    parts = hyphen_parts(tok.lower_ for tok in words)
    return match_phrase(titles, parts)[0] == len(parts)


def _split(span: Span, titles: dict, org_suffixes: frozenset[str] = frozenset(),
           people_nouns: Container[str] = frozenset(), words: Container[str] = frozenset()) -> list[Span]:
    """Split a span at slashes and line breaks ('Norvik/Li Wei' is two names), at the 'and' that ends a
    list ('A, B and C' taken as 'A' and 'B and C') or follows an organization's suffix ('Orbis Capital and Kelda
    Fund'; not 'the Trade and Exchange Commission'), at 'with' between names ('Orvex with Mike Allard'), at the
    verbs and commas of a span run across a verb, at a dash set off by spaces, at a possessive written with a
    typographic apostrophe ('Vexa’s Nova 2', which the NER takes for one name far more often than 'Vexa's Nova 2')
    or a plural's apostrophe ('Vexa Labs' Nova'), but not a plural of people's ('the Norvik Teachers’ Pension
    Fund', one of ``people_nouns``); and take out a title between names ('Coast Guard Lt. Tom
    Venn', 'Kelvo spokesman Ana Ruiz')."""
    parts, start = [], span.start
    doc = span.doc
    listed = span.start >= 2 and doc[span.start - 1].text == "," and _is_capitalised(doc[span.start - 2])
    # a span run across a verb is several names ('Vexa included Orrin, Tessaly Labs', as the NER read it)
    confused = any(t.is_lower and t.pos_ in {"VERB", "AUX"} for t in span)
    if span.start == span.sent.start and len(span) > 2 and _is_capitalised(span[1]) \
            and _is_compound_title(span[0].lower_, titles) and _named_alone(span[1], span[0].text):
        # 'Chipmaker Vexa Electronics said ... Vexa will pay': a title written with a capital to start the
        # sentence, when the text names the company without it elsewhere (not 'Rainmaker Capital Partners')
        start += 1
    for tok in span:
        if confused and (tok.text == "," or tok.is_lower and tok.pos_ in {"VERB", "AUX"}):
            if tok.i > start:
                parts.append(doc[start:tok.i])
            start = tok.i + 1
            continue
        # ('Orbis Capital and Birchwood', 'Orbis Capital, Birchwood Partners': not 'Vexa Capital, Inc.', nor 'Kelda
        # Oil and Gas', whose last word is a company name's suffix too)
        after_suffix = (tok.lower_ in {"and", ","} or tok.text == "&" and listed) and tok.i - start >= 2 \
            and doc[tok.i - 1].text in org_suffixes \
            and tok.i + 1 < span.end and doc[tok.i + 1].text not in org_suffixes \
            and not is_legal_form(doc[tok.i + 1].text)
        # (a plural's possessive apostrophe: 'Vexa Labs' Nova')
        plural_possessive = tok.text == "'" and tok.tag_ == "POS" and doc[tok.i - 1].lower_.endswith("s")
        # (a comma before a possessor the span ends with: 'Ruiz, Vexa's president, said', taken for one name)
        before_possessor = tok.text == "," and (doc[span.end - 1].text in POSSESSIVE_ENDINGS
                                                or span.end < len(doc) and doc[span.end].text in POSSESSIVE_ENDINGS) \
            and not any(t.lower_ in {"&", "and"} for t in span)  # (not a firm's name: 'Baker, Velto & Co.'s')
        # (a comma between members of a list, the parser's conjuncts: 'the chains Velmo, Pavano and Brantly'; not a
        # place written with its region, nor a firm's name: 'Baker, Velto & Co.', 'Vexa, Inc.')
        list_comma = tok.text == "," and tok.i + 1 < span.end and (member := _conjunct_at(doc[tok.i + 1], span.end)) \
            is not None and start <= member.head.i < tok.i and span.label_ not in {"GPE", "LOC", "FAC"} \
            and not is_legal_form(doc[tok.i + 1].text) and not any(t.text == "&" for t in span) \
            and not (doc[span.end - 1].text in org_suffixes or is_legal_form(doc[span.end - 1].text))
        listed = listed or list_comma  # ('Velmo, Pavano and Brantly': the list's 'and' ends a name too)
        # (a plural of people's is part of the name: 'the Norvik Teachers’ Pension Fund', 'Kelvo Farmers' Union')
        # (the tagger takes the capitalised plural for a name's word, whose lemma is itself: its singular by hand)
        of_people = tok.text in {"'", "’"} and doc[tok.i - 1].lower_.endswith("s") \
            and doc[tok.i - 1].lower_[:-1] in people_nouns
        # (two one-word names joined by 'and', which the NER took for one organization: 'Quarnix and Velbrio', of words
        # the dictionary (``words``) does not have; a firm's name has more words ('Kelvo Insights and Strategy') or an
        # ampersand ('Tarvik & Brenta'), a body's dictionary words ('Minister of Economy and Finance')
        pair = tok.lower_ == "and" and tok.i == span.start + 1 and span.label_ == "ORG" and bool(words) \
            and len(named := [x for x in span if not x.is_space]) == 3 \
            and all(x.pos_ == "PROPN" and _is_capitalised(x) and x.lower_ not in words for x in (named[0], named[2]))
        if (listed and tok.lower_ == "and" or after_suffix or is_curly_possessive(tok) or tok.text == "with"
                or plural_possessive or before_possessor or list_comma or pair) \
                and not of_people and start < tok.i \
                and tok.i + 1 < span.end and _is_capitalised(doc[tok.i + 1]):
            parts.append(doc[start:tok.i])
            start = tok.i + 1
            continue
        # (a dash set off by spaces ends a phrase: 'after Tarvo – Kelda Labs was founded ...')
        dash = tok.text in {"–", "—", "--"} and bool(tok.whitespace_) and tok.i > 0 and bool(doc[tok.i - 1].whitespace_)
        if tok.text in {"/", "|"} or dash or tok.is_space or "\n" in tok.whitespace_ and tok.i + 1 < span.end:
            cut_end = tok.i if tok.text in {"/", "|"} or dash or tok.is_space else tok.i + 1
            if cut_end > start:
                parts.append(doc[start:cut_end])
            start = tok.i + 1
            continue
        # (titles are keyed by their last word; one the tokenizer keeps whole with its hyphen is one token: 'Zentrix
        # Co-Founder Tom Hale')
        hyphened = "-" in tok.text and bool(co_title(titles, [tok.lower_])[0])
        if not tok.text[:1].isupper() or tok.lower_ not in titles and not hyphened:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.pos_ != "PROPN" or not nxt.text[:1].isupper():
            continue
        n = 1 if hyphened else match_phrase(titles, [t.lower_ for t in doc[start:tok.i + 1]])[0]
        # (and the words that rank the title, written before it: 'Kelvo Senior Analyst Tom Hale'; not a word that ends
        # a company's name as well: 'Kelvo Group CEO Tom Hale')
        while n and tok.i - n > start and doc[tok.i - n].lower_ in NAME_LESS_RANKS \
                and doc[tok.i - n].text not in org_suffixes:
            n += 1
        if n:
            if tok.i + 1 - n > start:
                parts.append(doc[start:tok.i + 1 - n])
            start = tok.i + 1
    end = span.end
    if end - start >= 2 and end < len(doc) and doc[end].lower_ in {"and", "&"} and doc[end - 1].text[:1].isupper():
        # 'Kelda President and Chief Executive Tom Hale said': a title joined to the next ends no name ('Kelda
        # Co-founder and CEO Tom Hale', one token the title cue's words split at the hyphen)
        n = max((k for k in range(1, end - start) if is_title_phrase(doc[end - k:end], titles)), default=0)
        if n:
            end -= n
    if start < end:
        parts.append(doc[start:end])
    return [t for p in parts if (t := _trim(p)) is not None]


def _sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    """The document's sentences, and the index of each token's sentence (Token.sent scans for every call)."""
    sents = list(doc.sents)
    index = [0] * len(doc)
    for n, sent in enumerate(sents):
        index[sent.start:sent.end] = [n] * (sent.end - sent.start)
    return sents, index


#: Words that open a news agency's credit line: '(Reporting by A in Oslo; Editing by B)'.
CREDIT_WORDS = {"reporting", "writing", "editing", "compiled", "additional", "produced", "graphics", "photo",
                "photos"}
#: Tags of finite verbs, which a credit line has none of.
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


#: The NER's labels of a name a national unit's name may begin with: a company's, or the nationality it takes an
#: unknown company's name for ('Vodara Tanzania').
UNIT_NER = {"ORG", "NORP"}


def _national_units(ents: Sequence[Span]) -> list[Span]:
    """The NER's names, with a company's name and the country or region written right after it in one noun
    phrase made one organization's name: a national unit ('Vodara Tanzania said', 'Kelvo Europe'), which the NER
    reads as a company and a place. Not a place that begins a possessive or a hyphenated word ('Vodara Kenya's
    unit', 'Vodara Kenya-based'); not a nationality ('Kenyan Nairobi'), nor two places ('Nairobi Kenya')."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        unit, place = ents[k], ents[k + 1] if k + 1 < len(ents) else None
        if place is not None and unit.label_ in UNIT_NER and place.label_ in COUNTRY_NER and place.start == unit.end \
                and len(place) <= 2 and unit.root.tag_ == "NNP" and unit.root.dep_ == "compound" \
                and unit.root.head.i in range(place.start, place.end):
            doc = unit.doc
            after = doc[place.end] if place.end < len(doc) else None
            if after is None or not (after.text in POSSESSIVE_ENDINGS or after.text in {"-", "–"}
                                     and not place[-1].whitespace_):
                out.append(Span(doc, unit.start, place.end, label="ORG"))
                k += 2
                continue
        out.append(unit)
        k += 1
    return out


def _named_before_acronym(ents: Sequence[Span]) -> list[Span]:
    """The NER's names, with the capitalised words joined to one by 'and', 'of' or '&' made one organization's name
    when the acronym in brackets after them is the initials of all: 'Kelvo Mail and General Trust (KMGT)', 'the
    Kelvo Bank of Tarla (KBT)', which the NER reads as two names or one cut short."""
    out: list[Span] = []
    skip_to = -1
    for ent in ents:
        if ent.start < skip_to:
            continue
        doc, j = ent.doc, ent.end + 1
        if ent.label_ in {"ORG", "PERSON"} and ent.end < len(doc) and doc[ent.end].lower_ in JOINING_WORDS:
            while j < len(doc) and j < ent.end + 5 and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN" \
                    and not doc[j].is_punct:
                j += 1
            if j > ent.end + 1 and (acronym := _acronym_at(doc, j)) is not None \
                    and is_acronym_of(acronym, [t.text for t in doc[ent.start:j]]):
                out.append(Span(doc, ent.start, j, label="ORG"))
                skip_to = j
                continue
        out.append(ent)
    return out


def bracketed_at(doc: Doc, i: int) -> Token | None:
    """The one word in brackets that start at token i ('(KMGT)', '(UAE)'), if there is one."""
    return doc[i + 1] if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" else None


def _acronym_at(doc: Doc, i: int) -> str | None:
    """The acronym in brackets that starts at token i ('(KMGT)'), if there is one."""
    word = bracketed_at(doc, i)
    return word.text if word is not None and word.text.isupper() else None


#: Words by which a company's own press calls it, capitalised, in place of its name ('Group CEO Tom Hale', 'the
#: Company's shares'): no name of their own (the title then is the article's company's, as 'Chief executive Ana Ruiz'
#: is). Not 'Union', 'Times', 'Post': those name something alone.
SELF_NAMES = {"Group", "Company", "Corporation", "Holding", "Holdings", "Bank"}


#: Words of the calendar, which the NER rightly takes for dates whatever they do in a sentence ('Monday's meeting').
CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                  "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                  "december", "today", "tomorrow", "yesterday", "christmas", "easter", "thanksgiving", "ramadan",
                  "diwali", "hanukkah", "eid", "halloween"}


def _acting_dates(ents: Sequence[Span]) -> set[str]:
    """The texts of one-word names the NER took for dates that act as no date does: the possessor of a noun or a
    verb's subject somewhere in the text ('Payday's seed round', 'Payday became a payment partner'), written with
    a capital, no digits and no calendar word. Names to find like any other."""
    out = set()
    for ent in ents:
        tok = ent[0]
        if ent.label_ == "DATE" and len(ent) == 1 and tok.pos_ == "PROPN" and tok.is_alpha \
                and tok.text[:1].isupper() and tok.lower_ not in CALENDAR_WORDS \
                and tok.dep_ in {"poss", "nsubj", "nsubjpass"}:
            out.add(tok.text)
    return out


def title_case(line: str) -> bool:
    """Whether a line is written in title case, as a headline is ('Kelvo Buys Swedish Developer Tarvik', 'Vexa Raises
    $3m to Expand in UK, Canada'): its words of four letters or more are nearly all capitalised (a line of prose
    has a few names among its common words)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    # (a short one too, with no sentence's end: 'Vexa's Own Chatbot'; not a sentence of two long words)
    short = len(words) == 2 and not line.rstrip().endswith(LINE_ENDS)
    return (len(words) >= 3 or short) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _headlines(doc: Doc, sents: list[Span]) -> tuple[set[int], str]:
    """The tokens of headlines (a line of its own in title case, in a text with more to it than the line, however
    the sentence splitter cut it: 'Vexa's Tala Goes Open Source: The Start of an Era') and the text outside them.
    In a headline every word is capitalised, so a name found there runs into the words around it ('Vexa Raises',
    'Expand Footprints'); the story names what matters again in its body."""
    heads: set[int] = set()
    text = doc.text
    if len(sents) < 2:
        return heads, ""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip() and len(line.strip()) < len(text.strip()) and title_case(line):
            heads.update(t.i for t in doc if start <= t.idx < end)
        start = end + 1
    if not heads:
        return heads, ""
    body = " ".join(t.text_with_ws for t in doc if t.i not in heads)
    return heads, " ".join(body.split())


def _named_in(name: str, body: str) -> bool:
    """Whether a story's body names what a headline's name does: written as the headline writes it, or in any case
    for a name in capitals ('KELVO' of 'KELVO RAISES $3M'); a word the body writes in lower case is none ('The Good'
    of a headline quoting 'the good, the bad and the ugly')."""
    return name in body or name.isupper() and name.casefold() in body.casefold()


def _credit_lines(sents: list[Span]) -> set[int]:
    """The tokens of credit lines ('(Reporting by A in Oslo; Editing by B)', 'Writing by A'): who wrote the
    story and where, which says nothing of what the story is about."""
    out: set[int] = set()
    for sent in sents:
        # a credit in parentheses after other text: '($1 = 6.7 yuan) (Reporting by A; Editing by B)'
        for tok in sent:
            if tok.text == "(" and tok.i + 2 < sent.end and tok.nbor(1).lower_ in CREDIT_WORDS \
                    and any(w.lower_ == "by" for w in sent.doc[tok.i + 2:min(tok.i + 5, sent.end)]):
                close = next((w.i for w in sent.doc[tok.i:sent.end] if w.text == ")"), sent.end)
                out.update(range(tok.i, close + 1))
        words = [t for t in sent[:6] if not t.is_punct and not t.is_space]
        if len(words) >= 2 and words[0].lower_ in CREDIT_WORDS \
                and any(w.lower_ == "by" for w in words[1:4]) and not any(t.tag_ in FINITE_TAGS for t in sent) \
                and (words[0].i == sent.start or sent.doc[words[0].i - 1].text == "("):
            out.update(range(sent.start, sent.end))
    return out


def set_off(prep: Token) -> bool:
    """Whether a prepositional phrase ends in a comma: 'In Tessaly, ...'."""
    end = prep.right_edge.i + 1
    return end < len(prep.doc) and prep.doc[end].text == ","


def without_setting(verb: Token, preps: list[Token], words: Container[str]) -> list[Token]:
    """A verb's prepositions among ``preps``, less a phrase set off before the clause ('In Tessaly, Kelvo invested in
    Tarvik', '... invested for the third time in Tarvik'), which is its setting, when the clause has a preposition of
    ``words`` of its own after the verb."""
    if any(t.i > verb.i and t.dep_ == "prep" and t.lower_ in words for t in verb.subtree):
        return [p for p in preps if p.i > verb.i or not set_off(p)]
    return preps


def prep_objects(tok: Token, preps: Container[str]) -> list[Token]:
    """The objects of a token's prepositions among ``preps``: ``prep_objects(noun, {"of"})`` is Vexa in 'the
    headquarters of Vexa'."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
            if p.dep_ == "pobj"]


def cue_words(tok: Token) -> list[str]:
    """The lower-cased lemmas of a noun and the compound/amod words right before it."""
    words = [tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_]
    doc, i = tok.doc, tok.i - 1
    while i >= 0 and len(words) < 4:
        prev = doc[i]
        if prev.head.i != tok.i or prev.dep_ not in {"compound", "amod", "nmod"}:
            break
        words.insert(0, prev.lower_)
        i -= 1
    if i >= 1 and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_:
        words[:0] = [doc[i - 1].lower_, "-"]  # 'ex-owner', written as one word and split by the tokenizer
    return split_prefixed(words)  # ('co-owner', joined by kg_prefixed_words)


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
        #: the words a capitalised word is a name for not being one of (:meth:`_unknown_word`)
        self.words: frozenset[str] = frozenset()
        #: words of nationality, never a name alone (:func:`demonym_words`)
        self.demonyms: frozenset[str] = frozenset()

    def initialize(self, get_examples=None, *, nlp: Language | None = None, schema: Schema | None = None) -> None:
        if schema is None:
            raise KGError("kg_mentions.initialize needs schema=... (kg.ontology.load_schema())")
        self.tables = compile_cues(schema)
        # (the ontology's cue words are words too, the newer ones no dictionary has: 'fintech', 'chipmaker')
        cue_words = {w for table in (self.tables.head_nouns, self.tables.titles)
                     for entries in table.values() for words, _ in entries for w in words}
        dictionary = dictionary_words(nlp) if nlp is not None else frozenset()
        self.words = dictionary | cue_words if dictionary else frozenset()
        self.demonyms = demonym_words(nlp) if nlp is not None else frozenset()
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
        if span.start > 0 and span.doc[span.start - 1].text in tables_of(self).prefixes:
            return span.doc[span.start - 1:span.end]
        return span

    @staticmethod
    def _with_legal_form(span: Span, taken: Container[int]) -> Span:  # (of a name the NER calls an organization)
        """The NER's organization name with the legal form written after it that the NER left out ('SAP SE', of
        which it saw 'SAP'): 'Vexa SE Chief Executive ...' names Vexa SE, not a company 'SE'; and the words of the
        name before that form, which it may have left out too or taken for another name ('Kelvo-Brandt VelCo NV',
        of which it saw 'Kelvo-Brandt'): a legal form ends a company's name."""
        doc, end = span.doc, span.end
        words = end
        while words < min(len(doc), end + 2) and doc[words].pos_ == "PROPN" and doc[words].text[:1].isupper() \
                and not is_legal_form(doc[words].text) and doc[words - 1].whitespace_:
            words += 1
        if words < len(doc) and doc[words].text[:1].isupper() and is_legal_form(doc[words].text) \
                and doc[words].pos_ == "PROPN" and doc[words - 1].whitespace_ \
                and not any(i in taken for i in range(end, words + 1)):
            return doc[span.start:words + 1]
        return span

    @staticmethod
    def _with_suffix_words(span: Span, taken: Container[int], suffixes: Container[str]) -> Span:
        """The NER's organization name with the words of an organization's name written after it that the NER
        left out, which the parser makes the head of the name ('Tarvik Labs named ...', of which the NER saw
        'Tarvik'): not a company 'Labs'."""
        doc, end = span.doc, span.end
        while end < len(doc) and end not in taken and doc[end].text in suffixes and doc[end].pos_ == "PROPN" \
                and doc[end - 1].whitespace_ and doc[end - 1].dep_ in {"compound", "nmod"} \
                and doc[end - 1].head.i == end:
            end += 1
        return doc[span.start:end] if end > span.end else span

    @staticmethod
    def _with_number(span: Span) -> Span:
        """The name with the model number after it ('Switch 2', 'Falcon 180B', 'KELVA 3.0', 'Yi-34B', 'Tala 2
        9B'): a product's or model's full name. Not a year, an amount, or a count ('3 million units')."""
        doc, end = span.doc, span.end
        if end < len(doc) and doc[end].text in {"-", "‐"} and not span[-1].whitespace_ and not doc[end].whitespace_:
            end += 1  # 'Yi-34B', written without spaces
        if end >= len(doc):
            return span
        number = doc[end]
        if number.lower_ in TIER_WORDS and number.text[:1].isupper() and len(span) > 1 \
                and _MODEL_NUMBER.match(span[-1].text) and not _YEAR.match(span[-1].text):
            return doc[span.start:end + 1]  # ('Velmo 8 Pro', the NER's name ending at the number)
        if number.is_alpha and number.like_num and number.text[:1].isupper() and number.text[1:].islower() \
                and span[-1].text[:1].isupper() and number.i > span.sent.start:
            return doc[span.start:end + 1]  # a version written in a capitalised word: 'the Vexa One'
        if not _MODEL_NUMBER.match(number.text) or _YEAR.match(number.text):
            return span
        after = doc[end + 1] if end + 1 < len(doc) else None
        size = after is not None and MODEL_SIZE.fullmatch(after.text) is not None
        if number.ent_type_ in NOT_MODEL_NUMBER_ENTS and not (
                number.ent_type_ == "DATE" and number.dep_ in {"nummod", "compound"}
                and (span.start <= number.head.i < span.end or size and number.head.i == end + 1)):
            # (a number the NER took into a date is still the name's own when the parser hangs it on the name:
            # 'released Tala 3 last week', of which the NER saw the date '3 last week'; not 'joined Vexa 10 years
            # ago', the number a count of the years)
            return span
        if size:
            return doc[span.start:end + 2]  # ('Tala 2 9B': the version and the model's size)
        if after is not None and (after.like_num or after.lower_ in COUNT_WORDS or after.text == "%"):
            return span
        if after is not None and after.lower_ in TIER_WORDS and after.text[:1].isupper():
            return doc[span.start:end + 2]  # ('its Orbix 60 Pro smartphone': the version and its tier)
        return doc[span.start:end + 1]

    @staticmethod
    def _with_hyphen_parts(span: Span, taken: Container[int]) -> Span:
        """The name with the parts written onto it with hyphens, where a part carries a version: 'TALA-NX-120b',
        of which the tokenizer and the NER see 'TALA' and 'NX-120b'; 'q4-mini', a versioned name with a
        lower-case variant word after it. Not a participle or a kind word ('Tala-4-powered', 'Oslo-based',
        'Tala-4-class'), nor a capitalised word with no version on either side (left to the proper-noun runs)."""
        doc, start, end = span.doc, span.start, span.end

        def joined(left: Token, hyphen: Token) -> bool:
            return hyphen.text in {"-", "‐"} and not left.whitespace_ and not hyphen.whitespace_

        def versioned(text: str) -> bool:
            return any(ch.isdigit() for ch in text)

        while end + 1 < len(doc) and end + 1 not in taken and joined(doc[end - 1], doc[end]):
            part = doc[end + 1]
            if _is_capitalised(part) and (versioned(part.text) or versioned(doc[start:end].text)) \
                    or part.is_lower and part.is_alpha and versioned(doc[start:end].text) and not _no_name_part(part):
                end += 2
            else:
                break
        while start >= 2 and start - 2 not in taken and joined(doc[start - 2], doc[start - 1]) \
                and _is_capitalised(doc[start - 2]) and (versioned(doc[start - 2].text) or versioned(span.text)):
            start -= 2
        return span if (start, end) == (span.start, span.end) else doc[start:end]

    def _unknown_word(self, tok: Token, lower_case: Container[str]) -> bool:
        """'Orvane named Ana Ruiz chief executive': a capitalised word the tagger took for a common noun (or an
        adjective, a verb, an adverb) that is no word of the pipeline's dictionary or of the ontology's cues, nor
        one the text writes in lower case (``lower_case``) elsewhere, is a name the model has never seen: the
        small English model tags most such words at the start of a sentence as nouns, and its NER then misses
        them. Not a plural of capitals: 'SMEs'."""
        return bool(self.words) and tok.pos_ in _GUESSED_POS and tok.is_alpha and tok.text[:1].isupper() \
            and tok.lower_ not in self.words and tok.lemma_.lower() not in self.words \
            and tok.lower_ not in lower_case and not _CAPITALS_PLURAL.match(tok.text)

    def _with_coordinated_fields(self, found: list[tuple[Span, str]],
                                 org_suffixes: Container[str]) -> list[tuple[Span, str]]:
        """'Ministry of Forests and Fisheries', 'Ministry of Culture and ICT', which the NER cuts at the 'and': a
        body's name ('Ministry', 'Institute': a word of the ontology's organization suffixes, then 'of') and the
        words of a second field after 'and' are one name, where those words are dictionary words or an
        abbreviation ('Fisheries', 'ICT'; not 'the Ministry of Finance and Orvane'). Never without a dictionary."""
        out: list[tuple[Span, str]] = []
        for span, label in sorted(found, key=lambda x: x[0].start):
            if out and self.words:
                prev, prev_label = out[-1]
                doc = prev.doc
                words = [tok for tok in prev if tok.lower_ != "the"]
                field = len(words) >= 3 and words[0].text in org_suffixes and words[1].lower_ == "of"
                joined = prev.end + 1 == span.start and doc[prev.end].lower_ == "and"
                short = len(span) <= 2 and all(tok.is_alpha and (tok.lower_ in self.words and tok.text[:1].isupper()
                                                                  or tok.is_upper and len(tok) <= 4) for tok in span)
                next_of = span.end < len(doc) and doc[span.end].lower_ == "of"
                if field and joined and short and not next_of:
                    out[-1] = (doc[prev.start:span.end], prev_label or label)
                    continue
            out.append((span, label))
        return out

    def _versioned_law(self, ent: Span) -> bool:
        """Whether what the NER took for a law is a name with a version whose words no dictionary has: 'Tala 3'
        (not 'Section 230', 'Article 50', 'Title 9'). Never without a dictionary."""
        words = [tok.text for tok in ent]
        return bool(self.words) and len(words) > 1 and is_versioned_name(words) \
            and all(w.lower() not in self.words for w in words[:-1] if w.isalpha())

    def _lexicon(self, span: Span) -> str:
        """Whether the words of a name are dictionary words (see :attr:`kg.extract.model.Mention.lexicon`)."""
        words = [tok.lower_ for tok in span if any(ch.isalpha() for ch in tok.text)]
        if not self.words or not words:
            return ""
        known = sum(word in self.words for word in words)
        return "known" if known == len(words) else "unknown" if not known else "mixed"

    def _candidate_spans(self, doc: Doc, lines: Sequence[tuple[Span, Span, int]] = ()) -> Iterator[tuple[Span, str]]:
        """The spans that may be names, with the NER's label where it gave one; ``lines``: the document's monitoring
        source lines (:func:`source_line`)."""
        t = tables_of(self)
        ents = _named_before_acronym(_national_units(doc.ents))  # (each access of doc.ents builds the spans again)
        toks = list(doc)  # (indexing a list is cheaper than making the token again each time)
        # (a nationality the NER sees in a proper noun that stands as a noun is left to the other finders: 'Orrin,
        # the Hanover-based group' is a name whatever the NER took it for; 'Chinese', 'Republicans' stay out by
        # their part of speech or the typer)
        # ('Kelda Labs founders said', the NER's nationality: a name ending in an organization's suffix is one)
        # ('Tala 3', of an unknown word and a version, which the NER takes for a law: a model's or product's name)
        versioned = {ent.start for ent in ents if ent.label_ == "LAW" and self._versioned_law(ent)}
        acting = _acting_dates(ents)
        taken: set[int] = {i for ent in ents if ent.label_ in ENTITY_NER_SKIP and not _proper_noun_norp(ent)
                           and not (ent.label_ == "NORP" and len(ent) > 1 and ent[-1].text in t.org_suffixes)
                           and ent.start not in versioned and ent.text not in acting
                           for i in range(ent.start, ent.end)}
        # (a name with a version the NER took for a nationality is still the name before a cue noun: 'its Orvi
        # T1 reasoning model'; a nationality has no digits: 'its Czech business')
        norp = {i for ent in ents if ent.label_ == "NORP" and any(ch.isdigit() for ch in ent.text)
                for i in range(ent.start, ent.end)}
        for span in self._known_spans(doc):
            if not taken.intersection(range(span.start, span.end)):
                taken.update(range(span.start, span.end))
                yield span, ""
        # a monitoring service's source line: its place and its source, whatever the NER ran together; the report
        # number, the language and the time are no names
        for place, source, end in lines:
            taken.update(range(place.start - 1, end))
            yield place, "GPE"
            yield source, "ORG"
        # (the places the NER names, whose words of nationality it may run into a person's name)
        places = [e.text for e in ents if e.label_ == "GPE"]
        # (a one-word span the NER cut from a person's name at a hyphen: 'Marie' of 'Marie-Anne Tolvik')
        person_starts = {p.start for p in ents if p.label_ == "PERSON"}
        person_ends = {p.end for p in ents if p.label_ == "PERSON"}
        given = {e.start for e in ents if len(e) == 1 and e.end + 1 in person_starts
                 and doc[e.end].text in {"-", "‐"} and not e[0].whitespace_ and not doc[e.end].whitespace_}
        for ent in ents:
            if ent.start in versioned:
                taken.update(range(ent.start, ent.end))
                yield ent, ""
                continue
            if ent.label_ in ENTITY_NER_SKIP \
                    or ent.label_ not in t.ner and ent.label_ not in {"ORG", "PERSON", "WORK_OF_ART"}:
                continue
            if taken.intersection(range(ent.start, ent.end)) or ent.start in given:
                continue
            if len(ent) == 1 and ent[0].is_sent_start and ent[0].tag_ == "JJ" and ent[0].dep_ == "amod" \
                    and ent.end < len(doc) and doc[ent.end].is_lower:
                continue  # ('Activist investor Kelvar Group took ...': an adjective capitalised to open a sentence)
            if _title_in_place(ent, t.titles, person_ends):
                continue  # ('said Tom Hale, MD and CEO, Kelvo': a title the NER took for a place)
            if self.words and ent[0].lower_ in INDEFINITE and ent[0].pos_ == "DET" \
                    and all(tok.lower_ in self.words or tok.ent_type_ == "NORP" or not tok.is_alpha for tok in ent[1:]):
                taken.update(range(ent.start, ent.end))
                continue  # ('acquired a Kenyan Bank with 28 branches': a description of one, with no name's word)
            if len(ent) > 1 and is_title_run([tok.lower_ for tok in ent], t.titles) or _ranks_title(ent, t.titles):
                continue  # ('Executive Vice President', 'Associate' of 'Associate Professor Ana Ruiz': titles)
            label = ent.label_
            if (named := _after_department_title(ent, t.titles, self.words)) is None:
                continue  # ('Head of Design': a title, no name)
            ent = named
            if label == "PERSON":
                ent = _without_demonym(ent, places)
            ent = _with_name_before(ent, taken, t.title_prefixes.keys() | t.prefixes.keys())
            ent = _with_particle_name(ent, taken) if label == "PERSON" else ent
            ent = self._with_legal_form(ent, taken) if label == "ORG" else ent
            ent = self._with_suffix_words(ent, taken, t.org_suffixes) if label == "ORG" else ent
            pieces = _split(ent, t.titles, t.org_suffixes, t.people_nouns, self.words)
            # (the thing possessed, cut from its possessor at a typographic possessive, keeps the NER's label:
            # 'Alphabet’s Google' is what it saw; the possessor may be a place: 'India’s Snapdeal')
            possessive = all(is_curly_possessive(doc[p.end]) and q.start == p.end + 1
                             for p, q in zip(pieces, pieces[1:]))
            for k, piece in enumerate(self._with_hyphen_parts(self._with_number(self._with_prefix(p)), taken)
                                      for p in pieces):
                taken.update(range(piece.start, piece.end))
                yield piece, label if len(pieces) == 1 or possessive and k == len(pieces) - 1 else ""
        # names before a cue noun the NER missed: the "Harvest Week" shopping festival, the Aster model
        for tok in toks:
            if tok.pos_ != "NOUN" or tok.i in taken or tok.lemma_.lower() not in t.head_nouns:
                continue  # (head nouns are keyed by their last word: this noun's lemma)
            n, _ = match_phrase(t.head_nouns, cue_words(tok))
            if not n:
                continue
            left = [c for c in tok.subtree if c.i < tok.i]
            left = [c for c in left
                    if c.dep_ not in {"det", "poss", "case", "prep", "pobj", "cc", "punct"} or c.text in QUOTES]
            left.sort(key=lambda c: c.i, reverse=True)
            # from the noun leftwards: the lower-case words of the noun phrase ('the Aster language model', 'its
            # own Orrin battery'), then the name's capitalised words, next to each other
            run: list[Token] = []
            expect = tok.i - 1
            for c in left:
                if c.i == expect - 1 and run and doc[expect].text in {"-", "‐"} and not doc[expect].whitespace_ \
                        and not c.whitespace_ and _is_capitalised(c):
                    expect -= 1  # a name written with a hyphen: 'the Oto-Bakado chain'
                if c.i != expect:
                    break
                expect -= 1
                if c.i in taken and c.i not in norp:
                    break
                if _is_capitalised(c) or c.text in QUOTES:
                    run.insert(0, c)
                elif run or c.pos_ not in {"NOUN", "ADJ"}:
                    break
            names = [c for c in run if c.text not in QUOTES]
            quoted = len(names) < len(run)
            if names and names[0].text[:1].isupper() and (quoted or names[0].pos_ == "PROPN"):
                trimmed = _trim(doc[names[0].i:names[-1].i + 1])
                if trimmed is not None:
                    taken.update(range(trimmed.start, trimmed.end))
                    yield trimmed, ""
        # a name written with a version that the tagger took for a common noun ('beat Vexa’s Tala-4'), or in
        # lower case ('a new model called o4')
        for tok in toks:
            # (or in lower case with a variant written on with a hyphen: 'q1-mini')
            variant = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ \
                and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_lower and doc[tok.i + 2].is_alpha \
                and not _no_name_part(doc[tok.i + 2])
            if tok.i not in taken and (tok.text[:1].isupper() or tok.pos_ == "PROPN" or named_noun(tok) is not None
                                       or variant) and _VERSIONED_WORD.fullmatch(tok.text):
                piece = self._with_hyphen_parts(doc[tok.i:tok.i + 1], taken)
                taken.update(range(piece.start, piece.end))
                yield piece, ""
        # proper-noun runs the NER missed (and words written in camel case, which only names are, whatever the
        # tagger took them for: 'TalkBot', 'VexaNet')
        lower_case = {tok.lower_ for tok in toks if tok.is_lower} if self.words else set()

        def name_word(tok: Token) -> bool:
            return tok.pos_ == "PROPN" and tok.text[:1].isupper() or self._unknown_word(tok, lower_case)

        i = 0
        while i < len(toks):
            # (a camel-case name may start in lower case: 'zTarvo', 'iVexa'; not a term before a noun: 'eVTOL maker')
            lower_camel = _camel_case(toks[i]) and toks[i].text[:1].islower() and not (
                i + 1 < len(toks) and toks[i + 1].is_lower and toks[i].head.i == i + 1)
            if (name_word(toks[i]) or _camel_case(toks[i])
                    and (toks[i].text[:1].isupper() or lower_camel)) and i not in taken:
                j = i
                while j + 1 < len(toks) and j + 1 not in taken and not toks[j + 1].is_sent_start:
                    if toks[j + 1].pos_ == "PROPN" or _camel_case(toks[j + 1]) or name_word(toks[j + 1]):
                        j += 1
                    elif _hyphened_at(toks, j) and j + 2 not in taken:
                        j += 2  # 'Krunch-It', the word after the hyphen taken for a pronoun
                    else:
                        break
                run_words = [tok.lower_ for tok in toks[i:j + 1]]
                if is_title_run(run_words, t.titles):
                    i = j + 1  # a title written in capitals, no name: 'named Ana Ruiz its Chief Executive Officer'
                    continue
                # (nor the title a name's run ends with: 'Tom Hale (Kelvo SA CEO)', the company's name and its title)
                j = next((i + k - 1 for k in range(1, j - i + 1) if is_title_run(run_words[k:], t.titles)), j)
                for piece in _split(doc[i:j + 1], t.titles, t.org_suffixes, t.people_nouns):
                    if _ranks_title(piece, t.titles) or _department(piece, t.titles, self.words):
                        continue  # ('Associate' of 'Associate Professor Ana Ruiz', 'Design' of 'Head of Design')
                    piece = self._with_hyphen_parts(self._with_number(self._with_prefix(piece)), taken)
                    taken.update(range(piece.start, piece.end))
                    yield piece, ""
                i = max(j + 1, piece.end)
            else:
                i += 1

    # -- evidence ----------------------------------------------------------------------------
    def _cue_nouns(self, span: Span) -> Iterator[Token]:
        """Common nouns standing for the name: its head noun, apposition or predicate noun."""
        t = tables_of(self)
        places = {t.place_class}
        root = span.root
        head = root.head
        # (not a possessor the parser took for a modifier: 'Tom Hale’s AI startup', its ending parsed as a compound)
        possessor = span.end < len(span.doc) and span.doc[span.end].text in POSSESSIVE_ENDINGS
        if root.dep_ in MODIFIER_DEPS and head.pos_ in {"NOUN", "PROPN"} and head.i >= span.end and not possessor:
            while head.dep_ == "compound" and head.head.pos_ in {"NOUN", "PROPN"} and head.head.i > head.i:
                head = head.head  # 'the Aster language model': climb to the noun phrase's head
            maker = head.tag_ == "NNS" and not root.conjuncts and not (
                span.start > 0 and (span.doc[span.start - 1].lower_ in DEFINITE
                                    or span.doc[span.start - 1].tag_ in {"PRP$", "POS"}))
            if not (head.pos_ == "PROPN" and head.text[:1].isupper()) and not maker:
                # (not another name: 'Skyfall maker Brightwave Games'; nor the maker of things in the plural:
                # 'Vexa products', where 'the Orbix and Tarvix lines' and 'its Tala models' are things)
                yield head
        if (misplaced := misplaced_apposition(span)) is not None:
            yield misplaced  # ('a rival to Vexa, the company behind Tala', the company hung on a word before Vexa)
        if (fronted := fronted_apposition(span)) is not None:
            yield fronted  # ('Zapline, the chatbot made by Vexa, is ...', the chatbot parsed as the subject)
        if (twin := twin_apposition(span)) is not None:
            yield twin  # ('Vexa released Tala-3, its latest model, ...', the model parsed as a second object)
        if (before := noun_set_off_before(span)) is not None and span.root.ent_type_ != "PERSON":
            yield before  # ('Vexa released its AI model, Tala 2.', Tala 2 hung on the verb)
        if root.dep_ == "appos" and (own := noun_before_apposition(span)) is not None:
            yield own  # 'Tom Hale, founder of music company Solvik', the name hung on the title or on Tom Hale
        elif root.dep_ == "appos" and head.pos_ == "NOUN" \
                and not (head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.i < head.i):
            # (not a noun itself in apposition to an earlier name, which it describes: 'Tom Hale, chief executive,
            # Vexa Labs' names Vexa Labs where Tom Hale is chief executive)
            yield head
        # 'Kelvora, one of Africa's biggest media groups': the noun of the 'one of' in apposition
        yield from (p for one in root.children if one.dep_ == "appos" and one.lower_ == "one"
                    for prep in one.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN")
        if (called := named_noun(root)) is not None:
            yield called  # 'a new model called Tala'
        # 'the city of Gondar', 'the administrative district of Gmina Wielbark': the place noun names the place
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.dep_ == "prep" \
                and (noun := root.head.head).pos_ == "NOUN" and noun.i < span.start \
                and is_definite(noun) \
                and t.place_class in match_phrase(t.head_nouns, cue_words(noun))[1] \
                and not match_phrase(t.site_nouns, cue_words(noun))[0]:
            yield noun  # (but 'the headquarters of Kelvo Corp' names the site's occupant)
        # 'the startup Corvex', 'the chipmaker Zentra': a determiner, a noun, then the name in apposition to
        # it (or the parser's misreading of one, the noun left as the root); not 'the car Tom Hale drove'
        if span.start >= 2 and (prev := span.doc[span.start - 1]).pos_ == "NOUN" and prev.is_lower \
                and span.doc[span.start - 2].dep_ == "det" and span.doc[span.start - 2].head == prev and prev != head \
                and (root.head == prev and root.dep_ in {"appos", "compound"} or prev.dep_ == "ROOT"):
            yield prev
        elif span.start >= 1 and (prev := span.doc[span.start - 1]).pos_ == "NOUN" and prev.is_lower \
                and prev.tag_ == "NN" and prev != head and root.dep_ != "compound" \
                and (root.head == prev or prev.head == root or prev.head == root.head):
            yield prev  # 'co-founding search start-up Tarvik', the parser's two objects of one verb
        elif span.start >= 1 and (prev := span.doc[span.start - 1]).lower_ in PARSE_AS and prev.pos_ == "VERB" \
                and prev.tag_ in {"VBD", "VBP", "VB"} and (root.head == prev or prev.head == root):
            # 'electric vehicle startup Tarvo', the tagger's verb 'startup' with the name its object (in a parse
            # made without kg_noun_tags, which tags it a noun)
            yield prev
        for child in root.children:
            if child.dep_ not in {"appos", "compound"} or child.pos_ not in {"NOUN", "PROPN"} \
                    or span.start <= child.i < span.end:
                continue
            # (a noun before the name with a lower-case word between modifies that word: 'electric vehicle
            # startup Tarvik Inc.', the tagger's verb 'startup' between)
            if child.dep_ == "compound" and child.i < span.start \
                    and any(tok.is_lower for tok in child.doc[child.i + 1:span.start]):
                continue
            # (nor when the name itself modifies a noun after it: 'Hale and Ruiz head Tarvik operations', the
            # parser's compound 'head' of a name that only says whose operations)
            if child.dep_ == "compound" and child.i < span.start and root.dep_ == "compound" \
                    and root.head.i >= span.end and root.head.pos_ == "NOUN":
                continue
            # (a title written right after the name, no comma between, before a person's name: 'Zentrix Co-Founder and
            # CEO Tom Hale', the parser's appositions of the name, is the title of the name after, at this one)
            if child.dep_ == "appos" and child.i == span.end and is_title_phrase([child], t.titles) \
                    and any(c.dep_ == "appos" and c.i > child.i and c.ent_type_ == "PERSON" for c in root.children):
                continue
            # 'Lyon, the region's capital' stands for Lyon; 'Campus, the Alpes region' names another place
            # (but in 'Nimbus, a Paris startup' the name before an organization or product noun says where it is)
            if child.dep_ == "appos" \
                    and any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in child.children):
                n, classes = match_phrase(t.head_nouns, cue_words(child))
                if child.pos_ == "PROPN" or not n or {t.place_class, t.person_class} & set(classes):
                    continue
            # 'the Waltham, Massachusetts-based company': a place name, then its region on the participle of the noun
            # the parser hung on the city, says where the noun is; it does not stand for the city
            if child.dep_ == "appos" and child.pos_ == "NOUN" and _city_before_region(span, child, t):
                continue
            # 'Jamestown, N.Y., the daughter of ...': a noun after a place name in apposition is not about this one
            if child.dep_ == "appos" and child.pos_ == "NOUN" and any(
                    c.dep_ == "appos" and span.end <= c.i < child.i and places.intersection(t.ner.get(c.ent_type_, ()))
                    for c in root.children):
                continue
            yield child
        # 'the ascent of Nova, a chatbot from Vexa': the parser hung the apposition on the noun whose 'of' the
        # name is, but the indefinite noun right after the name's comma is said of the name
        doc = span.doc
        if span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in {"a", "an"} \
                and root.dep_ == "pobj" and root.head.dep_ == "prep" \
                and (noun := doc[span.end + 1].head).dep_ == "appos" and noun.pos_ == "NOUN" \
                and noun.head.i == root.head.head.i:
            yield noun
        if root.dep_ in SUBJECT_DEPS and head.lemma_ in COPULAS:
            for child in head.children:
                # (not a noun set off after the name a preposition of the copula governs, which it describes: 'Ana
                # Ruiz was formerly of Vexa, the Oslo-based group', :func:`misplaced_apposition`)
                k = _phrase_start(child)
                after_object = k >= 2 and doc[k - 1].text == "," and doc[k - 2].pos_ == "PROPN" \
                    and doc[k - 2].dep_ == "pobj"
                if child.dep_ in {"attr", "acomp", "oprd"} and child.pos_ == "NOUN" and not after_object:
                    yield child
                    yield from (c for c in child.children if c.dep_ == "conj" and c.pos_ == "NOUN")

    def _placed_as(self, noun: Token) -> set[str]:
        """The domains of the properties a place name and a hyphen cue before a noun state of it ('Dovrik-based
        platform': basedIn, of an organization); empty when the noun has no such modifier. The word before
        the hyphen must be a place by the NER ('App-based cab service' says nothing)."""
        t = tables_of(self)
        out: set[str] = set()
        modifiers = [c for n in [noun, *(c for c in noun.children if c.dep_ == "compound")] for c in n.children]
        for c in modifiers:  # (on the noun, or on a noun compounded with it: 'a Dovrik-based payments platform')
            cues = t.hyphen.get(c.lower_, ()) if c.dep_ == "amod" else ()
            if cues and c.i >= 2 and c.doc[c.i - 1].text == "-" \
                    and t.place_class in t.ner.get(c.doc[c.i - 2].ent_type_, ()):
                out.update(d for cue in cues if (d := t.signature.get(cue.prop, (None, None))[0]) is not None)
        return out

    def _score(self, mention: Mention, span: Span, label: str, kinds: Sequence[str] = ()) -> list[int]:
        """Add the class evidence of a mention; ``kinds`` are the kinds of made thing the text is about
        (:meth:`_kinds_told`), which a versioned name is one of."""
        t = tables_of(self)
        if label:
            classes = t.ner.get(label, [])
            for cls in classes:
                mention.add(cls, self.ner_weight / len(classes), strong=False)
        last = span[-1].text
        if len(span) > 2 and _ROMAN.fullmatch(last):
            last = span[-2].text  # ('Kelvo Capital III', 'Orvane Fund II': the numeral counts the firm's funds)
        for cls in t.suffixes.get(last, []) if len(span) > 1 else []:
            mention.add(cls, self.suffix_weight)
        versioned = bool(t.versioned) and is_versioned_name([tok.text for tok in span])
        if versioned:
            for cls in t.versioned:
                mention.add(cls, self.suffix_weight / len(t.versioned))
        for cls in t.prefixes.get(span[0].text, []) if len(span) > 1 else []:
            mention.add(cls, self.suffix_weight)
        # ('Norvik, Tessaly-based Tarvik Games': what a place and a hyphen cue on the name say of it, as its
        # suffix would: no event is based anywhere)
        for cls in self._placed_as(span.root):
            mention.add(cls, self.suffix_weight)
        handles = []
        nouns_said: set[str] = set()  # (the classes the nouns about the name say it is of)
        for noun in self._cue_nouns(span):
            if noun.i < span.start and noun.lemma_.lower() in PEER_WORDS \
                    and any(c.dep_ == "compound" and c.text[:1].isupper() for c in noun.children):
                continue  # (the peer noun of another name: 'Tala rival Nomi', 'Kelvo competitor Tarvik' say only
                # that the name rivals the other, which may be a thing as well as a company)
            words = cue_words(noun)
            n, classes = match_phrase(t.head_nouns, words)
            if noun.i < span.start and not _possessed(noun) \
                    and not any(c.dep_ == "poss" for c in span.root.children) \
                    and (operators := match_phrase(t.operator_nouns, words)[1]):
                # ('food delivery app Tarvo', 'online marketplace Kelvo': the one that runs it, as news names it; not
                # 'its app Tarvo', nor 'the Tarvo app')
                classes = operators
            # a name before a person noun, before an indefinite noun, or a place name before a noun, is
            # where the thing is or comes from, not the thing: 'the Arizona senator', 'Edison spokesman',
            # 'a Hong Kong construction firm', 'the Moscow newspaper' (but 'the Aster model' is the model)
            if noun.i >= span.end and span.root.dep_ in MODIFIER_DEPS and noun in span.root.ancestors:
                if noun.lemma_.lower() in PEER_WORDS:
                    continue  # (nor is it the other party a peer's noun is: 'its own Tala rival', 'Kelvo partner X')
                indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
                place = t.place_class in t.ner.get(label, ())
                # (but 'its Nova chatbot', 'Vexa's Orion phone': a thing someone has, named by the name
                # before it, is that thing, whatever the NER took the name for)
                owned_thing = place and any(c.dep_ == "poss" for c in noun.children) and bool(classes) \
                    and not {t.place_class, t.person_class, t.organization_class} & set(classes)
                # (and 'the Skyrun game', of words no dictionary has: the thing's name, where a place's would be in it)
                owned_thing = owned_thing or place and bool(classes) and set(classes) <= t.thing_classes \
                    and bool(self.words) and all(w.lower_ not in self.words for w in span if w.is_alpha)
                # an organization's name before the noun of a site is whose site it is: 'move Vexa headquarters
                # to Oslo', 'the Vexa campus' (but 'the Tarvik district' is Tarvik)
                org_site = t.organization_class in t.ner.get(label, ()) and match_phrase(t.site_nouns, words)[0] > 0
                # ('the Tala maker', 'the KelvoGPT creator': the name is the thing a maker's title says is made, when
                # the title is all the noun says; not 'the Vexa car maker')
                title_words, title_cues = match_phrase(t.titles, words)
                made = {r for p in title_cues if (r := t.signature.get(p, (None, None))[1])}
                if not indefinite and made and made <= t.thing_classes and title_words == noun.i - span.end + 1:
                    for thing in made:
                        mention.add(thing, self.head_noun_weight / len(made))
                if (indefinite or place or org_site or t.person_class in classes or title_words) and not owned_thing:
                    continue
            # a noun said to be based (headquartered, ...) in a place stands for what such a property is said
            # of: 'a Dovrik-based payments platform', 'Oslo-based grocery service Tarvo' are companies; so does a
            # noun about a name said to be so ('Oslo-based Tarvo, an online service')
            # no person's name ends in an organization's suffix: a person's noun before one is the organization's
            # trade ('hedge fund manager Kestrel Investment Group', as a title is below)
            if t.person_class in classes and len(span) > 1 and span[-1].text in t.org_suffixes:
                classes = [c for c in classes if c != t.person_class]
            titles = match_phrase(t.titles, words)[1]
            if t.organization_class in classes and t.person_class in t.ner.get(label, ()) \
                    and any(t.signature.get(p, (None, None))[0] == t.person_class for p in titles) \
                    and (any(c.dep_ == "prep" and c.lower_ in {"at", "in"} for c in noun.children)
                         or any(c.dep_ in {"amod", "compound"} and c.lower_ in TITLE_RANKS for c in noun.children)):
                # ('Tom Hale, a partner at Brenta Capital', 'a partner in the Oslo office of Brenta': a noun for an
                # organization that is a person's title too, held 'at' or 'in' an organization, says of a name the
                # NER took for a person's the title, as does a word that ranks a title ('Tom Hale, managing partner');
                # not 'Axel Lund, the German publisher', a company the NER took for a person)
                classes = [c for c in classes if c != t.organization_class]
            placed = self._placed_as(noun) or self._placed_as(span.root) if classes else set()
            if placed and not set(classes) & placed and t.person_class not in classes:  # ('Oslo-based banker')
                classes = sorted(placed)
            for cls in classes:
                mention.add(cls, self.head_noun_weight / len(classes))
            nouns_said.update(classes)
            if n:
                handles.append(noun.i)
            # a title that organizations hold too ('the market leader', 'Kestrel owner Vexa') says nothing of
            # whether the name is a person's; one only organizations hold ('Nova maker Orbis': develops, of an
            # organization) marks an organization, unless the NER took the name for a person
            if titles and t.person_class and t.organization_class not in classes:
                domains = {t.signature.get(p, (None, None))[0] for p in titles}
                # (no person's name ends in an organization's suffix: 'electric-car producer Vexa Motors Inc.')
                if t.person_class in domains and not (len(span) > 1 and span[-1].text in t.org_suffixes):
                    mention.add(t.person_class, self.title_weight)
                elif domains == {t.organization_class} and t.person_class not in t.ner.get(label, ()):
                    mention.add(t.organization_class, self.title_weight)
        # the plural noun of a list the name is in: 'its brands include Tarvo, Rennick and Dalby', 'games such as
        # Skyfall' (a class, not a noun standing for the name: it stands for them all); not a title ('its
        # investors include ...', a role the names hold)
        plural = list_noun(span.root)
        plural_words = cue_words(plural) if plural is not None else []
        plural_titles = match_phrase(t.titles, plural_words)[1] if plural_words else []
        if plural_words and not plural_titles:
            for cls in (classes := match_phrase(t.head_nouns, plural_words)[1]):
                mention.add(cls, self.head_noun_weight / len(classes))
            nouns_said.update(classes)
        elif plural_titles and t.person_class not in t.ner.get(label, ()) \
                and {t.signature.get(p, (None, None))[0] for p in plural_titles} == {t.organization_class}:
            # (but a title only organizations hold marks the names it lists as such, as it does one name: 'Chinese
            # developers such as Kelvo and Tarvik')
            mention.add(t.organization_class, self.title_weight)
        if versioned and not nouns_said & t.thing_classes:
            # ('Tarvo 3' in a text that speaks of models twice or more, with no noun of its own that says what thing
            # it is ('the Tarvo 3 phone'): of the kind of made thing the text is about, an AI model)
            for cls in kinds:
                mention.add(cls, self.suffix_weight / len(t.versioned_kinds))
        return handles

    @staticmethod
    def _kinds_told(doc: Doc, t: CueTables) -> list[str]:
        """The kinds of made thing a text speaks of, by the common nouns it uses for them twice or more ('the model',
        'models': an AI model), which a versioned name in it is of (counted once for the text)."""
        return [cls for cls, nouns in t.versioned_kinds if _nouns_used(doc, nouns) >= 2]

    def __call__(self, doc: Doc) -> Doc:
        t = tables_of(self)
        kinds = self._kinds_told(doc, t) if t.versioned_kinds else []
        mentions: list[Mention] = []
        spans: list[Span] = []
        handles: dict[int, int] = {}
        sents, sent_of_token = _sentences(doc)
        credits = _credit_lines(sents)
        headlines, body = _headlines(doc, sents)
        seen: set[tuple[int, int]] = set()
        found: list[tuple[Span, str]] = []
        lines = [line for sent in sents if (line := source_line(doc, sent)) is not None]
        candidates = list(self._candidate_spans(doc, lines))
        # (a source line's place and source, named once, on a line a headline may run into)
        sourced = {(x.start, x.end) for line in lines for x in line[:2]}
        # ('Vexa's National Board', which the NER took for an organization as a whole: the organization is Vexa)
        organ_owners = {c.i for span, label in candidates if label and _organ_of_possessor(span)
                        for c in span.root.children if c.dep_ == "poss"}
        surnames = {span[-1].lower_ for span, _ in candidates if len(span) > 1}
        for span, label in candidates:
            span = _without_organ(_without_cue_words(_without_kind_abbreviation(span, t.head_nouns), t.head_nouns),
                                  t.non_entities)
            key = (span.start, span.end)
            text = span.text.strip()
            if key in seen or text.casefold() in t.non_entities or not any(ch.isalpha() for ch in text) \
                    or _in_ticker(span) or span.start in credits or _is_amount(span) or _organ_of_possessor(span):
                continue
            if _spelled_out_before(span):
                continue  # ('a mobile point of sale (mPOS) company': the short form of the words before it)
            if len(span) == 1 and STAGE_LETTER.fullmatch(text) and span.start > 0 \
                    and doc[span.start - 1].lower_ == "series":
                continue  # ('its Series J funding round': a round's stage, no name)
            if _portfolio(span):
                continue  # ('Tom Hale, Minister of Economy and Finance': a field, no organization he works for)
            if len(span) == 1 and _scale_of_number(span[0]):
                continue  # ('raised $125 Mn', 'a $2 Bn fund': the amount's scale, which the tagger took for a name)
            if len(span) == 1 and text in SELF_NAMES and not span[0].is_sent_start:
                continue  # ('said Group CEO Tom Hale': the article's company, called by the word its name ends in)
            if len(span) > 1 and all(not w.is_alpha or w.text.casefold() in t.non_entities
                                     or match_phrase(t.titles, [w.lower_])[0] for w in span) \
                    and any(w.is_alpha for w in span):
                continue  # ('(MD & CEO)': titles joined, the short forms of those before them, no name)
            if len(span) == 1 and span[0].lower_ in self.demonyms and span[0].lower_ not in surnames \
                    and not _next_to_name(span) and not (span.start > 0 and doc[span.start - 1].lower_ == "the"):
                # ('Ugandan startup Zarvia', 'a Vietnamese lender': a nationality, no name; not a surname, 'Tom
                # Vestor ... Vestor said', nor a noun, 'in the Mediterranean', nor a word of a longer name, 'the
                # Tala-3 Mini model')
                continue
            if span.start in headlines and not _named_in(" ".join(text.split()), body) \
                    and (span.start, span.end) not in sourced:
                continue  # (a name of a headline that the story does not name: 'Vexa Raises', the verb run into it)
            if not label and span.root.i in organ_owners:
                label = "ORG"
            if span[0].is_lower and span.root.pos_ != "PROPN" and not _VERSIONED_WORD.fullmatch(span[0].text):
                continue
            seen.add(key)
            found.append((span, label))
        found = self._with_coordinated_fields(with_variants(found), t.org_suffixes)
        for span, label in with_other_occurrences(doc, completed(doc, found), t.org_suffixes):
            text = span.text.strip()
            if mentions and _former_name(span, spans[-1]):
                mentions[-1].forms.append(text)  # ('Tarv (formerly Brentio)': another name of Tarv, no name of its own)
                continue
            m = Mention(id=len(mentions), text=text, start=span.start_char, end=span.end_char,
                        sentence=sent_of_token[span.start], ner_label=label, syntax=syntax_of(span),
                        lexicon=self._lexicon(span))
            if span.start > 0 and doc[span.start - 1].text == "The" and span.root.dep_ not in MODIFIER_DEPS:
                # ('including The Tarvik Herald': the article may be part of a newspaper's or a company's name; not of
                # a name that modifies a noun, 'The Oslo office')
                m.forms.append(f"The {text}")
            after = next((tok for tok in doc[span.end:span.end + 3] if not tok.is_space), None)
            if text.endswith(".") and len(text) > 2 and (after is None or after.is_sent_start):
                # ('... and Kelvo Corp. The deal': the period of the abbreviation ends the sentence too, and the name
                # is as well read without it)
                m.forms.append(text[:-1])
            known = self.known.get(text)
            if known is not None:
                m.canonical = known.name
                m.add(known.cls, self.gazetteer_weight)
            for h in self._score(m, span, label, kinds):
                handles.setdefault(h, m.id)
            mentions.append(m)
            spans.append(span)
        _note_list_mates(mentions, spans)
        doc._.kg = {"mentions": mentions, "spans": spans, "handles": handles, "relations": [], "investments": [],
                    "sentences": sents, "sent_of_token": sent_of_token, "source_lines": lines}
        return doc


@Language.factory(
    "kg_mentions",
    default_config={"ner_weight": 1.0, "suffix_weight": 5.0, "head_noun_weight": 10.0, "title_weight": 10.0,
                    "gazetteer_weight": 100.0},
)
def make_mention_finder(nlp: Language, name: str, ner_weight: float, suffix_weight: float, head_noun_weight: float,
                        title_weight: float, gazetteer_weight: float) -> MentionFinder:
    return MentionFinder(nlp, name, ner_weight, suffix_weight, head_noun_weight, title_weight, gazetteer_weight)
