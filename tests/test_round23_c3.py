"""Round 23 (c3), from fresh pages on wars and their diplomacy (Lebanon, Yemen, the Caucasus,
Sudan, the Great Lakes, Russia and Ukraine):

- a request or invitation framed by 应 between the subject and its act (俄乌两国应美国邀请
  举行会谈) was met: the invited act is done, by every side coordinated before the 应, and the
  host asks each of them; the host only asks, it takes no part in the act;
- mediators named with how they mediate (在美国和卡塔尔居中斡旋下, 共同调解) still mediate
  between both sides;
- a descriptor right before a group's name (与叛军组织M23, 与反政府武装“3月23日运动”) and a
  short name bracketed after a full one are that one side, not "the country's rebels";
- the UN force in Lebanon (联黎部队) is an actor;
- briefing a partner (与美方通气) is a contact, and not briefing it (事先没有同以方通气) a
  contact that did not happen;
- talks that broke off, named as an attribute (中断三年的对话, 之间中断的和平谈判), are no
  sanction by anyone; taking them up again (恢复了中断已久的谈判) is talks;
- an attack inside a frame of time since that a second clause closes (自哈马斯…发动袭击,|引发
  加沙战争以来,…) is reported as done, as when 以来 closes its own clause;
- an act whose doer a word of aim opens (加强外交努力,以确保|以色列军队撤离) is what someone
  works for, not done (but 要确保|我们有所准备 is the speaker's own side);
- a run of short forms closed by 等 (美英法|等国, 美英法|等北约国家) is a compound however
  jieba cuts it (法等国 is one of its words): each country acts;
- a truce declared with its kind or span between (普京宣布复活节停火, 宣布单方面停止敌对行动)
  is with the other side of the fight in focus, as 宣布停火 is; a gap that does more (宣布接受
  埃及提出的停火方案, 宣布与哈马斯停火, 宣布达成停火协议) is read as before;
- who hosts the talks of a pair named as a compound (主持了俄乌两国代表团的会谈) mediates with
  each side, and the sides still talk with each other;
- after an accusation (乌克兰指责俄罗斯违反停火,|对其发动袭击) the accused goes on acting, and
  其 is the one who accuses.

Sentences are written for these tests in the style of wire news on conflicts.
"""

from __future__ import annotations

import pytest
from sentences import events_of

D = "2025-05-20"


@pytest.mark.parametrize(
    ("text", "talks", "host"),
    [
        ("亚美尼亚和阿塞拜疆应俄罗斯邀请在莫斯科举行会谈。", ("亚美尼亚", "阿塞拜疆"), "俄罗斯"),
        (
            "刚果（金）和卢旺达代表团应美国要求于华盛顿举行谈判。",
            ("刚果民主共和国", "卢旺达"),
            "美国",
        ),
        (
            "埃塞俄比亚和厄立特里亚外长应土耳其邀请举行会晤。",
            ("埃塞俄比亚", "厄立特里亚"),
            "土耳其",
        ),
    ],
)
def test_sides_invited_by_a_host_talk_and_are_each_asked(text, talks, host) -> None:
    found = events_of(text, D)
    first, second = talks
    assert {(first, "CONSULT", second, "asserted"), (second, "CONSULT", first, "asserted")} & found
    assert (host, "REQUEST", first, "asserted") in found
    assert (host, "REQUEST", second, "asserted") in found
    assert not {e for e in found if e[0] == host and e[1] == "CONSULT"}


def test_a_compound_pair_invited_is_asked_as_each_member() -> None:
    found = events_of("中俄两国外长应伊朗邀请出席德黑兰会议。", D)
    assert {
        ("伊朗", "REQUEST", "中国", "asserted"),
        ("伊朗", "REQUEST", "俄罗斯", "asserted"),
    } <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("卡塔尔首相应埃及总统邀请访问开罗。", ("卡塔尔", "CONSULT", "埃及")),  # 首相|应
        ("亚美尼亚外长应伊朗邀请访问德黑兰。", ("亚美尼亚", "CONSULT", "伊朗")),
    ],
)
def test_a_visit_made_at_an_invitation_is_made(text: str, expected: tuple) -> None:
    found = events_of(text, D)
    assert (*expected, "asserted") in found
    assert (expected[2], "REQUEST", expected[0], "asserted") in found


def test_an_answer_that_ends_a_word_opens_no_request() -> None:
    assert not events_of("以色列对此作出相应回应。", D)


@pytest.mark.parametrize(
    "text",
    [
        "美国邀请以色列和黎巴嫩在华盛顿举行会谈。",  # invited, not (yet) held
        "联合国呼吁亚美尼亚和阿塞拜疆恢复谈判。",  # asked for, not done
    ],
)
def test_talks_only_asked_for_are_no_talks(text: str) -> None:
    assert not {e for e in events_of(text, D) if e[1] == "CONSULT" and e[3] == "asserted"}


@pytest.mark.parametrize(
    ("text", "mediators", "sides"),
    [
        (
            "在埃及和卡塔尔居中斡旋下，以色列与哈马斯达成新的停火协议。",
            ("埃及", "卡塔尔"),
            ("以色列", "哈马斯"),
        ),
        (
            "在土耳其和联合国共同斡旋下，俄罗斯与乌克兰签署黑海粮食协议。",
            ("土耳其", "联合国"),
            ("俄罗斯", "乌克兰"),
        ),
        (
            "在卡塔尔居中调解下，刚果（金）政府与叛军组织M23签署原则声明。",
            ("卡塔尔",),
            ("刚果民主共和国", "M23运动"),
        ),
    ],
)
def test_mediators_named_with_their_manner_mediate_both_sides(text, mediators, sides) -> None:
    found = events_of(text, D)
    for mediator in mediators:
        for side in sides:
            assert (mediator, "CONSULT", side, "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "刚果民主共和国与叛军组织M23在多哈签署停火协议。",
        "刚果民主共和国与叛军组织“3月23日运动”(M23)在多哈签署停火协议。",
        "刚果民主共和国与3月23日运动签署停火协议。",
    ],
)
def test_a_group_named_after_its_descriptor_is_the_side(text: str) -> None:
    found = events_of(text, D)
    assert ("刚果民主共和国", "AGREE", "M23运动", "asserted") in found
    assert not {e for e in found if "叛军" in e[0] or "叛军" in e[2]}


def test_rebels_with_no_name_after_them_stay_a_descriptor() -> None:
    found = events_of("刚果民主共和国政府军与叛军在北基伍省交火。", D)
    assert not {e for e in found if e[2] == "M23运动" or e[0] == "M23运动"}


def test_the_un_force_in_lebanon_is_an_actor() -> None:
    found = events_of("以色列军队向联黎部队的阵地开火。黎巴嫩谴责以色列袭击联黎部队。", D)
    assert ("黎巴嫩", "ACCUSE", "以色列", "asserted") in found
    assert {e for e in found if e[1] == "ASSAULT" and e[2] == "联合国驻黎巴嫩临时部队"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("卡塔尔已就停火安排与埃及通气。", ("卡塔尔", "CONSULT", "埃及", "asserted")),
        ("美方事先没有同以色列通气，就宣布停止空袭。", ("美国", "CONSULT", "以色列", "negated")),
        ("俄方事先未与白俄罗斯通气。", ("俄罗斯", "CONSULT", "白俄罗斯", "negated")),
    ],
)
def test_briefing_a_partner_is_a_contact(text: str, expected: tuple) -> None:
    found = events_of(text, D)
    reverse = (expected[2], expected[1], expected[0], expected[3])
    assert expected in found or reverse in found


@pytest.mark.parametrize("text", ["外交部周五举行通气会。", "两国外交部门保持通气。"])
def test_a_briefing_with_no_partner_named_is_no_contact(text: str) -> None:
    assert not events_of(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "莫斯科和基辅之间中断的和平谈判可能重启。",
        "埃塞俄比亚与厄立特里亚中断多年的对话引发关注。",
    ],
)
def test_talks_that_broke_off_are_no_sanction(text: str) -> None:
    assert not {e for e in events_of(text, D) if e[1] == "SANCTION"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "亚美尼亚与阿塞拜疆恢复了中断两年的和平谈判。",
            ("亚美尼亚", "CONSULT", "阿塞拜疆", "asserted"),
        ),
        ("苏丹政府同意恢复与快速支援部队的谈判。", ("苏丹", "CONSULT", "快速支援部队", "intended")),
    ],
)
def test_talks_taken_up_again_are_talks(text: str, expected: tuple) -> None:
    found = events_of(text, D)
    reverse = (expected[2], expected[1], expected[0], expected[3])
    assert expected in found or reverse in found
    assert not {e for e in found if e[1] == "SANCTION"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "卢旺达宣布中断与刚果（金）的对话。",
            ("卢旺达", "SANCTION", "刚果民主共和国", "asserted"),
        ),
        ("朝鲜中断了与韩国的所有合作。", ("朝鲜", "SANCTION", "韩国", "asserted")),
    ],
)
def test_breaking_off_talks_with_a_partner_stays_a_sanction(text: str, expected: tuple) -> None:
    assert expected in events_of(text, D)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "自哈马斯对以色列南部发动突袭,引发加沙战争以来,真主党与以色列几乎每天交火。",
            ("哈马斯", "ASSAULT", "以色列"),
        ),
        (
            "自俄罗斯对乌克兰发动全面进攻,引发欧洲安全危机以来,欧盟已出台多轮制裁。",
            ("俄罗斯", "ASSAULT", "乌克兰"),
        ),
    ],
)
def test_an_attack_in_a_since_frame_closed_later_is_done(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events_of(text, D)


def test_a_year_in_a_since_frame_acts_on_nobody() -> None:
    assert not events_of("自2023年以来,局势持续紧张,冲突不断。", D)


@pytest.mark.parametrize(
    "text",
    [
        "黎巴嫩政府正在加强外交努力,以确保以色列军队从边境城镇撤离。",
        "卡塔尔继续斡旋,以便哈马斯释放剩余人质。",
        "欧盟加大援助力度,以期俄罗斯从乌克兰撤军。",
    ],
)
def test_an_act_someone_works_for_is_not_done(text: str) -> None:
    assert not {e for e in events_of(text, D) if e[1] == "RETREAT" and e[3] == "asserted"}


def test_an_act_with_no_aim_before_its_doer_is_done() -> None:
    found = events_of("以色列军队从黎巴嫩边境城镇撤离。哈马斯释放了三名人质。", D)
    assert {e for e in found if e[1] == "RETREAT" and e[3] == "asserted"}


@pytest.mark.parametrize(
    ("text", "members", "target"),
    [
        ("美英法等国呼吁以色列和真主党立即停火。", ("美国", "英国", "法国"), "以色列"),
        ("俄方召见了美英法等北约国家大使。", ("美国", "英国", "法国"), None),
    ],
)
def test_short_forms_closed_by_deng_are_each_a_country(text, members, target) -> None:
    found = events_of(text, D)
    for member in members:
        if target is None:
            assert ("俄罗斯", "PROTEST", member, "asserted") in found
        else:
            assert (member, "REQUEST", target, "asserted") in found


def test_deng_after_no_short_form_makes_no_country() -> None:
    assert not events_of("他们对此等情况表示关切。", D)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("俄军继续对乌克兰发动袭击。普京宣布复活节停火。", ("普京", "CONCEDE", "乌克兰")),
        (
            "快速支援部队与苏丹武装部队激战。快速支援部队宣布单方面停止敌对行动。",
            ("快速支援部队", "CONCEDE", "苏丹军队"),
        ),
        (
            "以色列与哈马斯激战。以色列宣布为期四小时的人道主义停火。",
            ("以色列", "CONCEDE", "哈马斯"),
        ),
    ],
)
def test_a_qualified_truce_declared_is_with_the_side_in_focus(text, expected) -> None:
    assert (*expected, "asserted") in events_of(text, D)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("哈马斯宣布接受卡塔尔提出的停火方案。", ("哈马斯", "AGREE", "卡塔尔")),
        ("以色列和哈马斯宣布达成停火协议。", ("以色列", "AGREE", "哈马斯")),
        ("亚美尼亚宣布与阿塞拜疆停火。", ("亚美尼亚", "CONCEDE", "阿塞拜疆")),
    ],
)
def test_a_gap_that_does_more_is_read_on_its_own(text: str, expected: tuple) -> None:
    found = events_of(text, D)
    assert (*expected, "asserted") in found
    assert not {e for e in found if e[1] == "CONCEDE" and e[:3] != expected}


def test_a_breach_announced_declares_no_truce() -> None:
    found = events_of("以色列宣布对违反停火协议的真主党发动打击。", D)
    assert not {e for e in found if e[1] in {"CONCEDE", "AGREE"}}


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        ("沙特王储在利雅得主持了美乌两国代表团的会谈。", "沙特阿拉伯", ("美国", "乌克兰")),
        ("阿曼外交大臣主持了美伊间接谈判。", "阿曼", ("美国", "伊朗")),
    ],
)
def test_a_host_of_a_pairs_talks_mediates_each_side(text, host, sides) -> None:
    found = events_of(text, D)
    first, second = sides
    assert (host, "CONSULT", first, "asserted") in found
    assert (host, "CONSULT", second, "asserted") in found
    assert {(first, "CONSULT", second, "asserted"), (second, "CONSULT", first, "asserted")} & found


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "亚美尼亚指责阿塞拜疆违反停火协议,对其发动炮击。",
            ("阿塞拜疆", "ASSAULT", "亚美尼亚"),
            ("亚美尼亚", "ASSAULT", "阿塞拜疆"),
        ),
        (
            "黎巴嫩谴责以色列无视停火,对其发动空袭。",
            ("以色列", "ASSAULT", "黎巴嫩"),
            ("黎巴嫩", "ASSAULT", "以色列"),
        ),
    ],
)
def test_after_an_accusation_the_accused_acts_on_the_accuser(text, expected, wrong) -> None:
    found = events_of(text, D)
    assert (*expected, "asserted") in found
    assert (*wrong, "asserted") not in found


def test_after_an_act_qi_is_still_its_target() -> None:
    found = events_of("美国制裁伊朗,并对其实施出口管制。", D)
    assert not {e for e in found if e[0] == "美国" and e[2] == "美国"}
    assert ("美国", "SANCTION", "伊朗", "asserted") in found
