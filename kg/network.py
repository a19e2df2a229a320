"""Events as a multigraph: actors are nodes, events are directed edges.

This is the one place where records become a graph; the page (``views.py``) and the Gephi files
(``export.py``) only read the graph built here, so they show the same thing.

Records come as :class:`~kg.model.Event` / :class:`~kg.model.Role` objects or as plain dicts in
the JSON shape of ``Event.to_json()`` (so a graph can be rebuilt from ``events.jsonl`` or a
store); both go through one adapter, :func:`_record`, into one flat dict per event.

Attribute values are never ``None``: a missing text is ``""``, so that every attribute has one
type across the graph (GraphML and GEXF need that, and ``if data["date"]:`` works either way).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping
from datetime import date as _date
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .exceptions import OntologyError
from .ids import actor_key, digest, event_digest, post_digest, report_digest
from .model import Event, Role
from .resources import ontology_file

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "to_networkx",
    "merged_events",
    "network_of",
    "drawn_network",
    "Network",
    "event_id",
    "date_bounds",
    "polarity",
    "predicate_label",
    "event_type_label",
    "POLARITIES",
    "EVENT_FIELDS",
]

#: Colour classes of edges, from ``ontology/event_types.tsv``.
POLARITIES = ("cooperation", "neutral", "conflict")

#: The attributes of every per-event edge (aggregated edges: see :func:`to_networkx`).
EVENT_FIELDS = (
    "label",
    "predicate",
    "event_type",
    "cameo",
    "status",
    "polarity",
    "date",
    "date_from",
    "trigger",
    "sentence",
    "source",
    "url",
    "title",
    "confidence",
    "weight",
    "reports",
)

_ROLE_TYPE = "ROLE"
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def to_networkx(
    events: Iterable[Event | Mapping[str, Any]],
    roles: Iterable[Role | Mapping[str, Any]] = (),
    aggregate: bool = False,
) -> nx.MultiDiGraph:
    """Build the actor network: one node per actor key, one edge per event.

    Parameters
    ----------
    events, roles
        :class:`Event`/:class:`Role` records or dicts shaped like their ``to_json()``: one per
        *report* (a sentence stating an event). Reports of the same event (same actors, type,
        status and date; see ``kg/ids.py``) become one edge. Roles become ``holdsPost`` edges
        (person → organisation) of type ``ROLE``; they are not events, so they do not count
        in a node's ``n_events``.
    aggregate
        False: one edge per event, keyed by :func:`event_id`; ``weight`` is the number of
        articles that report it, ``reports`` the number of sentences; the other attributes
        are those of its first report in text order.
        True: one edge per (subject, object, predicate, status), ``weight`` = the sum of the
        events' weights, ``first_date``/``last_date``, and the reports themselves in
        ``events`` (plus ``sentences``/``sources``) so tooltips and the page can show each one.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes carry ``label`` (Chinese name), ``type``, ``country``, ``n_events``.

    Examples
    --------
    >>> record = {"subject": {"key": "USA", "label": "美国", "type": "Country"},
    ...           "object": {"key": "PRK", "label": "朝鲜", "type": "Country"},
    ...           "predicate": "sanctions", "event_type": "SANCTION", "status": "asserted",
    ...           "date": "2025-03", "sentence": "美国制裁朝鲜。", "source": "a.txt",
    ...           "sentence_start": 0}
    >>> later = dict(record, date="2025-05", sentence_start=40)
    >>> g = to_networkx([record, later], aggregate=True)
    >>> [(u, v, d["weight"], d["first_date"], d["last_date"]) for u, v, d in g.edges(data=True)]
    [('USA', 'PRK', 2, '2025-03', '2025-05')]
    >>> g.nodes["USA"]["label"], g.nodes["USA"]["n_events"]
    ('美国', 2)
    >>> again = dict(record, source="b.txt")  # the same event in another article
    >>> [d["weight"] for _, _, d in to_networkx([record, again]).edges(data=True)]
    [2]
    """
    return network_of(merged_events(events, roles), aggregate=aggregate)


def merged_events(
    events: Iterable[Event | Mapping[str, Any]], roles: Iterable[Role | Mapping[str, Any]] = ()
) -> list[dict[str, Any]]:
    """The events the reports state (one record per event, its reports in ``members``): what
    :func:`network_of` draws. A build draws the page and the Gephi files from the same
    records, so it makes them once (the ids are hashes of every report: 0.02 s for Terminus).
    """
    vocabulary = _vocabulary()
    return _merge_reports(_unique(_record(item, vocabulary) for item in chain(events, roles)))


def network_of(merged: list[dict[str, Any]], aggregate: bool = False) -> nx.MultiDiGraph:
    """:func:`to_networkx` of the records of :func:`merged_events` (left as they are)."""
    import networkx as nx

    return _filled(nx.MultiDiGraph(aggregate=aggregate), merged, aggregate)


def drawn_network(merged: list[dict[str, Any]], aggregate: bool = False) -> Network:
    """:func:`network_of` as a :class:`Network`: what a build draws the page and writes the
    Gephi files from, without importing networkx."""
    return _filled(Network(aggregate=aggregate), merged, aggregate)


def _filled(graph: Any, merged: list[dict[str, Any]], aggregate: bool) -> Any:
    """``graph`` (a networkx MultiDiGraph or a :class:`Network`) with the actors and the
    events of ``merged``: both are filled by the same calls, so they hold the same thing."""
    for record in merged:
        is_event = record["edge"]["event_type"] != _ROLE_TYPE
        _add_actor(graph, record["subject"], is_event)
        if record["object"]["key"] != record["subject"]["key"]:
            _add_actor(graph, record["object"], is_event)
    if aggregate:
        _add_aggregated_edges(graph, merged)
    else:
        for record in merged:
            graph.add_edge(
                record["subject"]["key"],
                record["object"]["key"],
                key=record["id"],
                **record["edge"],
            )
    return graph


def event_id(record: Event | Role | Mapping[str, Any]) -> str:
    """A stable id for the event a record reports: the same in every run and every article.

    The digest is the one of the event's RDF node (``kg.graph.event_iri``: actors, type,
    status and date; for an undated event also its article and sentence; actors sorted for
    symmetric types), so ``ev-<digest>`` in Gephi or on the page names the node
    ``kgid:event/<digest>`` of ``graph.ttl``. Roles get ``post-<digest>`` like
    ``kg.graph.post_iri``. A record with an ``id`` keeps it. Only fields of the JSON shape
    are used, so a graph rebuilt from ``events.jsonl`` keeps its edge ids.
    """
    data = _as_mapping(record)
    if data.get("id"):
        return str(data["id"])
    if data.get("event_type") == _ROLE_TYPE:
        return "post-" + post_digest(data)
    return "ev-" + event_digest(data)


def date_bounds(value: str | None) -> tuple[str, str] | None:
    """The first and last day of an ISO date or period (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).

    Partial dates are periods, so a time axis needs both ends; ``None`` for no or bad dates.

    >>> date_bounds("2024-02"), date_bounds("2025"), date_bounds("2025-02-30")
    (('2024-02-01', '2024-02-29'), ('2025-01-01', '2025-12-31'), None)
    """
    match = _DATE.fullmatch(value or "")
    if not match:
        return None
    year = int(match[1])
    months = (int(match[2]),) * 2 if match[2] else (1, 12)
    try:
        first = _date(year, months[0], int(match[3]) if match[3] else 1)
        last_day = int(match[3]) if match[3] else calendar.monthrange(year, months[1])[1]
        last = _date(year, months[1], last_day)
    except ValueError:
        return None
    return first.isoformat(), last.isoformat()


def polarity(event_type: str) -> str:
    """``cooperation``, ``neutral`` or ``conflict`` for an event type (neutral if unknown)."""
    return _polarity(_vocabulary(), event_type)


def event_type_label(event_type: str) -> str:
    """The Chinese name of an event type (制裁 for SANCTION), or the type itself."""
    row = _vocabulary().event_types.get(event_type)
    return row[1] if row and row[1] else event_type


def predicate_label(predicate: str) -> str:
    """The Chinese label of a predicate (制裁 for sanctions), or the predicate itself."""
    return _predicate_label(_vocabulary(), predicate)


# --- records -------------------------------------------------------------------------------


def _record(item: Event | Role | Mapping[str, Any], vocabulary: _Vocabulary) -> dict[str, Any]:
    """The one adapter: any accepted input → ``{"id", "subject", "object", "edge"}``."""
    data = _as_mapping(item)
    event_type = str(data.get("event_type") or "")
    is_role = event_type == _ROLE_TYPE
    predicate = str(data.get("predicate") or ("holdsPost" if is_role else ""))
    # A ROLE record's "title" is the post (国防部长), not an article title.
    trigger = _text(data.get("title") if is_role else data.get("trigger"))
    edge = {
        "label": trigger if is_role and trigger else _predicate_label(vocabulary, predicate),
        "predicate": predicate,
        "event_type": event_type,
        "cameo": _text(data.get("cameo")),
        "status": _text(data.get("status")) or "asserted",
        "polarity": "neutral" if is_role else _polarity(vocabulary, event_type),
        "date": _text(data.get("date")),
        "date_from": _text(data.get("date_from")) or "none",
        "trigger": trigger,
        "sentence": _text(data.get("sentence")),
        "source": _text(data.get("source")),
        "url": _text(data.get("url")),
        "title": "" if is_role else _text(data.get("title")),
        "confidence": float(data.get("confidence") or 0.0),
        "weight": 1,
        "reports": 1,
    }
    report = data.get("report") or (
        "post-" + post_digest(data) if is_role else "rep-" + report_digest(data)
    )
    return {
        "id": event_id(data),
        "report": str(report),
        "subject": _actor(data.get("subject") or {}),
        "object": _actor(data.get("object") or {}),
        "edge": edge,
    }


def _as_mapping(item: Event | Role | Mapping[str, Any]) -> Mapping[str, Any]:
    """Records become their JSON shape, so objects and stored dicts share every later step."""
    if isinstance(item, Event | Role):
        return item.to_json()
    if isinstance(item, Mapping):
        return item
    raise TypeError(f"expected an Event, Role or dict, got {type(item).__name__}")


def _actor(data: Mapping[str, Any]) -> dict[str, str]:
    key = actor_key(data)
    return {
        "key": key,
        "label": _text(data.get("canonical") or data.get("label")) or key,
        "type": _text(data.get("type")),
        "country": _text(data.get("country")),
    }


def _unique(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop repeats of the same report (the same record given twice), keeping text order."""
    seen: set[str] = set()
    kept = []
    for record in records:
        if record["report"] not in seen:
            seen.add(record["report"])
            kept.append(record)
    return kept


def _merge_reports(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per event, in the order of its first report: ``weight`` counts the distinct
    articles that report it, ``reports`` the sentences, ``members`` keeps every report."""
    events: dict[str, dict[str, Any]] = {}
    for report in reports:
        event = events.get(report["id"])
        if event is None:
            events[report["id"]] = event = dict(report, edge=dict(report["edge"]), members=[])
        event["members"].append(report)
    for event in events.values():
        members = event["members"]
        event["edge"]["weight"] = len({m["edge"]["source"] for m in members})
        event["edge"]["reports"] = len(members)
    return list(events.values())


def _text(value: Any) -> str:
    return "" if value is None else str(value)


# --- graph ---------------------------------------------------------------------------------


def _add_actor(graph: Any, actor: Mapping[str, str], is_event: bool) -> None:
    """Add or update a node; the first record to name an actor fixes its label and type."""
    key = actor["key"]
    if key not in graph:
        graph.add_node(
            key, label=actor["label"], type=actor["type"], country=actor["country"], n_events=0
        )
    if is_event:
        graph.nodes[key]["n_events"] += 1


def _add_aggregated_edges(graph: Any, records: list[dict[str, Any]]) -> None:
    groups: dict[tuple[str, str, str, str], list[dict[str, Any]]] = {}
    for record in records:
        edge = record["edge"]
        pair = (record["subject"]["key"], record["object"]["key"])
        groups.setdefault((*pair, edge["predicate"], edge["status"]), []).append(record)
    for (subject, obj, predicate, status), members in groups.items():
        key = "agg-" + digest((subject, obj, predicate, status))
        graph.add_edge(subject, obj, key=key, **_aggregate(members))


def _bounds(value: str) -> tuple[str, str]:
    """:func:`date_bounds` of a date known to be good (typed for the compiled build)."""
    return date_bounds(value) or ("", "")


def _aggregate(members: list[dict[str, Any]]) -> dict[str, Any]:
    """One bundle edge; the per-report dicts stay in ``events`` (with their event ids)."""
    events = [
        dict(report["edge"], id=event["id"]) for event in members for report in event["members"]
    ]
    first = events[0]
    dated = [e["date"] for e in events if date_bounds(e["date"])]
    return {
        **{
            name: first[name]
            for name in ("label", "predicate", "event_type", "cameo", "status", "polarity")
        },
        "weight": sum(event["edge"]["weight"] for event in members),
        "reports": len(events),
        "first_date": min(dated, key=lambda d: _bounds(d)[0], default=""),
        "last_date": max(dated, key=lambda d: _bounds(d)[1], default=""),
        "confidence": max(e["confidence"] for e in events),
        "triggers": _distinct(e["trigger"] for e in events),
        "sentences": _distinct(e["sentence"] for e in events),
        "sources": _distinct(e["source"] for e in events),
        "events": events,
    }


def _distinct(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


class Network:
    """The part of networkx's ``MultiDiGraph`` the page and the Gephi files read: nodes and
    keyed edges with their data, iterated in networkx's order (nodes as added; edges by
    source node, then target in the order it was first joined, then key as added).

    Why: importing networkx took 0.12-0.2 s of every ``kg build`` (a tenth of a Terminus
    build's time beside extraction), for a graph the build only adds to and reads back.
    :func:`to_networkx` and the API still give networkx graphs.
    """

    def __init__(self, **attributes: Any) -> None:
        self.graph: dict[str, Any] = dict(attributes)
        self._node: dict[Hashable, dict[str, Any]] = {}
        self._succ: dict[Hashable, dict[Hashable, dict[Hashable, dict[str, Any]]]] = {}
        self.nodes = _Nodes(self._node)

    def __contains__(self, node: object) -> bool:
        return node in self._node

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._node)

    def __len__(self) -> int:
        return len(self._node)

    def add_node(self, node_for_adding: Hashable, **data: Any) -> None:
        """networkx's names for the arguments: no attribute name is taken by them."""
        if node_for_adding not in self._node:
            self._succ[node_for_adding] = {}
            self._node[node_for_adding] = {}
        self._node[node_for_adding].update(data)

    def add_edge(
        self, u_for_edge: Hashable, v_for_edge: Hashable, key: Hashable, **data: Any
    ) -> None:
        for node in (u_for_edge, v_for_edge):
            if node not in self._node:
                self.add_node(node)
        self._succ[u_for_edge].setdefault(v_for_edge, {}).setdefault(key, {}).update(data)

    def edges(self, keys: bool = False, data: bool = False) -> Iterator[tuple]:
        """``(source, target)``, with the key and/or the data dict as asked, like networkx."""
        for source, targets in self._succ.items():
            for target, by_key in targets.items():
                for key, values in by_key.items():
                    yield (source, target, *((key,) if keys else ()), *((values,) if data else ()))


class _Nodes:
    """``Network.nodes``: iterated, looked up (``nodes[key]``) or called (``nodes(data=True)``)
    like networkx's node view."""

    def __init__(self, node: dict[Hashable, dict[str, Any]]) -> None:
        self._node = node

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._node)

    def __len__(self) -> int:
        return len(self._node)

    def __contains__(self, node: object) -> bool:
        return node in self._node

    def __getitem__(self, node: Hashable) -> dict[str, Any]:
        return self._node[node]

    def __call__(self, data: bool = False) -> Iterator[Any]:
        return iter(self._node.items()) if data else iter(self._node)


# --- ontology tables -----------------------------------------------------------------------


class _Vocabulary(NamedTuple):
    event_types: dict[str, tuple[str, str]]  # type → (polarity, label_zh)
    predicates: dict[str, str]  # predicate → label_zh


def _vocabulary() -> _Vocabulary:
    """The two tables, looked up once per graph rather than once per event."""
    return _Vocabulary(
        _event_types(ontology_file("event_types.tsv")), _predicates(ontology_file("predicates.tsv"))
    )


def _polarity(vocabulary: _Vocabulary, event_type: str) -> str:
    row = vocabulary.event_types.get(event_type)
    return row[0] if row else "neutral"


def _predicate_label(vocabulary: _Vocabulary, predicate: str) -> str:
    return vocabulary.predicates.get(predicate) or predicate


@lru_cache(maxsize=8)
def _event_types(path: Path) -> dict[str, tuple[str, str]]:
    """type → (polarity, label_zh); cached per path so ``KG_ONTOLOGY`` can still change it."""
    table = {}
    for row in _tsv_rows(path, min_columns=4):
        if row[3] not in POLARITIES:
            raise OntologyError(f"unknown polarity {row[3]!r} for {row[0]}", path=str(path))
        table[row[0]] = (row[3], row[5] if len(row) > 5 else "")
    return table


@lru_cache(maxsize=8)
def _predicates(path: Path) -> dict[str, str]:
    """predicate → label_zh."""
    return {row[0]: (row[4] if len(row) > 4 else "") for row in _tsv_rows(path, min_columns=2)}


def _tsv_rows(path: Path, min_columns: int) -> list[list[str]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise OntologyError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = [cell.strip() for cell in line.split("\t")]
        if len(row) < min_columns:
            raise OntologyError(f"line {number}: expected {min_columns} columns", path=str(path))
        rows.append(row)
    return rows
