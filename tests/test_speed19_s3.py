"""The speed pass of round 19 around extraction: each fast path gives the bytes (or the
answer) of the slow one it replaced, which is kept here as the reference."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg import export
from kg.network import merged_events, network_of

ROOT = Path(__file__).resolve().parents[1]

# --------------------------------------------------------------------------- GraphML, GEXF


def _graphml_reference(tables: export._Tables) -> bytes:
    """The GraphML document as networkx wrote it before (the writer kg's replaces)."""
    nodes, edges, _ = tables
    ids = {row["id"]: export._nmtoken(row["id"]) for row in nodes}
    flat = nx.MultiDiGraph()
    flat.add_nodes_from(
        (ids[row["id"]], {"key": row["id"], **export._without(row, ("id",))}) for row in nodes
    )
    flat.add_edges_from(
        (
            ids[row["source"]],
            ids[row["target"]],
            export._nmtoken(row["id"]),
            export._without(row, ("id", "source", "target")),
        )
        for row in edges
    )
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer, encoding="utf-8", named_key_ids=False)
    return buffer.getvalue()


def _gexf_reference(tables: export._Tables) -> bytes:
    """The GEXF document as lxml wrote it from a tree of elements before."""
    nodes, edges, intervals = tables
    root = etree.Element("gexf", nsmap={None: export.GEXF_NAMESPACE}, version="1.2")
    meta = etree.SubElement(root, "meta")
    etree.SubElement(meta, "creator").text = "kg"
    etree.SubElement(meta, "description").text = "Actors and the events between them"
    body = etree.SubElement(
        root, "graph", mode="dynamic", defaultedgetype="directed", timeformat="date"
    )
    node_ids = _attributes(body, "node", nodes, ("id", "label"))
    edge_ids = _attributes(body, "edge", edges, export._EDGE_RESERVED)
    node_spells = export._node_intervals(edges, intervals)
    node_list = etree.SubElement(body, "nodes", count=str(len(nodes)))
    for row in nodes:
        element = etree.SubElement(node_list, "node", id=row["id"], label=row["label"])
        _values(element, row, node_ids)
        _time(element, node_spells.get(row["id"], []))
    edge_list = etree.SubElement(body, "edges", count=str(len(edges)))
    for row in edges:
        element = etree.SubElement(
            edge_list,
            "edge",
            id=row["id"],
            source=row["source"],
            target=row["target"],
            label=row["label"],
            weight=repr(row["weight"]),
        )
        _values(element, row, edge_ids)
        _time(element, intervals[row["id"]])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _attributes(graph, kind, rows, reserved):
    block = etree.SubElement(graph, "attributes", mode="static", **{"class": kind})
    ids = {}
    for number, name in enumerate(export._columns(rows, reserved)):
        kind_of = type(next(row[name] for row in rows if name in row))
        ids[name] = str(number)
        etree.SubElement(
            block,
            "attribute",
            id=str(number),
            title=name,
            type=export._GEXF_TYPES.get(kind_of, "string"),
        )
    return ids


def _values(element, row, ids):
    present = [(ids[name], row[name]) for name in ids if name in row]
    if not present:
        return
    values = etree.SubElement(element, "attvalues")
    for attr_id, value in present:
        text = ("true" if value else "false") if isinstance(value, bool) else export._text(value)
        etree.SubElement(values, "attvalue", value=text, **{"for": attr_id})


def _time(element, intervals):
    if len(intervals) == 1:
        element.set("start", intervals[0][0])
        element.set("end", intervals[0][1])
    elif intervals:
        spells = etree.SubElement(element, "spells")
        for start, end in intervals:
            etree.SubElement(spells, "spell", start=start, end=end)


def _same_documents(graph: nx.MultiDiGraph) -> None:
    tables = export._tables(graph)
    assert export._graphml_document(tables) == _graphml_reference(tables)
    assert export._gexf_document(tables) == _gexf_reference(tables)


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:
    """The events and roles kg extracts from the articles of the gold sets."""
    from kg.pipeline import extract_corpus

    folders = {"seeds": ROOT / "seeds", "dev": ROOT / "eval" / "dev"}
    folders["terminus-dev"] = ROOT / "eval" / "terminus-dev"
    return {name: list(extract_corpus([folder]).records()) for name, folder in folders.items()}


def _network(records: list[dict], aggregate: bool = False) -> nx.MultiDiGraph:
    events = [r for r in records if r["event_type"] != "ROLE"]
    roles = [r for r in records if r["event_type"] == "ROLE"]
    return network_of(merged_events(events, roles), aggregate=aggregate)


@pytest.mark.parametrize("name", ["seeds", "dev", "terminus-dev"])
@pytest.mark.parametrize("aggregate", [False, True])
def test_gephi_documents_of_extracted_events_are_the_reference_bytes(
    records: dict[str, list[dict]], name: str, aggregate: bool
) -> None:
    graph = _network(records[name], aggregate)
    assert graph.number_of_edges() > 10
    _same_documents(graph)


def test_gephi_documents_of_an_empty_graph_are_the_reference_bytes() -> None:
    _same_documents(nx.MultiDiGraph())
    lonely = nx.MultiDiGraph()
    lonely.add_node("USA")  # a node with nothing but its id and label
    _same_documents(lonely)


def test_gephi_documents_escape_text_as_libxml2_does() -> None:
    graph = nx.MultiDiGraph()
    awkward = "a & b < c > d \"e\" 'f' \tg\nh\ri ]]> 中国 😀 &amp;"
    graph.add_node("A&B", label=awkward, type="Country", rank=3, known=True)
    graph.add_node("中国", label="中国", share=0.25, known=False)
    graph.add_node("has space", label="")
    graph.add_edge(
        "A&B",
        "中国",
        key='ev-"1"',
        label=awkward,
        predicate="sanctions",
        weight=2,
        date="2024-03",
        sentence=awkward,
        confidence=0.8,
        flag=True,
    )
    graph.add_edge("中国", "A&B", key="ev-2", events=[{"date": "2024-01-02"}, {"date": "2024-05"}])
    graph.add_edge("中国", "has space", key="ev-3", weight=1.5)
    _same_documents(graph)


def test_graphml_keeps_one_key_per_name_type_and_scope() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("X", label="x", n=1)
    graph.add_node("Y", label="y", n=2.5)  # _tables gives the column one type: float
    graph.add_edge("X", "Y", key="e1", n="text")  # same name, another scope and type
    _same_documents(graph)


def test_characters_xml_cannot_hold_are_dropped_once() -> None:
    dirty, clean = nx.MultiDiGraph(), nx.MultiDiGraph()
    for graph, mark in ((dirty, "\x01\ufffe"), (clean, "")):
        graph.add_node(f"A{mark}", label=f"美{mark}国", tags=[f"x{mark}", 2])
        graph.add_node("B", label=None, type=f"Country{mark}")
        graph.add_edge(f"A{mark}", "B", key=f"ev{mark}", label=f"制{mark}裁", note=f"n{mark}")
    assert export._tables(dirty) == export._tables(clean)
    _same_documents(dirty)
