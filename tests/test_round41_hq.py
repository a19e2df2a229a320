"""Session 41, hq: the word classes and one-value tables kept in module dicts and lists
(lexicon.words, lexicon.made_once) instead of functools caches, a speed change for the
compiled build. What they must keep: the answer of a fresh read, and a new read of an edited
ontology once lexicon.forget_words() is called."""

import shutil
from pathlib import Path

import pytest

from kg import actions, actors, extract, lexicon


def test_words_given_before_an_edit_stay_until_forgotten(tmp_path: Path, monkeypatch):
    """The memo answers like the cache it replaces: the class as first read, until forgotten."""
    from kg.resources import ontology_dir

    lexicon.forget_words()
    before = lexicon.words("speech")
    copy = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), copy)
    with (copy / "words.tsv").open("a", encoding="utf-8") as out:
        out.write("咕哝道\tspeech\n")
    monkeypatch.setenv("KG_ONTOLOGY", str(copy))
    try:
        assert lexicon.words("speech") is before
        lexicon.forget_words()
        assert "咕哝道" in lexicon.words("speech")
        assert "咕哝道" not in before
    finally:
        monkeypatch.undo()
        lexicon.forget_words()
    assert lexicon.words("speech") == before


def test_words_of_an_unknown_class_are_none():
    assert lexicon.words("no_such_class_here") == ()


@pytest.mark.parametrize(
    ("kept", "read"),
    [
        (lexicon.triggers, lexicon._read_triggers),
        (lexicon.summits, lexicon._read_summits),
        (lexicon.pronouns, lexicon._read_pronouns),
        (actors._title_after_name_set, actors._read_title_after_name_set),
        (actors._firm_noun_set, actors._read_firm_noun_set),
        (actors._hiding_words, actors._read_hiding_words),
        (actors._extending_words, actors._read_extending_words),
        (actors._hacker_heads, actors._read_hacker_heads),
        (extract._referring_word_set, extract._read_referring_word_set),
        (extract._pronoun_word_set, extract._read_pronoun_word_set),
        (extract._object_pronouns, extract._read_object_pronouns),
        (actions._descriptors, actions._read_descriptors),
        (actions._bloc_names, actions._read_bloc_names),
    ],
)
def test_a_table_made_once_is_a_fresh_read_and_the_same_object(kept, read):
    assert kept() is kept()
    assert kept() == read()


def test_made_once_keeps_the_first_value():
    made: list[int] = []
    assert lexicon.made_once(made, 3) == 3
    assert made == [3]


def test_clauses_made_without_their_new_are_clauses():
    """split_clauses makes its Clauses with tuple.__new__ (the namedtuple's own __new__ is
    Python code): the same type, fields and equality as Clause(start, end)."""
    from kg.model import Sentence
    from kg.sentences import Clause, split_clauses

    clauses = split_clauses(Sentence("如果他联系我,我当然愿意：好。", 10, 25, 0))
    assert clauses == [Clause(10, 17), Clause(17, 23), Clause(23, 25)]
    assert all(type(c) is Clause for c in clauses)
    assert [(c.start, c.end) for c in clauses] == [(10, 17), (17, 23), (23, 25)]
