"""Pairs of actors a joint act is given to: the act of a relative clause (与…签署协议的公司)
belongs to the noun the clause describes, never to the subject of the sentence.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 制裁|与伊朗签署协议的公司: the joint act of a relative clause is its head's ------------------

HEAD_UNNAMED = [
    ("美国财政部制裁与伊朗签署石油协议的公司。", "伊朗"),
    ("欧盟谴责与伊朗签订石油合同的公司。", "伊朗"),
    ("美国国务院批评同俄罗斯举行联合军演的国家。", "俄罗斯"),
    ("批评其与阿根廷达成协议的美国高级官员表示不满。", "阿根廷"),
    ("欧盟处罚同俄罗斯开展能源合作的企业。", "俄罗斯"),
]


@pytest.mark.parametrize(("text", "partner"), HEAD_UNNAMED)
def test_joint_act_of_unnamed_relative_head_is_nobodys(text, partner) -> None:
    pairs = {(s, t, o) for s, t, o, _ in events_of(text) if t in {"AGREE", "COOPERATE"}}
    assert not any(partner in (s, o) for s, _, o in pairs)


HEAD_NAMED = [
    ("俄罗斯总统普京会见与伊朗签署协议的俄罗斯公司代表。", ("俄罗斯", "AGREE", "伊朗")),
    ("普京会见了与白俄罗斯举行联合军演的俄军指挥官。", ("俄军", "COOPERATE", "白俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), HEAD_NAMED)
def test_joint_act_of_named_relative_head_is_the_heads(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert expected in found or (expected[2], expected[1], expected[0]) in found
    assert not any(s == "普京" and t in {"AGREE", "COOPERATE"} for s, t, _ in found)


SUBJECT_KEPT = [
    ("美国与伊朗签署的协议规定了期限。", ("美国", "AGREE", "伊朗")),
    ("美国正式与伊朗签署协议的消息传出。", ("美国", "AGREE", "伊朗")),
    ("美国宣布与伊朗签署协议。", ("美国", "AGREE", "伊朗")),
    ("日本政府决定与中国签订合作协议的消息传出。", ("日本", "AGREE", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_KEPT)
def test_joint_act_of_the_subject_stays(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


def test_joint_act_after_the_subjects_own_verb_stays() -> None:
    found = events_of("他表达了美国愿意与苏联举行谈判的意愿。")
    assert any({s, o} == {"美国", "苏联"} and t == "CONSULT" for s, t, o, _ in found)


# -- 古巴和委内瑞拉拒绝参加峰会: co-subjects who refuse to attend do not refuse each other -------

REFUSED_ATTENDANCE = [
    ("受到美国制裁的古巴和委内瑞拉拒绝参加峰会。", {"古巴", "委内瑞拉"}),
    ("古巴和委内瑞拉拒绝出席美洲峰会。", {"古巴", "委内瑞拉"}),
    ("伊朗和叙利亚拒绝参加和谈。", {"伊朗", "叙利亚"}),
]


@pytest.mark.parametrize(("text", "pair"), REFUSED_ATTENDANCE)
def test_refused_attendance_is_no_meeting_refused_between_co_subjects(text, pair) -> None:
    assert not any({s, o} == pair and t == "CONSULT" for s, t, o, _ in events_of(text))


MEETING_REFUSED = [
    ("中国和俄罗斯拒绝举行峰会。", {"中国", "俄罗斯"}),
    ("印度和巴基斯坦没有举行会谈。", {"印度", "巴基斯坦"}),
]


@pytest.mark.parametrize(("text", "pair"), MEETING_REFUSED)
def test_a_meeting_of_the_co_subjects_not_held_stays(text, pair) -> None:
    assert any({s, o} == pair and t == "CONSULT" for s, t, o, _ in events_of(text))


# -- 访问两国争议领土: a pair word before what the two share is no actor ---------------------

SHARED_BY_PAIR = [
    ("日本与俄罗斯关系紧张。俄总理米舒斯京7月26日访问了两国争议领土。", "日本"),
    ("中国和印度关系紧张。印度总理莫迪访问两国边境地区。", "中国"),
    ("越南与柬埔寨存在分歧。越南总理视察两国边界。", "柬埔寨"),
]


@pytest.mark.parametrize(("text", "other"), SHARED_BY_PAIR)
def test_pair_word_before_what_they_share_is_no_actor(text, other) -> None:
    assert not any(other in (s, o) for s, _, o, _ in events_of(text))


PAIR_ACTS = [
    ("中国和印度关系紧张。两国在边境举行会谈。", ("中国", "CONSULT", "印度")),
    ("普京访问了日本。两国签署了协议。", ("俄罗斯", "AGREE", "日本")),
    ("普京与岸田文雄会面。两国领导人同意加强合作。", ("俄罗斯", "COOPERATE", "日本")),
]


@pytest.mark.parametrize(("text", "expected"), PAIR_ACTS)
def test_pair_word_that_acts_stays(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 美国、日本、韩国举行联合军演,朝鲜对此…: a response answers every side of a joint act ----------

JOINT_ACT_ANSWERED = [
    ("美国、日本、韩国举行联合军演，朝鲜对此表示强烈反对。", "朝鲜", {"美国", "日本", "韩国"}),
    ("俄罗斯、中国、伊朗举行联合军演，美国对此表示担忧。", "美国", {"俄罗斯", "中国", "伊朗"}),
    ("中国、俄罗斯和伊朗签署协议，美国对此表示反对。", "美国", {"中国", "俄罗斯", "伊朗"}),
]


@pytest.mark.parametrize(("text", "responder", "sides"), JOINT_ACT_ANSWERED)
def test_response_to_joint_act_answers_every_side(text, responder, sides) -> None:
    answered = {o for s, t, o, _ in events_of(text) if s == responder and t == "ACCUSE"}
    assert answered == sides


def test_response_to_a_one_sided_act_answers_its_doers_only() -> None:
    found = events_of("美国和英国对胡塞武装发动空袭，伊朗对此予以谴责。")
    answered = {o for s, t, o, _ in found if s == "伊朗" and t == "ACCUSE"}
    assert answered == {"美国", "英国"}


def test_response_to_a_visit_answers_the_visitor_not_the_host() -> None:
    found = events_of("佩洛西访问台湾，中国对此表示强烈不满。")
    assert not any(s == "中国" and o == "台湾" for s, _, o, _ in found)
