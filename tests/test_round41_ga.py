"""Round 41, helper ga: verbal-conflict events (ACCUSE, THREATEN, REJECT, PROTEST) read the
way the thirty-six outsider golds read them. Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a response to a statement referred back to is aimed at the statement's author -----------
# (first golds oc-11, yb-12, oa-01, nb-05: the annotators code the author in 8 of the 9
# sentences of the thirty-six sets where a response or judgement names such a statement)


def test_condemning_this_speech_condemns_its_speaker() -> None:
    """朝鲜国防相…发表谈话批评美韩军演。韩国国防部也对此谈话表达强烈谴责: the 谈话 is the
    defence minister's; the ROK condemns him, not the United States his words were about."""
    events = events_of(
        "朝鲜国防相努光铁发表谈话批评美韩联合军演。韩国国防部也对此谈话表达强烈谴责。"
    )
    assert ("韩国国防部", "ACCUSE", "努光铁", "asserted") in events
    assert ("韩国国防部", "ACCUSE", "美", "asserted") not in events
    events = events_of(  # 有关发言人 is a person, no statement referred back to
        "中方奉劝菲方立即停止挑衅。\n"
        "有媒体提问称,针对近日菲律宾海警有关发言人散播涉华虚假信息,中方有何评论?"
    )
    assert not any(s == "外交部" or o == "中方" for s, t, o, _ in events if t == "ACCUSE")


def test_rebutting_this_claim_rejects_its_author() -> None:
    """米勒指责伊朗…。伊朗外交部驳斥了这种说法: the claim is 米勒's, so is the rebuttal's target
    (not 俄罗斯, the last side named before)."""
    events = events_of(
        "美国国务院发言人米勒指责伊朗向俄罗斯提供弹道导弹。伊朗外交部驳斥了这种说法。"
    )
    assert ("伊朗外交部", "REJECT", "米勒", "asserted") in events
    assert ("伊朗外交部", "REJECT", "俄罗斯", "asserted") not in events


def test_judging_this_claim_judges_the_speaker_before() -> None:
    """米勒称,…。伊朗外交部称这种说法荒唐可笑: a judgement of a statement told in the sentence
    before accuses whoever made it; with nobody named who said it, nobody."""
    events = events_of(
        "美国国务院发言人米勒称,伊朗向俄罗斯提供了弹道导弹。伊朗外交部称这种说法荒唐可笑。"
    )
    assert ("伊朗外交部", "ACCUSE", "米勒", "asserted") in events
    events = events_of("伊朗外交部称这种说法荒唐可笑。")
    assert not any(t == "ACCUSE" for _, t, _, _ in events)


# -- a threat that answers a list condemned in the same sentence answers each of the list ----
# (a threat answering a list of sides is coded against every member in each of the 4 cases of
# the thirty-six sets: ua-01, ua-06, qh-05, uc-06)


def test_threat_after_condemning_three_states_threatens_each() -> None:
    """英国、法国和德国启动…。伊朗外长谴责三国,并扬言将作出适当回应: the threat answers the
    three condemned, not only the last one named."""
    events = events_of(
        "英国、法国和德国8月28日通报,它们已启动恢复联合国对伊朗制裁的程序。"
        "对此,伊朗外长阿拉格齐同日谴责三国,并扬言将作出适当回应。"
    )
    threatened = {o for s, t, o, _ in events if s == "阿拉格齐" and t == "THREATEN"}
    assert threatened == {"英国", "法国", "德国"}
