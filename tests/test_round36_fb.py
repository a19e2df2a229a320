"""Round 36, helper fb: conventions of annotators who never saw kg's output (the first golds of
audit34 and audit35), where they differ from kg's reading. Sentences written for the tests."""

from kg.extract import extract_article
from tests.data.sentences import article, events_of


def test_a_war_named_palestine_israel_has_no_attack_by_palestine() -> None:
    """巴以冲突, 黎以冲突: the Palestinian and Lebanese sides are fought by Hamas and Hezbollah,
    and the first golds credit neither state with an attack (ya, yc, qd, qk); Israel's attack
    on them stays, and so does a war between two states both ways."""
    events = events_of("自新一轮巴以冲突爆发以来,也门胡塞武装多次袭击红海水域的商船。")
    assert ("以色列", "ASSAULT", "巴勒斯坦", "asserted") in events
    assert not any(e[0] == "巴勒斯坦" and e[1] == "ASSAULT" for e in events)
    events = events_of("本轮黎以冲突已造成数万名居民流离失所。")
    assert ("以色列", "ASSAULT", "黎巴嫩", "asserted") in events
    assert not any(e[0] == "黎巴嫩" and e[1] == "ASSAULT" for e in events)
    # the near miss: two states at war attack each other (泰柬冲突)
    events = events_of("由于泰柬冲突蔓延至沿海地带,泰国宣布在该省实施宵禁。")
    assert ("泰国", "ASSAULT", "柬埔寨", "asserted") in events
    assert ("柬埔寨", "ASSAULT", "泰国", "asserted") in events


def test_a_ministry_implied_by_a_title_is_named_as_the_title_names_it() -> None:
    """外交部发言人林剑: the post is in 中国外交部 (label), but the sentence writes 外交部, and
    annotators list the words the article uses, not kg's label (yd, yn, yo; qb, qc, qi, ql)."""
    found = extract_article(article("7月15日,外交部发言人林剑主持例行记者会。")).roles
    posts = {(r.person.actor.label, r.org.actor.label, r.org.text) for r in found}
    assert ("林剑", "中国外交部", "外交部") in posts
    # the near miss: a title that names no ministry (总统) keeps the country's label
    found = extract_article(article("总统特朗普当天签署了行政令。")).roles
    assert {(r.person.actor.label, r.org.text) for r in found} <= {("特朗普", "美国")}
