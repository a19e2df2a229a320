"""Round 18, helper a3: fresh news about Africa, Latin America, South and Central Asia and
multilateral bodies. Classes fixed: the soldiers of a mutiny or a coup named with other words
(哗变军人, 兵变士兵, 政变部队) and named bare right after the act on them (谴责|哗变军人).

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person.actor.label, r.org.actor.label) for r in extract_article(article(text)).roles}


# -- the soldiers of a mutiny or a coup, in the words African news uses for them ---------------

MUTINEERS = [
    ("马里哗变军人18日扣押了总统凯塔。", ("马里政变军人", "COERCE", "凯塔")),
    ("几内亚兵变士兵5日在首都扣押总统孔戴。", ("几内亚政变军人", "COERCE", "孔戴")),
    ("布基纳法索兵变军人24日扣押了总统卡博雷。", ("布基纳法索政变军人", "COERCE", "卡博雷")),
    (
        "西共体要求尼日尔政变部队立即释放总统巴祖姆。",
        ("西非国家经济共同体", "REQUEST", "尼日尔政变军人"),
    ),
    ("非盟谴责加蓬哗变官兵夺取政权。", ("非盟", "ACCUSE", "加蓬政变军人")),
]


@pytest.mark.parametrize(("text", "expected"), MUTINEERS)
def test_mutineers_are_the_coup_soldiers_of_their_country(text, expected) -> None:
    assert expected in _pairs(text)


def test_mutineers_are_not_their_country() -> None:
    found = _pairs("马里哗变军人18日扣押了总统凯塔。")
    assert not any(s == "马里" for s, _, _ in found)


# -- named bare right after the act: the group the article named before ------------------------

BARE_AFTER_ACT = [
    (
        "非盟要求马里哗变军人释放总统凯塔。南非总统拉马福萨谴责哗变军人扣押凯塔。",
        ("拉马福萨", "ACCUSE", "马里政变军人"),
    ),
    (
        "尼日尔政变军人26日扣押总统巴祖姆。西共体要求政变军人立即释放巴祖姆。",
        ("西非国家经济共同体", "REQUEST", "尼日尔政变军人"),
    ),
    (
        "马里政变士兵扣押了总理西塞。联合国秘书长古特雷斯当天谴责政变士兵的行为。",
        ("古特雷斯", "ACCUSE", "马里政变军人"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_AFTER_ACT)
def test_bare_group_after_an_act_is_the_one_named_before(text, expected) -> None:
    assert expected in _pairs(text)


def test_bare_group_after_an_act_is_not_the_actors_own() -> None:
    # no opposition of any country named before: 美国 condemns no 美国反对党
    found = _pairs("叙利亚政府军与反对派交火。美国谴责反对派。")
    assert not any(o.startswith("美国") for s, _, o in found if s == "美国")


def test_bare_group_after_an_act_never_named_before_is_no_target() -> None:
    assert _pairs("法国总统马克龙谴责政变军人。") == set()


# -- a membership cancelled is a suspension; the cancelling opens a list of acts ---------------

CANCELLED_MEMBERSHIP = [
    (
        "西共体决定取消几内亚的成员国资格。",
        ("西非国家经济共同体", "SANCTION", "几内亚", "asserted"),
    ),
    ("西共体宣布取消马里的成员国身份。", ("西非国家经济共同体", "SANCTION", "马里", "asserted")),
    ("非盟表示将取消尼日尔的成员国身份。", ("非盟", "SANCTION", "尼日尔", "intended")),
]


@pytest.mark.parametrize(("text", "expected"), CANCELLED_MEMBERSHIP)
def test_cancelling_a_membership_suspends_the_member(text, expected) -> None:
    assert expected in events_of(text)


def test_acts_listed_after_a_cancelled_membership_are_not_cancelled() -> None:
    found = events_of("西共体表示将取消马里的成员国身份、关闭与马里的边境、冻结马里的资产。")
    assert ("西非国家经济共同体", "SANCTION", "马里", "intended") in found
    assert not any(status == "negated" for _, _, _, status in found)


def test_talks_listed_under_a_cancelling_verb_stay_cancelled() -> None:
    found = events_of("中方决定取消对美国的访问、会谈。")
    assert ("中国", "CONSULT", "美国", "negated") in found
    assert ("中国", "CONSULT", "美国", "asserted") not in found


def test_refusing_to_cancel_a_membership_is_a_refusal() -> None:
    found = _pairs("西共体拒绝取消几内亚的成员国资格。")
    assert ("西非国家经济共同体", "REJECT", "几内亚") in found


# -- a group of member states right before a country describes it (北约成员国土耳其) -----------

MEMBER_STATE_APPOSITION = [
    ("阿富汗代表团访问了北约成员国土耳其。", ("阿富汗", "CONSULT", "土耳其")),
    ("俄罗斯对北约成员国波兰实施制裁。", ("俄罗斯", "SANCTION", "波兰")),
    ("中方同东盟成员国菲律宾举行会谈。", ("中国", "CONSULT", "菲律宾")),
    ("欧盟成员国匈牙利否决了对俄制裁方案。", ("匈牙利", "REJECT", "俄罗斯")),
    ("北约成员国土耳其反对瑞典加入北约。", ("土耳其", "REJECT", "瑞典")),  # 反对…加入 refuses
]


@pytest.mark.parametrize(("text", "expected"), MEMBER_STATE_APPOSITION)
def test_member_state_description_is_no_actor_of_its_own(text, expected) -> None:
    found = _pairs(text)
    assert expected in found
    assert not any(
        s.endswith(("成员国", "国家")) or o.endswith(("成员国", "国家")) for s, _, o in found
    )


MEMBER_STATES_ALONE = [
    ("美国敦促北约盟国增加军费。", ("美国", "REQUEST", "北约国家")),
    ("俄罗斯警告北约国家不要向乌克兰提供武器。", ("俄罗斯", "THREATEN", "北约国家")),
    ("中国愿同东盟国家加强合作。", ("中国", "COOPERATE", "东盟")),
    ("中国愿同东盟成员国加强合作。", ("中国", "COOPERATE", "东盟成员国")),
]


@pytest.mark.parametrize(("text", "expected"), MEMBER_STATES_ALONE)
def test_member_states_named_alone_are_still_the_group(text, expected) -> None:
    assert expected in _pairs(text)


# -- an act called a (grave) mistake is the speaker's accusation of whoever did it --------------

MISTAKES = [
    ("巴基斯坦总理谢里夫7日发表讲话,称印度空袭是一个严重错误。", ("谢里夫", "ACCUSE", "印度")),
    ("伊朗外长表示,美国退出伊核协议是一个错误。", ("伊朗", "ACCUSE", "美国")),
    ("委内瑞拉外交部发表声明说,美国的制裁决定是重大错误。", ("委内瑞拉外交部", "ACCUSE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), MISTAKES)
def test_an_act_called_a_mistake_is_accused(text, expected) -> None:
    assert expected in _pairs(text)


@pytest.mark.parametrize(
    "text", ["专家认为,这一政策存在严重错误。", "美国承认在撤军问题上犯了严重错误。"]
)
def test_a_mistake_of_nobody_else_is_no_accusation(text) -> None:
    assert not any(t == "ACCUSE" for _, t, _ in _pairs(text))


def test_bare_group_after_an_act_is_of_the_country_in_focus() -> None:
    found = _pairs("马里总统凯塔18日宣布辞职。非盟谴责政变军人扣押凯塔。")
    assert ("非盟", "ACCUSE", "马里政变军人") in found
    assert ("马里政变军人", "COERCE", "凯塔") in found
    assert ("非盟", "COERCE", "凯塔") not in found


# -- a two-character name jieba knows only as a name, named again bare --------------------------

BARE_NAMES_AGAIN = [
    ("马里总统凯塔14日抵达北京。习近平当天会见了凯塔。", ("习近平", "CONSULT", "凯塔")),
    ("马里总统凯塔18日被扣押。西共体谴责政变军人扣押凯塔。", ("马里政变军人", "COERCE", "凯塔")),
]


@pytest.mark.parametrize(("text", "expected"), BARE_NAMES_AGAIN)
def test_a_name_given_after_a_title_names_the_person_again(text, expected) -> None:
    assert expected in _pairs(text)


def test_a_common_word_after_a_title_is_no_name_later() -> None:
    found = _pairs("美国总统特朗普会见日本首相。双方讨论了高峰会议的安排。")
    assert not any("高峰" in (s + o) for s, _, o in found)


# -- 武 is a letter of transliterated names (恰武什奥卢, 武契奇) ---------------------------------

FOREIGN_NAMES_WITH_WU = [
    ("土耳其外长恰武什奥卢当日下午在安卡拉会见了伊朗外长。", ("恰武什奥卢", "土耳其")),
    ("塞尔维亚总统武契奇当天在贝尔格莱德会见了王毅。", ("武契奇", "塞尔维亚")),
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN_NAMES_WITH_WU)
def test_a_transliterated_name_runs_past_wu(text, expected) -> None:
    assert expected in _roles(text)


def test_wu_opening_a_word_after_a_title_is_no_name() -> None:
    assert _roles("国防部长武装部队总司令出席了仪式。") == set()


# -- a determiner of the occasion (这次, 本届) is no gap before the body that holds it ----------

THIS_TIME = [
    ("美国抵制这次G20峰会。", ("美国", "REJECT", "二十国集团")),
    ("美国宣布抵制本届二十国集团峰会。", ("美国", "REJECT", "二十国集团")),
    ("阿根廷总统拒绝出席此次金砖国家峰会。", ("阿根廷", "REJECT", "金砖国家")),
]


@pytest.mark.parametrize(("text", "expected"), THIS_TIME)
def test_an_occasion_determiner_is_no_gap(text, expected) -> None:
    subject, kind, obj = expected
    assert any(s.startswith(subject) and t == kind and o == obj for s, t, o in _pairs(text))


def test_an_occasion_determiner_before_no_body_names_no_target() -> None:
    assert _pairs("俄罗斯谴责这次袭击。") == set()


# -- doing something together is cooperation, saying something together is not --------------

SAID_TOGETHER = [
    "俄罗斯和中国今天在安理会联手发言,共同批评美国。",
    "俄罗斯和中国在安理会联手批评美国。",
    "中俄两国在联合国携手发声,呼吁美国停止单边制裁。",
]


@pytest.mark.parametrize("text", SAID_TOGETHER)
def test_speaking_out_together_is_no_cooperation(text) -> None:
    found = _pairs(text)
    assert not any(t == "COOPERATE" for _, t, _ in found)


def test_those_who_speak_together_still_accuse() -> None:
    found = _pairs("俄罗斯和中国在安理会联手批评美国。")
    assert {("俄罗斯", "ACCUSE", "美国"), ("中国", "ACCUSE", "美国")} <= found


WORKING_TOGETHER = [
    ("中国和巴西联手打造新能源产业链。", ("中国", "COOPERATE", "巴西")),
    ("俄罗斯与伊朗联手对抗美国制裁。", ("俄罗斯", "COOPERATE", "伊朗")),
]


@pytest.mark.parametrize(("text", "expected"), WORKING_TOGETHER)
def test_working_together_is_cooperation(text, expected) -> None:
    assert expected in _pairs(text)


# -- a retaliation against a side that struck the one who retaliates is an armed one -----------

ARMED_RETALIATION = [
    (
        "巴基斯坦总理谢里夫7日称,将对印方采取报复行动。印度军队7日凌晨空袭巴基斯坦境内目标。",
        ("谢里夫", "ASSAULT", "印度", "intended"),
    ),
    (
        "以色列13日空袭伊朗核设施。伊朗最高领袖哈梅内伊表示将对以色列进行报复。",
        ("哈梅内伊", "ASSAULT", "以色列", "intended"),
    ),
    (  # a vow of revenge is a threat (round 29, helper re): the vow, not a planned strike
        "以色列13日空袭伊朗核设施。伊朗最高领袖哈梅内伊誓言将对以色列进行报复。",
        ("哈梅内伊", "THREATEN", "以色列", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARMED_RETALIATION)
def test_retaliating_against_an_attacker_is_armed(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    subject, _, obj, _ = expected
    assert not any(s == subject and t == "SANCTION" and o == obj for s, t, o, _ in found)


UNARMED_RETALIATION = [
    ("美国对中国加征关税。中方表示将采取报复行动。", ("中国", "SANCTION", "美国")),
    ("以色列空袭伊朗。伊朗宣布对美国采取报复措施。", ("伊朗", "SANCTION", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), UNARMED_RETALIATION)
def test_retaliating_against_no_attacker_is_a_countermeasure(text, expected) -> None:
    assert expected in _pairs(text)


# -- the pair in focus exchanging fire: both sides fight, whoever struck first -----------------

PAIR_FIGHTS = [
    "巴基斯坦空袭阿富汗。双方随后发生交火。",
    "巴基斯坦空袭阿富汗。两国逾一周以来爆发激烈边境冲突。",
    "印度向巴基斯坦发射导弹。双方此后多次交火。",
]


@pytest.mark.parametrize("text", PAIR_FIGHTS)
def test_a_pair_that_fights_fights_both_ways(text) -> None:
    found = _pairs(text)
    first = next(iter(p for p in found if p[1] == "ASSAULT"))
    assert (first[2], "ASSAULT", first[0]) in found


def test_a_war_named_by_its_sides_is_still_the_attackers_only() -> None:
    found = _pairs("俄罗斯向乌克兰发射无人机。这是俄乌战争中规模最大的一波。")
    assert ("乌克兰", "ASSAULT", "俄罗斯") not in found


# -- defences or alert raised against the side in focus -----------------------------------------

DEFENCES_RAISED = [
    ("为应对巴方可能采取的报复行动,印方已加强其海、陆、空防御。", ("印度", "MOBILIZE", "巴基斯坦")),
    ("印度空袭巴基斯坦。巴基斯坦随即加强边境戒备。", ("巴基斯坦", "MOBILIZE", "印度")),
    ("朝鲜试射导弹后,韩国军方提高了戒备级别。", ("韩军", "MOBILIZE", "朝鲜")),
]


@pytest.mark.parametrize(("text", "expected"), DEFENCES_RAISED)
def test_defences_raised_against_the_side_in_focus(text, expected) -> None:
    subject, kind, obj = expected
    assert any(s.startswith(subject[:2]) and t == kind and o == obj for s, t, o in _pairs(text))


@pytest.mark.parametrize("text", ["中国将加强国防和防御能力建设。", "日本决定加强西南诸岛防御。"])
def test_defences_raised_against_nobody_named_are_no_event(text) -> None:
    assert _pairs(text) == set()


# -- a decision not to meet, deal or cooperate is a refusal made --------------------------------

DECIDED_NOT_TO = [
    ("巴西决定不加入中国的“一带一路”倡议。", ("巴西", "REJECT", "中国")),
    ("印度宣布不参加与巴基斯坦的会谈。", ("印度", "REJECT", "巴基斯坦")),
]


@pytest.mark.parametrize(("text", "expected"), DECIDED_NOT_TO)
def test_a_decision_not_to_is_a_refusal(text, expected) -> None:
    assert expected in _pairs(text)


@pytest.mark.parametrize(
    "text", ["巴西还没有加入中国的“一带一路”倡议。", "美国宣布不对中国加征关税。"]
)
def test_not_yet_done_or_a_hostile_act_forgone_is_no_refusal(text) -> None:
    assert not any(t == "REJECT" for _, t, _ in _pairs(text))


# -- an act faced (面临X的指控) is the act of the one named after 面临 ---------------------------

FACED = [
    ("巴基斯坦长期面临美国的指控。", ("美国", "ACCUSE", "巴基斯坦")),
    ("伊朗面临美国的制裁。", ("美国", "SANCTION", "伊朗")),
    ("中国企业面临美国的打压。", ("美国", "SANCTION", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), FACED)
def test_an_act_faced_is_done_by_its_agent(text, expected) -> None:
    found = _pairs(text)
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found


def test_a_challenge_faced_is_no_act() -> None:
    assert _pairs("两国面临共同的挑战。") == set()


# -- a ruling that a side broke the rules is the ruling body's accusation ----------------------

RULINGS = [
    ("世贸组织专家组裁定美国的做法违反世贸规则。", ("世界贸易组织", "ACCUSE", "美国")),
    ("国际法院裁定以色列违反国际法。", ("国际法院", "ACCUSE", "以色列")),
    ("世贸组织专家组裁定,美国301关税措施违反世贸组织规则。", ("世界贸易组织", "ACCUSE", "美国")),
    ("中方认为加方做法严重违反世贸组织规则。", ("中国", "ACCUSE", "加拿大")),
]


@pytest.mark.parametrize(("text", "expected"), RULINGS)
def test_a_ruling_of_a_breach_accuses(text, expected) -> None:
    assert expected in _pairs(text)


def test_a_ruling_keeps_the_act_it_rules_on() -> None:
    found = _pairs("世贸组织裁定美国对华加征关税违反世贸规则。")
    assert {("世界贸易组织", "ACCUSE", "美国"), ("美国", "SANCTION", "中国")} <= found


@pytest.mark.parametrize("text", ["世贸组织专家组裁定中方胜诉。", "法院裁定驳回该公司的诉讼请求。"])
def test_a_ruling_of_no_breach_accuses_nobody(text) -> None:
    assert not any(t == "ACCUSE" for _, t, _ in _pairs(text))


# -- a side's flights, ships or aircraft banned ---------------------------------------------------

BANNED_CRAFT = [
    ("巴基斯坦禁止印度航班飞越其领空。", ("巴基斯坦", "SANCTION", "印度")),
    ("印度禁止巴基斯坦船只停靠印度港口。", ("印度", "SANCTION", "巴基斯坦")),
    ("加拿大宣布禁止俄罗斯飞机进入其领空。", ("加拿大", "SANCTION", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), BANNED_CRAFT)
def test_a_sides_craft_banned_is_a_sanction(text, expected) -> None:
    assert expected in _pairs(text)


@pytest.mark.parametrize("text", ["该机场禁止无人机飞越。", "当局禁止所有航班起降。"])
def test_craft_of_nobody_banned_is_no_event(text) -> None:
    assert _pairs(text) == set()


# -- 出席…峰会并对X进行国事访问: the second verb is the attender's --------------------------------

ATTEND_AND_VISIT = [
    ("习近平将出席金砖国家峰会并对南非进行国事访问。", ("习近平", "CONSULT", "南非")),
    (
        "国家主席习近平将出席金砖国家领导人第十五次会晤并对南非进行国事访问。",
        ("习近平", "CONSULT", "南非"),
    ),
    ("李强将出席上合组织峰会并对哈萨克斯坦进行正式访问。", ("李强", "CONSULT", "哈萨克斯坦")),
    ("王毅将出席东盟会议并访问马来西亚。", ("王毅", "CONSULT", "马来西亚")),
]


@pytest.mark.parametrize(("text", "expected"), ATTEND_AND_VISIT)
def test_the_joined_visit_is_the_attenders(text, expected) -> None:
    found = _pairs(text)
    assert expected in found
    assert not any(
        s in {"金砖国家", "上海合作组织", "东盟"} and o == expected[2] for s, _, o in found
    )


def test_a_pair_with_a_predicate_of_its_own_goes_on() -> None:
    found = _pairs("中国和巴西举行会谈并签署协议。")
    assert ("中国", "AGREE", "巴西") in found or ("巴西", "AGREE", "中国") in found


# -- an attack condemned is not the condemner's, even when the clause borrows its subject --------

CONDEMNED_DEEDS = [
    "中方发表声明,谴责对伊朗的袭击。",
    "金砖国家外长发表联合声明,强烈谴责对伊朗核设施的军事打击。",
    "以色列13日空袭伊朗。金砖国家发表联合声明,谴责对伊朗的袭击。",
]


@pytest.mark.parametrize("text", CONDEMNED_DEEDS)
def test_the_one_who_condemns_an_attack_made_none(text) -> None:
    found = _pairs(text)
    assert not any(s in {"中国", "金砖国家"} and t == "ASSAULT" for s, t, _ in found)


def test_an_attack_announced_is_still_the_announcers() -> None:
    assert ("美国", "ASSAULT", "伊朗") in _pairs("美国宣布,将对伊朗的核设施发动打击。")


# -- a measure a demand asks to end exists; ending it oneself eases it --------------------------

ENDING_ASKED = [
    ("联合国大会通过决议,呼吁美国结束对古巴的封锁。", ("美国", "SANCTION", "古巴", "asserted")),
    ("中方敦促美方结束对古巴的经济封锁。", ("美国", "SANCTION", "古巴", "asserted")),
    (
        "非盟要求西共体终止对尼日尔的制裁。",
        ("西非国家经济共同体", "SANCTION", "尼日尔", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENDING_ASKED)
def test_a_measure_asked_to_end_exists(text, expected) -> None:
    assert expected in events_of(text)


def test_ending_sanctions_oneself_eases_them() -> None:
    assert ("美国", "CONCEDE", "古巴") in _pairs("美国宣布结束对古巴的制裁。")


def test_ending_a_conflict_names_no_measure() -> None:
    assert _pairs("双方同意结束冲突。") == set()


# -- an attack on a named side condemned with no maker named: the one who attacked ---------------

ATTACK_CONDEMNED = [
    (
        "以色列13日空袭伊朗。金砖国家发表联合声明,谴责对伊朗的袭击。",
        ("金砖国家", "ACCUSE", "以色列"),
    ),
    ("以色列13日空袭伊朗。中方谴责对伊朗的袭击。", ("中国", "ACCUSE", "以色列")),
    ("以色列空袭加沙。联合国秘书长谴责针对平民的袭击。", ("联合国", "ACCUSE", "以色列")),
]


@pytest.mark.parametrize(("text", "expected"), ATTACK_CONDEMNED)
def test_an_attack_condemned_accuses_its_maker(text, expected) -> None:
    assert expected in _pairs(text)


def test_an_attack_condemned_with_no_attack_reported_accuses_nobody() -> None:
    assert _pairs("中方谴责对伊朗的袭击。") == set()


def test_an_attack_condemned_with_its_maker_named_accuses_that_maker() -> None:
    found = _pairs("以色列空袭加沙。美国谴责伊朗对以色列的袭击。")
    assert ("美国", "ACCUSE", "伊朗") in found
    assert ("美国", "ACCUSE", "以色列") not in found


# -- posts of African and Latin American governments -------------------------------------------

POSTS = [
    ("委内瑞拉执行副总统罗德里格斯谴责美国。", ("罗德里格斯", "委内瑞拉")),
    ("肯尼亚首席内阁秘书穆达瓦迪会见了王毅。", ("穆达瓦迪", "肯尼亚")),
    ("肯尼亚外交部首席秘书穆达瓦迪会见了王毅。", ("穆达瓦迪", "肯尼亚外交部")),
    ("南非国际关系与合作部长拉莫拉会见了王毅。", ("拉莫拉", "南非")),
]


@pytest.mark.parametrize(("text", "expected"), POSTS)
def test_posts_of_african_and_latin_american_governments(text, expected) -> None:
    assert expected in _roles(text)


def test_south_africas_foreign_ministry_is_its_ministry_of_foreign_affairs() -> None:
    found = _pairs("南非国际关系与合作部发表声明,谴责以色列。")
    assert ("南非外交部", "ACCUSE", "以色列") in found


def test_pakistans_military_press_wing_holds_its_spokesmans_post() -> None:
    found = _roles("巴基斯坦三军新闻局局长乔杜里7日称,印度的空袭造成31名平民丧生。")
    assert ("乔杜里", "巴基斯坦三军新闻局") in found


def test_pakistans_military_press_wing_acts() -> None:
    found = _pairs("巴基斯坦三军新闻局发表声明,指责印度违反停火协议。")
    assert ("巴基斯坦三军新闻局", "ACCUSE", "印度") in found


# -- tariffs named first, then put off: eased ----------------------------------------------------

TARIFFS_PUT_OFF = [
    ("美国对墨西哥的关税推迟一个月实施。", ("美国", "CONCEDE", "墨西哥")),
    ("美国对墨西哥加征关税从现在起暂停1个月。", ("美国", "CONCEDE", "墨西哥")),
    ("美国对加拿大的关税暂缓30天执行。", ("美国", "CONCEDE", "加拿大")),
]


@pytest.mark.parametrize(("text", "expected"), TARIFFS_PUT_OFF)
def test_tariffs_put_off_are_eased(text, expected) -> None:
    assert expected in _pairs(text)


def test_tariffs_not_put_off_stay_a_sanction() -> None:
    found = _pairs("美国宣布对墨西哥加征关税,中方暂停进口美国大豆。")
    assert ("美国", "SANCTION", "墨西哥") in found
    assert ("美国", "CONCEDE", "墨西哥") not in found


# -- what one is briefed about is not aimed at the one briefed -----------------------------------


def test_an_act_told_of_in_a_briefing_is_not_aimed_at_the_listener() -> None:
    found = _pairs("敏昂莱向东盟各国领导人介绍了缅甸抗议示威活动的情况。")
    assert not any(o == "东盟国家" for _, _, o in found)


def test_an_act_told_of_in_a_briefing_keeps_its_own_actors() -> None:
    found = _pairs("古特雷斯向安理会通报了以色列袭击加沙的情况。")
    assert ("以色列", "ASSAULT", "加沙") in found


def test_an_act_aimed_through_xiang_without_a_briefing_stays() -> None:
    assert ("中国", "ACCUSE", "美国") in _pairs("中方向美方提出严正交涉。")
