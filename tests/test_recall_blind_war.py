"""Recall and precision on a blind round of war news (Russia–Ukraine; Israel, Gaza, Lebanon,
Iran and Yemen): weapons sent or shot down, captives handed over, code-named operations,
siege cut-offs, blame laid with 归咎于, and a date fixed ahead (预定, 定于).

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 派出…无人机: drones sent against a place attack it; no envoy is sent -----------------------


def test_drones_sent_attack() -> None:
    found = _plain("俄军当天凌晨向基辅派出30架攻击型无人机。")
    assert ("俄军", "ASSAULT", "乌克兰") in found
    assert not any(t == "CONSULT" for _, t, _ in found)


def test_envoy_sent_is_still_contact() -> None:
    assert ("美国", "CONSULT", "乌克兰") in _plain("美国向乌克兰派出特使团。")


# -- 拦截…导弹: shooting down a weapon detains no one -------------------------------------------

INTERCEPTIONS = [
    "乌克兰空军说，俄军发射的导弹和无人机全部被乌防空系统拦截。",
    "以色列军方称，其防空部队拦截了伊朗发射的大部分导弹。",
    "约旦表示，其空军拦截了飞越领空的无人机。",
]


@pytest.mark.parametrize("text", INTERCEPTIONS)
def test_interception_is_no_detention(text) -> None:
    assert not any(t == "COERCE" for _, t, _ in _plain(text))


def test_ship_intercepted_is_still_detention() -> None:
    assert ("中国海警", "COERCE", "菲律宾") in _plain("中国海警依法拦截菲律宾船只。")


# -- 移交…战俘/人质/被扣押人员: handing captives over frees them -------------------------------

HANDOVERS = [
    ("俄罗斯向乌克兰移交了150名战俘。", ("俄罗斯", "RETREAT", "乌克兰")),
    ("哈马斯当天向以方移交4名被扣押人员。", ("哈马斯", "RETREAT", "以色列")),
    ("乌克兰向俄罗斯移交了一批被俘士兵。", ("乌克兰", "RETREAT", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), HANDOVERS)
def test_captives_handed_over_are_released(text, expected) -> None:
    found = _plain(text)
    assert expected in found
    assert not any(t == "AID" for _, t, _ in found)


def test_weapons_handed_over_are_still_aid() -> None:
    assert ("美国", "AID", "乌克兰") in _plain("美国向乌克兰移交了首批武器。")


# -- 发动“…”行动: a code-named operation is an armed attack ------------------------------------

OPERATIONS = [
    ("以色列国防军宣布对哈马斯发动“铁剑”行动。", ("以军", "ASSAULT", "哈马斯")),
    ("哈马斯宣布对以色列发动了“阿克萨洪水”行动。", ("哈马斯", "ASSAULT", "以色列")),
    ("美军对胡塞武装发动“粗野骑士”行动。", ("美军", "ASSAULT", "胡塞武装")),
]


@pytest.mark.parametrize(("text", "expected"), OPERATIONS)
def test_code_named_operation_is_an_attack(text, expected) -> None:
    assert expected in _plain(text)


def test_operation_with_no_target_is_no_event() -> None:
    assert events_of("数千名民众发动“占领中环”行动。") == set()


# -- 切断…供水: a siege's cut-off is an embargo -------------------------------------------------

CUT_OFFS = [
    ("以色列能源部长卡茨宣布切断对加沙地带的供水。", ("卡茨", "SANCTION", "加沙")),
    ("以色列宣布切断对加沙地带的电力供应。", ("以色列", "SANCTION", "加沙")),
    ("俄罗斯切断了对摩尔多瓦的燃料供应。", ("俄罗斯", "SANCTION", "摩尔多瓦")),
]


@pytest.mark.parametrize(("text", "expected"), CUT_OFFS)
def test_cut_off_supplies_are_an_embargo(text, expected) -> None:
    assert expected in _plain(text)


# -- 归咎于: the 于 of the verb introduces whom it blames ---------------------------------------

BLAME = [
    ("乌总统顾问波多利亚克把局势升级归咎于俄方。", ("波多利亚克", "ACCUSE", "俄罗斯")),
    ("美国把疫情扩散归咎于中国。", ("美国", "ACCUSE", "中国")),
    ("黎巴嫩政府将袭击事件归咎于以色列。", ("黎巴嫩", "ACCUSE", "以色列")),
]


@pytest.mark.parametrize(("text", "expected"), BLAME)
def test_blame_laid_with_guijiuyu(text, expected) -> None:
    assert expected in _plain(text)


def test_place_after_yu_is_still_no_target() -> None:
    assert not any(t == "ACCUSE" for _, t, _ in _plain("双方会谈于俄罗斯举行。"))


# -- 预定, 定于: a date fixed ahead makes the act intended --------------------------------------

FIXED_DATES = [
    ("俄罗斯总统普京与美国总统特朗普预定15日在阿拉斯加举行峰会。", ("普京", "CONSULT", "特朗普")),
    ("乌克兰总统泽连斯基定于19日访问土耳其。", ("泽连斯基", "CONSULT", "土耳其")),
]


@pytest.mark.parametrize(("text", "expected"), FIXED_DATES)
def test_fixed_date_is_intended(text, expected) -> None:
    assert (*expected, "intended") in events_of(text)


# -- 自冲突开始以来: a war that names no sides only dates the sentence ---------------------------


def test_war_without_sides_only_dates() -> None:
    found = _plain("俄罗斯和乌克兰同意进行自冲突开始以来最大规模的战俘交换。")
    assert ("俄罗斯", "AGREE", "乌克兰") in found
    assert not any(t == "ASSAULT" for _, t, _ in found)


def test_war_since_its_start_names_no_fight() -> None:
    found = _plain("自战争爆发以来，俄罗斯和乌克兰已交换战俘50多次。")
    assert ("俄罗斯", "RETREAT", "乌克兰") in found
    assert not any(t == "ASSAULT" for _, t, _ in found)


def test_war_with_its_sides_is_still_a_fight() -> None:
    assert ("俄罗斯", "ASSAULT", "乌克兰") in _plain("俄乌冲突爆发以来，中国一直主张和谈。")


# -- 美军中央司令部: US Central Command is a military organ of the US ------------------------


def test_central_command_strikes() -> None:
    found = _plain("中央司令部部队对胡塞武装的无人水面舰艇实施了自卫打击。")
    assert ("美军中央司令部", "ASSAULT", "胡塞武装") in found


# -- 讨论…协议: a deal talked about is not reached ----------------------------------------------


def test_deal_discussed_is_talks_only() -> None:
    found = _plain("哈马斯代表团和卡塔尔代表团将在埃及讨论新的停火协议。")
    assert ("哈马斯", "CONSULT", "卡塔尔") in found
    assert not any(t == "AGREE" for _, t, _ in found)


def test_deal_details_discussed_is_talks_only() -> None:
    found = _plain("以色列和哈马斯代表团在开罗磋商停火协议的细节。")
    assert not any(t == "AGREE" for _, t, _ in found)


REACHED_AFTER_TALKS = [
    "中国和美国经过讨论达成协议。",
    "中美两国外长讨论并签署了合作协议。",
]


@pytest.mark.parametrize("text", REACHED_AFTER_TALKS)
def test_deal_reached_after_talks_is_agreement(text) -> None:
    assert ("中国", "AGREE", "美国") in _plain(text)


# -- 对此深感遗憾 after one's own strike: no censure of whom it struck --------------------------


def test_regret_over_own_strike_accuses_nobody() -> None:
    text = "以军声明证实攻击，称击毙了一名真主党成员，但另有几名平民死亡，对此深感遗憾。"
    found = _plain(text)
    assert ("以军", "ASSAULT", "真主党") in found
    assert not any(t == "ACCUSE" for _, t, _ in found)


def test_censure_of_anothers_strike_stands() -> None:
    text = "以色列空袭了黎巴嫩南部，黎巴嫩对此表示强烈谴责。"
    assert ("黎巴嫩", "ACCUSE", "以色列") in _plain(text)


# -- 内容包括: what a proposal holds is still to be done ---------------------------------------


def test_proposal_content_is_intended() -> None:
    text = "哈马斯代表团已收到一项新停火提议，其内容包括分两批释放以色列被扣押人员。"
    assert ("哈马斯", "RETREAT", "以色列", "intended") in events_of(text)


# -- 这次换俘由X居中斡旋: a mediated exchange is between the sides of the last release ----------


def test_mediated_exchange_is_between_the_released_sides() -> None:
    text = (
        "俄罗斯和乌克兰今天交换了84名战俘。俄罗斯总统普京与美国总统特朗普预定15日举行峰会。"
        "俄罗斯国防部表示，这次换俘由阿联酋居中斡旋。"
    )
    found = _plain(text)
    assert ("阿拉伯联合酋长国", "CONSULT", "乌克兰") in found
    assert ("阿拉伯联合酋长国", "CONSULT", "美国") not in found


def test_mediated_deal_is_still_between_its_sides() -> None:
    text = "以色列与哈马斯达成停火协议。协议是在卡塔尔斡旋下达成的。"
    found = _plain(text)
    assert ("卡塔尔", "CONSULT", "以色列") in found
    assert ("卡塔尔", "CONSULT", "哈马斯") in found


# -- 谴责此次袭击: an attack referred back to names its doer -----------------------------------

CONDEMNED_THIS = [
    ("以色列当天对黎巴嫩发动空袭。黎巴嫩总理萨拉姆谴责此次袭击。", ("萨拉姆", "ACCUSE", "以色列")),
    ("以色列当天对黎巴嫩发动空袭。黎巴嫩谴责这次袭击。", ("黎巴嫩", "ACCUSE", "以色列")),
    ("俄军袭击了基辅。乌克兰外交部谴责这起袭击。", ("乌克兰外交部", "ACCUSE", "俄军")),
]


@pytest.mark.parametrize(("text", "expected"), CONDEMNED_THIS)
def test_attack_referred_back_is_condemned(text, expected) -> None:
    assert expected in _plain(text)


def test_standing_rejection_names_no_object() -> None:
    assert events_of("中方坚决反对这是一贯立场。") == set()


# -- 各自释放, 各向对方移交: each side frees the other's captives -----------------------------

MUTUAL_RELEASES = [
    "俄罗斯和乌克兰今天各自释放了84名战俘。",
    "俄罗斯和乌克兰今天表示，双方各自换了84名战俘。",
    "俄罗斯与乌克兰双方星期日各向对方移交146名被俘军人。",
    "俄罗斯和乌克兰互相释放了一批战俘。",
]


@pytest.mark.parametrize("text", MUTUAL_RELEASES)
def test_each_side_releases_the_other(text) -> None:
    found = _plain(text)
    assert ("俄罗斯", "RETREAT", "乌克兰") in found
    assert ("乌克兰", "RETREAT", "俄罗斯") in found


def test_one_sided_release_stays_one_sided() -> None:
    assert _plain("朝鲜释放了三名美国人。") == {("朝鲜", "RETREAT", "美国")}


# -- 行动是为了: the aim given for an action is no act of its own -----------------------------


def test_aim_of_an_action_is_no_event() -> None:
    assert events_of("胡塞武装表示，他们在红海的行动是为了帮助加沙地带的巴勒斯坦人。") == set()


def test_action_with_an_aim_still_happens() -> None:
    assert ("美国", "ASSAULT", "胡塞武装") in _plain("美国对胡塞武装采取军事行动是为了保护航运。")


# -- 批评 with no object of its own: the doer of the act in focus ------------------------------

CENSURED = [
    (
        "以色列当天对黎巴嫩发动空袭。黎巴嫩总理萨拉姆批评，此次袭击是公然犯罪。",
        ("萨拉姆", "ACCUSE", "以色列"),
    ),
    ("以色列当天对黎巴嫩发动空袭。黎巴嫩总理萨拉姆批评此次袭击。", ("萨拉姆", "ACCUSE", "以色列")),
    ("美国对华加征关税。中方对此提出批评。", ("中国", "ACCUSE", "美国")),
    ("以色列当天对黎巴嫩发动空袭。黎巴嫩谴责说，这是公然犯罪。", ("黎巴嫩", "ACCUSE", "以色列")),
]


@pytest.mark.parametrize(("text", "expected"), CENSURED)
def test_censure_without_object_answers_the_act_in_focus(text, expected) -> None:
    assert expected in _plain(text)


def test_censure_stated_about_someone_is_not_the_focus() -> None:
    text = "中国与美国举行会谈。以色列批评说，拜登政府在中东政策上软弱无能。"
    assert ("以色列", "ACCUSE", "中国") not in _plain(text)


# -- 警告,将袭击…: a warning that announces a move is aimed at whom the move hits ---------------

WARNED_MOVES = [
    ("胡塞武装警告，将袭击所有美国军舰。", ("胡塞武装", "THREATEN", "美国")),
    ("胡塞武装此前警告，计划袭击任何与以色列有联系的船只。", ("胡塞武装", "THREATEN", "以色列")),
    ("俄罗斯警告，将对北约部署作出回应。", ("俄罗斯", "THREATEN", "北约")),
]


@pytest.mark.parametrize(("text", "expected"), WARNED_MOVES)
def test_warning_of_a_move_aims_at_its_target(text, expected) -> None:
    assert expected in _plain(text)


def test_warning_of_a_move_against_nobody_is_no_event() -> None:
    assert events_of("中方警告，将采取一切必要措施。") == set()


# -- 代表团成员包括外交部副部长X: a delegation's members serve its country's organs -------------


def _roles(text: str) -> set[tuple[str, str]]:
    return {(r.person.actor.label, r.org.actor.label) for r in extract_article(article(text)).roles}


DELEGATIONS = (
    "土耳其外交部长哈坎·菲丹当天主持会谈。俄罗斯代表团由普京的助理梅金斯基率领。"
    "代表团成员还包括外交部副部长米哈伊尔·加卢津、国防部副部长亚历山大·福明等。"
    "乌克兰代表团由国防部长乌梅罗夫率领。代表团成员包括外交部副部长谢尔盖·基斯利恰等。"
)


def test_delegation_members_serve_its_country() -> None:
    roles = _roles(DELEGATIONS)
    assert ("米哈伊尔·加卢津", "俄罗斯外交部") in roles
    assert ("亚历山大·福明", "俄罗斯国防部") in roles
    assert ("谢尔盖·基斯利恰", "乌克兰外交部") in roles
    assert ("米哈伊尔·加卢津", "土耳其外交部") not in roles


def test_bare_ministry_without_delegation_is_the_organ_named_before() -> None:
    text = "土耳其外交部发表声明。外交部副部长艾哈迈德·耶尔德兹出席会议。"
    assert ("艾哈迈德·耶尔德兹", "土耳其外交部") in _roles(text)


# -- 向X了解情况: asking another side about a matter is a contact -----------------------------

ASKED_ABOUT = [
    ("美国正向乌方了解此事。", ("美国", "CONSULT", "乌克兰")),
    ("中方已向美方了解有关情况。", ("中国", "CONSULT", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), ASKED_ABOUT)
def test_asking_another_side_is_contact(text, expected) -> None:
    assert expected in _plain(text)


def test_looking_into_a_matter_alone_is_no_contact() -> None:
    assert events_of("中国驻日使馆正在了解情况。") == set()


# -- 警告B,…将导致…: what a warning to a named side warns of is no act of the warner ----------

WARNED_OF = [
    "阿拉伯国家多次警告美国，无条件支持以色列在加沙地带的行动将导致冲突蔓延到整个地区。",
    "中方警告美方，对台军售将严重损害中美关系。",
]


@pytest.mark.parametrize("text", WARNED_OF)
def test_consequence_warned_of_is_no_act_of_the_warner(text) -> None:
    found = _plain(text)
    assert any(t == "THREATEN" for _, t, _ in found)
    assert {t for _, t, _ in found} == {"THREATEN"}


def test_act_announced_after_a_warning_stands() -> None:
    found = _plain("中国警告日本，并宣布对其实施制裁。")
    assert ("中国", "SANCTION", "日本") in found


# -- 加沙永久停火, 之间的停火谈判: a truce's place and the talks about it ------------------------


def test_place_of_a_lasting_truce_is_no_party() -> None:
    assert events_of("埃及希望促成加沙永久停火。") == set()


def test_talks_between_sides_pushed_ask_nobody() -> None:
    text = "卡塔尔首相当天启程赴埃及，继续推动以色列与哈马斯之间的停火谈判。"
    found = _plain(text)
    assert found
    assert not any(t == "REQUEST" for _, t, _ in found)


def test_pushing_sides_to_act_still_asks_them() -> None:
    found = _plain("中国推动安理会放松对朝制裁。")
    assert ("中国", "REQUEST", "安理会") in found
