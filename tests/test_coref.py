"""Coreference, groups and frames: who a word refers to, on sentences written for these tests.

Each row is a text and the (subject, type, object, status) events it must give (a subset check
where other events may come too is marked). Sentences are invented news style.
"""

from __future__ import annotations

import pytest
from sentences import events_of
from test_capabilities import roles_of

CASES = [
    # 两岸 names China and Taiwan where the article names both
    (
        "中国与台湾关系紧张。美国国务院呼吁两岸展开对话。",
        {
            ("美国国务院", "REQUEST", "中国", "asserted"),
            ("美国国务院", "REQUEST", "台湾", "asserted"),
        },
    ),
    (
        "北京与台北关系紧张。日本呼吁海峡两岸保持克制。",
        {("日本", "REQUEST", "中国", "asserted"), ("日本", "REQUEST", "台湾", "asserted")},
    ),
    # an actor inside an occasion taken (趁着/借着…) does not act in what follows
    (
        "印度安全顾问趁着金砖国家在北京举行会议,而去跟中方协商。",
        {("印度", "CONSULT", "中国", "asserted")},
    ),
    ("俄罗斯趁着美国举行大选之际袭击乌克兰。", {("俄罗斯", "ASSAULT", "乌克兰", "asserted")}),
    ("俄羅斯趁著美國舉行大選之際襲擊烏克蘭。", {("俄罗斯", "ASSAULT", "乌克兰", "asserted")}),
    ("俄罗斯借着北约举行峰会的机会谴责美国。", {("俄罗斯", "ACCUSE", "美国", "asserted")}),
    # 该公司 / 该集团 take up the last company, not the ministry that acted on it
    (
        "美国商务部把华为列入实体清单。该公司谴责美国。",
        {
            ("美国商务部", "SANCTION", "华为", "asserted"),
            ("华为", "ACCUSE", "美国", "asserted"),
        },
    ),
    # 该行 / 该银行 take up the last bank
    ("世界银行发布报告。中国向该银行提供资金。", {("中国", "AID", "世界银行", "asserted")}),
    (
        "中国是非洲开发银行的重要成员。中国向该行提供资金。",
        {("中国", "AID", "非洲开发银行", "asserted")},
    ),
]

# 双方/两国 opening a clause: the pair is the subjects of the sentence's clauses, not the last
# two actors named inside what one of them said or blamed (subset checks)
PAIR_CASES = [
    (
        "马克龙与默茨举行会谈。马克龙谴责俄罗斯空袭乌克兰电网，而默茨则表示，"
        "德国将加大对乌克兰的援助，双方同意加强防务合作。",
        {("马克龙", "AGREE", "默茨", "asserted"), ("马克龙", "COOPERATE", "默茨", "intended")},
        {("德国", "AGREE", "乌克兰", "asserted")},
    ),
    (
        "日本首相与印度总理通电话。日本首相对朝鲜发射导弹表示严重关切，印度总理则表示，"
        "印方支持巴基斯坦的和平努力，双方同意加强对话。",
        {("日本", "AGREE", "印度", "asserted")},
        {("印度", "AGREE", "巴基斯坦", "asserted")},
    ),
    # a group after 同/与 in a clause with its own actor is the other side: no pair inside it
    (
        "中国外交部长将访问日本和韩国,同两国领导人举行会谈。",
        {("中国", "CONSULT", "日本", "intended"), ("中国", "CONSULT", "韩国", "intended")},
        {("日本", "CONSULT", "韩国", "intended")},
    ),
    ("战争的失败与中日条约的签订让他绝望。", {("中国", "AGREE", "日本", "asserted")}, set()),
    # 各国 after a preposition: the countries of the list in focus; 世界各国 is every state
    (
        "习近平将访问越南、老挝和柬埔寨，与各国领导人签署合作协议。",
        {("习近平", "AGREE", "越南", "intended"), ("习近平", "AGREE", "柬埔寨", "intended")},
        {("越南", "AGREE", "老挝", "intended")},
    ),
    (
        "日本、韩国和印度发表声明。世界各国谴责俄罗斯。",
        set(),
        {("日本", "ACCUSE", "俄罗斯", "asserted")},
    ),
    # a pair named as a subject since the last event (no act of theirs reported) is in focus
    (
        "美国和伊朗关系紧张。双方将在阿曼举行会谈。",
        {("美国", "CONSULT", "伊朗", "intended")},
        set(),
    ),
    (
        "印度与巴基斯坦关系恶化。两国互相指责对方。",
        {("印度", "ACCUSE", "巴基斯坦", "asserted")},
        set(),
    ),
    # the pair of the last two-sided act, when a side only spoke to a third party since
    (
        "特朗普与普京通电话。特朗普谴责乌克兰袭击俄罗斯。双方同意保持对话。",
        {("特朗普", "AGREE", "普京", "asserted")},
        {("乌克兰", "AGREE", "俄罗斯", "asserted")},
    ),
    (
        "中美举行会谈。美国宣布制裁俄罗斯。双方关系恶化。",
        {("美国", "SANCTION", "俄罗斯", "asserted")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), PAIR_CASES)
def test_pair_in_focus(text: str, wanted: set, unwanted: set) -> None:
    found = events_of(text)
    assert wanted <= found
    assert not unwanted & found


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_coref(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert events_of(text) == expected


@pytest.mark.parametrize(
    "text", ["日本央行宣布加息。该行动遭到美国批评。", "世界银行发表声明。该行为遭到德国谴责。"]
)
def test_demonstrative_before_a_word_is_none(text: str) -> None:
    """该行|动, 该行|为: 该 before a word that begins with the demonstrative's last character."""
    banks = {"日本银行", "世界银行"}
    assert not any(s in banks or o in banks for s, _, o, _ in events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "台湾当局表示不满。美国呼吁两岸保持克制。",  # China is not named: no pair
        "中国与台湾互派代表。美国呼吁河两岸保持克制。",  # the banks of a river
    ],
)
def test_both_shores_need_both_named_and_no_water(text: str) -> None:
    assert not any(o in {"中国", "台湾"} for _, _, o, _ in events_of(text))


INTERNATIONAL_OFFICIAL_THEN_TWO_COUNTRIES = [
    ("北约秘书长吕特与泽连斯基会谈。两国将加强合作。", "荷兰"),
    ("古特雷斯会见印度外长。两国将加强合作。", "葡萄牙"),
]


@pytest.mark.parametrize(("text", "nationality"), INTERNATIONAL_OFFICIAL_THEN_TWO_COUNTRIES)
def test_two_countries_are_no_country_of_an_international_official(text, nationality) -> None:
    # the head of the UN or of NATO acts for that body, not for the country of his passport
    assert not {e for e in events_of(text) if nationality in (e[0], e[2])}


LISTED_PAIR_THEN_TWO_COUNTRIES = [
    "欧盟谴责伊朗和叙利亚。欧盟外长对两国实施了新的制裁。",
    "美国宣布制裁伊朗。欧盟加大了对伊朗和叙利亚的压力。欧盟外长随后对两国做出了新的制裁决定。",
]


@pytest.mark.parametrize("text", LISTED_PAIR_THEN_TWO_COUNTRIES)
def test_two_countries_after_a_body_are_the_two_the_sentence_before_listed(text) -> None:
    events = events_of(text)
    assert ("欧盟", "SANCTION", "叙利亚", "asserted") in events
    assert ("欧盟", "SANCTION", "美国", "asserted") not in events


# -- X方 of a country the article has named (老方 after 老挝, 斯方 after 斯里兰卡) ----------------

NAMED_SIDES = [
    ("王毅会见老挝外长。老方感谢中方的支持。", ("老挝", "SUPPORT", "中国", "asserted")),
    ("王毅会见斯里兰卡外长。斯方感谢中方的支持。", ("斯里兰卡", "SUPPORT", "中国", "asserted")),
    ("王毅会见坦桑尼亚外长。坦方感谢中方的援助。", ("坦桑尼亚", "SUPPORT", "中国", "asserted")),
]


@pytest.mark.parametrize(("text", "event"), NAMED_SIDES)
def test_the_side_of_a_named_country(text: str, event: tuple) -> None:
    assert event in events_of(text)


def test_a_side_form_names_no_one_before_its_country_is_named() -> None:
    assert not any(s == "斯里兰卡" for s, _, _, _ in events_of("斯方感谢中方的支持。"))


# -- 乌 is Uruguay in an article that named Uruguay and not Ukraine ---------------------------


def test_wu_is_uruguay_where_only_uruguay_is_named() -> None:
    found = events_of("奥尔西当选乌拉圭总统。中乌两国坚定相互支持。")
    assert ("中国", "SUPPORT", "乌拉圭", "asserted") in found
    assert not any("乌克兰" in (s, o) for s, _, o, _ in found)


def test_wu_stays_ukraine_otherwise() -> None:
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in events_of("俄乌冲突仍在持续。")


# -- a compound of two short forms as a subject puts its pair in focus for 两国 ----------------


def test_two_countries_after_a_compound_of_two() -> None:
    found = events_of("中巴是相互信赖的好朋友。两国坚定相互支持。")
    pair = {
        ("中国", "SUPPORT", "巴基斯坦", "asserted"),
        ("巴基斯坦", "SUPPORT", "中国", "asserted"),
    }
    assert pair <= found


def test_two_countries_after_a_compound_of_three_name_no_pair() -> None:
    assert events_of("美日韩是盟友。两国坚定相互支持。") == set()


# -- an official of a bare ministry who summons an envoy 驻X serves X's ministry ----------------


def test_summoning_official_serves_the_host_ministry() -> None:
    text = (
        "日方继续扣押中国船长，日本方面拒绝放人。外交部副部长张明约见日本驻华大使，提出严正交涉。"
    )
    assert ("张明", "中国外交部") in roles_of(text)


# -- 这3国 counts in digits as 这三国 does; 第三国 is a third country, not the three --------------


def test_three_countries_in_digits() -> None:
    found = events_of("英国、德国与瑞典谴责伊朗。伊朗指控这3国干涉内政。")
    assert {("伊朗", "ACCUSE", c, "asserted") for c in ("英国", "德国", "瑞典")} <= found


def test_a_third_country_is_not_the_three() -> None:
    found = events_of("英国、德国与瑞典谴责伊朗。伊朗指控第三国干涉内政。")
    assert not any(s == "伊朗" for s, _, _, _ in found)


def test_a_mission_named_by_where_it_serves_is_the_actors_own() -> None:
    assert events_of("俄罗斯要求美国缩减驻俄外交人员。") == {
        ("俄罗斯", "REQUEST", "美国", "asserted")
    }
    found = events_of("委内瑞拉宣布削减法国和意大利驻委使馆人员。")
    assert ("委内瑞拉", "SANCTION", "法国", "asserted") in found
