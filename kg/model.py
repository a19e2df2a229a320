"""The records that flow through the pipeline: article → sentence → mention → event.

Every stage yields these frozen dataclasses in text order. Offsets are indices into
``Article.text`` (the normalised text); ``Article.to_body`` maps them back to the body as read.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields, replace
from typing import Any, Final, TypeVar

__all__ = [
    "Article",
    "Sentence",
    "Actor",
    "Mention",
    "Event",
    "Role",
    "Skipped",
    "actor_record",
    "EVENT_TYPES",
    "STATUSES",
    "SYMMETRIC_TYPES",
]

#: Endings of a state's or a body's other forms that name its side or its government, not it
#: (美方, 伊朗方面, 刚果(金)政府, 塔利班当局): no name to write for it
#: (Article._state_name_written).
_SIDE_FORMS = ("方", "方面", "政府", "当局", "政权")


def _no_name(mention: Mention) -> bool:
    """Whether the mention gives no name of its actor: a post's state or body (no span of its
    own), or words that refer to it (对方, 该国, 其); a name written (沙特, WTO) needs no other."""
    actor = mention.actor
    return mention.start == mention.end or mention.text not in {actor.label, *actor.aliases}


#: Coarse event types of GUIDELINES.md (PLOVER names).
EVENT_TYPES = (
    "CONSULT",
    "AGREE",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
#: A meets B is the same event as B meets A.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
STATUSES = ("asserted", "intended", "negated", "hypothetical")


_Frozen = TypeVar("_Frozen", bound=type)


def _quick_init(cls: _Frozen) -> _Frozen:
    """A frozen dataclass whose ``__init__`` fills the instance's ``__dict__`` directly.

    Why: the ``__init__`` dataclasses writes for a frozen class sets each field through
    ``object.__setattr__`` (0.7 µs for a Sentence), and extraction makes one Sentence per
    sentence of the corpus (70,000 for Terminus) and thousands of mentions. The instance is
    the same (same fields, defaults, equality, hash and pickling), made three times faster.
    Only for classes whose defaults are plain values (no ``default_factory``).
    """
    names = [f.name for f in fields(cls)]
    defaults = {f.name: f.default for f in fields(cls) if f.default is not MISSING}
    if any(f.default_factory is not MISSING for f in fields(cls)):
        raise TypeError(f"{cls.__name__}: a default_factory needs the dataclasses __init__")
    params = ", ".join(f"{n}=_default_{n}" if n in defaults else n for n in names)
    body = "".join(f"    d[{n!r}] = {n}\n" for n in names)
    source = f"def __init__(self, {params}):\n    d = self.__dict__\n{body}"
    namespace = {f"_default_{n}": value for n, value in defaults.items()}
    exec(source, namespace)  # noqa: S102 - the text is made of the class's own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[misc]
    return cls


def python_class(cls: _Frozen) -> _Frozen:
    """Marks a class that must stay a plain Python class when mypyc compiles its module (the
    compiled build, tools/mypyc_hook.py): mypyc leaves a class with a decorator it does
    not know alone. Wanted for frozen dataclasses that are pickled (the warm-up snapshot) and
    have no ``__reduce__`` of their own: a native one does not come back from pickle otherwise,
    its __setstate__ assigns the frozen fields (Article, Sentence, Actor and Mention here, and
    the lexicon's Trigger, Predicate and Pronoun, native for their fields' direct reads, each
    say how to make them again); and for the Gazetteer, on which kg keeps derived tables as
    attributes of its own."""
    return cls


def is_native(cls: type) -> bool:
    """Whether ``cls`` is mypyc's native class (the compiled build, tools/mypyc_hook.py): its
    fields in the object's own slots, no ``__dict__``, its own ``__init__`` a C function. Asked
    of each module's classes, since a build may compile one module and not another
    (KG_MYPYC_MODULES)."""
    return hasattr(cls, "__mypyc_attrs__")


@dataclass(frozen=True)
class Article:
    """One article as read from disk.

    ``body`` is the plain text after markup removal, in the article's own script.
    ``text`` is what the extractor matches on: NFKC-normalised, simplified Chinese, stray
    spaces inside Chinese words removed. ``offsets[i]`` is the index in ``body`` of
    ``text[i]`` (len(offsets) == len(text) + 1, the last entry being len(body)).
    """

    path: str
    body: str
    text: str
    offsets: tuple[int, ...]
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    encoding: str = "utf-8"
    format: str = "txt"  # txt | md | html

    def __reduce__(self) -> tuple[Any, ...]:
        head = (self.path, self.body, self.text, self.offsets, self.title, self.date, self.url)
        return (Article, (*head, self.author, self.tags, self.encoding, self.format))

    def to_body(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the matching span of ``body``."""
        return self.offsets[start], self.offsets[end]

    def body_span(self, start: int, end: int) -> str:
        """The original-script text behind a span of ``text``."""
        b_start, b_end = self.to_body(start, end)
        return self.body[b_start:b_end]

    def as_written(self, mention: Mention, name: str = "") -> Mention:
        """The mention with the words, and the actor's name, as the article writes them
        (俄羅斯 for 俄罗斯, 美國 for 美国 where the mention is 他 or 兩國).

        Why: GUIDELINES.md has ``mention`` be the words in the sentence, and an annotator
        of a page in traditional script lists the forms the page uses; the extractor
        matches on simplified text, so neither its ``text`` nor the canonical label would
        be one of them. Only where the article's own words stand character for character
        behind the simplified ones: a name whose stray spaces were dropped keeps ``text``,
        and a label the article never writes (特朗普 on a page that says 川普) gives way to
        ``name``, the name the article writes most for the actor in kg's events, if any, else,
        for a known person, to the alias the article writes first (_other_name_written); a
        country's or a body's label the article never writes is spelt in the page's script
        (_in_page_script: 中國 for 中国 on a Hong Kong page that says only 中方 and 外長王毅).
        """
        start, text = mention.start, mention.text
        if text and self.text[start : start + len(text)] != text:
            # 國防部發言人: a post's organ the title names (no span of its own); 我們 or
            # 梅爾茨 read as the state they speak for (台湾, 德国 at their span): its words
            # where the article writes them nearest
            start = self._nearest(text, start)
        written = self._written(start, start + len(mention.text), mention.text)
        label = mention.actor.label
        at = self.text.find(label) if label else -1
        if at < 0 and name:  # 他 for 纳坦雅胡: the label is the name the page writes
            label, at = name, self.text.find(name)
        if at >= 0:
            written_label = self._label_as_written(at, label, mention.actor.label)
        else:
            written_label = (
                self._other_name_written(mention.actor)
                or (self._state_name_written(mention.actor) if _no_name(mention) else "")
                or self._in_page_script(label)
            )
        if not written and not written_label:
            return mention
        return replace(mention, written=written, written_label=written_label)

    def _label_as_written(self, at: int, label: str, canonical: str) -> str:
        """The label at ``at`` as the page writes it where that differs from ``canonical``
        (the graph's label): its own script, or a name the page writes in its place."""
        written = self._written(at, at + len(label), label)
        return written or (label if label != canonical else "")

    def written_near(self, text: str, pos: int) -> str:
        """The article's own words for ``text`` where it stands last before ``pos`` (else
        first after it), "" when they are the same or it stands nowhere: a role's title
        (國防部長 for 国防部长), which GUIDELINES.md's records give as the page writes it."""
        at = self._nearest(text, pos) if text else -1
        return self._written(at, at + len(text), text) if at >= 0 else ""

    def _other_name_written(self, actor: Actor) -> str:
        """The name the article gives a person the gazetteer knows by another label: the
        alias it writes first (longest there), in the article's script.

        Why: the person's mention may be 他 or 我們, and an annotator lists only the names
        the page uses (阿布德拉提 on a Taiwan page, where the label is 阿卜杜勒阿提). Only
        people: a country's or a body's other forms (美方, 华府) are no names for it."""
        if actor.type != "Person" or not actor.known:
            return ""
        at, name = -1, ""
        for alias in actor.aliases:
            found = self.text.find(alias)
            if found >= 0 and (at < 0 or found < at or (found == at and len(alias) > len(name))):
                at, name = found, alias
        if at < 0:
            return ""
        return self._written(at, at + len(name), name) or name

    def _state_name_written(self, actor: Actor) -> str:
        """The name the article gives a state or a body the gazetteer knows by another label:
        the alias it writes first (shortest there), in the article's script; only names, never
        a form of its side or its government (美方, 刚果(金)政府, 华府方面).

        Why: a role's post is in a state the article may name only by another name (总统卡比拉 in
        a report that writes 刚果(金), never 刚果民主共和国; 印尼 for 印度尼西亚), and an annotator
        lists the names the page uses: the label would match none of them."""
        if actor.type not in {"Country", "Region", "Organization"}:
            return ""
        at, name = -1, ""
        for alias in actor.aliases:
            if len(alias) < 2 or alias.endswith(_SIDE_FORMS):
                continue
            found = self.text.find(alias)
            if found >= 0 and (at < 0 or found < at or (found == at and len(alias) > len(name))):
                at, name = found, alias
        if at < 0:
            return ""
        return self._written(at, at + len(name), name) or name

    def _in_page_script(self, label: str) -> str:
        """``label`` with each character in the form the page writes it most (國 for 国 where
        the page writes 國際, 各國), "" when that changes nothing; a character the page never
        writes stays as it is, and so does the label when such a character has another form in
        traditional script (巴基斯坦军队 on a page that writes no 隊): half-converted, it would
        be neither script.

        Why: an annotator of a page in traditional script lists the forms that script gives
        (中國, 中方), not the simplified label of a country the page names only by a post
        (外長王毅: first gold nc-02) or a short form."""
        if not label or self.body == self.text:
            return ""
        from .articles import has_traditional_form  # articles imports this module

        forms = [self._page_form(ch) for ch in label]
        if any(f == ch and has_traditional_form(ch) for f, ch in zip(forms, label, strict=True)):
            return ""
        written = "".join(forms)
        return "" if written == label else written

    def _page_form(self, ch: str) -> str:
        """The character the page writes most where the simplified text has ``ch``."""
        counts: dict[str, int] = {}
        at = self.text.find(ch)
        while at >= 0:
            form = self.body[self.offsets[at]]
            counts[form] = counts.get(form, 0) + 1
            at = self.text.find(ch, at + 1)
        return max(counts, key=lambda form: counts[form]) if counts else ch

    def _written(self, start: int, end: int, text: str) -> str:
        """The article's own words behind ``text`` at start:end, "" when they are the same
        or do not stand character for character behind it.

        The span ends at its last character's own place in ``body``, not where the next
        character of ``text`` is: what normalisation took out right after the words (the
        gloss of 歐尼爾(Peter O'Neill)) is no part of them (normalisation maps each character
        on its own, so nothing after the last one belongs to it)."""
        if start < 0 or end <= start or self.text[start:end] != text:
            return ""
        written = self.body[self.offsets[start] : self.offsets[end - 1] + 1]
        return "" if written == text or len(written) != len(text) else written

    def _nearest(self, text: str, pos: int) -> int:
        """Where ``text`` stands last before ``pos`` (a zero-width mention's words: the title
        that named the post), else first after it; -1 when nowhere."""
        at = self.text.rfind(text, 0, pos)
        return at if at >= 0 else self.text.find(text, pos)


@python_class
@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, with the reason shown to the user."""

    path: str
    reason: str


@dataclass(frozen=True, init=False)
class Sentence:
    """A sentence of ``Article.text``; ``start``/``end`` index into it."""

    text: str
    start: int
    end: int
    index: int
    paragraph: int = 0

    def __init__(self, text: str, start: int, end: int, index: int, paragraph: int = 0) -> None:
        # (the compiled build's: see NATIVE below; the pure build's is _quick_init's)
        self.text = text  # type: ignore[misc]
        self.start = start  # type: ignore[misc]
        self.end = end  # type: ignore[misc]
        self.index = index  # type: ignore[misc]
        self.paragraph = paragraph  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:
        return (Sentence, (self.text, self.start, self.end, self.index, self.paragraph))


@dataclass(frozen=True, init=False)
class Actor:
    """A canonical actor: the same ``key`` in every article and every run."""

    key: str  # stable identifier, e.g. "USA", "USA_MFA", or the label for unknown actors
    label: str  # canonical Chinese name, e.g. 美国
    type: str  # Country | Organization | Person | Group | Location
    aliases: tuple[str, ...] = ()
    country: str | None = None  # key of the country it belongs to, if any
    label_en: str | None = None
    known: bool = True  # False for actors found by patterns, not the gazetteer

    def __init__(
        self,
        key: str,
        label: str,
        type: str,  # noqa: A002 - the field's name
        aliases: tuple[str, ...] = (),
        country: str | None = None,
        label_en: str | None = None,
        known: bool = True,
    ) -> None:
        # (the compiled build's: see NATIVE below; the pure build's is _quick_init's)
        self.key = key  # type: ignore[misc]
        self.label = label  # type: ignore[misc]
        self.type = type  # type: ignore[misc]
        self.aliases = aliases  # type: ignore[misc]
        self.country = country  # type: ignore[misc]
        self.label_en = label_en  # type: ignore[misc]
        self.known = known  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:
        fields = (self.key, self.label, self.type, self.aliases, self.country, self.label_en)
        return (Actor, (*fields, self.known))


@dataclass(frozen=True, init=False)
class Mention:
    """An actor named in a sentence; ``start``/``end`` index into ``Article.text``."""

    actor: Actor
    text: str
    start: int
    end: int
    via: str = "gazetteer"  # gazetteer | pattern | coref | compound | role | media
    group: int | None = None  # members of one compound or group reference share it (美日韩, 四国)
    #: the words as the article writes them where they differ from ``text`` (traditional
    #: script, full-width letters): what the output calls the mention (Article.as_written)
    written: str = field(default="", compare=False)
    #: the actor's label as the article writes it where that differs (美國 for 美国): the
    #: label of the output records of this article (the graph's node keeps ``actor.label``)
    written_label: str = field(default="", compare=False)

    def __init__(
        self,
        actor: Actor,
        text: str,
        start: int,
        end: int,
        via: str = "gazetteer",
        group: int | None = None,
        written: str = "",
        written_label: str = "",
    ) -> None:
        # (the compiled build's: see NATIVE below; the pure build's is _quick_init's)
        self.actor = actor  # type: ignore[misc]
        self.text = text  # type: ignore[misc]
        self.start = start  # type: ignore[misc]
        self.end = end  # type: ignore[misc]
        self.via = via  # type: ignore[misc]
        self.group = group  # type: ignore[misc]
        self.written = written  # type: ignore[misc]
        self.written_label = written_label  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:
        return (Mention, self._fields())

    def _fields(self) -> tuple[Any, ...]:
        head = (self.actor, self.text, self.start, self.end, self.via, self.group)
        return (*head, self.written, self.written_label)


@dataclass(frozen=True, init=False)
class LedMention(Mention):
    """A mention with where its description begins (kg/actions.py: 正在…的习近平). Here beside
    Mention, not in actions.py: mypyc cannot compile a dataclass subclass of a class of a
    module it does not compile."""

    lead: int = 0

    def __init__(
        self,
        actor: Actor,
        text: str,
        start: int,
        end: int,
        via: str = "gazetteer",
        group: int | None = None,
        written: str = "",
        written_label: str = "",
        lead: int = 0,
    ) -> None:
        # (the compiled build's: see NATIVE below; the pure build's is _quick_init's)
        super().__init__(actor, text, start, end, via, group, written, written_label)
        self.lead = lead  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:
        return (LedMention, (*self._fields(), self.lead))


#: Whether these records are mypyc's native classes (the compiled build, tools/mypyc_hook.py):
#: fields in the object's own slots, no ``__dict__``, so not made by writing one (make_mention).
NATIVE: Final = is_native(Sentence)
#: Sentence, Actor, Mention and LedMention write their own __init__ (init=False), for
#: the compiled build: there mypyc makes it a C function that fills the object's slots (the
#: __init__ dataclasses writes would run in the interpreter and set each frozen field through
#: object.__setattr__: 530 M instructions for Terminus's sentences alone). A frozen class's
#: own __setattr__ refuses those assignments in pure Python, where _quick_init replaces it.
if not NATIVE:  # pure Python: the quick __init__ (a native class has its own, faster still)
    for _cls in (Sentence, Actor, Mention, LedMention):
        _quick_init(_cls)


@python_class
@dataclass(frozen=True)
class Event:
    """One actor doing one action to another, with where it was said."""

    subject: Mention
    object: Mention
    predicate: str  # fine predicate, e.g. "sanctions"
    event_type: str  # one of EVENT_TYPES
    cameo: str  # CAMEO root code, e.g. "16"
    status: str  # one of STATUSES
    trigger: str
    trigger_start: int
    sentence: Sentence
    source: str  # article path as read
    date: str | None = None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    date_from: str = "none"  # text | article | none
    confidence: float = 0.5
    sentence_body: str = ""  # the sentence in the article's own script
    url: str | None = None
    title: str | None = None
    article_date: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict[str, Any]:
        """The JSONL record of GUIDELINES.md, plus provenance keys."""
        return {
            "subject": _actor_json(self.subject),
            "object": _actor_json(self.object),
            "event_type": self.event_type,
            "predicate": self.predicate,
            "cameo": self.cameo,
            "status": self.status,
            "date": self.date,
            "date_from": self.date_from,
            "trigger": self.trigger,
            "confidence": round(self.confidence, 2),
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "article_date": self.article_date,
            "sentence": self.sentence_body or self.sentence.text,
            "sentence_start": self.sentence.start,
            "sentence_end": self.sentence.end,
        }


@python_class
@dataclass(frozen=True)
class Role:
    """A post a person holds in an organisation or country (美国国防部长 → 赫格塞思)."""

    person: Mention
    org: Mention
    title: str
    sentence: Sentence
    source: str
    sentence_body: str = ""
    confidence: float = 0.8
    #: the title as the article writes it where that differs (國防部長 for 国防部长): the
    #: title of the output record (the graph's role node keeps ``title``)
    written_title: str = field(default="", compare=False)

    def to_json(self) -> dict[str, Any]:
        """A ROLE record in the same shape as events (subject = person, object = org)."""
        return {
            "subject": _actor_json(self.person),
            "object": _actor_json(self.org),
            "event_type": "ROLE",
            "predicate": "holdsPost",
            "title": self.written_title or self.title,
            "status": "asserted",
            "confidence": round(self.confidence, 2),
            "source": self.source,
            "sentence": self.sentence_body or self.sentence.text,
            "sentence_start": self.sentence.start,
            "sentence_end": self.sentence.end,
        }


def _actor_json(mention: Mention) -> dict[str, Any]:
    actor = mention.actor
    return actor_record(
        actor.label,
        mention.written or mention.text,
        actor.type,
        actor.key,
        actor.country,
        mention.written_label,
    )


def actor_record(
    label: str | None,
    mention: str | None,
    type_: str,
    key: str | None,
    country: str | None,
    written_label: str | None = None,
) -> dict[str, Any]:
    """The actor as GUIDELINES.md's records give it: its label and the mention as the article
    writes them; where the label is written otherwise (美國), ``canonical`` keeps the graph's.
    (One shape for records made from events and for those read back from a graph.)"""
    record = {
        "label": written_label or label,
        "mention": mention,
        "type": type_,
        "key": key,
        "country": country,
    }
    if written_label:
        record["canonical"] = label
    return record
