"""Recall and precision on a blind round about trade disputes, export controls, sanctions and
countersanctions: lists of people with their posts parted by commas, entry-ban lists and
blacklists named later, exports a firm is barred from making to a country, a leader's term
used as a time, confidence that is dampened, envoys told to leave, licence requirements,
a clause set against the one before, threats of means and of answers in kind, and complaints
filed against a state.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 包括A国总统X，国务卿Y，国防部长Z: a list of posts and names parted by commas -------------

POSTS_LISTED = [
    (
        "俄罗斯宣布禁止30名美国公民入境，其中包括美国总统拜登，国务卿布林肯，国防部长奥斯汀。",
        [
            ("俄罗斯", "SANCTION", "拜登"),
            ("俄罗斯", "SANCTION", "布林肯"),
            ("俄罗斯", "SANCTION", "奥斯汀"),
        ],
    ),
    (
        "日本宣布对俄罗斯实施新一轮制裁。制裁名单包括俄罗斯外长拉夫罗夫，国防部长绍伊古。",
        [("日本", "SANCTION", "拉夫罗夫"), ("日本", "SANCTION", "绍伊古")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSTS_LISTED)
def test_posts_listed_with_commas_are_all_hit(text, expected) -> None:
    found = _triples(text)
    for triple in expected:
        assert triple in found


def test_a_clause_of_its_own_after_the_list_is_no_target() -> None:
    found = _triples(
        "俄罗斯宣布禁止30名美国公民入境，其中包括美国总统拜登，国务卿布林肯随即表示反对。"
    )
    assert ("俄罗斯", "SANCTION", "拜登") in found
    assert ("俄罗斯", "SANCTION", "布林肯") not in found


def test_names_glossed_in_latin_script_stay_in_the_list() -> None:
    found = _triples(
        "俄罗斯禁止美国官员入境，包括国务卿布林肯（Antony Blinken）、防长奥斯汀（Lloyd Austin）。"
    )
    assert ("俄罗斯", "SANCTION", "布林肯") in found
    assert ("俄罗斯", "SANCTION", "奥斯汀") in found


def test_posts_listed_before_the_first_name() -> None:
    found = _triples("俄罗斯宣布禁止美国官员入境，包括国务卿布林肯、国防部长奥斯汀。")
    assert ("俄罗斯", "SANCTION", "布林肯") in found


# -- 禁止名单中还包括…, 受制裁的企业包括…: the targets of the last sanction, listed later -------

LISTED_LATER = [
    (
        "俄罗斯外交部宣布禁止多名美国官员入境。此外，禁止名单中还包括国务卿布林肯。",
        ("俄罗斯外交部", "SANCTION", "布林肯"),
    ),
    (
        "中国决定对美国军工企业采取反制措施。受制裁的企业包括洛克希德·马丁公司和雷神公司。",
        ("中国", "SANCTION", "洛克希德·马丁公司"),
    ),
    (
        "欧盟宣布对俄罗斯实施新制裁。黑名单中包括俄罗斯外长拉夫罗夫。",
        ("欧盟", "SANCTION", "拉夫罗夫"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_LATER)
def test_ban_lists_name_the_targets_of_the_last_sanction(text, expected) -> None:
    assert expected in _triples(text)


def test_a_list_with_no_sanction_before_is_no_event() -> None:
    assert events_of("出席会议的嘉宾名单包括中国外长王毅。") == set()


# -- 限制X向Y出口: the trade goes to Y; the firm that trades is not hit ----------------------

FIRM_BARRED = [
    (
        "荷兰政府限制阿斯麦向中国出口先进光刻机。",
        ("荷兰", "SANCTION", "中国"),
        ("荷兰", "SANCTION", "阿斯麦"),
    ),
    (
        "美国禁止英伟达向中国出口高端芯片。",
        ("美国", "SANCTION", "中国"),
        ("美国", "SANCTION", "英伟达"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), FIRM_BARRED)
def test_an_export_barred_hits_where_it_goes(text, expected, wrong) -> None:
    found = _triples(text)
    assert expected in found
    assert wrong not in found


def test_a_country_barred_from_exporting_to_the_banning_side_is_hit() -> None:
    assert ("美国", "SANCTION", "巴西") in _triples(
        "美国禁止巴西向其出口牛肉，理由是不符合安全标准。"
    )


def test_an_export_barred_with_no_firm_still_hits_where_it_goes() -> None:
    assert ("美国", "SANCTION", "伊朗") in _triples("美国禁止向伊朗出口无人机零部件。")


# -- 特朗普时期颁发的禁令: a leader's term is a time, the leader does not act -----------------


def test_a_leaders_term_does_not_act() -> None:
    found = _triples("美国白宫宣布，决定延续实施特朗普时期颁发的对华投资禁令。")
    assert ("美国", "SANCTION", "中国") in found
    assert ("特朗普", "SANCTION", "中国") not in found


# -- 打击…信心: a confidence is dampened, nobody is attacked ---------------------------------


def test_dampened_confidence_is_no_attack() -> None:
    found = events_of("美国不断加严投资安全审查，严重打击中国企业赴美投资的信心。")
    assert not any(t == "ASSAULT" for _, t, _, _ in found)


def test_a_strike_on_an_actor_is_still_an_attack() -> None:
    assert ("以色列空军", "ASSAULT", "哈马斯") in _triples("以色列空军打击了哈马斯的指挥中心。")


# -- 要求…外交官离境: the envoys told to leave are expelled, no request besides -------------


def test_envoys_told_to_leave_are_expelled_not_asked() -> None:
    found = _triples("俄罗斯外交部宣布，将要求5名波兰驻俄外交官离境。")
    assert ("俄罗斯外交部", "SANCTION", "波兰") in found
    assert ("俄罗斯外交部", "REQUEST", "波兰") not in found


def test_others_told_to_leave_are_still_asked() -> None:
    assert ("中国海警", "REQUEST", "菲律宾") in _triples("中国海警要求菲律宾船只立即离境。")


# -- 出口许可要求: a licence requirement is a rule, not a demand -----------------------------


def test_a_licence_requirement_is_no_demand() -> None:
    found = events_of("荷兰宣布扩大对阿斯麦部分光刻设备的出口许可要求，使荷兰规则与美国保持一致。")
    assert not any(t in {"REQUEST", "COOPERATE"} for _, t, _, _ in found)


# -- 表示不满,而X则…: a clause set against the one before is not what the speech act aims at --


def test_a_contrasting_clause_is_not_the_target() -> None:
    found = _triples("这一决定遭到部分成员国反对，德国明确表示不满，而意大利则投了支持票。")
    assert ("德国", "ACCUSE", "意大利") not in found


def test_a_warning_still_aims_at_the_next_clause() -> None:
    assert ("中国", "THREATEN", "欧盟") in _triples(
        "中国驻欧盟大使警告，欧盟的制裁将导致直接对抗。"
    )


# -- 必要手段, 以牙还牙, 得到应有的回应: threats ------------------------------------------------

THREATS = [
    (
        "美国宣布对华加征关税。中方将采取必要手段坚决维护自身合法权益。",
        ("中国", "THREATEN", "美国"),
    ),
    (
        "美国宣布新一轮对俄制裁。俄罗斯外长拉夫罗夫说：“我们将以牙还牙。”",
        ("拉夫罗夫", "THREATEN", "美国"),
    ),
    (
        "俄罗斯外交部强调，美国采取的敌对行为会继续得到应有的回应。",
        ("俄罗斯外交部", "THREATEN", "美国"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), THREATS)
def test_threats_of_means_and_answers_in_kind(text, expected) -> None:
    assert expected in _triples(text)


def test_an_answer_in_kind_urged_on_nobody_is_no_event() -> None:
    assert events_of("有评论员呼吁以牙还牙。") == set()


# -- 向世贸组织投诉中国: a complaint filed against a state ----------------------------------

COMPLAINTS = [
    ("澳大利亚政府正式向世贸组织投诉中国。", ("澳大利亚", "ACCUSE", "中国")),
    ("韩国政府就出口管制措施向世贸组织申诉日本。", ("韩国", "ACCUSE", "日本")),
]


@pytest.mark.parametrize(("text", "expected"), COMPLAINTS)
def test_a_complaint_against_a_state_is_an_accusation(text, expected) -> None:
    assert expected in _triples(text)


def test_a_complaint_with_no_one_complained_of_is_no_event() -> None:
    assert events_of("韩国已向世贸组织提出申诉。") == set()


# -- 对华|电动汽车: a short form cut with its preposition is China, though 华电 is a word --------

GLUED_SHORTS = [
    ("欧盟决定对华电动汽车征收反补贴税。", ("欧盟", "SANCTION", "中国")),
    ("美国宣布对华电池产品加征关税。", ("美国", "SANCTION", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_SHORTS)
def test_a_short_form_glued_to_its_preposition_is_the_country(text, expected) -> None:
    assert expected in _triples(text)


def test_a_company_name_after_the_preposition_stays_the_company() -> None:
    found = _triples("美国商务部宣布对华为实施新的出口管制。")
    assert ("美国商务部", "SANCTION", "华为") in found
    assert ("美国商务部", "SANCTION", "中国") not in found


# -- 暂停或取消…反制措施, 暂缓或停止…限制: countermeasures and restrictions lifted ------------

LIFTED = [
    ("中国商务部宣布对28家美国实体暂缓或停止相关限制。", ("中国商务部", "CONCEDE", "美国")),
    ("中国宣布暂停对美国的部分反制措施。", ("中国", "CONCEDE", "美国")),
    ("中国商务部决定对12家美国企业停止执行相关措施。", ("中国商务部", "CONCEDE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), LIFTED)
def test_measures_suspended_or_lifted_are_concessions(text, expected) -> None:
    assert expected in _triples(text)


def test_measures_that_lift_others_threaten_nobody() -> None:
    found = _triples("双方发表联合声明，中方将采取必要措施，暂停针对美国的非关税反制措施。")
    assert ("中国", "CONCEDE", "美国") in found
    assert ("中国", "THREATEN", "美国") not in found


def test_measures_to_defend_rights_still_threaten() -> None:
    found = _triples("美国对华加征关税。中方将采取必要措施，坚决维护自身合法权益。")
    assert ("中国", "THREATEN", "美国") in found


# -- 美方应该尊重市场、纠正错误: what the speaker says someone should do is a demand ----------

OUGHT = [
    ("外交部发言人赵立坚强调，美方应该尊重市场、纠正错误。", ("赵立坚", "REQUEST", "美国")),
    ("中方表示，日方应当正视历史。", ("中国", "REQUEST", "日本")),
]


@pytest.mark.parametrize(("text", "expected"), OUGHT)
def test_what_someone_should_do_is_asked_of_them(text, expected) -> None:
    assert expected in _triples(text)


def test_what_someone_should_be_is_no_demand() -> None:
    assert events_of("专家认为，美国必须更加谨慎。") == set()


# -- 限制与中国的双向投资, 对华投资限制, 对X的限制措施: investment restrictions --------------

INVESTMENT = [
    ("白宫发布备忘录，进一步限制与中国的双向投资。", ("美国", "SANCTION", "中国")),
    ("美国财政部宣布强化对华投资限制。", ("美国财政部", "SANCTION", "中国")),
    ("日本对俄罗斯的限制措施仍在继续。", ("日本", "SANCTION", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), INVESTMENT)
def test_investment_restrictions_are_sanctions(text, expected) -> None:
    assert expected in _triples(text)


def test_restrictions_aimed_at_nobody_are_no_event() -> None:
    assert events_of("多国纷纷放宽疫情限制措施，限制投资的规定也被取消。") == set()


# -- 对半导体、生物科技等领域多家中国实体: the fields of the firms hit stand before the country --

SECTORS = [
    (
        "美国商务部对半导体、生物科技等领域多家中国实体实施制裁。",
        ("美国商务部", "SANCTION", "中国"),
    ),
    ("欧盟对能源行业的俄罗斯企业实施制裁。", ("欧盟", "SANCTION", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), SECTORS)
def test_firms_named_by_their_fields_are_still_the_countrys(text, expected) -> None:
    assert expected in _triples(text)


def test_a_field_of_concern_is_no_target() -> None:
    assert events_of("美方对能源领域的合作表示关切。") == set()


# -- 中方注意到美国商务部…,对多家中国实体实施制裁: the noticed actor goes on acting -----------


def test_the_noticed_actor_does_what_hits_the_noticers_side() -> None:
    found = _triples("中方注意到美国商务部滥用出口管制，对多家中国实体实施制裁。")
    assert ("美国商务部", "SANCTION", "中国") in found


def test_the_noticer_goes_on_when_the_act_is_its_own() -> None:
    found = _triples("中方注意到日本政府的声明，对此表示欢迎。")
    assert ("日本政府", "SUPPORT", "中国") not in found


# -- 被列入美国制裁名单, 遭列入美国的清单: the owner named before the list lists ----------------

OWNED_LISTS = [
    ("伊朗实体被列入美国制裁名单。", ("美国", "SANCTION", "伊朗")),
    ("印度、土耳其也有实体遭列入美国的制裁名单。", ("美国", "SANCTION", "土耳其")),
    ("多家俄罗斯实体被列入日本出口管制清单。", ("日本", "SANCTION", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_LISTS)
def test_a_list_named_by_its_owner_is_the_owners(text, expected) -> None:
    assert expected in _triples(text)


def test_a_passive_listing_with_no_owner_and_no_sanction_before_is_no_event() -> None:
    assert events_of("多家伊朗实体被列入名单。") == set()


# -- 贾兰、莱斯都在禁止名单之中: those said to be on the list are its targets ----------------

ON_THE_LIST = [
    (
        "俄罗斯宣布制裁多名美国官员。国务卿布林肯和防长奥斯汀都在制裁名单之中。",
        ("俄罗斯", "SANCTION", "奥斯汀"),
    ),
    (
        "俄罗斯宣布禁止美国官员入境。国务卿布林肯也在禁止入境名单之列。",
        ("俄罗斯", "SANCTION", "布林肯"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ON_THE_LIST)
def test_those_on_the_list_are_its_targets(text, expected) -> None:
    assert expected in _triples(text)


def test_on_a_list_with_no_sanction_before_is_no_event() -> None:
    assert events_of("国务卿布林肯也在制裁名单之中。") == set()


def test_the_list_members_do_not_list_each_other() -> None:
    found = _triples(
        "俄罗斯宣布禁止美国官员入境。外交部指出，司法部长贾兰、顾问莱斯，以及局长瑞伊都在禁止名单之中。"
    )
    assert not any(s in {"贾兰", "莱斯", "瑞伊"} for s, _, _ in found)


# -- 对韩国加强出口管理: export management aimed at a country is a control, not trade ----------


def test_export_management_aimed_at_a_country_is_a_control() -> None:
    found = _triples("日本宣布对韩国加强出口管理。")
    assert ("日本", "SANCTION", "韩国") in found
    assert ("日本", "COOPERATE", "韩国") not in found


# -- X…胁迫个别国家…,中国对此坚决反对: 此 is what the sentence just reported ----------------


def test_this_answers_the_act_of_the_same_sentence() -> None:
    found = _triples(
        "荷兰宣布扩大对华出口管制。中方对此表示不满。"
        "商务部指美国不断泛化国家安全概念，胁迫个别国家加严出口管制措施，中国对此坚决反对。"
    )
    assert ("中国", "ACCUSE", "荷兰") in found
    assert ("中国", "ACCUSE", "美国") in found


def test_this_with_no_act_in_the_sentence_answers_the_sentence_before() -> None:
    found = _triples("美国宣布对华加征关税。中方对此坚决反对。")
    assert ("中国", "ACCUSE", "美国") in found


# -- 从未就贸易纠纷向世贸投诉中国: a 就-topic after a negator is no gap to its verb ------------


def test_a_topic_between_negator_and_verb_keeps_the_negation() -> None:
    found = events_of("澳大利亚政府从未就贸易纠纷向世贸投诉中国。")
    assert ("澳大利亚", "ACCUSE", "中国", "negated") in found


def test_a_negator_out_of_reach_negates_nothing() -> None:
    found = events_of("澳大利亚政府表示从未想到，会向世贸投诉中国。")
    assert ("澳大利亚", "ACCUSE", "中国", "negated") not in found


# -- 美国的对俄制裁, 美国的反俄制裁: the owner of a sanction noun aimed at a country -----------

OWNED_SANCTIONS = [
    ("美国的对俄制裁不断升级。", ("美国", "SANCTION", "俄罗斯")),
    ("欧盟的反华制裁遭到多方批评。", ("欧盟", "SANCTION", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_SANCTIONS)
def test_the_owner_of_an_aimed_sanction_sanctions(text, expected) -> None:
    assert expected in _triples(text)


def test_an_aimed_policy_is_no_sanction() -> None:
    assert events_of("美国的对华政策正在调整。") == set()


# -- 俄罗斯回报美国制裁措施: a measure answered was aimed at the one who answers -------------

ANSWERED = [
    ("俄罗斯以牙还牙回报美国制裁措施。", ("美国", "SANCTION", "俄罗斯", "asserted")),
    ("俄罗斯表示，将报复美国的制裁。", ("美国", "SANCTION", "俄罗斯", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERED)
def test_a_sanction_answered_hit_the_one_who_answers(text, expected) -> None:
    assert expected in events_of(text)


def test_a_sanction_named_without_an_answer_hits_nobody() -> None:
    assert events_of("美国制裁措施不断升级。") == set()


# -- 产业通商资源部长官成允模: a Korean minister's post is 长官, the name does not open in 官 ----


def test_a_korean_minister_after_an_unknown_ministry() -> None:
    found = _triples("韩国产业通商资源部长官成允模批评日本的出口限制措施。")
    assert ("成允模", "ACCUSE", "日本") in found
    assert not any(s.startswith("官") for s, _, _ in found)


def test_a_minister_named_after_部长_keeps_the_name() -> None:
    assert ("奥斯汀", "CONSULT", "李钟燮") in _triples(
        "美国国防部长奥斯汀会见韩国国防部长官李钟燮。"
    )


# -- 暂停进口日本水产品: an embargo owns its span; no trade reported besides ------------------

EMBARGOES = [
    ("中国宣布暂停进口日本水产品。", ("中国", "SANCTION", "日本")),
    ("俄罗斯决定停止从欧盟进口农产品。", ("俄罗斯", "SANCTION", "欧盟")),
]


@pytest.mark.parametrize(("text", "expected"), EMBARGOES)
def test_an_embargo_is_no_trade_besides(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(t == "COOPERATE" for _, t, _ in found)


# -- 对进口自中国的钢铁征收反倾销税: the goods a measure hits are no trade ----------------------

GOODS = [
    "美国对进口自中国的钢铁征收反倾销税。",
    "欧盟对从中国进口的电动汽车加征关税。",
]


@pytest.mark.parametrize("text", GOODS)
def test_goods_described_by_their_origin_are_no_trade(text) -> None:
    found = _triples(text)
    assert any(t == "SANCTION" for _, t, _ in found)
    assert not any(t == "COOPERATE" for _, t, _ in found)


def test_trade_aimed_at_a_country_is_still_trade() -> None:
    assert ("日本", "COOPERATE", "韩国") in _triples("日本对韩国出口大量汽车。")


# -- 将中国列为汇率操纵国: naming a currency manipulator accuses -------------------------------

MANIPULATORS = [
    ("美国财政部将中国列为汇率操纵国。", ("美国财政部", "ACCUSE", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), MANIPULATORS)
def test_a_currency_manipulator_named_is_accused(text, expected) -> None:
    assert expected in _triples(text)


# -- 将韩国从“白名单”中剔除, 墨方将予以反击, 对价值300亿加元的美国商品 ---------------------------

MORE_TRADE = [
    (
        "日本经济产业省决定将韩国从出口管理优惠对象“白名单”中剔除。",
        ("日本经济产业省", "SANCTION", "韩国"),
    ),
    ("日本政府将韩国从白名单中剔除。", ("日本", "SANCTION", "韩国")),
    ("墨西哥表示，如果美国加征关税，墨方将予以反击。", ("墨西哥", "THREATEN", "美国")),
    ("加拿大宣布对价值300亿加元的美国商品征收25%的报复性关税。", ("加拿大", "SANCTION", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), MORE_TRADE)
def test_more_trade_measures(text, expected) -> None:
    assert expected in _triples(text)


def test_hitting_back_named_by_nobody_is_no_event() -> None:
    assert events_of("专家认为应当予以反击。") == set()


# -- 就美国…措施在世贸组织提起诉讼: a suit over a measure at a venue is against its state --------

SUITS = [
    ("中国就美国对华加征关税措施在世贸组织提起诉讼。", ("中国", "ACCUSE", "美国")),
    ("中国就美国芯片法案向世贸组织提起诉讼。", ("中国", "ACCUSE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), SUITS)
def test_a_suit_over_a_measure_accuses_its_state(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert not any(o == "世界贸易组织" for _, _, o in found)


def test_a_suit_over_a_persons_deeds_is_no_accusation_of_a_state() -> None:
    assert events_of("检方就这名男子的罪行提起诉讼。") == set()


# -- 对立陶宛: 对 is the preposition when a name runs past 对立 --------------------------------

LITHUANIA = [
    ("中国宣布对立陶宛实施制裁。", ("中国", "SANCTION", "立陶宛")),
    ("中方决定对立陶宛交通部副部长实施制裁。", ("中国", "SANCTION", "立陶宛")),
]


@pytest.mark.parametrize(("text", "expected"), LITHUANIA)
def test_a_name_after_对_that_runs_past_对立(text, expected) -> None:
    assert expected in _triples(text)


def test_对立_alone_is_no_preposition() -> None:
    assert events_of("两国在这一问题上长期对立。") == set()


# -- 禁止华为参与, 价格上限 ------------------------------------------------------------------

BARRED = [
    ("澳大利亚禁止华为参与5G网络建设。", ("澳大利亚", "SANCTION", "华为")),
    ("七国集团对俄罗斯石油实施价格上限。", ("七国集团", "SANCTION", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), BARRED)
def test_barred_firms_and_price_caps(text, expected) -> None:
    assert expected in _triples(text)


def test_a_weapon_banned_is_no_sanction() -> None:
    assert events_of("联合国禁止使用化学武器。") == set()


# -- 将对俄制裁延长六个月: a 将 with the measure before 延长 is 把; the extension is done --------


def test_a_sanction_extended_with_将_as_把_is_done() -> None:
    found = events_of("欧盟理事会决定将对俄经济制裁延长六个月。")
    assert ("欧盟理事会", "SANCTION", "俄罗斯", "asserted") in found


def test_将_right_before_the_verb_is_will() -> None:
    found = events_of("美国将把伊朗列入制裁名单。")
    assert ("美国", "SANCTION", "伊朗", "intended") in found


# -- 301调查, 不友好国家名单 --------------------------------------------------------------------

INVESTIGATIONS = [
    ("美国贸易代表办公室宣布对中国航运业发起301调查。", ("美国贸易代表办公室", "SANCTION", "中国")),
    ("俄罗斯将美国列入不友好国家名单。", ("俄罗斯", "SANCTION", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), INVESTIGATIONS)
def test_trade_investigations_and_unfriendly_lists(text, expected) -> None:
    assert expected in _triples(text)


# -- 诺斯洛普公司: a foreign firm spelt in transliteration letters before 公司 --------------------

FIRMS = [
    ("中国宣布对诺斯洛普公司采取反制措施。", ("中国", "SANCTION", "诺斯洛普公司")),
    (
        "中国宣布对美国军工企业采取反制措施。受制裁的公司包括诺斯洛普公司、雷神公司。",
        ("中国", "SANCTION", "诺斯洛普公司"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRMS)
def test_a_transliterated_firm_is_an_actor(text, expected) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize(
    "text", ["该公司表示强烈反对。", "美国公司宣布退出中国市场。", "多家子公司被要求整改。"]
)
def test_words_before_公司_name_no_firm(text) -> None:
    assert events_of(text) == set()


# -- 欧盟对华电车征税: a levy on a country's goods ----------------------------------------------


def test_a_levy_on_a_countrys_goods_is_a_tariff() -> None:
    found = _triples("欧尔班批欧盟对华电车征税决策 中方反制措施应对贸易争端")
    assert ("欧盟", "SANCTION", "中国") in found
    assert ("中国", "SANCTION", "欧尔班") not in found


def test_a_levy_on_people_is_no_sanction() -> None:
    assert events_of("政府决定对富人征税。") == set()
