"""Round 56, helper p56c: reading articles with fewer calls, the same results.

_space_for tells a lone space without two tests of sets; _plain_front_matter tells a blank
line by a strip, not by re; _markdown_line asks _BULLET only of a line that opens with a
bullet's two characters; _markdown_finish neither joins nor searches lines that hold no "<"
for a tag, and _plain_markup_lines searches for NUL only where the text may hold one;
_simplify_lines finds the lines of traditional script by searches of the whole text. Each
fast path must give what the slow one gave: the old forms are written out here and compared
on every article of the Terminus corpus and of eval/, and on made-up edge cases.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from kg import articles

_ROOT = Path(__file__).resolve().parent.parent
_CORPUS = Path("/work/shared/corpus")
_SUFFIXES = {".md", ".markdown", ".txt", ".html", ".htm"}


def _texts() -> list[str]:
    """The decoded texts (front matter and header lines split off) of every article of the
    corpus and of eval/, and made-up edge cases."""
    paths = [p for p in sorted((_ROOT / "eval").rglob("*")) if p.suffix.lower() in _SUFFIXES]
    if _CORPUS.is_dir():
        paths += [p for p in sorted(_CORPUS.rglob("*")) if p.suffix.lower() in _SUFFIXES]
    texts = []
    for path in paths:
        try:
            decoded, _ = articles._decode(path.read_bytes(), str(path))
            _, rest = articles._split_front_matter(decoded, str(path))
        except Exception:  # noqa: BLE001 (files the reader refuses are not read here either)
            continue
        texts.append(articles._split_header_lines(rest)[1])
    return texts + _EDGES


_EDGES = [
    "\ufeff标题\r\n\r\n正文，第一段。\r\n",
    "全角：ＡＢＣ１２３，（注）！　空格　在此",
    "astral 𠀀𪚥 字\n第二行 𠮷",
    "# 标题 #\n\n> 引用 > 还是\n\n- 条目\n* 条目\n+ 条目\n-不是条目\n  -\t条目",
    "| 甲 | 乙 |\n|---|:-:|\n| 1 | 2 |\n\n段落 | 竖线",
    "[链接](http://a.b/c) ![图](x.png) [引用][r] <http://a.b>\n\n[r]: http://r.s",
    "**粗体** _斜体_ `代码` ~~删除~~ \\*星\\* \\<b>不是标签",
    "私用\ue03c字\\*与反斜杠\n第二行 b>",
    "私用\ue03c字无反斜杠b>",
    "<figcaption>图注</figcaption>\n正文 &amp; 更多 &#20013;",
    "NUL\x00字 <b>粗</b>",
    "```\n代码 <b>\n```\n正文",
    "\ufffd\ufffd 坏字节 \ufffd",
    "國家 與 人民\n简体行\n臺灣「說」\n",
    "",
    "\n\n\n",
]


# --- _space_for ---------------------------------------------------------------------------


def _space_for_old(body: str, start: int, end: int) -> str:
    if start == 0 or end == len(body):
        return ""
    run = body[start:end]
    if not articles._NEWLINE_CHARS.isdisjoint(run):
        return "\n"
    invisible = articles._INVISIBLE
    spaces = len(run) if invisible.isdisjoint(run) else sum(ch not in invisible for ch in run)
    if not spaces:
        return ""
    if articles._ends_sentence(body, start):
        return "\n"
    if articles._is_cjk(body[start - 1]) and articles._is_cjk(body[end]):
        if spaces >= 2:
            return "\n"
        return "," if articles._parts_headline(body, start, end) else ""
    if articles._digit_beside_cjk(body[start - 1], body[end]):
        return "\n" if spaces >= 2 else ""
    return " "


def test_space_for_is_the_old_one() -> None:
    rng = random.Random(56)
    pieces = [" ", "  ", "\n", "\n\n", "\u3000", "\u200b", " \u200b", "\t", "。", "”", "中"]
    pieces += ["国", "a", "1", "，", "美国总统", "x"]
    bodies = [text for text in _texts() if text.strip()][:400]
    for _ in range(3000):
        bodies.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))))
    for body in bodies:
        for start, end in articles._space_runs(body):
            assert articles._space_for(body, start, end) == _space_for_old(body, start, end)


# --- _plain_front_matter ------------------------------------------------------------------


def _plain_front_matter_old(source: str):  # type: ignore[no-untyped-def]
    data = {}
    for line in source.split("\n"):
        found = articles._PLAIN_LINE.fullmatch(line)
        if found is None:
            if re.fullmatch(" *", line):
                continue
            return None
        key, plain, double, single = found.groups()
        if not articles._is_text(key) or (plain is not None and not articles._is_text(plain)):
            return None
        if plain is not None and (": " in plain or " #" in plain):
            return None
        data[key] = plain if plain is not None else double if double is not None else single
    return data


def test_plain_front_matter_is_the_old_one() -> None:
    lines = ["", " ", "   ", "\t", " \t", "\u3000", "title: 标题", "date: 2020-01-01"]
    lines += ["tags: a, b", 'x: "引号"', "y: 'single'", "z:", "n: 12", " key: v", "k: a: b"]
    rng = random.Random(5600)
    for _ in range(3000):
        source = "\n".join(rng.choice(lines) for _ in range(rng.randint(1, 8)))
        assert articles._plain_front_matter(source) == _plain_front_matter_old(source), source


# --- _markdown_line -----------------------------------------------------------------------


def _markdown_line_old(line: str, refs: set[str], out: list[str], in_table: bool) -> bool:
    stripped = line.strip()
    if not stripped or (stripped[0] not in articles._BLOCK_MARKS and "|" not in stripped):
        out.append(articles._inline(stripped, refs))
        return False
    first = stripped[0]
    if ("]:" in line and articles._REF_DEF.fullmatch(line)) or (
        first in articles._RULE_MARKS and articles._RULE.fullmatch(line)
    ):
        return False
    if "|" in line and articles._TABLE_SEP.fullmatch(line):
        if out and "|" in out[-1]:
            out[-1:] = articles._table_cells(out.pop())
        return True
    if (in_table and "|" in stripped) or stripped.startswith("|"):
        out.extend(articles._table_cells(articles._inline(stripped, refs)))
        return in_table or stripped.startswith("|")
    if first == "#" and articles._HEADING.match(line):
        line = articles._HEADING_CLOSE.sub("", articles._HEADING.sub("", line, count=1))
    if ">" in line:
        line = articles._QUOTE.sub("", line, count=1)
    line = articles._BULLET.sub("", line, count=1)
    out.append(articles._inline(line, refs))
    return False


def test_markdown_line_is_the_old_one() -> None:
    lines = [line for text in _texts() for line in text.split("\n")]
    rng = random.Random(56001)
    marks = ["-", "*", "+", " ", "\t", ">", "#", "[x]", "**", "|", "中", "a", "\u3000", "1."]
    for _ in range(5000):
        lines.append("".join(rng.choice(marks) for _ in range(rng.randint(1, 8))))
    refs = {"r"}
    for in_table in (False, True):
        for line in lines:
            new: list[str] = ["a | b"]
            old: list[str] = ["a | b"]
            assert articles._markdown_line(line, refs, new, in_table) == _markdown_line_old(
                line, refs, old, in_table
            )
            assert new == old, line


# --- _markdown_finish without the search for tags, _plain_markup_lines without NUL's --------


def _markdown_lines_old(text: str) -> list[str]:
    """_markdown_lines as it was: every text's lines joined and searched for a tag."""
    source = text.split("\n")
    ascii_text = text.encode("ascii", "ignore")
    refs = articles._reference_names(source) if b"]:" in ascii_text else set()
    if b"```" not in ascii_text and b"~~~" not in ascii_text:
        return articles._markdown_text_lines(source, refs, ascii_text)  # (tags, nul: True)
    lines: list[str] = []
    fence: str | None = None
    in_table = False
    for line in source:
        opening = articles._FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            else:
                lines.append(line)
            continue
        if opening:
            fence = opening.group(1)
            continue
        in_table = articles._markdown_line(line, refs, lines, in_table)
    return articles._markdown_finish(lines)


def test_markdown_lines_are_the_old_ones() -> None:
    texts = _texts()
    rng = random.Random(56002)
    bits = ["<b>", "</b>", "\\", "\ue03c", "b>", "\x00", "&amp;", "&#20013;", "```", "\n", "字"]
    bits += ["**", "[a](b)", "<br>", "<figcaption>", "</figcaption>", " "]
    for _ in range(2000):
        texts.append("".join(rng.choice(bits) for _ in range(rng.randint(1, 20))))
    for text in texts:
        assert articles._markdown_lines(text) == _markdown_lines_old(text), text[:200]


def test_plain_markup_lines_without_nul_search() -> None:
    for joined in ("<b>a</b>\n<br>b", "<i>x</i> &amp; y", "a<br>b\n<div>c</div>"):
        assert articles._plain_markup_lines(joined, False) == articles._plain_markup_lines(joined)
    assert articles._plain_markup_lines("<b>a\x00</b>") is None


# --- _simplify_lines ----------------------------------------------------------------------


def _simplify_lines_old(text: str, astral: bool = True) -> str:
    return "\n".join(
        articles._simplify_line(line) if articles._has_traditional(line, astral) else line
        for line in text.split("\n")
    )


def test_simplify_lines_is_the_old_one() -> None:
    texts = [t for t in _texts() if articles._has_traditional(t)]
    rng = random.Random(56003)
    bits = ["國", "們", "中", "\n", "「", "」", "臺灣", "发展", " ", "\n\n", "a"]
    for _ in range(2000):
        texts.append("".join(rng.choice(bits) for _ in range(rng.randint(1, 20))))
    assert len(texts) > 2000
    for text in texts:
        for astral in (False, True):
            assert articles._simplify_lines(text, astral) == _simplify_lines_old(text, astral)


# --- _plain_space_runs, _fold_bmp_seeing, the emphasis patterns ----------------------------


def test_plain_space_runs_are_the_runs_of_space_run() -> None:
    rng = random.Random(56004)
    bits = [" ", "  ", "\n", "\n\n", "\n\n\n", "中", "a", " \n", "\n ", "。"]
    bodies = [t for t in _texts() if articles._ODD_SPACE.isdisjoint(t)]
    for _ in range(5000):
        bodies.append("".join(rng.choice(bits) for _ in range(rng.randint(1, 20))))
    for body in bodies:
        assert articles._plain_space_runs(body) == articles._space_runs(body), body[:100]


def _fold_bmp_seeing_old(text: str) -> tuple[str, bool, bool, bool]:
    foldable = articles._foldable_set()
    traditional_chars = articles._traditional_chars()[0]
    widened = traditional = odd_space = False
    pattern = articles._fold_search(True, True)
    match = pattern.search(text)
    while match is not None:
        ch = match.group()
        if ch in articles._ODD_SPACE:
            odd_space = True
        if ch in foldable:
            folded = articles._fold_char(ch)
            widened = widened or folded > "\uffff"
            traditional = traditional or folded in traditional_chars
            text = text.replace(ch, folded)
        elif ch not in articles._ODD_SPACE:
            traditional = True
        pattern = articles._fold_search(not traditional, not odd_space)
        match = pattern.search(text, match.start() + 1)
    return text, widened, traditional, odd_space


def test_fold_bmp_seeing_is_the_old_one() -> None:
    rng = random.Random(56005)
    bits = ["，", "國", "中", "\u00a0", "\u3000", " ", "Ａ", "\uf900", "．", "a", "\n", "\u200b"]
    texts = [t for t in _texts() if not articles._beyond_bmp(t)]
    for _ in range(3000):
        texts.append("".join(rng.choice(bits) for _ in range(rng.randint(1, 20))))
    for text in texts:
        assert articles._fold_bmp_seeing(text) == _fold_bmp_seeing_old(text)


_OLD_EMPHASIS = {
    "*": (articles._STRONG, re.compile(r"(\*\*{0,2})(?=\S)(.+?)(?<=\S)\1")),
    "_": (
        articles._UNDERLINE,
        re.compile(r"(_(?<![A-Za-z0-9_]_)_{0,2})(?=\S)(.+?)(?<=\S)\1(?![A-Za-z0-9_])"),
    ),
}


def test_emphasis_taken_a_run_at_a_time_matches_as_before() -> None:
    lines = [line for text in _texts() for line in text.split("\n") if "*" in line or "_" in line]
    rng = random.Random(56006)
    bits = ["*", "**", "***", "_", "__", " ", "a", "中", "\t", "\u3000", "_a", "a_", "1", "\n"]
    for _ in range(50000):
        lines.append("".join(rng.choice(bits) for _ in range(rng.randint(1, 25))))
    for new, old in _OLD_EMPHASIS.values():
        for line in lines:
            found = [(m.span(), m.groups()) for m in new.finditer(line)]
            assert found == [(m.span(), m.groups()) for m in old.finditer(line)], line
