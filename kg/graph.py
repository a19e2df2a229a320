"""Events, roles and articles as RDF: the knowledge graph that SPARQL and the exports read.

The terms come from ``ontology/kg.ttl`` (namespace ``kgo:``); the data lives under
``https://w3id.org/kg-events/id/`` (prefix ``kgid:``):

- ``kgid:actor/<key>``: one IRI per actor, built from ``Actor.key`` percent-encoded, so the
  same actor has the same IRI in every article and every run (``kgid:actor/USA``,
  ``kgid:actor/%E9%87%91%E6%AD%A3%E6%81%A9`` for 金正恩). The Chinese name is its
  ``rdfs:label``; aliases and the words seen in articles are ``skos:altLabel``.
- ``kgid:event/<hash>``: one node per reported event, the hash of its article path, sentence
  offsets, actors, predicate and status. Building twice gives the same IRIs, and an event read
  twice (or "B meets A" after "A meets B" for the symmetric types) is one node.
- ``kgid:article/<hash>``: the article, from a hash of its path as read (every event carries the
  path; the URL is optional), with its title, date, URL and file.
- ``kgid:post/<hash>``: a person's post in an organisation, per sentence it is stated in.

Every event node is typed ``kgo:Event`` and its event-type class, every actor ``kgo:Actor`` and
its actor class, so queries need no reasoner. Only an *asserted* event also gets the direct
triple ``actor kgo:<predicate> target``; for the symmetric types (CONSULT, AGREE, COOPERATE) in
both directions, because GUIDELINES.md counts "A meets B" and "B meets A" as one event. The
event node keeps the direction as extracted.

The graph includes the ontology itself, so saved queries can use the annotations of event
types (polarity, labels) on a ``graph.ttl`` alone.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS
from rdflib.term import Node

from .exceptions import OntologyError
from .fileio import atomic_write_bytes
from .model import SYMMETRIC_TYPES, Article, Event, Mention, Role
from .resources import ontology_file

__all__ = [
    "KGO",
    "KGID",
    "PREFIXES",
    "RDF_FORMATS",
    "actor_iri",
    "article_iri",
    "event_iri",
    "post_iri",
    "new_graph",
    "load_ontology",
    "build_graph",
    "date_literal",
    "events_from_graph",
    "serialize_graph",
    "write_rdf",
    "write_turtle",
]

KGO = Namespace("https://w3id.org/kg-events/ontology#")
KGID = Namespace("https://w3id.org/kg-events/id/")

#: Prefixes bound in every graph kg writes and known to every query kg runs.
PREFIXES: dict[str, Namespace] = {
    "kgo": KGO,
    "kgid": KGID,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)),
    "skos": Namespace(str(SKOS)),
    "prov": Namespace(str(PROV)),
    "dcterms": Namespace(str(DCTERMS)),
}

#: File suffix → rdflib format name, for reading and writing graphs.
RDF_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
    ".n3": "n3",
}

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_ROLE_PREDICATE = "holdsPost"


# --------------------------------------------------------------------------- IRIs


def actor_iri(key: str) -> URIRef:
    """The actor's IRI: its stable key, percent-encoded (``USA`` → ``kgid:actor/USA``)."""
    return KGID[f"actor/{quote(key, safe='')}"]


def article_iri(path: str) -> URIRef:
    """The article's IRI, from its normalised path so ``./a.txt`` and ``a.txt`` agree."""
    return KGID[f"article/{_digest(_norm_path(path), size=16)}"]


def event_iri(event: Event) -> URIRef:
    """A deterministic IRI: the same event read from the same sentence gets the same node.

    For symmetric types the two actor keys are sorted, so "B meets A" is "A meets B".
    """
    s_key, o_key = _key(event.subject), _key(event.object)
    if event.event_type in SYMMETRIC_TYPES:
        s_key, o_key = sorted((s_key, o_key))
    parts = (
        _norm_path(event.source),
        str(event.sentence.start),
        str(event.sentence.end),
        s_key,
        event.predicate,
        o_key,
        event.status,
    )
    return KGID[f"event/{_digest(*parts)}"]


def post_iri(role: Role) -> URIRef:
    """A deterministic IRI for a post as stated in one sentence of one article."""
    parts = (
        _norm_path(role.source),
        str(role.sentence.start),
        str(role.sentence.end),
        _key(role.person),
        _key(role.org),
        role.title,
    )
    return KGID[f"post/{_digest(*parts)}"]


def _digest(*parts: str, size: int = 24) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:size]


def _norm_path(path: str) -> str:
    return os.path.normpath(path).replace(os.sep, "/")


def _key(mention: Mention) -> str:
    return mention.actor.key or mention.actor.label


# --------------------------------------------------------------------------- ontology


@dataclass(frozen=True)
class _Vocabulary:
    """What build_graph needs from kg.ttl: event classes and the fine predicates."""

    path: str
    classes: dict[str, URIRef]  # PLOVER name → class
    types: dict[URIRef, str]  # class → PLOVER name
    predicates: dict[str, str]  # predicate local name → PLOVER name
    labels_zh: dict[str, str]  # predicate local name → Chinese label


def new_graph() -> Graph:
    """An empty graph with kg's prefixes bound (and only the core ones of rdflib)."""
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def load_ontology(path: str | os.PathLike | None = None) -> Graph:
    """A fresh copy of ``ontology/kg.ttl`` (or ``path``), parsed once per process."""
    graph = new_graph()
    graph += _ontology(str(path or ontology_file("kg.ttl")))
    return graph


@lru_cache(maxsize=4)
def _ontology(path: str) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except FileNotFoundError as exc:
        raise OntologyError("ontology file not found", path=path) from exc
    except Exception as exc:  # rdflib raises many types for bad Turtle
        raise OntologyError(f"not valid Turtle: {_one_line(exc)}", path=path) from exc


@lru_cache(maxsize=4)
def _vocabulary(path: str) -> _Vocabulary:
    onto = _ontology(path)
    types = {cls: str(name) for cls, name in onto.subject_objects(KGO.ploverName)}
    classes = {name: cls for cls, name in types.items()}
    predicates: dict[str, str] = {}
    labels: dict[str, str] = {}
    for prop, cls in onto.subject_objects(KGO.eventType):
        name = str(prop).removeprefix(str(KGO))
        predicates[name] = types.get(cls, "")
        labels[name] = next(
            (str(lb) for lb in onto.objects(prop, RDFS.label) if lb.language == "zh"), name
        )
    return _Vocabulary(path, classes, types, predicates, labels)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


# --------------------------------------------------------------------------- building


def build_graph(
    events: Iterable[Event],
    roles: Iterable[Role] = (),
    articles: Iterable[Article] = (),
    *,
    ontology: bool = True,
) -> Graph:
    """The RDF graph of events, posts and their articles, with the ontology included.

    ``articles`` adds metadata the events do not carry (author, tags); events alone are
    enough. Raises OntologyError for a predicate, event type or status kg.ttl does not know.

    >>> len(build_graph([], ontology=False))
    0
    """
    vocab = _vocabulary(str(ontology_file("kg.ttl")))
    graph = new_graph()
    if ontology:
        graph += _ontology(vocab.path)
    for article in articles:
        _add_article(graph, article)
    for event in events:
        _add_event(graph, event, vocab)
    for role in roles:
        _add_role(graph, role)
    return graph


def _add_event(graph: Graph, event: Event, vocab: _Vocabulary) -> None:
    cls = _check_event(event, vocab)
    node = event_iri(event)
    if (node, RDF.type, KGO.Event) in graph:
        return  # the same event from the same sentence: keep the first
    subject, obj = _add_actor(graph, event.subject), _add_actor(graph, event.object)
    article = _add_event_article(graph, event)
    predicate = KGO[event.predicate]
    verb = vocab.labels_zh[event.predicate]
    label = f"{event.subject.actor.label} {verb} {event.object.actor.label}"
    if event.status != "asserted":
        label += f" ({event.status})"
    for p, o in (
        (RDF.type, KGO.Event),
        (RDF.type, cls),
        (RDFS.label, _text(label)),
        (KGO.actor, subject),
        (KGO.target, obj),
        (KGO.actorMention, Literal(event.subject.text)),
        (KGO.targetMention, Literal(event.object.text)),
        (KGO.actorStart, Literal(event.subject.start)),
        (KGO.targetStart, Literal(event.object.start)),
        (KGO.predicate, predicate),
        (KGO.cameo, Literal(event.cameo)),
        (KGO.status, KGO[event.status]),
        (KGO.dateSource, Literal(event.date_from)),
        (KGO.trigger, Literal(event.trigger)),
        (KGO.triggerStart, Literal(event.trigger_start)),
        (KGO.confidence, _decimal(event.confidence)),
        (KGO.source, article),
        (PROV.wasDerivedFrom, article),
    ):
        graph.add((node, p, o))
    if event.date:
        graph.add((node, KGO.date, date_literal(event.date)))
    _add_sentence(graph, node, event.sentence_body or event.sentence.text, event.sentence)
    if event.status == "asserted":
        graph.add((subject, predicate, obj))
        if event.event_type in SYMMETRIC_TYPES:
            graph.add((obj, predicate, subject))


def _check_event(event: Event, vocab: _Vocabulary) -> URIRef:
    """The event-type class; an OntologyError if kg.ttl cannot describe the event."""
    what = f"event {event.subject.text} {event.predicate} {event.object.text} in {event.source}"
    cls = vocab.classes.get(event.event_type)
    if cls is None:
        raise OntologyError(f"{what}: unknown event type {event.event_type!r}", path=vocab.path)
    expected = vocab.predicates.get(event.predicate)
    if expected is None:
        raise OntologyError(
            f"{what}: unknown predicate {event.predicate!r} (add it to predicates.tsv and kg.ttl)",
            path=vocab.path,
        )
    if expected != event.event_type:
        raise OntologyError(
            f"{what}: predicate {event.predicate!r} is {expected}, not {event.event_type}",
            path=vocab.path,
        )
    if event.status not in ("asserted", "intended", "negated", "hypothetical"):
        raise OntologyError(f"{what}: unknown status {event.status!r}", path=vocab.path)
    return cls


def _add_role(graph: Graph, role: Role) -> None:
    node = post_iri(role)
    if (node, RDF.type, KGO.Post) in graph:
        return
    person, org = _add_actor(graph, role.person), _add_actor(graph, role.org)
    article = _add_article_node(graph, role.source)
    label = f"{role.org.actor.label}{role.title} {role.person.actor.label}"
    for p, o in (
        (RDF.type, KGO.Post),
        (RDFS.label, _text(label)),
        (KGO.holder, person),
        (KGO.postIn, org),
        (KGO.holderMention, Literal(role.person.text)),
        (KGO.postInMention, Literal(role.org.text)),
        (KGO.postTitle, Literal(role.title)),
        (KGO.confidence, _decimal(role.confidence)),
        (KGO.source, article),
        (PROV.wasDerivedFrom, article),
    ):
        graph.add((node, p, o))
    _add_sentence(graph, node, role.sentence_body or role.sentence.text, role.sentence)
    graph.add((person, KGO.holdsPostIn, org))


def _add_sentence(graph: Graph, node: URIRef, text: str, sentence: Any) -> None:
    graph.add((node, KGO.sentence, Literal(text)))
    graph.add((node, KGO.sentenceStart, Literal(sentence.start)))
    graph.add((node, KGO.sentenceEnd, Literal(sentence.end)))


def _add_actor(graph: Graph, mention: Mention) -> URIRef:
    """The actor node; the first label seen for a key wins, every surface form is an alias."""
    actor = mention.actor
    node = actor_iri(_key(mention))
    graph.add((node, RDF.type, KGO.Actor))
    graph.add((node, RDF.type, _actor_class(actor.type)))
    if graph.value(node, RDFS.label) is None:
        graph.add((node, RDFS.label, _text(actor.label)))
        graph.add((node, SKOS.prefLabel, _text(actor.label)))
        graph.add((node, KGO.key, Literal(_key(mention))))
        if actor.label_en:
            graph.add((node, SKOS.prefLabel, Literal(actor.label_en, lang="en")))
        if actor.country and actor.country != actor.key:
            graph.add((node, KGO.country, actor_iri(actor.country)))
    for alias in (*actor.aliases, mention.text):
        if alias and alias != actor.label:
            graph.add((node, SKOS.altLabel, _text(alias)))
    return node


def _actor_class(kind: str) -> URIRef:
    """kgo:Country for "Country"…; an unknown type stays a plain kgo:Actor."""
    return KGO[kind] if kind in _ACTOR_TYPES else KGO.Actor


_ACTOR_TYPES = frozenset(
    {"Person", "Country", "Organization", "Media", "Group", "Region", "Location"}
)


def _add_article(graph: Graph, article: Article) -> None:
    node = _add_article_node(graph, article.path)
    _add_article_meta(graph, node, article.title, article.date, article.url)
    if article.author:
        graph.add((node, DCTERMS.creator, Literal(article.author)))
    for tag in article.tags:
        graph.add((node, DCTERMS.subject, Literal(tag)))


def _add_event_article(graph: Graph, event: Event) -> URIRef:
    node = _add_article_node(graph, event.source)
    _add_article_meta(graph, node, event.title, event.article_date, event.url)
    return node


def _add_article_meta(
    graph: Graph, node: URIRef, title: str | None, date: str | None, url: str | None
) -> None:
    if title:
        _set_once(graph, node, DCTERMS.title, Literal(title))
    if date:
        _set_once(graph, node, DCTERMS.date, date_literal(date))
    if url and url.strip():
        _set_once(graph, node, DCTERMS.source, _url(url))


def _add_article_node(graph: Graph, path: str) -> URIRef:
    node = article_iri(path)
    graph.add((node, RDF.type, KGO.Article))
    _set_once(graph, node, KGO.file, Literal(path))
    return node


def _set_once(graph: Graph, node: URIRef, prop: URIRef, value: Node | None) -> None:
    """Keep the first value of a single-valued property, so builds do not depend on luck."""
    if value is not None and graph.value(node, prop) is None:
        graph.add((node, prop, value))


def date_literal(date: str) -> Literal:
    """An ISO date as a literal of its precision: xsd:gYear, xsd:gYearMonth or xsd:date.

    >>> date_literal("2025-11").n3()
    '"2025-11"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
    """
    if re.fullmatch(r"\d{4}", date):
        return Literal(date, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", date):
        return Literal(date, datatype=XSD.gYearMonth)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) and _dt.date.fromisoformat(date):
            return Literal(date, datatype=XSD.date)
    except ValueError:
        pass
    return Literal(date)  # not ISO: kept as text rather than an ill-typed literal


def _url(url: str) -> Node:
    """An IRI when the URL is a well-formed http(s) IRI, else the text (never a broken IRI)."""
    url = url.strip()
    return URIRef(url) if _SAFE_URL.match(url) else Literal(url)


def _text(text: str) -> Literal:
    """Chinese text tagged @zh; anything else (DPRK, UN) left untagged."""
    return Literal(text, lang="zh") if _CJK.search(text) else Literal(text)


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 2))), datatype=XSD.decimal)


# --------------------------------------------------------------------------- reading back


def events_from_graph(graph: Graph, *, roles: bool = True) -> list[dict[str, Any]]:
    """The records of ``Event.to_json()`` (and ``Role.to_json()``) stored in ``graph``.

    This is how events.jsonl can be regenerated from a store. Records come as ``kg build``
    writes them: events in text order (article path, sentence, trigger, mentions), then roles.
    """
    vocab = _vocabulary(str(ontology_file("kg.ttl")))
    keyed: list[tuple[tuple, dict[str, Any]]] = []
    for node in set(graph.subjects(RDF.type, KGO.Event)):
        record = _event_record(graph, node, vocab)
        offsets = tuple(_int(graph.value(node, p)) for p in _ORDER)
        keyed.append(((0, record["source"], record["sentence_start"], *offsets, str(node)), record))
    if roles:
        for node in set(graph.subjects(RDF.type, KGO.Post)):
            record = _role_record(graph, node)
            key = (1, record["source"], record["sentence_start"], 0, 0, 0, str(node))
            keyed.append((key, record))
    keyed.sort(key=lambda pair: pair[0])
    return [record for _, record in keyed]


_ORDER = (KGO.triggerStart, KGO.actorStart, KGO.targetStart)


def _event_record(graph: Graph, node: Node, vocab: _Vocabulary) -> dict[str, Any]:
    classes = graph.objects(node, RDF.type)
    event_type = next((vocab.types[c] for c in classes if c in vocab.types), "")
    article = graph.value(node, KGO.source)
    return {
        "subject": _actor_record(graph, node, KGO.actor, KGO.actorMention),
        "object": _actor_record(graph, node, KGO.target, KGO.targetMention),
        "event_type": event_type,
        "predicate": str(graph.value(node, KGO.predicate)).removeprefix(str(KGO)),
        "cameo": _str(graph.value(node, KGO.cameo)),
        "status": str(graph.value(node, KGO.status)).removeprefix(str(KGO)),
        "date": _str(graph.value(node, KGO.date)),
        "date_from": _str(graph.value(node, KGO.dateSource)) or "none",
        "trigger": _str(graph.value(node, KGO.trigger)),
        "confidence": _confidence(graph.value(node, KGO.confidence)),
        "source": _str(graph.value(article, KGO.file)),
        "url": _str(graph.value(article, DCTERMS.source)),
        "title": _str(graph.value(article, DCTERMS.title)),
        "article_date": _str(graph.value(article, DCTERMS.date)),
        "sentence": _str(graph.value(node, KGO.sentence)),
        "sentence_start": _int(graph.value(node, KGO.sentenceStart)),
        "sentence_end": _int(graph.value(node, KGO.sentenceEnd)),
    }


def _role_record(graph: Graph, node: Node) -> dict[str, Any]:
    article = graph.value(node, KGO.source)
    return {
        "subject": _actor_record(graph, node, KGO.holder, KGO.holderMention),
        "object": _actor_record(graph, node, KGO.postIn, KGO.postInMention),
        "event_type": "ROLE",
        "predicate": _ROLE_PREDICATE,
        "title": _str(graph.value(node, KGO.postTitle)),
        "status": "asserted",
        "confidence": _confidence(graph.value(node, KGO.confidence)),
        "source": _str(graph.value(article, KGO.file)),
        "sentence": _str(graph.value(node, KGO.sentence)),
        "sentence_start": _int(graph.value(node, KGO.sentenceStart)),
        "sentence_end": _int(graph.value(node, KGO.sentenceEnd)),
    }


def _actor_record(graph: Graph, owner: Node, link: URIRef, words: URIRef) -> dict[str, Any]:
    """The actor linked from ``owner`` by ``link``, in the shape of model._actor_json."""
    node = graph.value(owner, link)
    mention = graph.value(owner, words)
    kinds = sorted(
        str(c).removeprefix(str(KGO))
        for c in graph.objects(node, RDF.type)
        if c != KGO.Actor and str(c).startswith(str(KGO))
    )
    country = graph.value(node, KGO.country)
    return {
        "label": _str(graph.value(node, RDFS.label)),
        "mention": _str(mention),
        "type": kinds[0] if kinds else "Actor",
        "key": _str(graph.value(node, KGO.key)) or _iri_key(node),
        "country": _iri_key(country) if country is not None else None,
    }


def _iri_key(node: Node | None) -> str | None:
    if node is None:
        return None
    return unquote(str(node).rsplit("/", 1)[-1])


def _str(value: Node | None) -> str | None:
    return None if value is None else str(value)


def _int(value: Node | None) -> int:
    return int(value) if value is not None else 0


def _confidence(value: Node | None) -> float:
    return round(float(value), 2) if value is not None else 0.0


# --------------------------------------------------------------------------- writing


def serialize_graph(graph: Graph, fmt: str = "turtle") -> bytes:
    """The graph as bytes in an rdflib format name (turtle, nt, trig, json-ld, xml)."""
    if fmt in ("trig", "nquads"):
        from rdflib import Dataset  # a quad format needs a dataset; the graph is its default

        dataset = Dataset()
        for prefix, namespace in graph.namespaces():
            dataset.bind(prefix, namespace, override=True)
        dataset.default_graph += graph
        return dataset.serialize(format=fmt, encoding="utf-8")
    return graph.serialize(format=fmt, encoding="utf-8")


def write_rdf(graph: Graph, path: str | os.PathLike, fmt: str | None = None) -> None:
    """Write ``graph`` atomically, in ``fmt`` or the format its suffix names (.ttl, .nt…)."""
    fmt = fmt or RDF_FORMATS.get(Path(path).suffix.lower(), "turtle")
    atomic_write_bytes(path, serialize_graph(graph, fmt))


def write_turtle(graph: Graph, path: str | os.PathLike) -> None:
    """Write ``graph`` as Turtle (UTF-8) through a temporary file, then rename."""
    write_rdf(graph, path, "turtle")
