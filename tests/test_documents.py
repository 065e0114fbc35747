"""Reading inputs: files, folders, stdin, JSON Lines, and bad input."""

from __future__ import annotations

import hashlib
import json
import warnings

import pytest

from kg.documents import DecodingWarning, RepeatedIdWarning, iter_documents
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
    assert [(d.id, d.text) for d in docs] == [("docs.jsonl#a", "Alpha."), ("docs.jsonl#c", "Gamma.")]
    assert len(errors) == 2 and errors[0].startswith(f"{f}:2: not a JSON object")
    assert errors[1] == f'{f}:3: has no "text" string; each line must be {{"id": ..., "text": ...}}'


def test_stdin():
    docs, errors = collect(["-"], stdin=[b"From stdin."])
    assert [(d.id, d.text) for d in docs] == [(f"stdin#{hashlib.sha256(b'From stdin.').hexdigest()[:16]}", "From stdin.")]


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


# -- document identity (issue 18): never two documents merged into one, ids independent of the working folder --------
def test_ids_do_not_depend_on_the_folder_the_build_runs_from(tmp_path, monkeypatch):
    feed = tmp_path / "articles"
    (feed / "2024").mkdir(parents=True)
    (feed / "2024" / "a.txt").write_text("Text one.", encoding="utf-8")
    (feed / "b.txt").write_text("Text two.", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    ids = []
    for cwd, arg in ((tmp_path, "articles"), (tmp_path / "elsewhere", "../articles"), (feed, ".")):
        monkeypatch.chdir(cwd)
        ids.append(sorted(d.id for d in iter_documents([arg])))
    assert ids == [["2024/a.txt", "b.txt"]] * 3
    monkeypatch.chdir(tmp_path / "elsewhere")
    docs = list(iter_documents(["../articles/b.txt"]))
    assert [(d.id, d.source) for d in docs] == [("b.txt", "../articles/b.txt")]


def test_repeated_ids_in_one_read_are_kept_apart_and_reported(tmp_path):
    f = tmp_path / "dup.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "Mara Olsen is the chief executive of Brightwave Ltd."},
        {"id": "a", "text": "Tomas Brandt is the chief executive of Kelvin Works."},
        {"id": "a", "text": "Mara Olsen is the chief executive of Brightwave Ltd."},  # word for word: a repeat
        {"text": "No id here."}, {"text": "No id here."}]) + "\n", encoding="utf-8")
    repeats: list[str] = []
    docs = list(iter_documents([f], on_repeat=repeats.append))
    h = hashlib.sha256(b"No id here.").hexdigest()[:16]
    assert [d.id for d in docs] == ["dup.jsonl#a", "dup.jsonl#a~2", f"dup.jsonl#{h}"]
    assert repeats == [
        f"{f}:2: document id 'dup.jsonl#a' is taken by another text ({f}:1); kept as 'dup.jsonl#a~2' "
        "(give each document its own id)",
        f"{f}:3: repeats document 'dup.jsonl#a' ({f}:1) word for word; skipped",
        f"{f}:5: repeats document 'dup.jsonl#{h}' ({f}:4) word for word; skipped"]


def test_same_record_id_in_two_files_is_two_documents(tmp_path):
    (tmp_path / "day1.jsonl").write_text(json.dumps({"id": "1", "text": "First day."}) + "\n", encoding="utf-8")
    (tmp_path / "day2.jsonl").write_text(json.dumps({"id": "1", "text": "Second day."}) + "\n", encoding="utf-8")
    docs, errors = collect([tmp_path / "day1.jsonl", tmp_path / "day2.jsonl"])
    assert [d.id for d in docs] == ["day1.jsonl#1", "day2.jsonl#1"] and errors == []


def test_two_stdin_texts_get_two_ids():
    one = list(iter_documents(["-"], stdin=[b"A first text."]))
    two = list(iter_documents(["-"], stdin=[b"A second text."]))
    assert one[0].id != two[0].id and one[0].id.startswith("stdin#")


def test_repeats_warn_by_default(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "y" / "a.txt").write_text("Two.", encoding="utf-8")
    with pytest.warns(RepeatedIdWarning, match="kept as 'a.txt~2'"):
        docs = list(iter_documents([tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt"]))
    assert [d.id for d in docs] == ["a.txt", "a.txt~2"]
