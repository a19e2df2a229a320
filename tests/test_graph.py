"""kg.graph: events, roles and articles as RDF, with stable IRIs and a round trip to JSON."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.exceptions import OntologyError
from kg.graph import (
    KGID,
    KGO,
    actor_iri,
    article_iri,
    article_ntriples,
    build_graph,
    content_hash_triple,
    date_literal,
    event_iri,
    events_from_graph,
    post_iri,
    report_iri,
    write_rdf,
    write_turtle,
)
from kg.model import Actor, Article, Event, Mention, Role, Sentence

USA = Actor("USA", "美国", "Country", aliases=("美方", "美国政府"), label_en="United States")
PRK = Actor("PRK", "朝鲜", "Country", aliases=("朝方",))
TRUMP = Actor("TRUMP", "特朗普", "Person", country="USA", label_en="Donald Trump")
KIM = Actor("金正恩", "金正恩", "Person", country="PRK", known=False)
HEGSETH = Actor("HEGSETH", "赫格塞思", "Person", aliases=("皮特·赫格塞思",), country="USA")
PENTAGON = Actor("USA_MOD", "美国国防部", "Organization", country="USA")

S1 = Sentence("美国财政部11月4日对朝鲜八名个人和两个实体实施制裁。", 0, 27, 0)
S2 = Sentence("特朗普表示愿意与金正恩会面。", 28, 42, 1)
S3 = Sentence("美国国防部长皮特·赫格塞思说，特朗普曾与金正恩会晤。", 43, 69, 2)


def _event(subject, s_text, obj, o_text, predicate, etype, status, sentence, **kw) -> Event:
    fields = dict(
        cameo="163" if etype == "SANCTION" else "040",
        trigger="制裁",
        trigger_start=sentence.start + 3,
        source="seeds/004.txt",
        title="美对朝实施制裁",
        url="https://example.org/news/004",
        article_date="2025-11-05",
    )
    fields.update(kw)
    return Event(
        Mention(subject, s_text, sentence.start, sentence.start + len(s_text)),
        Mention(obj, o_text, sentence.start + 10, sentence.start + 10 + len(o_text)),
        predicate,
        etype,
        fields.pop("cameo"),
        status,
        fields.pop("trigger"),
        fields.pop("trigger_start"),
        sentence,
        fields.pop("source"),
        **fields,
    )


SANCTION = _event(
    USA,
    "美国财政部",
    PRK,
    "朝鲜",
    "sanctions",
    "SANCTION",
    "asserted",
    S1,
    date="2025-11-04",
    date_from="text",
    confidence=0.9,
)
MEET_INTENDED = _event(
    TRUMP,
    "特朗普",
    KIM,
    "金正恩",
    "meets",
    "CONSULT",
    "intended",
    S2,
    trigger="会面",
    date="2025",
    date_from="article",
)
MEET_ASSERTED = _event(
    TRUMP,
    "特朗普",
    KIM,
    "金正恩",
    "meets",
    "CONSULT",
    "asserted",
    S3,
    trigger="会晤",
)
ROLE = Role(
    Mention(HEGSETH, "皮特·赫格塞思", 49, 56),
    Mention(PENTAGON, "美国国防部", 43, 48),
    "部长",
    S3,
    "seeds/004.txt",
)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph([SANCTION, MEET_INTENDED, MEET_ASSERTED], [ROLE])


def test_event_node_carries_what_its_reports_agree_on(graph: Graph) -> None:
    node = event_iri(SANCTION)
    assert str(node).startswith(str(KGID) + "event/")
    assert {KGO.Event, KGO.Sanction} <= set(graph.objects(node, RDF.type))
    expected = {
        KGO.actor: actor_iri("USA"),
        KGO.target: actor_iri("PRK"),
        KGO.predicate: KGO.sanctions,
        KGO.status: KGO.asserted,
        KGO.date: Literal("2025-11-04", datatype=XSD.date),
        KGO.cameo: Literal("163"),
        KGO.source: article_iri("seeds/004.txt"),
        PROV.wasDerivedFrom: article_iri("seeds/004.txt"),
        KGO.report: report_iri(SANCTION),
        RDFS.label: Literal("美国 制裁 朝鲜", lang="zh"),
    }
    for prop, value in expected.items():
        assert graph.value(node, prop) == value, prop
    assert graph.value(node, KGO.sentence) is None  # sentences belong to reports


def test_report_node_carries_the_sentence(graph: Graph) -> None:
    node = report_iri(SANCTION)
    assert str(node).startswith(str(KGID) + "report/")
    assert (node, RDF.type, KGO.Report) in graph
    expected = {
        KGO.reportedActor: actor_iri("USA"),
        KGO.reportedTarget: actor_iri("PRK"),
        KGO.predicate: KGO.sanctions,
        KGO.date: Literal("2025-11-04", datatype=XSD.date),
        KGO.dateSource: Literal("text"),
        KGO.trigger: Literal("制裁"),
        KGO.actorMention: Literal("美国财政部"),
        KGO.sentence: Literal(S1.text),
        KGO.sentenceStart: Literal(0),
        KGO.sentenceEnd: Literal(27),
        KGO.cameo: Literal("163"),
        KGO.source: article_iri("seeds/004.txt"),
        PROV.wasDerivedFrom: article_iri("seeds/004.txt"),
    }
    for prop, value in expected.items():
        assert graph.value(node, prop) == value, prop
    assert float(graph.value(node, KGO.confidence)) == 0.9


def test_the_same_event_from_two_articles_is_one_event_with_two_sources() -> None:
    other = dataclasses.replace(
        SANCTION, source="seeds/010.txt", title="另一篇", trigger="实施制裁", confidence=0.7
    )
    graph = build_graph([SANCTION, other], ontology=False)
    assert list(graph.subjects(RDF.type, KGO.Event)) == [event_iri(SANCTION)]
    assert event_iri(other) == event_iri(SANCTION)
    node = event_iri(SANCTION)
    assert set(graph.objects(node, KGO.source)) == {
        article_iri("seeds/004.txt"),
        article_iri("seeds/010.txt"),
    }
    assert set(graph.objects(node, KGO.report)) == {report_iri(SANCTION), report_iri(other)}
    records = events_from_graph(graph)
    assert [r["source"] for r in records] == ["seeds/004.txt", "seeds/010.txt"]
    assert [r["trigger"] for r in records] == ["制裁", "实施制裁"]


def test_events_differing_in_date_or_status_stay_apart() -> None:
    later = dataclasses.replace(SANCTION, source="seeds/010.txt", date="2025-11-09")
    denied = dataclasses.replace(SANCTION, source="seeds/011.txt", status="negated")
    graph = build_graph([SANCTION, later, denied], ontology=False)
    assert len(set(graph.subjects(RDF.type, KGO.Event))) == 3


def test_undated_events_are_never_merged_across_sentences() -> None:
    undated = dataclasses.replace(SANCTION, date=None, date_from="none")
    elsewhere = dataclasses.replace(undated, source="seeds/010.txt")
    graph = build_graph([undated, elsewhere], ontology=False)
    assert len(set(graph.subjects(RDF.type, KGO.Event))) == 2


def test_article_node(graph: Graph) -> None:
    article = article_iri("seeds/004.txt")
    assert (article, RDF.type, KGO.Article) in graph
    assert graph.value(article, KGO.file) == Literal("seeds/004.txt")
    assert graph.value(article, DCTERMS.title) == Literal("美对朝实施制裁")
    assert graph.value(article, DCTERMS.date) == Literal("2025-11-05", datatype=XSD.date)
    assert graph.value(article, DCTERMS.source) == URIRef("https://example.org/news/004")
    assert article_iri("./seeds/004.txt") == article


def test_sentence_in_the_articles_own_script() -> None:
    event = dataclasses.replace(SANCTION, sentence_body="美國財政部實施制裁。")
    graph = build_graph([event], ontology=False)
    assert graph.value(report_iri(event), KGO.sentence) == Literal("美國財政部實施制裁。")


def test_direct_triple_only_for_asserted_events(graph: Graph) -> None:
    assert (actor_iri("USA"), KGO.sanctions, actor_iri("PRK")) in graph
    intended_only = build_graph([MEET_INTENDED], ontology=False)
    assert not list(intended_only.triples((None, KGO.meets, None)))
    assert event_iri(MEET_INTENDED) in set(intended_only.subjects(RDF.type, KGO.Event))


def test_every_event_has_its_date_as_text_and_an_asserted_one_its_type(graph: Graph) -> None:
    """The two shortcuts a large store's queries use: one plain-string date per event ("" when
    undated; reports have none) and the class of an asserted event as kgo:assertedType."""
    undated = dataclasses.replace(MEET_ASSERTED, date=None, date_from="none")
    graph = build_graph([SANCTION, MEET_INTENDED, undated], ontology=False)
    texts = {s: str(o) for s, o in graph.subject_objects(KGO.dateText)}
    assert texts == {
        event_iri(SANCTION): "2025-11-04",
        event_iri(MEET_INTENDED): "2025",
        event_iri(undated): "",
    }
    assert set(graph.subject_objects(KGO.assertedType)) == {
        (event_iri(SANCTION), KGO.Sanction),
        (event_iri(undated), KGO.Consult),
    }  # the intended meeting has none


def test_symmetric_types_get_both_directions_other_types_one(graph: Graph) -> None:
    trump, kim = actor_iri("TRUMP"), actor_iri("金正恩")
    assert (trump, KGO.meets, kim) in graph and (kim, KGO.meets, trump) in graph
    assert (actor_iri("PRK"), KGO.sanctions, actor_iri("USA")) not in graph


def test_actor_iri_is_the_percent_encoded_key() -> None:
    assert actor_iri("USA") == URIRef("https://w3id.org/kg-events/id/actor/USA")
    assert actor_iri("金正恩") == KGID["actor/%E9%87%91%E6%AD%A3%E6%81%A9"]
    assert actor_iri("a/b c#d") == KGID["actor/a%2Fb%20c%23d"]


def test_actor_names(graph: Graph) -> None:
    usa = actor_iri("USA")
    assert {KGO.Actor, KGO.Country} <= set(graph.objects(usa, RDF.type))
    assert list(graph.objects(usa, RDFS.label)) == [Literal("美国", lang="zh")]
    assert Literal("United States", lang="en") in set(graph.objects(usa, SKOS.prefLabel))
    aliases = {str(a) for a in graph.objects(usa, SKOS.altLabel)}
    assert aliases == {"美方", "美国政府", "美国财政部"}  # gazetteer aliases + the mention seen
    assert graph.value(actor_iri("TRUMP"), KGO.country) == usa
    assert graph.value(actor_iri("金正恩"), KGO.key) == Literal("金正恩")


def test_building_twice_gives_an_isomorphic_graph() -> None:
    records = [SANCTION, MEET_INTENDED, MEET_ASSERTED]
    first = build_graph(records, [ROLE])
    second = build_graph(list(reversed(records)), [ROLE])
    assert isomorphic(first, second)
    assert len(first) == len(second)


def test_the_same_event_twice_is_one_node() -> None:
    reversed_meeting = _event(
        KIM, "金正恩", TRUMP, "特朗普", "meets", "CONSULT", "asserted", S3, trigger="会晤"
    )
    graph = build_graph([MEET_ASSERTED, MEET_ASSERTED, reversed_meeting], ontology=False)
    assert len(set(graph.subjects(RDF.type, KGO.Event))) == 1
    assert len(set(graph.subjects(RDF.type, KGO.Report))) == 1
    assert event_iri(reversed_meeting) == event_iri(MEET_ASSERTED)  # symmetric: one event
    assert report_iri(reversed_meeting) == report_iri(MEET_ASSERTED)
    assert event_iri(MEET_INTENDED) != event_iri(MEET_ASSERTED)


def test_the_same_actor_has_one_iri_across_articles() -> None:
    other = dataclasses.replace(SANCTION, source="seeds/010.txt", title="另一篇", date="2025")
    graph = build_graph([SANCTION, other], ontology=False)
    actors = set(graph.objects(None, KGO.actor))
    assert actors == {actor_iri("USA")}
    assert len(set(graph.subjects(RDF.type, KGO.Article))) == 2
    assert len(set(graph.subjects(RDF.type, KGO.Event))) == 2


def test_roles(graph: Graph) -> None:
    post = post_iri(ROLE)
    person, org = actor_iri("HEGSETH"), actor_iri("USA_MOD")
    assert (post, RDF.type, KGO.Post) in graph
    assert graph.value(post, KGO.holder) == person
    assert graph.value(post, KGO.postIn) == org
    assert graph.value(post, KGO.postTitle) == Literal("部长")
    assert graph.value(post, KGO.source) == article_iri("seeds/004.txt")
    assert (person, KGO.holdsPostIn, org) in graph
    assert (org, RDF.type, KGO.Organization) in graph


def test_articles_add_metadata_events_do_not_carry() -> None:
    article = Article(
        path="seeds/004.txt",
        body="x",
        text="x",
        offsets=(0, 1),
        title="标题",
        date="2025-11-05",
        url="https://example.org/news/004",
        author="记者",
        tags=("朝鲜", "制裁"),
    )
    graph = build_graph([SANCTION], articles=[article], ontology=False)
    node = article_iri("seeds/004.txt")
    assert graph.value(node, DCTERMS.creator) == Literal("记者")
    assert {str(t) for t in graph.objects(node, DCTERMS.subject)} == {"朝鲜", "制裁"}
    assert list(graph.objects(node, DCTERMS.title)) == [Literal("标题")]  # the article wins


def test_article_ntriples_spell_each_term_as_rdflib_would() -> None:
    """A build writes an article's N-Triples as text, without rdflib terms; every kind of
    term (awkward text, @zh/@en, integers, decimals, dates of each precision, IRIs, a URL)
    must read back, in rdflib and in Oxigraph, as the term rdflib would have made."""
    nasty = dataclasses.replace(SANCTION, sentence_body='He said "no" \\ \n第二行\r')
    article = Article(
        "seeds/004.txt", "x", "x", (0, 1), title="标题", author="记者", tags=("朝鲜",)
    )
    events, roles = [nasty, MEET_INTENDED, MEET_ASSERTED, MEET_ASSERTED], [ROLE, ROLE]
    extra = content_hash_triple("seeds/004.txt", 'sha256:"00\\')
    data = article_ntriples(events, roles, [article], extra=[extra])
    stored = Graph().parse(data=data.decode("utf-8"), format="nt")
    assert len(data.splitlines()) == len(stored)  # no triple written twice
    assert extra in stored
    report = report_iri(nasty)
    assert (report, KGO.sentence, Literal('He said "no" \\ \n第二行\r')) in stored
    assert (report, KGO.triggerStart, Literal(nasty.trigger_start)) in stored
    assert (report, KGO.confidence, Literal(Decimal("0.9"), datatype=XSD.decimal)) in stored
    assert (report, KGO.date, date_literal("2025-11-04")) in stored
    assert (event_iri(MEET_INTENDED), KGO.date, date_literal("2025")) in stored
    assert (actor_iri("USA"), SKOS.prefLabel, Literal("United States", lang="en")) in stored
    assert (actor_iri("USA"), RDFS.label, Literal("美国", lang="zh")) in stored
    assert (article_iri("seeds/004.txt"), DCTERMS.source, URIRef(nasty.url)) in stored
    assert (article_iri("seeds/004.txt"), DCTERMS.subject, Literal("朝鲜")) in stored
    import pyoxigraph as ox

    assert len(set(ox.parse(data, ox.RdfFormat.N_TRIPLES))) == len(stored)


def test_ontology_is_included_unless_asked_not_to(graph: Graph) -> None:
    assert (KGO.Sanction, KGO.ploverName, Literal("SANCTION")) in graph
    assert (KGO.Sanction, None, None) not in build_graph([SANCTION], ontology=False)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("predicate", "hugs", "unknown predicate 'hugs'"),
        ("event_type", "HUG", "unknown event type 'HUG'"),
        ("event_type", "CONSULT", "predicate 'sanctions' is SANCTION, not CONSULT"),
        ("status", "rumoured", "unknown status 'rumoured'"),
    ],
)
def test_events_the_ontology_cannot_describe(field: str, value: str, message: str) -> None:
    bad = dataclasses.replace(SANCTION, **{field: value})
    with pytest.raises(OntologyError, match=message):
        build_graph([bad])


@pytest.mark.parametrize(
    ("date", "datatype"),
    [
        ("2025", XSD.gYear),
        ("2025-11", XSD.gYearMonth),
        ("2025-11-04", XSD.date),
        ("2025-02-30", None),
        ("去年", None),
    ],
)
def test_dates_are_typed_by_precision(date: str, datatype: URIRef | None) -> None:
    literal = date_literal(date)
    assert str(literal) == date
    assert literal.datatype == datatype


def test_an_odd_url_stays_text() -> None:
    event = dataclasses.replace(SANCTION, url="https://example.org/a b<script>")
    graph = build_graph([event], ontology=False)
    value = graph.value(article_iri(event.source), DCTERMS.source)
    assert value == Literal("https://example.org/a b<script>")


def test_events_from_graph_gives_back_the_json_records(graph: Graph) -> None:
    records = events_from_graph(graph)
    expected = [e.to_json() for e in (SANCTION, MEET_INTENDED, MEET_ASSERTED, ROLE)]
    assert records == expected
    assert events_from_graph(graph, roles=False) == expected[:3]


def test_write_turtle_round_trips_awkward_text(tmp_path: Path) -> None:
    nasty = 'He said "no" \\ <script>alert(1)</script>\n第二行'
    event = dataclasses.replace(SANCTION, sentence_body=nasty, title='a "title"')
    graph = build_graph([event, MEET_INTENDED], [ROLE])
    target = tmp_path / "out" / "graph.ttl"
    write_turtle(graph, target)
    assert [p.name for p in target.parent.iterdir()] == ["graph.ttl"]  # no temp file left
    text = target.read_text(encoding="utf-8")
    assert "@prefix kgo: <https://w3id.org/kg-events/ontology#>" in text
    back = Graph().parse(target, format="turtle")
    assert isomorphic(back, graph)
    assert events_from_graph(back)[0]["sentence"] == nasty


@pytest.mark.parametrize("suffix", [".nt", ".jsonld", ".trig"])
def test_write_rdf_by_suffix(tmp_path: Path, suffix: str) -> None:
    graph = build_graph([SANCTION], ontology=False)
    target = tmp_path / f"graph{suffix}"
    write_rdf(graph, target)
    formats = {".nt": "nt", ".jsonld": "json-ld", ".trig": "trig"}
    back = Dataset() if suffix == ".trig" else Graph()
    back.parse(target, format=formats[suffix])
    if suffix == ".trig":
        assert isomorphic(back.default_graph, graph)
    else:
        assert isomorphic(back, graph)


def test_events_come_back_in_text_order() -> None:
    """Ties on one trigger (美日韩 合作) are broken by where the mentions are."""
    japan, korea = Actor("JPN", "日本", "Country"), Actor("ROK", "韩国", "Country")
    sentence = Sentence("美国与日本、韩国合作。", 0, 11, 0)

    def coop(obj: Actor, start: int) -> Event:
        return Event(
            Mention(USA, "美国", 0, 2),
            Mention(obj, obj.label, start, start + 2),
            "cooperatesWith",
            "COOPERATE",
            "060",
            "asserted",
            "合作",
            8,
            sentence,
            "a.txt",
        )

    later, earlier = coop(korea, 6), coop(japan, 3)
    records = events_from_graph(build_graph([later, earlier], ontology=False))
    assert [r["object"]["label"] for r in records] == ["日本", "韩国"]


def test_select_rows_as_by_name_lookup() -> None:
    """_select takes a solution's terms in variable order: the same rows as asking each
    variable by name, unbound ones left out."""
    import pyoxigraph as ox

    from kg.graph import _select

    store = ox.Store()
    data = (
        b'<http://x/a> <http://x/p> "1" .\n<http://x/a> <http://x/q> "one"@zh .\n'
        b'<http://x/b> <http://x/p> "2" .\n'
    )
    store.load(data, ox.RdfFormat.N_TRIPLES)
    query = "SELECT ?s ?q ?p WHERE { ?s <http://x/p> ?p OPTIONAL { ?s <http://x/q> ?q } }"
    solutions = store.query(query)
    names = [v.value for v in solutions.variables]
    expected = [
        {name: term.value for name in names if (term := solution[name]) is not None}
        for solution in solutions
    ]
    rows = _select(store, query)
    assert sorted(rows, key=str) == sorted(expected, key=str)
    assert [list(row) for row in sorted(rows, key=str)] == [["s", "q", "p"], ["s", "p"]]
