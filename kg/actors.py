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

import re
from dataclasses import dataclass, field

from . import segment
from .gazetteer import Gazetteer, Title
from .model import Actor, Mention

__all__ = ["SentenceActors", "find_actors", "is_cjk"]

# prepositions and verbs after which a one-character short form names a country (对朝, 访华)
_SHORT_LICENSORS = set("对向与跟访赴驻抵援联制反抗亲拒") | {"要求", "敦促", "警告", "制裁"}
# characters that end a name following a title (林剑|4日, 王毅|表示)
_NAME_STOP_CHARS = set("说称在对与和于是的也还曾将等则就已并向同被为让把从到又都再所即却才今昨会")
_NAME_STOP_WORDS = (
    "表示",
    "指出",
    "认为",
    "强调",
    "透露",
    "补充",
    "宣布",
    "发表",
    "当天",
    "当日",
    "率领",
    "访问",
    "会见",
    "会晤",
    "握手",
    "接受",
    "出席",
    "抵达",
    "前往",
    "回应",
    "呼吁",
    "要求",
    "谴责",
    "批评",
    "警告",
    "说道",
    "称",
    "日前",
    "近日",
    "此前",
    "随后",
    "一行",
    "本人",
    "先生",
    "女士",
    "阁下",
)
_NO_NAME_TITLES = {"领导人", "专家", "学者", "官员", "人士", "记者", "代表", "议员", "成员"}
_LEADER_TITLES = ("最高领导人", "领导人", "国家元首", "元首")
_LOCATIVES = ("在", "于", "抵达", "前往", "赴", "到", "飞抵", "返回", "离开", "从", "飞往", "访问")
_COORDINATORS = set("与和同跟对向在")
_PUNCT = set(",，。;；:：!?！？()（）“”\"'「」《》、 \n")
_TRANSLIT = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8})+")


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


def find_actors(
    text: str,
    start: int,
    end: int,
    gaz: Gazetteer,
    leaders: dict[str, Mention] | None = None,
    short_names: dict[str, Actor] | None = None,
) -> SentenceActors:
    """All actor mentions in ``text[start:end]`` (article offsets), with roles.

    ``leaders`` maps a country key to the person the article named as its leader, so that a
    later 朝方领导人 resolves to 金正恩; it is updated with the roles found here.
    ``short_names`` holds the family names of people the article already named in full
    (小泉 for 小泉纯一郎, 赫格塞思 for 皮特·赫格塞思); it is updated too.
    """
    leaders = leaders if leaders is not None else {}
    raw = _scan(text, start, end, gaz)
    raw = _add_names(text, start, end, gaz, raw)
    if short_names is not None:
        raw = _add_short_names(text, start, end, short_names, raw)
    raw.sort(key=lambda m: m.start)
    found = SentenceActors(mentions=raw)
    _find_roles(text, gaz, found)
    _resolve_leader_titles(text, gaz, found, leaders)
    found.mentions = [m for m in found.mentions if not _inside_any(m, found.attributive)]
    found.mentions = _unnamed_officials(text, gaz, found.mentions)
    if short_names is not None:
        _learn_short_names(found.mentions, short_names, gaz)
    return found


def _learn_short_names(mentions: list[Mention], short_names: dict[str, Actor], gaz) -> None:
    for mention in mentions:
        actor = mention.actor
        if actor.type != "Person" or mention.via == "coref":
            continue
        label = actor.label
        if "·" in label:
            short = label.rsplit("·", 1)[1]
        elif len(label) in (4, 5):
            short = label[:2]  # Japanese family names: 小泉|纯一郎, 高市|早苗
        else:
            continue
        common = is_word(short) and actor.country != "JPN"  # 小泉 is a word, and a name
        if len(short) >= 2 and short not in gaz.surfaces and not common:
            short_names.setdefault(short, actor)


def _add_short_names(text, start, end, short_names, found: list[Mention]) -> list[Mention]:
    taken = [(m.start, m.end) for m in found]
    for short, actor in short_names.items():
        pos = text.find(short, start, end)
        while pos != -1:
            stop = pos + len(short)
            if not any(s < stop and pos < e for s, e in taken):
                found.append(Mention(actor, short, pos, stop, "coref"))
                taken.append((pos, stop))
            pos = text.find(short, stop, end)
    return found


# -- gazetteer scan --------------------------------------------------------------------------


def _scan(text: str, start: int, end: int, gaz: Gazetteer) -> list[Mention]:
    mentions: list[Mention] = []
    pos = start
    while pos < end:
        found = _mention_at(text, pos, end, gaz)
        if not found:
            pos += 1
            continue
        mentions.extend(found)
        pos = max(m.end for m in found)
    return mentions


def _mention_at(text: str, pos: int, end: int, gaz: Gazetteer) -> list[Mention]:
    hit = _yield_to_title(text, pos, gaz, gaz.match_at(text, pos))
    if hit and hit[0] and pos + len(hit[0]) <= end:
        surface, actor, kind = hit
        if kind == "capital" and not _acts_as_capital(text, pos, len(surface)):
            return []
        via = "media" if gaz.org_kind.get(actor.key) == "media" else "gazetteer"
        outlet = _outlet_suffix(text, pos + len(surface))
        if outlet:  # 香港新闻网, 北京日报: a news outlet named after a place reports, never acts
            return [
                Mention(
                    actor,
                    text[pos : pos + len(surface) + len(outlet)],
                    pos,
                    pos + len(surface) + len(outlet),
                    "media",
                )
            ]
        mention = Mention(actor, surface, pos, pos + len(surface), via)
        return [_extend_nested(text, _extend_organ(text, mention, end, gaz), end, gaz)]
    return _shorts_at(text, pos, end, gaz)


_OUTLETS = (
    "新闻网",
    "新闻社",
    "通讯社",
    "电视台",
    "广播电台",
    "日报",
    "时报",
    "晚报",
    "新闻",
    "之声",
    "在线",
)


def _outlet_suffix(text: str, pos: int) -> str:
    for outlet in _OUTLETS:
        if text.startswith(outlet, pos):
            return outlet
    return ""


def _yield_to_title(text: str, pos: int, gaz: Gazetteer, hit):
    """中共|国家主席, not 中共国|家主席: a name gives up its tail to a title that starts inside
    it when a shorter form of the name exists."""
    if not hit:
        return hit
    surface = hit[0]
    for cut in range(len(surface) - 1, 1, -1):
        title = _title_starting_at(text, pos + cut, gaz)
        shorter = gaz.surfaces.get(surface[:cut])
        if title and shorter and len(title) > len(surface) - cut:
            return surface[:cut], shorter[0], shorter[1]
    return hit


def _acts_as_capital(text: str, pos: int, length: int) -> bool:
    """A capital names its government only where it acts, not where something happens."""
    before = text[max(0, pos - 2) : pos]
    after = text[pos + length : pos + length + 2]
    if any(before.endswith(word) for word in _LOCATIVES):
        return False
    if after[:1].isdigit() or after[:1] in "电讯":  # 新华社北京5月3日电: a dateline
        return False
    return after not in {"时间", "举行", "召开", "峰会", "会议", "大学", "市"}


def _extend_organ(text: str, mention: Mention, end: int, gaz: Gazetteer) -> Mention:
    """美国 + 财政部 → 美国财政部, unless the suffix begins a title (国防部长)."""
    actor = mention.actor
    if actor.type not in {"Country", "Region"}:
        return mention
    pos = mention.end
    embassy = _embassy_at(text, pos, end, gaz, actor)
    if embassy:
        return embassy
    inst = gaz.institution_at(text, pos)
    if inst is None or pos + len(inst.suffix) > end:
        return mention
    if len(inst.suffix) == 1 and is_word(text[pos : pos + 2]):  # 乌克兰军事: not 乌克兰军
        return mention
    title = _title_starting_at(text, pos, gaz)
    if title and len(title) > len(inst.suffix):
        return mention
    organ = gaz.compose(actor, inst)
    return Mention(
        organ,
        text[mention.start : pos + len(inst.suffix)],
        mention.start,
        pos + len(inst.suffix),
        mention.via,
    )


_UNIT_SUFFIXES = (
    "事务局",
    "研究中心",
    "研究所",
    "办公室",
    "委员会",
    "理事会",
    "局",
    "司",
    "处",
    "厅",
)


def _extend_nested(text: str, mention: Mention, end: int, gaz: Gazetteer) -> Mention:
    """美国国务院|东亚及太平洋事务局: a unit named right after a body belongs to it; the mention
    grows to the full nested name (the actor stays the parent body)."""
    if mention.actor.type != "Organization":
        return mention
    limit = min(end, mention.end + 14)
    for stop in range(mention.end + 2, limit + 1):
        chunk = text[mention.end : stop]
        if not is_cjk(chunk[-1]) or gaz.match_at(text, stop - 1):
            return mention
        if _title_starting_at(text, stop - 1, gaz) and not chunk.endswith(_UNIT_SUFFIXES):
            return mention
        if chunk.endswith(_UNIT_SUFFIXES) and not is_word(text[stop - 1 : stop + 1]):
            return Mention(
                mention.actor,
                text[mention.start : stop],
                mention.start,
                stop,
                mention.via,
                mention.group,
            )
    return mention


def _embassy_at(text: str, pos: int, end: int, gaz: Gazetteer, home: Actor) -> Mention | None:
    """中国驻日本大使馆: the embassy of the first country (an organ of it)."""
    if not text.startswith("驻", pos):
        return None
    hit = gaz.match_at(text, pos + 1) if pos + 1 < end else None
    if not hit:
        return None
    after = pos + 1 + len(hit[0])
    inst = gaz.institution_at(text, after)
    if inst is None or inst.kind not in {"embassy", "mission", "consulate"}:
        return None
    organ = gaz.compose(home, inst)
    stop = after + len(inst.suffix)
    start = pos - len(home.label) if text[pos - len(home.label) : pos] == home.label else pos
    return Mention(organ, text[start:stop], start, stop, "gazetteer")


def _title_starting_at(text: str, pos: int, gaz: Gazetteer) -> str | None:
    for length in gaz.title_lengths:
        if text[pos : pos + length] in gaz.titles:
            return text[pos : pos + length]
    return None


def _shorts_at(text: str, pos: int, end: int, gaz: Gazetteer) -> list[Mention]:
    """A compound of short forms (美日韩) or one licensed short form (对朝)."""
    if text[pos] not in gaz.shorts or (pos > 0 and text[pos - 1].isdigit()):
        return []
    run = [pos]
    while run[-1] + 1 < end and text[run[-1] + 1] in gaz.shorts:
        nxt = run[-1] + 1
        if gaz.match_at(text, nxt):  # 韩国 beats the short 韩
            break
        run.append(nxt)
    while run and _starts_word(text, run[-1]):  # 中加强: 加强 is a word, not Canada
        run.pop()
    if len(run) >= 2 and not _is_word_continuation(text, run[-1] + 1):
        return [_short_mention(text, p, gaz, "compound", run[0]) for p in run]
    if run and (_short_licensed(text, pos) or _organ_follows(text, pos, end, gaz)):
        mention = _short_mention(text, pos, gaz, "gazetteer")
        return [_extend_organ(text, mention, end, gaz)]
    return []


def _organ_follows(text: str, pos: int, end: int, gaz: Gazetteer) -> bool:
    """巴空军, 美财政部, 俄外交部: a short form right before an institution names its organ."""
    inst = gaz.institution_at(text, pos + 1)
    return (
        inst is not None
        and pos + 1 + len(inst.suffix) <= end
        and not is_word(text[pos : pos + 2])
        and not (len(inst.suffix) == 1 and is_word(text[pos + 1 : pos + 3]))
    )


def _short_mention(
    text: str, pos: int, gaz: Gazetteer, via: str, group: int | None = None
) -> Mention:
    return Mention(gaz.shorts[text[pos]], text[pos], pos, pos + 1, via, group)


def _starts_word(text: str, pos: int) -> bool:
    """True when the short form and the next character make a dictionary word (加强, 意见)."""
    return is_word(text[pos : pos + 2])


def is_word(token: str) -> bool:
    """Whether jieba's dictionary knows ``token`` (rjieba, or pure jieba as the fallback)."""
    if len(token) < 2:
        return False
    return segment.has_word(token)


def _is_word_continuation(text: str, pos: int) -> bool:
    """中美洲, 美日元: the run of shorts is part of another word."""
    return text[pos : pos + 1] in {"洲", "元", "语", "文", "裔", "籍", "式", "股"}


_COMPOUND_ONLY = set("以")  # 以 is also "by means of" (对以行动…): Israel only in 巴以, 美以


def _short_licensed(text: str, pos: int) -> bool:
    if text[pos] in _COMPOUND_ONLY:
        return False
    before1 = text[pos - 1 : pos]
    before2 = text[max(0, pos - 2) : pos]
    after = text[pos + 1 : pos + 2]
    if not before1 or (after and is_cjk(after) and after in "国语文裔元洲人"):
        return False
    return before1 in _SHORT_LICENSORS or before2 in _SHORT_LICENSORS


# -- unknown names -----------------------------------------------------------------------------


def _add_names(
    text: str, start: int, end: int, gaz: Gazetteer, found: list[Mention]
) -> list[Mention]:
    taken = [(m.start, m.end) for m in found]
    names = list(_transliterated(text, start, end, gaz)) + list(
        _titled_names(text, start, end, gaz)
    )
    for name in names:
        if any(s < name.end and name.start < e for s, e in taken):
            continue
        taken.append((name.start, name.end))
        found.append(name)
    return found


def _transliterated(text: str, start: int, end: int, gaz: Gazetteer):
    """皮特·赫格塞思: the left part is cut after any title or known word before it."""
    for match in _TRANSLIT.finditer(text, start, end):
        s, e = match.start(), match.end()
        dot = min(i for i in range(s, e) if text[i] in "·•・")
        s = _trim_left(text, s, dot, gaz)
        e = _trim_right(text, max(i for i in range(s, e) if text[i] in "·•・") + 1, e, gaz)
        if s >= dot or e <= dot + 1:
            continue
        surface = text[s:e].replace("•", "·").replace("・", "·")
        hit = gaz.surfaces.get(surface)
        actor = hit[0] if hit else Actor(key=surface, label=surface, type="Person", known=False)
        yield Mention(actor, text[s:e], s, e, "gazetteer" if hit else "pattern")


def _trim_left(text: str, s: int, dot: int, gaz: Gazetteer) -> int:
    best = s
    for cut in range(s, dot):
        if (
            gaz.title_ending_at(text, cut, s)
            or gaz.match_at(text, s)
            and cut == s + len(gaz.match_at(text, s)[0])
        ):
            best = cut
        if text[cut] in "的是和与、及在对向":
            best = cut + 1
    if dot - best > 4:
        best = dot - _last_word_length(text[best:dot])
    return best


def _trim_right(text: str, start: int, end: int, gaz: Gazetteer) -> int:
    """特雷莎·梅|和德国总理: the last name part stops before a link word, a known name or a
    title."""
    for pos in range(start + 1, end):
        if text[pos] in "和与及、的在对是将也说称等向同跟" or gaz.match_at(text, pos):
            return pos
        if _title_starting_at(text, pos, gaz):
            return pos
    return end


def _last_word_length(left: str) -> int:
    """谈判实务人员凯文 → 2: the given name is the last word jieba finds (at least 2 chars)."""
    words = _cut(left)
    length = len(words[-1]) if words else 2
    if length < 2 and len(words) > 1:
        length += len(words[-2])
    return min(max(length, 2), 5)


def _cut(text: str) -> list[str]:
    return segment.cut(text)


def _titled_names(text: str, start: int, end: int, gaz: Gazetteer):
    """发言人林剑, 长官安圭伯: two or three characters right after a title are a name."""
    pos = start
    while pos < end:
        title = _title_starting_at(text, pos, gaz)
        if not title:
            pos += 1
            continue
        name_start = pos + len(title)
        pos = name_start
        if title in _NO_NAME_TITLES or name_start >= end:
            continue
        length = _name_length(text, name_start, end, gaz)
        if length:
            surface = text[name_start : name_start + length]
            actor = Actor(key=surface, label=surface, type="Person", known=False)
            yield Mention(actor, surface, name_start, name_start + length, "pattern")


_WEEKDAY = re.compile(r"周[一二三四五六日末]|星期")


def _name_length(text: str, pos: int, end: int, gaz: Gazetteer) -> int:
    """Length of the name that starts right after a title, or 0 if none does.

    jieba's person tags decide when they cover the position (丹羽|宇一郎); otherwise a name is
    two or three characters that stop before a verb, a date or a particle.
    """
    tagged = _tagged_name_length(text, pos, end)
    if tagged is not None:
        return tagged
    chars = text[pos : min(end, pos + 3)]
    if any(text.startswith(w, pos) for w in _NAME_STOP_WORDS) or is_word(chars[:2]):
        return 0
    if len(chars) < 2 or not all(is_cjk(c) for c in chars[:2]) or chars[0] in _NAME_STOP_CHARS:
        return 0
    if gaz.match_at(text, pos) or _title_starting_at(text, pos, gaz):
        return 0
    if chars[1] in _NAME_STOP_CHARS and chars[1] not in "与明":
        return 0
    rest2 = text[pos + 2 : pos + 4]
    if (
        len(chars) < 3
        or not is_cjk(chars[2])
        or _WEEKDAY.match(text, pos + 2)
        or any(rest2.startswith(w) for w in _NAME_STOP_WORDS)
    ):
        return 2
    if chars[2] in _NAME_STOP_CHARS:
        return 2
    return 3


# -- roles -------------------------------------------------------------------------------------


def _find_roles(text: str, gaz: Gazetteer, found: SentenceActors) -> None:
    for person in [m for m in found.mentions if m.actor.type == "Person"]:
        chain = _title_chain(text, person.start, gaz)
        if not chain:
            continue
        chain_start = _chain_start(text, person.start, gaz)
        org = _org_before(text, chain_start, person, found.mentions)
        if org is None:
            continue
        found.attributive.append((org.start, person.start))
        for title in chain:
            found.roles.append((person, _role_org(org, title, gaz), title.title))


_PERSON_NOUNS = ("人员", "官员", "负责人", "代表", "成员", "人士", "学者", "专家")


def _title_chain(text: str, end: int, gaz: Gazetteer) -> list[Title]:
    """Titles right before a name; a descriptor ending in 人员/官员 may stand in between when
    it follows a title and 、 (副助理国务卿、…的谈判实务人员凯文·金)."""
    chain = _plain_title_chain(text, end, gaz)
    if chain or not text[max(0, end - 3) : end].endswith(_PERSON_NOUNS):
        return chain
    comma = text.rfind("、", max(0, end - 30), end)
    if comma == -1 or any(c in _PUNCT and c != "、" for c in text[comma + 1 : end]):
        return []
    return _plain_title_chain(text, comma, gaz)


def _chain_start(text: str, person_start: int, gaz: Gazetteer) -> int:
    """Where the titles (and any descriptor) before a person begin."""
    chain = _plain_title_chain(text, person_start, gaz)
    end = person_start
    if not chain:
        end = text.rfind("、", max(0, person_start - 30), person_start)
        chain = _plain_title_chain(text, end, gaz)
    for title in reversed(chain):
        end -= len(title.title)
        if text[end - 1 : end] == "、" and title is not chain[0]:
            end -= 1
    return end


def _plain_title_chain(text: str, end: int, gaz: Gazetteer) -> list[Title]:
    chain: list[Title] = []
    while True:
        title = gaz.title_ending_at(text, end)
        if title is None:
            break
        chain.insert(0, title)
        end -= len(title.title)
        if text[end - 1 : end] == "、":
            end -= 1
    return chain


def _org_before(
    text: str, chain_start: int, person: Mention, mentions: list[Mention]
) -> Mention | None:
    """The leftmost organisation or country in an unbroken run before the titles."""
    best = None
    for mention in reversed([m for m in mentions if m.end <= chain_start]):
        gap = text[mention.end : chain_start]
        if len(gap) > 12 or any(c in _PUNCT or c in _COORDINATORS or c.isdigit() for c in gap):
            break
        if mention.actor.type == "Person" or mention.via == "media":
            break
        best = mention
        chain_start = mention.start
    return best


def _role_org(org: Mention, title: Title, gaz: Gazetteer) -> Mention:
    """A head of state or government holds the post in the country, not in the party or
    ministry named before the titles (朝鲜劳动党总书记、国务委员长 → 朝鲜 for the second); a
    title that names its ministry (外交部发言人) puts the post in that ministry."""
    if title.kind in {"head_of_state", "head_of_government"} and org.actor.country:
        country = gaz.actors.get(org.actor.country)
        if country is not None:
            return Mention(country, org.text, org.start, org.end, org.via)
    inst = gaz.institutions.get(title.org_suffix)
    if inst and org.actor.type == "Country" and title.title.startswith(inst.suffix):
        # 中国|外交部发言人: the ministry is named in the title itself
        return Mention(gaz.compose(org.actor, inst), org.text, org.start, org.end, org.via)
    return org


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
                Mention(
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


def _official_end(text: str, mention: Mention, later: list[Mention], gaz: Gazetteer) -> int:
    if mention.actor.type != "Country" or mention.group is not None:
        return 0
    pos = mention.end
    if text.startswith("驻", pos) and later and later[0].start == pos + 1:
        pos = later[0].end
    title = _title_starting_at(text, pos, gaz)
    if not title or title in _NO_NAME_TITLES - {"领导人"}:
        return 0
    end = pos + len(title)
    if any(m.start == end and m.actor.type == "Person" for m in later):
        return 0  # a name follows: an apposition, handled as a role
    if end < len(text) and is_cjk(text[end]) and _name_length(text, end, len(text), gaz) >= 2:
        return 0
    return end


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
    if len(tokens) > 1:
        nxt, nxt_tag = tokens[1]
        if nxt_tag.startswith("nr") and length + len(nxt) <= 5:
            length += len(nxt)  # 丹羽|宇一郎
        elif (
            length == 2
            and len(nxt) == 1
            and nxt_tag in {"zg", "ng", "nr", "n"}
            and (nxt not in _NAME_STOP_CHARS)
        ):
            length += 1  # 崔善|姬
    return length if 2 <= length <= 5 else None


def _tag(text: str) -> list[tuple[str, str]]:
    return segment.tag(text)


def _resolve_leader_titles(
    text: str, gaz: Gazetteer, found: SentenceActors, leaders: dict[str, Mention]
) -> None:
    for person, org, title in found.roles:
        country = org.actor.key if org.actor.type == "Country" else org.actor.country
        if (
            country
            and title in gaz.titles
            and gaz.titles[title].kind
            in {
                "head_of_state",
                "head_of_government",
                "party",
            }
        ):
            leaders.setdefault(country, person)
    resolved: list[Mention] = []
    for mention in found.mentions:
        if mention.actor.type in {"Country", "Region"}:
            leader_end = _leader_title_end(text, mention.end)
            person = leaders.get(mention.actor.key)
            if leader_end and person is not None and not _name_follows(text, leader_end, found):
                resolved.append(
                    Mention(
                        person.actor,
                        text[mention.start : leader_end],
                        mention.start,
                        leader_end,
                        "role",
                    )
                )
                continue
        resolved.append(mention)
    found.mentions = resolved


def _leader_title_end(text: str, pos: int) -> int:
    for title in _LEADER_TITLES:
        if text.startswith(title, pos):
            return pos + len(title)
    return 0


def _name_follows(text: str, pos: int, found: SentenceActors) -> bool:
    return any(m.start == pos and m.actor.type == "Person" for m in found.mentions)


def _inside_any(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(s <= mention.start and mention.end <= e for s, e in spans)
