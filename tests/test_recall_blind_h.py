"""Recall and precision on a round of conflict and security news: what a side must do in a
statement, what a resolution demands, a pair that blames the other side, an
act judged unacceptable, a war being resolved, 他们 in the words of a
body, acts joined by 和, acts inside a long 对…的回应, venues described before their name,
clauses opened by 除了, help sought, passives that describe an actor, 其 after an attack,
exchanges of hostages and prisoners.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

# -- X表示,Y必须…: what a side must do is the speaker's demand, as what it should do -----------

MUST_DEMANDS = [
    ("泰国外交部发言人表示，缅甸必须先宣布停火。", [("泰国", "REQUEST", "缅甸")]),
    ("日本政府表示，朝鲜必须立即停止导弹试射。", [("日本", "REQUEST", "朝鲜")]),
    (
        "中方表示，美日两国必须停止挑衅。",
        [("中国", "REQUEST", "美国"), ("中国", "REQUEST", "日本")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MUST_DEMANDS)
def test_what_a_side_must_do_is_the_speakers_demand(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    for triple in expected:
        assert triple in found


NO_MUST_DEMAND = [
    "王毅说，中美两国必须加强合作。",  # a pair with the speaker's side
    "王毅说，中美两国应当加强合作。",
    "他说，下一代的中国人必须更聪明。",  # no act is asked
]


@pytest.mark.parametrize("text", NO_MUST_DEMAND)
def test_no_demand_of_the_own_pair_or_without_an_act(text) -> None:
    assert not any(t == "REQUEST" for _, t, _, _ in events_of(text))


# -- 决议要求…: a resolution that acts stands for the body that adopted it ---------------------

RESOLUTIONS = [
    (
        "安理会15日通过第2800号决议。决议要求胡塞武装立即停止袭击商船。",
        ("安理会", "REQUEST", "胡塞武装"),
    ),
    (
        "联合国大会以压倒性多数通过决议。该决议谴责俄罗斯入侵乌克兰。",
        ("联合国大会", "ACCUSE", "俄罗斯"),
    ),
    (
        "安理会21日一致通过决议。决议要求刚果(金)反政府武装“M23运动”立即停止军事行动。",
        ("安理会", "REQUEST", "M23运动"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESOLUTIONS)
def test_a_resolution_acts_for_the_body_that_adopted_it(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


def test_a_country_before_its_own_quoted_group_only_says_where_it_is_from() -> None:
    found = events_of("安理会要求刚果(金)反政府武装“M23运动”撤出戈马。")
    assert ("安理会", "REQUEST", "M23运动", "asserted") in found
    assert not any(o == "刚果民主共和国" for _, _, o, _ in found)


# -- 双方都指责对方…: a pair whose members each blame the other ---------------------------------

BLAME_THE_OTHER = [
    "印度与巴基斯坦在边境交火。双方都指责对方先开火。",
    "印度与巴基斯坦在边境交火。双方均指责对方违反停火协议。",
    "印度和巴基斯坦都指责对方破坏停火。",
]


@pytest.mark.parametrize("text", BLAME_THE_OTHER)
def test_a_pair_that_blames_the_other_side_blames_both_ways(text) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert ("印度", "ACCUSE", "巴基斯坦") in found
    assert ("巴基斯坦", "ACCUSE", "印度") in found


def test_one_side_that_blames_the_other_blames_only_it() -> None:
    found = {(s, t, o) for s, t, o, _ in events_of("特朗普与普京通电话。特朗普指责对方违约。")}
    assert ("特朗普", "ACCUSE", "普京") in found
    assert ("普京", "ACCUSE", "特朗普") not in found


def test_a_pair_borrowed_from_an_earlier_clause_is_no_pair_that_blames() -> None:
    text = "罗马尼亚和南斯拉夫的人民联合起来,因为在公共事务中,必须相互理解,说服对方。"
    assert not any(t == "REQUEST" for _, t, _, _ in events_of(text))


# -- Y的袭击是不可接受的: the speaker blames whose act is judged unacceptable ----------------------

UNACCEPTABLE = [
    ("布林肯表示，伊朗的袭击是不可接受的。", ("布林肯", "ACCUSE", "伊朗")),
    ("布林肯表示，伊朗的袭击是“不可接受的”。", ("布林肯", "ACCUSE", "伊朗")),
    ("中方表示，美方的做法是不能接受的。", ("中国", "ACCUSE", "美国")),
    ("日本首相岸田文雄表示，朝鲜发射弹道导弹是不可容忍的。", ("岸田文雄", "ACCUSE", "朝鲜")),
]


@pytest.mark.parametrize(("text", "expected"), UNACCEPTABLE)
def test_an_act_judged_unacceptable_is_blamed_on_whose_act_it_is(text, expected) -> None:
    found = events_of(text)
    assert (*expected, "asserted") in found
    assert not any(t == "REJECT" for _, t, _, _ in found)  # nothing offered is refused


def test_a_state_of_things_judged_unacceptable_blames_nobody() -> None:
    assert events_of("他说，这种情况是不可接受的。") == set()


# -- 为和平解决俄乌冲突…: a war named by its sides that is being resolved is fought, whatever the
# intention of the clause; a war that may come is not

WARS_FOUGHT = [
    "阿联酋将继续致力于为和平解决俄乌冲突寻找途径。",
    "中方愿为政治解决俄乌冲突发挥建设性作用。",
    "土耳其将继续为结束俄乌战争而努力。",
]


@pytest.mark.parametrize("text", WARS_FOUGHT)
def test_a_war_being_resolved_is_fought(text) -> None:
    found = events_of(text)
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in found
    assert ("俄罗斯", "ASSAULT", "乌克兰", "intended") not in found


def test_a_joint_drill_a_response_answers_is_held() -> None:
    found = events_of("朝鲜人民军总参谋部发言人表示，朝鲜将对美韩联合军演采取对应措施。")
    assert ("美国", "COOPERATE", "韩国", "asserted") in found
    assert ("美国", "COOPERATE", "韩国", "intended") not in found


def test_talks_a_contribution_is_promised_to_are_still_to_come() -> None:
    found = events_of("中方将对中日韩峰会作出贡献。")
    assert ("日本", "CONSULT", "韩国", "intended") in found
    assert ("日本", "CONSULT", "韩国", "asserted") not in found


def test_a_war_that_may_be_caused_is_not_fought() -> None:
    found = events_of("这很可能引起中美战争。")
    assert ("中国", "ASSAULT", "美国", "asserted") not in found


# -- 伊朗革命卫队表示,他们…: 他们 in the words of a body is the body, not people named before --


def test_they_in_the_words_of_a_body_is_the_body() -> None:
    text = "州长侯赛因·哈马耶尔告诉法新社。伊朗革命卫队表示,他们对以色列发动了导弹袭击。"
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert ("伊朗伊斯兰革命卫队", "ASSAULT", "以色列") in found
    assert not any(s == "侯赛因·哈马耶尔" for s, _, _ in found)


def test_they_in_the_words_of_an_armed_group_is_the_group() -> None:
    found = events_of("胡塞武装发言人称，他们袭击了一艘美国驱逐舰。")
    assert ("胡塞武装", "ASSAULT", "美国", "asserted") in found


# -- 警告说,如果北约…: a warning followed by 说/称 and a condition is aimed at who the condition
# names first, as a warning without 说


def test_a_warning_said_before_a_condition_is_aimed_at_its_actor() -> None:
    found = events_of("普京警告说，如果北约向乌克兰派兵，俄罗斯将作出回应。")
    assert ("普京", "THREATEN", "北约", "asserted") in found
    assert ("普京", "THREATEN", "乌克兰", "asserted") not in found


# -- 以色列炸死A和炸死B: a verb joined by 和 to an earlier one is done by the same subject -------

JOINED_VERBS = [
    "以色列上周炸死纳斯鲁拉和炸死哈尼亚。",
    "伊朗表示,这次袭击是对以色列上星期在德黑兰炸死真主党领导人纳斯鲁拉和炸死哈马斯领导人哈尼亚的回应。",
]


@pytest.mark.parametrize("text", JOINED_VERBS)
def test_a_verb_joined_to_an_earlier_one_has_its_subject(text) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert ("以色列", "ASSAULT", "纳斯鲁拉") in found
    assert ("以色列", "ASSAULT", "哈尼亚") in found
    assert ("纳斯鲁拉", "ASSAULT", "哈尼亚") not in found


def test_where_an_act_named_in_a_response_was_done_does_not_do_it() -> None:
    found = events_of("这次袭击是对以色列上星期在德黑兰炸死纳斯鲁拉的回应。")
    assert ("以色列", "ASSAULT", "纳斯鲁拉", "asserted") in found


# -- 在南美国家巴西举行会议,双方…: a venue described before its name is no side ---------------

DESCRIBED_VENUES = [
    "马杜罗和圭亚那总统阿里14日在南美国家巴西举行会议,双方达成协议。",
    "马杜罗和圭亚那总统阿里在加勒比海岛国圣文森特和格林纳丁斯举行会谈,双方同意继续对话。",
]


@pytest.mark.parametrize("text", DESCRIBED_VENUES)
def test_a_described_venue_is_no_side_of_the_pair(text) -> None:
    found = events_of(text)
    assert ("马杜罗", "AGREE", "阿里", "asserted") in found
    assert not any(
        t == "AGREE" and "阿里" in (s, o) and "马杜罗" not in (s, o) for s, t, o, _ in found
    )


# -- 这是对英国派遣军舰…的回应: the act 对 and a response noun enclose is the answered one's ---


def test_the_act_a_response_answers_does_not_reach_who_does_it() -> None:
    text = (
        "委内瑞拉总统马杜罗宣布,将向邻国圭亚那边境派遣军队,"
        "这是对英国派遣巡逻舰赴圭亚那参加联合军演的回应。"
    )
    found = events_of(text)
    assert not any(o == "英国" and t == "CONSULT" for _, t, o, _ in found)


def test_an_act_named_as_a_noun_before_a_response_keeps_its_target() -> None:
    found = events_of("佩斯科夫说,俄军对乌克兰军事设施的打击是对乌袭击俄民用设施的回应。")
    assert ("俄军", "ASSAULT", "乌克兰", "asserted") in found


# -- 除了向普京求援,帕希尼扬还…: a clause opened by 除了 has the subject of the one it adds to ---


def test_a_besides_clause_has_the_subject_of_the_main_one() -> None:
    found = events_of("除了向普京求援,帕希尼扬还与马克龙通了电话。")
    assert ("帕希尼扬", "REQUEST", "普京", "asserted") in found
    assert ("帕希尼扬", "CONSULT", "马克龙", "asserted") in found


# -- 寻求美国的帮助, 向美国寻求帮助: help sought asks whom it is sought from -------------------

HELP_SOUGHT = ["乌克兰向美国寻求帮助。", "乌克兰寻求美国的帮助。"]


@pytest.mark.parametrize("text", HELP_SOUGHT)
def test_help_sought_asks_whom_it_is_sought_from(text) -> None:
    assert ("乌克兰", "REQUEST", "美国", "asserted") in events_of(text)


# -- X和得到Y支持的Z: a passive that describes an actor acts on it, not on what stands before ----

DESCRIBING_PASSIVES = [
    ("卢旺达国防军和得到卢旺达支持的M23运动发动攻势。", ("卢旺达", "SUPPORT", "M23运动")),
    ("以色列和得到美国支持的乌克兰签署协议。", ("美国", "SUPPORT", "乌克兰")),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBING_PASSIVES)
def test_a_describing_passive_acts_on_the_actor_it_describes(text, expected) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert expected in found
    assert not any(t == "SUPPORT" and o in {"卢旺达军队", "以色列"} for _, t, o in found)


# -- 阿塞拜疆指责亚美尼亚军队炮击其阵地: 其 after an attack is the other actor of its clause ------

OWNER_AFTER_ATTACK = [
    ("阿塞拜疆指责亚美尼亚军队炮击其阵地。", ("亚美尼亚军队", "ASSAULT", "阿塞拜疆")),
    ("俄罗斯指责乌克兰无人机袭击其领土。", ("乌克兰", "ASSAULT", "俄罗斯")),
    ("伊朗谴责以色列和美国袭击其核设施。", ("美国", "ASSAULT", "伊朗")),
    ("伊拉克谴责美国在其境内发动空袭。", ("美国", "ASSAULT", "伊拉克")),
    ("叙利亚指责以色列战机在其领空发动袭击。", ("以色列", "ASSAULT", "叙利亚")),
]


@pytest.mark.parametrize(("text", "expected"), OWNER_AFTER_ATTACK)
def test_its_after_an_attack_is_the_other_actor_of_the_clause(text, expected) -> None:
    assert (*expected, "asserted") in events_of(text)


def test_its_after_a_danger_judged_makes_no_threat() -> None:
    found = events_of("莫斯科指责波兰和芬兰威胁其安全。")
    assert not any(t == "THREATEN" for _, t, _, _ in found)


# -- 以色列和哈马斯交换了人质和囚犯: an exchange of captives releases both ways ---------------

EXCHANGES = [
    "以色列和哈马斯交换了人质和囚犯。",
    "哈马斯和以色列互换第三批被扣押人员。",
]


@pytest.mark.parametrize("text", EXCHANGES)
def test_an_exchange_of_captives_releases_both_ways(text) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert ("以色列", "RETREAT", "哈马斯") in found
    assert ("哈马斯", "RETREAT", "以色列") in found


# -- X表示Y的做法是霸凌: a judgement said with no pause after the verb judges Y --------------------

JUDGED_WITHOUT_PAUSE = [
    ("中方表示美方的做法是霸凌。", ("中国", "ACCUSE", "美国")),
    ("埃尔多安称以色列的行为是种族灭绝。", ("埃尔多安", "ACCUSE", "以色列")),
    ("俄罗斯外交部发言人扎哈罗娃称，美国是冲突的幕后推手。", ("扎哈罗娃", "ACCUSE", "美国")),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED_WITHOUT_PAUSE)
def test_a_judgement_said_without_a_pause_judges_whom_it_is_about(text, expected) -> None:
    assert (*expected, "asserted") in events_of(text)


# -- armed groups of conflict news the gazetteer knows -----------------------------------------

ARMED_GROUPS = [
    (
        "埃塞俄比亚政府与提格雷人民解放阵线签署和平协议。",
        ("埃塞俄比亚", "AGREE", "提格雷人民解放阵线"),
    ),
    ("俾路支解放军袭击了巴基斯坦军队。", ("俾路支解放军", "ASSAULT", "巴基斯坦军队")),
    ("菲律宾军队与新人民军交火。", ("菲律宾军队", "ASSAULT", "新人民军")),
]


@pytest.mark.parametrize(("text", "expected"), ARMED_GROUPS)
def test_armed_groups_of_conflict_news_are_actors(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 威胁要对美韩采取行动: a threat aimed at a compound threatens each of its members -------------

COMPOUND_THREATENED = [
    ("朝鲜威胁要对美韩采取行动。", "朝鲜", ("美国", "韩国")),
    ("美国威胁要对中俄两国实施制裁。", "美国", ("中国", "俄罗斯")),
]


@pytest.mark.parametrize(("text", "subject", "targets"), COMPOUND_THREATENED)
def test_a_threat_at_a_compound_threatens_each_member(text, subject, targets) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    for target in targets:
        assert (subject, "THREATEN", target) in found


# -- 向X出售弹药/坦克/战斗机…: arms sold are arms supplied -------------------------------------

ARMS_SOLD = [
    ("朝鲜否认向俄罗斯出售弹药。", ("朝鲜", "AID", "俄罗斯", "negated")),
    ("美国出售狙击步枪给乌克兰。", ("美国", "AID", "乌克兰", "asserted")),
    ("德国向波兰出售坦克。", ("德国", "AID", "波兰", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), ARMS_SOLD)
def test_arms_sold_are_arms_supplied(text, expected) -> None:
    assert expected in events_of(text)


# -- 警告,中方将采取反制措施: a warning of one's own move is aimed at the counterpart in focus --


def test_a_warning_of_ones_own_move_is_aimed_at_the_counterpart() -> None:
    found = events_of("美国对中国加征关税。中方警告,中方将采取反制措施。")
    assert ("中国", "THREATEN", "美国", "asserted") in found


def test_a_warning_of_ones_own_move_with_nobody_in_focus_threatens_nobody() -> None:
    assert events_of("中方警告,中方将采取反制措施。") == set()


# -- …发表声明。声明呼吁…: a statement that acts stands for whoever issued it ------------------

STATEMENTS_ACTING = [
    ("欧盟对外行动署发表声明。声明呼吁卢旺达立即撤军。", ("欧盟", "REQUEST", "卢旺达")),
    ("朝鲜外务省发表声明。声明谴责美国的挑衅。", ("朝鲜外务省", "ACCUSE", "美国")),
    ("俄罗斯外交部发表声明，声明强烈谴责乌克兰的袭击。", ("俄罗斯外交部", "ACCUSE", "乌克兰")),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENTS_ACTING)
def test_a_statement_that_acts_stands_for_who_issued_it(text, expected) -> None:
    assert (*expected, "asserted") in events_of(text)
