"""Round 22 (b3): classes found on fresh wire news about the Middle East, Africa, Europe, Latin
America and UN votes.

- the sides of a fight named with the place of the fight before them (苏丹冲突双方, 也门交战双方)
  are the two sides, not the country;
- the aim of an appeal (敦促双方恢复谈判,以达成停火协议,最终停止敌对行动) is asked for, not done,
  however many clauses it runs on, unless a clause opens with its own subject or statement;
- an act that a word of what is talked about opens before named talks (有关停火的对话,
  围绕停火安排展开磋商) is the talks' topic;
- calling a deed aggression, banditry or piracy (是赤裸裸的侵略, 强盗行径, 经济恐怖主义) judges
  whoever did it, and whoever says it right before 称 is the speaker, never the one judged;
- restrictions reduced or loosened (减少对古巴的限制) are a concession;
- 反外国制裁法: 法 after 制裁 ends a law's name, it is no France;
- a practice named right after a statement verb with no owner and judged (指出制裁施压无助于…)
  is nobody's act; the reason an actor gives for its move (…,理由是X违反停火协议) is its
  statement, so the judgement in it is the actor's;
- a compound a statement verb opens (称美英空袭是野蛮行径) is judged member by member;
- a measure a demand would stop exists on each actor of the list it names (要求伊朗停止对巴林、
  科威特和卡塔尔的攻击);
- a bare 联合国 named after the assembly or the council (联合国193个成员国中…) is the membership:
  a vote against is still cast in the assembly.

Sentences are written for these tests (new names and details), in the style of wire reports.
"""

from __future__ import annotations

import pytest
from sentences import events_of

D = "2024-05-10"


# --- the sides of a fight, after the place of the fight --------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "也门政府军与胡塞武装在荷台达交火。联合国呼吁也门冲突双方恢复谈判。",
            ("联合国", "REQUEST", "胡塞武装", "asserted"),
            ("联合国", "REQUEST", "也门军队", "asserted"),
        ),
        (
            "埃塞俄比亚政府军与提格雷人民解放阵线激战。肯尼亚敦促埃塞冲突双方立即停火。",
            ("肯尼亚", "REQUEST", "提格雷人民解放阵线", "asserted"),
            ("肯尼亚", "REQUEST", "埃塞俄比亚军队", "asserted"),
        ),
    ],
)
def test_the_sides_after_a_place_are_asked(text: str, first: tuple, second: tuple) -> None:
    found = events_of(text, D)
    assert first in found and second in found
    assert not any(e[2] in {"也门", "埃塞俄比亚"} and e[1] == "REQUEST" for e in found - {second})


def test_the_sides_are_those_an_appeal_named_when_no_fight_was_reported() -> None:
    found = events_of(
        "卡塔尔3日敦促苏丹武装部队和快速支援部队恢复谈判。苏丹冲突双方此前在吉达签署了停火协议。",
        D,
    )
    assert any(e[1] == "AGREE" and {e[0], e[2]} == {"苏丹军队", "快速支援部队"} for e in found)
    assert not any(e[1] == "AGREE" and "卡塔尔" in {e[0], e[2]} for e in found)


def test_a_country_before_a_pair_of_its_own_stays() -> None:
    # 中美双方: the countries are the pair, nothing is a place here
    found = events_of("中美双方在日内瓦举行经贸会谈。", D)
    assert any(e[1] == "CONSULT" and {e[0], e[2]} == {"中国", "美国"} for e in found)


# --- the aim of an appeal ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "埃及和卡塔尔敦促以色列和哈马斯恢复谈判,以达成新的停火协议,最终永久停止敌对行动。",
        "挪威和瑞士呼吁塞尔维亚和科索沃重启对话,以实现关系正常化,最终签署全面协议。",
        "埃及和卡塔尔敦促以色列和哈马斯恢复谈判,以便达成新的停火协议。",
    ],
)
def test_what_an_appeal_aims_at_is_nobodys_act(text: str) -> None:
    found = events_of(text, D)
    assert {e[1] for e in found} == {"REQUEST"}


def test_the_asked_still_asked() -> None:
    found = events_of("埃及和卡塔尔敦促以色列和哈马斯恢复谈判,以达成新的停火协议。", D)
    assert ("埃及", "REQUEST", "以色列", "asserted") in found
    assert ("卡塔尔", "REQUEST", "哈马斯", "asserted") in found


def test_a_clause_of_the_speakers_own_after_an_aim_is_its_act() -> None:
    found = events_of(
        "联合国秘书长古特雷斯呼吁俄罗斯和乌克兰重启谈判,以实现停火,并宣布向乌克兰提供人道主义援助。",
        D,
    )
    assert ("古特雷斯", "AID", "乌克兰", "asserted") in found


def test_a_clause_with_its_own_subject_after_an_aim_is_its_act() -> None:
    found = events_of("埃及敦促以色列和哈马斯恢复谈判,以达成停火协议,以色列随后空袭了加沙地带。", D)
    assert any(e[0] == "以色列" and e[1] == "ASSAULT" for e in found)


# --- an act that talks are about --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "苏丹武装部队宣布暂停与快速支援部队有关停火的对话。",
        "苏丹武装部队宣布暂停与快速支援部队关于停火和人道援助的谈判。",
        "以色列与哈马斯围绕停火安排展开磋商。",
    ],
)
def test_a_ceasefire_the_talks_are_about_is_no_ceasefire(text: str) -> None:
    found = events_of(text, D)
    assert not any(e[1] == "CONCEDE" for e in found)
    assert any(e[1] == "CONSULT" for e in found)


def test_a_ceasefire_declared_beside_talks_stays() -> None:
    found = events_of("以色列宣布与哈马斯停火,双方将举行谈判。", D)
    assert ("以色列", "CONCEDE", "哈马斯", "asserted") in found


# --- judgements of aggression, banditry, piracy ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("伊朗外长称美国的空袭是赤裸裸的侵略。", ("伊朗", "ACCUSE", "美国", "asserted")),
        ("委内瑞拉外长称美国拦截油轮是海盗行为。", ("委内瑞拉", "ACCUSE", "美国", "asserted")),
        ("古巴称美国的封锁是经济恐怖主义。", ("古巴", "ACCUSE", "美国", "asserted")),
        (
            "叙利亚外交部称以色列的空袭是“侵略行为”。",
            ("叙利亚外交部", "ACCUSE", "以色列", "asserted"),
        ),
        ("黎巴嫩总理称以色列空袭是强盗行径。", ("黎巴嫩", "ACCUSE", "以色列", "asserted")),
    ],
)
def test_calling_a_deed_aggression_accuses_its_doer(text: str, expected: tuple) -> None:
    assert expected in events_of(text, D)


def test_the_one_who_says_it_is_not_judged() -> None:
    found = events_of("哈马斯政治局成员阿布·祖赫里称以色列空袭是野蛮行径。", D)
    assert not any(e[1] == "ACCUSE" and "祖赫里" in e[2] for e in found)
    assert any(e[1] == "ACCUSE" and e[2] == "以色列" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯对乌克兰的侵略行为造成大量平民死亡。",  # no speaker: the attack, no judgement
        "专家认为这是一种侵略行为。",  # nobody judged
    ],
)
def test_aggression_with_no_speaker_judges_nobody(text: str) -> None:
    assert not any(e[1] == "ACCUSE" for e in events_of(text, D))


def test_the_plain_noun_of_aggression_stays_the_attack() -> None:
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in events_of(
        "泽连斯基谴责俄罗斯对乌克兰的侵略。", D
    )


# --- restrictions eased ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "加拿大政府减少对古巴的贸易限制。",
        "欧盟放松对白俄罗斯的进口限制。",
        "日本减轻对伊朗的金融限制。",
    ],
)
def test_restrictions_reduced_are_a_concession(text: str) -> None:
    assert any(e[1] == "CONCEDE" for e in events_of(text, D))


def test_restrictions_kept_are_no_concession() -> None:
    found = events_of("美国减少了在中东的驻军,但没有放松对伊朗的限制。", D)
    assert ("美国", "CONCEDE", "伊朗", "asserted") not in found


# --- the law against foreign sanctions -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "中国依据《反外国制裁法》对美国军工企业实施制裁。",
        "中方依据反外国制裁法对美国军工企业实施制裁。",
    ],
)
def test_a_law_against_sanctions_names_no_france(text: str) -> None:
    found = events_of(text, D)
    assert ("中国", "SANCTION", "美国", "asserted") in found
    assert not any("法国" in (e[0], e[2]) for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国对法加征关税。", ("美国", "SANCTION", "法国", "asserted")),
        ("马里军政府驱逐法大使。", ("马里", "SANCTION", "法国", "asserted")),
    ],
)
def test_france_after_a_preposition_stays(text: str, expected: tuple) -> None:
    assert expected in events_of(text, D)


# --- a practice judged, a reason given --------------------------------------------------------


def test_a_practice_judged_is_nobodys_act() -> None:
    found = events_of(
        "安理会表决决议草案,俄罗斯投了否决票。中国代表张明在表决后发言,"
        "指出制裁施压和军事对抗无助于解决问题。",
        D,
    )
    assert not any(e[1] == "SANCTION" for e in found)
    assert any(e[0] == "俄罗斯" and e[1] == "REJECT" for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中方认为,美国对伊朗的制裁无助于解决问题。", ("美国", "SANCTION", "伊朗", "asserted")),
        ("德国总理表示支持乌克兰。", ("德国", "SUPPORT", "乌克兰", "asserted")),
        ("以色列指责哈马斯违反停火协议。", ("以色列", "ACCUSE", "哈马斯", "asserted")),
        ("俄罗斯指责乌克兰破坏停火。", ("俄罗斯", "ACCUSE", "乌克兰", "asserted")),
    ],
)
def test_an_owned_or_said_act_stays(text: str, expected: tuple) -> None:
    assert expected in events_of(text, D)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "以色列宣布暂停谈判,理由是哈马斯违反停火协议。",
            ("以色列", "ACCUSE", "哈马斯", "asserted"),
        ),
        ("马里宣布驱逐法国大使,理由是法国干涉内政。", ("马里", "ACCUSE", "法国", "asserted")),
    ],
)
def test_the_reason_given_is_the_actors_judgement(text: str, expected: tuple) -> None:
    assert expected in events_of(text, D)


def test_a_reason_with_no_judgement_accuses_nobody() -> None:
    found = events_of("美国宣布对伊朗实施新制裁,理由是伊朗扩大核计划。", D)
    assert not any(e[1] == "ACCUSE" for e in found)


# --- a compound judged after a statement verb --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "伊朗称美英的袭击是野蛮行径。",
        "真主党政治委员会成员易卜拉欣·穆萨维称美英空袭是强盗行径。",
    ],
)
def test_a_compound_after_a_statement_verb_is_judged(text: str) -> None:
    found = events_of(text, D)
    judged = {e[2] for e in found if e[1] == "ACCUSE"}
    assert {"美国", "英国"} <= judged
    assert not any(e[1] == "ACCUSE" and "穆萨维" in e[2] for e in found)


def test_a_compound_that_only_acts_is_not_judged() -> None:
    found = events_of("伊朗称美英将继续对话。", D)
    assert not any(e[1] == "ACCUSE" for e in found)


# --- a measure to stop, on a list -------------------------------------------------------------


def test_a_measure_to_stop_exists_on_each_listed_target() -> None:
    found = events_of("安理会要求也门停止对沙特、阿曼和约旦的所有袭击。", D)
    for target in ("沙特阿拉伯", "阿曼", "约旦"):
        assert ("也门", "ASSAULT", target, "asserted") in found


def test_a_list_of_those_asked_is_no_list_of_targets() -> None:
    found = events_of("安理会要求伊朗和伊拉克停止攻击。", D)
    assert not any(e[1] == "ASSAULT" for e in found)


# --- the assembly votes, not the UN's membership -----------------------------------------------


def test_a_vote_against_is_cast_in_the_assembly_named_before() -> None:
    found = events_of(
        "联合国大会5日通过决议,敦促英国归还查戈斯群岛。"
        "联合国193个成员国中有116国投出赞成票,仅英国和美国投反对票。",
        D,
    )
    assert ("英国", "REJECT", "联合国大会", "asserted") in found
    assert not any(e[2] == "联合国" for e in found)


def test_the_un_alone_stays_the_body() -> None:
    found = events_of("联合国通过决议。仅美国投反对票。", D)
    assert ("美国", "REJECT", "联合国", "asserted") in found
