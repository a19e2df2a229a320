"""Round 22 (b4): trade, technology and sanctions news, and the Southeast Asian Chinese press —
Malaysian honorifics between a title and a name, a preposition jieba glues to a short name,
Taiwan's press naming China's ministries 大陆X部, talks held on a trip to a country, a strike in
a field that is not war, and the warning that someone must bear all the blame.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


def _roles(text: str) -> set[tuple[str, str]]:
    result = extract_article(article(text))
    return {(r.person.actor.label, r.org.actor.label) for r in result.roles}


# -- Malaysian honorifics (拿督斯里, 丹斯里, 敦) stand between the title and the name ----------

HONORIFICS = [
    ("马来西亚首相拿督斯里阿兹曼昨日会见越南总理。", "阿兹曼", "越南", "马来西亚"),
    ("马来西亚外交部长拿督斯里赛夫丁今日会见泰国外长。", "赛夫丁", "泰国", "马来西亚"),
    ("马来西亚前首相敦马哈迪批评新加坡。", "马哈迪", "新加坡", "马来西亚"),
    ("马来西亚国防部长丹斯里约哈里会见印尼总统。", "约哈里", "印度尼西亚", "马来西亚"),
]


@pytest.mark.parametrize(("text", "name", "other", "org"), HONORIFICS)
def test_a_malaysian_honorific_does_not_cut_the_name_short(text, name, other, org) -> None:
    subjects = {s for s, _, o in _pairs(text) if o == other}
    assert subjects == {name}
    assert (name, org) in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "马来西亚首相敦促泰国停止空袭。",
        "马来西亚外长敦请缅甸军方释放政治犯。",
    ],
)
def test_dun_that_begins_a_word_is_no_honorific(text) -> None:
    assert {s for s, t, _ in _pairs(text) if t == "REQUEST"} == {"马来西亚"}


# -- a preposition jieba glues to a two-letter name after a title ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("首相纳吉在本月杪启程访问日本。", ("纳吉", "CONSULT", "日本")),
        ("总理巴立对美国的关税表示不满。", ("巴立", "ACCUSE", "美国")),
        ("首相纳吉向泰国提出抗议。", ("纳吉", "PROTEST", "泰国")),
    ],
)
def test_a_preposition_glued_to_a_name_opens_the_predicate(text, expected) -> None:
    assert expected in _pairs(text)


def test_a_name_whose_last_letter_jieba_glues_to_zai_stays_whole() -> None:
    text = "越南驻泰国大使阮春贵在一场侨团活动上要求泰国政府停止驱逐越南劳工。"
    assert ("阮春贵", "REQUEST", "泰国") in _pairs(text)


def test_a_name_with_zai_inside_stays_whole() -> None:
    assert ("李在明", "CONSULT", "美国") in _pairs("韩国总统李在明会见美国总统。")


# -- 大陆商务部 in Taiwan's press is China's ministry before China is named ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "大陆商务部昨天宣布,将美国无人机公司列入不可靠实体清单。",
            ("中国商务部", "SANCTION", "美国"),
        ),
        ("大陆国防部强烈谴责日本。", ("中国国防部", "ACCUSE", "日本")),
    ],
)
def test_mainland_ministry_names_china_before_china_is_named(text, expected) -> None:
    assert expected in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "欧洲大陆各国谴责俄罗斯。",
        "大陆架划界问题引发越南抗议菲律宾。",
    ],
)
def test_a_continent_is_still_no_china(text) -> None:
    assert not any("中国" in (s + o) for s, _, o in _pairs(text))


# -- talks held on a trip to a country are talks with that country --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国财政部长耶伦前往中国进行会谈。", ("耶伦", "CONSULT", "中国")),
        ("日本外相赴华进行磋商。", ("日本", "CONSULT", "中国")),
        ("韩国外长飞赴美国举行谈判。", ("韩国", "CONSULT", "美国")),
    ],
)
def test_talks_on_a_trip_are_with_the_country_travelled_to(text, expected) -> None:
    assert expected in _pairs(text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("美俄代表在沙特举行会谈。", "沙特"),
        ("美国和伊朗代表在阿曼进行谈判。", "阿曼"),
        ("王毅前往莫斯科与拉夫罗夫举行会谈。", "俄罗斯"),
    ],
)
def test_where_talks_are_held_is_no_party_to_them(text, host) -> None:
    assert not any(o == host and t == "CONSULT" for _, t, o in _pairs(text))


# -- a strike in a field that is not war is a sanction --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国政府也在外交上打击新加坡。", ("中国", "SANCTION", "新加坡")),
        ("美国持续在经济上打击伊朗。", ("美国", "SANCTION", "伊朗")),
    ],
)
def test_a_diplomatic_or_economic_strike_is_a_sanction(text, expected) -> None:
    assert expected in _pairs(text)
    assert (expected[0], "ASSAULT", expected[2]) not in _pairs(text)


def test_a_strike_with_no_field_stays_an_attack() -> None:
    assert ("以色列", "ASSAULT", "黎巴嫩") in _pairs("以色列在外交部声明后打击黎巴嫩。")


# -- someone must bear all the blame: a warning ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "中国政府发表声明,表示如果两国关系受到破坏,新加坡方面必须负一切责任。",
            ("中国", "THREATEN", "新加坡"),
        ),
        (
            "俄罗斯外交部表示,由此产生的后果,英方必须承担一切责任。",
            ("俄罗斯外交部", "THREATEN", "英国"),
        ),
    ],
)
def test_bearing_all_the_blame_is_a_warning(text, expected) -> None:
    assert expected in _pairs(text)


def test_taking_full_responsibility_oneself_is_no_warning() -> None:
    assert not any(t == "THREATEN" for _, t, _ in _pairs("日本首相表示,政府将对事故负一切责任。"))


# -- a sale to a country is trade with it; where goods come from is no side ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("委内瑞拉向印度出售原油。", ("委内瑞拉", "COOPERATE", "印度")),
        ("俄罗斯向土耳其销售天然气。", ("俄罗斯", "COOPERATE", "土耳其")),
    ],
)
def test_a_sale_to_a_country_is_trade(text, expected) -> None:
    assert expected in _pairs(text)


def test_arms_sold_stay_aid() -> None:
    assert ("美国", "AID", "台湾") in _pairs("美国向台湾出售武器。")


@pytest.mark.parametrize(
    "text",
    [
        "这些子公司被指协助朝鲜采购美国原产电子元件。",
        "该企业向俄罗斯出口含有日本原产技术的设备。",
    ],
)
def test_the_origin_of_goods_is_no_side(text) -> None:
    assert not any("美国" in (s, o) or "日本" in (s, o) for s, _, o in _pairs(text))


# -- the one whose opposition is defied does not act ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "近年来,一些外国企业不顾中方强烈反对,与台湾展开军事技术合作。",
        "部分议员无视韩国政府的一再抗议,前往靖国神社参拜。",
    ],
)
def test_the_one_defied_is_no_subject_of_what_follows(text) -> None:
    assert not any(
        s in {"中国", "韩国"} and t in {"COOPERATE", "CONSULT"} for s, t, _ in _pairs(text)
    )


def test_the_one_who_defies_still_acts() -> None:
    pairs = _pairs("日本不顾韩国强烈反对,与美国签署军事合作协议。")
    assert ("日本", "REJECT", "韩国") in pairs
    assert ("日本", "AGREE", "美国") in pairs or ("日本", "COOPERATE", "美国") in pairs


# -- 对于X访台, …: the visit is the visitor's, the protest is against the visitor ------------


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        ("越南政府对于菲律宾总统访台,曾表达强烈不满。", "菲律宾"),
        ("北京对于日本外相访问台湾,已提出严正抗议。", "日本"),
    ],
)
def test_a_visit_in_a_topic_phrase_is_the_visitors(text, visitor) -> None:
    pairs = _pairs(text)
    assert (visitor, "CONSULT", "台湾") in pairs
    assert not any(s in {"越南", "中国"} and t == "CONSULT" for s, t, _ in pairs)


def test_a_place_opened_by_yu_stays_a_place() -> None:
    assert ("法国", "ACCUSE", "俄罗斯") in _pairs("会议于巴黎举行,法国谴责俄罗斯。")


# -- tariffs raised are tariffs imposed ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("土耳其考虑调高美国汽车进口关税。", ("土耳其", "SANCTION", "美国")),
        ("加拿大决定调增中国钢铁进口关税。", ("加拿大", "SANCTION", "中国")),
        ("印度决定提高对美国杏仁的关税。", ("印度", "SANCTION", "美国")),
        ("美国上调对越南商品的关税至46%。", ("美国", "SANCTION", "越南")),
        (
            "美国政府宣布新制裁的名单包括伊朗国防部长纳西尔扎德。",
            ("美国", "SANCTION", "纳西尔扎德"),
        ),
    ],
)
def test_raised_tariffs_and_listed_targets_are_sanctioned(text, expected) -> None:
    assert expected in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "日本提高关税收入以弥补赤字。",
        "印度将大米出口关税提高到20%。",
        "美国提高了对华为手机的关注。",
    ],
)
def test_raising_with_no_country_struck_is_no_sanction(text) -> None:
    assert not any(t == "SANCTION" for _, t, _ in _pairs(text))


# -- a decision referred back that suffers a response: the response answers its maker ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("欧盟决定对日本钢铁征收关税。这一决定遭到德国和法国反对。", ("德国", "ACCUSE", "欧盟")),
        ("美国宣布对伊朗实施新制裁。该决定受到法国强烈批评。", ("法国", "ACCUSE", "美国")),
        ("美国宣布对伊朗实施新制裁。这一决定得到以色列支持。", ("以色列", "SUPPORT", "美国")),
    ],
)
def test_a_decision_opposed_is_its_makers(text, expected) -> None:
    assert expected in _pairs(text)


def test_a_decision_with_no_maker_named_answers_nobody() -> None:
    assert not _pairs("该决定遭到德国反对。")


# -- a body that puts a draft with others is no addressee of it ----------------------------


def test_a_cosponsoring_body_is_not_asked() -> None:
    pairs = _pairs("英国和欧盟正式提交一份决议草案,强烈谴责缅甸政变。")
    assert ("英国", "REQUEST", "欧盟") not in pairs
    assert {("英国", "ACCUSE", "缅甸"), ("欧盟", "ACCUSE", "缅甸")} <= pairs


def test_a_body_a_draft_is_put_to_is_still_asked() -> None:
    pairs = _pairs("联合国安理会召开会议。英国和法国提交了一份决议草案。")
    assert {("英国", "REQUEST", "安理会"), ("法国", "REQUEST", "安理会")} <= pairs


# -- a reaction to a visit: the visit is the visitor's -------------------------------------


def test_a_reaction_to_a_visit_names_the_visitor() -> None:
    pairs = _pairs("越南政府对菲律宾总统访台的激烈反应,引起东盟各国的议论。")
    assert ("菲律宾", "CONSULT", "台湾") in pairs
    assert ("越南", "CONSULT", "台湾") not in pairs


# -- an actor inside a cause (因…) after the subject does not do the act after the cause ----


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("美国因中伊石油贸易制裁中国石油公司。", ("美国", "SANCTION", "中国"), "伊朗"),
        ("英国因中俄能源贸易制裁中国企业。", ("英国", "SANCTION", "中国"), "俄罗斯"),
    ],
)
def test_the_one_inside_a_cause_does_not_act_after_it(text, expected, wrong) -> None:
    pairs = _pairs(text)
    assert expected in pairs
    assert not any(s == wrong for s, _, _ in pairs)


def test_the_act_inside_a_cause_is_its_own_actors() -> None:
    pairs = _pairs("中国因美国对台军售制裁美国军工企业。")
    assert ("美国", "AID", "台湾") in pairs
    assert ("中国", "SANCTION", "美国") in pairs


# -- another country's embassy closed is a cut in ties, as its consulate's is -------------


def test_closing_another_countrys_embassy_sanctions_it() -> None:
    assert ("中国", "SANCTION", "立陶宛") in _pairs("中国宣布关闭立陶宛驻华大使馆。")


def test_closing_ones_own_embassy_for_safety_is_no_sanction() -> None:
    assert not any(t == "SANCTION" for _, t, _ in _pairs("美国关闭驻喀布尔大使馆并撤离全部人员。"))


# -- 说一套做一套 tells of no statement: the spokesman still judges -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "日本经济产业省发言人表示,韩方发布了对日出口管制措施,韩方说一套做一套,实施单边霸凌行径。",
        "中国商务部发言人表示,荷兰发布了对华出口管制措施。荷方说一套做一套,实施单边霸凌行径。",
    ],
)
def test_saying_one_thing_and_doing_another_is_no_statement(text) -> None:
    accused = {o for s, t, o in _pairs(text) if t == "ACCUSE" and s.endswith("经济产业省")} | {
        o for s, t, o in _pairs(text) if t == "ACCUSE" and s.endswith("商务部")
    }
    assert accused & {"韩国", "荷兰"}


def test_a_real_statement_still_has_its_speaker() -> None:
    assert ("荷兰", "ACCUSE", "中国") in _pairs("荷兰外交部发言人说,中方实施单边霸凌行径。")


# -- investment banned or blocked in a country is a sanction on it -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "美国、英国和加拿大阻止外国公司向伊朗石油和天然气工业投资。",
            ("加拿大", "SANCTION", "伊朗"),
        ),
        ("中国禁止本国企业在立陶宛投资。", ("中国", "SANCTION", "立陶宛")),
        ("美国对中国实施投资禁令。", ("美国", "SANCTION", "中国")),
    ],
)
def test_an_investment_ban_is_a_sanction(text, expected) -> None:
    assert expected in _pairs(text)


def test_a_ban_on_foreign_capital_at_home_is_no_sanction() -> None:
    assert not _pairs("日本政府禁止外资投资日本电网。")


# -- the Malaysian press names Malaysia 大马 and 马 (马中两国, 驻马大使) ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("马越两国将签署新的合作协议。", ("马来西亚", "AGREE", "越南")),
        ("大马政府强烈谴责缅甸军方。", ("马来西亚", "ACCUSE", "缅甸军队")),
        ("泰国驻马大使会见大马首相。", ("泰国", "CONSULT", "马来西亚")),
    ],
)
def test_malaysia_by_its_short_names(text, expected) -> None:
    pairs = _pairs(text)
    assert expected in pairs or (expected[2], expected[1], expected[0]) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "法国总统马克龙会见德国总理。",
        "美方马上宣布制裁伊朗。",
        "以色列马上对加沙发动空袭。",
        "马里军政府驱逐法国大使。",
        "叙利亚军队在大马士革附近遭到以色列空袭。",
    ],
)
def test_ma_inside_other_words_is_no_malaysia(text) -> None:
    assert not any("马来西亚" in (s, o) for s, _, o in _pairs(text))


# -- later this month or year: the act is still ahead --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "印尼总统在本月杪启程访问日本。",
        "普京本月底访问朝鲜。",
        "岸田文雄今年晚些时候会见普京。",
    ],
)
def test_later_this_month_or_year_is_intended(text) -> None:
    statuses = {st for _, t, _, st in events_of(text) if t == "CONSULT"}
    assert statuses == {"intended"}


def test_the_end_of_last_month_is_past() -> None:
    statuses = {st for _, t, _, st in events_of("普京上月底访问朝鲜。") if t == "CONSULT"}
    assert statuses == {"asserted"}


# -- what a move helps or fails to bring about is nobody's act -----------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("中国坚称制裁无助于说服朝鲜放弃核计划。", ("中国", "REQUEST", "朝鲜")),
        ("印度认为,这一做法有助于推动美俄对话。", ("美国", "CONSULT", "俄罗斯")),
    ],
)
def test_what_a_move_helps_is_no_act(text, wrong) -> None:
    pairs = _pairs(text)
    assert wrong not in pairs and (wrong[2], wrong[1], wrong[0]) not in pairs


def test_the_move_itself_stands() -> None:
    assert ("美国", "SANCTION", "伊朗") in _pairs("美国制裁伊朗,这不利于中东和平。")
