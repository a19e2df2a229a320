"""Round 52 (p52c), finding actors: the scan's tables (kept with the gazetteer since round 55,
kg.gazetteer.tables) are its own fields, and the actor start index's DFA gives every start
the default automaton gives."""

from __future__ import annotations

import ahocorasick_rs

from kg.gazetteer import StartIndex
from kg.gazetteer import tables as tables_of

TEXTS = [
    "外交部发言人林剑4日在例行记者会上表示，中方坚决反对美方对华加征关税。",
    "美国国防部长皮特·赫格塞思周二会见了日本防卫大臣中谷元。中美、中俄、美日韩",
    "果敢、德昂、若开等缅北民地武组织与缅军交火，WHO和CNN报道。",
    "北京日报报道，香港新闻网称，美军在红海地区袭击了胡塞武装。",
    "",
    "今天天气很好，我们去公园散步。",
]


def _scan_tables(gaz) -> tuple:
    """The fields _scan reads, from gazetteer.tables (which replaced actors._scan_tables)."""
    kept = tables_of(gaz)
    return (
        kept.lengths,
        kept.shorts,
        kept.ambiguous_starts,
        kept.long_institution_heads,
        kept.list_shorts,
        kept.actor_index,
    )


def test_scan_tables_are_the_gazetteers_fields(gaz):
    tables = _scan_tables(gaz)
    again = _scan_tables(gaz)  # kept, not made again (compiled, the tuple is boxed anew)
    assert all(a is b for a, b in zip(tables, again, strict=True))
    expected = (
        gaz.lengths,
        gaz.shorts,
        gaz.ambiguous_starts,
        gaz.long_institution_heads,
        gaz.list_shorts,
        gaz.actor_index,
    )
    assert all(a is b for a, b in zip(tables, expected, strict=True))


def _default_starts(words: list[str], text: str, start: int, end: int) -> list[int]:
    heads = sorted({word[:2] for word in words if word})
    found = ahocorasick_rs.AhoCorasick(heads).find_matches_as_indexes(
        text[start : end + 1], overlapping=True
    )
    return sorted({start + at for _, at, _ in found if start + at < end})


def test_dfa_starts_are_the_default_automatons(gaz):
    words = gaz.actor_index._words
    index = StartIndex(words)
    for text in TEXTS:
        for start in range(0, len(text) + 1, 3):
            for end in (start, min(len(text), start + 9), len(text)):
                if end < start:
                    continue
                assert index.starts(text, start, end) == _default_starts(words, text, start, end)


def test_dfa_starts_are_what_next_gives(gaz):
    index = gaz.actor_index
    for text in TEXTS:
        expected, pos = [], 0
        while (at := index.next(text, pos, len(text))) != -1:
            expected.append(at)
            pos = at + 1
        assert index.starts(text, 0, len(text)) == expected
