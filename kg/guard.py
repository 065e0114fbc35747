"""What a query must pass before any SPARQL engine sees it: no SERVICE (nothing fetched), no update, bounded size.

Oxigraph evaluates SERVICE by making an HTTP request, and its parser and evaluator recurse once per nesting level
and per operator of a chain, so that a query of ``{`` x 3,000, ``UNION`` x 10,000 or 20,000 triple patterns
overflows the stack and kills the process (a segfault: no exception to catch). So both are decided here, on the
query text, before parsing:

* the text is read as SPARQL's tokenizer reads it (comments, strings and IRIs, with their ``\\u`` escapes, blanked
  out), and again after expanding every ``\\u`` / ``\\U`` escape first (as SPARQL 1.1 describes it): a SERVICE
  keyword in either reading refuses the query. Neither reading can hide a keyword from the other (an IRI that
  hides a ``#`` in one is whole in the other);
* a query longer than :data:`MAX_QUERY_CHARS`, nested deeper than :data:`MAX_DEPTH` brackets, or with more than
  :data:`MAX_OPERATORS` operators, triple-pattern separators and pattern keywords is refused: the largest of each
  that ran in a test process with an 8 MiB stack was 1,000 nested ``{``, 2,000 ``UNION``/``BIND``/``+``, and 1,000
  ``/`` in a path ran past a minute; the limits keep well below.

A query in which the word "service" occurs at all (in either reading, in any case, even inside a string, an IRI
or a comment: the only queries in which a SERVICE can hide) is then parsed, as defence in depth, by a parser that
shares nothing with that tokenizer, rdflib's (:func:`check_parsed_service`), and refused if its parse tree holds a
SERVICE pattern. rdflib expands escapes before tokenizing (as SPARQL 1.1 says; Oxigraph decodes them inside IRIs
and strings only), so it is given the query with every escape made a plain character (:func:`engine_reading`).
rdflib is imported then, and only then: it takes about 40 ms for a short query and 0.1 to 0.3 ms a character for a
long one, so queries without the word pay nothing, and one with it is parsed only up to :data:`MAX_PARSED_CHARS`
characters. A query rdflib cannot parse (a syntax error, syntax rdflib lacks such as SPARQL 1.2's triple terms, or
more nesting or triple patterns in a row than its recursive parser manages: about 25 parentheses, 35 braces or 90
triple patterns) is refused when it mentions "service": a check that gives up must not let through what it could
not read. A user who means no SERVICE can write the query without the word (or, with ``kg query``, trust it with
``--allow-service``).
"""

from __future__ import annotations

import re
import threading

from .errors import QueryError, RefusedQueryError
from .sparql import UCHAR, code, is_update

#: longest query accepted, in characters
MAX_QUERY_CHARS = 1_000_000
#: deepest nesting of ``{ ( [`` accepted
MAX_DEPTH = 100
#: most operators (``. ; , / | + - * ! = < > && ||``) and pattern keywords (OPTIONAL, UNION, MINUS, BIND, FILTER,
#: GRAPH, SERVICE, VALUES) accepted in one query
MAX_OPERATORS = 1000
#: longest query that mentions "service" accepted (rdflib parses it: at most about 3 s)
MAX_PARSED_CHARS = 10_000

_ESCAPE = re.compile(UCHAR)
#: an escape, or an escaped backslash (whose ``u`` starts no escape)
_ESCAPE_OR_BACKSLASH = re.compile(r"\\\\|" + UCHAR)
_PARSING = threading.Lock()
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.IGNORECASE)
_OPERATOR = re.compile(r"&&|\|\||[.;,/|+\-*!=<>]|(?<![\w?$:])(?:OPTIONAL|UNION|MINUS|BIND|FILTER|GRAPH|SERVICE|VALUES)"
                       r"(?![\w:-])", re.IGNORECASE)


def expand_escapes(sparql: str) -> str:
    """The query with every ``\\uXXXX`` and ``\\UXXXXXXXX`` escape replaced by its character."""
    def char(m: re.Match[str]) -> str:
        try:
            return chr(int(m.group()[2:], 16))
        except (ValueError, OverflowError):
            return "\ufffd"

    return _ESCAPE.sub(char, sparql)


def _depth(text: str) -> int:
    depth = deepest = 0
    for c in text:
        if c in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "})]":
            depth -= 1
    return deepest


def check_query(sparql: str, *, allow_service: bool = False, read_only: bool = True) -> None:
    """Refuse a query that is empty, too large or nested too deep (QueryError), an update (RefusedQueryError,
    with ``read_only``), or one that calls SERVICE (QueryError, unless ``allow_service``)."""
    if not sparql or not sparql.strip():
        raise QueryError("the query is empty; give a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query")
    if len(sparql) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(sparql):,} characters long, more than the {MAX_QUERY_CHARS:,} accepted; "
                         "split it into several queries")
    readings = [code(sparql)]
    expanded = expand_escapes(sparql)
    if expanded != sparql:
        readings.append(code(expanded))
    for text in readings:
        if (depth := _depth(text)) > MAX_DEPTH:
            raise QueryError(f"the query nests {{ }}, ( ) or [ ] {depth} deep, more than the {MAX_DEPTH} accepted; "
                             "write it with less nesting")
        if (ops := sum(1 for _ in _OPERATOR.finditer(text))) > MAX_OPERATORS:
            raise QueryError(f"the query has {ops:,} operators and patterns, more than the {MAX_OPERATORS:,} accepted "
                             "(a deeper query could crash the SPARQL engine); split it, or give long lists of values "
                             "with VALUES")
        if read_only and is_update(text, blanked=True):
            raise RefusedQueryError("this endpoint is read-only: SPARQL Update is not accepted")
        if not allow_service and _SERVICE.search(text):
            raise QueryError("SERVICE (federated query) is not allowed: kg answers from its own data only and "
                             "fetches nothing")
    if not allow_service and any("service" in text.casefold() for text in (sparql, expanded)):
        check_parsed_service(sparql)


def engine_reading(sparql: str) -> str:
    """The query as Oxigraph tokenizes it, for a parser that expands escapes before tokenizing (rdflib's, as SPARQL
    1.1 says): every ``\\u`` / ``\\U`` escape made one plain character, so that an escape stays inside the IRI or
    string it is written in (Oxigraph decodes escapes in IRIs and strings only, after tokenizing)."""
    return _ESCAPE_OR_BACKSLASH.sub(lambda m: m.group() if m.group() == "\\\\" else "u", sparql)


def _has_service(tree: object) -> bool:
    """Whether an rdflib parse tree holds a SERVICE pattern (looked for without recursion: trees can be deep)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return True
            stack.extend(dict.values(node))
        elif isinstance(node, (ParseResults, list, tuple)):
            stack.extend(node)
    return False


def check_parsed_service(sparql: str) -> None:
    """Refuse (QueryError) a query whose parse by rdflib holds a SERVICE pattern, or which rdflib cannot parse.

    The query is read as Oxigraph reads it (:func:`engine_reading`). The parse tree is searched rather than the
    algebra (``translateQuery``): SPARQL has one SERVICE production, and the tree holds every group pattern
    (subqueries and EXISTS included), while translating would also resolve prefixes, which fails on the ones kg
    binds before evaluation. A query rdflib cannot parse is refused, not passed on: the text check passed it, but
    a second check that gives up would let an attacker pass any tokenizer bug by adding syntax rdflib lacks.
    """
    text = engine_reading(sparql)
    if len(text) > MAX_PARSED_CHARS:
        raise QueryError(f"the query mentions 'service' and is {len(text):,} characters long, more than the "
                         f"{MAX_PARSED_CHARS:,} kg reads to make sure it calls no SERVICE; shorten it, or leave "
                         "the word 'service' out of it")
    # the grammar, not parseQuery/parseUpdate: they would expand escapes again ('\\u0041' in a string is none)
    from rdflib.plugins.sparql.parser import Query, UpdateUnit

    grammar = UpdateUnit if is_update(text) else Query
    try:
        with _PARSING:  # pyparsing keeps parse state on its classes: one parse at a time (one CPU under the GIL)
            tree = grammar.parse_string(text, parse_all=True)
    except RecursionError:
        raise QueryError("the query mentions 'service' and nests too deep (or has too many triple patterns in a row) "
                         "for kg to make sure it calls no SERVICE; write it with less nesting, or leave the word "
                         "'service' out of it") from None
    except Exception as exc:  # noqa: BLE001 - pyparsing's ParseException and whatever rdflib's parse actions raise
        msg = " ".join(str(exc).split()) or type(exc).__name__
        raise QueryError(f"the query mentions 'service', and kg cannot make sure it calls no SERVICE: rdflib's "
                         f"SPARQL parser cannot read it ({msg}); fix its syntax, or leave the word 'service' out "
                         "of it") from None
    if _has_service(tree):
        raise QueryError("SERVICE (federated query) is not allowed: kg answers from its own data only and "
                         "fetches nothing")


__all__ = ["MAX_DEPTH", "MAX_OPERATORS", "MAX_PARSED_CHARS", "MAX_QUERY_CHARS", "check_parsed_service", "check_query",
           "code", "engine_reading", "expand_escapes"]
