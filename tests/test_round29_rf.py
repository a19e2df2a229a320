"""Round 29 (rf): recall on unseen news from Afghanistan, Central Asia, Iran–Pakistan, the
Caucasus, the Balkans, the Arctic and Oceania.

Sentences are written for the test, after the wording of the audited pages.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# Jaish al-Adl, the Baluch armed group Iran strikes in Pakistan, is an actor
# (organizations.tsv); a just war or army (正义军事行动, 正义军队) names nobody.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "伊朗革命卫队用导弹袭击了“正义军”在巴基斯坦境内的据点。",
            ("伊朗伊斯兰革命卫队", "ASSAULT", "正义军", "asserted"),
        ),
        ("正义军武装分子袭击了伊朗边防部队。", ("正义军", "ASSAULT", "伊朗", "asserted")),
    ],
)
def test_jaish_al_adl_is_an_actor(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize("text", ["伊朗谴责以色列发动非正义军事行动。", "他称赞这是一支正义军队。"])
def test_a_just_army_is_no_group(text) -> None:
    assert not any("正义军" in (e[0], e[2]) for e in events_of(text))


# 同X一道 + an act: working alongside X is cooperation, as 携手 is; the partner's name runs
# right up to 一道 (or across a word of sides), so 与伊险峰一道 names no Iran.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "巴基斯坦外交部表示,愿同伊朗一道寻找打击恐怖主义的解决办法。",
            ("巴基斯坦外交部", "COOPERATE", "伊朗", "intended"),
        ),
        ("中方愿同哈方一道维护地区和平稳定。", ("中国", "COOPERATE", "哈萨克斯坦", "intended")),
        ("中方愿与中亚各国一道推进互联互通。", ("中国", "COOPERATE", "中亚国家", "intended")),
    ],
)
def test_acting_alongside_a_partner_is_cooperation(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "杨樱与伊险峰一道创立了这家杂志。",  # 伊 opens a person's name
        "示威者在使馆外筑起一道人墙。",  # a measure word, no partner
    ],
)
def test_no_partner_no_cooperation(text) -> None:
    assert not any(e[1] == "COOPERATE" for e in events_of(text))


def test_acting_alongside_keeps_the_shared_act() -> None:
    """The act done together stays each side's own (欧盟将与七国集团一道对俄实施制裁)."""
    found = events_of("欧盟将与七国集团一道对俄罗斯实施新的制裁。")
    assert ("欧盟", "SANCTION", "俄罗斯", "intended") in found
    assert ("七国集团", "SANCTION", "俄罗斯", "intended") in found


# A 其 inside a violation (侵犯|其|领空) or right after an attack, in words a speaker says whose
# clause names only the one who acts, is the speaker's state: the one who acts does not violate
# its own airspace.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "巴基斯坦外交部表示,伊朗侵犯其领空,造成两名儿童死亡。",
            ("伊朗", "ASSAULT", "巴基斯坦", "asserted"),
        ),
        (
            "伊朗外交部发言人称,以色列袭击其驻叙利亚使馆。",
            ("以色列", "ASSAULT", "伊朗", "asserted"),
        ),
    ],
)
def test_its_land_in_a_statement_is_the_speakers(text, event) -> None:
    assert event in events_of(text)


def test_the_actor_own_forces_are_not_the_speakers() -> None:
    """美国国务院表示,美军打击了其…: 其 may be the US forces' own; nobody else's land is hit."""
    found = events_of("美国国务院表示,美军打击其在叙利亚的据点。")
    assert not any(e[0] == "美军" and e[2] in {"美国", "美国国务院"} for e in found)


# A violation of a state's airspace or waters reported in a speaker's words is also the
# speaker's charge (triggers.tsv flag charge), as 侵犯…主权 is; told by nobody, only the act.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "巴基斯坦外交部表示,伊朗侵犯其领空,造成两名儿童死亡。",
            ("巴基斯坦外交部", "ACCUSE", "伊朗", "asserted"),
        ),
        (
            "巴基斯坦外交部在声明中称,伊朗的行动属于侵犯巴基斯坦领空。",
            ("巴基斯坦外交部", "ACCUSE", "伊朗", "asserted"),
        ),
        (
            "格鲁吉亚政府称,俄罗斯军机侵犯格鲁吉亚领空。",
            ("格鲁吉亚", "ACCUSE", "俄罗斯", "asserted"),
        ),
    ],
)
def test_a_violation_said_is_the_speakers_charge(text, event) -> None:
    assert event in events_of(text)


def test_a_violation_told_by_nobody_is_no_charge() -> None:
    found = events_of("俄罗斯军机侵犯了爱沙尼亚领空。")
    assert ("俄罗斯", "ASSAULT", "爱沙尼亚", "asserted") in found
    assert not any(e[1] == "ACCUSE" for e in found)


# A fight breaking out at the border of two listed states (A和B边境地区爆发冲突) is fought by
# them, as 印巴边境发生交火 and 两国边境地区发生冲突 already were; their border is not only a place.
@pytest.mark.parametrize(
    "text, event",
    [
        ("亚美尼亚和阿塞拜疆边境地区爆发冲突。", ("亚美尼亚", "ASSAULT", "阿塞拜疆", "asserted")),
        (
            "塔吉克斯坦和吉尔吉斯斯坦边境再次发生交火。",
            ("吉尔吉斯斯坦", "ASSAULT", "塔吉克斯坦", "asserted"),
        ),
    ],
)
def test_a_fight_at_the_border_of_two_states(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "美国呼吁在以色列和黎巴嫩边境停火。",  # the border is where a truce is asked for
        "中国和俄罗斯边境地区举行联合演习。",  # no fight breaks out
    ],
)
def test_a_border_alone_is_a_place(text) -> None:
    assert not any(e[1] == "ASSAULT" for e in events_of(text))


# An act inside a 在…的情况下 frame is the condition of a plan or refusal that follows the frame
# (…的情况下(,)将出兵), as of one before 在 (日本将在…的情况下出兵); after a deed done, the
# circumstance was real.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "土耳其在亚美尼亚军队进攻阿塞拜疆的情况下将出兵支援。",
            ("亚美尼亚军队", "ASSAULT", "阿塞拜疆", "hypothetical"),
        ),
        (
            "美国在俄罗斯入侵乌克兰的情况下,对俄实施了制裁。",
            ("俄罗斯", "ASSAULT", "乌克兰", "asserted"),
        ),
        (
            "俄罗斯在乌克兰进攻俄罗斯领土的情况下,将动用核武器。",
            ("乌克兰", "ASSAULT", "俄罗斯", "hypothetical"),
        ),
    ],
)
def test_an_act_in_a_frame_before_a_plan_is_its_condition(text, event) -> None:
    assert event in events_of(text)
