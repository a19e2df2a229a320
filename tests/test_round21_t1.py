"""The vocabulary of Taiwan's and Hong Kong's press (traditional script): 中共 before an organ
names the PRC's organ (中共外交部, 中共海警, 中共軍機), while the party stays the party
(中共中央); 開嗆/嗆聲 criticise, 喊話 an actor calls on it, 動粗 roughs someone up.

Sentences are written for these tests in the style of Taiwan's and Hong Kong's news.
"""

from __future__ import annotations

import pytest
from sentences import events_of

D = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中共外交部10日表示，美方應停止對台軍售。", ("中国外交部", "REQUEST", "美国")),
        ("中共國防部譴責美國軍艦通過台灣海峽。", ("中国国防部", "ACCUSE", "美国")),
        ("中共海警船昨日騷擾菲律賓補給船。", ("中国海警", "COERCE", "菲律宾")),
        ("中共軍艦昨日驅離菲律賓漁船。", ("中国人民解放军", "COERCE", "菲律宾")),
    ],
)
def test_an_organ_after_zhonggong_is_the_states(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events_of(text, D)


def test_the_party_stays_the_party() -> None:
    assert ("中国共产党", "ACCUSE", "美国", "asserted") in events_of(
        "中共中央批評美國干涉中國內政。", D
    )


@pytest.mark.parametrize(
    "text",
    [
        "美國國務卿布林肯開嗆北京，稱中國威脅區域和平。",
        "美國國務卿布林肯嗆聲北京，稱中國威脅區域和平。",
    ],
)
def test_lashing_out_criticises(text: str) -> None:
    assert ("布林肯", "ACCUSE", "中国", "asserted") in events_of(text, D)


def test_calling_on_an_actor_asks_it() -> None:
    assert ("拜登", "REQUEST", "中国", "asserted") in events_of(
        "美國總統拜登喊話中國停止對台軍事施壓。", D
    )
    assert ("拜登", "REQUEST", "中国", "asserted") in events_of(
        "拜登向北京喊話，要求停止對台軍事施壓。", D
    )


def test_roughing_up_assaults() -> None:
    # (bare 警察 names the police since round 37, as 警方 does: institutions.tsv)
    assert ("俄罗斯警方", "ASSAULT", "日本", "asserted") in events_of(
        "俄羅斯警察對日本記者動粗。", D
    )


@pytest.mark.parametrize(
    "text",
    [
        "外交部長喊話稱，台灣不會屈服。",
        "民眾開嗆：政府無能。",
        "他被辣椒嗆得流淚。",
        "他在家中對妻子動粗。",
    ],
)
def test_near_misses_stay_silent(text: str) -> None:
    assert events_of(text, D) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("立法院譴責中共對台軍事恫嚇。", ("台湾立法院", "ACCUSE", "中国共产党")),
        ("台灣行政院批評中國打壓台灣。", ("台湾行政院", "ACCUSE", "中国")),
        ("海巡署驅離中國海警船。", ("台湾海警", "COERCE", "中国海警")),
    ],
)
def test_taiwans_own_organs_are_taiwans(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events_of(text, D)


def test_an_organ_inside_a_title_leaves_the_person() -> None:
    assert ("卓荣泰", "ACCUSE", "中国共产党", "asserted") in events_of(
        "行政院長卓榮泰痛批中共霸凌。", D
    )


def test_a_pla_warship_in_taiwans_press() -> None:
    assert ("台湾国防部", "PROTEST", "中国人民解放军", "asserted") in events_of(
        "台灣國防部嚴正抗議共艦越過海峽中線。", D
    )


def test_a_public_body_is_no_pla_aircraft() -> None:
    assert ("美国", "ACCUSE", "中国", "asserted") in events_of("美國公共機構批評中國。", D)
    assert all(e[0] != "中国人民解放军" for e in events_of("美國公共機構批評中國。", D))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中國嗆美國勿玩火。", ("中国", "ACCUSE", "美国")),
        ("陸委會嗆中共：停止文攻武嚇。", ("大陆委员会", "ACCUSE", "中国共产党")),
    ],
)
def test_a_headline_qiang_criticises(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events_of(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "中方稱各種戰都奉陪 美防長回嗆:我們也有準備",
        "加拿大是第一批和中國建交的西方國家。",
        "大陸上大批同胞湧入香港。",
    ],
)
def test_a_retort_and_a_batch_criticise_nobody(text: str) -> None:
    assert all(e[1] != "ACCUSE" for e in events_of(text, D))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美促中停止打壓台灣。", ("美国", "REQUEST", "中国")),
        ("中嗆美：勿玩火。", ("中国", "ACCUSE", "美国")),
        ("日吁中釋放被拘留日本公民。", ("日本", "REQUEST", "中国")),
    ],
)
def test_a_headline_verb_between_two_short_forms(text: str, expected: tuple) -> None:
    assert (*expected, "asserted") in events_of(text, D)


@pytest.mark.parametrize("text", ["完美促成兩岸交流。", "各方應促中東和平進程。"])
def test_a_headline_verb_beside_one_letter_names_nobody(text: str) -> None:
    assert events_of(text, D) == set()


@pytest.mark.parametrize(
    "text",
    [
        "共機擾台，國防部嚴密監控。",
        "中共軍機昨日擾台。",
        "解放軍軍機侵擾台灣。",
    ],
)
def test_pla_aircraft_harass_taiwan(text: str) -> None:
    assert ("中国人民解放军", "COERCE", "台湾", "asserted") in events_of(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "疫情困擾中國經濟。",
        "黑客干擾美國大選。",
        "陳靜都會跟姐姐和陳翰元談起被張鵬性騷擾的經歷。",
    ],
)
def test_other_words_of_harassment_stay_silent(text: str) -> None:
    assert events_of(text, D) == set()


def test_the_mainlands_ministry() -> None:
    assert ("中国外交部", "ACCUSE", "美国", "asserted") in events_of(
        "陸外交部批評美國干涉中國內政。", D
    )
