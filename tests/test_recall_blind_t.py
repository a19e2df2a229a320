"""Recall and precision on a blind round of aid and cooperation news: national Red Cross
societies, leaders named before their title, condolence messages and press-conference topics.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- 中国红十字会, 巴基斯坦红新月会: a national society is an organ of its country -------------
# Without it the 会 of 红十字会 read as the modal 会 (will) and made the aid only intended.

RED_CROSS = [
    (
        "印尼红十字会5日已向缅甸灾区运送了一批帐篷和药品援助。",
        ("印度尼西亚红十字会", "AID", "缅甸", "asserted"),
    ),
    (
        "中国红十字会向土耳其红新月会提供20万美元紧急现汇援助。",
        ("中国红十字会", "AID", "土耳其红新月会", "asserted"),
    ),
    (
        "日本红十字会表示，将向尼泊尔提供救灾物资援助。",
        ("日本红十字会", "AID", "尼泊尔", "intended"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RED_CROSS)
def test_a_national_red_cross_society_gives_aid(text, expected) -> None:
    assert expected in events_of(text)


# -- 卡尔扎伊总统, 莫西西利首相: a transliterated name right before a leader's post ----------------

NAMES_BEFORE_TITLES = [
    (
        "莫雷诺总统10月访华期间，两国签署了多项合作文件。",
        ("莫雷诺", "CONSULT", "中国", "asserted"),
    ),
    (
        "据报道，阿莫拉尼首相当天会见了到访的中国外长。",
        ("阿莫拉尼", "CONSULT", "中国", "asserted"),
    ),
    (
        "巴西卢拉总统访问俄罗斯。",
        ("卢拉", "CONSULT", "俄罗斯", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_BEFORE_TITLES)
def test_a_transliterated_name_before_a_leader_post_is_a_person(text, expected) -> None:
    assert expected in events_of(text)


def test_a_country_before_the_post_is_no_name() -> None:
    assert ("印度尼西亚", "CONSULT", "中国", "asserted") in events_of("印度尼西亚总统访华。")


def test_no_name_is_cut_from_the_end_of_a_longer_one() -> None:
    found = events_of("姆拜尼马拉马总理会见了中国驻斐济大使。")
    assert not any(s == "尼马拉马" for s, _, _, _ in found)


# -- 向X致电慰问, 向X发去慰问电 / 贺电: condolences and congratulations sent are support -----------

MESSAGES = [
    (
        "习近平主席已向尼泊尔总统鲍德尔致电慰问。",
        ("习近平", "SUPPORT", "鲍德尔", "asserted"),
    ),
    (
        "李强总理当天向越南总理范明政发去慰问电。",
        ("李强", "SUPPORT", "范明政", "asserted"),
    ),
    (
        "俄罗斯总统普京向新当选的阿根廷总统发去贺电。",
        ("普京", "SUPPORT", "阿根廷", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MESSAGES)
def test_a_message_of_condolence_or_congratulation_supports(text, expected) -> None:
    assert expected in events_of(text)


def test_a_message_received_names_no_sender_by_itself() -> None:
    assert not events_of("习近平收到了普京发来的贺电。")


# -- 就对菲援助等问题答记者问: the topic of an answer is no act of the one who answers -------------

ANSWERED_TOPICS = [
    "外交部发言人汪文斌9日主持例行记者会，就对缅援助等问题答记者问。",
    "国防部新闻发言人吴谦当天就对巴军援等问题答记者问。",
]


@pytest.mark.parametrize("text", ANSWERED_TOPICS)
def test_an_act_an_answer_is_about_is_not_the_answerers(text) -> None:
    assert not any(t in {"AID", "COOPERATE"} for _, t, _, _ in events_of(text))


def test_an_actor_named_in_the_answered_topic_still_acts() -> None:
    found = events_of("外交部发言人就美国对台军售答记者问。")
    assert ("美国", "AID", "台湾", "asserted") in found


# -- 發(fā)展, 災(zāi)害: a pinyin syllable a copied page left after a character is dropped --------


def test_a_pinyin_syllable_after_a_character_is_dropped() -> None:
    from kg.articles import normalise

    text, offsets = normalise("國際發(fā)展合作署(CIDCA)與災(zāi)區(a)")
    assert text == "国际发展合作署与灾区(a)"
    assert len(offsets) == len(text) + 1  # one past the end, as for every text


def test_aid_to_a_list_reads_on_past_pinyin_left_in_the_text() -> None:
    found = events_of(
        "中方向遭受洪災(zāi)的孟加拉國、尼泊爾等國提供緊急援助,多渠道向巴勒斯坦提供物資。"
    )
    assert ("中国", "AID", "尼泊尔", "asserted") in found
    assert not any(s == "尼泊尔" for s, _, _, _ in found)


# -- 纳政府, 莱方, 索方: a country's short form with 方 or 政府, once the article named it in full

SHORT_SIDES = [
    (
        "应索马里联邦政府请求，中方向索方提供紧急人道主义援助。",
        ("中国", "AID", "索马里", "asserted"),
    ),
    (
        "纳米比亚总理表示，纳政府感谢中国长期以来的无私帮助。",
        ("纳米比亚", "SUPPORT", "中国", "asserted"),
    ),
    (
        "莱索托外交大臣会见中国大使。莱方感谢中方提供的援助。",
        ("莱索托", "SUPPORT", "中国", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_SIDES)
def test_a_short_form_side_names_the_country_the_article_named(text, expected) -> None:
    assert expected in events_of(text)


def test_a_short_form_side_names_nobody_before_the_country_is_named() -> None:
    assert not events_of("中方向索方提供紧急人道主义援助。")


# -- 奥贝斯·坎乔泽|共同签署: an adverb of doing together ends a transliterated name ----------------

TOGETHER = [
    (
        "中国驻马拉维大使与马拉维财长西蒙·恩比亚共同签署了经济技术合作协定。",
        ("西蒙·恩比亚", "AGREE", "中国", "asserted"),
    ),
    (
        "中国大使与赞比亚外长斯坦利·卡库博一道出席仪式并签署协议。",
        ("斯坦利·卡库博", "AGREE", "中国", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOGETHER)
def test_an_adverb_of_doing_together_ends_a_dotted_name(text, expected) -> None:
    found = events_of(text)
    name = expected[0]
    assert any(name in (s, o) for s, _, o, _ in found)
    assert not any(a.startswith(name) and a != name for s, _, o, _ in found for a in (s, o))


# -- 向中方表示歉意, 深表歉意: an apology said as a noun concedes ------------------------------

APOLOGIES = [
    (
        "几内亚部长就交接仪式推迟一事向中方表示歉意。",
        ("几内亚", "CONCEDE", "中国", "asserted"),
    ),
    (
        "日本首相当天向韩国受害者家属所在的韩国深表歉意。",
        ("日本", "CONCEDE", "韩国", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APOLOGIES)
def test_an_apology_said_as_a_noun_concedes(text, expected) -> None:
    assert expected in events_of(text)


# -- 向X派遣医疗队, 派出救援队赴X: sending a rescue or medical team is aid, not a contact --------

TEAMS = [
    (
        "土耳其地震发生后，中方第一时间向土耳其派出救援队。",
        ("中国", "AID", "土耳其", "asserted"),
    ),
    (
        "中国政府决定派遣医疗专家组赴巴基斯坦洪灾灾区。",
        ("中国", "AID", "巴基斯坦", "asserted"),
    ),
    (
        "中方将向塞拉利昂派遣第二批医疗队员。",
        ("中国", "AID", "塞拉利昂", "intended"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEAMS)
def test_sending_a_rescue_or_medical_team_is_aid(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    assert not any(t == "CONSULT" for _, t, _, _ in found)


def test_sending_an_envoy_is_still_a_contact() -> None:
    assert ("美国", "CONSULT", "日本", "asserted") in events_of("美国向日本派遣特使。")


# -- 同包括赤道几内亚在内的非洲国家: the members a 包括…在内的 phrase names before a group

INCLUDED_MEMBERS = [
    (
        "中方愿同包括肯尼亚在内的非洲国家一道推进疫苗合作。",
        [("中国", "COOPERATE", "肯尼亚", "intended"), ("中国", "COOPERATE", "非洲", "intended")],
    ),
    (
        "中国政府向包括老挝、柬埔寨在内的东盟国家提供了抗疫物资援助。",
        [("中国", "AID", "老挝", "asserted"), ("中国", "AID", "柬埔寨", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDED_MEMBERS)
def test_the_included_members_of_a_group_are_targets_too(text, expected) -> None:
    found = events_of(text)
    assert all(e in found for e in expected)


def test_an_included_member_does_not_act_with_its_group() -> None:
    found = events_of("中方愿同包括肯尼亚在内的非洲国家一道推进疫苗合作。")
    assert not any({s, o} == {"肯尼亚", "非洲"} for s, _, o, _ in found)
