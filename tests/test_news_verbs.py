"""Recall: common verbs and phrases of international news the lexicon lacked, by event type.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- lexicon review: REQUEST, ACCUSE, THREATEN, COOPERATE, SANCTION -------------------------

NEWS_VERBS = [
    # REQUEST: advising someone to act asks it
    ("美国总统表示，他在会谈中建议乌方尽快停火。", ("美国", "REQUEST", "乌克兰", "asserted")),
    ("法国建议伊朗重返谈判桌。", ("法国", "REQUEST", "伊朗", "asserted")),
    # ACCUSE: anger, shock and disappointment at what someone did
    ("日本对朝鲜再次发射导弹感到愤怒。", ("日本", "ACCUSE", "朝鲜", "asserted")),
    ("英国政府对俄罗斯的做法感到「震惊和失望」。", ("英国", "ACCUSE", "俄罗斯", "asserted")),
    # THREATEN: a response promised in kind
    ("俄方将对乌克兰的袭击作出最严厉的回应。", ("俄罗斯", "THREATEN", "乌克兰", "asserted")),
    ("伊朗外交部表示，将对以色列作出严厉反应。", ("伊朗外交部", "THREATEN", "以色列", "asserted")),
    # COOPERATE: acting in concert; buying a country's goods
    ("欧盟计划与美国协调行动，共同应对危机。", ("欧盟", "COOPERATE", "美国", "intended")),
    ("印度去年大量采购俄罗斯石油。", ("印度", "COOPERATE", "俄罗斯", "asserted")),
    # SANCTION: persona non grata; an anti-dumping case opened
    ("马来西亚宣布朝鲜大使为「不受欢迎人物」。", ("马来西亚", "SANCTION", "朝鲜", "asserted")),
    (
        "中国商务部对原产于美国的进口汽车启动反倾销和反补贴立案审查程序。",
        ("中国商务部", "SANCTION", "美国", "asserted"),
    ),
    ("印度对原产于中国的钢材发起反倾销立案调查。", ("印度", "SANCTION", "中国", "asserted")),
    # AID: troops sent to a country
    ("乌干达已派遣两千名维和部队到索马里。", ("乌干达", "AID", "索马里", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_VERBS)
def test_common_news_verbs_report_their_events(text, expected) -> None:
    assert expected in events_of(text)


NOUN_ADVICE = [
    "法国的这一建议得到德国的认可，德国外长表示支持。",
    "中国本周向欧盟提出类似的建议，并要求欧盟就美国的关税发表声明。",
]


@pytest.mark.parametrize("text", NOUN_ADVICE)
def test_advice_as_a_noun_asks_nobody(text) -> None:
    assert not {e for e in events_of(text) if e[1] == "REQUEST" and e[2] != "欧盟"}


# -- East African regional bodies ------------------------------------------------------------

EAST_AFRICA = [
    ("伊加特承诺向索马里提供援助。", ("政府间发展组织", "AID", "索马里", "intended")),
    ("政府间发展管理局谴责南苏丹冲突双方。", ("政府间发展组织", "ACCUSE", "南苏丹", "asserted")),
    ("东共体呼吁刚果（金）停火。", ("东非共同体", "REQUEST", "刚果民主共和国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), EAST_AFRICA)
def test_east_african_bodies_act(text, expected) -> None:
    assert expected in events_of(text)


# -- attachment: a speaker who opens the next clause is not the target of the speech act ----

NEXT_SPEAKER = [
    (
        "美国宣布对中国钢材加征关税，中国商务部对此表示强烈不满，商务部发言人表示，此举违反规则。",
        ("中国商务部", "ACCUSE", "美国", "asserted"),
    ),
    (
        "欧盟宣布对俄罗斯实施新制裁。俄罗斯外交部对此表示强烈不满，外交部发言人称，俄方将作出回应。",
        ("俄罗斯外交部", "ACCUSE", "欧盟", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_SPEAKER)
def test_a_speaker_opening_the_next_clause_is_not_the_target(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    assert not {e for e in found if e[1] == "ACCUSE" and e[2] != expected[2]}
