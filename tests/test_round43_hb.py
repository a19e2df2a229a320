"""The forty-third round's speed pass on the hottest functions of the compiled build gives what
the long way gave.

Each fast path is compared with the code it replaces on the texts of the dev and Terminus dev
articles, on sentences written for these tests in the style of Chinese international news,
and on random strings of the characters each path reads:

* sentences end, and clauses, where ``_SENTENCE_END`` and ``_CLAUSE_END`` said, found with
  ``str.find``;
* the date patterns that open with a lookbehind are tried only at their opening characters;
* 其 patterns (the object of an act, 关于其, 在其境内) open with 其 and look behind it;
* mentions are made without the call of their class (``actors.make_mention``);
* a trigger keeps its event type in the compiled build too (no plain property);
* the gazetteer's lookups are functions of its module, which its methods call;
* whether a word of a class starts or ends at a position is asked of the words that begin or
  end with the letter there (``lexicon.opens_with``, ``closes_with``, ``word_at``,
  ``word_ending_at``).
"""

from __future__ import annotations

import dataclasses
import pickle
import random
import re
from functools import cached_property
from pathlib import Path

import pytest

from kg import dates, extract, sentences
from kg.actors import make_mention
from kg.articles import iter_articles
from kg.gazetteer import (
    institution_at,
    kind_of,
    load_gazetteer,
    match_at,
    title_at,
    title_ending_at,
)
from kg.lexicon import (
    Trigger,
    _word_classes,
    closes_with,
    forget_words,
    opens_with,
    predicates,
    triggers,
    word_at,
    word_ending_at,
    words,
)
from kg.model import NATIVE, Actor, Mention, Skipped

WRITTEN = [
    "美国国务卿周三表示，华盛顿将对伊朗实施新一轮制裁。伊朗外交部随即予以谴责！",
    "日本首相在东京会见到访的澳大利亚总理 双方同意加强防务合作",
    "俄方称. 乌克兰无人机袭击了其境内的炼油厂…… 基辅方面未予置评。",
    "2023年5月6日至8日，两国外长在北京举行会谈；会谈后发表联合声明。",
    "据报道，该国军方三天前在其领空击落一架无人机，并要求对方停止挑衅？",
    "欧盟委员会主席说：“我们对其行为表示关切。”她还呼吁各方保持克制",
    "联合国秘书长发言人指出,关于其向冲突地区运送武器的指控缺乏证据.",
    "4月下旬，双方代表团在日内瓦恢复谈判，上个月的谈判未取得进展。",
]


def _texts() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    folders = [str(root / "eval" / "dev"), str(root / "eval" / "terminus-dev")]
    found = [a.text for a in iter_articles(folders) if not isinstance(a, Skipped)]
    return found + WRITTEN


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _random_texts(alphabet: str, count: int, longest: int = 14, seed: int = 43) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


# -- sentence ends -----------------------------------------------------------------------------


def test_sentence_ends_are_the_patterns(texts) -> None:
    alphabet = "。！？!?；;…\n \u3000.”’」』》)）\"'中国年a1,，"
    for text in texts + _random_texts(alphabet, 30000):
        # (the ends found with str.find are taken as they are found, since round 54)
        expected = [_fields(s) for s in sentences._split_matched(text)]
        assert [_fields(s) for s in sentences._split_found(text)] == expected, repr(text)


def _fields(sentence) -> tuple:
    return (sentence.text, sentence.start, sentence.end, sentence.index, sentence.paragraph)


def test_clause_ends_are_the_patterns(texts) -> None:
    pieces = [s.text for t in texts for s in sentences.split_sentences(t)]
    for text in pieces + _random_texts("，：:,——12３٣a中,", 30000):
        expected = [m.end() for m in sentences._CLAUSE_END.finditer(text)]
        assert sentences._clause_ends(text) == expected, repr(text)


def test_the_compiled_build_finds_the_ends_with_str_find() -> None:
    """(the interpreted build keeps re's search: its loop over the candidates costs more there)"""
    import kg

    assert sentences._COMPILED == ("sentences" in kg.compiled_modules())


def test_split_sentences_of_written_text() -> None:
    found = [
        s.text for s in sentences.split_sentences("中方表示 美方回应。\n\n次日. 双方会谈!!”其后")
    ]
    assert found == ["中方表示", "美方回应。", "次日.", "双方会谈!!”", "其后"]


# -- date patterns tried at their opening characters ------------------------------------------


_DATE_PATTERNS = [
    (dates._CALENDAR, dates._CALENDAR_AT),
    (dates._YEAR_RANGE, dates._Y4_AT),
    (dates._NUMERIC, dates._Y4_AT),
    (dates._DURATION, dates._DURATION_AT),
]


@pytest.mark.parametrize("pattern,opening", _DATE_PATTERNS)
def test_date_matches_are_the_patterns(texts, pattern, opening) -> None:
    alphabet = "0123456789.-/年月日号至到～今去本上下个前后多半两三十二一周天星期 中"
    pieces = [s.text for t in texts for s in sentences.split_sentences(t)]
    for text in pieces + _random_texts(alphabet, 20000):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in dates._matches(pattern, opening, text)] == expected, text


# -- 其 patterns that open with 其 --------------------------------------------------------------


def test_object_pattern_is_the_lookbehind_one(texts) -> None:
    objects = extract._pronoun_pattern({"object"}).pattern
    old = re.compile(f"(?<=[对向给把将责控评求促吁与同使让]){objects}(?![他它中次余后间])")
    new = extract._patterns()["object"]
    olds = {
        extract._ABOUT_ITS: re.compile(r"(?<=关于)其"),
        extract._IN_ITS_LAND: re.compile(r"(?<=在)其(?=境内|领土|领空|领海|国内|本土)"),
        new: old,
    }
    alphabet = "其对向与关于在境内领土空他中我国的,"
    for text in texts + _random_texts(alphabet, 20000, longest=10):
        for fast, slow in olds.items():
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in slow.finditer(text)
            ], text


# -- mentions made without their class's call ----------------------------------------------


def test_make_mention_is_the_class_call() -> None:
    actor = Actor("USA", "美国", "Country")
    for args in [
        (actor, "美国", 3, 5),
        (actor, "美方", 0, 2, "coref"),
        (actor, "美", 1, 2, "x", 7),
    ]:
        made, called = make_mention(*args), Mention(*args)
        assert type(made) is Mention
        assert made == called and hash(made) == hash(called)
        if not NATIVE:  # (compiled, a native Mention has no __dict__: its fields are slots)
            assert list(vars(made).items()) == list(vars(called).items())
        assert pickle.dumps(made) == pickle.dumps(called)
        assert dataclasses.replace(made, start=9) == dataclasses.replace(called, start=9)
    assert [f.name for f in dataclasses.fields(Mention)] == [
        "actor",
        "text",
        "start",
        "end",
        "via",
        "group",
        "written",
        "written_label",
    ]  # (make_mention writes these, in this order: a new field must be written there too)


# -- a trigger's event type ----------------------------------------------------------------


def test_trigger_event_type_is_kept_not_a_field() -> None:
    assert "event_type" not in [f.name for f in dataclasses.fields(Trigger)]
    pred, other = list(predicates().values())[:2]
    made = Trigger("制裁", pred, frozenset({"target"}))
    assert made.event_type == pred.event_type
    if not hasattr(Trigger, "__mypyc_attrs__"):  # pure: kept in the instance once asked
        assert isinstance(Trigger.__dict__["event_type"], cached_property)
        assert made.__dict__["event_type"] == pred.event_type
    else:  # compiled: a slot of the native class, set by its __init__
        assert "event_type" in Trigger.__mypyc_attrs__  # type: ignore[attr-defined]
    moved = dataclasses.replace(made, predicate=other)
    assert moved.event_type == other.event_type
    assert all(t.event_type == t.predicate.event_type for t in triggers().values())


# -- the gazetteer's lookups as module functions ------------------------------------------


def _old_match_at(gaz, text, pos):  # Gazetteer.match_at as it was
    from kg.gazetteer import _latin_bounded

    for length in gaz.lengths.get(text[pos : pos + 2], ()):
        surface = text[pos : pos + length]
        hit = gaz.surfaces.get(surface)
        if hit is not None and (
            (surface[0] > "\x7f" and surface[-1] > "\x7f")
            or _latin_bounded(text, pos, pos + length)
        ):
            return surface, hit[0], hit[1]
    return None


def _old_title_ending_at(gaz, text, end, start_min=0):  # Gazetteer.title_ending_at as it was
    inside = 0 < end <= len(text)
    lengths = gaz.title_ends.get(text[end - 1], ()) if inside else gaz.title_lengths
    for length in lengths:
        if end - length < start_min:
            continue
        title = gaz.titles.get(text[end - length : end])
        if title is not None:
            return title
    return None


def test_gazetteer_functions_are_its_methods(texts) -> None:
    gaz = load_gazetteer()
    for text in texts[:6] + WRITTEN:
        for pos in range(len(text) + 1):
            assert (
                match_at(gaz, text, pos) == gaz.match_at(text, pos) == _old_match_at(gaz, text, pos)
            )
            title = next(
                (
                    text[pos : pos + n]
                    for n in gaz.title_starts.get(text[pos : pos + 1], ())
                    if text[pos : pos + n] in gaz.titles
                ),
                None,
            )
            assert title_at(gaz, text, pos) == gaz.title_at(text, pos) == title
            inst = next(
                (
                    gaz.institutions[text[pos : pos + n]]
                    for n in gaz.institution_starts.get(text[pos : pos + 1], ())
                    if text[pos : pos + n] in gaz.institutions
                ),
                None,
            )
            assert institution_at(gaz, text, pos) == gaz.institution_at(text, pos) == inst
            for least in (0, 3):
                assert title_ending_at(gaz, text, pos, least) == _old_title_ending_at(
                    gaz, text, pos, least
                )
    for actor in list(gaz.actors.values())[:500]:
        kind = gaz.org_kind.get(actor.key) or (
            gaz.suffix_kinds.get(actor.key[len(actor.country) + 1 :], "")
            if actor.country and actor.key.startswith(actor.country + "_")
            else ""
        )
        assert kind_of(gaz, actor) == gaz.kind_of(actor) == kind


# -- a word of a class at a position --------------------------------------------------------


def test_opens_and_closes_with_are_startswith_and_endswith(texts) -> None:
    classes = sorted(_word_classes())
    pieces = [s.text for t in texts[:4] for s in sentences.split_sentences(t)] + WRITTEN
    for cls in classes:
        listed = words(cls)
        for text in pieces:
            for pos in range(-3, len(text) + 3):
                assert opens_with(text, pos, cls) == text.startswith(listed, pos), (cls, pos)
                assert closes_with(text, pos, cls) == text.endswith(listed, 0, pos), (cls, pos)
                first = next((w for w in listed if text.startswith(w, pos)), "")
                assert word_at(text, pos, cls) == first, (cls, pos)
                last = next((w for w in listed if text.startswith(w, pos - len(w))), "")
                assert word_ending_at(text, pos, cls) == last, (cls, pos)


def test_opens_with_an_unknown_class_or_an_empty_word(monkeypatch) -> None:
    assert not opens_with("美国", 0, "no such class") and not closes_with("美国", 2, "no such")
    from kg import lexicon

    monkeypatch.setitem(lexicon._WORDS_GIVEN, "made_up", ("美国", "", "中"))
    monkeypatch.setitem(lexicon._WORDS_GIVEN, "made_up_too", ("美国", "中"))
    try:
        for text in ("美国和中国", "", "和"):
            for pos in range(-2, len(text) + 3):
                for cls in ("made_up", "made_up_too"):
                    listed = lexicon._WORDS_GIVEN[cls]
                    assert opens_with(text, pos, cls) == text.startswith(listed, pos)
                    assert closes_with(text, pos, cls) == text.endswith(listed, 0, pos)
                    first = next((w for w in listed if text.startswith(w, pos)), "")
                    assert word_at(text, pos, cls) == first
                    last = next((w for w in listed if text.startswith(w, pos - len(w))), "")
                    assert word_ending_at(text, pos, cls) == last
    finally:
        forget_words()
