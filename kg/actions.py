"""Find actions in a sentence: triggers, their subject and target, and the status of each.

For every trigger of ``ontology/triggers.tsv`` found in a clause:

* the target comes from the trigger's frames — right after it (制裁|朝鲜), after a
  preposition before it (与|金正恩|会面, 对|朝|制裁), or from a compound of short forms
  (朝美|谈判 → pairwise events);
* the subject is the nearest actor before it that is not governed by a preposition, not a
  possessor (金正恩|的), not a place (在|韩国) and not a reporting outlet; failing that, the
  subject of an earlier clause of the same sentence (Chinese drops repeated subjects);
* the status comes from cue words of ``ontology/cues.tsv`` inside the clause, a condition
  opened earlier in the sentence, or a later clause that says it did not happen (终未成行).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Any, Final

from .actors import _KIND_OF_BODY, _tag, has_verb, is_cjk, is_word, make_mention
from .gazetteer import (
    MISSION_KINDS,
    kind_of,
    load_gazetteer,
    match_at,
    title_at,
    title_ending_at,
)
from .lexicon import (
    Branch,
    Cue,
    Trigger,
    closes_with,
    confidence_weights,
    cue_pattern,
    cues,
    first_character_pattern,
    governed_territories,
    holds_any,
    made_once,
    opening_cues,
    opens_with,
    predicates,
    pronouns,
    speech_verbs,
    split_parts,
    summits,
    trigger_for,
    trigger_pattern,
    trigger_spans,
    triggers,
    word_at,
    word_ending_at,
    words,
    words_pattern,
)
from .model import SYMMETRIC_TYPES, Actor, LedMention, Mention, _quick_init, is_native
from .regex_cache import compile_pattern
from .segment import cut, has_word, segmenter
from .sentences import Clause, after_last_mark, first_mark, marks_after, marks_before

__all__ = [
    "Action",
    "Discourse",
    "UNDOES",
    "TALKS_SIDES",
    "agentless_passive",
    "can_be_subject",
    "find_actions",
    "find_triggers",
    "holds_condition",
    "said_act",
    "same_side",
    "state_person",
    "speaker_in_sentence",
]

_WITH: Final = set("与同跟和")
_TO: Final = set("对向给就")
_TOWARD: Final = set("向")  # 向加拿大要求引渡: only 向, for words that are nouns after 对…的 too
_FOR: Final = set("为")
_FROM: Final = set("从自")
_NOT_SUBJECT_BEFORE: Final = set("对向与同跟和给从在于据为被由把将就驻赴访抵往至自视按依随仿")
# verb morphemes that take a one-character short form as their object (反美, 援华, 亲俄, 抗日,
# 侵华, 联俄): the short form is what the compound is for or against, never its clause's doer
_VERB_BEFORE_SHORT: Final = frozenset("窜援联制反抗亲拒围环侵扰")
_OPENING_QUOTES: Final = frozenset({"“", "「", "『"})
_CLOSING_QUOTES: Final = frozenset({"”", "」", "』"})
_PUNCT: Final = set(",，。;；:：!?！？()（）“”\"'「」 \n")
_QUOTE_MARKS: Final = set("“”「」\"'")
_UNQUOTED_PUNCT: Final = _PUNCT - _QUOTE_MARKS  # what ends a stretch: quoted words go on
_TRIGGER_BLOCKERS = {  # a trigger preceded by these characters is another word (采访, 对话框)
    "访": set("采拜走探寻暗私互出到受"),
    "会见": set("约"),
    "对话": set(""),
    "条约": set(""),
    # 青年党与基地组织|有联系: ties between them, no contact made (but 两人几乎没有联系 says
    # no contact was made: _HAD_NONE)
    "联系": set("有"),
}
# 没有|联系, 无|接触: the 有 a blocker names, negated, reports that no contact was made
_HAD_NONE: Final = ("没有", "沒有")
_COVERB_BLOCKERS: Final = {
    "对": set("反面相应针绝"),
    "和": set("平缓温"),
    "向": set("方意倾"),
    "就": set("成早也这那"),
    "将": set("即必终"),
    "为": set("作成认因以称视列定选任"),
    "自": set("来出各独亲"),
    "于": set("由鉴次"),  # 由于美国入侵伊拉克: a reason, whose subject is free (and 仅次于, a rank)
    "至": set("甚乃以"),  # 甚至北约轰炸…: an adverb, whose actor acts
    "与": set("参给授赋"),  # 参与伊拉克战争: takes part in what follows, with nobody
}
_CONTRAST: Final = ("但", "但是", "然而", "不过", "可是")
_NEG_REACH: Final = 6  # characters a negator may stand before its verb, prepositional phrases aside


@dataclass(frozen=True, init=False)
class Action:
    """An event before it is dated and tied to its article."""

    subject: Mention
    object: Mention
    trigger: Trigger
    trigger_start: int
    status: str
    confidence: float
    frame: str = ""

    def __init__(
        self,
        subject: Mention,
        object: Mention,  # noqa: A002 - the field's name
        trigger: Trigger,
        trigger_start: int,
        status: str,
        confidence: float,
        frame: str = "",
    ) -> None:
        # (the compiled build's, as model.Sentence's: mypyc makes it a C function; the one
        # dataclasses writes runs in the interpreter and sets each frozen field through
        # object.__setattr__. The pure build's is model._quick_init's, below _Undecided)
        self.subject = subject  # type: ignore[misc]
        self.object = object  # type: ignore[misc]
        self.trigger = trigger  # type: ignore[misc]
        self.trigger_start = trigger_start  # type: ignore[misc]
        self.status = status  # type: ignore[misc]
        self.confidence = confidence  # type: ignore[misc]
        self.frame = frame  # type: ignore[misc]

    def __reduce__(self) -> tuple[Any, ...]:  # (a frozen native class pickles only so)
        fields = (self.subject, self.object, self.trigger, self.trigger_start, self.status)
        return (Action, (*fields, self.confidence, self.frame))


def _with_status(action: Action, status: str) -> Action:
    """``replace(action, status=status)``, made by Action's own __init__: compiled, a C call
    where dataclasses.replace ran in the interpreter (find_actions gives most acts their
    status so, after their sides are found)."""
    return Action(
        action.subject,
        action.object,
        action.trigger,
        action.trigger_start,
        status,
        action.confidence,
        action.frame,
    )


_OWN_SPAN: Final = frozenset(
    {"quits", "rejects", "sanctions", "declaresCeasefireWith", "endsCooperationWith"}
)


_VOTE_COUNT_BEFORE: Final = re.compile("等[0-9０-９一二两兩三四五六七八九十]+$")


def _tally_against(text: str, pos: int) -> bool:
    """A tally of votes that names who voted against (187国投票赞成,美国和以色列反对,乌克兰
    弃权; 以142票赞成、以色列和美国等10票反对): those named cast the vote against; a bare count
    (3票反对) names nobody, and 反对 outside a tally stays what it is. A tally counts votes for
    and abstentions too (words.tsv vote_for, vote_abstained)."""
    if text.startswith("票", pos):  # 票反对: only a count led by the voters (美国等10票)
        if _VOTE_COUNT_BEFORE.search(text, max(0, pos - 8), pos) is None:
            return False
    elif pos == 0 or not is_cjk(text[pos - 1]) or text[pos - 1] in "票、和与及":
        return False
    left = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    stops = [i for i in (text.find("。", pos), text.find("\n", pos)) if i != -1]
    right = min(stops) if stops else len(text)
    sentence = text[left:right]
    return any(w in sentence for w in words("vote_for")) and any(
        w in sentence for w in words("vote_abstained")
    )


def find_triggers(text: str, start: int, end: int) -> list[tuple[int, Trigger | str]]:
    """Non-overlapping triggers (or summit nicknames) in ``text[start:end]``, longest first.

    A split trigger (推迟…峰会) whose second part is a trigger too reports both: the summit
    is postponed, and it does not take place; but a deal ended (取消…协议, 退出…协议), or a
    cooperation broken off (中断…合作), is the ending's only, whoever ends it.
    """
    found: list[tuple[int, Trigger | str]] = []
    nicknames = summits()
    for pos, stop in _word_spans(text, start, end):  # trigger_pattern's matches
        word = text[pos:stop]
        trig = trigger_for(word)
        if word in words("vote_against") and _tally_against(text, pos):
            trig = trigger_for("反对票")  # 187国赞成,美国和以色列反对,乌克兰弃权: a vote cast
        if trig is not None and not trig.event_type:
            continue  # a look-alike (反对党): it only takes its span
        if trig is not None and trig.word != word:  # a split trigger: its span is what matched
            first, second = split_parts(trig.word) or ("", "")
            trig = replace(trig, word=word, inner=(pos + len(first), pos + len(word) - len(second)))
            if "qualified" in trig.flags and _gap_does_more(text, *trig.inner):  # type: ignore[misc]
                # 宣布|接受埃及提出的|停火方案, 宣布|与哈马斯|停火: the gap is read on its own
                found.extend(find_triggers(text, trig.inner[0], stop))  # type: ignore[index]
                continue
            found.append((pos, trig))
            if "charge" in trig.flags:  # 表示,伊朗侵犯其领空: the act, and the speaker's charge
                found.append((pos, _as_charge(trig)))
            tail = trigger_for(second)
            # a deal ended is the ending's only; the opposition defied (不顾…反对) is the other
            # side's, not an act of whoever defies it
            spanned = trig.predicate.name in _OWN_SPAN and "halted" not in trig.flags
            own = spanned or not {"penalty", "whole"}.isdisjoint(trig.flags)
            # 缴纳…|罚款: the fine paid is the payer's act; who imposed it is found from the
            # payment; 向欧盟提出…|建议: the advice put forward asks once, as the whole; 停止…|袭击
            # (flag halted): the attacks stopped are read too (asked to stop, they go on)
            if tail is not None and tail.event_type and not own:
                found.append((pos + len(word) - len(second), tail))
            found.extend(_deal_inside(text, *trig.inner))  # type: ignore[misc]
            continue
        blockers = _TRIGGER_BLOCKERS.get(word)
        if blockers and pos > 0 and text[pos - 1] in blockers:
            if not closes_with(text, pos, "blocker_name_end") and not text.endswith(
                _HAD_NONE, 0, pos
            ):
                continue  # (but 在纽约|会见: the letter ends a place's name, words.tsv)
        if trig is not None and trig.event_type == "AGREE" and _broken(text, pos):
            continue  # 违反了协议: the deal said to be broken is no agreement reached here
        if word in words("arranging") and _meeting_arranged(text, pos, stop):
            continue  # 经双方商定,…将举行对话: a meeting planned, which its own trigger reports
        if word in words("joint_manner") and _said_at(text, stop):
            continue  # 联手|批评美国, 携手|发声: said together, no material cooperation
        if (
            word in words("partner_close")
            and text.startswith((",", "，"), stop)
            and _said_at(text, stop + 1)
            and not _causative_at(text, stop + 1)
        ):  # 与法国一道,|谴责…: said together, as 一道谴责 is; but 愿同西班牙一道,|巩固…,拓展…
            continue  # is the joint effort itself, whatever the list after the pause holds
        if trig is not None and word in words("come_here"):
            trig = replace(trig, word=word[:1])  # 来|华: the place the word names is its target
        found.append((pos, trig or nicknames[word].word))
        if trig is not None and "speaker" in trig.objects:  # 非法扣押: a judgement and an act
            if (
                "smear" in trig.flags
                and _class_words("unnamed_person").search(text, start, pos) is None
            ):
                # 毛宁表示,美方…抹黑中国: the speaker's judgement of the smearer, and the smear
                found.append((pos, _as_smear(trig)))  # itself, an act (not 有人…抹黑中国's)
            if opens_with(word, 0, "breach"):
                continue  # 破坏停火: the ceasefire broken is nobody's act here
            if opens_with(word, 0, "deserves"):
                continue  # 应受谴责的行动: a deed said to deserve blame, no one blames here
            if opens_with(word, 0, "judged_noun"):
                continue  # 冲击使馆的行为不可接受: the speaker's verdict, the doer refuses nothing
            if trig.predicate.name == "urges":
                continue  # 美方应释放…: what the speaker says someone should do is not done
            for cut in range(1, len(word) - 1):
                act = trigger_for(word[cut:])
                if act is not None and act.event_type and "speaker" not in act.objects:
                    found.append((pos + cut, act))
                    break
                act = _split_act_at(text, pos + cut, end)
                if act is not None:  # 非法|闯入中国黄岩岛领空: the act is a split trigger,
                    found.insert(-1, (pos + cut, act))  # read first: its doer is no speaker's
                    break
    return found


_STRADDLE_WINDOW: Final = 4  # letters cut on each side of a trigger to see jieba's words


def _word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """trigger_spans' matches, but a plain trigger of two letters or more that begins inside
    one dictionary word and ends inside the next (各自|首都 holds 自首, 不会|谈判 holds 会谈,
    全力|促成 holds 力促, 是否|认为 holds 否认) is no word of the text: it is dropped and the
    scan goes on from its second letter, where a trigger the words do hold may begin (谈判,
    促成, 相互|指责's 指责).

    Why: the scan matches letters, leftmost-longest, so a trigger made of the tail of one word
    and the head of the next took the place of the word that is there. Only where jieba knows
    both words from its dictionary (a guessed cut is no evidence), and only when neither end
    of the trigger meets a word boundary (絕不|接受 keeps 不接受, 在会谈中 is one word)."""
    spans = trigger_spans().spans(text, start, end)
    for index, (pos, stop) in enumerate(spans):
        if stop - pos > 1 and _straddles(text, pos, stop):
            return spans[:index] + _word_spans(text, pos + 1, end)
    return spans


def _straddles(text: str, pos: int, stop: int) -> bool:
    """Whether ``text[pos:stop]`` begins inside one dictionary word and ends inside another
    (jieba's cut of a few letters around it), and is a plain trigger of an event (a look-alike,
    反对党, keeps its span: it is there to hide a trigger)."""
    if not _plain_trigger(text, pos, stop):
        return False
    at = max(0, pos - _STRADDLE_WINDOW)
    if not _may_straddle(text, at, pos, stop):
        return False  # no dictionary word of the window can hold the trigger's first letter
    return _cut_straddles(text, at, pos, stop)


def _plain_trigger(text: str, pos: int, stop: int) -> bool:
    """Whether ``text[pos:stop]`` is a plain trigger of an event: not a summit's nickname, a
    split trigger's span or a look-alike (反对党 keeps its span: it is there to hide a trigger)."""
    trig = trigger_for(text[pos:stop])
    return trig is not None and trig.word == text[pos:stop] and bool(trig.event_type)


def _cut_straddles(text: str, at: int, pos: int, stop: int) -> bool:
    """jieba's cut of the window from ``at``: whether one dictionary word holds the trigger's
    first letter and another its last (the answer _may_straddle proves no without cutting)."""
    opening = closing = -1  # where the words that hold the trigger's ends begin
    for token in cut(text[at : stop + _STRADDLE_WINDOW]):
        after = at + len(token)
        if at < pos < after and has_word(token):
            opening = at
        if at < stop < after and has_word(token):
            closing = at
        at = after
    return opening != -1 and closing != -1 and opening != closing


def _may_straddle(text: str, at: int, pos: int, stop: int) -> bool:
    """Whether jieba's cut of ``text[at : stop + _STRADDLE_WINDOW]`` could give
    :func:`_straddles` its answer yes; when not, the cut is not made.

    Why: the cut's words lie end to end over the window, so for the answer yes one dictionary
    word must hold the letters on both sides of ``pos`` and end before ``stop`` (a word that
    ends at ``stop`` leaves none around it, one that ends past it holds both ends), and
    another must begin after ``pos`` and hold the letters on both sides of ``stop``. jieba never
    makes one word of a letter and a mark beside it (its blocks end at every character that is
    neither an ideograph nor one of ASCII's letters, digits and ``+#&._%-``), and when no run of
    the window's letters that could be such a word is in the dictionary (has_word, the test the
    cut's words then meet) the answer is no, whatever the cut. A cut is a call of jieba, a list
    of words and a loop over them; a mark beside the trigger answers at once, and a few
    look-ups settle all but a few triggers of a hundred (Terminus: 116 cuts instead of 6,642).
    is_word's cache is not used: most of these runs of letters are asked once, and a miss of
    the cache costs more than the look-up."""
    end = min(len(text), stop + _STRADDLE_WINDOW)
    if pos <= at or stop >= end or _jieba_splits(text[pos - 1]) or _jieba_splits(text[stop]):
        return False
    known = segmenter().has_word  # jieba's own look-up, called as it is (no wrapper)
    opens = False  # a dictionary word holds the trigger's first letter and the one before
    for right in range(pos + 1, stop):
        for left in range(at, pos):
            if known(text[left:right]):
                opens = True
                break
        if opens:
            break
    if not opens:
        return False
    for left in range(pos + 1, stop):
        for right in range(stop + 1, end + 1):
            if known(text[left:right]):
                return True  # and another its last letter and the one after
    return False


def _jieba_splits(char: str) -> bool:
    """Whether jieba's cut ends a block of text at ``char``: no word of it holds ``char`` with
    a letter beside it (jieba's ``re_han_default``: the ideographs, ASCII letters and digits,
    ``+#&._%-``; anything alphanumeric is kept on the safe side)."""
    return not (
        char.isalnum()
        or char in "+#&._%-"
        or "\u3400" <= char <= "\u9fff"
        or "\uf900" <= char <= "\ufaff"
        or char >= "\U00020000"
    )


def _split_act_at(text: str, pos: int, end: int) -> Trigger | None:
    """The split trigger (闯入…领空) whose first part starts at ``pos``, with its span, when it is
    an act and not a judgement.

    Why: a judgement that is also an act (非法闯入, triggers.tsv) takes the span of the act's
    first part, so the split act (闯入…领空) would never match; read inside it, the intrusion
    is reported as well as the speaker's charge.
    """
    spans = trigger_spans().spans(text, pos, end)
    if not spans or spans[0][0] != pos:
        return None
    stop = spans[0][1]
    word = text[pos:stop]
    act = trigger_for(word)
    parts = split_parts(act.word) if act is not None else None
    if act is None or parts is None or not act.event_type or "speaker" in act.objects:
        return None
    first, second = parts
    return replace(act, word=word, inner=(pos + len(first), stop - len(second)))


def _as_charge(trig: Trigger) -> Trigger:
    """An act that is a wrong by its very name (侵犯…领空, triggers.tsv flag charge) read as a
    judgement too: in a speaker's words it is the speaker's charge against the one who acts,
    as 侵犯…主权 is; with no speaker the judgement gives nothing and the act stays alone."""
    return replace(
        trig,
        predicate=predicates()["criticises"],
        objects=frozenset({"speaker"}),
        flags=frozenset({"utterance"}),
    )


def _as_smear(trig: Trigger) -> Trigger:
    """A smear (抹黑, 污蔑, 诬蔑: triggers.tsv flag smear), a judgement of its speaker's, read as
    an act too: the smearer criticises the one it names right after it or after 对 (七国集团…
    蓄意诬蔑抹黑中国; 美方…对中方进行污蔑抹黑), as 诋毁 does; with nobody named there it gives
    nothing, and the speaker's judgement stays."""
    return replace(trig, objects=frozenset({"after", "to"}), gap=1, flags=frozenset({"smearer"}))


def _sufferers_charge(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    action: Action,
    mentions: list[Mention],
    discourse: Discourse,
) -> Action | None:
    """王毅表示,美方…围堵打压中国; 德国外交部表示,格鲁吉亚领导层…对…德国…进行煽动性攻击: an act
    that is a wrong by its very name (triggers.tsv flag suffered), told as done in the words of
    a speaker of the side it is done to, is also that speaker's charge against the one who does
    it (GUIDELINES: the words are themselves the accusation). An armed attack so told is a fact
    reported (乌方表示,俄军袭击了…), and the words of a third side, or of a university, company
    or media outlet, charge no one here."""
    trig = action.trigger
    if "suffered" not in trig.flags or trig.event_type == "ASSAULT":
        return None
    if action.status != "asserted":
        return None  # 如果美方打压中国…: a deed supposed, or only feared, is no charge made
    speaker = _speaker_in_sentence(text, clauses, index, pos, mentions) or discourse.speaker(pos)
    if speaker is None or _private_body(speaker) or speaker.end > pos:
        return None
    if not _same_side(speaker, action.object) or _same_side(speaker, action.subject):
        return None
    start = speaker.end if speaker.start >= clauses[0].start else clauses[0].start
    if any(
        start <= m.start and m.end <= _front(action.subject)
        for m in mentions
        if not _same_side(m, speaker) and not _same_side(m, action.subject)
    ):
        return None  # 外交部指出,感谢美方关切中国打压台湾: 美方's concern tells of it, not 外交部
    confidence = _confidence(speaker, action.subject, "speaker", False)
    return Action(speaker, action.subject, _as_charge(trig), pos, "asserted", confidence, "speaker")


_VERBAL_TYPES: Final = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "PROTEST"})


def _triggers_at(text: str, pos: int) -> Iterator[Trigger]:
    """The triggers of two to four letters that start at ``pos``, shortest first."""
    for length in (2, 3, 4):
        trig = trigger_for(text[pos : pos + length])
        if trig is not None:
            yield trig


def _triggers_in(stretch: str) -> Iterator[Trigger]:
    """The triggers a stretch names, in order (the matches of trigger_pattern that are one)."""
    for match in trigger_pattern().finditer(stretch):
        trig = trigger_for(match.group())
        if trig is not None:
            yield trig


def _said_at(text: str, pos: int) -> bool:
    """Whether a statement verb or a speech act (批评, 呼吁, 表态…) starts at ``pos``."""
    if text.startswith((*speech_verbs(), *words("said_together")), pos):
        return True
    return any(trig.event_type in _VERBAL_TYPES for trig in _triggers_at(text, pos))


def _causative_at(text: str, pos: int) -> bool:
    """Whether a causative word (推动, 促使: triggers.tsv causative) starts at ``pos``: it makes
    someone act, nothing is said (愿同巴西一道,|推动金砖机制取得更大成功)."""
    return any("causative" in trig.flags for trig in _triggers_at(text, pos))


def _broken(text: str, pos: int) -> bool:
    """A breach word (words.tsv breach), with or without 了, stands right before ``pos``
    (违反|协议, 违背了|协定, 破坏|停火协议)."""
    before = text[max(0, pos - 5) : pos].rstrip("”」』").removesuffix("了")
    return before.endswith(words("breach"))  # (「蓄意违反」停火协议: a quoted breach too)


def _meeting_arranged(text: str, pos: int, stop: int) -> bool:
    """经双方商定,…将于9月28日举行对话; 中方与塔利班商定在杜哈举行会面: an arranging verb
    (words.tsv arranging) opened by 经 in its clause, or followed in it by a meeting word
    (words.tsv meeting_arranged), settles when and where sides meet.

    Why: the golds read such a sentence as the meeting intended (CONSULT, from the meeting's
    own trigger), never as an agreement reached (the round's qi set, 经双方商定 three times;
    audit34 ye, 商定在杜哈举行会面)."""
    opened = text[after_last_mark(_CLAUSE_OPENS_AFTER, text, pos) : pos]
    if opened.startswith("经") and not has_verb(opened[1:]):
        return True  # (经过三天谈判|双方商定停火: 经 opens the talks that led to a deal)
    after = text[stop : first_mark(_CLAUSE_STOPS_AFTER, text, stop, len(text))]
    return any(w in after for w in words("meeting_arranged"))


def _deal_kept(text: str, pos: int) -> bool:
    """A word of keeping or breaking a deal (words.tsv keep_deal, breach) stands in the few
    characters of the clause before the deal noun at ``pos`` (履行|协议, 履行其在伊核|协议下的
    承诺, 违背了伊核|协议: _broken reads only the words right before it).

    Why: who keeps or carries out a deal is one of its parties; the others are not named
    there, and the actors listed as keeping it (英法德3国重申会履行协议, 这些国家未能履行
    其在伊核协议下的承诺) are one side of it, not partners of each other (audit34 ya, the
    round's qh set)."""
    before = text[max(0, pos - 6) : pos]
    before = before[max(before.rfind(c) for c in _CLAUSE_MARKS) + 1 :]
    return any(w in before for w in (*words("keep_deal"), *words("breach")))


def _gap_does_more(text: str, start: int, end: int) -> bool:
    """Whether the gap of a split trigger flagged qualified holds more than words that qualify
    it: a trigger of its own (宣布|接受埃及提出的|停火方案) or a coverb that names a partner
    (宣布|与哈马斯|停火), which the plain trigger after it reads."""
    gap = text[start:end]
    return trigger_pattern().search(text, start, end) is not None or any(
        gap.find(coverb) != -1 for coverb in words("partner_coverb")
    )


def _deal_inside(text: str, start: int, end: int) -> list[tuple[int, Trigger]]:
    """退出与伊朗达成的核协议, 取消与法国签署的合同: the deal a split trigger ends was reached
    with a partner, and that agreement is an event of its own (a relative 达成的/签署的)."""
    deals = []
    for match in trigger_pattern().finditer(text, start, end):
        trig = trigger_for(match.group())
        if (
            trig is not None
            and trig.event_type == "AGREE"
            and "with" in trig.objects
            and text.startswith("的", match.end())
        ):
            deals.append((match.start(), trig))
    return deals


# What a Discourse answers when it is told nothing (Discourse(): no article around the sentence):
# nobody, no one, never; and a speaker speaks alone. (Functions, not the lambdas they were, for
# Discourse's own __init__; their parameters are untyped objects, as the lambdas' were: compiled,
# a typed one would check what it is given.)


def _nobody(*_: object) -> None:
    return None


def _no_one(*_: object) -> list[Any]:
    return []


def _never(*_: object) -> bool:
    return False


def _no_co_speakers(speaker: Any) -> list[Mention]:
    return [speaker]


@dataclass(init=False)
class Discourse:
    """What the article around a sentence tells the action stage.

    ``summit_pair`` turns a summit nickname (金特会) into the two leaders it names;
    ``counterpart`` gives the actor an earlier sentence opposed to a subject (美国宣布加征关税。
    中方对此坚决反对 → 美国); ``asked`` the actor whose act the question an answer answers
    reports (问:立陶宛宣布…。中方有何反应? 答:中方…); ``speaker`` gives who says the words at
    an offset (the speaker of a quotation, or of the statement the sentence continues);
    ``called_off`` whether the last event a subject's side took part in was its own act, said
    not to happen (山口那津男将延期访华); ``foe`` the other side of the last fight a side's side
    was in (a truce offered with nobody named is with it, not with whom the side last met);
    ``author`` who made the statement a judge refers back to (欧洲官员说,…。克里姆林宫称这种说法
    荒唐可笑 → 欧洲官员: the speaker before, not of the judge's side).
    """

    summit_pair: Callable[[str], tuple[Actor, Actor] | None] = _nobody
    counterpart: Callable[[Mention, int, Trigger], Mention | None] = _nobody
    agent: Callable[[str], Mention | None] = _nobody
    agents: Callable[[str], list[Mention]] = _no_one
    speaker: Callable[[int], Mention | None] = _nobody
    co_speakers: Callable[[Mention], list[Mention]] = _no_co_speakers
    act: Callable[[str], tuple[Mention, Mention] | None] = _nobody
    sides: Callable[..., tuple[Mention, Mention] | None] = _nobody
    body: Callable[[int], Mention | None] = _nobody
    askers: Callable[[], list[tuple[Mention, Mention]]] = _no_one
    pair: Callable[[str], tuple[Mention, Mention] | None] = _nobody
    doer: Callable[[Mention], Mention | None] = _nobody
    partners: Callable[[Mention], list[Mention]] = _no_one
    asked: Callable[[Mention], Mention | None] = _nobody
    called_off: Callable[[Mention], bool] = _never
    foe: Callable[[Mention], Mention | None] = _nobody
    author: Callable[[Mention], Mention | None] = _nobody
    accuser: Callable[[Mention], Mention | None] = _nobody

    def __init__(
        self,
        summit_pair: Callable[[str], tuple[Actor, Actor] | None] = _nobody,
        counterpart: Callable[[Mention, int, Trigger], Mention | None] = _nobody,
        agent: Callable[[str], Mention | None] = _nobody,
        agents: Callable[[str], list[Mention]] = _no_one,
        speaker: Callable[[int], Mention | None] = _nobody,
        co_speakers: Callable[[Mention], list[Mention]] = _no_co_speakers,
        act: Callable[[str], tuple[Mention, Mention] | None] = _nobody,
        sides: Callable[..., tuple[Mention, Mention] | None] = _nobody,
        body: Callable[[int], Mention | None] = _nobody,
        askers: Callable[[], list[tuple[Mention, Mention]]] = _no_one,
        pair: Callable[[str], tuple[Mention, Mention] | None] = _nobody,
        doer: Callable[[Mention], Mention | None] = _nobody,
        partners: Callable[[Mention], list[Mention]] = _no_one,
        asked: Callable[[Mention], Mention | None] = _nobody,
        called_off: Callable[[Mention], bool] = _never,
        foe: Callable[[Mention], Mention | None] = _nobody,
        author: Callable[[Mention], Mention | None] = _nobody,
        accuser: Callable[[Mention], Mention | None] = _nobody,
    ) -> None:
        # (written out, as Action's: compiled, mypyc makes it a C function; the one dataclasses
        # writes runs in the interpreter, 3,200 times a Terminus build)
        self.summit_pair = summit_pair
        self.counterpart = counterpart
        self.agent = agent
        self.agents = agents
        self.speaker = speaker
        self.co_speakers = co_speakers
        self.act = act
        self.sides = sides
        self.body = body
        self.askers = askers
        self.pair = pair
        self.doer = doer
        self.partners = partners
        self.asked = asked
        self.called_off = called_off
        self.foe = foe
        self.author = author
        self.accuser = accuser


# a bracket that explains a term (破坏多边主义(即在机构内部集体达成协议)): what it names is done
# by nobody
_TERM_GLOSS: Final = re.compile(r"\((?:即|也就是|亦即)[^()]{1,80}\)")


def without_appositions(text: str, mentions: list[Mention]) -> list[Mention]:
    """One side named twice in a row is one mention: a descriptor read as an actor right
    before the name of the group it describes (叛军|组织|M23: words.tsv descriptor_link), and
    the bracketed short name after a full one (“3月23日运动”|(|M23))."""
    dropped: set[int] = set()
    named: dict[int, Mention] = {}
    for first, second in zip(mentions, mentions[1:], strict=False):
        link = text[first.end : _front(second)]
        if (
            (first.via == "coref" or _country_group(first))
            and second.via == "gazetteer"
            and second.actor.type in {"Group", "Organization"}
            and (link.rstrip(_QUOTES) in words("descriptor_link") or not link.rstrip(_QUOTES))
        ):  # 叛军组织M23: the group, named from where its descriptor begins
            dropped.add(id(first))
            named[id(second)] = replace(second, start=first.start)
        elif first.actor.key == second.actor.key and link.lstrip(_QUOTES) in {"(", "（"}:
            dropped.add(id(second))  # “3月23日运动”(M23): the name again, inside the first
            if text[second.end : second.end + 1] in {")", "）"}:
                named[id(first)] = replace(named.get(id(first), first), end=second.end + 1)
    if not dropped:
        return mentions
    return [named.get(id(m), m) for m in mentions if id(m) not in dropped]


_QUOTES: Final = "“”「」『』\"'"


def _country_group(mention: Mention) -> bool:
    """民主刚果|叛军: a group composed of a country and a group noun (words of kind group in
    institutions.tsv), which describes the named group after it as 叛军 alone does
    (民主刚果叛军|团体「3月23日运动」: M23), not a group of its own."""
    actor = mention.actor
    return (
        actor.type == "Group"
        and actor.country is not None
        and actor.key.startswith(f"{actor.country}_")
    )


def _glosses(text: str, clauses: list[Clause]) -> list[tuple[int, int]]:
    if not clauses or "(" not in text[clauses[0].start : clauses[-1].end]:
        return []
    return [m.span() for m in _TERM_GLOSS.finditer(text, clauses[0].start, clauses[-1].end)]


def find_actions(
    text: str,
    clauses: list[Clause],
    mentions: list[Mention],
    blocked: Sequence[tuple[int, int]] = (),
    summit_actors: Callable[[str], tuple[Actor, Actor] | None] | None = None,
    discourse: Discourse | None = None,
) -> Iterator[Action]:
    """Every action in one sentence (``clauses`` in order, ``mentions`` in text order).

    ``discourse`` supplies what lies outside the sentence (summit nicknames, the counterpart
    of a response, the speaker of a quotation); ``summit_actors`` is the older way to give the
    first of these.

    Every action comes from a trigger that find_triggers finds in a clause (the drills of
    _exercises_against are actions found so): the triggers of each clause are found first,
    and a sentence with none (read for a title, or a word that is a look-alike or blocked
    where it stands: 586 of the 3,132 Terminus sentences that reach this stage) returns
    before the names, appositions and leads of its mentions are worked out for nothing.
    """
    if discourse is None:
        discourse = Discourse()
    if summit_actors is not None:
        discourse.summit_pair = summit_actors
    _TEXT["text"] = text
    in_clauses = [find_triggers(text, clause.start, clause.end) for clause in clauses]
    if not any(in_clauses):
        return  # every action is a trigger's (see the docstring): none, so nothing to read
    spans = [(m.start, m.end) for m in mentions] + list(blocked) + _law_names(text, clauses)
    spans += _initiative_names(text, clauses, mentions)
    spans += _glosses(text, clauses)
    mentions = [m for m in mentions if not _scene(text, m)]
    mentions = without_appositions(text, mentions)
    if _case_name_near(text, mentions):  # 所谓“中国间谍”案: a case named in quotation marks
        mentions = [m for m in mentions if not _in_case_name(text, m)]
    leads = {end: start for start, end in blocked}
    mentions = [_with_lead(m, leads) for m in mentions]
    targets: set[int] = set()
    done: list[Action] = []
    asked = warned = aimed = False
    for index, clause in enumerate(clauses):
        requested_from = None  # 敦促美国对俄实施制裁: what is asked for is not (yet) an event
        asked_starts: set[int] = set()  # whom the clause's demands ask (要求|其|驱逐…)
        opposed = False  # 反对驱逐…: what is opposed is neither done nor proposed
        opens_aim = asked and opens_with(text, clause.start, "purpose")
        if asked and (
            opens_aim
            or (aimed and not _opens_own_move(text, clause, mentions))
            or _opens_with_easing(text, clause)
            or _opens_with_partner(text, clause, mentions)
        ):  # 呼吁北京施压,让莫斯科撤军; 敦促美方纠正错误,停止对…的打压; 呼吁北京停止施压,转而
            requested_from = clause.start  # 与台北对话: asked for too; 敦促双方恢复谈判,以达成
            # 协议,|最终停止敌对行动: the aim goes on in a clause with no subject of its own
        aimed = requested_from is not None and (opens_aim or aimed)
        if warned and _words_in(text, clause, "consequence"):
            requested_from = clause.start  # 警告美国,无条件支持以色列将导致…: what it warns of
        threatened_from = None
        proposed_from = None  # 呼吁与俄罗斯举行和谈: the subject's own act, proposed
        in_clause: list[Action] = []
        basis = _basis_opener(text, clause) is not None
        here = _past_straddled_names(text, clause, in_clauses[index], spans)
        for pos, trig in here:
            if any(s <= pos < e for s, e in spans):
                continue
            if basis and not isinstance(trig, str) and trig.word in _DEAL_NOUNS:
                continue  # 将依据核协议中的机制,…: the deal an act rests on is a thing
            word = trig if isinstance(trig, str) else trig.word
            if text[max(clause.start, pos - 2) : pos].endswith(words("refusal")) and not (
                not isinstance(trig, str)
                and (trig.event_type == "RETREAT" or "withdrawal" in trig.flags)
            ):  # (拒不释放人质, 拒绝撤出: the release or withdrawal refused is negated, as
                continue  # 拒绝从…撤军 is) 拒绝承认马杜罗: the refusal is the event
            flags = frozenset() if isinstance(trig, str) else trig.flags
            if not isinstance(trig, str) and _judgement(trig) and _ended(text, clause, pos):
                flags = flags | {"judgement"}  # 日方应停止|错误言行: judged, whatever is owed
            if not isinstance(trig, str) and _owned_plan_end(text, pos + len(word), trig, mentions):
                flags = flags | {"owned_plan"}  # 谴责|美国|的计划: the plan is 美国's, not this act
            opened = _status_opened(text, clauses, index, pos, pos + len(word), mentions, flags)
            owned = not isinstance(trig, str) and _owned_nominal(text, clause, pos, trig, mentions)
            if owned and not _means_only(text, clause, pos, pos + len(word), mentions):
                opened = "asserted"  # 不接受美国对中国的指责: the accusation was made
            if opened is None:
                continue
            if isinstance(trig, str):
                status = _settled(
                    text, clauses, index, pos, pos + len(word), mentions, flags, opened
                )
                in_clause.extend(_summit(trig, pos, status, discourse.summit_pair))  # type: ignore[arg-type]
                continue
            if trig.event_type == "THREATEN" and _countered_threat(text, clause, pos):
                continue  # 以对抗朝鲜的核威胁: a threat met, the noun of someone else's act
            if "posed" in trig.flags and _posed_threat(text, clause, pos):
                continue  # 对韩国构成严重威胁, 不是对日本的威胁: what someone is, no threat made
            if trig.event_type == "ASSAULT" and _rehearsed(text, clause, pos, pos + len(word)):
                continue  # 模拟对韩国的核袭击: an attack a drill rehearses is no attack
            if trig.predicate.name == "tradesWith" and _goods_described(text, clause, pos, word):
                continue  # 对进口自中国的钢铁征收反倾销税: the goods a measure hits, no trade
            if word in words("purchase") and _land_bought(mentions, pos + len(word)):
                continue  # 美方购买格陵兰岛: the territory is what is bought, no trade partner
            if trig.event_type == "THREATEN" and _measures_lift(text, clauses, index, pos, trig):
                continue  # 将采取必要措施,暂停或取消…反制措施: the measures lift others
            if "announced" in trig.flags and _measures_taken(text, clauses[0].start, pos):
                continue  # 中方依法采取必要措施「无可非议」: measures taken threaten nobody
            if _inside_contrast(text, clause, pos):
                continue  # 与各方对话协商解决问题的努力背道而驰: an effort set against, not done
            if word == "共识" and _idle_consensus(text, clause, pos, mentions):
                continue  # 按照两国元首重要共识, 凝聚共识: a consensus named, none reached or kept
            if trig.event_type == "COOPERATE" and _scope_of_cooperation(text, pos + len(word)):
                continue  # 从中日经贸合作大局出发, 广阔的合作空间: a frame, no act of cooperation
            if trig.event_type == "COOPERATE" and _banned_in_clause(text, clause, pos):
                continue  # 禁止中国境内的组织、个人与其进行交易、合作: banned, not done
            if _talked_about(text, pos, trig, here):
                continue  # 暂停有关停火的对话: the ceasefire is what the talks are about
            if trig.predicate.name == "endsCooperationWith" and _broken_off_before(text, pos):
                continue  # 恢复中断三年的对话: talks that broke off describe the talks resumed
            if _judged_practice(text, clause, pos, trig, here, mentions):
                continue  # 指出制裁施压无助于解决问题: a practice judged, nobody's act
            if trig.event_type not in SYMMETRIC_TYPES and _practice_said_of(
                text, pos, pos + len(word), mentions
            ):
                continue  # 表示,|空袭是以…为目标: the act a statement is about, nobody's
            if text.endswith(words("unnamed_agent"), clause.start, pos) and not (
                "speaker" in trig.objects and text.endswith(words("states_concerned"), 0, pos)
            ):
                continue  # 应无视他国施加的政治压力: done by others no name tells (but
                # 有关国家|应当…: the states concerned are asked, extract.py names them)
            pending = isinstance(opened, _Undecided) and _status_only_carried(trig)
            on_demand = (
                None
                if pending or not isinstance(opened, _Undecided) or not _status_asked_for(trig)
                else _StatusAsked(text, clauses, index, pos, trig, mentions, flags, opened)
            )
            if pending or on_demand is not None:
                status = _PENDING
            else:
                status = _final_status(text, clauses, index, pos, trig, mentions, flags, opened)
            found = list(
                _actions_for(
                    text,
                    clauses,
                    index,
                    pos,
                    trig,
                    mentions,
                    status,
                    targets,
                    done,
                    discourse,
                    on_demand,
                )
            )
            if pending and (found or text[pos - 1 : pos] == "、"):  # (、: _listed_after reads it)
                status = _settled(
                    text, clauses, index, pos, pos + len(word), mentions, flags, opened
                )
                found = [_with_status(a, status) if a.status == _PENDING else a for a in found]  # type: ignore[arg-type]
            elif on_demand is not None and (found or text[pos - 1 : pos] == "、"):
                status = on_demand.status()
                found = [_with_status(a, status) if a.status == _PENDING else a for a in found]  # type: ignore[arg-type]
            if found and "wish" in trig.flags and _own_side_paired(text, clause, found, mentions):
                found = []  # 美方期望拜登和习近平…通话: a joint act wished, nothing asked
            if found and "occasion" in trig.flags:
                found = [a for a in found if not _forum_met(a)]  # 出席G20峰会: no one meets G20
            found += _included_targets(text, clauses, index, found, mentions)
            mirrors: set[int] = set()
            if found and trig.word.startswith(_EACH_OTHER_WORDS) and "mutual" in trig.flags:
                back = _reciprocated(found)  # 蒙方愿同中方在国际舞台上相互支持: both ways
                mirrors = {id(a) for a in back}
                found += back
            if not found and requested_from is not None and pos >= requested_from:
                found = _sanctions_on_asker(text, clause, pos, trig, in_clause, mentions)
            if text[pos - 1 : pos] == "、":  # 对中方的各种指责、污蔑: the listed noun shares
                found = _listed_after(in_clause, pos, trig, status) or found  # type: ignore[arg-type] # its object
            nominal = text[pos - 1 : pos] == "的"  # 美方的威胁毫无意义: a noun governs nothing
            proposed = not found and _joint_act_proposed(
                text, clause, pos + len(word), trig, mentions
            )
            if proposed and proposed_from is None:
                proposed_from = pos + len(word)
            if (
                not found
                and _governs_content(trig)
                and "speaker" not in trig.objects
                and "causative" not in trig.flags  # 推动美苏达成共识: it asked nobody
                and not nominal
                and not proposed
                and _joined_verb_at(text, pos + len(word), clause.end) is None
            ):
                # 呼吁在以色列和黎巴嫩边境停火: what an appeal asks for is no act of its own,
                # even when whom it asks is not named
                requested_from = pos + len(word) if requested_from is None else requested_from
                opposed = opposed or trig.event_type != "REQUEST"
            if found and _threat_foretold(text, clause, pos + len(word), trig):
                continue  # 普京必须为侵略付出代价: the speaker threatens, demands nothing
            for action in found:
                if _they_on_each_other(action):
                    continue  # 他们仍致力于达成外交解决方案: they act together, not on each other
                if _doer_among_targets(action, mentions):
                    continue  # 三国发出强烈警告,称他们不会容忍…挑衅: no member blames its own group
                mirror = id(action) in mirrors  # (the reverse of a reciprocal act: no new target)
                if _cross_strait_field(text, action):
                    continue  # 促进两岸正常、健康交流往来: a field of policy, no contact made
                if _doer_of_aim(text, action):
                    continue  # 加强外交努力,以确保|以色列军队…撤军: an aim, not done
                if _charged_backing(text, clause, action):
                    continue  # 指责卢旺达支持M23: the backing is what the charge says, no act told
                if _charge_goes_on(text, clauses, index, action, mentions):
                    continue  # 指责南非推行…政策,并支持哈马斯: the charge goes on, no act told
                if "pretext" not in trig.objects and _reason_of_other_act(
                    text, clause, pos, mentions, action.subject
                ):
                    continue  # 以向俄罗斯提供无人机为由制裁…: the one sanctioned supplied them
                refusal = _as_refusal(text, clause, action)
                if refusal is not action and _refused_by_partners(text, refusal):
                    continue  # 日本和丹麦均未答应其请求: both refuse a third, not each other
                action = _suit_as_complaint(refusal)
                if _easing_ruled_out(text, clause, action):
                    continue  # 不会放松对朝制裁: the sanctions stay, nothing is conceded
                if proposed_from is not None and pos >= proposed_from:
                    if action.status == "asserted":
                        action = _with_status(action, "intended")
                if action.status == "asserted" and _sought_in_talks(text, pos + len(word), trig):
                    action = _with_status(action, "intended")  # 建交谈判: sought, not done
                reached = action.frame == "compound" and _talks_reached(text, pos, word)
                if reached:  # 落实中美元首会晤达成的共识: the talks and the deal took place
                    action = _with_status(action, "asserted")
                if action.frame == "compound" and action.status == "intended":
                    action = _with_status(action, _nominal_status(text, clause, action))
                if action.status == "intended" and _war_settled_with(text, clause, action, pos):
                    action = _with_status(action, "asserted")  # 解决与乌克兰的冲突: fought
                if action.status == "intended" and _war_named(text, clause, action, pos):
                    action = _with_status(action, "asserted")  # 推动俄乌战争达成和平: fought
                if action.status == "intended" and _agreed_to(text, clause, action, pos, mentions):
                    action = _with_status(action, "asserted")  # 双方同意立即停火: agreed
                if action.frame == "ba" or _ba_verb_before(text, clause, pos, pos + len(word)):
                    # 将伊朗列入制裁名单, 将…外交官列为不受欢迎的人: this 将 is 把, not "will"
                    status = _status(
                        text, clauses, index, pos, pos + len(word), mentions, flags | {"ba"}
                    )
                    action = _with_status(action, status or action.status)
                if _ended_act(text, clause, action):  # 希望…结束战争, 如果取消对韩国的出口
                    action = _with_status(action, "asserted")  # 管制: it goes on
                if action.status in _ANSWER_DENIED and _answered_ask(text, clause, pos, action):
                    action = _with_status(action, "asserted")  # 没有响应|中国的呼吁: made
                invited = action.frame == "passive" and (
                    "invitation" in trig.flags or _honoured(action)
                )  # (满足了|美方更多要求,|将…移交给美国: who met the demand acts on)
                # (三国发表联合声明,…: a group word whose members act on each other stays a subject)
                joint = action.subject.start == action.object.start and _group_word(action)
                if action.frame != "focus" and not invited and not joint and not mirror:
                    # an implied side (斡旋), or who is invited, may act later
                    targets.add(action.object.start)
                if (
                    threatened_from is not None
                    and pos > threatened_from
                    and not _stopped_act(text, clause, pos, trig)  # (警告伊朗停止支持…: it goes on)
                ):
                    continue  # 威胁对尼日尔动武: what is threatened is not (yet) an act
                judged = "judgement" in flags and not opposed  # (反对|霸权主义: what is opposed)
                if requested_from is not None and pos >= requested_from and judged:
                    pass  # 美方应停止|霸凌行径: the words judge the one asked, they ask nothing
                elif reached:
                    pass  # 敦促美方落实中美元首会晤达成的共识: what is asked presupposes them
                elif action.frame == "presupposed":
                    pass  # 要求美国解除制裁: the sanctions asked to go exist already
                elif requested_from is not None and pos >= requested_from:
                    if action.frame == "envoy":
                        pass  # 要求美国大使离境: ordering envoys out is the expulsion itself
                    elif "envoy" in action.trigger.objects and opposed:
                        continue  # 反对驱逐巴勒斯坦人: an expulsion opposed is nobody's act
                    elif "envoy" in action.trigger.objects and action.subject.start in asked_starts:
                        continue  # 要求其驱逐来自中国…的人员: what the one asked should do
                    elif "envoy" in action.trigger.objects:
                        # 呼吁驱逐中国外交官: an expulsion called for is proposed, not done
                        action = _with_status(action, "intended")
                    elif (
                        _existing_measure(text, action, pos, mentions)
                        or _stopped_act(text, clause, pos, trig)
                    ) and not _asker_named_before(text, action, pos):
                        action = _with_status(action, "asserted")  # it exists already
                    elif owned and _owner_of_nominal(text, action, requested_from, pos, mentions):
                        # 呼吁安理会谴责|以色列对叙利亚的袭击: what is asked is about an act
                        action = _with_status(action, "asserted")  # its owner made
                    elif "是" not in text[requested_from:pos]:
                        continue  # (…的要求是不可接受的: the demand was a noun, it ended)
                joiner = _joiner_of_measure(text, clause, action, mentions)
                if joiner is not None:  # 塞尔维亚拒绝加入|欧盟对俄制裁: the measure exists; the
                    in_clause.append(replace(action, subject=joiner))  # joiner's part is refused
                    action = _with_status(action, "asserted")
                if (
                    _governs_content(trig)
                    and not _honoured(action)
                    and _joined_verb_at(text, pos + len(word), clause.end) is None
                ):  # (反对|并要求…: the second verb is the subject's own act, not what is opposed)
                    # what is asked for follows the demand and whom
                    requested_from = max(action.object.end, pos + len(word))  # it asks (向X…)
                    asked_starts.add(action.object.start)
                    opposed = False  # 反对美国驱逐…: the one opposed does it (left as it was)
                    if trig.event_type == "THREATEN":
                        threatened_from = pos
                done.append(action)
                in_clause.append(action)
                charge = _sufferers_charge(text, clauses, index, pos, action, mentions, discourse)
                if charge is not None:  # 王毅表示,美方…围堵打压中国: 王毅 charges 美方 as well
                    in_clause.append(charge)
                in_clause.extend(_thanked_for_aid(text, clause, action, mentions))
                in_clause.extend(_defied_warning(action))
                in_clause.extend(_rebutted_charge(text, action))
                if _postponed(text, clauses, index, action):  # 访华计划必须延后到明年: not held
                    # now, still planned (before the negated act, which stays the last one told)
                    in_clause.insert(len(in_clause) - 1, _with_status(action, "intended"))
                refused = _refused_contact(text, clause, action)
                if refused is not None:  # 不会与韩国坐下来面对面: a refusal (and no meeting)
                    in_clause.append(refused)
                threat = _ultimatum(text, clauses[0].start, clause, action, discourse)
                if threat is not None:  # 除非…,否则将对中国实施制裁: a threat made now
                    in_clause.append(threat)
        asked = requested_from is not None or (
            asked and not in_clause and not _opens_with_actor(text, clause, mentions)
        )  # 敦促美方,切实反省…,同时客观看待…,立即撤销制裁: a demand's list goes on
        warned = threatened_from is not None
        in_clause.extend(_joined_verb_acts(text, here, in_clause))
        if in_clause:  # (each filter keeps a subset: a clause with no action has none to sift)
            kept = _without_objects_of_verbs(text, in_clause, mentions)
            kept = _without_expulsion_demands(_without_lifters_sanctions(kept))
            kept = [a for a in kept if not _bid_to_join(text, a)]
            kept = [a for a in kept if not _against_own_territory(a) and not _come_to(text, a)]
            kept = _agreed_ceasefires(text, kept, mentions)
            yield from _one_per_act(_sanctions_left_standing(text, kept))
    yield from _exercises_against(text, mentions, done)
    yield from _aggression_resisted(text, mentions)


def _come_to(text: str, action: Action) -> bool:
    """来|华出席峰会: the place a coming names (words.tsv come_here) is where one goes, no doer;
    and 海维|来华时28岁: a person of no known country who comes (a student, a tourist) makes a
    private trip, no visit (访华 is a visit whoever makes it; 来华 is any coming)."""
    start = action.subject.start
    if start > 0 and text[start - 1 : action.subject.end] in words("come_here"):
        return True
    at = action.trigger_start
    subject = action.subject.actor
    return (
        text[at : at + 2] in words("come_here") and subject.type == "Person" and not subject.country
    )


def _against_own_territory(action: Action) -> bool:
    """中方敦促美方…收起借人权问题攻击抹黑香港的卑劣伎俩: a hostile act between a state and a
    territory it governs as a part of itself (ontology/territories.tsv), each side the polity
    or an organ of its government, is others' hostility told in the state's words, no event."""
    if action.trigger.event_type not in _HOSTILE:
        return False
    pair = (_government_side(action.subject.actor), _government_side(action.object.actor))
    governed = governed_territories()
    return pair in governed or (pair[1], pair[0]) in governed


def _government_side(actor: Actor) -> str | None:
    """The state or territory an actor stands for: itself, or the polity whose government an
    organ or an office-holder belongs to; None for parties, groups and private people, and for
    a person the gazetteer does not know (中联办谴责香港立法会议员|毛孟静: a legislator found by
    the pattern is no organ of the territory's government, and Beijing's charge against him an
    event)."""
    if actor.type in {"Country", "Region"}:
        return actor.key
    if actor.type == "Person" and not actor.known:
        return None
    return actor.country if actor.country and _state_part(actor) else None


def state_person(actor: Actor, titles: Iterable[str] = ()) -> bool:
    """Whether a person holds a post of a state's government (a leader, a minister, an
    official, an officer), who speaks for that state: one the gazetteer knows in such a post
    (_government_side), or one it does not know whom the article gives a country and such a
    title (``titles``: 以色列参谋总长|萨米)."""
    if actor.type != "Person":
        return False
    if actor.known:
        return _government_side(actor) is not None
    known = load_gazetteer().titles
    return bool(actor.country) and any(
        (title := known.get(t)) is not None and title.kind in _STATE_POSTS for t in titles
    )


# The status given to _actions_for while it is not settled: most triggers find no action, and
# the second part of _status (conditions, reservations, wishes that go on) is the dearer one.
_PENDING: Final = "<status pending>"


def _honoured(action: Action) -> bool:
    """俄乌两国应美国邀请|举行会谈, 在美方要求下|双方同意…: a request the sentence frames with
    应 or 在…下 was met; what follows it is done, not only asked for (its own status)."""
    return action.frame == "passive" and action.trigger.event_type == "REQUEST"


def _doer_of_aim(text: str, action: Action) -> bool:
    """以确保|以色列军队从边境城镇撤离, 以便|哈马斯释放人质: an act whose doer a word of aim
    (words.tsv aim) opens is what someone works for, not what the doer did; but a 针对 that
    opens its clause sets the topic a response answers, and the act it names is done
    (针对|美国对中国加征关税,中方…: the tariffs are laid)."""
    front = _front(action.subject)
    spoken = pronouns().get(action.subject.text)
    if spoken is not None and spoken.refers == "speaker":
        return False  # 要确保|我们有所准备: the speaker's own side, its own act
    if not closes_with(text, front, "aim") or _about_opens_clause(text, front):
        return False
    return action.frame != "compound"


_CLAUSE_OPENS_AFTER: Final = marks_before(",，。;；:：!?！？\n")


def _about_opens_clause(text: str, front: int) -> bool:
    """针对美国…: a 针对/对于/关于 right before ``front`` that opens its clause (a topic phrase)."""
    opener = next((w for w in _ABOUT_OPENERS if text.endswith(w, 0, front)), None)
    if opener is None:
        return False
    lead = text[after_last_mark(_CLAUSE_OPENS_AFTER, text, front - len(opener)) : front]
    return lead.lstrip(' “「"') == opener


def _broken_off_before(text: str, pos: int) -> bool:
    """中断的|和平谈判, 中断已久的对话, 中断了三年的合作: the two-character verb of a break
    (中断, 终止…) used as an attribute of the talks names no one who broke them off."""
    return _BROKEN_OFF.match(text, pos + 2) is not None


# what turns a verb of breaking off into an attribute: 的, after a span of time at most
_BROKEN_OFF: Final = re.compile(
    r"了?(?:已久|多年|许久|[0-9一二三四五六七八九十两数多半]+个?(?:年|月|周|天))?的"
)


def _final_status(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    trig: Trigger,
    mentions: list[Mention],
    flags,
    opened,
) -> str | None:
    """The status of an act whose status opened (_status_opened), as find_actions gives it to
    _actions_for: settled, and a visit welcomed or a cue of will inside a split trigger read."""
    status = _settled(text, clauses, index, pos, pos + len(trig.word), mentions, flags, opened)
    if status == "asserted" and _welcomed_visit(text, clauses, index, pos, trig, mentions):
        status = "intended"  # 欢迎习近平访美: a visit welcomed is one invited, to come
    if status == "asserted" and _will_inside_split(text, trig, mentions):
        status = "intended"  # 代表团|将于28日|前往多哈: the cue stands inside the trigger
    if status == "asserted":  # 取消…出访计划,|包括|克拉夫特访台之行: the part is called off
        status = _status_of_whole(text, clauses, index, pos, mentions) or status
    return status


_INCLUDED_LEAD: Final = ' ，,、：:“"「'


def _status_of_whole(
    text: str, clauses: list[Clause], index: int, pos: int, mentions: list[Mention]
) -> str | None:
    """美国国务院宣布取消所有官员本周出访计划,|包括|克拉夫特访台之行 (qi), 正寻求与美国深化合作,
    包括开放更多基地,|以及|扩大两国联合军演 (ud): an act in a clause a word of inclusion opens
    (words.tsv included_open; a next clause of the same list opens with included_more) is a
    part of what the clause before names, and is called off (negated) or planned (intended)
    as that whole is; None when the whole is reported done or the act is in no such clause."""
    at = index
    while at > 0:
        head = text[clauses[at].start : clauses[at].end].lstrip(_INCLUDED_LEAD)
        if head.startswith(words("included_open")):
            break
        if not head.startswith(words("included_more")):
            return None
        at -= 1
    else:
        return None
    if any(text.find(word, clauses[index].start, pos) != -1 for word in words("included_past")):
        return None  # 包括|去年12月|总统访印期间达成的框架: the part took place
    whole = clauses[at - 1]
    for word in words("called_off"):
        found = text.find(word, whole.start, whole.end)
        if found != -1 and any(
            text.find(plan, found, whole.end) != -1 for plan in words("called_off_plan")
        ):
            return "negated"  # 取消所有官员本周出访|计划
    kinds = set(_cues_between(text, whole.start, whole.end, mentions, whole.end))
    if "negated" in kinds:
        return "negated"
    if "intended" in kinds:
        return "intended"
    return None


def _status_asked_for(trig: Trigger) -> bool:
    """Whether _actions_for reads the status of ``trig``'s acts only where it asks for it
    (:class:`_StatusAsked`), the acts made with _PENDING till then: every act whose status is
    not only carried (_status_only_carried), so read in a path: a symmetric or mutual act,
    whose pairs it reads it for (no pairs when the negated act is attended, _attended) only
    once it has found them, and a judgement, whose judged actors it reads it for
    (_judgement_status: a verb of tolerating before one) only once it has found them. Most
    such triggers find no act (1,391 of Terminus's 1,608), and their status (_status_settled)
    was read for nothing."""
    return not _status_only_carried(trig)


class _StatusAsked:
    """The status of a trigger's acts (:func:`_final_status`), read the first time it is
    asked (by _actions_for, or by find_actions once an act is found), then kept."""

    def __init__(
        self,
        text: str,
        clauses: list[Clause],
        index: int,
        pos: int,
        trig: Trigger,
        mentions: list[Mention],
        flags,
        opened,
    ) -> None:
        self.text = text
        self.clauses = clauses
        self.index = index
        self.pos = pos
        self.trig = trig
        self.mentions = mentions
        self.flags = flags
        self.opened = opened
        self.known: list[str | None] = []

    def status(self) -> str | None:
        if not self.known:
            self.known.append(
                _final_status(
                    self.text,
                    self.clauses,
                    self.index,
                    self.pos,
                    self.trig,
                    self.mentions,
                    self.flags,
                    self.opened,
                )
            )
        return self.known[0]


def _negated_attended(
    text: str, clause: Clause, pos: int, status, on_demand: _StatusAsked | None
) -> bool:
    """Whether a symmetric act is negated and attended (_attended: no pairs), the status read
    from ``on_demand`` only where the act is attended and its status was not given."""
    if status == _PENDING and on_demand is not None:
        return _attended(text, clause, pos) and on_demand.status() == "negated"
    return status == "negated" and _attended(text, clause, pos)


def _status_only_carried(trig: Trigger) -> bool:
    """Whether _actions_for only carries the status it is given into the actions it makes,
    so that they may be made with _PENDING and be given the status after. Two of its paths
    read it: the pairs of a symmetric or mutual act (no pairs when the negated act is
    attended, _attended) and the judged actors of an evaluation (_judgement_status); the
    triggers that may take them are given their status first."""
    return (
        "speaker" not in trig.objects
        and trig.event_type not in SYMMETRIC_TYPES
        and "mutual" not in trig.flags
    )


def _past_straddled_names(text: str, clause: Clause, found: list, spans) -> list:
    """与何立峰|会面: a trigger that begins inside a name and runs past it (峰会 in 何立峰会面)
    is none, and it hid the one that begins where the name ends; the clause is read again from
    there to the next trigger. (Triggers that begin inside a name are skipped by the caller.)"""
    extra = []
    for at, (pos, trig) in enumerate(found):
        end = pos + len(trig if isinstance(trig, str) else trig.word)
        name_end = next((e for s, e in spans if s <= pos < e < end), None)
        if name_end is not None:
            stop = found[at + 1][0] if at + 1 < len(found) else clause.end
            extra.extend(find_triggers(text, name_end, max(stop, end)))
    return sorted(found + extra, key=lambda found_at: found_at[0]) if extra else found


def _words_in(text: str, clause: Clause, cls: str) -> bool:
    """Whether a word of a class of words.tsv stands in the clause."""
    return any(text.find(w, clause.start, clause.end) != -1 for w in words(cls))


#: :func:`_class_words`'s answers (a dict, not functools.lru_cache: a compiled call of a
#: cached function goes through Python's call protocol).
_CLASS_WORDS_MADE: Final[dict[str, re.Pattern[str]]] = {}


def _class_words(cls: str) -> re.Pattern[str]:
    """:func:`_make_class_words`, kept by its argument."""
    found = _CLASS_WORDS_MADE.get(cls)
    if found is None:
        found = _CLASS_WORDS_MADE[cls] = _make_class_words(cls)
    return found


def _make_class_words(cls: str) -> re.Pattern[str]:
    """A regex of the words of a class of words.tsv: one search tells whether any of them
    stands in a stretch (and where the first starts), where a find per word would run the
    whole class, and most stretches hold none."""
    return words_pattern(words(cls))


_INCLUDED: Final = re.compile(r"[\s,，]*(?:其中)?(?:包括了?|包含了?|有)[：:]?")
_INCLUDED_ACTS: Final = frozenset({"SANCTION", "COERCE"})


def _included_targets(
    text: str, clauses: list[Clause], index: int, found: list[Action], mentions: list[Mention]
) -> list[Action]:
    """禁止963名美国公民入境,其中包括美国副总统哈里斯: the people or bodies a clause opened by
    (其中)包括 lists after a measure's target are hit by it too, each of them; not one who only
    says whose (特鲁多的妻子: the wife, not 特鲁多)."""
    acts = [a for a in found if a.trigger.event_type in _INCLUDED_ACTS and a.frame != "focus"]
    if not acts or index + 1 >= len(clauses):
        return []
    nxt = clauses[index + 1]
    opening = _INCLUDED.match(text, nxt.start, nxt.end)
    if opening is None or not text[nxt.start : opening.end()].strip(" ,，").startswith(
        ("其中", "包")
    ):
        return []
    first = next((m for m in mentions if _front(m) >= opening.end()), None)
    if first is not None and _without_titles(text[opening.end() : _front(first)], 0):
        first = None  # 包括|国务卿|布林肯: only the posts of the first one listed between
    if first is None or first.via in {"place", "media"}:
        return []
    listed = [
        m for m in _with_coordinated(text, nxt, first, mentions) if text[m.end : m.end + 1] != "的"
    ]
    listed = listed + _posts_listed_on(text, listed, mentions)
    if any(a.subject.actor.key == m.actor.key for a in acts for m in listed):
        return []  # 许多国家对以色列实施制裁,其中包括南非…: the list names who acts
    extra = []
    for action in acts:
        for mention in listed:
            if mention.actor.key not in {action.object.actor.key, action.subject.actor.key}:
                extra.append(replace(action, object=mention, frame="after"))
    return extra


def _sought_in_talks(text: str, end: int, trig: Trigger) -> bool:
    """与中国进行建交谈判, 停火谈判: an act named right before talks (words.tsv talks) is what
    the talks seek; the talks are held, the act is only intended. Consent (同意) is no such
    act."""
    if trig.event_type == "CONSULT" or trig.predicate.name == "accepts":
        return False  # 双方同意谈判重回正轨: the consent to talks is given
    return opens_with(text, end, "talks")


def _thanked_for_aid(
    text: str, clause: Clause, action: Action, mentions: list[Mention]
) -> Iterator[Action]:
    """越方感谢中方长期以来给予的帮助和支持, 米莱感谢川普和贝森特给予的支持: the one thanked for
    the aid (support) it gave (words.tsv gratitude, aid_noun, support_noun) aided (supported) the
    one who thanks, with the thanks' status; a partner coordinated with it (川普和|贝森特) does not
    cut the phrase. 感谢中国对…南非…的帮助: the aid went to the one its 对-phrase names."""
    if not action.trigger.word.endswith(words("gratitude")):
        return
    giver, thanker = action.object, action.subject
    last = _with_coordinated(text, clause, giver, mentions)[-1]
    match = _thanked_aid_pattern().match(text, last.end, clause.end)
    if match is not None and not any(last.end < m.start < match.end() for m in mentions):
        yield from _given_in_thanks(giver, thanker, match.group(2), match.start(1), action)
        return
    for recipient, noun, at in _thanked_targets(text, clause, last.end, mentions):
        yield from _given_in_thanks(giver, recipient, noun, at, action)


def _given_in_thanks(
    giver: Mention, receiver: Mention, noun: str, at: int, action: Action
) -> Iterator[Action]:
    """The act a noun of thanks names (帮助: AID to the receiver's state; 支持: SUPPORT)."""
    aid = noun in words("aid_noun")
    if aid:
        receiver = _recipient_state(receiver)
    trig = trigger_for("援助" if aid else "支持")
    if trig is not None and not _same_side(giver, receiver):
        confidence = _confidence(giver, receiver, "relative", True)
        yield Action(giver, receiver, trig, at, action.status, confidence, "relative")


_THANKS_GAP = 6  # 感谢中方|长期以来|对…的支持: adverbs between the one thanked and its 对-phrase
_THANKS_JOINS: Final = frozenset({"", "和", "及", "以及", "与", "、"})


def _thanked_targets(
    text: str, clause: Clause, start: int, mentions: list[Mention]
) -> Iterator[tuple[Mention, str, int]]:
    """感谢中国对南非主办…峰会的支持和对包括南非在内非洲国家…的帮助: each 对-phrase of a chain
    right after the one thanked, closed by a noun of aid or support, and the first actor it
    names: (that actor, the noun, where the noun stands)."""
    cursor = start
    for match in _thanked_target_pattern().finditer(text, start, clause.end):
        gap = text[cursor : match.start()]
        first = cursor == start
        if first and (len(gap) > _THANKS_GAP or has_verb(gap) or "的" in gap):
            return
        if not first and gap not in _THANKS_JOINS:
            return
        if any(cursor <= m.start < match.start(1) for m in mentions):
            return  # 感谢中方|和|美国对…: another actor's phrase
        named = next((m for m in mentions if match.start(1) <= m.start < match.end(1)), None)
        if named is not None:
            yield named, match.group(2), match.start(2)
        cursor = match.end()


@lru_cache(maxsize=1)
def _thanked_target_pattern() -> re.Pattern[str]:
    """对南非主办…峰会的|支持: a 对-phrase closed by 的 and a noun of aid or support."""
    nouns = _given_nouns()
    stop = "，。,；;：:"
    return re.compile(rf"对([^{stop}对的]{{1,30}})的[^{stop}的对]{{0,4}}?({nouns})")


def _defied_warning(action: Action) -> Iterator[Action]:
    """不顾中方多次警告, 不顾美国反对, 无视朝方再三劝阻: what is defied was done; the one defied
    warned (opposed, dissuaded) the one who defies it (words.tsv defied_warning)."""
    word = action.trigger.word
    if action.status != "asserted" or action.trigger.predicate.name != "rejects":
        return
    if action.trigger.inner is None or not word.endswith(words("defied_warning")):
        return
    defied = next(w for w in words("defied_warning") if word.endswith(w))
    urged = defied in words("dissuasion")  # 不顾中方劝阻: the one defied asked, not warned
    act = trigger_for(defied) or trigger_for("劝告" if urged else "警告")  # (警示: no trigger)
    if act is not None:
        yield replace(action, subject=action.object, object=action.subject, trigger=act)


_CHARGE_MODIFIERS = 4  # 美方的|无端|指责, 杜鲁多的|所谓|指控: words between 的 and the charge


def _rebutted_charge(text: str, action: Action) -> Iterator[Action]:
    """印度否认杜鲁多的指控, 中方驳斥美方的无端指责: a charge denied or rebutted was made; its
    owner accuses the one who denies it (words.tsv charge_noun, after the owner's 的)."""
    if action.trigger.predicate.name != "rebuts" or action.frame != "after":
        return
    if action.status not in {"asserted", "negated"}:
        return  # (将驳斥…: no charge said to be made yet)
    at = action.object.end
    if not text.startswith("的", at):
        return
    reach = text[at + 1 : at + 1 + _CHARGE_MODIFIERS + 2]
    first = _first_charge(reach)
    if first > _CHARGE_MODIFIERS or any(c in _PUNCT or c in "、的" for c in reach[:first]):
        return
    charge = trigger_for("指控")
    if charge is not None:  # (未否认…: the charge was made all the same)
        yield replace(
            action,
            subject=action.object,
            object=action.subject,
            trigger=charge,
            status="asserted",
        )


def _first_charge(reach: str) -> int:
    """Where the first charge noun begins in ``reach`` (its length when none)."""
    found = [reach.find(noun) for noun in words("charge_noun") if noun in reach]
    return min(found) if found else len(reach)


def _recipient_state(mention: Mention) -> Mention:
    """越南外长范家谦…感谢中方给予的帮助: aid goes to the state of the person who thanks."""
    if mention.actor.type != "Person":
        return mention
    state = load_gazetteer().actors.get(mention.actor.country or "")
    if state is None or state.type != "Country":
        return mention
    return make_mention(state, state.label, mention.start, mention.end, mention.via)


def _given_nouns() -> str:
    """The nouns of what is given in thanks (words.tsv aid_noun, support_noun), as one regex
    alternation."""
    return "|".join(map(re.escape, words("aid_noun") + words("support_noun")))


@lru_cache(maxsize=1)
def _thanked_aid_pattern() -> re.Pattern[str]:
    """给予的帮助, 长期以来提供的军事援助, 给予的「支持: a relative of giving whose head names aid
    or support (group 2: the noun)."""
    nouns = _given_nouns()
    stop = "，。,；;：:"
    return re.compile(rf"[^{stop}]{{0,10}}?(给予|提供|给与)了?的[^{stop}的]{{0,8}}?({nouns})")


_RECIPIENT_COVERBS: Final = frozenset("向为给")


def _recipient_before(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention]
) -> Mention | None:
    """多国宣布向乌克兰提供军援,包括美国将再提供8亿美元…,英国承诺提供…: an aid with no
    recipient of its own goes to the one an aid of an earlier clause of the sentence goes to
    (向/为/给 X … an aid trigger)."""
    for clause in reversed(clauses[:index]):
        aids = [
            p
            for p, t in find_triggers(text, clause.start, clause.end)
            if not isinstance(t, str) and t.event_type == "AID"
        ]
        for mention in mentions:
            front = _front(mention)
            if not clause.start < front <= clause.end or text[front - 1] not in _RECIPIENT_COVERBS:
                continue
            if any(mention.end <= p for p in aids):
                return mention
    return None


def _countered_threat(text: str, clause: Clause, pos: int) -> bool:
    """应对朝鲜威胁, 对抗北韩核武与飞弹威胁: a threat after a verb that meets it (words.tsv
    counter), in one stretch without a break, is a noun: the one who meets it threatens nobody.
    Quote marks break no stretch (应对朝鲜核导“威胁”), as for a threat posed."""
    stretch = text[max(clause.start, pos - 12) : pos]
    cut = max((stretch.rfind(c) for c in _UNQUOTED_PUNCT), default=-1)
    return any(w in stretch[cut + 1 :] for w in words("counter"))


_POSE_REACH: Final = 8  # characters between a verb of posing and the threat (构成|前所未有的|威胁)
_COPULA_REACH: Final = 4  # characters between the 的 of 是…的 and the threat (是对日本的|最大|威胁)


_POSE_BREAKS: Final = _UNQUOTED_PUNCT  # (构成“独特和非同寻常的威胁”: quoted words go on)


def _unquoted_length(span: str) -> int:
    """构成“独特和非同寻常的|威胁: the length of a span without its quote marks, which quote the
    words of a judgement and add nothing to the distance between its verb and its noun."""
    return len(span) - sum(span.count(q) for q in _QUOTE_MARKS)


def _posed_threat(text: str, clause: Clause, pos: int) -> bool:
    """对韩国构成严重威胁, 给地区带来威胁, 中国从来不是对日本的威胁: a threat after a verb of
    posing (words.tsv pose), or after the 的 of a copula 是…的, in one stretch without a break,
    is a noun that judges what someone is: nobody threatens anyone; so is a threat hyped
    (渲染所谓的中国威胁: words.tsv hype). Quote marks neither break the stretch nor count."""
    stretch = text[max(clause.start, pos - 16) : pos]
    stretch = stretch[max((stretch.rfind(c) for c in _POSE_BREAKS), default=-1) + 1 :]
    for verb in words("pose") + words("hype"):
        at = stretch.rfind(verb)
        if at != -1 and _unquoted_length(stretch[at + len(verb) :]) <= _POSE_REACH:
            return True
    de = stretch.rfind("的")
    if de == -1 or len(stretch) - de - 1 > _COPULA_REACH:
        return False
    return "是" in _NOT_COPULA.sub("", stretch[:de].replace("不是", "是"))  # (不是…的威胁 too)


_WAR_OF: Final = re.compile(r"^(?:战争)?的?")  # 侵略|战争的|预演: the war a word of attack names


def _rehearsed(text: str, clause: Clause, pos: int, end: int) -> bool:
    """模拟对韩国的核袭击, 演练打击敌方目标: an attack after a word of rehearsing (words.tsv
    rehearsal) in one stretch without a break, or a fight a drill word follows (战争的预演:
    words.tsv rehearsal_after), is rehearsed, not made; so is one inside a 就-phrase whose
    sentence goes on with a drill (就突袭…据点,进行特殊作战训练: words.tsv drill_noun)."""
    stretch = text[max(clause.start, pos - 16) : pos]
    stretch = stretch[max((stretch.rfind(c) for c in _PUNCT), default=-1) + 1 :]
    if any(word in stretch for word in words("rehearsal")):
        return True
    if opens_with(_WAR_OF.sub("", text[end : end + 6]), 0, "rehearsal_after"):
        return True  # 美韩联合军演是侵略战争的预演, 北侵战争演习: the war is rehearsed, not fought
    at = stretch.rfind("就")
    if at == -1 or (at and stretch[at - 1] in _COVERB_BLOCKERS["就"]):
        return False
    stop = text.find("。", end)
    after = text[end : stop if stop != -1 else len(text)][:_DRILL_REACH]
    return any(word in after for word in words("drill_noun"))


_DRILL_REACH = 30  # characters after a rehearsed attack where the drill that holds it is named


_EXERCISES: Final = frozenset({"exercisesWith", "exercisesAgainst"})


def _joined_verb_at(text: str, end: int, limit: int) -> int | None:
    """坚决反对|并|要求中方停止…: where a verb that ends at ``end`` is joined (words.tsv
    joined_verb, then joined_manner words) to a second verb trigger, the second's position; the
    first has no object of its own and shares the second's."""
    joiner = word_at(text, end, "joined_verb") or None
    if joiner is None:
        return None
    at = end + len(joiner)
    manner = word_at(text, at, "joined_manner") or None
    while manner is not None:
        at += len(manner)
        manner = word_at(text, at, "joined_manner") or None
    limit = _sentence_end(text, at, limit)  # (the triggers of the rest of the article: not read)
    second = next((t for p, t in find_triggers(text, at, limit) if p == at), None)
    if second is None or isinstance(second, str) or not second.event_type:
        return None
    return at


# where a sentence (or a semicolon's half of one) ends: a second verb joined to the first, and
# the verb of talking about an issue, stand before any of these
_SENTENCE_STOPS: Final = "。；;！!？?\n"


def _sentence_end(text: str, start: int, limit: int) -> int:
    """The first sentence stop in ``text[start:limit]``, else ``limit``."""
    stops = (i for c in _SENTENCE_STOPS if (i := text.find(c, start, limit)) != -1)
    return min(stops, default=limit)


def _joined_verb_acts(
    text: str, here: Sequence[tuple[int, Trigger | str]], in_clause: Sequence[Action]
) -> list[Action]:
    """越南坚决反对并要求中方停止…, 美国谴责并制裁俄罗斯: a verb trigger that found no action
    of its own and is joined to a second verb that did (its subject acting on its object) is
    the same subject's act on the same object; a noun (…的谴责和制裁) is left alone."""
    own = {a.trigger_start for a in in_clause}
    joined: list[Action] = []
    for pos, trig in here:
        if isinstance(trig, str) or not trig.event_type or pos in own:
            continue
        if text[pos - 1 : pos] == "的":
            continue
        second = _joined_verb_at(text, pos + len(trig.word), len(text))
        if second is None:
            continue
        for action in in_clause:
            if action.trigger_start != second or action.subject.end > pos:
                continue
            if "inquiry" in trig.flags and _inquiry_follows(text, action.object.end, len(text)):
                continue  # 协助、支持美国政府相关调查活动: the inquiry is helped, the US supported
            joined.append(replace(action, trigger=trig, trigger_start=pos))
    return joined


_RESISTER_GAP: Final = 2  # characters between the one who resists and its verb (乌克兰|人民|抵御)
# adverbs of duration or effort between the one who resists and its verb (乌克兰|一直在|抵抗)
_RESIST_ADVERBS: Final = re.compile(
    r".{0,2}?(?:一直|仍然|仍|还|也|都|持续|继续|全力|奋力|英勇|坚决|正)+在?"
)
# a purpose clause whose verb is the resisting (提供武器|以|击退俄进攻, 援助乌克兰|来|抵御…)
_RESIST_PURPOSE: Final = ("用以", "用于", "以便", "以", "来")
_RECIPIENT_REACH: Final = 30  # characters between the recipient and the purpose marker


def _resisted_doer(text: str, pos: int, mentions: Sequence[Mention]) -> Mention | None:
    """抵抗|俄罗斯的|入侵, 击退|俄|进攻: the doer named right before an attack noun (words.tsv
    aggression) that a verb of resisting (words.tsv resist) governs; the noun is that doer's
    act against the one who resists, and no act of the clause's subject."""
    doer = next((m for m in mentions if m.end in (pos, pos - 1) and m.end <= pos), None)
    if doer is None or (doer.end == pos - 1 and text[doer.end] != "的"):
        return None
    front = _front(doer)
    return doer if any(text.endswith(w, 0, front) for w in words("resist")) else None


def _after_doer(text: str, end: int, mentions: Sequence[Mention]) -> int:
    """Where the noun after the doer named at ``end`` starts (击退|俄|进攻, 抵御|俄罗斯的|侵略);
    ``end`` itself when no actor stands there."""
    doer = next((m for m in mentions if _front(m) == end), None)
    if doer is None:
        return end
    return doer.end + (text[doer.end : doer.end + 1] == "的")


def _purpose_recipient(text: str, at: int, mentions: Sequence[Mention]) -> Mention | None:
    """美欧向|乌|提供武器装备以|击退俄进攻: a verb of resisting that opens a purpose clause (以,
    来, 用于) after a giving names the recipient of what is given (向/为/给 X) as the one who
    resists."""
    marker = next((w for w in _RESIST_PURPOSE if text.endswith(w, 0, at)), None)
    if marker is None:
        return None
    end = at - len(marker)
    start = max(0, end - _RECIPIENT_REACH)
    if any(c in "。；;！？!?" for c in text[start:end]):
        start = max(i for i, c in enumerate(text[:end]) if c in "。；;！？!?") + 1
    given = [
        m
        for m in mentions
        if start <= _front(m) - 1
        and m.end <= end
        and text[_front(m) - 1] in _RECIPIENT_COVERBS
        and _real_coverb(text, _front(m) - 1)
    ]
    return given[-1] if given else None


def _aggression_resisted(text: str, mentions: Sequence[Mention]) -> Iterator[Action]:
    """协助乌克兰对抗俄罗斯入侵, 支持乌克兰人民抵御俄罗斯的侵略: an attack named as a noun after
    its doer (words.tsv aggression), the doer right after a verb of resisting (words.tsv
    resist) with the one who resists right before that verb, past adverbs (乌克兰一直在抵抗俄罗斯
    的入侵), or the recipient of what is given for it (向乌提供武器装备以击退俄进攻): the doer
    attacks the one who resists. The attack is a fact the help or support presupposes, whatever
    their status."""
    trig = trigger_for("入侵")
    if trig is None:
        return
    for i, doer in enumerate(mentions):
        noun = doer.end + (text[doer.end : doer.end + 1] == "的")
        if not opens_with(text, noun, "aggression"):
            continue
        front = _front(doer)
        verb = next((w for w in words("resist") if text.endswith(w, 0, front)), None)
        if verb is None:
            continue
        at = front - len(verb)
        resister = _purpose_recipient(text, at, mentions[:i])
        if resister is None:
            resister = next((m for m in reversed(mentions[:i]) if m.end <= at), None)
            gap = text[resister.end : at] if resister is not None else ""
            if resister is None or (
                len(gap) > _RESISTER_GAP and not _RESIST_ADVERBS.fullmatch(gap)
            ):
                continue
            if any(c in _PUNCT for c in gap):
                continue
        if _same_side(doer, resister):
            continue
        confidence = _confidence(doer, resister, "after", True)
        yield Action(doer, resister, trig, noun, "asserted", confidence, "after")


_AID_TOPIC_REACH: Final = 12  # characters between a verb of talking and the aid it talks about


def _aid_talked_about(text: str, clause: Clause, pos: int, end: int) -> bool:
    """讨论向缅甸人民提供人道援助的事宜, 双方还就…迅速输送人道主义援助等方面的努力交换了意见:
    aid named as what talks are about is given by nobody there: right after a verb of talking
    (words.tsv discuss) and a coverb of its recipient (讨论|向缅甸人民|提供), or inside a 就-phrase
    that talks after it close (就…输送…援助…交换了意见)."""
    head = text[clause.start : pos]
    for word in words("discuss"):
        at = head.rfind(word)
        between = head[at + len(word) :]
        if at != -1 and between[:1] in ("向", "为", "给") and len(between) <= _AID_TOPIC_REACH:
            if not any(c in _PUNCT for c in between):
                return True
    at = head.rfind("就")
    if at == -1 or any(c in _PUNCT for c in head[at:]):
        return False
    if not _real_coverb(text, clause.start + at):
        return False
    return _talks_after(text, end, _sentence_end(text, end, len(text)))


_VICTIM_GAP = 8  # characters between the one who died and 在 (真主党|一名高级指挥官|在…中身亡)
_NOT_AT: Final = ("正", "存", "现", "实", "所", "自")  # 正在, 存在…: no 在 of a place or an event


def _casualty_after(text: str, end: int) -> bool:
    """空袭|中身亡, 袭击|中受伤: an attack noun closed by 中 and a word of dying or being hurt
    (words.tsv casualty)."""
    return text.startswith("中", end) and opens_with(text, end + 1, "casualty")


def _killed_in_attack(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention], status: str
) -> list[Action] | None:
    """塔巴塔拜在以色列当天对贝鲁特南郊的空袭中身亡, 拉哈维…在两天前的一场以色列空袭中丧生:
    whoever dies or is hurt in an attack is its target, not its doer (a fight of two sides,
    在双方交火中丧生, is left to its pair). The first actor after 在
    that no coverb (对, 向) introduces makes the attack, on the one named right before 在 and on
    the place a coverb introduces; the doer stands right before the attack (以色列空袭), before
    a coverb (以色列当天对贝鲁特…的空袭), or is an armed force before 的 (以军的空袭); with a
    place there instead, no act. None when the sentence is not of this shape."""
    at = text.rfind("在", clause.start, pos)
    if at <= clause.start or text[at - 1] in _NOT_AT:
        return None
    victims = [m for m in mentions if clause.start <= m.start and m.end <= at]
    inside = [m for m in mentions if at < m.start and m.end <= pos]
    if not victims or at - victims[-1].end > _VICTIM_GAP:
        return None
    aimed = [m for m in inside if text[m.start - 1] in "对向"]
    doers = [m for m in inside if m not in aimed]
    if not doers:
        return None
    doer = doers[0]
    between = text[doer.end : pos]
    if between and not aimed and not (between == "的" and _armed(doer)):
        return []  # 在乌克兰东部的炮击中: the country names where, not who, attacks (and the
        # one who dies attacks nobody)
    acts = []
    for target in [victims[-1]] + aimed:
        if not _same_side(doer, target):
            confidence = _confidence(doer, target, "passive", True)
            acts.append(Action(doer, target, trig, pos, status, confidence, "passive"))
    return acts


_DONOR_REACH = 10  # characters between the recipient and the donor noun (乌克兰|第二大军事援助国)


def _donor_noun(text: str, end: int) -> bool:
    """美国是乌克兰最大的军事援助|国, 主要军事援助|者: a word of aid that a donor suffix
    (words.tsv donor_suffix) makes a noun naming who gives the aid (but not before words.tsv
    donor_not: 援助|国家, aid to countries; 援助|方案, a plan; 援助|国会议, a conference)."""
    return opens_with(text, end, "donor_suffix") and not text.startswith(words("donor_not"), end)


def _donors_named(
    text: str,
    clause: Clause,
    pos: int,
    trig: Trigger,
    mentions: list[Mention],
    status: str,
    scoped: bool = False,
) -> Iterator[Action]:
    """德国成为仅次于美国的乌克兰第二大军事援助国: the donor noun's phrase names the recipient
    right before it (乌克兰); the topic of the copula before the phrase (words.tsv
    donor_copula) gives the aid (德国), and so does an actor after donor_also (仅次于|美国).
    With no copula in the clause, nobody is said to give it here."""
    before = [m for m in mentions if clause.start <= m.start and m.end <= pos]
    if not before:
        return
    recipient = before[-1]
    if scoped and len(before) > 1 and text.endswith("在", 0, _front(recipient)):
        recipient = before[-2]  # 埃及是土耳其|在非洲|最大的贸易伙伴: a place only bounds the phrase
        before = before[:-1]
    between = text[recipient.end : pos]
    if len(between) > _DONOR_REACH or any(c in _PUNCT for c in between):
        return
    stretch = text[clause.start : _front(recipient)]
    copula = max((stretch.rfind(w) for w in words("donor_copula")), default=-1)
    if copula == -1:
        return
    copula += clause.start
    donors = [m for m in before[:-1] if m.end <= copula][-1:]
    donors += [
        m
        for m in before[:-1]
        if m.start > copula and text.endswith(words("donor_also"), clause.start, m.start)
    ]
    for donor in donors:
        if not _same_side(donor, recipient):
            confidence = _confidence(donor, recipient, "after", True)
            yield Action(donor, recipient, trig, pos, status, confidence, "after")


def _exercises_against(
    text: str, mentions: list[Mention], done: Sequence[Action]
) -> Iterator[Action]:
    """韩美日将举行联合演习，以对抗朝鲜的威胁: a drill held to meet an actor (words.tsv counter,
    aim) mobilises every state that holds it against that actor, with the drill's status."""
    drills = [a for a in done if a.trigger.predicate.name in _EXERCISES]
    if not drills:
        return
    aims = words("counter") + words("aim")
    for drill in drills:
        aimed = _aimed_actor(text, drill.trigger_start, mentions, aims)
        if aimed is None:
            continue
        trig = trigger_for("军演") or drill.trigger
        sides = [drill.subject] + ([drill.object] if drill.trigger.event_type != "MOBILIZE" else [])
        for side in sides:
            if side.actor.key != aimed.actor.key and not _same_side(side, aimed):
                confidence = _confidence(side, aimed, "after", False)
                yield Action(side, aimed, trig, drill.trigger_start, drill.status, confidence)


def _aimed_actor(
    text: str, start: int, mentions: list[Mention], aims: tuple[str, ...]
) -> Mention | None:
    """The actor named right after a word of meeting or aiming (对抗|朝鲜, 针对|北韩) in the
    drill's sentence after the drill's word, before the sentence ends."""
    for mention in mentions:
        if mention.start <= start:
            continue
        before = text[max(start, mention.start - 4) : mention.start]
        if any(c in _PUNCT for c in text[start : _front(mention)]) and can_be_subject(
            text, mention
        ):
            return None  # 在韩美联合军演前夕,朝鲜外务省…称,…应对美国: a later clause's own
        if any(c in _PUNCT for c in before[-2:]):  # subject, and what it meets is not the drill's
            continue
        if any(before.endswith(w) or before[:-1].endswith(w) for w in aims):
            return mention
    return None


_LAW_NAME: Final = re.compile(r"[“「《]([^“”「」《》,，。;；:：]{2,30})[”」》]")


_CASE_NAME: Final = re.compile(r"[“「][^“”「」,，。]{1,12}[”」]案")


def _case_name_near(text: str, mentions: list[Mention]) -> bool:
    """Whether a case name may hold one of ``mentions``: its closing ”案 or 」案 stands in the
    stretch _in_case_name reads around them. The test was one of the whole article's text, and
    find_actions asks it for every sentence with a trigger; most articles' texts are long."""
    if not mentions:
        return False
    start = max(0, min(m.start for m in mentions) - _CASE_BEFORE)
    end = max(m.end for m in mentions) + _CASE_AFTER
    return text.find("”案", start, end) >= 0 or text.find("」案", start, end) >= 0


_CASE_BEFORE: Final = 12  # characters before a mention where the case name's opening quote may be
_CASE_AFTER: Final = 14  # characters after it where its closing quote and 案 may end


def _in_case_name(text: str, mention: Mention) -> bool:
    """所谓“中国间谍”案: an actor inside the quoted name of a case only names the case."""
    start = max(0, mention.start - _CASE_BEFORE)
    for match in _CASE_NAME.finditer(text, start, mention.end + _CASE_AFTER):
        if match.start() < mention.start and mention.end < match.end():
            return True
    return False


def _scene(text: str, mention: Mention) -> bool:
    """在巴黎发生的恐怖袭击, 莫斯科州发生恐袭事件, 巴黎近郊爆炸: the place where an act with no
    doer named happens (words.tsv: incident, after an area word) is neither its doer nor the
    target of those who condemn it."""
    rest = text[mention.end : mention.end + _SCENE_REACH]
    if _class_words("incident").search(rest) is None:
        return False
    area = next((w for w in words("area") + words("locative") if rest.startswith(w)), "")
    rest = rest[len(area) :]
    if rest.startswith("发生"):
        rest = rest[2:]
    elif text[mention.start - 3 : mention.start] == "发生在":
        rest = rest.removeprefix("的")
    elif area in words("area"):  # 巴黎近郊恐袭事件, 莫斯科州的恐怖袭击
        rest = rest.removeprefix("的").removeprefix("恐怖")
        return opens_with(rest, 0, "incident")
    else:
        return False
    stretch = re.split(r"[，,。;；:：!！?？“”「」]", rest, maxsplit=1)[0]
    return any(w in stretch for w in words("incident"))


_RULED_OUT_NEGATED: Final = ("不", "未", "不能", "无法", "难以", "没有", "并未", "不会", "绝不")


def _possibility_ruled_out(text: str, clause: Clause, pos: int, end: int) -> bool:
    """伊朗排除了与大国谈判达成新协议的可能性: a ruling-out is a refusal only when what it rules
    out is a possibility (可能) later in its clause, and only when it is not itself denied
    (不排除, 未排除, 不能排除: nothing is ruled out)."""
    if text[max(pos - 2, clause.start) : pos].endswith(_RULED_OUT_NEGATED):
        return False
    return "可能" in text[end : clause.end]


def _possibility_of_no_one(clause: Clause, end: int, mentions: list[Mention]) -> bool:
    """排除了与大国谈判达成新协议的可能性: the possibility ruled out names no actor, so what is
    refused answers the side in focus."""
    return not any(end <= m.start < clause.end for m in mentions)


def _incident_condemned(
    text: str, clause: Clause, pos: int, end: int, mentions: list[Mention]
) -> bool:
    """谴责这一针对平民的恐怖袭击, 对袭击事件予以谴责: what is condemned is an act (words.tsv:
    incident) whose doer the phrase does not name; the condemned is its doer, not whoever the
    article talked of last."""
    after = re.split(r"[，,。;；:：!！?？]", text[end : clause.end], maxsplit=1)[0]
    opener = max(text.rfind("对", clause.start, pos), text.rfind("就", clause.start, pos))
    for start, stop in ((end, end + len(after)), (opener, pos)):
        if start < 0 or not any(w in text[start:stop] for w in words("incident")):
            continue
        if not any(start <= m.start < stop for m in mentions):
            return True
    return False


def _coup_condemned(text: str, clause: Clause, pos: int, end: int, mentions: list[Mention]) -> bool:
    """谴责政变, 谴责任何以武力夺取政权的行为: a coup (words.tsv: coup) is condemned whose makers
    the phrase does not name."""
    after = re.split(r"[，,。;；:：!！?？]", text[end : clause.end], maxsplit=1)[0]
    return any(w in after for w in words("coup")) and not any(
        end <= m.start < end + len(after) for m in mentions
    )


def _coup_makers(
    text: str,
    clause: Clause,
    pos: int,
    end: int,
    mentions: list[Mention],
    done: Sequence[Action],
    discourse: Discourse,
) -> Mention | None:
    """谴责政变: the soldiers who made the coup condemned, when the last seizure was theirs
    (政变军人扣押总统…); None when no coup is condemned."""
    if not _coup_condemned(text, clause, pos, end, mentions):
        return None
    agent = next(
        (a.subject for a in reversed(list(done)) if a.trigger.event_type == "COERCE"), None
    ) or discourse.agent("COERCE")
    if agent is None or not any(w in agent.actor.label for w in words("coup")):
        return _coup_country(text, clause.start)
    return agent


_COUP_HAPPENED: Final = re.compile(r"发生(?:了)?(?:一场|一起)?(?:军事)?政变")
_COUP_REACH: Final = 400  # characters before the condemnation: the sentence or two before


def _coup_country(text: str, before: int) -> Mention | None:
    """尼日尔发生军事政变。…领导人谴责政变: with no soldiers named, the country the coup
    happened in (named in the few characters before 发生)."""
    found = list(_COUP_HAPPENED.finditer(text, max(0, before - _COUP_REACH), before))
    if not found:
        return None
    at = found[-1].start()
    gaz = load_gazetteer()
    for start in range(at - 2, max(-1, at - 13), -1):  # the nearest before 发生 first
        hit = match_at(gaz, text, start)
        if hit is not None and hit[1].type == "Country" and start + len(hit[0]) <= at:
            return make_mention(hit[1], hit[0], start, start + len(hit[0]), "coref")
    return None


_SCENE_REACH: Final = 14


def _law_names(text: str, clauses: list[Clause]) -> list[tuple[int, int]]:
    """“通过制裁打击美国对手法”: the name of a law holds words of acts, but reports none."""
    if not clauses:
        return []
    spans = []
    for match in _LAW_NAME.finditer(text, clauses[0].start, clauses[-1].end):
        if match.group(1).endswith(words("law")):
            spans.append(match.span())
    return spans


def _initiative_names(
    text: str, clauses: list[Clause], mentions: list[Mention]
) -> list[tuple[int, int]]:
    """「湄公河经济合作倡议」会议: the quoted name of an initiative, forum or
    mechanism (words.tsv: name_head at its end) holds words of acts but
    reports none, unless it names its own sides (《中非合作论坛》 is left to the actors in it)."""
    if not clauses:
        return []
    spans = []
    for match in _LAW_NAME.finditer(text, clauses[0].start, clauses[-1].end):
        start, end = match.span()
        if not match.group(1).endswith(words("name_head")):
            continue
        if not any(start <= m.start < end for m in mentions):
            spans.append((start, end))
    return spans


_NOMINAL_REACH: Final = 3


def _as_refusal(text: str, clause: Clause, action: Action) -> Action:
    """不会承认, 不接受: not doing what can be refused is refusing it (a REJECT), unless the
    negation says only that it has not happened yet (尚未承认)."""
    trig = action.trigger
    if action.status != "negated" or "refusable" not in trig.flags:
        return action
    if any(w in text[clause.start : action.trigger_start] for w in words("not_yet")):
        return action

    refusal = replace(trig, predicate=predicates()["rejects"])
    return replace(action, trigger=refusal, status="asserted")


def _refused_by_partners(text: str, action: Action) -> bool:
    """A refusal read off a negated joint act (未接受, 未答应) whose two sides are joined before
    its verb (日本和丹麦均未答应其请求, 日本及丹麦方面…): the pair that would have agreed with
    each other refuse someone else together, neither refuses the other."""
    first, second = sorted((action.subject, action.object), key=lambda m: m.start)
    if second.end > action.trigger_start:
        return False
    between = text[first.end : second.start].removeprefix("方面").removeprefix("方")
    return between in _PARTNER_JOINS


_PARTNER_JOINS: Final = frozenset({"和", "与", "及", "以及", "同", "跟", "、"})


# joint acts named as nouns are as often still to come (期待普京对中国的访问取得成功)
_JOINT_NOUNS: Final = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_OWNED: Final = re.compile(
    r"(?:针对|对)[^，,。；;：:“”「」!?！？]{1,15}?的[^，,。；;：:“”「」!?！？的]{0,4}$"
)
_OWNED_REACH: Final = 24


def _owned_nominal(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention]
) -> bool:
    """中方不接受美国对中国的指责, 如果没有美国对乌克兰的援助, 欧盟将讨论美国对伊朗的制裁: an
    act named as a noun with its doer and its 对-target (X对Y的N) is taken for granted, as an act
    that describes a noun is; the cues before its doer are the governing verb's (a negation, a
    condition, a plan, a should). A cue inside the phrase is its own (美国对伊朗的拟议制裁)."""
    if trig.event_type in _JOINT_NOUNS or text[pos - 1 : pos] == "、":
        return False
    phrase = _OWNED.search(text, max(clause.start, pos - _OWNED_REACH), pos)
    if phrase is None or has_verb(text[text.rfind("的", phrase.start(), pos) + 1 : pos]):
        return False
    owner = next((m for m in mentions if m.end == phrase.start() and m.start >= clause.start), None)
    if owner is None or has_verb(text[phrase.start() : phrase.end()].split("的")[0][1:]):
        return False  # 美国对伊朗实施的制裁 is described by its verb (taken for granted there)
    if text[clause.start : _front(owner)].endswith(words("join_measure")):
        return False  # 塞尔维亚未参与|西方对俄罗斯的制裁: the joiner's part (_joiner_of_measure)
    skip = [(_front(m), m.end) for m in mentions]
    if any(c.kind == "prevent" for c in _cue_list(text, clause.start, _front(owner), skip)):
        return False  # 法国否决了|德国对波兰的援助计划: what is vetoed or prevented is none
    return not any(c.kind != "nonneg" for c in _cue_list(text, _front(owner), pos, skip))


def _owner_of_nominal(
    text: str, action: Action, asked_end: int, pos: int, mentions: list[Mention]
) -> bool:
    """伊朗呼吁安理会谴责|以色列对叙利亚的|袭击: the action is the owned nominal's own (its doer,
    or one of the doers it lists (美英法对叙的袭击), stands right before the 对/针对 that opens its
    target, inside what is asked for, after the one asked), not an act the one asked is to do."""
    subject, target = action.subject, action.object
    if not asked_end <= subject.start < subject.end <= target.start < pos:
        return False
    at = subject.end
    while not text.startswith(("对", "针对"), at):
        joined = at + 1 if text[at : at + 1] in _PARTNER_JOINS else at
        member = next((m for m in mentions if m.start == joined and m.end <= target.start), None)
        if member is None:
            return False
        at = member.end
    return True


def _owned_plan_end(
    text: str, end: int, trig: Trigger | None, mentions: list[Mention]
) -> int | None:
    """俄罗斯谴责|美国|的计划, 欢迎|朝鲜|的意愿: a word reacting to someone (ACCUSE, SUPPORT,
    REJECT…) whose target is followed by 的 and a noun that makes an act intended (cues.tsv:
    的计划, 的打算) reacts to that target's plan, which is now: the cue is the plan's, not the
    reaction's (but 会见|普京|的计划 plans the meeting). Where the plan's noun ends, else None;
    ``trig`` None when the caller already knows the word reacts."""
    if trig is not None and trig.event_type not in _VERBAL_ACTS:
        return None
    if text.find("的", end, end + _PLAN_OWNER_REACH) < 0:
        return None  # (most reactions: no 的 after any target in reach, nothing to look up)
    target = next((m for m in mentions if _front(m) == end), None)
    if target is None:
        return None
    for word in _owned_plan_words():
        if text.startswith(word, target.end):
            return target.end + len(word)
    return None


_PLAN_OWNER_REACH: Final = 40  # (longer than any actor's name before its 的)


@lru_cache(maxsize=1)
def _owned_plan_words() -> tuple[str, ...]:
    """The intended cues after their act that open with 的 (的计划, 的打算), in cues.tsv order."""
    return tuple(
        word
        for word, cue in cues().items()
        if cue.kind == "intended" and cue.position == "after" and word.startswith("的")
    )


def _easing_ruled_out(text: str, clause: Clause, action: Action) -> bool:
    """要求朝方弃核,不然不会放松对朝制裁: an easing ruled out in the clause that says what
    follows if a demand fails is no conditional concession but sanctions kept (CAMEO codes
    such a refusal, 124x, not an easing); the sanction itself is read from its own words.
    (A plain negated easing, 没有把华为从黑名单中去除, stays: later rules read it.)"""
    if action.trigger.predicate.name != "easesSanctions" or action.status != "hypothetical":
        return False
    return any(c in text[clause.start : action.trigger_start] for c in "不没未无")


_CONTACTS: Final = {"CONSULT", "AGREE", "COOPERATE"}
_ULTIMATUM_ACTS: Final = {"SANCTION", "ASSAULT", "COERCE"}


def _will(head: str) -> bool:
    return any(w in head for w in ("将", "会", "就"))


def _ultimatum(
    text: str, start: int, clause: Clause, action: Action, discourse=None
) -> Action | None:
    """美国称,除非中国停止援助俄罗斯,否则将对中国实施制裁: a hostile act in the clause that
    says what follows if a condition fails (words.tsv: otherwise) or is met (如果…,将) is only
    hypothetical, but a statement that says it threatens its target now. The statement may be
    the one the sentence goes on with (毛宁表示,…。如果日方一错再错,中方将采取反制措施), when
    its speaker's own side is the one to act."""
    if action.status != "hypothetical" or action.trigger.event_type not in _ULTIMATUM_ACTS:
        return None
    head = text[clause.start : action.trigger_start]
    if not opens_with(head.lstrip(" ,，"), 0, "otherwise") and (
        _condition_cue_in(text, clause.start, action.trigger_start) or not _will(head)
    ):
        return None
    if any(c in _compelled_out(head) for c in "不没未无"):
        return None  # 不然不会放松对朝制裁: sanctions kept, no new act threatened
    if not any(
        v in text[start : action.trigger_start] for v in speech_verbs()
    ) and not _own_side_speaking(text, start, action, discourse):
        return None  # 如果伊朗违反协议,那么美国将制裁伊朗: reasoning, no threat
    threat = replace(action.trigger, predicate=predicates()["threatens"])
    return replace(action, trigger=threat, status="asserted")


def _own_side_speaking(text: str, start: int, action: Action, discourse: Discourse) -> bool:
    """如果日方一错再错,中方将采取反制措施 after 毛宁表示,…。: a sentence that opens with its
    condition (no statement verb of its own) goes on with the statement before it, whose
    speaker (Discourse.speaker) stands for the side that is to act."""
    if discourse is None or not _condition_cue_in(text, start, start + 4):
        return False
    speaker = discourse.speaker(action.trigger_start)
    return speaker is not None and _same_side(speaker, action.subject)


def _compelled_out(head: str) -> str:
    """``head`` without its words of compulsion (words.tsv compelled: 不得不, 被迫): 中方将不得不
    采取反制措施 is made to act, and the 不 of 不得不 negates nothing."""
    for word in words("compelled"):
        head = head.replace(word, "")
    return head


def _refused_contact(text: str, clause: Clause, action: Action) -> Action | None:
    """朝鲜"不会与韩国坐下来面对面": a meeting, deal or cooperation its actor will not have, by
    a negation of will (不会, 不愿, 无意…), is a refusal of the other side (GUIDELINES); the
    negated act stays beside it."""
    if action.status != "negated" or action.trigger.event_type not in _CONTACTS:
        return None
    head = text[max(clause.start, _front(action.subject)) : action.trigger_start]
    if not any(word in head for word in words("unwilling")):
        return None

    refusal = replace(action.trigger, predicate=predicates()["rejects"])
    return replace(action, trigger=refusal, status="asserted")


def _listed_after(in_clause: list[Action], pos: int, trig: Trigger, status: str) -> list[Action]:
    """对中方的各种指责、污蔑: a trigger listed with 、 right after another of its type names the
    same act of the same sides; it takes them from the one before."""
    return [
        replace(a, trigger=trig, trigger_start=pos, status=status)
        for a in in_clause
        if a.trigger.event_type == trig.event_type
        and a.trigger_start + len(a.trigger.word) == pos - 1
    ]


def _joiner_of_measure(
    text: str, clause: Clause, action: Action, mentions: list[Mention]
) -> Mention | None:
    """塞尔维亚拒绝加入|欧盟对俄制裁, 未参与西方对俄罗斯的制裁: a measure named by its owner
    after a word of joining it (words.tsv join_measure) exists; whether it is done is the
    joiner's part, who takes it on (or refuses to) against the same target."""
    if action.trigger.event_type != "SANCTION":
        return None
    front = _front(action.subject)
    if action.subject.end > action.object.start or "对" not in text[action.subject.end : front + 8]:
        return None
    head = text[clause.start : front]
    join = next((w for w in words("join_measure") if head.endswith(w)), None)
    if join is None:
        return None
    joiners = [m for m in mentions if clause.start <= m.start and m.end <= front - len(join)]
    if not joiners or _same_side(joiners[-1], action.object):
        return None
    return joiners[-1]


def _talks_reached(text: str, pos: int, word: str) -> bool:
    """中美元首会晤|达成的|共识, 三方会晤|达成的|共识: talks, or a deal, that a relative 达成的
    describes as reached took place, whatever plan or demand names them (a deal only where
    talks reached it: not 两国未来可能|达成的|和平协议)."""
    if text.startswith("达成的", pos + len(word)):
        return True
    return text.startswith("达成的", pos) and text[max(0, pos - 3) : pos].endswith(
        words("talks_reaching")
    )


def _nominal_status(text: str, clause: Clause, action: Action) -> str:
    """这都将违反中美三个联合公报: an intention cue far before a named agreement governs
    another verb; the agreement itself exists. So does a war named by its sides (将继续为
    和平解决俄乌冲突寻找途径: the 俄乌冲突 is fought). But an agreement right after a verb that
    makes it (words.tsv deal_reach: 有望达成|两国之间的和平条约) is the one to be made."""
    start = min(action.subject.start, action.object.start)
    answered = text[max(clause.start, start - 2) : start].endswith(("对", "针对"))
    if answered and action.trigger.event_type != "CONSULT":  # (将对中日韩峰会…: talks to come)
        return "asserted"  # 朝鲜将对美韩联合军演采取措施: what a response answers exists
    named_war = action.trigger.event_type == "ASSAULT" and text[
        max(clause.start, min(action.subject.start, action.object.start) - 4) : min(
            action.subject.start, action.object.start
        )
    ].endswith(words("war_fought"))  # (but 可能引起中美战争: a war that may come)
    if action.trigger.objects != {"compound"} and not named_war:
        return action.status
    if named_war and action.status == "intended":
        return "asserted"  # 只会延长|俄乌冲突: the 会 is the prolonging's, the war is fought
    start = min(action.subject.start, action.object.start)
    near = text[max(clause.start, start - _NOMINAL_REACH) : start]
    if near.endswith(words("deal_reach")):
        return action.status  # 有望达成|亚美尼亚和阿塞拜疆之间的和平条约: the deal is yet to make
    return (
        action.status
        if any(c.kind == "intended" for c in _cue_list(text, start - len(near), start))
        else "asserted"
    )


def _war_settled_with(text: str, clause: Clause, action: Action, pos: int) -> bool:
    """俄罗斯希望尽快解决与乌克兰的冲突, 试图平息以色列与哈马斯的冲突: a war with the side a 与
    names, right after a verb that settles or prolongs it (words.tsv war_fought), is being
    fought, as the war named by its sides is (解决俄乌冲突); the hope is the settling's."""
    if action.trigger.event_type != "ASSAULT" or action.frame != "with":
        return False
    first, second = sorted((action.subject, action.object), key=lambda m: m.start)
    coverb = _front(second) - 1
    if text[coverb : coverb + 1] not in {"与", "同", "和", "跟"} or coverb <= clause.start:
        return False
    if text[second.end : pos] not in {"的", "之间的", "间的"}:
        return False
    if first.end == coverb:  # 平息|以色列与哈马斯的冲突: the war named by both sides
        coverb = _front(first)
    return text[max(clause.start, coverb - 4) : coverb].endswith(words("war_fought"))


def _war_named(text: str, clause: Clause, action: Action, pos: int) -> bool:
    """推动俄乌战争达成和平协议, 承诺结束已持续数周的边界冲突, 想要延长在乌克兰的战争: a war
    named by a noun (words.tsv war_noun) is being fought; a hope, plan or promise of its clause
    is of the verb that governs it (达成和平, 结束, 延长), not of the war. Only a word that starts
    a war (words.tsv war_start: 发动, 爆发, 发生) close before the noun makes the war itself
    the one to come (准备对埃塞俄比亚发动战争, 可能引发的冲突)."""
    trig = action.trigger
    if trig.event_type != "ASSAULT" or trig.word not in words("war_noun"):
        return False
    head = text[max(clause.start, pos - _WAR_START_REACH) : pos]
    return not any(word in head for word in words("war_start"))


_WAR_START_REACH: Final = 10
# what a consent makes: the deal itself, and the ceasefire agreed to (同意停火), which the golds
# read as conceded (db, df, oc, ub, vd)
_CONSENTED_TYPES: Final = frozenset({"AGREE", "CONCEDE"})
# the concessions a consent makes at once: a ceasefire agreed to holds from the consent, a tariff
# cut or an easing agreed to is still to come (tests/challenge_data.py: 同意互降关税 is intended)
_TRUCES: Final = frozenset({"declaresCeasefireWith"})


def _agreed_to(
    text: str, clause: Clause, action: Action, pos: int, mentions: list[Mention]
) -> bool:
    """双方同意立即停火, 同意重返伊斯坦布尔协议, 同意将两国关系提升为全面战略伙伴关系: a deal
    (or a ceasefire or easing, _CONSENTED_TYPES) whose first cue in its clause is a word of
    consent (words.tsv consent: 同意) is made by that consent: agreeing is the AGREE act, done
    (GUIDELINES: 同意), and the golds read a ceasefire agreed to as conceded. A wish, plan or
    negation before the consent (希望双方同意停火) keeps its own reading."""
    if action.trigger.event_type not in _CONSENTED_TYPES or "penalty" in action.trigger.flags:
        return False  # 同意缴纳罚款: a fine agreed to is not yet paid
    if action.trigger.event_type == "CONCEDE" and action.trigger.predicate.name not in _TRUCES:
        return False  # 同意互降关税, 同意将关税下调至30%: a cut agreed to is yet to be made
    head = text[clause.start : pos]
    if not any(word in head for word in words("consent")):
        return False
    skip = [(_front(m), m.end) for m in mentions]
    first = next(_cue_positions(text, clause.start, pos, skip), None)
    return first is not None and first[1].kind == "intended" and first[1].word in words("consent")


# between the target and the measure: an owner's 的 phrase (对中国企业的|制裁) or a few words that
# judge or qualify it (对华|非法无理|制裁, 对华|单边|制裁)
_OWNED_MEASURE = compile_pattern(r"[\u4e00-\u9fff]{0,4}(?:的[\u4e00-\u9fff]{0,3})?", wide=True)


def _stopped_act(text: str, clause: Clause, pos: int, trig: Trigger) -> bool:
    """警告伊朗立即停止|支持胡塞武装, 要求美方停止|制裁中国企业: an act right after a verb that ends
    it (words.tsv ending), with at most an adverb of manner between (words.tsv stop_adverb:
    立即, 尽快), is going on; what is asked for is its end, as the dev golds have it (the support
    warned to stop is asserted). Not talks, a deal or an easing (_ENDED_POINT_ACTS), as with
    :func:`_ended_act`: talks called off are no talks held."""
    if trig.event_type in _ENDED_POINT_ACTS:
        return False
    gap = _governed_gap(text, clause, pos, "ending")
    return gap is not None and (not gap or gap in words("stop_adverb"))


def _existing_measure(text: str, action: Action, pos: int, mentions=()) -> bool:
    """要求美方放松对朝制裁, 敦促美方停止对中国企业的无理打压: a measure named as the object of
    easing or raising it exists already, though the demand is only that it change; so it is on
    each member of a list it names (停止对巴林、科威特和卡塔尔的攻击)."""
    if action.object.end > pos:
        return False  # 取消对俄罗斯的制裁: the easing is the act asked for, it has its target
    first, last = _list_ends(text, action.object, mentions)
    gap = text[last.end : pos]
    if gap and (not _OWNED_MEASURE.fullmatch(gap) or _acts_in(gap)):
        return False
    coverb = _coverb_start(text, first)
    return text[max(0, coverb - 4) : coverb].endswith(words("easing"))


# An act named as the object of a verb that ends it (words.tsv ending: 结束|战争, 停止|对加沙的|
# 空袭, 取消|对华半导体出口|管制) is going on: a hope, plan or condition (希望, 将, 应, 如果) is of
# its end, not of the act. The statuses so read as the ending's:
_ENDED_STATUSES: Final = frozenset({"intended", "hypothetical"})
# and of a hostile measure, a negation too (没有停止对加沙的空袭: the strikes go on).
_ENDED_TYPES: Final = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"})
# Acts that a verb of ending calls off before they take place (取消访问, 中止谈判), or that are
# the ending itself (取消…措施 eases): their status stays the one the clause gives.
_ENDED_POINT_ACTS: Final = frozenset({"CONSULT", "AGREE", "CONCEDE"})
_ENDED_REACH: Final = 24
_ENDED_TARGET: Final = re.compile(r"针对|对")
# Between the verb of ending and the act: nothing (结束|战争), an owner or target phrase with a
# few words of manner before it (停止|对加沙的|空袭, 解除|此前对伊朗实施的|制裁, 放松|对朝|制裁)
# or a few characters that qualify the act (结束|一切军事|行动).
_ENDED_GAP: Final = compile_pattern(
    r"(?:[\u4e00-\u9fff]{0,4}?(?:针对|[对向在])[^\s，,。；;：:“”\"、]{1,16}?的?)?"
    r"[\u4e00-\u9fff]{0,4}",
    wide=True,
)


def _ended_act(text: str, clause: Clause, action: Action) -> bool:
    """美国希望俄乌结束战争, 如果日本取消对韩国的出口管制, 只有加沙停火才会结束对以色列的攻击:
    whether the act is the object of a verb that ends it and the status the clause gave it is
    the ending's (_ENDED_STATUSES; the negation too of a hostile measure named with its target,
    没有停止对加沙的空袭, where 停止制裁中兴's own stop is the verb's). Not a visit or talks
    called off (取消访问: never held), a deal, nor the easing itself (_ENDED_POINT_ACTS, a
    trigger that is an ending word)."""
    trig = action.trigger
    negated = action.status == "negated" and trig.event_type in _ENDED_TYPES
    if action.status not in _ENDED_STATUSES and not negated:
        return False
    if trig.event_type in _ENDED_POINT_ACTS or opens_with(trig.word, 0, "ending"):
        return False
    gap = _governed_gap(text, clause, action.trigger_start, "ending")
    return gap is not None and (not negated or _ENDED_TARGET.search(gap) is not None)


_CAUSE_OPEN = re.compile(r"(?<![原基诱起])因为?(?!此|而)")


def _cause_frame_open(text: str, clause: Clause, pos: int, end: int) -> int | None:
    """他的看法并没有因朝鲜战争而改变, 不会因为美国制裁而让步: an act inside a 因(为)…而 frame
    is the cause of the verb after 而; the cues before 因 (没有, 不会) are that verb's. Where the
    frame opens, or None when the act is in none."""
    if text.find("而", end, clause.end) == -1:
        return None  # (no 而 after the act, asked first: most acts, no search for 因)
    opened = None
    for match in _CAUSE_OPEN.finditer(text, clause.start, pos):
        opened = match.end()
    if opened is None or any(c in _PUNCT for c in text[opened:pos]):
        return None
    return opened


_LIKE_OPEN: Final = re.compile(r"(?<![图影好想肖偶录画塑])(?:就像|正如|如同|像)")
_LIKE_CLOSE: Final = re.compile(r"[^，,。；;：:！？!?“”\"]{0,12}?(?:那样|一样)")
_LIKE_REACH: Final = 30


def _like_frame_open(text: str, pos: int, end: int) -> int | None:
    """怕家人会像之前张九勤威胁她们的那样遭到报复, 中国不会像美国制裁伊朗那样…: an act inside a
    像…那样/一样 frame is what the comparison points to; the cues before 像 are of the verb after
    the frame. Where the frame opens, or None when the act is in none."""
    start = max(0, pos - _LIKE_REACH)
    if text.find("像", start, pos) == -1 and text.find("如", start, pos) == -1:
        return None  # (every opener holds 像 or 如: most acts have neither before them)
    opened = None
    for match in _LIKE_OPEN.finditer(text, start, pos):
        opened = match.end()
    if opened is None or any(c in _PUNCT for c in text[opened:pos]):
        return None
    return opened if _LIKE_CLOSE.match(text, end) else None


def _governed_gap(text: str, clause: Clause, pos: int, cls: str) -> str | None:
    """What stands between the act at ``pos`` and a verb of the words.tsv class ``cls`` that
    has it as its object: the verb stands before it in the clause with nothing between but an
    owner or target phrase (对加沙的) or a few characters that qualify the act, and no other act.
    None when no such verb governs the act."""
    head = text[max(clause.start, pos - _ENDED_REACH) : pos]
    ends = [head.rfind(w) + len(w) for w in words(cls) if w in head]
    if not ends:
        return None
    gap = head[max(ends) :]
    return gap if _ENDED_GAP.fullmatch(gap) is not None and not _acts_in(gap) else None


_LIST_JOINERS: Final = frozenset({"、", "和", "及", "与", "以及"})


def _list_ends(text: str, mention: Mention, mentions: list[Mention]) -> tuple[Mention, Mention]:
    """The first and the last actor of the list that holds ``mention`` (巴林、科威特和卡塔尔),
    joined by 、, 和, 及, 与; the mention itself at both ends when it stands alone."""
    ordered = sorted(
        (m for m in mentions if m.group is None or m is mention), key=lambda m: m.start
    )
    if mention not in ordered:
        return mention, mention
    at = ordered.index(mention)
    lo = hi = at
    while lo > 0 and text[ordered[lo - 1].end : _front(ordered[lo])] in _LIST_JOINERS:
        lo -= 1
    while (
        hi + 1 < len(ordered) and text[ordered[hi].end : _front(ordered[hi + 1])] in _LIST_JOINERS
    ):
        hi += 1
    return ordered[lo], ordered[hi]


def _acts_in(stretch: str) -> bool:
    """A trigger in the stretch that is no speaker's judgement (无理打压: 无理 only judges)."""
    return any("speaker" not in trig.objects for trig in _triggers_in(stretch))


def _asker_named_before(text: str, action: Action, pos: int) -> bool:
    """古特雷斯呼吁停止向也门输送武器: the measure a demand would stop exists, but whoever does
    it is not named; the actor before the demand word asks, it does not supply."""
    asks = trigger_pattern().search(text, action.subject.end, pos)
    while asks is not None:
        trig = trigger_for(asks.group())
        if trig is not None and trig.event_type and _governs_content(trig):
            return True
        asks = trigger_pattern().search(text, asks.end(), pos)
    return False


def _joint_act_proposed(
    text: str, clause: Clause, end: int, trig: Trigger, mentions: list[Mention]
) -> bool:
    """呼吁与俄罗斯举行和谈, 建议同美国恢复谈判: a demand that asks nobody and goes on with
    与/同/跟 and an actor proposes what its own subject will do with that actor; the act is
    the subject's (intended), not the content of a demand. A 与-phrase inside a relative
    (要求与俄罗斯有贸易往来的国家停止…) names whom the demand is about, not a partner. So does
    a proposal to a pair its subject is in (中方建议两国领导人会晤: China and the other)."""
    if trig.event_type != "REQUEST":
        return False
    if trig.word in words("proposal") and _own_pair_after(clause, end, mentions):
        return True
    if text[end : end + 1] not in _WITH - {"和"}:
        return False
    partner = next((m for m in mentions if _front(m) == end + 1), None)
    if partner is None:
        return False
    at = text.find("的", partner.end, clause.end)
    while at != -1:
        if not trigger_pattern().match(text, at + 1, clause.end):
            return False  # (…的国家: a relative; but 举行高级别的会谈 is the act)
        at = text.find("的", at + 1, clause.end)
    return True


def _own_pair_after(clause: Clause, end: int, mentions: list[Mention]) -> bool:
    """建议|两国领导人…, 建议|中美两国…: a pair right after the word that holds an actor named
    before it in the clause (its subject)."""
    first = next((m for m in mentions if m.start == end and m.group is not None), None)
    pair = [m for m in mentions if first is not None and m.group == first.group]
    before = [m for m in mentions if clause.start <= m.start and m.end <= end - 1]
    return len(pair) >= 2 and any(_same_side(m, p) for m in before for p in pair)


def _governs_content(trig: Trigger) -> bool:
    """A demand or an opposition (要求美国…, 反对外国领导人同达赖喇嘛接触): what it is about is
    not (yet) an event."""
    return (trig.event_type == "REQUEST" and "wish" not in trig.flags) or "content" in trig.flags


def _without_objects_of_verbs(
    text: str, actions: list[Action], mentions: list[Mention]
) -> list[Action]:
    """提供军事援助: a noun trigger right after a verb trigger of the same kind is what the verb
    gives (对美国向乌克兰提供援助的决定): it reports the verb's act, never one of its own with
    other sides. A speaker's judgement is no such verb for the act of the one it judges:
    汪文斌表示,美国恶意|指责中国 judges how 美国 accuses, and the accusation is 美国's own."""
    verbs = {
        (
            a.trigger_start + len(a.trigger.word),
            a.trigger.event_type,
            a.object.actor.key if a.frame == "speaker" else None,
        )
        for a in actions
        if a.frame != "compound"
    }

    def object_noun(action: Action) -> bool:
        for end, kind, judged in verbs:
            gap = text[end : action.trigger_start]
            if (
                kind == action.trigger.event_type
                and judged != action.subject.actor.key
                and end <= action.trigger_start
                and len(gap) <= 4
                and all(is_cjk(ch) for ch in gap)
                and not gap.startswith("下")  # 在美国斡旋下|举行会谈: the frame closed
                and not _closed_by_time(gap)  # 出席东盟峰会|期间|会见: a new act
                and not _joins_act(gap)  # 参加东盟会议|并|访问马来西亚: a new act
                and not any(end <= m.start < action.trigger_start for m in mentions)
            ):
                return True
        return False

    return [a for a in actions if not object_noun(a)]


def _attended_body(text: str, mention: Mention) -> bool:
    """出席|东盟|峰会, 参加|七国集团|外长会 (words.tsv attend): the body named right after a verb of
    attending names the meeting attended, and the attender, named before it, does what follows."""
    return closes_with(text, _front(mention), "attend")


def _joins_act(gap: str) -> bool:
    """参加东盟会议|并|访问, 出席会议|并于次日|会见, 参加会议|随后|访问: a gap of nothing but words
    that join a second act of the subject (words.tsv act_sequel) opens an act of its own after the
    first; a verb left in it (实施|并加强|制裁) makes the noun after it the first one's object."""
    at = 0
    while at < len(gap):
        joiner = word_at(gap, at, "act_sequel")
        if not joiner:
            return False
        at += len(joiner)
    return at > 0


def _closed_by_time(gap: str) -> bool:
    """出席东盟峰会|期间分别|会见, 出席论坛|后|会见: a time word (words.tsv act_closer) closes the
    act before it, so the trigger after it is an act of its own; a closer of one character
    must be the whole gap (后续援助 opens no time)."""
    closers = words("act_closer")
    return gap in closers or any(len(w) > 1 and gap.startswith(w) for w in closers)


def _sanctions_on_asker(
    text: str, clause: Clause, pos: int, trig: Trigger, in_clause, mentions: list[Mention]
) -> list[Action]:
    """塔利班要求美国…解除制裁, 朝鲜要求美国放松制裁: sanctions whose lifting is asked, with no
    target named, are on the one who asks, by the one asked; they exist already (as in 要求美方
    放松对朝制裁), so the asked side sanctions the asking one (asserted)."""
    if trig.predicate.name != "easesSanctions" or "制裁" not in trig.word:
        return []  # (降低关税 asked: the tariffs may be anyone's, not measures on the asker)
    demand = next((a for a in reversed(in_clause) if a.trigger.event_type == "REQUEST"), None)
    sanctions = trigger_for("制裁")
    if demand is None or sanctions is None or demand.subject.actor.type == "Person":
        return []  # (a person asks for a country's sake: 古特雷斯呼吁解除制裁)
    if any(pos <= m.start < clause.end and not same_side(m, demand.subject) for m in mentions):
        return []  # 解除制裁,…与伊朗: a side named after it may be whom they hit
    if same_side(demand.subject, demand.object):
        return []
    if sum(a.trigger_start == demand.trigger_start for a in in_clause) > 1:
        return []  # 呼吁美国与伊朗谈判解除制裁: several asked, whose sanctions is not said
    confidence = _confidence(demand.object, demand.subject, "focus", True)
    return [
        Action(demand.object, demand.subject, sanctions, pos, "asserted", confidence, "presupposed")
    ]


# after a sanction, how long it has stood and an adverb, then a 未 (制裁|至今仍未|解除)
_DENIED_AFTER_SANCTION: Final = re.compile(
    r"(?:措施)?(?:至今|迄今|目前|仍然|到现在)?(?:都|也|还|仍|并|尚)?(?:未|没有|没)"
)


def _sanctions_left_standing(text: str, actions: list[Action]) -> list[Action]:
    """美国对李尚福实施制裁至今仍未解除, 联合国对伊朗的制裁并未恢复: a sanction followed by 未 and a
    verb of lifting (words.tsv lift_denied) stands and was not lifted, a CONCEDE negated besides
    the sanction; followed by 未 and a verb of laying it (lay_denied), it is not laid (negated)."""
    out: list[Action] = []
    for action in actions:
        if action.trigger.event_type != "SANCTION" or not action.trigger.word.endswith("制裁"):
            out.append(action)
            continue
        end = action.trigger_start + len(action.trigger.word)
        denied = _DENIED_AFTER_SANCTION.match(text, end)
        verb_at = denied.end() if denied else -1
        if denied and opens_with(text, verb_at, "lay_denied"):
            out.append(replace(action, status="negated"))
        elif denied and opens_with(text, verb_at, "lift_denied"):
            out.append(action)
            lifting = trigger_for("解除制裁")
            if lifting is not None:
                out.append(
                    replace(action, trigger=lifting, trigger_start=verb_at, status="negated")
                )
        else:
            out.append(action)
    return out


# a 就-phrase that opens before a ceasefire (no comma between) and the agreement that closes it
_ON_TOPIC_BEFORE: Final = re.compile(r"就([^，,。；;：:！？!?就]{0,30})$")
_AGREED_AFTER: Final = re.compile(
    r"^[^，,。；;：:！？!?]{0,16}?(?:达成一致|达成协议|达成共识|达成协定|取得一致|达成了一致|达成了协议)"
)


def _agreed_ceasefires(text: str, actions: list[Action], mentions: list[Mention]) -> list[Action]:
    """特朗普与泽连斯基通电话,就|俄罗斯和乌克兰|停止袭击能源设施、实施部分停火|达成一致; 以伊就
    停火达成一致: a ceasefire that is what an agreement is about (就…停火…达成一致) is not yet
    made, and not made by those who agree on it: it is the sides named before it inside the
    就-phrase (two or more) who will cease fire on each other (intended); none named there,
    the agreement (AGREE, read on its own) is all there is."""
    out: list[Action] = []
    made: set[tuple[int, int, int]] = set()
    for action in actions:
        pos = action.trigger_start
        if action.trigger.predicate.name != "declaresCeasefireWith":
            out.append(action)
            continue
        topic = _ON_TOPIC_BEFORE.search(text, max(0, pos - 31), pos)
        end = pos + len(action.trigger.word)
        if topic is None or _AGREED_AFTER.match(text[end : end + 40]) is None:
            out.append(action)
            continue
        sides = [m for m in mentions if topic.start(1) <= m.start and m.end <= pos]
        for a in sides:
            for b in sides:
                key = (a.start, b.start, pos)
                if a is b or _same_side(a, b) or key in made:
                    continue
                made.add(key)
                out.append(replace(action, subject=a, object=b, status="intended", frame="topic"))
    return out


def _without_lifters_sanctions(actions: list[Action]) -> list[Action]:
    """特朗普宣布取消对叙利亚的制裁, 鲁比奥宣布暂停…对叙利亚实施的制裁: the sanctions a lifting
    names exist (the seeds' 放松对朝制裁 gives the country's SANCTION), but a person who lifts
    them did not lay them: his country did. The sanction read inside a person's lifting is
    dropped; a country's or a body's (美国宣布解除对叙利亚的制裁) is kept."""
    easings = [a for a in actions if a.trigger.predicate.name == "easesSanctions"]
    if not easings:
        return actions

    def lifted_by_person(action: Action) -> bool:
        return (
            action.trigger.event_type == "SANCTION"
            and action.subject.actor.type == "Person"
            and any(
                e.subject.start == action.subject.start
                and e.trigger_start < action.trigger_start < e.trigger_start + len(e.trigger.word)
                for e in easings
            )
        )

    return [a for a in actions if not lifted_by_person(a)]


# a side's own wish to join (乌克兰想加入北约的目标): its intention to work with the body
_OWN_WISH_TO_JOIN: Final = ("想", "希望", "愿", "愿意", "渴望", "寻求", "谋求", "申请")
# a membership others deny it (埃塞俄比亚军队将不能加入…稳定团), not one it declines
_JOINING_DENIED: Final = ("不能", "无法", "不得", "未能", "不可", "不準", "不准", "無法")
# or one put off (将推迟寻求加入欧盟): the bid is weighed, not made
_JOINING_PUT_OFF: Final = ("推迟", "延后", "暂缓", "推遲", "延後", "暫緩")


def _bid_to_join(text: str, action: Action) -> bool:
    """乌克兰加入北约不在…考虑之列, 政府将延后寻求加入欧盟, 埃塞俄比亚军队将不能加入…非盟…稳定团:
    membership of a body denied, or weighed by others, is no cooperation with it (COOPERATE is
    material); joining states done (东盟加入中国、日本…组成RCEP) still is, and so is a side's own
    wish to join (乌克兰想加入北约)."""
    if action.trigger.predicate.name != "joins" or action.object.actor.type != "Organization":
        return False
    at = action.trigger_start
    if action.status == "negated":  # 芬兰不加入北约 is its own choice; 将不能加入 is denied it
        return text.endswith(_JOINING_DENIED, 0, at) or holds_any(
            text[max(0, at - 6) : at], _JOINING_PUT_OFF
        )
    return action.status != "asserted" and not text.endswith(_OWN_WISH_TO_JOIN, 0, at)


def _without_expulsion_demands(actions: list[Action]) -> list[Action]:
    """要求10名美国外交官离境: the envoys told to leave are expelled; the demand is the
    expulsion itself, no request of their country besides."""
    expelled = [
        a for a in actions if a.frame == "envoy" and a.trigger.predicate.name == "expelsDiplomatsOf"
    ]
    if not expelled:
        return actions
    return [
        a
        for a in actions
        if not (
            a.trigger.event_type == "REQUEST"
            and any(
                e.trigger_start > a.trigger_start
                and _same_side(e.subject, a.subject)  # (委内瑞拉 asks, 委内瑞拉外交部 expels)
                and e.object.actor.key == a.object.actor.key
                for e in expelled
            )
        )
    ]


_POSTPONED_TYPES: Final = frozenset({"CONSULT", "AGREE"})


def _postponed(text: str, clauses: list[Clause], index: int, action: Action) -> bool:
    """林芳正访问中国的计划,…,必须延后到明年, 协定…推迟至明年1月, 已将访中行程重新安排为
    4月11日: a visit, talks or a deal put off to a new date (words.tsv postponed, in the act's
    clause or a later one of its sentence) did not take place when planned (negated) and is
    still planned: the annotators of nb, qe, qi and tr code it intended as well. Put off with
    no date (推迟了原定的峰会, 将延期访华) it stays negated only (dev-17)."""
    if action.status != "negated" or action.trigger.event_type not in _POSTPONED_TYPES:
        return False
    start, stop = clauses[index].start, clauses[-1].end
    return any(text.find(word, start, stop) != -1 for word in words("postponed"))


def _one_per_act(actions: list[Action]) -> list[Action]:
    """美乌矿产协议未能签署: a nominal (协议) and the verb that governs it (签署) report one act,
    with the verb's status; 日本、加拿大…跟美国签订新协定: the nominal adds no pairs among
    the parties of the verb."""
    verbs = [a for a in actions if a.frame != "compound" or a.trigger.word in summits()]
    keys = {_pair_key(a) for a in verbs}
    parties = {  # (a mediator's sides are no parties of its act: 主持了俄乌会谈, they talk)
        (a.trigger.event_type, m.actor.key)
        for a in verbs
        if "parties" not in a.trigger.objects
        for m in (a.subject, a.object)
    }

    def covered(action: Action) -> bool:
        if action.frame != "compound" or action.trigger.word in summits():
            return False
        kind = action.trigger.event_type
        both = all((kind, m.actor.key) in parties for m in (action.subject, action.object))
        return _pair_key(action) in keys or both

    return [a for a in actions if not covered(a)]


def _pair_key(action: Action) -> tuple:
    pair = (action.subject.actor.key, action.object.actor.key)
    if action.trigger.event_type in SYMMETRIC_TYPES:
        pair = tuple(sorted(pair))  # type: ignore[assignment]
    return (action.trigger.event_type, *pair)


def _with_lead(mention: Mention, leads: dict[int, int]) -> Mention:
    """A person described by titles (韩国国防部长官|安圭伯) is governed by the preposition
    before the description, so it is looked up from where the description starts."""
    lead = leads.get(mention.start)
    if lead is None:
        return mention
    return LedMention(
        mention.actor,
        mention.text,
        mention.start,
        mention.end,
        mention.via,
        mention.group,
        mention.written,
        mention.written_label,
        lead=lead,
    )


def _front(mention: Mention) -> int:
    """Where a mention's phrase begins: its description's start for a LedMention, else its own.
    (A type test, not getattr with a default: a plain Mention has no ``lead``, and the
    attribute missing cost twice the test, on the 40,000 calls of the news pages' rules.)"""
    return mention.lead if type(mention) is LedMention else mention.start


def _summit(word: str, pos: int, status: str, summit_actors) -> Iterator[Action]:
    """金特会: a summit nickname is a meeting of the two leaders it names."""
    pair = summit_actors(word) if summit_actors else None
    if pair is None:
        return
    summit = summits()[word]
    trigger = Trigger(word, summit.predicate, frozenset({"compound"}))
    a = make_mention(pair[0], word, pos, pos + len(word), "compound")
    b = make_mention(pair[1], word, pos, pos + len(word), "compound")
    yield Action(a, b, trigger, pos, status, _confidence(a, b, "summit", True), "summit")


_DISCUSSED_REACH: Final = 12


def _reaches_deal(word: str) -> bool:
    trig = trigger_for(word)
    return trig is not None and trig.event_type == "AGREE"


def _deal_discussed(text: str, clause: Clause, pos: int, end: int) -> bool:
    """讨论|新的停火协议, 磋商|该协议的细节: a deal named as a noun (it closes its phrase) that a
    verb of talking (words.tsv discuss) takes as its object, with no act between, is a topic
    of the talks (but 讨论后签署了协议, 经过讨论达成协议: a verb reaches it); so is one that a
    与…有关的 phrase names (讨论了与加沙停火协议有关的想法)."""
    if end < clause.end and not (
        text[end] in _PUNCT or text[end] == "的" or text.startswith(_ABOUT_CLOSE, end)
    ):
        return False
    if any(_reaches_deal(text[pos:cut]) for cut in range(pos + 1, end)):
        return False  # 讨论|达成协议: the trigger opens with reaching it
    head = text[clause.start : pos]
    for word in words("discuss"):
        at = head.rfind(word)
        if at == -1:
            continue
        opened = clause.start + at + len(word)
        between = text[opened:pos]
        if len(between) > _DISCUSSED_REACH or any(c in _PUNCT for c in between):
            continue
        if not any(not isinstance(t, str) for _, t in find_triggers(text, opened, pos)):
            return True
    return False


_ABOUT_CLOSE: Final = ("有关的", "相关的")
# how far before an issue (…的问题) the verb of talking about it may stand, across commas
_TALKED_ABOUT_REACH: Final = 40


def _issue_talked_about(text: str, pos: int, mentions: list[Mention]) -> bool:
    """讨论了对乌克兰的安全、财政支持,以及继续对俄罗斯实施|制裁|的问题: an act closed by 的问题
    (words.tsv topic_closed) after a verb of talking (words.tsv discuss) earlier in its sentence,
    across commas of the list of issues, names an issue talked about, and no one does it there;
    one whose own doer is named in the issue (讨论了美国对华加征关税的问题) is done."""
    low = max(0, pos - _TALKED_ABOUT_REACH)
    head = text[low:pos]
    low += max(head.rfind(c) for c in _SENTENCE_STOPS) + 1
    talk = max(text.rfind(word, low, pos) for word in words("discuss"))
    if talk < 0:
        return False
    return not any(talk < m.start < pos and can_be_subject(text, m) for m in mentions)


# how far 欢迎 may stand before the visit it welcomes (欢迎|总统先生年内对中国进行国事|访问)
_WELCOME_REACH: Final = 24


def _welcomed_visit(
    text: str, clauses: list[Clause], index: int, pos: int, trig: Trigger, mentions: list[Mention]
) -> bool:
    """特朗普说欢迎习近平访美, 我欢迎总统先生年内对中国进行国事访问: a visit that 欢迎 and the
    visitor open in its clause is welcomed as an invitation, a visit still to come; but at a
    welcoming ceremony or banquet (words.tsv ceremony) in the sentence the visit is under way
    (举行仪式,欢迎马克龙对中国进行国事访问)."""
    if trig.predicate.name != "visits" or _visit_frames(text, pos + len(trig.word)):
        return False  # 欢迎布林肯在访华|期间…: the visit frames what is welcomed, under way
    clause = clauses[index]
    at = text.rfind("欢迎", max(clause.start, pos - _WELCOME_REACH), pos)
    if at == -1 or not any(at + 2 <= m.start < pos for m in mentions):
        return False
    if text.startswith(("欢迎来", "欢迎到"), at):
        return False  # 欢迎来访的印度总理: the visitor has come
    opening = clauses[0].start
    return not any(word in text[opening:pos] for word in words("ceremony"))


def _visit_frames(text: str, end: int) -> bool:
    """访|华期间, 访问|中国之际: a word of occasion (words.tsv occasion_end) closes the visit
    within the host's name after it; the visit frames another act and is under way."""
    return any(
        opens_with(text, at, "occasion_end")
        for at in range(end, min(len(text), end + _HOST_REACH))
        if not any(c in _PUNCT for c in text[end:at])
    )


_HOST_REACH: Final = 5


# how far a relative's 的 may stand after the actor it is about (指控|潘福仁|受贿|的)
_RELATIVE_DE_REACH: Final = 16


def _charge_describes(
    text: str, clause: Clause, pos: int, word: str, mentions: list[Mention]
) -> bool:
    """他说,指控潘福仁受贿的犯罪事实…, 驳斥了指责中国窃取技术的报道: a charge (words.tsv
    charge_verb) whose object goes on with what the accused did, 的 and a claim noun (words.tsv
    claim_noun) describes the claim; whoever makes it is not named, and no speaker or subject
    of the clause before is (but 美国指控伊朗…的说法 names its own accuser right before it, and
    指责俄罗斯入侵乌克兰的行为 accuses the deed)."""
    if word not in words("charge_verb"):
        return False
    end = pos + len(word)
    before = [m for m in mentions if clause.start <= m.start and m.end <= pos]
    if before and pos - before[-1].end <= 3 and not has_verb(text[before[-1].end : pos]):
        return False  # 美国(再次)|指控…: the accuser is named
    accused = next((m for m in mentions if end <= m.start < clause.end), None)
    if accused is None or accused.start - end > 2:
        return False
    de = text.find("的", accused.end, min(clause.end, accused.end + _RELATIVE_DE_REACH))
    if de == -1 or not opens_with(text, de + 1, "claim_noun"):
        return False
    between = text[accused.end : de]
    return bool(between) and not any(c in _PUNCT for c in between) and has_verb(between)


_VERDICT_TAIL: Final = "的”」\"'’』"  # what may close a verdict word before its clause ends


def _closes_clause(text: str, end: int, clause_end: int) -> bool:
    """泄露美外交官私人信息完全不可接受|,  …游乐场是不可接受|、完全无法容忍的: a word that nothing
    but a closing 的 or quote follows in its clause, or only another verdict joined by 、,
    says what the deed before it is; it has no object of its own."""
    rest = text[end:clause_end].lstrip(_VERDICT_TAIL).lstrip()
    return not rest or rest[0] in "，,。；;！？!?、"


def _dates_since(text: str, pos: int, end: int) -> bool:
    """自|冲突|开始以来, 自从|战争|爆发以来: a war noun that names no sides, opened by 自 and
    closed by 以来 after at most a verb of its onset (words.tsv onset), names a time since,
    not a fight (but 俄乌冲突爆发以来 names its sides, and they fight)."""
    if not text[max(0, pos - 2) : pos].endswith(("自", "从")):
        return False
    onset = word_at(text, end, "onset")
    return text.startswith("以来", end + len(onset))


def _outbreak_since(text: str, pos: int, end: int) -> bool:
    """新一轮巴以冲突|爆发以来, 以黎冲突|爆发后: a war fought on a people whose armed groups
    fight back (words.tsv proxy_war_sides) that breaks out, closed by 以来 or 后 (outbreak_since,
    since_mark), names the start of a time, not a fight reported: independent annotators code
    no attack there (7 of 8 on the round-47 outsider sets); 俄乌冲突爆发以来 is still fought."""
    if not any(text.endswith(w, 0, pos) for w in words("proxy_war_sides")):
        return False
    onset = word_at(text, end, "outbreak_since")
    return bool(onset) and bool(word_at(text, end + len(onset), "since_mark"))


def _forum_met(action: Action) -> bool:
    """出席|G20|峰会, 举办亚太经合组织峰会: a forum (words.tsv forum) whose summit is attended
    or hosted is only the occasion; nobody meets the forum itself (annotators never code it,
    unlike a body with organs of its own: 出席东盟外长会议 meets 东盟)."""
    forums = words("forum")
    return action.object.actor.key in forums or action.subject.actor.key in forums


def _actions_for(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    trig: Trigger,
    mentions: list[Mention],
    status,
    targets=frozenset(),
    done: Sequence[Action] = (),
    discourse: Discourse | None = None,
    on_demand: _StatusAsked | None = None,
) -> Iterator[Action]:
    """The acts of the trigger at ``pos``, with ``status``; where ``status`` is _PENDING and
    ``on_demand`` is given, the one path that reads the status asks ``on_demand`` for it."""
    discourse = discourse or Discourse()
    clause = clauses[index]
    end = pos + len(trig.word)
    if "owned" in trig.flags and not _owned_list(text, clause, pos, mentions):
        return  # 名单, 清单 alone: a list only when a state owns it (遭列入美方清单)
    if opens_with(text, pos, "aggression") and _resisted_doer(text, pos, mentions) is not None:
        return  # 向乌提供武器以击退|俄|进攻: the doer's act, read by _aggression_resisted
    if (
        trig.word in words("resist")
        and opens_with(text, _after_doer(text, end, mentions), "aggression")
        and _purpose_recipient(text, pos, mentions) is not None
    ):
        return  # 向乌提供武器以|击退|俄进攻: the recipient repels it, not the giver
    if "causative" in trig.flags and not any(m.start == end for m in mentions):
        return  # 推动两国关系发展: no actor right after it, nobody is made to act
    if "occasion" in trig.flags and opens_with(text, end, "occasion_time"):
        return  # 出席东盟峰会|期间|会见莫迪: the meeting attended only dates another act
    if "descriptive" in trig.flags and _describes_noun(text, end, clause, mentions):
        return  # 11个与中国建交的岛国, 所罗门群岛与北京建交的决定: the act describes a noun
    if (
        "disavowal" in trig.flags
        and not _denies_claim_of(text, clause, end, mentions)
        and not _denies_charge_before(text, clause, end, mentions)
    ):
        return  # 伊朗否认向俄罗斯提供导弹: the denial negates the deed, it rejects nobody
    if "possibility" in trig.flags and not _possibility_ruled_out(text, clause, pos, end):
        return  # 不排除使用军事手段, 排除干扰: no possibility ruled out, nobody refused
    if "bid" in trig.flags and pos > 0 and is_word(text[pos - 1 : end]):
        return  # 聘|请|美国律师, 提|请: the bid closes another word and asks nobody
    if trig.event_type == "AGREE" and _deal_discussed(text, clause, pos, end):
        return  # 两国代表团将讨论新的停火协议: the deal is what is talked about, not reached
    if trig.word in _DEAL_NOUNS and _deal_kept(text, pos):
        return  # 英法德3国重申会履行协议: who keeps or breaks a deal reaches none here
    if trig.predicate.name == "fightsWith" and _dates_since(text, pos, end):
        return  # 同意进行自冲突开始以来最大规模的换俘: the war only dates the exchange
    if trig.predicate.name == "fightsWith" and _outbreak_since(text, pos, end):
        return  # 新一轮巴以冲突爆发以来,真主党不时袭击以色列: the outbreak only dates what follows
    if trig.predicate.name == "fightsWith" and _war_on_agenda(text, clause, end):
        return  # 俄乌战争等全球议题, 包括俄乌战争的安全议题: the war is an issue on the agenda
    if trig.word in words("verdict_word") and _closes_clause(text, end, clause.end):
        trig = replace(triggers()["是不可接受的"], word=trig.word)  # 信息完全不可接受,: a verdict
    if "speaker" in trig.objects:
        yield from _evaluation(
            text, clauses, index, pos, trig, mentions, status, discourse, done, on_demand
        )
        return
    if trig.event_type == "AID" and _aid_talked_about(text, clause, pos, end):
        return  # 讨论向缅甸提供人道援助的事宜: the aid is what is talked about, not given
    if trig.event_type == "AID" and _donor_noun(text, end):
        yield from _donors_named(text, clause, pos, trig, mentions, status)
        return  # 美国是乌克兰最大的军事援助国: the noun names the donor, not an act's object
    if "partner_noun" in trig.flags:
        # 埃及是土耳其最大的贸易伙伴, 中国是俄罗斯的主要战略伙伴: the copula's topic is the
        # partner of the one named right before the noun, as a donor noun names its donor
        yield from _donors_named(text, clause, pos, trig, mentions, status, scoped=True)
        return
    if trig.event_type == "ASSAULT" and "mutual" not in trig.flags and _casualty_after(text, end):
        killed = _killed_in_attack(text, clause, pos, trig, mentions, status)
        if killed is not None:  # 指挥官在以军空袭中身亡: the one killed is hit, not the doer
            yield from killed
            return
    if trig.event_type == "ACCUSE" and _denied_charge(text, clause, pos):
        return  # 该国否认向快速支援部队提供武器的|指控: whoever accused, not the denier
    if trig.event_type == "ACCUSE" and _charge_describes(text, clause, pos, trig.word, mentions):
        return  # 他说,|指控潘福仁受贿的|犯罪事实…: the charge describes a claim; no accuser
    if "asker" in trig.objects:
        yield from _failed_request(text, clauses[0].start, pos, trig, mentions, status, discourse)
        return
    if _characterised(text, clause, pos):
        return  # 特朗普将这一举措描述为|对博索纳罗的政治迫害: what the act is called, not done
    if "body" in trig.objects and _inside_trigger(trig, mentions):  # 草案由中俄提出
        yield from _put_to_body(mentions, trig, pos, status, discourse)
        return
    if "pretext" in trig.objects:
        yield from _pretext(text, clauses, index, pos, trig, mentions, status, targets)
        return
    caused = _caused_response(text, clause, pos, trig, mentions)
    if caused is None and _response_of_nobody(text, clause, pos, trig, mentions):
        return  # 美国对台军售引发强烈不满: whoever is displeased is not named
    if caused is not None:  # 美国对台湾的军售引发中国强烈不满: 中国 objects to 美国
        agent, targets = caused
        for target in targets:
            if not _same_side(agent, target):
                confidence = _confidence(agent, target, "passive", True)
                yield Action(agent, target, trig, pos, status, confidence, "passive")
        return
    agents = _invited_by(text, clause, pos, trig, mentions) or _passive_agents(
        text, clause, pos, mentions
    )
    if agents:
        yield from _reversed_frame(
            text, clauses, index, pos, trig, mentions, status, agents, discourse
        )
        return
    if (
        agentless_passive(text, clause, pos)
        or _listed_passive(text, clause, pos)
        or _list_owner(text, clause, pos, mentions) is not None
        or (trig.word.startswith("被") and "listing" not in trig.flags)
    ):  # (被制裁者包括…: a list of the ones it was done to, named after it)
        # 中兴被指控…, 14名船员今天被放还: who does it is not said here; the one it is done
        # to is no actor of it. The actor of the last act of this kind, if any, does it; a
        # list named by its owner (被列入美国制裁名单, 遭列入美方清单) is the owner's.
        owner = _list_owner(text, clause, pos, mentions)
        agent = owner or discourse.agent(trig.event_type)
        listed = [m for m in mentions if m is not owner]
        patients, _ = _subjects(text, clauses, index, pos, listed, [], targets)
        if _relative_passive(text, clause, pos, pos + len(trig.word)):
            patients = _passive_described(text, pos + len(trig.word), mentions)
        holder = _held_in(text, clause, pos, mentions) if trig.event_type == "COERCE" else None
        if holder is not None:  # 中国学者在美被拘押: the country it happens in holds them
            agent = holder
            patients = [p for p in patients if p.actor.key != holder.actor.key]
            patients = patients or _nationals_before(text, clause, holder, mentions)
        if agent is not None and trig.event_type == "ACCUSE":
            patients = _accused_before(patients, discourse.act(trig.event_type))
        if trig.predicate.name == "expelsDiplomatsOf" or "expulsion" in trig.flags:
            named = [m for m in mentions if clause.start <= m.start and m.end <= pos]
            posted = _hosts_expelling(text, patients or named)  # (…大使馆的一名外交官被驱逐)
            if posted:  # 俄罗斯驻立陶宛大使馆一名工作人员被驱逐(出境): the host expels them
                trig = replace(trig, predicate=predicates()["expelsDiplomatsOf"])
                for host, patient in posted:
                    confidence = _confidence(host, patient, "passive", False)
                    yield Action(host, patient, trig, pos, status, confidence, "passive")
                return
        undone = UNDOES.get(trig.event_type)
        if agent is None and undone is not None:  # 日本扣押了中国渔船。…船员被放还: who
            act = discourse.act(undone)  # detained them releases them
            if act is not None:
                agent, patients = act[0], patients or [act[1]]
        for patient in patients if agent is not None else []:
            if not _same_side(agent, patient):
                confidence = _confidence(agent, patient, "passive", False)
                yield Action(agent, patient, trig, pos, status, confidence, "passive")
        return
    if _passive_by_nonactor(text, clause, pos, mentions):
        return  # …的军事行动遭到多国反对: who objects is named by no actor
    if "handed" in trig.flags and not _hands_over_goods(text, clause, pos, end):
        if _hands_over_territory(text, clause, pos, end):  # 将巴拿马运河移交巴拿马政府: yielded
            trig = replace(trig, predicate=predicates()["concedesTo"])
        elif not _hands_over_suspects(text, clause, pos):
            return  # 将主办权移交给美方代表, 将报告转交给联合国: what is handed over is no aid
        else:
            trig = replace(trig, predicate=predicates()["cooperatesWith"])  # 将…毒枭移交给美国
    if "ballot" in trig.flags:
        voters = _voters_listed_after(text, clause, end, mentions)
        if voters:  # 投反对票的国家是俄罗斯、叙利亚和朝鲜: each listed voter casts it
            yield from _votes_cast(voters, trig, pos, status, mentions, discourse)
            return
    inner = _inner_pair_act(text, clause, pos, end, trig, mentions)
    if inner is not None:  # 制裁|与伊朗签署石油协议的|公司: the firms sign, not who sanctions
        for partner in _introduced(text, clause, pos, _WITH, mentions) if inner else []:
            if not _same_side(inner, partner):  # type: ignore[arg-type]
                confidence = _confidence(inner, partner, "relative", True)  # type: ignore[arg-type]
                yield Action(inner, partner, trig, pos, status, confidence, "relative")  # type: ignore[arg-type]
        return
    gapped = _gapped_relative(text, clause, pos, end, trig, mentions)
    if isinstance(gapped, Mention) and _firm_head(text, gapped):
        gapped = False  # 制裁|资助哈马斯的伊朗|公司: the firms fund it, no actor named
    if gapped is not None:  # 谴责|袭击以色列的|胡塞武装: the head attacks, not who condemns
        for obj in _gapped_objects(text, clause, end, mentions) if gapped else []:
            if not _same_side(gapped, obj):  # type: ignore[arg-type]
                confidence = _confidence(gapped, obj, "relative", True)  # type: ignore[arg-type]
                yield Action(gapped, obj, trig, pos, status, confidence, "relative")  # type: ignore[arg-type]
        return
    framed = _coverb_gap_head(text, clause, pos, end, trig, mentions)
    if framed is not None:  # 制裁|向俄罗斯提供无人机的|伊朗: the head gives, not who sanctions
        yield from _coverb_gap_acts(text, clause, pos, trig, mentions, status, framed)
        return
    head = _relative_head(text, clause, end, mentions)
    if head is None and trig.event_type == "AID" and opens_with(text, end, "aid_goods"):
        head = _relative_head(text, clause, _past_goods(text, end), mentions)  # 运送物资的土耳其船
    if head is not None and _copula_topic(text, clause, pos, mentions):
        head = None  # 巴祖姆是西共体承认的|尼日尔合法领导人: the head is the topic before 是
    if head is not None:  # 侵入的印度空军战机: the actor the clause describes is its subject
        yield from _relative(text, clause, pos, trig, mentions, status, head)
        return
    described = _opening_relative(text, clause, pos, end, trig, mentions)
    if described is not None:  # 正在访问中国的法国总统马克龙: the head visits the country
        doer, target = described
        if not _same_side(doer, target):
            confidence = _confidence(doer, target, "relative", True)
            yield Action(doer, target, trig, pos, status, confidence, "relative")
        return
    if trig.event_type == "COOPERATE" and _damaged_cooperation(text, clause, pos, end):
        return  # 破坏中美两国经贸合作基础, 对中美合作造成破坏: what a wrong hurts, no act
    if trig.event_type == "CONSULT" and _damaged_talks(text, clause, pos, end):
        return  # 破坏与国际原子能总署数月来的互动: talks a wrong hurts, no act of their sides
    if (
        trig.event_type in _COOPERATIVE
        and _modifies_noun(text, _principle_end(text, end, trig), clause)
        and not _prospect_of(text, end)
    ):
        if not _trade_by_named_parties(text, clause, pos, trig, mentions) and not _copula_topic(
            text, clause, pos, mentions
        ):
            return  # 从墨西哥进口的商品, 提供的援助: the act only describes a thing
    reasons = _reasons_before(clauses, index, pos, mentions, done)
    if reasons:  # 以伊朗违反核协议为由,启动…: who gave the reason acts, on whom it blames
        yield from _for_reason(text, clause, pos, end, trig, mentions, status, reasons)
        return
    if _war_talked_about(text, clause, pos, trig, mentions) or _clash_of_views(text, pos, trig):
        return
    if "mutual" in trig.flags and _unnamed_pair_before(text, pos, mentions):
        return  # 俄美对…涉俄乌|冲突: the sides of the conflict are the pair glued to it
    objects, frame = _objects(text, clause, pos, end, trig, mentions)
    if not objects and "snapback" in trig.flags:
        objects = _snapback_target(mentions)
        frame = "after" if objects else frame  # 英法德启动回弹机制…伊朗: the UN's sanctions on Iran
    if not objects and "after" in trig.objects:
        head = _gapped_head_after(text, clause, end, trig, mentions)
        if head is not None:  # 谴责|袭击以色列的胡塞武装: the head the relative describes
            objects, frame = [head], "after"
    if "after" in trig.objects and frame in {"after", ""}:
        ahead = _coverb_gap_after(text, clause, end, trig, mentions)
        if ahead is not None:  # 制裁|向俄罗斯提供无人机的|伊朗: the head, not 俄罗斯
            heads: list[Mention] = []
            if isinstance(ahead, Mention) and not _national_of(text, ahead):
                heads = _with_coordinated(text, clause, ahead, mentions)
            objects, frame = (heads, "after") if heads else ([], "")
    if "recall" in trig.flags:  # an envoy recalled: the recall is aimed at the host
        objects, frame = _recalled_from(text, end, objects, frame, mentions)
    if _drill_in_stance(text, clause, pos, end, trig, frame):
        return  # 中方对美韩在半岛举行的军事演习|表示关切: the drill is what the stance is about
    if "drill" in trig.flags and frame == "at":  # 在台湾岛周边开展联合演训: a drill against it
        trig = replace(trig, predicate=predicates()["exercisesAgainst"])
    if "expulsion" in trig.flags and _envoys_of(text, clause, pos, objects):
        trig = replace(trig, predicate=predicates()["expelsDiplomatsOf"])  # 将…外交官驱逐出境
    if trig.predicate.name == "expelsDiplomatsOf":
        objects = _missions_as_states(objects)  # 驱逐委内瑞拉驻美使馆代办: Venezuela's envoys
        if all(text[o.start - 1 : o.start] == "驻" for o in objects):  # (none, or a host)
            owners = _owner_of_expelled_envoys(text, clause, end, mentions)
            if owners:  # 驱逐两名驻匈的乌克兰外交人员: Ukraine's, not Hungary where they serve
                objects, frame = owners, "after"
    if not objects and trig.word.startswith("予以") and "to" in trig.objects:
        objects = _dui_in_clause_before(text, clauses, index, mentions)
        frame = "to" if objects else frame  # 对美舰进行识别查证,并予以警告驱离: the 美舰
    if not objects and "to" in trig.objects:
        objects = _dui_over_comma(text, clauses, index, pos, mentions)
        frame = "to" if objects else frame  # 对X无视…,仍执意侵扰…的行径表达强烈谴责: X
    if "causative" in trig.flags and not _made_to_act(text, clause, frame, objects):
        if "bid" not in trig.flags or not _bid_to_act(text, clause, frame, objects):
            return
    if "inquiry" in trig.flags and _helps_inquiry(text, clause, frame, objects):
        return  # 协助|韩国|调查此案: the help goes to the inquiry, no aid
    if _verb_after_dui(text, clause, pos, frame, objects):
        return  # 对“协助乌克兰军队”的英国公司: the firm helps, not whoever acts on it
    if frame == "after" and _cleft_agents(text, end, objects, clause):
        return  # 有指空袭是叙军或俄军发动: who made the attack, not whom it hit
    if frame in _TO_FRAMES and trig.event_type in _PHYSICAL | {"MOBILIZE"}:
        opener = _coverb_start(text, objects[0])
        if text[max(clause.start, opener - 4) : opener].endswith(words("counter")):
            return  # 应对对白俄罗斯的任何侵略: whoever attacks Belarus, not the one who answers
    nested = frame in _TO_FRAMES and _inner_actor(
        text, clause, _coverb_start(text, objects[0]), end, mentions, objects
    )
    if frame in _TO_FRAMES and not nested and _inside_view(text, clause, end, objects[0]):
        return  # 他对朝鲜战争的看法: what a view is about, nobody's act
    if frame in _TO_FRAMES and not nested and _inside_to_phrase(text, clause, end, objects[0], pos):
        # 对朝鲜发射导弹表示遗憾: the actor after 对 acts; what it acts on follows the trigger
        after = _after(text, clause, end, trig.gap, mentions) if "after" in trig.objects else []
        for obj in after:
            if not _same_side(objects[0], obj):
                confidence = _confidence(objects[0], obj, "after", False)
                yield Action(objects[0], obj, trig, pos, status, confidence, "after")
        return
    if frame == "compound" and trig.event_type in _TALKED_ABOUT:
        if _later_topic_listed(text, min(_front(m) for m in objects)):
            objects, frame = [], ""  # 两国元首就乌克兰危机、|巴以|冲突等问题交换意见: a pair in
            # a later item of the list of topics is no side of the talks; their own sides are
    if frame == "compound":
        if trig.event_type in _TALKED_ABOUT and _pair_talked_about(text, objects):
            return  # 就两国合作热点问题交换意见: the cooperation is what is talked about; the
            # sides of a deal named there are no sides of the talks (就中日韩自贸协定问题交换意见)
        if trig.event_type == "AGREE" and _named_as_topic(text, end):
            return  # 触及“美台自由贸易协定”的议题: a deal named as an issue is not reached
        if "pact" in trig.flags and _truce_talked_about(text, objects, pos, end):
            return  # 就俄乌停火进程通话, 谈俄乌停火: the truce is what is talked about
        if _with_side(text, objects[0]) and "的" not in text[max(m.end for m in objects) : pos]:
            return  # (习近平)同一天与|美俄领导人|通话: the compound is the other side, not a
            # pair (but 失败与|中日条约的签订: 与 joins two nouns, the compound's deal is signed)
        yield from _pairwise(objects, trig, pos, status)
        return
    if frame == "inner":  # 中国推迟了…中欧峰会: the subject acts on the other side inside
        subjects, same_clause = _subjects(text, clauses, index, pos, mentions, [], targets)
        for subject in subjects:
            for obj in objects:
                if not _same_side(subject, obj):
                    confidence = _confidence(subject, obj, frame, same_clause)
                    yield Action(subject, obj, trig, pos, status, confidence, frame)
        return
    vetoed = trig.predicate.name == "vetoes"
    if vetoed and objects:  # 中美立场一致,俄罗斯一票否决: the veto is cast in the body
        objects = _veto_targets(objects, discourse, pos)
    against = ("ballot" in trig.flags or vetoed) and trig.event_type == "REJECT"
    if not objects and against:  # 美国…提交的决议草案,而中俄对该草案行使了否决权: the proposer
        objects = _proposers_near(text, pos, mentions)
        frame = "focus" if objects else frame
    if not objects and ("body" in trig.objects or against):
        # 中俄提交决议草案: to the body in focus; 联合国大会…通过决议。俄罗斯投票反对: the vote
        # against is cast in the body the article named last (a bare vote for names none)
        body = discourse.body(end)
        if body is not None and _cosponsor(text, clause, pos, body, mentions):
            body = None  # 英国和欧盟提交决议草案: a body that submits it is no body it goes to
        objects, frame = ([body], "focus") if body is not None else ([], "")
    carried = None if objects else _with_list_carried(text, clauses, index, pos, trig, mentions)
    if carried is not None:  # 王毅、王文涛同塞内加尔外长艾莎塔,经济…部部长奥特共同主持会议
        hosts, partners = carried
        for host in hosts:
            for partner in partners:
                if not _same_side(host, partner):
                    confidence = _confidence(host, partner, "with", False)
                    yield Action(host, partner, trig, pos, status, confidence, "with")
        return
    if not objects:
        front = _meeting_named_by_body(text, clause, pos, trig, mentions)
        subjects, own = _subjects(
            text,
            clauses,
            index,
            front,
            mentions,
            [],
            targets,
            armed=trig.event_type in _ACCUSED_GO_ON,
            stubborn=_stubborn(trig),
            charged=trig.event_type in _CHARGES_GO_ON,
        )
        subjects = subjects or _members_listed_after(text, clauses, index, pos, mentions)
        if trig.event_type == "SANCTION" and len(subjects) == 1:
            responders = _responders(text, clauses, index, pos, subjects[0], mentions, targets)
            for responder in responders:  # 俄罗斯(将)回报美国制裁措施: 美国 has sanctioned
                confidence = _confidence(subjects[0], responder, "focus", True)  # 俄罗斯
                yield Action(subjects[0], responder, trig, pos, "asserted", confidence, "focus")
            if responders:
                return
        if "parties" in trig.objects and text.endswith(words("benefit"), clause.start, pos):
            return  # 欢迎一切有利于促成停火的努力: what efforts would help, no one's act
        if "parties" in trig.objects:  # 促成了这项协议: the sides of the agreement in focus
            yield from _mediated(
                subjects, trig, pos, status, discourse, _exchange_named(text, clause, pos)
            )
            return
        helped = _sides_before_helper(text, clauses, index, pos, subjects, trig, mentions)
        if helped:  # 以色列与哈马斯在卡塔尔和埃及的斡旋下,(在多哈)举行谈判: the talks are theirs
            yield from _pairwise(helped, trig, pos, status, "with")
            return
        if (
            subjects
            and _mediation_between(text, subjects[-1].end, pos)
            and not _framed_helper(text, subjects[-1].end, pos, mentions)
        ):  # 在促成这项协议方面: the agreement is the sides', not the mediators'
            if trig.event_type == "AGREE" and _mediated_then_reached(text, subjects[-1].end, pos):
                sides = discourse.sides(all(s.actor.type != "Person" for s in subjects))
                if sides is not None and not any(_same_side(s, x) for s in subjects for x in sides):
                    yield from _talks_of_pair(trig, pos, status, sides)  # 普京斡旋达成停火协议
            return
        framing = None if own else _sides_after_frame(text, clauses, index, pos, end, mentions)
        if framing is not None and _unowned_talks(text, clause, pos, trig, mentions):
            yield from _talks_of_pair(trig, pos, status, framing)  # 在此后的磋商中,美国接受了…
            return
        if not subjects and _unowned_talks(text, clause, pos, trig, mentions):
            yield from _talks_of_pair(trig, pos, status, _pair_talking(trig, done, discourse))
            return
        if (not own or all(map(_where, subjects))) and _unowned_fight(
            text, clause, pos, trig, mentions
        ):
            pair = _pair_fighting(done, discourse)  # …开始停火,但乌国东部仍爆发新的战斗
            yield from _talks_of_pair(trig, pos, status, pair)
            yield from _talks_of_pair(trig, pos, status, pair and (pair[1], pair[0]))
            return
        if own and len(subjects) >= 2 and _other_side_acted_on(text, clause, end):
            yield from _pairwise(subjects, trig, pos, status, "mutual")  # 双方都指责对方
            return
        if len(subjects) >= 2 and _each_other_before(text, clause, pos, len(subjects)):
            # 双方…相互提供军事援助: each side said to do it, no war merely named by its sides
            yield from _pairwise(subjects, trig, pos, status, "mutual")
            return
        if "together" in trig.flags and not _named_as_one(subjects):
            return  # 英国、法国和德国外长发表声明: each issues its own, no joint statement
        if trig.objects == {"toward"} and trig.event_type in SYMMETRIC_TYPES:  # 向X通报, 向X知会:
            return  # told to no one found, no pair of the tellers (英国、法国和德国通报,…)
        if trig.event_type in SYMMETRIC_TYPES or "mutual" in trig.flags:
            joint = trig.objects & {"with", "compound"} or trig.event_type in {"AGREE", "CONSULT"}
            several = len(subjects) >= 2 and not isinstance(_including(text, subjects[0]), Mention)
            if (
                len(subjects) >= 2
                and joint
                and not several
                and not _with_side(text, subjects[0])
                and not _noun_of_other_verb(text, subjects[-1].end, pos, trig)
                and not _negated_attended(text, clause, pos, status, on_demand)
                and not (len(subjects) > 2 and _attends(text[subjects[-1].end : pos]))
                and not (not own and _deal_opens_clause(text, clause, pos, trig, mentions))
                and not (trig.predicate.name == "accepts" and _each_of_several(text, subjects))
                and not _joined_hands(text, subjects[-1], trig)
            ):  # 两国签署, 双方同意; not 这些国家
                # 进口, nor 包括韩国、新加坡在内的国家接受协议 (examples of a group, not parties)
                asked = _asked_by_proposers(text, clauses, index, pos, trig, subjects, done)
                # (a name of its own, not partner: that one is a Mention, and a None in it would
                # fail the compiled build's check of a native class)
                shared = (
                    None if own else _partner_of_listed(text, clauses, index, pos, subjects, done)
                )
                if shared is not None:  # 美国、日本相继与欧盟谈判,达成了…: each with the EU
                    for subject in subjects:
                        confidence = _confidence(subject, shared, "with", False)
                        yield Action(subject, shared, trig, pos, status, confidence, "with")
                    return
                yield from _pairwise(subjects if asked is None else asked, trig, pos, status)
            elif len(subjects) == 1:  # 希望中方…恢复会谈: talks with the one who hopes so
                wisher = _wisher_of(subjects[0], done)
                if wisher is not None and _several_parties(text, subjects[0]):
                    pass  # 希望缅甸相关各方通过对话协商: talks among them, not with who hopes
                elif (
                    wisher is not None
                    and not _same_side(subjects[0], wisher)
                    and trig.event_type in SYMMETRIC_TYPES  # (希望乌克兰赢得战争: no side)
                ):
                    confidence = _confidence(subjects[0], wisher, "wish", False)
                    yield Action(subjects[0], wisher, trig, pos, status, confidence, "wish")
                elif wisher is None and trig.event_type in SYMMETRIC_TYPES:
                    partners, chained = [], None
                    if not own:
                        partners = _partners_of_joined_act(
                            text, clauses[index], pos, subjects[0], done
                        )
                        chained = (
                            None
                            if partners
                            else _chained_act(text, clauses, index, pos, subjects[0], done)
                        )
                    if chained is not None:  # 中方愿同沙方加强沟通,深化…合作: still with 沙方
                        partners = [chained.object]
                        status = "intended" if chained.status == "intended" else status
                    for partner in partners:
                        confidence = _confidence(subjects[0], partner, "with", False)
                        yield Action(subjects[0], partner, trig, pos, status, confidence, "with")
                    counterpart = (
                        None
                        if partners
                        else _we_with_counterpart(subjects[0], trig, done, discourse)
                    )
                    if counterpart is None and not partners and trig.predicate.name == "accepts":
                        # 特朗普表示,谢恩鲍姆同意阻止移民: she agreed with the one who reports it
                        counterpart = _reporter_agreed_with(
                            text, clauses, index, pos, end, subjects[0], mentions
                        )
                    if counterpart is not None:  # 习近平指出,我们在釜山举行会晤,达成…共识
                        confidence = _confidence(subjects[0], counterpart, "focus", False)
                        yield Action(
                            subjects[0], counterpart, trig, pos, status, confidence, "focus"
                        )
            return
        objects, frame = _next_clause_target(text, clauses, index, end, trig, mentions)
        if len(objects) > 1 and subjects and any(_same_side(subjects[0], o) for o in objects):
            objects, frame = [], ""  # 普京表示反对,美国与俄罗斯的关系…, 警告,双方正在…: a pair
            # with the speaker's own side is what the clause is about, not whom the act is aimed at
        if not objects and trig.event_type == "REQUEST" and subjects:
            holder = _holder_asked_to_release(text, clause, end, mentions, discourse)
            if holder is not None and not _same_side(subjects[0], holder):
                objects, frame = [holder], "focus"  # 要求立即释放孔戴: who detained him is asked
        if not objects and trig.event_type == "REQUEST" and subjects:
            doers = _doers_asked_to_halt(text, clause, end, mentions, subjects[0], done, discourse)
            if doers:
                objects, frame = doers, "focus"  # 呼吁停止暴力袭击: whoever attacked is asked
        if not objects and trig.event_type in _ADDRESSED_TYPES and subjects:
            demand = trig.event_type == "REQUEST"
            addressee = _letter_addressee(text, clauses, index, pos, demand, mentions)
            if addressee is not None and not _same_side(subjects[0], addressee):
                objects, frame = [addressee], "focus"  # 致信安理会,要求召开紧急会议
        if not objects and trig.event_type == "REQUEST" and subjects:
            pressed = _pressed_before(text, clauses, index, pos, end, subjects[0], done)
            if pressed:
                objects, frame = pressed, "focus"  # 施压莫斯科与基辅,要求终结这场战争
        own_warning = False
        if frame == "next" and "inside" in trig.objects and subjects:
            objects = _warned(text, clauses, index, subjects[0], objects, mentions)
            if all(_same_side(subjects[0], o) for o in objects):  # 警告,朝鲜将采取…措施:
                objects, frame, own_warning = [], "", True  # its own move, aimed as in focus
        if subjects:  # 谴责韩美…联合军演,并警告恐将造成严重后果: both are warned
            objects, frame = _warning_aimed(
                text, clauses, index, trig, subjects[0], objects, frame, mentions, done
            )
        if not objects and trig.event_type == "AID" and subjects:
            recipient = _recipient_before(text, clauses, index, mentions)
            if recipient is not None and not _same_side(subjects[0], recipient):
                objects, frame = [recipient], "focus"  # 向乌克兰提供…,包括美国提供…: Ukraine
        if subjects and _judges_this(text, clause, end, trig):
            judged = _last_hostile_agents(done, discourse)  # 指责这是“野蛮的侵略”: who did it
            judged = [j for j in judged if not _same_side(j, subjects[0])]
            if judged:
                objects, frame = judged, "focus"
        if not objects and subjects and trig.event_type in _RESPONSE_TYPES:
            cause = _actor_of_cause(text, clause, pos, subjects[0], mentions)
            if cause is not None:  # 日本因朝鲜发射导弹而感到愤怒: the one whose act is the cause
                objects, frame = [cause], "focus"
        if not objects and subjects and "interception" in trig.flags:
            launcher = _attacker_of(subjects[0], done, discourse)
            if launcher is not None:  # 俄军发射了165架无人机,乌克兰击落了其中69架: the launcher
                objects, frame = [launcher], "focus"
        if not objects and subjects and trig.predicate.name == "rebuts":
            author = _claim_author_before(text, clause, pos, mentions)
            if author is not None and not _same_side(author, subjects[0]):
                objects, frame = [author], "focus"  # 对特朗普的言论反驳称: the author of the words
        coup = False
        if not objects and subjects and trig.event_type == "ACCUSE":
            makers = _coup_makers(text, clause, pos, end, mentions, done, discourse)
            if makers is not None and not _same_side(makers, subjects[0]):
                objects, frame = [makers], "focus"  # 谴责任何以武力夺取政权的行为
            coup = makers is None and _coup_condemned(text, clause, pos, end, mentions)
        if not objects and subjects and trig.event_type == "ACCUSE" and not coup:
            attacker = _attacker_of(subjects[0], done, discourse)
            if attacker is not None and _attack_on_condemned(text, clause, end, mentions):
                objects, frame = [attacker], "focus"  # 谴责对伊朗的袭击: who attacked it
        if (
            not objects
            and not coup  # 领导人谴责政变, no maker known: not whoever is in focus
            and (
                "focus" in trig.objects or own_warning or _warns_about_this(text, clause, pos, trig)
            )
            and subjects
            and (
                _nothing_after(text, clause, end)
                or _talks_refused(text, clause, end, trig)
                or ("possibility" in trig.flags and _possibility_of_no_one(clause, end, mentions))
            )
            and not _says_of_someone(text, clauses, index, end, mentions)
            and not _object_of_act(text, clause, pos)
            and not ("content" in trig.flags and _act_opposed(text, clause, end))
            and not _vote_counted(text, clauses, index, pos)
            and not _reason_of_what_follows(text, clause, clauses)
            and not (trig.predicate.name == "threatens" and _measures_to_protect(text, clause))
            and not (trig.predicate.name == "threatens" and _ready_for_peace(text, clause, pos))
            and not (trig.predicate.name == "threatens" and _response_compelled(text, clause, pos))
            and not _response_to_no_one(text, clause, pos, trig, mentions)
            and not _aimed_at_topic(text, clause, pos)
            and not _concern_over_strife(text, clause, pos, trig)
            and not _protest_not_lodged(text, pos, end, trig, subjects[0])
        ):
            if trig.event_type == "ACCUSE" and _incident_condemned(
                text, clause, pos, end, mentions
            ):
                implied = _attacker(done, discourse)  # 对袭击事件予以谴责: whoever attacked
            elif "retaliation" in trig.flags and _attacker_of(subjects[0], done, discourse):
                implied = _attacker_of(subjects[0], done, discourse)  # 要发起报复打击
            elif _vow_by_the_attacker(trig, subjects[0], done, discourse):
                implied = None  # 伊朗指控以色列袭击…并誓言报复: 以色列 read as the one who vows
            elif "disavowal" in trig.flags:
                implied = _accuser_of(subjects[0], done, discourse)  # 塔利班否认这项指控
            elif _forced_yield(text, clauses[index], subjects[0], trig):
                implied = None  # 美国…试图迫使伊朗在核谈判中让步: the forcer's act, none of its own
            elif trig.predicate.name == "declaresCeasefireWith":
                implied = discourse.foe(subjects[0])  # 柬埔寨宣称愿无条件停火: with its foe; no
                # fight told, no side (泽连斯基…重申愿意接受全面停火: not 美国, whom he called)
            else:
                trig = _echoed_refusal(trig, subjects[0], done)
                if trig.word == "退出":  # 三国宣布退出西共体…宣布退出前: the body left before
                    trig = _body_left_before(
                        text, clauses, index, mentions, subjects, (pos, trig), done, discourse
                    )
                implied = _counterpart(
                    text, clauses, index, mentions, subjects, (pos, trig), done, discourse
                )
            if implied is not None and _fellow_subject(text, implied, subjects, mentions, pos):
                implied = None  # 中俄联手否决: 俄 votes with 中, it is not what 中 rejects
            if implied is not None and _victim_before(text, clause, implied, pos):
                # 对伊朗使馆遭袭击一事表示谴责: not the victim, but whoever made the last attack
                implied = _attacker(done, discourse) if trig.event_type == "ACCUSE" else None
            if implied is not None and _backer_of(implied, subjects[0], done):
                implied = None  # 中方支持古巴…反对外来干涉: not what the one backed opposes
            if (
                implied is not None
                and trig.event_type in _HOSTILE
                and _backer_of(subjects[0], implied, done)
            ):
                implied = None  # 中方支持古巴人民…,反对外来干涉: nor whom the opponent backs
            if (
                implied is not None
                and not _responds_to_said(text, clause, pos, trig)  # (对此谈话…: its speaker)
                and _reporter_of(text, clauses, index, pos, mentions, implied, discourse)
                and not any(
                    a.subject.actor.key == implied.actor.key
                    and a.trigger.event_type == "REQUEST"
                    and _same_side(a.object, subjects[0])
                    for a in done
                )
                and not any(
                    asker.actor.key == implied.actor.key and _same_side(asked, subjects[0])
                    for asker, asked in discourse.askers()
                )
            ):  # 傅聪说,美国再次滥用否决权: who tells of it is no target, unless the act answers
                implied = None  # a demand of theirs (王毅说,美方应…,美方拒绝了)
            objects = _with_fellow_agents(implied, done) if implied else []
            if len(objects) == 1 and trig.event_type == "THREATEN":
                objects = _with_fellow_targets(objects[0], subjects[0], done)  # 谴责三国,并
                # 扬言将作出适当回应: each of the three
            if len(objects) == 1 and _about_this(text, clause.start, pos):
                objects = _fellow_agents_before(objects[0], subjects[0], done, discourse)
            if len(objects) == 1:  # 朝鲜警告,如果美国和韩国举行军演: each side the condition names
                objects = _condition_sides(text, clauses, index, objects[0], mentions, subjects[0])
            if len(objects) == 1:  # 美韩联合军演启动。对此朝鲜警告: both sides of the joint act
                objects += [
                    p
                    for p in discourse.partners(objects[0])
                    if not _same_side(subjects[0], p) and not _same_side(objects[0], p)
                ]
            frame = "focus" if objects else ""
        if not objects:
            return
    if "withdrawal" in trig.flags and frame != "envoy":
        trig = _withdrawal(trig)  # 以军撤离加沙: who leaves a place withdraws from it
    first = min(objects, key=lambda o: o.start)
    boundary = _coverb_start(text, first) if frame in {"with", "to", "from", "envoy", "ba"} else pos
    if frame in {"with", "to"} and boundary == _front(first):
        boundary = _place_phrase_opener(text, first, mentions, boundary)
    if frame == "focus":
        boundary = pos
    if boundary == pos and _unnamed_inner_subject(text, clause, pos, end, mentions):
        return  # 对[部分国家进口伊朗石油]的制裁豁免: the act is of a noun that names no actor
    if _pointed_noun_subject(text, clause, boundary, mentions):
        return  # 欧盟指责[这些公司]支持俄罗斯军工: the firms act, no actor the gazetteer knows
    inner = _inner_actor(text, clause, boundary, end, mentions, objects)
    if inner is None and _answered_topic(text, clause, boundary, end, mentions):
        return  # 就[对菲援助]等问题答记者问: the answer's topic names no actor of the act
    if inner is not None:  # 对[日方将韩国移出白名单]表示遗憾: the act inside the 对-phrase is
        subjects, same_clause = [inner], True  # the actor's right after 对
    else:
        subjects, same_clause = _subjects(
            text,
            clauses,
            index,
            boundary,
            mentions,
            objects,
            targets,
            speech_act=trig.event_type in _SPEECH_TYPES | {"REJECT"},
            armed=trig.event_type in _ACCUSED_GO_ON,
            stubborn=_stubborn(trig),
            charged=trig.event_type in _CHARGES_GO_ON,
            smear="smearer" in trig.flags,
        )
        if (
            same_clause
            and subjects
            and (trig.event_type not in SYMMETRIC_TYPES or _no_partner_frame(trig))
        ):
            subjects = _with_partner(text, subjects, mentions, objects, boundary)
        portrayed = _described_actor(text, clause, pos, objects, mentions, frame)
        if portrayed is not None:  # 正在访问北京的|布林肯: the actor the act describes
            subjects, same_clause = [*subjects, portrayed] if same_clause else [portrayed], True
        elif framed := _framed_described_actor(text, clause, pos, objects, mentions, frame):
            subjects, same_clause = [framed], True  # 在以巴冲突中|支持哈马斯的|胡塞武装
        if same_clause and len(subjects) == 1:
            subjects = subjects + _reaffirmer(text, clause, subjects[0], pos, mentions)
    if not subjects:  # 这些新制裁措施意在警告俄罗斯…: the measures' author acts
        agent = _agent_of_named_act(text, clause, done, discourse)
        subjects = [agent] if agent is not None and agent.start < boundary else []
    if not subjects:
        subjects = _members_listed_after(text, clauses, index, pos, mentions)
    if not subjects and text[boundary : boundary + 1] == "对":
        subjects = _copula_owner(text, clause, boundary, mentions)
    if "listing" in trig.flags and (not subjects or frame == "before"):
        # 据了解,制裁名单包括…: the last sanctioner; 贾兰、莱斯都在禁止名单之中: whoever the
        # clauses before name, those listed are on the last sanctioner's list
        agent = _last_agent(done, discourse, trig.event_type)
        subjects = [agent] if agent is not None else []
    verbal = said_act(trig)
    if not subjects and not verbal and _goes_on_adding(text, clauses, boundary, mentions):
        agent = _last_agent(done, discourse, trig.event_type)  # 此外,还对马里实施入境限制
        subjects = [agent] if agent is not None else []
    if verbal and _borrowed_over_semicolon(text, clauses, index, pos, subjects):
        speaker = discourse.speaker(pos)  # 我们敦促美方…;正告民进党当局: the speaker, not 美方
        subjects = [speaker] if speaker is not None else subjects
    if not subjects and verbal:  # “…惟有奉陪”: words in a quotation with no subject are the
        # speaker's (but 追加对朝制裁无助于…, a measure named, is nobody's act)
        quoted = _region(_speech_quotes(text, clauses[0].start, clauses[-1].end), pos) != -1
        goes_on = _opens_after_semicolon(text, clauses, index, pos) or _opens_sentence(
            text, clauses, index, pos
        )
        speaker = discourse.speaker(pos) if quoted or goes_on else None
        if speaker is not None and (
            _text_subject(text, clauses, index, pos, mentions)
            or _doers_listed_after(text, clause, pos)
            or _non_actor_opens(text, clauses, index, pos, mentions)
        ):
            speaker = None  # “决议内容未能谴责哈马斯”: the text fails to, not who quotes it
        subjects = [speaker] if speaker is not None else []
    if trig.event_type not in _HOSTILE:
        objects = [o for o in objects if o.via != "media"]
    if trig.event_type not in _PLACE_TARGETS and "armed" not in trig.flags:
        objects = [o for o in objects if o.via != "place"]  # a place is hit, not spoken to
    subjects = [s for s in subjects if not _asked_another(text, clause, s, pos, mentions)]
    if not opens_with(text, pos, "own_act"):  # 批准|瑞典|加入北约: not the approver's
        subjects = subjects + _orderers(text, clauses, index, subjects, mentions)
    if _asks_itself(subjects, objects, trig):
        return  # 日韩…,希望日韩为双边关系做好准备: a pair hoping of itself asks neither side
    subjects = [s for s in subjects if not _inside_voiced_phrase(text, s, pos)]
    if len(subjects) == 1:  # 强烈谴责,并警告北韩绝对不会回避: its own move, aimed at the condemned
        objects, frame = _warning_aimed(
            text, clauses, index, trig, subjects[0], objects, frame, mentions, done
        )
    for subject in subjects:
        for obj in objects:
            if (
                _same_side(subject, obj)
                and not _seized_by_own_forces(subject, obj, trig)
                and not _orders_own_organ(text, end, subject, obj, trig)
                and not _rival_people(subject, obj, _reading(trig, subject, obj, objects))
            ):
                continue
            if _struck_before_casualties(text, subject, trig) or _counted_dead(obj, trig):
                continue  # 空袭加沙|造成28人死亡: the place hit kills nobody, nor is 两人 a pair
            if "quarrel" in trig.flags and _quarrel_of_people(subject, obj):
                continue  # 不想跟王攀发生正面冲突: people quarrel, they do not fight
            if "forces" in trig.flags and not _armed(subject):
                continue  # 示威者包围立法会: only armed forces besiege
            if "traveller" in trig.flags and (
                (subject.actor.type != "Person" and not _post_holder_travels(text, subject, pos))
                or text.startswith(_WHEN_DONE, obj.end)
                or not _visited_state(text, obj)
                or ("journey" in trig.flags and not _journey_abroad(text, subject, obj, pos))
            ):
                continue  # 1500名士兵已抵达俄罗斯, 在特朗普抵达吉隆坡后: no visit reported
            if _deed_judged_by(text, clause, pos, subject, trig):
                continue  # 安理会谴责了在苏丹…发动的袭击: who condemns did not attack
            if "个" in text[max(0, subject.start - 3) : subject.start] and _listed_before_count(
                text, _front(subject)
            ):
                continue  # 英国、法国和美国这三个|安理会常任理事国: the listed states act
            if obj.start >= clause.end and _cast_vote(text, obj):
                continue  # 俄罗斯、中国反对,印度、南非弃权: a tally of votes, not a target
            if trig.event_type == "REQUEST" and _handed_over(text, end, obj):
                continue  # 呼吁将被罢黜的总统巴祖姆恢复职位: the person is what is asked for
            if _answers_topic(text, clause, pos, end, subject) or _happens_at(
                text, pos, subject, trig
            ):
                continue  # 发言人就[巴基斯坦开普省发生…袭击]答记者问: the answerer did not attack
            if "forewarns" in trig.flags and _plight_warned_of(text, end, obj):
                continue  # 警告,切断对古巴的原油供应将引发危机: Cuba is warned of nothing
            read = _reading(trig, subject, obj, objects)
            if obj.via == "place" and read.event_type not in _PLACE_TARGETS:
                continue  # 特朗普炮轰…: a place is hit, not spoken to
            confidence = _confidence(subject, obj, frame, same_clause)
            yield Action(subject, obj, read, pos, status, confidence, frame)
            if _both_ways(trig, read) and frame == "with" and _joint_sides(text, subject, obj):
                yield Action(obj, subject, trig, pos, status, confidence, frame)
    if frame == "with" and trig.event_type in SYMMETRIC_TYPES and len(objects) >= 2:
        yield from _joint_partners(text, clause, pos, end, trig, objects, status)


_AT: Final = ("在", "于")  # 在|世贸组织: opens where something is done
# what may stand between 相互 and the act: a light verb, its aspect, and how much or with what
# (伊朗和以色列相互|发动了新一轮|打击, 互相|发动无人机|袭击)
_EACH_OTHER_GAP: Final = re.compile(
    r"(?:发动|发起|实施|进行|展开|发射)?了?(?:新一轮|多轮|大规模|猛烈)?的?(?:无人机|导弹|火箭弹|炮火)?"
)
_EACH_OTHER_REACH: Final = 12


# 对方 as what the act is done to, right after the verb across its aspect (都击落了|对方的战机)
_OTHER_AFTER: Final = re.compile(r"[了过]?对方")


def _other_side_acted_on(text: str, clause: Clause, end: int) -> bool:
    """Whether the act is done to 对方 (the other side of the pair acting): 对方 right after
    the verb, maybe after 了/过 (印度和巴基斯坦都击落了对方的战机, 双方都指责对方): with two or
    more subjects of its own, each side does it to the other."""
    return _OTHER_AFTER.match(text, end, clause.end) is not None


_CLAUSE_BREAK: Final = frozenset(",，。;；:：!?！？")  # a clause ends at any of these
_CLAIM_REACH: Final = 30  # 否认|巴基斯坦|关于印度参与当天巴基斯坦校车遇袭事件的|指控


_STANCE_AFTER_DRILL: Final = re.compile(r"[^，,。；;：:！？!?]{0,30}?[，,]?$")
_STANCE_REACH: Final = 40


def _drill_in_stance(
    text: str, clause: Clause, pos: int, end: int, trig: Trigger, frame: str
) -> bool:
    """中方对美韩在半岛举行的军事|演习|表示关切, 双方对今年在中国举办的合作|演习|表示支持: a drill
    noun that closes a phrase opened by 对 or 就 (with no mark between), a stance voiced after it
    (words.tsv voicing, maybe after other nouns of the list and a comma), is what the stance is
    about: the one 对 names or the place 在 names is no target of the drill, and the one who voices
    the stance holds no drill."""
    if trig.predicate.name != "exercisesAgainst" or frame not in {"to", "toward", "at"}:
        return False
    phrase = _opened_phrase(text[clause.start : pos])
    if phrase is None or any(c in _PUNCT for c in phrase):
        return False
    rest = text[end : end + _STANCE_REACH]
    voiced = min((at for w in words("voicing") if (at := rest.find(w)) != -1), default=-1)
    return voiced != -1 and _STANCE_AFTER_DRILL.fullmatch(rest[:voiced]) is not None


def _opened_by_dui(text: str, inside: list[Mention]) -> Mention | None:
    """The first of ``inside`` that a 对 opens (美国对|莫斯科|的制裁, 表达对|美国|…的担忧)."""
    return next((m for m in inside if text[_front(m) - 1 : _front(m)] == "对"), None)


def _concern_doer(text: str, trig: Trigger, inside: list[Mention]) -> Mention | None:
    """表达了(印方)对|美国|向巴基斯坦出售战机的|担忧: in the gap of a verbal act, the actor 对
    opens is the one whose deed it is about and its target; neither the one the deed goes to
    (向) nor the holder of the concern named before 对 is."""
    if trig.event_type not in _VERBAL_ACTS:
        return None
    return _opened_by_dui(text, inside)


def _blocked_measure_owner(text: str, trig: Trigger, inside: list[Mention]) -> list[Mention]:
    """阻挠|欧盟新一轮对俄|制裁: a measure blocked is refused to the one who lays it, named
    before 对; the side after 对, whom it would hit, is refused nothing (阻挠对俄制裁 names no
    one refused)."""
    if trig.predicate.name != "rejects" or not trig.word.endswith(_BLOCKED_MEASURES):
        return inside
    hit = _opened_by_dui(text, inside)
    if hit is None:
        return inside
    return [m for m in inside if m.end < _front(hit)]


_BLOCKED_MEASURES: Final = ("制裁",)


def _eased_not_owner(text: str, trig: Trigger, inside: list[Mention]) -> list[Mention]:
    """放宽|美国对莫斯科的|制裁, 取消|美国对古巴的|封锁: a measure eased that names its owner
    before 对 eases it on the side after 对; the owner is the one who lays it (read as its
    SANCTION), not the one relieved."""
    if trig.predicate.name != "easesSanctions":
        return inside
    hit = _opened_by_dui(text, inside)
    if hit is None or not any(m.end <= _front(hit) - 1 for m in inside):
        return inside
    return [m for m in inside if m.start >= hit.start]


def _maker_inside(text: str, mention: Mention) -> bool:
    """出售…由|洛克希德·马丁公司|制造的|战机, 出售…|雷神公司|生产的|导弹: an actor inside a split
    trigger's gap followed by a verb of making (words.tsv maker_verb) and 的 names who made the
    goods, not whom the act reaches; 由 before it may open it."""
    rest = text[mention.end : mention.end + 5]
    verb = next((w for w in words("maker_verb") if rest.startswith(w)), "")
    return bool(verb) and rest[len(verb) : len(verb) + 1] == "的"


def _denies_claim_of(text: str, clause: Clause, end: int, mentions: list[Mention]) -> bool:
    """否认|美方的指控, 否认了|巴基斯坦关于印度参与袭击的|指控: a denial whose object opens with an
    actor, then a claim noun (words.tsv denied_claim) either right after it or after words that
    open with 的, 关于, 提出… (claim_opener) and close with 的. The denier rejects that actor, the
    claim's author; a verb right after the actor (否认|巴方|参与袭击的指控) makes it the accused."""
    start = end + 1 if text.startswith("了", end) else end
    author = next((m for m in mentions if _front(m) == start and m.end <= clause.end), None)
    if author is None:
        return False
    rest = text[author.end : min(clause.end, author.end + _CLAIM_REACH)]
    for claim in words("denied_claim"):
        at = rest.find(claim)
        if at == -1:
            continue
        between = rest[:at]
        if _claimed_by_author(between, claim):
            return True
        if any(c in _PUNCT for c in between):
            continue
        if not between or (opens_with(between, 0, "claim_opener") and between.endswith("的")):
            return True
    return False


def _claim_author_before(
    text: str, clause: Clause, pos: int, mentions: list[Mention]
) -> Mention | None:
    """对|特朗普|的言论|反驳称, 针对|美方|的指责|予以驳斥: a rebuttal with the words it answers
    before it in its clause, after 对 or 针对 and their author and 的 (words.tsv denied_claim), at
    most a light verb between (rebuttal_verb); that author is whom the rebuttal rejects."""
    head = text[clause.start : pos]
    for light in words("rebuttal_verb"):
        if head.endswith(light):
            head = head[: -len(light)]
            break
    claim = next((w for w in words("denied_claim") if head.endswith(w)), None)
    if claim is None or not head.endswith("的" + claim):
        return None
    owner_end = clause.start + len(head) - len(claim) - 1
    author = next((m for m in mentions if m.end == owner_end), None)
    if author is None or not text.endswith(("对", "针对", "对于"), clause.start, _front(author)):
        return None
    return author


def _claimed_by_author(between: str, claim: str) -> bool:
    """否认|白宫|稍早暗示的「即将举行峰会」的|说法, 否认|川普|日前声称泰柬已达成停火协议|一说: the
    words between the author and the claim open with a verb of claiming (words.tsv claim_verb),
    after a word of when at most (claim_time), and close with 的, or the claim is 一说 that
    closes the claim itself; quotation marks may stand inside, a clause break may not."""
    if any(c in _CLAUSE_BREAK for c in between):
        return False
    at = next((len(w) for w in words("claim_time") if between.startswith(w)), 0)
    if not opens_with(between, at, "claim_verb"):
        return False
    return between.endswith("的") or claim in words("claim_closed")


def _denies_charge_before(text: str, clause: Clause, end: int, mentions: list[Mention]) -> bool:
    """但塔利班否认这项指控, 韩军方对此予以否认: a denial with no object of its own, or one that
    refers back (_nothing_after), answers a charge told before; whom it rejects is the accuser
    (_accuser_of). One with an actor right after it (否定他) is about that actor, no charge."""
    if any(end <= m.start <= end + 1 and m.start < clause.end for m in mentions):
        return False
    return _nothing_after(text, clause, end)


def _denied_charge(text: str, clause: Clause, pos: int) -> bool:
    """An accusation named as the noun a denial governs (否认…的|指控, 否定了…的|指责: words.tsv
    denial before it in the clause, 的 right before it): the one who denies is the accused,
    not the accuser, and the clause does not say who accused."""
    return text[pos - 1 : pos] == "的" and any(
        w in text[clause.start : pos] for w in words("denial")
    )


def _each_other_before(text: str, clause: Clause, pos: int, sides: int = 2) -> bool:
    """Whether 相互/互相/彼此 stands before the act with only a light verb, its aspect and how
    much or with what between: each side of the subject does it to the other. 各 and 各自 say
    so of two sides only (双方各释放100名战俘); of three or more they say each acts on its own
    (德国、法国和波兰各驱逐4名外交官: not each other's)."""
    head = text[max(clause.start, pos - _EACH_OTHER_REACH) : pos]
    found = max((head.rfind(word), len(word)) for word in words("each_other"))
    at, length = found
    if at != -1 and sides > 2 and head[at] == "各":
        return False
    return at != -1 and _EACH_OTHER_GAP.fullmatch(head, at + length) is not None


def _judgement(trig: Trigger) -> bool:
    """Words that judge an actor (错误言行, 霸凌): the speaker's accusation, not an act asked."""
    return "speaker" in trig.objects and trig.event_type == "ACCUSE"


def _ended(text: str, clause: Clause, pos: int) -> bool:
    """Whether a verb of easing (停止, 取消…: words.tsv easing) stands before ``pos`` in its
    clause: what it is asked to end exists (日方应停止|错误言行, not 日方不应|干涉内政)."""
    return any(word in text[clause.start : pos] for word in words("easing"))


def _envoys_of(text: str, clause: Clause, pos: int, objects: list[Mention]) -> bool:
    """Whether the ones deported are envoys of the target (将7名日本|外交官|驱逐出境)."""
    if not objects:
        return False
    stretch = (
        text[objects[0].end : pos] if objects[0].end <= pos else text[objects[0].end : clause.end]
    )
    if any(word in stretch[:6] for word in words("envoy")):
        return True
    if objects[0].text.endswith(words("envoy")):
        return True  # 将一名|印度高级外交官|驱逐出境: an unnamed envoy, named by the country
    if objects[0].actor.type == "Person":  # 将美国驻华大使|甄逸慧|驱逐出境: a titled envoy
        title = text[max(clause.start, objects[0].start - 6) : objects[0].start]
        return any(word in title for word in words("envoy"))
    return "驻" in objects[0].text and objects[0].text.endswith(
        _MISSION_ENDS
    )  # 中国驻美大使馆|人员


_MISSION_ENDS: Final = ("使馆", "领馆", "领事馆", "代表团")


def _asks_itself(subjects, objects: list[Mention], trig: Trigger) -> bool:
    """Whether the sides of a pair (or a larger group) ask the very same sides."""
    if trig.event_type != "REQUEST" or len(subjects) < 2:
        return False
    return {s.actor.key for s in subjects} == {o.actor.key for o in objects}


_CASUALTY_OPENERS: Final = ("造成", "导致")


def _struck_before_casualties(text: str, subject: Mention, trig: Trigger) -> bool:
    """以色列空袭加沙|造成28人死亡, 以军轰炸加沙城|造成两人死亡: the casualties are the attack's,
    and the place or side the armed verb right before it hit is its target, not the killer."""
    if trig.predicate.name != "kills" or not trig.word.startswith(_CASUALTY_OPENERS):
        return False
    front = _front(subject)
    for start in range(max(0, front - 4), front - 1):
        hit = trigger_pattern().match(text, start, front)
        if hit and hit.end() == front:
            verb = trigger_for(hit.group())
            if verb is not None and verb.event_type == "ASSAULT":
                return True
    return False


_COUNT_OF_PEOPLE: Final = re.compile(r"[一二两三四五六七八九十百千\d]+名?人")


def _counted_dead(obj: Mention, trig: Trigger) -> bool:
    """造成两人死亡: the people a casualty count names are nobody in focus (两人 is no pair)."""
    return trig.word.startswith(_CASUALTY_OPENERS) and bool(_COUNT_OF_PEOPLE.fullmatch(obj.text))


def _a_person(mention: Mention) -> bool:
    """A person, or a post a person holds named by its title (加拿大总理|和美国总统有冲突)."""
    if mention.actor.type == "Person":
        return True
    text = mention.text
    return text != mention.actor.label and (
        title_ending_at(load_gazetteer(), text, len(text), 1) is not None
    )


#: the words that open a reciprocal act (相互|支持, 互相|指责): each side does it to the other
_EACH_OTHER_WORDS: Final = ("相互", "互相")


def _reciprocated(found: list[Action]) -> list[Action]:
    """蒙方愿同中方在国际舞台上相互支持, 中方…愿…在涉及彼此核心利益问题上坚定相互支持: an act
    its own words make reciprocal (相互|支持) is done by each side to the other, however its
    partner was found (across a 在…上 frame, or as the counterpart in focus); the reverse of
    each act found that is not found already, with its status (independent annotators code
    both sides on sw-04, sw-09, ve-11)."""
    have = {(a.subject.actor.key, a.object.actor.key) for a in found}
    back = []
    for action in found:
        pair = (action.object.actor.key, action.subject.actor.key)
        if pair in have or pair[0] == pair[1]:
            continue
        have.add(pair)
        back.append(replace(action, subject=action.object, object=action.subject))
    return back


def _both_ways(trig: Trigger, read: Trigger) -> bool:
    """A mutual act (交火), or a truce (triggers.tsv flag pact) read as one (泰国与柬埔寨雙方將…
    全面停火, 叙利亚政府军与叙利亚民主力量之间…停火): each side does it to the other, as the
    golds read a truce between two named sides (dk, lc, vd: each side's CONCEDE)."""
    return "mutual" in trig.flags or ("pact" in trig.flags and read.event_type == "CONCEDE")


def _joint_sides(text: str, subject: Mention, partner: Mention) -> bool:
    """印度军队与巴基斯坦军队交火: both sides of a mutual act when the partner is joined to
    the subject itself; not when a verb stands between (美国不寻求与中国冲突: only the US seeks
    nothing)."""
    if text.startswith(("互", "相互"), partner.end):
        return True  # 放手与中国互加关税: each side on the other, whatever comes before
    between = text[subject.end : partner.start]
    return subject.end <= partner.start and not has_verb(between)


_NAME_QUOTES: Final = "「」“”\"'《》"
_MEMBER_COUNT: Final = re.compile(r"^[一二三四五六七八九十两0-9]{1,2}国")


def _meeting_named_by_body(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention]
) -> int:
    """印度、中国和俄罗斯领导人举行金砖国家峰会: a body named right before a summit names the
    meeting, it is not who meets; the members before it meet. Returns where to look for the
    subject before: the front of that body, or ``pos`` when no listed actor stands before it."""
    if trig.event_type != "CONSULT" or not trig.word.endswith("会"):
        return pos
    named = [m for m in mentions if clause.start <= m.start and m.end <= pos]
    if len(named) < 2 or named[-1].actor.type != "Organization" or named[-1].group is not None:
        return pos
    if _MEMBER_COUNT.sub("", text[named[-1].end : pos].strip(_NAME_QUOTES)).strip(_NAME_QUOTES):
        return pos  # 金砖|五国|峰会, 东盟|十国|峰会: the count of members is part of the name
    before = [m for m in named[:-1] if m.end <= _front(named[-1])]
    return _front(named[-1]) if before and before[-1].actor.type != "Organization" else pos


_CAUSED_REACH: Final = 12
# the pair noun after a compound of short forms that names the sides as actors (泰柬|两国|停战),
# never one that opens a noun of theirs (中美|两国关系)
_PAIR_NOUN: Final = re.compile(r"(?:两国|兩國|双方|雙方)(?!关系|關係|间|間|之间|之間|的)")


def _made_to_act(text: str, clause: Clause, frame: str, objects: list[Mention]) -> bool:
    """推动|联合国|加强对朝制裁, 推动|安理会|放松制裁: a causative verb asks its target only when
    an act follows the target closely in the clause; 推动中美关系发展 (a compound) and
    推动联合国改革 (no act) ask nobody."""
    if frame != "after" or not objects:
        return False
    start = objects[-1].end
    if any(o.group is not None for o in objects):
        pair = _PAIR_NOUN.match(text, start, clause.end)
        if pair is None:
            return False  # 推动中美关系发展: a compound that qualifies a noun asks nobody
        start = pair.end()  # 推动泰柬两国停战: the compound and its pair noun are made to act
    stretch = text[start : min(clause.end, start + _CAUSED_REACH)]
    if stretch.startswith(("之间", "间的", "的")):
        return False  # 推动以色列与哈马斯之间的停火谈判: the targets qualify a noun
    cut = next((at for at, c in enumerate(stretch) if c in _PUNCT), len(stretch))
    return _act_in(stretch[:cut])


# after a place arrived at, the arrival only dates what follows (在特朗普抵达吉隆坡后, …抵达美国时);
# on the way there, none is reported yet (在前往吉隆坡的途中)
_WHEN_DONE: Final = ("后", "之后", "以后", "时", "之际", "途中", "的途中")
# how far before an arrival a country's leader may be named (立陶宛、拉脱维亚等国领导人及欧盟
# 领导人陆续|抵达): a list of states, then their leaders; counted from the list's last member
_POST_TRAVEL_REACH: Final = 40


def _visited_state(text: str, obj: Mention) -> bool:
    """Whether a journey's end is a state visited: a country or a region named alone, not a
    body (赴APEC), a side of a compound (前往俄乌战线), nor what a place names (前往以色列的货船:
    ships bound for it)."""
    return (
        obj.actor.type in {"Country", "Region"}
        and obj.via != "compound"
        and not text.startswith("的", obj.end)
    )


def _journey_abroad(text: str, subject: Mention, obj: Mention, pos: int) -> bool:
    """鲁比奥将前往萨尔瓦多, 等国领导人…前往: a journey to a state is a visit when a person the
    gazetteer knows (a politician, not 陈洪新再赴北京 or 他前往俄亥俄州) or a state's leader goes
    to a state not their own, its name a word of its own (前往|马里兰大学 names no 马里), and
    not with troops (words.tsv troop_journey: 随军|前往伊拉克 is a deployment, no visit)."""
    if closes_with(text, pos, "troop_journey"):
        return False  # 万斯…加入海军陆战队,并随军前往伊拉克: a soldier's tour, not a visit
    tokens = _tag(text[obj.start : obj.end + 4])
    if tokens and len(tokens[0][0]) > obj.end - obj.start:
        return False  # 马里兰, 俄亥俄: the state's name opens a longer word
    if _talks_after_journey(text, obj.end):
        return False  # 前往莫斯科,与俄罗斯外长拉夫罗夫会谈: the talks say whom the trip meets
    actor = subject.actor
    if actor.type == "Person":
        return actor.known and actor.country != obj.actor.key
    return actor.key != obj.actor.key


def _talks_after_journey(text: str, end: int) -> bool:
    """Whether talks (a CONSULT trigger) follow a journey's end in its sentence (前往莫斯科,与
    拉夫罗夫会谈; 赴美国主持对话): the trip frame reads them, and whom they meet."""
    stop = min((i for i in (text.find(c, end) for c in "。！？!?\n") if i != -1), default=len(text))
    return any(
        not isinstance(trig, str) and trig.event_type == "CONSULT"
        for _, trig in find_triggers(text, end, stop)
    )


def _post_holder_travels(text: str, subject: Mention, pos: int) -> bool:
    """立陶宛总统|抵达基辅, 立陶宛、拉脱维亚等国领导人|陆续抵达乌克兰首都基辅: a state named with
    the post of the person who travels for it (words.tsv traveller_post: a leader, a minister),
    no punctuation but a list's between it and the arrival, arrives as a person does: a visit by
    the state. Troops, ships and delegations (美国军舰抵达海地外海) hold no such post."""
    stretch = text[subject.start : pos]
    if any(c in _PUNCT for c in stretch):
        return False
    if len(stretch.rsplit("、", 1)[-1]) > _POST_TRAVEL_REACH:
        return False  # (the members listed before the last one do not count: 立陶宛、…、加拿大)
    return any(post in stretch for post in words("traveller_post"))


_DUI_OPENERS: Final = ("对“", "对「")
_OBJECT_CLOSERS: Final = ("”的", "」的")


def _verb_after_dui(
    text: str, clause: Clause, pos: int, frame: str, objects: list[Mention]
) -> bool:
    """对“|协助|乌克兰军队”的英国公司: a quoted verb right after 对 whose object 的 closes
    describes the noun after 的; the sentence's subject acts on that noun, not by it (unquoted,
    对访华的美国议员, the relative's head acts: _relative)."""
    if frame != "after" or not objects:
        return False
    before = text[max(clause.start, pos - 2) : pos]
    return before.endswith(_DUI_OPENERS) and text.startswith(_OBJECT_CLOSERS, objects[-1].end)


_INQUIRY_REACH: Final = 6


def _helps_inquiry(text: str, clause: Clause, frame: str, objects: list[Mention]) -> bool:
    """协助|韩国|调查此案, 协助|美国联邦调查局|追查黑客: a helper (triggers.tsv flag inquiry)
    whose target is followed at once by an investigation (words.tsv inquiry) helps the
    inquiry, not the one named: no aid."""
    return (
        frame == "after" and bool(objects) and _inquiry_follows(text, objects[-1].end, clause.end)
    )


def _inquiry_follows(text: str, start: int, limit: int) -> bool:
    """An investigation (words.tsv inquiry) within a few characters after ``start``, in its
    clause (协助、支持菲律宾。调查显示…: the next sentence's inquiry is no help's)."""
    stretch = text[start : min(limit, start + _INQUIRY_REACH)]
    pause = next((i for i, c in enumerate(stretch) if c in _UNQUOTED_PUNCT), len(stretch))
    return holds_any(stretch[:pause], words("inquiry"))


def _bid_to_act(text: str, clause: Clause, frame: str, objects: list[Mention]) -> bool:
    """请|中方|保障…安全, 请|美方|切实停止…: a bid (triggers.tsv flag bid) asks the one named
    right after it when a verb follows that one, an adverb or two aside, whether or not the
    act asked for is an event (保障, 发挥)."""
    if frame != "after" or not objects or any(o.group is not None for o in objects):
        return False
    start = objects[-1].end
    for word, tag in _tag(text[start : min(clause.end, start + _CAUSED_REACH)])[:3]:
        if tag.startswith("v"):
            return word not in words("light_verb")
        if tag != "d":
            return False
    return False


_UNNAMED_STATES: Final = re.compile(
    r"(?:多国|(?:一些|许多|不少|多个|部分|很多|众多)(?:西方|欧洲|亚洲|非洲|阿拉伯|拉美)?国家)"
)


def _members_listed_after(
    text: str, clauses: list[Clause], index: int, pos: int, mentions: list[Mention]
) -> list[Mention]:
    """一些国家表态支持,其中包括日本和菲律宾: an act whose subject is states left unnamed is done
    by each member the next clause lists."""
    clause = clauses[index]
    if index + 1 >= len(clauses) or not _UNNAMED_STATES.search(text, clause.start, pos):
        return []
    nxt = clauses[index + 1]
    head = text[nxt.start : nxt.end].lstrip(" ,，")
    if not opens_with(head, 0, "members_open"):  # 其中包括, 其中不乏
        return []
    listed = [
        m for m in mentions if nxt.start <= m.start < nxt.end and m.via not in {"media", "place"}
    ]
    if not listed:
        return []
    return _coordinated_before(listed[0], mentions, any_type=True)


_VOTERS: Final = re.compile(
    r"的(?:国家|成员国|国|成员|代表)?[，,]?(?:则|都|始终|仍|分别|只有|仅有|依次)?"
    r"(?:是|为|有|包括)[：:]?"
)


def _voters_listed_after(
    text: str, clause: Clause, end: int, mentions: list[Mention]
) -> list[Mention]:
    """投反对票的国家是俄罗斯、叙利亚和朝鲜, 投赞成票的有英国和法国: the ballot describes the
    voters the clause lists after 是/有/包括, its predicate."""
    match = _VOTERS.match(text, end, clause.end)
    if match is None:
        return []
    first = next((m for m in mentions if m.start == match.end() and m.end <= clause.end), None)
    if first is None or first.via in {"media", "place"}:
        return []
    return [m for m in _coordinated_before(first, mentions, any_type=True) if m.start >= end]


def _votes_cast(voters, trig: Trigger, pos: int, status: str, mentions: list[Mention], discourse):
    """A ballot is cast on what the body votes on: the international body named before it in
    the sentence (联大决议案中投反对票的国家), else the body the article named last."""
    bodies = [m for m in mentions if m.end <= pos and _KIND_OF_BODY[m.actor.key]]
    body = bodies[-1] if bodies else discourse.body(pos)
    for voter in voters if body is not None else []:
        if not _same_side(voter, body):
            confidence = _confidence(voter, body, "focus", True)
            yield Action(voter, body, trig, pos, status, confidence, "focus")


_JOINED: Final = {"与", "和", "及", "同", "、"}


def _fellow_subject(
    text: str, implied: Mention, subjects: list[Mention], mentions: list[Mention], pos: int
) -> bool:
    """Whether the counterpart found for a response acts beside its subject: the members of a
    group (中俄联手否决, 两国) and an actor joined to the subject (中国与俄罗斯否决) act
    together and are no target of each other."""
    if len(subjects) >= 2 and any(_same_side(s, implied) for s in subjects):
        return True
    return any(
        text[s.end : m.start] in _JOINED and m.end <= pos and _same_side(m, implied)
        for s in subjects
        for m in mentions
        if s.end <= m.start
    )


_JOINTLY: Final = re.compile("共同|一起|一道|三方|三边|四方|多方|多边")
_SEPARATELY: Final = re.compile("分别|各自|先后|逐一|单独|依次")


def _pretext(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    trig: Trigger,
    mentions: list[Mention],
    status,
    targets,
) -> Iterator[Action]:
    """以伊朗违反核协议为由,启动…: who acts for that reason accuses the actor said to do wrong;
    a reason that blames nobody (以安全为由) or names what an actor wants accuses no one."""
    clause = clauses[index]
    opener = _reason_opener(text, clause, pos, mentions)
    inside = [m for m in mentions if opener < m.start and m.end <= pos]
    if opener != -1 and (not inside or _front(inside[0]) != opener + 1):  # 欧盟以“破坏乌克兰
        # 东部稳定”为由,开始对俄罗斯实施经济制裁: no actor opens the reason
        yield from _pretext_of_target(text, clauses, index, opener, pos, trig, mentions, status)
        return
    if opener == -1 or not inside or _front(inside[0]) != opener + 1:
        return
    blamed = _with_coordinated(text, clause, inside[0], mentions)
    if not any(w in text[blamed[-1].end : pos] for w in words("wrong")):
        return
    subjects, same_clause = _subjects(text, clauses, index, opener, mentions, blamed, targets)
    if not same_clause:  # 英法德通知安理会,以伊朗…为由: the sentence's topic acts
        topic = _topic(text, clauses, index, mentions, exclude=blamed)
        subjects = _expand_compound(topic[0], mentions) if topic else subjects
    for subject in subjects:
        for obj in blamed:
            if not _same_side(subject, obj):
                confidence = _confidence(subject, obj, "after", same_clause)
                yield Action(subject, obj, trig, pos, status, confidence, "after")


def _pretext_of_target(
    text: str,
    clauses: list[Clause],
    index: int,
    opener: int,
    pos: int,
    trig: Trigger,
    mentions: list[Mention],
    status,
) -> Iterator[Action]:
    """欧盟以“破坏乌克兰东部稳定”为由,开始对俄罗斯实施经济制裁, 以干涉内政为由要求埃塞俄比亚
    外交官离境: a reason that names no actor but says a wrong was done (words.tsv wrong) blames
    the first actor the act after it is done to; who acts for that reason accuses it."""
    if not any(w in text[opener + 1 : pos] for w in words("wrong")):
        return
    end = clauses[-1].end
    after = [m for m in mentions if pos < m.start < end and m.via not in {"media", "place"}]
    if not after:
        return
    blamed = after[0]
    subjects, _ = _subjects(text, clauses, index, opener, mentions, [blamed], [])
    for subject in subjects:
        if subject.start < opener and not _same_side(subject, blamed):
            confidence = _confidence(subject, blamed, "after", False)
            yield Action(subject, blamed, trig, pos, status, confidence, "after")


_REASON_END: Final = re.compile("为由|为借口|为理由")


def _reason_opener(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> int:
    """Where the 以 of a 以…为由 phrase around ``pos`` opens (-1: none; 以色列 is no 以)."""
    opener = text.rfind("以", clause.start, pos)
    while opener != -1 and any(m.start <= opener < m.end for m in mentions):
        opener = text.rfind("以", clause.start, opener)
    return opener


def _reason_around(
    text: str, clause: Clause, start: int, end: int, limit: int, mentions: list[Mention]
) -> int:
    """Where a 以…为由 phrase of one stretch of text that holds ``text[start:end]`` and closes
    before ``limit`` opens (-1: none)."""
    closing = _REASON_END.search(text, end, limit)
    if closing is None:
        return -1
    opener = _reason_opener(text, clause, start, mentions)
    if opener == -1 or any(c in _REASON_BREAKS for c in text[opener : closing.start()]):
        return -1
    return opener


# a quoted reason is still one (美方以“中俄军事合作”为由…): only other punctuation breaks it
_REASON_BREAKS: Final = _UNQUOTED_PUNCT


_BACKED_REACH: Final = 4


def _backer_of_head(text: str, mention: Mention, local: list[Mention], boundary: int) -> bool:
    """美国支持的|联军轰炸也门, 沙特、埃及参与的|四方展开斡旋: the actors of a relative clause of
    backing or joining (words.tsv: backs) only describe the head after 的, which does the act;
    a head the gazetteer knows is found first, so this is one no actor names."""
    last = mention
    for other in local:  # 沙特、阿联酋、埃及|参与的: the list backs together
        if other.start == last.end + 1 and text[last.end] in _LIST_JOIN_CHARS:
            last = other
    de = text.find("的", last.end, min(boundary, last.end + _BACKED_REACH + 1))
    if de <= last.end or text[last.end : de] not in words("backs"):
        return False
    return not any(de < m.start <= de + 2 for m in local)  # (支持的|叙利亚民主力量: a head named)


_LIST_JOIN_CHARS: Final = "、和及与"  # one character joins a relative clause's list


def _in_reason_before(
    text: str, clause: Clause, mention: Mention, boundary: int, mentions: list[Mention]
) -> bool:
    """美国以参与援助伊朗无人机项目为由制裁…: an actor inside a reason that closes before the act
    is no subject of the act (a time frame, 在…期间: see _inside_time_frame)."""
    return _reason_around(text, clause, mention.start, mention.end, boundary, mentions) != -1


def _reason_of_what_follows(text: str, clause: Clause, clauses: list[Clause]) -> bool:
    """由于中国、俄罗斯…反对,|谴责…的措辞被剔除: an act that only gives the reason for what
    the next clause reports aims at nothing in focus (what was opposed is that clause's); but
    in a body's ballot (安理会就草案进行投票,由于俄罗斯反对,…) the body in focus is opposed."""
    body = text[clause.start : clause.end]
    if not (opens_with(body.lstrip(" ,，"), 0, "reason") and body.endswith((",", "，"))):
        return False
    sentence = text[clauses[0].start : clauses[-1].end]
    return not any(word in sentence for word in words("ballot"))


_CAUSE_REACH: Final = 12  # 因|中伊石油贸易|制裁: how far a cause may run before the actor inside it
_SUBJECT_GAP: Final = 2  # 美国|也|因…: adverbs between the subject and the cause


def _in_cause_after_subject(
    text: str, mention: Mention, mentions: list[Mention], boundary: int
) -> bool:
    """美国因中伊石油贸易制裁中国公司: an actor inside a cause (words.tsv reason) opened right
    after another actor is no subject of an act after the cause's own act (中国因美国对台军售|
    制裁…: 美国 sells, 中国 sanctions); the actor before the cause acts for it."""
    between = text[mention.end : boundary]
    own = not between or between.startswith(("的", *_NOT_SUBJECT_BEFORE))  # (中方的|反制)
    if own and not trigger_pattern().search(between) and not _CAUSE_CLOSED.search(between):
        return False  # the act is the cause's own (美国|对台|军售), not the one after the cause
    # (西方因为|叛军|举行选举而感到愤怒: 而 closes the cause, the act after it is another's)
    front = _front(mention)
    window = text[max(0, front - _CAUSE_REACH) : front]
    if _class_words("reason").search(window) is None:
        return False  # (no cause word: the rfind of each below would find none)
    best = max(((window.rfind(w), w) for w in words("reason")), default=(-1, ""))
    if best[0] == -1 or any(c in _PUNCT for c in window[best[0] :]):
        return False
    opener = front - len(window) + best[0]
    return any(
        m is not mention
        and 0 <= opener - m.end <= _SUBJECT_GAP
        and not any(c in _PUNCT for c in text[m.end : opener])
        for m in mentions
    )


_CAUSE_CLOSED: Final = re.compile(r"(?<![然从进反因])而")
_DEFIED_REACH: Final = 6  # 不顾|中国政府的|强烈反对: the opener, then the actor, then what it did


def _defied_one(text: str, mention: Mention, stop: int) -> bool:
    """外国实体不顾中方强烈反对,分别与台灣展开合作: an actor whose warning or opposition is
    defied (words.tsv defy …defied_warning) is the object of the defiance, no subject of the acts
    that follow; the one who defies stands before 不顾."""
    front = _front(mention)
    before = text[max(0, front - _DEFIED_REACH) : front]
    if _class_words("defy").search(before) is None:
        return False  # (no opener of defiance: the rfind of each below would find none)
    opener = max((before.rfind(w) for w in words("defy")), default=-1)
    if opener == -1 or any(c in _PUNCT for c in before[opener:]):
        return False
    after = text[mention.end : min(stop, mention.end + 2 * _DEFIED_REACH)]
    for word in words("defied_warning"):
        at = after.find(word)
        if at != -1 and not any(c in _PUNCT for c in after[:at]):
            return True
    return False


_VOICED_DEED_REACH: Final = (
    20  # 侵扰|我方|水域的行径表达强烈谴责: letters from the actor to the act
)


def _inside_voiced_deed(text: str, mention: Mention, boundary: int) -> bool:
    """对中国海警无视…风险,仍执意侵扰|我方|水域的行径|表达|强烈谴责: an actor inside a phrase
    headed by a deed (words.tsv deed) that a stance verb (words.tsv voicing, or 予以) then
    judges is part of what is judged, the object of a 对 the comma before split off: it is no
    subject of the judgement (the one who judges stands before 对), however the article
    resolved it (我方: the speaker's own side). One with a 对 after it is the one who judges
    (伊朗|对美国的指控予以驳斥)."""
    after = text[mention.end : boundary]
    if not after or len(after) > _VOICED_DEED_REACH or "对" in after:
        return False
    return not any(c in _PUNCT or c in _QUOTE_MARKS for c in after) and _voiced_deed_ends(after)


def _voiced_deed_ends(stretch: str) -> bool:
    """…的行径|表达|强烈|谴责: whether the stretch before an act ends with a deed (words.tsv deed)
    after 的, then a stance verb (words.tsv voicing, or 予以) and at most a few adverbs."""
    at = stretch.rfind("的")
    if at == -1:
        return False
    rest = stretch[at + 1 :]
    deed = next((w for w in words("deed") if rest.startswith(w)), "")
    if not deed:
        return False
    rest = rest[len(deed) :]
    voice = next((v for v in (*words("voicing"), "予以") if rest.startswith(v)), "")
    return bool(voice) and len(rest) - len(voice) <= _ADVERB_BEFORE_ACT


def _dui_over_comma(
    text: str, clauses: list[Clause], index: int, pos: int, mentions: list[Mention]
) -> list[Mention]:
    """中国海警无视风险,仍执意侵扰我方水域的行径|表达强烈谴责 after 海巡署对|中国海警|…,: a
    对-phrase a comma splits, closed in the act's clause by a deed judged (…的行径表达…), names
    the target in the clause before; not when that clause voiced its own stance."""
    if index == 0:
        return []
    clause, before = clauses[index], clauses[index - 1]
    if text[before.end - 1 : before.end] not in {",", "，"}:
        return []
    head = text[clause.start : pos]
    if not _voiced_deed_ends(head) or any(c in _QUOTE_MARKS for c in head):
        return []
    dui = [
        m
        for m in mentions
        if before.start <= m.start < before.end
        and text[_front(m) - 1 : _front(m)] == "对"
        and not any(w in text[m.end : before.end] for w in (*words("voicing"), "予以"))
    ]
    return dui[:1]


_ADVERB_BEFORE_ACT: Final = 4  # 表达|强烈|谴责, 予以|坚决|严厉|谴责: what may stand between


def _in_purpose_before(text: str, clause: Clause, mention: Mention, boundary: int) -> bool:
    """特朗普为了结束泰柬冲突而与安华通电话: an actor inside a 为了…而 purpose that closes before
    the act is no subject of the act (the one before 为了 is)."""
    closing = text.rfind("而", mention.end, boundary)
    if closing == -1:
        return False
    opener = text.rfind("为了", clause.start, mention.start)
    return opener != -1 and not any(c in _PUNCT for c in text[opener:closing])


def _object_before_aim(text: str, mention: Mention, boundary: int, mentions: list[Mention]) -> bool:
    """拉脱维亚也将驱逐|俄罗斯大使|以声援爱沙尼亚, 驱逐|俄国外交官|是为了表达与乌克兰站在一起: an
    actor a verb governs, followed by the aim of that verb (words.tsv aim_after_object: 以 only
    right before the act, 是为了, 以示… before it in the same clause), does not do the act
    aimed at; the one who does the verb does (and is looked for as if this one were absent)."""
    between = text[mention.end : boundary]
    if between != "以" and not _aim_after_head(between):
        return False
    if any(m.start == mention.end for m in mentions):
        return False  # 驱逐|以色列大使: 以 opens a name
    return _verb_ends_at(text, _front(mention))


# a light verb that carries the act named after it (进行报复, 实施打击, 予以反击), after the short
# noun an actor heads (黎|南部目标|进行): the clause goes on with its subject's next act
_LIGHT_VERB_AFTER_HEAD: Final = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:进行|实施|展开|予以|发动)了?")

# what an actor right after a verb of these types suffers; it is no doer of what follows
# (a pivot verb, 邀请|美方|进行访问, 支持|乌克兰|进行改革, hands on the act: not these)
_STRIKING_TYPES: Final = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def _struck_before_light_verb(text: str, mention: Mention, boundary: int) -> bool:
    """以军空袭和炮击|黎|南部目标进行报复: an actor an attack (a seizure, a sanction) governs,
    followed only by the short noun it heads and a light verb (进行, 实施…) right before the act,
    is the one struck, not the one who carries out the act; its striker does (serial verbs)."""
    if not _LIGHT_VERB_AFTER_HEAD.fullmatch(text, mention.end, boundary):
        return False
    front = _front(mention)
    pattern = trigger_pattern()
    for size in range(2, 5):
        if front >= size and pattern.fullmatch(text, front - size, front):
            trig = trigger_for(text[front - size : front])
            if trig is not None and trig.event_type in _STRIKING_TYPES:
                return True
    return False


def _aim_after_head(between: str) -> bool:
    """外交官|是为了表达「与…: an aim word (words.tsv aim_after_object) right after the actor or
    after the short noun it heads (俄国|外交官), with nothing that ends a clause up to the act."""
    if any(c in _AIM_BREAKS for c in between):
        return False
    aims = words("aim_after_object")
    return any(
        between.startswith(aims, gap) and all(is_cjk(c) for c in between[:gap])
        for gap in range(_AIM_HEAD_MAX + 1)
    )


# the longest noun an actor heads before the aim of the verb that governs it (外交官, 工作人员)
_AIM_HEAD_MAX: Final = 4


# what ends the aim of a verb before the act aimed at (a quotation mark does not)
_AIM_BREAKS: Final = set(",，。;；:：!?！？\n")


def _verb_ends_at(text: str, end: int) -> bool:
    """Whether a trigger word (an act's verb: 驱逐, 驅逐) ends right at ``end``."""
    pattern = trigger_pattern()
    return any(pattern.fullmatch(text, end - size, end) for size in range(2, 5) if end >= size)


def _reason_of_other_act(
    text: str, clause: Clause, pos: int, mentions: list[Mention], subject: Mention
) -> bool:
    """An act inside the reason of a 以…为由 phrase is not done by the one who acts for that
    reason (欧盟以向俄罗斯提供无人机为由制裁…: 欧盟 supplies nothing); only an actor named inside
    the reason can do it."""
    opener = _reason_around(text, clause, pos, pos, clause.end, mentions)
    return opener != -1 and subject.start < opener


def _inside_trigger(trig: Trigger, mentions: list[Mention]) -> list[Mention]:
    """The agents named inside 草案由…提出 (not the topic of 提交的一份加沙局势决议草案)."""
    if trig.inner is None or _TEXT["text"][trig.inner[0] - 1] != "由":
        return []
    return [m for m in mentions if trig.inner[0] <= m.start and m.end <= trig.inner[1]]


def _proposers_before(text: str, start: int, pos: int, mentions: list[Mention]) -> list[Mention]:
    """由中国和俄罗斯提出,推迟…的决议草案|遭到否决: the actors (with those joined to them) that
    stand right before 提出/提交/起草 between ``start`` and the failed draft at ``pos``, in the
    sentence of ``pos`` (a draft of a sentence before may be another one)."""
    start = max(start, max(text.rfind(c, 0, pos) for c in _SENTENCE_STOPS) + 1)
    return _proposer_in(text, start, pos, reversed(mentions), mentions)


def _proposers_near(text: str, pos: int, mentions: list[Mention]) -> list[Mention]:
    """美国…提交的决议草案,而中俄对该草案行使了否决权; 安理会以7票否决,未通过俄罗斯提交的…
    草案: a vote against that names no target is cast on the draft its sentence names, against
    whoever put it forward (the nearest proposer before, else the one after)."""
    before = _proposers_before(text, 0, pos, mentions)
    if before:
        return before
    stops = [at for at in (text.find(c, pos) for c in _SENTENCE_STOPS) if at != -1]
    end = min(stops, default=len(text))
    return _proposer_in(text, pos, end, mentions, mentions)


def _proposer_in(
    text: str, start: int, end: int, order: Iterable[Mention], mentions: list[Mention]
) -> list[Mention]:
    """The first actor, in ``order``, inside ``start``–``end`` that a verb of proposing a draft
    follows (_PROPOSED_BY), with those joined to it: _proposers_before looks back from the draft,
    _proposers_near also forward from a vote."""
    for mention in order:
        if start <= mention.start and mention.end <= end and _PROPOSED_BY.match(text, mention.end):
            return _expand_compound(mention, mentions)
    return []


def _put_to_body(
    mentions: list[Mention], trig: Trigger, pos: int, status: str, discourse
) -> Iterator[Action]:
    """决议草案由中国和俄罗斯提出: the actors inside ask the body in focus to adopt it."""
    body = discourse.body(pos + len(trig.word))
    for subject in _inside_trigger(trig, mentions) if body is not None else []:
        if not _same_side(subject, body):
            confidence = _confidence(subject, body, "focus", True)
            yield Action(subject, body, trig, pos, status, confidence, "focus")


# who put a draft forward, right after the proposer (由中俄提出,…草案; 美国提交的…草案)
_PROPOSED_BY: Final = re.compile(
    r"(?:就[^，,。；;]{1,12}?)?(?:共同|联合)?(?:提出|提交|起草)了?(?:的|[,，、])"
    r"[^。；;！？!?]{0,30}?(?:草案|决议|提案|修正案)"
)


def _failed_request(
    text: str,
    start: int,
    pos: int,
    trig: Trigger,
    mentions: list[Mention],
    status: str,
    discourse: Discourse,
) -> Iterator[Action]:
    """决议草案未获通过: the body the last request asked rejects those who asked (each of them);
    a draft whose proposers the sentence names before it (由中国和俄罗斯提出,…的决议草案遭到
    否决) is rejected by the body in focus, on those proposers."""
    body = discourse.body(pos)
    proposers = _proposers_before(text, start, pos, mentions) if body is not None else []
    if body is not None and proposers:  # (body tested again, for the type checker)
        for proposer in proposers:
            if not _same_side(proposer, body):
                confidence = _confidence(body, proposer, "focus", False)
                yield Action(body, proposer, trig, pos, status, confidence, "focus")
        return
    asked = discourse.askers()
    for asker, body in asked:
        confidence = _confidence(body, asker, "focus", False)
        yield Action(body, asker, trig, pos, status, confidence, "focus")


def _snapback_target(mentions: list[Mention]) -> list[Mention]:
    """启动“快速恢复制裁”机制, 重新实施联合国制裁 with no target named: the snapback of the Iran
    nuclear deal (UN resolution 2231) restores the UN's sanctions on the state words.tsv
    snapback_target names by its actor key (IRN), the target wherever its sentence names it."""
    targets = words("snapback_target")
    return next(([m] for m in mentions if m.actor.key in targets), [])


def _reasons_before(
    clauses: list[Clause], index: int, pos: int, mentions: list[Mention], done
) -> list[Action]:
    """The accusations of a 以…为由 clause right before a clause that names no actor before
    ``pos``: the act there is done for that reason."""
    if index == 0 or not done or any(clauses[index].start <= m.start < pos for m in mentions):
        return []
    earlier = clauses[index - 1]
    return [
        a
        for a in done
        if "pretext" in a.trigger.objects and earlier.start <= a.trigger_start < earlier.end
    ]


def _for_reason(
    text: str,
    clause: Clause,
    pos: int,
    end: int,
    trig: Trigger,
    mentions: list[Mention],
    status,
    reasons,
) -> Iterator[Action]:
    objects, frame = _objects(text, clause, pos, end, trig, mentions)
    if not objects:
        objects, frame = [r.object for r in reasons], "focus"
    subjects = list({r.subject.actor.key: r.subject for r in reasons}.values())
    objects = list({o.actor.key: o for o in objects}.values())
    for subject in subjects:
        for obj in objects:
            if not _same_side(subject, obj):
                confidence = _confidence(subject, obj, frame, False)
                yield Action(subject, obj, trig, pos, status, confidence, frame)


def _joint_partners(
    text: str, clause: Clause, pos: int, end: int, trig: Trigger, objects: list[Mention], status
) -> Iterator[Action]:
    """与日本首相及韩国总统共同签署, 与俄伊两国举行三方会谈: the partners of a joint act with
    several sides act with each other too (not so when each acts 分别, on its own)."""
    window = (_coverb_start(text, objects[0]), min(clause.end, end + 4))
    if _SEPARATELY.search(text, clause.start, end):
        return
    if not _JOINTLY.search(text, *window) and not _joint_by_word(trig):
        return
    for i, first in enumerate(objects):
        for second in objects[i + 1 :]:
            known = all(m.actor.type != "Person" or m.actor.country for m in (first, second))
            if "在内的" in text[first.end : second.start]:
                continue  # 包括赤道几内亚在内的非洲国家: a member does not act with its group
            if known and not _same_side(first, second):  # 外长艾莎塔、财长迪奥普: one side
                confidence = _confidence(first, second, "with", True)
                yield Action(first, second, trig, pos, status, confidence, "with")


def _joint_by_word(trig: Trigger) -> bool:
    """与美国、澳大利亚及新西兰举行联合演习, 与英国外交大臣及法国外长举行会议: a trigger that
    itself names a joint act (words.tsv joint_act) is one act of all its partners, as 共同 says
    of other acts; read from the trigger word, not the clause, so a title (《联合全面行动计划》)
    says nothing."""
    return any(w in trig.word for w in words("joint_act"))


def _answered_topic(
    text: str, clause: Clause, boundary: int, end: int, mentions: list[Mention]
) -> bool:
    """Whether the act is inside a 就-phrase that an answer closes (就对菲援助等问题|答记者问,
    words.tsv answer_after) with no actor between 就 and the act: it is what the speaker is
    asked about, not something the speaker, or anyone named, does."""
    jiu = text.rfind("就", clause.start, boundary)
    asked = _asked_about(text, clause, boundary, end, mentions)
    if jiu == -1 or any(c in _PUNCT for c in text[jiu:end]):
        return asked
    if any(jiu < m.start < boundary for m in mentions):
        return asked
    return asked or any(w in text[end : clause.end] for w in words("answer_after"))


def _asked_about(
    text: str, clause: Clause, boundary: int, end: int, mentions: list[Mention]
) -> bool:
    """请问中方对[各国同非洲之角开展合作]有何评论: an act inside a 对-phrase that a question
    closes (words.tsv asked_after), with no actor between 对 and the act, is what the one
    asked is asked about, not the one asked's act."""
    to = text.rfind("对", clause.start, boundary)
    if to == -1 or any(c in _PUNCT for c in text[to:end]):
        return False
    if any(to < m.start < boundary for m in mentions):
        return False
    return any(w in text[end : clause.end] for w in words("asked_after"))


def _inner_actor(
    text: str,
    clause: Clause,
    boundary: int,
    end: int,
    mentions: list[Mention],
    objects: list[Mention],
) -> Mention | None:
    """The actor right after a 对 that opens a phrase holding the trigger and closed by a later
    verb (对日方将韩国移出白名单表示遗憾): it does the act inside the phrase."""
    before = [m for m in mentions if clause.start <= m.start and m.end <= boundary]
    if not before or before[-1] in objects:
        return None
    actor = before[-1]
    front = _front(actor)
    opener = text[front - 1 : front]
    if opener == "于" and text[front - 2 : front - 1] == "对":
        opener = "对"  # 对于|北韩与俄罗斯…的军事合作|深感关切: 对于 governs as 对 does
    responds = text[max(0, front - 2) : front] == "回应"  # 国防部回应|美对台军售
    if opener not in {"对", "就"} and not responds or boundary - actor.end > 2:
        return None
    if any(c in _PUNCT for c in text[actor.end : end]):
        return None
    if responds:
        return actor
    if opener == "就":  # 就[美国对台军售]答记者问: the answer closes what it is about
        return actor if any(w in text[end : clause.end] for w in words("answer_after")) else None
    if _view_head().match(text, end, clause.end):  # 中国对[美国制裁伊朗]的看法: the view's
        return actor  # holder does not act; the actor after 对 does
    return actor if _closes_to_phrase(text, end, clause.end) else None


def _unnamed_inner_subject(
    text: str, clause: Clause, pos: int, end: int, mentions: list[Mention]
) -> bool:
    """对[部分国家进口伊朗石油]的制裁豁免: inside a 对-phrase that 的 closes into a noun, an act
    right after a noun phrase that names no actor is that noun's, nobody's the gazetteer knows
    (but in 对原产于中国的钢材征收关税 the verb closes the phrase: no noun stands before it)."""
    to = text.rfind("对", clause.start, pos)
    if to == -1 or not 1 < pos - to <= _INNER_NOUN_REACH:
        return False
    between = text[to + 1 : pos]
    if any(c in _PUNCT for c in between) or any(to < m.start < pos for m in mentions):
        return False
    if "的" not in text[end : clause.end]:
        return False
    tags = _tag(between)
    return bool(tags) and tags[-1][1] == "n" and all(t in _NOUN_PHRASE_TAGS for _, t in tags)


_INNER_NOUN_REACH: Final = 10
_NOUN_PHRASE_TAGS: Final = {"n", "m", "q", "c", "a", "b", "f"}


def _pointed_noun_subject(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> bool:
    """欧盟指责|这些公司|支持俄罗斯军工, 称|该企业|向伊朗出售: a verb, then a demonstrative
    (words.tsv noun_pointer) and a noun right before the trigger: that noun phrase is the act's
    subject, and it names no actor, so the actor before the verb does not do the act it reports."""
    pointers = words("noun_pointer")
    if all(text.find(w, clause.start, pos) == -1 for w in pointers):
        return False  # most acts follow no demonstrative: one cheap test before any other
    start = max(
        [clause.start, *(m.end for m in mentions if clause.start <= m.start and m.end <= pos)]
    )
    stretch = text[start:pos]
    if not any(w in stretch for w in pointers):
        return False
    tags = _tag(stretch)
    for at in range(len(tags) - 2, 0, -1):
        word, tag = tags[at]
        if tag == "r" and word in pointers:
            nouns = tags[at + 1 :]
            verb_before = tags[at - 1][1].startswith("v")
            return verb_before and all(t in _NOUN_PHRASE_TAGS for _, t in nouns)
    return False


def _inside_to_phrase(text: str, clause: Clause, end: int, obj: Mention, pos: int) -> bool:
    """Whether the trigger sits inside a 对-phrase that a later verb closes (对[朝鲜发射导弹]
    表示遗憾), right after the actor the preposition introduces; a 就-phrase is also closed by
    a speech act (就[朝鲜发射导弹]谴责说, words.tsv answer_after)."""
    front = _front(obj)
    front -= _time_before(text, front)  # 对|今天凌晨|印度的军事行动
    opener = text[front - 1 : front]
    if opener == "于" and text[front - 2 : front - 1] == "对":
        opener = "对"  # 对于|朝鲜发射导弹表示抗议
    if opener not in {"对", "就"}:
        return False
    reach = _PLACED_REACH if text.startswith("在", obj.end) else 4  # 对中国|在西沙群岛|举行军演
    if _event_noun_after(text, end):  # 对印军|越过实控线“无端|开火”|一事予以谴责
        reach = _PLACED_REACH
    timed = _TIME_ONLY.match(text, obj.end, pos)  # 对印度|今天凌晨|的军事行动
    reach += len(timed.group()) if timed else 0
    # 对美方的|“|无理制裁”表示不满: a quotation of the act's own words is no break
    between = _without_quote_around_trigger(text, obj.end, text[obj.end : pos], pos)
    if any(c in _PUNCT for c in between) or len(between) > reach:
        return False
    if opener == "就" and any(
        w in text[end : _list_goes_on_to(text, clause.end)] for w in words("answer_after")
    ):
        return True
    return _closes_to_phrase(text, end, clause.end)


_PLACED_REACH: Final = 12  # 对X在…举行军演表示反对: where X acts may stand between X and its act


def _event_noun_after(text: str, end: int) -> bool:
    """…开火一事, …“开火”一事: a noun that names the act a 对-phrase holds as one event (words.tsv
    event_noun) follows it, maybe after the quote that closes its words; the act's doer may
    then stand farther from it, as where it acts may."""
    return opens_with(text, end + (text[end : end + 1] in _CLOSING_QUOTES), "event_noun")


def _list_goes_on_to(text: str, stop: int) -> int:
    """Where a 就-phrase may close: past the clause end when the next clause goes on with its
    list (就中国的稀土出口限制,以及在东海等活动|表达忧虑), else at the clause end."""
    if not text.startswith(_TOPIC_LIST_GOES_ON, stop + 1):
        return stop
    after = next((i for i in range(stop + 1, len(text)) if text[i] in _PUNCT), len(text))
    return after


# 让/请/叫 someone (去) do it: the one asked acts, not the one who asks (让步, 邀请, 请求 aside)
_ASKS_ANOTHER: Final = re.compile(
    r"(?<![转出退谦礼相忍])让(?![步渡])|(?<![邀申提恳吁诉声])请(?![求愿示教])|叫(?![做停嚣板好])"
)


def _asked_another(
    text: str, clause: Clause, subject: Mention, pos: int, mentions: list[Mention]
) -> bool:
    """我们希望…，让沈阳向她道歉; 他曾请过院里其他老师去说服王攀: a subject before 让/请/叫 asks
    another to do the act after it; whoever stands after the verb does it (the actor right
    after it is the nearest before the trigger, and so is found as the subject instead)."""
    start = max(subject.end, clause.start)
    for match in _ASKS_ANOTHER.finditer(text, start, pos) if start < pos else ():
        if not any(m.start <= match.start() < m.end for m in mentions):
            return True  # (not 让 of 让·容克, a name)
    return False


def _inside_view(text: str, clause: Clause, end: int, obj: Mention) -> bool:
    """他对朝鲜战争最初的看法, 美国对中国威胁的认识: a trigger inside a 对-phrase that a view
    heads (words.tsv: view) only says what the view is about; the one who holds the view does
    nothing to the actor after 对."""
    if text[_front(obj) - 1 : _front(obj)] != "对":
        return False
    return _view_head().match(text, end, clause.end) is not None


def _closed_by_view(text: str, target: Mention, pos: int) -> bool:
    """凯南对中国的战略定位并没有因朝鲜战争而改变: a 对-phrase closed by 的 and a view or a
    policy it heads (words.tsv view, policy_head) belongs to that noun, so an act named after
    the noun is not aimed at the actor after 对 (but what a copula says the view or policy is,
    美国对伊朗的政策是制裁, is; and 对朝鲜的制裁 or 对伊朗的全面制裁 have no head between)."""
    stretch = text[target.end : pos]
    closed = _view_closer().match(stretch)
    return closed is not None and closed.end() < len(stretch) and "是" not in stretch


@lru_cache(maxsize=1)
def _view_closer() -> re.Pattern[str]:
    """的…态度, 之间的政策: the 的 of a 对-phrase and the view or policy that heads it."""
    heads = "|".join(map(re.escape, (*words("view"), *words("policy_head"))))
    stop = "，,。；;：:“”「」!?！？的"
    return re.compile(f"(?:之间)?的[^{stop}]{{0,4}}?(?:{heads})")


@lru_cache(maxsize=1)
def _view_head() -> re.Pattern[str]:
    """…最初的基本看法: the rest of a 对-phrase, up to a view that heads it."""
    views = "|".join(map(re.escape, words("view")))
    stop = "，,。；;：:“”「」!?！？"
    return re.compile(f"[^{stop}]{{0,8}}?的[^{stop}的]{{0,6}}?(?:{views})")


_ORDERS: Final = ("下令", "命令", "指示", "授权", "批准")


def _orderers(
    text: str, clauses: list[Clause], index: int, subjects, mentions: Sequence[Mention]
) -> list[Mention]:
    """内塔尼亚胡下令以军对加沙发动打击: who orders an act does it too."""
    if len(subjects) != 1:
        return []
    front = _front(subjects[0])
    start = _clause_of(clauses, front)
    if not text[max(start, front - 2) : front].endswith(_ORDERS):
        return []
    before = [m for m in mentions if start <= m.start and m.end <= front - 2]
    for mention in reversed(before):
        if can_be_subject(text, mention) and mention.actor.key != subjects[0].actor.key:
            return [mention]
    return []


_OBJECT_REACH: Final = 6
# the light verbs a response opens with after the 对-phrase it answers (予以驳斥, 作出回应)
_RESPONSE_LEADS: Final = ("予以", "作出", "做出")


def _object_of_act(text: str, clause: Clause, pos: int) -> bool:
    """不接受指责和施压: a response named as the object of another act (what is not accepted)
    answers nobody by itself."""
    head = text[max(clause.start, pos - _OBJECT_REACH - 4) : pos]
    for match in trigger_pattern().finditer(head):
        trig = trigger_for(match.group())
        between = head[match.end() :]
        if trig is None or not trig.event_type or len(between) > _OBJECT_REACH:
            continue
        if "speaker" in trig.objects:
            continue  # 对菲律宾的挑衅|予以坚决回击: a judgement of the deed answered, no act on it
        if between.startswith(_RESPONSE_LEADS):
            continue  # 对美国的指控|予以驳斥: the charge closes the 对-phrase the response answers
        if trig.event_type in {"REJECT", "ACCUSE"} and not any(c in between for c in "并而又还也"):
            return True
    return False


_SEVERAL_STATES: Final = re.compile(r"等(?:[几多数两三四五六七八九十\d]+个?)?(?:国家|国)")


def _each_of_several(text: str, subjects) -> bool:
    """中国和巴基斯坦等几个国家接受了…, 英国、法国等国同意…: examples of several states that
    each consent to something, not parties that agree with each other."""
    return _SEVERAL_STATES.match(text, subjects[-1].end) is not None


def _answers_topic(text: str, clause: Clause, pos: int, end: int, subject: Mention) -> bool:
    """外交部发言人31日就[巴基斯坦开普省发生自杀式炸弹袭击]答记者问: an act inside a 就-phrase
    that an answer closes (words.tsv answer_after) is not the act of who answers."""
    jiu = text.rfind("就", subject.end, pos)
    if jiu == -1 or any(c in _PUNCT for c in text[subject.end : end]):
        return False
    rest = text[end : clause.end]
    return any(w in rest for w in words("answer_after")) and _real_coverb(text, jiu)


def _happens_at(text: str, pos: int, subject: Mention, trig: Trigger) -> bool:
    """巴基斯坦信德省|发生|恐怖袭击: where an attack happens (words.tsv happens) is not who
    attacks (but 两国发生冲突 is a clash of the two)."""
    if trig.event_type != "ASSAULT" or "mutual" in trig.flags:
        return False
    between = text[subject.end : pos]
    if not any(w in between for w in words("happens")):
        return False
    if not any(c in _PUNCT for c in between):
        return True
    # …发生恐怖袭击,造成中方人员伤亡: the deaths an attack caused have no other killer
    return trig.predicate.name == "kills" and sum(c in _PUNCT for c in between) == 1


_CLAUSE_STOPS_AFTER: Final = marks_after("，,。；;")


def _cast_vote(text: str, obj: Mention) -> bool:
    """俄罗斯、中国反对,|印度、南非、巴西弃权: an actor of the next clause that ends in a vote
    cast (words.tsv vote_cast) votes too; it is no target of the vote before."""
    stop = first_mark(_CLAUSE_STOPS_AFTER, text, obj.end, -1)
    return stop != -1 and text[obj.end : stop].endswith(words("vote_cast"))


def _handed_over(text: str, end: int, obj: Mention) -> bool:
    """要求其将前总理哈西娜遣返, 呼吁将…总统巴祖姆恢复职位: a person that 将/把 brings before the
    verb of what a demand asks is what is to be done with, not the one asked."""
    if obj.actor.type != "Person":
        return False
    between = text[end : _front(obj)]
    return ("将" in between or "把" in between) and not any(c in _PUNCT for c in between)


_DEEDS: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def _deed_judged_by(text: str, clause: Clause, pos: int, subject: Mention, trig: Trigger) -> bool:
    """安理会谴责了最近在苏丹…由各方发动的|袭击: a deed named by a noun after 的 as what a
    judgement of its clause is about is not done by the one who judges, who stands before
    the judging verb."""
    if trig.event_type not in _DEEDS or text[pos - 1 : pos] != "的" or subject.end > pos:
        return False
    # a subject the clause borrows (发表声明,|谴责对伊朗的袭击) judges in this clause too
    start = subject.end if subject.start >= clause.start else clause.start
    for match in trigger_pattern().finditer(text, start, pos):
        judging = trigger_for(match.group())
        if judging is not None and judging.event_type == "ACCUSE":
            return not any(c in _PUNCT for c in text[match.end() : pos])
    return False


@lru_cache(maxsize=1)
def anyone_relative() -> re.Pattern[str]:
    """任何 + a relative of at most 20 characters (no pause, no other 的) + 的 + a head noun of
    words.tsv anyone_head (任何向俄罗斯提供武器的|国家): anyone at all, nobody named."""
    heads = "|".join(re.escape(w) for w in words("anyone_head"))
    return re.compile(rf"任何[^，,。；;：:的“”]{{1,20}}的(?:{heads})")


def _measures_to_protect(text: str, clause: Clause) -> bool:
    """采取必要措施,保障中国在苏人员安全; 采取一切必要措施,确保人道援助进入加沙: measures taken
    to keep people or aid safe (words.tsv protective, then protected) threaten no one."""
    after = text[clause.end : clause.end + 30].lstrip(" ，,")
    if not opens_with(after, 0, "protective"):
        return False
    stop = min((after.find(c) for c in "，,。；;" if c in after), default=len(after))
    return any(word in after[:stop] for word in words("protected"))


_CAUSE_CLOSE: Final = re.compile(r"而(?:[感表深极十非常颇大]{0,2}[到示]|表达)?$")


def _actor_of_cause(
    text: str, clause: Clause, pos: int, subject: Mention, mentions: list[Mention]
) -> Mention | None:
    """日本政府因朝鲜发射导弹而感到愤怒, 俄罗斯由于北约东扩而表示不满: a response whose cause a
    reason phrase (words.tsv reason) gives right before it, closed by 而, answers the first
    actor the phrase names who is not on the responder's side."""
    head = text[clause.start : pos]
    close = _CAUSE_CLOSE.search(head)
    if close is None:
        return None
    opener = max(head.rfind(word) for word in words("reason"))
    if opener < 0:
        return None
    start, stop = clause.start + opener, clause.start + close.start()
    return next(
        (
            m
            for m in mentions
            if start < m.start
            and m.end <= stop
            and not _same_side(m, subject)
            and m.start >= subject.end
        ),
        None,
    )


def _opened_phrase(head: str, openers: str = "对就") -> str | None:
    """What follows the last 对 or 就 (``openers``) of ``head``, the words before a verb: the
    phrase it opens, which names what the verb answers; None when none opens one."""
    at = max(head.rfind(opener) for opener in openers)
    return head[at + 1 :] if at != -1 else None


_RESPONSE_WORDS: Final = ("回应", "反应")
# what a 对-phrase points back at (对此, 对这一行为, 对上述做法): the deed told before, whose doer
# the counterpart in focus is
_POINTING_BACK: Final = ("此", "这", "该", "上述", "其")


#: :func:`said_referred` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_SAID_REFERRED_MADE: Final[list[re.Pattern[str]]] = []


def said_referred() -> re.Pattern[str]:
    """:func:`_make_said_referred`, made once."""
    return (
        _SAID_REFERRED_MADE[0]
        if _SAID_REFERRED_MADE
        else made_once(_SAID_REFERRED_MADE, _make_said_referred())
    )


def _make_said_referred() -> re.Pattern[str]:
    """这种说法, 此谈话, 上述言论: a statement told before, referred back to (words.tsv
    said_pointer, then said_noun)."""
    pointers = "|".join(re.escape(w) for w in words("said_pointer"))
    nouns = "|".join(re.escape(w) for w in words("said_noun"))
    return re.compile(f"(?:{pointers})的?(?:{nouns})(?![人者权])")  # (有关发言人: a person)


def _responds_to_said(text: str, clause: Clause, pos: int, trig: Trigger) -> bool:
    """对此谈话表达强烈谴责, 驳斥这种说法: a response whose 对/就-phrase, or whose object right
    after it, is a statement told before (said_referred)."""
    if "…" in trig.word:
        return False
    end = pos + len(trig.word)
    end += text.startswith(("了", "过"), end)  # 驳斥了这种说法
    if said_referred().match(text, end, clause.end):
        return True
    phrase = _opened_phrase(text[clause.start : pos])
    return phrase is not None and said_referred().match(phrase) is not None


_SAID_JUDGED_GAP = 4  # what may stand between a statement referred back to and its judgement


def _judges_said(text: str, clause: Clause, pos: int) -> bool:
    """克里姆林宫称这种说法|荒唐可笑, 上述言论|与事实严重不符: a judgement right after a statement
    told before (said_referred) judges that statement, and so whoever made it."""
    said = list(said_referred().finditer(text, clause.start, pos))
    if not said:
        return False
    gap = "".join(c for c in text[said[-1].end() : pos] if c not in _QUOTES)
    return len(gap) <= _SAID_JUDGED_GAP and not any(c in _PUNCT for c in gap)


def _response_to_no_one(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention]
) -> bool:
    """普京对官邸遇袭将作最严厉回应, 伊朗将对任何损害伊朗利益的行为作出坚决的回应, 期待中国会对
    目前情势做出回应: a response promised (a threat whose word says 回应 or 反应) to what its
    对-phrase names, when that phrase names no actor or anyone at all (任何…), answers no one
    named; not the counterpart in focus (first golds nc-06, qh-08, qb-11)."""
    if trig.predicate.name != "threatens" or not any(w in trig.word for w in _RESPONSE_WORDS):
        return False
    end = pos + len(trig.word)
    verb = max(text.rfind(w, clause.start, end) for w in _RESPONSE_WORDS)
    opener = _to_phrase_opener(text, clause.start, verb)
    if opener == -1:
        return False
    phrase = text[opener + 1 : verb]
    if phrase.startswith(_POINTING_BACK) or phrase.startswith("于此"):
        return False  # 对此将作出坚决回应: to the deed just told
    if _opens_with_pronoun(phrase):
        return False  # 对他们的错误行为作出坚决回应: to those just named (found later)
    if phrase.startswith("任何"):
        return True
    return not any(opener < m.start and m.end <= verb for m in mentions)


def _opens_with_pronoun(phrase: str) -> bool:
    """Whether ``phrase`` opens with a word of pronouns.tsv that refers to someone (他们, 对方,
    该国; not 各方, which names nobody): the actor it stands for is resolved after this stage.
    (Words of two letters or more: 他|国, 他|人 are no pronoun.)"""
    return any(
        len(word) > 1 and phrase.startswith(word) and pronoun.refers != "sides"
        for word, pronoun in pronouns().items()
    )


def _to_phrase_opener(text: str, start: int, stop: int) -> int:
    """Where the last 对 before ``stop`` (from ``start``) that opens a 对-phrase stands, or -1:
    a 对 inside a word (words.tsv to_in_word: 作出|对等|回应, 相|对应的反应, 绝对|会作出回应)
    opens none."""
    at = text.rfind("对", start, stop)
    while at != -1 and _to_inside_word(text, at):
        at = text.rfind("对", start, at)
    return at


def _to_inside_word(text: str, at: int) -> bool:
    """Whether the 对 at ``at`` belongs to a word of words.tsv to_in_word (绝对, 对等)."""
    return any(
        at >= w.index("对") and text.startswith(w, at - w.index("对")) for w in words("to_in_word")
    )


def _aimed_at_topic(text: str, clause: Clause, pos: int) -> bool:
    """东盟对缅甸局势表示关切, 对台湾海峡的和平稳定表示关切: a response whose 对/就-phrase names a
    situation or an issue (words.tsv topic) is about that topic; with no actor found there it
    answers no one, not whoever acted last."""
    phrase = _opened_phrase(text[clause.start : pos])
    return phrase is not None and any(word in phrase for word in words("topic"))


def _concern_over_strife(text: str, clause: Clause, pos: int, trig: Trigger) -> bool:
    """美国对冲突深表关切, 俄外交部对军事对抗升级深感担忧: concern (words.tsv concern) over a
    fight or its escalation (words.tsv strife) whose 对-phrase names no actor takes no side; it
    does not blame whoever fought last, as a condemnation of an attack does."""
    if not any(word in trig.word for word in words("concern")):
        return False
    phrase = _opened_phrase(text[clause.start : pos], "对")
    return phrase is not None and any(word in phrase for word in words("strife"))


def _protest_not_lodged(text: str, pos: int, end: int, trig: Trigger, subject: Mention) -> bool:
    """引发抗议运动, 抗议活动中, 这起外交抗议, 政界人士的抗议, 此后抗议便成了家常便饭: a word that
    names a protest as often as it lodges one (triggers.tsv flag lodged) answers the counterpart
    in focus only as its subject's own act: not when it heads a noun (words.tsv protest_noun:
    抗议|运动), nor when its subject stands before it across a clause break, a 的, 这 or 该.
    Lodged: 北京愤怒抗议, 中方对此表示「强烈抗议」, and in a fronted frame the subject of the
    clause it frames (在数次抗议无果后,委内瑞拉宣布退出)."""
    if "lodged" not in trig.flags:
        return False
    if opens_with(text, end, "protest_noun"):
        return True
    gap = text[subject.end : pos]
    return subject.end <= pos and any(c in _UNQUOTED_PUNCT or c in "的这该" for c in gap)


def _strife_of_place(text: str, aimed: Mention, pos: int, trig: Trigger) -> bool:
    """东盟对缅甸近期暴力升级表示严重关切, 对苏丹大量平民伤亡表示关切: concern (words.tsv
    concern) over a fight or its toll (words.tsv strife) that the actor after 对 only locates
    blames no one; a deed of that actor named there (对俄罗斯在边境集结军队, 就中国升高紧张情势的
    行径: words.tsv deed) still is blamed."""
    if not any(word in trig.word for word in words("concern")):
        return False
    stretch = text[aimed.end : pos]
    if not any(word in stretch for word in words("strife")):
        return False
    # (a fight named by a trigger, 俄罗斯与乌克兰的冲突, still blames its side: test_round31_uc)
    return not any(word in stretch for word in words("deed")) and not _act_in(stretch)


def _ready_for_peace(text: str, clause: Clause, pos: int) -> bool:
    """东盟已做好准备,将…为缅甸提供帮助; 朝鲜已做好与美国对话的准备: a readiness (准备) for talks,
    cooperation or help (words.tsv ready_peace), in its clause or the one right after, threatens
    no one; readiness for force (ready_war: 做好准备,随时回击) still does."""
    if "准备" not in text[pos : clause.end]:
        return False
    after = text[clause.end : clause.end + 30].lstrip(" ，,")
    stop = min((after.find(c) for c in "，,。；;" if c in after), default=len(after))
    what = text[pos : clause.end] + after[:stop]
    return any(w in what for w in words("ready_peace")) and not any(
        w in what for w in words("ready_war")
    )


_COMPELLED_REACH = 6  # 须|作出|相应回应, 不得不|予以反击: a cue and a light verb before the word


def _response_compelled(text: str, clause: Clause, pos: int) -> bool:
    """拉脱维亚须作出相应回应, 迫使M23不得不予以反击: a response its maker is compelled to make
    (words.tsv compelled, just before the response word) is one being made, which the
    measures it names report; it warns no one of what is to come."""
    head = text[max(clause.start, pos - _COMPELLED_REACH) : pos]
    return any(cue in head for cue in words("compelled"))


_HOW_LONG: Final = re.compile(
    r"(?:[\d一二两三四五六七八九十百半]+|数)(?:个月|个星期|个小时|小时|星期|周|天|日|年)"
)


def _any_pressure(text: str, end: int, rest: str) -> bool:
    """屈服于|任何压力: what a trigger ending in 于 yields to is any pressure (words.tsv
    pressure), no party at all, so the side in focus stays the one who presses."""
    return (
        text[end - 1 : end] == "于"
        and rest.startswith("任何")
        and opens_with(rest[2:], 0, "pressure")
    )


def _nothing_after(text: str, clause: Clause, end: int) -> bool:
    """中方坚决反对。/ 中方阐明反对立场: a response stands alone; with an object of its own
    (反对外国领导人同达赖喇嘛接触) its target is that object, named or not."""
    rest = text[end : clause.end].strip(" 了的。，,;；:：!?！？”“\"'」")
    if len(rest) <= 2 or opens_with(rest, 0, "stance"):
        return True
    rest = _past_time_word(rest)  # 谴责昨夜|针对乌克兰…的攻击: the object follows the time
    how_long = _HOW_LONG.match(rest)
    if how_long and len(rest) - how_long.end() <= 2:
        return True  # 宣布单方面停火|3个月, 停火72小时: how long it lasts is no object
    this = _THIS.match(rest)
    if rest.startswith(("这项", "这一", "这份", "该", "此项", "上述")) or (this and this.end() > 1):
        return (
            True  # 完全拒绝这项决议, 谴责此次袭击: an object that refers back names whom it answers
        )
    if opens_with(rest, 0, "move_after"):
        return True  # 谴责此举|侵犯主权: the move referred back to, whatever is said of it after
    if rest.startswith(("针对", "对于", "关于", "有关")) and "的" in rest:
        return False  # 否决针对北韩…的决议案: an object phrase about someone else
    if rest.startswith("针对") and "的" in text[end : end + _AIMED_PHRASE_REACH].split("。")[0]:
        return False  # 谴责昨夜针对乌克兰,特别是其能源设施的攻击: a comma inside the phrase
    if opens_with(rest, 0, "anyone_object"):
        # 反对任何一方片面改变现状: its object is anyone, not whoever is in focus; but
        return _any_pressure(text, end, rest)  # 屈服于任何压力 yields to whoever presses
    if rest[:1] in _INNER_COVERBS and trigger_pattern().search(rest):
        return False  # 反对对伊朗实施制裁: the act opposed is its object
    if _described_deed(rest):
        return False  # 反对在缅国内挑动内乱的行为: a deed described, by nobody in focus
    if _described_people(rest):
        return False  # 欢迎出席峰会的高级代表: people a relative clause describes are its object
    if _doctrine_object(rest):
        return False  # 反对新殖民主义的旗手: an idea opposed, by nobody in focus
    first = _tag_first(rest)
    return not first.startswith(("n", "r", "m", "q", "j", "eng"))


def _talks_refused(text: str, clause: Clause, end: int, trig: Trigger) -> bool:
    """北韩拒绝对话和接触等一切交流, 中国大陆拒绝官方对话: a refusal whose whole object is talks
    or contact (words.tsv refused_talk, maybe after talk_scope words, joined by 和/与/及/、 and
    closed by 等…) is aimed at the counterpart in focus, as a bare 拒绝对话 is."""
    if trig.event_type != "REJECT":
        return False
    rest = text[end : clause.end].strip(" 了的。，,;；:：!?！？”“\"'」")
    pos, talks = 0, 0
    while pos < len(rest):
        scope = word_at(rest, pos, "talk_scope")
        if scope:
            pos += len(scope)
            continue
        talk = word_at(rest, pos, "refused_talk")
        if not talk:
            return False
        pos += len(talk)
        talks += 1
        if rest.startswith("等", pos):
            pos += 1
        elif pos < len(rest) and rest[pos] in _TALK_JOINERS:
            pos += 1
    return talks > 0


_TALK_JOINERS: Final = frozenset("和与及、或")


_DESCRIBED_DEED_REACH: Final = 24


def _described_deed(rest: str) -> bool:
    """挑动内乱内战的|行为, 在缅国内搞分裂的|做法: what follows a response is a deed (words.tsv
    deed) a relative clause describes, its own object, so it answers nobody in focus."""
    stop = min((rest.find(c) for c in "，,。；;：:" if c in rest), default=len(rest))
    head = rest[:stop]
    if len(head) > _DESCRIBED_DEED_REACH or not head.endswith(words("deed")):
        return False
    if "是" in head[: head.rfind("的") + 1]:
        return False  # 谴责联演是“鲁莽的秀肌肉行为”: a judgement of what came before, no relative
    return "的" in head[:-1] and not head.startswith(_THIS_WORDS)


_THIS_WORDS: Final = ("这", "此", "该", "上述", "其")
_PEOPLE_HEAD_REACH: Final = 6  # characters after 的 in which the people noun starts (高级|代表)


def _described_people(rest: str) -> bool:
    """出席峰会的|高级代表, 遭到驱逐的|移民搭乘民航机回国: what follows a response (欢迎) up to a
    stop is a relative clause heading people of no country of their own (words.tsv
    described_people), its own object: it answers nobody in focus (first golds qc-12, yd-09)."""
    stop = min((rest.find(c) for c in "，,。；;：:（(" if c in rest), default=len(rest))
    head = rest[:stop]
    cut = head.rfind("的")
    if cut < 1 or head.startswith(_THIS_WORDS):
        return False
    tail = head[cut + 1 : cut + 1 + _PEOPLE_HEAD_REACH]
    return any(word in tail for word in words("described_people"))


_DOCTRINE_REACH: Final = 12


def _doctrine_object(rest: str) -> bool:
    """新殖民主义的|旗手, 霸权主义和强权政治: the object phrase after a response (up to 的 or a
    stop) names an idea or a system (words.tsv doctrine), which nobody in focus holds: the
    response is about the idea, not an answer to whoever acted last."""
    stop = min((rest.find(c) for c in "的，,。；;：:" if c in rest), default=len(rest))
    head = rest[:stop]
    return len(head) <= _DOCTRINE_REACH and any(w in head for w in words("doctrine"))


_AIMED_PHRASE_REACH: Final = 40


def _past_time_word(rest: str) -> str:
    """昨夜|针对乌克兰的攻击, 上周末|对德黑兰的袭击: a time word (jieba tag t) that opens what
    follows a response is when the thing responded to happened; what follows it is the object."""
    tags = _tag(rest[:8])
    if not tags or tags[0][1] != "t" or len(rest) - len(tags[0][0]) <= 2:
        return rest
    return rest[len(tags[0][0]) :]


def _tag_first(text: str) -> str:

    tags = _tag(text[:8])
    return tags[0][1] if tags else ""


_COOPERATIVE: Final = {"COOPERATE", "AID", "SUPPORT"}
_TO_FRAMES: Final = {"to", "toward"}
# the frames that name the other party of a trade or a gift described by its goods
_MOVES_GOODS: Final = {"COOPERATE": {"from", "to", "toward"}, "AID": {"to", "toward", "for"}}


def _trade_by_named_parties(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention]
) -> bool:
    """加拿大从中国进口的东西, 中国向阿富汗提供的援助物资: trade or aid described by the goods
    it moves is still trade or aid between the two parties the description names (its subject
    right before the preposition)."""
    if trig.event_type not in _MOVES_GOODS:
        return False
    objects, frame = _objects(text, clause, pos, pos + len(trig.word), trig, mentions)
    if frame not in _MOVES_GOODS[trig.event_type]:
        return False
    start = _coverb_start(text, objects[0])
    return any(
        m.end <= start and _only_time_between(text, m.end, start) and can_be_subject(text, m)
        for m in mentions
    )


def _only_time_between(text: str, start: int, end: int) -> bool:
    """德国|去年|向中国出口的…: nothing, or only times and adverbs, between two positions."""
    if start == end:
        return True
    if end - start > 8 or any(c in _PUNCT for c in text[start:end]):
        return False
    return all(tag[:1] in {"t", "d", "m"} for _, tag in _tag(text[start:end]))


def _principle_end(text: str, end: int, trig: Trigger) -> int:
    """Where the act of keeping a principle ends: 恪守一个|中国原则 (words.tsv principle_kept)
    names its principle after the trigger, so 国际社会坚持一个中国原则的|普遍共识 describes the
    consensus with all of it; any other trigger ends where its word does."""
    if trig.word not in words("principle_kept"):
        return end
    named = word_at(text, end, "principle_named")
    return end + len(named)


_PROSPECT_REACH: Final = 4  # 合作的|巨大|前景: an adjective between 的 and the prospect


def _prospect_of(text: str, end: int) -> bool:
    """合作的巨大前景, 合作的潜力: the act named before 的 and a word of prospect (words.tsv
    prospect) is one to come, not a thing described."""
    if text[end : end + 1] != "的":
        return False
    window = text[end + 1 : end + 1 + _PROSPECT_REACH + 2]
    return any(word in window for word in words("prospect"))


def _scheduled_ahead(text: str, clauses: list[Clause], index: int, end: int) -> bool:
    """会晤将于下月在旧金山举行, 会谈定于15日在东京举行, 与金正恩的二度见面,将于2月27日在越南
    进行: an act named as a noun whose predicate sets it for a time ahead (words.tsv
    schedule_ahead … held_verb, the verb closing its clause) has not taken place; it is planned.
    The predicate follows the act right away, or opens the next clause where the act closes
    its own. A held verb with an object (将于明天举行记者会) holds another act: not this one's."""
    pattern = _scheduled_pattern()
    if pattern.match(text, end):
        return True
    if text[end : clauses[index].end] not in {",", "，"} or index + 1 >= len(clauses):
        return False
    return pattern.match(text, clauses[index + 1].start) is not None


def _relative_plan_open(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> int | None:
    """批评了|计划对俄罗斯实施更多制裁的欧洲领导人: where a word of intention (cues.tsv intended,
    before) opens the relative phrase that holds an act describing a noun, right after another
    verb (a trigger or 了 ends there), with no other act or stop between it and the act; None
    when there is none. The intention is of those the phrase describes, and so the act's."""
    skip = [(_front(m), m.end) for m in mentions]
    found = None
    for at, cue in _cue_positions(text, clause.start, pos, skip):
        if cue.kind != "intended" or cue.position != "before":
            continue
        if any(c in _PUNCT for c in text[at:pos]):
            continue
        verb_ends = text[at - 1 : at] == "了" or any(
            p + len(t.word) == at
            for p, t in find_triggers(text, clause.start, at)
            if not isinstance(t, str)
        )
        inner = [
            t for _, t in find_triggers(text, at + len(cue.word), pos) if not isinstance(t, str)
        ]
        if verb_ends and not inner:
            found = at
    return found


def _package_put_forward(text: str, clause: Clause, pos: int, end: int) -> bool:
    """欧盟委员会提出新一轮对俄制裁方案, 提出制裁俄罗斯的新方案: an act that names a package
    (words.tsv package_noun, at most six characters after it) which a verb of putting forward
    (words.tsv put_forward) puts on the table, in the same stretch of the clause, is proposed;
    a package adopted (通过了…制裁方案) is not."""
    if _package_after().match(text, end, clause.end) is None:
        return False
    start = max(clause.start, pos - _PUT_FORWARD_REACH)
    lead = text[start:pos]
    verbs = [lead.rfind(v) for v in words("put_forward")]
    at = max(verbs)
    return at != -1 and not any(c in _PUNCT for c in lead[at:])


@lru_cache(maxsize=1)
def _package_after() -> re.Pattern[str]:
    """俄罗斯的新|方案: at most six characters after an act, then a package noun (words.tsv
    package_noun)."""
    nouns = "|".join(map(re.escape, words("package_noun")))
    return re.compile(rf"[^\s，,。；;：:！？!?“”「」]{{0,6}}?(?={nouns})")


_PUT_FORWARD_REACH: Final = 12


def _restates_planned_act(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention]
) -> bool:
    """他将…与王文涛会晤,|成为两人3年多来首度对话: a clause that opens by saying what the act
    before becomes (words.tsv restating_open: 成为) names that act again; when the clause
    before reports its last act as intended, so is the act named again."""
    if index == 0 or not opens_with(text, clauses[index].start, "restating_open"):
        return False
    before = clauses[index - 1]
    acts = [
        (p, t) for p, t in find_triggers(text, before.start, before.end) if not isinstance(t, str)
    ]
    if not acts:
        return False
    pos, trig = acts[-1]
    end = pos + len(trig.word)
    flags = trig.flags - {"utterance"}
    return _status(text, clauses, index - 1, pos, end, mentions, flags) == "intended"


def _judged_important(text: str, clause: Clause, pos: int, end: int) -> bool:
    """俄乌恢复直接对话非常重要, 加强与美国合作对他们非常重要, 强调三方合作的重要性: an act that a
    judgement of importance (words.tsv importance_judged, maybe after 对X and 是) closes, with
    nothing else after it in the clause, is one to be done. Not an act pointed at as held
    (words.tsv held_this: 此次会谈非常重要), which was done, nor one kept up (kept_up: 保持防务
    交流很重要), which goes on already."""
    found = _importance_pattern().match(text, end, clause.end)
    if found is None:
        return False
    rest = text[found.end() : clause.end]
    if not found.group().endswith(_IMPORTANCE_NOUN_ENDS) and rest.strip(_CLOSING):
        return False  # 合作非常重要的一步: importance of something else
    lead = text[max(clause.start, pos - 4) : pos]
    return not any(w in lead for w in words("held_this") + words("kept_up"))


_IMPORTANCE_NOUN_ENDS: Final = ("重要性", "重要意义")
_CLOSING: Final = " ，,。；;！？!?”」\"'的"


@lru_cache(maxsize=1)
def _importance_pattern() -> re.Pattern[str]:
    """对他们|是|非常重要, 的重要性: what a judgement of importance right after an act looks like
    (words.tsv importance_judged), for _judged_important."""
    judged = "|".join(map(re.escape, sorted(words("importance_judged"), key=len, reverse=True)))
    return re.compile(rf"(?:对[^\s，,。；;：:、“”\"]{{1,6}}?)?[是都也]?(?:{judged})")


def _plan_named_status(
    text: str, clause: Clause, pos: int, end: int, mentions: list[Mention]
) -> str | None:
    """特朗普的访华计划已经公布, 虽然暂无与金正恩会晤的安排: a meeting or visit named right
    before a noun of plan (words.tsv plan_noun: after its object, maybe through 的) is what is
    planned, not what took place: intended, or negated when a negation before it in the clause
    is of the plan (暂无…的安排, 没有访华计划). None when no plan noun follows. Only meetings and
    visits: an aid or cooperation 计划 is as often a programme carried out."""
    found = _plan_noun_after().match(text, end, clause.end)
    if found is None or opens_with(text, found.end(), "plan_noun_not"):
        return None
    trig = trigger_for(text[pos:end])
    if trig is None or trig.event_type != "CONSULT":
        return None
    skip = [(_front(m), m.end) for m in mentions]
    kinds = [c.kind for c in _cue_list(text, clause.start, pos, skip)]
    return "negated" if kinds.count("negated") % 2 == 1 else "intended"


@lru_cache(maxsize=1)
def _plan_noun_after() -> re.Pattern[str]:
    """华|计划, 德国的|计划, 的|安排: at most four characters of the act's object, maybe 的, then
    a noun of plan (words.tsv plan_noun); the match ends where the noun starts. Not through
    了, 后, 时 (会见金正恩后|安排了记者会: what is arranged after the act, not the act)."""
    nouns = "|".join(map(re.escape, words("plan_noun")))
    return re.compile(rf"[^\s，,。；;：:！？!?“”\"、的了后时]{{0,4}}的?(?={nouns})")


@lru_cache(maxsize=1)
def _scheduled_pattern() -> re.Pattern[str]:
    """将于|下月在旧金山|举行: a word that sets a time ahead, up to 24 characters of time and
    place, and a held verb that closes the clause (words.tsv schedule_ahead, held_verb)."""
    ahead = "|".join(map(re.escape, words("schedule_ahead")))
    held = "|".join(map(re.escape, words("held_verb")))
    return compile_pattern(
        rf"(?:{ahead})[^，,。；;：:！？!?“”「」]{{0,24}}?(?:{held})(?=[，,。；;！？!?”」]|之际|$)"
    )


def _modifies_noun(text: str, end: int, clause: Clause) -> bool:
    """Whether the trigger is followed by 的 and a noun that is no actor (进口的商品)."""
    return text[end : end + 1] == "的" and end + 1 < clause.end and text[end + 1] not in _PUNCT


def _describes_noun(text: str, end: int, clause: Clause, mentions: list[Mention]) -> bool:
    """与中国建交的|岛国外长, 中巴建交的|热烈期盼, 转而与北京建交的|决定: a trigger right before 的
    and a noun that no actor opens modifies that noun (triggers.tsv flag descriptive)."""
    return _modifies_noun(text, end, clause) and not any(m.start == end + 1 for m in mentions)


def _inner_pair_act(
    text: str, clause: Clause, pos: int, end: int, trig: Trigger, mentions: list[Mention]
) -> Mention | bool | None:
    """A joint act whose with-phrase opens right after another act, or after its target 其
    (制裁|与伊朗签署…, 批评其|与阿根廷达成…), and which describes a noun (…协议的公司): the
    act is that noun's (the actor it names, or False for none or for 其), never the
    sentence subject's; None when the act is no such relative clause."""
    if trig.event_type not in SYMMETRIC_TYPES or "with" not in trig.objects:
        return None
    partners = _introduced(text, clause, pos, _WITH, mentions)
    if not partners or partners[0].end > pos:
        return None
    coverb = _coverb_start(text, partners[0])
    if any(m.end == coverb for m in mentions) or coverb - clause.start < 2:
        return None
    tags = _tag(text[clause.start : coverb])
    if tags[-1:] and tags[-1][0] == "其":
        tags = tags[:-1]  # 批评其|与阿根廷达成协议的…: whom the act before is done to acts
    if not tags or trigger_for(tags[-1][0]) is None:
        return None
    cue = cues().get(tags[-1][0])
    if cue is not None and cue.kind in {"intended", "negated", "hypothetical"}:
        return None  # 美国|愿意|与苏联和谈的意愿: a cue of status is the subject's own
    stop = text.find("的", end, min(clause.end, end + 7))
    if stop < 0 or stop + 1 >= clause.end or text[stop + 1] in _PUNCT:
        return None
    if has_verb(text[end:stop]) or any(end <= m.start < stop for m in mentions):
        return None
    if _heads_a_deal(text, stop + 1, min(clause.end, stop + 1 + _ACT_HEAD_REACH)):
        return None  # 退出|与伊朗达成的|核协议: the deal itself, reached by the subject
    if text[coverb - 1] == "其":
        return False
    return _relative_head(text, clause, stop, mentions) or False


# an act that takes a noun phrase as its object, before a relative clause whose subject is
# missing (谴责|袭击以色列的胡塞武装); a demand, a threat or a will takes a verb phrase too
# (威胁|制裁伊朗的石油公司: to sanction Iran's firms), and stays out
_GAP_LEAD_TYPES: Final = frozenset({"ACCUSE", "SANCTION", "COERCE", "ASSAULT", "PROTEST"})
_GAP_LEAD_PREPS: Final = ("对", "针对")
# an attempt, a suspicion or a habit before the act needs a subject of its own: the head's
# (支持|试图|推翻阿萨德的叛军); and a count before it counts the head (制裁|两家|资助…的公司)
_GAP_TRY_WORDS: Final = r"(?:试图|企图|图谋|涉嫌|曾经|一直|长期|多次|持续|公然)+"
_GAP_COUNT_WORDS: Final = r"[0-9一二两三四五六七八九十几数多]+[家名个位艘国批]"
_GAP_TRY: Final = re.compile(_GAP_TRY_WORDS + "$")  # (before an act: 支持试图|)
_GAP_COUNT: Final = re.compile(_GAP_COUNT_WORDS + "$")
_GAP_TRY_AHEAD: Final = re.compile(_GAP_TRY_WORDS)  # (after an act: 支持|试图)
_GAP_COUNT_AHEAD: Final = re.compile(_GAP_COUNT_WORDS)
_GAP_HEAD_TAGS: Final = frozenset({"n", "a", "b", "m", "q", "j"})  # what a head noun holds


def _gap_lead(text: str, clause: Clause, stop: int, mentions: list[Mention]) -> bool:
    """Whether the clause up to ``stop`` ends with an act that takes a noun phrase (谴责|, 制裁
    两家|, 对|; or an attempt, 支持试图|), so that a relative clause with no subject of its own
    begins at ``stop`` (see _gapped_relative); not when an actor ends it (俄罗斯|占领的…)."""
    lead = text[clause.start : stop]
    tried = _GAP_TRY.search(lead)
    core = lead[: tried.start()] if tried else lead
    counted = _GAP_COUNT.search(core)
    core = core[: counted.start()] if counted else core
    core = core.removesuffix("了")  # 逮捕了|向俄罗斯出口芯片的商人
    if not core or any(m.end == clause.start + len(core) for m in mentions):
        return False  # 俄罗斯|占领的…: a relative clause with a subject of its own
    if not core.endswith(_GAP_LEAD_PREPS) and not _ends_with_trigger(core):
        return False  # (most acts: jieba's last word, a suffix of the lead, can be no lead)
    tags = _tag(core)
    if not tags:
        return False
    word = tags[-1][0]
    if word not in _GAP_LEAD_PREPS:
        lead_trig = trigger_for(word)
        if lead_trig is None or (tried is None and lead_trig.event_type not in _GAP_LEAD_TYPES):
            return False
    return True


_LONGEST_LEAD: Final = 12  # (longer than any trigger, or any word jieba holds one in)


def _ends_with_trigger(lead: str) -> bool:
    """Whether some ending of ``lead`` is a trigger: what its last word must be to lead a
    relative clause with no subject of its own, tested before jieba cuts it (_gap_lead)."""
    return any(trigger_for(lead[-size:]) for size in range(1, min(len(lead), _LONGEST_LEAD) + 1))


def _gapped_relative(
    text: str, clause: Clause, pos: int, end: int, trig: Trigger, mentions: list[Mention]
) -> Mention | bool | None:
    """谴责|袭击以色列的|胡塞武装, 制裁两家|资助俄国战争机器的|石油公司, 支持试图|推翻阿萨德的
    叛军: an act with no subject of its own, right after another act that takes a noun phrase
    (an accusation, a sanction, an arrest, an attack, a protest; or 对/针对), its object right
    after it and closed by 的 and a head that names doers (an actor; or a noun of words.tsv
    gapped_head: 公司, 国家, 武装分子…) or the deed (gapped_deed: 谴责袭击以色列的|行为), is the
    head's act or nobody's named, never the subject's of the clause: the head's actor, False
    when it names none; None when the act is no such clause (制裁俄罗斯的决定 is the subject's
    own)."""
    if "after" not in trig.objects or trig.event_type in SYMMETRIC_TYPES:
        return None
    objects = _gapped_objects(text, clause, end, mentions)
    start = objects[-1].end if objects else end  # (威胁|其国家安全|的武装分子: no actor named)
    de = text.find("的", start, min(clause.end, start + 8))
    if de < 0:
        return None  # (most acts: no 的 closes a clause after them)
    between = text[start:de]
    if any(c in _PUNCT for c in between) or not _gap_lead(text, clause, pos, mentions):
        return None
    if has_verb(between):
        return None
    head = _relative_head(text, clause, de, mentions)
    if head is not None:
        return head if head.actor.key not in {o.actor.key for o in objects} else None
    return False if _doers_head(text, clause, de) else None  # (…的国家|安全: no head of doers)


def _doers_head(text: str, clause: Clause, de: int) -> bool:
    """Whether the noun after ``de`` (a 的 closing a relative clause) ends with a noun of doers
    or of the deed (words.tsv gapped_head, gapped_deed: …的两家|公司, …的|行为) and goes on
    with no other noun (…的国家|安全: the nation's security, no head of doers)."""
    heads = words("gapped_head") + words("gapped_deed")
    tags = _tag(text[de + 1 : min(clause.end, de + 12)])
    phrase = ""
    for i, (piece, tag) in enumerate(tags):
        if piece in _PUNCT:
            break
        phrase += piece
        if phrase.endswith(heads) and not (i + 1 < len(tags) and tags[i + 1][1][:1] == "n"):
            return True
        if tag[:1] not in _GAP_HEAD_TAGS:
            break
    return False


def _gap_ahead(text: str, end: int) -> tuple[int, bool]:
    """Where a relative clause with no subject of its own may begin after an act ending at
    ``end``: past 了, an attempt (试图…) and a count (两家…), as _gap_lead reads them before
    it; and whether an attempt stood there."""
    at = end + (text[end : end + 1] == "了")  # 谴责了|袭击以色列的胡塞武装
    tried = _GAP_TRY_AHEAD.match(text, at)
    at = tried.end() if tried is not None else at
    counted = _GAP_COUNT_AHEAD.match(text, at)
    return (counted.end() if counted is not None else at), tried is not None


def _gapped_head_after(
    text: str, clause: Clause, end: int, trig: Trigger, mentions: list[Mention]
) -> Mention | None:
    """谴责|袭击以色列的胡塞武装, 支持|试图推翻阿萨德的叛军: the actor that heads a relative
    clause with no subject of its own right after an act (see _gapped_relative) is that act's
    target; None when no such clause follows."""
    at, tried = _gap_ahead(text, end)
    if not tried and trig.event_type not in _GAP_LEAD_TYPES:
        return None
    found = trigger_pattern().match(text, at)
    inner = trigger_for(found.group(0)) if found is not None else None
    if found is None or inner is None:
        return None
    head = _gapped_relative(text, clause, at, found.end(), inner, mentions)
    return head if isinstance(head, Mention) else None


# the prepositions that may open a relative clause with no subject of its own before its act
# (制裁|向|俄罗斯提供无人机的伊朗, 谴责|对|以色列实施…的胡塞武装); 和 and 就 join or topicalise
_GAP_COVERBS: Final = frozenset("向对给为与同跟")


_GAP_VERB_REACH: Final = 6  # a light verb or a manner between the actors and the act


def _coverb_chain_before(
    text: str, clause: Clause, pos: int, mentions: list[Mention]
) -> tuple[int, list[Mention]] | None:
    """向|俄罗斯|提供…, 向|俄罗斯和白俄罗斯|提供…: the actors a preposition introduces right
    before ``pos`` (joined by 、和及与) and where the preposition stands; None if none does."""
    chain: list[Mention] = []
    near = [m for m in mentions if pos - _GAP_VERB_REACH <= m.end <= pos]
    last = max((m for m in near if clause.start <= _front(m)), key=lambda m: m.end, default=None)
    if last is None or any(c in _PUNCT or c == "的" for c in text[last.end : pos]):
        return None  # (向俄罗斯|大量提供…, 对乌克兰|发动大规模|袭击…: a light verb, a manner)
    at = last.end
    while True:
        found = next((m for m in mentions if m.end == at and _front(m) >= clause.start), None)
        if found is None:
            break
        chain.insert(0, found)
        at = _front(found)
        joined = text[at - 1 : at] in _LIST_JOIN_CHARS
        if not (joined and any(m.end == at - 1 for m in mentions)):
            break
        at -= 1
    if not chain or at - 1 < clause.start or text[at - 1] not in _GAP_COVERBS:
        return None
    return at - 1, chain


def _coverb_gap_head(
    text: str, clause: Clause, pos: int, end: int, trig: Trigger, mentions: list[Mention]
) -> Mention | bool | None:
    """制裁|向俄罗斯提供无人机的|伊朗, 谴责|对以色列实施无人机袭击的|胡塞武装: a relative clause
    with no subject of its own that opens with a preposition and its actors, after an act that
    takes a noun phrase (_gap_lead), its act's object (no actor, no verb) closed by 的: the head
    it describes does the act to the actors of the preposition; the head's actor, False when
    the head names none (…的|实体, …的两家|公司), None when the act is no such clause
    (美国向俄罗斯提供无人机: the subject's own act)."""
    chain = _coverb_chain_before(text, clause, pos, mentions)
    if chain is None or not _gap_lead(text, clause, chain[0], mentions):
        return None
    at = end + (text[end : end + 1] == "了")
    de = text.find("的", at, min(clause.end, at + 8))
    if de < 0:
        return None
    between = text[at:de]
    if any(c in _PUNCT or c in "并而" for c in between):
        return None  # (向俄罗斯提供援助,|…: the act's clause ends before any 的)
    if len(between) > _GAP_VERB_REACH and has_verb(between):
        return None  # (与俄罗斯合作|生产无人机|的: a verb of its own may follow it closely)
    if any(at <= m.start < de for m in mentions):
        return None  # 向俄罗斯提供|伊朗的无人机: the goods' owner, no relative head
    head = _relative_head(text, clause, de, mentions)
    counted = _GAP_COUNT_AHEAD.match(text, de + 1)
    if head is None and counted is not None:  # …的两家|伊朗公司: the count is the head's
        head = next((m for m in mentions if m.start == counted.end()), None)
    if head is not None:
        return head
    return False if _doers_head(text, clause, de) else None  # (…的两家|公司: nobody named)


def _coverb_gap_after(
    text: str, clause: Clause, end: int, trig: Trigger, mentions: list[Mention]
) -> Mention | bool | None:
    """制裁|向俄罗斯提供无人机的伊朗: the head of a relative clause that opens with a preposition
    right after an act (see _coverb_gap_head) is that act's target, not the preposition's
    actors; False when the head names no actor (制裁|向俄罗斯提供无人机的实体: nobody
    named), None when no such clause follows."""
    at, _ = _gap_ahead(text, end)
    if text[at : at + 1] not in _GAP_COVERBS:
        return None
    chained = [m for m in mentions if _front(m) == at + 1]
    if not chained:
        return None
    stop = max(m.end for m in chained)
    while text[stop : stop + 1] in _LIST_JOIN_CHARS and any(m.start == stop + 1 for m in mentions):
        stop = max(m.end for m in mentions if m.start == stop + 1)
    found = trigger_pattern().search(text, stop, stop + _GAP_VERB_REACH + 4)
    inner = trigger_for(found.group(0)) if found is not None else None
    if found is None or inner is None or found.start() - stop > _GAP_VERB_REACH:
        return None
    return _coverb_gap_head(text, clause, found.start(), found.end(), inner, mentions)


def _firm_head(text: str, head: Mention) -> bool:
    """…的伊朗|公司, …的俄罗斯|企业: the actor only says whose firms (or bands, ships) head the
    relative clause (words.tsv gapped_firm); they act, and no actor names them."""
    return opens_with(text, head.end, "gapped_firm")


def _coverb_gap_acts(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention], status, head
) -> Iterator[Action]:
    """The head of a relative clause opened by a preposition (_coverb_gap_head), and the actors
    listed with it, do the act to the preposition's actors; a head of firms (_firm_head) or of
    no actor, nobody named."""
    if head is False:
        return
    doers = [m for m in _with_coordinated(text, clause, head, mentions) if not _firm_head(text, m)]
    objects: list[Mention] = []
    for frame, coverbs in (("with", _WITH), ("to", _TO), ("for", _FOR)):
        if frame in trig.objects and not objects:
            objects = _introduced(text, clause, pos, coverbs, mentions)
    for doer in doers:  # (…的德国和英国: each)
        for obj in objects:
            if not _same_side(doer, obj):
                confidence = _confidence(doer, obj, "relative", True)
                yield Action(doer, obj, trig, pos, status, confidence, "relative")


def _gapped_objects(text: str, clause: Clause, end: int, mentions: list[Mention]) -> list[Mention]:
    """The actors right after a trigger, joined by 、和及与 (袭击|以色列和美国|的…)."""
    found: list[Mention] = []
    at = end
    for m in sorted((m for m in mentions if end <= m.start < clause.end), key=lambda m: m.start):
        if m.start != at:
            break
        found.append(m)
        at = m.end + (1 if text[m.end : m.end + 1] in _LIST_JOIN_CHARS else 0)
    return found


def _past_goods(text: str, at: int) -> int:
    """Where the aid goods a verb of giving names right after it end (运送|援助物资|的…)."""
    for _ in range(3):
        goods = word_at(text, at, "aid_goods") or None
        if goods is None:
            break
        at += len(goods)
    return at


def _relative_head(text: str, clause: Clause, end: int, mentions: list[Mention]) -> Mention | None:
    """An actor in the noun phrase a trigger describes (侵入的|印度空军战机), if any."""
    at = end + (1 if text[end : end + 1] == "了" else 0)
    if text[at : at + 1] != "的":
        return None
    stop = clause.end
    for i in range(at + 1, min(clause.end, at + 12)):
        if (text[i] in _PUNCT and text[i] not in _QUOTE_MARKS) or text[i] == "的":
            stop = i  # (支持的|叛军组织“3月23日运动”: a quoted name is still in the phrase)
            break
    inside = [m for m in mentions if at < m.start and m.end <= stop and m.group is None]
    if inside and inside[0].start != at + 1 and _titled_head(text, at + 1, inside[0]):
        return inside[0]  # 访问的|法国总统|马克龙: a person named after a country and a title
    return inside[0] if inside and inside[0].start == at + 1 else None


_OPENING_LEAD: Final = re.compile(r"(?:目前|当天|此前|曾经|曾)?(?:正在|正|在)?")


def _opening_relative(
    text: str, clause: Clause, pos: int, end: int, trig: Trigger, mentions: list[Mention]
) -> tuple[Mention, Mention] | None:
    """正在访问中国的法国总统马克龙说: a relative clause that opens its clause with its verb and
    the verb's object, closed by 的, describes the actor after 的, who does the act to that
    object; (head, object), else None. Only adverbs of time may stand before the verb."""
    if "after" not in trig.objects or not _OPENING_LEAD.fullmatch(text[clause.start : pos]):
        return None
    target = next((m for m in mentions if m.start == end), None)
    if target is None or text[target.end : target.end + 1] != "的":
        return None
    head = _relative_head(text, clause, target.end, mentions)
    if head is None or head.actor.type != "Person" or not _predicate_follows(text, head.end):
        return None  # 质疑苏联的领袖地位, 反对X的政策: the object's owner, no relative
    return head, target


def _predicate_follows(text: str, at: int) -> bool:
    """Whether a predicate goes on right after ``at`` (说, 当天出席, 也表示), not a noun that
    the name before it owns (领袖|地位)."""
    tags = _tag(text[at : at + 6])
    return bool(tags) and tags[0][1][:1] in {"v", "t", "d", "p"}


def _titled_head(text: str, start: int, mention: Mention) -> bool:
    """Whether only a title (a country before it) stands between ``start`` and the person."""
    if mention.actor.type != "Person":
        return False
    between = text[start : mention.start]
    return any(between.endswith(title) for title in load_gazetteer().titles)


def _relative(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention], status, head
) -> Iterator[Action]:
    """The head of a relative clause acts; its target stands before the trigger, introduced by
    a preposition (向中国提供援助的美国): a relative clause with none reports no event."""
    doer = _just_before(text, clause, pos, mentions)
    pair = _meeting_pair(text, trig, doer, pos, mentions)
    if pair and _introduced(text, clause, pos, _WITH, mentions):
        pair = []  # 同|中俄|举行会谈的美国代表团: the pair is whom the head meets, not a pair
    if pair:  # 来华举行|中国-欧盟|领导人会晤的|科斯塔: the pair meets; the head only attends
        first, last = pair[0], pair[-1]
        yield Action(
            first, last, trig, pos, status, _confidence(first, last, "compound", True), "compound"
        )
        return
    aimed = _introduced(text, clause, pos, _TO, mentions) if "to" in trig.objects else []
    if doer is not None and aimed and can_be_subject(text, doer):
        # 加入[西方对俄制裁行动]的日本: the act names its own target; the head only joins it
        for obj in aimed:
            if not _same_side(doer, obj):
                yield Action(doer, obj, trig, pos, status, _confidence(doer, obj, "to", True), "to")
        return
    if doer is not None and "after" in trig.objects and can_be_subject(text, doer):
        # 俄罗斯占领的乌克兰领土, 以色列袭击的加沙医院: the clause has its own subject, and
        # the head it describes is what the act is done to
        if not _same_side(doer, head):
            confidence = _confidence(doer, head, "relative", True)
            yield Action(doer, head, trig, pos, status, confidence, "relative")
        return
    objects: list[Mention] = []
    for frame, coverbs in (
        *(("with", _WITH), ("to", _TO), ("toward", _TOWARD), ("from", _FROM)),
        ("for", _FOR),  # 为俄罗斯撑腰的中国: the one the head backs
    ):
        if frame in trig.objects and not objects:
            objects = _introduced(text, clause, pos, coverbs, mentions)
    if "at" in trig.objects and not objects:  # 正在芬兰访问的泽连斯基: the head visits the place
        objects = _visited_place(text, clause, pos, mentions)
    objects = objects + _named_inside(trig, mentions, objects)
    for obj in objects:
        if not _same_side(head, obj):
            confidence = _confidence(head, obj, "relative", True)
            yield Action(head, obj, trig, pos, status, confidence, "relative")


def _meeting_pair(
    text: str, trig: Trigger, doer: Mention | None, pos: int, mentions: list[Mention]
) -> list[Mention]:
    """中国-欧盟|领导人会晤, 中欧|领导人会晤 right before a meeting in a relative clause: the two
    sides the dash or the compound joins are the pair that meets (as _compound_before reads the
    same words outside a relative clause)."""
    if doer is None or trig.event_type not in SYMMETRIC_TYPES or "compound" not in trig.objects:
        return []
    if doer.group is not None:
        group = _group_of(doer, mentions)
        return group if len(group) == 2 else []
    return _dash_pair_before(text, doer, pos, mentions)


def _named_inside(trig: Trigger, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """正在德国出席|二十国集团|峰会的习近平: the actors named inside a split trigger whose target
    may follow it (the bloc whose summit the head attends), besides those ``found`` already;
    what follows the relative clause is its head, no target."""
    if trig.inner is None or "after" not in trig.objects:
        return []
    start, stop = trig.inner
    return [m for m in mentions if start <= m.start and m.end <= stop and m not in found]


def _addressed_by(text: str, clauses: list[Clause], subject: Mention, mention: Mention) -> bool:
    """Whether ``mention`` follows 向 in the subject's own clause, after the subject."""
    home = _clause_of(clauses, subject.start)
    return home == _clause_of(clauses, mention.start) and subject.end <= mention.start


def _addressed_in_act(text: str, clause: Clause, mention: Mention, pos: int, trig: Trigger) -> bool:
    """伊朗表示,|将对以色列的袭击作出回应: a 对/向-phrase that opens the act's own clause (after
    at most a word of will: 将, 必将, 也会), before the act ends, addresses the act though its
    subject stands in a clause before (_addressed_by asks the subject's clause)."""
    if not clause.start <= mention.start or mention.end > pos + len(trig.word):
        return False
    head = text[clause.start : _front(mention) - 1].strip(" “”\"'「」")
    if _WILL_OPENER.fullmatch(head) is None:
        return False
    return pos <= mention.start or not has_verb(text[mention.end : pos])  # (向阿里巴巴…|投递了
    # 《…拒绝…》: a verb of its own between them, the phrase addresses that verb)


_WILL_OPENER: Final = re.compile(r"(?:必|也|还|定|势必|随即)?(?:将|会|将会|要)?")


_JOINED_ACT_LEADS: Final = (
    *("并", "还", "随后", "会后", "会谈后", "会见后", "此后", "之后", "其后", "同时", "也"),
    *("共同", "一道", "一起"),
)


_JOINED_ACT_WHEN: Final = re.compile(r"^(?:[\d月日年上下午晚早当天同次]{1,8}(?:日|天))")


def _joined_after_lead(text: str, clause: Clause, head: str) -> bool:
    """会谈结束后,签署了…, 随后,双方…: a lead may stand as a short clause of its own."""
    if head:
        return False
    before = text[max(0, clause.start - 8) : clause.start].rstrip(" ,，")
    cut = max(before.rfind(c) for c in _CLAUSE_MARKS)
    lead = before[cut + 1 :]
    return lead.endswith("后") or lead in _JOINED_ACT_LEADS


_CHAIN_REACH: Final = 40


def _chained_act(
    text: str, clauses: list[Clause], index: int, pos: int, subject: Mention, done
) -> Action | None:
    """中方愿同沙方加强沟通,深化经贸合作,…: a clause that opens with its verb right after a
    comma goes on with the joint act the same subject did with a 同/与 partner in the clause
    just before; that act (its partner, and the wish that makes it intended) carries over."""
    if index == 0 or text[clauses[index - 1].end - 1 : clauses[index - 1].end] not in {",", "，"}:
        return None
    clause = clauses[index]
    head = text[clause.start : pos].strip(" ,，")
    opening = _tag(head[:6]) if head else []
    if not opening or opening[0][1][:1] in {"n", "r", "p"} or len(head) > _CHAIN_REACH:
        return None  # a verb, not a noun, opens the clause (深化|经贸|合作, 拓展|经贸、…|合作)
    if opens_with(head, 0, "purpose"):
        return None  # (…磋商,以实现重振伊核协议: what the talks are for is not done with them)
    before = clauses[index - 1]
    last = next(
        (
            a
            for a in reversed(done)
            if before.start <= a.trigger_start < before.end
            and a.subject.actor.key == subject.actor.key
        ),
        None,
    )
    if last is None or last.frame != "with" or last.trigger.event_type not in SYMMETRIC_TYPES:
        return None
    return None if _same_side(subject, last.object) else last


def _partner_of_listed(
    text: str, clauses: list[Clause], index: int, pos: int, subjects, done
) -> Mention | None:
    """美国、日本相继与欧盟谈判,达成了…; 美国和日本分别与欧盟举行会谈,并达成协议: a joint act
    in a clause that borrows a list of subjects, right after a comma and with no actor before
    it, goes on with the one partner every one of them had a 与/同 act with in the clause just
    before: each deals with that partner, the listed ones do not deal with each other."""
    if index == 0 or text[clauses[index - 1].end - 1 : clauses[index - 1].end] not in {",", "，"}:
        return None
    head = text[clauses[index].start : pos].strip(" ,，")
    if len(head) > _LISTED_CHAIN_REACH or head[:1] in _PUNCT:
        return None
    before = clauses[index - 1]
    partners = set()
    found = None
    for subject in subjects:
        last = next(
            (
                a
                for a in reversed(done)
                if before.start <= a.trigger_start < before.end
                and a.subject.actor.key == subject.actor.key
                and a.frame == "with"
                and a.trigger.event_type in SYMMETRIC_TYPES
            ),
            None,
        )
        if last is None or _same_side(subject, last.object):
            return None
        partners.add(last.object.actor.key)
        found = last.object
    return found if len(partners) == 1 else None


_LISTED_CHAIN_REACH: Final = 4


def _partners_of_joined_act(
    text: str, clause: Clause, pos: int, subject: Mention, done
) -> list[Mention]:
    """习近平同马克龙举行会谈,并签署了联合声明; …,会后共同见证签署合作文件: a joint act in a clause
    that borrows its subject and opens with 并/还/随后/会后… is done with the partner(s) of the
    subject's last act, when that act was a joint one with a 同/与 partner or a pair (not when the
    subject last acted on a third side: …,并会见了Y,还签署了…)."""
    head = _JOINED_ACT_WHEN.sub("", text[clause.start : pos].lstrip(" ,，"), count=1)
    if not head.startswith(_JOINED_ACT_LEADS) and not _joined_after_lead(text, clause, head):
        return []
    key = subject.actor.key
    last = next(
        (
            a
            for a in reversed(done)
            if a.trigger_start < clause.start and key in (a.subject.actor.key, a.object.actor.key)
        ),
        None,
    )
    if last is None or last.frame not in {"with", "compound", "mutual"}:
        return []
    if last.trigger.event_type not in SYMMETRIC_TYPES:
        return []
    partners = [
        a.object if a.subject.actor.key == key else a.subject
        for a in done
        if a.trigger_start == last.trigger_start
        and a.frame == last.frame
        and key in (a.subject.actor.key, a.object.actor.key)
    ]
    return [p for p in {p.actor.key: p for p in partners}.values() if not _same_side(subject, p)]


def _several_parties(text: str, subject: Mention) -> bool:
    """缅甸相关各方, 苏丹冲突双方: the actor names several parties (words.tsv parties), whose
    talks are among themselves."""
    return opens_with(text, subject.end, "parties")


def _wisher_of(subject: Mention, done: Sequence[Action]) -> Mention | None:
    for action in reversed(list(done)):
        if "wish" in action.trigger.flags and action.object.actor.key == subject.actor.key:
            return action.subject
    return None


def _condition_side(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention], subject
) -> Mention | None:
    """如果X违反协议,Y将作出回应: a response under a condition answers the side whose act the
    condition names (its first actor that can be a subject, not of the responder's side)."""
    for earlier in reversed(clauses[:index]):
        if not _opens_condition(text, earlier):
            continue
        for mention in mentions:
            if not earlier.start <= mention.start < earlier.end or _same_side(subject, mention):
                continue
            if mention.via not in {"media", "place"} and can_be_subject(text, mention):
                return mention
        return None
    return None


def _condition_sides(
    text: str, clauses: list[Clause], index: int, side: Mention, mentions: list[Mention], subject
) -> list[Mention]:
    """朝鲜警告,如果|美国和韩国|坚持举行军演,…; 若|美韩|继续…: a side found in a condition of the
    sentence (_condition_side) comes with the sides coordinated with it or named in one compound
    with it there; each of them is warned. A side found elsewhere stays alone."""
    for earlier in clauses[:index]:
        if earlier.start <= side.start < earlier.end and _opens_condition(text, earlier):
            group = _sides_named(text, earlier, side, mentions)
            return [m for m in group if not _same_side(subject, m)] or [side]
    return [side]


def _sides_named(
    text: str, clause: Clause, side: Mention, mentions: list[Mention]
) -> list[Mention]:
    """如果|美韩|…, 如果|美国和韩国|…: the members of the compound ``side`` is one of, else ``side``
    and the sides coordinated after it in ``clause``."""
    group = _group_of(side, mentions) if side.group is not None else []
    return group or _with_coordinated(text, clause, side, mentions)


def _inside_matter(text: str, earlier: Clause, mention: Mention) -> bool:
    """中方对[立陶宛允许台湾设立代表处]一事提出抗议,并召回…: an actor inside a 对/就-phrase that
    names the matter responded to (closed by 一事, 的决定…: words.tsv nominal_end) does not go
    on to act in the clauses after it; the one who responds does."""
    head = text[earlier.start : _front(mention)]
    opened = max(head.rfind("对"), head.rfind("就"))
    if opened < 0 or any(c in _PUNCT for c in head[opened:]):
        return False
    rest = text[mention.end : earlier.end]
    return any(w in rest for w in words("nominal_end"))


def _warns_about_this(text: str, clause: Clause, pos: int, trig: Trigger) -> bool:
    """对此,朝鲜警告…: a warning with no target of its own, made in answer to what the text has
    just reported, is aimed at whoever did it (as a response in focus is)."""
    if trig.event_type != "THREATEN" or "utterance" not in trig.flags:
        return False
    return _about_this(text, clause.start, pos)


def _about_this(text: str, start: int, pos: int) -> bool:
    """对此/就此 before ``pos`` in its clause, or fronted in the clause before (对此,中方…)."""
    about = words("about_this")
    if any(w in text[start:pos] for w in about):
        return True
    return text[max(0, start - 4) : start].rstrip(",，、 ").endswith(about)


def _fronted_to_phrase(text: str, clauses: list[Clause], index: int, front: int) -> bool:
    """对日本政府的这一决定,中方…: 对 opens the sentence as a clause of its own before the one
    that responds; the actor right after it is what the response is about."""
    if index == 0 or text[front - 1 : front] != "对":
        return False
    opening = clauses[0]
    lead = text[opening.start : front - 1]
    return not lead.strip(' “"「') and front < opening.end


def _says_of_someone(
    text: str, clauses: list[Clause], index: int, end: int, mentions: list[Mention]
) -> bool:
    """批评说,拜登政府…: a censure that goes on as a statement naming an actor is about what
    the statement says (but 谴责说,这是…: a statement that names no one refers back)."""
    if not opens_with(text, end, "speech") or index + 1 >= len(clauses):
        return False
    after = clauses[index + 1]
    return any(
        after.start <= m.start < after.end
        and m.via not in {"place", "media"}
        and can_be_subject(text, m)  # (这明显违反|联合国宪章: a charter's owner says nothing)
        for m in mentions
    )


def _struck_itself(subject: Mention, done: Sequence[Action]) -> bool:
    """The subject made an armed attack earlier in the sentence: a regret or censure of 此
    after it is about its own strike and what it caused, not about whom it struck."""
    return any(a.trigger.event_type == "ASSAULT" and _same_side(subject, a.subject) for a in done)


def _asker_of(side: Mention, done: Sequence[Action]) -> Mention | None:
    """哈马斯要求以色列停止对巴勒斯坦领土的袭击,内塔尼亚胡拒绝了这一要求: a refusal with no
    target named answers the last demand made of its side in the sentence, and refuses the one
    who made it, not an actor the demand names (巴勒斯坦, whose land the demanded act is about)."""
    return _last_doer_to(side, done, "REQUEST")


def _last_doer_to(side: Mention, done: Sequence[Action], event_type: str) -> Mention | None:
    """Who did the last asserted act of ``event_type`` in ``done`` to ``side``, not being on
    its side: the one a refusal (_asker_of) or a denial (_accuser_of) answers."""
    for action in reversed(list(done)):
        if action.trigger.event_type != event_type or action.status != "asserted":
            continue
        if _same_side(action.object, side) and not _same_side(action.subject, side):
            return action.subject
    return None


# the statement verbs that end a clause reporting what the next one says (特朗普表示,|…)
_REPORTING: Final = ("表示", "称", "说", "宣称", "透露", "证实")


def _reporter_agreed_with(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    end: int,
    subject: Mention,
    mentions: list[Mention],
):
    """特朗普表示,|谢恩鲍姆同意阻止通过墨西哥涌向美国的移民: an agreement to do something (同意 and
    a verb, no one named after it) reported by another actor in the clause right before it is
    made with the one who reports it; None otherwise."""
    if not index or not has_verb(text[end : end + 4]):
        return None
    clause = clauses[index]
    if text[clause.start : _front(subject)].strip(" ，,") or not any(
        text[clauses[index - 1].start : clauses[index - 1].end].rstrip(" ，,：:").endswith(verb)
        for verb in _REPORTING
    ):
        return None  # the agreeing one opens the clause right after a reporting verb
    if any(subject.end <= m.start < pos for m in mentions):
        return None
    reporter = _speaker_in_sentence(text, clauses, index, clause.start, mentions)
    if reporter is None or reporter is subject or _same_side(reporter, subject):
        return None
    return reporter


_FORCING: Final = ("迫使", "逼迫", "逼使")
_YIELDING_TYPES: Final = frozenset({"CONCEDE", "RETREAT"})


def _forced_yield(text: str, clause: Clause, subject: Mention, trig: Trigger) -> bool:
    """美国…试图通过军事威慑迫使|伊朗|在核谈判中让步: a concession or a withdrawal by an actor a
    verb of forcing governs is what the forcer aims at (annotated as its demand or pressure),
    no yielding of the actor's own to anyone in focus."""
    if trig.event_type not in _YIELDING_TYPES:
        return False
    front = _front(subject)
    return text[max(clause.start, front - 2) : front] in _FORCING


def _counterpart(
    text: str,
    clauses: list[Clause],
    index: int,
    mentions: list[Mention],
    subjects,
    at,
    done: Sequence[Action],
    discourse: Discourse,
) -> Mention | None:
    """The actor a response without a named target answers, in this order: for a verbal
    response, the speaker of a statement it answers in the same sentence (特朗普称…,泽连斯基就此
    表达了不同意见); the other side of an earlier event of this subject; another side named
    in the sentence (美方若执意打关税战,中方都奉陪 → 中方); the one a 针对 phrase names;
    the other side of an event in an earlier sentence; the actor of the last event."""
    subject = subjects[0]
    pos, trig = at
    anaphoric = any(w in text[clauses[index].start : pos] for w in ("对这", "对其"))
    anaphoric = anaphoric or _about_this(text, clauses[index].start, pos)
    anaphoric = anaphoric or text[max(0, pos - 2) : pos] == "予以"  # 国台办予以驳斥: answers it
    anaphoric = anaphoric or (  # 朝鲜发射了一枚导弹。美方强烈谴责此举: as 对此 does
        "…" not in trig.word and opens_with(text, pos + len(trig.word), "move_after")
    )
    if trig.event_type == "ACCUSE" and anaphoric and _struck_itself(subject, done):
        return None  # 以军称击毙了一名真主党成员,但有平民死亡,对此深感遗憾: its own strike
    if trig.event_type == "ACCUSE" and anaphoric and not done and discourse.called_off(subject):
        return None  # X将延期访华。…X对此感到遗憾: its own act called off, no one blamed
    if trig.event_type in _VERBAL and anaphoric:
        speaker = _speaker_in_sentence(text, clauses, index, _front(subject), mentions)
        if speaker is not None and not _same_side(subject, speaker):
            return speaker
    if trig.event_type in _VERBAL and _responds_to_said(text, clauses[index], pos, trig):
        author = discourse.author(subject)
        if author is not None:  # 韩国国防部也对此谈话表达强烈谴责: who gave the 谈话, not
            return author  # whom the 谈话 condemned
    for action in reversed(list(done)):  # 中国谴责美国…,多国也表示谴责: the same target
        if _same_blame(action.trigger, trig) and not _same_side(subject, action.object):
            if not _same_side(subject, action.subject):
                return action.object
    if trig.event_type == "REJECT":
        asker = _asker_of(subject, done)
        if asker is not None:
            return asker
    fallback = None
    for action in reversed(list(done)):
        pair = (action.subject, action.object)
        if any(_same_side(subject, m) for m in pair):
            other = [m for m in pair if not _same_side(subject, m)]
            if other:
                return other[0]
        elif fallback is None:
            fallback = action.subject
    for mention in mentions:
        if _same_side(subject, mention) or mention.via in {"media", "place"}:
            continue
        if opens_with(text, mention.end, "topic"):
            continue  # 对加沙局势表示严重关切: what the concern is about, no side
        front = _front(mention)
        if text[max(0, front - 2) : front] in {"针对", "对于"} and mention.end <= pos:
            return mention  # 针对美国…: what the response is about
        if _fronted_to_phrase(text, clauses, index, front) and mention.end <= pos:
            return mention  # 对日本政府的这一决定,中方表示强烈不满: the topic set before
        if text[front - 1 : front] in {"向", "对"} and (
            _addressed_by(text, clauses, subject, mention)
            or _addressed_in_act(text, clauses[index], mention, pos, trig)
        ):
            return mention  # 我向美方表态,如果…,必将采取反制措施; 中方对美方…,并已提出严正交涉
        if mention.start > pos and can_be_subject(text, mention) and mention.actor.type != "Person":
            if _condition_open(text, clauses, index, pos):
                return mention  # 美方若执意打关税战,中方都奉陪: the side the condition warns
    topics = _topic(text, clauses, index, [m for m in mentions if m.end <= _front(subject)], [])
    topical = bool(topics) and not _same_side(subject, topics[0]) and topics[0].via != "media"
    # (菲佐|遇刺后,欧盟予以谴责: the one struck is no one the condemnation blames)
    topical = topical and not opens_with(text, topics[0].end, "struck")
    if topical and _KIND_OF_BODY[topics[0].actor.key]:
        return topics[0]  # 安理会就草案进行投票,由于俄罗斯反对: the body this sentence is about,
        # not the side an earlier sentence opposed
    warned = _condition_side(text, clauses, index, mentions, subject)
    if warned is not None:  # 如果杰哈德违反停火协议,以色列保留做出有力回应的权利
        return warned
    if anaphoric and fallback is not None:  # 美国…胁迫个别国家…,中国对此坚决反对: 此 is what
        return fallback  # the sentence just reported, not an earlier sentence's counterpart
    answers = anaphoric or "予以" in text[max(clauses[index].start, pos - 4) : pos]  # 予以强烈谴责
    if answers and trig.event_type == "ACCUSE" and not done:
        doer = _clause_opener_before(text, clauses, index, mentions, subject)
        if doer is not None:  # 小泉表示:“北韩这一连串行动威胁了我国…”,予以强烈谴责
            return doer
    found = discourse.asked(subject)
    if found is not None:  # 问:立陶宛允许…设立代表处。中方有何反应? 答:中方将采取一切必要措施
        return found  # (the question sets the topic: not a side of an event before it)
    found = discourse.counterpart(subject, pos, trig) or fallback
    if found is not None:
        return found
    if anaphoric:  # 朝鲜发射了一枚导弹。安理会对此表示谴责: who did what 此 refers to
        found = discourse.doer(subject)
        if found is not None:
            return found
    if topical:
        return topics[0]  # 安理会…投了赞成票,美国投了反对票: the body the sentence is about
    return None


_DEED_OPENERS: Final = _OPENING_QUOTES | {'"', "'"}  # may open the clause before its doer


def _clause_opener_before(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention], subject: Mention
) -> Mention | None:
    """防卫大臣表示:“北韩这一连串行动威胁了我国…”,予以强烈谴责: a condemnation of 此 in a
    sentence that yielded no event condemns the actor that opens the last earlier clause of
    the sentence (the doer of the deed just reported), when that actor is not the
    condemner's side and its clause is no passive (受到, 遭到: _PASSIVE; 遇刺: words.tsv struck)."""
    for clause in reversed(clauses[:index]):
        head = clause.start
        while head < clause.end and text[head] in _DEED_OPENERS:
            head += 1
        opener = next((m for m in mentions if _front(m) == head), None)
        if opener is None:
            continue
        rest = text[opener.end : clause.end]
        if any(w in rest for w in _PASSIVE) or any(w in rest for w in words("struck")):
            return None  # 日本的安全受到威胁, 菲佐遇刺后,…予以谴责: the one struck does no deed
        if _same_side(subject, opener) or opener.via in {"media", "place"}:
            return None
        return opener  # (its head: no preposition governs it; 北韩的行动 is its deed)
    return None


def _echoed_refusal(trig: Trigger, subject: Mention, done: Sequence[Action]) -> Trigger:
    """哈马斯反对特朗普的提议,约旦、埃及也表示反对: a bare 反对 that echoes an opposition to a
    proposal just told (a split trigger 反对…提议 whose head it is) refuses the same proposal:
    it takes that trigger's predicate (rejects), and _same_blame then its target."""
    if trig.inner is not None or not done:
        return trig
    for action in reversed(done):
        earlier = action.trigger
        if (
            earlier.inner is not None
            and earlier.word.startswith(trig.word)
            and earlier.predicate.name == "rejects"
            and earlier.predicate != trig.predicate
            and not _same_side(subject, action.subject)
        ):
            return replace(trig, predicate=earlier.predicate)
    return trig


def _same_blame(earlier: Trigger, trig: Trigger) -> bool:
    """美国谴责委内瑞拉大选…,欧盟同声批评: a response of the same predicate as an act just
    reported, or a blame after a blame (谴责 then 批评, 指责 then 抨击), joins it: it blames the
    same side, not the one who blamed first."""
    if earlier.predicate == trig.predicate:
        return True
    return earlier.event_type == trig.event_type == "ACCUSE"


def _attacker(done: Sequence[Action], discourse: Discourse) -> Mention | None:
    """Who made the last attack of this sentence, else of the sentences before."""
    for action in reversed(list(done)):
        if action.trigger.event_type == "ASSAULT":
            return action.subject
    return discourse.agent("ASSAULT")


def _attack_on_condemned(text: str, clause: Clause, end: int, mentions: list[Mention]) -> bool:
    """谴责对伊朗的袭击, 谴责针对平民的袭击: what is condemned right after the verb is an attack
    (a trigger of an assault after 的) whose phrase names only its target, after 对/针对: its
    maker is who made the last attack, not the one who condemns."""
    phrase = re.split(r"[，,。;；:：!！?？]", text[end : clause.end], maxsplit=1)[0]
    if not phrase.startswith(("对", "针对")) or "的" not in phrase:
        return False
    cut = end + phrase.rindex("的") + 1
    attack = next((t for at, t in find_triggers(text, cut, end + len(phrase)) if at == cut), None)
    if attack is None or isinstance(attack, str) or attack.event_type != "ASSAULT":
        return False
    named = [m for m in mentions if end <= m.start < cut]
    return len(named) <= 1


def _vow_by_the_attacker(
    trig: Trigger, subject: Mention, done: Sequence[Action], discourse: Discourse
) -> bool:
    """A vow of revenge (誓言报复: a threat with flag retaliation) read as made by the side that
    made the last attack itself answers nobody it names: the subject is misread (伊朗指控以色列
    袭击驻叙使馆并誓言报复), and the side in focus (the one attacked) is no target of it."""
    if "retaliation" not in trig.flags or trig.event_type != "THREATEN":
        return False
    attacker = _attacker(done, discourse)
    return attacker is not None and _same_side(attacker, subject)


def _attacker_of(side: Mention, done: Sequence[Action], discourse: Discourse) -> Mention | None:
    """Who made the last attack, when it was not made by ``side`` itself: the one a
    retaliation answers (袭击由以色列发动,伊朗领导人坚称要发起报复打击 → 以色列)."""
    attacker = _attacker(done, discourse)
    return None if attacker is None or _same_side(attacker, side) else attacker


def _accuser_of(side: Mention, done: Sequence[Action], discourse: Discourse) -> Mention | None:
    """Who made the last accusation of ``side``, in this sentence or the one before it: the
    one a denial with no author named answers (巴基斯坦指控塔利班窝藏武装分子,但塔利班否认这项
    指控 → 巴基斯坦; 朝鲜谴责韩国无人机侵犯领空。韩军方对此予以否认 → 朝鲜). No accusation
    of that side right before, no event: the denial may answer a report (外媒披露…。X对此予以
    否认), or negate a deed."""
    return _last_doer_to(side, done, "ACCUSE") or discourse.accuser(side)


def _fellow_agents_before(
    implied: Mention, subject: Mention, done: Sequence[Action], discourse: Discourse
) -> list[Mention]:
    """英国、法国和德国外长…指责伊朗…。伊朗外交部发言人对此表示强烈谴责: a response to 此 that
    answers one side of the last hostile or censuring act of the sentences before answers
    every side that did it with it (the subjects of one sentence's act on one target)."""
    if any(a.subject.actor.key == implied.actor.key for a in done):
        return [implied]
    agents = discourse.agents("|".join(sorted(_HOSTILE_ACTS | {"ACCUSE"})))
    if not any(a.actor.key == implied.actor.key for a in agents):
        return [implied]
    return [a for a in agents if not _same_side(subject, a)] or [implied]


_CONDEMNING = frozenset({"ACCUSE", "PROTEST"})


def _with_fellow_targets(
    implied: Mention, subject: Mention, done: Sequence[Action]
) -> list[Mention]:
    """伊朗外长谴责三国,并扬言将作出适当回应: a threat that answers the target of the subject's
    own condemnation or protest of the same sentence (_CONDEMNING) answers every target of it,
    not only the last one named (first gold uc-06, twice)."""
    act = next(
        (
            a
            for a in reversed(done)
            if a.object is implied
            and a.trigger.event_type in _CONDEMNING
            and _same_side(a.subject, subject)
        ),
        None,
    )
    if act is None:
        return [implied]
    targets: dict[str, Mention] = {}
    for action in done:
        if action.trigger_start == act.trigger_start and _same_side(action.subject, subject):
            if not _same_side(action.object, subject):
                targets.setdefault(action.object.actor.key, action.object)
    return list(targets.values()) or [implied]


def _with_fellow_agents(implied: Mention, done: Sequence[Action]) -> list[Mention]:
    """美国和英国对胡塞武装发动空袭,伊朗对此予以谴责: a response to a joint act of the same
    sentence answers every side that did it, not only the last one named. (Across sentences
    the act's sides are less sure: 通过英国、法国…提交的决议,指责伊朗 makes the sponsors its
    subjects, and answering all of them would spread that error.)"""
    key = (implied.start, implied.actor.key)
    act = next((a for a in reversed(done) if (a.subject.start, a.subject.actor.key) == key), None)
    if act is None:
        return [implied]
    fellows: dict[tuple[int, str], Mention] = {}
    joint = act.trigger.event_type in SYMMETRIC_TYPES and act.frame == "compound"
    for action in done:
        if action.trigger_start != act.trigger_start:
            continue
        if action.object.actor.key == act.object.actor.key:
            fellows.setdefault((action.subject.start, action.subject.actor.key), action.subject)
        if joint:  # 美国、日本、韩国举行联合军演,朝鲜对此…: every co-subject of the joint act,
            # the last one named only an object of the pairs (not the host of a visit)
            for side in (action.subject, action.object):
                fellows.setdefault((side.start, side.actor.key), side)
    return list(fellows.values())


_BA_SPEECH: Final = re.compile(
    r"[把将]([^把将，,。；;]{2,30}?)(?:描述为|描述成|称为|称作|形容为|形容成|定性为|视为|看作|斥为)"
    r"[^，,。；;]{0,4}$"
)


def _ba_judgement(
    text: str, clause: Clause, pos: int, mentions: list[Mention]
) -> Iterator[tuple[Mention, Mention]]:
    """美国和日本把朝鲜的试射描述为挑衅: the actors that open the clause before 把/将 each judge
    the first actor named between 把/将 and the verb of judging (描述为, 称为, 定性为…)."""
    match = _BA_SPEECH.search(text[clause.start : pos])
    if match is None:
        return
    marker, inner_end = clause.start + match.start(), clause.start + match.end(1)
    inside = [
        m
        for m in mentions
        if marker < m.start and m.end <= inner_end and m.via not in {"media", "place"}
    ]
    before = [m for m in mentions if clause.start <= m.start and m.end <= marker]
    if not inside or not before:
        return
    rest, at = [], clause.start
    for mention in before:
        rest.append(text[at : mention.start])
        at = mention.end
    rest.append(text[at:marker])
    if not all(_AGENT_FILLER.fullmatch(part) for part in rest[1:]):
        return
    for speaker in before:
        if speaker.actor.type != "Region" and not _same_side(speaker, inside[0]):
            yield speaker, inside[0]


def _evaluation(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    trig: Trigger,
    mentions: list[Mention],
    status,
    discourse: Discourse,
    done=(),
    on_demand=None,
) -> Iterator[Action]:
    """美方的否决令人失望, 美方实施单边霸凌行径: words that judge an actor are the speaker's
    accusation of that actor; with no speaker there is no event. A clause of judgement with no
    subject goes on judging whom the last one judged (违反…原则,严重破坏中美关系)."""
    ba = list(_ba_judgement(text, clauses[index], pos, mentions))
    for speaker, judged_one in ba:  # A和B把X的行动描述为挑衅: A, B judge X
        if not _private_body(speaker):
            confidence = _confidence(speaker, judged_one, "speaker", False)
            yield Action(speaker, judged_one, trig, pos, status, confidence, "speaker")
    if ba:
        return
    listed, span = _passive_speakers(text, clauses[index], pos, mentions)
    judged = _passive_topic(text, clauses, index, span[0], mentions) if listed else None
    for speaker in listed if judged is not None else []:  # X的行动,被A和B认为是…: A, B judge X
        if not _same_side(speaker, judged) and not _private_body(speaker):  # type: ignore[arg-type]
            confidence = _confidence(speaker, judged, "speaker", False)  # type: ignore[arg-type]
            yield Action(speaker, judged, trig, pos, status, confidence, "speaker")  # type: ignore[arg-type]
    if judged is not None:
        return
    if listed:  # the judged is none of the phrase that names the speakers
        mentions = [m for m in mentions if not span[0] <= m.start < span[1]]
    # 美国对中方人员的指控严重背离事实: a rebuttal judges the accusation, its accuser says nothing
    accuser = (
        None
        if trig.predicate.name == "rebuts"
        else _accuser_before(text, clauses[index], pos, done)
    )
    speakers = listed or _speakers_together(
        text,
        clauses,
        accuser
        or _speaker_in_sentence(text, clauses, index, pos, mentions)
        or _judge_of_topic(text, clauses[index], pos, mentions)
        or _pointing_judge(text, clauses[index], pos, mentions)
        or _colon_speaker(text, clauses, index, pos, mentions)
        or discourse.speaker(pos),
        mentions,
        discourse.co_speakers,
    )
    # 马里和尼日尔发表联合声明,谴责X的“不负责任行为”: speakers of one statement judge no one
    # of themselves
    together = {s.actor.key for s in speakers if s is not None} if len(speakers) > 1 else ()
    for one in speakers:  # (None where no speaker is found: not ``speaker``, a Mention above)
        for action in _judgement_by(
            text, clauses, index, pos, trig, mentions, status, discourse, done, one, on_demand
        ):
            if action.object.actor.key not in together:
                yield action


_VERBAL_JUDGES: Final = frozenset({"ACCUSE", "PROTEST", "REJECT", "REQUEST"})


def _judge_of_topic(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> Mention | None:
    """在磋商中,中方就日本首相涉华错误言论提出严正交涉: a judgement inside a 就-phrase right after
    an actor, which a verbal act later in the clause closes, is that actor's, not the words of
    whoever spoke sentences before (but 这样美国就可以… is an adverb, no phrase). A 就-phrase that
    opens its clause goes on from the sentence's subject (俄外交部召见摩尔多瓦大使,就…提出抗议)."""
    opener = text.rfind("就", clause.start, pos)
    if opener < clause.start:
        return None
    if opener == clause.start:  # 俄外交部召见摩尔多瓦大使,|就…不友好行动提出强烈抗议
        actor = _sentence_subject(text, clause.start, mentions)
    else:
        actor = next((m for m in mentions if m.end == opener and can_be_subject(text, m)), None)
    if actor is None:
        return None
    after = find_triggers(text, pos + 1, clause.end)
    closed = any(not isinstance(t, str) and t.event_type in _VERBAL_JUDGES for _, t in after)
    return actor if closed else None


def _doer_in_topic(
    text: str, clause: Clause, pos: int, mentions: list[Mention], speaker: Mention
) -> Mention | None:
    """就|摩尔多瓦当局|对俄持续采取不友好行动提出强烈抗议: the actor right after the 就 that opens
    a protest's topic, itself followed by a coverb of aim (words.tsv deed_aim: 对, 针对), does
    the deed the topic judges; the coverb would otherwise hide it as an object."""
    opener = text.find("就", clause.start, pos)
    if opener == -1:
        return None
    doer = next((m for m in mentions if _front(m) == opener + 1 and m.end < pos), None)
    if doer is None or _same_side(doer, speaker):
        return None
    return doer if opens_with(text, doer.end, "deed_aim") else None


def _sentence_subject(text: str, before: int, mentions: list[Mention]) -> Mention | None:
    """The actor that opens the sentence holding ``before`` (俄外交部|召见…,就…), if it can be a
    subject and stands first in the sentence, after a clause naming the source (words.tsv
    source_opener: 据俄外交部网站消息,)."""
    start = max(text.rfind(mark, 0, before) for mark in "。！？!?\n") + 1
    if opens_with(text, start, "source_opener"):  # 据俄外交部网站消息,|俄外交部召见…
        commas = [i for i in (text.find(c, start, before) for c in ",，") if i != -1]
        start = min(commas) + 1 if commas else start
    first = next((m for m in mentions if start <= m.start < before), None)
    if first is None or text[start : first.start].strip(" “”\"'「」"):
        return None
    return first if can_be_subject(text, first) else None


def _pointing_judge(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> Mention | None:
    """印度指|巴基斯坦违反停火协议: 指 (words.tsv pointing) between two actors says, in the press
    of Hong Kong and Singapore, that the first charges the second with what follows; it is no
    statement verb, for 指 opens many other words (指出, 指挥, 手指), so it is read only here,
    for a judgement whose clause has no speaker, and only right between two actors."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        if second.start >= pos or first.start < clause.start:
            continue
        between = text[first.end : _front(second)]
        if between in words("pointing") and can_be_subject(text, first):
            return first
    return None


def _colon_speaker(
    text: str, clauses: list[Clause], index: int, pos: int, mentions: list[Mention]
) -> Mention | None:
    """美国对中国加征关税,外交部:霸凌行径; 北京:美方滥用出口管制: the actor that opens the words
    before a colon of its sentence, the colon right after it (or after a statement verb: 外交部
    回应:), says what the colon opens, as a statement verb's subject does (a headline's speaker,
    a transcript line of a ministry or a country, not only of a person: _transcript_opener).
    The colon is the last one before the judgement, in a clause of its own before it."""
    for clause in reversed(clauses[: index + 1]):
        colon = clause.end - 1
        if colon >= pos or text[colon : colon + 1] not in {":", "："}:
            continue
        head = clause.start
        while head < colon and text[head] in " \u3000“”\"'「」":
            head += 1
        opener = next((m for m in mentions if _front(m) == head and m.end <= colon), None)
        if opener is None or opener.via == "media" or not can_be_subject(text, opener):
            return None
        return opener if _speaker_at_colon(text, opener, colon) else None
    return None


_ADDING_HEAD: Final = 14  # how far into its sentence an act that goes on adding may stand


def _goes_on_adding(
    text: str, clauses: list[Clause], boundary: int, mentions: list[Mention]
) -> bool:
    """美国宣布对阿富汗实施入境限制。另外,新增对马里…实施入境限制; 公告还宣布对…: a sentence
    that opens with a word of adding (words.tsv adding) and names no actor before its act adds
    more of the last act of its kind, by the same actor."""
    start = clauses[0].start
    if boundary - start > _ADDING_HEAD or any(start <= m.start < boundary for m in mentions):
        return False
    head = text[start:boundary]
    return any(w in head for w in words("adding"))


def _opens_sentence(text: str, clauses: list[Clause], index: int, pos: int) -> bool:
    """使馆发言人回应称,…。敦促英国有关方面停止…: a verb of saying that opens a sentence of a
    statement (at most an adverb before it: 再次敦促, 强烈谴责) is the statement's speaker's."""
    return index == 0 and len(text[clauses[0].start : pos].lstrip(' \n“"')) <= 2


def _speakers_together(
    text: str,
    clauses: list[Clause],
    speaker: Mention | None,
    mentions: list[Mention],
    co_speakers=lambda speaker: [speaker],
) -> list[Mention | None]:
    """美国和英国强调,伊朗必须…; 提案4国发表声明强调…: each of the speakers listed together in
    the sentence (or named by one count) says the words; a joint statement an earlier sentence
    quoted (A、B、C发布联合公报。公报说,…。该组织…) goes on speaking for all its issuers."""
    if speaker is None:
        return [speaker]
    if not clauses[0].start <= speaker.start < clauses[-1].end:
        return co_speakers(speaker) if speaker.group is not None else [speaker]
    if speaker.group is not None:
        return _group_of(speaker, mentions)  # type: ignore[return-value]
    clause = next(c for c in clauses if c.start <= speaker.start < c.end)
    before = _coordinated_before(speaker, mentions, any_type=True)
    return before[:-1] + _with_coordinated(text, clause, speaker, mentions)  # type: ignore[return-value]


_COPULA_SUBJECT_REACH: Final = 8


def _copula_owner(
    text: str, clause: Clause, boundary: int, mentions: list[Mention]
) -> list[Mention]:
    """解放军有关军事行动是|对台独势力的严正警告, 美方的做法是|对中方的挑衅: a deed (words.tsv
    deed) that 是 calls an act on the one after 对 is its owner's act."""
    head = text[clause.start : boundary]
    if not head.endswith("是"):
        return []
    for mention in reversed(mentions):
        if not clause.start <= mention.start < boundary:
            continue
        stretch = head[mention.end - clause.start : -1]
        if len(stretch) <= _COPULA_SUBJECT_REACH and stretch.endswith(words("deed")):
            if not any(c in _PUNCT for c in stretch):
                return [mention]
        return []
    return []


def _backer_of(implied: Mention, subject: Mention, done) -> bool:
    """中方坚定支持古巴维护国家主权和安全、反对外来干涉: the one who backs a side in what it does
    is not the target of that side's act."""
    return any(
        a.trigger.event_type == "SUPPORT"
        and a.subject.actor.key == implied.actor.key
        and a.object.actor.key == subject.actor.key
        for a in done
    )


def _reporter_of(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    mentions: list[Mention],
    implied: Mention,
    discourse: Discourse,
) -> bool:
    """A person who speaks the sentence that tells of an act with no target of its own (傅聪说,
    美国再次滥用否决权) is not the one the act is aimed at."""
    if implied.actor.type != "Person":
        return False
    speaker = _speaker_in_sentence(text, clauses, index, pos, mentions) or discourse.speaker(pos)
    if speaker is None or speaker.actor.key != implied.actor.key:
        return False
    # the act is in what the speaker says: 傅聪…说,|美国… (not 赖清德声称…,国台办予以驳斥)
    own = next((c for c in clauses if c.start <= speaker.start < c.end), None)
    if own is None:
        return True  # a statement that goes on from the sentences before
    said = text[speaker.end : own.end].rstrip(" ：:，,")
    return own.end <= pos and said.endswith(speech_verbs())


def _accuser_before(text: str, clause: Clause, pos: int, done) -> Mention | None:
    """朔尔茨批评俄罗斯违反国际法: a judgement inside what an accusation of its clause says is
    the accuser's, whoever spoke in the sentences before; but an accusation named as what 是
    judges (马里对阿方的指责是“恶意的”) is judged by the speaker, not the accuser."""
    for action in reversed(done):
        if action.trigger.event_type == "ACCUSE" and clause.start <= action.trigger_start < pos:
            if text.startswith("是", action.trigger_start + len(action.trigger.word)):
                return None
            if holds_any(action.trigger.word, words("smear")):
                continue  # 美方报告抹黑香港 罔顾事实: a smear tells no judgement of the smearer's
            return action.subject
    return None


def _judgement_by(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    trig: Trigger,
    mentions: list[Mention],
    status,
    discourse: Discourse,
    done,
    speaker,
    on_demand=None,
) -> Iterator[Action]:
    """What one speaker's words of judgement at ``pos`` do (see _evaluation). A _PENDING
    ``status`` is asked of ``on_demand`` (_StatusAsked) where it is read."""
    if speaker is None or _private_body(speaker):
        return
    clause = clauses[index]
    if trig.event_type == "REQUEST":  # 美方应尽快取消…: the one who should act stands before
        target = _just_before(text, clause, pos, mentions)
        if target is None and (supposer := _condition_party(text, clauses, index, pos, mentions)):
            target, status = supposer, "asserted"  # the demand is made; only the wish is supposed
        asked = text[pos + len(trig.word) : clause.end]
        if (
            not has_verb(asked)
            and not has_verb(trig.word[1:])  # (日方应停止|错误言行: the act asked is inside, 停止)
            and not opens_with(asked.lstrip(), 0, "ought_verb")  # (应该|纠正错误, 应|尊重市场)
            and not _act_asked(text, pos + len(trig.word), clause.end)
        ):
            return  # …必须更聪明: no act asked
        if not has_verb(trig.word[1:]) and opens_with(asked.lstrip(), 0, "undergoes"):
            return  # 叙利亚的主权应当|得到尊重: what is done to it, by no one the clause names
        group = []  # 印度和巴基斯坦应该…: each actor of a list before it is asked (_judged_list)
        if target is not None and target.group is None:
            group = _judged_list(text, clause, pos, target, mentions)
        if target is not None and target.group is not None:  # 美日两国必须…: each of the pair;
            group = _group_of(target, mentions)
        if len(group) > 1 and any(_same_side(speaker, member) for member in group):
            return  # 中美两国应当…, 美国和中国应该…: a pair with the speaker's own side: no ask
        for member in group:
            if not _same_side(speaker, member):
                confidence = _confidence(speaker, member, "speaker", False)
                yield Action(speaker, member, trig, pos, status, confidence, "speaker")
        return
    if trig.event_type == "ACCUSE" and (
        _condition_cue_in(text, clause.start, pos)
        or _class_words("disallow").search(text, clause.start, pos) is not None
    ):
        return  # 如果塔利班进一步|挑衅|,巴方将会恰当回应, 不会允许波哥大|违背|其承诺: a deed only
        # supposed, or one not to be allowed, blames no one (a threat inside a condition is
        # still one: 否则只能是跳得越高、摔得越狠)
    sayer = max(
        (m for m in mentions if _speaks_right_before(text, m, pos)), key=_front, default=None
    )
    mentions = [m for m in mentions if m is not sayer]
    bare = not any(clause.start <= m.start and m.end <= pos for m in mentions)
    if bare and _thing_did_it(text, clause, pos):
        return  # 原因是该无人机侵犯了阿尔及利亚领空: a thing did the judged deed, no actor
    judged = [a for a in done if a.frame == "speaker" and a.subject.actor.key == speaker.actor.key]
    if bare and judged and not _own_subject(text, clause):
        target = judged[-1].object
    else:
        target = _evaluated(text, clauses, index, pos, mentions, speaker, done, discourse)
    if target is not None and target.group is not None:
        members = [m for m in _group_of(target, mentions) if m.end <= pos]  # 美日韩…: each one
        if any(_same_side(speaker, m) for m in members):
            return  # 朝俄加强合作,必将给敌人招致后果: a pair with the speaker's own side
    elif target is not None:
        members = _judged_list(text, clause, pos, target, mentions)
    else:
        members = _group_opening(text, clause, pos, mentions)
        if any(_condemns_before(text, member, pos) for member in members):
            return  # 三方|强烈谴责|发射对…构成威胁: the group condemns, the judgement is its words
    for member in members:  # (英法德三国启动…机制在法律上无效: each of the group is judged)
        if not _same_side(speaker, member):
            confidence = _confidence(speaker, member, "speaker", False)
            judged_status = _judgement_status(text, member, pos, status, on_demand)
            if judged_status == _PENDING and on_demand is not None:
                if _negation_in_judged_deed(text, member, pos, trig) and (
                    on_demand.status() == "negated"
                ):
                    judged_status = "asserted"  # (as below: the status read only here)
            elif judged_status == "negated" and _negation_in_judged_deed(text, member, pos, trig):
                judged_status = "asserted"  # 马里推迟大选|是不可接受的: the deed is negative
            yield Action(speaker, member, trig, pos, judged_status, confidence, "speaker")


def _condemns_before(text: str, target: Mention, pos: int) -> bool:
    """三方|强烈谴责|发射对和平与安全构成威胁: a verb of condemning (ACCUSE, PROTEST) between the
    actor a judgement is about and the judgement makes the judgement that actor's own words,
    no one's charge against it."""
    if not target.end <= pos or pos - target.end > 30:
        return False
    return any(
        not isinstance(t, str) and t.event_type in _CONDEMNING and "speaker" not in t.objects
        for _, t in find_triggers(text, target.end, pos)
    )


def _act_asked(text: str, start: int, end: int) -> bool:
    """美方应该|制裁以色列, 双方必须|会见…: what a modal asks holds an act of the trigger table
    even where jieba tags that act a noun (制裁, 会见, 对话, 抗议), which has_verb misses. A
    one-letter trigger is too often part of another word (欧洲必须|挺过去: pull through)."""
    return any(_long_act(t) for _, t in find_triggers(text, start, end))


def _long_act(trig: Trigger | str) -> bool:
    """A trigger of an act two letters long or more: one letter is too often part of another
    word to stand for an act on its own (挺 in 挺过去, 或 in 或许)."""
    return not isinstance(trig, str) and bool(trig.event_type) and len(trig.word) > 1


def _thing_did_it(text: str, clause: Clause, pos: int) -> bool:
    """原因是|该无人机|侵犯了…领空: a clause whose judged deed follows a pointer back at a thing
    (words.tsv thing_pointer, thing) has that thing for its doer; with no actor in the clause
    the judgement accuses no one (but 该做法, 这一行为 point back at a deed, whose doer it is)."""
    head = text[clause.start : pos]
    for pointer in words("thing_pointer"):
        at = head.find(pointer)
        while at != -1:
            if opens_with(head, at + len(pointer), "thing"):
                return True
            at = head.find(pointer, at + 1)
    return False


def _speaks_right_before(text: str, mention: Mention, pos: int) -> bool:
    """胡塞武装…成员穆罕默德·阿里·胡塞|称美英空袭是强盗行径: an actor a statement verb follows
    before the judgement says the words; the last such one (the words holding the judgement
    are its) is not what they judge (but 特朗普称…,裴卓政府表示这番言论具冒犯性: Trump is).
    A verb inside a word that tells of no statement (韩方|说一套做一套, words.tsv unspoken)
    makes no speaker."""
    if mention.end >= pos or not opens_with(text, mention.end, "speech"):
        return False
    if _inside_unspoken(text, mention.end):
        return False
    after = mention.end + 1
    return not any(text.find(v, after, pos) != -1 for v in speech_verbs())


def _negation_in_judged_deed(text: str, member: Mention, pos: int, trig: Trigger) -> bool:
    """俄罗斯拒绝撤军|是不可接受的, 马里推迟大选|是错误的: a judgement a copula opens (是, in the
    word or right before it) judges the whole deed before it; a negation (拒绝, 推迟, 未能)
    there, after the judged actor, is the deed's, and the judgement stays asserted unless the
    copula is negated itself (并不是: words.tsv copula_negator) or a negation stands before the
    actor too (中方从未说美方拒绝对话是错误的)."""
    if trig.word.startswith("是"):
        copula = pos
    elif text[pos - 1 : pos] == "是":
        copula = pos - 1
    else:
        return False
    if member.end > copula or text.endswith(words("copula_negator"), member.end, copula):
        return False
    deed = [c.kind for c in _cue_list(text, member.end, copula)]
    return "negated" in deed and "negated" not in [c.kind for c in _cue_list(text, copula, pos)]


def _judgement_status(
    text: str, member: Mention, pos: int, status: str, on_demand: _StatusAsked | None = None
) -> str:
    """墨西哥不会接受|美国|干涉内政: a negation of a verb of tolerating right before the judged
    actor (words.tsv tolerate) refuses what the actor does; it does not deny the judgement.
    A _PENDING ``status`` is asked of ``on_demand`` only where a tolerating verb stands there."""
    if member.end > pos:
        return status
    if not closes_with(text, _front(member), "tolerate"):
        return status  # 中方从未指责美方搞霸凌: the accusation itself is denied
    read = on_demand.status() if status == _PENDING and on_demand is not None else status
    if read != "negated":
        return status
    between = [c.kind for c in _cue_list(text, member.end, pos)]
    return status if "negated" in between else "asserted"


def _judged_list(
    text: str, clause: Clause, pos: int, target: Mention, mentions: list[Mention]
) -> list[Mention]:
    """美国和欧洲国家的非建设性行动, 美国、英国和澳大利亚的做法是错误的: a judgement about one
    actor of a list before it is about each actor of the list, except a vague collective the
    list only joins to it (民进党当局与外部势力勾连: the 外部势力 stay unnamed)."""
    first = _listed_before(text, target, [m for m in mentions if m.start >= clause.start])[0]
    group = [m for m in _with_coordinated(text, clause, first, mentions) if m.end <= pos]
    if target not in group:
        return [target]
    gaz = load_gazetteer()
    return [m for m in group if m is target or kind_of(gaz, m.actor) != "collective"]


_PASSIVE_SPEECH: Final = re.compile(r"被([^被]{2,24}?)(?:认为|视为|看作|称为|称作|定性为|指为)")
_AGENT_FILLER = re.compile(r"(?:和|与|及|、|以及|一些|部分|多个|其他|等|国家|邻国|盟国|方面|政府)*")


def _passive_speakers(
    text: str, clause: Clause, pos: int, mentions: list[Mention]
) -> tuple[list[Mention], tuple[int, int]]:
    """…的所作所为,被美国和一些欧洲国家认为是种族灭绝: the states listed between 被 and a verb
    of judging are each a speaker of the judgement (regions named as 一些欧洲国家 are none)."""
    found: list[Mention] = []
    span = (0, 0)
    for match in _PASSIVE_SPEECH.finditer(text, max(clause.start, pos - 40), pos):
        inside = [m for m in mentions if match.start(1) <= m.start and m.end <= match.end(1)]
        rest, at = [], match.start(1)
        for mention in inside:
            rest.append(text[at : mention.start])
            at = mention.end
        rest.append(text[at : match.end(1)])
        if inside and all(_AGENT_FILLER.fullmatch(part) for part in rest):
            found = [m for m in inside if m.actor.type != "Region" and m.via != "media"]
            span = match.span(1)
    return found, span


def _passive_topic(
    text: str, clauses: list[Clause], index: int, marker: int, mentions: list[Mention]
) -> Mention | None:
    """What a passive judgement is about: the last actor before its 被, in its clause or the
    one before, not where it happened (以色列在加沙的行动,被南非认为是…: 以色列)."""
    start = clauses[max(0, index - 1)].start
    before = [
        m
        for m in mentions
        if start <= m.start
        and m.end < marker
        and m.via not in {"media", "place"}
        and text[_front(m) - 1 : _front(m)] not in {"在", "于"}
    ]
    return before[-1] if before else None


def _group_opening(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> list[Mention]:
    """The members of a compound or group that opens the clause of a judgement (英法德三国…),
    or the words a statement verb opens (胡塞武装…成员X称|美英空袭是野蛮行径)."""
    inside = [m for m in mentions if clause.start <= m.start and m.end <= pos]
    said = [m for m in inside if text[: m.start].endswith(speech_verbs())]
    first = said[0] if said else next(iter(inside), None)
    if first is None or first.group is None:
        return []
    if not said and text[clause.start : first.start].strip():
        return []
    return _group_of(first, mentions)


def speaker_in_sentence(
    text: str, clauses: list[Clause], index: int, pos: int, mentions: list[Mention]
) -> Mention | None:
    """Who speaks at ``pos``: the subject of the last statement verb before it (see below)."""
    return _speaker_in_sentence(text, clauses, index, pos, mentions)


@lru_cache(maxsize=1)
def _semicolon_lead() -> re.Pattern[str]:
    """同时|正告, 并严正|警告: only adverbs (words.tsv semicolon_lead) before the act, not 教授
    偏心|袒护 (a subject of its own)."""
    adverbs = sorted(words("semicolon_lead"), key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, adverbs)) + ")*")


def _borrowed_over_semicolon(
    text: str, clauses: list[Clause], index: int, pos: int, subjects: list[Mention]
) -> bool:
    """Whether an act opening the words after a semicolon took its subjects from the part
    before, where a statement's speaker should go on instead."""
    return (
        bool(subjects)
        and all(s.start < clauses[index].start for s in subjects)
        and (_opens_after_semicolon(text, clauses, index, pos))
    )


def _opens_after_semicolon(text: str, clauses: list[Clause], index: int, pos: int) -> bool:
    """敦促美方…;正告民进党当局…: an act that opens the words after a semicolon, with only
    adverbs before it, goes on with the statement the semicolon divides."""
    start = clauses[index].start  # (the part before may be joined in front of it)
    if text[max(0, start - 1) : start] not in {"；", ";"}:
        return False
    return _semicolon_lead().fullmatch(text, start, pos) is not None


def _private_body(actor_mention: Mention) -> bool:
    """Universities, think tanks and companies judge nobody in the name of a party."""
    kind = kind_of(load_gazetteer(), actor_mention.actor)
    return kind in {"university", "think_tank", "company", "media"}


# a frame between the one who should act and 应 (印度|在没有调查的情况下|不应, 美方|在台湾问题上|应)
_FRAME_BEFORE: Final = re.compile(
    r"在[^在，,。；;：:]{1,16}?(?:情况下|前提下|问题上|时)[^，,。；;：:]{0,3}"
)


def _just_before(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> Mention | None:
    """The actor right before ``pos`` in its clause, adverbs aside (美方|应尽快, 中国|应当), and
    a frame of circumstance too (印度在没有调查的情况下|不应: not what the frame names)."""
    end = _frame_start_before(text, clause.start, pos)
    for mention in reversed(mentions):
        if mention.end > end or mention.start < clause.start:
            continue
        gap = text[mention.end : end]
        return mention if len(gap) <= 3 and not has_verb(gap) else None
    return None


def _condition_party(
    text: str, clauses: list[Clause], index: int, pos: int, mentions: list[Mention]
) -> Mention | None:
    """美方如果真的想通过对话解决问题,|就应该停止极限施压; 如果美方真想…,|就应当…: a demand that
    opens the clause of consequence (就, 则, 那么) after a condition asks it of the actor the
    condition is about, named first in the condition (before or right after its 如果/若). The
    condition supposes only that actor's own wish; the demand itself is made."""
    clause = clauses[index]
    head = text[clause.start : pos].lstrip(" ，,")
    if index == 0 or not head.startswith(_CONSEQUENCE) or len(head) > 2:
        return None
    for j in range(index - 1, max(-1, index - 3), -1):
        start = clauses[j].start
        while start < clauses[j].end and text[start] in " ，,":
            start += 1
        opener = _condition_opener(text, start)
        first = next((m for m in mentions if start <= m.start < clauses[j].end), None)
        if first is None or not can_be_subject(text, first):
            continue
        if opener and first.start - (start + opener) <= 1:  # 如果|美方…, 如果说|美方…
            return first
        if not opener and first.start == start and _condition_opener(text, first.end):
            return first  # 有关国家和组织|如果…
    return None


def _frame_start_before(text: str, start: int, pos: int) -> int:
    """Where a 在…情况下/问题上/时 frame that ends just before ``pos`` opens, else ``pos``."""
    opened = text.rfind("在", start, pos)
    if opened != -1 and _FRAME_BEFORE.fullmatch(text, opened, pos):
        return opened
    return pos


_ANSWER_OPENERS = ("并", "並", "还", "也")  # may stand before 对此/予以 in an answer's clause


def _answer_opens(text: str, clause: Clause, boundary: int, mentions: list[Mention]) -> bool:
    """…,对此予以强烈谴责; …,予以谴责: a clause with no actor of its own that opens by answering
    what was just reported (words.tsv about_this, or 予以) is the answer of the one who reported
    it, the speaker, not of the doer the report names (a later clause of the sentence)."""
    head = text[clause.start : boundary].lstrip(" ,，").lstrip("".join(_ANSWER_OPENERS))
    if not (opens_with(head, 0, "about_this") or head.startswith("予以")):
        return False
    return not any(clause.start <= m.start < boundary for m in mentions)


def _speaker_in_sentence(
    text: str, clauses: list[Clause], index: int, pos: int, mentions: list[Mention]
) -> Mention | None:
    """The subject of the last statement verb before ``pos`` (X表示,…; X还提到了欧洲,称…):
    the first free actor of the verb's clause (林剑…在答复如何看待美国…时表示: 林剑), else the
    nearest free actor of an earlier clause."""
    if not mentions:
        return None  # no actor, no speaker: the verbs need not be looked for
    last = -1
    verb_starts = _speech_verb_starts().finditer
    if _contiguous(clauses) and _verbs_within_clauses():  # (one search, the last verb first)
        found = [m.start() for m in verb_starts(text, clauses[0].start, min(clauses[-1].end, pos))]
        for at in reversed(found):
            if not _purpose_verb(text, at):
                last = at
                break
    else:
        for clause in clauses:
            for match in verb_starts(text, clause.start, min(clause.end, pos)):
                if not _purpose_verb(text, match.start()):
                    last = max(last, match.start())
    if last == -1:
        return None
    for mention in mentions:  # …的所作所为,被美国认为是种族灭绝: who says it follows 被
        front = _front(mention)
        if 0 <= last - mention.end <= 1 and text[front - 1 : front] == "被":
            return mention
    home = _clause_of(clauses, last)
    # the first free actor of the verb's clause, else the last free one before it: each is
    # found by testing actors from its end of the list only up to the first that is free
    # (the tests are the costly part, and a list of every free actor was built to use one).
    # Loops, not next() of generator expressions over a closure: compiled, those made three
    # objects at each of 12,000 calls on Terminus and stepped them through Python's protocol.
    for m in mentions:
        if m.start >= home and _free_speaker(text, clauses, last, m):
            return m
    for m in reversed(mentions):
        if m.start < home and _free_speaker(text, clauses, last, m):
            return m
    return None


def _free_speaker(text: str, clauses: list[Clause], last: int, m: Mention) -> bool:
    """Whether ``m`` may say the statement verb at ``last`` (_speaker_in_sentence)."""
    return (
        m.end <= last
        and m.actor.type != "Region"
        and m.via != "media"
        and can_be_subject(text, m)
        and not _after_predicate(text, _clause_of(clauses, m.start), m)
        and not _inside_decision(text, _clause_of(clauses, m.start), m)
    )


def _contiguous(clauses: list[Clause]) -> bool:
    """Whether ``clauses`` (at least one) follow each other with no gap, as a sentence's own do
    (split_clauses). Then one search of the words they cover finds the statement verbs that
    a search of each clause finds: a clause ends after a comma, colon or dash (sentences.py
    _clause_ends), which no verb holds but as its last letter (指,), so no verb straddles two.
    Why: a search per clause made an iterator, and asked it once more, for each of 56,000
    clauses (speaker_in_sentence: 12,000 calls on Terminus)."""
    if not clauses:
        return False
    end = clauses[0].end
    for clause in clauses[1:]:
        if clause.start != end:
            return False
        end = clause.end
    return True


#: :func:`_verbs_within_clauses` once told (see lexicon.made_once).
_VERBS_WITHIN_CLAUSES_MADE: Final[list[bool]] = []


def _verbs_within_clauses() -> bool:
    """Whether no statement verb holds a letter that may end a clause (sentences.py
    _CLAUSE_OPENERS) but as its last: then none straddles two clauses (see _contiguous)."""
    return (
        _VERBS_WITHIN_CLAUSES_MADE[0]
        if _VERBS_WITHIN_CLAUSES_MADE
        else made_once(_VERBS_WITHIN_CLAUSES_MADE, _read_verbs_within_clauses())
    )


def _read_verbs_within_clauses() -> bool:
    return not any(mark in verb[:-1] for verb in speech_verbs() for mark in "，：:,—")


def _inside_decision(text: str, start: int, mention: Mention) -> bool:
    """德国宣布|两名俄罗斯外交官为不受欢迎的人,理由是…: an actor after a verb of deciding or
    announcing in its clause (words.tsv decide_verb) is in what is decided, and gives no reason
    or statement later in the sentence; the one who announces does."""
    head = text[start : _front(mention)]
    return any(verb in head for verb in words("decide_verb"))


def _purpose_verb(text: str, start: int) -> bool:
    """以回应…, 作为回应: a statement verb after 以/为 names what the act answers; nobody speaks.
    菲方有关表态证明了…, 美方的表态: after a determiner the verb is a noun; nobody speaks either."""
    return (
        text[start - 1 : start] in {"以", "为"}
        or closes_with(text, start, "statement_noun")
        or _inside_unspoken(text, start)
    )


def _inside_unspoken(text: str, start: int) -> bool:
    """美方说一套做一套, 据说, 也就是说: a statement verb inside a word that tells of no
    statement (words.tsv unspoken) gives the words after it no speaker."""
    for word in words("unspoken"):
        at = text.rfind(word, max(0, start - len(word) + 1), start + len(word))
        if at != -1 and at <= start < at + len(word):
            return True
    return False


#: :func:`_speech_verb_starts` once made (see lexicon.made_once).
_SPEECH_VERB_STARTS_MADE: Final[list[re.Pattern[str]]] = []


def _speech_verb_starts() -> re.Pattern[str]:
    """Where a statement verb starts that ends within the search: it takes the verb's first
    character and only looks ahead for the rest, so verbs that overlap are all found."""
    return (
        _SPEECH_VERB_STARTS_MADE[0]
        if _SPEECH_VERB_STARTS_MADE
        else made_once(_SPEECH_VERB_STARTS_MADE, _read_speech_verb_starts())
    )


def _read_speech_verb_starts() -> re.Pattern[str]:
    return first_character_pattern(
        Branch(verb[0], f"(?={re.escape(verb[1:])})", verb[1:2] or None) for verb in speech_verbs()
    )


def _clause_of(clauses: list[Clause], pos: int) -> int:
    """Start of the clause that holds ``pos``."""
    for c in clauses:  # (a loop, not next() of a generator expression: see _speaker_in_sentence)
        if c.start <= pos < c.end:
            return c.start
    return clauses[0].start


_THIS: Final = re.compile(r"[这此该](?:一|次|项|种|个|些|批|轮|起)?(?:新|最新)?")
_THIS_IS = re.compile(r"(?:这|此举|这一举动|这一行为)(?:无疑|显然|完全|简直)?(?:是|属于|构成)")
_HOSTILE_ACTS: Final = frozenset({"ASSAULT", "SANCTION", "COERCE", "MOBILIZE", "THREATEN"})
_HOSTILE_KEY: Final = "|".join(sorted(_HOSTILE_ACTS))  # the discourse's key for any of them


_RELEASE_ASKED: Final = re.compile(r"(?:立即|立刻|马上|尽快|尽早|无条件|地|、|“|「)*")


def _letter_addressee(
    text: str, clauses: list[Clause], index: int, pos: int, demand: bool, mentions: list[Mention]
) -> Mention | None:
    """洪玛奈致信联合国安理会,要求召开紧急会议: a demand that names no one asks the addressee
    of the letter the clause before it sends (words.tsv letter_sent: 致信, 致函…); a demand
    (not a reproach: 致电古特雷斯谴责袭击 blames no UN chief) also asks the addressee named right
    before it in its own clause (特朗普致函伊朗|呼吁就核协议进行谈判)."""
    here = clauses[index]
    if demand:
        for mention in mentions:
            if here.start <= mention.start and mention.end == pos:
                if text[here.start : _front(mention)].endswith(words("letter_sent")):
                    return mention
    if index == 0:
        return None
    before = clauses[index - 1]
    for mention in mentions:
        if before.start <= mention.start < before.end:
            if text[before.start : _front(mention)].endswith(words("letter_sent")):
                return mention
    return None


def _with_list_carried(
    text: str, clauses: list[Clause], index: int, pos: int, trig: Trigger, mentions: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """王毅、王文涛同塞内加尔外长艾莎塔,经济、计划和合作部部长奥特共同主持会议: a list of titled
    people whose items hold 、 of their own is cut by commas, so a clause that is only a titled
    person running into a joint act goes on the 同/与-phrase that ends the clause before; the
    ones before 同 act with every partner, those after it and this one. (hosts, partners)."""
    if trig.event_type not in SYMMETRIC_TYPES or "with" not in trig.objects or index == 0:
        return None
    clause, before = clauses[index], clauses[index - 1]
    own = [m for m in mentions if clause.start <= m.start < pos]
    if not own or own[-1].end != pos or any(m.actor.type != "Person" for m in own):
        return None
    if title_ending_at(load_gazetteer(), text, own[0].start, clause.start) is None:
        return None  # (the person is named by a title, nothing else opens the clause)
    if any(c in _PUNCT for c in text[clause.start : own[0].start]):
        return None
    stop = len(text[: before.end].rstrip(",，"))  # the 同-phrase runs to the clause's end
    if not any(m.end == stop for m in mentions):
        return None
    partners = _introduced(text, before, stop, _WITH, mentions)
    if not partners:
        return None
    opener = _coverb_start(text, partners[0])
    hosts = [m for m in mentions if before.start <= m.start and m.end <= opener]
    if not hosts or any(m.actor.type != "Person" for m in hosts + partners):
        return None
    return hosts, partners + own


# acts whose target a demand in the clause right after asks: pressed (施压莫斯科与基辅,要求…), or
# summoned and protested to (召见中国大使,要求就…作出解释)
_ASKING_ACTS: Final = frozenset({"pressures", "protestsTo"})
# …and acts that single the target out, when the demand opens its clause (谴责…军事接管行动,要求立刻
# 释放总统; 批评日本渲染操弄,敦促勿玩弄…; 联络阿斯麦,要求…立即停止…)
_SINGLING_ACTS: Final = frozenset({"condemns", "criticises", "contacts"})
# what may stand before a demand that opens its clause (,并要求…, ,同时敦促…)
_DEMAND_OPENS = re.compile(r"[\s“”\"'「」]*(?:并且|并|同时|还|也|再次|随即|进而)?[\s“”\"'「」]*")


def _pressed_before(
    text: str, clauses: list[Clause], index: int, pos: int, end: int, subject: Mention, done
) -> list[Mention]:
    """美国持续施压莫斯科与基辅,要求终结这场战争; 召见中国大使,要求就…作出解释: a demand that names
    no one, in the clause right after its subject presses, summons or protests to someone
    (_ASKING_ACTS), asks them; so does one that opens its clause right after its subject
    condemns, criticises or contacts someone (_SINGLING_ACTS), unless it is put to a party
    that names no actor (呼吁国际社会…迫使以色列停止攻击: words.tsv addressee)."""
    if index == 0:
        return []
    before = clauses[index - 1]
    opens = _DEMAND_OPENS.match(text, clauses[index].start, pos)
    singling = opens is not None and opens.end() == pos and not opens_with(text, end, "addressee")
    asking = _ASKING_ACTS | _SINGLING_ACTS if singling else _ASKING_ACTS
    return [
        action.object
        for action in done
        if action.trigger.predicate.name in asking
        and before.start <= action.trigger_start < before.end
        and action.subject.actor.key == subject.actor.key
        and not (  # 反对X采取单方面行动,呼吁…: an act opposed, not its doer singled out
            action.trigger.predicate.name in _SINGLING_ACTS and "content" in action.trigger.flags
        )
    ]


# acts that name whom a warning after them, naming no one of its own, is aimed at
_CONDEMNING_ACTS: Final = frozenset({"condemns", "criticises", "accuses"})


def _warning_aimed(
    text: str,
    clauses: list[Clause],
    index: int,
    trig: Trigger,
    subject: Mention,
    objects: list[Mention],
    frame: str,
    mentions: list[Mention],
    done,
) -> tuple[list[Mention], str]:
    """A warning whose objects are none or its warner's own side is aimed at those the warner
    condemned before it in the sentence (_condemned_before), in focus; else ``objects`` and
    ``frame`` as they are."""
    if trig.predicate.name != "warns" or not all(_same_side(subject, o) for o in objects):
        return objects, frame
    condemned = _condemned_before(text, clauses, index, subject, mentions, done)
    return (condemned, "focus") if condemned else (objects, frame)


def _condemned_before(
    text: str, clauses: list[Clause], index: int, subject: Mention, mentions: list[Mention], done
) -> list[Mention]:
    """金与正谴责韩美…联合军演,批评…,并警告恐将造成严重后果; 朝方强烈谴责美韩…,并就由此导致的
    负面后果作出严正警告: a warning whose clause names no one but the warner's own side is
    aimed at everyone its warner condemned in the clauses of the sentence before it (a focus
    counterpart would give one of them, or the last one named)."""
    clause = clauses[index]
    if index == 0 or any(
        clause.start <= m.start < clause.end and not _same_side(subject, m) for m in mentions
    ):
        return []
    condemned: list[Mention] = []
    for action in done:
        if (
            action.trigger.predicate.name in _CONDEMNING_ACTS
            and clauses[0].start <= action.trigger_start < clause.start
            and action.subject.actor.key == subject.actor.key
            and not _same_side(subject, action.object)
            and all(c.actor.key != action.object.actor.key for c in condemned)
        ):
            condemned.append(action.object)
    return condemned


def _holder_asked_to_release(
    text: str, clause: Clause, end: int, mentions: list[Mention], discourse: Discourse
) -> Mention | None:
    """政变军人扣押总统孔戴。…要求立即释放孔戴, 要求立即无条件释放巴祖姆: a demand for a release
    that names no one asked asks whoever the text last reported detaining the one to be
    released (UNDOES), or the state that one belongs to (俄罗斯拘留了美国记者…: held as 美国's)."""
    at = _RELEASE_ASKED.match(text, end, clause.end).end()  # type: ignore[union-attr]
    release = trigger_pattern().match(text, at)
    trig = trigger_for(release.group()) if release else None
    if trig is None or UNDOES.get(trig.event_type) is None:
        return None
    act = discourse.act(UNDOES[trig.event_type])
    if act is None:
        return None
    holder, held = act
    freed = next((m for m in mentions if release.end() <= m.start < clause.end), None)  # type: ignore[union-attr]
    if freed is None and _held_people_named(text, release.group(), release.end()):  # type: ignore[union-attr]
        return make_mention(holder.actor, holder.text, end, end, "coref")
    if freed is None and not text.startswith(held.text, release.end()):  # type: ignore[union-attr]
        return None  # (a name said again, bare, is no mention of its own: 释放孔戴)
    if freed is not None and held.actor.key not in {freed.actor.key, freed.actor.country}:
        return None
    return make_mention(holder.actor, holder.text, end, end, "coref")


_PEOPLE_RELEASE: Final = frozenset({"放人"})  # a release word that names the people freed itself


def _held_people_named(text: str, release: str, end: int) -> bool:
    """呼吁立即释放|所有被拘押的官员, 呼吁“立即无条件|放人”: the ones to be freed named by their
    detention alone (words.tsv held_people) or by the release word itself, no one of theirs:
    they are the ones the last detention held (qd-04, qk-05)."""
    return release in _PEOPLE_RELEASE or opens_with(text, end, "held_people")


def _doers_asked_to_halt(
    text: str,
    clause: Clause,
    end: int,
    mentions: list[Mention],
    subject: Mention,
    done,
    discourse: Discourse,
):
    """巴军空袭阿富汗。…穆塔基谴责并呼吁停止暴力袭击: a demand to stop (words.tsv halt_asked)
    that names no one asked, nor anyone in what is to stop, asks whoever did the last hostile
    act in focus (this sentence's, else the few before), when that is not the side that asks
    (停止向巴基斯坦提供武器 names a side of its own: no one in focus is asked)."""
    at = _RELEASE_ASKED.match(text, end, clause.end).end()  # type: ignore[union-attr]
    if not opens_with(text, at, "halt_asked"):
        return []
    if any(at <= m.start < clause.end and m.via != "place" for m in mentions):
        return []
    return [m for m in _last_hostile_agents(done, discourse) if not _same_side(subject, m)]


def _judges_this(text: str, clause: Clause, end: int, trig: Trigger) -> bool:
    """萨雷亚指责|这是“野蛮的侵略”: a criticism whose object is a judgement of "this"."""
    if trig.event_type != "ACCUSE":
        return False
    rest = text[end : clause.end].lstrip(" “”\"'「」")
    return _THIS_IS.match(rest) is not None


def _last_hostile_agents(done_acts: Sequence[Action], discourse: Discourse) -> list[Mention]:
    """Every side of the last hostile act of this sentence, else of the sentences before."""
    for action in reversed(list(done_acts)):
        if action.trigger.event_type in _HOSTILE_ACTS:
            return _with_fellow_agents(action.subject, done_acts)
    return discourse.agents(_HOSTILE_KEY)


def _last_hostile_agent(done_acts: Sequence[Action], discourse: Discourse) -> Mention | None:
    """Who did the last hostile act: in this sentence, else in the few before."""
    for action in reversed(list(done_acts)):
        if action.trigger.event_type in _HOSTILE_ACTS:
            return action.subject
    return discourse.agent(_HOSTILE_KEY)


def _last_agent(
    done_acts: Sequence[Action], discourse: Discourse, event_type: str
) -> Mention | None:
    """Who did the last act of a type: in this sentence, else in the few before."""
    for action in reversed(list(done_acts)):
        if action.trigger.event_type == event_type:
            return action.subject
    return discourse.agent(event_type)


def _agent_of_named_act(
    text: str, clause: Clause, done_acts: Sequence[Action], discourse: Discourse
) -> Mention | None:
    """这一否决, 这次攻击: an act the clause names by a demonstrative is the last act of that kind,
    and its actor is whom a judgement of it is about; 这是/此举是… names the last hostile act."""
    head = text[clause.start : clause.end].lstrip(" “”\"'「」")
    this_is = _THIS_IS.search(head)
    if this_is and (this_is.start() == 0 or head[: this_is.start()].endswith(speech_verbs())):
        return _last_hostile_agent(done_acts, discourse)  # (图斯克称)这是“大规模挑衅”
    match = _THIS.match(head)
    if not match:
        return None
    act = trigger_pattern().match(head, match.end())
    trig = trigger_for(act.group()) if act else None
    if trig is None or not trig.event_type:
        return None
    for action in reversed(list(done_acts)):
        if action.trigger.event_type == trig.event_type:
            return action.subject
    return discourse.agent(trig.event_type)


# a deed named by a demonstrative and a noun that says no kind (此次行动, 这一举措, 该措施, 这种
# 做法, 此举): what it points back at is the last hostile act
_THIS_DEED: Final = re.compile(
    r"(?:此举|[这此该那](?:一|次|项|种|些|类)?(?:军事|制裁|单边)?(?:行动|举措|措施|举动|行为|做法))"
)
_SAID_OPENING: Final = " ，,:：“”\"'「」"
# a bare demonstrative right before a judgement (…,这令人无法接受, …,此实在令人遗憾): it points
# back at the deed of the clause before in its sentence, not at the last act of the judgement's
# own type
_THIS_JUDGED: Final = re.compile(r"[这此](?:都|也|更|实在|确实|简直|完全|绝对)?")


def _last_hostile_deed(
    head: str, done_acts: Sequence[Action], discourse: Discourse
) -> Mention | None:
    """古巴代表称|此次行动严重违反国际法, 扎哈罗娃称:“我们认为这一举措…: a deed named by a
    demonstrative and a noun of no kind (_THIS_DEED) that opens the clause, or the words of a
    statement verb right before it (认为 included), is the last hostile act of this sentence,
    else of the few before, and its actor is whom a judgement of it is about."""
    match = _THIS_DEED.search(head)
    if match is None:
        return None
    before = head[: match.start()].rstrip(_SAID_OPENING)
    before = before.removesuffix("我们认为").removesuffix("我认为").rstrip(_SAID_OPENING)
    if before and not before.endswith((*speech_verbs(), "认为")):
        return None
    return _last_hostile_agent(done_acts, discourse)


def _evaluated(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    mentions: list[Mention],
    speaker,
    done_acts=(),
    discourse=None,
) -> Mention | None:
    """Whom a judgement is about: the first actor of its clause that is no object there (its
    subject or the possessor of its subject: 美方的否决令人失望), else the subject the clause
    shares with an earlier one."""
    clause = clauses[index]
    if index > 0 and _judges_an_activity(text, clause, pos):
        return None  # 格陵兰岛是非卖品,并称|讨论这笔交易|很荒谬: an activity, no doer named
    right = next((m for m in reversed(mentions) if m.end <= pos), None)
    if right is not None and right.start >= clause.start and _right_before(text, right.end, pos):
        if (
            right.actor.key != speaker.actor.key
            and right.via not in {"media", "place"}
            and not _deed_place(text, right)
            and not _deed_aimed_at(text, right, mentions, speaker)
            and not _posed_to(text, clause, right, mentions, speaker)
        ):
            return right  # 称其是美国敌视政策的产物: what stands right before the judgement
    owner = _owner_after_copula(text, clause, pos, mentions, speaker)
    if owner is not None:
        return owner  # 这是美方对中国主权的严重挑衅: whose deed 是 calls it
    doer = _doer_in_topic(text, clause, pos, mentions, speaker)
    if doer is not None:
        return doer  # 就|摩尔多瓦当局|对俄持续采取不友好行动提出抗议: who did what 就 names
    if _judges_said(text, clause, pos):
        author = (discourse or Discourse()).author(speaker)
        if author is not None:
            return author  # 克里姆林宫称这种说法荒唐可笑: who made the statement judged
    found = _clause_subject(text, clause, pos, mentions, speaker)
    if found is not None:
        return found
    if index > 0 and _THIS_JUDGED.fullmatch(text[clause.start : pos].strip(" “”\"'「」")):
        found = _chain_subject(text, clauses, index, mentions, speaker)
        if found is not None and not _same_side(found, speaker):
            return found  # 中国不断干预…活动,|这|令人无法接受: the deed of the clause before
    agent = _agent_of_named_act(text, clause, done_acts, discourse or Discourse())
    if agent is None:  # 古巴代表称|此次行动严重违反国际法: the last hostile act's
        agent = _last_hostile_deed(text[clause.start : pos], done_acts, discourse or Discourse())
    if agent is not None and agent.actor.key != speaker.actor.key:
        return agent  # 这一否决向以色列发出了错误信号: who vetoed
    warned = _warned_otherwise(text, clause, done_acts, speaker)
    if warned is not None:
        return warned  # 奉劝美国停止挑衅,否则必将付出代价: the one the demand asked
    if index > 0 and (_own_subject(text, clause) or not _has_mention(clause, pos, mentions, text)):
        # 泽连斯基与特朗普争论,这是“不尊重”的行为; 美方一再阻挠安理会采取行动,令人遗憾:
        # what the clause before reports, and its subject
        found = _chain_subject(text, clauses, index, mentions, speaker)
        return found or _last_actor(done_acts, speaker, pos)
    subjects, _ = _subjects(text, clauses, index, clause.start, mentions, [speaker])
    return subjects[0] if subjects else None


def _judges_an_activity(text: str, clause: Clause, pos: int) -> bool:
    """并称|讨论这笔交易|很荒谬: a clause that opens a new statement (a statement verb after 并, 还,
    也, 又) and whose words then open with a verb judge an activity named by that verb, done by
    no one it names (an actor after the verb is its object: 讨论出售格陵兰很可笑); the clause
    before does not lend it a doer (but 并称|此举|违反国际法 points back at the deed before)."""
    head = text[clause.start : pos].lstrip(" “”\"'「」").lstrip("并还也又")
    verb = next((v for v in speech_verbs() if head.startswith(v)), None)
    if verb is None:
        return False
    said = head[len(verb) :].lstrip("，,:：“「")
    return bool(said) and _tag_first(said)[:1] == "v"


def _chain_subject(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention], speaker
) -> Mention | None:
    """The subject of the clauses a judgement with none of its own goes on from: the clause
    before (美日韩冒险…选错了地方,必将给自身招致不良结果: the pair or trio too), else, across
    clauses that name no actor and open with no subject of their own, the first one that
    names one (美方说一套做一套,不断泛化国家安全概念,滥用出口管制措施,实施单边霸凌行径: each
    clause of the chain is 美方's)."""
    for back in range(index - 1, -1, -1):
        earlier = clauses[back]
        found = _clause_subject(text, earlier, earlier.end, mentions, speaker)
        if found is None:
            found = next(iter(_group_opening(text, earlier, earlier.end, mentions)), None)
        if found is not None:
            return found
        named = [m for m in mentions if not _inside_quoted_term(text, m)]
        # (韩方无人机飞入…,|向朝方散布反朝传单,|侵犯了朝鲜主权: an actor a 对/向 opens is the
        # object of a clause that goes on with the subject before it, and one 反 opens (反朝,
        # 反美) says what a thing is against: neither is a subject of its own)
        named = [m for m in named if text[m.start - 1 : m.start] != "反"]
        if _has_mention(earlier, earlier.end, named, text) or not _opens_with_predicate(
            text, earlier
        ):
            return None  # an actor there is no subject, or the clause has one: no chain
    return None


def _inside_quoted_term(text: str, mention: Mention) -> bool:
    """渲染|“大陆|威胁”, 炒作|“中国|威胁论”: an actor that opens a quoted term with more after it
    is part of what the term names, no actor of the clause (but “伊斯兰国” quoted alone is one)."""
    front = _front(mention)
    if front == 0 or text[front - 1] not in "“「":
        return False
    closing = text.find("”" if text[front - 1] == "“" else "」", mention.end, mention.end + 8)
    return closing > mention.end


_PREDICATE_TAGS = frozenset("dvacp")  # jieba: adverb, verb, adjective, conjunction, preposition


def _opens_with_predicate(text: str, clause: Clause) -> bool:
    """不断泛化…, 滥用…, 一再…: a clause that opens with its predicate (an adverb, a verb…) goes
    on with the subject before it; one that opens with a noun or a pronoun (全球供应链受到冲击,
    各国贸易…) has a subject of its own, no actor, and ends the chain."""
    head = text[clause.start : clause.end].lstrip(" “”\"'「」")
    tokens = _tag(head[:8])
    if not tokens or _own_subject(text, clause):
        return False
    tag = tokens[0][1]
    return tag[:1] in _PREDICATE_TAGS and tag != "vn"


def _deed_place(text: str, mention: Mention) -> bool:
    """美国|在|台湾的错误行径: an actor a coverb of place (words.tsv deed_place) opens and 的
    closes is where the judged deed is done, not who did it (but in 在哈马斯违反停火后 it does
    the deed)."""
    opened = mention.start > 0 and text[mention.start - 1] in words("deed_place")
    return opened and text.startswith("的", mention.end)


def _deed_aimed_at(text: str, mention: Mention, mentions: list[Mention], speaker: Mention) -> bool:
    """特朗普|针对|伊朗的威胁性言论, 这是|对|北约的挑衅: an actor after a coverb of aim (words.tsv
    deed_aim) that another actor, not the speaker, or a copula (words.tsv deed_copula) stands
    right before, and that 的 closes, is the target of the judged deed, not its doer (but
    中方对|美方的错误做法表示不满: the speaker's own 对, 美方 did it)."""
    if not text.startswith("的", mention.end):
        return False
    coverb = _aim_coverb_before(text, mention.start)
    if coverb is None:
        return False
    opens = mention.start - len(coverb)
    if closes_with(text, opens, "deed_copula"):
        return True  # 称这是|对北约的挑衅: what 这 names is judged, 北约 suffers it
    doer = next((m for m in mentions if m.end == opens), None)
    return doer is not None and doer.actor.key != speaker.actor.key


def _aim_coverb_before(text: str, end: int) -> str | None:
    """The coverb of aim (words.tsv deed_aim: 对, 针对…) that ends at ``end``, if one does."""
    return next((w for w in words("deed_aim") if text.endswith(w, 0, end)), None)


def _posed_to(
    text: str, clause: Clause, mention: Mention, mentions: list[Mention], speaker: Mention
) -> bool:
    """库尔德工人党对|土耳其|构成威胁: an actor right before the judgement that a coverb of aim
    (words.tsv deed_aim) opens, with another actor of the clause, not the speaker, before that
    coverb, suffers the judged deed; the one before the coverb does it."""
    coverb = _aim_coverb_before(text, _front(mention))
    if coverb is None:
        return False
    opens = _front(mention) - len(coverb)
    return any(
        clause.start <= m.start and m.end <= opens and m.actor.key != speaker.actor.key
        for m in mentions
    )


def _right_before(text: str, end: int, pos: int) -> bool:
    """Whether an actor ending at ``end`` stands right before a judgement at ``pos``: next to it,
    one letter away, or with only an adverb of how often or how badly between (对方|反复|违反
    停火协议, 俄罗斯|一再|违反协议: words.tsv judged_manner)."""
    if pos - end <= 1:
        return True
    return text[end:pos] in words("judged_manner")


_OTHERWISE: Final = ("否则", "不然", "要不然")


# after the actor a copula names: its 对-phrase, 的, and an adverb or adjective in quotes or not
# (是|美方|对中国主权的严重|挑衅, 是|乌方|对…和平倡议的“蓄意|挑衅”)
_COPULA_DEED: Final = re.compile(
    r"(?:对[^，,。；;：:]{1,24})?的[“\"「]?[^，,。；;：:的“”\"「」]{0,4}[“\"「]?"
)


def _owner_after_copula(
    text: str, clause: Clause, pos: int, mentions: list[Mention], speaker
) -> Mention | None:
    """此次袭击是|乌方|对和平倡议的“蓄意挑衅”, 这是|美方|对中国主权的严重挑衅: the actor right
    after 是 whose deed (of it, or to someone after 对) the judgement names is the one judged."""
    for mention in mentions:
        if not clause.start <= mention.start < pos or mention.via in {"media", "place"}:
            continue
        front = _front(mention)
        if text[front - 1 : front] != "是" or mention.actor.key == speaker.actor.key:
            continue
        if _COPULA_DEED.fullmatch(text, mention.end, pos):
            return mention
    return None


def _warned_otherwise(
    text: str, clause: Clause, done_acts: Sequence[Action], speaker: Mention
) -> Mention | None:
    """A clause opened by 否则 after a demand (奉劝美国立即停止挑衅,否则必将付出代价) warns the
    one the demand asked."""
    if not text[clause.start : clause.end].lstrip(" “”\"'「」").startswith(_OTHERWISE):
        return None
    for action in reversed(list(done_acts)):
        if action.trigger_start < clause.start and action.trigger.event_type == "REQUEST":
            if not _same_side(action.object, speaker):
                return action.object
            return None
    return None


def _last_actor(done_acts: Sequence[Action], speaker: Mention, pos: int) -> Mention | None:
    """欧盟…对中方实施制裁,粗暴干涉了中国的内政: a judgement with no subject of its own judges
    whoever did the act the sentence just reported."""
    for action in reversed(list(done_acts)):
        if action.trigger_start < pos and not _same_side(action.subject, speaker):
            if action.frame != "speaker":
                return action.subject
    return None


def _has_mention(
    clause: Clause, pos: int, mentions: list[Mention], text: str | None = None
) -> bool:
    """Whether an actor stands in ``clause`` before ``pos``; given ``text``, not one a 对 or
    向 introduces (…的声明充斥着偏见,对中方进行污蔑抹黑: 中方 is smeared, not the subject)."""
    return any(
        clause.start <= m.start
        and m.end <= pos
        and (text is None or text[m.start - 1 : m.start] not in _TO_MARKS)
        for m in mentions
    )


_TO_MARKS: Final = ("对", "向")


def _clause_subject(
    text: str, clause: Clause, pos: int, mentions: list[Mention], speaker
) -> Mention | None:
    """The first actor of a clause that stands before its verb (or owns its subject)."""
    for mention in mentions:
        if mention.end > pos or mention.start < clause.start or mention.via in {"media", "place"}:
            continue
        if mention.actor.key == speaker.actor.key or mention.group is not None:
            continue
        if opens_with(text, mention.end, "topic"):
            continue  # 在当前乌克兰|形势下: what the clause is about is not its subject
        front = _front(mention)
        before = text[front - 1] if front > 0 else ""
        if before in _NOT_SUBJECT_BEFORE and _real_coverb(text, front - 1):
            continue
        if _after_predicate(text, clause.start, mention) or has_verb(_unsaid(text, clause, front)):
            continue
        return mention
    return None


def _unsaid(text: str, clause: Clause, front: int) -> str:
    """The words before ``front`` in its clause without the statement verb that opens it
    (并称|以色列…): a verb of saying puts no actor in object position."""
    head = text[clause.start : front].lstrip(" “”\"'「」")
    head = head.rsplit("的", 1)[-1]  # 最近宣誓就任议会主席的|瓜伊多: a relative clause describes
    head = head.lstrip("并还也又")
    for verb in speech_verbs():
        if head.startswith(verb):
            return head[len(verb) :]
    said = max((head.rfind(v) + len(v) for v in speech_verbs() if v in head), default=0)
    head = head[said:]  # 中方表示|美方的做法是霸凌: what the speaker says follows the verb
    return _after_finding(head)


def _after_finding(head: str) -> str:
    """表示,|发现|一名英国外交官违反…: a verb of finding out opening what is said (words.tsv
    finding) tells what the speaker found, so the actor after it is no object."""
    for verb in words("finding"):
        if head.startswith(verb):
            return head[len(verb) :]
    return head


# 面临|美国的指控: faced; 赢得|欧盟的支持: won, as 得到 is
_PASSIVE: Final = ("遭到", "受到", "得到", "获得", "赢得", "面临", "遭", "被", "获")


def _passive_agents(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> list[Mention]:
    """未得到朝方积极回应, 遭到美国制裁: the actor after the passive marker acts, and so does
    each member of a compound or list it opens (遭到美日韩三国|谴责, 遭到美国、日本和韩国|谴责)."""
    for mention in mentions:
        if not (clause.start <= mention.start and mention.end <= pos):
            continue
        head = _passive_head(text, clause.start, _front(mention))
        if not head.endswith(_PASSIVE):
            continue
        if mention.group is not None:
            agents = _group_of(mention, mentions)
        else:
            agents = _with_coordinated(text, clause, mention, mentions)
        agents = [a for a in agents if a.end <= pos] or [mention]
        if _private_people_of(text, agents[-1]):
            continue  # 受到加拿大|消费者欢迎: people of a country, not the country, welcome it
        between = text[agents[-1].end : pos]
        if trigger_pattern().search(between):
            continue  # 就被美国制裁|召见美国大使: the passive is the other verb's
        if len(between) <= 4 or (len(between) <= 8 and not has_verb(between)):
            return agents  # 被中国|国家安全机关|拘留: the agent's organ, named by no gazetteer
        weapon = opens_with(between[1:], 0, "armed_after_short")
        if len(between) <= 8 and between.startswith("的") and weapon:
            return agents  # 被乌克兰|的防空系统|击落: the agent's weapon (防空 is no verb here)
    return []


_APPOSITION: Final = re.compile(r"的?(?:主要|重要|最大|亲密|传统|最亲密|长期)?")


def _apposed(text: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """获伊朗主要盟友|俄罗斯|支持: an actor whose ally, neighbour or partner (words.tsv:
    descriptor) is named right after it only describes that one, who is the actor meant."""
    at = _APPOSITION.match(text, mention.end).end()  # type: ignore[union-attr]
    word = word_at(text, at, "descriptor") or None
    if word is None:
        return None
    return next((m for m in mentions if m.start == at + len(word)), None)


_RESPONSE_TYPES: Final = frozenset({"ACCUSE", "PROTEST"})
# what a letter or a call says to its addressee when it names no one: a demand (致信安理会,要求
# 召开紧急会议) or a reproach (致电杨宇,对学校遭掷石表示遗憾)
_ADDRESSED_TYPES: Final = frozenset({"REQUEST"}) | _RESPONSE_TYPES


def _caused_response(text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention]):
    """美国对台湾的军售引发中国强烈不满, 美韩联合军演引起朝鲜抗议: a response named after a verb of
    causing it (words.tsv class 'causes') and the actor who responds is that actor's, on the
    actor that opens the clause (with its partners): who did what caused it."""
    if trig.event_type not in _RESPONSE_TYPES:
        return None
    before = [m for m in mentions if clause.start <= m.start and m.end <= pos]
    if len(before) < 2:
        return None
    agent = before[-1]
    if len(text[agent.end : pos]) > 4 or has_verb(text[agent.end : pos]):
        return None
    head = _passive_head(text, clause.start, _front(agent))
    if not head.endswith(words("causes")):
        return None
    first = before[0]
    if first is agent or not can_be_subject(text, first):
        return None
    return agent, [m for m in _with_coordinated(text, clause, first, mentions) if m is not agent]


_UNNAMED_RESPONDER_REACH: Final = 6


def _response_of_nobody(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention]
) -> bool:
    """美国对台军售引发强烈不满, 引起了广泛批评: a response caused by an act, with nobody named
    between the verb of causing and it: the actor of the act does not respond to itself."""
    if trig.event_type not in _RESPONSE_TYPES:
        return False
    head = text[max(clause.start, pos - _UNNAMED_RESPONDER_REACH - 2) : pos]
    found = [head.rfind(word) for word in words("causes")]
    at = max(found)
    if at < 0:
        return False
    start = pos - len(head) + at
    return not any(start < m.start and m.end <= pos for m in mentions)


def _passive_head(text: str, start: int, front: int) -> str:
    """The two characters before an agent, past an aspect particle (获得了|美国的支持, 遭到过)."""
    if front - 1 >= start and text[front - 1] in "了过" and front - 2 > start:
        front -= 1
    return text[max(start, front - 2) : front]


_AGENTLESS: Final = re.compile(
    r"(?:被|遭到|遭|受到|面临)(?:[一再多次已经曾正]{0,3}|全面|部分|新一轮|更多)$"
)


# the agent may take 的 and an adverb (遭到国际社会的普遍反对, 受到与会的东南亚领导人严厉批评):
# up to fourteen letters
_NONACTOR_PASSIVE = compile_pattern(r"(?:被|遭到|遭|受到)(?!迫)([\u4e00-\u9fff]{1,14})$", wide=True)
_NONACTOR_PASSIVE_REACH: Final = 17


def _passive_by_nonactor(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> bool:
    """遭到多国反对, 受到国际社会(广泛)谴责: a passive whose agent is a noun that names no
    actor (an adverb may follow it)."""
    match = _NONACTOR_PASSIVE.search(text, max(clause.start, pos - _NONACTOR_PASSIVE_REACH), pos)
    if match is None or trigger_pattern().search(match.group(1)):
        return False  # 就遭到制裁|召见…: the passive is the other verb's
    if opens_with(text, pos, "voicing"):
        return False  # 对学校遭掷石|表示遗憾: the passive is what the stance is about
    return not any(match.start() < m.end and m.start < pos for m in mentions)


_HELD_IN_REACH: Final = 8


def _held_in(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> Mention | None:
    """两名加拿大人在中国被拘留, 中国学者在美遭到逮捕: a detention that names no one who
    detains, in a country named by 在 right before it, is that country's."""
    for mention in reversed(mentions):
        if mention.end > pos or mention.start < clause.start:
            continue
        if mention.actor.type != "Country" or text[mention.start - 1 : mention.start] != "在":
            return None
        between = text[mention.end : pos]
        if len(between) > _HELD_IN_REACH or any(c in _PUNCT for c in between):
            return None
        return mention
    return None


def _nationals_before(
    text: str, clause: Clause, holder: Mention, mentions: list[Mention]
) -> list[Mention]:
    """中国学者|在美被拘押: the people of a country named before the place are the ones held
    (a country before private people, words.tsv private, is no subject of its own)."""
    for mention in reversed(mentions):
        if mention.end > holder.start or mention.start < clause.start:
            continue
        if mention.actor.type == "Country" and mention.actor.key != holder.actor.key:
            return [mention]
        return []
    return []


_POSTED_REACH = 4  # 中国|驻荷兰|外交官: 驻 right after the sending state, or inside its mission


def _hosts_expelling(text: str, patients: list[Mention]) -> list[tuple[Mention, Mention]]:
    """俄罗斯驻立陶宛大使馆一名工作人员被驱逐, 两名中国驻荷兰外交官被驱逐: an envoy or a mission's
    staff expelled with no expeller named is expelled by the host country named after 驻,
    and the expulsion is aimed at the state the envoy serves (host, that state) per patient."""
    gaz = load_gazetteer()
    pairs = []
    for patient in patients:
        at = text.find("驻", patient.start, patient.end + _POSTED_REACH)
        if at < 0:
            continue
        hit = match_at(gaz, text, at + 1)
        host = hit[1] if hit else gaz.shorts.get(text[at + 1 : at + 2])
        size = len(hit[0]) if hit else 1
        state = _state_of_mission(patient) or patient
        if (
            host is None
            or host.type != "Country"
            or _same_side(make_mention(host, "", 0, 0), state)
        ):
            continue
        pairs.append(
            (make_mention(host, text[at + 1 : at + 1 + size], at + 1, at + 1 + size), state)
        )
    return pairs


def agentless_passive(text: str, clause: Clause, pos: int) -> bool:
    """被指控, 遭到逮捕: a passive marker right before the trigger, with no agent between."""
    return bool(_AGENTLESS.search(text, max(clause.start, pos - 5), pos))


def _accused_before(patients: list[Mention], last: tuple[Mention, Mention] | None) -> list[Mention]:
    """美国指责中兴…。中兴被指控…: an accusation with no accuser named goes on with the last
    accuser only for the one that accuser blamed (阿联长期被指控… after 柏罕痛批布洛斯 is no
    accusation of Burhan's)."""
    if last is None:
        return []
    return [p for p in patients if _same_side(p, last[1])]


_LISTED_PASSIVE = re.compile(r"(?:被|遭)[一再多次已经曾正也均都]{0,3}(?:列入|纳入|增列|列为)了?$")
# 被列入|美国|制裁名单: a passive listing with the owner of the list between it and the list
_LISTED_OWNED: Final = re.compile(
    r"(?:被|遭)[一再多次已经曾正也均都]{0,3}(?:列入|纳入|增列|列为)了?[^，,。；;：:被遭]{1,8}$"
)


def _list_owner(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> Mention | None:
    """被列入|美国|制裁名单, 遭列入|美方|清单: the actor named between a passive listing and the
    list owns the list and lists."""
    match = _LISTED_OWNED.search(text, max(clause.start, pos - 20), pos)
    if match is None:
        return None
    marker = match.start() + 1
    owners = [m for m in mentions if marker < m.start and m.end <= pos]
    if len(owners) != 1 or owners[0].via in {"place", "media"}:
        return None
    return owners[0] if text[owners[0].end : pos] in {"", "的"} else None


_PASSIVE_MARKER_END: Final = re.compile(r"(?:被|遭到|遭|受到)(?:了|过)?$")
_COPULAS: Final = frozenset({"是", "为", "成为", "属于"})


def _relative_after_verb(text: str, clause: Clause, agent: Mention, end: int) -> bool:
    """乌干达接收|被美国遣返的|移民, 伊朗援助|被美国制裁的|企业: a passive that closes with 的
    describes the noun after it, and a verb right before its marker takes that noun as object:
    the actor that opens the clause is not what the act is done to. A copula before the marker
    (伊朗是被美国制裁的国家) or no verb (俄罗斯被美国制裁的原因) leaves it the patient."""
    if not text.startswith("的", end):
        return False
    head = text[clause.start : _front(agent)]
    marker = _PASSIVE_MARKER_END.search(head)
    if marker is None:
        return False
    tokens = _tag(head[: marker.start()].rstrip().rstrip("了过")[-8:])  # 接收了|被…
    if not tokens:
        return False
    word, tag = tokens[-1]
    return tag.startswith("v") and word not in _COPULAS


def _relative_passive(text: str, clause: Clause, pos: int, end: int) -> bool:
    """发言人指出,|被列入中国制裁名单的|个人…: a passive that opens its clause and closes with 的
    describes the noun after it; nobody named before the clause is what it is done to."""
    head = text[clause.start : pos].lstrip(" ,，“「")
    return head.startswith(("被", "遭")) and text.startswith("的", end)


def _owned_list(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> bool:
    """遭列入|美方|清单, 被纳入|俄罗斯|名单: a bare list is a measure only when a passive listing
    names a state or a body (not a person) as its owner right before it; 名单包括…, 获奖名单 or
    被列入张三的名单 list nobody."""
    owner = _list_owner(text, clause, pos, mentions)
    return owner is not None and owner.actor.type != "Person"


def _listed_passive(text: str, clause: Clause, pos: int) -> bool:
    """俄罗斯石油公司被列入制裁名单: a passive listing that names no lister; as with 被指控,
    the one who did the last act of this kind lists it."""
    return bool(_LISTED_PASSIVE.search(text, max(clause.start, pos - 9), pos))


def _exchange_named(text: str, clause: Clause, pos: int) -> bool:
    """这次换俘由阿联酋居中斡旋: the clause names an exchange of captives (a mutual release)
    before the mediation, whose sides are those of the last release, not of the last talks."""
    return any(
        not isinstance(t, str) and t.event_type == "RETREAT" and "mutual" in t.flags
        for _, t in find_triggers(text, clause.start, pos)
    )


def _mediated(
    subjects, trig: Trigger, pos: int, status: str, discourse: Discourse, exchange: bool = False
) -> Iterator[Action]:
    """美国领导的会谈, 沙特在促成这项协议方面发挥了作用: a mediator whose sides go unnamed acts on
    both sides of the last agreement (else talks) in focus, unless it is one of them; a state
    mediates between states. A mediated exchange (换俘) is between the sides of the last
    release."""
    sides = discourse.act("RETREAT") if exchange else None
    mediators = frozenset(s.actor.key for s in subjects)
    sides = sides or discourse.sides(all(s.actor.type != "Person" for s in subjects), mediators)
    if sides is None or any(_same_side(s, side) for s in subjects for side in sides):
        return
    for subject in subjects:
        for side in sides:
            confidence = _confidence(subject, side, "focus", True)
            yield Action(subject, side, trig, pos, status, confidence, "focus")


def _mediated_then_reached(text: str, start: int, pos: int) -> bool:
    """普京|斡旋|达成停火协议: a mediation verb (words.tsv mediating) right before the deal
    reached (nothing else between): the mediator brought the sides of the fight or talks in
    focus to their deal."""
    return text[start:pos].endswith(words("mediating"))


@lru_cache(maxsize=1)
def _mediation_words() -> re.Pattern[str]:
    return re.compile(
        "|".join(re.escape(w) for w, t in triggers().items() if "parties" in t.objects)
    )


def _mediation_between(text: str, start: int, pos: int) -> bool:
    """促成这项协议, 监督协议执行: the agreement is the sides', not of who brings it about or
    oversees it (words.tsv oversee)."""
    if start >= pos:
        return False
    stretch = text[start:pos]
    return _mediation_words().search(stretch) is not None or any(
        word in stretch for word in words("oversee")
    )


_LIST_TAIL: Final = re.compile(r"(?:等(?:多方|多国|国|方|国家)?|多国部队)的?$")


def _invited_by(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention]
) -> list[Mention]:
    """应俄罗斯外交部和白俄罗斯外交部邀请,崔善姬将访问…: the hosts invite the visitor."""
    if "invitation" not in trig.flags and trig.event_type != "REQUEST":
        return []
    ying = _at_request_of(text, clause.start, pos)
    if _UNDER.match(text, pos + len(trig.word)) or trig.word.endswith("下"):
        # 在泽连斯基要求下, 在美国的邀请下, 在英国的协助下, 在中方斡旋和促推下
        ying = max(ying, text.rfind("在", clause.start, pos))
    elif trig.predicate.name == "mediates" and _MEDIATION_DONE.match(text, pos + len(trig.word)):
        ying = max(ying, text.rfind("在", clause.start, pos))  # 在吉布提主导的斡旋努力之后
    ying = max(ying, _acceptance_of(text, clause, pos))
    answer = _answer_at(text, clause, pos, trig) if trig.event_type == "REQUEST" else None
    if answer is not None:  # 无视|澳大利亚的请求, 响应|中国的呼吁: who asked
        ying = max(ying, answer[1] - 1)
    through = next((w for w in _THROUGH if text.startswith(w, clause.start)), "")
    if through and "parties" in trig.objects:  # 经(过)卡塔尔斡旋,以色列与哈马斯…
        ying = max(ying, clause.start + len(through) - 1)
    if ying == -1:
        return []
    inside = [m for m in mentions if ying < m.start and m.end <= pos]
    if not inside:
        return []
    asker = _asker_put_forward(text, ying + 1, pos, inside) if answer is not None else None
    if asker is not None:  # 拒绝了|华为提出的重新考虑该决定的|请求: who put it forward asked
        return [asker]
    if answer is not None and _front(inside[0]) == ying + 1:
        owners = _demand_owners(text, inside, pos)
        if owners:  # 同意|美国遣返非法移民的|要求, 接受|俄方对乌克兰领土的重大|要求
            return owners
    front = _front(inside[0])
    if front != ying + 1 and not (
        _opens_invitation(text, clause, ying) and _describes_inviter(text, ying + 1, front)
    ):
        return []  # 应|博鳌亚洲论坛理事长|潘基文…邀请: a post may stand before the inviter
    between = _without_government_word(text[inside[-1].end : pos])
    if trig.predicate.name == "mediates":  # 在美国和卡塔尔|居中|斡旋下: how they mediate
        between = next(
            (between[: -len(w)] for w in words("mediating_manner") if between.endswith(w)),
            between,
        )
    between = _LIST_TAIL.sub("", between)  # 在美国、卡塔尔等多方斡旋下
    if between.endswith("的") and between[:-1] in words("leads"):
        between = ""  # 在美国主导的斡旋下: who leads the mediation mediates
    if len(between) > 1 and between.endswith(words("repeatedly")):  # 应武契奇|总统多次|邀请
        between = _without_titles(between[: -len(_repeated(between))], 0)
    return inside if len(between) <= 1 else []  # (的) right before the request


# what a demand answered is, between its owner and the noun (美国|遣返非法移民的|要求, 俄方|对
# 乌克兰领土与主权的重大|要求, 美国总统特朗普|的所有|要求): a phrase that ends in 的, or words of
# how many or how heavy the demands are, with no stop in between
_DEMAND_DESCRIBED: Final = re.compile(
    r"(?:[^，,。；;：:！!？?“”「」\"]{0,30}的)?"
    r"(?:所有|一切|种种|種種|各项|各項|多项|多項|更多|诸多|諸多|全部|主要|重大|核心|合理|无理|無理|"
    r"不合理|过分|過分|苛刻|这一|這一|这些|這些|上述)*$"
)


def _demand_owners(text: str, inside: list[Mention], pos: int) -> list[Mention]:
    """拒绝|美国遣返非法移民的|要求, 同意|美国总统特朗普的所有|要求: the actor right after the
    verb that answers a demand (and those listed with it) owns the demand, whatever the phrase
    before the noun says it asks; [] when more than such a phrase stands between."""
    owners = _coordinated_before(inside[0], inside, any_type=True)
    if owners[0] is not inside[0]:
        return []
    stretch = text[owners[-1].end : pos]
    if len(stretch) < 2 or not _DEMAND_DESCRIBED.match(stretch):
        return []
    return owners


def _opens_invitation(text: str, clause: Clause, ying: int) -> bool:
    """一、应…邀请 opening its clause, or 托卡耶夫是|应外交部长李肇星的邀请…访问的: an 应
    right after 是 is the 应 of an invitation too (not 不应…, 应该)."""
    return _opens_clause(text, clause, ying) or (ying > 0 and text[ying - 1] == "是")


def _without_government_word(between: str) -> str:
    """应阿拉伯埃及共和国|政府|邀请: the government of the state named (words.tsv government_word)
    is the state inviting; the word stands between the name and the request."""
    word = next((w for w in words("government_word") if between.startswith(w)), "")
    return between[len(word) :]


def _inviter_before(text: str, clause: Clause, mention: Mention) -> bool:
    """应|武契奇|总统多次邀请: the actor right after the 应 of an invitation, which ends its
    clause, invites; the one invited goes on, not the host."""
    front = _front(mention)
    if text[front - 1 : front] != "应" or _at_request_of(text, clause.start, front) != front - 1:
        return False
    rest = text[mention.end : clause.end].rstrip("，,")
    return rest.endswith(("邀请", "之邀")) and len(rest) <= _INVITATION_TAIL


_INVITATION_TAIL: Final = 8  # 应武契奇|总统多次邀请


def _host_inside(text: str, clause: Clause, mention: Mention, boundary: int) -> bool:
    """俄罗斯和乌克兰代表团应|特朗普|要求于伊斯坦布尔举行会谈: the actor right after the 应 of a
    request or invitation that stands between the subject and the act only asks for the act;
    the ones who act are named before the 应."""
    front = _front(mention)
    if text[front - 1 : front] != "应" or _at_request_of(text, clause.start, front) != front - 1:
        return False
    return _HOST_TAIL.match(text, mention.end, boundary) is not None


# what closes the 应-phrase after its host: a few words of a post, then the request itself
_HOST_TAIL: Final = re.compile(r"[^，,。；;：:]{0,8}?(?:邀请|之邀|要求|请求)")


def _repeated(between: str) -> str:
    """The word of a request made again and again that ends ``between`` (多次, 一再)."""
    return next(w for w in words("repeatedly") if between.endswith(w))


# a mediation framed by 在 that closes after it (在吉布提主导的斡旋努力之后): its sides act after it
_MEDIATION_DONE: Final = re.compile(r"(?:努力)?(?:之后|后|下)")


def _at_request_of(text: str, start: int, pos: int) -> int:
    """Where the last 应 of 应X邀请/应X要求 stands in ``text[start:pos]``, else -1; an 应 that
    ends a word (回应, 响应, 答应: 中方回应菲方呼吁…) is none."""
    ying = text.rfind("应", start, pos)
    while ying > start and _ends_word(text, ying):
        ying = text.rfind("应", start, ying)
    return ying


def _ends_word(text: str, ying: int) -> bool:
    """回应, 响应: the 应 ends a word; but not when the character before it ends a word of its own
    (首相|应埃及总统邀请, 外相|应…: 相应 is read across a title)."""
    return is_word(text[ying - 1 : ying + 1]) and not (
        ying >= 2 and text[ying - 2 : ying] in words("title_before_ying")
    )


def _opens_clause(text: str, clause: Clause, at: int) -> bool:
    """Whether the 应 at ``at`` opens its clause (一、应…邀请, or right after a wire's dateline
    and byline: 新华社惠灵顿6月13日电(记者…)应…邀请), not 不应过高估计…."""
    return text[at] == "应" and not _clause_opening(text, clause.start, at)


# a wire's dateline and byline before the first sentence (新华社北京6月13日电(记者 张三)): the
# sentence after them opens its clause
_DATELINE_LEAD: Final = re.compile(
    r"(?:[^，,。；;：:\s]{0,24}?日[电讯])\s*(?:[(（]记者[^()（）]{0,30}[)）])?|[(（]记者[^()（）]{0,30}[)）]"
)


_FRAME_TIME_LEAD: Final = re.compile(
    r"^(?:(?:今年|去年|前年|\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:初|底|中旬|下旬|上旬)?)"
)


def _without_time_lead(opening: str) -> str:
    """随后在马来西亚斡旋下, 今年3月在中国斡旋下, 2023年应…邀请: a date or a word of sequence
    (words.tsv frame_lead) before the 在/应 that opens a framed mediation or invitation leaves
    it the frame of its clause, whose actors are named after it."""
    rest = opening[_FRAME_TIME_LEAD.match(opening).end() :]  # type: ignore[union-attr]
    lead = next((w for w in words("frame_lead") if rest.startswith(w)), "")
    rest = rest[len(lead) :].lstrip("，, ")
    return rest if rest.startswith(("应", "在")) else opening


# the words that close a clause of time (在…后, 在…之际, 在…期间, 在…时)
_TIME_CLAUSE_END: Final = re.compile(r"(?:之?后|以后|之际|期间|之?时|以来|当天|之?前|以前)[，,]?$")

_TIME_AFTER: Final = re.compile(r"了?(?:之?后|以后|之际|期间|之?时|以来|之?前|以前)")


def _time_clause(
    text: str, clause: Clause, opening: str, end: int, agents, mentions: list[Mention]
) -> bool:
    """在乌克兰遭俄罗斯入侵后,美国呼吁…: a 在 that closes on a word of time opens a clause of
    time, not the frame of an invitation or a mediation (在中方斡旋下): a deed in it that names
    the one it befalls (乌克兰, before the agent) keeps its own target, and takes none from
    the clause after it (but 在遭到以色列空袭后,伊朗…: the one struck is named after it)."""
    if not opening.startswith("在") or opening.startswith("在应"):
        return False  # 在应美方邀请访美期间: the invitation names who is invited after it
    closed = _TIME_CLAUSE_END.search(text[clause.start : clause.end])
    if not closed and not _TIME_AFTER.match(text, end):  # (在伊朗遭以色列空袭后土耳其…)
        return False
    front = _front(agents[0])
    return any(clause.start <= m.start and m.end <= front and m not in agents for m in mentions)


def _clause_opening(text: str, start: int, pos: int) -> str:
    """The words of a clause from ``start`` to ``pos`` past a list number (一、) and a wire's
    dateline and byline (新华社北京6月13日电(记者…)), which open no clause of their own."""
    head = text[start:pos].strip()
    dateline = _DATELINE_LEAD.match(head)
    if dateline is not None:
        head = head[dateline.end() :].lstrip()
    return _ENUMERATOR.sub("", head)


# words of time between the one who puts a demand forward and 提出 (库比吉|上周|提出的…要求)
_ASK_TIME: Final = re.compile(r"(?:上周|上月|日前|此前|先前|早前|近日|昨天|今天|曾经|曾|已经|已)*$")


def _asker_put_forward(text: str, start: int, pos: int, mentions: list[Mention]) -> Mention | None:
    """拒绝了|联合执政的自民党…副主席库比吉|提出的启用…的|要求: the demand answered is the one
    the actor right before 提出的 put forward (what it asks may name others: 撤销对韩国…的);
    only the words of a post, with no stop and no act, stand before that actor."""
    found = _ASK_PUT_FORWARD.search(text, start, pos)
    if found is None:
        return None
    timed = _ASK_TIME.search(text, start, found.start())  # (always matches, maybe empty)
    at = timed.start() if timed is not None else found.start()
    asker = next((m for m in reversed(mentions) if m.end == at and m.start >= start), None)
    if asker is None:
        return None
    stretch = text[start : _front(asker)]
    if len(stretch) > 30 or any(c in _PUNCT for c in stretch):
        return None
    return None if trigger_pattern().search(stretch) else asker


def _describes_inviter(text: str, start: int, front: int) -> bool:
    """应|博鳌亚洲论坛理事长|潘基文…邀请: only the words of a post, with no stop and no act,
    stand between 应 and the first inviter."""
    stretch = text[start:front]
    if len(stretch) > 16 or any(c in _PUNCT for c in stretch):
        return False
    return not stretch or not (trigger_pattern().search(stretch) or has_verb(stretch))


def _acceptance_of(text: str, clause: Clause, pos: int) -> int:
    """特朗普接受习近平(的)邀请: where the inviter's phrase opens after 接受 (the one who accepts
    was invited), else -1."""
    at = _accepted_at(text, clause, pos)
    if at == -1:
        return -1
    return at + (2 if text.startswith("接受了", at) else 1)


# a demand that is a noun: the trigger is the noun (澳大利亚的|请求|, 请求|并与…) or opens a
# relative clause of one (联合国|要求|解除…封锁的呼吁)
_DEMAND_NOUN_AFTER: Final = re.compile(
    r"(?:[^，,。；;：:！!？?]{0,20}的(?:呼吁|请求|要求|号召))?(?:[，,。；;：:！!？?并並而]|$)"
)
_ANSWER_REACH: Final = 16
# a demand its owner put forward, what it asks between (华为|提出的重新考虑该决定的|请求): the
# owner still asked; the answer may then stand further back
_ASK_PUT_FORWARD = re.compile(r"(?:所|曾)?提出(?:了|过)?的(?:[^，,。；;：:！!？?]{0,40}的)?$")
_ASK_PUT_FORWARD_REACH: Final = 80


# statuses of an answer to a demand that leave the demand made (没有响应, 如果美国拒绝朝方要求,
# 愿意接受俄方的要求)
_ANSWER_DENIED: Final = frozenset({"negated", "hypothetical", "intended"})


def _answered_ask(text: str, clause: Clause, pos: int, action: Action) -> bool:
    """拒绝了|澳大利亚的请求, 没有响应|中国的呼吁, 如果美国拒绝|朝方要求: the demand its owner
    made stands; a negation or a condition bears only on the answer to it."""
    trig = action.trigger
    if action.frame != "passive" or trig.event_type != "REQUEST":
        return False
    return _answer_at(text, clause, pos, trig) is not None


def _answer_at(text: str, clause: Clause, pos: int, trig: Trigger) -> tuple[int, int] | None:
    """无视|澳大利亚的请求, 响应|中国的呼吁, 反对|联合国要求…的呼吁: where the verb that answers a
    demand the trigger names as a noun opens (words.tsv demand_answered: 无视, 响应, 拒绝…,
    within a short reach before ``pos`` in its clause) and where the asker's phrase after it
    opens; None without one. The owner of the demand asked the clause's subject; answering
    it is no demand of the subject's."""
    if not _DEMAND_NOUN_AFTER.match(text, pos + len(trig.word)):
        return None
    reach = _ANSWER_REACH
    if _ASK_PUT_FORWARD.search(text, max(clause.start, pos - _ASK_PUT_FORWARD_REACH), pos):
        reach = _ASK_PUT_FORWARD_REACH  # 拒绝了|…库比吉提出的启用…的|要求
    start = max(clause.start, pos - reach)
    at = max((text.rfind(w, start, pos) for w in words("demand_answered")), default=-1)
    if at == -1:
        return None
    verb = next(w for w in words("demand_answered") if text.startswith(w, at))
    end = at + len(verb)
    return at, (end + 1 if text.startswith("了", end) else end)


def _accepted_at(text: str, clause: Clause, pos: int) -> int:
    at = text.rfind("接受", clause.start, pos)
    return at if at != -1 and pos - at <= 16 else -1


def _reversed_frame(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    trig: Trigger,
    mentions: list[Mention],
    status,
    agents,
    discourse: Discourse,
) -> Iterator[Action]:
    """The agents act on the topic of the sentence (the one who receives or is invited); after
    被/遭到 on the actor right before the marker (大使…被戴秉国召见 → the ambassador)."""
    clause = clauses[index]
    described = _passive_described(text, pos + len(trig.word), mentions)
    charged = _charged_described(text, clause, pos, trig.word, agents[0], mentions)
    targets = (
        described
        if described
        else charged
        if charged is not None
        else _patient(text, clause, agents[0], mentions)
        or (
            []
            if _unnamed_patient(text, clause, agents[0], mentions)
            else _topic_group(
                text, clauses, index, mentions, agents, _on_every_side(text, trig, agents)
            )
        )
    )
    if _authored_patient(text, clause, agents[0], mentions) or _thing_patient(
        text, clause, agents[0], mentions
    ):
        targets = []
    if not described and charged:  # 将|被国际刑事法院指控…的巴希尔|排除在外: a charge a relative
        status = "asserted"  # clause presupposes is made, whatever the mood of the main verb
    if not described and _relative_after_verb(text, clause, agents[0], pos + len(trig.word)):
        targets = []  # 乌干达接收|被美国遣返的|移民: the migrants are sent back, not Uganda
    accepted = _accepted_at(text, clause, pos)
    answer = _answer_at(text, clause, pos, trig) if trig.event_type == "REQUEST" else None
    if answer is not None:
        accepted = answer[0]  # 所罗门群岛无视|澳大利亚的请求: who is asked
    if accepted != -1 and accepted < _front(agents[0]):  # 他又称接受习近平邀请: who accepts
        targets, _ = _subjects(text, clauses, index, accepted, mentions, agents)
    opening = _clause_opening(text, clause.start, pos)  # 一、应…邀请, …日电(记者…)应…邀请
    opening = _without_time_lead(opening)  # 随后|在马来西亚斡旋下, 今年3月|在中国斡旋下
    openers = ("应", "在", *_THROUGH) if "parties" in trig.objects else ("应", "在")
    if opening.startswith(openers) and not _time_clause(
        text, clause, opening, pos + len(trig.word), agents, mentions
    ):
        # who is invited (or whose talks are mediated) acts next
        later = [m for m in mentions if m.start >= clause.end and can_be_subject(text, m)]
        later = _titled_person_first(text, later)
        targets = _expand_compound(later[0], mentions) if later else []
        if targets and "parties" in trig.objects:  # 在中方斡旋下,缅军同若开军…: both sides
            targets = targets + _partner_after(text, targets[-1], mentions)
    if not targets and _move_suffers(text, clause, agents[0]):
        answered = discourse.counterpart(agents[0], pos, trig)  # 这一决定遭到德国反对: the
        targets = [answered] if answered is not None else []  # one who decided is opposed
    if not targets and "parties" in trig.objects:  # 协议是在美国斡旋下达成的
        exchange = _exchange_named(text, clause, pos)  # 这次换俘由阿联酋居中斡旋
        yield from _mediated(agents, trig, pos, status, discourse, exchange)
        return
    agents = [_apposed(text, a, mentions) or a for a in agents]  # 获伊朗盟友|俄罗斯|支持
    if trig.predicate.name == "vetoes":  # 决议草案得到中国等14国支持,但被俄罗斯否决
        targets = _veto_targets(targets, discourse, pos)
    if "expulsion" in trig.flags and targets and _envoys_of(text, clause, pos, targets):
        # 两名俄罗斯外交官被挪威驱逐出境: the deported are envoys, their country is expelled
        trig = replace(trig, predicate=predicates()["expelsDiplomatsOf"])
    for agent in agents:
        for target in targets:
            if agent.actor.key != target.actor.key and not _own_country(agent, target):
                confidence = _confidence(agent, target, "passive", True)
                yield Action(agent, target, trig, pos, status, confidence, "passive")


# the kinds of body a veto is cast in (organizations.tsv)
_VOTING_BODIES: Final = frozenset({"igo", "regional", "legislature"})


def _veto_targets(targets: list[Mention], discourse: Discourse, pos: int) -> list[Mention]:
    """A veto is cast in a body (the dev golds: 俄罗斯投了否决票 → RUS REJECT UNSC), never at
    the states that backed the draft it kills (中美立场一致,俄罗斯一票否决; 决议草案得到中国
    等14国支持,但被俄罗斯否决): the bodies among the targets found, else the body in focus;
    with no body in focus, 否决 is any rejection (伊朗否决了美国的提议): the targets found."""
    gaz = load_gazetteer()
    bodies = [t for t in targets if kind_of(gaz, t.actor) in _VOTING_BODIES]
    if bodies:
        return bodies
    body = discourse.body(pos)
    return [body] if body is not None else targets


def _own_country(agent: Mention, target: Mention) -> bool:
    """遭俄外交部视为不受欢迎人士的…(from 俄方): an organ does nothing to its own country, nor
    a country to its own organ (a country's army may still detain its own president). An armed
    group or party based in the country is no organ of it (库尔德工人党被土耳其列为恐怖组织)."""
    return (
        target.actor.type == "Country"
        and agent.actor.country == target.actor.key
        and _state_part(agent.actor)
    ) or (
        agent.actor.type == "Country"
        and target.actor.country == agent.actor.key
        and _state_part(target.actor)
    )


def _cosponsor(text: str, clause: Clause, pos: int, body: Mention, mentions: list[Mention]) -> bool:
    """The body in focus stands before the proposal in its own clause, free of any preposition
    (英国和|欧盟|正式提交…草案): it is one of those who put the proposal, not its addressee."""
    return any(
        m.actor.key == body.actor.key
        and clause.start <= m.start
        and m.end <= pos
        and can_be_subject(text, m, strict=False)  # (英国和|欧盟: 和 joins two subjects)
        and not text[m.end : pos].startswith("的")
        for m in mentions
    )


def _move_suffers(text: str, clause: Clause, agent: Mention) -> bool:
    """这一决定遭到德国反对: the clause opens with a move referred back to (words.tsv
    move_after) that suffers what the agent does: the response answers whoever made it."""
    head = text[clause.start : _front(agent)].lstrip(" ,，")
    move = next((w for w in words("move_after") if head.startswith(w)), None)
    return move is not None and head[len(move) :].rstrip("了过").endswith(_PASSIVE)


def _passive_described(text: str, end: int, mentions: list[Mention]) -> list[Mention]:
    """得到卢旺达支持的|M23运动, 受到美国制裁的|伊朗: a passive that describes a noun acts on the
    actor it describes, not on whoever stands before its marker (卢旺达国防军和得到…); on each
    actor of a list it describes, also after a word for their kind (受到美国制裁的国家——古巴、
    委内瑞拉和尼加拉瓜)."""
    if text[end : end + 1] != "的":
        return []
    at = end + 1
    kind = _KIND_BEFORE_NAMES.match(text, at)
    first = next((m for m in mentions if _front(m) == at and m.via != "place"), None)
    if first is None and kind is not None:
        at = kind.end()
        first = next((m for m in mentions if _front(m) == at and m.via != "place"), None)
    if first is None:
        return []
    listed = _coordinated_before(first, mentions)
    return [m for m in listed if m.start >= first.start and m.via != "place"]


def _charged_described(
    text: str, clause: Clause, pos: int, word: str, agent: Mention, mentions: list[Mention]
) -> list[Mention] | None:
    """被国际刑事法院指控犯下战争罪的|内塔尼亚胡: a passive charge (words.tsv charge_verb) whose
    charge runs on to 的 and an actor describes that actor, as 受到美国制裁的伊朗 does, not
    whoever stands before its marker; a country that only says where the person described
    comes from (…的|苏丹|领导人巴希尔) is charged with nothing, and nobody named is (None: the
    charge describes no actor after it)."""
    if word not in words("charge_verb") or text[_front(agent) - 1 : _front(agent)] != "被":
        return None
    end = pos + len(word)
    de = text.find("的", end, min(clause.end, end + _RELATIVE_DE_REACH))
    charge = text[end:de]
    if de == -1 or not charge or any(c in _PUNCT for c in charge) or not has_verb(charge):
        return None
    if any(end <= m.start < de for m in mentions):
        return None  # 被指控向|俄罗斯|提供武器的…: the 的 closes another phrase
    described = _passive_described(text, de, mentions)
    if not described:
        return None
    gaz = load_gazetteer()
    return [
        m
        for m in described
        if not (m.actor.type in {"Country", "Region"} and title_at(gaz, text, m.end))
    ]


# the kind of the actors a passive describes, before their names (的国家——古巴、委内瑞拉)
_KIND_BEFORE_NAMES: Final = re.compile(r"(?:国家|政府|政权|组织|成员国)(?:——|—|:|：)?")


def _partner_after(text: str, side: Mention, mentions: list[Mention]) -> list[Mention]:
    """The side a 与/同/和/跟 right after ``side`` joins to it (以色列|与|哈马斯达成…)."""
    following = [m for m in mentions if m.start > side.end]
    if following and text[side.end : following[0].start] in _BOTH_LINKS:
        return [following[0]]
    for mention in following[:3]:  # 以色列在8月13日和9月11日,分别与|阿联酋、巴林|达成…
        if _inside_under_frame(text, side.end, mention):
            continue  # 安理会…,并在|俄罗斯与中国|的支持下召开会议: helpers, no partners
        if text[_front(mention) - 1 : _front(mention)] in _JOINT_PARTNER:
            return _expand_compound(mention, mentions)
    return []


def _inside_under_frame(text: str, start: int, mention: Mention) -> bool:
    """Whether ``mention`` stands inside a 在…下 frame (在俄罗斯与中国的支持下) that opens after
    ``start``: who backs or mediates is framed, not joined to the side before it."""
    return any(
        f.start() < mention.start and mention.end < f.end()
        for f in _UNDER_FRAME.finditer(text, start, mention.end + _UNDER_FRAME_TAIL)
    )


_UNDER_FRAME_TAIL: Final = 12  # 的支持下, 的积极斡旋下: how far past the actor its frame may close


def _titled_person_first(text: str, later: list[Mention]) -> list[Mention]:
    """中共中央|政治局常委、国务院副总理|韩正: a body that only opens the titles of the person
    named right after them gives way to that person."""
    if len(later) < 2 or later[0].actor.type == "Person" or later[1].actor.type != "Person":
        return later
    between = text[later[0].end : _front(later[1])]
    if len(between) > 20 or any(c in _CLAUSE_MARKS and c != "、" for c in between):
        return later
    if trigger_pattern().search(between) or has_verb(between.replace("、", "")):
        return later
    return later[1:]


def _unnamed_patient(text: str, clause: Clause, agent: Mention, mentions: list[Mention]) -> bool:
    """部分据信|获|卢安达政府支持: the clause opens with a plain noun that names no actor (the
    armed groups' 部分) before the passive marker: it is who suffers or receives the act, and
    the topic of an earlier clause is not."""
    front = _front(agent)
    head = text[clause.start : front].lstrip(" ，,“”\"'「」")
    if not head.endswith(_PASSIVE) or any(clause.start <= m.start < front for m in mentions):
        return False
    opening = _tag(head[:6])
    return bool(opening) and opening[0][1] == "n" and len(opening[0][0]) >= 2


def _patient(text: str, clause: Clause, agent: Mention, mentions: list[Mention]) -> list[Mention]:
    """The actor just before the passive marker of ``agent`` in its clause, if any."""
    found = _before_passive(text, clause, agent, mentions)
    if found is None or (
        len(_WHEN_FRAME.sub("", _TIME_SPAN.sub("", found[1]))) > 8
        and not _list_goes_on_unnamed(found[1])
    ):
        return []  # (日本公民|在1960年代与1970年代|遭北韩绑架: when is no distance; nor is
        # 记者|日前在明尼苏达抗议时两度|遭美国警方开枪警告: what they were doing then)
    last, between = found
    framed = _field_frame_subject(text, clause, last, between, mentions)
    if framed is not None:  # 索马里政府|在打击青年党方面|得到美国的支持: who gets it
        return _list_ending_at(text, clause, framed, mentions) if framed else []
    if _alleged_by(text, last, between):  # M23被联合国指控|获|卢旺达支持: M23 is supported
        outer = _before_passive(text, clause, last, mentions)
        if outer is not None:
            last, between = outer
    coverb = text[max(clause.start, _front(last) - 1) : _front(last)]
    if coverb in _OBJECT_COVERBS and (has_verb(between) or between.startswith("的")):
        # 因向|中国|出售武器而受到美国的压力, 向|机构|的报告遭到…: the object of what the
        # patient did or said, not the patient (对大使12号被…召见: the patient after 对)
        return []
    if _place_of_relative(text, clause, last, between):
        return []  # 一枚进入|以色列领空|的火箭被…拦截: the thing is no one's, the actor a place
    if _in_reason_phrase(text, clause, last):
        return []  # 美企因军售|台湾|遭中国制裁: who sold to whom is the reason, not the patient
    return _list_ending_at(text, clause, last, mentions)


_LIST_TAIL_OPENERS: Final = ("以及", "及", "和", "、")

# what closes a 在-frame of the field an actor is named in (在打击青年党|方面, 在伊核|问题上)
_FIELD_FRAME_CLOSE: Final = re.compile(r"的?(?:方面|问题上|领域)")


def _field_frame_subject(
    text: str, clause: Clause, last: Mention, between: str, mentions: list[Mention]
):
    """索马里政府在打击|青年党|方面一直得到美国的支持: an actor inside a 在…方面 (问题上, 领域)
    frame that closes right before the passive marker only names the field; the one who
    suffers or gets the act is the actor before the 在 (None: no such frame; []: no actor)."""
    if not _FIELD_FRAME_CLOSE.match(between):
        return None
    at = text.rfind("在", clause.start, _front(last))
    if at == -1 or any(c in _PUNCT for c in text[at : last.start]):
        return None
    before = [m for m in mentions if clause.start <= m.start and m.end <= at]
    return before[-1] if before else []


def _list_goes_on_unnamed(between: str) -> bool:
    """昂山素季|及民盟部分高级官员|被军方扣押: the list of patients goes on with people no actor
    names; the named ones before it suffer the act however long that tail is (no verb in it)."""
    return between.startswith(_LIST_TAIL_OPENERS) and not has_verb(between)


def _list_ending_at(
    text: str, clause: Clause, last: Mention, mentions: list[Mention]
) -> list[Mention]:
    """总统温敏、国务资政昂山素季及民盟官员|被军方扣押: every member of the list that ends at the
    patient suffers the act, as every member of a list after an active verb does."""
    for first in mentions:
        if first.start < clause.start or first.start >= last.start:
            continue
        group = _with_coordinated(text, clause, first, mentions)
        if last in group:
            return group[: group.index(last) + 1]
    return [last]


def _in_reason_phrase(text: str, clause: Clause, mention: Mention) -> bool:
    """Whether ``mention`` stands in a reason phrase (words.tsv reason: 因, 由于…) its clause
    opens after its subject, with no break before it (美企因军售|台湾|遭中国制裁; but a clause
    that opens with the reason, 由于认为美洲国家组织干涉…, names what the sentence is about)."""
    head = text[clause.start : _front(mention)]
    if not any(word in head for word in words("reason")):
        return False
    opener = max(head.rfind(word) for word in words("reason"))
    if not head[:opener].strip(" ,，") or head.startswith("此", opener + 1):
        return False
    return not any(c in _PUNCT for c in head[opener:])


# what the patient was doing when it suffered the act (在上海报道示威时, 在明尼苏达抗议时):
# a frame of time too, with no pause in it
_WHEN_FRAME: Final = re.compile(r"在[^，,。；;：:、“”\"]{1,14}?(?:时|期间)")


# a time when something happened, as it may stand between a patient and its passive marker
_TIME_SPAN: Final = re.compile(
    r"在?(?:[\d一二三四五六七八九十〇零]+(?:年代|年|月|日|世纪)(?:初|末|中期)?[与和及至到、]?)+"
)


def _alleged_by(text: str, agent: Mention, between: str) -> bool:
    """被|联合国|指控(获…支持): ``agent`` is itself the agent of a passive accusation or
    statement right before another passive marker; what is said is about the actor before 被."""
    if not between or text[_front(agent) - 1 : _front(agent)] != "被":
        return False
    if between in speech_verbs():
        return True
    trig = trigger_for(between)
    return trig is not None and trig.event_type == "ACCUSE"


def _thing_patient(text: str, clause: Clause, agent: Mention, mentions: list[Mention]) -> bool:
    """Whether what the passive acts on is a thing a relative clause describes by a place
    (一枚进入以色列领空的火箭被以色列空军拦截): no actor receives the act, not even the topic."""
    found = _before_passive(text, clause, agent, mentions)
    if found is None:
        return False
    last, between = found
    return len(between) <= 8 and _place_of_relative(text, clause, last, between)


def _before_passive(
    text: str, clause: Clause, agent: Mention, mentions: list[Mention]
) -> tuple[Mention, str] | None:
    """The last actor before the passive marker in front of ``agent`` (X…被|agent), and the
    words between them; None without a marker or an actor before it."""
    front = _front(agent)
    if front - 1 > clause.start and text[front - 1] in "了过":
        front -= 1  # 哈马斯和真主党都得到了|伊朗的支持: past the aspect particle, as _passive_head
    marker = next((p for p in _PASSIVE if text[max(clause.start, front - len(p)) : front] == p), "")
    before = [m for m in mentions if clause.start <= m.start and m.end <= front - len(marker)]
    if not marker or not before:
        return None
    return before[-1], text[before[-1].end : front - len(marker)]


def _place_of_relative(text: str, clause: Clause, mention: Mention, between: str) -> bool:
    """Whether ``mention`` is what a verb right before it reaches inside a relative clause
    (进入|以色列领空|的火箭, 飞越|波兰|的无人机): the head noun after 的 is no act of the actor."""
    front = _front(mention)
    verb = text[max(clause.start, front - 2) : front]
    return "的" in between[:4] and len(verb) == 2 and has_verb(verb)


def _authored_patient(text: str, clause: Clause, agent: Mention, mentions: list[Mention]) -> bool:
    """由英国起草但获…支持的声明: what is passively acted on was made by the actor before the
    marker (由X…, the agent of another act); it is a thing, and neither X nor the topic
    receives the act."""
    found = _before_passive(text, clause, agent, mentions)
    if found is None:
        return False
    last, between = found
    by = text[_front(last) - 1 : _front(last)] == "由"
    return by and 0 < len(between) <= 8 and not any(c in _PUNCT for c in between)


_OBJECT_COVERBS: Final = frozenset("向对给")
_THROUGH: Final = ("经过", "经")
_UNDER: Final = compile_pattern(r"(?:[和与及][\u4e00-\u9fff]{1,3})?下", wide=True)
_ENUMERATOR: Final = re.compile(r"^[(（]?[一二三四五六七八九十\d]{1,2}[、.．)）]")


def _on_every_side(text: str, trig: Trigger, agents: list[Mention]) -> bool:
    """Whether a framed act is on every member of a coordinated topic: a mediation, or the
    request of a host the 应 before it names (俄罗斯和乌克兰|应美国邀请…: both are invited)."""
    front = _front(agents[0])
    return "parties" in trig.objects or (
        trig.event_type == "REQUEST" and text[front - 1 : front] == "应"
    )


def _topic_group(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention], agents, sides: bool
) -> list[Mention]:
    """沙特和伊朗在中国的斡旋下…: a mediator (``sides``) deals with every member of a
    coordinated topic; any other framed act is on the first."""
    found = _topic(text, clauses, index, mentions, exclude=agents)
    if not found or not sides:
        return found
    taken = {(m.start, m.actor.key) for m in agents}
    if found[0].group is not None:  # 中俄两国外长应伊朗邀请…: the members of a compound
        return _group_of(found[0], mentions)
    group = _coordinated_before(found[0], mentions, taken, any_type=True)
    if len(group) == 1:  # 伊朗|与|沙特在北京斡旋下…: 与 joins the sides before the frame
        partner = _partner_after(text, group[0], mentions)
        if partner and (partner[0].start, partner[0].actor.key) not in taken:
            group = group + partner
    return group


_FRAMED_HELPER: Final = re.compile(r"在[^,，。;；]{1,24}下$")
_UNDER_FRAME: Final = re.compile(r"在[^,，。;；]{1,24}下")


def _sides_before_helper(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    subjects,
    trig: Trigger,
    mentions: list[Mention],
) -> list[Mention]:
    """缅甸政府与果敢同盟军在中方斡旋和促推下,在云南昆明举行和谈; 以色列与哈马斯在卡塔尔和埃及
    的调解下举行间接谈判: the subject read for talks (or any symmetric act) with no partner of
    its own is inside a mediation framed by 在…下 (words.tsv mediating) that opens right after
    a pair named together (A与B, A和B): the pair acts with each other, the mediators help.
    The frame ends the act's clause or the one before it, whose pair the act's clause (with no
    subject of its own) goes on with."""
    if not subjects or trig.event_type not in SYMMETRIC_TYPES:
        return []
    start = clauses[index - 1].start if index else clauses[index].start
    frame = next(
        (f for f in _UNDER_FRAME.finditer(text, start, pos) if f.end() > subjects[-1].start), None
    )
    if frame is None:
        return []
    zai = frame.start()
    if not any(w in frame.group() for w in words("mediating")):
        return []
    if any(
        frame.end() <= m.start < pos and text[m.start - 1] != "在" and can_be_subject(text, m)
        for m in mentions
    ):
        return []  # the act names a subject of its own after the frame (not where: 在多哈)
    before = [m for m in mentions if m.end == zai]
    if not before:
        return []
    sides = _coordinated_before(before[0], mentions, any_type=True)
    keys = {m.actor.key for m in sides}
    inside = all(zai < m.start < frame.end() for m in subjects)
    if len(sides) < 2 or not (inside or all(m.actor.key in keys for m in subjects)):
        return []
    return sides


def _framed_helper(text: str, start: int, pos: int, mentions: list[Mention]) -> bool:
    """沙特和伊朗|在中国的斡旋下|恢复外交关系: a mediation framed by 在…下 between the subjects
    and their act names a helper of the act, not the subjects as mediators."""
    match = _FRAMED_HELPER.search(text, start, pos)
    return match is not None and any(
        match.start() < m.start and m.end < pos for m in mentions if m.start >= start
    )


def _topic(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention], exclude
) -> list[Mention]:
    skip = {(m.start, m.actor.key) for m in exclude}
    verbs = speech_verbs()
    for clause in clauses[: index + 1]:
        for mention in mentions:
            if (
                clause.start <= mention.start < clause.end
                and (mention.start, mention.actor.key) not in skip
            ):
                rest = text[mention.end : clause.end]
                if _in_reason_phrase(text, clause, mention):
                    continue  # 美企因军售|台湾|遭中国制裁: a reason names no topic
                if can_be_subject(text, mention) and not any(v in rest for v in verbs):
                    return [mention]
    return []


_SPEECH_TYPES: Final = {"THREATEN", "ACCUSE", "REQUEST", "PROTEST"}


def said_act(trig: Trigger) -> bool:
    """An act done in words (谴责, 敦促, 支持, 警告): the one who says it does it."""
    return "utterance" in trig.flags or trig.event_type in _VERBAL | _SPEECH_TYPES


def _harm_to_both(text: str, clauses: list[Clause], first: int) -> bool:
    """若美方加征关税,将对两国经济带来严重影响: a warning whose consequence falls on both sides
    (words.tsv both_sides, then a harm word within a few characters) foretells harm, it
    threatens no act of the one who warns."""
    rest = text[clauses[first].start : clauses[-1].end]
    for side in words("both_sides"):
        at = rest.find(side)
        if at != -1 and _names_harm(rest[at : at + _HARM_REACH]):
            return True
    return False


_HARM_REACH: Final = 12


def _damaged_cooperation(text: str, clause: Clause, pos: int, end: int) -> bool:
    """破坏|中美两国经贸合作, 对中美正常经贸合作|造成破坏: a cooperation a wrong hurts (words.tsv
    damage before it, damaged right after it) is what the speaker blames, no act of its sides."""
    return _damage_word_governs(
        text, max(clause.start, pos - _HARM_REACH), pos, words("damage")
    ) or text[end : min(clause.end, end + _DAMAGED_REACH)].startswith(tuple(words("damaged")))


def _damaged_talks(text: str, clause: Clause, pos: int, end: int) -> bool:
    """破坏|与国际原子能总署（IAEA）数月来的|互动, 损害|美国与俄罗斯之间的|对话, 抹黑|中国同新西兰
    各界的正常友好|交往: talks between sides that a damage or smear word (words.tsv damage, smear)
    names (a word of joining, _WITH, between it and the talks) are what a wrong hurts, no talks
    held (no gold of the readable sets reads them as held). Talks named bare (破坏谈判) are
    those in focus, which were held; so are talks that modify a noun (破坏了中美元首会晤|的成果)."""
    if text.startswith("的", end):
        return False
    start = max(clause.start, pos - _TALKS_HARM_REACH)
    harms = (*words("damage"), *words("smear"))
    return _damage_word_governs(text, start, pos, harms, between_sides=True)


def _damage_word_governs(
    text: str, start: int, pos: int, harms: Iterable[str], between_sides: bool = False
) -> bool:
    """Whether a word of ``harms`` after ``start`` takes the act at ``pos`` as its object
    (_damage_governs); ``between_sides``: with a word of joining (_WITH) naming the act's sides
    between them (破坏|与…的|互动). The check of _damaged_cooperation and _damaged_talks."""
    for word in harms:
        at = text.rfind(word, start, pos)
        if at == -1:
            continue
        if between_sides and not any(c in _WITH for c in text[at + len(word) : pos]):
            continue
        if _damage_governs(text, at, at + len(word), pos):
            return True
    return False


def _damage_governs(text: str, at: int, after: int, pos: int) -> bool:
    """破坏|中美两国经贸|合作: the damage word takes the cooperation as its object, with no verb
    or list between (排除干扰|加强合作, 不受干扰地深化合作, 克服干扰、加强合作 strengthen it) and
    not warded off (words.tsv ward_off: 排除, 克服, 不受 before it, maybe with a modifier between:
    抵御外部冲击). A verb that fosters the cooperation (words.tsv fosters: 抵制外部干扰|深化|合作,
    which jieba tags no verb) takes it itself, and 下 closes a frame the damage word ends
    (在疫情冲击|下|中国与东盟深化合作)."""
    between = text[after:pos]
    if has_verb(between) or any(c in between for c in "、地") or between.startswith("下"):
        return False
    if any(w in between for w in words("fosters")):
        return False
    return not any(w in text[max(0, at - _WARD_REACH) : at] for w in words("ward_off"))


# 排除|外部|干扰, 抵御|外部|冲击: how far before a damage word a word warding it off may begin
_WARD_REACH: Final = 4


_DAMAGED_REACH: Final = 8

#: how far before talks a damage word may begin: talks are named with their sides and a span
#: of time between (破坏|与国际原子能总署（IAEA）数月来的|互动)
_TALKS_HARM_REACH: Final = 24


def _names_harm(stretch: str) -> bool:
    """Whether ``stretch`` holds a word of harm (words.tsv harm: 损害, 影响…)."""
    return any(h in stretch for h in words("harm"))


_OWNER_OF: Final = re.compile("[\u4e00-\u9fff]{0,2}的")


def _harmed_by_owned(
    text: str,
    clauses: list[Clause],
    first: int,
    owner: Mention,
    mentions: list[Mention],
    trig: Trigger,
) -> Mention | None:
    """萧兹警告,西方伙伴的制裁…将对俄罗斯经济造成进一步损害: a warning that opens with a side's
    measure (the side then 的) and says whom it will harm (对 X, then a harm word of words.tsv
    harm) is aimed at the one harmed, not at the side whose measure it is."""
    if trig.event_type != "THREATEN" or not _OWNER_OF.match(text, owner.end):
        return None  # (西方|伙伴的|制裁: a noun of the side may stand before 的)
    stop = clauses[-1].end
    for mention in mentions:
        front = _front(mention)
        if mention.start < clauses[first].start or text[front - 1 : front] != "对":
            continue
        if _same_side(mention, owner) or mention.group is not None:
            continue  # (对中美关系造成损害: a pair's relations are no one side harmed)
        if _names_harm(text[mention.end : min(stop, mention.end + _HARM_REACH)]):
            return mention
    return None


def _next_clause_target(
    text: str, clauses: list[Clause], index: int, end: int, trig: Trigger, mentions: list[Mention]
):
    """中国大使警告,欧盟的制裁将…: a speech act that ends its clause is aimed at the actor
    that opens the next clause (after 称/说 only when that clause is a condition: 警告说,如果
    以色列…), else at the first actor a preposition governs in what it says (西共体威胁称,
    如果…,将对尼日尔采取军事行动)."""
    if trig.event_type not in _SPEECH_TYPES:
        return [], ""
    said = "after" not in trig.objects
    if said and not _threat_said(trig):
        return [], ""
    clause = clauses[index]
    rest = text[end : clause.end].strip(' ,，:：“"')
    if rest and rest not in speech_verbs() or index + 1 >= len(clauses):
        return [], ""
    start = end - len(trig.word)
    de = text.rfind("的", max(clause.start, start - _NOUN_REACH), start)
    if de != -1 and any(m.end == de for m in mentions):
        return [], ""  # 否决了安理会的停火要求,…: X's demand, a noun, says nothing next
    if _answered_demand(text, clause, start, mentions):
        return [], ""  # 如果美国拒绝朝方要求,朝美…: X's demand, answered, says nothing next
    nxt = clauses[index + 1]
    if opens_with(text[nxt.start : nxt.end].lstrip(' “"'), 0, "contrast_opener"):
        return [], ""  # 德国表示不满,而意大利则投了支持票: the next clause sets a side against it
    opener = _condition_opener(text, nxt.start)  # 警告,如果菲方一意孤行,…: whom it warns
    if said and not opener:
        return [], ""  # 扬言,以色列将…: only a condition names whom a threat said is aimed at
    if not opener and _about_this(text, clause.start, start):
        return [], ""  # 法国已就此表达关切,特朗普警告…: it answers what was just reported
    if trig.event_type == "THREATEN" and opener and _harm_to_both(text, clauses, index + 1):
        return [], ""  # 警告,若美方加征关税,将对两国经济带来严重影响: a consequence, no threat
    for mention in mentions:
        if nxt.start <= mention.start < nxt.end and (not rest or opener):  # (警告说,如果…)
            if _topic_of_clause(text, mention):
                break  # 中方坚决反对,“台湾问题”是…红线: the clause opens on a topic, no one
            if _front(mention) - nxt.start - opener <= 1 and not _opens_statement(text, mention):
                harmed = _harmed_by_owned(text, clauses, index + 1, mention, mentions, trig)
                if harmed is None:  # 警告,如果|美国和韩国|…, 呼吁,|印度和巴基斯坦|保持克制:
                    return _sides_named(text, nxt, mention, mentions), "next"  # each side named
                return [harmed], "next"
            break
    if trig.event_type == "THREATEN" and opener:  # 警告,若…再次发生,南韩将付出代价
        befallen = _befallen_after_condition(text, clauses, index + 1, mentions)
        if befallen is not None:
            return [befallen], "next"
    for later in clauses[index + 1 :] if "wish" not in trig.flags else ():
        for mention in mentions:
            if later.start <= mention.start < later.end and mention.via != "place":
                before = text[_front(mention) - 1 : _front(mention)]
                if before in _TO and _real_coverb(text, _front(mention) - 1):
                    return [mention], "next"
    if trig.event_type == "THREATEN" and not rest and _opens_with_intention(text, nxt):
        for mention in mentions:  # 胡塞武装警告,将袭击所有美国军舰: whom the move it announces hits
            if nxt.start <= mention.start < nxt.end and mention.via not in {"place", "media"}:
                return [mention], "next"
    return [], ""


def _threat_said(trig: Trigger) -> bool:
    """扬言,若南韩轻举妄动,将…: a threat made by saying it, with no target of its own after it,
    is aimed like a warning at the side the condition of the next clause names."""
    return trig.event_type == "THREATEN" and "utterance" in trig.flags and "inside" in trig.objects


def _befallen_after_condition(
    text: str, clauses: list[Clause], first: int, mentions: list[Mention]
) -> Mention | None:
    """金与正警告,若类似挑衅行为再次发生,南韩将付出代价: a warning whose condition names no
    actor is aimed at the actor that opens the clause after the condition, when that clause
    foretells what befalls it (triggers.tsv flag foretold: 付出…代价, 引火烧身)."""
    condition = clauses[first]
    if first + 1 >= len(clauses) or any(
        condition.start <= m.start < condition.end for m in mentions
    ):
        return None
    consequence = clauses[first + 1]
    opening = next(
        (
            m
            for m in mentions
            if consequence.start <= m.start < consequence.end
            and _front(m) - consequence.start - _lead_length(text, consequence) <= 0
            and m.via not in {"place", "media"}
        ),
        None,
    )
    if opening is None:
        return None
    foretold = any(
        not isinstance(t, str) and "foretold" in t.flags
        for _, t in find_triggers(text, opening.end, consequence.end)
    )
    return opening if foretold else None


def _topic_of_clause(text: str, mention: Mention) -> bool:
    """台湾|问题, “台湾|问题”: an actor a topic word follows (words.tsv topic), a closing quotation
    mark between them or not, names what something is about; it is addressed by nothing."""
    return opens_with(text, mention.end, "topic") or (
        text[mention.end : mention.end + 1] in _CLOSING_QUOTES
        and opens_with(text, mention.end + 1, "topic")
    )


def _answered_demand(text: str, clause: Clause, start: int, mentions: list[Mention]) -> bool:
    """拒绝朝方要求, 满足了乌方要求: an actor right before the trigger, itself right after a
    verb that answers a demand (words.tsv demand_answered), owns the demand, a noun; the
    demand is no speech act of the clause's subject."""
    owner = next((m for m in mentions if m.end == start and m.start >= clause.start), None)
    if owner is None:
        return False
    return text[clause.start : _front(owner)].rstrip("了").endswith(words("demand_answered"))


@lru_cache(maxsize=1)
def _intention_openers() -> tuple[str, ...]:
    return tuple(w for w, c in cues().items() if c.kind == "intended" and c.position == "before")


def _opens_with_intention(text: str, clause: Clause) -> bool:
    """将袭击…, 计划袭击…: a clause that opens with an intention cue announces a move."""
    return text.startswith(_intention_openers(), clause.start + _lead_length(text, clause))


def _lead_length(text: str, clause: Clause) -> int:
    body = text[clause.start : clause.end]
    return len(body) - len(body.lstrip(' “"「'))


_STATEMENT_REACH: Final = 3
_NOUN_REACH: Final = 3  # X的 this close before a speech act makes it X's noun (安理会的停火|要求)


def _opens_statement(text: str, mention: Mention) -> bool:
    """表示不满,外交部发言人表示,…: an actor whose own statement verb follows it within a few
    characters speaks next; it is not whom the speech act before it is aimed at."""
    window = text[mention.end : mention.end + _STATEMENT_REACH + 2]
    return any(window.find(verb, 0, _STATEMENT_REACH + 1) >= 0 for verb in speech_verbs())


def _condition_opener(text: str, start: int) -> int:
    """The length of a condition word (如果, 若, 一旦) opening a clause at ``start``, or 0."""
    head = text[start : start + 4]
    for word in opening_cues():
        if head.startswith(word):
            return len(word)
    return 0


def same_side(a: Mention, b: Mention) -> bool:
    """Whether two mentions are one side (an actor, its organs and its people)."""
    return _same_side(a, b)


def _same_side(a: Mention, b: Mention) -> bool:
    """印度 and 印度空军 are one side: an actor does not act on itself, its own organs or its
    officials. A country's legislature, courts, parties, opposition and private people are not
    its government's side (委内瑞拉政府 rejects 委内瑞拉议会)."""
    ka, kb = a.actor.key, b.actor.key
    if ka == kb:
        return True
    if _one_post_held_by_both(a.actor, b.actor):
        return False  # 特朗普祝贺拜登, 奥巴马批评特朗普: a post has one holder at a time
    if a.actor.country == kb:
        return _state_part(a.actor)
    if b.actor.country == ka:
        return _state_part(b.actor)
    return (
        a.actor.country is not None
        and a.actor.country == b.actor.country
        and _state_part(a.actor)
        and _state_part(b.actor)
    )


_RIVALRY: Final = {"ACCUSE", "REJECT", "THREATEN", "PROTEST"}


def _rival_people(subject: Mention, obj: Mention, trig: Trigger) -> bool:
    """特朗普抨击副总统哈里斯: two people the gazetteer knows who blame, reject or threaten each
    other are two sides, even in one state's government (rival camps, a leader and a rival)."""
    return (
        trig.event_type in _RIVALRY
        and subject.actor.type == obj.actor.type == "Person"
        and subject.actor.known
        and obj.actor.known
        and subject.actor.key != obj.actor.key
    )


def _one_post_held_by_both(a: Actor, b: Actor) -> bool:
    """Two people the gazetteer knows in the same post of the same state (two presidents of
    one country) are predecessor and successor, or rivals for it: never one government."""
    if a.type != "Person" or b.type != "Person" or not (a.known and b.known):
        return False
    posts = load_gazetteer().person_posts
    post = posts.get(a.key)
    return post is not None and all(post) and post == posts.get(b.key)


_ARMED_KINDS: Final = {"military", "armed_group"}


def _quarrel_of_people(a: Mention, b: Mention) -> bool:
    """陶崇园不想跟王攀发生冲突: a person on one side makes a conflict a quarrel, unless the
    person holds a state's post and the other side is a state (拜登表示无意同中国发生冲突)."""
    people = [m for m in (a, b) if _a_person(m)]  # (加拿大总理|和美国总统有冲突: posts too)
    if not people:
        return False
    if len(people) == 1 and people[0].actor.type == "Person":
        other = b if people[0] is a else a
        if other.actor.type == "Country" and people[0].actor.known and _state_part(people[0].actor):
            return False
    return True


def _armed(mention: Mention) -> bool:
    return kind_of(load_gazetteer(), mention.actor) in _ARMED_KINDS


def _armed_before(clause: Clause, pos: int, mentions: list[Mention]) -> bool:
    """美军打击胡塞武装的导弹发射行为: the actor nearest before the verb in its clause is an
    armed force, whose strike on a deed hits its doer."""
    before = [m for m in mentions if clause.start <= m.start and m.end <= pos]
    return bool(before) and _armed(before[-1])


def _withdrawal(trig: Trigger) -> Trigger:
    """撤离 said of a place or a country left (以军撤离加沙, 从阿富汗撤离), not of envoys sent
    out (要求法国大使撤离): a withdrawal (withdrawsFrom), no more read as an expulsion."""
    objects = frozenset(o for o in trig.objects if o != "envoy")
    return replace(trig, predicate=predicates()["withdrawsFrom"], objects=objects)


def _reading(trig: Trigger, subject: Mention, obj: Mention, objects: list[Mention]) -> Trigger:
    """A word that is an armed or a verbal attack by who does it to whom (triggers.tsv flags
    armed, verbal): 以军炮轰黎巴嫩南部 shells (an armed force, or a place hit), 特朗普炮轰拜登
    criticises (朝鲜炮轰韩国延坪岛: a place hit makes the whole act armed); 俄军攻击乌克兰
    attacks, 特朗普攻击拜登 (a person at a person) criticises; a suit between states or
    international bodies (flag lawsuit: 中国在世贸组织起诉欧盟) is a complaint, not a
    prosecution (美国检察官起诉华为)."""
    if "armed" in trig.flags and (any(o.via == "place" for o in objects) or _armed(subject)):
        return replace(trig, predicate=predicates()["attacks"])
    if "forewarns" in trig.flags and _warned_of_deed(subject, obj):
        return replace(trig, predicate=predicates()["criticises"])
    if "verbal" in trig.flags and subject.actor.type == obj.actor.type == "Person":
        return replace(trig, predicate=predicates()["criticises"])
    if "verbal" in trig.flags and _slander_around(subject, obj):
        return replace(trig, predicate=predicates()["criticises"])
    if "lawsuit" in trig.flags and _state_or_bloc(subject) and _state_sued(subject, obj):
        return replace(trig, predicate=predicates()["accuses"])
    if "summons" in trig.flags and _protest_lodged_after(obj):
        return replace(trig, predicate=predicates()["protestsTo"])
    if "economic" in trig.flags and _economic_means(subject, obj):
        return replace(trig, predicate=predicates()["sanctions"])
    if "in_arms" in trig.flags and _armed_sentence(subject, obj):
        return replace(trig, predicate=predicates()["attacks"])
    if trig.word == "退出" and _country_left(obj):
        return _withdrawal(trig)  # 瓦格纳退出马里: a country left, not a deal quit (退出北约)
    if trig.word == "退出" and _body_left(obj):
        return replace(trig, predicate=predicates()["endsCooperationWith"])
    return trig


_BODIES_LEFT: Final = frozenset({"igo", "regional"})


def _body_left_before(
    text: str,
    clauses: list[Clause],
    index: int,
    mentions: list[Mention],
    subjects: list[Mention],
    at: tuple[int, Trigger],
    done: Sequence[Action],
    discourse: Discourse,
) -> Trigger:
    """宣布退出西共体…宣布退出前: a bare 退出 whose subject left an international body before
    leaves that body again (endsCooperationWith), not whoever asked it to stay."""
    pos, trig = at
    left = replace(trig, predicate=predicates()["endsCooperationWith"])
    body = _counterpart(text, clauses, index, mentions, subjects, (pos, left), done, discourse)
    if body is not None and kind_of(load_gazetteer(), body.actor) in _BODIES_LEFT:
        return left
    return trig


def _body_left(obj: Mention) -> bool:
    """美国退出世界卫生组织, 三国宣布退出西共体: an international body right after 退出 is left,
    its membership ended (the golds: SANCTION, REJECT or RETREAT only as alternatives), not a
    deal rejected."""
    text = _TEXT["text"]
    return (
        obj.via != "coref"
        and kind_of(load_gazetteer(), obj.actor) in _BODIES_LEFT
        and text[max(0, obj.start - 3) : obj.start].rstrip("了").endswith("退出")
    )


_DEAL_AFTER: Final = re.compile(
    r"^[^，,。;；:：!！?？]{0,8}?(?:协|条约|公约|组织|机制|框架|计划|进程)"
)  # 退出伊核|协议


def _country_left(obj: Mention) -> bool:
    """退出马里, 退出了阿富汗: a country (or a region) right after 退出 is the place left, a
    withdrawal, unless it only opens the name of what is quit (退出伊核协议, 退出伊朗核协定)."""
    text = _TEXT["text"]
    return (
        obj.actor.type in {"Country", "Region"}
        and obj.via != "coref"
        and text[max(0, obj.start - 3) : obj.start].rstrip("了").endswith("退出")
        and not _DEAL_AFTER.match(text[obj.end : obj.end + 12])
    )


_RETALIATION_REACH: Final = 20
_SLANDER_TAIL: Final = 6  # how far past its target a slander cue may stand (攻击俄|内政外交)


def _slander_around(subject: Mention, obj: Mention) -> bool:
    """美国炮制谎言、无端攻击中国, 日本媒体刊文攻击中国, 攻击俄内政外交: a word of lies, smears
    or printed words (words.tsv slander_cue) between the attacker and the attacked, or just
    after the attacked in its clause, makes the attack a verbal one, whoever the sides are
    (a country at a country too, where an armed attack is the usual reading)."""
    text = _TEXT["text"]
    if subject.end >= obj.start:
        return False
    tail = re.split(r"[，,。;；:：!！?？]", text[obj.end : obj.end + _SLANDER_TAIL], maxsplit=1)[0]
    span = text[subject.end : obj.start] + "|" + tail
    return any(cue in span for cue in words("slander_cue"))


# a warning's words closed before the one it is about (警告,|美国…, 警告称,|塞尔维亚…)
_WARNED_OF: Final = re.compile(r"警告(?:称|稱|说|說|道)?[,，:：]$")


_WARNING_OPENER: Final = "称稱说說道,，:： "


def _plight_warned_of(text: str, end: int, obj: Mention) -> bool:
    """A side named inside what a warning warns of, as one harmed or in a plight, is no side
    warned: 警告,|南苏丹|安全局势持续紧张 and 警告|该国|面临来自莫斯科的攻势 (right after the
    warning, words.tsv warned_plight), 警告说,切断对|古巴|的原油供应将引发危机 and 警告冲突再起
    可能破坏|两国|…的努力 (further in, before 的 or after a verb of harm, words.tsv warned_harm,
    with no mark of what will come, words.tsv threat_will: 警告将对美国的挑衅作出回应 still
    threatens)."""
    if obj.start < end or obj.start - end > _SAID_REACH:
        return False
    between = text[end : obj.start]
    if not between.lstrip(_WARNING_OPENER):
        return opens_with(text, obj.end, "warned_plight")
    if any(mark in between for mark in words("threat_will")):
        return False
    return text.startswith("的", obj.end) or any(v in between for v in words("warned_harm"))


def _warned_of_deed(subject: Mention, obj: Mention) -> bool:
    """马杜罗15日警告,|美国|单方面对委发动“全面侵略”, 白宫警告称,|塞尔维亚|正在边境集结军队: a
    warning whose words open with another side doing something says what that side does, an
    accusation; one with what will come, a price, a condition or a demand in its clause
    (警告,|欧盟|的制裁将导致直接对抗, 英法德已警告,|伊朗|若不同意…: words.tsv threat_mark) stays
    a threat."""
    text = _TEXT["text"]
    if subject.end > obj.start or subject.actor == obj.actor:
        return False
    if not _WARNED_OF.search(text, max(0, obj.start - 5), obj.start):
        return False
    tail = re.split(r"[，,。;；!！?？]", text[obj.end : obj.end + 30], maxsplit=1)[0]
    return bool(tail) and not any(mark in tail for mark in words("threat_mark"))


def _armed_sentence(subject: Mention, obj: Mention) -> bool:
    """伊朗发射无人机报复以色列: an armed act (a trigger of an assault) stands between the one
    who retaliates and the one it is aimed at, or an armed force retaliates (以军…的报复): the
    retaliation is armed too."""
    if _armed(subject):
        return True
    text = _TEXT["text"]
    start, end = subject.end, obj.start
    if start >= end:  # a target named before (以色列…。伊朗发射无人机报复): up to the word itself
        end = text.find("报复", start, start + _RETALIATION_REACH)
    if end <= start:
        return False
    return any(
        not isinstance(t, str) and t.event_type == "ASSAULT"
        for _, t in find_triggers(text, start, end)
    )


def _economic_means(subject: Mention, obj: Mention) -> bool:
    """以征收高关税、实施其他制裁等报复措施,对哥伦比亚进行打击: a 以-phrase between the one who
    strikes and the one struck that names economic means (words.tsv economic_means)."""
    text = _TEXT["text"]
    between = text[subject.end : obj.start]
    if any(w in between for w in words("strike_field")):
        return True  # 在外交上打击新加坡: a strike in a field that is not war is a sanction
    at = between.find("以")
    return at != -1 and any(w in between[at:] for w in words("economic_means"))


def _protest_lodged_after(obj: Mention) -> bool:
    """约见日本驻华使馆首席公使,就日方…提出严正交涉: a protest lodged later in the sentence of
    a meeting (words.tsv protest_lodged) makes the meeting a summons."""
    text = _TEXT["text"]
    stop = min(
        (i for i in (text.find("。", obj.end), text.find("\n", obj.end)) if i != -1),
        default=len(text),
    )
    return any(word in text[obj.end : stop] for word in words("protest_lodged"))


_BLOC_KINDS: Final = {"igo", "regional"}


def _sued_in_topic(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> list[Mention]:
    """中国就美国对华加征关税措施在世贸组织提起诉讼: a suit over a measure is brought against the
    state the 就-phrase names first; the venue (向/在世贸组织) is not sued."""
    opening = text.rfind("就", clause.start, pos)
    if opening == -1 or not _real_coverb(text, opening):
        return []
    for mention in mentions:
        if opening < mention.start < pos and mention.via not in {"place", "media"}:
            if _KIND_OF_BODY[mention.actor.key] or not _state_or_bloc(mention):
                return []
            return [mention] if _front(mention) <= opening + 1 else []
    return []


def _state_sued(subject: Mention, obj: Mention) -> bool:
    """在世贸组织起诉欧盟…措施, 起诉以色列: the state or body itself, before an international
    venue (words.tsv venue), standing alone or before its own measure (words.tsv deed), not its
    people (起诉多名伊朗|黑客)."""
    if not _state_or_bloc(obj):
        return False
    text = _TEXT["text"]
    if any(v in text[subject.end : obj.start] for v in words("venue")):
        return True
    stop = next((i for i in range(obj.end, len(text)) if text[i] in _PUNCT), len(text))
    if text[subject.end : obj.start].endswith(("就", "将", "把")) and any(
        v in text[obj.end : stop] for v in words("venue")
    ):
        return True  # 就|美国|对华加征关税措施在世贸组织提起诉讼, 将|中国|告上国际仲裁庭
    if text[obj.end : stop].endswith(words("deed")):
        return True  # 起诉|美国|加征关税措施: the complaint is about the state's own measure
    after = text[obj.end : obj.end + 1]
    return not is_cjk(after) or after in "的和与及并"


def _suit_as_complaint(action: Action) -> Action:
    """商务部就中方在世贸组织起诉欧盟…措施答问: a suit between states that a path reading no
    trigger flags (an act inside a topic phrase) gave is a complaint too, as _reading makes
    it (lawsuit flag: accuses, not prosecutes)."""
    trig = action.trigger
    if "lawsuit" not in trig.flags or trig.predicate.name != "prosecutes":
        return action  # (nearly every action: no suit)
    if not (_state_or_bloc(action.subject) and _state_sued(action.subject, action.object)):
        return action
    return replace(action, trigger=replace(trig, predicate=predicates()["accuses"]))


def _state_or_bloc(mention: Mention) -> bool:
    """A state or an international body: what brings or answers a complaint between states."""
    return mention.actor.type == "Country" or (
        kind_of(load_gazetteer(), mention.actor) in _BLOC_KINDS
    )


def _seized_by_own_forces(subject: Mention, obj: Mention, trig: Trigger) -> bool:
    """缅甸军方扣押了昂山素季: the forces that seize or arrest a leader of their own state
    (a coup) do not act on their own side; nor does a junta named as the state (尼日尔军政府
    扣押了总统巴祖姆), its police (words.tsv arresting_force) or its courts."""
    return (
        trig.event_type == "COERCE"
        and obj.actor.type == "Person"
        and (
            kind_of(load_gazetteer(), subject.actor) in _SEIZING_KINDS
            or subject.text.endswith(_JUNTA_NAMES)
            or subject.text.endswith(words("arresting_force"))  # 厄瓜多尔警方拘留…前副总统
        )
    )


def _orders_own_organ(text: str, end: int, subject: Mention, obj: Mention, trig: Trigger) -> bool:
    """特朗普已要求五角大楼拟定计划, 美政府要求军方制定方案: a demand put to an organ of one's
    own state, named right after the verb (words.tsv order_verb), asks it, as the golds code
    it (la, ds, dn, yd, we); the state itself named there (要求美国…), an organ named further
    on, or a person stays its own side."""
    return (
        trig.event_type == "REQUEST"
        and trig.word in words("order_verb")
        and obj.actor.type == "Organization"  # (not 要求墨西哥总统…: whoever asks a leader is
        and subject.actor.key != obj.actor.key  # another state, if the subject was read wrong)
        and end <= _front(obj) <= end + 2
        and _state_part(obj.actor)
        and not text[end : _front(obj)].strip("了其")
    )


_SEIZING_KINDS: Final = frozenset({"military", "court"})  # 巴西最高法院判处前总统…: a court too


_JUNTA_NAMES: Final = ("军政府", "过渡军政府", "军事委员会")


def _dui_in_clause_before(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention]
) -> list[Mention]:
    """予以驱离 with no 对 of its own: what 对 named in the clause right before (对美舰进行识别查
    证,并予以警告驱离), the same act's object."""
    if index == 0:
        return []
    before = clauses[index - 1]
    dui = [
        m
        for m in mentions
        if before.start <= m.start < before.end and text[_front(m) - 1 : _front(m)] == "对"
    ]
    return dui[-1:]


_STATE_KINDS = {"ministry", "agency", "military", "executive", "embassy", "consulate", "mission"}
_STATE_POSTS: Final = {
    "head_of_state",
    "head_of_government",
    "minister",
    "diplomat",
    "official",
    "military",
}


def _state_part(actor: Actor) -> bool:
    """Whether an actor belongs to a state's government: an executive organ, its forces, its
    missions, or a person the gazetteer knows in a government post."""
    gaz = load_gazetteer()
    if actor.type == "Person":
        if not actor.known:
            return True  # a person found by a pattern next to the country speaks for it
        post = gaz.person_posts.get(actor.key)
        if post is None:
            return False  # 马查多, 纳瓦利内, 利苏: listed with no post, the state's critics
        if _armed_group_post(post[0]):
            return False  # 达加洛, 哈夫塔尔, 马肯加: a rebel force's commander, not the state's
        title = gaz.titles.get(post[1]) if post else None
        return title is None or title.kind in _STATE_POSTS
    return kind_of(gaz, actor) in _STATE_KINDS


def _armed_group_post(org_key: str) -> bool:
    """Whether a post is held in an armed group (organizations.tsv kind armed_group: RSF, M23,
    the Libyan National Army): its holder answers to the group, as the group itself does, and
    is no part of the state the group fights (达加洛指责苏丹军方, 马肯加指责刚果(金)政府)."""
    return bool(org_key) and load_gazetteer().org_kind.get(org_key) == "armed_group"


def _attended(text: str, clause: Clause, pos: int) -> bool:
    """拒绝|出席|美洲峰会: the meeting at ``pos`` is one attended (words.tsv attend), a verb and
    a few words of description before it: not a meeting of the attendees with each other."""
    before = text[max(clause.start, pos - 8) : pos]
    for word in words("attend"):
        at = before.rfind(word)
        if at >= 0 and not has_verb(before[at + len(word) :]):
            return not any(c in _PUNCT for c in before[at:])
    return False


def _attends(stretch: str) -> bool:
    """特朗普、内塔尼亚胡、阿卜杜拉和扎耶尼|共同出席…的|协议签字仪式: more than two who attend a
    signing (words.tsv attend) are its host and guests, not each a party to it."""
    return any(word in stretch for word in words("attend"))


def _with_side(text: str, first: Mention) -> bool:
    """已与|德国、韩国和日本签署协议: a list introduced by 与/同/跟 is the other side of a joint
    act whose subject goes unnamed; its members do not act on each other. The first member's
    title may stand after 与 (预料周二与|首相|施纪贤和外相林德伟会晤,讨论…: they talk with the
    one who meets them, not with each other)."""
    start = len(_without_titles(text[: first.start], keep=0))
    return start > 0 and text[start - 1] in "与同跟" and text[start - 2 : start] != "参与"


def _asked_by_proposers(
    text: str, clauses: list[Clause], index: int, pos: int, trig: Trigger, subjects, done
) -> list | None:
    """埃及和卡塔尔呼吁以色列和哈马斯保持克制,并提议在开罗举行谈判: those who ask others in the
    sentence and propose talks with nobody named mediate; the talks are among those they asked
    (none when the ask names nobody: 呼吁冲突双方…). None when the talks are the proposers' own."""
    clause = clauses[index]
    if trig.event_type != "CONSULT" or not any(
        w in text[clause.start : pos] for w in words("proposal")
    ):
        return None
    keys = {s.actor.key for s in subjects}
    asked: list[Mention] = []
    for action in done:
        if action.trigger.event_type == "REQUEST" and action.subject.actor.key in keys:
            if all(a.actor.key != action.object.actor.key for a in asked):
                asked.append(action.object)
    if asked:
        return asked
    appeals = find_triggers(text, clauses[0].start, clause.start)
    if any(not isinstance(t, str) and t.event_type == "REQUEST" for _, t in appeals):
        return []
    return None


def _pairwise(
    group: list[Mention], trig: Trigger, pos: int, status: str, frame: str = "compound"
) -> Iterator[Action]:
    """Members of a group act on each other: once per pair for symmetric types, both ways for
    mutual acts (双方爆发激烈争吵, 两国互相指责). ``frame`` "mutual" marks a verb whose target
    is 对方 (双方都指责对方): the act of a verb, which no judgement after it covers. A pact
    (triggers.tsv: 双方停火) that members named by one word make with each other is their
    agreement."""
    if "pact" in trig.flags and _named_by_one_word(group):
        trig = replace(trig, predicate=predicates()["agreesWith"])
    both = trig.event_type not in SYMMETRIC_TYPES
    for i, first in enumerate(group):
        for second in group[i + 1 :]:
            if "quarrel" in trig.flags and _quarrel_of_people(first, second):
                continue  # 两人发生冲突: a quarrel
            if "place" in {first.via, second.via}:
                continue  # 继新加坡和河内会晤: where they met, not who
            if not _same_side(first, second):  # 姆努钦和特朗普 agree with nobody here
                confidence = _confidence(first, second, "compound", True)
                yield Action(first, second, trig, pos, status, confidence, frame)
                if both:
                    yield Action(second, first, trig, pos, status, confidence, frame)


def _named_by_one_word(group: list[Mention]) -> bool:
    """双方, 两国: the members stand for one word of the text (a pair or group word), not each
    for its own name (印巴停火, 泰国和柬埔寨停火, where each side's own act is read)."""
    return len({(m.start, m.end) for m in group}) == 1


def _banned_in_clause(text: str, clause: Clause, pos: int) -> bool:
    """禁止中国境内的组织、个人与其进行交易、合作等活动: a ban verb (words.tsv ban_verb) before the
    act in its clause bans it; a countermeasure's terms report no cooperation."""
    return any(text.find(w, clause.start, pos) != -1 for w in words("ban_verb"))


def _scope_of_cooperation(text: str, end: int) -> bool:
    """从中日经贸合作大局出发, 中美拥有广阔的合作空间: a noun right after the cooperation word
    (words.tsv scope_noun) names the frame or scope of relations; nobody is reported to
    cooperate, as a ministry's answer only appeals to it."""
    return opens_with(text, end, "scope_noun")


def _talked_about(text: str, pos: int, trig: Trigger, here: list) -> bool:
    """有关停火的对话, 关于停火和人道援助的谈判, 围绕停火安排展开磋商: an act a word of what is
    talked about (words.tsv about) opens, with talks named after it in its clause, is their
    topic, not an act (the talks themselves are the event)."""
    if trig.event_type == "CONSULT" or not text[max(0, pos - 2) : pos].endswith(words("about")):
        return False
    return any(
        at > pos and not isinstance(other, str) and other.event_type == "CONSULT"
        for at, other in here
    )


def _judged_practice(
    text: str, clause: Clause, pos: int, trig: Trigger, here: list, mentions: list[Mention]
) -> bool:
    """耿爽指出制裁施压和军事对抗无助于解决半岛问题: an act named after a statement verb with no
    actor between (no owner), that words of judgement later in the clause (无助于, 不利于)
    evaluate, is a practice the speaker judges in general, not an act of the speaker's."""
    if "speaker" in trig.objects:
        return False
    judged_later = any(
        at > pos and not isinstance(other, str) and "speaker" in other.objects for at, other in here
    )
    if not judged_later:  # the common case, tested first: no scan for statement verbs
        return False
    found = [(at, v) for v in speech_verbs() if (at := text.rfind(v, clause.start, pos)) != -1]
    said = max((at + len(v) for at, v in found), default=-1)
    if said <= clause.start or text.rfind(",", said, pos) != -1 or "，" in text[said:pos]:
        return False
    return not any(said <= m.start < pos for m in mentions)


# what follows an act named as the subject of a statement's first clause: a copula, 都, or a
# judgement of how much it matters (空袭|是以…, 每一项制裁|都削弱了…, 提供安全保障「至关重要」),
# after at most a short object with no mark between
_PRACTICE_JUDGED: Final = re.compile(
    r"[^，,。；;：:！!？?“”「」\"]{0,4}[“「\"]?(?:是|都|至关重要|(?:十分|非常|很|极为|极其)?重要|必要)"
)
# what may stand before such an act in its clause: a determiner (每一项制裁) or a coverb whose
# actor is the act's object or beneficiary (为|基辅|提供…)
_PRACTICE_HEAD: Final = re.compile(r"(?:每一项|每一次|每项|每次|这些|这种|任何)?(?:[为向对])?")
_SAID_MARKS: Final = '，,:：“「"\u3000 '


def _practice_said_of(text: str, pos: int, end: int, mentions: list[Mention]) -> bool:
    """沃尔兹表示,|空袭是以胡塞武装的领袖作为目标; 卡拉斯表示:“每一项|制裁都削弱了俄罗斯…”;
    瓦德福表示,为基辅|提供安全保障「至关重要」: an act that opens what a statement says, with no
    actor of its own before it (only a determiner, or the one it is for or aimed at after 为, 向,
    对), and that a copula, 都 or a word of importance follows, is what the speaker talks about
    or judges, no act of the speaker's (the speaker of 表示,美方将…: an act with a subject, or
    表示,将对…实施制裁: one with no copula after, stays the speaker's). A meeting, deal or
    cooperation so named (此次访问是…) is left alone: its speaker is mostly one of its sides."""
    if _PRACTICE_JUDGED.match(text, end) is None:
        return False  # the common case, tested first: no copula or judgement right after
    front = pos
    aimed = [m for m in mentions if m.end <= pos and m.end >= pos - 12]
    for mention in aimed:  # 为|基辅|提供: skip the coverb's actor
        if mention.end == front and mention.start > 0 and text[mention.start - 1] in "为向对":
            front = mention.start
    head = text[max(0, front - 6) : front]
    opener = _PRACTICE_HEAD.fullmatch
    cut = next((i for i in range(len(head) + 1) if opener(head[i:])), len(head))
    opens = front - (len(head) - cut)
    before = text[max(0, opens - 12) : opens]
    said = before.rstrip(_SAID_MARKS)
    if said == before:
        return False  # no mark between the statement and the act: no statement opens it
    return said.endswith(tuple(v.rstrip(",") for v in speech_verbs()))


_TALKED_ABOUT = frozenset({"COOPERATE", "CONSULT"})  # (就两国可能达成的协议: a deal hoped for)


def _pair_talked_about(text: str, pair: list[Mention]) -> bool:
    """就|两国合作|热点问题, 讨论|中美合作, 触及|“美台自贸协定”: a pair's cooperation or deal that a
    word of what is talked about (words.tsv about) opens, a quotation mark between, is the topic
    of the talks, not done."""
    front = min(_front(m) for m in pair)
    return text[max(0, front - 3) : front].rstrip("“「『\"'").endswith(words("about"))


_TRUCE_SOUGHT: Final = ("谈", "推进")  # (推动 left out: it measured worse)


def _truce_talked_about(text: str, pair: list[Mention], pos: int, end: int) -> bool:
    """就|俄乌停火进程通话, 谈|俄乌停火, 推进|俄乌停火, 俄乌将针对|停火展开谈判, 俄乌停火|进程: a
    pair's truce that a word of what is talked about (words.tsv about, 谈, 针对) or pushed on (推进)
    opens, or that names a process, is the topic of talks or a goal, not a truce declared."""
    if text.startswith("进程", end):
        return True
    before = text[max(0, pos - 2) : pos]
    if before == "针对" or before.endswith(words("about")):
        return True
    front = min(_front(m) for m in pair)
    head = text[max(0, front - 2) : front]
    return head.endswith(_TRUCE_SOUGHT) or _pair_talked_about(text, pair)


# how far back a word of what is talked about may open the list of topics an item closes
_TOPIC_LIST_REACH: Final = 30
_TOPIC_LIST_JOINS: Final = ("、", "和", "及")  # right before a later item of a list of topics
_TOPIC_LIST_STOPS: Final = "，,。；;：:！!？?\n"


def _later_topic_listed(text: str, front: int) -> bool:
    """就乌克兰危机、|巴以冲突…: ``front`` opens a later item of a list (、, 和, 及 right before it)
    that a word of what is talked about (words.tsv about) opens in the same clause."""
    if not text[max(0, front - 1) : front].endswith(_TOPIC_LIST_JOINS):
        return False
    low = max(0, front - _TOPIC_LIST_REACH)
    low = max([low] + [text.rfind(c, low, front) + 1 for c in _TOPIC_LIST_STOPS])
    return any(text.find(w, low, front - 1) != -1 for w in words("about"))


def _war_on_agenda(text: str, clause: Clause, end: int) -> bool:
    """俄乌战争|等许多全球议题, 俄乌战争|的安全议题, 俄乌战争|、台海问题也在议程中: a war named as
    an item of a list of issues (等 right after it) or of an agenda (words.tsv agenda later in
    its clause, after 的 or 、) is what is talked about, no fight reported here."""
    after = text[end : clause.end]
    if after.startswith("等"):
        return True
    if not after.startswith(("的", "、")):
        return False
    return any(w in after for w in words("agenda"))


def _named_as_topic(text: str, end: int) -> bool:
    """“美台自由贸易协定”的|议题, 中日韩自贸协定|问题: a deal named right before a topic word
    (words.tsv topic, topic_tail) is an issue talked about, not a deal reached."""
    after = text[end : end + 6].lstrip("”」』\"'")
    after = after[1:] if after.startswith("的") else after
    return after.startswith((*words("topic"), *words("topic_tail")))


TALKS_SIDES: Final = ("CONSULT", "AGREE", "ASSAULT")  # the pairs that talks in focus are between


def _unowned_talks(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention]
) -> bool:
    """最新一轮谈判破裂, 此后的磋商中, 达成广泛共识: talks named as a noun (a word that also joins a
    compound: 朝美|谈判), or a deal reached, with no actor before it in its clause and none to
    say whose, are the talks of the pair in focus — not a topic (就会谈交换意见), nor a named
    document (核协议, 联合声明: a thing, not an act)."""
    if "compound" not in trig.objects:
        return False
    if trig.event_type != "CONSULT" and not trig.word.startswith("达成"):
        return False
    if any(clause.start <= m.start < pos for m in mentions):
        return False
    head = text[clause.start : pos]
    return not any(word in head for word in words("about"))


def _pair_talking(
    trig: Trigger, done: Sequence[Action], discourse: Discourse
) -> tuple[Mention, Mention] | None:
    """以哈战争已持续两年,…最新一轮谈判破裂: the sides of the last talks, deal or fight in the
    sentence before it; else, in the sentences before, of the last act of the trigger's own
    kind (习近平同托卡耶夫举行会谈。…会谈后 is the leaders'), else of a deal, else of a fight."""
    for action in reversed(done):
        if action.trigger.event_type in TALKS_SIDES:
            return action.subject, action.object
    for kind in sorted(TALKS_SIDES, key=lambda kind: kind != trig.event_type):
        pair = discourse.pair(kind)
        if pair is not None:
            return pair
    return None


_TALKS_FRAME: Final = re.compile(r"[^,，。；;]{0,8}$")


def _sides_after_frame(
    text: str, clauses: list[Clause], index: int, pos: int, end: int, mentions: list[Mention]
) -> tuple[Mention, Mention] | None:
    """在此后的磋商中,美国接受了俄罗斯的主张: talks that frame the clause after them (在…中,)
    and name no side are between the first two sides that clause names (who acts in them and
    on whom), not whoever talked before."""
    clause = clauses[index]
    at = clause.start
    at += next((len(w) for w in words("contrast_opener") if text.startswith(w, at)), 0)  # 但在…
    if text[at : at + 1] != "在" or index + 1 >= len(clauses):
        return None
    if not _TALKS_FRAME.fullmatch(text, at + 1, pos):
        return None
    if text[end : clause.end].rstrip(",，") != "中":
        return None
    nxt = clauses[index + 1]
    found = [m for m in mentions if nxt.start <= m.start < nxt.end and m.via not in _NO_SIDE_VIAS]
    for second in found[1:]:
        if not _same_side(found[0], second):
            return found[0], second
    return None


_NO_SIDE_VIAS: Final = frozenset({"place", "media"})  # (extract._NO_SIDES: predicates, not vias)
_OUTBREAK_REACH: Final = 4  # 爆发|新的|战斗, 再次爆发|激烈|冲突: a few words of manner between


def _unowned_fight(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention]
) -> bool:
    """但乌国东部仍爆发新的战斗: a fight between two sides (flag mutual) that breaks out (words.tsv
    outbreak), with no side named before it in its clause (a place only says where)."""
    if trig.event_type != "ASSAULT" or "mutual" not in trig.flags:
        return False
    if not opens_with(trig.word, 0, "outbreak"):
        head = text[max(clause.start, pos - len("爆发") - _OUTBREAK_REACH) : pos]
        if not any(word in head for word in words("outbreak")):
            return False
    return not any(clause.start <= m.start < pos and not _where(m) for m in mentions)


def _where(mention: Mention) -> bool:
    """加沙|仍爆发新的战斗, 乌国|东部: a region or a place before an outbreak says where it is."""
    return mention.via == "place" or mention.actor.type == "Region"


def _pair_fighting(done: Sequence[Action], discourse: Discourse) -> tuple[Mention, Mention] | None:
    """The sides of the last fight or truce (words.tsv truce: 停火 and its deal) in the sentence
    before a fight that breaks out (乌克兰政府和亲俄叛军开始停火,但…仍爆发新的战斗); else of the
    last fight before. Not of another deal: 中美签署贸易协议,加沙随后爆发冲突 is no fight of
    theirs."""
    for action in reversed(done):
        truce = any(word in action.trigger.word for word in words("truce"))
        if action.trigger.event_type == "ASSAULT" or truce:
            return action.subject, action.object
    return discourse.pair("ASSAULT")


_WE_ACTS: Final = {"CONSULT", "AGREE"}


def _we_with_counterpart(
    subject: Mention, trig: Trigger, done, discourse: Discourse
) -> Mention | None:
    """我们 (the speaker) meeting or agreeing with nobody named (习近平同特朗普通电话。…习近平指出,
    我们在釜山举行会晤,达成…共识): the speaker's counterpart in the talks in focus."""
    if subject.via != "coref" or subject.text != "我们" or trig.event_type not in _WE_ACTS:
        return None
    pair = _pair_talking(trig, done, discourse)
    if pair is None:
        return None
    keys = [side.actor.key for side in pair]
    if subject.actor.key not in keys:
        return None
    other = pair[1 - keys.index(subject.actor.key)]
    return None if _same_side(subject, other) else other


def _talks_of_pair(trig: Trigger, pos: int, status: str, pair) -> Iterator[Action]:
    if pair is None:
        return
    first, second = pair
    if not _same_side(first, second):
        confidence = _confidence(first, second, "focus", False)
        yield Action(first, second, trig, pos, status, confidence, "focus")


# -- targets -----------------------------------------------------------------------------------


_DEAL_NOUNS: Final = frozenset({"协议", "协定"})
_OF_DEAL: Final = compile_pattern(r"的[\u4e00-\u9fff]{0,6}$", wide=True)


def _deal_partner(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> list[Mention]:
    """美国与伊朗的核协议, 退出与伊朗的核协议: a deal named as a noun is agreed with the side a
    with-phrase names right before its 的 (a few words of kind between); no such phrase
    (就核协议举行会谈), no partner."""
    found = _introduced(text, clause, pos, _WITH, mentions)
    if not found:
        return []
    between = text[found[-1].end : pos]
    if not _OF_DEAL.fullmatch(between) or has_verb(between[1:]):
        return []
    before = text[clause.start : _coverb_start(text, found[0])].rstrip("了")
    if before.endswith(_deal_enders()):
        return []  # 取消了与法国的潜艇协议: the deal ended is the ending's (REJECT) only
    return found


@lru_cache(maxsize=1)
def _deal_enders() -> tuple[str, ...]:
    """取消, 退出, 终止…: the first parts of the split triggers that end a deal (取消…协议)."""
    return tuple(
        sorted(
            {
                parts[0]
                for w, t in triggers().items()
                if t.predicate.name == "quits"
                for parts in [split_parts(w)]
                if parts
            },
            key=len,
            reverse=True,
        )
    )


_DASHES: Final = ("—", "－", "-", "–", "—" * 2)


def _framed_noun(text: str, pos: int, end: int, mentions: list[Mention]) -> bool:
    """在会见中, 在会谈时: the act named as the time of what follows, with nothing between 在
    and it; what comes after is no target of it (but 在访问中国时: 中国 is a name)."""
    return (
        text[pos - 1 : pos] == "在"
        and text[end : end + 1] in {"中", "时"}
        and not any(m.start == end for m in mentions)
    )


def _dash_joined(text: str, inside: list[Mention]) -> list[Mention]:
    """出席中国—东盟领导人会议: the two sides a dash joins in a meeting's name are both met (the
    attendee's own side is dropped later)."""
    if len(inside) < 2 or text[inside[0].end : _front(inside[1])] not in _DASHES:
        return []
    return inside[:2]


def _own_forces_act(text: str, mention: Mention, pos: int) -> bool:
    """对[中国军舰在塔斯曼海实弹演习]表示关切: the country a preposition introduces, with a
    weapon or a unit of its own right after it (words.tsv armed_after_short), does the armed
    act that follows in the phrase; it is not its target."""
    unit = word_at(text, mention.end, "armed_after_short")
    if not unit or any(c in _PUNCT for c in text[mention.end : pos]):
        return False
    after = mention.end + len(unit)  # (乌克兰对俄罗斯军舰|发动袭击: the warships are struck)
    return after == pos or text.startswith("在", after)


def _objects(
    text: str, clause: Clause, pos: int, end: int, trig: Trigger, mentions: list[Mention]
) -> tuple[list[Mention], str]:
    """The targets of a trigger and the frame that found them; an actor that only names what
    something is about (在乌克兰|问题上…解决冲突, 伊朗|核问题) is no target."""
    objects, frame = _framed_objects(text, clause, pos, end, trig, mentions)
    kept = [o for o in objects if not _topic_after(text, o.end)]
    if frame == "to" and trig.event_type == "MOBILIZE":  # (向巴基斯坦士兵开枪: shot at)
        kept = [o for o in kept if not _own_forces_act(text, o, pos)]
    if frame == "after" and trig.predicate.name == "recognises":  # 承认了|与|高岩发生过关系:
        kept = [o for o in kept if not _admitted_partner(text, end, o)]  # what is admitted
    if frame == "near" or trig.event_type not in _ARMED_ACTS:  # (造成一名黎巴嫩男子死亡:
        kept = [o for o in kept if not _national_of(text, o)]  # the country is hit)
    if trig.event_type in _ARMED_ACTS:  # 打击该国的犯罪组织: the band is struck, not the place
        kept = [o for o in kept if not _place_of_gang(text, o)]
    if frame == "after" and trig.event_type in _VERBAL_ACTS:
        # 谴责乌克兰|战争: the war in a country is condemned, not the country
        war = words("place_war")
        kept = [o for o in kept if o.group is not None or not text.startswith(war, o.end)]
        # 要求黎巴嫩南部…地区民众撤离: the people of a place are asked, not its country
        kept = [o for o in kept if not _people_of_place(text, o, clause.end)]
    kept = [o for o in kept if not _relative_of_person(text, o)]  # 约见了朱令|家属
    if "possibility" in trig.flags:  # 排除哈米尼|之子…继承衣钵的可能性: the son, not the father
        kept = [o for o in kept if not _KIN.match(text, o.end)]
    kept = [_state_of_staff(text, o) for o in kept]  # 逮捕…领事馆工作人员: its state
    if frame in {"after", "phrase", "near"} and trig.event_type == "COERCE":
        # 扣押驶往|加沙|的援助船只: where a ship seized heads is no target
        kept = [o for o in kept if not closes_with(text, _front(o), "bound_for")]
    if frame == "after" and trig.event_type not in _ARMED_ACTS:
        # 释放加沙地带(的)以方被扣押人员: where the people are held, not whose they are
        kept = [_owner_in_place(text, o, mentions, clause.end) for o in kept]
    if frame in {"after", "near"}:  # 要求以色列的盟友停止…: not the one they stand with
        kept = [o for o in kept if not _stood_with(text, o)]
    if frame == "after" and "parties" in trig.objects and len(kept) == 1 and kept[0].group:
        kept = _group_of(kept[0], mentions)  # 主持了|俄乌两国代表团的会谈: each side's talks
    return (kept, frame) if kept else ([], "")


_QUOTED_VERB_REACH: Final = 6  # 安理会“明确重申”: letters an adverb may add before the trigger


def _quoted_verb_end(text: str, clause: Clause, pos: int, end: int) -> int:
    """美国“强烈谴责”俄罗斯, 安理会“明确重申”对苏丹主权的承诺: a trigger that a quotation
    holds alone (with an adverb before it, or 了 after it) quotes the speaker's own verb, and
    the target follows the closing mark, as if there were none; elsewhere ``end`` stays."""
    at = end + (text[end : end + 1] == "了")
    if text[at : at + 1] not in _CLOSING_QUOTES:
        return end
    opening = max(
        text.rfind(q, max(clause.start, pos - _QUOTED_VERB_REACH), pos + 1) for q in _OPENING_QUOTES
    )
    if opening == -1 or any(c in _QUOTE_MARKS or c in _PUNCT for c in text[opening + 1 : pos]):
        return end
    return at + 1


def _relative_of_person(text: str, mention: Mention) -> bool:
    """陶崇园姐姐, 约见了朱令家属, 联系王攀的研究所: a person named only to say whose relative
    (words.tsv kin, with or without 的) or whose body (words.tsv person_unit, after 的) is
    meant neither acts nor is acted on; the relative or the body is (X之子 with the son's name
    after it is _head_of_phrase's)."""
    if mention.actor.type != "Person":
        return False
    de = text[mention.end : mention.end + 1] == "的"
    at = mention.end + de
    if opens_with(text, at, "kin"):
        return True
    return de and opens_with(text, at, "person_unit")


def _stood_with(text: str, mention: Mention) -> bool:
    """要求以色列的|盟友停止…, 制裁伊朗的|代理人: the actor an associate (words.tsv associate)
    stands with is no target; but a region right before it with no 的 says who the associates
    are (敦促欧洲|盟友…, 呼吁西方|盟友…: the European allies), and is the target."""
    if mention.actor.type == "Region" and opens_with(text, mention.end, "associate"):
        return False
    return text.startswith(
        words("associate"), mention.end + (text[mention.end : mention.end + 1] == "的")
    )


def _national_of(text: str, mention: Mention) -> bool:
    """联系荷兰|导师, 会见日本|学者, 射杀了中国籍|同学: a country that only names where a person
    comes from (words.tsv national) is no target; the person is, whom the sentence does not
    name."""
    if mention.actor.type not in {"Country", "Region"}:
        return False
    at = mention.end + (text[mention.end : mention.end + 1] == "籍")
    return _people_noun_at(text, at, "national")


def _place_of_gang(text: str, mention: Mention) -> bool:
    """打击该国的|犯罪组织, 打击拉丁美洲|贩毒集团, 空袭叙利亚境内的|恐怖分子: a place named
    before an unnamed criminal or armed band (words.tsv gang), after the part of it the band is in
    (words.tsv locative), only says where the band is; an armed act on the band does not reach
    the place's state."""
    if mention.actor.type not in {"Country", "Region"}:
        return False
    at = mention.end
    while word := word_at(text, at, "locative"):
        at += len(word)  # 马里|北部|地区|的极端分子
    at += text[at : at + 1] == "的"
    return opens_with(text, at, "gang")


def _private_people_of(text: str, mention: Mention) -> bool:
    """加拿大|消费者, 美国|民众: a country named before private people (words.tsv private) only
    says whose people they are."""
    return mention.actor.type in {"Country", "Region"} and _people_noun_at(
        text, mention.end, "private"
    )


def _people_noun_at(text: str, at: int, cls: str) -> bool:
    """Whether a people noun of words.tsv ``cls`` starts at ``at``, after a word that only
    qualifies it (法国|著名|历史学家, 中国|女|律师: words.tsv people_modifier), so that the
    country before it names where the person comes from however the person is described; a
    count may come first (香港|一位|朋友, 台湾|一个|青年学者)."""
    at = _PEOPLE_COUNT.match(text, at).end()  # type: ignore[union-attr]
    if opens_with(text, at, cls):
        return True
    modifier = word_at(text, at, "people_modifier")
    return bool(modifier) and opens_with(text, at + len(modifier), cls)


_PEOPLE_REACH: Final = 12
_PEOPLE_COUNT: Final = re.compile(r"(?:[一两二三四五六七八九十几多数]{1,2}[位名个])?")
_ARMED_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # a place may well be their target
_IN_PLACE: Final = re.compile(r"(?:(?:地带|地区|境内)的?)?")  # (not 欧洲的|空客: whose make it is)
_PLACE_ENDS: Final = ("地带", "地区")


def _owner_in_place(text: str, mention: Mention, mentions: list[Mention], end: int) -> Mention:
    """加沙地带|以方被扣押人员, 加沙地带的|以色列人质: a region that only says where the people or
    things of another actor are, named right before that actor, is no target of an act other
    than an armed one; the actor after it is."""
    if mention.actor.type != "Region":
        return mention
    at = _IN_PLACE.match(text, mention.end, end).end()  # type: ignore[union-attr]
    if at == mention.end and mention.text.endswith(_PLACE_ENDS) and text[at : at + 1] == "的":
        at += 1  # 加沙地带|的以色列人质: the region's own name ends as a place
    owner = next((m for m in mentions if m.start == at and m is not mention), None)
    if owner is None or owner.actor.type == "Region":
        return mention
    return owner


def _people_of_place(text: str, mention: Mention, end: int) -> bool:
    """黎巴嫩|南部亚努赫地区|民众: a place named after a country, then people living there
    (words.tsv residents) before any punctuation: the people, not the country."""
    if not _place_named(text, mention):
        return False
    stretch = text[mention.end : min(end, mention.end + _PEOPLE_REACH)]
    cut = next((i for i, c in enumerate(stretch) if c in _PUNCT), len(stretch))
    stretch = stretch[:cut]
    return any(word in stretch for word in words("residents"))


def _framed_objects(
    text: str, clause: Clause, pos: int, end: int, trig: Trigger, mentions: list[Mention]
) -> tuple[list[Mention], str]:
    frames = trig.objects
    end = _quoted_verb_end(text, clause, pos, end)
    if "before" in frames:
        found = _on_list_before(text, pos, mentions)
        if found:
            return found, "before"
    if "lawsuit" in trig.flags:
        found = _sued_in_topic(text, clause, pos, mentions)
        if found:
            return found, "to"
    if trig.predicate.name == "pressures":
        asked = _asked_right_after(text, end, mentions)
        if asked:
            return asked, "after"  # 施压要求日本限制出口: the pressure is on whom it asks
    if "compound" in frames:
        group = _compound_before(text, clause, pos, mentions, trig.event_type == "CONSULT")
        if len(group) >= 2:
            return group, "compound"
    if "compound" in frames and trig.inner is not None:  # 推迟…|中欧|峰会: the sides inside
        inside = [
            m
            for m in mentions
            if trig.inner[0] <= m.start and m.end <= trig.inner[1] and m.group is not None
        ]
        if len(inside) >= 2:
            return _group_of(inside[0], mentions), "inner"
    if "after" in frames and trig.inner is not None and "listing" not in trig.flags:
        # 进入|巴基斯坦|领空: inside the trigger (but 被列入…名单的|美国|军工企业包括: the list's
        # members are named after it, what lies inside only says what they are)
        inside = [m for m in mentions if trig.inner[0] <= m.start and m.end <= trig.inner[1]]
        # 撤回|在世贸组织|对日本提起的|诉讼: where it was done is no target when one is named
        inside = [m for m in inside if text[_front(m) - 1 : _front(m)] not in _AT] or inside
        inside = [m for m in inside if not _maker_inside(text, m)]  # 出售由洛马公司制造的战机
        inside = _eased_not_owner(text, trig, inside)  # 放宽|美国对莫斯科的|制裁: 莫斯科
        inside = _blocked_measure_owner(text, trig, inside)  # 阻挠|欧盟对莫斯科的|制裁: 欧盟
        toward = [
            m for m in inside if text[_front(m) - 1 : _front(m)] == "向" and m.via != "coref"
        ]  # (美国禁止巴西向其出口: 其 is the banning side itself, 巴西 is barred)
        doer = _concern_doer(text, trig, inside)
        if doer is not None:  # 表达…对|美国|向巴基斯坦出售战机的|担忧: the deed's doer
            inside = [doer]
        elif toward and "to" in frames:  # 限制|阿斯麦向中国|出口: the trade goes to 中国, the
            inside = toward  # firm that trades is not hit
        put = _ba_object(text, clause, pos, mentions) if inside and "ba" in frames else []
        if put:  # 把日方排除出|韩方|贸易“白色清单”: the one put after 把 is struck off, not the
            return put, "ba"  # list's owner named inside
        if inside:
            return _dash_joined(text, inside) or _with_coordinated(
                text, clause, inside[0], mentions
            ), "after"
        closed = _mission_closed(trig, end, mentions)
        if closed is not None:  # 关闭|美国驻成都总领事馆: the mission ends the trigger
            return [closed], "after"
    if "ba" in frames and "after" in frames and "envoy" not in frames:
        found = _ba_object(text, clause, pos, mentions)
        if found:  # 将卡塔尔开除出该组织: the one put after 将 is hit, not the body it leaves
            return found, "ba"
    if "after" in frames and _framed_noun(text, pos, end, mentions):
        frames = frames - {"after"}  # 格罗西在会见中强调原子能机构的立场: a time, no target after
    if "after" in frames:
        found = _listed_targets(text, end, mentions)
        if found:  # 制裁的对象包括伊朗和朝鲜, 宣布新一轮制裁,对象包括…
            return found, "after"
        if text[end : end + 1] == "的":
            topic = _copula_topic(text, clause, pos, mentions)
            if topic:  # 巴祖姆仍是西共体承认的|尼日尔合法领导人: the one the act describes
                return topic, "after"
        blame = trig.event_type in _BLAME and "content" not in trig.flags
        gap = 0 if text[pos - 1 : pos] == "的" else trig.gap  # 对朝鲜的访问|引起了西方…: a noun
        quoted = trig.event_type == "REQUEST"
        found = _after(text, clause, end, gap, mentions, blame, quoted)
        if found and trig.event_type in _VERBAL_ACTS - {"REQUEST"} and "content" not in trig.flags:
            found = found + _owners_listed_after(text, clause, found[-1], mentions)  # 谴责美国
            # 对俄制裁和欧盟对俄制裁 (反对's list is left alone: its items' acts are read as asked)
        if found and _governed_inside(text, end, found[0], trig):
            found = []  # 反对对伊朗实施制裁: 伊朗 is hit by the act opposed, not opposed
        if found and "content" in trig.flags and _verb_opens(text, end, found[0]):
            return [], ""  # 反对强制清空在加沙的巴勒斯坦人民: the people are hit by the act opposed
        if found and _consented_act(text, end, found[0], trig):
            found = []  # 同意对俄罗斯实施制裁: 俄罗斯 is hit by the act agreed to
        officer = _officer_named_after(text, found[0], mentions) if found else None
        if officer is not None:  # 制裁|美国陆军…指挥官库里拉: the officer, not the body
            found = _with_coordinated(text, clause, officer, mentions)
        if (
            found
            and trig.event_type == "ASSAULT"
            and _misdeed_combated(text, clause, end)
            and not _armed_before(clause, pos, mentions)
        ):
            return [], ""  # 打击美国在该地区的侵犯人权行为: a deed is combated, nobody is hit
        if found and "wish" in trig.flags and _not_asked(text, clause, end, found):
            found = []  # 希望印度不会因此付出代价: a wish for its fate asks it nothing
        if found and "listing" in trig.flags:
            found = found + _list_goes_on(text, found[-1], mentions)
            found = found + _posts_listed_on(text, found, mentions)
        if found and trig.event_type in _VERBAL and _frames_time(text, found[-1].end):
            return [], ""  # 表彰阿萨德下台后治理进展: the actor only dates what is praised
        if found:
            return found, "after"
        if "wish" in trig.flags:
            return [], ""  # 希望寻找一种新的中国政策: whom a hope asks stands right after it
        heads = words("thing") if trig.event_type in _PHYSICAL else words("deed")
        found = _noun_phrase_owner(text, clause, end, mentions, heads) or _phrase_head(
            text, clause, end, mentions
        )
        if found and "content" in trig.flags and _verb_opens(text, end, found[0]):
            return [], ""  # 反对强制清空在加沙的巴勒斯坦人民: the people are hit by the act opposed
        if found:
            return found, "phrase"
    if "envoy" in frames:
        declared = "declared" in trig.flags and not _ba_object(text, clause, pos, mentions)
        found = _envoy_before(text, clause, pos, mentions, declared)  # (将…甄逸慧列为: the one put)
        if not found and trig.inner is not None:  # 下令|爱沙尼亚大使|离开: the envoy told inside
            found = _envoy_before(text, clause, trig.inner[1], mentions, declared)
        if found:
            return found, "envoy"
    if "ba" in frames:
        found = _ba_object(text, clause, pos, mentions)
        if found:
            return found, "ba"
    if "at" in frames:
        found = _visited_place(text, clause, pos, mentions) or _arrived_before_comma(
            text, clause, pos, mentions
        )
        if found:
            return found, "at"
    if "mission" in frames:
        found = _mission_outside(text, clause, pos, mentions)
        if found:
            return found, "mission"
    if "with" in frames and trig.word in _DEAL_NOUNS:  # 美国与伊朗的核协议
        partner = _deal_partner(text, clause, pos, mentions)
        if partner:
            return partner, "with"
        frames = frames - {"with"}
    if "to" in frames and trig.event_type == "SANCTION":
        anti = [
            m
            for m in mentions
            if m.end == pos and len(m.text) == 1 and text[_front(m) - 1 : _front(m)] == "反"
        ]
        if anti:  # 美国的反俄制裁: the sanction is aimed at 俄
            return anti, "to"
        plainly = _sanction_aimed_plainly(text, clause, pos, mentions)
        if plainly:  # 扩大针对俄公民大范围制裁: 针对 aims it with no 的 and no verb between
            return plainly, "to"
    for frame, coverbs in (
        ("with", _WITH),
        ("to", _TO),
        ("toward", _TOWARD),
        ("from", _FROM),
        ("for", _FOR),
    ):
        if frame == "for" and "goods" in trig.flags and not _gives_aid(text, clause, end):
            continue  # 这为中国提供了机遇: what is provided for it is no aid
        if frame in frames:
            found = _introduced(text, clause, pos, coverbs, mentions)
            if found and frame == "to" and _act_answered(text, clause, pos, found[-1]):
                continue  # 这是对英国派遣军舰…的回应: 英国 sends, the 对 is the response's
            if found and frame == "to" and _aim_of_joined_nominal(text, found[-1], pos, mentions):
                continue  # 以色列对伊朗的袭击和伊朗的|报复: the 对 is the first noun's
            if found and frame == "to" and _closed_by_view(text, found[-1], pos):
                continue  # 美国对日本的态度因这场战争而改变: the 对 is the attitude's
            if found and frame == "to" and _goods_of_a_sanction(text, clause, end, trig):
                continue  # 对墨西哥所有出口美国货品加征关税: the 对 is the tariff's
            if found and frame == "to" and _strife_of_place(text, found[-1], pos, trig):
                continue  # 对缅甸近期暴力升级表示关切: where the fight is, no side blamed
            if found and frame == "to" and _doer_of_topic(text, found[-1], pos, trig):
                return [], ""  # 就加拿大对进口钢材加征关税一事: 加拿大 imposes it, is not hit
            if found and frame == "to" and trig.event_type == "MOBILIZE":
                if _opened_by_topic(text, found[0]):
                    continue  # 就共军军演说三道四: 就 opens what is talked about, the drill's doer
            if found and frame == "with":
                nearer = _introduced(text, clause, pos, _TO, mentions)
                if nearer and _front(nearer[0]) > found[-1].end:
                    if "to" in frames:
                        return nearer, "to"  # 日本与美国参与了对伊拉克的战争: 与 joins the subjects
                    if _of_phrase_before(text, nearer[-1].end, pos) and not _opened_by_topic(
                        text, nearer[-1]
                    ):
                        # 欧盟和法国暂停对马里的合作: 和 joins the subjects, 对马里的 names
                        # whom the act named by the noun concerns
                        return nearer, "to"
            if found:
                return found, frame
    if "recipient" in frames:
        found = _recipient_after(text, clause, end, mentions)
        if found:  # 提供|基辅|新的资金: the one named between the verb and the aid gets it
            return found, "recipient"
    if "trip" in frames:  # 前往中国进行会谈: the talks are with the country travelled to
        found = _visited_place(text, clause, pos, mentions, words("travel")) or (
            _arrived_before_comma(text, clause, pos, mentions)
        )  # 启程赴埃及,同调解方会晤: a partner that names no actor is met in the host country
        if found:
            return found, "at"
    if "with" in frames:  # 中方愿同日韩一道,推动三国合作: the partner of a joint effort
        found = _together_with(text, pos, mentions)
        if found:
            return found, "with"
    if "with" in frames:  # 向朝鲜提议举行军事会谈: the side a meeting is proposed to
        found = _introduced(text, clause, pos, _TO, mentions)
        if found and opens_with(text, found[-1].end, "proposal"):
            return found, "with"
    if "inside" in frames:
        found = _said_target(text, clause, end, mentions) or _answered_inside(text, trig, mentions)
        if found:
            return found, "inside"
    if trig.predicate.name == "mediates":  # 在俄乌之间进行斡旋: both sides
        found = _sides_between(text, clause, pos, mentions)
        if found:
            return found, "with"
    if trig.event_type == "ASSAULT" or trig.predicate.name == "declaresCeasefireWith":
        found = _attacked_place(text, clause, pos, mentions)  # 在加沙发动空袭, 在加沙实施停火
        if found and _truce_brought_about(text, found[0], pos, trig):
            found = []  # 促成在苏丹立即停火: the place's fighters cease fire, not the subject
        if found:
            return found, "at"
    if trig.event_type == "MOBILIZE" or "drill" in trig.flags:  # 在乌克兰边境部署军队,
        found = _attacked_place(text, clause, pos, mentions, border=True)  # 在台湾岛周边…演训
        if found:
            return found, "at"
    if trig.event_type == "MOBILIZE":
        found = _pressed_next(text, clause, end, mentions)
        if found:
            return found, "next"
    if "after" in frames and trig.event_type in _HOSTILE | {"REQUEST"}:
        if _act_as_topic(text, clause, pos, end):
            return [], ""  # 封锁|是依据美国法律实施的: the measure named again, described
        found = _near_after(text, clause, end, mentions, trig.event_type == "REQUEST")
        if found:
            return found, "near"
    return [], ""


def _act_as_topic(text: str, clause: Clause, pos: int, end: int) -> bool:
    """…结束对古巴的封锁”,|封锁|是依据美国法律实施的: an act named alone at the head of its clause
    before 是 is the topic the clause describes (how, why, by what right it is done); an actor
    later in the clause is no target of it."""
    return not text[clause.start : pos].strip(' “”"「」') and text.startswith("是", end)


_GOODS_REACH: Final = 12


def _pressed_next(text: str, clause: Clause, end: int, mentions: list[Mention]) -> list[Mention]:
    """美国在加勒比海部署大批军力,对委内瑞拉实施海上封锁: forces deployed where the clause
    names no target are deployed against the one the next clause, with no subject of its own,
    opens on with 对/向 and a hostile act."""
    if not _FORCES_AFTER.match(text, end, clause.end):
        return []
    nxt = clause.end  # a clause keeps the comma that ends it
    if text[nxt - 1 : nxt] not in {",", "，"}:
        return []  # the sentence ends: nothing goes on from the deployment
    opening = _NEXT_OPENER.match(text, nxt)
    if opening is None:
        return []
    target = next((m for m in mentions if _front(m) == opening.end()), None)
    stop = first_mark(_CLAUSE_STOPS_AFTER, text, nxt, len(text))
    if target is None or target.via == "place":
        return []
    if opening.group().strip().endswith("针对"):  # 朝鲜此次武力示威,针对韩美两国…: aimed at them
        return _group_of(target, mentions) if target.group is not None else [target]
    hostile = any(
        not isinstance(t, str) and t.event_type in _PRESSING
        for _, t in find_triggers(text, target.end, stop)
    )
    return [target] if hostile else []


_PRESSING: Final = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN"})  # acts forces back up


def _land_bought(mentions: list[Mention], end: int) -> bool:
    """购买|格陵兰岛: a territory (a Region) right after a verb of buying (words.tsv purchase) is
    the thing bought, which trades with no one."""
    return any(m.start == end and m.actor.type == "Region" for m in mentions)


_NEXT_OPENER: Final = re.compile(r"\s*(?:并|以|借此)?(?:针对|[对向])")
_FORCES_AFTER: Final = re.compile(r"[^，,。；;]{0,10}[，,]?$")


def _goods_of_a_sanction(text: str, clause: Clause, end: int, trig: Trigger) -> bool:
    """对墨西哥所有出口美国货品加征关税: a trade verb inside the goods a sanction later in the
    clause is laid on describes them; the 对-phrase before it is the sanction's."""
    if trig.predicate.name != "tradesWith":
        return False
    reach = min(clause.end, end + _GOODS_TAXED_REACH)
    return any(
        not isinstance(t, str)
        and t.event_type == "SANCTION"
        and not any(c in text[end:at] for c in "并而又再且")
        for at, t in find_triggers(text, end, reach)
    )


_GOODS_TAXED_REACH: Final = 14


def _opened_by_topic(text: str, mention: Mention) -> bool:
    """就|乌克兰的未来|达成协议: 就 opens what is talked or agreed about, not whom it concerns
    (unlike 对马里的合作)."""
    start = _coverb_start(text, mention)
    return start < _front(mention) and text[start] == "就"


_TOPIC_DOER_COVERBS: Final = frozenset({"就", "针对", "对于"})
_OWN_PHRASE_OPENERS: Final = frozenset("对在")


def _doer_of_topic(text: str, actor: Mention, pos: int, trig: Trigger) -> bool:
    """台湾就加拿大对进口钢铁产品加征关税一事提出申诉, 议会就以色列在加沙地带的军事行动举行
    会议: the actor a topic opener (就, 针对, 对于) introduces, with a 对- or 在-phrase of its own
    and no other act before a hostile act, does that act; the act is not aimed at it."""
    if trig.event_type not in _HOSTILE_ACTS:
        return False
    front = _front(actor)
    start = _coverb_start(text, actor)
    coverb = text[start:front]
    if coverb == "对" and text[start - 1 : start] == "针":
        coverb = "针对"
    between = text[actor.end : pos]
    return (
        coverb in _TOPIC_DOER_COVERBS
        and between[:1] in _OWN_PHRASE_OPENERS
        and not any(c in _PUNCT for c in between)
        and not any(closer in between for closer in _TOPIC_CLOSERS)
        and not _hostile_act_in(between)
    )


_TOPIC_CLOSERS: Final = ("一事", "事件", "问题", "之后", "后")


def _hostile_act_in(stretch: str) -> bool:
    """Whether a stretch names a hostile act (发射导弹) of its own, not only goods (进口钢铁)."""
    return any(trig.event_type in _HOSTILE_ACTS for trig in _triggers_in(stretch))


def _of_phrase_before(text: str, end: int, pos: int) -> bool:
    """对马里的|安全|合作: a 对-phrase that ends in 的 a few letters before the trigger, with
    only a modifier of the noun between."""
    stretch = text[end:pos]
    return stretch.startswith("的") and len(stretch) <= 5 and not any(c in _PUNCT for c in stretch)


def _act_answered(text: str, clause: Clause, pos: int, actor: Mention) -> bool:
    """对英国派遣军舰赴圭亚那的回应, 对俄罗斯空袭乌克兰平民的强力谴责: an act named between 对
    and a response or condemnation noun is the act answered or condemned; the actor 对
    introduces does it, the response is to it."""
    if text[_coverb_start(text, actor) : _front(actor)] != "对":
        return False
    between = text[actor.end : pos]
    if (has_verb(between) and not _act_word(between)) or "的" in between:
        return False  # 对美国宣布…, 对乌克兰设施的打击: another verb, or the act is a noun
    rest = text[pos : clause.end]
    at = rest.find("的")  # the first 的 after the act closes the phrase (not 对乌克兰设施的打击
    # 是对乌袭击…的回应, where the 的 after 设施 closes another)
    if at == -1:
        return False
    if rest.startswith(tuple(words("answer")), at + 1):
        return True
    return _condemnation_at(rest, at + 1) and not _caused(rest[:at])


def _act_about(text: str, clause: Clause, pos: int, actor: Mention) -> bool:
    """关于|瑞典|加入北约议定书的议案: an act right after the actor 关于 introduces, in the phrase a
    later 的 closes, is that actor's; 关于 governs the whole phrase, not the actor alone."""
    front = _front(actor)
    if actor.end != pos or text[max(0, front - 2) : front] != "关于":
        return False
    return "的" in text[pos : clause.end]


def _act_word(stretch: str) -> bool:
    """对俄罗斯|空袭|轰炸乌克兰: an act word of its own right before the trigger is the first of
    two verbs of one act, not another verb that takes the actor."""
    head = trigger_for(stretch)
    return head is not None and bool(head.event_type)


def _condemnation_at(rest: str, at: int) -> bool:
    """A condemnation noun at ``at``, maybe after an intensifier (对俄罗斯空袭乌克兰平民的|强力|
    谴责: words.tsv disapproval, intensifier): the phrase 对 opens names the act condemned."""
    for word in words("intensifier"):
        if rest.startswith(word, at):
            at += len(word)
            break
    return rest.startswith(tuple(words("disapproval")), at)


def _caused(stretch: str) -> bool:
    """美国对伊朗空袭|引发|俄罗斯的谴责, …遭到…的批评: the condemnation is a consequence the
    clause reports, not the noun that closes the 对-phrase; 对 governs the act only."""
    return any(w in stretch for w in words("causes")) or any(w in stretch for w in _SUFFERED)


_SUFFERED: Final = ("遭到", "遭受", "受到", "招来")


def _gives_aid(text: str, clause: Clause, end: int) -> bool:
    """为乌克兰提供新一批坦克: what a verb of giving provides, a few characters after it in its
    clause, is aid (words.tsv: aid_goods), not a chance or a lesson (为中国提供了机遇)."""
    stretch = text[end : min(clause.end, end + _GOODS_REACH)]
    return any(w in stretch for w in words("aid_goods"))


_RECIPIENT_STOPS: Final = frozenset("人民籍的")
_GIVING_VERBS: Final = ("提供", "提供了", "给予", "给予了")


def _recipient_before_aid(text: str, mention: Mention, boundary: int) -> bool:
    """美国提供|以色列|军事援助: an actor between a verb of giving and the aid noun right after it
    is who gets the aid (the verb's first object), not who gives it."""
    return mention.end == boundary and text[: _front(mention)].endswith(_GIVING_VERBS)


def _recipient_after(text: str, clause: Clause, end: int, mentions: list[Mention]) -> list[Mention]:
    """提供|基辅|新的资金, 提供|俄方|武器的零件, 提供|乌克兰|安全保障: a verb of giving with two
    objects, the one who gets it named right after the verb (了 may come between), then aid
    (words.tsv aid_goods); not a country's people (提供|加国|人入境免签) nor what it owns
    (提供台湾的…), nor a thing that is no aid (提供|南韩|核动力潜舰燃料)."""
    at = end + (text[end : end + 1] == "了")
    first = next((m for m in mentions if _front(m) == at), None)
    if first is None or first.end >= clause.end or text[first.end] in _RECIPIENT_STOPS:
        return []
    if first.actor.type not in {"Country", "Organization", "Region", "Person"}:
        return []
    if not _gives_aid(text, clause, first.end):
        return []
    return _with_coordinated(text, clause, first, mentions)


def _joined_hands(text: str, partner: Mention, trig: Trigger) -> bool:
    """厄立特里亚与|TPLF|联手准备发动战争: sides that a word of doing together closes (words.tsv
    along_close) act side by side; in a hostile act each is no enemy of the other."""
    return trig.event_type in _HOSTILE and opens_with(text, partner.end, "along_close")


def _hands_over_goods(text: str, clause: Clause, pos: int, end: int) -> bool:
    """将爱国者导弹移交给乌克兰: what a verb of handing over passes on is named a few characters
    before it in its clause, or after the recipient (已移交给乌克兰|首批豹2坦克); only weapons,
    money or supplies (words.tsv: aid_goods) make it aid, not a right, a report or a canal
    (将主办权移交给美方代表, 卡特却转交给巴拿马)."""
    return _named_before_handing(text, clause, pos, "aid_goods") or _gives_aid(text, clause, end)


def _hands_over_suspects(text: str, clause: Clause, pos: int) -> bool:
    """将26名被指控为贩毒集团成员的人移交给美国: suspects or convicts (words.tsv suspect_handed)
    named a few characters before a verb of handing over are handed to the state that tries
    them: judicial cooperation with it, as extradition is (dc, nb, wf code it COOPERATE)."""
    return _named_before_handing(text, clause, pos, "suspect_handed")


def _hands_over_territory(text: str, clause: Clause, pos: int, end: int) -> bool:
    """将巴拿马运河移交巴拿马政府, 由美国移交给巴拿马的运河: a territory or the rule over one
    (words.tsv territory_handed) named a few characters before a verb of handing over, or as the
    noun its clause closes into after the recipient (…的运河), is yielded to the recipient: the
    golds code it CONCEDE (db, dn, wf)."""
    if _named_before_handing(text, clause, pos, "territory_handed"):
        return True
    tie = text.find("的", end, min(clause.end, end + _GOODS_REACH))
    return tie != -1 and opens_with(text, tie + 1, "territory_handed")


def _named_before_handing(text: str, clause: Clause, pos: int, cls: str) -> bool:
    """Whether a word of ``cls`` (words.tsv: what is handed over) stands a few characters before
    the verb of handing over at ``pos``, inside its clause (将|爱国者导弹|移交给乌克兰)."""
    return holds_any(text[max(clause.start, pos - _GOODS_REACH) : pos], words(cls))


@lru_cache(maxsize=1)
def _targets_listing() -> re.Pattern[str]:
    """(的)对象包括, ,目标为: a noun that names whom an act is aimed at (words.tsv: target_noun)
    and a verb that lists them (listing); after a pause only without 的 (制裁,对象包括…)."""
    nouns = "|".join(map(re.escape, words("target_noun")))
    verbs = "|".join(map(re.escape, words("listing")))
    return re.compile(rf"(?:的|[，,])?(?:{nouns})(?:主要)?(?:{verbs})[：:]?")


def _listed_targets(text: str, end: int, mentions: list[Mention]) -> list[Mention]:
    """制裁的对象包括伊朗和朝鲜, 宣布新一轮制裁,对象包括伊朗和委内瑞拉: the actors the
    object noun of an act lists are its targets, each of them."""
    match = _targets_listing().match(text, end)
    if match is None:
        return []
    first = next((m for m in mentions if _front(m) == match.end()), None)
    if first is None or first.via in {"place", "media"}:
        return []
    stop = next(
        (i for i in range(first.end, len(text)) if text[i] in _PUNCT and text[i] != "、"), len(text)
    )
    return _with_coordinated(text, Clause(first.start, stop), first, mentions)


_LIST_GOES_ON: Final = re.compile(r"等(?:个人|人员|官员|实体|机构|企业|单位)[,，]?(?:以及|及|和)")


def _list_goes_on(text: str, last: Mention, mentions: list[Mention]) -> list[Mention]:
    """制裁名单包括A、B等个人,以及C、D等实体: a list of targets goes on past the kind it closes
    with into a list of another kind."""
    for link in _LIST_GOES_ON.finditer(text, last.end, last.end + 12):
        if link.start() != last.end:
            break
        nxt = next((m for m in mentions if _front(m) == link.end()), None)
        if nxt is None or nxt.via in {"place", "media"}:
            return []
        stop = next(
            (i for i in range(nxt.end, len(text)) if text[i] in _PUNCT and text[i] != "、"),
            len(text),
        )
        group = _with_coordinated(text, Clause(nxt.start, stop), nxt, mentions)
        return group + _list_goes_on(text, group[-1], mentions)
    return []


_COMMAS: Final = frozenset(",，")


_ON_THE_LIST_TOO: Final = re.compile(r"(?:等人|等)?(?:也|都|均|亦|同样|已经|已|还)*$")


def _on_list_before(text: str, pos: int, mentions: list[Mention]) -> list[Mention]:
    """美国司法部长贾兰、…顾问莱斯,以及联邦调查局局长瑞伊都在禁止名单之中: the actors listed
    right before the words that put them on a list are its targets, each of them."""
    head = text[max(0, pos - 8) : pos]
    stop = pos - len(_ON_THE_LIST_TOO.search(head).group())  # type: ignore[union-attr]
    last = next((m for m in reversed(mentions) if m.end == stop), None)
    if last is None or last.via in {"place", "media"}:
        return []
    group = [last]
    for other in reversed(mentions):
        if other.end > _front(group[0]):
            continue
        link = _list_link(text[other.end : _front(group[0])])
        if link[:1] in _COMMAS and link[1:] in {"以及", "及", "和"}:
            link = link[1:]  # 、…顾问莱斯,以及联邦调查局局长瑞伊: the last one after a comma
        if link in _COMMAS and other.actor.type == group[0].actor.type == "Person":
            link = "、"  # 林郑月娥,张晓明,骆惠宁等人上榜: names parted by commas alone
        if link not in _LINKS:
            break
        group.insert(0, other)
    return group


def _posts_listed_on(text: str, listed: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """包括美国总统拜登,国务卿布林肯,国防部长奥斯汀: people listed with their posts may be
    parted by commas; a clause that holds nothing but posts and names goes on with the list."""
    extra: list[Mention] = []
    last = listed[-1] if listed else None
    while (
        last is not None
        and last.actor.type == "Person"
        and text[last.end : last.end + 1] in _COMMAS
    ):
        nxt = next((m for m in mentions if m.start > last.end), None)
        if nxt is None or nxt.actor.type != "Person" or nxt.via in {"place", "media"}:
            break
        if _without_titles(text[last.end + 1 : _front(nxt)], 0):
            break  # ,国务卿布林肯表示…: a clause of its own, not a name in the list
        stop = next(
            (i for i in range(nxt.end, len(text)) if text[i] in _PUNCT and text[i] != "、"),
            len(text),
        )
        group = _with_coordinated(text, Clause(nxt.start, stop), nxt, mentions)
        if text[group[-1].end : stop]:
            break  # the clause says more than who is listed
        extra.extend(group)
        last = group[-1]
    return extra


def _officer_named_after(text: str, body: Mention, mentions: list[Mention]) -> Mention | None:
    """美国陆军在中东地区指挥官|麦克尔·库里拉: a body followed by a post in it (and where it is
    held) and a name is the person's description; the person is the one listed."""
    person = next((m for m in mentions if m.start >= body.end), None)
    if person is None or person.actor.type != "Person" or person.start - body.end > 16:
        return None
    between = text[body.end : _front(person)]
    if any(c in _PUNCT or c == "、" for c in between):
        return None
    rest = _without_titles(between, 0)
    if rest.startswith("在") and has_verb(rest[1:]):
        return None  # 要求哈马斯|在一周内释放|总统巴祖姆: the body acts on the person, no post
    return person if rest != between and (not rest or rest.startswith("在")) else None


_FATE_REACH: Final = 8


def _not_asked(text: str, clause: Clause, end: int, found: list[Mention]) -> bool:
    """希望印度不会因此付出代价, 希望该国免遭战火: the actor after a wish is the one something
    befalls (words.tsv: fate), not the one asked to act; 最不希望看到的就是苏联崩塌: an actor
    after a relative clause is what is hoped for, not whom."""
    if "的" in text[end : _front(found[0])]:
        return True
    stretch = text[found[-1].end : min(clause.end, found[-1].end + _FATE_REACH)]
    return any(w in stretch for w in words("fate"))


_NEAR_REACH: Final = 12
_ALL_COVERBS: Final = _NOT_SUBJECT_BEFORE - {""}
_NEAR_LINKS: Final = set("的是了")
_ANY_COVERB: Final = _WITH | _TO | _FROM | _FOR | set("将把被在于")


def _near_after(
    text: str, clause: Clause, end: int, mentions: list[Mention], asks: bool
) -> list[Mention]:
    """制裁了俄罗斯国防部下属的三家企业: when the frames find no target, the first actor a
    few characters after the trigger, in its clause and before any other verb of speech or
    act, is its target (with less confidence). ``asks``: the trigger is a demand, whose
    target is whom it asks, never an actor in what it asks for."""
    for mention in mentions:
        if mention.start < end or mention.start >= min(clause.end, end + _NEAR_REACH):
            continue
        if mention.via in {"place", "media"} or opens_with(text, mention.end, "topic"):
            return []  # 期待乌克兰问题…解决: a topic is no target
        between = text[end : _front(mention)]
        if any(c in _PUNCT or c in _ANY_COVERB for c in between):
            return []  # 希望与金正恩会面, 要求民间停止对朝…: another frame governs it
        if between and not any(c in between for c in _NEAR_LINKS):
            return []  # 袭击红海商船|美英联军: the object ended before the actor
        if any(v in between for v in speech_verbs()) or (asks and has_verb(between)):
            return []  # 要求封杀华为: an actor in what is asked for is not asked
        if trigger_pattern().search(between) or text[_front(mention) - 1 : _front(mention)] in {
            "在",
            "于",
        }:
            return []
        group = _with_coordinated(text, clause, mention, mentions)
        if len(group) > 1 and _joint_subjects(text, group):
            return group[:1]  # 制裁妨碍了伊朗与欧洲开展贸易: 欧洲 is the partner of 伊朗's act
        return group
    return []


_JOINT_LINKS: Final = ("与", "同", "跟")


def _joint_subjects(text: str, group: list[Mention]) -> bool:
    """伊朗与欧洲开展贸易: actors joined by 与/同/跟 and followed right away by a verb are one
    that acts and its partner, not a list."""
    if not text[group[0].end : _front(group[1])].startswith(_JOINT_LINKS):
        return False
    return has_verb(text[group[-1].end : group[-1].end + 2])


_SAID_REACH: Final = 20


def _warned(
    text: str,
    clauses: list[Clause],
    index: int,
    subject: Mention,
    objects: list[Mention],
    mentions: list[Mention],
) -> list[Mention]:
    """美国官员警告,华府可能制裁…中国官员: a warning whose next clause opens with the
    speaker's own side is aimed at the first other actor that clause names."""
    if any(not _same_side(subject, o) for o in objects):
        return objects
    nxt = clauses[index + 1]
    for mention in mentions:
        if nxt.start <= mention.start < nxt.end and mention.via not in {"place", "media"}:
            if not _same_side(subject, mention) and not _same_side(objects[0], mention):
                return [mention]
    return objects


def _said_target(text: str, clause: Clause, end: int, mentions: list[Mention]) -> list[Mention]:
    """威胁要对芬兰采取报复措施, 扬言将继续袭击以色列船只: a threat is aimed at the first actor
    named in what it threatens (within its clause); but a warning that a move (words.tsv
    this_move) will harm someone (警告此举威胁苏丹的统一) aims at no one it names."""
    if opens_with(text[end : end + 6].lstrip("说称道，, "), 0, "this_move"):
        return []
    for mention in mentions:
        if mention.start < end or mention.start >= min(clause.end, end + _SAID_REACH):
            continue
        if mention.via in {"place", "media"}:
            continue
        if _warned_addressee(text[end : _front(mention)]):
            return []  # 警告企业不要与伊朗进行交易: the firms are warned, Iran is not
        if _partner_in_relative(text, clause, mention):
            return []  # 警告与朝鲜有军事往来的国家: the states warned, not their partner
        if mention.group is not None:  # 威胁要对美韩采取行动: each of the compound
            return _group_of(mention, mentions)
        described = _described_after(text, clause, end, mention, mentions)
        if described is not None:  # 威胁对[支持伊朗的]国家加征关税: the states, no actor
            return _with_coordinated(text, clause, described, mentions) if described else []  # type: ignore[arg-type]
        return _with_coordinated(text, clause, mention, mentions)
    return []


def _answered_inside(text: str, trig: Trigger, mentions: list[Mention]) -> list[Mention]:
    """保留采取最严厉的措施来回应|基辅政权|的恐怖袭击的权利: a right reserved to take measures is a
    threat aimed at the actor whose deed the measures answer, named inside the split trigger
    right after a verb of answering (words.tsv reserved_answer)."""
    if trig.inner is None:
        return []
    start, stop = trig.inner
    for word in words("reserved_answer"):
        at = text.find(word, start, stop)
        if at < 0:
            continue
        after = at + len(word)
        found = [m for m in mentions if m.start == after and m.end <= stop and m.via != "place"]
        if found:
            return found[:1]
    return []


def _warned_addressee(between: str) -> bool:
    """警告|业界使用|中国芯片, 警告|各国银行不要与|俄罗斯…: a warning addressed to someone who is
    no actor (a noun right after the verb, then what they are warned to do or not): what it
    says they might do to an actor threatens that actor with nothing. A demonstrative may
    point at that noun (指责|这些公司支持|俄罗斯军工, 指责|此次峰会旨在孤立|中俄): the one
    blamed is what it points at, not the actor its deed reaches."""
    tags = _tag(between) if between else ()
    copulas = words("deed_copula")
    if (
        len(tags) > 2
        and tags[0][1] == "r"
        and tags[1][1].startswith("n")
        and not any(w in copulas for w, _ in tags)
    ):
        tags = tags[1:]  # (not 指责|这次导弹袭击是在|白俄罗斯协助下实施的: the deed judged)
    if len(tags) < 2 or not tags[0][1].startswith("n") or tags[0][1] == "nr":
        return False
    return any(tag[:1] in {"v", "d", "p"} for _, tag in tags[1:])


_RELATIVE_LEAD: Final = 3  # adverbs between 对 and the verb of a relative clause (对曾经访华的…)


def _governed_relative(
    text: str, clause: Clause, pos: int, mentions: list[Mention]
) -> Mention | bool | None:
    """对[支持伊朗的]国家, 对[访华的]美国议员: a verb right after 对/向 opens a relative clause
    that describes what the preposition governs; the actor it describes (the head after 的)
    does the verb, or nobody when the head is a plain noun (False). None: no such clause."""
    lead = text[max(clause.start, pos - _RELATIVE_LEAD - 1) : pos]
    at = max(lead.rfind(coverb) for coverb in "对向")
    if at < 0 or not (trigger_pattern().match(text, pos) or text[pos : pos + 1] in "向给为与同跟"):
        return None  # (对原产|于中国的钢材: the subject is looked for before 于, no verb)
    at += pos - len(lead)
    if not _real_coverb(text, at) or any(c in _PUNCT for c in text[at:pos]):
        return None
    if any(at < m.start <= pos for m in mentions) or text[at - 1 : at] in "针面相反":
        return None  # (对好友|戴维斯的帮助心存感激: the actor is what 对 governs)
    de = text.find("的", pos, min(clause.end, pos + _DESCRIBING_REACH))
    if de < 0 or any(c in _PUNCT for c in text[pos:de]):
        return None
    if text[pos : pos + 1] in "与同跟" and not has_verb(text[pos + 1 : de]):
        return None  # 对[与美国的]谈判持开放态度: talks with someone, no relative clause
    after = text[de + 1 : min(clause.end, de + 12)]
    if not has_verb(after):
        return None  # 对访问的看法: no verb follows, no relative clause
    head = next((m for m in mentions if m.start > de and _front(m) - de - 1 <= 2), None)
    return head if head is not None and head.via not in {"place", "media"} else False


def _described_after(
    text: str, clause: Clause, end: int, mention: Mention, mentions: list[Mention]
) -> Mention | bool | None:
    """对[实施反美政策的]金砖国家, 对[支持伊朗的]国家: an actor inside a relative clause that
    opens after 对/向 describes what follows its 的; that actor (the head) is meant, or no
    actor when the head is a plain noun (False). None: the actor is no such description."""
    front = _front(mention)
    at = max(text.rfind(coverb, end, front) for coverb in "对向")
    if at < 0 or not has_verb(text[at + 1 : front]):
        return None
    de = text.find("的", mention.end, min(clause.end, mention.end + _HEAD_REACH))
    if (
        de < 0
        or has_verb(text[mention.end : de])
        or any(c in _PUNCT for c in text[mention.end : de])
    ):
        return None
    head = next((m for m in mentions if m.start > de and _front(m) - de - 1 <= 2), None)
    return head if head is not None and head.via not in {"place", "media"} else False


_SCARE_QUOTES: Final = re.compile(r"[“「]([^“”「」,，。]{1,6})[”」]")


def _unquoted(stretch: str) -> str:
    """A stretch with the quotation marks of its short quoted words taken out (“侵闯” → 侵闯)."""
    if "“" not in stretch and "「" not in stretch:
        return stretch
    return _SCARE_QUOTES.sub(lambda m: m.group(1), stretch)


def _after(
    text: str,
    clause: Clause,
    end: int,
    gap,
    mentions: list[Mention],
    blame: bool = False,
    quoted: bool = False,
) -> list[Mention]:
    """The target right after the trigger. ``blame``: the trigger blames (谴责, 抗议), and the
    sides of a joint act it names are its targets (谴责美韩|联合军演). ``quoted``: a demand may
    open a quotation that begins with whom it asks (要求「首尔当局应该道歉」), where a quoted
    name after other acts is a slogan or a title (反对“中国制造2025”)."""
    head = _head_after_relative(text, clause, end, mentions, quoted)
    if head is not None and head.group is not None:  # 谴责[将于下周举行的]美日韩|联合军演
        return _compound_targets(text, head, mentions, blame)
    if head is not None:  # 会见了[来华出席峰会的]巴西总统卢拉
        return _with_coordinated(text, clause, head, mentions)
    for mention in mentions:
        if mention.start < end or mention.start >= clause.end:
            continue
        if _hosts(text, mention, mentions):
            end = mention.end  # 要求驻尼|法军…: the host names where the target is stationed
            continue
        # 反对在黎巴嫩进行地面行动: where something happens is no target (but 归咎于|俄方: the
        # trigger's own 于 introduces whom it blames)
        located = False
        if text[_front(mention) - 1 : _front(mention)] in {"在", "于"} and _front(mention) != end:
            if not _lies_in(text, end, mention):
                return []
            located = True  # 袭击|位于|巴基斯坦境内的|大坝: where it lies is no gap
        if _partner_in_relative(text, clause, mention):
            return []  # 制裁与伊朗有贸易往来的企业: the firms are hit, not their partner
        if text[max(0, _front(mention) - 2) : _front(mention)] in {"针对", "对于", "关于"}:
            return []  # 否决针对北韩…的决议案: what the object is about is no target
        if text.startswith("就", end):
            return []  # 要求|就北京对台湾采取的行动作出解释: what is to be explained is no target
        if _response_addressee(text, clause, end, mention):
            return []  # 就美国对华实施制裁|向美方提出交涉: whom the response goes to
        if _topic_after(text, mention.end):
            return []  # 期待台湾问题…解决: a topic is no target
        if opens_with(text, mention.end, "except"):
            return []  # 访问东盟以外的国家: what is left out is no target
        between = text[end : _quoted_front(text, mention)]  # 制裁|“真主党”: a name, no slogan
        if located:
            between = between.removesuffix("位于")
        if mention.actor.type == "Person":  # 抗议|现任总统|马杜罗: his titles are no gap
            between = _without_title_prefix(_without_titles(between, 0))
        between = _without_descriptor(between)  # 指责|邻国|巴基斯坦
        between = _without_including(text, between, mention, clause)  # 谴责|包括|伊朗…在内的
        between = _unquoted(between)  # 驱离2艘“侵闯”的|菲律宾船艇
        if quoted and between in _OPENING_QUOTES:
            between = ""
        elif blame and between in _OPENING_QUOTES and not _quoted_name(text, mention):
            between = ""  # 批评「刚果武装部队…轰炸平民村庄」: the quoted deed's doer is blamed
        between = _determiner().sub("", between)  # 承认|最后一个|塔利班政权, 制裁|这家|伊朗企业
        between = _STATIONED.sub("", _quantity().sub("", between))
        # 各驱逐|国内|4名俄罗斯外交官: where the target's people are is no gap
        for home in words("home_ground"):  # (in the file's order: 本国境内 loses both)
            between = between.removeprefix(home)
        if "年" in between:  # 退出|2015年|伊核协议: the year of what it names is no gap
            between = _YEAR.sub("", between)
        between = _OTHER_BEFORE.sub("", between)  # 号召|其他|拉美国家: "the other" is no gap
        if between.endswith(words("this_time")):  # 抵制|这次|G20峰会: the occasion's determiner
            between = between[: -len(next(w for w in words("this_time") if between.endswith(w)))]
        spaced = len(between) - sum(between.count(p) for p in "了过着")
        if spaced > gap or any(c in _PUNCT for c in between):
            return []
        if "并" in between:
            return []  # 会晤|并对|南非进行国事访问: 并 opens the next verb, whose target it is
        if between in _NOMINALS_JOINED and _joined_owned_nominal(text, end, mention):
            return []  # 美国对委内瑞拉的军事攻击|和|美国对…的封锁: the next act's doer
        if mention.group is not None:  # 呼吁俄乌双方…: each member of the compound
            return _compound_targets(text, mention, mentions, blame)
        related = _related_to(text, clause, mention, mentions)
        if related is not None:  # 支持他的竞争对手勒庞: the rival, not him
            return related
        citizen = _named_citizen(text, mention, mentions)
        if citizen is not None:  # 判处美国公民|乔尔·斯通: the man, not his country
            return [citizen]
        inner = _past_locative(text, clause, mention, mentions)
        if inner is not None:  # (…东部的“顿涅茨克人民共和国”和“卢甘斯克人民共和国”: each)
            return _with_coordinated(text, clause, inner, mentions)
        listed = _with_coordinated(text, clause, mention, mentions)
        if "包括" in text[end : _front(mention)]:  # 制裁包括特首林郑月娥在内11名|中港|官员
            listed = listed + _owners_after_including(text, clause, listed[-1], mentions)
        return listed
    return []


_OWNED_ACT_SEGMENT = re.compile(r"(?:对|的|单方面)[^，,。；;：:、和及与]{1,12}?(?:以及|、|和|及)")
_OWNED_ACT_OPENERS: Final = ("对", "的", "单方面")


def _owners_listed_after(
    text: str, clause: Clause, last: Mention, mentions: list[Mention]
) -> list[Mention]:
    """谴责|美国|对俄制裁和|欧盟|对俄制裁, 以示反对|联合国|对朝制裁决议、|韩国|单方面对朝实施制裁:
    the object of a reaction is a list of acts, each opened by its own doer (then 对, 的 or
    单方面); every doer after the first is reacted to as well. Plain coordination (美国和欧盟)
    is _with_coordinated's; an item that opens with no actor (和对黎巴嫩的轰炸) ends the list."""
    owners: list[Mention] = []
    while True:
        segment = _OWNED_ACT_SEGMENT.match(text, last.end, clause.end)
        if segment is None:
            return owners
        nxt = next(
            (m for m in mentions if _front(m) == segment.end() and m.via not in {"place", "media"}),
            None,
        )
        if nxt is None or not text.startswith(_OWNED_ACT_OPENERS, nxt.end):
            return owners
        owners.append(nxt)
        last = nxt


def _response_addressee(text: str, clause: Clause, end: int, mention: Mention) -> bool:
    """就美国对华实施制裁|向美方提出严正交涉: an actor after 向 whom a response is then lodged
    with (提出, 表示, 表达…) closes the matter phrase the act stands in (opened by 就, 针对,
    关于, 对于); it is the response's addressee, no target of the act the phrase names (but
    王毅在会谈中向卢比奥表示…: no matter phrase, the one told is met)."""
    front = _front(mention)
    if text[front - 1 : front] != "向":
        return False
    if _CLOSES_TO_PHRASE.match(text, mention.end) is None:
        return False
    return any(w in text[clause.start : end] for w in _MATTER_OPENERS)


_MATTER_OPENERS: Final = ("就", "针对", "关于", "对于")


def _named_citizen(text: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """判处美国公民|乔尔·斯通: a country, a citizen noun (words.tsv citizen) and right after it a
    person's name name that person; the country only says whose citizen he is (a citizen with
    no name, 逮捕两名美国公民, leaves the country the target)."""
    if mention.actor.type != "Country":
        return None
    noun = word_at(text, mention.end, "citizen") or None
    if noun is None:
        return None
    at = mention.end + len(noun)
    return next((m for m in mentions if m.start == at and m.actor.type == "Person"), None)


def _compound_targets(
    text: str, mention: Mention, mentions: list[Mention], blame: bool
) -> list[Mention]:
    """呼吁俄乌双方…, 谴责[将于近日举行的]美日韩联合军演: each member of a compound is a target;
    none when the compound only names the sides of a joint act or a relation the trigger is
    about (支持朝美|对话), unless the trigger blames and the act is a joint one (谴责美韩|军演)."""
    group = _group_of(mention, mentions)
    last = group[-1].end
    joint = _joint_noun_follows(text, last)
    if joint and not (blame and _joint_act_follows(text, last)):
        return []
    if blame:  # 谴责美韩核作战演习“钉锤”和美日韩联合军演: the next compound's act too
        group = group + _next_joint_compound(text, last, mentions, group)
    return group


_NAMED_ACT: Final = re.compile(
    r"[^，,。；;：:“「和及、]{1,6}(?:[“「][^“”「」，,。]{1,10}[”」])?(?:和|及|以及|、)"
)


def _next_joint_compound(
    text: str, last: int, mentions: list[Mention], group: list[Mention]
) -> list[Mention]:
    """美韩|核作战演习“钉锤”和|美日韩|联合军演: a blamed joint act coordinated with another
    joint act of a compound (and, between them, only the first act's words and its quoted
    name); the members of that second compound are blamed as well."""
    opened = _NAMED_ACT.match(text, last)
    if opened is None or not any(_joint_act_follows(text, at) for at in range(last, opened.end())):
        return []
    nxt = next((m for m in mentions if m.start == opened.end() and m.group is not None), None)
    if nxt is None:
        return []
    members = _group_of(nxt, mentions)
    if not _joint_act_follows(text, members[-1].end):
        return []
    seen = {m.actor for m in group}
    return [m for m in members if m.actor not in seen]


_INCLUDED_OWNERS: Final = re.compile(
    r"在内的?(?:[0-9０-９]+|[一二两三四五六七八九十百千]+|多|数|若干)?(?:名|位|个|家)?"
)


def _owners_after_including(
    text: str, clause: Clause, last: Mention, mentions: list[Mention]
) -> list[Mention]:
    """制裁包括特首林郑月娥在内11名中港官员: the people a 包括…在内 list names first belong to
    the group that follows, and the countries that own the group (中港官员, 伊朗企业) are hit
    as well; none when the group is nobody's (在内的多名官员)."""
    opened = _INCLUDED_OWNERS.match(text, last.end, clause.end)
    if opened is None:
        return []
    owner = next((m for m in mentions if m.start == opened.end()), None)
    if owner is None or owner.actor.type not in {"Country", "Region"}:
        return []
    if owner.group is not None:
        owners = _group_of(owner, mentions)
    else:  # 11名中国和香港官员
        owners = _with_coordinated(text, clause, owner, mentions)
    if not opens_with(text, owners[-1].end, "included_head"):
        return []
    return owners


def _admitted_partner(text: str, end: int, mention: Mention) -> bool:
    """承认了与|高岩|发生过男女关系: an actor a 与 opens right after 承认, with a verb after it,
    is the partner of the act admitted, not whom 承认 recognises (承认瓜伊多为临时总统). Only
    for recognition: 欢迎与中方加强合作 still welcomes China."""
    if text[end : _front(mention)].lstrip("了过曾")[:1] not in _JOINT_PARTNER:
        return False
    return not text.startswith(("的", "之", "“", '"', "「"), mention.end) and has_verb(
        text[mention.end : mention.end + 4]
    )


_LIES_IN_TAIL: Final = re.compile(r"[^，,。；;：:“”「」的]{0,8}的")


def _lies_in(text: str, end: int, mention: Mention) -> bool:
    """袭击|位于巴基斯坦境内的|一座大坝: what the act reaches is said to lie in the place 位于
    introduces right after the trigger; the place is its target (an actor after the 的 comes
    first: 闯入位于基多的|墨西哥大使馆)."""
    front = _front(mention)
    if text[end:front].lstrip("了") != "位于":
        return False
    return _LIES_IN_TAIL.match(text, mention.end) is not None


_COPULA_GAP: Final = 2  # 巴祖姆|仍|是: an adverb between the topic and 是


def _copula_topic(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> list[Mention]:
    """巴祖姆仍是|西共体承认的|尼日尔合法领导人, 伊朗是|美国制裁的|国家之一: after 是, an actor's
    act that describes what the topic before 是 is (the act, then 的) is on that topic."""
    shi = text.rfind("是", clause.start, pos)
    if shi == -1 or not any(shi < m.start and m.end <= pos for m in mentions):
        return []
    before = [m for m in mentions if clause.start <= m.start and m.end <= shi]
    if not before or shi - before[-1].end > _COPULA_GAP or has_verb(text[before[-1].end : shi]):
        return []
    return [before[-1]]


_YEAR: Final = re.compile(r"(?:19|20)\d\d年")


def _topic_after(text: str, end: int) -> bool:
    """伊朗|核问题, 台湾|问题: what follows makes the actor a topic; not the name of a deal
    made with it (伊朗|核问题全面协议: words.tsv deal_named, the deal is the actor's, 伊核协议)."""
    return opens_with(text, end, "topic") and not opens_with(text, end, "deal_named")


def _partner_in_relative(text: str, clause: Clause, mention: Mention) -> bool:
    """要求|与俄罗斯有贸易往来的|国家…, 制裁|同伊朗做生意的|银行: an actor that 与/同/跟 opens
    in a relative clause (a verb, then 的 and a head that is no act) is the partner of whom the
    relative describes, not the target of the act that governs the phrase."""
    front = _front(mention)
    if text[front - 1 : front] not in _WITH - {"和"}:
        return False
    de = text.find("的", mention.end, min(clause.end, mention.end + _DESCRIBING_REACH))
    if de < 0 or any(c in _PUNCT for c in text[mention.end : de]):
        return False
    if not any(tag[:1] == "v" for _, tag in _tag(text[mention.end : de])):
        return False  # (与朝鲜|有|往来的: a verb of one character will do)
    if _heads_a_deal(text, de + 1, min(clause.end, de + 1 + _ACT_HEAD_REACH)):
        return False  # 退出与伊朗达成的|核协议: the deal's partner is whom ending it concerns
    if trigger_pattern().match(text, de + 1, clause.end):
        return False  # (举行高级别的|会谈: the act itself)
    words_after = _tag(text[de + 1 : min(clause.end, de + 1 + _ACT_HEAD_REACH)])
    if words_after and not words_after[0][1].startswith("n"):  # (举行的|直接|谈判)
        return not trigger_pattern().match(text, de + 1 + len(words_after[0][0]), clause.end)
    return True


_ACT_HEAD_REACH: Final = 6


def _heads_a_deal(text: str, start: int, end: int) -> bool:
    """退出与伊朗达成的|核协议: a relative whose head is a deal names the deal's partner, whom
    ending it concerns (but 制裁与伊朗签署协议的|公司: the firms are hit)."""
    return any(
        not isinstance(trig, str) and trig.event_type == "AGREE"
        for _, trig in find_triggers(text, start, end)
    )


_RELATION_REACH: Final = 4  # characters between 的 and a relation word (他的|前|竞选|搭档)
_RELATED_NAME_REACH: Final = 6


def _related_to(
    text: str, clause: Clause, mention, mentions: list[Mention]
) -> list[Mention] | None:
    """支持他的竞争对手勒庞, 援助美国的盟友: an actor followed by 的 and one who stands in a
    relation to it (words.tsv: relation) only says whose that one is: the target is the one
    named right after the relation word, or nobody; None when no relation word follows."""
    if text[mention.end : mention.end + 1] != "的":
        return None
    stretch = text[mention.end + 1 : min(clause.end, mention.end + 1 + _RELATION_REACH + 3)]
    stop = next((i for i, c in enumerate(stretch) if c in _PUNCT), len(stretch))
    found = [
        stretch.find(w) + len(w)
        for w in words("relation")
        if 0 <= stretch.find(w) <= _RELATION_REACH and stretch.find(w) + len(w) <= stop
    ]
    if not found:
        return None
    after = mention.end + 1 + max(found)
    for other in mentions:
        if other.start < after or _front(other) > after + _RELATED_NAME_REACH:
            continue
        between = _without_title_prefix(_without_titles(text[after : _front(other)], 0))
        if any(c in _PUNCT for c in text[after : _front(other)]) or len(between) > 2:
            return []
        return _with_coordinated(text, clause, other, mentions)
    return []


def _without_including(text: str, between: str, mention: Mention, clause: Clause) -> str:
    """谴责包括伊朗、朝鲜在内的国家, 邀请包括印度在内的多国: 包括 that opens a list closed by
    在内 stands for no words between the act and its first target."""
    if not between.endswith("包括"):
        return between
    rest = text[mention.end : min(clause.end, mention.end + _INCLUDED_REACH)]
    close = rest.find("在内")
    if close < 0 or any(c in _PUNCT for c in rest[:close]):
        return between
    return between[: -len("包括")]


_DESCRIBING_REACH: Final = 24
_HEAD_REACH: Final = 8


def _head_after_relative(
    text: str, clause: Clause, end: int, mentions: list[Mention], asks: bool = False
) -> Mention | None:
    """会见了来华出席峰会的巴西总统卢拉, 制裁了为俄罗斯提供无人机的伊朗: a relative clause
    (a verb, then 的) between the trigger and its object describes the object; the actor it
    describes, right after 的, is the target, not an actor inside the clause. ``asks``: the
    trigger is a demand, and an actor after a verb past 的 is in what is asked for."""
    limit = min(clause.end, end + _describing_reach(text, end))
    de = text.find("的", end, limit)
    if de < 0:
        return None  # no 的 in reach (and text[end:-1] would be the rest of the article)
    clause_text = _unquoted(text[end:de])  # 驱离2艘“侵闯”的|菲律宾船艇
    if any(c in _PUNCT for c in clause_text) or not has_verb(clause_text):
        return None
    if clause_text in words("act_noun"):
        return None  # 加入西方对俄制裁|行动|的日本: the act named as a thing, no relative clause
    inside = [m for m in mentions if end <= m.start < de]
    if (
        inside
        and _coverb_start(text, inside[0]) == _front(inside[0])
        and not text[end : _front(inside[0])].endswith(words("attend"))
        and not _visit_opening(text, end)
    ):
        # 邀请特朗普出席…的峰会: the actor after the trigger is its object (but 会见出席|中非合作
        # 论坛峰会的|南非总统, 会见来华举行|中国-欧盟领导人会晤的|科斯塔: the body whose meeting
        # is attended or held is inside the relative clause)
        return None
    for mention in mentions:
        front = _front(mention)
        if front <= de or mention.start >= clause.end:
            continue
        between = text[de + 1 : front]
        if len(between) > _HEAD_REACH or any(c in _PUNCT for c in between):
            return None
        if asks and has_verb(between):
            return None  # 要求与俄罗斯有往来的|国家停止购买|俄罗斯石油: who is asked, then the act
        if mention.via in {"place", "media"}:
            return None
        return mention
    return None


_VISIT_CLAUSE_REACH: Final = 64


def _visit_opening(text: str, end: int) -> bool:
    """会见|来华出席…的X, 会见|来华举行…会晤的X: right after the trigger a relative clause opens
    with a trip here or to a meeting (words.tsv visit_clause)."""
    return opens_with(text, end, "visit_clause")


def _describing_reach(text: str, end: int) -> int:
    """How far after a trigger the 的 closing a relative clause is looked for: a clause that
    opens with a trip (来华出席2025年上海合作组织峰会和纪念…胜利80周年活动的|蒙古国总统) names the
    whole event attended, which readouts spell out at length."""
    return _VISIT_CLAUSE_REACH if _visit_opening(text, end) else _DESCRIBING_REACH


def _without_descriptor(stretch: str) -> str:
    """邻国, 盟友, 友邦 before an actor describe it and are no gap before it; so does a group
    of member states (访问了|北约成员国|土耳其: the scan drops it as an actor there)."""
    if stretch.endswith(words("descriptor")):  # (one test first: most stretches end in none)
        for word in words("descriptor"):
            if stretch.endswith(word):
                return stretch[: -len(word)]
    return stretch[: -len(bloc)] if (bloc := _bloc_ending(stretch)) else stretch


def _bloc_ending(stretch: str) -> str:
    """The name of a group of member states (organizations.tsv kind collective) that ends
    ``stretch``, or ""."""
    names, ends = _bloc_names()
    for length in ends.get(stretch[-1:], ()):  # (longest first: the earliest start, as a scan
        if length <= len(stretch) and (name := stretch[-length:]) in names:  # of starts finds)
            return name
    return ""


#: :func:`_bloc_names` once made (see lexicon.made_once).
_BLOC_NAMES_MADE: Final[list[tuple[frozenset[str], dict[str, tuple[int, ...]]]]] = []


def _bloc_names() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The gazetteer's names of groups of member states (two to _BLOC_LONGEST characters), and
    their lengths by their last character, longest first. A name that ends a stretch is the
    longest surface starting there (none runs past the end), so a look-up of each length finds
    what the longest match at each start found, at a fraction of the cost (most stretches end
    in none)."""
    return (
        _BLOC_NAMES_MADE[0] if _BLOC_NAMES_MADE else made_once(_BLOC_NAMES_MADE, _read_bloc_names())
    )


def _read_bloc_names() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    gaz = load_gazetteer()
    names = frozenset(
        surface
        for surface, (actor, _) in gaz.surfaces.items()
        if 2 <= len(surface) <= _BLOC_LONGEST and gaz.org_kind.get(actor.key) == "collective"
    )
    ends: dict[str, set[int]] = {}
    for name in names:
        ends.setdefault(name[-1], set()).add(len(name))
    return names, {last: tuple(sorted(ls, reverse=True)) for last, ls in ends.items()}


_BLOC_LONGEST: Final = 8


def _hosts(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """驻尼|法军, 驻韩|美军: a country after 驻 right before another actor is where that actor is
    stationed."""
    front = _front(mention)
    if text[front - 1 : front] != "驻":
        return False
    return any(m.start == mention.end for m in mentions)


# 驻尼|法军, 现任|总统
_STATIONED = compile_pattern(r"驻[\u4e00-\u9fff]{1,4}$|^(?:现任|前任|时任|新任|前)$", wide=True)
_NUMERALS: Final = r"[\d０-９一二三四五六七八九十百千万两几多余]+"


@lru_cache(maxsize=1)
def _quantity() -> re.Pattern[str]:
    """A number and its measure word (5家, 多名, 两间): words.tsv classifier."""
    return re.compile(_NUMERALS + "(?:" + "|".join(map(re.escape, words("classifier"))) + ")")


_OTHER_BEFORE: Final = re.compile(r"(?:其他|其它|其余)$")


#: :func:`_determiner` once made (see lexicon.made_once).
_DETERMINER_MADE: Final[list[re.Pattern[str]]] = []


def _determiner() -> re.Pattern[str]:
    """A demonstrative or an ordinal with its measure word, and no more before the target
    (这家|伊朗企业, 这两名|美国官员, 最后一个|塔利班政权, 第三批|俄罗斯实体): it picks which of the
    target's own, it puts no gap between the verb and the target."""
    return (
        _DETERMINER_MADE[0] if _DETERMINER_MADE else made_once(_DETERMINER_MADE, _read_determiner())
    )


def _read_determiner() -> re.Pattern[str]:
    measure = "(?:" + "|".join(map(re.escape, words("classifier"))) + ")"
    return re.compile(
        r"^[了过]?(?:(?:这|那|该|此|每|最后|第)(?:" + _NUMERALS + ")?" + measure + "|这些|那些)"
    )


def _past_locative(
    text: str, clause: Clause, mention: Mention, mentions: list[Mention]
) -> Mention | None:
    """空袭黎巴嫩南部的真主党目标, 也门境内多个胡塞武装目标: a place, a locative word (and 的 or
    a quantity), then the actor hit; or a place and right after it an armed group (加沙地带
    哈马斯目标): the group is hit where it is."""
    rest = text[mention.end : clause.end]
    for word in words("locative") if opens_with(rest, 0, "locative") else ():
        if rest.startswith(word):
            filler = _LOCATIVE_FILLER.match(rest, len(word))
            at = mention.end + filler.end()  # type: ignore[union-attr]
            # (支持刚果东部|武装组织|M23: the kind of group may stand before its name)
            at += max((len(g) for g in words("group_noun") if text.startswith(g, at)), default=0)
            # (承认乌克兰东部的|“顿涅茨克人民共和国”: the name may stand in quotation marks)
            nxt = next((m for m in mentions if _quoted_front(text, m) == at), None)
            return nxt
    if mention.actor.type in {"Region", "Country"}:  # 加沙地带|哈马斯目标: where the group is
        at = mention.end  # (加沙地带的|哈马斯目标 keeps the place struck)
        nxt = next((m for m in mentions if _front(m) == at), None)
        if nxt is not None and kind_of(load_gazetteer(), nxt.actor) == "armed_group":
            return nxt
    return None


_LOCATIVE_FILLER: Final = re.compile(
    r"的?(?:[\d一二两三四五六七八九十百千数多几]+[个处座名批]|多处|多个|多名)?的?"
)


def _joint_noun_follows(text: str, pos: int) -> bool:
    """支持朝美|对话, 中美|关系: the compound names the sides of a joint act or a relation, and
    that act, not the sides, is what the trigger is about."""
    match = trigger_pattern().match(text, pos)
    trig = trigger_for(match.group()) if match else None
    return text.startswith("关系", pos) or (trig is not None and trig.event_type in SYMMETRIC_TYPES)


_INNER_COVERBS: Final = set("对向与同跟")


def _governed_inside(text: str, end: int, mention: Mention, trig: Trigger) -> bool:
    """反对|对伊朗实施制裁, 谴责|对平民的袭击: an actor a preposition introduces right after a
    judgement or a demand belongs to the act it names, not to the judgement."""
    if trig.event_type not in {"ACCUSE", "REQUEST", "PROTEST"}:
        return False
    front = _front(mention)
    return front > end and text[front - 1] in _INNER_COVERBS and _real_coverb(text, front - 1)


def _consented_act(text: str, end: int, mention: Mention, trig: Trigger) -> bool:
    """同意|对俄罗斯实施制裁, 同意|向乌克兰提供援助, 同意|为乌克兰提供…: after consent, an
    actor a preposition of direction introduces belongs to the act agreed to; nobody agreed
    with it (同意与朝鲜会谈 still agrees with its partner)."""
    return trig.event_type == "AGREE" and text[end : _front(mention)] in _CONSENT_COVERBS


_CONSENT_COVERBS: Final = frozenset("对向给为将把从自")  # 同意将俄罗斯列入制裁名单, 同意从加沙撤军


def _joint_act_follows(text: str, pos: int) -> bool:
    """美韩|联合军演, 中俄|联合巡航: a joint act (not a relation or talks) follows."""
    match = trigger_pattern().match(text, pos)
    trig = trigger_for(match.group()) if match else None
    return trig is not None and trig.event_type in {"COOPERATE", "MOBILIZE", "ASSAULT"}


_BLAME: Final = {"ACCUSE", "PROTEST", "THREATEN"}
UNDOES: Final = {"RETREAT": "COERCE"}  # a release (RETREAT) undoes a detention (COERCE)
_PLACE_TARGETS: Final = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "CONSULT"}
_VERBAL: Final = {"ACCUSE", "REJECT", "PROTEST", "SUPPORT"}
_HOSTILE: Final = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"}
_PHYSICAL: Final = {"COERCE", "ASSAULT", "RETREAT"}


_AFTER_FRAME: Final = ("后", "之后", "以来")


def _frames_time(text: str, end: int) -> bool:
    """阿萨德|下台后…: an actor followed by its verb and 后/以来 opens a frame of time inside
    the object phrase; what the act is about comes after it."""
    tokens = _tag(text[end : end + 6])
    return (
        len(tokens) >= 2
        and tokens[0][1].startswith("v")
        and tokens[1][0] in _AFTER_FRAME
        and not trigger_pattern().match(text, end)
    )


def _noun_phrase_owner(
    text: str, clause: Clause, end: int, mentions: list[Mention], heads
) -> list[Mention]:
    """击落两架…侵入的印度空军战机, 赞扬了东道主国日本的努力: the act hits what belongs to the
    last actor named in its object phrase, when that phrase ends in a thing (for physical acts)
    or a deed (for verbal ones)."""
    stop = clause.end
    for pos in range(end, clause.end):
        if text[pos] in _PUNCT and not _quoted_word_at(text, pos):
            stop = pos
            break
    phrase = text[end:stop]
    if len(phrase) > 30 or not phrase.endswith(heads):
        return []
    inside = [m for m in mentions if end <= m.start and m.end <= stop and m.group is None]
    inside = [
        m
        for m in inside
        if text[_front(m) - 1 : _front(m)] not in _NOT_SUBJECT_BEFORE or _linked_to(text, m)
    ]
    if not inside or stop - inside[-1].end > 8:
        return []
    lead = text[end : _front(inside[-1])].rsplit("的", 1)[-1]
    modifier = "的" in text[inside[-1].end : stop]  # 悬挂英国国旗的|油轮
    if heads is words("deed") and has_verb(text[inside[-1].end : stop]):
        return []  # 反对未经安理会授权的单边制裁: the deed is not the body's
    if not modifier and (has_verb(lead) or _act_in(lead)):
        return []  # 呼吁国际社会…迫使其执行安理会决议: a clause, not a phrase the act is about
    return [inside[-1]]


def _linked_to(text: str, mention: Mention) -> bool:
    """打击与|以色列|有关的船只: an actor after 与/和/同 that a thing is tied to (words.tsv
    linked_to) owns the thing, as 以色列的船只 would."""
    return text[_front(mention) - 1 : _front(mention)] in {"与", "和", "同"} and text.startswith(
        words("linked_to"), mention.end
    )


_LINKED_REACH: Final = 12  # 对|红海航线上|与以色列有关的船只: the place words before 与


def _linked_thing(text: str, mention: Mention) -> bool:
    """与|以色列|有关的船只: a physical thing (words.tsv thing) tied to the actor, which an act
    can hit as it hits 以色列的船只; not a matter (与台湾有关的问题 is what a view is about)."""
    if not _linked_to(text, mention):
        return False
    link = next(w for w in words("linked_to") if text.startswith(w, mention.end))
    return opens_with(text, mention.end + len(link), "thing")


def _linked_thing_opener(text: str, link: int) -> int:
    """对|与以色列有关的船只|进行攻击: the 对 or 向 that opens a thing tied to an actor (the actor
    after the 与 at ``link``, words.tsv linked_to) governs that actor as it would 以色列的船只,
    over a few place words (对|红海航线上|与以色列…); ``link`` itself when none opens it."""
    for at in range(link - 1, max(-1, link - 1 - _LINKED_REACH), -1):
        if text[at] in _PUNCT or text[at] in "、的":
            return link
        if text[at] in _TO and _real_coverb(text, at):
            return at
    return link


_INCLUDED_GAP: Final = 8  # 在内的|一些欧美|官员: words between 在内的 and the group word
_INCLUDED_REACH: Final = 60  # 包括|美国财政部长姆努钦和英国国际贸易大臣利亚姆·福克斯|在内的
_INCLUDED_LINKS: Final = ("、", "和", "及", "与", "同", "跟")


def _including(text: str, mention: Mention) -> int | Mention:
    """同[包括美国在内]的各国: the preposition before 包括 governs the actors listed in it."""
    front = _front(mention)
    opener = text.rfind("包括", max(0, front - 12), front)
    if opener < 0 or any(c in _PUNCT and c != "、" for c in text[opener:front]):
        return mention
    if "在内" not in text[mention.end : mention.end + 12]:
        return mention
    return opener


def _included_in(text: str, group: Mention, mentions: list[Mention]) -> list[Mention]:
    """同[包括赤道几内亚在内的]非洲国家: the actors a 包括…在内的 phrase names before a group
    are among its members, so the act reaches them too."""
    front = _front(group)
    close = text.rfind("在内的", max(0, front - _INCLUDED_GAP - 3), front)
    if close < 0 or any(c in _PUNCT for c in text[close:front]):
        return []
    if any(c in _NOT_SUBJECT_BEFORE for c in text[close + 3 : front]):
        return []  # 包括美国在内的多数国家都在|与|俄罗斯…: the list is before another phrase
    opener = text.rfind("包括", max(0, close - _INCLUDED_REACH), close)
    if opener < 0 or any(c in _PUNCT and c != "、" for c in text[opener:close]):
        return []
    return [m for m in mentions if opener < m.start and m.end <= close]


def _relative_opener(text: str, clause: Clause, front: int, coverbs) -> int:
    """The preposition before a relative clause that describes the actor at ``front`` (对|前来
    出席论坛的|默茨): where the phrase the preposition governs starts; ``front`` if none."""
    counted = _COUNT_BEFORE.search(text, max(0, front - _COUNT_REACH), front)
    de = (counted.start() if counted else front) - 1  # 的|多艘|菲律宾公务船: a count between
    if text[de : de + 1] != "的":
        return front
    for at in range(de - 1, max(clause.start, de - _DESCRIBING_REACH) - 1, -1):
        if text[at] in _PUNCT and text[at] not in _QUOTE_MARKS:  # 对“协助乌克兰军队”的英国公司
            return front
        if text[at] in coverbs and _real_coverb(text, at) and _relative_clause(text, at + 1, de):
            return at
    return front


def _relative_clause(text: str, start: int, de: int) -> bool:
    """前来出席论坛|的, 在黄岩岛领海非法活动|的: a relative clause holds a verb or opens with
    where the actor is (在…); 向实控线附近|的: a place phrase (words.tsv locative ends it) says
    where the actor is too."""
    return (
        text[start : start + 1] == "在"
        or has_verb(text[start:de])
        or text.endswith(words("locative"), start, de)
    )


_COUNT_REACH: Final = 6
_COUNT_BEFORE: Final = re.compile(r"(?<=的)[一二两三四五六七八九十百多数几余0-9]+[艘架名个批辆]$")


def _aimed_at(text: str, start: int, mention: Mention, pos: int) -> bool:
    """针对X的…制裁: a measure described as aimed at X is aimed at it (no verb between);
    针对X的军事设施发动袭击: so is an act done with a light verb to a thing of X."""
    if text[start - 1 : start + 1] != "针对":
        return False
    closed = _member_noun_closed(text, mention.end, pos)
    if closed is None:
        return False
    between = text[closed + 1 : pos]
    return not has_verb(between) or _thing_then_light_verb(between)


_MEMBER_NOUN_REACH: Final = 16  # 针对哈马斯|领导人|的袭击, 针对真主党|高级指挥官|的空袭


def _member_noun_closed(text: str, end: int, pos: int) -> int | None:
    """Where the 的 stands that closes the phrase 针对 aims at: right after the actor (针对俄罗斯的
    制裁), or after a short noun of its people or parts (针对哈马斯领导人的袭击: words with no
    verb, no pause and no 的 of their own); None when no such 的 comes before the act."""
    reach = text[end : min(pos, end + _MEMBER_NOUN_REACH + 1)]
    at = reach.find("的")
    if at < 0:
        return None
    if at and (has_verb(reach[:at]) or not _PUNCT.isdisjoint(reach[:at])):
        return None
    return end + at


_LIGHT_TAIL: Final = 2  # 实施|精确|打击: a manner word between the light verb and the act


def _thing_then_light_verb(between: str) -> bool:
    """军事设施|发动, 武器库|实施|精确: a thing (words.tsv thing) and the light verb that does the
    act to it (an adverb of two letters at most after it), nothing else; the thing's owner is
    the target (not 针对X的指控|进行调查)."""
    at, light = max((between.rfind(v), v) for v in words("light_verb"))
    tail = between[at + len(light) :]
    if at <= 0 or len(tail) > _LIGHT_TAIL or has_verb(tail):
        return False
    head = between[:at]
    thing = next((w for w in words("thing") if head.endswith(w)), None)
    return thing is not None and not has_verb(head[: -len(thing)])


def _sanction_aimed_plainly(
    text: str, clause: Clause, pos: int, mentions: list[Mention]
) -> list[Mention]:
    """美方不断扩大针对俄公民大范围制裁, 欧盟针对俄罗斯石油和天然气部门祭出最新制裁: a measure that
    针对 aims at the nearest actor before it, with no 的 (针对X的制裁 is _aimed_at's), no verb
    (针对X入侵乌克兰实施制裁 is _act_aimed_at's) and no pause between, hits that actor; only
    the part of it hit and the measure's manner stand between. 针对 blocks 对 as a coverb
    (_COVERB_BLOCKERS), which is right for a topic it opens, not for a measure it aims."""
    nearest = next(
        (m for m in reversed(mentions) if m.end <= pos and m.start >= clause.start), None
    )
    if nearest is None:
        return []
    front = _quoted_front(text, nearest)
    if text[max(clause.start, front - 2) : front] != "针对":
        return []
    between = text[nearest.end : pos]
    if "的" in between or not _PUNCT.isdisjoint(between) or has_verb(between):
        return []
    return [nearest]


def _act_aimed_at(text: str, mention: Mention, pos: int) -> bool:
    """欧盟针对俄罗斯入侵乌克兰实施制裁: a measure aimed at an act that 针对 opens with its doer
    is aimed at the doer (an act follows the actor, no pause before the measure)."""
    front = _quoted_front(text, mention)
    if text[max(0, front - 2) : front] != "针对":
        return False
    return has_verb(text[mention.end : pos]) and "的" not in text[mention.end : pos]


_LIST_COUNT: Final = re.compile(r"(?:[两二三四五六七八九十几]+(?:国|个国家)|等国|等)?的")


def _list_aimed_at(text: str, mention: Mention, pos: int, mentions: list[Mention]) -> bool:
    """针对俄罗斯、伊朗和朝鲜三国的…制裁: the last actor of a list that 针对 opens, the list
    closed by 的 (after a count of its members), no verb before the measure."""
    members = _coordinated_before(mention, mentions)
    if len(members) < 2 or members[-1] is not mention:
        return False
    if text[max(0, _front(members[0]) - 2) : _front(members[0])] != "针对":
        return False
    count = _LIST_COUNT.match(text, mention.end, pos)
    return count is not None and not has_verb(text[count.end() : pos])


def _quoted_word_at(text: str, pos: int) -> bool:
    """驱离2艘“侵闯”的菲律宾船只: a short quoted word inside a phrase (either of its quotes)."""
    if text[pos] in "“「":
        return bool(_QUOTED_WORD.match(text, pos))
    if text[pos] in "”」":
        opener = max(text.rfind("“", max(0, pos - 9), pos), text.rfind("「", max(0, pos - 9), pos))
        return opener != -1 and bool(_QUOTED_WORD.match(text, opener))
    return False


def _act_opposed(text: str, clause: Clause, end: int) -> bool:
    """反对|强制清空在加沙的巴勒斯坦人民: an act follows the opposition; it answers nobody in
    focus."""
    words_after = _tag(text[end : min(clause.end, end + 8)])
    return bool(words_after) and words_after[0][1] == "v" and len(words_after[0][0]) > 1


def _asked_right_after(text: str, end: int, mentions: list[Mention]) -> list[Mention]:
    """施压|要求|日本…: a demand right after the pressure, and the actor right after it."""
    match = trigger_pattern().match(text, end)
    asking = trigger_for(match.group()) if match else None
    if asking is None or asking.event_type != "REQUEST":
        return []
    return [m for m in mentions if _front(m) == match.end()][:1]  # type: ignore[union-attr]


def _verb_opens(text: str, end: int, mention: Mention) -> bool:
    """反对|强制清空在加沙的|巴勒斯坦人民: what is opposed opens with a verb, so the actor at the
    end of the phrase is that act's object, not whom the opposition is aimed at."""
    between = text[end : _front(mention)]
    words_before = _tag(between)
    if not words_before or words_before[0][1] != "v" or len(words_before[0][0]) < 2:
        return False
    # (反对干涉中国内政的|美国: a relative clause describes the actor, who is opposed; a place
    # before 的, 在加沙的|巴勒斯坦人民, only says where the act's object is)
    return not between.endswith("的") or "在" in between


def _phrase_head(text: str, clause: Clause, end: int, mentions: list[Mention]) -> list[Mention]:
    """不接受法律之外自封的“临时总统”: an object phrase that ends in an actor is about it."""
    stop = clause.end
    for pos in range(end, clause.end):
        if text[pos] in _PUNCT and text[pos] not in '“”"「」':
            stop = pos
            break
    while stop > end and text[stop - 1] in '“”"「」':
        stop -= 1
    last = next((m for m in reversed(mentions) if m.end == stop and m.start >= end), None)
    if last is None or stop - end > 20 or "的" not in text[end : last.start]:
        return []
    if trigger_pattern().search(text, end, last.start):
        return []
    return [last]


# what may stand between 将/把 and its object besides measure words: numbers, quantities, 等
_BA_GAP_CHARS: Final = r"\d,.，一二三四五六七八九十百千万亿两几多余数批些所有其他等"


@lru_cache(maxsize=1)
def _ba_gap() -> re.Pattern[str]:
    """将|28间|美国企业|列入: numbers and the measure words of words.tsv classifier (家, and 间 as
    Hong Kong and Taiwan count firms) between 将/把 and its object."""
    measures = "|".join(map(re.escape, words("classifier")))
    return re.compile(rf"(?:[{_BA_GAP_CHARS}]|{measures}){{0,10}}$")


def _arrived_at(text: str, clause: Clause, mention: Mention) -> bool:
    """到|华府, 抵达|莫斯科: a country named as where someone arrives."""
    if mention.actor.type not in {"Country", "Region"}:
        return False
    return text[max(clause.start, mention.start - 2) : mention.start].endswith(words("arrival"))


def _visited_place(
    text: str, clause: Clause, pos: int, mentions: list[Mention], before: tuple[str, ...] = ()
) -> list[Mention]:
    """正在捷克进行访问, 将抵达波兰访问: the country where a visit takes place is visited;
    ``before`` narrows the words that may open the place (words.tsv travel for a trip)."""
    before = before or words("arrival")
    for mention in reversed(mentions):
        if mention.end > pos or mention.start < clause.start:
            continue
        if mention.actor.type not in {"Country", "Region"}:
            continue
        if text[max(clause.start, mention.start - 2) : mention.start].endswith(before):
            if not any(c in _PUNCT for c in text[mention.end : pos]):
                return [mention]
    return []


_ARRIVAL_GAP: Final = 10  # 进行为期两天的国事: what may open the clause of the visit


def _arrived_before_comma(
    text: str, clause: Clause, pos: int, mentions: list[Mention]
) -> list[Mention]:
    """菲丹抵达叙利亚首都大马士革，进行高级别访问: a visit whose clause names nobody and
    follows the comma right after the place someone travelled to (words.tsv travel) is paid to
    that place, as it is without the comma (抵达大马士革进行访问)."""
    comma = clause.start - 1
    if comma < 0 or text[comma] not in ",，" or pos - clause.start > _ARRIVAL_GAP:
        return []
    if any(clause.start <= m.start < pos for m in mentions):
        return []  # 抵达莫斯科,开始对俄罗斯进行访问: the visit names its own host
    opened = max(text.rfind(c, 0, comma) for c in _CLAUSE_MARKS)
    before = words("travel")
    for mention in reversed(mentions):
        if mention.end > comma or mention.start <= opened:
            continue
        if mention.actor.type not in {"Country", "Region"}:
            continue
        if text[max(0, mention.start - 2) : mention.start].endswith(before):
            if not any(c in _PUNCT for c in text[mention.end : comma]):
                return [mention]
    return []


_TOGETHER: Final = re.compile(r"[同与和跟]$")
_TOGETHER_REACH: Final = (
    80  # 同美方一道,积极落实…共识,本着…态度,坦诚对话…: a list of what is done together
)


def _list_ended(text: str, start: int, pos: int, mentions: list[Mention]) -> bool:
    """Whether a clause between ``start`` and ``pos`` opens with an actor of its own (…一道,
    推动…,欧盟则…): the list of what is done together ends there."""
    return any(
        start < m.start < pos
        and text[max(0, m.start - 4) : m.start].rstrip(' “”"并並而')[-1:] in _CLAUSE_MARKS
        and can_be_subject(text, m)
        for m in mentions
    )


def _past_partner_tail(text: str, end: int) -> int:
    """同英国|新一届政府|一道, 与东盟|各国|一道: where a word of sides after the partner
    (words.tsv partner_tail) ends, or ``end`` when none follows."""
    tail = word_at(text, end, "partner_tail")
    return end + len(tail)


def _closes_together(text: str, mention: Mention) -> bool:
    """同日韩|一道, 愿同英方|共同努力: a word of acting together closes the partner's phrase
    (words.tsv together_close); one that also names the effort (together_planned: 共同努力)
    does so only after a word of plan before the preposition (愿同, 将与), since a bare
    和中方共同努力 goes on with its subject's own act."""
    at = _past_partner_tail(text, mention.end)
    if opens_with(text, at, "together_close"):
        return True
    if not opens_with(text, at, "together_planned"):
        return False
    head = text[max(0, _front(mention) - 4) : _front(mention)]
    return bool(_TOGETHER.search(head)) and head[:-1].endswith(words("along_lead"))


_WILLING_WITH: Final = re.compile(r"[同与跟]$")


def _willing_partner(text: str, mention: Mention, pos: int) -> bool:
    """中方愿同英方|增进政治互信，深化务实合作: a partner a subject is willing to act with
    (愿同: words.tsv willing_with) heads a list of what they are to do, comma after comma, as
    一道 does; the joint act in a later clause of that list is done with it. (将与X举行会晤，
    以促进…合作 plans a meeting whose purpose the later clause names: no such list.)"""
    head = text[max(0, _front(mention) - 4) : _front(mention)]
    if not _WILLING_WITH.search(head):
        return False
    if not head[:-1].endswith(words("willing_with")) and not _willing_before_comma(text, mention):
        return False
    comma = text.find("，", mention.end, pos)
    if comma < 0:
        comma = text.find(",", mention.end, pos)
    return comma > mention.end and has_verb(text[mention.end : comma])


_WILLING_REACH: Final = 40


def _willing_before_comma(text: str, mention: Mention) -> bool:
    """中方愿以此访为契机，|同英方…: the 同 opens a clause after a comma, and the clause before
    it, in the same sentence, says the subject is willing (愿)."""
    front = _front(mention) - 1
    if text[front - 1 : front] not in {"，", ","}:
        return False
    start = max(0, front - _WILLING_REACH)
    stop = max(text.rfind(c, start, front) for c in "。;；!?！？\n")
    return any(w in text[max(start, stop + 1) : front] for w in words("willing_with"))


def _together_with(text: str, pos: int, mentions: list[Mention]) -> list[Mention]:
    """同日韩一道, 与俄方一起, 和各方携手: the actors one acts together with, in the sentence
    before a joint act (合作, 会谈), across the comma that often follows 一道."""
    start = max(0, pos - _TOGETHER_REACH)
    stop = max(text.rfind(c, start, pos) for c in "。;；!?！？\n")
    for mention in reversed(mentions):
        if mention.end > pos or mention.start <= stop or mention.start < start:
            continue
        if not _closes_together(text, mention) and not _willing_partner(text, mention, pos):
            continue
        if _list_ended(text, mention.end, pos, mentions):
            return []  # 中方愿同美方一道,…,欧盟则加强合作: another subject's act
        if mention.group is not None:
            if _TOGETHER.search(text[max(0, _front(mention) - 1) : _front(mention)]):
                return _group_of(mention, mentions)
            return []
        chain = _listed_before(text, mention, mentions)
        for at, first in enumerate(chain):  # 同新西兰和澳大利亚一道: all that 同 lists
            if _TOGETHER.search(text[max(0, _front(first) - 1) : _front(first)]):
                return chain[at:]
        return []
    return []


_LIST_LINKS: Final = frozenset({"和", "与", "及", "、", "以及"})


def _listed_before(text: str, last: Mention, mentions: Sequence[Mention]) -> list[Mention]:
    """新西兰和澳大利亚: the actors listed up to ``last``, joined by 和/与/及/、."""
    chain = [last]
    for mention in reversed([m for m in mentions if m.end <= _front(last)]):
        if mention.group is not None or text[mention.end : _front(chain[0])] not in _LIST_LINKS:
            break
        chain.insert(0, mention)
    return chain


def _sides_between(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> list[Mention]:
    """在以色列和哈马斯之间斡旋: the actors of a 在…之间 phrase before a mediation."""
    close = text.rfind("之间", clause.start, pos)
    if close < 0 or any(c in _PUNCT for c in text[close:pos]):
        return []
    open_ = text.rfind("在", clause.start, close)
    if open_ < 0:
        return []
    return [m for m in mentions if open_ < m.start and m.end <= close]


# (外海, 近海, 海岸: warships off a country's coast, 在委内瑞拉外海|海岸附近 as dc, vb, wf code it)
_BORDER_WORDS: Final = ("边境", "边界", "附近", "周边", "周围", "沿线", "外海", "近海", "海岸")
_NEAR_WORDS: Final = ("邻近", "靠近", "临近")  # 在邻近委内瑞拉的加勒比海水域部署: near it
_AT_NEAR: Final = tuple("在" + word for word in _NEAR_WORDS)


def _at_border(text: str, end: int) -> bool:
    """A border word right after a country, or after its island (在台湾岛周边, 在台岛周边)."""
    return text.startswith(_BORDER_WORDS, end + (text[end : end + 1] == "岛"))


def _near_place(text: str, mention: Mention) -> bool:
    """在邻近|委内瑞拉|的加勒比海水域: a word of nearness between 在 and the country."""
    return text.endswith(_AT_NEAR, 0, mention.start)


_GLOSS: Final = re.compile(r"[(（][^()（）]{1,30}[)）]")


def _attacked_place(
    text: str, clause: Clause, pos: int, mentions: list[Mention], border: bool = False
) -> list[Mention]:
    """在加沙南部城市拉法发动空袭: the country or region an attack is made in is attacked, but
    not a war named after it (在朝鲜战争中) nor a place one travels to (到中国抗日战争).
    ``border``: only a place at the country's border (在乌克兰边境部署), where forces are
    massed against it, not inside a host country (在日本部署导弹)."""
    for mention in reversed(mentions):
        if mention.end > pos or mention.start < clause.start:
            continue
        if mention.actor.type not in {"Country", "Region"} or _names_a_side(mention):
            continue
        if border and _drilled_around(text, mention, pos):
            return [mention]  # 围台军演, 环绕台湾岛的演习: a drill around a country is against it
        if mention.end == pos:
            continue
        near = border and text.endswith(_NEAR_WORDS, 0, mention.start)
        if border and not near and not _at_border(text, mention.end):
            continue
        if _near_place(text, mention) if near else text[mention.start - 1 : mention.start] == "在":
            between = _GLOSS.sub("", text[mention.end : pos])  # 拉法(Rafah)
            between = _CODE_NAME.sub("", between)  # 开展“海峡雷霆-2025A”演习: a drill's name
            if not any(c in _PUNCT for c in between):
                if _own_ground(mention, mentions):
                    return []  # 朝鲜在平壤顺安一带…发射导弹: where it fires from, not at
                return [mention]
    return []


def _truce_brought_about(text: str, place: Mention, pos: int, trig: Trigger) -> bool:
    """联合国…以促成|在苏丹|立即停火, 破坏在加沙|巩固|停火的努力: a ceasefire in a place that the
    subject brings about or keeps (words.tsv truce_brought, right before 在 or between the place
    and the ceasefire) is made by the place's fighters, not by the subject with the place."""
    if trig.predicate.name != "declaresCeasefireWith":
        return False
    between = text[place.end : pos]
    if any(w in between for w in words("truce_brought")):
        return True
    return closes_with(text, place.start - 1, "truce_brought")


def _names_a_side(mention: Mention) -> bool:
    """印方, 美国方面: a country named as a side acts; it is no place
    an act is made in (在印方发动空袭后,巴方…: India strikes, it is not struck)."""
    return mention.text.endswith(_SIDE_ENDINGS) and mention.text != mention.actor.label


_SIDE_ENDINGS: Final = ("方", "方面")


_CODE_NAME: Final = re.compile(r"[“\"「][^”\"」，,。；;]{1,20}[”\"」]")


def _own_ground(place: Mention, mentions: list[Mention]) -> bool:
    """Whether the place an act is made in belongs to the actor named nearest before it (朝鲜
    当天…,在平壤顺安一带向东部海域发射导弹): a state acting on its own soil launches or drills
    there; it does not attack itself, and the act must not pass to a speaker before it."""
    before = [m for m in mentions if m.end <= place.start and m is not place]
    if not before:
        return False
    nearest = max(before, key=lambda m: m.end).actor
    return place.actor.key in (nearest.key, nearest.country)


_AROUND_TO_DRILL = re.compile(r"(?:岛|本岛)?(?:周边|周围|四周)?的?(?:大规模|联合|军事|实战化)*$")


def _drilled_around(text: str, mention: Mention, pos: int) -> bool:
    """围台|军演, 环绕|台湾岛的|演习: a word of going around (words.tsv around) right before the
    country, and only 岛, 的 or a kind of drill between it and the drill."""
    front = _front(mention)
    if not text[max(0, front - 2) : front].endswith(words("around")):
        return False
    return _AROUND_TO_DRILL.search(text[mention.end : pos]) is not None and not any(
        c in _PUNCT for c in text[mention.end : pos]
    )


def _ba_verb_before(text: str, clause: Clause, pos: int, end: int = 0) -> bool:
    """将…列为|不受欢迎的人, 将双边关系提升为|…伙伴关系: a ba_verb between 将 and the trigger (or
    opening it, or ending it before ``end``: 将…|外交关系降级) makes that 将 a 把."""
    ba = text.rfind("将", clause.start, pos)
    if ba == -1:
        return False
    stretch = text[ba + 1 : max(pos + 4, end)]  # (将延长对俄制裁: a verb right after 将 is "will")
    return any(verb in stretch and not stretch.startswith(verb) for verb in words("ba_verb"))


def _ba_object(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> list[Mention]:
    """将24名俄罗斯个人和实体列入制裁名单: the object stands after 将/把, before the verb."""
    if not any(v in text[clause.start : clause.end] for v in words("ba_verb")):
        return []
    for mention in mentions:
        if not (clause.start <= mention.start and mention.end <= pos):
            continue
        head = _without_descriptor(text[clause.start : _quoted_front(text, mention)])
        cut = max(head.rfind("将"), head.rfind("把"))
        if cut != -1 and _ba_gap().match(head[cut + 1 :]):
            if _speaks_in_phrase(text, mention):
                return []  # 把美国称与朝鲜有关的黑客组织列入: 美国 only names the thing
            return _with_coordinated(text, clause, mention, mentions)
    return []


def _speaks_in_phrase(text: str, mention: Mention) -> bool:
    """An actor followed by a statement verb (美国称…的组织, 美方所谓的…) says what the phrase
    holds: it is no object of the act."""
    at = mention.end + (1 if text[mention.end : mention.end + 1] == "所" else 0)
    return any(text.startswith(verb, at) for verb in speech_verbs())


_ENVOY_SENDERS: Final = frozenset({"Country", "Organization"})


def _owner_of_expelled_envoys(
    text: str, clause: Clause, end: int, mentions: list[Mention]
) -> list[Mention]:
    """驱逐两名驻匈的乌克兰外交人员, 驱逐“仅履行职责的瑞典外交官”: the state named right before
    the envoy word (words.tsv expelled_envoy) in the expelled phrase (a host after 驻 sends no
    one) owns the envoys."""
    stop = min(clause.end, end + 25)
    for mention in mentions:
        if mention.start < end or mention.end > stop:
            continue
        if text[mention.start - 1 : mention.start] == "驻" or mention.actor.type != "Country":
            continue
        if opens_with(text, mention.end, "expelled_envoy"):
            return [mention]
    return []


def _host_of_own_envoy(text: str, objects: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """召回|中国驻立陶宛大使: the sender named before 驻 recalls its own envoy; the recall is
    aimed at the host named right after 驻."""
    first = objects[0]
    at = first.text.find("驻", 1)
    if at > 0:  # 中国驻立陶宛大使 as one mention: the host inside it
        hit = match_at(load_gazetteer(), text, first.start + at + 1)
        if hit is None or hit[1].type not in _ENVOY_SENDERS:
            return objects
        start = first.start + at + 1
        return [make_mention(hit[1], hit[0], start, start + len(hit[0]))]
    if text[first.end : first.end + 1] != "驻":
        return objects
    host = next((m for m in mentions if _front(m) == first.end + 1), None)
    return [host] if host is not None else objects


def _envoy_before(
    text: str, clause: Clause, pos: int, mentions: list[Mention], declared: bool = False
) -> list[Mention]:
    """命令法国、美国大使48小时内离境: the countries (or bodies) whose envoys must leave; an envoy
    named by name is one only when ordered out, unless the act is a ``declared`` one (宣布…科瓦
    利克“不受欢迎”), which expels whoever it names."""
    for mention in reversed(mentions):
        if mention.end > pos or mention.start < clause.start:
            continue
        after = text[mention.end : mention.end + 8]
        envoys = words("envoy")
        named = any(e in mention.text for e in envoys)  # 美国大使 as one mention
        if mention.actor.type == "Person" and mention.actor.country:
            title = text[max(clause.start, mention.start - 6) : mention.start]
            state = load_gazetteer().actors.get(mention.actor.country)
            if (
                state is not None
                and any(e in title for e in envoys)
                and (declared or _ordered(text, clause, mention))
            ):
                return [replace(mention, actor=state)]  # 责令美国驻俄使馆副馆长|戈尔曼|离境
        if (
            mention.actor.type not in _ENVOY_SENDERS
            or text[mention.start - 1 : mention.start] == "驻"
        ):
            continue  # (俄罗斯常驻|欧盟|代表团: the host of a mission sends no one)
        mission_state = _state_of_mission(mention)  # (a Mention: ``state`` above is an Actor)
        # 宣布美国驻俄使馆一名工作人员为不受欢迎人物: its state's staff;
        if mission_state is not None:
            listed = _coordinated_before(mention, [m for m in mentions if m.end <= pos])
            return [_state_of_mission(m) or m for m in listed]  # (A使馆代办和A使馆…负责人: all)
        if named or any(e in after[:6] for e in envoys):  # (欧盟|驻莫斯科使团…: a body's too)
            listed = _coordinated_before(mention, mentions)  # (这些国家的外交人员: each member
            return listed + _same_span_members(mention, mentions)  # the group word stands for)
    return []


def _ordered(text: str, clause: Clause, mention: Mention) -> bool:
    """Whether a demand (责令, 要求) before ``mention`` in its clause orders the envoy out (but
    美国驻华大使伯恩斯已离境 leaves of their own accord)."""
    return any(
        not isinstance(t, str) and t.event_type == "REQUEST"
        for _, t in find_triggers(text, clause.start, mention.start)
    )


_MISSION_REACH: Final = 12


_ZAI_PLACE: Final = compile_pattern(r"在(?:[\u4e00-\u9fff]{2,6}的)?$", wide=True)


def _placed_by_zai(text: str, clause: Clause, mention: Mention) -> bool:
    """在|美国大使馆, 在的黎波里的|俄罗斯大使馆: 在 opens the place, maybe with its city."""
    return _ZAI_PLACE.search(text[max(clause.start, mention.start - 9) : mention.start]) is not None


def _outside_mission(text: str, mention: Mention) -> bool:
    """美国大使馆|门前, 俄罗斯使馆|外: the mission names a place by it (not 使馆|外交官)."""
    if kind_of(load_gazetteer(), mention.actor) not in MISSION_KINDS:
        return False
    for side in words("mission_side"):
        if text.startswith(side, mention.end):
            return not is_word(text[mention.end : mention.end + len(side) + 1])
    return False


def _mission_outside(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> list[Mention]:
    """聚集在美国驻华大使馆门前|抗议, 在以色列使馆外|示威: a protest held outside a country's
    embassy or consulate is against that country, which its mission stands for."""
    for mention in reversed(mentions):
        if mention.end > pos or mention.start < clause.start:
            continue
        if pos - mention.end > _MISSION_REACH or not _placed_by_zai(text, clause, mention):
            return []
        state = _state_of_mission(mention)
        if state is None or not _outside_mission(text, mention):
            return []
        if any(c in _PUNCT for c in text[mention.end : pos]):
            return []
        return [state]
    return []


def _recalled_from(
    text: str, end: int, objects: list[Mention], frame: str, mentions: list[Mention]
):
    """召回驻华大使(卢克斯), 召回中国驻|立陶宛|大使: the host an envoy recalled is posted to,
    named right after 驻 (with no sender, or the sender before 驻), is what the recall aims at."""
    if not objects or objects[0].actor.type == "Person":
        host = _host_of_recalled(text, end, objects)
        if host is not None:  # 召回驻华大使(卢克斯): the envoy leaves the host, China
            objects, frame = [host], "after"
    if objects and objects[0].actor.type == "Person":
        host = _host_of_named_envoy(text, end, objects[0])
        if host is not None:  # 召回厄瓜多尔驻|古巴|大使博尔哈: the named envoy leaves Cuba
            return [host], "after"
    if objects:
        objects = _host_of_own_envoy(text, objects, mentions)  # 召回中国驻|立陶宛|大使
    return objects, frame


def _host_of_named_envoy(text: str, end: int, envoy: Mention) -> Mention | None:
    """召回厄瓜多尔驻古巴大使博尔哈, 召回美国驻哥伦比亚临时代办麦克纳马拉: an envoy recalled by
    name, after a title of the sender, 驻, the host and an envoy word (words.tsv envoy), is
    called home from the host: the recall is aimed at the host, not at the envoy."""
    title = text[end : envoy.start]  # the title the person's mention opens with
    at = title.rfind("驻")
    if at == -1 or any(c in _PUNCT for c in title):
        return None
    posted = _country_named_at(text, end + at + 1)
    if posted is None:
        return None
    surface, actor = posted
    rest = title[at + 1 + len(surface) :]
    if actor.type != "Country" or not any(rest.endswith(word) for word in words("envoy")):
        return None
    start = end + at + 1
    return make_mention(actor, surface, start, start + len(surface), "gazetteer")


def _country_named_at(text: str, pos: int) -> tuple[str, Actor] | None:
    """驻|中国, 驻|华: the name (a gazetteer name, else a short form) that starts at ``pos``, the
    place after 驻 where an envoy is posted, with its actor; None when none starts there."""
    gaz = load_gazetteer()
    hit = match_at(gaz, text, pos)
    if hit is not None:
        return hit[0], hit[1]
    if text[pos : pos + 1] in gaz.shorts:
        return text[pos], gaz.shorts[text[pos]]
    return None


def _host_of_recalled(text: str, end: int, objects: list[Mention]) -> Mention | None:
    """召回驻华大使, 召回驻中国临时代办恰皮耶尼, 召回其驻格鲁吉亚大使菲舍尔: the host country an
    envoy recalled is posted to (驻 right after the trigger, or after a word for the sender:
    words.tsv own_envoy_lead; before any named envoy)."""
    lead = next((w for w in words("own_envoy_lead") if text.startswith(w + "驻", end)), "")
    end += len(lead)
    if not text.startswith("驻", end):
        return None
    posted = _country_named_at(text, end + 1)
    if posted is None:
        return None
    surface, actor = posted
    if actor.type != "Country" or (objects and objects[0].start < end + 1 + len(surface)):
        return None
    return make_mention(actor, surface, end + 1, end + 1 + len(surface), "gazetteer")


def _mission_closed(trig: Trigger, end: int, mentions: list[Mention]) -> Mention | None:
    """关闭…总领事馆 around 美国驻成都总领事馆: a mission named whole from inside the trigger to
    its end is the state's."""
    if trig.inner is None:
        return None
    for mention in mentions:
        if trig.inner[0] <= mention.start < trig.inner[1] and mention.end == end:
            return _state_of_mission(mention)
    return None


def _missions_as_states(objects: list[Mention]) -> list[Mention]:
    """驱逐|委内瑞拉驻美使馆代办, 宣布|美国驻委使馆|代办“不受欢迎”: an expulsion of a mission's
    envoys expels the diplomats of the state it stands for, not the mission as a body of its own."""
    return [_state_of_mission(o) or o for o in objects]


def _state_of_staff(text: str, mention: Mention) -> Mention:
    """逮捕一名阿尔及利亚驻法国领事馆|工作人员, 驱逐俄驻摩大使馆的|外交官: an act on the staff of a
    mission (words.tsv mission_staff, after 的 or a count) reaches the state the mission serves,
    as the golds read it (wf, yb, qa, wh), not the mission itself."""
    at = mention.end + (text[mention.end : mention.end + 1] == "的")
    at = _PEOPLE_COUNT.match(text, at).end()  # type: ignore[union-attr]
    if not opens_with(text, at, "mission_staff"):
        return mention
    return _state_of_mission(mention) or mention


def _state_of_mission(mention: Mention) -> Mention | None:
    """The state whose embassy, consulate or mission ``mention`` names, as its mention."""
    gaz = load_gazetteer()
    if kind_of(gaz, mention.actor) not in MISSION_KINDS:
        return None
    state = gaz.actors.get(mention.actor.country or "")
    return replace(mention, actor=state) if state is not None else None


def _own_side_paired(
    text: str, clause: Clause, found: list[Action], mentions: list[Mention]
) -> bool:
    """美方期望拜登和习近平有机会通话, 期待中日双方加强合作: a wish whose object is a pair one
    of which is the wisher's own side (the same actor, its organs or its people) wishes for a
    joint act; it asks nothing of the other."""
    for action in found:
        target = action.object
        if target.group is not None:
            pair = _group_of(target, mentions)
        else:
            pair = _with_coordinated(text, clause, target, mentions)
        before = [m for m in mentions if text[m.end : _front(target)] in _PAIR_JOINERS]
        if any(m is not target and _same_side(action.subject, m) for m in pair + before):
            return True  # (拜登和|习近平: the first of the pair is dropped as the wisher's own)
    return False


_PAIR_JOINERS: Final = frozenset({"和", "与", "及", "、", "同", "跟"})


def _with_coordinated(
    text: str, clause: Clause, first: Mention, mentions: list[Mention]
) -> list[Mention]:
    """访问俄罗斯和白俄罗斯: coordinated targets share the action; so do the members a pair
    word stands for (反对|两国|加入北约: both countries, one span)."""
    group = [first, *_same_span_members(first, mentions)]
    for mention in mentions:
        if mention.start <= group[-1].start or mention.start >= clause.end:
            continue
        link = _bare_link(text[group[-1].end : _front(mention)])  # 阿利耶夫和|亚美尼亚总理|帕希尼扬
        link = _BRACKETED_ALIAS.sub("", link)  # 巴勒斯坦伊斯兰抵抗运动|(哈马斯)和|以色列
        link = _QUOTES_AROUND_LINK.sub("", link)  # “顿涅茨克人民共和国|”和“|卢甘斯克…”
        link = _ITS_OWN_UNIT.sub("及", link)  # 伊斯兰革命卫队|及其下属“|圣城旅”
        if mention.actor.type == "Person":  # 特朗普和|国务卿|鲁比奥, 和|当选副总统|哈里斯
            link = _without_title_prefix(_without_titles(link))
        if group[-1].actor.type != "Person":  # 会见了东盟|秘书长|和泰国外长: a post unnamed
            link = _without_leading_title(link)
        if link in {"和", "与", "及", "、", "以及", "或"} or _juxtaposed(group[-1], mention, link):
            if _dated_act_follows(text, mention, clause.end):
                break  # 纳扎尔巴耶夫去年12月访华和|胡锦涛主席今年8月访哈: a second visit
            group.append(mention)
        elif not _in_next_post(text, group[-1], mention, mentions, clause.end):
            break
    return group


def _in_next_post(
    text: str, last: Mention, mention: Mention, mentions: list[Mention], stop: int
) -> bool:
    """中込正志、前任驻|乌克兰|大使松田邦纪: a country named inside the post of the next person
    of a list of people is no item of its own; the list goes on past it to that person."""
    if last.actor.type != "Person" or mention.actor.type == "Person":
        return False
    person = next((m for m in mentions if m.start >= mention.end), None)
    if person is None or person.actor.type != "Person" or person.start >= stop:
        return False
    link = _without_title_prefix(_without_titles(text[last.end : _front(person)]))
    return link in {"和", "与", "及", "、", "以及"}


_CLAUSES_JOINED: Final = frozenset({"和", "及"})  # may join two dated clauses, not only two names
# a date that opens a clause of its own (今年8月, 去年12月, 2023年11月20日)
_CLAUSE_DATE: Final = re.compile(
    r"(?:去年|今年|明年|前年|上月|本月|下月|[0-9０-９]{4}年)(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?"
    r"|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?"
)
_TITLE_BEFORE_DATE: Final = 4  # characters of a title between a name and its date (主席, 总统)


def _dated_act_follows(text: str, mention: Mention, stop: int) -> bool:
    """…访华和|胡锦涛|主席今年8月|访哈: an item joined to a list whose name is followed by a
    date and an act of its own (a title between or not) opens a clause of its own; it is the
    doer of that act, not one more target of the act before it."""
    for at in range(mention.end, min(stop, mention.end + _TITLE_BEFORE_DATE + 1)):
        if text[at] in _PUNCT or text[at] in "和与及、":
            return False
        date = _CLAUSE_DATE.match(text, at)
        if date is None:
            continue
        found = find_triggers(text, date.end(), min(stop, date.end() + 4))
        return bool(found) and found[0][0] == date.end() and not isinstance(found[0][1], str)
    return False


def _same_span_members(first: Mention, mentions: list[Mention]) -> list[Mention]:
    """The other members of the group a pair or group word names in one span (两国, 双方)."""
    if first.group is None:
        return []
    return [
        m
        for m in mentions
        if m is not first
        and m.group == first.group
        and (m.start, m.end) == (first.start, first.end)
    ]


# what may stand between a body and its meeting: a closing quote, then a short gloss in brackets
_MEETING_GLOSS = re.compile(r"[”」』\"']?(?:[(（][^()（）]{1,12}[)）])?")


def _frames_by_meeting(text: str, end: int) -> bool:
    """在…G20|峰会上, 亚太经合组织|领导人非正式|会议期间, 「东南亚国家协会」(ASEAN)|峰会场边: a body
    named before its meeting (words.tsv meeting_frame), past a closing quote, a gloss in brackets
    and words that qualify the meeting (meeting_qualifier), is where an act happens, not who
    does it."""
    gloss = _MEETING_GLOSS.match(text, end)
    at = gloss.end() if gloss is not None else end
    while qualifier := word_at(text, at, "meeting_qualifier"):
        at += len(qualifier)
    return opens_with(text, at, "meeting_frame")


_BRACKETED_ALIAS = re.compile(r"^[(（][^()（）]{1,12}[)）]")  # a short name glossed in brackets
_QUOTES_AROUND_LINK: Final = re.compile(r"^[”」]|[“「]$")  # names quoted one by one in a list
# a body listed with a unit of its own (伊朗伊斯兰革命卫队及其下属“圣城旅”, 华为及其旗下…)
_ITS_OWN_UNIT: Final = re.compile(r"^(?:以及|及|和)其(?:下属|旗下|附属)(?:的)?$")


def _juxtaposed(before: Mention, mention: Mention, link: str) -> bool:
    """驱逐比利时匈牙利格鲁吉亚…外交官: full names of states written one after the other with
    no mark between them are a list too (one-character short forms make compounds instead)."""
    return (
        not link
        and before.actor.type == mention.actor.type == "Country"
        and before.group is None
        and mention.group is None
        and len(before.text) >= 2
        and len(mention.text) >= 2
    )


def _without_leading_title(link: str) -> str:
    """东盟|秘书长|和…: the post of an office-holder named only by the body before it is no
    part of the link to the next member."""
    title = title_at(load_gazetteer(), link, 0)
    return link[len(title) :] if title and len(title) < len(link) else link


def _bare_link(link: str) -> str:
    """德国|外交官和5名|法国外交官: the link of a list without the head noun each member
    repeats and the quantity before the next."""
    if opens_with(link, 0, "envoy") or opens_with(link, 0, "thing"):
        for noun in (*words("envoy"), *words("thing")):
            if link.startswith(noun):
                link = link[len(noun) :]
                break
    return _quantity().sub("", link)


# a 就-phrase right after a partner (and its delegation): what the talks or the deal are about
_TOPIC_OPENS: Final = re.compile(r"(?:代表团|方面|政府)?(?:就|围绕|针对)")


def _partner_cut_short(text: str, end: int, pos: int) -> bool:
    """与伊险峰|一道: a word that closes its partner's phrase (words.tsv partner_close) is
    reached from a partner whose name runs right up to it, or across a word of sides
    (partner_tail: 同俄方|一道, 与东盟各国|一道); letters left between belong to a longer name
    the actor found only begins."""
    if not opens_with(text, pos, "partner_close"):
        return False
    left = text[end:pos]
    return bool(left) and left not in words("partner_tail")


def _introduced(
    text: str, clause: Clause, pos: int, coverbs, mentions: list[Mention]
) -> list[Mention]:
    """The nearest actor before the trigger that a preposition introduces (与金正恩…会面).

    When what the preposition introduces is itself an event (对[美国对华加征关税]表示不满,
    对[大使被戴秉国召见]一事表示遗憾), the target is that event's actor: the outer actor, or
    the agent after 被.
    """
    listed = _parenthesised(text, clause, pos, coverbs, mentions)
    if listed:
        return listed
    # nearest first, the farther ones only read when asked for (the last of them, below):
    # most calls need the nearest alone, and each actor tested costs a dozen checks
    found = _coverb_objects(text, clause, pos, coverbs, mentions)
    nearest = next(found, None)
    if nearest is None:
        return []
    if nearest.group is not None:  # 对这些国家表示祝贺: each member of the group
        return _group_of(nearest, mentions)
    nearest = _head_of_phrase(text, nearest, pos, mentions)  # 对加沙地带的哈马斯目标…
    if coverbs is _WITH and _partner_cut_short(text, nearest.end, pos):
        return []  # 与伊险峰|一道: 伊 begins a person's name, no Iran
    partners = _coordinated_before(nearest, mentions, any_type=True)
    partners = partners[_governed_from(text, partners, coverbs) :]
    first = _including(text, partners[0])  # 对[包括俄罗斯、白俄罗斯在内]的多国
    governed = partners[0] is nearest or _coverb_start(text, first) < _front(partners[0])
    if len(partners) > 1 and governed:
        nearest_list = partners  # 对主席国南非和拉马福萨总统…表示赞赏: both
    else:
        nearest_list = [*_included_in(text, nearest, mentions), nearest]
    stretch = text[nearest.end : pos]
    if coverbs is _WITH:  # 与刚果总统及卢旺达总统|共同签署…: the partners listed are no act
        stretch = text[_with_coordinated(text, clause, nearest, mentions)[-1].end : pos]
        # 与以色列|在美国的斡旋下|达成协议: the act of a helper framed by 在…下 is not between
        stretch = _UNDER_FRAME.sub("", stretch)
    if (
        coverbs is _WITH
        and _act_in(_without_domains(stretch))
        and not any(c in stretch for c in "并及")
        and not _consent_only(stretch, text, pos)
        and not _meeting_reaches_deal(text, stretch, pos)
        and not (_TOPIC_OPENS.match(stretch) and _talks_or_agreement_at(text, pos))
    ):
        # 与瑞士外长通话讨论乌克兰冲突: the partner belongs to the act between (but
        # 与中国保持沟通并谋求深化经济联系 shares it, and 和哈马斯|就停火|达成一致 agrees on it)
        return []
    if coverbs is _TO or coverbs is _TOWARD:
        agent = _passive_agent_in(text, nearest.end, pos, mentions)
        if agent is not None:
            return [agent]
        if _suffered_unnamed(stretch):
            return []  # 对中国领事馆|遭袭|表示谴责: the victim; the attacker is not named here
        if _briefed(stretch):
            return []  # 向东盟领导人介绍了…抗议示威活动的情况: the one told is no target
        farther = list(found) if _act_in(stretch) else []
        if farther:
            return [farther[-1]]
    return nearest_list


_ONLY_COVERBS: Final = set("同跟")


def _briefed(stretch: str) -> bool:
    """向X|介绍了…的情况: a briefing verb (words.tsv briefing) between the one 向 introduces and
    an act makes that act part of what is told, not aimed at the one told."""
    return any(verb in stretch for verb in words("briefing"))


def _governed_from(text: str, partners: list[Mention], coverbs) -> int:
    """习近平同|马克龙和冯德莱恩: the partners from the coverb on. 和 and 与 also join
    coordinated subjects, so in 王毅和王文涛同|艾莎塔 the last 同 or 跟 of the chain governs
    and the 和 before it only lists the subjects."""
    opened = [
        at
        for at, partner in enumerate(partners)
        if (start := _coverb_start(text, partner)) < _front(partner)
        and text[start] in coverbs
        and _real_coverb(text, start)  # 中国缓和|印度与巴基斯坦…: the 和 of 缓和 governs nobody
    ]
    if not opened:
        return 0
    only = [at for at in opened if text[_coverb_start(text, partners[at])] in _ONLY_COVERBS]
    if only:
        return only[-1]
    # 阿联酋、巴林和|摩洛哥与|以色列建交: a 与 after a 和 of the chain governs, and the 和 only
    # lists the subjects, as it does before 同 (but 与|伊朗和以色列: one 与, both partners)
    joined = [at for at in opened if text[_coverb_start(text, partners[at])] == "与"]
    if joined and joined[-1] > opened[0] and text[_coverb_start(text, partners[opened[0]])] == "和":
        return joined[-1]
    return opened[0]


_CONSENT: Final = {"accepts", "agreesWith"}


def _consent_only(stretch: str, text: str, pos: int) -> bool:
    """与伊朗同意|举行会谈, 与乌克兰商定|交换战俘: the partners' consent governs the joint act
    that follows it, so the partner is that act's partner too (a ceasefire agreed to is the
    agreement itself: 同意停火 is one event)."""
    at = trigger_pattern().match(text, pos)
    trig = trigger_for(at.group()) if at is not None else None
    joint = trig is not None and (
        trig.event_type in {"CONSULT", "COOPERATE"} or "mutual" in trig.flags
    )
    if not joint:  # (达成|停火协议 is the agreement itself)
        return False
    found = False
    for match in trigger_pattern().finditer(stretch):
        trig = trigger_for(match.group())
        if trig is not None and trig.event_type:
            if trig.predicate.name not in _CONSENT:
                return False
            found = True
    return found


_DOMAIN: Final = re.compile(r"在[^，,。；;：:]{1,30}?(?:领域|方面|问题上|事务上)")
_TOPIC_OF_ACT: Final = re.compile(r"(?:有关|关于)[^，,。；;：:的]{1,20}的")


def _meeting_reaches_deal(text: str, stretch: str, pos: int) -> bool:
    """与金正恩|在河内举行的第二次会晤未能|达成协议: the meeting the partners held (X与Y的会晤)
    is what reaches or fails to reach the deal; the partners are its sides."""
    if not _REACHES_AGREEMENT.match(text, pos) or "的" not in stretch:
        return False
    negator = next((n for n in _negators_before() if stretch.endswith(n)), "")
    held = stretch[: len(stretch) - len(negator)]
    return held.endswith((*words("talks"), *words("summit_noun")))


def _without_domains(stretch: str) -> str:
    """与俄罗斯|在打击恐怖主义领域|开展合作: an act named in a 在…领域/方面 phrase is the field
    of the joint act that follows, no act of its own between the partner and that act."""
    stretch = _DOMAIN.sub("", stretch) if "在" in stretch else stretch
    # 与日本进行|有关和平条约的|谈判, 与伊朗|就核协议|进行谈判: what the talks are about is no
    # act between the partner and the talks
    stretch = _TOPIC_OF_ACT.sub("", stretch) if "关" in stretch else stretch
    opened = stretch.find("就")
    if opened == -1:
        return stretch
    closes = [stretch.find(v, opened) for v in words("light_verb") if v in stretch[opened:]]
    return stretch[:opened] + stretch[min(closes) :] if closes else stretch


def _act_in(stretch: str) -> bool:
    """Whether a stretch names an act (加征关税), not only a judgement of one (无理)."""
    return any(trig.event_type and "speaker" not in trig.objects for trig in _triggers_in(stretch))


_KIN: Final = re.compile(r"(?:之|的)(?:子|女|妻|夫|兄|弟|姐|妹|儿子|女儿|妻子|丈夫|长子|次子|侄子)")


def _place_phrase_opener(text: str, head: Mention, mentions: list[Mention], default: int) -> int:
    """对|加沙地带(的)|哈马斯目标: the preposition that opens a phrase whose head follows the
    place it is in (_head_of_phrase); the subject stands before it, not inside the phrase."""
    current = head
    while True:
        place = next(
            (m for m in reversed(mentions) if m.end <= _front(current) and m is not current), None
        )
        if place is None or place.actor.type not in {"Country", "Region"}:
            return default
        between = text[place.end : _front(current)]
        for word in words("locative"):
            if between.startswith(word):
                between = between[len(word) :]
                break
        if between not in {"", "的"}:
            return default
        start = _coverb_start(text, place)
        if start != _front(place):
            return start
        current = place


def _head_of_phrase(text: str, mention: Mention, pos: int, mentions: list[Mention]) -> Mention:
    """对加沙地带的哈马斯目标发动空袭: within the phrase a preposition introduces, a place
    followed by 的 (or a locative word and 的) and another actor gives way to that actor."""
    current = mention
    while True:
        nxt = next((m for m in mentions if m.start >= current.end and m.end <= pos), None)
        if nxt is None:
            return current
        between = text[current.end : _front(nxt)]
        located = False
        for word in words("locative"):
            if between.startswith(word):
                between, located = between[len(word) :], True
                break
        if _KIN.fullmatch(between) and nxt.actor.type == "Person":
            current = nxt  # 对奥尔特加之子劳雷亚诺·奥尔特加: the son, not his father
            continue
        if between[:1] == "的" and between[1:] in words("relation"):
            current = nxt  # 与索马里的分裂地区索马里兰, 对美国的盟友韩国: the one named last
            continue
        if (
            not between
            and text[_front(current) - 1 : _front(current)] == "驻"
            and current.actor.type == "Country"
            and nxt.actor.type != "Country"
        ):
            current = nxt  # 对驻伊拉克|美军发动袭击: the forces stationed there, not the host
            continue
        filler = _LOCATIVE_FILLER.fullmatch(between)
        joined = between == "的" or (located and filler is not None)
        if not between and kind_of(load_gazetteer(), nxt.actor) == "armed_group":
            joined = True  # 对加沙地带|哈马斯目标: the group where it is
        if not joined or current.actor.type not in {"Country", "Region"}:
            return current
        if nxt.end == pos and nxt.actor.type not in {"Country", "Region"}:
            return current  # 对伊朗的联合国|制裁: the body right before the act does it
        current = nxt


# a name's gloss in brackets, also its original spelled out with a comma before the short form
# (国际刑事法院（International Criminal Court，ICC）, 普京（Vladimir Putin，又译普丁）)
_NAME_GLOSS: Final = re.compile(
    r"[(（](?:[^()（）,，。;；:：]{1,12}|[^()（）。;；:：]{1,40}[,，][^()（）。;；:：]{1,12})[)）]"
)


# the day the Taiwan and Hong Kong press bracket after 今, 昨, 明, 前 (今（27）日, 昨(26)日)
_BRACKETED_DAY: Final = re.compile(r"(?<=[今昨明前])[(（]\d{1,2}[)）](?=日)")


def _gloss_of_name(gloss: re.Match[str], *, base: int, mentions: list[Mention]) -> str:
    """A bracketed gloss right after an actor's name is no break (nothing); any other bracket
    stays (…苗圃（金都园林前身）签订: what it glosses names no actor)."""
    at = base + gloss.start()
    return "" if any(m.end == at for m in mentions) else gloss.group()


_QUOTED_WORD: Final = re.compile(r"[“\"「][^“”\"「」,，。;；:：]{1,12}[”\"」]")


def _quoted_trigger(text: str, pos: int) -> bool:
    """“说三道四”: the quotation opened right before ``pos`` holds a trigger word and nothing
    else (but 「支持者」 is a noun)."""
    quoted = _QUOTED_WORD.match(text, pos - 1)
    return quoted is not None and trigger_for(quoted.group()[1:-1]) is not None


def _without_quote_around_trigger(text: str, base: int, after: str, pos: int) -> str:
    """向哈马斯发出|“最后|警告”: a short quotation that opens before the trigger and closes
    right after it quotes the act's own words; its opening quote is no break between the actor and
    the act (``after`` is ``text[base:pos]``, returned without that quote)."""
    opened = max(after.rfind("“"), after.rfind("「"), after.rfind("『"))  # (_OPENING_QUOTES)
    if opened < 0:
        return after
    quoted = _QUOTED_WORD.match(text, base + opened)
    if quoted is None or quoted.end() <= pos or trigger_for(text[pos : quoted.end() - 1]) is None:
        return after  # (对其|「支持者」撤销签证: the quotation ends in a noun, not in the act)
    return after[:opened] + after[opened + 1 :]


def _coverb_objects(
    text: str, clause: Clause, pos: int, coverbs, mentions: list[Mention]
) -> Iterator[Mention]:
    """Actors introduced by one of ``coverbs`` before ``pos`` in the clause, nearest first."""
    for mention in reversed(mentions):
        if mention.end > pos or mention.start < clause.start:
            continue
        base = mention.end + _quoted_name(text, mention)
        after = text[base:pos]  # 对“伊斯兰国”|发动
        if "(" in after or "（" in after:  # 对巴勒斯坦伊斯兰抵抗运动|(哈马斯)|发动: a name's gloss
            after = _BRACKETED_DAY.sub("", after)  # 与柬埔寨今|（27）|日签署: the day, no break
            after = _NAME_GLOSS.sub(partial(_gloss_of_name, base=base, mentions=mentions), after)
        if after[-1:] in _OPENING_QUOTES and _quoted_trigger(text, pos):
            after = after[:-1]  # 就共军军演|“说三道四”: a quoted trigger, its quote no break
        else:
            after = _without_quote_around_trigger(text, base, after, pos)
        if not _PUNCT.isdisjoint(_QUOTED_WORD.sub("", after)):
            continue  # (与普京进行了“非常好的”通话: a quoted word is no break)
        start = _coverb_start(text, _including(text, mention))
        if start == _front(mention):  # 对[前来出席论坛的]德国总理默茨表示欢迎
            start = _relative_opener(text, clause, _front(mention), coverbs)
        if coverbs is _TO and _aimed_at(text, start, mention, pos):
            yield mention  # 针对俄罗斯的第十六轮制裁
        elif coverbs is _TO and _list_aimed_at(text, mention, pos, mentions):
            yield mention  # 针对俄罗斯、伊朗和朝鲜三国的制裁法案
        elif coverbs is _TO and _act_aimed_at(text, mention, pos):
            yield mention  # 针对朝鲜再次进行核试验|通过制裁决议: the doer of the act
        elif start < _front(mention) and text[start] in coverbs and _real_coverb(text, start):
            if coverbs is _TO and _doer_of_aimed_act(text, mention, pos):
                continue  # 对[以色列|针对平民的袭击]表示谴责: 以色列 attacks, no one attacks it
            if _ends_a_list(text, start, mentions):
                continue  # 法国、德国、英国和意大利: the last item of a list, not a partner
            if _topic_word_follows(text, mention, pos):
                continue  # 就台湾、南海等问题: what is talked about, not to whom
            if coverbs is _WITH and _place_named(text, mention):
                if not _border_act(text, mention, pos):
                    continue  # 黎巴嫩和以色列|边境的冲突: a place, not a partner
            if coverbs is _TO and _phrase_of_other_act(text, mention, pos):
                continue  # 欧盟对乌克兰的|支持|只会延长战争: the 对 is the support's
            if coverbs is _WITH and _inside_later_topic(text, clause, mention, pos):
                continue  # 与美国就结束|战争|进行谈判: the partner of the talks, not of the war
            if coverbs is _WITH and _pair_in_topic(text, clause, start, mentions, pos):
                continue  # 就欧盟与|俄罗斯|的关系进行讨论: a pair the talks are about
            yield mention
        elif coverbs is _TO and _loose_coverb(text, clause, mention, mentions):
            yield mention


def _inside_voiced_phrase(text: str, mention: Mention, pos: int) -> bool:
    """塔哈对这一次|以色列|针对外交机构的袭击|表示|强烈谴责,同时对伊朗政府…表示声援: an actor
    inside a 对-phrase that 的 makes a noun and a stance verb (words.tsv voicing) closes is what
    the stance is about, so neither that stance nor what follows it is the actor's (the one who
    voices it stands before the 对, here a name the gazetteer does not know). The act inside the
    phrase, before the stance verb, is still the actor's."""
    front = _front(mention)
    to = text.rfind("对", max(0, front - _VOICED_REACH), front)
    if to == -1 or not _real_coverb(text, to) or not _PUNCT.isdisjoint(text[to:front]):
        return False
    stop = next((i for i in range(mention.end, len(text)) if text[i] in _PUNCT), len(text))
    rest = text[mention.end : stop]
    voiced = min((at for w in words("voicing") if (at := rest.find(w)) != -1), default=-1)
    return voiced > 0 and "的" in rest[:voiced] and pos >= mention.end + voiced


_VOICED_REACH: Final = 6  # 对|这一次|以色列…: a few words may stand between 对 and the actor


def _doer_of_aimed_act(text: str, mention: Mention, pos: int) -> bool:
    """对以色列|针对平民的|袭击|表示谴责: an actor that 对 introduces and that 针对 follows at once
    is the doer of the act the 针对-phrase closes with 的, not its target (the condemnation after
    that act, with a verb between, still names it; so does a condemnation whose trigger opens
    after the act's noun: 对美国针对伊朗的制裁|表示强烈不满, where 制裁 is tagged a noun)."""
    end = mention.end + _quoted_name(text, mention)
    stretch = text[end:pos]
    if not stretch.startswith("针对") or "的" not in stretch:
        return False
    head = stretch.rsplit("的", 1)[1]  # (…的袭击|表示|谴责: the condemned one)
    return not has_verb(head) and not _act_in(head)


_TOPIC_WORDS: Final = compile_pattern(
    r"[、和及与\u4e00-\u9fff]{0,8}?(?:等)?(?:问题|事务|事宜|议题|局势|争端)", wide=True
)


def _phrase_of_other_act(text: str, mention: Mention, pos: int) -> bool:
    """对乌克兰的|支持|只会延长战争: a 对-phrase closed by 的 and another act before this one
    names the target of that act, which is the subject of this one."""
    if text[mention.end : mention.end + 1] != "的":
        return _relative_of_other_verb(text, mention.end, pos)
    other = trigger_pattern().match(text, mention.end + 1)
    if other is None or other.end() >= pos:
        return False
    between = text[other.end() : pos]
    if opens_with(between, 0, "deed") or any(c in _PUNCT for c in between):
        return False  # 对卡塔尔的斡旋|努力表示感谢: the deed's doer is the target
    light = words("light_verb")
    return any(
        tag.startswith("v") and word not in light and word not in {"加以", "予以", "表示"}
        for word, tag in _tag(between)
    )  # (只会|延长: a verb whose object is this act)


def _relative_of_other_verb(text: str, start: int, pos: int) -> bool:
    """对俄罗斯|出售|可用于支持|战争|的微电子: a verb right after the actor (no light verb) and
    the act inside a relative clause (closed by 的 right after it) of that verb's object: the
    对 is that verb's."""
    between = text[start:pos]
    if not between or "的" in between or any(c in _PUNCT for c in between):
        return False
    own = trigger_pattern().match(text, pos)
    if own is None or text[own.end() : own.end() + 1] != "的":
        return False
    word, tag = _tag(between)[0]
    return tag.startswith("v") and word not in words("light_verb") and len(word) >= 2


def _inside_later_topic(text: str, clause: Clause, mention: Mention, pos: int) -> bool:
    """与美国|就结束三年战争|进行谈判: a 就-phrase opens between the partner and the act, and a
    verb follows the act in its clause: the act is what the partner and the subject talk about
    (not 与美国就贸易问题达成协议, where the act closes the topic)."""
    at = text.find("就", mention.end, pos)
    if at == -1 or not _real_coverb(text, at):
        if not _talks_topic_opened(text, clause, mention.end, pos):
            return False
    own = trigger_pattern().match(text, pos)
    after = own.end() if own else pos + 1
    return any(not isinstance(t, str) for _, t in find_triggers(text, after, clause.end))


def _pair_in_topic(
    text: str, clause: Clause, start: int, mentions: list[Mention], pos: int
) -> bool:
    """王毅与布林肯就|中国与美国|的关系交换了意见: the 与 at ``start`` joins two actors inside a
    就-phrase that talks or an agreement at ``pos`` close; the pair is what is talked about,
    not a partner (与 right after 就 still introduces one: 就与东盟升级自贸区进行谈判)."""
    if not _talks_or_agreement_at(text, pos):
        return False
    left = next((m for m in mentions if m.end == start and m.start >= clause.start), None)
    if left is None:
        return False
    head = text[clause.start : _front(left)]
    at = head.rfind("就")
    if at < 0 or any(c in _PUNCT for c in head[at:]) or head[at + 1 :].strip():
        return False
    return _real_coverb(text, clause.start + at)


def _talks_topic_opened(text: str, clause: Clause, start: int, pos: int) -> bool:
    """与阿努廷|针对|这场战争|进行了对话: 针对 right after the partner (words.tsv talks_topic)
    opens what the talks named later in the clause are about, as 就 does; unlike 就 it also
    aims an act at someone (针对俄罗斯的制裁), so only with talks (a CONSULT trigger) after."""
    if not opens_with(text, start, "talks_topic"):
        return False
    return _talks_after(text, pos, clause.end)


def _opens_talks_topic(text: str, start: int, pos: int) -> bool:
    """与阿努廷和洪马内|针对这场…|战争,进行了…对话: a talks_topic word after the actor and talks
    (a CONSULT trigger) after the act in its sentence, a comma between or not: the act is the
    topic of the talks."""
    if not any(word in text[start:pos] for word in words("talks_topic")):
        return False
    end = min((i for c in "。；;！？!?" if (i := text.find(c, pos)) != -1), default=len(text))
    return _talks_after(text, pos, end)


def _talks_after(text: str, pos: int, end: int) -> bool:
    """Whether talks (a CONSULT trigger) stand after ``pos`` and before ``end``."""
    return any(
        at > pos and not isinstance(t, str) and t.event_type == "CONSULT"
        for at, t in find_triggers(text, pos, end)
    )


def _named_as_one(subjects: list[Mention]) -> bool:
    """三方, 两国政府, 中俄: two or more subjects named by one group word or compound (one group
    id), not a list of names each of which may act on its own."""
    groups = {s.group for s in subjects}
    return len(subjects) >= 2 and len(groups) == 1 and None not in groups


def _border_act(text: str, mention: Mention, pos: int) -> bool:
    """泰国与柬埔寨|边境|冲突: the border word right before the act (with no 的) makes a compound
    noun, a border fight or border talks between the two; the partner is no place there. So does
    a fight breaking out at that border (亚美尼亚与阿塞拜疆|边境地区爆发两年来最激烈的|交火)."""
    return (
        _border_act_pattern().fullmatch(text, mention.end, pos) is not None
        or _border_fight_pattern().fullmatch(text, mention.end, pos) is not None
    )


@lru_cache(maxsize=1)
def _border_act_pattern() -> re.Pattern[str]:
    border = "|".join(map(re.escape, words("border_side")))
    return re.compile(rf"(?:{border})(?:地区)?")


def _place_named(text: str, mention: Mention) -> bool:
    """以色列|边境, 黎巴嫩|南部: a country or region followed by a locative word names a place."""
    return mention.actor.type in {"Country", "Region"} and text.startswith(
        words("locative"), mention.end
    )


def _topic_word_follows(text: str, mention: Mention, pos: int) -> bool:
    """就台湾问题, 就乌克兰局势: an actor that names a question is a topic."""
    match = _TOPIC_WORDS.match(text, mention.end, pos)
    if match is None or any(c in _PUNCT for c in match.group()):
        return False
    if has_verb(match.group()[:-2]):
        return False  # 与伊朗|恢复核问题的谈判: the actor is the partner of a verb, no topic
    if match.group().startswith("在"):
        return False  # 对美方|在台湾问题上的错误言行: where the actor acts, not a topic
    # 与拉夫罗夫|就乌克兰局势: a topic of its own opens after the partner
    return not any(_real_coverb(text, at) for at in _topic_openers(text, mention.end, match.end()))


def _topic_openers(text: str, start: int, end: int) -> list[int]:
    """Where 就/对/关于 open a phrase of their own between ``start`` and ``end``."""
    return [at for at in range(start, end) if text[at] in "就对" or text.startswith("关于", at)]


def _suffered_unnamed(stretch: str) -> bool:
    """对中国驻曼德勒领事馆|遭袭|表示谴责, 对中国|公民|遇袭|表示遗憾: a hostile act the actor that a
    preposition introduces suffers (words.tsv suffer_mark right before it, maybe after a thing
    the actor owns, words.tsv thing), with no agent named, makes that actor its victim: a
    stance on it is aimed at whoever did it, not at the victim."""
    owned = stretch[1:] if stretch.startswith("的") else stretch  # 中国(的)|公民|遇袭: what the
    thing = next((w for w in words("thing") if owned.startswith(w)), None)  # actor owns suffers
    if thing is not None:
        stretch = owned[len(thing) :]
    if opens_with(stretch, 0, "suffered"):
        return True  # 遭袭, 遇袭: the act and its suffering in one word
    mark = next((w for w in words("suffer_mark") if stretch.startswith(w)), None)
    if mark is None:
        return False
    found = trigger_pattern().search(stretch, len(mark))
    if found is None or found.start() != len(mark):
        return False
    trig = trigger_for(found.group())
    return trig is not None and trig.event_type in _HOSTILE


def _victim_before(text: str, clause: Clause, mention: Mention, pos: int) -> bool:
    """对|伊朗使馆|遭袭击一事表示谴责: an actor of the trigger's clause, before it, that suffers
    a hostile act no agent is named for (_suffered_unnamed) is its victim, no counterpart."""
    if not clause.start <= mention.start or mention.end > pos:
        return False
    return _suffered_unnamed(text[mention.end + _quoted_name(text, mention) : pos])


def _passive_agent_in(text: str, start: int, end: int, mentions: list[Mention]) -> Mention | None:
    for mention in mentions:
        if start <= mention.start and mention.end <= end:
            if text[max(start, _front(mention) - 1) : _front(mention)] == "被":
                return mention
    return None


def _ends_a_list(text: str, coverb: int, mentions: list[Mention]) -> bool:
    if text[coverb] not in "和与及":
        return False
    prev = [m for m in mentions if m.end == coverb]
    return bool(prev) and _front(prev[0]) > 0 and text[_front(prev[0]) - 1] == "、"


def _loose_coverb(text: str, clause: Clause, mention, mentions: list[Mention]) -> bool:
    """对大部分中国商品, 对3,250亿美元的中国商品: up to three words, or an amount, between 对
    and the actor."""
    front = _front(mention)
    head = text[max(clause.start, front - 14) : front]
    at = head.rfind("对")
    if at == -1:  # 对半导体、生物科技等领域多家|中国实体: the fields the entities work in
        head = text[max(clause.start, front - _SECTORS_REACH) : front]
        at = head.rfind("对")
        if at == -1 or not _SECTORS.fullmatch(head, at + 1):
            return False
    if any(c in _PUNCT and c not in ",." for c in head[at:]):
        return False
    between = head[at + 1 :]
    if len(between) > 3 and not _amount().fullmatch(between) and not _SECTORS.fullmatch(between):
        return False
    if between.startswith(("此", "这", "其")):
        return False  # 对此|美国表示失望: 对 has its object (此); the actor is the subject
    if text.startswith("的", mention.end) and has_verb(between) and between[-1:] not in "于自":
        return False  # 对[支持伊朗的]国家 (not 对原产于中国的钢材): the actor only describes it
    start = front - len(head) + at
    if not _real_coverb(text, start):
        return False
    return not any(start < m.start < front for m in mentions)


# the fields of the firms a measure hits, and how many (对半导体、生物科技等领域多家|中国实体)
_SECTORS: Final = re.compile(
    r"[\u4e00-\u9fff、]{1,30}?(?:领域|行业|产业|部门)的?(?:[\d一二三四五六七八九十百千多数几余]+[家个名])?"
)
_SECTORS_REACH: Final = 40


@lru_cache(maxsize=1)
def _amount() -> re.Pattern[str]:
    """An amount of money or goods (3,250亿美元的, 价值300亿加元的); its currencies are data
    (words.tsv currency)."""
    currencies = "|".join(map(re.escape, sorted(words("currency"), key=len, reverse=True)))
    return re.compile(
        rf"[\d,.，一二三四五六七八九十百千万亿两几多余约近超过价值]+(?:{currencies})?(?:的)?"
    )


def _parenthesised(
    text: str, clause: Clause, pos: int, coverbs, mentions: list[Mention]
) -> list[Mention]:
    close = text.rfind(")", clause.start, pos)
    opening = text.rfind("(", clause.start, close) if close != -1 else -1
    if opening == -1 or any(c in _PUNCT for c in text[close + 1 : pos] if c not in "“”《》"):
        return []
    head = text[max(clause.start, opening - 10) : opening]
    cut = max(head.rfind(c) for c in coverbs)
    if cut == -1 or any(c in _PUNCT for c in head[cut:]):
        return []
    return [m for m in mentions if opening < m.start and m.end <= close]


def _coverb_start(text: str, start: int | Mention) -> int:
    """Index of the preposition right before a mention, or the mention's front if none."""
    if isinstance(start, Mention):
        if _linked_thing(text, start):  # 对|与以色列有关的船只: the 对 governs the thing's owner
            return _linked_thing_opener(text, _front(start) - 1)
        start = _front(start) - _quoted_name(text, start)  # 对|“伊斯兰国”
    descriptor = _descriptor_before(text, start)  # 与|友邦|巴拉圭, 同|邻国|印度, 与|来自|希腊
    if descriptor:
        return start - len(descriptor) - 1
    member = _member_of_before(text, start)  # 与|核协议欧洲缔约方|英国, 与|美国盟友|日本
    if member:
        return member
    bloc = _bloc_ending(text[max(0, start - _BLOC_LONGEST) : start])  # 同|东盟成员国|菲律宾
    at = start - len(bloc)
    if bloc and at > 0 and text[at - 1] in _NOT_SUBJECT_BEFORE:
        return at - 1
    if start > 0 and text[start - 1] in _NOT_SUBJECT_BEFORE:
        if text.startswith("对于", start - 2):
            return start - 2  # 对于|朝鲜发射导弹表示抗议: 对于 governs as 对 does
        return start - 1
    timed = _time_before(text, start)  # 对|今天凌晨|印度的军事行动, 对|7日|印度的空袭
    if timed and text[start - timed - 1 : start - timed] in _TIMED_COVERBS:
        return start - timed - 1
    shown = _determiner_before(text, start)  # 对|这项|华府的28点计画持反对态度
    if shown and text[start - shown - 1 : start - shown] in _SHOWN_COVERBS:
        return start - shown - 1
    titled = _bare_titles_before(text, start)  # 与|总统|李在明, 同|外长|黄英贤
    if titled and text[start - titled - 1 : start - titled] in _TITLED_COVERBS:
        return start - titled - 1
    return start


_SHOWN_COVERBS: Final = frozenset("对向就")
_TITLED_COVERBS: Final = frozenset("对向与同跟和给")


def _bare_titles_before(text: str, start: int) -> int:
    """How many characters of titles with no organ or country (总统, 副首相兼外交大臣) end at
    ``start``: 与|总统|李在明 governs the person as 与|韩国总统|李在明 does, where the country
    makes the titles a description the actor stage marks; a bare title it leaves unmarked."""
    gaz = load_gazetteer()
    end = start
    while (
        title := title_ending_at(gaz, text, end, max(0, start - _BARE_TITLES_REACH))
    ) is not None:
        end -= len(title.title)
        if text[end - 1 : end] == "兼":
            end -= 1
    if end < start and text[end - 1 : end] in words("former"):
        end -= 1  # 对|前总检察长|莱维: a former post describes the person as the post does
    return start - end


_BARE_TITLES_REACH: Final = 12
_DETERMINER_LONGEST: Final = 4


def _determiner_before(text: str, start: int) -> int:
    """How many characters of a demonstrative with its measure word (这项, 该, 这两份: _determiner)
    end at ``start``: 对|这项|华府的计划 governs the owner of what it points at."""
    for size in range(_DETERMINER_LONGEST, 1, -1):
        if start - size >= 0 and _determiner().fullmatch(text[start - size : start]):
            return size
    return 0


def _descriptor_before(text: str, start: int) -> str:
    """The first descriptor of words.tsv (in its order) that ends at ``start`` with a
    preposition before it (与|友邦|巴拉圭), or "". Why not a test of each word: the list is
    long and most actors follow none; the few lengths its words have are looked up instead
    (109,000 tests of a Terminus build were 2,900 calls' worth of lookups)."""
    ranks, ends = _descriptors()
    best = ""
    for length in ends.get(text[start - 1 : start], ()):  # (those ending in its last letter)
        at = start - length
        word = text[at:start] if at > 0 else ""
        rank = ranks.get(word) if len(word) == length else None
        if rank is not None and text[at - 1] in _NOT_SUBJECT_BEFORE:
            if not best or rank < ranks[best]:
                best = word
    return best


def _member_of_before(text: str, start: int) -> int:
    """与核协议欧洲缔约方|英国, 同美国盟友|日本: a noun of membership (words.tsv member_noun)
    right before an actor, after a short modifier that names what it is a member of (an
    actor, a treaty), with a partner preposition before that: the index of the preposition,
    or 0. The modifier holds no verb and no pause, so 与美国签署协议的盟友 is no modifier."""
    noun = word_ending_at(text, start, "member_noun")
    if noun:
        head = start - len(noun)
        low = max(0, head - _MEMBER_MODIFIER_REACH)
        link = max(text.rfind(c, low, head) for c in _MEMBER_LINKS)
        if link < 0 or link + 1 == head:
            return 0
        modifier = text[link + 1 : head]
        if any(c in _PUNCT for c in modifier) or has_verb(modifier):
            return 0
        return link
    return 0


_MEMBER_MODIFIER_REACH: Final = 12
_MEMBER_LINKS: Final = ("与", "同", "跟")


#: :func:`_descriptors` once made (see lexicon.made_once).
_DESCRIPTORS_MADE: Final[list[tuple[dict[str, int], dict[str, tuple[int, ...]]]]] = []


def _descriptors() -> tuple[dict[str, int], dict[str, tuple[int, ...]]]:
    """The descriptors (words.tsv descriptor) with their place in the list, and their lengths
    by their last character (a position that ends none needs no look-up at all)."""
    return (
        _DESCRIPTORS_MADE[0]
        if _DESCRIPTORS_MADE
        else made_once(_DESCRIPTORS_MADE, _read_descriptors())
    )


def _read_descriptors() -> tuple[dict[str, int], dict[str, tuple[int, ...]]]:
    ranks: dict[str, int] = {}
    for rank, word in enumerate(words("descriptor")):
        if word:
            ranks.setdefault(word, rank)
    ends: dict[str, set[int]] = {}
    for word in ranks:
        ends.setdefault(word[-1], set()).add(len(word))
    return ranks, {last: tuple(sorted(lengths)) for last, lengths in ends.items()}


# A time between a preposition and the actor it introduces (对|今天凌晨|印度的军事行动), or
# between that actor and the 的 of its act (对印度|今天凌晨|的军事行动); its last letter is looked
# at first, so most positions cost one set lookup
_TIME_WORDS: Final = (
    r"(?:(?:\d{1,4}年)?(?:\d{1,2}月)?\d{1,2}日|今天|昨天|前天|当天|当日|日前|近日|此前|上周|本周"
    r"|上月|本月|凌晨|上午|下午|晚间|晚上|早些时候|早前)+"
)
_TIME_BEFORE: Final = re.compile(_TIME_WORDS + "$")
_TIME_ONLY: Final = re.compile(_TIME_WORDS)
_TIME_LAST: Final = frozenset("天日前晨午间上候月周")
_TIME_REACH: Final = 12
# (not 自/从/在/于: 自去年|美国退出…以来 frames a time, whose actor acts)
_TIMED_COVERBS: Final = frozenset("对向与同跟给就把将")


def _time_before(text: str, start: int) -> int:
    """How many characters of a time (a date, a day or a part of one) end at ``start``."""
    if start < 2 or text[start - 1] not in _TIME_LAST:
        return 0
    match = _TIME_BEFORE.search(text, max(0, start - _TIME_REACH), start)
    return len(match.group()) if match else 0


def _quoted_front(text: str, mention: Mention) -> int:
    """Where a mention begins with the quotation mark of a name quoted alone (将|“伊斯兰国”)."""
    return _front(mention) - _quoted_name(text, mention)


def _quoted_name(text: str, mention: Mention) -> int:
    """1 when the name stands alone in quotation marks (对“伊斯兰国”发动空袭), else 0."""
    front = _front(mention)
    return int(
        front > 0
        and text[front - 1 : front] in {"“", "「"}
        and text[mention.end : mention.end + 1] in {"”", "」"}
    )


def _real_coverb(text: str, pos: int) -> bool:
    if opens_with(text, pos, "not_coverb") and not _name_runs_past(text, pos):
        return False  # 拒绝|对话|表示遗憾: the 对 of 对话 is no preposition
    blockers = _COVERB_BLOCKERS.get(text[pos])
    if not (blockers and pos > 0 and text[pos - 1] in blockers):
        return True

    gaz = load_gazetteer()
    if text[max(0, pos - 2) : pos] in gaz.surfaces:  # 美方|向, not 方向
        return True
    if text[max(0, pos - 2) : pos] in gaz.institutions:  # 韩国军方|向朝鲜, not 方向
        return True
    if any(trigger_for(text[max(0, pos - k) : pos]) for k in (2, 3)):
        return True  # (不)同意|向乌克兰: a verb that takes an act ends right before it
    return _stands_alone(text, pos)  # 愿意|向, 首相|对: a word ended before it


def _name_runs_past(text: str, pos: int) -> bool:
    """对|立陶宛: a name the gazetteer knows opens right after the preposition and runs past
    the word the two first letters make (对立), so the preposition is one."""
    hit = match_at(load_gazetteer(), text, pos + 1)
    word = next(w for w in words("not_coverb") if text.startswith(w, pos))
    return hit is not None and len(hit[0]) > len(word) - 1


_ALONE_WINDOW: Final = 3


def _stands_alone(text: str, pos: int) -> bool:
    """Whether segmentation keeps the character at ``pos`` a word of its own: the character
    before it closes a word begun earlier (同意|向, 确认|为), not one it makes with it (意向)."""
    start = max(0, pos - _ALONE_WINDOW)
    at = start
    for token in cut(text[start : pos + _ALONE_WINDOW + 1]):
        if at == pos:
            return len(token) == 1
        at += len(token)
        if at > pos:
            return False
    return False


def _misdeed_combated(text: str, clause: Clause, end: int) -> bool:
    """打击|美国在中东的非法行为, 打击|乌克兰的恐怖主义行为: an armed verb whose object phrase is
    a described misdeed of an actor (words.tsv misdeed after 的 and a qualifier) combats the
    deed; it hits nobody (but 打击以色列的行为, no qualifier, may be the strike itself)."""
    stop = next((i for i in range(end, clause.end) if text[i] in _PUNCT), clause.end)
    phrase = text[end:stop]
    if phrase.endswith(words("spirit")):
        return True  # 严重打击|中国企业对美投资信心: a confidence is dampened, nobody is hit
    of = phrase.find("的")
    if of == -1:
        return False
    return any(
        phrase.find(word, of + 2) != -1 for word in words("misdeed")
    )  # of + 2: a qualifier stands between 的 and the deed


def _compound_before(
    text: str, clause: Clause, pos: int, mentions: list[Mention], talks: bool = False
) -> list[Mention]:
    """朝美|联合声明, 美日韩|合作, 四国|…: the group closest before the trigger in the clause.
    ``talks``: the trigger is a word of talks (CONSULT), which a topic may stand before."""
    for mention in reversed(mentions):
        if mention.end > pos or mention.start < clause.start:
            continue
        if mention.group is None:
            if _front(mention) > 0 and text[_front(mention) - 1] in "在于":
                continue  # 俄乌两国…在土耳其…谈判: a place between compound and trigger
            if _venue_after_pair(text, mention, pos, mentions):
                continue  # 美朝|新加坡|峰会, 两国元首|旧金山|会晤共识: the pair's venue
            if _introduced(text, clause, pos, _WITH, mentions):
                return []  # 王毅同博雷利举行|中国-欧盟|高级别战略对话: the talks' own partner
            return _dash_pair_before(text, mention, pos, mentions)
        between = text[mention.end : pos]
        if len(between) > 20 or any(c in _PUNCT and c not in "“”《》" for c in between):
            return []
        group = _group_of(mention, mentions)
        if _joint_partner(text, clause, group, mentions):
            return []  # 他将同各国领导人签署协议: the other side of his act, not a pair
        talking = _topic_of_a_pair(text, clause, group, mentions) if between.strip() else []
        if talking and text[talking[0].end : _front(talking[1]) - 1].strip():
            # 普京|昨天|与特朗普就俄乌冲突通电话, 特朗普表示将与普京就…: the 与 frame finds who
            # talks with the partner (a group too: 德英法三国领袖昨天与川普…), as it does where no
            # compound stands in the topic; what the topic names (就两国可能达成的协议) is left
            return [] if talks else group
        if talking:  # 美国与乌克兰就结束俄乌冲突举行会谈: the pair talks about the compound
            return talking
        if talks and between and opens_with(text, mention.end, "war_named"):
            return []  # 普京针对|俄乌|战争的和平谈判, 结束俄乌战争的计划进行会谈: the compound
            # names the war the talks are about, not their sides (who talks is said elsewhere)
        return group
    return []


def _dash_pair_before(text: str, last: Mention, pos: int, mentions: list[Mention]) -> list[Mention]:
    """中国-欧盟|领导人会晤, 中国—太平洋岛国|外长会: two sides a dash joins right before a meeting
    (a rank of its delegates between) are the pair that meets, as 中欧|领导人会晤 is."""
    between = text[last.end : pos]
    if len(between) > _DASH_PAIR_GAP or any(c in _PUNCT for c in between) or has_verb(between):
        return []
    first = next((m for m in reversed(mentions) if m.end <= _front(last)), None)
    if first is None or text[first.end : _front(last)] not in _DASHES:
        return []
    return [first, last]


_DASH_PAIR_GAP: Final = 8


def _venue_after_pair(text: str, mention: Mention, pos: int, mentions: list[Mention]) -> bool:
    """美朝|新加坡|峰会, 两国元首|旧金山|会晤共识: a name right after a pair, right before the
    trigger or before the meeting (words.tsv talks, summit_noun) the trigger closes, is where
    the pair met, not an actor between the pair and its act."""
    if not any(m.group is not None and m.end == mention.start for m in mentions):
        return False
    between = text[mention.end : pos]
    places = (*words("talks"), *words("summit_noun"))
    return not between or between in places


def _unnamed_pair_before(text: str, pos: int, mentions: list[Mention]) -> bool:
    """Whether a trigger follows right after two short forms no mention was found for (涉俄乌|
    冲突, where jieba cut 涉俄乌 as one word): they, not an actor named earlier, are its sides."""
    shorts = load_gazetteer().shorts
    if pos < 2 or text[pos - 1] not in shorts or text[pos - 2] not in shorts:
        return False
    return not any(m.start < pos and m.end > pos - 2 for m in mentions)


_TOPIC_OPENERS: Final = ("就", "关于", "围绕")


_VERBAL_ACTS: Final = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "PROTEST"})


_TITLE_QUOTES: Final = {"“": "”", "「": "」", "『": "』"}
_TITLE_REACH: Final = 40


def _proposal_title(text: str, start: int, end: int, pos: int) -> int | None:
    """Where the quotation opens that ``pos`` stands in, when the quoted words name what a
    proposal proposes (“谴责俄罗斯进攻乌克兰”的|决议草案, words.tsv motion); else None."""
    for opening, closing in _TITLE_QUOTES.items():
        left = text.rfind(opening, max(start, pos - _TITLE_REACH), pos)
        if left < 0 or text.find(closing, left, pos) >= 0:
            continue
        right = text.find(closing, pos, min(end, pos + _TITLE_REACH))
        if right < 0:
            continue
        after = text[right + 1 : right + 8]
        if after.startswith("的") and opens_with(after[1:], 0, "motion"):
            return left
    return None


def _proposer(text: str, start: int, opening: int, mentions: list[Mention]) -> list[Mention]:
    """The actor that puts forward the proposal whose title opens at ``opening``: the last one
    named before a verb of putting forward (words.tsv put_forward) a few words before it."""
    head = text[max(start, opening - 16) : opening]
    verbs = [head.rfind(verb) for verb in words("put_forward")]
    at = max(verbs)
    if at < 0:
        return []
    at += opening - len(head)
    before = [m for m in mentions if start <= m.start and m.end <= at and at - m.end <= 6]
    before = [m for m in before if m.via not in {"media", "place"}]
    return before[-1:]


def _clash_of_views(text: str, pos: int, trig: Trigger) -> bool:
    """中美在亚太地区的愿景有冲突, 两国存在利益冲突: a conflict that is a clash of views or
    interests (words.tsv: clash_of) is no fight (but 两国爆发冲突 is)."""
    return "quarrel" in trig.flags and text[max(0, pos - 4) : pos].endswith(words("clash_of"))


# verbs that make a war last or grow, said of a plan or a move (只会延长冲突, 加剧了战争): the
# war they act on is named by no side
_PROLONGING: Final = ("延长", "拖长", "延续", "加剧", "激化", "拖延")


def _war_talked_about(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention]
) -> bool:
    """A war noun that only names what talks are about: 美俄首脑会谈未能达成结束|战争协议 (the
    pair before the talks (words.tsv: talks, summit_noun) meets, it does not fight), 围绕|结束
    战争的议题 and 就|乌克兰|战争结束等事宜达成协议 (nobody wages a war 就 someone, unlike
    对乌克兰的战争)."""
    if "mutual" not in trig.flags or trig.event_type != "ASSAULT":
        return False
    if text[clause.start : pos].rstrip("了").endswith(_PROLONGING):
        return True  # 乌克兰和欧洲提出的方案,只会延长|冲突: what prolongs a war names no side
    before = [m for m in mentions if clause.start <= m.start and m.end <= pos]
    if not before:
        return False
    last = before[-1]
    between = text[last.end : pos]
    if any(c in _PUNCT for c in between):
        return False
    if any(opener in between for opener in _TOPIC_OPENERS if opener != "就"):
        return True  # 两位领导人在围绕结束|战争的议题上…: the war is what they talk about
    if _sides_end_their_war(between):
        return True  # 乌克兰与俄罗斯在6月前结束|战争, 为双方解决军事|冲突: no fight is reported
    if _opens_talks_topic(text, last.end, pos):
        return True  # 与阿努廷和洪马内针对这场…战争,进行了对话: what the talks are about
    # (俄乌就结束战争举行会谈: sides that talk about ending the war may well be its sides)
    if last.group is not None:
        return any(word in between for word in (*words("talks"), *words("summit_noun")))
    return _inside_topic(text, clause, last)


def _sides_end_their_war(between: str) -> bool:
    """The sides named before a bare war noun end or settle it (words.tsv war_ended: 乌克兰与
    俄罗斯在6月前结束|战争, 为双方解决军事|冲突): an end hoped for or planned reports no fight
    (but 俄乌就结束战争举行会谈 keeps its sides, and 结束|俄乌战争 names them after the verb)."""
    if "就" in between:
        return False
    stem = between.rstrip("了这场的").removesuffix("军事").removesuffix("武装")
    return stem.endswith(words("war_ended"))


def _topic_after_actor(
    text: str, clause: Clause, mention: Mention, local: list[Mention], pos: int
) -> bool:
    """An actor inside a 就-phrase that an actor named before it in the clause opens, closed by
    talks or an agreement (X和Y就结束|乌克兰|战争达成协议): X and Y act, the actor inside only
    names the topic (an act inside the phrase keeps its own subject: 就美国制裁…提出交涉)."""
    if "就" not in text[clause.start : _front(mention)] or not _talks_or_agreement_at(text, pos):
        return False
    if not _inside_topic(text, clause, mention):
        return False
    opener = text.rfind("就", clause.start, _front(mention))
    return any(m.end <= opener for m in local)


def _talks_or_agreement_at(text: str, pos: int) -> bool:
    match = trigger_pattern().match(text, pos)
    trig = trigger_for(match.group()) if match else None
    return trig is not None and trig.event_type in {"AGREE", "CONSULT"}


def _inside_topic(text: str, clause: Clause, mention: Mention) -> bool:
    """就|结束乌克兰战争…达成协议: the actor stands inside a 就-phrase (a topic) that opens in
    its clause with no pause before it."""
    head = text[clause.start : _front(mention)]
    at = head.rfind("就")
    if at < 0 or any(c in _PUNCT for c in head[at:]):
        return False
    return _real_coverb(text, clause.start + at)


def _topic_of_a_pair(
    text: str, clause: Clause, group: list[Mention], mentions: Sequence[Mention]
) -> list[Mention]:
    """美国与乌克兰代表团就结束|俄乌|冲突的计划举行会谈: a compound inside a 就-phrase after a
    pair joined by 与/同/跟/和 is what the pair talks about; the pair is who talks."""
    front = min(_front(m) for m in group)
    head = text[clause.start : front]
    opens = max(head.rfind(word) for word in _TOPIC_OPENERS)
    if opens <= 0 or any(c in _PUNCT and c not in _NAME_QUOTES for c in head[opens:]):
        return []  # (就美国提出的「28点」计划: a quoted name stays inside the phrase)
    before = [m for m in mentions if clause.start <= m.start and m.end <= clause.start + opens]
    for first, second in reversed(list(zip(before, before[1:], strict=False))):
        if (
            second.group is None
            and text[_front(second) - 1] in _WITH
            and first.end <= _front(second) - 1
        ):
            return [first, second]
    return []


_PARTNER_LEADS: Final = tuple("将已还也再并正曾会要拟都均")
# 尹锡悦26日,|分别|与中日两国领导人举行会谈: an adverb saying each partner is met on its own
# opens the clause as 将 does; the group after 与 is the other side of the act, not a pair.
_SEPARATELY_LEAD: Final = re.compile("(?:分别|先后|逐一|依次|单独)$")


def _joint_partner(
    text: str, clause: Clause, group: list[Mention], mentions: list[Mention]
) -> bool:
    """同/与 a group whose clause has an actor before it, or opens with it (将与各国领导人签署,
    与两国领导人举行会谈): the group is the other side of an act, its members do not act on each
    other; 惨败与中日条约的签订 joins two nouns."""
    front = min(m.start for m in group)
    if text[front - 1 : front] == "和" and any(
        m.end == front - 1 and m.actor.type == "Person" and m not in group for m in mentions
    ):
        return True  # 他和|泰柬|领导人通过电话: a person and a pair's leaders talk
    head = text[clause.start : front - 1]
    if (
        text[front - 1 : front] == "和"
        and head.endswith(_PARTNER_LEADS)
        and any(clause.start <= m.start and m.end < front for m in mentions)
    ):
        return True  # 美国将和|两国|合作: after an adverb, 和 is a preposition, no conjunction
    if not _with_side(text, group[0]):
        return False
    head = text[clause.start : front - 1].strip(" ,，")
    return (
        not head
        or head.endswith(_PARTNER_LEADS)
        or _SEPARATELY_LEAD.search(head) is not None
        or any(clause.start <= m.start and m.end < front for m in mentions)
    )


def _group_of(mention: Mention, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.group is not None and m.group == mention.group]


# -- subjects ----------------------------------------------------------------------------------


_VERBS_JOINED: Final = frozenset({"和", "及", "并", "并且", "以及"})
_JOINED_OBJECT_TAIL = 12  # 领导人第十五次会晤: how long the rest of a target's noun phrase runs


def _joined_after_object(text: str, end: int, boundary: int) -> bool:
    """将出席金砖国家|峰会并|对南非进行国事访问: an actor after the clause's first one whose noun
    phrase runs on to 并 with no punctuation and no verb is inside the first verb's object, no
    subject of the verb 并 joins: that verb is the first verb's subject's too."""
    stretch = text[end:boundary]
    at = stretch.find("并")
    if not 0 < at <= _JOINED_OBJECT_TAIL or any(c in _PUNCT for c in stretch[:at]):
        return False
    return not has_verb(_without_meeting_noun(stretch[:at]))  # 中国和巴西|举行会谈并…: a
    # predicate of their own (but 金砖国家|领导人第十五次会晤并…: the meeting is a noun)


def _object_before_listed_verb(text: str, end: int, boundary: int) -> bool:
    """特朗普批评欧洲、|讥讽联合国, 谴责俄罗斯入侵行为、|支持乌克兰: an actor after the clause's
    first one whose phrase runs on, with no punctuation, to a 、 right before the trigger is
    inside the object of the verb before; 、 lists the two verbs, and they share one subject."""
    stretch = text[end:boundary]
    if not stretch.endswith("、") or len(stretch) > _JOINED_OBJECT_TAIL + 1:
        return False
    return not any(c in _PUNCT or c == "、" for c in stretch[:-1])


def _without_meeting_noun(tail: str) -> str:
    """领导人第十五次|会晤: the tail of a noun phrase without the meeting noun that ends it."""
    for length in (4, 3, 2):
        trig = trigger_for(tail[-length:]) if len(tail) >= length else None
        if trig is not None and trig.event_type == "CONSULT":
            return tail[:-length]
    return tail


def _subjects(
    text: str,
    clauses: list[Clause],
    index: int,
    boundary: int,
    mentions: list[Mention],
    objects: list[Mention],
    targets=frozenset(),
    speech_act=False,
    armed=False,
    stubborn=False,
    charged=False,
    smear=False,
) -> tuple[list[Mention], bool]:
    """The nearest free actor before the trigger in its clause; else the nearest free actor of
    an earlier clause that is neither a target there, nor after its verb, nor inside a noun phrase
    (她直言,韩方改善关系的努力是…,还抨击韩国 → 她).

    A clause with a subject of its own that names no actor (这些资源将用于支持…) borrows none,
    and no subject is borrowed across the edge of a quotation.
    """
    clause = clauses[index]
    if index and _answer_opens(text, clause, boundary, mentions):
        speaker = _speaker_in_sentence(text, clauses, index, clause.start, mentions)
        if speaker is not None and speaker.end < clauses[index - 1].start:
            return [speaker], False  # 国务卿表示,朝鲜再次试射导弹,对此予以谴责: not 朝鲜
    titled = _proposal_title(text, clauses[0].start, clauses[-1].end, boundary)
    if titled is not None and not any(titled < m.start < boundary for m in mentions):
        # 美国提出的一份“谴责俄罗斯…”的决议草案: the proposer's act (not 俄罗斯进攻, its own)
        return _proposer(text, clauses[0].start, titled, mentions), False
    described = _governed_relative(text, clause, boundary, mentions)
    if described is not None:  # 对[支持伊朗的]国家: who supports is what 对 governs, no actor
        return ([described] if described else []), True  # type: ignore[list-item]
    taken = {(o.start, o.actor.key) for o in objects}
    target_keys = {  # 特朗普称泽连斯基…,并指责泽连斯基: not him (but 理事会…,要求伊朗与|原子能机构
        o.actor.key  # 合作: the partner in the act asked for may be the one who asks)
        for o in objects
        if (_front(o) - 1 <= boundary or text[_front(o) - 1 : _front(o)] not in _JOINT_PARTNER)
        and o.via != "place"  # 指责乌克兰袭击|扎波罗热核电站: a place struck, its country may act
        and not _pair_between(text, o)  # 以色列拒绝接受|两国之间|…的方案: the pair only says
    }  # between whom the thing is, and leaves its members free to act
    named = mentions
    mentions = [m for m in mentions if m.actor.key not in target_keys or m.group is not None]
    local = [
        m
        for m in mentions
        if clause.start <= m.start
        and m.end <= boundary
        and (m.start, m.actor.key) not in taken
        and not _in_reason_before(text, clause, m, boundary, mentions)
        and not _in_purpose_before(text, clause, m, boundary)
        and not _defied_one(text, m, boundary)
        and not _in_cause_after_subject(text, m, mentions, boundary)
        and not _inside_voiced_deed(text, m, boundary)
    ]
    if local and text[local[-1].end : boundary] == "的" and trigger_pattern().match(text, boundary):
        owner = local[-1]
        front = _front(owner)
        governed = front > 0 and text[front - 1] in _NOT_SUBJECT_BEFORE
        if governed and text[front - 1] in _NOMINALS_JOINED:
            governed = not _joined_owned_nominal(text, front - 1, owner)
        if owner.via not in {"media", "place"} and not governed:
            return [owner], True  # 美方的否决 (not 对朝鲜的制裁): whose act a nominal names
        if owner.via == "media":
            return [], True  # 西方媒体的加入: an outlet's act is no actor's
    if local and _owns_aimed_noun(text, local[-1], boundary, objects):
        return [local[-1]], True  # 美国的对俄制裁, 美国的反俄制裁: whose act the noun names
    if local and _act_answered(text, clause, boundary, local[-1]):
        return [local[-1]], True  # 对[俄罗斯空袭乌克兰平民]的强力谴责: the one condemned acts
    if local and _act_about(text, clause, boundary, local[-1]):
        return [local[-1]], True  # 关于[瑞典加入北约议定书]的议案: 瑞典 joins, not who signs
    if local and _nominalised(text, boundary, clause):  # 对[佩洛西或访台]一事表示…
        actor = next((m for m in reversed(local) if not _placed(text, m)), local[-1])
        front = _front(actor)  # (对以色列上周在德黑兰炸死…的回应: not where it was done)
        if text[max(0, front - 2) : front].endswith(("对", "就", "关于", "针对", "对于")):
            return [actor], True
        if text[local[-1].end : boundary] in _VERBS_JOINED:  # 对[奥尔班访问俄罗斯并会见普京]…
            doer = _governed_doer(text, local[:-1], boundary)
            if doer is not None:  # the joined verb is the act of the phrase's doer too
                return [doer], True
    opener = _objection_opener(text, clause, boundary) if local else -1
    if opener != -1:  # 他们对…加强与俄罗斯的军事合作|表示严重关切: not their own act
        local = [m for m in local if m.start > opener]
        first = local[0] if local else None
        if first and _front(first) == opener + 1 and text[first.end : first.end + 1] == "的":
            return [first], True  # 对|朝鲜|的核计划…以及加强与俄罗斯的…合作: whose deeds
        if not local:
            return [], True
    listed = _list_opens_clause(text, clause, local, boundary)
    if listed:  # 包括美国在内的大多数国家都在与俄罗斯开展贸易: the members listed act
        return listed, True
    for strict in (True, False):
        for mention in reversed(local):
            if _inside_time_frame(text, mention, local, boundary):
                continue
            if _inside_since(text, mention, local, boundary):
                continue  # 内哈默成为俄乌战争以来第一位拜访…: the war only dates it
            if mention is not local[0] and _attended_body(text, mention):
                continue  # 岸田出席|东盟|峰会后会见莫迪: whose meeting is attended does not act
            if _backer_of_head(text, mention, local, boundary):
                continue  # 美国支持的联军轰炸…: the coalition it backs acts, not 美国
            if _object_before_aim(text, mention, boundary, mentions):
                continue  # 驱逐俄罗斯大使以声援…: who expels supports, not the expelled
            if _recipient_before_aid(text, mention, boundary):
                continue  # 美国提供|以色列|军事援助: the one given the aid does not give it
            if _struck_before_light_verb(text, mention, boundary):
                continue  # 以军空袭|黎|南部目标进行报复: who strikes retaliates, not the struck
            if mention.start in targets and text[mention.end : boundary] in _VERBS_JOINED:
                continue  # 以色列炸死纳斯鲁拉和炸死哈尼亚: the second verb is 以色列's too
            if _host_inside(text, clause, mention, boundary):
                continue  # 俄乌两国应|美国|邀请举行会谈: the host invites, the invited talk
            if _seat_held_at(text, mention):
                continue  # 内塔尼亚胡在美国|白宫|与特朗普会谈: where they meet does not meet
            if mention is not local[0] and _joined_after_object(text, mention.end, boundary):
                continue  # 出席金砖国家峰会|并|对南非进行国事访问: the visit is the attender's
            if _object_before_listed_verb(text, mention.end, boundary) and (
                mention is not local[0] or has_verb(text[clause.start : _front(mention)])
            ):
                continue  # 特朗普批评欧洲、|讥讽联合国: the second verb is 特朗普's too
            if _inside_with_relative(text, mention, boundary):
                continue  # [与北京建交的]国家不得与台湾…: the relative only describes the noun
            if not speech_act and _claims_about_another(text, mention, local, boundary):
                continue  # 美国关于其向俄罗斯提供武器的指控: the claimant does not supply
            if (
                can_be_subject(text, mention, strict)
                or _opens_time_frame(text, clause, mention)
                or _acts_inside_frame(text, mention, boundary, objects)
                or _opens_since(text, mention, boundary)
            ):
                group = _expand_compound(mention, mentions, taken)
                if group[0] is not mention and not can_be_subject(text, group[0], strict):
                    continue  # 与德国、韩国、日本…: a list a preposition governs
                if _names_topic(text, group) and not _border_fight(text, group, boundary):
                    continue  # 就…、苏丹和海地局势等交换看法: what is talked about does not act
                if _topic_after_actor(text, clause, mention, local, boundary):
                    continue  # 特朗普和普京未能就结束|乌克兰|战争达成协议: the topic does not act
                group = group + _joined_by_both(text, mention, local, boundary)
                group = group + _closing_list_item(text, group, local)
                group = group + _acting_along(text, group, local, boundary)
                group = _leader_along(text, group, local) + group
                return _included_instead(text, group, mentions, taken), True
    if any(_short_in_compound(text, m) for m in local):
        return [], True  # 亲|美|势力则支持韩国: the compound's noun is the clause's subject
    cause = _fronted_cause_subject(text, clauses, index, boundary, mentions, taken)
    if cause is not None:  # 因不满…,以色列…; 为达成协议,哈马斯和以色列…: the main clause's subject
        return _coordinated_before(cause, mentions, taken, any_type=True), False
    accused = _accused_unnamed(text, clauses, index, boundary, mentions, targets)
    if accused is not None:  # 制裁伊朗,指其向俄罗斯提供无人机: the one accused acts, or no one
        return accused, False
    if (
        _own_subject(text, clause)
        or _noun_subject(text, clause, boundary, mentions)
        or _organisation_opens(text, clause, boundary, mentions)
        or _text_subject(text, clauses, index, boundary, mentions)
        or _doers_listed_after(text, clause, boundary)
        or (speech_act and _non_actor_opens(text, clauses, index, boundary, mentions))
        or (not speech_act and _phrase_subject_opens(text, clause, boundary, mentions))
    ):
        return [], False
    pretext = _pretext_subject(text, clauses, index, mentions, taken)
    if pretext is not None:  # 德国以…为借口,|向乌方提供武器: the one who gives the pretext acts
        return _expand_compound(pretext, mentions, taken), False
    ahead = _fronted_frame_subject(text, clauses, index, mentions, taken)
    if ahead is not None:  # 在对中国进行国事访问期间,普京…: the frame's subject comes after it
        return _expand_compound(ahead, mentions, taken), False
    if _unresolved_pronoun_opens(text, clause, mentions):
        return [], False  # 我们只是支持香港警方: the clause's subject is a pronoun no actor has
    quotes = _speech_quotes(text, clauses[0].start, clauses[-1].end)
    region = _region(quotes, boundary)
    and_goes_on = text[clause.start : boundary].lstrip().startswith(("并", "並"))
    and_says = speech_act and and_goes_on
    speech_opens = speech_act and not text[clause.start : boundary].strip(" ，,")
    said_lead = speech_act and text[clause.start : boundary].strip(" ，,") in speech_verbs()
    cut = _reason_before_result(text, clauses, index)
    for earlier in reversed(clauses[:index]):
        if cut is not None and earlier.start >= cut:
            continue  # 宣布因为立陶宛…,…,因此决定召回…: the reason's actors do not go on
        if _unresolved_pronoun_opens(text, earlier, mentions):
            break  # 我们所能做的,只是支持…: the pronoun is the subject the clauses go on with
        speaker_end = earlier.end
        if _opens_condition(text, earlier) and not _opens_condition(text, clause):
            before_condition = _speaker_before_condition(text, earlier, mentions)
            if before_condition is None:
                continue  # 如果佩洛西访台,必将采取反制措施: the condition's subject does not act
            speaker_end = before_condition
        if opens_with(text[earlier.start : earlier.end].lstrip(), 0, "reason") and not (
            and_goes_on and earlier is clauses[index - 1]
        ):  # (因厄瓜多尔警方强行进入…,并拘留…: the reason goes on, and its subject with it)
            continue  # 因中方违反该法,将对中国…实施制裁: a reason's subject does not act
        if earlier is not clauses[0] and _basis_opener(text, earlier) is not None:
            continue  # 英法德宣布,将依据五常及伊朗签署的协议,对伊朗…: who signed it does not act
        if text[earlier.start : earlier.end].lstrip().startswith(_ABOUT_OPENERS):
            continue  # 针对欧盟驱逐…一事,向…表达抗议: what the response is about does not act
        agents, patient = _passive_sides(text, earlier, mentions)
        colon = text[earlier.end - 1 : earlier.end] in {":", "："}
        defied = False
        for mention in reversed(mentions):
            if not earlier.start <= mention.start < earlier.end:
                continue
            if _arrived_at(text, earlier, mention):
                continue  # 成员应邀到|华府,会晤了…: where one goes does not go on to act
            if cut is not None and mention.start >= cut:
                continue
            if mention.end > speaker_end:
                continue  # 菲佐称如果…允许,: only the speaker before the condition goes on
            if _inviter_before(text, earlier, mention):
                continue  # 习近平很高兴应武契奇总统多次邀请,再次到访…: the host invites
            if colon and not _speaker_at_colon(text, mention, earlier.end - 1):
                continue  # 欧盟对俄制裁涉及中企 外交部:坚决反对: who speaks stands at the colon
            if _region(quotes, mention.start) != region:
                continue
            if mention in agents:
                continue  # 伊朗遭到以色列空袭后,暂停…: who struck does not go on
            wished = (
                _wished_of(text, earlier.start, mention)
                or _asked_of(text, earlier.start, mention, clause)
                or mention is patient
            )
            if (mention.start, mention.actor.key) in taken:
                continue
            if armed and _accused_goes_on(text, earlier, mention, clause, boundary, stated=True):
                # 中方批评日本违反…,向台湾出售武器: 日本 sells; 吴江浩表示高市早苗…,进行武力威胁
                return [mention], False
            if stubborn and _blamed_goes_on(text, earlier, mention, clause, boundary):
                return [mention], False  # 批评其悍然发表…言论,且拒不承认错误: the one blamed
            if charged and _blamed_closes_clause(text, earlier, mention, clause, boundary):
                return [mention], False  # 批评美方,|对台售武: the deed the charge goes on with
            if (
                smear
                and mention.start in targets
                and _judged_subject(text, earlier, mention, clause)
            ):
                return [mention], False  # 称,七国集团…粗暴干涉中国内政,|恶意抹黑中国: the judged
            if (
                mention.start in targets
                and not wished
                and (armed or not _pair_word_member(mention, mentions))
            ):
                continue
            if _inside_since(text, mention, mentions, earlier.end):
                continue  # 内哈默成为俄罗斯发动战争以来,第一位拜访…: not 俄罗斯
            if _compared(text, earlier, mention):
                continue  # 联大决议与安理会草案相比,除要求俄罗斯…: what is compared does not act
            if _judged_in_statement(text, earlier, mention, mentions):
                continue  # 中方表示台湾是中国领土,不接受…: the speaker goes on, not what is judged
            if _relative_in_object(text, earlier, mention, mentions):
                continue  # 乍得未公布法军撤出的期限,表示将与法方磋商: 乍得 goes on, not 法军
            if _backer_of_head(text, mention, mentions, earlier.end):
                continue  # 沙特、埃及参与的四方展开斡旋,寻求推动…: the four go on, not 埃及
            if _inside_basis(text, earlier.start, mention, mentions):
                continue  # 以军按照|内塔尼亚胡和卡茨的命令,|对加沙…: on whose order it acts
            if _defied_one(text, mention, earlier.end):
                defied = True
                continue  # 外国实体不顾|中方|强烈反对,与台湾…合作: the one defied does not act
            if _inside_matter(text, earlier, mention):
                continue  # 中方对立陶宛允许|台湾|设立代表处一事提出抗议,并召回…: not 台湾
            if can_be_subject(text, mention) and not _embedded(text, mention, earlier):
                if _after_predicate(text, earlier.start, mention) and not wished:
                    if not _described_head(
                        text, earlier.start, mention, mentions
                    ) and not _noticed_doer(text, earlier, mention, named, objects):
                        continue
                if and_says and _says_before(text, earlier.start, mention):
                    continue  # 他强调印度军方正作出回应,并呼吁巴方…: the speaker appeals
                if and_says and _said_within_statement(text, clauses, earlier, mention, mentions):
                    continue  # 马克龙表示,俄军仍在轰炸…,并呼吁俄罗斯…: the speaker appeals
                if speech_opens and _said_after_statement(text, earlier, mention, mentions):
                    continue  # 巴加埃表示,|以色列公然侵犯…,|呼吁安理会…: the speaker appeals
                if (said_lead or speech_opens or and_says) and _after_own_verb(
                    text, earlier, mention, mentions
                ):
                    continue  # 特朗普提出“清空”|加沙|设想,|称希望埃及…: who proposed it says
                if and_goes_on and _said_in_predicate(text, earlier, mention):
                    continue  # 国务院发布报告,强调基地组织…,并将古巴列入…: the reporter lists
                if and_goes_on and _object_of_verb(text, earlier, mention, mentions):
                    continue  # 拜登指示美军保护以色列,并准备对伊朗…: 拜登 prepares, not 以色列
                if _in_reason(text, earlier, mention):
                    continue
                if (
                    _reason_around(text, earlier, mention.start, mention.end, earlier.end, mentions)
                    != -1
                ):
                    continue  # 中国政府以日本社会治安不靖为由,|呼吁…: the one who gives the reason
                if text[max(0, _front(mention) - 2) : _front(mention)].endswith(_ARRIVED_AT):
                    continue  # 伯恩斯…抵达|卡塔尔首都多哈,与…会晤: where he went does not act
                inside = [m for m in mentions if earlier.start <= m.start and m.end <= earlier.end]
                if _object_in_time_clause(text, earlier, mention, inside):
                    continue  # 金正恩出席中国阅兵仪式后,与普京会谈: 金正恩 goes on, not 中国
                if _inside_time_frame(text, mention, inside, earlier.end):
                    continue  # 李在明借出席亚太经合组织会议之机,与…会谈: the occasion does not act
                if (
                    not speech_act
                    and earlier is clauses[index - 1]
                    and _demand_goes_on(text, earlier, mention, clause)
                ):
                    return [], False  # 呼吁各国团结一致,|向苏丹提供援助: asked, not done
                group = _expand_compound(mention, mentions, taken)
                group = group + _joined_by_both(text, mention, inside, earlier.end)
                return _included_instead(text, group, mentions, taken), False
        if text[earlier.end - 1 : earlier.end] in {":", "："}:
            break  # 外交部:如果她敢,拭目以待: who speaks is named before the colon, or not at all
        if defied:
            break  # 一些美国企业不顾中方反对,|与台湾…: who defies is no actor, nor the speaker
    return [], False


def _pair_word_member(mention: Mention, mentions: list[Mention]) -> bool:
    """双方举行会谈,|并签署了…协议: a member of a pair word (双方, 两国) of states or bodies, which
    stands at the same place as the other members of its group; the pair's own act makes one of
    them its target, yet both go on as the subject of the next clause (not into an armed act:
    双方同意…,停止冲突 names no fight of theirs)."""
    if mention.group is None or mention.actor.type == "Person":
        return False  # (双方 read as two leaders: their states act, which is left as it was)
    return any(
        m is not mention and m.group == mention.group and m.start == mention.start for m in mentions
    )


_DEMAND_REACH = 8  # 古特雷斯|20日再次|呼吁: the date and adverbs between the asker and the demand
_GOES_ON_OWN: Final = ("并", "並", "还", "還", "也", "同时", "同時", "此外", "否则", "否則", "不然")


def _demand_goes_on(text: str, earlier: Clause, mention: Mention, clause: Clause) -> bool:
    """古特雷斯呼吁各国团结一致,|向苏丹提供人道主义援助; 中方敦促美国停止制裁,|向古巴提供援助:
    a clause with no subject right after a demand (its word within a few letters of the one who
    asks) goes on with what is asked; the asker does not do it. A clause that 并/还/同时 opens,
    or a statement verb, is the asker's own, and so is a speech act (the caller: 要求美国停止军演,
    谴责…); an easing goes on with the one asked (_asked_of)."""
    head = text[clause.start : clause.end].lstrip(" “”\"'「」")
    if head.startswith(_GOES_ON_OWN) or any(head.startswith(v) for v in speech_verbs()):
        return False
    if _opens_with_easing(text, clause):
        return False
    if has_verb(text[earlier.start : _front(mention)]):
        return False  # 不遵守|美方|要求,绝不妥协: the demand is a noun the clause's verb takes
    stretch = text[mention.end : min(earlier.end, mention.end + _DEMAND_REACH)]
    for word in _demand_words():
        at = stretch.find(word)
        if at != -1 and not any(c in _PUNCT or c == "的" for c in stretch[:at]):
            return not _own_subject(text, clause)  # (在习近平的邀请下: no demand it makes)
    return False


def _object_of_verb(text: str, earlier: Clause, mention: Mention, mentions: list[Mention]) -> bool:
    """拜登指示|美军|保护|以色列|抵御威胁,并准备…: an actor right after a verb (no trigger, so
    _after_predicate lets it pass) that follows an earlier actor of its clause is that verb's
    object; a clause that 并 goes on with keeps the first actor's subject, not the object's
    (辛鲍姆否认了|美国…派兵的报道,并拒绝…: an aspect particle after the verb changes nothing)."""
    for other, between in _joined_before(text, earlier, mention, mentions, _PUNCT):
        tokens = _tag(between)
        if tokens and tokens[-1][0] in ASPECT_PARTICLES:
            tokens = tokens[:-1]  # 否认了|美国计划…的报道: the verb before its aspect particle
        if tokens and tokens[-1][1].startswith("v") and tokens[-1][1] != "vn":
            return can_be_subject(text, other)
    return False


def _joined_before(
    text: str, earlier: Clause, mention: Mention, mentions: list[Mention], pauses: Collection[str]
) -> Iterator[tuple[Mention, str]]:
    """The actors of the clause from ``earlier`` that stand before ``mention`` with only words
    between (no 的, none of ``pauses``), each with those words: what _object_of_verb and
    _after_own_verb read as a verb whose object ``mention`` may be."""
    front = _front(mention)
    for other in mentions:
        if not earlier.start <= other.start or other.end > front or other is mention:
            continue
        between = text[other.end : front]
        if between and "的" not in between and not any(c in pauses for c in between):
            yield other, between


ASPECT_PARTICLES: Final = frozenset({"了", "过", "過"})


_BASIS_REACH: Final = 12


def _inside_basis(text: str, start: int, mention: Mention, mentions: list[Mention]) -> bool:
    """以军按照|内塔尼亚胡和国防部长卡茨的|命令: an actor inside a phrase a word of basis opens
    (words.tsv basis) after the clause's own actor is whose order the act rests on; it does
    not go on acting (根据 is tagged a verb, and its object was skipped so; 按照 is a
    preposition). A clause the phrase opens (按照商务部的公告,…) is left alone."""
    front = _front(mention)
    lead = max(start, front - _BASIS_REACH)
    stretch = text[lead:front]
    at = max(stretch.rfind(w) for w in words("basis"))
    if at == -1 or any(c in _PUNCT for c in stretch[at:]):
        return False
    return any(start <= m.start and m.end <= lead + at for m in mentions)


_ABOUT_OPENERS: Final = ("针对", "对于", "关于")
_JOINT_PARTNER: Final = frozenset({"与", "同", "跟"})


def _pair_between(text: str, mention: Mention) -> bool:
    """两国之间, 双方之间: a pair word that says between whom a thing is (两国之间透过谈判达成的
    方案), not whom the act is aimed at (中方建议|两国|领导人会晤: its own pair)."""
    return (
        mention.group is not None
        and mention.text in pronouns()
        and text.startswith(("之间", "间"), mention.end)
    )


def _speaker_at_colon(text: str, mention: Mention, colon: int) -> bool:
    """王毅表示:…, 外交部发言人华春莹:…: the speaker of what a colon opens stands right before
    it, or before a statement verb alone, or one the speaker addresses to its audience (对记者团
    表示:, words.tsv audience); an actor further back (欧盟对俄制裁…外交部:) is not."""
    between = text[mention.end : colon].strip()
    if between[:1] in {"对", "向"}:  # 小泉对记者团表示:: the one addressed stands between
        heard = [w for w in words("audience") if between.startswith(w, 1)]
        between = between[1 + max(map(len, heard)) :] if heard else between
    return not between or between in speech_verbs()


def _speaker_before_condition(text: str, clause: Clause, mentions: list[Mention]) -> int | None:
    """菲佐称|如果个人健康状况允许,|愿意…访问俄罗斯: a speaker whose statement verb opens a
    condition that names no actor goes on as the subject after it (but in 只要美国耐心等待,|
    坚持支持… the condition's own actor may go on); where the speaker's words end, else None."""
    for at, cue in _cue_positions(text, clause.start, clause.end):
        if cue.position != "opens":
            continue
        if any(at <= m.start < clause.end for m in mentions):
            return None
        head = text[clause.start : at]
        verb = next((v for v in speech_verbs() if head.endswith(v)), None)
        return clause.start + len(head) - len(verb) if verb else None
    return None


def _reason_before_result(text: str, clauses: list[Clause], index: int) -> int | None:
    """宣布因为立陶宛…,…,因此决定召回…: where the reason opens, when the clause opens with the
    result it leads to (words.tsv result); the result's subject stands before the reason."""
    results = words("result")
    if not any(w in text[c.start : c.start + 4] for c in clauses[: index + 1] for w in results):
        return None  # no result word opens any clause so far: one cheap test
    while index > 0 and text[clauses[index].start : clauses[index].end].lstrip().startswith(
        ("并", "並")
    ):
        index -= 1  # …,因此决定召回…,并要求…: the act joined to the result goes on from it
    clause = clauses[index]
    if not text[clause.start : clause.end].lstrip().startswith(results):
        return None
    for earlier in reversed(clauses[:index]):
        for reason in words("reason"):
            at = text.find(reason, earlier.start, earlier.end)
            if at >= 0 and not text.startswith(results, at):
                return at
    return None


def _noun_of_other_verb(text: str, start: int, pos: int, trig: Trigger) -> bool:
    """美国、德国和英国违反|条约: a noun that only names a deal or a meeting (triggers.tsv: a
    compound its only frame) is the object of another verb between its subjects and it, which
    makes them no parties to it."""
    return trig.objects == {"compound"} and has_verb(text[start:pos])


def _passive_sides(
    text: str, clause: Clause, mentions: list[Mention]
) -> tuple[list[Mention], Mention | None]:
    """伊朗遭到以色列和美国空袭后: the agents of a passive that ends a clause (以色列, 美国) and the
    actor it befalls, the last one named before them in the clause (伊朗)."""
    inside = [m for m in mentions if clause.start <= m.start and m.end <= clause.end]
    first = next(
        (m for m in inside if _passive_head(text, clause.start, _front(m)).endswith(_PASSIVE)), None
    )
    if first is None:
        return [], None
    if first.group is not None:
        agents = _group_of(first, mentions)
    else:
        agents = _with_coordinated(text, clause, first, mentions)
    if any(m.start >= agents[-1].end for m in inside) or len(text[agents[-1].end : clause.end]) > 8:
        return [], None  # 遭到美国制裁朝鲜…: the passive does not end the clause
    before = [m for m in mentions if clause.start <= m.start and m.end <= _front(agents[0])]
    return agents, (before[-1] if before and before[-1].group is None else None)


# what an accused is said to go on doing: armed and coercive acts (an aid or a sanction in the
# clause after an accusation is as often the accuser's own answer)
_ACCUSED_GO_ON: Final = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
# the deeds a charge may list in the clauses after the one blamed (批评美方,|对台售武)
_CHARGES_GO_ON: Final = _ACCUSED_GO_ON | {"AID"}


def _stubborn(trig: Trigger) -> bool:
    """A refusal in the words of blame (批评其…,且拒不承认错误, 指责美方…,拒不纠正): in a clause
    with no subject after an accusation, the one blamed refuses, not the one who blames."""
    return trig.word.startswith("拒不")


_OWN_ACTS_GO_ON: Final = ("并", "並", "同时", "還", "还", "又", "也", "而且", "此外", "另外")


def _accused_goes_on(
    text: str,
    earlier: Clause,
    mention: Mention,
    clause: Clause,
    boundary: int,
    stated: bool = False,
) -> bool:
    """约翰逊批评普京违反协议,为全面攻打乌克兰制造借口: a clause with no subject after an
    accusation whose target does something (words.tsv accusing: 批评|普京|违反…) goes on with
    what the target is accused of, unless it opens with the accuser's next move (并…). So does
    one after a judged deed of the actor (以军表示,真主党多次破坏停火,向以色列发射火箭弹), and,
    with ``stated``, an armed act or a threat after a statement that tells the deeds of the
    actor right after its verb (吴江浩表示|高市早苗|…悍然发表挑衅言论,…,进行武力威胁: the actor
    threatens, not the speaker); neither when it says what will be done (…,将予以回击: the
    speaker's answer)."""
    lead = text[clause.start : boundary].lstrip(' “”"')
    if lead.startswith(_OWN_ACTS_GO_ON):
        return False
    head = text[earlier.start : _front(mention)]
    if head.endswith(words("accusing")) and has_verb(text[mention.end : earlier.end]):
        return True
    told = (
        stated
        and head.rstrip(",，:： ").endswith(speech_verbs())
        and has_verb(text[mention.end : earlier.end])
    )
    return (told or _judged_deed_after(text, mention, earlier)) and not any(
        c.kind == "intended" for c in _cue_list(text, clause.start, boundary)
    )


_DEED_REACH = 3  # 真主党|多次|破坏停火: at most an adverb between the actor and its judged deed


_ACCUSED_UNNAMED: Final = re.compile(
    r"[\s“]*(?:并|並|还|還)?(?:指控|指责|指責|指|称|稱|批评|批評)(?:其|他们|他們|这些|這些|该|該|此)"
)


def _accused_unnamed(
    text: str, clauses: list[Clause], index: int, boundary: int, mentions: list[Mention], targets
) -> list | None:
    """美国财政部制裁3家中国企业,指其向俄罗斯提供…物资, 指控这些企业…: what a clause says of the
    one accused is that one's act, not the accuser's: 其 stands for the actor the clause before
    acted on (制裁伊朗,指其… → 伊朗), a noun (这些企业) for no actor. None: no such clause."""
    clause = clauses[index]
    opened = _ACCUSED_UNNAMED.match(text, clause.start, boundary)
    pronoun = opened.end() - 1 if opened is not None and opened.group().endswith("其") else -1
    if opened is None or any(
        clause.start <= m.start < boundary and m.start != pronoun for m in mentions
    ):
        return None  # (其 read as a pronoun of its own: whom the clause before acted on)
    if not opened.group().endswith("其") or index == 0:
        return []
    before = clauses[index - 1]
    hit = [m for m in mentions if before.start <= m.start < before.end and m.start in targets]
    return hit[-1:]


def _blamed_goes_on(
    text: str, earlier: Clause, mention: Mention, clause: Clause, boundary: int
) -> bool:
    """批评其悍然发表…言论,且拒不承认错误, 吴江浩表示高市早苗悍然发表…,拒不收回言论: a stubborn
    refusal goes on with the one accused, or with the one whose deeds a statement tells right
    after its verb (表示|高市早苗|悍然发表…)."""
    if _accused_goes_on(text, earlier, mention, clause, boundary):
        return True
    head = text[earlier.start : _front(mention)].rstrip(",，:： ")
    opens = not head.strip("“”\"' ")  # 吴江浩表示,|高市早苗悍然发表…: the clause's own subject
    return (opens or head.endswith(speech_verbs())) and has_verb(text[mention.end : earlier.end])


def _blamed_closes_clause(
    text: str, earlier: Clause, mention: Mention, clause: Clause, boundary: int
) -> bool:
    """中国外交部发言人批评美方,|公然违反…,|对台售武: a clause with no subject of its own after
    one that ends with the target of a blame (words.tsv accusing) lists what the target is
    blamed for; not one that opens with the blamer's own next move (并…) or says what will be
    done (…,将予以回击)."""
    if text[mention.end : earlier.end].strip(',，:：;； ”」"'):
        return False  # 批评普京违反协议,…: its deed is told in its own clause (_accused_goes_on)
    if not text[earlier.start : _front(mention)].endswith(words("accusing")):
        return False
    lead = text[clause.start : boundary].lstrip(' “”"')
    if lead.startswith(_OWN_ACTS_GO_ON):
        return False
    if any(c.kind == "intended" for c in _cue_list(text, clause.start, boundary)):
        return False
    return _judged_between(text, earlier.end, boundary)


def _judged_subject(text: str, earlier: Clause, mention: Mention, clause: Clause) -> bool:
    """七国集团外长会|无视…事实,粗暴干涉中国内政,: the actor that opens a clause whose deeds, up
    to the smear's clause, a judgement of the speaker's tells (triggers.tsv speaker, or how
    badly: words.tsv judged_manner) is the one judged; a smear in a clause after them with no
    subject of its own is that actor's too, not the speaker's."""
    if text[earlier.start : _front(mention)].strip(' ,，“”"'):
        return False
    return _judged_between(text, mention.end, clause.start)


def _judged_between(text: str, start: int, end: int) -> bool:
    """公然违反…,对台售武, 悍然向台湾出售武器: the clauses after the one blamed judge what they
    tell (a judgement, triggers.tsv speaker, or how badly: words.tsv judged_manner), so they
    are the charge; a bare act may be the blamer's own (美国谴责俄罗斯,向乌克兰提供援助)."""
    if any(w in text[start:end] for w in words("judged_manner")):
        return True
    return any(
        not isinstance(trig, str) and "speaker" in trig.objects
        for _, trig in find_triggers(text, start, end)
    )


def _judged_deed_after(text: str, mention: Mention, earlier: Clause) -> bool:
    """真主党多次破坏停火: a judgement of what the actor did (triggers.tsv speaker) right after
    it."""
    for pos, trig in find_triggers(text, mention.end, earlier.end):
        if pos - mention.end > _DEED_REACH or isinstance(trig, str):
            return False
        return "speaker" in trig.objects and all(is_cjk(ch) for ch in text[mention.end : pos])
    return False


_JUDGEMENT_OPENERS: Final = ("这是", "这就是", "这属于", "此乃", "此是", "那是")


def _judged_in_statement(
    text: str, clause: Clause, mention: Mention, mentions: list[Mention]
) -> bool:
    """韩志强表示这是中国的领土, 中方表示台湾是中国领土: an actor inside a judgement (是) that a
    named speaker states in the same clause is what is judged; a clause that goes on after it
    without a subject goes on with the speaker (…,不接受日方的抗议)."""
    head = text[clause.start : _front(mention)]
    if _speech_verb_starts().search(head, 1) is None:
        return False  # (one search: most heads hold no statement verb after their start)
    for verb in speech_verbs():
        at = head.rfind(verb)
        if at <= 0:
            continue
        said = clause.start + at
        if not any(clause.start <= m.start and m.end <= said for m in mentions):
            continue  # no speaker named before the verb in this clause
        content = head[at + len(verb) :].lstrip(",，:： ")
        if content.startswith(_JUDGEMENT_OPENERS):
            return True
        return not content and text.startswith(("是", "乃"), mention.end)
    return False


def _compared(text: str, clause: Clause, mention: Mention) -> bool:
    """Whether ``mention`` stands inside a comparison (与|安理会草案|相比) of its clause."""
    head = text[clause.start : _front(mention)]
    tail = text[mention.end : clause.end]
    link = max(head.rfind(w) for w in ("与", "和", "同", "跟"))
    return link != -1 and tail.rstrip(",，。;；").endswith(_COMPARING)


_COMPARING: Final = ("相比", "相较", "相比较", "比较", "相比之下")


def _inside_contrast(text: str, clause: Clause, pos: int) -> bool:
    """与各方对话协商解决问题的努力|背道而驰: an act inside a 与-phrase about an effort that a
    word of contrast closes (words.tsv contrast) is what a deed runs against, nobody's act."""
    tail = text[pos : clause.end].rstrip(",，。;；!！")
    if not tail.endswith(words("contrast")) or "努力" not in tail:
        return False  # (与中美元首会晤达成的共识相违背: the consensus was reached)
    link = text.rfind("与", clause.start, pos)
    return link != -1 and not any(c in _PUNCT for c in text[link:pos])


def _charged_backing(text: str, clause: Clause, action: Action) -> bool:
    """刚果(金)指责卢旺达支持“M23运动”, 指控阿联酋向快速支援部队提供…支持: support that a charge
    (words.tsv charge_verb) lays on the actor right after it is what the accuser alleges, not
    an act the report tells; the charge is the event (but 谴责美国对以色列的支持 condemns a
    support the report takes as given). Not a collusion charged (指控厄立特里亚与TPLF联手):
    annotators code that one as often as not."""
    if action.trigger.event_type != "SUPPORT":
        return False
    front = min(_front(action.subject), _front(action.object))
    if front <= clause.start:
        return False
    head = text[clause.start : front].rstrip("说称")
    return head.endswith(words("charge_verb"))


def _charge_goes_on(
    text: str, clauses: list[Clause], index: int, action: Action, mentions: list[Mention]
) -> bool:
    """他指责南非推行“反白人”政策,并支持哈马斯, 指责美国不尊重协议,站在科索沃一边: support
    told in a clause with no subject of its own, after a charge (words.tsv charge_verb) that its
    borrowed subject lays on an actor named right after the verb, goes on with what the accused
    did; it is not the accuser's act (_charged_backing, for the charge's own clause)."""
    if action.trigger.event_type not in _CHARGED_HELP or index == 0:
        return False
    clause = clauses[index]
    accuser = action.subject
    if accuser.end > clause.start or action.object.start < clause.start:
        return False
    if any(clause.start <= m.start < action.trigger_start for m in mentions):
        return False  # (…,法国宣布支持乌克兰: the clause names its own subject)
    opening = next((c for c in clauses if c.start <= accuser.start < c.end), clause)
    head = text[accuser.end : opening.end]
    verb = next((w for w in words("charge_verb") if w in head[: _CHARGE_REACH + len(w)]), None)
    if verb is None:
        return False
    after = accuser.end + head.find(verb) + len(verb)
    accused = next((m for m in mentions if _front(m) >= after), None)
    return (
        accused is not None
        and text[after : _front(accused)] in _CHARGE_GAPS
        and accused.end <= clause.start
        and accused.actor != action.object.actor
    )


_CHARGED_HELP: Final = frozenset({"SUPPORT", "AID"})
_CHARGE_REACH: Final = 6  # 欧盟更多次|指控, 泽伦斯基过去就曾|指责: adverbs before the verb
_CHARGE_GAPS: Final = frozenset({"", ",", "，", ":", "："})  # 指控,|中国提供…


def _idle_consensus(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> bool:
    """两国元首重要共识 is an agreement as something reached (达成…共识, 商定5点共识), carried
    out or acted on (落实好…共识, 根据双方共识), reached at talks it names (会晤共识, 通话重要
    共识), missing (没有共识), or the subject its holders open the clause with (中美两国元首共识
    为…指明了方向). What else a clause does with it (将…共识转化为成果, 坚持…的共识, 凝聚共识,
    锚定峰会共识) names it, or hopes for it, and is no act of agreeing: la, qh, qi, sw code
    none of these."""
    head = text[clause.start : pos]
    made = words("deal_reach") + words("implement") + words("consensus_made")
    if any(w in head for w in made):
        return False
    bare = head.rstrip("的").removesuffix("重要").rstrip("的")
    if bare.endswith(_CONSENSUS_TALKS) or bare.endswith(("没有", "缺乏", "未有")):
        return False
    rest = "".join(
        c
        for at, c in enumerate(head, clause.start)
        if not any(m.start <= at < m.end for m in mentions)
    )
    return bool(re.sub(_CONSENSUS_HOLDER, "", rest).strip(" ,，“”「」\"'"))


_CONSENSUS_TALKS: Final = ("会晤", "会谈", "通话")  # (峰会共识: a summit named, not its talks)
_CONSENSUS_HOLDER: Final = "两国|双方|三方|各方|元首|领导人|最高|高层|两党|之间|的"


_PERSONAL_PRONOUNS: Final = ("我们", "咱们", "你们", "他们", "她们", "我", "你", "大家", "人们")
_PRONOUN_LEAD = re.compile(r"[ “”\"'「」]*(?:但是|但|而且|而|可是|并且|所以|因此|于是|其实|那么)?")


def _unresolved_pronoun_opens(text: str, clause: Clause, mentions: list[Mention]) -> bool:
    """A clause whose subject is a personal pronoun that refers to no actor (the author's 我们,
    a 他们 of nobody named): it has a subject of its own, and so do the clauses that go on from
    it; none is borrowed from before. (他/她 of a post with no name, 美国总统表示,他…, is the
    official of the actor named, and is left to borrow it.)"""
    lead = _PRONOUN_LEAD.match(text, clause.start, clause.end)
    at = lead.end() if lead else clause.start
    if not text.startswith(_PERSONAL_PRONOUNS, at):
        return False
    if text.startswith(("他国", "他人", "他方", "我国", "我方", "我军", "你方"), at):
        return False  # no pronoun: a word that begins with one (我国 is named by the gazetteer)
    return not any(_front(m) <= at < m.end or m.start == at for m in mentions)


_BOTH_LINKS: Final = ("与", "和", "及", "同", "跟")
_CLAUSE_MARKS: Final = frozenset(",，。;；:：!?！？、")
_ARRIVED_AT: Final = ("抵达", "飞抵", "到达", "来到", "前往", "赴")
_BOTH_AFTER: Final = re.compile(
    r"[,，]?[\d月日年上下午晚早今昨当天周一二三四五六七八九十]{0,8}[也已]?[均都皆]"
)


def _acting_along(
    text: str, group: list[Mention], local: list[Mention], boundary: int
) -> list[Mention]:
    """欧盟将与|七国集团|一起对俄罗斯实施…: the partner that 与/同/跟/和 brings in after the
    subject and a word of plan (将, 愿, 也: words.tsv along_lead), closed by 一起/一道/共同
    (words.tsv along_close), does the act beside the subject (with no plan word between, 美国
    与日本一起…, the two are listed subjects already)."""
    last = group[-1]
    for other in local:
        if other.start < last.end or other.end > boundary or other in group:
            continue
        link = text[last.end : _front(other)]
        if not link.endswith(_BOTH_LINKS) or not opens_with(text, other.end, "along_close"):
            return []
        lead = link[:-1]
        while lead:
            word = next((w for w in words("along_lead") if lead.startswith(w)), None)
            if word is None:
                return []
            lead = lead[len(word) :]
        return [other]
    return []


def _leader_along(text: str, group: list[Mention], local: list[Mention]) -> list[Mention]:
    """美国|联合|英国和法国对叙利亚发动空袭: the actor right before a word that brings others
    along (words.tsv along_link) acts with them; the nearest actor before the act was found,
    and the one who led it was lost."""
    first = group[0]
    for other in reversed(local):
        if other.end > _front(first):
            continue
        link = text[other.end : _front(first)]
        if link in words("along_link") and can_be_subject(text, other) and other not in group:
            return [other]
        return []
    return []


def _closing_list_item(text: str, group: list[Mention], local: list[Mention]) -> list[Mention]:
    """韩国、日本与美国将举行演习: 与 after a list of two or more joins its last item (the
    with-frame skips it as the end of a list), so the item after 与 acts with the others."""
    if len(group) < 2 or text[_front(group[-1]) - 1 : _front(group[-1])] != "、":
        return []
    for other in local:
        if other.start > group[-1].end:
            link = text[group[-1].end : _front(other)]
            if link in {"与", "同", "跟"} and other not in group:
                return [other]
            return []
    return []


def _joined_by_both(
    text: str, mention: Mention, local: list[Mention], boundary: int
) -> list[Mention]:
    """布林肯与克莱弗利均谴责俄罗斯, 伯恩斯与巴尔内亚28日均已抵达…: 与 followed by 均/都 joins
    two subjects (with no 均 it introduces a partner: 布林肯与克莱弗利会谈)."""
    if _BOTH_AFTER.match(text, mention.end):  # the second of the two was found first
        for other in reversed(local):
            between = text[other.end : mention.start]
            if (
                other.end > mention.start
                or len(between) > 20
                or any(c in _CLAUSE_MARKS for c in between)
            ):
                continue
            if between[:1] in _BOTH_LINKS and other.actor.type == mention.actor.type:
                return [other]
        return []
    if not text.startswith(_BOTH_LINKS, mention.end):
        return []
    for other in local:
        if other.start < mention.end or other.end > boundary:
            continue
        between = text[mention.end : other.start]
        if len(between) > 20 or any(c in _CLAUSE_MARKS for c in between):
            return []
        if _BOTH_AFTER.match(text, other.end):  # past a title: 与以色列摩萨德局长|巴尔内亚
            return [other]
    return []


def _reaffirmer(
    text: str, clause: Clause, subject: Mention, pos: int, mentions: list[Mention]
) -> list[Mention]:
    """瓦尔兹重申|特朗普对委内瑞拉总统的指控: who restates another's act named as a noun (X的
    指控, words.tsv restate before the other's name) does that act too."""
    if text[pos - 1 : pos] != "的":
        return []
    head = text[clause.start : _front(subject)]
    if not head.endswith(words("restate")):
        return []
    before = [
        m
        for m in mentions
        if clause.start <= m.start and m.end <= _front(subject) and m.via not in {"place", "media"}
    ]
    if not before or before[-1].actor.key == subject.actor.key:
        return []
    if subject.actor.type != "Person" and _same_side(before[-1], subject):
        return []  # 王毅重申中方对古巴的支持: the state's own act, restated by its minister
    return [before[-1]] if can_be_subject(text, before[-1]) else []


def _described_actor(
    text: str, clause: Clause, pos: int, objects: list[Mention], mentions: list[Mention], frame: str
) -> Mention | None:
    """刚刚访问基辅的沙利文, 曾多次制裁伊朗的美国财政部: an act with no actor before it in its
    clause (but the one 陪同 names: 陪同拜登访问基辅的沙利文), whose target is followed by 的,
    describes the actor named right after (titles may stand between); that actor does it."""
    if frame != "after":
        return None
    for mention in mentions:
        if clause.start <= mention.start and mention.end <= pos:
            if text[max(0, _front(mention) - 2) : _front(mention)] != "陪同":
                return None
    last = max(objects, key=lambda o: o.end)
    if text[last.end : last.end + 1] != "的":
        return None
    for mention in mentions:
        front = _front(mention)
        if front <= last.end or mention.start >= clause.end:
            continue
        between = text[last.end + 1 : front]
        if len(between) > _HEAD_REACH or any(c in _PUNCT for c in between) or has_verb(between):
            return None
        if mention.via in {"place", "media"} or any(
            o.actor.key == mention.actor.key for o in objects
        ):
            return None
        return mention if _heads_phrase(text, mention, clause.end) else None
    return None


_FRAMED_LEAD: Final = re.compile(r"(?:一直|长期|始终|曾经|曾|也|还|正在|公开|积极)*")


def _framed_described_actor(
    text: str, clause: Clause, pos: int, objects: list[Mention], mentions: list[Mention], frame: str
) -> Mention | None:
    """在以巴冲突中支持哈马斯的也门胡塞武装, 在乌克兰问题上支持俄罗斯的白俄罗斯: a relative
    clause (act, target, 的, actor) that opens its clause after a frame of circumstance (在…中,
    在…上, 在…期间: words.tsv frame_end and inner_frame_end) describes the actor after 的, who
    does the act; the actors inside the frame are no subject of it. None when no such frame
    opens the clause, or no actor heads the relative (see _described_actor)."""
    if frame != "after" or text[clause.start : clause.start + 1] != "在":
        return None
    closing = (*words("frame_end"), *words("inner_frame_end"))
    framed = _zai_frame(_INNER_FRAME_SHORTEST, closing).match(text, clause.start)
    if framed is None or framed.end() > pos:
        return None
    if not _FRAMED_LEAD.fullmatch(text[framed.end() : pos]):
        return None
    return _described_actor(
        text, clause._replace(start=framed.end()), pos, objects, mentions, frame
    )


def _heads_phrase(text: str, mention: Mention, stop: int) -> bool:
    """Whether a mention ends a word and no noun or 的 follows it (制裁伊朗的|美国财政部|今天
    宣布, not 反对…的|中国化政策 nor …的|苏联的领袖地位)."""
    front = _front(mention)
    at = front
    tokens = iter(_tag(text[front : min(stop, mention.end + 6)]))
    for word, _ in tokens:
        at += len(word)
        if at >= mention.end:
            break
    if at != mention.end:
        return False
    following = next(tokens, None)
    if following is not None and following[0] in words("speech"):
        return True  # 支持哈马斯的胡塞武装|声称…: jieba tags 声称 a noun, yet it is the verb
    return following is None or not following[1].startswith(("n", "uj"))


def _no_partner_frame(trig: Trigger) -> bool:
    """访问, 前往, 抵达: a meeting word whose other side is never introduced by 与 (no with or
    compound frame), so that 与 before it joins a second subject, as before a directed act
    (特朗普与习近平将于下周访问韩国: both visit)."""
    return "with" not in trig.objects and "compound" not in trig.objects


def _with_partner(
    text: str, group: list[Mention], mentions: list[Mention], objects: list[Mention], boundary: int
) -> list[Mention]:
    """中国与俄罗斯否决…, 美国与日本谴责…: a partner joined by 与 right before a directed act
    acts with the subject. Not when it is or holds the act's target (与…六国(美国、英国…)),
    nor when another act stands between (与普京通话后宣布…: the partner belongs to it)."""
    last = group[-1]
    partner = next((m for m in mentions if _front(m) >= last.end), None)
    if partner is None or partner.end > boundary:
        return group
    if any(partner.start <= o.start < boundary for o in objects):
        return group
    if text[last.end : _front(partner)] != "与" or partner.group is not None:
        return group
    if (partner.actor.type == "Person") != (last.actor.type == "Person"):
        return group
    between = text[partner.end : boundary]
    if trigger_pattern().search(between) or any(v in between for v in speech_verbs()):
        return group
    return [*group, partner]


def _in_reason(text: str, clause: Clause, mention: Mention) -> bool:
    """Whether ``mention`` stands in a reason its clause gives after its subject (汇丰银行因为
    纵容墨西哥贩毒集团的洗钱,缴纳…和解金: the bank pays, not Mexico)."""
    head = text[clause.start : mention.start]
    return any(len(word) > 1 and word in head for word in words("reason"))


def _placed(text: str, mention: Mention) -> bool:
    """Whether an actor only says where something happens (在德黑兰, 于巴黎)."""
    front = _front(mention)
    if closes_with(text, front, "not_a_place"):
        return False  # 对于|普京访台: 于 ends the preposition, it opens no place
    return mention.via == "place" or text[max(0, front - 1) : front] in {"在", "于"}


def _claims_about_another(text: str, mention: Mention, local: list[Mention], boundary: int) -> bool:
    """朝鲜驳斥了美国关于其(朝鲜)向俄罗斯提供武器的指控: an actor right before 关于 whose
    phrase names another actor (其 or a name) makes a claim about that one's deeds; it is not
    the doer of the act inside the phrase (but 美国关于向乌克兰提供援助的决定: its own act),
    though it makes the claim the phrase ends in (…的指控)."""
    if not text.startswith("关于", mention.end) or "的" in text[mention.end : boundary]:
        return False
    return any(m.start == mention.end + 2 for m in local)


def _governed_doer(text: str, local: list[Mention], boundary: int) -> Mention | None:
    """对|奥尔班|访问俄罗斯并会见…表示不满: the actor right after the preposition of a phrase
    that names an event, with no stop before ``boundary``: the phrase's doer."""
    for mention in reversed(local):
        if any(c in _PUNCT for c in text[mention.end : boundary]):
            return None
        front = _front(mention)
        if text[max(0, front - 2) : front].endswith(("对", "就", "关于", "针对", "对于")):
            return mention
    return None


# the response that closes a 对-phrase of objection (对…合作|表示严重关切, 对…|深感担忧, 对…|不满)
_OBJECTION_CLOSE: Final = re.compile(
    r"(?:表示|表达|感到|深表|深感)[^，,。；;]{0,4}?(?:关切|担忧|忧虑|不安|不满|谴责|反对|遗憾)"
    r"|(?:非常|十分|极为|极其|强烈|很)?不满"
)


def _objection_opener(text: str, clause: Clause, pos: int) -> int:
    """他们|对|朝鲜的核计划以及加强与俄罗斯的军事合作|表示严重关切: where the 对-phrase opens
    that holds the act at ``pos`` and that a response of concern or objection closes (-1 when
    none does). The act is what the one before 对 objects to, not that one's own act; only an
    actor inside the phrase may do it (对|日本|加强与台湾的军事合作表示不满)."""
    at = text.rfind("对", clause.start, pos)
    if at != -1 and text[at + 1 : at + 2] == "于":
        at += 1  # 美日韩对于|朝鲜与俄罗斯日益紧密的军事合作|深感关切: 对于 opens the phrase too
    if at == -1 or text[at + 1 : at + 2] in {"话", "抗", "此"} or text[at - 1 : at] == "反":
        return -1  # (对话, 对抗, 对此, 反对: no 对-phrase)
    if any(c in _PUNCT for c in text[at:pos]):
        return -1
    act = trigger_pattern().search(text, pos, clause.end)  # (与台湾的军事|合作: after the partner)
    if act is None or _OBJECTION_CLOSE.match(text, act.start()):
        return -1  # (the objection itself: 对…|表示不满)
    return at if _OBJECTION_CLOSE.search(text, act.end(), clause.end) else -1


def _nominalised(text: str, pos: int, clause: Clause) -> bool:
    """Whether the trigger at ``pos`` heads a phrase that names an event (访台一事): its actor
    may stand right after the preposition that governs the phrase."""
    match = trigger_pattern().match(text, pos) or _trigger_past_coverb(text, pos, clause)
    if match is None:
        return False
    end = match.end()
    rest = text[end : min(clause.end, end + 40)]
    first = _class_words("nominal_end").search(rest)
    if first is not None and first.start() < 36:  # (the first start of any of its words)
        return True
    if _topic_closed_by_comma(text, pos, end, clause):
        return True  # 中国政府对于李显龙访台,曾发表抗议声明: the phrase is the topic
    return _closes_to_phrase(text, end, clause.end)  # 对X决定退出…表示遗憾


_TOPIC_TAIL: Final = 4  # 访|台湾, 访|台一事: what may follow the trigger before the comma
_TO_OR_BA: Final = _TO | {"将", "把"}


def _trigger_past_coverb(text: str, pos: int, clause: Clause) -> re.Match[str] | None:
    """对于美国|对中国加征关税,…, 对于美方|将中国实体列入…: where the subject must stand before
    a 对-phrase (the act's target) or a 将/把 one, the act is the first trigger after it, in the
    clause."""
    if text[pos : pos + 1] not in _TO_OR_BA:
        return None
    return trigger_pattern().search(text, pos + 1, clause.end)


def _topic_closed_by_comma(text: str, pos: int, end: int, clause: Clause) -> bool:
    """对于X访台, …: a 对于/关于 phrase that a comma closes right after the act it names is a
    topic set before the clause's own predicate; the act inside it is a noun."""
    tail = text[end : clause.end].rstrip()
    if not tail.endswith((",", "，")) or len(tail) - 1 > _TOPIC_TAIL:
        return False
    return any(w in text[clause.start : pos] for w in ("对于", "关于"))


# (采取…反制: the measures a 对-phrase answers, 对北约在俄边境的军事部署|采取反制措施; not
# 对伊朗实施制裁或|采取军事行动, an act of its own)
_CLOSES_TO_PHRASE = re.compile(
    r"表示|表达|感到|深表|深感|提出|予以|作出|发出|反应强烈|采取(?:相应|必要|坚决)?的?(?:反制|对等|报复)"
    r"|持[\u4e00-\u9fff]{0,4}?态度"  # 对欧盟向乌克兰提供援助|持质疑态度: a stance taken on it
)


# 对中国反制措施|不满, 对美方做法|非常不满: dissatisfaction right after the act closes the
# phrase (but 对伊朗实施制裁|引发伊朗不满: the act causes someone else's)
_DISSATISFIED_AFTER: Final = re.compile(
    r"(?:措施|行为|做法|决定|举动|行动)?(?:非常|十分|极为|极其|强烈|很)?不满"
)


def _closes_to_phrase(text: str, end: int, stop: int) -> bool:
    """A later verb closes the 对-phrase (对X决定退出…表示遗憾), or a question does (中方对美国
    制裁伊朗|有何评论, words.tsv asked_after)."""
    if _CLOSES_TO_PHRASE.search(text, end, stop) or _DISSATISFIED_AFTER.match(text, end, stop):
        return True
    rest = text[end:stop]
    return ("何" in rest or "怎么" in rest) and any(w in rest for w in words("asked_after"))


def _opens_condition(text: str, clause: Clause) -> bool:
    return _condition_cue_in(text, clause.start, clause.end)


def holds_condition(text: str, start: int, end: int) -> bool:
    """Whether a condition opens in ``text[start:end]`` (如果, 一旦): what follows a semicolon
    after it is outside it, so it lends that part no subject."""
    return _condition_cue_in(text, start, end)


def _condition_cue_in(text: str, start: int, end: int) -> bool:
    """Whether a cue that opens a condition (如果, 一旦) stands in ``text[start:end]``. Most
    stretches hold none of their words, which one regex search shows; the cues are read
    (look-alikes consume their text) only where one does."""
    if not _cue_words("opens").search(text, start, end):
        return False
    return any(c.position == "opens" for c in _cue_list(text, start, end))


#: :func:`_cue_words`'s answers (a dict, not functools.lru_cache: a compiled call of a
#: cached function goes through Python's call protocol).
_CUE_WORDS_MADE: Final[dict[str, re.Pattern[str]]] = {}


def _cue_words(position: str) -> re.Pattern[str]:
    """:func:`_make_cue_words`, kept by its argument."""
    found = _CUE_WORDS_MADE.get(position)
    if found is None:
        found = _CUE_WORDS_MADE[position] = _make_cue_words(position)
    return found


def _make_cue_words(position: str) -> re.Pattern[str]:
    """The words of the cues of one position: a stretch none of them stands in holds no such
    cue (a cue the scan reads is one of its words, inside the stretch)."""
    return words_pattern(w for w, cue in cues().items() if position in _CUE_AT[cue.position])


# the positions a cue of cues.tsv stands at: an ``around`` cue both follows its act (会谈延期)
# and governs one after it (延期访华)
_CUE_AT: Final = {
    "before": {"before"},
    "after": {"after"},
    "next": {"next"},
    "opens": {"opens"},
    "governs": {"governs"},
    "adjacent": {"adjacent"},
    "around": {"after", "governs"},
    "trailing": {"after", "next"},
}


_OWN_SUBJECTS: Final = (
    "这些",
    "这个",
    "这一",
    "这是",
    "那些",
    "此举",
    "此次",
    "该",
    "其中",
    "它",
    "这",
    "由",
)


def _included_instead(
    text: str, group: list[Mention], mentions: list[Mention], taken
) -> list[Mention]:
    """包括姆努钦和福克斯在内的一些欧美官员表示…, 包括美国、英国在内的西方国家谴责…: the group
    word after 包括…在内的 only sums up the actors the phrase lists; they act, each of them."""
    front = _front(group[0])
    close = text.rfind("在内的", max(0, front - _INCLUDED_GAP), front)
    if close < 0:  # 包括爱沙尼亚、拉脱维亚在内，一群北约盟国呼吁…: the list closes its own phrase
        close = text.rfind("在内", max(0, front - _INCLUDED_GAP), front)
        if close < 0 or text[close + 2 : close + 3] not in ("，", ","):
            return group
        if any(c in _PUNCT for c in text[close + 3 : front]):
            return group
    elif any(c in _PUNCT for c in text[close:front]):
        return group
    opener = text.rfind("包括", max(0, close - _INCLUDED_REACH), close)
    if opener < 0 or any(c in _PUNCT and c != "、" for c in text[opener:close]):
        return group
    listed = [
        m
        for m in mentions
        if opener < _front(m) and m.end <= close and (m.start, m.actor.key) not in taken
    ]
    if not listed:  # 包括…在内 with no free actor inside: nothing to pair (zip(strict) fails)
        return group
    listed = [  # 英国国际贸易大臣|福克斯: a country before its official's title is no member
        m
        for m, n in zip(listed, [*listed[1:], None], strict=True)
        if n is None
        or any(link in text[m.end : _front(n)] for link in _INCLUDED_LINKS)
        or (m.group is not None and m.group == n.group)  # 包括|英法|在内: one compound
    ]
    if not listed or not all(can_be_subject(text, m, False) for m in listed):
        return group
    return listed


def _inside_with_relative(text: str, mention: Mention, boundary: int) -> bool:
    """[与北京建交的]国家不得与台湾发生官方关系: an actor that a 与/同 inside a relative clause
    introduces (an act before the 的 that closes it) describes the noun after it; it acts in
    nothing the noun does."""
    front = _front(mention)
    if text[front - 1 : front] not in _WITH:
        return False
    de = text.find("的", mention.end, boundary)
    return de != -1 and trigger_pattern().search(text, mention.end, de) is not None


def _list_opens_clause(
    text: str, clause: Clause, local: list[Mention], boundary: int
) -> list[Mention]:
    """包括美国、英国在内的大多数国家…: a clause that opens with a 包括…在内 list, whose summing
    noun names no actor, has the listed actors for its subjects."""
    if "包括" not in text[clause.start : clause.start + 4]:
        return []  # most clauses open with no list: one cheap test
    head = text[clause.start : boundary]
    at = clause.start + len(head) - len(head.lstrip(" “”\"'「」"))
    if not text.startswith("包括", at):
        return []
    close = text.find("在内", at, boundary)
    if close < 0 or any(m.start >= close for m in local):
        return []
    return [m for m in local if at < m.start and m.end <= close]


#: :func:`_alleging_verbs` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_ALLEGING_VERBS_MADE: Final[list[tuple[str, ...]]] = []


def _alleging_verbs() -> tuple[str, ...]:
    """:func:`_make_alleging_verbs`, made once."""
    return (
        _ALLEGING_VERBS_MADE[0]
        if _ALLEGING_VERBS_MADE
        else made_once(_ALLEGING_VERBS_MADE, _make_alleging_verbs())
    )


def _make_alleging_verbs() -> tuple[str, ...]:
    """The statement verbs and 指, in the order _own_subject tries them: a subject of their
    own after them (指这些企业…) is no actor. Kept, as _own_subject runs for most clauses an
    act's subject or status is looked for in."""
    return (*speech_verbs(), "指")


def _own_subject(text: str, clause: Clause) -> bool:
    """这些资源将用于支持美国…: the clause opens with a subject that is no actor."""
    head = text[clause.start : clause.end].lstrip(" “”\"'「」")
    verbs = _alleging_verbs()
    if head.startswith(verbs):  # (one test first: few clauses open with a statement verb)
        for verb in verbs:  # 指这些企业对莫斯科…提供支援: what is alleged
            if head.startswith(verb) and head[len(verb) :].startswith(_OWN_SUBJECTS):
                return True
    if opens_with(head, 0, "causes"):
        return True  # …愿景有冲突,令起草联合声明增添困难: what went before causes, nobody drafts
    return head.startswith(_OWN_SUBJECTS) or opens_with(head, 0, "people")


_FRAME_END: Final = ("期间", "之际", "时", "之时", "后", "之后", "前", "之前", "里", "中", "上")
_FRAME_OPENERS: Final = ("自从", "在", "自")
_FRAME_CONJUNCTIONS: Final = ("但是", "然而", "不过", "可是", "但", "而", "就")


def _opens_time_frame(text: str, clause: Clause, mention: Mention) -> bool:
    """在俄罗斯入侵乌克兰后, 自美国退出伊核协议以来: 在/自 governs the whole clause that
    frames the next in time, so the actor right after it is the subject of its verb."""
    body = text[clause.start : clause.end].rstrip(",，:： ")
    lead = len(body) - len(body.lstrip(" “”\"'「」"))
    joined = next((c for c in _FRAME_CONJUNCTIONS if body.startswith(c, lead)), "")
    if joined and any(body.startswith(o, lead + len(joined)) for o in _FRAME_OPENERS):
        lead += len(joined)  # 但在叙利亚政府宣布…后: a conjunction before the frame
    opener = next((o for o in _FRAME_OPENERS if body.startswith(o, lead)), "")
    if not opener or _front(mention) != clause.start + lead + len(opener):
        return False
    if mention.via in {"place", "media"}:
        return False
    return body.endswith((*_FRAME_END, "以来")) or (
        opener != "在" and _SINCE_GOES_ON.match(text, clause.end) is not None
    )


# 自哈马斯…发动袭击,|引发加沙战争以来,: a frame of time since that a second clause closes
_SINCE_GOES_ON: Final = re.compile(r"[^,，。；;：:！？!?]{1,24}以来[,，]")


@lru_cache(maxsize=4)
def _zai_frame(shortest: int, closing: tuple[str, ...] | None = None) -> re.Pattern[str]:
    """A frame of time or circumstance opened by 在 and holding at least ``shortest``
    characters (在俄军空袭乌克兰期间, 在中国军队进攻台湾的情况下, 在出席东盟外长会期间); its
    closing words are data (words.tsv: frame_end), or only ``closing`` when given."""
    ends = "|".join(_frame_end_alternative(w) for w in (closing or words("frame_end")))
    return re.compile(rf"在[^，,。；;：:“”\"]{{{shortest},30}}?(?:{ends})")


def _frame_end_alternative(end: str) -> str:
    """A frame's closing word, not when it ends a longer word that closes nothing (words.tsv
    no_frame_end: 时 but not 临时, 后 but not 随后)."""
    longer = [w for w in words("no_frame_end") if w.endswith(end) and w != end]
    guards = "".join(f"(?<!{re.escape(w[: -len(end)])})" for w in longer)
    return guards + re.escape(end)


_ACT_FRAME_SHORTEST: Final = 2  # 在俄军空袭乌克兰期间: a frame around an act with its own doer
_INNER_FRAME_SHORTEST: Final = 1


def _acts_inside_frame(text: str, mention: Mention, boundary: int, objects: list[Mention]) -> bool:
    """波兰在|俄军|空袭乌克兰期间派遣战机: the actor right after the 在 of a time frame does the
    act the frame holds when its target stands inside the frame too (not 在中国访问期间, where
    中国 is where the visit is)."""
    front = _front(mention)
    if text[front - 1 : front] != "在" or mention.via in {"place", "media"}:
        return False
    if boundary - mention.end > _FRAME_GAP:
        return False
    if _place_named(text, mention) or _city_after(text, mention.end):
        return False  # 在中国|天津参加…峰会期间: where the summit is, no actor in the frame
    if mention.actor.type != "Person" and opens_with(text, mention.end, "attend"):
        return False  # 岸田在|印尼|出席东盟峰会期间: a country attends nothing, it is the venue
    if _seat_held_at(text, mention) or opens_with(text, mention.end, "seat_of_power"):
        return False  # 川普在|白宫|与卡尼会谈后, 在|美国|白宫与…会谈期间: where they meet
    frame = _zai_frame(_ACT_FRAME_SHORTEST).match(text, front - 1)
    if frame is None or frame.end() <= boundary:
        return False
    return any(boundary < o.start < frame.end() for o in objects)


_FRAME_GAP: Final = 4


def _seat_held_at(text: str, mention: Mention) -> bool:
    """川普在|白宫|与卡尼会谈后, 内塔尼亚胡在美国|白宫|与特朗普会谈期间: a seat of government
    (words.tsv seat_of_power) that 在 opens, right after it or after its country's name, and
    that a partner follows (与/同/和/跟), is where the two meet, not one who meets."""
    start = mention.start
    if not opens_with(text, start, "seat_of_power"):
        return False
    if text[mention.end : mention.end + 1] not in _SEAT_PARTNER:
        return False
    if text[start - 1 : start] == "在":
        return True
    at = text.rfind("在", max(0, start - _SEAT_COUNTRY_REACH), start)
    if at == -1:
        return False
    hit = match_at(load_gazetteer(), text, at + 1)
    return hit is not None and at + 1 + len(hit[0]) == start and hit[1].type == "Country"


_SEAT_PARTNER: Final = frozenset("与同和跟")
_SEAT_COUNTRY_REACH: Final = 6  # 在|俄罗斯联邦|克里姆林宫: a country's name between 在 and seat


def _city_after(text: str, pos: int) -> bool:
    """中国|天津, 法国|巴黎: a city right after a country (a place or capital the gazetteer
    knows, or a word jieba tags as a place name)."""
    hit = match_at(load_gazetteer(), text, pos)
    if hit is not None:
        return hit[2] in {"place", "capital"}
    tokens = _tag(text[pos : pos + 4])
    return bool(tokens) and tokens[0][1] == "ns" and len(tokens[0][0]) >= 2


# 趁着/借着/借/利用…之机: an occasion taken frames the act like a time (俄罗斯趁着美国大选之际…,
# 借亚太经合组织领导人会议之机与…会谈); bare 借 and 利用 only with 之机/之际/机会
_OCCASION_FRAME: Final = re.compile(
    r"(?:(?:趁[着著]?|[借藉][着著])[^，,。；;：:“”\"]{1,30}?(?:期间|之际|之时|时|之机|机会)"
    r"|(?:[借藉]|利用)[^，,。；;：:“”\"]{1,30}?(?:之机|之际|机会))"
)


_SINCE_REACH: Final = 20
# 成为|俄乌战争以来第一位…, 是|冷战以来首次…: a time since that qualifies what someone is
_SINCE_HEADS: Final = ("成为", "是", "为")


SINCE_OPENERS: Final = ("自从", "自")  # the 自 that opens a 自…以来 stretch (also kg.extract)


def _opens_since(text: str, mention: Mention, boundary: int) -> bool:
    """这是自|美军|撤出阿富汗以来双方首次会谈: the actor right after the 自 of a 自…以来 stretch
    that holds the trigger does the act the stretch dates from (as at the head of a clause)."""
    if mention.via in {"place", "media"} or not text[: _front(mention)].endswith(SINCE_OPENERS):
        return False
    stretch = text[mention.end : mention.end + _SINCE_REACH]
    close = stretch.find("以来")
    return close > boundary - mention.end and not any(c in _PUNCT for c in stretch[:close])


def _inside_since(text: str, mention: Mention, local, boundary: int) -> bool:
    """内哈默成为俄乌战争以来第一位拜访普京的…: an actor inside a stretch closed by 以来 (a time
    since) that qualifies what the subject is (成为, 是), after an actor that can be the
    subject and before ``boundary``, only dates the act."""
    stretch = text[mention.end : min(boundary, mention.end + _SINCE_REACH)]
    close = stretch.find("以来")
    if close == -1 or any(c in _PUNCT for c in stretch[:close]):
        return False
    front = _front(mention)
    head = mention.group if mention.group is not None and mention.group < front else front
    if not text[max(0, head - 2) : head].endswith(_SINCE_HEADS):
        return False  # 俄罗斯自2014年以来一直袭击…: its own time, it acts
    return any(
        m.end <= front and can_be_subject(text, m) and m.via not in {"place", "media"}
        for m in local
    )


#: :func:`_time_frame_reach` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_TIME_FRAME_REACH_MADE: Final[list[int]] = []


def _time_frame_reach() -> int:
    """:func:`_make_time_frame_reach`, made once."""
    return (
        _TIME_FRAME_REACH_MADE[0]
        if _TIME_FRAME_REACH_MADE
        else made_once(_TIME_FRAME_REACH_MADE, _make_time_frame_reach())
    )


def _make_time_frame_reach() -> int:
    """The longest frame _inside_time_frame reads (在, 30 letters, the longest frame_end word;
    趁着/借着/利用, 30 letters, 期间/之际…): an opener further back than this before a mention's
    end opens no frame that holds the mention. Why: its openers were looked for back to the
    article's start (five scans of the text before each candidate subject, 2,445 on sub)."""
    zai = 1 + 30 + max((len(w) for w in words("frame_end")), default=0)
    occasion = 2 + 30 + 2
    return max(zai, occasion)


_AFTER_CLAUSE_END: Final = ("后", "之后", "以后", "後", "之後", "以後")


def _object_in_time_clause(
    text: str, earlier: Clause, mention: Mention, local: list[Mention]
) -> bool:
    """金正恩出席中国抗战胜利80周年阅兵仪式后,|与普京举行会谈; 普拉伯沃结束中国访问后,|与拜登
    见面: in a clause of time that ends in 后, an actor after the verb of the one who opens it
    (inside what he attends, ends or watches) does not go on as the subject of the clause after
    it; the one who opens it does."""
    if not text[earlier.start : earlier.end].rstrip(" ，,").endswith(_AFTER_CLAUSE_END):
        return False
    opener = next((m for m in local if m.end <= _front(mention) and can_be_subject(text, m)), None)
    if opener is None or opener.actor.key == mention.actor.key:
        return False
    between = text[opener.end : _front(mention)]
    if _list_link(between) in _LINKS or not has_verb(between):
        return False  # 美国与伊朗举行会谈后: both go on
    return not any(c in _PUNCT for c in between)


def _inside_time_frame(text: str, mention: Mention, local: list[Mention], boundary: int) -> bool:
    """王毅在出席东盟外长会期间与布林肯会谈, 拜登在访问日本期间会见…: an actor inside a 在…期间
    frame that closes before the trigger only dates the act; the actor named before the frame
    does it."""
    front = _front(mention)
    reach = max(0, mention.end - _time_frame_reach())  # (no frame opened further back holds it)
    opened = text.rfind("在", reach, front)
    occasion = max(
        text.rfind("趁", reach, front),
        text.rfind("借", reach, front),
        text.rfind("藉", reach, front),
        text.rfind("利用", reach, front),
    )
    if occasion > opened and _OCCASION_FRAME.match(text, occasion):
        opened = occasion  # 趁着…之际, 借着…的机会
    if opened == -1:
        return False
    frame = (_OCCASION_FRAME if opened == occasion else _zai_frame(_INNER_FRAME_SHORTEST)).match(
        text, opened
    )
    if frame is None or frame.end() > boundary or frame.end() <= mention.end:
        return False
    return any(m.end <= opened and can_be_subject(text, m) for m in local)


#: a 以…为 frame that gives a pretext for the verb of the next clause (以调查为借口,蓄意抹黑…)
_PRETEXT_FRAME: Final = re.compile(r"以[^，,：:；;。“”]{1,40}?为(?:借口|幌子|名义|名)$")


def _pretext_subject(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention], taken
) -> Mention | None:
    """拉夫罗夫表示,德国等西方国家以在乌克兰生产武器为借口,|向乌方提供武器: a clause that is only
    the actor and a 以…为借口 frame is the adverbial of the next clause's verb, whose subject is
    that actor (not the speaker who judges the pretext)."""
    if not index:
        return None
    earlier = clauses[index - 1]
    body = text[earlier.start : earlier.end].rstrip(",， ")
    frame = _PRETEXT_FRAME.search(body)
    if frame is None:
        return None
    opener = earlier.start + frame.start()
    before = [
        m for m in mentions if earlier.start <= m.start and m.end <= opener and m.via != "place"
    ]
    if not before or (before[-1].start, before[-1].actor.key) in taken:
        return None
    actor = before[-1]
    if has_verb(text[actor.end : opener]) or not can_be_subject(text, actor):
        return None  # 中方认为美国|以…为借口: an actor inside a verb's object
    return actor


def _fronted_frame_subject(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention], taken
) -> Mention | None:
    """在对中国进行国事访问的最后一天里,普京…: a clause that frames the next in time (在…期间/
    时/后), or adds to it (除了向普京求援,帕希尼扬还…), has the subject of the clause it frames."""
    clause = clauses[index]
    body = text[clause.start : clause.end].rstrip(",，:： ")
    besides = body.startswith("除了") and text[clause.end - 1 : clause.end] in {",", "，"}
    framed = body.startswith("在") and body.endswith(_FRAME_END)
    if not (framed or besides) or index + 1 >= len(clauses):  # 除了向普京求援,帕希尼扬还…
        return None
    nxt = clauses[index + 1]
    for mention in mentions:
        if nxt.start <= mention.start < nxt.end and (mention.start, mention.actor.key) not in taken:
            front = _front(mention)
            return mention if front - nxt.start <= 4 and can_be_subject(text, mention) else None
    return None


_CAUSE_OPENERS: Final = re.compile("(?:因为|因|由于|出于|为了|为)")


def _fronted_cause_subject(
    text: str, clauses: list[Clause], index: int, boundary: int, mentions: list[Mention], taken
) -> Mention | None:
    """因不满哈马斯的回应,以色列…, 为达成停火协议,哈马斯和以色列…: a reason or purpose clause
    put before the main one, opened by its act, has the subject of the clause it precedes."""
    clause = clauses[index]
    start = (
        clause.start
        + len(text[clause.start : boundary])
        - len(text[clause.start : boundary].lstrip(" ,，"))
    )
    opener = _CAUSE_OPENERS.match(text, start, clause.end)
    if opener is None or boundary - opener.end() > 1 or index + 1 >= len(clauses):
        return None  # the act must open the clause right after 因/为 (因不满…, 为达成…)
    if text[clause.end - 1 : clause.end] not in {",", "，"}:
        return None
    nxt = clauses[index + 1]
    for mention in mentions:
        if nxt.start <= mention.start < nxt.end and (mention.start, mention.actor.key) not in taken:
            front = _front(mention)
            return mention if front - nxt.start <= 4 and can_be_subject(text, mention) else None
    return None


_LEADING_TAGS: Final = {"c", "d", "t", "ad", "m", "q", "f"}


def _noun_subject(text: str, clause: Clause, boundary: int, mentions: list[Mention]) -> bool:
    """全球领袖迅速加以谴责, 国际社会普遍…: a clause whose subject is a noun that names no actor
    borrows none from the clause before."""
    if any(clause.start <= m.start < boundary for m in mentions):
        return False
    head = text[clause.start : boundary].lstrip(" “”\"'「」")
    if _plan_verb_opens(head):
        return False  # 宣布,计划对9家美国公司实施制裁: a plan before a preposition is a verb
    for word, tag in _tag(head[:12]):
        if word == "就" and tag == "d":
            return False  # 就列车事故向莫迪表示慰问: a topic phrase opens the clause
        if word[0] == "并" and word != "并且":  # (并且 may open a subject: 并且|国际社会…)
            return False  # 并誓言制裁朝鲜: 并 joins a verb phrase; the subject before goes on
        if tag in _LEADING_TAGS or word in {"其他", "其它", "许多", "一些", "不少"}:
            continue
        if word[0] in "不正也还已将再曾仍都又更最很均亦则便就才":
            return False  # 不断扩大, 正试图: jieba's nouns that are adverbs and verbs
        if opens_with(word, 0, "manner"):
            return False  # 将全力支持南非: an adverb of manner, not a noun subject
        return tag in {"n", "nz", "nr", "nrt"} and len(word) >= 2 and word != head
    return False


def _organisation_opens(text: str, clause: Clause, boundary: int, mentions: list[Mention]) -> bool:
    """美国财政部称,波斯湾石化工业公司为…提供资金: a clause that opens with a noun phrase
    headed by an organisation noun (words.tsv organisation_noun) the gazetteer does not know has
    a subject of its own, which borrows none from the clause before."""
    first = min((m.start for m in mentions if clause.start <= m.start < boundary), default=boundary)
    head = text[clause.start : first].lstrip(" “”\"'「」")
    if not head.startswith(_ORGANISATION_LEADS) and not any(
        noun in head for noun in words("organisation_noun")
    ):
        return False  # most clauses name no organisation before their verb: one cheap test
    phrase = []
    for word, tag in _tag(head[:16]):
        if tag == "p" or tag.startswith("v") or tag in {"c", "d"}:
            break
        phrase.append(word)
    return len(phrase) >= 2 and phrase[-1] in words("organisation_noun")


_ORGANISATION_LEADS: Final = ("这家", "一家", "该")


def _plan_verb_opens(head: str) -> bool:
    """计划对…, 准备向…: an intention cue (cues.tsv) right before a preposition opens the clause
    as its verb, whatever jieba tags it (计划 is also a noun); the clause goes on with the
    subject of the one before."""
    if not head.startswith(_intention_cues()):
        return False  # most heads open with no cue: one C-level test
    for cue in _intention_cues():
        after = head[len(cue) : len(cue) + 1]
        if head.startswith(cue) and after in _NOT_SUBJECT_BEFORE and after != "和":
            return True  # (计划和预算: a noun and another)
    return False


@lru_cache(maxsize=1)
def _intention_cues() -> tuple[str, ...]:
    return tuple(c.word for c in cues().values() if c.kind == "intended" and len(c.word) > 1)


def _wished_of(text: str, start: int, mention: Mention) -> bool:
    """希望美方切实执行承诺,停止打压华为: the one a wish opening the clause is about does what
    the clauses after it hope for, not the speaker."""
    head = text[start : _front(mention)].strip(" ,，")
    return head.endswith(_wish_words())


_EASING_OPENS: Final = re.compile(r"[\s“]*(?:并且|并|而且)?(?:立即|立刻|尽快|马上|切实|彻底)?")


def _vote_counted(text: str, clauses: list[Clause], index: int, pos: int) -> bool:
    """18国投票支持,墨西哥、乌拉圭等9国反对,另有7国弃权: a bare opposition by a number of
    states, beside votes cast or abstentions in the clauses around it, counts votes; it opposes
    no side in focus."""
    if not _STATES_COUNTED.search(text, clauses[index].start, pos):
        return False
    around = text[clauses[max(0, index - 1)].start : clauses[min(len(clauses) - 1, index + 1)].end]
    return any(word in around for word in _VOTE_WORDS)


_VOTE_WORDS: Final = ("投票", "弃权", "赞成票", "反对票")
_STATES_COUNTED: Final = re.compile(r"\d+个?(?:成员国|国家|国)(?=[^，,。；;]{0,2}$)")


_GOODS_OPEN: Final = re.compile(r"对(?:[自从][^对，,。；;：:]{1,10})?$")
_GOODS_CLOSE: Final = re.compile(r"(?:[自到至][^，,。；;：:的]{1,10})?的")
_GOODS_OF: Final = re.compile(r"对[^对，,。；;：:\s]{1,6}$")


def _goods_described(text: str, clause: Clause, pos: int, word: str) -> bool:
    """对|进口自中国的|钢铁, 对|从中国进口的|钢铁: a trade verb that opens the 对-phrase of a
    measure and describes the goods it hits (…的, or a levy on them: words.tsv levy) reports
    no trade."""
    rest = text[pos + len(word) : clause.end]
    if _GOODS_OPEN.search(text, max(clause.start, pos - 12), pos) is None:
        # 对巴西|出口商品|实施新的50%关税: the goods of the one after 对, a tariff laid on them
        owned = _GOODS_OF.search(text, max(clause.start, pos - 8), pos) is not None
        return owned and opens_with(rest, 0, "goods") and "关税" in rest
    if _GOODS_CLOSE.match(text, pos + len(word), clause.end) is not None:
        return True
    # 对自华进口电动汽车征收临时反补贴税: goods with no 的 before the levy laid on them
    return any(levy in rest for levy in words("levy"))


_ANNOUNCING_CUES: Final = frozenset({"intended", "hypothetical", "reserve", "ought"})


def _measures_taken(text: str, start: int, pos: int) -> bool:
    """中方依法采取必要措施,维护自身权益,无可非议: measures that nothing in the sentence before
    them makes a move to come (a cue of intention, condition or reserve: 将, 如果, 保留; or
    words.tsv measures_announced: 有权, 必要时) are measures taken, no threat."""
    if any(text.find(w, start, pos) != -1 for w in words("measures_announced")):
        return False
    return not any(cue.kind in _ANNOUNCING_CUES for cue in _cue_list(text, start, pos))


def _measures_lift(text: str, clauses: list[Clause], index: int, pos: int, trig: Trigger) -> bool:
    """中方将采取或维持必要措施,暂停或取消针对美国的反制措施: measures that end their clause
    and that the next clause names as a lifting (a CONCEDE trigger opening it) threaten nobody."""
    if "focus" not in trig.objects or index + 1 >= len(clauses):
        return False
    if text[pos + len(trig.word) : clauses[index].end].strip(" ,，"):
        return False
    nxt = clauses[index + 1]
    at = _EASING_OPENS.match(text, nxt.start, nxt.end).end()  # type: ignore[union-attr]
    for start, found in find_triggers(text, nxt.start, nxt.end):
        return start == at and not isinstance(found, str) and found.event_type == "CONCEDE"
    return False


def _opens_with_actor(text: str, clause: Clause, mentions: list[Mention]) -> bool:
    """Whether an actor stands in the first words of ``clause`` (a subject of its own)."""
    return any(clause.start <= m.start < clause.start + 4 for m in mentions)


_OWN_MOVE_OPENS: Final = re.compile(r"[\s“]*(?:并且|并|同时|还|此外|另外)?")


def _opens_own_move(text: str, clause: Clause, mentions: list[Mention]) -> bool:
    """…,以实现停火,|并宣布向乌克兰提供援助: a clause after an aim that opens with a subject or
    with the speaker's own statement or decision (words.tsv speech, decide_verb) is no part of
    the aim."""
    if _opens_with_actor(text, clause, mentions):
        return True
    at = _OWN_MOVE_OPENS.match(text, clause.start, clause.end).end()  # type: ignore[union-attr]
    return text.startswith((*words("speech"), *words("decide_verb")), at)


def _opens_with_easing(text: str, clause: Clause) -> bool:
    """停止对中国企业的打压, 并立即取消…: a clause that opens with a change to a measure (words.tsv
    easing), with no subject of its own."""
    at = _EASING_OPENS.match(text, clause.start, clause.end).end()  # type: ignore[union-attr]
    if opens_with(text, at, "easing"):
        return True
    return _TAKEN_OFF.match(text, at, clause.end) is not None


_PARTNER_OPENS: Final = re.compile(r"[\s“]*(?:并且|并|而且|转而|进而|同时)?")


def _opens_with_partner(text: str, clause: Clause, mentions: list[Mention]) -> bool:
    """并与台北展开对话, 转而同乌克兰谈判: a clause that opens with a partner (与/同/跟 and an
    actor) and no subject of its own; after a demand it is asked for, not done."""
    at = _PARTNER_OPENS.match(text, clause.start, clause.end).end()  # type: ignore[union-attr]
    if text[at : at + 1] not in _JOINT_PARTNER:
        return False
    return any(_front(m) == at + 1 for m in mentions)


# 将古巴从“支恐国家名单”中移除: taking an actor off a list (将/把 X 从) eases the measure
_TAKEN_OFF: Final = re.compile(r"[将把][^，,。；;：:]{1,12}?从")


def _asked_of(text: str, start: int, mention: Mention, clause: Clause) -> bool:
    """中方敦促美方纠正错误做法,停止对中国企业的打压: a clause that goes on from a demand with a
    change to a measure is asked of the one the demand addresses, who does the measure."""
    if not _opens_with_easing(text, clause):
        return False
    head = text[start : _front(mention)].strip(" ,，")
    return head.endswith(_demand_words())


def _threat_foretold(text: str, clause: Clause, end: int, trig: Trigger) -> bool:
    """俄罗斯必须为其侵略付出代价, 美方应该承担一切后果: what the speaker says must befall the
    actor (triggers.tsv flag foretold: 付出…代价) makes the must no demand; the threat
    stands."""
    if trig.event_type != "REQUEST" or "speaker" not in trig.objects:
        return False
    return any(
        not isinstance(t, str) and "foretold" in t.flags
        for _, t in find_triggers(text, end, clause.end)
    )


@lru_cache(maxsize=1)
def _demand_words() -> tuple[str, ...]:
    """The demands that take what is asked for after them (要求, 敦促…), read from the trigger
    table once: made anew at each call, they cost a pass over its 2,800 words."""
    return tuple(
        word
        for word, trig in triggers().items()
        if trig.event_type == "REQUEST" and "wish" not in trig.flags and "after" in trig.objects
    )


@lru_cache(maxsize=1)
def _wish_words() -> tuple[str, ...]:
    return tuple(word for word, trig in triggers().items() if "wish" in trig.flags)


def _after_predicate(text: str, start: int, mention: Mention) -> bool:
    """坚持钓鱼岛自古以来是中国领土: an actor after the clause's verb is its object; so is one
    after a verb of noticing (中方注意到|菲律宾举行了大选,对…表示祝贺)."""
    head = _NOT_COPULA.sub("", text[start : _front(mention)])
    if holds_any(head, words("perceive")):
        return True
    if "是" in head or trigger_pattern().search(head):
        return True
    # 超越|中方|红线, 损害|中方|利益: a clause that opens with a verb of its own, the actor the
    # owner of its object, does not go on as the subject of the clauses after it (but 包括|德国
    # 和法国在内的…: a list of the subjects)
    if len(head) != 2 or head in words("listing") or not has_verb(head):
        return False
    owned = _tag(text[mention.end : mention.end + 4])
    return bool(owned) and owned[0][1].startswith("n")


_DESCRIBED_REACH: Final = 6


def _described_head(text: str, start: int, mention: Mention, mentions: list[Mention]) -> bool:
    """正在美国访问的|日本首相安倍晋三12日…: an actor after a relative clause with no subject of
    its own (the verb, then 的, then only titles) is the one it describes, who goes on acting."""
    head = text[start : _front(mention)]
    verbs = list(trigger_pattern().finditer(head))
    if not verbs or "是" in head:
        return False
    verb = verbs[-1]
    described = head[verb.end() :]
    if "的" not in described or has_verb(described.rsplit("的", 1)[1]):
        return False
    reached = described.rsplit("的", 1)[0]  # 访问|北京|的: what the verb reaches is short
    if len(reached) > _DESCRIBED_REACH or any(c in _PUNCT for c in reached):
        return False
    return not any(
        start <= m.start < start + verb.start() and can_be_subject(text, m) for m in mentions
    )


def _responders(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    owner: Mention,
    mentions: list[Mention],
    targets,
) -> list[Mention]:
    """俄罗斯以牙还牙回报|美国|制裁措施, 回应美国的制裁: a measure named by its owner alone and
    answered (words.tsv response_verb) was aimed at whoever answers it."""
    clause = clauses[index]
    if text[owner.end : pos] not in {"", "的"}:
        return []
    head = text[clause.start : _front(owner)]
    verb = next((w for w in words("response_verb") if head.endswith(w)), None)
    if verb is None:
        return []
    at = _front(owner) - len(verb)
    found, _ = _subjects(text, clauses, index, at, mentions, [], targets)
    return [m for m in found if not _same_side(m, owner)]


_AIMED_OF: Final = re.compile(r"的(?:对|针对|反)")


def _owns_aimed_noun(text: str, owner: Mention, boundary: int, objects: list[Mention]) -> bool:
    """美国的|对俄|制裁, 美国的|反俄|制裁: an actor whose 的 owns a noun of an act, with only
    the phrase naming its target between, did the act."""
    if owner.via in {"media", "place"} or _front(owner) > 0 and text[_front(owner) - 1] in "对向":
        return False
    if text[owner.end : boundary] == "的":  # (the frame of the act opens at its 对)
        match = _AIMED_OF.match(text, boundary - 1)
    else:
        match = _AIMED_OF.match(text, owner.end, boundary) or _aimed_of_recent(text, owner.end)
    return match is not None and any(_front(o) == match.end() for o in objects)


def _aimed_of_recent(text: str, start: int) -> re.Match[str] | None:
    """美国政府的|最新|对台军售: a word of which one in a series (words.tsv act_recency) between
    the owner's 的 and the 对 of the target leaves the owner the doer; the match spans the 对."""
    if text[start : start + 1] != "的":
        return None
    recency = word_at(text, start + 1, "act_recency") or None
    if recency is None:
        return None
    return _AIMED.match(text, start + 1 + len(recency))


_AIMED: Final = re.compile(r"对|针对|反")


def _noticed_doer(
    text: str, earlier: Clause, mention: Mention, mentions: list[Mention], objects: list[Mention]
) -> bool:
    """中方注意到美国商务部滥用出口管制,对多家中国实体实施制裁: what the noticer notices goes
    on acting when the act hits the noticer's own side (the noticer cannot be its doer)."""
    head = text[earlier.start : _front(mention)]
    seen = [head.find(verb) for verb in words("perceive") if verb in head]
    if not seen or not objects:
        return False
    perceive_at = earlier.start + min(seen)
    if text[mention.end : earlier.end].rstrip("，,；;。").endswith(words("deed")):
        return False  # 朝方关注美韩挑衅行为,并正告…: a deed noticed, whose doer is no subject
    noticers = [m for m in mentions if earlier.start <= m.start and m.end <= perceive_at]
    return bool(noticers) and all(any(_same_side(n, o) for n in noticers) for o in objects)


def _said_in_predicate(text: str, clause: Clause, mention: Mention) -> bool:
    """…,强调|基地组织对美国造成威胁: a clause that opens with a statement verb is one more
    predicate of the subject before it, and the actors in what it says do not go on acting."""
    head = text[clause.start : _front(mention)].lstrip()
    head = head[1:] if head[:1] in {"并", "並", "还", "還", "也"} else head
    if not any(head.startswith(verb) for verb in speech_verbs()):
        return False
    said = text[mention.end : clause.end]  # 表示法英德三国将继续留在…,并决心…: a plan goes on
    return not any(word in said for word in words("said_plan"))


def _after_own_verb(text: str, earlier: Clause, mention: Mention, mentions: list[Mention]) -> bool:
    """特朗普25日提出“清空”|加沙地带|设想,|称希望埃及…: an actor after a verb that follows an
    earlier actor of its clause (no 的, no pause between) is inside that verb's object; the
    clause that goes on with a statement verb is the earlier actor's words."""
    for other, between in _joined_before(text, earlier, mention, mentions, _UNQUOTED_PUNCT):
        plain = "".join(c for c in between if c not in _QUOTE_MARKS)
        if holds_any(plain, speech_verbs()):
            continue  # 世贸组织表示|台湾|已请求…,指控…: the said clause's subject goes on
        if plain and has_verb(plain) and can_be_subject(text, other):
            return True
    return False


def _said_after_statement(
    text: str, earlier: Clause, mention: Mention, mentions: list[Mention]
) -> bool:
    """巴加埃表示,|以色列“公然侵犯叙利亚领土完整”,|呼吁安理会…: an actor that opens the clause
    right after a clause closed by a statement verb (表示, 说…) opens what is said; a speech act
    that opens the next clause is the speaker's, unless the said clause holds a speech act of its
    own (…表示,中方谴责…,呼吁…: the one who condemns goes on appealing) or a pressure, whose demand
    follows it (…表示,西方向塞尔维亚施压,要求…: who presses asks), or a letter (…表示,冯德莱恩
    致函欧盟领导人,呼吁…: words.tsv letter_sent; the writer asks in it), or the said actor is the
    speaker's own side (毛宁表示,|中方高度关注…,|呼吁…: either one speaks for China)."""
    if text[earlier.start : _front(mention)].strip(' “"「'):
        return False
    if _sends_letter(text[mention.end : earlier.end]):
        return False
    said = text[: earlier.start].rstrip(" ，,")
    if not said.endswith(tuple(speech_verbs())):
        return False
    speaker = next((m for m in reversed(mentions) if m.end <= len(said)), None)
    if speaker is not None and _side_of(speaker.actor) == _side_of(mention.actor):
        return False
    own = find_triggers(text, earlier.start, earlier.end)
    return not any(
        not isinstance(t, str)
        and (t.event_type in _SPEECH_TYPES or t.predicate.name == "pressures")
        for _, t in own
    )


def _sends_letter(predicate: str) -> bool:
    """Whether a clause's predicate sends a letter (致函, 致信…: words.tsv letter_sent), whose
    demands, in the clause after it, are the writer's."""
    return any(verb in predicate for verb in words("letter_sent"))


def _side_of(actor: Actor) -> str:
    """The country an actor speaks for: its own, or itself when it belongs to none."""
    return actor.country or actor.key


def _said_within_statement(
    text: str, clauses: list[Clause], earlier: Clause, mention: Mention, mentions: list[Mention]
) -> bool:
    """川普说,美国没有把运河交给中国大陆,…,并要求鲁比欧负责处理: an actor inside the words of
    a statement whose speaker, of another side, is named before its verb (表示, 说…, closing a
    clause) does not go on with a speech act that 并/还/也 opens; the speaker does. Not when
    the words hold a speech act or a pressure of their own (…表示,中方谴责…,并呼吁…: the one
    who condemns goes on), as _said_after_statement."""
    verbs = speech_verbs()
    opening = next(
        (
            c.start
            for c in reversed(clauses)
            if c.start <= earlier.start
            and text.endswith(verbs, 0, _end_before_pause(text, c.start))
        ),
        None,
    )
    if opening is None or mention.start < opening:
        return False
    said = _end_before_pause(text, opening)
    speaker = next((m for m in reversed(mentions) if m.end <= said), None)
    if speaker is None or _side_of(speaker.actor) == _side_of(mention.actor):
        return False
    own = find_triggers(text, opening, earlier.end)
    return not any(
        not isinstance(t, str)
        and (t.event_type in _SPEECH_TYPES or t.predicate.name == "pressures")
        for _, t in own
    )


def _end_before_pause(text: str, end: int) -> int:
    """Where the text before ``end`` stops once the spaces and commas closing it are passed
    (``len(text[:end].rstrip(" ，,"))`` without copying the article's text up to ``end``)."""
    while end > 0 and text[end - 1] in " ，,":
        end -= 1
    return end


def _says_before(text: str, start: int, mention: Mention) -> bool:
    """X强调|印度军方…: an actor after a statement verb of its clause opens what is said."""
    head = text[start : _front(mention)]
    return any(verb in head for verb in speech_verbs())


_NOT_COPULA: Final = re.compile(
    r"特别是|尤其是|就是|但是|可是|于是|而是|还是|或是|正是|只是|也是|总是|凡是|要是|若是|不是"
)


_QUOTE: Final = re.compile(r"“[^“”]*”|「[^「」]*」")


def _speech_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quotations that hold speech (a clause, or words after a colon), not a quoted phrase."""
    spans = []
    for match in _QUOTE.finditer(text, start, end):
        inner = match.group()[1:-1]
        colon = text[max(0, match.start() - 1) : match.start()] in {":", "："}
        if not colon and _quoted_predicate(text, match.start()):
            continue  # 两国将“共同面对未来，团结一心合作”: what the subject before it will do
        if colon or any(c in inner for c in ",，。!?！？;；") or len(inner) >= 15:
            spans.append(match.span())
        elif _opens_first_person(inner):
            spans.append(match.span())  # 特朗普直呼“我很喜欢她”,还…: words of the speaker's own
    return spans


def _opens_first_person(inner: str) -> bool:
    """A quotation that opens with a pronoun of the speaker (pronouns.tsv speaker: 我, 我们)
    holds what someone said, however short (“我很喜欢她”), not a quoted phrase."""
    return any(
        inner.startswith(word) for word, entry in pronouns().items() if entry.refers == "speaker"
    )


def _quoted_predicate(text: str, opening: int) -> bool:
    """An intention cue (cues.tsv: 将, 愿意) right before the opening quote: the quotation is
    the predicate of the clause's subject, not speech."""
    found = cues()
    for size in (2, 1):
        cue = found.get(text[max(0, opening - size) : opening])
        if cue is not None and cue.kind == "intended" and cue.position == "before":
            return True
    return False


def _region(quotes: list[tuple[int, int]], pos: int) -> int:
    """Which quotation holds ``pos`` (its start), or -1 outside any."""
    return next((s for s, e in quotes if s < pos < e), -1)


def _titled_possessor(text: str, pos: int) -> bool:
    """A title and 的 right after an actor (高市|首相的|答辩): the actor owns a noun phrase."""
    title = title_at(load_gazetteer(), text, pos)
    return title is not None and text[pos + len(title) : pos + len(title) + 1] == "的"


def _title_follows(text: str, pos: int) -> bool:
    """意大利的外长: a country's official acts for it."""
    return _starts_title(text, pos, load_gazetteer())


def _starts_title(text: str, pos: int, gaz) -> bool:
    return title_at(gaz, text, pos) is not None


@lru_cache(maxsize=1)
def _border_fight_pattern() -> re.Pattern[str]:
    """A border, then a fight breaking out there (words.tsv border_side, border_outbreak), or
    the border right before the act itself (泰国与柬埔寨边境|冲突, 两国边境|谈判)."""
    border = "|".join(map(re.escape, words("border_side")))
    outbreak = "|".join(map(re.escape, words("border_outbreak")))
    degree = "|".join(map(re.escape, words("border_degree")))
    how = rf"(?:[^,，。;；]{{1,10}}?的|{degree})?"  # 爆发|两年来最为激烈的|交火, 爆发|激烈|冲突
    return re.compile(rf"(?:{border})(?:地区)?(?:[^,，。;；]{{0,4}}?(?:{outbreak})了?{how})?")


def _border_fight(text: str, group: list[Mention], boundary: int) -> bool:
    """亚美尼亚和阿塞拜疆|边境地区爆发|冲突, 泰国与柬埔寨边境|冲突: a fight that breaks out at
    the border of two states listed right before it is fought by them; their border is where,
    and they are its sides (as in 印巴边境发生交火, 两国边境地区发生冲突)."""
    if len(group) != 2 or any(m.actor.type != "Country" for m in group):
        return False
    return _border_fight_pattern().fullmatch(text, group[-1].end, boundary) is not None


def _names_topic(text: str, group: list[Mention]) -> bool:
    """A coordination whose last member is followed by a topic word (苏丹和海地|局势) names
    what something is about, each of its members as much as the last."""
    return len(group) > 1 and text.startswith(
        (*words("topic"), *words("locative")), group[-1].end
    )  # (黎巴嫩和以色列|边境: where something happens, as much as what it is about)


_RELATIVE_VERB_REACH: Final = 4


def _relative_in_object(
    text: str, clause: Clause, mention: Mention, mentions: list[Mention]
) -> bool:
    """乍得未公布|法军|撤出的最后期限: an actor that only opens a relative clause (a verb, then
    的) in the object of another actor's verb is no subject the next clause goes on with."""
    de = text.find("的", mention.end, min(clause.end, mention.end + _RELATIVE_VERB_REACH + 1))
    if de <= mention.end or not has_verb(text[mention.end : de]):
        return False
    for other in mentions:
        if other.end > _front(mention):
            break
        if other.start >= clause.start and can_be_subject(text, other):
            return has_verb(text[other.end : _front(mention)])
    return False


def _embedded(text: str, mention: Mention, clause: Clause) -> bool:
    """韩方改善关系的努力是…: an actor inside a noun phrase (…的 N 是) is not the subject."""
    rest = text[mention.end : clause.end]
    shi = rest.find("是")
    if shi == -1 or "的" not in rest[:shi]:
        return False
    return not trigger_pattern().search(rest, 0, shi)  # (马杜罗谴责美方的行动是侵略: his verb)


# 在上月的|安理会: a 在-phrase that a time or a description and 的 close before a name
_VENUE_OF: Final = re.compile(r"在[^，,。；;：:\s在的]{1,6}的$")


def _venue_before(text: str, front: int) -> bool:
    """在上月的|安理会: a 在-phrase of time or description, with no verb, closed by 的 right
    before a name (but 正在美国访问的|日本首相 is a relative clause of what the name does)."""
    match = _VENUE_OF.search(text, max(0, front - 8), front)
    if match is None or text[match.start() - 1 : match.start()] in "正现所存实":
        return False
    if text.startswith("在内", match.start()):
        return False  # 包括外交部长|在内的|俄罗斯代表团: an included list closes, no venue
    return not has_verb(text[match.start() + 1 : front - 1])


_LOCATED: Final = re.compile(r"位于[^，,。；;：:]{1,10}的$")
_COUNTED: Final = re.compile(r"这?[两三四五六七八九十]个$")


def _listed_before_count(text: str, front: int) -> bool:
    """俄罗斯、中国两个安理会常任理事国, 英国、法国和美国这三个常任理事国: a count after a list
    of actors names what they are; the listed states are who acts."""
    match = _COUNTED.search(text, max(0, front - 3), front)
    if match is None or match.start() == 0 or not is_cjk(text[match.start() - 1]):
        return False
    before = text[max(0, match.start() - 8) : match.start()]
    return ("、" in before or "和" in before) and not any(c in _PUNCT for c in before[-3:])


def _entered_described(text: str, front: int) -> bool:
    """闯入|位于首都基多的|墨西哥大使馆: a place entered, described by where it lies."""
    if "位于" not in text[max(0, front - 14) : front]:
        return False
    match = _LOCATED.search(text, max(0, front - 14), front)
    return match is not None and closes_with(text, match.start(), "entering")


_WHOLE_OF: Final = "整个"


# a go-between named before the preposition of the act's target (美国通过|日本|向中国施压)
_WITH_OR_TO: Final = ("向", "与", "同", "跟", "对")


def _inside_channel(text: str, front: int, end: int) -> bool:
    """日本政府通过|中国北京的大使馆|渠道向朝鲜提出严正抗议: an actor inside a channel phrase (a
    go_between word, then a phrase that ends in a channel noun, words.tsv channel, right before
    the preposition of the target) names the way the act goes, not who does it."""
    start = max(0, front - _CHANNEL_REACH)
    opener = -1  # where the nearest go-between word before the actor ends
    for word in words("go_between"):
        at = text.rfind(word, start, front)
        if at >= 0:
            opener = max(opener, at + len(word))
    if opener < 0 or any(c in _PUNCT for c in text[opener:front]):
        return False
    return _channel_close().match(text, end) is not None


_CHANNEL_REACH: Final = 8


@lru_cache(maxsize=1)
def _channel_close() -> re.Pattern[str]:
    """The rest of a channel phrase after an actor: a few letters, a channel noun, then the
    preposition of the act's target (北京的大使馆|渠道|向…)."""
    nouns = "|".join(map(re.escape, words("channel")))
    return re.compile(
        rf"[^,，。;；:：!?！？“”「」\s]{{0,10}}?(?:{nouns})(?:{'|'.join(_WITH_OR_TO)})"
    )


def can_be_subject(text: str, mention: Mention, strict: bool = True) -> bool:
    """Not governed by a preposition (对朝鲜), not a possessor (金正恩的), not a news outlet.
    The members of a compound are governed together (在黎以边境: neither 黎 nor 以 acts).

    Asked again and again of the same actors of a sentence (by the subjects of each act, the
    clauses' topics, the speaker, the clauses that go on), 39% of the calls on Terminus: the
    answers are kept for the text of the article being read (see _subject_answers)."""
    key = (
        mention.start,
        mention.end,
        _front(mention),
        mention.group,
        mention.via,
        mention.actor.type,
        mention.actor.key,
        mention.actor.country,
        strict,
    )  # (everything of the mention _can_be_subject reads)
    answers = _subject_answers(text)
    answer = answers.get(key)
    if answer is None:
        answer = answers[key] = _can_be_subject(text, mention, strict)
    return answer


def _short_in_compound(text: str, mention: Mention) -> bool:
    """反|美, 援|华, 亲|俄: a one-character short form after a verb morpheme is that morpheme's
    object inside a word (反美姿态, 援华集团, 亲美势力), what it is for or against, no doer."""
    start = mention.start
    return mention.end - start == 1 and start > 0 and text[start - 1] in _VERB_BEFORE_SHORT


def _compound_names_war(text: str, end: int) -> bool:
    """巴以|冲突, 俄乌|战争: a member of a compound of short forms that names a war (words.tsv
    war_named, right after the compound's other members) is one of its sides; the war dates or
    frames the clause (自本轮巴以冲突以来), and the one who acts in it is named elsewhere."""
    for gap in range(3):  # (the compound's other members stand between: 巴|以|冲突)
        if gap and not is_cjk(text[end + gap - 1 : end + gap] or " "):
            return False
        if opens_with(text, end + gap, "war_named"):
            return True
    return False


# the answers of can_be_subject for one text: (the text, its answers by mention and strictness)
_SUBJECT_ANSWERS: tuple[str, dict[tuple, bool]] = ("", {})


def _subject_answers(text: str) -> dict[tuple, bool]:
    """The answers of can_be_subject kept for ``text``: a new text starts afresh, so they
    last while one article is read and are never reused for another. The text is held with
    its answers (never freed and its identity given to another text while they are kept),
    and a thread reading another article at once swaps in its own pair, not mixing them."""
    global _SUBJECT_ANSWERS
    kept = _SUBJECT_ANSWERS
    if kept[0] is not text:
        kept = _SUBJECT_ANSWERS = (text, {})
    return kept[1]


_LISTED_PLACE: Final = re.compile(r"在([\u4e00-\u9fff]{2,4})(?:以及|和|及|与|、)$")


def _after_listed_place(text: str, front: int) -> bool:
    """在新疆以及|香港, 在广州和|澳门: an actor listed after a place that 在 governs, the place no
    actor of the gazetteer, is governed with it: where something happens, not who acts."""
    if "在" not in text[max(0, front - 10) : front]:
        return False  # (most mentions have no 在 just before them: one cheap test)
    match = _LISTED_PLACE.search(text, max(0, front - 10), front)
    if match is None:
        return False
    return match_at(load_gazetteer(), text, match.start(1)) is None


def _can_be_subject(text: str, mention: Mention, strict: bool = True) -> bool:
    """can_be_subject, worked out (see there)."""
    front = _front(mention)
    if mention.group is not None and mention.group < front:
        front = mention.group
    if text[max(0, front - 2) : front] == _WHOLE_OF:
        front -= 2  # 在|整个|加沙地带: the whole of a place is governed as the place is
    else:
        front -= len(_descriptor_before(text, front))  # 在|一些|欧盟国家, 与|盟友|美国
    before = text[front - 1] if front > 0 else ""
    governed = before in _NOT_SUBJECT_BEFORE and _real_coverb(text, front - 1)
    if governed and before == "由" and _opens_clause_at(text, front - 1):
        governed = False  # ,由中国、沙特和伊朗发表联合声明: a clause opened by 由 names its doer
    if governed and before == "由" and _agent_of_by(text, mention.end):
        governed = False  # 协议由美国及法国斡旋达成: 由 names who mediated, not where from
    if governed and before in _CLAUSES_JOINED and _dated_act_follows(text, mention, len(text)):
        governed = False  # 访华和|胡锦涛主席今年8月访哈: 和 joins a second clause, its doer
    if governed and before in _NOMINALS_JOINED and _joined_owned_nominal(text, front - 1, mention):
        governed = False  # 以色列对叙利亚的袭击和|美国|对伊拉克的空袭: the second act's doer
    if governed and before == "据" and _listed_doer_after_basis(text, mention.end):
        governed = False  # 根据|美国|、日本和韩国发表的联合声明: the states listed issued it
    if governed and (strict or before not in _WITH):
        return False
    if _after_listed_place(text, front):
        return False  # 在新疆以及|香港|违反人权: a place listed after 在 is where, not who
    if _short_in_compound(text, mention):
        return False  # 做出反|美|姿态来恐吓苏联, 遭到院外援|华|集团的抨击: the compound's object
    if mention.via == "place" or opens_with(text, mention.end, "topic"):
        return False  # 台湾问题: what is talked about does not act
    if _outside_mission(text, mention):
        return False  # 在美国大使馆门前抗议: where the act is held does not act
    if "个" in text[max(0, front - 3) : front] and _listed_before_count(text, front):
        return False  # 俄罗斯、中国|两个|安理会常任理事国: the states listed act, not the class
    if "在" in text[max(0, front - 8) : front] and _venue_before(text, front):
        return False  # 美国曾在上月的|安理会|否决议案: where the act is held does not act
    if opens_with(text, mention.end, "document"):
        return False  # 北约条约要求…: the treaty requires, NATO does nothing
    if opens_with(text, mention.end, "civil_war"):
        return False  # 终结苏丹内战，促使各方…: where a civil war is fought, no side acting
    if opens_with(text, mention.end, "belongs_in"):
        return False  # 邓宇昊所在的学院辅导员向其发出邀请: the unit's people act, not its member
    if mention.group is not None and _compound_names_war(text, mention.end):
        return False  # 以色列自本轮巴以冲突以来对黎巴嫩…: the war's sides do not act in it
    if opens_with(text, mention.end, "occasion_end"):
        return False  # 访问华府期间|呼吁川普介入: the place of the visit frames the act
    if _frames_by_meeting(text, mention.end):
        return False  # 在巴厘岛举行的G20|峰会上|会见了习近平: the meeting frames the act
    if text[max(0, front - 2) : front] == "一个" and text.startswith("中", front):
        return False  # 坚持一个中国政策: a principle, not China (一个以色列代表团 is Israel's)
    if text[max(0, front - 2) : front] == "作为":
        return False  # 俄罗斯作为|常任理事国|行使否决权: a capacity, not who acts
    # 伊朗通过|阿曼|与美国进行间接谈判: a go-between carries the act, the one before it acts
    if text[max(0, front - 2) : front] in words("go_between") and text.startswith(
        _WITH_OR_TO, mention.end
    ):
        return False
    if _inside_channel(text, front, mention.end):
        return False  # 通过|中国北京的大使馆|渠道向朝鲜提出抗议: the channel carries the protest
    if closes_with(text, front, "entering") or _entered_described(text, front):
        return False  # 警方闯入|墨西哥大使馆|逮捕…: where the actor goes does not act
    if mention.actor.type in {"Country", "Region"} and closes_with(text, front, "trip_to"):
        return False  # 茂木首站先到|以色列|会见萨尔: the place travelled to does not act
    if text[max(0, front - 2) : front] == "包括" and text[front - 3 : front - 2] in _ALL_COVERBS:
        return False  # 同包括美国在内的各国: a member of what is governed
    lead = text[max(0, front - 8) : front]  # (sub cuts a suffix only: the word is in the lead)
    if holds_any(lead, words("summons")) and _SUMMONED.sub("", lead).endswith(words("summons")):
        return False  # 召见日本驻华大使…表达抗议: the one summoned hears the protest
    de = mention.end + (text[mention.end : mention.end + 1] in {"”", "」"})  # 乌克兰军队”的
    if text[de : de + 1] == "的" and not _title_follows(text, de + 1):
        if not opens_with(text, de + 1, "craft"):
            return False  # (一架俄罗斯的|飞机|侵入日本领空: the owner acts through its craft)
    if _titled_possessor(text, mention.end):
        return False  # 高市首相的答辩: the owner of what is the subject
    if _relative_of_person(text, mention):
        return False  # 陶崇园姐姐…称已与王攀和解: the sister acts, not 陶崇园
    if mention.actor.type in {"Country", "Region"} and _people_noun_at(
        text, mention.end, "private"
    ):
        return False  # 非洲留学生, 中国企业, 法国历史学家: people of a country, not the country
    if _owns_civil_thing(text, mention):
        return False  # …命中以色列|油轮 突袭联合国办公室: a tanker's owner does not raid
    if mention.actor.type in {"Country", "Region"} and _origin_listed(text, mention, front):
        return False  # 来自澳大利亚、香港等地的…女学生: where people come from does not act
    return mention.via != "media"


# what joins two acts named as nouns (以色列对叙利亚的袭击|和|美国对伊拉克的空袭)
_NOMINALS_JOINED: Final = frozenset("和及与、")


def _joined_owned_nominal(text: str, conj: int, mention: Mention) -> bool:
    """谴责以色列对叙利亚的袭击和|美国|对伊拉克的空袭: an actor joined after an act named as a
    noun with its 对-target (X对Y的N, as _owned_nominal reads it), which opens a 对-phrase of
    its own or owns the next noun (和|伊朗的|报复), is the doer of a second act, not a partner
    和 governs."""
    if not text.startswith(("对", "针对", "的"), mention.end):
        return False  # (以色列对伊朗的袭击和|伊朗的|报复: the owner of the next noun)
    stop = _noun_closed_at(text, conj)
    return stop != -1 and _OWNED.search(text, max(0, stop - _OWNED_REACH), stop) is not None


def _noun_closed_at(text: str, conj: int) -> int:
    """Where a trigger word ends right before the conjunction at ``conj`` (以及 taken whole),
    the act named as a noun that the conjunction joins to the next; -1 when none ends there."""
    stop = conj - 1 if text[conj - 1 : conj + 1] == "以及" else conj
    if any(text[stop - size : stop] in triggers() for size in range(1, 5)):
        return stop
    return -1


_JOINED_NOUN_REACH: Final = 6


def _aim_of_joined_nominal(text: str, target: Mention, pos: int, mentions: list[Mention]) -> bool:
    """以色列对伊朗的袭击和|伊朗的|报复, 美国和以色列对伊朗的袭击以及|德黑兰的|报复措施: a 对-target
    whose own noun (的 and a trigger) closes before a conjunction, after which an actor owns
    the next noun (its 的 or 对 right after it), is the first act's target, not the later one's."""
    if not text.startswith("的", target.end) or pos - target.end > _OWNED_REACH:
        return False
    for conj in range(target.end + 2, min(pos, target.end + 2 + _JOINED_NOUN_REACH)):
        if text[conj] not in _NOMINALS_JOINED:
            continue
        if _noun_closed_at(text, conj) == -1:
            continue
        owner = next((m for m in mentions if _front(m) == conj + 1 and m.end < pos), None)
        return owner is not None and text.startswith(("的", "对", "针对"), owner.end)
    return False


_BASIS_LIST_REACH: Final = 60
_BASIS_LIST_MARKS: Final = frozenset("、和与及同跟")


def _listed_doer_after_basis(text: str, end: int) -> bool:
    """根据|美国|、日本和韩国三国星期六发表的联合声明, 根据泰国国防部副部长…与柬埔寨国防部长…签署的
    联合声明: after 据 an actor is a source (据新华社报道), but one a list goes on from that a
    deed and 的 close (words.tsv joint_relative) did that deed with the others listed, and the
    noun after 的 (the statement, the deal) names their joint act. Independent annotators code
    the pairs of such a deed on 5 of 5 sets of the 47 readable ones (lc, qe, qh, vd, ye)."""
    stop = end
    while stop < len(text) and stop - end < _BASIS_LIST_REACH and text[stop] not in _CLAUSE_BREAK:
        stop += 1
    stretch = text[end:stop]
    at = -1
    for word in words("joint_relative"):
        found = stretch.find(word)
        if found != -1 and (at == -1 or found < at):
            at = found
    return at > 0 and any(c in _BASIS_LIST_MARKS for c in stretch[:at])


_AGENT_OF_BY_REACH: Final = 12


def _agent_of_by(text: str, end: int) -> bool:
    """由X(和Y)斡旋/主持/促成…: the actors after 由 do what follows them (words.tsv by_agent),
    which 由北京出发 (from) or 由此 do not."""
    rest = text[end : end + _AGENT_OF_BY_REACH]
    for stop in ",，。；;":
        rest = rest.split(stop, 1)[0]
    at = next((i for i in range(len(rest)) if opens_with(rest, i, "by_agent")), -1)
    if at == -1:
        return False
    between = rest[:at].removesuffix("共同").removesuffix("联合").removesuffix("居中")
    return not between or between[0] in "和及与、"  # 由美国|和法国|斡旋


def _opens_clause_at(text: str, pos: int) -> bool:
    """Whether the character at ``pos`` opens its clause: nothing but a stop before it."""
    return pos == 0 or text[pos - 1] in _CLAUSE_OPENING_STOPS


_CLAUSE_OPENING_STOPS: Final = frozenset(",，。;；:：!！?？\n")


# 来自 and a list running up to the actor: the places people come from (来自澳大利亚、香港、…)
_ORIGIN: Final = re.compile(r"来自(?:[^，,。；;：:“”\s、的]{1,12}、){0,6}$")


# what follows a country in a list of origins: a place in it (韩国|釜山、), its regions (各地)
_ORIGIN_TAIL: Final = re.compile(r"[^，,。；;：:“”\s、的]{0,6}?(?:、|等地|各地)")


def _owns_civil_thing(text: str, mention: Mention) -> bool:
    """以色列|油轮, 两架美军|航班, 中国|商品: an actor named right before a civilian ship, a
    flight or goods (words.tsv civil_thing) only says whose the thing is: the thing acts in
    nothing, and nor does its owner (an act on the thing may still reach the owner)."""
    return opens_with(text, mention.end, "civil_thing")


def _origin_listed(text: str, mention: Mention, front: int) -> bool:
    """来自澳大利亚、香港、中国内地等地的…, 来自韩国釜山、蔚山等地的…: a list of places people
    come from names no side (but 来自美国的代表团, one country's delegation, speaks for it)."""
    found = _ORIGIN.search(text, max(0, front - 80), front)
    return found is not None and (
        "、" in found.group() or _ORIGIN_TAIL.match(text, mention.end) is not None
    )


_LINKS: Final = {"、", "和", "与", "及", "以及", "、以及", "同"}  # (A、B、以及C: 、 before 以及)
_SUMMONED = re.compile(r"(?:了|过)?(?:[一两二三四五六七八九十\d]+[名位个])?$")


def _expand_compound(mention: Mention, mentions: list[Mention], taken=frozenset()) -> list[Mention]:
    """美韩两国…: a compound subject acts as each of its members; so do coordinated subjects
    (马克龙、特雷莎·梅和默克尔发表联合声明)."""
    if mention.group is None:
        return _coordinated_before(mention, mentions, taken)
    return _group_of(mention, mentions)


def _coordinated_before(
    mention: Mention, mentions: list[Mention], taken=frozenset(), any_type: bool = False
) -> list[Mention]:
    """The coordination a subject belongs to: 马克龙、特雷莎·梅和默克尔 act together."""
    text = _TEXT.get("text", "")
    group = [mention]
    for other in reversed(mentions):
        if other.end > _front(group[0]) or (other.start, other.actor.key) in taken:
            continue
        link = _list_link(_past_own_title(text, other, _front(group[0])))
        alike = any_type or _alike(other, mention, group[0])
        if link in _LINKS and (alike or link in {"、", "以及", "、以及"}):
            group.insert(0, other)
        else:
            break
    for other in mentions:
        if _front(other) < group[-1].end or (other.start, other.actor.key) in taken:
            continue
        link = _list_link(_past_own_title(text, group[-1], _front(other)))
        alike = any_type or _alike(other, mention, group[-1])
        if link in {"、", "和", "及", "以及", "、以及"} and alike:
            group.append(other)
        else:
            break
    return group


def _past_own_title(text: str, person: Mention, stop: int) -> str:
    """李强总理|、赵乐际委员长, 普京总统|、拉夫罗夫外长: the letters from a listed person to the
    next member, without the title written after the person's own name (a list of names each
    followed by its post); a title after a state or body (美国总统、…) is kept."""
    at = person.end
    if person.actor.type == "Person":
        title = title_at(load_gazetteer(), text, at)
        if title is not None and at + len(title) < stop:
            at += len(title)
    return text[at:stop]


def _list_link(between: str) -> str:
    """The link between two members of a list, without the next one's titles, a share of a
    bloc (加拿大、欧盟和|多数|南美洲国家) and the group the next one is described as a member
    of (俄罗斯和|非常任理事国|委内瑞拉, 法国和|北约成员国|土耳其: the scan drops it there)."""
    link = _LIST_SHARE.sub("", _without_titles(_past_list_close(between)))
    if link in _LINKS or not (bloc := _bloc_ending(link)):
        return link
    return link[: -len(bloc)]


# 立陶宛、拉脱维亚|等国领导人|及欧盟领导人: a list closed by 等 goes on after a conjunction
_LIST_CLOSE: Final = re.compile(r"等(?:国家|国|多国)?")
_CLOSE_JOINS: Final = frozenset({"及", "以及", "和"})


def _past_list_close(between: str) -> str:
    """立陶宛、拉脱维亚|等国领导人及|欧盟领导人, 美国、英国|等国及|欧盟: a list closed by 等
    (and the post its members' people hold) joined by a conjunction to one more member: the
    link is the conjunction, so the list goes on across the close."""
    close = _LIST_CLOSE.match(between)
    if close is None:
        return between
    rest = between[close.end() :]
    title = title_at(load_gazetteer(), rest, 0) if rest else None
    if title is not None:
        rest = rest[len(title) :]
    return rest if rest in _CLOSE_JOINS else between


def _alike(other: Mention, mention: Mention, neighbour: Mention) -> bool:
    """Whether ``other`` can be listed with ``mention`` (next to ``neighbour``): the same type
    of actor, two polities, or a bloc beside anything."""
    return (
        other.actor.type == mention.actor.type
        or _polities(other, mention)
        or _bloc(neighbour, other)
    )


def _organ_ending_at(gaz, link: str, end: int, keep: int) -> int:
    """The length of the organ a title belongs to, ending at ``end`` (商务部|部长 with no
    country before it), or 0."""
    for length in range(min(end - keep, _ORGAN_REACH), 1, -1):
        if link[end - length : end] in gaz.institutions:
            return length
    return 0


_ORGAN_REACH: Final = 9


_POLITY_KINDS: Final = {"igo", "regional", "collective", "armed_group"}


def _polities(a: Mention, b: Mention) -> bool:
    """美国和欧盟, 欧盟和英国, 以色列和哈马斯: states, blocs, international bodies and armed
    groups are listed together as sides of one act, whatever their actor types."""
    gaz = load_gazetteer()
    return all(
        m.actor.type in {"Country", "Region"}
        or (m.actor.type == "Organization" and kind_of(gaz, m.actor) in _POLITY_KINDS)
        for m in (a, b)
    )


# 加拿大、欧盟和多数南美洲国家: a share of a bloc ends a list like the bloc itself
_LIST_SHARE: Final = re.compile(
    "(?<=[、和及与])(?:大多数|多数|大部分|部分|一些|许多|其他|其它|多个|几个|数个|若干|不少|众多)$"
)


def _bloc(a: Mention, b: Mention) -> bool:
    """A bloc (南美洲国家, 海湾国家) is listed with states and bodies alike."""
    return "Region" in {a.actor.type, b.actor.type}


def _without_titles(link: str, keep: int = 1) -> str:
    """习近平、总理|李强: the titles of the next person in a list are no part of the link (the
    first ``keep`` characters are never a title)."""
    gaz = load_gazetteer()
    end = len(link)
    while end > keep and (title := title_ending_at(gaz, link, end, keep)) is not None:
        end -= len(title.title)
        end -= _organ_ending_at(gaz, link, end, keep)  # 、商务部|部长|王文涛
        end -= _unknown_organ(link, end, keep)  # 、革命|武装力量|部长: a name before the suffix
        if link[end - 1 : end] == "兼" and end > keep:
            end -= 1
    if end < len(link) and end > keep and link[end - 1 : end] in words("former"):
        end -= 1  # 梅西亚斯、前|总检察长|莱维
    return link[:end]


_ORGAN_REACH_UNKNOWN: Final = 8


def _unknown_organ(link: str, end: int, keep: int) -> int:
    """、革命武装力量|部长|洛佩斯: all the letters between the list's link and the next
    person's title name an organ the gazetteer lacks, when they are a few letters with no link,
    particle or verb among them; their length, or 0."""
    stretch = link[keep:end]
    if not 2 <= len(stretch) <= _ORGAN_REACH_UNKNOWN or not all(is_cjk(c) for c in stretch):
        return 0
    if any(c in "、和与及并而的在对向等" for c in stretch) or trigger_pattern().search(stretch):
        return 0
    return len(stretch)


def _without_title_prefix(link: str) -> str:
    """祝贺|当选|总统拜登: a word that says when the post is held (当选, 候任, 新任) ends the link
    where the title it qualifies has been taken away; it is no gap either."""
    for word in words("title_prefix"):
        if link.endswith(word):
            return link[: -len(word)]
    return link


_TEXT: Final[dict[str, str]] = {}


def _confidence(subject: Mention, obj: Mention, frame: str, same_clause: bool) -> float:
    """Documented in README.md, weights in ontology/confidence.tsv: a target found where the
    trigger's frame puts it and a subject in the same clause raise it; a borrowed subject, an
    implied target, a name found by pattern and an actor reached by coreference lower it."""
    weights = confidence_weights()
    score = weights.get("base", 0.6) + weights.get(f"frame:{frame}", 0.0)
    score += weights.get("subject:here" if same_clause else "subject:before", 0.0)
    for mention in (subject, obj):
        if not mention.actor.known:
            score += weights.get("actor:pattern", 0.0)
        if mention.via in {"coref", "role"}:
            score += weights.get("actor:inferred", 0.0)
    return max(weights.get("floor", 0.05), min(weights.get("ceiling", 0.95), score))


# -- status ------------------------------------------------------------------------------------


def _status(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    end: int,
    mentions: list[Mention],
    flags=frozenset(),
) -> str | None:
    """asserted / intended / negated / hypothetical, or None for a question (是否…) or an act
    that is prevented (阻止伊朗获得核武器).

    Cues are read in the trigger's clause only, skipping actor names (安理会 holds no 会) and
    the titles that describe a person (世界粮食计划署署长|比斯利 holds no 计划).
    An utterance (警告, 奉陪) is done by saying it: intention cues do not make it intended.
    """
    opened = _status_opened(text, clauses, index, pos, end, mentions, flags)
    return _settled(text, clauses, index, pos, end, mentions, flags, opened)


@dataclass(frozen=True, init=False)
class _Undecided:
    """What the first part of _status read of an act that is an event (its status is not
    None) when that part did not settle it: the rest is read by _status_settled."""

    kinds: list[str]
    describes: bool
    answered: bool
    first: int | None
    carried_out: bool = False  # 该协议的落实: a deal that owns its carrying out

    def __init__(
        self,
        kinds: list[str],
        describes: bool,
        answered: bool,
        first: int | None,
        carried_out: bool = False,
    ) -> None:
        # (the compiled build's, as Action's: 3,900 made in a Terminus build)
        self.kinds = kinds  # type: ignore[misc]
        self.describes = describes  # type: ignore[misc]
        self.answered = answered  # type: ignore[misc]
        self.first = first  # type: ignore[misc]
        self.carried_out = carried_out  # type: ignore[misc]


#: Whether Action and _Undecided are mypyc's native classes (the compiled build), their
#: __init__ above a C function: asked of Action itself, as lexicon asks of Trigger.
_ACTION_NATIVE: Final = is_native(Action)
if not _ACTION_NATIVE:  # pure Python: the frozen class's __setattr__ refuses the __init__ above
    _quick_init(Action)
    _quick_init(_Undecided)


def _settled(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    end: int,
    mentions: list[Mention],
    flags,
    opened: str | _Undecided | None,
) -> str | None:
    """The status _status gives, from what its first part (_status_opened) read."""
    if isinstance(opened, _Undecided):
        return _status_settled(text, clauses, index, pos, end, mentions, flags, opened)
    return opened


def _status_opened(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    end: int,
    mentions: list[Mention],
    flags=frozenset(),
) -> str | _Undecided | None:
    """The first part of _status: None when the act is no event, a status when the cues of
    its clause settle it, else what the second part (_status_settled) reads on. find_actions
    needs only the first before it looks for the act's sides, and most acts have none."""
    clause = clauses[index]
    skip = [(_front(m), m.end) for m in mentions] + _nicknames(text, clause)
    if (
        _REASON_END.match(text, pos)
        and (opener := _reason_opener(text, clause, pos, mentions)) >= 0
    ):
        skip.append((opener, pos))  # 以|真主党试图重建军事力量|为由: the attempt is the reason's
    # 将对…中国商品加征的关税降至7.5%, 暂停执行与巴基斯坦签署的条约: an act that only
    # describes a thing (V的N) is taken for granted; only a cue right before it reaches it
    describes = _describes(text, end, clause) or _describes_inside(text, pos, end)
    answered = _answered_act(text, clause, pos, end)
    describes = describes or answered or _implemented_deal(text, clause, pos, end)
    describes = describes or _outcome_named(text, clause, end, mentions)
    first = max(clause.start, pos - _RELATIVE_REACH) if describes else None
    carried_out = _deal_carried_out_after(text, pos, end)
    if carried_out:
        describes, first = True, pos  # 决心保证该协议的|落实: the deal was made, no cue reaches it
    elif (
        first is not None
    ):  # 批评了|计划对俄罗斯实施更多制裁的|欧洲领导人: the plan is the phrase's
        first = min(first, _relative_plan_open(text, clause, pos, mentions) or first)
    responded = _responded_to(text, clause, pos)  # 尚未回应|德国驱逐…的决定: not its cue
    if responded is not None:
        first = max(first or clause.start, responded)
    withheld = _news_withheld(text, clause, pos, end)  # 未发布|李强与李在明会见的|消息
    if withheld is not None:
        first = max(first or clause.start, withheld[0])
    for frame in (_cause_frame_open(text, clause, pos, end), _like_frame_open(text, pos, end)):
        if frame is not None:  # 并没有因|朝鲜战争|而改变, 会像之前|他威胁她们的|那样: the cues
            first = max(first or clause.start, frame)  # before the frame are of another verb
    ongoing = _ongoing_open(text, clause, pos, mentions)
    if ongoing is not None:  # 欧盟计划…,目前正与|比利时进行|谈判: the cues before it are not its
        first = max(first or clause.start, ongoing)
    stop = _to_phrase_open(text, clause, pos)  # 对俄方的承诺|表示怀疑: 承诺 is what is doubted
    topic = None if describes else _agreed_topic_open(text, clauses, index, pos, mentions)
    if topic is None and not describes:  # 就墨西哥拟对华提高关税|启动调查: 拟 is the phrase's
        topic = _matter_phrase_open(text, clause, pos, mentions)
    if topic is not None:  # 双方就…不应放任不管|达成共识: what they agree on holds no cue of it
        first, stop = topic
    kinds = list(
        _cues_between(text, first or clause.start, stop, mentions, pos, skip, "ba" in flags)
    )
    if topic is not None:  # 双方就此未能|达成一致: a cue right before the verb is its own
        start = max(topic[1], pos - _TOPIC_CLOSE_REACH)
        kinds += _cues_between(text, start, pos, mentions, pos, skip, "ba" in flags)
    if _cue_words("after").search(text, end, clause.end):
        owned = _owned_plan_end(text, end, None, mentions) if "owned_plan" in flags else None
        after = [
            c.kind
            for c in _cue_list(text, owned or end, clause.end, skip)
            if "after" in _CUE_AT[c.position]
        ]
        if "question" in after and _rhetorical(text, clause.start, pos):
            after = [k for k in after if k != "question"]  # 难道这不是霸凌吗?: it judges
        kinds += after
    if "willing" in flags:  # 愿|无条件|停火: the trigger opens with its own word of willingness
        kinds.append("intended")
    if "absent" in flags:  # 缺席|集安组织会议: the trigger opens with its own staying away
        kinds.append("negated")
    if withheld is not None and withheld[1]:  # 没有具体说明|普拉博沃到访美国的|日期: a visit
        kinds.append("intended")  # whose date is not yet given is planned
    if "foretold" in flags or "deadline" in flags:  # 俄罗斯必须为此付出代价: what must befall
        kinds = [k for k in kinds if k != "ought"]  # it is threatened; 使节须在…前离境: the order
    if "judgement" in flags:  # 美方应立即停止|霸凌行径: what is to be ended is judged as done
        kinds = [k for k in kinds if k not in {"ought", "negated"}]
    if "ought" in kinds and (
        _sides_modal_at(text, clause.start, pos) is not None
        or _pair_modal_at(text, clause.start, pos, mentions)
    ):
        # 强调两国必须…密切合作: what both sides must do is proposed to both, as 两国应 is
        kinds = ["intended" if k == "ought" else k for k in kinds]
    if _whether_depends(text, clauses, index, pos, end):
        return "hypothetical"  # 能否解除对叙利亚制裁取决于叙政治进程: it hangs on a condition
    if _NO_EVENT_KINDS.intersection(kinds):
        return None
    if (
        not kinds
        and not describes
        and _goes_on_owing(text, clauses, index, mentions)
        and not _sides_owe_before(text, clauses, index, mentions)
    ):
        return None  # 乌克兰应该作出决定,|立即从顿巴斯撤军: what should be done goes on
    if opens_with(text, end, "topic_tail"):
        return None  # 讨论对乌支持等问题: the act names one of the topics talked about
    if _means_only(text, clause, pos, end, mentions):
        return None  # 对台封锁与侵略能力, 能够打击美国本土的导弹: a means to act, no act done
    if opens_with(text, end, "topic_closed") and _issue_talked_about(text, pos, mentions):
        return None  # 讨论了…以及继续对俄罗斯实施制裁的问题: an issue the talks were about
    if _room_made_for(text, clause, pos, end):
        return None  # 并未为外交与对话创造必要空间: talks room is made for are not reported
    if opens_with(text, end, "not_the_act"):
        return None  # 达成的任何协议: any deal is none reached; 和谈闭幕式: a ceremony, no talks
    if opens_with(text, end, "topic") and not _compound_names_topic(text, pos, mentions):
        return None  # 在乌克兰战争问题上的裂痕: a topic (not 俄乌冲突问题, the compound's conflict)
    if _framed_by_unrealised_act(text, clause, pos, end, skip):
        return "hypothetical"  # 美国不会在中国进攻台湾的情况下出兵: the attack is a condition
    if "purpose" in kinds and "utterance" not in flags:
        return None  # 此举是用来恫吓…: the aim given to a move (but 此举是挑衅 judges it)
    return _Undecided(kinds, describes, answered, first, carried_out)


def _means_only(text: str, clause: Clause, pos: int, end: int, mentions: list[Mention]) -> bool:
    """共军演训显示其对台封锁与侵略|能力, 北韩为打造能够|打击美国本土的多弹头洲际弹道导弹,
    朝鲜发射的导弹是为对韩国全境进行核攻击|而开发的: an act named as a capability (words.tsv
    capability right after it, past its target and one act joined to it by 与/和/及), as what
    a weapon is made for (words.tsv made_for right after it and its target), or as what a
    weapon can do (words.tsv can_do right before it, the phrase closed by 的 and a words.tsv
    weapon) is a means someone has, no act done (ua-11, ua-12, ud-06)."""
    if not _means_word_near(text, clause, pos, end):
        return False  # (nearly every act: asked of each trigger whose status opens)
    at = end
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start == at and mention.end <= clause.end:
            at = mention.end  # 打击|美国|本土: the target named right after the act
    rest = text[at : min(clause.end, at + _MEANS_REACH)]
    joined = _MEANS_JOINED.match(rest)  # 与侵略|能力: one more act joined before the capability
    for stop in [0] + list(range(2, joined.end() + 1)) if joined else [0]:
        stop += rest.startswith("的", stop)
        if _class_words("capability").match(rest, stop):
            return True
    if opens_with(text, at, "made_for"):
        return True
    if not any(text.endswith(word, clause.start, pos) for word in words("can_do")):
        return False
    tail = text[end : min(clause.end, end + _MEANS_REACH + 8)]
    mark = tail.find("的")
    return mark != -1 and _class_words("weapon").search(tail, mark + 1) is not None


_MEANS_REACH: Final = 8


def _means_word_near(text: str, clause: Clause, pos: int, end: int) -> bool:
    """Whether a capability or a purpose word stands after the act in its clause, or a can_do
    word right before it: what _means_only needs before it sorts the mentions to look closer
    (every word it then matches lies in the clause after the act)."""
    if any(text.find(word, end, clause.end) != -1 for word in words("capability")):
        return True
    if any(text.find(word, end, clause.end + len(word)) != -1 for word in words("made_for")):
        return True  # (the purpose word may start right at the clause's end)
    return any(text.endswith(word, clause.start, pos) for word in words("can_do"))


_MEANS_JOINED: Final = re.compile(r"[与和及、][^，,。；;、与和及的]{1,3}")


def _whether_depends(text: str, clauses: list[Clause], index: int, pos: int, end: int) -> bool:
    """能否解除对叙利亚制裁取决于叙政治进程 (ya-05), 是否避免美国对中国产品实施新关税,|取决于
    中国 (yc-05): an act that a word of whether (words.tsv whether) opens in its clause, and
    that a word of depending (words.tsv depends_on) follows in that clause or the next, is
    said to happen only if something else does: hypothetical, as in a condition. (A bare
    是否 asks, and reports nothing.)"""
    clause = clauses[index]
    if not any(word in text[clause.start : pos] for word in words("whether")):
        return False
    stop = clauses[index + 1].end if index + 1 < len(clauses) else clause.end
    return any(text.find(word, end, stop) != -1 for word in words("depends_on"))


def _room_made_for(text: str, clause: Clause, pos: int, end: int) -> bool:
    """为外交与对话|创造必要空间, 为和谈|营造良好氛围: talks inside a 为 phrase that a verb of
    making room (words.tsv room_made) closes are what someone makes room for, not talks their
    sides hold or plan (qh-08's E3 and US are no partners of each other; we-15 read as held)."""
    if not opens_with(text, end, "room_made"):
        return False
    return any(opener in text[clause.start : pos] for opener in ("为", "為"))


def _status_settled(
    text: str,
    clauses: list[Clause],
    index: int,
    pos: int,
    end: int,
    mentions: list[Mention],
    flags,
    opened: _Undecided,
) -> str:
    """The second part of _status, for an act that is an event: a condition open before it,
    a reservation, a purpose or a wish that goes on, a later clause that undoes an intention."""
    clause = clauses[index]
    kinds, describes, answered, first = (
        opened.kinds,
        opened.describes,
        opened.answered,
        opened.first,
    )
    if _war_as_time_frame(text, pos, end):
        return "asserted"  # 这将成为俄乌战争期间最大的一次换俘: the war is fought
    # 如果…,美国将释放去年逮捕的公民: 逮捕 is taken for granted, the condition is not its own
    conditional = (
        _condition_cue_in(text, first, pos)  # type: ignore[arg-type]
        if describes
        else _condition_open(text, clauses, index, pos)
        or _only_if(text, clauses, index, pos)
        or _only_if_condition(text, clauses, index, pos)
    )
    if (
        conditional
        and not describes
        and not kinds
        and _past_consequence(text, clauses, index, mentions)
    ):
        conditional = False  # 如果日方…,中方将…,中方严肃敦促日方…: said now, past the consequence
    if (
        conditional
        and "utterance" not in flags
        or _reserved(text, clause, pos, end, kinds, describes)
    ):
        return "hypothetical"  # 保留驱逐…外交官的权利: the act is only a possibility
    if kinds.count("negated") % 2 == 1 and "cancel" not in kinds:
        return "negated"
    if _plan_called_off(text, clauses, index, end):
        return "negated"  # 第六轮谈判原定于6月15日举行,因…而取消: the plan did not take place
    if not kinds and _ongoing_open(text, clause, pos, mentions) is not None:
        return "asserted"  # 计划动用…资产,|目前正与比利时进行谈判: the talks go on now
    if not kinds and not describes and _purpose_clause(text, clauses, index, pos):
        kinds = ["intended"]  # 为达成停火协议,|双方举行谈判: what the main act is for
    if not kinds and not describes and index and _basis_opener(text, clauses[index - 1]):
        kinds = ["intended"]  # 将依据…机制,|对伊朗重新实施制裁: the 将 reaches past the basis
    if not kinds and not describes and index and _planned_trip(text, clauses[index - 1], mentions):
        kinds = ["intended"]  # 代表团将于28日前往多哈,|与美国官员进行会谈: the trip's plan holds
    if not kinds and not describes and index and _wish_opener(text, clauses[index - 1]):
        kinds = ["intended"]  # 斡旋方希望,|…成为巴以恢复间接谈判的契机: what is hoped follows
    if not kinds and not describes and _topic_of_talks(text, clauses, index, pos, end, mentions):
        kinds = ["intended"]  # 双方就加强经济领域|合作|达成一致: what is agreed on is to come
    if not kinds and _cooperation_signed(text, clause, pos):
        kinds = ["intended"]  # 两国签署多项|合作|文件: the cooperation signed for is to come
    if not kinds and _rests_on_agreement(text, clause, pos, end):
        return "asserted"  # 越方愿…,并根据两国高层|共识|,…: the consensus acted on was reached
    if (
        not kinds
        and not answered
        and not opened.carried_out  # (保证该协议的落实: the deal carried out was made)
        and "utterance" not in flags
        and _goes_on_wishing(text, clauses, index, mentions)
    ):
        kinds = ["intended"]  # 我愿同总统先生交换意见,达成更多共识: the wish goes on
    if not kinds and not describes and _sides_modal_at(text, clause.start, pos) is not None:
        kinds = ["intended"]  # 两国应保持高层往来: what both sides are to do is proposed
    if not kinds and not describes and _sides_owe_on(text, clauses, index, mentions):
        kinds = ["intended"]  # 中法都应当…,|相互理解相互支持: what both are to do goes on
    if not kinds and not describes and _sides_said_modal(text, clauses, index, pos):
        kinds = ["intended"]  # 双方强调,|应加强地区合作: what both sides say is to be done
    if not kinds and _proposal_closes_before(text, clauses, index):
        kinds = ["intended"]  # 美国提议,|让乌克兰与俄罗斯在美国会面: what is proposed
    if describes and not kinds and _prospect_of(text, end):
        return "intended"  # 两国经济合作的巨大前景: cooperation to come
    if not kinds and _scheduled_ahead(text, clauses, index, end):
        return "intended"  # 会谈定于15日在东京举行: talks set for a day ahead
    if not kinds and _restates_planned_act(text, clauses, index, mentions):
        return "intended"  # 将与王文涛会晤,|成为两人3年多来首度对话: the same talks, ahead
    if not kinds and _package_put_forward(text, clause, pos, end):
        return "intended"  # 提出新一轮对俄制裁方案: the sanctions are proposed, not imposed
    if not kinds and _judged_important(text, clause, pos, end):
        return "intended"  # 俄乌恢复直接对话非常重要: an act called important is to be done
    plan = _plan_named_status(text, clause, pos, end, mentions)
    if plan is not None:
        return plan  # 特朗普的访华计划, 暂无与金正恩会晤的安排: a visit planned, or none
    if "intended" in kinds and "utterance" not in flags:
        unrealised = any(
            "next" in _CUE_AT[c.position] and c.kind == "negated"
            for later in clauses[index + 1 :]
            for c in _cue_list(text, later.start, later.end)
        )
        return "negated" if unrealised else "intended"
    return "asserted"


def _ongoing_open(text: str, clause: Clause, pos: int, mentions: list[Mention]) -> int | None:
    """Where a mark of an act under way (words.tsv ongoing: 正在, 正与, 现正) ends, standing in
    the act's clause at most _ONGOING_REACH characters before it, actor names not counted
    (目前正与|比利时|进行|谈判, 中美正在|进行的贸易|谈判); else None. The act goes on now: an
    intention cue before the mark is of another verb (计划动用…,目前正与比利时进行谈判; dh, dl,
    dp code the talks asserted). A cue after the mark is still read (正在考虑|访华). 真正与,
    公正与 are no such mark (words.tsv not_ongoing: 正 ends another word)."""
    at = text.rfind("正", clause.start, pos)
    if at == -1:
        return None  # (nearly every act: one search of the clause before it)
    for start in (at - 1, at):
        mark = word_at(text, start, "ongoing") if start >= clause.start else ""
        if not mark:
            continue
        if start == at and opens_with(text, at - 1, "not_ongoing"):
            return None
        close = start + len(mark)
        gap = pos - close
        for mention in mentions:
            if close <= mention.start and mention.end <= pos:
                gap -= mention.end - mention.start
        if gap < 0 or gap > _ONGOING_REACH or _ongoing_blocked(text, close, pos):
            return None
        if any(cue < close for cue, _ in _cue_positions(text, start, close)):
            return None  # 正在努力|安排拜习会, 正在研究: the mark opens a cue of intention
        return close
    return None


_ONGOING_REACH: Final = 6
_ONGOING_STOPS: Final = re.compile(r"[，,；;。]")


def _ongoing_blocked(text: str, close: int, pos: int) -> bool:
    """Whether talks about the act (正在讨论|普京访华) or its arranging (正在安排|两国领导人会晤;
    words.tsv ongoing_block), or a clause mark, stand between the mark of an act under way and
    the act: the talks or the arranging go on, not the act."""
    between = text[close:pos]
    if _ONGOING_STOPS.search(between):
        return True
    return any(word in between for word in words("ongoing_block"))


def _proposal_closes_before(text: str, clauses: list[Clause], index: int) -> bool:
    """美国首次提议,|让乌克兰与俄罗斯在美国会面: a clause that opens with the ones a proposal
    lets act (words.tsv proposed_open: 让) after a clause closed by a word of intention
    (cues.tsv intended: 提议, 建议, 希望) says what is proposed, as it does with no comma
    between (提议让…会面)."""
    if index == 0 or not opens_with(text, clauses[index].start, "proposed_open"):
        return False
    before = clauses[index - 1]
    close = len(text[before.start : before.end].rstrip(" ，,：:"))
    last = None
    for at, cue in _cue_positions(text, before.start, before.start + close):
        last = (at, cue)
    if last is None or last[1].kind != "intended" or last[1].position != "before":
        return False
    return last[0] + len(last[1].word) == before.start + close


def _war_as_time_frame(text: str, pos: int, end: int) -> bool:
    """一旦完成,这将成为两国三年战争期间规模最大的一次战俘交换, 这可能是俄乌冲突以来最重要的
    会谈: a war or an attack named as the time frame of something else (words.tsv war_frame:
    期间, 以来) is taken for granted, fought; the condition, plan or guess of the clause is of
    what the frame holds. Only attacks: a visit as a frame (将在访美期间会见…) is still ahead."""
    if not opens_with(text, end, "war_frame"):
        return False
    trig = trigger_for(text[pos:end])
    return trig is not None and trig.event_type == "ASSAULT"


def _wish_opener(text: str, clause: Clause) -> bool:
    """A clause that ends with a verb of hoping before its comma (斡旋方希望,): what is hoped is
    the next clause, which it makes intended as it would with no comma between."""
    head = text[clause.start : clause.end].rstrip(" ,，")
    if text[clause.end - 1 : clause.end] not in {",", "，"} or not head.endswith(
        words("hope_verb")
    ):
        return False
    return head[-3:-2] not in _WISH_AS_NOUN  # 抱有希望, 我们的希望, 看到希望: a noun, no verb


_WISH_AS_NOUN: Final = frozenset("的有来到线丝")


_TEXT_LEADS: Final = (
    "因为",
    "由于",
    "而且",
    "并且",
    "但是",
    "因",
    "但",
    "而",
    "并",
    "也",
    "还",
    "又",
    "且",
)
_TEXT_GOES_ON: Final = ("也", "并", "还", "又", "且", "而且", "并且")


def _text_subject(
    text: str, clauses: list[Clause], index: int, pos: int, mentions: list[Mention]
) -> bool:
    """因为决议内容未能谴责哈马斯,也没有承认…: a clause whose subject is a text (words.tsv
    text_subject, after a demonstrative at most), or one with no subject that goes on from such
    a clause with 也/并/还, says what the text does, which no one who quotes it does."""
    for at in range(index, max(-1, index - 2), -1):
        clause = clauses[at]
        end = pos if at == index else clause.end
        if at == index and any(clause.start <= m.start < end for m in mentions):
            return False
        head = text[clause.start : end].lstrip(" “”\"'「」")
        lead = next((w for w in _TEXT_LEADS if head.startswith(w)), "")
        head = head[len(lead) :]
        head = head[2:] if head[:2] in {"这项", "这份", "这一", "这个", "上述", "相关"} else head
        head = head[1:] if head[:1] in {"该", "此"} else head
        if opens_with(head, 0, "text_subject"):
            return True
        if at < index or lead not in _TEXT_GOES_ON:
            return False
    return False


def _non_actor_opens(
    text: str, clauses: list[Clause], index: int, pos: int, mentions: list[Mention]
) -> bool:
    """巴拉迪表示,理事会希望伊朗…; 吕特说:“它不仅会对欧洲构成威胁,还会对美国…”: words in a
    statement whose clause opens with a subject of its own that names no actor (one noun, or a
    pronoun for a thing: words.tsv thing_pronoun), or goes on from such a clause with 也/还,
    are that subject's, not the speaker's."""
    clause = clauses[index]
    lead = _PRONOUN_LEAD.match(text, clause.start, pos)
    at = lead.end() if lead else clause.start
    if opens_with(text, at, "thing_pronoun"):
        return not any(m.start <= at < m.end for m in mentions)
    if index and text.startswith(_TEXT_GOES_ON, at):
        if any(clause.start <= m.start < pos and can_be_subject(text, m) for m in mentions):
            return False
        before = clauses[index - 1]
        lead = _PRONOUN_LEAD.match(text, before.start, before.end)
        return opens_with(text, lead.end() if lead else before.start, "thing_pronoun")
    if any(clause.start <= m.start < pos for m in mentions):
        return False
    tokens = _tag(text[at:pos])
    return len(tokens) == 1 and tokens[0][1] in {"n", "nt", "nz"} and len(tokens[0][0]) >= 2


_PHRASE_REACH: Final = 12


def _phrase_subject_opens(
    text: str, clause: Clause, boundary: int, mentions: list[Mention]
) -> bool:
    """…坦言,由于…,|对俄国的新一轮制裁|可能无法通过; 泽连斯基表示,|欧洲的团结|将有助于加大对俄罗斯
    的压力: a clause that opens with a noun phrase (对X的…N, X的N) has that phrase as its
    subject; the speaker of the clause before does not act in it (but a speech act after a
    fronted object, 对以色列的任何挑衅都不会置之不理, is still the speaker's: not asked here)."""
    lead = _PRONOUN_LEAD.match(text, clause.start, boundary)
    at = lead.end() if lead else clause.start
    stretch = text[at : min(clause.end, at + _PHRASE_REACH)]
    if any(c in _PUNCT for c in stretch):
        return False
    if text.startswith("对", at) and at == boundary:
        if "的" not in stretch or has_verb(stretch.split("的", 1)[0][1:]):
            return False
        return not _light_verb_act_after(text, at + stretch.index("的") + 1, clause.end)
    first = next((m for m in mentions if m.start == at), None)
    if first is None or text[first.end : first.end + 1] != "的":
        return False
    return not trigger_pattern().match(text, first.end + 1) and first.end < boundary


def _light_verb_act_after(text: str, start: int, end: int) -> bool:
    """宣布,对伊朗的|多个实体|实施|制裁: the noun a 对-phrase closes with 的 is what a light verb
    (words.tsv light_verb) right after it does an act to; the 对-phrase is that act's coverb and
    the clause borrows its subject as usual, unlike 对俄国的新一轮制裁|可能无法通过, a noun
    phrase that is the clause's subject, or an act that a copula after it judges."""
    stretch = text[start : min(end, start + _PHRASE_REACH)]
    for light in words("light_verb"):
        at = stretch.find(light)
        if at > 0 and not has_verb(stretch[:at]):
            counted = _ACT_COUNT.match(text, start + at + len(light))  # 发动|了4次|袭击
            act = trigger_pattern().match(
                text, counted.end() if counted else start + at + len(light)
            )
            if act and not _COPULA_AFTER_ACT.match(text, act.end(), end):
                return True
    return False


# how often or how big the act a light verb carries is, between the two (发动|了4次|袭击,
# 实施|新一轮|制裁): the act is still the light verb's
_ACT_COUNT: Final = re.compile(
    r"了?(?:[一二两三四五六七八九十百几数多\d]+(?:次|轮|波|场)|新一轮|多轮|大规模)?"
)


# an act that is itself the subject of a copula (对俄罗斯的能源设施进行打击|是合理的): a judged
# proposition, not a deed of the speaker before it
_COPULA_AFTER_ACT: Final = re.compile(r"[^，,。；;]{0,2}?(?:是|并非|不是|并不是)")


def _doers_listed_after(text: str, clause: Clause, pos: int) -> bool:
    """支持周六袭击的有澳大利亚、巴林和加拿大: an act that a clause opens with and names with
    的有/的包括 after it has its doers listed after that, not before the clause."""
    if clause.start < pos - 1 and text[clause.start : pos].strip(" “”\"'「」"):
        return False  # (only an act at the opening of its clause is so inverted)
    rest = text[pos : clause.end]
    return bool(_DOERS_LISTED.search(rest))


# 的有 (but not the 的 before 有关: 谴责蓬佩奥发表的|有关伊朗的言论 lists no doers) or 的包括
_DOERS_LISTED: Final = re.compile(r"的有(?!关)|的包括")


def _deal_opens_clause(
    text: str, clause: Clause, pos: int, trig: Trigger, mentions: list[Mention]
) -> bool:
    """英法德和美国说,伊核协议的机制已完成流程: a deal named as the subject of a clause
    (words.tsv deal_noun, at most a short name before it and a predicate after it) is what the
    clause is about; those who spoke in the clause before are not its parties."""
    if trig.word not in words("deal_noun"):
        return False
    head = text[clause.start : pos].lstrip(" “”\"'「」《")
    if len(head) > 4 or any(clause.start <= m.start < pos for m in mentions):
        return False
    rest = text[pos + len(trig.word) : clause.end].lstrip("》”\"'」")
    return len(rest) > 2 and not rest.startswith(("。", ",", "，"))


_TOPIC_COMPOUND_REACH: Final = 6


def _compound_names_topic(text: str, pos: int, mentions: list[Mention]) -> bool:
    """俄乌冲突问题, 俄乌停火与谈判问题: a compound of short forms right before the act (a few
    characters, no punctuation) names its sides, and the act is theirs though a topic."""
    shorts = load_gazetteer().shorts
    if text[pos - 1 : pos] in shorts:
        return True
    return any(
        m.group is not None
        and 0 <= pos - m.end <= _TOPIC_COMPOUND_REACH
        and not any(c in _PUNCT for c in text[m.end : pos])
        for m in mentions
    )


def _rhetorical(text: str, start: int, pos: int) -> bool:
    """难道…吗?, 岂不是…吗?: a question before the act that only asks for agreement (words.tsv
    rhetorical) reports what it asks about as said."""
    return any(text.find(word, start, pos) != -1 for word in words("rhetorical"))


def _purpose_clause(text: str, clauses: list[Clause], index: int, pos: int) -> bool:
    """为达成停火协议,|哈马斯和以色列举行谈判; 为了与美国签署协议,|伊朗…: a clause opened by a
    purpose word (words.tsv purpose_open) and ended by a comma before a main clause names what
    that clause is for. The act must be the first verb after the opener, reached at most over a
    与/同/跟 partner after a bare 为 (为乌克兰提供援助: that 为 is "for" a beneficiary)."""
    clause = clauses[index]
    if index + 1 >= len(clauses) or text[clause.end - 1 : clause.end] not in {",", "，"}:
        return False
    start = (
        clause.start
        + len(text[clause.start : clause.end])
        - len(text[clause.start : clause.end].lstrip(" ，,"))
    )
    opener = word_at(text, start, "purpose_open") or None
    if opener is None:
        return False
    between = text[start + len(opener) : pos]
    if trigger_pattern().search(between):
        return False  # (为报复美国对中国实施制裁: only the first act is aimed at)
    if (
        opener == "为"
        and between
        and not (between.startswith(_GOES_ON_WITH[:3]) and not any(c in _PUNCT for c in between))
    ):
        return False
    own = trigger_pattern().match(text, pos)
    kind = trigger_for(own.group()) if own else None
    main = clauses[index + 1]
    return kind is None or not any(  # 为了报复…,中国对美国实施制裁: the main act carries it out
        not isinstance(t, str)
        and t.event_type == kind.event_type
        and "traveller" not in t.flags  # (…,乌克兰代表团抵达伊斯坦布尔: a journey toward it)
        for _, t in find_triggers(text, main.start, main.end)
    )


#: the bare plural pronoun: what the people or states it names do, they do together, to
#: someone else; a pair (双方) or a counted group (三国) may name who act on each other
_BARE_THEY: Final = frozenset({"他们"})
#: what the members of one 他们 do with each other: meet, and act jointly (他们联手向伊朗施压)
_DONE_TOGETHER: Final = frozenset({"CONSULT", "COOPERATE"})


def _they_on_each_other(action: Action) -> bool:
    """Whether ``action`` pairs the states or bodies of one 他们 with each other, the same span
    on both sides (卡塔尔给予他们24小时离开; 他们仍致力于达成外交解决方案, the one they negotiate
    with unnamed); a meeting or a joint act is theirs (若他们在峰会期间见面, 他们联手向伊朗施压),
    and people who just met go on together (莫迪和岸田文雄举行会谈。他们同意加强合作)."""
    return (
        action.subject.start == action.object.start
        and action.subject.text in _BARE_THEY
        and action.trigger.event_type not in _DONE_TOGETHER
        and action.subject.actor.type != "Person"
        and action.object.actor.type != "Person"
    )


def _doer_among_targets(action: Action, mentions: list[Mention]) -> bool:
    """Whether a directed act of a pair or group word (双方, 三国) aims at another (他们, 两国)
    whose members include the doer: 三国发出强烈警告,称他们不会容忍…挑衅 has each of the three
    blame the others, 双方高度评价两国…交流 each praise the other; the group does not act on
    itself (a pair that blames each other is one span, 双方互相指责; a side named acts on the
    other of a pair it is in, 以色列拒绝接受两国之间…的方案)."""
    target = action.object
    if action.trigger.event_type in SYMMETRIC_TYPES or target.group is None:
        return False
    if action.subject.start == target.start:
        return False  # 双方互相指责: one span, both sides
    table = pronouns()
    if not all(
        (entry := table.get(m.text)) is not None and entry.refers in {"group", "pair"}
        for m in (action.subject, target)
    ):
        return False  # 以色列拒绝接受两国之间…的方案: one side named acts on the other
    return any(
        m.start == target.start
        and m.group == target.group
        and m.actor.key == action.subject.actor.key
        for m in mentions
    )


def _group_word(action: Action) -> bool:
    """三国, 这些国家: a word for a list of countries (not a pair, 双方), whose members act on
    each other in a joint act (三国发表联合声明) and go on acting together."""
    entry = pronouns().get(action.subject.text)
    return entry is not None and entry.refers == "group"


def _rests_on_agreement(text: str, clause: Clause, pos: int, end: int) -> bool:
    """并根据两国高层|共识|,同中方共同维护…, 根据《加美引渡条约》: an agreement that a word of what
    an act rests on (words.tsv basis) opens the clause with, no other act between, is one
    reached before: a wish or plan of the sentence is of the act that rests on it."""
    trig = trigger_for(text[pos:end])
    if trig is None or trig.event_type != "AGREE":
        return False
    head = text[clause.start : pos].lstrip(' ，,“"').lstrip("并並且还還也")
    basis = next((w for w in words("basis") if head.startswith(w)), None)
    if basis is None:
        return False
    start = pos - len(head) + len(basis)
    return trigger_pattern().search(text, start, pos) is None


def _cross_strait_field(text: str, action: Action) -> bool:
    """促进两岸正常、健康交流往来, 推动两岸协商对话: talks or exchanges of 两岸 (both sides from one
    word) that a verb of fostering (words.tsv fosters) puts forward name a field of cross-strait
    policy, no contact between the two sides (两岸交流 alone is none in triggers.tsv)."""
    side = action.subject
    if action.trigger.event_type != "CONSULT" or side.start != action.object.start:
        return False
    if text[side.start : side.end] not in {"两岸", "兩岸"}:
        return False
    return text.endswith(words("fosters"), max(0, side.start - 4), side.start)


def _plan_called_off(text: str, clauses: list[Clause], index: int, end: int) -> bool:
    """第六轮谈判原定于6月15日举行,因以色列突袭伊朗而取消; 访问中国的计划,…,必须延后到明年: an act
    planned (words.tsv original_plan in its clause, or 的计划 after it) that a later
    clause of the same sentence calls off (words.tsv called_off) did not take place."""
    clause = clauses[index]
    planned = any(text.find(w, end, clause.end) != -1 for w in ("的计划", "的计画")) or any(
        text.find(w, clause.start, clause.end) != -1 for w in words("original_plan")
    )
    if not planned:
        return False
    for word in words("called_off"):  # 原计划签署的美乌矿产协议亦|未能成事, 峰会的计划|破裂:
        if _calls_off(text, word, text.find(word, end, clause.end), clause.end):
            return True  # called off in the act's own clause, after it
    return any(
        _calls_off(text, w, text.find(w, later.start, later.end), later.end)
        for later in clauses[index + 1 :]
        for w in words("called_off")
    )


def _calls_off(text: str, word: str, at: int, stop: int) -> bool:
    """…,因以色列突袭伊朗而|取消, …,必须|延后|到明年: the word (at ``at``, -1 for none, in a
    clause ending at ``stop``) calls the plan off when nothing it acts on follows it, even past
    a 了 (双方将讨论|取消|制裁, 宣布|取消了|对华关税: the tariffs are called off, not the plan), or
    only the plan itself, named as this one (words.tsv called_off_this: 最终取消|这次|出访)."""
    if at == -1:
        return False
    rest = text[at + len(word) : stop].strip(" ，,。；;")
    rest = rest.removeprefix("了").strip(" ，,。；;")
    return rest == "" or rest.startswith(("到", "至")) or rest.startswith(words("called_off_this"))


def _will_inside_split(text: str, trig: Trigger, mentions: list[Mention]) -> bool:
    """代表团|将于8月28日|前往多哈, 谈判小组|计划于25日|前往卡塔尔: an intention cue between the
    parts of a split trigger is read by no clause cue (they stop at the trigger's start), but it
    is the trigger's own: the trip is planned (a decision, 关税|将|推迟, is no trip: it is made)."""
    if trig.inner is None or trig.event_type != "CONSULT":
        return False
    start, stop = trig.inner
    return _intention_cued(text, start, stop, mentions)


def _planned_trip(text: str, clause: Clause, mentions: list[Mention]) -> bool:
    """以色列代表团将于28日前往多哈,|与美国官员进行会谈: a clause that plans a trip (an intention
    cue before a travel word, words.tsv travel) and ends in a comma makes the talks of the
    clause after it, which opens with their partner (与/同), planned as well."""
    if text[clause.end - 1 : clause.end] not in {",", "，"}:
        return False
    after = text[clause.end : clause.end + 1]
    if after not in {"与", "同"}:
        return False
    travel = words("travel")
    starts = [i for w in travel if (i := text.find(w, clause.start, clause.end)) != -1]
    if not starts:
        return False
    trip = min(starts)
    return _intention_cued(text, clause.start, trip, mentions)


def _intention_cued(text: str, start: int, stop: int, mentions: list[Mention]) -> bool:
    """Whether an intention cue (将, 计划于…) stands between ``start`` and ``stop``, read as
    the cues of an act at ``stop``: what _will_inside_split and _planned_trip both ask."""
    skip = [(_front(m), m.end) for m in mentions]
    return "intended" in set(_cues_between(text, start, stop, mentions, stop, skip))


def _basis_opener(text: str, clause: Clause) -> str | None:
    """将依据|…签署的协议中的机制,|对伊朗实施制裁; 根据安理会决议,|…: a clause opened by a word of
    what the act after it rests on (words.tsv basis) and closed by a comma before that act;
    the 将 before it ("" for none), or None for no such clause."""
    if text[clause.end - 1 : clause.end] not in {",", "，"}:
        return None
    head = text[clause.start : clause.end].lstrip(" ，,")
    will = head[:1] if head[:1] in {"将", "拟"} else ""
    return will if opens_with(head, len(will), "basis") else None


def _framed_by_unrealised_act(text: str, clause: Clause, pos: int, end: int, skip) -> bool:
    """日本将在朝鲜袭击韩国的情况下出兵: an act inside a 在…情况下/前提下 frame of an act that
    is only planned or ruled out is the condition of that act, not done (美国在俄罗斯入侵
    乌克兰的情况下对俄实施制裁 reports both)."""
    opened = text.rfind("在", clause.start, pos)
    if opened == -1:
        return False
    frame = _zai_frame(_ACT_FRAME_SHORTEST, _CIRCUMSTANCE_ENDS).match(text, opened)
    if frame is None or frame.end() <= end:
        return False
    return _unrealised_cue(text, clause.start, opened, skip) or _unrealised_after_frame(
        text, frame.end(), skip
    )


def _unrealised_cue(text: str, start: int, stop: int, skip) -> bool:
    """An intention or negation cue before an act between ``start`` and ``stop``."""
    return any(
        cue.kind in {"intended", "negated"} and cue.position == "before"
        for _, cue in _cue_positions(text, start, stop, skip)
    )


_AFTER_FRAME_REACH: Final = 3


def _unrealised_after_frame(text: str, frame_end: int, skip) -> bool:
    """美国在中国军队进攻台湾的情况下(,)|将|出兵: the plan or refusal that follows the frame
    right after it (across a comma) makes the act inside the frame its condition, as one
    before 在 does (日本将在…的情况下出兵)."""
    start = frame_end + 1 if text[frame_end : frame_end + 1] in {",", "，"} else frame_end
    return _unrealised_cue(text, start, start + _AFTER_FRAME_REACH, skip)


_RELATIVE_REACH: Final = 2
_NO_EVENT_KINDS: Final = frozenset({"question", "prevent", "ought", "disbelief", "persuaded"})


def _reserved(text: str, clause: Clause, pos: int, end: int, kinds, describes: bool) -> bool:
    """保留(对以色列进行)报复|的权利: a reserve cue before the act in its clause (an act that
    names a right reads its own cues only right before it) and a right word after it."""
    if "reserve" not in kinds and not describes:
        return False
    if not any(text.find(word, end, clause.end) != -1 for word in words("right")):
        return False
    return "reserve" in kinds or any(
        c.kind == "reserve" for c in _cue_list(text, clause.start, pos)
    )


def _speaker_goes_on(text: str, clause: Clause, before, act: int, opened: int) -> bool:
    """并呼吁… after X表示Y愿意…: a speech act joined by 并 to a statement goes on with the
    speaker, not with the act said (nor its intention). The statement verb may stand in an
    earlier clause of the sentence (李在明表示,…,一直期待此次会面,|并热烈欢迎…; …表示,政府将采取…
    措施,…,|并要求朝方…), and a welcome or an encouragement (words.tsv said_support) is said
    as a demand is (…强调…将持续推动…合作,|并鼓励伊朗…)."""
    if not text[clause.start : clause.end].lstrip().startswith(("并", "並")):
        return False
    own = [t for _, t in find_triggers(text, clause.start, clause.end) if not isinstance(t, str)]
    if not own or (
        own[0].event_type not in _SPEECH_TYPES | {"REJECT"}
        and own[0].word not in words("said_support")
    ):
        return False
    return any(verb in text[opened:act] for verb in speech_verbs())


def _goes_on_owing(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention], back: int = 1
) -> bool:
    """日方应当立即停止挑衅,|释放被扣押的渔民: a clause with no subject of its own right after a
    clause of what someone should do (cues.tsv ought: 应该, 应当, 必须…) says more of what is
    owed, no act; a clause naming an actor, a contrast or the speaker's next act (并呼吁…) does
    not go on with it."""
    if index < back:
        return False
    clause, before = clauses[index], clauses[index - back]
    before_text = text[before.start : before.end]  # (cut once, not once a word)
    if not holds_any(before_text, _ought_words()):
        return False  # (most clauses: no word of what should be done before them)
    body = text[clause.start : clause.end].lstrip()
    if body.startswith((*_CONTRAST, *_OWN_NEXT_ACT)) or _own_subject(text, clause):
        return False
    verb = trigger_pattern().search(text, clause.start, clause.end)
    subject_end = verb.start() if verb else clause.end
    if any(clause.start <= m.start < subject_end and can_be_subject(text, m) for m in mentions):
        return False
    if _opens_condition(text, before):
        return False
    return any(c.kind == "ought" for c in _cue_list(text, before.start, before.end))


_OWN_NEXT_ACT: Final = ("并", "並", "同时", "还", "也")


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _ought_words() -> tuple[str, ...]:
    """The cue words of what should be done (cues.tsv ought), for a cheap test of a clause:
    kept, as a scan of every cue at each clause would cost more than the test saves."""
    return tuple(word for word, cue in cues().items() if cue.kind == "ought")


def _sides_owe_on(text: str, clauses: list[Clause], index: int, mentions: list[Mention]) -> bool:
    """What both sides are to do goes on into this clause (_sides_owe_before), from the clause
    right before it or past a frame between (中法都应当…,|在…问题上,|相互支持)."""
    back = 2 if index >= 2 and _frame_only(text, clauses[index - 1], mentions) else 1
    return _goes_on_owing(text, clauses, index, mentions, back) and _sides_owe_before(
        text, clauses, index, mentions, back
    )


def _frame_only(text: str, clause: Clause, mentions: list[Mention]) -> bool:
    """在涉及彼此核心利益问题上,: a clause that is only a frame (在…上/中/期间) naming no actor."""
    body = text[clause.start : clause.end].strip(" ，,")
    return (
        body.startswith("在")
        and body.endswith(_FRAME_END)
        and not any(clause.start <= m.start < clause.end for m in mentions)
    )


def _sides_owe_before(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention], back: int = 1
) -> bool:
    """中法都应当始终展现…战略眼光,|…相互理解相互支持; 双方应当保持定力,|在…问题上相互支持: the
    clause before, whose subject is both sides (words.tsv sides_subject, or a pair named as one
    compound: 中法, 中美) and a modal, proposes to both what the clause going on from it says
    (the caller: _goes_on_owing holds), as 两国应…相互支持 in one clause does: it is intended,
    not owed by one side (日方应当立即停止挑衅,|释放…渔民)."""
    before = clauses[index - back]
    head = (
        before.start
        + len(text[before.start : before.end])
        - len(text[before.start : before.end].lstrip(' ，,“"「'))
    )
    if (at := _sides_modal_at(text, head, before.end)) is not None and at - head <= 12:
        return opens_with(text, head, "sides_subject")
    return _pair_modal_at(text, head, before.end, mentions, first=True)


def _pair_modal_at(
    text: str, start: int, end: int, mentions: list[Mention], first: bool = False
) -> bool:
    """中法|都应当, 中美两国|应: a pair named as one compound (mentions of one group), then at most
    four characters and a modal (words.tsv sides_modal, not sides_modal_not), between ``start``
    and ``end``; with ``first``, the compound opens there (it is the subject)."""
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.group is not None and start <= _front(m) and m.end <= end:
            groups.setdefault(m.group, []).append(m)
    for members in groups.values():
        if len(members) < 2:
            continue
        lead, close = min(_front(m) for m in members), max(m.end for m in members)
        if text[lead:close] != "".join(
            text[m.start : m.end] for m in sorted(members, key=lambda m: m.start)
        ):
            continue  # 中国和法国: no compound, each its own mention
        if first and lead != start:
            continue
        found = _pair_modal_tail().match(text, close, end)
        if found and not opens_with(text, found.end() - 1, "sides_modal_not"):
            if text[found.end() - 1] == "应" and _REQUEST_FRAMED.match(text, found.end()):
                continue  # 中俄两国外长应伊朗邀请: at Iran's invitation, no modal
            return True
    return False


@lru_cache(maxsize=1)
def _pair_modal_tail() -> re.Pattern[str]:
    """都应当, 两国应, 双方也要: what may follow a pair's compound up to its modal (words.tsv
    sides_subject, then 都/也/均/更/还, then sides_modal); no noun between (中美舆论战必须是…:
    the pair names the fight, no subject)."""
    sides = "|".join(map(re.escape, words("sides_subject")))
    modal = "|".join(map(re.escape, words("sides_modal")))
    return re.compile(rf"(?:{sides})?[都也均更还]?(?:{modal})")


def _goes_on_wishing(text: str, clauses: list[Clause], index: int, mentions: list[Mention]) -> bool:
    """A clause with no subject of its own that goes on from a clause of intention (愿, 将,
    计划…) shares it; a clause naming an actor, a condition or a contrast does not."""
    if index == 0:
        return False
    clause, before = clauses[index], clauses[index - 1]
    verb = trigger_pattern().search(text, clause.start, clause.end)
    subject_end = verb.start() if verb else clause.end  # 并会见普京: 普京 is its object
    if any(
        clause.start <= m.start < subject_end
        and can_be_subject(text, m)
        and not _fostered_pair(text, clause, m)
        for m in mentions
    ):
        return False
    if verb and _relative_subject(text, clause, verb.start(), mentions):
        return False  # 访安卡拉的希腊外长邓迪亚斯…: the visitor is the clause's own subject
    if verb and _hope_addressed(verb.group()):
        return False  # 我们愿意同菲方…协商,|希望菲方悬崖勒马: the hope is voiced now (yc-13)
    if _own_subject(text, clause) or text.startswith(_CONTRAST, clause.start):
        return False
    if opens_with(text, clause.start, "later_open"):
        return False  # 以色列同意停火提案,|后来又拒绝…: a later step, not what was agreed
    if _opens_condition(text, before):
        return False
    if _opens_reason(text, before):
        return False  # 由于…试图不承认…,|要求…撤出: the main act after a reason is its own
    if _together_opener(text, clauses, index, mentions):
        return True  # 中方愿同美方一道,…,坦诚对话、平等协商,深挖合作潜力: what it is willing to do
    acts = [
        (p, t) for p, t in find_triggers(text, before.start, before.end) if not isinstance(t, str)
    ]
    if not acts:
        return (
            _intends_other_act(text, clause, before, mentions)
            or _wish_goes_on(text, clauses, index, mentions)
            or _plan_chain(text, clauses, index, mentions)
        )
    if any("wish" in t.flags for _, t in acts):  # 希望美方切实执行承诺,尽快访问中国: the hope
        own = trigger_for(verb.group()) if verb else None  # goes on, to acts, not to asking
        return own is None or (  # 一直期待此次会面,|并热烈欢迎…: a welcome is said, not hoped
            own.event_type != "REQUEST" and own.word not in words("said_support")
        )
    pos, trig = acts[-1]  # the act the clause before reports, and whether it is intended
    end = pos + len(trig.word)
    if _done_verb_before(text, before, pos):
        return False  # 伊朗排除了…谈判…的可能性,|并指责…: the clause reports a deed done
    if any(w in text[before.start : pos] for w in words("attend_purpose")):
        return False  # 为出席东亚峰会前往万象,并会见…: the trip goes on, not what it is for
    if _agreed_list(text, before, pos, end, trig, mentions):
        return True  # 双方同意进一步巩固政治互信,|深化各领域务实合作: what is agreed goes on
    if _speaker_goes_on(text, clause, before, pos, clauses[0].start):
        return False  # 王毅表示中方愿意提供帮助,并呼吁美国…: the speaker appeals, wishing nothing
    if _implemented_deal(text, before, pos, end):  # 伊朗将继续履行协议,并与欧洲合作:
        skip = [(_front(m), m.end) for m in mentions]  # carrying out is what is meant
        kinds = [c.kind for c in _cue_list(text, before.start, pos, skip)]
        return "intended" in kinds and kinds.count("negated") % 2 == 0
    # 中方将采取必要措施,|暂停…: a said act before (a threat, done by saying it) is still
    # said in the future, and the clause going on from it is planned
    flags = trig.flags - {"utterance"}
    if _ba_verb_before(text, before, pos, before.end):
        flags = flags | {"ba"}  # 将…截图转发给布林肯,|指责…: that 将 is 把, no plan goes on
    if _topic_of_talks(text, clauses, index - 1, pos, end, mentions):
        return False  # 两国就加强军事合作,|…达成了共识: the topic is to come, not the consensus
    return _status(text, clauses, index - 1, pos, end, mentions, flags) == "intended"


def _fostered_pair(text: str, clause: Clause, mention: Mention) -> bool:
    """进一步加强|两国…合作, 扩大|两国联合军演: the pair of a joint act right after a verb that
    furthers it (words.tsv furthers) is what the verb furthers, no subject of the clause."""
    if mention.group is None:
        return False
    return text.endswith(words("furthers"), clause.start, _front(mention))


def _done_verb_before(text: str, clause: Clause, pos: int) -> bool:
    """伊朗排除了|与大国谈判达成新协议的可能性: a verb marked done (了) before the act of a clause
    holds the act in its object; the clause reports that deed, and what goes on from it is no
    step of the plan the object names."""
    head = text[clause.start : pos]
    at = head.find("了")
    return at > 0 and is_cjk(head[at - 1]) and head[at - 1] not in _NOT_A_VERB_BEFORE_LE


_NOT_A_VERB_BEFORE_LE: Final = frozenset("为")  # 为了: a purpose, no deed


def _hope_addressed(word: str) -> bool:
    """希望, 期待, 盼 (triggers.tsv flag wish) read as a request: a hope put to someone is asked
    by saying it, as 呼吁 is; an intention in the clause before it is not its status. The
    golds give every such request asserted (26 on the dev sets)."""
    trig = trigger_for(word)
    return trig is not None and trig.event_type == "REQUEST" and "wish" in trig.flags


def _agreed_list(
    text: str, before, pos: int, end: int, trig: Trigger, mentions: list[Mention]
) -> bool:
    """双方同意继续发挥…作用,|加强两国高层交往: an agreement whose verb is a cue of intention
    (cues.tsv: 同意) and whose clause goes on with what is to be done, a verb phrase with no
    actor in it, opens a list of what is agreed; not 同意了中方的提议 (an accepted proposal),
    nor 同意,|… (nothing agreed in the clause)."""
    if trig.event_type != "AGREE" or not any(
        c.kind == "intended" for c in _cue_list(text, pos, end)
    ):
        return False
    content = text[end : before.end].rstrip(" ，,")
    if not content or content.startswith(("了", "的")):
        return False
    return not any(end <= m.start < before.end for m in mentions)


def _wish_goes_on(text: str, clauses: list[Clause], index: int, mentions: list[Mention]) -> bool:
    """双方要按照…目标,从战略和全局着眼,加大相互支持; 越希与中方妥善处理海上问题,通过和平谈判: a
    clause with no act that says what both sides are to do (words.tsv sides_modal) or what its
    subject wishes (cues.tsv list_wish words) opens a list: a clause after it, through clauses
    with no act and no subject of their own, is what is wished. Caller: the clause right
    before has no act, and the clause itself no subject of its own."""
    for back in range(index - 1, max(-1, index - 5), -1):
        earlier = clauses[back]
        if _sides_modal_at(text, earlier.start, earlier.end) is not None:
            return True
        if any(c.word in words("list_wish") for c in _cue_list(text, earlier.start, earlier.end)):
            return True
        if back < index - 1 and any(
            not isinstance(t, str) for _, t in find_triggers(text, earlier.start, earlier.end)
        ):
            return False  # an act of its own before: the list, if any, goes on from it
        if _opens_condition(text, earlier) or _opens_with_own_actor(text, earlier, mentions):
            return False  # a clause that opens with an actor of its own ends the list
    return False


#: :func:`_sides_modal_pattern` once made (see lexicon.made_once: a compiled call of a cached
#: function goes through Python's call protocol).
_SIDES_MODAL_PATTERN_MADE: Final[list[re.Pattern[str]]] = []


def _sides_modal_pattern() -> re.Pattern[str]:
    """:func:`_make_sides_modal_pattern`, made once."""
    return (
        _SIDES_MODAL_PATTERN_MADE[0]
        if _SIDES_MODAL_PATTERN_MADE
        else made_once(_SIDES_MODAL_PATTERN_MADE, _make_sides_modal_pattern())
    )


def _make_sides_modal_pattern() -> re.Pattern[str]:
    """双方要, 两国应, 两国外交部应 (words.tsv sides_subject, at most four characters of a body,
    then sides_modal), not 双方要求 or 两国应对 (sides_modal_not)."""
    sides = "|".join(map(re.escape, words("sides_subject")))
    modal = "|".join(map(re.escape, words("sides_modal")))
    return re.compile(rf"(?:{sides})[^\s，,。；;：:、“”\"]{{0,4}}?(?:{modal})")


def _opens_reason(text: str, clause: Clause) -> bool:
    """由于阿根廷等国试图不承认选举结果,: a clause that opens with a reason (words.tsv reason,
    after a space or a quote mark at most) gives why the main act after it is done; an intention
    inside the reason is not the main act's."""
    head = text[clause.start : clause.end].lstrip(' “"「')
    return opens_with(head, 0, "reason") and not head.startswith(_CONSEQUENCE_OPENERS)


_CONSEQUENCE_OPENERS: Final = ("因此", "因而", "因之")  # 因此…: a consequence, no reason


def _relative_subject(text: str, clause: Clause, verb: int, mentions: list[Mention]) -> bool:
    """访安卡拉的希腊外长邓迪亚斯昨天获…接见: a clause whose first act closes, through 的, a
    relative phrase before an actor (maybe after a title of at most eight characters) names its
    own subject; it does not go on from the clause before."""
    cut = text.find("的", verb, min(clause.end, verb + _RELATIVE_OPENER_REACH))
    if cut == -1 or any(c in _PUNCT for c in text[verb:cut]):
        return False
    return any(
        cut < m.start <= cut + 1 + _RELATIVE_TITLE_REACH
        and not any(c in _PUNCT for c in text[cut : m.start])
        and can_be_subject(text, m)
        for m in mentions
    )


_RELATIVE_OPENER_REACH: Final = 12
_RELATIVE_TITLE_REACH: Final = 8


def _sides_said_modal(text: str, clauses: list[Clause], index: int, pos: int) -> bool:
    """双方强调,|应加强地区性合作; 两国一致认为,|要深化合作: a clause that opens with a modal
    (words.tsv sides_modal) after a clause that is only both sides and what they say (at most
    four characters) goes on from them as 双方强调应… does: what they propose is intended."""
    if index == 0:
        return False
    before, clause = clauses[index - 1], clauses[index]
    head = text[before.start : before.end].strip(" ")
    if not _SIDES_SAID.fullmatch(head) or not opens_with(head, 0, "sides_subject"):
        return False
    opening = text[clause.start : pos]
    return opens_with(opening, 0, "sides_modal") and not opening.startswith(
        words("sides_modal_not")
    )


_SIDES_SAID: Final = re.compile(r"[^\s，,。；;：:、“”\"]{2,8}[，,]")


def _sides_modal_at(text: str, start: int, end: int) -> int | None:
    """The end of the first 双方要/两国应 between ``start`` and ``end`` (None when there is none):
    what both sides are to do, a proposal, is intended."""
    for match in _sides_modal_pattern().finditer(text, start, end):
        if opens_with(text, match.end() - 1, "sides_modal_not"):
            continue
        if text[match.end() - 1] == "应" and _REQUEST_FRAMED.match(text, match.end()):
            continue  # 中俄两国外长应伊朗邀请出席…: at Iran's invitation, no modal
        return match.end()
    return None


# what closes the 应X of 应X邀请/应X要求 (at X's invitation), a few characters on
_REQUEST_FRAMED: Final = re.compile(r"[^，,。；;：:]{1,12}?(?:邀请|邀|要求|请求)")


@lru_cache(maxsize=1)
def _together_opener_pattern() -> re.Pattern[str]:
    """愿同X一道, 将与X携手, 愿同X共同努力 (words.tsv together_close, together_planned) at a
    clause's end: the clause says only with whom the subject is willing to go on."""
    close = "|".join(map(re.escape, words("together_close") + words("together_planned")))
    return re.compile(
        r"(?:愿|愿意|願|願意|将|將)(?:继续|繼續)?(?:同|与|與|和|跟)[^，,。；;：:]{1,12}?"
        rf"(?:{close})(?:努力)?[\s，,]*$"
    )


_LIST_LEAD: Final = ' ，,、“”"并並且而'


def _opens_with_own_actor(text: str, clause: Clause, mentions: list[Mention]) -> bool:
    """Whether the clause opens (after a conjunction or a quote mark at most) with an actor that
    can be its subject: such a clause has a subject of its own, and a list of intended acts
    (双方要…, 愿同X一道…) does not go on into it."""
    return any(
        clause.start <= m.start < clause.end
        and not text[clause.start : m.start].strip(_LIST_LEAD)
        and can_be_subject(text, m)
        for m in mentions
    )


def _together_opener(text: str, clauses: list[Clause], index: int, mentions: list[Mention]) -> bool:
    """中方愿同美方一道,积极落实…,坦诚对话、平等协商,深挖合作潜力: a clause that says only with
    whom the subject is willing to go on (愿同X一道, 将与X携手) opens a list of what it is willing
    to do; every clause after it with no subject of its own is intended."""
    for earlier in reversed(clauses[:index]):
        if _together_opener_pattern().search(text, earlier.start, earlier.end):
            return True
        if _opens_with_own_actor(text, earlier, mentions):
            return False  # a clause that opens with an actor of its own ends the list
    return False


def _intends_other_act(text: str, clause: Clause, before, mentions: list[Mention]) -> bool:
    """刘鹤将率代表团赴华盛顿,与…进行谈判: a clause whose subject is followed by a word of
    plan (将, 计划, 拟…) before a verb that is no trigger (率, 赴, 前往) makes the clause after
    it a plan too when that clause goes on with a partner (与/同/跟…: the talks the trip is
    for); a 将 that is 把 (将伊朗列入…) does not."""
    head = text[clause.start : clause.end].lstrip(" ，,")
    if not head.startswith(_GOES_ON_WITH) and not _plan_step(head):
        return False
    lead = len(text[before.start : before.end]) - len(
        text[before.start : before.end].lstrip(" ，,")
    )
    if _plan_at(text, before.start + lead, before.end):
        return True  # …之后,|21日会转到日内瓦,与…会面: the clause goes on from its subject's plan
    for mention in mentions:
        if not before.start <= mention.start < before.end or _front(mention) - before.start > 4:
            continue
        plan = _plan_at(text, mention.end, before.end)
        if plan and can_be_subject(text, mention):
            return not (plan.group(1) == "将" and _ba_verb_before(text, before, before.end))
    return False


def _plan_chain(text: str, clauses: list[Clause], index: int, mentions: list[Mention]) -> bool:
    """中国将保持定力,|打牢根基,|同时加强同金砖…合作; 艾班尼斯明天将…前往索罗门群岛,|出席…峰会:
    clauses with no subject and no act of their own that go on from a clause whose subject is
    followed by a word of plan (将, 计划…), or that opens with one (,将继续…), are steps of
    the same plan; a clause that marks its act as done (已, 了) is not. Caller: the clause
    itself has no subject of its own and the clause right before it no act."""
    clause = clauses[index]
    if any(w in text[clause.start : clause.end] for w in _DONE_MARKS):
        return False
    head = text[clause.start : clause.end].lstrip(" ，,")
    if head.startswith((*words("purpose"), *words("later_open"), "以")):
        return False  # ,以表达对以色列的支持: what the plan is for (an actor 以色列 is a subject)
    for back in range(index - 1, max(-1, index - 4), -1):
        before = clauses[back]
        body = text[before.start : before.end]
        lead = len(body) - len(body.lstrip(" ，,"))
        plan = _plan_at(text, before.start + lead, before.end)
        if plan is not None:  # ,将继续恪守…: the plan of the subject named before (not 将矛头
            return plan.group(1) != "将" or opens_with(text, plan.end(), "will_next")
        for mention in mentions:
            if not before.start <= mention.start < before.end:
                continue
            if _front(mention) - before.start <= 4 and can_be_subject(text, mention):
                plan = _plan_at(text, mention.end, before.end)
                return plan is not None and not (
                    plan.group(1) == "将" and _ba_verb_before(text, before, before.end)
                )
            return False  # an actor inside the clause: no bare step of the plan
        if back == index - 1:
            pass
        elif any(not isinstance(t, str) for _, t in find_triggers(text, before.start, before.end)):
            return False
        if _own_subject(text, before) or text.startswith(_CONTRAST, before.start):
            return False
        if _opens_condition(text, before) or _opens_reason(text, before):
            return False
        if any(w in body for w in _DONE_MARKS) or _cue_list(text, before.start, before.end):
            return False
    return False


_DONE_MARKS: Final = ("已", "了", "曾")


_TARGET_FIRST_STEPS: Final = frozenset("对向为")  # the prepositions a plan_step may be


def _plan_step(head: str) -> bool:
    """布林肯计划下周前往中东,|并会见内塔尼亚胡; 将在31日出发,|次日会晤李克强; 酝酿通过决议,|对中国
    施加制裁; 将设立基金,|为乌克兰提供支持: a clause that goes on from a trip or a step (words.tsv
    plan_step: 并, 随后, 次日, 对…, 向…, 为…) straight to an act is the next step of the same plan
    (not 对此, 对于, 为此, 为了: a topic or a purpose)."""
    step = next((w for w in words("plan_step") if head.startswith(w)), None)
    if step is None or opens_with(head, 0, "plan_step_not"):
        return False
    if step[-1:] in _TARGET_FIRST_STEPS:
        return True  # 对中国施加制裁, 向乌克兰提供援助: the act's target comes first
    return trigger_pattern().match(head, len(step)) is not None


def _plan_at(text: str, start: int, stop: int) -> re.Match[str] | None:
    """A word of plan at ``start`` (将, 计划, 会 before a verb of going), maybe after the day
    it is for (布林肯|21日|将前往…, 布林肯|下周|会前往…)."""
    timed = _PLAN_DAY.match(text, start, stop)
    return _PLAN_AFTER_SUBJECT.match(text, timed.end() if timed else start, stop)


_PLAN_DAY: Final = re.compile(r"(?:" + _TIME_WORDS + r"|下周|下月|明天|明日|明年|稍后)+")


_GOES_ON_WITH: Final = ("与", "同", "跟", "并与", "并同", "并跟", "还将与", "并将与")
_PLAN_AFTER_SUBJECT: Final = re.compile(
    r"[也还]?(将要|即将|将|计划|拟|打算|准备|酝酿|会(?=前往|前去|转到|转往|赴|飞往))"
)


def _implemented_deal(text: str, clause: Clause, pos: int, end: int) -> bool:
    """愿同俄方携手落实好两国元首重要共识: an agreement that is carried out (words.tsv
    implement) was made; what is said of carrying it out does not reach it."""
    trig = trigger_for(text[pos:end])
    if trig is None or trig.event_type not in {"AGREE", "CONSULT"}:
        return False
    if trig.event_type == "CONSULT" and not _names_a_deal(text, end, clause.end):
        return False  # 落实…会晤|共识: the meeting whose agreement is carried out was held
    start = max(clause.start, pos - _IMPLEMENT_REACH)
    for word in words("implement"):
        at = text.rfind(word, start, pos)
        if at == -1:
            continue
        between = text[at + len(word) : pos]
        others = [trigger_for(m.group()) for m in trigger_pattern().finditer(between)]
        if not any(c in _PUNCT for c in between) and all(
            t is None or t.event_type in {"AGREE", "CONSULT"} for t in others
        ):  # (落实两国元首|达成的|共识, 落实中美元首|会晤|共识: the agreement and its meeting)
            return True
    return False


def _deal_carried_out_after(text: str, pos: int, end: int) -> bool:
    """该协议的落实, 协议的执行: a deal named as the owner of its carrying out (的 and a words.tsv
    implement word) was made, whatever is said of carrying it out."""
    trig = trigger_for(text[pos:end])
    if trig is None or trig.event_type != "AGREE" or not text.startswith("的", end):
        return False
    return opens_with(text, end + 1, "implement")


_DEAL_LEAD: Final = re.compile(r"(?:所?达成的|的)?(?:重要)?")


def _names_a_deal(text: str, end: int, stop: int) -> bool:
    """Whether an agreement noun follows the meeting ending at ``end`` (会晤|共识, 会谈|达成的
    重要共识): the meeting is named as the one the agreement came from."""
    at = _DEAL_LEAD.match(text, end, stop).end()  # type: ignore[union-attr]
    found = trigger_pattern().match(text, at, stop)
    deal = trigger_for(found.group()) if found else None
    return deal is not None and deal.event_type == "AGREE"


_IMPLEMENT_REACH: Final = 16


def _outcome_named(text: str, clause: Clause, end: int, mentions: list[Mention]) -> bool:
    """要加快落实习近平主席访巴|重要成果, 巩固中欧合作|成果: an act named by what it yielded
    (words.tsv outcome right after it, past its target and a word that grades the outcome)
    was done; the plan to carry out or build on its outcome does not reach it (vc, oa, sw
    code such visits and cooperation asserted)."""
    at = end
    for mention in mentions:
        if mention.start == at and mention.end <= clause.end:
            at = mention.end  # 访|巴|重要成果: the target named right after the act
            break
    at += text.startswith("的", at)
    return opens_with(text, at, "outcome")


def _describes(text: str, end: int, clause: Clause) -> bool:
    """Whether the trigger ending at ``end`` is followed by 的 and a noun (加征的关税)."""
    at = end + (1 if text[end : end + 1] == "了" else 0)
    return (
        text[at : at + 1] == "的"
        and at + 1 < clause.end
        and text[at + 1] not in _PUNCT
        and not opens_with(text, at, "nominal_end")
    )


def _to_phrase_open(text: str, clause: Clause, pos: int) -> int:
    """Where the 对/就-phrase closed by the verb at ``pos`` opens (对…表示怀疑), else ``pos``:
    the words inside the phrase name what the verb is about and are no cues of it; a speech
    act closes a 就-phrase too, maybe after a light verb (就…主张独岛主权|提出强烈|抗议)."""
    if text.find("对", clause.start, pos) == -1 and text.find("就", clause.start, pos) == -1:
        return pos  # no 对 or 就 before the verb (most acts): no phrase opens, no regex asked
    closes = _CLOSES_TO_PHRASE.match(text, pos) or _CLOSES_TO_PHRASE.fullmatch(
        text, max(clause.start, pos - 2), pos
    )  # 对…的承诺|表达|感谢: the light verb before the trigger closes the phrase too
    if not closes:
        lead = text[max(clause.start, pos - _LIGHT_VERB_REACH) : pos]
        if not opens_with(text, pos, "answer_after") and not _CLOSES_TO_PHRASE.search(lead):
            return pos
        jiu = text.rfind("就", clause.start, pos)
        if jiu != -1 and _real_coverb(text, jiu):
            return jiu
        if opens_with(text, pos, "answer_after"):
            return pos
        # 对日本将核污染水排海|表示强烈|遗憾: a light verb and an adverb close a 对-phrase too
        dui = text.rfind("对", clause.start, pos)
        return dui if dui != -1 and _real_coverb(text, dui) else pos
    opened = pos
    for at in range(pos - 1, clause.start - 1, -1):
        if text[at] in "对就" and _real_coverb(text, at):
            opened = at  # 对以色列计划|对拉法…|表示关切: the outer phrase holds the inner one
    return opened


_LIGHT_VERB_REACH: Final = 4  # 提出|强烈|抗议: a light verb and an adverb before the speech act
_REACHES_AGREEMENT: Final = re.compile(r"达成")
_SIDES: Final = ("双方", "两国", "各方", "三方", "两党", "两军", "彼此")
_TOPIC_LIST_GOES_ON: Final = ("及", "以及", "和", "与")
_TOPIC_CLOSE_REACH: Final = 3


def _cooperation_signed(text: str, clause: Clause, pos: int) -> bool:
    """Whether the act opens papers of cooperation (words.tsv cooperation_paper: 合作文件,
    合作备忘录), counted as several (多项, 15项, 一系列), that a verb of making a deal before them
    in the clause signs (words.tsv deal_reach: 签署, 签订): the signing ceremony is the deal
    (AGREE); the cooperation the papers set out is to come (qe, sw, jk code it intended).
    One paper signed (签署海巡合作备忘录) is left as it was: the golds read it both ways."""
    if not opens_with(text, pos, "cooperation_paper"):
        return False
    head = text[clause.start : pos]
    signed = max((head.rfind(word) for word in words("deal_reach")), default=-1)
    return signed != -1 and _PAPERS_COUNTED.search(head, signed) is not None


#: papers counted as several (多项, 15项, 一系列)
_PAPERS_COUNTED: Final = re.compile(r"[多数几两二三四五六七八九十0-9]+[项份]|系列")


def _topic_of_talks(
    text: str, clauses: list[Clause], index: int, pos: int, end: int, mentions: list[Mention]
) -> bool:
    """双方就加强经济领域|合作|达成一致, 他与帕内塔就中美两国军事|合作|…交换了意见: an act that a
    就-phrase after the sides names with no actor of its own (a joint act may name its pair),
    closed by a word of talks or of consensus (words.tsv topic_close, maybe in a later clause
    of the sentence), is what the sides agree on or talk about: to come, not done. An actor's
    own act inside the phrase (就美国对华加征关税交换意见) is done, and is not read here."""
    clause = clauses[index]
    at = text.rfind("就", clause.start, pos)
    if at == -1:
        return False  # (no 就 before the act, tested before the trigger regex: most acts)
    if _talks_or_agreement_at(text, pos):
        return False  # (两国就加强合作…|达成共识: the talks and the consensus are done)
    trig = trigger_for(text[pos:end])
    joint = trig is not None and trig.event_type in SYMMETRIC_TYPES  # 就中美两国军事|合作
    if not joint and any(at < m.start < pos for m in mentions):
        return False
    ends = {m.end for m in mentions}
    if at not in ends and not text[clause.start : at].rstrip().endswith(_SIDES):
        return False
    stop = next((i for i in range(end, len(text)) if text[i] in "。；;!?！？"), len(text))
    closer = _class_words("topic_close").search(text, end, stop)
    return closer is not None and "就" not in text[end : closer.start()]


def _agreed_topic_open(
    text: str, clauses: list[Clause], index: int, pos: int, mentions: list[Mention]
) -> tuple[int, int] | None:
    """(start, 就) of the 就-phrase that 达成 closes (双方|就…不应放任不管|达成共识), else None:
    the cues read are those before 就. The 就 must follow the sides (an actor or 双方), not an
    adverb's place (这就阻碍了…达成); it may open an earlier clause when the topic goes on as a
    list (双方就两国互为近邻,|及不应…达成共识) with no act between."""
    if text.find("就", clauses[0].start, max(pos, clauses[index].start)) == -1:
        return None  # no 就 the loop below could meet (most acts): the trigger regex unasked
    if not _REACHES_AGREEMENT.match(text, pos) and not _talks_or_agreement_at(text, pos):
        return None  # (就停止乌克兰冲突|举行会谈: talks close a topic as an agreement does)
    ends = {m.end for m in mentions}
    for k in range(index, -1, -1):
        clause = clauses[k]
        at = text.rfind("就", clause.start, pos if k == index else clause.end)
        while at != -1:
            sides = at - _negator_before(text, clause.start, at)  # 双方|未能|就…达成
            if sides in ends or text[clause.start : sides].endswith(_SIDES):
                return clause.start, at
            at = text.rfind("就", clause.start, at)
        opens = text[clauses[k].start : pos].lstrip()
        if k == 0 or not opens.startswith(_TOPIC_LIST_GOES_ON):
            return None
        if trigger_pattern().search(text, clauses[k - 1].start, clauses[k].start):
            return None
    return None


def _matter_phrase_open(
    text: str, clause: Clause, pos: int, mentions: list[Mention]
) -> tuple[int, int] | None:
    """(start, 就) of a 就-phrase that names an actor's act and that the act at ``pos`` closes
    (商务部|就墨西哥拟对华提高进口关税…|启动调查, 发言人|就加拿大拟…|表示): the cues inside the
    phrase (拟, 将) are those of the act it names, not of the one after it (but the act the
    phrase names keeps them: it is the first act after 就). The 就 opens the clause or follows
    an actor, and an actor follows it (not 这就…, 他就会…)."""
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    at = text.find("就", clause.start, pos)
    while at != -1:
        opens = not text[clause.start : at].strip(' “”"')
        if (opens or at in ends) and at + 1 in starts and _act_inside(text, at + 1, pos):
            return clause.start, at
        at = text.find("就", at + 1, pos)
    return None


def _act_inside(text: str, start: int, pos: int) -> bool:
    """Whether an act (a trigger) stands between ``start`` and ``pos``."""
    return trigger_pattern().search(text, start, pos) is not None


_ANSWERED: Final = re.compile(r"[^,，。;；]{0,16}?的(?:回应|报复|反制|回击|反击|反应)")


_CLEFT: Final = re.compile(r"(?:是由|是|由|系)")
_AGENT_VERB: Final = re.compile(r"所?(?:发动|所为|实施|发起|策划|执行|干的)")


def _cleft_agents(text: str, end: int, objects: list[Mention], clause: Clause) -> bool:
    """空袭是叙军发动的, 袭击由哈马斯实施: the actors after 是/由 and before a verb of doing
    made the act; they are not its target."""
    first = min(objects, key=lambda o: o.start)
    last = max(objects, key=lambda o: o.end)
    if not _CLEFT.fullmatch(text[end : _front(first)].strip()):
        return False
    return last.end <= clause.end and bool(_AGENT_VERB.match(text, last.end))


def _answered_act(text: str, clause: Clause, pos: int, end: int) -> bool:
    """作为对美国驱逐俄罗斯外交官的回应: the act a response answers is taken for granted,
    whatever the intention of the response (俄罗斯将驱逐…,作为对…的回应)."""
    opened = max(text.rfind("对", clause.start, pos), text.rfind("對", clause.start, pos))
    if opened < 0 or pos - opened > 12:
        return False
    return bool(_ANSWERED.match(text, end, clause.end))


_RESPONSE_VERB: Final = re.compile(r"回应|回复|评论|置评|表态")
_RESPONSE_REACH: Final = 16


def _responded_to(text: str, clause: Clause, pos: int) -> int | None:
    """俄罗斯尚未回应|德国驱逐俄罗斯外交官的决定, 白宫未评论|…: an act in the object of a
    response verb is what is (not) answered; the cues before that verb (尚未, 没有) are the
    response's, not the act's. Where the verb ends, or None."""
    start = max(clause.start, pos - _RESPONSE_REACH)
    ends = [m.end() for m in _RESPONSE_VERB.finditer(text, start, pos)]
    if not ends or text.startswith(("称", "说", "表示", "指"), ends[-1]):
        return None  # 回应称,…: what the response says keeps its own cues
    return ends[-1]


def _news_withheld(text: str, clause: Clause, pos: int, end: int) -> tuple[int, bool] | None:
    """大陆未发布|李强与李在明会见的|消息, 双方暂未公布|协定签署|时间表, 报道没有具体说明|普拉博沃
    到访美国的|日期: an act inside the object of a negated verb of making known (words.tsv
    news_verb, a negation right before it, maybe with 具体), whose phrase closes on a noun of
    news or of time (news_noun, news_time) a few characters after it, is what is (not) made
    known: the negation is the announcement's, not the act's. Where the verb ends, and
    whether the noun is one of time (the act's date or timetable is not given: it is planned);
    else None."""
    start = max(clause.start, pos - _NEWS_REACH)
    verb_end = -1
    for verb in words("news_verb"):
        at = text.rfind(verb, start, pos)
        if at != -1 and at + len(verb) > verb_end:
            lead = text[start:at].removesuffix("具体")
            if lead.endswith(_NEWS_NEGATIONS):
                verb_end = at + len(verb)
    if verb_end == -1:
        return None
    tail = text[end : min(clause.end, end + _NEWS_TAIL)]
    for cls, timed in (("news_time", True), ("news_noun", False)):
        for noun in words(cls):
            at = tail.find(noun)
            if at != -1 and not any(c in _PUNCT for c in tail[:at]):
                return verb_end, timed
    return None


_NEWS_REACH: Final = 16
_NEWS_TAIL: Final = 8
_NEWS_NEGATIONS: Final = ("未", "没有", "没", "尚未", "暂未", "并未", "仍未", "还未", "从未")


def _describes_inside(text: str, pos: int, end: int) -> bool:
    """加征的关税 matched by 加征…关税: the act describes the noun inside its own span."""
    span = text[pos:end]
    cut = span.find("的")
    if cut <= 0:
        return False
    head = trigger_for(span[:cut])
    return head is not None and bool(head.event_type)


def _nicknames(text: str, clause: Clause) -> list[tuple[int, int]]:
    """Spans of summit nicknames (金特会): their 会 is no cue. Status asks this for every
    trigger, and a clause that holds no nickname word reports none (one regex search, not
    the clause's triggers found again)."""
    if not _summit_words().search(text, clause.start, clause.end):
        return []
    names = summits()
    return [
        (pos, pos + len(t))
        for pos, t in find_triggers(text, clause.start, clause.end)
        if isinstance(t, str) and t in names
    ]


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


def _act_ends_at(text: str, at: int) -> bool:
    """Whether an act of the trigger table (two letters or more) ends right at ``at``: the 或
    after it is the "or" of two acts (批评|或谴责), not the "may" of 或|访台."""
    return any(
        _long_act(t) and p + len(t.word) == at
        for p, t in find_triggers(text, max(0, at - _ACT_BEFORE_OR), at)
        if not isinstance(t, str)
    )


_ACT_BEFORE_OR: Final = 6


def _cues_between(
    text: str,
    start: int,
    pos: int,
    mentions: list[Mention],
    trigger_pos: int,
    skip: Sequence[tuple[int, int]] = (),
    ba: bool = False,
) -> Iterator[str]:
    for offset, cue in _cue_positions(text, start, pos, skip):
        if cue.position not in {"before", "governs", "adjacent", "around"}:
            continue
        if cue.position == "adjacent" and offset + len(cue.word) != trigger_pos:
            continue  # 或|访台 (may visit), but 美国或日本|访问 names two actors
        if cue.position == "adjacent" and _act_ends_at(text, offset):
            continue  # 批评或|谴责朝鲜, 拘禁或|关押: 或 joins two acts ("or"), no "may"
        if (
            ba
            and cue.word == "将"
            and "把" not in text[offset:trigger_pos]
            and "将" not in text[offset + 1 : trigger_pos]
            and text[offset + 1 : trigger_pos] not in _ADVERBS_OF_WILL
            and not _manner_of_will(text, offset + 1, trigger_pos, mentions)
        ):
            continue  # 将伊朗列入…: this 将 is 把 (but in 将把…, 将再将…, 将再释放: "will")
        if cue.word.endswith("将") and _regarded_act(text, offset + len(cue.word), trigger_pos):
            continue  # 即将|基辛格访华|视为…: the act is what 将 (把) takes, regarded as done
        if (
            cue.kind == "negated"
            and cue.position == "before"
            and not _negation_reaches(text, offset + len(cue.word), trigger_pos, mentions)
        ):
            continue
        if (
            cue.kind == "negated"
            and cue.word in words("stop_act")
            and _second_predicate(text, offset + len(cue.word), trigger_pos)
        ):
            continue  # 停止对美国出口稀土|并实施制裁: what is stopped is the first act only
        if (
            cue.kind == "negated"
            and "governs" in _CUE_AT[cue.position]
            and _joined_verb_at(text, offset + len(cue.word), len(text)) == trigger_pos
        ):
            continue  # 拒绝|并|谴责…: a refusal with no object of its own, joined to the next act
        if cue.kind == "prevent" and trigger_pos - offset - len(cue.word) > _PREVENT_REACH:
            continue  # the reach runs from the cue's end: 不会容忍 is as near as 阻止
        if cue.kind == "persuaded" and text.startswith(_NO_ONE_PRESSED, offset + len(cue.word)):
            continue  # 向伊朗施压|并与以色列举行会谈: pressing no one after it, the next act is
            # the presser's own
        if "governs" in _CUE_AT[cue.position] and _cue_act_listed(text, offset, trigger_pos):
            continue  # 取消马里的成员国身份|、关闭…边境: the cancelling is the first act of a list
        if (
            cue.kind == "negated"
            and cue.position == "governs"
            and _deed_refused(text, offset + len(cue.word), trigger_pos, mentions)
        ):
            continue  # 拒绝|美国对华为实施制裁|的决定: the decision was made, only refused
        if cue.kind == "intended" and _describes_earlier_noun(
            text, offset + len(cue.word), trigger_pos
        ):
            continue  # 美国提议的制裁措施|遭到中国反对: the plan describes 措施, not 反对
        if cue.word in _NOT_THE_FIRST and _first_time_between(
            text, offset + len(cue.word), trigger_pos
        ):
            continue  # 这并不是他近日首次透露…与马克龙交谈: "not the first time" tells it is done
        yield cue.kind


# copulas of denial that may deny "the first time" (words.tsv first_time) rather than the act
_NOT_THE_FIRST: Final = frozenset({"不是", "并非"})


def _first_time_between(text: str, start: int, pos: int) -> bool:
    """这不是美国首次|制裁中国, 并非他第一次|访华: a word of the first time (words.tsv first_time)
    between the denial and the act, in the same stretch of the clause, is what is denied."""
    stretch = text[start:pos]
    return not any(c in _PUNCT for c in stretch) and any(w in stretch for w in words("first_time"))


_DECIDED_DEED_REACH = 24  # 拒绝…的决定: how far after the act the 的 that closes its deed may stand


def _deed_refused(text: str, start: int, pos: int, mentions: list[Mention]) -> bool:
    """拒绝|美国将古巴列入…名单|的决定, 拒绝|安理会制裁朝鲜|的决议: an act with a doer of its own
    between the refusal and it, inside a phrase that 的 and a deed done closes (words.tsv
    done_deed), is what was decided or done; refusing it does not make it negated."""
    if any(c in _PUNCT for c in text[start:pos]):
        return False
    doers = [m for m in mentions if start <= m.start and m.end <= pos]
    if not any(text[_front(m) - 1 : _front(m)] not in _NOT_SUBJECT_BEFORE for m in doers):
        return False  # 拒绝与|美国|举行会谈的决定: a partner, not a doer; the act is the refuser's
    tail = text[pos : pos + _DECIDED_DEED_REACH]
    stop = next((i for i, c in enumerate(tail) if c in _PUNCT), len(tail))
    at = tail.find("的", 0, stop)
    return at != -1 and opens_with(tail, at + 1, "done_deed")


_PREVENT_REACH: Final = 16
# a persuasion with no one after it (向伊朗施压|并…) governs no act joined after it
_NO_ONE_PRESSED: Final = ("并", "而且", "同时")


def _cue_act_listed(text: str, offset: int, pos: int) -> bool:
    """取消马里的成员国身份、关闭…边境: a governing verb that opens a trigger of its own (取消…
    身份) has taken its object; a verb with an object of its own after that trigger and an
    enumeration comma is the next act of a list, not inside what is cancelled (but in
    取消对美国的访问、会谈 the bare noun 会谈 is)."""
    if "、" not in text[offset:pos]:
        return False
    first = next((t for at, t in find_triggers(text, offset, pos) if at == offset), None)
    if first is None or isinstance(first, str) or not first.event_type:
        return False
    if "、" not in text[offset + len(first.word) : pos]:
        return False
    then = find_triggers(text, pos, min(len(text), pos + _LISTED_REACH))
    act = next((t for at, t in then if at == pos), None)
    if act is None or isinstance(act, str):
        return False
    after = text[pos + len(act.word) : pos + len(act.word) + 1]
    return after != "" and after not in _PUNCT  # 冻结|…往来: a verb with its object


_LISTED_REACH: Final = 24
# what may stand between a 将 that means "will" and its verb (哈马斯将|再|释放), where a 将 that
# means 把 has its object (将|伊朗|列入)
_ADVERBS_OF_WILL = frozenset({"", "再", "又", "也", "还", "会", "要", "立即", "陆续", "继续"})


def _second_predicate(text: str, start: int, pos: int) -> bool:
    """停止对美国出口稀土|并|实施制裁: a conjunction 并 (words.tsv second_predicate) between a
    verb that stops an act (words.tsv stop_act) and the act opens a second predicate of the
    subject, which the first verb does not take; an act that describes a noun
    (取消访华并会见…的计划) is still inside what is cancelled, and 并未, 并不 are negators."""
    stretch = text[start:pos]
    if not any(w in stretch for w in words("second_predicate")) or any(
        c in _PUNCT for c in stretch
    ):
        return False
    at, tokens = start, []
    for token in cut(stretch):
        tokens.append((at, token))
        at += len(token)
    if not any(t in words("second_predicate") for _, t in tokens):
        return False
    tail = text[pos : pos + _SECOND_REACH]
    stop = next((i for i, c in enumerate(tail) if c in _PUNCT), len(tail))
    return "的" not in tail[:stop]


_SECOND_REACH: Final = 24


_CHARACTERISED: Final = re.compile(
    r"[把将][^把将，,。；;]{2,30}?(?:描述为|描述成|称为|称作|形容为|形容成|定性为|视为|看作|看成|"
    r"当作|解读为)[^，,。；;]{0,20}$"
)


def _characterised(text: str, clause: Clause, pos: int) -> bool:
    """将这一举措描述为|对博索纳罗的政治迫害, 把北约东扩视为|对俄罗斯的…: an act named after a
    verb of calling or regarding, its 将/把 before it in the clause, is what the thing is
    called; nobody does it (a judgement word there is the speaker's, _evaluation reads it)."""
    return _CHARACTERISED.search(text, clause.start, pos) is not None


def _regarded_act(text: str, start: int, pos: int) -> bool:
    """将|基辛格1971年访华|视为…的开端: an act after 将 followed in the same phrase by a verb of
    regarding (words.tsv regard_as) is the object of that 将, which is 把 (but 即将访问…,
    外界视为…: a comma ends the phrase, and 即将把… has its own 把)."""
    if pos <= start or "把" in text[start:pos]:
        return False
    for at in range(pos, min(len(text), pos + _REGARD_REACH)):
        if text[at] in _PUNCT or text[at] in "将把":
            return False
        if opens_with(text, at, "regard_as"):
            return True
    return False


_REGARD_REACH: Final = 24


def _manner_of_will(text: str, start: int, pos: int, mentions: list[Mention]) -> bool:
    """哈马斯将|按计划|释放, 将|如期|于周六释放: a manner word (words.tsv will_manner) after 将
    with no actor before the verb makes it "will"; a 将 that means 把 has its object there."""
    if not opens_with(text, start, "will_manner"):
        return False
    return not any(start <= m.start < pos for m in mentions)


def _describes_earlier_noun(text: str, end: int, pos: int) -> bool:
    """An intention cue that ends in 的 (提议的, 主张的, 计划的) describes the noun after it; a
    verb between that noun and the trigger opens the trigger's own predicate."""
    return text.startswith("的", end) and end + 1 < pos and has_verb(text[end + 1 : pos])


# what closes a frame of circumstance (在没有调查的情况下): a negator inside it negates none after
_CIRCUMSTANCE_ENDS: Final = ("情况下", "前提下")


def _negation_reaches(text: str, neg_end: int, trigger_pos: int, mentions: list[Mention]) -> bool:
    """未与金正恩会面: a negator governs its verb across a prepositional phrase only, not out of
    a frame of circumstance (在没有调查的情况下|不应…)."""
    if any(end in text[neg_end:trigger_pos] for end in _CIRCUMSTANCE_ENDS):
        return False
    if _inside_issue_frame(text, neg_end, trigger_pos):
        return False  # 不会|在支持乌克兰的问题上|退缩: the negator is of the verb after the frame
    gap = trigger_pos - neg_end
    if _closes_topic_after_negator(text, neg_end, trigger_pos):
        return True  # 未能|就停火和领土等事宜|达成协议: what they did not agree on is no gap
    if _OR_JOINED.search(text, neg_end, trigger_pos) and not any(
        c in _PUNCT for c in text[neg_end:trigger_pos]
    ):
        return True  # 并不急于和美国达成协议|或进行|反制: a verb joined by 或 shares the negation
    gap -= _topic_before_coverb(text, neg_end, trigger_pos)
    inside = [m for m in mentions if neg_end <= m.start and m.end <= trigger_pos]
    if any(_described_doer(text, neg_end, m) for m in inside):
        return False  # 从未参战的|瑞典|加入了北约: the negator is in what describes the doer
    if inside and text[neg_end : neg_end + 1] in _TO | _WITH:  # 不会对[3250亿美元的中国]商品加征
        tail = _TOPIC_OF_ACT.sub("", text[inside[-1].end : trigger_pos])  # (没有与日本进行
        return len(tail) <= _NEG_REACH  # 任何|有关和平条约的|谈判: what they are about is no gap)
    for mention in inside:
        gap -= mention.end - _coverb_start(text, mention)
    return gap <= _NEG_REACH


def _inside_issue_frame(text: str, neg_end: int, trigger_pos: int) -> bool:
    """欧洲不会|在支持乌克兰的问题上|退缩: an act inside a 在…问题上 frame opened right after the
    negator names the issue; the negator is of the verb that follows the frame (words.tsv
    issue_frame_end closes it, in the same stretch of the clause), and the act is not undone."""
    if not text.startswith("在", neg_end):
        return False
    tail = text[trigger_pos : trigger_pos + _TOPIC_REACH]
    stop = next((i for i, c in enumerate(tail) if c in _PUNCT), len(tail))
    return any(tail.find(w, 0, stop) != -1 for w in words("issue_frame_end"))


def _described_doer(text: str, neg_end: int, mention: Mention) -> bool:
    """从未参战的瑞典, 原本不踢球的陶崇园: an actor right after a 的 with no preposition between the
    negator and it is described by the clause the negator stands in; that clause ends there."""
    front = _front(mention)
    if text[front - 1 : front] != "的":
        return False
    return not any(c in _TO or c in _WITH for c in text[neg_end : front - 1])


_TOPIC_REACH: Final = 30
_OR_JOINED: Final = re.compile(r"(?:或|或者|或是)(?:进行|采取|实施|作出|做出)?$")


def _topic_before_coverb(text: str, neg_end: int, trigger_pos: int) -> int:
    """从未|就贸易纠纷|向世贸投诉中国: a 就-phrase right after a negator, closed by another
    preposition, names what the act is about; its length is no gap (else 0)."""
    if not text.startswith("就", neg_end) or any(c in _PUNCT for c in text[neg_end:trigger_pos]):
        return 0
    for at in range(neg_end + 2, min(trigger_pos, neg_end + _TOPIC_REACH)):
        if text[at] in _TO | _WITH and text[at] != "就" and _real_coverb(text, at):
            return at - neg_end
    return 0


def _negator_before(text: str, start: int, at: int) -> int:
    """Length of the negator (cues.tsv, negated before) right before ``at`` (双方|未能|就…),
    else 0."""
    head = text[max(start, at - 4) : at]
    return max((len(n) for n in _negators_before() if head.endswith(n)), default=0)


@lru_cache(maxsize=1)
def _negators_before() -> tuple[str, ...]:
    return tuple(w for w, c in cues().items() if c.kind == "negated" and c.position == "before")


def _closes_topic_after_negator(text: str, neg_end: int, trigger_pos: int) -> bool:
    """A 就-phrase (or a 在…上 phrase) opened right after a negator and closed by reaching an
    agreement or by talks (未能|就…|达成协议, 没有|就…|达成一致, 未|就…|举行会谈, 仍未能|在棘手的
    领土问题上|达成妥协): the topic, however long, is what the negated act is about."""
    if not text.startswith(("就", "在"), neg_end):
        return False
    verb = text.rfind("达成", max(neg_end, trigger_pos - 4), trigger_pos + 2)
    if verb < 0 and _talks_or_agreement_at(text, trigger_pos):
        verb = trigger_pos  # 未就…|举行会谈: talks close a topic as an agreement does
    if verb < 0:
        return False  # (达成任何|协议: the noun of the agreement reached closes it too)
    topic = text[neg_end:verb]
    if topic.startswith("在") and not topic.endswith("上"):
        return False  # 未在联合国总部|达成: a place, not what the deal is about
    return len(topic) <= _TOPIC_REACH and not any(c in _PUNCT for c in text[neg_end:trigger_pos])


def _condition_open(text: str, clauses: list[Clause], index: int, pos: int) -> bool:
    for i in range(index, -1, -1):
        clause = clauses[i]
        stop = pos if i == index else clause.end
        if _condition_cue_in(text, clause.start, stop):
            if _measure_frame(text, clause):
                return False  # 若以纳吉访华的纪录,|他共10度访华: counted, not supposed
            return not _condition_closed(text, clauses, i, index)
        if i != index and text.startswith(_CONTRAST, clause.start):
            return False
        if i < index and text.startswith(_CONTRAST, clauses[i + 1].start):
            return False
    return False


def _past_consequence(
    text: str, clauses: list[Clause], index: int, mentions: list[Mention]
) -> bool:
    """如果日方拒不撤回,|中方将不得不采取反制措施,|「中方严肃敦促日方收回错误言论」;
    墨方加税举动一旦落地,|也会损害…,|中方对此坚决反对: a clause that opens with an actor of its
    own and holds no cue (the caller asks: no 将, 会, 可能…), standing past the condition's
    clause and at least one clause of consequence after it, reports what its actor does now,
    outside the condition (GUIDELINES: hypothetical only inside a condition)."""
    opened = next(
        (
            i
            for i in range(index, -1, -1)
            if _condition_cue_in(text, clauses[i].start, clauses[i].end)
        ),
        None,
    )
    if opened is None or index < opened + 2:
        return False
    body = text[clauses[index].start : clauses[index].end]
    lead = clauses[index].end - len(body.lstrip(" ，,“”\"'「」『』"))
    return any(_front(m) == lead for m in mentions)


_CONSEQUENCE: Final = ("就", "则", "那么", "那就", "便", "也就")
_MEASURE_OPEN = re.compile(r"[ \s，,]*(?:如果|假如|若|倘若|要是)(?:是)?(?:按照|依照|按|以|照)")


def _measure_frame(text: str, clause: Clause) -> bool:
    """如果按照这样的逻辑,|中国向美国出口衬衫也变成了恩惠; 若以纳吉担任部长以来访华的纪录,|他共10度
    访华: a condition that only names the measure things are counted or judged by (by this
    logic, by the record: words.tsv measure_frame ends the clause) supposes nothing; what the
    clauses after it report stands."""
    if not _MEASURE_OPEN.match(text, clause.start, clause.end):
        return False
    return text[clause.start : clause.end].rstrip(" ，,").endswith(words("measure_frame"))


def _only_if(text: str, clauses: list[Clause], index: int, pos: int) -> bool:
    """只有以色列全部撤走,哈马斯才会释放被扣人员: an act its clause gives with 才 after a
    condition opened by 只有 (in that clause or up to two before) is only a possibility; 只有
    with no 才 after it is "only" (只有中国投了反对票) and opens nothing. An act named as the
    subject of that clause, before its 才 (只有日本放弃反俄路线后,|俄日对话才可能重启), is the
    possibility itself, once 只有 stands in a clause before (in its own, the act is the
    condition: _only_if_condition)."""
    clause = clauses[index]
    then = text.rfind("才", clause.start, pos)
    if then == -1 and index and text.find("只有", clause.start, pos) == -1:
        then = text.find("才", pos, clause.end)
        if then == -1 or any(c in _PUNCT for c in text[pos:then]):
            return False
        return text.find("只有", clauses[max(0, index - 2)].start, clause.start) != -1
    if then == -1:
        return False
    start = clauses[max(0, index - 2)].start
    return text.find("只有", start, then) != -1


def _only_if_condition(text: str, clauses: list[Clause], index: int, pos: int) -> bool:
    """哈马斯表示,只有以色列撤出加沙,才会释放…: the act of the condition 只有 opens, with 才 after
    it (in its clause or up to two after), is only a condition, as one opened by 如果 is."""
    clause = clauses[index]
    opener = text.rfind("只有", clause.start, pos)
    if opener == -1:
        return False
    stop = clauses[min(len(clauses) - 1, index + 2)].end
    return text.find("才", pos, stop) != -1


def _condition_closed(text: str, clauses: list[Clause], opened: int, index: int) -> bool:
    """如果…,就应当遵守…,这与关税自主是不违背的,…: after the clause of consequence (就, 则,
    那么), a clause with a subject of its own (这, 这些…) is outside the condition; a clause
    that goes on (并驱逐…) is still inside it."""
    for j in range(opened + 1, index):
        if _opens_consequence(text, clauses[j]):
            return any(_own_subject(text, clauses[k]) for k in range(j + 1, index + 1))
    return False


def _opens_consequence(text: str, clause: Clause) -> bool:
    """如果…,就应当遵守…,这与…不违背,…中方也…要求美方…: the clause that opens with 就/则/那么
    is what follows from the condition; the clauses after it are outside the condition."""
    return text[clause.start : clause.end].lstrip(" ，,").startswith(_CONSEQUENCE)


def _cue_list(text: str, start: int, end: int, skip: Sequence[tuple[int, int]] = ()) -> list[Cue]:
    return [cue for _, cue in _cue_positions(text, start, end, skip)]


def _cue_positions(
    text: str, start: int, end: int, skip: Sequence[tuple[int, int]] = ()
) -> Iterator[tuple[int, Cue]]:
    """Longest cues left to right; look-alikes (不断, 会议) consume their text and vanish, and so
    do actor names (``skip``: the scan jumps to the end of the first span, in list order,
    that holds the position it reaches).

    The next cue is found with one regex search (characters before it start no cue), but a
    span that opens on the way is reached first, as a scan character by character would."""
    table = cues()
    search = cue_pattern().search
    pos = start
    while pos < end:
        # (loops, not the generator expressions next(…) and min(…) they were: compiled, each
        # of those made an object and stepped it through Python's protocol, 4,700 scans a
        # Terminus build with a dozen spans each)
        span_end = -1
        for s, e in skip:
            if s <= pos < e:
                span_end = e
                break
        if span_end != -1:
            pos = span_end
            continue
        match = search(text, pos, end)
        if match is None:
            return
        found = match.start()
        span_start = -1
        for s, _ in skip:
            if pos < s <= found and (span_start == -1 or s < span_start):
                span_start = s
        if span_start != -1:
            pos = span_start
            continue
        cue = table[match.group()]
        if cue.kind != "nonneg":
            yield match.start(), cue
        pos = match.end()


def is_symmetric(event_type: str) -> bool:
    """CONSULT, AGREE and COOPERATE do not distinguish actor from target."""
    return event_type in SYMMETRIC_TYPES
