"""Tests for kg.articles: finding, decoding, front matter, markup, boilerplate, normalisation."""

from __future__ import annotations

import doctest
import os
import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import zhconv
from build_kind import pure_only

import kg.articles
from kg.articles import (
    ARTICLE_SUFFIXES,
    find_article_files,
    iter_articles,
    normalise,
    read_article,
)
from kg.exceptions import InputError, OntologyError
from kg.model import Article, Skipped

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "data" / "articles"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read(folder: Path, name: str, content: str | bytes) -> Article:
    return read_article(write(folder, name, content))


def assert_offsets(article: Article) -> None:
    check_offsets(article.body, article.text, article.offsets)


def check_offsets(body: str, text: str, offsets: tuple[int, ...]) -> None:
    """The contract of Article.offsets: one strictly rising index into body per character."""
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(body)
    assert all(a < b for a, b in zip(offsets, offsets[1:], strict=False))
    for i, ch in enumerate(text):
        source = body[offsets[i]]
        if ch in " \n" or (ch == "," and source.isspace()):  # a headline's halves: a comma
            assert source.isspace() or source in "\u200b\ufeff"
        else:
            assert ch == source or ch == _fold(source) or ch == _simple(_fold(source)), (i, ch)


def _fold(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def _simple(ch: str) -> str:
    converted = zhconv.convert(ch, "zh-hans")
    return converted if len(converted) == 1 else ch


# --- finding files --------------------------------------------------------------------------


def test_find_recursive_sorted_skipping_hidden(tmp_path: Path) -> None:
    for name in [
        "b.txt",
        "a/c.md",
        "a/b/d.html",
        "a/.hidden.txt",
        ".git/x.txt",
        "a/e.pdf",
        "Z.HTM",
        "a.markdown",
    ]:
        write(tmp_path, name, "美国制裁朝鲜。")
    files, skipped = find_article_files([tmp_path])
    assert skipped == []
    assert [f.relative_to(tmp_path).as_posix() for f in files] == [
        "Z.HTM",
        "a/b/d.html",
        "a/c.md",
        "a.markdown",
        "b.txt",
    ]


def test_find_explicit_file_with_other_suffix_and_no_duplicates(tmp_path: Path) -> None:
    notes = write(tmp_path, "notes.text", "美国制裁朝鲜。")
    article = write(tmp_path, "a.txt", "美国制裁朝鲜。")
    files, skipped = find_article_files([notes, tmp_path, str(article)])
    assert files == [notes, article]
    assert skipped == []


def test_find_files_reached_through_links_once(tmp_path: Path) -> None:
    """A file reached again through a linked folder or a linked file is listed once: the
    resolved folder joined with a name is what realpath gives for a file that is no link."""
    article = write(tmp_path, "news/a.txt", "美国制裁朝鲜。")
    write(tmp_path, "news/sub/b.md", "中国谴责美国。")
    (tmp_path / "again").symlink_to(tmp_path / "news", target_is_directory=True)
    (tmp_path / "news" / "c.txt").symlink_to(article)
    files, skipped = find_article_files([tmp_path / "news", tmp_path / "again", tmp_path])
    assert skipped == []
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["news/a.txt", "news/sub/b.md"]
    found = [tmp_path / "again" / "sub" / "b.md", tmp_path / "news" / "c.txt", article]
    resolved = kg.articles._real_paths(found, {})
    assert list(resolved) == [os.path.realpath(path) for path in found]


def test_drop_xpaths_compiled_once_select_as_the_text_does() -> None:
    page = (
        '<html><body><nav>菜单</nav><div class="share-bar">分享</div><p id="x">美国制裁朝鲜。'
        '<span style="display: none">隐藏</span></p><header>页头</header></body></html>'
    )
    root = kg.articles._parse_html(page)
    assert kg.articles.html_tools().dropped(root) == root.xpath(kg.articles._DROP_XPATH)
    assert kg.articles.html_tools().with_class_or_id(root) == root.xpath("//*[@class or @id]")


def test_find_missing_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path, "other/readme.pdf", b"%PDF-1.4")
    missing = str(tmp_path / "missing.txt")
    files, skipped = find_article_files([missing, tmp_path / "empty", tmp_path / "other"])
    assert files == []
    no_articles = "no article files (.txt .md .markdown .html .htm) in folder"
    assert skipped == [
        Skipped(missing, "no such file or directory"),
        Skipped(str(tmp_path / "empty"), no_articles),
        Skipped(str(tmp_path / "other"), no_articles),
    ]
    assert all(suffix in no_articles for suffix in ARTICLE_SUFFIXES)


# --- bad input ------------------------------------------------------------------------------

BAD_FILES = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\r\n\t\n", "empty file"),
    ("bom-only.txt", b"\xef\xbb\xbf\n", "empty file"),
    ("nul.txt", "美国".encode() + b"\x00\x01\x02" * 10, "binary file, not text"),
    ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file, not text"),
    ("controls.txt", b"abc\x01\x02\x03\x04\x05\x06defgh" * 20, "binary file, not text"),
    ("garbage.txt", b"\x81\x20" * 30, "undecodable text (not UTF-8, GB18030 or Big5)"),
    ("open.md", "---\ntitle: 标题\n美国制裁朝鲜。\n", "broken front matter: no closing ---"),
    (
        "yaml.md",
        "---\ntitle: 标题: 副标题\n---\n美国制裁朝鲜。\n",
        "broken front matter: mapping values are not allowed here (line 2)",
    ),
    (
        "yaml-later.txt",
        "\n\n---\ntitle: ok\ntags: [a, b\n---\n美国制裁朝鲜。\n",
        "broken front matter: expected ',' or ']', but got '<stream end>' (line 6)",
    ),
    (
        "list.md",
        "---\n- a\n- b\n---\n美国制裁朝鲜。\n",
        "broken front matter: expected key: value lines",
    ),
    (
        "only-markup.html",
        "<html><head><title>t</title><script>var a = 1;</script></head>"
        "<body><div><img src='a.jpg'></div><p> </p></body></html>",
        "no text left after removing markup",
    ),
    ("only-front-matter.md", "---\ntitle: 标题\n---\n\n", "no text left after removing markup"),
    ("only-image.md", "![图](a.jpg)\n\n---\n", "no text left after removing markup"),
]


@pytest.mark.parametrize("name, content, reason", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_raises_input_error(tmp_path: Path, name: str, content, reason: str) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert info.value.path == str(path)
    assert str(info.value) == f"{path}: {reason}"


def test_given_content_reads_as_the_file() -> None:
    """A build passes the bytes it has hashed: the article is the one the file gives."""
    for path in sorted(FIXTURES.glob("*.*")):
        if path.suffix in ARTICLE_SUFFIXES:
            assert read_article(path, path.read_bytes()) == read_article(path), path.name


def test_bad_paths_raise_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="missing.txt: no such file or directory$"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder, not a file$"):
        read_article(tmp_path)


def test_iter_articles_goes_on_after_bad_files(tmp_path: Path) -> None:
    write(tmp_path, "in/a.txt", "美国制裁朝鲜。")
    write(tmp_path, "in/b.txt", b"")
    write(tmp_path, "in/c.md", "---\ntitle: x\n")
    write(tmp_path, "in/d.bin.txt", b"\x00\x01" * 100)
    write(tmp_path, "in/e.html", "<p>朝鲜<b>谴责美国</p>")
    items = list(iter_articles([tmp_path / "missing", tmp_path / "in"]))
    assert [type(item).__name__ for item in items] == [
        "Skipped",
        "Article",
        "Skipped",
        "Skipped",
        "Skipped",
        "Article",
    ]
    assert [item.reason for item in items if isinstance(item, Skipped)] == [
        "no such file or directory",
        "empty file",
        "broken front matter: no closing ---",
        "binary file, not text",
    ]
    assert items[-1].text == "朝鲜谴责美国"


@pure_only("articles")
def test_iter_articles_turns_unexpected_errors_into_skipped(tmp_path, monkeypatch) -> None:
    good = write(tmp_path, "a.txt", "美国制裁朝鲜。")
    write(tmp_path, "b.txt", "朝鲜谴责美国。")
    real = kg.articles.read_article

    def flaky(path):
        if Path(path).name == "b.txt":
            raise RuntimeError("boom")
        return real(path)

    monkeypatch.setattr(kg.articles, "read_article", flaky)
    items = list(iter_articles([tmp_path]))
    assert items[0].path == str(good)
    assert items[1] == Skipped(str(tmp_path / "b.txt"), "unexpected error: RuntimeError: boom")


def test_broken_html_is_still_read(tmp_path: Path) -> None:
    article = read(
        tmp_path,
        "broken.html",
        "<html><body><div><p>美国<b>宣布制裁<p>朝鲜外务省<i>谴责<div>双方谈 判</table></span>",
    )
    assert article.format == "html"
    assert article.body == "美国宣布制裁\n朝鲜外务省谴责\n双方谈 判"
    assert article.text == "美国宣布制裁\n朝鲜外务省谴责\n双方谈判"


# --- encodings ------------------------------------------------------------------------------

SIMPLIFIED = "美国财政部对朝鲜实施制裁"
TRADITIONAL = "美國財政部對朝鮮實施制裁"
LONG_TRADITIONAL = "美國財政部4日對朝鮮八名個人和兩個實體實施制裁，朝鮮外務省發表談話予以譴責。"
LONG_SIMPLIFIED = "美国财政部4日对朝鲜八名个人和两个实体实施制裁，朝鲜外务省发表谈话予以谴责。"

ENCODINGS = [
    ("utf-8", SIMPLIFIED.encode("utf-8"), "utf-8", SIMPLIFIED),
    ("utf-8-bom", b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"), "utf-8", SIMPLIFIED),
    ("utf-16", LONG_SIMPLIFIED.encode("utf-16"), "utf-16", LONG_SIMPLIFIED),
    ("gb18030", SIMPLIFIED.encode("gb18030"), "gb18030", SIMPLIFIED),
    ("gb18030-long", LONG_SIMPLIFIED.encode("gb18030"), "gb18030", LONG_SIMPLIFIED),
    ("gbk-traditional", TRADITIONAL.encode("gb18030"), "gb18030", TRADITIONAL),
    ("big5", TRADITIONAL.encode("big5"), "big5", TRADITIONAL),
    ("big5-long", LONG_TRADITIONAL.encode("big5"), "big5", LONG_TRADITIONAL),
]


@pytest.mark.parametrize("label, raw, encoding, body", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encodings(tmp_path: Path, label: str, raw: bytes, encoding: str, body: str) -> None:
    article = read(tmp_path, f"{label}.txt", raw)
    assert article.encoding == encoding
    assert article.body == body
    assert article.text == normalise(body)[0]
    assert "国" in article.text and "國" not in article.text


def test_big5_file_reads_as_big5_not_gb18030_garbage(tmp_path: Path) -> None:
    article = read(tmp_path, "big5.txt", TRADITIONAL.encode("big5"))
    assert (article.encoding, article.body, article.text) == ("big5", TRADITIONAL, SIMPLIFIED)


def test_utf8_with_a_few_broken_bytes_stays_utf8(tmp_path: Path) -> None:
    raw = (LONG_SIMPLIFIED * 40).encode() + b"\xff" + "完。".encode()
    article = read(tmp_path, "a.txt", raw)
    assert article.encoding == "utf-8"
    assert article.body.endswith("\ufffd完。")


def test_crlf_and_cr_line_ends(tmp_path: Path) -> None:
    article = read(tmp_path, "crlf.txt", "第一段。\r\n第二段。\r第三段。\r\n".encode())
    assert article.body == "第一段。\n第二段。\n第三段。"


# --- front matter and header lines ----------------------------------------------------------

FRONT_MATTER = [
    ("date: 2019-02-27", {"date": "2019-02-27"}),
    ("date: 2018-01-15 14:10:51 +0800", {"date": "2018-01-15"}),
    ("date:   2017-07-03 23:04", {"date": "2017-07-03"}),
    ("date: 2019年2月27日", {"date": "2019-02-27"}),
    ("date: 2019-02-30", {"date": None}),
    ("date: soon", {"date": None}),
    ("from: http://zhanlve.org/?p=6786", {"url": "http://zhanlve.org/?p=6786"}),
    ("url: https://a.example/x", {"url": "https://a.example/x"}),
    ("source: 新华社\nlink: https://b.example/y", {"url": "https://b.example/y"}),
    ("source: 新华社", {"url": None}),
    ("from: www.xinhua.net/a/1.htm", {"url": "www.xinhua.net/a/1.htm"}),
    ("from: zhanlve.org/?p=6786", {"url": "zhanlve.org/?p=6786"}),
    ("from: 中國戰略分析", {"url": None}),
    ("author: 木田无花", {"author": "木田无花"}),
    ("author: [甲, 乙]", {"author": "甲, 乙"}),
    ("tags: [中國戰略分析]\ncategories: [中國戰略分析]", {"tags": ("中國戰略分析",)}),
    ("tags: 声援岳昕\ncategories: Archive", {"tags": ("声援岳昕", "Archive")}),
    ("tags: 2018", {"tags": ("2018",)}),
    ("Title: 大写的键\nTAGS: [a, b]", {"title": "大写的键", "tags": ("a", "b")}),
    ('title:  "我们还能在社会运动中寄托什么？"', {"title": "我们还能在社会运动中寄托什么？"}),
    ("title:", {"title": None}),
]


@pytest.mark.parametrize("yaml_text, expected", FRONT_MATTER, ids=[f[0] for f in FRONT_MATTER])
def test_front_matter_metadata(tmp_path: Path, yaml_text: str, expected: dict) -> None:
    article = read(tmp_path, "a.md", f"---\n{yaml_text}\n---\n美国制裁朝鲜。\n")
    for key, value in expected.items():
        assert getattr(article, key) == value, key
    assert article.body == "美国制裁朝鲜。"


@pytest.mark.parametrize(
    "content",
    [
        "\ufeff---\ntitle: 标题\n---\n美国制裁朝鲜。",
        "\n\n---\ntitle: 标题\n---\n美国制裁朝鲜。",
        "---\r\ntitle: 标题\r\n---\r\n美国制裁朝鲜。\r\n",
        "---\ntitle: 标题\n...\n美国制裁朝鲜。",
        "---   \ntitle: 标题\n---  \n\n\n美国制裁朝鲜。",
    ],
    ids=["bom", "blank-lines", "crlf", "dots", "trailing-spaces"],
)
def test_front_matter_delimiters(tmp_path: Path, content: str) -> None:
    for suffix in (".md", ".txt", ".html"):
        article = read(tmp_path, f"a{suffix}", content)
        assert (article.title, article.body) == ("标题", "美国制裁朝鲜。"), suffix


def test_empty_front_matter(tmp_path: Path) -> None:
    article = read(tmp_path, "a.md", "---\n---\n美国制裁朝鲜。")
    assert (article.title, article.body) == (None, "美国制裁朝鲜。")


HEADERS = [
    ("来源：https://a.example/1\n日期：2019-06-30\n\n", "https://a.example/1", "2019-06-30"),
    ("來源: https://a.example/2\n日期:2019-6-3\n", "https://a.example/2", "2019-06-03"),
    ("\n来源 ： https://a.example/3\n", "https://a.example/3", None),
    ("日期：2008年11月30日\n来源：https://a.example/4\n", "https://a.example/4", "2008-11-30"),
    ("来源：新华社\n日期：2024-03-14\n\n", None, "2024-03-14"),
    (
        "来源:澎湃新闻\n日期:2021年5月2日\n来源：https://a.example/5\n",
        "https://a.example/5",
        "2021-05-02",
    ),
]


@pytest.mark.parametrize("header, url, date", HEADERS)
def test_ir_header_lines(tmp_path: Path, header: str, url: str, date: str | None) -> None:
    article = read(tmp_path, "ir.txt", header + "美国制裁朝鲜。\n朝鲜谴责美国。\n")
    assert (article.url, article.date) == (url, date)
    assert article.body == "美国制裁朝鲜。\n朝鲜谴责美国。"


@pytest.mark.parametrize(
    "body", ["来源：新华社\n美国制裁朝鲜。", "来源：新华社\n来源：人民网\n美国制裁朝鲜。"]
)
def test_header_like_lines_that_are_not_metadata_stay(tmp_path: Path, body: str) -> None:
    article = read(tmp_path, "a.txt", body)
    assert (article.url, article.date, article.body) == (None, None, body)


def test_front_matter_wins_over_header_lines(tmp_path: Path) -> None:
    content = (
        "---\ndate: 2020-01-01\n---\n来源：https://a.example/x\n日期：2019-06-30\n美国制裁朝鲜。"
    )
    article = read(tmp_path, "a.txt", content)
    assert (article.date, article.url, article.body) == (
        "2020-01-01",
        "https://a.example/x",
        "美国制裁朝鲜。",
    )


def test_real_ir_article_header() -> None:
    article = read_article(next((ROOT / "eval" / "dev").glob("03-*.txt")))
    assert article.url == "https://www3.renminbao.com/rmb/articles/2019/6/30/69359p.html"
    assert article.date == "2019-06-30"
    assert not article.body.startswith(("来源", "日期"))
    assert "。\n川普赞扬G20" in article.text  # one space after 。 between paragraphs


# --- format detection -----------------------------------------------------------------------

FORMATS = [
    ("a.txt", "<div><p>美国制裁朝鲜。</p></div>", "html"),
    ("a.txt", "前言\n<p>美国制裁朝鲜。</p><p>朝鲜谴责。</p>", "html"),
    ("a.txt", "美国制裁朝鲜。<br>朝鲜谴责。", "txt"),
    ("a.txt", "美国制裁朝鲜。 1 < 2 > 0", "txt"),
    ("a.txt", "# 标题\n美国制裁朝鲜。", "txt"),
    ("a.md", "# 标题\n美国制裁朝鲜。", "md"),
    ("a.markdown", "<p>美国制裁朝鲜。</p>", "md"),
    ("a.html", "美国制裁朝鲜。", "txt"),
    ("a.htm", "<b>美国制裁朝鲜。</b>", "html"),
    ("a.HTML", "<p>美国制裁朝鲜。</p>", "html"),
]


@pytest.mark.parametrize("name, content, fmt", FORMATS)
def test_format_detection(tmp_path: Path, name: str, content: str, fmt: str) -> None:
    assert read(tmp_path, name, content).format == fmt


# --- HTML -----------------------------------------------------------------------------------

HTML_CASES = [
    (
        "chrome",
        """<!DOCTYPE html><html><head><title>页面标题</title><style>p {color: red}</style>
        <script>var x = "不要";</script></head><body>
        <header><nav><a href="/">首页</a> <a href="/n">新闻</a></nav></header>
        <article><header><h1>美国制裁朝鲜</h1></header>
        <p>美国财政部宣布制裁。</p><noscript>请启用脚本</noscript>
        <form><input value="搜索"><button>搜索</button></form>
        <iframe src="x"></iframe><svg><text>图形</text></svg>
        <p>朝鲜外务省发表谈话。</p></article>
        <aside>热门文章</aside><footer>版权所有 某网站</footer></body></html>""",
        "美国制裁朝鲜\n美国财政部宣布制裁。\n朝鲜外务省发表谈话。",
    ),
    (
        "widgets",
        """<div id="entry"><div class="at-above-post addthis_tool" data-url="x">分享到微博</div>
        <p>美国财政部宣布制裁。</p>
        <div class="social-share">微信 微博</div><div id="comments">网友评论：好</div>
        <ul class="related-posts"><li>相关文章一</li></ul><div class="advert">广告</div>
        <div class="bdsharebuttonbox">分享</div><p hidden>隐藏</p>
        <p style="display: none">也隐藏</p><p>朝鲜外务省发表谈话。</p></div>""",
        "美国财政部宣布制裁。\n朝鲜外务省发表谈话。",
    ),
    (
        "blocks",
        "<div><section><section></section></section><p>第一段<br>第二行</p><p>\n</p>"
        "<h2>小标题</h2><ul><li>甲</li><li>乙</li></ul><blockquote>引文</blockquote>"
        "<table><tr><th>国家</th><th>行动</th></tr><tr><td>美国</td><td>制裁</td></tr></table>"
        "<p>文字<span>接着</span><b>粗体</b>。</p></div>",
        "第一段\n第二行\n小标题\n甲\n乙\n引文\n国家\n行动\n美国\n制裁\n文字接着粗体。",
    ),
    (
        "entities-and-spaces",
        "<p>  &lt;美国&gt; &amp; 朝鲜&nbsp;会谈 &#x8C08;&#21028;\n   结束  </p><p>a\n   b</p>",
        "<美国> & 朝鲜\u00a0会谈 谈判 结束\na b",
    ),
    ("pre", "<pre>第一行\n  第二行</pre><p>后文</p>", "第一行\n第二行\n后文"),
    (
        "comments-class-on-wrapper",
        "<html><body class='single comments-open'><div id='main' class='content comments-area'>"
        "<p>美国财政部宣布制裁朝鲜八名个人和两个实体。</p></div></body></html>",
        "美国财政部宣布制裁朝鲜八名个人和两个实体。",
    ),
    (
        "xml-declaration",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>正文</p></body></html>",
        "正文",
    ),
    ("html-comment", "<p>正文<!-- 注释 --></p><!-- <p>旧文</p> -->", "正文"),
]


@pytest.mark.parametrize("label, html, body", HTML_CASES, ids=[c[0] for c in HTML_CASES])
def test_html_to_text(tmp_path: Path, label: str, html: str, body: str) -> None:
    article = read(tmp_path, "a.html", html)
    assert article.body == body
    assert_offsets(article)


def test_html_page_metadata(tmp_path: Path) -> None:
    html = """<html><head><title> 美国制裁朝鲜 - 新闻网 </title>
    <link rel="canonical" href="https://news.example/1">
    <meta property="article:published_time" content="2025-11-04T10:00:00+08:00">
    <meta name="author" content="记者甲"></head><body><p>正文。</p></body></html>"""
    article = read(tmp_path, "a.html", html)
    assert (article.title, article.url, article.date, article.author) == (
        "美国制裁朝鲜 - 新闻网",
        "https://news.example/1",
        "2025-11-04",
        "记者甲",
    )


# --- Markdown -------------------------------------------------------------------------------

MARKDOWN_CASES = [
    ("link", '[新华社](http://xinhua.net "标题")报道', "新华社报道"),
    ("link-parens", "见[维基](https://w.org/a_(b))。", "见维基。"),
    ("image", "![图片说明](https://i.loli.net/a.jpeg)正文", "正文"),
    ("image-in-link", "[![图](a.png)](http://x)正文", "正文"),
    ("autolink", "见<https://example.com/a?b=1>。", "见https://example.com/a?b=1。"),
    (
        "reference",
        "据[新华社][xh]和[路透社][]报道\n\n[xh]: http://xinhua.net\n[路透社]: http://r",
        "据新华社和路透社报道",
    ),
    ("shortcut-reference", "据[新华社]报道\n\n[新华社]: http://xinhua.net", "据新华社报道"),
    ("brackets-not-links", "【人民报消息】[注]原文", "【人民报消息】[注]原文"),
    ("heading", "# 大标题\n## 小标题 ##\n#不是标题", "大标题\n小标题\n#不是标题"),
    (
        "emphasis",
        "**美国**对*朝鲜*实施___制裁___和__谴责__，~~删除~~",
        "美国对朝鲜实施制裁和谴责，删除",
    ),
    ("snake-case", "变量 some_var_name 保留", "变量 some_var_name 保留"),
    (
        "code",
        "用 `kg build` 命令\n```bash\n# 注释\nkg build seeds/\n```\n后文",
        "用 kg build 命令\n# 注释\nkg build seeds/\n后文",
    ),
    ("quote", "> 引用的话\n> > 嵌套引用\n正文", "引用的话\n嵌套引用\n正文"),
    ("lists", "- 甲\n* 乙\n+ 丙\n1. 第一", "甲\n乙\n丙\n1. 第一"),
    ("rules", "甲\n\n---\n\n***\n___\n- - -\n乙\n===", "甲\n乙"),
    (
        "table",
        "| 阶段 | 亩产 |\n|---|:---:|\n| 第一阶段 | 140KG |\n| 第二阶段 | 205KG |\n\n后文",
        "阶段\n亩产\n第一阶段\n140KG\n第二阶段\n205KG\n后文",
    ),
    (
        "table-no-outer-pipes",
        "国家 | 行动\n--- | ---\n美国 | 制裁\n\n后文",
        "国家\n行动\n美国\n制裁\n后文",
    ),
    ("escapes", r"\*不是强调\* 和 \[不是链接\]", "*不是强调* 和 [不是链接]"),
    (
        "raw-html",
        '<font color="red">红字</font><br />下一行\n<figcaption>图注</figcaption>\n'
        '<div style="text-align:center"><img src="a.png" alt=qr></div>\n<script>x()</script>正文',
        "红字\n下一行\n图注\n正文",
    ),
    ("html-entities", "A&amp;B <b>粗</b>", "A&B 粗"),
    (
        "entities-without-tags",
        "中&amp;美 &lt;协议&gt; &#x671D;鲜 & 其他",
        "中&美 <协议> 朝鲜 & 其他",
    ),
]


@pytest.mark.parametrize(
    "label, markdown, body", MARKDOWN_CASES, ids=[c[0] for c in MARKDOWN_CASES]
)
def test_markdown_to_text(tmp_path: Path, label: str, markdown: str, body: str) -> None:
    article = read(tmp_path, "a.md", markdown)
    assert article.format == "md"
    assert article.body == body
    assert_offsets(article)


def _lines_with_br(markdown_lines: str) -> list[str]:
    """The reference reading of Markdown lines holding raw HTML: a <br> for every break."""
    return kg.articles._html_lines(markdown_lines.replace("\n", "<br>\n"))[0]


_FUZZ_TAGS = (
    "figcaption|font color=red|center|b|i|div|p|li|ul|span|a href=http://x.cn/a?b=1|h1|"
    "blockquote|img src=x.png|small|sup|em|dd|dt|hr|section|header|footer|nav|figure|left|"
    "form|font size=3|div hidden|span style=display:none|code|address|caption|xyz"
).split("|")
_FUZZ_TEXT = (
    "中国|美国制裁朝鲜|。|，|abc|x y| |  |\t|\u3000|\u00a0|\n|\n|\n|\n\n|  \n  |&amp;|&lt;|"
    "&nbsp;|&amp|&copy|&|<|< b|a<1|&foo;|&ampx"
).split("|")


def _random_markdown_html(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(1, 40)):
        draw = rng.random()
        if draw < 0.25:
            pieces.append(f"<{rng.choice(_FUZZ_TAGS)}>")
        elif draw < 0.45:
            pieces.append(f"</{rng.choice(_FUZZ_TAGS).split()[0]}>")
        elif draw < 0.5:
            pieces.append(rng.choice(("<br>", "<br/>", "<br />")))
        else:
            pieces.append(rng.choice(_FUZZ_TEXT))
    return "".join(pieces)


def test_markdown_html_line_mark_reads_as_br_elements() -> None:
    """Line breaks through lxml as a mark (the fast way) give the lines of a <br> each."""
    rng = random.Random(5)
    marked = 0
    for _ in range(3000):
        lines = _random_markdown_html(rng)
        marked += kg.articles._marks_line_breaks_exactly(lines)
        assert kg.articles._markdown_html_lines(lines) == _lines_with_br(lines), lines
    assert marked > 2500  # the fast way is the common one


@pytest.mark.parametrize(
    "lines",
    [
        "<pre>代码\n  缩进</pre>\n正文",
        "<textarea>\n文字</textarea>后文",
        "<script>a = 1\n</script>正文\n<style>p {}\n</style>尾",
        '<font\ncolor="red">红字</font>\n下一行',
        '<div class="share">分享\n到微博</div>\n正文很长很长很长很长很长很长',
        "<span id=x>甲</span>\n乙",
        "<!-- 注\n释 -->正文\n下一行",
        "&#xfdd0;甲\n<b>乙</b>",
        "甲\ufdd0乙\n<b>丙</b>",
        "<table><tr><td>甲</td>\n<td>乙</td></tr></table>",
        "<title>题\n目</title>正文",
        "</ >甲\n<b>乙</b>",
        "<?xml version='1.0'?>\n<b>甲</b>",
    ],
)
def test_markdown_html_that_a_line_break_changes_reads_with_br(lines: str) -> None:
    assert not kg.articles._marks_line_breaks_exactly(lines)
    assert kg.articles._markdown_html_lines(lines) == _lines_with_br(lines)


TERMINUS = sorted(FIXTURES.glob("20*.m*"))


@pytest.mark.parametrize("path", TERMINUS, ids=[p.name for p in TERMINUS])
def test_terminus_articles(path: Path) -> None:
    article = read_article(path)
    assert article.format == "md"
    assert article.title and article.date and article.tags
    for residue in ("](", "![", "|---", "**", "<img", "<figcaption", "\r", "layout:"):
        assert residue not in article.body, residue
    assert "\n\n" not in article.body
    assert_offsets(article)


def test_terminus_details() -> None:
    table = read_article(FIXTURES / "2018-08-21-Yuan-Longping-excerpt.md")
    assert (table.title, table.date) == ("袁隆平神话", "2018-08-21")
    assert table.tags == ("袁隆平", "Archive")
    assert "第一阶段\n1960中-1970初\n140KG\n新乡农科所、中国农科院\n第二阶段" in table.body
    assert table.body.startswith("原文来自微信号「黄章晋」：袁隆平神话\n当然有。")
    crlf = read_article(FIXTURES / "2018-04-09-MeToo-XuHongyun-CaiXin.md")
    assert (crlf.title, crlf.date) == ("一女生实名指控曾受沈阳性骚扰", "2018-04-09")
    html = read_article(FIXTURES / "2018-04-26-NGOCN-404.md")
    assert "\n微博上搜索结果截图\n" in html.body
    assert "https://etherscan.io/tx/0x2d6a" in html.body
    code = read_article(FIXTURES / "2018-01-01-beaker-seeding.md")
    dat = "dat://06af728074ec85d9d024ae4f052bbf7a1cbf1f18068c798f666e26cdedcc1042/"
    assert f"\n{dat}\n" in code.body


# --- boilerplate ----------------------------------------------------------------------------

BOILERPLATE = [
    "还木有评论哦，快来抢沙发吧~",
    "还木有评论哦,快来抢沙发吧~",
    "還木有評論哦，快來搶沙發吧～",
    "分享到：微信 微博 QQ空间",
    "分享到",
    "微信 | 微博 | Facebook | Twitter",
    "责任编辑：张小花",
    "（责任编辑：张小花 TT1000）",
    "【编辑：李四】",
    "扫描二维码关注我们",
    "长按识别二维码，关注公众号",
    "点击查看原文",
    "点击这里下载客户端",
    "未经授权不得转载",
    "版权所有，未经许可，禁止转载。",
    "本文来源：新华社",
    "本文来自微信公众号“某某”",
    "文章来源：人民网",
    "转载请注明出处",
    "阅读原文",
    "相关阅读：",
    "上一篇：美国宣布新制裁",
    "返回顶部",
    "阅读 1234",
    "暂无评论",
    "已有12条评论",
]

NOT_BOILERPLATE = [
    "美国总统在社交媒体上分享到访朝鲜的照片，称会谈富有成果。",
    "他表示，朝鲜外务省的评论毫无根据。",
    "特朗普点击率最高的帖子谴责了伊朗。",
    "编辑部主任张三接受采访时表示，未经授权的报道不得转载一事属实。" * 2,
    "收藏品市场在制裁后萎缩。",
    "来源：新华社",
    "美国财政部宣布对朝鲜实施制裁，本文来源于新华社的报道称。" * 12,
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_lines_are_dropped(tmp_path: Path, line: str) -> None:
    article = read(tmp_path, "a.txt", f"美国制裁朝鲜。\n{line}\n朝鲜谴责美国。")
    assert article.body == "美国制裁朝鲜。\n朝鲜谴责美国。"


@pytest.mark.parametrize("line", NOT_BOILERPLATE)
def test_news_lines_are_kept(tmp_path: Path, line: str) -> None:
    article = read(tmp_path, "a.txt", f"美国制裁朝鲜。\n{line}")
    assert article.body == f"美国制裁朝鲜。\n{line}"


def test_boilerplate_file_is_data(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path, "onto/boilerplate.txt", "# 注释\n\n自定义页脚.*\n")
    monkeypatch.setenv("KG_ONTOLOGY", str(tmp_path / "onto"))
    content = "美国制裁朝鲜。\n自定义页脚 2025\n还木有评论哦，快来抢沙发吧~"
    article = read(tmp_path, "a.txt", content)
    assert article.body == "美国制裁朝鲜。\n还木有评论哦，快来抢沙发吧~"


def test_bad_boilerplate_pattern_is_an_ontology_error(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path, "onto/boilerplate.txt", "# 注释\n好的.*\n坏的(\n")
    monkeypatch.setenv("KG_ONTOLOGY", str(tmp_path / "onto"))
    write(tmp_path, "in/a.txt", "美国制裁朝鲜。")
    with pytest.raises(OntologyError) as info:
        list(iter_articles([tmp_path / "in"]))
    assert str(info.value).startswith(f"{path}: line 3: bad pattern: missing ), unterminated")


# --- normalise ------------------------------------------------------------------------------

NORMALISE = [
    ("谈 判", "谈判"),
    ("磋\u3000商", "磋商"),
    ("磋\u00a0商\t谈", "磋商谈"),
    ("会议。 川普表示", "会议。\n川普表示"),
    ("加上。」 川普在", "加上。」\n川普在"),
    ("荣幸。   BBC报道", "荣幸。\nBBC报道"),
    ("荣幸。 BBC报道", "荣幸。\nBBC报道"),
    ("It works!  Yes", "It works! Yes"),
    ("。  ", "。"),
    ("v1.0  released", "v1.0 released"),
    ("接触。   欧盟发布", "接触。\n欧盟发布"),
    ("达赖喇嘛  表示", "达赖喇嘛\n表示"),
    ("美国 Pete Hegseth 表示", "美国 Pete Hegseth 表示"),
    # one space between a digit and Chinese goes (some outlets space numbers off)
    ("11月 4日", "11月4日"),
    ("对中国 340 亿美元商品", "对中国340亿美元商品"),
    ("G20 峰会", "G20峰会"),
    ("说 1 2", "说1 2"),
    ("第 2  章", "第2\n章"),
    ("第１ 章", "第1章"),
    ("a  \t b", "a b"),
    ("第一行\r\n第二行\r第三行\n\n\n第四行", "第一行\n第二行\n第三行\n第四行"),
    ("  \n 开头和结尾 \n ", "开头和结尾"),
    ("全角，（括号）：！？ＡＢＣ１２３", "全角,(括号):!?ABC123"),
    ("“引号”和。、《书名》", "“引号”和。、《书名》"),
    ("省略……和①", "省略……和1"),
    ("美\u200b国", "美国"),
    ("美國總統川普、聯合國安理會、習近平、臺灣", "美国总统川普、联合国安理会、习近平、台湾"),
    ("他們「說」『過』", "他们「说」『过』"),
    ("天氣乾燥，頭髮", "天气干燥,头发"),
    ("什么 乾隆", "什么乾隆"),
    # a name, one capitalised word or an acronym glossed in Latin letters after Chinese goes,
    # so that the clause reads on; lower-case terms and brackets after Latin text stay
    ("与斯塔默（Keir Starmer）会面", "与斯塔默会面"),
    ("总理让-皮埃尔(Jean-Pierre Dubois)表示", "总理让-皮埃尔表示"),
    ("原子能机构（IAEA）", "原子能机构"),
    ("以色列在加沙（Gaza）展开行动", "以色列在加沙展开行动"),
    ("美国企业研究所(American Enterprise Institute)", "美国企业研究所"),
    ("主权（national sovereignty）", "主权(national sovereignty)"),
    ("Keir Starmer (Keir Starmer)", "Keir Starmer (Keir Starmer)"),
    ("", ""),
]


@pytest.mark.parametrize("body, text", NORMALISE)
def test_normalise(body: str, text: str) -> None:
    result, offsets = normalise(body)
    assert result == text
    check_offsets(body, result, offsets)


def test_normalise_offsets_map_each_character_back() -> None:
    body = "朝美谈 判提供了指导原则。\n\n美國　對朝鮮實施制裁，"
    text, offsets = normalise(body)
    assert text == "朝美谈判提供了指导原则。\n美国对朝鲜实施制裁,"
    start = text.index("谈判")
    assert body[offsets[start] : offsets[start + 2]] == "谈 判"
    start = text.index("美国对朝鲜")
    assert body[offsets[start] : offsets[start + 5]] == "美國　對朝鮮"
    assert offsets[text.index("\n")] == body.index("\n")


def test_normalise_random_bodies_keep_offsets_exact() -> None:
    alphabet = (
        "美国對朝鮮谈判磋商臺灣。，、！？“”「」（）()：:;!?"
        "abcXYZ019ＡＢ１２…—·\u200b\ufeff" + " " * 6 + "\t\u3000\u00a0\n\r\u2028"
    )
    rng = random.Random(20250101)
    for _ in range(400):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        text, offsets = normalise(body)
        check_offsets(body, text, offsets)
        assert "\r" not in text and "  " not in text and "\n\n" not in text
        assert text == text.strip()
        assert normalise(text)[0] == text  # idempotent


def _normalise_judging_every_run(body: str) -> tuple[str, tuple[int, ...]]:
    """normalise() as it reads when every run of white space, lone line breaks included,
    is judged by _space_for (the reference for the runs normalise skips)."""
    folded = kg.articles._simplify(kg.articles._fold(body))
    pieces, offsets, pos = [], [], 0
    for match in re.finditer(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+", body):
        start, end = match.span()
        pieces.append(folded[pos:start])
        offsets += range(pos, start)
        pos = end
        replacement = kg.articles._space_for(body, start, end)
        if replacement:
            pieces.append(replacement)
            offsets.append(start)
    pieces.append(folded[pos:])
    offsets += range(pos, len(body) + 1)
    return "".join(pieces), tuple(offsets)


def test_normalise_leaves_lone_line_breaks_as_judging_them_would() -> None:
    alphabet = "美國谈判。a1\n\n\n \t\u3000\u200b\u00a0\r"
    rng = random.Random(7)
    for _ in range(3000):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert normalise(body) == _normalise_judging_every_run(body), repr(body)


def test_normalise_offsets_of_a_long_body_after_short_ones() -> None:
    """The offsets share one tuple of numbers between articles, grown for a longer body:
    the same offsets whatever was read before, and the short bodies' again after it."""
    short = normalise("美國 對朝鮮　實施制裁，")
    body = "美国对朝鲜实施制裁。\n谈 判" * 20_000 + "结束"
    text, offsets = normalise(body)
    check_offsets(body, text, offsets)
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(body)
    assert offsets[text.rindex("谈判") + 1] == body.rindex("谈 判") + 2
    assert normalise("美國 對朝鮮　實施制裁，") == short


def test_normalise_doctest() -> None:
    failures, _ = doctest.testmod(kg.articles)
    assert failures == 0


# --- traditional articles -------------------------------------------------------------------


def test_traditional_article_keeps_its_script_in_body(tmp_path: Path) -> None:
    article = read(tmp_path, "a.txt", LONG_TRADITIONAL.encode("big5"))
    assert article.body == LONG_TRADITIONAL
    assert article.text == LONG_SIMPLIFIED.replace("，", ",")
    start = article.text.index("外务省")
    assert article.body_span(start, start + 3) == "外務省"


def test_a_traditional_form_in_simplified_text_is_simplified() -> None:
    """徵 and 馀 are simplified output inside a few names (文徵明) but traditional on their
    own: a simplified line that keeps them is converted, the names stay as they are."""
    assert normalise("欧盟对中国乳制品徵收关税,其馀国家反对。")[0] == (
        "欧盟对中国乳制品征收关税,其余国家反对。"
    )
    assert normalise("文徵明的画")[0] == "文徵明的画"


def test_simplifying_does_not_load_pkg_resources() -> None:
    """zhconv, when it is imported (no warm-up snapshot holds its table yet), comes without
    pkg_resources (it scans every installed package: 60 ms at each start-up), and the text
    still converts."""
    code = (
        "import sys, kg.articles as a; "
        "assert a.normalise('美國對朝鮮')[0] == '美国对朝鲜'; "
        "a._zhconv(); "
        "assert 'zhconv' in sys.modules and 'pkg_resources' not in sys.modules"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# --- the seeds ------------------------------------------------------------------------------


def test_seed_000_html_in_txt_with_front_matter() -> None:
    article = read_article(SEEDS / "000_bd37ddfa629d8a81.txt")
    assert (article.title, article.date, article.url) == (
        "第二次“特金会”三大看点",
        "2019-02-27",
        "http://zhanlve.org/?p=6786",
    )
    assert article.format == "html"
    assert article.tags == ("中國戰略分析",)
    assert article.author is None
    assert "谈 判" in article.body and "谈 判" not in article.text and "谈判" in article.text
    assert "磋 商" in article.body and "磋商" in article.text
    assert article.body.startswith("朝鲜最高领导人金正恩与美国总统特朗普即将于2019年2月27日")
    for junk in ("addthis", "data-url", "zhanlve", "<", "img", "\n\n"):
        assert junk not in article.body
    assert all(line == line.strip() for line in article.body.split("\n"))
    start = article.text.index("谈判")
    assert article.body_span(start, start + 2) == "谈 判"
    assert_offsets(article)


def test_seed_004_plain_text_without_comment_prompt() -> None:
    article = read_article(SEEDS / "004_3a6c66ea2a701dcc.txt")
    assert article.format == "txt"
    assert article.encoding == "utf-8"
    assert "还木有评论" not in article.body
    assert article.body.endswith("但是这也有难度。")
    assert article.text.startswith("美国财政部11月4日对朝鲜八名个人和两个实体实施制裁")
    assert_offsets(article)


def test_seeds_folder() -> None:
    items = list(iter_articles([SEEDS]))
    assert [os.path.basename(item.path) for item in items] == [
        "000_bd37ddfa629d8a81.txt",
        "004_3a6c66ea2a701dcc.txt",
    ]
    assert all(isinstance(item, Article) for item in items)
