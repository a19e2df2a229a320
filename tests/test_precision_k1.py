"""Precision on Asia-Pacific news and press conferences (China-US, China-Japan, the South China
Sea, Taiwan, the Korean peninsula, Australia): false events a precision audit of fresh pages
found, each next to a true neighbour that must still come out.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


def _types(text: str) -> set[str]:
    return {t for _, t, _, _ in events_of(text)}


# -- a threat posed (构成威胁, 是…的威胁) judges what someone is; nobody threatens ----------------


@pytest.mark.parametrize(
    "text",
    [
        "朝鲜的导弹计划对日本构成严重威胁。",
        "美国的军事部署给地区国家带来现实威胁。",
        "俄罗斯从来不是对欧洲的威胁。",
        "美国防长称，中国是对美国的最大威胁。",
    ],
)
def test_a_threat_posed_is_no_threat_made(text: str) -> None:
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("朝鲜威胁对韩国采取军事行动。", ("朝鲜", "THREATEN", "韩国")),
        ("朝鲜发出针对美国的威胁。", ("朝鲜", "THREATEN", "美国")),
    ],
)
def test_a_threat_made_is_still_a_threat(text: str, expected) -> None:
    assert expected in _triples(text)


# -- an attack rehearsed or simulated (模拟…袭击, 就突袭…进行训练) is no attack ------------------


@pytest.mark.parametrize(
    "text",
    [
        "朝鲜军队模拟对韩国发动袭击。",
        "解放军演练打击菲律宾舰艇。",
        "朝鲜谴责美韩公然就突袭朝鲜指挥部进行特种作战训练。",
    ],
)
def test_an_attack_rehearsed_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in _types(text)


def test_a_drill_content_still_leaves_the_condemnation() -> None:
    triples = _triples("朝鲜谴责美韩公然就突袭朝鲜指挥部进行特种作战训练。")
    assert ("朝鲜", "ACCUSE", "美国") in triples


def test_an_attack_made_is_still_an_attack() -> None:
    assert ("朝鲜人民军", "ASSAULT", "韩国") in _triples("朝鲜军队炮击韩国延坪岛。")


# -- an attack joined to a smear (攻击抹黑) is verbal ---------------------------------------------


def test_a_smear_attack_is_criticism() -> None:
    triples = _triples("美国国务院报告对中国恶意攻击抹黑。")
    assert ("美国国务院", "ACCUSE", "中国") in triples
    assert not {t for t in triples if t[1] == "ASSAULT"}


def test_an_armed_attack_is_still_an_assault() -> None:
    assert ("俄军", "ASSAULT", "乌克兰") in _triples("俄军攻击乌克兰。")


# -- 作为反制 labels the act just named: the one whose act it answers does nothing -------------


def test_a_countermeasure_label_is_no_act_of_its_own() -> None:
    triples = _triples("美国宣布对台军售，引发中国制裁美国军工企业作为反制。")
    assert ("中国", "SANCTION", "美国") in triples
    assert ("美国", "SANCTION", "中国") not in triples


# -- 不顾X劝阻: the one defied asked, it did not warn ---------------------------------------------


def test_a_defied_dissuasion_was_a_request() -> None:
    triples = _triples("菲律宾不顾中方劝阻，派船闯入仁爱礁。")
    assert ("中国", "REQUEST", "菲律宾") in triples
    assert ("中国", "THREATEN", "菲律宾") not in triples
    assert ("菲律宾", "REJECT", "中国") in triples


def test_a_defied_warning_is_still_a_warning() -> None:
    assert ("中国", "THREATEN", "菲律宾") in _triples("菲律宾不顾中方警告，派船闯入仁爱礁。")


# -- X关注Y的…行为,并V: the noticer goes on, not the doer of the deed noticed ---------------------


def test_a_deed_noticed_lends_no_subject() -> None:
    triples = _triples("朝方密切关注美韩军事挑衅行为，并正告美方不要轻举妄动。")
    assert ("朝鲜", "THREATEN", "美国") in triples
    assert ("韩国", "THREATEN", "美国") not in triples
    assert ("美国", "THREATEN", "朝鲜") not in triples


# -- a drill is aimed only by its own sentence part, and 就 opens what a drill is talked about --


def test_a_later_speakers_counter_aims_no_drill() -> None:
    text = "在美韩举行联合军演前夕，朝鲜外务省发表谈话称，将坚决应对美国。"
    triples = _triples(text)
    assert ("美国", "COOPERATE", "韩国") in triples
    assert ("韩国", "MOBILIZE", "美国") not in triples


def test_a_drill_held_to_meet_an_actor_is_aimed_at_it() -> None:
    triples = _triples("美韩举行联合军演，旨在应对朝鲜的核威胁。")
    assert ("美国", "MOBILIZE", "朝鲜") in triples


def test_a_drill_talked_about_is_no_drill_of_the_talker() -> None:
    triples = _triples("欧盟就俄军军演说三道四。")
    assert not {t for t in triples if t[1] == "MOBILIZE"}
    assert ("欧盟", "ACCUSE", "俄军") in triples


def test_a_drill_against_a_country_still_comes_out() -> None:
    assert ("中国人民解放军东部战区", "MOBILIZE", "台湾") in _triples(
        "解放军东部战区对台湾举行军演。"
    )


# -- a quoted trigger (“指手画脚”) is no break; a quoted noun (「支持者」) is no trigger --------


def test_a_quoted_carping_is_criticism() -> None:
    assert ("美国", "ACCUSE", "中国") in _triples("美方对中国内政“指手画脚”。")


def test_a_quoted_noun_is_no_support() -> None:
    assert "SUPPORT" not in _types("美国对哥伦比亚官员及其「支持者」撤销签证。")


# -- the actors of a reason (以…为由, 因…) are neither the subject nor the one acted on ----------


def test_a_reason_lends_no_subject() -> None:
    text = "中国政府以近年来日本社会治安不靖为由，呼吁中国游客避免前往日本旅游。"
    assert ("日本", "REQUEST", "中国") not in _triples(text)


def test_a_pretext_still_leaves_its_act() -> None:
    triples = _triples("美国以伊朗违反核协议为由，对伊朗实施制裁。")
    assert ("美国", "SANCTION", "伊朗") in triples


def test_a_reason_names_no_patient() -> None:
    assert ("中国", "SANCTION", "台湾") not in _triples("美企因向台湾出售武器遭中国制裁。")


def test_a_passive_patient_before_a_reason_is_still_acted_on() -> None:
    assert ("美国", "SANCTION", "华为") in _triples("华为因被美国制裁而陷入困境。")


def test_a_reason_that_opens_the_sentence_is_still_its_topic() -> None:
    text = "由于认为美洲国家组织干涉委内瑞拉内政，在数次抗议无果后，委内瑞拉宣布退出该组织。"
    assert ("委内瑞拉", "PROTEST", "美洲国家组织") in _triples(text)


# -- 包括…在内 with no actor inside: nothing to list, no crash -----------------------------------


def test_an_empty_inclusion_list_does_not_crash() -> None:
    text = "韩国军方表示，朝鲜射弹是挑衅行为。包括巡航导弹在内，朝鲜今年已三次发射导弹。"
    assert ("韩军", "ACCUSE", "朝鲜") in _triples(text)


# -- a demand's list goes on with a partner (呼吁北京…,转而与台北对话): asked for, not done -----


@pytest.mark.parametrize(
    "text",
    [
        "美国国务院发言人呼吁北京停止对台湾施压，转而与台北展开有意义的对话。",
        "美国呼吁北京停止施压，并与台北展开对话。",
    ],
)
def test_talks_a_demand_goes_on_to_ask_are_no_act_of_the_asker(text: str) -> None:
    triples = _triples(text)
    assert not {t for t in triples if t[1] == "CONSULT"}
    assert {t for t in triples if t[1] == "REQUEST" and t[2] == "中国"}


def test_talks_after_an_act_of_the_subject_are_still_its_own() -> None:
    triples = _triples("美国宣布对伊朗实施制裁，并与以色列举行会谈。")
    assert ("美国", "CONSULT", "以色列") in triples


# -- 两人 is two people, not a person and the country one of them visited ----------------------


def test_two_people_are_not_a_visitor_and_the_country_visited() -> None:
    text = "王毅与布林肯举行会谈。这是布林肯6月访华之后，两人再次面对面会谈。"
    triples = _triples(text)
    assert ("王毅", "CONSULT", "布林肯") in triples
    assert ("布林肯", "CONSULT", "中国") in triples  # the visit itself
    assert len({t for t in triples if t[1] == "CONSULT"}) == 2


def test_two_people_named_together_still_meet() -> None:
    triples = _triples("特朗普与普京在赫尔辛基会晤，两人讨论了叙利亚问题。")
    assert ("特朗普", "CONSULT", "普京") in triples


# -- a passive relative that opens its clause (被列入…名单的个人) has no patient before it --------


def test_a_speaker_is_not_who_a_listing_relative_describes() -> None:
    text = (
        "美国国务院发言人表示，强烈反对北京方面的作法。"
        "发言人指出，被列入中国制裁名单的个人包括多名企业高管。"
    )
    triples = _triples(text)
    assert ("美国国务院", "ACCUSE", "中国") in triples
    assert not {t for t in triples if t[1] == "SANCTION"}


def test_a_listing_relative_still_reports_the_sanction_named() -> None:
    triples = _triples("美国财政部宣布制裁伊朗。被列入制裁名单的伊朗官员包括外长。")
    assert ("美国财政部", "SANCTION", "伊朗") in triples


# -- 不认同/不赞同 refuses; 已经并将继续 reports an act done -----------------------------------


def test_not_endorsing_a_proposal_rejects_it() -> None:
    triples = _triples("印度不赞同中国的提议。")
    assert ("印度", "REJECT", "中国") in triples
    assert not {t for t in triples if t[1] == "SUPPORT"}


def test_endorsing_a_position_is_still_support() -> None:
    assert ("日本", "SUPPORT", "美国") in _triples("日本认同美国的立场。")


def test_done_and_going_on_is_asserted() -> None:
    events = events_of("中方已经并将继续向日方提出严正交涉，严肃要求日方立即反思纠错。")
    assert ("中国", "ACCUSE", "日本", "asserted") in events
    assert ("中国", "REQUEST", "日本", "asserted") in events


def test_going_on_alone_is_still_intended() -> None:
    assert ("中国", "ACCUSE", "日本", "intended") in events_of("中方将继续向日方提出严正交涉。")


# -- 就/向 before a titled official begins a new phrase: no part of the official's title --------


def test_a_topic_opener_is_no_part_of_a_title() -> None:
    triples = _triples("中方就日本首相高市早苗的错误言论提出严正交涉。")
    assert ("中国", "ACCUSE", "高市早苗") in triples


def test_a_protest_after_a_consultation_is_the_subjects_own() -> None:
    text = (
        "毛宁表示，今天上午刘劲松同金井正彰举行了磋商。"
        "在磋商中，中方就日本首相高市早苗的错误言论再次向日方提出严正交涉。"
    )
    triples = _triples(text)
    assert ("中国", "ACCUSE", "日本") in triples
    assert ("中国", "ACCUSE", "高市早苗") in triples  # its own judgement of the remarks
    assert ("毛宁", "ACCUSE", "高市早苗") not in triples


def test_an_adverb_jiu_opens_no_phrase_of_judgement() -> None:
    text = "斯里兰卡等地谣传海啸是美国引爆的海底爆炸造成的，这样美国就可以找到借口派军到东南亚。"
    assert not {t for t in _triples(text) if t[1] == "ACCUSE"}


def _roles(text: str) -> set[tuple[str, str]]:
    result = extract_article(article(text))
    return {(r.person.actor.label, r.org.actor.label) for r in result.roles}


def test_the_official_after_a_topic_opener_holds_a_post_in_his_own_country() -> None:
    roles = _roles("中方就日本首相高市早苗的错误言论提出严正交涉。")
    assert ("高市早苗", "日本") in roles
    assert ("高市早苗", "中国") not in roles


# -- a threat hyped (渲染所谓的中国威胁) is a theory, no threat made ------------------------------


def test_a_threat_hyped_is_no_threat() -> None:
    text = "外交部发言人表示，日本新版防卫白皮书大肆渲染所谓的中国威胁，对中国恶意攻击抹黑。"
    triples = _triples(text)
    assert "THREATEN" not in {t[1] for t in triples}
    assert ("日本", "ACCUSE", "中国") in triples


# -- a bare ministry before the title of a known official is the official's country's ---------


def test_a_bare_ministry_of_a_known_spokesman_is_his_countrys() -> None:
    text = (
        "就日本政府发表外交蓝皮书，外交部发言人汪文斌表示，"
        "日本对中国恶意攻击抹黑，无理干涉中国内政。"
    )
    triples = _triples(text)
    assert ("中国外交部", "ACCUSE", "日本") in triples
    assert not {t for t in triples if t[0] == "日本外务省"}


def test_a_known_spokesman_still_speaks_for_himself() -> None:
    assert ("林剑", "REQUEST", "美国") in _triples(
        "外交部发言人林剑表示，美方应停止向台湾出售武器。"
    )


def test_a_country_before_its_own_organ_leaves_the_post_in_the_organ() -> None:
    roles = _roles("中国国台办发言人朱凤莲今日表示，台独分子将被依法惩治。")
    assert ("朱凤莲", "国务院台湾事务办公室") in roles
    assert ("朱凤莲", "中国") not in roles


def test_a_ministry_named_with_its_country_still_holds_the_post() -> None:
    assert ("张晓刚", "中国国防部") in _roles("中国国防部发言人张晓刚表示，美方应停止挑衅。")


def test_two_people_are_the_pair_that_met_not_countries_named_since() -> None:
    text = "王毅与布林肯举行会谈。王毅表示中美关系总会出现杂音。两人之后闭门会谈，并举行工作晚宴。"
    triples = _triples(text)
    assert ("王毅", "CONSULT", "布林肯") in triples
    assert ("中国", "CONSULT", "美国") not in triples


# -- 作为 ends a name; 国务院台办 is the Taiwan Affairs Office --------------------------------


def test_a_capacity_after_a_name_is_no_part_of_it() -> None:
    roles = _roles("日本外务省亚洲大洋洲局局长金杉宪治作为六方会谈日方团长访问首尔。")
    assert ("金杉宪治", "日本外务省") in roles


def test_the_state_council_taiwan_office_holds_its_spokesperson() -> None:
    roles = _roles("国务院台办发言人朱凤莲表示，坚决反对美国向台湾出售武器。")
    assert ("朱凤莲", "国务院台湾事务办公室") in roles
