"""Round 46, helper bb: requests and refusals. Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 颠倒黑白 calls the other side's words a distortion: a criticism, not a refusal ----------
# (annotators code a bare 颠倒黑白 as ACCUSE in every set that has it, REJECT only where 驳斥 or
# 反驳 stands beside it, as its siblings 混淆视听 and 罔顾事实 already are)


def test_distortion_judgement_accuses() -> None:
    """伊朗外交部:…颠倒黑白: the speaker accuses whom the words are about, rejects no one."""
    events = events_of("伊朗外交部:美方的声明颠倒黑白。")
    assert ("伊朗外交部", "ACCUSE", "美国", "asserted") in events
    assert not any(t == "REJECT" for _, t, _, _ in events)


def test_rebuttal_beside_distortion_still_rejects() -> None:
    """驳斥…是颠倒黑白: the rebutting verb keeps its refusal."""
    events = events_of("俄罗斯外交部驳斥英国的声明是颠倒黑白。")
    assert ("俄罗斯外交部", "REJECT", "英国", "asserted") in events
