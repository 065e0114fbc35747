#!/usr/bin/env python
"""Load benchmark of ``kg serve``: N concurrent clients for a fixed time on loopback.

Starts ``kg serve GRAPH`` in a child process on a free 127.0.0.1 port, then runs ``--clients`` client threads
(httpx, one connection each) for ``--seconds``; each client cycles through the query kinds below. Every answer
is checked against the single-client answer to the same query. Prints a markdown table of queries per second
and p50/p95 latency per kind of query.

Usage (from the repository root)::

    python benchmarks/serve.py                       # examples/example.ttl, 16 clients, 30 s
    python benchmarks/serve.py --graph big.ttl --clients 32 --seconds 60
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
KINDS = {
    "ASK": ("ASK { ?p kg:ceoOf ?o }", "application/sparql-results+json"),
    "SELECT lookup": ("SELECT ?ceo WHERE { ?p kg:ceoOf ?o . ?o rdfs:label \"Lumora Systems\" . ?p rdfs:label ?ceo }",
                      "application/sparql-results+json"),
    "SELECT all labels": ("SELECT ?s ?label WHERE { ?s rdfs:label ?label }", "application/sparql-results+json"),
    "SELECT labels, CSV": ("SELECT ?s ?label WHERE { ?s rdfs:label ?label }", "text/csv"),
    "SELECT aggregate": ("SELECT ?c (COUNT(?e) AS ?n) WHERE { ?e a ?c } GROUP BY ?c ORDER BY DESC(?n)",
                         "application/sparql-results+json"),
    "CONSTRUCT Turtle": ("CONSTRUCT { ?ev ?p ?o } WHERE { ?ev a kg:Evidence ; ?p ?o }", "text/turtle"),
}


def _normal(body: bytes, media: str) -> object:
    if media.endswith("json"):
        doc = json.loads(body)
        return doc.get("boolean", sorted(json.dumps(b, sort_keys=True) for b in doc.get("results", {}).get("bindings", [])))
    return sorted(body.decode("utf-8").splitlines())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", default=str(ROOT / "examples" / "example.ttl"))
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--workers", type=int, default=None, help="kg serve --workers (default: its own)")
    args = ap.parse_args()

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "kg", "serve", args.graph, "--port", str(port), "--timeout", "10"]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    server = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(url, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("kg serve did not start: " + (server.stderr.read().decode() if server.stderr else ""))
            time.sleep(0.2)

        with httpx.Client(timeout=30) as c:
            single = {}
            for kind, (q, media) in KINDS.items():
                r = c.get(url, params={"query": q}, headers={"Accept": media})
                r.raise_for_status()
                single[kind] = _normal(r.content, media)

        latencies: dict[str, list[float]] = {k: [] for k in KINDS}
        failures: list[str] = []
        lock = threading.Lock()
        kinds = list(KINDS)
        start = time.monotonic()
        end = start + args.seconds

        def client(i: int) -> None:
            mine: dict[str, list[float]] = {k: [] for k in KINDS}
            bad: list[str] = []
            with httpx.Client(timeout=30) as c:
                k = i
                while time.monotonic() < end:
                    kind = kinds[k % len(kinds)]
                    k += 1
                    q, media = KINDS[kind]
                    t = time.perf_counter()
                    try:
                        r = c.get(url, params={"query": q}, headers={"Accept": media})
                        ok = r.status_code == 200 and _normal(r.content, media) == single[kind]
                        if not ok:
                            bad.append(f"{kind}: {r.status_code}")
                    except httpx.HTTPError as exc:
                        bad.append(f"{kind}: {exc}")
                    mine[kind].append(time.perf_counter() - t)
            with lock:
                for kind, xs in mine.items():
                    latencies[kind].extend(xs)
                failures.extend(bad)

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - start
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()

    def pct(xs: list[float], p: float) -> float:
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000 if xs else float("nan")

    total = sum(len(x) for x in latencies.values())
    print(f"kg serve on {Path(args.graph).name}: {args.clients} concurrent clients, {elapsed:.0f} s, loopback; "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}; {len(failures)} failed or different answers\n")
    print("| query | answers | queries/s | p50 ms | p95 ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for kind, xs in latencies.items():
        print(f"| {kind} | {len(xs)} | {len(xs) / elapsed:.0f} | {pct(xs, 50):.1f} | {pct(xs, 95):.1f} |")
    every = [x for xs in latencies.values() for x in xs]
    print(f"| **all** | {total} | {total / elapsed:.0f} | {pct(every, 50):.1f} | {pct(every, 95):.1f} |")
    if failures:
        print("\nfailures:", *failures[:10], sep="\n  ")
        sys.exit(1)


if __name__ == "__main__":
    main()
