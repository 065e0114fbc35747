"""RDF graph files: the formats kg reads and writes, and reading and writing whole files.

Reading is Oxigraph's parser into an rdflib Graph on Oxigraph (:func:`kg.oxgraph.new_graph`); writing is rdflib's
serializers, atomically (:func:`kg.files.atomic_write`). Documents streamed into a file: :mod:`kg.writer`.
"""

from __future__ import annotations

import re
import xml.parsers.expat as expat
from pathlib import Path

import pyoxigraph
from rdflib import Dataset, Graph

from .errors import GraphFileError
from .files import atomic_write
from .oxgraph import new_graph, ox_store, plain

#: rdflib serializer names by file suffix.
FORMATS: dict[str, str] = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".jsonld": "json-ld",
    ".json": "json-ld", ".trig": "trig", ".nq": "nquads", ".rdf": "xml", ".xml": "xml", ".owl": "xml",
}
QUAD_FORMATS = ("trig", "nquads")
#: Suffixes of the text kg builds graphs from (never read as a graph).
TEXT_INPUT_SUFFIXES = (".txt", ".md", ".jsonl", ".ndjson", ".html", ".htm")
#: Formats read by Oxigraph's parser (all of them); every graph of a quad format is merged into the default graph.
#: Oxigraph never fetches anything: a JSON-LD ``@context`` that is not inline is an error, not a request.
OX_FORMATS = {"turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES,
              "trig": pyoxigraph.RdfFormat.TRIG, "nquads": pyoxigraph.RdfFormat.N_QUADS,
              "xml": pyoxigraph.RdfFormat.RDF_XML, "json-ld": pyoxigraph.RdfFormat.JSON_LD}
FORMAT_NAMES: dict[str, str] = {"ttl": "turtle", "turtle": "turtle", "nt": "nt", "ntriples": "nt",
                                "jsonld": "json-ld", "json-ld": "json-ld", "trig": "trig", "nquads": "nquads",
                                "xml": "xml", "rdfxml": "xml"}


#: Formats written a document at a time (concatenated chunks are one valid file); others are written at the end.
STREAMED_FORMATS = ("nt", "turtle", "trig", "nquads")


def format_for(path: str | Path, fmt: str | None = None) -> str:
    """The rdflib format name for an explicit format or a file's suffix."""
    if fmt:
        try:
            return FORMAT_NAMES[fmt.lower()]
        except KeyError:
            raise GraphFileError(f"unknown RDF format {fmt!r}; "
                                 f"choose one of: {', '.join(sorted(FORMAT_NAMES))}") from None
    suffix = Path(str(path)).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        raise GraphFileError(
            f"cannot tell the RDF format of {str(path)!r} from its suffix; use one of "
            f"{', '.join(sorted(FORMATS))} or give --format"
        ) from None


def for_writing(graph: Graph, fmt: str) -> Graph:
    """An in-memory copy for the serializer: plain literals, and for quad formats the default graph of a Dataset."""
    out: Graph = Dataset() if fmt in QUAD_FORMATS else Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True)
    target = out.default_graph if isinstance(out, Dataset) else out
    for s, p, o in graph:
        target.add((s, p, plain(o)))
    return out


def write_graph(graph: Graph, path: str | Path, format: str | None = None) -> None:
    """Serialize atomically: write a temporary file beside the target, then rename it over the target."""
    fmt = format_for(path, format)
    with atomic_write(path, binary=True, error=GraphFileError) as fh:
        for_writing(graph, fmt).serialize(destination=fh, format=fmt, encoding="utf-8")


def read_graph(path: str | Path, format: str | None = None) -> Graph:
    """Read an RDF file into an Oxigraph-backed rdflib Graph.

    Reading touches nothing but the file: a JSON-LD ``@context`` given by URL (``http:``, ``file:``) is not
    fetched (GraphFileError), XML external entities are not read, and RDF/XML whose entities expand past
    expat's amplification limit (a "billion laughs") is refused before Oxigraph, which expands entities, sees it.
    """
    p = Path(path)
    if not p.is_file():
        raise GraphFileError(f"{str(p)!r}: no such file; give a graph written by 'kg build'")
    if format is None and p.suffix.lower() in TEXT_INPUT_SUFFIXES:
        raise GraphFileError(f"{str(p)!r} is text, not a graph; build a graph from it first: "
                             f"kg build {p} -o graph.ttl, then use graph.ttl")
    if format is None and p.suffix.lower() not in FORMATS:
        raise GraphFileError(f"cannot tell the RDF format of {str(p)!r} from its suffix; give a graph file "
                             f"ending in one of {', '.join(sorted(FORMATS))}, as 'kg build -o' writes")
    fmt = format_for(p, format)
    g = new_graph()
    if fmt == "xml":
        _check_xml_entities(p)
    try:
        store = ox_store(g)
        assert store is not None
        store.bulk_load(path=str(p), format=OX_FORMATS[fmt], to_graph=pyoxigraph.DefaultGraph())
    except Exception as exc:  # parsers raise many exception types
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if "LoadDocumentCallback" in msg:
            msg = ("its @context is given by a URL or file name, and kg never fetches or opens one while reading "
                   "a graph; put the context inline in the file")
        raise GraphFileError(f"cannot parse {str(p)!r} as {fmt}: {msg}") from exc
    return g


def _check_xml_entities(path: Path) -> None:
    """Refuse XML whose entity declarations expand too far (expat's "billion laughs" protection: past 8 MiB,
    at most 100 times the input). expat reads no external entity; its other errors are left to the RDF/XML parser."""
    if expat.version_info < (2, 4, 0):  # no amplification limit in this expat: no entity may use another one
        with path.open("rb") as fh:
            head = fh.read(1 << 20)
        if re.search(rb"<!ENTITY[^>]*&", head):
            raise GraphFileError(f"cannot parse {str(path)!r} as xml: an XML entity in it refers to another one, "
                                 "which kg does not read (this Python's expat cannot limit their expansion)")
    parser = expat.ParserCreate()
    try:
        with path.open("rb") as fh:
            parser.ParseFile(fh)
    except expat.ExpatError as exc:
        if "amplification" in str(exc):
            raise GraphFileError(f"cannot parse {str(path)!r} as xml: its XML entities expand far past the file's "
                                 f"size ({exc}); kg does not read such files") from None
    except OSError as exc:
        raise GraphFileError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from None


__all__ = ["FORMATS", "FORMAT_NAMES", "OX_FORMATS", "QUAD_FORMATS", "STREAMED_FORMATS", "TEXT_INPUT_SUFFIXES",
           "for_writing", "format_for", "read_graph", "write_graph"]
