"""Round 28 (rc): recall on constructions the development-side misses share.

A reproach voiced in a call or letter whose 对-phrase names no actor (致电杨宇,对学校遭掷石表示
遗憾) is aimed at the addressee, as a demand there is (致信安理会,要求召开紧急会议); a passive
inside that 对-phrase (学校遭掷石) is what the stance is about, not a passive of the stance.
Sentences are written for the test, after the dev articles' wording.
"""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "日本外务省局长鲶博行致电中国驻日使馆公使杨宇,对学校遭掷石表示遗憾及忧虑。",
            ("鲶博行", "ACCUSE", "杨宇", "asserted"),
        ),
        (
            "法国外长致信俄罗斯外长拉夫罗夫,对记者被扣押表示严重关切。",
            ("法国", "ACCUSE", "拉夫罗夫", "asserted"),
        ),
    ],
)
def test_a_reproach_in_a_call_is_aimed_at_its_addressee(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # the 对-phrase names the actor: the addressee is not the one reproached
        ("中国外长致电英国外长,对日方的做法表示遗憾。", ("中国", "ACCUSE", "英国")),
        # a passive by a noun that names no actor still makes no event
        ("美国的做法遭到多国反对。", ("美国", "ACCUSE")),
    ],
)
def test_no_reproach_of_the_addressee(text, absent) -> None:
    assert not any(e[: len(absent)] == absent for e in events_of(text))


def test_the_stance_on_a_passive_needs_someone_to_aim_at() -> None:
    """No call, no focus: the stance on what befell the school reproaches nobody."""
    assert not any(e[1] == "ACCUSE" for e in events_of("日本外务省对学校遭掷石表示遗憾。"))


# Talks taken part in, named as a thing (参与/参加…磋商/谈判): with whom they are held, else the
# body in focus, else both sides of the talks or deal in focus.
@pytest.mark.parametrize(
    "text, event",
    [
        ("俄罗斯参加了与乌克兰的谈判。", ("俄罗斯", "CONSULT", "乌克兰", "asserted")),
        (
            "联合国安理会当天表决决议草案。中方建设性地参与了草案的磋商。",
            ("中国", "CONSULT", "安理会", "asserted"),
        ),
        (
            "美国与胡塞武装已达成停火协议。阿曼参与了停火磋商。",
            ("阿曼", "CONSULT", "胡塞武装", "asserted"),
        ),
        (
            "美国与胡塞武装已达成停火协议。阿曼没有参与停火磋商。",
            ("阿曼", "CONSULT", "美国", "negated"),
        ),
    ],
)
def test_talks_taken_part_in(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "伊朗将参加在维也纳举行的谈判。",  # where, not with whom; nothing in focus
        "中国将继续积极参与伊核问题谈判。",  # a topic, no side named or in focus
    ],
)
def test_talks_taken_part_in_with_nobody_named(text) -> None:
    assert not any(e[1] == "CONSULT" for e in events_of(text))


# A relative clause whose verb is a split trigger (出席…峰会) names its target inside: the head
# attends the bloc's summit, as well as being in the country where it is held.
@pytest.mark.parametrize(
    "text, event",
    [
        (  # (a forum's summit, 二十国集团, names only the occasion: round 48, words.tsv forum)
            "正在印尼出席东盟峰会的国务院总理李强会见了新加坡总理李显龙。",
            ("李强", "CONSULT", "东盟", "asserted"),
        ),
        (
            "正在德国出席二十国集团(G20)峰会的国家主席习近平会见了新加坡总理李显龙。",
            ("习近平", "CONSULT", "德国", "asserted"),
        ),
        (
            "正在出席东盟峰会的国务院总理李强会见了新加坡总理李显龙。",
            ("李强", "CONSULT", "东盟", "asserted"),
        ),
    ],
)
def test_a_summit_attended_in_a_relative_clause(text, event) -> None:
    assert event in events_of(text)


def test_a_visit_in_a_relative_clause_names_only_the_place() -> None:
    """No split trigger, nothing inside: only the country visited and the one met."""
    found = events_of("正在德国进行国事访问的国家主席习近平会见了新加坡总理李显龙。")
    assert {e[2] for e in found if e[0] == "习近平"} == {"德国", "李显龙"}


# A group named after 亲 and a country (亲俄叛军, 亲莫斯科叛军) sides with that country: it is
# an actor of its own, not the country's organ, so the country may act on it.
@pytest.mark.parametrize(
    "text, event",
    [
        ("亲俄叛军袭击了乌克兰政府军。", ("亲俄罗斯叛军", "ASSAULT", "乌军", "asserted")),
        (
            "乌克兰政府和亲莫斯科叛军今年9月开始停火。",
            ("乌克兰", "CONCEDE", "亲俄罗斯叛军", "asserted"),
        ),
        ("俄罗斯支持亲俄叛军。", ("俄罗斯", "SUPPORT", "亲俄罗斯叛军", "asserted")),
    ],
)
def test_a_group_siding_with_a_country(text, event) -> None:
    assert event in events_of(text)


def test_a_country_s_own_rebels_stay_its_own() -> None:
    assert ("俄罗斯叛军", "ASSAULT", "乌克兰", "asserted") in events_of("俄罗斯叛军袭击了乌克兰。")


def test_a_capital_that_begins_a_name_is_still_no_actor() -> None:
    assert events_of("北京工友之家批评了该公司。") == set()


# A fight that breaks out (爆发…战斗, 爆发冲突) is between the sides named before it; with none
# named in its clause (a place only says where), between the sides of the truce the sentence
# reported before it, or of the last fight.
@pytest.mark.parametrize(
    "text, events",
    [
        (
            "以色列与哈马斯爆发激烈战斗。",
            {
                ("以色列", "ASSAULT", "哈马斯", "asserted"),
                ("哈马斯", "ASSAULT", "以色列", "asserted"),
            },
        ),
        (
            "虽然乌克兰政府和亲莫斯科叛军今年9月开始停火,但乌国东部仍爆发新的战斗。",
            {
                ("乌克兰", "ASSAULT", "亲俄罗斯叛军", "asserted"),
                ("亲俄罗斯叛军", "ASSAULT", "乌克兰", "asserted"),
            },
        ),
        (
            "以色列和哈马斯开始停火,但加沙仍爆发新的战斗。",
            {
                ("以色列", "ASSAULT", "哈马斯", "asserted"),
                ("哈马斯", "ASSAULT", "以色列", "asserted"),
            },
        ),
    ],
)
def test_a_fight_that_breaks_out(text, events) -> None:
    assert events <= events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "美国与中国举行会谈。当天,加沙爆发冲突。",  # talks are no fight
        "美国与中国签署贸易协议,加沙随后爆发冲突。",  # nor is a trade deal a truce
    ],
)
def test_an_outbreak_is_no_fight_of_a_pair_that_talked(text) -> None:
    assert not any(e[1] == "ASSAULT" for e in events_of(text))


# Talks that frame the clause after them (在…磋商中,) and name no side are between the first
# two sides that clause names, not whoever talked before.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "安理会就决议草案进行表决。但在此后的磋商中,美国接受了俄罗斯的主张。",
            ("美国", "CONSULT", "俄罗斯", "asserted"),
        ),
        ("在通话中,普京对马克龙表示,俄方愿意继续谈判。", ("普京", "CONSULT", "马克龙", "asserted")),
    ],
)
def test_talks_framing_the_clause_after(text, event) -> None:
    assert event in events_of(text)


def test_talks_framing_a_clause_of_one_side() -> None:
    """The clause after names one side only (美国 and its president): no pair of talks."""
    found = events_of("在会谈中,美国总统特朗普表示,美国将继续支持乌克兰。")
    assert not any(e[1] == "CONSULT" for e in found)


# A demand that names no one, in the clause right after its subject presses someone (施压),
# asks the ones pressed.
@pytest.mark.parametrize(
    "text, event",
    [
        ("美国持续施压莫斯科与基辅,要求终结这场战争。", ("美国", "REQUEST", "俄罗斯", "asserted")),
        ("美国持续施压莫斯科与基辅,要求终结这场战争。", ("美国", "REQUEST", "乌克兰", "asserted")),
        ("欧盟对俄罗斯施压,敦促尽快停火。", ("欧盟", "REQUEST", "俄罗斯", "asserted")),
    ],
)
def test_a_demand_after_pressure_asks_the_ones_pressed(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "美国向伊朗施压。中国要求停止核计划。",  # another sentence
        "美国向伊朗施压,中国则要求各方保持克制。",  # another subject
    ],
)
def test_a_demand_of_another_asks_nobody_pressed(text) -> None:
    assert not any(e[1] == "REQUEST" and e[2] == "伊朗" for e in events_of(text))


# What one will not tolerate others doing (不会容忍X与Y…达成协议) is refused: a REJECT of each.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "泽连斯基说,他不会容忍华府与莫斯科在基辅背后私下达成任何协议。",
            ("泽连斯基", "REJECT", "美国", "asserted"),
        ),
        (
            "泽连斯基说,他不会容忍华府与莫斯科在基辅背后私下达成任何协议。",
            ("泽连斯基", "REJECT", "俄罗斯", "asserted"),
        ),
        ("中国不会容忍美国的挑衅。", ("中国", "REJECT", "美国", "asserted")),
    ],
)
def test_not_tolerating_is_refusing(text, event) -> None:
    assert event in events_of(text)


def test_what_is_not_tolerated_is_no_event() -> None:
    found = events_of("泽连斯基说,他不会容忍华府与莫斯科在基辅背后私下达成任何协议。")
    assert not any(e[1] == "AGREE" for e in found)


def test_not_tolerating_a_deed_of_nobody_named() -> None:
    assert events_of("美国不会容忍这种行为。") == set()


# A withdrawal that names nothing it leaves (美国在2018年单方面退出后) leaves the side in focus: the
# other party of the deal the subject signed; with a body named after it, that body (退出「G8」).
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "伊朗在2015年与美国、德国签订《联合全面行动计划》。"
            "不过美国在2018年单方面退出后,伊朗多次违反协议内容。",
            ("美国", "REJECT", "伊朗", "asserted"),
        ),
        ("在普遍的国际指责下,俄罗斯宣布退出「G8」。", ("俄罗斯", "REJECT", "八国集团", "asserted")),
    ],
)
def test_a_withdrawal_with_no_object(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize("text", ["他后来退出了政坛。", "俄罗斯代表愤而退出。"])
def test_a_withdrawal_with_nobody_in_focus(text) -> None:
    assert events_of(text) == set()


# A list struck off or put on names its owner inside the split trigger (把日方排除出|韩方|贸易
# “白色清单”): the one put after 把/将 is hit, not the owner.
@pytest.mark.parametrize(
    "text, event",
    [
        ("韩国决定把日方排除出韩方贸易“白色清单”。", ("韩国", "SANCTION", "日本", "asserted")),
        ("日本将韩国移出日本的白名单。", ("日本", "SANCTION", "韩国", "asserted")),
    ],
)
def test_the_one_struck_off_a_list_its_owner_names(text, event) -> None:
    assert event in events_of(text)


# A list of titled people whose items hold 、 of their own is cut by commas (…同塞内加尔外长艾莎塔,
# 经济、计划和合作部部长奥特共同主持会议): the clause that is only a titled person running into a
# joint act goes on the 同-phrase that ends the clause before.
_COCHAIRED = (
    "国务委员兼外长王毅、商务部部长王文涛同塞内加尔外长艾莎塔,"
    "经济、计划和合作部部长奥特共同主持会议。"
)


@pytest.mark.parametrize("host", ["王毅", "王文涛"])
@pytest.mark.parametrize("partner", ["艾莎塔", "奥特"])
def test_a_comma_cut_list_of_cochairs(host, partner) -> None:
    assert (host, "CONSULT", partner, "asserted") in events_of(_COCHAIRED)


def test_a_clause_after_a_meeting_is_no_list_item() -> None:
    """The clause before ends with an act of its own (会见了…), no 同-phrase: 王文涛 is no item."""
    found = events_of("王毅会见了塞内加尔外长艾莎塔,商务部部长王文涛共同主持会议。")
    assert not any("王文涛" in (e[0], e[2]) for e in found)


# Praise and welcome with no object of their own (对此表示欢迎, 给予高度评价) answer the side in
# focus, as 表示…赞赏 already did.
@pytest.mark.parametrize(
    "text",
    [
        "美国宣布放松对古巴的制裁。古巴对此表示欢迎。",
        "美国宣布放松对古巴的制裁。古巴对此给予高度评价。",
    ],
)
def test_welcome_of_what_is_in_focus(text) -> None:
    assert ("古巴", "SUPPORT", "美国", "asserted") in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "中方欢迎各国企业来华投资。",  # its object names nobody's act
        "习近平访问俄罗斯,受到热烈欢迎。",  # a welcome received, by nobody named
    ],
)
def test_welcome_with_an_object_or_none_in_focus(text) -> None:
    assert not any(e[1] == "SUPPORT" for e in events_of(text))


@pytest.mark.parametrize("word", ["表示支持", "表示感谢", "表示赞同", "表示祝贺", "表示理解"])
def test_support_of_what_is_in_focus(word) -> None:
    found = events_of(f"美国宣布向乌克兰提供军事援助。乌克兰对此{word}。")
    assert ("乌克兰", "SUPPORT", "美国", "asserted") in found


@pytest.mark.parametrize(
    "text, event",
    [
        ("亲伊朗民兵袭击了美军基地。", ("亲伊朗民兵", "ASSAULT", "美军", "asserted")),
        ("亲俄武装袭击了乌克兰军队。", ("亲俄罗斯武装", "ASSAULT", "乌军", "asserted")),
        ("俄罗斯支持亲俄分离主义武装。", ("俄罗斯", "SUPPORT", "亲俄罗斯分离主义武装", "asserted")),
    ],
)
def test_a_group_noun_siding_with_a_country(text, event) -> None:
    assert event in events_of(text)


def test_a_country_s_own_forces_are_no_backed_group() -> None:
    assert ("伊朗军队", "ASSAULT", "美军", "asserted") in events_of("伊朗武装部队袭击了美军基地。")


# A group noun a country backs (伊朗支持的武装组织) names a group siding with it: the country
# backs it, and it acts on its own.
@pytest.mark.parametrize(
    "event",
    [
        ("伊朗", "SUPPORT", "亲伊朗武装组织", "asserted"),
        ("亲伊朗武装组织", "ASSAULT", "以色列", "asserted"),
    ],
)
def test_a_group_a_country_backs(event) -> None:
    assert event in events_of("伊朗支持的武装组织对以色列发动袭击。")


@pytest.mark.parametrize(
    "text, event",
    [
        # a named group stays itself
        ("伊朗支持的胡塞武装对以色列发动袭击。", ("胡塞武装", "ASSAULT", "以色列", "asserted")),
        ("伊朗支持的武装组织哈马斯对以色列发动袭击。", ("哈马斯", "ASSAULT", "以色列", "asserted")),
    ],
)
def test_a_named_group_a_country_backs(text, event) -> None:
    found = events_of(text)
    assert event in found
    assert not any(e[0].startswith("亲") for e in found)


def test_a_sphere_of_influence_is_no_group() -> None:
    assert events_of("中国支持的势力范围。") == set()


def test_refusing_to_accept_what_is_in_focus() -> None:
    """拒绝接受这一方案 with nothing named: the one who asked for it, as 不接受 already did."""
    found = events_of("美国要求中国接受新的方案。中国拒绝接受这一方案。")
    assert ("中国", "REJECT", "美国", "asserted") in found
