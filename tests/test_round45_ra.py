"""Session 45, helper ra: exact savings of the per-sentence extraction (same output, less work).

Each test checks that the shorter way answers as the longer one did, on sentences written
for the test."""

from __future__ import annotations

from kg.dates import DateTracker
from kg.extract import _Dates
from kg.sentences import split_sentences

_STORY = (
    "美国财政部11月4日宣布制裁。次日,朝方发表谈话。2019年,双方在上月底签署协议。"
    "本周三,两国外长会晤。三天后,联合国表示关切。当天,日本表示支持。"
)


def _all_scanned(date: str | None, texts: list[str]) -> list[list]:
    tracker = DateTracker(date)
    return [tracker.scan(t) for t in texts]


def test_advance_moves_the_anchor_as_a_scan_does() -> None:
    texts = [s.text for s in split_sentences(_STORY)]
    scanned = DateTracker("2025-11-08")
    advanced = DateTracker("2025-11-08")
    for text in texts:
        scanned.scan(text)
        advanced.advance(text)
        assert advanced.anchor == scanned.anchor
        assert advanced._context == scanned._context


def test_dates_read_up_to_a_sentence_are_those_of_reading_them_all() -> None:
    sentences = split_sentences(_STORY)
    every = _all_scanned("2025-11-08", [s.text for s in sentences])
    for asked in ([1, 3, 5], [0, 1, 2, 3, 4, 5], [5], [2, 2, 4]):
        dates = _Dates("2025-11-08", sentences)
        for index in asked:
            assert dates.of(sentences[index]) == every[index]
