"""The event graph as files for Gephi and friends: GraphML, GEXF (with a timeline), CSV, RDF.

:func:`export_graph` is what ``kg export`` runs: it reads the events back from an RDF graph
(``graph.ttl``), builds the actor network (one edge per event, or one aggregated edge per
actor pair, predicate and status with ``weight`` = number of events and the first and last
date) and writes it; the RDF formats (Turtle, N-Triples, TriG, JSON-LD) are the graph itself.

All three go through one flattening step, :func:`_tables`, so they carry the same columns:
every attribute is a scalar of one type across all nodes (or all edges), lists are joined
with `` | ``, the per-event dicts of an aggregated edge are left out (their sentences and
sources are already joined columns), and text is stripped of characters XML cannot hold.

Gephi conventions kept here:

* a ``label`` on every node and edge and a numeric ``weight`` (double) on every edge;
* GraphML key ids are ``d0``, ``d1``… with the name in ``attr.name``, so Gephi maps
  ``label``/``weight`` by name and no key id collides with its reserved ``label``,
  ``weight``, ``x``, ``y`` handling; every edge has a unique ``id`` (the event id);
* the article an event comes from is the ``article`` column, because Gephi reads any column
  called ``source`` as the edge's source node;
* GEXF is version 1.2 in dynamic mode with ``timeformat="date"``: an edge lives over the
  days of its event date (a partial date ``2025-03`` is the whole month), so Gephi's timeline
  works; undated edges have no interval and are always shown.

Layout and colours are not written: Gephi computes its own, and the ``viz`` elements of the
GEXF 1.2 draft schema in use do not validate.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .exceptions import OutputError
from .fileio import atomic_write_bytes
from .network import date_bounds, to_networkx
from .regex_cache import compile_pattern

if TYPE_CHECKING:  # a build writes the Gephi files from a kg.network.Network
    import networkx as nx

__all__ = [
    "EXPORT_FORMATS",
    "NETWORK_FORMATS",
    "RDF_EXPORT_FORMATS",
    "export_graph",
    "export_bytes",
    "csv_paths",
    "network_from_graph",
    "graphml_bytes",
    "gexf_bytes",
    "write_graphml",
    "write_gexf",
    "write_gephi",
    "write_csv",
    "GEXF_NAMESPACE",
]

#: ``kg export --format`` names of the actor-network formats.
NETWORK_FORMATS = ("graphml", "gexf", "csv")
#: ``kg export --format`` names of the RDF formats → rdflib format names.
RDF_EXPORT_FORMATS = {"turtle": "turtle", "nt": "nt", "trig": "trig", "jsonld": "json-ld"}
EXPORT_FORMATS = (*NETWORK_FORMATS, *RDF_EXPORT_FORMATS)

GEXF_NAMESPACE = "http://www.gexf.net/1.2draft"

_JOIN = " | "
#: Names Gephi treats specially in imports, renamed so an attribute cannot be taken for them.
_RENAMES = {
    "source": "article",
    "sources": "articles",
    "target": "target_",
    "id": "id_",
    "timeset": "timeset_",
}
_EDGE_RESERVED = ("id", "source", "target", "label", "weight")
#: (the surrogates as the regex's escapes: mypyc takes no surrogate in a string literal)
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\\ud800-\\udfff\ufffe\uffff]")
_NMTOKEN = compile_pattern("[A-Za-z0-9._:\\-\u00b7\u4e00-\u9fa5]+", wide=True)
_NOT_NAME = compile_pattern("[^A-Za-z0-9._:\\-\u00b7\u4e00-\u9fa5]", wide=True)
_GEXF_TYPES = {bool: "boolean", int: "integer", float: "double", str: "string"}

_Row = dict[str, Any]


# --- kg export ------------------------------------------------------------------------------


def network_from_graph(rdf: Any, *, aggregate: bool = False) -> nx.MultiDiGraph:
    """The actor network of the events and posts stored in an RDF graph (see to_networkx)."""
    from .graph import events_from_graph

    return to_networkx(events_from_graph(rdf), aggregate=aggregate)


def export_bytes(rdf: Any, fmt: str, *, aggregate: bool = False) -> bytes:
    """One file's content in ``fmt`` (graphml, gexf, turtle, nt, trig, jsonld).

    CSV is two tables, so it has no one-file form: use :func:`export_graph` with a path.
    """
    if fmt in RDF_EXPORT_FORMATS:
        from .graph import serialize_graph

        return serialize_graph(rdf, RDF_EXPORT_FORMATS[fmt])
    if fmt == "graphml":
        return graphml_bytes(network_from_graph(rdf, aggregate=aggregate))
    if fmt == "gexf":
        return gexf_bytes(network_from_graph(rdf, aggregate=aggregate))
    if fmt == "csv":
        raise OutputError("csv writes two tables (nodes and edges): give a file name for them")
    raise OutputError(f"unknown export format {fmt!r} (use {', '.join(EXPORT_FORMATS)})")


def export_graph(
    rdf: Any, fmt: str, path: str | os.PathLike, *, aggregate: bool = False
) -> list[Path]:
    """Write ``rdf`` in ``fmt`` to ``path`` atomically; returns the files written.

    For csv, ``path`` names the pair of Gephi spreadsheet tables (see :func:`csv_paths`).
    """
    if fmt == "csv":
        nodes_path, edges_path = csv_paths(path)
        write_csv(network_from_graph(rdf, aggregate=aggregate), nodes_path, edges_path)
        return [nodes_path, edges_path]
    atomic_write_bytes(path, export_bytes(rdf, fmt, aggregate=aggregate))
    return [Path(path)]


def csv_paths(path: str | os.PathLike) -> tuple[Path, Path]:
    """The two tables one name stands for: ``gephi.csv`` → ``gephi.nodes.csv`` and
    ``gephi.edges.csv``; a folder → ``nodes.csv`` and ``edges.csv`` in it.

    >>> [p.name for p in csv_paths("out/gephi.csv")]
    ['gephi.nodes.csv', 'gephi.edges.csv']
    """
    path = Path(path)
    if path.is_dir():
        return path / "nodes.csv", path / "edges.csv"
    stem = path.name.removesuffix(".csv") if path.suffix.lower() == ".csv" else path.name
    return path.with_name(f"{stem}.nodes.csv"), path.with_name(f"{stem}.edges.csv")


# --- formats -------------------------------------------------------------------------------


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write GraphML that validates against graphml.xsd and opens in Gephi, networkx, igraph.

    GraphML ids must be XML name tokens; an actor key that is not one (spaces, ASCII
    punctuation) gets a safe id, and every node keeps its key in the ``key`` column.

    >>> import tempfile, pathlib
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("USA", "PRK", key="ev-1", label="制裁", weight=1)
    'ev-1'
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
    >>> write_graphml(g, out)
    >>> sorted(nx.read_graphml(out, force_multigraph=True).edges(keys=True))
    [('USA', 'PRK', 'ev-1')]
    """
    atomic_write_bytes(path, graphml_bytes(graph))


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The GraphML document of :func:`write_graphml`."""
    return _graphml_document(_tables(graph))


def write_gephi(
    graph: nx.MultiDiGraph, graphml: str | os.PathLike, gexf: str | os.PathLike
) -> None:
    """:func:`write_graphml` and :func:`write_gexf` of one graph, which flatten it into
    the same tables: flattened once for both (a build writes the two)."""
    tables = _tables(graph)
    atomic_write_bytes(graphml, _graphml_document(tables))
    atomic_write_bytes(gexf, _gexf_document(tables))


def _graphml_document(tables: _Tables) -> bytes:
    """The GraphML document networkx's ``write_graphml`` (its lxml writer, ``d0``, ``d1``…
    key ids) writes for the tables, written as text: the same bytes in a fifth of the time
    (networkx builds an element per node, edge and value and serialises each one).

    Like networkx: one key per (name, type, scope) in first-seen order, written last first;
    every node, then every edge, pretty-printed one element per line.
    """
    nodes, edges, _ = tables
    ids = {row["id"]: _nmtoken(row["id"]) for row in nodes}
    keys: dict[tuple[str, str, str], str] = {}
    node_rows = [(ids[row["id"]], {"key": row["id"], **_without(row, ("id",))}) for row in nodes]
    edge_rows = [
        (
            ids[row["source"]],
            ids[row["target"]],
            _nmtoken(row["id"]),
            _without(row, ("id", "source", "target")),
        )
        for row in edges
    ]
    node_data = [_graphml_data(data, "node", keys) for _, data in node_rows]
    edge_data = [_graphml_data(data, "edge", keys) for *_, data in edge_rows]
    out = [_GRAPHML_HEAD]
    out.extend(
        f'<key id="{key}" for="{scope}" attr.name="{_xml_attr(name)}" attr.type="{kind}"/>\n'
        for (name, kind, scope), key in reversed(keys.items())
    )
    out.append('<graph edgedefault="directed">')
    for (node, _), data in zip(node_rows, node_data, strict=True):
        out.append(_graphml_element(f'<node id="{_xml_attr(node)}"', "node", data))
    for (source, target, key, _), data in zip(edge_rows, edge_data, strict=True):
        start = (
            f'<edge source="{_xml_attr(source)}" target="{_xml_attr(target)}" id="{_xml_attr(key)}"'
        )
        out.append(_graphml_element(start, "edge", data))
    out.append("</graph></graphml>")
    return "".join(out).encode("utf-8")


_GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns'
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
#: networkx's GraphML types of Python values (an int is a ``long``)
_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _graphml_data(row: _Row, scope: str, keys: dict[tuple[str, str, str], str]) -> str:
    """The ``<data>`` lines of one node or edge; new keys are added to ``keys``."""
    lines = []
    for name, value in row.items():
        kind = _GRAPHML_TYPES.get(type(value))
        if kind is None:
            raise OutputError(f"GraphML cannot hold a {type(value).__name__} ({name})")
        key = keys.get((name, kind, scope))
        if key is None:  # (the id is made only for a new key)
            key = keys[name, kind, scope] = f"d{len(keys)}"
        text = value if kind == "string" else str(value)
        lines.append(f'  <data key="{key}">{_xml_text(text)}</data>\n')
    return "".join(lines)


def _graphml_element(start: str, tag: str, data: str) -> str:
    return f"{start}>\n{data}</{tag}>\n" if data else f"{start}/>\n"


def _xml_text(text: str) -> str:
    """Text escaped as libxml2 writes a text node."""
    if _TEXT_SPECIAL.search(text) is None:
        return text
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _xml_attr(text: str) -> str:
    """Text escaped as libxml2 writes an attribute value (in double quotes)."""
    if _ATTR_SPECIAL.search(text) is None:
        return text
    return text.translate(_ATTR_ESCAPES)


_TEXT_SPECIAL = re.compile("[&<>\r]")
_ATTR_SPECIAL = re.compile('[&<>"\n\r\t]')
_ATTR_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\n": "&#10;",
        "\r": "&#13;",
        "\t": "&#9;",
    }
)


def write_gexf(graph: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write GEXF 1.2 (dynamic, ``timeformat="date"``) that validates against gexf.xsd."""
    atomic_write_bytes(path, gexf_bytes(graph))


def gexf_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The GEXF document of :func:`write_gexf`."""
    return _gexf_document(_tables(graph))


def _gexf_document(tables: _Tables) -> bytes:
    """The GEXF document, written as text: the bytes lxml wrote from a tree of elements
    (pretty-printed, two spaces a level), in a third of the time."""
    nodes, edges, intervals = tables
    out = [_GEXF_HEAD]
    node_ids = _gexf_attributes(out, "node", nodes, ("id", "label"))
    edge_ids = _gexf_attributes(out, "edge", edges, _EDGE_RESERVED)
    node_spells = _node_intervals(edges, intervals)
    out.append(_gexf_list("nodes", len(nodes)))
    for row in nodes:
        start = f'      <node id="{_xml_attr(row["id"])}" label="{_xml_attr(row["label"])}"'
        out.append(_gexf_item(start, "node", row, node_ids, node_spells.get(row["id"], [])))
    if nodes:
        out.append("    </nodes>\n")
    out.append(_gexf_list("edges", len(edges)))
    for row in edges:
        start = (
            f'      <edge id="{_xml_attr(row["id"])}" source="{_xml_attr(row["source"])}"'
            f' target="{_xml_attr(row["target"])}" label="{_xml_attr(row["label"])}"'
            f' weight="{row["weight"]!r}"'
        )
        out.append(_gexf_item(start, "edge", row, edge_ids, intervals[row["id"]]))
    if edges:
        out.append("    </edges>\n")
    out.append("  </graph>\n</gexf>\n")
    return "".join(out).encode("utf-8")


_GEXF_HEAD = (
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    f'<gexf xmlns="{GEXF_NAMESPACE}" version="1.2">\n'
    "  <meta>\n"
    "    <creator>kg</creator>\n"
    "    <description>Actors and the events between them</description>\n"
    "  </meta>\n"
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">\n'
)


def _gexf_list(tag: str, count: int) -> str:
    """The opening of ``<nodes>`` or ``<edges>`` (the whole element when empty)."""
    return f'    <{tag} count="{count}"' + (">\n" if count else "/>\n")


def write_csv(
    graph: nx.MultiDiGraph, nodes_path: str | os.PathLike, edges_path: str | os.PathLike
) -> None:
    """Write the node and edge tables of Gephi's spreadsheet import (UTF-8, no BOM).

    Nodes: ``Id,Label,…``; edges: ``Source,Target,Type,Id,Label,Weight,Start,End,…`` where
    Start/End are the first and last day of the event dates (empty when undated).
    """
    nodes, edges, intervals = _tables(graph)
    node_header = ["Id", "Label", *_columns(nodes, ("id", "label"))]
    node_rows = ([row["id"], row["label"], *_cells(row, node_header[2:])] for row in nodes)
    edge_header = [
        "Source",
        "Target",
        "Type",
        "Id",
        "Label",
        "Weight",
        "Start",
        "End",
        *_columns(edges, _EDGE_RESERVED),
    ]
    edge_rows = (
        [
            row["source"],
            row["target"],
            "Directed",
            row["id"],
            row["label"],
            row["weight"],
            *_span(intervals[row["id"]]),
            *_cells(row, edge_header[8:]),
        ]
        for row in edges
    )
    atomic_write_bytes(nodes_path, _csv_bytes(node_header, node_rows))
    atomic_write_bytes(edges_path, _csv_bytes(edge_header, edge_rows))


# --- flattening ----------------------------------------------------------------------------


class _Tables(NamedTuple):
    nodes: list[_Row]
    edges: list[_Row]
    intervals: dict[str, list[tuple[str, str]]]  # edge id → the days it exists


def _tables(graph: nx.MultiDiGraph) -> _Tables:
    """Node and edge rows with scalar values of one type per column (see module docstring).

    Edge ids are the graph's edge keys, made unique if a hand-built graph reuses a key for
    different actor pairs (networkx numbers parallel edges 0, 1… per pair).
    """
    nodes = [{"id": _clean(str(node)), **_flat(data)} for node, data in graph.nodes(data=True)]
    for row in nodes:
        row["label"] = str(row.get("label") or row["id"])
    edges: list[_Row] = []
    intervals: dict[str, list[tuple[str, str]]] = {}
    for source, target, key, data in graph.edges(keys=True, data=True):
        edge_id = _clean(str(key))
        if edge_id in intervals:
            edge_id = f"{edge_id}-{len(edges)}"
        row = _flat(data)
        row.update(
            id=edge_id,
            source=_clean(str(source)),
            target=_clean(str(target)),
            label=str(row.get("label") or data.get("predicate") or ""),
            weight=_number(data.get("weight", 1)),
        )
        edges.append(row)
        intervals[edge_id] = _edge_intervals(data)
    _unify(nodes, ("id",))
    _unify(edges, _EDGE_RESERVED)
    return _Tables(nodes, edges, intervals)


def _flat(data: Mapping[str, Any]) -> _Row:
    """Scalars kept, lists of scalars joined, anything nested (``events``) left out."""
    row: _Row = {}
    for name, value in data.items():
        name = _RENAMES.get(name, name)
        if isinstance(value, str):  # most values: tested first
            row[name] = _clean(value)
        elif isinstance(value, list | tuple | set | frozenset):
            if all(_is_scalar(item) for item in value):
                row[name] = _clean(_JOIN.join(_text(item) for item in value))
        elif _is_scalar(value):
            row[name] = value
    return row


def _unify(rows: list[_Row], fixed: Iterable[str]) -> None:
    """Give every column one type (bool, int, float or str).

    Missing text becomes ''; a missing number stays missing (GraphML and GEXF allow that,
    and 0 would be a false value). Text is clean already (:func:`_flat` cleans it, and a
    number or a truth value has no character to drop), so it is not cleaned again.
    """
    for name in _columns(rows, fixed):
        kind = _common_type(row.get(name) for row in rows)
        for row in rows:
            value = row.get(name)
            if kind is str:
                if type(value) is not str:  # (most are: they stay as they are)
                    row[name] = _text(value)
            elif value is None:
                row.pop(name, None)
            else:
                row[name] = kind(value)


def _common_type(values: Iterable[Any]) -> type:
    present = [value for value in values if value is not None]
    if not present or any(isinstance(value, str) for value in present):
        return str
    if all(isinstance(value, bool) for value in present):
        return bool
    if any(isinstance(value, bool) for value in present):
        return str
    return int if all(isinstance(value, int) for value in present) else float


def _columns(rows: list[_Row], skip: Iterable[str]) -> list[str]:
    """Column names in first-seen order, minus the ones a format writes itself."""
    skip = set(skip)
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(name for name in row if name not in skip))
    return list(names)


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 1.0


def _clean(text: str) -> str:
    """Drop control characters that XML 1.0 cannot hold (lxml refuses them)."""
    return _XML_ILLEGAL.sub("", text)


def _nmtoken(text: str) -> str:
    """``text`` if it is a name token every XML parser accepts, else a safe unique stand-in.

    Only ASCII name characters, the middle dot and the CJK ideographs of XML 1.0 (4th
    edition, which libxml2 follows) are kept, so Chinese keys stay as they are.
    """
    if _NMTOKEN.fullmatch(text):
        return text
    return _NOT_NAME.sub("_", text) + "-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def _without(row: _Row, names: Iterable[str]) -> _Row:
    return {name: value for name, value in row.items() if name not in names}


# --- time ----------------------------------------------------------------------------------


def _edge_intervals(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The days an edge exists: one interval per event date, merged; [] when undated."""
    events = data.get("events")
    if isinstance(events, list) and events:
        dates = [e.get("date") for e in events if isinstance(e, Mapping)]
    elif data.get("first_date"):
        first, last = date_bounds(data["first_date"]), date_bounds(data.get("last_date"))
        return [(first[0], (last or first)[1])] if first else []
    else:
        dates = [data.get("date")]
    return _merge([b for b in map(date_bounds, dates) if b])


def _node_intervals(
    edges: list[_Row], intervals: Mapping[str, list[tuple[str, str]]]
) -> dict[str, list[tuple[str, str]]]:
    """A node lives while any of its edges does; a node with an undated edge lives always."""
    spans: dict[str, list[tuple[str, str]]] = {}
    always: set[str] = set()
    for row in edges:
        for node in {row["source"], row["target"]}:
            if intervals[row["id"]]:
                spans.setdefault(node, []).extend(intervals[row["id"]])
            else:
                always.add(node)
    return {node: _merge(found) for node, found in spans.items() if node not in always}


def _merge(intervals: list[tuple[str, str]]) -> list[tuple[str, str]]:
    merged: list[tuple[str, str]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _span(intervals: list[tuple[str, str]]) -> tuple[str, str]:
    return (intervals[0][0], intervals[-1][1]) if intervals else ("", "")


# --- GEXF and CSV helpers ------------------------------------------------------------------


def _gexf_attributes(
    out: list[str], kind: str, rows: list[_Row], reserved: Iterable[str]
) -> dict[str, str]:
    """Declare the columns as typed GEXF attributes; returns column name → attribute id."""
    ids = {}
    lines = []
    for number, name in enumerate(_columns(rows, reserved)):
        kind_of = type(next(row[name] for row in rows if name in row))
        ids[name] = str(number)
        lines.append(
            f'      <attribute id="{number}" title="{_xml_attr(name)}"'
            f' type="{_GEXF_TYPES.get(kind_of, "string")}"/>\n'
        )
    start = f'    <attributes mode="static" class="{kind}"'
    out.append(f"{start}>\n{''.join(lines)}    </attributes>\n" if lines else f"{start}/>\n")
    return ids


def _gexf_item(
    start: str, tag: str, row: _Row, ids: Mapping[str, str], intervals: list[tuple[str, str]]
) -> str:
    """One ``<node>`` or ``<edge>``: its values, then its time (one interval as start/end
    attributes, several as spells, none for always)."""
    if len(intervals) == 1:
        start += f' start="{_xml_attr(intervals[0][0])}" end="{_xml_attr(intervals[0][1])}"'
    inner = []
    present = [(ids[name], row[name]) for name in ids if name in row]
    if present:
        inner.append("        <attvalues>\n")
        for attr_id, value in present:
            text = ("true" if value else "false") if isinstance(value, bool) else _text(value)
            inner.append(f'          <attvalue value="{_xml_attr(text)}" for="{attr_id}"/>\n')
        inner.append("        </attvalues>\n")
    if len(intervals) > 1:
        inner.append("        <spells>\n")
        inner.extend(
            f'          <spell start="{_xml_attr(s)}" end="{_xml_attr(e)}"/>\n'
            for s, e in intervals
        )
        inner.append("        </spells>\n")
    if not inner:
        return f"{start}/>\n"
    return f"{start}>\n{''.join(inner)}      </{tag}>\n"


def _cells(row: _Row, names: list[str]) -> list[Any]:
    return [row.get(name, "") for name in names]


def _csv_bytes(header: list[str], rows: Iterable[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")
