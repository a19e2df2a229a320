"""Round 34 (zc): accusations by characterisation, where a speaker judges another's act with
evaluative words and no verb of accusing (…的行为“令人完全无法接受”, 鉴于美方的错误行径, 事件是
对北约领空的公然侵犯, 特朗普针对伊朗的威胁性言论…). The judgement accuses the doer of the judged
act; the place where it was done, the one it was aimed at and the one a copula says suffers it
(这是对北约的挑衅) are no doers, and a judgement with no speaker stays silent. Sentences are
written for the test, each positive with its near misses."""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


def _accusations(text: str) -> set[tuple[str, str, str]]:
    return {e for e in _pairs(text) if e[1] == "ACCUSE"}


# 令人…无法接受: what makes one unable to accept it is judged, as 是不可接受的 is
# (yd: 美國對加拿大征收關稅的行為“令人完全無法接受”).
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "加拿大总理称，美国对加拿大钢铁征税的做法“令人完全无法接受”。",
            ("加拿大", "ACCUSE", "美国"),
        ),
        ("墨西哥总统表示，美国的驱逐行动令人难以接受。", ("墨西哥", "ACCUSE", "美国")),
        ("德国外长说，俄罗斯的这一举动令人无法容忍。", ("德国", "ACCUSE", "俄罗斯")),
    ],
)
def test_what_one_cannot_accept_accuses_whoever_did_it(text, event) -> None:
    assert event in _pairs(text)


def test_an_unacceptable_thing_with_no_speaker_accuses_no_one() -> None:
    assert ("加拿大", "ACCUSE", "美国") in _pairs("加拿大外长说，美国的加税行为令人无法接受。")
    assert not _accusations("这样的高温天气令人难以接受。")
    assert not _accusations("美国对加拿大加征关税的行为令人无法接受。")


# 错误行径/行为/举动/政策: a wrong deed named as such accuses its doer (yc: 鉴于美方的错误行径)
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "中国外交部发言人华春莹表示，鉴于美方的错误行径，中方决定采取反制措施。",
            ("华春莹", "ACCUSE", "美国"),
        ),
        ("俄罗斯外长表示，美国在乌克兰的错误行径必须停止。", ("俄罗斯", "ACCUSE", "美国")),
    ],
)
def test_a_wrong_deed_accuses_its_doer(text, event) -> None:
    assert event in _pairs(text)


def test_a_wrong_deed_done_somewhere_accuses_the_doer_not_the_place() -> None:
    """美国在乌克兰的错误行径: 在 and 的 around an actor make it where the deed was done."""
    pairs = _pairs("俄罗斯外长表示，美国在乌克兰的错误行径必须停止。")
    assert ("俄罗斯", "ACCUSE", "美国") in pairs
    assert ("俄罗斯", "ACCUSE", "乌克兰") not in pairs
    # 在哈马斯违反停火协议后: 在 opens a time clause, the actor after it did the deed
    assert ("以色列", "ACCUSE", "哈马斯") in _pairs(
        "以方称，在哈马斯违反停火协议后，以军发动空袭。"
    )


# 公然侵犯/粗暴侵犯: a violation called open or rude accuses whoever did it
# (yb: 俄羅斯無人機…進入波蘭的事件是對北約領空的公然侵犯).
def test_an_open_violation_accuses_whoever_did_it() -> None:
    pairs = _pairs("立陶宛外长说，俄罗斯军机闯入爱沙尼亚的事件是对北约领空的公然侵犯。")
    assert ("立陶宛", "ACCUSE", "俄罗斯") in pairs
    assert ("立陶宛", "ACCUSE", "北约") not in pairs


# 威胁性言论: threatening words are a judgement of their speaker; the one they aim at
# (针对伊朗的) is no doer (wa: 特朗普針對伊朗的威脅性言論威脅全球和平與安全).
def test_threatening_words_aimed_at_the_speaker_accuse_the_one_who_spoke_them() -> None:
    pairs = _pairs("伊朗外交部警告称，特朗普针对伊朗的威胁性言论威胁地区和平与安全。")
    assert ("伊朗外交部", "ACCUSE", "特朗普") in pairs
    assert not _accusations("特朗普周日又发表了威胁性言论。")


def test_the_speakers_own_objection_to_a_wrong_deed_still_accuses_its_doer() -> None:
    """中方对美方的错误做法…: the speaker's own 对, 美方 did the deed; 美国针对俄罗斯的: aimed."""
    assert ("中国", "ACCUSE", "美国") in _pairs("中方对美方的错误做法表示强烈不满。")
    assert ("俄罗斯外交部", "ACCUSE", "美国") in _pairs(
        "俄罗斯外交部表示，美国针对俄罗斯的错误做法令人无法接受。"
    )


# 这是对北约的挑衅: the actor a copula puts after 对 suffers the judged deed (wh: 有评论称这是
# 对北约的挑衅行动 made two false accusations of NATO).
def test_the_one_a_provocation_is_aimed_at_is_not_accused() -> None:
    assert not _accusations("俄罗斯外交部称这是对北约的挑衅行动。")
    assert not _accusations("有评论称这是对北约的挑衅行动。")
    assert ("俄罗斯外交部", "ACCUSE", "美国") in _pairs(
        "俄罗斯外交部称，美国在黑海举行演习，这是对俄罗斯的严重挑衅，令人无法接受。"
    )


# A judgement chained over clauses that open with their predicate goes on with the subject
# before them; an actor that only opens a quoted term (渲染“大陆威胁”) does not stop the chain
# (yc: 民进党当局惯于拿所谓“间谍”说事，刻意渲染“大陆威胁”，煽动“反中仇中”).
def test_a_quoted_term_does_not_break_the_chain_of_a_judgement() -> None:
    pairs = _pairs(
        "国台办发言人表示，民进党当局惯于拿所谓“间谍”说事，刻意渲染“大陆威胁”，煽动对立。"
    )
    assert {e for e in pairs if e[1] == "ACCUSE" and e[2] == "台湾"}
    assert not {e for e in pairs if e[1] == "ACCUSE" and e[2] == "中国"}


# 原因是该无人机侵犯了…领空: a pointer back at a thing (该/这架 + 无人机) makes the thing the doer
# of the judged deed; no actor is accused (wg: 军队击落了一架无人机,原因是该无人机侵犯了…领空).
def test_a_deed_a_thing_did_accuses_no_one_but_a_deed_pointed_back_at_does() -> None:
    """该做法, 这一行为 point back at a deed, not at a thing: its doer is accused."""
    assert not _accusations(
        "俄罗斯国防部表示，乌克兰军队击落了一架无人机，原因是该无人机侵犯了乌克兰领空。"
    )
    assert not _accusations(
        "美国国防部称，以色列空军拦截了一架无人机，因为这架无人机侵犯了以色列领空。"
    )
    assert ("土耳其国防部", "ACCUSE", "俄罗斯") in _pairs(
        "土耳其国防部称，俄罗斯派出无人机，这一行为严重侵犯土耳其主权。"
    )
    assert ("土耳其国防部", "ACCUSE", "俄罗斯") in _pairs(
        "土耳其国防部称，俄罗斯无人机侵犯了土耳其领空。"
    )


# 俄罗斯拒绝撤军|是不可接受的: a judgement a copula opens judges the whole deed before it; the
# deed's own negation (拒绝, 推迟) leaves the accusation asserted, a negated copula does not.
def test_a_negative_deed_judged_after_a_copula_is_an_asserted_accusation() -> None:
    assert ("欧盟", "ACCUSE", "俄罗斯", "asserted") in events_of(
        "欧盟表示，俄罗斯拒绝撤军是不可接受的。"
    )
    assert ("西非国家经济共同体", "ACCUSE", "马里", "asserted") in events_of(
        "西共体表示，马里过渡政府推迟大选是不可接受的。"
    )
    assert ("中国", "ACCUSE", "美国", "negated") in events_of("中方表示，美方的做法不是错误的。")


# 格陵兰岛是非卖品,并称讨论这笔交易很荒谬: a new statement whose words open with a verb judges an
# activity no one named does; the clause before lends it no doer (wg: a false accusation of
# Greenland). 此举 points back at the deed before and keeps its doer.
def test_a_judged_activity_with_no_doer_accuses_no_one() -> None:
    assert not _accusations("丹麦首相直言，格陵兰岛是非卖品，并称讨论这笔交易很荒谬。")
    assert not _accusations("丹麦首相直言，格陵兰是非卖品，并称讨论出售格陵兰很可笑。")
    assert ("中国", "ACCUSE", "美国") in _pairs("中方表示，美方一再制裁中国企业，此举违反国际法。")


# 不可接受地推迟: done in a way called unacceptable, the doer is judged
# (wd: 過渡政府“不可接受地”推遲…)
def test_a_deed_done_unacceptably_accuses_its_doer() -> None:
    assert ("西非国家经济共同体", "ACCUSE", "马里") in _pairs(
        "西共体表示，马里过渡政府“不可接受地”推迟了选举。"
    )


# 召见…大使,就…不友好行动提出强烈抗议: a 就-phrase that opens its clause goes on from the
# sentence's subject, who judges the deed it names (yb: 俄外交部…召见…,就摩尔多瓦当局…不友好行动
# 提出强烈抗议).
def test_a_judgement_in_a_protest_after_a_summons_is_the_summoners() -> None:
    pairs = _pairs("俄罗斯外交部召见摩尔多瓦大使,就摩尔多瓦当局的不友好行动提出强烈抗议。")
    assert ("俄罗斯外交部", "ACCUSE", "摩尔多瓦") in pairs
    assert not _accusations("美国国务院召见中国大使,就两国关系交换了意见。")


def test_the_doer_named_right_after_the_topic_opener_is_judged() -> None:
    """就|摩尔多瓦当局|对俄…不友好行动: the actor 就 opens and 对 follows did the judged deed; a
    source clause (据…消息,) before the summoner leaves the summoner the sentence's subject."""
    pairs = _pairs(
        "据俄外交部网站消息,俄外交部当日召见摩尔多瓦驻俄临时代办,"
        "就摩尔多瓦当局对俄持续采取不友好行动提出强烈抗议。"
    )
    assert ("俄罗斯外交部", "ACCUSE", "摩尔多瓦") in pairs
    assert ("俄罗斯外交部", "ACCUSE", "俄罗斯") not in pairs


# 破坏…安全/稳定: undermining someone's security or stability is a charge against whoever does
# it (wi: 他們破壞了愛沙尼亞的國防安全), as 危害…安全 is; with no doer named, no one is accused.
def test_undermining_security_accuses_whoever_does_it() -> None:
    assert ("爱沙尼亚外交部", "ACCUSE", "俄罗斯") in _pairs(
        "爱沙尼亚外交部说,俄罗斯外交官被驱逐是因为他们破坏了爱沙尼亚的国防安全。"
    )
    assert ("中国", "ACCUSE", "美国") in _pairs("中方表示，美方的做法破坏地区和平稳定。")
    assert not _accusations("中方表示，将与东盟一道维护地区和平稳定，反对破坏地区稳定的行为。")
