"""Real SPARQL servers for the store tests, each started in a temporary directory on free local ports.

* :class:`OxigraphServer`: ``oxigraph serve`` (``pip install oxigraph``);
* :class:`VirtuosoServer`: Virtuoso Open Source 7 (Debian's ``virtuoso-opensource``), whose SPARQL user is
  granted ``SPARQL_UPDATE`` so that ``/sparql`` takes updates, as a deployment for kg would configure it.

A server whose program is missing skips the tests that need it (``.ci/run`` installs both).
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(condition: Callable[[], object], seconds: float, what: str, interval: float = 0.02) -> None:
    """Poll ``condition`` until it is true; fail the test if it is not within ``seconds`` (instead of a fixed sleep
    and the hope that the state has been reached by then)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() >= deadline:
            pytest.fail(f"{what}: not within {seconds:g} s")
        time.sleep(interval)


def wait_for_port(port: int, process: subprocess.Popen | None, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if process is not None and process.poll() is not None:
                pytest.fail(f"{what} exited at start")
            time.sleep(0.05)
    pytest.fail(f"{what} did not start in {seconds:.0f} s")


class OxigraphServer:
    """``oxigraph serve`` on a free local port, in a temporary directory."""

    def __init__(self, location: Path):
        binary = shutil.which("oxigraph")
        if binary is None:
            pytest.skip("the oxigraph server binary is missing (pip install oxigraph)")
        self.port = free_port()
        self.process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for_port(self.port, self.process, 20, "oxigraph serve")
        except BaseException:
            self.stop()
            raise
        self.url = f"http://127.0.0.1:{self.port}/query"

    def clear(self) -> None:
        from kg.store import RemoteStore

        RemoteStore(self.url).update("CLEAR ALL")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class VirtuosoServer:
    """Virtuoso Open Source 7 with its database in ``location``, on free local ports.

    Virtuoso's default graph is the union of all its graphs (its own system graphs included), so kg keeps
    its de-duplicated union in a named graph there: the store URL is ``<url>#union=urn:kg:union``.
    """

    UNION = "urn:kg:union"

    def __init__(self, location: Path):
        self.binary, self.isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
        if self.binary is None or self.isql is None or not VIRTUOSO_INI.is_file():
            pytest.skip("Virtuoso is missing (apt-get install virtuoso-opensource)")
        self.location = Path(location)
        self.sql_port, self.port = free_port(), free_port()
        ini = VIRTUOSO_INI.read_text(encoding="utf-8").replace("/var/lib/virtuoso-opensource-7/db", str(self.location))
        ini = re.sub(r"(?m)^ServerPort\s*=\s*1111\b", f"ServerPort = {self.sql_port}", ini)
        ini = re.sub(r"(?m)^ServerPort\s*=\s*8890\b", f"ServerPort = {self.port}", ini)
        (self.location / "virtuoso.ini").write_text(ini, encoding="utf-8")
        # +wait: the server detaches, and this returns once it accepts connections
        subprocess.run([self.binary, "-c", str(self.location / "virtuoso.ini"), "+wait"], cwd=self.location,
                       check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for_port(self.port, None, 60, "virtuoso")
            self.sql('grant SPARQL_UPDATE to "SPARQL";')
        except BaseException:
            self.stop()
            raise
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.location_url = f"{self.url}#union={self.UNION}"

    def sql(self, statement: str) -> str:
        return subprocess.run([self.isql, str(self.sql_port), "dba", "dba", f"exec={statement}"], check=True,
                              timeout=60, capture_output=True, text=True).stdout

    def clear(self) -> None:
        """Drop kg's graphs (never CLEAR ALL here: that would drop Virtuoso's own system graphs)."""
        from kg.store import RemoteStore

        s = RemoteStore(self.url)
        for row in s.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                            "FILTER(STRSTARTS(STR(?g), 'urn:') || STRSTARTS(STR(?g), 'https://w3id.org/kg/')) }"):
            s.update(f"DROP SILENT GRAPH <{row['g']}>")

    def stop(self) -> None:
        try:
            self.sql("shutdown;")
        except (subprocess.SubprocessError, OSError):
            lock = self.location / "virtuoso.lck"
            if lock.is_file():
                pid = re.search(r"\d+", lock.read_text())
                if pid:
                    subprocess.run(["kill", "-9", pid.group(0)], check=False)


def free_socket() -> socket.socket:
    """A TCP socket bound to a free port on 127.0.0.1."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections it receives."""

    def __init__(self) -> None:
        self.sock = free_socket()
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop = True
        self._thread.join(2)
        self.sock.close()
