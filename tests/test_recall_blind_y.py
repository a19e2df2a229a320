"""Recall and precision on a blind round about the Americas (US relations with Latin America
and Canada, China in Latin America, migration and drug disputes): adverbs of resolve that
hold a negator, calls placed to someone (打电话给), lists of titled people whose organ the
gazetteer lacks, names jieba runs into a copula or cuts inside, actors taken off a list, votes
counted, strikes dealt with economic means, goods a tariff is laid on, and passives that
describe a list of actors.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

from kg.actors import find_actors
from kg.gazetteer import load_gazetteer

# -- 毫不犹豫, 毫无保留, 不遗余力: a negator inside an adverb of resolve negates nothing ---------

RESOLVE = [
    ("卢拉表示，他会毫不犹豫地与特朗普通话。", ("卢拉", "CONSULT", "特朗普", "intended")),
    ("中方毫无保留地支持古巴维护国家主权。", ("中国", "SUPPORT", "古巴", "asserted")),
    ("美国不遗余力地援助以色列。", ("美国", "AID", "以色列", "asserted")),
    ("俄罗斯将坚定不移地支持委内瑞拉。", ("俄罗斯", "SUPPORT", "委内瑞拉", "intended")),
]


@pytest.mark.parametrize(("text", "expected"), RESOLVE)
def test_adverb_of_resolve_is_no_negation(text, expected) -> None:
    assert expected in events_of(text)


def test_plain_negation_still_negates() -> None:
    assert ("古巴", "SUPPORT", "美国", "negated") in events_of("古巴不支持美国的提议。")


# -- 打电话给X: a call placed to someone ------------------------------------------

CALLS = [
    ("卢拉说，如果特朗普准备好谈判，他会打电话给特朗普。", ("卢拉", "特朗普", "hypothetical")),
    ("墨西哥总统辛鲍姆周三打电话给特朗普，讨论关税问题。", ("辛鲍姆", "特朗普", "asserted")),
    ("阿根廷总统米莱表示，他不会打电话给卢拉。", ("米莱", "卢拉", "negated")),
]


@pytest.mark.parametrize(("text", "expected"), CALLS)
def test_call_placed_to_someone_is_consult(text, expected) -> None:
    subject, obj, status = expected
    assert (subject, "CONSULT", obj, status) in events_of(text)


def test_call_to_no_actor_is_no_event() -> None:
    assert events_of("许多民众打电话给电视台表达不满。") == set()


# -- 对A、(organ)部长B、C实施制裁: each titled person of the list ---------------------------------

TITLED_LISTS = [
    (
        "美国国务院宣布对古巴国家主席迪亚斯-卡内尔、革命武装力量部长洛佩斯、内务部长阿尔瓦雷斯实施签证限制。",
        {"迪亚斯-卡内尔", "洛佩斯", "阿尔瓦雷斯"},
    ),
    (
        "美国财政部对委内瑞拉总统马杜罗、国家情报局局长冈萨雷斯和最高法院院长莫雷诺实施制裁。",
        {"马杜罗", "冈萨雷斯", "莫雷诺"},
    ),
]


@pytest.mark.parametrize(("text", "targets"), TITLED_LISTS)
def test_each_titled_person_of_a_list_is_a_target(text, targets) -> None:
    found = {o for _, t, o, _ in events_of(text) if t == "SANCTION"}
    assert targets <= found


def test_listed_people_meeting_someone_each_meet() -> None:
    found = events_of("伊朗外长扎里夫、原子能组织主席萨利希会见了国际原子能机构总干事格罗西。")
    assert {s for s, t, _, _ in found if t == "CONSULT"} >= {"扎里夫", "萨利希"}


def test_a_verb_between_list_items_stays_a_verb() -> None:
    found = events_of("美国制裁伊朗外长扎里夫，支持以色列总理内塔尼亚胡。")
    assert ("美国", "SUPPORT", "内塔尼亚胡", "asserted") in found
    assert ("美国", "SANCTION", "内塔尼亚胡", "asserted") not in found


# -- names: a copula jieba joins to a name, a syllable it reads as a verb -----------------------


def _people(text: str) -> set[str]:
    found = find_actors(text, 0, len(text), load_gazetteer())
    return {m.text for m in found.mentions if m.actor.type == "Person"}


def test_copula_after_a_name_is_no_part_of_it() -> None:
    assert "裴卓" in _people("川普称哥伦比亚总统裴卓是“非法毒品首脑”。")
    assert "裴卓是" not in _people("川普称哥伦比亚总统裴卓是“非法毒品首脑”。")


def test_long_dotted_name_keeps_a_syllable_read_as_a_verb() -> None:
    text = "墨西哥总统安德烈斯·曼努埃尔·洛佩斯·奥夫拉多尔（AMLO）周五表示，他不会出席。"
    assert "安德烈斯·曼努埃尔·洛佩斯·奥夫拉多尔" in _people(text)


def test_dotted_name_goes_on_past_a_hyphen() -> None:
    text = "特使毛里西奥·克拉弗-卡罗内周二批评中国。"
    assert any(name.startswith("毛里西奥·克拉弗-卡罗") for name in _people(text))


# -- 将X从…名单中移除: taking an actor off a list eases a sanction ------------------------------

DELISTED = [
    ("拜登政府宣布将古巴从“支恐国家名单”中移除。", ("美国", "CONCEDE", "古巴", "asserted")),
    ("美国财政部将白俄罗斯从制裁名单中移除。", ("美国财政部", "CONCEDE", "白俄罗斯", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), DELISTED)
def test_taking_off_a_list_is_concede(text, expected) -> None:
    assert expected in events_of(text)


def test_putting_on_a_list_stays_a_sanction() -> None:
    assert ("美国", "SANCTION", "古巴", "asserted") in events_of("美国将古巴列入支恐国家名单。")


def test_delisting_asked_for_is_no_act_of_the_asker() -> None:
    found = events_of("中方敦促美方立即取消对古巴的封锁制裁，将古巴从“支恐国家名单”中移除。")
    assert ("中国", "REQUEST", "美国", "asserted") in found
    assert not {e for e in found if e[0] == "中国" and e[1] in {"SANCTION", "CONCEDE"}}


# -- 等9国反对, beside votes cast: a tally of votes opposes nobody in focus ---------------------


def test_states_counted_against_in_a_tally_accuse_nobody() -> None:
    text = "18个成员国中，美国、加拿大等12国投票支持，墨西哥、玻利维亚等4国反对，另有2国弃权。"
    assert not {e for e in events_of(text) if e[1] == "ACCUSE"}


def test_opposition_after_a_vote_still_opposes_the_side_in_focus() -> None:
    found = events_of("美国对伊朗实施新制裁。俄罗斯投票支持决议，中国表示反对。")
    assert ("中国", "ACCUSE", "美国", "asserted") in found


# -- 以关税、制裁等措施对X进行打击: a strike dealt with economic means is a sanction ------------

ECONOMIC_STRIKES = [
    "特朗普宣布以征收高关税、实施制裁等报复措施，对哥伦比亚进行打击。",
    "美国以出口禁令对华为进行打击。",
]


@pytest.mark.parametrize("text", ECONOMIC_STRIKES)
def test_strike_with_economic_means_is_sanction(text) -> None:
    found = events_of(text)
    assert {t for _, t, _, _ in found} == {"SANCTION"}


def test_strike_with_arms_stays_an_attack() -> None:
    found = events_of("以色列以空袭和炮击对哈马斯进行打击。")
    assert ("以色列", "ASSAULT", "哈马斯", "asserted") in found


# -- 对X出口…的货品加征关税: the trade verb describes the goods the tariff is laid on -----------

GOODS_TAXED = [
    ("特朗普宣布对墨西哥所有出口美国货品加征5%关税。", ("特朗普", "墨西哥")),
    ("美国对加拿大出口到美国的汽车加征关税。", ("美国", "加拿大")),
]


@pytest.mark.parametrize(("text", "pair"), GOODS_TAXED)
def test_goods_described_by_trade_are_no_trade(text, pair) -> None:
    subject, obj = pair
    found = events_of(text)
    assert (subject, "SANCTION", obj, "asserted") in found
    assert not {e for e in found if e[1] == "COOPERATE"}


def test_trade_stopped_then_a_sanction_is_an_embargo_and_a_sanction() -> None:
    # the goods rule leaves stopped trade alone: it is an embargo (the trade round made the split
    # trigger own its span, so no negated trade is reported beside it)
    found = events_of("中国停止对美国出口稀土并实施制裁。")
    assert ("中国", "SANCTION", "美国", "asserted") in found
    assert ("中国", "COOPERATE", "美国", "negated") not in found


# -- 受到X制裁的(国家——)A、B和C: a passive describing a list acts on each of its actors -------

PASSIVE_LISTS = [
    "遭到美国制裁的国家——古巴、委内瑞拉和尼加拉瓜——均未受到邀请。",
    "他表示，受到美国制裁的古巴、委内瑞拉和尼加拉瓜也应受到邀请。",
]


@pytest.mark.parametrize("text", PASSIVE_LISTS)
def test_passive_describing_a_list_acts_on_each(text) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert {("美国", "SANCTION", c) for c in ("古巴", "委内瑞拉", "尼加拉瓜")} <= found


def test_passive_describing_one_actor_acts_on_it_alone() -> None:
    found = events_of("受到美国制裁的伊朗和俄罗斯加强合作。")
    assert ("美国", "SANCTION", "伊朗", "asserted") in found


# -- (哥伦比亚总统)裴卓: a translator's bracket around a title before a name -------------------


def test_bracketed_title_before_a_name_names_the_person() -> None:
    text = "特朗普写道：“(哥伦比亚总统)裴卓拒绝那些航班降落，危及美国国家安全。”"
    assert "裴卓" in _people(text)


def test_bracket_closed_after_a_title_alone_names_nobody() -> None:
    assert not _people("该国外长(已于上月辞职)表示遗憾。")


# -- 在会中 is "in the meeting", not "will"; a light verb before the trigger closes a 对-phrase --

STATUS_KEPT = [
    (
        "委内瑞拉请求召开安理会紧急会议，并在会中指责美国。",
        ("委内瑞拉", "ACCUSE", "美国", "asserted"),
    ),
    (
        "特朗普对墨西哥在移民和毒品管控上的承诺表达感谢。",
        ("特朗普", "SUPPORT", "墨西哥", "asserted"),
    ),
    ("美方对中方愿意合作表示欢迎。", ("美国", "SUPPORT", "中国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), STATUS_KEPT)
def test_words_inside_a_phrase_are_no_cue(text, expected) -> None:
    assert expected in events_of(text)


def test_will_before_a_verb_still_intends() -> None:
    assert ("美国", "SANCTION", "古巴", "intended") in events_of("美国会对古巴实施新的制裁。")


# -- 对X在…问题上的…表示不满: where the actor acts is no topic that hides it ---------------------

CONDUCT_ON_A_QUESTION = [
    ("中方对美方在台湾问题上的错误言行表示强烈不满。", ("中国", "ACCUSE", "美国", "asserted")),
    ("中方对日方在历史问题上的错误做法予以谴责。", ("中国", "ACCUSE", "日本", "asserted")),
    ("特朗普对墨西哥在移民问题上的承诺表达感谢。", ("特朗普", "SUPPORT", "墨西哥", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), CONDUCT_ON_A_QUESTION)
def test_conduct_on_a_question_is_judged(text, expected) -> None:
    assert expected in events_of(text)


def test_a_question_talked_about_is_still_a_topic() -> None:
    found = events_of("王毅与布林肯就台湾问题交换意见。")
    assert ("王毅", "CONSULT", "布林肯", "asserted") in found
    assert not {e for e in found if "台湾" in (e[0], e[2])}


# -- 部署…,对X实施…: forces deployed against the one the next clause presses ----------------

DEPLOYED_AGAINST = [
    ("美国在加勒比海部署大批军力，对委内瑞拉实施海上封锁。", ("美国", "委内瑞拉")),
    ("美国在中东部署航母，向伊朗施压。", ("美国", "伊朗")),
]


@pytest.mark.parametrize(("text", "pair"), DEPLOYED_AGAINST)
def test_deployment_before_pressure_targets_the_pressed(text, pair) -> None:
    subject, obj = pair
    assert (subject, "MOBILIZE", obj, "asserted") in events_of(text)


def test_deployment_before_a_remark_targets_nobody() -> None:
    found = events_of("美国在中东部署航母，对伊朗局势表示关切。")
    assert not {e for e in found if e[1] == "MOBILIZE"}


# -- a notice that acts (发布公告…。公告谴责…) stands for its issuer, as a statement does ------

NOTICES = [
    (
        "委内瑞拉政府9日发布公告，重申将退出美洲国家组织。公告谴责该组织任命反对派代表。",
        ("委内瑞拉", "ACCUSE", "美洲国家组织", "asserted"),
    ),
    (
        "古巴外交部发表声明。声明谴责美国加强封锁。",
        ("古巴外交部", "ACCUSE", "美国", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOTICES)
def test_document_that_acts_stands_for_its_issuer(text, expected) -> None:
    assert expected in events_of(text)


# -- “…”他说:“…”: who speaks a quotation is named before the verb after it ------------------


def test_actor_inside_the_next_quotation_does_not_speak_the_first() -> None:
    text = (
        "卢拉接受专访时表示，他计划与中国通话。"
        "“特朗普正在搞单边主义，”他说：“一个拉美小国能与美国讨价还价到什么程度？”"
    )
    assert not {e for e in events_of(text) if e[0] == "拉美"}


# -- 重申X对Y的指控: who restates another's act named as a noun does it too ---------------------

RESTATED = [
    ("美国常驻联合国代表沃尔兹重申特朗普对马杜罗的指控。", ("沃尔兹", "ACCUSE", "马杜罗")),
    ("英国首相附和特朗普对伊朗的批评。", ("英国", "ACCUSE", "伊朗")),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED)
def test_restating_an_act_does_it(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


def test_minister_restating_his_state_adds_nobody() -> None:
    found = events_of("王毅重申中方对古巴的支持。")
    assert found == {("中国", "SUPPORT", "古巴", "asserted")}


def test_taking_off_a_white_list_stays_a_sanction() -> None:
    assert ("日本", "SANCTION", "韩国", "asserted") in events_of("日本从出口白名单中删除韩国。")


# -- 这番言论具冒犯性, 具有侮辱性: a judgement of remarks accuses their author -----------------

OFFENSIVE = [
    (
        "特朗普称哥伦比亚总统裴卓是“非法毒品首脑”，裴卓政府表示这番言论具冒犯性。",
        ("哥伦比亚", "ACCUSE", "特朗普"),  # 裴卓政府: Petro's government, as 佩特罗政府 (ze, r34)
    ),
    (
        "美国总统称墨西哥移民是罪犯，墨西哥外交部表示这番言论具有侮辱性。",
        ("墨西哥外交部", "ACCUSE", "美国"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFENSIVE)
def test_offensive_remarks_accuse_their_author(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 不急于A或进行B: a verb joined by 或 shares the negation of the first -----------------------

OR_NEGATED = [
    ("卢拉表示，他并不急于和美国达成协议或进行反制。", ("卢拉", "SANCTION", "美国", "negated")),
    ("中方不会与美方谈判或采取报复。", ("中国", "SANCTION", "美国", "negated")),
]


@pytest.mark.parametrize(("text", "expected"), OR_NEGATED)
def test_or_joined_verb_shares_the_negation(text, expected) -> None:
    assert expected in events_of(text)


def test_or_joined_verb_shares_an_intention_too() -> None:
    found = events_of("美国可能对伊朗实施制裁或采取军事行动。")
    assert ("美国", "SANCTION", "伊朗", "intended") in found


# -- (即…): a bracket that explains a term names nobody's act ----------------------------------


def test_explained_term_is_no_act() -> None:
    text = "卢拉说，特朗普正在推行单边主义（即与其他国家进行一对一谈判）。"
    assert not {e for e in events_of(text) if e[1] == "CONSULT"}


def test_act_outside_the_explaining_bracket_stays() -> None:
    found = events_of("卢拉批评特朗普推行单边主义（即与其他国家进行一对一谈判）。")
    assert ("卢拉", "ACCUSE", "特朗普", "asserted") in found


# -- 特朗普的拉丁美洲特使X: the region is where the envoy is sent, the sender is whom X serves ----


def _roles(text: str) -> set[tuple[str, str]]:
    found = find_actors(text, 0, len(text), load_gazetteer())
    return {(person.text, org.actor.label) for person, org, _ in found.roles}


def test_envoy_to_a_region_serves_the_sender() -> None:
    roles = _roles("特朗普的拉丁美洲特使毛里西奥·克拉弗-卡罗内称这一协议具有勒索性质。")
    assert ("毛里西奥·克拉弗-卡罗内", "美国") in roles
    assert not {r for r in roles if r[1] == "拉美"}


def test_envoy_to_a_region_with_no_sender_holds_no_post_there() -> None:
    assert not {r for r in _roles("中东特使威特科夫抵达多哈。") if r[1] == "中东"}


def test_ambassador_of_a_territory_keeps_the_post() -> None:
    assert ("沈剑虹", "台湾") in _roles("台湾驻美大使沈剑虹在底特律发表讲话。")


# -- 古巴国家主席A、(organ)部长B: a titled person listed after another holds the post there ------


def test_titled_people_of_a_list_hold_posts_in_its_country() -> None:
    roles = _roles(
        "美国对古巴国家主席迪亚斯-卡内尔、革命武装力量部长洛佩斯、内务部长阿尔瓦雷斯实施制裁。"
    )
    assert {("洛佩斯", "古巴"), ("阿尔瓦雷斯", "古巴")} <= roles


def test_former_post_in_a_list_names_no_country() -> None:
    roles = _roles("专家组成员包括中国疾控中心副主任冯子健、原副主任杨维中等。")
    assert not {r for r in roles if r[0].startswith("杨维")}


# -- 警告,若X…,将对两国经济带来严重影响: harm foretold to both sides threatens nothing ---------


def test_warning_of_harm_to_both_sides_is_no_threat() -> None:
    text = "墨西哥经济部长警告，若美方对墨西哥商品加征关税，将对两国经济带来严重影响。"
    assert not {e for e in events_of(text) if e[1] == "THREATEN"}


def test_warning_of_own_countermeasures_stays_a_threat() -> None:
    found = events_of("中方警告，如果美方一意孤行，中方将采取坚决反制措施。")
    assert ("中国", "THREATEN", "美国", "asserted") in found


# -- 不会接受X干涉内政: refusing to tolerate a deed leaves its judgement standing ---------------


def test_refused_tolerance_keeps_the_judgement() -> None:
    found = events_of("辛鲍姆表示，墨西哥不会接受美国干涉内政。")
    assert ("辛鲍姆", "ACCUSE", "美国", "asserted") in found


def test_denied_accusation_stays_denied() -> None:
    found = events_of("中方从未指责美方搞霸凌。")
    assert ("中国", "ACCUSE", "美国", "asserted") not in found


# -- 抗议者: the protesters, a noun, protest against no one in the sentence ----------------------


def test_protesters_noun_is_no_protest() -> None:
    found = events_of("美洲国家组织秘书长阿尔马格罗谴责马杜罗政府镇压抗议者。")
    assert not {e for e in found if e[1] == "PROTEST"}
    assert ("阿尔马格罗", "ACCUSE", "委内瑞拉", "asserted") in found


def test_protest_verb_still_protests() -> None:
    found = events_of("墨西哥外交部就美方言论提出抗议。")
    assert ("墨西哥外交部", "PROTEST", "美国", "asserted") in found


# -- X闯入Y逮捕Z: what is entered does not act; who enters does the next act -----------------

ENTERED = [
    ("厄瓜多尔警方闯入墨西哥驻厄瓜多尔大使馆逮捕了前副总统格拉斯。", ("厄瓜多尔警方", "格拉斯")),
    ("以色列军队进入加沙逮捕了哈马斯成员。", ("以军", "哈马斯")),
]


@pytest.mark.parametrize(("text", "pair"), ENTERED)
def test_who_enters_does_the_next_act(text, pair) -> None:
    subject, obj = pair
    found = events_of(text)
    assert (subject, "COERCE", obj, "asserted") in found
    assert not {e for e in found if e[0] != subject and e[1] == "COERCE"}


# -- 续签…协议: renewing an agreement signs it; 内务部长X: a minister of the interior -----------


def test_renewed_agreement_is_agree() -> None:
    found = events_of("阿根廷央行与中国人民银行续签了货币互换协议。")
    assert ("阿根廷央行", "AGREE", "中国人民银行", "asserted") in found


def test_interior_minister_is_the_person_sanctioned() -> None:
    found = events_of("美国对古巴内务部长阿尔瓦雷斯实施制裁。")
    assert ("美国", "SANCTION", "阿尔瓦雷斯", "asserted") in found
    assert ("阿尔瓦雷斯", "古巴") in _roles("美国对古巴内务部长阿尔瓦雷斯实施制裁。")


# -- 对价值300亿加元的美国商品: an amount in any currency between 对 and the actor --------------

AMOUNTS = [
    "加拿大宣布对价值300亿加元的美国商品加征25%的反制关税。",
    "墨西哥对200亿比索的美国商品加征关税。",
]


@pytest.mark.parametrize("text", AMOUNTS)
def test_amount_in_a_currency_keeps_the_target(text) -> None:
    assert {(s, o) for s, t, o, _ in events_of(text) if t == "SANCTION"} in (
        {("加拿大", "美国")},
        {("墨西哥", "美国")},
    )


# -- 断绝所谓“外交关系”; 尽快/尽早访华: ties cut with words between; what is wished soon --------


def test_ties_cut_with_words_between() -> None:
    found = events_of("洪都拉斯宣布与台湾断绝所谓“外交关系”。")
    assert ("洪都拉斯", "SANCTION", "台湾", "asserted") in found


def test_visit_as_soon_as_possible_is_intended() -> None:
    found = events_of("秦刚欢迎洪都拉斯总统尽快访华。")
    assert ("洪都拉斯", "CONSULT", "中国", "intended") in found


def test_measure_asked_to_end_soon_stays_in_force() -> None:
    found = events_of("中方敦促美方尽快取消对古巴的制裁。")
    assert ("美国", "SANCTION", "古巴", "asserted") in found


# -- 这个(易受危机影响的)国家: a demonstrative and a description name the last country ----------

DESCRIBED = [
    "阿根廷遭遇货币危机。这个国家正在与国际货币基金组织谈判。",
    "阿根廷遭遇货币危机。这个易受危机影响的国家正在与国际货币基金组织谈判。",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_described_country_is_the_last_named(text) -> None:
    assert ("阿根廷", "CONSULT", "国际货币基金组织", "asserted") in events_of(text)


def test_countries_in_general_name_no_one() -> None:
    found = events_of("阿根廷遭遇货币危机。这些国家都在与国际货币基金组织谈判。")
    assert ("阿根廷", "CONSULT", "国际货币基金组织", "asserted") not in found


# -- 向X商品征税, 对X征收25%的关税: a levy on a country's goods ----------------------------------

LEVIES = [
    ("特朗普宣布对加拿大商品征收25%的关税。", ("特朗普", "SANCTION", "加拿大", "asserted")),
    (
        "特朗普指出，除非墨西哥阻止非法移民越境，否则会向墨西哥商品征税。",
        ("特朗普", "SANCTION", "墨西哥", "hypothetical"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEVIES)
def test_levy_on_goods_is_a_sanction(text, expected) -> None:
    assert expected in events_of(text)


def test_levy_on_no_actor_is_no_event() -> None:
    assert events_of("政府计划对富人征税。") == set()


# -- 拒绝置评: declining to comment refuses no one ------------------------------------------


def test_declining_to_comment_is_no_refusal() -> None:
    found = events_of("阿根廷正与国际货币基金组织谈判。阿根廷央行拒绝置评。")
    assert not {e for e in found if e[1] == "REJECT"}
