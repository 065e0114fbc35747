"""Building into a persistent store (`kg build --store`): documents/s with 1 and 2 workers, a re-run of the same
folder, peak memory, store size on disk, and query latency on the store vs rdflib's in-memory graph.

    python benchmarks/store.py [--docs 500] [--sentences 20] [--workers 1,2] [--large]

Documents are made at run time from the sentences of ../shared/eval/conll04/train.jsonl (read, never copied):
each document is ``--sentences`` consecutive sentences (news length), cycling through the file. ``--large``
means 10,000 documents. Each build runs as its own ``kg build`` process (peak memory is that process's, or its
largest worker's). Prints one markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONLL = ROOT.parent / "shared" / "eval" / "conll04" / "train.jsonl"
QUESTIONS = {
    "count triples": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "entities per class": "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e kg:mentionedIn ?d ; a ?c } GROUP BY ?c",
    "facts with sentence": "SELECT ?s ?p ?o ?t WHERE { ?ev a kg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; "
                           "rdf:object ?o ; kg:sentence ?t } LIMIT 1000",
    "people and their orgs": "SELECT ?pl ?ol WHERE { ?p kg:worksFor|kg:ceoOf|kg:founderOf ?o . "
                             "?p rdfs:label ?pl . ?o rdfs:label ?ol }",
    "one entity's neighbourhood": "SELECT ?p ?o WHERE { ?e rdfs:label ?l FILTER(?l = 'U.S.') ?e ?p ?o }",
}


def make_documents(n: int, sentences: int, path: Path) -> None:
    lines = [json.loads(line)["text"] for line in CONLL.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            start = (i * sentences) % len(lines)
            text = " ".join(lines[(start + k) % len(lines)] for k in range(sentences))
            if i * sentences >= len(lines):  # past one pass over the file: vary the text so hashes differ
                text = f"Report {i}. " + text
            out.write(json.dumps({"id": f"bench-{i}", "text": text}) + "\n")


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def kg_build(args: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS (MiB) of one `kg build` process (and its workers)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # a fresh wrapper process per build, so that its children's peak RSS is this build's alone
    wrapper = ("import resource, subprocess, sys, time; t = time.perf_counter(); subprocess.run(sys.argv[1:], check=True); "
               "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", wrapper, sys.executable, "-m", "kg", "build", *args, "-q"],
                         check=True, env=env, capture_output=True, text=True).stdout.split()
    return float(out[-2]), int(out[-1]) // 1024


def timed(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--sentences", type=int, default=20, help="sentences per document")
    ap.add_argument("--workers", default="1,2", help="worker counts to measure, comma-separated")
    ap.add_argument("--large", action="store_true", help="10,000 documents")
    args = ap.parse_args()
    if not CONLL.is_file():
        sys.exit(f"{CONLL} is missing: the benchmark reads its sentences at run time")
    n = 10_000 if args.large else args.docs
    sys.path.insert(0, str(ROOT))
    from rdflib import Graph

    from kg.query import run_query
    from kg.store import open_store

    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as tmp:
        docs = Path(tmp) / "docs.jsonl"
        make_documents(n, args.sentences, docs)
        store_dir = None
        for w in [int(x) for x in args.workers.split(",")]:
            store_dir = Path(tmp) / f"store-{w}"
            seconds, peak = kg_build([str(docs), "--store", str(store_dir), "--workers", str(w)])
            rows.append((f"build, {w} worker{'s' if w > 1 else ''}", f"{seconds:.1f} s", f"{n / seconds:.1f} docs/s",
                         f"peak RSS {peak} MiB"))
        assert store_dir is not None
        seconds, peak = kg_build([str(docs), "--store", str(store_dir)])
        rows.append(("re-run, all unchanged", f"{seconds:.1f} s", f"{n / seconds:.0f} docs/s", f"peak RSS {peak} MiB"))
        with open_store(store_dir) as st:
            triples = st.count()
            size = du(store_dir)
            dump = Path(tmp) / "dump.nt"
            st.dump(dump)
            mem = Graph()
            start = time.perf_counter()
            mem.parse(dump, format="nt")
            load = time.perf_counter() - start
            rows.append(("store", f"{triples} triples", f"{size / 2**20:.1f} MiB on disk",
                         f"rdflib in-memory load {load:.1f} s"))
            for name, q in QUESTIONS.items():
                ox_ms = timed(lambda: st.query(q))
                rdflib_ms = timed(lambda: run_query(mem, q), repeat=3)
                rows.append((f"query: {name}", f"store {ox_ms:.1f} ms", f"rdflib {rdflib_ms:.1f} ms",
                             f"{rdflib_ms / max(ox_ms, 1e-6):.0f}x"))
    print(f"\n{n} documents of {args.sentences} conll04 sentences; {platform.python_version()}, "
          f"{os.cpu_count()} CPUs\n")
    print("| measure | | | |\n|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
