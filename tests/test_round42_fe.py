"""Round 42, helper fe: status errors (asserted read for intended, negated or hypothetical,
or the reverse) whose cause no reading of the guidelines supports."""

from __future__ import annotations

import pytest
from sentences import article

from kg.extract import extract_article


def _statuses(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (e.subject.actor.key, e.event_type, e.object.actor.key, e.status)
        for e in extract_article(article(text)).events
        if e.event_type != "ROLE"
    }


# -- a plan goes on through clauses with no subject and no act of their own ------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the clause opens with the act itself after a planned trip
        ("日本首相岸田文雄明天将前往雅加达，会见印尼总统佐科。", ("KISHIDA", "CONSULT", "JOKOWI")),
        # two bare steps of the plan before the act
        ("印度将保持耐心,稳步推进,同时加强同东盟国家合作。", ("IND", "COOPERATE", "ASEAN")),
        # the pair right after 加强 is what is furthered, no subject of its own
        (
            "越南外长表示，越方坚持独立自主，将继续奉行一个中国政策，进一步加强两国经贸合作。",
            ("VNM", "COOPERATE", "CHN"),
        ),
    ],
)
def test_a_step_of_a_plan_is_intended(text, event):
    assert (*event, "intended") in _statuses(text)
    assert (*event, "asserted") not in _statuses(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # done, not planned
        ("日本首相岸田文雄昨天前往雅加达，会见印尼总统佐科。", ("KISHIDA", "CONSULT", "JOKOWI")),
        ("印度将保持耐心,稳步推进,此前已加强同东盟国家合作。", ("IND", "COOPERATE", "ASEAN")),
        # 将矛头直指: a 将 that is 把, and the demand is made by saying it
        (
            "乌克兰总统随后发表讲话，将矛头直指莫斯科，要求俄罗斯停止袭击。",
            ("UKR", "REQUEST", "RUS"),
        ),
        # what the plan is for is no step of it
        ("巴西将在明年开设驻北京大使馆，以表达对中国的支持。", ("BRA", "SUPPORT", "CHN")),
    ],
)
def test_what_is_no_step_of_a_plan_stays_asserted(text, event):
    assert (*event, "asserted") in _statuses(text)
    assert (*event, "intended") not in _statuses(text)


# -- a cue inside an embedded phrase is that phrase's, not the act's --------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # 排除了…的可能性: a deed done, whose object names a plan; what goes on from it is done
        (
            "法国外长表示，法国排除了与俄罗斯谈判的可能性，并指责俄罗斯破坏停火。",
            ("FRA", "ACCUSE", "RUS"),
        ),
        # 以…试图…为由: the attempt is the reason's, the accusation and the strikes are done
        (
            "以色列以哈马斯试图重建武装、违反停火协议为由，频频发动空袭。",
            ("ISR", "ACCUSE", "HAMAS"),
        ),
        (
            "以色列以哈马斯试图重建武装、违反停火协议为由，频频发动空袭。",
            ("ISR", "ASSAULT", "HAMAS"),
        ),
        # 对…的承诺: a promise named as a thing plans nothing after it
        ("美日两国部长谈及对地区和平的承诺、谴责朝鲜发射导弹。", ("USA", "ACCUSE", "PRK")),
    ],
)
def test_a_cue_of_an_embedded_phrase_leaves_the_act_asserted(text, event):
    assert (*event, "asserted") in _statuses(text)
    assert (*event, "intended") not in _statuses(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("以色列将以哈马斯违反停火协议为由，对加沙发动空袭。", ("ISR", "ACCUSE", "HAMAS")),
        ("美国承诺向乌克兰提供援助。", ("USA", "AID", "UKR")),
        ("法国表示，法国计划与俄罗斯谈判，并向俄罗斯提供援助。", ("FRA", "AID", "RUS")),
    ],
)
def test_a_cue_of_the_act_itself_still_makes_it_intended(text, event):
    assert (*event, "intended") in _statuses(text)
