"""The store's write path alone: CPU (all threads, RocksDB's included) to write N documents into an on-disk store.

Compares, in the same run, the two ways a build can hand new documents to an on-disk Oxigraph store:

* ``one by one``: one transaction per document (``OxigraphStore.put_ntriples``), what builds did before groups;
* ``groups``: ``OxigraphStore.put_many`` on groups of about ``group_triples`` triples, each group one file
  ingestion (what ``kg build --store DIR`` does now).

The documents are real extractions: the benchmark corpus's first 48 documents (the example article and CoNLL04
text, as in store.py) are extracted once, then written over and over as new documents (their document,
evidence and investment IRIs made unique per copy; entities, labels and facts repeat, as in a news feed).
So this measures the store, not extraction: the CPU a build's writer thread and RocksDB's background threads
spend beside the extraction.

    python benchmarks/store_write.py                 # 10,000 documents
    python benchmarks/store_write.py --docs 2000 --group-triples 10000,50000
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from store import make_documents  # noqa: E402  (the store benchmark's corpus)

Triples = list[tuple[str, str, str]]


def extract(n: int, tmp: Path) -> list[tuple[str, Triples]]:
    """The first ``n`` documents of the store benchmark's corpus as (document IRI, N-Triples terms)."""
    import json

    from kg.builder import Builder
    from kg.documents import Document
    from kg.iris import IriMinter
    from kg.mapping import document_triples

    path = tmp / "docs.jsonl"
    make_documents(n, 20, path)
    docs = [Document(id=d["id"], text=d["text"]) for d in map(json.loads, path.open(encoding="utf-8"))]
    minter = IriMinter("https://w3id.org/kg/id/")
    return [(str(minter.document(dg.document.id)), document_triples(dg, minter))
            for dg in Builder().document_graphs(docs)]


def copy(templates: list[tuple[str, Triples]], i: int) -> tuple[str, Triples]:
    """Document ``i``: a template with its own document, evidence and investment IRIs."""
    iri, triples = templates[i % len(templates)]
    doc, new = f"<{iri}>", f"<{iri}-{i}>"

    def term(t: str) -> str:
        if t == doc:
            return new
        if t.startswith("<") and ("/evidence/" in t or "/investment/" in t):
            return f"{t[:-1]}-{i}>"
        return t

    return f"{iri}-{i}", [(term(s), p, term(o)) for s, p, o in triples]


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)  # every thread of this process, RocksDB's background ones too
    return r.ru_utime + r.ru_stime


def write(templates: list[tuple[str, Triples]], n: int, directory: Path, group_triples: int | None) -> dict:
    """Write ``n`` documents one by one (``group_triples`` None) or in groups; time it, with the store closed."""
    from kg.store import OxigraphStore

    shutil.rmtree(directory, ignore_errors=True)
    store = OxigraphStore(directory)
    wall, cpu = time.perf_counter(), cpu_seconds()
    group: list[tuple[str, Triples]] = []
    size = 0
    for i in range(n):
        doc, triples = copy(templates, i)
        if group_triples is None:
            store.put_ntriples(doc, triples)
            continue
        group.append((doc, triples))
        size += len(triples)
        if size >= group_triples:
            assert not any(store.put_many(group))
            group, size = [], 0
    if group:
        assert not any(store.put_many(group))
    triples = store.count()
    store.close()
    out = {"seconds": time.perf_counter() - wall, "cpu": cpu_seconds() - cpu, "triples": triples}
    out["mib"] = int(subprocess.check_output(["du", "-sm", str(directory)]).split()[0])
    shutil.rmtree(directory, ignore_errors=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--group-triples", default="50000", help="group sizes to measure (triples), comma-separated")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-write-") as tmp:
        templates = extract(48, Path(tmp))
        runs = [("one by one (a transaction per document)", None)]
        runs += [(f"groups of ~{int(g):,} triples (one ingestion each)", int(g))
                 for g in args.group_triples.split(",")]
        for label, group in runs:
            print(f"  {label} ...", file=sys.stderr, flush=True)
            r = write(templates, args.docs, Path(tmp) / "store", group)
            rows.append((label, r))
    base = rows[0][1]
    print(f"\n{args.docs:,} documents ({rows[0][1]['triples']:,} distinct triples in the default graph) written "
          f"into an on-disk store; {platform.python_version()}, {os.cpu_count()} CPUs, same run\n")
    print("| write path | wall | CPU, all threads | ms CPU / document | CPU vs one by one | on disk |")
    print("|---|---|---|---|---|---|")
    for label, r in rows:
        print(f"| {label} | {r['seconds']:.1f} s | {r['cpu']:.1f} s | {1000 * r['cpu'] / args.docs:.1f} | "
              f"{r['cpu'] / base['cpu']:.2f} | {r['mib']} MiB |")


if __name__ == "__main__":
    main()
