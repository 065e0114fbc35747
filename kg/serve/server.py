"""Running the app on uvicorn (the ``kg serve`` command): the port check, the Host names accepted, and the limits on
connections (a deadline for request heads, idle keep-alive, how many at once, how large a head)."""

from __future__ import annotations

import socket
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import ServeError
from ..namespace import DEFAULT_BASE
from .app import MAX_ANSWER_BYTES, create_app

#: seconds an idle keep-alive connection stays open
KEEP_ALIVE_S = 5
#: connections (and requests in flight) served at once; past this uvicorn answers 503
MAX_CONNECTIONS = 500
#: bytes of request line and headers accepted (h11)
MAX_HEADER_BYTES = 16 * 1024
#: seconds a client has to send a whole request line and headers (from connecting, or from the last answer)
HEADER_TIMEOUT_S = 10.0


def http_protocol() -> type:
    """uvicorn's h11 protocol, which waits for a request head as long as a client likes (a connection that sends
    nothing, or a byte now and then, stays open), with a deadline: a connection that has not sent a whole request
    head within :data:`HEADER_TIMEOUT_S` seconds of connecting or of its last answer is closed."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class HeadDeadlineProtocol(H11Protocol):
        _head_timer: Any = None

        def _arm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
            self._head_timer = self.loop.call_later(HEADER_TIMEOUT_S, self._head_deadline)

        def _head_deadline(self) -> None:
            self._head_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()  # no whole request head yet: a slow or idle client

        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self._arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
            super().connection_lost(exc)

    return HeadDeadlineProtocol


def serving_hosts(host: str, extra: Iterable[str] = ()) -> list[str]:
    """The Host header values a server bound to ``host`` accepts: that address, and for loopback its names
    (``localhost``, ``127.0.0.1``, ``::1``); for a wildcard address (``0.0.0.0``, ``::``) any host unless ``extra``
    names some. ``extra`` adds names (a DNS name the server is reached by)."""
    extra = list(extra)
    if host in ("0.0.0.0", "::", ""):
        return extra or ["*"]
    names = [host, f"[{host}]"] if ":" in host else [host]
    if host in ("127.0.0.1", "localhost", "::1"):
        names += ["localhost", "127.0.0.1", "[::1]"]
    return list(dict.fromkeys(names + extra))


def check_port(host: str, port: int) -> None:
    """Raise ServeError, in one line, when ``host:port`` cannot be listened on (most often: the port is in use)."""
    import errno

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ServeError(f"cannot listen on {host!r}: {exc.strerror}; give an address of this machine with --host"
                         ) from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a port in TIME_WAIT is free
        try:
            sock.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ServeError(f"port {port} is in use; choose another with --port") from None
            raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port "
                             "(ports below 1024 need privileges) or --host") from None


def serve(graph: str | Path, *, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
          max_rows: int = 10000, cors: str | None = None, ontology: Iterable[str | Path] = (),
          base: str = DEFAULT_BASE, workers: int | None = None, log_level: str = "info", infer: bool = False,
          allowed_hosts: Sequence[str] = (), worker_memory: int | None = None,
          max_answer_bytes: int | None = MAX_ANSWER_BYTES) -> None:
    """Serve a graph file until interrupted (the ``kg serve`` command).

    Requests must name this server in their ``Host`` header (:func:`serving_hosts`, plus ``allowed_hosts``).
    Connections are bounded: a request head must arrive whole within :data:`HEADER_TIMEOUT_S` s
    (:func:`http_protocol`), idle keep-alive connections close after :data:`KEEP_ALIVE_S` s, at most
    :data:`MAX_CONNECTIONS` are served at once (more get 503), request heads are limited to
    :data:`MAX_HEADER_BYTES` bytes.
    """
    import uvicorn

    check_port(host, port)
    if host not in ("127.0.0.1", "localhost", "::1"):
        warnings.warn(f"serving on {host}: anyone who can reach this address can query the graph")
    app = create_app(graph, timeout=timeout, max_rows=max_rows, cors=cors, ontology=ontology, base=base,
                     workers=workers, infer=infer, allowed_hosts=serving_hosts(host, allowed_hosts),
                     worker_memory=worker_memory, max_answer_bytes=max_answer_bytes)
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False, proxy_headers=False,
                    timeout_keep_alive=KEEP_ALIVE_S, limit_concurrency=MAX_CONNECTIONS,
                    h11_max_incomplete_event_size=MAX_HEADER_BYTES, http=http_protocol())
    finally:
        app.state.close()


__all__ = ["HEADER_TIMEOUT_S", "KEEP_ALIVE_S", "MAX_CONNECTIONS", "MAX_HEADER_BYTES", "check_port", "http_protocol",
           "serve", "serving_hosts"]
