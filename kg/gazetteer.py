"""Load the actor gazetteer from ``ontology/gazetteer/*.tsv`` into lookup tables.

The files are data a user extends (countries, organisations, people, institutions, titles);
this module only reads them. Every surface form is matched on simplified text.
"""

from __future__ import annotations

import csv
import hashlib
import pickle
from bisect import insort
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Final

import ahocorasick_rs

from .exceptions import OntologyError
from .lexicon import words
from .model import Actor, python_class
from .regex_cache import compile_pattern
from .resources import ontology_dir
from .snapshot import snapshot_on, warm_value, words_key

__all__ = ["MISSION_KINDS", "Gazetteer", "Institution", "StartIndex", "Title", "load_gazetteer"]

# the institution kinds (institutions.tsv) of a state's posts abroad: 驻X大使馆, 领事馆, 代表团
MISSION_KINDS: Final = frozenset({"embassy", "consulate", "mission"})

_COLUMNS: Final = {
    "countries.tsv": ("key", "label", "type", "aliases", "short", "capital", "label_en"),
    "organizations.tsv": ("key", "label", "type", "kind", "aliases", "country", "label_en"),
    "people.tsv": ("key", "label", "aliases", "country", "org", "title", "label_en"),
    "institutions.tsv": ("suffix", "key_suffix", "kind", "label_en", "countries"),
    "titles.tsv": ("title", "kind", "org_suffix"),
    "places.tsv": ("place", "country"),
    "ambiguous.tsv": ("surface", "candidates", "compound"),
    "listed.tsv": ("surface", "key", "heads"),
}


@python_class
@dataclass(frozen=True)
class Institution:
    """An organ composed from a country and a suffix: 美国 + 财政部 → 美国财政部."""

    suffix: str
    key_suffix: str
    kind: str
    label_en: str = ""


@python_class
@dataclass(frozen=True)
class Title:
    """A post title (国防部长) and the institution it implies (国防部), if any."""

    title: str
    kind: str
    org_suffix: str = ""


class StartIndex:
    """Where words of a vocabulary may start in a text: at a character that begins one of
    them and is followed by its second character.

    Why: the actor stage asks at every character whether a name, a short form, an institution
    or a title starts there, one dictionary lookup per length tried. Most characters begin
    none, and a regex of first characters skips them at C speed; the second character rules
    out most of the rest. A position it gives still has to be looked up; one it skips holds
    none of the words.
    """

    def __init__(self, words: Iterable[str]) -> None:
        """The regex's text comes from the warm-up snapshot (``kg/snapshot.py``), under a
        hash of the words: making it took 0.01 s of every start for the three indexes."""
        words = list(words)
        key = words_key("start_index", words)
        self._pattern = compile_pattern(warm_value(key, lambda: _start_index_text(words)))
        self._words = words
        self._heads: ahocorasick_rs.AhoCorasick | None = None  # made when first asked

    def __reduce__(self) -> tuple:
        """Pickled as its words (the gazetteer in the warm-up snapshot): the regex comes back
        from the caches, the automaton when first asked, as for a new index."""
        return (StartIndex, (self._words,))

    def next(self, text: str, pos: int, end: int) -> int:
        """The first position in ``text[pos:end]`` where a word may start, or -1. The second
        character may lie at ``end`` (a word may run past it; the caller decides)."""
        match = self._pattern.search(text, pos, end + 1)
        if match is None:
            return -1
        at = match.start()
        return at if at < end else -1

    def starts(self, text: str, start: int, end: int) -> list[int]:
        """Every position in ``text[start:end]`` that :meth:`next` would give, in order.

        Why: a scan that looks at every candidate of a sentence asked ``next`` once for each,
        and the regex tried its branches at every first character it met (a quarter of the
        characters of Terminus begin an actor word); one pass of an Aho-Corasick automaton
        of the words' first two characters finds them all for about half the instructions.
        """
        if self._heads is None:
            heads = sorted({word[:2] for word in self._words if word})  # short words whole
            if not heads:
                return []
            # a DFA: the same matches as the default automaton, found in about 7% fewer
            # instructions (each of a sentence's characters is one table step)
            self._heads = ahocorasick_rs.AhoCorasick(
                heads, implementation=ahocorasick_rs.Implementation.DFA
            )
        found = self._heads.find_matches_as_indexes(text[start : end + 1], overlapping=True)
        # in order and once each, as sorted(set(...)) gave them, without a set and a sort (most
        # sentences: one or two candidates, which the set and the sort cost more than finding):
        # the matches come by their ends, so nearly every start comes after the last one kept
        starts: list[int] = []
        for match in found:
            at = start + match[1]
            if at >= end:
                continue
            if not starts or at > starts[-1]:
                starts.append(at)
            elif at not in starts:
                insort(starts, at)
        return starts


_LATIN_ALNUM: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _latin_bounded(text: str, start: int, end: int) -> bool:
    """Whether a name's Latin edge at start:end meets no Latin letter or digit of the text:
    an acronym is a word of its own (WHO, not WHOLESALE; CNN, not CNNIC; G7, not G77A), while
    Chinese round it is its boundary (美国CNN报道)."""
    name = text[start:end]
    if name[0] in _LATIN_ALNUM and start > 0 and text[start - 1] in _LATIN_ALNUM:
        return False
    return not (name[-1] in _LATIN_ALNUM and text[end : end + 1] in _LATIN_ALNUM)


def _start_index_text(words: list[str]) -> str:
    """The text of a :class:`StartIndex` regex of ``words``."""
    from .lexicon import Branch, char_class, first_character_text

    seconds: dict[str, set[str]] = {}
    for word in words:
        if word:
            seconds.setdefault(word[0], set()).add(word[1:2])
    return first_character_text(
        Branch(first, "", None)  # a one-character word: whatever follows
        if "" in after
        else Branch(first, char_class(sorted(after)), "".join(sorted(after)))
        for first, after in seconds.items()
    )


@python_class
@dataclass
class Gazetteer:
    """Lookup tables for actor finding.

    ``surfaces`` maps every alias to (actor, kind) with kind ``alias``, ``capital`` or ``place``
    (a city or region: only ever the target of an armed act, a seizure or a withdrawal);
    ``shorts`` maps one-character forms used in compounds (美, 朝) to countries;
    ``run_shorts`` maps those that name a country only inside a longer run of short forms
    (意 in 美英法德意; words.tsv run_short): alone they are ordinary words (同意, 美意);
    ``list_shorts`` maps those that name a country only listed with 、 before a count of the
    sides (塔、吉|两国, 墨、加|两国; words.tsv list_short): elsewhere they are ordinary letters;
    ``lengths`` lists, per first two characters, the alias lengths to try, longest first.
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    surfaces: dict[str, tuple[Actor, str]] = field(default_factory=dict)
    shorts: dict[str, Actor] = field(default_factory=dict)
    run_shorts: dict[str, Actor] = field(default_factory=dict)
    list_shorts: dict[str, Actor] = field(default_factory=dict)
    institutions: dict[str, Institution] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    org_kind: dict[str, str] = field(default_factory=dict)
    person_posts: dict[str, tuple[str, str]] = field(default_factory=dict)  # key → (org, title)
    # territories places.tsv lists by their own names (加沙 → GAZA): places that never act and are
    # never spoken to, though they stay actors a focus can reach
    place_named: set[str] = field(default_factory=set)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # the heads of ``lengths`` with many lengths (中国, 美国, 联合…): by the third character,
    # the lengths of their surfaces that have it ("" key: the head alone, when a surface)
    wide_lengths: dict[str, dict[str, tuple[int, ...]]] = field(default_factory=dict)
    institution_lengths: tuple[int, ...] = ()
    title_lengths: tuple[int, ...] = ()
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 巴方 → PAK, PSE
    institution_starts: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # the first two characters of institutions of two characters or more (bare ones need two)
    long_institution_heads: frozenset[str] = frozenset()
    title_starts: dict[str, tuple[int, ...]] = field(default_factory=dict)
    title_ends: dict[str, tuple[int, ...]] = field(default_factory=dict)  # by last character
    ambiguous_starts: frozenset[str] = frozenset()
    # the ambiguous forms of two characters or more by their first, in the table's order
    ambiguous_by_start: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(
        default_factory=dict
    )
    # (short form, partner key) → the candidate a compound with that partner names (以哈 → HAMAS)
    compound_reading: dict[tuple[str, str], str] = field(default_factory=dict)
    # the suffix an organ's label takes: MFA → 外交部 (first listed), JPN_MFA → 外务省
    canonical_suffix: dict[str, str] = field(default_factory=dict)
    # the kind of the first institution with each key suffix (kind_of of a composed organ)
    suffix_kinds: dict[str, str] = field(default_factory=dict)
    # bare forms that name a group only in a list closed by 等 and one of its heads
    # (果敢、德昂、若开等缅北民地武组织): surface → (actor, heads)
    listed: dict[str, tuple[Actor, tuple[str, ...]]] = field(default_factory=dict)
    # where an actor (name, short form, institution of two or more characters, ambiguous
    # form) may start, and where a title may start
    actor_index: StartIndex = field(default_factory=lambda: StartIndex(()))
    title_index: StartIndex = field(default_factory=lambda: StartIndex(()))
    # where a form that may name a known person may start (names, and any short, ambiguous or
    # listed form with a person among its readings): most sentences hold none
    person_index: StartIndex = field(default_factory=lambda: StartIndex(()))
    # actor key → the first parts of its dotted names (KING_SALMAN → 萨勒曼, not 穆罕默德)
    given_names: dict[str, set[str]] = field(default_factory=dict)
    # (family name, post) → the one listed person whose dotted name ends in that family name
    # and who holds that post ('' when two do): 国防部长|奥斯汀 is 劳埃德·奥斯汀
    titled_family_names: dict[tuple[str, str], str] = field(default_factory=dict)

    def __setattr__(self, name: str, value: object) -> None:
        """A field set anew (``finish``, a test's own table) is no longer what the kept
        :class:`GazetteerTables` hold: they are made again when next asked."""
        object.__setattr__(self, name, value)
        if _TABLES and _TABLES[0].gaz is self:
            _TABLES.clear()

    def title_at(self, text: str, pos: int) -> str | None:
        """The longest title starting at ``pos``: :func:`title_at` (which compiled code calls)."""
        return title_at(self, text, pos)

    def add_surface(self, surface: str, actor: Actor, kind: str = "alias") -> None:
        """Register a surface form; the first registration of a form wins."""
        surface = surface.strip().strip("《》")
        if len(surface) < 2 or surface in self.surfaces:
            return
        self.surfaces[surface] = (actor, kind)
        for corner in _corner_bracket_forms(surface):  # “台独”分裂势力 → 「台独」分裂势力
            self.surfaces.setdefault(corner, (actor, kind))
        if "·" in surface:  # 胡安•瓜伊多, 胡安・瓜伊多: other dots in the same name
            self.given_names.setdefault(actor.key, set()).add(surface.split("·", 1)[0])
            for dot in "•・":
                self.surfaces.setdefault(surface.replace("·", dot), (actor, kind))

    def finish(self) -> Gazetteer:
        """Build the per-first-character length index after all surfaces are added."""
        self.lengths = _lengths_by_head(self.surfaces, 2)
        self.wide_lengths = _lengths_by_third(self.surfaces, self.lengths)
        for inst in self.institutions.values():  # (first wins, as a scan in order found it)
            self.suffix_kinds.setdefault(inst.key_suffix, inst.kind)
        self.institution_lengths = tuple(sorted({len(s) for s in self.institutions}, reverse=True))
        self.title_lengths = tuple(sorted({len(t) for t in self.titles}, reverse=True))
        self.institution_starts = _lengths_by_first(self.institutions)
        self.long_institution_heads = frozenset(w[:2] for w in self.institutions if len(w) >= 2)
        self.title_starts = _lengths_by_first(self.titles)
        self.title_ends = _lengths_by_last(self.titles)
        self.ambiguous_starts = frozenset(w[0] for w in self.ambiguous)
        by_start: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for surface, keys in self.ambiguous.items():
            if len(surface) >= 2:
                by_start.setdefault(surface[0], []).append((surface, keys))
        self.ambiguous_by_start = {ch: tuple(forms) for ch, forms in by_start.items()}
        institutions = [w for w in self.institutions if len(w) >= 2]  # bare ones need two
        # a listed short form only where 、 follows it (塔、|吉): alone, 老, 约 and 卡 open
        # ordinary words at every turn, each a position the scan would try for nothing
        listed = [f"{short}、" for short in self.list_shorts]
        # and where a plain short form follows it (墨美|协议, 老中|命运共同体: a pair)
        paired = [f"{short}{other}" for short in self.list_shorts for other in self.shorts]
        self.actor_index = StartIndex(
            [*self.surfaces, *self.shorts, *listed, *paired, *institutions, *self.ambiguous]
        )
        self.title_index = StartIndex(self.titles)
        self.person_index = StartIndex(_person_forms(self))
        return self

    def match_at(self, text: str, pos: int) -> tuple[str, Actor, str] | None:
        """The longest surface starting at ``pos``: :func:`match_at` (which compiled code calls)."""
        return match_at(self, text, pos)

    def institution_at(self, text: str, pos: int) -> Institution | None:
        """The longest institution suffix at ``pos``: :func:`institution_at` (see title_at)."""
        return institution_at(self, text, pos)

    def title_ending_at(self, text: str, end: int, start_min: int = 0) -> Title | None:
        """The longest title ending at ``end``: :func:`title_ending_at` (see title_at)."""
        return title_ending_at(self, text, end, start_min)

    def kind_of(self, actor: Actor) -> str:
        """The kind of an organisation: :func:`kind_of` (which compiled code calls)."""
        return kind_of(self, actor)

    def compose(self, country: Actor, inst: Institution) -> Actor:
        """The organ of a country: 美国 + 财政部 → Actor USA_TREASURY labelled 美国财政部."""
        if inst.kind == "self":  # 尼日尔军政府, 拉美多国领导人: the country or region itself
            return country
        key = f"{country.key}_{inst.key_suffix}"
        actor = self.actors.get(key)
        if actor is None:
            canonical = self.canonical_suffix.get(key) or self.canonical_suffix.get(
                inst.key_suffix, inst.suffix
            )
            # type and English name follow the canonical suffix too, not the first suffix a
            # process happened to compose: workers read articles in any order
            canon = self.institutions.get(canonical, inst)
            actor = Actor(
                key=key,
                label=f"{country.label}{canonical}",
                type="Group" if canon.kind == "group" else "Organization",
                country=country.key,
                label_en=f"{country.label_en or country.key} {canon.label_en}".strip(),
            )
            self.actors[key] = actor
        return actor

    def compose_backer(self, country: Actor, inst: Institution) -> Actor:
        """A group that sides with a country (亲俄 + 叛军 → 亲俄罗斯叛军, 亲伊朗 + 民兵): its own
        actor, of no country, since it is not the backer's organ nor its people (亲俄叛军 fight
        乌克兰)."""
        key = f"PRO_{country.key}_{inst.key_suffix}"
        actor = self.actors.get(key)
        if actor is None:
            canonical = self.canonical_suffix.get(inst.key_suffix, inst.suffix)
            english = self.institutions.get(canonical, inst).label_en
            actor = Actor(
                key=key,
                label=f"亲{country.label}{canonical}",
                type="Group",
                label_en=f"pro-{country.label_en or country.key} {english}".strip(),
            )
            self.actors[key] = actor
        return actor


def _person_forms(gaz: Gazetteer) -> list[str]:
    """Every form a gazetteer person may be found by: its names, and a short, ambiguous,
    compound or listed form one of whose readings is a person (none in the shipped ontology,
    but an extended one may add such a form)."""
    persons = {key for key, actor in gaz.actors.items() if actor.type == "Person"}
    forms = [s for s, (actor, _) in gaz.surfaces.items() if actor.type == "Person"]
    forms += [s for s, actor in gaz.shorts.items() if actor.type == "Person"]
    forms += [s for s, keys in gaz.ambiguous.items() if persons.intersection(keys)]
    forms += [s for (s, _), key in gaz.compound_reading.items() if key in persons]
    forms += [s for s, (actor, _) in gaz.listed.items() if actor.type == "Person"]
    return forms


#: A head with more lengths than this is looked up by its third character too (:func:`match_at`).
_WIDE_HEAD: Final = 3


def _lengths_by_third(
    surfaces: Iterable[str], lengths: dict[str, tuple[int, ...]]
) -> dict[str, dict[str, tuple[int, ...]]]:
    """For each head of ``lengths`` with more than ``_WIDE_HEAD`` lengths, its surfaces'
    lengths (longest first) by their third character; under "" the head's own length, if it
    is a surface (a text that ends after the head, or goes on with a letter no surface has).

    Why: 中国 and 美国 open thirteen lengths of surface each (中国外交部, 美国国务院…) and are the
    commonest heads; :func:`match_at` tried every length at each of them. A surface of three
    characters or more has the text's third character, so only its lengths can hit."""
    by_third: dict[str, dict[str, set[int]]] = {}
    for surface in surfaces:
        head = surface[:2]
        if len(lengths.get(head, ())) > _WIDE_HEAD:
            by_third.setdefault(head, {}).setdefault(surface[2:3], set()).add(len(surface))
    wide: dict[str, dict[str, tuple[int, ...]]] = {}
    for head, thirds in by_third.items():
        alone = tuple(sorted(thirds.get("", ())))  # (2,) or ()
        wide[head] = {
            third: tuple(sorted(sizes, reverse=True)) + (alone if third else ())
            for third, sizes in thirds.items()
        }
        wide[head].setdefault("", alone)
    return wide


def _lengths_by_first(words) -> dict[str, tuple[int, ...]]:
    return _lengths_by_head(words, 1)


def _lengths_by_last(words) -> dict[str, tuple[int, ...]]:
    """The lengths of ``words`` (longest first) by their last character: the first of each
    word read backwards."""
    return _lengths_by_head([word[::-1] for word in words], 1)


class GazetteerTables:
    """The fields of a :class:`Gazetteer` that compiled code reads most, as the fields of a
    native class, and tables other modules derive from them (``short_contexts``,
    ``gate_tables``: kg/actors.py's), kept for the last gazetteer asked (:func:`tables`).

    Why: the Gazetteer stays a plain Python class (model.python_class: kg hangs derived
    tables on it, extract.py in its ``__dict__``), so each read of its field from compiled
    code is a generic getattr (about 250 instructions; ``match_at``, ``title_at`` and their
    kin read one or two at each of 250,000 calls of a Terminus build, and a derived table
    kept as its attribute was one more getattr to find). A native field is a slot read.
    Setting any field of the gazetteer forgets its tables (``Gazetteer.__setattr__``), so
    they never outlive what they copy; tables made from the fields' own objects see every
    change made inside them (``compose`` adding an actor)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.lengths = gaz.lengths
        self.wide_lengths = gaz.wide_lengths
        self.surfaces = gaz.surfaces
        self.shorts = gaz.shorts
        self.list_shorts = gaz.list_shorts
        self.listed = gaz.listed
        self.ambiguous_starts = gaz.ambiguous_starts
        self.long_institution_heads = gaz.long_institution_heads
        self.institution_starts = gaz.institution_starts
        self.institutions = gaz.institutions
        self.titles = gaz.titles
        self.title_starts = gaz.title_starts
        self.title_ends = gaz.title_ends
        self.title_lengths = gaz.title_lengths
        self.org_kind = gaz.org_kind
        self.suffix_kinds = gaz.suffix_kinds
        self.actor_index = gaz.actor_index
        self.title_index = gaz.title_index
        self.person_index = gaz.person_index
        # derived by kg/actors.py when first asked
        self.short_contexts: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
        self.gate_tables: tuple[frozenset[str], frozenset[str]] | None = None


#: the tables of the last gazetteer asked (one: a process reads one ontology); holding it, the
#: identity test below cannot meet another gazetteer at the same address
_TABLES: Final[list[GazetteerTables]] = []


def tables(gaz: Gazetteer) -> GazetteerTables:
    """``gaz``'s :class:`GazetteerTables`, made when first asked (and after a field is set)."""
    if _TABLES:
        kept = _TABLES[0]
        if kept.gaz is gaz:
            return kept
    made = GazetteerTables(gaz)
    _TABLES[:] = [made]
    return made


# The Gazetteer's lookups as functions of the module: the class is a plain Python class
# (model.python_class), so a call of its method from compiled code goes through Python's call
# protocol (about 500 instructions: 160,000 calls of these five in a Terminus build), where a
# compiled module calls a function of another compiled module directly.


def title_at(gaz: Gazetteer, text: str, pos: int) -> str | None:
    """The longest title starting at ``pos`` (国防部长, 发言人…)."""
    kept = tables(gaz)
    lengths = kept.title_starts.get(text[pos : pos + 1])
    if lengths is None:
        return None
    titles = kept.titles
    for length in lengths:
        if text[pos : pos + length] in titles:
            return text[pos : pos + length]
    return None


def match_at(gaz: Gazetteer, text: str, pos: int) -> tuple[str, Actor, str] | None:
    """The longest gazetteer surface starting at ``pos``: (surface, actor, kind).

    Surfaces have two characters or more, so the first two at ``pos`` pick the lengths
    to try: most positions begin none (one lookup), and 中国… tries only its own."""
    head = text[pos : pos + 2]
    kept = tables(gaz)
    lengths = kept.lengths.get(head)
    if lengths is None:
        return None
    if len(lengths) > _WIDE_HEAD:  # (中国, 美国…: only the lengths the third character opens)
        by_third = kept.wide_lengths[head]
        lengths = by_third.get(text[pos + 2 : pos + 3], by_third[""])
    surfaces = kept.surfaces
    for length in lengths:
        surface = text[pos : pos + length]
        hit = surfaces.get(surface)
        if hit is not None and (
            (surface[0] > "\x7f" and surface[-1] > "\x7f")  # (most: no Latin edge)
            or _latin_bounded(text, pos, pos + length)
        ):
            return surface, hit[0], hit[1]
    return None


def institution_at(gaz: Gazetteer, text: str, pos: int) -> Institution | None:
    """The longest institution suffix starting at ``pos`` (外交部, 国防部, 军…)."""
    kept = tables(gaz)
    for length in kept.institution_starts.get(text[pos : pos + 1], ()):
        inst = kept.institutions.get(text[pos : pos + length])
        if inst is not None:
            return inst
    return None


def title_ending_at(gaz: Gazetteer, text: str, end: int, start_min: int = 0) -> Title | None:
    """The longest title that ends exactly at ``end`` (for 国防部长|皮特·赫格塞思); only the
    lengths of the titles that end in the character before ``end`` are tried."""
    inside = 0 < end <= len(text)  # (else every length, as a slice cut short may match)
    kept = tables(gaz)
    lengths = kept.title_ends.get(text[end - 1], ()) if inside else kept.title_lengths
    titles = kept.titles
    for length in lengths:
        if end - length < start_min:
            continue
        title = titles.get(text[end - length : end])
        if title is not None:
            return title
    return None


def kind_of(gaz: Gazetteer, actor: Actor) -> str:
    """The kind of an organisation (ministry, military, legislature, party…): from
    organizations.tsv, or from the institution a composed organ was made of."""
    kept = tables(gaz)
    kind = kept.org_kind.get(actor.key)
    if kind:
        return kind
    if actor.country and actor.key.startswith(actor.country + "_"):
        return kept.suffix_kinds.get(actor.key[len(actor.country) + 1 :], "")
    return ""


def _lengths_by_head(words, size: int) -> dict[str, tuple[int, ...]]:
    """The lengths of ``words`` (longest first) by their first ``size`` characters."""
    by_head: dict[str, set[int]] = {}
    for word in words:
        by_head.setdefault(word[:size], set()).add(len(word))
    return {head: tuple(sorted(ls, reverse=True)) for head, ls in by_head.items()}


@lru_cache(maxsize=4)
def load_gazetteer(folder: str | None = None) -> Gazetteer:
    """Read every gazetteer file once per process (cached by folder).

    The ontology's own gazetteer comes from the warm-up snapshot (``kg/snapshot.py``) as the
    pickle of the tables read last time: reading the files and building the tables took
    about 166 million instructions of every start, unpickling them 93 million. The value is
    named by a hash of the files' bytes and of the words the tables are made with, so an
    edited file is read anew. A folder given by the caller is always read."""
    if folder or not snapshot_on():
        return _read_gazetteer(Path(folder) if folder else ontology_dir() / "gazetteer")
    root = ontology_dir() / "gazetteer"
    try:
        name = _snapshot_name(root)
    except OSError:  # an unreadable file: reading the folder says which, as ever
        return _read_gazetteer(root)
    read: list[Gazetteer] = []

    def pickled() -> bytes:
        read.append(_read_gazetteer(root))  # pickled before any article composes an organ
        return pickle.dumps(read[0], pickle.HIGHEST_PROTOCOL)

    kept = warm_value(name, pickled)
    return read[0] if read else pickle.loads(kept)


def _snapshot_name(root: Path) -> str:
    """The snapshot's name for the gazetteer of ``root``: a hash of the folder, of its files'
    bytes and of the word class the tables read (the snapshot's own name covers kg's code)."""
    digest = hashlib.sha256(str(root).encode("utf-8", "surrogateescape"))
    for name in _COLUMNS:
        path = root / name
        data = path.read_bytes() if path.exists() else b""
        digest.update(f"\0{name}\0{len(data)}\0".encode())
        digest.update(data)
    digest.update("\0".join(words("run_short")).encode("utf-8", "surrogatepass"))
    digest.update("\0".join(words("list_short")).encode("utf-8", "surrogatepass"))
    return f"gazetteer:{digest.hexdigest()}"


def _read_gazetteer(root: Path) -> Gazetteer:
    """Every gazetteer file of ``root``, read into a new :class:`Gazetteer`."""
    gaz = Gazetteer()
    for row in _rows(root / "institutions.tsv"):
        gaz.institutions[row["suffix"]] = Institution(
            row["suffix"], row["key_suffix"], row["kind"], row.get("label_en", "")
        )
        for country in _split(row.get("countries", "")):  # 外务省: Japan's and Korea's name
            gaz.canonical_suffix.setdefault(f"{country}_{row['key_suffix']}", row["suffix"])
        if not row.get("countries"):
            gaz.canonical_suffix.setdefault(row["key_suffix"], row["suffix"])
    for row in _rows(root / "titles.tsv"):
        gaz.titles[row["title"]] = Title(row["title"], row["kind"], row.get("org_suffix", ""))
    _load_people(gaz, root / "people.tsv")
    _load_countries(gaz, root / "countries.tsv")
    _load_organizations(gaz, root / "organizations.tsv")
    _load_places(gaz, root / "places.tsv")
    for row in _rows(root / "ambiguous.tsv"):
        gaz.ambiguous[row["surface"]] = tuple(_split(row["candidates"]))
        for pair in _split(row.get("compound", "")):
            partner, _, candidate = pair.partition(":")
            gaz.compound_reading[(row["surface"], partner)] = candidate
    for row in _rows(root / "listed.tsv"):
        actor = gaz.actors.get(row["key"])
        if actor is None:
            raise OntologyError(f"listed form {row['surface']}: unknown key {row['key']!r}")
        gaz.listed[row["surface"]] = (actor, tuple(_split(row["heads"])))
    return gaz.finish()


def _load_places(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        country = gaz.actors.get(row["country"])
        if country is None:
            raise OntologyError(f"place {row['place']}: unknown country {row['country']!r}")
        held = gaz.surfaces.get(row["place"])
        if held is not None and held[0] is country:
            gaz.place_named.add(country.key)  # 加沙: a territory's own name names a place
            continue
        gaz.add_surface(row["place"], country, "place")


def _load_countries(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        aliases = _split(row["aliases"])
        actor = Actor(
            key=row["key"],
            label=row["label"],
            type=row["type"] or "Country",
            aliases=tuple(aliases),
            label_en=row.get("label_en") or None,
        )
        gaz.actors[actor.key] = actor
        for surface in [actor.label, *aliases]:
            gaz.add_surface(surface, actor)
        for capital in _split(row.get("capital", "")):
            gaz.add_surface(capital, actor, "capital")
        for short in _split(row.get("short", "")):
            if short in words("list_short"):
                held = gaz.list_shorts
            elif short in words("run_short"):
                held = gaz.run_shorts
            else:
                held = gaz.shorts
            held.setdefault(short, actor)


def _load_organizations(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        aliases = _split(row["aliases"])
        actor = Actor(
            key=row["key"],
            label=row["label"],
            type=row["type"] or "Organization",
            aliases=tuple(aliases),
            country=row.get("country") or None,
            label_en=row.get("label_en") or None,
        )
        gaz.actors[actor.key] = actor
        gaz.org_kind[actor.key] = row.get("kind", "")
        for surface in [actor.label, *aliases]:
            if len(surface) == 1:
                gaz.shorts.setdefault(surface, actor)
            else:
                gaz.add_surface(surface, actor)


def _load_people(gaz: Gazetteer, path: Path) -> None:
    for row in _rows(path):
        aliases = _split(row["aliases"])
        actor = Actor(
            key=row["key"],
            label=row["label"],
            type="Person",
            aliases=tuple(aliases),
            country=row.get("country") or None,
            label_en=row.get("label_en") or None,
        )
        gaz.actors[actor.key] = actor
        if row.get("org") or row.get("title"):
            gaz.person_posts[actor.key] = (row.get("org", ""), row.get("title", ""))
        if row.get("title"):
            _index_titled_family_names(gaz, actor, row["title"])
        for surface in [actor.label, *aliases]:
            gaz.add_surface(surface, actor)


def _index_titled_family_names(gaz: Gazetteer, actor: Actor, title: str) -> None:
    """Index the family names of a person's dotted names under the person's post. Why: a
    family name alone may name others (奥斯汀 is also a city: people.tsv leaves it out), but
    after the post the person holds it names the person."""
    for name in {actor.label, *actor.aliases}:
        if "·" not in name:
            continue
        family = name.rsplit("·", 1)[1]
        if len(family) < 2:
            continue
        known = gaz.titled_family_names.get((family, title))
        gaz.titled_family_names[(family, title)] = actor.key if known in {None, actor.key} else ""


def _rows(path: Path) -> Iterator[dict[str, str]]:
    columns = _COLUMNS[path.name]
    if not path.exists():
        return
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise OntologyError(f"cannot read gazetteer: {exc}", path=str(path)) from exc
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    for number, cells in enumerate(csv.reader(body, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        if cells and cells[0] == columns[0]:
            continue  # a header row
        if len(cells) < 2:
            raise OntologyError(f"row {number}: expected {len(columns)} columns", path=str(path))
        cells = [c.strip() for c in cells] + [""] * (len(columns) - len(cells))
        yield dict(zip(columns, cells, strict=False))


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


_CORNER_QUOTES: Final = str.maketrans("“”‘’", "「」『』")


def _corner_bracket_forms(surface: str) -> list[str]:
    """The form of a quoted alias the Taiwan and Hong Kong press print (「台独」分裂势力 for
    “台独”分裂势力): articles keep their corner brackets when simplified, so the gazetteer,
    kept in mainland punctuation, also knows the form with them."""
    if not any(q in surface for q in "“”‘’"):
        return []
    return [surface.translate(_CORNER_QUOTES)]
