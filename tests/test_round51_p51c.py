"""Round 51, helper p51c: the boilerplate test runs only on the lines one search of the
folded article finds (_Boilerplate.candidate_lines); every line the old per-line gate passed
must be among them, and the read articles must be those of the per-line test."""

from __future__ import annotations

import random
import re

from kg import articles
from kg.articles import _WHITE_SPACE, _Boilerplate, _boilerplate, _is_boilerplate


def _gate(pattern: _Boilerplate, key: str) -> bool:
    """The first tests of _Boilerplate.matches (what candidate_lines must not miss)."""
    if not key.strip():
        return False
    return bool(
        key.lstrip()[0] in pattern._by_first or pattern._anywhere or pattern._may_reach(key)
    )


def _lines() -> list[str]:
    rng = random.Random(51)
    pieces = [
        "分享到",
        "未经授权不得转载",
        "扫码",
        "长按识别二维码",
        "责任编辑：王",
        "【",
        "美国",
        "制裁",
        " ",
        "\u3000",
        "\t",
        "\x0b",
        "\u2028",
        "\x85",
        "©",
        "a",
        "。",
        "点击查看",
        "版权所有",
        "长",
        "未",
        "",
    ]
    lines = ["", " ", "\t\t", "未", "长", " 长", "x" * 25 + "未经", " " * 22 + "扫码"]
    for _ in range(4000):
        lines.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
    return lines


def test_candidate_lines_hold_every_line_the_gate_passes() -> None:
    pattern = _boilerplate()
    assert pattern is not None
    lines = [line.replace("\n", "") for line in _lines()]
    rng = random.Random(5)
    for _ in range(200):
        chosen = rng.sample(lines, 40)
        found = pattern.candidate_lines("\n".join(chosen))
        assert found is not None
        assert found == sorted(set(found))
        for index, key in enumerate(chosen):
            if _gate(pattern, key):
                assert index in found, repr(key)


def test_candidate_lines_stay_in_their_line() -> None:
    pattern = _boilerplate()
    assert pattern is not None
    # a blank line before a candidate must not hide it (a match never takes a line break)
    text = "\n".join(["", "分享到微信", " ", "长按二维码", "\t", "未经许可不得转载"])
    found = pattern.candidate_lines(text)
    assert found is not None and {1, 3, 5} <= set(found) and 0 not in found


def test_assemble_equals_the_per_line_test() -> None:
    pattern = _boilerplate()
    assert pattern is not None
    rng = random.Random(7)
    lines = _lines()
    for _ in range(300):
        chosen = [line.replace("\n", "") for line in rng.sample(lines, rng.randint(1, 30))]
        body, folded, _ = articles._assemble(chosen)
        keys = articles._fold_lines(chosen)[0]
        kept = [i for i, key in enumerate(keys) if not _is_boilerplate(key, pattern)]
        text_lines = [i for i in kept if chosen[i].strip()]
        if text_lines:
            kept = kept[kept.index(text_lines[0]) : kept.index(text_lines[-1]) + 1]
        else:
            kept = []
        old_body = "\n".join(chosen[i] for i in kept).rstrip()
        assert body == old_body
        assert folded == "\n".join(keys[i] for i in kept)[: len(old_body)]


def test_candidates_regex_takes_no_line_break() -> None:
    regex = articles._candidates_regex({"\n", "分"})
    assert [m.start() for m in regex.finditer("\n\n分")] == [1]
    assert articles._candidates_regex(set()).search("\nx") is None
    assert set(_WHITE_SPACE) >= {" ", "\t"}


def test_marked_lines_are_the_lines_a_search_finds() -> None:
    rng = random.Random(11)
    chars = ["中", "a", " ", "[", "]", "*", "_", "`", "<", "\\", "~", "!", "(", "#", "\n"]
    for _ in range(2000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 60)))
        ascii_text = text.encode("ascii", "ignore")
        expected = {
            index
            for index, line in enumerate(ascii_text.split(b"\n"))
            if re.search(articles._INLINE_HINT.pattern.encode(), line)
        }
        # (round 55: each line's marks, from bytes.translate, in place of the set of lines)
        marks = articles._line_marks(ascii_text)
        assert {index for index, mark in enumerate(marks) if mark} == expected, text
