"""Recall and precision on a blind round about multilateral diplomacy (UN votes, IAEA, WHO,
SCO, G20, APEC, ASEAN and African Union summits): bodies adopting the resolution someone put
forward, the African Union's organs, media of a country that only report, the one struck in a
passive clause going on as subject, nouns of a treaty or a conflict that name no parties, and
words that look like actors but are capacities or ranks.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 通过了X提出的决议: adopting a proposal accepts the proposer's -----------------------------

ADOPTED = [
    ("安理会通过了法国提出的决议。", ("安理会", "AGREE", "法国")),
    ("联合国大会通过了由乌克兰提交的决议草案。", ("联合国大会", "AGREE", "乌克兰")),
    ("联合国安理会3日通过了日本提出的关于朝鲜问题的决议。", ("安理会", "AGREE", "日本")),
]


@pytest.mark.parametrize(("text", "expected"), ADOPTED)
def test_adopting_a_resolution_accepts_who_proposed_it(text, expected) -> None:
    subject, kind, obj = expected
    assert (subject, kind, obj) in _pairs(text) or (obj, kind, subject) in _pairs(text)


def test_adopting_a_resolution_of_nobody_named_is_no_event() -> None:
    assert events_of("联合国大会通过了一项决议。") == set()


# -- the African Union's organs are not the UN Security Council ------------------------------


def test_au_peace_and_security_council_is_its_own_body() -> None:
    found = events_of("非洲联盟和平与安全理事会19日宣布暂停马里的成员国资格。")
    assert ("非盟和平与安全理事会", "SANCTION", "马里", "asserted") in found
    assert not any("安理会" == s for s, _, _, _ in found)


def test_au_commission_is_named_in_traditional_script() -> None:
    found = _pairs("非洲聯盟和平與安全理事會要求非盟委員會儘快提交報告。")
    assert ("非盟和平与安全理事会", "REQUEST", "非盟委员会") in found


# -- X媒体/传媒报道: a country's media report, the country does nothing -------------------------

MEDIA_REPORT = [
    "澳洲传媒报道,两名中国官员要求会面,但帕托拒绝。",
    "美国媒体报道,中方官员要求会见,遭到拒绝。",
    "日本媒體報道,韓國官員拒絕會面。",
]


@pytest.mark.parametrize("text", MEDIA_REPORT)
def test_media_named_after_a_country_are_no_actor(text) -> None:
    found = events_of(text)
    assert not any(o in {"澳大利亚", "美国", "日本"} for _, _, o, _ in found)
    assert not any(s in {"澳大利亚", "美国", "日本"} for s, _, _, _ in found)


def test_an_outlets_nominal_act_borrows_no_subject() -> None:
    text = "这件事引起了中国和非洲的热烈讨论,也吸引了西方媒体的加入。"
    assert not any(t == "COOPERATE" for _, t, _, _ in events_of(text))


def test_a_country_named_without_media_still_acts() -> None:
    assert ("韩国", "REJECT", "朝鲜") in _pairs("日本媒体报道,韩国拒绝了朝鲜的提议。")


# -- X遭到Y V后, VP: the one struck goes on, not who struck ----------------------------------

STRUCK_GOES_ON = [
    ("伊朗遭到以色列和美国空袭后,暂停与国际原子能机构的合作。", "伊朗", "以色列"),
    ("叙利亚遭到美国制裁后,宣布与伊朗加强合作。", "叙利亚", "美国"),
    ("乌克兰遭到俄罗斯袭击后,向美国请求援助。", "乌克兰", "俄罗斯"),
]


@pytest.mark.parametrize(("text", "patient", "agent"), STRUCK_GOES_ON)
def test_the_one_a_passive_befalls_goes_on(text, patient, agent) -> None:
    subjects = {s for s, t, _, _ in events_of(text) if t not in {"ASSAULT", "SANCTION"}}
    assert patient in subjects
    assert agent not in subjects


def test_the_agent_of_the_passive_still_acts_in_it() -> None:
    assert ("美国", "SANCTION", "叙利亚") in _pairs("叙利亚遭到美国制裁后,宣布与伊朗加强合作。")


# -- 违反…条约: the noun of a treaty another verb takes names no parties -----------------------


def test_violating_a_treaty_signs_nothing() -> None:
    text = "伊朗外交部说,美国、德国、法国和英国的做法违反《不扩散核武器条约》。"
    assert not any(t == "AGREE" for _, t, _, _ in events_of(text))


def test_parties_that_sign_a_treaty_still_agree() -> None:
    found = _pairs("美国、日本和韩国签署了条约。")
    assert ("美国", "AGREE", "日本") in found or ("日本", "AGREE", "美国") in found


# -- 冲突 that is no fight -------------------------------------------------------------------

NO_FIGHT = [
    "中美在亚太地区的愿景有冲突,令起草联合声明增添困难。",
    "美日两国在贸易问题上存在冲突。",
    "俄美对同一份涉俄乌冲突决议草案投票赞成。",
]


@pytest.mark.parametrize("text", NO_FIGHT)
def test_a_clash_of_views_or_a_named_conflict_is_no_fight_of_others(text) -> None:
    found = events_of(text)
    assert not any(t in {"ASSAULT", "AGREE"} for _, t, _, _ in found)


def test_a_conflict_that_breaks_out_is_a_fight() -> None:
    assert ("中国", "ASSAULT", "印度") in _pairs("中印两国在边境爆发冲突。")


def test_a_named_conflict_is_fought_by_its_sides() -> None:
    assert ("俄罗斯", "ASSAULT", "乌克兰") in _pairs("俄乌冲突爆发后,美国向乌克兰提供援助。")


# -- 令/导致: a clause of causing has no actor as subject, and a response after it answers ----


def test_what_a_clause_of_causing_makes_harder_is_nobodys_act() -> None:
    assert events_of("美日两国立场分歧,令达成协议更加困难。") == set()


def test_displeasure_caused_objects_to_who_caused_it() -> None:
    found = _pairs("美国对台军售令中国强烈不满。")
    assert ("中国", "ACCUSE", "美国") in found
    assert ("美国", "ACCUSE", "台湾") not in found


# -- 谴责乌克兰战争: the war in a country is condemned, not the country ------------------------


def test_condemning_the_war_in_a_country_condemns_no_country() -> None:
    assert events_of("二十国集团发表声明说,大多数成员国强烈谴责乌克兰战争。") == set()


def test_condemning_a_country_that_wages_war_still_counts() -> None:
    assert ("欧盟", "ACCUSE", "俄罗斯") in _pairs("欧盟谴责俄罗斯发动战争。")


def test_troops_sent_to_a_war_still_deploy_against_the_country() -> None:
    assert ("美国", "MOBILIZE", "朝鲜") in _pairs("美国派兵干涉朝鲜战争。")


# -- capacities and ranks are no actors ------------------------------------------------------


def test_a_capacity_after_zuowei_does_not_act() -> None:
    found = events_of("作为常任理事国,俄罗斯否决了这份决议草案。")
    assert not any(s == "安理会常任理事国" for s, _, _, _ in found)


def test_a_rank_after_a_title_names_nobody() -> None:
    found = events_of("缅甸只能接受敏昂莱或部长级代表参加峰会。")
    assert not any("级代表" in (s + o) for s, _, o, _ in found)


# -- 行使否决权: the veto is cast in the body that votes -------------------------------------


def test_using_the_veto_rejects_in_the_body_in_focus() -> None:
    text = "联合国安理会25日就决议草案进行表决。俄罗斯作为常任理事国行使否决权,否定了这份决议。"
    found = events_of(text)
    assert ("俄罗斯", "REJECT", "安理会", "asserted") in found
    assert not any(s == "安理会常任理事国" for s, _, _, _ in found)


def test_a_veto_with_no_body_named_is_no_event() -> None:
    assert events_of("俄罗斯行使否决权。") == set()


# -- 参加此次峰会: attending a bloc's summit meets the bloc ------------------------------------

SUMMIT_ATTENDED = [
    ("拜登将参加东盟峰会。", ("拜登", "CONSULT", "东盟", "intended")),
    ("东盟峰会26日开幕。拜登将参加此次峰会。", ("拜登", "CONSULT", "东盟", "intended")),
    (
        "非盟峰会在亚的斯亚贝巴开幕。马克龙出席了此次峰会。",
        ("马克龙", "CONSULT", "非盟", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUMMIT_ATTENDED)
def test_attending_a_blocs_summit_meets_the_bloc(text, expected) -> None:
    assert expected in events_of(text)


def test_attending_a_summit_of_no_bloc_meets_nobody() -> None:
    assert events_of("拜登将参加此次峰会。") == set()


# -- 接纳…为成员国: a bloc that admits a state accepts it --------------------------------------

ADMITTED = [
    ("北约正式接纳芬兰为成员国。", ("北约", "AGREE", "芬兰")),
    ("上合组织决定接纳老挝为对话伙伴。", ("上海合作组织", "AGREE", "老挝")),
    ("上海合作组织正式给予印度、巴基斯坦成员国地位。", ("上海合作组织", "AGREE", "巴基斯坦")),
]


@pytest.mark.parametrize(("text", "expected"), ADMITTED)
def test_admitting_a_member_accepts_it(text, expected) -> None:
    subject, kind, obj = expected
    found = _pairs(text)
    assert (subject, kind, obj) in found or (obj, kind, subject) in found


# -- 谴责政变 with no maker known condemns nobody in focus ------------------------------------


def test_a_coup_condemned_with_no_maker_known_has_no_target() -> None:
    text = (
        "非盟和平与安全理事会宣布暂停尼日尔的成员国资格。"
        "大多数西方国家和西共体成员国的领导人谴责政变。"
    )
    found = events_of(text)
    assert not any(t == "ACCUSE" for _, t, _, _ in found)


def test_a_coup_condemned_after_its_makers_seized_the_president_targets_them() -> None:
    text = "几内亚政变军人扣押总统孔戴。西共体发表声明谴责政变。"
    assert ("西非国家经济共同体", "ACCUSE", "几内亚政变军人") in _pairs(text)


# -- “谴责俄罗斯…”的决议草案: an act a proposal's quoted title names is the proposer's -----------

PROPOSAL_TITLES = [
    (
        "安理会就美国等国家提出的一份“谴责俄罗斯进攻乌克兰”的决议草案进行表决。",
        ("美国", "ACCUSE", "俄罗斯"),
    ),
    ("欧盟提交了“呼吁以色列停火”的决议草案。", ("欧盟", "REQUEST", "以色列")),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSAL_TITLES)
def test_the_act_a_proposal_names_is_the_proposers(text, expected) -> None:
    assert expected in _pairs(text)


def test_an_actor_inside_the_title_keeps_its_own_act() -> None:
    text = "安理会就美国等国家提出的一份“谴责俄罗斯进攻乌克兰”的决议草案进行表决。"
    found = _pairs(text)
    assert ("俄罗斯", "ASSAULT", "乌克兰") in found
    assert ("美国", "ASSAULT", "乌克兰") not in found
    assert ("安理会", "ACCUSE", "俄罗斯") not in found


def test_a_title_put_forward_by_nobody_known_is_nobodys_act() -> None:
    text = "具有「世界卫生组织」会员身分的友邦提出「邀请台湾以观察员身分与会」的提案。"
    assert events_of(text) == set()


# -- 对[VP的]X: an actor inside a relative clause after 对 only describes what 对 governs -----

GOVERNED_RELATIVES = [
    ("川普威胁要对实施反美政策的金砖国家加征新关税。", ("特朗普", "THREATEN", "金砖国家")),
    ("中方对访华的美国议员表示欢迎。", ("美国", "CONSULT", "中国")),
    ("美国对向俄罗斯提供无人机的伊朗实施制裁。", ("伊朗", "AID", "俄罗斯")),
    ("日本对访问朝鲜的美国官员表示欢迎。", ("日本", "SUPPORT", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNED_RELATIVES)
def test_the_head_of_a_relative_clause_after_dui_acts_and_is_aimed_at(text, expected) -> None:
    assert expected in _pairs(text)


NO_ACTOR_HEAD = [
    "美国对支持伊朗的国家实施制裁。",
    "川普威胁对支持伊朗的国家加征关税。",
    "美国威胁对购买伊朗石油的国家实施制裁。",
]


@pytest.mark.parametrize("text", NO_ACTOR_HEAD)
def test_an_actor_describing_a_plain_noun_after_dui_is_no_target(text) -> None:
    found = events_of(text)
    assert not any(o == "伊朗" for _, _, o, _ in found)
    assert not any(s == "美国" and t == "SUPPORT" for s, t, _, _ in found)


def test_an_actor_dui_governs_keeps_its_act() -> None:
    assert ("中国", "ACCUSE", "美国") in _pairs("中方对美方加征关税表示不满。")


# -- a bare institution right after a verb is its target -------------------------------------

BARE_TARGETS = [
    (
        "缅甸军政府发动政变。东盟与缅甸4月达成协议,但东盟质疑军政府对协议的执行。",
        ("东盟", "ACCUSE", "缅甸"),
    ),
    (
        "尼日尔军政府宣布驱逐法国大使。西共体谴责军政府的决定。",
        ("西非国家经济共同体", "ACCUSE", "尼日尔"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_TARGETS)
def test_a_bare_junta_right_after_a_verb_is_its_target(text, expected) -> None:
    assert expected in _pairs(text)


def test_a_bare_ministry_of_the_actors_own_country_is_no_target() -> None:
    assert events_of("美国国务院发表声明。美国制裁外交部官员。") == set()


# -- 表示,大多数成员国谴责…: members that open what is said act for the bloc -------------------


def test_members_opening_what_is_said_act_for_the_bloc() -> None:
    text = "二十国集团峰会闭幕,领导人发表声明,表示大多数成员国谴责俄罗斯。"
    assert ("二十国集团", "ACCUSE", "俄罗斯") in _pairs(text)


def test_members_a_name_owns_still_do_not_act() -> None:
    text = "非盟峰会举行。非盟表示,暂停几内亚成员国资格。"
    assert not any(s == "几内亚" for s, _, _, _ in events_of(text))
