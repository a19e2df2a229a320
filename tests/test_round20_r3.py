"""Recall classes of round 20 (r3): 撤离 said of forces or people leaving a place is a
withdrawal (RETREAT), while envoys told to 撤离 are still expelled; a trigger word that a
person's name straddles (何立峰会见: 峰会) does not hide the meeting.

Sentences are written for these tests in the style of Chinese international news.
"""

from __future__ import annotations

import pytest
from sentences import events_of


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text)}


# -- 撤离 a place: a withdrawal, not an expulsion ----------------------------------------------

WITHDRAWALS = [
    ("以军周三撤离叙利亚南部。", ("以军", "RETREAT", "叙利亚")),
    ("以色列军队已撤离黎巴嫩南部的五个据点。", ("以军", "RETREAT", "黎巴嫩")),
    ("美军最后一批部队从阿富汗撤离。", ("美军", "RETREAT", "阿富汗")),
    ("俄罗斯从叙利亚撤离。", ("俄罗斯", "RETREAT", "叙利亚")),
    ("俄軍撤離赫爾松市。", ("俄军", "RETREAT", "乌克兰")),
]


@pytest.mark.parametrize(("text", "expected"), WITHDRAWALS)
def test_leaving_a_place_is_a_withdrawal(text, expected) -> None:
    assert expected in _pairs(text)
    assert not any(t == "SANCTION" for _, t, _ in _pairs(text))


def test_a_withdrawal_under_a_deal_keeps_the_deal_status() -> None:
    found = events_of("根据协议,以军将在60天内逐步撤离黎巴嫩南部。")
    assert ("以军", "RETREAT", "黎巴嫩", "intended") in found


def test_envoys_told_to_leave_are_still_expelled() -> None:
    found = _pairs("尼日尔军政府要求法国大使在48小时内撤离。")
    assert ("尼日尔", "SANCTION", "法国") in found
    assert not any(t == "RETREAT" for _, t, _ in found)


def test_diplomats_expelled_and_told_to_leave_give_no_withdrawal() -> None:
    found = _pairs("美国宣布驱逐15名俄罗斯外交官,要求其在72小时内撤离。")
    assert ("美国", "SANCTION", "俄罗斯") in found
    assert not any(t == "RETREAT" for _, t, _ in found)


NO_WITHDRAWAL = [
    "黎巴嫩要求以色列撤离黎巴嫩南部。",  # a withdrawal asked for is the demand only
    "以色列要求加沙北部居民撤离。",  # residents told to leave: nobody withdraws
    "数千名居民连夜撤离加沙城。",  # residents are no actor
    "以军撤离后,当地居民陆续返回。",  # no place named
]


@pytest.mark.parametrize("text", NO_WITHDRAWAL)
def test_no_withdrawal_where_nobody_leaves_a_named_side(text) -> None:
    assert not any(t == "RETREAT" for _, t, _ in _pairs(text))


def test_a_withdrawal_asked_for_stays_a_request() -> None:
    assert _pairs("黎巴嫩要求以色列撤离黎巴嫩南部。") == {("黎巴嫩", "REQUEST", "以色列")}


# -- a name that ends where a trigger word starts (何立峰|会见, not 峰会) ------------------------

STRADDLED = [
    ("国务院副总理何立峰会见美国财政部长贝森特。", ("何立峰", "CONSULT", "贝森特")),
    ("越南副总理陈红峰会见中国外长王毅。", ("陈红峰", "CONSULT", "王毅")),
    ("何立峰会晤贝森特。", ("何立峰", "CONSULT", "贝森特")),
    ("国防部长张威威胁菲律宾。", ("张威", "THREATEN", "菲律宾")),
]


@pytest.mark.parametrize(("text", "expected"), STRADDLED)
def test_a_trigger_straddled_by_a_name_does_not_hide_the_act(text, expected) -> None:
    subject, kind, obj = expected
    found = _pairs(text)
    assert (subject, kind, obj) in found or (obj, kind, subject) in found


def test_a_summit_after_a_name_is_still_a_summit_noun() -> None:
    """何立峰会后表示: 会后 (after the meeting) is no meeting with anyone."""
    assert not any(t == "CONSULT" for _, t, _ in _pairs("何立峰会后表示,中方反对美国加征关税。"))


# -- 国际社会 names no party (GUIDELINES: an actor is a person, a state, an organisation or a
# -- named group) ------------------------------------------------------------------------------


def test_the_international_community_is_no_actor() -> None:
    found = _pairs("叙利亚外交部呼吁国际社会承担起责任,制止以色列的侵略行径。")
    assert not any("国际社会" in (s, o) for s, _, o in found)


# -- a demonstrative or an ordinal with its measure word between the verb and its target --------

DETERMINED = [
    ("巴基斯坦是少数承认了最后一个塔利班政权的国家之一。", ("巴基斯坦", "SUPPORT", "塔利班")),
    ("巴基斯坦承认了这个塔利班政权。", ("巴基斯坦", "SUPPORT", "塔利班")),
    ("美国财政部制裁了这家伊朗企业。", ("美国财政部", "SANCTION", "伊朗")),
    ("美国制裁了这两名伊朗官员。", ("美国", "SANCTION", "伊朗")),
    ("美国商务部制裁第三批俄罗斯实体。", ("美国商务部", "SANCTION", "俄罗斯")),
    ("欧盟制裁这些白俄罗斯官员。", ("欧盟", "SANCTION", "白俄罗斯")),
]


@pytest.mark.parametrize(("text", "expected"), DETERMINED)
def test_a_determiner_before_the_target_is_no_gap(text, expected) -> None:
    assert expected in _pairs(text)


DETERMINED_NEAR_MISSES = [
    "美国制裁这家企业。",  # nobody named after the determiner
    "中国会见了这个代表团。",
    "美国制裁了这家企业,俄罗斯表示不满。",  # the actor stands past the clause
]


@pytest.mark.parametrize("text", DETERMINED_NEAR_MISSES)
def test_a_determiner_reaches_no_further_than_its_noun(text) -> None:
    assert not any(t in {"SANCTION", "CONSULT"} for _, t, _ in _pairs(text))


# -- a compound before a trigger whose first character makes a word with the compound's last
# -- short form elsewhere (美达, 法会, 朝会, 泰达, 美加): the compound ends where the trigger opens

COMPOUND_BEFORE_TRIGGER = [
    ("中美达成共识。", ("中国", "AGREE", "美国")),
    ("中英达成协议。", ("中国", "AGREE", "英国")),
    ("中泰达成协议。", ("中国", "AGREE", "泰国")),
    ("中法会谈在巴黎举行。", ("中国", "CONSULT", "法国")),
    ("中朝会谈取得成果。", ("中国", "CONSULT", "朝鲜")),
    ("中美谈判陷入僵局。", ("中国", "CONSULT", "美国")),
    ("中美加强合作。", ("中国", "COOPERATE", "美国")),
    ("中美日内瓦经贸会谈取得实质性进展。", ("中国", "CONSULT", "美国")),
    ("商务部说,美方做法违背中美日内瓦高层会谈共识。", ("中国", "AGREE", "美国")),
    ("美伊将举行新一轮会谈。", ("美国", "CONSULT", "伊朗")),
    ("中美正举行经贸磋商。", ("中国", "CONSULT", "美国")),
    ("俄美已举行会谈。", ("俄罗斯", "CONSULT", "美国")),
    ("中美均表示愿意加强合作。", ("中国", "COOPERATE", "美国")),
    ("中朝外长举行会谈。", ("中国", "CONSULT", "朝鲜")),  # 朝外 is a word elsewhere
    ("中俄外交部长举行会谈。", ("中国", "CONSULT", "俄罗斯")),
    ("中法商务部长举行会谈。", ("中国", "CONSULT", "法国")),
    ("美以国防部长举行会谈。", ("美国", "CONSULT", "以色列")),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND_BEFORE_TRIGGER)
def test_a_compound_ends_where_a_trigger_opens(text, expected) -> None:
    subject, kind, obj = expected
    found = _pairs(text)
    assert (subject, kind, obj) in found or (obj, kind, subject) in found


COMPOUND_NEAR_MISSES = [
    "中加强了对美国的制裁。",  # 加强 is a word: no Canada, and 中 alone names nobody
    "美加强对伊朗的制裁。",
    "中美日益紧张的关系令人担忧。",  # 日益 is a word: no Japan
    "中美日内瓦会谈取得进展。",  # 日内瓦 names a city: no Japan
    "以中将身份退役的官员访问了该国。",  # 中将 is a rank
]


@pytest.mark.parametrize("text", COMPOUND_NEAR_MISSES)
def test_a_short_form_that_opens_a_word_names_no_country(text) -> None:
    found = events_of(text)
    assert not any("加拿大" in (s, o) or "日本" in (s, o) for s, _, o, _ in found)


# -- 中俄|国防部长: after another short form, a country name X国 whose 国 opens a word (国防,
# -- 国家) is the compound's last form, not the name (俄国, 法国)


COUNTRY_NAME_SPLIT = [
    ("中俄国防部长举行会谈。", ("中国", "CONSULT", "俄罗斯")),
    ("中法国防部长举行会谈。", ("中国", "CONSULT", "法国")),
    ("印美国防合作不断加深。", ("印度", "COOPERATE", "美国")),
    ("中美国防部长举行视频通话。", ("中国", "CONSULT", "美国")),  # not 美国防部
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY_NAME_SPLIT)
def test_a_country_name_that_a_word_splits_is_the_compound_s_last_form(text, expected) -> None:
    subject, kind, obj = expected
    found = _pairs(text)
    assert (subject, kind, obj) in found or (obj, kind, subject) in found


def test_a_full_country_name_stays_a_name() -> None:
    assert ("美国", "CONSULT", "日本") in _pairs("美国国防部长访问日本。")


def test_an_organ_named_by_a_short_form_alone_stays_the_organ() -> None:
    assert ("美国国防部", "SANCTION", "伊朗") in _pairs("美国防部宣布对伊朗实施制裁。")
    assert ("中国", "ACCUSE", "美国国防部") in _pairs("对美国防部的决定,中方表示反对。")


# -- a rank that holds 将 (中将, 少将, 上将, 将领) is no intention cue

RANKS = [
    ("美国陆军中将访问日本。", ("美国陆军", "CONSULT", "日本", "asserted")),
    ("俄军少将会见乌克兰代表。", ("俄军", "CONSULT", "乌克兰", "asserted")),
    ("伊朗革命卫队将领谴责美国。", ("伊朗伊斯兰革命卫队", "ACCUSE", "美国", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), RANKS)
def test_a_rank_holding_jiang_is_no_plan(text, expected) -> None:
    assert expected in events_of(text)


def test_a_rank_followed_by_jiang_still_plans() -> None:
    assert ("美军", "CONSULT", "日本", "intended") in events_of("美军中将将访问日本。")
