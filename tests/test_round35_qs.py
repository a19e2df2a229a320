"""Speed pass (round 35, qs) on the status of an act: a 就-phrase is looked for before the
trigger regex is asked whether the act is talks or an agreement (_agreed_topic_open,
_topic_of_talks). Where no 就 stands before the act, both answer "no topic" either way, and
the regex match at the act (the whole trigger alternation) is not made.

The old functions are kept here as they were; on every trigger of the dev articles' clauses
the new ones answer as they did, and the regex is shown not to be asked without a 就."""

from __future__ import annotations

import pytest
from build_kind import pure_only

from kg import actions
from kg.actions import (
    _CAUSE_OPEN,
    _CLOSES_TO_PHRASE,
    _LIGHT_VERB_REACH,
    _PUNCT,
    _REACHES_AGREEMENT,
    _SIDES,
    _TOPIC_LIST_GOES_ON,
    _agreed_topic_open,
    _cause_frame_open,
    _class_words,
    _negator_before,
    _real_coverb,
    _talks_or_agreement_at,
    _to_phrase_open,
    _topic_of_talks,
    find_triggers,
    trigger_for,
)
from kg.actors import find_actors
from kg.gazetteer import load_gazetteer
from kg.lexicon import trigger_pattern, words
from kg.model import SYMMETRIC_TYPES
from kg.sentences import split_clauses, split_sentences
from tests.data.dev_articles import dev_articles


def _old_agreed_topic_open(text, clauses, index, pos, mentions):
    """_agreed_topic_open as it was before this pass (the trigger regex asked first)."""
    if not _REACHES_AGREEMENT.match(text, pos) and not _talks_or_agreement_at(text, pos):
        return None
    ends = {m.end for m in mentions}
    for k in range(index, -1, -1):
        clause = clauses[k]
        at = text.rfind("就", clause.start, pos if k == index else clause.end)
        while at != -1:
            sides = at - _negator_before(text, clause.start, at)
            if sides in ends or text[clause.start : sides].endswith(_SIDES):
                return clause.start, at
            at = text.rfind("就", clause.start, at)
        opens = text[clauses[k].start : pos].lstrip()
        if k == 0 or not opens.startswith(_TOPIC_LIST_GOES_ON):
            return None
        if trigger_pattern().search(text, clauses[k - 1].start, clauses[k].start):
            return None
    return None


def _old_topic_of_talks(text, clauses, index, pos, end, mentions) -> bool:
    """_topic_of_talks as it was before this pass (the trigger regex asked first)."""
    if _talks_or_agreement_at(text, pos):
        return False
    clause = clauses[index]
    at = text.rfind("就", clause.start, pos)
    if at == -1:
        return False
    trig = trigger_for(text[pos:end])
    joint = trig is not None and trig.event_type in SYMMETRIC_TYPES
    if not joint and any(at < m.start < pos for m in mentions):
        return False
    ends = {m.end for m in mentions}
    if at not in ends and not text[clause.start : at].rstrip().endswith(_SIDES):
        return False
    stop = next((i for i in range(end, len(text)) if text[i] in "。；;!?！？"), len(text))
    closer = _class_words("topic_close").search(text, end, stop)
    return closer is not None and "就" not in text[end : closer.start()]


@pytest.fixture(scope="module")
def articles() -> list:
    return dev_articles(("fresh22", "fresh23"))


def _trigger_sites(articles):
    """(text, clauses, index, pos, end, mentions) at every trigger of every clause."""
    gaz = load_gazetteer()
    for article in articles:
        text = article.text
        for sentence in split_sentences(article):
            clauses = split_clauses(sentence)
            mentions = None
            for index, clause in enumerate(clauses):
                for pos, trig in find_triggers(text, clause.start, clause.end):
                    if mentions is None:
                        mentions = find_actors(text, sentence.start, sentence.end, gaz).mentions
                    word = trig if isinstance(trig, str) else trig.word
                    yield text, clauses, index, pos, pos + len(word), mentions


def test_topic_tests_answer_as_before(articles) -> None:
    """At every trigger of the dev articles' clauses, both functions answer as they did; both
    sides of the new test (a 就 before the act or none) and found topics are exercised."""
    sites = opened = talked = without = 0
    for text, clauses, index, pos, end, mentions in _trigger_sites(articles):
        sites += 1
        old = _old_agreed_topic_open(text, clauses, index, pos, mentions)
        assert _agreed_topic_open(text, clauses, index, pos, mentions) == old
        opened += old is not None
        old_talks = _old_topic_of_talks(text, clauses, index, pos, end, mentions)
        assert _topic_of_talks(text, clauses, index, pos, end, mentions) == old_talks
        talked += old_talks
        without += "就" not in text[clauses[0].start : pos]
    assert sites > 1000 and without > sites // 2 and opened > 0 and talked > 0


@pure_only("actions")
def test_no_trigger_regex_without_jiu(monkeypatch) -> None:
    """With no 就 before the act, the talks-or-agreement regex is never asked (the fast path:
    it fails if the 就 test goes, or comes after the regex again)."""

    def asked(text: str, pos: int) -> bool:
        raise AssertionError("trigger regex asked with no 就 before the act")

    text = "中美双方在北京举行会谈,达成共识。"
    sentence = split_sentences(text)[0]
    clauses = split_clauses(sentence)
    monkeypatch.setattr(actions, "_talks_or_agreement_at", asked)
    talks = text.index("会谈")  # (not 达成, which _REACHES_AGREEMENT answers first)
    assert _agreed_topic_open(text, clauses, 0, talks, []) is None
    agreed = text.index("达成")
    assert _topic_of_talks(text, clauses, 1, agreed, agreed + 2, []) is False


class _NoSub:
    """A stand-in for _SUMMONED whose substitution must not be asked."""

    def sub(self, *args: object) -> str:
        raise AssertionError("the summons regex was asked with no summons word before")


def test_summons_regex_only_after_a_summons_word(articles) -> None:
    """_can_be_subject strips an optional 了/过 and count from the eight letters before an
    actor before it asks whether they end in a summons word: the strip cuts a suffix only, so
    where no summons word stands in those letters the answer is no. At every actor of the
    dev articles that holds; and no regex runs there (fails if the word test goes)."""
    gaz = load_gazetteer()
    summons = actions.words("summons")
    checked = 0
    for article in articles[:60]:
        text = article.text
        for sentence in split_sentences(article):
            for mention in find_actors(text, sentence.start, sentence.end, gaz).mentions:
                front = mention.start
                lead = text[max(0, front - 8) : front]
                if not any(word in lead for word in summons):
                    checked += 1
                    assert not actions._SUMMONED.sub("", lead).endswith(summons)
    assert checked > 500


def test_no_summons_regex_without_summons_word(monkeypatch) -> None:
    """美国 with no summons word before it can act, and the strip's regex is not asked."""
    text = "外交部发言人表示,美国对俄罗斯实施制裁。"
    gaz = load_gazetteer()
    mentions = find_actors(text, 0, len(text), gaz).mentions
    usa = next(m for m in mentions if m.text == "美国")
    monkeypatch.setattr(actions, "_SUMMONED", _NoSub())
    assert actions._can_be_subject(text, usa) is True


def _old_to_phrase_open(text, clause, pos) -> int:
    """_to_phrase_open as it was before this pass (the phrase regex asked first)."""
    closes = _CLOSES_TO_PHRASE.match(text, pos) or _CLOSES_TO_PHRASE.fullmatch(
        text, max(clause.start, pos - 2), pos
    )
    if not closes:
        lead = text[max(clause.start, pos - _LIGHT_VERB_REACH) : pos]
        if not text.startswith(words("answer_after"), pos) and not _CLOSES_TO_PHRASE.search(lead):
            return pos
        jiu = text.rfind("就", clause.start, pos)
        if jiu != -1 and _real_coverb(text, jiu):
            return jiu
        if text.startswith(words("answer_after"), pos):
            return pos
        dui = text.rfind("对", clause.start, pos)
        return dui if dui != -1 and _real_coverb(text, dui) else pos
    opened = pos
    for at in range(pos - 1, clause.start - 1, -1):
        if text[at] in "对就" and _real_coverb(text, at):
            opened = at
    return opened


def test_to_phrase_open_answers_as_before(articles) -> None:
    """_to_phrase_open, which now returns the act's own position at once where no 对 or 就
    stands before it in its clause (every branch of the old code did), answers as before at
    every trigger of the dev articles, phrases found and not."""
    sites = opened = 0
    for text, clauses, index, pos, _end, _mentions in _trigger_sites(articles):
        old = _old_to_phrase_open(text, clauses[index], pos)
        assert _to_phrase_open(text, clauses[index], pos) == old
        sites += 1
        opened += old != pos
    assert sites > 1000 and opened > 20


class _NoPhrase:
    """A stand-in for a regex (_CLOSES_TO_PHRASE, _CAUSE_OPEN) that must not be asked."""

    def __getattr__(self, name: str):
        raise AssertionError("a regex the fast path skips was asked")


def test_no_phrase_regex_without_coverb(monkeypatch) -> None:
    """美国宣布制裁俄罗斯: no 对 or 就 before the act, no phrase regex asked."""
    text = "美国宣布制裁俄罗斯。"
    clause = split_clauses(split_sentences(text)[0])[0]
    monkeypatch.setattr(actions, "_CLOSES_TO_PHRASE", _NoPhrase())
    assert _to_phrase_open(text, clause, text.index("制裁")) == text.index("制裁")


def _old_cause_frame_open(text: str, clause, pos: int, end: int) -> int | None:
    """_cause_frame_open as it was before this pass (因 searched for first)."""
    opened = None
    for match in _CAUSE_OPEN.finditer(text, clause.start, pos):
        opened = match.end()
    if opened is None or any(c in _PUNCT for c in text[opened:pos]):
        return None
    return opened if text.find("而", end, clause.end) != -1 else None


def test_cause_frame_answers_as_before(articles) -> None:
    """_cause_frame_open, which now asks for 而 after the act first (without it every branch
    answered None), answers as before at every trigger of the dev articles."""
    sites = without = 0
    for text, clauses, index, pos, end, _mentions in _trigger_sites(articles):
        clause = clauses[index]
        assert _cause_frame_open(text, clause, pos, end) == _old_cause_frame_open(
            text, clause, pos, end
        )
        sites += 1
        without += text.find("而", end, clause.end) == -1
    assert sites > 1000 and without > sites // 2


def test_no_cause_search_without_er(monkeypatch) -> None:
    """因美国制裁让步 with no 而 after the act: the search for 因 is not made."""
    text = "他不会因美国制裁让步。"
    clause = split_clauses(split_sentences(text)[0])[0]
    monkeypatch.setattr(actions, "_CAUSE_OPEN", _NoPhrase())
    pos = text.index("制裁")
    assert _cause_frame_open(text, clause, pos, pos + 2) is None
