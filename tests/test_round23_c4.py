"""Round 23 (c4): classes found on fresh pages about summits and multilateral bodies (EU
summits and councils, G7, ASEAN, APEC side meetings, leaders meeting at a forum).

- a person found after a title, named again bare later in the same sentence, is that person, not
  a short form inside the name (总理欧尼尔…也与欧尼尔握手: not 欧 of the EU), as a later
  sentence already has it;
- a readiness (已做好准备, 做好…准备) for talks, cooperation or help threatens no one; readiness
  for force still does;
- every member of the list that ends at a passive's patient suffers the act (总统温敏和国务资政
  昂山素季被军方扣押, 外长扎里夫和国防部长哈塔米被美国制裁);
- a response whose cause a reason phrase gives right before it, closed by 而 (日本因朝鲜发射导弹
  而感到愤怒), answers the actor of the cause, and that actor is not the responder.

Sentences are written for these tests (new names and details), in the style of wire reports.
"""

from __future__ import annotations

import pytest
from sentences import events_of

D = "2024-05-10"


# --- a titled name named again in its own sentence ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "斐济总理兰布卡在机场迎接各国代表,萨摩亚总理菲娅梅也与兰布卡握手寒暄。",
            ("菲娅梅", "CONSULT", "兰布卡", "asserted"),
        ),
        (
            "汤加首相欧塔卡说,澳大利亚总理阿尔巴尼斯将与欧塔卡会晤。",
            ("阿尔巴尼斯", "CONSULT", "欧塔卡", "intended"),
        ),
        (
            "智利外长巴伦苏埃拉表示,秘鲁外长冈萨雷斯次日同巴伦苏埃拉举行了会谈。",
            ("冈萨雷斯", "CONSULT", "巴伦苏埃拉", "asserted"),
        ),
    ],
)
def test_a_titled_name_again_in_its_sentence_is_the_person(text: str, expected: tuple) -> None:
    found = events_of(text, D)
    assert expected in found
    assert not any(e[2] in {"欧盟", "欧洲"} for e in found)


def test_a_known_short_form_that_is_not_the_name_stays_a_country() -> None:
    found = events_of("新西兰总理希普金斯说,新西兰将与欧盟举行自贸谈判。", D)
    assert ("新西兰", "CONSULT", "欧盟", "intended") in found


# --- readiness for peace is no threat ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "老挝外长表示,东盟已做好准备,将通过建设性的方式为柬埔寨提供帮助。",
        "朝鲜外务省发言人说,朝鲜已做好与日本对话的准备。",
        "蒙古国总统表示,蒙方已做好准备,同哈萨克斯坦加强合作。",
        "新加坡已做好准备,随时与马来西亚举行会谈。",
    ],
)
def test_readiness_for_talks_or_help_threatens_no_one(text: str) -> None:
    found = events_of("东盟外长发表声明,呼吁缅甸各方保持克制。" + text, D)
    assert not any(e[1] == "THREATEN" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "伊朗警告以色列,伊朗军队已做好准备,将对任何侵略作出毁灭性回应。",
        "朝鲜发表声明警告韩国,朝鲜人民军已做好准备,随时回击韩国的挑衅。",
    ],
)
def test_readiness_for_force_still_threatens(text: str) -> None:
    found = events_of(text, D)
    assert any(e[1] == "THREATEN" for e in found)


# --- a list ending at a passive's patient ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agent", "patients"),
    [
        (
            "几内亚总统孔德和总理卡索里被政变军人扣押。",
            None,
            {"孔德", "卡索里"},
        ),
        (
            "委内瑞拉外长阿雷亚萨和国防部长帕德里诺被美国制裁。",
            "美国",
            {"阿雷亚萨", "帕德里诺"},
        ),
        (
            "白俄罗斯内政部长卡拉耶夫、国防部长赫列宁及总检察长舒韦德被欧盟制裁。",
            "欧盟",
            {"卡拉耶夫", "赫列宁", "舒韦德"},
        ),
    ],
)
def test_each_member_of_a_listed_patient_suffers(text: str, agent, patients: set) -> None:
    found = events_of(text, D)
    hit = {e[2] for e in found if e[1] in {"COERCE", "SANCTION"} and e[0] == (agent or e[0])}
    assert patients <= hit


def test_a_list_broken_by_an_act_is_no_patient_list() -> None:
    found = events_of("美国国务卿访问了秘鲁,智利外长范克拉韦伦被美国制裁。", D)
    assert not any(e[2] == "秘鲁" and e[1] == "SANCTION" for e in found)


# --- a response to what a reason phrase names ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北约秘书处发表声明。日本政府因朝鲜试射洲际导弹而感到愤怒。", ("日本", "ACCUSE", "朝鲜")),
        (
            "美国宣布新关税。立陶宛由于白俄罗斯放行移民而表示强烈不满。",
            ("立陶宛", "ACCUSE", "白俄罗斯"),
        ),
        ("西方国家也因为伊朗扣押油轮而感到愤怒,欧盟外长今天开会。", ("西方", "ACCUSE", "伊朗")),
    ],
)
def test_a_response_answers_the_actor_of_its_cause(text: str, expected: tuple) -> None:
    found = events_of(text, D)
    assert expected + ("asserted",) in found
    cause = expected[2]
    assert not any(e[0] == cause and e[1] == "ACCUSE" for e in found)


def test_a_response_with_its_own_object_keeps_it() -> None:
    found = events_of("俄罗斯因北约东扩对美国表示强烈不满。", D)
    assert ("俄罗斯", "ACCUSE", "美国", "asserted") in found


def test_therefore_is_no_cause() -> None:
    found = events_of("美国宣布对台军售。中国因此而感到愤怒。", D)
    assert ("中国", "ACCUSE", "美国", "asserted") in found


# --- a deal or talks named as what is talked about -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "泰国总理与越南总理会面时,触及“泰越自由贸易协定”的议题。",
        "两国外长就中日韩自贸协定问题交换了意见。",
        "双方代表谈及美墨协定等议题。",
    ],
)
def test_a_deal_talked_about_is_not_reached(text: str) -> None:
    found = events_of(text, D)
    assert not any(e[1] == "AGREE" for e in found)


def test_the_sides_of_a_deal_talked_about_do_not_talk() -> None:
    found = events_of("两国外长就中日韩自贸协定问题交换了意见。", D)
    assert not any(e[1] == "CONSULT" and e[0] in {"中国", "日本"} for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("泰国和越南签署了自由贸易协定。", ("泰国", "AGREE", "越南")),
        ("泰越自由贸易协定于今年生效。", ("泰国", "AGREE", "越南")),
    ],
)
def test_a_deal_reached_or_in_force_stays(text: str, expected: tuple) -> None:
    found = events_of(text, D)
    assert any(e[:3] == expected or (e[2], e[1], e[0]) == expected for e in found)


# --- leaders who interact -------------------------------------------------------------------


def test_leaders_who_interact_at_a_summit_meet() -> None:
    found = events_of("斐济总理兰布卡在峰会上与新西兰总理希普金斯等各国领导人互动。", D)
    assert any(e[:2] == ("兰布卡", "CONSULT") and e[2] in {"希普金斯", "新西兰"} for e in found)


def test_interacting_with_no_actor_meets_no_one() -> None:
    found = events_of("新西兰总理拉克松在社交媒体上与网友互动。", D)
    assert not any(e[1] == "CONSULT" for e in found)


# --- a defence capability built up faces no one ------------------------------------------------


def test_a_defence_capability_built_up_mobilises_against_no_one() -> None:
    found = events_of(
        "斯洛伐克拒绝支持欧盟的结论文件。关于加强欧洲防务,斯洛伐克总理菲佐表示,"
        "欧洲只有加强军队建设、拥有更强大的防御能力,"
        "才会赢得重视。",
        D,
    )
    assert not any(e[1] == "MOBILIZE" for e in found)


def test_defences_raised_against_a_neighbour_still_mobilise() -> None:
    found = events_of("朝鲜发射导弹后,韩军加强了对朝防御。", D)
    assert ("韩军", "MOBILIZE", "朝鲜", "asserted") in found


# --- 计划 inside a minister's title plans nothing -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "外交部长李明、商务部部长赵刚同约旦外长萨法迪、计划部长哈姆丹共同主持会议。",
            ("李明", "CONSULT", "哈姆丹", "asserted"),
        ),
        (
            "塞内加尔经济、计划和合作部部长迪奥普会见了日本驻塞大使。",
            ("迪奥普", "CONSULT", "日本", "asserted"),
        ),
    ],
)
def test_a_planning_ministers_title_plans_nothing(text: str, expected: tuple) -> None:
    assert expected in events_of(text, D)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国计划与伊朗举行会谈。", ("美国", "CONSULT", "伊朗", "intended")),
        ("日本计划部署更多导弹,以应对朝鲜。", ("日本", "MOBILIZE", "朝鲜", "intended")),
    ],
)
def test_a_plan_still_plans(text: str, expected: tuple) -> None:
    found = events_of(text, D)
    assert expected in found or not any(e[:3] == expected[:3] for e in found)


# --- what an official says the body must do is the body's plan -------------------------------


def test_an_official_says_what_her_own_body_must_do() -> None:
    found = events_of(
        "欧洲联盟新任外交和安全政策高级代表罗西尼说,欧盟今天将讨论对白俄罗斯的新制裁。"
        "罗西尼说,欧盟必须找出一套完整策略,包括敦促摩尔多瓦采取改革措施。",
        D,
    )
    assert not any(e[0] == "罗西尼" and e[1] == "REQUEST" and e[2] == "欧盟" for e in found)


def test_an_official_still_urges_another_side() -> None:
    found = events_of("东盟秘书长高金洪表示,东盟将讨论缅甸局势。高金洪说,缅甸军方必须停止暴力。", D)
    assert ("高金洪", "REQUEST", "缅甸军队", "asserted") in found


# --- a paper named after a place and a field is a source --------------------------------------


def test_a_paper_named_after_a_place_is_no_actor() -> None:
    found = events_of(
        "香港富商林志雄在看守所突然死亡。8月30日,《香港经济日报》报导称,林志雄去年被指在内地死亡,"
        "有公司日前入禀高等法院,向林志雄代表追讨欠债。",
        D,
    )
    assert not any(e[0] == "香港" for e in found)


def test_a_country_reported_by_such_a_paper_still_acts() -> None:
    found = events_of("《日本经济新闻》报道,日本将向乌克兰提供援助。", D)
    assert ("日本", "AID", "乌克兰", "intended") in found


# --- 在声明中对X: "in the statement", not China ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "西班牙外长阿尔瓦雷斯在声明中对伊朗的导弹袭击表示谴责。",
            ("阿尔瓦雷斯", "ACCUSE", "伊朗"),
        ),
        ("奥地利总理在会谈中对法国的提议表示欢迎。", ("奥地利", "SUPPORT", "法国")),
        ("波兰外交部在联合声明中对俄罗斯的行为表示强烈不满。", ("波兰外交部", "ACCUSE", "俄罗斯")),
        ("荷兰首相在讲话中对日本表示感谢。", ("荷兰", "SUPPORT", "日本")),
    ],
)
def test_in_a_statement_is_not_china(text: str, expected: tuple) -> None:
    found = events_of(text, D)
    assert expected + ("asserted",) in found
    assert not any(e[0] == "中国" for e in found)


def test_a_short_form_acting_on_another_still_acts() -> None:
    found = events_of("中对美反制措施即日生效,美对台军售遭到批评。", D)
    assert not any(e[0] == "中国" and e[2] == "中国" for e in found)
    assert any(e[0] == "美国" and e[2] == "台湾" for e in found)


# --- concern about a situation answers no one --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "印度总理出席峰会并会见了巴西总统。东盟外长发表联合公报,对南海局势表示关切。",
        "普京会见了伊朗总统。联合国秘书长对加沙人道主义局势表示关切。",
        "日本首相会见了印度总理。七国集团对台湾海峡的和平稳定表示关切。",
        "美国总统会见了日本首相。欧盟对中东形势表示担忧。",
    ],
)
def test_concern_about_a_situation_answers_no_one(text: str) -> None:
    found = events_of(text, D)
    assert not any(e[1] == "ACCUSE" for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中方对美方在台湾问题上的错误言行表示强烈不满。", ("中国", "ACCUSE", "美国")),
        ("美国宣布对古巴实施新制裁。古巴外长就此表示强烈谴责。", ("古巴", "ACCUSE", "美国")),
        ("俄罗斯对北约在东欧的军事部署表示担忧。", ("俄罗斯", "ACCUSE", "北约")),
    ],
)
def test_concern_about_an_actor_or_a_move_still_answers_it(text: str, expected: tuple) -> None:
    assert expected + ("asserted",) in events_of(text, D)


# --- attending together, witnessing a signing together -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("葡萄牙总理科斯塔与西班牙首相桑切斯共同出席新闻发布会。", ("科斯塔", "CONSULT", "桑切斯")),
        ("智利总统博里奇和阿根廷总统米莱共同出席了开幕式。", ("博里奇", "CONSULT", "米莱")),
        (
            "越南总理范明政同老挝总理宋赛共同见证了多项合作文件的签署。",
            ("范明政", "AGREE", "宋赛"),
        ),
    ],
)
def test_leaders_together_at_a_ceremony(text: str, expected: tuple) -> None:
    found = events_of(text, D)
    assert any(e[1] == expected[1] and {e[0], e[2]} == {expected[0], expected[2]} for e in found)


def test_witnessing_a_moment_is_no_agreement() -> None:
    found = events_of("越南总理范明政同老挝总理宋赛共同见证了这一历史性时刻。", D)
    assert not any(e[1] == "AGREE" for e in found)


# --- a war a drill word follows is rehearsed ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "朝中社谴责美日联合军演是侵略战争的预演。",
        "朝鲜称,美韩军演是北侵战争演习。",
        "美韩联合军演被朝鲜视为侵略战争预演。",
    ],
)
def test_a_war_rehearsed_is_no_fight(text: str) -> None:
    assert not any(e[1] == "ASSAULT" for e in events_of(text, D))


def test_a_war_waged_is_still_a_fight() -> None:
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in events_of(
        "俄罗斯对乌克兰发动侵略战争。", D
    )
