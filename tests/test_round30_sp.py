"""A one-process build in memory answers from its N-Triples, without a store (kg/memgraph.py).

The outputs and counts must be those the in-memory store gave, byte for byte: each build here
is compared with the same build forced through the store (``MemoryGraph.settle`` loading it,
as every build did before). The store's spelling of the literals kg writes is pinned too,
since the Turtle file is now made of kg's own lines.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from build_kind import pure_only

from kg import pipeline, workers
from kg.graph import _date, _decimal, _integer, _quoted, events_from_graph, ontology_ntriples
from kg.memgraph import Answers, MemoryGraph, add_ntriples
from kg.pipeline import OUTPUTS, build, graph_counts

ROOT = Path(__file__).resolve().parent.parent
_XSD = "http://www.w3.org/2001/XMLSchema#"


def _dumped(lines: list[str]) -> list[bytes]:
    """The lines as the in-memory store dumps them, in the order given."""
    store = ox.Store()
    out = []
    for line in lines:
        store.clear()
        store.load(line.encode() + b"\n", ox.RdfFormat.N_TRIPLES)
        out.append(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))
    return [o.rstrip(b"\n") for o in out]


def _corpus(folder: Path) -> Path:
    """Two seed articles, an article without events, an unreadable file."""
    folder.mkdir()
    for path in sorted((ROOT / "seeds").iterdir()):
        shutil.copy(path, folder / path.name)
    (folder / "quiet.txt").write_text("今天天气很好，我们去公园散步。\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe")
    return folder


def _both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: Path, **kwargs):
    """The build of ``folder`` as it is now, and the same build through the store; which way
    the first went."""
    settled = []
    real = MemoryGraph.settle

    def watched(self, load):
        found = real(self, load)
        settled.append(type(found).__name__)
        return found

    monkeypatch.setattr(MemoryGraph, "settle", watched)
    now = build([folder], tmp_path / "now", **kwargs)
    monkeypatch.setattr(MemoryGraph, "settle", lambda self, load: load(self.parts))
    stored = build([folder], tmp_path / "stored", **kwargs)
    return now, stored, settled


def _same_outputs(tmp_path: Path) -> None:
    for name in OUTPUTS:
        assert (tmp_path / "now" / name).read_bytes() == (
            tmp_path / "stored" / name
        ).read_bytes(), name


@pure_only("memgraph")  # patches the methods of memgraph's classes, native when compiled
def test_a_build_in_memory_answers_without_the_store_and_writes_the_same_files(
    tmp_path, monkeypatch
):
    folder = _corpus(tmp_path / "articles")
    now, stored, settled = _both(tmp_path, monkeypatch, folder)
    assert settled == ["Answers"]  # the new way was taken, and gave what the store gave
    _same_outputs(tmp_path)
    assert now.counts == stored.counts
    assert now.summary().replace("now", "stored") == stored.summary()
    assert [s.path for s in now.skipped] == [str(folder / "broken.txt")]
    assert now.counts["events"] > 0


@pure_only("memgraph")  # patches the methods of memgraph's classes, native when compiled
def test_a_tab_in_an_articles_triples_is_answered_by_the_store(tmp_path, monkeypatch):
    """The store writes a tab as \\t, kg as it is (the reader leaves none in an article's
    text, but a field may hold one): the lines would sort apart, so the store answers."""
    folder = _corpus(tmp_path / "articles")
    extract = workers.extract_file

    def with_a_tab(path: str) -> workers.ArticleResult:
        result = extract(path)
        if not result.graph:
            return result
        tab = f'<{result.graph}> <http://purl.org/dc/terms/creator> "甲\t乙" .\n'.encode()
        return dataclasses.replace(result, ntriples=result.ntriples + tab)

    monkeypatch.setattr(workers, "extract_file", with_a_tab)
    now, stored, settled = _both(tmp_path, monkeypatch, folder)
    assert settled == ["Store"]
    _same_outputs(tmp_path)
    assert now.counts == stored.counts
    assert b"\\t" in (tmp_path / "now" / "graph.ttl").read_bytes()


@pure_only("memgraph")  # patches the methods of memgraph's classes, native when compiled
def test_other_builds_keep_the_store(tmp_path, monkeypatch):
    """A store folder loads the store as before (the new way never runs). (Two workers
    answer in memory too since round 42: tests/test_round42_ht.py.)"""
    folder = _corpus(tmp_path / "articles")
    calls = []
    monkeypatch.setattr(MemoryGraph, "settle", lambda self, load: calls.append(1))
    for kwargs in ({"store": tmp_path / "store"},):
        build([folder], tmp_path / "out", **kwargs)
        assert not calls, kwargs


# -- the graph, given as N-Triples: Answers against the store


def _parts(*articles: str) -> list[bytes]:
    return [ontology_ntriples(), *(a.encode() for a in articles)]


def _settled(parts: list[bytes]):
    graph = MemoryGraph()
    for part in parts:
        add_ntriples(graph, "", part)
    return graph.settle(pipeline._loaded_store)


def _compare(parts: list[bytes]) -> None:
    """Answers give the store's records, counts and Turtle file."""
    answers = _settled(parts)
    assert isinstance(answers, Answers)
    store = pipeline._loaded_store(parts)
    assert answers.records() == events_from_graph(store)
    assert graph_counts(answers, {}) == graph_counts(store, {})


_K = "https://w3id.org/kg-events/ontology#"
_ID = "https://w3id.org/kg-events/id/"
_T = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_L = "http://www.w3.org/2000/01/rdf-schema#label"


def _event(n: int, article: str, actor: str = "USA", extra: str = "") -> str:
    e, r = f"<{_ID}event/e{n}>", f"<{_ID}report/r{n}>"
    a = f"<{_ID}article/{article}>"
    return (
        f"{e} <{_T}> <{_K}Event> .\n{e} <{_T}> <{_K}Sanction> .\n"
        f"{e} <{_K}status> <{_K}asserted> .\n{e} <{_K}report> {r} .\n{e} <{_K}source> {a} .\n"
        f"{r} <{_K}reportedActor> <{_ID}actor/{actor}> .\n"
        f"{r} <{_K}reportedTarget> <{_ID}actor/PRK> .\n"
        f"{r} <{_K}predicate> <{_K}sanctions> .\n{r} <{_K}source> {a} .\n"
        f'{r} <{_K}sentence> "美国制裁朝鲜\\n。\\"引\\"" .\n'
        f'{r} <{_K}sentenceStart> "{n}"^^<{_XSD}integer> .\n'
        f'{r} <{_K}confidence> "0.75"^^<{_XSD}decimal> .\n'
        f'{r} <{_K}date> "2025-03"^^<{_XSD}gYearMonth> .\n'
        f'{a} <{_T}> <{_K}Article> .\n{a} <{_K}file> "{article}.txt" .\n' + extra
    )


def _actor(key: str, label: str, kind: str = "Country") -> str:
    node = f"<{_ID}actor/{key}>"
    return (
        f"{node} <{_T}> <{_K}Actor> .\n{node} <{_T}> <{_K}{kind}> .\n"
        f'{node} <{_L}> "{label}"@zh .\n{node} <{_K}key> "{key}" .\n'
    )


def test_answers_are_the_stores_for_events_merged_across_articles():
    usa, prk = _actor("USA", "美国"), _actor("PRK", "朝鲜")
    # e1 reported by two articles: one event node, two sources (multi_source), the article
    # without events has its node only
    one = _event(1, "a1") + usa + prk
    two = _event(1, "a2").replace("report/r1", "report/r2") + usa + prk + _event(3, "a2")
    quiet = f'<{_ID}article/a3> <{_T}> <{_K}Article> .\n<{_ID}article/a3> <{_K}file> "a3" .\n'
    _compare(_parts(one, two, quiet))
    _compare(_parts(quiet))  # no event at all


def test_an_actor_of_two_classes_is_answered_as_the_store_does():
    """The type is the first class in name order, whichever row comes first."""
    _compare(_parts(_event(1, "a1") + _actor("USA", "美国") + _actor("USA", "美国", "Group")))


@pytest.mark.parametrize(
    "twice",
    [
        _actor("USA", "美利坚"),  # a second label of one actor
        f'<{_ID}article/a1> <http://purl.org/dc/terms/title> "一" .\n'
        f'<{_ID}article/a1> <http://purl.org/dc/terms/title> "二" .\n',  # two titles
        f'<{_ID}report/r1> <{_K}trigger> "制裁" .\n<{_ID}report/r1> <{_K}trigger> "裁" .\n',
        f"<{_ID}event/e9> <{_K}report> <{_ID}report/r1> .\n"
        f"<{_ID}event/e9> <{_K}status> <{_K}negated> .\n",  # a report of two events
    ],
    ids=["label", "title", "trigger", "report"],
)
def test_what_depends_on_the_stores_row_order_is_left_to_the_store(twice):
    parts = _parts(_event(1, "a1") + _actor("USA", "美国"), twice)
    assert not isinstance(_settled(parts), Answers)


@pytest.mark.parametrize(
    "line",
    [
        f'<{_ID}report/r1> <{_K}confidence> "1.0"^^<{_XSD}decimal> .\n',  # the store: "1"
        f'<{_ID}report/r1> <{_K}sentence> "a\tb" .\n',  # the store: a\\tb
        f'<{_ID}report/r1> <{_K}sentence> "a\x7fb" .\n',
    ],
    ids=["decimal", "tab", "delete"],
)
def test_lines_the_store_would_spell_otherwise_are_left_to_the_store(line):
    assert not isinstance(_settled(_parts(_event(1, "a1"), line)), Answers)
    assert isinstance(_settled(_parts(_event(1, "a1"))), Answers)  # the near miss


@pytest.mark.parametrize(
    "line",
    [
        f'<http://a> <http://p> "01"^^<{_XSD}integer> .\n',
        '<http://a> <http://p> "5"^^<http://example.org/other> .\n',
    ],
    ids=["integer", "datatype"],
)
def test_every_typed_literal_of_the_ontology_is_looked_at(line):
    """Articles' typed literals are kg's own (integers, dates, decimals); the ontology's are
    whatever kg.ttl holds."""
    parts = _parts(_event(1, "a1"))
    parts[0] += line.encode()
    assert not isinstance(_settled(parts), Answers)
    parts[0] = (
        parts[0]
        .replace(b'"01"', b'"1"')
        .replace(b"http://example.org/other", _XSD.encode() + b"integer")
    )
    assert isinstance(_settled(parts), Answers)


# -- the store's spelling of what kg writes (what _spelled_as_stored relies on)


def test_the_store_spells_kgs_integers_and_dates_as_kg_does():
    lines = [f"<http://a> <http://p> {_integer(n)} ." for n in (0, 7, -3, 10**20, -(10**20))]
    lines += [f"<http://a> <http://p> {_date(f'{y:04d}')} ." for y in range(0, 10000, 7)]
    lines += [
        f"<http://a> <http://p> {_date(f'{y:04d}-{m:02d}')} ."
        for y in (1, 999, 2025)
        for m in range(1, 13)
    ]
    dates = ["0001-01-01", "1999-12-31", "2024-02-29", "2025-02-29", "２０２５", "٢٠٢٥-01"]
    lines += [f"<http://a> <http://p> {_date(d)} ." for d in dates]
    assert _dumped(lines) == [line.encode() for line in lines]


def test_the_store_spells_kgs_decimals_as_kg_does_but_whole_numbers():
    values = [0.05, 0.1, 0.5, 0.75, 0.8, 0.99, -0.25, 12.5]
    lines = [f"<http://a> <http://p> {_decimal(v)} ." for v in values]
    assert _dumped(lines) == [line.encode() for line in lines]
    whole = f"<http://a> <http://p> {_decimal(1.0)} ."
    assert _dumped([whole]) != [whole.encode()]  # hence the look at every decimal


def test_the_store_spells_kgs_strings_as_kg_does_but_control_characters():
    """Every character but the surrogates, 4,000 to a line."""
    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    plain = [
        c
        for c in chars
        if not (ord(c) < 0x20 or ord(c) == 0x7F or c in "\ufffe\uffff") or c in "\n\r"
    ]
    control = sorted(set(chars) - set(plain))
    lines = [
        f"<http://a> <http://p> {_quoted(''.join(plain[i : i + 4000]))} ."
        for i in range(0, len(plain), 4000)
    ]
    assert _dumped(lines) == [line.encode() for line in lines]
    for char in control:
        line = f"<http://a> <http://p> {_quoted('a' + char)} ."
        assert _dumped([line]) != [line.encode()], repr(char)
    for char in ("\t", "\x7f", "\ufffe", "\uffff"):  # what settle looks for, in a build
        line = f"<{_ID}report/r1> <{_K}sentence> {_quoted('a' + char)} .\n"
        assert not isinstance(_settled(_parts(_event(1, "a1"), line)), Answers), repr(char)
