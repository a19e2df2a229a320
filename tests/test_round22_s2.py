"""The speed pass of round 22 on reading, sentence splitting and segmentation: each fast path
gives what the slow one it replaced gave, which is kept here as the reference, on every
article (and sentence) of the inspectable sets."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg import articles, sentences
from kg.articles import read_article
from kg.model import Sentence
from kg.segment import segmenter
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "seeds", ROOT / "eval" / "dev", ROOT / "eval" / "terminus-dev"]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The matching text of every article of the inspectable sets."""
    files = sorted(path for folder in CORPORA for path in folder.iterdir() if path.is_file())
    return [read_article(path).text for path in files]


@pytest.fixture(scope="module")
def raw_lines() -> list[str]:
    """Every line of every file of the inspectable sets, as written (Markdown marks and all)."""
    files = sorted(path for folder in CORPORA for path in folder.iterdir() if path.is_file())
    return [line for path in files for line in path.read_text("utf-8").split("\n")]


# --------------------------------------------------------------------------- sentences


def _split_sentences_before(text: str) -> list[Sentence]:
    """split_sentences as it was: every end mark through ``_add``."""
    found: list[Sentence] = []
    paragraph = pos = 0
    for match in sentences._SENTENCE_END.finditer(text):
        start, end = match.span()
        if text[start] == "\n":
            sentences._add(found, text, pos, start, paragraph)
            paragraph += 1
        else:
            sentences._add(found, text, pos, end, paragraph)
        pos = end
    if pos < len(text):
        sentences._add(found, text, pos, len(text), paragraph)
    return found


_EDGES = [
    "",
    "\n\n",
    " 美国制裁朝鲜。 \n\n朝方谴责美国！」\n次日 双方会谈",
    "美国制裁朝鲜。\n",
    "\u3000\u3000中方称各种战都奉陪\u3000美防长回呛。\n \n",
    "开头" + "，很长的一句话" * 80 + "。结尾",
    "  " + "x" * 401 + "  \n" + "y" * 400 + "\n" + "z" * 399 + " ",
]


def test_split_sentences_is_the_old_split_on_every_article(texts):
    for text in [*texts, *_EDGES]:
        assert split_sentences(text) == _split_sentences_before(text)


# --------------------------------------------------------------------------- Markdown marks


# the rules as they were, with re's templates for a group
_LINK_RULES_BEFORE = (
    articles._LINK_RULES[0],
    articles._LINK_RULES[1],
    ("](", articles._LINK, r"\1"),
    ("][", articles._REF_LINK, r"\1"),
)
_EMPHASIS_RULES_BEFORE = (
    ("<", articles._AUTOLINK, r"\1"),
    ("*", articles._STRONG, r"\2"),
    ("_", articles._UNDERLINE, r"\2"),
    ("~~", articles._STRIKE, r"\1"),
)


_MARKED = [
    "美国**制裁**朝鲜,见[外交部](https://example.org/a_(b))与[声明][1]",
    "<https://example.org> 与 <someone@example.org> ~~删去~~ __强调__ _斜体_ ***三重***",
    "snake_case_name 与 a*b*c、[空]()、[]() 和 **未闭合",
    "![图](x.png) `代码` [引用][] 普通文本",
]


def test_markdown_rules_replace_as_the_templates_did(raw_lines):
    lines = [*raw_lines, *_MARKED]
    pairs = [
        (articles._LINK_RULES, _LINK_RULES_BEFORE),
        (articles._EMPHASIS_RULES, _EMPHASIS_RULES_BEFORE),
    ]
    for rules, before in pairs:
        for line in lines:
            assert articles._apply(rules, line) == articles._apply(before, line)


def test_markdown_marks_are_removed():
    assert articles._apply(articles._EMPHASIS_RULES, "美国**制裁**朝鲜 ~~删~~") == "美国制裁朝鲜 删"
    assert articles._apply(articles._LINK_RULES, "[外交部](https://x.org)称") == "外交部称"


# --------------------------------------------------------------------------- segmentation


def test_rjieba_segmenter_answers_as_the_wrapped_calls(texts):
    rjieba = pytest.importorskip("rjieba")
    seg = segmenter("rjieba")
    for text in texts:
        for sentence in split_sentences(text):
            tags = seg.tag(sentence.text)
            assert type(tags) is list and tags == list(rjieba.tag(sentence.text))
            words = seg.cut(sentence.text)
            assert type(words) is list and words == list(rjieba.cut(sentence.text))
            assert tags is not seg.tag(sentence.text)  # a new list each call, as list() made
    for word in ("美国", "制裁", "不是一个词", ""):
        assert seg.has_word(word) is bool(rjieba.has_word(word))


# --------------------------------------------------------------------------- Turtle


def _lines_holding_before(data: bytes, mark: bytes) -> list[bytes]:
    """The blank-node lines as write_ntriples_as_turtle found them before (sorted here: the
    Turtle does not depend on their order)."""
    return sorted(line for line in set(data.splitlines()) if mark in line)


_DATA = [
    b"",
    b"_:",
    b"_:a <p> <o> .",
    b'<s> <p> _:b .\n<s> <p> "x" .\n<s> <p> _:b .\n',
    b'<s> <p> "_: in a literal" .\n\n_:c <p> _:d .',
    b"a\x0b_:b\x0cc\nd_:\re\r\n_:f",
    b"\n\n_:x\n\n",
]


def test_lines_holding_are_the_lines_split_found(tmp_path):
    from kg.graph import build_graph
    from kg.pipeline import _lines_holding

    graph = build_graph([])  # the ontology: its class expressions are blank nodes
    ntriples = graph.serialize(format="nt").encode("utf-8")
    for data in [ntriples, *_DATA]:
        assert _lines_holding(data, b"_:") == _lines_holding_before(data, b"_:")
    assert len(_lines_holding(ntriples, b"_:")) > 10


# --------------------------------------------------------------------------- page layout


@pytest.mark.parametrize("seed", range(40))
def test_the_pushes_are_networkx_einsums(seed):
    """The spring layout's displacements: the bits networkx's step gives, for components of
    3 to 300 nodes, positions of any scale, nodes at one spot, edges or none."""
    import numpy as np

    from kg import views

    rng = np.random.default_rng(seed)
    n = int(rng.integers(3, 301))
    pos = rng.random((n, 2)) * 10 ** rng.uniform(-3, 3)
    pos[rng.random(n) < 0.05] = pos[0]
    A = (rng.random((n, n)) < rng.uniform(0, 0.2)).astype(float)  # noqa: N806
    A = np.maximum(A, A.T)  # noqa: N806
    np.fill_diagonal(A, 0.0)
    k = np.sqrt(1.0 / n)
    # networkx 3's _fruchterman_reingold, one step
    delta = pos[:, np.newaxis, :] - pos[np.newaxis, :, :]
    distance = np.linalg.norm(delta, axis=-1)
    np.clip(distance, 0.01, None, out=distance)
    expected = np.einsum("ijk,ij->ik", delta, (k * k / distance**2 - A * distance / k))
    assert views._pushes(pos, A, k).tobytes() == expected.tobytes()


# --------------------------------------------------------------------------- Markdown links

# the link patterns as they were, with plain repeats
_IMAGE_BEFORE = re.compile(r"!\[(?:[^\[\]]|\[[^\]]*\])*\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])")
_LINK_BEFORE = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()]|\([^()]*\))*\)")


def _bracket_soup(count: int) -> list[str]:
    """Short random strings of brackets, marks and letters: every way of nesting, closing
    or not closing a link."""
    rng = random.Random(22)
    return ["".join(rng.choices("[]()!a ", k=rng.randint(0, 14))) for _ in range(count)]


def test_possessive_link_patterns_match_as_the_plain_ones(raw_lines):
    texts = [*raw_lines, *_MARKED, *_bracket_soup(30_000)]
    for before, now in ((_IMAGE_BEFORE, articles._IMAGE), (_LINK_BEFORE, articles._LINK)):
        for text in texts:
            assert [m.group(0, 1 if now.groups else 0) for m in now.finditer(text)] == [
                m.group(0, 1 if before.groups else 0) for m in before.finditer(text)
            ], text


# --------------------------------------------------------------------------- folding


def test_beyond_bmp_is_the_astral_search(texts, raw_lines):
    odd = ["", "a", "é", "\U0001f600", "中\U00020000文", "x\ud800y", "\udfff", "\uffff"]
    for text in [*texts, *raw_lines, *odd]:
        assert articles._beyond_bmp(text) == (articles._ASTRAL.search(text) is not None)
