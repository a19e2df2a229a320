"""Round 55 (p55c), finding actors: the gazetteer's hot fields read from
:func:`kg.gazetteer.tables` (a native class's fields when compiled) are the gazetteer's own,
made again when a field is set, and the lookups that read them answer as the fields do."""

from __future__ import annotations

import pickle

from kg import actors
from kg.gazetteer import (
    Gazetteer,
    Title,
    _latin_bounded,
    institution_at,
    kind_of,
    match_at,
    tables,
    title_at,
    title_ending_at,
)

TEXTS = [
    "外交部发言人林剑4日在例行记者会上表示，中方坚决反对美方对华加征关税。",
    "美国国防部长皮特·赫格塞思周二会见了日本防卫大臣中谷元。中美、中俄、美日韩",
    "果敢、德昂、若开等缅北民地武组织与缅军交火，WHO和CNN报道。",
    "北京日报报道，香港新闻网称，美军在红海地区袭击了胡塞武装。",
    "中共国家主席习近平同俄罗斯总统普京举行会谈，中国外交部和美国国务院发表声明。",
    "",
    "今天天气很好，我们去公园散步。",
]

FIELDS = (
    "lengths",
    "wide_lengths",
    "surfaces",
    "shorts",
    "list_shorts",
    "listed",
    "ambiguous_starts",
    "long_institution_heads",
    "institution_starts",
    "institutions",
    "titles",
    "title_starts",
    "title_ends",
    "title_lengths",
    "org_kind",
    "suffix_kinds",
    "actor_index",
    "title_index",
    "person_index",
)


def test_tables_are_the_gazetteers_own_fields(gaz):
    kept = tables(gaz)
    assert tables(gaz) is kept and kept.gaz is gaz
    for name in FIELDS:
        assert getattr(kept, name) is getattr(gaz, name), name


def test_setting_a_field_makes_the_tables_again():
    gaz = Gazetteer().finish()
    first = tables(gaz)
    gaz.titles = {"总统": Title("总统", "head_of_state")}
    again = tables(gaz)
    assert again is not first and again.titles is gaz.titles
    assert title_at(gaz, "美国总统说", 2) is None  # (its lengths by first letter: not yet)
    gaz.finish()  # (sets the derived fields anew)
    assert tables(gaz).title_starts is gaz.title_starts
    assert title_at(gaz, "美国总统说", 2) == "总统"


def test_each_gazetteer_has_its_own_tables(gaz):
    other = Gazetteer().finish()
    assert tables(other).gaz is other and tables(other).surfaces is other.surfaces
    assert tables(gaz).gaz is gaz and tables(gaz).surfaces is gaz.surfaces
    assert match_at(other, "中国外交部", 0) is None
    assert match_at(gaz, "中国外交部", 0) is not None


def test_a_gazetteer_still_pickles():
    """The warm-up snapshot pickles a gazetteer fresh from its files (before any article adds
    the start index's automaton, which does not pickle), so a fresh one is read here: the
    session's shared one may already hold that automaton, by test order."""
    from kg.gazetteer import load_gazetteer
    from kg.resources import ontology_dir

    gaz = load_gazetteer(str(ontology_dir() / "gazetteer"))
    tables(gaz)
    back = pickle.loads(pickle.dumps(gaz))
    assert back.surfaces == gaz.surfaces and back.titles == gaz.titles
    assert tables(back).gaz is back and tables(back).lengths is back.lengths


# the lookups as they read the gazetteer's fields before (round 54)


def _match_at(gaz, text, pos):
    head = text[pos : pos + 2]
    lengths = gaz.lengths.get(head)
    if lengths is None:
        return None
    if len(lengths) > 3:
        by_third = gaz.wide_lengths[head]
        lengths = by_third.get(text[pos + 2 : pos + 3], by_third[""])
    for length in lengths:
        surface = text[pos : pos + length]
        hit = gaz.surfaces.get(surface)
        if hit is not None and (
            (surface[0] > "\x7f" and surface[-1] > "\x7f")
            or _latin_bounded(text, pos, pos + length)
        ):
            return surface, hit[0], hit[1]
    return None


def _title_at(gaz, text, pos):
    for length in gaz.title_starts.get(text[pos : pos + 1], ()):
        if text[pos : pos + length] in gaz.titles:
            return text[pos : pos + length]
    return None


def _institution_at(gaz, text, pos):
    for length in gaz.institution_starts.get(text[pos : pos + 1], ()):
        inst = gaz.institutions.get(text[pos : pos + length])
        if inst is not None:
            return inst
    return None


def _title_ending_at(gaz, text, end):
    inside = 0 < end <= len(text)
    lengths = gaz.title_ends.get(text[end - 1], ()) if inside else gaz.title_lengths
    for length in lengths:
        if end - length < 0:
            continue
        title = gaz.titles.get(text[end - length : end])
        if title is not None:
            return title
    return None


def _texts(gaz) -> list[str]:
    """The sample texts and the gazetteer's own forms in a frame (every head is met)."""
    forms = sorted(gaz.surfaces)[::7] + sorted(gaz.titles) + sorted(gaz.institutions)
    return TEXTS + [f"据报道，{form}表示" for form in forms]


def test_the_lookups_answer_as_the_fields_do(gaz):
    for text in _texts(gaz):
        for pos in range(len(text) + 1):
            assert match_at(gaz, text, pos) == _match_at(gaz, text, pos), (text, pos)
            assert title_at(gaz, text, pos) == _title_at(gaz, text, pos), (text, pos)
            assert institution_at(gaz, text, pos) == _institution_at(gaz, text, pos)
            assert title_ending_at(gaz, text, pos) == _title_ending_at(gaz, text, pos)


def test_kind_of_reads_the_kinds(gaz):
    for actor in list(gaz.actors.values()):
        expected = gaz.org_kind.get(actor.key) or (
            gaz.suffix_kinds.get(actor.key[len(actor.country) + 1 :], "")
            if actor.country and actor.key.startswith(actor.country + "_")
            else ""
        )
        assert kind_of(gaz, actor) == expected


def _same_parts(first: tuple, second: tuple) -> bool:
    """A compiled class keeps a tuple field unboxed and boxes a new tuple at each read: the
    tables kept are its parts, so those must be the same objects."""
    return len(first) == len(second) and all(a is b for a, b in zip(first, second, strict=True))


def test_the_scan_and_the_tests_keep_their_tables(gaz):
    contexts = actors._short_contexts(gaz)
    assert _same_parts(actors._short_contexts(gaz), contexts)
    gate = actors._gate_tables(gaz)
    assert _same_parts(actors._gate_tables(gaz), gate)
    assert actors._gate_word_set(gaz) is gate[0]
    assert tables(gaz).lengths is gaz.lengths  # the table _scan reads first
