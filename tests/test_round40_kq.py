"""Round 40, kq: speed cuts whose outputs must not change; each new path against the old one."""

from __future__ import annotations

import pickle

from kg import actions, extract
from kg.gazetteer import load_gazetteer
from kg.lexicon import holds_any
from kg.model import NATIVE, Sentence
from kg.sentences import _sentence, split_sentences


def test_sentence_made_without_init_is_the_same_sentence():
    made, called = _sentence("美国制裁朝鲜。", 3, 10, 2, 1), Sentence("美国制裁朝鲜。", 3, 10, 2, 1)
    assert made == called and hash(made) == hash(called)
    if not NATIVE:  # (compiled, a native Sentence has no __dict__: its fields are slots)
        assert list(made.__dict__.items()) == list(called.__dict__.items())
    assert pickle.dumps(made) == pickle.dumps(called)
    assert [type(s) for s in split_sentences("美国制裁朝鲜。朝方谴责美国！")] == [Sentence] * 2


def test_pronoun_trie_matches_as_the_alternation():
    kinds = extract._pronoun_kinds()
    old, new = extract._pronoun_pattern(kinds), extract._pronoun_trie(kinds)
    text = "该部分人员称,该部队撤离,该部署完成;该部门表示,该部说,该国政府和两国领导人及其盟友"
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    assert "该部" not in [m.group() for m in new.finditer("该部分")]


def test_gate_alone_words_as_asked_of_the_gate():
    gaz = load_gazetteer()
    alone = extract._acts_alone_words()
    expected = alone if extract._trigger_or_title_gate(gaz).reports(alone) else frozenset()
    assert extract._gate_alone_words(gaz) == expected
    assert extract._gate_alone_words(gaz) is extract._gate_alone_words(gaz)


def test_holds_any():
    assert holds_any("美国表示", ("说", "表示"))
    assert not holds_any("美国访问", ("说", "表示"))
    assert not holds_any("美国", ())


def test_like_frame_open_and_year_range_tests_keep_their_answers():
    text = "中国不会像美国制裁伊朗那样制裁"
    pos = text.index("制裁")
    assert actions._like_frame_open(text, pos, pos + 2) == text.index("像") + 1
    assert actions._like_frame_open("中国不会跟随美国制裁伊朗", 8, 10) is None
    from kg.dates import find_dates

    found = [m.value for m in find_dates("2018年至2019年,双方会谈", None, "2025-11-08")]
    assert found and found[0] == "2018"
