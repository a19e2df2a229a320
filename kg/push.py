"""``kg build --push URL``: send the graph to a SPARQL 1.1 Graph Store Protocol endpoint.

Every article graph is sent with ``PUT URL?graph=<article IRI>``, which *replaces* that named
graph on the server, so pushing twice leaves one copy. The ontology goes to its own graph, and
the merged graph (what ``kg query`` sees) to the server's default graph with ``PUT
URL?default``, so a server that does not make its default graph the union of its graphs
(Oxigraph's default) answers the saved queries the same way as ``kg query``.

With ``--store``, the store remembers what it last sent to each URL (``push-state.json``):
only the graphs whose article changed are sent again, and the graphs of deleted articles are
removed with ``DELETE URL?graph=…``. Without a store every graph is sent.

Endpoints (the Graph Store Protocol URL of a dataset):

* Oxigraph ``oxigraph serve --location DIR``: ``http://HOST:7878/store``
* Apache Jena Fuseki: ``http://HOST:3030/DATASET/data``
* GraphDB: ``http://HOST:7200/repositories/REPO/rdf-graphs/service``
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from .exceptions import KgError
from .fileio import atomic_write_text
from .store import ONTOLOGY_GRAPH, graph_ntriples, open_store

__all__ = ["push_graph", "PushError"]

_STATE = "push-state.json"
_TIMEOUT = 120.0


class PushError(KgError):
    """The SPARQL server refused a request or could not be reached."""


def push_graph(source: Any, url: str, manifest: dict[str, Any]) -> str:
    """Send the graph (a store folder, or an in-memory pyoxigraph store) to ``url``.

    Returns a one-line account of what was sent.
    """
    _check_url(url)
    articles = {
        entry["graph"]: entry["sha256"]
        for entry in manifest.get("articles", {}).values()
        if entry.get("graph")
    }
    if isinstance(source, str | os.PathLike):
        folder = Path(source)
        with open_store(folder) as opened:
            return _push(opened.store, url, articles, folder, manifest.get("generation"))
    return _push(source, url, articles, None, None)


def _push(store: Any, url: str, articles: dict[str, str], folder, generation) -> str:
    state = _load_state(folder).get(url, {}) if folder else {}
    sent = state.get("graphs", {})
    changed = [g for g, digest in sorted(articles.items()) if sent.get(g) != digest]
    gone = [g for g in sorted(sent) if g not in articles]
    if folder and not changed and not gone and state.get("generation") == generation:
        return f"{url} (already up to date)"
    done = dict(sent)
    try:
        for graph in changed:
            _request("PUT", url, graph, graph_ntriples(store, graph))
            done[graph] = articles[graph]
        for graph in gone:
            _request("DELETE", url, graph)
            done.pop(graph, None)
        _request("PUT", url, ONTOLOGY_GRAPH, graph_ntriples(store, ONTOLOGY_GRAPH))
        _request("PUT", url, None, graph_ntriples(store, None))
    finally:
        if folder:  # what did reach the server is remembered, even after a failure
            _save_state(folder, url, done, generation if len(done) == len(articles) else None)
    return f"{url} ({len(changed)} article graphs sent, {len(gone)} removed)"


def _request(method: str, url: str, graph: str | None, body: bytes | None = None) -> None:
    target = _graph_url(url, graph)
    request = urllib.request.Request(target, data=body, method=method)
    if body is not None:
        request.add_header("Content-Type", "application/n-triples")
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        if method == "DELETE" and exc.code == 404:
            return  # already gone
        detail = " ".join(exc.read(300).decode("utf-8", "replace").split())
        raise PushError(
            f"{method} {target}: HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
        ) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise PushError(f"cannot reach {url}: {reason}") from None


def _graph_url(url: str, graph: str | None) -> str:
    query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    return url + ("&" if "?" in url else "?") + query


def _check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(
            f"--push needs the http(s) URL of a Graph Store Protocol endpoint, got {url!r} "
            "(e.g. http://127.0.0.1:7878/store)"
        )


def _load_state(folder: Path) -> dict[str, Any]:
    try:
        return json.loads((folder / _STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _save_state(folder: Path, url: str, graphs: dict[str, str], generation) -> None:
    state = _load_state(folder)
    state[url] = {"generation": generation, "graphs": graphs}
    atomic_write_text(folder / _STATE, json.dumps(state, indent=1))
