"""Speed pass (round 26, sp): each fast path gives what the long way gave (kept here), on
positions of the seeds, eval/dev, eval/terminus-dev and the fresh dev pages, and on texts
written for the test (marks absent, at the text's ends, negative and past-the-end offsets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.articles import iter_articles
from kg.sentences import after_last_mark, first_mark, marks_after, marks_before

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [
    ROOT / "seeds",
    ROOT / "eval" / "dev",
    ROOT / "eval" / "terminus-dev",
    *sorted((ROOT / "eval" / "fresh22").glob("*-dev")),
    *sorted((ROOT / "eval" / "fresh23").glob("*-dev")),
]

# the mark sets the rules look back or ahead for (kg/extract.py, kg/actors.py, kg/actions.py)
MARK_SETS = [",，;；:：。", ",，。;；:：\n", "。\n", "。;；\n", "。！？\n", ",，。;；", "，,。；;"]

WRITTEN = [
    "",
    "美国宣布制裁俄罗斯",  # no mark at all
    "，",
    "。美国宣布制裁",  # a mark only at the start
    "美国宣布制裁。",  # a mark only at the end
    "外交部发言人林剑说,美方应停止;中方将采取措施：坚决反制。\n俄方表示；支持",
    "第一句！第二句？\n\n第三句,完",
]


def _slow_after_last(text: str, marks: str, pos: int) -> int:
    return max(text.rfind(m, 0, pos) for m in marks) + 1


def _slow_first(text: str, marks: str, pos: int, default: int) -> int:
    return min((at for at in (text.find(m, pos) for m in marks) if at >= 0), default=default)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    found = iter_articles([str(f) for f in FOLDERS if f.exists()])
    read = [item.text for item in found if hasattr(item, "text")]
    assert len(read) >= 40
    return read


@pytest.mark.parametrize("marks", MARK_SETS)
def test_marks_on_written_texts_every_offset(marks: str) -> None:
    before, after = marks_before(marks), marks_after(marks)
    for text in WRITTEN:
        for pos in range(-len(text) - 3, len(text) + 4):
            assert after_last_mark(before, text, pos) == _slow_after_last(text, marks, pos)
            for default in (-1, len(text)):
                got = first_mark(after, text, pos, default)
                assert got == _slow_first(text, marks, pos, default), (text, pos)


@pytest.mark.parametrize("marks", MARK_SETS)
def test_marks_on_inspectable_articles(texts: list[str], marks: str) -> None:
    """Every third position of every article (the long way reads the whole text per call)."""
    before, after = marks_before(marks), marks_after(marks)
    for text in texts:
        for pos in range(0, len(text) + 1, 3):
            assert after_last_mark(before, text, pos) == _slow_after_last(text, marks, pos)
            assert first_mark(after, text, pos, len(text)) == _slow_first(
                text, marks, pos, len(text)
            )


# -- one automaton for triggers, titles, votes and organs ------------------------------------

GATE_WRITTEN = [
    "",
    "今天天气很好。",  # nothing
    "安理会当天就该决议草案进行表决。",  # a vote, no act
    "国防部随后发表声明。",  # an organ
    "美国宣布制裁俄罗斯。",  # a trigger
    "外交部发言人林剑说。",  # a title and an organ
    "推迟了原定的峰会。",  # a split trigger
]


@pytest.fixture(scope="module")
def sentences(texts: list[str]) -> list[str]:
    from kg.sentences import split_sentences

    return [s.text for text in texts for s in split_sentences(text)] + GATE_WRITTEN


def test_gate_tells_votes_and_organs_as_the_regex(sentences: list[str]) -> None:
    from kg.extract import _trigger_or_title_gate, _trigger_or_title_pattern, _vote_or_organ_pattern
    from kg.gazetteer import load_gazetteer
    from kg.lexicon import LiteralGate, split_parts, summits, triggers

    gaz = load_gazetteer()
    gate = _trigger_or_title_gate(gaz)
    words = [*triggers(), *summits()]
    plain = [w for w in words if "…" not in w] + list(gaz.titles)
    parts = [split_parts(w) for w in words if "…" in w]
    alone = LiteralGate(plain, parts, _trigger_or_title_pattern(gaz))  # no words added
    either = _vote_or_organ_pattern(gaz)
    seen = set()
    for text in sentences:
        got = gate.search_also(text)
        assert got == (alone.search(text), either.search(text) is not None), text
        assert gate.search(text) == got[0]
        seen.add(got)
    assert seen == {(True, True), (True, False), (False, True), (False, False)}


def test_gate_with_an_empty_word_asks_the_regex() -> None:
    import re

    from kg.lexicon import LiteralGate

    gate = LiteralGate(["", "制裁"], [], re.compile("制裁|"), also=["外交部"])
    assert gate.search_also("外交部说") == (True, True)
    assert gate.search_also("") == (True, False)
    none = LiteralGate([], [], re.compile("(?!)"), also=[])
    assert none.search_also("外交部") == (False, False)


# -- the unknown-name finders, their first tests asked by _unknown_names ---------------------


def _unknown_names_long_way(text, start, end, gaz, untitled, glossed) -> list:
    """_add_names's names as it gathered them before: each finder called in turn."""
    from kg import actors

    names = [*actors._transliterated(text, start, end, gaz)]
    names.extend(actors._titled_names(text, start, end, gaz, glossed))
    names.extend(actors._transliterated_firms(text, start, end, gaz))
    names.extend(actors._local_courts(text, start, end))
    names.extend(actors._elected_names(text, start, end, gaz))
    names.extend(actors._names_before_title(text, start, end, gaz, untitled or {}))
    if untitled is not None:
        names.extend(actors._untitled_names(text, start, end, gaz, untitled))
    return names


UNKNOWN_WRITTEN = [
    "美国国防部长皮特·赫格塞思当天表示。",  # a dotted name after a title
    "受制裁的公司包括诺斯洛普公司。",  # a firm
    "得克萨斯州西区法院判处他三年徒刑。",  # a local court
    "祝贺阿努拉当选斯里兰卡总统。",  # elected
    "阿富汗卡尔扎伊总统当天抵达。",  # a name before a post
    "孟晚舟说,她将返回。",  # a name with no title
    "他说今天天气很好。",  # none of them
]


def test_unknown_names_as_each_finder_called_in_turn(texts: list[str]) -> None:
    from kg import actors
    from kg.actors import Actor
    from kg.gazetteer import load_gazetteer
    from kg.sentences import split_sentences

    gaz = load_gazetteer()
    short = {"林剑": Actor(key="林剑", label="林剑", type="Person", known=False)}
    found = 0
    for text in [*texts, *UNKNOWN_WRITTEN]:
        for sentence in split_sentences(text):
            for untitled in (None, {}, short):
                args = (text, sentence.start, sentence.end, gaz, untitled, tuple)
                fast = actors._unknown_names(*args)
                assert fast == _unknown_names_long_way(*args), sentence.text
                found += bool(fast)
    assert found
