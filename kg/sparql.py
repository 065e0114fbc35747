"""SPARQL text: what a query says, read before any engine sees it. The one place kg looks into query text.

* :func:`code`: the query with comments, strings and IRIs blanked out, so that keywords and names can be looked for
  (the reading :mod:`kg.guard` checks, and every function below reads);
* :func:`query_form`: the form of a request (SELECT, ASK, CONSTRUCT, DESCRIBE) or the update operation it starts
  with (INSERT, DELETE, LOAD, ...);
* :func:`with_prefixes`: the query with PREFIX lines for the prefixes kg binds (:data:`kg.namespace.PREFIXES`) that it
  does not declare itself, and :func:`shift_error_position` to give a parser's error position in the user's text;
* the prefixed names a query uses and the ones nobody declares (:func:`prefixed_names`, :func:`unknown_prefixes`);
* the variables of ``SELECT *`` in the order the query names them (:func:`star_order`).

Engines that take prefixes as an option (pyoxigraph's ``prefixes=``) are given :data:`PREFIXES` instead of
:func:`with_prefixes`: the same bindings, with error positions that need no shifting.
"""

from __future__ import annotations

import re

from .namespace import PREFIXES

#: the query forms, and the first keywords of SPARQL Update operations
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")

#: a ``\\u`` / ``\\U`` escape (a regular expression)
UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_IRI = re.compile(r"<(?:[^<>\"{}|^`\\\x00-\x20]|" + UCHAR + r")*>")
#: the first keyword after the prologue (PREFIX and BASE declarations), in :func:`code`'s reading
_FORM = re.compile(r"\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*)*(" + "|".join(QUERY_FORMS + UPDATE_FORMS) + r")\b",
                   re.IGNORECASE)
_DECLARED = re.compile(r"(?im)^\s*PREFIX\s+([A-Za-z][\w.-]*)?:")
_POSITION = re.compile(r"error at (\d+):(\d+)")
#: A prefixed name (``kg:ceoOf``, ``zz:``) in query code: not a variable, not inside a longer word.
_PREFIXED = re.compile(r"(?<![\w?$:.-])([A-Za-z][\w.-]*)?:((?:[\w-]|\\.)*)")
#: ``SELECT *`` (with DISTINCT or REDUCED), and a variable.
_SELECT_STAR = re.compile(r"\bSELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?\*", re.IGNORECASE)
_VARIABLE = re.compile(r"[?$]([A-Za-z_0-9][\w]*)")


def code(sparql: str) -> str:
    """The query with comments, strings and IRIs blanked out, so that keywords can be looked for."""
    out: list[str] = []
    i, n = 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c == "#":
            j = sparql.find("\n", i)
            i = n if j < 0 else j
        elif c in "\"'":
            quote_ = sparql[i:i + 3] if sparql[i:i + 3] in ('"""', "'''") else c
            j = i + len(quote_)
            while j < n and not sparql.startswith(quote_, j):
                j += 2 if sparql[j] == "\\" else 1
            i = j + len(quote_)
            out.append(" ")
        elif c == "<" and (m := _IRI.match(sparql, i)):
            i = m.end()
            out.append(" ")
        elif c == "\\":  # an escaped character in a prefixed name (ex:a\#b): never a comment start
            i += 2
            out.append("_")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def query_form(sparql: str, *, blanked: bool = False) -> str | None:
    """The first keyword of a request after its prologue, upper case: one of :data:`QUERY_FORMS` or
    :data:`UPDATE_FORMS`; None when it starts with neither (not a SPARQL request).

    ``blanked``: ``sparql`` is :func:`code`'s reading already.
    """
    m = _FORM.match(sparql if blanked else code(sparql))
    return m.group(1).upper() if m else None


def is_update(sparql: str, *, blanked: bool = False) -> bool:
    """Whether the request is a SPARQL Update (its first keyword after the prologue is an update operation's)."""
    return query_form(sparql, blanked=blanked) in UPDATE_FORMS


def declared_prefixes(sparql: str) -> set[str]:
    """The prefixes the query declares with PREFIX lines ("" for the empty prefix)."""
    return {m.group(1) or "" for m in _DECLARED.finditer(sparql)}


def with_prefixes(sparql: str) -> tuple[str, int]:
    """Prepend PREFIX lines for the standard prefixes the query does not declare itself.

    Returns the query and how many lines were added (to correct error positions: :func:`shift_error_position`).
    """
    declared = declared_prefixes(sparql)
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
    return "\n".join(lines + [sparql]), len(lines)


def shift_error_position(message: str, added: int) -> str:
    """A parser's message about a query given :func:`with_prefixes`'s ``added`` lines: its ``error at L:C`` as
    ``error at line L - added, column C``, the position in the user's text."""
    def shift(m: re.Match[str]) -> str:
        return f"error at line {int(m.group(1)) - added}, column {m.group(2)}"

    return _POSITION.sub(shift, message)


def prefixed_names(sparql: str) -> list[tuple[str, str]]:
    """The (prefix, local name) pairs the query's code uses, in order (declarations included)."""
    return [(m.group(1) or "", m.group(2)) for m in _PREFIXED.finditer(code(sparql))]


def unknown_prefixes(sparql: str) -> list[str]:
    """Prefixes the query uses that it neither declares nor gets pre-bound, in order of first use."""
    known = declared_prefixes(sparql) | set(PREFIXES)
    out: list[str] = []
    for prefix, _ in prefixed_names(sparql):
        if prefix not in known and prefix not in out:
            out.append(prefix)
    return out


def star_order(sparql: str, vars_: list[str]) -> list[str]:
    """For ``SELECT *``, the variables in the order the query first names them (as SPARQL results list them);
    ``vars_`` as they are for any other query."""
    text = code(sparql)
    m = _SELECT_STAR.search(text)
    if not m:
        return vars_
    order: list[str] = []
    for v in _VARIABLE.findall(text, m.end()):
        if v in vars_ and v not in order:
            order.append(v)
    return order + [v for v in vars_ if v not in order]


__all__ = ["PREFIXES", "QUERY_FORMS", "UCHAR", "UPDATE_FORMS", "code", "declared_prefixes", "is_update",
           "prefixed_names", "query_form", "shift_error_position", "star_order", "unknown_prefixes", "with_prefixes"]
