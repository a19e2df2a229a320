"""The output stage's exact speed pass (round 33, helper sh): each fast path against the old
one on the dev articles, and a test that fails if the fast path is gone."""

from __future__ import annotations

import hashlib
from typing import Any

import pyoxigraph as ox
import pytest
from build_kind import patch_reaches

from kg import graph as kg_graph
from kg import pipeline
from kg.extract import extract_article
from kg.gazetteer import load_gazetteer
from kg.graph import (
    _K,
    PREFIX_IRIS,
    _parses_as_iri,
    _url,
    article_ntriples,
    ontology_ntriples,
)
from kg.ids import digest
from kg.memgraph import Answers, MemoryGraph, add_ntriples
from tests.data.dev_articles import dev_articles


@pytest.fixture(scope="module")
def dev_extracted() -> list[tuple[list, list, Any]]:
    """(events, roles, article) of each dev article."""
    gaz = load_gazetteer()
    found = []
    for article in dev_articles():
        extracted = extract_article(article, gaz)
        found.append((extracted.events, extracted.roles, article))
    return found


@pytest.fixture(scope="module")
def dev_graph(dev_extracted) -> Answers:
    """The in-memory graph of a build of the dev articles (as kg build makes it)."""
    graph = MemoryGraph()
    add_ntriples(graph, "", ontology_ntriples())
    for events, roles, article in dev_extracted:
        add_ntriples(graph, "", article_ntriples(events, roles, [article]))
    answers = graph.settle(pipeline._loaded_store)
    assert isinstance(answers, Answers)
    return answers


def _strict_turtle(data: bytes, lines: set[bytes], path) -> None:
    """The Turtle writer as it was: the sorted lines parsed with every IRI checked."""
    maybe_blank = pipeline._lines_holding(data, b"_:")
    lines.difference_update(maybe_blank)
    if maybe_blank:
        parsed = ox.parse(b"\n".join(maybe_blank) + b"\n", ox.RdfFormat.N_TRIPLES)
        renamed = ox.serialize(
            pipeline._canonical_blank_nodes(list(parsed)), format=ox.RdfFormat.N_TRIPLES
        )
        lines.update(renamed.splitlines())
    ordered = b"\n".join(sorted(lines)) + b"\n"
    with open(path, "wb") as handle:
        ox.serialize(
            ox.parse(ordered, ox.RdfFormat.N_TRIPLES),
            handle,
            ox.RdfFormat.TURTLE,
            prefixes=PREFIX_IRIS,
        )


def test_the_lenient_turtle_is_the_strict_one_on_the_dev_articles(dev_graph, tmp_path):
    pipeline._write_lines_as_turtle(dev_graph.data, set(dev_graph.lines), tmp_path / "new.ttl")
    _strict_turtle(dev_graph.data, set(dev_graph.lines), tmp_path / "old.ttl")
    new = (tmp_path / "new.ttl").read_bytes()
    assert new == (tmp_path / "old.ttl").read_bytes()
    assert new.count(b"\n") > 20_000


def test_the_turtle_writer_parses_lenient(monkeypatch, tmp_path):
    """The fast path itself: the graph's lines are not checked a second time."""
    seen = []
    parse = ox.parse

    def watched(*args, **kwargs):
        seen.append(kwargs.get("lenient", False))
        return parse(*args, **kwargs)

    monkeypatch.setattr(ox, "parse", watched)
    line = b'<https://w3id.org/kg-events/id/a> <https://w3id.org/kg-events/ontology#name> "x" .'
    pipeline._write_lines_as_turtle(line + b"\n", {line}, tmp_path / "g.ttl")
    assert seen == [True]
    assert (tmp_path / "g.ttl").read_bytes().endswith(b'kgid:a kgo:name "x" .\n')


@pytest.mark.parametrize(
    "url",
    ["http://a.example/%zz", "http://a.example:80x/", "http://[::1/x", "https://a.example/%E4%"],
)
def test_a_url_the_parser_refuses_is_kept_as_text(url):
    """_SAFE_URL let these through as IRIs: the build failed writing graph.ttl (and a store
    refused to load the article); the one IRI kg takes from its input is now checked."""
    assert not _parses_as_iri(url)
    assert _url(url) == f'"{url}"'


@pytest.mark.parametrize(
    "url", ["https://www.example.com/news/2024/01/a.html?id=3&x=%E4%B8%AD", "http://a.example/é"]
)
def test_a_well_formed_url_is_still_an_iri(url):
    assert _parses_as_iri(url)
    assert _url(f" {url} ") == f"<{url}>"


def test_an_article_with_a_broken_url_builds(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "url: http://a.example/%zz\ntitle: 测试\n\n"
        "美国总统拜登10月3日在华盛顿会见日本首相岸田文雄。\n",
        encoding="utf-8",
    )
    pipeline.build([folder], tmp_path / "out")
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert 'dcterms:source "http://a.example/%zz"' in turtle


# -- turning an article's events into N-Triples (kg.graph.article_ntriples)


def _old_quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')
    return '"' + escaped.replace("\r", "\\r") + '"'


def _old_digest(parts, size: int = 24) -> str:
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:size]


def test_the_triples_are_joined_as_each_was_formatted(dev_extracted):
    """The old join (a format per triple) of the same triples, on every dev article."""
    vocab = kg_graph._vocabulary(str(kg_graph.ontology_file("kg.ttl")))
    lines = 0
    for events, roles, article in dev_extracted:
        triples = kg_graph._collect(events, roles, [article], vocab)
        old = "".join(f"{s} {p} {o} .\n" for s, p, o in triples).encode("utf-8")
        assert article_ntriples(events, roles, [article]) == old
        lines += old.count(b"\n")
    assert lines > 10_000
    assert article_ntriples([]) == b""


def test_quoting_is_the_old_quoting_on_the_dev_texts(dev_extracted):
    texts = ['a"b', "a\\b", "a\nb", "a\rb", 'x\\"\n\r"\\', "", "普通"]
    for events, _roles, article in dev_extracted:
        texts.append(article.text)
        texts += [e.sentence.text for e in events] + [e.trigger for e in events]
    for text in texts:
        assert kg_graph._quoted(text) == _old_quoted(text)
        assert kg_graph._plain(text) == _old_quoted(text)
    assert kg_graph._plain(5) == '"5"'


class _Name(str):
    pass


@pytest.mark.parametrize(
    "parts",
    [
        ("event", "a", "b"),
        ["x"],
        ("a", None, 3, 2.5),
        ("", ""),
        (),
        (_Name("子"), "\x1f"),  # a str subclass: its text
    ],
)
def test_digest_is_the_old_digest(parts):
    assert digest(parts) == _old_digest(parts)
    assert digest(iter(parts)) == _old_digest(parts)  # a generator is read once
    assert digest(parts, size=16) == _old_digest(parts, 16)


def test_only_the_asked_properties_keep_whether_a_node_has_one():
    """The pair (node, property) is kept for the properties has_value is asked about."""
    triples = kg_graph._Triples()
    triples.add(("<a>", kg_graph._LABEL, '"x"'))
    triples.add_all("<b>", ((kg_graph._TITLE, '"t"'), (_K.actor, "<c>")))
    triples.extend([("<d>", _K.file, '"f"'), ("<d>", _K.key, '"k"')])
    assert triples._valued == {
        ("<a>", kg_graph._LABEL),
        ("<b>", kg_graph._TITLE),
        ("<d>", _K.file),
    }
    assert triples.has_value("<a>", kg_graph._LABEL)
    assert not triples.has_value("<b>", kg_graph._LABEL)
    with pytest.raises(ValueError):
        triples.has_value("<b>", _K.actor)
    assert list(triples) == [
        ("<a>", kg_graph._LABEL, '"x"'),
        ("<b>", kg_graph._TITLE, '"t"'),
        ("<b>", _K.actor, "<c>"),
        ("<d>", _K.file, '"f"'),
        ("<d>", _K.key, '"k"'),
    ]


def test_the_kept_terms_are_the_made_ones():
    for name, term in vars(_K).items():
        assert term == kg_graph._kgo(name)
    assert kg_graph._actor_class("Country") == kg_graph._kgo("Country")
    assert kg_graph._actor_class("Spaceship") == kg_graph._kgo("Actor")


def test_the_cached_values_are_the_made_ones():
    assert kg_graph._decimal(1) == '"1"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    assert kg_graph._decimal(1.0) == '"1.0"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    assert kg_graph._decimal(1) != kg_graph._decimal(1.0)  # typed: not one entry
    for date in ("2024", "2024-13", "2024-02", "2024-02-30", "2024-02-29", "昨天"):
        assert kg_graph._date(date) == kg_graph._date.__wrapped__(date)
    assert kg_graph._actor_ref("美 国") == kg_graph._actor_ref.__wrapped__("美 国")


# -- the graph of a build in memory (kg.memgraph) and the Gephi files (kg.export)


def test_the_lines_are_the_old_ones_and_the_newlines_counted_once(dev_extracted, monkeypatch):
    from kg import memgraph

    counted = []
    real = memgraph._spelled_as_stored

    def watched(data, ontology, newlines=None):
        counted.append((newlines, data.count(b"\n")))
        return real(data, ontology, newlines)

    monkeypatch.setattr(memgraph, "_spelled_as_stored", watched)
    graph = MemoryGraph()
    add_ntriples(graph, "", ontology_ntriples())
    for events, roles, article in dev_extracted:
        add_ntriples(graph, "", article_ntriples(events, roles, [article]))
    answers = graph.settle(pipeline._loaded_store)
    assert isinstance(answers, Answers)
    if patch_reaches(memgraph):  # (a compiled memgraph calls its own function)
        assert counted == [(counted[0][1], counted[0][1])]  # given, and right
    old = set(answers.data.splitlines())
    old.discard(b"")
    assert answers.lines == old
    assert memgraph._spelled_as_stored(answers.data, graph.parts[0])  # (counting itself)


def test_unify_keeps_strings_and_fills_the_missing():
    from kg.export import _unify

    class Text(str):
        pass

    rows = [{"id": "a", "x": Text("t")}, {"id": "b"}, {"id": "c", "x": "u"}]
    _unify(rows, ("id",))
    assert rows == [{"id": "a", "x": "t"}, {"id": "b", "x": ""}, {"id": "c", "x": "u"}]
    assert type(rows[0]["x"]) is str


def test_graphml_keys_are_numbered_as_first_seen():
    from kg.export import _graphml_data

    keys: dict = {}
    first = _graphml_data({"a": "x&y", "n": 3, "b": True}, "node", keys)
    second = _graphml_data({"n": 4, "a": "z", "f": 1.5}, "node", keys)
    assert keys == {
        ("a", "string", "node"): "d0",
        ("n", "long", "node"): "d1",
        ("b", "boolean", "node"): "d2",
        ("f", "double", "node"): "d3",
    }
    assert first == (
        '  <data key="d0">x&amp;y</data>\n  <data key="d1">3</data>\n  <data key="d2">True</data>\n'
    )
    assert second.endswith('  <data key="d3">1.5</data>\n')


def test_events_jsonl_is_each_record_dumped(dev_graph, tmp_path):
    import json

    records = dev_graph.records()
    records.append({"note": "a\u2028b\ud7ff", "n": 1.5, "ok": None, "list": [1, "二"]})
    pipeline.write_events_jsonl(records, tmp_path / "events.jsonl")
    old = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    assert (tmp_path / "events.jsonl").read_bytes() == old.encode("utf-8")
    assert len(records) > 500
