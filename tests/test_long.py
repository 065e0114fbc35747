"""A document longer than the pipeline's max_length is processed in pieces, with correct offsets."""

from __future__ import annotations

from kg.documents import Document
from kg.extract.pipeline import split_text


def test_split_text_cuts_at_paragraphs_and_loses_nothing():
    text = ("Para one is here. " * 20 + "\n\n") * 30
    pieces = split_text(text, limit=1000)
    assert all(len(p) <= 1000 for _, p in pieces)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o:o + len(p)] == p for o, p in pieces)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])


def test_long_document_is_built_in_pieces(builder, monkeypatch):
    import kg.extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 2000)
    para = ("Jane Roe, the CEO of Acme Corp, said the Berlin-based company would grow. "
            "Acme Corp owns the app Parcel. ")
    text = "\n\n".join(para for _ in range(60))
    assert len(text) > 3 * 2000
    [dg] = list(builder.document_graphs([Document("long", text)]))
    names = {e.name for e in dg.entities}
    assert {"Jane Roe", "Acme Corp"} <= names
    assert dg.facts
    for f in dg.facts:
        assert text[f.evidence.start:f.evidence.end] == f.evidence.sentence
    assert max(f.evidence.start for f in dg.facts) > 2 * 2000
