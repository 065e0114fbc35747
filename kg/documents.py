"""Reading documents: text files, folders of them, standard input and JSON Lines.

Reading is lazy (one document at a time) so that a build streams. Problems with one document are
reported through ``on_error`` and the rest are still read; a path that does not exist is an error of
the whole call, raised before anything is read.

A document's id (which makes its IRI) does not depend on the folder a build is run from:

* a text file named as an input: its file name (``a.txt``); a file found in a folder named as an input: its path
  relative to that folder (``2024/a.txt``);
* a JSON Lines record: the file's name (as for a text file) ``#`` the record's ``id`` (``feed.jsonl#42``), or
  ``#`` the start of its content hash when it has no id;
* standard input: ``stdin#`` the start of its content hash.

Two documents of one read with the same id are never merged: an exact repeat (same id, same text) is
skipped, a different text gets the id with ``~2`` (``~3``, ...) appended; both are reported through
``on_repeat``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, NamedTuple

from .errors import InputError

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")

#: Encodings tried, in order, for a file that is not valid UTF-8. latin-1 decodes any bytes.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")


@dataclass(frozen=True)
class Document:
    """One text to extract from. ``id`` is unique within a build; ``source`` says where it came from."""

    id: str
    text: str
    source: str = ""

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class DecodingWarning(UserWarning):
    """A file was not UTF-8 and was decoded with a fallback encoding."""


class RepeatedIdWarning(UserWarning):
    """Two documents of one read have the same id: one was skipped (a repeat) or renamed (a different text)."""


class Input(NamedTuple):
    """One file to read (or ``-``), and the name its documents' ids start with (see the module docstring)."""

    path: Path | str
    name: str

#: characters of the content hash that stand for a document without an id
HASH_ID_CHARS = 16


#: byte order marks, longest first (UTF-32's begin with UTF-16's)
BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))

#: the default of ``--max-bytes``: the largest document read (a file, a JSON Lines record, standard input)
MAX_BYTES = 10 * 2**20

#: a text with more than this share of control characters (other than tab, line and page breaks) is not text
MAX_CONTROL_SHARE = 0.01

_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_REPLACEABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def decode_bytes(data: bytes, where: str) -> str:
    """Decode a document's bytes: by its byte order mark (UTF-8, UTF-16, UTF-32), else UTF-8.

    UTF-8 with a few bad bytes (at most as many as its valid characters beyond ASCII) keeps its text: each bad
    byte becomes U+FFFD, with a warning. Other data is a legacy 8-bit text: decoded as cp1252 (else latin-1), with
    a warning. Raises InputError for data with a NUL byte anywhere (a binary file).
    """
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(f"{where}: starts with a {enc.upper()} byte order mark but is not {enc.upper()} "
                                 f"(byte {exc.start}); save it as UTF-8") from None
    if b"\x00" in data:
        raise InputError(f"{where}: looks like a binary file (it contains NUL bytes); give plain text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        replaced = data.decode("utf-8", errors="replace")
        bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
        if sum(1 for c in replaced if ord(c) > 127 and c != "\ufffd") >= bad:  # more UTF-8 than not: keep it
            _refuse_binary(replaced, where)
            warnings.warn(f"{where}: {bad} byte{'s' if bad != 1 else ''} not valid UTF-8 (the first at byte "
                          f"{exc.start}); replaced by U+FFFD", DecodingWarning, stacklevel=2)
            return replaced
        for enc in FALLBACK_ENCODINGS:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            _refuse_binary(text, where)
            warnings.warn(
                f"{where}: not valid UTF-8 (byte {exc.start}); decoded as {enc}", DecodingWarning, stacklevel=2
            )
            return text
    raise InputError(f"{where}: cannot be decoded as text")  # pragma: no cover - latin-1 always decodes


def _check_text(text: str, where: str) -> str:
    """The text, if it is some: not empty, at most 1% control characters (else InputError). Control characters that
    no RDF syntax can carry everywhere (C0 but tab and line breaks; lone surrogates) become spaces (U+FFFD for
    surrogates), so that character offsets stay right."""
    if not text.strip():
        raise InputError(f"{where}: is empty; give a file with some text")
    if _refuse_binary(text, where) or "\x0c" in text:
        text = _REPLACEABLE.sub(lambda m: "\ufffd" if "\ud800" <= m.group() <= "\udfff" else " ", text)
    return text


def _refuse_binary(text: str, where: str) -> int:
    """How many control characters ``text`` has; InputError if they are more than 1% of it (a binary file)."""
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise InputError(f"{where}: looks like a binary file ({controls:,} of its {len(text):,} characters are control "
                         "characters); give plain text")
    return controls


def _read_limited(fh: IO[bytes], max_bytes: int, where: str) -> bytes:
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{where}: is larger than {max_bytes:,} bytes (--max-bytes); split it, or give a larger "
                         "--max-bytes")
    return data


def _read_text_file(path: Path, name: str, max_bytes: int = MAX_BYTES) -> Document:
    where = str(path)
    try:
        with path.open("rb") as fh:
            data = _read_limited(fh, max_bytes, where)
    except OSError as exc:
        raise InputError(f"{where}: cannot be read ({exc.strerror or exc})") from exc
    return Document(id=_REPLACEABLE.sub(" ", name), text=_check_text(decode_bytes(data, where), where),
                    source=_REPLACEABLE.sub(" ", where))


def _lines(fh: IO[bytes], max_bytes: int, where: str,
           on_error: Callable[[InputError], None]) -> Iterator[bytes | None]:
    """The lines of a JSON Lines file, each read with at most ``max_bytes`` in memory: a longer one is reported
    and skipped (None stands in for it, so that line numbers stay right)."""
    n = 0
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        n += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := fh.readline(2**20)) and not rest.endswith(b"\n"):
                pass
            on_error(InputError(f"{where}:{n}: is larger than {max_bytes:,} bytes (--max-bytes); split it, or give "
                                "a larger --max-bytes"))
            yield None
            continue
        yield line


def _hash_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_ID_CHARS]


def _read_jsonl(lines: Iterable[bytes | None], where: str, on_error: Callable[[InputError], None],
                name: str | None = None) -> Iterator[Document]:
    name = where if name is None else name
    seen_any = False
    for n, raw in enumerate(lines, 1):
        if raw is None:  # too long: reported already
            seen_any = True
            continue
        if not raw.strip():
            continue
        seen_any = True
        at = f"{where}:{n}"
        try:
            record = json.loads(decode_bytes(raw, at))
        except (json.JSONDecodeError, InputError) as exc:
            on_error(InputError(f"{at}: not a JSON object ({exc}); each line must be {{\"id\": ..., \"text\": ...}}"))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            on_error(InputError(f"{at}: has no \"text\" string; each line must be {{\"id\": ..., \"text\": ...}}"))
            continue
        given = record.get("id")
        try:
            text = _check_text(record["text"], at)
            given = _REPLACEABLE.sub(" ", str(given)) if given not in (None, "") else _hash_id(text)
            yield Document(id=f"{name}#{given}", text=text, source=at)
        except InputError as exc:
            on_error(exc)
    if not seen_any:
        on_error(InputError(f"{where}: is empty; give JSON Lines with one {{\"id\", \"text\"}} object a line"))


def _raise(exc: InputError) -> None:
    raise exc


def expand_inputs(inputs: Iterable[str | Path | Input]) -> list[Input]:
    """Check every input exists and expand folders (recursively) into their .txt, .md and .jsonl files, each
    with the name its documents' ids start with (see the module docstring). An :class:`Input` is kept as is.

    ``-`` stands for standard input. Raises InputError for a missing path.
    """
    out: list[Input] = []
    for item in inputs:
        if isinstance(item, Input):
            out.append(item)
            continue
        if str(item) == "-":
            out.append(Input("-", "stdin"))
            continue
        path = Path(item)
        if path.is_dir():
            suffixes = TEXT_SUFFIXES + JSONL_SUFFIXES
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
            if not files:
                raise InputError(f"{str(path)!r}: folder holds no .txt, .md or .jsonl files")
            out.extend(Input(p, p.relative_to(path).as_posix()) for p in files)
        elif path.is_file():
            out.append(Input(path, path.name))
        elif path.exists():
            raise InputError(f"{str(path)!r}: not a regular file (a device, pipe or socket); give a text file, or - "
                             "and send it on standard input")
        else:
            raise InputError(f"{str(path)!r}: no such file or folder")
    return out


def expand_paths(inputs: Iterable[str | Path]) -> list[Path | str]:
    """The files :func:`expand_inputs` finds (``-`` for standard input)."""
    return [i.path for i in expand_inputs(inputs)]


def _warn_repeat(message: str) -> None:
    warnings.warn(message, RepeatedIdWarning, stacklevel=3)


def distinct_ids(documents: Iterable[Document], on_repeat: Callable[[str], None] = _warn_repeat) -> Iterator[Document]:
    """The documents, none two with one id: an exact repeat (same id and text) is skipped, another text with an
    id seen before gets ``~2`` (``~3``, ...) appended. Each case is passed to ``on_repeat`` as one line."""
    seen: dict[str, tuple[str, str]] = {}  # id -> (content hash, source)
    for doc in documents:
        first = seen.get(doc.id)
        if first is None:
            seen[doc.id] = (doc.content_hash, doc.source)
            yield doc
            continue
        if first[0] == doc.content_hash:
            on_repeat(f"{doc.source or doc.id}: repeats document {doc.id!r} ({first[1]}) word for word; skipped")
            continue
        n = 2
        while f"{doc.id}~{n}" in seen:
            n += 1
        renamed = replace(doc, id=f"{doc.id}~{n}")
        seen[renamed.id] = (doc.content_hash, doc.source)
        on_repeat(f"{doc.source or doc.id}: document id {doc.id!r} is taken by another text ({first[1]}); "
                  f"kept as {renamed.id!r} (give each document its own id)")
        yield renamed


def iter_documents(
    inputs: Iterable[str | Path | Input],
    on_error: Callable[[InputError], None] = _raise,
    stdin: Iterable[bytes] | None = None,
    on_repeat: Callable[[str], None] = _warn_repeat,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Document]:
    """Yield the documents named by ``inputs`` (files, folders, ``-``, ``.jsonl`` files), lazily, with distinct ids
    (:func:`distinct_ids`; repeats go to ``on_repeat``, which warns by default).

    A document that cannot be read, or is larger than ``max_bytes`` (a file, a JSON Lines record, standard input),
    is passed to ``on_error`` (which raises by default) and skipped.
    """
    return distinct_ids(read_inputs(expand_inputs(inputs), on_error, stdin, max_bytes), on_repeat)


def read_inputs(inputs: Iterable[Input], on_error: Callable[[InputError], None] = _raise,
                stdin: Iterable[bytes] | None = None, max_bytes: int = MAX_BYTES) -> Iterator[Document]:
    """The documents of expanded inputs, lazily, ids as read (no check for repeats: :func:`distinct_ids`)."""
    for item, name in inputs:
        if item == "-":
            try:
                if stdin is None:
                    data = _read_limited(sys.stdin.buffer, max_bytes, "<stdin>")
                else:
                    data = b"".join(stdin)
                    if len(data) > max_bytes:
                        raise InputError(f"<stdin>: is larger than {max_bytes:,} bytes (--max-bytes); split it, or "
                                         "give a larger --max-bytes")
                text = _check_text(decode_bytes(data, "<stdin>"), "<stdin>")
                yield Document(id=f"stdin#{_hash_id(text)}", text=text, source="-")
            except InputError as exc:
                on_error(exc)
            continue
        assert isinstance(item, Path)
        if item.suffix.lower() in JSONL_SUFFIXES:
            try:
                with item.open("rb") as fh:
                    yield from _read_jsonl(_lines(fh, max_bytes, str(item), on_error), str(item), on_error, name)
            except OSError as exc:
                on_error(InputError(f"{item}: cannot be read ({exc.strerror or exc})"))
            continue
        try:
            yield _read_text_file(item, name, max_bytes)
        except InputError as exc:
            on_error(exc)


def texts_to_documents(texts: Iterable[str | Document]) -> Iterator[Document]:
    """Documents from plain strings (ids ``doc-1``, ``doc-2``, ...) or pass Documents through."""
    for n, t in enumerate(texts, 1):
        if isinstance(t, Document):
            yield t
        else:
            yield Document(id=f"doc-{n}", text=t, source="")
