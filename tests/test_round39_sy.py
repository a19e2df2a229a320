"""Round 39, helper sy: kg's errors on the right pair of actors (wrong type) and in roles,
against the first golds (annotated before anyone ran kg on the pages). Sentences written for
the tests in the style of those pages, or taken from dev pages."""

from __future__ import annotations

import pytest
from sentences import events_of, roles_of

# -- 移交给/转交给: a handing over is aid only when what is handed over is (yd, nb) --


@pytest.mark.parametrize(
    "text",
    [
        "美国前总统卡特却将运河转交给巴拿马。",
        "南非拒绝在闭幕式上将主办权移交给美方代表。",
        "美国将伊朗的报告转交给联合国。",
    ],
)
def test_handing_over_no_goods_is_no_aid(text: str) -> None:
    assert not any(t == "AID" for _, t, _, _ in events_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国表示将把爱国者导弹移交给乌克兰。", ("美国", "AID", "乌克兰", "intended")),
        ("德国已将一批军事装备转交给乌克兰。", ("德国", "AID", "乌克兰", "asserted")),
    ],
)
def test_handing_over_weapons_is_aid(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in events_of(text)


# -- 破坏中美经贸合作: a cooperation a wrong hurts is no act of its sides (yn, md) --


@pytest.mark.parametrize(
    "text",
    [
        "美方加征关税的做法违反世贸规则，也对中美正常经贸合作造成破坏。",
        "美方的做法损害多边贸易体制，破坏中美两国经贸合作基础。",
        "有关法案将干扰中美在一些重要领域的合作。",
    ],
)
def test_damaged_cooperation_is_no_cooperation(text: str) -> None:
    assert not any(t == "COOPERATE" for _, t, _, _ in events_of(text))


def test_cooperation_to_strengthen_still_counts() -> None:
    found = events_of("中方愿同美方加强经贸合作，共同应对挑战。")
    assert ("中国", "COOPERATE", "美国", "intended") in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("中美双方应排除干扰加强合作。", ("中国", "美国")),
        ("中俄将不受外部干扰地深化合作。", ("中国", "俄罗斯")),
        ("中方愿同美方克服干扰、加强合作。", ("中国", "美国")),
    ],
)
def test_a_harm_warded_off_leaves_the_cooperation(text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "COOPERATE", pair[1], "intended") in events_of(text)


# -- a letter no name begins with, right after a title (oc, ob) --


@pytest.mark.parametrize(
    "text",
    [
        "根据南韩总统室发布，李在明在会晤中高度评价双方合作。",  # 总统|室: the office
        "李在明高度评价韩中元首藉十月底峰会之机举行的会谈。",  # 元首|藉: a coverb
    ],
)
def test_no_role_for_a_word_after_a_title_that_is_no_name(text: str) -> None:
    assert not roles_of(text)


def test_jian_joins_two_titles_before_the_name() -> None:
    text = "王毅分别与巴基斯坦副总理兼外长达尔(IshaqDar)、印度国家安全顾问多瓦尔通话。"
    people = {person for person, _, _ in roles_of(text)}
    assert "达尔" in people and not any(p.startswith("兼") for p in people)


# -- one country, a list of posts joined by 和/及 (ya, yb, nb, nc) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("英国首相施纪贤和外相林德伟会晤布林肯。", ("拉米", "英国", "外相")),  # (林德伟: Lammy)
        (
            "阿根廷外交部长魏森（Gerardo Werthein）和经济部长卡布托将访美。",
            ("卡普托", "阿根廷", "经济部长"),  # (卡布托: Caputo, known since round 42)
        ),
        (
            "格鲁吉亚总理伊拉克利·科巴希泽和议会议长沙尔瓦·帕普阿什维利曾多次指责菲舍尔。",
            ("沙尔瓦·帕普阿什维利", "格鲁吉亚", "议长"),
        ),
    ],
)
def test_a_post_listed_after_another_with_he_is_in_its_country(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in roles_of(text)


# -- a bare vow of revenge (誓言报复, Taiwan's 矢言报复) threatens whom it answers (ob, qb, yd) --


def test_a_bare_vow_of_revenge_threatens_the_attacker() -> None:
    found = events_of("叙利亚和伊朗强烈谴责以色列违反国际法，德黑兰矢言报复，将“果断回应”。")
    assert ("伊朗", "THREATEN", "以色列", "asserted") in found
    assert ("以色列", "THREATEN", "伊朗", "asserted") not in found


def test_a_vow_of_revenge_threatens_the_last_attacker() -> None:
    found = events_of("以色列空袭了伊朗驻叙利亚使馆。伊朗誓言报复。")
    assert ("伊朗", "THREATEN", "以色列", "asserted") in found


def test_a_vow_misread_as_the_attackers_threatens_no_victim() -> None:
    found = events_of("伊朗指控以色列袭击驻叙使馆并誓言报复。")
    assert not any(t == "THREATEN" and o == "叙利亚" for _, t, o, _ in found)


# -- a war the sides wage together, a war machine, a war fever: no war between them (ye, ql, oc) --


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "埃塞俄比亚指控厄立特里亚与提格雷人民解放阵线联手准备发动战争。",
            ("厄立特里亚", "提格雷人民解放阵线"),
        ),
        ("七国外长批评中国对俄罗斯在乌克兰战争机器的支持。", ("中国", "俄罗斯")),
        ("朝鲜谴责韩美军事领导人在边境地带煽动战争狂热。", ("韩国", "美国")),
    ],
)
def test_no_war_between_partners(text: str, pair: tuple[str, str]) -> None:
    found = events_of(text)
    assert not any(t == "ASSAULT" and {s, o} == set(pair) for s, t, o, _ in found)


def test_a_war_between_two_sides_still_counts() -> None:
    assert ("以色列", "ASSAULT", "哈马斯", "asserted") in events_of("以色列与哈马斯爆发战争。")
