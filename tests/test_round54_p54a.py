"""Round 54 (p54a), finding actors, byte-identical: the gate's words found read once for the
title, firm-noun and post tests, where a sentence's titles start told by them, StartIndex.starts
kept in order without a set and a sort, and letter gates before word-list tests after a name.
Each fast path is held to the slow one it replaced, on eval sentences and edge cases."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg import actors
from kg.articles import read_article
from kg.extract import _trigger_or_title_gate
from kg.gazetteer import StartIndex
from kg.sentences import split_sentences

EDGES = [
    "",
    "王",
    "，王",
    "王，",
    "，王毅说，李强表示；张三：赵四。钱五！孙六？“周七\n吴八",
    "，，王，,李；;张：:赵。。钱！！孙？？周““吴\n\n郑",
    "外交部长王毅说，中方反对。王毅表示，李强总理将出访。",
    "他说：“金正恩将访俄。”朴槿惠，文在寅；尹锡悦",
    "孟晚舟起诉，孟晚舟说，孟晚舟。",
]


def _sentences() -> list[tuple[str, int, int]]:
    corpus = Path(__file__).resolve().parent.parent / "eval"
    files = sorted(p for p in corpus.rglob("*.txt") if "audit54" not in p.parts)[:60]
    found = []
    for path in files:
        try:
            article = read_article(path)
        except Exception:  # (a README or a list, no article)
            continue
        found.extend((article.text, s.start, s.end) for s in split_sentences(article))
    found.extend((text, 0, len(text)) for text in EDGES)
    return found


SENTENCES = _sentences()


def _spans(text: str, start: int, end: int):
    yield start, end
    yield start, max(start, end - 1)  # (the opener and its letter at the very end)
    if end - start > 4:
        yield start + 1, end - 2


def test_there_are_sentences():
    assert len(SENTENCES) > 500


def _gate_found(gaz, text: str, start: int, end: int) -> list[str]:
    return _trigger_or_title_gate(gaz).search_found(text[start:end])[1]


def test_unknown_names_told_by_the_words_found(gaz):
    assert actors.reads_words_found(gaz, _trigger_or_title_gate(gaz).reports)
    told = 0
    for text, start, end in SENTENCES:
        found = _gate_found(gaz, text, start, end)
        for untitled in (None, {}):
            slow = actors._unknown_names(text, start, end, gaz, untitled, tuple, None)
            fast = actors._unknown_names(text, start, end, gaz, untitled, tuple, found)
            assert fast == slow, text[start:end]
            told += bool(fast)
    assert told > 50


def test_may_find_person_told_by_the_words_found(gaz):
    for text, start, end in SENTENCES:
        found = _gate_found(gaz, text, start, end)
        for leaders in ({}, {"x": None}):
            assert actors.may_find_person(text, start, end, gaz, leaders, found) == (
                actors.may_find_person(text, start, end, gaz, leaders, None)
            ), text[start:end]


def test_gate_word_set_is_kept_and_whole(gaz):
    words = actors._gate_word_set(gaz)
    assert words is actors._gate_word_set(gaz)
    assert words == frozenset(actors.gate_words(gaz))


def _set_starts(index: StartIndex, text: str, start: int, end: int) -> list[int]:
    index.starts("", 0, 0)  # (the automaton made)
    found = index._heads.find_matches_as_indexes(text[start : end + 1], overlapping=True)
    return sorted({start + at for _, at, _ in found if start + at < end})


@pytest.mark.parametrize("seed", range(8))
def test_starts_are_the_sorted_set(seed):
    rng = random.Random(seed)
    alphabet = "中美国日本俄乌克兰方长"
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(12)]
    index = StartIndex(words)
    for _ in range(300):
        text = "".join(rng.choice(alphabet + "，的") for _ in range(rng.randint(0, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert index.starts(text, start, end) == _set_starts(index, text, start, end)


def test_actor_starts_are_the_sorted_set(gaz):
    for text, start, end in SENTENCES:
        index = gaz.actor_index
        assert index.starts(text, start, end) == _set_starts(index, text, start, end)


def _title_positions(gaz, text: str, start: int, end: int) -> list[int]:
    return [p for p in range(start, end) if gaz.title_at(text, p)]


def _present(gaz, text: str, start: int, end: int) -> frozenset[str]:
    return actors._gate_word_set(gaz).intersection(_gate_found(gaz, text, start, end))


def test_title_starts_are_where_titles_start(gaz):
    known = titled = 0
    for text, start, end in SENTENCES:
        for s, e in _spans(text, start, end):
            starts = actors._title_starts(text, s, e, gaz, _present(gaz, text, s, e))
            if starts is None:  # (a title may run past the end: the index is asked)
                continue
            assert starts == _title_positions(gaz, text, s, e), text[s:e]
            known += 1
            titled += bool(starts)
    assert known > 0.9 * len(SENTENCES) and titled > 100
    assert actors._title_starts("外长说。", 0, 4, gaz, None) is None


def test_a_title_past_the_end_is_left_to_the_index(gaz):
    text = "据报道，美国国务卿布林肯周三抵达。"
    cut = text.index("国务卿") + 2  # the stretch ends inside 国务卿
    present = _present(gaz, text, 0, cut)
    assert actors._title_starts(text, 0, cut, gaz, present) is None
    whole = _present(gaz, text, 0, len(text))
    assert actors._title_starts(text, 0, len(text), gaz, whole) == [text.index("国务卿")]


def test_names_after_titles_and_posts_by_title_starts(gaz):
    posts = {}
    for text, start, end in SENTENCES[:400]:
        found = actors.find_actors(text, start, end, gaz, leaders={})
        for m in found.mentions:
            if m.actor.type == "Person":
                for title in ("总统", "外长", "发言人", "总理", "大使"):
                    posts.setdefault(title, m)
    assert len(posts) >= 3
    held = 0
    for text, start, end in SENTENCES:
        starts = actors._title_starts(text, start, end, gaz, _present(gaz, text, start, end))
        if starts is None:
            continue
        first = gaz.title_index.next(text, start, end)
        if first != -1:
            slow = list(actors._names_after_titles(text, first, end, gaz, tuple))
            fast = (
                list(actors._names_after_titles(text, starts[0], end, gaz, tuple, starts))
                if starts
                else []
            )
            assert fast == slow, text[start:end]
        for title_starts in (None, starts):
            got = actors.SentenceActors()
            actors._post_holders(text, start, end, gaz, got, dict(posts), title_starts)
            if title_starts is None:
                slow_mentions = got.mentions
            else:
                assert got.mentions == slow_mentions, text[start:end]
                held += bool(got.mentions)
    assert held > 3


def test_find_actors_told_by_the_words_found(gaz):
    """A whole reading in order, with the gate's words and without: the same mentions."""
    told = [actors.ArticleMemory(), actors.ArticleMemory()]
    last = None
    for text, start, end in SENTENCES:
        if text is not last:  # (a new article: new memories)
            told, last = [actors.ArticleMemory(), actors.ArticleMemory()], text
        found = _gate_found(gaz, text, start, end)
        fast = actors.find_actors(text, start, end, gaz, memory=told[0], words_found=found)
        slow = actors.find_actors(text, start, end, gaz, memory=told[1])
        assert fast.mentions == slow.mentions, text[start:end]
        assert fast.roles == slow.roles


def _positions():
    texts = [text for text, _, _ in SENTENCES[::7]] + EDGES
    texts += [
        "国内",
        "境内",
        "内",
        "国外",
        "境",
        "国",
        "新华社6月4日电",
        "１２月３日讯",
        "美国大学",
    ]
    for text in dict.fromkeys(texts):
        for pos in range(len(text) + 1):
            yield text, pos


def test_letter_gates_answer_as_the_tests_they_guard(gaz):
    from kg.lexicon import words

    outlets = words("outlet") + words("press")
    for text, pos in _positions():
        inner = next((w for w in ("国内", "境内", "内") if text.startswith(w, pos)), "")
        assert actors._inner_at(text, pos) == inner
        day = actors._DAY_THEN.match(text, pos)
        dated = day is not None and text[day.end() : day.end() + 1] in {"电", "讯", "電", "訊"}
        assert actors._dispatch_dated(text, pos) == dated
        if not text.startswith(outlets, pos):
            assert actors._outlet_suffix(text, pos) == ""
        for surface in (text[pos : pos + 2], "俄军", "乌军"):
            nouns = [w for w in words("noun_after_short") if text.startswith(w, pos + 1)]
            slow = (
                len(surface) == 2
                and surface[0] in gaz.shorts
                and bool(nouns)
                and (len(nouns[0]) > 2 or not actors.is_word(text[pos + 2 : pos + 4]))
            )
            assert actors._short_before_noun(text, pos, surface, gaz) == slow


def test_day_digits_are_the_days_first_letters():
    every = {chr(c) for c in range(0x10000)}
    firsts = {
        c for c in every if actors._DAY_THEN.match(c + "日") or actors._DAY_THEN.match(c + "1日")
    }
    assert firsts == actors._DAY_DIGITS
