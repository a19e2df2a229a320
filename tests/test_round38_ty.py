"""Round 38, helper ty: the right pair with the right type, direction and roles, as the first
golds (annotated before anyone ran kg) read them. Sentences written for the tests."""

from __future__ import annotations

from kg.extract import extract_article
from tests.data.sentences import article, events_of

# -- 1. 攻占 (attack and take) is an assault on the country (first golds qj, ya) -------------------


def test_taking_a_countrys_land_by_attack_is_an_assault() -> None:
    assert ("以军", "ASSAULT", "黎巴嫩", "asserted") in events_of(
        "以色列军队攻占了黎巴嫩南部的一座村庄。"
    )
    events = events_of("2003年美国对伊拉克发动战争，4月攻占首都巴格达。")
    assert ("美国", "COERCE", "伊拉克", "asserted") not in events


# -- 2. the attacker of a one-way war keeps it when the other side only plans a strike (qa-04) ---


def test_a_planned_strike_by_the_other_side_leaves_the_war_its_attackers() -> None:
    events = events_of("俄乌开战后，欧盟公布制裁。乌克兰表示将打击俄罗斯的炼油厂。")
    assert ("俄罗斯", "ASSAULT", "乌克兰", "asserted") in events


# -- 3. a label the page never writes, in the page's script (nc-02: 中國 for 中国) ---------------


def _org_labels(text: str) -> set[tuple[str, str]]:
    result = extract_article(article(text))
    records = [r.to_json() for r in result.roles]
    return {(r["subject"]["mention"], r["object"]["label"]) for r in records}


def test_a_country_the_page_names_only_by_a_post_is_labelled_in_the_pages_script() -> None:
    text = (
        "外長王毅與伊朗外長阿拉格齊通電話，雙方就伊朗核問題深入交換意見。"
        "王毅強調，中方在伊朗核問題上始終秉持客觀公正立場，不符合國際社會共同利益。"
    )
    assert ("王毅", "中國") in _org_labels(text)
    # 队 has a traditional form (隊) this page never writes: no half-converted label
    text = "巴基斯坦軍方發言人說，軍方空襲了阿富汗境內的目標。國際社會對此表示關注。"
    labels = {
        r["subject"]["label"] for r in (e.to_json() for e in extract_article(article(text)).events)
    }
    assert "巴基斯坦軍队" not in labels
