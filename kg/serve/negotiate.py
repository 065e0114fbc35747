"""Content negotiation: the answer formats ``kg serve`` offers, and which one a request's Accept header (or its
``format`` / ``output`` parameter) asks for."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pyoxigraph as ox

#: Result formats by name: media type, and the pyoxigraph format.
RESULT_FORMATS: dict[str, tuple[str, Any]] = {
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "csv": ("text/csv", ox.QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
}
GRAPH_FORMATS: dict[str, tuple[str, Any]] = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE),
    "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
}
#: Media types a client may ask for, each mapped to a format name, in the server's order of preference.
RESULT_MEDIA = [("application/sparql-results+json", "json"), ("application/json", "json"),
                ("application/sparql-results+xml", "xml"), ("application/xml", "xml"), ("text/xml", "xml"),
                ("text/csv", "csv"), ("text/tab-separated-values", "tsv")]
GRAPH_MEDIA = [("text/turtle", "turtle"), ("application/turtle", "turtle"), ("application/x-turtle", "turtle"),
               ("application/n-triples", "ntriples"), ("text/plain", "ntriples"),
               ("application/ld+json", "jsonld"), ("application/json", "jsonld"),
               ("application/rdf+xml", "rdfxml"), ("application/xml", "rdfxml")]
#: What a linked-data page can be sent as: HTML, or the resource's description in RDF.
PAGE_MEDIA = [("text/html", "html"), ("application/xhtml+xml", "html")] + GRAPH_MEDIA
#: Values of the non-standard ``format`` / ``output`` parameters some clients send (e.g. SPARQLWrapper).
_FORMAT_PARAM = {"json": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "csv": ("csv", None), "tsv": ("tsv", None),
                 "turtle": (None, "turtle"), "ttl": (None, "turtle"), "ntriples": (None, "ntriples"),
                 "nt": (None, "ntriples"), "json-ld": (None, "jsonld"), "jsonld": (None, "jsonld"),
                 "rdfxml": (None, "rdfxml"), "rdf": (None, "rdfxml"), "rdf+xml": (None, "rdfxml")}


def negotiate(accept: str | None, offers: Sequence[tuple[str, str]]) -> str | None:
    """The offered format the Accept header prefers (q-values; exact types over wildcards; then client order).

    ``offers`` are (media type, format name) in the server's order of preference, the first being the
    default for a missing Accept header or ``*/*``. None when nothing offered is acceptable.
    """
    if not accept or not accept.strip():
        return offers[0][1] if offers else None
    ranges: list[tuple[str, str, float, int]] = []
    for pos, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = max(0.0, min(1.0, float(f[2:])))
                except ValueError:
                    q = 0.0
        main, _, sub = media.partition("/")
        ranges.append((main, sub, q, pos))
    best: tuple[float, int, int, int] | None = None
    choice = None
    for rank, (media, name) in enumerate(offers):
        main, _, sub = media.partition("/")
        match = None  # (specificity, q, position) of the most specific range matching this offer
        for rmain, rsub, q, pos in ranges:
            if (rmain, rsub) == (main, sub):
                spec = 2
            elif rmain == main and rsub == "*":
                spec = 1
            elif (rmain, rsub) == ("*", "*"):
                spec = 0
            else:
                continue
            if match is None or spec > match[0]:
                match = (spec, q, pos)
        if match is None or match[1] <= 0:
            continue
        key = (match[1], match[0], -match[2], -rank)
        if best is None or key > best:
            best, choice = key, name
    return choice


def format_param(params: Mapping[str, str]) -> tuple[str | None, str | None] | None:
    """The (result, graph) formats named by a ``format`` or ``output`` parameter, as some clients send; else None."""
    wanted = (params.get("format") or params.get("output") or "").strip().lower()
    if not wanted:
        return None
    if "/" in wanted:
        return negotiate(wanted, RESULT_MEDIA), negotiate(wanted, GRAPH_MEDIA)
    return _FORMAT_PARAM.get(wanted)


def answer_formats(accept: str | None, params: Mapping[str, str]) -> tuple[str | None, str | None]:
    """The (result, graph) formats a SPARQL request asks for: its Accept header, overridden by a format parameter."""
    result_format = negotiate(accept, RESULT_MEDIA)
    graph_format = negotiate(accept, GRAPH_MEDIA)
    forced = format_param(params)
    if forced:
        result_format = forced[0] or result_format
        graph_format = forced[1] or graph_format
    return result_format, graph_format


__all__ = ["GRAPH_FORMATS", "GRAPH_MEDIA", "PAGE_MEDIA", "RESULT_FORMATS", "RESULT_MEDIA", "answer_formats",
           "format_param", "negotiate"]
