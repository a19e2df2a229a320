"""Round 54, speed pass p54b: each fast path gives what the code it replaced gave."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg import sentences
from kg.articles import iter_articles
from kg.model import Skipped


def _texts() -> list[str]:
    root = Path(__file__).resolve().parents[1]
    folders = [str(root / "eval" / "dev"), str(root / "eval" / "terminus-dev"), str(root / "seeds")]
    return [a.text for a in iter_articles(folders) if not isinstance(a, Skipped)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _fields(sentence) -> tuple:
    return (sentence.text, sentence.start, sentence.end, sentence.index, sentence.paragraph)


# -- sentences: the ends taken as str.find finds them -------------------------------------------


def test_is_space_is_str_isspace_on_every_code_point() -> None:
    for code in range(0x110000):
        assert sentences._is_space(code) == chr(code).isspace(), hex(code)


def _random_texts(alphabet: str, count: int, longest: int, seed: int = 54) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


def test_split_found_is_split_matched(texts) -> None:
    spaced = [t.replace("。", "。 \u3000\n ").replace("，", " ，\u2003") for t in texts[:40]]
    alphabet = "。！？!?；;…\n \u3000\u2003\t.”’」』》)）\"'中国年a1,，"
    randoms = _random_texts(alphabet, 30000, 14) + _random_texts(alphabet + "中" * 8, 300, 900)
    for text in texts + spaced + randoms:
        expected = [_fields(s) for s in sentences._split_matched(text)]
        assert [_fields(s) for s in sentences._split_found(text)] == expected, repr(text)


def test_split_sentences_takes_the_build_s_path() -> None:
    text = "中方表示 美方回应。\n\n次日. 双方会谈!!”其后"
    found = [_fields(s) for s in sentences.split_sentences(text)]
    assert found == [_fields(s) for s in sentences._split_matched(text)]
    assert [s[0] for s in found] == ["中方表示", "美方回应。", "次日.", "双方会谈!!”", "其后"]
