"""The graph of a build in memory, answered from its N-Triples without a store.

Why: a build without ``--store`` or ``--push`` loaded every article's N-Triples into an
in-memory Oxigraph store only to dump it back for the Turtle file and to ask it six queries
(the events.jsonl records and the summary's counts): parsing, indexing, dumping and joining
took about a twentieth of a Terminus build. Here the same triples are kept as the text the
articles gave, and the questions are answered from an index of that text (only the
properties the queries read), with the same set semantics.

Exactness: the Turtle file is written from the N-Triples lines, so they must be spelled as
the store spells the same triples when it dumps them; and the records and counts are
computed from the values of the terms, so those must be the store's values. Both hold when
no literal holds a control character, U+FFFE or U+FFFF (the store writes ``\\t``, kg a raw
tab) and every typed literal is in the canonical form the store keeps (the store writes
``"1.0"^^xsd:decimal`` as ``"1"``). Where a query's answer would depend on the order the
store gives its rows (an actor with two labels, keys or countries; an article with two
titles; a report or post read twice), it is not answered here either. In all these cases
:meth:`MemoryGraph.settle` loads the store as before, and the build goes on as it always
has (tests/test_round30_sp.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["MemoryGraph", "IndexedGraph", "Answers", "add_ntriples", "index_ntriples"]

_KGO = "https://w3id.org/kg-events/ontology#"
_XSD = "http://www.w3.org/2001/XMLSchema#"


def _iri(iri: str) -> bytes:
    return f"<{iri}>".encode()


def _kgo(name: str) -> bytes:
    return _iri(_KGO + name)


_TYPE = _iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = _iri("http://www.w3.org/2000/01/rdf-schema#label")
_DCTERMS = "http://purl.org/dc/terms/"
_EVENT, _ACTOR, _ARTICLE, _POST = (_kgo(n) for n in ("Event", "Actor", "Article", "Post"))
_REPORT, _STATUS, _SOURCE, _PLOVER = (_kgo(n) for n in ("report", "status", "source", "ploverName"))

#: the columns of each query of kg.graph.events_from_graph: (variable, property, optional)
_ACTOR_COLUMNS = (("label", _LABEL), ("key", _kgo("key")), ("country", _kgo("country")))
_ARTICLE_COLUMNS = (
    ("file", _kgo("file")),
    ("url", _iri(_DCTERMS + "source")),
    ("title", _iri(_DCTERMS + "title")),
    ("date", _iri(_DCTERMS + "date")),
)
_REPORT_REQUIRED = (
    ("actor", _kgo("reportedActor")),
    ("target", _kgo("reportedTarget")),
    ("predicate", _kgo("predicate")),
)
_REPORT_OPTIONAL = tuple(
    (variable, _kgo(name))
    for variable, name in (
        ("actor_mention", "actorMention"),
        ("target_mention", "targetMention"),
        ("actor_label", "actorLabel"),
        ("target_label", "targetLabel"),
        ("cameo", "cameo"),
        ("date", "date"),
        ("date_from", "dateSource"),
        ("trigger", "trigger"),
        ("confidence", "confidence"),
        ("article", "source"),
        ("sentence", "sentence"),
        ("sentence_start", "sentenceStart"),
        ("sentence_end", "sentenceEnd"),
        ("trigger_start", "triggerStart"),
        ("actor_start", "actorStart"),
        ("target_start", "targetStart"),
    )
)
_POST_REQUIRED = (("holder", _kgo("holder")), ("org", _kgo("postIn")))
_POST_OPTIONAL = tuple(
    (variable, _kgo(name))
    for variable, name in (
        ("holder_mention", "holderMention"),
        ("org_mention", "postInMention"),
        ("holder_label", "holderLabel"),
        ("org_label", "postInLabel"),
        ("title", "postTitle"),
        ("title_written", "postTitleWritten"),
        ("confidence", "confidence"),
        ("article", "source"),
        ("sentence", "sentence"),
        ("sentence_start", "sentenceStart"),
        ("sentence_end", "sentenceEnd"),
    )
)
#: every property a query reads: the index keeps only these triples
_READ = frozenset(
    [_TYPE, _REPORT, _STATUS, _SOURCE, _PLOVER]
    + [p for columns in (_ACTOR_COLUMNS, _ARTICLE_COLUMNS) for _, p in columns]
    + [p for columns in (_REPORT_REQUIRED, _REPORT_OPTIONAL) for _, p in columns]
    + [p for columns in (_POST_REQUIRED, _POST_OPTIONAL) for _, p in columns]
)

#: a typed literal of XSD ending a line: its lexical form and datatype
_TYPED = re.compile(rb' "([^"\\]*)"\^\^<http://www\.w3\.org/2001/XMLSchema#(\w+)> \.$')
#: the lexical forms the store keeps as they are, by datatype
_CANONICAL = {
    b"integer": re.compile(rb"0|-?[1-9][0-9]{0,17}"),
    b"decimal": re.compile(rb"-?(?:0|[1-9][0-9]{0,14})\.[0-9]?[1-9]"),
    b"boolean": re.compile(rb"true|false"),
    b"gYear": re.compile(rb"[0-9]{4}"),
    b"gYearMonth": re.compile(rb"[0-9]{4}-(?:0[1-9]|1[0-2])"),
    b"date": re.compile(rb"[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"),
}
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}

_Props = dict[bytes, dict[bytes, None]]  # property → objects (term texts, each once)
_Index = dict[bytes, _Props]  # subject → its properties


class _Ambiguous(Exception):
    """A query's answer would depend on the order of the store's rows."""


class MemoryGraph:
    """The N-Triples of a build in memory, in the order they were added (ontology first)."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def settle(self, load: Callable[[list[bytes]], Any]) -> Any:
        """:class:`Answers` for these triples, or else what ``load(parts)`` returns (the
        store, loaded as a build always loaded it) when they cannot be answered exactly
        without it."""
        data = b"".join(self.parts)
        # split at the newlines alone (a memchr jump each), not splitlines (which tests every
        # byte for "\r" too: 80 M instructions on Terminus): the same lines, since the
        # lines are taken only if they hold no "\r" (no control character but "\n")
        pieces = data.split(b"\n")
        if not self.parts or not _spelled_as_stored(data, self.parts[0], len(pieces) - 1):
            return load(self.parts)
        lines = set(pieces)
        lines.discard(b"")  # (the one after the last newline: each part ends its last line)
        try:
            return Answers(data, lines, _index(lines))
        except _Ambiguous:
            return load(self.parts)


def add_ntriples(graph: MemoryGraph, name: str, ntriples: bytes) -> None:
    """``kg.store.add_to_default_graph`` for a :class:`MemoryGraph`."""
    graph.parts.append(ntriples)


class IndexedGraph(MemoryGraph):
    """A :class:`MemoryGraph` indexed as its parts come: the graph of a parallel build in
    memory (``kg build --workers N`` without ``--store`` or ``--push``).

    Why: the parent of a parallel build loaded each result into an in-memory store while
    the workers extracted (0.075 s of CPU on Terminus, taken from the workers' two cores),
    then dumped it for the Turtle file and queried it for the records (0.05 s after the last
    article, before the page could be drawn). Here each part is tested (the same tests as
    :meth:`MemoryGraph.settle`'s, one part at a time and without numpy, which this process
    has not loaded) and its new lines indexed as it comes, 0.04 s in all; what is left
    after the last article is :class:`Answers` itself (0.03 s). A one-process build keeps
    :class:`MemoryGraph`: indexing as the parts come would overlap nothing there.
    """

    def __init__(self) -> None:
        super().__init__()
        self._lines: set[bytes] = set()  # the distinct lines so far
        self._index: _Index = {}  # their index (kg.memgraph._index)
        self._plain = True  # every part so far is spelled as the store would spell it

    def add(self, ntriples: bytes) -> None:
        self.parts.append(ntriples)
        if not self._plain:
            return
        if not _part_spelled_as_stored(ntriples, ontology=len(self.parts) == 1):
            self._plain = False  # the store answers (settle): no more indexing
            self._lines.clear()
            self._index.clear()
            return
        fresh = set(ntriples.split(b"\n"))
        fresh.discard(b"")  # (the one after the last newline: the part ends its last line)
        fresh -= self._lines
        self._lines |= fresh
        _index(fresh, self._index)

    def settle(self, load: Callable[[list[bytes]], Any]) -> Any:
        """:meth:`MemoryGraph.settle`, from what was indexed as the parts came. The
        :class:`Answers` hold the distinct lines gathered as they came (the lines
        :meth:`MemoryGraph.settle` takes from the whole text: split at the newlines, the
        empty one left out), which the Turtle file is written from in this process
        (``kg.pipeline._write_lines_as_turtle``, which changes the set)."""
        if not self.parts or not self._plain:
            return load(self.parts)
        try:
            return Answers(b"".join(self.parts), self._lines, self._index)
        except _Ambiguous:
            return load(self.parts)


def index_ntriples(graph: IndexedGraph, name: str, ntriples: bytes) -> None:
    """``kg.store.add_to_default_graph`` for an :class:`IndexedGraph`."""
    graph.add(ntriples)


def _spelled_as_stored(data: bytes, ontology: bytes, newlines: int | None = None) -> bool:
    """Whether the store would dump these lines spelled as they are, with the same values.

    A control character (but the newlines between lines) and the two noncharacters U+FFFE
    and U+FFFF the store writes escaped where kg writes them as they are. A typed literal
    the store writes in its canonical form: an article's typed literals are kg's integers
    (always canonical), dates (of the forms the store keeps as they are:
    tests/test_round30_sp.py) and decimals (``"1.0"`` is not: they are looked at here);
    the ontology's are all looked at. ``newlines``: the number of "\n" in ``data``, if the
    caller has counted them (counting again is a pass over the whole text)."""
    import numpy as np  # loaded already: the page's layout needs it

    codes = np.frombuffer(data, dtype=np.uint8)
    controls = int(np.count_nonzero(codes < 0x20)) + int(np.count_nonzero(codes == 0x7F))
    if controls != (data.count(b"\n") if newlines is None else newlines):
        return False
    if _holds_noncharacter(codes):
        return False  # U+FFFE and U+FFFF: written \uFFFE and \uFFFF
    typed = _typed_lines(data, ontology)
    return typed is not None and _canonical(typed)


def _typed_lines(data: bytes, ontology: bytes) -> list[bytes] | None:
    """The lines whose typed literal the store may spell otherwise: ``data``'s decimals and
    every typed literal of ``ontology``; None when a line of ``ontology`` holds two."""
    from .pipeline import _lines_holding

    if ontology.count(b'"^^<') != len(_lines_holding(ontology, b'"^^<')):
        return None  # a line with two
    return _lines_holding(data, _DECIMAL) + _lines_holding(ontology, b'"^^<')


_DECIMAL = b'"^^<http://www.w3.org/2001/XMLSchema#decimal> .'
#: the control characters the store writes escaped (all but the newline that ends a line)
_CONTROLS = bytes([*range(0x0A), *range(0x0B, 0x20), 0x7F])


def _canonical(typed: list[bytes]) -> bool:
    """Whether each of these lines ends with a typed literal in the form the store keeps."""
    for line in typed:
        found = _TYPED.search(line)
        pattern = _CANONICAL.get(found.group(2)) if found else None
        if pattern is None or found is None or not pattern.fullmatch(found.group(1)):
            return False  # (also a string that holds '"^^<': the store spells it alike)
    return True


def _part_spelled_as_stored(part: bytes, ontology: bool) -> bool:
    """:func:`_spelled_as_stored` of one part of the graph (``ontology``: the first, whose
    typed literals are all looked at), in whole lines (a part that does not end its last
    line is left to the store: joined to the next, its lines would not be the store's).
    Without numpy: a control character is found by deleting them all (one pass in C), the
    two noncharacters by ``bytes.find`` of what both begin with (EF BF, rare in Chinese text:
    the fullwidth punctuation is EF BC and EF BD)."""
    if part and part[-1:] != b"\n":
        return False
    if len(part.translate(None, _CONTROLS)) != len(part):
        return False
    if b"\xef\xbf" in part and (b"\xef\xbf\xbe" in part or b"\xef\xbf\xbf" in part):
        return False  # U+FFFE and U+FFFF: written \uFFFE and \uFFFF
    typed = _typed_lines(part, part if ontology else b"")
    return typed is not None and _canonical(typed)


def _holds_noncharacter(codes: Any) -> bool:
    """Whether the UTF-8 bytes ``codes`` (a numpy array) hold U+FFFE or U+FFFF (EF BF BE,
    EF BF BF).

    Why: ``bytes.find`` of either skips by its last byte, a continuation byte found about
    every 64 bytes of Chinese text, and tested 4.8 MB of a Terminus graph twice; the lead
    byte EF is rarer (the fullwidth punctuation), and numpy finds it and tests the two
    bytes after it over the whole array at once."""
    import numpy as np  # (the caller's)

    lead = np.flatnonzero(codes[:-2] == 0xEF)
    if not lead.size:
        return False
    return bool(np.any((codes[lead + 1] == 0xBF) & ((codes[lead + 2] | 1) == 0xBF)))


def _index(lines: set[bytes], index: _Index | None = None) -> _Index:
    """Subject → property → objects (term texts, each once) of the triples the queries
    read (added to ``index``, if given)."""
    if index is None:
        index = {}
    read = _READ
    for line in lines:
        subject, prop, rest = line.split(b" ", 2)
        if prop in read:
            props = index.get(subject)
            if props is None:
                props = index[subject] = {}
            objects = props.get(prop)
            if objects is None:
                props[prop] = {rest[:-2]: None}
            else:
                objects[rest[:-2]] = None
    return index


def _value(term: bytes) -> str:
    """What the store gives as the term's value: an IRI, a blank node's id, a literal's text."""
    if term[:1] == b"<":
        return term[1:-1].decode()
    if term[:2] == b"_:":
        return term[2:].decode()
    text = term[1 : term.rindex(b'"')].decode()
    return _ESCAPE.sub(_unescape, text) if "\\" in text else text


def _unescape(match: re.Match) -> str:
    code = match.group(1) or match.group(2)
    return chr(int(code, 16)) if code else _ECHAR[match.group(3)]


class Answers:
    """The answers a build needs from its graph: the N-Triples (for the Turtle file), the
    records of events.jsonl and the summary's counts, as the store would give them."""

    def __init__(self, data: bytes, lines: set[bytes] | None, index: _Index) -> None:
        self.data = data
        self.lines = lines  # data's distinct lines, which the Turtle writer sorts (or None)
        self._index = index
        self._known: dict[bytes, str] = {}  # term → value, for the terms met again
        nodes: dict[bytes, list[tuple[bytes, _Props]]] = {
            kind: [] for kind in (_ACTOR, _ARTICLE, _POST, _EVENT, _REPORT)
        }
        for subject, props in index.items():
            for kind in props.get(_TYPE, ()):
                if kind in nodes:
                    nodes[kind].append((subject, props))
            if _REPORT in props:
                nodes[_REPORT].append((subject, props))  # what reports: an event
        self._nodes = nodes
        from .graph import _ACTORS, _ARTICLES, _EVENT_CLASSES, _POSTS, _REPORTS

        self._rows = {  # the rows of each query of kg.graph, by its text
            _ACTORS: self._actors(),
            _ARTICLES: self._unique(self._typed(_ARTICLE, "article", (), _ARTICLE_COLUMNS)),
            _EVENT_CLASSES: self._event_classes(),
            _REPORTS: self._unique(self._reports()),
            _POSTS: self._unique(self._typed(_POST, "post", _POST_REQUIRED, _POST_OPTIONAL)),
        }

    def ntriples(self) -> bytes:
        """The graph as N-Triples lines (some more than once): what the Turtle is made of."""
        return self.data

    def records(self) -> list[dict[str, Any]]:
        """``kg.graph.events_from_graph`` of the graph."""
        from .graph import records_from_rows

        return records_from_rows(self._rows.__getitem__)

    def counts(self) -> dict[str, Any]:
        """The answers of kg.pipeline's count queries: events (and their reports) per type
        and status, posts, actors, events reported by several articles."""
        plover = {s: p[_PLOVER] for s, p in self._index.items() if _PLOVER in p}
        groups: dict[tuple[str, str], tuple[set[bytes], set[bytes]]] = {}
        multi = 0
        for subject, props in self._nodes[_EVENT]:
            multi += len(props.get(_SOURCE, ())) > 1
            reports = props.get(_REPORT)
            if not reports:
                continue
            for cls in props[_TYPE]:
                for name in plover.get(cls, ()):
                    for status in props.get(_STATUS, ()):
                        _, found, after = self._value(status).partition(_KGO)
                        key = (self._value(name), after if found else "")
                        events, said = groups.setdefault(key, (set(), set()))
                        events.add(subject)
                        said.update(reports)
        by_type: Counter[str] = Counter()
        by_status: Counter[str] = Counter()
        for (kind, state), (events, _) in sorted(groups.items()):  # (not ``name``: bytes above)
            by_type[kind] += len(events)
            by_status[state] += len(events)
        return {
            "by_type": by_type,
            "by_status": by_status,
            "reports": sum(len(said) for _, said in groups.values()),
            "roles": len(self._nodes[_POST]),
            "actors": len(self._nodes[_ACTOR]),
            "multi_source": multi,
        }

    # -- the rows of kg.graph's queries

    def _value(self, term: bytes) -> str:
        value = self._known.get(term)
        if value is None:
            value = self._known[term] = _value(term)
        return value

    def _actors(self) -> list[dict[str, str]]:
        """_ACTORS: an actor's label, key and country, one row per kgo: class but kgo:Actor."""
        rows = []
        for subject, props in self._nodes[_ACTOR]:
            row = {"actor": self._value(subject)}
            for variable, prop in _ACTOR_COLUMNS:
                objects = props.get(prop, ())
                if len(objects) > 1:
                    raise _Ambiguous(variable)  # the row the store gives first would count
                if objects:
                    row[variable] = self._value(next(iter(objects)))
            classes = [self._value(t) for t in props[_TYPE] if t != _ACTOR]
            classes = [c for c in classes if c.startswith(_KGO)]
            rows += [dict(row, **{"class": c}) for c in classes] or [row]
        return rows

    def _event_classes(self) -> list[dict[str, str]]:
        """_EVENT_CLASSES: an event with a report and each of its classes (one of the
        ontology's event classes at most, else the store's last row would count)."""
        from .graph import _vocabulary
        from .resources import ontology_file

        known = _vocabulary(str(ontology_file("kg.ttl"))).types
        rows = []
        for subject, props in self._nodes[_REPORT]:
            event = self._value(subject)
            classes = [self._value(t) for t in props.get(_TYPE, ())]
            if sum(c in known for c in classes) > 1:
                raise _Ambiguous("class")
            rows += [{"event": event, "class": c} for c in classes]
        return rows

    def _reports(self) -> Iterator[tuple[bytes, dict[str, str]]]:
        """_REPORTS: each event's reports and status, each report's actors and properties."""
        index = self._index
        for subject, props in self._nodes[_REPORT]:
            statuses = props.get(_STATUS, ())
            for report in props[_REPORT]:
                said = index.get(report, {})
                for status in statuses:
                    base = {
                        "report": self._value(report),
                        "event": self._value(subject),
                        "status": self._value(status),
                    }
                    for row in self._joined(base, said, _REPORT_REQUIRED, _REPORT_OPTIONAL):
                        yield report, row

    def _typed(
        self, cls: bytes, variable: str, required: tuple, optional: tuple
    ) -> Iterator[tuple[bytes, dict[str, str]]]:
        """The rows of every node of class ``cls`` with its ``required`` and ``optional``
        properties."""
        for subject, props in self._nodes[cls]:
            base = {variable: self._value(subject)}
            for row in self._joined(base, props, required, optional):
                yield subject, row

    def _joined(
        self, base: dict[str, str], props: _Props, required: tuple, optional: tuple
    ) -> list[dict[str, str]]:
        """The rows a node gives: one per combination of its values (none when a required
        property has none; an optional one with none is left out of the row)."""
        for _, prop in required:
            if not props.get(prop):
                return []
        known = self._known
        rows = [base]
        for variable, prop in required + optional:
            objects = props.get(prop)
            if objects is None:
                continue
            if len(objects) == 1:  # the usual case: one row
                (term,) = objects
                value = known.get(term)
                if value is None:
                    value = self._value(term)
                for row in rows:
                    row[variable] = value
                continue
            values = [self._value(term) for term in objects]
            rows = [dict(row, **{variable: value}) for row in rows for value in values]
        return rows

    @staticmethod
    def _unique(rows: Iterator[tuple[bytes, dict[str, str]]]) -> list[dict[str, str]]:
        """The rows, if no node gives two (else which one counts depends on the order of
        the store's rows)."""
        found = list(rows)
        if len({node for node, _ in found}) != len(found):
            raise _Ambiguous("a node gives two rows")
        return [row for _, row in found]
