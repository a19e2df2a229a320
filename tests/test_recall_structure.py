"""Recall on structures that cut an event off from its actors: a part after a semicolon with
no subject of its own, a comma between a 对/向 phrase and its verb, a verb in quotation marks.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

from kg.articles import normalise

# -- …；同时谴责…: a part after a semicolon with no subject goes on with the one before --------

SUBJECTLESS_AFTER_SEMICOLON = [
    (
        "英国政府宣布对伊朗实施新一轮制裁；同时谴责伊朗向俄罗斯提供无人机。",
        ("英国", "ACCUSE", "伊朗", "asserted"),
    ),
    (
        "韩国外交部发表声明谴责朝鲜发射导弹；敦促朝鲜停止一切挑衅行为。",
        ("韩国外交部", "REQUEST", "朝鲜", "asserted"),
    ),
    (
        "法国总统马克龙批评俄罗斯违反停火协议;宣布向乌克兰提供新一批武器。",
        ("马克龙", "AID", "乌克兰", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTLESS_AFTER_SEMICOLON)
def test_a_part_after_a_semicolon_goes_on_with_the_subject_before(text, expected) -> None:
    assert expected in events_of(text)


OWN_SUBJECT_AFTER_SEMICOLON = [
    # the part names its own actor: nothing is carried into it
    ("美国宣布制裁伊朗；伊朗随即谴责美国。", ("美国", "ACCUSE", "美国")),
    ("澳大利亚批评中国在南海的行动；中方则谴责澳方干涉内政。", ("澳大利亚", "ACCUSE", "澳大利亚")),
]


@pytest.mark.parametrize(("text", "unwanted"), OWN_SUBJECT_AFTER_SEMICOLON)
def test_a_part_with_its_own_subject_borrows_none(text, unwanted) -> None:
    found = {(s, t, o) for s, t, o, _ in events_of(text)}
    assert unwanted not in found
    assert len({s for s, _, _ in found}) == 2


def test_a_condition_ends_at_the_semicolon() -> None:
    # the part after the semicolon is neither hypothetical nor the condition's subject's act
    found = events_of("如果伊朗继续浓缩铀,美国将对伊朗实施制裁；同时谴责伊朗支持胡塞武装。")
    assert ("美国", "SANCTION", "伊朗", "hypothetical") in found
    assert not any(t == "ACCUSE" for _, t, _, _ in found)


def test_a_long_opening_before_the_act_may_be_a_subject_of_its_own() -> None:
    # 当地民众 is a subject the gazetteer does not know: 日本 is not carried into its part
    found = events_of("日本宣布向菲律宾提供巡逻船；当地民众和多名议员则纷纷谴责菲律宾政府。")
    assert not any(s == "日本" and t == "ACCUSE" for s, t, _, _ in found)


# -- 4间白俄罗斯银行: a measure word of Hong Kong and Taiwan news between a number and its noun --

COUNTED_TARGETS = [
    ("英国宣布制裁4间白俄罗斯银行及2名商人。", ("英国", "SANCTION", "白俄罗斯", "asserted")),
    ("加拿大宣布制裁多間伊朗公司。", ("加拿大", "SANCTION", "伊朗", "asserted")),
    ("澳洲宣布制裁两间缅甸企业。", ("澳大利亚", "SANCTION", "缅甸", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_TARGETS)
def test_a_number_and_its_measure_word_are_no_gap(text, expected) -> None:
    assert expected in events_of(text)


# -- 北约…。30个成员国邀请…: member states that act stand for the body the article named last --

ACTING_MEMBERS = [
    (
        "北约外长会议在布鲁塞尔举行。32个成员国一致邀请乌克兰参加下次峰会。",
        ("北约", "REQUEST", "乌克兰", "asserted"),
    ),
    (
        "欧盟特别峰会结束后,多个成员国宣布向摩尔多瓦提供紧急援助。",
        ("欧盟", "AID", "摩尔多瓦", "asserted"),
    ),
    (
        "东盟峰会在雅加达开幕,各成员国强烈谴责缅甸军政府。",
        ("东盟", "ACCUSE", "缅甸", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACTING_MEMBERS)
def test_acting_member_states_stand_for_the_body_named_last(text, expected) -> None:
    assert expected in events_of(text)


NO_ACTING_MEMBERS = [
    # members owned by a name, or that do not act, stand for nobody
    "非洲联盟宣布暂停马里成员国资格。",
    "北约秘书长表示,成员国有责任捍卫领土。",
    "俄罗斯谴责北约。欧洲议会成员国代表团抵达基辅。",
]


@pytest.mark.parametrize("text", NO_ACTING_MEMBERS)
def test_members_that_do_not_act_or_belong_to_a_name_stand_for_nobody(text) -> None:
    found = events_of(text)
    assert not any(s in {"北约", "非盟"} and t != "SANCTION" for s, t, _, _ in found)


# -- 向（俄罗斯总统）普京施压: an editor's post in brackets before a name, a gloss after it ------

BRACKETED_POSTS = [
    ("法国总统马克龙与（美国总统）特朗普举行会谈。", ("马克龙", "CONSULT", "特朗普", "asserted")),
    ("马克龙会见了（中国国家主席）习近平。", ("马克龙", "CONSULT", "习近平", "asserted")),
    ("德国总理默茨呼吁(美国总统)特朗普继续支持乌克兰。", ("默茨", "REQUEST", "特朗普", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_POSTS)
def test_a_post_in_brackets_before_a_name_is_its_apposition(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    assert not any(o == "美国" or o == "中国" for _, _, o, _ in found)


GLOSSES_WITH_A_COMMA = [
    (
        "英国首相斯塔默表示,我们将继续向普京（Vladimir Putin，又译普丁）提出抗议。",
        ("斯塔默", "PROTEST", "普京", "intended"),  # (round 46: 施压 is no event of its own)
    ),
    (
        "法国外长巴罗表示,欧洲已经向（俄罗斯总统）普京（Vladimir Putin，又译普丁）提出抗议。",
        ("欧洲", "PROTEST", "普京", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLOSSES_WITH_A_COMMA)
def test_a_gloss_with_a_comma_neither_ends_the_clause_nor_acts(text, expected) -> None:
    found = events_of(text)
    assert expected in found
    assert not any(s == "普京" for s, _, _, _ in found)


def test_a_bracketed_short_form_right_after_its_name_still_glosses_it() -> None:
    found = events_of("西非国家经济共同体(西共体)谴责尼日尔军政府。")
    assert {(s, t, o) for s, t, o, _ in found} == {("西非国家经济共同体", "ACCUSE", "尼日尔")}


# -- 宣布欧盟驻X使团工作人员为“不受欢迎的人”: a mission's staff are envoys of a state or a body --

MISSION_STAFF = [
    (
        "白俄罗斯宣布欧盟驻明斯克使团5名工作人员为“不受欢迎的人”。",
        ("白俄罗斯", "SANCTION", "欧盟", "asserted"),
    ),
    (
        "挪威宣布3名俄罗斯代表团工作人员为“不受欢迎的人”。",
        ("挪威", "SANCTION", "俄罗斯", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISSION_STAFF)
def test_staff_of_a_mission_declared_unwelcome_are_its_senders_envoys(text, expected) -> None:
    assert expected in events_of(text)


# -- 毛宁:中方对此表示…。(new paragraph) 我们敦促…: the side a spokesman answers for goes on -----

ANSWERS_GOING_ON = [
    (
        "外交部发言人毛宁主持例行记者会。\n问:据报道,日本宣布对中国企业实施制裁。中方对此有何评论?"
        "\n毛宁:中方对此表示强烈不满。\n日方的做法违背国际法和国际关系准则。我们要求日方撤销有关决定。",
        ({"中国", "毛宁"}, "REQUEST", "日本", "asserted"),
    ),
    (
        "俄罗斯外交部发言人扎哈罗娃举行记者会。\n问:欧盟通过新一轮对俄制裁。俄方对此有何评论?"
        "\n扎哈罗娃:俄方对此表示强烈谴责。\n这一做法毫无法律依据。我们要求欧方停止对抗政策。",
        ({"俄罗斯", "扎哈罗娃"}, "REQUEST", "欧盟", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS_GOING_ON)
def test_the_side_a_spokesman_answers_for_speaks_to_the_end_of_the_answer(text, expected) -> None:
    """The spokesman or the side answered for (the gold takes either: the person's country is
    an alternative) makes the demand of the answer's later paragraph."""
    speakers, kind, target, status = expected
    assert any(
        s in speakers and (t, o, st) == (kind, target, status) for s, t, o, st in events_of(text)
    )


def test_a_person_speaking_inside_an_answer_speaks_for_the_paragraph_only() -> None:
    text = "问:您如何看待这次谈判?\n李明:特朗普表示他愿意谈判。\n我们要求美方取消关税。"
    assert not any(s == "特朗普" for s, _, _, _ in events_of(text))


# -- 司长萨米尔哈达迪: a transliterated name after a title runs to six characters -----------------

LONG_TRANSLITERATED_NAMES = [
    ("伊拉克外交部欧洲司司长萨米尔哈达迪当天召见德国大使。", "萨米尔哈达迪"),
    ("伊拉克外交部发言人阿布杜拉希扬谴责以色列。", "阿布杜拉希扬"),
]


@pytest.mark.parametrize(("text", "name"), LONG_TRANSLITERATED_NAMES)
def test_a_long_transliterated_name_after_a_title_is_whole(text, name) -> None:
    found = events_of(text)
    assert any(s == name for s, _, _, _ in found)


# -- 付出“沉重代价”: scare quotes around the second part of a split trigger --------------------

QUOTED_SECOND_PARTS = [
    ("朝鲜外务省称,美国将为其挑衅行为付出“惨痛代价”。", ("朝鲜外务省", "THREATEN", "美国")),
    ("伊朗外长表示,以色列必将为此付出「沉重代价」。", ("伊朗", "THREATEN", "以色列")),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_SECOND_PARTS)
def test_scare_quotes_inside_a_split_trigger_keep_it(text, expected) -> None:
    assert expected in {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 马库斯∙埃德雷尔: a bullet or dot operator between the parts of a name is its dot -------------


def test_a_bullet_between_the_parts_of_a_name_joins_them() -> None:
    found = events_of("白俄罗斯外交部召见欧盟驻明斯克大使卡尔∙迈克尔森,表达强烈抗议。")
    assert ("白俄罗斯外交部", "PROTEST", "卡尔·迈克尔森", "asserted") in found
    assert not any(o in {"卡尔", "欧盟"} or s == "欧盟" for s, _, o, _ in found)


# -- 欧盟重申支持摩尔多瓦 正式启动…: one space parts the halves of a headline --------------------

HEADLINE_SPACES = [
    ("欧盟重申支持摩尔多瓦 正式启动入盟谈判\n正文。", "欧盟重申支持摩尔多瓦,正式启动入盟谈判"),
    ("韩货船在红海遇袭2人受伤 尹锡悦下令护航\n正文。", "韩货船在红海遇袭2人受伤,尹锡悦下令护航"),
    ("双方谈 判\n正文。", "双方谈判"),  # a space inside a word is a typo
    (
        "美国宣布对 伊朗实施制裁,朝鲜谴责美国。",
        "美国宣布对伊朗实施制裁,朝鲜谴责美国。",
    ),  # running text
]


@pytest.mark.parametrize(("body", "first_line"), HEADLINE_SPACES)
def test_one_space_parts_the_halves_of_a_headline_only(body, first_line) -> None:
    assert normalise(body)[0].split("\n")[0] == first_line


def test_the_second_half_of_a_headline_takes_no_actor_of_the_first() -> None:
    found = events_of("欧盟重申支持乌克兰 正式邀请摩尔多瓦入盟\n正文。")
    assert not any(s == "乌克兰" for s, _, _, _ in found)
