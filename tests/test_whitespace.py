"""Whitespace inside a sentence (a paragraph hard-wrapped in a text file, the spaces a blanked pictograph leaves) is
read as one space, a title's acronym in brackets after the title is read as not there, and every offset still points
into the text as written (kg/extract/pipeline.py: compact, OffsetMap)."""

from __future__ import annotations

import pytest

from kg.documents import Document
from test_rules_relations import facts_of

pytestmark = pytest.mark.model

WRAPPED = ("Kelvo Corp, the Oslo-based maker of\nturbines, agreed on Monday to buy Tarvik Labs for $2 billion. Kelvo "
           "chief\nexecutive Ana Ruiz said the deal would close in May.")


def test_a_hard_wrapped_paragraph_reads_as_the_same_paragraph_on_one_line(builder):
    wrapped = facts_of(builder, WRAPPED)
    assert ("Ana Ruiz", "ceoOf", "Kelvo Corp") in wrapped, wrapped
    assert wrapped == facts_of(builder, WRAPPED.replace("\n", " "))


def test_flags_after_names_do_not_break_a_list(builder):
    text = ("Kelvo \U0001F1F2\U0001F1FD raised a $20 million Series A led by Brenta Capital \U0001F1FA\U0001F1F8 with "
            "funding from Holmsted \U0001F1E6\U0001F1FA, Tarvik Ventures \U0001F1FA\U0001F1F8, and Kelda VC "
            "\U0001F1F8\U0001F1EC to develop a banking platform.")
    facts = facts_of(builder, text)
    assert {("Holmsted", "investsIn", "Kelvo"), ("Tarvik Ventures", "investsIn", "Kelvo")} <= facts, facts
    assert facts == facts_of(builder, "".join(ch for ch in text if ord(ch) < 0x1F000).replace("  ", " "))


def test_offsets_point_into_the_text_as_written(builder):
    text = WRAPPED + "\n\nBrenta Capital \U0001F1FA\U0001F1F8 makes   pumps. Tom Hale, a partner at Brenta Capital, said so."
    [graph] = builder.document_graphs([Document(id="d", text=text)])
    assert graph.entities and graph.facts
    for entity in graph.entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text
    for fact in graph.facts:
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.sentence


def test_short_lines_and_paragraph_breaks_stay_breaks(builder):
    from kg.extract.pipeline import compact

    nlp = builder.nlp
    # a headline over its story, and two paragraphs: nothing is joined
    for text in ("Kelvo buys Tarvik\nKelvo Corp agreed on Monday to buy Tarvik Labs.",
                 "Kelvo Corp agreed on Monday to buy Tarvik Labs for a sum.\n\nTarvik Labs makes chips in Oslo."):
        doc, where = compact(nlp, text)
        assert where is None and doc.text == text
    # a long line broken by one newline is joined
    doc, where = compact(nlp, "Kelvo Corp agreed on Monday to buy the chip maker\nTarvik Labs.")
    assert where is not None and "\n" not in doc.text


def test_offset_map_gives_starts_and_ends_in_the_text_as_written():
    from kg.extract.pipeline import OffsetMap

    # 'ab  cd' compacted to 'ab cd': tokens at 0 and 3 were at 0 and 4
    where = OffsetMap([(0, 0), (3, 4)])
    assert (where.start(0), where.end(2)) == (0, 2)
    assert (where.start(3), where.end(5)) == (4, 6)


def test_a_titles_acronym_in_brackets_does_not_hide_the_title(builder):
    facts = facts_of(builder, "Tarvik Labs co-founder and chief executive officer (CEO) Ana Ruiz said the sale was good.")
    assert {("Ana Ruiz", "founderOf", "Tarvik Labs"), ("Ana Ruiz", "ceoOf", "Tarvik Labs")} <= facts, facts


def test_an_organizations_acronym_in_brackets_stays():
    from kg.extract.pipeline import compact
    from kg.extractor import load_pipeline
    from kg.ontology import load_schema

    nlp = load_pipeline(load_schema())
    titles = nlp.get_pipe("kg_mentions").tables.titles
    doc, where = compact(nlp, "The International Kelvo Corporation (IKC) grew.", titles)
    assert where is None and "(IKC)" in doc.text
