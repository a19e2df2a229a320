"""Accuracy round 21 (a6): fresh simplified-Chinese reports on prisoner swaps, arrests of
foreigners, coups in Africa, ceasefire talks in Latin America and the Middle East. The classes
found there: a rebel group named after its kind (与反政府武装“X”和谈), a quoted name inside a
split trigger (接受黎巴嫩“灯塔”电视台采访), declining to disclose or confirm (拒绝透露细节), a
delegation or envoy sent to a country (派代表团前往X), a post right after a name's gloss
(情报和特勤局(摩萨德)局长), and an act its own clause dates after the article's day.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


def _pairs(text: str, date: str | None = "2024-05-10") -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text, date)}


# -- 与反政府武装“X”: the kind of a rebel group describes the group the preposition introduces --

REBEL_KIND = [
    (
        "哥伦比亚政府与反政府武装“哥伦比亚民族解放军”举行和谈。",
        ("哥伦比亚", "CONSULT", "哥伦比亚民族解放军"),
    ),
    ("苏丹政府与叛军快速支援部队举行谈判。", ("苏丹", "CONSULT", "快速支援部队")),
    (
        "哥伦比亚政府与反政府武装“哥伦比亚革命武装力量”签署和平协议。",
        ("哥伦比亚", "AGREE", "哥伦比亚革命武装力量"),
    ),
    ("刚果(金)政府与反政府武装M23举行谈判。", ("刚果民主共和国", "CONSULT", "M23运动")),
]


@pytest.mark.parametrize(("text", "expected"), REBEL_KIND)
def test_rebel_group_after_its_kind_is_the_partner(text, expected) -> None:
    subject, kind, obj = expected
    found = _pairs(text)
    assert (subject, kind, obj) in found or (obj, kind, subject) in found


def test_rebel_kind_alone_names_no_partner() -> None:
    assert events_of("缅甸军方与反政府武装举行谈判。") == set()


# -- a quoted name inside a split trigger: 接受黎巴嫩“灯塔”电视台采访 is an interview ------------

INTERVIEWS = [
    "哈马斯高级成员哈姆丹接受黎巴嫩“灯塔”电视台采访时重申,哈马斯立场没变。",
    "伊朗外长接受卡塔尔“半岛”电视台专访。",
    "普京接受「今日俄罗斯」电视台专访。",
]


@pytest.mark.parametrize("text", INTERVIEWS)
def test_interview_with_a_quoted_outlet_accepts_nobody(text) -> None:
    assert not any(t == "AGREE" for _, t, _ in _pairs(text))


def test_interview_with_a_quoted_outlet_keeps_what_is_said() -> None:
    found = _pairs("扎里夫接受黎巴嫩“灯塔”电视台采访时说,美国必须解除制裁。")
    assert ("扎里夫", "REQUEST", "美国") in found
    assert not any(t == "AGREE" for _, t, _ in found)


def test_quotation_closed_before_the_second_part_still_splits_nothing() -> None:
    # the first part inside a quotation, the second outside: no split trigger across it
    assert events_of("他说:“我们接受。”美国媒体采访时问到此事。") == set()


def test_acceptance_of_a_proposal_stays_an_agreement() -> None:
    assert ("伊朗", "AGREE", "法国") in _pairs("伊朗接受法国提出的“三步走”建议。")


# -- 拒绝透露/证实: declining to disclose refuses no one -----------------------------------------

DECLINED = [
    "俄罗斯逮捕了一名美国公民。美方拒绝透露更多细节。",
    "俄罗斯逮捕了一名美国公民。美国国务院拒绝证实这一消息。",
    "俄罗斯逮捕了一名美国公民。美方拒绝就此发表评论。",
    "以色列空袭了黎巴嫩南部。以军拒绝对此置评。",
]


@pytest.mark.parametrize("text", DECLINED)
def test_declining_to_disclose_is_no_rejection(text) -> None:
    assert not any(t == "REJECT" for _, t, _ in _pairs(text))


REFUSALS = [
    ("伊朗拒绝美国的要求。", ("伊朗", "REJECT", "美国")),
    ("俄罗斯逮捕了一名美国公民。美方拒绝俄方的解释。", ("美国", "REJECT", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS)
def test_refusing_someone_stays_a_rejection(text, expected) -> None:
    assert expected in _pairs(text)


# -- 派代表团前往X: the one who sends a delegation or an envoy visits X ---------------------------


def test_delegation_sent_to_a_country_is_a_planned_visit() -> None:
    found = events_of("西共体将派出两个代表团前往布基纳法索,评估该国局势。")
    assert ("西非国家经济共同体", "CONSULT", "布基纳法索", "intended") in found


def test_delegation_sent_to_a_country_for_talks() -> None:
    found = events_of("以色列将派代表团赴卡塔尔与斡旋方商量重启停火谈判。")
    assert ("以色列", "CONSULT", "卡塔尔", "intended") in found


VISITS = [
    ("中方派特使前往阿富汗。", ("中国", "CONSULT", "阿富汗")),
    ("朝鲜代表团8日赴美参加会谈。", ("朝鲜", "CONSULT", "美国")),
    ("中国副总理将率团赴华盛顿与美国贸易代表谈判。", ("中国", "CONSULT", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), VISITS)
def test_delegation_or_envoy_visits_the_country(text, expected) -> None:
    assert expected in _pairs(text)


NO_VISIT = [
    "一个由议员组成的代表团3日前往日内瓦。",
    "伊朗代表团前往日内瓦出席会议。",
    "哈马斯代表团24日在开罗会见埃及官员。",
]


@pytest.mark.parametrize("text", NO_VISIT)
def test_delegation_to_a_venue_visits_no_country(text) -> None:
    found = _pairs(text)
    assert not any(o in {"瑞士", "埃及"} and t == "CONSULT" and s != "哈马斯" for s, t, o in found)


# -- ORG(GLOSS)局长: a post right after a name's gloss is that body's own ----------------------


def test_post_after_a_gloss_is_not_the_earlier_holder() -> None:
    text = (
        "哈亚会见埃及情报总局局长哈桑·马哈茂德·拉沙德。"
        "以色列将派以色列情报和特勤局(摩萨德)局长于27日前往多哈,会见美国中央情报局局长。"
    )
    found = _pairs(text)
    assert ("摩萨德", "CONSULT", "美国中央情报局") in found
    assert not any(s == "哈桑·马哈茂德·拉沙德" and o == "美国中央情报局" for s, _, o in found)


def test_bare_post_still_names_its_holder() -> None:
    text = "埃及情报总局局长拉沙德会见哈马斯代表团。局长表示,埃及支持停火。"
    assert ("拉沙德", "CONSULT", "哈马斯") in _pairs(text) or (
        "哈马斯",
        "CONSULT",
        "拉沙德",
    ) in _pairs(text)


# -- a day after the article's: what the clause dates later has not happened -------------------


def test_decision_to_hold_talks_on_a_later_day_is_intended() -> None:
    text = (
        "哥伦比亚政府与哥伦比亚民族解放军举行和谈。双方还决定今年8月14日在委内瑞拉举行第四轮和谈。"
    )
    found = events_of(text, "2023-06-10")
    assert ("哥伦比亚", "CONSULT", "哥伦比亚民族解放军", "intended") in found


def test_talks_agreed_for_a_later_day_within_two_months_are_intended() -> None:
    found = events_of("美国与俄罗斯商定5月13日举行会谈。", "2024-05-10")
    assert ("美国", "CONSULT", "俄罗斯", "intended") in found


def test_act_dated_later_with_no_decision_stays_as_reported() -> None:
    found = events_of("美国总统5月13日与俄罗斯总统通电话。", "2024-05-10")
    assert ("美国", "CONSULT", "俄罗斯", "asserted") in found


NOT_LATER = [
    ("美国总统13日与俄罗斯总统通电话。", "2024-05-10"),  # a bare day reads back
    ("美国与俄罗斯12月28日举行会谈。", "2019-01-01"),  # the year before
    ("美国与俄罗斯5月10日举行会谈。", "2024-05-10"),  # the article's own day
    ("美国与俄罗斯今年5月举行会谈。", "2024-05-10"),  # a month holds the article's day
]


@pytest.mark.parametrize(("text", "date"), NOT_LATER)
def test_talks_not_dated_after_the_article_stay_asserted(text, date) -> None:
    found = events_of(text, date)
    assert ("美国", "CONSULT", "俄罗斯", "asserted") in found


def test_decision_in_an_earlier_clause_does_not_date_this_one() -> None:
    found = events_of("双方决定继续对话,美俄两国总统5月20日举行会谈。", "2024-05-10")
    assert ("美国", "CONSULT", "俄罗斯", "asserted") in found


# -- 哥政府, 该武装: Xinhua's short names of a state and a demonstrative of an armed group --------


def test_short_government_name_is_the_state_the_article_named() -> None:
    text = "哥伦比亚总统佩特罗发表讲话。哥政府与哥伦比亚民族解放军在哈瓦那举行和谈。"
    assert ("哥伦比亚", "CONSULT", "哥伦比亚民族解放军") in _pairs(text)


def test_short_government_name_follows_costa_rica_too() -> None:
    text = "哥斯达黎加总统访问中国。哥政府与中国签署合作协议。"
    assert ("哥斯达黎加", "AGREE", "中国") in _pairs(text) or (
        "中国",
        "AGREE",
        "哥斯达黎加",
    ) in _pairs(text)


def test_short_government_name_alone_names_nobody() -> None:
    assert events_of("哥政府与反对派举行谈判。") == set()


def test_this_armed_group_is_the_group_named_last() -> None:
    text = (
        "哥伦比亚总统发表讲话。哥政府与哥伦比亚民族解放军开始和谈。"
        "哥政府随后宣布暂停与该武装的和谈。"
    )
    found = events_of(text)
    assert ("哥伦比亚", "CONSULT", "哥伦比亚民族解放军", "negated") in found


def test_this_armed_group_is_sanctioned() -> None:
    found = _pairs("联合国秘书长谴责胡塞武装。美国宣布对该武装实施制裁。")
    assert ("美国", "SANCTION", "胡塞武装") in found


# -- 停止相互进攻, 停止敌对行动: both sides ceasing to attack each other is a truce -----------

TRUCES = [
    "哥伦比亚政府与哥伦比亚民族解放军将于7月6日停止相互进攻。",
    "以色列与哈马斯将停止相互攻击。",
]


@pytest.mark.parametrize("text", TRUCES)
def test_ceasing_mutual_attacks_is_a_truce_of_each(text) -> None:
    found = events_of(text)
    concessions = {(s, o, st) for s, t, o, st in found if t == "CONCEDE"}
    assert len(concessions) == 2 and all(st == "intended" for _, _, st in concessions)
    assert not any(t == "ASSAULT" for _, t, _, _ in found)


def test_hostilities_stopped_after_a_fight_are_a_truce_of_its_sides() -> None:
    found = _pairs("以色列和真主党激烈交火。双方宣布停止敌对行动。")
    assert ("以色列", "CONCEDE", "真主党") in found and ("真主党", "CONCEDE", "以色列") in found


def test_an_appeal_to_stop_hostilities_is_only_a_request() -> None:
    found = _pairs("联合国呼吁以色列和哈马斯停止敌对行动。")
    assert ("联合国", "REQUEST", "以色列") in found
    assert not any(t == "CONCEDE" for _, t, _ in found)


def test_mutual_attacks_stay_attacks() -> None:
    found = _pairs("以色列与哈马斯相互攻击。")
    assert ("以色列", "ASSAULT", "哈马斯") in found and ("哈马斯", "ASSAULT", "以色列") in found


# -- 讨论了与…协议有关的想法: a deal a 与…有关的 phrase names is a topic of the talks ------------


def test_deal_named_by_a_related_phrase_is_discussed_not_reached() -> None:
    found = _pairs("美国总统会见俄罗斯总统。双方讨论了与停火协议有关的问题。")
    assert ("美国", "CONSULT", "俄罗斯") in found
    assert not any(t == "AGREE" for _, t, _ in found)


def test_deal_signed_about_a_topic_is_still_reached() -> None:
    assert ("美国", "AGREE", "俄罗斯") in _pairs("美国与俄罗斯签署了与能源合作有关的协议。")


# -- 希望,: a verb of hoping before a comma makes the next clause intended ----------------------


def test_hope_before_a_comma_reaches_the_next_clause() -> None:
    found = events_of("埃及希望,巴以恢复间接谈判。")
    assert ("巴勒斯坦", "CONSULT", "以色列", "intended") in found


HOPE_AS_NOUN = [
    "各方都抱有希望,以色列与哈马斯恢复了谈判。",
    "这是我们的希望,以色列与哈马斯恢复了谈判。",
    "人们看到希望,以色列与哈马斯恢复了谈判。",
]


@pytest.mark.parametrize("text", HOPE_AS_NOUN)
def test_hope_as_a_noun_reaches_nothing(text) -> None:
    assert ("以色列", "CONSULT", "哈马斯", "asserted") in events_of(text)


# -- 只有…才: what is done only on a condition is hypothetical ----------------------------------

ONLY_IF = [
    ("只有美国取消制裁,朝鲜才会与美国举行会谈。", ("朝鲜", "CONSULT", "美国")),
    ("朝鲜表示,只有在美国取消制裁的情况下才会与美国举行会谈。", ("朝鲜", "CONSULT", "美国")),
    (
        "哈马斯重申,只有以色列停止侵略、全部撤走,哈马斯才会释放以色列被扣人员。",
        ("哈马斯", "RETREAT", "以色列"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONLY_IF)
def test_act_only_on_a_condition_is_hypothetical(text, expected) -> None:
    assert (*expected, "hypothetical") in events_of(text)


def test_only_without_then_opens_no_condition() -> None:
    found = events_of("联合国只有5个常任理事国。俄罗斯随后才与美国举行会谈。")
    assert ("俄罗斯", "CONSULT", "美国", "asserted") in found


# -- roles: an intelligence service, a senior member -------------------------------------------


def _roles(text: str) -> set[tuple[str, str]]:
    result = extract_article(article(text))
    return {(r.person.actor.label, r.org.actor.label) for r in result.roles}


def test_intelligence_service_head_holds_a_post_in_it() -> None:
    roles = _roles("哈马斯代表团会见埃及情报总局局长哈桑·马哈茂德·拉沙德。")
    assert any(p == "哈桑·马哈茂德·拉沙德" and "情报总局" in o for p, o in roles)


def test_senior_member_of_a_group_holds_a_post_in_it() -> None:
    roles = _roles("哈马斯高级成员乌萨马·哈姆丹接受黎巴嫩电视台采访。")
    assert ("乌萨马·哈姆丹", "哈马斯") in roles


# -- 互换被俘人员: a swap of prisoners under any of their names is a release by each side --------

SWAPS = [
    "乌克兰与俄罗斯互换被俘人员。",
    "俄乌双方当天互换了各自的被俘人员。",
    "亚美尼亚与阿塞拜疆互换俘虏。",
]


@pytest.mark.parametrize("text", SWAPS)
def test_prisoner_swap_releases_each_way(text) -> None:
    releases = {(s, o) for s, t, o in _pairs(text) if t == "RETREAT"}
    assert len(releases) == 2


def test_swap_of_views_is_talks_not_a_release() -> None:
    found = _pairs("中国与俄罗斯就乌克兰局势交换意见。")
    assert not any(t == "RETREAT" for _, t, _ in found)


# -- 法院以间谍罪判处: the verb after a phrase of its own is no unit 处 of the court --------------

SENTENCES = [
    ("伊朗法院以间谍罪判处英国公民10年有期徒刑。", ("伊朗法院", "COERCE", "英国")),
    ("伊朗法院以间谍罪判处一名英国公民死刑。", ("伊朗法院", "COERCE", "英国")),
    ("俄罗斯法院以间谍罪判处美国记者16年监禁。", ("俄罗斯法院", "COERCE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_court_sentencing_after_a_charge_is_coercion(text, expected) -> None:
    assert expected in _pairs(text)


def test_nested_unit_of_a_body_still_grows_the_mention() -> None:
    found = _pairs("美国国务院东亚及太平洋事务局批评中国。")
    assert ("美国国务院", "ACCUSE", "中国") in found


# -- 放松/暂停…制裁: loosening or suspending sanctions concedes to their target -------------------

EASED = [
    ("美国放松对白俄罗斯的制裁。", ("美国", "CONCEDE", "白俄罗斯")),
    (
        "白俄罗斯释放了政治犯,美国随后放松了对白俄罗斯航空公司的制裁。",
        ("美国", "CONCEDE", "白俄罗斯"),
    ),
    ("欧盟暂停了对叙利亚的部分制裁。", ("欧盟", "CONCEDE", "叙利亚")),
    ("美国暂停对中国的部分关税一年。", ("美国", "CONCEDE", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), EASED)
def test_loosened_or_suspended_sanctions_are_a_concession(text, expected) -> None:
    assert (*expected, "asserted") in events_of(text)


def test_sanctions_loosened_still_exist() -> None:
    assert ("美国", "SANCTION", "白俄罗斯", "asserted") in events_of("美国放松对白俄罗斯的制裁。")


def test_demand_to_loosen_sanctions_concedes_nothing() -> None:
    found = _pairs("朝鲜要求美国放松对朝制裁。")
    assert ("朝鲜", "REQUEST", "美国") in found
    assert not any(t == "CONCEDE" for _, t, _ in found)


def test_loosening_ruled_out_is_negated() -> None:
    assert ("美国", "CONCEDE", "俄罗斯", "negated") in events_of("美国不会放松对俄罗斯的制裁。")


# -- A、B和多个X国家: a share of a bloc closes a list, whose members all act ----------------------

SHARED_LISTS = [
    ("美国、欧盟和多个拉美国家拒绝承认马杜罗连任。", "REJECT", "马杜罗", {"美国", "欧盟", "拉美"}),
    ("美国、英国及多个西方国家谴责俄罗斯。", "ACCUSE", "俄罗斯", {"美国", "英国", "西方"}),
]


@pytest.mark.parametrize(("text", "kind", "target", "subjects"), SHARED_LISTS)
def test_list_closed_by_a_share_of_a_bloc_acts_together(text, kind, target, subjects) -> None:
    found = _pairs(text)
    assert {s for s, t, o in found if t == kind and o == target} == subjects


def test_many_allies_after_one_state_add_nobody() -> None:
    assert _pairs("美国和多个盟国对伊朗实施制裁。") == {("美国", "SANCTION", "伊朗")}


# -- 菲佐遇刺后,欧盟予以谴责: the one struck is not whom the condemnation blames -------------------

STRUCK = [
    "斯洛伐克总理菲佐遇刺后,欧盟领导人纷纷发表声明予以谴责。",
    "菲佐遇袭后,欧盟予以谴责。",
    "菲佐遭枪击后,欧盟予以谴责。",
]


@pytest.mark.parametrize("text", STRUCK)
def test_condemnation_of_an_attack_does_not_blame_its_victim(text) -> None:
    assert not any(t == "ACCUSE" and o == "菲佐" for _, t, o in _pairs(text))


def test_rebuttal_still_answers_the_one_who_spoke() -> None:
    assert ("欧盟", "REJECT", "菲佐") in _pairs("菲佐批评欧盟对乌政策,欧盟予以驳斥。")


# -- traditional script -------------------------------------------------------------------------


def test_round_classes_in_traditional_script() -> None:
    assert ("俄罗斯", "COERCE", "美国") in _pairs(
        "俄羅斯逮捕了一名美國公民。美方拒絕透露更多細節。"
    )
    assert not any(
        t == "REJECT" for _, t, _ in _pairs("俄羅斯逮捕了一名美國公民。美方拒絕透露更多細節。")
    )
    found = _pairs("哥倫比亞政府與反政府武裝「哥倫比亞民族解放軍」舉行和談。")
    assert ("哥伦比亚", "CONSULT", "哥伦比亚民族解放军") in found
    assert ("美国", "CONCEDE", "白俄罗斯") in _pairs("美國放鬆了對白俄羅斯航空公司的制裁。")


# -- 空投援助物资: relief dropped from the air is aid --------------------------------------------

AIRDROPS = [
    ("约旦向加沙空投了援助物资。", {("约旦", "AID", "加沙")}),
    ("美国和约旦向加沙地带空投了3.8万份食品。", {("美国", "AID", "加沙"), ("约旦", "AID", "加沙")}),
]


@pytest.mark.parametrize(("text", "expected"), AIRDROPS)
def test_airdropped_relief_is_aid(text, expected) -> None:
    assert expected <= _pairs(text)


def test_airdropped_leaflets_are_no_aid() -> None:
    assert events_of("以军向加沙空投传单。") == set()


def test_alliance_of_sahel_states_is_a_body() -> None:
    found = _pairs("西共体与萨赫勒国家联盟在巴马科举行会谈。")
    assert ("西非国家经济共同体", "CONSULT", "萨赫勒国家联盟") in found or (
        "萨赫勒国家联盟",
        "CONSULT",
        "西非国家经济共同体",
    ) in found


def test_day_counted_from_an_event_told_is_not_after_the_article() -> None:
    found = events_of("俄军与乌军在边境交火。次日的会谈中,俄方提出了新的方案。", "2024-05-10")
    assert ("乌军", "CONSULT", "俄军", "intended") not in found
