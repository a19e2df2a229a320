"""Round 38, helper pp: the people and bodies of Asia, Europe, the Middle East and the US
cabinets that unseen news names most, in every script.

An event is found only when both its actors are. The office holders of 2023-2026 of Japan, the
Koreas, Taiwan, Hong Kong, Russia, Ukraine, Europe, the Middle East, South, Southeast and Central
Asia, Australia, Canada and both US cabinets (金暎浩, 卓榮泰's 卓揆, 林定國, 帕特鲁舍夫, 马约卡斯),
with the renderings the Taiwan and Hong Kong press give them (希哈薩 for Sihasak, 卓揆 for
Cho Jung-tai, 帕特魯舍夫), are rows or aliases of ontology/gazetteer/people.tsv; the
organs Taiwan's, Hong Kong's, Japan's and the Koreas' press name by their own short forms
(僑委會, 商經局, 導彈總局, 統合幕僚監部) are rows of organizations.tsv. The women among them
join the female list of words.tsv, so 她 still reaches them.
Sentences written for the test; each fails on 5752c04.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.actors import find_actors
from kg.gazetteer import load_gazetteer


def _keys(text: str) -> list[str]:
    """The keys of the actors found in ``text`` (simplified first, as the extractor reads it)."""
    norm = article(text).text
    found = find_actors(norm, 0, len(norm), load_gazetteer())
    return [m.actor.key for m in found.mentions]


# -- a person named bare, with no title before the name, acts on another actor


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("金暎浩谴责朝鲜发射弹道导弹。", ("金暎浩", "ACCUSE", "朝鲜")),
        ("帕特鲁舍夫指责美国干涉俄罗斯内政。", ("帕特鲁舍夫", "ACCUSE", "美国")),
        ("马约卡斯批评墨西哥政府。", ("马约卡斯", "ACCUSE", "墨西哥")),
        ("伊马姆奥卢批评埃尔多安。", ("伊马姆奥卢", "ACCUSE", "埃尔多安")),
        ("巴拉达尔会见巴基斯坦代表团。", ("巴拉达尔", "CONSULT", "巴基斯坦")),
    ],
)
def test_a_person_named_bare_acts(text: str, event: tuple[str, str, str]) -> None:
    assert (*event, "asserted") in events_of(text)


# -- traditional script and the names the Taiwan and Hong Kong press give


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("希哈薩批評柬埔寨。", ("希哈萨", "ACCUSE", "柬埔寨")),
        ("權寧世呼籲北韓重返對話。", ("权宁世", "REQUEST", "朝鲜")),
        ("帕特魯舍夫譴責美國。", ("帕特鲁舍夫", "ACCUSE", "美国")),
        ("馬約卡斯批評墨西哥政府。", ("马约卡斯", "ACCUSE", "墨西哥")),
        ("卓揆批評中共。", ("卓荣泰", "ACCUSE", "中国共产党")),
    ],
)
def test_a_person_under_a_taiwan_or_hong_kong_form_acts(
    text: str, event: tuple[str, str, str]
) -> None:
    assert (*event, "asserted") in events_of(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("蔡明彥今天赴立法院備詢。", "TSAI_MINGYEN"),
        ("盧秀燕出席活動。", "LU_SHIOWYEN"),
        ("駱惠寧出席國慶酒會。", "LUO_HUINING"),
        ("邱太三今天赴立法院備詢。", "CHIU_TAISAN"),
        ("張浩鎮出席會議。", "CHANG_HOJIN"),
        ("林定國出席記者會。", "PAUL_LAM"),
        ("黄溪连向菲律宾提出严正交涉。", "HUANG_XILIAN"),
    ],
)
def test_a_person_is_known_in_traditional_script(text: str, key: str) -> None:
    assert key in _keys(text)


# -- a body under its short form


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("商經局譴責美國。", ("商务及经济发展局", "ACCUSE", "美国")),
        ("僑委會譴責中共。", ("侨务委员会", "ACCUSE", "中国共产党")),
    ],
)
def test_a_body_under_its_short_form_acts(text: str, event: tuple[str, str, str]) -> None:
    assert (*event, "asserted") in events_of(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("导弹总局表示，试射取得成功。", "PRK_MISSILE_ADMIN"),
        ("統合幕僚監部公布了中國軍機的航跡。", "JPN_JOINT_STAFF"),
        ("土耳其共和人民黨呼籲提前選舉。", "CHP_TR"),
    ],
)
def test_a_body_is_known_under_its_press_name(text: str, key: str) -> None:
    assert key in _keys(text)


# -- 她 reaches a woman the gazetteer now knows


def test_she_still_reaches_a_woman_the_gazetteer_now_knows() -> None:
    found = events_of("伍凤仪抵达北京。她会见了中国商务部长王文涛。")
    assert ("伍凤仪", "CONSULT", "王文涛", "asserted") in found


# -- bare forms left out: another word or figure holds them (the full name still names the person)


@pytest.mark.parametrize(
    ("full", "other", "key"),
    [
        ("朱利叶斯·马达·比奥抵达阿布贾。", "美国国务卿鲁比奥抵达首尔。", "MAADA_BIO"),
        ("吉拉德·埃尔丹在安理会发言。", "韩国总统在首尔登场。", "ERDAN"),
        ("何塞·曼努埃尔·阿尔瓦雷斯抵达马德里。", "内务部长阿尔瓦雷斯宣布新规。", "ALBARES"),
    ],
)
def test_a_form_another_word_holds_is_not_the_person(full: str, other: str, key: str) -> None:
    assert key in _keys(full)
    assert key not in _keys(other)
