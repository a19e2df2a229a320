"""Speed pass (round 22, s1): fast paths of the extraction rules give what the long way
gave, on every position of the seeds, eval/dev and eval/terminus-dev, and on near misses
written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import actions, extract
from kg.articles import iter_articles
from kg.lexicon import trigger_pattern, words

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "seeds", ROOT / "eval" / "dev", ROOT / "eval" / "terminus-dev"]


def _texts() -> list[str]:
    found = iter_articles([str(f) for f in FOLDERS if f.exists()])
    return [item.text for item in found if hasattr(item, "text")]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _descriptor_the_long_way(text: str, start: int) -> int | None:
    """The loop _coverb_start ran over every descriptor before (where the preposition is)."""
    for word in words("descriptor"):
        at = start - len(word)
        if at > 0 and text.startswith(word, at) and text[at - 1] in actions._NOT_SUBJECT_BEFORE:
            return at - 1
    return None


def _descriptor_fast(text: str, start: int) -> int | None:
    word = actions._descriptor_before(text, start)
    return start - len(word) - 1 if word else None


def test_descriptor_lookup_gives_the_loops_answer_everywhere(texts):
    found = 0
    for text in texts:
        for start in range(len(text) + 1):
            expected = _descriptor_the_long_way(text, start)
            assert _descriptor_fast(text, start) == expected, text[max(0, start - 8) : start]
            found += expected is not None
    assert found > 0  # the sets do hold descriptors after prepositions


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("中方愿与友邦巴拉圭加强合作", 3),  # 与|友邦|巴拉圭
        ("同邻国印度举行会谈", 0),  # 同|邻国|印度
        ("友邦巴拉圭表示欢迎", None),  # no preposition before the descriptor
        ("与巴拉圭建交", None),  # a preposition, no descriptor
    ],
)
def test_descriptor_written_cases(text, opened):
    start = text.find("巴拉圭") if "巴拉圭" in text else text.find("印度")
    assert _descriptor_fast(text, start) == _descriptor_the_long_way(text, start) == opened


def test_kept_trigger_test_gives_the_regex_answer(texts):
    pattern = trigger_pattern()
    extract._holds_trigger.cache_clear()
    held = 0
    for text in texts:
        for end in range(1, len(text) + 1):
            short = text[max(0, end - 2) : end]
            expected = pattern.search(short) is not None
            assert extract._holds_trigger(short) == expected, short
            held += expected
    assert held > 0
    for short in ("探望", "对他", "谴责", "今天", "制", ""):
        assert extract._holds_trigger(short) == (pattern.search(short) is not None)


def test_object_position_near_misses():
    assert extract._object_position("他们探望他", 4)  # 探望|他: after a verb
    assert extract._object_position("对他", 1)  # 对|他: after a preposition
    assert not extract._object_position("今天他说", 2)  # 今天|他: a subject
    assert not extract._object_position("他说", 0)  # nothing before
