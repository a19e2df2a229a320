"""Round 25, sp1: the fast paths of reading articles give what the plain paths give.

Each fast path skips work (lxml for simple raw HTML in Markdown, passes over text that holds
nothing for them); these tests compare it with the plain path on written and random inputs.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import kg.articles
from kg.articles import read_article

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "data" / "articles"
TERMINUS = Path("/work/shared/corpus/terminus")


def _lxml_lines(joined: str) -> list[str]:
    """The plain reading of Markdown lines holding raw HTML: lxml, a <br> for every break."""
    return kg.articles._html_lines(joined.replace("\n", "<br>\n"))[0]


# --- raw HTML in Markdown without lxml --------------------------------------------------------

SIMPLE_HTML = [
    "<figcaption>图注</figcaption>\n正文第一段",
    "正文\n<figcaption>美国  制裁\t朝鲜</figcaption>\n\n下一段",
    "<center>居中</center>后文<br>下一行<br/>再下一行<BR />完",
    '<font color="red">红字</font> 与 <b>粗体</b><i> 斜体 </i>。',
    "<figcaption><b>图</b> <i>注</i></figcaption>  <b>甲</b>  <i>乙</i>",
    "<div>块<span>内联</span>块</div>尾",
    "A&amp;B <b>&lt;粗&gt;</b> &nbsp;空格 &copy 2018 &notit; &D=1&from=x &foo; &",
    "&NewLine;甲&Tab;乙\n<b>丙</b>",
    "<a href='http://x.cn/a?b=1'>链接</a> <a href=x.cn>另一</a>",
    "a < b 和 a<1 与 <b>x</b> > y",
    "<figcaption>未闭合\n下一行",
    "<FIGCAPTION>大写</Figcaption>\n后",
    "甲\ufdd0乙\n<b>丙</b>",
    "\u3000<b>全角空格</b>\u3000\n\u00a0<i>不换行空格</i>",
]


@pytest.mark.parametrize("joined", SIMPLE_HTML)
def test_simple_markup_reads_as_lxml_reads_it(joined: str) -> None:
    lines = kg.articles._plain_markup_lines(joined)
    assert lines is not None, joined
    assert lines == _lxml_lines(joined)
    assert kg.articles._markdown_html_lines(joined) == lines


OTHER_HTML = [
    '<div class="share">分享</div>正文',  # a widget class: _prune's length test
    "<span id=x>甲</span>乙",
    '<span style="display:none">藏</span>显',
    "<div hidden>藏</div>显",
    "<!-- 注释 -->正文",
    "<?xml version='1.0'?><b>甲</b>",
    "&#x671D;鲜<b>甲</b>",  # numeric references: lxml's reading of them
    "<b><i>错</b>位</i>",  # misnested: lxml closes at </b>
    "<figcaption><b>图</figcaption>注</b>",
    "<b>甲<b>乙</b></b>",  # an element opening inside another of its name
    "<a href=x>甲<a href=y>乙</a></a>",
    "<b/>甲",  # self-closing: libxml2 closes it at once
    "</br>甲",
    "<img src=a.png>后",  # dropped elements
    "<p>段</p>",
    "<pre>代码\n  缩进</pre>",
    "<figcapture>错拼</figcapture> <b>甲</b>",  # unknown: blanks after it are dropped
    "</ >甲",
    '<font color="a\nb">甲</font>',
    "<b title='<'>甲</b>",
    "甲\x00乙<b>丙</b>",
]


@pytest.mark.parametrize("joined", OTHER_HTML)
def test_other_markup_goes_to_lxml(joined: str) -> None:
    assert kg.articles._plain_markup_lines(joined) is None


_TAGS = "figcaption center div a b big em font i s small span strike strong tt u".split()
_ATTRIBUTES = ("", " color=red", ' color="#ff0000"', " href='http://x.cn/a?b=1'", " data-x", "  ")
_TEXTS = (
    "中国|美国制裁朝鲜|。|，|abc|x y| |  |\t|\u3000|\u00a0|\n|\n|\n\n|  \n  |&amp;|&lt;|&gt;|"
    "&quot;|&nbsp;|&amp|&copy|&|<|< b|a<1|&foo;|&ampx|&notit;|&not|&D|&from=1|&NewLine;|"
    "\ufdd0|\uffff|😀|>|/>|a=b"
).split("|")


def _random_simple_html(rng: random.Random, depth: int = 0) -> str:
    """Text, <br> and simple elements, nested as written (now and then left open)."""
    pieces = []
    for _ in range(rng.randint(1, 6)):
        draw = rng.random()
        if draw < 0.3 and depth < 4:
            name = rng.choice(_TAGS)
            start = name.upper() if rng.random() < 0.1 else name
            inner = _random_simple_html(rng, depth + 1)
            end = f"</{name}>" if rng.random() < 0.95 else ""
            pieces.append(f"<{start}{rng.choice(_ATTRIBUTES)}>{inner}{end}")
        elif draw < 0.4:
            pieces.append(rng.choice(("<br>", "<br/>", "<br />")))
        else:
            pieces.append(rng.choice(_TEXTS))
    return "".join(pieces)


def test_random_simple_markup_reads_as_lxml_reads_it() -> None:
    rng = random.Random(25)
    fast = 0
    for _ in range(2500):
        joined = _random_simple_html(rng)
        lines = kg.articles._plain_markup_lines(joined)
        if lines is not None:
            fast += 1
            assert lines == _lxml_lines(joined), joined
    assert fast > 1500


def _markdown_html(path: Path) -> str | None:
    """The Markdown lines of an article joined, when they hold raw HTML (else None)."""
    text, _ = kg.articles._decode(path.read_bytes(), str(path))
    _, rest = kg.articles._split_front_matter(text, str(path))
    _, rest = kg.articles._split_header_lines(rest)
    if kg.articles._detect_format(str(path), rest) != "md":
        return None
    source = rest.split("\n")
    refs = kg.articles._reference_names(source)
    lines: list[str] = []
    in_table = False
    for line in source:
        in_table = kg.articles._markdown_line(line, refs, lines, in_table)
    joined = "\n".join(lines)
    return joined if kg.articles._MD_HTML_TAG.search(joined) else None


def _corpus_files() -> list[Path]:
    files = sorted(FIXTURES.glob("*.m*"))
    if TERMINUS.is_dir():
        files += sorted(TERMINUS.glob("*.m*"))
    return files


def test_articles_with_simple_markup_read_as_lxml_reads_them() -> None:
    """Every Markdown article with raw HTML (the fixtures; Terminus where it is at hand)."""
    fast = 0
    for path in _corpus_files():
        joined = _markdown_html(path)
        lines = None if joined is None else kg.articles._plain_markup_lines(joined)
        if lines is not None:
            fast += 1
            assert lines == _lxml_lines(joined), path
    assert fast >= 1


def test_article_with_captions_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: 题\n---\n正文第一段。\n\n<figcaption>图注 &amp; 说明</figcaption>\n\n后文。\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.body == "正文第一段。\n图注 & 说明\n后文。"


# --- Markdown lines: inline marks found among a line's ASCII characters -----------------------

_LINE_PARTS = (
    "美国制裁朝鲜|，|。|abc|**粗**|*斜*|_下划_|~~删~~|`码`|[链接](http://x.cn/a_b)|![图](a.png)|"
    "<http://x.cn>|\\*|!|[|]|<|~|_|中文_中文|ａｂｃ|！|［全角］|😀|\u3000| |# 标题|> 引用|- 列表|"
    "| 表 | 格 ||---|---|[ref]: http://x.cn|[ref]|1. 数字"
).split("|")


def _random_markdown(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 30)):
        parts = [rng.choice(_LINE_PARTS) for _ in range(rng.randint(0, 6))]
        lines.append("".join(parts))
    return "\n".join(lines)


def _markdown_lines_one_by_one(text: str) -> list[str]:
    """The plain reading: every line through _markdown_line (which tests it for marks)."""
    source = text.split("\n")
    refs = kg.articles._reference_names(source)
    lines: list[str] = []
    in_table = False
    for line in source:
        in_table = kg.articles._markdown_line(line, refs, lines, in_table)
    return kg.articles._markdown_finish(lines)


def test_markdown_lines_find_inline_marks_as_the_search_does() -> None:
    rng = random.Random(2025)
    for _ in range(1500):
        text = _random_markdown(rng)
        if "```" in text or "~~~" in text:
            continue  # a code fence: the loop of _markdown_lines, not the fast one
        assert kg.articles._markdown_lines(text) == _markdown_lines_one_by_one(text), text


@pytest.mark.parametrize("path", _corpus_files()[:200], ids=lambda p: p.name)
def test_markdown_articles_read_as_line_by_line(path: Path) -> None:
    text, _ = kg.articles._decode(path.read_bytes(), str(path))
    _, rest = kg.articles._split_front_matter(text, str(path))
    if "```" in rest or "~~~" in rest:
        return
    assert kg.articles._markdown_lines(rest) == _markdown_lines_one_by_one(rest)


# --- normalising: the line around a space, searched only as far as a headline reaches ---------


def _line_whole(body: str, start: int, end: int) -> tuple[int, int]:
    """The plain reading: the line breaks nearest the space, searched in the whole body."""
    line_start = max(body.rfind("\n", 0, start), body.rfind("\r", 0, start)) + 1
    after = [i for i in (body.find("\n", end), body.find("\r", end)) if i != -1]
    return line_start, min(after, default=len(body))


def test_line_around_a_space_is_the_line_when_it_is_short() -> None:
    rng = random.Random(7)
    short = 0
    for _ in range(20000):
        body = "".join(rng.choice("中国美朝ab \n\r，") for _ in range(rng.randint(1, 120)))
        start = rng.randrange(len(body))
        end = rng.randint(start, len(body))
        whole = _line_whole(body, start, end)
        found = kg.articles._line_around(body, start, end)
        limit = kg.articles._HEADLINE_MAX
        assert (found[1] - found[0] <= limit) == (whole[1] - whole[0] <= limit)
        if whole[1] - whole[0] <= limit:
            short += 1
            assert found == whole, (body, start, end)
    assert short > 5000


@pytest.mark.parametrize(
    "body",
    [
        "朝鲜 再次发射弹道导弹\n日本 强烈抗议",
        "北约重申支持乌克兰 正式邀请芬兰加入",
        "美国总统今天在白宫会见了来访的日本首相双方讨论了很多问题 然后共同会见记者",
        "中美 第二轮会谈",
        "第一行\r朝鲜 再次发射弹道导弹\r第三行",
    ],
)
def test_headline_spaces_normalise_as_before(body: str) -> None:
    text, _ = kg.articles.normalise(body)
    start = body.index(" ")
    whole = _line_whole(body, start, start + 1)
    expected = whole[1] - whole[0] <= kg.articles._HEADLINE_MAX
    assert kg.articles._line_around(body, start, start + 1) == whole or not expected
    assert ("," in text) == kg.articles._parts_headline(body, start, start + 1)
