"""Round 35 (lead): the events read from a list of signatories are dated as every event is."""

from __future__ import annotations

from sentences import article

from kg.extract import extract_article


def test_signatories_keep_the_article_date_when_their_sentence_gives_none() -> None:
    text = "伊朗核协议签署国有伊朗、英国、法国和俄罗斯。"
    found = extract_article(article(text, date="2025-08-25")).events
    signed = [e for e in found if e.trigger.startswith("签署国")]
    assert {e.object.actor.label for e in signed} >= {"英国", "法国", "俄罗斯"}
    assert {(e.date, e.date_from) for e in signed} == {("2025-08-25", "article")}
