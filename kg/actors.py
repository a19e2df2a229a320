"""Find the actors named in a sentence: gazetteer names, organs, compounds, unknown names, roles.

Order of precedence inside a sentence, left to right, longest first:

1. a gazetteer surface (美国, 朝方, 金正恩, 联合国安理会), extended by an institution suffix
   into an organ (美国 + 财政部 → 美国财政部) unless the suffix is the start of a title
   (美国|国防部长|皮特·赫格塞思);
2. a run of one-character short forms (美日韩, 朝美) → one compound mention per country;
3. a single short form where a preposition or a verb licenses it (对朝, 访华, 要求朝…);
4. transliterated names with · (皮特·赫格塞思) and names right after a title (发言人林剑).

Title–name appositions (朝鲜劳动党总书记、国务委员长金正恩) become ``Role`` records, and the
organisation and title words before the person are marked as attributive, so that the event
stage uses the person, not the words that describe them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Final, Literal
from urllib.parse import urlsplit

from . import segment
from .gazetteer import (
    MISSION_KINDS,
    Gazetteer,
    Institution,
    Title,
    institution_at,
    kind_of,
    load_gazetteer,
    match_at,
    tables,
    title_at,
    title_ending_at,
)
from .lexicon import (
    closes_with,
    made_once,
    opening_cues,
    opens_with,
    speech_verbs,
    trigger_for,
    trigger_pattern,
    triggers,
    word_at,
    words,
)
from .model import NATIVE, Actor, Mention
from .regex_cache import compile_pattern
from .resources import ontology_file
from .sentences import after_last_mark, marks_before

__all__ = [
    "ArticleMemory",
    "SentenceActors",
    "dateline_country",
    "find_actors",
    "has_verb",
    "is_cjk",
    "make_mention",
    "may_find_person",
]

#: ``object.__new__``: a Mention made without the call of its class (see make_mention)
_NEW: Final = object.__new__


def make_mention(
    actor: Actor,
    text: str,
    start: int,
    end: int,
    via: str = "gazetteer",
    group: int | None = None,
) -> Mention:
    """``Mention(actor, text, start, end, via, group)``, its fields written as its ``__init__``
    (model._quick_init) writes them, in the same order, the others at their defaults.

    Why: in the pure build that ``__init__`` runs in the interpreter, and a call of the class
    goes through Python's call protocol: about 2,000 instructions a mention, 16,500 mentions in a
    Terminus build (tests/test_round43_hb.py compares the two). The compiled build compiles
    model.py too: there Mention is a native class, no ``__dict__``, and its call is the fast way."""
    if NATIVE:  # the compiled build: Mention is a native class, its call a C function
        return Mention(actor, text, start, end, via, group)
    mention: Mention = _NEW(Mention)
    fields = mention.__dict__
    fields["actor"] = actor
    fields["text"] = text
    fields["start"] = start
    fields["end"] = end
    fields["via"] = via
    fields["group"] = group
    fields["written"] = ""
    fields["written_label"] = ""
    return mention


# prepositions and verbs after which a one-character short form names a country (对朝, 访华)
_SHORT_LICENSORS: Final = set("对向与跟访赴窜驻抵援联制反抗亲拒自从围环侵扰") | {
    "回应",
    "要求",
    "敦促",
    "警告",
    "制裁",
    "重返",  # 重返|伊|核协议: 重返 alone is no trigger (only 重返…协议 is), so none licensed it
}
# characters that end a name following a title (林剑|4日, 王毅|表示)
# a particle that never opens a name after a title (领袖|之死: the title's noun follows)
_NO_NAME_OPENER: Final = "之"
_NAME_STOP_CHARS = set("说称在对与和于是的也还曾将等则就已并向同被为让把从到又都再所即却才今昨会")
_LOCATIVES: Final = (
    "在",
    "于",
    "抵达",
    "前往",
    "赴",
    "到",
    "飞抵",
    "返回",
    "离开",
    "从",
    "飞往",
    "访问",
    "去",
    "来",
    "回",
    "至",
    "首都",  # 卡塔尔首都多哈: the capital named as a place of its country
)
# 于 closing a conjunction or preposition (由于波哥大拒绝…, 对于华盛顿的做法) is no locative:
# the capital after it may act for its government
_CONJUNCTIVE_YU: Final = ("由于", "对于", "关于", "鉴于", "至于", "基于", "出于")
_COORDINATORS: Final = set("与和同跟对向在于")  # 巴拿马民众于|美国国务卿: 于 opens a phrase
_PUNCT: Final = set(",，。;；:：!?！？()（）“”\"'「」《》、 \n")
# a stretch of letters and name dots (a dotted name's parts are read from it, up to
# _NAME_PART_REACH letters on either side of the dots)
_DOTTED_STRETCH: Final = compile_pattern(r"[\u4e00-\u9fff·•・]+", wide=True)
_NAME_DOT: Final = re.compile("[·•・]")


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph (names and words; not punctuation or digits)."""
    return "\u4e00" <= ch <= "\u9fff"


@dataclass
class SentenceActors:
    """What the actor stage found in one sentence.

    ``mentions`` are the candidate event arguments in text order; ``attributive`` are spans
    (start, end) that describe a person (its organisation and titles) and are not arguments;
    ``roles`` are (person mention, org mention, title) from appositions.
    """

    mentions: list[Mention] = field(default_factory=list)
    attributive: list[tuple[int, int]] = field(default_factory=list)
    roles: list[tuple[Mention, Mention, str]] = field(default_factory=list)
    # seats in a party's leading body (_party_body), kept out of ``roles`` that the rules read:
    # written out as roles only
    seats: list[tuple[Mention, Mention, str]] = field(default_factory=list)

    def __init__(
        self,
        mentions: list[Mention] | None = None,
        attributive: list[tuple[int, int]] | None = None,
        roles: list[tuple[Mention, Mention, str]] | None = None,
        seats: list[tuple[Mention, Mention, str]] | None = None,
    ) -> None:
        """The dataclass's ``__init__`` (a new list for each field not given), written out.

        Why: dataclasses writes the ``__init__`` of a compiled class at run time, in Python,
        so that each call ran in the interpreter (3,400 instructions, 30,000 sentences of
        Terminus); written here, mypyc compiles it (tests/test_round42_hs.py compares them)."""
        self.mentions = [] if mentions is None else mentions
        self.attributive = [] if attributive is None else attributive
        self.roles = [] if roles is None else roles
        self.seats = [] if seats is None else seats


@dataclass
class ArticleMemory:
    """What the earlier sentences of an article tell the actor stage.

    ``leaders`` maps a country key to the person named as its leader (朝方领导人 → 金正恩);
    ``short_names`` holds the family names of people named in full (赫格塞思 for 皮特·赫格塞思);
    ``organs`` the organ last named with its country for each kind of institution (商务部 →
    中国商务部; keyed by the institution's key suffix, so that 外务省 finds 日本外交部),
    ``countries`` how often each country has been named: a bare institution (军方, 外交部) or
    group (反对党) belongs to the organ named before, else to the country the article is about.
    """

    leaders: dict[str, Mention] = field(default_factory=dict)
    short_names: dict[str, Actor] = field(default_factory=dict)
    organs: dict[str, Actor] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)
    # the countries of the groups named (M23 → COD), which tell a form several countries share
    # apart (刚果 after M23 is the DRC) where no candidate country was named itself
    group_homes: dict[str, int] = field(default_factory=dict)
    armed_group: Actor | None = None  # the armed group last named (M23): a bare 叛军 is it
    body: Actor | None = None  # the international body last named (金砖国家, 中非合作论坛)
    posts: dict[str, Mention] = field(default_factory=dict)  # title → who holds it here
    governments: dict[str, Actor] = field(default_factory=dict)  # 军政府 → 尼日尔
    home: Actor | None = None  # the country of the dateline (新华社北京…电)
    own: Actor | None = None  # Taiwan, in Taiwan's own press: its bare ministries are Taiwan's
    delegation: Actor | None = None  # the country of the delegation last named (俄罗斯代表团)
    # where a Latin gloss was dropped (雷雅布可夫|(Sergei…)), found when a name first asks
    find_glosses: Callable[[], tuple[int, ...]] | None = None
    _glosses: tuple[int, ...] | None = None

    def __init__(
        self,
        leaders: dict[str, Mention] | None = None,
        short_names: dict[str, Actor] | None = None,
        organs: dict[str, Actor] | None = None,
        countries: dict[str, int] | None = None,
        group_homes: dict[str, int] | None = None,
        armed_group: Actor | None = None,
        body: Actor | None = None,
        posts: dict[str, Mention] | None = None,
        governments: dict[str, Actor] | None = None,
        home: Actor | None = None,
        own: Actor | None = None,
        delegation: Actor | None = None,
        find_glosses: Callable[[], tuple[int, ...]] | None = None,
        _glosses: tuple[int, ...] | None = None,
    ) -> None:
        """The dataclass's ``__init__`` (a new dict for each table not given), written out, as
        :class:`SentenceActors`' is: a look back makes one (6,600 in Terminus)."""
        self.leaders = {} if leaders is None else leaders
        self.short_names = {} if short_names is None else short_names
        self.organs = {} if organs is None else organs
        self.countries = {} if countries is None else countries
        self.group_homes = {} if group_homes is None else group_homes
        self.armed_group = armed_group
        self.body = body
        self.posts = {} if posts is None else posts
        self.governments = {} if governments is None else governments
        self.home = home
        self.own = own
        self.delegation = delegation
        self.find_glosses = find_glosses
        self._glosses = _glosses

    def glossed(self) -> tuple[int, ...]:
        """The positions of dropped glosses, looked for once per article, when first asked."""
        if self._glosses is None:
            self._glosses = self.find_glosses() if self.find_glosses else ()
        return self._glosses

    def focus_country(self, gaz: Gazetteer) -> Actor | None:
        """The country named most often so far (the latest of equals)."""
        named = [(k, n) for k, n in self.countries.items() if gaz.actors[k].type == "Country"]
        if not named:  # 新华社北京…电 外交部发言人: before any country, the dateline's
            return self.home
        best = max(reversed(named), key=lambda kv: kv[1])[0]  # the latest of equals
        return gaz.actors.get(best)

    def learn(self, mentions: list[Mention]) -> None:
        for mention in mentions:
            actor = mention.actor
            if actor.type in {"Country", "Region"} and mention.via not in {"coref", "place"}:
                for suffix in _government_suffixes():  # 尼日尔军政府: 军政府 is Niger
                    if mention.text.endswith(suffix):
                        self.governments[suffix] = actor
                self.countries[actor.key] = self.countries.get(actor.key, 0) + 1
                self.countries[actor.key] = self.countries.pop(actor.key)  # latest last
            elif _KIND_OF_BODY[actor.key]:
                if not (
                    actor.key == "UN" and self.body is not None and self.body.key in _UN_ORGANS
                ):
                    self.body = actor  # (联大…通过决议。联合国193个成员国中…: the assembly stays)
            elif _names_organ(mention):
                self.remember_organ(actor)
                key = actor.country  # 巴基斯坦空军 names Pakistan too
                self.countries[key] = self.countries.pop(key, 0) + 1  # type: ignore[index,arg-type]
            elif actor.type == "Group" and mention.via == "gazetteer":
                if actor.country:
                    self.group_homes[actor.country] = self.group_homes.get(actor.country, 0) + 1
                if kind_of(load_gazetteer(), actor) == "armed_group":
                    self.armed_group = actor

    def learn_organs(self, mentions: list[Mention]) -> None:
        """台湾外交部今天回应: an organ named with its country in a sentence that reports no act
        is still the one a later bare 外交部 names (the country in focus is left as it was)."""
        for mention in mentions:
            if _names_organ(mention) and not _KIND_OF_BODY[mention.actor.key]:
                self.remember_organ(mention.actor)

    def remember_organ(self, actor: Actor) -> None:
        """The organ a later bare institution of its kind names (外交部 → 台湾外交部; 商务部将28间
        美企列入…。另外,商务部又将…: the organ the article's opening named, however often the body
        names the state acted on)."""
        self.organs[actor.key.removeprefix(actor.country + "_")] = actor  # type: ignore[operator]


def _names_organ(mention: Mention) -> bool:
    """An organ named with its country (巴基斯坦空军, 台湾外交部), not inferred (外交部)."""
    actor = mention.actor
    return bool(actor.country) and mention.via != "coref" and "_" in actor.key


#: :func:`_government_suffixes` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_GOVERNMENT_SUFFIXES_MADE: Final[list[tuple[str, ...]]] = []


def _government_suffixes() -> tuple[str, ...]:
    """:func:`_make_government_suffixes`, made once."""
    return (
        _GOVERNMENT_SUFFIXES_MADE[0]
        if _GOVERNMENT_SUFFIXES_MADE
        else made_once(_GOVERNMENT_SUFFIXES_MADE, _make_government_suffixes())
    )


def _make_government_suffixes() -> tuple[str, ...]:
    """Institutions that name a state's own government (军政府, 过渡政府)."""
    from .gazetteer import load_gazetteer

    insts = load_gazetteer().institutions.values()
    return tuple(i.suffix for i in insts if i.kind == "self" and i.suffix.endswith("政府"))


_DATELINE = compile_pattern(r"([\u4e00-\u9fff]{2,5}?)(?:\d{1,2}月)?\d{1,2}日(?:电|讯)", wide=True)


def dateline_country(text: str, gaz: Gazetteer) -> Actor | None:
    """新华社北京9月7日电, 中央社台北5日电: the country of the city an article is filed from,
    for the organs it names bare (外交部发言人) before any country."""
    if text.find("日电", 0, 300) == -1 and text.find("日讯", 0, 300) == -1:
        return None  # most articles have no dateline: no regex search with a lazy run
    match = _DATELINE.search(text, 0, 300)
    if match is None:
        return None
    place = match.group(1)
    for start in range(len(place) - 1):
        hit = gaz.surfaces.get(place[start:])
        if hit is not None and hit[1] == "capital" and hit[0].type in {"Country", "Region"}:
            return hit[0]
    return None


_OWN_MISSION: Final = re.compile(r"我(?:国)?驻[\u4e00-\u9fff]{1,8}代表处")


def taiwan_voice(text: str, gaz: Gazetteer) -> Actor | None:
    """吴钊燮…我驻斐济代表处, 国防部…国军: Taiwan's own press names Taiwan's ministries bare and
    every other country's with its country (中国外交部), so there a bare ministry is Taiwan's.
    Told by words only that press uses of Taiwan (words.tsv taiwan_voice, 我驻…代表处)."""
    if not any(_voice_word_in(text, word, gaz) for word in words("taiwan_voice")):
        if "代表处" not in text or _OWN_MISSION.search(text) is None:
            return None
    return gaz.actors.get("TWN")


def taiwan_outlet(url: str | None, gaz: Gazetteer) -> Actor | None:
    """来源：https://www.cna.com.tw/…, rti.org.tw, tvbs.com.tw: an article a Taiwan outlet
    publishes (its address under a host ending words.tsv taiwan_host) is Taiwan's own press,
    which names Taiwan's ministries bare (外交部发言人欧江安) as taiwan_voice says.
    Why: many of its articles use none of the taiwan_voice words (qb, qe, qi, qj, ql)."""
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower()
    if not host.endswith(words("taiwan_host")):
        return None
    return gaz.actors.get("TWN")


_COUNTRY_NAME_REACH: Final = 6  # the longest country name whose last letter a voice word may share


def _voice_word_in(text: str, word: str, gaz: Gazetteer) -> bool:
    """Whether ``word`` stands in ``text`` on its own: 国军 (Taiwan's army) not where its 国
    ends a country's name (中国军队, 美国军方, 韩国军人), 共军 and 共机 not where their 共 ends
    a party's (中共军队, 中共军机, 中共机关报: every press writes them)."""
    at = text.find(word)
    while at != -1:
        if not _ends_country_name(text, at + 1, gaz):
            return True
        at = text.find(word, at + 1)
    return False


_NAME_ENDING_TYPES: Final = frozenset({"Country", "Organization"})  # 中国|军队, 中共|军队


def _ends_country_name(text: str, end: int, gaz: Gazetteer) -> bool:
    """Whether a country's or an organisation's name (a gazetteer surface of one: 中国, 中共)
    ends at ``end``."""
    for size in range(2, _COUNTRY_NAME_REACH + 1):
        hit = gaz.surfaces.get(text[max(0, end - size) : end])
        if hit is not None and hit[0].type in _NAME_ENDING_TYPES:
            return True
    return False


class _BodyKinds(dict):
    """Keys of international and regional bodies (igo, regional in organizations.tsv)."""

    def __missing__(self, key: str) -> bool:
        from .gazetteer import load_gazetteer

        value = load_gazetteer().org_kind.get(key, "") in {"igo", "regional"}
        self[key] = value
        return value


_KIND_OF_BODY: Final = _BodyKinds()
# the organs of the UN where a body votes and is asked: a bare 联合国 named after one of them
# (联合国193个成员国中有191国投出赞成票) is the membership, not a body that takes their place
_UN_ORGANS: Final = frozenset({"UNGA", "UNSC"})


def learn_organs(text: str, start: int, end: int, gaz: Gazetteer, memory: ArticleMemory) -> None:
    """What a sentence that reports no act tells a later bare institution: the organs it names
    with their country (台外交部今天回应, then 外交部谴责… is Taiwan's). Nothing else is learnt."""
    for match in organ_pattern(gaz).finditer(text, start, end):
        left = max(start, match.start() - _ORGAN_REACH)  # 中华民国|外交部: the country before it
        found = find_actors(text, left, match.end(), gaz, dict(memory.leaders), memory.short_names)
        memory.learn_organs(found.mentions)


_ORGAN_REACH: Final = 8


def organ_pattern(gaz: Gazetteer) -> re.Pattern[str]:
    """A regex of the institutions a bare mention may name (外交部, 国防部, 军方…): a sentence
    without one names no organ a later bare mention could follow."""
    cached = getattr(gaz, "_organ_re", None)
    if cached is None:
        from .lexicon import words_pattern

        cached = words_pattern(organ_words(gaz))
        gaz._organ_re = cached  # type: ignore[attr-defined]
    return cached


def organ_words(gaz: Gazetteer) -> list[str]:
    """The words of :func:`organ_pattern`: the suffixes of two characters or more of the
    institutions a bare mention may name."""
    return [
        i.suffix for i in gaz.institutions.values() if len(i.suffix) >= 2 and i.kind in _BARE_KINDS
    ]


def find_actors(
    text: str,
    start: int,
    end: int,
    gaz: Gazetteer,
    leaders: dict[str, Mention] | None = None,
    short_names: dict[str, Actor] | None = None,
    memory: ArticleMemory | None = None,
    posts: dict[str, Mention] | None = None,
    words_found: Collection[str] | None = None,
) -> SentenceActors:
    """All actor mentions in ``text[start:end]`` (article offsets), with roles.

    ``memory`` holds what earlier sentences said (leaders, family names, organs, the country in
    focus) and is updated with this sentence; ``leaders``, ``short_names`` and ``posts`` give
    these alone (for a look back at an earlier sentence, which must learn nothing).
    ``words_found``: every occurrence in ``text[start:end]`` of the words of
    :func:`gate_words` (and any others), as the extraction's gate read them from the sentence;
    tests for those words are then told by it, not by a search of their own.
    """
    learn = memory is not None
    if memory is None:
        memory = ArticleMemory(
            leaders=leaders if leaders is not None else {},
            short_names=dict(short_names) if short_names is not None else {},
            posts=dict(posts) if posts is not None else {},
        )
    raw = _scan(text, start, end, gaz, memory)
    if len(raw) > 1:
        raw = _organ_shared_by_list(text, gaz, raw)
    # the gate's words the tests read, and where the titles start, found once for the sentence
    present = None if words_found is None else _gate_word_set(gaz).intersection(words_found)
    title_starts = _title_starts(text, start, end, gaz, present)
    raw = _add_names(
        text,
        start,
        end,
        gaz,
        raw,
        untitled=memory.short_names if learn else None,
        glossed=memory.glossed,
        words_found=present,
        title_starts=title_starts,
    )
    raw = _add_short_names(text, start, end, memory.short_names, raw)
    raw = _with_regnal_numbers(text, end, raw)
    if raw:  # (a family name found again needs a dotted name found)
        raw = _family_names_again(text, end, raw, gaz)
    raw = _add_listed_groups(text, start, end, gaz, raw)
    raw = _add_glossed_groups(text, start, end, raw)
    if raw:  # (a backed group needs a country named)
        raw = _add_backed_groups(text, end, gaz, raw)
        raw = _hacker_groups(text, end, raw)
        raw = _bodies_of_countries(text, end, gaz, raw)
    if not raw and not (
        memory.posts and _post_holders_found(text, start, end, gaz, memory.posts, title_starts)
    ):
        return SentenceActors()  # most sentences name nobody: no roles, nothing to learn
    raw.sort(key=lambda m: m.start)
    raw = _without_ship_names(text, raw)
    named = list(raw)  # what the sentence names, descriptions of people included
    found = SentenceActors(mentions=raw)
    _find_roles(text, gaz, found, memory)
    _give_countries(found)
    _resolve_leader_titles(text, gaz, found, memory.leaders)
    found.mentions = [m for m in found.mentions if not _inside_any(m, found.attributive)]
    found.mentions = _without_list_heads(text, gaz, found.mentions)
    found.mentions = _without_home_countries(text, gaz, found.mentions)
    found.mentions = _without_makers(text, found.mentions)
    found.mentions = _without_breached_bodies(text, start, end, found.mentions)
    found.mentions = _without_bracketed_repeats(text, found.mentions)
    if len(found.mentions) > 1:
        found.mentions = _without_patrons(text, found.mentions)
    _post_holders(text, start, end, gaz, found, memory.posts, title_starts)
    if learn:
        _learn_posts(text, gaz, found, memory.posts)
    found.mentions = _unnamed_officials(text, gaz, found.mentions)
    if learn:
        _learn_unnamed_posts(text, gaz, found.mentions, memory.posts)
        _learn_short_names(found.mentions, memory.short_names, gaz)
        memory.learn(named)
        _learn_delegation(text, named, memory)
    return found


def _with_regnal_numbers(text: str, end: int, mentions: list[Mention]) -> list[Mention]:
    """西班牙国王费利佩|六世: a monarch's regnal number (words.tsv regnal) is part of the
    person's name, which the name patterns cut before it; a person they found alone takes it
    as its label too, so that 费利佩六世 is named as the article names him."""
    if not any(_regnal_mark_after(text, m.end, end) for m in mentions):
        return mentions  # (most sentences: no 世 right after a name)
    out: list[Mention] = []
    for mention in mentions:
        number = _regnal_number_at(text, mention.end, end) if mention.actor.type == "Person" else ""
        if number:
            surface = mention.text + number
            actor = mention.actor
            if not actor.known:
                actor = replace(actor, key=surface, label=surface)
            mention = replace(mention, actor=actor, text=surface, end=mention.end + len(number))
        out.append(mention)
    return out


def _regnal_mark_after(text: str, pos: int, end: int) -> bool:
    """Whether a 世 stands within a regnal number's reach after ``pos`` (二十三世: four
    letters), before ``end``: a test of the letters after each mention, not of the article
    so far, which a sentence near an article's end would copy and read whole."""
    return text.find("世", pos, min(end, pos + _REGNAL_REACH)) != -1


_REGNAL_REACH = 4


def _regnal_number_at(text: str, pos: int, end: int) -> str:
    """The regnal number (words.tsv regnal: 六世, 十六世) right at ``pos``, or ''."""
    found = _regnal_pattern().match(text, pos, end)
    return found.group() if found else ""


@lru_cache(maxsize=1)
def _regnal_pattern() -> re.Pattern[str]:
    return compile_pattern("|".join(sorted(words("regnal"), key=len, reverse=True)))


def may_find_person(
    text: str,
    start: int,
    end: int,
    gaz: Gazetteer,
    leaders: dict[str, Mention],
    words_found: Collection[str] | None = None,
) -> bool:
    """Whether a look back at ``text[start:end]`` (find_actors with ``leaders`` alone) can find
    a person; when False it finds none and, holding no person to give a post, learns no leader.

    Why: a pronoun with nobody before it looks back at sentences that named nobody, and a look
    back costs a whole find_actors. Every way it finds a person is gated by one of these
    (most sentences pass none): a gazetteer person's form (_scan), a name dot (_transliterated,
    _family_names_again), a title (_titled_names), a post a name stands before
    (_names_before_title), 选 or 任 (_elected_names), a leader word after a body whose leader
    the article named (_resolve_leader_titles). Short names and posts it is not given.
    ``words_found``: as for :func:`find_actors`, the tests for a title and a post then told
    by it."""
    stretch = text[start:end]
    kept = tables(gaz)
    if kept.person_index.next(text, start, end) != -1 or _has_name_dot(stretch):
        return True
    if words_found is None:
        if _title_in(text, start, end, gaz) or _title_after_name().search(text, start, end):
            return True
    elif (
        # (a title or a post among the words found: the gate's words that are either, at once)
        bool(present := _gate_word_set(gaz).intersection(words_found))
        and (
            not kept.titles.keys().isdisjoint(present)
            or not _title_after_name_set().isdisjoint(present)
        )
        # a title running past ``end`` is no word found: the letters it may begin at are read
        # (only one that holds the letters either side of ``end``: see _title_starts)
        or (
            bool(kept.title_lengths)
            and text[end - 1 : end + 1] in _gate_tables(gaz)[1]
            and _title_in(text, max(start, end - kept.title_lengths[0] + 1), end, gaz)
        )
    ):
        return True
    return (
        "选" in stretch
        or "任" in stretch
        or (bool(leaders) and any(w in text[start : end + len(w)] for w in words("leader")))
    )


def _title_in(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether a title starts in ``text[start:end]`` (_names_after_titles finds a name only
    after one); the index gives where one may start, most of them none (双方, 代表团)."""
    pos = gaz.title_index.next(text, start, end)
    while pos != -1:
        if title_at(gaz, text, pos):
            return True
        pos = gaz.title_index.next(text, pos + 1, end)
    return False


def _learn_delegation(text: str, named: list[Mention], memory: ArticleMemory) -> None:
    """俄罗斯代表团由…率领: the country whose delegation (words.tsv delegation) a later
    sentence lists the members of (代表团成员还包括外交部副部长…)."""
    for mention in named:
        if mention.actor.type == "Country" and opens_with(text, mention.end, "delegation"):
            memory.delegation = mention.actor


_LIST_JOINS: Final = "、,，和与及"


def _add_listed_groups(
    text: str, start: int, end: int, gaz: Gazetteer, found: list[Mention]
) -> list[Mention]:
    """果敢、德昂、若开等缅北民地武组织: bare forms of listed.tsv, two or more of them in a list
    closed by 等 and one of their group nouns, name the groups; alone they name nobody."""
    listed = tables(gaz).listed
    if not listed:
        return found
    pos = text.find("等", start, end)
    if pos == -1:
        return found
    sizes = sorted({len(s) for s in listed}, reverse=True)
    added: list[Mention] = []
    while pos != -1:
        items: list[Mention] = []
        heads: set[str] = set()
        cut = pos
        while True:
            hit = next((n for n in sizes if text[cut - n : cut] in listed), 0)
            if not hit or cut - hit < start:
                break
            actor, its_heads = listed[text[cut - hit : cut]]
            items.append(make_mention(actor, text[cut - hit : cut], cut - hit, cut))
            heads.update(its_heads)
            cut -= hit
            if cut - 1 < start or text[cut - 1] not in _LIST_JOINS:
                break
            cut -= 1
        after = text[pos + 1 : min(end, pos + 9)]
        if len(items) >= 2 and any(h in after for h in heads):
            added.extend(
                m for m in items if not any(f.start < m.end and m.start < f.end for f in found)
            )
        pos = text.find("等", pos + 1, end)
    return found + added if added else found


def _add_glossed_groups(text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """将「太阳集团」(Cartel de los Soles)列为恐怖组织: a name in quotation marks glossed in
    Latin letters right after it, ending in a group noun (words.tsv group_head: 集团, 帮派,
    组织), is a group the gazetteer lacks; a quoted group noun with no gloss (“人蛇集团”,
    “非法组织”) is a term, not a name."""
    if text.find("（", start, end) == -1 and text.find("(", start, end) == -1:
        return found  # (the common case, tested first: no gloss, no regex run)
    added: list[Mention] = []
    for match in _GLOSSED_QUOTE.finditer(text, start, end):
        name = match.group(1)
        at = match.start(1)
        if not name.endswith(words("group_head")):
            continue
        if any(f.start < at + len(name) and at < f.end for f in found):
            continue
        actor = Actor(key=name, label=name, type="Group", known=False)
        added.append(make_mention(actor, name, at, at + len(name), "pattern"))
    if not added:
        return found
    opens = {m.start - 1 for m in added}  # 委内瑞拉|「太阳集团」: the country says where it is
    return [f for f in found if f.end not in opens or f.actor.type != "Country"] + added


_GLOSSED_QUOTE: Final = re.compile(
    r"[“「\"]([^“”「」\"，,。、\s]{2,12})[”」\"][（(][A-Za-z][A-Za-z .'\-]{2,48}[)）]"
)

# (秘鲁等7个拉美地区国家, 德国等十几个欧洲国家: a count of the list's members too)
_LIST_HEAD = re.compile("等(?:多个|多|一些|其他|众多|诸多|部分|[几数两三四五六七八九十\\d]+个)?")


def _without_list_heads(text: str, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """法国、德国等多个欧洲国家外交部: the organs of a region or group that heads a list of
    countries are the organs of the countries listed, not one more actor; they act."""
    kept: list[Mention] = []
    for mention in mentions:
        home = gaz.actors.get(mention.actor.country or "")
        region = mention.actor.type == "Region" and (
            mention.text.endswith("国家") or text.startswith("国家", mention.end)
        )  # (拉美地区|国家: the region's mention stops before its noun)
        if region:  # 美国和德国等西方国家: the countries listed act, not the West
            home = mention.actor
        elif home is None or home.key == mention.actor.key:
            kept.append(mention)
            continue
        listed = kept and kept[-1].actor.type == "Country"
        between = text[kept[-1].end : mention.start] if listed else ""
        if home.type in {"Region", "Group"} and listed and _LIST_HEAD.fullmatch(between):
            continue
        kept.append(mention)
    return kept


_PRIVATE_KINDS: Final = frozenset({"company", "university", "think_tank"})


def _without_home_countries(text: str, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """对美国波音公司采取反制措施, 美国兰德公司发布报告: a country written right before a
    company, university or think tank of its own, or before what the company is and the
    company (荷兰芯片制造商阿斯麦: words.tsv firm_noun_between), only says where it is
    from; the body acts and is acted on, not the country. So does a country before a group
    of its own that a group noun introduces (与|巴勒斯坦武装组织哈马斯|互控: words.tsv
    group_noun); the whole phrase then names the body or group, so what stands before the
    country reaches it (制裁|美国雷神公司, 将|美国波音公司|列入…)."""
    dropped = set()
    widened: dict[int, Mention] = {}
    for before, after in zip(mentions, mentions[1:], strict=False):
        if before.actor.type != "Country" or after.actor.country != before.actor.key:
            continue
        kind = kind_of(gaz, after.actor)
        private = kind in _PRIVATE_KINDS and _firm_noun_between(text, before.end, after.start)
        if private or (kind in _GROUP_KINDS and _group_noun_between(text, before.end, after.start)):
            dropped.add(id(before))
            widened[id(after)] = replace(
                after, text=text[before.start : after.end], start=before.start
            )
    if not dropped:
        return mentions
    return [widened.get(id(m), m) for m in mentions if id(m) not in dropped]


_GROUP_KINDS: Final = frozenset({"armed_group", "party"})


def _without_makers(text: str, mentions: list[Mention]) -> list[Mention]:
    """俄罗斯发射伊朗制|无人机, 使用美制|武器: a country right before a letter of make (words.tsv
    made_in) only says where a weapon or a good was made; the country neither acts nor is
    acted on (Russia attacks, not Iran). Not before the verbs that begin with that letter
    (美国制裁|…, 制定, 制止: words.tsv made_in_not), which the country does."""
    if not any(opens_with(text, m.end, "made_in") for m in mentions):
        return mentions  # (nearly every sentence: no letter of make after an actor)
    return [m for m in mentions if not _made_in(text, m)]


def _made_in(text: str, mention: Mention) -> bool:
    """Whether a country or region is followed by a letter of make that opens no verb of its
    own (伊朗制|无人机, not 美国制裁)."""
    return (
        mention.actor.type in {"Country", "Region"}
        and opens_with(text, mention.end, "made_in")
        and not opens_with(text, mention.end, "made_in_not")
    )


_BREACH_LEAD = 16  # a breach verb, 了 and the bodies (10 letters) end within this before a body


def _without_breached_bodies(
    text: str, start: int, end: int, mentions: list[Mention]
) -> list[Mention]:
    """违反联合国安理会决议, 违背联合国宪章: a body between a verb of breaking (words.tsv
    text_breach) and its text (breached_text) only says whose text is broken; it neither acts
    nor is acted on, so a judgement of the breach (认为此次发射违反…决议) accuses no body.

    Only the sentence (``text[start:end]``, article offsets) and the few letters before it
    are read: read whole, the article was searched again for every one of its sentences."""
    if not mentions:
        return mentions
    lead = max(0, start - _BREACH_LEAD)
    window = text[lead:end]
    if not any(w in window for w in words("text_breach")):
        return mentions  # (nearly every sentence breaks no text)
    spans = []
    for match in _breached_body_pattern().finditer(text, lead):
        if match.start() >= end:
            break  # (a breach after the sentence holds none of its mentions)
        spans.append(match.span(1))
    if not spans:
        return mentions
    return [
        m
        for m in mentions
        if m.actor.type != "Organization" or not any(a <= m.start and m.end <= b for a, b in spans)
    ]


@lru_cache(maxsize=1)
def _breached_body_pattern() -> re.Pattern[str]:
    """A breach verb, then the bodies (up to 10 letters, no punctuation), then a numbered or
    related text of theirs (违反|联合国安理会|第1718号决议, 违反|安理会|相关决议)."""
    verbs = "|".join(map(re.escape, words("text_breach")))
    texts = "|".join(map(re.escape, words("breached_text")))
    return re.compile(
        rf"(?:{verbs})了?([^，。,;；、:：!?！？]{{1,10}}?)(?:的)?(?:第[\d,，号]+号)?"
        rf"(?:相关|有关|多项|各项|一系列)?(?:{texts})"
    )


def _without_bracketed_repeats(text: str, mentions: list[Mention]) -> list[Mention]:
    """联合国、非盟、西非国家经济共同体(西共体)等国际组织: a short form of the same actor in
    brackets right after its name only glosses it; the name stays the list's last member, and
    the gloss no actor between it and what follows. So does another rendering anywhere in the
    brackets (普京（Vladimir Putin，又译普丁）)."""
    kept: list[Mention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.actor.key == mention.actor.key
            and text[before.end : before.end + 1] in {"(", "（"}
            and _inside_gloss(text, before.end, mention)
        ):
            continue
        kept.append(mention)
    return kept


def _without_patrons(text: str, mentions: list[Mention]) -> list[Mention]:
    """与国务卿布林肯高级政策顾问|乔莱特|会晤, 川普（Donald Trump）的女婿|库许纳, 特朗普的特使|
    威特科夫: a person named before a post held in that person's service or family (words.tsv
    patron_post) and the holder's name right after it only says whose aide or kin the holder
    is; the holder acts and is met, not the patron (yb, we, db)."""
    dropped = set()
    widened: dict[int, Mention] = {}
    for mention, after in zip(mentions, mentions[1:], strict=False):
        if (
            mention.actor.type == "Person"
            and after.actor.type == "Person"
            and id(mention) not in widened
            and _patron_post().fullmatch(text, mention.end, after.start) is not None
        ):  # (the holder's mention reaches back over the patron's words, as over a title
            # before a name; its text stays the holder's name, the label the output gives it)
            dropped.add(id(mention))
            widened[id(after)] = replace(after, start=mention.start)
    if not dropped:
        return mentions
    return [widened.get(id(m), m) for m in mentions if id(m) not in dropped]


@lru_cache(maxsize=1)
def _patron_post() -> re.Pattern[str]:
    """What stands between a patron and the holder of a post in their service: a gloss of the
    patron's name, the patron's own title (总统), 的, a word of rank (高级), of field (政策) and
    the post (words.tsv patron_title, post_rank, post_field, patron_post)."""
    title, rank = _alternation("patron_title"), _alternation("post_rank")
    field, post = _alternation("post_field"), _alternation("patron_post")
    return re.compile(
        rf"(?:[（(][^（()）]{{1,40}}[）)])?(?:{title})?的?(?:{rank})?(?:{field})?(?:{post})"
    )


def _alternation(cls: str) -> str:
    """The words of a class of words.tsv as a regex alternation, longest first."""
    return "|".join(re.escape(w) for w in words(cls))


_GLOSS_LENGTH: Final = 40  # characters a bracketed gloss after a name may hold


def _inside_gloss(text: str, opening: int, mention: Mention) -> bool:
    """Whether ``mention`` stands inside the brackets opened at ``opening``, before they close."""
    inside = text[opening + 1 : mention.start]
    closing = text[mention.end : mention.end + _GLOSS_LENGTH]
    if len(inside) > _GLOSS_LENGTH or any(c in inside for c in ")）。(（"):
        return False
    return any(c in closing.split("。", 1)[0] for c in ")）")


def _firm_noun_between(text: str, end: int, start: int) -> bool:
    """Nothing, or what the company is (words.tsv firm_noun_between: 公司, 芯片制造商), between a
    country and a company, university or think tank of its own (荷兰芯片制造商阿斯麦)."""
    return end == start or text[end:start] in _firm_nouns_between()


@lru_cache(maxsize=1)
def _firm_nouns_between() -> frozenset[str]:
    return frozenset(words("firm_noun_between"))


def _group_noun_between(text: str, end: int, start: int) -> bool:
    """Nothing, or a group noun, maybe with the quotation mark that opens the group's name
    (刚果(金)反政府武装“M23运动”), between a country and a group of its own."""
    between = text[end:start].rstrip('“「『"')
    return between in _group_nouns() | {""}


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    return frozenset(words("group_noun"))


# a name found after a title is that person when named again bare, up to six letters: Russian
# and Central Asian transliterations run to six (纳扎尔巴耶夫, 弗雷德里克森, 米尔济约耶夫)
_LONGEST_BARE_NAME: Final = 6


def _learn_short_names(mentions: list[Mention], short_names: dict[str, Actor], gaz) -> None:
    for mention in mentions:
        actor = mention.actor
        if actor.type != "Person" or mention.via == "coref":
            continue
        label = actor.label
        if (
            not actor.known
            and 2 <= len(label) <= _LONGEST_BARE_NAME
            and (len(label) > 2 or not is_word(label) or _name_word(label))
        ):
            short_names.setdefault(label, actor)  # 甘羽, 凯塔 named again without the title
        if "·" in label:
            short = label.rsplit("·", 1)[1]
        elif len(label) in (4, 5) and actor.country in ("JPN", None):
            # Japanese family names: 小泉|纯一郎, 高市|早苗; the head of a transliteration of
            # another country's name is none (克林拜尔: 克林顿 would be Klingbeil; 莫尔古洛夫)
            short = label[:2]
        else:
            continue
        common = is_word(short) and actor.country != "JPN"  # 小泉 is a word, and a name
        if common and "·" in label:
            common = not _family_name_word(short)  # 威廉·伯恩斯, then 伯恩斯 alone
        if len(short) >= 2 and short not in gaz.surfaces and not common:
            short_names.setdefault(short, actor)


@lru_cache(maxsize=4096)
def _name_word(label: str) -> bool:
    """凯塔: a two-character name found after a title that jieba knows only as a person's name
    (one word tagged nr/nrt) is that person when named again bare, as names it does not know
    are; a word of another class (高峰) is not."""
    tags = segment.tag(label)
    return len(tags) == 1 and tags[0][1] in ("nr", "nrt")


@lru_cache(maxsize=4096)
def _family_name_word(short: str) -> bool:
    """伯恩斯, 阿勒萨尼: the last part of a transliterated full name that jieba knows only as a
    person's name (one word tagged nr/nrt), of three characters or more (克里 also opens
    克里米亚), so the part alone names that person later in the article."""
    if len(short) < 3:
        return False
    tags = segment.tag(short)
    return len(tags) == 1 and tags[0][1] in ("nr", "nrt")


def _family_names_again(text: str, end: int, found: list[Mention], gaz) -> list[Mention]:
    """马库斯·埃德雷尔…向埃德雷尔表达抗议: the family name of a dotted name the sentence gave,
    named again later in it, is that person, not the short forms inside it (埃 of Egypt); so
    is a name found after a title (总理欧尼尔…与欧尼尔握手: not 欧 of the EU), as a later
    sentence would have it from the short names learned."""
    named = [m for m in found if m.via == "pattern"]
    for person in named:
        family = _named_again_as(person.actor)
        if family is None or len(family) < 2 or family in gaz.surfaces:
            continue
        pos = text.find(family, person.end, end)
        while pos != -1:
            stop = pos + len(family)
            inside = [m for m in found if pos <= m.start and m.end <= stop]
            if not any(m.start < stop and pos < m.end for m in found if m not in inside):
                found = [m for m in found if m not in inside]
                found.append(make_mention(person.actor, family, pos, stop, "coref"))
            pos = text.find(family, stop, end)
    return found


def _named_again_as(actor: Actor) -> str | None:
    """The form a person found by a name pattern goes by later in the sentence: the family name
    of a dotted name, else the whole name when _learn_short_names would learn it (None: not a
    person, or a name that is also a common word)."""
    label = actor.label
    if "·" in label:
        return label.rsplit("·", 1)[1]
    if actor.type != "Person" or actor.known or not 2 <= len(label) <= 5:
        return None
    return label if len(label) > 2 or not is_word(label) or _name_word(label) else None


def _add_short_names(
    text: str, start: int, end: int, short_names: dict[str, Actor], found: list[Mention]
) -> list[Mention]:
    taken: list[tuple[int, int]] | None = None  # listed at the first short name found
    stretch = text[start:end] if short_names else ""
    for short, actor in short_names.items():
        if short not in stretch:
            continue  # (most short names: not in this sentence; ``in`` is the cheap test)
        pos = start + stretch.find(short)
        if taken is None:
            taken = [(m.start, m.end) for m in found]
        while pos != -1:
            stop = pos + len(short)
            if _short_forms_inside(short, pos, stop, taken):
                found = [m for m in found if not (pos <= m.start and m.end <= stop)]
                taken = [(s, e) for s, e in taken if not (pos <= s and e <= stop)]
            if not any(s < stop and pos < e for s, e in taken):
                found.append(make_mention(actor, short, pos, stop, "coref"))
                taken.append((pos, stop))
            pos = text.find(short, stop, end)
    return found


def _short_forms_inside(name: str, pos: int, stop: int, taken: list[tuple[int, int]]) -> bool:
    """巴加埃表示, 向马凯尔及英国政府: a transliterated name the article gave with a title or in
    full, named again bare, is that person, not the one-character short forms read inside it
    (巴 加 埃 of Pakistan, Canada, Egypt; 马 of Malaysia). Only a name of three characters or
    more, and only when every mention it overlaps lies inside it and is one character long."""
    if len(name) < 3:
        return False
    overlapping = [(s, e) for s, e in taken if s < stop and pos < e]
    return bool(overlapping) and all(pos <= s and e <= stop and e - s == 1 for s, e in overlapping)


# -- gazetteer scan --------------------------------------------------------------------------


def _scan(text: str, start: int, end: int, gaz: Gazetteer, memory: ArticleMemory) -> list[Mention]:
    """Gazetteer names, compounds, licensed short forms and bare institutions, left to right,
    longest first; only the positions where one may start are looked at."""
    mentions: list[Mention] = []
    after = start  # where the last mention found ends: nothing starts inside it
    kept = tables(gaz)
    lengths = kept.lengths
    shorts = kept.shorts
    ambiguous = kept.ambiguous_starts
    institutions = kept.long_institution_heads
    list_shorts = kept.list_shorts
    contexts = _short_contexts(gaz)
    for pos in kept.actor_index.starts(text, start, end):
        if pos < after:
            continue
        head = text[pos : pos + 2]
        first = head[:1]
        # each stage's own first test, asked here before it is called: most candidates (a
        # short form that begins a word: 法律, 以及) pass one stage's test at most. What
        # _mention_at does, without its call: a name looked up only where one may start (most
        # candidates are short forms or begin none), the short forms tried where none starts
        hit = match_at(gaz, text, pos) if head in lengths else None
        found: list[Mention] | Literal[False]
        if hit is not None:
            found = _name_at(text, pos, end, gaz, hit)
        elif (
            first in shorts
            and not _after_number(text, pos)
            and _short_context_ok(text, pos, contexts)  # (most short forms fail it)
        ):
            found = _shorts_at(text, pos, end, gaz, unnamed=True)
        elif first in list_shorts and text[pos + 1 : pos + 2] == "、":
            found = _listed_shorts(text, pos, end, gaz)  # 塔、吉|两国
        else:
            found = []
        if (head[1:] in list_shorts or first in list_shorts) and (
            pair := _pair_with_list_short(text, pos, end, gaz)
        ):
            found = pair  # 中老|关系, 墨美|协议: a listed short form paired with a plain one
        found = (
            found
            or (first in ambiguous and _ambiguous_at(text, pos, end, gaz, memory, mentions))
            or (head in institutions and _bare_institution(text, pos, end, gaz, memory, mentions))
        )
        if found:
            mentions.extend(_named_short(text, m, gaz, found) for m in found)
            after = max(m.end for m in found)
    return mentions


def _short_contexts(gaz: Gazetteer) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What must stand around a short form for :func:`_shorts_at` to find anything there:
    (the letter after it, the letter before it, the two letters before it); one of the three
    must be in its set. Why: 98% of the short forms the scan meets open or end an ordinary
    word (其中, 美元, 日前, 可以) and come to nothing after a long chain of checks; three set
    lookups rule out four in five of those (Terminus: 15,622 of 19,991). Each set gathers
    the first test of one way of finding a short form: after it another short form (a
    compound), 、 (a list), 对 and 驻, a headline's verb, a verb of saying, a locative, a
    weapon, an institution's suffix; before it a licensor, 驻, a headline's verb, 名/位, 了
    or the end of an action trigger. A new way of licensing a short form must add its
    letters here (tests/test_round32_se.py compares the scan with and without this test on
    the sentences of the dev articles)."""
    kept = tables(gaz)
    cached = kept.short_contexts
    if cached is not None:
        return cached
    one_letter = [w for w in words("headline_verb") if len(w) == 1]
    opening = words("short_subject_verb") + words("locative") + words("armed_after_short")
    next_ok = {*gaz.shorts, *gaz.institution_starts, "、", "对", "驻", *one_letter}
    next_ok |= {w[0] for w in opening if w}
    last_ok = {"驻", "名", "位", "了", *one_letter}
    last_ok |= {w for w in _SHORT_LICENSORS if len(w) == 1}
    last_ok |= {w[0] for w in words("come_here")}  # 来|华
    last_two_ok = {w[-2:] for w in _SHORT_LICENSORS if len(w) >= 2}
    for word, trig in triggers().items():
        if trig.event_type:  # (what _ends_in_trigger asks: the window ends in the word)
            tail = word.split("…")[-1]  # (a split trigger's window ends in its second part)
            if len(tail) >= 2:
                last_two_ok.add(tail[-2:])
            else:
                last_ok.add(tail)
    cached = (frozenset(next_ok), frozenset(last_ok), frozenset(last_two_ok))
    kept.short_contexts = cached
    return cached


def _short_context_ok(text: str, pos: int, contexts: tuple[frozenset[str], ...]) -> bool:
    """Whether the letters around the short form at ``pos`` are such that :func:`_shorts_at`
    may find something there (``contexts``: :func:`_short_contexts`); when False it finds
    nothing."""
    next_ok, last_ok, last_two_ok = contexts
    return (
        text[pos + 1 : pos + 2] in next_ok
        or text[pos - 1 : pos] in last_ok
        or text[max(0, pos - 2) : pos] in last_two_ok
    )


def _named_short(
    text: str, mention: Mention, gaz: Gazetteer, compound: list[Mention] | tuple = ()
) -> Mention:
    """中巴建交 in a report on Panama: a short form several countries share (ambiguous.tsv)
    names the one the article names in full, when it never names the usual one (a headline
    comes before the name, so the whole article is read). In a compound, a partner may settle
    it (ambiguous.tsv column compound): 以哈冲突 is Israel and Hamas, 巴以 Palestine."""
    keys = gaz.ambiguous.get(mention.text) if len(mention.text) == 1 else None
    if not keys:
        return mention
    for other in compound:
        reading = gaz.compound_reading.get((mention.text, other.actor.key))
        if other is not mention and reading in gaz.actors:
            return replace(mention, actor=gaz.actors[reading])
    if _named_in_full(text, mention.actor.key, gaz):
        return mention
    named = [k for k in keys if _named_in_full(text, k, gaz)]
    return replace(mention, actor=gaz.actors[named[0]]) if len(named) == 1 else mention


def _country_at(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a country's name (not a short form) starts at ``pos``."""
    hit = match_at(gaz, text, pos)
    return hit is not None and len(hit[0]) >= 2 and hit[1].type == "Country"


def _named_in_full(text: str, key: str, gaz: Gazetteer) -> bool:
    """Whether the article names the country by a name of two characters or more."""
    actor = gaz.actors[key]
    return any(alias in text for alias in (actor.label, *actor.aliases) if len(alias) >= 2)


def _mention_at(text: str, pos: int, end: int, gaz: Gazetteer) -> list[Mention]:
    """The name, compound or licensed short form that starts at ``pos`` (none: [])."""
    hit = match_at(gaz, text, pos)
    if hit is None:
        return _shorts_at(text, pos, end, gaz)  # (most candidates: no name to yield a title)
    return _name_at(text, pos, end, gaz, hit)


def _name_at(
    text: str, pos: int, end: int, gaz: Gazetteer, hit: tuple[str, Actor, str] | None
) -> list[Mention]:
    """:func:`_mention_at` where ``hit``, the gazetteer's longest name at ``pos``, is known.
    (``hit`` typed: compiled, an untyped one made each read of its actor's fields a generic
    getattr, some 100,000 of them in a Terminus build.)"""
    hit = _yield_to_title(text, pos, gaz, hit)
    if hit and hit[0] and pos + len(hit[0]) <= end:
        surface, actor, kind = hit
        org_kind = tables(gaz).org_kind
        if _inside_hiding_word(text, pos, len(surface)) or _extends_name(text, pos, surface):
            return []  # 发展|中国|家, 来|日方|长, 马利|克: a word that holds the name names none
        if _inside_place_name(text, pos, len(surface)):
            return []  # 马里|兰, 北|爱尔兰: a place that holds a country's name names none
        if actor.type == "Person" and _inside_longer_name(text, pos, len(surface)):
            return []  # 姆纳察|卡尼|扬: a known name inside a longer transliteration
        if actor.type == "Person" and _surname_goes_on(text, pos + len(surface)):
            return []  # 姆纳察卡尼|扬, 杜达|耶夫: a longer foreign name that holds the form
        if _country_opens_person_name(text, pos, surface, actor):
            return [_unknown_person(text[pos : pos + 3], pos)]  # 市委书记|马国强: no Malaysia
        if _closes_yi_frame(text, pos, pos + len(surface)):
            return []  # 以国王访华|为契机: the frame's 为 ends the name (华为), which names none
        if _straddles_words(text, pos, pos + len(surface)):
            return []  # 红海|地区, 更加|方便, 集中|国家: the name is the end of one word and the
            # start of the next (海地, 加方, 中国)
        if _swallowed_by_compound(text, pos, surface, gaz):
            return []  # 美韩|军演, 美俄|方案: a compound's short form, not 韩军 or 俄方
        if _short_before_noun(text, pos, surface, gaz):
            return [_short_mention(text, pos, gaz, "gazetteer")]  # 俄|军工企业: not 俄军
        if _short_before_deed(text, pos, surface, gaz):
            return [_short_mention(text, pos, gaz, "gazetteer")]  # 对乌|军事援助: not 乌军
        if _means_before_deed(text, pos, surface, gaz):
            return []  # 中国|以|军事演训手段恐吓台湾: by means of, not 以军
        if kind in {"capital", "place"} and pos > 0 and _verb_word(text[pos - 1 : pos + 1]):
            return []  # 抵达卡塔尔: 达卡 begins inside the verb 抵达
        if actor.type in {"Country", "Region"} and _water_after(text, pos + len(surface), gaz):
            return []  # 日本海, 印度洋, 台湾海峡, 朝鲜半岛: a sea or a peninsula, no actor
        if actor.type in {"Country", "Region"} and (
            opens_with(text, pos + len(surface), "branch")
            or opens_with(text, pos + len(surface), "school")
        ):
            return []  # 国际特赦组织香港分会, 香港科技大学: where a branch or a school is
        if org_kind.get(actor.key) == "collective" and text.endswith("任何", 0, pos):
            return []  # 任何外部势力干预…都将面临反制: anyone at all, no actor named
        if (
            org_kind.get(actor.key) == "collective"
            or (actor.type == "Region" and surface.endswith("国家"))
        ) and _country_at(text, pos + len(surface), gaz):
            return []  # 北约成员国|土耳其, 欧盟成员国|匈牙利, 非洲国家|尼日利亚: a description
            # of the country named
        if actor.type == "Region" and opens_with(text, pos + len(surface), "scene"):
            return []  # 加沙停火协议: where the truce holds, not a party to it
        if (
            kind == "capital"
            and _begins_a_name(text, pos + len(surface))
            and not closes_with(text, pos, "backing")  # 亲莫斯科叛军: sides with Russia
        ):
            return []  # 北京工友之家: the city begins the name of a group in it
        if kind == "capital" and _after_own_country(text, pos, actor):
            kind = "place"  # 在日本东京首相官邸: the city named after its country is a place
        if kind != "capital" and _dispatch_dated(text, pos + len(surface)):
            return []  # 中新社联合国6月4日电: where a dispatch was filed, no actor
        if kind == "capital" and not _acts_as_capital(text, pos, len(surface)):
            if _dateline(text, pos + len(surface)):
                return []
            kind = "place"  # 在基辅方向: the capital names a place
        if kind == "place":
            return [make_mention(actor, surface, pos, pos + len(surface), "place")]
        if actor.type in {"Organization", "Group"} and _person_title_ends(text, pos, gaz):
            return []  # 外长|瓦格纳: a name after a title is a person's (not the Wagner group)
        via = "media" if org_kind.get(actor.key) == "media" else "gazetteer"
        outlet = _outlet_suffix(text, pos + len(surface))
        if outlet and title_at(gaz, text, pos + len(surface)):
            outlet = ""  # 美国国务院|新闻发言人: a title, not the body's news outlet
        if outlet:  # 香港新闻网, 北京日报: a news outlet named after a place reports, never acts
            return [
                make_mention(
                    actor,
                    text[pos : pos + len(surface) + len(outlet)],
                    pos,
                    pos + len(surface) + len(outlet),
                    "media",
                )
            ]
        if actor.type == "Country" and text.startswith("《", pos + len(surface)):
            stop = _outlet_title_end(text, pos + len(surface), end)
            if stop:  # 英国《卫报》报道: the country says where the outlet is, it does not act
                return [make_mention(actor, text[pos:stop], pos, stop, "media")]
        government = _leaders_government(text, pos + len(surface), end, actor, gaz)
        if government is not None:  # 川普政府, 马杜罗政权: the state the leader governs
            stop = government[1]
            return [make_mention(government[0], text[pos:stop], pos, stop, via)]
        mention = make_mention(actor, surface, pos, pos + len(surface), via)
        return [_extend_nested(text, _extend_organ(text, mention, end, gaz), end, gaz)]
    return _shorts_at(text, pos, end, gaz)


def _country_opens_person_name(text: str, pos: int, surface: str, actor: Actor) -> bool:
    """武汉市委书记|马国强: a country's other name of a family name and 国 (words.tsv surname:
    马国, Malaysia) that opens three letters jieba tags as a person is the start of that
    person's name, not the country (马方愿, 罗马城 are no names: 方 and a capital are left
    alone, and so is the label itself: 炮击韩国延坪岛)."""
    return (
        actor.type == "Country"
        and len(surface) == 2
        and surface[1] == "国"
        and surface != actor.label
        and opens_with(text, pos, "surname")
        and _head_name_in(text[pos : pos + 8]) == 3
    )


def _closes_yi_frame(text: str, start: int, end: int) -> bool:
    """以费利佩六世国王访华|为契机: a name whose last letter opens the word that closes a 以…为
    frame (words.tsv yi_frame) opened earlier in the clause is cut across the frame's 为."""
    if end - start < 2 or not opens_with(text, end - 1, "yi_frame"):
        return False
    opening = text.rfind("以", max(0, start - _YI_FRAME_REACH), start)
    return opening != -1 and not any(c in _CLAUSE_STARTS for c in text[opening:start])


_YI_FRAME_REACH = 30


def _straddles_words(text: str, start: int, end: int) -> bool:
    """Whether jieba, cutting the text around ``text[start:end]``, puts it inside one dictionary
    word or cuts it as the end of one dictionary word and the start of the next (红海|地区 holds
    海地, 集中|国家 holds 中国); a name jieba cuts across words it only guessed (理论|上川|普对,
    总理|霍华德祈) stays."""
    left = max(0, start - 3)
    return _straddles_in(text[left : end + 3], start - left, end - left)


@lru_cache(maxsize=1 << 14)
def _straddles_in(window: str, start: int, end: int) -> bool:
    """:func:`_straddles_words` on the window cut (cached: a sentence is scanned again when
    an earlier one is looked back at)."""
    first = last = None
    at = 0
    for token in _cut(window):
        nxt = at + len(token)
        if at < start < nxt:
            first = (at, nxt, token)
        if at < end < nxt:
            last = (at, nxt, token)
        at = nxt
    if first is None or last is None:
        return False
    if first == last:
        return is_word(first[2])
    return is_word(first[2]) and is_word(last[2])


def _swallowed_name_at(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether the gazetteer name at ``pos`` is one a compound swallows (美韩|军演: 韩军)."""
    hit = match_at(gaz, text, pos)
    return hit is not None and _swallowed_by_compound(text, pos, hit[0], gaz)


def _swallowed_by_compound(text: str, pos: int, surface: str, gaz: Gazetteer) -> bool:
    """美韩军演, 中美军事关系, 美俄方案: a short form and one letter (韩军, 美军, 俄方) right after
    another short form, when the letter opens a word with what follows (军演, 军事, 方案), is the
    last form of a compound, not the name."""
    kept = tables(gaz)
    if len(surface) < 2 or surface[0] not in kept.shorts or pos < 1:
        return False
    if len(surface) > 2 and surface[1:] not in kept.institutions:
        return False  # (中|美国防部|长: the organ's name, 国防部, after the short form)
    if len(surface) == 2 and surface[1] not in "方国" and surface[1] not in kept.institutions:
        return False  # 非|中国|籍: a full name, not a short form and a suffix
    if surface[1] == "国" and not is_word(text[pos + 1 : pos + 3]):
        return False  # (中美|国防部长: 国 opens 国防, 美国 is not named; but 中美国…)
    if text[pos - 1] not in kept.shorts or is_word(text[max(0, pos - 2) : pos]):
        return False  # 所以|美方向: the letter before ends a word, it is no short form
    return is_word(text[pos + 1 : pos + 3]) or opens_with(text, pos + 1, "noun_after_short")


def _short_before_noun(text: str, pos: int, surface: str, gaz: Gazetteer) -> bool:
    """俄军工企业, 乌军工综合体: a short form and a letter (俄军) whose letter opens a noun with
    what follows (words.tsv noun_after_short: 军工, 军工业) names the country the short form
    stands for, its arms industry, not its army; unless the letters after the name make a
    word of their own and the noun is two letters (俄军|演习, 俄军|购买)."""
    if len(surface) != 2 or surface[0] not in tables(gaz).shorts:
        return False
    after = pos + len(surface)
    if not opens_with(text, after - 1, "noun_after_short"):
        return False  # (one lookup of the letter: most names are followed by none)
    nouns = [w for w in words("noun_after_short") if text.startswith(w, after - 1)]
    if not nouns:
        return False
    return len(nouns[0]) > 2 or not is_word(text[after : after + 2])


def _means_before_deed(text: str, pos: int, surface: str, gaz: Gazetteer) -> bool:
    """中国以军事演训手段恐吓台湾, 大陆仍执意以军事手段…: a preposition of means that is also a
    short form (words.tsv means_preposition: 以) before 军 that opens a word (军事, 军机) is "by
    means of", not the army of the short form's country (以军), where a word ends right before
    it that neither acts on it (谴责|以军), joins it (与|以), nor is another short form (中|以军事
    合作); and not where the letters after 军 make a word of their own (以军|事先), nor right
    after a time word unless a deed opens with 军 (周三|以军机空袭 is the army; 当天以军事…)."""
    if len(surface) != 2 or surface[0] not in words("means_preposition") or pos < 2:
        return False
    if not _opens_noun(text, pos + 1) or is_word(text[pos + 2 : pos + 4]):
        return False
    before = text[pos - 1]
    if not is_cjk(before) or before in _SHORT_LICENSORS or before in gaz.shorts:
        return False
    if _time_word_ends_at(text, pos) and not opens_with(text, pos + 1, "deed_after_short"):
        return False  # 周三|以军机空袭…, 当天|以军队…: after a time word, the army
    return not _trigger_ends_at(text, pos)


def _time_word_ends_at(text: str, pos: int) -> bool:
    """Whether a time word (words.tsv glued_time: 周三, 当天) ends right before ``pos``."""
    return text[max(0, pos - 4) : pos].endswith(words("glued_time"))


def _short_before_deed(text: str, pos: int, surface: str, gaz: Gazetteer) -> bool:
    """对乌军事援助, 对乌军援, 对以军售: after a preposition, a short form and 军 (乌军, 以军)
    whose 军 opens a deed with what follows (words.tsv deed_after_short) names the country the
    deed is aimed at, not its army; unless the letters after the name make a word of their
    own (以军|事先). Without the preposition 以 may be one (伊朗以军事行动回应): not touched."""
    if len(surface) != 2 or surface[0] not in tables(gaz).shorts or pos < 1:
        return False
    if text[pos - 1] not in _SHORT_LICENSORS or not text.startswith(
        words("deed_after_short"), pos + 1
    ):
        return False
    return not is_word(text[pos + 2 : pos + 4])


#: :func:`_hiding_words` once made (see lexicon.made_once).
_HIDING_WORDS_MADE: Final[list[dict[str, tuple[tuple[str, int], ...]]]] = []


def _hiding_words() -> dict[str, tuple[tuple[str, int], ...]]:
    """(word, offset) for every place a name can start inside a ``hides_name`` word, by the
    character there: a name is checked against the words that hold its first character."""
    return (
        _HIDING_WORDS_MADE[0]
        if _HIDING_WORDS_MADE
        else made_once(_HIDING_WORDS_MADE, _read_hiding_words())
    )


def _read_hiding_words() -> dict[str, tuple[tuple[str, int], ...]]:
    return _words_by_letter(words("hides_name"), 1)  # a short form may end one (抗|日)


def _words_by_letter(listed: Iterable[str], first: int) -> dict[str, tuple[tuple[str, int], ...]]:
    """(word, offset) for every letter of every word from offset ``first`` on, by that letter:
    a name found at a position is checked against the few words that hold its letter."""
    by_char: dict[str, list[tuple[str, int]]] = {}
    for word in listed:
        for i in range(first, len(word)):
            by_char.setdefault(word[i], []).append((word, i))
    return {char: tuple(places) for char, places in by_char.items()}


def _covered_at(places: tuple[tuple[str, int], ...] | None, text: str, pos: int, size: int) -> bool:
    """Whether a longer word of ``places`` (from :func:`_words_by_letter`, for the letter at
    ``pos``) stands in ``text`` over the ``size`` letters at ``pos``."""
    if places is None:
        return False  # no such word holds the letter (most letters)
    return any(
        i <= pos and len(w) - i >= size and len(w) > size and text.startswith(w, pos - i)
        for w, i in places
    )


def _inside_hiding_word(text: str, pos: int, size: int) -> bool:
    """Whether a ``hides_name`` word (发展中国家) covers the name at ``pos`` from before it."""
    return _covered_at(_hiding_words().get(text[pos]), text, pos, size)


#: :func:`_place_names` once made (see lexicon.made_once).
_PLACE_NAMES_MADE: Final[list[dict[str, tuple[tuple[str, int], ...]]]] = []


def _place_names() -> dict[str, tuple[tuple[str, int], ...]]:
    """(name, offset) for every letter of every row of ``ontology/place_names.tsv`` (马里兰,
    俄亥俄, 乌鲁木齐), by that letter: a country's form is checked against the few names that
    hold its first letter."""
    return (
        _PLACE_NAMES_MADE[0]
        if _PLACE_NAMES_MADE
        else made_once(_PLACE_NAMES_MADE, _read_place_names())
    )


def _read_place_names() -> dict[str, tuple[tuple[str, int], ...]]:
    path = ontology_file("place_names.tsv")
    if not path.exists():
        return {}
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.split("\t", 1)[0].strip()
        if name and not line.startswith("#") and name != "name":
            names.append(name)
    return _words_by_letter(names, 0)  # at a name's start too: 俄|亥俄, 马里|兰


def _inside_place_name(text: str, pos: int, size: int) -> bool:
    """Whether a longer place or proper name of ``ontology/place_names.tsv`` covers the
    country's form of ``size`` letters at ``pos``: 马里|兰, 俄|亥俄, 乌|鲁木齐, 北|爱尔兰 name
    no country (a one-letter short form included, which words.tsv hides_name cannot guard
    at a word's start)."""
    return _covered_at(_place_names().get(text[pos]), text, pos, size)


def _extends_name(text: str, pos: int, surface: str) -> bool:
    """Whether an ``extends_name`` word (马利克, 马利基) begins with the name found at ``pos``."""
    candidates = _extending_words().get(surface[:2], ())
    return any(w.startswith(surface) and text.startswith(w, pos) for w in candidates)


#: :func:`_extending_words` once made (see lexicon.made_once).
_EXTENDING_WORDS_MADE: Final[list[dict[str, tuple[str, ...]]]] = []


def _extending_words() -> dict[str, tuple[str, ...]]:
    """The ``extends_name`` words by their first two letters: a name is checked against the
    few that begin as it does, not the whole list."""
    return (
        _EXTENDING_WORDS_MADE[0]
        if _EXTENDING_WORDS_MADE
        else made_once(_EXTENDING_WORDS_MADE, _read_extending_words())
    )


def _read_extending_words() -> dict[str, tuple[str, ...]]:
    by_start: dict[str, list[str]] = {}
    for word in words("extends_name"):
        by_start.setdefault(word[:2], []).append(word)
    return {start: tuple(found) for start, found in by_start.items()}


def _inside_longer_name(text: str, pos: int, length: int) -> bool:
    """姆纳察|卡尼|扬, 卡尼|扬表示: a person's name the gazetteer knows (卡尼) that jieba reads
    inside a longer name, begun before it, or going on past it with a transliteration letter
    (扬), is part of another person's name (but 会见|卡尼后, 理论|上川|普对: the guessed word
    ends in a letter no name spells, or holds only part of the name). jieba cuts a name by
    the letters around it, so two windows are read (外长姆|纳察卡尼扬 and 长姆|纳察卡尼扬)."""
    if pos == 0 or not is_cjk(text[pos - 1]):
        return _guessed_around(text, pos, pos, length)
    return any(_guessed_around(text, max(0, pos - back), pos, length) for back in (4, 6))


def _guessed_around(text: str, left: int, pos: int, length: int) -> bool:
    at = left
    for word, tag in _tag(text[left : pos + length + 3]):
        stop = at + len(word)
        if at <= pos < stop:
            if not tag.startswith("nr") or stop < pos + length:
                return False
            spelt = _transliteration_letters()
            if at < pos:  # (而|默茨则: one letter before that spells no name is another word)
                return pos - at >= 2 or text[at] in spelt
            return (  # (莫迪|利用: the letter after the name opens a word, no longer name)
                stop > pos + length
                and text[pos + length] in spelt
                and not is_word(text[pos + length : pos + length + 2])
            )
        at = stop
    return False


def _surname_goes_on(text: str, end: int) -> bool:
    """Whether a foreign surname's ending (words.tsv name_ending: 扬, 耶夫, 斯基…) follows a
    person's form: 姆纳察卡尼扬 is Mnatsakanyan, not Carney (卡尼), 杜达耶夫 Dudayev, not Duda
    (杜达). An ending that begins a word with the next letter (卡尼|扬言) ends nothing."""
    if not opens_with(text, end, "name_ending"):
        return False  # (one test first: most names are followed by no ending)
    for ending in words("name_ending"):
        if text.startswith(ending, end) and not is_word(text[end : end + len(ending) + 1]):
            return True
    return False


def _opens_hiding_word(text: str, pos: int) -> bool:
    """Whether a ``hides_name`` word starts at ``pos`` (大陆架, 大陆法)."""
    return any(text.startswith(w, pos) for w in words("hides_name"))


_PERSON_POSTS: Final = {"head_of_state", "head_of_government", "minister", "diplomat", "official"}


def _person_title_ends(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether the title of a state post ends right at ``pos`` (外长|…)."""
    title = title_ending_at(gaz, text, pos, max(0, pos - 8))
    return title is not None and title.kind in _PERSON_POSTS


_GOVERNMENT: Final = ("政府", "当局", "政权", "内阁")


def _leaders_government(text, pos, end, actor: Actor, gaz: Gazetteer):
    """(country, end) when a head of state or government is followed by 政府/政权, or by 的
    and one of them (美国总统特朗普的政府宣布…)."""
    if actor.type != "Person" or not actor.country:
        return None
    de = 1 if text.startswith(_GOVERNMENT, pos + 1) and text[pos : pos + 1] == "的" else 0
    word = next((w for w in _GOVERNMENT if text.startswith(w, pos + de)), "")
    word = text[pos : pos + de] + word  # 特朗普的政府: a 的 between leaves it the state
    post = gaz.person_posts.get(actor.key)
    title = gaz.titles.get(post[1]) if post else None
    if not word or pos + len(word) > end or title is None:
        return None
    if title.kind not in {"head_of_state", "head_of_government"}:
        return None
    country = gaz.actors.get(actor.country)
    return (country, pos + len(word)) if country is not None else None


def _tokens_cross(text: str, start: int, end: int) -> bool:
    """Whether a jieba token of the surrounding text starts before ``start`` and goes past it,
    or runs past ``end`` (霍|华德 inside 霍华德)."""
    left = max(0, start - 3)
    at = left
    counted = opens_with(text, end, "count_after_short")  # 中柬泰|三国: not 泰三
    for word in _cut(text[left : end + 3]):
        nxt = at + len(word)
        glued = at == start - 1 and (  # 对美日|澳, 因|俄乌|冲突: a preposition jieba glued
            text[at] in _SHORT_LICENSORS or text[at] in words("glued_before_short")
        )
        crossing = (at < start < nxt and not glued) or (at < end < nxt and not counted)
        if crossing and (is_word(word) or len(word) > 2):  # not a scrap of the window (澳三)
            return True
        at = nxt
    return False


def _boundary_at(text: str, start: int, stop: int) -> bool:
    """Whether jieba ends a word at ``stop`` cutting from ``start`` (议会|主席, not 军|方面)."""
    at = start
    for word in _cut(text[start : stop + 3]):
        at += len(word)
        if at >= stop:
            return at == stop
    return True


def _ambiguous_at(
    text: str, pos: int, end: int, gaz: Gazetteer, memory: ArticleMemory, earlier=()
) -> list[Mention]:
    """巴方: a form several actors share names the one the article has named most, else the
    one named earlier in the sentence (巴基斯坦外交部发言人表示,巴方…)."""
    if text[pos] not in tables(gaz).ambiguous_starts:
        return []
    # (a one-character form only re-points a short form found, _named_short: none is read)
    for surface, keys in gaz.ambiguous_by_start.get(text[pos], ()):
        if text.startswith(surface, pos) and pos + len(surface) <= end:
            if _inside_hiding_word(text, pos, len(surface)) or _opens_hiding_word(text, pos):
                return []  # 欧洲|大陆, 大陆|架: a continent or a word, not China
            homes = {_country_key(gaz.actors[k]): k for k in keys}
            named = [k for k in keys if memory.countries.get(_country_key(gaz.actors[k]))]
            if named:
                actor = gaz.actors[max(named, key=lambda k: _times_named(k, memory, gaz))]
                return [make_mention(actor, surface, pos, pos + len(surface), "gazetteer")]
            here = [m.actor for m in earlier if _country_key(m.actor) in homes]
            if here:
                actor = gaz.actors[homes[_country_key(here[-1])]]
                return [make_mention(actor, surface, pos, pos + len(surface), "gazetteer")]
            grouped = [k for k in keys if memory.group_homes.get(_country_key(gaz.actors[k]))]
            if len(grouped) == 1:  # M23…。刚果政府军: the country of the group named before
                actor = gaz.actors[grouped[0]]
                return [make_mention(actor, surface, pos, pos + len(surface), "gazetteer")]
            return _sole_reading_organ(text, pos + len(surface), end, keys, gaz, surface)
    return []


def _times_named(key: str, memory: ArticleMemory, gaz: Gazetteer) -> int:
    """How often the article named a candidate of an ambiguous form; a party's is its country's
    (缅甸…民盟 is Myanmar's NLD, 民盟 in a report on China the China Democratic League): the
    memory counts countries, and a party names no other country."""
    return memory.countries.get(_country_key(gaz.actors[key]), 0)


def _sole_reading_organ(
    text: str, stop: int, end: int, keys, gaz: Gazetteer, surface: str
) -> list[Mention]:
    """大陆|商务部 in a Taiwan report that has not yet named China: a form with one reading
    (ambiguous.tsv 大陆 → CHN) names that country's organ when a state institution follows it.
    Why: the form is in doubt only as a place (a continent), and a ministry is no place."""
    if len(keys) != 1 or keys[0] not in gaz.actors:
        return []
    inst = institution_at(gaz, text, stop)
    if inst is None or len(inst.suffix) < 2 or inst.kind not in _BARE_KINDS:
        return []
    if stop + len(inst.suffix) > end:
        return []
    organ = gaz.compose(gaz.actors[keys[0]], inst)
    return [
        make_mention(
            organ, surface + inst.suffix, stop - len(surface), stop + len(inst.suffix), "gazetteer"
        )
    ]


def _country_key(actor: Actor) -> str:
    """The key of the country an actor is or belongs to (巴基斯坦外交部 → PAK)."""
    return actor.key if actor.type in {"Country", "Region"} else actor.country or actor.key


_BARE_KINDS = {"ministry", "military", "legislature", "court", "executive", "agency", "group"}
_BARE_BEFORE: Final = set("的在和与及、对向由被据是将从为同跟电")  # 新华社北京7日电|外交部


def _bare_institution(
    text: str, pos: int, end: int, gaz: Gazetteer, memory: ArticleMemory, earlier=()
) -> list[Mention]:
    """军方不接受…, 商务部新闻发言人: an institution named without its country is the organ
    the article named before with that institution, else the organ of the country in focus."""
    if text[pos : pos + 2] not in tables(gaz).long_institution_heads:
        return []  # no institution of two characters or more starts here (most positions)
    inst = institution_at(gaz, text, pos)
    if inst is None or len(inst.suffix) < 2:
        return []
    government = inst.kind == "self" and inst.suffix.endswith("政府")  # 军政府: the state itself
    if inst.kind not in _BARE_KINDS and not government:
        return []
    stop = pos + len(inst.suffix)
    opening = pos - _modifier_before(text, pos)  # 叙利亚当局与|主要|反对派武装
    before = text[opening - 1] if opening > 0 else ""
    plain = inst.suffix in words("plain_government")
    if plain and (opening < pos or is_cjk(before)):
        return []  # 西方支持的|政府, 推翻|政府: a government the words before it tell
    after_act = is_cjk(before) and before not in _BARE_BEFORE and not _opens(text, pos)
    acted_on = None  # 谴责|哗变军人: a group named bare as the target of the act before it
    if after_act and inst.kind == "group" and _trigger_ends_at(text, opening):
        acted_on = _group_acted_on(inst, memory, gaz, earlier)
    if stop > end or (
        after_act
        and acted_on is None
        and not ((government or inst.kind == "legislature") and _trigger_ends_at(text, opening))
    ):  # 质疑|军政府, 呼吁|国会: the target of the act named right before
        return []
    title = title_at(gaz, text, pos)
    if title and len(title) > len(inst.suffix) and not title.startswith(inst.suffix):
        return []
    if is_cjk(text[stop : stop + 1]) and not _boundary_at(text, pos, stop):
        return []  # 军方面: the institution word is part of another word
    host = None if government else _host_of_envoy_summoned(text, stop, end, gaz)
    if host is not None:  # 外交部召见日本驻华大使: the ministry of the host
        return [make_mention(gaz.compose(host, inst), inst.suffix, pos, stop, "coref")]
    here = [m.actor for m in earlier if m.actor.type == "Country" and m.via != "place"]
    if plain:  # 美国政府…。政府发言人…: not the last government named, the sentence's state
        actor = _state_named_before(text, earlier, gaz)
        if actor is None:
            return []  # 新闻稿中,政府力斥…: no state named before it in the sentence
    elif government:
        actor = memory.governments.get(inst.suffix) or _central_of_region(inst, memory, gaz)
    elif not here and _lists_delegation(text, pos, memory):
        actor = gaz.compose(memory.delegation, inst)  # type: ignore[arg-type] # 代表团成员包括|外交部副部长…: its own
    elif (sibling := _listed_after_organ(text, opening, earlier, gaz)) is not None:
        actor = gaz.compose(sibling, inst)  # 美国财政部和|商务部: the list's country
    elif (own := _own_ministry(inst, memory, gaz)) is not None:
        actor = own  # Taiwan's press: 外交部 is Taiwan's own, whoever the sentence names before
    elif (mainland := _mainland_spokesman_organ(text, stop, inst, gaz)) is not None:
        actor = mainland  # 商务部新闻发言人…美方应…: China's ministry, not the US one asked about
    else:
        actor = acted_on or memory.organs.get(inst.key_suffix)
        if actor is not None and _qualified_later(text, stop, end, actor, inst, gaz):
            actor = None  # 商务部新闻发言人说,我们注意到美商务部…: another ministry
        actor = actor or (None if here else _armed_group_named(inst, memory))
        if actor is None and inst.kind == "military" and not here:
            actor = _forces_of_last_military_organ(inst, memory, gaz)
    if actor is None:
        if inst.suffix in words("home_forces"):
            here = []  # 阿联被指控…助快速支援部队与|政府军交战: the forces of the war's country
        country = here[-1] if here else _people_country(earlier, gaz)
        country = country or _home_after_dateline(text, opening, memory)
        country = country or _region_in_focus(inst, memory, gaz) or memory.focus_country(gaz)
        opening_state = None if country else _opening_organ_state(text, stop, inst, memory, gaz)
        country = country or opening_state
        if country is None:
            return []
        actor = gaz.compose(country, inst)
        if opening_state is not None:  # 商务部将28间美企列入…。另外,商务部又将…: the same organ
            memory.remember_organ(actor)
    home = None
    if not government:  # 国防部新闻局副局长、国防部新闻发言人|蒋斌: the posts of one person
        home = _home_of_official(text, pos, title, gaz) if title else None
        home = home or _home_of_listed_official(text, stop, gaz)
    if home is not None:  # 就日本政府…,外交部发言人汪文斌: the ministry of its known official
        actor = gaz.compose(home, inst)
    return [make_mention(actor, text[opening:stop], opening, stop, "coref")]


def _opening_organ_state(
    text: str, stop: int, inst: Institution, memory: ArticleMemory, gaz: Gazetteer
) -> Actor | None:
    """外交部:不惧任何制裁…, 国防部敦促菲方…, 商务部将28间美企列入…: a ministry named bare before
    the article has named any country (its headline, no dateline) is China's where it is one
    Chinese-language press names bare only for China's own (words.tsv opening_organ; a foreign
    one is written with its country, 日本外务省); Taiwan's own press is told before this
    (_own_ministry). Only the ministry acting itself: before a post (外交部|发言人…) the one
    who holds it speaks, and before a statement verb (外交部|表示伊朗将…) it may report
    another's act, as before. Why: the headline's act is otherwise lost, its actor
    unknown until the body names a country (16 times in 15 articles of Terminus, ir, dev)."""
    if memory.own is not None or inst.suffix not in words("opening_organ"):
        return None
    if title_at(gaz, text, stop) is not None or opens_with(text, stop, "speech"):
        return None  # 外交部表示伊朗将…: a report of another's act, whoever's ministry it is
    return gaz.actors.get("CHN")


_QUOTE_OPENERS: Final = '“「‘『"'


def _state_named_before(text: str, earlier: Sequence[Mention], gaz: Gazetteer) -> Actor | None:
    """鲁拉表示,巴西不会…,政府也不会…; 法国贸易部长圣马丁表示,政府将…: the state a plain 政府
    opening a clause stands for is the one its sentence named last before it, as a country or
    as the country of a person or organ; the country in focus is often another one (a page on
    Peskov's warning to Moldova names Russia most, and its 政府 is Moldova's). A name opening
    a quotation is passed over (所谓“中国间谍”案…,政府表示…: the case's name, not the state)."""
    for mention in reversed(earlier):
        if mention.start > 0 and text[mention.start - 1] in _QUOTE_OPENERS:
            continue
        actor = mention.actor
        if actor.type == "Country" and mention.via != "place":
            return actor
        if actor.type in {"Person", "Organization"} and actor.country:
            country = gaz.actors.get(actor.country)
            if country is not None and country.type == "Country":
                return country
    return None


def _people_country(earlier: Sequence[Mention], gaz: Gazetteer) -> Actor | None:
    """科索沃塞族人在北部与|警察交火: with no country named before a bare organ, a people of a
    country named before it (a collective group of organizations.tsv that belongs to a
    country) says where it acts: the organ is that country's, not the one the article is about
    (Serbia's on a page about Vučić)."""
    for mention in reversed(earlier):
        actor = mention.actor
        if actor.type == "Group" and actor.country and kind_of(gaz, actor) == "collective":
            country = gaz.actors.get(actor.country)
            if country is not None and country.type in {"Country", "Region"}:
                return country
    return None


_QUALIFIER_REACH: Final = 6  # the longest country name before an institution (美国, 沙特阿拉伯)


def _qualified_later(
    text: str, stop: int, end: int, organ: Actor, inst: Institution, gaz: Gazetteer
) -> bool:
    """商务部新闻发言人说,我们注意到美商务部将…: a bare institution before the same organ named
    with its country later in the sentence is not that organ (a text that meant one would not
    qualify it only the second time); it is the organ of the country in focus."""
    at = text.find(inst.suffix, stop, end)
    while at != -1:
        tail = at + len(inst.suffix)
        for lead in range(1, _QUALIFIER_REACH + 1):
            hit = gaz.surfaces.get(text[max(0, at - lead) : tail])
            if hit is not None and hit[0].key == organ.key:
                return True
        at = text.find(inst.suffix, tail, end)
    return False


_ORGAN_LIST_JOINS: Final = ("、", "和", "及", "以及")  # (与 joins partners, not a list)


def _listed_after_organ(text: str, pos: int, earlier, gaz: Gazetteer) -> Actor | None:
    """美国国务院、财政部和商务部, 巴西总统府、国民议会: a bare institution listed right after a
    country's organ is an organ of that country, as the country named once heads the whole list
    (not of the country the article is about, nor of the organ's kind named before)."""
    last = earlier[-1] if earlier else None
    if last is None or last.actor.type == "Country" or not last.actor.country:
        return None
    if text[last.end : pos] not in _ORGAN_LIST_JOINS:
        return None
    country = gaz.actors.get(last.actor.country)
    return country if country is not None and country.type == "Country" else None


def _mainland_spokesman_organ(
    text: str, stop: int, inst: Institution, gaz: Gazetteer
) -> Actor | None:
    """商务部新闻发言人就美商务部…答记者问。…商务部新闻发言人指出,美方应…: Chinese-language press
    names a foreign ministry of commerce with its country, so a bare 商务部 whose spokesman
    speaks (words.tsv mainland_organ, then a spokesman title) is China's, not the organ the
    reporter's question named nor the country in focus."""
    if inst.suffix not in words("mainland_organ"):
        return None
    title_end = stop + 2 if text.startswith("新闻", stop) else stop
    if not opens_with(text, title_end, "spokesman"):
        return None
    china = gaz.actors.get("CHN")
    return None if china is None else gaz.compose(china, inst)


def _central_of_region(inst: Institution, memory: ArticleMemory, gaz: Gazetteer) -> Actor | None:
    """中央政府坚定支持香港特区政府: on a page that names a region of China's (words.tsv
    central_region: 香港, 澳门), a bare central government (words.tsv central_government) is
    China's, not the country in focus (a British critic of Hong Kong's government)."""
    if inst.suffix not in words("central_government"):
        return None
    regions = words("central_region")
    if not any(gaz.actors[key].label in regions for key in memory.countries):
        return None
    return gaz.actors.get("CHN")


def _region_in_focus(inst: Institution, memory: ArticleMemory, gaz: Gazetteer) -> Actor | None:
    """国安局 on a page about Taiwan: an organ word many states use, which also names a region's
    organ the gazetteer knows (words.tsv regional_organ), is that region's where the page is
    its own press or names the region as often as any country (the country in focus counts
    countries only, and would make it China's or the United States'); where the page has
    named no place yet, the one region whose organ it is. Only organs organizations.tsv
    lists count (gaz.org_kind): gaz.actors also holds the organs composed so far in the run
    (香港国安局 makes HKG_NSA), so the answer would hang on the articles read before."""
    if inst.suffix not in words("regional_organ"):
        return None  # (nearly every bare institution)
    listed = gaz.org_kind
    if memory.own is not None and f"{memory.own.key}_{inst.key_suffix}" in listed:
        return memory.own
    counts = memory.countries
    if not counts and memory.home is None:
        owners = [
            a
            for a in gaz.actors.values()
            if a.type == "Region" and a.key + "_" + inst.key_suffix in listed
        ]
        return owners[0] if len(owners) == 1 else None
    most = max((n for k, n in counts.items() if gaz.actors[k].type == "Country"), default=0)
    regions = [
        k
        for k, n in counts.items()
        if n >= most and gaz.actors[k].type == "Region" and f"{k}_{inst.key_suffix}" in listed
    ]
    return gaz.actors[max(regions, key=counts.__getitem__)] if regions else None


def _own_ministry(inst: Institution, memory: ArticleMemory, gaz: Gazetteer) -> Actor | None:
    """外交部长吴钊燮 in Taiwan's own press: a bare ministry is Taiwan's (see taiwan_voice)."""
    if memory.own is None or inst.kind != "ministry":
        return None
    return gaz.compose(memory.own, inst)


def _forces_of_last_military_organ(
    inst: Institution, memory: ArticleMemory, gaz: Gazetteer
) -> Actor | None:
    """韩国联合参谋本部表示,军方发现朝鲜…发射…。军方强调…: a bare military word names the
    forces of the country whose military organ the article named (its joint staff, its air
    force), not of the country it is about (the one that fires)."""
    if not memory.organs:
        return None  # (most articles: no organ named before)
    military = {i.key_suffix for i in gaz.institutions.values() if i.kind == "military"}
    for suffix_key, organ in reversed(list(memory.organs.items())):
        if suffix_key in military and organ.country in gaz.actors:
            return gaz.compose(gaz.actors[organ.country], inst)
    return None


def _group_acted_on(inst, memory: ArticleMemory, gaz: Gazetteer, earlier) -> Actor | None:
    """谴责|哗变军人: a group named bare right after an act is the one the article named with
    its country before (马里哗变军人), else the group of the country the article is about; never
    of a country the clause names before it, the actor's own (美国谴责|反对派 is no 美国反对党)."""
    named = memory.organs.get(inst.key_suffix) or _armed_group_named(inst, memory)
    if named is not None:
        return named
    country = memory.focus_country(gaz)
    here = {m.actor.key for m in earlier if m.actor.type == "Country"}
    return None if country is None or country.key in here else gaz.compose(country, inst)


def _armed_group_named(inst: Institution, memory: ArticleMemory) -> Actor | None:
    """M23攻占戈马。…呼吁叛军停止敌对行动: a bare noun for rebels or militants (words.tsv
    rebel_noun) after an armed group was named is that group, not the rebels of the country
    in focus (no 卢旺达叛军 in a report on M23)."""
    if inst.suffix not in words("rebel_noun"):
        return None
    return memory.armed_group


def _home_of_official(text: str, pos: int, title: str, gaz: Gazetteer) -> Actor | None:
    """外交部发言人|汪文斌: a bare institution whose title runs on to a person the gazetteer
    knows serves that person's country, whatever country the sentence named before."""
    hit = match_at(gaz, text, pos + len(title))
    if hit is None or hit[1].type != "Person" or not hit[1].country:
        return None
    country = gaz.actors.get(hit[1].country)
    return country if country is not None and country.type == "Country" else None


def _home_of_listed_official(text: str, stop: int, gaz: Gazetteer) -> Actor | None:
    """国防部新闻局副局长、国防部新闻发言人|蒋斌: a bare institution whose posts, listed with 、
    and with no other mark, run on to a person the gazetteer knows, right after a title, is
    that person's country's, as the posts are all one person's (not the country in focus).
    Why: a Chinese briefing names its spokesman's ministry bare, before any country."""
    reach = min(len(text), stop + _POST_LIST_REACH)
    for at in range(stop, reach):
        if text[at] in _POST_LIST_STOPS:
            return None
        if title_ending_at(gaz, text, at, stop) is None:
            continue
        hit = match_at(gaz, text, at)
        if hit is not None and hit[1].type == "Person" and hit[1].country:
            country = gaz.actors.get(hit[1].country)
            return country if country is not None and country.type == "Country" else None
    return None


_POST_LIST_REACH: Final = 24  # 新闻局副局长、国防部新闻发言人: a few posts of one person
_POST_LIST_STOPS: Final = frozenset('，,。；;：:！？!?（(“"」「《\n 和与及对向在')


_SENTENCE_MARKS_BEFORE: Final = marks_before("。！？\n")


def _lists_delegation(text: str, pos: int, memory: ArticleMemory) -> bool:
    """代表团成员还包括外交部副部长…: a sentence that opens on the members of a delegation
    named before (no country of its own) lists organs of the delegation's country."""
    if memory.delegation is None:
        return False
    opened = after_last_mark(_SENTENCE_MARKS_BEFORE, text, pos)
    head = text[opened:pos].lstrip(' “"')
    return opens_with(head, 0, "delegation")


_DATELINE_ENDS: Final = re.compile(r"日[电讯](?:\([^()]{0,30}\))?\s*$")


def _home_after_dateline(text: str, pos: int, memory: ArticleMemory) -> Actor | None:
    """新华社北京2月22日电(记者…)外交部发言人…: an organ named right after the dateline is the
    dateline country's, whatever country the headline named."""
    if memory.home is None or not _DATELINE_ENDS.search(text, max(0, pos - 40), pos):
        return None
    return memory.home


def _modifier_before(text: str, pos: int) -> int:
    """The length of a word that only qualifies a bare institution right before it (主要|反对派,
    温和|反对派), else 0."""
    head = text[max(0, pos - 4) : pos]
    return max((len(w) for w in words("bare_modifier") if head.endswith(w)), default=0)


_SUMMONS_REACH: Final = 16  # 外交部|部长助理华春莹|召见: a title and a name before the verb


def _host_of_envoy_summoned(text: str, pos: int, end: int, gaz: Gazetteer) -> Actor | None:
    """外交部召见日本驻华大使: an envoy serves in the country that summons him, so a bare
    institution that summons an envoy 驻X (驻华, 驻德国) in its clause is X's."""
    stop = min(end, pos + _SUMMONS_REACH)
    cut = next((i for i in range(pos, stop) if text[i] in "，,。；;：:"), stop)
    verb = next((i for i in range(pos, cut) if opens_with(text, i, "summons")), None)
    if verb is None:
        return None
    at = text.find("驻", verb, min(end, verb + _SUMMONS_REACH))
    if at < 0 or any(c in "，,。；;：:" for c in text[verb:at]):
        return None
    hit = match_at(gaz, text, at + 1)
    host = hit[1] if hit else gaz.shorts.get(text[at + 1 : at + 2])
    size = len(hit[0]) if hit else 1
    if host is None or host.type != "Country" or not opens_with(text, at + 1 + size, "envoy"):
        return None
    return host


def _water_after(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a geographic word (海, 洋, 海峡, 半岛) follows, not an institution (海军, 海警)."""
    if institution_at(gaz, text, pos) is not None:
        return False
    return opens_with(text, pos, "geographic") and not text.startswith(_NOT_WATER, pos)


# words of 海 that name no sea: abroad, customs, shipping, maritime affairs, seafood, the ocean
# as a trade (中国海运业, 美国海事委员会, 日本海产品, 中国海洋局), a country's coast (委内瑞拉海岸)
_NOT_WATER: Final = ("海外", "海关", "海运", "海事", "海产", "海鲜", "海洋", "海岸")


def _opens(text: str, pos: int) -> bool:
    """Whether a condition word (如果, 一旦) ends right before ``pos``."""
    return text[max(0, pos - 3) : pos].endswith(opening_cues())


_OUTLET_TITLE_REACH: Final = 12  # letters of an outlet's name in 《》 (《华盛顿邮报》: five)


def _outlet_title_end(text: str, pos: int, end: int) -> int:
    """英国《卫报》, 美国《纽约时报》, 德国《明镜》周刊: a title in 《》 right after a country that
    ends as an outlet's name does (words.tsv outlet_title: 报, 刊, 网…) or that a periodical
    word follows (words.tsv periodical: 周刊, 杂志) names the country's news outlet; returns
    where the outlet's name ends, or 0. A law or a treaty (美国《国防授权法》, 中日《马关条约》)
    ends otherwise and stays its country's."""
    close = text.find("》", pos + 1, min(end, pos + 2 + _OUTLET_TITLE_REACH))
    if close <= pos + 1:
        return 0
    if closes_with(text, close, "outlet_title"):
        return close + 1
    periodical = word_at(text, close + 1, "periodical")
    return close + 1 + len(periodical) if periodical else 0


def _outlet_suffix(text: str, pos: int) -> str:
    if not (opens_with(text, pos, "outlet") or opens_with(text, pos, "press")):
        return ""  # (a lookup of the letter for each: most names are followed by none)
    for outlet in words("outlet"):
        if text.startswith(outlet, pos):
            return outlet
    for press in words("press"):  # 澳洲|传媒|报道: the press of a place that reports
        if text.startswith(press, pos) and text.startswith(
            words("dateline_after"), pos + len(press)
        ):
            return press
    return ""


#: :func:`_outlets_and_presses` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_OUTLETS_AND_PRESSES_MADE: Final[list[tuple[str, ...]]] = []


def _outlets_and_presses() -> tuple[str, ...]:
    """:func:`_make_outlets_and_presses`, made once."""
    return (
        _OUTLETS_AND_PRESSES_MADE[0]
        if _OUTLETS_AND_PRESSES_MADE
        else made_once(_OUTLETS_AND_PRESSES_MADE, _make_outlets_and_presses())
    )


def _make_outlets_and_presses() -> tuple[str, ...]:
    """The words that may open an outlet's suffix (words.tsv outlet, press), joined once."""
    return words("outlet") + words("press")


def _yield_to_title(
    text: str, pos: int, gaz: Gazetteer, hit: tuple[str, Actor, str] | None
) -> tuple[str, Actor, str] | None:
    """中共|国家主席, not 中共国|家主席: a name gives up its tail to a title that starts inside
    it when a shorter form of the name exists."""
    if not hit:
        return hit
    surface = hit[0]
    surfaces = tables(gaz).surfaces
    for cut in range(len(surface) - 1, 1, -1):
        title = title_at(gaz, text, pos + cut)
        shorter = surfaces.get(surface[:cut])
        if title and shorter and len(title) > len(surface) - cut:
            return surface[:cut], shorter[0], shorter[1]
    return hit


def _after_own_country(text: str, pos: int, actor) -> bool:
    """日本东京, 韩国首尔: a capital right after a name of its own country says where, as a city
    in that country; the government it could stand for is already named just before it."""
    return any(
        len(name) >= 2 and text.endswith(name, 0, pos) for name in (actor.label, *actor.aliases)
    )


_DAY_THEN: Final = re.compile(r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日")
_DAY_DIGITS: Final = frozenset("0123456789０１２３４５６７８９")  # (what _DAY_THEN opens with)


def _dateline(text: str, pos: int) -> bool:
    """新华社北京5月3日电, (大马士革11日讯), (阿布贾综合电): a place and day that date a
    dispatch. A day followed by anything but a dispatch word dates what the capital does
    (莫斯科9日指责…, 华沙9日宣布…): no dateline."""
    after = text[pos : pos + 1]
    if after in {"电", "讯", "電", "訊"} or text.startswith(_DATELINE_TAILS, pos):
        return True
    if not after.isdigit():
        return False
    day = _DAY_THEN.match(text, pos)
    if day is None:
        return not _year_of_an_act(text, pos)  # 北京2022年冬奥会: a year, not a day
    return opens_with(text, day.end(), "dateline_after")


_YEAR_THEN: Final = re.compile(r"[0-9０-９]{4}年")


def _year_of_an_act(text: str, pos: int) -> bool:
    """埃里温和巴库|2022年|在…斡旋下开始讨论: a year followed by a coverb or an adverb of the
    clause (words.tsv year_then_act) dates what the capital does, as a day does; a year
    followed by a noun names an event held there (北京2022年冬奥会)."""
    year = _YEAR_THEN.match(text, pos)
    return year is not None and opens_with(text, year.end(), "year_then_act")


_DATELINE_TAILS: Final = ("综合电", "综合报道", "综合外电", "综合消息")


def _dispatch_dated(text: str, pos: int) -> bool:
    """联合国|6月4日电: a name followed by a day and a dispatch word is where a report was
    filed (a dateline), whatever the name is."""
    if text[pos : pos + 1] not in _DAY_DIGITS:
        return False  # (the day's first letter, tested before the regex: most names, none)
    day = _DAY_THEN.match(text, pos)
    return day is not None and text[day.end() : day.end() + 1] in {"电", "讯", "電", "訊"}


def _acts_as_capital(text: str, pos: int, length: int) -> bool:
    """A capital names its government only where it acts, not where something happens."""
    before = text[max(0, pos - 2) : pos]
    after = text[pos + length : pos + length + 2]
    if any(before.endswith(word) for word in _LOCATIVES) and not before.endswith(_CONJUNCTIVE_YU):
        return False
    if _dateline(text, pos + length):  # 新华社北京5月3日电
        return False
    if opens_with(text, pos + length, "city_named"):
        return False  # 巴黎|协定, 明斯克|协议: where the deal was made, no party to it
    return after not in {"时间", "举行", "召开", "峰会", "会议", "会晤", "会谈", "大学", "市"}


_SPEAKS_FOR_CAPITAL: Final = ("方面", "当局", "政府", "官方", "高层", "方")
_CAPITALS_ENVOYS: Final = ("外交官", "外交人员")


def _begins_a_name(text: str, pos: int) -> bool:
    """北京|工友之家, 东京|工人协会: a capital right before a noun begins the name of a place or
    a group in the city, not its government (but 北京方面, 北京当局 speak for it, and 莫斯科外交官
    are its diplomats, unless posted there: 驻莫斯科外交官)."""
    if text.startswith(_SPEAKS_FOR_CAPITAL, pos):
        return False
    if text.startswith(_CAPITALS_ENVOYS, pos) and "驻" not in text[max(0, pos - 5) : pos]:
        return False
    if _hostile_act_at(text, pos):
        return False  # 莫斯科|责令…离境: jieba tags some verbs of acts as nouns
    if opens_with(text, pos, "attempt_verb"):
        return False  # 北京|企图威吓台湾: jieba tags the verb of attempting as a noun
    tags = _tag(text[pos : pos + 6])
    if not tags or tags[0][1] not in {"n", "nz", "nt"} or len(tags[0][0]) < 2:
        return False
    return not _verb_phrase_noun(tags[0][0])


def _verb_phrase_noun(token: str) -> bool:
    """北京|改变现状: jieba keeps some verb phrases as one noun; one of four letters or more
    that opens with a verb of two (改变|现状) holds a verb: it is the capital's act, no name of a
    place in the city."""
    if len(token) < 4:
        return False
    head = _tag(token[:2])
    return len(head) == 1 and head[0][1] == "v"


_NAMING_ACTS: Final = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # 开罗协议, 日内瓦会谈: names


def _hostile_act_at(text: str, pos: int) -> bool:
    """Whether a trigger of an act other than talks, deals and cooperation (which a city names:
    开罗协议, 伊斯坦布尔会谈) opens at ``pos``."""
    match = trigger_pattern().match(text, pos)
    if match is None:
        return False
    trig = trigger_for(match.group())
    return trig is not None and bool(trig.event_type) and trig.event_type not in _NAMING_ACTS


@lru_cache(maxsize=1024)
def _verb_word(pair: str) -> bool:
    """Whether two characters are one verb for jieba (抵达, 到达), not a noun (和平壤: 和平)."""
    if not segment.has_word(pair):
        return False  # 访基: jieba guesses unknown pairs, the dictionary does not
    tags = segment.tag(pair)
    return len(tags) == 1 and tags[0][1].startswith("v")


def _shares_guo(text: str, mention: Mention, gaz: Gazetteer) -> bool:
    """俄国防部, 英国防大臣: a name of two letters that ends in 国 and is its country's
    short form and 国 (俄国, 英国) right before what follows 国 in an organ or a post that opens
    with 国 (国防部, 国防大臣, 国务院): the short form and the organ, the 国 read once (not 国会:
    泰国|会见)."""
    surface = mention.text
    if len(surface) != 2 or surface[1] != "国" or not text.startswith(_GUO_TAILS, mention.end):
        return False
    short = gaz.shorts.get(surface[0])
    return short is not None and short.key == mention.actor.key


# what follows 国 in the organs and posts that open with it (国防部, 国防大臣, 国务院, 国会)
_GUO_TAILS: Final = (
    "防部",
    "防大臣",
    "防相",
    "防长",
    "务院",
    "务卿",
    "家安全局",  # 乌国|家安全局: Ukraine's security service (乌国, 俄国 name the country)
    "家安全委员会",
    "家杜马",
    "土安全部",
)


def _extend_organ(text: str, mention: Mention, end: int, gaz: Gazetteer) -> Mention:
    """美国 + 财政部 → 美国财政部, unless the suffix begins a title (国防部长)."""
    actor = mention.actor
    if actor.type not in {"Country", "Region"}:
        return mention
    pos = mention.end
    embassy = _embassy_at(text, pos, end, gaz, actor, mention.start)
    if embassy:
        return embassy
    inst = institution_at(gaz, text, pos)
    if inst is None and _shares_guo(text, mention, gaz):
        pos -= 1  # 俄|国防部, 英|国防部: the 国 of the name opens the organ
        inst = institution_at(gaz, text, pos)
    if inst is None:  # 委国内反对党支持者: a group of the people inside the country
        inner = _inner_at(text, pos)
        group = institution_at(gaz, text, pos + len(inner)) if inner else None
        if group is not None and group.kind == "group":
            pos, inst = pos + len(inner), group
        elif not inner and (forces := _armed_forces_after_of(text, pos, gaz)) is not None:
            pos, inst = pos + 1, forces
    backing = (
        next((w for w in words("backing") if text.endswith(w, 0, mention.start)), "")
        if closes_with(text, mention.start, "backing")  # (one lookup: most names, none)
        else ""
    )
    if backing and (inst is None or inst.suffix in words("backed_group")):
        noun = word_at(text, pos, "backed_group")
        if noun:  # 亲伊朗|民兵, 亲俄|武装(力量): a group siding with the country, named by a noun
            inst = Institution(noun, noun, "group")
    if inst is None and not backing:  # 澳门|廉政公署: a body the gazetteer pins to a region
        return _regions_organ_named_for(text, mention, end, gaz) or mention
    if inst is None or pos + len(inst.suffix) > end:
        return mention
    if opens_with(text, pos, "sector"):
        return mention  # 俄罗斯|能源部门: the energy sector of the country, not its ministry
    if inst.kind in MISSION_KINDS and text[mention.start - 1 : mention.start] == "驻":
        return mention  # 召回|驻泰国|大使馆的外交官: the caller's own mission in the host country
    if len(inst.suffix) == 1 and _opens_noun(text, pos):  # 乌克兰军事, 围台军演: not 台军
        return mention
    title = title_at(gaz, text, pos)
    if title and len(title) > len(inst.suffix):
        return mention
    start = mention.start
    if inst.kind == "group" and backing:
        start -= len(backing)
        organ = gaz.compose_backer(actor, inst)  # 亲莫斯科叛军: a group siding with Russia
    else:
        organ = gaz.compose(actor, inst)
    return make_mention(
        organ,
        text[start : pos + len(inst.suffix)],
        start,
        pos + len(inst.suffix),
        mention.via,
    )


def _inner_at(text: str, pos: int) -> str:
    """``next((w for w in ("国内", "境内", "内") if text.startswith(w, pos)), "")``, by the
    letter at ``pos`` (most names: none of the three)."""
    letter = text[pos : pos + 1]
    if letter == "内":
        return "内"
    if letter == "国" or letter == "境":
        return letter + "内" if text.startswith("内", pos + 1) else ""
    return ""


def _regions_organ_named_for(
    text: str, mention: Mention, end: int, gaz: Gazetteer
) -> Mention | None:
    """澳门|廉政公署, 美国|国际贸易署: a state body the gazetteer knows by a bare name as a
    region's (Hong Kong's, Taiwan's), right after another country's or region's name, is that
    one's own body of the kind (MAC_ICAC 澳门廉政公署), not the region's."""
    hit = match_at(gaz, text, mention.end)
    if hit is None or hit[2] != "alias" or mention.end + len(hit[0]) > end:
        return None  # (nearly every name: nothing right after it)
    surface, organ = hit[0], hit[1]
    region = gaz.actors.get(organ.country or "")
    if (
        region is None
        or region.type != "Region"
        or region.key == mention.actor.key
        or not organ.key.startswith(region.key + "_")
        or gaz.org_kind.get(organ.key) not in _SHARED_ORGAN_KINDS
        or _names_region(surface, region, gaz)
    ):
        return None
    key = f"{mention.actor.key}_{organ.key[len(region.key) + 1 :]}"
    actor = gaz.actors.get(key)
    if actor is None:  # (the label from the body's own, not the form this article wrote)
        english = re.sub(r"\s*\(.*\)$", "", organ.label_en or "")
        actor = Actor(
            key=key,
            label=mention.actor.label + _region_body_name(organ, region, gaz),
            type=organ.type,
            country=mention.actor.key,
            label_en=f"{mention.actor.label_en or mention.actor.key} {english}".strip(),
        )
        gaz.actors[key] = actor
    stop = mention.end + len(surface)
    return make_mention(actor, text[mention.start : stop], mention.start, stop, mention.via)


def _region_body_name(organ: Actor, region: Actor, gaz: Gazetteer) -> str:
    """The name of a region's body without the region's: its label with the region's name
    taken off (香港廉政公署 → 廉政公署), else its first alias that names no region (经济部国际
    贸易署 → 国际贸易署). Why: the actor is kept for the run under its key, so its label must
    not be the form the first article read happened to write (美国国贸署 for 美国国际贸易署)."""
    if organ.label.startswith(region.label):
        return organ.label.removeprefix(region.label)
    bare = (a for a in organ.aliases if not _names_region(a, region, gaz))
    return next(bare, organ.label)


def _names_region(surface: str, region: Actor, gaz: Gazetteer) -> bool:
    """Whether ``surface`` opens with a name or short form of ``region`` (香港警务处, 台国安局)."""
    if gaz.shorts.get(surface[:1]) is region:
        return True
    return any(
        (gaz.surfaces.get(surface[:n]) or (None,))[0] is region for n in range(2, len(surface))
    )


# organs one institution word names for every country of a list before it (日本和韩国|军方)
_SHARED_ORGAN_KINDS: Final = frozenset({"ministry", "agency", "military", "legislature", "court"})
_SHARED_ORGAN_LINKS: Final = frozenset({"和", "及", "以及", "、"})


def _add_backed_groups(
    text: str, end: int, gaz: Gazetteer, mentions: list[Mention]
) -> list[Mention]:
    """伊朗支持的武装组织, 俄罗斯支持的分离主义武装: a group noun (words.tsv backed_group) that a
    country backs (words.tsv backed_by) names a group siding with it, as 亲伊朗民兵 does; the
    country stays a mention of its own, the one that backs the group. A group named after
    the noun (…支持的武装组织哈马斯) is that group, a named one (伊朗支持的胡塞武装) itself."""
    added = []
    starts = {m.start for m in mentions}
    backed_by = words("backed_by")
    for mention in mentions:
        if mention.actor.type != "Country" or not text.startswith(backed_by, mention.end):
            continue  # (nearly every country: no 支持的 after it, nothing to look up)
        verb = next(w for w in backed_by if text.startswith(w, mention.end))
        at = mention.end + len(verb)
        noun = word_at(text, at, "backed_group")
        stop = at + len(noun)
        if not noun or stop > end or at in starts or stop in starts:
            continue
        actor = gaz.compose_backer(mention.actor, Institution(noun, noun, "group"))
        added.append(make_mention(actor, noun, at, stop, "coref"))
    return mentions + added if added else mentions


def _hacker_groups(text: str, end: int, mentions: list[Mention]) -> list[Mention]:
    """中国黑客组织, 来自中国的黑客组织 (words.tsv hacker_group): a group of hackers named after
    the country they come from acts itself; the country is no actor there. The group is named
    from 来自 when it opens the phrase, and labelled by the country and the noun."""
    segment = text[mentions[0].start : end]
    if not any(head in segment for head in _hacker_heads()):
        return mentions  # (nearly every sentence)
    found = []
    for mention in mentions:
        at = mention.end + (1 if text.startswith("的", mention.end) else 0)
        noun = word_at(text, at, "hacker_group")
        if mention.actor.type != "Country" or not noun or at + len(noun) > end:
            found.append(mention)
            continue
        start = (
            mention.start - 2
            if text[mention.start - 2 : mention.start] == "来自"
            else mention.start
        )
        label = mention.actor.label + noun
        actor = Actor(label, label, "Group", country=mention.actor.key, known=False)
        found.append(
            make_mention(actor, text[start : at + len(noun)], start, at + len(noun), "pattern")
        )
    return found


_BODY_REACH: Final = 12  # letters a body's name may hold between its country and its head


def _bodies_of_countries(
    text: str, end: int, gaz: Gazetteer, mentions: list[Mention]
) -> list[Mention]:
    """华为状告美国通讯委员会, 欧盟中国商会发表声明: a country's name that opens the name of a
    body the gazetteer does not know, up to a word that heads such names (words.tsv body_head:
    委员会, 商会, 协会…), is no actor itself: the body is, an organisation of that country
    (qk-11, ub-08). The words between are nouns (not 叙利亚|组建多个联合委员会, 伊方|通过…委员会),
    name nobody else, and stand outside a book title (《中华人民共和国工会法》); a country or an
    organisation right before the country opens the name too (欧盟中国商会)."""
    low = min(m.end for m in mentions)
    if not any(text.find(head, low, end) != -1 for head in words("body_head")):
        return mentions  # (nearly every sentence: a find per head word beats the regex's scan)
    found = list(mentions)
    for mention in mentions:
        if mention.actor.type != "Country" or mention.via != "gazetteer":
            continue
        if mention.group is not None:
            continue  # (美日|联合委员会: a compound's short forms act together)
        match = _body_head_pattern().search(text, mention.end, min(end, mention.end + _BODY_REACH))
        if match is None or not _names_a_body(text[mention.end : match.start()], gaz):
            continue
        if any(mention.end <= m.start < match.end() for m in mentions) or _in_book_title(
            text, mention.start
        ):
            continue
        opener = next(
            (
                m
                for m in mentions
                if m.end == mention.start
                and m.via == "gazetteer"
                and m.group is None
                and m.actor.type in {"Country", "Organization"}
            ),
            None,
        )
        start = mention.start if opener is None else opener.start
        name = text[start : match.end()]
        actor = Actor(name, name, "Organization", country=mention.actor.key, known=False)
        found = [m for m in found if m is not mention and m is not opener]
        found.append(make_mention(actor, name, start, match.end(), "pattern"))
    return found


@lru_cache(maxsize=1)
def _body_head_pattern() -> re.Pattern[str]:
    heads = sorted(words("body_head"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, heads)) or "(?!)")


_NOT_BODY_TAGS: Final = frozenset({"p", "c", "m", "d", "u", "r", "q", "t", "x"})


def _names_a_body(middle: str, gaz: Gazetteer) -> bool:
    """The letters between a country and a body head spell part of the body's name: none, or
    words none of which is a preposition, a conjunction, a numeral, an adverb or a pronoun, and
    the first not a verb (美国|设立委员会: the country acts) nor a topic (words.tsv body_topic:
    苏丹|问题高级别委员会 is about the country, not its own), and no verb right after a title
    or a words.tsv body_doer (美国总统|出席|委员会会议, 中国代表团|出席…: the country's people
    act; 消费者|保护|委员会, 联邦|选举|委员会 are names)."""
    if not middle:
        return True
    if not all(is_cjk(c) for c in middle) or opens_with(middle, 0, "body_topic"):
        return False
    tokens = _tag(middle)
    if tokens[0][1] == "v":
        return False
    for index in range(1, len(tokens)):
        before, tag = tokens[index - 1][0], tokens[index][1]
        if tag == "v" and (before in gaz.titles or before in words("body_doer")):
            return False
    return not any(tag[:1] in _NOT_BODY_TAGS for _, tag in tokens)


def _in_book_title(text: str, pos: int) -> bool:
    """``pos`` stands inside a 《…》 title opened before it in the sentence and not closed."""
    opened = text.rfind("《", max(0, pos - 40), pos)
    return opened != -1 and "》" not in text[opened:pos]


#: :func:`_hacker_heads` once made (see lexicon.made_once).
_HACKER_HEADS_MADE: Final[list[frozenset[str]]] = []


def _hacker_heads() -> frozenset[str]:
    """The first two letters of the hacker_group nouns (黑客, and Taiwan's and Hong Kong's 骇客):
    a sentence with none of them names no such group."""
    return (
        _HACKER_HEADS_MADE[0]
        if _HACKER_HEADS_MADE
        else made_once(_HACKER_HEADS_MADE, _read_hacker_heads())
    )


def _read_hacker_heads() -> frozenset[str]:
    return frozenset(word[:2] for word in words("hacker_group"))


def _organ_shared_by_list(text: str, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """日本和韩国军方, 俄罗斯、白俄罗斯和中国外交部: the institution after the last country of a
    list is each country's, not the last one's alone; else the first countries stay states,
    unlike the organ beside them, and the list breaks (the last ones lost, or one side's
    military taken for both)."""
    found = list(mentions)
    for index in range(len(found) - 1, 0, -1):
        inst = _organ_suffix(gaz, found[index])
        if inst is None:
            continue
        at = index
        while at > 0:
            before, after = found[at - 1], found[at]
            if (
                before.actor.type != "Country"
                or before.group is not None
                or before.via != "gazetteer"
                or before.actor.key == after.actor.country
                or text[before.end : after.start] not in _SHARED_ORGAN_LINKS
            ):
                break
            found[at - 1] = replace(before, actor=gaz.compose(before.actor, inst))
            at -= 1
    return found


def _organ_suffix(gaz: Gazetteer, mention: Mention):
    """The institution a composed organ's mention ends with (日本军方 → 军方), or None."""
    actor = mention.actor
    if not actor.country or not actor.key.startswith(actor.country + "_"):
        return None
    key_suffix = actor.key[len(actor.country) + 1 :]
    for length in gaz.institution_lengths:
        if length >= len(mention.text):
            continue
        inst = gaz.institutions.get(mention.text[-length:])
        if inst is not None and inst.key_suffix == key_suffix:
            return inst if inst.kind in _SHARED_ORGAN_KINDS else None
    return None


def _armed_forces_after_of(text: str, pos: int, gaz: Gazetteer):
    """委内瑞拉的军队, 叙利亚的武装部队: a country's armed forces joined by 的 (at ``pos``) are
    its military organ, as 委内瑞拉军队 is; only two-character or longer military suffixes
    (not 的军 of 的军事), and no other institution, since 美国的外交政策 names no organ."""
    if not text.startswith("的", pos):
        return None
    inst = institution_at(gaz, text, pos + 1)
    if inst is None or inst.kind != "military" or len(inst.suffix) < 2:
        return None
    return inst


_LIST_MARKS: Final = frozenset("、，,；;：:")  # marks that part a list's names or a clause's words


def _extend_nested(text: str, mention: Mention, end: int, gaz: Gazetteer) -> Mention:
    """美国国务院|东亚及太平洋事务局: a unit named right after a body belongs to it; the mention
    grows to the full nested name (the actor stays the parent body)."""
    if mention.actor.type != "Organization":
        return mention
    limit = min(end, mention.end + 14)
    for stop in range(mention.end + 2, limit + 1):
        chunk = text[mention.end : stop]
        if not is_cjk(chunk[-1]) or chunk[0] in _LIST_MARKS or match_at(gaz, text, stop - 1):
            return mention  # (护盾人工智能公司|、赛博勒克斯公司: the next of a list, no unit)
        if title_at(gaz, text, stop - 1) and not chunk.endswith(words("unit")):
            return mention
        if chunk.endswith(words("unit")) and not is_word(text[stop - 1 : stop + 1]):
            if chunk.endswith(words("firm_noun")) and kind_of(gaz, mention.actor) != "company":
                return mention  # 商务部|决定将赛博勒克斯公司: the 司 of 公司 is no unit (a
                # company's name goes on: 洛克希德|-马丁公司)
            if _verb_ends_at(text, mention.end, stop):
                return mention  # 法院|(以间谍罪)判处: a verb that ends like a unit (处) names none
            return make_mention(
                mention.actor,
                text[mention.start : stop],
                mention.start,
                stop,
                mention.via,
                mention.group,
            )
    return mention


def _verb_ends_at(text: str, start: int, stop: int) -> bool:
    """Whether an action trigger starting in ``text[start:stop]`` ends at ``stop`` (法院|判处,
    法院|以间谍罪判处: the verb after a phrase of its own, not a unit 处 of the court)."""
    return any(_is_trigger(text, at, stop) for at in range(start, stop - 1))


def _is_trigger(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` is exactly an action trigger (判处, not 制裁委员会)."""
    match = trigger_pattern().match(text, start)
    return match is not None and match.end() == stop


def _embassy_at(
    text: str, pos: int, end: int, gaz: Gazetteer, home: Actor, start: int
) -> Mention | None:
    """中国驻日本大使馆, 中国驻日大使馆: the embassy of the first country (an organ of it); the
    host may be named by its one-character short form (驻华, 驻美, 驻日)."""
    if not text.startswith("驻", pos):
        return None
    hit = match_at(gaz, text, pos + 1) if pos + 1 < end else None
    host = len(hit[0]) if hit else int(pos + 1 < end and text[pos + 1] in gaz.shorts)
    if not host:
        return _consulate_in_city(text, pos, end, gaz, home, start)
    after = pos + 1 + host
    inst = institution_at(gaz, text, after)
    if inst is None or inst.kind not in {"embassy", "mission", "consulate"}:
        return None
    organ = gaz.compose(home, inst)
    stop = after + len(inst.suffix)
    return make_mention(organ, text[start:stop], start, stop, "gazetteer")


def _consulate_in_city(
    text: str, pos: int, end: int, gaz: Gazetteer, home: Actor, start: int
) -> Mention | None:
    """美国驻成都总领事馆, 中国驻多伦多总领馆: a consulate is named by the city it is in, which
    the gazetteer need not know (two to four characters between 驻 and the consulate)."""
    if "领" not in text[pos + 3 : pos + 8]:
        return None
    for size in (2, 3, 4):
        after = pos + 1 + size
        if after >= end or not all(is_cjk(c) for c in text[pos + 1 : after]):
            break
        inst = institution_at(gaz, text, after)
        if inst is not None and inst.kind == "consulate":
            stop = after + len(inst.suffix)
            return make_mention(gaz.compose(home, inst), text[start:stop], start, stop, "gazetteer")
    return None


def _shorts_at(
    text: str, pos: int, end: int, gaz: Gazetteer, unnamed: bool = False
) -> list[Mention]:
    """A compound of short forms (美日韩) or one licensed short form (对朝). ``unnamed``: the
    caller knows no gazetteer name starts at ``pos`` (it is not looked up again)."""
    if text[pos] not in tables(gaz).shorts or _after_number(text, pos):
        return []
    if _inside_hiding_word(text, pos, 1):
        return []  # 抗|日: a word that only holds the short form
    if opens_with(text, pos, "extends_name"):
        return []  # 陆军 (an army), not 陆 (China in Taiwan's press) and its forces
    if _inside_place_name(text, pos, 1):
        return []  # 俄|亥俄, 乌|鲁木齐, 哈|巴罗夫斯克: a place's letter, no country
    if text[pos + 1 : pos + 2] == "、":
        listed = _listed_shorts(text, pos, end, gaz)
        if listed:
            return listed
    run = [pos]
    while run[-1] + 1 < end and _goes_on_run(text[run[-1] + 1], run, gaz):
        nxt = run[-1] + 1
        hit = match_at(gaz, text, nxt)
        if hit and not _swallowed_by_compound(text, nxt, hit[0], gaz):
            break  # 韩国 beats the short 韩 (but not 韩军 in 美韩|军演)
        if opens_with(text, nxt, "hides_name"):
            break  # 中美|日内瓦会谈: a word that names no actor opens there (words.tsv hides_name)
        if _inside_place_name(text, nxt, 1):
            break  # 中美|日德兰: a place's letter (ontology/place_names.tsv) ends the run
        run.append(nxt)
    opened = False  # 中美|加强合作: a word opens at the short form popped, the one before ends
    while (
        run
        and not opened
        and _starts_word(text, run[-1])
        and not _army_of(text, run[-1], gaz)
        and ((unnamed and run[-1] == pos) or not _swallowed_name_at(text, run[-1], gaz))
        and not _cut_as_one(text, pos, run[-1] + 1)
        and not (len(run) >= 2 and _compound_before_title(text, pos, run, gaz))
        and not (len(run) >= 2 and _compound_before_forces(text, pos, run, gaz))
        and not (len(run) >= 2 and _trigger_opens(text, run[-1] + 1))
        and not (len(run) >= 2 and opens_with(text, run[-1] + 1, "leaders_after_short"))
        and not (len(run) >= 2 and _LIST_HEAD.match(text, run[-1] + 1))
    ):
        run.pop()  # 中加强: 加强 is a word, not Canada (but 法军 is France's army)
        opened = len(run) >= 2  # (美加 is a word elsewhere, not where 加强 opens at 加)
    if not run:
        return []  # (most short forms: they begin a word)
    if len(run) >= 3 and _opens_long_token(text, run[-1], end):
        run.pop()  # 中美|日内瓦会谈: the last letter opens the venue's name, not Japan
    if len(run) >= 2 and _purpose_after_visit(text, pos, run[-1]):
        run.pop()  # 访日|以加强两国沟通: a visit and its purpose, not Japan and Israel
    if len(run) >= 2 and _yi_frames_the_rest(text, run, end):
        run = run[1:]  # 以|朝美会面|为契机, 以|英法|为首: 以 is "taking … as", not Israel
        pos = run[0]
    if len(run) >= 2 and _yi_opens_frame(text, run[-1], end):
        run.pop()  # 孙世华|以查看民警身份为由: 以 opens a 以…为 frame, it names no Israel
        if len(run) == 1 and (pos == 0 or text[pos - 1] in _CLAUSE_STARTS):
            return [_short_mention(text, pos, gaz, "gazetteer")]  # 美|以…为由: the US alone
    if _run_short_stranded(text, run, gaz):
        return []  # 以|朝意: a form of gaz.run_shorts left with fewer than two others
    if run and text[run[0]] in words("not_first"):
        return []  # 非法: 非 names Africa only after another short form (中非)
    if run and text[pos : run[-1] + 1] in words("not_compound"):
        return []  # 加以: a word, not 加 and 以
    if len(run) >= 2 and all(text[p] in words("compound_only") for p in run):
        return []  # 以非(公开): short forms that need a plain one beside them (中非, 巴以)
    if len(run) >= 2 and _after_title(text, pos, gaz):
        return []  # 发言人|巴加埃: a name follows a title, not a compound
    if len(run) >= 2 and (
        (not _is_word_continuation(text, run[-1] + 1) and not _inside_word(text, pos, run))
        # (中泰|达成协议: a trigger opens there, though jieba cuts 泰达 as a word; but 涉俄乌)
        or (
            (
                _trigger_opens(text, run[-1] + 1)
                or text.startswith(_opening_after_short(), run[-1] + 1)
            )
            and not _word_before(text, pos)
            and not _crossed_at(text, pos)
        )
        or _venue_after(text, run[-1] + 1, gaz)
        or opens_with(text, run[-1] + 1, "leaders_after_short")  # 美加|高层 (not 中高层)
        or _LIST_HEAD.match(text, run[-1] + 1) is not None  # 美英法|等国 (jieba: 法等国)
        or _compound_before_title(text, pos, run, gaz)
        or _compound_before_forces(text, pos, run, gaz)
        or _swallowed_name_at(text, run[-1], gaz)
    ):
        return [_short_mention(text, p, gaz, "compound", run[0]) for p in run]
    if run and (
        _short_licensed(text, pos)
        or _armed_follows(text, pos)
        or _organ_follows(text, pos, end, gaz)
        or _sends_mission(text, pos, gaz)
    ):
        if _opens_person_name(text, pos):  # 与|黎智英见面: that person, no Lebanon
            return [_unknown_person(text[pos : pos + 3], pos)]
        if length := _transliterated_name_at(text, pos):  # 对|德莫赖斯实施制裁: no Germany
            return [_unknown_person(text[pos : pos + length], pos)]
        mention = _short_mention(text, pos, gaz, "gazetteer")
        return [_extend_organ(text, mention, end, gaz)]
    return []


# the day the Taiwan and Hong Kong press bracket after 今, 昨, 明, 前: 今（27）日, 昨(26)日 (not
# a list's number: (1)|美对华加征关税 keeps the US)
_BRACKETED_DAY: Final = re.compile(r"[今昨明前][（(]\d{1,2}[)）]$")


def _after_number(text: str, pos: int) -> bool:
    """Whether the letter at ``pos`` follows a number: 27|日, 今（27）|日 (the day, no Japan),
    5|中 (a count); a short form there names no country."""
    if pos > 0 and text[pos - 1].isdigit():
        return True
    return text[pos - 1 : pos] in (")", "）") and bool(
        _BRACKETED_DAY.search(text, max(0, pos - 5), pos)
    )


_RUN_SHORT_PEERS: Final = 2  # 意 names Italy after two other short forms (英法德意), not 中意, 美意


def _goes_on_run(char: str, run: list[int], gaz: Gazetteer) -> bool:
    """Whether ``char`` adds a short form to the run: any of gaz.shorts, or a form of
    gaz.run_shorts (意) once the run holds two others, since alone it is an ordinary word."""
    if char in tables(gaz).shorts:
        return True
    return char in gaz.run_shorts and len(run) >= _RUN_SHORT_PEERS


def _run_short_stranded(text: str, run: list[int], gaz: Gazetteer) -> bool:
    """Whether a form of gaz.run_shorts is left in a run with fewer than two other short
    forms (after the run was trimmed): it then names no country."""
    held = sum(text[p] in gaz.run_shorts for p in run)
    return held > 0 and len(run) - held < _RUN_SHORT_PEERS


def _opens_long_token(text: str, pos: int, end: int) -> bool:
    """Whether jieba cuts three letters or more from ``pos`` as one place name (日内瓦 after
    中美): the short form there begins the name, it is no country (but 韩朝|非军事区 is no
    place name: 非 stays in the run, which then names no compound)."""
    if text.startswith(_opening_after_short(), pos + 1):
        return False  # 美日韩|三国: a count of the sides, jieba's 韩三国 is no place
    tokens = _tag(text[pos : min(end, pos + 6)])
    return bool(tokens) and len(tokens[0][0]) >= 3 and tokens[0][1] in {"ns", "nrt"}


def _venue_after(text: str, pos: int, gaz: Gazetteer) -> bool:
    """中美|斯德哥尔摩会谈, 美俄|赫尔辛基峰会: a city (a capital or a place of the gazetteer)
    right after a run of short forms is where the pair meets; jieba, cutting a few letters
    of it, glues the last short form to it, but the run is a compound."""
    hit = match_at(gaz, text, pos)
    if hit is not None and hit[2] in {"capital", "place"}:
        return True
    # 美朝|新加坡峰会: a city-state named right before the meeting word is its venue too
    return (
        hit is not None
        and hit[1].type == "Country"
        and text.startswith((*words("talks"), *words("summit_noun")), pos + len(hit[0]))
    )


def _listed_shorts(text: str, pos: int, end: int, gaz: Gazetteer) -> list[Mention]:
    """英、俄|双方, 中、美、俄|三国, 德、英、法|外长, 美、英、法|等国: short forms listed with 、
    right before a word that counts the sides, a title or the 等 that closes a list are a
    compound, as 英俄双方 and 德英法外长 are."""
    run = [pos]
    while (
        run[-1] + 2 < end
        and text[run[-1] + 1] == "、"
        and (_goes_on_run(text[run[-1] + 2], run, gaz) or text[run[-1] + 2] in gaz.list_shorts)
    ):
        run.append(run[-1] + 2)
    if len(run) < 2 or _run_short_stranded(text, run, gaz):
        return []
    after = run[-1] + 1
    if any(text[p] in gaz.list_shorts for p in run):  # 塔、吉|两国: only a count of sides
        if not opens_with(text, after, "sides_after_list"):
            return []
        return [_short_mention(text, p, gaz, "compound", run[0]) for p in run]
    if (
        not opens_with(text, after, "sides_after_list")
        and title_at(gaz, text, after) is None
        and not text.startswith(_LIST_CLOSER, after)  # 美、英、法|等北约国家大使
        and not _licensed_list(text, pos, run, gaz)
    ):
        return []
    return [_short_mention(text, p, gaz, "compound", run[0]) for p in run]


def _pair_with_list_short(text: str, pos: int, end: int, gaz: Gazetteer) -> list[Mention]:
    """中老|关系, 墨美|协议, 美墨|边境, 中秘|两国: a short form of words.tsv list_short (老, 墨,
    秘…) joined to a plain short form (中, 美) right before a word of the relation of the two
    (words.tsv pair_after_short) names both countries, as a listed one does before 两国.
    Alone these letters open ordinary words (中老年, 墨水); before such a word they do not.
    Why: the annotators code the pair (中老, 中墨, 中孟, 中秘, 美墨, 墨美 in six of the 47
    readable sets), and kg saw only the plain short form, or nothing."""
    first, second = text[pos : pos + 1], text[pos + 1 : pos + 2]
    if not (
        (first in gaz.shorts and second in gaz.list_shorts)
        or (first in gaz.list_shorts and second in gaz.shorts)
    ):
        return []
    if pos + 2 >= end or not opens_with(text, pos + 2, "pair_after_short"):
        return []
    before = text[pos - 1 : pos] if pos > 0 else ""
    if (
        before
        and before not in words("compound_only")
        and (before in gaz.shorts or before in gaz.list_shorts)
    ):
        return []  # 美加墨|三国: a longer run, not this pair (but 以|中老建交…为契机)
    if _crossed_at(text, pos) or _name_letter_before(text, pos):
        return []  # 纳|卡马|协议 (the Nakamal Agreement): letters of a transliterated name
    return [_short_mention(text, p, gaz, "compound", pos) for p in (pos, pos + 1)]


_PAIR_OPENERS: Final = _SHORT_LICENSORS | set("的以把将在为及使让是")


def _name_letter_before(text: str, pos: int) -> bool:
    """纳|卡马协议: a letter right before ``pos`` that jieba leaves alone and that no function
    word is (not 对, 以, 的…): the letters from ``pos`` go on a transliterated name."""
    before = text[pos - 1 : pos]
    if not before or not is_cjk(before) or before in _PAIR_OPENERS:
        return False
    at = max(0, pos - 4)
    cut_at = at
    for token in _cut(text[at : pos + 2]):
        cut_at += len(token)
        if cut_at == pos:
            return len(token) == 1
        if cut_at > pos:
            return False
    return False


def _licensed_list(text: str, pos: int, run: list[int], gaz: Gazetteer) -> bool:
    """赴|柬、泰|穿梭沟通, 与|美、日|有关部门分享, 自|美、以|对伊朗发动打击: a short form that what
    stands before it licenses (_short_licensed) lends the licence to the short forms listed
    after it with 、, unless one of them opens a word or a longer name (美、日前, 美、日本)."""
    if not _short_licensed(text, pos):
        return False
    return not any(is_word(text[p : p + 2]) or _longer_name_at(text, p, gaz) for p in run[1:])


def _longer_name_at(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a gazetteer name of two letters or more starts at ``pos`` (日本 at 日)."""
    hit = match_at(gaz, text, pos)
    return hit is not None and len(hit[0]) >= 2


_LIST_CLOSER: Final = "等"


def _purpose_after_visit(text: str, pos: int, last: int) -> bool:
    """访日以加强…, 赴美以寻求…: after a verb of travel, 以 before a verb says what the visit is
    for; it is no short form of Israel (unlike 对美以|实施制裁, where 对 governs the pair)."""
    if pos == 0 or text[pos - 1] not in "访赴抵" or text[last] != "以":
        return False
    tokens = _tag(text[last : last + 5])
    return len(tokens) >= 2 and tokens[0] == ("以", "p") and tokens[1][1].startswith("v")


def _yi_frames_the_rest(text: str, run: list[int], end: int) -> bool:
    """以美韩军演|为借口, 以中日建交|为契机: 以 opens a 以…为 frame (words.tsv yi_frame) around
    the compound after it, in the same clause; it names no Israel."""
    if text[run[0]] != "以":
        return False
    clause = _CLAUSE_OPENER.search(text, run[-1] + 1, end)
    stop = clause.start() if clause else end
    rest = text[run[-1] + 1 : stop]
    closes = [rest.find(frame) for frame in words("yi_frame") if frame in rest]
    # (以美两国以…为由: another 以 opens the frame, the pair stays)
    return bool(closes) and (len(run) >= 3 or "以" not in rest[: min(closes)])


_CLAUSE_STARTS: Final = frozenset("，,。；;：:！？!?“「 \n")


def _yi_opens_frame(text: str, at: int, end: int) -> bool:
    """孙世华|以查看民警身份|为由, 美|以维护安全|为借口: a 以 that ends a run opens a 以…为 frame
    (words.tsv yi_frame) closed in the same clause before any other 以: "taking … as", no
    short form of Israel (美以两国以…为由 keeps its pair: another 以 opens the frame)."""
    if text[at] != "以":
        return False
    clause = _CLAUSE_OPENER.search(text, at + 1, end)
    rest = text[at + 1 : clause.start() if clause else end]
    closes = [rest.find(frame) for frame in words("yi_frame") if frame in rest]
    return bool(closes) and "以" not in rest[: min(closes)]


def _compound_before_title(text: str, pos: int, run: list[int], gaz: Gazetteer) -> bool:
    """中俄|外长, 中美|元首, 美俄|元首峰会: a run of short forms right before a title is a
    compound, though jieba joins its last form to the title (俄外长, 美元)."""
    if (
        pos > 0
        and text[pos - 1] not in _SHORT_LICENSORS
        and is_word(text[pos - 1 : pos + 1])
        and not opens_with(text, pos - 2, "period_before_short")  # 近期|中美|元首
    ):
        return False  # 霍|华德: the run ends a word that began before it
    last = run[-1]
    title = title_at(gaz, text, last + 1)
    if title is None:
        return False
    joined = _cut(text[last : last + 1 + len(title) + 2])[0]  # 俄外长, 美元
    if len(joined) >= 2 and title.startswith(joined[1:]):
        return True
    # 中朝|外长: jieba cuts the last form alone, though 朝外 is a word elsewhere (but not the
    # letters of a name: 霍|华德|总统)
    if len(joined) == 1 and len(run) >= 2 and not _crossed_at(text, pos):
        return True
    return (  # 中俄|元首: 元 would continue the run (日元), but it starts the title
        _is_word_continuation(text, last + 1)
        and _cut(text[last + 1 : last + 1 + len(title) + 2])[0] == title
    )


def _compound_before_forces(text: str, pos: int, run: list[int], gaz: Gazetteer) -> bool:
    """中俄|海军, 中俄|空军: a run of short forms right before the name of armed forces is a
    compound (the forces of each), though jieba joins its last form to them (俄海军); not
    before 军 that opens another word (中美|军事)."""
    if (
        pos > 0
        and text[pos - 1] not in _SHORT_LICENSORS
        and is_word(text[pos - 1 : pos + 1])
        and not opens_with(text, pos - 2, "period_before_short")  # 近期|中美|元首
    ):
        return False  # 霍|华德: the run ends a word that began before it
    inst = institution_at(gaz, text, run[-1] + 1)
    if inst is None or inst.kind != "military":
        return False
    return len(inst.suffix) > 1 or not _opens_noun(text, run[-1] + 1)


def _sends_mission(text: str, pos: int, gaz: Gazetteer) -> bool:
    """俄|驻美大使, 美|驻俄使领馆: a short form before 驻 and the country its mission is in
    names the sending state (not 其中|驻日美军: a word holds it)."""
    if text[pos + 1 : pos + 2] != "驻" or (pos > 0 and is_word(text[pos - 1 : pos + 1])):
        return False
    if text[pos + 2 : pos + 3] in gaz.shorts or match_at(gaz, text, pos + 2) is not None:
        return True
    return _MISSION_IN_CITY.match(text, pos + 2) is not None


# 美驻|成都|总领事馆, 俄驻|克拉科夫|领事馆: a mission in a city the gazetteer need not know
_MISSION_IN_CITY: Final = compile_pattern(
    r"[\u4e00-\u9fff·]{2,6}?(?:总领事馆|总领馆|领事馆|领馆|总领事|大使馆|使馆)", wide=True
)


def _trigger_opens(text: str, pos: int) -> bool:
    """中美|达成共识, 中法|会谈, 中朝|会谈: a trigger word opens right after a compound, whose
    last short form makes a word with the trigger's first character elsewhere (美达, 法会,
    朝会): the compound ends there."""
    match = trigger_pattern().match(text, pos)
    if match is None:
        return False
    trig = trigger_for(match.group())
    return trig is not None and trig.predicate.name != "none"


def _cut_as_one(text: str, start: int, end: int) -> bool:
    """美乌|达成: jieba cuts the run of short forms as one word (乌达 is a word elsewhere)."""
    return end - start >= 2 and _cut(text[start : end + 3])[0] == text[start:end]


def _after_title(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a title ends at ``pos`` or right before the short forms that lead to it
    (发言人|巴|加埃: the scan reaches 加 after 巴 gave way to the name)."""
    start = pos
    while start > 0 and pos - start < 3 and text[start - 1] in gaz.shorts:
        start -= 1
    return any(
        title_ending_at(gaz, text, at, max(0, at - 8)) is not None for at in range(start, pos + 1)
    )


def _inside_word(text: str, pos: int, run: list[int]) -> bool:
    """政法委, 霍华德: a run of short forms that is part of a word or a name."""
    if _after_day_of_month(text, pos):  # 7日|巴以冲突, 7日|中美会谈: 日中, 日巴 are no words here
        return _tokens_cross(text[pos:], 0, run[-1] + 1 - pos)
    if opens_with(text, pos - 2, "period_before_short"):  # 近期|中法欧: not 期中
        return _tokens_cross(text, pos, run[-1] + 1)
    return _word_before(text, pos) or _tokens_cross(text, pos, run[-1] + 1)


def _word_before(text: str, pos: int) -> bool:
    """涉|俄乌冲突: the first short form makes a word with the character before it."""
    return pos > 0 and text[pos - 1] not in _SHORT_LICENSORS and is_word(text[pos - 1 : pos + 1])


def _crossed_at(text: str, pos: int) -> bool:
    """涉|俄乌冲突 cut as 涉俄乌: a jieba token starts before ``pos`` and runs past it."""
    return _inside_a_word(text, max(0, pos - 3), pos + 3, pos)


def _after_day_of_month(text: str, pos: int) -> bool:
    """Whether ``pos`` follows the 日/号 of a date (10月7日|巴以…)."""
    return pos >= 2 and text[pos - 1] in "日号" and text[pos - 2].isdigit()


def _organ_follows(text: str, pos: int, end: int, gaz: Gazetteer) -> bool:
    """巴空军, 美财政部, 俄外交部, 法军: a short form right before an institution names its
    organ."""
    inst = institution_at(gaz, text, pos + 1)
    return (
        inst is not None
        and pos + 1 + len(inst.suffix) <= end
        and (not is_word(text[pos : pos + 2]) or _army_of(text, pos, gaz))
        and not (len(inst.suffix) == 1 and _opens_noun(text, pos + 1))
    )


def _armed_follows(text: str, pos: int) -> bool:
    """俄|无人机, 美|舰: a short form right before a weapon or a unit (words.tsv
    armed_after_short) names the country that uses it, the actor of what the weapon does; not
    a short form that needs a partner (以 is as often "by means of": ,以无人机袭击…)."""
    return text[pos] not in words("compound_only") and text.startswith(
        words("armed_after_short"), pos + 1
    )


def _opens_noun(text: str, pos: int) -> bool:
    """围台|军演, 对台|军购: the letter at ``pos`` opens a word with what follows (words.tsv
    noun_after_short names those the dictionary lacks), so it is no organ's suffix."""
    return is_word(text[pos : pos + 2]) or opens_with(text, pos, "noun_after_short")


def _army_of(text: str, pos: int, gaz: Gazetteer) -> bool:
    """法军, 英军, 德军: a country's short form and 军 make one word, the country's army."""
    if text[pos + 1 : pos + 2] != "军" or _opens_noun(text, pos + 1):
        return False
    actor = gaz.shorts.get(text[pos])
    return actor is not None and actor.type == "Country"


def _short_mention(
    text: str, pos: int, gaz: Gazetteer, via: str, group: int | None = None
) -> Mention:
    actor = gaz.shorts.get(text[pos]) or gaz.run_shorts.get(text[pos]) or gaz.list_shorts[text[pos]]
    return make_mention(actor, text[pos], pos, pos + 1, via, group)


def _starts_word(text: str, pos: int) -> bool:
    """True when the short form and the next character make a dictionary word (加强, 意见),
    unless a verb or a count of countries opens at that character (中美|发表联合声明: not 美发;
    中柬泰|三国外长: not 泰三)."""
    if text.startswith(_opening_after_short(), pos + 1):
        return False
    return is_word(text[pos : pos + 2]) and not _glued_to_licensor(text, pos)


def _glued_to_licensor(text: str, pos: int) -> bool:
    """对华|电动汽车: jieba cuts the short form with the preposition before it as one word
    and opens a word at the next character, though the short form and that character are a
    word elsewhere (华电)."""
    if pos < 1 or text[pos - 1] not in _SHORT_LICENSORS:
        return False
    at = max(0, pos - 2)
    for token in _cut(text[at : pos + 6]):
        nxt = at + len(token)
        if nxt == pos + 1:
            return at < pos
        if nxt > pos + 1:
            return False
        at = nxt
    return False


#: :func:`_opening_after_short` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_OPENING_AFTER_SHORT_MADE: Final[list[tuple[str, ...]]] = []


def _opening_after_short() -> tuple[str, ...]:
    """:func:`_make_opening_after_short`, made once."""
    return (
        _OPENING_AFTER_SHORT_MADE[0]
        if _OPENING_AFTER_SHORT_MADE
        else made_once(_OPENING_AFTER_SHORT_MADE, _make_opening_after_short())
    )


def _make_opening_after_short() -> tuple[str, ...]:
    """The verbs and counts of countries that may follow a short form (words.tsv
    verb_after_short, count_after_short), joined once for :func:`_starts_word`."""
    return words("verb_after_short") + words("count_after_short")


#: :func:`is_word`'s answers (a dict, not functools.lru_cache: a compiled call of a
#: cached function goes through Python's call protocol).
_IS_WORD_MADE: Final[dict[str, bool]] = {}


def is_word(token: str) -> bool:
    """:func:`_make_is_word`, kept by its argument."""
    found = _IS_WORD_MADE.get(token)
    if found is None:
        found = _IS_WORD_MADE[token] = _make_is_word(token)
    return found


def _make_is_word(token: str) -> bool:
    """Whether jieba's dictionary knows ``token`` (rjieba, or pure jieba as the fallback).

    Cached: the scan asks it of the same two characters (法律, 以及) all through a corpus."""
    if len(token) < 2:
        return False
    return segment.has_word(token)


def _is_word_continuation(text: str, pos: int) -> bool:
    """中美洲, 美日元: the run of shorts is part of another word."""
    return text[pos : pos + 1] in {"洲", "元", "语", "文", "裔", "籍", "式", "股"}


def _short_licensed(text: str, pos: int) -> bool:
    if text[pos] in words("compound_only"):  # 以 is also "by means of" (对以行动)
        return _envoy_posted_to(text, pos)
    if opens_with(text, pos, "region_of_short"):
        return False  # 与|印太地区: a region whose name opens with a short form
    before1 = text[pos - 1 : pos]
    before2 = text[max(0, pos - 2) : pos]
    after = text[pos + 1 : pos + 2]
    if _closes_locative(text, pos, before2):
        return False  # 在多边机制|中|的沟通, 三篇回应|中|，: "in", not China (but 延后访|中|，)
    if text[pos] in words("law") and len(before2) == 2 and before2 in _SHORT_LICENSORS:
        return False  # 反外国制裁|法: a verb that names a law ending there, not France
    if _acts_on_short(text, pos) or _headline_pair(text, pos) or _short_opens_clause(text, pos):
        return True
    if not before1 or (after and is_cjk(after) and after in "国语文裔元洲人"):
        return False
    if before1 in _SHORT_LICENSORS or before2 in _SHORT_LICENSORS:
        return True
    if text[pos - 1 : pos + 1] in words("come_here"):
        return not _guest_clause_at(text, pos - 1)  # 来|华: where a coming comes
    if before1 in "名位" and opens_with(text, pos + 1, "counted_people"):
        return True  # 驱逐23名|俄|外交人员: counted people of a country
    if text[pos] in words("postposition"):
        return False  # 在会谈|中批评: "in the course of the talks", not China
    if _opens_transliteration(text, pos):
        return False  # 归还|伊图鲁普岛: the short form opens a foreign name, it is no country
    if is_word(text[pos : pos + 2]):
        return False
    if opens_with(text, pos + 1, "locative"):
        return True  # 占领的|叙|南部地区, 袭击|俄|境内目标: a part of the country named
    # 袭击|俄民用设施, and after the verb's aspect: 袭击了|俄南部…, 空袭了|黎南部
    return _trigger_ends_at(text, pos) or (before1 == "了" and _trigger_ends_at(text, pos - 1))


def _closes_locative(text: str, pos: int, before2: str) -> bool:
    """在多边机制|中|的, 在三篇回应|中|，, 记者在江西走访|中|，: a postposition (words.tsv
    postposition: 中) right before a pause or 的 closes a phrase of place or time, though the
    letter or word before it (制, 环, 回应, 要求) licenses short forms elsewhere; only a visit
    letter that stands alone (鲁拉延后访|中|，) names the country there."""
    if text[pos] not in words("postposition") or text[pos + 1 : pos + 2] not in _LOCATIVE_ENDS:
        return False
    return not (before2[-1:] in _VISIT_LETTERS and not is_word(before2))


_LOCATIVE_ENDS = frozenset("，,。；;：:的")
_VISIT_LETTERS = frozenset("访赴抵驻")


# the day of a date the Taiwan press writes in brackets before 日: 昨（4）日, 今（20）日
_DAY_IN_BRACKETS: Final = re.compile(r"[（(][0-9０-９]{1,2}[）)]$")


def _short_opens_clause(text: str, pos: int) -> bool:
    """美|宣布延长对华投资禁令, 俄|称…: a short form that opens its sentence or clause (a
    headline's subject) right before a verb of saying or deciding (words.tsv
    short_subject_verb) names its country; no letter before it licenses it otherwise."""
    before = text[pos - 1 : pos]
    if before and (is_cjk(before) or before.isalnum()):
        return False
    if before in ")）" and _DAY_IN_BRACKETS.search(text, max(0, pos - 6), pos):
        return False  # 厄瓜多昨（4）|日宣布…: the day of a date, no Japan (but （路透）美宣布)
    if text[pos] in words("short_not_subject"):
        return False  # 中将: a general's rank
    return opens_with(text, pos + 1, "short_subject_verb")


def _unknown_person(surface: str, start: int) -> Mention:
    """A person the gazetteer does not know, found by a name pattern at ``start``."""
    actor = Actor(key=surface, label=surface, type="Person", known=False)
    return make_mention(actor, surface, start, start + len(surface), "pattern")


def _opens_person_name(text: str, pos: int) -> bool:
    """与|黎智英, 会见了|苏贞昌: a short form that is also a family name (words.tsv surname:
    黎, 苏, 马, 韩…) and opens three letters jieba tags as a person begins that person's name,
    in the slot where the short form would name its country. Two letters are not enough:
    jieba tags 黎方 and 韩方 as people too."""
    if opens_with(text, pos + 1, "trip_noun"):
        return False  # 访|韩之旅: the trip to the country (jieba tags 韩之旅 a person)
    return opens_with(text, pos, "surname") and _head_name_in(text[pos : pos + 8]) == 3


def _envoy_posted_to(text: str, pos: int) -> bool:
    """召回驻|以|大使: between 驻 and an envoy or a mission (words.tsv envoy) a short form that
    alone is also a word (以 "by means of") can only be the host country; 进驻以后 stays a
    word."""
    return text[pos - 1 : pos] == "驻" and opens_with(text, pos + 1, "envoy")


def _transliteration_letters() -> str:
    """The letters foreign names are spelt with (words.tsv transliteration, one row of them)."""
    allowed = words("transliteration")
    return allowed[0] if allowed else ""


_NAME_AFTER_SHORT = 3  # letters after the short form: 德|莫赖斯, 德|桑蒂斯 (not 英|拉, 德|加大)


def _transliterated_name_at(text: str, pos: int) -> int:
    """对|德莫赖斯, 与|德桑蒂斯: a short form that is itself a transliteration letter and opens
    three or more of them begins a foreign name the gazetteer does not know, in the slot where
    it would name its country (a known name such as 德黑兰 is read before). Returns the name's
    length, or 0."""
    letters = _transliteration_letters()
    if text[pos] not in letters:
        return 0
    end = pos + 1
    while end < len(text) and text[end] in letters:
        end += 1
    return end - pos if end - pos - 1 >= _NAME_AFTER_SHORT else 0


def _opens_transliteration(text: str, pos: int) -> bool:
    """Whether two transliteration letters follow the short form at ``pos`` (伊|图鲁|普岛)."""
    letters = _transliteration_letters()
    following = text[pos + 1 : pos + 3]
    return len(following) == 2 and all(c in letters for c in following)


def _acts_on_short(text: str, pos: int) -> bool:
    """美|对台军售, 日|对韩出口管制: a short form right before 对 and another short form is
    the one acting on it (not 其中|对华政策: a word ends at the short form)."""
    if text[pos + 1 : pos + 2] != "对" or text[pos + 2 : pos + 3] not in load_gazetteer().shorts:
        return False
    if text[pos] in words("postposition") and _closes_place_phrase(text, pos):
        return False  # 在声明|中|对伊朗…表示谴责: "in the statement", not China
    return pos == 0 or not is_word(text[pos - 1 : pos + 1])


_PLACE_PHRASE_REACH: Final = 10


def _closes_place_phrase(text: str, pos: int) -> bool:
    """在会谈|中, 在联合声明|中: a postposition that closes a phrase 在 opened a few characters
    before, with no pause between, is where something is said or done."""
    before = text[max(0, pos - _PLACE_PHRASE_REACH) : pos]
    opener = before.rfind("在")
    return opener != -1 and not any(c in "，,。；;：:！？!?" for c in before[opener:])


def _headline_pair(text: str, pos: int) -> bool:
    """美|促|中, 中|呛|美: a headline's verb (words.tsv headline_verb) between two short forms
    names both sides; a short form alone beside such a letter (促中东, 呼吁) is no country."""
    shorts, verbs = load_gazetteer().shorts, words("headline_verb")
    if text[pos + 1 : pos + 2] in verbs and text[pos + 2 : pos + 3] in shorts:
        return pos == 0 or not is_cjk(text[pos - 1])
    return (
        pos >= 2
        and text[pos - 1] in verbs
        and text[pos - 2] in shorts
        and (pos == 2 or not is_cjk(text[pos - 3]))
    )


def _guest_clause_at(text: str, pos: int) -> bool:
    """会见(了)|来华出席…的X, 同|来华访问的X: a coming right after a verb or a preposition opens a
    relative clause on the guest; the place it names is read by that clause, as it was."""
    if pos < 1:
        return False
    return text[pos - 1] in "同与和跟对向了" or _trigger_ends_at(text, pos)


def _trigger_ends_at(text: str, pos: int) -> bool:
    """袭击|俄民用设施, 制裁|伊: a short form right after an action word is its target."""
    return _ends_in_trigger(text[max(0, pos - 4) : pos])


@lru_cache(maxsize=1 << 14)
def _ends_in_trigger(window: str) -> bool:
    """Whether the last two, three or four characters of ``window`` are an action trigger
    (cached: the same few characters come before short forms all through a corpus)."""
    for length in (2, 3, 4):
        if length <= len(window):
            trig = trigger_for(window[-length:])
            if trig is not None and trig.event_type:
                return True
    return False


# -- unknown names -----------------------------------------------------------------------------


def _add_names(
    text: str,
    start: int,
    end: int,
    gaz: Gazetteer,
    found: list[Mention],
    untitled: dict[str, Actor] | None = None,
    glossed: Callable[[], tuple[int, ...]] = tuple,
    words_found: Collection[str] | None = None,
    title_starts: list[int] | None = None,
) -> list[Mention]:
    """Names the gazetteer does not know: transliterations, names after a title and, when
    ``untitled`` gives the article's short names (a sentence read in order, not a look back
    at an earlier one, which finds none of those either), names with no title.
    ``words_found``: find_actors' ``present``, the words of :func:`gate_words` found in the
    stretch; ``title_starts``: :func:`_title_starts`."""
    names = _unknown_names(text, start, end, gaz, untitled, glossed, words_found, title_starts)
    if not names:
        return found  # (most sentences: no unknown name)
    taken = [(m.start, m.end) for m in found]
    for name in names:
        tail = _known_name_tail(name, found)
        if tail is not None:  # 安德烈·|西比加: the known person named in full, not two people
            found[:] = [m for m in found if m is not tail]
            taken = [t for t in taken if t != (tail.start, tail.end)]
            name = make_mention(tail.actor, name.text, name.start, name.end, tail.via, tail.group)
        inside = _name_parts_found(name, found)
        if inside:  # 多米尼克|·拉布: a country that is only the first part of a dotted name
            found[:] = [m for m in found if m not in inside]
            taken = [(m.start, m.end) for m in found] + [
                t for t in taken if not any(t == (m.start, m.end) for m in inside)
            ]
        if any(s < name.end and name.start < e for s, e in taken):
            continue
        taken.append((name.start, name.end))
        found.append(name)
    return found


def _unknown_names(
    text: str,
    start: int,
    end: int,
    gaz: Gazetteer,
    untitled: dict[str, Actor] | None,
    glossed: Callable[[], tuple[int, ...]],
    words_found: Collection[str] | None = None,
    title_starts: list[int] | None = None,
) -> list[Mention]:
    """What _transliterated, _titled_names, _transliterated_firms, _local_courts,
    _elected_names, _names_before_title and (given ``untitled``) _untitled_names find, in
    this order. Each finder's own first test is asked here, on one slice of the sentence,
    before its generator is made: most sentences pass none, and six calls that each slice
    the sentence again to return nothing cost more than the tests.

    Given ``words_found`` (:func:`find_actors`' ``present``: the words of :func:`gate_words`
    found in the stretch; every word found tells the same, as the tests read only those),
    the tests for a title, a firm noun and a post a name stands before are told by the
    words found, not by three searches of the sentence (each tests a class at every
    character: 25,000 sentences of Terminus)."""
    stretch = text[start:end]
    names: list[Mention] = []
    if _has_name_dot(stretch):
        names.extend(_dotted_names(text, start, end, gaz))
    # the words found that the three tests read (most sentences: none of them), read out of
    # all the words found once, by find_actors, for its own tests and these
    present = words_found
    if title_starts is not None:  # (where the titles start, known: none, most often)
        if title_starts:
            names.extend(
                _names_after_titles(text, title_starts[0], end, gaz, glossed, title_starts)
            )
    elif present is None or (present and _may_hold_title(text, start, end, gaz, present)):
        first_title = gaz.title_index.next(text, start, end)
        if first_title != -1:
            names.extend(_names_after_titles(text, first_title, end, gaz, glossed))
    if (
        _firm_nouns().search(text, start, end)
        if present is None
        else bool(present) and not _firm_noun_set().isdisjoint(present)
    ):
        names.extend(_firms_in(text, start, end, gaz))
        names.extend(_glossed_firms(text, start, end, gaz, glossed()))
    if "法院" in stretch:
        names.extend(_courts_in(text, start, end))
    if "选" in stretch or "任" in stretch:
        names.extend(_elected_in(text, start, end, gaz))
    if (
        _title_after_name().search(text, start, end) is not None
        if present is None
        else bool(present) and not _title_after_name_set().isdisjoint(present)
    ):
        names.extend(_names_before_titles_in(text, start, end, gaz, untitled or {}))
    if untitled is not None:
        names.extend(_untitled_names(text, start, end, gaz, untitled))
    return names


_ELECTED: Final = compile_pattern(
    r"(?:当选|胜选|就任|出任)(?:连任)?[\u4e00-\u9fff]{0,8}?"
    r"(?:总统|总理|首相|主席|议长|外长|外交部长|秘书长)",
    wide=True,
)


def _elected_names(text: str, start: int, end: int, gaz: Gazetteer) -> Iterable[Mention]:
    """祝贺阿努拉当选斯里兰卡总统: the transliterated name right before 当选 (胜选, 就任) and a
    head of state's or government's post is a person's."""
    stretch = text[start:end]
    if "选" not in stretch and "任" not in stretch:
        return ()  # (tested before a generator is made: most sentences hold neither)
    return _elected_in(text, start, end, gaz)


def _elected_in(text: str, start: int, end: int, gaz: Gazetteer) -> Iterator[Mention]:
    letters = _transliteration_letters()
    for match in _ELECTED.finditer(text, start, end):
        at = match.start()
        run = 0
        while at - run - 1 >= start and text[at - run - 1] in letters and run < 6:
            run += 1
        if not 2 <= run <= 5:
            continue
        s = at - run
        if match_at(gaz, text, s) or title_at(gaz, text, s):
            continue  # 美国当选总统, 总统当选: a known word, no name
        yield _unknown_person(text[s:at], s)


_NAME_BEFORE_TITLE: Final = (3, 6)  # 卡尔扎伊, 莫西西利: two letters are too often a word
_NAME_BEFORE_TITLE_OPENS: Final = _BARE_BEFORE | set(
    "也已并还即年月日"
)  # 向|卡尔扎伊总统, 年|莫西西利首相


def _names_before_title(
    text: str, start: int, end: int, gaz: Gazetteer, short_names: dict[str, Actor]
) -> Iterable[Mention]:
    """卡尔扎伊总统, 莫西西利首相: three to six transliteration letters right before a leader's
    post (words.tsv title_after_name) are the name of the one who holds it, once a country or
    other known word at their start is set aside (阿富汗|卡尔扎伊总统). A family name of someone
    the article named in full (穆加贝总统 after 罗伯特·穆加贝) is left to the short names."""
    if _title_after_name().search(text, start, end) is None:
        return ()  # (tested before a generator is made: most sentences hold no such post)
    return _names_before_titles_in(text, start, end, gaz, short_names)


def _names_before_titles_in(
    text: str, start: int, end: int, gaz: Gazetteer, short_names: dict[str, Actor]
) -> Iterator[Mention]:
    letters = _transliteration_letters()
    for match in _title_after_name().finditer(text, start, end):
        name = _name_ending_at(text, start, match.start(), gaz, letters)
        if name is not None and name.text not in short_names:
            yield name


#: :func:`_title_after_name` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_TITLE_AFTER_NAME_MADE: Final[list[re.Pattern[str]]] = []


def _title_after_name() -> re.Pattern[str]:
    """:func:`_make_title_after_name`, made once."""
    return (
        _TITLE_AFTER_NAME_MADE[0]
        if _TITLE_AFTER_NAME_MADE
        else made_once(_TITLE_AFTER_NAME_MADE, _make_title_after_name())
    )


def _make_title_after_name() -> re.Pattern[str]:
    """The leader's posts a name may stand before (words.tsv title_after_name), one pattern."""
    return re.compile("|".join(re.escape(w) for w in words("title_after_name")))


def _name_ending_at(text: str, start: int, at: int, gaz: Gazetteer, letters: str) -> Mention | None:
    """The transliterated name that ends at ``at``, or None."""
    low, high = _NAME_BEFORE_TITLE
    s = at
    while s > start and at - s <= high + 4 and text[s - 1] in letters:
        s -= 1
    run_start = s
    while s < at and (hit := match_at(gaz, text, s)) is not None:
        s += len(hit[0])  # 阿富汗|卡尔扎伊: the country before the name
    if not low <= at - s <= high or title_at(gaz, text, s):
        return None
    before = text[s - 1 : s]
    if s == run_start and is_cjk(before) and before not in _NAME_BEFORE_TITLE_OPENS:
        if not any(text[s - k : s] in gaz.surfaces for k in range(2, 6)):
            return None  # 姆拜|尼马拉马: the name began with a letter that is no transliteration
    surface = text[s:at]
    if _names_nobody(surface):
        return None
    return _unknown_person(surface, s)


def _known_name_tail(name: Mention, found: list[Mention]) -> Mention | None:
    """外交部长安德烈·|西比加, 总统赛义德·|易卜拉欣·莱希: the one person found that ends a dotted
    name and begins after its first dot: a shorter dotted form the gazetteer knows, or a family
    name whose person the whole name was already found to be (_known_family_name: its given
    name fits). The dotted name is that person named in full; without it the given name before
    the dot is left to the title before it, and read as a second person."""
    dot = _NAME_DOT.search(name.text)
    if dot is None:
        return None
    first_dot = name.start + dot.start()
    overlapping = [m for m in found if m.start < name.end and name.start < m.end]
    if len(overlapping) != 1:
        return None
    (tail,) = overlapping
    if tail.actor.type != "Person" or tail.end != name.end or tail.start <= first_dot:
        return None
    if not _NAME_DOT.search(tail.text) and tail.actor.key != name.actor.key:
        return None  # 穆罕默德·|沙尔曼 is not King Salman (_known_family_name said so)
    return tail


def _name_parts_found(name: Mention, found: list[Mention]) -> list[Mention]:
    """The mentions found inside one part of a dotted name (多米尼克 of 多米尼克·拉布): the
    name is one person, not the country its first part spells; or inside the place a court is
    named after (北京|市海淀区人民法院): the court acts, not the city or country its name
    begins with."""
    if name.via != "pattern":
        return []
    if name.text.endswith(words("court_noun")):
        dots: list[int] = []
    elif _NAME_DOT.search(name.text):
        dots = [name.start + i for i, c in enumerate(name.text) if c in "·•・"]
    else:
        return []
    inside = [
        m
        for m in found
        if name.start <= m.start
        and m.end <= name.end
        and not any(m.start <= d < m.end for d in dots)
    ]
    overlapping = [m for m in found if m.start < name.end and name.start < m.end]
    return inside if inside and len(inside) == len(overlapping) else []


@lru_cache(maxsize=1)
def _court_pattern() -> re.Pattern[str]:
    """A court noun (words.tsv court_noun), maybe after an ordinal (上海市|第一|中级法院)."""
    nouns = "|".join(map(re.escape, words("court_noun")))
    return re.compile(rf"(?:第[一二三四五六七八九十]{{1,3}})?(?:{nouns})")


_COURT_DISTRICT = re.compile(r"[东西南北中]{1,2}区")  # 得克萨斯州|西区|法院: a judicial district
_PLACE_WINDOW: Final = 16  # how far before a court noun its place's name may begin


def _local_courts(text: str, start: int, end: int) -> Iterable[Mention]:
    """得克萨斯州西区法院判处…, 向凉城县人民法院起诉: a court named after the place it sits in
    (a place jieba tags that ends in a words.tsv place_unit) is an actor the gazetteer does
    not know, as a country's courts are (美国法院); a court named by no place (向法院起诉,
    二审法院) is none: it could be any court."""
    if "法院" not in text[start:end]:
        return ()  # (most sentences name no court: no regex, no tagging)
    return _courts_in(text, start, end)


def _courts_in(text: str, start: int, end: int) -> Iterator[Mention]:
    for match in _court_pattern().finditer(text, start, end):
        place_end = match.start()
        district = _COURT_DISTRICT.fullmatch(text, max(start, place_end - 3), place_end)
        district = district or _COURT_DISTRICT.fullmatch(text, max(start, place_end - 2), place_end)
        if district:
            place_end = district.start()
        begin = _place_start(text, max(start, place_end - _PLACE_WINDOW), place_end)
        if begin is None:
            continue
        name = text[begin : match.end()]
        country = "CHN" if "人民法院" in match.group() else None  # (China's courts alone)
        actor = Actor(key=name, label=name, type="Organization", country=country, known=False)
        yield make_mention(actor, name, begin, match.end(), "pattern")


def _place_start(text: str, start: int, end: int) -> int | None:
    """Where the run of place names that ends at ``end`` begins (云南省|曲靖市|富源县): words
    jieba tags as places that end in a place unit; None when the word before ``end`` is not
    one (二审|法院, 向|法院)."""
    begin = None
    at = end
    for word, flag in reversed(segment.tag(text[start:end])):
        if not flag.startswith("ns") or not word.endswith(words("place_unit")) or len(word) < 2:
            break
        at -= len(word)
        begin = at
    return begin


_FIRM_LETTERS: Final = (3, 8)  # how many transliteration letters a firm's name may have


@lru_cache(maxsize=1)
def _firm_pattern() -> re.Pattern[str]:
    """Three to eight transliteration letters, not preceded by one more, and a firm noun; or
    a Latin name, with or without a trade word, and a firm noun (PVH|集团, AEVEX|航天|公司)."""
    letters = re.escape("".join(words("transliteration")))
    nouns = "|".join(map(re.escape, words("firm_noun")))
    trades = "|".join(map(re.escape, words("firm_trade")))
    low, high = _FIRM_LETTERS
    latin = rf"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]{{1,11}}(?:{trades})?"
    return re.compile(rf"(?:(?<![{letters}])[{letters}]{{{low},{high}}}|{latin})(?:{nouns})")


def gate_words(gaz: Gazetteer) -> list[str]:
    """The words whose occurrences in a sentence :func:`find_actors` reads from its
    ``words_found``: the titles, the firm nouns and the posts a name stands before."""
    return [*gaz.titles, *_firm_noun_set(), *_title_after_name_set()]


def reads_words_found(gaz: Gazetteer, reports: Callable[[Iterable[str]], bool]) -> bool:
    """Whether :func:`find_actors` may be given the words an automaton found in a sentence:
    ``reports(words)`` tells that it reports every occurrence of each of ``words``. (An empty
    list of posts makes the posts' regex match everywhere, which no word found tells.)"""
    return bool(_title_after_name_set()) and reports(gate_words(gaz))


def _gate_word_set(gaz: Gazetteer) -> frozenset[str]:
    """The words of :func:`gate_words`, one set kept with ``gaz``'s tables (gazetteer.tables).

    Why: find_actors' tests for a title, a firm noun and a post read the gate's words found
    in the sentence, and each test read every one of them (a title test through the dict's
    keys); their intersection with this set is one pass, most often empty, and the three
    tests then read the few words it holds (Terminus: 27,000 sentences, three passes each)."""
    return _gate_tables(gaz)[0]


def _gate_tables(gaz: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    """(the words of :func:`gate_words`, the pairs of letters inside a title: every two
    letters that follow each other in one), kept with ``gaz``'s tables (gazetteer.tables)."""
    kept = tables(gaz)
    cached = kept.gate_tables
    if cached is not None:
        return cached
    pairs = {title[i : i + 2] for title in gaz.titles for i in range(len(title) - 1)}
    cached = (frozenset(gate_words(gaz)), frozenset(pairs))
    kept.gate_tables = cached
    return cached


def _title_starts(
    text: str, start: int, end: int, gaz: Gazetteer, present: Collection[str] | None
) -> list[int] | None:
    """Every position of ``text[start:end]`` where a title starts (``title_at`` gives one), in
    order, told by ``present``, the gate's words found in the sentence (:func:`find_actors`):
    a title that ends in the sentence is one of them, found again by ``find``; one that
    begins in it and runs past ``end`` holds the two letters either side of ``end``, and
    where a title holds them the index is asked as before (None; None too with no words).

    Why: the search after titles, and the posts named alone, asked the title index (a regex
    search) for the next title again and again, to the end of each sentence they read."""
    if present is None:
        return None
    if text[end - 1 : end + 1] in _gate_tables(gaz)[1]:
        return None  # (a title may run past the end: the words found do not tell)
    titles = tables(gaz).titles
    starts: list[int] = []
    for word in present:
        if word in titles:
            at = text.find(word, start, end)
            while at != -1:
                starts.append(at)
                at = text.find(word, at + 1, end)
    return sorted(set(starts)) if len(starts) > 1 else starts


def _next_start(starts: list[int], pos: int) -> int:
    """The first of ``starts`` (in order) at ``pos`` or after it, or -1 (a sentence's titles
    are few: read in turn)."""
    for at in starts:
        if at >= pos:
            return at
    return -1


def _may_hold_title(
    text: str, start: int, end: int, gaz: Gazetteer, found: Collection[str]
) -> bool:
    """False where _names_after_titles finds no name in ``text[start:end]``: ``found`` (every
    word of :func:`gate_words` in the stretch) holds no title. A title that begins in the
    stretch and runs past its end has no name after it inside the stretch, and ends the
    search for one; any other is a word found."""
    return not gaz.titles.keys().isdisjoint(found)


#: :func:`_firm_noun_set` once made (see lexicon.made_once).
_FIRM_NOUN_SET_MADE: Final[list[frozenset[str]]] = []


def _firm_noun_set() -> frozenset[str]:
    """The firm nouns (words.tsv firm_noun), for a test of the words found."""
    return (
        _FIRM_NOUN_SET_MADE[0]
        if _FIRM_NOUN_SET_MADE
        else made_once(_FIRM_NOUN_SET_MADE, _read_firm_noun_set())
    )


def _read_firm_noun_set() -> frozenset[str]:
    return frozenset(words("firm_noun"))


#: :func:`_title_after_name_set` once made (see lexicon.made_once).
_TITLE_AFTER_NAME_SET_MADE: Final[list[frozenset[str]]] = []


def _title_after_name_set() -> frozenset[str]:
    """The posts a name may stand before (words.tsv title_after_name), for a test of the
    words found."""
    return (
        _TITLE_AFTER_NAME_SET_MADE[0]
        if _TITLE_AFTER_NAME_SET_MADE
        else made_once(_TITLE_AFTER_NAME_SET_MADE, _read_title_after_name_set())
    )


def _read_title_after_name_set() -> frozenset[str]:
    return frozenset(words("title_after_name"))


#: :func:`_firm_nouns` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_FIRM_NOUNS_MADE: Final[list[re.Pattern[str]]] = []


def _firm_nouns() -> re.Pattern[str]:
    """:func:`_make_firm_nouns`, made once."""
    return (
        _FIRM_NOUNS_MADE[0] if _FIRM_NOUNS_MADE else made_once(_FIRM_NOUNS_MADE, _make_firm_nouns())
    )


def _make_firm_nouns() -> re.Pattern[str]:
    """The firm nouns as one regex: a sentence is searched once for any of them, not sliced
    and searched once for each."""
    from .lexicon import words_pattern

    return words_pattern(words("firm_noun"))


def _transliterated_firms(text: str, start: int, end: int, gaz: Gazetteer) -> Iterable[Mention]:
    """受制裁的公司包括诺斯洛普公司: a run of transliteration letters right before a firm noun
    (words.tsv firm_noun) names a foreign firm the gazetteer does not know; a known name or a
    word before the noun (该公司, 美国公司) names none."""
    if not _firm_nouns().search(text, start, end):
        return ()  # (a test for the noun first: the pattern opens with a look-behind, slow)
    return _firms_in(text, start, end, gaz)


def _firms_in(text: str, start: int, end: int, gaz: Gazetteer) -> Iterator[Mention]:
    for match in _firm_pattern().finditer(text, start, end):
        begin, stop = match.span()
        name = match.group()
        noun = next(n for n in words("firm_noun") if name.endswith(n))
        if match_at(gaz, text, begin) is None and not is_word(name[: -len(noun)]):
            if _letters_of_a_trade(name):
                continue  # 多家AI公司: a kind of firm
            actor = Actor(key=name, label=name, type="Organization", known=False)
            yield make_mention(actor, name, begin, stop, "pattern")


_GLOSSED_FIRM_MAX: Final = 12  # how far before its gloss a glossed firm's name may begin


def _glossed_firms(
    text: str, start: int, end: int, gaz: Gazetteer, glossed: tuple[int, ...]
) -> Iterator[Mention]:
    """将护盾人工智能公司(Shield AI)、赛博勒克斯公司(Cyberlux Corporation)…列入清单: a name that
    ends in a firm noun (words.tsv firm_noun) and is glossed in Latin letters right after it
    names a firm the gazetteer does not know; it begins after the mark or the word before it
    (words.tsv firm_name_stop). A country before the name only says where the firm is from
    (美商|贝莱德公司)."""
    for at in glossed[bisect.bisect_left(glossed, start + 1) :]:
        if at > end:
            break
        noun = next((n for n in words("firm_noun") if text.startswith(n, at - len(n))), "")
        if not noun:
            continue
        begin = _firm_name_start(text, max(start, at - _GLOSSED_FIRM_MAX), at - len(noun), gaz)
        name = text[begin:at]
        if len(name) - len(noun) < 2 or is_word(name[: -len(noun)]):
            continue  # 该公司, 美国公司, 芬兰|广播公司: no name
        if match_at(gaz, text, begin) is not None or _letters_of_a_trade(name):
            continue  # a known name (found as such), 多家AI公司
        actor = Actor(key=name, label=name, type="Organization", known=False)
        yield make_mention(actor, name, begin, at, "pattern")


def _firm_name_start(text: str, low: int, name_end: int, gaz: Gazetteer) -> int:
    """Where the name that ends at ``name_end`` begins, not before ``low``: after the last mark
    or stop word (将|, 包括|, 、|) and after the last country named (美商|, 接受美国|)."""
    stops = words("firm_name_stop")
    begin = name_end
    while begin > low and not text.endswith(stops, 0, begin):
        letter = text[begin - 1]
        if not (is_cjk(letter) or letter.isascii() and letter.isalnum() or letter in "·-"):
            if not (letter.isspace() and _between_latin(text, begin - 1)):
                break
        begin -= 1
    for at in range(begin, name_end):
        hit = match_at(gaz, text, at)
        if hit is not None and hit[1].type == "Country" and at + len(hit[0]) < name_end:
            begin = at + len(hit[0]) + (text[at + len(hit[0])] == "商")
    return begin


def _between_latin(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands between two Latin letters or digits (Group| |W公司: a space
    inside a Latin name, not one that parts it from the words before)."""
    return (
        at > 0
        and at + 1 < len(text)
        and _LATIN_RUN.match(text, at - 1, at) is not None
        and _LATIN_RUN.match(text, at + 1, at + 2) is not None
    )


_LATIN_RUN: Final = re.compile(r"[A-Za-z0-9]+")


def _letters_of_a_trade(name: str) -> bool:
    """AI公司, IT公司: Latin letters that name a trade (words.tsv latin_kind), not one firm;
    the Latin names of _firm_pattern took them for a firm's name."""
    letters = _LATIN_RUN.match(name)
    return letters is not None and letters.group() in words("latin_kind")


def _transliterated(text: str, start: int, end: int, gaz: Gazetteer) -> Iterable[Mention]:
    """皮特·赫格塞思: the left part is cut after any title or known word before it."""
    if not _has_name_dot(text[start:end]):
        return ()  # most sentences hold no name dot: the stretch search would try every character
    return _dotted_names(text, start, end, gaz)


def _has_name_dot(stretch: str) -> bool:
    """Whether ``stretch`` holds a name dot (what ``_NAME_DOT`` finds): three ``in`` tests of a
    sentence cost a fifth of one regex search, which tests every character."""
    return "·" in stretch or "•" in stretch or "・" in stretch


def _dotted_names(text: str, start: int, end: int, gaz: Gazetteer) -> Iterator[Mention]:
    for s, run_end in _dotted_runs(text, start, end, gaz):
        dot = min(i for i in range(s, run_end) if text[i] in "·•・")
        s = _trim_left(text, s, dot, gaz)
        last_dot = max(i for i in range(s, run_end) if text[i] in "·•・")
        e = _trim_right(text, last_dot + 1, run_end, gaz)
        if s >= dot or e <= dot + 1:
            continue
        if e == run_end:  # 毛里西奥·克拉弗|-卡罗内: a double family name goes on past a hyphen
            e += _hyphenated_part(text, e, end, gaz)
        surface = text[s:e].replace("•", "·").replace("・", "·")
        if _numeral_date(text, s, e):
            continue  # “八·一七”公报, 九·一八事变: a date spelt with a dot, no person
        if _names_a_place(text, surface, e):
            continue  # 本·古里安|机场, 乔治·华盛顿大学, 卡尔·文森号: a place or a ship, no person
        hit = gaz.surfaces.get(surface) or _known_family_name(surface, gaz)
        actor = hit[0] if hit else Actor(key=surface, label=surface, type="Person", known=False)
        yield make_mention(actor, text[s:e], s, e, "gazetteer" if hit else "pattern")


_CHINESE_NUMERALS: Final = frozenset("〇一二三四五六七八九十")


def _numeral_date(text: str, start: int, end: int) -> bool:
    """八·一七, 九·一八: a month and a day in Chinese numerals joined by a dot (a communiqué,
    an incident named by its date) is no person."""
    letters = [c for c in text[start:end] if c not in "·•・"]
    return bool(letters) and all(c in _CHINESE_NUMERALS for c in letters)


def _names_a_place(text: str, surface: str, end: int) -> bool:
    """Whether a dotted name is the first part of the name of a place, a body or a ship named
    after a person (words.tsv named_after: 机场, 大学, 号…), right after it or inside its last
    part (乔治·华盛顿大学, which the name's right edge did not cut)."""
    after = words("named_after")
    return text.startswith(after, end) or surface.rsplit("·", 1)[1].endswith(after)


def _without_ship_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """美国“里根”号航母, 林肯号航空母舰: a person the gazetteer knows, followed by 号 (its
    quotation mark between) and a vessel word (words.tsv vessel) or a quoted name's 号, names a
    ship, not the person; the country before it owns the ship."""
    return [m for m in mentions if m.actor.type != "Person" or not _names_a_ship(text, m.end)]


def _names_a_ship(text: str, end: int) -> bool:
    quoted = text[end : end + 1] in {"”", "」", "』", '"'}
    at = end + 1 if quoted else end
    if not text.startswith("号", at):
        return False
    return quoted or opens_with(text, at + 1, "vessel")


def _known_family_name(surface: str, gaz: Gazetteer) -> tuple[Actor, str] | None:
    """弗拉基米尔·泽伦斯基: a full name the gazetteer lacks is the known person its family name
    (after the last dot) names, if that names a person whose dotted names, if any, begin with
    the same given name (穆罕默德·沙尔曼 is not King Salman, 萨勒曼·本·阿卜杜勒-阿齐兹)."""
    hit = gaz.surfaces.get(surface.rsplit("·", 1)[1])
    if not hit or hit[0].type != "Person":
        return None
    given = gaz.given_names.get(hit[0].key)
    return hit if not given or surface.split("·", 1)[0] in given else None


_NAME_PART_REACH: Final = 8  # letters a dotted name's first or last part may run from its dot
_MIDDLE_PART: Final = 5  # 约翰·菲茨杰拉德·肯尼迪: the longest part between two dots of one name


def _dotted_runs(text: str, start: int, end: int, gaz: Gazetteer) -> Iterator[tuple[int, int]]:
    """Runs of letters joined by name dots, split where a link word stands between two dots
    (兰迪·鲍勃|和共犯约翰·塔利: two names, not one) or where what stands between them cannot
    be the middle part of one name (约翰·克里|会见了|谢尔盖·拉夫罗夫: a verb, or more letters than
    a part holds); each run reaches at most _NAME_PART_REACH letters past its outer dots."""
    for match in _DOTTED_STRETCH.finditer(text, start, end):
        dots = [i for i in range(match.start(), match.end()) if text[i] in "·•・"]
        if not dots:
            continue
        s = max(match.start(), dots[0] - _NAME_PART_REACH)
        for left, right in zip(dots, dots[1:], strict=False):
            link = next((i for i in range(left + 1, right) if text[i] in "和与及同跟"), None)
            if link is not None:
                yield s, link
                given = text[link + 1 : right]  # 和共犯|约翰·塔利: the given name is its last word
                whole = _spelt_given_name(given) or _titled_given_name(text, link + 1, right, gaz)
                s = link + 1 if whole else right - _last_word_length(given)
            elif _parts_two_names(text, left + 1, right):
                yield s, right  # (_trim_right ends the first name before the verb)
                s = max(left + 1, right - _NAME_PART_REACH)
        yield s, min(match.end(), dots[-1] + 1 + _NAME_PART_REACH)


def _parts_two_names(text: str, start: int, end: int) -> bool:
    """约翰·克里|会见了|谢尔盖·拉夫罗夫: the letters between two dots are no middle part of
    one name when they are more than a part holds or hold a verb of action or speech or a
    particle that ends a dotted name."""
    if end - start > _MIDDLE_PART:
        return True
    gap = text[start:end]
    return (
        any(c in _ENDS_DOTTED_NAME for c in gap)
        or trigger_pattern().search(gap) is not None
        or any(verb in gap for verb in speech_verbs())
    )


def _spelt_given_name(given: str) -> bool:
    """和|伊利哈姆·阿利耶夫: after a link word, a given name of at most six transliteration
    letters is all given name (jieba cuts 伊利|哈姆, and its last word alone cuts the name);
    two letters or fewer are whole in any case."""
    if len(given) <= 2:
        return True
    letters = _transliteration_letters()
    return len(given) <= _LONG_GIVEN_NAME and all(c in letters for c in given)


def _titled_given_name(text: str, start: int, dot: int, gaz: Gazetteer) -> bool:
    """和议会议长|沙尔瓦·…: a title ends between a link word and a dot; the run opens after the
    link word and _trim_left cuts it after the title (the last word jieba finds, 尔瓦, would
    cut the name)."""
    return any(title_ending_at(gaz, text, cut, start) for cut in range(start + 2, dot))


_KIN_WORD: Final = re.compile(r"之(?:子|女|妻|夫)|的(?:儿子|女儿|妻子|丈夫)")


def _trim_left(text: str, s: int, dot: int, gaz: Gazetteer) -> int:
    best = s
    for match in trigger_pattern().finditer(text, s, dot):
        best = max(best, match.end())  # 指责|乔治·凯南: a verb before the name is no part of it
    for verb in speech_verbs():
        at = text.rfind(verb, s, dot)
        if at != -1:
            best = max(best, at + len(verb))
    for match in _KIN_WORD.finditer(text, s, dot):
        best = max(best, match.end())  # 奥尔特加之子|劳雷亚诺·…: the kin word ends before it
    titled = False
    for cut in range(best, dot):
        if title_ending_at(gaz, text, cut):  # (议会议|长沙尔瓦·…: a run may open inside a title)
            best, titled = cut, True
        elif match_at(gaz, text, s) and cut == s + len(match_at(gaz, text, s)[0]):  # type: ignore[index]
            best = cut
        if text[cut] in "的是和与、及在对向了":  # 会见了|约翰·李
            best, titled = cut + 1, False
    known = match_at(gaz, text, best) if best > s else None
    if (
        known is not None
        and known[1].type == "Country"
        and best + len(known[0]) < dot
        and not titled  # 总理|伊拉克利·…: right after a title the given name only spells one
    ):
        best += len(known[0])  # 向以色列|本·古里安: a country before the given name is no part
    if dot - best > 4 and not (titled and _long_given_name(text[best:dot])):
        left = text[best:dot]
        best = dot - _with_split_letter(left, _last_word_length(left))
    return best + _leading_function_words(text[best:dot])


def _with_split_letter(left: str, length: int) -> int:
    """第一夫人梅|拉尼娅·特朗普: jieba cuts the first letter off a transliterated given name
    and tags it a family name (梅 nr); a transliteration letter so tagged right before a given
    name jieba reads as a transliteration (拉尼 nrt) opens it (va-11). Else ``length``."""
    if length >= _LONGEST_GIVEN_PART:
        return length
    tokens = _tag(left)
    at = len(left)
    for index in range(len(tokens) - 1, 0, -1):
        at -= len(tokens[index][0])
        if at <= len(left) - length:
            word, tag = tokens[index - 1]
            split = at == len(left) - length and len(word) == 1 and tag.startswith("nr")
            if split and word in _transliteration_letters() and tokens[index][1] == "nrt":
                return length + 1
            return length
    return length


_LONGEST_GIVEN_PART: Final = 5  # (the longest given name _last_word_length returns)


_LONG_GIVEN_NAME: Final = 6  # 部长|莱奥波尔多·辛特拉, 总统|弗朗西斯科·…: five or six letters


def _long_given_name(left: str) -> bool:
    """部长|莱奥波尔多·辛特拉: right after a title, a run of five or six transliteration letters
    up to the dot is the whole given name, not only its last word (jieba cuts 莱奥|波尔多)."""
    letters = _transliteration_letters()
    return len(left) <= _LONG_GIVEN_NAME and all(c in letters for c in left)


_FUNCTION_TAGS: Final = {"v", "c", "p", "d", "r", "u"}


def _leading_function_words(left: str) -> int:
    """授意|乔治·凯南, 只有|乔治, 由|约书亚: a verb, conjunction, preposition, adverb,
    pronoun or particle that opens the given name's run is no part of it (a given name is
    tagged as a name or a noun); the given name keeps at least its last word."""
    tokens = _tag(left) if len(left) > 2 else []
    if tokens and _spelt_in_letters(left):
        return 0  # 扎比乌拉·穆贾希德: jieba reads 扎 as a verb, 比 as a preposition
    drop = 0
    for word, tag in tokens[:-1]:
        if (tag[:1] not in _FUNCTION_TAGS or tag[:2] == "vn") and not _plain_noun(word, tag):
            break  # (学生|扬·帕勒克: a common noun before it describes the person)
        drop += len(word)
    return drop


def _spelt_in_letters(left: str) -> bool:
    """扎比乌拉: four or more letters up to the dot, every one a transliteration letter, spell
    the given name whole; a function word before a name (由|约书亚, 只有|乔治) is spelt with
    some other letter."""
    letters = _transliteration_letters()
    return len(left) >= 4 and all(c in letters for c in left)


_NOT_NAME_TAGS: Final = {"d", "p", "c", "v", "u", "a", "t"}  # adverbs, verbs, particles, times


# a link word, a particle or an adverb no transliteration spells with (乔治·凯南|仍对…: jieba
# tags 仍 as a morpheme, so its tag does not end the name)
_ENDS_DOTTED_NAME: Final = frozenset("和与及、的在对是将也说称等向同跟则仍已曾又还就")


def _inside_a_word(text: str, start: int, end: int, pos: int) -> bool:
    """乔治·凯南|非常沮丧: ``pos`` falls inside a word jieba cuts from ``start``, so a name
    found there (南非) spans two words and is no name."""
    at = start
    for word in _cut(text[start:end]):
        if at < pos < at + len(word):
            return True
        at += len(word)
        if at >= pos:
            return False
    return False


def _trim_right(text: str, start: int, end: int, gaz: Gazetteer) -> int:
    """特雷莎·梅|和德国总理: the last name part stops before a link word, a known name or a
    title."""
    stop = end
    for pos in range(start + 1, end):
        if text[pos] in _ENDS_DOTTED_NAME or (
            match_at(gaz, text, pos) and not _inside_a_word(text, start, end, pos)
        ):
            stop = pos
            break
        if pos - start >= 2 and opens_with(text, pos, "name_stop"):
            stop = pos  # 谢里夫|中将: a rank or a word that ends a name
            break
        if trigger_pattern().match(text, pos) or opens_with(text, pos, "speech"):
            stop = pos
            break
        if title_at(gaz, text, pos):
            stop = pos
            break
    length = 0
    tokens = _tag(text[start:stop])
    for index, (word, tag) in enumerate(tokens):
        if index and length >= 2 and tag[:1] in _NOT_NAME_TAGS:
            if _inner_syllable(word, tokens[index + 1 :]):
                length += len(word)  # 奥夫|拉|多尔: a syllable jieba reads as a verb, inside
                continue
            if _last_syllable(word, tokens[index + 1 :]):
                return (
                    start + length + len(word)
                )  # 诺尔|特|稍后, 戈特|列布|批评: its last syllables
            return start + length  # 凯南|甚至为, 马兰|吉|无奈地, 塔利|当天: the name ends
        if index and _ends_short_name(tokens[0], word, tag, length):
            return start + length
        if index and length >= 2 and _plain_noun(word, tag):
            return start + length  # 凯南|起草文件, 恩科莫|领导的: a common noun ends the name
        length += len(word)
    return stop


def _plain_noun(word: str, tag: str) -> bool:
    """A noun of two or more letters none of which is a transliteration letter (起草文件, 领导):
    no syllable of a foreign name."""
    chars = words("transliteration")
    return (
        len(word) >= 2
        and tag[:1] == "n"
        and tag[:2] not in {"nr", "ns", "nt", "nz"}
        and bool(chars)
        and not any(c in chars[0] for c in word)
    )


def _ends_short_name(first: tuple[str, str], word: str, tag: str, length: int) -> bool:
    """Whether ``word`` ends a name whose part before it is ``length`` characters long.

    After a one-character last part (特蕾莎·梅|并将, 梅|第一次, 梅|展示) a numeral,
    conjunction, adverb, preposition, particle or time word, or a verb of two characters or
    more, ends it (an adjective of two or more too, when jieba tags that part as a name);
    after a longer part, a numeral of two or more characters (凯南|首次) does."""
    kind = tag[:1]
    if len(word) >= 2 and kind == "m":
        return True
    if length != 1:
        return False
    if kind in _ENDS_ONE_CHARACTER_NAME or (kind == "v" and len(word) >= 2):
        return True
    return kind == "a" and len(word) >= 2 and first[1] == "nr"


_ENDS_ONE_CHARACTER_NAME: Final = {"m", "c", "d", "p", "u", "t"}


def _inner_syllable(word: str, rest: Sequence[tuple[str, str]]) -> bool:
    """One transliteration character jieba tags as a verb or an adverb (奥夫|拉|多尔) between
    parts it tags as names, with nothing but names after it to the end of the dotted run: a
    syllable inside the last name part."""
    chars = words("transliteration")
    if len(word) != 1 or not chars or word not in chars[0] or not rest:
        return False
    return all(tag.startswith("nr") for _, tag in rest)


def _last_syllable(word: str, rest: Sequence[tuple[str, str]]) -> bool:
    """One or two transliteration characters jieba tags as an adverb or a verb (诺尔|特,
    戈特|列布) end the name when what follows could not be part of it."""
    chars = words("transliteration")
    if len(word) > 2 or not chars or any(c not in chars[0] for c in word):
        return False
    return not rest or rest[0][1][:1] in _NOT_NAME_TAGS | {"x"}


def _last_word_length(left: str) -> int:
    """谈判实务人员凯文 → 2: the given name is the last word jieba finds (at least 2 chars)."""
    words = _cut(left)
    length = len(words[-1]) if words else 2
    if length < 2 and len(words) > 1:
        length += len(words[-2])
    return min(max(length, 2), 5)


def _cut(text: str) -> list[str]:
    return segment.cut(text)


def _bracketed_title_closes(text: str, title_start: int, title_end: int) -> int:
    """(哥伦比亚总统)裴卓: a translator's bracket around the title (and its country) before a
    name: 1 when it closes right after the title, the name right after it, else 0."""
    if text[title_end : title_end + 1] != ")":
        return 0
    opened = text.rfind("(", max(0, title_start - _BRACKETED_COUNTRY), title_start + 1)
    return 1 if opened != -1 and ")" not in text[opened:title_end] else 0


_BRACKETED_COUNTRY: Final = 10


def _titled_names(
    text: str, start: int, end: int, gaz: Gazetteer, glossed: Callable[[], tuple[int, ...]] = tuple
) -> Iterable[Mention]:
    """发言人林剑, 长官安圭伯: two or three characters right after a title are a name; a name
    glossed in Latin letters runs up to its gloss and no further (副外长雷雅布可夫(Sergei
    Ryabkov), 首相安华(Anwar Ibrahim)|出面)."""
    first = gaz.title_index.next(text, start, end)
    if first == -1:
        return ()  # (tested before a generator is made: most sentences hold no title)
    return _names_after_titles(text, first, end, gaz, glossed)


def _names_after_titles(
    text: str,
    pos: int,
    end: int,
    gaz: Gazetteer,
    glossed: Callable[[], tuple[int, ...]],
    title_starts: list[int] | None = None,
) -> Iterator[Mention]:
    """The names after the titles from ``pos`` on, a position the title index gave: the
    search that found it is not done again (it would give ``pos`` itself). ``title_starts``
    (:func:`_title_starts`), when known, gives the next title, not the index."""
    given = True
    while pos < end:
        if not given:
            pos = (
                gaz.title_index.next(text, pos, end)
                if title_starts is None
                else _next_start(title_starts, pos)
            )
            if pos == -1:
                break
        given = False
        title = title_at(gaz, text, pos)
        if not title:
            pos += 1
            continue
        name_start = pos + len(title)
        minister = title.endswith("部长") and text.startswith("官", name_start)
        if not minister and _title_overlapped(text, pos, title, gaz):
            pos += 1
            continue
        if minister:  # 产业通商资源部|长官|成允模 (a Korean minister): the post is 长官, not
            title, name_start = "长官", name_start + 1  # 部长 with a name opening in 官
        pos = name_start
        if name_start >= end:
            continue
        if not minister and _title_across_words(text, pos - len(title), name_start):
            continue
        if is_word(title + text[name_start]) or (
            len(title) > 2 and is_word(title[-2:] + text[name_start])
        ):
            continue  # 轮值主席|国, 大使|馆, 驻联合国代表|团: the title opens another word
        name_start += _bracketed_title_closes(text, name_start - len(title), name_start)
        name_start += _honorific_length(text, name_start, end)
        if title in words("no_name"):
            posts = gaz.titles[title].kind in _STATE_POSTS | {"legislator", "party"}
            length = _name_after_plain_title(text, name_start, end) if posts else 0
            if not length:  # 科索沃领导人|库尔蒂: a transliterated name is a name after any title
                length = _transliterated_after_plain_title(text, name_start, end)
        else:
            # a name glossed in Latin letters ends at its gloss, longer or shorter than the name
            # read alone (首相安华(Anwar Ibrahim)|出面, 代理大使谢伊(Dorothy Shea)|则)
            length = _glossed_name_length(text, name_start, end, gaz, glossed()) or _name_length(
                text, name_start, end, gaz, _japanese_context(text, pos, gaz)
            )
        if length:
            length += _hyphenated_part(text, name_start + length, end, gaz)
        surface = text[name_start : name_start + length]
        if length and not _names_nobody(surface):
            yield _unknown_person(surface, name_start)


def _title_overlapped(text: str, pos: int, title: str, gaz: Gazetteer) -> bool:
    """沙国|王储|穆罕默德: another title that starts inside this one and ends past it (国王 and
    王储) is the title the name follows; the one read first would cut the name's first letter."""
    return any(
        (later := title_at(gaz, text, pos + k)) and k + len(later) > len(title)
        for k in range(1, len(title))
    )


def _honorific_length(text: str, pos: int, end: int) -> int:
    """首相|拿督斯里|安华: the length of a Malaysian honorific (words.tsv honorific) between a
    title and a name, or 0. Why: the name begins after it, and read as part of the name the
    honorific cuts it short (拿督斯里纳|吉). 敦 counts only where it begins no word (敦促)."""
    if not opens_with(text, pos, "honorific"):
        return 0  # (one test first: most names open with none)
    for honorific in words("honorific"):  # longest first
        stop = pos + len(honorific)
        if not text.startswith(honorific, pos) or stop + 2 > end or not is_cjk(text[stop]):
            continue
        if len(honorific) == 1 and is_word(text[pos : pos + 2]):
            return 0
        return len(honorific)
    return 0


def _honorific_ending_at(text: str, end: int) -> int:
    """The length of a Malaysian honorific (words.tsv honorific) that ends at ``end``, or 0."""
    if not closes_with(text, end, "honorific"):
        return 0  # (one test first: most titles end in none)
    return next((len(h) for h in words("honorific") if text.endswith(h, 0, end)), 0)


_NAME_HYPHEN: Final = "-－‐‑"
_GLOSSED_NAME_MAX: Final = 7


def _glossed_name_length(text: str, pos: int, end: int, gaz: Gazetteer, glossed) -> int:
    """The length of a name from ``pos`` to the first dropped Latin gloss two to seven
    characters on, when nothing in it ends a name (a particle, a verb, a title); else 0."""
    at = bisect.bisect_left(glossed, pos + 2)
    if at == len(glossed) or glossed[at] > min(end, pos + _GLOSSED_NAME_MAX):
        return 0
    length = glossed[at] - pos
    return length if _name_run(text, pos, glossed[at], gaz, _GLOSSED_NAME_MAX) == length else 0


def _hyphenated_part(text: str, pos: int, end: int, gaz: Gazetteer) -> int:
    """科西尼亚克|-卡梅什: a double surname joined by a hyphen goes on past it; the length of
    the hyphen and the part after it, or 0."""
    if pos + 1 >= end or text[pos] not in _NAME_HYPHEN or not "\u4e00" <= text[pos + 1] <= "\u9fff":
        return 0
    length = _name_length(text, pos + 1, end, gaz, False)
    return 1 + length if length else 0


_PLAIN_TITLE_FOREIGN = 3  # 领导人|库尔蒂: fewer transliteration letters may be a word (人士|多次)


def _transliterated_after_plain_title(text: str, pos: int, end: int) -> int:
    """科索沃领导人|库尔蒂, 反对派人士|纳瓦尔尼: after a title mostly followed by no name, three
    to six letters that only spell transliterated names, ending where those letters end, are a
    name (no word runs on so many of them); fewer are left alone (领导人|普遍…, 人士|拉动…)."""
    run = _foreign_run(text, pos, end)
    if not _PLAIN_TITLE_FOREIGN <= run <= 6:
        return 0
    if text[pos + run : pos + run + 1] in "·•・-":
        return 0  # (a dotted name is found as one by _dotted_names)
    return 0 if _names_nobody(text[pos : pos + run]) else run


def _name_after_plain_title(text: str, pos: int, end: int) -> int:
    """中国代表|孙磊, 劳动党高层官员|朴正天: after a title that is mostly followed by no name
    (官员表示, 代表团), a name is a family name that jieba tags as a person."""
    if not opens_with(text, pos, "surname"):
        return 0
    length = _head_name_in(text[pos : min(end, pos + 8)])
    return 0 if not length or _names_nobody(text[pos : pos + length]) else length


def _title_across_words(text: str, start: int, end: int) -> bool:
    """东部|长期, 当局|长期: letters that read as a title (部长, 局长) but are cut as the end of
    one word and the start of the next name no post, and what follows is no name (韩国|外长,
    班主任|王 stay titles)."""
    if start < 1 or not is_word(text[start - 1 : start + 1]):
        return False
    spans, at = [], max(0, start - 4)
    for token in _cut(text[at : end + 3]):
        spans.append((at, at + len(token)))
        at += len(token)
    first = next((s for s in spans if s[0] <= start < s[1]), None)
    last = next((s for s in spans if s[0] <= end - 1 < s[1]), None)
    return first != last and first[0] < start and last[1] > end  # type: ignore[index]


_NOT_NAME_ENDS: Final = _NAME_STOP_CHARS | set("有仍间人书")  # 王红|有, 一段时间, 申请人
_CLAUSE_OPENER: Final = re.compile(r"[，,；;：:。！？“\n]")


def _untitled_names(
    text: str, start: int, end: int, gaz: Gazetteer, named: dict[str, Actor]
) -> Iterable[Mention]:
    """孟晚舟起诉…, 孟晚舟说…: a Chinese or Korean name with no title where a clause opens.

    Two or three characters that begin with a family name of ``words.tsv`` and that jieba tags
    as a person are a name; not a word that ends like none (王红|有, 一段时间, 申请人) nor a
    summit (金特会). Only clause openings are looked at: a name inside a clause is too easily
    part of a word (上任后, 石恒岛监狱). A name the article has named before (``named``, its
    short names) is left to them: found again as it was first found (郝南|试过 stays 郝南),
    and jieba is not asked again at each of its many mentions.
    """
    opens, first_chars, _ = _surname_opens()
    if text[start : start + 1] not in first_chars and opens.search(text, start, end) is None:
        return ()  # (tested before a generator is made: most sentences open no clause so)
    return _untitled_in(text, start, end, gaz, named)


def _untitled_in(
    text: str, start: int, end: int, gaz: Gazetteer, named: dict[str, Actor]
) -> Iterator[Mention]:
    opens, first_chars, surnames = _surname_opens()
    heads = [start] if text[start : start + 1] in first_chars else []
    heads.extend(match.start() + 1 for match in opens.finditer(text, start, end))
    for pos in heads:
        second = text[pos + 1 : pos + 2]
        if not second or pos + 1 >= end or not is_cjk(second) or second in _NOT_NAME_ENDS:
            continue  # 王|在, 金|,: no name of two characters
        if not opens_with(text, pos, "surname") or text[pos : pos + 2] in named:
            continue
        if text[pos : pos + 3] in named or match_at(gaz, text, pos):
            continue
        if text.startswith(_summit_words(), pos):
            continue  # 金特会: a summit nickname, which jieba may cut as 金特|会
        length = _head_name_in(text[pos : min(end, pos + 8)])
        surface = text[pos : pos + length]
        if length and surface not in surnames and not _not_a_name(surface):
            yield _unknown_person(surface, pos)


#: :func:`_surname_opens` once made (see lexicon.made_once).
_SURNAME_OPENS_MADE: Final[list[tuple[re.Pattern[str], frozenset[str], tuple[str, ...]]]] = []


def _surname_opens() -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...]]:
    """A clause opening before the first letter of a family name (，|王…), those letters, and
    the family names."""
    return (
        _SURNAME_OPENS_MADE[0]
        if _SURNAME_OPENS_MADE
        else made_once(_SURNAME_OPENS_MADE, _read_surname_opens())
    )


def _read_surname_opens() -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...]]:
    surnames = words("surname")
    first_chars = frozenset(name[0] for name in surnames)
    chars = "".join(sorted(re.escape(ch) for ch in first_chars))
    return compile_pattern(f"{_CLAUSE_OPENER.pattern}[{chars}]"), first_chars, surnames


@lru_cache(maxsize=8192)
def _head_name_in(window: str) -> int:
    """The length of the name at the start of ``window``: jieba tags it as a person."""
    length = _tagged_name_length(window, 0, len(window))
    if not length or length > 3 or window[length - 1] in _NOT_NAME_ENDS:
        return 0
    return length


#: :func:`_summit_words` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_SUMMIT_WORDS_MADE: Final[list[tuple[str, ...]]] = []


def _summit_words() -> tuple[str, ...]:
    """:func:`_make_summit_words`, made once."""
    return (
        _SUMMIT_WORDS_MADE[0]
        if _SUMMIT_WORDS_MADE
        else made_once(_SUMMIT_WORDS_MADE, _make_summit_words())
    )


def _make_summit_words() -> tuple[str, ...]:
    from .lexicon import summits

    return tuple(summits())


def _not_a_name(surface: str) -> bool:
    from .lexicon import summits, trigger_pattern

    return surface in summits() or _names_nobody(surface) or bool(trigger_pattern().search(surface))


def _names_nobody(surface: str) -> bool:
    """A word of ``words.tsv`` (not_a_name) that looks like a name (田野, 谢谢, 因涉嫌), or a
    stretch that begins with a letter no name begins with (部长|们搞, 代表|处确认)."""
    listed = words("not_a_name")
    return surface in listed or surface[:1] in listed


_WEEKDAY: Final = re.compile(r"周[一二三四五六日末]|星期|[〇零一二三四五六七八九十两\d]{1,3}[日号]")


def _japanese_context(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether the title before ``pos`` belongs to Japan (日本内阁官房长官|仙谷由人): Japanese
    names run to four or five characters where Chinese and Korean ones stop at three."""
    start = _stretch_start(text, pos, 16)
    items = 0  # 日本驻乌克兰大使中込正志、前任驻乌克兰大使|松田邦纪: an item of a list whose own
    while items < 2 and start > 0 and text[start - 1] == "、":  # words name no country is the
        items += 1  # country of the items before it
        start = _stretch_start(text, start - 1, 24)
    if _japan_names_pattern(gaz).search(text, start, pos) is None:
        return False  # (most clauses: the nearest country, if any, cannot be Japan)
    for at in range(pos - 1, start - 1, -1):
        hit = match_at(gaz, text, at)
        if hit and hit[1].type == "Country" and at + len(hit[0]) <= pos:
            if text[at - 1 : at] == "驻":
                continue  # 日本驻华|大使: where the envoy serves, not whose envoy
            return hit[1].key == "JPN"
        if hit and _japanese_party(hit[1], gaz) and at + len(hit[0]) <= pos:
            return True  # 公明党党首|山口那津男: a Japanese party's leader
    return False


def _stretch_start(text: str, pos: int, reach: int) -> int:
    """Where the stretch ending at ``pos`` begins: after the punctuation before it, at most
    ``reach`` letters back."""
    start = pos
    while start > max(0, pos - reach) and text[start - 1] not in _PUNCT:
        start -= 1
    return start


def _japanese_party(actor: Actor, gaz: Gazetteer) -> bool:
    """公明党, 自民党: a party of Japan, whose leader's name runs as a Japanese name does."""
    return actor.country == "JPN" and gaz.org_kind.get(actor.key) == "party"


def _japan_names_pattern(gaz: Gazetteer) -> re.Pattern[str]:
    """:func:`_names_of_japan` as one regex: one search of the clause, where a test for each
    of the two dozen names (日本, 日方, 东京, 自民党…) read it two dozen times."""
    cached = getattr(gaz, "_japan_names_re", None)
    if cached is None:
        from .lexicon import words_pattern

        cached = words_pattern(_names_of_japan(gaz))
        gaz._japan_names_re = cached  # type: ignore[attr-defined]
    return cached


def _names_of_japan(gaz: Gazetteer) -> tuple[str, ...]:
    """The surfaces that name Japan (日本, 日方, 东京…): a clause holding none of them has no
    Japanese title, and :func:`_japanese_context` need not look up every position of it
    (nine lookups a title, for one title in thirty that is Japan's)."""
    cached = getattr(gaz, "_japan_names", None)
    if cached is None:
        cached = tuple(
            s
            for s, (actor, _) in gaz.surfaces.items()
            if actor.key == "JPN" or _japanese_party(actor, gaz)
        )
        gaz._japan_names = cached  # type: ignore[attr-defined]
    return cached


_FRAME_CLOSERS: Final = frozenset("后时前")


def _clause_ends(text: str, pos: int) -> bool:
    return pos >= len(text) or text[pos] in "，,。；;：:、"


def _opens_with_verb(text: str, pos: int, end: int) -> bool:
    """日本驻华大使|轮换事宜, 大使|离任回国: a verb of two letters or more that jieba reads where a
    Japanese name would begin is what happens to the post, no name (木寺昌人, 岸田文雄 are
    tagged as names or nouns; in 实生|泰介 jieba tags the rest as a name)."""
    tokens = _tag(text[pos : min(end, pos + 5)])
    if not tokens or len(tokens[0][0]) < 2 or not tokens[0][1].startswith("v"):
        return False
    return not any(tag.startswith("nr") for _, tag in tokens[1:])  # 实生|泰介: a name after it


def _foreign_run(text: str, pos: int, end: int) -> int:
    """How many characters from ``pos`` are characters of transliterated names: at most 6,
    or 7 when the name visibly ends there (德国防长皮斯托里乌斯|、, …|表示)."""
    chars = words("transliteration")
    allowed = chars[0] if chars else ""
    run = 0
    while pos + run < min(end, pos + _LONG_NAME + 1) and text[pos + run] in allowed:
        if run >= 2 and opens_with(text, pos + run, "name_stop"):
            break  # 前参议员托伦蒂诺|多次…: a word that ends names is no syllable of one
        run += 1
    if run <= 6:
        return run  # 发言人阿布杜拉希扬|谴责: Arabic and Persian names run to six characters
    return run if run <= _LONG_NAME and _name_ends_at(text, pos + run, end) else 0


_LONG_NAME: Final = 7


def _name_ends_at(text: str, pos: int, end: int) -> bool:
    """Nothing more of a name can follow: the sentence ends, punctuation, a particle or a
    statement verb (…|说, …|、)."""
    return (
        pos >= end
        or not is_cjk(text[pos])
        or text[pos] in _NAME_STOP_CHARS
        or opens_with(text, pos, "speech")
    )


def _six_syllable_name(text: str, pos: int, end: int) -> bool:
    """Six transliteration syllables (艾哈迈达巴迪) that end where the syllables end and that
    jieba reads as parts of names only (艾哈迈|达巴|迪): one name; a longer run of syllables
    may run into the next word, so _foreign_run stops at five."""
    chars = words("transliteration")
    allowed = chars[0] if chars else ""
    stretch = text[pos : pos + 6]
    if pos + 6 > end or any(c not in allowed for c in stretch):
        return False
    if pos + 6 < end and text[pos + 6] in allowed:
        return False
    return all(tag.startswith("nr") for _, tag in _tag(stretch))


def _with_loose_syllables(text: str, pos: int, end: int, length: int, foreign: int) -> int:
    """米卡|提|通电话: a transliterated name goes on over syllables jieba leaves alone (one
    character each), but not into a word (古特雷斯|提出)."""
    while length < min(foreign, 5):
        if opens_with(text, pos + length, "name_stop"):
            break  # 大使达诺|则抨击: a word that ends names is no syllable of one
        tokens = _cut(text[pos + length : min(end, pos + length + 4)])
        if tokens and len(tokens[0]) == 2 and tokens[0][1] in _SAID:
            return length + 1  # 卡罗|内称: the last syllable jieba joins to the speech verb
        if not tokens or len(tokens[0]) != 1:
            break
        length += 1
    return length


_SAID: Final = frozenset("称说")


def _name_run(text: str, pos: int, end: int, gaz: Gazetteer, longest: int = 6) -> int:
    """How many characters from ``pos`` can belong to a name (at most ``longest``): up to a
    date, punctuation, a particle, a verb of speech or action (a light verb too), a title or a
    known name."""
    stops = speech_verbs()
    run = 0
    while pos + run < end and run < longest:
        at = pos + run
        ch = text[at]
        if not is_cjk(ch) or (run and ch in _NAME_STOP_CHARS):
            break
        if run >= 2 and (
            text.startswith(stops, at)
            or opens_with(text, at, "name_stop")
            or opens_with(text, at, "light_verb")  # 众议员石平|实施
            or trigger_pattern().match(text, at)
            or match_at(gaz, text, at)
            or title_at(gaz, text, at)
            or _WEEKDAY.match(text, at)
        ):
            break
        run += 1
    return run


def _name_length(text: str, pos: int, end: int, gaz: Gazetteer, japanese: bool = False) -> int:
    """Length of the name that starts right after a title, or 0 if none does.

    jieba's person tags decide when they cover the position (丹羽|宇一郎); otherwise a name is
    two or three characters that stop before a verb, a date or a particle. After a Japanese
    title a name runs to the next verb, date or particle, up to five characters (仙谷由人).
    """
    if opens_with(text, pos, "light_verb"):
        return 0  # 日本首相|进行了深入交谈: a light verb after the title opens the predicate
    if text.startswith(_NO_NAME_OPENER, pos):
        return 0  # 锡克教领袖|之死, 总统之职: the particle 之 ties the title to a noun, no name
    if (
        japanese
        and not _NAME_STOP_CHARS.intersection(text[pos : pos + 1])
        and not opens_with(text, pos, "name_stop")  # 首相|官邸
        and not opens_with(text, pos + 1, "name_stop")  # 外相后|表示
        and not _opens_with_verb(text, pos, end)  # 驻华大使|轮换事宜
    ):
        run = _name_run(text, pos, end, gaz)
        if run >= 4 and text[pos + run - 1] in _FRAME_CLOSERS and _clause_ends(text, pos + run):
            run -= 1  # 召回…大使长岭安政|后,: the frame's 后 closes the clause, not the name
        if 3 <= run <= 5:
            return run
    foreign = _foreign_run(text, pos, end)
    if foreign >= 4:
        return foreign  # 外长穆达瓦迪: a transliterated name runs past three characters
    if not foreign and _six_syllable_name(text, pos, end):
        return 6  # 司长艾哈迈达巴迪当天: six syllables jieba reads as parts of one name
    tagged = _tagged_name_length(text, pos, end)
    if tagged and opens_with(text, pos, "name_stop"):
        return 0  # 巴西总统|扬言反制: jieba tags a verb as a name; a name_stop opens none
    if tagged == 0 and foreign == 3 and _syllable_before_name(text, pos, end):
        return 3  # 国家安全顾问多瓦尔: jieba reads 多 as a numeral before the name 瓦尔
    if tagged == 2 and _given_name_ends_in_yi(text, pos, end, gaz):
        return 3  # 代表刘结一在会上表示: jieba reads 一 as a numeral (刘结|一)
    if tagged in {3, 4} and _said_after_given_name(text, pos, end, tagged):
        return tagged - 1  # 发言人甘羽称,…: jieba joins the speech verb to the name (qh-05)
    if tagged == 3 and _predicate_after_given_name(text, pos, end):
        return 2  # 首相安华|通电话, 发言人甘羽|于11时许: jieba joins the predicate's first letter
    if tagged:
        return _with_loose_syllables(text, pos, end, tagged, foreign)
    if tagged is not None:
        return tagged
    chars = text[pos : min(end, pos + 3)]
    if _syllable_word_name(text, pos, end, gaz):
        return 2
    if foreign == 3 and _transliteration_ends(text, pos + 3, end):
        return 3  # 总统洛伦索|表示: three syllables, though jieba knows 洛伦 as a word
    if opens_with(text, pos, "name_stop") or is_word(chars[:2]):
        return 0
    if len(chars) < 2 or not all(is_cjk(c) for c in chars[:2]) or chars[0] in _NAME_STOP_CHARS:
        return 0
    if match_at(gaz, text, pos) or title_at(gaz, text, pos):
        return 0
    if chars[1] in _NAME_STOP_CHARS or opens_with(text, pos + 1, "name_stop"):
        return 0  # 国务卿时|强调, 外相后|表示: one letter before a statement is no name
    if (
        len(chars) < 3
        or not is_cjk(chars[2])
        or _WEEKDAY.match(text, pos + 2)
        or opens_with(text, pos + 2, "name_stop")  # 安华|通电话: three letters too
    ):
        return 2
    if chars[2] in _NAME_STOP_CHARS or _opens_function_word(text, pos + 2, end):
        return 2
    return 3


def _opens_function_word(text: str, at: int, end: int) -> bool:
    """首相安华|一致同意, 安华|针对中东局势: the third letter after a title, when jieba tags no
    name there, opens a word with the letters after it that is a preposition, a conjunction or
    an adverb (针对, 一再), or a word of 一 (一致同意, 一行): the name is the two letters before
    (vd-08, ve-…); not a word of another kind (两江总督刘坤一|上奏: 一上 a place)."""
    tokens = _tag(text[at : min(end, at + 4)])
    if not tokens or not is_word(tokens[0][0]):
        return False  # (蔡建华|对媒体: jieba's 华对 is no word of its dictionary)
    tag = tokens[0][1][:1]
    return tag in _FUNCTION_WORD_TAGS or (text[at] == "一" and tag in _YI_WORD_TAGS)


_FUNCTION_WORD_TAGS: Final = frozenset("pcd")  # prepositions, conjunctions, adverbs
_YI_WORD_TAGS: Final = frozenset("dilm")  # adverbs, idioms, fixed phrases, numerals and measures


def _transliteration_ends(text: str, pos: int, end: int) -> bool:
    """A transliterated name visibly ends at ``pos``: punctuation, a particle or a statement
    verb (_name_ends_at), or a word that ends names (words.tsv name_stop: 通电话)."""
    return _name_ends_at(text, pos, end) or opens_with(text, pos, "name_stop")


def _syllable_before_name(text: str, pos: int, end: int) -> bool:
    """多|瓦尔: one syllable of a transliterated name that jieba cuts off (as a numeral, an
    adverb…) before the rest, which it tags as a transliterated name (nrt)."""
    tokens = _tag(text[pos : min(end, pos + 6)])
    return len(tokens) > 1 and len(tokens[0][0]) == 1 and tokens[1][1] == "nrt"


def _said_after_given_name(text: str, pos: int, end: int, tagged: int = 3) -> bool:
    """发言人甘羽称,…, 室长金圣翰称,…: the last letter of a tagged name is 称 or 说 with a
    comma or colon right after it, so it opens the statement rather than ends the name."""
    after = pos + tagged
    return text[after - 1 : after] in {"称", "说"} and (after >= end or text[after] in ",，:：")


def _predicate_after_given_name(text: str, pos: int, end: int) -> bool:
    """安华|通电话, 甘羽|于11时许: the third letter of a tagged name opens a word that ends
    names (words.tsv name_stop: 通电话) or is a particle before a date or hour (于11时), so the
    name is the two letters before it."""
    third = pos + 2
    if opens_with(text, third, "name_stop"):
        return True  # (大使达诺|则抨击: a particle that opens such a word)
    if text[third : third + 1] in _NAME_STOP_CHARS:
        return text[third + 1 : third + 2].isdigit()
    return False


def _given_name_ends_in_yi(text: str, pos: int, end: int, gaz: Gazetteer) -> bool:
    """大使刘结|一谴责, 刘结一|在: jieba reads the 一 that ends a Chinese given name as a numeral
    (or joins it to 说), so a two-letter name is three letters long when 一 follows and either
    jieba's tags say so (after a family name, unless the two letters are a name the gazetteer
    knows: 安倍|一上任, as soon as) or the predicate opens right after 一 (not 王毅一行,
    王毅一再)."""
    at = pos + 2
    if at >= end or text[at] != "一":
        return False
    if at + 1 < end and (text[at + 1] in "在于,，、。:：" or opens_with(text, at + 1, "name_stop")):
        return True
    if not opens_with(text, pos, "surname"):
        return False
    tokens = _tag(text[pos : min(end, pos + 6)])
    if len(tokens) < 2 or tokens[1][0] not in {"一", "一说"} or tokens[1][1] not in {"m", "v"}:
        return False
    return match_at(gaz, text, pos) is None


_NAME_DOTS: Final = frozenset("·•‧・.．")


def _syllable_word_name(text: str, pos: int, end: int, gaz: Gazetteer) -> bool:
    """总统祖马在…: two transliteration syllables that jieba keeps as one noun are a name after
    a title when the name ends there (punctuation or a character that ends a name follows)."""
    chars = text[pos : min(end, pos + 2)]
    allowed = words("transliteration")
    if len(chars) < 2 or not allowed or any(c not in allowed[0] for c in chars):
        return False
    after = text[pos + 2 : pos + 3]
    if after in _NAME_DOTS or (after and is_cjk(after) and after not in _NAME_STOP_CHARS):
        return False  # 执行官基尔·德米特里耶夫: the first part of a longer name
    if match_at(gaz, text, pos) or title_at(gaz, text, pos):
        return False
    tokens = _tag(text[pos : min(end, pos + 4)])
    if not tokens or tokens[0][0] != chars:
        return False
    # (总统比亚、: jieba reads the name as a place, ns, that no gazetteer knows)
    if tokens[0][1] == "v":  # 外相拉布、: as a verb, when a list or the clause goes on at once
        return not after or not is_cjk(after) or after in _NAME_LIST_LINKS
    return tokens[0][1] in {"n", "nr", "nz", "ns"}


_NAME_LIST_LINKS: Final = frozenset("和与及")


# -- roles -------------------------------------------------------------------------------------


def _find_roles(
    text: str, gaz: Gazetteer, found: SentenceActors, memory: ArticleMemory | None = None
) -> None:
    for person in [m for m in found.mentions if m.actor.type == "Person"]:
        taken = _post_taken(text, person, found.mentions, gaz)
        if taken is not None:  # (the post's organisation only describes the person)
            taken_org, taken_title = taken
            found.roles.append(
                (person, _role_org(taken_org, taken_title, gaz, text), taken_title.title)
            )
            found.attributive.append((taken_org.start, taken_org.end + len(taken_title.title)))
        titled_at = _gloss_closed_before(text, person.start)
        chain = _title_chain(text, titled_at, gaz)
        if not chain:
            after = title_at(gaz, text, person.end)  # 拉马福萨总统, 习近平主席
            title_after = gaz.titles.get(after or "")
            if title_after is not None and _names_next(found, person.end + len(title_after.title)):
                continue  # 普京|助理|乌沙科夫: the post is the aide's, named after it
            if title_after is not None and title_after.title in words("patron_post"):
                continue  # 他当毛主席|秘书: a post in the named person's service, not theirs
            if title_after is not None and person.actor.known:
                implied = _implied_org(person, title_after, gaz, memory, person.end)
                if implied is not None:
                    found.roles.append((person, implied, title_after.title))
            continue
        chain_start = _chain_start(text, titled_at, gaz)
        org = _org_before(text, chain_start, person, found.mentions)
        if org is not None and _envoy_to_region(text, org, chain):
            org = _sender_before(text, org, found.mentions, gaz)  # 特朗普的|拉丁美洲特使
            if org is None:
                continue
        if org is None:
            if not any(title.title.endswith(words("spokesman")) for title in chain):
                _titles_hold_no_actor(text, chain_start, titled_at, found)
            listed = _country_of_list_before(text, chain_start, found)
            if listed is not None:  # 古巴国家主席A、革命武装力量部长B: the list's country
                for title in chain:
                    found.roles.append((person, listed, title.title))
                continue
            for title in chain:
                implied = _summoning_org(text, person, title, gaz, chain_start)
                implied = implied or _delegation_org(text, title, gaz, memory, chain_start)
                implied = implied or _organ_of_press_clause(text, chain_start, found, title)
                implied = implied or _implied_org(person, title, gaz, memory, chain_start)
                implied = implied or _country_of_clause_before(text, chain_start, found, title)
                if implied is not None:
                    found.roles.append((person, implied, title.title))
            continue
        org = _employing_unit(text, org, chain_start)
        opened = titled_at < person.start and text[org.start - 1 : org.start] in {"(", "（"}
        described = _describer_before(text, org, found.mentions)  # 东盟|轮值主席国|柬埔寨…
        found.attributive.append((described - opened, person.start))  # （俄罗斯总统）普京
        for title in chain:
            _add_post(found, person, org, title, gaz, text)
        _earlier_posts(text, gaz, found, person, org)


_TAKES_POST: Final = compile_pattern(
    r"(?:在|于)?(?:再次|再度|正式|宣誓|首次)?(?:当选|就任|担任|出任|连任)"
    r"(?:了)?(?:第[0-9一二三四五六七八九十]+(?:任|届))?(?:新一届|新一任)?"
)


def _post_taken(
    text: str, person: Mention, mentions: list[Mention], gaz: Gazetteer
) -> tuple[Mention, Title] | None:
    """习近平再次当选|中共中央|总书记 (yc-10), 苏林当选|越共中央|总书记 (qe-11), 马杜罗宣誓就任
    新一届|委内瑞拉|总统: a person who is elected to, sworn into or holds a post (当选, 就任,
    担任…) of an organisation or country named right after the verb holds that post. The
    first golds give these posts; kg read only a title written before or after the name."""
    taken = _TAKES_POST.match(text, person.end)
    if taken is None or taken.end() == person.end:
        return None
    org = next((m for m in mentions if m.start == taken.end()), None)
    if org is None or org.actor.type not in {"Country", "Organization"}:
        return None
    title = gaz.titles.get(title_at(gaz, text, org.end) or "")
    return (org, title) if title is not None else None


def _employing_unit(text: str, org: Mention, chain_start: int) -> Mention:
    """俄|地区政治研究所|所长, 中国|国家能源局|局长: a body the gazetteer does not know, named
    between a country and the title and ending in a unit or firm noun (words.tsv unit,
    firm_noun), employs the person; the post is not in the country itself. The body is an
    actor of its own, named from the country on, that belongs to the country."""
    gap = text[org.end : chain_start]
    if org.actor.type != "Country" or len(gap) < 2 or not all(is_cjk(c) for c in gap):
        return org
    if not gap.endswith(_unit_nouns()) or gap in _unit_nouns():
        return org  # (中国|局长: a bare unit noun is part of no name)
    surface = text[org.start : chain_start]
    actor = Actor(surface, surface, "Organization", country=org.actor.key, known=False)
    return make_mention(actor, surface, org.start, chain_start, "pattern")


@lru_cache(maxsize=1)
def _unit_nouns() -> tuple[str, ...]:
    return tuple(words("unit")) + tuple(words("firm_noun"))


def _describer_before(text: str, org: Mention, mentions: list[Mention]) -> int:
    """Where the words before a post begin: at an actor that a descriptor links to the
    employer (东盟|轮值主席国|柬埔寨首相洪森), which only describes it and is no side of the
    sentence's events, else at the employer."""
    for mention in mentions:
        if mention.end < org.start and text[mention.end : org.start] in words("descriptor"):
            return mention.start
    return org.start


def _titles_hold_no_actor(text: str, start: int, end: int, found: SentenceActors) -> None:
    """与国务院总理|李强会谈: an organ inside a title (国务院 of 国务院总理) that no organ named
    before opens is the post's, not an actor beside the person (as 中国国务院 before the same
    title is, through the role). Only the mentions go: a trigger inside the title is still read
    as the rest of the sentence has it (双方谈判代表…). Not called for a spokesperson's title
    (外交部发言人汪文斌表示,…): the organ speaks through him and stays the actor of what he
    says."""
    if start >= end or any(c in text[start:end] for c in "、,，;；"):
        return
    found.mentions = [
        m for m in found.mentions if m.actor.type == "Person" or not start <= m.start < m.end <= end
    ]


def _names_next(found: SentenceActors, end: int) -> bool:
    """Whether a person's name opens right where a title ends (普京助理|乌沙科夫, 特朗普特使|
    威特科夫): the title is that person's, not the leader's named before it."""
    return any(m.start == end and m.actor.type == "Person" for m in found.mentions)


def _country_of_list_before(text: str, chain_start: int, found: SentenceActors) -> Mention | None:
    """古巴国家主席迪亚斯-卡内尔、革命武装力量部长洛佩斯: a titled person listed after another
    whose post is in a country, with no organisation of its own named (an organ the gazetteer
    lacks may stand between the 、 and the title), holds the post in that country. The list
    may join them with 和/及 (英国首相施纪贤和外相林德伟), and the first name may carry a gloss
    (外交部长魏森（Gerardo Werthein）和经济部长卡布托: nb, nc)."""
    reach = text[max(0, chain_start - _LIST_ORGAN_REACH) : chain_start]
    cut = max(reach.rfind(c) for c in _LIST_LINKS)
    if cut == -1:
        return None
    link = chain_start - len(reach) + cut
    if not all(is_cjk(c) for c in text[link + 1 : chain_start]):
        return None
    if any(c in "和与及的在对" for c in text[link + 1 : chain_start]):
        return None
    if text[link + 1 : link + 2] in _FORMER:
        return None  # 、原副主任杨维中: a former post names no organisation it is held in
    earlier = [(p, org) for p, org, _ in found.roles if _listed_right_before(text, p.end, link)]
    if not earlier or earlier[-1][1].actor.type != "Country":
        return None
    return earlier[-1][1]


_LIST_LINKS: Final = "、和及"
_GLOSS: Final = compile_pattern(r"[（(][^（）()]{1,40}[)）]")


def _listed_right_before(text: str, end: int, link: int) -> bool:
    """Whether a name ending at ``end`` stands right before the list's link, maybe after a
    gloss in brackets (魏森（Gerardo Werthein）|和)."""
    if end == link:
        return True
    gloss = _GLOSS.match(text, end)
    return gloss is not None and gloss.end() == link


_LIST_ORGAN_REACH: Final = 9
_FORMER: Final = frozenset("原前")


def _envoy_to_region(text: str, org: Mention, chain) -> bool:
    """拉丁美洲特使, 中东问题特使: a region before an envoy's title (words.tsv region_envoy) is
    where the envoy is sent, not whom the envoy serves (but 台湾驻美大使 serves 台湾); so is a
    country named by its one-letter short form after 对 (美国对朝特别代表: qj-12's envoy serves
    美国, not 朝鲜). A full name after 对 is the one the phrase is about, whose envoy it is
    (中方|对|美国特使威特科夫访华表示欢迎: 威特科夫 serves 美国, not 中国)."""
    sent_to = org.actor.type == "Region" or (
        text[org.start - 1 : org.start] in _ENVOY_TO and org.end - org.start == 1
    )
    return sent_to and all(title.title.endswith(words("region_envoy")) for title in chain)


_ENVOY_TO: Final = frozenset({"对", "對"})


def _sender_before(text: str, region: Mention, mentions, gaz: Gazetteer) -> Mention | None:
    """特朗普的|拉丁美洲特使, 美国|对朝特别代表: the state whose leader or which itself sends
    the envoy, named before the 的 or 对 right before the region; else None."""
    if text[region.start - 1 : region.start] not in _ENVOY_TO | {"的"}:
        return None
    owner = next((m for m in mentions if m.end == region.start - 1), None)
    if owner is None or owner.actor.type not in {"Person", "Country"}:
        return None
    if owner.actor.type == "Country":
        return owner
    country = gaz.actors.get(owner.actor.country or "")
    if country is None:
        return None
    return make_mention(country, country.label, owner.start, owner.end, owner.via)


_GLOSS_REACH: Final = 16  # characters an editor's bracketed post before a name may hold


def _gloss_closed_before(text: str, start: int) -> int:
    """向（俄罗斯总统）普京施压: an editor's post in brackets right before a name is its title
    apposition; where the titles end (the closing bracket), else ``start`` itself."""
    if text[start - 1 : start] not in {")", "）"}:
        return start
    opening = max(
        text.rfind("(", max(0, start - _GLOSS_REACH), start - 1),
        text.rfind("（", max(0, start - _GLOSS_REACH), start - 1),
    )
    if opening == -1 or any(c in _PUNCT for c in text[opening + 1 : start - 1]):
        return start
    return start - 1


def _earlier_posts(
    text: str, gaz: Gazetteer, found: SentenceActors, person: Mention, org: Mention
) -> None:
    """中共政治局委员、|中国外交部长王毅: posts listed before the one whose organisation or
    country opens the titles are the person's too; their organisation is a description (it
    does not act)."""
    start = org.start
    while text[start - 1 : start] == "、":
        chain = _plain_title_chain(text, start - 1, gaz)
        if not chain:
            return
        chain_start = _chain_start(text, start - 1, gaz)
        earlier = _org_before(text, chain_start, person, found.mentions)
        if earlier is None:
            return
        found.attributive.append((earlier.start, person.start))
        for title in chain:
            _add_post(found, person, earlier, title, gaz, text)
        start = earlier.start


_STATE_POSTS: Final = {"head_of_state", "head_of_government", "minister", "official", "diplomat"}


_CLAUSE_MARKS_BEFORE: Final = marks_before(",，。;；")


def _country_of_clause_before(
    text: str, chain_start: int, found: SentenceActors, title: Title
) -> Mention | None:
    """澳大利亚宣布派兵参战,总理霍华德…: a head of government named right after a clause
    about a country holds the post in it."""
    if title.kind not in {"head_of_state", "head_of_government", "minister"} or title.org_suffix:
        return None
    if text[chain_start - 1 : chain_start] not in {",", "，"}:
        return None
    before = [m for m in found.mentions if m.end <= chain_start]
    clause_start = after_last_mark(_CLAUSE_MARKS_BEFORE, text, chain_start - 1)
    inside = [m for m in before if m.start >= clause_start]
    if inside and inside[0].actor.type == "Country" and can_lead(text, inside[0]):
        return inside[0]
    return None


def _organ_of_press_clause(
    text: str, chain_start: int, found: SentenceActors, title: Title
) -> Mention | None:
    """外交部今天举行例行记者会,|发言人欧江安表示: a spokesman named with no organisation,
    right after a clause whose subject is an organ holding a press conference (words.tsv
    press_event), speaks for that organ (qb-05, qj-08: 外交部 of Taiwan's own press)."""
    if not title.title.endswith(words("spokesman")):
        return None
    if text[chain_start - 1 : chain_start] not in {",", "，"}:
        return None
    clause_start = after_last_mark(_CLAUSE_MARKS_BEFORE, text, chain_start - 1)
    if not any(word in text[clause_start:chain_start] for word in words("press_event")):
        return None
    inside = [m for m in found.mentions if clause_start <= m.start and m.end <= chain_start]
    if inside and inside[0].actor.type == "Organization" and can_lead(text, inside[0]):
        return inside[0]
    return None


def can_lead(text: str, mention: Mention) -> bool:
    """Whether a mention opens its clause as its subject (no preposition before it)."""
    before = text[mention.start - 1 : mention.start] if mention.start else ""
    return before in {"", ",", "，", "。", "\n"} or not is_cjk(before)


def _give_countries(found: SentenceActors) -> None:
    """瑞典外交部发言人尼尔森: a person found by a pattern belongs to the country of the post
    the sentence gives them, so that they are on its side."""
    # (the article memory then knows the name with its country: 尼尔森 alone, later, too)
    updated: dict[int, Mention] = {}
    for person, org, _ in found.roles:
        actor = person.actor
        country = org.actor.key if org.actor.type == "Country" else org.actor.country
        if not actor.known and actor.country is None and country:
            updated[person.start] = replace(person, actor=replace(actor, country=country))
    if not updated:
        return
    found.mentions = [
        updated.get(m.start, m) if m.actor.type == "Person" else m for m in found.mentions
    ]
    found.roles = [(updated.get(p.start, p), o, t) for p, o, t in found.roles]
    found.seats = [(updated.get(p.start, p), o, t) for p, o, t in found.seats]


def _summoning_org(
    text: str, person: Mention, title: Title, gaz: Gazetteer, at: int
) -> Mention | None:
    """外交部副部长宋涛约见日本驻华大使: an official whose title names a bare ministry and who
    summons an envoy 驻X serves X's ministry, whatever country the article dwells on."""
    inst = gaz.institutions.get(title.org_suffix)
    if inst is None or inst.suffix not in title.title:
        return None
    host = _host_of_envoy_summoned(text, person.end, len(text), gaz)
    if host is None:
        return None
    actor = gaz.compose(host, inst)
    return make_mention(actor, actor.label, at, at, "role")


def _delegation_org(
    text: str, title: Title, gaz: Gazetteer, memory: ArticleMemory | None, at: int
) -> Mention | None:
    """代表团成员还包括外交部副部长加卢津: a member a delegation's list names serves the organ
    of the delegation's country that the title names, else that country."""
    if memory is None or memory.delegation is None or not _lists_delegation(text, at, memory):
        return None
    inst = gaz.institutions.get(title.org_suffix)
    country = memory.delegation
    actor = gaz.compose(country, inst) if inst and inst.suffix in title.title else country
    return make_mention(actor, actor.label, at, at, "role")


def _implied_org(
    person: Mention, title: Title, gaz: Gazetteer, memory: ArticleMemory | None, at: int
) -> Mention | None:
    """总统川普, 外交部发言人林剑: a title with no organisation before it names the post in the
    person's own country (for people the gazetteer knows), or in the organ its title implies
    of the country the article is about."""
    body = _international_post(person, title, gaz)
    if body is not None:  # 主席冯德莱恩: the chair of the EU Commission, not a German post
        return make_mention(body, body.label, at, at, "role")
    inst = gaz.institutions.get(title.org_suffix)
    named = inst if inst is not None and inst.suffix in title.title else None
    country = gaz.actors.get(person.actor.country or "") if person.actor.known else None
    if country is None and not person.actor.known:
        country = _country_of_titled_family_name(person, title, gaz)
    actor: Actor | None
    if country is not None and title.kind in _STATE_POSTS:
        if named is not None and not _minister_of_state(title, country):
            return make_mention(gaz.compose(country, named), named.suffix, at, at, "role")
        return make_mention(country, country.label, at, at, "role")
    if named is not None and memory is not None:
        actor = _own_ministry(named, memory, gaz) or memory.organs.get(named.key_suffix)
        focus = memory.focus_country(gaz)
        if actor is None and focus is not None:
            actor = gaz.compose(focus, named)
        state = gaz.actors.get(actor.country or "") if actor is not None else None
        if state is not None and _minister_of_state(title, state):
            # 国防部长董军: China's minister
            return make_mention(state, state.label, at, at, "role")
        if actor is not None:  # 外交部发言人林剑: the ministry is named as the title names it
            return make_mention(actor, named.suffix, at, at, "role")
    return None


def _country_of_titled_family_name(person: Mention, title: Title, gaz: Gazetteer) -> Actor | None:
    """国防部长|奥斯汀: a family name after the very post a listed person holds (people.tsv:
    劳埃德·奥斯汀, 国防部长) is most likely that person: the post is in that person's country,
    not in the country the article is about (qa-12, qd-07 gave 奥斯汀 俄罗斯 and 乌克兰). The
    person stays as named (a family name alone may name others: people.tsv leaves it out)."""
    key = gaz.titled_family_names.get((person.text, title.title))
    listed = gaz.actors.get(key) if key else None
    return gaz.actors.get(listed.country or "") if listed is not None else None


def _minister_of_state(title: Title, state: Actor) -> bool:
    """伊朗外交部长阿拉格齐, 国防部长董军: a minister holds the post in the state itself, not in the
    ministry the title names (a spokesman's or a deputy's post stays in the ministry). The
    golds written before kg ran give the country for 53 of 66 ministers on fifteen sets, and
    accept it for all but one; the older golds accept it for all but two."""
    return title.kind == "minister" and state.type == "Country"


def _international_post(person: Mention, title: Title, gaz: Gazetteer) -> Actor | None:
    """The international body (organizations.tsv kind igo, regional) where the gazetteer says
    the person holds the post the bare title names, or None."""
    if not person.actor.known:
        return None
    org, post = gaz.person_posts.get(person.actor.key, ("", ""))
    if post != title.title or gaz.org_kind.get(org) not in {"igo", "regional"}:
        return None
    return gaz.actors.get(org)


def _title_chain(text: str, end: int, gaz: Gazetteer) -> list[Title]:
    """Titles right before a name; a descriptor ending in 人员/官员 may stand in between when
    it follows a title and 、 (副助理国务卿、…的谈判实务人员凯文·金)."""
    chain = _plain_title_chain(text, end, gaz)
    if chain or not text[max(0, end - 3) : end].endswith(words("person_noun")):
        return chain
    comma = text.rfind("、", max(0, end - 30), end)
    if comma == -1 or any(c in _PUNCT and c != "、" for c in text[comma + 1 : end]):
        return []
    return _plain_title_chain(text, comma, gaz)


def _chain_start(text: str, person_start: int, gaz: Gazetteer) -> int:
    """Where the titles (and any descriptor) before a person begin."""
    chain = _plain_title_chain(text, person_start, gaz)
    end = person_start - (_honorific_ending_at(text, person_start) if chain else 0)
    if not chain:
        end = text.rfind("、", max(0, person_start - 30), person_start)
        chain = _plain_title_chain(text, end, gaz)
    for title in reversed(chain):
        end -= len(title.title)
        if text[end - 1 : end] in {"、", "兼"} and title is not chain[0]:
            end -= 1
    return end


def _plain_title_chain(text: str, end: int, gaz: Gazetteer) -> list[Title]:
    chain: list[Title] = []
    honorific = _honorific_ending_at(text, end)
    if honorific and title_ending_at(gaz, text, end - honorific) is not None:
        end -= honorific  # 首相|拿督斯里|纳吉: the title stands before the honorific
    while True:
        title = title_ending_at(gaz, text, end)
        if title is None:
            break
        chain.insert(0, title)
        end -= len(title.title)
        if text[end - 1 : end] in {"、", "兼"}:
            end -= 1
    return chain


_PORTFOLIO: Final = re.compile(r"^(负责|主管|分管)\w{0,8}(事务|问题)的?$")
# a field named before a title, with no verb: 欧盟|外交与安全政策|高级代表, 欧盟|贸易事务|发言人
_FIELD: Final = re.compile(r"^[^\W\d]{2,4}(?:[与和及][^\W\d]{2,4})?(?:政策|事务|议题)$")


def _portfolio(gap: str) -> bool:
    """What may stand between an organisation and the titles of its official: a portfolio
    (负责美国事务) or a policy field (外交与安全政策)."""
    return bool(_PORTFOLIO.match(gap) or _FIELD.match(gap))


def _org_before(
    text: str, chain_start: int, person: Mention, mentions: list[Mention]
) -> Mention | None:
    """The leftmost organisation or country in an unbroken run before the titles."""
    gaz = load_gazetteer()
    shared = next((m for m in mentions if m.end == chain_start + 1), None)
    if shared is not None and _shares_guo(text, shared, gaz):
        return shared  # 英国|防大臣: the country's 国 opens the title
    best = None
    for mention in reversed([m for m in mentions if m.end <= chain_start]):
        gap = text[mention.end : chain_start]
        portfolio = _PORTFOLIO.match(gap)  # 国务院主管亚太事务的|助理国务卿
        field = _FIELD.match(gap)  # 欧盟|外交与安全政策|高级代表
        if len(gap) > 12 or any(
            c in _PUNCT
            or (c in _COORDINATORS and not field)
            or c in _BA_MARKS
            or c in _TOPIC_MARKS
            or c.isdigit()
            or (c == "的" and not portfolio)
            for c in gap
        ):
            break
        if gap and (has_verb(gap) or _predicate_in(gap)) and not _portfolio(gap):
            break
        if any(word in gap for word in words("basis")):
            break  # 以军|按照|总理内塔尼亚胡…的命令: the order's giver serves no army before it
        if mention.actor.type == "Person" or mention.via == "media":
            break
        if best is not None and gap in words("descriptor"):
            break  # 东盟|轮值主席国|柬埔寨首相: the bloc describes the country, which employs
        if text.startswith(("事务", "问题"), mention.end) and not _title_at(text, mention.end):
            continue  # 负责|美国|事务副相: the portfolio, not the employer (but 外务省|事务次官)
        if best is not None and best.actor.country == mention.actor.key != best.actor.key:
            break  # 中国|国台办|发言人, 美国|白宫|发言人: the country only names its own organ
        host = text[max(0, mention.start - 2) : mention.start]
        if host.endswith("驻"):  # 北韩常驻|联合国|大使: the host, not the employer
            chain_start = mention.start - (2 if host == "常驻" else 1)
            continue
        best = mention
        if mention.start > 0 and text[mention.start - 1] in _COORDINATORS:
            break  # 与俄罗斯接壤的…: the actor a preposition governs begins no description
        chain_start = mention.start
    return best


# 中方将|美国驻华大使X|列为…: what 将, 把 or 被 governs begins a new phrase, no description
_BA_MARKS: Final = frozenset("将把被")
# 中方就|日本首相高市早苗…, 向|日本首相…: what 就 or 向 introduces begins a new phrase too, and so
# does what 为 is for (王毅访问越南|为|国家主席习近平到访做准备: Xi's post is not in Vietnam)
_TOPIC_MARKS: Final = frozenset("就向为")


def _title_at(text: str, pos: int) -> bool:
    return title_at(load_gazetteer(), text, pos) is not None


def _role_org(org: Mention, title: Title, gaz: Gazetteer, text: str = "") -> Mention:
    """A head of state or government holds the post in the country, not in the party or
    ministry named before the titles (朝鲜劳动党总书记、国务委员长 → 朝鲜 for the second); a
    title that names its ministry (外交部发言人) puts the post in that ministry, whose mention
    takes the ministry's name when it follows the country (中国|外交部|副部长 → 中国外交部)."""
    if title.kind in {"head_of_state", "head_of_government"} and org.actor.country:
        country = gaz.actors.get(org.actor.country)
        if country is not None:
            return make_mention(country, org.text, org.start, org.end, org.via)
    inst = gaz.institutions.get(title.org_suffix)
    state = _party_state(org.actor, gaz)
    if _minister_of_state(title, state) or title.title in words("party_seat"):
        # 中共中央政治局委员、外长王毅: the party's country, for the minister and for the seat
        return (
            org
            if state is org.actor
            else make_mention(state, state.label, org.start, org.start, "role")
        )
    if inst and inst.suffix in title.title and state.type == "Country":
        # 中国|外交部发言人: the ministry is named in the title itself; after a party's seat
        # (中共中央政治局委员、外交部发言人) it is the ministry of the party's country
        if state is not org.actor:  # the words that name the ministry are the title's
            return make_mention(gaz.compose(state, inst), inst.suffix, org.start, org.start, "role")
        end = org.end + len(inst.suffix) if text.startswith(inst.suffix, org.end) else org.end
        named = org.text + text[org.end : end]
        return make_mention(gaz.compose(state, inst), named, org.start, end, org.via)
    return org


def _add_post(
    found: SentenceActors, person: Mention, org: Mention, title: Title, gaz: Gazetteer, text: str
) -> None:
    """The person's post under the title: _role_org's organisation or country and, for a seat
    in a party's leading body, that body too (_party_body, a seat written out only)."""
    found.roles.append((person, _role_org(org, title, gaz, text), title.title))
    body = _party_body(org, title, text)
    if body is not None:
        found.seats.append((person, body, title.title))


def _party_body(org: Mention, title: Title, text: str) -> Mention | None:
    """中共中央|政治局委员、外交部长王毅: the seat is a post in the party's body the title names
    (words.tsv party_body), written with the party before it (中共中央政治局, 中共政治局). Ten
    of the eleven outsider golds of session 41 that give such a seat a role give it to the body
    (na, nb, nc, oa, pc, sw, ue), one to the country, which _role_org still gives."""
    if title.title not in words("party_seat") or org.actor.type == "Country":
        return None
    body = next((b for b in words("party_body") if title.title.startswith(b)), "")
    if not body or not text.startswith(body, org.end):
        return None
    return make_mention(org.actor, org.text + body, org.start, org.end + len(body), org.via)


def _party_state(actor: Actor, gaz: Gazetteer) -> Actor:
    """The country of a ruling party named before a state post (中共中央 → 中国), else the actor."""
    if actor.type != "Country" and kind_of(gaz, actor) == "party" and actor.country:
        return gaz.actors.get(actor.country) or actor
    return actor


def _unnamed_officials(text: str, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """中国驻欧盟大使警告…: an official named only by country and title speaks for the country;
    the mention keeps the whole description (and the 欧盟 inside it is no actor of its own)."""
    result: list[Mention] = []
    skip_until = -1
    for i, mention in enumerate(mentions):
        if mention.start < skip_until:
            continue
        end = _official_end(text, mention, mentions[i + 1 :], gaz)
        if end:
            result.append(
                make_mention(
                    mention.actor,
                    text[mention.start : end],
                    mention.start,
                    end,
                    mention.via,
                    mention.group,
                )
            )
            skip_until = end
        else:
            result.append(mention)
    return result


_BODY_HEADS: Final = frozenset({"主席", "秘书长", "总干事", "负责人"})


_REGION_LEADERS: Final = ("领导人", "领袖")


def _official_end(text: str, mention: Mention, later: list[Mention], gaz: Gazetteer) -> int:
    if mention.actor.type == "Region":  # 欧洲领袖, 西方国家领导人: the region's leaders as one
        # (not …的|欧洲领导人: the head of a relative clause, whom a copula names before it)
        leaders = next((w for w in _REGION_LEADERS if text.startswith(w, mention.end)), "")
        if leaders and mention.group is None and text[mention.start - 1 : mention.start] != "的":
            end = mention.end + len(leaders)
            if not any(m.start == end and m.actor.type == "Person" for m in later):
                return end
        return 0
    organ = mention.actor.type == "Organization"  # an organ of a state or a body of its own
    if not (mention.actor.type == "Country" or organ) or mention.group is not None:
        return 0  # 中国驻欧盟大使, 外交部发言人: an official named by country or organ
    pos = mention.end
    if text.startswith("驻", pos) and later and later[0].start == pos + 1:
        pos = later[0].end
    title = title_at(gaz, text, pos)
    if not title or (title in words("no_name") and title not in words("leader")):
        return 0
    end = pos + len(title)
    if organ and mention.actor.country is None and title not in _BODY_HEADS:
        return 0  # 金砖外长会晤, 北约外长: a body's one head speaks for it, not its ministers
    if any(m.start == end and m.actor.type == "Person" for m in later):
        return 0  # a name follows: an apposition, handled as a role
    if end < len(text) and is_cjk(text[end]) and _name_length(text, end, len(text), gaz) >= 2:
        return 0
    return end


_GLUED_PREPOSITIONS: Final = frozenset("在对向于与及")  # 及: 总统温敏及|国务资政…, a list goes on


def _third_name_token(tokens, length: int) -> bool:
    """朱|拉夫|列夫|认为: jieba splits a long transliterated name into a letter and two name
    tokens; the third belongs to it when it is a name token too, the whole stays within five
    letters and a verb or punctuation (not another name) follows it."""
    if len(tokens) < 4 or len(tokens[0][0]) != 1:
        return False
    third, tag = tokens[2]
    return (
        tag.startswith("nr")
        and length + len(third) <= 5
        and tokens[3][1][:1] in {"v", "x", "p", "d"}
    )


def _tagged_name_length(text: str, pos: int, end: int) -> int | None:
    """A name jieba tags as a person (nr…) right at ``pos``: 2–5 characters, or None."""
    tokens = _tag(text[pos : min(end, pos + 8)])
    if not tokens:
        return None
    first, tag = tokens[0]
    if len(first) == 1 and tag[:1] in {"v", "p", "d", "c", "u", "r", "m", "t", "f"}:
        return 0  # 回|呛: a verb, not a surname
    if not tag.startswith("nr"):
        return None
    length = len(first)
    if length >= 3 and first[-1] == "是":
        return length - 1  # 总统裴卓|是「…」, 马杜罗|是逃犯: jieba joins the copula to the name
    if length >= 3 and first[-1] in _GLUED_PREPOSITIONS and len(tokens) > 1:
        return length - 1  # 首相纳吉|在本月杪, 纳吉|对美国: jieba joins the preposition to the name
    if length >= 3 and first[-1] in _GLUED_MODALS and len(tokens) > 1 and tokens[1][1] != "x":
        return length - 1  # 副教授陈伟要|写文章: jieba joins the modal to the name
    if length >= 3 and _glued_partner_word(first, tokens):
        return length - 1  # 总理安华同|印尼总统…, 部长康泰和|杜…: a partner follows the 同/和
    if length >= 3 and opens_with(text, pos + length - 1, "glued_time"):
        return length - 1  # 副部长刘振民下|月访问: jieba joins a time word's first letter
    if len(tokens) > 1:
        nxt, nxt_tag = tokens[1]
        if (
            length == 2
            and len(nxt) == 2
            and nxt_tag in {"nr", "a"}
            and nxt[0] not in _NAME_STOP_CHARS
            and _glued_partner_word(nxt, tokens[1:])
        ):
            length += 1  # 外长赛夫|丁同|泰国外长, 总理范明|正同|老挝总理: the partner's 同 too
        elif nxt_tag.startswith("nr") and length + len(nxt) <= 5:
            length += len(nxt)  # 丹羽|宇一郎
            if len(nxt) >= 2 and _glued_partner_word(nxt, tokens[1:]):
                length -= 1  # 外长蕾|特诺同|中国外长: the partner's 同 is no letter of it
            elif _third_name_token(tokens, length):
                length += len(tokens[2][0])  # 所长朱|拉夫|列夫|认为: a third syllable run
        elif (
            length == 2
            and len(nxt) == 1
            and nxt_tag in {"zg", "ng", "nr", "n"}
            and (nxt not in _NAME_STOP_CHARS)
        ):
            length += 1  # 崔善|姬
        elif (
            length == 2
            and len(nxt) == 1
            and nxt_tag in {"d", "a"}
            and nxt not in _NAME_STOP_CHARS
            and len(tokens) > 2
            and tokens[2][0] in _AFTER_LOOSE_LETTER
        ):
            length += 1  # 总理范明|正|和…, 主任徐家|新|说: the last letter read as an adverb
        elif (
            length == 2
            and len(nxt) == 2
            and nxt_tag in {"p", "d"}
            and nxt[1] in _GLUED_PREPOSITIONS | {"则"}
            and nxt[0] not in _NAME_STOP_CHARS
            and not is_word(nxt)
        ):
            length += 1  # 副主任冯子|健对…, 冯子|健则说: the last letter glued to a particle
        elif (
            length == 2
            and len(nxt) == 2
            and nxt_tag in {"n", "ng", "nr"}
            and nxt[1] in _GLUED_PREPOSITIONS
            and nxt[0] not in _NAME_STOP_CHARS
        ):
            length += 1  # 大使王春|贵在…: jieba glues the name's last letter to the preposition
    if length >= 3 and _date_preposition_at(text, pos + length - 1):
        length -= 1  # 议长梅|措拉于|1月12日: jieba glues the 于 before a date to the name
    return length if 2 <= length <= 5 else None


# what follows the 于 (於) of a date: a figure, a numeral, or a word of time (于今日, 於昨天)
_DATE_OPENERS: Final = frozenset(
    "0123456789０１２３４５６７８９〇一二三四五六七八九十今昨明本上下当次同前"
)


def _date_preposition_at(text: str, at: int) -> bool:
    """梅措拉|于1月12日宣布, 梅措拉|於今天: a 于 with a date after it opens the time of the act,
    no letter of the name before it."""
    return text[at : at + 1] in {"于", "於"} and text[at + 1 : at + 2] in _DATE_OPENERS


_GLUED_PARTNER_WORDS: Final = frozenset("同和跟")
_GLUED_MODALS: Final = frozenset("要仍")
# what may follow a name's last letter jieba cuts off as an adverb (范明|正|和, 徐家|新|说)
_AFTER_LOOSE_LETTER: Final = _GLUED_PARTNER_WORDS | _GLUED_PREPOSITIONS | frozenset("说称")


def _glued_partner_word(first: str, tokens: tuple[tuple[str, str], ...]) -> bool:
    """安华同|印尼总统: jieba joins the 同/和/跟 that opens a partner to the name before it;
    a noun follows (a partner, a title), where a name that ends in the letter (李叔同|的,
    谭嗣同|、) goes on with a particle or punctuation."""
    return first[-1] in _GLUED_PARTNER_WORDS and len(tokens) > 1 and tokens[1][1][:1] == "n"


def _predicate_in(text: str) -> bool:
    """A statement verb or a trigger word: the stretch is a predicate, not a description."""
    return any(v in text for v in speech_verbs()) or bool(trigger_pattern().search(text))


@lru_cache(maxsize=4096)
def has_verb(text: str) -> bool:
    """Whether jieba tags a verb (or a verbal idiom) in ``text``: a description of an actor
    holds none (美国国会众议院议长), a predicate does (官员声称…); so does a verb phrase jieba
    holds as one noun (来华访问, words.tsv verb_as_noun; 改变|现状, which opens with a verb)."""
    verbal = words("verb_as_noun")
    return any(
        (tag[:1] in {"v", "i"} and len(word) > 1)
        or word in verbal
        or (tag == "n" and _verb_phrase_noun(word))
        for word, tag in _tag(text)
    )


@lru_cache(maxsize=1 << 14)
def _tag(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's (word, tag) pairs, cached: one window in five is tagged again (a look back
    reads an earlier sentence again), and a tuple, so no caller can change what is kept."""
    return tuple(segment.tag(text))


_HEAD_KINDS: Final = {"head_of_state", "head_of_government", "party"}
_ORG_HEAD_KINDS: Final = _HEAD_KINDS | {"official", "legislator", "other"}
_LED_TYPES: Final = frozenset({"Country", "Region", "Organization"})  # what 领导人 may follow


def _resolve_leader_titles(
    text: str, gaz: Gazetteer, found: SentenceActors, leaders: dict[str, Mention]
) -> None:
    """朝方领导人 → 金正恩, 议会领导人 → 瓜伊多: a leader named by the country or body alone is
    the person the article named in that post. A short form inside a compound is not alone
    (韩美领导人, 中日韩领导人会议: the leaders of each country; the last is no more the leader
    than the first), so the compound keeps its countries."""
    for person, org, title in found.roles:
        kind = gaz.titles[title].kind if title in gaz.titles else ""
        if org.actor.type == "Organization" and kind in _ORG_HEAD_KINDS:
            leaders.setdefault(org.actor.key, person)
        country = org.actor.key if org.actor.type == "Country" else org.actor.country
        if country and kind in _HEAD_KINDS:
            leaders.setdefault(country, person)
    resolved: list[Mention] = []
    for mention in found.mentions:
        if mention.actor.type in _LED_TYPES and mention.via != "compound":
            leader_end = _leader_title_end(text, mention.end)
            leader = leaders.get(mention.actor.key)
            if leader_end and leader is not None and not _name_follows(text, leader_end, found):
                resolved.append(
                    make_mention(
                        leader.actor,
                        text[mention.start : leader_end],
                        mention.start,
                        leader_end,
                        "role",
                    )
                )
                continue
        resolved.append(mention)
    found.mentions = resolved


_APPOINTED: Final = re.compile(r"(?:为|是|出任|担任|就任)[“\"「]?")


def _learn_posts(text: str, gaz: Gazetteer, found: SentenceActors, posts: dict[str, Mention]):
    """承认瓜伊多为委“临时总统”, 总统马杜罗: the post each person holds in this article."""
    for person, _, title in found.roles:
        posts[title] = person
    for person in [m for m in found.mentions if m.actor.type == "Person" and m.via != "coref"]:
        match = _APPOINTED.match(text, person.end)
        if not match:
            continue
        at = match.end()
        hit = match_at(gaz, text, at)
        if hit and hit[1].type in {"Country", "Region"}:
            at += len(hit[0])
        elif text[at : at + 1] in gaz.shorts:
            at += 1
        at += 1 if text[at : at + 1] in '“"「' else 0
        held = title_at(gaz, text, at)
        if held:
            posts[held] = person


def _learn_unnamed_posts(text: str, gaz: Gazetteer, mentions: list[Mention], posts) -> None:
    """外交部发言人…。发言人说: a post named with its organ but no name is held by the organ."""
    for mention in mentions:
        if mention.actor.type == "Person":
            continue
        # the longest title that ends the mention and is not the whole of it
        title = title_ending_at(gaz, text, mention.end, mention.start + 1)
        if title is not None:
            posts[title.title] = mention


def _post_holders(
    text: str,
    start: int,
    end: int,
    gaz: Gazetteer,
    found: SentenceActors,
    posts,
    title_starts: list[int] | None = None,
) -> None:
    """自封的“临时总统”, 总统还表示: a post named alone is the person who holds it here.
    ``title_starts`` (:func:`_title_starts`), when known, gives the titles, not the index."""
    if not posts:
        return
    taken = [(m.start, m.end) for m in found.mentions] + list(found.attributive)
    pos = start
    while pos < end:
        pos = (
            gaz.title_index.next(text, pos, end)
            if title_starts is None
            else _next_start(title_starts, pos)
        )
        if pos == -1:
            break
        title = title_at(gaz, text, pos)
        if title and pos > start and is_cjk(text[pos - 1]):
            holder = _family_named_holder(text, pos, title, posts)
            stop = pos + len(title)
            if holder is not None and not any(s < pos and pos - 1 < e for s, e in taken):
                found.mentions.append(
                    make_mention(holder.actor, text[pos - 1 : stop], pos - 1, stop, "role")
                )
                pos = stop
                continue
        if not title or title not in posts:
            pos += 1
            continue
        stop = pos + len(title)
        before = text[pos - 1 : pos] if pos > start else ""
        free = not any(s <= pos < e or s < stop <= e for s, e in taken)
        named = _name_length(text, stop, end, gaz) >= 2 or any(
            m.start == stop for m in found.mentions
        )
        allowed = '的是将和与对向被由“"「应同跟'  # 应总统先生邀请, 同总统先生
        # 以色列情报和特勤局(摩萨德)|局长: after a name's gloss the post is that body's own
        glossed = before != "" and before in ")）"  # ("" at a sentence's start is no gloss)
        if free and not named and not glossed and not (is_cjk(before) and before not in allowed):
            person = posts[title]
            found.mentions.append(make_mention(person.actor, title, pos, stop, "role"))
        pos = stop
    found.mentions.sort(key=lambda m: m.start)


def _family_named_holder(text: str, pos: int, title: str, posts) -> Mention | None:
    """卢大使, 王外长: a family name right before a post (words.tsv surname, opening its word)
    names the one person of that family who holds a post of that kind here (卢沙野, 驻法大使)."""
    letter = text[pos - 1]
    if not opens_with(text, pos - 1, "surname"):
        return None
    if pos >= 2 and is_word(text[pos - 2 : pos]):
        return None  # 中华|大使…: the letter ends a word, it opens no name
    holders = {
        person.actor.key: person
        for held, person in posts.items()
        if held.endswith(title)
        and person.actor.type == "Person"
        and person.actor.label.startswith(letter)
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _post_holders_found(
    text: str,
    start: int,
    end: int,
    gaz: Gazetteer,
    posts,
    title_starts: list[int] | None = None,
) -> bool:
    """Whether a sentence that names nobody names a post whose holder the article knows (the
    only actor such a sentence can hold)."""
    if not posts:
        return False
    found = SentenceActors()
    _post_holders(text, start, end, gaz, found, posts, title_starts)
    return bool(found.mentions)


def _leader_title_end(text: str, pos: int) -> int:
    if not opens_with(text, pos, "leader"):
        return 0  # (one test first: most positions open no leader's title)
    for title in words("leader"):
        if text.startswith(title, pos):
            return pos + len(title)
    return 0


def _name_follows(text: str, pos: int, found: SentenceActors) -> bool:
    return any(m.start == pos and m.actor.type == "Person" for m in found.mentions)


def _inside_any(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(s <= mention.start and mention.end <= e for s, e in spans)
