"""A build killed at any point (SIGKILL) leaves the store readable, each document before or after, never half."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store import open_store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
FIRST = ["Anna", "Boris", "Chen", "Dalia", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana"]
LAST = ["Keller", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka"]
CITY = ["Oslo", "Lyon", "Porto", "Gdansk", "Bergen", "Turin", "Leeds", "Graz"]


def article(i: int) -> str:
    org = f"{LAST[i % 10]} {['Systems', 'Robotics', 'Energy', 'Labs'][i % 4]}"
    lines = []
    for k in range(2):
        person = f"{FIRST[(i + k) % 10]} {LAST[(i * 3 + k) % 10]}"
        city = CITY[(i + k) % len(CITY)]
        lines.append(f"{person}, the chief executive of {org}, said on Monday that the company is based in {city}.")
        lines.append(f"{org} acquired {LAST[(i + k + 1) % 10]} Analytics for $1{k} million in {city}.")
    return " ".join(lines)


def graphs(store) -> dict[str, frozenset]:
    rows = store.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    out: dict[str, set] = {}
    for r in rows:
        out.setdefault(str(r["g"]), set()).add((r["s"], r["p"], r["o"]))
    return {g: frozenset(t) for g, t in out.items()}


def default_graph(store) -> set:
    return {(r["s"], r["p"], r["o"]) for r in store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")}


#: Runs `kg build` with each store write announced on stdout (so the test knows where the build is), and the
#: write itself slowed, so that a kill lands inside a transaction as well as between two.
DRIVER = """
import sys, time
import kg.store
def announce(write):
    def announced(self, data):
        print("writing", flush=True)
        time.sleep(0.02)
        write(self, data)
        print("written", flush=True)
    return announced
# every way a document reaches the store: a SPARQL update, a transactional load of a new document's quads,
# or one ingestion of a group of new documents
kg.store.OxigraphStore.update = announce(kg.store.OxigraphStore.update)
kg.store.OxigraphStore.load = announce(kg.store.OxigraphStore.load)
kg.store.OxigraphStore.bulk = announce(kg.store.OxigraphStore.bulk)
from kg.cli import main
main(sys.argv[1:])
"""


def kg_build(docs: Path, store: Path, driver: bool = False) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    args = ["build", str(docs), "--store", str(store), "-q", "--no-link"]
    cmd = [sys.executable, "-c", DRIVER, *args] if driver else [sys.executable, "-m", "kg", *args]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    for i in range(60):
        (d / f"{i:03d}.txt").write_text(article(i), encoding="utf-8")
    ref = tmp_path_factory.mktemp("ref") / "store"
    p = kg_build(d, ref)
    assert p.wait(300) == 0, p.stderr.read()
    with open_store(ref) as st:
        return d, graphs(st)


@pytest.mark.parametrize("after,delay", [(0, 0.0), (3, 0.01), (15, 0.0), (30, 0.03), (50, 0.005)])
def test_killed_build_is_never_half_and_resumes(corpus, tmp_path, after, delay):
    """Killed after ``after`` documents were written, ``delay`` s into writing the next one."""
    docs, reference = corpus
    store = tmp_path / "store"
    p = kg_build(docs, store, driver=True)
    written = 0
    for line in p.stdout:
        if line.startswith("written"):
            written += 1
        elif line.startswith("writing") and written >= after:
            break
    time.sleep(delay)
    try:
        os.kill(p.pid, signal.SIGKILL)
    except ProcessLookupError:  # it had finished
        pass
    p.wait()
    if (store / "CURRENT").is_file():
        with open_store(store) as st:  # readable
            got = graphs(st)
            print(f"killed after {after} documents: {len(got)} of {len(reference)} documents stored")
            for g, triples in got.items():
                assert triples == reference[g], f"{g} is half-written"
            union = set().union(*got.values()) if got else set()
            assert default_graph(st) == union
    p = kg_build(docs, store)  # re-running completes it
    assert p.wait(300) == 0, p.stderr.read()
    with open_store(store) as st:
        assert graphs(st) == reference
        assert default_graph(st) == set().union(*reference.values())


BIG = """
import sys
from rdflib import Literal, URIRef
from kg.store import open_store
st = open_store(sys.argv[1], create=True)
d = URIRef("urn:ex:doc/big")
kg = "https://w3id.org/kg/ontology#"
triples = [(d, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(kg + "Document")),
           (d, URIRef(kg + "contentHash"), Literal("h"))]
triples += [(URIRef(f"urn:ex:s{i}"), URIRef("urn:ex:p"), Literal(i)) for i in range(int(sys.argv[2]))]
print("start", flush=True)
st.put_document(str(d), triples)
print("done", flush=True)
st.close()
"""


def run_and_kill(script: str, delay: float, *args: str, after: str = "start") -> None:
    """Run ``script`` with ``args``; SIGKILL it ``delay`` s after it prints the line ``after`` (unless it finished):
    the kill lands at a state the script announces, not at a guess of how long the steps before take."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.Popen([sys.executable, "-c", script, *args], env=env, stdout=subprocess.PIPE, text=True)
    for line in p.stdout:
        if line.strip() in (after, "done"):
            break
    else:
        pytest.fail(f"the script ended without printing {after!r}")
    time.sleep(delay)
    try:
        os.kill(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    p.wait()


@pytest.mark.parametrize("delay", [0.3, 2.0, 5.0])  # the update itself runs from about 1 s to 20 s
def test_killed_inside_one_large_transaction(tmp_path, delay):
    store = tmp_path / "store"
    run_and_kill(BIG, delay, str(store), "200000")
    with open_store(store) as st:
        n = st.count()
        named = st.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"].toPython()
        print(f"killed {delay} s into a 200,002-triple write: {n} triples")
        assert n in (0, 200002) and named == n


GROUP = """
import sys
import kg.store
from kg.store import open_store
bulk = kg.store.OxigraphStore.bulk
def announced(self, data):  # the ingestion of the group, announced so that a kill can land inside it
    print("ingesting", flush=True)
    bulk(self, data)
kg.store.OxigraphStore.bulk = announced
st = open_store(sys.argv[1], create=True)
kg = "https://w3id.org/kg/ontology#"
docs = []
for d in range(int(sys.argv[2])):
    doc = f"urn:ex:doc/{d}"
    triples = [(f"<{doc}>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", f"<{kg}Document>"),
               (f"<{doc}>", f"<{kg}contentHash>", '"h"')]
    triples += [(f"<urn:ex:s{d}-{i}>", "<urn:ex:p>", f'"{i}"') for i in range(100)]
    triples += [("<urn:ex:shared>", "<urn:ex:p>", f'"{i}"') for i in range(20)]  # in every document
    docs.append((doc, triples))
print("start", flush=True)
assert st.put_many(docs) == [None] * len(docs)
print("done", flush=True)
st.close()
"""


@pytest.mark.parametrize("after,delay", [("start", 0.3), ("start", 1.5), ("ingesting", 0.0), ("ingesting", 0.2)])
def test_killed_inside_the_ingestion_of_a_group_of_documents(tmp_path, after, delay):
    """New documents go to an on-disk store in groups, each group one file ingestion: all of it or none.
    Killed ``delay`` s after the group is started (mapping the documents) or after its ingestion has begun."""
    store, n = tmp_path / "store", 1000
    run_and_kill(GROUP, delay, str(store), str(n), after=after)
    with open_store(store) as st:
        docs, triples = len(st.hashes()), st.count()
        named = st.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"].toPython()
        print(f"killed {delay} s after {after!r} of writing {n} documents: {docs} stored")
        assert (docs, named, triples) in ((0, 0, 0), (n, n * 122, n * 102 + 20))
    assert not list(store.glob("bulk-*.sst"))  # what the killed ingestion left is cleared when the store opens
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.run([sys.executable, "-c", GROUP, str(store), str(n)], env=env, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr  # the re-run completes it
    with open_store(store) as st:
        assert len(st.hashes()) == n and st.count() == n * 102 + 20
