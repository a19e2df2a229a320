"""Round 30 (ra): short wire items on the Korean peninsula, Japan, Southeast Asia, the South China
Sea, the Taiwan Strait, Australia and the Pacific.

Constructions kg got wrong on an audit batch of short unseen pages, fixed by general rules.
Sentences are written for the test in the construction the pages used, with near misses that must
not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# Two verbs of one subject joined by 并/和 (坚决反对并要求中方…): the first has no object of its
# own, it shares the second's; and it does not make the second the content of an opposition.
@pytest.mark.parametrize(
    "text, event",
    [
        ("越南坚决反对并要求中方立即停止上述活动。", ("越南", "ACCUSE", "中国", "asserted")),
        ("越南坚决反对并要求中方立即停止上述活动。", ("越南", "REQUEST", "中国", "asserted")),
        ("日本强烈抗议并要求朝鲜停止发射导弹。", ("日本", "PROTEST", "朝鲜", "asserted")),
        ("中方坚决反对并强烈敦促美方停止售台武器。", ("中国", "ACCUSE", "美国", "asserted")),
        ("美国谴责并制裁俄罗斯。", ("美国", "ACCUSE", "俄罗斯", "asserted")),
        # a refusal with no object of its own is joined to the next act, it does not negate it
        ("菲律宾拒绝并谴责中国的说法。", ("菲律宾", "ACCUSE", "中国", "asserted")),
        # a target carried from the sentence before: the demand is still the speaker's own act
        (
            "越南坚决反对日本进行实弹演习。越南反对并要求日方停止演习。",
            ("越南", "REQUEST", "日本", "asserted"),
        ),
    ],
)
def test_joined_verbs_share_the_object(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a noun joined to another (的谴责和制裁) is what is answered, no act of the answerer
        ("中方对美方的谴责和制裁表示不满。", ("中国", "SANCTION")),
        # a refusal with an object of its own still governs what follows 并
        ("美国拒绝谴责以色列。", ("美国", "ACCUSE", "以色列", "asserted")),
        # a first verb with an object of its own keeps it
        ("越南谴责中国并要求日本提供援助。", ("越南", "ACCUSE", "日本")),
    ],
)
def test_no_joined_verb(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


# A partner after 与/同 with a bare title (与总统李在明, 同外长黄英贤): the preposition governs
# the person as it does across a country's titles (与韩国总统李在明), when something stands
# between the subject and the preposition (a day, a place).
@pytest.mark.parametrize(
    "text, event",
    [
        ("首相石破茂30日在釜山与总统李在明举行会谈。", ("石破茂", "CONSULT", "李在明", "asserted")),
        ("王毅今天在北京同外长黄英贤举行会谈。", ("王毅", "CONSULT", "黄英贤", "asserted")),
        ("王毅18日同副首相兼外交大臣巴速坤通电话。", ("王毅", "CONSULT", "巴速坤", "asserted")),
    ],
)
def test_partner_after_a_bare_title(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a title that heads no person (总统府) is no partner's
        ("石破茂今天与总统府官员举行会谈。", ("石破茂", "CONSULT", "韩国")),
        # a country before the title still makes it the country's post, one partner only
        ("石破茂今天与韩国总统李在明举行会谈。", ("石破茂", "CONSULT", "韩国")),
    ],
)
def test_no_partner_from_a_bare_title(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


# Ties strengthened with a partner named before the verb (菲律宾与美国加强军事盟友关系): whole
# words, as 加强两国关系 is.
@pytest.mark.parametrize(
    "text, event",
    [
        ("菲律宾与美国加强军事盟友关系。", ("菲律宾", "COOPERATE", "美国", "asserted")),
        ("日本希望与澳大利亚加强关系。", ("日本", "COOPERATE", "澳大利亚", "intended")),
    ],
)
def test_ties_strengthened_with_a_partner_before(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # no partner: nobody's ties with anyone
        ("美国加强军事关系。", ("美国", "COOPERATE")),
        # an act between the two words is no tie strengthened (加强出口管制|损害中日关系)
        ("美国与日本加强出口管制损害中日关系。", ("美国", "COOPERATE", "日本")),
    ],
)
def test_no_ties_strengthened(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


# 针对 after the partners opens what talks named later are about, as 就 does: the war inside is
# the topic, the partners talk (a comma before the talks or not).
@pytest.mark.parametrize(
    "text, event",
    [
        ("特朗普与阿努廷针对这场战争进行了对话。", ("特朗普", "CONSULT", "阿努廷", "asserted")),
        ("王毅与布林肯针对对俄制裁进行磋商。", ("王毅", "CONSULT", "布林肯", "asserted")),
    ],
)
def test_talks_about_what_zhendui_opens(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("特朗普与阿努廷针对这场战争进行了对话。", ("特朗普", "ASSAULT")),
        (
            "特朗普与阿努廷和洪马内针对这场再度爆发的长期战争,进行了非常良好的对话。",
            ("阿努廷", "ASSAULT"),
        ),
    ],
)
def test_no_war_between_those_who_talk(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


@pytest.mark.parametrize(
    "text, event",
    [
        # no talks after: 针对 aims the act (a war waged on someone, sanctions on someone)
        ("以色列针对哈马斯的战争仍在继续。", ("以色列", "ASSAULT", "哈马斯", "asserted")),
        ("美国与欧盟针对俄罗斯实施制裁。", ("欧盟", "SANCTION", "俄罗斯", "asserted")),
    ],
)
def test_zhendui_without_talks_still_aims(text, event) -> None:
    assert event in events_of(text)


# 双方 opening a fight with no side named before it in its sentence (此前,双方于7日再次交火):
# the sides of the last fight reported, not the pair of the last act (a third party's appeal or
# concern about the conflict).
@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "泰国与柬埔寨近日再度爆发边境冲突。美国呼吁泰国保持克制。此前,双方于12月7日再次交火。",
            ("美国", "ASSAULT"),
        ),
        (
            "泰国与柬埔寨近日再度爆发边境冲突。国务卿鲁比奥表示,美国对冲突深表关切。"
            "此前,双方于12月7日再次交火。",
            ("美国", "ASSAULT"),
        ),
    ],
)
def test_sides_of_a_fight_are_the_last_fighters(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


@pytest.mark.parametrize(
    "text, event",
    [
        # the last pair is the fighters themselves (a leader for the state): it stays
        (
            "特朗普下令对胡塞武装发起空袭。美国与胡塞武装达成停火协议。双方将不再互相攻击。",
            ("美国", "ASSAULT", "胡塞武装", "negated"),
        ),
        # no fight reported before: the pair in focus
        ("美国与伊朗达成协议。双方将不再互相攻击。", ("美国", "ASSAULT", "伊朗", "negated")),
    ],
)
def test_sides_of_a_fight_without_an_earlier_one(text, event) -> None:
    assert event in events_of(text)


# The signatories a 由 names (协议由泰国和柬埔寨共同签署) sign it with each other (words.tsv
# by_agent), as the mediators 由 names mediate.
@pytest.mark.parametrize(
    "text, event",
    [
        ("该协议由泰国和柬埔寨共同签署。", ("泰国", "AGREE", "柬埔寨", "asserted")),
        (
            "该协议由柬埔寨首相洪马内和泰国总理阿努廷共同签署。",
            ("洪玛奈", "AGREE", "阿努廷", "asserted"),
        ),
    ],
)
def test_signatories_named_by_agent(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("该协议由美国签署。", ("美国", "AGREE")),  # one signatory: no partner
        ("代表团由北京出发签署协议。", ("中国", "AGREE")),  # 由 of a starting point
    ],
)
def test_no_signatories_named_by_agent(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


# A known person's name before 号 and a vessel word, or quoted before 号 (美国“里根”号航母), names
# a ship: the country before it acts, not the person.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "美国“里根”号航母战斗群正与韩国海军进行联合军演。",
            ("美国", "COOPERATE", "韩国海军", "asserted"),
        ),
        (
            "美国里根号航母战斗群正与韩国海军进行联合军演。",
            ("美国", "COOPERATE", "韩国海军", "asserted"),
        ),
    ],
)
def test_ship_named_after_a_person(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("美国“里根”号航母战斗群正与韩国海军进行联合军演。", ("里根",)),
    ],
)
def test_no_person_in_a_ship_name(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


def test_call_is_no_ship() -> None:
    """号召 (call on) after a name keeps the person: 号 opens no ship name without a vessel."""
    from kg.actors import find_actors
    from kg.gazetteer import load_gazetteer

    text = "里根号召美国人反对苏联。"
    found = find_actors(text, 0, len(text), load_gazetteer())
    assert "里根" in {m.actor.label for m in found.mentions}


# A post named alone at the very start of a sentence (首相批评朝鲜) is its holder here, as it is
# after other words (总统还表示): the empty text before the sentence is no gloss's bracket.
@pytest.mark.parametrize(
    "text, event",
    [
        ("日本首相石破茂访问韩国。首相批评朝鲜。", ("石破茂", "ACCUSE", "朝鲜", "asserted")),
        (
            "首相石破茂与总统李在明举行会谈。首相对韩国的协助表示感谢。",
            ("石破茂", "SUPPORT", "韩国", "asserted"),
        ),
        (
            "美国总统特朗普与普京通话。总统批评了乌克兰。",
            ("特朗普", "ACCUSE", "乌克兰", "asserted"),
        ),
    ],
)
def test_post_alone_opening_a_sentence(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # a name after the post is another holder
        ("日本首相石破茂访问韩国。首相岸田文雄批评朝鲜。", ("石破茂", "ACCUSE")),
        # a post the article has given nobody stays no one
        ("日本首相石破茂访问韩国。总统批评朝鲜。", ("石破茂", "ACCUSE")),
    ],
)
def test_post_alone_of_someone_else(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))
