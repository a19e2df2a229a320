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


# -- a refusal of talks or contact is aimed at the counterpart in focus ------------------------
# (拒绝对话 alone already was; 拒绝对话和接触等一切交流, 拒绝官方对话, 拒绝任何谈判 named a noun
# object and found no target: the annotators of oc, yo, qj code them all as REJECT of the side
# the talks would be with)


def test_refused_talks_phrase_aims_at_focus() -> None:
    """美国提议…。朝鲜拒绝对话和接触等一切交流: the refusal answers the side in focus."""
    for refused in ("对话和接触等一切交流", "官方对话", "任何谈判"):
        events = events_of(f"美国呼吁朝鲜重启谈判。朝鲜拒绝{refused}。")
        assert ("朝鲜", "REJECT", "美国", "asserted") in events, refused


def test_refused_talks_with_more_after_stays_untargeted() -> None:
    """拒绝对话协商解决问题: more than talks follows; no target is guessed."""
    events = events_of("美国呼吁朝鲜重启谈判。朝鲜拒绝对话协商解决问题。")
    assert ("朝鲜", "REJECT", "美国", "asserted") not in events


def test_supporting_talks_is_not_aimed_at_focus() -> None:
    """中方支持对话和谈判: only a refusal takes the counterpart from the talks noun."""
    events = events_of("美国呼吁朝鲜重启谈判。中方支持对话和谈判。")
    assert not any(t == "SUPPORT" and o == "美国" for _, t, o, _ in events)


# -- a transcript line its answerer's name opens, after a question, is the answer --------------
# (有记者提问:…中方对此有何回应? 毛宁:…。美方应当…: the answer's name was taken for the actor the
# question reports, and the answer's later demand, made by that same person, was dropped)


def test_named_answer_after_question_keeps_its_demands() -> None:
    """问…? 毛宁:…。美方应当停止…: the spokeswoman asks the US, in the answer's second sentence."""
    text = "有记者提问:中方对此有何回应?\n毛宁:南海局势近期升温。美方应当停止挑动对抗。"
    assert ("毛宁", "REQUEST", "美国", "asserted") in events_of(text)
