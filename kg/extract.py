"""Article → events and roles: the extraction stages of the pipeline, in order.

read (articles.py) → split (sentences.py) → actors (actors.py) → actions and status
(actions.py) → dates (dates.py) → ``Event`` and ``Role`` records.

Only sentences that hold a trigger word or a title go through the expensive stages; the rest
are skipped after one regex search.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Final

from . import segment
from .actions import (
    ASPECT_PARTICLES,
    SINCE_OPENERS,
    UNDOES,
    Action,
    Discourse,
    agentless_passive,
    anyone_relative,
    can_be_subject,
    find_actions,
    find_triggers,
    holds_condition,
    said_act,
    said_referred,
    same_side,
    speaker_in_sentence,
    state_person,
    without_appositions,
)
from .actors import (
    ArticleMemory,
    SentenceActors,
    dateline_country,
    find_actors,
    gate_words,
    has_verb,
    is_cjk,
    is_word,
    learn_organs,
    make_mention,
    may_find_person,
    organ_pattern,
    organ_words,
    reads_words_found,
    taiwan_outlet,
    taiwan_voice,
)
from .articles import iter_articles
from .dates import DateMention, DateTracker, event_date
from .event_filter import score_events
from .gazetteer import MISSION_KINDS, Gazetteer, kind_of, load_gazetteer, title_ending_at
from .lexicon import (
    LiteralGate,
    closes_with,
    confidence_weights,
    first_character_text,
    found_any,
    holds_any,
    made_once,
    one_way_wars,
    opens_with,
    predicates,
    pronouns,
    speech_verbs,
    split_parts,
    split_trigger_around,
    summits,
    trigger_branches,
    trigger_for,
    trigger_pattern,
    triggers,
    word_at,
    words,
    words_branches,
    words_pattern,
)
from .model import SYMMETRIC_TYPES, Actor, Article, Event, Mention, Role, Sentence, Skipped
from .regex_cache import compile_pattern
from .sentences import (
    Clause,
    after_last_mark,
    first_mark,
    marks_after,
    marks_before,
    split_clauses,
    split_sentences,
)

__all__ = ["ArticleEvents", "extract_article", "extract", "title_pattern"]


#: Whether this module runs compiled (mypyc: tools/mypyc_hook.py), as sentences._COMPILED.
_COMPILED: Final = not __file__.endswith(".py")


def _bisect_right(values: list[int], x: int) -> int:
    """``bisect.bisect_right(values, x)`` for a sorted list of ints (sentence starts and ends).

    Why: compiled, a call of the bisect module goes through Python's call protocol (the
    module's attribute looked up, the int boxed, the arguments parsed, each comparison a
    rich compare): about 1,200 instructions a call, and the pronouns and the speakers asked
    for a sentence some 50,000 times on Terminus. This loop runs natively for a few dozen
    a step. The interpreter runs the module's C function faster than the loop: it keeps it."""
    if not _COMPILED:
        return bisect.bisect_right(values, x)
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < values[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _bisect_left(values: list[int], x: int) -> int:
    """``bisect.bisect_left(values, x)`` for a sorted list of ints (as :func:`_bisect_right`)."""
    if not _COMPILED:
        return bisect.bisect_left(values, x)
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) >> 1
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _quotes_opened_before(quotes: list[tuple[int, int]], pos: int) -> int:
    """``bisect.bisect_left(quotes, (pos,))``: how many of the (sorted) quotations open
    before ``pos`` (a quotation opening at ``pos`` sorts after ``(pos,)``). Compiled, the
    tuples' comparisons cost more than the search (as :func:`_bisect_right`)."""
    if not _COMPILED:
        return bisect.bisect_left(quotes, (pos,))
    lo, hi = 0, len(quotes)
    while lo < hi:
        mid = (lo + hi) >> 1
        if quotes[mid][0] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


_QUOTE: Final = re.compile(r"“[^“”]{1,600}”|「[^「」]{1,600}」")
# _QUOTE for a text with no 「 (most simplified pages): one literal opener, which re skips
# to with a plain character loop, where the two openers' class is tested at every character
_DOUBLE_QUOTE: Final = re.compile(r"“[^“”]{1,600}”")
_BODIES: Final = frozenset({"Organization", "Group"})
_DEMONSTRATIVE: Final = {"country": frozenset({"Country"}), "body": _BODIES}
_OF_KIND = {"company": ("公司", "集团"), "bank": ("银行", "央行")}  # 该公司, 该行: name endings
_NOT_PRONOUN_BEFORE: Final = set("其利吉排自无")
_NOT_PRONOUN_AFTER: Final = set("国人方乡日")
_ACTS: Final = (
    r"(?=[^,，。的在于]{0,3}"
    r"(?:宣布|通过|发表|决定|邀请|同意|呼吁|谴责|强调|指出|认为|表示|要求|敦促))"
)


_ACTORS: Final = frozenset({"Country", "Organization", "Group", "Person"})
_EACH_AFTER = frozenset("同与和跟向对及、,，;；:：。\n")  # 同各国领导人: the states just listed
_PERSONS_TOO: Final = {"他们"}  # with no list of countries in focus, 他们 may be people


def _pronoun_pattern(kinds: set[str], suffix: str = "") -> re.Pattern[str]:
    table = pronouns()
    found = sorted((w for w, p in table.items() if p.refers in kinds), key=len, reverse=True)
    body = "|".join(re.escape(w) + ("(?![分队署])" if w == "该部" else "") for w in found)
    return compile_pattern(f"(?:{body or '(?!)'}){suffix}")


def _pronoun_trie(kinds: set[str]) -> re.Pattern[str]:
    """_pronoun_pattern(kinds) as a trie of the words (lexicon.words_pattern): the longest word
    at a position, as the alternation of the words longest first, but found without trying
    the hundred words one by one at every 这, 该 or 双 (a tenth of a sentence's regex time).
    该部 before 分, 队 or 署 is no word (该部分, 该部队), as in _pronoun_pattern."""
    found = sorted(w for w, p in pronouns().items() if p.refers in kinds)
    if not found or any(w.endswith("该部") and w != "该部" for w in found):
        return _pronoun_pattern(kinds)  # (the lookbehind below would reject such a word)
    text = words_pattern(found).pattern
    return compile_pattern(f"(?:{text})(?!(?<=该部)[分队署])" if "该部" in found else text)


@dataclass
class ArticleEvents:
    """Everything extracted from one article."""

    article: Article
    events: list[Event] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    sentences: int = 0


@dataclass
class _Context:
    """What the article has said so far: for pronouns, 双方, leaders and quote speakers."""

    article: Article
    gaz: Gazetteer
    memory: ArticleMemory = field(default_factory=ArticleMemory)
    persons: list[Mention] = field(default_factory=list)
    last_pair: tuple[Mention, Mention] | None = None
    last_pair_at: int = -1  # the sentence of the last event
    starts: list[int] = field(default_factory=list)  # sentence starts, for _sentence_index
    ends: list[int] = field(default_factory=list)  # sentence ends, for _sentences_before
    looked_back: dict[tuple[int, int, int], SentenceActors] = field(default_factory=dict)
    clauses: dict[int, list[Clause]] = field(default_factory=dict)  # by sentence index
    quotes: list[tuple[int, int]] = field(default_factory=list)
    groups: list[list[Mention]] = field(default_factory=list)
    people_lists: list[list[Mention]] = field(default_factory=list)  # for 五国领导人
    sentences: list[Sentence] = field(default_factory=list)
    speakers: dict[int, Mention | None] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    statement: tuple[Mention, int, bool] | None = None  # speaker, paragraph, in an answer
    said_by: dict[int, Mention] = field(default_factory=dict)  # speakers by sentence index
    # the issuers of a joint statement by its group (公报 standing for A, B and C): a later
    # sentence the statement goes on with speaks for all of them
    co_speakers: dict[int, list[Mention]] = field(default_factory=dict)
    asking: bool = False  # inside a question (问:) that no answer has closed yet
    addressee: Mention | None = None  # whom the question asks (中方对此有何回应)
    host: Mention | None = None  # who answers a press conference's questions (发言人…答记者问)
    reported: Mention | None = None  # who does what the question reports (问:立陶宛宣布…)
    # the part of a sentence before a semicolon: (part, its clauses, mentions, attributive)
    semicolon_part: tuple[Sentence, list[Clause], list[Mention], list] | None = None
    # the speaker of a statement not read, by (sentence asking, end of the last statement read)
    unread: dict[tuple[int, int], Mention | None] = field(default_factory=dict)
    read: set[int] = field(default_factory=set)  # the sentences the gate let through, by index
    # the gate's words found in each sentence so far, by index, when they tell find_actors'
    # tests (_gate_reads): looks back at a sentence read them instead of searching it again
    gate_words: list[list[str]] = field(default_factory=list)
    # _speaker_at's answers by (quotation, sentence), each with the statement it was given under
    speakers_at: dict[tuple, tuple] = field(default_factory=dict)
    # _earlier_topics's answers by (sentences ended before, leaders known)
    topics_before: dict[tuple[int, int], list[Mention]] = field(default_factory=dict)


def extract(paths: Iterable[str]) -> Iterator[ArticleEvents | Skipped]:
    """Read articles from files and folders and extract each, in a stable order."""
    gaz = load_gazetteer()
    for item in iter_articles(paths):
        yield item if isinstance(item, Skipped) else extract_article(item, gaz)


def extract_article(article: Article, gaz: Gazetteer | None = None) -> ArticleEvents:
    """Events and roles of one article, in text order."""
    gaz = gaz or load_gazetteer()
    ctx = _Context(article, gaz, quotes=_quote_spans(article.text))
    ctx.memory.home = dateline_country(article.text, gaz)
    ctx.memory.own = taiwan_voice(article.text, gaz) or taiwan_outlet(article.url, gaz)
    ctx.memory.find_glosses = lambda: _gloss_ends(article)
    result = ArticleEvents(article)
    sentences = split_sentences(article)
    ctx.sentences = sentences
    ctx.starts = [s.start for s in sentences]
    ctx.ends = [s.end for s in sentences]
    result.sentences = len(sentences)
    dates = _Dates(article.date, sentences)
    trigger_or_title = _trigger_or_title_gate(gaz)
    vote_re, organ_re = _vote_scene_pattern(), organ_pattern(gaz)  # looked up once
    either, alone = trigger_or_title.also, _gate_alone_words(gaz)
    lone_acts = _gate_trigger_words(gaz, "lone")
    actor_words, referring_words = _gate_reads(gaz)
    for sentence in sentences:
        text = sentence.text  # (read once: a Sentence's field is a generic getattr compiled)
        acts, found = trigger_or_title.search_found(text)
        if actor_words:
            ctx.gate_words.append(found)
        if not acts:
            if ctx.asking or "问" in text or "答" in text or _may_open_transcript(text):
                _answer_marks(ctx, sentence)  # (it reads only these: no call for the rest)
            if not found_any(either, found):  # (the vote and organ words, found by the automaton)
                continue  # (most sentences that report no act hold neither)
            if vote_re.search(text):
                # 联合国大会…表决通过决议。俄罗斯投票反对: the body that votes is the one the
                # later ballots are cast in, though its sentence reports no act
                find_actors(
                    article.text,
                    sentence.start,
                    sentence.end,
                    gaz,
                    memory=ctx.memory,
                    words_found=found if actor_words else None,
                )
            elif organ_re.search(text):
                learn_organs(article.text, sentence.start, sentence.end, gaz, ctx.memory)
            continue
        ctx.read.add(sentence.index)
        _extract_sentence(
            ctx,
            sentence,
            dates,
            result,
            (not alone or found_any(alone, found)) and _holds_trigger_of(lone_acts, found),
            found if actor_words else None,
            found if referring_words else None,
        )
    result.roles = _unique_roles(result.roles)
    if holds_any(article.text, _SIGNATORY_WORDS) and _SIGNATORIES.search(article.text):
        # (few articles list the parties to a deal: three scans at C speed, not the regex's
        # class of first letters tested at every letter of every article)
        result.events.extend(_signatories_with_owner(ctx))
    result.events = _armed_retaliations(_without_unsaid_counterattacks(result.events))
    result.events = _with_penalties_imposed(result.events)
    result.events = _strikes_going_on(result.events, ctx.sentences, article)
    result.events = _invitations_received(result.events, article.text)
    result.events = _without_deeds_blamed(result.events)
    result.events = _with_leaders_sides_struck(result.events, gaz)
    result.events = _without_deal_named_targets(result.events, ctx.article.text)
    result.events = _states_of_material_pairs(ctx, result.events)
    result.events = _states_concerned_named(result.events)
    result.events = _pressures_as_demands(result.events)
    result.events = _attendees_of_meetings(ctx, result.events)
    result.events = [
        e
        for e in result.events
        if not _of_veiled_group(e) and not _pressure_alone(e) and not _economy_hit(e)
    ]
    result.events = score_events(result.events)  # the learned confidence (ontology/learned/)
    result.events = [e for e in result.events if e.predicate not in words("untold")]
    return _as_written(article, _with_persons_countries(result))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """The spans of _QUOTE's matches in ``text``, in order (the article's quotations).

    Why not ``_QUOTE.finditer``: re tests the letters inside each quotation against its class
    one at a time, and the openers' class at every letter of a text with a 「 (115 million
    instructions of a compiled Terminus build); ``str.find`` reads to the next opener and to
    its closer at C speed. The same spans: at each opener, the first closer within 601
    letters with no opener of its kind before it (a match's letters hold neither), searched on
    after the match, else after the opener."""
    spans: list[tuple[int, int]] = []
    corner = "「" in text  # (no 「: that branch never matches)
    pos = 0
    double = text.find("“")
    single = text.find("「") if corner else -1
    while double != -1 or single != -1:
        if single == -1 or (double != -1 and double < single):
            at, opener, closer = double, "“", "”"
        else:
            at, opener, closer = single, "「", "」"
        close = text.find(closer, at + 1, at + _QUOTE_REACH + 2)
        if close > at + 1 and text.find(opener, at + 1, close) == -1:
            spans.append((at, close + 1))
            pos = close + 1
        else:
            pos = at + 1
        if double != -1 and double < pos:
            double = text.find("“", pos)
        if single != -1 and single < pos:
            single = text.find("「", pos)
    return spans


_QUOTE_REACH: Final = 600  # the letters a quotation holds at most (_QUOTE's {1,600})


def _with_persons_countries(result: ArticleEvents) -> ArticleEvents:
    """A person kg does not know, whose post gave a country (菲律宾外长X), has it in every
    record of the article: the headline before the post, a pronoun resolved from an earlier
    mention, a second act in the sentence kept the actor found before the post was read. The
    graph's node takes the country of the first record it meets, so one such record left the
    person of no country in a build."""
    countries: dict[str, set[str | None]] = {}
    mentions = [m for e in result.events for m in (e.subject, e.object)]
    mentions += [r.person for r in result.roles]
    for mention in mentions:
        actor = mention.actor
        if actor.type == "Person" and not actor.known:
            countries.setdefault(actor.key, set()).add(actor.country)
    given = {}
    for key, found in countries.items():
        named = found - {None}
        if None in found and len(named) == 1:  # (two countries: which one is unsaid)
            given[key] = named.pop()
    if not given:
        return result  # (most articles: every unknown person has one country or none)

    def placed(mention: Mention) -> Mention:
        actor = mention.actor
        if actor.type != "Person" or actor.known or actor.country or actor.key not in given:
            return mention
        return replace(mention, actor=replace(actor, country=given[actor.key]))

    result.events = [
        replace(e, subject=placed(e.subject), object=placed(e.object)) for e in result.events
    ]
    result.roles = [replace(r, person=placed(r.person)) for r in result.roles]
    return result


def _as_written(article: Article, result: ArticleEvents) -> ArticleEvents:
    """Every event's and post's actors with their words and labels as the article writes them
    (Article.as_written): once, after every rule, since the rules read the simplified text and
    several passes above put other mentions in an event. An actor whose label the page never
    writes is labelled by the name it does write (names_written); an organ a word that does
    not name it stands for (我们, 发言人), by its name without its country (_organs_written)."""
    gaz = load_gazetteer()
    names = names_written(result)
    organs = _organs_written(article.text, result, gaz)
    bodies = _bodies_written(article.text, result, gaz)

    def name_of(mention: Mention) -> str:
        if mention.actor.key in names or mention.via in _NAMING_VIAS:
            return names.get(mention.actor.key, "")
        return organs.get(mention.actor.key, "") or bodies.get(mention.actor.key, "")

    for index, event in enumerate(result.events):
        subject = _with_own_country(article.text, event.subject, gaz)
        object_ = _with_own_country(article.text, event.object, gaz)
        subject = article.as_written(subject, name_of(subject))
        object_ = article.as_written(object_, name_of(object_))
        if subject is not event.subject or object_ is not event.object:
            result.events[index] = replace(event, subject=subject, object=object_)
    for index, role in enumerate(result.roles):
        org = _with_own_country(article.text, role.org, gaz)
        person = article.as_written(role.person, names.get(role.person.actor.key, ""))
        org = article.as_written(org, names.get(org.actor.key, ""))
        title = article.written_near(role.title, role.person.start)
        if person is not role.person or org is not role.org or title:
            result.roles[index] = replace(role, person=person, org=org, written_title=title)
    return result


def names_written(result: ArticleEvents) -> dict[str, str]:
    """Per person, the name the article writes most for them among the events' and posts'
    mentions that name them (the gazetteer's or a pattern's words, not 他, 双方 or a title).

    Why: a mention 他 or 我们 carries the person's graph label (内塔尼亚胡, 特朗普), which a page
    that writes 纳坦雅胡 or 川普 never uses, so a reader of that page (and GUIDELINES' scorer,
    which maps a label or mention to the page's own forms) cannot tell whom it means. Only
    people: a name is transliterated many ways, while the label of a country or an organ
    (巴基斯坦军队) is a common form of it that the page's words (…军方发言人) need not be
    (an organ's label with its country's name dropped is _organs_written's)."""
    mentions = [m for e in result.events for m in (e.subject, e.object)]
    mentions += [m for r in result.roles for m in (r.person, r.org)]
    return _most_written([m for m in mentions if _is_person(m)])


def _most_written(mentions: list[Mention]) -> dict[str, str]:
    """Per actor, the words that name it (the gazetteer's or a pattern's, two letters or more)
    most often among ``mentions``, the first of equals."""
    counts: dict[str, dict[str, int]] = {}
    for mention in mentions:
        if mention.via in _NAMING_VIAS and len(mention.text) >= 2:
            seen = counts.setdefault(mention.actor.key, {})
            seen[mention.text] = seen.get(mention.text, 0) + 1
    return {key: max(seen, key=seen.__getitem__) for key, seen in counts.items()}


_NAMING_VIAS: Final = frozenset({"gazetteer", "pattern"})  # (Mention.via of the words that name)


def _bodies_written(text: str, result: ArticleEvents, gaz: Gazetteer) -> dict[str, str]:
    """Per country or body whose graph label the page never writes (几内亚比绍军队 on a page
    that says 幾內亞比索軍方, 中国大使馆 for 中國駐英大使館), the words that name it in another
    of the article's events, the most used (the first of equals).

    Why: 他們, 發言人 or 我們 read as the body carry its graph label, which is no form the page
    writes, so an annotator's aliases hold neither the mention nor the label (nb-01 他們已推翻
    恩巴羅, tr-06 我們再次敦促英方). Names written nowhere as the label only: where the page
    writes the label, the label is its own form (names_written's reason to keep to people).
    A country named by its leader's post (阿联酋总统) counts as its name (阿联酋): the post is
    no form of the country's name (uc-02 两国领导人 labelled 阿联酋总统)."""
    mentions = [m for e in result.events for m in (e.subject, e.object)]
    return _most_written(
        [_post_dropped(m, gaz) for m in mentions if _label_unwritten(m.actor, text)]
    )


def _post_dropped(mention: Mention, gaz: Gazetteer) -> Mention:
    """阿联酋总统 → 阿联酋: a country's mention that ends with a post, without the post."""
    if mention.actor.type != "Country":
        return mention
    post = title_ending_at(gaz, mention.text, len(mention.text))
    if post is None or len(mention.text) - len(post.title) < 2:
        return mention
    return replace(mention, text=mention.text[: -len(post.title)])


def _label_unwritten(actor: Actor, text: str) -> bool:
    """A country or body with a graph label that ``text`` never writes."""
    return actor.type != "Person" and bool(actor.key and actor.label) and actor.label not in text


def _is_person(mention: Mention) -> bool:
    return mention.actor.type == "Person" and bool(mention.actor.key)


def _organs_written(text: str, result: ArticleEvents, gaz: Gazetteer) -> dict[str, str]:
    """Per organisation whose label the page never writes (中国外交部, 中国商务部), the label
    without its country's name where the page writes that, and only ever bare (外交部, 商务部).

    Why: 我们 or 发言人 read as the organ carry its graph label, which a page that says only
    外交部 does not write, so its annotator's aliases hold no form of it (ql-02 我们敦促美方,
    yn-11 我们希望日方). A page that writes the organ after a country's name or short form
    anywhere (美商务部, 菲国海警) tells it from another country's: its bare form may be the
    other's (商务部 of China on the page of 美商务部), so the label keeps the country."""
    found: dict[str, str] = {}
    for event in result.events:
        for mention in (event.subject, event.object):
            actor = mention.actor
            if actor.type != "Organization" or not actor.country or actor.label in text:
                continue
            for length in _COUNTRY_BEFORE_ORG + (1,):
                own = gaz.surfaces.get(actor.label[:length])
                rest = actor.label[length:]
                if own and own[0].key == actor.country and len(rest) >= 2 and rest in text:
                    if _written_bare_only(text, rest, gaz):
                        found.setdefault(actor.key, rest)
                    break
    return found


def _written_bare_only(text: str, name: str, gaz: Gazetteer) -> bool:
    """Whether no country's name or short form stands right before ``name`` anywhere in
    ``text`` (陆商务部, 美商务部, 菲国海警 are not bare)."""
    at = text.find(name)
    while at >= 0:
        if text[at - 1 : at] in gaz.shorts or any(
            at >= length and text[at - length : at] in gaz.surfaces
            for length in _COUNTRY_BEFORE_ORG
        ):
            return False
        at = text.find(name, at + 1)
    return True


_COUNTRY_BEFORE_ORG: Final = (4, 3, 2)  # lengths of a country's name tried before an organisation


def _with_own_country(text: str, mention: Mention, gaz: Gazetteer) -> Mention:
    """中国|全国政协主席王沪宁: an organisation the gazetteer knows, named right after its own
    country, is mentioned with the country's name, as a ministry composed from it is (中国外交部):
    the annotators list the words as written (qh-01, qh-09 give only 中国全国政协)."""
    actor = mention.actor
    if actor.type != "Organization" or not actor.country or mention.via != "gazetteer":
        return mention
    if mention.end <= mention.start or text[mention.start : mention.end] != mention.text:
        return mention
    for length in _COUNTRY_BEFORE_ORG:
        start = mention.start - length
        before = gaz.surfaces.get(text[start : mention.start]) if start >= 0 else None
        if before is not None and before[0].key == actor.country:
            return replace(mention, text=text[start : mention.end], start=start)
    return mention


# what the sides a speaker answers do to it, or it to them, in an exchange of statements
_ANSWERED_TYPES: Final = frozenset(
    {"ACCUSE", "PROTEST", "REJECT", "REQUEST", "THREATEN", "SANCTION"}
)
# what is put to "the states concerned" in such an exchange
_PUT_TO_STATES: Final = frozenset({"REQUEST", "ACCUSE", "THREATEN"})


def _side_key(mention: Mention) -> str:
    """The side a mention stands for: the country its actor belongs to (an organ's, a known
    person's), else the actor itself, so that an organ's charge counts as its state's."""
    return mention.actor.country or mention.actor.key


def _states_concerned_named(events: list[Event]) -> list[Event]:
    """美欧日等指责中方…。郭嘉昆表示,中方坚决反对…有关国家…就应当恪守…, 约见英国、美国…
    负责人…敦促有关国家…: a demand, charge or warning put to "the states concerned" (words.tsv
    states_concerned: 有关国家, 相关国家) is put to the sides its speaker answers: those its
    own side charged, protested to, refused, asked or warned in the sentences up to it (the
    latest such sentence), else those that did so to its side. The outsider golds name them
    (qb-01, ql-08, tr-05 code the states, none the collective). With none, a demand put to it
    by name stays (促请有关国家…: dev-24), but not one only its should-clause tells (有关国家|
    应当…, read for this pass alone: actions.py lets it past the unnamed_agent check)."""
    concerned = words("states_concerned")
    if not any(e.object.actor.label in concerned for e in events):
        return events  # (most articles: no such collective)
    out: list[Event] = []
    seen = {(e.subject.actor.key, e.event_type, e.object.actor.key, e.status) for e in events}
    for index, event in enumerate(events):
        if event.object.actor.label not in concerned or event.event_type not in _PUT_TO_STATES:
            out.append(event)
            continue
        named = _sides_answered(events, index, event)
        if not named and event.object.end > event.trigger_start:
            out.append(event)  # 促请有关国家立即停止军事行动: the collective stays
        if not named:
            continue  # (有关国家|应当…, no side answered: the collective asked names no one)
        for side in named:
            key = (event.subject.actor.key, event.event_type, side.actor.key, event.status)
            if key not in seen:
                seen.add(key)
                out.append(replace(event, object=side))
    return out


def _sides_answered(events: list[Event], index: int, event: Event) -> list[Mention]:
    """The sides the subject of ``events[index]`` answers (see _states_concerned_named)."""
    own = _side_key(event.subject)
    concerned = words("states_concerned")
    before = [
        e
        for e in events[: index + 1]
        if e is not event
        and e.event_type in _ANSWERED_TYPES
        and e.sentence.start <= event.sentence.start
        and e.object.actor.label not in concerned
        and e.subject.actor.label not in concerned
        and _side_key(e.subject) != _side_key(e.object)
    ]
    states = {"Country", "Organization"}  # (a state or a body of states, not a person charged)
    for picked in (
        [(e, e.object) for e in before if _side_key(e.subject) == own],
        [(e, e.subject) for e in before if _side_key(e.object) == own],
    ):
        picked = [(e, side) for e, side in picked if side.actor.type in states]
        if not picked:
            continue
        latest = max(e.sentence.start for e, _ in picked)
        sides: dict[str, Mention] = {}
        for e, side in picked:
            if e.sentence.start == latest:
                sides.setdefault(side.actor.key, side)
        return list(sides.values())
    return []


def _of_veiled_group(event: Event) -> bool:
    """个别国家泛化国家安全概念: a collective left unnamed on purpose (words.tsv veiled_group) is
    no actor of an event, though it stood in the sentence until now so that 对此 could answer
    what it was said to suffer or do."""
    veiled = words("veiled_group")
    return event.subject.actor.label in veiled or event.object.actor.label in veiled


_ECONOMY_PHRASE: Final = 12  # how far after the one struck the thing struck may end


def _economy_hit(event: Event) -> bool:
    """出口禁令将打击俄罗斯的石油产业, 关税重创匈牙利的汽车产业, 是对加拿大工人和企业的攻击:
    a strike whose object phrase, after the one struck, names its economy (words.tsv
    economy_hit) is harm done by trade measures, not an attack (qa, ub-measure, db-dev, dg-dev:
    no outsider gold writes one)."""
    if event.predicate != "attacks":
        return False
    text, at = event.sentence.text, event.sentence.start
    start = event.object.end - at
    end = min(len(text), start + _ECONOMY_PHRASE)
    if start < event.trigger_start - at < end:
        end = event.trigger_start - at  # 对加拿大工人和企业的|攻击: up to the word itself
    phrase = _PHRASE_END.split(text[start:end], maxsplit=1)[0]
    return any(word in phrase for word in words("economy_hit"))


_PHRASE_END: Final = re.compile(r"[，,。;；:：!！?？、]")


def _pressure_alone(event: Event) -> bool:
    """向黎巴嫩政府施压, 对伊朗施加经济压力, 施压西班牙,促使其…: pressure put on someone (words.tsv
    pressure_alone) is no sanction by itself, wherever its target stands; the outsider golds
    code almost none. The trigger has done its work by now: a demand or a deployment that
    presses the same target is an event of its own (施压莫斯科与基辅,要求…), and pressure that
    goes straight on to its demand is that demand (_pressures_as_demands). Where a gold codes
    the pressure itself it reads COERCE or THREATEN as often as SANCTION (round 57: 施压
    before its target gave 3 false SANCTION records and no true one)."""
    return event.predicate == "pressures" and event.trigger.startswith(
        tuple(words("pressure_alone"))
    )


def _pressures_as_demands(events: list[Event]) -> list[Event]:
    """施压要求韩国限制出口, 向辛鲍姆施压要求她…: pressure right before the demand it makes is that
    demand (REQUEST, as the golds read it), made of the side it presses; no other word of
    the sentence reports the demand (要求 there is no trigger of its own)."""
    if not any(e.predicate == "pressures" for e in events):
        return events  # (most articles)
    demands = predicates()["demands"]
    return [
        replace(e, predicate=demands.name, event_type=demands.event_type, cameo=demands.cameo)
        if _pressure_alone(e) and _demand_follows(e)
        else e
        for e in events
    ]


def _demand_follows(event: Event) -> bool:
    """Whether 要求 comes right after the trigger of a pressure (施压|要求)."""
    at = event.trigger_start + len(event.trigger) - event.sentence.start
    return event.sentence.text.startswith("要求", at)


# the parties of a deal listed after a word for them (签署国有伊朗、英国…, 其他签署国--英国、法国…)
_SIGNATORY_WORDS: Final = ("签署国", "签约国", "缔约国")  # (what _SIGNATORIES needs to match)
_SIGNATORIES: Final = re.compile(f"(?:{'|'.join(_SIGNATORY_WORDS)})(?:有|包括|为|是|:|：|-+|—+)?")


@lru_cache(maxsize=1)
def _owned_deal() -> re.Pattern[str]:
    """A deal named by the state it is made with (伊朗|核协议, 伊|核协定): words.tsv state_deal,
    which also tells _without_deal_named_targets such a deal from its state."""
    return words_pattern(words("state_deal"))


def _signatories_with_owner(ctx: _Context) -> list[Event]:
    """伊朗核协议…签署国有伊朗、英国、法国…: each state listed as a party of a deal named by
    the state it was made with agrees with that state (audit34 ya; the round's qc set: 其他
    签署国--英国、法国和德国以及俄罗斯和中国都希望维持伊朗核协定).

    Why: a list of signatories reports no signing verb, so no trigger reads it; the gold has
    each listed party agree with the deal's own state, not the parties with each other. A
    deal no state names (巴黎协定签署国) gives nothing: whom the parties agree with is unsaid.
    Its events are dated as every event is (the sentence's date, else the article's); the
    build's date reader has passed these sentences, so a reader of its own reads up to each."""
    text, found = ctx.article.text, []
    signing = trigger_for("签署")
    agreed = {_pair_keys(e) for e in ctx.events if e.event_type == "AGREE"}
    for match in _SIGNATORIES.finditer(text):
        sentence = _sentence_at(ctx, match.start())
        owner = None if sentence is None else _deal_owner(ctx, sentence)
        if owner is None:
            continue
        stop = _clause_end(text, match.end())
        listed = find_actors(text, match.end(), stop, ctx.gaz).mentions
        for party in _listed_states(text, match.end(), listed):
            if party.actor.key == owner.actor.key:
                continue
            pair = frozenset((owner.actor.key, party.actor.key))
            if pair in agreed:
                continue  # (a trigger of the article reported it already)
            agreed.add(pair)
            trig = replace(signing, word=match.group())  # type: ignore[type-var]
            action = Action(owner, party, trig, match.start(), "asserted", _LISTED_CONFIDENCE)  # type: ignore[arg-type]
            dated = _Dates(ctx.article.date, ctx.sentences).of(sentence)  # type: ignore[arg-type]
            found.append(_event(ctx, sentence, action, dated))  # type: ignore[arg-type]
    return found


_LISTED_CONFIDENCE: Final = 0.5  # a party read from a list of signatories, with no verb of its own


def _listed_states(text: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """The states of a list that opens at ``start``: countries joined by 、, 和, 及, 以及, 与
    or 同, up to the first word that is none of these (…和中国|都希望…)."""
    listed, at = [], start
    for mention in mentions:
        if text[at : mention.start].strip() not in ("", "、", "和", "及", "以及", "与", "同"):
            break
        if mention.actor.type != "Country":
            break
        listed.append(mention)
        at = mention.end
    return listed


def _deal_owner(ctx: _Context, sentence: Sentence) -> Mention | None:
    """The state that names the deal (伊朗|核协议) nearest to ``sentence``: in it, else in
    the two sentences before it."""
    text = ctx.article.text
    start = ctx.sentences[max(0, sentence.index - 2)].start
    matches = list(_owned_deal().finditer(text, start, sentence.end))
    for match in sorted(matches, key=lambda m: abs(m.start() - sentence.start)):
        near = find_actors(text, max(start, match.start() - 6), match.start(), ctx.gaz).mentions
        if near and near[-1].end == match.start() and near[-1].actor.type == "Country":
            return near[-1]
    return None


# material acts between two sides: done by their states, not by the two people who met
_MATERIAL_TYPES: Final = frozenset({"COOPERATE", "AID"})


def _states_of_material_pairs(ctx: _Context, events: list[Event]) -> list[Event]:
    """王毅会见拉克森…。中新建交以来,双方…聚焦合作; 签署双方部队能互相供应…的协定: a pair
    word read as the two people of a meeting, in a cooperation or an aid that stands (asserted),
    stands for their two states: the cooperation is the countries' (the golds carry a person
    pair's states as alt). What the two pledge (双方将加强合作) stays theirs."""
    result = []
    for event in events:
        if (
            event.event_type in _MATERIAL_TYPES
            and event.status == "asserted"
            and event.subject.text == event.object.text
            and _pair_word(event.subject.text)
            and event.subject.actor.type == "Person"
            and event.object.actor.type == "Person"
        ):
            subject, object_ = _as_country(ctx, event.subject), _as_country(ctx, event.object)
            if subject is not None and object_ is not None and subject.actor != object_.actor:
                event = replace(event, subject=subject, object=object_)
        result.append(event)
    return result


# what may be done to a state through a deal named by its programme: leaving it, rejoining it
_DEAL_STATE_TYPES: Final = frozenset({"REJECT", "AGREE"})


def _without_deal_named_targets(events: list[Event], text: str) -> list[Event]:
    """三国支持伊核协议的立场, 批评了伊核协议中三个欧洲国家: a one-character short form glued
    to a deal named by that state's programme (words.tsv state_deal) names the deal, so what is
    backed or blamed is not the state; only leaving or rejoining the deal (退出伊核协议, 重返…)
    is done to the state (the golds' REJECT and AGREE)."""
    return [
        event
        for event in events
        if event.event_type in _DEAL_STATE_TYPES
        or len(event.object.text) != 1
        or not opens_with(text, event.object.end, "state_deal")
    ]


_GLOSS_BRACKETS: Final = "(（"
_LATIN_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _gloss_ends(article: Article) -> tuple[int, ...]:
    """The positions of the text where a Latin gloss the reading dropped stood (雷雅布可夫|
    (Sergei Ryabkov)在…): a name glossed there ends there."""
    body = article.body
    if "(" not in body and "（" not in body:
        return ()
    ends = []
    for start in _gloss_opens(body):
        at = bisect.bisect_left(article.offsets, start)
        if at < len(article.text) and article.offsets[at] != start:
            ends.append(at)  # the bracket is not in the text: the gloss was dropped
    return tuple(ends)


def _gloss_opens(body: str) -> list[int]:
    """Where ``[(（][A-Za-z]`` matches in ``body``, in order: a bracket, then a Latin letter.

    Why: ``str.find`` skips to the next bracket at memchr speed, where the regex tested its
    class at every character of the body (1.8 million characters of Terminus). Its matches
    never overlap (one ends in a letter, and each begins with a bracket), so they are every
    bracket a letter follows."""
    starts = []
    for bracket in _GLOSS_BRACKETS:
        at = body.find(bracket)
        while at != -1:
            if body[at + 1 : at + 2] in _LATIN_LETTERS:
                starts.append(at)
            at = body.find(bracket, at + 1)
    starts.sort()
    return starts


_NO_REPORTED_ATTACK: Final = frozenset({"negated", "hypothetical"})


def _without_unsaid_counterattacks(events: list[Event]) -> list[Event]:
    """俄乌战争 is fought by both sides, unless the article says who attacks whom (俄罗斯向
    乌克兰发射无人机…这是俄乌战争中规模最大的一波): then the war its sides name is that
    attacker's, and the other side's attack is nobody's report. A war ontology/wars.tsv says
    is fought one way (俄乌, 巴以, 以黎) is its attacker's alone unless the article says the
    other state attacks too."""
    attacks = [  # 乌克兰没有袭击俄罗斯, 如果乌克兰袭击俄罗斯: no attack the article reports
        e
        for e in events
        if e.event_type == "ASSAULT"
        and not e.extra.get("compound")
        and e.status not in _NO_REPORTED_ATTACK
    ]
    named = {(_side(e.subject), _side(e.object)) for e in attacks}
    made = {(_side(e.subject), _side(e.object)) for e in attacks if e.status == "asserted"}
    by_states = {
        (_side(e.subject), _side(e.object)) for e in attacks if e.subject.actor.type != "Group"
    }
    return [
        e
        for e in events
        if not e.extra.get("compound")
        or e.event_type != "ASSAULT"
        or not _unsaid_counterattack(e, named, by_states, made)
    ]


def _unsaid_counterattack(
    event: Event,
    named: set[tuple[str, str]],
    by_states: set[tuple[str, str]],
    made: set[tuple[str, str]],
) -> bool:
    """A compound war's attack that the article reports in no sentence of its own while it
    reports the reverse (``named``); or, in a war wars.tsv says is the other side's (巴以冲突:
    Israel's; but 以哈战争 names Hamas, which fights), one the attacker's state forces are never
    said to make (``by_states``: 真主党袭击以色列 is Hezbollah's attack, not Lebanon's).
    Independent annotators write neither (first golds of audit34 ya, yb, yc and audit35 qa,
    qc, qd, qk). The attacker wars.tsv names keeps its war unless the page reports the other
    side's attack as made (``made``, asserted): 俄乌开战后…出口禁令还将打击俄罗斯的石油产业 (a
    strike only planned, whoever it is read as) leaves 俄罗斯 the attacker (first gold qa-04),
    and so does one denied (乌克兰没有袭击…) or supposed (如果乌克兰袭击…)."""
    attacker, attacked = _side(event.subject), _side(event.object)
    named_pair = (event.subject.actor.key, event.object.actor.key)
    if named_pair in one_way_wars() and (attacked, attacker) not in made:
        return False
    if (named_pair[1], named_pair[0]) in one_way_wars() and named_pair not in by_states:
        return True
    return (attacker, attacked) not in named and (attacked, attacker) in named


def _armed_retaliations(events: list[Event]) -> list[Event]:
    """印度空袭巴基斯坦。…谢里夫称将对印方采取报复行动: a retaliation aimed at a side whose armed
    attack on the one who retaliates the article reports (a lead may tell of the retaliation
    before the attack) is armed too, not a counter-measure; the sentence alone cannot tell."""
    struck = {
        (_side(e.subject), _side(e.object))
        for e in events
        if e.event_type == "ASSAULT" and e.status == "asserted"
    }
    if not struck:
        return events
    attacks = predicates()["attacks"]
    return [
        replace(e, predicate=attacks.name, event_type=attacks.event_type, cameo=attacks.cameo)
        if e.predicate == "retaliatesAgainst"
        and "报复" in e.trigger
        and (_side(e.object), _side(e.subject)) in struck
        else e
        for e in events
    ]


@lru_cache(maxsize=1)
def _strikes_go_on() -> re.Pattern[str]:
    """并将持续进行打击, 泰国将持续作战, 会继续以导弹发动袭击: a side's word that its attacks go
    on (words.tsv strike_goes_on), with no target in the clause (持续到…: how long something
    lasts, not a further attack)."""
    strikes = "|".join(map(re.escape, sorted(words("strike_goes_on"))))
    return re.compile(
        r"(?:将|会|要)会?(?:继续|持续)(?![到至])[^，,。；;：:！!？?“”「」对向]{0,6}?"
        rf"({strikes})"
    )


#: …袭击了…，并将: the clause goes on from the strike with no new subject or speaker between
_GOES_ON_FROM: Final = re.compile(r"^[^，,；;。：:“”「」]*[，,](?:并|并且|且|还|也)?$")


def _strikes_going_on(
    events: list[Event], sentences: list[Sentence] | None, article: Article
) -> list[Event]:
    """以军袭击了…，并将持续进行打击 / 泰国将持续作战: the attacks a side says it will keep up
    are aimed at the side it is reported attacking, and are intended, an act of their own beside
    the asserted one (the clause names no target, so no rule reads it). The side is the last
    actor the sentence writes before the words, and it must be one the article reports striking;
    the target is the one of its latest strike reported before (or else first after)."""
    struck = [e for e in events if e.event_type == "ASSAULT" and e.status == "asserted"]
    if not struck or not sentences:
        return events
    have = {(e.sentence.index, e.subject.actor.key, e.event_type, e.status) for e in events}
    added: list[Event] = []
    for sentence in sentences:
        found = _strikes_go_on().search(sentence.text)
        if found is None:
            continue
        here = [
            e
            for e in struck
            if e.sentence.index == sentence.index
            and e.trigger_start < sentence.start + found.start()
            and _GOES_ON_FROM.search(
                sentence.text[e.trigger_start - sentence.start : found.start()]
            )
        ]
        if here:  # 以军袭击了…，并将持续进行打击: the strike the sentence reports goes on
            strike = here[-1]
        else:
            before = sentence.text[: found.start()]
            last = max(_names_in(events), key=lambda n: (before.rfind(n), len(n)))
            if before.rfind(last) < 0:
                continue
            own = [e for e in struck if last in (e.subject.text, e.subject.actor.label)]
            if not own:
                continue
            earlier = [e for e in own if e.sentence.start <= sentence.start]
            strike = earlier[-1] if earlier else own[0]
        if (sentence.index, strike.subject.actor.key, "ASSAULT", "intended") in have:
            continue
        added.append(
            replace(
                strike,
                status="intended",
                trigger=found.group(1),
                trigger_start=sentence.start + found.start(1),
                sentence=sentence,
                sentence_body=article.body_span(sentence.start, sentence.end),
            )
        )
    return events + added if added else events


def _names_in(events: list[Event]) -> set[str]:
    """The words (as written, and the labels) of the actors of ``events``, for finding the last
    one a sentence writes; asked only of a sentence that says a strike goes on."""
    return {
        name
        for e in events
        for m in (e.subject, e.object)
        for name in (m.text, m.actor.label)
        if len(name) > 1
    }


#: the types of a deed a blame can name (谴责韩美联合军演, 指责这些公司支持俄军): the blamer's
#: own act of that type is not what the sentence reports
_BLAMED_DEED_TYPES: Final = frozenset(
    {"COOPERATE", "MOBILIZE", "CONSULT", "AGREE", "AID", "SUPPORT", "CONCEDE", "RETREAT"}
)
_BLAME_TYPES: Final = frozenset({"ACCUSE", "PROTEST"})
#: a clause break or a second verb of the blamer between the blame and the deed (谴责…，并与…合作)
_BLAME_ENDS: Final = re.compile(r"[，,；;。：:！!？?]|并|同时|随后|然后|之后")


def _without_deeds_blamed(events: list[Event]) -> list[Event]:
    """金与正谴责韩美联合军演, 北韩对韩美日举行海上演习提出抗议, 欧盟指责这些公司支持俄军工:
    the deed named inside a blame (after a blaming verb of words.tsv accusing, in the same
    clause; or between 对 and the protest or blame it takes) is the blamed side's, not an act
    of the one who blames. When kg reads the blamer as that deed's actor too (COOPERATE,
    MOBILIZE, SUPPORT…, same actor as the ACCUSE or PROTEST of the sentence), that second record
    is dropped; the blame stays (readable sets jk, ua, qk, uc: 7 records, no annotator codes
    one). Only beside a blame by the same actor: without one (指控她们与军方有联系, a blamer
    kg did not read) the unseen sets lost a found event."""
    blames = [e for e in events if e.event_type in _BLAME_TYPES]
    if not blames:
        return events
    return [e for e in events if e.event_type not in _BLAMED_DEED_TYPES or not _blamed(e, blames)]


def _blamed(event: Event, blames: list[Event]) -> bool:
    """Whether ``event`` is a deed named inside one of ``blames`` by the same actor."""
    text, base = event.sentence.text, event.sentence.start
    at = event.trigger_start - base
    for blame in blames:
        if blame.sentence.start != event.sentence.start or (
            blame.subject.actor.key != event.subject.actor.key
            and not blame.subject.start <= event.subject.start < blame.subject.end
        ):  # (伊朗外交部对…演习提出抗议: the ministry's state is read as the exercise's actor)
            continue
        b_at = blame.trigger_start - base
        b_end = b_at + len(blame.trigger)
        if b_end <= at:  # 谴责|韩美…联合军演: a blaming verb, the deed in its clause
            if text[b_at:b_end].endswith(words("accusing")) and not _BLAME_ENDS.search(
                text[b_end:at]
            ):
                return True
        elif at + len(event.trigger) <= b_at:  # 对|韩美日…举行海上演习|提出抗议
            opener = text.rfind("对", event.subject.end - base, at)
            if (
                opener >= 0
                and opener < blame.object.start - base < at  # 对|韩美日…演习: the blamed's deed
                and not _BLAME_ENDS.search(text[opener:b_at])
            ):
                return True
    return False


def _with_penalties_imposed(events: list[Event]) -> list[Event]:
    """汇丰银行缴纳19.21亿美元和解金, 中兴只能乖乖缴纳罚款: a penalty paid (a trigger flagged
    penalty) was imposed by the one it is paid to, who sanctions the payer (the article reports
    the fine once, from the payer's side); each paid penalty gives that event after its own."""
    if not any(e.predicate == "concedesTo" for e in events):
        return events  # (most articles: no penalty paid, nothing to look up)
    sanctions = predicates()["sanctions"]
    out: list[Event] = []
    for event in events:
        out.append(event)
        trig = trigger_for(event.trigger) if event.predicate == "concedesTo" else None
        if trig is not None and "penalty" in trig.flags and event.status == "asserted":
            out.append(
                replace(
                    event,
                    subject=event.object,
                    object=event.subject,
                    predicate=sanctions.name,
                    event_type=sanctions.event_type,
                    cameo=sanctions.cameo,
                )
            )
    return out


def _invitations_received(events: list[Event], text: str) -> list[Event]:
    """七国领导人也受邀出席此次峰会, 南非将不会获邀出席G20峰会: a visit or an attendance right
    after a word of being invited (words.tsv invited) reports the invitation, not the meeting:
    the host asks the invitee (REQUEST, with the meeting's status: 不会获邀 is negated), as the
    outsider golds have it in each of the six such sentences of the readable sets. Nor does
    the invitee refuse what it is not invited to (南非将不会获邀出席: no REJECT), nor do two
    invitees meet each other at the summit named (印度和巴西领导人也受邀出席此次峰会)."""
    invited = [
        (e.trigger_start, e.trigger_start + len(e.trigger))
        for e in events
        if e.event_type in {"CONSULT", "REJECT"} and closes_with(text, e.trigger_start, "invited")
    ]
    if not invited:
        return events  # (most articles: nobody invited)
    invites = predicates()["invites"]
    out: list[Event] = []
    for event in events:
        guest, host = sorted((event.subject, event.object), key=lambda m: m.start)
        span = next((s for s in invited if s[0] <= event.trigger_start < s[1]), None)
        if span is None or event.event_type not in {"CONSULT", "REJECT"}:
            out.append(event)
        elif event.event_type == "REJECT" or host.end <= span[0]:
            continue
        elif event.trigger_start != span[0] or not guest.end <= span[0] <= host.start:
            out.append(event)
        else:
            asked = replace(
                event,
                subject=host,
                object=guest,
                predicate=invites.name,
                event_type=invites.event_type,
                cameo=invites.cameo,
            )
            if asked not in out:
                out.append(asked)
    return out


#: an actor who sits in on a meeting reported before (王毅参加会见, 谢钦也参加了此次会晤, 吕特也
#:出席了这次视频会晤): the attendee is named before these words, in their clause
_ATTENDS_MEETING: Final = re.compile(
    r"(?:也|亦|还|同时)?(?:参加|出席|参与)了?(?:此次|这次|本次|上述|当天的?)?(?:视频)?"
    r"(?:会见|会晤|会谈|会面)"
)
#: the attendees listed after these words (俄方与会人士还包括…, 俄方参与会晤的有…)
_ATTENDEES_FOLLOW: Final = re.compile(
    r"(?:与会(?:人士|人员|者)?|参与会晤的?(?:人士|人员)?|参加会晤的?(?:人士|人员)?)(?:还|也)?(?:包括|有)"
)

#: the words each match of _ATTENDS_MEETING holds, at most two letters into it (也|参加, 同时|出席),
#: and the words each match of _ATTENDEES_FOLLOW opens with
_ATTEND_VERBS: Final = ("参加", "出席", "参与")
_ATTEND_LEADS: Final = ("与会", "参与", "参加")

#: where the attendee's clause opens
_ATTENDEE_CLAUSE: Final = marks_before("。；;，,：:\n")


def _attendees_of_meetings(ctx: _Context, events: list[Event]) -> list[Event]:
    """普京与古巴外长会面。俄罗斯石油公司总裁谢钦也参加了此次会晤, 王毅参加会见, 俄方与会人士还包括
    总统助理乌沙科夫: an actor who sits in on the meeting last reported meets its other side (the
    parties of that meeting whose state is not the attendee's; both, for an outsider such as
    北约秘书长), with the meeting's status, as the golds of the readable sets have it (五 sets)."""
    text = ctx.article.text
    found = [(m, True) for m in _anchored_matches(_ATTENDS_MEETING, text, _ATTEND_VERBS, 2)]
    found += [(m, False) for m in _anchored_matches(_ATTENDEES_FOLLOW, text, _ATTEND_LEADS, 0)]
    if not found:
        return events
    meetings = [e for e in events if _meeting_held(e)]
    out = list(events)
    keys = {(e.subject.actor.key, e.object.actor.key, e.event_type) for e in events}
    for match, before in found:
        meeting = _meeting_before(meetings, match)
        sentence = _sentence_at(ctx, match.start())
        if meeting is None or sentence is None:
            continue
        for attendee in _attendees_at(ctx, sentence, match, before):
            for partner in _other_parties(attendee, meeting):
                key = (attendee.actor.key, partner.actor.key, "CONSULT")
                if key in keys or (key[1], key[0], "CONSULT") in keys:
                    continue
                keys.add(key)
                out.append(
                    replace(
                        meeting,
                        subject=attendee,
                        object=partner,
                        trigger=match.group(),
                        trigger_start=match.start(),
                        sentence=sentence,
                        sentence_body="",
                    )
                )
    return out


def _anchored_matches(
    pattern: re.Pattern[str], text: str, anchors: tuple[str, ...], lead: int
) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, tried only where an anchor word stands or up to
    ``lead`` letters before one (an optional word before it): a pattern that opens with an
    optional word is tried at every letter of an article, which cost a compiled Terminus build
    5% of its instructions; ``str.find`` skips to the anchors (and finds none in most articles)."""
    starts: set[int] = set()
    for anchor in anchors:
        at = text.find(anchor)
        while at != -1:
            starts.add(at)
            at = text.find(anchor, at + 1)
    found: list[re.Match[str]] = []
    end = 0
    for start in sorted(starts):
        for at in range(max(end, start - lead), start + 1):
            match = pattern.match(text, at)
            if match is not None:
                found.append(match)
                end = match.end()
                break
    return found


def _meeting_held(event: Event) -> bool:
    """A meeting reported as held (会见, 会晤, 会谈, 会面: a trigger with a letter of words.tsv
    sat_in_mark): what an attendee sits in on; not a wish to keep in touch (希望同中方保持沟通)
    nor a visit."""
    return (
        event.event_type == "CONSULT"
        and event.status == "asserted"
        and any(w in event.trigger for w in words("sat_in_mark"))
    )


def _meeting_before(meetings: list[Event], match: re.Match[str]) -> Event | None:
    """The meeting reported last before the attendee's words, the one it sits in on: the last
    one under the same word when there is one (王毅参加会见: 习近平会见布林肯, not the 拜登同习近平
    旧金山会晤 recalled after it)."""
    before = [e for e in meetings if e.trigger_start < match.start()]
    named = [e for e in before if e.trigger in match.group()]
    return max(named or before, key=lambda e: e.trigger_start) if before else None


def _attendees_at(
    ctx: _Context, sentence: Sentence, match: re.Match[str], before: bool
) -> list[Mention]:
    """The actors named as sitting in: before the words, in their clause (王毅参加会见), or after
    them, to the clause's end (与会人士还包括乌沙科夫、德米特里耶夫)."""
    text = ctx.article.text
    if before:
        start, end = after_last_mark(_ATTENDEE_CLAUSE, text, match.start()), match.start()
    else:
        start = match.end()
        stops = [i for i in (text.find(m, start, sentence.end) for m in "。；;") if i >= 0]
        end = min(stops, default=sentence.end)
    start = max(start, sentence.start)
    found = find_actors(text, sentence.start, sentence.end, ctx.gaz)
    named = [m for m in found.mentions if start <= m.start and m.end <= end]
    if before:  # (the attendee right before the words: 王毅参加会见, not 中方愿意参加会谈)
        named = [m for m in named if match.start() - m.end <= 1]
    return [m for m in named if m.actor.type == "Person"]


def _other_parties(attendee: Mention, meeting: Event) -> list[Mention]:
    """The parties of the meeting on another side than the attendee (王毅 with 习近平 meets the
    guest only); none when the attendee is one of them."""
    parties = (meeting.subject, meeting.object)
    if any(p.actor.key == attendee.actor.key for p in parties):
        return []
    side = _side(attendee)
    return [p for p in parties if _side(p) != side]


def _with_leaders_sides_struck(events: list[Event], gaz: Gazetteer) -> list[Event]:
    """美国和以色列…击毙伊朗最高领袖哈梅内伊, 以色列…炸死黎巴嫩真主党领导人纳斯鲁拉: the killing
    (predicate kills) of a known person who leads or serves a state or an armed body (people.tsv
    org) is also a strike on that body, the event after the person's own. Outsider annotators write
    the body on every such page: as a second event (pc-02, pc-12, sv-06: X ASSAULT IRN beside
    X ASSAULT KHAMENEI) or as the person's alternative (pb-09 ISIS, qd-04 HOUTHI, ue-01 and
    pc-12 HEZ, ya-13 HEZBOLLAH); a body on the striker's own side is left alone, and so is a
    killing said of a diplomatic mission (该使馆被用于策划…暗杀行动: a plot, no strike)."""
    if not any(e.predicate == "kills" and e.object.actor.type == "Person" for e in events):
        return events  # (most articles: no one killed)
    have = {(e.subject.actor.key, e.object.actor.key, e.sentence.start) for e in events}
    out: list[Event] = []
    for event in events:
        out.append(event)
        body = _body_led(event.object, gaz) if event.predicate == "kills" else None
        if body is None or _side(event.subject) in {body.key, body.country}:
            continue
        if kind_of(gaz, event.subject.actor) in MISSION_KINDS:
            continue
        key = (event.subject.actor.key, body.key, event.sentence.start)
        if key in have:
            continue
        have.add(key)
        struck = make_mention(body, body.label, event.object.start, event.object.end, via="role")
        out.append(replace(event, object=struck))
    return out


def _body_led(mention: Mention, gaz: Gazetteer) -> Actor | None:
    """The state or body a known person holds a post in (people.tsv org), if the gazetteer
    knows it; None for anyone else."""
    actor = mention.actor
    if actor.type != "Person" or not actor.known:
        return None
    org = gaz.person_posts.get(actor.key, ("", ""))[0]
    return gaz.actors.get(org) if org else None


#: what a territory named as a place (gazetteer place_named: 加沙, 约旦河西岸, 克里米亚) may
#: undergo as its people do: it is hit, aided, blockaded or relieved (以军空袭加沙, 向加沙运送粮食,
#: 切断对加沙地带的供水, 解除对加沙的封锁). Seized, entered, left or visited (占领加沙, 吞并约旦河
#: 西岸, 撤离加沙城, 访问加沙) it is only where the act happens: the golds name who holds it
#: (以军接管加沙城 → 巴勒斯坦, 吞并克里米亚 → 乌克兰) or nobody. It never acts and is never
#: accused, asked or backed.
_TERRITORY_TARGETS: Final = frozenset({"ASSAULT", "AID", "CONCEDE", "SANCTION"})


def _territory_addressed(gaz: Gazetteer, action: Action) -> bool:
    """中方认为加沙未能实现停火, 声援加沙的巴勒斯坦人, 对吞并约旦河西岸的计划表示愤怒: a territory
    named as a place is where things happen, not a side that acts or is spoken to."""
    if action.subject.actor.key in gaz.place_named:
        return True
    named = action.object.actor.key in gaz.place_named
    return named and action.trigger.event_type not in _TERRITORY_TARGETS


def _pair_word(word: str) -> bool:
    """双方, 两国: a word for the pair in focus (pronouns.tsv pair)."""
    entry = pronouns().get(word)
    return entry is not None and entry.refers == "pair"


def _side(mention: Mention) -> str:
    """The state an actor fights for: its country, or itself when it has none (俄军 → 俄罗斯)."""
    actor = mention.actor
    return actor.country if actor.type != "Country" and actor.country else actor.key


@lru_cache(maxsize=1)
def _vote_scene_pattern() -> re.Pattern[str]:
    """The words of a vote (words.tsv vote_scene: 表决, 决议) as one regex: one search a
    sentence, where a test of each word made a generator per sentence."""
    return words_pattern(words("vote_scene"))


def _vote_or_organ_pattern(gaz: Gazetteer) -> re.Pattern[str]:
    """The words of a vote and the organs a bare mention may name, as one regex: a sentence
    that reports no act is searched for a vote, then for an organ, and 99% of Terminus's
    hold neither; one search tells them apart, where the two searches took twice as long.
    (extract_article now asks the trigger-or-title automaton, which holds these words too;
    the regex is the reference its answer is tested against.)"""
    cached = getattr(gaz, "_vote_or_organ_re", None)
    if cached is None:
        cached = words_pattern([*words("vote_scene"), *organ_words(gaz)])
        gaz._vote_or_organ_re = cached  # type: ignore[attr-defined]
    return cached


class _Dates:
    """The dates of an article's sentences, read when an event asks for them.

    Why not as each sentence comes: 次日 or 当天 count from the last date written before, so
    dates must be read in text order through every sentence, but only sentences that report
    an event use theirs, and most articles of a commentary corpus report none. Reading up
    to a sentence when its first event asks gives the dates reading them all would give.
    """

    def __init__(self, article_date: str | None, sentences: list[Sentence]) -> None:
        self._tracker = DateTracker(article_date)
        self._sentences = sentences
        self._read = 0  # sentences read so far
        self._last: list[DateMention] = []  # the dates of the last of them

    def of(self, sentence: Sentence) -> list[DateMention]:
        """The dates of ``sentence``; earlier sentences are read first, later ones not yet."""
        if sentence.index < self._read - 1:
            raise ValueError("dates are read in text order: a sentence before the last asked")
        while self._read < sentence.index:  # (only the anchor of the sentences before counts)
            self._tracker.advance(self._sentences[self._read].text)
            self._read += 1
        if self._read == sentence.index:
            self._last = self._tracker.scan(self._sentences[self._read].text)
            self._read += 1
        return self._last


def title_pattern(gaz: Gazetteer) -> re.Pattern[str]:
    """A regex of all titles: sentences with one may hold a role apposition."""
    cached = getattr(gaz, "_title_re", None)
    if cached is None:
        cached = words_pattern(gaz.titles)
        gaz._title_re = cached  # type: ignore[attr-defined]
    return cached


def _trigger_or_title_pattern(gaz: Gazetteer) -> re.Pattern[str]:
    """One regex of every trigger, summit nickname and title: a sentence that holds none of
    them reports no act and states no post. What :func:`_trigger_or_title_gate` tells
    without it (its tests compare the two): one search of each sentence for either, where a
    search for triggers and then one for titles took 15% longer on Terminus."""
    cached = getattr(gaz, "_trigger_or_title_re", None)
    if cached is None:
        text = first_character_text([*trigger_branches(), *words_branches(gaz.titles)])
        cached = compile_pattern(text)
        gaz._trigger_or_title_re = cached  # type: ignore[attr-defined]
    return cached


def _trigger_or_title_gate(gaz: Gazetteer) -> LiteralGate:
    """The test of :func:`_trigger_or_title_pattern` by an Aho-Corasick automaton of the same
    words (a third of the regex's time on Terminus's sentences); the same sentences pass.
    It holds the words of :func:`_vote_or_organ_pattern` as well (its ``also``), told by
    ``search_found`` from the same reading.

    A sentence the automaton cannot tell (both parts of a split trigger, no plain word) is
    searched with the trigger regex: the titles are plain words, so there the two regexes
    match alike, and the trigger regex is loaded anyway (the other, 360,000 words of compiled
    code, took 0.01 s of every start to load)."""
    cached = getattr(gaz, "_trigger_or_title_gate", None)
    if cached is None:
        acts = [*triggers(), *summits()]
        split = [word for word in acts if "…" in word]
        plain = [word for word in acts if "…" not in word] + list(gaz.titles)
        parts = [split_parts(word) for word in split]
        either = [*words("vote_scene"), *organ_words(gaz)]
        reported = [*gate_words(gaz), *_referring_word_list()]
        cached = LiteralGate(plain, parts, trigger_pattern(), also=either, reported=reported)  # type: ignore[arg-type]
        gaz._trigger_or_title_gate = cached  # type: ignore[attr-defined]
    return cached


def _gate_alone_words(gaz: Gazetteer) -> frozenset[str]:
    """_acts_alone_words() where the gate's automaton holds every one of them (whether a
    sentence holds one is then told by the words it found), else none: every sentence is
    asked. Asked once a gazetteer, not once an article (a test of 500 words)."""
    cached = getattr(gaz, "_gate_alone_words", None)
    if cached is None:
        alone = _acts_alone_words()
        cached = alone if _trigger_or_title_gate(gaz).reports(alone) else frozenset()
        setattr(gaz, "_gate_alone_words", cached)  # noqa: B010 - an attribute of no type
    return cached


#: The words of a kind of trigger as the gate tells them: the plain words, and the split
#: words' parts (first part → second parts); see :func:`_gate_trigger_words`.
_TriggerWords = tuple[frozenset[str], dict[str, frozenset[str]]]


def _gate_trigger_words(gaz: Gazetteer, kind: str) -> _TriggerWords | None:
    """The words of the triggers of a kind (``kind``: a name of :data:`_TRIGGER_KINDS`), as
    plain words and split words' parts, where the gate's automaton holds every one of them (it
    reports every occurrence of each, overlapping), else None (no sentence is told by them).
    Made once a gazetteer and kind; :func:`_holds_trigger_of` reads them."""
    made: dict[str, _TriggerWords | None] | None = getattr(gaz, "_gate_trigger_words", None)
    if made is None:
        made = {}
        setattr(gaz, "_gate_trigger_words", made)  # noqa: B010 - an attribute of no type
    if kind in made:
        return made[kind]
    wanted = _TRIGGER_KINDS[kind]
    plain: set[str] = set(words("verdict_word") if kind == "speaker" else summits())
    seconds: dict[str, frozenset[str]] = {}
    for word, trig in triggers().items():
        if not wanted(word, trig):
            continue
        parts = split_parts(word)
        if parts is None:
            plain.add(word)
        else:
            seconds[parts[0]] = seconds.get(parts[0], frozenset()) | {parts[1]}
    held = [*plain, *seconds]
    for rest in seconds.values():
        held.extend(rest)
    told = "" not in held and _trigger_or_title_gate(gaz).reports(held)
    made[kind] = (frozenset(plain), seconds) if told else None
    return made[kind]


def _holds_trigger_of(kind: _TriggerWords | None, found: list[str] | None) -> bool:
    """False where a sentence holds no trigger of a kind (:func:`_gate_trigger_words`), told
    by ``found``, the gate's words found in it: none of the kind's plain words, and both parts
    of none of its split words. find_triggers reports a trigger only as a word of the trigger
    table that stands in the clause searched (a split trigger's span holds both its parts;
    the second part it reports on its own, the act inside a judgement word, the acts of a gap
    read on its own are such words), as a summit nickname, or as a judgement made of a
    charge-flagged split trigger (_as_charge: the kinds name that flag). True where ``kind``
    or ``found`` is None (nothing told)."""
    if kind is None or found is None:
        return True
    plain, seconds = kind
    if found_any(plain, found):
        return True
    for first in found:
        rest = seconds.get(first)
        if rest is not None and found_any(rest, found):
            return True
    return False


def _acts_alone_trigger(word: str, trig) -> bool:
    """Whether find_triggers' finding ``trig`` in a clause may make _acts_without_actors
    true (with the summit nicknames): a judgement's or a failed request's trigger (speaker,
    asker), a release (UNDOES), or a wrong by its very name (flag charge), which find_triggers
    reports as a judgement too (_as_charge).

    Why: the words of _acts_alone are the first parts of the split triggers, so a sentence
    with 与 (与…身份不符) or 换 (换…战俘) and nobody named had its clauses split and each
    searched for triggers, 1,100 of Terminus's sentences for 与 alone."""
    return (
        bool(trig.objects & {"speaker", "asker"})
        or trig.event_type in UNDOES
        or "charge" in trig.flags
    )


def _speaker_trigger(word: str, trig) -> bool:
    """Whether ``trig`` may take the speaker of a quotation or of a statement as a side, or
    have the action stage ask for that speaker (_no_second_side): an act done in words
    (said_act: a subject-less one is the speaker's), a judgement (the speaker's, _evaluation),
    a word a verdict is read from (words.tsv verdict_word: read as 是不可接受的, a judgement),
    a wrong by its very name (flag charge: a judgement too, _as_charge); and a truce, whose
    other side is the foe of the last fight of any sentence before (discourse.foe), which
    may be a person the action stage asks the speaker about (_reporter_of). (An act that is a
    wrong told by its sufferer's speaker, flag suffered, is a charge only where the act was
    found with two sides already.)"""
    return (
        said_act(trig)
        or "speaker" in trig.objects
        or "charge" in trig.flags
        or word in words("verdict_word")
        or trig.predicate.name == "declaresCeasefireWith"
    )


def _any_trigger(word: str, trig) -> bool:
    """Every trigger but a look-alike (反对党: no event type, which find_triggers never
    reports), with the summit nicknames: a sentence that holds none gives no act
    (find_actions: every act is a trigger's), though it passed the gate for a title or a
    look-alike."""
    return bool(trig.event_type)


_TRIGGER_KINDS: Final = {
    "lone": _acts_alone_trigger,
    "speaker": _speaker_trigger,
    "acts": _any_trigger,
}


def _gate_reads(gaz: Gazetteer) -> tuple[bool, bool]:
    """Whether the words :func:`_trigger_or_title_gate` finds in a sentence tell
    (find_actors' tests for titles, firm nouns and posts, the test of :func:`_pronouns`): its
    automaton holds every one of their words (it reports every occurrence of each), and no
    word is empty (an empty word, in every text, is never reported). Asked once a gazetteer."""
    cached = getattr(gaz, "_gate_reads", None)
    if cached is None:
        gate = _trigger_or_title_gate(gaz)
        referring = _referring_word_list()
        cached = (
            reads_words_found(gaz, gate.reports),
            bool(referring) and "" not in referring and gate.reports(referring),
        )
        gaz._gate_reads = cached  # type: ignore[attr-defined]
    return cached


def _extract_sentence(
    ctx: _Context,
    sentence: Sentence,
    dates: _Dates,
    result: ArticleEvents,
    may_act_alone: bool = True,
    actor_words: Collection[str] | None = None,
    referring_words: Collection[str] | None = None,
) -> None:
    """The events and roles of a sentence the gate let through, and what it tells later
    sentences. ``may_act_alone``: False when the sentence holds none of the words of acts
    that need no actor (_acts_alone_words, told by the gate's automaton): a sentence that then
    names nobody is not searched for them (_acts_without_actors), 14,000 of Terminus's.
    ``actor_words``, ``referring_words``: the words the gate found in the sentence, given
    when they tell find_actors' tests (its ``words_found``) and :func:`_pronouns`' test."""
    text = ctx.article.text
    found = find_actors(
        text, sentence.start, sentence.end, ctx.gaz, memory=ctx.memory, words_found=actor_words
    )
    _described_country(ctx, sentence, found.mentions)
    answer = _opens_answer(sentence.text)
    if answer:  # 答:我们坚决反对…: who answers is known before 我们 is resolved
        _answer_speaker(ctx, sentence, found.mentions)
    else:
        _known_answerer(ctx, sentence, found.mentions)  # 林剑:我们敦促…: 我们 is who answers
    mentions = sorted(
        _fight_places_joined(
            found.mentions, _pronouns(ctx, sentence, found.mentions, referring_words)
        ),
        key=lambda m: m.start,
    )
    if found.roles:  # (the sentence as written is kept with roles and events only)
        body = ctx.article.body_span(sentence.start, sentence.end)
        for person, org, title in found.roles + found.seats:
            result.roles.append(Role(person, org, title, sentence, ctx.article.path, body))
    if not answer:
        _answer_speaker(ctx, sentence, mentions)
    lead = _part_before_semicolon(ctx, sentence, mentions)
    if mentions or lead or (may_act_alone and _acts_without_actors(ctx, sentence)):
        clauses = _clauses_of(ctx, sentence)
        _find_events(ctx, sentence, clauses, mentions, found.attributive, dates, result, lead)
    ctx.semicolon_part = None
    if mentions and sentence.text.endswith(_SEMICOLONS):
        ctx.semicolon_part = (sentence, _clauses_of(ctx, sentence), mentions, found.attributive)
    if ctx.groups:  # (most sentences: no list before, no list comprehension to run)
        ctx.groups = [g for g in ctx.groups if g[-1].end < sentence.start]
    if len(found.mentions) >= 2:  # (a list needs two; most sentences name none)
        ctx.groups.extend(_country_lists(text, found.mentions))
    if ctx.people_lists:
        ctx.people_lists = [g for g in ctx.people_lists if g[-1].end < sentence.start]
    if len(found.mentions) >= 2 and sum(m.actor.type == "Person" for m in found.mentions) >= 2:
        ctx.people_lists.extend(_people_lists(text, ctx.gaz, found.mentions))


def _without_fight_place(word: str, start: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions a pair word is resolved among: for a word for the sides of a fight, not
    the country named right before it (呼吁也门|冲突双方: the appeal addresses the sides)."""
    if word not in words("conflict_sides"):
        return mentions
    return [m for m in mentions if m.end != start]


def _fight_places_joined(mentions: list[Mention], referring: list[Mention]) -> list[Mention]:
    """苏丹|冲突双方, 也门|交战双方: a country right before a word for the sides of a fight
    (words.tsv conflict_sides) says where the fight is. Once the word found its two sides,
    the country is no third actor: the sides' mentions take its place (联合国呼吁也门冲突双方…:
    the sides are asked, not Yemen)."""
    if not referring:  # (half of the sentences read hold no referring word: nothing to join)
        return mentions + referring
    sides = {
        m.start for m in referring if m.via == "compound" and m.text in words("conflict_sides")
    }
    places = {m.end: m for m in mentions if m.end in sides}
    if not places:
        return mentions + referring
    joined = [
        replace(
            m,
            text=places[m.start].text + m.text,
            start=places[m.start].start,
            group=places[m.start].start,
        )
        if m.start in places and m.via == "compound"
        else m
        for m in referring
    ]
    return [m for m in mentions if m.end not in places] + joined


_SEMICOLONS: Final = ("；", ";")
# At most this many characters that name no actor before the first act of a part after a
# semicolon (同时, 并将, 宣布向…): a longer stretch may hold a subject the gazetteer lacks.
_SEMICOLON_LEAD_IN: Final = 6


def _part_before_semicolon(ctx: _Context, sentence: Sentence, mentions) -> tuple | None:
    """The part of the sentence before a semicolon, when this part opens with no subject of
    its own (英国宣布制裁…；同时冻结…): its clauses go on with that part's subject, as a comma
    clause does. A part that names an actor able to act before its first trigger has its own
    subject (美国…；俄方则…) and takes nothing from before; 向乌克兰 does not act."""
    part = ctx.semicolon_part
    if part is None or part[0].index != sentence.index - 1:
        return None
    if part[0].paragraph != sentence.paragraph:
        return None
    text = ctx.article.text
    first = trigger_pattern().search(text, sentence.start, sentence.end)
    if first is None:
        return None
    if any(m.start < first.start() and can_be_subject(text, m) for m in mentions):
        return None
    named = sum(m.end - m.start for m in mentions if m.end <= first.start())
    if first.start() - sentence.start - named > _SEMICOLON_LEAD_IN:
        return None  # 同时由于清政府与日本签订…: words before the act may be its subject
    if holds_condition(text, part[0].start, part[0].end):
        return None  # 如果…,美国将制裁…；同时…: the condition ends at the semicolon
    return part


def _acts_without_actors(ctx: _Context, sentence: Sentence) -> bool:
    """Whether a sentence that names no actor may still report an event: a summit nickname
    (金特会 names both leaders), a judgement, which is the speaker's (霸凌), or a release in
    the passive (被放还), which is by whoever detained them. Every other act
    needs an actor of the sentence, so the action stage is skipped for most sentences of a
    commentary, which hold a trigger word (希望, 要求) but name nobody; their clauses are
    not even split (the clauses of a sentence cover it from its start to its end)."""
    text = ctx.article.text
    acts_alone = _acts_alone()
    first = acts_alone.search(text, sentence.start, sentence.end)
    if first is None:
        return False
    for clause in _clauses_of(ctx, sentence):
        if not _holds_match(acts_alone, text, clause, first):
            continue  # (the words are checked again in each clause: most clauses hold none)
        for pos, trig in find_triggers(text, clause.start, clause.end):
            if isinstance(trig, str) or trig.objects & {"speaker", "asker"}:
                return True  # (决议草案未获通过: rejected by the body it was put to)
            if trig.event_type in UNDOES and agentless_passive(text, clause, pos):
                return True  # …船员被放还: released by whoever detained them
    return False


def _holds_match(pattern: re.Pattern[str], text: str, clause: Clause, first: re.Match[str]) -> bool:
    """Whether ``pattern`` (a regex of plain words) matches in ``text[clause.start:
    clause.end]``, told without a search where ``first``, its first match in the sentence
    around, already tells: a word that ends in a clause ending at or before ``first`` begins
    would have been found first, and ``first`` itself is a match of a clause it lies in.
    Why: a sentence of one clause, or whose first clause holds the word, was searched twice
    with a regex of 6,500 characters (``_acts_alone``) and now once."""
    if clause.end <= first.start():
        return False
    if clause.start <= first.start() and first.end() <= clause.end:
        return True
    return pattern.search(text, clause.start, clause.end) is not None


#: :func:`_acts_alone` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_ACTS_ALONE_MADE: Final[list[re.Pattern[str]]] = []


def _acts_alone() -> re.Pattern[str]:
    """:func:`_make_acts_alone`, made once."""
    return (
        _ACTS_ALONE_MADE[0] if _ACTS_ALONE_MADE else made_once(_ACTS_ALONE_MADE, _make_acts_alone())
    )


def _make_acts_alone() -> re.Pattern[str]:
    """The words summit nicknames, judgements and releases begin with: a sentence or a clause
    that holds none of them holds none of these (find_triggers finds a trigger only where its
    word, or the first part of a split trigger, stands inside the range searched; the second
    part of a split trigger and an act inside a judgement are triggers, and words, of their
    own). Searched per clause too: find_triggers costs far more than this search."""
    return words_pattern(_acts_alone_words())


@lru_cache(maxsize=1)
def _acts_alone_words() -> frozenset[str]:
    """The words of :func:`_acts_alone`: summit nicknames and triggers (their first parts),
    all words of the trigger-or-title gate, which so tells whether a sentence holds one."""
    words = set(summits())
    for word, trig in triggers().items():
        if trig.objects & {"speaker", "asker"} or trig.event_type in UNDOES:
            words.add((split_parts(word) or (word, ""))[0])
    return frozenset(words)


def _outside_anyone(text: str, sentence: Sentence, mentions: list) -> list:
    """任何向俄罗斯提供武器的国家都将面临制裁: an actor inside a relative that 任何 opens and a
    noun of words.tsv anyone_head closes says what anyone at all might do; it is no side of an
    act, neither of the act inside (提供武器) nor of the warning or measure about them."""
    spans = [
        (m.start(), m.end()) for m in anyone_relative().finditer(text, sentence.start, sentence.end)
    ]
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]


def _find_events(
    ctx: _Context,
    sentence: Sentence,
    clauses,
    mentions,
    attributive,
    dates: _Dates,
    result: ArticleEvents,
    lead: tuple | None = None,
) -> None:
    """The events of a sentence, and what they and its actors tell later sentences; ``lead``
    is the part before a semicolon its first clause goes on from (read, never reported)."""
    text = ctx.article.text
    read = (clauses, mentions, attributive)
    if lead is not None:  # …；同时谴责…: read with the part before, whose actions are its own
        read = _joined_to_part_before(clauses, mentions, attributive, lead)
    if "任何" in sentence.text:  # (most sentences speak of no one at all)
        read = (read[0], _outside_anyone(text, sentence, read[1]), read[2])
    actors = read[1]
    lone = _one_unknown_person(actors) and not _holds_known_post(result, actors[0])
    actions: Iterable[Action]
    if lone or _no_trigger(ctx, sentence, lead) or _no_second_side(ctx, sentence, actors):
        actions = []  # 王小明说…: one person the patterns found and nobody to act on
    else:
        actions = find_actions(text, *read, discourse=_discourse(ctx, sentence, mentions))
        if lead is not None:  # (the part before's own actions were found with it)
            actions = [a for a in actions if a.trigger_start >= sentence.start]
    seen: set[tuple[str, str, str, str]] = set()
    for action in _with_leaders(text, actions, actors):
        action = _started_later(ctx.article, sentence, action, dates.of(sentence))
        refused = _asker_refused(ctx, sentence, _partner_refused(text, action, actors))
        if refused is None:
            continue  # a refusal of an act no one in focus asked for (_refused_foe)
        action = refused
        key = (
            action.subject.actor.key,
            action.trigger.predicate.name,
            action.object.actor.key,
            action.status,
        )
        if key in seen or _takes_a_job(action) or _one_organ_twice(action):
            continue
        if _urges_own_body(ctx, result, action):
            continue
        if _none_of_them(text, action) or _own_mission_cut(text, action):
            continue
        if _order_to_leave(text, action, seen):
            continue  # 宣布…克里纳为“不受欢迎的人”,要求他48小时内离境: the expulsion only
        if _document_as_target(action) or _backer_in_frame(text, action):
            continue
        if _war_of_one_side(text, action):
            continue
        if _route_as_attacker(text, action) or _summoned_protests(text, action):
            continue
        if _territory_addressed(ctx.gaz, action):
            continue
        action = _ministry_at_war(ctx, _spokesman_we(ctx, result, action))
        seen.add(key)
        event = _event(ctx, sentence, action, dates.of(sentence))
        event.extra["frame"] = action.frame  # how the target was found: a feature of the filter
        if action.frame == "compound" and not _pair_word(action.subject.text):
            event.extra["compound"] = True  # 俄乌|战争: the sides named by a compound (双方|交火
            # says that both fire, whoever the article says struck first)
        if event.confidence < confidence_weights().get("keep", 0.0):
            continue  # too many guesses: an implied target on a borrowed subject, undated
        result.events.append(event)
        ctx.events.append(event)
        if action.object.via != "place" and action.trigger.predicate.name not in _NO_SIDES:
            # 双方 are two sides, never a side and a place, nor a mediator and a side
            ctx.last_pair = (action.subject, action.object)
            ctx.last_pair_at = sentence.index
    ctx.persons.extend(_clause_topics(text, clauses, mentions, attributive))
    speaker = speaker_in_sentence(text, clauses, len(clauses) - 1, sentence.end, mentions)
    if speaker is not None:
        ctx.said_by[sentence.index] = speaker
    if speaker is not None and not _answer_goes_on(ctx, speaker):
        ctx.statement = (speaker, sentence.paragraph, False)
        if speaker.group is not None:
            ctx.co_speakers[speaker.group] = [m for m in mentions if m.group == speaker.group]


_REFUSALS: Final = frozenset({"拒绝", "拒絕", "反对", "反對", "不接受", "拒不"})
_ACT_TAGS: Final = ("v", "l")  # 迁移, 谈判 (vn), 解除武装 (l): an act, not its doer or a noun


def _act_opens(text: str, at: int, reach: int) -> bool:
    """Whether jieba's first word of the ``reach`` letters from ``at`` is an act (_ACT_TAGS):
    拒绝|迁移巴勒斯坦人, 与国际原子能总署|合作, not 拒绝|美国的要求."""
    tags = segment.tag(text[at : at + reach])
    return bool(tags) and tags[0][1].startswith(_ACT_TAGS)


def _asker_refused(ctx: _Context, sentence: Sentence, action):
    """特朗普希望埃及和约旦接受巴勒斯坦人。约旦、埃及拒绝迁移巴勒斯坦人 → 特朗普: a refusal of an
    act (拒绝 + a verb, not a side: 拒绝美国的要求) refuses the side that last asked the
    refuser's side for something, in the sentences before, not a people the act is done to
    (巴勒斯坦|人) nor whoever was named last; a side the act names in its clause stays (拒绝承认
    朝鲜为核国家 → 朝鲜), and so does the target found when no demand is in focus."""
    if action.trigger.event_type != "REJECT" or action.trigger.word not in _REFUSALS:
        return action
    text = ctx.article.text
    after = action.trigger_start + len(action.trigger.word)
    if not _act_opens(text, after, 6):
        return action
    named = action.object
    if after <= named.start < _clause_end(text, after) and text[named.end : named.end + 1] != "人":
        return action  # 拒绝承认朝鲜为核国家: the act's own party (but not 巴勒斯坦|人, a people)
    subject = action.subject
    for event in reversed(ctx.events):
        if event.sentence.index < sentence.index - _FOCUS_SENTENCES:
            break
        if event.status == "negated":
            continue
        if _refused_again(subject, event):
            foe = event.object  # 遭哈梅内伊拒绝。…但哈梅内伊拒绝谈判 → the one refused before
            if same_side(foe, action.object):
                return action
            return replace(
                action, object=make_mention(foe.actor, foe.text, foe.start, foe.end, "coref")
            )
        if event.event_type != "REQUEST":
            continue
        if not same_side(subject, event.object) or same_side(subject, event.subject):
            continue
        asker = event.subject
        if same_side(asker, action.object):
            return action
        return replace(
            action, object=make_mention(asker.actor, asker.text, asker.start, asker.end, "coref")
        )
    if action.frame == "focus" and not _refused_foe(ctx, sentence, action):
        return None
    return action


_PARTNER_REACH: Final = 16  # 拒绝|就「遭轰炸场址」|与国际原子能总署合作: the words before 与


def _partner_refused(text: str, action, actors):
    """拒绝就「遭轰炸场址」与国际原子能总署合作 → 国际原子能总署: a refusal of an act done with a
    partner (与/同/跟 and an actor, then the act, in the refusal's own clause) refuses that
    partner, not the side that last asked the refuser for something (the target a focus
    found); 拒绝与X谈判 finds X right after it already."""
    if action.trigger.event_type != "REJECT" or action.trigger.word not in _REFUSALS:
        return action
    if action.frame != "focus":
        return action
    after = action.trigger_start + len(action.trigger.word)
    end = _clause_end(text, after)
    for mention in actors:
        opener = mention.start - 1
        if not after < opener < min(end, after + _PARTNER_REACH) or text[opener] not in "与同跟與":
            continue
        if mention.end >= end or same_side(mention, action.subject):
            continue
        if _act_opens(text, mention.end, 4):
            return replace(action, object=mention, frame="with")
    return action


def _refused_again(subject: Mention, event: Event) -> bool:
    """特朗普致函伊朗呼吁谈判,遭哈梅内伊拒绝。…但哈梅内伊拒绝谈判 → 特朗普: a refusal of an act
    by one who refused someone in focus before, with no demand between, refuses that one again,
    not the partner of a meeting of his side's envoys in between (加尔贾什与阿拉格齐会面)."""
    return (
        event.event_type == "REJECT"
        and event.subject.actor.key == subject.actor.key
        and event.status == "asserted"
        and not same_side(subject, event.object)
    )


def _refused_foe(ctx: _Context, sentence: Sentence, action) -> bool:
    """猛虎组织与斯里兰卡政府军交战。…猛虎组织最终拒绝解除武装 → 斯里兰卡: a refusal of an act
    with no asker in focus refuses the target focus found only when that is the other side of
    the refuser's last dealing in focus, not the actor of the last event when the refuser dealt
    with no one (莫尔科斯表示…。卡西姆拒绝解除武装), nor a side its last dealing did not involve.
    A target the refused act names stays (拒绝让…美国军用飞机降落 → 美国). (Passing over the
    partner of a last dealing that was a partnership, 中俄开展经贸合作…中方不接受指责和施压,
    cost 2 right records on the travel sets: not done.)"""
    text = ctx.article.text
    after = action.trigger_start + len(action.trigger.word)
    if action.object.text and action.object.text in text[after : _clause_end(text, after)]:
        return True
    subject = action.subject
    for event in reversed(ctx.events):
        if event.sentence.index < sentence.index - _FOCUS_SENTENCES:
            break
        pair = (event.subject, event.object)
        if not any(same_side(subject, m) for m in pair):
            continue
        others = [m for m in pair if not same_side(subject, m)]
        if not others:
            continue
        return same_side(others[0], action.object)
    return False


def _discourse(ctx: _Context, sentence: Sentence, mentions) -> Discourse:
    """What the article around the sentence tells the action stage, asked only when it is
    run (3,200 of the 7,900 Terminus sentences that reach _find_events)."""
    return Discourse(
        summit_pair=lambda word: _summit_pair(ctx, word, sentence, mentions),
        counterpart=lambda subject, pos, trig: _counterpart(ctx, subject, sentence, trig),
        speaker=lambda pos: _speaker_at(ctx, pos),
        co_speakers=lambda speaker: ctx.co_speakers.get(speaker.group, [speaker]),  # type: ignore[arg-type]
        agent=lambda event_type: _last_agent(ctx, event_type, sentence),
        agents=lambda event_type: _last_agents(ctx, event_type, sentence),
        act=lambda event_type: _last_act(ctx, event_type, sentence),
        sides=lambda states, mediators=(): _mediated_sides(ctx, sentence, states, mediators),
        body=lambda pos: _body_at(ctx, pos),
        askers=lambda: _last_askers(ctx, sentence),
        pair=lambda event_type: _last_act(ctx, event_type, sentence, _PAIR_SENTENCES),
        doer=lambda subject: _doer_before(ctx, subject, sentence),
        partners=lambda side: _joint_partners(ctx, side, sentence),
        asked=lambda subject: _reported_in_question(ctx, subject),
        called_off=lambda subject: _own_act_called_off(ctx, subject, sentence),
        foe=lambda side: _foe_in_fight(ctx, side, sentence),
        author=lambda judge: _said_author(ctx, judge, sentence),
        accuser=lambda side: _last_accuser(ctx, side, sentence),
    )


def _last_accuser(ctx: _Context, side: Mention, sentence: Sentence) -> Mention | None:
    """Who accused ``side`` last, in the two sentences before (朝鲜谴责韩国无人机侵犯领空。
    韩军方对此予以否认 → 朝鲜), when ``side`` has dealt with no other one since: a denial
    after news of another dealing answers that news (泰柬相互指责。外媒披露,川普曾与泰国领袖
    通话。泰国对此予以否认: not 柬埔寨)."""
    others: set[str] = set()
    for event in reversed(ctx.events):
        if event.sentence.index < sentence.index - _LAST_ACTOR_SENTENCES:
            break
        if event.sentence.index >= sentence.index:
            continue
        pair = (event.subject, event.object)
        if not any(same_side(side, m) for m in pair) or all(same_side(side, m) for m in pair):
            continue
        if (
            event.event_type == "ACCUSE"
            and event.status == "asserted"
            and same_side(side, event.object)
            and others <= {event.subject.actor.key}
        ):
            return event.subject
        other = event.object if same_side(side, event.subject) else event.subject
        others.add(other.actor.key)
    return None


def _foe_in_fight(ctx: _Context, side: Mention, sentence: Sentence) -> Mention | None:
    """泰柬边境冲突持续。…柬埔寨对外宣称愿无条件停火 → 泰国; 泽连斯基在通话中重申愿意接受全面
    停火 → 俄罗斯, not 美国 whose leader he spoke with: the other side of the last fight, told
    as fought (not negated), that ``side``'s side took part in, in the article so far. A
    truce offered with nobody named is offered to the one it stops the fighting with."""
    for event in reversed(ctx.events):
        if event.sentence.index > sentence.index:
            continue
        if event.event_type != "ASSAULT" or event.status == "negated":
            continue
        if same_side(event.subject, side) and not same_side(event.object, side):
            return event.object
        if same_side(event.object, side) and not same_side(event.subject, side):
            return event.subject
    return None


def _spokesman_we(ctx: _Context, result: ArticleEvents, action):
    """外交部发言人秦刚说,我们将向菲律宾提供援助: the 我们 of a spokesperson is the country he
    speaks for, in an act beyond words and as the one acted on; his words themselves (我们敦促
    菲方…) stay his own act."""
    ours = [
        m
        for m in (action.subject, action.object)
        if m.via == "coref"
        and m.text in _WE
        and m.actor.type == "Person"
        and (m is action.object or not said_act(action.trigger))
    ]
    if not ours or not _speaks_for_state(ctx, result, ours[0].actor):
        return action
    country = ctx.gaz.actors.get(ours[0].actor.country or "")
    if country is None:
        return action
    side = make_mention(country, ours[0].text, ours[0].start, ours[0].end, "coref")
    other = action.object if ours[0] is action.subject else action.subject
    if other.actor.key == country.key:
        return action
    if other.actor.type == "Person" and action.trigger.event_type in SYMMETRIC_TYPES:
        return action  # 特朗普:…我们(与卡尼)达成共识, 我们经常通话: the two leaders talk
    if ours[0] is action.subject:
        return replace(action, subject=side)
    return replace(action, object=side)


_FORCE: Final = frozenset({"ASSAULT", "MOBILIZE"})  # acts of armed force, which no diplomat does


def _ministry_at_war(ctx: _Context, action):
    """巴基斯坦外交部称,今晨对印控境内目标发动空袭: a foreign ministry does not strike or deploy;
    an act of force its statement reports, with no subject of its own, is its state's."""
    subject = action.subject
    if action.trigger.event_type not in _FORCE or not subject.actor.key.endswith("_MFA"):
        return action
    country = ctx.gaz.actors.get(subject.actor.country or "")
    if country is None or country.key == action.object.actor.key:
        return action
    # the state's own name as the mention: the ministry's name would map it to the ministry
    side = make_mention(country, country.label, subject.start, subject.end, "coref")
    return replace(action, subject=side)


# the first persons plural of a speaker's words (我们 and its traditional and spoken forms)
_WE: Final = frozenset({"我们", "我們", "咱们", "咱們"})


def _speaks_for_state(ctx: _Context, result: ArticleEvents, person: Actor) -> bool:
    """A spokesperson (_spokesman), or a person the gazetteer knows in a state's post (a
    leader, a minister, an officer: actions.state_person) who is no international official:
    the 我们 of his words, in an act beyond words, is his state."""
    if _international_official(ctx.gaz, person):
        return False
    if _spokesman(ctx, result, person):
        return True
    return state_person(person, [r.title for r in result.roles if r.person.actor.key == person.key])


def _spokesman(ctx: _Context, result: ArticleEvents, person: Actor) -> bool:
    """A person the article or the gazetteer gives a spokesperson's title (words.tsv
    spokesman: 外交部发言人, 新闻发言人)."""
    posts = [r.title for r in result.roles if r.person.actor.key == person.key]
    posts.append(ctx.gaz.person_posts.get(person.key, ("", ""))[1])
    return any(title.endswith(words("spokesman")) for title in posts if title)


def _joined_to_part_before(clauses, mentions, attributive, lead) -> tuple[list, list, list]:
    """The clauses, mentions and attributive spans of the part before the semicolon and of
    this part together, for find_actions; only the actions of this part are kept."""
    _, lead_clauses, lead_mentions, lead_attributive = lead
    return (
        list(lead_clauses) + list(clauses),
        list(lead_mentions) + list(mentions),
        list(lead_attributive) + list(attributive),
    )


def _answer_goes_on(ctx: _Context, speaker: Mention) -> bool:
    """耿爽:中方对此表示强烈愤慨。(new paragraph) 我们敦促…: the side an answer speaks for
    (a state or a body, not a person), named with a statement verb inside it, does not end the
    answer; its giver stays the speaker to the next question."""
    if ctx.statement is None or not ctx.statement[2] or speaker.actor.type == "Person":
        return False
    return same_side(ctx.statement[0], speaker)


def _own_mission_cut(text: str, action) -> bool:
    """美国缩减驻俄外交人员: a mission named only by where it serves (驻俄) is the actor's own;
    its host is no target of an expulsion (法国驻委使馆人员 names France's)."""
    target = action.object
    return (
        action.trigger.predicate.name == "expelsDiplomatsOf"
        and target.start > 0
        and text[target.start - 1] == "驻"
        and target.actor.type == "Country"
    )


def _with_leaders(text: str, actions, mentions) -> Iterator:
    """加拿大跟随美国对马杜罗…实施制裁: each action, then the same act of the actor it is said to
    follow (words.tsv follow, between the subject and the trigger), who did it first: done,
    whether the follower will, will not or may follow (塞尔维亚不会追随欧盟对俄罗斯实施制裁)."""
    for action in actions:
        yield action
        leader = _leader_followed(text, action, mentions)
        if leader is not None:
            yield replace(action, subject=leader, status="asserted")


@lru_cache(maxsize=1)
def _follow_words() -> re.Pattern[str]:
    return words_pattern(words("follow"))


def _leader_followed(text: str, action, mentions) -> Mention | None:
    """The state or body right after a word of following (跟随|美国, 效仿|欧盟) between the
    subject and the trigger: it is no subject, but it acts first."""
    if not _follow_words().search(text, action.subject.end, action.trigger_start):
        return None  # (most actions: no word of following before the trigger)
    for mention in mentions:
        if not action.subject.end <= mention.start < action.trigger_start:
            continue
        if mention.actor.type == "Person" or mention.actor.key in {
            action.subject.actor.key,
            action.object.actor.key,
        }:
            continue
        if text[action.subject.end : mention.start].endswith(words("follow")):
            return mention
    return None


def _order_to_leave(text: str, action, seen: set) -> bool:
    """宣布德国驻委大使克里纳为“不受欢迎的人”,要求他48小时内离境: an order to leave (words.tsv
    leave_order) given to an envoy, or to the state, that the same actor has expelled earlier in
    the sentence (``seen`` keys) is that expulsion; it asks nothing besides."""
    if action.trigger.event_type != "REQUEST":
        return False
    tail = text[action.object.end : action.object.end + 14]
    if not any(word in tail for word in words("leave_order")):
        return False
    told = {action.object.actor.key, action.object.actor.country}
    return any(
        (action.subject.actor.key, "expelsDiplomatsOf", state) in {key[:3] for key in seen}
        for state in told
    )


def _none_of_them(text: str, action) -> bool:
    """俄罗斯、法国…中没有一个国家投否决票: the list is what "none of" ranges over; none of
    its members is said to act (words.tsv none_of)."""
    start, end = action.subject.end, action.trigger_start
    if not 0 <= end - start <= 30:
        return False
    between = text[start:end]
    return any(word in between for word in words("none_of"))


_EMPLOYERS: Final = frozenset({"company", "university", "think_tank", "media"})


def _takes_a_job(action) -> bool:
    """李某加入华为: a person who joins a company, university or outlet takes a job there; it
    is no cooperation between parties."""
    return (
        action.trigger.predicate.name == "joins"
        and action.subject.actor.type == "Person"
        and kind_of(load_gazetteer(), action.object.actor) in _EMPLOYERS
    )


def _urges_own_body(ctx: _Context, result: ArticleEvents, action) -> bool:
    """欧盟外交和安全政策高级代表罗西尼…。罗西尼说,欧盟必须找出一套策略: what the holder of a post
    in a body says the body must do is the body's own plan, not a demand on it (a body has no
    country that would make the two one side, as 中方 and a Chinese minister are)."""
    if action.frame != "speaker" or action.trigger.event_type != "REQUEST":
        return False
    person, body = action.subject.actor, action.object.actor.key
    if person.type != "Person":
        return False
    if ctx.gaz.person_posts.get(person.key, ("", ""))[0] == body:
        return True
    return any(r.person.actor.key == person.key and r.org.actor.key == body for r in result.roles)


def _one_organ_twice(action) -> bool:
    """总统府…总统府对此深表遗憾: an organ named by the same bare word on both sides is one body,
    even when the two mentions were given different countries; it does not act on itself."""
    subject, target = action.subject, action.object
    return (
        subject.text == target.text
        and subject.actor.type == target.actor.type == "Organization"
        and subject.actor.country is not None
        and target.actor.country is not None
    )


def _backer_in_frame(text: str, action: Action) -> bool:
    """科索沃在西方支持下宣布独立, 在中方帮助下,缅政府同…会晤, 西方在北约支持下企图…: a backer
    named inside a 在…下 frame (支持下, 援助下, 协助下, 帮助下 alike) sets the scene of the main
    clause's deed; the annotators credit it with no support and no aid (qh, va, dd-dev, df-dev,
    la-dev; once of five, qa, with support of a relative clause's noun). Mediation in the same
    frame (在美国斡旋下, 在土耳其外长参与下) is the mediator's act with both sides and stays."""
    if action.trigger.event_type not in _BACKING_TYPES:
        return False
    end = action.trigger_start + len(action.trigger.word)
    if not action.trigger.word.endswith("下"):
        close = _FRAME_CLOSE.match(text, end)
        if close is None:
            return False  # (most support is no frame: a cheap test first)
        end = close.end()
    if text[end : end + 1] in _NOT_A_FRAME_END:
        return False  # 支持下调利率: 下 opens a word
    opening = text.rfind("在", max(0, action.subject.start - _FRAME_REACH), action.subject.start)
    return opening >= 0 and not any(c in _FRAME_BREAKS for c in text[opening:end])


_BACKING_TYPES: Final = frozenset({"SUPPORT", "AID"})
_FRAME_CLOSE: Final = compile_pattern(r"(?:[和与及][\u4e00-\u9fff]{1,3})?下", wide=True)
_FRAME_REACH: Final = 24  # 在|法国、西班牙以及北约多国部队: the frame's backers may be a list
_NOT_A_FRAME_END: Final = frozenset("调台届降滑跌")
_FRAME_BREAKS: Final = frozenset(",，。;；:：!！?？“”「」")


def _document_as_target(action) -> bool:
    """聲明說，英法德…啟動…恢復制裁機制; 公报中指出,苏丹政府…呼吁联合国…: a statement or
    communiqué stands for the side that issued it when it speaks, but nobody acts on the paper
    itself, so it is never an event's target (audit34 ye, session 35 qh)."""
    return action.object.text in words("statement_document")


def _war_of_one_side(text: str, action: Action) -> bool:
    """土耳其反对任何煽动伊朗内战的计划, 为俄罗斯战争提供物资支持的企业, 欧盟正在打击俄罗斯战争机器,
    规避西方对乌克兰战争做出的制裁: a war named by one country (战争, 冲突, 内战) is what the act is
    about, not that country: the act's target is the war or its backers, and the annotators
    credit no act on the country (ob, ve, db-dev, dh-dev). A war named by both sides (以色列和
    伊朗冲突, 俄乌战争), the war noun as the act's own trigger, and the war's sides (呼吁苏丹冲突
    双方停火: la-dev credits Sudan) stay, and so do troops sent into a war (美国派兵干涉朝鲜战争):
    they are deployed against the country the war is in (tests/test_recall_blind_z.py)."""
    if action.trigger.event_type == "MOBILIZE":
        return False
    obj = action.object
    if not text.startswith(_ONE_SIDE_WARS, obj.end) or action.trigger_start == obj.end:
        return False
    if len(obj.text) < 2 or text[obj.start - 1 : obj.start] in _WAR_PAIR_LINKS:
        return False  # 俄|乌|战争, 以色列和|伊朗|冲突: a war of two named sides
    return not text.startswith(_WAR_SIDES, obj.end + 2)  # 苏丹冲突|双方: its government is one


_ONE_SIDE_WARS: Final = ("战争", "冲突", "内战")  # (each two letters long)
_WAR_PAIR_LINKS: Final = frozenset("与和同跟、及")
_WAR_SIDES: Final = ("双方", "各方")


def _route_as_attacker(text: str, action) -> bool:
    """无人机經白俄羅斯進入波蘭; 以色列利用美国在伊拉克的军事基地领空…对伊朗发起军事行动; 境外组织
    用中国作跳板网络攻击俄目标: a country the attack goes through or is launched from is its
    route, not its attacker (audit33 wh, audit34 yb, session 35 qb). An armed group used
    (伊朗利用|胡塞武装|袭击以色列) is no route: it attacks."""
    subject = action.subject
    if action.trigger.event_type != "ASSAULT" or subject.actor.type not in {"Country", "Region"}:
        return False
    before = text[max(0, subject.start - 2) : subject.start]
    return before.endswith(words("route_before")) or text.startswith(
        words("route_after"), subject.end
    )


def _summoned_protests(text: str, action) -> bool:
    """已召見印度駐巴臨時代辦，以表達其對“印度…”的強烈抗議; 召喚中國駐倫敦大使表達抗議: the protest
    a summons goes on to express is the summoner's, so the envoy (or his country) named between
    the summons and the protest does not protest (audit34 ye, session 35 qj). A protest whose
    clause has a subject of its own (…，中方则提出抗议) is not governed by the summons."""
    summons_verbs = words("summons_verb")
    if action.trigger.event_type != "PROTEST" or text.startswith(
        summons_verbs, action.trigger_start
    ):
        return False
    start = max(0, action.trigger_start - 60)
    found = [text.rfind(w, start, action.subject.start) for w in summons_verbs]
    summons = max(found)
    if summons < 0 or any(mark in text[summons : action.trigger_start] for mark in "。；;！？"):
        return False
    clause = max(text.rfind(mark, summons, action.trigger_start) for mark in "，,")
    if clause >= 0 and not opens_with(text, clause + 1, "purpose_goes_on"):
        return False
    return action.subject.start < action.trigger_start  # (the summons, found before it, opens)


def _one_unknown_person(mentions: list[Mention]) -> bool:
    """Whether a sentence names only one person, and one the gazetteer does not know (a name
    after a title or where a clause opens, named again or referred to by 他): the sentences
    of a story about private people, which report no act between actors (2 events in 1,500
    such Terminus sentences, both wrong). The action stage is skipped there: about 4% of the
    extraction time of Terminus once untitled names are found."""
    first = mentions[0].actor if mentions else None
    if first is None or first.known or first.type != "Person":
        return False
    return all(m.actor.key == first.key for m in mentions)


#: :func:`_anaphoric` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_ANAPHORIC_MADE: Final[list[re.Pattern[str]]] = []


def _anaphoric() -> re.Pattern[str]:
    """:func:`_make_anaphoric`, made once."""
    return _ANAPHORIC_MADE[0] if _ANAPHORIC_MADE else made_once(_ANAPHORIC_MADE, _make_anaphoric())


def _make_anaphoric() -> re.Pattern[str]:
    """对此, and a move referred back to (words.tsv move_after: 谴责此举): what a response
    answers, named in the sentence before."""
    return words_pattern([*words("about_this"), *words("move_after")])


def _holds_known_post(result: ArticleEvents, person: Mention) -> bool:
    """Whether the article made the person the holder of a post in an actor the gazetteer knows
    (胡塞武装发言人萨雷亚): one who speaks for a party, not a private person."""
    return any(
        role.person.actor.key == person.actor.key and role.org.actor.known for role in result.roles
    )


def _no_trigger(ctx: _Context, sentence: Sentence, lead: tuple | None) -> bool:
    """Whether a sentence holds no trigger, told by the gate's words found in it (it passed
    the gate for a title or a look-alike: 847 of the 6,841 Terminus sentences asked: those
    that reach _find_events and are not about one unknown person alone):
    find_actions then finds no act (every act is a trigger's, and find_triggers reports one
    only as a word of the table, or both parts of one, standing in the clause searched).
    A sentence read with the part before a semicolon (``lead``) is read with that part's
    triggers too."""
    return lead is None and not _holds_trigger_of(
        _gate_trigger_words(ctx.gaz, "acts"), _gate_words_of(ctx, sentence)
    )


def _no_second_side(ctx: _Context, sentence: Sentence, mentions: list[Mention]) -> bool:
    """Whether the action stage can find no act in a sentence, because only one side is there.

    Every act of actions.py joins two sides that are not one (each is guarded by _same_side,
    which holds for an actor and itself, or by a key check; a military that seizes a person
    of its own is the exception, hence the kind check). Both sides come from the sentence's
    mentions (pronouns resolved) or from what the discourse offers: the events of the last
    _FOCUS_SENTENCES sentences (counterpart, agent, act, pair, askers, mediated sides), the
    body in focus (of acts put to a body and ballots cast in it), the speaker of a quotation
    (where one may be named: _may_name_speaker) or of the paragraph's statement, the leaders
    a summit nickname names, or the country a coup condemned happened in. With one actor
    named (or none) and none of those, there is no other side: 2,100 of Terminus's 5,100
    sentences that reach the stage, none of its acts (and 560 more of its sentences in
    quotation marks that name no speaker, 250 in articles that named a body).
    Skipping is exact: find_actions then writes nothing later sentences read (it caches a
    quotation's speaker, from what is known when first asked: the sentence is in none, or
    in quotations said by nobody whenever asked, whose asking teaches no leader).

    The speaker is asked for only by the triggers of _speaker_trigger (discourse.speaker and
    co_speakers: a subject-less act done in words, a judgement, a person a truce is offered
    to; a sufferer's charge needs an act found with two sides first), and the act a question
    reports only in an answer or a question (discourse.asked). So where the sentence holds
    none of those triggers (told by the gate's words found in it), is in no answer or
    question, and no part before a semicolon is read with it (whose acts, with the speaker
    for a side, it could go on from), the speaker is no second side either, and is never
    asked: 168 of Terminus's sentences in a quotation or a statement."""
    first = mentions[0].actor if mentions else None
    if first is not None and (
        any(m.actor.key != first.key for m in mentions) or kind_of(ctx.gaz, first) == "military"
    ):
        return False
    if ctx.events and ctx.events[-1].sentence.index >= sentence.index - _FOCUS_SENTENCES:
        return False  # (events come in text order: the last is the latest)
    if ctx.memory.body is not None and _acts_on_a_body().search(
        ctx.article.text, _read_from(ctx, sentence), sentence.end
    ):
        return False
    if _summit_words().search(ctx.article.text, sentence.start, sentence.end):
        return False
    if _posted_envoy_recalled().search(ctx.article.text, sentence.start, sentence.end):
        return False  # 召回驻华大使: the host is read inside the title word 驻华大使
    if any(w in sentence.text for w in words("coup")):
        return False  # 谴责政变: the country a coup was reported in, from the text before
    if first is not None and _posted_mission(ctx, mentions[0]):
        return False  # 俄罗斯驻立陶宛大使馆…被驱逐: the host is read after 驻 inside the mission
    if sentence.index > 0 and _anaphoric().search(ctx.article.text, sentence.start, sentence.end):
        return False  # 安理会对此表示谴责: 此 may name who acted in the sentence before
    if sentence.index > 0 and said_referred().search(
        ctx.article.text, sentence.start, sentence.end
    ):
        return False  # 克里姆林宫称这种说法荒唐可笑: who said it, in the sentence before
    statement = ctx.statement
    if (
        not ctx.asking
        and (statement is None or not statement[2])
        and _read_from(ctx, sentence) == sentence.start
        and not _holds_trigger_of(
            _gate_trigger_words(ctx.gaz, "speaker"), _gate_words_of(ctx, sentence)
        )
    ):
        return True  # no trigger here may take a speaker, who is then no side either
    if any(_may_name_speaker(ctx, quote) for quote in _quotes_over(ctx, sentence)):
        return False
    return statement is None or (not statement[2] and statement[1] != sentence.paragraph)


def _posted_mission(ctx: _Context, mention: Mention) -> bool:
    """中国驻日本大使馆: a mission named with its host after 驻, which the action stage reads
    (an expulsion of its staff with no expeller named is the host's) though it is no mention."""
    return "驻" in mention.text and kind_of(ctx.gaz, mention.actor) in MISSION_KINDS


def _read_from(ctx: _Context, sentence: Sentence) -> int:
    """Where the words the action stage may read with a sentence begin: at the part before a
    semicolon that ends the sentence before, if there is one (it may be read with it)."""
    part = ctx.semicolon_part
    if part is not None and part[0].index == sentence.index - 1:
        return part[0].start
    return sentence.start


@lru_cache(maxsize=1)
def _acts_on_a_body() -> re.Pattern[str]:
    """The words the acts begin with that the body in focus answers (the ``body`` object: a
    draft put to it; a ballot cast in it): the action stage asks for that body for these
    only, and find_triggers finds a trigger only where its word, or the first part of a
    split trigger, stands in the range searched."""
    words = {
        (split_parts(word) or (word, ""))[0]
        for word, trig in triggers().items()
        if "body" in trig.objects or "ballot" in trig.flags
    }
    return words_pattern(words)


#: :func:`_summit_words` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_SUMMIT_WORDS_MADE: Final[list[re.Pattern[str]]] = []


def _summit_words() -> re.Pattern[str]:
    """:func:`_make_summit_words`, made once."""
    return (
        _SUMMIT_WORDS_MADE[0]
        if _SUMMIT_WORDS_MADE
        else made_once(_SUMMIT_WORDS_MADE, _make_summit_words())
    )


def _make_summit_words() -> re.Pattern[str]:
    return words_pattern(summits())


#: :func:`_posted_envoy_recalled` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_POSTED_ENVOY_RECALLED_MADE: Final[list[re.Pattern[str]]] = []


def _posted_envoy_recalled() -> re.Pattern[str]:
    """:func:`_make_posted_envoy_recalled`, made once."""
    return (
        _POSTED_ENVOY_RECALLED_MADE[0]
        if _POSTED_ENVOY_RECALLED_MADE
        else made_once(_POSTED_ENVOY_RECALLED_MADE, _make_posted_envoy_recalled())
    )


def _make_posted_envoy_recalled() -> re.Pattern[str]:
    """A recall (triggers.tsv flag recall) right before 驻 (召回驻华大使): the host the envoy
    leaves is the other side, which the action stage reads after 驻 although the actor stage
    found no mention there (驻华大使 is one title)."""
    recalls = [word for word, trig in triggers().items() if "recall" in trig.flags]
    return words_pattern([f"{word}驻" for word in recalls if not split_parts(word)])


def _clause_topics(text: str, clauses, mentions: list[Mention], attributive=()) -> list[Mention]:
    """The person each clause is about (its first free person): what 他/她 refer back to. A
    person described by titles is governed by what stands before the description
    (对日本驻华大使丹羽宇一郎…: not a topic). A foreign person named again by the family name
    alone (米斯里 after 维克拉姆·米斯里) is one."""
    if not any(m.actor.type == "Person" for m in mentions):
        return []  # only a person is a topic: most sentences name none (no clause is looked at)
    leads = {end: start for start, end in attributive}
    # only a person can be a topic: the other actors are left out once, not at each clause
    people = [
        m
        for m in mentions
        if m.actor.type == "Person" and (m.via != "coref" or _named_again(text, m))
    ]
    topics = []
    for clause in clauses:
        for mention in people:
            if not clause.start <= mention.start < clause.end:
                continue
            front = leads.get(mention.start, mention.start)
            before = text[front - 1 : front] if front > 0 else ""
            if can_be_subject(text, mention) and before not in _GOVERNING:
                if _governed_list_item(text, front, clause.start, mentions, leads):
                    continue
                topics.append(mention)
                break
    return topics


# what joins the items of a list of actors, and a gloss in brackets after an item's name
_ITEM_JOINS: Final = ("、", "及", "以及", "和", "与", "與")
_GLOSS_AFTER: Final = re.compile(r"[（(][^（()）]{0,40}[）)]")


def _governed_list_item(text: str, front: int, opening: int, mentions, leads) -> bool:
    """与泽连斯基(…)、英国首相施凯尔(…)及德国总理梅尔茨(…)会晤: a later item of a list whose
    first item a preposition governs (_GOVERNING) is governed with it, no topic of the clause
    (他 in the next sentence is not 施凯尔)."""
    for _ in range(len(mentions)):
        item = next((m for m in reversed(mentions) if opening <= m.start and m.end <= front), None)
        if item is None:
            return False
        gap = _GLOSS_AFTER.sub("", text[item.end : front])
        if gap not in _ITEM_JOINS:
            return False
        front = leads.get(item.start, item.start)
        if text[front - 1 : front] in _GOVERNING:
            return True
    return False


_GOVERNING: Final = set("对向与同跟和给从在于据为被由把将就")


def _named_again(text: str, mention: Mention) -> bool:
    """A person named again by name, not by a pronoun: 米斯里 for 维克拉姆·米斯里 (the last part
    of a transliterated name named in full before), or a speaker whom a name pattern found in
    an earlier sentence, named again whole as he speaks (茉格里尼说:"…。…。" 她先与克林金会面:
    the speaker is as much the topic as a name the gazetteer knows, however long the quote).
    Only as he speaks: a learned name named again elsewhere (in a life story, 他…联系王攀)
    is left to the sentences that name it in full."""
    label = mention.actor.label
    if "·" not in label:
        return mention.text == label and opens_with(text, mention.end, "speech")
    return mention.text != label and label.endswith(mention.text)


def _event(ctx: _Context, sentence: Sentence, action: Action, date_mentions) -> Event:
    article = ctx.article
    date, date_from = event_date(date_mentions, action.trigger_start - sentence.start, article.date)
    predicate = action.trigger.predicate
    return Event(
        subject=action.subject,
        object=action.object,
        predicate=predicate.name,
        event_type=predicate.event_type,
        cameo=predicate.cameo,
        status=action.status,
        trigger=action.trigger.word,
        trigger_start=action.trigger_start,
        sentence=sentence,
        source=article.path,
        date=date,
        date_from=date_from,
        confidence=_dated_confidence(action.confidence, date_from),
        sentence_body=article.body_span(sentence.start, sentence.end),
        url=article.url,
        title=article.title,
        article_date=article.date,
    )


def _started_later(article: Article, sentence: Sentence, action, date_mentions):
    """自6月10日起对墨西哥商品加征关税 in an article of 31 May: an act that starts at a date
    (words.tsv since_open … since_close) later than the article date has not happened yet and
    is planned. The date is the event's own (the nearest before the verb, as `event_date`
    takes it), and the frame reaches the verb within its clause or opens the clause before."""
    if action.status != "asserted" or not article.date:
        return action
    at = action.trigger_start - sentence.start
    before = [m for m in date_mentions if m.value and m.end <= at]
    if not before:
        return action
    frame = max(before, key=lambda m: m.start)
    text = sentence.text
    opener = any(text[: frame.start].endswith(w) for w in words("since_open"))
    close = word_at(text, frame.end, "since_close") or None
    if not opener or close is None:
        return _dated_later(article, text, frame, at, action)
    rest = text[frame.end + len(close) : at].lstrip(",，")  # (自6月10日起,|美国对…: fronted)
    if any(c in _CLAUSE_BREAKS for c in rest):
        return action
    word = action.trigger.word
    cut = word.find("的")
    if text.startswith(("的", "了的"), at + len(word)) or (cut > 0 and trigger_for(word[:cut])):
        return action  # 自周五起,对…征收的10%的关税将上调: the tariff described is in force
    if frame.value[: len(article.date)] <= article.date[: len(frame.value)]:
        return action  # (a month or a year is later only when it is after the article's)
    return replace(action, status="intended")


_CLAUSE_BREAKS: Final = set(",，;；。:：")


# a calendar day (6日, and the bracketed day of the Taiwan press: 明（28）日)
_CALENDAR_DAY: Final = re.compile(r"[0-9０-９]{1,2}[)）]?\s*[日号]")


def _dated_later(article: Article, text: str, frame, at: int, action):
    """双方决定8月14日至9月4日在委内瑞拉举行第四轮和谈 in an article of 10 June: an act decided,
    agreed or announced (决定, 同意, 宣布) for a day after the article's has not happened yet;
    only a full calendar day counts (a month or a year may hold the article's day)."""
    value = frame.value or ""
    if len(value) != 10 or len(article.date) != 10 or value <= article.date:  # type: ignore[arg-type,operator]
        return action
    if not _CALENDAR_DAY.search(frame.text):
        return action  # 次日的会谈: a day counted from an event the text told, not the article's
    head = text[: frame.start]
    head = head[max(head.rfind(c) for c in _CLAUSE_BREAKS) + 1 :]
    if not any(w in head for w in words("decide_verb")):
        return action  # 美国6月10日对墨西哥商品加征关税: a dated act reported as done stays so
    rest = text[frame.end : at]
    rest = rest[1:] if rest[:1] in {",", "，"} else rest  # 宣布本月13日,|展开…军演: fronted
    if any(c in _CLAUSE_BREAKS for c in rest):
        return action
    word = action.trigger.word
    if text.startswith(("的", "了的"), at + len(word)):
        return action  # 定于15日举行的峰会: the summit described is named, not reported
    return replace(action, status="intended")


def _dated_confidence(confidence: float, date_from: str) -> float:
    """A sentence that gives no date lowers confidence (ontology/confidence.tsv: date:none)."""
    weights = confidence_weights()
    if date_from != "text":
        confidence += weights.get("date:none", 0.0)
    return max(weights.get("floor", 0.05), min(weights.get("ceiling", 0.95), confidence))


# -- pronouns, quotes, 双方 ----------------------------------------------------------------------


def _meeting_bodies(ctx: _Context, sentence: Sentence, mentions) -> list[Mention]:
    """会议宣布,邀请…: a meeting that acts opening its clause stands for the body that holds it,
    the international body the article named last (金砖国家, 中非合作论坛)."""
    body = ctx.memory.body
    if body is None:
        return []
    text = ctx.article.text
    found = []
    for match in _patterns()["meeting"].finditer(text, sentence.start, sentence.end):
        start = match.start()
        if start > sentence.start and text[start - 1] not in ",，:：;；":
            continue
        if any(m.start <= start < m.end for m in mentions):
            continue
        if opens_with(text, match.end(), "draft"):
            continue  # 该决议|草案要求…: a draft, which the body may not have passed
        found.append(make_mention(body, match.group(), start, match.end(), "coref"))
    return found


# what may stand between the start of a clause and members that act (各, 多个, 30个…)
_MEMBERS_LEAD: Final = re.compile(
    r"(?:各|所有|全体|其他|部分|一些|许多|多数|大多数|多个|[\d一二三四五六七八九十两几]+个)?$"
)


def _acting_members(ctx: _Context, sentence: Sentence, mentions) -> list[Mention]:
    """北约…。30个成员国亦正式邀请芬兰…: member states that act, opening their clause, act for
    the international body the article named last (its members are no list in focus)."""
    body = ctx.memory.body
    if body is None or "国" not in sentence.text:
        return []
    text = ctx.article.text
    found = []
    for match in _patterns()["members"].finditer(text, sentence.start, sentence.end):
        start = match.start()
        if any(m.start <= start < m.end for m in mentions):
            continue
        lead = _MEMBERS_LEAD.search(text, max(sentence.start, start - 6), start).start()  # type: ignore[union-attr]
        said = text[max(sentence.start, lead - 4) : lead].endswith(speech_verbs())
        if lead > sentence.start and text[lead - 1] not in _CLAUSE_ENDS + "\n" and not said:
            continue  # 几内亚成员国资格: a name owns them; 对成员国: they open no clause
            # (but 声明表示|大多数成员国谴责…: they open what is said)
        found.append(make_mention(body, match.group(), start, match.end(), "coref"))
    return found


# a demonstrative and a description naming no actor before 国家 (这个易受危机影响的国家): one
# country, the last named (_described_country replaces one that names an actor: 这个北约成员国)
_COUNTRY_DESCRIBED = re.compile(r"(?:这个|这一)[^，,。；;：:、“”\s]{0,14}?国家(?!们|间|之间)")

# a demonstrative, a count and a description before 国家 (这三个军政府领导的国家, 这两个长期敌对的
# 国家): the last list of that many countries, as the plain count word (这三个国家) of
# pronouns.tsv whose row it borrows
_COUNTRIES_DESCRIBED = re.compile(
    r"这([两二三四五六七八九2-9])个(?!月|星期|小时|世纪|方面|问题|领域|阶段|原因|多)"
    r"([^，,。；;：:、“”\s]{1,12}?)国家(?!们|间|之间)"
)
_COUNT_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys("两二2", "这两个国家"),
    **dict.fromkeys("三3", "这三个国家"),
    **dict.fromkeys("四4", "这四个国家"),
    **{c: c + "国" for c in "五六七八九56789"},
}


def _overlaps_mention(start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether a mention found lies in text[start:end] (a description that names an actor)."""
    return any(m.start < end and start < m.end for m in mentions)


def _countries_described(
    ctx: _Context, sentence: Sentence, mentions: list[Mention]
) -> list[Mention]:
    """这三个军政国家, 这两个长期敌对的国家: the countries of the last list of that size."""
    found: list[Mention] = []
    text = ctx.article.text
    for match in _COUNTRIES_DESCRIBED.finditer(text, sentence.start, sentence.end):
        if _overlaps_mention(match.start(), match.end(), mentions):
            continue  # 这两个北约成员国家: a description that names an actor
        word = _COUNT_WORDS[match.group(1)]
        found.extend(_resolve_pronoun(ctx, word, match.start(), match.end(), mentions))
    return found


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last clause end before it."""
    return after_last_mark(_CLAUSE_ENDS_BEFORE, text, pos)


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends: at the first clause end from it (else the text's
    end)."""
    return first_mark(_CLAUSE_ENDS_AFTER, text, pos, len(text))


def _opens_clause(text: str, start: int) -> bool:
    """Nothing but a pause stands between the last clause end and ``start``."""
    clause_start = _clause_start(text, start)
    return not text[clause_start:start].strip()


def _pronouns(
    ctx: _Context,
    sentence: Sentence,
    mentions: list[Mention],
    words_found: Collection[str] | None = None,
) -> list[Mention]:
    """The mentions that words referring back add (该国, 他们, 双方, 其, 会议, 声明…).
    ``words_found``: the gate's words found in the sentence, which include every one of
    :func:`_referring_word_list` (then no search of the sentence for them)."""
    if words_found is None:
        if not _referring_words().search(sentence.text):
            return []  # half of the sentences read hold no such word: one search, not seven
    else:
        referring = _referring_word_set()  # (a loop: a set's method is a generic call compiled)
        if not any(word in referring for word in words_found):
            return []
    return _referring_mentions(ctx, sentence, mentions, words_found)


@lru_cache(maxsize=1)
def _referring_word_list() -> list[str]:
    """Every word a part of _referring_mentions needs in the sentence before it finds
    anything: the pronouns of every kind (meeting and members words, 其 and 该部 included),
    国家 (这个…国家), 其 (an owner after an act) and the documents that speak (声明警告)."""
    return [*pronouns(), *words("statement_document"), "国家", "其"]


#: :func:`_referring_word_set` once made (see lexicon.made_once).
_REFERRING_WORD_SET_MADE: Final[list[frozenset[str]]] = []


def _referring_word_set() -> frozenset[str]:
    """:func:`_referring_word_list` as a set, for a test of the words found."""
    return (
        _REFERRING_WORD_SET_MADE[0]
        if _REFERRING_WORD_SET_MADE
        else made_once(_REFERRING_WORD_SET_MADE, _read_referring_word_set())
    )


def _read_referring_word_set() -> frozenset[str]:
    return frozenset(_referring_word_list())


@lru_cache(maxsize=1)
def _referring_words() -> re.Pattern[str]:
    """:func:`_referring_word_list` as one regex."""
    return words_pattern(_referring_word_list())


_GOVERNMENT_OF: Final = "的政府"


def _government_of_person(
    ctx: _Context, word: str, resolved: list[Mention], start: int, end: int
) -> list[Mention]:
    """辛鲍姆…。她的政府将…移交给美国: a person's government is the country the person
    leads or serves (wf, yd: 她的政府, 他的政府), not the person; it stays the person when the
    gazetteer knows no country of theirs."""
    if pronouns()[word].refers != "person" or len(resolved) != 1:
        return resolved
    country = ctx.gaz.actors.get(resolved[0].actor.country or "")
    if country is None or country.type != "Country":
        return resolved
    return [make_mention(country, word + _GOVERNMENT_OF, start, end + len(_GOVERNMENT_OF), "coref")]


def _referring_mentions(
    ctx: _Context,
    sentence: Sentence,
    mentions: list[Mention],
    words_found: Collection[str] | None = None,
) -> list[Mention]:
    """_pronouns on a sentence that holds a referring word: each kind found and resolved.
    ``words_found`` (as for _pronouns): a sentence that holds none of the pronouns resolved
    one by one (only 国家, 其, a document, a meeting word) is not searched for them."""
    text = ctx.article.text
    result = _meeting_bodies(ctx, sentence, mentions)
    result.extend(_acting_members(ctx, sentence, mentions))
    opened: list[Mention] = []  # the person pronoun that last opened a clause
    objected: dict[str, tuple[Mention, int]] = {}  # whom each object pronoun stood for, where
    for word, start, end in _pronoun_matches(text, sentence, words_found):
        if any(m.start <= start < m.end for m in mentions):
            continue
        if (start > 0 and text[start - 1] in _NOT_PRONOUN_BEFORE) or text[
            end : end + 1
        ] in _NOT_PRONOUN_AFTER:
            continue
        if _demonstrative_in_word(text, word, end):
            continue
        if pronouns()[word].refers == "sides":  # 呼吁各方保持克制: who the parties are is not said
            continue
        if word.startswith("各") and text[start - 1 : start] not in _EACH_AFTER:
            continue  # 世界各国, 东盟各国, 呼吁各国: every state, or a bloc's, no list in focus
        resolved = _resolve_pronoun(
            ctx, word, start, end, _without_fight_place(word, start, mentions)
        )
        if resolved and text.startswith(_GOVERNMENT_OF, end):
            resolved = _government_of_person(ctx, word, resolved, start, end)
        if opened and opened[0].text == word and _opens_clause(text, start):
            # 安华说,他告诉特朗普,|他和…通过电话: 他 opening clause after clause is one person
            resolved = [make_mention(opened[0].actor, word, start, end, "coref")]
        if resolved and pronouns()[word].refers == "person" and _opens_clause(text, start):
            opened = resolved[:1]
        if resolved and pronouns()[word].refers == "person" and _object_position(text, start):
            resolved = _same_object_again(ctx, word, start, end, resolved, objected, mentions)
            objected[word] = (resolved[0], start)
        result.extend(resolved)
    if "国家" in sentence.text:  # 这个易受危机影响的国家: the last country named
        for match in _COUNTRY_DESCRIBED.finditer(text, sentence.start, sentence.end):
            if not _overlaps_mention(match.start(), match.end(), mentions):
                result.extend(_resolve_pronoun(ctx, "该国", match.start(), match.end(), mentions))
        if "这" in sentence.text:
            result.extend(_countries_described(ctx, sentence, mentions))
    result.extend(_owner_after_act(ctx, sentence, mentions))
    result.extend(_claimed_about(ctx, sentence, mentions))
    result.extend(_possessor_of_stance(ctx, sentence, mentions))
    result.extend(_punished_one(ctx, sentence, mentions))
    result.extend(_statement_authors(ctx, sentence, mentions))
    if not holds_any(sentence.text, _object_pronouns()):
        return result  # most sentences hold no object pronoun (其): no search for one
    for match in _patterns()["object"].finditer(text, sentence.start, sentence.end):
        before = text[match.start() - 1]
        if before in "与同" and _rather_than(text, match.end(), sentence.end):
            continue  # 与其制裁,不如对话: "rather than", no partner
        asked = before in "求促吁使让" and _asked_to_act(text, match.end())
        if not asked and not _act_follows(text, match.end(), blamed=before in "责控评"):
            continue  # 对其负责人: its leader, no object of an act
        referent = (_asked_referent(text, match.start(), mentions) if asked else None) or (
            _object_referent(ctx, match.start(), mentions)
        )
        if referent is not None:
            result.append(
                make_mention(referent.actor, match.group(), match.start(), match.end(), "coref")
            )
    return result


def _pronoun_matches(
    text: str, sentence: Sentence, words_found: Collection[str] | None
) -> list[tuple[str, int, int]]:
    """The matches of _patterns()["pronoun"] in the sentence, in order, as (word, start, end).

    With the gate's words found (``words_found``: every occurrence of every pronoun word
    of the sentence, _pronouns), they are told without the regex where it is the trie of
    :func:`_pronoun_trie` (its words plain, the longest at a position, 该部 before 分, 队 or
    署 none, the scan going on after each match): the occurrences of the words found, located
    with str.find, give the same matches. Why: the regex's iteration scanned every letter of
    half of the sentences read (11,300 on Terminus) with a class of first letters, and three
    method calls read each match (about 150 M instructions of a compiled build)."""
    if words_found is None or not _pronoun_trie_plain():
        return [
            (match.group(), match.start(), match.end())
            for match in _patterns()["pronoun"].finditer(text, sentence.start, sentence.end)
        ]
    present = _pronoun_word_set().intersection(words_found)
    if not present:
        return []
    body = sentence.text
    at_start: dict[int, str] = {}  # the longest word at each position
    for word in present:
        at = body.find(word)
        while at != -1:
            held = at_start.get(at)
            if held is None or len(held) < len(word):
                at_start[at] = word
            at = body.find(word, at + 1)
    if _pronoun_guard() and any(w.endswith("部") for w in present):
        return _guarded_pronoun_matches(text, sentence, present, at_start)
    found: list[tuple[str, int, int]] = []
    base = sentence.start
    reach = 0  # where the scan goes on (the end of the last match)
    for at in sorted(at_start):
        if at >= reach:
            word = at_start[at]
            reach = at + len(word)
            found.append((word, base + at, base + reach))
    return found


#: The pronoun that is no word before one of _GUARDED_AFTER (该部分, 该部队, 该部署).
_GUARDED_PRONOUN: Final = "该部"
_GUARDED_AFTER: Final = "分队署"


def _guarded_pronoun_matches(
    text: str, sentence: Sentence, present: frozenset[str], at_start: dict[int, str]
) -> list[tuple[str, int, int]]:
    """_pronoun_matches where 该部 is among the words: a word whose end closes 该部 before
    分, 队 or 署 (inside the sentence) is passed over for the next longest at its position,
    as the trie's lookahead ``(?!(?<=该部)[分队署])`` backtracks to it."""
    body = sentence.text
    base = sentence.start
    found: list[tuple[str, int, int]] = []
    reach = 0
    for at in sorted(at_start):
        if at < reach:
            continue
        longest = len(at_start[at])
        for size in range(longest, 0, -1):
            word = body[at : at + size]
            if size != longest and word not in present:
                continue
            end = at + size
            if (
                end < len(body)
                and body[end] in _GUARDED_AFTER
                and text[max(0, base + end - 2) : base + end] == _GUARDED_PRONOUN
            ):
                continue
            found.append((word, base + at, base + end))
            reach = end
            break
    return found


#: :func:`_pronoun_trie_plain` once made (see lexicon.made_once).
_PRONOUN_TRIE_PLAIN_MADE: Final[list[bool]] = []


def _pronoun_trie_plain() -> bool:
    """Whether _patterns()["pronoun"] is the trie of plain words (_pronoun_trie), which
    _pronoun_matches can tell from the words found: no word but 该部 ends in 该部."""
    return (
        _PRONOUN_TRIE_PLAIN_MADE[0]
        if _PRONOUN_TRIE_PLAIN_MADE
        else made_once(_PRONOUN_TRIE_PLAIN_MADE, _read_pronoun_trie_plain())
    )


def _pronoun_guard() -> bool:
    """Whether the trie holds 该部, and so its lookahead (a word ending in 部 meets it)."""
    return _GUARDED_PRONOUN in _pronoun_word_set()


def _read_pronoun_trie_plain() -> bool:
    found = _pronoun_word_set()
    return bool(found) and not any(
        w.endswith(_GUARDED_PRONOUN) and w != _GUARDED_PRONOUN for w in found
    )


def _same_object_again(
    ctx: _Context, word: str, start: int, end: int, resolved: list[Mention], objected, mentions
) -> list[Mention]:
    """习近平主席将同他会见,李强总理、赵乐际委员长将分别同他会谈: an object pronoun again in the
    sentence is not the one who acted on it in its clause before (习近平), but the person it
    stood for there; unless that person acts in this clause."""
    if word not in objected:
        return resolved
    before, at = objected[word]
    if before.actor.key == resolved[0].actor.key:
        return resolved
    text = ctx.article.text
    earlier = _clause_start(text, at)
    if not any(m.actor.key == resolved[0].actor.key and earlier <= m.start < at for m in mentions):
        return resolved  # (给她买冰淇淋,邀请她: nobody of that clause is read for her)
    opens = _clause_start(text, start)
    if any(m.actor.key == before.actor.key and opens <= m.start < start for m in mentions):
        return resolved
    return [make_mention(before.actor, word, start, end, "coref")]


def _rather_than(text: str, start: int, end: int) -> bool:
    """与其…不如/宁可: 与其 opens what is passed over, it names nobody to act with."""
    return any(text.find(w, start, end) != -1 for w in words("rather_than"))


def _asked_referent(text: str, start: int, mentions) -> Mention | None:
    """与泰方联系要求其|停止开火: the one a demand names by 其 is the actor its clause brought in
    by 与/同/跟/向 (the one contacted), not the actor who demands."""
    clause_start = _clause_start(text, start)
    inside = [m for m in mentions if clause_start <= m.start and m.end <= start]
    if not inside and text[clause_start - 1 : clause_start] in {",", "，"}:
        # 与泰国联系,|要求其停止开火; 对伊朗实施制裁,|要求其…: the clause before brought it in
        opening = _clause_start(text, clause_start - 1)
        inside = [m for m in mentions if opening <= m.start and m.end < clause_start]
    if not inside or text[inside[-1].start - 1 : inside[-1].start] not in _ASKED_VIA:
        return None
    return _doer_in_act_phrase(text, inside)


def _doer_in_act_phrase(text: str, named: list[Mention]) -> Mention:
    """谴责美国对叙利亚的空袭,要求其停止…; 谴责以色列对黎巴嫩的攻击,指责其…: when the last actor
    named is the target inside an act phrase X对Y的N (or X针对Y的N), 其 goes on with the
    condemned doer X, not the one it hit; else it is that last actor."""
    last = named[-1]
    if len(named) > 1 and text.startswith("的", last.end):
        link = text[named[-2].end : last.start]
        if link in {"对", "對", "针对", "針對"}:
            return named[-2]
    return last


_ASKED_VIA: Final = frozenset("与同跟向对")


@lru_cache(maxsize=1)
def _statement_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A document that acts opening its clause (该声明谴责, 公告指责), and its issuing (发表…声明,
    发布公告, 签署公告): the documents of words.tsv statement_document, the verbs of
    document_issuing."""
    documents = "|".join(re.escape(w) for w in words("statement_document"))
    opens = re.compile(
        rf"(?:该|这份|这一|此份|此项)?(?:{documents})(?=(?:[^,，。的]{{0,3}}|措辞强硬)"
        r"(?:呼吁|谴责|警告|要求|敦促|强调|指出|表示|称|说|认为|宣布|批评|指责|抨击))"
    )
    issuing = "|".join(re.escape(w) for w in words("document_issuing"))
    # (美国国务院|在一份声明中|强烈批评…: the actor before 在…声明中 made the statement too)
    issued = re.compile(
        rf"(?:(?:{issuing})了?[^。,，;；]{{0,8}}?|在(?:一份|其|该|此前的)?)(?:{documents})"
    )
    return opens, issued


def _statement_authors(ctx: _Context, sentence: Sentence, mentions) -> list[Mention]:
    """…外务省发表声明。声明警告,…: a statement that acts, opening its clause, stands for whoever
    issued the last statement the text reported (the actor right before 发表…声明); so does a
    notice or a communiqué (发布公告…。公告谴责…)."""
    if not holds_any(sentence.text, words("statement_document")):
        return []  # most sentences name no statement
    text = ctx.article.text
    found = []
    for match in _statement_patterns()[0].finditer(text, sentence.start, sentence.end):
        start = match.start()
        if start > sentence.start and text[start - 1] not in ",，:：;；“「":
            continue
        if any(m.start <= start < m.end for m in mentions):
            continue
        authors = _statement_author(ctx, start, mentions)
        group = start if len(authors) > 1 else None  # 内塔尼亚胡和卡茨发表联合声明。声明还要求…
        for author in authors:
            found.append(
                make_mention(author.actor, match.group(), start, match.end(), "coref", group)
            )
    return found


def _statement_author(ctx: _Context, start: int, mentions) -> list[Mention]:
    """The actor right before the last 发表…声明 within a few sentences before ``start``, with
    the actors coordinated with it there (以色列总理内塔尼亚胡和国防部长卡茨发表联合声明: both)."""
    text = ctx.article.text
    found = list(_statement_patterns()[1].finditer(text, max(0, start - 600), start))
    if not found:
        return []
    issued = found[-1]
    at = issued.start()
    sentence = _sentence_at(ctx, at)
    if sentence is None:
        return []
    here = (
        mentions
        if at >= _sentence_at(ctx, start).start  # type: ignore[union-attr]
        else _actors_again(ctx, sentence).mentions
    )
    before = [
        m
        for m in here
        if sentence.start <= m.start
        and m.end <= at
        and m.via not in {"media", "place"}
        and m.actor.type in _ACTORS
    ]
    if not before:
        return []
    near = at - before[-1].end <= 6 or _MEETING_ENDED.fullmatch(text, before[-1].end, at)
    return _joined_authors(text, before) if near else []


# joins one author of a statement to the next, a title of the next at most after the joiner
_AUTHORS_JOINED: Final = re.compile(r"(?:和|与|、|及|以及)[\u4e00-\u9fff]{0,6}")


def _joined_authors(text: str, before: list[Mention]) -> list[Mention]:
    """The last actor before the issuing verb and those joined to it (A、B和C发表联合声明):
    a joint statement speaks for all of them."""
    authors = [before[-1]]
    for other in reversed(before[:-1]):
        between = text[other.end : authors[0].start]
        if not _AUTHORS_JOINED.fullmatch(between) or has_verb(between):
            break
        if other.actor.key not in {a.actor.key for a in authors}:
            authors.insert(0, other)
    return authors


# the meeting an actor holds, ended before it issues the document (七国集团|外长会议结束并|发布公报)
_MEETING_ENDED: Final = re.compile(
    r"[\u4e00-\u9fff]{0,4}(?:会议|峰会|会晤)(?:在[\u4e00-\u9fff]{1,6})?(?:结束|闭幕)[,，]?(?:并|后|时|会后)?"
)


def _owner_after_act(ctx: _Context, sentence: Sentence, mentions) -> list[Mention]:
    """阿塞拜疆指责亚美尼亚军队炮击其阵地, 伊拉克谴责美国在其境内…: a 其 right after an act
    (or after 在, before its land), whose actor and another are named before it in its clause,
    is that other one (the actor does not hit its own)."""
    if "其" not in sentence.text:
        return []  # most sentences hold no 其
    text = ctx.article.text
    found = []
    owners = [
        (m.start(), _act_ending_at(text, m.start()))
        for m in _OWNER_AFTER.finditer(text, sentence.start, sentence.end)
    ]
    owners += [
        (m.start(), m.start() - 1)
        for m in _IN_ITS_LAND.finditer(text, sentence.start, sentence.end)
    ]  # 伊拉克谴责美国在其境内发动空袭: the land is the other one's
    for start, act in owners:
        if act is None:
            continue
        clause_start = _clause_start(text, start)
        here = [
            m
            for m in mentions
            if clause_start <= m.start
            and m.end <= act
            and m.via not in {"place", "media"}
            and m.actor.type != "Region"
        ]
        while len(here) >= 2 and text[here[-2].end : here[-1].start] in _LIST_JOINS:
            here.pop()  # 指责波兰和芬兰…其: not a member of the list that acts
        if len(here) >= 2 and here[-2].actor.key != here[-1].actor.key:
            owner = _state_of_organ(ctx, here[-2])
            found.append(make_mention(owner.actor, "其", start, start + 1, "coref"))
        elif len(here) == 1:
            speaker = _speaker_before_clause(ctx, start, clause_start, mentions)
            speaking = None if speaker is None else (_as_country(ctx, speaker) or speaker)
            if speaking is not None and speaking.actor.key not in {
                here[0].actor.key,
                here[0].actor.country,
            }:  # the land, camp or mission reached is the speaker's state's
                found.append(make_mention(speaking.actor, "其", start, start + 1, "coref"))
    return found


def _state_of_organ(ctx: _Context, mention: Mention) -> Mention:
    """叙利亚外交部谴责以色列侵犯|其|领空, 伊朗外交部谴责以色列袭击|其|驻叙利亚使馆: what an
    organ of a state (keyed COUNTRY_…) owns after an act is its state's, as the land of a
    speaker's words is (a person, a company or a body of no state stays as it is)."""
    actor = mention.actor
    if actor.type != "Organization" or not actor.country:
        return mention
    if not actor.key.startswith(actor.country + "_"):
        return mention
    return _as_country(ctx, mention) or mention


def _speaker_before_clause(ctx: _Context, start: int, clause_start: int, mentions):
    """巴基斯坦外交部表示,|伊朗侵犯其领空: the speaker of words whose clause names only the
    one who acts; the 其 the act reaches is the speaker's side."""
    speaker = _speaker_in_own_sentence(ctx, start, mentions)
    if speaker is None or speaker.end > clause_start:
        return None
    return speaker


def _claimed_about(ctx: _Context, sentence: Sentence, mentions) -> list[Mention]:
    """朝鲜驳斥了美国关于其向俄罗斯提供武器的指控: a 其 right after 关于, whose claimant is
    the actor right before 关于, is the other actor named before it in its clause, the one
    who answers the claim about itself (a claimant makes no claim about its own deeds)."""
    if "关于其" not in sentence.text:
        return []  # most sentences hold no claim about "its" deeds
    text = ctx.article.text
    found = []
    for match in _ABOUT_ITS.finditer(text, sentence.start, sentence.end):
        about = match.start() - 2
        clause_start = _clause_start(text, about)
        here = [
            m
            for m in mentions
            if clause_start <= m.start and m.end <= about and m.via not in {"place", "media"}
        ]
        if len(here) >= 2 and here[-1].end == about and here[-2].actor.key != here[-1].actor.key:
            found.append(make_mention(here[-2].actor, "其", match.start(), match.end(), "coref"))
    return found


def _possessor_of_stance(ctx: _Context, sentence: Sentence, mentions) -> list[Mention]:
    """胡塞武装表示,与美方达成谅解不会影响|其|对巴勒斯坦的支持: a 其 that owns a stance toward
    someone (其对…的), in words a speaker says, is the speaker, not the actor named last before
    it (美方, inside the 与-phrase)."""
    if "其对" not in sentence.text:
        return []  # most sentences hold no stance owned by 其
    found = []
    for match in _ITS_STANCE.finditer(ctx.article.text, sentence.start, sentence.end):
        speaker = _speaker_in_own_sentence(ctx, match.start(), mentions)
        if speaker is not None:
            found.append(make_mention(speaker.actor, "其", match.start(), match.end(), "coref"))
    return found


def _punished_one(ctx: _Context, sentence: Sentence, mentions) -> list[Mention]:
    """欧盟对俄罗斯实施新制裁,以回应其在乌克兰的军事行动: a 其 right after a word that gives a
    measure as the answer to a deed (words.tsv answered_deed: 以回应, 以报复), in a clause that
    goes on from the measure, is the one the measure was taken against: the last actor named
    before that clause in its sentence, when it is not the sentence's first (the one who
    acts). Without this the deed went to whoever took the measure."""
    text = ctx.article.text
    if "其" not in sentence.text or not any(w in sentence.text for w in words("answered_deed")):
        return []  # most sentences answer no deed of "its"
    found = []
    for match in _answered_deed().finditer(text, sentence.start, sentence.end):
        at = match.end() - 1
        clause_start = _clause_start(text, at)
        before = [
            m
            for m in mentions
            if sentence.start <= m.start
            and m.end <= clause_start
            and m.via not in {"place", "media"}
            and m.actor.type != "Region"
        ]
        if len(before) < 2 or same_side(before[0], before[-1]):
            continue  # one actor only, or the one who acts named last: no one punished
        listed = 1  # 美国和英国宣布制裁: the first actors listed together all act
        while listed < len(before) and (
            text[before[listed - 1].end : before[listed].start] in _LIST_JOINS
        ):
            listed += 1
        if listed == len(before):
            continue
        found.append(make_mention(before[-1].actor, "其", at, at + 1, "coref"))
    return found


@lru_cache(maxsize=1)
def _answered_deed() -> re.Pattern[str]:
    """A word of words.tsv answered_deed right before 其 (以回应|其)."""
    return compile_pattern("(?:" + "|".join(re.escape(w) for w in words("answered_deed")) + ")其")


_ITS_STANCE: Final = re.compile(r"其(?=对[^，,。；;：:]{1,12}的)")
# (each opens with its 其 and looks behind it: re skips to a pattern's first character at C
# speed, and tries one that opens with a lookbehind at every character of the sentence)
_ABOUT_ITS: Final = re.compile(r"其(?<=关于其)")
_IN_ITS_LAND: Final = re.compile(r"其(?<=在其)(?=境内|领土|领空|领海|国内|本土)")
_OWNER_AFTER: Final = re.compile(r"其(?![他它中次余后间实])")
_LIST_JOINS: Final = frozenset({"和", "与", "及", "、", "以及"})


def _act_ending_at(text: str, pos: int) -> int | None:
    """Where a physical act (an attack, seizure, sanction or deployment) that ends right at
    ``pos`` starts, if one does (not 威胁其安全: a danger judged), or the first part of a split
    one that goes on after the 其 (侵犯|其|领空)."""
    for size in range(4, 1, -1):
        if pos - size >= 0 and trigger_pattern().fullmatch(text, pos - size, pos):
            trig = trigger_for(text[pos - size : pos])
            physical = trig is not None and trig.event_type in _PHYSICAL_ACTS
            return pos - size if physical else None
    split = split_trigger_around(text, pos)
    if split is not None and split.event_type in _PHYSICAL_ACTS:
        return pos - len(split_parts(split.word)[0])  # type: ignore[index]
    return None


_PHYSICAL_ACTS: Final = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


_BLAMED_ACT_REACH: Final = 12


def _state_asked(text: str, start: int, end: int, mentions) -> Mention | None:
    """美国谴责朝鲜,并敦促|他们|停止试射: 他们 right after a demand (words.tsv demand_end), no
    list in focus and an act following, is the state or body the sentence named last, when
    another (the one who demands) was named before it; people are never asked here."""
    if not closes_with(text, start, "demand_end") or not _asked_to_act(text, end):
        return None
    earlier = [
        m
        for m in mentions
        if m.end <= start
        and m.actor.type in {"Country", "Organization"}
        and m.via not in {"place", "media"}
    ]
    if len(earlier) < 2 or earlier[-1].actor.key == earlier[0].actor.key:
        return None
    return earlier[-1]


def _asked_to_act(text: str, pos: int) -> bool:
    """要求其|5月13日前离华, 敦促其|立即停止: a demand's 其 is the one asked when no noun follows
    it (要求其公民离开: its citizens, who are asked)."""
    tags = segment.tag(text[pos : pos + 4])
    return bool(tags) and not tags[0][1].startswith(("n", "r"))


def _act_follows(text: str, pos: int, blamed: bool = False) -> bool:
    """对其|实施制裁, 向其|提供援助: an act (a trigger or a light verb before one) follows; after
    a blame (指控其|向俄罗斯提供导弹) the act may follow a prepositional phrase of its clause."""
    if trigger_pattern().match(text, pos) or opens_with(text, pos, "light_verb"):
        return True
    if not blamed:  # 对其|跟踪监视并|予以警告驱离: a second verb joined by 并 takes it too
        joined = _JOINED_VERB.match(text, pos)
        return joined is not None and bool(trigger_pattern().match(text, joined.end()))
    stretch = re.split(r"[，,。;；:：!！?？]", text[pos : pos + _BLAMED_ACT_REACH], maxsplit=1)[0]
    return bool(trigger_pattern().search(stretch))


_JOINED_VERB: Final = re.compile(r"[^，,。；;：:、的]{2,6}?并")


def _object_referent(ctx: _Context, start: int, mentions) -> Mention | None:
    """对其, 向其: the last actor named before the one that acts on it (美国将对其实施制裁: not
    美国; 美国禁止巴西向其出口: 美国), in this sentence or the ones before."""
    text = ctx.article.text
    earlier = [
        m
        for m in mentions
        if m.end <= start and m.via not in {"place", "media"} and m.actor.type != "Region"
    ]
    clause_start = _clause_start(text, start)
    if len(earlier) > 1 and earlier[-2].start >= clause_start:
        return earlier[-2]  # 美国禁止巴西向其出口: the clause's own actor
    before = [m for m in earlier if m.end <= clause_start]
    if before:  # 如果印度继续购买俄罗斯石油,美国可能对其…: the subject of the clause before
        opening = _clause_start(text, before[-1].start)
        previous = [m for m in before if m.start >= opening]
        if len(previous) > 1 and not earlier[-1].start >= clause_start:
            if (
                text[previous[0].end : previous[1].start].endswith(words("accusing"))
                and text[start - 1 : start] in "对向"
                and not text[clause_start:start].lstrip(" ,，").startswith(_GOES_ON)
            ):
                # 乌克兰指责俄罗斯违反停火,对其发动袭击: the accused goes on acting (words.tsv
                # accusing), on the one who accuses
                return previous[0]
            # 伊朗警方逮捕了马凯尔,但不久将其释放: the clause goes on with the subject of the
            # one before, so 其 is what that subject acted on
            return _doer_in_act_phrase(text, previous)
        return previous[0]
    return _last_of_type(ctx, _ACTORS, earlier[0].start if earlier else start)


_CLAUSE_ENDS: Final = ",，;；:：。"
_CLAUSE_ENDS_BEFORE, _CLAUSE_ENDS_AFTER = marks_before(_CLAUSE_ENDS), marks_after(_CLAUSE_ENDS)
_CLAUSE_OR_LINE_BEFORE: Final = marks_before(",，。;；:：\n")
_FULL_STOP_BEFORE: Final = marks_before("。\n")
_STOP_OR_SEMICOLON_BEFORE: Final = marks_before("。;；\n")
# a clause these open goes on with the subject of the one before (并宣布与其断交: the accuser)
_GOES_ON: Final = ("并", "並", "还", "同时", "随后", "也")


#: :func:`_object_pronouns` once made (see lexicon.made_once).
_OBJECT_PRONOUNS_MADE: Final[list[tuple[str, ...]]] = []


def _object_pronouns() -> tuple[str, ...]:
    """The pronouns that stand for the object of an act (其 in 对其实施制裁)."""
    return (
        _OBJECT_PRONOUNS_MADE[0]
        if _OBJECT_PRONOUNS_MADE
        else made_once(_OBJECT_PRONOUNS_MADE, _read_object_pronouns())
    )


def _read_object_pronouns() -> tuple[str, ...]:
    return tuple(w for w, p in pronouns().items() if p.refers == "object")


def _pronoun_kinds() -> set[str]:
    """The kinds of pronoun (pronouns.tsv) _referring_mentions resolves one by one."""
    return {
        "speaker",
        "person",
        "group",
        "pair",
        "other",
        "country",
        "body",
        "both",
        "sides",
        "own",
    } | set(_OF_KIND)


#: :func:`_pronoun_word_set` once made (see lexicon.made_once).
_PRONOUN_WORD_SET_MADE: Final[list[frozenset[str]]] = []


def _pronoun_word_set() -> frozenset[str]:
    """The words of _patterns()["pronoun"] (该部 only before no 分, 队 or 署: a word found
    is a match there or not, a word not found none)."""
    return (
        _PRONOUN_WORD_SET_MADE[0]
        if _PRONOUN_WORD_SET_MADE
        else made_once(_PRONOUN_WORD_SET_MADE, _read_pronoun_word_set())
    )


def _read_pronoun_word_set() -> frozenset[str]:
    kinds = _pronoun_kinds()
    return frozenset(w for w, p in pronouns().items() if p.refers in kinds)


#: :func:`_patterns` once made (see lexicon.made_once).
_PATTERNS_MADE: Final[list[dict[str, re.Pattern[str]]]] = []


def _patterns() -> dict[str, re.Pattern[str]]:
    return _PATTERNS_MADE[0] if _PATTERNS_MADE else made_once(_PATTERNS_MADE, _read_patterns())


def _read_patterns() -> dict[str, re.Pattern[str]]:
    return {
        "pronoun": _pronoun_trie(_pronoun_kinds()),
        "meeting": _pronoun_pattern({"meeting"}, _ACTS),
        "members": _pronoun_pattern({"members"}, _ACTS),
        # 对其|实施制裁, and whom a blame names: 指责其|支持…, 指控其|向…提供
        # and the partner of a joint act: 与其|断交, 同其|举行会谈
        # and whom pressure makes act: 向以色列施压,迫使其|结束…, 对俄施压,促使其|…
        "object": compile_pattern(f"(?:{_after_object_verb(_OBJECT_LEADS)})(?![他它中次余后间])"),
    }


#: what stands right before an object pronoun (对其|实施制裁, 指责其, 与其|断交, 迫使其)
_OBJECT_LEADS: Final = "对向给把将责控评求促吁与同使让"


def _after_object_verb(leads: str) -> str:
    """The object pronouns (pronouns.tsv object), longest first, each with one of ``leads``
    right before it: ``(?<=[leads])(?:其|…)`` written as ``其(?<=[leads]其)|…``, the same
    matches, but a pattern that opens with its words' first characters, which re skips to at
    C speed (one that opens with a lookbehind is tried at every character of the sentence)."""
    table = pronouns()
    found = sorted((w for w, p in table.items() if p.refers == "object"), key=len, reverse=True)
    return (
        "|".join(
            f"{re.escape(w)}(?<=[{leads}]{re.escape(w)})" + ("(?![分队署])" if w == "该部" else "")
            for w in found
        )
        or "(?!)"
    )


def _body_speaking(ctx: _Context, start: int, mentions) -> Mention | None:
    """The organisation whose statement, in this sentence, holds ``start`` (伊朗革命卫队表示,
    他们…): a 他们 in the words of a body is the body, not people named earlier."""
    speaker = _speaker_in_own_sentence(ctx, start, mentions)
    if speaker is None or speaker.actor.type not in {"Organization", "Group"}:
        return None
    return speaker


def _state_or_body_speaking(ctx: _Context, start: int, mentions) -> Mention | None:
    """The one state, government or organisation whose statement, in this sentence, holds
    ``start`` (索马里当局…发表声明说,他们欢迎…; 民兵组织发言人说,他们…): a 他们 in its words is
    itself, not the last list of countries named, even one it belongs to; not a compound or
    group that speaks (三国外长表示,他们…: the list itself), nor a person (布林肯说,他们…)."""
    speaker = _speaker_in_own_sentence(ctx, start, mentions)
    if speaker is None or speaker.group is not None or speaker.start >= start:
        return None
    if speaker.actor.type not in {"Organization", "Group", "Country"}:
        return None
    opened = after_last_mark(_CLAUSE_OR_LINE_BEFORE, ctx.article.text, speaker.start)
    if any(
        opened <= m.start < start and m.actor.key != speaker.actor.key and m.via != "media"
        for m in mentions
    ):
        return None  # 美国、日本和韩国外长表示,他们…: one of a list that speaks together
    said = ctx.article.text[speaker.end : start].rstrip(_CLAUSE_ENDS)
    if any(mark in said for mark in _CLAUSE_ENDS):
        return None  # 声明指出,船上有20名外国记者,他们…: people its words named first
    return speaker


def _quoted_from(ctx: _Context, speaker: Mention, start: int) -> bool:
    """称此举“有可能招致他们难以承受…”, 川普说「他们可以想做什么就做什么」: a 他们 inside the
    quoted words of a speaker named before the quotation is someone the speaker talks about,
    never the speaker nor its side (who speaks of itself in its own words says 我们)."""
    quote = _quote_at(ctx, start)
    return quote is not None and speaker.end <= quote[0]


def _speaker_in_own_sentence(ctx: _Context, start: int, mentions) -> Mention | None:
    """The speaker, in the sentence that holds ``start``, of the words at ``start``. A sentence
    that names no actor has no speaker (speaker_in_sentence answers None at once): its
    clauses are not split for that (most first persons of a commentary name nobody)."""
    if not mentions:
        return None
    clauses = _sentence_clauses(ctx, start)
    return speaker_in_sentence(ctx.article.text, clauses, len(clauses) - 1, start, mentions)


def _resolve_pronoun(ctx: _Context, word: str, start: int, end: int, mentions) -> list[Mention]:
    entry = pronouns()[word]
    if entry.refers == "pair":
        if opens_with(ctx.article.text, end, "pair_shared"):
            return []  # 访问两国|争议领土: the pair only says whose the land is
        initials = _initials_before(ctx.article.text, start) if word in words("person_pair") else ""
        if initials:  # 马、铁二人: the two people these initials open the names of, or nobody
            people = _people_of_initials(ctx, initials, [m for m in mentions if m.end <= start])
            return _group_mentions(people, word, start, end) if people else []
        sides = "两国" if _sides_of_two_countries(ctx.article.text, word, end) else word
        pair = _pair_in_focus(ctx, sides, start, mentions)
        if pair is not None and word not in words("person_pair"):
            pair = _states_of_a_mixed_pair(ctx, pair)
            pair = _state_of_an_organ_paired(ctx, pair)
        return [] if pair is None else _group_mentions(pair, word, start, end)
    if entry.refers == "other":
        other = _other_side(ctx, word, start, mentions)
        return [] if other is None else [make_mention(other.actor, word, start, end, "coref")]
    if entry.refers == "group":
        if word in words("sides_of_people") and _act_named_after(ctx.article.text, end):
            return []  # 举行三方|会谈, 三方|合作: a kind of talks, not the sides acting
        if word in _PERSONS_TOO:
            voice = _state_or_body_speaking(ctx, start, mentions)
            if voice is not None and not _quoted_from(ctx, voice, start):
                # 乌克兰外交部发言人说,他们欢迎…: the body, not a list before
                return [make_mention(voice.actor, word, start, end, "coref")]
        group = _group_in_focus(ctx, entry.size, start, mentions)
        if not group and entry.size and word in words("sides_of_people"):
            group = _people_listed_last(ctx, entry.size, start, mentions)
        if word in _PERSONS_TOO and _people_before(ctx, group, start):
            return []  # 美国士兵们出发时,他们…: people the text names, no list of countries
        if word in _PERSONS_TOO and _others_before(ctx, group, start, mentions):
            return []  # 英、澳等国…。五眼联盟是…,美国国家安全局是…,他们联手…: not the list
        if group or entry.size or word not in _PERSONS_TOO:
            return _group_mentions(group, word, start, end)
        body = _body_speaking(ctx, start, mentions)
        if body is not None and not _quoted_from(ctx, body, start):
            # 伊朗革命卫队表示,他们对以色列…: the body that speaks
            return [make_mention(body.actor, word, start, end, "coref")]
        crowd = next(
            (m for m in reversed(mentions) if m.end <= start and m.actor.type == "Group"), None
        )
        if crowd is not None:  # 要求政变军人释放…,否则对他们动用武力: the group named before
            return [make_mention(crowd.actor, word, start, end, "coref")]
        people = _people_in_focus(ctx, start, mentions)
        if people:  # 莫迪和岸田文雄举行会谈。他们…: the people named together
            return _group_mentions(people, word, start, end)
        if not _object_position(ctx.article.text, start):
            speaker = _statement_speaker(ctx, start, mentions)
            if speaker is not None and not _quoted_from(ctx, speaker, start):
                # 约翰逊表示,他们将制裁俄罗斯: the speaker's side
                side = _speakers_side(ctx, speaker, word, end)
                return [make_mention(side, word, start, end, "coref")]
        asked = _state_asked(ctx.article.text, start, end, mentions)
        if asked is not None:  # 谴责朝鲜,并敦促他们停止试射: the state the demand goes on to
            return [make_mention(asked.actor, word, start, end, "coref")]
        return []  # 冻结他们的资产 with nobody listed before: no one person is 他们
    if entry.refers == "own":
        return _own_country(ctx, word, start, end)
    if entry.refers == "both":
        return _both_sides(ctx, entry.members, word, start, end)
    if entry.refers in _OF_KIND:
        referent = _last_of_kind(ctx, entry.refers, start, mentions)
        return [make_mention(referent.actor, word, start, end, "coref")] if referent else []
    if entry.refers in _DEMONSTRATIVE:
        wanted = _DEMONSTRATIVE[entry.refers]
        if word.endswith(words("spokesman")):
            spoken_for = _spokesman_body_before(ctx, start, mentions)
            if spoken_for is not None:  # 中国商务部发言人…。这名发言人称: the ministry
                return [make_mention(spoken_for.actor, word, start, end, "coref")]
        if word in words("thing_pronoun"):  # 它: a state only as the topic just opened
            opening = _state_opening_near(ctx, start, mentions)
            return [make_mention(opening.actor, word, start, end, "coref")] if opening else []
        earlier = [
            m for m in mentions if m.end <= start and m.actor.type in wanted and m.via != "media"
        ]  # 据朝中社报道,这名发言人…: an outlet that reports is never the one referred to
        if earlier and _acts_on_the_word(ctx.article.text, earlier[-1], start):
            earlier = [m for m in earlier if m.actor.key != earlier[-1].actor.key]
            if not earlier:
                return []
        referent = (
            earlier[-1]
            if earlier
            else (_post_body_before(ctx, start, wanted) or _last_of_type(ctx, wanted, start))
        )
        return [make_mention(referent.actor, word, start, end, "coref")] if referent else []
    quote = _quote_at(ctx, start)
    speaker = _speaker(ctx, quote) if quote else None
    if entry.refers == "speaker":
        if speaker is None and quote is not None:  # 他说:“我们将…”: the pronoun's person
            speaker = _pronoun_speaker(ctx, quote)
        if speaker is None:  # 甘羽表示,…我们敦促菲方…: reported speech in the first person
            speaker = (
                _speaker_in_own_sentence(ctx, start, mentions)
                or _speaker_at(ctx, start)
                or _speaker_of_paragraph_before(ctx, start)
            )
        if speaker is None:  # 导致我方人员受伤 in Taiwan's own press, no speaker: Taiwan
            own = ctx.memory.own if word == "我方" else None
            return [] if own is None else [make_mention(own, word, start, end, "coref")]
        return [make_mention(_speakers_side(ctx, speaker, word, end), word, start, end, "coref")]
    if _nameless_speaker_before(ctx.article.text, start, mentions):
        return []  # 工作人员说,他在2月16日和王红有过沟通: the one who speaks, no one named
    speaking = _speaker_going_on(ctx, word, start, end)
    if speaking is not None:
        return [speaking]
    here = [m for m in mentions if m.actor.type == "Person" and m.end <= start]
    topics_here = (
        _clause_topics(ctx.article.text, _sentence_clauses(ctx, start), here) if here else []
    )
    here_at = _sentence_index(ctx, start)  # 他/她: a person of the last few sentences
    since = _start_of_sentence(ctx, here_at - _PERSON_SENTENCES)
    earlier_topics = [m for m in ctx.persons if since <= m.start < start]
    subject = None
    if _object_position(ctx.article.text, start):  # 探望他: the person last named
        order = earlier_topics + topics_here + here
        order.sort(key=lambda m: m.start)
        subject = _clause_subject_person(ctx.article.text, start, here)
    else:  # 他说…: the person the sentence is about, else one it names, else an earlier topic
        order = earlier_topics + _unread_topics_after(ctx, start, earlier_topics) + here
        order += topics_here
    if subject is not None and any(m.start != subject.start for m in order):
        # 马克龙访美,特朗普称赞他: 他 is not who praises (that is 自己), but the person another
        # clause is about (陶崇园…说…,陶母…看望他: the son, not 王攀 he spoke to)
        topical = {m.start for m in topics_here + earlier_topics}
        topical |= {m.start for m in here if _opens_own_clause(ctx.article.text, m)}
        fellows = _fellow_subjects(ctx.article.text, subject, here, start)
        others = [m for m in order if m.start != subject.start and m.start not in fellows]
        order = [m for m in others if m.start not in topical] + [
            m for m in others if m.start in topical
        ]
    if not order:
        order = _earlier_topics(ctx, start)
    disagreed = False
    woman = _known_woman_near(ctx, order, start) if word == "她" else None
    for candidate in reversed(order):
        if woman is not None and not candidate.actor.known:
            continue  # 范德赖恩、米歇尔…出席。她…: a woman the gazetteer knows, not someone unknown
        if not _gender_agrees(word, candidate.actor):
            disagreed = True  # 她 is not a man the gazetteer knows, 他 not a woman it knows
            continue
        if speaker is None or candidate.actor.key != speaker.actor.key:
            if _relative_named_after(ctx.article.text, candidate, start):
                return []  # 陶某的姐姐告诉记者,她…: the relative, who has no name here
            return [make_mention(candidate.actor, word, start, end, "coref")]
    if disagreed:  # 拜登会见了冯德莱恩。她…: the person of the other gender named last
        for candidate in reversed(_people_named_before(ctx, start, here)):
            if _gender_agrees(word, candidate.actor) and candidate.actor.known:
                if speaker is None or candidate.actor.key != speaker.actor.key:
                    return [make_mention(candidate.actor, word, start, end, "coref")]
    return []


_FELLOW_JOINS: Final = ("以及", "、", "和", "及")


def _fellow_subjects(text: str, subject: Mention, here: list[Mention], start: int) -> set[int]:
    """李强总理、赵乐际委员长将分别同他会谈: the people listed with the subject of the verb that
    governs an object pronoun in its clause (only titles between them) act with it, so the
    pronoun is none of them either; their starts."""
    fellows: set[int] = set()
    if any(c in _CLAUSE_ENDS for c in text[subject.end : start]):
        return fellows  # (a subject of the clause before: 赵宇楠和陶崇园…,他欣赏他)
    last = subject
    for mention in sorted(
        (m for m in here if subject.end <= m.start and m.end <= start), key=lambda m: m.start
    ):
        between = text[last.end : mention.start]
        joint = next((j for j in _FELLOW_JOINS if j in between), "")
        if not joint or len(between) > _FELLOW_GAP or has_verb(between.replace(joint, "", 1)):
            break
        fellows.add(mention.start)
        last = mention
    return fellows


_FELLOW_GAP: Final = 16  # (、全国人大常委会委员长: a title and the body that gives it)


def _speaker_going_on(ctx: _Context, word: str, start: int, end: int) -> Mention | None:
    """希哈萨说,他注意到「…美国希望川普到访…」。|他还指责柬埔寨…: 他还/他并 opening a sentence
    goes on with the person whose statement is in force, not with someone named inside what
    that person said (川普)."""
    text = ctx.article.text
    if not text.startswith(_GOES_ON, end) or not _opens_its_sentence(ctx, start):
        return None
    speaker = _speaker_at(ctx, start) if _quote_at(ctx, start) is None else None
    if speaker is None or speaker.actor.type != "Person" or speaker.start >= start:
        return None
    if not _gender_agrees(word, speaker.actor):
        return None
    return make_mention(speaker.actor, word, start, end, "coref")


def _opens_its_sentence(ctx: _Context, start: int) -> bool:
    """Whether only quotation marks or spaces stand between ``start`` and its sentence's start."""
    here = _sentence_at(ctx, start)
    return here is not None and not ctx.article.text[here.start : start].strip(" “”\"'「」『』")


def _clause_subject_person(text: str, start: int, here: list[Mention]) -> Mention | None:
    """The person who opens the clause of an object pronoun (特朗普|称赞他), or, when the
    clause names nobody before it, the one who opens the clause just before (凯南为其作证,|
    称赞他): the subject of the verb that governs the pronoun, which Chinese names by 自己, not
    by 他, when it is the one meant."""
    opens = _clause_start(text, start)
    for stop in (start, opens - 1):
        first = next((m for m in here if opens <= m.start < stop), None)
        if first is not None:
            lead = text[opens : first.start].strip(" “”\"'「」")
            return (
                first if len(lead) <= _SUBJECT_LEAD or _titled_subject(text, lead, first) else None
            )
        if stop != start or opens <= 0 or text[opens - 1] not in ",，":
            return None
        opens = _clause_start(text, opens - 1)
    return None


def _titled_subject(text: str, lead: str, first: Mention) -> bool:
    """国务院总理|李强将同他会谈: a person whose title (and the body or country that gives it)
    is all that stands before them in the clause opens it as its subject."""
    title = title_ending_at(load_gazetteer(), text, first.start, first.start - len(lead))
    if title is None:
        return False
    rest = lead[: len(lead) - len(title.title)]
    return not rest or not (has_verb(rest) or any(c in _CLAUSE_ENDS for c in rest))


_SUBJECT_LEAD: Final = 4  # (而|特朗普称赞他, 随后|…: a short word may stand before the subject)


def _opens_own_clause(text: str, mention: Mention) -> bool:
    """陶崇园又…说, (named again, so no topic of _clause_topics): a person who opens the clause
    it stands in, a short word aside, is what that clause is about."""
    lead = text[_clause_start(text, mention.start) : mention.start].strip(" “”\"'「」")
    return len(lead) <= _SUBJECT_LEAD


def _nameless_speaker_before(text: str, start: int, mentions) -> bool:
    """Whether 他/她 at ``start`` opens the clause after a nameless person's statement verb
    (街道办的工作人员说,|他…; 一名官员表示,|他…): the pronoun is that speaker, whom the
    article does not name, not the person it named last. A speaking clause that names an
    person (陈捷对记者说,|他…; 他的发言人说,|他…) leaves the pronoun to the usual search; the
    body a nameless speaker serves does not (外交部官员表示,|他…)."""
    clause = _clause_start(text, start)  # (what _opens_clause looked up again)
    pause = clause - 1
    if pause <= 0 or text[pause] not in ",，" or text[clause:start].strip():
        return False
    verbs = speech_verbs()
    if not text.endswith(verbs, 0, pause):
        return False  # one test of the whole tuple first: most pronouns follow no statement verb
    verb = next(v for v in verbs if text.endswith(v, 0, pause))
    said = pause - len(verb)
    if not closes_with(text, said, "nameless_speaker"):
        return False
    opens = _clause_start(text, said)
    return not any(opens <= m.start < said and m.actor.type == "Person" for m in mentions)


def _statement_speaker(ctx: _Context, start: int, mentions) -> Mention | None:
    """Who makes the statement the words at ``start`` stand in: its speaker in this sentence,
    else the speaker of the quotation or of the statement the paragraph continues."""
    return _speaker_in_own_sentence(ctx, start, mentions) or _speaker_at(ctx, start)


# the words before a quotation that name its speaker by a person pronoun alone: 他说:, 她补充说:,
# 他並警告:, 他在声明中表示, (a statement verb of the lexicon must end them: _pronoun_speaker)
_PRONOUN_LEAD: Final = re.compile(
    r"(?:^|[,，;；。!?！？\s“”「」])(他|她)([^,，;；:：。!?！？“”「」\s]{1,12})$"
)


def _pronoun_speaker(ctx: _Context, quote: tuple[int, int]) -> Mention | None:
    """他说:“我们将与美国联手…”, 她补充说:“我们还…”: a quotation whose speaker the words before
    it name by 他 or 她 alone (no actor between the pronoun and the statement verb) is said by
    the person the pronoun stands for; the first persons in it are that person's (_speaker
    reads only actors, and the pronoun is none, so the quotation had no speaker, and its 我们
    took the speaker of the paragraph, or nobody)."""
    text = ctx.article.text
    start = _lead_in_start(text, quote)
    lead = text[start : quote[0]].rstrip(":：,， ")
    match = _PRONOUN_LEAD.search(lead)
    if match is None or not match.group(2).endswith(speech_verbs()):
        return None
    at = start + match.start(1)
    here = _sentence_at(ctx, at)
    if here is None:
        return None
    actors = _actors_again(ctx, here).mentions
    if any(at < m.end and m.start < start + match.end() for m in actors):
        return None  # 他同普京通话时说: an actor between the pronoun and the verb
    resolved = _resolve_pronoun(ctx, match.group(1), at, at + 1, [m for m in actors if m.end <= at])
    return resolved[0] if resolved else None


def _speakers_side(ctx: _Context, speaker: Mention, word: str, end: int) -> Actor:
    """我们的外交官 or 我方 in a person's words, 他们将… after a person's statement: the side the
    speaker stands for (the country of a person the gazetteer or a title placed), not the
    speaker alone."""
    actor = speaker.actor
    if actor.type != "Person" or not actor.country:
        return actor
    if _international_official(ctx.gaz, actor):
        return actor  # 古特雷斯: 我们的维和人员 are the UN's, not Portugal's
    ours = word == "我方" or (word == "我们" and ctx.article.text.startswith("的", end))
    if not ours and word != "他们":
        return actor  # 我…, 我们将…: the speaker speaks for himself
    return ctx.gaz.actors.get(actor.country) or actor


def _people_named_before(ctx: _Context, start: int, here: list[Mention]) -> list[Mention]:
    """The people named in the sentence before and in this one up to ``start``, in order."""
    people: list[Mention] = []
    for sentence in _sentences_before(ctx, start, 1):
        found = _actors_again(ctx, sentence)
        people.extend(m for m in found.mentions if m.actor.type == "Person")
    return people + here


_WOMAN_SENTENCES: Final = 2


def _known_woman_near(ctx: _Context, order: list[Mention], start: int) -> Mention | None:
    """The last woman of people.tsv (words.tsv female) among the candidates for 她, named in
    this sentence or the two before: she is a better referent than a person the gazetteer does
    not know, whose gender is unknown."""
    here_at = _sentence_index(ctx, start)
    for candidate in reversed(order):
        near = here_at - _sentence_index(ctx, candidate.start) <= _WOMAN_SENTENCES
        if near and candidate.actor.known and candidate.actor.label in words("female"):
            return candidate
    return None


def _gender_agrees(word: str, actor) -> bool:
    """他 never stands for a woman of people.tsv (words.tsv female), 她 never for a man of it;
    people the gazetteer does not know agree with both."""
    if not actor.known or actor.type != "Person":
        return True
    female = actor.label in words("female")
    return not female if word == "他" else female if word == "她" else True


def _relative_named_after(text: str, person: Mention, start: int) -> bool:
    """Whether the person is named only as whose relative someone is (X的姐姐, X的母亲: words.tsv
    kin), in the clause or the sentence the pronoun follows: the pronoun is that relative."""
    if not (person.end < start and text.startswith("的", person.end)):
        return False
    return opens_with(text, person.end + 1, "kin")


_PERSON_SENTENCES: Final = 4


def _people_in_focus(ctx: _Context, start: int, mentions) -> list[Mention]:
    """他们 opening a clause or right after a verb (指控|他们, 冻结|他们的资产), with no list of
    countries in focus: the last two or more people named together (莫迪和岸田文雄…。他们…), in
    this sentence or the two before, else the two people of the last event there
    (马克龙会见了拜登。…他们…), each of another side."""
    text = ctx.article.text
    if (
        start > 0
        and text[start - 1] not in "，,；;。！？\n“"
        and start != _sentence_start(ctx, start)
        and not _object_position(text, start)
    ):
        return []
    here_at = _sentence_index(ctx, start)
    here = [m for m in mentions if m.end <= start]
    lists = ctx.people_lists + _people_lists(text, ctx.gaz, here)
    for people in reversed(lists):
        if here_at - _sentence_index(ctx, people[0].start) > _PEOPLE_SENTENCES:
            break
        if len({m.actor.key for m in people}) >= 2:
            return people
    if here_at - ctx.last_pair_at > _PEOPLE_SENTENCES or ctx.last_pair is None:
        return []
    pair = list(ctx.last_pair)
    if all(m.actor.type == "Person" for m in pair) and not same_side(pair[0], pair[1]):
        return pair
    return []


_PEOPLE_SENTENCES: Final = 2


def _sentence_start(ctx: _Context, pos: int) -> int:
    return ctx.starts[_sentence_index(ctx, pos)]


def _people_before(ctx: _Context, group: list[Mention], start: int) -> bool:
    """Whether people are named (士兵们, 农民, 消防员, 官员) between the last list of countries
    of the sentence and a 他们 at ``start``: then 他们 are those people."""
    text = ctx.article.text
    since = ctx.starts[_sentence_index(ctx, start)]
    since = max([since] + [m.end for m in group if m.end <= start])
    return _people_pattern().search(text[since:start]) is not None


def _others_before(ctx: _Context, group: list[Mention], start: int, mentions) -> bool:
    """Whether, after a list of countries of an earlier sentence, this sentence names two or
    more other actors before a 他们 at ``start`` (“五眼联盟”是…,美国国家安全局是…,他们…): then
    他们 may be those, and is not surely the list."""
    if not group:
        return False
    since = ctx.starts[_sentence_index(ctx, start)]
    if any(m.end > since for m in group):
        return False  # the list is in this sentence: it is the nearest
    listed = {m.actor.key for m in group}
    others = {
        m.actor.key
        for m in mentions
        if since <= m.start and m.end <= start and m.actor.key not in listed and m.via != "coref"
    }
    return len(others) >= 2


@lru_cache(maxsize=1)
def _people_pattern() -> re.Pattern[str]:
    """Plural people (士兵们, not 他们), people nouns of words.tsv (private, person_noun; not a
    bare 人) and words in 员 (消防员), none of them followed by 国 (成员国 are states)."""
    nouns = set(words("private")) | set(words("person_noun"))
    # longest first (两国领导人…,他们: the two states), then by text: a set's order changes
    # from run to run, and so would the pattern and its key in the regex cache
    ordered = sorted(nouns - {"人"}, key=lambda w: (-len(w), w))
    alternatives = "|".join(map(re.escape, ordered))
    # 们 after any letter but a pronoun's, told by a lookbehind at 们 (not a class before it),
    # and the nouns' alternatives in the same group: every alternative then opens with a
    # letter, and re skips to those first letters at C speed, where a class opening the
    # first made it try all 70 alternatives at every position (30,000 instructions a call,
    # compiled). The same test whether a stretch holds a match, given the stretch alone
    # (_people_before slices it: the lookbehind sees no letter before it).
    return compile_pattern(rf"(?:们(?<=[^他我她它你咱]们)|{alternatives}|员)(?!国)")


def _sentence_index(ctx: _Context, pos: int) -> int:
    """Index of the sentence that holds ``pos`` (the last that starts before it)."""
    return max(_bisect_right(ctx.starts, pos) - 1, 0)


def _start_of_sentence(ctx: _Context, index: int) -> int:
    """Where the sentence ``index`` starts, or -1 before the first: a position ``pos`` has
    ``_sentence_index(ctx, pos) >= index`` exactly when it is at or after this start (one
    comparison for each of an article's topics, where a search for its sentence took one)."""
    return ctx.starts[index] if index > 0 else -1


def _sentences_before(ctx: _Context, pos: int, count: int) -> list[Sentence]:
    """The last ``count`` sentences that end at or before ``pos``."""
    before = _bisect_right(ctx.ends, pos)
    return ctx.sentences[max(0, before - count) : before]


def _sentence_at(ctx: _Context, pos: int) -> Sentence | None:
    """The sentence that holds ``pos``, or None between sentences."""
    index = _bisect_right(ctx.starts, pos) - 1
    if index >= 0 and pos < ctx.sentences[index].end:
        return ctx.sentences[index]
    return None


def _actors_again(ctx: _Context, sentence: Sentence) -> SentenceActors:
    """The actors of a sentence read again (a look back, which learns nothing but leaders).

    Cached for the article: what find_actors finds there depends only on the leaders named
    so far, and those only ever grow (``setdefault``), so their number tells their state."""
    key = (sentence.start, sentence.end, len(ctx.memory.leaders))
    found = ctx.looked_back.get(key)
    if found is None:
        text = ctx.article.text
        found = find_actors(
            text,
            sentence.start,
            sentence.end,
            ctx.gaz,
            ctx.memory.leaders,
            words_found=_gate_words_of(ctx, sentence),
        )
        ctx.looked_back[key] = found
    return found


def _earlier_topics(ctx: _Context, start: int) -> list[Mention]:
    """The people the two sentences before are about, when they reported no act and were not
    read (布林肯抵达德黑兰。他随后访问伊拉克).

    Kept by the sentences ended before ``start`` and the number of leaders known: the
    answer depends on nothing else (leaders only grow, and _actors_again keeps its answers
    the same way), and each 他 of a sentence asked again. A copy is handed out."""
    key = (_bisect_right(ctx.ends, start), len(ctx.memory.leaders))
    kept = ctx.topics_before.get(key)
    if kept is None:
        kept = ctx.topics_before[key] = _earlier_topics_uncached(ctx, start)
    return list(kept)


def _unread_topics_after(ctx: _Context, start: int, earlier: list[Mention]) -> list[Mention]:
    """特朗普扬言夺取格陵兰。鲁比奥则明显放软语气。他说:…: the people the two sentences before
    are about, named after the last topic of a sentence read, when those sentences reported no
    act and were not read: more recent than it, they are whom 他 refers back to."""
    if not earlier:
        return []
    last = max(m.start for m in earlier)
    here = _sentence_index(ctx, start)
    unread = []
    for mention in _earlier_topics(ctx, start):
        at = _sentence_index(ctx, mention.start)
        if mention.start > last and at < here and at not in ctx.read:
            unread.append(mention)
    return unread


def _earlier_topics_uncached(ctx: _Context, start: int) -> list[Mention]:
    """_earlier_topics, looked up anew."""
    text = ctx.article.text
    topics: list[Mention] = []
    for sentence in _sentences_before(ctx, start, 2):
        if not _may_name_a_person(ctx, sentence):
            continue  # no person to find, and no leader the look back would learn
        found = _actors_again(ctx, sentence)
        people = [m for m in found.mentions if m.actor.type == "Person"]
        if people:  # no person, no topic: the clauses are not split for nothing
            topics.extend(
                _clause_topics(text, _clauses_of(ctx, sentence), people, found.attributive)
            )
    return topics


def _object_position(text: str, start: int) -> bool:
    """探望他, 对他: a pronoun right after a verb or a preposition is an object; so is one
    after a verb and its aspect particle (会见了他, 批评过他)."""
    if text[start - 1 : start] in ASPECT_PARTICLES and start >= 2:  # 会见了|他
        start -= 1
    before = text[max(0, start - 2) : start]
    return bool(before) and (before[-1] in _GOVERNING or _holds_trigger(before))


@lru_cache(maxsize=1 << 12)
def _holds_trigger(short: str) -> bool:
    """Whether the trigger regex finds a trigger in ``short`` (the two letters before a
    pronoun): kept, as the same few pairs come back all through a corpus and a search of
    the 80,000-character regex costs more than a lookup."""
    return trigger_pattern().search(short) is not None


def _sentence_clauses(ctx: _Context, pos: int):
    sentence = _sentence_at(ctx, pos)
    return _clauses_of(ctx, sentence) if sentence else []


def _clauses_of(ctx: _Context, sentence: Sentence) -> list[Clause]:
    """The clauses of a sentence, split once per article (looks back ask again)."""
    clauses = ctx.clauses.get(sentence.index)
    if clauses is None:
        clauses = ctx.clauses[sentence.index] = split_clauses(sentence)
    return clauses


def _initials_before(text: str, start: int) -> str:
    """马、铁|二人: two characters listed with 、 right before a pair word, each the first
    character of a person's name (a pair named by initials); "" when there are none."""
    if start < 3 or text[start - 2] != "、":
        return ""
    first, second = text[start - 3], text[start - 1]
    if not (is_cjk(first) and is_cjk(second)) or (start > 3 and is_cjk(text[start - 4])):
        return ""
    return first + second


def _people_of_initials(ctx: _Context, initials: str, before: list[Mention]) -> list[Mention]:
    """The people, named in full earlier in the article, whose names the initials open (an
    initial that opens no such name, or several, gives nobody): 马、铁二人 names 马勒斯 and
    铁欧多洛, never the last two people named, 马勒斯 and 贝沙明, though the gazetteer may know
    only one of them (the pair then holds no talks with anyone named)."""
    people = {m.actor.key: m.actor for m in (*ctx.persons, *before) if m.actor.type == "Person"}
    found: list[Mention] = []
    for initial in initials:
        named = [a for a in people.values() if a.label.startswith(initial)]
        if len(named) == 1 and all(m.actor.key != named[0].key for m in found):
            found.append(make_mention(named[0], named[0].label, 0, 0, "coref"))
    return found


def _group_mentions(actors, word: str, start: int, end: int) -> list[Mention]:
    """One mention per member, sharing the span and a group id: the members act together."""
    return [make_mention(m.actor, word, start, end, "compound", start) for m in actors]


def _group_in_focus(ctx: _Context, size: int | None, start: int, mentions) -> list[Mention]:
    """四国 / 这些国家 / 他们: the last list of countries the article enumerated (of that size)."""
    if _after_group(mentions, start):
        return []  # 美日韩三国: an apposition to the compound itself
    if size is not None and ctx.article.text[start - 1 : start] == "第":
        return []  # 第三国: a third country, not the three
    groups = (
        ctx.groups + _earlier_lists(ctx, start) + _country_lists(ctx.article.text, mentions, start)
    )
    if size:  # 美日韩国安首长…。三方同意: a compound of as many short forms is a list too
        compounds = _earlier_compounds(ctx, start, size) + _compound_lists(mentions, start, size)
        if compounds:  # (placed among the lists by where they end; the lists keep their order)
            groups = sorted(groups + compounds, key=lambda group: group[-1].end)
    text = ctx.article.text
    for group in reversed(groups):
        if size is None or len(group) == size:
            return group
        if len(group) == (size or 0) + 1 and text[group[-2].end : group[-1].start] == "与":
            return group[:-1]  # 沙特、阿联酋和巴林与卡塔尔…。三国: the partner is no member
    if not size or any(m.end == start for m in mentions):
        return []  # 金砖五国, 东盟十国: the count is part of the body's name
    return _countries_of_listed_people(ctx, size, start, mentions)


def _act_named_after(text: str, end: int) -> bool:
    """三方|会谈, 四方|机制: a noun of talks, a deal or a standing forum (words.tsv
    forum_after_count) right after a count of sides makes one noun with it (but 三方|同意)."""
    return opens_with(text, end, "forum_after_count")


def _people_listed_last(ctx: _Context, size: int, start: int, mentions) -> list[Mention]:
    """三方 after 斯托尔滕贝格与埃尔多安、克里斯特松举行了三方会谈: the people the article listed
    last, when there are as many of them as the word counts, each another person (the sides of
    a meeting of three need not be three countries: a secretary-general is one)."""
    here = [m for m in mentions if m.end <= start]
    lists = ctx.people_lists + _people_lists(ctx.article.text, ctx.gaz, here)
    for people in reversed(lists):
        if len(people) == size and len({m.actor.key for m in people}) == size:
            return people
    return []


def _countries_of_listed_people(ctx: _Context, size: int, start: int, mentions) -> list[Mention]:
    """五国领导人 after 印度总理莫迪、…和南非总统祖马: the countries of the leaders the article
    listed last, when there are as many of them as the word counts, each of another country."""
    here = [m for m in mentions if m.end <= start]
    lists = ctx.people_lists + _people_lists(ctx.article.text, ctx.gaz, here)
    for people in reversed(lists):
        countries = [_as_country(ctx, m) for m in people]
        if len(people) != size or any(c is None for c in countries):
            continue
        if len({c.actor.key for c in countries if c is not None}) == size:
            return [c for c in countries if c is not None]
    return []


_LIST_JOINS_LONGEST_FIRST: Final = ("以及", "、", "和", "及", "与")


def _people_lists(text: str, gaz: Gazetteer, mentions) -> list[list[Mention]]:
    """Runs of two or more people joined by 、/和/及/与, each perhaps after a country and a title
    (印度总理莫迪、中国国家主席习近平和南非总统祖马)."""
    runs: list[list[Mention]] = []
    current: list[Mention] = []
    for mention in mentions:
        if mention.actor.type != "Person" or mention.group is not None:
            continue
        if current and _joins_people(text[current[-1].end : mention.start], gaz):
            current.append(mention)
        else:
            if len(current) >= 2:
                runs.append(current)
            current = [mention]
    if len(current) >= 2:
        runs.append(current)
    return runs


def _joins_people(gap: str, gaz: Gazetteer) -> bool:
    """、 or 和 alone, or before the next one's country and title (、中国国家主席)."""
    join = next((j for j in _LIST_JOINS_LONGEST_FIRST if gap.startswith(j)), "")
    rest = gap[len(join) :]
    if not join or len(rest) > 12 or any(c in _CLAUSE_ENDS for c in rest):
        return False
    return not rest or any(rest[-k:] in gaz.titles for k in range(1, min(len(rest), 6) + 1))


_DESCRIBED_COUNTRY: Final = compile_pattern(
    r"(?:这个|這個|该|該)(?P<desc>[\u4e00-\u9fff]{1,6}?)(?:成员国|成員國|国家|國家)", wide=True
)
_NOT_ONE_COUNTRY: Final = ("地区", "地區", "各", "些", "区域", "區域", "周边", "周邊")
_DEMONSTRATIVES: Final = ("这个", "這個", "该", "該")  # what _DESCRIBED_COUNTRY opens with


def _described_country(ctx: _Context, sentence: Sentence, mentions: list[Mention]) -> None:
    """这个北约成员国, 该东南亚国家: a demonstrative and a description name the country just
    named (as 该国 does), not the group the description mentions: the mentions inside it are
    replaced, in place, by the country."""
    if not holds_any(sentence.text, _DEMONSTRATIVES):
        return  # most sentences hold no 这个/该: no search for a description
    text = ctx.article.text
    for match in _DESCRIBED_COUNTRY.finditer(text, sentence.start, sentence.end):
        if any(w in match.group("desc") for w in _NOT_ONE_COUNTRY):
            continue
        inside = [i for i, m in enumerate(mentions) if match.start() <= m.start < match.end()]
        if len(inside) != 1 or mentions[inside[0]].actor.type == "Country":
            continue  # 这个中国盟友国家: a country named inside is no description of another
        earlier = [
            m
            for m in mentions
            if m.end <= match.start() and m.actor.type == "Country" and m.via != "media"
        ]
        referent = earlier[-1] if earlier else _last_of_type(ctx, _COUNTRY, match.start())
        if referent is None:
            continue
        mentions[inside[0]] = make_mention(
            referent.actor, match.group(), match.start(), match.end(), "coref"
        )


_COUNTRY: Final = frozenset({"Country"})


def _post_body_before(ctx: _Context, start: int, wanted: frozenset[str]) -> Mention | None:
    """胡塞武装发言人萨雷亚称,该组织…: the body a person's post names before the word in its
    sentence; the post is no argument of its own (it only describes the person), yet it is the
    body last named."""
    sentence = _sentence_at(ctx, start)
    if sentence is None:
        return None
    posts = [org for _, org, _ in _actors_again(ctx, sentence).roles if org.end <= start]
    posts = [org for org in posts if org.actor.type in wanted and org.via != "media"]
    return posts[-1] if posts else None


def _own_country(ctx: _Context, word: str, start: int, end: int) -> list[Mention]:
    """我国政府也予以严厉谴责 in Taiwan's own press (taiwan_voice, taiwan_outlet): Taiwan, the
    press's own country; elsewhere, or in the quoted words of a speaker of another country,
    nobody (a mainland text's 我国 is left unread, as before).
    Seen on ql-06 (我國政府…加入制裁俄羅斯) and wb-07 (我國外交部)."""
    own = ctx.memory.own
    if own is None:
        return []
    quote = _quote_at(ctx, start)
    speaker = _speaker(ctx, quote) if quote else None
    if speaker is not None and (speaker.actor.country or speaker.actor.key) != own.key:
        if speaker.actor.type != "Person" or speaker.actor.country:
            return []  # 菲律宾总统说:“我国…”: the speaker's country, not the press's
    return [make_mention(own, word, start, end, "coref")]


_SPOKESMAN_GAP: Final = 8  # 中国|高层级未具名|发言人: the words between a body and its spokesman


def _spokesman_body_before(ctx: _Context, start: int, mentions) -> Mention | None:
    """中国商务部发言人说…。他说,中方已在世贸组织…。这名发言人称: an unnamed spokesman named
    again (该发言人, 这名发言人) speaks for the body whose spokesman the article named last in
    the sentences before, not for the last body named (世贸组织, 国际原子能机构).
    Seen on yn-06 and ql-03 (the WTO and the IAEA had taken China's statement)."""
    text = ctx.article.text
    here = [m for m in mentions if m.end <= start]
    groups: list[list[Mention]] = [here] + [
        _actors_again(ctx, s).mentions for s in reversed(_sentences_before(ctx, start, 3))
    ]
    for group in groups:
        for mention in reversed(group):
            if mention.actor.type not in _SPOKEN_FOR:
                continue
            if mention.text.endswith(words("spokesman")) or _spokesman_follows(text, mention.end):
                return mention
    return None


_SPOKEN_FOR: Final = frozenset({"Country", "Organization", "Group"})


def _spokesman_follows(text: str, end: int) -> bool:
    """Whether a spokesman word follows ``end`` within a few words and no mark."""
    for at in range(end, min(len(text), end + _SPOKESMAN_GAP + 1)):
        if opens_with(text, at, "spokesman"):
            return True
        if not is_cjk(text[at]):
            return False
    return False


def _last_of_type(ctx: _Context, wanted: frozenset[str], start: int) -> Mention | None:
    """The last actor of a type in the few sentences before (该国 → the country just named),
    passing over one named only as what a topic is about (中国在|乌克兰|危机中的立场不明。该国…:
    China) when the sentence names another."""
    text = ctx.article.text
    for sentence in reversed(_sentences_before(ctx, start, 3)):
        found = _actors_again(ctx, sentence)
        typed = [m for m in found.mentions if m.actor.type in wanted and m.via != "media"]
        if typed:
            sides = [m for m in typed if not opens_with(text, m.end, "topic")]
            return (sides or typed)[-1]
    return None


_WATER_BEFORE: Final = frozenset("河江湖洋溪湾境东西南北")  # 弥河|两岸, 太平洋|两岸, 东西|两岸


def _both_sides(ctx: _Context, members, word: str, start: int, end: int) -> list[Mention]:
    """两岸: China and Taiwan, one compound mention each, where the article names both of them
    (by name, another form or a capital) and no river or ocean comes right before the word."""
    text = ctx.article.text
    if text[start - 1 : start] in _WATER_BEFORE:
        return []
    actors = [ctx.gaz.actors.get(key) for key in members]
    if any(a is None or not _named_in(ctx, a) for a in actors):
        return []
    return [make_mention(a, word, start, end, "compound", start) for a in actors]  # type: ignore[arg-type]


def _named_in(ctx: _Context, actor: Actor) -> bool:
    text = ctx.article.text
    return any(form in text for form in _surfaces_of(ctx.gaz, actor.key))


def _surfaces_of(gaz: Gazetteer, key: str) -> tuple[str, ...]:
    """Every form the gazetteer (aliases, capitals, ambiguous forms) has for an actor, cached
    on the gazetteer like its title pattern."""
    cache = gaz.__dict__.setdefault("_surfaces_of", {})
    if key not in cache:
        forms = {s for s, (actor, _) in gaz.surfaces.items() if actor.key == key}
        forms |= {s for s, keys in gaz.ambiguous.items() if key in keys}
        cache[key] = tuple(sorted(f for f in forms if len(f) >= 2))
    return cache[key]


def _acts_on_the_word(text: str, mention: Mention, start: int) -> bool:
    """马里谴责阿尔及利亚|击落|该国无人机: a country right before the verb whose object holds 该国
    is the one that acts, never the one 该国 refers back to (the verb is a trigger of
    triggers.tsv; a verb of saying, 朝鲜表示该国…, lets the speaker speak of itself)."""
    verb = text[mention.end : start]
    if not 1 < len(verb) <= 4 or not all(is_cjk(ch) for ch in verb):
        return False
    trig = trigger_for(verb)
    return trig is not None and trig.event_type is not None


def _demonstrative_in_word(text: str, word: str, end: int) -> bool:
    """该行|动, 该行|为, 该部|分: the last character of a demonstrative begins a word with the
    next one, so the demonstrative is 该 before that word (this action, this part). A longer
    one is whole: 该政权|重返 is this regime, whatever 权重 means."""
    refers = pronouns()[word].refers
    if len(word) > 2:
        return False
    return (refers in _DEMONSTRATIVE or refers in _OF_KIND) and is_word(text[end - 1 : end + 1])


def _state_opening_near(ctx: _Context, start: int, mentions: list[Mention]) -> Mention | None:
    """它 of a state: the country whose name opens the sentence before the word (巴基斯坦是…。
    它长期以来…) or its own sentence (中国说,它投弃权…). 它 is mostly a thing (一个理论…它给…
    提供了, 按照法国学者…的分析…它): a country named further back, or as a modifier inside
    the sentence, is no antecedent."""
    if not _opens_clause(ctx.article.text, start):
        return None  # 美国指责它: 它 after a verb is what the act is about, no state named
    here = [m for m in mentions if m.end <= start]
    if here:
        return here[0] if here[0].actor.type == "Country" and _opens(ctx, here[0]) else None
    before = _sentences_before(ctx, _sentence_start(ctx, start), 1)
    if not before:
        return None
    found = _actors_again(ctx, before[0]).mentions
    first = found[0] if found else None
    return first if first and first.actor.type == "Country" and _opens(ctx, first) else None


def _opens(ctx: _Context, mention: Mention) -> bool:
    """Whether ``mention`` opens its sentence (nothing but spaces and quotes before it) and
    goes straight on to a verb or a comma, not a noun it modifies (法国学者)."""
    return _opens_its_sentence(ctx, mention.start) and not _MODIFIED_HEAD.match(
        ctx.article.text, mention.end
    )


_MODIFIED_HEAD = re.compile(r"[的之]?(?:学者|人|公民|媒体|企业|公司|政府官员|官员|历史|史书|问题)")


def _last_of_kind(ctx: _Context, kind: str, start: int, mentions) -> Mention | None:
    """该公司 / 该行: the last company or bank named, in the sentence before the word or in the
    few sentences before it (a ministry named in between is not what 该公司 takes up)."""

    def fits(m: Mention) -> bool:
        if m.actor.type not in _BODIES or m.via == "media":
            return False
        if kind == "company" and ctx.gaz.org_kind.get(m.actor.key) == "company":
            return True
        return m.text.endswith(_OF_KIND[kind]) or m.actor.label.endswith(_OF_KIND[kind])

    here = [m for m in mentions if m.end <= start and fits(m)]
    if here:
        return here[-1]
    for sentence in reversed(_sentences_before(ctx, start, 3)):
        typed = [m for m in _actors_again(ctx, sentence).mentions if fits(m)]
        if typed:
            return typed[-1]
    return None


def _earlier_lists(ctx: _Context, start: int) -> list[list[Mention]]:
    """Country lists of the few sentences before (they may hold no trigger and be skipped)."""
    lists: list[list[Mention]] = []
    for sentence in _sentences_before(ctx, start, 3):
        if not _may_list_or_teach(ctx.gaz, sentence.text, _gate_words_of(ctx, sentence)):
            continue
        found = _actors_again(ctx, sentence)
        lists.extend(_country_lists(ctx.article.text, found.mentions))
    return lists


def _earlier_compounds(ctx: _Context, start: int, size: int) -> list[list[Mention]]:
    """Compounds of ``size`` countries' short forms in the few sentences before (美日韩国安官员
    会晤。…三方同意): read again only where the sentence holds such a compound's letters."""
    lists: list[list[Mention]] = []
    for sentence in _sentences_before(ctx, start, 3):
        if not _may_hold_compound(ctx.gaz, sentence.text, size):
            continue
        found = _actors_again(ctx, sentence)
        lists.extend(_compound_lists(found.mentions, None, size))
    return lists


def _may_hold_compound(gaz: Gazetteer, text: str, size: int) -> bool:
    """Whether ``size`` one-character short forms of countries stand in a row in ``text``."""
    run = 0
    for char in text:
        run = run + 1 if char in gaz.shorts or char in gaz.run_shorts else 0
        if run >= size:
            return True
    return False


def _compound_lists(mentions, limit: int | None, size: int) -> list[list[Mention]]:
    """美日韩, 韩美日: the countries of one compound of short forms (members share a group and
    each has its own span, unlike 四国 or 双方), as a list of exactly ``size`` of them."""
    runs: dict[int, list[Mention]] = {}
    for mention in mentions:
        if limit is not None and mention.end > limit:
            break
        if mention.via == "compound" and mention.group is not None:
            if mention.actor.type == "Country":
                runs.setdefault(mention.group, []).append(mention)
    return [run for run in runs.values() if len(run) == size]


_LIST_JOIN_CHARACTERS = frozenset("、和及与")  # one of them is in every join of _country_lists


def _gate_words_of(ctx: _Context, sentence: Sentence) -> list[str] | None:
    """The gate's words found in an earlier sentence (:attr:`_Context.gate_words`), or None
    where they are not kept."""
    kept = ctx.gate_words
    return kept[sentence.index] if sentence.index < len(kept) else None


def _holds_title(gaz: Gazetteer, text: str, words_found: Collection[str] | None) -> bool:
    """Whether ``text`` (a sentence) holds a title: told by the gate's words found in it,
    when given, else by a search."""
    if words_found is None:
        return title_pattern(gaz).search(text) is not None
    titles = gaz.titles  # (a loop: a keys view's method is a generic call compiled)
    return any(word in titles for word in words_found)


def _may_list_or_teach(
    gaz: Gazetteer, text: str, words_found: Collection[str] | None = None
) -> bool:
    """Whether reading a sentence again could give a list of countries or teach a leader.

    A look back (_actors_again) costs a find_actors call, and most 他们 find no list in the
    three sentences before (1,415 of 1,429 on Terminus). A sentence with no list joiner holds
    no list (_country_lists joins countries by 、/和/及/与/以及 only); the look back is skipped
    there unless the sentence holds a title: a look back learns nothing but leaders, and a
    leader is learnt only from a role, whose title is a word of the sentence (find_actors
    finds roles by the titles of the gazetteer written there). Skipping is exact: the cache
    of looks back is keyed by the number of leaders, which the skipped call leaves as it was.
    """
    return _may_join_countries(gaz, text) or _holds_title(gaz, text, words_found)


def _may_join_countries(gaz: Gazetteer, text: str) -> bool:
    """Whether an actor may start right after a list joiner of ``text`` (和|美国, 、|俄).

    Why: the joiners are common (和, 与), and two thirds of the sentences a 他们 looked back
    at held one with no country after it. The second country of a list starts right after
    its joiner (以及 ends in 及), and a country is found only where the gazetteer's index of
    actor words says one may start (find_actors' scan; its other stages find people, bodies
    and groups): where no joiner has such a position after it, no list can be found."""
    index = gaz.actor_index
    for join in _LIST_JOIN_CHARACTERS:
        at = text.find(join)
        while at != -1:
            if index.next(text, at + 1, at + 2) == at + 1:
                return True
            at = text.find(join, at + 1)
    return False


def _after_group(mentions, start: int) -> bool:
    before = [m for m in mentions if m.end <= start]
    return (
        bool(before)
        and before[-1].end == start
        and (before[-1].group is not None or before[-1].actor.type in {"Country", "Region"})
    )


def _country_lists(text: str, mentions, limit: int | None = None) -> list[list[Mention]]:
    """Runs of two or more countries joined by 、/和/及/与 (法国、美国、德国和尼日利亚)."""
    runs: list[list[Mention]] = []
    current: list[Mention] = []
    for mention in mentions:
        if limit is not None and mention.end > limit:
            break
        if mention.actor.type != "Country" or mention.group is not None or mention.via == "place":
            continue
        if current and text[current[-1].end : mention.start] in {"、", "和", "及", "与", "以及"}:
            current.append(mention)
        else:
            if len(current) >= 2:
                runs.append(current)
            current = [mention]
    if len(current) >= 2:
        runs.append(current)
    return runs


# Pair words that name two countries (两国, 这两国, 这两个国家): the countries of people named
_COUNTRY_PAIRS: Final = ("两国", "这两国", "这两个国家")


def _sides_of_two_countries(text: str, word: str, end: int) -> bool:
    """双方要落实好两国元首的共识, 双方将扩大两国人文交流: 双方 whose own clause speaks of 两国 are
    two countries (the countries of two people in focus, and never a bloc), as 两国 is."""
    if word not in words("sides_of_countries"):
        return False
    return "两国" in text[end : _clause_end(text, end)]


def _pair_in_focus(
    ctx: _Context, word: str, start: int, mentions
) -> tuple[Mention, Mention] | None:
    """两国/双方, never a mediator and a side it mediated for (在中方斡旋下,缅军同X举行和谈。
    双方同意…: the sides are who talked, not China and the army, whoever was named since)."""
    pair = _pair_named_before(ctx, word, start, mentions)
    if word in words("conflict_sides"):
        pair = _sides_of_a_fight(ctx, pair)
        if pair is not None and not _sides_of_the_place(ctx, pair, start):
            return None
        pair = _fight_sides_as_parties(ctx, pair)
    elif pair is not None and _truce_or_fight_follows(ctx.article.text, start + len(word)):
        pair = _leaders_as_fighting_states(ctx, pair, start)
    if pair is None:
        return None
    pair = _compound_kept_whole(ctx, pair, mentions, start)
    keys = {pair[0].actor.key, pair[1].actor.key}
    for event in ctx.events:
        if _pair_keys(event) == keys and (
            event.predicate in _NO_SIDES or _summit_attended(ctx, event)
        ):
            return None
    return pair


def _compound_kept_whole(
    ctx: _Context, pair: tuple[Mention, Mention], mentions, start: int
) -> tuple[Mention, Mention]:
    """作为柬泰两国的朋友,中方最不希望看到两国兵戎相见,对冲突造成双方…; 特朗普指责墨、加两国…。
    他称,除非两国…: a side that is one of a compound or a list of two (one group) pairs with
    the other of the two, never with a third actor named later (the speaker, the one who
    blames or mediates). The other is looked for among the sentence's actors before the word
    and the sides of the events so far; a group of three or more is left as it is."""
    for index, side in enumerate(pair):
        if side.group is None:
            continue
        other = pair[1 - index]
        seen = [m for m in mentions if m.end <= start]
        seen += [m for e in ctx.events for m in (e.subject, e.object)]
        partners = {
            m.actor.key: m for m in seen if m.group == side.group and m.actor.key != side.actor.key
        }
        if len(partners) != 1 or other.actor.key in partners:
            continue
        partner = next(iter(partners.values()))
        if same_side(partner, other) or same_side(partner, side):
            continue
        return (side, partner) if side.start <= partner.start else (partner, side)
    return pair


def _fight_sides_as_parties(
    ctx: _Context, pair: tuple[Mention, Mention] | None
) -> tuple[Mention, Mention] | None:
    """巴基斯坦国防部长阿西夫说,已对阿富汗展开公开战争。中方呼吁冲突双方…: the sides of a fight
    are parties to it (states, armies, armed groups), never the minister who spoke of it: a
    person stands for the country he serves, where that is not the other side's."""
    if pair is None or all(m.actor.type != "Person" for m in pair):
        return pair
    sides = [(_as_country(ctx, m) if m.actor.type == "Person" else m) for m in pair]
    if any(m is None for m in sides) or sides[0].actor.key == sides[1].actor.key:  # type: ignore[union-attr]
        return pair
    return sides[0], sides[1]  # type: ignore[return-value]


# bodies whose meetings many attend (organizations.tsv kinds): who attends is no side facing it
_SUMMIT_BODIES: Final = frozenset({"igo", "regional"})


def _summit_attended(ctx: _Context, event: Event) -> bool:
    """习近平即将出席大阪二十国集团领导人峰会。希望双方…: one who attends a meeting of a
    multilateral body (a trigger opened by words.tsv attend) and the body are no pair."""
    return opens_with(event.trigger, 0, "attend") and any(
        kind_of(ctx.gaz, m.actor) in _SUMMIT_BODIES for m in (event.subject, event.object)
    )


def _sides_of_the_place(ctx: _Context, pair: tuple[Mention, Mention], start: int) -> bool:
    """苏丹|冲突双方: the sides of a fight a country names are that country's own (its
    government, army or armed groups: the gazetteer's country column), never the states or
    bodies that broker or watch it; with no country right before the word, any pair may be.
    (The country is read from the text: the mentions given here leave out a place glued to
    the word, which is joined to it later.)"""
    text = ctx.article.text
    home = None
    for size in range(2, 7):
        hit = ctx.gaz.surfaces.get(text[max(0, start - size) : start])
        if hit is not None and hit[0].type == "Country":
            home = hit[0].key
    if home is None:
        return True
    return all(m.actor.key == home or m.actor.country == home for m in pair)


def _sides_of_a_fight(
    ctx: _Context, pair: tuple[Mention, Mention] | None
) -> tuple[Mention, Mention] | None:
    """冲突双方, 交战双方 are the sides of a fight: the pair found, when the article has one of
    them fight the other (or names no fight at all); else the sides of the last fight; else
    the two actors the last act was done to together (沙特敦促苏丹武装部队和快速支援部队…。
    苏丹冲突双方…: the army and the RSF, not Saudi Arabia and one of them); never two bodies
    that only watch or broker a fight (the pair named last may be its monitors)."""
    fights = [e for e in ctx.events if e.event_type in _ARMED]
    keys = None if pair is None else {pair[0].actor.key, pair[1].actor.key}
    if keys is not None and any(_pair_keys(e) == keys for e in fights):
        return pair
    if fights:
        return fights[-1].subject, fights[-1].object
    for later, event in zip(reversed(ctx.events), reversed(ctx.events[:-1]), strict=False):
        if (
            later.trigger_start == event.trigger_start
            and later.subject.actor.key == event.subject.actor.key
            and later.object.actor.key != event.object.actor.key
        ):  # one act, two objects: 敦促A和B…
            return event.object, later.object
    if pair is not None and any(kind_of(ctx.gaz, m.actor) in _NO_FIGHTERS for m in pair):
        return None  # …由美国、非盟及伊加特监督停火。古特雷斯呼吁苏丹冲突双方…: monitors
    return pair


# bodies that monitor, mediate or host a fight, never its sides (organizations.tsv kinds)
_NO_FIGHTERS: Final = frozenset({"igo", "regional", "ngo", "media", "think_tank", "university"})


def _at_a_place(text: str, mention: Mention) -> bool:
    """在X, 于X: a place where something happens, no side of a pair (but not 由于X, 对于X:
    words.tsv not_a_place)."""
    at = mention.start
    return (
        at > 0 and text[at - 1] in "在于" and text[max(0, at - 2) : at] not in words("not_a_place")
    )


# 在加勒比海国家|圣文森特和格林纳丁斯举行会议: a venue described before its name is no side
_VENUE_DESCRIBED: Final = re.compile(r"[在于][^,，。;；在于]{0,8}(?:国家|国|城市|首都|岛国)$")


@lru_cache(maxsize=1)
def _mediating_pattern() -> re.Pattern[str]:
    """A mediation verb right after a name (words.tsv mediating), across a co-mediator and
    居中, or between the pair (pronouns.tsv pair) across an adverb of time: 正在两国之间穿梭斡旋,
    在双方之间调停."""
    verbs = "|".join(map(re.escape, words("mediating")))
    pairs = sorted((w for w, p in pronouns().items() if p.refers == "pair"), key=len, reverse=True)
    pair = "|".join(map(re.escape, pairs))
    between = rf"(?:正|一直|也|还|曾)?[在于](?:{pair})之间(?:来回)?(?:穿梭)?"
    alongside = r"(?:[和与及、][^,，。;；的在]{1,8}?)?(?:居中|从中|共同)?"
    return re.compile(rf"(?:{between}|{alongside})(?:{verbs})")


def _mediates(text: str, mention: Mention) -> bool:
    """由土耳其和卡塔尔居中斡旋…,两国: the one named mediates and is no side of the pair; so
    does one who mediates between a pair (特使正在两国之间穿梭斡旋,希望双方…)."""
    after = text[mention.end : mention.end + 16]
    if not any(verb in after for verb in words("mediating")):  # cheap test before the regex
        return False
    return _mediating_pattern().match(after) is not None


_SINCE_PAIR_REACH: Final = 24


def _dates_the_pair(text: str, mention: Mention, start: int) -> bool:
    """这是自|美军|撤出阿富汗以来双方首次会谈: an actor inside a 自…以来 stretch that closes
    right before the pair word only dates the talks; the sides are the pair named before."""
    stretch = text[mention.end : start]
    if len(stretch) > _SINCE_PAIR_REACH or not stretch.endswith("以来"):
        return False
    if any(c in _CLAUSE_ENDS for c in stretch):
        return False
    head = text[max(0, mention.start - _SINCE_PAIR_REACH) : mention.start]
    opened = max(head.rfind(o) for o in SINCE_OPENERS)
    return opened >= 0 and not any(c in _CLAUSE_ENDS for c in head[opened:])


def _bloc_region(mention: Mention) -> bool:
    """非洲, 西方, 海湾国家 (words.tsv bloc_region): a region of many states, never one of the
    two states 两国 names (在“土耳其-非洲伙伴关系”会议上,…符合两国需求: not Turkey and Africa)."""
    return mention.actor.type == "Region" and mention.actor.label in words("bloc_region")


def _pair_named_before(
    ctx: _Context, word: str, start: int, mentions
) -> tuple[Mention, Mention] | None:
    """两国/双方: the last two different actors named before it in the sentence (countries for
    两国), else the pair of the last event; none right after a compound (俄乌两国 is 俄乌)."""
    before = [
        m
        for m in without_appositions(ctx.article.text, mentions)  # 叛军M23: one side, M23
        if m.end <= start
        and m.via != "media"
        and not (m.via == "coref" and m.text in pronouns())  # 阿利耶夫 named again counts
        and not _at_a_place(ctx.article.text, m)
        and not _VENUE_DESCRIBED.search(ctx.article.text, max(0, m.start - 12), m.start)
        and not _mediates(ctx.article.text, m)
        and not _dates_the_pair(ctx.article.text, m, start)
        and not _land_bought(ctx.article.text, m)
    ]
    before = _without_trip_destinations(ctx.article.text, before, mentions)
    if _after_group(mentions, start):
        return None
    before = _outside_a_denied_claim(ctx.article.text, before, start)
    if word.startswith(_COUNTRY_PAIRS):  # 两国: countries, or the countries of people named
        states = [_as_country(ctx, m) for m in before]
        before = [m for m in states if m is not None and not _bloc_region(m)]
    elif word in words("person_pair"):  # 布林肯访华之后,两人…: people, not a place visited
        before = [m for m in before if m.actor.type == "Person"]
    text = ctx.article.text
    clause_start = after_last_mark(_CLAUSE_OR_LINE_BEFORE, text, start)
    addressed = _addressed(text, clause_start, start, mentions)
    if addressed:
        # 埃及和卡塔尔呼吁双方保持克制: the sides are not whoever appeals to them, nor the
        # subject the appeal shares with the clause before (古特雷斯谴责…,呼吁交战双方…)
        here = [m for m in before if m.start >= clause_start]
        before = [m for m in before if m.start < clause_start]
        if not any(can_be_subject(text, m) for m in here):
            free = [m for m in before if can_be_subject(text, m)]
            if free:
                before = [m for m in before if m.actor.key != free[0].actor.key]
    joined = None if addressed else _joined_subjects(text, before, ctx.gaz)
    if joined is not None:  # 中国与俄罗斯推动…制裁北韩委员会…,两国: the pair that acts
        return joined
    subjects = None if addressed else _clause_subjects(ctx, before, start)
    if subjects is not None:  # A对…感到愤怒,而B表示…,双方同意: the two who act, not the
        return subjects  # last two named inside what they said
    distinct: list[Mention] = []  # two sides: 姆努钦和特朗普 are one
    for mention in reversed(before):
        if not any(same_side(mention, m) for m in distinct):
            distinct.insert(0, mention)
        if len(distinct) == 2:
            return distinct[0], distinct[1]
    fight_named = _fight_named_pair(ctx, start, before) if addressed else None
    if fight_named is not None:  # …呼吁以色列和伊朗冲突降级…。欧洲多国呼吁双方保持克制
        return _countries_of(ctx, fight_named) if word.startswith(_COUNTRY_PAIRS) else fight_named
    if addressed:
        named_here = {m.actor.key for m in mentions if clause_start <= m.start < start}
        for kinds in (_ARMED, _CONFLICT):  # the sides of the last fight, else of a dispute
            for event in reversed(ctx.events):
                fight = (event.subject, event.object)
                if event.event_type in kinds and not {m.actor.key for m in fight} & named_here:
                    return fight
    named = _named_pair(ctx, start)
    if named is not None and word in words("person_pair"):
        named = named if all(m.actor.type == "Person" for m in named) else None  # 两人: people
    if named is not None:  # 印度与巴基斯坦关系恶化。两国…: a pair named since the last event
        return _countries_of(ctx, named) if word.startswith(_COUNTRY_PAIRS) else named
    talked = _views_exchanged_pair(ctx, start + len(word), start)
    if talked is not None:  # …通电话。…默克尔感谢中国给予欧洲的帮助。双方还就…交换了看法
        return talked
    if _sentence_index(ctx, start) - ctx.last_pair_at > _PAIR_SENTENCES:
        return None  # 双方当事人, pages after the last event: no pair is in focus any more
    fought = _last_fight_pair(ctx, start) if _fight_follows(text, start + len(word)) else None
    if fought is not None and not _same_pair(fought, ctx.last_pair):
        return fought  # 此前,双方于7日再次交火: the sides of the last fight, not the pair of
        # the last act (美国对冲突深表关切); the last pair when it is they (美国 for 特朗普)
    pair = _talks_pair(ctx, start) or ctx.last_pair
    if pair is not None and _pair_of_several(ctx, pair):
        return None  # A、B以及C举行三方峰会。双方承诺…: which two of the three is not said
    if addressed and pair is not None and _appealer_among(pair, mentions, clause_start, start):
        return None  # 布洛斯…表示：「我们呼吁双方…」: not a pair the one who appeals is in
    if word.startswith(_COUNTRY_PAIRS) and pair is not None:
        countries = _countries_of(ctx, pair)  # 两国 after two ministers met: their countries
        sides = _sides_in(mentions, clause_start, start, text[start - 1 : start] in _PAIR_GOVERNED)
        if countries is not None and sides & {m.actor.key for m in countries}:
            # 王毅访问新西兰和澳大利亚。中方期待同两国一道…: the two are not the one who
            # speaks of them; they are the two the sentence before listed, or none; but a
            # proposal that the two act (中方建议两国领导人会晤) is one for its own side
            listed = _listed_pair(ctx, start, [], True)
            if listed is None and _proposed_or_wished(text[clause_start:start]):
                return countries
            return listed
        return _listed_pair(ctx, start, before, countries is None) or countries
    return pair


# a fight named right after two sides (以色列和伊朗|冲突, 其与俄罗斯|近三年冲突, 两国之间的|战争)
_FIGHT_NAMED: Final = re.compile(
    r"(?:之间|间)?的?(?:近?[\d一二两三四五六七八九十几数]+[年个月天周日]+(?:来|以来)?的?)?"
    r"(?:边境|武装|军事)?(?:冲突|战争|战事|交火|对峙|对抗|敌对)"
)


def _fight_named_pair(
    ctx: _Context, start: int, before: list[Mention]
) -> tuple[Mention, Mention] | None:
    """…无意签署呼吁以色列和伊朗冲突降级的联合声明。欧洲多国呼吁双方保持克制: two sides joined
    by 和/与 (or a compound of two, 阿巴冲突) right before a word of fighting (_FIGHT_NAMED), in
    the sentence of the pair word or the one before, are the pair an appeal to 双方 addresses
    where the sentence names no pair of its own: the fight it speaks of, not the last two who
    quarrelled earlier. (Only an appeal: 两国元首就…巴以冲突等问题交换了意见。两国元首同意… are
    the heads of state, the fight only a topic of their talks.)"""
    text = ctx.article.text
    here = _sentence_index(ctx, start)
    sentences = _sentences_before(ctx, ctx.starts[here], 1)
    found = [m for s in sentences for m in _actors_again(ctx, s).mentions]
    found += [m for m in before if m.start >= ctx.starts[here]]
    found = [m for m in found if m.end <= start and m.via != "media"]
    for first, second in reversed(list(zip(found, found[1:], strict=False))):
        link = text[first.end : second.start]
        joined = link in {"与", "和", "同", "及", "、"} or _compound_of_two(
            first, second, found, link
        )
        if (
            joined
            and not same_side(first, second)
            and _FIGHT_NAMED.match(text, second.end) is not None
        ):
            return first, second
    return None


# 结束中国访问, 结束对法国的国事访问: a visit that ends names the country visited
_VISIT_ENDED: Final = re.compile(r"(?:的)?(?:国事|正式|工作|友好)?(?:访问|之行)")


def _trip_destination(text: str, mention: Mention, mentions) -> bool:
    """卢拉抵达|吉隆坡|前表示…取决于双方谈判, 特朗普10月26日到|马来西亚吉隆坡|…与卢拉会面,…两国,
    普拉伯沃结束|中国|访问后…与拜登见面,双方: a place travelled to (words.tsv trip_to, 到 after a
    date, a visit ended) is where the talks happen, no side of the pair; so is a city right after
    the country it is in (马来西亚|吉隆坡)."""
    if mention.actor.type not in {"Country", "Region"} and mention.via != "place":
        return False
    at = mention.start
    if closes_with(text, at, "trip_to") or _DATED_TRIP.search(text, max(0, at - 4), at):
        return True
    if text[max(0, at - 3) : at].endswith(("结束", "结束对", "完成", "完成对")):
        return _VISIT_ENDED.match(text, mention.end) is not None
    previous = next((m for m in reversed(mentions) if m.end == at), None)
    return (
        previous is not None
        and mention.via == "place"
        and previous.actor.key == mention.actor.key
        and _trip_destination(text, previous, mentions)
    )


_DATED_TRIP: Final = re.compile(r"[日天]到$")


def _without_trip_destinations(text: str, before: list[Mention], mentions) -> list[Mention]:
    """The sides before a pair word without the places travelled to, when two other sides are
    left (普拉伯沃结束中国访问后…与拜登见面,双方); else all of them (代表团前往巴格达,出席…峰会,
    双方: the host is the other side)."""
    kept = [m for m in before if not _trip_destination(text, m, mentions)]
    if len(kept) == len(before):
        return before
    two = any(not same_side(a, b) for a, b in zip(kept, kept[1:], strict=False))
    return kept if two else before


def _land_bought(text: str, mention: Mention) -> bool:
    """美方购买|格陵兰岛一事,川普为此扬言将延后双方…的会面: a territory right after a verb of
    buying (words.tsv purchase) is the thing bought, no side of the pair (the US and Denmark)."""
    if mention.actor.type != "Region":
        return False
    return text[max(0, mention.start - 2) : mention.start] in words("purchase")


_CLAIM_REACH: Final = 4  # 宣称「, 声称: a statement verb and a quote mark between claimer and pair


def _outside_a_denied_claim(text: str, before: list[Mention], start: int) -> list[Mention]:
    """阿努廷否认川普宣称「双方已达成停火协议」: the one who claims what the pair did and the
    one who denies it are no sides of it (they are its witnesses); the pair is the one in focus
    before. (A denial, words.tsv denial, right before the claimer; a statement verb, words.tsv
    speech, and at most a quote mark between the claimer and the pair word.)"""
    if len(before) < 2:
        return before
    claimer = before[-1]
    said = text[claimer.end : start].rstrip("「“\"'：:")
    if len(said) > _CLAIM_REACH or said not in words("speech"):
        return before
    denier = next((m for m in reversed(before[:-1]) if m.end <= claimer.start), None)
    if denier is None or not any(w in text[denier.end : claimer.start] for w in words("denial")):
        return before
    kept = {claimer.actor.key, denier.actor.key}
    return [m for m in before if m.actor.key not in kept]


def _pair_keys(event: Event) -> frozenset[str]:
    """The keys of an event's two actors, in no order (a pair compared with a pair)."""
    return frozenset((event.subject.actor.key, event.object.actor.key))


def _pair_of_several(ctx: _Context, pair: tuple[Mention, Mention]) -> bool:
    """Whether the pair's last act together is one act of three or more sides together (阿利耶夫、
    帕希尼扬以及特朗普举行三方峰会: three pairwise events of one trigger): a later 双方 names two
    of them, and which two only the story tells (the two at war, not their host)."""
    keys = {pair[0].actor.key, pair[1].actor.key}
    last = next(
        (e for e in reversed(ctx.events) if _pair_keys(e) == keys),
        None,
    )
    if last is None or last.event_type not in SYMMETRIC_TYPES:
        return False
    pairs = {
        _pair_keys(e)
        for e in ctx.events
        if e.trigger_start == last.trigger_start and e.event_type == last.event_type
    }
    return len(pairs) >= 3  # (王毅访问新西兰和澳大利亚: one side meeting two, no three together)


_PAIR_GOVERNED: Final = frozenset("对向给同与跟")


def _sides_in(mentions, start: int, end: int, governed: bool) -> set[str]:
    """The actors a stretch names; when a preposition governs the pair word (特朗普宣布对|两国…),
    the countries of its people and organs too: the one who acts on 两国 is not one of them (not
    so for a speaker's 两国, 特朗普表示两国将…, the speaker's own country and a partner)."""
    here = [m.actor for m in mentions if start <= m.start < end]
    keys = {a.key for a in here}
    return keys | {a.country for a in here if a.country} if governed else keys


_FIGHT_REACH: Final = 16


def _acts_close_after(text: str, end: int) -> list:
    """The triggers after a pair word at ``end`` in its clause, a few characters on at most
    (_FIGHT_REACH): the acts the pair word may be the sides of."""
    stop = min(
        (i for c in _CLAUSE_ENDS if (i := text.find(c, end, end + _FIGHT_REACH)) != -1),
        default=min(len(text), end + _FIGHT_REACH),
    )
    return find_triggers(text, end, stop)


def _fight_follows(text: str, end: int) -> bool:
    """双方|于12月7日再次交火: the first act after the pair word in its clause, a few characters
    on, is a fight its sides wage on each other (triggers.tsv flag mutual)."""
    found = _acts_close_after(text, end)
    first = found[0][1] if found else None
    return (
        first is not None
        and not isinstance(first, str)
        and first.event_type == "ASSAULT"
        and "mutual" in first.flags
    )


def _leaders_as_fighting_states(
    ctx: _Context, pair: tuple[Mention, Mention], start: int
) -> tuple[Mention, Mention]:
    """泰柬边境冲突…川普与阿努廷及洪马内通话…双方已同意停止交火: two leaders in focus whose
    countries the article reported fighting each other stand for those countries in a truce
    or fight between them; leaders of states that are not at war keep their own names (普京与
    埃尔多安通电话。双方同意在伊德利卜停火)."""
    if any(m.actor.type != "Person" for m in pair):
        return pair
    countries = _countries_of(ctx, pair)
    if countries is None:
        return pair
    keys = {m.actor.key for m in countries}
    fought = any(e.event_type == "ASSAULT" and _pair_keys(e) == keys for e in ctx.events)
    return countries if fought else pair


def _truce_or_fight_follows(text: str, end: int) -> bool:
    """双方已同意自当晚起|停止交火: an act in the pair word's clause, a few characters on, that is
    a fight its sides wage on each other or a truce (triggers.tsv flags mutual, pact): fights and
    truces are between states or armies, so a pair of leaders in focus may stand for their
    countries there (as the sides of a fight do, _fight_sides_as_parties)."""
    for _, trig in _acts_close_after(text, end):
        if isinstance(trig, str):
            continue
        if "pact" in trig.flags or (trig.event_type == "ASSAULT" and "mutual" in trig.flags):
            return True
    return False


def _last_fight_pair(ctx: _Context, start: int) -> tuple[Mention, Mention] | None:
    """The sides of the last fight the article reported within a few sentences, else None."""
    here = _sentence_index(ctx, start)
    for event in reversed(ctx.events):
        if here - event.sentence.index > _PAIR_SENTENCES:
            return None
        if event.event_type == "ASSAULT" and event.subject.actor.key != event.object.actor.key:
            return event.subject, event.object
    return None


def _same_pair(pair: tuple[Mention, Mention], other: tuple[Mention, Mention] | None) -> bool:
    """Whether two pairs are the same two sides (a leader for the state: 特朗普 and 美国)."""
    if other is None:
        return False
    a, b = pair
    return (same_side(a, other[0]) and same_side(b, other[1])) or (
        same_side(a, other[1]) and same_side(b, other[0])
    )


@lru_cache(maxsize=1)
def _views_exchanged_pattern() -> re.Pattern[str]:
    """(还)就…交换了意见 right after a pair word (words.tsv views_exchanged)."""
    views = "|".join(map(re.escape, words("views_exchanged")))
    return re.compile(rf"(?:还|也|又|並|并)?就[^。；;!?！？\n]{{1,60}}?(?:{views})")


def _views_exchanged_pair(ctx: _Context, end: int, start: int) -> tuple[Mention, Mention] | None:
    """双方还就…交换了意见, the closing line of a brief on a call or a meeting: the two sides
    are the sides of the last talks before (the call the brief opened with), not the pair of
    whatever was said or given in between (中国给予欧洲的帮助)."""
    if not _views_exchanged_pattern().match(ctx.article.text, end):
        return None
    here = _sentence_index(ctx, start)
    for event in reversed(ctx.events):
        if (
            event.sentence.index < here
            and event.event_type == "CONSULT"
            and event.predicate not in _NO_SIDES
            and event.object.via != "place"
            and not _body_meeting(ctx, event)
        ):
            return event.subject, event.object
    return None


def _body_meeting(ctx: _Context, event: Event) -> bool:
    """期待金砖外长会晤…。双方还就…交换了意见, 南非成功举办二十国集团领导人峰会…。双方还就…: talks
    with a multilateral body as a side (organizations kinds igo, regional) are a meeting of many
    the brief speaks of, never the call or meeting of two its closing line reports; so is a
    region (王毅到访非洲)."""
    return any(
        kind_of(ctx.gaz, m.actor) in _SUMMIT_BODIES or m.actor.type == "Region"
        for m in (event.subject, event.object)
    )  # (到访非洲: a region visited is no side either)


def _proposed_or_wished(head: str) -> bool:
    """建议|两国…, 希望|两国…: a pair right after a proposal or a wish (triggers.tsv flag wish)."""
    if head.endswith(words("proposal")):
        return True
    wishes = (trigger_for(head[-size:]) for size in range(2, min(len(head), 4) + 1))
    return any(trig is not None and "wish" in trig.flags for trig in wishes)


def _listed_pair(
    ctx: _Context, start: int, before: list[Mention], no_pair: bool
) -> tuple[Mention, Mention] | None:
    """两国 after an act of a body on two countries (欧盟加大对伊朗和叙利亚的压力。欧盟外长对两国
    …): the two countries the sentence before listed (or the countries of two people it
    listed), when the clause names neither of them and the pair in focus is no two countries
    or was named before that list."""
    previous = _sentences_before(ctx, ctx.starts[_sentence_index(ctx, start)], 1)
    if not previous or not (no_pair or previous[0].index > ctx.last_pair_at):
        return None
    found = _actors_again(ctx, previous[0]).mentions
    lists = [run for run in _country_lists(ctx.article.text, found) if len(run) == 2]
    if not lists:  # 特朗普接待齐塞克迪和卡加梅。…与这两国合作: the countries of the two people
        lists = _two_reached(ctx, previous[0])  # one act of the sentence before reached
    if not lists or {m.actor.key for m in before} & {m.actor.key for m in lists[-1]}:
        return None
    return lists[-1][0], lists[-1][1]


def _two_reached(ctx: _Context, sentence: Sentence) -> list[list[Mention]]:
    """The countries of the two sides one act of ``sentence`` reached (王毅会见了新西兰外长和
    澳大利亚外长, 特朗普接待齐塞克迪和卡加梅: people a look back may not find again), as a list."""
    reached: dict[tuple[str, int], list[Mention]] = {}
    for event in ctx.events:
        if event.sentence.index == sentence.index:
            reached.setdefault((event.subject.actor.key, event.trigger_start), []).append(
                event.object
            )
    for objects in reached.values():
        countries = _countries_of(ctx, (objects[0], objects[1])) if len(objects) == 2 else None
        if countries is not None:
            return [list(countries)]
    return []


_SPOKEN: Final = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN", "PROTEST"})


def _talks_pair(ctx: _Context, start: int) -> tuple[Mention, Mention] | None:
    """The sides of the last two-sided act (talks, a deal, cooperation) of the sentences before,
    when every later sentence with events has one of those sides speak (谴责, 敦促…) to someone
    else: 特朗普与普京通电话。特朗普谴责乌克兰袭击俄罗斯。双方同意… is Trump and Putin, not the
    pair of the attack he condemned."""
    here = _sentence_index(ctx, start)
    before = [e for e in ctx.events if e.sentence.index < here]
    at = next(
        (
            i
            for i in reversed(range(len(before)))
            if before[i].event_type in SYMMETRIC_TYPES and before[i].predicate not in _NO_SIDES
        ),
        -1,
    )
    if at < 0 or here - before[at].sentence.index > _PAIR_SENTENCES:
        return None
    talks, later = before[at], before[at + 1 :]
    if not later or talks.object.via == "place":
        return None
    sides = (talks.subject, talks.object)
    for index in {e.sentence.index for e in later}:
        if not any(
            e.sentence.index == index
            and e.event_type in _SPOKEN
            and any(same_side(e.subject, side) for side in sides)
            for e in later
        ):
            return None
    return sides


_NO_SIDES: Final = frozenset({"mediates"})  # 在中方斡旋下: the mediator is no side of the talks
_CLAUSE_LEADS = ("而", "则", "但", "但是", "并", "同时", "随后", "此后", "之后", "另外", "此外")


def _clause_subjects(ctx: _Context, before: list[Mention], start: int):
    """The last two sides that open clauses of the sentence before a pair word that opens its
    own clause (特朗普对乌克兰…感到愤怒,而普京则表示,将重新审视俄方…立场,双方同意…): the
    subjects of the sentence are the pair, not actors named inside what they say or blame."""
    text = ctx.article.text
    clauses = [c for c in _sentence_clauses(ctx, start) if c.end <= start]
    if len(clauses) < 2 or text[clauses[-1].end : start].strip(" ,，、也都均") != "":
        return None  # the word does not open its clause: 呼吁双方, 对两国
    sides: list[Mention] = []
    for clause in clauses:
        first = next((m for m in before if clause.start <= m.start < clause.end), None)
        if first is None or not can_be_subject(text, first):
            continue
        lead = text[clause.start : first.start].strip()
        if lead and not lead.startswith(_CLAUSE_LEADS):
            continue
        if sides and same_side(sides[-1], first):
            continue
        sides.append(first)
    return (sides[-2], sides[-1]) if len(sides) >= 2 else None


def _named_pair(ctx: _Context, start: int) -> tuple[Mention, Mention] | None:
    """Two sides joined by 与/和 as the subject of a sentence after the last event and at most
    a few sentences back (印度与巴基斯坦关系恶化。两国互相驱逐外交官): they are in focus although
    no act of theirs was reported."""
    here = _sentence_index(ctx, start)
    for sentence in reversed(_sentences_before(ctx, ctx.starts[here], _PAIR_SENTENCES)):
        if sentence.index <= ctx.last_pair_at:
            return None
        if not _may_join_or_teach(ctx.gaz, sentence.text, _gate_words_of(ctx, sentence)):
            continue  # (no pair to find, no leader to learn: the look back is not made)
        found = [m for m in _actors_again(ctx, sentence).mentions if m.via != "media"]
        joined = _joined_subjects(ctx.article.text, found) if found else None
        if joined is not None:
            return joined
    return None


_PAIR_LINKS: Final = ("与", "和", "同", "及")


def _may_join_or_teach(
    gaz: Gazetteer, text: str, words_found: Collection[str] | None = None
) -> bool:
    """Whether a look back at a sentence could give _joined_subjects a pair or teach a leader.

    A pair is two actors with one of _PAIR_LINKS between them, or the only two short forms
    of a compound (中乌), whose mentions stand side by side (a compound's short forms are
    the only mentions that share a group, and those of a run, 中美, are adjacent letters;
    the listed ones, 美、日, have 、 between and join no pair). A look back learns nothing but
    leaders, from roles, whose titles are words of the sentence (_may_list_or_teach). Why:
    a pair word looks back at up to three sentences before, and 505 of the 769 Terminus
    looks back it made were at sentences with none of these (each a find_actors call)."""
    if any(link in text for link in _PAIR_LINKS):
        return True
    shorts = _short_letters(gaz)
    if any(a in shorts and b in shorts for a, b in zip(text, text[1:], strict=False)):
        return True
    return _holds_title(gaz, text, words_found)


def _short_letters(gaz: Gazetteer) -> frozenset[str]:
    """The letters a compound's short forms may be (gaz.shorts, gaz.run_shorts)."""
    cached = getattr(gaz, "_short_letters", None)
    if cached is None:
        cached = frozenset(gaz.shorts) | frozenset(gaz.run_shorts)
        gaz._short_letters = cached  # type: ignore[attr-defined]
    return cached


def _joined_subjects(
    text: str, before: list[Mention], gaz: Gazetteer | None = None
) -> tuple[Mention, Mention] | None:
    """The last two sides joined by 与/和 as the subject of a clause before a pair word: they
    are the pair it names, not actors named later inside what they act on. With the
    gazetteer, a date before 与 and the title of the person after it may stand in the link
    (茂木敏充今天与菲律宾外交部长|拉萨洛举行会谈,反对中国…,并确认双方: 茂木 and 拉萨洛)."""
    sentence_start = after_last_mark(_FULL_STOP_BEFORE, text, before[-1].start) if before else 0
    for first, second in reversed(list(zip(before, before[1:], strict=False))):
        if first.start < sentence_start:
            break
        link = text[first.end : second.start]
        if gaz is not None and _titled_join(text, first, second, gaz):
            link = "与"
        if link in {"与", "和", "同", "及"} and _compound_of_two_opened(second, before):
            return _compound_opened_by(second, before)  # 川普与泰柬领袖通话,称双方: 泰柬
        if (
            (link in {"与", "和", "同", "及"} or _compound_of_two(first, second, before, link))
            and not same_side(first, second)
            and can_be_subject(text, first)
        ):
            return first, second
    return None


# a date that may stand between a side and the 与 that joins the other to it (茂木今天与…)
_DATE_BEFORE_JOIN: Final = re.compile(r"(?:今天|昨天|今日|昨日|当天|当日|\d{1,2}日)?[与和同]")


def _titled_join(text: str, first: Mention, second: Mention, gaz: Gazetteer) -> bool:
    """茂木敏充(今天)与|菲律宾外交部长|拉萨洛: two people joined by 与 across a date before it and
    the title (with its country or body) of the second: the link of two joined sides."""
    if first.actor.type != "Person" or second.actor.type != "Person":
        return False
    joined = _DATE_BEFORE_JOIN.match(text, first.end, second.start)
    if joined is None:
        return False
    title = title_ending_at(gaz, text, second.start, joined.end())
    if title is None:
        return joined.end() == second.start
    head = text[joined.end() : second.start - len(title.title)]
    return not head or head in gaz.surfaces


def _compound_of_two_opened(mention: Mention, mentions) -> bool:
    """Whether ``mention`` opens a compound of two short forms (泰|柬领袖)."""
    return mention.group == mention.start and sum(m.group == mention.group for m in mentions) == 2


def _compound_opened_by(mention: Mention, mentions) -> tuple[Mention, Mention]:
    """特朗普与泰柬领导人通话,称双方同意停火: a compound of two joined to a third side by 与
    is the pair a later pair word names (the third talks with both, as a mediator or host);
    the first joined to its first short form names no pair."""
    partner = next(m for m in mentions if m.group == mention.group and m is not mention)
    return mention, partner


def _compound_of_two(first: Mention, second: Mention, mentions, link: str) -> bool:
    """中乌是好朋友。两国…: a compound of two short forms names a pair as 中国和乌拉圭 does."""
    if link or first.group is None or first.group != second.group:
        return False
    return sum(m.group == first.group for m in mentions) == 2


def _countries_of(ctx: _Context, pair: tuple[Mention, Mention]) -> tuple[Mention, Mention] | None:
    """The two countries of a pair of actors, or none when one has no country or both share it."""
    first, second = (_as_country(ctx, m) for m in pair)
    if first is None or second is None or first.actor.key == second.actor.key:
        return None
    return first, second


_PAIR_SENTENCES: Final = 3


def _other_side(ctx: _Context, word: str, start: int, mentions) -> Mention | None:
    """对方: the side of the pair in focus that is not the one the clause is about (特朗普与普京
    通电话。特朗普说,他将很快与对方会面 → 普京)."""
    text = ctx.article.text
    clause_start = after_last_mark(_STOP_OR_SEMICOLON_BEFORE, text, start)
    named = [m for m in mentions if clause_start <= m.start < start]
    if _each_does_it(text, named, start):
        return None  # 印巴…都声称击落了对方的战机: each side to the other (actions pairs them)
    pair = _pair_in_focus(ctx, word, start, [m for m in mentions if m.end <= start])
    if pair is None:
        return _counterpart_in_sentence(ctx.article.text, start, mentions)
    here = {m.actor.key for m in named}
    sides = [m for m in pair if m.actor.key not in here]
    if not sides:
        partner = _partner_named_before(text, named, pair)
        return partner or _counterpart_in_sentence(text, start, mentions)
    return sides[0] if len(sides) == 1 else None


def _each_does_it(text: str, named: list[Mention], start: int) -> bool:
    """Whether the clause of 对方 opens with two sides joined as its subject (A和B, 印巴) and says
    each of them acts (都, 均, 相互…) before 对方: the act is mutual, 对方 no third side."""
    if len(named) != 2 or _joined_subjects(text, named) is None:
        return False
    stretch = text[named[1].end : start]
    each = words("each_side")  # (words.tsv: 都, 均, 相互, 互相, 彼此)
    return any(word in stretch for word in each) and not any(c in "，," for c in stretch)


def _counterpart_in_sentence(text: str, start: int, mentions) -> Mention | None:
    """中方决定对两家美国军工企业实施制裁,回应对方参与对台售武: with no pair in focus (or both
    of its sides named in the sentence, neither after a coverb), 对方 is the last side the
    sentence named before it that is not the side of its first actor (the one its opening
    actor dealt with), a state or a body; none when the sentence names one side only, or
    opens with a person."""
    sentence_start = after_last_mark(_FULL_STOP_BEFORE, text, start)
    named = [
        m for m in mentions if sentence_start <= m.start and m.end <= start and m.via != "place"
    ]  # (在北京,外交部表示…: where it is said is no side)
    if not named:
        return None
    if named[0].actor.type == "Person":
        return None  # 王攀…找到这名老师,声称如果对方…: between people it may be someone unnamed
    if _joined_subjects(text, named) is not None:
        return None  # 以色列和哈马斯都指责对方: each blames the other (a mutual act)
    others = [m for m in named[1:] if not same_side(m, named[0]) and m.actor.type != "Person"]
    return others[-1] if others else None


def _partner_named_before(text: str, named: list[Mention], pair) -> Mention | None:
    """苏丹武装部队宣布,暂停与快速支援部队的对话,理由是对方…: with both sides named earlier in
    its own sentence, 对方 is the partner the sentence's first actor dealt with (named after a
    coverb: 与, 同, 跟, 对, 向, after a verb), not that actor; a coverb right after an actor
    lists the two (向A和B提起诉讼, A与B会谈), and neither is the other's 对方."""
    sides = {m.actor.key for m in pair}
    if not named or named[0].actor.key not in sides:
        return None
    topic = named[0].actor.key
    ends = {m.end for m in named}
    partners = [
        m
        for m in named[1:]
        if m.actor.key != topic
        and m.actor.key in sides
        and text[m.start - 1 : m.start] in _PARTNER_COVERBS
        and m.start - 1 not in ends
    ]
    return partners[0] if partners else None


_PARTNER_COVERBS: Final = frozenset("与同跟对向")


def _appealer_among(pair, mentions, clause_start: int, start: int) -> bool:
    """Whether a side of ``pair`` is the side of an actor named in the sentence before the
    appeal's clause (who speaks the appeal): an appeal is not made to one's own side."""
    speakers = [m for m in mentions if m.end <= clause_start and m.via != "place"]
    return any(same_side(side, m) for side in pair for m in speakers)


def _addressed(text: str, clause_start: int, start: int, mentions) -> bool:
    """呼吁双方, 敦促冲突双方: a pair word that an act addresses (what stands between the act and
    the word names no actor)."""
    window = max(clause_start, start - 6)
    for match in trigger_pattern().finditer(text, window, start):
        if any(m.start <= match.start() < m.end for m in mentions):
            continue  # 快速支援部队双方: a word inside a name (支援) addresses no one
        if _signed_by_the_pair(match.group()):
            continue  # 也签署双方部队…协定: what the pair signs is theirs, it addresses no one
        if any(word in text[match.start() : start] for word in words("discuss")):
            continue  # A和B会晤时讨论了两国军事合作: what is talked about is the talkers' own
        between = text[match.end() : start]
        if len(between) <= 4 and not any(match.end() <= m.start < start for m in mentions):
            return not _speech_between(between)
    return False


def _signed_by_the_pair(word: str) -> bool:
    """签署, 达成: an agreement right before a pair word is the pair's own (签署双方部队能互相
    供应…的协定), never an act that addresses the two as 呼吁双方 does."""
    trigger = triggers().get(word)
    return trigger is not None and trigger.event_type == "AGREE"


def _speech_between(between: str) -> bool:
    """川普与泰柬领袖通话 称|双方同意…: a title's space or a statement verb (words.tsv speech)
    between an act and a pair word opens what is said; the act addresses no pair."""
    return " " in between or any(verb in between for verb in words("speech"))


def _states_of_a_mixed_pair(
    ctx: _Context, pair: tuple[Mention, Mention]
) -> tuple[Mention, Mention]:
    """乌梅洛夫说:「经过这些谈判,双方同意…」: a pair word whose pair is a person and a country
    other than his stands for two states, the person for the country he serves (annotators code
    the states: a minister and the state he talks to are no two sides of one rank). Not 两人,
    which names two people (words.tsv person_pair)."""
    first, second = pair
    if {first.actor.type, second.actor.type} != {"Country", "Person"}:
        return pair
    person, state = (first, second) if first.actor.type == "Person" else (second, first)
    own = _as_country(ctx, person)
    if own is None or own.actor.key == state.actor.key:
        return pair
    return (own, state) if person is first else (state, own)


# organizations.tsv kinds of a state's own organs, which act for the state
_STATE_ORGANS: Final = frozenset({"ministry", "military", "agency"})


def _state_of_an_organ_paired(
    ctx: _Context, pair: tuple[Mention, Mention]
) -> tuple[Mention, Mention]:
    """印度外交部…驱逐…,巴基斯坦…对等回应,双方互相指控; 双方官员讨论了…美国军事存在 (塔利班
    and 美军): a pair word whose pair is an organ of one state (a ministry, an army, an agency)
    and a state or armed group of another stands for the two sides, the organ for its state
    (annotators code the states: an organ and a foreign state are no two sides of one rank).
    Not two organs, nor an organ and its own state, nor an organ and a person."""
    for index, organ in enumerate(pair):
        other = pair[1 - index]
        if organ.actor.type != "Organization" or kind_of(ctx.gaz, organ.actor) not in _STATE_ORGANS:
            continue
        if other.actor.type not in {"Country", "Group"}:
            continue
        home = organ.actor.country or ""
        if not home or home in {other.actor.key, other.actor.country}:
            continue
        state = _as_country(ctx, organ)
        if state is None:
            continue
        return (state, other) if index == 0 else (other, state)
    return pair


def _as_country(ctx: _Context, mention: Mention) -> Mention | None:
    """A country mention as it is; a person or an organ as the country they belong to."""
    if mention.actor.type in {"Country", "Region"}:
        return mention
    if _international_official(ctx.gaz, mention.actor):
        return None  # 古特雷斯…两国: the UN's head stands for no country of his own
    if mention.actor.type == "Group":
        return None  # 美军与胡塞武装…。两国之间的冲突: an armed group is no state, nor its country
    country = ctx.gaz.actors.get(mention.actor.country or "")
    if country is None:
        return None
    return make_mention(country, mention.text, mention.start, mention.end, mention.via)


def _international_official(gaz: Gazetteer, actor: Actor) -> bool:
    """A person whose post is in an international body (秘书长 of the UN, head of NATO or of
    the EU Commission): his nationality is not the side he acts for."""
    org = gaz.person_posts.get(actor.key, ("", ""))[0]
    return gaz.org_kind.get(org) in {"igo", "regional"}


_ARMED: Final = {"ASSAULT", "COERCE", "MOBILIZE"}
_CONFLICT: Final = {"ASSAULT", "ACCUSE", "THREATEN", "COERCE", "SANCTION", "PROTEST", "REJECT"}


def _quote_at(ctx: _Context, pos: int) -> tuple[int, int] | None:
    """The quotation around ``pos`` (quotations do not overlap: the last that opens before
    it, if it closes after it)."""
    index = _quotes_opened_before(ctx.quotes, pos) - 1
    if index >= 0 and pos < ctx.quotes[index][1]:
        return ctx.quotes[index]
    return None


def _quotes_over(ctx: _Context, sentence: Sentence) -> list[tuple[int, int]]:
    """The quotations that hold a part of the sentence (they do not overlap: each ends before
    the next opens, so the last that opens before the sentence ends is looked at first)."""
    index = _quotes_opened_before(ctx.quotes, sentence.end) - 1
    found = []
    while index >= 0 and ctx.quotes[index][1] > sentence.start:
        found.append(ctx.quotes[index])
        index -= 1
    return found


def _may_name_speaker(ctx: _Context, quote: tuple[int, int]) -> bool:
    """Whether asking who says a quotation (_speaker) may find someone, or teach a leader.

    Why: a sentence with one side inside a quotation read the action stage for the speaker
    as the other side, and most quotations of a commentary are terms (所谓“民主峰会”) that
    nobody says. _speaker finds a speaker only where a statement verb ends the words before
    the quotation or stands in the words after it; its look backs at those words learn
    nothing but leaders, and a leader only from a role, whose title is written in or beside
    them. A quotation with none of these is said by nobody, whenever it is asked."""
    if quote[0] in ctx.speakers:
        return ctx.speakers[quote[0]] is not None
    text = ctx.article.text
    start, stop = _lead_in_start(text, quote), _tail_end(text, quote)
    verbs = speech_verbs()
    if text[start : quote[0]].rstrip(":：, ").endswith(verbs):
        return True
    if _colon_lead(text, start, quote[0]) is not None:
        return True  # 南韩总统尹锡悦:「…」: a name at a colon may say it
    if _speech_words().search(text, quote[1], stop) is not None:
        return True  # (one search: a test of each verb sliced the words after anew)
    titles, reach = title_pattern(ctx.gaz), max(ctx.gaz.title_lengths, default=0)
    back = reach + _ROLE_REACH
    return (
        titles.search(text, max(0, start - back), quote[0] + reach) is not None
        or titles.search(text, max(0, quote[1] - back), stop + reach) is not None
    )


# How far before a person's name a title of its role may end (find_actors: a descriptor
# after 、 may stand between them, 30 characters at most, or a bracket closing a gloss)
_ROLE_REACH: Final = 32


def _colon_lead(text: str, start: int, opening: int) -> int | None:
    """南韩总统尹锡悦:「…」, 中国国务院总理李强:“…”: a transcript's lead-in, a name then a colon
    right before the quotation (no statement verb), the way television news give who speaks;
    where the colon stands, else None. Only a colon that opens its clause's words does: one
    after a clause of words (…表示强烈不满:) is read as before."""
    colon = len(text[start:opening].rstrip(" ")) + start - 1
    if colon < start or text[colon] not in ":：":
        return None
    cut = max(text.rfind(c, start, colon) for c in _LEAD_STOPS)
    lead = text[max(start, cut + 1) : colon]
    if not 2 <= len(lead) <= _COLON_LEAD_REACH or not all(map(is_cjk, lead[-2:])):
        return None
    return colon


_LEAD_STOPS: Final = ',，;；:：“”「」"'  # what ends the words before a transcript's colon


_COLON_LEAD_REACH: Final = 12  # a title and a name before the colon (中国国务院总理李强)


def _lead_in_start(text: str, quote: tuple[int, int]) -> int:
    """Where the words before a quotation that may name its speaker start: a few characters
    back, after the last end of a sentence there."""
    before_start = max(0, quote[0] - 60)
    cut = max(text.rfind(c, before_start, quote[0] - 1) for c in "。!?！？\n")
    return cut + 1 if cut >= 0 else before_start


def _tail_end(text: str, quote: tuple[int, int]) -> int:
    """Where the words after a quotation that may name its speaker end: a few characters on,
    or at the first end of a sentence there."""
    after_end = min(len(text), quote[1] + 60)
    return min(
        [i for i in (text.find(c, quote[1], after_end) for c in "。!?！？\n") if i >= 0]
        or [after_end]
    )


def _speaker(ctx: _Context, quote: tuple[int, int]) -> Mention | None:
    """Who says a quotation: 特朗普对记者说:“…” or “…”特朗普…说道."""
    if quote[0] in ctx.speakers:
        return ctx.speakers[quote[0]]
    if not _may_name_speaker(ctx, quote):  # (no look back at its words: it would find no one)
        ctx.speakers[quote[0]] = None
        return None
    text = ctx.article.text
    speaker = None
    window_start = _lead_in_start(text, quote)
    memory = ctx.memory
    lead_in = text[window_start : quote[0]].rstrip(":：, ")
    said_before = lead_in.endswith(speech_verbs())
    colon = None if said_before else _colon_lead(text, window_start, quote[0])
    before = []
    if said_before or colon is not None or _may_teach_leader(ctx, window_start, quote[0]):
        before = find_actors(
            text,
            window_start,
            quote[0],
            ctx.gaz,
            memory.leaders,
            memory.short_names,
            None,
            memory.posts,
        ).mentions
    if before and said_before:
        # 小泉在美国总统布什宣战后表示:“…”: the speaker is the subject of the clause
        clause_start = max(lead_in.rfind(c) for c in ",，;；") + 1 + window_start
        in_clause = [m for m in before if m.start >= clause_start and can_be_subject(text, m)]
        speaker = in_clause[0] if in_clause else before[-1]
    elif before and colon is not None and before[-1].end == colon:
        speaker = before[-1]  # 南韩总统尹锡悦:「衷心欢迎…」: the name the colon follows
    else:
        stop = _tail_end(text, quote)
        tail = text[quote[1] : stop]
        said = min((at for v in speech_verbs() if (at := tail.find(v)) != -1), default=-1)
        after = []
        if said != -1 or _may_teach_leader(ctx, quote[1], stop):
            after = find_actors(text, quote[1], stop, ctx.gaz, ctx.memory.leaders).mentions
        # “…”他说:“一个拉美小国…”: who speaks is named before the verb, not in the next quote
        after = [m for m in after if m.end <= quote[1] + said]
        if after and said != -1:
            speaker = after[0]
    ctx.speakers[quote[0]] = speaker
    return speaker


def _may_teach_leader(ctx: _Context, start: int, end: int) -> bool:
    """Whether a look back at ``text[start:end]`` may learn a leader: only from a role, whose
    title is written in or beside the words (as _may_name_speaker tells). Why: _speaker reads
    the words before a quotation and those after it, and uses what it finds there only where
    a statement verb ends the first or stands in the second; in 750 of its 940 looks back on
    Terminus neither held, and the look back (a find_actors call) was made for nothing."""
    titles, reach = title_pattern(ctx.gaz), max(ctx.gaz.title_lengths, default=0)
    back = reach + _ROLE_REACH
    text = ctx.article.text
    return titles.search(text, max(0, start - back), end + reach) is not None


_FOCUS_SENTENCES: Final = 8  # how far back a response looks for the other side of its subject
_LAST_ACTOR_SENTENCES: Final = 2  # how far back it takes the actor of the last event instead


def _counterpart(ctx: _Context, subject: Mention, sentence: Sentence, trig=None) -> Mention | None:
    """What earlier sentences tell about whom a response answers, in this order: the target of
    the same act by another side (中国谴责美国。多国也表示谴责 → 美国); for armed acts, the
    target of the war in focus (派兵参战 → whom the last attack hit); the other side of the last
    event this subject's side took part in; else the actor of the last event, if recent
    (美国宣布加征关税。中方对此坚决反对 → 美国). A country answers a country: an official found
    as the other side stands for the state they serve."""
    recent = [e for e in ctx.events if e.sentence.index >= sentence.index - _FOCUS_SENTENCES]
    found = _counterpart_in(ctx, subject, sentence, trig, recent)
    if found is not None:
        found = _country_of_listed(ctx, found, recent)
    if found is not None and subject.actor.type in {"Country", "Region"}:
        country = ctx.gaz.actors.get(found.actor.country or "")
        if country is not None and same_side(found, make_mention(country, "", 0, 0)):
            return make_mention(country, country.label, found.start, found.end, found.via)
    return found


def _own_act_called_off(ctx: _Context, subject: Mention, sentence: Sentence) -> bool:
    """山口那津男将延期访华。…山口那津男对此感到遗憾: the last event of the subject's side in
    focus is its own act, negated; a regret of 此 is about that, and blames no other side
    (when another side called it off, 中方推迟峰会。欧盟对此表示遗憾, that side is the actor)."""
    recent = [e for e in ctx.events if e.sentence.index >= sentence.index - _FOCUS_SENTENCES]
    for event in reversed(recent):
        if same_side(subject, event.subject):
            return event.status == "negated"
        if same_side(subject, event.object):
            return False
    return False


def _country_of_listed(ctx: _Context, found: Mention, recent: list[Event]) -> Mention:
    """受制裁的公司包括诺斯洛普、L3哈里斯、波音…。林剑表示,任何参与…的企业都要付出代价: a
    response to the last of several companies one act named together answers them all, and
    stands for the country they share, not for the one listed last."""
    if ctx.gaz.org_kind.get(found.actor.key) != "company" or not found.actor.country:
        return found
    last = next((e for e in reversed(recent) if e.object.actor.key == found.actor.key), None)
    if last is None:
        return found
    listed = {
        e.object.actor.key: e.object.actor
        for e in recent
        if e.sentence.index == last.sentence.index
        and e.event_type == last.event_type
        and e.subject.actor.key == last.subject.actor.key
    }
    home = found.actor.country
    if len(listed) < 2 or any(
        a.country not in {None, home} or a.type == "Country" for a in listed.values()
    ):
        return found  # (a company no gazetteer knows, 诺斯洛普公司, has no country: no other one)
    country = ctx.gaz.actors.get(found.actor.country)
    if country is None:
        return found
    return make_mention(country, country.label, found.start, found.end, "coref")  # (not 波音…公司)


# blames of a side (谴责, 批评, 指责), not an objection to what another side proposed (提出异议)
_BLAMES: Final = frozenset({"condemns", "criticises", "accuses"})


def _counterpart_in(ctx, subject, sentence, trig, recent) -> Mention | None:
    if trig is not None:
        blames = trig.predicate.name in _BLAMES  # a blame after the nearest blame of another side
        for event in reversed(recent):
            same = event.predicate == trig.predicate.name
            if blames and (same_side(subject, event.subject) or same_side(subject, event.object)):
                blames = False  # (美国指责中国。中方对此表示不满: the side that took part answers)
            if _smear_act(event):
                continue  # 美方抹黑香港。…对此强烈不满: the smear is what is answered, not joined
            if (same or (blames and event.predicate in _BLAMES)) and not same_side(
                subject, event.subject
            ):
                if not same_side(subject, event.object):
                    return event.object
        if trig.event_type in {"MOBILIZE", "ASSAULT"}:
            for event in reversed(recent):
                if event.event_type == "ASSAULT" and not same_side(subject, event.object):
                    return event.object
    fallback = None
    for event in reversed(recent):
        pair = (event.subject, event.object)
        if any(same_side(subject, m) for m in pair):
            others = [m for m in pair if not same_side(subject, m)]
            if others:
                return others[0]
        elif (
            fallback is None
            and event.subject.via != "media"
            and event.sentence.index >= sentence.index - _LAST_ACTOR_SENTENCES
        ):
            fallback = event.subject
    return fallback


def _smear_act(event: Event) -> bool:
    """美方报告抹黑香港 → 美国 ACCUSE 香港: a smear (words.tsv smear) its smearer commits, not a
    speaker's judgement of it (frame speaker): a later blame answers the smearer, it does not
    join the smear against its target."""
    return event.extra.get("frame") != "speaker" and holds_any(event.trigger, words("smear"))


def _joint_partners(ctx: _Context, side: Mention, sentence: Sentence) -> list[Mention]:
    """The other side of a joint act a compound named (美韩联合军演 → 韩 for 美), when it is the
    last act of ``side`` in the sentences just before: a response to it answers both."""
    for event in reversed(ctx.events):
        if event.sentence.index < sentence.index - _LAST_ACTOR_SENTENCES:
            break
        if event.subject.actor.key != side.actor.key:
            continue
        joint = event.subject.group is not None and event.subject.group == event.object.group
        return [event.object] if joint and event.event_type in SYMMETRIC_TYPES else []
    return []


def _doer_before(ctx: _Context, subject: Mention, sentence: Sentence) -> Mention | None:
    """The actor who does what the sentence before reports, when that act is no event with a
    target (朝鲜29日发射了一枚导弹。安理会对此表示谴责 → 朝鲜): the first actor that can be a
    subject there, not of the responder's side."""
    if sentence.index == 0:
        return None
    before = ctx.sentences[sentence.index - 1]
    text = ctx.article.text
    found = find_actors(text, before.start, before.end, ctx.gaz, ctx.memory.leaders)
    aside = None
    for mention in found.mentions:
        if mention.via in {"media", "place"} or same_side(subject, mention):
            continue
        if can_be_subject(text, mention):
            if aside is None and _aside_of_main_clause(text, mention.end, before.end):
                aside = mention  # 内塔尼亚胡表示,|以安全内阁批准停火: who did it, not who told;
                continue  # 政府军推进后,|总统宣布达成协议: the main clause's doer
            return mention
    return aside


_ASIDE_REACH: Final = 30  # how far after an actor the comma that closes its clause is looked for


def _aside_of_main_clause(text: str, end: int, stop: int) -> bool:
    """Whether the clause of the actor ending at ``end`` is not the sentence's main act: a
    speaker's (…26日表示,|) or a time clause's (…对北部推进后,|), closed by a comma."""
    lead = text[end : min(stop, end + _ASIDE_REACH)]
    cut = min((i for i in (lead.find(c) for c in ",，:：") if i >= 0), default=-1)
    if cut < 0:
        return False
    head = lead[:cut]
    if any(c in head for c in "。；;"):
        return False
    return (cut <= 10 and head.endswith(speech_verbs())) or head.endswith(("后", "之后", "时"))


_SAID_SENTENCES = 2  # how far back the author of a statement referred back to is looked for
_SAID_ACTS = frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST", "PROTEST"})


def _said_author(ctx: _Context, judge: Mention, sentence: Sentence) -> Mention | None:
    """Who made the statement a judge refers back to (这种说法, 此谈话, 上述言论): the speaker of
    the sentence before (欧洲官员说,…。克里姆林宫称这种说法荒唐可笑), or of the one before it when
    the judge's own side spoke in between (庹尧诲称,…。商务部发言人对此回应称,…。上述言论与事实
    严重不符); a sentence with no speaker: the actor of its verbal act (努光铁…强烈谴责。韩国国防部
    也对此谈话表达强烈谴责), not whom that statement was about."""
    for back in range(sentence.index - 1, max(sentence.index - 1 - _SAID_SENTENCES, -1), -1):
        speaker = ctx.said_by.get(back)
        if speaker is None:
            return _verbal_actor_in(ctx, judge, back)
        if not same_side(judge, speaker):
            return speaker if speaker.via != "media" else None
    return None


def _verbal_actor_in(ctx: _Context, judge: Mention, index: int) -> Mention | None:
    """The actor of the last verbal act (_SAID_ACTS) of sentence ``index``, when not of the
    judge's side."""
    for event in reversed(ctx.events):
        if event.sentence.index < index:
            break
        if event.sentence.index == index and event.event_type in _SAID_ACTS:
            return None if same_side(judge, event.subject) else event.subject
    return None


def _last_agent(ctx: _Context, event_type: str, sentence: Sentence) -> Mention | None:
    """Who did the last act of a kind (kinds separated by |), in the few sentences before
    (这一否决 → who vetoed)."""
    wanted = event_type.split("|")
    for event in reversed(ctx.events):
        if event.sentence.index < sentence.index - _FOCUS_SENTENCES:
            break
        if event.event_type in wanted:
            if any(  # 俄罗斯、叙利亚和朝鲜投票反对: an act of several has no one agent
                other.sentence.index == event.sentence.index
                and other.event_type == event.event_type
                and other.object.actor.key == event.object.actor.key
                and other.subject.actor.key != event.subject.actor.key
                for other in ctx.events
            ):
                return None
            return event.subject
    return None


def _last_agents(ctx: _Context, event_type: str, sentence: Sentence) -> list[Mention]:
    """Every side that did the last act of a kind (kinds separated by |) in the few sentences
    before: 美国和英国…发动空袭。萨雷亚指责这是“野蛮的侵略” judges both."""
    wanted = event_type.split("|")
    for event in reversed(ctx.events):
        if event.sentence.index < sentence.index - _FOCUS_SENTENCES:
            break
        if event.event_type in wanted:
            agents: dict[str, Mention] = {}
            for other in ctx.events:
                if (
                    other.sentence.index == event.sentence.index
                    and other.event_type == event.event_type
                    and other.object.actor.key == event.object.actor.key
                ):
                    agents.setdefault(other.subject.actor.key, other.subject)
            return list(agents.values())
    return []


def _last_act(
    ctx: _Context,
    event_type: str,
    sentence: Sentence,
    reach: int = _FOCUS_SENTENCES,
    passing: str = "",
) -> tuple[Mention, Mention] | None:
    """The two sides of the last act of a kind in the few sentences before (日本扣押了中国渔船 →
    日本, 中国: who is released and by whom; 此后的磋商中: whose talks), passing over the acts
    of predicate ``passing`` (a mediation: its mediator is no side of the talks)."""
    for event in reversed(ctx.events):
        if event.sentence.index < sentence.index - reach:
            break
        if event.event_type == event_type and event.predicate != passing:
            return event.subject, event.object
    return None


def _mediated_sides(
    ctx: _Context, sentence: Sentence, states: bool, mediators: Collection[str] = ()
):
    """The sides of the last agreement (else talks, else fight) in focus, which a mediator
    brought together; for a state mediator, the states of two leaders (美国斡旋 → 刚果, 卢旺达).
    A fight with no talks in focus is what it mediates (巴基斯坦对阿富汗展开公开战争。中方…
    一直通过自身渠道斡旋调解: with both sides). An agreement one of the ``mediators`` is party
    to (their joint statement, 埃及、卡塔尔和美国发表联合声明) is none they brought about: it is
    passed over for the sides' own deal before it."""
    pair = (
        _last_agreement_of_others(ctx, sentence, mediators)
        or _last_act(ctx, "CONSULT", sentence, passing="mediates")  # 川普斡旋破局,马来西亚出面调解
        or _last_act(ctx, "ASSAULT", sentence)
    )
    if pair is not None:
        pair = (_organ_as_state(ctx, pair[0]), _organ_as_state(ctx, pair[1]))
    if pair is None or not states or all(m.actor.type != "Person" for m in pair):
        return pair
    led = {m.actor.key: country for country, m in ctx.memory.leaders.items()}
    states_of = []
    for m in pair:  # the state is implied, not named: it is mentioned by its own name
        state = ctx.gaz.actors.get(led.get(m.actor.key) or m.actor.country or "")
        if m.actor.type != "Person":
            state = m.actor
        if state is None:
            return pair
        states_of.append(make_mention(state, state.label, m.start, m.end, m.via))
    if states_of[0].actor.key == states_of[1].actor.key:
        return pair
    return states_of[0], states_of[1]


def _last_agreement_of_others(
    ctx: _Context, sentence: Sentence, mediators: Collection[str]
) -> tuple[Mention, Mention] | None:
    """The sides of the last agreement in focus that none of ``mediators`` (actor keys), its
    organs or officials is party to."""
    for event in reversed(ctx.events):
        if event.sentence.index < sentence.index - _FOCUS_SENTENCES:
            break
        if event.event_type != "AGREE":
            continue
        sides = (event.subject.actor, event.object.actor)
        if any(a.key in mediators or a.country in mediators for a in sides):
            continue
        return event.subject, event.object
    return None


def _organ_as_state(ctx: _Context, mention: Mention) -> Mention:
    """A side a mediator deals with is a party, not the office that spoke for it (以色列总理
    办公室 → 以色列): a state's organ stands for its state."""
    if kind_of(ctx.gaz, mention.actor) not in _ORGAN_KINDS:
        return mention
    state = ctx.gaz.actors.get(mention.actor.country or "")
    if state is None:
        return mention
    return make_mention(state, state.label, mention.start, mention.end, mention.via)


_ORGAN_KINDS: Final = {"ministry", "agency", "executive", "embassy", "consulate", "mission"}


def _body_at(ctx: _Context, pos: int) -> Mention | None:
    """The international body the article named last (安理会), as the target of a proposal."""
    body = ctx.memory.body
    return None if body is None else make_mention(body, body.label, pos, pos, "coref")


def _last_askers(ctx: _Context, sentence: Sentence) -> list[tuple[Mention, Mention]]:
    """Who asked in the last request to a body in focus, each with the body asked."""
    found: list[tuple[Mention, Mention]] = []
    for event in reversed(ctx.events):
        if event.sentence.index < sentence.index - _FOCUS_SENTENCES:
            break
        if event.event_type != "REQUEST" or event.object.actor.type == "Person":
            if found:
                break
            continue
        if found and event.object.actor.key != found[0][1].actor.key:
            break
        found.append((event.subject, event.object))
    return found


def _speaker_at(ctx: _Context, pos: int) -> Mention | None:
    """Who says the words at ``pos``: the speaker of the quotation around it, else the speaker
    whose statement the paragraph continues (X表示,…。美方还…), or who gives the answer of a
    question-and-answer text (答:中方注意到…) to its end.

    Kept by quotation and sentence while the statement in force is the same: the answer
    depends on ``pos`` only through these (what it looks up on the way, _speaker and
    _unread_speaker, keeps its own first answers), and a sentence of first persons (我…我们…
    我) asked it for each of them: 2,019 calls on /work/notes/sub, 1,216 different."""
    quote = _quote_at(ctx, pos)
    here = _sentence_at(ctx, pos)
    key = (quote, None if here is None else here.index)
    kept = ctx.speakers_at.get(key)
    if kept is not None and kept[0] is ctx.statement:
        return kept[1]
    speaker = _speaker_at_uncached(ctx, quote, here)
    ctx.speakers_at[key] = (ctx.statement, speaker)
    return speaker


def _speaker_at_uncached(
    ctx: _Context, quote: tuple[int, int] | None, here: Sentence | None
) -> Mention | None:
    """_speaker_at of a position in ``quote`` (or None) and sentence ``here`` (or None)."""
    if quote:
        speaker = _speaker(ctx, quote)
        if speaker is not None:
            return speaker  # else a quotation on its own goes on with the paragraph's speaker
    unread = _unread_speaker(ctx, here) if here is not None else None
    if unread is not None:
        return unread
    if ctx.statement is None:
        return None
    speaker, paragraph, answer = ctx.statement
    if answer or (here is not None and here.paragraph == paragraph):
        return speaker
    if here is None:
        return None
    if _document_goes_on(ctx.article.text, here.start):
        return speaker  # 俄外交部发布公告说,…。(new paragraph) 公告还说,美国…: its issuer
    opening = _paragraph_opening(ctx, here)
    if opening != here.start and _document_goes_on(ctx.article.text, opening):
        return speaker  # (new paragraph) 声明说:“…立场。我们敦促…”: the whole paragraph is its
    if _speech_goes_on(ctx, speaker, here, opening):
        return speaker  # 习近平指出,…。(new paragraph) …。希望美方…: his statement goes on
    return None


@lru_cache(maxsize=1)
def _own_appeal() -> re.Pattern[str]:
    """A speech act before a pause (外交部呼吁,…: words.tsv appeal_pause): its sentence has a
    speaker of its own, named or not."""
    return re.compile(f"(?:{words_pattern(words('appeal_pause')).pattern})[,，:：]")


def _speech_goes_on(ctx: _Context, speaker: Mention, here: Sentence, opening: int) -> bool:
    """习近平指出,…。(new paragraph) 尽管…没有变。希望美方同中方相向而行: a paragraph that opens
    with its speaker (X指出,…) goes on in the next paragraph, which names no speech of its own."""
    said = _sentence_at(ctx, speaker.start)
    if said is None or here.paragraph != said.paragraph + 1:
        return False
    if said.index > 0 and ctx.sentences[said.index - 1].paragraph == said.paragraph:
        return False  # the statement was made within a paragraph: a report of it
    text = ctx.article.text
    if _speech_words().search(text, opening, here.end):
        return False  # 发言人在答记者问时表示,…: a statement of its own
    if _own_appeal().search(text, opening, here.end):
        return False  # 外交部呼吁,北京当局应…: an appeal of its own
    if _NEW_REPORT_LEAD.match(text, opening):
        return False  # 新华社华盛顿5日电 …, 【环球网报道】…, 另据报道,…: another report opens
    first = _bisect_left(ctx.starts, opening)  # the paragraph's first sentence
    for sentence in ctx.sentences[first : here.index + 1]:
        if any(m.actor.type == "Person" for m in _actors_again(ctx, sentence).mentions):
            return False  # 古巴外长罗德里格斯对黑莉的发言进行反驳: a person acts, no speech goes on
    return True


# a paragraph that opens another report (a wire's dateline, an outlet's tag, 据…报道): no
# statement of the paragraph before goes on in it
_NEW_REPORT_LEAD: Final = re.compile(
    r"\s*(?:[^，,。；;：:\s]{0,24}?日[电讯](?!话)|[【\[][^】\]]{1,20}[】\]]|另?据[^，,。；;]{0,20}?(?:报道|报导|消息))"
)


def _paragraph_opening(ctx: _Context, here: Sentence) -> int:
    """Where the paragraph of ``here`` starts: a paragraph that opens with the document a
    statement was made in (声明说:“…。…”) goes on with that statement to its end."""
    start, before = here.start, here.index - 1
    while before >= 0 and ctx.sentences[before].paragraph == here.paragraph:
        start, before = ctx.sentences[before].start, before - 1
    return start


# How many sentences back a statement that was not read may still speak (林剑对此表示,…。…。我们…)
_UNREAD_REACH: Final = 2


def _unread_speaker(ctx: _Context, here: Sentence) -> Mention | None:
    """林剑对此表示,中方已就当前局势阐明立场。我们呼吁印巴双方…: a statement whose sentence holds
    no trigger and no title is not read, so its speaker never became the paragraph's, and
    the first person or the judgement of the next sentence had nobody (or an older speaker).
    The speaker of such a sentence, in the same paragraph after the last statement read, is
    looked for only when a speaker is asked for (a look back: find_actors learns nothing)."""
    after = ctx.statement[0].end if ctx.statement is not None else -1
    key = (here.index, after)
    if key not in ctx.unread:  # (asked for each judgement and first person: kept)
        ctx.unread[key] = _unread_speaker_before(ctx, here, after)
    return ctx.unread[key]


#: :func:`_speech_words` once made (see lexicon.made_once).
_SPEECH_WORDS_MADE: Final[list[re.Pattern[str]]] = []


def _speech_words() -> re.Pattern[str]:
    """The statement verbs (lexicon speech_verbs), one search for a sentence that holds any."""
    return (
        _SPEECH_WORDS_MADE[0]
        if _SPEECH_WORDS_MADE
        else made_once(_SPEECH_WORDS_MADE, _read_speech_words())
    )


def _read_speech_words() -> re.Pattern[str]:
    return words_pattern(speech_verbs())


def _unread_speaker_before(ctx: _Context, here: Sentence, after: int) -> Mention | None:
    verbs = _speech_words()
    for sentence in reversed(ctx.sentences[max(0, here.index - _UNREAD_REACH) : here.index]):
        if sentence.paragraph != here.paragraph or sentence.start < after:
            return None  # another paragraph, or the statement read last is as recent
        if sentence.index in ctx.read or not verbs.search(sentence.text):
            continue  # read (a speaker there is the statement's), or no statement verb
        found = _actors_again(ctx, sentence)
        if not found.mentions:
            continue
        clauses = _clauses_of(ctx, sentence)
        speaker = speaker_in_sentence(
            ctx.article.text, clauses, len(clauses) - 1, sentence.end, found.mentions
        )
        if speaker is not None:
            return speaker
    return None


def _speaker_of_paragraph_before(ctx: _Context, pos: int) -> Mention | None:
    """汪文斌表示,…。(new paragraph) 中美之间出现目前的局面…。我们再次敦促美方…: a first person in
    a paragraph that names no speaker is the one who spoke through the paragraph before."""
    if ctx.statement is None:
        return None
    speaker, paragraph, _ = ctx.statement
    here = _sentence_at(ctx, pos)
    if here is None or here.paragraph != paragraph + 1:
        return None
    quote = _quote_at(ctx, pos)
    if quote is None:
        return speaker
    opening = _sentence_at(ctx, quote[0])
    if opening is None or opening.paragraph != here.paragraph:
        return None
    if ctx.article.text[opening.start : quote[0]].strip(" “「\"'"):
        return None  # 学生会回复:“…我们…”: a quotation opened within a sentence is another's
    return speaker


# white space, then 该声明, 这份公告, 这名发言人
_DOCUMENT_LEAD: Final = re.compile(r"\s*(?:该|这份|此份|这一|这名|这位)?")


#: :func:`_statement_openers` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_STATEMENT_OPENERS_MADE: Final[list[tuple[str, ...]]] = []


def _statement_openers() -> tuple[str, ...]:
    """:func:`_make_statement_openers`, made once."""
    return (
        _STATEMENT_OPENERS_MADE[0]
        if _STATEMENT_OPENERS_MADE
        else made_once(_STATEMENT_OPENERS_MADE, _make_statement_openers())
    )


def _make_statement_openers() -> tuple[str, ...]:
    """The documents and bare voices a statement goes on in (words.tsv statement_document,
    statement_voice), joined once rather than at every sentence asked about."""
    return words("statement_document") + words("statement_voice")


def _document_goes_on(text: str, start: int) -> bool:
    """公告还说, 声明指出, 该声明称: a sentence that opens with the document a statement was
    made in goes on with that statement, in a paragraph of its own too; so does one that opens
    with a bare spokesman (发言人表示: words.tsv statement_voice), the one who spoke before
    (yn-11: 商务部新闻发言人3日回应说…。(new paragraph) 发言人表示,…。日方相关出口管制措施,将
    严重干扰…)."""
    at = _DOCUMENT_LEAD.match(text, start).end()  # type: ignore[union-attr]
    openers = _statement_openers()
    if not text.startswith(openers, at):
        return False  # (one call for the tuple: most sentences asked open with none)
    document = next(d for d in openers if text.startswith(d, at))
    at += len(document)
    if text[at : at + 1] in {"还", "也", "并", "中"}:
        at += 1
    return opens_with(text, at, "speech")


_QUESTION: Final = re.compile(r"\s*(?:有记者)?提?问\s*[:：]")  # 问: / 有记者问: / 有记者提问:


@lru_cache(maxsize=1)
def _answer_opening() -> re.Pattern[str]:
    """答: / 发言人答: (words.tsv statement_voice before 答): a transcript's answer opens."""
    voices = "|".join(re.escape(w) for w in words("statement_voice"))
    return re.compile(rf"\s*(?:{voices})?答\s*[:：]")


#: :func:`_asked_or_answered` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_ASKED_OR_ANSWERED_MADE: Final[list[re.Pattern[str]]] = []


def _asked_or_answered() -> re.Pattern[str]:
    """:func:`_make_asked_or_answered`, made once."""
    return (
        _ASKED_OR_ANSWERED_MADE[0]
        if _ASKED_OR_ANSWERED_MADE
        else made_once(_ASKED_OR_ANSWERED_MADE, _make_asked_or_answered())
    )


def _make_asked_or_answered() -> re.Pattern[str]:
    """问: or 答: (either, in one match): _QUESTION or _answer_opening."""
    return re.compile(f"(?:{_QUESTION.pattern})|(?:{_answer_opening().pattern})")


# How far into a line the colon after a transcript's speaker may come (郭嘉昆:, 外交部发言人毛宁:)
_TRANSCRIPT_NAME_REACH: Final = 12


def _answer_marks(ctx: _Context, sentence: Sentence) -> None:
    """问: and 答: open and close an answer even in a sentence that reports no act; so does a
    transcript line opened by who answers (郭嘉昆:中方注意到有关报道。…我们奉劝…: the answer's
    我们 is his, though its first sentence reports nothing)."""
    if (
        ctx.asking
        or _opens_question_or_answer(sentence.text)
        or (_may_open_transcript(sentence.text) and _may_name_a_person(ctx, sentence))
    ):
        _answer_speaker(ctx, sentence, _actors_again(ctx, sentence).mentions)


def _may_name_a_person(ctx: _Context, sentence: Sentence) -> bool:
    """Whether a look back at a sentence may find a person (actors.may_find_person): asked
    before _answer_marks and _earlier_topics read a sentence again for its actors.

    Why: a colon near the start of a sentence that is no question or answer, outside one
    (2,950 of the 3,030 Terminus sentences that reached a look back in _answer_marks: 据报道:,
    新华社…电:), matters only where a person named first opens it (_transcript_opener); where
    the look back can find no person it changes nothing: _answer_speaker then reads only
    _transcript_answer, which needs one, and the look back learns no leader (it would only
    have cached its answer). 2,794 of them: each a find_actors call, now a cheaper test."""
    return may_find_person(
        ctx.article.text,
        sentence.start,
        sentence.end,
        ctx.gaz,
        ctx.memory.leaders,
        _gate_words_of(ctx, sentence),
    )


def _may_open_transcript(text: str) -> bool:
    """A colon near the start of a sentence: it may follow the name of who answers (郭嘉昆:)."""
    head = text[:_TRANSCRIPT_NAME_REACH]
    return "：" in head or ":" in head


def _opens_answer(text: str) -> bool:
    """答: at the start (no regex call for the sentences without 答, nearly all of them)."""
    return "答" in text and _answer_opening().match(text) is not None


def _opens_question_or_answer(text: str) -> bool:
    """问: or 答: at the start (a sentence without either character is no match, and most
    sentences hold neither: no regex call for them)."""
    return ("问" in text or "答" in text) and _asked_or_answered().match(text) is not None


_ASKS: Final = re.compile(r"(?:对此|对这|就此|对此事)?(?:有何|有什么|如何看|怎么看|怎样看|是否)")


def _answer_speaker(ctx: _Context, sentence: Sentence, mentions: list[Mention]) -> None:
    """答:中方注意到…: the side the question asks (中方对此有何回应?) gives the answer, else
    the first actor of the answer; the answer's speaker speaks for all of it, and a new
    question ends it."""
    text = ctx.article.text
    question = "问" in sentence.text and _QUESTION.match(sentence.text) is not None
    answer = _opens_answer(sentence.text)
    if question:
        if ctx.host is None and ctx.persons:
            ctx.host = ctx.persons[-1]  # the person named before the first question
        ctx.statement, ctx.asking, ctx.addressee, ctx.reported = None, True, None, None
    if ctx.asking and not answer:
        if not question and _transcript_answer(ctx, sentence, mentions) is not None:
            ctx.asking, ctx.addressee = False, None  # 有记者提问:中方对此有何回应? 毛宁:…: a
            return  # line its answerer's name opens answers; it reports no act the question asks
        asked = [m for m in mentions if _ASKS.match(text, m.end) and m.via != "media"]
        ctx.addressee = asked[-1] if asked else ctx.addressee
        if ctx.reported is None and not asked:
            ctx.reported = next((m for m in mentions if _may_report(text, m)), None)
        if ctx.statement is None and not question:
            ctx.asking = _transcript_answer(ctx, sentence, mentions) is None
        return
    if answer:
        first = ctx.addressee or _answerer(ctx, sentence, mentions)
        ctx.statement = (first, sentence.paragraph, True) if first else None
        ctx.asking, ctx.addressee = False, None
    else:
        _transcript_answer(ctx, sentence, mentions)


_FIRST_PERSON: Final = ("我们", "我方", "我")


def _answerer(ctx: _Context, sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """答:我们注意到…: an answer in the first person, or naming no one, is given by the
    person named before the questions began (外交部发言人马晓光…回答记者提问); else its first
    actor answers (答:中方注意到…)."""
    opened = sentence.start + _answer_opening().match(sentence.text).end()  # type: ignore[union-attr]
    first = next((m for m in mentions if m.via != "media"), None)
    if ctx.host is not None and (
        first is None or ctx.article.text.startswith(_FIRST_PERSON, opened)
    ):
        return ctx.host
    return _answerer_past_reported(ctx, mentions, first)


def _answerer_past_reported(
    ctx: _Context, mentions: list[Mention], first: Mention | None
) -> Mention | None:
    """问:美国商务部宣布将7家中国机构列入…。请问商务部有何评论? 答:美方将…列入…,中方对此坚决
    反对: an answer that opens by restating the act the question reported is not given by the
    side that did it; the first actor of another side that opens a later clause of it answers.
    With none (答:中方决定对美国军工企业实施制裁, after a question on China's own measures)
    the first actor answers."""
    if first is None or ctx.reported is None or not same_side(first, ctx.reported):
        return first
    text = ctx.article.text
    other = (
        m
        for m in mentions
        if m.via != "media"
        and not same_side(m, ctx.reported)
        and text[m.start - 1 : m.start] in _ANSWERER_CLAUSE_MARKS
        and can_be_subject(text, m)
    )
    return next(other, first)


# right before the side that answers, opening a clause of the answer (…列入…,|中方对此坚决反对)
_ANSWERER_CLAUSE_MARKS: Final = frozenset("，,；;")


def _may_report(text: str, mention: Mention) -> bool:
    """Whether a question's actor may be the one whose act it reports: a subject, not an
    outlet, a place or a person the question names as a speaker (据报道, 在南海)."""
    return mention.via not in {"media", "place"} and can_be_subject(text, mention)


def _reported_in_question(ctx: _Context, subject: Mention) -> Mention | None:
    """问:立陶宛宣布允许…设立代表处。中方有何反应? 答:中方决定…: in an answer, the actor whose
    act the question reports is whom a response with no other target answers; so it is in the
    question itself (问:伊朗宣布…。法国已就此表达关切…)."""
    if ctx.reported is None:
        return None
    if not ctx.asking and (ctx.statement is None or not ctx.statement[2]):
        return None
    return None if same_side(subject, ctx.reported) else ctx.reported


def _known_answerer(ctx: _Context, sentence: Sentence, mentions: list[Mention]) -> None:
    """林剑:我们敦促菲方…: a transcript line speaks from its first words, so its 我们 are
    the person the gazetteer knows (an official) who opens it; the question it follows is
    over, whatever statement the question reported (菲律宾总统称…). (答: lines are
    _answer_speaker's.)"""
    first = _transcript_opener(ctx, sentence, mentions)
    if first is not None and first.actor.known:
        ctx.statement, ctx.asking = (first, sentence.paragraph, True), False


def _transcript_answer(ctx: _Context, sentence: Sentence, mentions: list[Mention]):
    """耿爽:中方对…: a transcript's answer opens with the name of who gives it (returned, or
    None)."""
    first = _transcript_opener(ctx, sentence, mentions)
    if first is not None:
        ctx.statement = (first, sentence.paragraph, True)
    return first


def _transcript_opener(ctx: _Context, sentence: Sentence, mentions) -> Mention | None:
    """The person whose name and a colon open a transcript line (耿爽:…), else None."""
    if not mentions:
        return None  # (most sentences: nobody named, no generator made)
    first = next((m for m in mentions if m.start == sentence.start), None)
    if first is None or first.actor.type != "Person":
        return None
    return first if ctx.article.text[first.end : first.end + 1] in {":", "："} else None


def _summit_pair(
    ctx: _Context, word: str, sentence: Sentence, mentions: list[Mention]
) -> tuple[Actor, Actor] | None:
    """The two gazetteer actors a summit nickname (金特会) names. A word that names one actor
    inside it (入世谈判: the talks to join the WTO) pairs it with who joins: the last country
    the sentence names before the word, else the country in focus."""
    actors = [ctx.gaz.actors.get(key) for key in summits()[word].actors]
    if len(actors) == 1 and actors[0] is not None:
        joiner = _joiner(ctx, word, sentence, mentions)
        return None if joiner is None or joiner.key == actors[0].key else (joiner, actors[0])
    if len(actors) != 2 or None in actors:
        return None
    return actors[0], actors[1]  # type: ignore[return-value]


def _joiner(ctx: _Context, word: str, sentence: Sentence, mentions) -> Actor | None:
    """The country that joins in 入世谈判: named before the word in the sentence, or in focus."""
    at = ctx.article.text.find(word, sentence.start, sentence.end)
    before = [m for m in mentions if m.end <= at and m.actor.type == "Country"]
    return before[-1].actor if before else ctx.memory.focus_country(ctx.gaz)


def _unique_roles(roles: list[Role]) -> list[Role]:
    seen = set()
    unique = []
    for role in roles:
        key = (role.person.actor.key, role.org.actor.key, role.title)
        if key not in seen:
            seen.add(key)
            unique.append(role)
    return unique
