"""SPARQL over the event graph: saved queries, safe parameters, read-only execution, result formats.

A query is SPARQL text, ``@path/to/file.rq``, or the name of a saved query in
``ontology/queries/`` (with or without ``.rq``). A saved query starts with a comment header::

    # title: Events of an actor
    # description: Every event in which the named actor is the actor or the target…
    # param: actor — a name of the actor, e.g. 金正恩

Parameters are never pasted into the query as text: each becomes a one-row ``VALUES`` block
holding an escaped string literal, placed first in the query's WHERE group, so the query uses
it as the variable ``?actor`` (in a FILTER, a BIND or a triple pattern of that group). A value
with quotes, braces, ``>`` or newlines stays one literal.

**Pages.** A listing can be long (a timeline of every event of a large store), so saved
queries declare two page parameters with their defaults, and a user asks for more::

    # param: limit=100 — rows per page; 0 gives every row
    # param: offset=0 — rows to skip (the next page starts at offset=100)

SPARQL has no variables in ``LIMIT`` and ``OFFSET``, so these two are not bound in VALUES:
the query says where they go with a comment after a clause, ``LIMIT 100  # = limit``,
``OFFSET 0  # = offset`` or ``LIMIT 100  # = offset + limit``, and the number written there
(the default, so the file runs as it is) is replaced by the value, which must be a
non-negative integer. With ``limit=0`` every clause that names ``limit`` is dropped.

Queries are read-only and local. Refused with a QueryRefused error, before anything runs:
updates (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE…), ``SERVICE`` (rdflib would call the
endpoint) and ``FROM``/``FROM NAMED`` naming anything but a graph of the loaded dataset
(rdflib would fetch the URL or read the local file; a graph file such as graph.ttl has no
named graphs, so there every FROM is refused). rdflib's own loading of FROM graphs is switched
off as well, in case a form slips past the checks. A timeout stops a query that runs too long.

The query layer does not care where the triples live: :func:`open_graph` is the one function
that turns a path into something to query (kg query, kg export, kg serve and
``EventGraph.open`` all call it): a graph file (rdflib), or a store folder written by ``kg
build --store`` (its current generation, read-only, in pyoxigraph). ``run_query`` takes an
rdflib Graph (or Dataset), a pyoxigraph ``Store`` (its default graph) or an opened store; all
give the same ``QueryResult`` of rdflib terms, which the formatters turn into text, CSV, TSV,
JSON or XML (the W3C SPARQL 1.1 result formats), or, for CONSTRUCT and DESCRIBE, into an RDF
syntax.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import rdflib.plugins.sparql
from lxml import etree
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import expandUnicodeEscapes, parseQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node

from .exceptions import InputError, OntologyError, QueryError, QueryRefused, QueryTimeout
from .graph import PREFIXES, RDF_FORMATS, new_graph, serialize_graph
from .resources import ontology_dir

# A FROM graph that is not in the dataset would be fetched (a URL) or read (a file path) by
# rdflib. The checks below refuse such queries; this switch is the second lock on that door.
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

__all__ = [
    "FORMATS",
    "QueryParam",
    "SavedQuery",
    "QueryResult",
    "list_saved_queries",
    "query_name",
    "resolve_query",
    "page_of",
    "apply_page",
    "PAGE_PARAMS",
    "bind_parameters",
    "sparql_string",
    "check_query",
    "run_query",
    "open_graph",
    "load_graph",
    "graph_names",
    "format_result",
    "format_table",
    "format_csv",
    "format_tsv",
    "format_json",
    "format_xml",
    "format_graph",
    "GRAPH_FORMATS",
]

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")
_PARAM = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_UNICODE_ESCAPE = re.compile(r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}")
_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_WORD = re.compile(r"[\w\-.:%\u00b7]+")
_VARNAME = re.compile(r"[\w\u00b7]+")
_UPDATE_WORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
_DEFAULT_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
#: Parameters that set a page of the rows (LIMIT/OFFSET), not a value in the query.
PAGE_PARAMS = ("limit", "offset")
_COUNT = re.compile(r"[0-9]{1,12}")
_PAGE_MARKER = re.compile(r"[ \t]*#[ \t]*=[ \t]*(\w+(?:[ \t]*\+[ \t]*\w+)*)[ \t]*\r?")


# --------------------------------------------------------------------------- saved queries


@dataclass(frozen=True)
class QueryParam:
    """A named parameter a saved query expects (``--param actor=金正恩``); one with a
    ``default`` may be left out (``# param: limit=100 — …`` in the header)."""

    name: str
    description: str = ""
    default: str | None = None


@dataclass(frozen=True)
class SavedQuery:
    """A ``.rq`` file of ontology/queries/ and what its header says about it."""

    name: str
    title: str
    description: str
    params: tuple[QueryParam, ...]
    path: Path

    @property
    def text(self) -> str:
        """The SPARQL text, header included."""
        return _read_query_file(self.path)


def list_saved_queries(folder: str | Path | None = None) -> list[SavedQuery]:
    """The saved queries, sorted by name (``KG_ONTOLOGY`` can point at your own folder)."""
    root = Path(folder) if folder else ontology_dir() / "queries"
    return [_saved(path) for path in sorted(root.glob("*.rq"))]


def _saved(path: Path) -> SavedQuery:
    header = _header(_read_query_file(path))
    params = tuple(_param(*_split_param(value)) for value in header.get("param", []))
    for param in params:
        if not _PARAM.fullmatch(param.name):
            raise OntologyError(f"bad parameter name {param.name!r} in header", path=str(path))
        if param.name in PAGE_PARAMS and not _COUNT.fullmatch(param.default or ""):
            raise OntologyError(
                f"parameter {param.name!r} needs a whole-number default ({param.name}=100)",
                path=str(path),
            )
    return SavedQuery(
        name=path.stem,
        title=" ".join(header.get("title", [])) or path.stem,
        description=" ".join(header.get("description", [])),
        params=params,
        path=path,
    )


def _header(text: str) -> dict[str, list[str]]:
    """``# key: value`` lines before the first line of SPARQL."""
    fields: dict[str, list[str]] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = re.match(r"#\s*([A-Za-z]+)\s*:\s*(.*)", stripped)
        if match:
            fields.setdefault(match.group(1).lower(), []).append(match.group(2).strip())
    return fields


def _param(name: str, description: str) -> QueryParam:
    """``limit=100`` declares a parameter with a default."""
    name, sep, default = name.partition("=")
    return QueryParam(name, description, default if sep else None)


def _split_param(value: str) -> tuple[str, str]:
    """``actor — a name…`` → (actor, a name…); the dash may be —, –, - or a colon."""
    match = re.match(r"(\S+?)\s*(?:[—–:]|\s-)\s*(.*)", value)
    return (match.group(1), match.group(2)) if match else (value.strip(), "")


def _read_query_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise QueryError("query file not found", path=str(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read query file: {_one_line(exc)}", path=str(path)) from exc


# --------------------------------------------------------------------------- resolving


def query_name(spec: str) -> str:
    """How errors name a query spec: the saved query's name, the file, or "query text" for
    SPARQL given inline, so every error line says which query it is about."""
    if spec.startswith("@"):
        return spec[1:]
    if _looks_like_file(spec):
        return spec
    if _NAME.fullmatch(spec):
        return spec.removesuffix(".rq")
    return "query text"


def resolve_query(spec: str, params: Mapping[str, str] | None = None) -> str:
    """The SPARQL text of ``spec`` with ``params`` bound safely.

    ``spec`` is SPARQL text, ``@file.rq`` (or a path ending in .rq), or a saved query name.
    A saved query needs every parameter its header declares and accepts no other; any other
    query accepts a parameter only if it uses that variable.

    >>> "VALUES ?who" in resolve_query('SELECT * WHERE { ?x ?p ?who }', {"who": 'a"b'})
    True
    """
    params = {key: str(value) for key, value in (params or {}).items()}
    text, declared = _load_spec(spec)
    name = query_name(spec)
    if declared is None:
        return bind_parameters(text, params, name=name)
    _check_declared(params, declared, name)
    values = {p.name: params.get(p.name, p.default) for p in declared}
    page = {key: values.pop(key) for key in PAGE_PARAMS if key in values}
    return bind_parameters(apply_page(text, page, name=name), values, name=name)


def page_of(spec: str, params: Mapping[str, str] | None = None) -> tuple[int, int] | None:
    """(limit, offset) of a saved query that is paged, as ``resolve_query`` applies them;
    None for a query without a ``limit`` parameter. Call after ``resolve_query``, which
    reports bad values."""
    _, declared = _load_spec(spec)
    defaults = {p.name: p.default for p in declared or ()}
    if "limit" not in defaults:
        return None
    given = {key: str(value) for key, value in (params or {}).items()}
    limit = int(given.get("limit", defaults["limit"]))
    offset = int(given.get("offset", defaults.get("offset") or 0))
    return limit, offset


def _looks_like_file(spec: str) -> bool:
    return spec.endswith(".rq") and ("/" in spec or "\\" in spec) and "\n" not in spec


def _load_spec(spec: str) -> tuple[str, tuple[QueryParam, ...] | None]:
    """The query text and, for a saved query or .rq file, its declared parameters."""
    if spec.startswith("@") or _looks_like_file(spec):
        path = Path(spec[1:] if spec.startswith("@") else spec)
        text = _read_query_file(path)
        params = _saved(path).params if _header(text).get("param") else None
        return text, params
    if _NAME.fullmatch(spec):
        saved = {q.name: q for q in list_saved_queries()}
        query = saved.get(spec.removesuffix(".rq"))
        if query is None:
            names = ", ".join(saved) or "none"
            raise QueryError(f"no saved query named {spec!r} (saved queries: {names})")
        return query.text, query.params
    return spec, None


def _check_declared(
    params: Mapping[str, str], declared: tuple[QueryParam, ...], name: str | None
) -> None:
    names = [p.name for p in declared]
    for key in params:
        if key not in names:
            known = ", ".join(names) or "none"
            raise QueryError(f"unknown parameter {key!r} (parameters: {known})", path=name)
    for param in declared:
        if param.name not in params and param.default is None:
            raise QueryError(
                f"needs a value for parameter {param.name!r}: --param {param.name}=…", path=name
            )


def bind_parameters(text: str, params: Mapping[str, str], *, name: str | None = None) -> str:
    """Bind each parameter as a string literal in a VALUES block opening the WHERE group,
    and the WHERE group of every sub-SELECT that uses it (a sub-SELECT's variables are its
    own: a VALUES block outside it would not reach them)."""
    if not params:
        return text
    tokens = list(_tokens(text))
    used = {tok.text[1:] for tok in tokens if tok.kind == "var"}
    literals = {}
    for key, value in params.items():
        if not _PARAM.fullmatch(key):
            raise QueryError(f"bad parameter name {key!r}: use letters, digits and _", path=name)
        if key not in used:
            raise QueryError(f"unknown parameter {key!r}: the query has no ?{key}", path=name)
        literals[key] = sparql_string(value, key, name)
    at = _where_brace(tokens)
    if at is None:
        raise QueryError("cannot bind parameters: no WHERE group found", path=name)
    groups = {at: set(literals)}
    for start, end in _subquery_groups(tokens):
        inside = {t.text[1:] for t in tokens if t.kind == "var" and start < t.start < end}
        if inside & set(literals):
            groups[start] = inside & set(literals)
    for brace in sorted(groups, reverse=True):  # from the end, so offsets stay right
        keys = [key for key in literals if key in groups[brace]]
        text = text[: brace + 1] + "\n  " + _values_row(keys, literals) + text[brace + 1 :]
    return text


def _values_row(keys: list[str], literals: Mapping[str, str]) -> str:
    """One VALUES row binding every parameter of a group at once (``VALUES ?a { "x" }`` for
    one), so that a query engine starts from all of them together."""
    if len(keys) == 1:
        return f"VALUES ?{keys[0]} {{ {literals[keys[0]]} }}"
    names = " ".join(f"?{key}" for key in keys)
    return f"VALUES ({names}) {{ ({' '.join(literals[key] for key in keys)}) }}"


def _subquery_groups(tokens: list[_Token]) -> Iterator[tuple[int, int]]:
    """(opening, closing) offsets of the WHERE group of each sub-SELECT (one inside braces)."""
    depth = 0
    opened: list[int] = []  # offsets of the open braces
    pending: list[int] = []  # depths at which a SELECT waits for its group
    subqueries: dict[int, int] = {}  # offset of a sub-SELECT's group brace → its depth
    for tok in tokens:
        if tok.kind == "word" and tok.text.upper() == "SELECT" and depth > 0:
            pending.append(depth)
        elif tok.kind == "punct" and tok.text == "{":
            if pending and pending[-1] == depth:
                subqueries[tok.start] = depth
                pending.pop()
            opened.append(tok.start)
            depth += 1
        elif tok.kind == "punct" and tok.text == "}" and opened:
            depth -= 1
            start = opened.pop()
            if start in subqueries:
                yield start, tok.start


def apply_page(text: str, page: Mapping[str, str], *, name: str | None = None) -> str:
    """Put the page parameters into the ``LIMIT``/``OFFSET`` clauses marked ``# = expr``.

    Each value must be a whole number (digits only: nothing else ever reaches the text);
    ``limit=0`` drops every clause whose expression names ``limit``.

    >>> apply_page("SELECT * WHERE { ?s ?p ?o } LIMIT 100  # = limit", {"limit": "5"})
    'SELECT * WHERE { ?s ?p ?o } LIMIT 5  # = limit'
    """
    numbers = {}
    for key, value in page.items():
        if not _COUNT.fullmatch(value.strip()):
            raise QueryError(
                f"parameter {key!r} must be a whole number (0 or more), got {value!r}", path=name
            )
        numbers[key] = int(value)
    out, last, marked = [], 0, False
    tokens = list(_tokens(text))
    for keyword, number in zip(tokens, tokens[1:], strict=False):
        if keyword.kind != "word" or keyword.text.upper() not in ("LIMIT", "OFFSET"):
            continue
        line_end = text.find("\n", number.start)
        rest = text[number.start + len(number.text) : None if line_end < 0 else line_end]
        marker = _PAGE_MARKER.fullmatch(rest)
        if marker is None or not _COUNT.fullmatch(number.text):
            continue
        terms = [t.strip() for t in marker.group(1).split("+")]
        unknown = [t for t in terms if t not in numbers and not t.isdigit()]
        if unknown:
            raise QueryError(f"page clause names {unknown[0]!r}, not a page parameter", path=name)
        marked = True
        out.append(text[last : keyword.start])
        if "limit" in terms and numbers["limit"] == 0:
            out.append(f"# {keyword.text} {number.text} dropped: limit=0 gives every row")
            last = number.start + len(number.text) + len(rest)
        else:
            value = sum(int(t) if t.isdigit() else numbers[t] for t in terms)
            out.append(f"{keyword.text} {value}")
            last = number.start + len(number.text)
    if numbers and not marked:
        raise QueryError("the query has no LIMIT or OFFSET marked # = limit", path=name)
    return "".join(out) + text[last:]


def sparql_string(value: str, key: str = "value", name: str | None = None) -> str:
    r"""``value`` as a SPARQL string literal that cannot end early.

    Backslash, quote and line breaks are escaped. A ``\uXXXX`` sequence is refused: SPARQL
    decodes those before parsing, so it would not stay the text it looks like.

    >>> print(sparql_string('金正恩" } ; DROP ALL ; #'))
    "金正恩\" } ; DROP ALL ; #"
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise QueryError(f"parameter {key!r} is not valid text", path=name) from exc
    if _UNICODE_ESCAPE.search(value):
        raise QueryError(
            f"parameter {key!r} contains a \\u escape, which SPARQL would decode; "
            "write the character itself",
            path=name,
        )
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class _Token:
    kind: str  # word | var | iri | string | punct
    text: str
    start: int


def _tokens(text: str) -> Iterator[_Token]:
    """SPARQL tokens, enough to tell keywords and braces from strings, IRIs and comments."""
    i, n = 0, len(text)
    after_at = False
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if ch in "\"'":
            end = _string_end(text, i)
            yield _Token("string", text[i:end], i)
            i = end
            continue
        if ch == "<":
            match = _IRIREF.match(text, i)
            if match:
                yield _Token("iri", match.group(), i)
                i = match.end()
                continue
        if ch in "?$":
            match = _VARNAME.match(text, i + 1)
            length = len(match.group()) if match else 0
            yield _Token("var", "?" + text[i + 1 : i + 1 + length], i)
            i += 1 + length
            continue
        match = _WORD.match(text, i)
        word = match.group().rstrip(".") if match else ""
        if word:
            yield _Token("lang" if after_at else "word", word, i)
            i += len(word)
            after_at = False
            continue
        after_at = ch == "@"
        yield _Token("punct", ch, i)
        i += 1


def _string_end(text: str, start: int) -> int:
    """The index after the string literal starting at ``start`` (or the end of the text)."""
    quote = text[start] * 3 if text.startswith(text[start] * 3, start) else text[start]
    i = start + len(quote)
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(quote, i):
            return i + len(quote)
        if len(quote) == 1 and text[i] in "\r\n":
            return i
        i += 1
    return len(text)


def _where_brace(tokens: list[_Token]) -> int | None:
    """The offset of the ``{`` that opens the query's WHERE group (not a CONSTRUCT template)."""
    depth, seen_where, construct = 0, False, False
    for tok in tokens:
        if tok.kind == "word" and depth == 0:
            upper = tok.text.upper()
            seen_where = seen_where or upper == "WHERE"
            construct = construct or upper == "CONSTRUCT"
        elif tok.kind == "punct" and tok.text == "{":
            if depth == 0 and (seen_where or not construct):
                return tok.start
            depth += 1
        elif tok.kind == "punct" and tok.text == "}":
            depth -= 1
    return None


# --------------------------------------------------------------------------- checking


class _Refused(Exception):
    """A problem with a query, named by the caller when it becomes a QueryError."""


class _Forbidden(_Refused):
    """A query kg will not run (update, SERVICE, FROM elsewhere): a QueryRefused."""


def _query_error(exc: _Refused, name: str | None) -> QueryError:
    kind = QueryRefused if isinstance(exc, _Forbidden) else QueryError
    return kind(str(exc), path=name)


def check_query(sparql: str, *, name: str | None = None, graph: Any = None) -> str:
    """Vet a query without running it; return its form (select, ask, construct, describe).

    Raises QueryError for a syntax error (the parser's message, on one line), QueryRefused
    for an update, SERVICE, or FROM / FROM NAMED naming a graph that is not one of
    ``graph``'s named graphs (without ``graph``, every FROM is refused).
    """
    try:
        form, dataset = _vetted(sparql)
        if graph is None:
            _check_dataset(dataset, frozenset())
        else:
            _check_dataset_of(dataset, graph)
    except _Refused as exc:
        raise _query_error(exc, name) from None
    return form


def _vetted(sparql: str) -> tuple[str, tuple[URIRef, ...]]:
    """(form, FROM / FROM NAMED IRIs), from the parse kept by :func:`_parse_checked`."""
    parsed, algebra = _parse_checked(sparql)
    return _form(parsed), _dataset_iris(algebra)


def _dataset_iris(algebra: Any) -> tuple[URIRef, ...]:
    clauses = algebra.algebra.get("datasetClause", None) or ()
    # CompValue.get(key) returns the key itself when it is missing: test membership instead
    return tuple(c["default"] if "default" in c else c["named"] for c in clauses)


def _check_dataset(iris: tuple[URIRef, ...], names: frozenset[URIRef]) -> None:
    """FROM and FROM NAMED may only name graphs of the loaded dataset."""
    for iri in iris:
        if iri not in names:
            _refuse_keyword("FROM", str(iri))


def _check_dataset_of(iris: tuple[URIRef, ...], graph: Any) -> None:
    """:func:`_check_dataset` against ``graph``'s named graphs, listed only when the query
    names some: a store holds one graph per article, and listing thousands of them would
    cost more than most queries."""
    if iris:
        _check_dataset(iris, graph_names(graph))


def graph_names(graph: Any) -> frozenset[URIRef]:
    """The named graphs of a loaded dataset or store (none for a plain graph file)."""
    if isinstance(graph, Dataset):
        return frozenset(
            c.identifier
            for c in graph.contexts()
            if isinstance(c.identifier, URIRef) and c.identifier != DATASET_DEFAULT_GRAPH_ID
        )
    if isinstance(graph, Graph):
        return frozenset()
    graph = _unwrap(graph)
    if type(graph).__module__.startswith("pyoxigraph"):
        return frozenset(URIRef(g.value) for g in graph.named_graphs())
    raise TypeError(f"cannot query a {type(graph).__name__}")


def _unwrap(graph: Any) -> Any:
    """The pyoxigraph store of an opened store folder (kg.store.GraphSource); else ``graph``."""
    if type(graph).__name__ == "GraphSource" and type(graph).__module__ == "kg.store":
        return graph.store
    return graph


@lru_cache(maxsize=256)
def _parse_checked(sparql: str) -> tuple[Any, Any]:
    """(parse tree, algebra) of a query that passed every refusal; raises _Refused.

    Kept per distinct text, for both engines: rdflib's parse costs ~30 ms, often more than
    running the query, and a page of a listing, a saved query run again or the same text
    on a Turtle file and a store is parsed once. The algebra is rdflib's prepared query,
    which its evaluation only reads (rdflib's prepareQuery is made to be run many times).
    """
    _refuse_by_tokens(sparql)
    try:
        parsed = parseQuery(sparql)
    except RecursionError:
        raise _Refused("query is nested too deeply") from None
    except ValueError as exc:  # a bad \u escape
        raise _Refused(f"syntax error: {_one_line(exc)}") from None
    except Exception as exc:  # pyparsing.ParseException and friends
        raise _Refused(_syntax_message(exc)) from None
    _refuse_in_tree(parsed)
    try:
        algebra = translateQuery(parsed, initNs=_DEFAULT_PREFIXES)
    except Exception as exc:  # e.g. "Unknown namespace prefix : foo"
        raise _Refused(f"cannot compile the query: {_one_line(exc)}") from None
    return parsed, algebra


def _form(parsed: Any) -> str:
    return str(parsed[1].name).removesuffix("Query").lower()


def _refuse_by_tokens(sparql: str) -> None:
    """Refuse updates, SERVICE and FROM by keyword, with a clear message, before parsing."""
    tokens = list(_tokens(expandUnicodeEscapes(sparql)))
    for number, tok in enumerate(tokens):
        if tok.kind != "word" or ":" in tok.text:
            continue
        word = tok.text.upper()
        if word in _UPDATE_WORDS:
            raise _Forbidden(f"{word} is a SPARQL update; queries here are read-only")
        if word == "SERVICE":
            following = [t for t in tokens[number + 1 : number + 3] if t.text.upper() != "SILENT"]
            iri = following[0].text[1:-1] if following and following[0].kind == "iri" else ""
            _refuse_keyword(word, iri)


def _refuse_keyword(word: str, iri: str = "") -> None:
    target = f" <{iri}>" if iri else ""
    if word == "SERVICE":
        raise _Forbidden(f"SERVICE{target} is refused: queries run on the loaded graph only")
    if word == "FROM":
        raise _Forbidden(
            f"FROM{target} is refused: queries run on the loaded graph only, and it has no "
            "graph of that name (it would fetch a URL or read a local file)"
        )


def _refuse_in_tree(parsed: Any) -> None:
    """SERVICE refused on the parse tree too, in case the token scan missed a form (FROM is
    checked on the algebra, against the loaded graph)."""
    for node in _walk(parsed):
        if node.name == "ServiceGraphPattern":
            _refuse_keyword("SERVICE", str(node.get("term", "")))


def _walk(node: Any) -> Iterator[CompValue]:
    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        for value in node:
            yield from _walk(value)


def _syntax_message(exc: Exception) -> str:
    line, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
    where = f" at line {line}, column {col}" if line is not None else ""
    message = getattr(exc, "msg", None) or str(exc)
    return f"syntax error{where}: {_one_line(message)}"


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


# --------------------------------------------------------------------------- running


@dataclass(frozen=True)
class QueryResult:
    """What a query returned: rows (SELECT), a boolean (ASK) or a graph (CONSTRUCT/DESCRIBE).

    ``rows`` hold rdflib terms, None where a variable is unbound.
    """

    kind: str  # select | ask | graph
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = field(default=None, compare=False)

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts of Python values (str, int, date…), for scripts and notebooks."""
        return [
            {c: (None if v is None else _python(v)) for c, v in zip(self.columns, row, strict=True)}
            for row in self.rows
        ]


def run_query(
    graph: Any, sparql: str, timeout: float | None = None, *, name: str | None = None
) -> QueryResult:
    """Run a read-only query on an rdflib Graph/Dataset, a pyoxigraph Store (its default
    graph) or a store folder opened by :func:`open_graph`.

    ``timeout`` (seconds) stops the query and raises QueryError; refusals and syntax errors
    raise QueryError before anything runs. ``name`` is how error messages name the query.
    """
    if timeout is not None and timeout <= 0:
        raise QueryError("timeout must be a positive number of seconds", path=name)
    graph = _unwrap(graph)
    if isinstance(graph, Graph):
        backend = _run_rdflib
    elif type(graph).__module__.startswith("pyoxigraph"):
        backend = _run_oxigraph
    else:
        raise TypeError(f"cannot query a {type(graph).__name__}")
    try:
        return _with_timeout(lambda: backend(graph, sparql), timeout)
    except _Refused as exc:
        raise _query_error(exc, name) from None
    except _Timeout:
        raise QueryTimeout(f"stopped after the {timeout:g} s timeout", path=name) from None


def _run_rdflib(graph: Graph, sparql: str) -> QueryResult:
    _parsed, algebra = _parse_checked(sparql)
    _check_dataset_of(_dataset_iris(algebra), graph)
    try:
        result = graph.query(algebra)
        if result.type == "ASK":
            return QueryResult("ask", boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult("graph", graph=_with_prefixes(result.graph))
        columns = tuple(str(v) for v in result.vars or ())
        rows = tuple(tuple(row) for row in result)
    except Exception as exc:  # rdflib evaluation errors have no common base
        raise _Refused(f"query failed: {_one_line(exc)}") from None
    return QueryResult("select", columns, rows)


def _run_oxigraph(store: Any, sparql: str) -> QueryResult:
    _check_dataset_of(_vetted(sparql)[1], store)
    try:
        return _collect_oxigraph(store, sparql)
    except (SyntaxError, OSError, ValueError, RuntimeError) as exc:
        message = _one_line(exc)
    # raised outside the handler, so no traceback keeps pyoxigraph objects alive (they must be
    # freed on the thread that made them; a query may run in a timeout thread)
    raise _Refused(f"query failed: {message}")


def _collect_oxigraph(store: Any, sparql: str) -> QueryResult:
    import pyoxigraph as ox

    # The default graph is the whole graph: kg's stores keep it as the merge of the article
    # graphs (oxigraph's union default graph would count shared triples twice).
    result = store.query(sparql, prefixes=_DEFAULT_PREFIXES)
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(result))
    out = new_graph()
    convert = _ox_converter()
    if isinstance(result, ox.QueryTriples):
        for triple in result:
            out.add((convert(triple.subject), convert(triple.predicate), convert(triple.object)))
        del result
        return QueryResult("graph", graph=out)
    columns = tuple(v.value for v in result.variables)
    rows, solution = [], None
    for solution in result:  # a solution iterates its values in the order of the variables
        rows.append(tuple([convert(term) for term in solution]))
    del solution, result  # freed here, on this thread, not later by the garbage collector
    return QueryResult("select", columns, tuple(rows))


def _ox_converter() -> Callable[[Any], Node | None]:
    """:func:`_from_ox` with a memory: the same term (a status, a label, a count, a date)
    comes back in row after row, and an rdflib Literal costs microseconds to build (it parses
    its value) while a dictionary lookup costs a few dozen nanoseconds."""
    seen: dict[Any, Node | None] = {None: None}

    def convert(term: Any) -> Node | None:
        try:
            return seen[term]
        except KeyError:
            node = seen[term] = _from_ox(term)
            return node

    return convert


def _from_ox(term: Any) -> Node | None:
    """A pyoxigraph term as the rdflib term the formatters expect."""
    if term is None:
        return None
    kind = type(term).__name__
    if kind == "NamedNode":
        return URIRef(term.value)
    if kind == "BlankNode":
        return BNode(term.value)
    if kind == "Literal":
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    return Literal(str(term))


def _with_prefixes(graph: Graph) -> Graph:
    out = new_graph()
    out += graph
    return out


def _python(term: Node) -> Any:
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)


# --------------------------------------------------------------------------- timeouts


class _Timeout(BaseException):
    """Raised inside a query's worker thread to stop it; a BaseException so no handler eats it."""


def _with_timeout(work: Callable[[], QueryResult], timeout: float | None) -> QueryResult:
    """``work()``, stopped after ``timeout`` seconds.

    The query runs in a worker thread the caller waits for. Past the deadline the caller
    raises _Timeout inside the worker (CPython's asynchronous exception: no cost while the
    query runs, unlike a trace function) and repeats it until the worker has ended, so
    an exception swallowed by some ``__del__`` cannot let the query run on. Only the worker
    is ever interrupted, never the caller, so no stray exception can land after we return.
    """
    if timeout is None:
        return work()
    box: dict[str, Any] = {}

    def _target() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # handed to the caller, _Timeout included
            box["error"] = exc

    worker = threading.Thread(target=_target, name="kg-query", daemon=True)
    worker.start()
    try:
        worker.join(timeout)
    finally:
        if worker.is_alive():
            _stop(worker)
    if worker.is_alive() or isinstance(box.get("error"), _Timeout):
        raise _Timeout
    if "error" in box:
        raise box["error"]
    return box["value"]


def _stop(worker: threading.Thread, grace: float = 2.0) -> None:
    """Interrupt ``worker`` until it ends, for at most ``grace`` seconds (native code
    such as a pyoxigraph query cannot be interrupted; it is then left to finish alone)."""
    if _SET_ASYNC_EXC is None or worker.ident is None:
        return
    import ctypes

    end = time.monotonic() + grace
    while worker.is_alive() and time.monotonic() < end:
        _SET_ASYNC_EXC(ctypes.c_ulong(worker.ident), ctypes.py_object(_Timeout))
        worker.join(0.05)


def _async_exc_api() -> Callable[..., int] | None:
    try:
        import ctypes

        return ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):  # not CPython: a timed-out query is abandoned
        return None


_SET_ASYNC_EXC = _async_exc_api()


# --------------------------------------------------------------------------- loading


def open_graph(path: str | os.PathLike) -> Any:
    """What ``kg query``, ``kg export``, ``kg serve`` and ``EventGraph.open`` query: the graph
    at ``path``, as something :func:`run_query` accepts.

    A graph file written by ``kg build`` (graph.ttl) or any RDF file gives an rdflib graph
    (:func:`load_graph`); a store folder written by ``kg build --store`` gives its current
    generation opened read-only (:class:`kg.store.GraphSource`, which a build running at the
    same time never writes). This is the one place that opens a graph: every command goes
    through here. Raises InputError.
    """
    path = Path(path)
    if path.is_dir():
        from .store import open_store

        return open_store(path)
    return load_graph(path)


def load_graph(path: str | Path) -> Graph:
    """Read a graph file, its format chosen by suffix (.ttl, .nt, .nq, .trig, .jsonld, .rdf).

    Quad formats (TriG, N-Quads) give a Dataset whose default graph is the union of its
    graphs, so queries see every article's graph. Raises InputError for a missing file, an
    unknown suffix or a file that is not valid RDF in that format.
    """
    path = Path(path)
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if not path.exists():
        raise InputError("graph file not found", path=str(path))
    if path.is_dir():
        raise InputError("is a folder, not a graph file", path=str(path))
    if fmt is None:
        known = " ".join(sorted(RDF_FORMATS))
        suffix = path.suffix or "(none)"
        raise InputError(f"unknown graph format {suffix!r}: use {known}", path=str(path))
    if fmt == "json-ld":
        _refuse_remote_context(path)
    graph: Graph = Dataset(default_union=True) if fmt in ("trig", "nquads") else new_graph()
    try:
        graph.parse(path, format=fmt)
    except UnicodeDecodeError:
        raise InputError(f"not {fmt} (not UTF-8 text)", path=str(path)) from None
    except Exception as exc:  # every rdflib parser has its own error types
        raise InputError(f"not valid {fmt}: {_one_line(exc)[:300]}", path=str(path)) from None
    return graph


def _refuse_remote_context(path: Path) -> None:
    """JSON-LD may name a remote @context that rdflib would download: refuse it instead."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"not valid json-ld: {_one_line(exc)}", path=str(path)) from None
    if _remote_context(document):
        raise InputError(
            "refers to a remote JSON-LD @context, which would be downloaded; inline it",
            path=str(path),
        )


def _remote_context(node: Any) -> bool:
    """True if some @context or @import (at any depth) is, or lists, a URL string."""
    if isinstance(node, list):
        return any(_remote_context(item) for item in node)
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("@context", "@import") and _is_reference(value):
                return True
            if _remote_context(value):
                return True
    return False


def _is_reference(value: Any) -> bool:
    return isinstance(value, str) or (
        isinstance(value, list) and any(isinstance(item, str) for item in value)
    )


# --------------------------------------------------------------------------- formats


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result in one of FORMATS: table, csv, tsv, json, xml.

    A graph result (CONSTRUCT, DESCRIBE) is Turtle for table, JSON-LD for json, RDF/XML for
    xml; it has no CSV or TSV form.
    """
    try:
        formatter = _FORMATTERS[fmt]
    except KeyError:
        raise QueryError(f"unknown result format {fmt!r} (use {', '.join(FORMATS)})") from None
    return formatter(result)


def format_table(result: QueryResult, max_width: int | None = None) -> str:
    """An aligned text table for people; Chinese characters count two columns.

    Control characters from article text are replaced so they cannot move the cursor or
    recolour the terminal. ``max_width`` cuts long cells with "…".
    """
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    if result.kind == "graph":
        return _graph_text(result.graph, "turtle")
    header = [(h, _width(h)) for h in result.columns]
    body = [[_measured(_cell(v, max_width)) for v in row] for row in result.rows]
    widths = [max([w] + [r[i][1] for r in body]) for i, (_, w) in enumerate(header)]
    lines = [_table_line(header, widths), _table_line([_measured("-" * w) for w in widths], widths)]
    lines += [_table_line(row, widths) for row in body]
    count = len(body)
    lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(lines) + "\n"


def format_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: variable names, then plain values (CRLF line ends)."""
    if result.kind == "ask":
        return "true\r\n" if result.boolean else "false\r\n"
    _need_rows(result, "CSV")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(["" if v is None else _csv_value(v) for v in row])
    return out.getvalue()


def format_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV: ``?var`` header, terms in SPARQL/Turtle syntax."""
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    _need_rows(result, "TSV")
    lines = ["\t".join(f"?{c}" for c in result.columns)]
    lines += ["\t".join("" if v is None else _tsv_value(v) for v in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def format_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON (``head.vars``, ``results.bindings``); JSON-LD for graphs."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n"
    if result.kind == "graph":
        return _graph_text(result.graph, "json-ld")
    bindings = [
        {c: _json_term(v) for c, v in zip(result.columns, row, strict=True) if v is not None}
        for row in result.rows
    ]
    document = {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def format_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML Format (``<sparql>``, ``<head>``, ``<results>``); RDF/XML for
    graphs. Characters XML 1.0 cannot hold become U+FFFD."""
    if result.kind == "graph":
        return _graph_text(result.graph, "xml")
    root = etree.Element(f"{{{_RESULTS_NS}}}sparql", nsmap={None: _RESULTS_NS})
    head = etree.SubElement(root, f"{{{_RESULTS_NS}}}head")
    if result.kind == "ask":
        etree.SubElement(root, f"{{{_RESULTS_NS}}}boolean").text = (
            "true" if result.boolean else "false"
        )
    else:
        for column in result.columns:
            etree.SubElement(head, f"{{{_RESULTS_NS}}}variable", name=column)
        results = etree.SubElement(root, f"{{{_RESULTS_NS}}}results")
        for row in result.rows:
            element = etree.SubElement(results, f"{{{_RESULTS_NS}}}result")
            for column, term in zip(result.columns, row, strict=True):
                if term is not None:
                    binding = etree.SubElement(element, f"{{{_RESULTS_NS}}}binding", name=column)
                    _xml_term(binding, term)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8").decode("utf-8") + "\n"


def format_graph(result: QueryResult, fmt: str = "turtle") -> str:
    """A CONSTRUCT or DESCRIBE result in an RDF syntax of GRAPH_FORMATS (turtle, nt, …)."""
    if result.kind != "graph":
        raise QueryError(f"only CONSTRUCT and DESCRIBE give a graph; this is {result.kind}")
    if fmt not in GRAPH_FORMATS:
        raise QueryError(f"unknown graph format {fmt!r} (use {', '.join(GRAPH_FORMATS)})")
    return _graph_text(result.graph, fmt)


FORMATS = ("table", "csv", "tsv", "json", "xml")
#: rdflib format names a graph result can be written in.
GRAPH_FORMATS = ("turtle", "nt", "json-ld", "xml", "trig", "nquads")
_FORMATTERS: dict[str, Callable[[QueryResult], str]] = {
    "table": format_table,
    "csv": format_csv,
    "tsv": format_tsv,
    "json": format_json,
    "xml": format_xml,
}
_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_term(parent: etree._Element, term: Node) -> None:
    if isinstance(term, URIRef):
        etree.SubElement(parent, f"{{{_RESULTS_NS}}}uri").text = _NOT_XML.sub("\ufffd", term)
    elif isinstance(term, BNode):
        etree.SubElement(parent, f"{{{_RESULTS_NS}}}bnode").text = str(term)
    else:
        assert isinstance(term, Literal)
        literal = etree.SubElement(parent, f"{{{_RESULTS_NS}}}literal")
        literal.text = _NOT_XML.sub("\ufffd", str(term))
        if term.language:
            literal.set(f"{{{_XML_NS}}}lang", term.language)
        elif term.datatype is not None:
            literal.set("datatype", str(term.datatype))


def _need_rows(result: QueryResult, what: str) -> None:
    if result.kind == "graph":
        raise QueryError(
            f"{what} results exist for SELECT only; this query returns a graph: "
            "use --format table (Turtle) or json (JSON-LD)"
        )


def _graph_text(graph: Graph | None, fmt: str) -> str:
    return serialize_graph(graph if graph is not None else new_graph(), fmt).decode("utf-8")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _cell(term: Node | None, max_width: int | None) -> str:
    if term is None:
        return ""
    text = _CONTROL.sub(lambda m: " " if m.group() in "\t\n\r" else "\ufffd", _display(term))
    if max_width and _width(text) > max_width:
        while text and _width(text) > max_width - 1:
            text = text[:-1]
        text += "…"
    return text


def _display(term: Node) -> str:
    """An IRI as ``prefix:local`` when that is valid SPARQL, else ``<iri>``; literals bare."""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            local = str(term)[len(namespace) :]
            if str(term).startswith(namespace) and re.fullmatch(r"[A-Za-z_][\w\-]*", local):
                return f"{prefix}:{local}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _width(text: str) -> int:
    """Terminal columns of ``text``: wide (CJK) characters count two, combining marks none."""
    if text.isascii():
        return len(text)
    return sum(map(_char_width, text))


@lru_cache(maxsize=8192)
def _char_width(ch: str) -> int:
    return 0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _measured(text: str) -> tuple[str, int]:
    return text, _width(text)


def _table_line(cells: list[tuple[str, int]], widths: list[int]) -> str:
    padded = [c + " " * (w - n) for (c, n), w in zip(cells, widths, strict=True)]
    return "  ".join(padded).rstrip()


def _csv_value(term: Node) -> str:
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _tsv_value(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    assert isinstance(term, Literal)
    escaped = (
        str(term)
        .replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    if term.language:
        return f'"{escaped}"@{term.language}'
    if term.datatype is not None:
        return f'"{escaped}"^^<{term.datatype}>'
    return f'"{escaped}"'


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None:
        out["datatype"] = str(term.datatype)
    return out
