"""Round 35 (qu): whose organ a bare ministry or an unnamed spokesman names.

Sentences written for these tests. The constructions were seen on several sets: Taiwan's own
press naming its foreign ministry bare (qb-05, qe-07, qi-02, qj-05, qj-08, ql-06), its spokesman
(外交部发言人欧江安: qb-05, qj-08, ql-06), 我国 in its words (ql-06, wb-07), and 这名发言人 or
该发言人 after a ministry's spokesman (yn-06, ql-03).
"""

from __future__ import annotations

from kg.articles import read_article
from kg.extract import extract_article
from kg.model import Article

TAIWAN_OUTLET = "https://www.cna.com.tw/news/aipl/202402220001.aspx"
OTHER_OUTLET = "https://www.example.com/tw/news/202402220001.html"


def _article(body: str, url: str = OTHER_OUTLET) -> Article:
    """``body`` read as an article file with a 来源 address and a date header."""
    return read_article("test.txt", f"来源：{url}\n日期：2024-05-10\n\n{body}\n".encode())


def _subjects(body: str, url: str = OTHER_OUTLET) -> set[tuple[str, str, str]]:
    """(subject mention, subject key, event type) of every event."""
    events = extract_article(_article(body, url)).events
    return {(e.subject.text, e.subject.actor.key, e.event_type) for e in events}


def _roles(body: str, url: str = OTHER_OUTLET) -> set[tuple[str, str]]:
    return {
        (r.person.actor.key, r.org.actor.key) for r in extract_article(_article(body, url)).roles
    }


CONDEMN = "俄罗斯宣布承认乌克兰东部两区独立。外交部今天表示，强烈谴责俄罗斯破坏乌克兰主权。"


def test_a_bare_ministry_in_a_taiwan_outlets_article_is_taiwans() -> None:
    assert ("外交部", "TWN_MFA", "ACCUSE") in _subjects(CONDEMN, TAIWAN_OUTLET)


def test_a_bare_ministry_elsewhere_is_not_taiwans_for_a_tw_in_the_path() -> None:
    found = _subjects(CONDEMN, OTHER_OUTLET)
    assert not any(key == "TWN_MFA" for _, key, _ in found)


def test_a_taiwan_outlet_needs_an_address() -> None:
    from kg.actors import taiwan_outlet
    from kg.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert taiwan_outlet(None, gaz) is None
    assert taiwan_outlet("https://news.tw.example.com/a", gaz) is None
    assert taiwan_outlet("https://www.rti.org.tw/news/view/id/1", gaz).key == "TWN"


# (王建明 is made up: 欧江安, the spokesman the pages name, is in people.tsv since round 38,
# so her post is Taiwan's wherever the page was printed)
SPOKESMAN = "俄罗斯入侵乌克兰。外交部发言人王建明今天表示，国际社会高度关切。"


def test_a_taiwan_outlets_bare_ministry_spokesman_serves_taiwans_ministry() -> None:
    assert {org for _, org in _roles(SPOKESMAN, TAIWAN_OUTLET)} == {"TWN_MFA"}


def test_elsewhere_the_bare_ministry_spokesman_is_not_taiwans() -> None:
    assert "TWN_MFA" not in {org for _, org in _roles(SPOKESMAN, OTHER_OUTLET)}


def test_this_spokesman_is_the_ministry_whose_spokesman_spoke_before() -> None:
    body = (
        "中国商务部发言人今天说，中方已在世界贸易组织对加拿大提起诉讼。"
        "这名发言人称，加方应立即停止错误做法。"
    )
    assert ("这名发言人", "CHN_COMMERCE", "REQUEST") in _subjects(body)


def test_the_spokesman_is_not_the_body_the_statement_names() -> None:
    body = (
        "中国外交部发言人今天就美国空袭伊朗核设施发表谈话，指出国际原子能机构监督的设施遭到打击。"
        "该发言人强烈谴责美国的行动。"
    )
    found = _subjects(body)
    assert ("该发言人", "IAEA", "ACCUSE") not in found
    assert ("该发言人", "CHN", "ACCUSE") in found


def test_with_no_spokesman_named_before_it_is_still_the_last_body() -> None:
    body = "世界贸易组织今天公布裁决。该发言人呼吁美国遵守规则。"
    assert ("该发言人", "WTO", "REQUEST") in _subjects(body)


OWN_COUNTRY = (
    "外交部发言人今天表示，俄罗斯军队滥杀平民，我国政府予以严厉谴责，并将加入制裁俄罗斯的行列。"
)


def test_our_country_in_a_taiwan_outlets_article_is_taiwan() -> None:
    found = _subjects(OWN_COUNTRY, TAIWAN_OUTLET)
    assert ("我国", "TWN", "ACCUSE") in found
    assert ("我国", "TWN", "SANCTION") in found


def test_our_country_elsewhere_is_nobody() -> None:
    found = _subjects(OWN_COUNTRY, OTHER_OUTLET)
    assert not any(key == "TWN" for _, key, _ in found)


def test_our_country_in_a_foreign_leaders_quoted_words_is_not_taiwan() -> None:
    body = "菲律宾总统马科斯说：“我国将制裁俄罗斯。”"
    found = _subjects(body, TAIWAN_OUTLET)
    assert not any(key == "TWN" for _, key, _ in found)
