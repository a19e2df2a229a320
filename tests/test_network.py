"""kg.network: events → networkx multigraph (per event and aggregated)."""

from __future__ import annotations

import doctest

import network_sample as sample
import pytest

import kg.network
from kg.exceptions import OntologyError
from kg.network import (
    EVENT_FIELDS,
    date_bounds,
    event_id,
    merged_events,
    network_of,
    polarity,
    to_networkx,
)


def _values(graph):
    for _, data in graph.nodes(data=True):
        yield from data.values()
    for _, _, data in graph.edges(data=True):
        yield from data.values()


def test_one_node_per_actor_one_edge_per_event():
    graph = to_networkx(sample.sample_events(), sample.sample_roles())
    assert graph.is_directed() and graph.is_multigraph()
    assert graph.number_of_nodes() == 9
    assert graph.number_of_edges() == 7
    assert graph.nodes["USA_TREASURY"] == {
        "label": "美国财政部",
        "type": "Organization",
        "country": "USA",
        "n_events": 3,
    }
    assert graph.nodes["PRK"]["n_events"] == 4


def test_event_edges_carry_every_field_and_no_none():
    graph = to_networkx(sample.sample_events())
    for _, _, key, data in graph.edges(keys=True, data=True):
        assert set(EVENT_FIELDS) <= set(data), key
        assert data["weight"] == 1
        assert key.startswith("ev-")
    assert None not in list(_values(graph))


def test_edge_attributes_of_a_sanction():
    graph = to_networkx(sample.sample_events())
    first = next(d for _, _, d in graph.edges(data=True) if d["date"] == "2025-03-04")
    assert first["predicate"] == "sanctions"
    assert first["label"] == "制裁"
    assert first["polarity"] == "conflict"
    assert first["cameo"] == "163"
    assert first["sentence"] == "美国财政部4日宣布制裁朝鲜。"
    assert first["url"] == "https://example.com/a?x=1&y=2"
    assert first["confidence"] == 0.9


def test_same_pair_twice_gives_two_edges_with_distinct_keys():
    graph = to_networkx(sample.sample_events())
    keys = list(graph["USA_TREASURY"]["PRK"])
    assert len(keys) == 2 and len(set(keys)) == 2


def test_aggregate_bundles_events_per_pair_predicate_and_status():
    graph = to_networkx(sample.sample_events(), sample.sample_roles(), aggregate=True)
    assert graph.number_of_edges() == 6
    ((key, data),) = graph["USA_TREASURY"]["PRK"].items()
    assert key.startswith("agg-")
    assert data["weight"] == 2
    assert (data["first_date"], data["last_date"]) == ("2025-03-04", "2025-05")
    assert data["sentences"] == ["美国财政部4日宣布制裁朝鲜。", "美国财政部5月再次制裁朝鲜。"]
    assert data["sources"] == ["seeds/a.html", "seeds/b.md"]
    assert [e["date"] for e in data["events"]] == ["2025-03-04", "2025-05"]
    assert all(e["id"].startswith("ev-") for e in data["events"])
    undated = graph["CHN"]["USA"]
    assert [d["first_date"] for d in undated.values()] == [""]


def test_dicts_in_json_shape_give_the_same_graph_as_records():
    events, roles = sample.sample_events(), sample.sample_roles()
    from_records = to_networkx(events, roles)
    from_dicts = to_networkx([e.to_json() for e in events], [r.to_json() for r in roles])
    assert dict(from_records.nodes(data=True)) == dict(from_dicts.nodes(data=True))
    assert list(from_records.edges(keys=True, data=True)) == list(
        from_dicts.edges(keys=True, data=True)
    )


def test_event_id_is_stable_and_distinct():
    events = sample.sample_events()
    ids = [event_id(e) for e in events]
    assert len(set(ids)) == len(ids)
    assert ids == [event_id(e.to_json()) for e in events]
    assert event_id({"id": "kg:event/1"}) == "kg:event/1"


def test_event_ids_name_the_rdf_event_nodes():
    graph_module = pytest.importorskip("kg.graph")
    for event in sample.sample_events():
        assert event_id(event) == "ev-" + str(graph_module.event_iri(event)).rsplit("/", 1)[1]
    role = sample.sample_roles()[0]
    assert event_id(role) == "post-" + str(graph_module.post_iri(role)).rsplit("/", 1)[1]


def test_symmetric_events_get_one_id_whatever_the_direction():
    meeting = sample.sample_events()[2].to_json()
    assert meeting["event_type"] == "CONSULT"
    swapped = dict(meeting, subject=meeting["object"], object=meeting["subject"])
    assert event_id(meeting) == event_id(swapped)


def test_the_same_event_twice_is_one_edge():
    events = sample.sample_events()
    graph = to_networkx(events + events[:1])
    assert graph.number_of_edges() == len(events)
    assert graph.nodes["USA_TREASURY"]["n_events"] == 3


def test_roles_are_edges_but_not_events():
    graph = to_networkx([], sample.sample_roles())
    ((_, _, data),) = graph.edges(data=True)
    assert (data["predicate"], data["event_type"], data["label"]) == (
        "holdsPost",
        "ROLE",
        "国防部长",
    )
    assert data["title"] == ""
    assert graph.nodes["皮特·赫格塞思"]["n_events"] == 0


def _drawn(graph):
    return (
        list(graph.nodes(data=True)),
        list(graph.edges(keys=True, data=True)),
        graph.graph,
    )


@pytest.mark.parametrize("aggregate", [False, True])
def test_one_set_of_merged_events_draws_both_networks(aggregate):
    """A build makes the merged events once for the page and the Gephi files: drawing them
    leaves them as they were, so each network is the one to_networkx gives."""
    events, roles = sample.sample_events(), sample.sample_roles()
    merged = merged_events(events, roles)
    for wanted in (not aggregate, aggregate):  # the other network first, then this one
        drawn = network_of(merged, aggregate=wanted)
        assert _drawn(drawn) == _drawn(to_networkx(events, roles, aggregate=wanted))


def test_rejects_other_inputs():
    with pytest.raises(TypeError):
        to_networkx(["not an event"])


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-03-04", ("2025-03-04", "2025-03-04")),
        ("2025-05", ("2025-05-01", "2025-05-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2025", ("2025-01-01", "2025-12-31")),
        ("2025-02-30", None),
        ("2025-13", None),
        ("昨天", None),
        ("", None),
        (None, None),
    ],
)
def test_date_bounds(value, expected):
    assert date_bounds(value) == expected


@pytest.mark.parametrize(
    "event_type, expected",
    [
        ("CONSULT", "cooperation"),
        ("REQUEST", "neutral"),
        ("ASSAULT", "conflict"),
        ("NO_SUCH_TYPE", "neutral"),
    ],
)
def test_polarity_from_the_ontology(event_type, expected):
    assert polarity(event_type) == expected


def test_polarity_follows_kg_ontology(tmp_path, monkeypatch):
    (tmp_path / "event_types.tsv").write_text(
        "SANCTION\tSANCTION\t16\tcooperation\tno\t制裁\t\n", encoding="utf-8"
    )
    (tmp_path / "predicates.tsv").write_text(
        "sanctions\tSANCTION\t163\tsanctions\t处罚\n", encoding="utf-8"
    )
    monkeypatch.setenv("KG_ONTOLOGY", str(tmp_path))
    graph = to_networkx(sample.sample_events()[:1])
    ((_, _, data),) = graph.edges(data=True)
    assert (data["polarity"], data["label"]) == ("cooperation", "处罚")


def test_malformed_ontology_is_an_ontology_error(tmp_path, monkeypatch):
    (tmp_path / "event_types.tsv").write_text("SANCTION\tSANCTION\t16\thostile\n", encoding="utf-8")
    (tmp_path / "predicates.tsv").write_text("sanctions\tSANCTION\n", encoding="utf-8")
    monkeypatch.setenv("KG_ONTOLOGY", str(tmp_path))
    with pytest.raises(OntologyError, match="unknown polarity 'hostile'"):
        to_networkx(sample.sample_events())


def test_doctests():
    assert doctest.testmod(kg.network).failed == 0
