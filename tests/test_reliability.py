"""Issue 18: nothing lost, nothing fetched, nothing crashes (see the README's "Reliability" section)."""

from __future__ import annotations

import json

import pytest
from rdflib import RDF, Graph

from kgcli import run_main as run
from kg.namespace import KG

pytestmark = pytest.mark.slow

ONE = "Mara Olsen is the chief executive of Brightwave Ltd."
TWO = "Tomas Brandt is the chief executive of Kelvin Works."


def jsonl(path, *records: dict) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


# -- 1. no document lost to a repeated id -------------------------------------------------------------------------
def test_repeated_id_in_one_file_keeps_both_documents_in_a_store(tmp_path, capsys):
    dup = jsonl(tmp_path / "dup.jsonl", {"id": "a", "text": ONE}, {"id": "a", "text": TWO})
    store = str(tmp_path / "st")
    code, _, err = run(capsys, "build", dup, "--store", store, "-q")
    assert code == 0 and "kept as 'dup.jsonl#a~2'" in err
    code, out, _ = run(capsys, "query", store, "SELECT ?id WHERE { ?d a kg:Document ; rdfs:label ?id } ORDER BY ?id",
                       "--format", "csv")
    assert out.splitlines() == ["id", "dup.jsonl#a", "dup.jsonl#a~2"]


def test_repeated_id_in_one_file_is_two_document_nodes_in_a_file(tmp_path, capsys):
    dup = jsonl(tmp_path / "dup.jsonl", {"id": "a", "text": ONE}, {"id": "a", "text": TWO})
    code, _, err = run(capsys, "build", dup, "-o", str(tmp_path / "g.nt"))
    assert code == 0 and "1 repeated document id" in err
    g = Graph().parse(tmp_path / "g.nt", format="nt")
    docs = set(g.subjects(predicate=KG.contentHash))
    assert len(docs) == 2 and all(len(set(g.objects(d, KG.contentHash))) == 1 for d in docs)


def test_same_id_in_two_files_and_two_stdin_builds_are_kept(tmp_path, capsys, monkeypatch):
    store = str(tmp_path / "st")
    run(capsys, "build", jsonl(tmp_path / "day1.jsonl", {"id": "1", "text": ONE}), "--store", store, "-q")
    run(capsys, "build", jsonl(tmp_path / "day2.jsonl", {"id": "1", "text": TWO}), "--store", store, "-q")
    import io
    import sys

    for text in ("Ines Varga is the chief executive of Solmark AG.", "Piet Claes is the chief executive of Dunlow Inc."):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
        assert run(capsys, "build", "-", "--store", store, "-q")[0] == 0
    code, out, _ = run(capsys, "query", store, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Document }", "--format", "csv")
    assert out.split() == ["n", "4"]


def test_replacing_a_stored_document_is_said_in_the_summary(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ONE, encoding="utf-8")
    store = str(tmp_path / "st")
    assert run(capsys, "build", str(f), "--store", store)[0] == 0
    f.write_text(TWO, encoding="utf-8")
    code, _, err = run(capsys, "build", str(f), "--store", store)
    assert code == 0 and "1 stored document replaced by a changed version" in err


def test_a_stored_document_replaced_by_a_different_file_is_said_so_by_name(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    first.write_text(ONE, encoding="utf-8")
    second.write_text(TWO, encoding="utf-8")
    store = str(tmp_path / "st")
    assert run(capsys, "build", str(first), "--store", store)[0] == 0
    code, _, err = run(capsys, "build", str(second), "--store", store)
    assert code == 0 and "changed version" not in err
    said = f"1 stored document replaced by a different file with the same id: x.txt (stored from {first}, now {second})"
    assert said in err
    first.write_text(ONE + " " + TWO, encoding="utf-8")  # back to the first file, changed: a different file again
    assert f"(stored from {second}, now {first})" in run(capsys, "build", str(first), "--store", store)[2]


# -- 2. reading an untrusted graph fetches nothing, opens nothing else, expands nothing -----------------------------
import resource  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402

from kg.errors import QueryError  # noqa: E402
from kg.graph import read_graph  # noqa: E402
from kg.guard import check_query  # noqa: E402
from servers import Listener  # noqa: E402


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.close()


def test_jsonld_with_a_remote_or_file_context_is_refused_unfetched(tmp_path, listener, capsys):
    remote = tmp_path / "remote.jsonld"
    remote.write_text(json.dumps({"@context": f"http://127.0.0.1:{listener.port}/ctx", "@id": "http://e.org/s",
                                  "name": "x"}), encoding="utf-8")
    ctx = tmp_path / "ctx.jsonld"
    ctx.write_text(json.dumps({"@context": {"@vocab": "http://e.org/"}}), encoding="utf-8")
    local = tmp_path / "local.jsonld"
    local.write_text(json.dumps({"@context": ctx.as_uri(), "@id": "http://e.org/s", "name": "x"}), encoding="utf-8")
    for path in (remote, local):
        code, out, err = run(capsys, "query", str(path), "ASK { ?s ?p ?o }")
        assert code == 1 and out == "" and "kg never fetches or opens" in err and len(err.splitlines()) == 1
    assert listener.connections == 0
    inline = tmp_path / "inline.jsonld"
    inline.write_text(json.dumps({"@context": {"@vocab": "http://e.org/"}, "@id": "http://e.org/s", "name": "x"}),
                      encoding="utf-8")
    assert len(read_graph(inline)) == 1


BOMB = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
""" + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">\n' for p, c in zip("abcdefgh", "bcdefghi")) + """]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
<rdf:Description rdf:about="http://example.org/s"><ex:p>&i;</ex:p></rdf:Description>
</rdf:RDF>
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))


def test_rdfxml_billion_laughs_is_refused_within_a_memory_limit(tmp_path):
    bomb = tmp_path / "bomb.rdf"
    bomb.write_text(BOMB, encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "kg", "query", str(bomb), "ASK {}"], capture_output=True, text=True,
                       timeout=120, preexec_fn=_limit_memory)
    assert p.returncode == 1, p.stderr[-500:]
    assert p.stderr.startswith("kg: error: cannot parse") and "entities expand" in p.stderr
    # entities that expand a little (namespace shorthands, as ontology editors write them) still read
    ok = tmp_path / "ok.rdf"
    ok.write_text('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/"> ]>\n'
                  '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="&ex;">'
                  '<rdf:Description rdf:about="&ex;s"><ex:p>x</ex:p></rdf:Description></rdf:RDF>\n', encoding="utf-8")
    assert len(read_graph(ok)) == 1


def test_kg_query_refuses_service_unless_allowed(tmp_path, listener, capsys):
    g = tmp_path / "g.ttl"
    g.write_text("<http://e.org/s> <http://e.org/p> <http://e.org/o> .\n", encoding="utf-8")
    service = f"SELECT * {{ SERVICE <http://127.0.0.1:{listener.port}/cli> {{ ?s ?p ?o }} }}"
    code, _, err = run(capsys, "query", str(g), service)
    assert code == 1 and "SERVICE (federated query) is not allowed" in err
    store = str(tmp_path / "st")
    from kg.store import open_store

    with open_store(store, create=True) as st:
        st.put_document("http://e.org/doc", [(URIRef("http://e.org/s"), URIRef("http://e.org/p"), URIRef("http://e.org/o"))])
    code, _, err = run(capsys, "query", store, service)
    assert code == 1 and "SERVICE" in err
    assert listener.connections == 0
    code, _, err = run(capsys, "query", str(g), service, "--allow-service")
    assert listener.connections >= 1  # the flag does let it through (the listener answers nothing: an error)


from rdflib import URIRef  # noqa: E402

SERVICE_BYPASSES = [
    "SELECT * WHERE { BIND(<http://x/\\u0041#> AS ?x) SERVICE <http://127.0.0.1:9/b> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<http://x/\\u0022> AS ?x) SERVICE <http://127.0.0.1:9/b> { ?s ?p ?o } BIND(\"x\" AS ?y) }",
    "SELECT * WHERE { BIND(<http://x/\\U00000041#> AS ?x) \\u0053ERVICE <http://127.0.0.1:9/b> { ?s ?p ?o } }",
]


@pytest.mark.parametrize("query", SERVICE_BYPASSES)
def test_service_hidden_by_escapes_is_found(query):
    with pytest.raises(QueryError, match="SERVICE"):
        check_query(query)


HIDDEN_FROM_TEXT = [
    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SELECT * WHERE { SERVICE SILENT ?x { ?a ?b ?c } } } }",
    "ASK { OPTIONAL { sErViCe <http://127.0.0.1:9/b> { ?s ?p ?o } } }",
    "SELECT * WHERE { # a comment\n  BIND(<http://x/\\u0041> AS ?x) SERVICE <http://127.0.0.1:9/b> { ?s ?p ?o } }",
    "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/b> { ?s ?p ?o } }",
]


@pytest.mark.parametrize("query", HIDDEN_FROM_TEXT + SERVICE_BYPASSES[:1])
def test_the_parsed_query_is_checked_for_service_when_the_text_check_misses_it(query, monkeypatch):
    import re

    from kg import guard

    # rdflib finds the query's SERVICE but cannot read it (its parser looks for the SERVICE text again, and
    # takes the '#' in the IRI for a comment): refused as unreadable, not passed
    refusal = "SERVICE" if query in SERVICE_BYPASSES else r"^SERVICE \(federated query\) is not allowed"
    with pytest.raises(QueryError, match=refusal):
        guard.check_parsed_service(query)
    monkeypatch.setattr(guard, "_SERVICE", re.compile(r"(?!)"))  # the text check finds nothing now
    with pytest.raises(QueryError, match=refusal):
        check_query(query, read_only=False)
    check_query(query, allow_service=True, read_only=False)  # what the flag allows, neither check refuses


SERVICE_AS_DATA = [
    "SELECT ?s WHERE { ?s rdfs:label 'customer service' }",
    "SELECT ?s WHERE { ?s rdfs:label ?l FILTER(!CONTAINS(?l, \"\"\"SERVICE <http://x/> { }\"\"\")) }",
    "SELECT ?s WHERE { ?s a <http://e.org/Service> }",
    "SELECT ?s WHERE { ?s a ?c FILTER(?c = <http://e.org/\\u0053ervice>) }",
    "SELECT ?s WHERE { ?s ?p ?o FILTER(?o = 'a\\\\u0041' || ?o = 'customer \\u0073ervice') } # SERVICE <http://x/> {}",
    "SELECT ?service WHERE { ?service a <http://e.org/Service> }",
]


def test_service_only_as_data_is_answered_and_queries_without_it_are_not_parsed(tmp_path, capsys, monkeypatch):
    from kg import guard

    g = tmp_path / "g.nt"
    g.write_text('<http://e.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "customer service" .\n'
                 "<http://e.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://e.org/Service> .\n",
                 encoding="utf-8")
    for query in SERVICE_AS_DATA:
        code, out, err = run(capsys, "query", str(g), query, "--format", "csv")
        assert code == 0 and out.split() == [out.split()[0], "http://e.org/s"], (query, out, err)

    def no_parse(sparql: str) -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(guard, "check_parsed_service", no_parse)
    check_query("SELECT ?s WHERE { ?s rdfs:label 'customer help' } # no federated query here")
    with pytest.raises(AssertionError):
        check_query(SERVICE_AS_DATA[0])


def test_a_query_that_mentions_service_and_rdflib_cannot_read_is_refused_in_one_line():
    from kg.guard import MAX_PARSED_CHARS

    for query, why in [
        ("SELECT * WHERE { <<( ?s ?p ?o )>> <urn:service> ?x }", "rdflib's SPARQL parser cannot read it"),
        ("SELECT * WHERE { ?s ?p 'service' ", "rdflib's SPARQL parser cannot read it"),
        ("SELECT * WHERE { ?s ?p 'service' FILTER(" + "(" * 40 + "?s" + ")" * 40 + ") }", "nests too deep"),
        ("SELECT * WHERE { ?s ?p 'service' . " + " . ".join(f"?s{i} ?p ?o" for i in range(300)) + " }",
         "too many triple patterns"),
        ("SELECT * WHERE { VALUES ?x { " + "'service' " * (MAX_PARSED_CHARS // 10) + "} }", "characters long"),
    ]:
        with pytest.raises(QueryError, match=why) as e:
            check_query(query)
        assert "\n" not in str(e.value)
    check_query("SELECT * WHERE { <<( ?s ?p ?o )>> <urn:x> ?x }")  # without the word, Oxigraph alone judges it


DEEP = {"braces": "SELECT * WHERE " + "{" * 10_000 + " ?s ?p ?o " + "}" * 10_000,
        "optional": "SELECT * WHERE { ?s ?p ?o " + " OPTIONAL { ?s ?p ?o }" * 3_000 + " }",
        "union": "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 20_000) + " }",
        "parens": "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 20_000 + "?o" + ")" * 20_000 + ") }",
        "triples": "SELECT * WHERE { " + " . ".join(f"?s{i} ?p ?o" for i in range(20_000)) + " }"}


def test_deep_queries_are_one_line_errors_not_crashes(tmp_path):
    g = tmp_path / "g.nt"
    g.write_text("<http://e.org/s> <http://e.org/p> <http://e.org/o> .\n", encoding="utf-8")
    for name, query in DEEP.items():
        q = tmp_path / f"{name}.rq"
        q.write_text(query, encoding="utf-8")
        p = subprocess.run([sys.executable, "-m", "kg", "query", str(g), "-f", str(q)], capture_output=True, text=True,
                           timeout=120, preexec_fn=_limit_memory)
        assert p.returncode == 1, (name, p.returncode, p.stderr[-300:])
        assert len(p.stderr.splitlines()) == 1 and "accepted" in p.stderr, (name, p.stderr)
    # what a person writes is well inside the limits
    check_query("SELECT ?n WHERE { ?p kg:ceoOf ?o . ?o rdfs:label ?n " + " ".join(
        f"OPTIONAL {{ ?o kg:p{i} ?v{i} FILTER(?v{i} != <urn:x> || ?v{i} = 'a') }}" for i in range(40)) + " }")
    check_query("SELECT * WHERE { VALUES (?a ?b) { " + " ".join(f"(<urn:x:{i}> {i})" for i in range(5000)) + " } }")


# -- 3. the endpoint ---------------------------------------------------------------------------------------------
def test_endpoint_refuses_hidden_service_deep_queries_and_foreign_hosts(tmp_path, listener):
    from starlette.testclient import TestClient

    from kg.serve import create_app, serving_hosts

    g = tmp_path / "g.nt"
    g.write_text("<http://e.org/s> <http://e.org/p> <http://e.org/o> .\n", encoding="utf-8")
    app = create_app(str(g), workers=1, timeout=5, allowed_hosts=serving_hosts("127.0.0.1"))
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        for query in [q.replace("127.0.0.1:9", f"127.0.0.1:{listener.port}") for q in SERVICE_BYPASSES]:
            r = c.get("/sparql", params={"query": query})
            assert r.status_code == 400 and "SERVICE" in r.text, (query, r.status_code, r.text)
        for name, query in DEEP.items():
            r = c.post("/sparql", content=query.encode(), headers={"Content-Type": "application/sparql-query"})
            assert r.status_code == 400 and "accepted" in r.text, (name, r.status_code, r.text[:200])
        assert c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True
        assert c.get("/sparql", params={"query": "ASK { ?s ?p 'service' }"}).json()["boolean"] is False
        for host in ("localhost:8000", "[::1]:8000", "127.0.0.1"):
            assert c.get("/sparql", params={"query": "ASK {}"}, headers={"Host": host}).status_code == 200, host
        r = c.get("/sparql", headers={"Host": "attacker.example:8000"})
        assert r.status_code == 400 and "attacker.example" not in r.text
    assert listener.connections == 0
    assert serving_hosts("0.0.0.0") == ["*"] and serving_hosts("0.0.0.0", ["kg.example.org"]) == ["kg.example.org"]
    assert serving_hosts("10.0.0.5", ["kg.lan"]) == ["10.0.0.5", "kg.lan"]


# -- 4. files: one-line errors, no temporary file left, fsync'd, the mode a user expects ----------------------------
import errno  # noqa: E402
import os  # noqa: E402
import signal  # noqa: E402
import stat  # noqa: E402

from kg.files import atomic_write  # noqa: E402
from kg.errors import KGError  # noqa: E402


def temps(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_written_files_get_the_umask_mode_or_keep_the_old_one(tmp_path):
    old = os.umask(0o027)
    try:
        with atomic_write(tmp_path / "new.txt") as fh:
            fh.write("x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640
    (tmp_path / "new.txt").chmod(0o604)
    with atomic_write(tmp_path / "new.txt") as fh:
        fh.write("y")
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o604 and (tmp_path / "new.txt").read_text() == "y"


def test_a_file_is_fsynced_whole_before_it_is_renamed_and_its_folder_after(tmp_path, monkeypatch):
    events: list[tuple] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        st = os.fstat(fd)
        events.append(("fsync folder",) if stat.S_ISDIR(st.st_mode) else ("fsync file", st.st_size))
        real_fsync(fd)

    def replace(src, dst) -> None:
        events.append(("rename", os.path.basename(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    with atomic_write(tmp_path / "a.txt") as fh:
        fh.write("x" * 100_000)
    from kg.writer import GraphWriter
    from test_output import doc_graph

    with GraphWriter(tmp_path / "g.ttl") as writer:  # what kg build -o writes with
        writer.add_document(doc_graph(["Acme Corp", "Jane Roe"]))
    size = (tmp_path / "g.ttl").stat().st_size
    assert events == [("fsync file", 100_000), ("rename", "a.txt"), ("fsync folder",),
                      ("fsync file", size), ("rename", "g.ttl"), ("fsync folder",)]


def test_a_killed_runs_temporary_file_is_removed_by_the_next_write(tmp_path):
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".g.ttl.{dead.pid}.abc123.tmp"
    stale.write_text("half a graph")
    live = tmp_path / f".g.ttl.{os.getppid()}.def456.tmp"  # another process still writing: left alone
    live.write_text("being written")
    with atomic_write(tmp_path / "g.ttl") as fh:
        fh.write("whole")
    assert temps(tmp_path) == [live.name]


def test_a_write_error_is_one_line_and_leaves_nothing(tmp_path, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("kg.files.tempfile.mkstemp", read_only)
    with pytest.raises(KGError, match=r"cannot write '.*g\.ttl': Read-only file system; write to another folder"):
        with atomic_write(tmp_path / "g.ttl") as fh:
            fh.write("x")
    monkeypatch.undo()
    with pytest.raises(KGError, match="No space left on device; free some space"):
        with atomic_write(tmp_path / "g.ttl") as fh:
            fh.write("x")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert temps(tmp_path) == [] and not (tmp_path / "g.ttl").exists()


def _small_files() -> None:
    _limit_memory()
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), as on a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.parametrize("suffix", [".nt", ".jsonld"])  # written as it goes / written whole at the end
def test_disk_full_during_build_is_one_line_keeps_the_old_file_and_no_temp(tmp_path, suffix):
    doc = tmp_path / "a.txt"
    doc.write_text(" ".join([ONE, TWO] * 20), encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    out.write_text("the previous graph")
    p = subprocess.run([sys.executable, "-m", "kg", "build", str(doc), "-o", str(out), "-q"], capture_output=True,
                       text=True, timeout=300, preexec_fn=_small_files)
    assert p.returncode == 1 and p.stderr.startswith(f"kg: error: cannot write '{out}': File too large"), p.stderr
    assert len(p.stderr.splitlines()) == 1 and "Traceback" not in p.stderr
    assert out.read_text() == "the previous graph" and temps(tmp_path) == []


def test_rejected_log_in_a_missing_folder_is_one_line(tmp_path, capsys):
    doc = tmp_path / "a.txt"
    doc.write_text(ONE, encoding="utf-8")
    code, _, err = run(capsys, "build", str(doc), "--rejected", str(tmp_path / "nodir" / "r.jsonl"))
    assert code == 1 and err.splitlines() == [
        f"kg: error: cannot write '{tmp_path / 'nodir' / 'r.jsonl'}': folder '{tmp_path / 'nodir'}' does not exist; "
        "create it first"]
    code, _, err = run(capsys, "build", str(doc), "-q", "-o", str(tmp_path / "g.ttl"), "--rejected", str(tmp_path / "r.jsonl"))
    assert code == 0 and (tmp_path / "r.jsonl").is_file() and temps(tmp_path) == []


# -- 4. inputs: only text, bounded, decoded by what it is ---------------------------------------------------------
import random  # noqa: E402
import shutil  # noqa: E402
import warnings  # noqa: E402

from kg.documents import DecodingWarning, iter_documents  # noqa: E402
from kg.errors import InputError  # noqa: E402


def read(paths, **kw) -> tuple[list, list[str]]:
    errors: list[str] = []
    return list(iter_documents(paths, on_error=lambda e: errors.append(str(e)), **kw)), errors


def test_devices_are_refused_before_anything_is_read(tmp_path):
    from kg.documents import expand_inputs

    with pytest.raises(InputError, match="not a regular file"):
        expand_inputs(["/dev/zero"])  # (only looks: reads nothing)
    # the real command, under a memory limit: were /dev/zero read, it would stop at the limit, not take the machine
    p = subprocess.run([sys.executable, "-m", "kg", "build", "/dev/zero", "-o", str(tmp_path / "g.ttl")],
                       capture_output=True, text=True, timeout=120, preexec_fn=_limit_memory)
    assert p.returncode == 1 and p.stderr.splitlines() == [
        "kg: error: '/dev/zero': not a regular file (a device, pipe or socket); give a text file, or - and send it "
        "on standard input"]


def test_binary_junk_anywhere_is_refused(tmp_path):
    rng = random.Random(18)
    junk = bytes(b for b in rng.randbytes(200_000) if b)  # no NUL at all
    (tmp_path / "junk.txt").write_bytes(junk)
    (tmp_path / "late-nul.txt").write_bytes(b"Plain words. " * 1000 + b"\x00\x01\x02")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # refused, not decoded with a warning first
        docs, errors = read([tmp_path / "junk.txt", tmp_path / "late-nul.txt"])
    assert docs == [] and len(errors) == 2 and all("looks like a binary file" in e for e in errors), errors


def test_max_bytes_bounds_files_records_and_stdin(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 300, encoding="utf-8")
    (tmp_path / "small.txt").write_text("A short text.", encoding="utf-8")
    feed = jsonl(tmp_path / "feed.jsonl", {"id": "1", "text": "word " * 300}, {"id": "2", "text": "Short."})
    docs, errors = read([tmp_path / "big.txt", tmp_path / "small.txt", feed], max_bytes=1000)
    assert [d.id for d in docs] == ["small.txt", "feed.jsonl#2"]
    assert errors == [f"{tmp_path / 'big.txt'}: is larger than 1,000 bytes (--max-bytes); split it, or give a larger "
                      "--max-bytes",
                      f"{feed}:1: is larger than 1,000 bytes (--max-bytes); split it, or give a larger --max-bytes"]
    docs, errors = read(["-"], stdin=[b"x" * 1001], max_bytes=1000)
    assert docs == [] and "<stdin>: is larger than 1,000 bytes" in errors[0]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_are_read_by_their_byte_order_mark(tmp_path, encoding):
    text = "Zoë Lindqvist leads Nørdvik AS — a “test”."
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00",
           "utf-32-be": b"\x00\x00\xfe\xff"}[encoding]
    (tmp_path / "a.txt").write_bytes(bom + text.encode(encoding))
    docs, errors = read([tmp_path / "a.txt"])
    assert errors == [] and docs[0].text == text


def test_one_bad_byte_in_utf8_is_replaced_alone_with_a_warning(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("Zoë Lindqvist met Søren Holm in Århus.".encode() + b" \xff " + "Café.".encode())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs, _ = read([f])
    assert docs[0].text == "Zoë Lindqvist met Søren Holm in Århus. \ufffd Café."
    assert [str(w.message) for w in caught if w.category is DecodingWarning] == [
        f"{f}: 1 byte not valid UTF-8 (the first at byte 42); replaced by U+FFFD"]


#: rapper's name of each format kg writes (rapper cannot read JSON-LD)
RAPPER = {".ttl": "turtle", ".nt": "ntriples", ".jsonld": None, ".rdf": "rdfxml", ".trig": "trig", ".nq": "nquads"}


@pytest.mark.parametrize("suffix", list(RAPPER))
def test_control_characters_become_spaces_and_every_output_format_parses_everywhere(tmp_path, capsys, suffix):
    import pyoxigraph
    from rdflib import Dataset

    from kg.formats import FORMATS, OX_FORMATS

    text = ("Mara Olsen\x01 is the chief executive of Brightwave Ltd.\x0c She lives in Oslo.\x1b\x7f\x85"
            + " She said so." * 30)
    docs, _ = read(["-"], stdin=[text.encode()])
    assert docs[0].text == text.translate({c: " " for c in (0x01, 0x0c, 0x1b)})
    feed = jsonl(tmp_path / "feed.jsonl", {"id": "a\x02b\x7f", "text": text})
    out = tmp_path / f"g{suffix}"
    code, _, err = run(capsys, "build", feed, "-o", str(out), "-q")
    assert code == 0, err
    fmt = FORMATS[suffix]
    by_rdflib = Dataset().parse(out, format=fmt) if fmt in ("trig", "nquads") else Graph().parse(out, format=fmt)
    triples = {t[:3] for t in by_rdflib.quads()} if isinstance(by_rdflib, Dataset) else set(by_rdflib)
    by_oxigraph = {(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(path=str(out), format=OX_FORMATS[fmt])}
    assert len(triples) == len(by_oxigraph) > 10
    assert any("Mara Olsen  is the chief executive" in str(o) for _, _, o in triples)
    if RAPPER[suffix] is None:
        return
    if not shutil.which("rapper"):
        pytest.skip("rapper (Debian's raptor2-utils) is not installed")
    p = subprocess.run(["rapper", "-q", "-i", RAPPER[suffix], "-c", str(out)], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


def test_endpoint_xml_answers_parse_whatever_the_literals_hold(tmp_path):
    import pyoxigraph
    from starlette.testclient import TestClient

    from kg.serve import create_app

    g = tmp_path / "g.ttl"
    g.write_text('<http://e.org/s> <http://e.org/p> "bell\\u0007 form\\u000C escape\\u001B end" , "fine"@en .\n',
                 encoding="utf-8")
    app = create_app(str(g), workers=1, timeout=5)
    with TestClient(app) as c:
        r = c.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": "application/rdf+xml"})
        assert r.status_code == 200
        (tmp_path / "a.rdf").write_bytes(r.content)
        assert len(Graph().parse(data=r.content, format="xml")) == 2
        assert sum(1 for _ in pyoxigraph.parse(r.content, format=pyoxigraph.RdfFormat.RDF_XML)) == 2
        if shutil.which("rapper"):
            p = subprocess.run(["rapper", "-q", "-i", "rdfxml", "-c", str(tmp_path / "a.rdf")], capture_output=True)
            assert p.returncode == 0, p.stderr
        r = c.get("/sparql", params={"query": "SELECT ?o WHERE { ?s ?p ?o }"},
                  headers={"Accept": "application/sparql-results+xml"})
        assert r.status_code == 200
        rows = list(pyoxigraph.parse_query_results(r.content, format=pyoxigraph.QueryResultsFormat.XML))
        assert len(rows) == 2


# -- 5. stores: read while written, a failed creation leaves nothing ----------------------------------------------
def test_a_store_is_queried_and_rendered_while_a_build_holds_it(tmp_path, capsys):
    from kg.store import open_store

    loc = str(tmp_path / "st")
    writer = open_store(loc, create=True)  # a build in progress holds the store's write lock
    try:
        writer.put_document("http://e.org/doc/1", [(URIRef("http://e.org/s"), URIRef("http://e.org/p"),
                                                    URIRef("http://e.org/o"))])
        p = subprocess.run([sys.executable, "-m", "kg", "query", loc, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                            "--format", "csv"], capture_output=True, text=True, timeout=120)
        assert p.returncode == 0 and p.stdout.split() == ["n", "1"], p.stderr
        code, _, err = run(capsys, "render", loc, "-o", str(tmp_path / "g.html"))
        assert code == 0 and (tmp_path / "g.html").is_file(), err
    finally:
        writer.close()


def test_a_store_that_cannot_be_created_is_removed(tmp_path, monkeypatch, capsys):
    import kg.store.oxigraph

    def full_disk(path):
        (tmp_path / "st" / "000001.log").write_bytes(b"half")
        raise OSError("IO error: No space left on device: While appending to file: 000001.log")

    monkeypatch.setattr(kg.store.oxigraph.pyoxigraph, "Store", full_disk)
    doc = tmp_path / "a.txt"
    doc.write_text(ONE, encoding="utf-8")
    code, _, err = run(capsys, "build", str(doc), "--store", str(tmp_path / "st"))
    assert code == 1 and err.splitlines() == [f"kg: error: cannot open the store '{tmp_path / 'st'}': IO error: No space "
                                              "left on device: While appending to file: 000001.log"]
    assert not (tmp_path / "st").exists()


def test_drawing_the_graph_view_does_not_hold_up_queries(tmp_path, monkeypatch):
    import time
    from concurrent.futures import ThreadPoolExecutor

    from starlette.testclient import TestClient

    import kg.render
    from kg.serve import _App, create_app

    drawing, release = threading.Event(), threading.Event()
    real = kg.render.render

    def slow_render(*args, **kwargs):
        drawing.set()
        release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(kg.render, "render", slow_render)
    entered = []
    page = _App.graph_page

    async def counted(self, request):
        entered.append(1)
        return await page(self, request)

    monkeypatch.setattr(_App, "graph_page", counted)
    g = tmp_path / "g.nt"
    g.write_text("<http://e.org/s> <http://e.org/p> <http://e.org/o> .\n", encoding="utf-8")
    app = create_app(str(g), workers=1, timeout=5)
    with TestClient(app) as c, ThreadPoolExecutor(46) as pool:
        pages = [pool.submit(c.get, "/graph") for _ in range(45)]
        deadline = time.monotonic() + 30
        while (len(entered) < 45 or not drawing.is_set()) and time.monotonic() < deadline:
            time.sleep(0.01)  # (polling for all 45 to be waiting on the drawing)
        assert len(entered) == 45 and drawing.is_set()
        start = time.monotonic()
        ask = pool.submit(c.get, "/sparql", params={"query": "ASK { ?s ?p ?o }"})
        while not ask.done() and time.monotonic() - start < 10:
            time.sleep(0.01)
        took = time.monotonic() - start
        release.set()
        assert ask.result().json()["boolean"] is True and took < 5, took
        assert all(p.result().status_code == 200 for p in pages)


def test_queue_time_is_not_query_time_and_answers_and_memory_are_bounded(tmp_path):
    from starlette.testclient import TestClient

    from kg.serve import create_app

    g = tmp_path / "g.nt"
    g.write_text("".join(f'<http://e.org/s{i}> <http://e.org/p> "{"x" * 200}" .\n' for i in range(500)),
                 encoding="utf-8")
    # (the memory limit is tested with a time limit it cannot race: on a slow machine, doubling a string to
    # 512 MiB may take longer than the 2 s the queue test below needs)
    app = create_app(str(g), workers=1, timeout=120, worker_memory=512 * 2**20, max_answer_bytes=50_000)
    with TestClient(app) as c:
        r = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert r.status_code == 400 and "more than the 50,000 this server sends (--max-answer-bytes)" in r.text
        assert c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"}).status_code == 200
        # a string doubled 30 times (8 GiB) stops at the worker's 512 MiB, and the server goes on
        doubling = "SELECT (STRLEN(?v30) AS ?n) WHERE { BIND(\"xxxxxxxx\" AS ?v0) " + " ".join(
            f"BIND(CONCAT(?v{i}, ?v{i}) AS ?v{i + 1})" for i in range(30)) + " }"
        r = c.get("/sparql", params={"query": doubling})
        assert r.status_code in (400, 500, 503) and "memory" in r.text, (r.status_code, r.text)
        deadline = time.monotonic() + 60
        while True:  # the worker is replaced in the background
            r = c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
            if r.status_code == 200 or time.monotonic() > deadline:
                break
        assert r.json()["boolean"] is True
    app = create_app(str(g), workers=1, timeout=2, worker_memory=512 * 2**20, max_answer_bytes=50_000)
    pool = app.state.kg.source
    assert pool.queue_timeout == 30.0
    with TestClient(app) as c:
        # a query waiting for the one worker past the 2 s limit on evaluation is answered when the worker is free
        from concurrent.futures import ThreadPoolExecutor

        busy = pool._idle.get()  # the worker is busy with another query
        with ThreadPoolExecutor(1) as ex:
            start = time.monotonic()
            waiting = ex.submit(c.get, "/sparql", params={"query": "ASK { ?s ?p ?o }"})
            while not waiting.done() and time.monotonic() - start < 3:  # longer than the query time limit
                time.sleep(0.05)
            pool._idle.put(busy)
            assert waiting.result().status_code == 200, waiting.result().text


import time  # noqa: E402


def test_reading_a_store_writes_nothing_in_it(tmp_path, capsys):
    """(What a read-only filesystem needs: no file of the store is created, changed or removed by a query.)"""
    from kg.store import open_store

    loc = tmp_path / "st"
    with open_store(loc, create=True) as st:
        st.put_document("http://e.org/doc/1", [(URIRef("http://e.org/s"), URIRef("http://e.org/p"),
                                                URIRef("http://e.org/o"))])

    def state():
        return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in loc.iterdir()}

    before = state()
    code, out, err = run(capsys, "query", str(loc), "ASK { ?s ?p ?o }")
    assert code == 0 and out.strip() == "true", err
    assert state() == before


def test_kg_serve_closes_idle_and_half_sent_connections_and_checks_the_host(tmp_path):
    from kg.serve import HEADER_TIMEOUT_S

    g = tmp_path / "g.nt"
    g.write_text("<http://e.org/s> <http://e.org/p> <http://e.org/o> .\n", encoding="utf-8")
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    server = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(g), "--port", str(port), "--workers", "1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_limit_memory)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "kg serve did not start"
                time.sleep(0.1)
        idle = socket.create_connection(("127.0.0.1", port))
        half = socket.create_connection(("127.0.0.1", port))
        half.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finished
        start = time.monotonic()
        for conn in (idle, half):
            conn.settimeout(HEADER_TIMEOUT_S + 10)
            assert conn.recv(1024) == b""  # closed by the server
            conn.close()
        assert time.monotonic() - start < HEADER_TIMEOUT_S + 5
        import httpx

        url = f"http://127.0.0.1:{port}/sparql"
        assert httpx.get(url, params={"query": "ASK {}"}).status_code == 200
        assert httpx.get(url, params={"query": "ASK {}"}, headers={"Host": "rebound.example"}).status_code == 400
    finally:
        server.terminate()
        server.wait(30)


# -- 6. entity IRIs: one name of two unrelated classes gets the same IRIs whatever the order of the documents -------
PERSON_LINCOLN = "Lincoln, a lawyer, visited Omaha."               # Lincoln, a Person (the head noun says so)
ORG_LINCOLN = "Mara Olsen is the chief executive of Lincoln."    # Lincoln, an Organization


def test_a_name_clash_is_decided_by_the_class_order_not_the_order_names_come_in():
    from kg.graph import IriMinter, slug
    from kg.ontology import load_schema
    from kg.resolve import Entity

    schema = load_schema()
    org, person, product, model = (str(getattr(KG, c)) for c in ("Organization", "Person", "Product", "AIModel"))
    names = [("Lincoln", person), ("Lincoln", org), ("Nova", model), ("Nova", product), ("Nova", person),
             ("Omaha", person)]
    expected = {("Lincoln", org): "lincoln", ("Lincoln", person): "lincoln-person",
                ("Nova", person): "nova", ("Nova", product): "nova-product", ("Nova", model): "nova-aimodel",
                ("Omaha", person): "omaha"}
    for order in (names, names[::-1], names[1::2] + names[::2]):
        minter = IriMinter(schema=schema)
        minter.see(Entity(i, n, c, [], []) for i, (n, c) in enumerate(order))
        got = {(n, c): str(minter.entity(n, c)).rsplit("/", 1)[1] for n, c in order}
        assert got == expected
        assert {(n, c): str(minter.peek(n, c)).rsplit("/", 1)[1] for n, c in order} == expected
    # a sub-class shares its super-class's slug whichever comes first; nothing told: the first given keeps the slug
    for first, second in ((product, model), (model, product)):
        minter = IriMinter(schema=schema)
        assert minter.entity("Nova", first) == minter.entity("Nova", second)
    minter = IriMinter(schema=schema)
    assert [str(minter.entity("Lincoln", c)).rsplit("/", 1)[1] for c in (person, org)] == ["lincoln",
                                                                                             "lincoln-organization"]
    # an IRI given already (a stored one) is kept, whatever the class order says
    minter = IriMinter(schema=schema)
    minter.classes[slug("Lincoln")] = person
    minter.see([Entity(0, "Lincoln", org, [], [])])
    assert str(minter.entity("Lincoln", org)).endswith("/lincoln-organization")


def test_file_and_store_builds_give_the_same_iris_in_any_order_and_a_store_keeps_the_iris_it_has(tmp_path, capsys):
    person, org = tmp_path / "person.txt", tmp_path / "org.txt"
    person.write_text(PERSON_LINCOLN, encoding="utf-8")
    org.write_text(ORG_LINCOLN, encoding="utf-8")

    def lincolns(graph) -> set[tuple[str, str]]:
        return {(str(s).rsplit("/", 1)[1], str(o).rsplit("#", 1)[1]) for s, o in graph.subject_objects(RDF.type)
                if "/entity/lincoln" in str(s)}

    def iris(graph) -> set[str]:
        return {str(t) for triple in graph for t in triple if isinstance(t, URIRef)}

    graphs = []
    for i, order in enumerate([(person, org), (org, person)]):
        for suffix in (".nt", ".ttl", ".jsonld"):  # written as it goes, in pieces, whole at the end
            out = tmp_path / f"g{i}{suffix}"
            assert run(capsys, "build", *map(str, order), "-o", str(out), "-q")[0] == 0
            graphs.append(Graph().parse(out))
    assert lincolns(graphs[0]) == {("lincoln", "Organization"), ("lincoln-person", "Person")}
    assert all(set(g) == set(graphs[0]) for g in graphs[1:])  # every triple, evidence and all
    assert temps(tmp_path) == [] and sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    from kg.builder import build_files

    for order in [(person, org), (org, person)]:  # in memory too
        assert iris(build_files(order)[0].graph) == iris(graphs[0])
    from kg.store import as_knowledge_graph, open_store

    # one store build gives the file build's IRIs in any order (the Person's, given first, settled at its end)
    for i, order in enumerate([(person, org), (org, person)]):
        store = str(tmp_path / f"one-build-{i}")
        assert run(capsys, "build", *map(str, order), "--store", store, "-q")[0] == 0
        with open_store(store) as st:
            assert iris(as_knowledge_graph(st).graph) == iris(graphs[0])
            assert not st.rows("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), 'urn:kg:')) }", "s")
    # a store keeps every IRI it has given: the Person stored first keeps the bare slug, in a later build too
    store = str(tmp_path / "st")
    assert run(capsys, "build", str(person), "--store", store, "-q")[0] == 0
    assert run(capsys, "build", str(org), str(person), "--store", store, "-q")[0] == 0
    with open_store(store) as st:
        assert lincolns(as_knowledge_graph(st).graph) == {("lincoln", "Person"), ("lincoln-organization", "Organization")}


def _clash_documents():
    """Three made documents (no model): Lincoln a Person; Lincoln an Organization that invests (an amount with an
    equivalent, a value written with a trailing zero); 'Lincoln Inc.', which links to the Organization."""
    from decimal import Decimal

    from kg.documents import Document
    from kg.extract.model import Evidence, Mention, Money
    from kg.resolve import DocumentGraph, Entity, Fact, Investment

    person, org, place = (str(getattr(KG, c)) for c in ("Person", "Organization", "Place"))

    def made(doc_id: str, text: str, entities, facts=(), investments=()) -> DocumentGraph:
        ev = Evidence(doc_id, text, 0, len(text), "made", 0.9)
        dg = DocumentGraph(Document(doc_id, text, f"/in/{doc_id}"))
        dg.entities += [Entity(i, n, c, [], [Mention(i, n, 0, 1, 0)]) for i, (n, c) in enumerate(entities)]
        dg.facts += [Fact(s, str(getattr(KG, p)), o, ev) for s, p, o in facts]
        dg.investments += [Investment(i, Money(Decimal(v), "EUR", v, None, Money(Decimal("13.0"), "USD", "")), ev,
                                      "Vexa", t) for i, v, t in investments]
        return dg

    return [made("p.txt", PERSON_LINCOLN, [("Lincoln", person), ("Omaha", place)], [(0, "basedIn", 1)]),
            made("o.txt", ORG_LINCOLN, [("Mara Olsen", person), ("Lincoln", org), ("Vexa", org)],
                 [(0, "ceoOf", 1)], [(1, "12.50", 2)]),
            made("l.txt", "Lincoln Inc. hired Ada Moreau.", [("Lincoln Inc.", org), ("Ada Moreau", person)],
                 [(1, "worksFor", 0)])]


class _Made:
    """A builder that gives made document graphs (kg.ingest.write_documents takes any builder)."""

    min_confidence = None

    def __init__(self, graphs):
        from kg.ontology import load_schema

        self.schema = load_schema()
        self.graphs = {dg.document.id: dg for dg in graphs}

    def document_graphs(self, documents):
        return (self.graphs[d.id] for d in documents)


def _store_build(graphs, link: bool):
    from kg.builder import BuildReport
    from kg.ingest import write_documents
    from kg.namespace import DEFAULT_BASE
    from kg.store import OxigraphStore

    store = OxigraphStore(None)
    write_documents(_Made(graphs), [dg.document for dg in graphs], store, base=DEFAULT_BASE, report=BuildReport(),
                    link=link)
    quads = {tuple(map(str, r)) for r in store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
    union = {tuple(map(str, r)) for r in store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows}
    store.close()
    assert union == {q[1:] for q in quads}
    return quads


def test_a_store_build_settles_iris_as_a_file_build_gives_them_nodes_that_hash_them_too(tmp_path):
    import itertools

    from kg.writer import GraphWriter

    graphs = _clash_documents()
    out = tmp_path / "g.nt"
    with GraphWriter(out, schema=_Made(graphs).schema) as writer:  # as Builder.write: every name told first
        for dg in graphs:
            writer.iris.see(dg.entities)
        for dg in graphs:
            writer.add_document(dg)
    expected = {tuple(map(str, t)) for t in Graph().parse(out)}
    assert ("https://w3id.org/kg/id/entity/lincoln-person", str(RDF.type), str(KG.Person)) in expected
    for order in itertools.permutations(graphs):  # without linking: the file build's triples, in any order
        assert {q[1:] for q in _store_build(list(order), link=False)} == expected
    # with linking ('Lincoln Inc.' joins the Organization, whose bare slug 'lincoln-person' is made from, a merge
    # recorded): the same whether the Person's document, given the bare slug first, or another comes first
    first = _store_build(graphs, link=True)
    assert any(p == str(KG.mergedInto) and o.endswith("/entity/lincoln") for _, _, p, o in first)
    for order in itertools.permutations(graphs):
        assert _store_build(list(order), link=True) == first


def test_the_ontology_is_read_in_an_order_that_does_not_depend_on_the_hash_seed():
    # the order of the ontology's classes and properties decides ties between cues (which property a pattern
    # states, which class a name gets); read from a set, it changed with Python's per-process string hashing
    import os
    import subprocess
    import sys

    from conftest import ROOT

    code = "from kg.ontology import load_schema; s = load_schema(); print(list(s.classes), list(s.properties))"
    outs = []
    for seed in ("1", "2", "3"):
        p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed},
                           capture_output=True, text=True, timeout=120)
        assert p.returncode == 0, p.stderr
        outs.append(p.stdout)
    assert outs[0] == outs[1] == outs[2]
