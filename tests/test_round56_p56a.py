"""Round 56, helper p56a (speed, byte-identical): the gate's words found are tested by a
compiled loop (lexicon.found_any) where a set's method was called; the loop must answer as
the method did on every input."""

from __future__ import annotations

import random

from kg import extract
from kg.gazetteer import load_gazetteer
from kg.lexicon import _both_parts_in, found_any

_SENTENCES = (
    "美国国务卿布林肯12日抵达北京,同中国外长王毅举行会谈。",
    "他说,双方同意保持沟通。",
    "该国外交部发表声明,谴责这一行为。",
    "俄罗斯总统普京表示,他们将继续推进谈判。",
    "联合国大会表决通过决议,呼吁各方保持克制。",
    "我们坚决反对任何形式的干涉。",
    "天气晴朗。",
    "",
)


def test_found_any_is_not_isdisjoint_on_random_inputs() -> None:
    rng = random.Random(56)
    pool = ["他", "她", "他们", "双方", "该国", "声明", "国家", "其", "会议", "总统", "外长"]
    for _ in range(2000):
        words = frozenset(rng.sample(pool, rng.randint(0, 5)))
        found = [rng.choice(pool) for _ in range(rng.randint(0, 6))]
        assert found_any(words, found) == (not words.isdisjoint(found))
        keys = dict.fromkeys(words).keys()
        assert found_any(keys, found) == (not keys.isdisjoint(found))


def test_both_parts_in_as_before() -> None:
    seconds = {"减少": frozenset({"军事活动"}), "推迟": frozenset({"峰会", "会谈"})}
    cases = [
        ([], False),
        (["减少"], False),
        (["减少", "军事活动"], True),
        (["军事活动", "减少"], True),
        (["推迟", "会谈"], True),
        (["推迟", "军事活动"], False),
        (["峰会"], False),
    ]
    for found, expected in cases:
        assert _both_parts_in(found, seconds) is expected


def test_gate_tests_from_words_found_match_the_searches() -> None:
    gaz = load_gazetteer()
    gate = extract._trigger_or_title_gate(gaz)
    referring = extract._referring_word_set()
    for text in _SENTENCES:
        held, found = gate.search_found(text)
        assert held == gate.search(text)
        assert extract._holds_title(gaz, text, found) == extract._holds_title(gaz, text, None)
        assert found_any(referring, found) == (extract._referring_words().search(text) is not None)
        assert found_any(gate.also, found) == (not gate.also.isdisjoint(found))
        for kind in ("lone", "speaker"):
            told = extract._gate_trigger_words(gaz, kind)
            if told is None:
                continue
            plain, seconds = told
            slow = not plain.isdisjoint(found) or any(
                first in seconds and not seconds[first].isdisjoint(found) for first in found
            )
            assert extract._holds_trigger_of(told, found) == slow
