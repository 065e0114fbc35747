"""Building into a persistent store (`kg build --store`): documents/s with 1 and 2 workers, a re-run of the same
folder, peak memory, store size on disk, and query latency on the store vs rdflib's in-memory graph.

    python benchmarks/store.py [--docs 500] [--sentences 20] [--workers 1,2] [--repeat 3] [--large]
    python benchmarks/store.py --docs 200 --baseline-repo ../kg-before     # same run, another checkout's kg too
    python benchmarks/store.py --memory 1000,3000 --workers 2               # the parent's peak RSS by store size
    python benchmarks/store.py --queries-on STORE                           # only query latency, on a built store

Documents are made at run time: the first is the project's example article (examples/article.txt), so the
README's example questions (examples/questions/*.rq) have answers; the rest are ``--sentences`` consecutive
sentences (news length) of ../shared/eval/conll04/train.jsonl (read, never copied), cycling through the file.
``--large`` means 10,000 documents, and also builds their first 1,000 alone to compare peak memory
(``--compare-first K``). Each build runs as its own ``kg build`` process into a new store; builds of different
configurations are interleaved, ``--repeat`` times, since the machine may be shared (compare within a run).
Reported per build: wall seconds, documents/s, CPU seconds of the build and its workers (user + sys), the peak
RSS of the ``kg build`` process itself (with workers: the parent, which mints IRIs, links and writes the store)
and of the largest process. Then query latency on the last store built, against rdflib's in-memory graph of the
same triples (``--queries-on STORE``: only that, on a store built before). ``--memory N,M`` builds N and M
documents (1 worker, or the first of ``--workers``) to show whether the peak RSS stays flat as the store grows
(the corpus repeats its names every ~46 documents, so this measures the store and per-document state, not the
growth of the name index with novel names).
Prints markdown tables.
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
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONLL = ROOT.parent / "shared" / "eval" / "conll04" / "train.jsonl"
ARTICLE = ROOT / "examples" / "article.txt"
#: the README's example questions (about the example article, document 0 of the benchmark's corpus)
EXAMPLE_QUESTIONS = sorted((ROOT / "examples" / "questions").glob("*.rq"))
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
    """``n`` documents: the project's example article (so the README's questions have answers), then CoNLL text."""
    lines = [json.loads(line)["text"] for line in CONLL.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "example-article", "text": ARTICLE.read_text(encoding="utf-8")}) + "\n")
        for i in range(1, n):
            start = (i * sentences) % len(lines)
            text = " ".join(lines[(start + k) % len(lines)] for k in range(sentences))
            if i * sentences >= len(lines):  # past one pass over the file: vary the text so hashes differ
                text = f"Report {i}. " + text
            out.write(json.dumps({"id": f"bench-{i}", "text": text}) + "\n")


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _peak_kib(pid: int) -> int:
    """VmHWM (peak RSS, KiB) of a running process; 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


#: Runs one command and prints its wall seconds, the CPU seconds of it and its descendants, and the largest
#: peak RSS (KiB) among them; a fresh wrapper process per build, so these are this build's alone.
WRAPPER = ("import resource, subprocess, sys, time; t = time.perf_counter(); p = subprocess.Popen(sys.argv[1:]); "
           "print(p.pid, flush=True); rc = p.wait(); wall = time.perf_counter() - t; "
           "r = resource.getrusage(resource.RUSAGE_CHILDREN); sys.exit(rc) if rc else "
           "print(wall, r.ru_utime + r.ru_stime, r.ru_maxrss)")


def kg_build(args: list[str], root: Path = ROOT) -> dict:
    """One `kg build` process (kg imported from ``root``): seconds, CPU seconds, peak RSS of it and of the largest."""
    env = dict(os.environ, PYTHONPATH=str(root))
    proc = subprocess.Popen([sys.executable, "-c", WRAPPER, sys.executable, "-m", "kg", "build", *args, "-q"],
                            env=env, cwd=root, stdout=subprocess.PIPE, text=True)  # (-m puts the cwd first on the path)
    assert proc.stdout is not None
    pid = int(proc.stdout.readline())
    own = [0]
    done = threading.Event()

    def sample() -> None:  # the kg process's own peak (VmHWM only rises), read until it exits
        while not done.is_set():
            own[0] = max(own[0], _peak_kib(pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = proc.stdout.read().split()
    rc = proc.wait()
    done.set()
    sampler.join()
    if rc:
        raise SystemExit(f"kg build {' '.join(args)} failed (exit {rc})")
    wall, cpu, peak = out[-3:]
    return {"seconds": float(wall), "cpu": float(cpu), "peak_all": int(peak) // 1024, "peak_own": own[0] // 1024}


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
    ap.add_argument("--repeat", type=int, default=1, help="build each configuration this many times, interleaved")
    ap.add_argument("--large", action="store_true", help="10,000 documents; implies --compare-first 1000")
    ap.add_argument("--compare-first", type=int, default=None, metavar="K",
                    help="also build the first K documents alone and compare peak memory with the full build")
    ap.add_argument("--baseline-repo", type=Path, default=None, metavar="DIR",
                    help="also build with kg imported from another checkout (e.g. `git worktree add DIR HEAD`)")
    ap.add_argument("--file-build", action=argparse.BooleanOptionalAction, default=True,
                    help="also time `kg build DOCS -o out.nt` (1 worker): the store's overhead (default on)")
    ap.add_argument("--memory", default=None, metavar="N,M",
                    help="only measure peak RSS of builds of N and M documents (worker count: first of --workers)")
    ap.add_argument("--queries", action=argparse.BooleanOptionalAction, default=True,
                    help="time the queries on the store built (against rdflib's in-memory graph)")
    ap.add_argument("--queries-on", type=Path, default=None, metavar="STORE",
                    help="only time the queries, on an existing store directory")
    args = ap.parse_args()
    if args.queries_on:
        return queries_on(args.queries_on)
    if not CONLL.is_file():
        sys.exit(f"{CONLL} is missing: the benchmark reads its sentences at run time")
    if args.memory:
        return memory(args)
    n = 10_000 if args.large else args.docs
    k = args.compare_first or (1000 if args.large else None)
    roots = [("", ROOT)] + ([(" (baseline)", args.baseline_repo.resolve())] if args.baseline_repo else [])
    workers = [int(x) for x in args.workers.split(",")]
    builds: dict[str, list[dict]] = {}
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as tmp:
        docs = Path(tmp) / "docs.jsonl"
        make_documents(n, args.sentences, docs)
        store_dir = None
        for rep in range(args.repeat):
            for tag, root in roots if rep % 2 == 0 else roots[::-1]:  # alternate: a slowing machine favours neither
                for w in workers:
                    store_dir = Path(tmp) / f"store-{w}{tag.strip(' ()')}-{rep}"
                    label = f"build, {w} worker{'s' if w > 1 else ''}{tag}"
                    print(f"  {label} #{rep + 1} ...", file=sys.stderr, flush=True)
                    builds.setdefault(label, []).append(
                        kg_build([str(docs), "--store", str(store_dir), "--workers", str(w)], root))
                if args.file_build:
                    label = f"file build -o .nt, 1 worker{tag}"
                    print(f"  {label} #{rep + 1} ...", file=sys.stderr, flush=True)
                    builds.setdefault(label, []).append(kg_build([str(docs), "-o", str(Path(tmp) / "out.nt")], root))
        for label, runs in builds.items():
            secs = [r["seconds"] for r in runs]
            med = statistics.median(secs)
            spread = f" ({min(secs):.1f}-{max(secs):.1f})" if len(secs) > 1 else ""
            rows.append((label, f"{med:.1f} s{spread}", f"{n / med:.2f} docs/s",
                         f"CPU {statistics.median(r['cpu'] for r in runs):.1f} s",
                         f"peak RSS {max(r['peak_own'] for r in runs)} MiB (largest process "
                         f"{max(r['peak_all'] for r in runs)} MiB)"))
        if k:  # the memory target: peak RSS at 10,000 documents against their first 1,000, same run
            small = Path(tmp) / f"docs-{k}.jsonl"
            with docs.open(encoding="utf-8") as src:
                small.write_text("".join(line for _, line in zip(range(k), src)), encoding="utf-8")
            for w in workers:
                label = f"build, {w} worker{'s' if w > 1 else ''}"
                print(f"  {label}, first {k:,} documents ...", file=sys.stderr, flush=True)
                r = kg_build([str(small), "--store", str(Path(tmp) / f"store-first-{w}"), "--workers", str(w)])
                rows.append((f"{label}, first {k:,} documents", f"{r['seconds']:.1f} s",
                             f"{k / r['seconds']:.2f} docs/s", f"CPU {r['cpu']:.1f} s",
                             f"peak RSS {r['peak_own']} MiB (largest process {r['peak_all']} MiB)"))
                big = builds.get(label)
                if big:
                    own = max(b["peak_own"] for b in big) / max(r["peak_own"], 1)
                    largest = max(b["peak_all"] for b in big) / max(r["peak_all"], 1)
                    rows.append((f"peak RSS {n:,} / {k:,} documents, {label.split(', ')[1]}", f"{own:.2f}x",
                                 f"largest process {largest:.2f}x", "", ""))
        for tag, _ in roots:
            one, two = builds.get(f"build, 1 worker{tag}"), builds.get(f"build, 2 workers{tag}")
            if one and two:
                ratios = [a["seconds"] / b["seconds"] for a, b in zip(one, two)]
                rows.append((f"2 workers / 1 worker{tag}", f"{statistics.median(ratios):.3f}x",
                             "per run: " + ", ".join(f"{r:.3f}x" for r in ratios),
                             f"CPU 1 worker {statistics.median(r['cpu'] for r in one):.1f} s, 2 workers "
                             f"{statistics.median(r['cpu'] for r in two):.1f} s", ""))
            file_runs = builds.get(f"file build -o .nt, 1 worker{tag}")
            if one and file_runs:
                ratios = [a["seconds"] / b["seconds"] for a, b in zip(file_runs, one)]
                rows.append((f"store vs file, 1 worker{tag}", f"{statistics.median(ratios):.2f} of the file build's "
                             "docs/s", "per run: " + ", ".join(f"{r:.2f}" for r in ratios), "", ""))
        assert store_dir is not None
        r = kg_build([str(docs), "--store", str(store_dir)])
        rows.append(("re-run, all unchanged", f"{r['seconds']:.1f} s", f"{n / r['seconds']:.0f} docs/s",
                     f"CPU {r['cpu']:.1f} s", f"peak RSS {r['peak_own']} MiB"))
        if args.queries:
            rows += query_rows(store_dir, Path(tmp))
    print(f"\n{n} documents of {args.sentences} conll04 sentences; {platform.python_version()}, "
          f"{os.cpu_count()} CPUs; medians of {args.repeat} interleaved run{'s' if args.repeat > 1 else ''} "
          f"(range in brackets); load average now {os.getloadavg()[0]:.1f}\n")
    print("| measure | | | | |\n|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


def query_rows(store_dir: Path, tmp: Path) -> list[tuple[str, ...]]:
    """Latency of the README's example questions and some whole-graph questions: the store (Oxigraph) against
    the same triples in rdflib's in-memory graph. Medians of 5 runs (store) and 3 (rdflib)."""
    sys.path.insert(0, str(ROOT))
    from rdflib import Graph

    from kg.query import run_query
    from kg.store import open_store

    rows = []
    with open_store(store_dir) as st:
        triples = st.count()
        size = du(store_dir)
        dump = tmp / "dump.nt"
        st.dump(dump)
        mem = Graph()
        start = time.perf_counter()
        mem.parse(dump, format="nt")
        load = time.perf_counter() - start
        rows.append(("store", f"{triples} triples", f"{size / 2**20:.1f} MiB on disk",
                     f"rdflib in-memory load {load:.1f} s", ""))
        questions = [(f"README: {q.stem}", q.read_text(encoding="utf-8")) for q in EXAMPLE_QUESTIONS]
        for name, q in questions + list(QUESTIONS.items()):
            answers = len(set(st.query(q).rows))  # distinct rows: for a path 'p|q' rdflib keeps duplicates
            if answers != len(set(run_query(mem, q).rows)):
                raise SystemExit(f"{name}: the store and rdflib disagree")
            ox_ms = timed(lambda: st.query(q))
            rdflib_ms = timed(lambda: run_query(mem, q), repeat=3)
            rows.append((f"query: {name}", f"store {ox_ms:.1f} ms", f"rdflib {rdflib_ms:.1f} ms",
                         f"{rdflib_ms / max(ox_ms, 1e-6):.0f}x", f"{answers} row{'s' if answers != 1 else ''}"))
    return rows


def queries_on(store_dir: Path) -> None:
    """Only the query table, on a store built before (e.g. kept from a --large run)."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as tmp:
        rows = query_rows(store_dir, Path(tmp))
    print(f"\nQueries on {store_dir}; load average now {os.getloadavg()[0]:.1f}\n")
    print("| measure | | | | |\n|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


def memory(args: argparse.Namespace) -> None:
    """Peak RSS of builds of growing numbers of documents, each into a new store."""
    sizes = [int(x) for x in args.memory.split(",")]
    w = int(args.workers.split(",")[0])
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as tmp:
        docs = Path(tmp) / "docs.jsonl"
        make_documents(max(sizes), args.sentences, docs)
        lines = docs.read_text(encoding="utf-8").splitlines(keepends=True)
        for size in sizes:
            part = Path(tmp) / f"docs-{size}.jsonl"
            part.write_text("".join(lines[:size]), encoding="utf-8")
            print(f"  {size} documents, {w} worker(s) ...", file=sys.stderr, flush=True)
            r = kg_build([str(part), "--store", str(Path(tmp) / f"store-{size}"), "--workers", str(w)])
            rows.append((f"{size:,} documents, {w} worker{'s' if w > 1 else ''}", f"{r['seconds']:.1f} s",
                         f"{size / r['seconds']:.2f} docs/s", f"peak RSS {r['peak_own']} MiB",
                         f"largest process {r['peak_all']} MiB"))
    print(f"\nPeak RSS by store size ({args.sentences} conll04 sentences a document; {w} worker(s))\n")
    print("| build | | | kg build process | |\n|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
