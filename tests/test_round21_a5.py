"""Round 21 (a5): traditional-Chinese news from Taiwan, Hong Kong and Macau — envoys told to
leave by a deadline, Taiwan's own press naming Taiwan's ministries bare and Taiwan as 我方, the
Hong Kong and Macau 特首, and a tit-for-tat measure taken rather than threatened.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- envoys told to leave by a deadline are expelled (as with 离境) ---------------------------

TOLD_TO_LEAVE = [
    ("俄罗斯要求5名瑞典外交官在下周一前离开。", ("俄罗斯", "SANCTION", "瑞典")),
    ("白俄罗斯给部分立陶宛大使馆人员两周时间离开。", ("白俄罗斯", "SANCTION", "立陶宛")),
    ("秘鲁要求朝鲜大使在五天内离开。", ("秘鲁", "SANCTION", "朝鲜")),
    ("伊朗勒令两名英国外交官48小时内离开。", ("伊朗", "SANCTION", "英国")),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_TO_LEAVE)
def test_envoys_told_to_leave_by_a_deadline_are_expelled(text, expected) -> None:
    assert expected in _pairs(text)
    assert (expected[0], "REQUEST", expected[2]) not in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "美国驻俄大使离开莫斯科回国述职。",
        "德国外交官已于周五离开俄罗斯。",
        "法国大使三年前离开中国。",
        "数千名乌克兰难民在一周内离开该国。",
        "他发现陶某已经告知了离开的决定。",
    ],
)
def test_leaving_without_a_deadline_or_an_envoy_is_no_expulsion(text) -> None:
    assert not any(kind == "SANCTION" for _, kind, _ in _pairs(text))


# -- Taiwan's own press: bare ministries and 我方 are Taiwan's --------------------------------

TAIWAN_PRESS = (
    "中国外交部宣称台湾没有外交官。我驻巴拉圭代表处人员遭到推挤。"
    "对此,外交部长吴钊燮今天批评中国颠倒是非。"
)


def test_bare_ministry_in_taiwans_own_press_is_taiwans() -> None:
    assert ("吴钊燮", "ACCUSE", "中国") in _pairs(TAIWAN_PRESS)
    roles = extract_article(article(TAIWAN_PRESS)).roles
    assert {(r.person.actor.label, r.org.actor.label) for r in roles} == {("吴钊燮", "台湾外交部")}


def test_bare_defence_ministry_beside_the_roc_army_is_taiwans() -> None:
    text = "解放军今天在台湾周边举行军演。国防部表示,国军已派遣适切兵力应对,并谴责中国挑衅。"
    assert ("台湾国防部", "ACCUSE", "中国") in _pairs(text)


def test_bare_ministry_in_mainland_press_stays_the_countrys_in_focus() -> None:
    text = "中国驻日本大使馆发表声明。外交部发言人随后谴责日本的错误言论,我驻日使馆已提出严正交涉。"
    found = _pairs(text)
    assert ("中国外交部", "ACCUSE", "日本") in found
    assert not any(s.startswith("台湾") for s, _, _ in found)


def test_we_in_taiwans_narration_is_taiwan() -> None:
    text = "中国驻斐济使馆人员闯入我驻斐济代表处的酒会。中国驻馆反控我方挑衅。"
    assert ("中国", "ACCUSE", "台湾") in _pairs(text)


def test_we_with_no_speaker_outside_taiwans_press_is_nobody() -> None:
    assert ("中国", "ACCUSE", "台湾") not in _pairs("中国驻馆反控我方挑衅。")


# -- 特首: the Hong Kong and Macau chief executive ----------------------------------------------


def test_chief_executive_title_names_the_person_after_it() -> None:
    found = _pairs("美国财政部宣布,制裁包括特首林郑月娥在内11名官员。")
    assert ("美国财政部", "SANCTION", "林郑月娥") in found


def test_chief_executive_title_alone_names_nobody() -> None:
    assert events_of("特首表示,将继续依法施政。") == set()


# -- a tit-for-tat measure taken is a countermeasure, not a threat ---------------------------


def test_tit_for_tat_measure_taken_is_a_countermeasure() -> None:
    found = _pairs("中方对美国采取以牙还牙措施。")
    assert ("中国", "SANCTION", "美国") in found
    assert ("中国", "THREATEN", "美国") not in found


def test_tit_for_tat_threatened_stays_a_threat() -> None:
    assert ("俄罗斯", "THREATEN", "美国") in _pairs("俄罗斯警告,将对美国以牙还牙。")


# -- what a response verb's negation leaves: the act it has not answered happened ------------

NOT_ANSWERED = [
    ("俄罗斯尚未回应德国驱逐20名俄罗斯外交官的决定。", ("德国", "SANCTION", "俄罗斯")),
    ("白宫未评论朝鲜扣押美国公民一事。", ("朝鲜", "COERCE", "美国")),
    ("中方没有回应欧盟制裁中国企业的举动。", ("欧盟", "SANCTION", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ANSWERED)
def test_act_not_yet_answered_is_asserted(text, expected) -> None:
    assert (*expected, "asserted") in events_of(text)


def test_negation_of_the_act_itself_still_negates() -> None:
    assert ("美国", "SANCTION", "朝鲜", "negated") in events_of("美国没有回应,也没有制裁朝鲜。")


def test_what_a_response_says_keeps_its_own_cues() -> None:
    assert ("中国", "SANCTION", "美国", "intended") in events_of(
        "中方回应称,将对美国采取反制措施。"
    )


# -- a capital's diplomats are its country's, unless posted there ----------------------------


def test_capitals_diplomats_are_its_countrys() -> None:
    assert ("德国", "SANCTION", "俄罗斯") in _pairs("德国宣布驱逐40名莫斯科外交官。")


@pytest.mark.parametrize(
    "text", ["德国驱逐2名驻莫斯科外交官的家属。", "北京外交人员服务局发布通知。"]
)
def test_diplomats_posted_in_a_capital_name_no_country(text) -> None:
    assert not any(o in {"俄罗斯", "中国"} for _, _, o in _pairs(text))


# -- Taiwan and Hong Kong renderings of people the gazetteer knows ---------------------------

RENDERINGS = [
    ("俄罗斯外长拉夫洛夫批评美国。", ("拉夫罗夫", "ACCUSE", "美国")),
    ("克里姆林宫发言人培斯科夫批评北约。", ("佩斯科夫", "ACCUSE", "北约")),
    ("白俄罗斯总统卢卡申柯会见普京。", ("卢卡申科", "CONSULT", "普京")),
    ("以色列总理内坦尼亚胡下令空袭加沙。", ("内塔尼亚胡", "ASSAULT", "加沙")),
    ("国防部长顾立雄今天谴责中国。", ("顾立雄", "ACCUSE", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), RENDERINGS)
def test_taiwan_and_hong_kong_renderings_name_the_known_person(text, expected) -> None:
    subject, kind, obj = expected
    found = _pairs(text)
    assert (subject, kind, obj) in found or (obj, kind, subject) in found


# -- 包括X在内N名Y官员: the country that owns the group is hit as well as X ----------------------

INCLUDED_OWNERS = [
    ("美国财政部宣布,制裁包括特首林郑月娥在内11名中港官员。", {"林郑月娥", "中国", "香港"}),
    ("美国宣布制裁包括林郑月娥在内的11名中国和香港官员。", {"林郑月娥", "中国", "香港"}),
    ("美国宣布制裁包括华为在内的多家中国企业。", {"华为", "中国"}),
]


@pytest.mark.parametrize(("text", "targets"), INCLUDED_OWNERS)
def test_owner_of_the_group_a_list_belongs_to_is_hit(text, targets) -> None:
    assert {o for _, kind, o in _pairs(text) if kind == "SANCTION"} == targets


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("美国宣布制裁包括扎里夫在内的多名官员。", {"扎里夫"}),
        ("欧盟宣布制裁包括普京在内的俄罗斯政府。", {"普京"}),
    ],
)
def test_group_of_nobody_named_adds_no_target(text, targets) -> None:
    assert {o for _, kind, o in _pairs(text) if kind == "SANCTION"} == targets


def test_included_list_of_a_group_of_states_is_unchanged() -> None:
    assert _pairs("中国谴责包括美国在内的西方国家。") == {("中国", "ACCUSE", "美国")}
