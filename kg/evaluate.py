"""Score extractor output against gold annotations, exactly as GUIDELINES.md "Scoring" says.

This module does no extraction: the caller passes the output records (``Event.to_json()`` /
``Role.to_json()`` dicts, or lines of ``kg extract --format jsonl``) and the gold articles.

How a score is computed, per article (GUIDELINES.md, "Scoring"):

1. An output actor maps to a gold entity when its ``mention`` or its ``label`` (whitespace
   trimmed) is exactly one of the entity's aliases. The mention is tried first: the gold
   aliases are, by definition, the surface forms the article uses, and the mention is the one
   the article used, while the label is the extractor's canonical name and may be a broader
   actor (mention 美国财政部, label 美国). An actor that maps to no entity stays as its own
   label, written in double quotes (``"某官员"``) so it can never equal an entity id.
2. Event key = (subject, type, object), the pair sorted for the symmetric types; the strict
   key adds the status. Output keys are deduplicated per article. Each gold event accepts its
   own key and the key of every ``alt`` variant.
3. Recall = gold events with an accepted key among the output keys / gold events; precision =
   output keys accepted by some gold event / output keys; both summed over articles (micro
   average). One output key may satisfy several gold events, and several output keys (an
   event and its alt variant) may satisfy one; so ``tp`` (output side) and ``found`` (gold
   side) are counted separately.
4. Roles: the same over (person, org) keys, from output records whose event_type is ROLE.
5. An output record belongs to the gold article whose ``file`` has the base name of its
   ``source``; records for no gold article are ignored and counted as ``unmatched_output``.

Several gold files can be scored together: concatenate their ``load_gold`` lists (file names
must stay unique). Reporting per gold file (e.g. a held-out set apart) is the caller's job:
score each file's articles separately, using ``GoldArticle.path`` to group them.

A ratio whose denominator is 0 is 0.0 (as is F1 when P + R = 0).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

from .exceptions import EvalError
from .model import EVENT_TYPES, STATUSES, SYMMETRIC_TYPES

__all__ = [
    "Entity",
    "Variant",
    "RoleVariant",
    "GoldEvent",
    "GoldRole",
    "GoldArticle",
    "Counts",
    "ArticleScore",
    "Miss",
    "FalsePositive",
    "Report",
    "ENTITY_TYPES",
    "event_key",
    "load_gold",
    "parse_gold",
    "gold_as_output",
    "score",
    "format_report",
]

#: Actor types a gold entity may have (those of ``kg.model.Actor``).
ENTITY_TYPES = ("Country", "Organization", "Person", "Group", "Location")
_ROLE = "ROLE"
_EVENT_FIELDS = ("s", "type", "o", "status")
_ROLE_FIELDS = ("person", "org", "title")

Key = tuple[str, ...]


# --- gold records -------------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    """An actor of one gold article with every surface form the article uses for it."""

    id: str
    type: str
    aliases: tuple[str, ...]


class Variant(NamedTuple):
    """One accepted reading of a gold event: the event itself or one of its ``alt``."""

    s: str
    type: str
    o: str
    status: str


class RoleVariant(NamedTuple):
    """One accepted reading of a gold role."""

    person: str
    org: str


@dataclass(frozen=True)
class GoldEvent:
    """A gold event; ``alt`` holds its variants with the alt fields already applied."""

    s: str
    type: str
    o: str
    status: str
    evidence: str = ""
    alt: tuple[Variant, ...] = ()

    @property
    def variants(self) -> tuple[Variant, ...]:
        """The event's own reading first, then its alternatives."""
        return (Variant(self.s, self.type, self.o, self.status), *self.alt)

    def keys(self, strict: bool = False) -> frozenset[Key]:
        """Every key that finds this event (plain, or with status when ``strict``)."""
        return frozenset(
            event_key(v.s, v.type, v.o, v.status if strict else None) for v in self.variants
        )


@dataclass(frozen=True)
class GoldRole:
    """A post a person holds in an organisation or country; ``alt`` as for events."""

    person: str
    org: str
    title: str = ""
    alt: tuple[RoleVariant, ...] = ()

    def keys(self) -> frozenset[Key]:
        """Every (person, org) key that finds this role."""
        return frozenset((v.person, v.org) for v in (RoleVariant(self.person, self.org), *self.alt))


@dataclass(frozen=True)
class GoldArticle:
    """One line of a gold file. ``path`` and ``line`` say where it was read."""

    id: str
    file: str
    date: str | None
    entities: tuple[Entity, ...]
    events: tuple[GoldEvent, ...]
    roles: tuple[GoldRole, ...]
    path: str = ""
    line: int = 0

    @cached_property
    def alias_index(self) -> dict[str, str]:
        """Trimmed alias → entity id; ``load_gold`` guarantees an alias has one entity."""
        return {alias.strip(): e.id for e in self.entities for alias in e.aliases}

    @property
    def name(self) -> str:
        """The base name output ``source`` paths are matched on."""
        return _base_name(self.file)


def event_key(s: str, type_: str, o: str, status: str | None = None) -> Key:
    """The scoring key of an event: actors sorted for symmetric types, status if strict.

    >>> event_key("USA", "CONSULT", "PRK"), event_key("USA", "SANCTION", "PRK", "asserted")
    (('PRK', 'CONSULT', 'USA'), ('USA', 'SANCTION', 'PRK', 'asserted'))
    """
    if type_ in SYMMETRIC_TYPES and o < s:
        s, o = o, s
    return (s, type_, o) if status is None else (s, type_, o, status)


# --- loading gold -------------------------------------------------------------------------


class _Invalid(ValueError):
    """Why a gold line is malformed; ``parse_gold`` adds the line number and path."""


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a gold JSONL file (GUIDELINES.md format), checking it thoroughly.

    Every annotation mistake the scorer would otherwise silently turn into a wrong score
    (an event naming an unknown entity, an alias under two entities, a typo in a type or
    status, a repeated event) is an ``EvalError`` naming the file and line.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise EvalError("no such file", path=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise EvalError("not UTF-8 text", path=str(path)) from exc
    except OSError as exc:
        raise EvalError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc
    return parse_gold(text.splitlines(), path=str(path))


def parse_gold(lines: Iterable[str], path: str = "<gold>") -> list[GoldArticle]:
    """Parse gold JSONL lines (blank lines skipped); errors read ``path: line N: reason``.

    >>> gold = parse_gold(['{"id": "a", "file": "a.txt", "entities": {}, "events": []}'])
    Traceback (most recent call last):
    kg.exceptions.EvalError: <gold>: line 1: missing key 'roles'
    """
    articles: list[GoldArticle] = []
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            article = _parse_article(_json_object(line), path, number)
            _check_unique(seen_ids, article.id, "article id", number)
            _check_unique(seen_files, article.name, "file", number)
        except _Invalid as exc:
            raise EvalError(f"line {number}: {exc}", path=path) from None
        articles.append(article)
    if not articles:
        raise EvalError("no articles", path=path)
    return articles


def _json_object(line: str) -> dict[str, Any]:
    """Decode one line; a repeated key (two entities with one id) is an error, not last-wins."""
    try:
        value = json.loads(line, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise _Invalid(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(value, dict):
        raise _Invalid("expected a JSON object")
    return value


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Invalid(f"duplicate key '{key}'")
        result[key] = value
    return result


def _check_unique(seen: dict[str, int], value: str, what: str, number: int) -> None:
    if value in seen:
        raise _Invalid(f"{what} '{value}' already used on line {seen[value]}")
    seen[value] = number


def _get(obj: Mapping[str, Any], key: str, kind: type, what: str, where: str = "") -> Any:
    """``obj[key]`` checked for presence and type (``what`` names the type in the message)."""
    if key not in obj:
        raise _Invalid(f"{where}missing key '{key}'")
    value = obj[key]
    if not isinstance(value, kind) or (kind is str and not value.strip()):
        raise _Invalid(f"{where}'{key}' must be {what}")
    return value


def _optional_str(obj: Mapping[str, Any], key: str, where: str = "") -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _Invalid(f"{where}'{key}' must be a string")
    return value


def _parse_article(obj: Mapping[str, Any], path: str, number: int) -> GoldArticle:
    article_id = _get(obj, "id", str, "a non-empty string")
    file = _get(obj, "file", str, "a non-empty string")
    entities = _parse_entities(_get(obj, "entities", dict, "an object"))
    known = {e.id for e in entities}
    events = tuple(
        _parse_event(raw, f"event {i}: ", known)
        for i, raw in enumerate(_get(obj, "events", list, "a list"), 1)
    )
    roles = tuple(
        _parse_role(raw, f"role {i}: ", known)
        for i, raw in enumerate(_get(obj, "roles", list, "a list"), 1)
    )
    _check_repeats([event_key(*e.variants[0]) for e in events], "event")
    _check_repeats([(r.person, r.org) for r in roles], "role")
    date = obj.get("date")
    if date is not None and not isinstance(date, str):
        raise _Invalid("'date' must be a string or null")
    return GoldArticle(article_id, file, date, entities, events, roles, path, number)


def _parse_entities(raw: Mapping[str, Any]) -> tuple[Entity, ...]:
    """Entities in file order; an alias under two entities makes mapping ambiguous."""
    entities: list[Entity] = []
    owner: dict[str, str] = {}
    for entity_id, spec in raw.items():
        entity = _parse_entity(entity_id, spec)
        for alias in entity.aliases:
            other = owner.setdefault(alias.strip(), entity_id)
            if other != entity_id:
                raise _Invalid(
                    f"alias '{alias.strip()}' belongs to both '{other}' and '{entity_id}'"
                )
        entities.append(entity)
    return tuple(entities)


def _parse_entity(entity_id: str, spec: Any) -> Entity:
    where = f"entity '{entity_id}': "
    if not entity_id.strip() or entity_id.startswith('"'):
        raise _Invalid(f"{where}an id must be non-empty and not start with '\"'")
    if not isinstance(spec, dict):
        raise _Invalid(f"{where}expected an object")
    type_ = _get(spec, "type", str, "a non-empty string", where)
    if type_ not in ENTITY_TYPES:
        raise _Invalid(f"{where}unknown type '{type_}' (use one of {', '.join(ENTITY_TYPES)})")
    aliases = _get(spec, "aliases", list, "a list of strings", where)
    if not all(isinstance(a, str) and a.strip() for a in aliases):
        raise _Invalid(f"{where}'aliases' must be a list of non-empty strings")
    if not aliases:
        raise _Invalid(f"{where}no aliases")
    return Entity(entity_id, type_, tuple(aliases))


def _parse_event(raw: Any, where: str, known: set[str]) -> GoldEvent:
    if not isinstance(raw, dict):
        raise _Invalid(f"{where}expected an object")
    fields = {name: _get(raw, name, str, "a non-empty string", where) for name in _EVENT_FIELDS}
    own = _check_event(Variant(**fields), where, known)
    alts = tuple(
        _check_event(own._replace(**variant), f"{where}alt {i}: ", known)
        for i, variant in enumerate(_alt_list(raw, _EVENT_FIELDS, where), 1)
    )
    return GoldEvent(*own, evidence=_optional_str(raw, "evidence", where), alt=alts)


def _check_event(v: Variant, where: str, known: set[str]) -> Variant:
    """A reading is valid when both actors are entities, distinct, and type/status known."""
    _check_entity(v.s, "subject", where, known)
    _check_entity(v.o, "object", where, known)
    if v.s == v.o:
        raise _Invalid(f"{where}subject and object are both '{v.s}'")
    if v.type not in EVENT_TYPES:
        raise _Invalid(f"{where}unknown event type '{v.type}'")
    if v.status not in STATUSES:
        raise _Invalid(f"{where}unknown status '{v.status}'")
    return v


def _parse_role(raw: Any, where: str, known: set[str]) -> GoldRole:
    if not isinstance(raw, dict):
        raise _Invalid(f"{where}expected an object")
    own = RoleVariant(
        _get(raw, "person", str, "a non-empty string", where),
        _get(raw, "org", str, "a non-empty string", where),
    )
    # a title in an alt changes nothing that is scored
    variants = [
        own,
        *(
            own._replace(**{k: v for k, v in alt.items() if k != "title"})
            for alt in _alt_list(raw, _ROLE_FIELDS, where)
        ),
    ]
    for i, v in enumerate(variants):
        at = f"{where}alt {i}: " if i else where
        _check_entity(v.person, "person", at, known)
        _check_entity(v.org, "org", at, known)
        if v.person == v.org:
            raise _Invalid(f"{at}person and org are both '{v.person}'")
    return GoldRole(own.person, own.org, _optional_str(raw, "title", where), tuple(variants[1:]))


def _alt_list(raw: Mapping[str, Any], allowed: Sequence[str], where: str) -> list[dict]:
    """The ``alt`` variants as dicts of allowed, non-empty string fields."""
    alts = raw.get("alt", [])
    if not isinstance(alts, list) or not all(isinstance(a, dict) for a in alts):
        raise _Invalid(f"{where}'alt' must be a list of objects")
    for i, alt in enumerate(alts, 1):
        at = f"{where}alt {i}: "
        if not alt:
            raise _Invalid(f"{at}empty")
        for name in alt:
            if name not in allowed:
                raise _Invalid(f"{at}unknown key '{name}' (use {', '.join(allowed)})")
            _get(alt, name, str, "a non-empty string", at)
    return [dict(a) for a in alts]


def _check_entity(value: str, role: str, where: str, known: set[str]) -> None:
    if value not in known:
        raise _Invalid(f"{where}{role} '{value}' is not an entity of the article")


def _check_repeats(keys: list[Key], what: str) -> None:
    """Each event (actors, type, status) and each role is annotated once per article."""
    first: dict[Key, int] = {}
    for i, key in enumerate(keys, 1):
        if key in first:
            raise _Invalid(f"{what} {i} repeats {what} {first[key]} ({' '.join(key)})")
        first[key] = i


def gold_as_output(gold: Iterable[GoldArticle]) -> Iterator[dict[str, Any]]:
    """The records a perfect extractor would emit: label and mention = first alias.

    Useful to check a gold file scores 1.0 against itself, and for examples.
    """
    for article in gold:
        first = {e.id: e for e in article.entities}
        for event in article.events:
            yield _record(
                article, first[event.s], first[event.o], event.type, event.status, event.evidence
            )
        for role in article.roles:
            yield _record(
                article, first[role.person], first[role.org], _ROLE, "asserted", role.title
            )


def _record(
    article: GoldArticle, s: Entity, o: Entity, type_: str, status: str, sentence: str
) -> dict[str, Any]:
    return {
        "subject": _actor_record(s),
        "object": _actor_record(o),
        "event_type": type_,
        "status": status,
        "source": article.file,
        "sentence": sentence,
    }


def _actor_record(entity: Entity) -> dict[str, str]:
    return {"label": entity.aliases[0], "mention": entity.aliases[0], "type": entity.type}


# --- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """Matching counts. ``tp``/``fp`` count output keys; ``found``/``fn`` count gold items.

    >>> c = Counts(tp=3, fp=1, fn=2, found=2)
    >>> c.precision, c.recall, round(c.f1, 4)
    (0.75, 0.5, 0.6)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    found: int = 0

    @property
    def gold(self) -> int:
        return self.found + self.fn

    @property
    def output(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.output if self.output else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.found + other.found
        )


@dataclass(frozen=True)
class ArticleScore:
    """The counts of one gold article (``records``: output records that belong to it)."""

    id: str
    file: str
    path: str
    events: Counts
    strict: Counts
    roles: Counts
    records: int


@dataclass(frozen=True)
class Miss:
    """A gold item not found. ``kind``: event, status (key found, status wrong) or role.

    ``key`` is the item's own key, with the status for events; ``text`` is the evidence of
    an event or the title of a role; ``output_statuses`` (kind ``status``) are the statuses
    the output gave the event's plain key.
    """

    article: str
    file: str
    kind: str
    key: Key
    text: str
    output_statuses: tuple[str, ...] = ()


@dataclass(frozen=True)
class FalsePositive:
    """An output key no gold item accepts, shown with the first record that produced it."""

    article: str
    file: str
    kind: str  # event | role
    key: Key
    sentence: str
    subject_mention: str
    object_mention: str
    records: int = 1


@dataclass(frozen=True)
class Report:
    """Micro-averaged scores, with the details needed to see what went wrong.

    ``by_type``: plain counts per event type (recall per gold type, precision per output
    type). ``by_status``: strict counts per status, likewise.
    """

    events: Counts
    strict: Counts
    roles: Counts
    articles: tuple[ArticleScore, ...]
    by_type: dict[str, Counts]
    by_status: dict[str, Counts]
    misses: tuple[Miss, ...]
    false_positives: tuple[FalsePositive, ...]
    output_records: int
    unmatched_output: int
    unmatched_sources: tuple[str, ...]

    @property
    def f1(self) -> float:
        return self.events.f1

    @property
    def strict_f1(self) -> float:
        return self.strict.f1

    @property
    def role_f1(self) -> float:
        return self.roles.f1


# --- scoring ------------------------------------------------------------------------------


class _Output(NamedTuple):
    """One output record reduced to what scoring needs."""

    key: Key  # plain key (event) or (person, org) (role)
    status: str
    record: Mapping[str, Any]


@dataclass
class _Tally:
    """Counts being collected, keyed by event type or status, to build a ``Report``."""

    gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    output: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def counts(self, order: Sequence[str]) -> dict[str, Counts]:
        names = set(self.gold) | set(self.output)
        ranked = sorted(names, key=lambda n: (order.index(n) if n in order else len(order), n))
        return {
            n: Counts(
                self.correct[n],
                self.output[n] - self.correct[n],
                self.gold[n] - self.found[n],
                self.found[n],
            )
            for n in ranked
        }


def score(gold: Sequence[GoldArticle], output: Iterable[Mapping[str, Any]]) -> Report:
    """Score output records against gold articles (possibly from several gold files).

    >>> gold = parse_gold([json.dumps({"id": "a", "file": "a.txt", "roles": [],
    ...     "entities": {"USA": {"type": "Country", "aliases": ["美国", "美方"]},
    ...                  "PRK": {"type": "Country", "aliases": ["朝鲜"]}},
    ...     "events": [{"s": "USA", "type": "SANCTION", "o": "PRK", "status": "asserted"}]})])
    >>> actor = lambda text: {"label": text, "mention": text}
    >>> out = [{"subject": actor("美方"), "object": actor("朝鲜"), "event_type": "SANCTION",
    ...         "status": "intended", "source": "news/a.txt"}]
    >>> report = score(gold, out)
    >>> report.f1, report.strict_f1, report.misses[0].output_statuses
    (1.0, 0.0, ('intended',))
    """
    by_name = _index_articles(gold)
    grouped, unmatched = _group_output(output, by_name)
    types, statuses = _Tally(), _Tally()
    scores: list[ArticleScore] = []
    misses: list[Miss] = []
    fps: list[FalsePositive] = []
    for article in gold:
        records = grouped.get(article.name, [])
        scores.append(_score_article(article, records, types, statuses, misses, fps))
    return Report(
        events=sum((a.events for a in scores), Counts()),
        strict=sum((a.strict for a in scores), Counts()),
        roles=sum((a.roles for a in scores), Counts()),
        articles=tuple(scores),
        by_type=types.counts(EVENT_TYPES),
        by_status=statuses.counts(STATUSES),
        misses=tuple(misses),
        false_positives=tuple(fps),
        output_records=sum(len(r) for r in grouped.values()) + len(unmatched),
        unmatched_output=len(unmatched),
        unmatched_sources=tuple(sorted(set(unmatched))),
    )


def _index_articles(gold: Sequence[GoldArticle]) -> dict[str, GoldArticle]:
    """Gold articles by file base name; two gold files naming one article is an error."""
    by_name: dict[str, GoldArticle] = {}
    for article in gold:
        other = by_name.setdefault(article.name, article)
        if other is not article:
            raise EvalError(
                f"articles '{other.id}' ({other.path} line {other.line}) and "
                f"'{article.id}' ({article.path} line {article.line}) have the "
                f"same file '{article.name}'"
            )
    return by_name


def _group_output(
    output: Iterable[Mapping[str, Any]], by_name: Mapping[str, GoldArticle]
) -> tuple[dict[str, list[tuple[int, Mapping[str, Any]]]], list[str]]:
    """Records per gold file name, in output order; the sources of the others."""
    grouped: dict[str, list[tuple[int, Mapping[str, Any]]]] = defaultdict(list)
    unmatched: list[str] = []
    for number, record in enumerate(output, 1):
        _check_record(record, number)
        name = _base_name(record["source"])
        if name in by_name:
            grouped[name].append((number, record))
        else:
            unmatched.append(name)
    return grouped, unmatched


def _check_record(record: Any, number: int) -> None:
    """The keys GUIDELINES.md says the scorer reads must be there (others are ignored)."""
    where = f"output record {number}: "
    if not isinstance(record, Mapping):
        raise EvalError(f"{where}expected an object")
    needed = ["subject", "object", "event_type", "source"]
    if record.get("event_type") != _ROLE:
        needed.append("status")
    for name in needed:
        if name not in record:
            raise EvalError(f"{where}missing key '{name}'")
    for name in ("subject", "object"):
        if not isinstance(record[name], Mapping):
            raise EvalError(f"{where}'{name}' must be an object")


def _base_name(source: Any) -> str:
    """The file name at the end of a POSIX or Windows path."""
    return re.split(r"[/\\]", str(source or "").strip())[-1]


def _resolve(actor: Mapping[str, Any], aliases: Mapping[str, str]) -> str:
    """Entity id of an output actor: mention first, then label; else the quoted label.

    >>> index = {"美国财政部": "US_TREASURY", "美国": "USA"}
    >>> [_resolve(a, index) for a in ({"label": "美国", "mention": " 美国财政部 "},
    ...                               {"label": "美国", "mention": "他"},
    ...                               {"label": "某官员", "mention": "他"})]
    ['US_TREASURY', 'USA', '"某官员"']
    """
    label = str(actor.get("label") or "").strip()
    mention = str(actor.get("mention") or "").strip()
    for text in (mention, label):
        if text in aliases:
            return aliases[text]
    return json.dumps(label or mention, ensure_ascii=False)


def _output_items(
    article: GoldArticle, records: list[tuple[int, Mapping[str, Any]]]
) -> tuple[list[_Output], list[_Output]]:
    """The article's event and role records, actors mapped to its entities."""
    events: list[_Output] = []
    roles: list[_Output] = []
    for _, record in records:
        s = _resolve(record["subject"], article.alias_index)
        o = _resolve(record["object"], article.alias_index)
        type_ = str(record["event_type"])
        if type_ == _ROLE:
            roles.append(_Output((s, o), "", record))
        else:
            events.append(_Output(event_key(s, type_, o), str(record["status"]), record))
    return events, roles


def _unique(items: list[_Output], strict: bool = False) -> dict[Key, list[_Output]]:
    """Output keys of an article (with status when ``strict``), each with its records."""
    keys: dict[Key, list[_Output]] = {}
    for item in items:
        keys.setdefault(item.key + (item.status,) if strict else item.key, []).append(item)
    return keys


def _match(accepted: list[frozenset[Key]], output: Mapping[Key, Any]) -> tuple[list[bool], Counts]:
    """Which gold items are found, and the counts (GUIDELINES.md, Scoring, point 3)."""
    found = [not keys.isdisjoint(output) for keys in accepted]
    every = frozenset().union(*accepted)
    tp = sum(1 for key in output if key in every)
    return found, Counts(tp, len(output) - tp, found.count(False), found.count(True))


def _score_article(
    article: GoldArticle,
    records: list[tuple[int, Mapping[str, Any]]],
    types: _Tally,
    statuses: _Tally,
    misses: list[Miss],
    fps: list[FalsePositive],
) -> ArticleScore:
    """Score one article, adding its tallies, misses and false positives to the totals."""
    event_items, role_items = _output_items(article, records)
    plain_out, strict_out = _unique(event_items), _unique(event_items, strict=True)
    role_out = _unique(role_items)
    plain_acc = [e.keys() for e in article.events]
    strict_acc = [e.keys(strict=True) for e in article.events]
    role_acc = [r.keys() for r in article.roles]
    plain_found, plain = _match(plain_acc, plain_out)
    strict_found, strict = _match(strict_acc, strict_out)
    role_found, roles = _match(role_acc, role_out)
    _tally(types, [e.type for e in article.events], plain_found, plain_out, plain_acc, 1)
    _tally(statuses, [e.status for e in article.events], strict_found, strict_out, strict_acc, 3)
    misses.extend(_event_misses(article, plain_found, strict_found, strict_out))
    misses.extend(
        Miss(article.id, article.file, "role", (r.person, r.org), r.title)
        for r, hit in zip(article.roles, role_found, strict=True)
        if not hit
    )
    fps.extend(_false_positives(article, "event", plain_out, plain_acc))
    fps.extend(_false_positives(article, "role", role_out, role_acc))
    return ArticleScore(article.id, article.file, article.path, plain, strict, roles, len(records))


def _tally(
    tally: _Tally,
    gold_names: list[str],
    found: list[bool],
    output: Mapping[Key, Any],
    accepted: list[frozenset[Key]],
    field_at: int,
) -> None:
    """Add gold items by their own type/status, output keys by theirs (key[field_at])."""
    every = frozenset().union(*accepted)
    for name, hit in zip(gold_names, found, strict=True):
        tally.gold[name] += 1
        tally.found[name] += hit
    for key in output:
        tally.output[key[field_at]] += 1
        tally.correct[key[field_at]] += key in every


def _event_misses(
    article: GoldArticle,
    plain_found: list[bool],
    strict_found: list[bool],
    strict_out: Mapping[Key, Any],
) -> Iterator[Miss]:
    """Events not found at all, then events found only with another status."""
    for event, plain_hit, strict_hit in zip(article.events, plain_found, strict_found, strict=True):
        own = event_key(*event.variants[0])
        if not plain_hit:
            yield Miss(article.id, article.file, "event", own, event.evidence)
        elif not strict_hit:
            said = sorted(_statuses_said(event.keys(), own, strict_out))
            yield Miss(article.id, article.file, "status", own, event.evidence, tuple(said))


def _statuses_said(plain_keys: frozenset[Key], own: Key, strict_out: Mapping[Key, Any]) -> set[str]:
    """The statuses the output gave the event; one given to an alt reading of another type or
    direction names that reading (``COOPERATE asserted``), since the bare status could be the
    gold's own and would read as no error at all."""
    said = set()
    for key in strict_out:
        if key[:3] in plain_keys:
            said.add(key[3] if key[:3] == own[:3] else " ".join(key))
    return said


def _false_positives(
    article: GoldArticle,
    kind: str,
    output: Mapping[Key, list[_Output]],
    accepted: list[frozenset[Key]],
) -> Iterator[FalsePositive]:
    every = frozenset().union(*accepted)
    for key, items in output.items():
        if key not in every:
            record = items[0].record
            yield FalsePositive(
                article.id,
                article.file,
                kind,
                key,
                str(record.get("sentence") or ""),
                str(record["subject"].get("mention") or ""),
                str(record["object"].get("mention") or ""),
                len(items),
            )


# --- text report --------------------------------------------------------------------------


def format_report(report: Report, show: bool = False) -> str:
    """The scores as a few lines; with ``show``, per article what was missed or spurious.

    >>> print(format_report(Report(Counts(29, 7, 10, 29), Counts(25, 11, 14, 25),
    ...     Counts(9, 1, 3, 9), (), {}, {}, (), (), 45, 0, ())))
    gold: 0 articles, 39 events, 12 roles; output: 45 records, 0 for no gold article
    events  P 0.806  R 0.744  F1 0.773  (tp 29 fp 7 fn 10, found 29/39)
    strict  P 0.694  R 0.641  F1 0.667  (tp 25 fp 11 fn 14, found 25/39)
    roles   P 0.900  R 0.750  F1 0.818  (tp 9 fp 1 fn 3, found 9/12)
    """
    lines = [
        f"gold: {len(report.articles)} articles, {report.events.gold} events, "
        f"{report.roles.gold} roles; output: {report.output_records} records, "
        f"{report.unmatched_output} for no gold article",
        _score_line("events", report.events),
        _score_line("strict", report.strict),
        _score_line("roles", report.roles),
    ]
    if show:
        lines += _type_lines(report)
        for article in report.articles:
            lines += _article_lines(report, article)
        if report.unmatched_sources:
            lines += [
                "",
                "output for files not in the gold: " + ", ".join(report.unmatched_sources),
            ]
    return "\n".join(lines)


def _score_line(name: str, c: Counts) -> str:
    return (
        f"{name:<7} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  "
        f"(tp {c.tp} fp {c.fp} fn {c.fn}, found {c.found}/{c.gold})"
    )


def _type_lines(report: Report) -> list[str]:
    """Recall per gold type and precision per output type, for the types that occur."""
    lines = ["", "by type  (gold found/all, output correct/all)"]
    for name, c in report.by_type.items():
        lines.append(f"  {name:<10} R {c.found}/{c.gold}  P {c.tp}/{c.output}")
    return lines


def _article_lines(report: Report, article: ArticleScore) -> list[str]:
    lines = [
        "",
        f"== {article.id}  {article.file}  ({article.records} records)",
        "  " + _score_line("events", article.events),
        "  " + _score_line("strict", article.strict),
        "  " + _score_line("roles", article.roles),
    ]
    for miss in report.misses:
        if miss.article == article.id and miss.file == article.file:
            lines.append(_miss_line(miss))
    for fp in report.false_positives:
        if fp.article == article.id and fp.file == article.file:
            lines.append(_fp_line(fp))
    return lines


def _show_key(kind: str, key: Key) -> str:
    return f"{key[0]} → {key[1]}" if kind == "role" else " ".join(key)


def _miss_line(miss: Miss) -> str:
    if miss.kind == "status":
        said = "/".join(miss.output_statuses)
        return f"  status    {_show_key(miss.kind, miss.key)}  (output: {said})  | {miss.text}"
    label = "miss role" if miss.kind == "role" else "miss"
    return f"  {label:<9} {_show_key(miss.kind, miss.key)}  | {miss.text}"


def _fp_line(fp: FalsePositive) -> str:
    label = "fp role" if fp.kind == "role" else "fp"
    times = f" ×{fp.records}" if fp.records > 1 else ""
    return (
        f"  {label:<9} {_show_key(fp.kind, fp.key)}{times}  "
        f"[{fp.subject_mention} / {fp.object_mention}]  | {fp.sentence}"
    )
