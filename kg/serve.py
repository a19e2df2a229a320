"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint and the network page, over HTTP.

* ``/sparql`` answers queries sent as GET ``?query=…``, as a form-encoded POST
  (``query=…``), or as a POST whose body is the query (``application/sparql-query``).
  The result format follows the ``Accept`` header (or a ``format`` parameter, as Fuseki
  allows): SPARQL results in JSON, XML, CSV or TSV for SELECT and ASK; Turtle, N-Triples,
  JSON-LD, RDF/XML, TriG or N-Quads for CONSTRUCT and DESCRIBE.
* ``/`` (and ``/graph.html``) is the network page of the loaded graph.

Safe by default: the same checks as ``kg query`` (no updates, no SERVICE, no FROM outside the
loaded graph) and a per-query timeout; an update request gets 403 with a one-line reason.
It listens on 127.0.0.1 unless told otherwise, and when it does, it only answers requests
addressed to a loopback name (``Host: localhost`` …), so a web page the user visits cannot
reach it through DNS rebinding.

The standard library's ThreadingHTTPServer is enough here: one thread per request, queries
stopped by their timeout, no dependency to install.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .exceptions import QueryError, QueryRefused, QueryTimeout, ServeError
from .query import QueryResult, check_query, format_graph, format_result, run_query

__all__ = ["Endpoint", "make_server", "serve_forever", "negotiate", "MAX_QUERY_BYTES"]

#: The largest query body accepted (a longer request gets 413).
MAX_QUERY_BYTES = 1 << 20

# Media type → kg.query format, in the order the server prefers them.
_RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "application/trig": "trig",
    "application/n-quads": "nquads",
}
# ``format=`` / ``output=`` short names (Fuseki's and SPARQLWrapper's) → media type, by the
# kind of result: "xml" is SPARQL results XML for a SELECT and RDF/XML for a CONSTRUCT.
_RESULT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
_GRAPH_NAMES = {
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "n3": "text/turtle",  # Turtle is N3 without its extensions
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "json": "application/ld+json",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "xml": "application/rdf+xml",
    "rdf+xml": "application/rdf+xml",
    "rdfxml": "application/rdf+xml",
    "trig": "application/trig",
    "nquads": "application/n-quads",
}
_LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass
class Endpoint:
    """What the server answers with: a queryable graph, its page, and the query timeout."""

    graph: Any
    page: str
    timeout: float = 30.0

    def answer(
        self, sparql: str, accept: str | None, format_names: list[str] = ()
    ) -> tuple[str, bytes]:
        """(content type, body) of a query's result; raises QueryError or _NotAcceptable.

        ``format_names`` are the ``format``/``output`` parameters; they win over ``accept``.
        """
        form = check_query(sparql, name="query", graph=self.graph)
        is_graph = form in ("construct", "describe")
        offers = _GRAPH_TYPES if is_graph else _RESULT_TYPES
        names = _GRAPH_NAMES if is_graph else _RESULT_NAMES
        media = _choose(offers, names, accept, format_names)
        result = run_query(self.graph, sparql, timeout=self.timeout, name="query")
        return media + _charset(media), _render(result, offers[media]).encode("utf-8")


class _NotAcceptable(Exception):
    """No format the client accepts fits this query's result."""


def _choose(
    offers: dict[str, str], names: dict[str, str], accept: str | None, format_names: list[str]
) -> str:
    for name in format_names:  # SPARQLWrapper sends both "tsv" and the media type
        media = names.get(name.strip().lower(), name.strip().lower())
        if media in offers:
            return media
    if format_names:
        wanted = ", ".join(format_names)
        raise _NotAcceptable(
            f"format {wanted} does not fit this query's result: use {', '.join(names)}"
        )
    media = negotiate(accept, list(offers))
    if media is None:
        raise _NotAcceptable(f"none of {accept!r} fits; this query can give {', '.join(offers)}")
    return media


def _render(result: QueryResult, fmt: str) -> str:
    if result.kind == "graph":
        return format_graph(result, fmt)
    return format_result(result, fmt)


def _charset(media: str) -> str:
    return "" if media.endswith("json") else "; charset=utf-8"


def negotiate(accept: str | None, offers: list[str]) -> str | None:
    """The offer (media type) the ``Accept`` header prefers, or None if it accepts none.

    Each offer gets the quality of the most specific range that matches it (``type/sub``
    over ``type/*`` over ``*/*``); ties go to the earlier offer. No header accepts anything.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", ["text/csv",
    ...     "application/sparql-results+xml"])
    'application/sparql-results+xml'
    >>> negotiate("text/*", ["application/json", "text/csv"])
    'text/csv'
    """
    ranges = list(_media_ranges(accept or "*/*"))
    best: tuple[float, str] | None = None
    for offer in offers:
        quality = _quality(offer, ranges)
        if quality > 0 and (best is None or quality > best[0]):
            best = (quality, offer)
    return best[1] if best else None


def _media_ranges(accept: str) -> Iterable[tuple[str, float]]:
    for part in accept.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        if not media:
            continue
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        yield media.lower(), quality


def _quality(offer: str, ranges: list[tuple[str, float]]) -> float:
    kind = offer.split("/")[0]
    best_specificity, quality = -1, 0.0
    for media, q in ranges:
        if media == offer:
            specificity = 2
        elif media == f"{kind}/*":
            specificity = 1
        elif media == "*/*":
            specificity = 0
        else:
            continue
        if specificity > best_specificity:
            best_specificity, quality = specificity, q
    return quality


# --------------------------------------------------------------------------- HTTP


class _Handler(BaseHTTPRequestHandler):
    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"
    endpoint: Endpoint  # set on the subclass made by make_server
    allowed_hosts: frozenset[str] | None

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if not self._host_allowed():
            return
        url = urlsplit(self.path)
        if url.path in ("/", "/graph.html", "/index.html"):
            self._send(200, "text/html; charset=utf-8", self.endpoint.page.encode("utf-8"))
        elif url.path == "/sparql":
            self._protocol(_form(url.query))
        else:
            self._error(404, f"no such page {url.path!r}: the page is / and SPARQL is /sparql")

    def do_POST(self) -> None:  # noqa: N802
        if not self._host_allowed():
            return
        body = self._body()
        if body is None:
            return
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(404, f"no such endpoint {url.path!r}: SPARQL is /sparql")
            return
        media = self.headers.get_content_type()
        params = _form(url.query)
        if media == "application/x-www-form-urlencoded":
            try:
                params.update(_form(body.decode("utf-8")))
            except UnicodeDecodeError:
                self._error(400, "the form is not UTF-8")
                return
        elif media == "application/sparql-query":
            try:
                params.setdefault("query", []).append(body.decode("utf-8"))
            except UnicodeDecodeError:
                self._error(400, "the query is not UTF-8")
                return
        elif media == "application/sparql-update":
            self._error(403, "this endpoint is read-only: SPARQL updates are refused")
            return
        else:
            self._error(
                415,
                f"cannot read a {media} body: send application/sparql-query or a form "
                "(application/x-www-form-urlencoded) with query=",
            )
            return
        self._protocol(params)

    def _protocol(self, params: dict[str, list[str]]) -> None:
        """The SPARQL 1.1 Protocol query operation, once the parameters are read."""
        if "update" in params:
            self._error(403, "this endpoint is read-only: SPARQL updates are refused")
            return
        if "default-graph-uri" in params or "named-graph-uri" in params:
            self._error(
                400,
                "default-graph-uri and named-graph-uri are not supported: the endpoint "
                "queries its loaded graph (use GRAPH, or FROM a graph of the loaded dataset)",
            )
            return
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._error(400, "give exactly one query: /sparql?query=SELECT…")
            return
        formats = params.get("format", []) + params.get("output", [])
        try:
            media, body = self.endpoint.answer(queries[0], self.headers.get("Accept"), formats)
        except QueryRefused as exc:
            self._error(403, str(exc))
        except QueryTimeout as exc:
            self._error(503, str(exc))
        except QueryError as exc:
            self._error(400, str(exc))
        except _NotAcceptable as exc:
            self._error(406, str(exc))
        else:
            self._send(200, media, body)

    def _body(self) -> bytes | None:
        length = self.headers.get("Content-Length")
        closing = self.close_connection
        self.close_connection = True  # until the body is read, the connection cannot go on
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked" or length is None:
            self._error(411, "send a Content-Length")
            return None
        try:
            size = int(length)
        except ValueError:
            self._error(400, "bad Content-Length")
            return None
        if size < 0 or size > MAX_QUERY_BYTES:
            self._error(413, f"the request is larger than {MAX_QUERY_BYTES} bytes")
            return None
        body = self.rfile.read(size)
        self.close_connection = closing
        return body

    def handle_expect_100(self) -> bool:
        """Refuse an over-large body before the client sends it."""
        length = self.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > MAX_QUERY_BYTES:
            self.close_connection = True
            self._error(413, f"the request is larger than {MAX_QUERY_BYTES} bytes")
            return False
        return super().handle_expect_100()

    def _host_allowed(self) -> bool:
        """Refuse requests addressed to a name other than loopback (DNS rebinding)."""
        if self.allowed_hosts is None:
            return True
        host = _host_name(self.headers.get("Host", ""))
        if host in self.allowed_hosts:
            return True
        self.close_connection = True  # a POST body stays unread
        self._error(403, f"requests for host {host!r} are refused: use http://127.0.0.1")
        return False

    def _error(self, status: int, message: str) -> None:
        text = "Error: " + " ".join(message.split()) + "\n"
        self._send(status, "text/plain; charset=utf-8", text.encode("utf-8"))

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept")
        self.send_header("X-Content-Type-Options", "nosniff")
        if content_type.startswith("text/html"):
            self.send_header("Content-Security-Policy", _PAGE_CSP)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server's name)
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


_PAGE_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; "
    "form-action 'none'"
)


def _form(text: str) -> dict[str, list[str]]:
    return parse_qs(text, keep_blank_values=True, max_num_fields=100)


def _host_name(header: str) -> str:
    """``localhost:8000`` → ``localhost``; ``[::1]:8000`` → ``::1``."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False  # a port in use must be an error, not shared


class _Server6(_Server):
    address_family = socket.AF_INET6


def make_server(
    endpoint: Endpoint, host: str = "127.0.0.1", port: int = 8000
) -> ThreadingHTTPServer:
    """A server bound to ``host:port`` (port 0: any free port), not yet serving.

    Raises ServeError with one line for a port in use or an address that cannot be used.
    """
    loopback = _is_loopback(host)
    handler = type(
        "Handler",
        (_Handler,),
        {
            "endpoint": endpoint,
            "allowed_hosts": (_LOOPBACK_NAMES | {host.lower()}) if loopback else None,
        },
    )
    server_class = _Server6 if ":" in host else _Server
    try:
        return server_class((host, port), handler)
    except OSError as exc:
        raise ServeError(_bind_error(exc, port), path=f"{host}:{port}") from None


def _bind_error(exc: OSError, port: int) -> str:
    if exc.errno == errno.EADDRINUSE:
        return "port already in use (is another server running? choose one with --port)"
    if exc.errno == errno.EACCES:
        return f"permission denied (port {port} needs privileges; use a port above 1023)"
    if exc.errno == errno.EADDRNOTAVAIL or isinstance(exc, socket.gaierror):
        return f"cannot listen on this address: {exc.strerror or exc}"
    return f"cannot listen: {exc.strerror or exc}"


def serve_forever(server: ThreadingHTTPServer, announce: Callable[[str], None] = print) -> None:
    """Serve until interrupted (Ctrl-C), then close the socket.

    An interrupt while the addresses are still being announced stops it just as cleanly.
    """
    host, port = server.server_address[:2]
    shown = f"[{host}]" if ":" in str(host) else host
    base = f"http://{shown}:{port}"
    try:
        announce(f"page    {base}/")
        announce(f"SPARQL  {base}/sparql")
        if not _is_loopback(str(host)):
            announce(f"warning: listening on {host}: anyone who can reach it can query the graph")
        announce("Ctrl-C stops the server")
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
