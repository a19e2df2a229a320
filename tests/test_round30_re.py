"""Round 30 (re): recall and precision on unseen short wire items on economic statecraft
(tariffs, export controls, entity lists, trade-remedy probes, countermeasures, investment bans)
and the Chinese ministries' reactions to them.

Sentences are written for the test in the constructions the audited pages used, with near
misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# A reply opens with the measure it answers as a topic phrase (针对/对于 X 对 Y 加征关税, …):
# the measure is reported as done, by the actor the phrase names first.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "针对美国对中国加征关税,中方表示坚决反对。",
            ("美国", "SANCTION", "中国", "asserted"),
        ),
        (
            "对于墨西哥对中国钢制螺栓发起反倾销调查,商务部发言人表示,中方坚决反对。",
            ("墨西哥", "SANCTION", "中国", "asserted"),
        ),
        (
            "針對日本政府對俄制裁措施,俄羅斯決定禁止30名日本公民入境。",
            ("日本", "SANCTION", "俄罗斯", "asserted"),
        ),
        (
            "对于美方将中国实体列入实体清单,中方坚决反对。",
            ("美国", "SANCTION", "中国", "asserted"),
        ),
    ],
)
def test_measure_named_by_a_topic_phrase(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        # the reply itself stays aimed at the one who laid the measure
        ("针对美国对中国加征关税,中方表示坚决反对。", ("中国", "ACCUSE", "美国", "asserted")),
        ("对于美国对中国加征关税,中方表示坚决反对。", ("中国", "ACCUSE", "美国", "asserted")),
    ],
)
def test_reply_to_the_topic_stays(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # 针对 inside a clause, after its verb: the actor after it acts in nothing that follows
        (
            "布鲁塞尔表示,将会针对北京决定的细节进行研究,但同时反驳所谓倾销指控。",
            ("中国", "REJECT"),
        ),
        # an aim (以确保) still opens what someone works for, not what is done
        ("美国加强外交努力,以确保以色列军队从黎巴嫩撤离。", ("以军", "RETREAT")),
        # a topic that names only a country, and the act after the comma is the speaker's
        ("对于伊朗,美国将实施制裁。", ("伊朗", "SANCTION")),
    ],
)
def test_no_doer_outside_a_topic_phrase(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


# An arms sale in one word (对台售武) is aid, as 军售 is; and a clause with no subject after
# one that ends with the one blamed (批评美方,…) tells what that one is blamed for doing.
@pytest.mark.parametrize(
    "text, event",
    [
        ("美国近日再次宣布对台售武。", ("美国", "AID", "台湾", "asserted")),
        (
            "洛马公司作为主承包商,直接参与对台售武。",
            ("洛克希德·马丁公司", "AID", "台湾", "asserted"),
        ),
        (
            "中国外交部发言人批评美方,公然违反一个中国原则,对台售武,对此强烈不满。",
            ("美国", "AID", "台湾", "asserted"),
        ),
        ("中方指责美国,悍然向台湾出售武器。", ("美国", "AID", "台湾", "asserted")),
    ],
)
def test_arms_sold_and_the_deed_blamed(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # the blamer is no seller of what it blames, nor is its anger aimed at the buyer
        ("中国外交部发言人批评美方,公然违反一个中国原则,对台售武,对此强烈不满。", ("中国", "AID")),
        (
            "中国外交部发言人批评美方,公然违反一个中国原则,对台售武,对此强烈不满。",
            ("中国", "ACCUSE", "台湾"),
        ),
        # the blamer's own next move (并…) and its own appeal stay its own
        ("中方谴责以色列,呼吁各方保持克制。", ("以色列", "REQUEST")),
        ("中方谴责美国,将予以坚决回击。", ("美国", "THREATEN")),
    ],
)
def test_no_deed_blamed_beyond_the_charge(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "美国谴责俄罗斯,并向乌克兰提供武器援助。",  # 并 opens the blamer's next move
        "美国谴责俄罗斯,向乌克兰提供武器援助。",  # nothing judges the aid: the blamer's own
    ],
)
def test_the_blamers_own_move_goes_on(text) -> None:
    assert ("美国", "AID", "乌克兰", "asserted") in events_of(text)


# 对方 with no pair in focus, or both sides named and neither after a coverb: the side the
# sentence's opening actor dealt with (回应对方参与对台售武 → the sanctioned firms' country).
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "中方决定对两家美国军工企业实施制裁,回应对方参与对台售武。",
            ("美国", "AID", "台湾", "asserted"),
        ),
        (
            "在北京,外交部表示,中方决定对两家美国军工企业实施制裁,回应对方参与对台售武。",
            ("美国", "AID", "台湾", "asserted"),
        ),
    ],
)
def test_the_other_side_of_the_sentence(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("中方决定对两家美国军工企业实施制裁,回应对方参与对台售武。", ("中国", "AID")),
    ],
)
def test_no_other_side_taken_wrongly(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


@pytest.mark.parametrize("text", ["以色列和哈马斯都指责对方挑衅。", "印巴都指责对方破坏停火。"])
def test_a_pair_still_blames_each_other(text) -> None:
    """Two sides joined as the subject: 对方 is each one's other (a mutual act, both ways)."""
    found = events_of(text)
    assert sum(e[1] == "ACCUSE" for e in found) == 2


# A short form that opens its sentence or clause before a verb of saying or deciding (美宣布…,
# 俄称…: a headline's subject) names its country.
@pytest.mark.parametrize(
    "text, event",
    [
        ("美宣布对华加征关税。", ("美国", "SANCTION", "中国", "asserted")),
        ("据报道,美宣布制裁伊朗。", ("美国", "SANCTION", "伊朗", "asserted")),
        ("俄宣布禁止30名日本公民入境。", ("俄罗斯", "SANCTION", "日本", "asserted")),
        ("俄称将对乌克兰采取报复措施。", ("俄罗斯", "SANCTION", "乌克兰", "intended")),
        (
            "美宣布延长对中国企业的投资禁令,外交部:坚决反对",
            ("美国", "SANCTION", "中国", "asserted"),
        ),
    ],
)
def test_short_form_opening_a_headline(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("中将对伊朗实施制裁。", ("中国", "SANCTION")),  # a general's rank, not China
        ("美元将对伊朗货币形成压力。", ("美国",)),  # a word the short form opens
        ("其中对华政策将保持不变。", ("中国",)),  # not at the opening of its clause
    ],
)
def test_no_short_form_without_a_clause_opening(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


# A country named before private people (消费者, 民众) is not who welcomes or acts, after a
# passive marker as before a verb.
@pytest.mark.parametrize(
    "text, absent",
    [
        ("中国电动汽车受到包括加拿大消费者在内的全球用户欢迎。", ("加拿大", "SUPPORT")),
        ("中国电动汽车受到加拿大民众欢迎。", ("加拿大", "SUPPORT")),
        ("美国消费者欢迎中国商品。", ("美国", "SUPPORT")),
    ],
)
def test_no_country_for_its_consumers(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


@pytest.mark.parametrize(
    "text, event",
    [
        ("伊朗遭到美国制裁。", ("美国", "SANCTION", "伊朗", "asserted")),
        ("王毅的讲话受到加拿大欢迎。", ("加拿大", "SUPPORT", "王毅", "asserted")),
    ],
)
def test_the_country_itself_after_a_passive_stays(text, event) -> None:
    assert event in events_of(text)


# A 就-phrase naming another's planned act (就欧盟拟对华加征关税…) keeps its 拟 to itself:
# the response that closes the phrase takes the status of its own clause.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "中国外交部就日本拟对华实施出口管制向日方提出严正抗议。",
            ("中国外交部", "PROTEST", "日本", "asserted"),
        ),
        (
            "中方就欧盟拟对中国电动汽车加征关税表示强烈不满。",
            ("中国", "ACCUSE", "欧盟", "asserted"),
        ),
        ("中方就美方拟对华加征关税向美方提出严正交涉。", ("中国", "ACCUSE", "美国", "asserted")),
    ],
)
def test_plan_inside_a_matter_phrase_stays_there(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        # the plan named inside the phrase is still a plan
        (
            "中国外交部就日本拟对华实施出口管制向日方提出严正抗议。",
            ("日本", "SANCTION", "中国", "intended"),
        ),
        (
            "中方就欧盟拟对中国电动汽车加征关税表示强烈不满。",
            ("欧盟", "SANCTION", "中国", "intended"),
        ),
        # a cue before 就 is the act's own
        ("中方将就此事与美方举行会谈。", ("中国", "CONSULT", "美国", "intended")),
    ],
)
def test_cues_outside_the_phrase_still_count(text, event) -> None:
    assert event in events_of(text)


# 国军 tells Taiwan's own press only on its own: inside 中国军队, 美国军方 its 国 ends a
# country's name, and a bare 外交部 after it stays the ministry of the article's side.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "中国军队举行演习。外交部发言人表示,美方应当停止对华制裁。",
            ("中国外交部", "REQUEST", "美国", "asserted"),
        ),
        (
            "美宣布延长对所谓中国涉军企业的投资禁令。鉴于中国军工复合体构成威胁,外交部:坚决反对",
            ("中国外交部", "ACCUSE", "美国", "asserted"),
        ),
    ],
)
def test_no_taiwan_voice_inside_a_country_name(text, event) -> None:
    assert event in events_of(text)


def test_taiwan_voice_on_its_own_stays() -> None:
    """国军 on its own is Taiwan's army: a bare 外交部 there is Taiwan's."""
    found = events_of("国军举行汉光演习。外交部表示,谴责中共军机扰台。")
    assert any(e[0] == "台湾外交部" and e[1] == "ACCUSE" for e in found)
