"""False events found on fresh news from Europe and the Middle East (a precision audit): each
test names a construction that once gave an event nobody reported, with sentences written for
these tests, and a true neighbour that must still give its event. Events are compared on actor
labels."""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


def _pairs(text: str, event_type: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in events_of(text) if t == event_type}


def _people(text: str) -> set[str]:
    result = extract_article(article(text))
    return {role.person.actor.label for role in result.roles}


# -- a yes-no question (…吗?) asks; it reports nothing --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "记者问：德国会同意法国的建议吗？",
        "有记者问，土耳其将制裁叙利亚吗？",
    ],
)
def test_a_question_with_ma_reports_nothing(text: str) -> None:
    assert not events_of(text)


def test_the_same_act_said_plainly_is_an_event() -> None:
    assert ("土耳其", "SANCTION", "叙利亚", "intended") in events_of("土耳其将制裁叙利亚。")


def test_a_question_comparing_with_one_who_acted_reports_that_act() -> None:
    text = "瑞典承受了同样的压力，但像美国那样制裁过伊朗吗？"
    assert ("美国", "伊朗") in _pairs(text, "SANCTION")


def test_a_rhetorical_question_still_judges() -> None:
    text = "英国外交大臣说，难道俄罗斯这不是在威胁英国吗？"
    assert ("俄罗斯", "英国") in _pairs(text, "THREATEN")


# -- a deal that opens what speakers say is what they talk about, not their deal ------------


@pytest.mark.parametrize(
    "text",
    [
        "意大利、西班牙和荷兰15日说，伊核协议的争端解决机制已经启动。",
        "约旦和埃及表示，停火协议将于周日零时生效。",
    ],
)
def test_speakers_of_a_deal_are_not_its_parties(text: str) -> None:
    assert not _pairs(text, "AGREE")


def test_a_deal_the_speakers_sign_is_still_theirs() -> None:
    pairs = _pairs("约旦和埃及15日签署了停火协议。", "AGREE")
    assert {frozenset(p) for p in pairs} == {frozenset({"约旦", "埃及"})}


# -- the end of a name after a title ---------------------------------------------------------


def test_a_contrast_ze_ends_the_name_before_it() -> None:
    people = _people("以色列驻联合国大使达诺则抨击这项决议案。")
    assert "达诺" in people and "达诺则" not in people


def test_a_day_ends_a_dotted_name() -> None:
    people = _people("五角大楼发言人帕特里克·赖德上周四说，袭击有所增加。")
    assert "帕特里克·赖德" in people


def test_a_visit_named_by_a_short_form_is_no_name() -> None:
    text = "伊朗外长访华商讨核问题\n\n伊朗外交部长阿拉奇今天访问中国。"
    assert _people(text) == {"阿拉奇"}


# -- what a text does is no act of who quotes it ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "英国代表说：“我们反对这份草案，因为草案内容未能谴责真主党，也没有提到伊朗。”",
        "法国说：“这项决议没有承认以色列的自卫权。”",
    ],
)
def test_a_text_that_fails_to_condemn_is_no_speakers_act(text: str) -> None:
    events = events_of(text)
    assert not {e for e in events if e[1] in {"ACCUSE", "REJECT"} and e[2] != "安理会"}


def test_the_speakers_own_condemnation_in_a_quote_is_still_his() -> None:
    assert ("英国", "真主党") in _pairs(
        "英国代表说：“我们谴责真主党，也要求伊朗停止支持。”", "ACCUSE"
    )


def test_a_described_place_does_not_go_on_acting() -> None:
    text = "这份报告形容也门处于严重人道危机，敦促沙特解除封锁。"
    assert not {e for e in events_of(text) if e[0] == "也门"}


# -- doers listed after 的有 ------------------------------------------------------------------


def test_an_act_whose_doers_follow_de_you_takes_no_subject_from_before() -> None:
    text = "美国国防部上周报告称，美军空袭了胡塞武装。支持这次空袭的有英国、丹麦和荷兰。"
    assert not {e for e in events_of(text) if e[1] == "SUPPORT" and e[0] in {"美国", "美军"}}
    assert ("美军", "胡塞武装") in _pairs(text, "ASSAULT")


# -- actors that only name a place, a matter, people or allies -------------------------------


def test_countries_naming_a_border_are_no_sides_of_the_clash() -> None:
    assert not _pairs("塞尔维亚和科索沃边境的紧张冲突持续升级。", "ASSAULT")


def test_countries_that_clash_still_fight() -> None:
    assert ("塞尔维亚", "科索沃") in _pairs("塞尔维亚和科索沃爆发冲突。", "ASSAULT")


def test_actors_inside_a_matter_are_no_partners() -> None:
    text = "以色列和哈马斯就释放以色列人质和巴勒斯坦囚犯事宜达成共识。"
    assert not {e for e in events_of(text) if e[1] == "AGREE" and "巴勒斯坦" in (e[0], e[2])}


def test_residents_of_a_place_are_asked_not_the_country() -> None:
    assert not _pairs("以色列军方要求叙利亚南部村庄居民立即撤离。", "REQUEST")
    assert ("以色列", "叙利亚") in _pairs("以色列要求叙利亚撤出南部地区。", "REQUEST")


def test_allies_of_an_actor_are_not_the_actor() -> None:
    assert not _pairs("伊朗外交部要求美国的盟友停止干涉。", "REQUEST")
    assert ("伊朗外交部", "美国") in _pairs("伊朗外交部要求美国停止干涉。", "REQUEST")


# -- a bare ministry before a known spokesperson is that spokesperson's ministry -------------


def test_a_bare_ministry_before_a_known_spokesperson_is_his() -> None:
    text = "以色列继续空袭加沙。外交部发言人洪磊表示，中方敦促以色列停火。"
    result = extract_article(article(text))
    assert {(r.person.actor.label, r.org.actor.label) for r in result.roles} == {
        ("洪磊", "中国外交部")
    }


# -- a place after 在 frames a summit: no actor in it ----------------------------------------


def test_a_country_and_city_after_zai_do_not_attend() -> None:
    text = "马克龙与朔尔茨在中国上海出席博览会期间会晤。"
    assert not {e for e in events_of(text) if e[0] == "中国"}


def test_an_actor_after_zai_still_acts_inside_its_frame() -> None:
    assert ("俄军", "乌克兰") in _pairs("波兰在俄军空袭乌克兰期间派遣战机。", "ASSAULT")


# -- words of a statement whose clause has a subject that names no actor ---------------------


def test_a_body_noun_that_hopes_is_not_the_speaker() -> None:
    assert not _pairs("欧盟委员会主席表示，理事会希望塞尔维亚改善与科索沃的关系。", "REQUEST")


def test_a_thing_that_poses_a_threat_is_not_the_speaker() -> None:
    text = "北约秘书长说：“它不仅会对波兰构成威胁，还会对德国构成威胁。”"
    assert not _pairs(text, "THREATEN")


def test_the_speakers_own_hope_is_still_a_request() -> None:
    assert _pairs("王毅说：“我们谴责这次袭击，也希望以色列停火。”", "REQUEST")


# -- what efforts would help bring about is no one's mediation -------------------------------


def test_efforts_that_would_help_bring_a_truce_mediate_nothing() -> None:
    text = "以色列和哈马斯达成停火协议。中方欢迎一切有利于促成停火的努力。"
    assert not _pairs(text, "CONSULT")


def test_a_mediator_that_brought_the_deal_about_still_mediates() -> None:
    text = "以色列和哈马斯达成停火协议。卡塔尔促成了这项协议。"
    assert ("卡塔尔", "以色列") in _pairs(text, "CONSULT")


# -- topics listed after an act, regions named after a short form, the UN's nuclear watchdog ----


def test_an_act_listed_among_topics_is_not_reported() -> None:
    text = "欧盟外长会见土耳其外长，讨论对叙援助等问题。"
    assert not _pairs(text, "AID")


def test_aid_reported_plainly_is_still_aid() -> None:
    assert ("欧盟", "叙利亚") in _pairs("欧盟宣布向叙利亚提供援助。", "AID")


def test_the_indo_pacific_is_no_india() -> None:
    text = "北约秘书长强调欧洲与印太地区安全之间日益紧密的联系。"
    assert not {e for e in events_of(text) if "印度" in (e[0], e[2])}


def test_the_un_nuclear_watchdog_is_the_iaea() -> None:
    text = "伊朗宣布暂停与联合国核子监督机构的合作。"
    assert {o for s, t, o, _ in events_of(text) if t == "COOPERATE"} <= {"国际原子能机构"}


# -- wars and acts that are only topics, trips, passives of no actor --------------------------


def test_a_war_named_as_a_topic_is_fought_by_nobody() -> None:
    text = "斯洛伐克拒绝签字，使其与欧盟其他国家在叙利亚战争问题上的分歧扩大。"
    assert not _pairs(text, "ASSAULT")


def test_a_compound_conflict_named_as_a_topic_keeps_its_sides() -> None:
    pairs = _pairs("双方就俄乌冲突问题交换意见。", "ASSAULT")
    assert ("俄罗斯", "乌克兰") in pairs


def test_the_partner_of_talks_about_ending_a_war_is_not_fought() -> None:
    text = "阿塞拜疆总统表示将与亚美尼亚就结束冲突进行谈判。"
    assert not _pairs(text, "ASSAULT")
    assert _pairs(text, "CONSULT")


def test_a_deal_reached_on_a_topic_with_a_partner_is_still_agreed() -> None:
    pairs = _pairs("法国与德国就能源问题达成协议。", "AGREE")
    assert {frozenset(p) for p in pairs} == {frozenset({"法国", "德国"})}


def test_a_to_phrase_of_support_is_not_the_wars() -> None:
    text = "斯洛伐克总理认为，欧盟对乌克兰的支持只会延长战争。"
    assert not _pairs(text, "ASSAULT")
    assert ("欧盟", "乌克兰") in _pairs(text, "SUPPORT")


def test_a_trip_named_after_a_country_does_not_visit() -> None:
    text = "本次埃及之行是继访问约旦后，阿巴斯的第二次出访。"
    assert not {e for e in events_of(text) if e[0] == "埃及"}


def test_condemned_by_the_international_community_condemns_nobody() -> None:
    text = "2014年，俄罗斯吞并克里米亚引发俄乌冲突，遭到国际社会广泛谴责。"
    assert not _pairs(text, "ACCUSE")


# -- forces stationed abroad, and an actor that only dates a deed -----------------------------


def test_forces_stationed_abroad_are_hit_not_their_host() -> None:
    assert _pairs("伊朗对驻伊拉克美军发动袭击。", "ASSAULT") == {("伊朗", "美军")}


def test_an_actor_that_dates_the_deed_praised_is_not_praised() -> None:
    assert not _pairs("英国称表彰阿萨德下台后叙利亚的治理进展。", "SUPPORT")


def test_praise_of_an_actor_is_still_support() -> None:
    assert ("英国", "叙利亚") in _pairs("英国表彰叙利亚的治理进展。", "SUPPORT")


# -- armed retaliation, goods' uses, a hoped state -------------------------------------------


def test_a_retaliation_in_a_sentence_of_armed_acts_is_an_attack() -> None:
    events = events_of("真主党发射火箭弹报复以色列。")
    assert ("真主党", "ASSAULT", "以色列", "asserted") in events
    assert not {e for e in events if e[1] == "SANCTION"}


def test_a_retaliation_by_expulsion_is_still_a_sanction() -> None:
    text = "波兰宣布驱逐俄罗斯外交官，以报复俄方此前的驱逐行动。"
    assert ("波兰", "俄罗斯") in _pairs(text, "SANCTION")


def test_what_goods_can_be_used_for_is_nobodys_act() -> None:
    text = "美国指控三家土耳其企业对俄罗斯出售可用于支持战争的零部件。"
    assert not {e for e in events_of(text) if e[1] in {"SUPPORT", "ASSAULT"}}


def test_a_hope_that_a_country_regains_stability_asks_nothing() -> None:
    assert not _pairs("埃及希望利比亚尽快恢复稳定。", "REQUEST")
    assert ("埃及", "利比亚") in _pairs("埃及希望利比亚尽快停火。", "REQUEST")


# -- a noun phrase that opens a clause after a statement, and adverbs that end names ----------


def test_a_nominal_sanction_opening_a_clause_is_not_the_speakers() -> None:
    text = "欧盟外交负责人坦言，由于斯洛伐克反对，对伊朗的新一轮制裁可能无法通过。"
    assert not _pairs(text, "SANCTION")


def test_a_possessed_noun_opening_a_clause_is_its_subject() -> None:
    text = "芬兰总统表示，欧洲的团结将有助于加大对俄罗斯的压力。"
    assert not _pairs(text, "SANCTION")


def test_a_sanction_announced_without_a_noun_subject_is_the_speakers() -> None:
    assert ("欧盟", "俄罗斯") in _pairs("欧盟宣布，对俄罗斯实施新一轮制裁。", "SANCTION")


def test_an_adverb_after_a_name_ends_it() -> None:
    assert _people("匈牙利总理欧尔班甚至宣布不支持援助计划。") == {"欧尔班"}
