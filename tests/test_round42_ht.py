"""Round 42, helper ht: a parallel build in memory answers from its N-Triples too, indexed
in the parent as the results come (kg.memgraph.IndexedGraph), and writes the files the
store gave, byte for byte."""

from __future__ import annotations

import dataclasses

import pytest
from build_kind import pure_only
from test_round30_sp import _ID, _K, _XSD, _actor, _corpus, _event, _parts, _settled

from kg import pipeline, workers
from kg.graph import _quoted, events_from_graph
from kg.memgraph import Answers, IndexedGraph, MemoryGraph, _part_spelled_as_stored
from kg.pipeline import OUTPUTS, build, graph_counts


def _indexed(parts: list[bytes]):
    graph = IndexedGraph()
    for part in parts:
        pipeline.index_ntriples(graph, "", part)
    return graph.settle(pipeline._loaded_store)


_TWICE = [
    _actor("USA", "美利坚"),
    f'<{_ID}article/a1> <http://purl.org/dc/terms/title> "一" .\n'
    f'<{_ID}article/a1> <http://purl.org/dc/terms/title> "二" .\n',
    f'<{_ID}report/r1> <{_K}trigger> "制裁" .\n<{_ID}report/r1> <{_K}trigger> "裁" .\n',
    f"<{_ID}event/e9> <{_K}report> <{_ID}report/r1> .\n"
    f"<{_ID}event/e9> <{_K}status> <{_K}negated> .\n",
    f'<{_ID}report/r1> <{_K}confidence> "1.0"^^<{_XSD}decimal> .\n',
    f'<{_ID}report/r1> <{_K}sentence> "a\tb" .\n',
    f'<{_ID}report/r1> <{_K}sentence> "a\x7fb" .\n',
    f"<{_ID}report/r1> <{_K}sentence> {_quoted('a' + chr(0xFFFE))} .\n",
    f"<{_ID}report/r1> <{_K}sentence> {_quoted('a' + chr(0xFFFF))} .\n",
    f"<{_ID}report/r1> <{_K}sentence> {_quoted('a' + chr(0xFFFD) + chr(0xFFE5))} .\n",
    f'<{_ID}report/r1> <{_K}sentence> "a\x1fb" .\n',
    "",
]


@pytest.mark.parametrize("extra", _TWICE)
def test_indexed_as_they_come_the_parts_answer_as_the_whole_does(extra):
    """Each case the one-process build answers, or leaves to the store, the parallel build
    answers or leaves alike; its answers are the same."""
    usa, prk = _actor("USA", "美国"), _actor("PRK", "朝鲜")
    one = _event(1, "a1") + usa + prk
    two = _event(1, "a2").replace("report/r1", "report/r2") + usa + prk + _event(3, "a2")
    for parts in (_parts(one, extra, two), _parts(one, two + extra), _parts(extra)):
        whole, indexed = _settled(parts), _indexed(parts)
        assert type(whole) is type(indexed)
        if isinstance(whole, Answers):
            assert (
                indexed.records()
                == whole.records()
                == events_from_graph(pipeline._loaded_store(parts))
            )
            assert graph_counts(indexed, {}) == graph_counts(whole, {})
            assert indexed.data == whole.data
            assert indexed.lines == whole.lines  # what the Turtle is written from


def test_a_typed_literal_of_the_ontology_is_looked_at_in_the_first_part_only():
    parts = _parts(_event(1, "a1"))
    parts[0] += f'<http://a> <http://p> "01"^^<{_XSD}integer> .\n'.encode()
    assert not isinstance(_indexed(parts), Answers)
    assert not _part_spelled_as_stored(parts[0], ontology=True)
    assert _part_spelled_as_stored(parts[0], ontology=False)  # an article's integer: kg's


def test_a_part_that_does_not_end_its_last_line_is_left_to_the_store():
    """Joined to the next part, its last line would not be one the store holds."""
    parts = _parts(_event(1, "a1"), _actor("USA", "美国").rstrip("\n"))
    assert not isinstance(_indexed(parts), Answers)
    assert isinstance(_indexed(_parts(_event(1, "a1"), _actor("USA", "美国"))), Answers)


def _builds(tmp_path, monkeypatch, folder):
    """The 2-worker build as it is now, the same through the store, and the 1-worker build;
    which way the first went."""
    settled = []
    real = IndexedGraph.settle

    def watched(self, load):
        found = real(self, load)
        settled.append(type(found).__name__)
        return found

    monkeypatch.setattr(IndexedGraph, "settle", watched)
    now = build([folder], tmp_path / "now", workers=2)
    monkeypatch.setattr(IndexedGraph, "settle", lambda self, load: load(self.parts))
    stored = build([folder], tmp_path / "stored", workers=2)
    one = build([folder], tmp_path / "one")
    for name in OUTPUTS:
        made = (tmp_path / "now" / name).read_bytes()
        assert made == (tmp_path / "stored" / name).read_bytes(), name
        assert made == (tmp_path / "one" / name).read_bytes(), name
    assert now.counts == stored.counts == one.counts
    return settled


@pure_only("memgraph")  # patches the methods of memgraph's classes, native when compiled
def test_a_parallel_build_in_memory_answers_without_the_store(tmp_path, monkeypatch):
    folder = _corpus(tmp_path / "articles")
    assert _builds(tmp_path, monkeypatch, folder) == ["Answers"]


_EXTRACT = workers.extract_file


def _with_a_tab(path: str) -> workers.ArticleResult:
    result = _EXTRACT(path)
    if not result.graph:
        return result
    tab = f'<{result.graph}> <http://purl.org/dc/terms/creator> "甲\t乙" .\n'.encode()
    return dataclasses.replace(result, ntriples=result.ntriples + tab)


@pure_only("memgraph")  # patches the methods of memgraph's classes, native when compiled
def test_a_tab_in_a_parallel_builds_triples_is_answered_by_the_store(tmp_path, monkeypatch):
    folder = _corpus(tmp_path / "articles")
    monkeypatch.setattr(workers, "extract_file", _with_a_tab)  # (sent to the workers by name)
    assert _builds(tmp_path, monkeypatch, folder) == ["Store"]
    assert b"\\t" in (tmp_path / "now" / "graph.ttl").read_bytes()


@pure_only("memgraph")  # patches the methods of memgraph's classes, native when compiled
def test_a_one_process_build_keeps_its_graph(tmp_path, monkeypatch):
    """Nothing to overlap there: the parts are indexed once, at the end (MemoryGraph)."""
    folder = _corpus(tmp_path / "articles")
    made = []
    monkeypatch.setattr(IndexedGraph, "__init__", lambda self: made.append(1))
    build([folder], tmp_path / "out")
    assert not made
    assert isinstance(MemoryGraph(), MemoryGraph)
