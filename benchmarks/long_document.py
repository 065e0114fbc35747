#!/usr/bin/env python
"""One long document through `kg build`: wall time and peak memory as the document grows.

The issue's case: a 1.2 M-character document took 3 minutes and 3.9 GB. kg cuts long texts into pieces
(kg.extract.pipeline.split_text); this checks that the whole path after that (merging the pieces, resolving
mentions across the document, building and writing the graph) stays within 1 GB and grows about linearly.

For each size, one document is made by joining news-like texts (paragraphs separated by a blank line)
until it has that many characters, written to a .txt file, and built by `python -m kg build DOC.txt -o OUT.ttl`
in a fresh child process. The child's peak RSS is its own ru_maxrss (os.wait4, so one size's peak never
hides another's). A first row builds a one-sentence document: the cost of starting kg and loading the model,
which every row includes. The smallest size is the baseline the others are compared with, in the same run.

Sources, read at run time from ../shared beside the repository:

* ``news``: the texts of eval/news-dev.jsonl (56 k characters), repeated: names recur, as in one long report;
* ``mixed``: news-dev, then CoNLL04 train and Re-DocRED dev texts: new names keep coming (about 1.8 M
  characters before anything repeats), the worst case for resolution, which compares a document's names.

    python benchmarks/long_document.py                          # news, 100k 400k 1.2M characters
    python benchmarks/long_document.py --source mixed --sizes 100000,1200000
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SOURCES = {
    "news": [SHARED / "news-dev.jsonl"],
    "mixed": [SHARED / "news-dev.jsonl", SHARED / "conll04" / "train.jsonl", SHARED / "redocred" / "dev.jsonl"],
}
TINY = "Jane Roe, the chief executive of Acme Corp, said on Monday that the company is based in Boston."
SUMMARY = re.compile(r"built 1 document, ([\d,]+) entit(?:y|ies), ([\d,]+) facts? in ([\d.]+) s")


def texts(source: str) -> list[str]:
    """The source's texts, in file order."""
    out: list[str] = []
    for path in SOURCES[source]:
        if not path.is_file():
            sys.exit(f"missing {path} (expected ../shared/eval beside the repository)")
        with path.open(encoding="utf-8") as fh:
            out.extend(t for t in (json.loads(line).get("text", "").strip() for line in fh if line.strip()) if t)
    return out


def long_text(parts: list[str], size: int) -> str:
    """The parts joined by blank lines, repeated until the text has ``size`` characters (the last one cut there)."""
    chunks: list[str] = []
    n = 0
    while n < size:
        for part in parts:
            chunks.append(part)
            n += len(part) + 2
            if n >= size:
                break
    return "\n\n".join(chunks)[:size].rstrip()


def run_build(doc: Path, out: Path) -> dict:
    """``kg build doc -o out`` in a fresh child: wall seconds, its own peak RSS, and kg's summary line."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(doc), "-o", str(out)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    m = SUMMARY.search(stderr)
    if proc.returncode != 0 or m is None:
        sys.exit(f"kg build {doc} failed (exit {proc.returncode}):\n{stderr[-3000:]}")
    return {"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024, "entities": int(m[1].replace(",", "")),
            "facts": int(m[2].replace(",", "")), "build_seconds": float(m[3]), "out_mb": out.stat().st_size / 2**20}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,400000,1200000", help="document sizes in characters, comma-separated")
    ap.add_argument("--source", choices=sorted(SOURCES), default="news")
    ap.add_argument("--limit-mb", type=float, default=1024.0, help="the memory target: peak RSS at most this")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    parts = texts(args.source)

    rows: list[tuple[str, int, dict]] = []
    with tempfile.TemporaryDirectory(prefix="kg-long-") as tmp:
        work = Path(tmp)
        for label, size in [("model load (1 sentence)", 0)] + [(f"{args.source} {s:,}", s) for s in sizes]:
            doc = work / f"long-{size}.txt"
            doc.write_text(long_text(parts, size) if size else TINY, encoding="utf-8")
            rows.append((label, len(doc.read_text(encoding="utf-8")), run_build(doc, work / "out.ttl")))
            print(f"  {label}: {rows[-1][2]['seconds']:.1f} s", file=sys.stderr, flush=True)

    load, base = rows[0][2], rows[1]
    base_build = base[2]["build_seconds"]
    lines = [f"# kg build, one long document ({platform.python_version()}, {os.cpu_count()} CPUs, "
             f"load average {os.getloadavg()[0]:.2f})", "",
             "| document | characters | seconds | build s | build s per 100k chars | size x | build time x | "
             "peak MB | entities | facts | .ttl MB |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for label, chars, r in rows:
        per = f"{r['build_seconds'] / chars * 100_000:.1f}" if chars > 1000 else "-"
        size_x = f"{chars / base[1]:.1f}" if chars > 1000 else "-"
        time_x = f"{r['build_seconds'] / base_build:.1f}" if chars > 1000 and base_build else "-"
        lines.append(f"| {label} | {chars:,} | {r['seconds']:.1f} | {r['build_seconds']:.1f} | {per} | {size_x} | "
                     f"{time_x} | {r['peak_mb']:,.0f} | {r['entities']:,} | {r['facts']:,} | {r['out_mb']:.1f} |")
    big_label, big_chars, big = rows[-1]
    growth = (big["build_seconds"] / base_build) / (big_chars / base[1]) if base_build else float("nan")
    lines += ["", "Notes:",
              "- seconds: wall time of the child (Python start, model load, build, writing Turtle); build s: kg's own "
              "summary (reading, extraction, resolution, writing); peak MB: the child's ru_maxrss.",
              f"- baseline: the {base[0]} row (same run). Model load alone: {load['seconds']:.1f} s, "
              f"{load['peak_mb']:,.0f} MB.",
              f"- largest ({big_label}): build time grew {growth:.2f}x as fast as the size (1.00 = linear); "
              f"peak {big['peak_mb']:,.0f} MB -> target <= {args.limit_mb:,.0f} MB "
              f"{'MET' if big['peak_mb'] <= args.limit_mb else 'NOT MET'}.",
              f"- rerun: python benchmarks/long_document.py {' '.join(sys.argv[1:])}".rstrip()]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
