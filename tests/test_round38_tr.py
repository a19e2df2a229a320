"""Round 38, helper tr: what Taiwan's and Hong Kong's press write differently. Sentences written
for the tests after the pages of eval/audit38/tr and nb."""

from __future__ import annotations

from kg.extract import extract_article
from tests.data.sentences import article, events_of

# -- 1. a body a pronoun or organ word stands for, labelled by the page's name for it ----------


def _actors(text: str, event_type: str) -> set[tuple[str, str]]:
    records = [e.to_json() for e in extract_article(article(text)).events]
    return {
        (r["subject"]["label"], r["subject"]["mention"])
        for r in records
        if r["event_type"] == event_type
    }


def test_we_of_an_embassy_is_labelled_by_the_name_the_page_writes() -> None:
    """我們 and 發言人 read as China's embassy carry its graph label 中国大使馆, which a page
    writing 中國駐英大使館 never uses (tr-06): the label is the page's name for it."""
    text = (
        "中國駐英大使館發言人回應，對英方一再延後審批表示強烈不滿。"
        "發言人說：「我們再次敦促英方及早批准中方的申請。」"
    )
    assert ("中國駐英大使館發言人", "我們") in _actors(text, "REQUEST")


def test_they_of_an_army_is_labelled_by_the_name_the_page_writes() -> None:
    """他們 read as the army (nb-01): 几内亚比绍军队 is no form of a page that says
    幾內亞比索軍方."""
    text = "幾內亞比索軍方昨天宣布逮捕總統恩巴羅。軍方透過電視發表聲明指出，他們已推翻恩巴羅。"
    assert ("幾內亞比索軍方", "他們") in _actors(text, "COERCE")


# -- 2. 共軍: only Taiwan's press calls the PLA so; there a bare 外交部 is Taiwan's --------------


def test_bare_ministry_on_a_page_that_says_gongjun_is_taiwans() -> None:
    """tr-02: the title names 中國 first, which made the body's bare 外交部 China's and its
    condemnation of 共軍 and call on 中國 acts of China on itself (dropped)."""
    text = (
        "外交部譴責共軍擾台 籲中國停止挑釁\n"
        "外交部發言人今天表示，外交部譴責共軍惡意舉措，並呼籲中國立即停止無端軍事挑釁。"
    )
    found = events_of(text)
    assert ("台湾外交部", "ACCUSE", "中国人民解放军", "asserted") in found
    assert ("台湾外交部", "REQUEST", "中国", "asserted") in found


# -- 3. 以 before 军事: by means of, not Israel's army ------------------------------------------


def test_yi_before_military_means_is_no_israeli_army() -> None:
    """tr-01 大陸仍執意以軍事演訓手段恐嚇台灣 read 以軍 THREATEN 台灣."""
    for text in (
        "北京仍執意以軍事演訓手段恐嚇台灣。",
        "伊朗以军事行动回应美国的袭击。",
        "俄罗斯以军事手段威胁乌克兰。",
    ):
        assert "以军" not in {s for s, *_ in events_of(text)}, text
    assert ("俄罗斯", "THREATEN", "乌克兰", "asserted") in events_of("俄罗斯以军事手段威胁乌克兰。")
    # Israel's army where 以 is joined to what names it, or acted on
    assert "以军" in {s for s, *_ in events_of("以军事先未通知,以军空袭加沙。")}
    assert ("黎巴嫩", "ACCUSE", "以军", "asserted") in events_of("黎巴嫩谴责以军袭击。")
    assert ("美国", "COOPERATE", "以色列", "asserted") in events_of("美国与以军事合作不断加深。")


# -- 4. Taiwan's press words of status ----------------------------------------------------------


def test_shiyan_vow_is_intended_and_poju_negates() -> None:
    """矢言 (a vow, Taiwan's press for 誓言: wd-05, yd-09) makes the act intended; a summit that
    破局 (broke down: wf-04) is negated."""
    assert ("川普", "SANCTION", "伊朗", "intended") in {
        (s, t, o, st) for s, t, o, st in _written_events("川普矢言對伊朗實施更嚴厲的制裁。")
    }
    assert ("川普", "CONSULT", "普亭", "negated") in _written_events("川普與普亭的峰會破局。")


def _written_events(text: str) -> set[tuple[str, str, str, str]]:
    records = [e.to_json() for e in extract_article(article(text)).events]
    return {
        (r["subject"]["label"], r["event_type"], r["object"]["label"], r["status"]) for r in records
    }
