"""Speed pass (round 24, s2) on what a build does besides the rules: each fast path gives
what the long way gave (kept here), on the bodies of the seeds, eval/dev, eval/terminus-dev
and the fresh22 dev pages, and on cases written for the test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg import articles
from kg.articles import iter_articles

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [
    ROOT / "seeds",
    ROOT / "eval" / "dev",
    ROOT / "eval" / "terminus-dev",
    *sorted((ROOT / "eval" / "fresh22").glob("*-dev")),
]


@pytest.fixture(scope="module")
def bodies() -> list[str]:
    found = iter_articles([str(f) for f in FOLDERS if f.exists()])
    return [item.body for item in found if hasattr(item, "body")]


# --- white space spelt out ----------------------------------------------------------------

_OLD_SPACE = r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]"
_OLD_SPACE_RUN = re.compile(rf"{_OLD_SPACE}(?:(?<!\n)|(?<=\A\n)|(?={_OLD_SPACE}|\Z)){_OLD_SPACE}*")

_WRITTEN = [
    "美国 对朝鲜\u3000实施制裁，",
    "\n美国制裁朝鲜。\n\n朝方谴责\u00a0美国",
    "谈 判\u200b继续\u2028次日\u2029会谈\x1c\x1d\x1e\x1f结束\x85",
    "对中国 340 亿美元\t\x0b\x0c\r\n",
    "a\u1680b\u2000c\u200ad\u202fe\u205ff\u3000\u3000g\ufeff\u00ad\u2060h\u200c\u200d",
    " \n",
    "\n",
    "",
]


def test_white_space_is_what_backslash_s_matches() -> None:
    """The spelt-out class holds exactly the characters ``\\s`` matches (str.isspace)."""
    every = "".join(map(chr, range(0x110000)))
    spaces = {ch for ch in every if ch.isspace()}
    assert set(articles._WHITE_SPACE) == spaces
    assert set(re.findall(r"\s", every)) == spaces


@pytest.mark.parametrize("text", _WRITTEN)
def test_space_runs_as_before_on_written_cases(text: str) -> None:
    old = [m.span() for m in _OLD_SPACE_RUN.finditer(text)]
    assert [m.span() for m in articles._SPACE_RUN.finditer(text)] == old


def test_space_runs_as_before_on_dev_bodies(bodies: list[str]) -> None:
    assert bodies
    for body in bodies:
        old = [m.span() for m in _OLD_SPACE_RUN.finditer(body)]
        assert [m.span() for m in articles._SPACE_RUN.finditer(body)] == old


# --- boilerplate lines: the characters that open a pattern only looked for within reach -----


def _old_matches(pattern: articles._Boilerplate, key: str) -> bool:
    """_Boilerplate.matches as it was: every line searched whole for those characters."""
    if (
        key.lstrip()[0] in pattern._by_first
        or pattern._anywhere
        or (pattern._reached is not None and pattern._reached.search(key) is not None)
    ):
        return pattern.fullmatch(" ".join(key.split()))
    return False


_BOILERPLATE_LINES = [
    "未经授权不得转载",
    "本文未经许可，不得转载",
    "  \u3000\u3000本文版权归作者所有，未经书面授权不得转载",
    "一二三四五六七八九十一二三四五六七八九十未经授权不得转载",
    "一 二 三 四 五 六 七 八 九 十 一 二 未经授权不得转载",
    "一二三四五六七八九十一二\t\t\t\t\t\t\t\t\t\t\t\t\t未经授权不得转载",
    "一二三四五六七八九十" + " " * 15 + "未经授权不得转载",  # within reach once respaced
    "长按识别下方二维码关注我们",
    "欢迎大家长按识别下方二维码",
    "请          扫描下方二维码",
    "美国宣布对朝鲜实施新一轮制裁，未经联合国授权的行动遭到批评。",
    "他说，这一决定未经国会批准。",
    "x",
]


def _lines_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def test_boilerplate_tests_lines_as_before() -> None:
    pattern = articles._boilerplate()
    assert pattern is not None and pattern._reaching
    folded = [articles._simplify(articles._fold(line)) for line in _BOILERPLATE_LINES]
    assert any(_old_matches(pattern, key) for key in folded)  # the cases hold boilerplate
    for key in folded:
        assert pattern.matches(key) == _old_matches(pattern, key), key


def test_boilerplate_tests_dev_lines_as_before() -> None:
    """Every line of the dev-side files as they are (boilerplate and all)."""
    pattern = articles._boilerplate()
    assert pattern is not None
    files = [path for folder in FOLDERS for path in sorted(folder.rglob("*")) if path.is_file()]
    matched = 0
    for path in files:
        for line in _lines_of(path.read_text(encoding="utf-8", errors="replace")):
            key = articles._simplify(articles._fold(line))
            old = _old_matches(pattern, key)
            assert pattern.matches(key) == old, key
            matched += old
    assert matched
