"""Accuracy round 22 (b2): fresh mainland simplified-Chinese reports on Asia-Pacific affairs
(the Korean peninsula, Japan and Korea, India and Pakistan, the South China Sea) and foreign-
ministry answers. The classes found there, each tested below with sentences written for the
test in the style of Chinese international news, and with near misses that must stay silent.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str, date: str | None = "2024-05-10") -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text, date)}


# -- a blamed joint act of a compound after a relative clause, and a second one coordinated ----

BLAMED_DRILLS = [
    (
        "朝鲜外务省发言人谴责将于下月举行的美日韩联合军演。",
        {
            ("朝鲜外务省", "ACCUSE", "美国"),
            ("朝鲜外务省", "ACCUSE", "日本"),
            ("朝鲜外务省", "ACCUSE", "韩国"),
        },
    ),
    (
        "中方强烈谴责正在南海进行的美菲联合演习。",
        {("中国", "ACCUSE", "美国"), ("中国", "ACCUSE", "菲律宾")},
    ),
    (
        "朝鲜国防省谴责美韩空中演习“警戒王牌”和美日联合军演。",
        {
            ("朝鲜国防省", "ACCUSE", "美国"),
            ("朝鲜国防省", "ACCUSE", "韩国"),
            ("朝鲜国防省", "ACCUSE", "日本"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), BLAMED_DRILLS)
def test_each_side_of_a_blamed_joint_drill_is_blamed(text, expected) -> None:
    assert expected <= _pairs(text)


def test_support_for_a_joint_dialogue_after_a_relative_clause_blames_nobody() -> None:
    found = _pairs("中方支持即将重启的朝美对话。")
    assert not {p for p in found if p[1] in {"ACCUSE", "SUPPORT"} and p[2] in {"朝鲜", "美国"}}


def test_a_coordinated_place_after_a_blamed_drill_is_no_target() -> None:
    found = _pairs("朝鲜谴责美韩联合军演和韩国国内的反朝集会。")
    assert ("朝鲜", "ACCUSE", "美国") in found
    assert not any(o == "日本" for _, _, o in found)


# -- blame with a plain 负责: X称Y应对此事负责 accuses Y -------------------------------------------

BLAME_ANSWER_FOR = [
    ("印度外交部发言人称,巴基斯坦应对这起袭击负责。", "巴基斯坦"),
    ("泰国军方认为,柬埔寨应为边境冲突负责。", "柬埔寨"),
    ("伊朗外长表示,以色列必须对袭击使馆事件负责。", "以色列"),
    ("韩国统一部表示,朝鲜应当对炸毁联络办公室负责。", "朝鲜"),
]


@pytest.mark.parametrize(("text", "target"), BLAME_ANSWER_FOR)
def test_who_should_answer_for_a_deed_is_accused(text, target) -> None:
    assert any(t == "ACCUSE" and o == target for _, t, o in _pairs(text))


DUTY_NOT_BLAME = [
    "他说,日本政府负责处理此事。",
    "外交部发言人说,美国应对危机的方式由财政部负责。",
    "中方将积极应对这一挑战,对本国人民负责。",
    "菲律宾外交部负责人表示,将与中方保持沟通。",
]


@pytest.mark.parametrize("text", DUTY_NOT_BLAME)
def test_a_duty_or_a_response_blames_nobody(text) -> None:
    assert not any(t == "ACCUSE" for _, t, _ in _pairs(text))


# -- 中日四个政治文件: the documents two sides signed, named by their sides, are their agreement --

POLITICAL_DOCUMENTS = [
    ("日方言行严重违背中日四个政治文件精神。", ("中国", "AGREE", "日本")),
    ("外交部发言人强调,双方应恪守中韩两个政治文件的原则。", ("中国", "AGREE", "韩国")),
]


@pytest.mark.parametrize(("text", "expected"), POLITICAL_DOCUMENTS)
def test_political_documents_of_two_sides_are_their_agreement(text, expected) -> None:
    subject, kind, obj = expected
    found = _pairs(text)
    assert (subject, kind, obj) in found or (obj, kind, subject) in found


def test_a_partys_own_political_document_agrees_with_nobody() -> None:
    assert not any(t == "AGREE" for _, t, _ in _pairs("越共中央发布了一份重要政治文件。"))


# -- struck off a white list (白色清单, 排除出, 排除在…之外, 除名) is sanctioned; off the entity
# -- list or a sanctions list with 除名 is eased -----------------------------------------------

WHITE_LIST_STRUCK = [
    ("韩国政府决定把日本排除出贸易“白色清单”。", ("韩国", "SANCTION", "日本")),
    ("日本政府正式把韩国从“白色清单”中除名。", ("日本", "SANCTION", "韩国")),
    ("韩国政府宣布将日本排除在白名单之外。", ("韩国", "SANCTION", "日本")),
    ("日本内阁通过了将韩国移出白色清单的修正案。", ("日本内阁", "SANCTION", "韩国")),
    ("美国商务部把华为从实体清单中除名。", ("美国商务部", "CONCEDE", "华为")),
    ("美国把古巴从制裁名单中除名。", ("美国", "CONCEDE", "古巴")),
]


@pytest.mark.parametrize(("text", "expected"), WHITE_LIST_STRUCK)
def test_struck_off_a_white_list_is_sanctioned(text, expected) -> None:
    assert expected in _pairs(text)


@pytest.mark.parametrize("text", ["该党把三名议员除名。", "韩国政府将日本排除在外。"])
def test_struck_off_no_list_is_no_sanction(text) -> None:
    assert not any(t in {"SANCTION", "CONCEDE"} for _, t, _ in _pairs(text))


# -- 取消/撤销…出口管制: lifting export controls eases sanctions (the controls stay presupposed) ---

LIFTED_CONTROLS = [
    ("如果日本取消对韩国的出口管制措施,韩方将重新考虑该协定。", "hypothetical"),
    ("中方决定取消对美国部分商品的出口管制。", "asserted"),
    ("日本政府宣布撤销对韩国三种半导体材料的出口管制。", "asserted"),
]


@pytest.mark.parametrize(("text", "status"), LIFTED_CONTROLS)
def test_lifted_export_controls_ease_sanctions(text, status) -> None:
    assert any(t == "CONCEDE" and st == status for _, t, _, st in events_of(text, "2024-05-10"))


def test_controls_a_demand_would_lift_stay_in_force() -> None:
    found = _pairs("韩国要求日本撤销对韩出口管制措施。")
    assert ("日本", "SANCTION", "韩国") in found
    assert not any(t == "CONCEDE" for _, t, _ in found)


def test_lifted_traffic_controls_ease_nothing() -> None:
    assert events_of("警方宣布取消市中心的交通管制。", "2024-05-10") == set()


# -- a strong reaction to a side's measures is displeasure; trade controls are sanctions -------

STRONG_REACTIONS = [
    ("韩国方面对日方的贸易管制措施反应强烈。", ("韩国", "ACCUSE", "日本")),
    ("朝鲜对美韩联合军演作出强烈反应。", ("朝鲜", "ACCUSE", "美国")),
    ("日本对韩国实施贸易管制。", ("日本", "SANCTION", "韩国")),
]


@pytest.mark.parametrize(("text", "expected"), STRONG_REACTIONS)
def test_strong_reaction_and_trade_controls(text, expected) -> None:
    assert expected in _pairs(text)


def test_the_measures_reacted_to_are_not_the_reactors_act() -> None:
    found = _pairs("韩国方面对日方的贸易管制措施反应强烈。")
    assert not any(s == "韩国" and t in {"SANCTION", "COERCE"} for s, t, _ in found)


def test_a_market_reacting_strongly_blames_nobody() -> None:
    assert events_of("市场对美联储降息反应强烈。", "2024-05-10") == set()


# -- a name after a title ends before an adverb of frequency or duration (石平|长期…) ------------

NAME_BEFORE_ADVERB = [
    ("日本参议员石平长期在台湾问题上散布谬论,中方对其实施制裁。", "石平"),
    ("日本众议员山田太郎一直在涉台问题上挑衅,中方决定对其实施制裁。", "山田太郎"),
    ("菲律宾前参议员托伦蒂诺多次发表反华言论,中方决定对其实施制裁。", "托伦蒂诺"),
]


@pytest.mark.parametrize(("text", "name"), NAME_BEFORE_ADVERB)
def test_a_name_ends_before_an_adverb(text, name) -> None:
    found = _pairs(text)
    assert ("中国", "SANCTION", name) in found
    assert not any(name + "长期" in o or name + "一直" in o for _, _, o in found)


# -- 朝美间, 中美间: short forms before 间 (between) are the pair, though jieba joins 间 --

BETWEEN_PAIRS = [
    ("朝鲜外务省发表声明,警告将关闭朝美间所有外交接触渠道。", ("朝鲜外务省", "THREATEN", "美国")),
    ("中美间贸易额持续增长。", ("中国", "COOPERATE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), BETWEEN_PAIRS)
def test_a_pair_before_between_is_a_compound(text, expected) -> None:
    subject, kind, obj = expected
    found = _pairs(text)
    assert (subject, kind, obj) in found or (obj, kind, subject) in found


@pytest.mark.parametrize("text", ["访美期间,他会见了国务卿。", "他在中间人的斡旋下与对方会面。"])
def test_between_inside_other_words_makes_no_pair(text) -> None:
    assert not any(o in {"美国", "中国"} and s in {"美国", "中国"} for s, _, o in _pairs(text))


# -- 拒绝朝方要求: the demand a verb answers is the owner's noun; it asks no one next --

ANSWERED_DEMANDS = [
    "如果美国拒绝朝方要求,朝鲜将关闭所有外交渠道。",
    "美国拒绝朝方要求,朝美对话中断。",
    "以色列无视埃及要求,加沙局势持续恶化。",
]


@pytest.mark.parametrize("text", ANSWERED_DEMANDS)
def test_an_answered_demand_is_no_demand_of_the_answerer(text) -> None:
    # the owner's demand of the answerer is one (round 32: 朝方要求 asked 美国); the answerer
    # asks no one, and no one is asked in the clause after it
    asked = {(s, o) for s, t, o in _pairs(text) if t == "REQUEST"}
    assert asked <= {("朝鲜", "美国"), ("埃及", "以色列")}


def test_a_demand_before_a_pause_still_asks_the_next_clause() -> None:
    assert ("美国", "REQUEST", "朝鲜") in _pairs("美国要求,朝鲜立即停止导弹试射。")


# -- 必将招致严重后果: the consequences the speaker foretells for a side threaten it ---------------

FORETOLD_CONSEQUENCES = [
    ("朝鲜外务省发言人说,美国的挑衅行为必将招致严重后果。", ("朝鲜外务省", "THREATEN", "美国")),
    ("俄罗斯外交部表示,北约东扩将招致严重后果。", ("俄罗斯外交部", "THREATEN", "北约")),
]


@pytest.mark.parametrize(("text", "expected"), FORETOLD_CONSEQUENCES)
def test_foretold_consequences_threaten(text, expected) -> None:
    assert expected in _pairs(text)


def test_consequences_no_speaker_foretells_threaten_nobody() -> None:
    assert not any(t == "THREATEN" for _, t, _ in _pairs("专家认为,该政策可能招致不良后果。"))


# -- 对[中国军舰在…实弹演习]表示关切: the country whose unit drills is no target of the drill ----


def test_a_country_whose_warships_drill_is_not_drilled_against() -> None:
    found = _pairs("新西兰外长彼得斯对中国军舰在塔斯曼海实弹演习表示关切。")
    assert ("彼得斯", "ACCUSE", "中国") in found
    assert not any(t == "MOBILIZE" and o == "中国" for _, t, o in found)


@pytest.mark.parametrize(
    "text", ["乌克兰对俄罗斯军舰发动无人机袭击。", "乌克兰对俄罗斯军舰实施打击。"]
)
def test_warships_struck_keep_their_country_as_target(text) -> None:
    assert ("乌克兰", "ASSAULT", "俄罗斯") in _pairs(text)


# -- 海岸监视雷达: watching equipment given or sold keeps no watch on anyone --------------------


def test_watching_equipment_given_is_aid_not_a_watch() -> None:
    found = _pairs("日本政府决定向菲律宾提供海岸监视雷达。")
    assert ("日本", "AID", "菲律宾") in found
    assert not any(t == "MOBILIZE" for _, t, _ in found)


def test_a_watch_kept_on_a_side_still_mobilizes() -> None:
    assert ("韩军", "MOBILIZE", "朝鲜") in _pairs("韩国军方严密监视朝鲜动向。")


# -- 致信安理会,要求召开紧急会议: a demand that names no one asks the letter's addressee ---------

LETTER_DEMANDS = [
    ("柬埔寨首相洪玛奈致信联合国安理会,要求召开紧急会议。", ("洪玛奈", "REQUEST", "安理会")),
    ("菲律宾外长致函东盟秘书长,呼吁尽快举行特别外长会。", ("菲律宾", "REQUEST", "东盟")),
]


@pytest.mark.parametrize(("text", "expected"), LETTER_DEMANDS)
def test_a_letters_demand_asks_its_addressee(text, expected) -> None:
    assert expected in _pairs(text)


def test_a_demand_with_no_letter_asks_no_one() -> None:
    assert not any(t == "REQUEST" for _, t, _ in _pairs("中方要求,立即停火。"))


# -- 对日方的无理指责表示坚决反对: a groundless accusation is one trigger; the response still ----
# -- answers the side that made it --------------------------------------------------------------

GROUNDLESS = [
    ("中方对日方的无理指责表示坚决反对。", ("中国", "ACCUSE", "日本")),
    ("中方对菲方的无理要求表示强烈不满。", ("中国", "ACCUSE", "菲律宾")),
    ("美方无理指责中方。", ("美国", "ACCUSE", "中国")),
    ("日本无理要求中方撤回措施。", ("日本", "REQUEST", "中国")),
]


@pytest.mark.parametrize(("text", "expected"), GROUNDLESS)
def test_a_groundless_accusation_or_demand(text, expected) -> None:
    assert expected in _pairs(text)


@pytest.mark.parametrize("text", ["印度士兵向巴基斯坦士兵开枪。", "乌克兰对俄罗斯军舰开火。"])
def test_soldiers_or_warships_shot_at_keep_their_country_as_target(text) -> None:
    found = _pairs(text)
    assert any(t == "ASSAULT" and o in {"巴基斯坦", "俄罗斯"} for _, t, o in found)
