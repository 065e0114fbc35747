"""Reading inputs: files, folders, stdin, JSON Lines, and bad input."""

from __future__ import annotations

import json
import warnings

import pytest

from kg.documents import DecodingWarning, iter_documents
from kg.errors import InputError


def collect(inputs, **kw):
    errors: list[str] = []
    docs = list(iter_documents(inputs, on_error=lambda e: errors.append(str(e)), **kw))
    return docs, errors


def test_folder_is_read_recursively(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("One text.", encoding="utf-8")
    (tmp_path / "two.md").write_text("# Two\n\nText.", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x,y", encoding="utf-8")
    docs, errors = collect([tmp_path])
    assert sorted(d.text for d in docs) == ["# Two\n\nText.", "One text."]
    assert errors == []


def test_jsonl_records_and_bad_lines(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Alpha."}) + "\nnot json\n" + json.dumps({"id": "b"}) + "\n"
                 + json.dumps({"id": "c", "text": "Gamma."}) + "\n", encoding="utf-8")
    docs, errors = collect([f])
    assert [(d.id, d.text) for d in docs] == [("a", "Alpha."), ("c", "Gamma.")]
    assert len(errors) == 2 and errors[0].startswith(f"{f}:2: not a JSON object")
    assert errors[1] == f'{f}:3: has no "text" string; each line must be {{"id": ..., "text": ...}}'


def test_stdin():
    docs, errors = collect(["-"], stdin=[b"From stdin."])
    assert [(d.id, d.text) for d in docs] == [("stdin", "From stdin.")]


def test_missing_path_fails_before_reading(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_documents([tmp_path / "nope.txt"]))


def test_binary_and_empty_files_are_reported_and_skipped(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Fine.", encoding="utf-8")
    docs, errors = collect([tmp_path / "bin.txt", tmp_path / "empty.txt", tmp_path / "ok.txt"])
    assert [d.text for d in docs] == ["Fine."]
    assert errors == [
        f"{tmp_path / 'bin.txt'}: looks like a binary file (it contains NUL bytes); give plain text",
        f"{tmp_path / 'empty.txt'}: is empty; give a file with some text",
    ]


def test_not_utf8_is_decoded_with_a_warning(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Café Zoë said.".encode("cp1252"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs, _ = collect([f])
    assert docs[0].text == "Café Zoë said."
    assert [str(w.message) for w in caught if w.category is DecodingWarning] == [f"{f}: not valid UTF-8 (byte 3); decoded as cp1252"]


def test_utf8_bom_is_dropped(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffText.".encode("utf-8"))
    assert collect([f])[0][0].text == "Text."
