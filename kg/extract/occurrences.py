"""Other occurrences of the names found in a document: the ones the tagger or the NER missed ('Brightwave
makes pumps.' at a sentence start), short names ('Brightwave' of 'Brightwave Pumps Inc.'), and names cut short
completed to the longer name written elsewhere ('Face' of 'Hugging Face'). Used by :mod:`.mentions`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Container

from spacy.tokens import Doc, Span, Token


def is_name_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN", "ADJ", "X"}


def with_other_occurrences(doc: Doc, found: list[tuple[Span, str]],
                           suffixes: Container[str] = ()) -> list[tuple[Span, str]]:
    """The names found, and their other occurrences in the document that the tagger or the NER missed
    ('Brightwave makes pumps.' at a sentence start, where the tagger took the name for a common noun).
    The first word of a name with an organization suffix is the short name the text goes on to use
    ('Brightwave' of 'Brightwave Pumps Inc.'). An occurrence takes the label the NER gave the name most
    often, and so does a name found without one where the tagger saw a common word; an occurrence that is part of a
    longer run of capitalised words is another name and is left alone."""
    labels: dict[tuple[str, ...], Counter[str]] = {}
    for span, label in found:
        words = tuple(t.text for t in span)
        if words[0][:1].isupper() and any(ch.isalpha() for ch in words[0]):
            labels.setdefault(words, Counter())[label] += 1
            if len(words) >= 2 and words[-1] in suffixes and span[0].pos_ == "PROPN":
                labels.setdefault(words[:1], Counter())[label] += 1
    if not labels:
        return found
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(labels, key=lambda w: (-len(w), w)):
        by_first.setdefault(words[0], []).append(words)
    taken = {i for span, _ in found for i in range(span.start, span.end)}
    # (a name found without a label where the tagger saw a common word takes the NER's label too, as the
    # occurrences it missed do: 'Orvane' opening a sentence, tagged a noun, of a text that calls it an organization)
    out = [(span, label or _most_given(labels.get(tuple(t.text for t in span))) if span[0].pos_ != "PROPN" else label)
           for span, label in found]
    for tok in doc:
        if tok.i in taken or tok.text not in by_first:
            continue
        if tok.i > 0 and is_name_word(doc[tok.i - 1]) and not tok.is_sent_start:
            continue
        for words in by_first[tok.text]:
            end = tok.i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[tok.i:end]) != words \
                    or taken.intersection(range(tok.i, end)):
                continue
            if end < len(doc) and is_name_word(doc[end]):
                continue
            out.append((doc[tok.i:end], _most_given(labels[words])))
            taken.update(range(tok.i, end))
            break
    return out


def _most_given(counts: Counter[str] | None) -> str:
    """The label the NER gave a name most often ('' where it gave none)."""
    if not counts:
        return ""
    return max(counts, key=lambda lab: (bool(lab), counts[lab], lab))


def completed(doc: Doc, found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """The names found, a name cut short completed to a longer name found elsewhere in the document when the
    words around it are that name's ('Face' of 'Hugging Face', where the tagger took 'Hugging' for a verb)."""
    longer: dict[str, list[tuple[str, ...]]] = {}
    for span, _ in found:
        if 2 <= len(span) <= 6 and all(tok.text[:1].isupper() or not tok.is_alpha for tok in span):
            for tok in span:
                longer.setdefault(tok.text, []).append(tuple(t.text for t in span))
    if not longer:
        return found
    starts = {(span.start, span.end) for span, _ in found}
    taken = {i for span, _ in found for i in range(span.start, span.end)}
    out = []
    for span, label in found:
        best = span
        for words in sorted(set(longer.get(span[0].text, ())), key=lambda w: (-len(w), w)):
            if len(words) <= len(span):
                continue
            for offset in (k for k, w in enumerate(words) if w == span[0].text):
                start = span.start - offset
                end = start + len(words)
                if start < 0 or end > len(doc) or (start, end) in starts:
                    continue
                if tuple(t.text for t in doc[start:end]) != words:
                    continue
                if any(i in taken for i in range(start, end) if not span.start <= i < span.end):
                    continue  # another name stands there
                best = doc[start:end]
                break
            if best is not span:
                break
        out.append((best, label))
    return out


__all__ = ["completed", "is_name_word", "with_other_occurrences"]
