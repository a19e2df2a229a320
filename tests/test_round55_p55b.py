"""Round 55, helper p55b: fixed costs of reading every article cut, byte-identical. Each fast
path must give what the slow one gave: the suffix without pathlib, the control-byte count
that skips bytes.translate when memchr finds no control byte, the astral test that reads the
string's width first, the marks of each Markdown line from bytes.translate, the body and its
fold read from the joined texts by where lines start, and YAML's resolvers by first
character. The fold search keeps one compiled class per kind (no key by keywords)."""

from __future__ import annotations

import random
import re
import sys
from itertools import accumulate
from pathlib import Path

import pytest
from test_round51_p51c import _lines

from kg import articles
from kg.articles import (
    _assemble,
    _assemble_keys,
    _beyond_bmp,
    _control_bytes,
    _fold_lines,
    _fold_search,
    _is_text,
    _line_marks,
    _line_starts,
    _suffix,
    read_article,
)
from kg.exceptions import InputError

ROOT = Path(__file__).resolve().parent.parent


def _article_files() -> list[Path]:
    files = sorted(
        path
        for folder in ("seeds", "eval")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in articles.ARTICLE_SUFFIXES and path.is_file()
    )
    return files[::7][:400]  # a sample of every kind of folder


def _texts() -> list[str]:
    texts = []
    for path in _article_files():
        try:
            texts.append(path.read_bytes().decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return texts


def test_suffix_is_paths() -> None:
    names = [
        "a.md", "a.MD", "dir/a.b.html", "..md", ".md", "a.", "a", "", ".", "..", "a/..",
        "a/.", "a/b/", "a.md/", "a.md//", "/x/y.z/w", "/x/y/.hidden.txt", "x/...", "x/a..b",
        "中文/文章.markdown", "a b/c d.htm", "./a.txt", "a/./b.txt", "x.tar.gz",
    ]  # fmt: skip
    rng = random.Random(55)
    for _ in range(2000):
        names.append("".join(rng.choice("ab./.M中 ") for _ in range(rng.randint(0, 9))))
    for name in names:
        assert _suffix(name) == Path(name).suffix, name


def _counted_controls(raw: bytes) -> int:
    """_control_bytes as round 54 wrote it: always through bytes.translate."""
    sample = raw[: articles._SAMPLE]
    if b"\x00" in sample or sample.startswith(articles._BINARY_MAGIC):
        return len(sample) + 1
    return len(sample.translate(None, articles._TEXT_BYTES))


def test_control_bytes_are_counted() -> None:
    rng = random.Random(55)
    samples = [b"", b"a", b"\x1b", b"\x7f", b"\x0b\x0c", b"%PDF-1", "中文\t\r\n\x0c".encode()]
    for path in _article_files()[:100]:
        samples.append(path.read_bytes())
    for raw in list(samples):
        for _ in range(3):
            at = rng.randrange(len(raw) + 1)
            samples.append(raw[:at] + bytes([rng.choice(articles._CONTROL_BYTES)]) + raw[at:])
    samples.append(b"x" * (articles._SAMPLE + 10) + b"\x01")  # past the sample: not counted
    samples.append(b"\x01" + b"x" * (articles._SAMPLE + 10))
    for _ in range(300):
        samples.append(bytes(rng.randrange(256) for _ in range(rng.randint(0, 60))))
    for raw in samples:
        assert _control_bytes(raw) == _counted_controls(raw), raw[:80]


def test_beyond_bmp_is_the_encoders() -> None:
    texts = ["", "a", "é", "中", "\uffff", "\U00010000", "a\U0010ffff", "\ud800", "中\U00020000文"]
    wide = "\U00020000"
    # strings stored wider than their characters need: replace and join keep the width
    texts += [(wide + "中文").replace(wide, ""), "".join([wide[:0], "中", wide]).replace(wide, "")]
    texts += [(wide + "ab").replace(wide, "c"), "\n".join([(wide + "x").replace(wide, ""), "y"])]
    texts += _texts()[:50]
    for text in texts:
        expected = len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
        assert _beyond_bmp(text) == expected, text[:40]
    if sys.implementation.name == "cpython":
        assert articles._WIDE_BASE > 0  # the width is read from the size here


def _marked(ascii_text: bytes) -> set[int]:
    """The marked lines as round 52 found them: a search of the text and a count of breaks."""
    found: set[int] = set()
    line = pos = 0
    for match in re.finditer(rb"[\[\]*_`<\\~!][^\n]*", ascii_text):
        start = match.start()
        line += ascii_text.count(b"\n", pos, start)
        pos = start
        found.add(line)
    return found


def test_line_marks_are_the_marked_lines() -> None:
    texts = _texts() + ["", "\n", "*", "a\n**b**\n\n[x](y)\n", "中\\文\n~~\n!\n`", "<\n>\n_"]
    rng = random.Random(55)
    for text in list(texts[:60]):
        lines = text.split("\n")
        for _ in range(5):
            at = rng.randrange(len(lines))
            lines[at] = rng.choice("[]*_`<\\~!#>|") + lines[at]
        texts.append("\n".join(lines))
    for text in texts:
        ascii_text = text.encode("ascii", "ignore")
        marks = _line_marks(ascii_text)
        assert len(marks) == len(text.split("\n"))
        assert {i for i, mark in enumerate(marks) if mark} == _marked(ascii_text)


def _assembled(lines: list[str]) -> tuple[str, str, bool]:
    """_assemble as round 54 wrote it: the fold split into lines, both sets joined again."""
    keys, plain_spaces, joined = _fold_lines(lines)
    return _assemble_keys(lines, keys, joined, plain_spaces)


def test_assemble_reads_the_joined_texts() -> None:
    pieces = _lines()
    rng = random.Random(55)
    cases = [[], [""], ["", "  "], ["分享到"], ["中文", "分享到"], ["分享到", "", "中文", " "]]
    for text in _texts()[:120]:
        cases.append(text.split("\n"))
    for _ in range(600):
        lines = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
            for _ in range(rng.randint(1, 12))
        ]
        cases.append([line.replace("\n", " ") for line in lines])
    for lines in cases:
        assert _assemble(lines) == _assembled(lines), lines


def test_line_starts() -> None:
    for lines in [[""], ["a"], ["ab", "", "中文"], ["", ""]]:
        joined = "\n".join(lines)
        starts = _line_starts(lines)
        assert starts == list(accumulate([len(line) + 1 for line in lines], initial=0))
        assert [joined[starts[i] : starts[i + 1] - 1] for i in range(len(lines))] == lines


@pytest.mark.parametrize("first", [True, False])
def test_assemble_with_a_line_break_in_a_line(first: bool) -> None:
    """Lines that hold a line break of their own go the way they went."""
    lines = ["中文\n分享到", "美国"] if first else ["美国", "a\nb", "分享到"]
    assert _assemble(lines) == _assembled(lines)


def _is_text_54(plain: str) -> bool:
    resolvers = articles._YAML_LOADER.yaml_implicit_resolvers
    for tag, regexp in resolvers.get(plain[:1], []) + resolvers.get(None, []):
        if regexp.match(plain):
            return tag in articles._TEXT_TAGS
    return True


def test_is_text_is_round_54s() -> None:
    scalars = ["title", "date", "2020-01-02", "1", "1.5", "0x1f", "true", "No", "null", "~", "",
               "中文", "on", "OFF", "=", "<<", ".inf", "-.5", "+1", "1_000", "2020-01-02 10:00",
               "Yes", "y", "n", "TRUE", "tags", "0o17", "1e5", ".nan", "-"]  # fmt: skip
    rng = random.Random(55)
    chars = "0123456789.-+:eExTtrunl_ 中"
    scalars += ["".join(rng.choice(chars) for _ in range(6)) for _ in range(500)]
    for scalar in scalars:
        assert _is_text(scalar) == _is_text_54(scalar), scalar


def test_fold_search_compiles_each_class_once() -> None:
    _fold_search.cache_clear()
    texts = ["美國，中文\u3000a", "中文，b", "國", "\u3000", "a", "國\u3000，"] * 5
    for text in texts:
        articles._fold_bmp_seeing(text)
    assert _fold_search.cache_info().misses <= 4


def test_white_space_files_are_empty() -> None:
    for raw in [b"", b" \n", b"\r\n\t\x0c", "\ufeff \n".encode(), b"\xef\xbb\xbf\n"]:
        with pytest.raises(InputError, match="empty file"):
            read_article("x.md", raw)
    assert read_article("x.md", " 中文 \n".encode()).body == "中文"
