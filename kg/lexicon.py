"""Read the event vocabularies in ontology/: event types, predicates, triggers and status cues.

These are the files an analyst edits to teach kg a new verb or a new cue; nothing here is
hard-coded. Each loader is cached for the process.
"""

from __future__ import annotations

import csv
import re
import zlib
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Final, NamedTuple, TypeVar

import ahocorasick_rs

from .exceptions import OntologyError
from .model import EVENT_TYPES, STATUSES, _quick_init, is_native, python_class
from .regex_cache import compile_pattern
from .resources import ontology_file
from .snapshot import ontology_name, warm_value, words_key

__all__ = [
    "EventType",
    "Predicate",
    "Trigger",
    "Cue",
    "Summit",
    "event_types",
    "predicates",
    "triggers",
    "trigger_pattern",
    "trigger_for",
    "split_parts",
    "cues",
    "cue_pattern",
    "opening_cues",
    "words_pattern",
    "words_branches",
    "trigger_branches",
    "first_character_pattern",
    "LiteralGate",
    "Branch",
    "char_class",
    "summits",
    "words",
    "opens_with",
    "closes_with",
    "word_at",
    "word_ending_at",
    "holds_any",
    "speech_verbs",
    "pronouns",
    "Pronoun",
    "confidence_weights",
    "governed_territories",
]

_OBJECT_FRAMES: Final = {
    "after",
    "with",
    "to",
    "toward",
    "from",
    "for",
    "compound",
    "envoy",
    "ba",
    "at",
    "mission",
    "trip",
    "focus",
    "speaker",
    "inside",
    "parties",
    "pretext",
    "body",
    "asker",
    "before",
    "recipient",
}
_TRIGGER_FLAGS: Final = {
    "utterance",
    "snapback",
    "forewarns",
    "partner_noun",
    "wish",
    "mutual",
    "pact",
    "content",
    "invitation",
    "refusable",
    "causative",
    "inquiry",
    "traveller",
    "journey",
    "ballot",
    "goods",
    "armed",
    "verbal",
    "lawsuit",
    "forces",
    "together",
    "quarrel",
    "foretold",
    "announced",
    "drill",
    "charge",
    "suffered",
    "summons",
    "listing",
    "owned",
    "retaliation",
    "interception",
    "expulsion",
    "economic",
    "in_arms",
    "withdrawal",
    "recall",
    "bid",
    "posed",
    "qualified",
    "penalty",
    "whole",
    "declared",
    "disavowal",
    "descriptive",
    "handed",
    "occasion",
    "lodged",
    "deadline",
    "willing",
    "halted",
    "smear",
    "possibility",
    "absent",
}
_CUE_KINDS: Final = set(STATUSES) - {"asserted"} | {
    "cancel",
    "question",
    "nonneg",
    "prevent",
    "ought",
    "disbelief",
    "persuaded",
    "purpose",
    "reserve",
}
_CUE_POSITIONS = {"before", "after", "next", "trailing", "opens", "governs", "adjacent", "around"}


@python_class
@dataclass(frozen=True)
class EventType:
    name: str
    plover: str
    cameo_roots: tuple[str, ...]
    polarity: str
    symmetric: bool
    label_zh: str


@dataclass(frozen=True)
class Predicate:
    """A fine predicate of ``ontology/predicates.tsv``. A native class compiled (mypyc), as
    Trigger below: its fields are read directly (trig.predicate.name), not by a generic getattr."""

    name: str
    event_type: str
    cameo: str
    label_en: str
    label_zh: str

    def __reduce__(self) -> tuple[Any, ...]:  # (a frozen native class pickles only so)
        return (Predicate, (self.name, self.event_type, self.cameo, self.label_en, self.label_zh))


def _trigger_event_type(trigger: Trigger) -> str:
    """:attr:`Trigger.event_type`: its predicate's."""
    return trigger.predicate.event_type


@dataclass(frozen=True, init=False)
class Trigger:
    word: str
    predicate: Predicate
    objects: frozenset[str]
    gap: int = 2
    flags: frozenset[str] = frozenset()
    inner: tuple[int, int] | None = None  # for a split trigger found in text: what lies between

    def __init__(
        self,
        word: str,
        predicate: Predicate,
        objects: frozenset[str],
        gap: int = 2,
        flags: frozenset[str] = frozenset(),
        inner: tuple[int, int] | None = None,
    ) -> None:
        # (the compiled build's, as model.Sentence's: the pure build's is _quick_init's, below)
        self.word = word  # type: ignore[misc]
        self.predicate = predicate  # type: ignore[misc]
        self.objects = objects  # type: ignore[misc]
        self.gap = gap  # type: ignore[misc]
        self.flags = flags  # type: ignore[misc]
        self.inner = inner  # type: ignore[misc]
        #: The predicate's event type (asked about 200,000 times in a Terminus build), kept
        #: on the trigger: compiled, a slot of the native class read directly; no field of
        #: the dataclass (not compared, hashed or shown). The pure build asks it once, on
        #: first read (_EVENT_TYPE_KEPT below), as it did before Trigger was native.
        self.event_type = predicate.event_type

    def __reduce__(self) -> tuple[Any, ...]:  # (a frozen native class pickles only so)
        fields = (self.word, self.predicate, self.objects, self.gap, self.flags)
        return (Trigger, (*fields, self.inner))


#: Whether Trigger is mypyc's native class, its __init__ above a C function: asked of Trigger
#: itself, not read from model.NATIVE, since a build may compile model and not lexicon.
_TRIGGER_NATIVE: Final = is_native(Trigger)
if not _TRIGGER_NATIVE:  # pure Python: the frozen class's __setattr__ refuses the __init__ above
    _quick_init(Trigger)  # 2,400 made at every start, and one per split trigger found in the text
    # the event type kept once asked: made by a call, not written as a decorator (compiled,
    # mypyc turned a ``cached_property`` decorator into a plain property, which called the
    # function at every read: 100 M instructions)
    _EVENT_TYPE_KEPT = cached_property(_trigger_event_type)
    _EVENT_TYPE_KEPT.__set_name__(Trigger, "event_type")
    setattr(Trigger, "event_type", _EVENT_TYPE_KEPT)  # noqa: B010 - no attribute mypy knows


@python_class
@dataclass(frozen=True)
class Cue:
    word: str
    kind: str  # intended | negated | hypothetical | cancel | question | nonneg | prevent
    position: str  # before | after | next | opens | governs


@python_class
@dataclass(frozen=True)
class Summit:
    """A summit nickname (金特会) naming the two leaders who meet."""

    word: str
    actors: tuple[str, ...]
    predicate: Predicate


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """Coarse event types keyed by name (CONSULT, SANCTION…)."""
    result = {}
    for row in _rows(ontology_file("event_types.tsv"), 6):
        name, plover, roots, polarity, symmetric, label_zh = row[:6]
        if name not in EVENT_TYPES:
            raise OntologyError(f"unknown event type {name!r}", path="event_types.tsv")
        result[name] = EventType(
            name, plover, tuple(roots.split()), polarity, symmetric == "yes", label_zh
        )
    return result


@lru_cache(maxsize=1)
def predicates() -> dict[str, Predicate]:
    """Fine predicates keyed by name; each maps to exactly one event type."""
    types = event_types()
    result = {}
    for row in _rows(ontology_file("predicates.tsv"), 5):
        name, event_type, cameo, label_en, label_zh = row[:5]
        if event_type not in types:
            raise OntologyError(
                f"predicate {name}: unknown event type {event_type!r}", path="predicates.tsv"
            )
        result[name] = Predicate(name, event_type, cameo, label_en, label_zh)
    return result


#: the predicate of look-alike words (反对党): they hold a trigger but report no act
_Made = TypeVar("_Made")


def made_once(made: list[_Made], value: _Made) -> _Made:
    """``value`` kept as ``made[0]``: the memo of a table the stages ask for per sentence
    (``return _MADE[0] if _MADE else made_once(_MADE, _read())``).

    Why not functools.lru_cache: compiled (mypyc), a call of a cached function goes through
    Python's call protocol, about 400 instructions (the name looked up in the module's
    dict, an argument tuple, the cache's key), where a list of the module (``Final``: a C
    variable) costs a native call and a length test. Never emptied, as lru_cache(maxsize=1)
    of a function without arguments was not."""
    made.append(value)
    return value


_LOOK_ALIKE: Final = Predicate("none", "", "", "look-alike", "")


#: :func:`triggers` once made (see lexicon.made_once).
_TRIGGERS_MADE: Final[list[dict[str, Trigger]]] = []


def triggers() -> dict[str, Trigger]:
    """Trigger words keyed by the word."""
    return _TRIGGERS_MADE[0] if _TRIGGERS_MADE else made_once(_TRIGGERS_MADE, _read_triggers())


def _read_triggers() -> dict[str, Trigger]:
    preds = predicates()
    result = {}
    for row in _rows(ontology_file("triggers.tsv"), 2):
        word, predicate = row[:2]
        objects = row[2] if len(row) > 2 else ""
        parts = split_parts(word)
        if parts is not None and not all(parts):
            raise OntologyError(
                f"trigger {word}: a split trigger needs words on both sides of …",
                path="triggers.tsv",
            )
        if predicate == "none":
            result[word] = Trigger(word, _LOOK_ALIKE, frozenset())
            continue
        if predicate not in preds:
            raise OntologyError(
                f"trigger {word}: unknown predicate {predicate!r}", path="triggers.tsv"
            )
        frames = frozenset(objects.split("|"))
        if not frames <= _OBJECT_FRAMES:
            raise OntologyError(
                f"trigger {word}: unknown frame in {objects!r}", path="triggers.tsv"
            )
        gap = int(row[3]) if len(row) > 3 and row[3] else 2
        flags = frozenset(f for f in (row[4] if len(row) > 4 else "").split("|") if f)
        if not flags <= _TRIGGER_FLAGS:
            raise OntologyError(f"trigger {word}: unknown flag in {row[4]!r}", path="triggers.tsv")
        result[word] = Trigger(word, preds[predicate], frames, gap, flags)
    return result


@lru_cache(maxsize=1)
def trigger_pattern() -> re.Pattern[str]:
    """One regex of all triggers and summit nicknames, longest first, to find them fast.

    A trigger written with … (减少…军事活动) has two parts with up to ``SPLIT_GAP`` characters
    of one clause between them; it matches as one span from the first part to the second.
    """
    return compile_pattern(
        warm_value("trigger_pattern", lambda: first_character_text(_trigger_branches()))  # type: ignore[arg-type]
    )


@lru_cache(maxsize=1)
def trigger_branches() -> tuple[Branch, ...]:
    """The branches of :func:`trigger_pattern`, for a regex of triggers and other words
    (from the warm-up snapshot: the trie of the triggers took 0.03 s of every start)."""
    return tuple(Branch(*branch) for branch in warm_value("trigger_branches", _trigger_branches))


def _trigger_branches() -> tuple[tuple[str, str, str | None], ...]:
    words = sorted([*triggers(), *summits()], key=len, reverse=True)
    return tuple(tuple(branch) for run in _runs_of_a_kind(words) for branch in _run_branches(run))  # type: ignore[misc]


class TriggerSpans:
    """The spans ``trigger_pattern().finditer(text, start, end)`` matches, found by two
    Aho-Corasick automata where they can tell them exactly, by the regex where they cannot.

    Why: find_triggers searches about 16,000 clauses of a Terminus build, and ``re`` tries
    the regex's binary dispatch at every character that begins some trigger (a third of
    them): 500 M instructions (callgrind), where the automata take about 290 M.

    Exactly the regex's spans: a split trigger (推迟…峰会) matches only where both of its parts
    are in the range, and a range that holds both parts of one is searched with the regex.
    In any other range only the plain words (triggers and summit nicknames) can match, and
    the regex's alternation of them matches the longest word at the leftmost position where
    one begins (its runs of plain words go longest first, each a trie that tries longer
    first), then searches on from the match's end: the automaton's leftmost-longest matches.
    """

    def __init__(self, plain: Iterable[str], split: Iterable[tuple[str, str]], fallback) -> None:
        self._fallback = fallback
        self._seconds = _seconds_by_first(split)  # first part → second parts it takes
        words = sorted(set(plain))
        if not words or not words[0]:
            raise ValueError("no plain words, or an empty one")
        parts = sorted(set(self._seconds).union(*self._seconds.values()))
        # the NFA: a build takes 37 M instructions where the DFA took 137 M, and searches
        # the short clauses about as fast (most of a search is the call's own cost)
        nfa = ahocorasick_rs.Implementation.NoncontiguousNFA
        self._plain = ahocorasick_rs.AhoCorasick(
            words, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST, implementation=nfa
        )
        self._parts = (
            ahocorasick_rs.AhoCorasick(parts, store_patterns=True, implementation=nfa)
            if parts
            else None
        )

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each match of the regex in ``text[start:end]``, in order."""
        piece = text[start:end]
        try:
            if self._parts is None or not _both_parts_in(
                self._parts.find_matches_as_strings(piece, overlapping=True), self._seconds
            ):
                found = self._plain.find_matches_as_indexes(piece)
                return [(start + s, start + e) for _, s, e in found]
        except UnicodeEncodeError:  # a lone surrogate, which the automata (UTF-8) cannot read
            pass
        return [match.span() for match in self._fallback.finditer(text, start, end)]


def _seconds_by_first(split: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """The split words (推迟…峰会) as first part → the second parts it takes; a part may not
    be empty."""
    seconds: dict[str, frozenset[str]] = {}
    for first, second in split:
        if not first or not second:
            raise ValueError(f"split word {first}…{second}: a part is empty")
        seconds[first] = seconds.get(first, frozenset()) | {second}
    return seconds


def _both_parts_in(found: list[str], seconds_of: dict[str, frozenset[str]]) -> bool:
    """Whether ``found`` (the words an automaton found in a text) holds both parts of one
    split word of ``seconds_of`` (:func:`_seconds_by_first`)."""
    for first in found:
        seconds = seconds_of.get(first)
        if seconds is not None and found_any(seconds, found):
            return True
    return False


#: :func:`trigger_spans` once made (see lexicon.made_once).
_TRIGGER_SPANS_MADE: Final[list[TriggerSpans]] = []


def trigger_spans() -> TriggerSpans:
    """The :class:`TriggerSpans` of :func:`trigger_pattern`'s words."""
    return (
        _TRIGGER_SPANS_MADE[0]
        if _TRIGGER_SPANS_MADE
        else made_once(_TRIGGER_SPANS_MADE, _read_trigger_spans())
    )


def _read_trigger_spans() -> TriggerSpans:
    acts = [*triggers(), *summits()]
    plain = [word for word in acts if "…" not in word]
    split = [parts for word in acts if (parts := split_parts(word)) is not None]
    return TriggerSpans(plain, split, trigger_pattern())


SPLIT_GAP: Final = 20


def words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """A regex of plain words that matches the longest of them at a position.

    For kg's own word lists (the ontology's, the gazetteer's): the regex's text is kept in
    the warm-up snapshot under a hash of the words (kg/snapshot.py), where building the
    tries of the twenty lists a build asks for took 0.01 s of every start."""
    listed = sorted(set(words))
    text = warm_value(
        words_key("words_pattern", listed), lambda: first_character_text(_trie_branches(listed))
    )
    return compile_pattern(text)


def words_branches(words: Iterable[str]) -> list[Branch]:
    """The branches of :func:`words_pattern`, for a regex of these words and others."""
    return _trie_branches(sorted(set(words)))


# How the word regexes are built. An alternation of hundreds of words is slow in re: at
# every position it tries the words one by one. Two things make it fast and keep what it
# matches: plain words are folded into a trie (the words that match at one position are
# prefixes of each other, and a trie that tries longer first finds the longest, as the
# longest-first alternation did), and the branches are sorted out by their first character
# (branches that begin with different characters never match at the same position), which
# the regex finds by halving the set of first characters a few times, not by trying each.


def _runs_of_a_kind(words: list[str]) -> list[list[str]]:
    """``words`` cut into runs of plain words and runs of split triggers, in their order."""
    runs: list[list[str]] = []
    for word in words:
        if runs and ("…" in runs[-1][0]) == ("…" in word):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


class Branch(NamedTuple):
    """One branch of a word regex: its first character, the regex of the rest, and the
    characters the rest can begin with (None: any, or none, may follow the first)."""

    first: str
    rest: str
    seconds: str | None


def _run_branches(run: list[str]) -> list[Branch]:
    """The branches of one run, in the order the alternation of the run would try them: a
    trie for plain words, each split trigger as it is."""
    if "…" not in run[0]:
        return _trie_branches(run)
    branches = []
    for word in run:
        first = word.split("…", 1)[0]
        rest = _trigger_regex(word)[len(re.escape(word[0])) :]
        branches.append(Branch(word[0], rest, first[1] if len(first) > 1 else None))
    return branches


def _trie_branches(words: list[str]) -> list[Branch]:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def below(node: dict) -> str:
        branches = [re.escape(ch) + below(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return [
        Branch(char, below(child), None if "" in child else "".join(sorted(child)))
        for char, child in sorted(trie.items())
    ]


def first_character_pattern(branches: Iterable[Branch]) -> re.Pattern[str]:
    """:func:`first_character_text` of ``branches``, compiled."""
    return compile_pattern(first_character_text(branches))


def first_character_text(branches: Iterable[Branch]) -> str:
    """The alternation of ``first + rest`` over ``branches`` (in priority order), written as
    a character class of the first characters (which re skips to at C speed), a check of the
    next character where every branch knows what it must be (most candidates fail it), then
    a binary search on the first character, down to the rests that begin with it."""
    rests: dict[str, list[str]] = {}
    seconds: dict[str, set[str] | None] = {}
    for first, rest, after in branches:
        rests.setdefault(first, []).append(rest)
        known = seconds.setdefault(first, set())
        seconds[first] = None if known is None or after is None else known | set(after)
    open_chars = sorted(c for c in rests if seconds[c] is None)
    known_chars = sorted(c for c in rests if seconds[c] is not None)
    if not open_chars or not known_chars:  # one part: it opens with the class of its firsts
        chars = open_chars or known_chars
        return _firsts_then_rests(chars, rests, seconds) if chars else "(?!)"
    # two parts, each opening with its class, would make the regex an alternation, and re
    # skips at C speed only to a pattern's own first class, not to its alternatives': so the
    # class of every first character comes first and each part looks back at its own
    # (searching every Terminus sentence and article: 23% less time for the actor index,
    # 37% for the titles; the triggers, a third of whose characters are firsts, gain nothing)
    parts = (
        f"(?<={char_class(chars)}){_then_rests(chars, rests, seconds)}"
        for chars in (open_chars, known_chars)
    )
    return f"{char_class(sorted(rests))}(?:{'|'.join(parts)})"


class LiteralGate:
    """Whether a text holds a match of a word regex, told by an Aho-Corasick automaton.

    Why: the test "does this sentence hold a trigger or a title" runs on every sentence of
    a corpus (70,597 on Terminus) and most hold neither; ``re`` tries its regex of about
    1,800 words at each position, where the automaton (``ahocorasick_rs``, Rust's
    aho-corasick) reads the text once. (``pyahocorasick`` took twice the regex's time: its
    root node of about 900 first characters is searched child by child.)

    The answer is exactly the regex's. ``plain`` are the words the regex matches as written,
    ``split`` the pairs of parts of the words it matches with a gap between (减少…军事活动:
    what may stand in the gap only the regex knows). The automaton finds every occurrence
    of a plain word or a part: a plain word found is a match of the regex; a text with no
    plain word and no split word both of whose parts are in it cannot match; a text with
    both parts of one is searched with ``fallback`` (0.2% of Terminus's sentences, where a
    test of the first parts alone sent one in five). Since such a text holds no plain word,
    only a split word can match in it: ``fallback`` is the regex itself or any regex of its
    split words and some of its plain words (the trigger regex, loaded anyway, stands for
    the regex of triggers and titles, which was compiled for this alone: 0.01 s a start).
    An empty plain word is in every text: the regex matches every text.

    ``also`` are plain words of a second test the same reading answers (:meth:`search_found`):
    the automaton reports every occurrence of every word, so words added to it change nothing
    of what it finds of the others. ``reported`` are words it holds only to report them, for
    the callers that read the words found (see :meth:`reports`).
    """

    def __init__(
        self,
        plain: Iterable[str],
        split: Iterable[tuple[str, str]],
        fallback,
        also: Iterable[str] = (),
        reported: Iterable[str] = (),
    ) -> None:
        self._fallback = fallback
        self._plain = frozenset(plain)
        self._also = frozenset(also) - {""}
        self._seconds = _seconds_by_first(split)  # first part → second parts it takes
        words = set(self._plain).union(self._seconds, *self._seconds.values(), self._also)
        words.update(reported)
        self._always = "" in self._plain  # an empty word is in every text
        words.discard("")
        self._words = frozenset(words)
        # found as strings: the automaton's offsets in characters cost as much as the search.
        # A contiguous NFA with the words kept: built in the warm-up, before a parallel
        # build forks its workers, where nothing else runs; a DFA searched faster but took
        # 143 M more instructions to build (one-article build 2,219 M -> 2,076 M), against
        # 215 M more for the searches of Terminus's sentences, which two workers share
        # (session 44, callgrind: whole build 26,656 M -> 26,728 M; the 2-worker build's
        # longest path about 35 M shorter). The default NFA searched slower still.
        self._automaton = (
            ahocorasick_rs.AhoCorasick(
                sorted(words),
                store_patterns=True,
                implementation=ahocorasick_rs.Implementation.ContiguousNFA,
            )
            if words
            else None
        )

    def search(self, text: str) -> bool:
        """True where the word regex finds a match in ``text``."""
        if self._always:
            return True
        if self._automaton is None:
            return False
        return self._holds(text, self._automaton.find_matches_as_strings(text, overlapping=True))

    def search_also(self, text: str) -> tuple[bool, bool]:
        """(``search(text)``, whether ``text`` holds one of the words ``also``), from the one
        reading of :meth:`search_found` (the extraction reads the words found itself)."""
        held, found = self.search_found(text)
        return held, not self._also.isdisjoint(found)

    def search_found(self, text: str) -> tuple[bool, list[str]]:
        """(``search(text)``, every occurrence in ``text`` of the automaton's words), from one
        reading: whether ``text`` holds one of some plain words the automaton holds (see
        :meth:`reports`) is then told by the words found, without a search of its own."""
        if self._automaton is None:
            return self.search(text), []
        found = self._automaton.find_matches_as_strings(text, overlapping=True)
        return (True if self._always else self._holds(text, found)), found

    @property
    def also(self) -> frozenset[str]:
        """The words ``also``: a text holds one when :meth:`search_found` found one."""
        return self._also

    def reports(self, words: Iterable[str]) -> bool:
        """Whether every one of ``words`` is a word of the automaton, whose every occurrence
        :meth:`search_found` reports (a text holds one of them exactly when it finds one)."""
        known = self._words
        return all(word in known for word in words)

    def _holds(self, text: str, found: list[str]) -> bool:
        """:meth:`search` told from ``found``, the words the automaton found in ``text``."""
        if not found:
            return False
        if found_any(self._plain, found):
            return True
        if _both_parts_in(found, self._seconds):
            return self._fallback.search(text) is not None
        return False


def _firsts_then_rests(chars: list[str], rests: dict[str, list[str]], seconds) -> str:
    """The branches that begin with ``chars``: their class, then what follows it."""
    return char_class(chars) + _then_rests(chars, rests, seconds)


def _then_rests(chars: list[str], rests: dict[str, list[str]], seconds) -> str:
    """What follows a first character of ``chars``: the check of the next character when
    every branch of ``chars`` knows it, then the binary search down to the rests."""
    if seconds[chars[0]] is None:  # open characters: whatever may follow
        return _dispatch(chars, rests, {})
    return f"(?={char_class(_seconds_of(chars, seconds))}){_dispatch(chars, rests, seconds)}"


#: how many levels of the binary search check the next character. Most candidates (a third
#: of a corpus' characters begin some trigger) fail on their second character; checked only
#: at the top, they went down all nine levels first. Four levels: 15% fewer instructions
#: for the trigger regex and 9% for the actor index on Terminus sentences (callgrind), for
#: 0.02 s more compiling when the compiled-regex cache is empty.
_CHECKED_LEVELS: Final = 4


def _dispatch(chars: list[str], rests: dict[str, list[str]], seconds, level: int = 0) -> str:
    """The binary search on the first character. Where ``seconds`` knows what may follow the
    characters of a half, the half checks the next character too: most candidates pass the
    check of all seconds at the top (一是, 中国) but fail the one of their own half, and fail
    there, without going down to the rests. Only the top ``_CHECKED_LEVELS`` levels check:
    below them the classes of seconds are nearly as wide as their half's, and compiling a
    class for every half of every level doubled the patterns' compile time (paid when the
    compiled-regex cache is empty)."""
    if len(chars) == 1:
        options = rests[chars[0]]
        return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
    left, right = chars[: len(chars) // 2], chars[len(chars) // 2 :]
    level += 1
    return f"(?:{_half(left, rests, seconds, level)}|{_half(right, rests, seconds, level)})"


def _half(chars: list[str], rests: dict[str, list[str]], seconds, level: int) -> str:
    check = seconds and len(chars) > 1 and level <= _CHECKED_LEVELS
    then = f"(?={char_class(_seconds_of(chars, seconds))})" if check else ""
    return f"(?<={char_class(chars)}){then}{_dispatch(chars, rests, seconds, level)}"


def _seconds_of(chars: list[str], seconds: dict[str, set[str] | None]) -> list[str]:
    return sorted(set().union(*(seconds[c] or () for c in chars)))


def char_class(chars: Iterable[str]) -> str:
    """A regex class of these characters (``re.escape`` escapes character by character, so
    once for all of them: 26,000 calls fewer at each start)."""
    return "[" + re.escape("".join(chars)) + "]"


def _trigger_regex(word: str) -> str:
    if "…" not in word:
        return re.escape(word)
    first, second = word.split("…", 1)
    # an opening quotation mark may stand in the gap (付出“沉重代价”: scare quotes around the
    # second part), a closing one may not (the first part would be inside a quotation) unless
    # it closes a short quoted name of the gap (接受黎巴嫩“灯塔”电视台采访, 对“伊斯兰国”…)
    return f"{re.escape(first)}(?:{_GAP_CHAR}|{_GAP_QUOTED}){{0,{SPLIT_GAP}}}?{re.escape(second)}"


_GAP_CHAR: Final = "[^，,。；;：:！？!?”」]"
_GAP_QUOTED: Final = "“[^“”，,。；;：:！？!?]{1,12}”|「[^「」，,。；;：:！？!?]{1,12}」"


def split_parts(word: str) -> tuple[str, str] | None:
    """The two parts of a split trigger (减少…军事活动), or None."""
    if "…" not in word:
        return None
    first, second = word.split("…", 1)
    return first, second


def trigger_for(matched: str) -> Trigger | None:
    """The trigger a matched span stands for (a split trigger matches more than its word)."""
    hit = triggers().get(matched)
    if hit is not None:
        return hit
    for first, second, trig in _split_triggers().get(matched[:1], ()):
        if matched.startswith(first) and matched.endswith(second):
            return trig
    return None


def split_trigger_around(text: str, pos: int) -> Trigger | None:
    """The split trigger whose first part ends right at ``pos`` and whose second part starts
    right after the one character there (侵犯|其|领空: the act a possessive 其 sits inside)."""
    for size in (3, 2):
        head = text[max(0, pos - size) : pos]
        if len(head) < size:
            continue
        for first, second, trig in _split_triggers().get(head[0], ()):
            if first == head and text.startswith(second, pos + 1):
                return trig
    return None


#: :func:`_split_triggers` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_SPLIT_TRIGGERS_MADE: Final[list[dict[str, list[tuple[str, str, Trigger]]]]] = []


def _split_triggers() -> dict[str, list[tuple[str, str, Trigger]]]:
    """:func:`_make_split_triggers`, made once."""
    return (
        _SPLIT_TRIGGERS_MADE[0]
        if _SPLIT_TRIGGERS_MADE
        else made_once(_SPLIT_TRIGGERS_MADE, _make_split_triggers())
    )


def _make_split_triggers() -> dict[str, list[tuple[str, str, Trigger]]]:
    """Split triggers as (first part, second part, trigger) in lexicon order, by their first
    character: a span is looked up among those that can begin it only."""
    by_first: dict[str, list[tuple[str, str, Trigger]]] = {}
    for word, trig in triggers().items():
        parts = split_parts(word)
        if parts is not None:
            by_first.setdefault(parts[0][0], []).append((*parts, trig))
    return by_first


#: :func:`cues` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_CUES_MADE: Final[list[dict[str, Cue]]] = []


def cues() -> dict[str, Cue]:
    """:func:`_make_cues`, made once."""
    return _CUES_MADE[0] if _CUES_MADE else made_once(_CUES_MADE, _make_cues())


def _make_cues() -> dict[str, Cue]:
    """Status cue words keyed by the word."""
    result = {}
    for row in _rows(ontology_file("cues.tsv"), 3):
        word, kind, position = row[:3]
        if kind not in _CUE_KINDS or position not in _CUE_POSITIONS:
            raise OntologyError(f"cue {word}: bad kind or position", path="cues.tsv")
        result[word] = Cue(word, kind, position)
    return result


@lru_cache(maxsize=1)
def opening_cues() -> tuple[str, ...]:
    """The cue words that open a clause (cues.tsv position ``opens``: 如果, 若, 一旦), in the
    file's order: asked at many clauses, so picked out of the cues once."""
    return tuple(c.word for c in cues().values() if c.position == "opens")


#: :func:`cue_pattern` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_CUE_PATTERN_MADE: Final[list[re.Pattern[str]]] = []


def cue_pattern() -> re.Pattern[str]:
    """:func:`_make_cue_pattern`, made once."""
    return (
        _CUE_PATTERN_MADE[0]
        if _CUE_PATTERN_MADE
        else made_once(_CUE_PATTERN_MADE, _make_cue_pattern())
    )


def _make_cue_pattern() -> re.Pattern[str]:
    """One regex of all cue words that matches the longest cue at a position."""
    return words_pattern(cues())


#: :func:`summits` once made (see lexicon.made_once).
_SUMMITS_MADE: Final[list[dict[str, Summit]]] = []


def summits() -> dict[str, Summit]:
    """Summit nicknames (金特会 → 金正恩, 特朗普) keyed by the word."""
    return _SUMMITS_MADE[0] if _SUMMITS_MADE else made_once(_SUMMITS_MADE, _read_summits())


def _read_summits() -> dict[str, Summit]:
    path = ontology_file("summits.tsv")
    if not path.exists():
        return {}
    preds = predicates()
    result = {}
    for row in _rows(path, 3):
        word, actors, predicate = row[:3]
        result[word] = Summit(word, tuple(actors.split("|")), preds[predicate])
    return result


@lru_cache(maxsize=1)
def one_way_wars() -> frozenset[tuple[str, str]]:
    """(attacker, attacked) pairs of ``ontology/wars.tsv``: a war named by the compound of
    their short forms (俄乌冲突, 巴以冲突) is an attack by the first on the second only."""
    return _pairs("wars.tsv")


@lru_cache(maxsize=1)
def governed_territories() -> frozenset[tuple[str, str]]:
    """(territory, state) pairs of ``ontology/territories.tsv``: a territory the state governs
    as a part of itself (香港, 澳门), between which and the state no hostile act is read."""
    return _pairs("territories.tsv")


def _pairs(name: str) -> frozenset[tuple[str, str]]:
    """The (first, second) column pairs of ontology file ``name``; none where it is missing."""
    path = ontology_file(name)
    if not path.exists():
        return frozenset()
    return frozenset((row[0], row[1]) for row in _rows(path, 2))


@lru_cache(maxsize=1)
def confidence_weights() -> dict[str, float]:
    """What raises and lowers an event's confidence (``ontology/confidence.tsv``)."""
    weights = {}
    for row in _rows(ontology_file("confidence.tsv"), 2):
        if row[0] == "factor":
            continue
        try:
            weights[row[0]] = float(row[1])
        except ValueError as exc:
            raise OntologyError(f"{row[0]}: weight {row[1]!r}", path="confidence.tsv") from exc
    return weights


@dataclass(frozen=True)
class Pronoun:
    """A word that refers back (他, 双方, 四国, 该国, 会议): what it refers to, and a group size.
    A native class compiled, as Trigger: its fields are read directly (resolve_pronoun)."""

    word: str
    refers: str  # speaker | person | group | pair | other | country | body | company | bank
    # | both | meeting | members | object | sides
    size: int | None = None
    members: tuple[str, ...] = ()  # for both: the keys of the actors it always names

    def __reduce__(self) -> tuple[Any, ...]:  # (a frozen native class pickles only so)
        return (Pronoun, (self.word, self.refers, self.size, self.members))


_REFERS: Final = {
    *("speaker", "person", "group", "pair", "other", "country", "body", "company", "bank"),
    *("both", "meeting", "members", "object", "sides", "own"),
}


#: :func:`pronouns` once made (see lexicon.made_once).
_PRONOUNS_MADE: Final[list[dict[str, Pronoun]]] = []


def pronouns() -> dict[str, Pronoun]:
    """Pronouns, group words and demonstratives of ``ontology/pronouns.tsv`` keyed by word."""
    return _PRONOUNS_MADE[0] if _PRONOUNS_MADE else made_once(_PRONOUNS_MADE, _read_pronouns())


def _read_pronouns() -> dict[str, Pronoun]:
    result = {}
    for row in _rows(ontology_file("pronouns.tsv"), 2):
        if row[0] == "word":
            continue
        word, refers = row[:2]
        if refers not in _REFERS:
            raise OntologyError(f"pronoun {word}: unknown {refers!r}", path="pronouns.tsv")
        size = int(row[2]) if len(row) > 2 and row[2] else None
        members = tuple(row[3].split("|")) if len(row) > 3 and row[3] else ()
        if (refers == "both") != bool(members):
            raise OntologyError(f"pronoun {word}: members go with both", path="pronouns.tsv")
        result[word] = Pronoun(word, refers, size, members)
    return result


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, tuple[str, ...]]:
    classes: dict[str, list[str]] = {}
    for word, cls in (row[:2] for row in _rows(ontology_file("words.tsv"), 2)):
        classes.setdefault(cls, []).append(word)
    return {cls: tuple(sorted(ws, key=len, reverse=True)) for cls, ws in classes.items()}


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (a test the stages run on most sentences).

    Why a function: compiled, its loop tests each word with one C call, where
    ``any(map(text.__contains__, words))`` (the fast form in the interpreter) calls a method
    wrapper through Python's call protocol, 500 instructions a word (360,000 in Terminus)."""
    for word in words:
        if word in text:
            return True
    return False


def found_any(words: AbstractSet[str], found: list[str]) -> bool:
    """Whether the words an automaton found (``found``) hold one of ``words``: ``not
    words.isdisjoint(found)``.

    Why a function: compiled, a set's method is called through Python's call protocol (about
    900 instructions, 230,000 calls on Terminus's sentences, whose gate finds 2.3 words on
    average), where its loop tests each word found with one C call."""
    for word in found:
        if word in words:
            return True
    return False


#: The classes :func:`words` has given, by name (:func:`forget_words` empties it).
_WORDS_GIVEN: Final[dict[str, tuple[str, ...]]] = {}


def words(cls: str) -> tuple[str, ...]:
    """The words of one class of ``ontology/words.tsv``, longest first (speech, locative…).

    Kept in a dict of this module, not a functools cache: the actor and action stages ask
    for a class 460,000 times in Terminus, and compiled, a cache's call goes through
    Python's call protocol (about 400 instructions: the module's name looked up, an
    argument tuple, the cache's key) where this function is a C call and a dict lookup."""
    found = _WORDS_GIVEN.get(cls)
    if found is None:
        found = _WORDS_GIVEN[cls] = _word_classes().get(cls, ())
    return found


#: The words of each class :func:`opens_with` and :func:`closes_with` were asked about, by
#: the code point of their first and of their last letter; None for a class with an empty
#: word (by name).
_BY_FIRST: Final[dict[str, dict[int, tuple[str, ...]] | None]] = {}
_BY_LAST: Final[dict[str, dict[int, tuple[str, ...]] | None]] = {}


def opens_with(text: str, pos: int, cls: str) -> bool:
    """``text.startswith(words(cls), pos)``: whether a word of the class starts at ``pos``.

    Why: the actor and action stages ask this at about 480,000 places of a Terminus build,
    most with no word of the class there, and ``str.startswith`` with a start parses its
    arguments as Python's oldest methods do and tries each word (900 instructions a call,
    3% of a compiled build with endswith). Only the words that begin with the letter at
    ``pos`` are tried, and most letters begin none; the letter is looked up by its code
    point (compiled, ``ord(text[pos])`` makes no string to hash)."""
    by_first = _BY_FIRST.get(cls, _UNREAD)
    if by_first is _UNREAD:
        by_first = _BY_FIRST[cls] = _by_letter(words(cls), 0)
    if by_first is None or pos < 0:  # (an empty word; a start counted from the end)
        return text.startswith(words(cls), pos)
    if pos >= len(text):
        return False  # (no word of the class is empty)
    candidates = by_first.get(ord(text[pos]))
    return candidates is not None and text.startswith(candidates, pos)


def word_at(text: str, pos: int, cls: str) -> str:
    """``next((w for w in words(cls) if text.startswith(w, pos)), "")``: the first word of
    the class, in its order, that starts at ``pos`` ("" for none), tried among the words that
    begin with the letter there (see :func:`opens_with`)."""
    by_first = _BY_FIRST.get(cls, _UNREAD)
    if by_first is _UNREAD:
        by_first = _BY_FIRST[cls] = _by_letter(words(cls), 0)
    if by_first is None or pos < 0:
        return next((w for w in words(cls) if text.startswith(w, pos)), "")
    if pos >= len(text):
        return ""
    for word in by_first.get(ord(text[pos]), ()):
        if text.startswith(word, pos):
            return word
    return ""


def word_ending_at(text: str, end: int, cls: str) -> str:
    """``next((w for w in words(cls) if text.startswith(w, end - len(w))), "")``: the first
    word of the class, in its order, that ends at ``end`` ("" for none), tried among the
    words that end with the letter before it (see :func:`opens_with`)."""
    by_last = _BY_LAST.get(cls, _UNREAD)
    if by_last is _UNREAD:
        by_last = _BY_LAST[cls] = _by_letter(words(cls), -1)
    if by_last is None or not 0 < end <= len(text) or end < _longest(cls):
        # (an empty word, an end past the text's, or a word that would start before the
        # text, where startswith counts from the end)
        return next((w for w in words(cls) if text.startswith(w, end - len(w))), "")
    for word in by_last.get(ord(text[end - 1]), ()):
        if text.startswith(word, end - len(word)):
            return word
    return ""


#: the length of the longest word of each class :func:`_longest` was asked about
_LONGEST: Final[dict[str, int]] = {}


def _longest(cls: str) -> int:
    found = _LONGEST.get(cls)
    if found is None:
        found = _LONGEST[cls] = max(map(len, words(cls)), default=0)
    return found


def closes_with(text: str, end: int, cls: str) -> bool:
    """``text.endswith(words(cls), 0, end)``: whether a word of the class ends at ``end``
    (see :func:`opens_with`)."""
    by_last = _BY_LAST.get(cls, _UNREAD)
    if by_last is _UNREAD:
        by_last = _BY_LAST[cls] = _by_letter(words(cls), -1)
    if by_last is None or not 0 < end <= len(text):  # (past the end: the text's own end)
        return text.endswith(words(cls), 0, end)
    candidates = by_last.get(ord(text[end - 1]))
    return candidates is not None and text.endswith(candidates, 0, end)


#: (not a table: a class not yet asked about)
_UNREAD: Final[dict[int, tuple[str, ...]]] = {}


def _by_letter(listed: tuple[str, ...], at: int) -> dict[int, tuple[str, ...]] | None:
    """``listed`` by the code point of their letter at ``at`` (0: the first, -1: the last),
    in their order; None when one of them is empty."""
    grouped: dict[int, list[str]] = {}
    for word in listed:
        if not word:
            return None
        grouped.setdefault(ord(word[at]), []).append(word)
    return {letter: tuple(group) for letter, group in grouped.items()}


def forget_words() -> None:
    """Forgets ``words.tsv`` as read: the next :func:`words` reads it anew (tests that
    edit the ontology)."""
    _WORDS_GIVEN.clear()
    _BY_FIRST.clear()
    _BY_LAST.clear()
    _LONGEST.clear()
    _word_classes.cache_clear()


def speech_verbs() -> tuple[str, ...]:
    """Statement verbs (表示, 称, 指出…): their subject speaks but does not act."""
    return words("speech")


def _rows(path: Path, width: int) -> list[list[str]]:
    """The rows of a TSV file (blank and ``#`` lines left out), each of ``width`` cells or
    more, stripped. A file of the ontology comes from the warm-up snapshot (kg/snapshot.py)
    as the rows read last time: parsing the lexicons' files took about 46 million
    instructions of every start (compiled, 60 M pure), the rows' marshal a fraction of that.
    They are named by the file's length and CRC-32 too, so a file edited after the snapshot
    was read (a test's) is parsed anew. The caller must not change the rows (the snapshot's
    own lists)."""
    name = ontology_name(path)
    if name is None:
        return _read_rows(path, width)
    try:
        data = path.read_bytes()
    except OSError:
        return _read_rows(path, width)  # (which says why)
    key = f"rows:{width}:{name}:{len(data)}:{zlib.crc32(data)}"
    return warm_value(key, lambda: _read_rows(path, width))


def _read_rows(path: Path, width: int) -> list[list[str]]:
    """:func:`_rows` read from the file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise OntologyError(f"cannot read: {exc}", path=str(path)) from exc
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    rows = []
    for number, cells in enumerate(csv.reader(body, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        if len(cells) < width:
            raise OntologyError(
                f"row {number}: expected {width} columns, got {len(cells)}", path=str(path)
            )
        rows.append([c.strip() for c in cells])
    return rows
