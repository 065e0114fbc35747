"""Rules that read what the words around a name say of it: an age set off by commas ('Vasquez , 44 ,': a
person), a capitalised title of address ('President Hale': also a name of him) and a photo credit
('(Agency/Photographer)': the photographer works for the agency).
"""

from __future__ import annotations

from .cues import match_phrase
from .mentions import DASHES, dateline_end
from .model import Mention
from .reader import DocReader

#: Class evidence a news dateline gives the names it opens with ('SEOUL --', 'KYOTO, Japan (AP) —'): as much as a
#: name suffix.
DATELINE_WEIGHT = 5.0
#: The weight of the classes a monitoring service's source line gives its place and its source.
SOURCE_LINE_WEIGHT = 5.0

# Class evidence an age in apposition ('Vasquez, 44,') gives a name the NER took for a person or left
# unlabelled: a person, unless a cue word says otherwise.
AGE_WEIGHT = 3.0


def age_rule(r: DocReader) -> None:
    """'Vasquez , 44 , and Dale Ortiz , 31 , were charged': a name with an age set off by commas is a person.

    Only a name the NER took for a person or left unlabelled: in 'price targets for Vexa Corp. , 29 , and
    Korva Inc. , 25' the numbers are scores after names of other things. The items of such a list are of
    one kind, so one labelled as something else makes the numbers counts for all: in 'stores in Paris , 3 ,
    and Lyon , 1' the number makes no person of Lyon either. Only a name alone with its age and then words
    said only of a person ('Ortiz , 70 , who owned ...', 'Brandt , 52 , of Springfield') is a person
    whatever the NER's label. A number in a run of numbers ('Smith , 3 , 4 and 5') is no age."""
    if not r.t.person_class:
        return
    doc, n = r.doc, len(r.doc)
    lists: list[list[tuple[Mention, int]]] = []  # the names with an age, in lists: (mention, token after the age)
    for m, span in sorted(zip(r.mentions, r.spans), key=lambda pair: pair[1].start):  # (in text order)
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
        other = [m for m, _ in items if m.ner_label and r.t.person_class not in r.t.ner.get(m.ner_label, ())]
        if other and not (len(items) == 1 and said_of_a_person(r, items[0][1])):
            continue
        for m, _ in items:
            m.add(r.t.person_class, AGE_WEIGHT)


def said_of_a_person(r: DocReader, i: int) -> bool:
    """Whether the words from token ``i`` on, after a name and an age, go on as they do only about a person:
    ', who ...' or a hometown, ', of Springfield'."""
    doc = r.doc
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    nxt = doc[i + 1]
    if nxt.lower_ == "who":
        return True
    return nxt.lower_ == "of" and doc[i + 2].text[:1].isupper() and doc[i + 2].text[:1].isalpha()


def titled_names(r: DocReader) -> None:
    """'President Hale', 'Sen. Ana Ruiz': a name with a capitalised title of address before it (the
    class's ``kg:titlePrefix``; the NER leaves the title out) is also a name of the member. A job title is
    none: 'CEO Dana Whitfield' is no name of her."""
    if not r.t.title_prefixes:
        return
    named = {i for span in r.spans for i in range(span.start, span.end)}
    for m, span in zip(r.mentions, r.spans):
        cls = r.leading(m.id)
        if span.start == 0 or cls is None:
            continue
        words: list[str] = []
        best = 0
        for j in range(span.start - 1, max(-1, span.start - 4), -1):
            tok = r.doc[j]
            if not tok.text[:1].isupper() or tok.pos_ not in {"PROPN", "NOUN"} or j in named:
                break
            words.insert(0, tok.lower_)
            n, classes = match_phrase(r.t.title_prefixes, words)
            if n == len(words) and cls in classes:
                best = len(words)
        if best:
            m.forms.append(r.doc[span.start - best:span.end].text)


def dateline_rule(r: DocReader) -> None:
    """A news dateline standing alone as a sentence, 'DAYTON, Ohio (AP)': the agency is where it was filed, each
    place (wire copy, where such a line heads the story). Only a whole sentence of places and commas, then the
    agency in brackets: 'OSLO (Norvik) - Vexa said ...' opens a sentence and states nothing."""
    if not r.t.dateline:
        return
    for sent in r.sents:
        toks = [t for t in sent if not t.is_space]
        if toks and toks[-1].text == ".":
            toks.pop()
        if len(toks) < 4 or toks[-1].text != ")":
            continue
        nxt = sent.end  # (a dash after it, in the next sentence the parser made, opens the story: no dateline alone)
        while nxt < len(r.doc) and r.doc[nxt].is_space:
            nxt += 1
        if nxt < len(r.doc) and r.doc[nxt].text in DASHES:
            continue
        open_ = max((k for k, t in enumerate(toks) if t.text == "("), default=-1)
        agency = {r.by_token.get(t.i) for t in toks[open_ + 1:-1]}
        if open_ < 1 or len(agency) != 1 or None in agency:
            continue
        places: list[int] = []
        for t in toks[:open_]:
            if t.text == ",":
                continue
            m = r.by_token.get(t.i)
            if m is None or r.leading(m) != r.t.place_class:
                places = []
                break
            if m not in places:
                places.append(m)
        org = next(iter(agency))
        assert org is not None  # (checked above: one mention, not None)
        if r.t.organization_class:
            r.mentions[org].add(r.t.organization_class, 5.0)
        for place in places:
            r.add(org, place, r.t.dateline, toks[open_], "dateline")


def source_line_rule(r: DocReader) -> None:
    """A monitoring service's source line, 'PA1203045694 Oslo Norvik Radio in Spanish 0930 GMT 12 Mar 94'
    (:func:`~kg.extract.mentions.source_line`): the source is where it was broadcast or published, as a dateline
    standing alone says of its agency."""
    if not r.t.dateline:
        return
    for place, source, _ in r.source_lines:
        p, s = r.by_token.get(place.start), r.by_token.get(source.start)
        if p is None or s is None or p == s:
            continue
        # (the line's shape says what each is, whatever a word of the run the NER made of them said: 'Oslo City
        # Norvik Radio' is no place 'City')
        if r.t.organization_class:
            r.mentions[s].scores = {r.t.organization_class: SOURCE_LINE_WEIGHT}
            r.mentions[s].strong = True
        if r.t.place_class:
            r.mentions[p].add(r.t.place_class, SOURCE_LINE_WEIGHT)
        r.add(s, p, r.t.dateline, source[0], "source-line")


def dateline_places(r: DocReader) -> None:
    """The names a news dateline opens with are places: 'COPENHAGEN, Oct 14 (Norvik) -', 'NEW YORK/STOCKHOLM
    (Norvik) -', 'KYOTO, Japan (AP) —', 'SEOUL --' (a paragraph that opens with a word in capitals, then at
    most a few more words to a dash: :func:`~kg.extract.mentions.dateline_end`). The names run from its start,
    joined by commas or slashes, to the first other word (a date, or the agency's bracket)."""
    if not r.t.place_class:
        return
    doc = r.doc
    for sent in r.sents:
        start = sent.start
        while start < sent.end and doc[start].is_space:
            start += 1
        if start >= sent.end or start not in r.by_token or not doc[start].is_upper \
                or (start > 0 and "\n" not in doc[start - 1].text_with_ws):
            continue
        end = dateline_end(doc, start)
        j = start
        while end is not None and j < end:
            m = r.by_token.get(j)
            if m is not None and not any(t.like_num for t in doc[r.spans[m].start:r.spans[m].end + 1]):
                # (not a date the capitals ran into: 'BERLIN, Aug 26 (Norvik)')
                r.mentions[m].add(r.t.place_class, DATELINE_WEIGHT)
                j = r.spans[m].end
            elif doc[j].text in {",", "/"}:
                j += 1
            else:
                break


def credit_rule(r: DocReader) -> None:
    """A photo credit '(Agency/Photographer)': the photographer works for the agency."""
    for tok in r.doc:
        if tok.text != "/" or tok.i == 0 or tok.i + 1 >= len(r.doc):
            continue
        a, b = r.by_token.get(tok.i - 1), r.by_token.get(tok.i + 1)
        if a is None or b is None:
            continue
        sa, sb = r.spans[a], r.spans[b]
        if sa.start == 0 or sb.end >= len(r.doc):
            continue
        if r.doc[sa.start - 1].text != "(" or r.doc[sb.end].text != ")":
            continue
        if r.t.organization_class:
            r.mentions[a].add(r.t.organization_class, 5.0)
        if r.t.person_class and 2 <= len(sb) <= 3:
            r.mentions[b].add(r.t.person_class, 5.0)
            r.add(b, a, r.t.credit, tok, "photo-credit")
