"""Recall and precision on a blind round of short reports on Africa in international relations:
a host's welcome of guests is a meeting, a part or a neighbour of a country named after it is
the one acted on, the one said to be supported in a passive accusation, a country taken or
regarded as a partner, and an actor that only opens a relative clause in an object.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 设宴欢迎, 欢迎来访/来华: a host welcoming guests meets them ---------------------------------

HOSTED = [
    ("习近平设宴欢迎出席中非合作论坛峰会的非洲领导人。", ("习近平", "CONSULT", "非洲")),
    ("普京热烈欢迎来访的印度总理莫迪。", ("普京", "CONSULT", "莫迪")),
    ("王毅在钓鱼台国宾馆设宴欢迎来华出席论坛的巴西外长。", ("王毅", "CONSULT", "巴西")),
]


@pytest.mark.parametrize(("text", "expected"), HOSTED)
def test_welcoming_guests_is_a_meeting_not_support(text, expected) -> None:
    found = _pairs(text)
    assert expected in found
    assert (expected[0], "SUPPORT", expected[2]) not in found


@pytest.mark.parametrize(
    ("text", "expected", "body"),
    [
        (
            "习近平会见出席中非合作论坛峰会的南非总统拉马福萨。",
            ("习近平", "CONSULT", "拉马福萨"),
            "中非合作论坛",
        ),
        ("李强会见出席上合组织峰会的印度总理莫迪。", ("李强", "CONSULT", "莫迪"), "上海合作组织"),
    ],
)
def test_body_inside_relative_clause_is_no_target(text, expected, body) -> None:
    found = _pairs(text)
    assert expected in found
    assert (expected[0], expected[1], body) not in found


def test_actor_right_after_invitation_is_still_its_object() -> None:
    assert ("中国", "REQUEST", "美国") in _pairs("中国邀请美国出席明年的峰会。")


def test_welcoming_a_stance_stays_support() -> None:
    assert ("中国", "SUPPORT", "美国") in _pairs("中方欢迎美方的积极表态。")


# -- 索马里兰, 邦特兰; X的分裂地区/邻国/盟友 Y: the act is on Y ---------------------------------

PART_OR_NEIGHBOUR = [
    (
        "埃塞俄比亚周一与索马里的分裂地区索马里兰签署了一项协议。",
        ("埃塞俄比亚", "AGREE", "索马里兰"),
    ),
    ("俄罗斯向乌克兰的邻国波兰提出抗议。", ("俄罗斯", "PROTEST", "波兰")),
    ("日本对美国的盟友韩国实施制裁。", ("日本", "SANCTION", "韩国")),
    ("索马里和索马里兰同意恢复谈判。", ("索马里", "AGREE", "索马里兰")),
]


@pytest.mark.parametrize(("text", "expected"), PART_OR_NEIGHBOUR)
def test_part_or_neighbour_named_after_its_country_is_acted_on(text, expected) -> None:
    assert expected in _pairs(text)


def test_whose_part_is_no_target() -> None:
    found = _pairs("埃塞俄比亚与索马里的分裂地区索马里兰签署谅解备忘录。")
    assert ("埃塞俄比亚", "AGREE", "索马里") not in found


def test_puntland_is_an_actor() -> None:
    assert ("埃塞俄比亚", "AGREE", "邦特兰") in _pairs("埃塞俄比亚与邦特兰签署贸易协议。")


# -- X被Z指控获Y支持: Y supports X, the accuser is supported by nobody -------------------------

ALLEGED_SUPPORT = [
    ("M23运动被联合国指控获卢旺达支持。", ("卢旺达", "SUPPORT", "M23运动"), "联合国"),
    ("胡塞武装被美国指责获得伊朗支持。", ("伊朗", "SUPPORT", "胡塞武装"), "美国"),
    (
        "快速支援部队被苏丹政府指控获阿联酋提供武器。",
        ("阿拉伯联合酋长国", "AID", "快速支援部队"),
        "苏丹",
    ),
]


@pytest.mark.parametrize(("text", "expected", "accuser"), ALLEGED_SUPPORT)
def test_passive_accusation_keeps_the_supported_side(text, expected, accuser) -> None:
    found = _pairs(text)
    assert expected in found
    assert (expected[0], expected[1], accuser) not in found


def test_plain_passive_support_unchanged() -> None:
    assert ("卢旺达", "SUPPORT", "M23运动") in _pairs("M23运动获卢旺达支持。")


# -- 把X作为合作伙伴, 将X视为战略伙伴, 视X为重要合作伙伴: cooperation with X ----------

PARTNERS = [
    ("布基纳法索寻求把俄罗斯作为合作伙伴。", ("布基纳法索", "COOPERATE", "俄罗斯"), "intended"),
    ("马里将俄罗斯视为战略伙伴。", ("马里", "COOPERATE", "俄罗斯"), "asserted"),
    ("乍得仍视法国为重要合作伙伴。", ("乍得", "COOPERATE", "法国"), "asserted"),
    ("中方视巴西为合作伙伴。", ("中国", "COOPERATE", "巴西"), "asserted"),
]


@pytest.mark.parametrize(("text", "expected", "status"), PARTNERS)
def test_taking_a_country_as_partner_is_cooperation(text, expected, status) -> None:
    assert (*expected, status) in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "美国将中国视为最大竞争对手。",
        "被中国视为合作伙伴的国家越来越多。",
        "日本把台湾问题作为合作伙伴关系的重点。",
    ],
)
def test_no_partner_named_no_cooperation(text) -> None:
    assert not {e for e in events_of(text) if e[1] == "COOPERATE"}


# -- X未公布Y撤出的期限,表示将…: Y only opens a relative clause; X goes on -------------------------

GOES_ON = [
    ("乍得未公布法军撤出的最后期限，表示将就相关问题与法方磋商。", ("乍得", "CONSULT", "法国")),
    ("乍得公布了法军撤出的期限，并表示将与法方磋商。", ("乍得", "CONSULT", "法国")),
    ("马里批评法军发动的空袭，并要求联合国调查。", ("马里", "REQUEST", "联合国")),
]


@pytest.mark.parametrize(("text", "expected"), GOES_ON)
def test_relative_clause_actor_does_not_go_on(text, expected) -> None:
    assert expected in _pairs(text)


def test_subject_of_its_own_clause_still_goes_on() -> None:
    assert ("法国", "CONSULT", "乍得") in _pairs("法国宣布从乍得撤军，表示将与乍得磋商。")


# -- 要求X在…内释放总统Y: X is asked; Y is no officer of X -------------------------------------

DEMANDED_RELEASE = [
    ("西共体要求尼日尔政变军人在一周内释放遭扣押的总统巴祖姆。", "尼日尔政变军人", "巴祖姆"),
    ("西共体要求哈马斯在一周内释放总统巴祖姆。", "哈马斯", "巴祖姆"),
]


@pytest.mark.parametrize(("text", "asked", "held"), DEMANDED_RELEASE)
def test_demand_to_release_asks_the_captor(text, asked, held) -> None:
    found = events_of(text)
    assert ("西非国家经济共同体", "REQUEST", asked, "asserted") in found
    assert ("西非国家经济共同体", "REQUEST", held, "asserted") not in found
    assert (asked, "RETREAT", held, "asserted") not in found


def test_post_where_it_is_held_still_names_the_officer() -> None:
    found = _pairs("美国制裁美国陆军在中东地区指挥官麦克尔·库里拉。")
    assert ("美国", "SANCTION", "麦克尔·库里拉") in found


# -- 在X主导的斡旋下, 在X的斡旋(努力)之后: X mediates between the sides ---------------------------

MEDIATED = [
    (
        "在吉布提主导的斡旋努力之后，索马里和索马里兰同意恢复谈判。",
        "吉布提",
        ("索马里", "索马里兰"),
    ),
    ("在美国主导的斡旋下，以色列和哈马斯达成停火协议。", "美国", ("以色列", "哈马斯")),
    ("在卡塔尔的斡旋后，以色列和哈马斯达成停火协议。", "卡塔尔", ("以色列", "哈马斯")),
]


@pytest.mark.parametrize(("text", "mediator", "sides"), MEDIATED)
def test_framed_mediation_reaches_both_sides(text, mediator, sides) -> None:
    found = _pairs(text)
    for side in sides:
        assert (mediator, "CONSULT", side) in found


def test_mediation_word_without_frame_names_no_mediator() -> None:
    found = _pairs("索马里和索马里兰同意恢复谈判，吉布提表示欢迎。")
    assert ("吉布提", "CONSULT", "索马里") not in found


# -- 总统比亚、…: a two-syllable name jieba reads as a place still ends a listed title ------------


def test_name_read_as_place_keeps_the_list_of_leaders_met() -> None:
    found = _pairs("习近平会见喀麦隆总统比亚、埃塞俄比亚总理阿比。")
    assert ("习近平", "CONSULT", "比亚") in found
    assert ("习近平", "CONSULT", "阿比") in found


def test_known_place_after_title_is_no_name() -> None:
    found = _pairs("美国总统拜登抵达巴黎，会见法国总统马克龙。")
    assert not any(o == "巴黎" for _, _, o in found)


# -- X表示，Y应关闭…: the speaker asks Y --------------------------------------------------------


def test_should_close_is_a_demand_of_the_speaker() -> None:
    found = _pairs("塞内加尔总统法耶28日表示，法国应关闭在塞内加尔的军事基地。")
    assert ("法耶", "REQUEST", "法国") in found


# -- 总统卫队, 参与政变的军人: the guards and the coup soldiers are actors ------------------------

COUP_ACTORS = [
    ("尼日尔总统卫队扣押了总统巴祖姆。", ("尼日尔总统卫队", "COERCE", "巴祖姆")),
    (
        "尼日尔政变军人扣押总统巴祖姆。西共体对参与政变的军人实施旅行禁令。",
        ("西非国家经济共同体", "SANCTION", "尼日尔政变军人"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUP_ACTORS)
def test_guards_and_coup_soldiers_act_and_are_hit(text, expected) -> None:
    assert expected in _pairs(text)


def test_guard_word_inside_another_word_names_nobody() -> None:
    assert _pairs("他说，总统卫队长期驻守首都。") == set()


# -- 两国将“A，B”: a quotation right after an intention cue is the subject's predicate ------------


def test_quoted_predicate_keeps_its_subject() -> None:
    text = "埃塞俄比亚与厄立特里亚恢复外交关系。两国将“共同面对未来，团结一心合作”。"
    assert ("埃塞俄比亚", "COOPERATE", "厄立特里亚") in _pairs(text)


def test_quoted_speech_after_colon_is_still_speech() -> None:
    assert ("中国", "SANCTION", "美国", "intended") in events_of("王毅说：“中方将坚决反制美国。”")


# -- 美国支持的联军…, 沙特、埃及参与的四方…: who backs or joins the head does not act -------------

BACKERS = [
    ("美国支持的联军轰炸也门。", ("美国", "ASSAULT", "也门")),
    ("美国支持的联军轰炸也门，并呼吁联合国调查。", ("美国", "REQUEST", "联合国")),
    (
        "沙特、阿联酋、埃及参与的四方展开斡旋，寻求推动苏丹冲突双方停火。",
        ("埃及", "REQUEST", "苏丹"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), BACKERS)
def test_backer_of_an_unnamed_head_does_not_act(text, wrong) -> None:
    assert wrong not in _pairs(text)


def test_backed_actor_named_still_acts() -> None:
    found = _pairs("伊朗支持的胡塞武装袭击以色列。")
    assert ("胡塞武装", "ASSAULT", "以色列") in found
    assert ("伊朗", "SUPPORT", "胡塞武装") in found


# -- 对X动用武力/使用武力; 他们 for a group named before in the sentence --------------------------

FORCE = [
    ("俄罗斯对乌克兰使用武力。", ("俄罗斯", "ASSAULT", "乌克兰", "asserted")),
    ("如果伊朗封锁海峡，美国将对其动用武力。", ("美国", "ASSAULT", "伊朗", "hypothetical")),
    (
        "西共体要求尼日尔政变军人释放巴祖姆，否则可能对他们动用武力。",
        ("西非国家经济共同体", "ASSAULT", "尼日尔政变军人", "hypothetical"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORCE)
def test_force_used_on_a_side_is_an_armed_act(text, expected) -> None:
    assert expected in events_of(text)


def test_force_with_no_side_is_no_event() -> None:
    assert events_of("中方反对在国际关系中使用武力。") == set()


def test_they_for_countries_still_the_pair_of_people() -> None:
    found = _pairs("莫迪和岸田文雄举行会谈。他们同意加强合作。")
    assert ("莫迪", "COOPERATE", "岸田文雄") in found


# -- Y是X承认/支持/制裁的…: X's act is on the topic before 是 ------------------------------------

COPULA = [
    ("巴祖姆仍是西共体、非盟承认的尼日尔合法领导人。", ("西非国家经济共同体", "SUPPORT", "巴祖姆")),
    ("巴祖姆是西共体支持的总统。", ("西非国家经济共同体", "SUPPORT", "巴祖姆")),
    ("俄罗斯是美国制裁的对象。", ("美国", "SANCTION", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), COPULA)
def test_act_describing_the_topic_of_shi_is_on_it(text, expected) -> None:
    found = _pairs(text)
    assert expected in found
    assert (expected[0], expected[1], "尼日尔") not in found


@pytest.mark.parametrize("text", ["这是美国支持的计划。", "从墨西哥进口的商品运抵美国。"])
def test_no_actor_topic_no_event(text) -> None:
    assert not {e for e in events_of(text) if e[1] in {"SUPPORT", "COOPERATE"}}


def test_act_on_an_actor_after_it_unchanged() -> None:
    assert ("美国", "SUPPORT", "以色列") in _pairs("美国是第一个承认以色列的国家。")
