"""Round 36, helper fb: conventions of annotators who never saw kg's output (the first golds of
audit34 and audit35), where they differ from kg's reading. Sentences written for the tests."""

from kg.extract import extract_article
from tests.data.sentences import article


def test_a_ministry_implied_by_a_title_is_named_as_the_title_names_it() -> None:
    """外交部发言人林剑: the post is in 中国外交部 (label), but the sentence writes 外交部, and
    annotators list the words the article uses, not kg's label (yd, yn, yo; qb, qc, qi, ql)."""
    found = extract_article(article("7月15日,外交部发言人林剑主持例行记者会。")).roles
    posts = {(r.person.actor.label, r.org.actor.label, r.org.text) for r in found}
    assert ("林剑", "中国外交部", "外交部") in posts
    # the near miss: a title that names no ministry (总统) keeps the country's label
    found = extract_article(article("总统特朗普当天签署了行政令。")).roles
    assert {(r.person.actor.label, r.org.text) for r in found} <= {("特朗普", "美国")}


def test_a_minister_holds_the_post_in_the_country_not_the_ministry() -> None:
    """伊朗外交部长阿拉格齐 → 伊朗 (title 外交部长): the golds written before kg ran give the
    country for 53 of 66 ministers on fifteen sets; a spokesman's post stays in the ministry."""
    found = extract_article(article("伊朗外交部长阿拉格齐当天会见了阿曼外交大臣。")).roles
    assert ("阿拉格齐", "伊朗") in {(r.person.actor.label, r.org.actor.label) for r in found}
    found = extract_article(article("国防部长董军9日晚同美国国防部长通话。")).roles
    assert ("董军", "中国") in {(r.person.actor.label, r.org.actor.label) for r in found}
    # the near miss: a spokesman's post is in the ministry the title names
    found = extract_article(article("外交部发言人林剑主持例行记者会。")).roles
    assert ("林剑", "中国外交部") in {(r.person.actor.label, r.org.actor.label) for r in found}


def test_a_minister_after_a_party_seat_holds_the_post_in_the_partys_country() -> None:
    """中共中央政治局委员兼外长王毅 → 中国 (qi, qj, ql), not the party; a spokesman after a party
    seat is named by the ministry the title names (外交部), not by the party's words."""
    found = extract_article(article("中共中央政治局委员兼外长王毅在纽约会见美国国务卿。")).roles
    assert ("王毅", "中国") in {(r.person.actor.label, r.org.actor.label) for r in found}
    found = extract_article(article("中共中央政治局委员、外交部发言人华春莹表示。")).roles
    posts = {(r.person.actor.label, r.org.actor.label, r.org.text) for r in found}
    assert ("华春莹", "中国外交部", "外交部") in posts
