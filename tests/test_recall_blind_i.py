"""Recall and precision on a blind round of economic statecraft and multilateral diplomacy:
export-control lists, entry bans, demands to stop a measure, hosts of a meeting, communiqués
that act, companies named after their country, and plans that open a clause.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 计划对…, 准备向…: a plan opening a clause after a statement is a verb, not a noun subject --

PLANS_OPENING_A_CLAUSE = [
    ("朝鲜外务省宣布,计划对5家日本企业实施反制。", ("朝鲜外务省", "SANCTION", "日本", "intended")),
    ("土耳其宣布,计划对12名瑞典公民实施制裁。", ("土耳其", "SANCTION", "瑞典", "intended")),
    ("印度政府表示,准备向3个非洲国家提供疫苗援助。", None),
]


@pytest.mark.parametrize(("text", "expected"), PLANS_OPENING_A_CLAUSE)
def test_a_plan_opening_a_clause_goes_on_with_the_subject_before(text, expected) -> None:
    found = events_of(text)
    if expected is not None:
        assert expected in found
    assert not any(s == "计划" for s, _, _, _ in found)


def test_a_plan_as_a_noun_with_its_own_subject_borrows_nothing() -> None:
    # 计划和预算: a noun coordinated with another opens the clause as its subject
    found = events_of("美国宣布,计划和预算将在下月公布。")
    assert found == set()


# -- 停止对X(企业)的(无理)打压: the measure a demand would stop exists --------------------------

EXISTING_MEASURES = [
    ("中方要求加方停止对中国公司的无理打压。", ("加拿大", "SANCTION", "中国", "asserted")),
    ("俄方敦促欧盟取消对俄罗斯银行的非法制裁。", ("欧盟", "SANCTION", "俄罗斯", "asserted")),
    ("中方敦促美方停止对中兴的打压。", ("美国", "SANCTION", "中兴通讯", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), EXISTING_MEASURES)
def test_a_measure_of_a_whole_phrase_a_demand_would_stop_exists(text, expected) -> None:
    assert expected in events_of(text)


def test_the_easing_asked_for_is_no_event() -> None:
    found = events_of("俄方敦促欧盟取消对俄罗斯银行的非法制裁。")
    assert not any(t == "CONCEDE" for _, t, _, _ in found)


# -- 敦促X纠正错误,停止对…的打压: a clause that goes on with a change to a measure is asked of X --

DEMANDS_GOING_ON = [
    (
        "中国外交部发言人敦促加方纠正错误做法,立即停止对中国企业的非法制裁。",
        ("加拿大", "SANCTION", "中国", "asserted"),
    ),
    (
        "中方敦促美方纠正错误,停止对中兴的无理打压。",
        ("美国", "SANCTION", "中兴通讯", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DEMANDS_GOING_ON)
def test_a_clause_going_on_from_a_demand_is_done_by_the_one_asked(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    asker = "中国"
    assert not any(s == asker and t == expected[1] for s, t, _, _ in found)


def test_a_clause_going_on_from_a_demand_with_its_own_act_keeps_the_speaker() -> None:
    # 并将采取反制措施: no change to a measure, the one who demands goes on
    found = events_of("中方敦促美方停止制裁,并将采取坚决反制措施。")
    assert ("中国", "SANCTION", "美国", "intended") in found
    assert ("美国", "SANCTION", "美国", "intended") not in found


# -- 向东道国日本, 向会议主办国意大利: the host is a descriptor of the actor after it -------------

HOSTS = [
    ("中方已向峰会主办国意大利提出严正交涉。", ("中国", "ACCUSE", "意大利")),
    ("俄方向东道国土耳其表示感谢。", ("俄罗斯", "SUPPORT", "土耳其")),
    ("中方向会议主办国韩国提出抗议。", ("中国", "PROTEST", "韩国")),
]


@pytest.mark.parametrize(("text", "expected"), HOSTS)
def test_a_host_between_a_preposition_and_its_actor(text, expected) -> None:
    found = _triples(text)
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found


# -- export-control lists and entry bans ---------------------------------------------------------

LISTS_AND_BANS = [
    ("中国商务部宣布将15家日本实体列入出口管制管控名单。", ("中国商务部", "SANCTION", "日本")),
    ("日本经济产业省将两家中国企业列入出口管制清单。", ("日本经济产业省", "SANCTION", "中国")),
    ("中国商务部将8家美国军工企业列入关注名单。", ("中国商务部", "SANCTION", "美国")),
    ("俄罗斯宣布禁止12名英国议员进入俄罗斯。", ("俄罗斯", "SANCTION", "英国")),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_AND_BANS)
def test_export_control_lists_and_entry_bans_sanction(text, expected) -> None:
    assert expected in _triples(text)


def test_an_entry_ban_does_not_hit_the_country_entered() -> None:
    assert ("俄罗斯", "SANCTION", "俄罗斯") not in _triples(
        "俄罗斯宣布禁止12名英国议员进入俄罗斯。"
    )


# -- a company named right after its country is the target --------------------------------------

COMPANIES_AFTER_COUNTRY = [
    ("中国宣布制裁美国雷神公司。", ("中国", "SANCTION", "雷神公司")),
    ("美国商务部将中国华为公司列入实体清单。", ("美国商务部", "SANCTION", "华为")),
    ("中国将美国波音公司列入不可靠实体清单。", ("中国", "SANCTION", "波音公司")),
    ("中方宣布对雷神和洛歇马丁实施反制。", ("中国", "SANCTION", "洛克希德·马丁公司")),
]


@pytest.mark.parametrize(("text", "expected"), COMPANIES_AFTER_COUNTRY)
def test_a_company_named_after_its_country_is_the_target(text, expected) -> None:
    assert expected in _triples(text)


def test_a_hospital_named_after_the_thunder_god_is_no_company() -> None:
    found = _triples("中国援助意大利的医疗队曾在武汉雷神山医院工作。")
    assert not any("雷神公司" in (s, o) for s, _, o in found)


# -- 袒护, 自食其果, 违反…决议: shielding is support, the rest are a speaker's judgements --------

JUDGEMENTS = [
    ("阿拉伯国家联盟批评美国对以色列的一味袒护。", ("美国", "SUPPORT", "以色列")),
    (
        "伊朗外交部发表声明说,这些美国公司支持恐怖组织,侵犯了人权。",
        ("伊朗外交部", "ACCUSE", "美国"),
    ),
    ("中方表示,美国的单边制裁是犯罪行为。", ("中国", "ACCUSE", "美国")),
    ("伊朗外交部发言人巴加埃说,美国正在自食其果。", ("伊朗外交部", "ACCUSE", "美国")),
    ("法国外长巴罗表示,朝鲜多次违反安理会决议。", ("巴罗", "ACCUSE", "朝鲜")),
    (
        "英国负责中东事务的高级外交官汤姆·史密斯表示,伊朗违反了安理会的决议。",
        ("汤姆·史密斯", "ACCUSE", "伊朗"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), JUDGEMENTS)
def test_shielding_and_judgements(text, expected) -> None:
    found = _triples(text)
    speaker = {"伊朗外交部": {"伊朗外交部", "巴加埃", "伊朗"}}.get(expected[0], {expected[0]})
    assert any((s, t, o) in found for s in speaker for t, o in [expected[1:]])


def test_no_violation_denied_is_no_judgement() -> None:
    assert _triples("中方表示,中国从未违反安理会决议。") == set()


def test_workers_rights_hold_no_human_rights_judgement() -> None:
    assert _triples("美国国务院发言人说,中国侵犯工人权益。") == set()


# -- 公报谴责…: a communiqué that acts stands for the body that issued it ---------------------


def test_a_communique_that_acts_is_its_body() -> None:
    text = "东盟外长会议在万象闭幕并发表联合公报。公报呼吁缅甸军方立即停止暴力。"
    assert ("东盟", "REQUEST", "缅甸军队") in _triples(text)


def test_a_communique_with_no_body_in_the_article_is_nobody() -> None:
    text = "中美两国发表联合公报。公报强调,双方将加强合作。"
    assert not any(s in {"联合国", "东盟"} for s, _, _ in _triples(text))


# -- 阿政府, 巴政府: an ambiguous short form's government follows the country the article named --


def test_an_ambiguous_short_forms_government_follows_the_article() -> None:
    text = "阿根廷总统米莱会见美国特使。随后,阿政府同美方签署了合作协议。"
    assert ("阿根廷", "AGREE", "美国") in _triples(text)


# -- 要求立即释放X: a demand for a release that names no one asks whoever detained X ----------

RELEASES_ASKED = [
    (
        "马里政变军人扣押了总统凯塔。法国要求立即无条件释放凯塔。",
        ("法国", "REQUEST", "马里政变军人"),
    ),
    (
        "缅甸军方拘押了昂山素季。东盟发表声明,呼吁尽快释放昂山素季。",
        ("东盟", "REQUEST", "缅甸军队"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELEASES_ASKED)
def test_a_demand_for_a_release_asks_the_one_who_detained(text, expected) -> None:
    assert expected in _triples(text)


def test_a_demand_to_release_someone_else_asks_nobody_named() -> None:
    text = "马里政变军人扣押了总统凯塔。法国要求立即释放被扣押的记者。"
    assert not any(t == "REQUEST" for _, t, _ in _triples(text))


# -- X(short form of X): a gloss in brackets keeps a list together ------------------------------

GLOSSED_LISTS = [
    (
        "联合国、非盟、西非国家经济共同体(西共体)等国际组织发表声明,谴责美国。",
        {"联合国", "非盟", "西非国家经济共同体"},
    ),
    ("美国、北大西洋公约组织（北约）谴责俄罗斯。", {"美国", "北约"}),
]


@pytest.mark.parametrize(("text", "subjects"), GLOSSED_LISTS)
def test_a_gloss_in_brackets_keeps_its_list_together(text, subjects) -> None:
    found = {s for s, t, _ in _triples(text) if t == "ACCUSE"}
    assert subjects <= found


# -- 因俄乌冲突, 经中美双方: jieba glues the preposition to the compound, which still stands -----

GLUED_COMPOUNDS = [
    ("全球粮价因俄乌冲突而大幅上涨。", ("俄罗斯", "ASSAULT", "乌克兰")),
    ("因中美贸易战,多家企业迁厂。", ("美国", "SANCTION", "中国")),
    ("经中美双方协商,两国同意恢复对话。", ("中国", "AGREE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_COMPOUNDS)
def test_a_compound_after_a_glued_preposition(text, expected) -> None:
    assert expected in _triples(text)


def test_a_word_ending_in_the_preposition_makes_no_compound() -> None:
    assert _triples("其中原因中美双方都清楚。") == set()


# -- precision: a dispatch's place is no actor; X's demand named as a noun asks nobody next -----


def test_a_body_in_a_dateline_is_no_target() -> None:
    text = "新华社联合国3月5日电 联合国安理会5日就决议草案进行表决,因俄罗斯一票否决,草案未获通过。"
    found = _triples(text)
    assert ("俄罗斯", "REJECT", "安理会") in found
    assert ("俄罗斯", "REJECT", "联合国") not in found


def test_someones_demand_as_a_noun_takes_no_target_from_the_next_clause() -> None:
    text = "俄罗斯一再否决安理会的停火要求,叙利亚局势因此持续恶化。"
    assert ("俄罗斯", "REQUEST", "叙利亚") not in _triples(text)


def test_a_warning_with_an_adjective_still_warns_the_next_clause() -> None:
    assert ("俄罗斯", "THREATEN", "乌克兰") in _triples("俄方发出了严厉的警告,乌克兰必须立即撤军。")


# -- …,其中包括X: the people or bodies listed after a measure's target are hit by it too ---------

INCLUDED = [
    (
        "英国宣布禁止15名俄罗斯官员入境,其中包括俄罗斯外长拉夫罗夫。",
        ("英国", "SANCTION", "拉夫罗夫"),
    ),
    (
        "美国财政部制裁了伊朗的8名官员,其中包括伊朗外长扎里夫和国防部长。",
        ("美国财政部", "SANCTION", "扎里夫"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INCLUDED)
def test_listed_after_a_measures_target(text, expected) -> None:
    assert expected in _triples(text)


def test_one_who_only_says_whose_is_not_listed() -> None:
    found = _triples("俄罗斯宣布对20名加拿大公民实施制裁,包括加拿大总理特鲁多的妻子。")
    assert ("俄罗斯", "SANCTION", "特鲁多") not in found


def test_a_measure_listed_is_no_target() -> None:
    found = _triples("美国宣布制裁伊朗,其中包括对石油出口的限制。")
    assert found == {("美国", "SANCTION", "伊朗")}


# -- 起诉: a suit between states or international bodies is a complaint ------------------------

LAWSUITS = [
    ("中国在世贸组织起诉欧盟。", ("中国", "ACCUSE", "欧盟")),
    ("南非在国际法院起诉以色列。", ("南非", "ACCUSE", "以色列")),
    ("美国检察官起诉华为。", ("美国", "COERCE", "华为")),
    ("日本在世贸组织起诉韩国半导体补贴措施。", ("日本", "ACCUSE", "韩国")),
    ("美国起诉了三名朝鲜黑客。", ("美国", "COERCE", "朝鲜")),
]


@pytest.mark.parametrize(("text", "expected"), LAWSUITS)
def test_a_suit_between_states_is_a_complaint(text, expected) -> None:
    assert expected in _triples(text)


# -- 对X的这一决定,中方表示…: a fronted 对-phrase names what the response in the next clause answers

FRONTED_TOPICS = [
    ("对日本政府的这一决定,中方表示强烈不满和坚决反对。", ("中国", "ACCUSE", "日本")),
    ("对欧盟的所谓制裁,俄方表示坚决反对。", ("俄罗斯", "ACCUSE", "欧盟")),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_TOPICS)
def test_a_fronted_topic_is_what_the_response_answers(text, expected) -> None:
    assert expected in _triples(text)


def test_a_topic_inside_the_responding_clause_is_not_fronted() -> None:
    assert _triples("中方对此表示坚决反对。") == set()
