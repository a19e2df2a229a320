"""Round 29 (re): recall on unseen war and military news (Russia–Ukraine, Israel, Iran,
Korea, arms sales).

Sentences are written for the test, in the constructions the audit pages used; each rule has
near misses that must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of


# A vow of revenge (誓言…报复, 发誓…复仇) is a threat made by saying it, besides the retaliation it
# plans (test_recall_conflict: 伊朗誓言报复以色列, with no verb before 报复, only threatens since
# round 39; test_recall_blind_m: 誓言发动报复性打击 plans the strike).
@pytest.mark.parametrize(
    "text, event",
    [
        ("以色列誓言将对伊朗实施报复。", ("以色列", "THREATEN", "伊朗", "asserted")),
        ("伊朗誓言对以色列进行报复。", ("伊朗", "THREATEN", "以色列", "asserted")),
        ("伊朗发誓向美国复仇。", ("伊朗", "THREATEN", "美国", "asserted")),
    ],
)
def test_a_vow_of_revenge_threatens(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("伊朗誓言支持叙利亚。", ("伊朗", "SUPPORT", "叙利亚", "intended")),
        ("伊朗表示将对以色列实施报复。", ("伊朗", "SANCTION", "以色列", "intended")),
    ],
)
def test_a_vow_of_anything_else_or_a_plain_retaliation_is_no_threat(text, event) -> None:
    found = events_of(text)
    assert event in found
    assert not any(e[1] == "THREATEN" for e in found)


def test_a_vow_to_avenge_someone_threatens_nobody_named() -> None:
    """为哈梅内伊复仇: the one avenged is no target."""
    assert events_of("真主党誓言为哈梅内伊复仇。") == set()


# A clause that 并 goes on with keeps the first actor's subject: an actor right after a plain
# verb (保护, 协助, 指示) is that verb's object and does not act in the clause after 并.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "拜登指示美军协助以色列抵御威胁,并准备对伊朗实施进一步制裁。",
            ("拜登", "SANCTION", "伊朗", "intended"),
        ),
        ("美国保护以色列,并准备对伊朗实施制裁。", ("美国", "SANCTION", "伊朗", "intended")),
        ("拜登指示美军保护以色列,并对伊朗实施制裁。", ("拜登", "SANCTION", "伊朗", "asserted")),
    ],
)
def test_the_object_of_a_plain_verb_does_not_go_on_after_bing(text, event) -> None:
    found = events_of(text)
    assert event in found
    assert not any(e[0] in {"以色列", "美军"} and e[1] == "SANCTION" for e in found)


@pytest.mark.parametrize(
    "text, event",
    [
        ("美国支持以色列,并准备对伊朗实施制裁。", ("美国", "SANCTION", "伊朗", "intended")),
        ("特朗普会见普京,并邀请他访问美国。", ("特朗普", "REQUEST", "普京", "asserted")),
        ("中方召见日本大使,并提出严正交涉。", ("中国", "PROTEST", "日本", "asserted")),
        (
            "美国驻华大使伯恩斯会见王毅,并表示愿意合作。",
            ("伯恩斯", "CONSULT", "王毅", "asserted"),
        ),
    ],
)
def test_subjects_after_bing_that_were_right_stay(text, event) -> None:
    assert event in events_of(text)


# A reaction to someone's plan (谴责美国的计划, 欢迎…的计划) is made now: 的计划 after the target
# names the target's plan, and does not make the reaction intended.
@pytest.mark.parametrize(
    "text, event",
    [
        ("俄罗斯谴责美国的计划。", ("俄罗斯", "ACCUSE", "美国", "asserted")),
        ("俄罗斯拒绝美国的计划。", ("俄罗斯", "REJECT", "美国", "asserted")),
        ("俄罗斯欢迎美国的计划。", ("俄罗斯", "SUPPORT", "美国", "asserted")),
        ("泽伦斯基对美国的计划持反对态度。", ("泽连斯基", "ACCUSE", "美国", "asserted")),
    ],
)
def test_a_reaction_to_a_plan_is_asserted(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("特朗普透露了会见普京的计划。", ("特朗普", "CONSULT", "普京", "intended")),
        ("俄罗斯将谴责美国的计划。", ("俄罗斯", "ACCUSE", "美国", "intended")),
        ("俄罗斯不支持美国的计划。", ("俄罗斯", "SUPPORT", "美国", "negated")),
    ],
)
def test_a_planned_act_and_other_cues_keep_their_status(text, event) -> None:
    assert event in events_of(text)


# Harm the speaker foretells an act will bring back on its doer (必将反噬其身, 只会引火烧身) is a
# threat to that doer, as 付出代价 and 招致…后果 are.
@pytest.mark.parametrize(
    "text, events",
    [
        (
            "金与正发表谈话威胁称，美日韩的行为必将反噬其身。",
            {
                ("金与正", "THREATEN", "美国", "asserted"),
                ("金与正", "THREATEN", "日本", "asserted"),
                ("金与正", "THREATEN", "韩国", "asserted"),
            },
        ),
        (
            "外交部发言人毛宁表示，美方以武助独只会引火烧身。",
            {("毛宁", "THREATEN", "美国", "asserted")},
        ),
    ],
)
def test_harm_foretold_to_come_back_threatens(text, events) -> None:
    assert events <= events_of(text)


@pytest.mark.parametrize(
    "text",
    ["美国财长耶伦表示，加征关税可能会反噬自身。", "他说，这种做法可能会反噬自身经济。"],
)
def test_harm_to_oneself_with_no_doer_named_threatens_nobody(text) -> None:
    assert not any(e[1] == "THREATEN" for e in events_of(text))


# A warning whose condition names several sides (如果美国和韩国…, 若美韩…) warns each of them,
# not only the first one named.
@pytest.mark.parametrize(
    "text, events",
    [
        (
            "朝鲜外交部警告,如果美国和韩国坚持举行夏季军事演习,朝美谈判恐将面临风险。",
            {
                ("朝鲜外务省", "THREATEN", "美国", "asserted"),
                ("朝鲜外务省", "THREATEN", "韩国", "asserted"),
            },
        ),
        (
            "朝鲜警告，若美韩继续举行军演，将采取强硬措施。",
            {("朝鲜", "THREATEN", "美国", "asserted"), ("朝鲜", "THREATEN", "韩国", "asserted")},
        ),
        (
            "伊朗警告说，如果以色列和美国发动袭击，伊朗将予以回击。",
            {("伊朗", "THREATEN", "以色列", "asserted"), ("伊朗", "THREATEN", "美国", "asserted")},
        ),
    ],
)
def test_a_warning_warns_every_side_its_condition_names(text, events) -> None:
    assert events <= events_of(text)


@pytest.mark.parametrize(
    "text, warned",
    [
        ("伊朗警告说，如果以色列发动袭击，伊朗将予以回击。", {"以色列"}),
        ("俄罗斯警告称，如果北约向乌克兰派兵，将被视为参战。", {"北约"}),
    ],
)
def test_a_warning_with_one_side_in_its_condition_warns_that_side_only(text, warned) -> None:
    assert {e[2] for e in events_of(text) if e[1] == "THREATEN"} == warned


# A condemnation of a drill named before, with a judgement of it (谴责联演是“鲁莽的秀肌肉行为”),
# answers the drill's sides: X是…的行为 judges X, it is no deed a relative clause describes.
@pytest.mark.parametrize(
    "text",
    [
        "韩美日联合军演将于本月15日举行，朝鲜谴责联演是“鲁莽的秀肌肉行为”。",
        "韩美日联合军演将于本月15日举行，朝鲜谴责联演是鲁莽的举动。",
    ],
)
def test_a_drill_judged_in_its_condemnation_is_its_sides(text) -> None:
    found = events_of(text)
    assert {("朝鲜", "ACCUSE", side, "asserted") for side in ("美国", "韩国", "日本")} <= found


def test_a_deed_a_relative_clause_describes_still_answers_nobody() -> None:
    """反对在缅国内挑动内乱的行为: the deed opposed is its object, by nobody in focus."""
    found = events_of("美国宣布对缅甸实施制裁。中方坚决反对在缅国内挑动内乱的行为。")
    assert not any(e[0] == "中国" for e in found)


# A condemnation or praise of a list of acts, each opened by its own doer (谴责美国对俄制裁和欧盟
# 对俄制裁, 赞赏巴西的努力和印度的立场), reacts to every doer.
@pytest.mark.parametrize(
    "text, events",
    [
        (
            "俄罗斯谴责美国对俄制裁和欧盟对俄制裁。",
            {("俄罗斯", "ACCUSE", "美国", "asserted"), ("俄罗斯", "ACCUSE", "欧盟", "asserted")},
        ),
        (
            "中方谴责美国的制裁、日本的出口管制和欧盟的关税。",
            {("中国", "ACCUSE", side, "asserted") for side in ("美国", "日本", "欧盟")},
        ),
        (
            "伊朗谴责美国对伊朗的制裁和以色列对伊朗的袭击。",
            {("伊朗", "ACCUSE", "美国", "asserted"), ("伊朗", "ACCUSE", "以色列", "asserted")},
        ),
        (
            "中方赞赏巴西的努力和印度的立场。",
            {("中国", "SUPPORT", "巴西", "asserted"), ("中国", "SUPPORT", "印度", "asserted")},
        ),
    ],
)
def test_a_reaction_to_a_list_of_owned_acts_reacts_to_each_doer(text, events) -> None:
    assert events <= events_of(text)


@pytest.mark.parametrize(
    "text, targets",
    [
        ("中方谴责以色列对加沙的袭击和对黎巴嫩的轰炸。", {"以色列"}),
        ("中方反对美国对华制裁、日本对华出口管制以及欧盟对华加征关税。", {"美国"}),
    ],
)
def test_a_list_with_no_second_doer_or_under_an_opposition_is_left_alone(text, targets) -> None:
    """和对黎巴嫩的轰炸 has no doer of its own; 反对's list is read as what is opposed."""
    assert {e[2] for e in events_of(text) if e[1] == "ACCUSE"} == targets


# Helping someone defend itself (协助以色列抵御威胁, 协助乌克兰拦截导弹) is military aid; 协助 alone
# is no trigger (test_capabilities: 日本警方协助韩国调查此案).
@pytest.mark.parametrize(
    "text, event",
    [
        ("美国协助以色列拦截导弹。", ("美国", "AID", "以色列", "asserted")),
        ("拜登指示美军协助以色列抵御威胁。", ("美军", "AID", "以色列", "asserted")),
        ("英国将协助乌克兰防御俄罗斯的空袭。", ("英国", "AID", "乌克兰", "intended")),
    ],
)
def test_helping_someone_defend_itself_aids_it(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize("text", ["他协助警方调查此案。", "该公司协助美国联邦调查局追查黑客。"])
def test_assisting_with_no_actor_helped_aids_nobody(text) -> None:
    assert not any(e[1] == "AID" for e in events_of(text))


# A demonstrative with its measure word between 对/向/就 and an actor (对这项美国的计划, 对这家美国
# 企业) leaves the actor governed: it is the target, as after a time (对今天凌晨印度的…).
@pytest.mark.parametrize(
    "text, event",
    [
        ("泽伦斯基对这项美国的计划持反对态度。", ("泽连斯基", "ACCUSE", "美国", "asserted")),
        ("中方对这份美国报告表示强烈不满。", ("中国", "ACCUSE", "美国", "asserted")),
        ("中方对这家美国企业实施制裁。", ("中国", "SANCTION", "美国", "asserted")),
    ],
)
def test_a_demonstrative_after_the_preposition_keeps_the_target(text, event) -> None:
    assert event in events_of(text)


def test_a_demonstrative_with_no_actor_after_it_targets_nobody() -> None:
    assert events_of("中方对这项决定表示遗憾。") == set()
