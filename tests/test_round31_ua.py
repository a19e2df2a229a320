"""Round 31 (ua): missed verbal events (REJECT, ACCUSE, REQUEST, THREATEN, SUPPORT) on the pooled
audit of short wire items, fixed where the construction recurs across fields. Sentences are
written for the test in the construction the pages used, with near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# 绝不会屈服于X的压力: a refusal to yield to the side named after 于, or to the side in focus
# when 于 names only its pressure or its act.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "马杜罗表示,委内瑞拉永远不会屈服于美国的压力。",
            ("委内瑞拉", "REJECT", "美国", "asserted"),
        ),
        (
            "美国对巴西加征关税。巴西外交部发表声明说,巴西绝不会屈服于这种新的干涉行为。",
            ("巴西", "REJECT", "美国", "asserted"),
        ),
        ("最终,乌克兰屈服于俄罗斯的压力。", ("乌克兰", "CONCEDE", "俄罗斯", "asserted")),
    ],
)
def test_yielding_to_a_side_after_yu(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "伊朗不会屈服于压力。",  # no side named, none in focus
        "委内瑞拉永远不会向美国屈服。",  # 向: the older frame, unchanged
    ],
)
def test_yielding_near_misses(text) -> None:
    events = events_of(text)
    assert all(e[1] != "CONCEDE" for e in events)
    if "向" in text:
        assert ("委内瑞拉", "REJECT", "美国", "asserted") in events
    else:
        assert not events


# A condemnation that answers what a speaker has just reported (X表示,Y…,予以谴责; X对记者表示:
# “Y…”,予以谴责) is the speaker's, not the doer's, and with no event in the sentence it blames
# the actor that opens the reported clause.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "日本防卫大臣小泉进次郎对记者团表示:“朝鲜这一连串行动威胁了我国的和平与安全”,"
            "予以强烈谴责。",
            ("小泉进次郎", "ACCUSE", "朝鲜", "asserted"),
        ),
        (
            "美国国务卿表示,朝鲜再次试射导弹,对此予以强烈谴责。",
            ("美国", "ACCUSE", "朝鲜", "asserted"),
        ),
        (
            "日本政府表示,朝鲜发射了弹道导弹,并予以强烈谴责。",
            ("日本", "ACCUSE", "朝鲜", "asserted"),
        ),
    ],
)
def test_condemnation_after_reported_deed(text, event) -> None:
    events = events_of(text)
    assert event in events
    assert (event[2], "ACCUSE", event[0], "asserted") not in events


@pytest.mark.parametrize(
    "text, event",
    [
        # the condemner named in its own clause: unchanged
        ("朝鲜再次试射导弹,美国对此予以强烈谴责。", ("美国", "ACCUSE", "朝鲜", "asserted")),
        # an event in the sentence: the older focus rules give the target
        (
            "美国宣布制裁国际刑事法院四名法官。国际刑事法院当天予以强烈谴责。",
            ("国际刑事法院", "ACCUSE", "美国", "asserted"),
        ),
    ],
)
def test_condemnation_older_frames_kept(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "美国国务卿表示,日本的安全受到威胁,予以强烈谴责。",  # the one struck does no deed
        "朝鲜再次试射导弹,对此予以强烈谴责。",  # no speaker, no condemner
        "日本前首相安倍晋三遇刺后,美国总统发表声明予以谴责。",  # the one struck is not blamed
        "日本外务省表示,日方对此次事件高度关注,予以强烈谴责。",  # its own side opens
    ],
)
def test_condemnation_near_misses(text) -> None:
    assert not [e for e in events_of(text) if e[1] == "ACCUSE"]


# A threat a speaker says someone poses, with words between 构成 and 威胁 (quoted or not), is
# the speaker's charge against whoever poses it, and no threat made by that one.
@pytest.mark.parametrize(
    "text, event, absent",
    [
        (
            "美国总统签署行政命令,称古巴对美国国家安全和对外政策构成“非同寻常的严重威胁”。",
            ("美国", "ACCUSE", "古巴", "asserted"),
            ("古巴", "THREATEN", "美国"),
        ),
        (
            "日本防卫大臣表示,朝鲜的导弹对日本构成严重威胁。",
            ("日本", "ACCUSE", "朝鲜", "asserted"),
            ("朝鲜", "THREATEN", "日本"),
        ),
    ],
)
def test_posed_threat_is_the_speakers_charge(text, event, absent) -> None:
    events = events_of(text)
    assert event in events
    assert not [e for e in events if e[:3] == absent]


@pytest.mark.parametrize(
    "text",
    [
        "朝鲜的导弹对日本构成严重威胁。",  # no speaker, no charge
        "普京表示,芬兰和瑞典加入北约不对俄罗斯构成直接威胁。",  # no threat posed
        "中国从来不是对日本的“威胁”。",  # a copula judgement, quoted
    ],
)
def test_posed_threat_near_misses(text) -> None:
    events = events_of(text)
    assert not [e for e in events if e[1] in {"ACCUSE", "THREATEN"} and e[3] == "asserted"]


def test_quoted_warning_after_copula_stays_a_threat() -> None:
    assert ("俄军", "THREATEN", "北约", "asserted") in events_of("俄军的行动是对北约的“严正警告”。")


# Harming trust or standing, or ignoring goodwill, said of someone in a statement (澳方的言行损害了
# 双方互信): the speaker's charge against the one said to do it.
@pytest.mark.parametrize(
    "text, events",
    [
        (
            "中国外交部发言人表示,日方在钓鱼岛问题上的言行损害了双方互信。",
            {("中国", "ACCUSE", "日本", "asserted")},
        ),
        (
            "针对英国和法国推动的决议,伊朗外长称,这些国家的举动无视伊朗的善意,"
            "损害了国际原子能机构的信誉。",
            {("伊朗", "ACCUSE", "英国", "asserted"), ("伊朗", "ACCUSE", "法国", "asserted")},
        ),
    ],
)
def test_harmed_trust_is_a_charge(text, events) -> None:
    assert events <= events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "中国外交部发言人表示,双方应避免损害互信。",  # a pair advised, no one charged
        "损害两国互信的做法不可取。",  # no speaker
    ],
)
def test_harmed_trust_near_misses(text) -> None:
    assert not [e for e in events_of(text) if e[1] == "ACCUSE"]


def test_harmed_trust_inside_a_request_is_asked_not_charged() -> None:
    events = events_of("中方希望美方不要做损害双方互信的事。")
    assert ("中国", "REQUEST", "美国", "asserted") in events
    assert not [e for e in events if e[1] == "ACCUSE"]
