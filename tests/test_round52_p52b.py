"""Round 52, p52b: the pronoun and context stage's fast paths, each against the code it
replaced (kg/extract.py _pronoun_matches, _people_before)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg import extract as ex
from kg.articles import iter_articles
from kg.gazetteer import load_gazetteer
from kg.model import Sentence
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def _regex_matches(text: str, sentence: Sentence) -> list[tuple[str, int, int]]:
    """What _referring_mentions read before: the pronoun regex's matches in the sentence."""
    return [
        (m.group(), m.start(), m.end())
        for m in ex._patterns()["pronoun"].finditer(text, sentence.start, sentence.end)
    ]


@pytest.fixture(scope="module")
def gate():
    gaz = load_gazetteer()
    assert ex._gate_reads(gaz)[1], "the gate reports the referring words"
    return ex._trigger_or_title_gate(gaz)


def test_pronoun_matches_equal_the_regex_on_real_sentences(gate):
    assert ex._pronoun_trie_plain()
    seen = 0
    for folder in ("seeds", "eval/dev"):
        for article in iter_articles([str(ROOT / folder)]):
            if not hasattr(article, "text"):
                continue
            for sentence in split_sentences(article):
                _, found = gate.search_found(sentence.text)
                expected = _regex_matches(article.text, sentence)
                assert ex._pronoun_matches(article.text, sentence, found) == expected
                assert ex._pronoun_matches(article.text, sentence, None) == expected
                seen += len(expected)
    assert seen > 100


def test_pronoun_matches_equal_the_regex_on_made_up_text(gate):
    """Overlapping pronouns, 该部 before 分/队/署 (in the sentence or past its end) and a 该
    before the sentence's start that the regex's lookbehind reads."""
    pronoun_words = sorted(ex._pronoun_word_set())
    filler = list("该部分队署门国人方们他她我其这两双各，。") + ["该部", "该部门", "该国"]
    rng = random.Random(52)
    cases = [
        ("该部分", 0, 3),
        ("该部队", 0, 3),
        ("该部署", 0, 3),
        ("该部", 0, 2),
        ("该部分", 0, 2),
        ("该部门表示该部", 0, 7),
        ("该部该部署", 0, 5),
        ("x该部", 2, 3),
    ]
    for _ in range(4000):
        head = rng.choice(["", "该", "x该", "他们"])
        parts = [
            rng.choice(pronoun_words) if rng.random() < 0.5 else rng.choice(filler)
            for _ in range(rng.randint(1, 8))
        ]
        text = head + "".join(parts) + rng.choice(["", "分", "队", "署", "x"])
        cases.append((text, len(head), len(text) - rng.randint(0, 1)))
    for text, start, end in cases:
        sentence = Sentence(text[start:end], start, end, 0)
        _, found = gate.search_found(sentence.text)
        expected = _regex_matches(text, sentence)
        assert ex._pronoun_matches(text, sentence, found) == expected, (text, start, end)
