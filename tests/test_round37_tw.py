"""Round 37, helper tw: the same news written in Taiwan's and Hong Kong's traditional script
gives the same events. Characters convert (zhconv); the words Taiwan's and Hong Kong's press
use for the same things (駭客, 聯絡, 高階代表, 哈薩克, 安華, 操演, 智慧財產權) did not. Sentences
written for the tests in the style of those pages."""

from __future__ import annotations

import pytest

from tests.data.sentences import events_of, roles_of


def _pairs(text: str, event_type: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in events_of(text) if t == event_type}


# -- vocabulary: the same act in the words of Taiwan's and Hong Kong's press -------------------


def test_a_group_of_hackers_written_hacker_the_taiwan_way_acts_itself() -> None:
    """駭客組織 as 黑客组织: the group attacks, not the state it comes from."""
    assert _pairs("來自俄羅斯的駭客組織攻擊了德國政府網站。", "ASSAULT") == {
        ("俄罗斯骇客组织", "德国")
    }
    assert ("中国", "美国") not in _pairs("中國駭客組織攻擊美國關鍵基礎設施。", "ASSAULT")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("美國官員上週聯絡了中國商務部。", ("美国", "中国商务部")),
        ("中方與美方保持聯絡。", ("中国", "美国")),
        # a company of a country after what it is: the company is contacted (yn-05)
        ("美國官員聯絡荷蘭晶片製造商阿斯麥，要求其停止向中國出口設備。", ("美国", "阿斯麦")),
    ],
)
def test_contact_written_lianluo_is_a_contact(text, pair) -> None:
    assert pair in _pairs(text, "CONSULT")


def test_a_liaison_office_is_no_contact() -> None:
    found = events_of("美國在台協會聯絡處發言人表示，美方與中方保持聯絡。")
    assert found == {("美国", "CONSULT", "中国", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "美國商務部將多家中國企業列入「軍事最終使用者清單」。",
        "美國將多家中國企業列入「終端使用者清單」。",
    ],
)
def test_an_end_user_list_in_taiwan_words_is_a_sanction(text) -> None:
    assert any(t == "SANCTION" and o == "中国" for _, t, o, _ in events_of(text))


def test_a_drill_written_caoyan_is_a_drill() -> None:
    assert _pairs("共軍在台灣周邊操演。", "MOBILIZE") == {("中国人民解放军", "台湾")}


def test_taiwan_coast_guard_written_haixun() -> None:
    found = _pairs("中國海警船在釣魚台附近海域巡航，台灣海巡驅離中國海警船。", "COERCE")
    assert found == {("台湾海警", "中国海警")}


def test_a_clash_of_intellectual_property_in_taiwan_words_is_no_fight() -> None:
    assert not _pairs("中美第一次智慧財產權衝突發生在1991年。", "ASSAULT")


def test_the_dead_of_a_crash_are_no_attack() -> None:
    """(wg-09, a Hong Kong page: 客機在哈薩克墜毀造成38人死亡)"""
    assert not _pairs("一架亞塞拜然航空客機在哈薩克斯坦墜毀造成38人死亡。", "ASSAULT")


# -- titles written the Taiwan way ------------------------------------------------------------


def test_a_senior_representative_written_gaojie() -> None:
    """高階代表 is 高级代表, a post of the EU, not a 代表 of the holder's country."""
    text = "歐盟外交與安全政策高階代表卡拉斯18日表示，歐盟將對俄羅斯實施新一輪制裁。"
    assert roles_of(text) == {("卡拉斯", "欧盟", "高阶代表")}


def test_a_chief_executive_written_zhixingzhang() -> None:
    """執行長 is one title, not 執 and 行長 (a bank's governor)."""
    roles = roles_of("輝達執行長黃仁勳會見台灣總統賴清德。")
    assert ("黄仁勋", "英伟达", "执行长") in roles


# -- names written the Taiwan way -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("中國與哈薩克簽署天然氣合作協議。", ("中国", "AGREE", "哈萨克斯坦")),
        ("烏茲別克與中國簽署協議。", ("乌兹别克斯坦", "AGREE", "中国")),
        ("喬治亞總理會見德國總理。", ("格鲁吉亚", "CONSULT", "德国")),
        ("馬來西亞首相安華·依布拉欣會見李強。", ("安瓦尔", "CONSULT", "李强")),
        ("英國首相史塔默會見法國總統馬克宏。", ("斯塔默", "CONSULT", "马克龙")),
        ("德國總理梅爾茲會見烏克蘭總統澤倫斯基。", ("默茨", "CONSULT", "泽连斯基")),
        ("泰國前總理戴克辛會見柬埔寨總理洪馬內。", ("他信·西那瓦", "CONSULT", "洪玛奈")),
    ],
)
def test_taiwan_names_of_states_and_people(text, event) -> None:
    assert event in {(s, t, o) for s, t, o, _ in events_of(text)}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("新疆哈薩克族牧民與當地政府簽署協議。中國與哈薩克簽署協議。", "哈萨克斯坦"),
        ("美國喬治亞州州長會見德國總理。喬治亞總理會見德國總理。", "格鲁吉亚"),
    ],
)
def test_a_people_or_a_us_state_that_shares_the_taiwan_name_is_no_state(text, state) -> None:
    """The state acts in the second sentence only."""
    first, second = text.split("。")[:2]
    assert state not in {a for s, _, o, _ in events_of(first + "。") for a in (s, o)}
    assert state in {a for s, _, o, _ in events_of(second + "。") for a in (s, o)}


# -- Taiwan's orthography that zhconv keeps (計畫 → 计画) ------------------------------------


def test_a_plan_written_jihua_the_taiwan_way_follows_the_plan_rules() -> None:
    """按照原計畫 goes by the plan already made (asserted), as 按照原计划 does; 计画 alone was
    a cue of intention before."""
    found = events_of("美國按照原計畫對中國加徵關稅。")
    assert found == {("美国", "SANCTION", "中国", "asserted")}
