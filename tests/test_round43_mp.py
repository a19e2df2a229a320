"""The learned event score (kg/event_filter.py, ontology/learned/event_filter.tsv): features
of an event, the model file, retraining, and what the model changes in the output.

Sentences are written for these tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from sentences import article

from kg.event_filter import (
    FilterModel,
    article_features,
    event_features,
    load_filter,
    score_events,
)
from kg.extract import extract_article

ROOT = Path(__file__).resolve().parent.parent
SANCTION = "日本外务省10日宣布对俄罗斯实施制裁。"


def _trainer():
    spec = importlib.util.spec_from_file_location(
        "train_event_filter", ROOT / "tools" / "train_event_filter.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_event_filter"] = module
    spec.loader.exec_module(module)
    return module


def test_features_of_a_written_sentence() -> None:
    (event,) = extract_article(article(SANCTION)).events
    feats = event_features(event)
    for name in (
        "type=SANCTION",
        "trig=制裁",
        "frame=to",  # 对俄罗斯: the target after the preposition
        "o_before=对",
        "stype=Organization",
        "otype=Country",
        "status=asserted",
        "date=text",
        "o_clause=0",
    ):
        assert name in feats, name
    (with_article,) = article_features([event])
    assert with_article[-2:] == ["records=1", "key_sents=1"]


def test_the_article_tells_how_often_a_key_is_reported() -> None:
    text = "俄罗斯指责北约挑衅。俄罗斯11日再次指责北约。"
    events = extract_article(article(text)).events
    feats = article_features(events)
    assert {e.object.actor.label for e in events} == {"北约"}
    assert all("records=1" not in f for f in feats)


def test_the_model_file_parses() -> None:
    path = ROOT / "ontology" / "learned" / "event_filter.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if line and not line.startswith("#")]
    assert body[0] == "feature\tweight"
    for line in body[1:]:
        name, weight = line.split("\t")
        assert name and float(weight) == float(weight)
    model = load_filter()
    assert model is not None
    assert 0.0 <= model.threshold < 1.0
    assert len(model.weights) == len(body) - 3  # (header, threshold, bias)
    assert model.weights["records=1"] < 0 < model.weights["records=4"]


def test_a_model_reads_back_as_written() -> None:
    model = FilterModel.parse(["# note", "feature\tweight", "threshold\t0.4", "bias\t1", "a\t-2"])
    assert (model.threshold, model.bias, model.weights) == (0.4, 1.0, {"a": -2.0})
    assert model.probability(["a", "unknown"]) == pytest.approx(1 / (1 + 2.718281828459045))


def test_retraining_is_byte_for_byte_on_a_small_gold(tmp_path) -> None:
    """The whole retraining takes longer than a test may (half a minute): the same steps on
    dev alone, twice, give the same file, and the file scores as the trainer does."""
    trainer = _trainer()
    (dev,) = trainer.load_sets(("eval/dev.gold.jsonl",))
    assert load_filter() is not None  # (the loader switched the model off only while reading)
    assert len(dev.features) == len(dev.labels) > 100
    assert 0 < sum(dev.labels) < len(dev.labels)
    texts = []
    for run in range(2):
        weights, bias = trainer.train_on([dev], 10.0)
        choice = trainer.Choice(10.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        texts.append(trainer.write_model(weights, bias, choice, tmp_path / f"m{run}.tsv"))
    assert texts[0] == texts[1]
    model = FilterModel.parse(texts[0].splitlines())
    expected = trainer.predict(weights, bias, dev.features[:20])
    got = [model.probability(f) for f in dev.features[:20]]
    assert got == pytest.approx(list(expected), abs=1e-3)  # (weights written to 4 decimals)


def test_the_model_gives_the_confidence(monkeypatch) -> None:
    """With the model on (the default) an event's confidence is its probability; with
    KG_NO_EVENT_FILTER the hand-set one of confidence.tsv."""
    (scored,) = extract_article(article(SANCTION)).events
    monkeypatch.setenv("KG_NO_EVENT_FILTER", "1")
    load_filter.cache_clear()
    try:
        assert load_filter() is None
        (rules,) = extract_article(article(SANCTION)).events
    finally:
        monkeypatch.delenv("KG_NO_EVENT_FILTER")
        load_filter.cache_clear()
    model = load_filter()
    assert model is not None
    expected = round(model.probability(article_features([rules])[0]), 2)
    assert scored.confidence == expected == scored.to_json()["confidence"]
    assert rules.confidence != scored.confidence  # (0.75 by confidence.tsv; 0.92 learned)


def test_events_under_the_threshold_are_dropped() -> None:
    events = extract_article(
        article("印度空军轰炸克什米尔地区。伊朗外长在德黑兰会见阿曼外交大臣。")
    ).events
    assert {e.event_type for e in events} >= {"CONSULT"}
    strict = FilterModel({"type=CONSULT": -5.0}, bias=2.0, threshold=0.5)
    assert all(e.event_type != "CONSULT" for e in score_events(events, strict))
    lenient = FilterModel({}, bias=2.0, threshold=0.5)
    kept = score_events(events, lenient)
    assert len(kept) == len(events)
    assert {e.confidence for e in kept} == {0.88}  # logistic(2), two decimals
