"""Round 52, helper p52a: _Boilerplate.candidate_lines finds a line's index by bisection in
the offsets where the lines start, not by counting the line breaks before each find (the
lines it finds must be those the count found); the inline patterns _STRONG, _UNDERLINE and
_CODE open with their mark as a literal (their matches must be those of the old forms)."""

from __future__ import annotations

import random
import re

from test_round51_p51c import _lines

from kg import articles
from kg.articles import _boilerplate
from kg.exceptions import InputError


def _counted(pattern, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    """candidate_lines as round 51 wrote it: line breaks counted before each find."""
    found: set[int] = set()
    line = pos = 0
    joined = "\n" + text
    for match in pattern._candidates.finditer(joined):
        start = match.start()
        line += joined.count("\n", pos, start)
        pos = start
        found.add(line)
    for ch in pattern._reached_chars:
        line = pos = 0
        at = text.find(ch)
        while at != -1:
            line += text.count("\n", pos, at)
            found.add(line)
            pos = text.find("\n", at)
            if pos == -1:
                break
            at = text.find(ch, pos)
    return sorted(found)


def test_bisected_lines_are_the_counted_ones() -> None:
    pattern = _boilerplate()
    assert pattern is not None and pattern._candidates is not None
    assert pattern._reached_chars  # the loop over them is tested too
    lines = [line.replace("\n", "") for line in _lines()]
    reached = list(pattern._reached_chars)
    rng = random.Random(52)
    for _ in range(400):
        chosen = rng.sample(lines, rng.randint(1, 40))
        # lines that end or begin with a reached character, and several in one line
        for _ in range(rng.randint(0, 4)):
            index = rng.randrange(len(chosen))
            ch = rng.choice(reached)
            chosen[index] = rng.choice([ch + chosen[index], chosen[index] + ch, ch * 3])
        text = "\n".join(chosen)
        expected = _counted(pattern, text)
        assert pattern.candidate_lines(text) == expected, text
        assert pattern.candidate_lines(text, chosen) == expected, text


def test_edges() -> None:
    pattern = _boilerplate()
    assert pattern is not None
    for text in ["", "\n", "\n\n", "分享到", "\n分享到\n", "x\n\n未经", "未经\n"]:
        assert pattern.candidate_lines(text, text.split("\n")) == _counted(pattern, text)


# the inline patterns as round 51 wrote them: no literal first
_OLD_INLINE = {
    "_CODE": r"(`+)(.+?)\1",
    "_STRONG": r"(\*{1,3})(?=\S)(.+?)(?<=\S)\1",
    "_UNDERLINE": r"(?<![A-Za-z0-9_])(_{1,3})(?=\S)(.+?)(?<=\S)\1(?![A-Za-z0-9_])",
}


def test_inline_marks_open_with_a_literal() -> None:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    for name in _OLD_INLINE:
        parsed = _parser.parse(getattr(articles, name).pattern, 0)
        assert _compiler._get_literal_prefix(parsed, 0)[0], name


def test_inline_marks_match_as_before() -> None:
    rng = random.Random(520)
    chars = ["*", "**", "_", "__", "`", "``", " ", "\t", "a", "Z", "9", "中", "国", "，", "\n"]
    for name, old_source in _OLD_INLINE.items():
        old, new = re.compile(old_source), getattr(articles, name)
        for _ in range(6000):
            text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 24)))
            assert [(m.span(), m.groups()) for m in old.finditer(text)] == [
                (m.span(), m.groups()) for m in new.finditer(text)
            ], (name, text)
            assert old.sub(r"<\2>", text) == new.sub(r"<\2>", text), (name, text)


def _old_markdown_line(line: str, refs: set[str], out: list[str], in_table: bool) -> bool:
    """_markdown_line as round 51 wrote it: every regex asked of every line."""
    a = articles
    stripped = line.strip()
    if not stripped or (stripped[0] not in a._BLOCK_MARKS and "|" not in stripped):
        out.append(a._inline(stripped, refs))
        return False
    if a._REF_DEF.fullmatch(line) or a._RULE.fullmatch(line):
        return False
    if a._TABLE_SEP.fullmatch(line) and "|" in line:
        if out and "|" in out[-1]:
            out[-1:] = a._table_cells(out.pop())
        return True
    if (in_table and "|" in stripped) or stripped.startswith("|"):
        out.extend(a._table_cells(a._inline(stripped, refs)))
        return in_table or stripped.startswith("|")
    line = (
        a._HEADING_CLOSE.sub("", a._HEADING.sub("", line, count=1))
        if a._HEADING.match(line)
        else line
    )
    line = a._BULLET.sub("", a._QUOTE.sub("", line, count=1), count=1)
    out.append(a._inline(line, refs))
    return False


def test_markdown_line_as_before() -> None:
    rng = random.Random(5252)
    pieces = [
        "#",
        "##",
        " ",
        "\t",
        "\u3000",
        ">",
        "> ",
        "-",
        "*",
        "**",
        "+",
        "_",
        "=",
        "|",
        "[",
        "]",
        "]:",
        "(",
        ")",
        "x",
        "中文",
        ":",
        "---",
        "[x] ",
        "http://a.b",
        "`",
    ]
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        refs = {"x"} if rng.random() < 0.3 else set()
        before = [rng.choice(["", "a|b", "中"])] if rng.random() < 0.5 else []
        in_table = rng.random() < 0.3
        old_out, new_out = list(before), list(before)
        old = _old_markdown_line(line, refs, old_out, in_table)
        assert articles._markdown_line(line, refs, new_out, in_table) == old, line
        assert new_out == old_out, line


def _fence_path(text: str) -> list[str]:
    """_markdown_lines by the way of a text with a code fence (the loop over every line)."""
    a = articles
    source = text.split("\n")
    refs = a._reference_names(source)
    lines: list[str] = []
    in_table = False
    for line in source:
        assert not a._FENCE.match(line)
        in_table = a._markdown_line(line, refs, lines, in_table)
    return a._markdown_finish(lines)


def test_markdown_marks_looked_for_in_ascii() -> None:
    # what the ASCII characters hold and the text does not: the lines are read the same
    for text in ["`中``\n正文", "~~中~\n**强调**", "[a]中: b\n[a]", "`` `中` ``\n[x](y)"]:
        assert articles._markdown_lines(text) == _fence_path(text), text
    rng = random.Random(52520)
    pieces = [
        "`",
        "``",
        "~",
        "~~",
        "中",
        "文",
        "]",
        ":",
        "[a]",
        "(u)",
        "*",
        "_",
        " ",
        "\n",
        "<b>",
        "</b>",
        "&amp;",
        "#",
        "> ",
        "- ",
        "|",
        "[a]: http://x",
    ]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        if "```" in text or "~~~" in text:
            continue
        expected = _fence_path(text)
        assert articles._markdown_lines(text) == expected, text
        source = text.split("\n")
        refs = articles._reference_names(source)
        ascii_text = text.encode("ascii", "ignore")
        assert articles._markdown_text_lines(source, refs, ascii_text) == expected, text


def test_plain_markup_lines_leave_declarations_to_lxml() -> None:
    for joined in ["<!-- x --><b>a</b>", "a<?xml x?>b", "<b>a</b><!DOCTYPE html>", "&#20013;"]:
        assert articles._plain_markup_lines(joined) is None
    assert articles._plain_markup_lines("<b>a</b>\n<br>b") == ["a", "b"]


def _old_decode(raw: bytes, name: str) -> tuple[str, str]:
    """_decode as round 51 wrote it: the three replacements on every text."""
    a = articles
    controls = None
    if raw.startswith(a._UTF16_BOMS):
        text, encoding = a._try_decode(raw, "utf-16"), "utf-16"
    elif a._looks_binary(controls := a._control_bytes(raw), raw):
        raise AssertionError("binary")
    elif raw.startswith(b"\xef\xbb\xbf"):
        text, encoding = a._try_decode(raw, "utf-8-sig"), "utf-8"
    else:
        text, encoding = a._guess_decode(raw)
    assert text is not None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not a._may_hold_controls(raw, encoding, controls):
        return text.replace("\x0c", "\n"), encoding
    return a._CONTROL_CHARS.sub("", text.replace("\x0c", "\n")), encoding


def test_decode_as_before() -> None:
    rng = random.Random(5200)
    pieces = ["中文", "正文", "\r", "\n", "\r\n", "\x0c", "a", " ", "\x1b", "\x07", "\ufeff", "國"]
    encodings = ["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5"]
    checked = 0
    for _ in range(3000):
        text = "x" + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        raw = text.encode(rng.choice(encodings), "ignore")
        if rng.random() < 0.2:  # broken UTF-8 bytes
            raw = raw[:5] + b"\xe4" + raw[5:]
        try:
            expected = _old_decode(raw, "x")
        except (AssertionError, InputError):
            continue
        assert articles._decode(raw, "x") == expected, raw
        checked += 1
    assert checked > 1500
