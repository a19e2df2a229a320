"""Speed pass of the reading stage (helper sq): each fast path gives what the slow one gave.

_fold_simplified (kg/articles.py) folds and simplifies with one search of the text for the
characters that fold and those of traditional script, where _simplify(*_fold_marked(text))
searched the folded text for traditional script apart.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg import articles

ROOT = Path(__file__).resolve().parents[1]
SETS = ("seeds", "eval/dev", "eval/terminus-dev")


def _files() -> list[Path]:
    suffixes = {".txt", ".md", ".markdown", ".html", ".htm"}
    return [
        path
        for folder in SETS
        for path in sorted((ROOT / folder).rglob("*"))
        if path.suffix.lower() in suffixes
    ]


def _as_before(text: str) -> str:
    """Folded, then simplified after a search of the folded text for traditional script."""
    return articles._simplify(*articles._fold_marked(text))


# --- _fold_simplified: one search for characters that fold and for traditional script


def test_fold_simplified_as_before_on_every_article_and_line_of_the_sets() -> None:
    traditional = 0
    for path in _files():
        body = articles._decode(path.read_bytes(), str(path))[0]
        assert articles._fold_simplified(body) == _as_before(body), path
        traditional += articles._has_traditional(articles._fold(body))
        for line in body.split("\n"):
            assert articles._fold_simplified(line) == _as_before(line), line
    assert traditional  # the sets hold articles in traditional script: both paths are tried


@pytest.mark.parametrize(
    "text",
    [
        "美國對朝鮮實施制裁，雙方會談。",  # traditional and full-width: both found
        "美国对朝鲜实施制裁，双方会谈。",  # simplified: folds only, no conversion
        "美国对朝鲜实施制裁",  # nothing to fold, nothing to convert
        "國",  # traditional only, nothing that folds
        "制裁，國：（會談）",  # traditional between characters that fold: those after it fold
        "徵收关税，其馀",  # simplified text keeping a form the table changes alone
        "「國家」『們』，",  # corner brackets stay
        "穆罕默德．沙尔曼說，",  # the name point before the search
        "\ufa6c字，",  # a compatibility ideograph that folds beyond the BMP
        "\uf900\uf901",  # compatibility ideographs that fold into the BMP
        "香港\U00028a0f記者報道",  # beyond the BMP: the way it went
        "第一行，\n香港記者\n第三行國\n",  # lines: only some hold traditional script
        "",
    ],
)
def test_fold_simplified_edge_cases(text: str) -> None:
    assert articles._fold_simplified(text) == _as_before(text)
    assert articles.normalise(text) == articles._normalise(text, _as_before(text))


def test_fold_simplified_as_before_on_random_mixes() -> None:
    """Texts drawn from the characters that fold, those of traditional script and plain
    text: the two paths agree on every one (a failure prints the text)."""
    rng = random.Random(29)
    traditional = sorted(ch for ch in articles._traditional_chars()[0] if ch <= "\uffff")
    pool = [*articles._foldable_chars(), *traditional, *"美国对朝鲜实施制裁 \n。「」", "\U000242ee"]
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 10)))
        assert articles._fold_simplified(text) == _as_before(text), repr(text)


def test_traditional_found_through_a_fold_is_converted() -> None:
    """A character that folds into one of traditional script (a compatibility ideograph)
    makes the text convert even where the text held no traditional character itself."""
    found = [
        ch
        for ch in articles._foldable_chars()
        if articles._fold_char(ch) in articles._traditional_chars()[0]
    ]
    assert found
    for ch in found[:20]:
        text = f"美国{ch}制裁，"
        assert articles._fold_simplified(text) == _as_before(text), repr(ch)
        assert articles._fold_bmp_seeing_traditional(text)[2], repr(ch)


def test_no_traditional_reported_for_simplified_text() -> None:
    text, widened, traditional = articles._fold_bmp_seeing_traditional("美国，朝鲜（制裁）")
    assert (text, widened, traditional) == ("美国,朝鲜(制裁)", False, False)
    assert articles._fold_bmp_seeing_traditional("美國，朝鮮")[2]
