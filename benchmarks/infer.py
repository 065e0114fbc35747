"""What `kg query --infer` costs on a 100,000-triple graph: kg's SPARQL-Update materialisation vs owlrl.

    python benchmarks/infer.py [--triples 100000] [--owlrl-timeout 300]

Builds a synthetic graph shaped like kg's output (organisations, people with ceoOf/worksFor, AI models,
places in locatedIn chains, evidence nodes), then times: loading, materialising the entailments,
the same questions before and after, and owlrl's OWL-RL closure on a copy (in a child process that
is stopped at the timeout). Prints one markdown table.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import platform
import time

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.graph import new_graph
from kg.infer import materialize
from kg.namespace import KG
from kg.ontology import load_ontology_graph
from kg.query import run_query

BASE = "https://w3id.org/kg/id/entity/"
QUESTIONS = {
    "people working for an org (worksFor)": "SELECT (COUNT(*) AS ?n) WHERE { ?p kg:worksFor ?o }",
    "all products (incl. AIModel)": "SELECT (COUNT(*) AS ?n) WHERE { ?x a kg:Product }",
    "places in a country (locatedIn)": "SELECT (COUNT(*) AS ?n) WHERE { ?x kg:locatedIn <%scountry-0> }" % BASE,
}


def synthetic(target: int) -> Graph:
    g = new_graph()
    i = 0
    while i % 100 or len(g) < target:  # len() is a count query: ask every 100 rounds
        org, ceo, model, city, region = (URIRef(f"{BASE}{k}-{i}") for k in ("org", "person", "model", "city", "region"))
        country = URIRef(f"{BASE}country-{i % 20}")
        for node, cls in ((org, KG.Organization), (ceo, KG.Person), (model, KG.AIModel), (city, KG.Place),
                          (region, KG.Place), (country, KG.Place)):
            g.add((node, RDF.type, cls))
            g.add((node, RDFS.label, Literal(str(node).rsplit("/", 1)[1])))
        for s, p, o in ((ceo, KG.ceoOf, org), (org, KG.develops, model), (org, KG.headquarteredIn, city),
                        (city, KG.locatedIn, region), (region, KG.locatedIn, country)):
            g.add((s, p, o))
            ev = URIRef(f"{BASE}ev-{i}-{p.rsplit('#', 1)[1]}")
            g.add((ev, RDF.type, KG.Evidence))
            g.add((ev, RDF.subject, s))
            g.add((ev, RDF.predicate, p))
            g.add((ev, RDF.object, o))
        i += 1
    return g


def _owlrl(data: bytes, q: mp.Queue) -> None:
    import owlrl

    g = Graph().parse(data=data, format="nt")
    g += load_ontology_graph()
    t = time.perf_counter()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    q.put((time.perf_counter() - t, len(g)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=100_000)
    ap.add_argument("--owlrl-timeout", type=float, default=300.0)
    args = ap.parse_args()

    t = time.perf_counter()
    g = synthetic(args.triples)
    build_s = time.perf_counter() - t
    before = {k: (run_query(g, q).rows[0][0], _time(g, q)) for k, q in QUESTIONS.items()}
    n0 = len(g)
    t = time.perf_counter()
    added = materialize(g)
    mat_s = time.perf_counter() - t
    after = {k: (run_query(g, q).rows[0][0], _time(g, q)) for k, q in QUESTIONS.items()}

    owl = "not installed (pip install owlrl)"
    try:
        import owlrl  # noqa: F401

        q: mp.Queue = mp.Queue()
        proc = mp.Process(target=_owlrl, args=(synthetic(args.triples).serialize(format="nt").encode(), q))
        proc.start()
        proc.join(args.owlrl_timeout)
        if proc.is_alive():
            proc.terminate()
            owl = f"> {args.owlrl_timeout:.0f} s (stopped)"
        else:
            secs, size = q.get()
            owl = f"{secs:.1f} s ({size:,} triples after)"
    except ImportError:
        pass

    print(f"machine: {platform.processor() or platform.machine()}, python {platform.python_version()}")
    print(f"\nsynthetic graph: {n0:,} triples (made in {build_s:.1f} s)\n")
    print("| step | result | time |")
    print("| --- | ---: | ---: |")
    print(f"| kg materialise (SPARQL Update in Oxigraph) | +{added:,} triples | {mat_s:.2f} s |")
    print(f"| owlrl OWL-RL closure, same graph + ontology | | {owl} |")
    for k in QUESTIONS:
        print(f"| `{k}` without inference | {before[k][0]} rows | {before[k][1] * 1000:.1f} ms |")
        print(f"| `{k}` after materialising | {after[k][0]} rows | {after[k][1] * 1000:.1f} ms |")


def _time(g: Graph, q: str, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        run_query(g, q)
        best = min(best, time.perf_counter() - t)
    return best


if __name__ == "__main__":
    main()
