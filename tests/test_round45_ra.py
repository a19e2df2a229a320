"""Session 45, helper ra: exact savings of the per-sentence extraction (same output, less work).

Each test checks that the shorter way answers as the longer one did, on sentences written
for the test."""

from __future__ import annotations

from kg import actions
from kg.actors import find_actors, make_mention
from kg.dates import DateTracker
from kg.extract import _Dates
from kg.gazetteer import load_gazetteer
from kg.model import Actor
from kg.sentences import Clause, split_clauses, split_sentences

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


def _per_clause(text, clauses, index, pos, mentions):
    """speaker_in_sentence as it was: a search of each clause (the reference)."""
    real = actions._contiguous
    actions._contiguous = lambda clauses: False  # type: ignore[assignment]
    try:
        return actions._speaker_in_sentence(text, clauses, index, pos, mentions)
    finally:
        actions._contiguous = real  # type: ignore[assignment]


_SPOKEN = [
    "美国国务院发言人表示,中国应当停止施压,以回应日本的关切。",
    "日本外务省对此表示强烈不满,并指出,韩国的做法违反协议。",
    "俄罗斯总统普京说:乌克兰必须撤军,法国也认为如此。",
    "德国宣布两名俄罗斯外交官为不受欢迎的人,理由是他们从事间谍活动。",
    "英国首相在会见法国总统时称,两国将加强合作——这是共识。",
    "中方注意到,菲律宾举行了大选,对此表示祝贺。",
]


def test_one_search_finds_the_speaker_a_search_of_each_clause_finds() -> None:
    gaz = load_gazetteer()
    for text in _SPOKEN:
        sentence = split_sentences(text)[0]
        clauses = split_clauses(sentence)
        mentions = find_actors(text, sentence.start, sentence.end, gaz).mentions
        assert mentions and actions._contiguous(clauses)
        for pos in sorted({sentence.end, *(c.end for c in clauses), *(m.end for m in mentions)}):
            for index in range(len(clauses)):
                assert actions._speaker_in_sentence(
                    text, clauses, index, pos, mentions
                ) == _per_clause(text, clauses, index, pos, mentions), (text, pos, index)


def test_clauses_with_a_gap_are_searched_one_by_one() -> None:
    """A part before a semicolon joined to the next sentence may leave words between them:
    a verb there is in no clause, and is not found."""
    text = "美国表示关切；日本说,韩国宣布制裁。"
    usa = make_mention(Actor("USA", "美国", "Country"), "美国", 0, 2)
    japan = make_mention(Actor("JPN", "日本", "Country"), "日本", 7, 9)
    gapped = [Clause(0, 2), Clause(7, 10), Clause(10, len(text))]
    assert not actions._contiguous(gapped)
    assert actions._contiguous([Clause(0, 4)]) and not actions._contiguous([])
    # 表示 (at 2) stands in the gap: only 说 (at 9) is a statement verb of these clauses
    assert actions._speaker_in_sentence(text, gapped, 2, len(text), [usa, japan]) == japan
    whole = [Clause(0, 7), Clause(7, 10), Clause(10, len(text))]
    assert actions._contiguous(whole)
    assert actions._speaker_in_sentence(text, whole, 2, len(text), [usa, japan]) == japan
    assert actions._speaker_in_sentence(text, whole, 0, 6, [usa, japan]) == usa


def test_no_statement_verb_holds_a_clause_end_but_as_its_last_letter() -> None:
    assert actions._read_verbs_within_clauses()


_TRANSCRIPT = (
    "据新华社报道:局势仍然紧张。\n"
    "毛宁:中方注意到有关报道。我们敦促美方立即停止对台军售。\n"
    "郭嘉昆:我们坚决反对美国对中国企业实施制裁。"
)


def _sentence_of(text: str, opening: str):
    return next(s for s in split_sentences(text) if s.text.startswith(opening))


def test_a_colon_line_that_can_name_no_person_is_not_read_again(monkeypatch) -> None:
    """据新华社报道: opens no transcript line (no person can be found there), 毛宁: may."""
    from kg import extract
    from tests.data.sentences import article

    art = article(_TRANSCRIPT)
    ctx = extract._Context(art, load_gazetteer())
    ctx.sentences = split_sentences(art)
    ctx.starts = [s.start for s in ctx.sentences]
    ctx.ends = [s.end for s in ctx.sentences]
    assert not extract._may_name_a_person(ctx, _sentence_of(art.text, "据新华社报道"))
    assert extract._may_name_a_person(ctx, _sentence_of(art.text, "毛宁"))
    assert extract._may_name_a_person(ctx, _sentence_of(art.text, "郭嘉昆"))


def test_the_events_of_a_transcript_are_those_of_reading_every_colon_line(monkeypatch) -> None:
    from kg import extract
    from tests.data.sentences import article

    def described(result):
        return [
            (e.subject.actor.key, e.event_type, e.object.actor.key, e.status, e.sentence.index)
            for e in result.events
        ]

    gaz = load_gazetteer()
    skipped = extract.extract_article(article(_TRANSCRIPT), gaz)
    monkeypatch.setattr(extract, "_may_name_a_person", lambda ctx, sentence: True)
    every = extract.extract_article(article(_TRANSCRIPT), gaz)
    assert described(skipped) == described(every)
    assert described(skipped)  # the transcript's speakers act
