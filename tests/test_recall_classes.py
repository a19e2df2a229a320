"""Recall: constructions of international news that the extractor missed, one class each.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- a transliterated surname alone, after the full name, is the same person ------------------
# (伯恩斯, 史密斯: jieba knows them as names, so they are words; they still name the person)

FAMILY_NAME_AGAIN = [
    (
        "美国中央情报局局长威廉·伯恩斯28日抵达多哈。伯恩斯会见了普京。",
        ("威廉·伯恩斯", "CONSULT", "普京", "asserted"),
    ),
    (
        "英国外交大臣戴维·史密斯周二抵达北京。史密斯会见了王毅。",
        ("戴维·史密斯", "CONSULT", "王毅", "asserted"),
    ),
    (
        "美国特使威廉·伯恩斯抵达开罗。伯恩斯希望斡旋以色列和哈马斯。",
        ("威廉·伯恩斯", "CONSULT", "哈马斯", "intended"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY_NAME_AGAIN)
def test_family_name_alone_refers_to_the_full_name_named_before(text, expected) -> None:
    assert expected in events_of(text)


def test_war_as_a_setting_names_no_fighting_sides() -> None:
    assert not {e for e in events_of("美国和英国都在战争中失去了很多。") if e[1] == "ASSAULT"}


# -- a consensus named as a thing the two sides share is their agreement ----------------------

CONSENSUS = [
    ("中美两国元首共识为两国关系指明了方向。", ("中国", "AGREE", "美国", "asserted")),
    ("根据中俄双方共识，两国将扩大贸易。", ("中国", "AGREE", "俄罗斯", "asserted")),
    (
        # the consensus carried out was reached before: what is said of carrying it out
        # (将继续落实) does not make the agreement itself intended
        "王毅同拉夫罗夫举行会谈。双方表示，将继续落实两国元首重要共识。",
        ("中国", "AGREE", "俄罗斯", "asserted"),
    ),
    ("美国和欧盟在这个问题上没有共识。", ("美国", "AGREE", "欧盟", "negated")),
]


@pytest.mark.parametrize(("text", "expected"), CONSENSUS)
def test_a_shared_consensus_is_an_agreement_of_the_pair(text, expected) -> None:
    assert expected in events_of(text)


def test_a_consensus_nobody_shares_is_no_event() -> None:
    assert not events_of("专家认为，国际社会对气候问题缺乏共识。")


# -- development banks and central banks act; their heads are found after 行长 -----------------

BANKS = [
    (
        "中国人民银行22日与非洲开发银行签署了融资合作协议。",
        ("中国人民银行", "AGREE", "非洲开发银行", "asserted"),
    ),
    (
        "欧洲复兴开发银行宣布暂停与俄罗斯的合作。",
        ("欧洲复兴开发银行", "SANCTION", "俄罗斯", "asserted"),
    ),
    (
        "美洲开发银行向海地提供了紧急援助。",
        ("美洲开发银行", "AID", "海地", "asserted"),
    ),
    (
        "中国人民银行行长易纲与非洲开发银行行长阿德西纳举行会谈。",
        ("易纲", "CONSULT", "阿德西纳", "asserted"),
    ),
    (
        "联合国难民署高级专员格兰迪呼吁欧盟接收更多难民。",
        ("格兰迪", "REQUEST", "欧盟", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BANKS)
def test_banks_and_the_heads_named_after_their_titles_act(text, expected) -> None:
    assert expected in events_of(text)


# -- 在…期间: an actor inside a time frame only dates the act; the one before the frame acts -----

TIME_FRAME = [
    (
        "王毅在出席东盟外长会期间与美国国务卿布林肯会谈。",
        ("王毅", "CONSULT", "布林肯", "asserted"),
    ),
    ("王毅在出席联合国大会期间会见了布林肯。", ("王毅", "CONSULT", "布林肯", "asserted")),
    ("拜登在访问日本期间与岸田文雄会谈。", ("拜登", "CONSULT", "岸田文雄", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), TIME_FRAME)
def test_the_actor_before_a_time_frame_does_the_act_after_it(text, expected) -> None:
    events = events_of(text)
    assert expected in events
    assert not {e for e in events if e[0] in {"东盟", "联合国大会", "日本"}}


# -- 哈 in a compound: Kazakhstan (中哈), Hamas in a report that names only Hamas (以哈战争) -------

HA_COMPOUNDS = [
    (
        "以色列与哈马斯的谈判陷入僵局。以哈战争已持续22个月。",
        ("哈马斯", "ASSAULT", "以色列", "asserted"),
    ),
    ("以哈冲突爆发后，哈马斯释放了部分人质。", ("以色列", "ASSAULT", "哈马斯", "asserted")),
    ("中哈两国签署了合作协议。", ("中国", "AGREE", "哈萨克斯坦", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), HA_COMPOUNDS)
def test_ha_in_a_compound_is_kazakhstan_or_the_hamas_the_article_names(text, expected) -> None:
    assert expected in events_of(text)


# -- 否则: the threat after a demand falls on the one the demand asked -------------------------

OTHERWISE = [
    "外交部发言人郭嘉昆说，奉劝美国立即停止挑衅，否则必将付出代价。",
    "外交部发言人郭嘉昆说，奉劝美国停止侵权，不然必将付出沉重代价。",
]


@pytest.mark.parametrize("text", OTHERWISE)
def test_a_threat_opened_by_otherwise_warns_whom_the_demand_asked(text) -> None:
    assert ("郭嘉昆", "THREATEN", "美国", "asserted") in events_of(text)


# -- a country right before its own company only says where the company is from ---------------

HOME_COUNTRY = [
    ("中方决定对美国波音公司采取反制措施。", ("中国", "SANCTION", "波音公司", "asserted")),
    (
        "俄罗斯对美国洛克希德·马丁公司实施制裁。",
        ("俄罗斯", "SANCTION", "洛克希德·马丁公司", "asserted"),
    ),
    (
        "中方决定对美国L3哈里斯技术公司和安杜里尔等企业采取反制措施。",
        ("中国", "SANCTION", "安杜里尔工业公司", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOME_COUNTRY)
def test_a_company_after_its_home_country_is_the_actor(text, expected) -> None:
    events = events_of(text)
    assert expected in events
    assert not {e for e in events if "美国" in (e[0], e[2])}


# -- 被列入制裁名单 with no lister named: the one who did the last sanction lists it --------------

LISTED = [
    (
        "美国财政部宣布新一轮对俄制裁，俄罗斯石油公司被列入制裁名单。",
        ("美国财政部", "SANCTION", "俄罗斯石油公司", "asserted"),
    ),
    (
        "美国财政部21日宣布对俄罗斯实施新制裁。俄罗斯石油公司和俄罗斯天然气工业股份公司"
        "也被列入制裁名单。",
        ("美国财政部", "SANCTION", "俄罗斯天然气工业股份公司", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_a_passive_listing_is_the_last_sanctioners_act(text, expected) -> None:
    assert expected in events_of(text)


def test_a_passive_listing_with_no_sanctioner_in_focus_is_no_event() -> None:
    assert not events_of("俄罗斯石油公司被列入制裁名单。")


# -- a coup: soldiers who seize their own leader act on him -----------------------------------

COUP = [
    (
        "几内亚5日发生军事政变，政变军人宣称扣押总统孔戴并解散政府。",
        ("几内亚政变军人", "COERCE", "孔戴", "asserted"),
    ),
    ("尼日尔政变士兵扣押了总统巴祖姆。", ("尼日尔政变军人", "COERCE", "巴祖姆", "asserted")),
    ("缅甸军方逮捕了昂山素季。", ("缅甸军队", "COERCE", "昂山素季", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), COUP)
def test_soldiers_who_seize_their_own_leader_coerce_him(text, expected) -> None:
    assert expected in events_of(text)


def test_a_ministry_arresting_its_own_official_is_still_its_own_side() -> None:
    assert not events_of("美国国防部逮捕了一名美国官员。")


# -- 与 followed by 均/都 joins two subjects; where they arrived does not act ----------------------

BOTH = [
    (
        "美国国务卿布林肯与以色列摩萨德局长戴维·巴尔内亚均已抵达多哈，28日与卡塔尔首相会晤。",
        ("戴维·巴尔内亚", "CONSULT", "卡塔尔", "asserted"),
    ),
    (
        "美国中央情报局局长威廉·伯恩斯与英国外交大臣克莱弗利均已抵达卡塔尔首都多哈，"
        "28日与卡塔尔首相兼外交大臣穆罕默德·本·阿卜杜勒拉赫曼·阿勒萨尼会晤。",
        ("威廉·伯恩斯", "CONSULT", "穆罕默德·本·阿卜杜勒拉赫曼", "asserted"),
    ),
    (
        "美国中央情报局局长威廉·伯恩斯与以色列情报和特勤局(摩萨德)局长戴维·巴尔内亚均已抵达多哈，"
        "28日与卡塔尔首相会晤。",
        ("威廉·伯恩斯", "CONSULT", "卡塔尔", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOTH)
def test_subjects_joined_by_both_act_each(text, expected) -> None:
    assert expected in events_of(text)


def test_with_and_no_both_is_still_a_partner() -> None:
    assert ("布林肯", "CONSULT", "克莱弗利", "asserted") in events_of(
        "美国国务卿布林肯与英国外交大臣克莱弗利会谈。"
    )


def test_a_capital_that_begins_inside_a_verb_is_no_mention() -> None:
    assert not {e for e in events_of("匈牙利脱离华沙条约组织。") if "波兰" in e}


# -- talks or a deal named as a noun, with no sides named, are the pair's in focus ------------


def _pairs(events, event_type, status):
    return {frozenset((s, o)) for s, t, o, st in events if t == event_type and st == status}


UNOWNED_TALKS = [
    (
        "以色列和哈马斯的战争已持续两年，而自7月最新一轮谈判破裂后，外交努力已停滞数周。",
        ("以色列", "CONSULT", "哈马斯", "asserted"),
    ),
    (
        "俄军与乌军在边境交火。次日的会谈中，俄方提出了新的方案。",
        ("俄军", "CONSULT", "乌军", "asserted"),
    ),
    (
        "以色列与哈马斯交火数月。上周终于达成停火协议，以色列随后撤出了加沙城。",
        ("以色列", "AGREE", "哈马斯", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNOWNED_TALKS)
def test_talks_named_as_a_noun_are_the_talks_of_the_pair_in_focus(text, expected) -> None:
    subject, event_type, obj, status = expected
    assert frozenset((subject, obj)) in _pairs(events_of(text), event_type, status)


def test_talks_named_as_a_topic_are_no_talks() -> None:
    events = events_of("美国与伊朗在海湾交火。专家就会谈前景交换了意见，美国随后增兵。")
    assert not _pairs(events, "CONSULT", "asserted")


# -- an invasion or attack named as a noun after 对X的 is an attack on X ----------------------

ATTACK_NOUN = [
    ("俄罗斯对乌克兰的入侵造成大量伤亡。", ("俄罗斯", "ASSAULT", "乌克兰", "asserted")),
    ("日本对中国的侵略给亚洲人民带来深重灾难。", ("日本", "ASSAULT", "中国", "asserted")),
    ("欧盟谴责俄罗斯对乌克兰的入侵。", ("俄罗斯", "ASSAULT", "乌克兰", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), ATTACK_NOUN)
def test_an_invasion_of_x_named_as_a_noun_attacks_x(text, expected) -> None:
    assert expected in events_of(text)


def test_condemning_an_invasion_attacks_nobody() -> None:
    events = events_of("美国对俄罗斯入侵乌克兰表示谴责。")
    assert ("美国", "ASSAULT", "俄罗斯", "asserted") not in events
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in events


# -- an alliance named by the short forms of its members is their cooperation ----------------

ALLIANCE = [
    ("两国外长重申美韩同盟是维护地区和平的基石。", ("美国", "COOPERATE", "韩国")),
    ("日本首相表示，日美同盟是日本外交的基轴。", ("日本", "COOPERATE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), ALLIANCE)
def test_an_alliance_of_a_pair_is_their_cooperation(text, expected) -> None:
    subject, event_type, obj = expected
    assert frozenset((subject, obj)) in _pairs(events_of(text), event_type, "asserted")


def test_the_allies_of_a_war_are_no_pair() -> None:
    assert not events_of("同盟国参与了第二次世界大战。")


# -- a deal ended, whose relative clause says with whom it was reached, was an agreement -------

DEAL_ENDED = [
    (
        "澳大利亚9月取消了与法国海军集团达成的建造潜艇协议。",
        ("澳大利亚", "AGREE", "法国海军集团", "asserted"),
    ),
    ("美国宣布退出与伊朗达成的核协议。", ("美国", "AGREE", "伊朗", "asserted")),
    ("法国终止了与马里签署的军事合作协议。", ("法国", "AGREE", "马里", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), DEAL_ENDED)
def test_a_deal_ended_was_reached_with_the_partner_its_relative_names(text, expected) -> None:
    events = events_of(text)
    assert expected in events
    assert (expected[0], "REJECT", expected[2], "asserted") in events


# -- a bloc's leaders' or ministers' meeting attended is a meeting with the bloc ---------------

BLOC_MEETING = [
    ("李强将出席在万象举行的东盟领导人会议。", ("李强", "CONSULT", "东盟", "intended")),
    ("王毅出席东盟外长会议并发表讲话。", ("王毅", "CONSULT", "东盟", "asserted")),
    ("李强出席第27次中国—东盟（10+1）领导人会议。", ("李强", "CONSULT", "东盟", "asserted")),
    ("王毅出席中国－东盟外长会议。", ("王毅", "CONSULT", "东盟", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), BLOC_MEETING)
def test_attending_a_bloc_meeting_meets_the_bloc(text, expected) -> None:
    events = events_of(text)
    assert expected in events
    assert not {e for e in events if e[2] == "中国"}


# -- a deal of a named pair, as a bare noun (X与Y的…协议), was agreed between them ----------

PAIR_DEAL = [
    ("美国与伊朗的核协定仍然有效。", ("美国", "AGREE", "伊朗", "asserted")),
    ("欧盟与英国的脱欧协议于今日生效。", ("欧盟", "AGREE", "英国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), PAIR_DEAL)
def test_a_deal_of_a_named_pair_was_agreed_between_them(text, expected) -> None:
    assert expected in events_of(text)


def test_a_deal_named_as_a_topic_of_talks_is_no_agreement() -> None:
    events = events_of("美国与伊朗就核协议举行会谈。")
    assert not {e for e in events if e[1] == "AGREE"}


# -- a compound of short forms before the name of armed forces (中俄|海军) names both sides -----

FORCES_OF_A_PAIR = [
    ("中俄海军在东海举行联合演习。", ("中国", "COOPERATE", "俄罗斯")),
    ("中俄空军在西太平洋上空举行联合巡航。", ("中国", "COOPERATE", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), FORCES_OF_A_PAIR)
def test_the_forces_of_a_compound_exercise_together(text, expected) -> None:
    subject, event_type, obj = expected
    assert frozenset((subject, obj)) in _pairs(events_of(text), event_type, "asserted")


def test_a_military_word_after_a_compound_is_no_armed_forces() -> None:
    assert not events_of("中美军事专家出席了研讨会。")


# -- a response caused by an act (…引发X强烈不满) is X's, on who did the act -------------------

CAUSED_RESPONSE = [
    ("美国对台湾的军售引发中国强烈不满。", ("中国", "ACCUSE", "美国", "asserted")),
    ("美国与韩国的联合军演引起朝鲜不满。", ("朝鲜", "ACCUSE", "韩国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), CAUSED_RESPONSE)
def test_a_response_caused_by_an_act_objects_to_its_actor(text, expected) -> None:
    events = events_of(text)
    assert expected in events
    assert not {e for e in events if e[0] == "美国" and e[1] == "ACCUSE"}


def test_a_bare_deal_ended_is_only_the_ending() -> None:
    events = events_of("澳大利亚取消了与法国的潜艇协议。")
    assert not {e for e in events if e[1] == "AGREE"}


# -- a joint act coordinated after a two-sided act is done with the same partner ---------------

JOINED_AFTER_TALKS = [
    ("习近平同马克龙举行会谈，并签署了联合声明。", ("习近平", "AGREE", "马克龙", "asserted")),
    (
        "李强同朔尔茨举行会谈，会后共同见证签署合作文件。",
        ("李强", "AGREE", "朔尔茨", "asserted"),
    ),
    ("拜登与岸田文雄举行会谈，并将签署联合声明。", ("拜登", "AGREE", "岸田文雄", "intended")),
    (
        "普京与莫迪、马克龙举行会谈，随后签署了联合声明。",
        ("普京", "AGREE", "马克龙", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_AFTER_TALKS)
def test_a_joint_act_after_talks_is_done_with_the_same_partner(text, expected) -> None:
    assert expected in events_of(text)


def test_a_third_side_met_in_between_takes_the_joint_act_from_the_partner() -> None:
    events = events_of("普京与莫迪举行会谈，并会见了法国总统马克龙，还签署了协议。")
    assert not {e for e in events if e[1] == "AGREE"}


def test_a_directed_act_after_talks_is_the_subjects_own() -> None:
    events = events_of("特朗普与内塔尼亚胡举行会谈，并谴责伊朗。")
    assert ("特朗普", "ACCUSE", "伊朗", "asserted") in events
    assert ("内塔尼亚胡", "ACCUSE", "伊朗", "asserted") not in events


JOINED_AFTER_A_TIME_OR_LEAD_CLAUSE = [
    ("拜登与岸田文雄举行会谈，26日还签署了防务协议。", ("拜登", "AGREE", "岸田文雄", "asserted")),
    (
        "拜登与岸田文雄25日举行会谈，会谈结束后，签署了防务协议。",
        ("拜登", "AGREE", "岸田文雄", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_AFTER_A_TIME_OR_LEAD_CLAUSE)
def test_a_time_or_a_lead_clause_may_open_the_joint_act(text, expected) -> None:
    assert expected in events_of(text)


def test_a_subject_of_its_own_takes_no_partner_from_the_talks() -> None:
    events = events_of("拜登与岸田文雄举行会谈，韩国随后签署了协议。")
    assert ("拜登", "AGREE", "岸田文雄", "asserted") not in events


# -- a repression or an accusation named as a noun after 对X的 is the act on X -----------------
# (镇压 is coercion, CAMEO 175 violent repression, not an armed attack)

REPRESSION_OR_CHARGE_NOUN = [
    ("缅甸军政府对缅甸反对派的镇压引发国际谴责。", ("缅甸", "COERCE", "缅甸反对党", "asserted")),
    ("叙利亚政府对叙利亚反对派进行镇压。", ("叙利亚", "COERCE", "叙利亚反对党", "asserted")),
    ("伊朗外交部说，美国对伊朗的指控毫无根据。", ("美国", "ACCUSE", "伊朗", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), REPRESSION_OR_CHARGE_NOUN)
def test_a_repression_or_charge_named_as_a_noun_acts_on_x(text, expected) -> None:
    assert expected in events_of(text)


# -- pressure received from X (受到X的压力) is X's pressure on the one who receives it ----------

PRESSURE_RECEIVED = [
    ("土耳其受到美国的压力，最终推迟了交易。", ("美国", "SANCTION", "土耳其", "asserted")),
    (
        "以色列因为向中国出售预警机而受到美国的巨大压力。",
        ("美国", "SANCTION", "以色列", "asserted"),
    ),
    ("巴西因为向伊朗出口铀而遭到美国的制裁。", ("美国", "SANCTION", "巴西", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), PRESSURE_RECEIVED)
def test_pressure_or_a_sanction_received_from_x_is_x_acting_on_the_receiver(text, expected):
    events = events_of(text)
    assert expected in events
    assert not {e for e in events if e[1] == "SANCTION" and e[2] in {"中国", "伊朗"}}
