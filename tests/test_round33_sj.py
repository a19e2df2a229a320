"""Speed passes (round 33, sj): tests the extraction answered with a search of the sentence,
now told by the words the trigger-or-title gate's automaton found in it (find_actors' tests
for a title, a firm noun and a post a name stands before; _pronouns' test for a referring
word), and the Latin glosses' brackets found by ``str.find``. Each is compared with the old
search on every sentence of the dev articles (never a held-out one)."""

from __future__ import annotations

import re

import pytest
from build_kind import patch_reaches, pure_only

from kg import actors, extract
from kg.actors import (
    _firm_nouns,
    _may_hold_title,
    _title_after_name,
    _unknown_names,
    gate_words,
)
from kg.extract import (
    _gate_reads,
    _gloss_opens,
    _referring_word_list,
    _referring_word_set,
    _referring_words,
    _trigger_or_title_gate,
    extract_article,
)
from kg.gazetteer import load_gazetteer
from kg.lexicon import LiteralGate, trigger_pattern
from kg.sentences import split_sentences
from tests.data.dev_articles import dev_articles


@pytest.fixture(scope="module")
def articles() -> list:
    return dev_articles(("fresh22", "fresh23"))


def _sentences(articles):
    for article in articles:
        for sentence in split_sentences(article):
            yield article, sentence


def test_the_gate_reads_the_words_it_is_asked_for() -> None:
    """The gazetteer's gate holds every word the fast paths read, and so they are taken."""
    gaz = load_gazetteer()
    gate = _trigger_or_title_gate(gaz)
    assert gate.reports(gate_words(gaz)) and gate.reports(_referring_word_list())
    assert _gate_reads(gaz) == (True, True)


def test_reported_words_change_nothing_else_of_the_gate(articles) -> None:
    """Words held only to be reported leave what the gate tells as it was: a plain word
    that is also a part of a split word (推迟) is held once, and found as before."""
    plain, split = ["举行会谈", "会谈"], [("推迟", "峰会")]
    bare = LiteralGate(plain, split, trigger_pattern(), also=["投票"])
    more = LiteralGate(plain, split, trigger_pattern(), also=["投票"], reported=["推迟", "其", ""])
    for text in ["他推迟了峰会。", "双方举行会谈。", "其投票结果", "推迟", "其", ""]:
        held, found = bare.search_found(text)
        held_more, found_more = more.search_found(text)
        assert held == held_more and set(found) <= set(found_more), text
        assert bare.search_also(text) == more.search_also(text), text
        assert ("其" in found_more) == ("其" in text)
    assert more.reports(["其"]) and not more.reports([""]) and not bare.reports(["其"])


def test_pronoun_test_as_the_search_on_every_sentence(articles) -> None:
    gaz = load_gazetteer()
    gate = _trigger_or_title_gate(gaz)
    words = _referring_word_set()
    held = 0
    for _, sentence in _sentences(articles):
        _, found = gate.search_found(sentence.text)
        searched = _referring_words().search(sentence.text) is not None
        assert searched == (not words.isdisjoint(found)), sentence.text
        held += searched
    assert held > 300


def test_actor_tests_as_the_searches_on_every_sentence(articles) -> None:
    """The firm nouns, the posts after a name and the titles, told by the words found, as the
    searches tell them; where no title may start, the title index finds none that is one."""
    gaz = load_gazetteer()
    gate = _trigger_or_title_gate(gaz)
    firms, posts = actors._firm_noun_set(), actors._title_after_name_set()
    counts = {"firm": 0, "post": 0, "no title": 0, "title": 0}
    for article, sentence in _sentences(articles):
        text, start, end = article.text, sentence.start, sentence.end
        _, found = gate.search_found(sentence.text)
        firm = _firm_nouns().search(text, start, end) is not None
        post = _title_after_name().search(text, start, end) is not None
        assert firm == (not firms.isdisjoint(found)), sentence.text
        assert post == (not posts.isdisjoint(found)), sentence.text
        titled = any(gaz.title_at(text, pos) for pos in range(start, end))
        if not _may_hold_title(text, start, end, gaz, found):
            assert not titled, sentence.text
            counts["no title"] += 1
        counts["title"] += titled
        counts["firm"] += firm
        counts["post"] += post
    assert min(counts.values()) > 20, counts


def test_a_title_running_past_the_end_names_nobody() -> None:
    """No title inside the stretch, but one that begins in it and runs past its end: the
    words found in the stretch hold none, and the search after titles finds no name there
    either (the name would stand past the end)."""
    gaz = load_gazetteer()
    text = "据报道，美国国务卿布林肯周三抵达。"
    cut = text.index("国务卿") + 2  # the stretch ends inside 国务卿
    gate = _trigger_or_title_gate(gaz)
    _, found = gate.search_found(text[:cut])
    assert gaz.titles.keys().isdisjoint(found) and gaz.title_at(text, cut - 2) == "国务卿"
    assert not _may_hold_title(text, 0, cut, gaz, found)
    assert _unknown_names(text, 0, cut, gaz, None, tuple, None) == []
    whole = len(text)
    _, found = gate.search_found(text)
    assert _may_hold_title(text, 0, whole, gaz, found)
    names = _unknown_names(text, 0, whole, gaz, None, tuple, found)
    assert [m.text for m in names] == ["布林肯"]


def test_unknown_names_as_with_the_searches_on_every_sentence(articles) -> None:
    gaz = load_gazetteer()
    gate = _trigger_or_title_gate(gaz)
    named = 0
    for article, sentence in _sentences(articles):
        text, start, end = article.text, sentence.start, sentence.end
        _, found = gate.search_found(sentence.text)
        fast = _unknown_names(text, start, end, gaz, {}, tuple, found)
        assert fast == _unknown_names(text, start, end, gaz, {}, tuple, None), sentence.text
        named += bool(fast)
    assert named > 30


def test_extraction_as_without_the_words_found(articles, monkeypatch) -> None:
    """Whole articles: the events and roles with the fast paths and without them (the
    gate's words not handed on, as for a gate that does not hold them)."""
    gaz = load_gazetteer()
    fast = [extract_article(a, gaz) for a in articles[:80]]
    monkeypatch.setattr(gaz, "_gate_reads", (False, False))
    slow = [extract_article(a, gaz) for a in articles[:80]]
    assert [(r.events, r.roles) for r in fast] == [(r.events, r.roles) for r in slow]
    assert sum(len(r.events) for r in fast) > 50


class _NoSearch:
    """A regex that raises when searched (its other methods are the real one's)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern

    def search(self, *args):
        raise AssertionError(f"searched: {self._pattern.pattern[:20]}")

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)


@pure_only("actors", "gazetteer", "extract")
def test_the_fast_paths_are_taken(articles, monkeypatch) -> None:
    """Fails if the words found are no longer read: the searches they replace are not run
    (the regexes here raise when searched)."""
    gaz = load_gazetteer()
    gate = _trigger_or_title_gate(gaz)
    firms, posts = _NoSearch(_firm_nouns()), _NoSearch(_title_after_name())
    monkeypatch.setattr(actors, "_firm_nouns", lambda: firms)
    monkeypatch.setattr(actors, "_title_after_name", lambda: posts)
    monkeypatch.setattr(gaz.title_index, "next", _NoSearch(trigger_pattern()).search)
    for article, sentence in list(_sentences(articles))[:2000]:
        _, found = gate.search_found(sentence.text)
        if gaz.titles.keys().isdisjoint(found):
            _unknown_names(article.text, sentence.start, sentence.end, gaz, {}, tuple, found)
    referring = _NoSearch(_referring_words())
    monkeypatch.setattr(extract, "_referring_words", lambda: referring)
    monkeypatch.undo()
    monkeypatch.setattr(extract, "_referring_words", lambda: referring)
    for article in articles[:20]:
        extract_article(article, gaz)  # raises if _pronouns searches a sentence


GLOSSED = [
    "雷雅布可夫(Sergei Ryabkov)表示",
    "普京（Vladimir Putin，又译普丁）施压",
    "((A (1) （（b（中）",
    "(",
    "（",
    "Z(",
    "(é) (ÀB) (z",
    "",
]


@pytest.mark.parametrize("body", GLOSSED)
def test_gloss_opens_as_the_regex(body: str) -> None:
    assert _gloss_opens(body) == [m.start() for m in re.finditer(r"[(（][A-Za-z]", body)]


def test_gloss_opens_as_the_regex_on_every_article(articles) -> None:
    opened = 0
    for article in articles:
        expected = [m.start() for m in re.finditer(r"[(（][A-Za-z]", article.body)]
        assert _gloss_opens(article.body) == expected
        opened += len(expected)
    assert opened > 20


def _japanese_context_as_before(text: str, pos: int, gaz) -> bool:
    """_japanese_context as it was: a test of the clause for each name of Japan."""
    start = pos
    while start > max(0, pos - 16) and text[start - 1] not in actors._PUNCT:
        start -= 1
    clause = text[start:pos]
    if not any(name in clause for name in actors._names_of_japan(gaz)):
        return False
    return actors._japanese_context(text, pos, gaz)


def test_japanese_context_as_before_after_every_title(articles) -> None:
    gaz = load_gazetteer()
    japanese = looked = 0
    for article, sentence in _sentences(articles):
        text = article.text
        for pos in range(sentence.start, sentence.end):
            title = gaz.title_at(text, pos)
            if not title:
                continue
            after = pos + len(title)
            new = actors._japanese_context(text, after, gaz)
            assert new == _japanese_context_as_before(text, after, gaz), sentence.text
            japanese += new
            looked += 1
    assert looked > 300 and japanese >= 1
    for text in ["日本内阁官房长官仙谷由人", "据东京方面消息,首相", "自民党干事长", "中国外长王毅"]:
        pos = len(text) if text.endswith("首相") else text.index("长") + 1
        assert actors._japanese_context(text, pos, gaz) == _japanese_context_as_before(
            text, pos, gaz
        )


@pytest.mark.parametrize(
    "text",
    [
        "首相拿督斯里安华表示",
        "首相安华表示",
        "部长敦促各方",
        "总理敦马哈迪说",
        "大使拿督",
        "总理丹斯里慕",
    ],
)
def test_honorific_length_as_before(text: str) -> None:
    pos = 2
    expected = 0
    for honorific in actors.words("honorific"):
        stop = pos + len(honorific)
        if not text.startswith(honorific, pos) or stop + 2 > len(text):
            continue
        if not actors.is_cjk(text[stop]):
            continue
        if len(honorific) == 1 and actors.is_word(text[pos : pos + 2]):
            expected = 0
            break
        expected = len(honorific)
        break
    assert actors._honorific_length(text, pos, len(text)) == expected


def test_no_pronoun_found_no_pronoun_matched(articles) -> None:
    """A sentence whose words found hold no pronoun resolved one by one has no match of the
    pronoun regex (which _referring_mentions then does not run); one that holds one may."""
    gaz = load_gazetteer()
    gate = _trigger_or_title_gate(gaz)
    pattern = extract._patterns()["pronoun"]
    skipped = matched = 0
    for article, sentence in _sentences(articles):
        _, found = gate.search_found(sentence.text)
        hits = list(pattern.finditer(article.text, sentence.start, sentence.end))
        if extract._pronoun_word_set().isdisjoint(found):
            assert not hits, sentence.text
            skipped += _referring_word_set().isdisjoint(found) is False
        matched += bool(hits)
    assert skipped > 50 and matched > 100


def test_looks_back_told_by_words_found_as_by_searches(articles) -> None:
    """may_find_person, _may_list_or_teach and _may_join_or_teach of every dev sentence,
    with the gate's words found in it and with the searches, agree."""
    from kg.actors import may_find_person

    gaz = load_gazetteer()
    gate = _trigger_or_title_gate(gaz)
    leaders = {"总统": None}
    agree = {"person": 0, "list": 0, "join": 0}
    for article, sentence in _sentences(articles):
        text, start, end = article.text, sentence.start, sentence.end
        _, found = gate.search_found(sentence.text)
        for known in ({}, leaders):
            fast = may_find_person(text, start, end, gaz, known, found)
            assert fast == may_find_person(text, start, end, gaz, known), sentence.text
            agree["person"] += fast
        fast = extract._may_list_or_teach(gaz, sentence.text, found)
        assert fast == extract._may_list_or_teach(gaz, sentence.text), sentence.text
        agree["list"] += fast
        fast = extract._may_join_or_teach(gaz, sentence.text, found)
        assert fast == extract._may_join_or_teach(gaz, sentence.text), sentence.text
        agree["join"] += fast
    assert min(agree.values()) > 50, agree


def test_a_look_back_reads_a_title_running_past_the_end() -> None:
    """A stretch that ends inside a title (国务|卿) holds no title word, but the title
    begins in it: may_find_person still finds it may find a person."""
    from kg.actors import may_find_person

    gaz = load_gazetteer()
    text = "据报道，美国国务卿周三抵达。"
    cut = text.index("国务卿") + 2
    _, found = _trigger_or_title_gate(gaz).search_found(text[:cut])
    assert gaz.titles.keys().isdisjoint(found)
    assert may_find_person(text, 0, cut, gaz, {}) is True
    assert may_find_person(text, 0, cut, gaz, {}, found) is True
    _, found = _trigger_or_title_gate(gaz).search_found(text[: cut - 2])
    assert may_find_person(text, 0, cut - 2, gaz, {}, found) is False


def test_extraction_keeps_the_gate_words_of_each_sentence(articles) -> None:
    """The words kept by sentence index are those the gate finds in that sentence."""
    gaz = load_gazetteer()
    gate = _trigger_or_title_gate(gaz)
    seen = []
    kept = extract._gate_words_of

    def spy(ctx, sentence):
        words = kept(ctx, sentence)
        seen.append((sentence.text, words))
        return words

    extract._gate_words_of = spy
    try:
        for a in articles[:80]:
            extract_article(a, gaz)
    finally:
        extract._gate_words_of = kept
    if not patch_reaches(extract):  # compiled: extract_article's call does not see the spy
        return
    assert len(seen) > 20
    for text, words in seen:
        assert words == gate.search_found(text)[1]
