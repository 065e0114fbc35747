"""Reading documents: text files, folders of them, standard input and JSON Lines.

Reading is lazy (one document at a time) so that a build streams. Problems with one document are
reported through ``on_error`` and the rest are still read; a path that does not exist is an error of
the whole call, raised before anything is read.
"""

from __future__ import annotations

import hashlib
import json
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

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


def decode_bytes(data: bytes, where: str) -> str:
    """Decode a document's bytes: UTF-8 (with or without BOM), else cp1252, else latin-1, with a warning.

    Raises InputError for data that looks binary (contains NUL bytes).
    """
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: looks like a binary file (it contains NUL bytes); give plain text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        for enc in FALLBACK_ENCODINGS:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            warnings.warn(
                f"{where}: not valid UTF-8 (byte {exc.start}); decoded as {enc}", DecodingWarning, stacklevel=2
            )
            return text
    raise InputError(f"{where}: cannot be decoded as text")  # pragma: no cover - latin-1 always decodes


def _check_text(text: str, where: str) -> str:
    if not text.strip():
        raise InputError(f"{where}: is empty; give a file with some text")
    return text


def _read_text_file(path: Path) -> Document:
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{where}: cannot be read ({exc.strerror or exc})") from exc
    return Document(id=where, text=_check_text(decode_bytes(data, where), where), source=where)


def _read_jsonl(lines: Iterable[bytes], where: str, on_error: Callable[[InputError], None]) -> Iterator[Document]:
    seen_any = False
    for n, raw in enumerate(lines, 1):
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
        doc_id = str(record.get("id") or at)
        try:
            yield Document(id=doc_id, text=_check_text(record["text"], at), source=at)
        except InputError as exc:
            on_error(exc)
    if not seen_any:
        on_error(InputError(f"{where}: is empty; give JSON Lines with one {{\"id\", \"text\"}} object a line"))


def _raise(exc: InputError) -> None:
    raise exc


def expand_paths(inputs: Iterable[str | Path]) -> list[Path | str]:
    """Check every input exists and expand folders (recursively) into their .txt and .md files.

    ``-`` stands for standard input and is kept as is. Raises InputError for a missing path.
    """
    out: list[Path | str] = []
    for item in inputs:
        if str(item) == "-":
            out.append("-")
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES)
            if not files:
                raise InputError(f"{str(path)!r}: folder holds no .txt, .md or .jsonl files")
            out.extend(files)
        elif path.exists():
            out.append(path)
        else:
            raise InputError(f"{str(path)!r}: no such file or folder")
    return out


def iter_documents(
    inputs: Iterable[str | Path],
    on_error: Callable[[InputError], None] = _raise,
    stdin: Iterable[bytes] | None = None,
) -> Iterator[Document]:
    """Yield the documents named by ``inputs`` (files, folders, ``-``, ``.jsonl`` files), lazily.

    A document that cannot be read is passed to ``on_error`` (which raises by default) and skipped.
    """
    for item in expand_paths(inputs):
        if item == "-":
            data = b"".join(stdin if stdin is not None else [sys.stdin.buffer.read()])
            try:
                yield Document(id="stdin", text=_check_text(decode_bytes(data, "<stdin>"), "<stdin>"), source="-")
            except InputError as exc:
                on_error(exc)
            continue
        assert isinstance(item, Path)
        if item.suffix.lower() in JSONL_SUFFIXES:
            try:
                with item.open("rb") as fh:
                    yield from _read_jsonl(fh, str(item), on_error)
            except OSError as exc:
                on_error(InputError(f"{item}: cannot be read ({exc.strerror or exc})"))
            continue
        try:
            yield _read_text_file(item)
        except InputError as exc:
            on_error(exc)


def texts_to_documents(texts: Iterable[str | Document]) -> Iterator[Document]:
    """Documents from plain strings (ids ``doc-1``, ``doc-2``, ...) or pass Documents through."""
    for n, t in enumerate(texts, 1):
        if isinstance(t, Document):
            yield t
        else:
            yield Document(id=f"doc-{n}", text=t, source="")
