"""Speed pass of the reading stage (helper sq): each fast path gives what the slow one gave.

_fold_simplified (kg/articles.py) folds and simplifies with one search of the text for the
characters that fold and those of traditional script, where _simplify(*_fold_marked(text))
searched the folded text for traditional script apart.
"""

from __future__ import annotations

import random

import pytest
from sentences import inspectable_files

from kg import articles


def _as_before(text: str) -> str:
    """Folded, then simplified after a search of the folded text for traditional script."""
    return articles._simplify(*articles._fold_marked(text))


# --- _fold_simplified: one search for characters that fold and for traditional script


def test_fold_simplified_as_before_on_every_article_and_line_of_the_sets() -> None:
    traditional = 0
    for path in inspectable_files():
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
        assert articles._fold_bmp_seeing(text)[2], repr(ch)


def test_no_traditional_reported_for_simplified_text() -> None:
    seen = articles._fold_bmp_seeing("美国，朝鲜（制裁） 会谈\n")
    assert seen == ("美国,朝鲜(制裁) 会谈\n", False, False, False)
    assert articles._fold_bmp_seeing("美國，朝鮮")[2]


# --- _plain_space_runs: the runs of white space found with searches for a literal


def _regex_runs(body: str) -> list[tuple[int, int]]:
    return [match.span() for match in articles._SPACE_RUN.finditer(body)]


@pytest.mark.parametrize(
    "body",
    [
        "",
        " ",
        "\n",
        "\n\n",
        "a\nb",  # a lone line break inside the text: no run
        "\na",  # ... at the start: a run
        "a\n",  # ... at the end: a run
        "a \nb",
        "a\n b",  # the run begins with the line break before the space
        "a\n\n\n b\n\nc",
        "美国 对朝鲜  实施制裁。 \n\n次日\n双方会谈 ",
        " \n a \n",
        "北约重申支持乌克兰 正式邀请芬兰加入\n对中国 340 亿美元",
    ],
)
def test_plain_space_runs_as_the_regex(body: str) -> None:
    assert articles._plain_space_runs(body) == _regex_runs(body)


def test_plain_space_runs_as_the_regex_on_random_bodies() -> None:
    rng = random.Random(2029)
    for _ in range(5000):
        body = "".join(rng.choice(" \n\n美a") for _ in range(rng.randint(0, 14)))
        assert articles._plain_space_runs(body) == _regex_runs(body), repr(body)


@pytest.mark.parametrize(
    "text",
    [
        "美国，朝鲜\n会谈 双方",  # space and line break only: plain
        "美国\u3000朝鲜",  # an ideographic space (it folds)
        "美国\xa0朝鲜，",  # a no-break space (it folds)
        "美国\t朝鲜",  # a tab (it does not fold)
        "美国\u200b朝鲜",  # an invisible character
        "國務卿\u3000抵達",  # traditional script and an odd space
        "抵達\u3000國務卿，",  # ... the other way round
        "美国\U00028a0f朝鲜",  # beyond the BMP: not known, so not plain
    ],
)
def test_plain_spaces_told_only_when_the_text_holds_no_odd_space(text: str) -> None:
    folded, plain = articles._fold_simplified_seeing_spaces(text)
    assert folded == _as_before(text)
    if plain:
        assert articles._ODD_SPACE.isdisjoint(text)
    else:
        assert not articles._ODD_SPACE.isdisjoint(text) or articles._beyond_bmp(text)


def test_reading_the_sets_gives_the_text_and_offsets_of_the_regex_path() -> None:
    """Every article of the sets: text and offsets as normalise() gives them (the regex
    path), where read_article took the plain path when it could; both paths are taken."""
    plain = odd = 0
    for path in inspectable_files():
        article = articles.read_article(path)
        assert (article.text, article.offsets) == articles.normalise(article.body), path
        if articles._ODD_SPACE.isdisjoint(article.body):
            plain += 1
        else:
            odd += 1
    assert plain and odd


# --- _split_header_lines: the header read from the first lines split off the text


def _header_as_before(text: str) -> tuple[dict[str, str], str]:
    """_split_header_lines as it was: the whole text split into lines."""
    lines = text.split("\n")
    meta, index = articles._header(lines)
    return (meta, text) if not meta else (meta, "\n".join(lines[index:]))


_HEADERS = [
    "来源：https://example.com/a\n日期：2023-05-01\n",
    "来源：新华社\n日期：2023-05-01\n",  # an outlet before the date
    "来源：新华社\n日期：2023-05-01\n来源：人民网\n日期：2023-05-02\n",
    "日期：2023-02-30\n",  # no such day: not a header
    "url: www.example.com/b\n",
    "",
]


@pytest.mark.parametrize("blank", [0, 1, 9, 10, 11, 12, 13, 14, 15, 16, 17, 30])
@pytest.mark.parametrize("header", _HEADERS)
def test_split_header_lines_as_before(blank: int, header: str) -> None:
    """Blank lines before the header, as many as reach the lines split off and past them;
    a text as long as that and longer."""
    for rest in ("美国宣布制裁。", "美国宣布制裁。\n" * 20, "\n" * 20, ""):
        text = "\n" * blank + header + rest
        assert articles._split_header_lines(text) == _header_as_before(text)


def test_split_header_lines_as_before_on_the_sets() -> None:
    for path in inspectable_files():
        text = articles._decode(path.read_bytes(), str(path))[0]
        rest = articles._split_front_matter(text, str(path))[1]
        assert articles._split_header_lines(rest) == _header_as_before(rest), path


def test_fold_search_classes_hold_each_kind_asked_for() -> None:
    """The four classes of _fold_search, written from the texts of the classes of each
    kind, match the characters of each kind asked for and no other."""
    fold, traditional = "，", "國"
    for want_traditional in (True, False):
        for want_odd in (True, False):
            pattern = articles._fold_search(want_traditional, want_odd)
            assert pattern.fullmatch(fold)
            assert bool(pattern.fullmatch(traditional)) is want_traditional
            assert all(bool(pattern.fullmatch(ch)) is want_odd for ch in "\t\u200b\u00ad")
            assert not pattern.search("美国 对朝鲜\n制裁abc")
    assert articles._class_members(articles._char_class("")) == ""
    assert articles._class_members(articles._char_class("ab")) == "ab"
