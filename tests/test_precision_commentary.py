"""False events found in commentary, history and interviews (essays that discuss events rather
than report them): sentences written for these tests, each once coded wrongly. Events are
compared on actor labels."""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text",
    [
        # 参与 holds 与 but introduces nobody: the war is named after where it was fought
        "澳大利亚当年坚持不参与越南战争。",
        "若没有安理会授权，新西兰不会参与阿富汗战争。",
    ],
)
def test_taking_part_in_a_war_named_after_a_country_fights_nobody(text: str) -> None:
    assert not {e for e in events_of(text) if e[1] == "ASSAULT"}


def test_taking_part_in_an_act_still_lets_its_target_follow() -> None:
    events = events_of("法国决定参与对叙利亚的制裁。")
    assert {(e[0], e[2]) for e in events if e[1] == "SANCTION"} == {("法国", "叙利亚")}


@pytest.mark.parametrize(
    "text",
    [
        # a 对-phrase that a view heads says what the view is about
        "回忆录披露了基辛格对越南战争最初的看法。",
        "记者询问这位学者对日本制裁的基本认识。",
        "这篇文章分析了普京对北约扩张的评价。",
    ],
)
def test_what_a_view_is_about_is_no_act_of_its_holder(text: str) -> None:
    assert not events_of(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a 对-phrase that a verb closes still reports the act inside it
        ("英国对伊朗的制裁持续了十年。", ("英国", "SANCTION", "伊朗", "asserted")),
        ("韩国政府对朝鲜发射导弹表示抗议。", ("韩国", "PROTEST", "朝鲜", "asserted")),
    ],
)
def test_an_act_inside_a_closed_phrase_is_still_an_event(text: str, event: tuple) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # what is hindered did not happen
        "双方的猜疑阻碍了印度与巴基斯坦达成谅解。",
        "边界争端妨碍了越南与柬埔寨签署协议。",
    ],
)
def test_what_is_hindered_is_no_event(text: str) -> None:
    assert not {e for e in events_of(text) if e[1] == "AGREE"}


@pytest.mark.parametrize(
    "text",
    [
        # posing a danger is a judgement about a country, not a threat it makes
        "许多学者认为，一个衰弱的俄罗斯不可能对欧洲造成威胁。",
        "报告称伊朗的导弹计划对沙特构成威胁。",
        "分析人士说，日本的军备扩张将威胁到韩国的安全。",
    ],
)
def test_posing_a_threat_is_no_threat_made(text: str) -> None:
    assert not {e for e in events_of(text) if e[1] == "THREATEN"}


def test_a_threat_made_is_still_a_threat() -> None:
    events = events_of("伊朗威胁要对沙特采取报复行动。")
    assert ("伊朗", "THREATEN", "沙特阿拉伯", "asserted") in events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # troops sent to intervene in a war named after a country are sent against it
        ("苏联当年派兵干涉阿富汗内战。", "阿富汗"),
        ("英国出兵干涉埃及。", "埃及"),
    ],
)
def test_troops_sent_to_intervene_are_sent_against_the_country(text: str, target: str) -> None:
    assert {e[2] for e in events_of(text) if e[1] == "MOBILIZE"} == {target}


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        # the one who asks another (让/请/叫) does not do what is asked
        ("她们很愤怒，她们要求公开真相，让校方向受害者家属道歉。", "她们"),
        ("但陈明没有放弃，还曾请过系里别的教授去说服李华。", "陈明"),
        ("张伟后来叫同事去联系赵强。", "张伟"),
    ],
)
def test_one_who_asks_another_does_not_do_the_act(text: str, asker: str) -> None:
    assert not {e for e in events_of(text) if e[0] == asker}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # an actor after 让 does it; a name that begins with 让 asks nobody; 让步 is a concession
        ("美国让日本加入对俄罗斯的制裁。", ("日本", "SANCTION", "俄罗斯", "asserted")),
        ("法国总统马克龙同总理让·卡斯泰通了电话。", ("马克龙", "CONSULT", "让·卡斯泰", "asserted")),
        ("日本最终向韩国让步。", ("日本", "CONCEDE", "韩国", "asserted")),
    ],
)
def test_an_act_after_let_or_a_name_with_it_is_kept(text: str, event: tuple) -> None:
    events = events_of(text)
    assert event in events or (event[2], event[1], event[0], event[3]) in events


@pytest.mark.parametrize(
    "text",
    [
        # 抗日 (resisting Japan) holds the short form 日 but names no actor that acts or is acted on
        "抗日战争前，这些学者组成协会反对国民党的独裁政策。",
        "他们要求各党派共同抗日，结果被国民党逮捕。",
    ],
)
def test_a_word_that_ends_with_a_short_form_names_no_actor(text: str) -> None:
    assert not {e for e in events_of(text) if "日本" in (e[0], e[2])}


def test_the_short_form_still_counts_in_a_compound() -> None:
    assert ("中国", "CONSULT", "日本", "asserted") in events_of("中日两国外长举行会晤。") or (
        "日本",
        "CONSULT",
        "中国",
        "asserted",
    ) in events_of("中日两国外长举行会晤。")


@pytest.mark.parametrize(
    "text",
    [
        # a planned trip makes the talks it goes on to a plan
        "下周一，日本外相将率团赴首尔，与韩国外长朴振举行会谈。",
        "王毅计划下月前往莫斯科，同俄罗斯外长拉夫罗夫举行会谈。",
    ],
)
def test_talks_after_a_planned_trip_are_intended(text: str) -> None:
    statuses = {e[3] for e in events_of(text) if e[1] == "CONSULT"}
    assert statuses == {"intended"}


def test_talks_after_a_trip_made_are_asserted() -> None:
    events = events_of("王毅昨天抵达莫斯科，与俄罗斯外长拉夫罗夫举行会谈。")
    assert {e[3] for e in events if e[1] == "CONSULT"} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a proposal named as a thing plans nothing: what happens to it, or under it, is done
        ("美国与朝鲜在中国的建议下举行了会谈。", ("美国", "CONSULT", "朝鲜", "asserted")),
        ("日本与韩国在美国的提议下签署了协议。", ("日本", "AGREE", "韩国", "asserted")),
    ],
)
def test_a_proposal_named_as_a_thing_plans_nothing(text: str, event: tuple) -> None:
    events = events_of(text)
    assert event in events or (event[2], event[1], event[0], event[3]) in events


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the author's 我们 is the subject: none is borrowed from before
        ("中国政府决定开放边境，这是香港人无法控制的，我们所能做的，只是支持香港警方。", "中国"),
        ("美国宣布新的关税，我们能做的只是支持欧盟的立场。", "美国"),
        (
            "随着英国出现病例，在韩国、泰国、越南等地开始报告社区传播，"
            "如果疫情在英国扩散，我们的医院或许并未做好准备。",
            "韩国",
        ),
    ],
)
def test_a_pronoun_subject_of_nobody_borrows_no_actor(text: str, absent: str) -> None:
    assert not {e for e in events_of(text) if e[0] == absent}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a pronoun that names the speaker, and a pronoun after the subject, still act
        ("中国外交部发言人表示，我们坚决反对美国的制裁。", ("中国", "ACCUSE", "美国", "asserted")),
        ("俄罗斯表示，我们将与中国加强合作。", ("俄罗斯", "COOPERATE", "中国", "intended")),
    ],
)
def test_a_pronoun_of_the_speaker_still_acts(text: str, event: tuple) -> None:
    events = events_of(text)
    assert event in events or (event[2], event[1], event[0], event[3]) in events


@pytest.mark.parametrize(
    "text",
    [
        # a capital right before a noun begins the name of a group or a school in the city
        "李明联系了东京工人协会和东京妇女之家。",
        "王芳给首尔妇女协会写了信，随后联系了首尔工人之家。",
    ],
)
def test_a_capital_that_begins_a_name_is_no_government(text: str) -> None:
    assert not {e for e in events_of(text) if e[1] == "CONSULT"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("北京方面强烈谴责东京的决定。", ("中国", "ACCUSE", "日本", "asserted")),
        ("莫斯科拒绝了华盛顿的要求。", ("俄罗斯", "REJECT", "美国", "asserted")),
    ],
)
def test_a_capital_that_acts_is_still_its_government(text: str, event: tuple) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # people named by what they are open the clause as its subject: nobody is borrowed
        ("张红回忆，孙强转到医院后，医生建议他每天服药。", "张红"),
        ("张红说，孙强到了学校后，老师批评了他。", "张红"),
        ("张红说，孙强被带走后，警察逮捕了他。", "张红"),
    ],
)
def test_people_named_by_what_they_are_are_the_subject(text: str, absent: str) -> None:
    assert not {e for e in events_of(text) if e[0] == absent}


@pytest.mark.parametrize(
    "text",
    [
        # the place a branch of a body is in is no actor, and no side of the body
        "国际特赦组织台湾分会举行抗议活动。",
        "世界卫生组织日本分部举行抗议活动。",
    ],
)
def test_the_place_of_a_branch_is_no_actor(text: str) -> None:
    assert not events_of(text)


def test_a_clause_with_its_own_subject_after_the_consequence_is_outside_the_condition() -> None:
    text = (
        "如果一个国家违反了协议，就应当承担后果，这与主权原则并不矛盾，"
        "在当前的争端中，日本也是以此为由要求韩国遵守协议的。"
    )
    assert ("日本", "REQUEST", "韩国", "asserted") in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # what follows from a condition, and what goes on from it, stays hypothetical
        "如果伊朗违反协议，那么美国将制裁伊朗，并驱逐伊朗外交官。",
        "如果朝鲜再次试射导弹，日本就将对朝鲜实施制裁。",
    ],
)
def test_the_consequence_of_a_condition_stays_hypothetical(text: str) -> None:
    assert {e[3] for e in events_of(text)} == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # 要 before an act makes it a plan; 主要, 需要… hold it but plan nothing
        (
            "俄罗斯多次提出过要退出世界贸易组织。",
            ("俄罗斯", "SANCTION", "世界贸易组织", "intended"),
        ),
        ("他说俄罗斯和印度要加强合作。", ("俄罗斯", "COOPERATE", "印度", "intended")),
        ("俄罗斯主要与印度合作。", ("俄罗斯", "COOPERATE", "印度", "asserted")),
    ],
)
def test_yao_before_an_act_makes_a_plan(text: str, event: tuple) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # what someone should not do is the speaker's demand, not the act, nor a negated one
        ("中国外交部表示，日方不应干涉中国内政。", ("中国外交部", "REQUEST", "日本", "asserted")),
        (
            "英国外交部表示，美国不应该对中国企业实施制裁。",
            ("英国外交部", "REQUEST", "美国", "asserted"),
        ),
    ],
)
def test_what_should_not_be_done_is_a_demand(text: str, event: tuple) -> None:
    events = events_of(text)
    assert event in events
    assert not {e for e in events if e[1] in {"ACCUSE", "SANCTION"}}


@pytest.mark.parametrize(
    "text",
    [
        # being interviewed or questioned accepts nobody; 受访 is no visit
        "日本驻华大使垂秀夫接受了中国媒体的采访。",
        "作家李明在接受美国媒体专访时提到此事。",
        "王芳和赵强在广场上举着标语（受访者供图）。",
    ],
)
def test_an_interview_is_no_agreement_nor_visit(text: str) -> None:
    assert not events_of(text)


def test_accepting_a_proposal_is_still_agreement() -> None:
    assert ("伊朗", "AGREE", "美国", "asserted") in events_of("伊朗接受了美国的提议。")


@pytest.mark.parametrize(
    "text",
    [
        # a conflict between people is a quarrel, no armed act
        "李明说，张伟不想跟赵强发生正面冲突。",
        "乔治·凯南对自己与中国人在观念上的根本性冲突心知肚明。",
    ],
)
def test_a_conflict_of_people_is_no_assault(text: str) -> None:
    assert not {e for e in events_of(text) if e[1] == "ASSAULT"}


def test_a_conflict_of_states_is_still_an_assault() -> None:
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in events_of("俄罗斯与乌克兰爆发冲突。")


def test_a_disease_named_after_a_region_is_no_actor() -> None:
    assert not events_of("正在席卷越南的非洲猪瘟已导致越南数千头猪的死亡。")


def test_an_actor_after_shenzhi_acts() -> None:
    # 甚至 is an adverb, not the preposition 至
    events = events_of("甚至北约轰炸利比亚的时候，加拿大也没有断交。")
    assert ("北约", "ASSAULT", "利比亚", "asserted") in events


def test_places_people_come_from_do_not_act() -> None:
    text = "来自英国、法国、德国等地的几所大学的学生与我们取得了联系。"
    assert not events_of(text)


def test_a_delegation_from_one_country_still_acts_for_it() -> None:
    events = events_of("来自美国的代表团与中方举行会谈。")
    assert ("美国", "CONSULT", "中国", "asserted") in events


def test_a_school_named_after_a_place_is_no_actor() -> None:
    assert not events_of("日本首相邀请台湾师范大学学生会出席会议。")
