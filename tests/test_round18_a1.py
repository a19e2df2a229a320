"""Recall and precision on a blind round about East Asia (the Korean peninsula, the Taiwan
Strait, the South China Sea, US–China talks, tariffs and export controls): a missile fired
from the launcher's own soil, refusals that name no one, warnings to "anyone" who crosses a
line, a willingness that governs the list of acts after it, and the words of control,
monitoring and shows of force that these reports use.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 朝鲜在平壤一带发射导弹: a launch from one's own soil attacks nobody --------------------------

OWN_SOIL = [
    "韩国联合参谋本部表示,朝鲜当天在平壤顺安一带向东部海域发射2枚短程弹道导弹。",
    "韩军方称,朝鲜当天上午11时许,在平壤附近向半岛东部海域发射一枚弹道导弹。",
    "日本防卫省说,朝鲜在平壤郊外发射了一枚洲际弹道导弹。",
]


@pytest.mark.parametrize("text", OWN_SOIL)
def test_a_launch_from_own_soil_attacks_nobody(text) -> None:
    assert not any(t == "ASSAULT" for _, t, _ in _pairs(text))


ATTACKED_PLACE = [
    ("以军在加沙南部城市拉法发动空袭。", ("以军", "ASSAULT", "加沙")),
    ("乌克兰总统泽连斯基表示,俄军当天在基辅发动空袭。", ("俄军", "ASSAULT", "乌克兰")),
    ("俄军当天在俄罗斯别尔哥罗德州向乌克兰哈尔科夫发射导弹。", ("俄军", "ASSAULT", "乌克兰")),
]


@pytest.mark.parametrize(("text", "expected"), ATTACKED_PLACE)
def test_a_place_of_another_side_is_still_attacked(text, expected) -> None:
    assert expected in _pairs(text)


# -- 拒不撤回错误言论: a stubborn refusal refuses whoever demanded, and is the blamed one's ------


def test_refusing_to_take_words_back_refuses_who_asked() -> None:
    found = _pairs("中方要求日方收回错误言论。日方拒不撤回错误言论。")
    assert ("日本", "REJECT", "中国") in found


def test_a_stubborn_refusal_in_blame_is_the_blamed_ones() -> None:
    found = _pairs("中方批评美方滥用出口管制,损害中方利益,拒不纠正错误做法。")
    assert ("美国", "REJECT", "中国") in found
    assert ("中国", "REJECT", "美国") not in found


def test_a_stubborn_refusal_after_an_owner_in_the_object_is_not_the_owners() -> None:
    found = _pairs(
        "孙卫东召见日本驻华大使,批评高市早苗悍然发表涉台露骨挑衅言论,超越中方红线,且拒不承认错误。"
    )
    assert ("高市早苗", "REJECT", "孙卫东") in found
    assert not any(s in {"中国", "孙卫东"} and t == "REJECT" for s, t, _ in found)


def test_a_stubborn_refusal_a_statement_tells_is_of_whom_it_tells() -> None:
    found = _pairs(
        "中方指,吴江浩表示高市早苗在国会答辩时悍然发表涉台露骨挑衅言论,违反基本常识,且拒不承认错误。"
    )
    assert ("吴江浩", "REJECT", "高市早苗") not in found


REFUSALS_OF_ONES_OWN = [
    ("中方批评美方做法,拒绝接受美方指责。", ("中国", "REJECT", "美国")),
    ("中方表示台湾是中国领土,不接受日方的抗议。", ("中国", "REJECT", "日本")),
]


@pytest.mark.parametrize(("text", "expected"), REFUSALS_OF_ONES_OWN)
def test_a_plain_refusal_stays_the_speakers(text, expected) -> None:
    assert expected in _pairs(text)


def test_a_refusal_with_no_side_in_focus_is_no_event() -> None:
    assert events_of("他拒不认罪。") == set()


# -- 有力回击, 迎头痛击, 任何…都要为…付出代价: a vow to hit back warns the side in focus -----------

HIT_BACK = [
    "美国宣布对台军售。林剑表示,中方必将作出有力回击。",
    "美国宣布对台军售。林剑表示,任何参与对台售武的企业和个人都要为其错误付出代价。",
    "日本首相发表涉台言论。中方表示,如果日方胆敢武力介入台海,中方必将予以迎头痛击。",
]


@pytest.mark.parametrize("text", HIT_BACK)
def test_a_vow_to_hit_back_warns_the_side_in_focus(text) -> None:
    found = _pairs(text)
    assert any(t == "THREATEN" and o in {"美国", "日本"} for _, t, o in found)
    assert not any(t == "THREATEN" and s in {"美国", "日本", "台湾"} for s, t, _ in found)


def test_a_vow_with_no_side_in_focus_warns_nobody() -> None:
    assert events_of("林剑表示,任何参与对台售武的企业和个人都要为其错误付出代价。") == set()


# -- 愿同X一道,…,…: a willingness to go on together governs the list of what follows -------------

TOGETHER = [
    ("中方愿同美方一道,加强合作。", ("中国", "COOPERATE", "美国", "intended")),
    (
        "何立峰表示,中方愿同美方一道,积极落实两国元首通话重要共识,本着解决问题的务实态度,"
        "坦诚对话、平等协商,深挖合作潜力。",
        ("中国", "COOPERATE", "美国", "intended"),
    ),
    (
        "中方愿同美方一道,本着相互尊重的精神,坦诚对话、平等协商。",
        ("中国", "CONSULT", "美国", "intended"),
    ),
    ("中方愿与俄方携手,积极落实共识,深化合作。", ("中国", "COOPERATE", "俄罗斯", "intended")),
]


@pytest.mark.parametrize(("text", "expected"), TOGETHER)
def test_a_willingness_to_go_on_together_governs_the_list(text, expected) -> None:
    assert expected in events_of(text)


def test_the_list_ends_at_a_clause_with_an_actor_of_its_own() -> None:
    found = events_of("中方愿同美方一道,推动两国关系发展,欧盟则将加强合作。")
    # (中方's own 愿同美方一道 is its cooperation with 美国, round 46 bf; 欧盟's is not)
    assert not any(
        "欧盟" in (s, o) and "美国" in (s, o) and t == "COOPERATE" for s, t, o, _ in found
    )


def test_a_call_made_before_is_not_intended() -> None:
    found = events_of("中美两国元首1月17日通话。中方愿同美方一道,推动两国关系发展。")
    assert ("中国", "CONSULT", "美国", "asserted") in found


# -- the words of control, alert and shows of force --------------------------------------------

POSTURES = [
    ("美方对中国芯片产品加严管制。", ("美国", "SANCTION", "中国")),
    ("美国对华实施出口管制措施。", ("美国", "SANCTION", "中国")),
    ("中国海警艇对菲律宾肇事小艇依法进行管制。", ("中国海警", "COERCE", "菲律宾")),
    ("中国海警依法对菲律宾船只采取管制措施。", ("中国海警", "COERCE", "菲律宾")),
    ("韩国军方加强对朝监视和戒备。", ("韩军", "MOBILIZE", "朝鲜")),
    ("韩军表示,将维持对朝戒备态势。", ("韩军", "MOBILIZE", "朝鲜")),
    ("朝鲜此次武力示威,针对韩美两国在东部海域实施的联合海上演习。", ("朝鲜", "MOBILIZE", "韩国")),
    ("朝鲜此次武力示威,针对韩美两国在东部海域实施的联合海上演习。", ("朝鲜", "MOBILIZE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), POSTURES)
def test_words_of_control_alert_and_force(text, expected) -> None:
    assert expected in _pairs(text)


QUIET_POSTURES = [
    "朝鲜发起武力示威。",
    "美国对华实施出口管制措施。",  # export control measures are no coast guard's control
    "中方对进口商品进行管制。",
]


@pytest.mark.parametrize("text", QUIET_POSTURES)
def test_control_without_a_ship_or_a_target_is_no_coercion(text) -> None:
    assert not any(t in {"COERCE", "MOBILIZE"} for _, t, _ in _pairs(text))


# -- 警告企业不要与伊朗交易: a warning to someone who is no actor threatens no one it names --------

WARNED_BYSTANDERS = [
    "美国警告企业不要与伊朗进行交易。",
    "美国警告盟友不要使用华为设备。",
    "美国商务部警告业界使用中国先进计算机芯片的风险。",
]


@pytest.mark.parametrize("text", WARNED_BYSTANDERS)
def test_a_warning_to_bystanders_threatens_no_one_it_names(text) -> None:
    assert not any(t == "THREATEN" for _, t, _ in _pairs(text))


WARNED_ACTORS = [
    ("朝鲜警告美国不要挑衅。", ("朝鲜", "THREATEN", "美国")),
    ("俄罗斯警告北约不要向乌克兰派兵。", ("俄罗斯", "THREATEN", "北约")),
    ("美国威胁要对芬兰采取报复。", ("美国", "THREATEN", "芬兰")),
    ("特朗普警告称,伊朗将付出代价。", ("特朗普", "THREATEN", "伊朗")),
]


@pytest.mark.parametrize(("text", "expected"), WARNED_ACTORS)
def test_a_warning_to_an_actor_still_threatens_it(text, expected) -> None:
    assert expected in _pairs(text)


# -- 总统府文官长, 白宫幕僚长: the chief of an office is a title, the person after it acts

CHIEFS = [
    # (马勒斯 is a name since round 29; since round 42 the gazetteer knows it as Marles)
    (
        "澳大利亚国防部长马勒斯会见菲律宾总统府文官长贝沙明。",
        ("理查德·马尔斯", "CONSULT", "贝沙明"),
    ),
    ("白宫幕僚长苏茜·怀尔斯会见日本首相。", ("苏茜·怀尔斯", "CONSULT", "日本")),
]


@pytest.mark.parametrize(("text", "expected"), CHIEFS)
def test_the_chief_of_an_office_is_a_title(text, expected) -> None:
    found = _pairs(text)
    assert expected in found or (expected[2], expected[1], expected[0]) in found
    assert not any("总统府" in s or "总统府" in o for s, _, o in found)


# -- 国务院关税税则委员会: the body that lays China's tariffs acts ---------------------------------

TARIFF_COMMISSION = [
    "国务院关税税则委员会决定对原产于美国的进口商品加征34%关税。",
    "税委会决定,自4月10日起对原产于美国的进口商品加征关税。",
]


@pytest.mark.parametrize("text", TARIFF_COMMISSION)
def test_the_tariff_commission_lays_tariffs(text) -> None:
    assert ("国务院关税税则委员会", "SANCTION", "美国") in _pairs(text)


# -- 制裁X,指其…: what the accused is said to do is the accused's, not the accuser's --------------

ACCUSED_ACTS = [
    ("美国宣布制裁伊朗,指其向俄罗斯提供无人机。", ("伊朗", "AID", "俄罗斯")),
    ("中方批评美方,指其向台湾出售武器。", ("美国", "AID", "台湾")),
]


@pytest.mark.parametrize(("text", "expected"), ACCUSED_ACTS)
def test_what_the_accused_is_said_to_do_is_theirs(text, expected) -> None:
    found = _pairs(text)
    assert expected in found
    assert not any(t == "AID" and s != expected[0] for s, t, _ in found)


def test_what_unnamed_firms_are_said_to_do_is_no_accusers_act() -> None:
    found = _pairs("美国财政部宣布制裁3家中国企业,指控这些企业向俄罗斯提供军民两用物资。")
    assert not any(t == "AID" for _, t, _ in found)
    assert ("美国财政部", "SANCTION", "中国") in found


# -- 环台岛战备警巡, 在台岛周边开展“海峡雷霆”演习: drills around Taiwan, code-named or not

AROUND_TAIWAN = [
    "东部战区组织海空兵力实施环台岛战备警巡。",
    "解放军东部战区在台岛周边开展“海峡雷霆-2025A”演习。",
    "东部战区在台湾岛周边组织“联合利剑-2024A”演习。",
]


@pytest.mark.parametrize("text", AROUND_TAIWAN)
def test_a_drill_around_taiwan_is_held_against_it(text) -> None:
    assert ("中国人民解放军东部战区", "MOBILIZE", "台湾") in _pairs(text)


def test_a_code_named_drill_in_a_host_country_is_against_nobody() -> None:
    assert not any(t == "MOBILIZE" for _, t, _ in _pairs("中国海军在日本开展“友谊”联合演习。"))


# -- 中国海运业, 日本海产品: words of 海 that name no sea leave the country before them

NOT_A_SEA = [
    ("美国对中国海运业发起301调查。", ("美国", "SANCTION", "中国")),
    ("美国对中国海运企业实施制裁。", ("美国", "SANCTION", "中国")),
    ("中方决定暂停进口日本海产品。", ("中国", "SANCTION", "日本")),
    ("中俄两国空军在日本海上空进行联合空中战略巡航。", ("中国", "COOPERATE", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), NOT_A_SEA)
def test_words_of_the_sea_trade_name_no_sea(text, expected) -> None:
    assert expected in _pairs(text)


def test_the_sea_of_japan_is_still_no_actor() -> None:
    assert events_of("朝鲜向日本海发射导弹。") == set()
