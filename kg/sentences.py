"""Split an article's text into sentences and clauses, keeping offsets into ``Article.text``.

Chinese news text ends sentences with 。！？ (and, after NFKC normalisation, ``!`` ``?``); a
closing quote or bracket that follows the end mark belongs to the sentence. Semicolons, line
breaks and spaces between Chinese characters (the halves of a headline: 中方称各种战都奉陪
美防长回呛…) also end a sentence, and so does an ASCII full stop and a space between Chinese
characters (出境. 同時…: some Hong Kong pages write their text so). Clauses are split at
commas and colons: status cues such as 如果 or 未 govern a clause, not a whole sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from .model import NATIVE, Article, Sentence
from .regex_cache import compile_pattern

__all__ = [
    "split_sentences",
    "split_clauses",
    "Clause",
    "marks_before",
    "marks_after",
    "after_last_mark",
    "first_mark",
]

_CLOSERS: Final = "”’」』》)）\"'"
_HAN: Final = "\u4e00-\u9fff"
_ENDS: Final = "。！？!?；;…"
# End marks (and the closers after them), line breaks, or spaces between Chinese characters.
# The pattern opens with one character class, so re skips the rest of the text at C speed;
# the lookbehind then says which of the three the first character began.
_SENTENCE_END: Final = compile_pattern(
    rf"[{_ENDS}\n \u3000.]"
    rf"(?:(?<=[{_ENDS}])[{_ENDS}]*[{re.escape(_CLOSERS)}]*"
    r"|(?<=\n)\n*"
    rf"|(?<=[{_HAN}][ \u3000])[ \u3000]*(?=[{_HAN}])"
    rf"|(?<=[{_HAN}]\.)(?= )[ ]*(?=[{_HAN}]))"
)
# Commas and colons (not 3,250亿) and dashes. The pattern opens with one character class,
# so re skips to the next mark at C speed; the lookbehinds then say which mark it met.
_CLAUSE_END: Final = re.compile(r"[，：:,—](?:(?<=[，：:])|(?<=—)—|(?<=,)(?:(?<!\d,)|(?!\d{3})))")
#: Whether this module runs compiled (mypyc builds it as an extension module: tools/mypyc_hook.py).
#: Compiled, the sentence and clause ends are found with str.find at their opening characters
#: (_split_found, _clause_ends): a loop over the few candidates that compiled code runs for a few
#: hundred instructions each, where re tested the patterns' first class at every character.
#: The interpreter runs that loop at thousands of instructions a candidate (a Terminus build
#: counted 700 M more), so the interpreted build keeps the patterns' own search.
_COMPILED: Final = not __file__.endswith(".py")
_MAX_SENTENCE: Final = 400  # very long lines (tables, lists) are cut so no stage goes quadratic


def marks_before(marks: str) -> re.Pattern[str]:
    """The pattern :func:`after_last_mark` takes for ``marks`` (compiled once, at import).

    Why: ``max(text.rfind(m, 0, pos) for m in marks) + 1``, the start of a clause or a
    sentence, reads the whole text before ``pos`` once for each mark the article never uses
    (ASCII ``;`` and ``:`` in Chinese news), on every call: a greedy ``.*`` jumps to ``pos``
    and backs up only to the nearest mark."""
    return re.compile(f".*[{re.escape(marks)}]", re.S)


def marks_after(marks: str) -> re.Pattern[str]:
    """The pattern :func:`first_mark` takes for ``marks``: one search, not one ``find`` to
    the end of the text for each mark (the absent ones read all of it)."""
    return re.compile(f"[{re.escape(marks)}]")


def after_last_mark(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """``max(text.rfind(m, 0, pos) for m in marks) + 1`` for ``pattern = marks_before(marks)``:
    where the stretch after the last mark before ``pos`` starts (0: no mark before it)."""
    if pos < 0:  # (rfind reads a negative end from the text's end, as a slice does)
        pos = max(0, len(text) + pos)
    match = pattern.match(text, 0, pos)
    return match.end() if match is not None else 0


def first_mark(pattern: re.Pattern[str], text: str, pos: int, default: int) -> int:
    """``min(text.find(m, pos) for m in marks if found)`` for ``pattern = marks_after(marks)``,
    ``default`` when no mark follows ``pos``."""
    if pos < 0:  # (find reads a negative start from the text's end)
        pos = max(0, len(text) + pos)
    match = pattern.search(text, pos)
    return match.start() if match is not None else default


class Clause(NamedTuple):
    """(start, end) of a clause, as offsets into the article text."""

    start: int
    end: int


def split_sentences(article: Article | str) -> list[Sentence]:
    """Sentences of the article in text order; blank stretches are skipped.

    >>> [s.text for s in split_sentences("美国制裁朝鲜。朝方谴责美国！\\n次日,双方会谈")]
    ['美国制裁朝鲜。', '朝方谴责美国！', '次日,双方会谈']
    """
    text = article.text if isinstance(article, Article) else article
    return _split_found(text) if _COMPILED else _split_matched(text)


def _split_matched(text: str) -> list[Sentence]:
    """:func:`split_sentences` of ``text`` at the matches of _SENTENCE_END (the interpreted
    build's: see _COMPILED)."""
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0  # where the next sentence starts
    # one loop over the end marks, not a generator of spans: 70,000 sentences in Terminus.
    # The common sentence (short, no white space at its ends) is added here, not by _add:
    # a call less for each of the 98,000 end marks (a third of them end no sentence, as a
    # line break right after 。 does)
    for match in _SENTENCE_END.finditer(text):
        start, end = match.span()
        stop = start if text[start] == "\n" else end  # a line break ends the sentence before it
        if pos < stop:
            if stop - pos <= _MAX_SENTENCE and not (
                text[pos].isspace() or text[stop - 1].isspace()
            ):
                sentences.append(_sentence(text[pos:stop], pos, stop, len(sentences), paragraph))
            else:
                _add(sentences, text, pos, stop, paragraph)
        if stop == start:
            paragraph += 1  # and a paragraph too
        pos = end
    if pos < len(text):
        _add(sentences, text, pos, len(text), paragraph)
    return sentences


#: the characters a match of _SENTENCE_END opens with: its first class
_END_OPENERS: Final = f"{_ENDS}\n \u3000."


def _earliest(at: list[int]) -> int:
    """The least of the positions ``str.find`` gave that is not -1, or -1: where the next of
    several openers stands (sentence ends and clause ends scan their openers this way)."""
    pos = -1
    for found in at:
        if found != -1 and (pos == -1 or found < pos):
            pos = found
    return pos


def _split_found(text: str) -> list[Sentence]:
    """:func:`_split_matched`, the ends of sentences found with ``str.find`` (the compiled
    build's: tests/test_round54_p54b.py compares the two).

    Why: re tested every character of every article against the pattern's first class
    (130 M instructions of a compiled Terminus build, and 50 M more for its matches); the
    opening characters are found by one ``find`` each, at C speed, and the pattern's
    lookbehinds (which of the three kinds the character opens) are read at each of them,
    a tenth of the characters: an end mark takes the end marks and closers after it, a
    line break the line breaks, a space or an ASCII full stop (with spaces) between Chinese
    characters the spaces. Where nothing matches, the search goes on at the next character;
    after a match, at its end. Each end is taken as it is found, not listed first (a tuple
    and two boxed numbers for each of 97,000 ends), the next opener is told in the loop
    that finds the openers passed again, and the white space at a sentence's ends is told
    from its code point (``text[i].isspace()`` makes a string of a Chinese character):
    Terminus's 612 articles 365 M -> 228 M instructions (callgrind, compiled)."""
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0  # where the next sentence starts
    size = len(text)
    openers: list[str] = []  # the openers the text holds, each with where it is next
    at: list[int] = []
    for ch in _END_OPENERS:
        found = text.find(ch)
        if found != -1:
            openers.append(ch)
            at.append(found)
    start = _earliest(at)
    while start != -1:
        end = _end_at(text, start, size)
        if end == -1:
            resume = start + 1
        else:
            resume = end
            if text[start] == "\n":  # a line break ends the sentence before it
                if pos < start:
                    _take(sentences, text, pos, start, paragraph)
                paragraph += 1  # and a paragraph too
            elif pos < end:
                _take(sentences, text, pos, end, paragraph)
            pos = end
        start = -1  # the next opener from resume on
        for i in range(len(at)):
            found = at[i]
            if found != -1 and found < resume:
                found = at[i] = text.find(openers[i], resume)
            if found != -1 and (start == -1 or found < start):
                start = found
    if pos < size:
        _add(sentences, text, pos, size, paragraph)
    return sentences


def _take(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    """The sentence text[start:end] (start < end): added here when it is short and has no
    white space at its ends, the common case, else by _add."""
    if end - start <= _MAX_SENTENCE and not (
        _is_space(ord(text[start])) or _is_space(ord(text[end - 1]))
    ):
        sentences.append(_sentence(text[start:end], start, end, len(sentences), paragraph))
    else:
        _add(sentences, text, start, end, paragraph)


def _is_space(code: int) -> bool:
    """``chr(code).isspace()``, from the code point (tests/test_round54_p54b.py compares
    them on every code point): Python's white space is the Unicode characters of category
    Zs and of bidirectional class WS, B or S."""
    if code > 0x3000:
        return False  # (the Chinese characters and most punctuation)
    if code <= 0x20:
        return code == 0x20 or 0x09 <= code <= 0x0D or 0x1C <= code <= 0x1F
    return (
        code in (0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)
        or 0x2000 <= code <= 0x200A
    )


def _end_at(text: str, pos: int, size: int) -> int:
    """Where the match of _SENTENCE_END that opens at ``pos`` (at one of its openers) ends,
    or -1 where none does. (Letters are read as code points: compiled, ``ord(text[i])`` and
    ``text[i] == "x"`` read the text in place, where ``text[i]`` makes a string.)"""
    code = ord(text[pos])
    end = pos + 1
    if _is_end_mark(code):
        while end < size and _is_end_mark(ord(text[end])):
            end += 1
        while end < size and _is_closer(ord(text[end])):
            end += 1
        return end
    if text[pos] == "\n":
        while end < size and text[end] == "\n":
            end += 1
        return end
    if pos == 0 or not _is_han(ord(text[pos - 1])):
        return -1  # a space or a full stop ends a sentence between Chinese characters only
    if text[pos] == ".":
        if end >= size or text[end] != " ":
            return -1
        while end < size and text[end] == " ":
            end += 1
    else:
        while end < size and (text[end] == " " or text[end] == "\u3000"):
            end += 1
    return end if end < size and _is_han(ord(text[end])) else -1


def _is_end_mark(code: int) -> bool:
    """Whether the letter of code point ``code`` is one of _ENDS (。！？!?；;…)."""
    return code in (0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0xFF1B, 0x3B, 0x2026)


def _is_closer(code: int) -> bool:
    """Whether the letter of code point ``code`` is one of _CLOSERS (”’」』》)）"')."""
    return code in (0x201D, 0x2019, 0x300D, 0x300F, 0x300B, 0x29, 0xFF09, 0x22, 0x27)


def _is_han(code: int) -> bool:
    """Whether the letter of code point ``code`` is in _HAN (\\u4e00-\\u9fff)."""
    return 0x4E00 <= code <= 0x9FFF


_NEW: Final = object.__new__


def _sentence(text: str, start: int, end: int, index: int, paragraph: int) -> Sentence:
    """``Sentence(text, start, end, index, paragraph)``, its fields written here as its
    ``__init__`` (model._quick_init) writes them, in the same order.

    Why: in the pure build that ``__init__`` runs in the interpreter: 3,000 instructions a
    sentence, 70,000 sentences in Terminus. The compiled build compiles model.py too: there
    Sentence is a native class, no ``__dict__``, and its call is the fast way."""
    if NATIVE:  # the compiled build: Sentence is a native class, its call a C function
        return Sentence(text, start, end, index, paragraph)
    sentence: Sentence = _NEW(Sentence)
    fields = sentence.__dict__
    fields["text"] = text
    fields["start"] = start
    fields["end"] = end
    fields["index"] = index
    fields["paragraph"] = paragraph
    return sentence


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    """The sentence text[start:end] without the white space at its ends (if anything is
    left), cut first at commas when it is very long."""
    if end - start > _MAX_SENTENCE:
        for s, e in _cut_long(text, start, end):
            _add(sentences, text, s, e, paragraph)
        return
    if start < end and (text[start].isspace() or text[end - 1].isspace()):
        start, end = _strip(text, start, end)  # most sentences have no space at either end
    if start < end:
        sentences.append(_sentence(text[start:end], start, end, len(sentences), paragraph))


#: ``tuple.__new__``: a Clause made as ``_NEW_TUPLE(Clause, (start, end))``, what its
#: ``__new__`` does, without that ``__new__`` (the namedtuple's, Python code: compiled,
#: 3,000 instructions a clause; 50,000 clauses in Terminus).
_NEW_TUPLE: Final = tuple.__new__


def split_clauses(sentence: Sentence) -> list[Clause]:
    """Clauses of a sentence (article offsets), split at commas and colons, not at 、 (it joins
    list items: 美国、日本). Splitting only outside quotation marks is not attempted: quotes
    often hold several clauses of one speaker.

    >>> s = Sentence("如果他联系我,我当然愿意。", 10, 23, 0)
    >>> [s.text[c.start - 10:c.end - 10] for c in split_clauses(s)]
    ['如果他联系我,', '我当然愿意。']
    """
    clauses: list[Clause] = []
    pos = 0
    text, offset = sentence.text, sentence.start  # (each field read once: generic getattrs)
    glosses = _bracketed(text)
    ends = _clause_ends(text) if _COMPILED else [m.end() for m in _CLAUSE_END.finditer(text)]
    for end in ends:
        if glosses and any(start < end < close for start, close in glosses):
            continue  # 普京（Vladimir Putin，又译普丁）施压: a gloss does not end the clause
        clauses.append(_NEW_TUPLE(Clause, (offset + pos, offset + end)))
        pos = end
    if pos < len(text):
        clauses.append(_NEW_TUPLE(Clause, (offset + pos, sentence.end)))
    return clauses


#: the characters a match of _CLAUSE_END opens with: its first class
_CLAUSE_OPENERS: Final = "，：:,—"


def _clause_ends(text: str) -> list[int]:
    """``[m.end() for m in _CLAUSE_END.finditer(text)]``, found with ``str.find`` (see
    _split_found: the pattern's first class was tested at every character of each sentence
    that reached the clauses). A Chinese comma or colon ends a clause; a dash when another
    follows it (——); an ASCII comma unless it stands between a digit and three more
    (3,250亿)."""
    openers = [ch for ch in _CLAUSE_OPENERS if ch in text]
    at = [text.find(ch) for ch in openers]
    ends: list[int] = []
    while True:
        pos = _earliest(at)
        if pos == -1:
            return ends
        end = pos + 1
        if text[pos] == "—":
            end = pos + 2 if pos + 1 < len(text) and text[pos + 1] == "—" else -1
        elif text[pos] == "," and pos > 0 and text[pos - 1].isdecimal():
            after = text[pos + 1 : pos + 4]
            if len(after) == 3 and after.isdecimal():
                end = -1  # a digit's thousands
        if end == -1:
            resume = pos + 1
        else:
            ends.append(end)
            resume = end
        for i in range(len(at)):
            if at[i] != -1 and at[i] < resume:
                at[i] = text.find(openers[i], resume)


_GLOSS: Final = re.compile(r"[（(][^（()）。]{1,40}[)）]")


def _bracketed(text: str) -> list[tuple[int, int]]:
    """Spans of brackets within the sentence that hold a comma (a gloss: 普京（Vladimir Putin，
    又译普丁）); most sentences have no bracket at all."""
    if "（" not in text and "(" not in text:
        return []
    return [m.span() for m in _GLOSS.finditer(text) if any(c in m.group() for c in "，,:：")]


def _cut_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > _MAX_SENTENCE:
        cut = _best_cut(text, start, start + _MAX_SENTENCE)
        yield start, cut
        start = cut
    yield start, end


def _best_cut(text: str, start: int, limit: int) -> int:
    for mark in ("，", ",", " ", "、"):
        pos = text.rfind(mark, start + _MAX_SENTENCE // 2, limit)
        if pos != -1:
            return pos + 1
    return limit


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
