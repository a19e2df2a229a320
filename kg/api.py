"""The Python API for notebooks and scripts: one object for a graph and everything done with it.

::

    from kg import EventGraph

    g = EventGraph.from_articles(["seeds/"])     # read + extract, nothing written
    g = EventGraph.open("output/graph.ttl")      # or a graph kg build wrote
    for event in g.events:                       # dicts, as in events.jsonl
        print(event["subject"]["label"], event["predicate"], event["object"]["label"])
    g.query("events-of-actor", {"actor": "金正恩"}).records()
    net = g.network(aggregate=True)              # networkx.MultiDiGraph
    g.write_page("graph.html")
    g.page()                                     # in Jupyter: the page, inline

The CLI commands are thin layers over the same functions, so a script gets exactly what
``kg query``, ``kg export`` and ``kg serve`` give.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from .exceptions import InputError, OutputError
from .model import Skipped

__all__ = ["EventGraph", "Page"]


@dataclass(frozen=True)
class Page:
    """The network page as HTML; shown inline in Jupyter (an iframe holding the page).

    The iframe is sandboxed without same-origin rights, so the page's script cannot touch
    the notebook, and the page itself stays offline.
    """

    html: str
    height: int = 650

    def save(self, path: str | os.PathLike) -> Path:
        """Write the page as UTF-8 (temporary file, then rename)."""
        from .fileio import atomic_write_text

        atomic_write_text(path, self.html)
        return Path(path)

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd" '
            'title="kg network"></iframe>'
        )


@dataclass
class EventGraph:
    """An event graph in memory: its RDF, its events, SPARQL, the network, the page, exports.

    Make one with :meth:`from_articles` or :meth:`open`. ``rdf`` is what queries run on
    (an rdflib Graph); ``events`` are the event and role records in the JSON shape of
    ``events.jsonl`` (GUIDELINES.md).
    """

    rdf: Any
    name: str = "kg"
    skipped: list[Skipped] = field(default_factory=list)
    _events: list[dict[str, Any]] | None = field(default=None, repr=False)

    @classmethod
    def from_articles(
        cls,
        paths: str | os.PathLike | Sequence[str | os.PathLike],
        progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
    ) -> EventGraph:
        """Read and extract articles (files or folders); nothing is written.

        Files that cannot be read are listed in ``skipped``; InputError if none could be.
        """
        from .graph import build_graph, content_hash_triple
        from .pipeline import extract_corpus
        from .workers import file_digest

        paths = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
        corpus = extract_corpus(paths, progress)
        if not corpus.articles:
            reasons = [f"{s.path}: {s.reason}" for s in corpus.skipped]
            raise InputError("; ".join([*reasons, "no article could be read"]))
        rdf = build_graph(corpus.events, corpus.roles, corpus.articles)
        for article in corpus.articles:  # as kg build records them, for incremental builds
            digest = file_digest(Path(article.path).read_bytes())
            rdf.add(content_hash_triple(article.path, digest))
        return cls(
            rdf,
            name="kg: " + ", ".join(map(str, paths)),
            skipped=list(corpus.skipped),
            _events=list(corpus.records()),
        )

    @classmethod
    def open(cls, path: str | os.PathLike) -> EventGraph:
        """Open a graph written by ``kg build`` (graph.ttl, or any RDF file kg can read)."""
        from .query import open_graph

        return cls(open_graph(path), name=f"kg: {path}")

    @property
    def events(self) -> list[dict[str, Any]]:
        """Events, then roles (``event_type`` ROLE), as dicts shaped like events.jsonl."""
        if self._events is None:
            from .graph import events_from_graph

            self._events = events_from_graph(self.rdf)
        return self._events

    def query(
        self,
        query: str,
        params: Mapping[str, str] | None = None,
        *,
        timeout: float | None = 30.0,
    ):
        """Run a read-only SPARQL query: text, ``@file.rq`` or a saved query's name.

        Returns a :class:`kg.query.QueryResult` (``.records()`` for dicts, ``.rows`` for
        rdflib terms); :func:`kg.query.format_result` writes it as table, CSV, TSV, JSON, XML.
        """
        from .query import query_name, resolve_query, run_query

        sparql = resolve_query(query, params)
        return run_query(self.rdf, sparql, timeout=timeout, name=query_name(query))

    def network(self, aggregate: bool = False) -> nx.MultiDiGraph:
        """Actors as nodes, one edge per event (or per pair, predicate and status)."""
        from .network import to_networkx

        return to_networkx(self.events, aggregate=aggregate)

    def page(self, title: str | None = None, height: int = 650) -> Page:
        """The network page (aggregated edges, every event in the click list)."""
        from .views import render_page

        return Page(render_page(self.network(aggregate=True), title=title or self.name), height)

    def write_page(self, path: str | os.PathLike, title: str | None = None) -> Path:
        """Write graph.html (offline, UTF-8, atomic)."""
        return self.page(title).save(path)

    def export(
        self, path: str | os.PathLike, fmt: str | None = None, *, aggregate: bool = False
    ) -> list[Path]:
        """Write GraphML, GEXF, CSV (two tables), Turtle, N-Triples, TriG or JSON-LD.

        ``fmt`` defaults to the file's suffix (.graphml .gexf .csv .ttl .nt .trig .jsonld).
        """
        from .export import export_graph

        return export_graph(self.rdf, fmt or _format_of(path), path, aggregate=aggregate)

    def __repr__(self) -> str:
        from .network import event_id

        roles = sum(1 for e in self.events if e.get("event_type") == "ROLE")
        events = len({event_id(e) for e in self.events if e.get("event_type") != "ROLE"})
        return f"EventGraph({self.name!r}: {events} events, {roles} roles, {len(self.rdf)} triples)"


_SUFFIX_FORMATS = {
    ".graphml": "graphml",
    ".gexf": "gexf",
    ".csv": "csv",
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".trig": "trig",
    ".jsonld": "jsonld",
}


def _format_of(path: str | os.PathLike) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIX_FORMATS:
        known = " ".join(_SUFFIX_FORMATS)
        raise OutputError(
            f"cannot tell the format from {suffix or 'no suffix'!r}: use {known}", path=str(path)
        )
    return _SUFFIX_FORMATS[suffix]
