"""Round 42, helper hn: a build's outputs do not depend on the order the workers' results
arrive in. Where two articles give an actor two countries (or a node two values of what a
record shows once), every record takes the least value (kg.graph.records_from_rows), so a
1-worker, 2-worker, store or store-read build writes the same bytes whatever the order."""

from __future__ import annotations

import itertools
import json

import pytest

from kg import workers
from kg.graph import (
    _ACTORS,
    _ARTICLES,
    _EVENT_CLASSES,
    _KGO,
    _NODE,
    _REPORTS,
    _in_content_order,
    events_from_graph,
    records_from_rows,
)
from kg.pipeline import OUTPUTS, build
from kg.store import open_store

#: sentences written for this test: an unlisted 洛佩斯 of Mexico and of Cuba, an unlisted
#: 穆罕默德 of Qatar and of Saudi Arabia
_ARTICLES_TEXT = {
    "a.txt": "墨西哥总统洛佩斯在记者会上批评厄瓜多尔政府。\n",
    "b.txt": "美国宣布制裁古巴国防部长洛佩斯。\n",
    "c.txt": "沙特外交大臣费萨尔会见卡塔尔首相穆罕默德。\n卡塔尔首相穆罕默德批评以色列。\n",
    "d.txt": "沙特王储穆罕默德谴责以色列。\n",
}


def _corpus(folder):
    folder.mkdir()
    for name, text in _ARTICLES_TEXT.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _arriving(monkeypatch, reverse: bool):
    """The results reach the build sorted by path, forwards or backwards, however many
    workers extract them."""
    real = workers.Extractor.map

    def arriving(self, paths):
        return iter(sorted(real(self, paths), key=lambda result: result.path, reverse=reverse))

    monkeypatch.setattr(workers.Extractor, "map", arriving)


def _files(out):
    return {name: (out / name).read_bytes() for name in OUTPUTS}


_MODES = {"one": {}, "two": {"workers": 2}, "store": {"store": "store"}}


def test_every_build_writes_the_same_files_whatever_order_the_results_arrive(tmp_path, monkeypatch):
    folder = _corpus(tmp_path / "articles")
    made = {}
    for (mode, kwargs), reverse in itertools.product(_MODES.items(), (False, True)):
        _arriving(monkeypatch, reverse)
        name = f"{mode}-{reverse}"
        if "store" in kwargs:
            kwargs = {"store": tmp_path / name / "store"}
        result = build([folder], tmp_path / name / "out", **kwargs)
        made[name] = (_files(tmp_path / name / "out"), json.dumps(result.counts))
    first = made["one-False"]
    for name, found in made.items():
        assert found[0] == first[0], name
        assert found[1] == first[1], name  # the counts, in the same order (a store's manifest)
    records = [json.loads(line) for line in first[0]["events.jsonl"].splitlines()]
    countries = {
        (side["key"], side["country"])
        for record in records
        for side in (record["subject"], record["object"])
        if side["key"] in ("洛佩斯", "穆罕默德")
    }
    assert countries == {("洛佩斯", "CUB"), ("穆罕默德", "QAT")}  # the least of each


def test_a_store_read_later_gives_the_builds_records(tmp_path, monkeypatch):
    """The rule needs nothing but the graph: the store's default graph, loaded in either
    order, gives the records the build wrote."""
    folder = _corpus(tmp_path / "articles")
    _arriving(monkeypatch, reverse=True)
    build([folder], tmp_path / "out", store=tmp_path / "store")
    with open_store(tmp_path / "store") as source:
        again = events_from_graph(source.store)
    written = (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in written] == json.loads(json.dumps(again))


_ID = "https://w3id.org/kg-events/id/"


def _rows():
    """The rows of a graph where an actor has two labels, keys and countries, an article two
    titles, an event two types and a report two sentences."""
    actor, article = _ID + "actor/X", _ID + "article/a"
    actors = [
        {"actor": actor, "label": label, "key": key, "class": _KGO + "Person", "country": c}
        for label, key, c in itertools.product(("乙", "甲"), ("X2", "X1"), ("MEX", "CUB"))
    ]
    actors = [dict(row, country=_ID + "actor/" + row["country"]) for row in actors]
    articles = [{"article": article, "file": "a.txt", "title": title} for title in ("题二", "题一")]
    classes = [
        {"event": _ID + "event/e", "class": _KGO + c} for c in ("Event", "Threaten", "Accuse")
    ]
    reports = [
        {
            "report": _ID + "report/r",
            "event": _ID + "event/e",
            "status": _KGO + "asserted",
            "actor": actor,
            "target": actor,
            "predicate": _KGO + "accuses",
            "article": article,
            "sentence": sentence,
            "sentence_start": "0",
        }
        for sentence in ("句二", "句一")
    ]
    return {_ACTORS: actors, _ARTICLES: articles, _EVENT_CLASSES: classes, _REPORTS: reports}


@pytest.mark.parametrize("reverse", [False, True])
def test_two_values_give_the_least_in_either_row_order(reverse):
    rows = _rows()

    def select(sparql):  # as events_from_graph's: a store's rows in the order it loaded
        found = rows.get(sparql, [])[:: -1 if reverse else 1]
        return _in_content_order(found, _NODE[sparql]) if sparql in _NODE else found

    records = records_from_rows(select)
    assert [r["sentence"] for r in records] == ["句一", "句二"]  # the report's two rows
    for record in records:
        assert record["subject"] == record["object"]
        assert record["subject"]["label"] == "乙"  # (U+4E59 before U+7532)
        assert (record["subject"]["key"], record["subject"]["country"]) == ("X1", "CUB")
        assert record["title"] == "题一"
        assert record["event_type"] == "ACCUSE"
