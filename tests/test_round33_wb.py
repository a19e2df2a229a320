"""Round 33 (wb): a fresh audit of wire items on the Korean peninsula, Japan, Southeast Asia
and the South China Sea, Taiwan and US–China relations, fixed where the construction recurs.
Sentences are written for the test in the construction the pages used, with near misses that
must not change.
"""

from __future__ import annotations

import pytest
from sentences import events_of, roles_of


# X警告,若/如果…(no actor),Y将付出代价: a warning whose condition names nobody is aimed at
# the one the consequence befalls.
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "金与正警告，若类似挑衅行为再次发生，韩国将付出无法承受的代价。",
            ("金与正", "THREATEN", "韩国", "asserted"),
        ),
        (
            "朝鲜外务省警告，如果此类事件重演，美国必将为此付出沉重代价。",
            ("朝鲜外务省", "THREATEN", "美国", "asserted"),
        ),
        (
            "中国国防部发言人警告，一旦局势失控，菲律宾将付出代价。",
            ("中国", "THREATEN", "菲律宾", "asserted"),
        ),
    ],
)
def test_warning_with_bare_condition_aims_at_who_pays(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        # the condition names the side warned: it is still the target
        (
            "金与正警告，如果韩国再次放飞无人机，将付出代价。",
            ("金与正", "THREATEN", "韩国", "asserted"),
        ),
        # the consequence says nothing befalls anyone: no target is taken from it
        (
            "金与正警告，若再次发生，局势将更加紧张。",
            None,
        ),
    ],
)
def test_warning_condition_near_misses(text, event) -> None:
    events = events_of(text)
    if event is None:
        assert not any(e[1] == "THREATEN" for e in events)
    else:
        assert event in events


# 商务部新闻发言人说,我们注意到美商务部将…: a bare ministry before the same ministry named with
# its country later in the sentence is not that one, though the article named it before.
@pytest.mark.parametrize(
    "text, event, gone",
    [
        (
            "美将11家中国实体列入实体清单 中方坚决反对。新华社北京7月28日电 商务部新闻发言人28日就"
            "美商务部将11家中国实体列入实体清单答记者问。商务部新闻发言人说，我们注意到美商务部将11家"
            "中国实体列入出口管制实体清单，中方对此坚决反对。这不利于中国，不利于美国。",
            ("中国", "ACCUSE", "美国商务部", "asserted"),
            ("美国商务部", "ACCUSE", "中国", "asserted"),
        ),
        (
            "美国商务部宣布对华芯片出口管制新规。商务部发言人表示，注意到美国商务部的有关措施，"
            "敦促美方立即停止错误做法。",
            ("中国商务部", "REQUEST", "美国", "asserted"),
            ("美国商务部", "REQUEST", "美国", "asserted"),
        ),
    ],
)
def test_bare_ministry_before_qualified_one_is_another(text, event, gone) -> None:
    events = events_of(text)
    assert event in events
    assert gone not in events


def test_bare_ministry_after_qualified_one_stays_it() -> None:
    """美国商务部宣布…。商务部表示,…: named bare after it, with no other named later, it is
    the ministry named before."""
    events = events_of("美国商务部宣布将多家中国实体列入实体清单。商务部表示，将继续制裁中国企业。")
    assert ("美国商务部", "SANCTION", "中国", "asserted") in events


# 中方依法采取必要措施「无可非议」: measures that nothing makes a move to come were taken;
# they threaten nobody. Announced (将, 有权, 如果…) they do.
@pytest.mark.parametrize(
    "text",
    [
        "菲律宾派多艘公务船侵犯中方主权，中方对此坚决反对。中方依法采取必要措施，维护自身权益，无可非议。",
        "菲律宾船只冲撞中方海警船，中方对此坚决反对。中方已经采取了必要措施。",
    ],
)
def test_measures_taken_threaten_nobody(text) -> None:
    events = events_of(text)
    assert ("中国", "ACCUSE", "菲律宾", "asserted") in events
    assert ("中国", "THREATEN", "菲律宾", "asserted") not in events


@pytest.mark.parametrize(
    "text",
    [
        "菲律宾派多艘公务船侵犯中方主权，中方对此坚决反对。中方将采取必要措施，坚决维护自身权益。",
        "菲律宾派多艘公务船侵犯中方主权，中方对此坚决反对。中方有权采取一切必要措施。",
        "菲律宾派多艘公务船侵犯中方主权，中方对此坚决反对。如果菲方一意孤行，中方必然采取一切必要手段。",
    ],
)
def test_measures_announced_still_threaten(text) -> None:
    assert ("中国", "THREATEN", "菲律宾", "asserted") in events_of(text)


# 他拒绝谈论今年秋季可能发生的事, 拒绝回答记者的提问: declining to talk or answer refuses no one
@pytest.mark.parametrize(
    "text, gone",
    [
        (
            "布林肯说，美方期望拜登和习近平在几个星期内通话，但他拒绝谈论今年秋季可能发生的事。",
            ("拜登", "REJECT", "习近平", "asserted"),
        ),
        (
            "王毅同布林肯通电话后，布林肯拒绝回答有关对华关税的问题。",
            ("布林肯", "REJECT", "中国", "asserted"),
        ),
    ],
)
def test_declining_to_talk_refuses_no_one(text, gone) -> None:
    events = events_of(text)
    assert not any(e[1] == "REJECT" for e in events), events
    assert gone not in events


def test_refusing_to_talk_with_someone_still_rejects() -> None:
    assert ("朝鲜", "REJECT", "美国", "asserted") in events_of("朝鲜拒绝与美国谈论无核化问题。")


# 中方坚决反对,“台湾问题”是中美关系第一条不可逾越的红线: the clause after an opposition that
# opens on a topic (X问题, X局势) names what is at stake, nobody opposed.
@pytest.mark.parametrize(
    "text, gone",
    [
        (
            "林剑表示，中方坚决反对，“台湾问题”是中美关系第一条不可逾越的红线。",
            ("中国", "ACCUSE", "台湾", "asserted"),
        ),
        (
            "外交部发言人批评，中方强烈不满、坚决反对，台湾问题是中美关系第一条不可逾越的红线。",
            ("中国", "ACCUSE", "台湾", "asserted"),
        ),
    ],
)
def test_topic_after_opposition_is_no_target(text, gone) -> None:
    assert gone not in events_of(text)


def test_actor_after_opposition_still_target() -> None:
    events = events_of("外交部发言人表示，中方坚决反对，美方应立即停止售台武器。")
    assert ("中国", "ACCUSE", "美国", "asserted") in events


# 民进党政府 is Taiwan's government, as 民进党当局 is: not the party
def test_dpp_government_is_taiwan() -> None:
    events = events_of("中国国防部发言人批评民进党政府挑衅。")
    assert ("中国", "ACCUSE", "台湾", "asserted") in events
    assert not any(e[2] == "民主进步党" for e in events)


# 联合国应敦促美韩停止联合军演, 安理会应谴责…: what a third party should demand or condemn is the
# speaker's demand of that party; the party itself has asked or condemned nothing.
@pytest.mark.parametrize(
    "text, event, gone",
    [
        (
            "王毅表示，美方应敦促以色列停火。",
            ("王毅", "REQUEST", "美国", "asserted"),
            ("美国", "REQUEST", "以色列", "asserted"),
        ),
        (
            "王毅表示，安理会应谴责以色列的行径。",
            ("王毅", "REQUEST", "安理会", "asserted"),
            ("安理会", "ACCUSE", "以色列", "asserted"),
        ),
    ],
)
def test_what_a_third_party_should_demand_is_asked_of_it(text, event, gone) -> None:
    events = events_of(text)
    assert event in events
    assert gone not in events


def test_demand_made_stays() -> None:
    assert ("安理会", "ACCUSE", "朝鲜", "asserted") in events_of("联合国安理会谴责朝鲜发射导弹。")


# 中国国务院总理李强: the premier's post is in the country, as 总理's is, not in an organ
@pytest.mark.parametrize("text", ["中国国务院总理李强会见尹锡悦。", "国务院总理李强会见尹锡悦。"])
def test_state_council_premier_holds_post_in_country(text) -> None:
    assert ("李强", "中国", "国务院总理") in roles_of(text)


# 王毅访问越南,亦为国家主席习近平到访做准备: what 为 is for begins a new phrase; the country
# before it employs no one titled after it.
@pytest.mark.parametrize(
    "text, role, gone",
    [
        (
            "王毅今次访问越南亦为国家主席习近平可能到访做准备。",
            ("习近平", "中国", "国家主席"),
            ("习近平", "越南", "国家主席"),
        ),
        (
            "布林肯访问菲律宾为总统拜登出席峰会做准备。",
            ("拜登", "美国", "总统"),
            ("拜登", "菲律宾", "总统"),
        ),
    ],
)
def test_country_before_wei_employs_no_one_after(text, role, gone) -> None:
    roles = roles_of(text)
    assert role in roles
    assert gone not in roles


def test_country_right_before_title_still_employs() -> None:
    assert ("武文赏", "越南", "国家主席") in roles_of("越南国家主席武文赏会见王毅。")


# 越共中央总书记苏林: the Communist Party of Vietnam by its short name (never bare 越共, which
# 中越共建, 与越共同 hold)
def test_cpv_short_name_employs_its_general_secretary() -> None:
    assert ("苏林", "越南共产党", "总书记") in roles_of("王毅会见越共中央总书记苏林。")


def test_sino_vietnamese_compound_is_no_party() -> None:
    assert ("中国", "COOPERATE", "越南", "asserted") in events_of("中越共建一带一路。")


# 美方期望拜登和习近平有机会通话, 期待中日双方加强合作: a wish for a joint act of a pair the wisher
# is one of asks nothing of the other side; the joint act is intended.
@pytest.mark.parametrize(
    "text, event, gone",
    [
        (
            "美方期望拜登和习近平有机会在几个星期内通话。",
            ("拜登", "CONSULT", "习近平", "intended"),
            ("美国", "REQUEST", "习近平", "asserted"),
        ),
        (
            "王毅表示，期待中日双方加强合作。",
            ("中国", "COOPERATE", "日本", "intended"),
            ("王毅", "REQUEST", "日本", "asserted"),
        ),
    ],
)
def test_wish_for_own_pair_asks_nothing(text, event, gone) -> None:
    events = events_of(text)
    assert event in events
    assert gone not in events


@pytest.mark.parametrize(
    "text, event",
    [
        ("美方期望中方在几个星期内作出回应。", ("美国", "REQUEST", "中国", "asserted")),
        ("泽连斯基希望美国和欧洲继续提供援助。", ("泽连斯基", "REQUEST", "美国", "asserted")),
    ],
)
def test_wish_of_others_still_asks(text, event) -> None:
    assert event in events_of(text)


# 南韩总统尹锡悦:「衷心欢迎岸田首相」, 中国国务院总理李强:“…”: a television transcript gives who
# speaks as a name (with its title) and a colon before the quotation, with no statement verb.
@pytest.mark.parametrize(
    "text, event",
    [
        ("韩国总统尹锡悦：“欢迎岸田首相。”", ("尹锡悦", "SUPPORT", "岸田文雄", "asserted")),
        ("美国国务卿布林肯：“谴责朝鲜发射导弹。”", ("布林肯", "ACCUSE", "朝鲜", "asserted")),
        ("韩国总统尹锡悦：「衷心欢迎岸田首相。」", ("尹锡悦", "SUPPORT", "岸田文雄", "asserted")),
        ("王毅说：“衷心欢迎布林肯。”", ("王毅", "SUPPORT", "布林肯", "asserted")),
    ],
)
def test_transcript_speaker_at_colon(text, event) -> None:
    assert event in events_of(text)


def test_colon_after_words_names_no_transcript_speaker() -> None:
    """外交部对此表示强烈不满:“…”: a colon after a clause of words, not after a name."""
    events = events_of("外交部对此表示强烈不满：“美方的做法是错误的。”")
    assert not any(e[0] == "美国" for e in events)
