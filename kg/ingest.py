"""Building into a store: each new or changed document extracted, mapped and written in one transaction.

The build loop of ``kg build --store``: documents whose content hash is stored already are skipped before
extraction (and before the pipeline is loaded); the others are extracted (any :class:`kg.builder.Builder`),
linked to stored entities (:mod:`kg.link`), mapped to triples (:mod:`kg.mapping`) and handed to a writer thread
that puts them into the store (:mod:`kg.store`, persistence only) in groups. At the end, the entity IRIs given
before a later document told a class that comes first in the class order are renamed (:func:`settled_iris`), so
that one build gives the same IRIs whatever the order of its documents; then the entities the build added are
linked among themselves (:func:`merge_built`), so that its merges do not depend on that order either. Does not
import spaCy.
"""

from __future__ import annotations

import itertools
import queue
import re
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import StoreError
from .iris import IriMinter
from .link import Linker, build_merges, merge_node, merge_update
from .mapping import document_triples, evidence_key, investment_key
from .progress import progress_bar
from .resolve import confident
from .store import Store
from .store.updates import rename_update


def seeded_minter(store: Store, base: str, schema: Any = None) -> IriMinter:
    """An IriMinter that knows the entities already stored (so a name keeps its IRI, and the class suffix rule
    holds)."""
    minter = IriMinter(base, schema)
    prefix = f"{minter.base}entity/"
    for iri, cls in store.entity_classes(minter.base):
        minter.classes.setdefault(iri[len(prefix):], cls)
    return minter


class StoreWriter:
    """Writes documents into a store, in order, from a thread of its own: a store write (an Oxigraph transaction
    or ingestion, or an HTTP request, none holding the GIL) overlaps the extraction of the documents after it.

    Documents go to the store in groups of about ``store.group_triples`` triples (one at a time when that is 0),
    a group waiting at most ``max_wait`` seconds for more. The outcome is the serial one: each document is written
    whole or reported in ``report.failures`` (then the next run writes it). After ``give_up_after`` documents in a
    row failed, the writer stops and the build raises the StoreError.
    """

    #: after this many documents in a row failed to be written (an endpoint down), the build stops
    give_up_after = 3
    #: a group of documents is written after this many seconds even if not full (a slow feed still lands)
    max_wait = 30.0

    def __init__(self, store: Store, report: Any, depth: int = 4):
        self.store, self.report = store, report
        self.queue: Any = queue.Queue(maxsize=depth)
        self.error: BaseException | None = None
        self.failed_in_a_row = 0
        self.thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        group: list[tuple[str, list[tuple[str, str, str]], str, int]] = []
        size, deadline = 0, 0.0
        while True:
            try:
                item = self.queue.get(timeout=max(0.0, deadline - time.monotonic()) if group else None)
            except queue.Empty:  # the group waited long enough
                group, size = self._write(group), 0
                continue
            try:
                if item is None:
                    self._write(group)
                    return
                if any(g[0] == item[0] for g in group):  # a second version of a document: after the first
                    group, size = self._write(group), 0
                if not group:
                    deadline = time.monotonic() + self.max_wait
                group.append(item)
                size += len(item[1])
                if size >= self.store.group_triples:
                    group, size = self._write(group), 0
            except BaseException as exc:  # a bug, not a write failure: stop writing, raise it in the reader
                self.error, group = exc, []
            finally:
                self.queue.task_done()

    def _write(self, group: list[tuple[str, list[tuple[str, str, str]], str, int]]) -> list:
        """Write a group (unless the writer stopped); account for each document; return a new empty group."""
        if group and self.error is None:
            errors = self.store.put_many([(doc, triples) for doc, triples, _, _ in group])
            for (_, _, doc_id, facts), exc in zip(group, errors):
                if exc is None:
                    self.failed_in_a_row = 0
                    self.report.documents += 1
                    self.report.facts += facts
                    continue
                self.report.failures.append(f"{doc_id}: not stored: {exc}")
                self.failed_in_a_row += 1
                if self.failed_in_a_row >= self.give_up_after and self.error is None:
                    self.error = StoreError(
                        f"{self.failed_in_a_row} documents in a row could not be written to "
                        f"{self.store.location} (the last: {exc}); stopped. The documents written "
                        "before are kept; run the build again to write the rest")
        return []

    def _check(self) -> None:
        if self.error is not None:
            raise self.error

    def put(self, doc: str, triples: list[tuple[str, str, str]], doc_id: str, facts: int) -> None:
        self._check()
        self.queue.put((doc, triples, doc_id, facts))

    def close(self, check: bool = True) -> None:
        """Write what is queued, stop the thread; raise what went wrong in it (with ``check``)."""
        self.queue.put(None)
        self.thread.join()
        if check:
            self._check()


def write_documents(builder: Any, documents: Iterable[Any], store: Store, *, base: str, progress: bool = False,
                    report: Any, total: int | None = None, link: bool = True) -> Any:
    """Extract the new or changed documents and write each into the store in one transaction.

    A document whose content hash is stored already is skipped before extraction; a document whose write
    fails (an endpoint down past the retries) is listed in ``report.failures`` and written by the next run.
    """
    start = time.perf_counter()
    minter = seeded_minter(store, base, builder.schema)
    stored_keys = set(minter.classes)  # IRIs stored before this build: kept, whatever this build's names
    investments: dict[str, tuple[str, str, str, Any]] = {}  # investment node -> document, investor, target, it
    linker = None
    stored = store.hashes()
    passed: dict[str, str] = {}  # content hash of each document passed on to extraction in this run

    def fresh() -> Iterator[Any]:
        for d in documents:
            iri = str(minter.document(d.id))
            # unchanged since stored, or a repeat of a document this run writes already (whatever the workers)
            if passed.get(iri, stored.get(iri)) == d.content_hash:
                report.skipped += 1
                continue
            if iri not in passed and iri in stored:  # a changed version of a stored document: it replaces that one
                was = stored_source(store, iri)
                if was and d.source and _file(was) != _file(d.source):  # read from another file than the stored one
                    report.moved.append(f"{d.id} (stored from {was}, now {d.source})")
                else:
                    report.replaced += 1
            passed[iri] = d.content_hash
            yield d

    pending = fresh()
    first = next(pending, None)
    if first is not None:  # only now load the pipeline (and the linker's index): nothing to extract, no model
        if link:
            linker = Linker(store, minter, builder.schema, learn=False)
        graphs: Iterable[Any] = confident(builder.document_graphs(itertools.chain([first], pending)),
                                          getattr(builder, "min_confidence", None))
        if progress:
            graphs = progress_bar(graphs, total=None if total is None else max(total - report.skipped, 0))
        writer = StoreWriter(store, report)
        try:
            for dg in graphs:
                doc = minter.document(dg.document.id)
                named = linker.minter_for(dg, doc) if linker is not None else minter
                triples = document_triples(dg, named)
                if linker is not None:
                    linker.record(triples, dg, doc)
                linked = getattr(named, "overrides", {})
                minter.see(e for e in dg.entities if (e.name, e.cls) not in linked)  # told after: settled_iris()
                if dg.investments:  # their nodes' IRIs hash their entities' (and a value the store does not keep)
                    iris = [str(named.entity(e.name, e.cls)) for e in dg.entities]
                    for inv in dg.investments:
                        target = iris[inv.target] if inv.target is not None else ""
                        raw = f"{minter.base}investment/{investment_key(str(doc), iris[inv.investor], inv, iris)}"
                        investments[raw] = (str(doc), iris[inv.investor], target, inv)
                writer.put(str(doc), triples, dg.document.id, len(dg.facts))
        except BaseException:
            writer.close(check=False)  # the documents made so far are written, each whole; then the error
            raise
        writer.close()
        renames = settled_iris(store, minter, stored_keys, investments)
        store.rename(renames)
        if linker is not None:
            merge_built(store, minter, builder.schema, stored_keys, moved_investments(investments, renames))
    report.entities = len(minter.classes)
    report.seconds = time.perf_counter() - start
    return report


def merge_built(store: Store, minter: IriMinter, schema: Any, kept: set[str],
                investments: dict[str, tuple[str, str, str, Any]]) -> None:
    """Make, in one transaction, the merges among the entities a build added (:func:`kg.link.build_merges`): each
    merged entity renamed to the one it joins (with the nodes whose IRIs hash its IRI), its name an alias there in
    each of its documents, each merge a kg:Merge node."""
    found = build_merges(store, minter, schema, kept)
    if not found:
        return
    renames = dependent_renames(store, minter.base, {own: into for own, into, _, _ in found}, investments)
    prefix = f"{minter.base}entity/"
    for own, _, _, _ in found:
        minter.classes.pop(own[len(prefix):], None)
    store.update(rename_update(renames, store.union) + " ;\n" + merge_update(store, minter.base, found))


def moved_investments(investments: dict[str, tuple[str, str, str, Any]],
                      renames: dict[str, str]) -> dict[str, tuple[str, str, str, Any]]:
    """The investment nodes (as :func:`write_documents` keeps them) after ``renames``."""
    return {renames.get(raw, raw): (doc, renames.get(investor, investor), renames.get(target, target), inv)
            for raw, (doc, investor, target, inv) in investments.items()}


def stored_source(store: Store, doc: str) -> str | None:
    """Where a stored document was read from (its kg:source), if it says."""
    rows = store.rows(f"SELECT ?source WHERE {{ GRAPH <{doc}> {{ <{doc}> kg:source ?source }} }}", "source")
    return rows[0][0] if rows else None


def _file(source: str) -> str:
    """The file of a document's source: a JSON Lines record's is its file's path and line number."""
    return re.sub(r":\d+\Z", "", source)


def settled_iris(store: Store, minter: IriMinter, kept: set[str],
                 investments: dict[str, tuple[str, str, str, Any]]) -> dict[str, str]:
    """The renames that make a store build's IRIs those of every name told first (:meth:`IriMinter.settle`): a
    name given its IRI before a later document told a class that comes first in the class order. Its entities,
    and the nodes whose IRIs hash theirs: the investments (``investments``: each node's document, investor,
    target and Investment, as mapped), their amounts, and the evidence and merges (read from the store) that
    name any of them. ``kept``: the entity keys stored before the build, kept as they are."""
    prefix = f"{minter.base}entity/"
    renames = {prefix + old: prefix + new for old, new in minter.settle(kept).items()}
    return dependent_renames(store, minter.base, renames, investments)


def dependent_renames(store: Store, base: str, renames: dict[str, str],
                      investments: dict[str, tuple[str, str, str, Any]]) -> dict[str, str]:
    """Entity renames (``{old: new}``) and the renames of the nodes whose IRIs hash the entities' IRIs: the
    investments (``investments``: each node's document, investor, target and Investment, as mapped), their amounts,
    and the evidence and merges (read from the store) that name any of them."""
    if not renames:
        return renames
    renames = dict(renames)
    for raw, (doc, investor, target, inv) in investments.items():
        if investor in renames or target in renames:
            new_investor = renames.get(investor, investor)
            key = investment_key(doc, new_investor, inv, {inv.target: renames.get(target, target)})
            new = f"{base}investment/{key}"
            node, money = "/amount", inv.amount
            renames[raw] = new
            while money is not None:  # its amount, and the amount's equivalents (kg.mapping)
                renames[raw + node] = new + node
                if money.equivalent is not None:
                    node += f"-{money.equivalent.currency.lower()}"
                money = money.equivalent
    values = " ".join(f"<{iri}>" for iri in renames)
    evidence = store.rows(
        "SELECT DISTINCT ?e ?d ?s ?p ?o ?start ?rule WHERE { VALUES ?x { " + values + " } "
        "GRAPH ?g { { ?e rdf:subject ?x } UNION { ?e rdf:object ?x } "
        "?e a kg:Evidence ; kg:document ?d ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:start ?start ; "
        "kg:rule ?rule } }", "e", "d", "s", "p", "o", "start", "rule")
    merges = store.rows(
        "SELECT DISTINCT ?m ?d ?from ?into WHERE { VALUES ?x { " + values + " } "
        "GRAPH ?g { { ?m kg:mergedFrom ?x } UNION { ?m kg:mergedInto ?x } "
        "?m a kg:Merge ; kg:mergedIn ?d ; kg:mergedFrom ?from ; kg:mergedInto ?into } }", "m", "d", "from", "into")
    moved = dict(renames)
    for e, d, s, p, o, start, rule in evidence:
        if e and d and s and p and o and start and rule:  # (always bound)
            renames[e] = f"{base}evidence/" + evidence_key(d, moved.get(s, s), p, moved.get(o, o), int(start),
                                                                  rule)
    for m, d, own, into in merges:
        if m and d and own and into:
            renames[m] = merge_node(base, d, moved.get(own, own), moved.get(into, into))
    return {old: new for old, new in renames.items() if old != new}


__all__ = ["StoreWriter", "dependent_renames", "merge_built", "moved_investments", "seeded_minter", "settled_iris",
           "stored_source", "write_documents"]
