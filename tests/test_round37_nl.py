"""Round 37, helper nl: faults the last round's closing note left open. Sentences written for
the tests."""

from __future__ import annotations

import dataclasses

from kg.actors import ArticleMemory, find_actors
from kg.extract import extract_article
from kg.gazetteer import load_gazetteer
from kg.graph import build_graph, events_from_graph
from tests.data.sentences import article, events_of

# -- 1. a ROLE record's title as the article writes it -----------------------------------------


def test_a_roles_title_is_written_as_the_traditional_page_writes_it() -> None:
    """An annotator of a traditional page writes 國防部長; the graph's role keeps 国防部长."""
    text = "美國國防部長赫格塞思週二在華盛頓會見了日本防衛大臣中谷元。"
    result = extract_article(article(text))
    titles = {r.to_json()["title"] for r in result.roles}
    assert titles == {"國防部長", "防衛大臣"}
    assert {r.title for r in result.roles} == {"国防部长", "防卫大臣"}
    graph = build_graph(result.events, result.roles)
    read_back = [r for r in events_from_graph(graph) if r["event_type"] == "ROLE"]
    assert {r["title"] for r in read_back} == titles


def test_a_roles_title_on_a_simplified_page_is_as_before() -> None:
    result = extract_article(article("美国国防部长赫格塞思在华盛顿会见了日本防卫大臣中谷元。"))
    assert {r.to_json()["title"] for r in result.roles} == {"国防部长", "防卫大臣"}


# -- 2. a Latin alias is a word of its own ----------------------------------------------------


def _actors(text: str) -> set[str]:
    result = extract_article(article(text))
    return {m.actor.label for e in result.events for m in (e.subject, e.object)}


def test_a_latin_acronym_inside_a_longer_latin_word_names_nobody() -> None:
    assert "世界卫生组织" not in _actors("俄罗斯谴责WHOLESALE公司向乌克兰出售武器。")
    assert "大疆" not in _actors("美国商务部宣布制裁DJIA公司。")
    assert "北约" not in _actors("日本与NATOX签署合作协议。")
    assert "北约" not in _actors("日本与2NATO签署合作协议。")
    # between Chinese words or punctuation it is a word of its own
    assert "世界卫生组织" in _actors("俄罗斯谴责WHO向乌克兰提供援助。")
    assert "北约" in _actors("日本与NATO签署合作协议。")
    assert "大疆" in _actors("美国宣布制裁“DJI”。")
    assert "大疆" in _actors("美国商务部宣布制裁DJI公司。")


# -- 3. bare 国安局 follows the page; a region's body after another name is that one's --------


def test_a_bare_national_security_agency_is_the_country_in_focus_s() -> None:
    """国安局 is no word of Taiwan's alone: on a page about the United States it is the NSA,
    after 韩国 South Korea's; on a page about Taiwan it stays Taiwan's bureau."""
    american = events_of("美国总统周二发表讲话。国安局周三批评中国。")
    assert ("美国国家安全局", "ACCUSE", "中国", "asserted") in american
    korean = events_of("韩国国家安全局指责朝鲜。")
    assert ("韩国国家安全局", "ACCUSE", "朝鲜", "asserted") in korean
    taiwanese = events_of("中国批评台湾当局。台湾当局拒绝中国的要求。国安局周三批评中国。")
    assert ("台湾国家安全局", "ACCUSE", "中国", "asserted") in taiwanese
    assert ("台湾国家安全局", "ACCUSE", "中国", "asserted") in events_of("国安局周三批评中国。")


def test_national_security_situation_is_no_agency() -> None:
    text = "美国总统表示,当前国家安全局势严峻,美国将制裁伊朗。"
    found = find_actors(text, 0, len(text), load_gazetteer(), memory=ArticleMemory())
    assert {m.actor.key for m in found.mentions} == {"USA", "IRN"}


def test_a_region_s_body_named_after_another_country_is_that_country_s() -> None:
    found = events_of("新加坡警务处逮捕了两名美国男子。")
    assert not any(s == "香港警方" for s, _, _, _ in found)
    assert ("美国国际贸易署", "ACCUSE", "中国", "asserted") in events_of("美国国际贸易署批评中国。")
    # (session 39: the target was 中国; a hostile act between Hong Kong's government and Beijing
    # is no event since ontology/territories.tsv, so the body's name is checked on another one)
    assert ("香港廉政公署", "ACCUSE", "美国", "asserted") in events_of("廉政公署批评美国。")


# -- 4. an unknown person's country, from the post, in every record and in the graph ----------

_COUNTRY_OF = """PREFIX kgo: <https://w3id.org/kg-events/ontology#>
SELECT ?country WHERE { ?person a kgo:Person ; kgo:key "%s" ; kgo:country ?country }"""


def test_an_unknown_person_named_before_the_post_keeps_its_country_in_the_graph() -> None:
    """The headline names 穆尔希达 before the sentence whose post (孟加拉国前总理) gives the
    country: every record has it, and so has the graph's node (its first record had none)."""
    text = "孟加拉国促印度引渡前总理穆尔希达\n孟加拉国前总理穆尔希达去年下令镇压学生。"
    result = extract_article(article(text))
    people = [m for e in result.events for m in (e.subject, e.object) if m.actor.type == "Person"]
    assert people and {m.actor.country for m in people} == {"BGD"}
    graph = build_graph(result.events, result.roles)
    countries = {str(row[0]).rsplit("/", 1)[-1] for row in graph.query(_COUNTRY_OF % "穆尔希达")}
    assert countries == {"BGD"}


def test_an_unknown_person_of_no_country_in_one_article_takes_another_s() -> None:
    """Two articles: the first names the person with no post (its record has no country),
    the second with one; the node takes the country the second gives (the first record's
    none used to stay)."""
    posted = extract_article(article("孟加拉国前总理穆尔希达批评印度。"))
    event = next(e for e in posted.events if e.subject.actor.type == "Person")
    unplaced = dataclasses.replace(event.subject.actor, country=None)
    bare = dataclasses.replace(
        event, subject=dataclasses.replace(event.subject, actor=unplaced), source="a.txt"
    )
    graph = build_graph([bare, *posted.events], posted.roles)
    countries = {str(row[0]).rsplit("/", 1)[-1] for row in graph.query(_COUNTRY_OF % "穆尔希达")}
    assert countries == {"BGD"}


# -- 5. a mention read as another actor keeps the article's script ----------------------------


def test_a_pronoun_read_as_a_place_is_written_as_the_page_writes_the_place() -> None:
    """你 read as 台湾 (the place the quoted minister speaks for): the record's mention is the
    page's 台灣, not the simplified 台湾 the page never writes."""
    text = (
        "台灣外長吳釗燮接受專訪,標題為「台灣外長表示:中國準備侵略我們」。"
        "吳釗燮說,當中國對你不滿,就表示你做了對的事。"
    )
    records = [e.to_json() for e in extract_article(article(text)).events]
    mentions = {r["object"]["mention"] for r in records if r["object"]["key"] == "TWN"}
    # (round 43: 我們 in the minister's words is Taiwan too, and 你 borrows that mention)
    assert mentions and mentions <= {"台灣", "我們"}
    assert all(r["object"]["label"] == "台灣" for r in records if r["object"]["key"] == "TWN")
