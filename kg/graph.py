"""Events, roles and articles as RDF: the knowledge graph that SPARQL and the exports read.

The terms come from ``ontology/kg.ttl`` (namespace ``kgo:``); the data lives under
``https://w3id.org/kg-events/id/`` (prefix ``kgid:``):

- ``kgid:actor/<key>``: one IRI per actor, built from ``Actor.key`` percent-encoded, so the
  same actor has the same IRI in every article and every run (``kgid:actor/USA``,
  ``kgid:actor/%E9%87%91%E6%AD%A3%E6%81%A9`` for 金正恩). The Chinese name is its
  ``rdfs:label``; aliases and the words seen in articles are ``skos:altLabel``.
- ``kgid:event/<hash>``: one node per event *that happened*: the same actors, event type,
  status and date, whichever sentences and articles report it (see ``kg/ids.py``). An event
  without a date stays the event of its sentence. Besides its typed ``kgo:date`` it has
  ``kgo:dateText``, the date as a plain string ("" when undated): one triple per event that
  only events have, so a timeline is sorted and paged from one triple pattern (reports carry
  ``kgo:date`` too; plain strings sort alike in every engine and mix precisions).
- ``kgid:report/<hash>``: one node per sentence that reports an event (``kgo:Report``), with
  the fine predicate, trigger, mentions, sentence, offsets, confidence and article; the event
  links to each with ``kgo:report``. Building twice gives the same IRIs, and an event read
  twice from one sentence (or "B meets A" after "A meets B" for the symmetric types) is one
  report.
- ``kgid:article/<hash>``: the article, from a hash of its path as read (every event carries the
  path; the URL is optional), with its title, date, URL and file.
- ``kgid:post/<hash>``: a person's post in an organisation, per sentence it is stated in.
- ``kgid:edge/<hash>``: an actor, fine predicate and target of asserted sanctions
  (``kgo:edgeActor``, ``kgo:edgePredicate``, ``kgo:edgeTarget``), linked from each such event
  (``kgo:sanctionEdge``), so who-sanctions-whom counts events per edge node.
- ``kgid:role/<hash>``: a role, one per person, title and organisation (``kgo:roleHolder``,
  ``kgo:roleTitle``, ``kgo:roleIn``), linked from each post that states it (``kgo:role``), so
  the roles listing counts posts per role node.
- ``kgid:pair/<hash>``: a pair of actor names (``kgo:firstName``, ``kgo:secondName``, in
  code-point order), linked from each asserted conflict event between actors of those names
  (``kgo:conflictPairForward`` when the actor has the first name, else
  ``kgo:conflictPairBackward``), so the conflict-pairs ranking counts events per pair node.

The event node holds only what every report of it agrees on (type, actors, status, date) plus
the union of their predicates and sources, so the triples an article contributes are the same
whichever other articles report the event: a store can keep one named graph per article and
the merge of them all is the graph (``kg/store.py``).

Every event node is typed ``kgo:Event`` and its event-type class, every actor ``kgo:Actor`` and
its actor class, so queries need no reasoner. Only an *asserted* event also gets the direct
triple ``actor kgo:<predicate> target``; for the symmetric types (CONSULT, AGREE, COOPERATE) in
both directions, because GUIDELINES.md counts "A meets B" and "B meets A" as one event. An
asserted event also names its class with ``kgo:assertedType``, so "the sanctions that happened"
is one index scan (``?e kgo:assertedType kgo:Sanction``), not a join of its type and status. The
event node of a symmetric type lists its actors in key order; each report keeps the direction
as extracted (``kgo:reportedActor``, ``kgo:reportedTarget``).

The graph includes the ontology itself, so saved queries can use the annotations of event
types (polarity, labels) on a ``graph.ttl`` alone.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from .exceptions import OntologyError
from .fileio import atomic_write_bytes
from .ids import digest, event_digest, norm_path, post_digest, report_digest
from .model import SYMMETRIC_TYPES, Actor, Article, Event, Mention, Role, actor_record
from .regex_cache import compile_pattern
from .resources import ontology_file

if TYPE_CHECKING:  # rdflib is imported where its terms are made: a build writes text
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.term import Node

__all__ = [
    "KGO",
    "KGID",
    "PREFIXES",
    "PREFIX_IRIS",
    "RDF_FORMATS",
    "actor_iri",
    "article_iri",
    "event_iri",
    "report_iri",
    "post_iri",
    "content_hash_triple",
    "ontology_ntriples",
    "new_graph",
    "load_ontology",
    "build_graph",
    "article_ntriples",
    "date_literal",
    "events_from_graph",
    "as_store",
    "serialize_graph",
    "write_rdf",
    "write_turtle",
]

_KGO = "https://w3id.org/kg-events/ontology#"
_KGID = "https://w3id.org/kg-events/id/"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD = "http://www.w3.org/2001/XMLSchema#"

#: Prefixes bound in every graph kg writes and known to every query kg runs, as IRIs.
PREFIX_IRIS: dict[str, str] = {
    "kgo": _KGO,
    "kgid": _KGID,
    "rdf": _RDF,
    "rdfs": _RDFS,
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": _XSD,
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
}

KGO: Namespace  # kgo: as an rdflib namespace (kgo:Event is KGO.Event)
KGID: Namespace
#: PREFIX_IRIS as rdflib namespaces.
PREFIXES: dict[str, Namespace]


def __getattr__(name: str) -> Any:
    """``KGO``, ``KGID`` and ``PREFIXES`` are rdflib namespaces, made on first use: a build
    writes N-Triples text and reads a pyoxigraph store, and importing rdflib for nothing
    cost it 0.03-0.06 s."""
    if name not in ("KGO", "KGID", "PREFIXES"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rdflib import Namespace

    prefixes = {prefix: Namespace(iri) for prefix, iri in PREFIX_IRIS.items()}
    globals().update(KGO=prefixes["kgo"], KGID=prefixes["kgid"], PREFIXES=prefixes)
    return globals()[name]


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

_CJK = compile_pattern(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]", wide=True)
_SAFE_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_ROLE_PREDICATE = "holdsPost"


# --------------------------------------------------------------------------- IRIs


def actor_iri(key: str) -> URIRef:
    """The actor's IRI: its stable key, percent-encoded (``USA`` → ``kgid:actor/USA``)."""
    return _uri(_actor_ref(key))


def article_iri(path: str) -> URIRef:
    """The article's IRI, from its normalised path so ``./a.txt`` and ``a.txt`` agree."""
    return _uri(article_ref(path))


@lru_cache(maxsize=4096)
def article_ref(path: str) -> str:
    """:func:`article_iri` as a plain string (the name of the article's graph in a store).

    Cached: an article's events, reports, roles and content hash all name it."""
    return f"{_KGID}article/{digest([norm_path(path)], size=16)}"


@lru_cache(maxsize=8192)
def _actor_ref(key: str) -> str:
    """Cached (within a run): ``quote`` is pure Python, and an actor is named again and
    again."""
    return f"{_KGID}actor/{quote(key, safe='')}"


def _uri(iri: str) -> URIRef:
    from rdflib import URIRef

    return URIRef(iri)


def event_iri(event: Event | dict) -> URIRef:
    """The IRI of the event a record reports: the same actors, type, status and date are the
    same event in every article and every run (undated: the event of its sentence).

    For symmetric types the two actor keys are sorted, so "B meets A" is "A meets B".
    """
    return _uri(f"{_KGID}event/{event_digest(_json(event))}")


def report_iri(event: Event | dict) -> URIRef:
    """The IRI of one sentence's report of an event (article, sentence, actors, predicate,
    status): the same report read twice is one node."""
    return _uri(f"{_KGID}report/{report_digest(_json(event))}")


def post_iri(role: Role | dict) -> URIRef:
    """A deterministic IRI for a post as stated in one sentence of one article."""
    return _uri(f"{_KGID}post/{post_digest(_json(role))}")


def content_hash_triple(path: str, digest: str) -> tuple[URIRef, URIRef, Literal]:
    """``article kgo:contentHash "sha256:…"``: what an incremental build compares."""
    from rdflib import Literal

    return (article_iri(path), _uri(f"{_KGO}contentHash"), Literal(digest))


def content_hash_ntriple(path: str, digest: str) -> tuple[str, str, str]:
    """:func:`content_hash_triple` as N-Triples terms, for :func:`article_ntriples`."""
    return (_iri(article_ref(path)), _kgo("contentHash"), _plain(digest))


def ontology_ntriples() -> bytes:
    """The ontology (kg.ttl) as N-Triples, for the store's ontology graph."""
    import pyoxigraph as ox

    quads = _ontology_quads(str(ontology_file("kg.ttl")))
    return ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES)


def _json(record: Event | Role | dict) -> dict:
    return record if isinstance(record, dict) else record.to_json()


def _key(mention: Mention) -> str:
    return mention.actor.key or mention.actor.label


# --------------------------------------------------------------------------- ontology


@dataclass(frozen=True)
class _Vocabulary:
    """What build_graph needs from kg.ttl: event classes and the fine predicates."""

    path: str
    classes: dict[str, str]  # PLOVER name → class IRI
    types: dict[str, str]  # class IRI → PLOVER name
    predicates: dict[str, str]  # predicate local name → PLOVER name
    labels_zh: dict[str, str]  # predicate local name → Chinese label
    type_labels_zh: dict[str, str]  # PLOVER name → Chinese label of its class (制裁)
    conflict: frozenset[str]  # the event classes of polarity kgo:conflict, as N-Triples terms


def new_graph() -> Graph:
    """An empty graph with kg's prefixes bound (and only the core ones of rdflib)."""
    from rdflib import Graph, Namespace

    graph = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIX_IRIS.items():
        graph.bind(prefix, Namespace(namespace), override=True)
    return graph


def load_ontology(path: str | os.PathLike | None = None) -> Graph:
    """A fresh copy of ``ontology/kg.ttl`` (or ``path``), parsed once per process."""
    graph = new_graph()
    graph += _ontology(str(path or ontology_file("kg.ttl")))
    return graph


@lru_cache(maxsize=4)
def _ontology(path: str) -> Graph:
    from rdflib import Graph

    try:
        return Graph().parse(path, format="turtle")
    except FileNotFoundError as exc:
        raise OntologyError("ontology file not found", path=path) from exc
    except Exception as exc:  # rdflib raises many types for bad Turtle
        raise OntologyError(f"not valid Turtle: {_one_line(exc)}", path=path) from exc


@lru_cache(maxsize=4)
def _ontology_quads(path: str) -> list[Any]:
    """The ontology's triples, read by Oxigraph (0.002 s; rdflib takes 0.02 s and its
    import 0.03 s more). A file Oxigraph refuses is read by rdflib, which words the error
    as kg always has (or reads what Oxigraph would not)."""
    import pyoxigraph as ox

    try:
        return list(ox.parse(path=path, format=ox.RdfFormat.TURTLE))
    except (SyntaxError, ValueError, OSError):
        data = _ontology(path).serialize(format="nt", encoding="utf-8")
        return list(ox.parse(data, ox.RdfFormat.N_TRIPLES))


@lru_cache(maxsize=4)
def _vocabulary(path: str) -> _Vocabulary:
    import pyoxigraph as ox

    plover, event_type, label = f"{_KGO}ploverName", f"{_KGO}eventType", f"{_RDFS}label"
    polarity, conflict = f"{_KGO}polarity", f"{_KGO}conflict"
    types: dict[str, str] = {}
    conflicts: set[str] = set()
    properties: list[tuple[str, str]] = []
    zh: dict[str, str] = {}  # subject → its Chinese label (kg.ttl gives each at most one)
    for quad in _ontology_quads(path):
        predicate, obj = quad.predicate.value, quad.object
        if predicate == plover:
            types[quad.subject.value] = obj.value
        elif predicate == event_type:
            properties.append((quad.subject.value, obj.value))
        elif predicate == polarity and obj.value == conflict:
            conflicts.add(_iri(quad.subject.value))
        elif predicate == label and isinstance(obj, ox.Literal) and obj.language == "zh":
            zh.setdefault(quad.subject.value, obj.value)
    classes = {name: cls for cls, name in types.items()}
    predicates: dict[str, str] = {}
    labels: dict[str, str] = {}
    for prop, cls in properties:
        name = prop.removeprefix(_KGO)
        predicates[name] = types.get(cls, "")
        labels[name] = zh.get(prop, name)
    type_labels = {name: zh.get(cls, name) for name, cls in classes.items()}
    return _Vocabulary(path, classes, types, predicates, labels, type_labels, frozenset(conflicts))


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
    data = article_ntriples(events, roles, articles)
    graph = new_graph()
    if ontology:
        graph += _ontology(str(ontology_file("kg.ttl")))
    if data:
        graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def article_ntriples(
    events: Iterable[Event],
    roles: Iterable[Role] = (),
    articles: Iterable[Article] = (),
    extra: Iterable[tuple[Node, Node, Node]] = (),
) -> bytes:
    """The triples of events, posts and articles (and ``extra``) as N-Triples, in the order
    first added: what a build stores as an article's named graph, and what build_graph
    parses. Terms are written as N-Triples text directly: making an rdflib term per value
    and serialising it cost more than extracting the article."""
    triples = _collect(events, roles, articles, _vocabulary(str(ontology_file("kg.ttl"))))
    for triple in extra:
        triples.add(tuple(_term(node) for node in triple))  # type: ignore[arg-type]
    # each triple "s p o .\n", joined in C (a format per triple was a tenth of this function)
    text = " .\n".join(map(" ".join, triples))
    return (text + " .\n").encode("utf-8") if text else b""


# Terms as N-Triples text ("<iri>", "\"text\"@zh", "\"5\"^^<…#integer>"), spelled exactly as
# rdflib's N-Triples serialiser spells the same terms.
_Term = str


class _Triples:
    """The triples of a graph being built, in the order first added, and the two questions
    the builders ask: whether a triple is there, and whether a node has a property yet (only
    asked of the properties in _ASKED, so only theirs are kept: a pair kept for each of the
    50,000 triples of a corpus was a tenth of turning its events into triples)."""

    def __init__(self) -> None:
        self._triples: dict[tuple[_Term, _Term, _Term], None] = {}
        self._valued: set[tuple[_Term, _Term]] = set()
        self.names: dict[_Term, str] = {}  # actor node → its name (label) in this graph

    def add(self, triple: tuple[_Term, _Term, _Term]) -> None:
        self._triples[triple] = None
        if triple[1] in _ASKED:
            self._valued.add((triple[0], triple[1]))

    def add_all(self, node: _Term, pairs: Iterable[tuple[_Term, _Term]]) -> None:
        """``add((node, p, o))`` for each (p, o) of ``pairs``, in order."""
        self.extend([(node, prop, value) for prop, value in pairs])

    def extend(self, triples: Iterable[tuple[_Term, _Term, _Term]]) -> None:
        """``add`` each of ``triples``, in order."""
        known = self._triples
        for triple in triples:
            known[triple] = None
            if triple[1] in _ASKED:
                self._valued.add((triple[0], triple[1]))

    def __contains__(self, triple: tuple[_Term, _Term, _Term]) -> bool:
        return triple in self._triples

    def __iter__(self) -> Iterator[tuple[_Term, _Term, _Term]]:
        return iter(self._triples)

    def has_value(self, node: _Term, prop: _Term) -> bool:
        if prop not in _ASKED:
            raise ValueError(f"has_value is not kept for {prop}: add it to _ASKED")
        return (node, prop) in self._valued


def _iri(value: str) -> _Term:
    return f"<{value}>"


def _kgo(name: str) -> _Term:
    return f"<{_KGO}{name}>"


_SANCTION = _kgo("Sanction")


class _KgoTerms:
    """The kgo: terms the builders write a node with, each made once on first use and kept as
    an attribute (a _kgo call for each of them was a twentieth of turning a corpus's events
    into triples): ``_K.actor`` is ``_kgo("actor")``."""

    def __getattr__(self, name: str) -> _Term:
        term = _kgo(name)
        setattr(self, name, term)
        return term


_K: Any = _KgoTerms()


def _kgid(path: str) -> _Term:
    return f"<{_KGID}{path}>"


def _quoted(text: str) -> str:
    if "\\" in text or "\n" in text or '"' in text or "\r" in text:  # (seldom)
        text = text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')
        text = text.replace("\r", "\\r")
    return f'"{text}"'


def _plain(value: Any) -> _Term:
    """A plain string literal (what ``Literal(value)`` is for a str)."""
    return _quoted(value if type(value) is str else str(value))


def _integer(value: int) -> _Term:
    return f'"{int(value)}"^^<{_XSD}integer>'


def _term(node: Any) -> _Term:
    """N-Triples text as it is (a plain ``str``, e.g. from content_hash_ntriple), or an
    rdflib term as N-Triples text (for the ``extra`` triples callers pass)."""
    if type(node) is str:
        return node
    if hasattr(node, "datatype"):  # an rdflib Literal
        text = _quoted(str(node))
        if node.language:
            return f"{text}@{node.language}"
        return f"{text}^^<{node.datatype}>" if node.datatype else text
    return node.n3()


_TYPE = _iri(f"{_RDF}type")
_LABEL = _iri(f"{_RDFS}label")
_SKOS, _DCTERMS = PREFIX_IRIS["skos"], PREFIX_IRIS["dcterms"]
_PREF_LABEL, _ALT_LABEL = _iri(f"{_SKOS}prefLabel"), _iri(f"{_SKOS}altLabel")
_NAME = _kgo("name")
_DERIVED = _iri(f"{PREFIX_IRIS['prov']}wasDerivedFrom")
_TITLE, _DATE, _LINK = (_iri(f"{_DCTERMS}{name}") for name in ("title", "date", "source"))
_CREATOR, _SUBJECT = _iri(f"{_DCTERMS}creator"), _iri(f"{_DCTERMS}subject")
#: the properties _Triples.has_value is asked about (single-valued ones: _set_once)
_ASKED = frozenset({_LABEL, _TITLE, _DATE, _LINK, _K.file, _K.country})


def _collect(
    events: Iterable[Event], roles: Iterable[Role], articles: Iterable[Article], vocab: _Vocabulary
) -> _Triples:
    graph = _Triples()
    for article in articles:
        _add_article(graph, article)
    for event in events:
        _add_event(graph, event, vocab)
    for role in roles:
        _add_role(graph, role)
    return graph


def _add_event(graph: _Triples, event: Event, vocab: _Vocabulary) -> None:
    """The event node (what every report of it agrees on) and this sentence's report."""
    cls = _iri(_check_event(event, vocab))
    record = event.to_json()
    report = _kgid(f"report/{report_digest(record)}")
    if (report, _TYPE, _K.Report) in graph:
        return  # the same report from the same sentence: keep the first
    subject, obj = _add_actor(graph, event.subject), _add_actor(graph, event.object)
    article = _add_event_article(graph, event)
    node = _kgid(f"event/{event_digest(record)}")
    first, second = (subject, obj), (event.subject, event.object)
    if event.event_type in SYMMETRIC_TYPES and _key(event.object) < _key(event.subject):
        first, second = (obj, subject), (event.object, event.subject)
    label = f"{second[0].actor.label} {vocab.type_labels_zh[event.event_type]} "
    label += second[1].actor.label
    if event.status != "asserted":
        label += f" ({event.status})"
    predicate = _kgo(event.predicate)
    graph.add_all(
        node,
        (
            (_TYPE, _K.Event),
            (_TYPE, cls),
            (_LABEL, _text(label)),
            (_K.actor, first[0]),
            (_K.target, first[1]),
            (_K.status, _kgo(event.status)),
            (_K.predicate, predicate),
            (_K.cameo, _plain(event.cameo)),
            (_K.source, article),
            (_DERIVED, article),
            (_K.report, report),
        ),
    )
    if event.date:
        graph.add((node, _K.date, _date(event.date)))
    graph.add((node, _K.dateText, _plain(event.date or "")))  # what a timeline sorts by
    graph.add_all(
        report,
        (
            (_TYPE, _K.Report),
            (_K.reportedActor, subject),
            (_K.reportedTarget, obj),
            (_K.actorMention, _plain(event.subject.written or event.subject.text)),
            (_K.targetMention, _plain(event.object.written or event.object.text)),
            *_written_labels(event.subject, event.object, _K.actorLabel, _K.targetLabel),
            (_K.actorStart, _integer(event.subject.start)),
            (_K.targetStart, _integer(event.object.start)),
            (_K.predicate, predicate),
            (_K.cameo, _plain(event.cameo)),
            (_K.dateSource, _plain(event.date_from)),
            (_K.trigger, _plain(event.trigger)),
            (_K.triggerStart, _integer(event.trigger_start)),
            (_K.confidence, _decimal(event.confidence)),
            (_K.source, article),
            (_DERIVED, article),
        ),
    )
    if event.date:
        graph.add((report, _K.date, _date(event.date)))
    _add_sentence(graph, report, event.sentence_body or event.sentence.text, event.sentence)
    if event.status == "asserted":
        graph.add((node, _K.assertedType, cls))
        if cls in vocab.conflict:
            _add_conflict_pair(graph, node, *first)
        if cls == _SANCTION:
            _add_sanction_edge(graph, node, first[0], predicate, first[1])
        graph.add((subject, predicate, obj))
        if event.event_type in SYMMETRIC_TYPES:
            graph.add((obj, predicate, subject))


def _add_sanction_edge(
    graph: _Triples, event: _Term, actor: _Term, predicate: _Term, target: _Term
) -> None:
    """The edge of an asserted sanction: one node per actor, fine predicate and target
    (kgo:edgeActor, kgo:edgePredicate, kgo:edgeTarget), linked from each such event with that
    predicate (kgo:sanctionEdge). Who-sanctions-whom counts events per edge node (one index
    scan) instead of looking up the actor, target and predicate of every sanction."""
    edge = _kgid(f"edge/{digest(('edge', actor, predicate, target))}")
    graph.add((event, _K.sanctionEdge, edge))
    graph.add((edge, _K.edgeActor, actor))
    graph.add((edge, _K.edgePredicate, predicate))
    graph.add((edge, _K.edgeTarget, target))


def _add_conflict_pair(graph: _Triples, event: _Term, actor: _Term, target: _Term) -> None:
    """The pair of names of an asserted conflict event: the names (labels) of its actor and
    target in code-point order (how SPARQL orders strings), one node per pair of names
    whichever way the event goes; kgo:conflictPairForward when the actor has the first name
    (or both have the same), else kgo:conflictPairBackward. The conflict-pairs ranking counts
    events per pair node (one index scan) instead of naming every event's actors and
    grouping and sorting thousands of pairs by their names."""
    names = graph.names[actor], graph.names[target]
    first, second = sorted(names)
    pair = _kgid(f"pair/{digest(('pair', first, second))}")
    forward = names[0] <= names[1]
    graph.add((event, _K.conflictPairForward if forward else _K.conflictPairBackward, pair))
    graph.add((pair, _K.firstName, _plain(first)))
    graph.add((pair, _K.secondName, _plain(second)))


def _check_event(event: Event, vocab: _Vocabulary) -> str:
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


def _add_role(graph: _Triples, role: Role) -> None:
    node = _kgid(f"post/{post_digest(role.to_json())}")
    if (node, _TYPE, _K.Post) in graph:
        return
    person, org = _add_actor(graph, role.person), _add_actor(graph, role.org)
    article = _add_article_node(graph, role.source)
    label = f"{role.org.actor.label}{role.title} {role.person.actor.label}"
    graph.add_all(
        node,
        (
            (_TYPE, _K.Post),
            (_LABEL, _text(label)),
            (_K.holder, person),
            (_K.postIn, org),
            (_K.holderMention, _plain(role.person.written or role.person.text)),
            (_K.postInMention, _plain(role.org.written or role.org.text)),
            *_written_labels(role.person, role.org, _K.holderLabel, _K.postInLabel),
            (_K.postTitle, _plain(role.title)),
            *([(_K.postTitleWritten, _plain(role.written_title))] if role.written_title else []),
            (_K.confidence, _decimal(role.confidence)),
            (_K.source, article),
            (_DERIVED, article),
        ),
    )
    _add_sentence(graph, node, role.sentence_body or role.sentence.text, role.sentence)
    graph.add((person, _K.holdsPostIn, org))
    _add_post_role(graph, node, person, role.title, org)


def _add_post_role(graph: _Triples, post: _Term, person: _Term, title: str, org: _Term) -> None:
    """The role a post states: one node per person, title and organisation, whichever
    sentences and articles state it (kgo:role; kgo:roleHolder, kgo:roleTitle, kgo:roleIn).
    The roles listing counts posts per role node (one index scan) instead of joining the
    holder, title and organisation of every post."""
    node = _kgid(f"role/{digest(('role', person, title, org))}")
    graph.add((post, _K.role, node))
    graph.add((node, _K.roleHolder, person))
    graph.add((node, _K.roleTitle, _plain(title)))
    graph.add((node, _K.roleIn, org))


def _add_sentence(graph: _Triples, node: _Term, text: str, sentence: Any) -> None:
    graph.add_all(
        node,
        (
            (_K.sentence, _plain(text)),
            (_K.sentenceStart, _integer(sentence.start)),
            (_K.sentenceEnd, _integer(sentence.end)),
        ),
    )


def _add_actor(graph: _Triples, mention: Mention) -> _Term:
    """The actor node; the first label seen for a key wins, every surface form is an alias."""
    actor = mention.actor
    key = _key(mention)
    node = _iri(_actor_ref(key))
    graph.add_all(node, ((_TYPE, _K.Actor), (_TYPE, _actor_class(actor.type))))
    if not graph.has_value(node, _LABEL):
        graph.names[node] = actor.label
        label = _text(actor.label)
        graph.add_all(node, ((_LABEL, label), (_PREF_LABEL, label), (_K.key, _plain(key))))
        if actor.label_en:
            graph.add((node, _PREF_LABEL, _quoted(actor.label_en) + "@en"))
        if actor.country and actor.country != actor.key:
            graph.add((node, _K.country, _iri(_actor_ref(actor.country))))
    elif not actor.known and actor.country and not graph.has_value(node, _K.country):
        # a person kg does not know, met first in an article that gave no post (a later
        # one names it with its country's post): the first country any article gives
        graph.add((node, _K.country, _iri(_actor_ref(actor.country))))
    graph.extend(_name_triples(node, actor, mention.text))
    return node


@lru_cache(maxsize=4096)
def _name_triples(node: _Term, actor: Actor, surface: str) -> tuple[tuple[_Term, ...], ...]:
    """The alternative labels and names of an actor named by ``surface``, in the order they
    are added: every alias as an alternative label, and every name as a plain string, so
    `?x kgo:name "金正恩"` is an index lookup.

    Cached (within a run): a country named in hundreds of events has dozens of aliases, and
    quoting and tagging each of them again for every event took a third of turning a
    corpus's events into triples."""
    labels = [
        (node, _ALT_LABEL, _text(alias))
        for alias in (*actor.aliases, surface)
        if alias and alias != actor.label
    ]
    names = [
        (node, _NAME, _plain(name))
        for name in (actor.label, actor.label_en, *actor.aliases, surface)
        if name
    ]
    return (*labels, *names)


def _actor_class(kind: str) -> _Term:
    """kgo:Country for "Country"…; an unknown type stays a plain kgo:Actor."""
    return _ACTOR_CLASSES.get(kind, _K.Actor)


_ACTOR_TYPES = frozenset(
    {"Person", "Country", "Organization", "Media", "Group", "Region", "Location"}
)
_ACTOR_CLASSES = {kind: _kgo(kind) for kind in _ACTOR_TYPES}


def _add_article(graph: _Triples, article: Article) -> None:
    node = _add_article_node(graph, article.path)
    _add_article_meta(graph, node, article.title, article.date, article.url)
    if article.author:
        graph.add((node, _CREATOR, _plain(article.author)))
    for tag in article.tags:
        graph.add((node, _SUBJECT, _plain(tag)))


def _add_event_article(graph: _Triples, event: Event) -> _Term:
    node = _add_article_node(graph, event.source)
    _add_article_meta(graph, node, event.title, event.article_date, event.url)
    return node


def _add_article_meta(
    graph: _Triples, node: _Term, title: str | None, date: str | None, url: str | None
) -> None:
    if title:
        _set_once(graph, node, _TITLE, _plain(title))
    if date:
        _set_once(graph, node, _DATE, _date(date))
    if url and url.strip():
        _set_once(graph, node, _LINK, _url(url))


def _add_article_node(graph: _Triples, path: str) -> _Term:
    node = _iri(article_ref(path))
    graph.add((node, _TYPE, _K.Article))
    _set_once(graph, node, _K.file, _plain(path))
    return node


def _set_once(graph: _Triples, node: _Term, prop: _Term, value: _Term) -> None:
    """Keep the first value of a single-valued property, so builds do not depend on luck."""
    if not graph.has_value(node, prop):
        graph.add((node, prop, value))


def date_literal(date: str) -> Literal:
    """An ISO date as a literal of its precision: xsd:gYear, xsd:gYearMonth or xsd:date.

    >>> date_literal("2025-11").n3()
    '"2025-11"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
    """
    from rdflib import Literal, URIRef

    datatype = _date_type(date)
    return Literal(date, datatype=URIRef(datatype)) if datatype else Literal(date)


@lru_cache(maxsize=4096)
def _date(date: str) -> _Term:
    """:func:`date_literal` as N-Triples text. Cached (within a run): an event's date is
    written twice, and a corpus's events share few dates."""
    datatype = _date_type(date)
    return f"{_quoted(date)}^^<{datatype}>" if datatype else _plain(date)


def _date_type(date: str) -> str | None:
    """The datatype of an ISO date's precision; None for text that is not an ISO date (kept
    as text rather than an ill-typed literal)."""
    if _YEAR.fullmatch(date):
        return f"{_XSD}gYear"
    if _YEAR_MONTH.fullmatch(date):
        return f"{_XSD}gYearMonth"
    try:
        if _YEAR_MONTH_DAY.fullmatch(date) and _dt.date.fromisoformat(date):
            return f"{_XSD}date"
    except ValueError:
        pass
    return None


_YEAR = re.compile(r"\d{4}")
_YEAR_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_YEAR_MONTH_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _url(url: str) -> _Term:
    """An IRI when the URL is a well-formed http(s) IRI, else the text (never a broken IRI)."""
    url = url.strip()
    return _iri(url) if _SAFE_URL.match(url) and _parses_as_iri(url) else _plain(url)


def _parses_as_iri(url: str) -> bool:
    """Whether RDF parsers take ``url`` as an IRI (pyoxigraph's check, which the store's
    loading makes). Why: _SAFE_URL let ``http://a/%zz`` (a '%' without two hex digits), a
    bad port or host through, and such an article's build failed writing graph.ttl. The
    article's URL is the one IRI kg takes from its input: every other is made of the
    ontology's names, percent-encoded actor keys and digests, which is why the Turtle
    writer parses the graph's N-Triples without checking them again (kg.pipeline)."""
    import pyoxigraph as ox

    try:
        ox.NamedNode(url)
    except ValueError:
        return False
    return True


def _text(text: str) -> _Term:
    """Chinese text tagged @zh; anything else (DPRK, UN) left untagged."""
    return _quoted(text) + "@zh" if _CJK.search(text) else _quoted(text)


@lru_cache(maxsize=1024, typed=True)
def _decimal(value: float) -> _Term:
    """Cached (within a run): confidences take a few values (typed: 1 and 1.0 are written
    "1" and "1.0")."""
    return f'"{Decimal(str(round(value, 2)))}"^^<{_XSD}decimal>'


# --------------------------------------------------------------------------- reading back


def events_from_graph(graph: Any, *, roles: bool = True) -> list[dict[str, Any]]:
    """The records of ``Event.to_json()`` (and ``Role.to_json()``) stored in ``graph``.

    ``graph`` is an rdflib Graph or a pyoxigraph Store (its default graph is read). This is
    how events.jsonl is regenerated from a store: one record per report, as ``kg build``
    writes them: in text order (article path, sentence, trigger, mentions), then roles.
    The records depend on the graph's triples alone, never on the order the store gives its
    rows (which follows the order the triples were loaded in): see :func:`records_from_rows`.
    """
    store = as_store(graph)

    def select(sparql: str) -> list[dict[str, str]]:
        rows = _select(store, sparql)
        return _in_content_order(rows, _NODE[sparql]) if sparql in _NODE else rows

    return records_from_rows(select, roles=roles)


def records_from_rows(
    select: Callable[[str], list[dict[str, str]]], *, roles: bool = True
) -> list[dict[str, Any]]:
    """:func:`events_from_graph` from ``select``, which gives the rows of each of its
    queries (``_ACTORS``, ``_ARTICLES``, ``_EVENT_CLASSES``, ``_REPORTS``, ``_POSTS``) as
    :func:`_select` does: a store answers them with SPARQL, a build in memory from the
    triples it has in hand (kg/memgraph.py).

    The records are a function of the graph's triples, whatever order the rows come in
    (which, from a store, is the order its triples were loaded: for a parallel or Dask
    build, the order the workers' results arrived). Where the graph gives a node two
    values of what a record shows once (two articles disagree: an unlisted 洛佩斯 is
    Mexico's president in one and Cuba's minister in another, so the actor has two
    countries), every record shows the **least value in code-point order**: an actor's
    label, key and country (``CUB`` before ``MEX``) and type (kg.graph's class names),
    an article's file, URL, title and date, an event's type. Why not the first article
    read: the graph is the merge of the articles' triples and keeps no word of which
    article gave which value (a build in memory and a store's default graph hold the merge
    alone), so a rule by article could not be applied to graph.ttl or a store read later,
    which give these same records; and the order articles are read in changes with the
    folders named and their order, the least value does not. A report or post that gives
    two rows (read twice with different values) gives its records in the order of their
    values (rows sorted by content, :func:`_in_content_order`)."""
    vocab = _vocabulary(str(ontology_file("kg.ttl")))
    actors = _actor_records(select(_ACTORS))
    articles = _article_records(select(_ARTICLES))
    typed = [row for row in select(_EVENT_CLASSES) if row["class"] in vocab.types]
    types = {row["event"]: vocab.types[row["class"]] for row in typed}
    if len(types) < len(typed):  # an event of two types: the least class wins
        typed.sort(key=lambda row: row["class"], reverse=True)
        types = {row["event"]: vocab.types[row["class"]] for row in typed}
    keyed: list[tuple[tuple, dict[str, Any]]] = []
    for row in select(_REPORTS):
        article = articles.get(row.get("article", ""), {})
        record = {
            "subject": _mentioned(
                actors, row["actor"], row.get("actor_mention"), row.get("actor_label")
            ),
            "object": _mentioned(
                actors, row["target"], row.get("target_mention"), row.get("target_label")
            ),
            "event_type": types.get(row["event"], ""),
            "predicate": row["predicate"].removeprefix(_KGO),
            "cameo": row.get("cameo"),
            "status": row["status"].removeprefix(_KGO),
            "date": row.get("date"),
            "date_from": row.get("date_from") or "none",
            "trigger": row.get("trigger"),
            "confidence": _confidence(row.get("confidence")),
            "source": article.get("file"),
            "url": article.get("url"),
            "title": article.get("title"),
            "article_date": article.get("date"),
            "sentence": row.get("sentence"),
            "sentence_start": _int(row.get("sentence_start")),
            "sentence_end": _int(row.get("sentence_end")),
        }
        offsets = tuple(_int(row.get(k)) for k in ("trigger_start", "actor_start", "target_start"))
        key = (0, record["source"] or "", record["sentence_start"], *offsets, row["report"])
        keyed.append((key, record))
    if roles:
        for row in select(_POSTS):
            record = {
                "subject": _mentioned(
                    actors, row["holder"], row.get("holder_mention"), row.get("holder_label")
                ),
                "object": _mentioned(
                    actors, row["org"], row.get("org_mention"), row.get("org_label")
                ),
                "event_type": "ROLE",
                "predicate": _ROLE_PREDICATE,
                "title": row.get("title_written") or row.get("title"),
                "status": "asserted",
                "confidence": _confidence(row.get("confidence")),
                "source": articles.get(row.get("article", ""), {}).get("file"),
                "sentence": row.get("sentence"),
                "sentence_start": _int(row.get("sentence_start")),
                "sentence_end": _int(row.get("sentence_end")),
            }
            key = (1, record["source"] or "", record["sentence_start"], 0, 0, 0, row["post"])
            keyed.append((key, record))
    keyed.sort(key=lambda pair: pair[0])
    return [record for _, record in keyed]


_REPORTS = """
SELECT ?report ?event ?actor ?target ?actor_mention ?target_mention ?actor_label ?target_label
       ?predicate ?cameo ?status
       ?date ?date_from ?trigger ?confidence ?article ?sentence ?sentence_start ?sentence_end
       ?trigger_start ?actor_start ?target_start
WHERE {
  ?event kgo:report ?report ; kgo:status ?status .
  ?report kgo:reportedActor ?actor ; kgo:reportedTarget ?target ; kgo:predicate ?predicate .
  OPTIONAL { ?report kgo:actorMention ?actor_mention }
  OPTIONAL { ?report kgo:targetMention ?target_mention }
  OPTIONAL { ?report kgo:actorLabel ?actor_label }
  OPTIONAL { ?report kgo:targetLabel ?target_label }
  OPTIONAL { ?report kgo:cameo ?cameo }
  OPTIONAL { ?report kgo:date ?date }
  OPTIONAL { ?report kgo:dateSource ?date_from }
  OPTIONAL { ?report kgo:trigger ?trigger }
  OPTIONAL { ?report kgo:confidence ?confidence }
  OPTIONAL { ?report kgo:source ?article }
  OPTIONAL { ?report kgo:sentence ?sentence }
  OPTIONAL { ?report kgo:sentenceStart ?sentence_start }
  OPTIONAL { ?report kgo:sentenceEnd ?sentence_end }
  OPTIONAL { ?report kgo:triggerStart ?trigger_start }
  OPTIONAL { ?report kgo:actorStart ?actor_start }
  OPTIONAL { ?report kgo:targetStart ?target_start }
}"""
_EVENT_CLASSES = "SELECT ?event ?class WHERE { ?event kgo:report ?r ; a ?class }"
_POSTS = """
SELECT ?post ?holder ?org ?holder_mention ?org_mention ?holder_label ?org_label ?title
       ?title_written ?confidence ?article ?sentence
       ?sentence_start ?sentence_end
WHERE {
  ?post a kgo:Post ; kgo:holder ?holder ; kgo:postIn ?org .
  OPTIONAL { ?post kgo:holderMention ?holder_mention }
  OPTIONAL { ?post kgo:postInMention ?org_mention }
  OPTIONAL { ?post kgo:holderLabel ?holder_label }
  OPTIONAL { ?post kgo:postInLabel ?org_label }
  OPTIONAL { ?post kgo:postTitle ?title }
  OPTIONAL { ?post kgo:postTitleWritten ?title_written }
  OPTIONAL { ?post kgo:confidence ?confidence }
  OPTIONAL { ?post kgo:source ?article }
  OPTIONAL { ?post kgo:sentence ?sentence }
  OPTIONAL { ?post kgo:sentenceStart ?sentence_start }
  OPTIONAL { ?post kgo:sentenceEnd ?sentence_end }
}"""
_ACTORS = """
SELECT ?actor ?label ?key ?class ?country
WHERE {
  ?actor a kgo:Actor .
  OPTIONAL { ?actor rdfs:label ?label }
  OPTIONAL { ?actor kgo:key ?key }
  OPTIONAL { ?actor a ?class FILTER(?class != kgo:Actor && STRSTARTS(STR(?class), STR(kgo:))) }
  OPTIONAL { ?actor kgo:country ?country }
}"""
_ARTICLES = """
SELECT ?article ?file ?url ?title ?date
WHERE {
  ?article a kgo:Article .
  OPTIONAL { ?article kgo:file ?file }
  OPTIONAL { ?article dcterms:source ?url }
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:date ?date }
}"""
#: the queries whose node (its variable) may give two rows: a report or post read twice
_NODE = {_REPORTS: "report", _POSTS: "post"}


def as_store(graph: Any) -> Any:
    """A pyoxigraph Store holding ``graph`` in its default graph (a Store is returned as is)."""
    import pyoxigraph as ox

    if type(graph).__name__ == "GraphSource":  # an opened store folder (kg.store)
        graph = graph.store
    if isinstance(graph, ox.Store):
        return graph
    from rdflib import Graph

    store = ox.Store()
    if isinstance(graph, Graph):
        data = graph.serialize(format="nt", encoding="utf-8")
        store.load(data, ox.RdfFormat.N_TRIPLES)
        return store
    raise TypeError(f"expected an rdflib Graph or a pyoxigraph Store, got {type(graph).__name__}")


def _select(store: Any, sparql: str) -> list[dict[str, str]]:
    """Rows of a SELECT on the store's default graph, as lexical values (unbound left out).

    A solution gives its terms in the order of the variables when iterated: looking each
    up by name cost more than the query (0.016 s of the 0.03 s of Terminus' reports)."""
    prefixes = PREFIX_IRIS
    solutions = store.query(sparql, prefixes=prefixes)
    names = [v.value for v in solutions.variables]
    return [
        {name: term.value for name, term in zip(names, solution, strict=True) if term is not None}
        for solution in solutions
    ]


def _actor_records(rows: list[dict[str, str]]) -> dict[str, dict[str, Any]]:
    """Each actor's label, type, key and country: of each, the least the rows give (the
    rows of an actor with two labels, keys or countries hold every combination)."""
    actors: dict[str, dict[str, Any]] = {}
    chosen: dict[str, tuple[str, str, str]] = {}  # the (label, key, country) taken so far
    for row in sorted(rows, key=lambda r: r.get("class", "")):
        iri = row["actor"]
        actor = actors.get(iri)
        if actor is None:
            actor = actors[iri] = _actor_record(iri, row)
            chosen[iri] = (row.get("label", ""), row.get("key", ""), row.get("country", ""))
        else:  # another class, or another label, key or country
            values = (row.get("label", ""), row.get("key", ""), row.get("country", ""))
            if values < chosen[iri]:
                chosen[iri] = values
                actor.update(_actor_record(iri, row), type=actor["type"])
        if row.get("class") and actor["type"] == "Actor":
            actor["type"] = row["class"].removeprefix(_KGO)  # the first in name order
    return actors


def _actor_record(iri: str, row: dict[str, str]) -> dict[str, Any]:
    return {
        "label": row.get("label"),
        "type": "Actor",
        "key": row.get("key") or _iri_key(iri),
        "country": _iri_key(row["country"]) if row.get("country") else None,
    }


def _article_records(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    """Each article's row: of an article with two files, URLs, titles or dates, the one
    whose values are least."""
    articles: dict[str, dict[str, str]] = {}
    for row in rows:
        known = articles.setdefault(row["article"], row)
        if known is not row and _article_values(row) < _article_values(known):
            articles[row["article"]] = row
    return articles


def _article_values(row: dict[str, str]) -> tuple[str, ...]:
    return tuple(row.get(name, "") for name in ("file", "url", "title", "date"))


def _in_content_order(rows: list[dict[str, str]], node: str) -> list[dict[str, str]]:
    """``rows``, sorted by their values if a ``node`` gives two (else as they are: a
    node's records are then ordered by the node alone)."""
    if len({row[node] for row in rows}) == len(rows):
        return rows
    return sorted(rows, key=lambda row: sorted(row.items()))


def _written_labels(first: Mention, second: Mention, first_property, second_property):
    """The actors' labels as the article writes them, where they differ from the labels."""
    pairs = ((first, first_property), (second, second_property))
    return [(prop, _plain(m.written_label)) for m, prop in pairs if m.written_label]


def _mentioned(
    actors: dict[str, dict[str, Any]], iri: str, mention: str | None, label: str | None = None
) -> dict:
    actor = actors.get(iri) or {"label": None, "type": "Actor", "key": _iri_key(iri)}
    return actor_record(
        actor["label"], mention, actor["type"], actor["key"], actor.get("country"), label
    )


def _iri_key(node: Node | None) -> str | None:
    if node is None:
        return None
    return unquote(str(node).rsplit("/", 1)[-1])


def _int(value: Any) -> int:
    return int(value) if value is not None else 0


def _confidence(value: Any) -> float:
    return round(float(value), 2) if value is not None else 0.0


# --------------------------------------------------------------------------- writing


def serialize_graph(graph: Any, fmt: str = "turtle") -> bytes:
    """The graph as bytes in an rdflib format name (turtle, nt, trig, json-ld, xml).

    ``graph`` may also be a store (an opened store folder or a pyoxigraph Store): its default
    graph for the triple formats; for TriG and N-Quads its named graphs, one per article and
    the ontology's (the default graph is their merge, so it is left out).
    """
    from rdflib import Graph

    if not isinstance(graph, Graph):
        return _serialize_store(as_store(graph), fmt)
    if fmt in ("trig", "nquads"):
        from rdflib import Dataset  # a quad format needs a dataset; the graph is its default

        dataset = Dataset()
        for prefix, namespace in graph.namespaces():
            dataset.bind(prefix, namespace, override=True)
        dataset.default_graph += graph
        return dataset.serialize(format=fmt, encoding="utf-8")
    return graph.serialize(format=fmt, encoding="utf-8")


def _serialize_store(store: Any, fmt: str) -> bytes:
    import pyoxigraph as ox

    prefixes = PREFIX_IRIS
    if fmt in ("trig", "nquads"):
        default = ox.DefaultGraph()
        quads = (q for q in store if q.graph_name != default)
        kind = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
        return ox.serialize(quads, format=kind, prefixes=prefixes if fmt == "trig" else None)
    kinds = {
        "turtle": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "json-ld": ox.RdfFormat.JSON_LD,
        "xml": ox.RdfFormat.RDF_XML,
    }
    if fmt not in kinds:
        raise ValueError(f"cannot write a store as {fmt!r}")
    options = {"prefixes": prefixes} if fmt in ("turtle", "xml") else {}
    return store.dump(format=kinds[fmt], from_graph=ox.DefaultGraph(), **options)


def write_rdf(graph: Graph, path: str | os.PathLike, fmt: str | None = None) -> None:
    """Write ``graph`` atomically, in ``fmt`` or the format its suffix names (.ttl, .nt…)."""
    fmt = fmt or RDF_FORMATS.get(Path(path).suffix.lower(), "turtle")
    atomic_write_bytes(path, serialize_graph(graph, fmt))


def write_turtle(graph: Graph, path: str | os.PathLike) -> None:
    """Write ``graph`` as Turtle (UTF-8) through a temporary file, then rename."""
    write_rdf(graph, path, "turtle")
