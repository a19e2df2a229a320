"""ontology/kg.ttl is OWL, and in step with event_types.tsv, predicates.tsv and kg.model."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import OWL, SKOS

from kg.graph import KGO, build_graph
from kg.model import EVENT_TYPES, STATUSES, SYMMETRIC_TYPES, Actor, Event, Mention, Role, Sentence

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


def _rows(name: str) -> list[list[str]]:
    lines = (ONTOLOGY / name).read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    return list(csv.reader(body, delimiter="\t", quoting=csv.QUOTE_NONE))


EVENT_TYPE_ROWS = _rows("event_types.tsv")
PREDICATE_ROWS = _rows("predicates.tsv")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")


def _labels(graph: Graph, node: URIRef, lang: str) -> set[str]:
    return {str(lb) for lb in graph.objects(node, RDFS.label) if lb.language == lang}


def test_is_an_owl_ontology_with_a_version(onto: Graph) -> None:
    ontologies = list(onto.subjects(RDF.type, OWL.Ontology))
    assert ontologies == [URIRef("https://w3id.org/kg-events/ontology")]
    assert onto.value(ontologies[0], OWL.versionIRI) is not None
    assert onto.value(ontologies[0], OWL.versionInfo) is not None


@pytest.mark.parametrize("row", EVENT_TYPE_ROWS, ids=lambda row: row[0])
def test_each_event_type_has_its_class(onto: Graph, row: list[str]) -> None:
    name, plover, roots, polarity, symmetric, label_zh = row[:6]
    cls = KGO[name.capitalize()]
    assert (cls, RDF.type, OWL.Class) in onto
    assert (cls, RDFS.subClassOf, KGO.Event) in onto
    assert onto.value(cls, KGO.ploverName) == Literal(plover)
    assert {str(r) for r in onto.objects(cls, KGO.cameoRoot)} == set(roots.split())
    assert onto.value(cls, KGO.polarity) == KGO[polarity]
    assert onto.value(cls, KGO.symmetric).toPython() is (symmetric == "yes")
    assert _labels(onto, cls, "zh") == {label_zh}


@pytest.mark.parametrize("row", PREDICATE_ROWS, ids=lambda row: row[0])
def test_each_predicate_is_a_sub_property(onto: Graph, row: list[str]) -> None:
    name, event_type, cameo, label_en, label_zh = row
    prop = KGO[name]
    assert (prop, RDF.type, OWL.ObjectProperty) in onto
    assert (prop, RDFS.subPropertyOf, KGO.interactsWith) in onto
    assert _labels(onto, prop, "en") == {label_en}
    assert _labels(onto, prop, "zh") == {label_zh}
    assert onto.value(prop, KGO.cameoCode) == Literal(cameo)
    assert list(onto.objects(prop, KGO.eventType)) == [KGO[event_type.capitalize()]]
    symmetric = (prop, RDF.type, OWL.SymmetricProperty) in onto
    assert symmetric is (event_type in SYMMETRIC_TYPES)


def test_tables_and_ontology_have_the_same_terms(onto: Graph) -> None:
    """Nothing in kg.ttl that the tables lack, nothing in the tables kg.ttl lacks."""
    assert {str(n) for n in onto.objects(None, KGO.ploverName)} == {r[0] for r in EVENT_TYPE_ROWS}
    assert {str(p).removeprefix(str(KGO)) for p in onto.subjects(KGO.eventType, None)} == {
        r[0] for r in PREDICATE_ROWS
    }
    assert len({r[0] for r in PREDICATE_ROWS}) == len(PREDICATE_ROWS), "a predicate listed twice"


def test_model_constants_agree_with_the_ontology(onto: Graph) -> None:
    types = {str(n) for n in onto.objects(None, KGO.ploverName)}
    assert types == set(EVENT_TYPES)
    symmetric = {
        str(onto.value(c, KGO.ploverName)) for c in onto.subjects(KGO.symmetric, Literal(True))
    }
    assert symmetric == set(SYMMETRIC_TYPES)


def test_statuses_are_named_individuals_with_definitions(onto: Graph) -> None:
    individuals = set(onto.subjects(RDF.type, KGO.Status))
    assert individuals == {KGO[s] for s in STATUSES}
    for node in individuals:
        assert (node, RDF.type, OWL.NamedIndividual) in onto
        assert _labels(onto, node, "en")
        assert onto.value(node, SKOS.definition) is not None


@pytest.mark.parametrize(
    "name", ["Person", "Country", "Organization", "Group", "Region", "Location", "Media"]
)
def test_actor_classes(onto: Graph, name: str) -> None:
    assert (KGO[name], RDF.type, OWL.Class) in onto
    supers = set(onto.transitive_objects(KGO[name], RDFS.subClassOf))
    assert KGO.Actor in supers


def test_every_kgo_term_used_is_declared(onto: Graph) -> None:
    """A typo in kg.ttl (kgo:Sanctoin) would be an undeclared term."""
    declared = set(onto.subjects(RDF.type, None))
    used = {
        term
        for triple in onto
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(str(KGO))
    }
    assert used - declared == set()


def test_the_data_uses_only_declared_terms(onto: Graph) -> None:
    """Every kgo: property and class build_graph writes is declared in kg.ttl."""
    usa = Actor("USA", "美国", "Country", label_en="United States")
    prk = Actor("PRK", "朝鲜", "Country")
    kim = Actor("KIM", "金正恩", "Person", country="PRK")
    sentence = Sentence("美国对朝鲜实施制裁。", 0, 10, 0)
    event = Event(
        Mention(usa, "美国", 0, 2),
        Mention(prk, "朝鲜", 3, 5),
        "sanctions",
        "SANCTION",
        "163",
        "asserted",
        "制裁",
        7,
        sentence,
        "a.txt",
        date="2025-11-04",
        date_from="text",
        url="https://example.org/a",
        title="t",
        article_date="2025-11-05",
    )
    role = Role(
        Mention(kim, "金正恩", 0, 3), Mention(prk, "朝鲜", 3, 5), "委员长", sentence, "a.txt"
    )
    data = build_graph([event], [role], ontology=False)
    declared = set(onto.subjects(RDF.type, None))
    used = {
        term
        for s, p, o in data
        for term in (p, o if p == RDF.type else None)
        if isinstance(term, URIRef) and str(term).startswith(str(KGO))
    }
    assert used - declared == set()
    assert (None, KGO.date, Literal("2025-11-04", datatype=XSD.date)) in data
