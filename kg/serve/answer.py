"""One query on an Oxigraph store, as a serialized answer of bounded size (:func:`answer_query`, which the query
workers of :mod:`kg.serve.pool` run), and what the app needs of a data source (:class:`QuerySource`).

Every answer is written by Oxigraph's serializers. SELECT rows past the row limit are cut: Oxigraph writes the
solutions as SPARQL TSV (one solution a line) until one more than the limit is written, the lines kept are read
back (:func:`pyoxigraph.parse_query_results`) and written in the format asked for.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Any, Protocol, cast

import pyoxigraph as ox

from ..errors import NotAcceptableError, QueryError
from ..sparql import PREFIXES, query_form
from .negotiate import GRAPH_FORMATS, RESULT_FORMATS


@dataclass(frozen=True)
class Answer:
    """A serialized query answer."""

    kind: str          # SELECT, ASK, CONSTRUCT or DESCRIBE
    media_type: str
    body: bytes
    truncated: bool = False


class QuerySource(Protocol):
    """What the app needs from its data: answers to queries, a triple count, a way to stop."""

    triples: int

    def query(self, sparql: str, *, result_format: str | None = "json", graph_format: str | None = "turtle",
              default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = (),
              max_rows: int = 10000) -> Answer: ...

    def close(self) -> None: ...


#: characters XML 1.0 cannot carry at all (not even as a character reference)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TSV = ox.QueryResultsFormat.TSV


def answer_query(store: ox.Store, sparql: str, result_format: str | None, graph_format: str | None,
                 default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = (), max_rows: int = 10000,
                 max_bytes: int | None = None) -> Answer:
    """Run one query on a store (the prefixes of :data:`kg.sparql.PREFIXES` bound) and serialize its answer.

    SELECT rows and CONSTRUCT/DESCRIBE triples past ``max_rows`` are cut; an answer of more than ``max_bytes``
    bytes is refused (QueryError). A None format means the client accepts no format for that kind of result
    (NotAcceptableError). Raises QueryError for a bad query.
    """
    options: dict[str, Any] = {"prefixes": PREFIXES}
    try:
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    except ValueError as exc:
        raise QueryError(f"bad graph IRI: {exc}") from None
    try:
        answer = _answer(store, sparql, result_format, graph_format, options, max_rows)
    except QueryError:
        raise
    except (SyntaxError, ValueError, TypeError) as exc:
        raise QueryError(_message(exc)) from None
    except MemoryError:
        raise QueryError("the query needs more memory than a query worker may use (--worker-memory)") from None
    except Exception as exc:  # noqa: BLE001 - OSError and friends from evaluation
        raise QueryError(f"the query failed: {_message(exc)}") from None
    if max_bytes is not None and len(answer.body) > max_bytes:
        raise QueryError(f"the answer is {len(answer.body):,} bytes, more than the {max_bytes:,} this server sends "
                         "(--max-answer-bytes); ask for fewer rows or shorter values")
    return answer


def _answer(store: ox.Store, sparql: str, result_format: str | None, graph_format: str | None,
            options: dict[str, Any], max_rows: int) -> Answer:
    result = store.query(sparql, **options)
    if isinstance(result, (ox.QueryBoolean, ox.QuerySolutions)):
        kind = "ASK" if isinstance(result, ox.QueryBoolean) else "SELECT"
        if result_format is None:
            article = "an" if kind == "ASK" else "a"
            raise NotAcceptableError(f"{article} {kind} result can be sent as "
                                     + ", ".join(m for m, _ in RESULT_FORMATS.values()))
        media, fmt = RESULT_FORMATS[result_format]
        if isinstance(result, ox.QueryBoolean):
            return Answer(kind, media, _written(result.serialize(format=fmt)))
        return _solutions(result, result_format, max_rows)
    kind = "DESCRIBE" if query_form(sparql) == "DESCRIBE" else "CONSTRUCT"
    if graph_format is None:
        raise NotAcceptableError(f"a {kind} result can be sent as " + ", ".join(m for m, _ in GRAPH_FORMATS.values()))
    triples = list(itertools.islice(result, max_rows + 1))
    truncated = len(triples) > max_rows
    del triples[max_rows:]
    media, fmt = GRAPH_FORMATS[graph_format]
    if graph_format == "rdfxml":
        triples = [_xml_safe_triple(t) for t in triples]
    body = _written(ox.serialize(triples, format=fmt,
                                 prefixes=PREFIXES if graph_format in ("turtle", "rdfxml") else None))
    if truncated and graph_format in ("turtle", "ntriples"):
        body = f"# results cut at {max_rows} triples (the server's row limit)\n".encode() + body
    return Answer(kind, media, body, truncated)


class _Enough(Exception):
    """Raised by :class:`_Lines` to stop a serializer that has written all the lines wanted."""


class _Lines:
    """A binary output that keeps what a serializer writes until ``wanted`` whole lines have come, then stops it."""

    def __init__(self, wanted: int):
        self.wanted = wanted
        self.count = 0
        self.chunks: list[bytes] = []

    def write(self, data: bytes) -> int:
        chunk = bytes(data)
        self.chunks.append(chunk)
        self.count += chunk.count(b"\n")
        if self.count >= self.wanted:
            raise _Enough
        return len(chunk)

    def flush(self) -> None:
        pass

    def lines(self) -> list[bytes]:
        """The whole lines written (without their line ends)."""
        return b"".join(self.chunks).split(b"\n")[:-1]


def _written(data: bytes | None) -> bytes:
    """What pyoxigraph's ``serialize`` returns when given no output: the bytes (None only when given one)."""
    assert data is not None
    return data


def _solutions(result: ox.QuerySolutions, result_format: str, max_rows: int) -> Answer:
    """SELECT solutions, at most ``max_rows`` of them, in a result format (see the module's note)."""
    out = _Lines(max_rows + 2)  # the header, the rows kept, and one more: the sign of a cut
    try:
        result.serialize(cast(IO[bytes], out), format=_TSV)  # (_Lines is a writable binary stream)
    except _Enough:
        pass
    lines = out.lines()
    truncated = len(lines) > max_rows + 1
    tsv = b"".join(line + b"\n" for line in lines[:max_rows + 1])
    if result_format == "xml" and _NOT_XML.search(text := tsv.decode("utf-8")):
        tsv = _NOT_XML.sub("\ufffd", text).encode("utf-8")  # only literals can hold such characters
    media, fmt = RESULT_FORMATS[result_format]
    body = tsv if result_format == "tsv" else _written(ox.parse_query_results(tsv, format=_TSV).serialize(format=fmt))
    if truncated and result_format == "json":
        # said between "head" (which holds variable names only) and "results", where strict streaming parsers
        # (Oxigraph's) accept keys they do not know
        head, results, rest = body.partition(b',"results":')
        note = json.dumps(f"results cut at {max_rows} rows (the server's row limit)").encode()
        body = head + b',"truncated":true,"note":' + note + results + rest
    return Answer("SELECT", media, body, truncated)


def _xml_safe_triple(t: Any) -> Any:
    """A triple XML can carry: characters XML cannot carry in its object literal become U+FFFD."""
    o = t.object
    if isinstance(o, ox.Literal) and _NOT_XML.search(o.value):
        value = _NOT_XML.sub("\ufffd", o.value)
        o = ox.Literal(value, language=o.language) if o.language else ox.Literal(value, datatype=o.datatype)
        return ox.Triple(t.subject, t.predicate, o)
    return t


def _message(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"SPARQL error: {text}" if isinstance(exc, SyntaxError) else text


__all__ = ["Answer", "QuerySource", "answer_query"]
