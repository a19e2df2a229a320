"""Round 50 (jd): the straddling-trigger check asks jieba for a cut only when one could
answer yes; everywhere else its answer is the cut's, proved by dictionary look-ups."""

from __future__ import annotations

import pytest

from kg.actions import (
    _STRADDLE_WINDOW,
    _cut_straddles,
    _jieba_splits,
    _plain_trigger,
    _straddles,
    trigger_spans,
)

# Written for this test: triggers that straddle two words, and many that don't.
SENTENCES = (
    "两国领导人在各自首都发表声明。",
    "他说美方不会谈判,也不会让步。",
    "中方将全力促成双方重启对话。",
    "记者问是否认为制裁有效,发言人拒绝回答。",
    "伊朗外长表示,德黑兰谴责以色列的空袭,并呼吁联合国安理会召开紧急会议。",
    "俄罗斯与乌克兰代表团在伊斯坦布尔举行会谈,双方同意交换战俘。",
    "“我们支持和平解决争端,”他说。美国G7峰会上,日本宣布援助菲律宾。",
    "双方相互指责对方违反停火协议。",
)


def _straddles_by_cut(text: str, pos: int, stop: int) -> bool:
    """The check as round 50 first wrote it: always the cut."""
    at = max(0, pos - _STRADDLE_WINDOW)
    return _plain_trigger(text, pos, stop) and _cut_straddles(text, at, pos, stop)


@pytest.mark.parametrize("text", SENTENCES)
def test_same_answer_as_the_cut_for_every_span(text: str) -> None:
    spans = [(pos, stop) for pos in range(len(text)) for stop in range(pos + 2, len(text) + 1)]
    for pos, stop in spans:
        assert _straddles(text, pos, stop) == _straddles_by_cut(text, pos, stop), text[pos:stop]


@pytest.mark.parametrize("text", SENTENCES)
def test_same_answer_for_the_scans_triggers(text: str) -> None:
    for pos, stop in trigger_spans().spans(text, 0, len(text)):
        assert _straddles(text, pos, stop) == _straddles_by_cut(text, pos, stop)


def test_straddling_triggers_still_found() -> None:
    found = [
        text[pos:stop]
        for text in SENTENCES
        for pos in range(len(text))
        for stop in range(pos + 2, len(text) + 1)
        if _straddles(text, pos, stop)
    ]
    assert found == ["自首", "会谈", "力促", "否认"]


def test_jieba_splits_at_marks_only() -> None:
    for mark in ",，。、“”《》:：;；!？ \n·（）":
        assert _jieba_splits(mark)
    for char in "中国a7G+#&._%-㐀豈":
        assert not _jieba_splits(char)
