"""Recall and precision on a blind round of diplomatic rows: envoys ordered out, consulates
closed, ties downgraded, an invasion written with a short form, a 他们 after other actors, and a
demand whose list of asks goes on across clauses.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 侵乌, 侵华: an invasion written with the short form of the invaded side ------------------

INVASIONS = [
    ("俄国自去年二月起侵乌,两国关系跌入谷底。", ("俄罗斯", "ASSAULT", "乌克兰")),
    ("日本侵华期间,犯下了滔天罪行。", ("日本", "ASSAULT", "中国")),
    ("俄羅斯侵烏戰爭已持續三年。", ("俄罗斯", "ASSAULT", "乌克兰")),
]


@pytest.mark.parametrize(("text", "expected"), INVASIONS)
def test_an_invasion_of_a_short_form_is_an_assault(text, expected) -> None:
    assert expected in _plain(text)


def test_the_invader_named_so_leaves_the_war_to_it() -> None:
    found = _plain("美俄关系因俄国侵乌而处于低谷。这也是自俄乌开战以来的第五次换囚。")
    assert ("俄罗斯", "ASSAULT", "乌克兰") in found
    assert ("乌克兰", "ASSAULT", "俄罗斯") not in found


@pytest.mark.parametrize("text", ["美国侵犯中国主权的说法毫无根据。", "该公司因侵权被罚款。"])
def test_words_in_qin_that_name_no_side_are_no_invasion(text) -> None:
    assert not any(t == "ASSAULT" for _, t, _ in _plain(text))


# -- 莫斯科责令…离境: an envoy ordered out, by a capital, named with a title and a name ---------

ORDERED_OUT = [
    "莫斯科责令美国驻俄罗斯大使馆副馆长戈尔曼离境。",
    "俄罗斯要求美国驻俄使馆参赞沙利文离境。",
]


@pytest.mark.parametrize("text", ORDERED_OUT)
def test_an_envoy_ordered_out_is_an_expulsion(text) -> None:
    assert ("俄罗斯", "SANCTION", "美国") in _plain(text)


def test_an_envoy_who_leaves_is_not_expelled() -> None:
    found = _plain("外交部发言人林剑表示,美国驻华大使伯恩斯已于昨日离境。")
    assert not any(t == "SANCTION" for _, t, _ in found)


def test_a_charge_d_affaires_ordered_out_is_an_expulsion() -> None:
    assert ("中国", "SANCTION", "立陶宛") in _plain("北京责令立陶宛驻华临时代办离境。")


# -- ties downgraded, a permit revoked, a demand put to a consulate -------------------------

DOWNGRADES = [
    ("中国调降了与立陶宛之间的外交级别。", ("中国", "SANCTION", "立陶宛")),
    ("中方决定降低与立陶宛的外交级别。", ("中国", "SANCTION", "立陶宛")),
    ("中方决定撤销对美国驻成都总领事馆的设立和运行许可。", ("中国", "SANCTION", "美国总领事馆")),
    ("美国商务部撤销了华为的出口许可。", ("美国商务部", "SANCTION", "华为")),
    ("俄罗斯对美国提出了三点要求。", ("俄罗斯", "REQUEST", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), DOWNGRADES)
def test_downgrades_revocations_and_demands_put(text, expected) -> None:
    assert expected in _plain(text)


def test_a_level_that_falls_by_itself_is_no_sanction() -> None:
    assert _plain("两国外交级别降低。") == set()


def test_a_demand_named_as_a_noun_asks_nothing() -> None:
    assert not any(t == "REQUEST" for _, t, _ in _plain("中方对美方的要求表示不满。"))


def test_a_consulate_named_by_its_city_and_named_again() -> None:
    found = _plain(
        "中方决定撤销对美国驻成都总领事馆的运行许可,并对该总领事馆停止一切业务提出具体要求。"
    )
    assert ("中国", "REQUEST", "美国总领事馆") in found


def test_a_closed_consulate_abroad_is_the_senders() -> None:
    found = _plain("加拿大政府宣布将中国驻多伦多总领馆一名外交官列为“不受欢迎的人”。")
    assert ("加拿大", "SANCTION", "中国") in found


# -- 他们 after other actors in its own sentence is not the list of an earlier one ---------------


def test_they_after_two_other_actors_is_not_the_earlier_list() -> None:
    found = _plain(
        "英国、澳大利亚、加拿大、新西兰等国的相关机构也发布了类似报告。"
        "毛宁说,五眼联盟是最大的情报组织,美国国家安全局是最大的黑客组织,他们联手发布虚假报告。"
    )
    assert not any(t == "COOPERATE" for _, t, _ in found)


def test_they_right_after_a_list_is_still_the_list() -> None:
    found = _plain("英国、法国和德国发表联合声明。他们联手向伊朗施压。")
    assert ("英国", "COOPERATE", "法国") in found


# -- a demand whose asks run on: 敦促美方,切实反省…,同时…,立即撤销制裁 ----------------------------


def test_a_demands_list_goes_on_across_clauses_without_actors() -> None:
    found = events_of(
        "汪文斌说:“我们敦促美方,切实反省并纠正错误,同时客观看待中国人权状况,"
        "立即撤销针对中方官员的所谓制裁。”"
    )
    assert ("汪文斌", "REQUEST", "美国", "asserted") in found
    assert not any(t == "CONCEDE" for _, t, _, _ in found)


def test_a_clause_with_its_own_actor_ends_the_demand() -> None:
    found = events_of("中方敦促美方纠正错误,中方将对美国实施制裁。")
    assert ("中国", "SANCTION", "美国", "intended") in found


CLOSED_CONSULATES = [
    ("中方宣布关闭美国驻成都总领事馆。", ("中国", "SANCTION", "美国")),
    ("美国关闭中国驻休斯敦总领事馆。", ("美国", "SANCTION", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), CLOSED_CONSULATES)
def test_a_consulate_closed_is_its_states(text, expected) -> None:
    assert expected in _plain(text)


# -- 要求其…离华, 敦促其立即…: the one a demand's 其 stands for is asked -------------------------

ASKED_IT = [
    (
        "中方决定将加拿大驻上海总领馆领事甄逸慧列为“不受欢迎的人”,已要求其5月13日前离华。",
        ("中国", "REQUEST", "甄逸慧"),
    ),
    ("菲律宾军舰闯入黄岩岛海域,中方敦促其立即离开。", ("中国", "REQUEST", "菲律宾")),
]


@pytest.mark.parametrize(("text", "expected"), ASKED_IT)
def test_the_one_a_demands_qi_stands_for_is_asked(text, expected) -> None:
    assert expected in _plain(text)


def test_a_demand_on_its_own_citizens_asks_no_one_named() -> None:
    assert _plain("美国国务院要求其公民尽快离开俄罗斯。") == set()


# -- 美国和德国等西方国家: the countries listed act, not the region that heads them ----------------

LIST_HEADS = [
    ("美国和德国等西方国家对俄罗斯实施制裁。", {"美国", "德国"}),
    ("瑞典、丹麦等欧洲国家谴责俄罗斯。", {"瑞典", "丹麦"}),
]


@pytest.mark.parametrize(("text", "actors"), LIST_HEADS)
def test_a_region_heading_a_list_of_countries_is_no_actor(text, actors) -> None:
    assert {s for s, _, _ in _plain(text)} == actors


def test_a_region_alone_still_acts() -> None:
    assert ("西方", "SANCTION", "俄罗斯") in _plain("西方国家对俄罗斯实施制裁。")


# -- a statement's next sentence that opens with its verb is the speaker's ----------------------


def test_a_sentence_opening_with_a_demand_goes_on_with_the_speaker() -> None:
    found = _plain("林剑表示,这是恶意诽谤。敦促英方停止反华炒作。")
    assert ("林剑", "REQUEST", "英国") in found


def test_a_new_paragraph_goes_on_only_with_a_paragraph_opening_speaker() -> None:
    # (round 40, ks: a statement that opens its paragraph goes on in the next one, as oa-09's
    # 习近平指出,…。(new paragraph) …希望美方…; one reported within a paragraph does not)
    found = _plain("林剑表示,这是恶意诽谤。\n\n敦促英方停止反华炒作。")
    assert ("林剑", "REQUEST", "英国") in found
    reported = "外交部举行例行记者会。林剑表示,这是恶意诽谤。\n\n敦促英方停止反华炒作。"
    assert _plain(reported) == set()


# -- …的声明充斥着偏见,对中方进行污蔑抹黑: a judgement whose clause names only its object ----------


def test_a_judgement_after_an_owned_subject_judges_the_owner() -> None:
    found = _plain("汪文斌表示,美方的声明充斥着偏见,对中方进行污蔑抹黑。")
    assert ("汪文斌", "ACCUSE", "美国") in found


# -- consular detentions, visas suspended, a mission's staff expelled ---------------------------

COERCIVE_AND_VISAS = [
    ("中国国家安全机关依法对加拿大公民康明凯采取强制措施。", ("中国", "COERCE", "加拿大")),
    ("印度暂停向加拿大公民发放签证。", ("印度", "SANCTION", "加拿大")),
    ("中方暂停签发日本公民赴华签证。", ("中国", "SANCTION", "日本")),
    ("美国宣布将两名中国驻美大使馆人员驱逐出境。", ("美国", "SANCTION", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), COERCIVE_AND_VISAS)
def test_detentions_visas_and_expelled_mission_staff(text, expected) -> None:
    assert expected in _plain(text)


def test_measures_taken_against_nobody_named_are_no_detention() -> None:
    assert _plain("中方将采取一切必要措施。") == set()


def test_deported_citizens_are_no_expelled_envoys() -> None:
    assert ("美国", "COERCE", "中国") in _plain("美国将三名中国公民驱逐出境。")


def test_an_actor_inside_a_quoted_case_name_does_nothing() -> None:
    found = _plain("英国国内围绕所谓“中国间谍”案进行了多轮炒作,政府表示对检方决定撤诉感到失望。")
    assert not any(s == "中国" for s, _, _ in found)


# -- 我们 in the paragraph after a spokesperson's, which names no speaker ------------------------


def test_we_of_the_next_paragraph_is_the_last_speakers() -> None:
    found = _plain(
        "外交部发言人汪文斌表示,美方单方面挑起事端。\n\n"
        "中美之间出现目前的局面,责任完全在美方。我们再次敦促美方立即撤销有关错误决定。"
    )
    assert ("汪文斌", "REQUEST", "美国") in found


def test_we_two_paragraphs_later_is_nobody() -> None:
    found = _plain(
        "外交部发言人汪文斌表示,美方单方面挑起事端。\n\n专家认为,局势复杂。\n\n"
        "我们再次敦促美方立即撤销有关错误决定。"
    )
    # (挑起事端 is the spokesman's charge since round 37, ac: only the demand is nobody's)
    assert not any(t == "REQUEST" for _, t, _ in found)


def test_we_in_a_quotation_opened_mid_sentence_is_not_the_last_speakers() -> None:
    found = _plain(
        "外交部发言人汪文斌表示,美方单方面挑起事端。\n\n"
        "该校学生会回复称:“我们敦促美方立即撤销有关错误决定。”"
    )
    assert ("汪文斌", "REQUEST", "美国") not in found


# -- an actor said to spy is accused by whoever says it ----------------------------------------

SPYING_SAID = [
    (
        "英国副国家安全顾问柯林斯称中国情报部门正对英国进行大规模间谍活动。",
        ("柯林斯", "ACCUSE", "中国"),
    ),
    (
        "美国联邦调查局局长称,中国的间谍活动是美国面临的最大威胁。",
        ("美国联邦调查局", "ACCUSE", "中国"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPYING_SAID)
def test_spying_said_of_an_actor_accuses_it(text, expected) -> None:
    assert expected in _plain(text)


def test_spying_with_no_speaker_accuses_nobody() -> None:
    assert _plain("冷战期间,美苏两国的间谍活动十分频繁。") == set()


# -- an envoy recalled, named by post and name: the host is the target -------------------------

RECALLS = [
    ("立陶宛召回驻华临时代办恰皮耶尼。", ("立陶宛", "SANCTION", "中国")),
    ("立陶宛召回驻华大使卢克斯。", ("立陶宛", "SANCTION", "中国")),
    ("中国召回驻立陶宛大使。", ("中国", "SANCTION", "立陶宛")),
]


@pytest.mark.parametrize(("text", "expected"), RECALLS)
def test_an_envoy_recalled_leaves_the_host(text, expected) -> None:
    assert expected in _plain(text)


def test_a_recall_of_cars_is_no_recall_of_envoys() -> None:
    assert _plain("大众汽车召回数万辆汽车。") == set()


# -- 中方将美国驻华大使X列为/驱逐出境: 将 ends the description of the envoy ----------------------

BA_ENVOYS = [
    ("中方将加拿大驻上海总领馆领事甄逸慧列为“不受欢迎的人”。", ("中国", "SANCTION", "甄逸慧")),
    ("中方将美国驻华大使甄逸慧驱逐出境。", ("中国", "SANCTION", "甄逸慧")),
]


@pytest.mark.parametrize(("text", "expected"), BA_ENVOYS)
def test_the_actor_before_jiang_is_no_employer_of_the_envoy(text, expected) -> None:
    assert expected in _plain(text)


def test_a_titled_envoy_gets_the_role_of_the_country_after_jiang() -> None:
    result = extract_article(article("中方将美国驻华大使甄逸慧驱逐出境。"))
    assert {(r.person.actor.label, r.org.actor.label) for r in result.roles} == {("甄逸慧", "美国")}


def test_a_deported_student_is_no_envoy() -> None:
    assert ("美国", "COERCE", "中国") in _plain("美国将中国留学生王某驱逐出境。")
